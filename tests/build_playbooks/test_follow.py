"""The live output of a build step: build_follow (roles/build_step/library) reads a log on from where it stopped,
and the engine adds a result's `containr_stream` lines to the task's log before the event's own output."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from service.config import REPO_ROOT
from service.tasks.execution import event_lines


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_follow", REPO_ROOT / "roles" / "build_step" / "library" / "build_follow.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FOLLOW = _module()


def _follow(tmp_path: Path, *, chunk: int = 65536) -> dict[str, object]:
    return FOLLOW.follow(log=str(tmp_path / "log"), offset_file=str(tmp_path / "offset"),
                         rc_file=str(tmp_path / "rc"), chunk=chunk)


def test_follow_reads_on_from_its_offset_until_the_exit_code_and_the_end(tmp_path: Path) -> None:
    assert _follow(tmp_path) == {"containr_stream": "", "done": False, "exit_code": None}  # not started yet
    log = tmp_path / "log"
    log.write_text("one\n")
    assert _follow(tmp_path) == {"containr_stream": "one\n", "done": False, "exit_code": None}
    with log.open("a") as file:
        file.write("two\nthree\n")
    (tmp_path / "rc").write_text("3\n")
    # The exit code is there, but the log is not read to its end: not done until it is.
    assert _follow(tmp_path, chunk=4) == {"containr_stream": "two\n", "done": False, "exit_code": None}
    assert _follow(tmp_path) == {"containr_stream": "three\n", "done": True, "exit_code": 3}
    assert _follow(tmp_path) == {"containr_stream": "", "done": True, "exit_code": 3}


def test_follow_keeps_a_character_whole_across_reads(tmp_path: Path) -> None:
    (tmp_path / "log").write_bytes("aé€\n".encode())
    texts = [_follow(tmp_path, chunk=2)["containr_stream"] for _ in range(4)]
    (tmp_path / "rc").write_text("0")
    texts.append(_follow(tmp_path)["containr_stream"])
    assert "".join(texts) == "aé€\n"
    assert "\ufffd" not in "".join(texts)


def test_a_result_s_stream_comes_before_the_event_s_own_output_and_replaces_a_retry_s() -> None:
    event = {"event": "runner_retry", "stdout": "FAILED - RETRYING: [service]: Follow (9 retries left).",
             "event_data": {"res": {"containr_stream": "building\n\n  step 1\n", "done": False}}}
    assert event_lines(event) == ["building", "  step 1"]  # the retry's own line is the follow's polling
    ok = {"event": "runner_on_ok", "stdout": "ok: [service]", "event_data": {"res": {"containr_stream": "done\n"}}}
    assert event_lines(ok) == ["done", "ok: [service]"]


def test_other_events_and_other_results_add_their_stdout_only() -> None:
    start = {"event": "playbook_on_task_start", "stdout": "TASK [x]",
             "event_data": {"res": {"containr_stream": "not a result"}}}
    assert event_lines(start) == ["TASK [x]"]
    odd = {"event": "runner_on_ok", "stdout": "ok: [h]", "event_data": {"res": {"containr_stream": ["a list"]}}}
    assert event_lines(odd) == ["ok: [h]"]
    retry = {"event": "runner_retry", "stdout": "FAILED - RETRYING: [h]: Wait (3 retries left).",
             "event_data": {"res": {"attempts": 1}}}
    assert event_lines(retry) == ["FAILED - RETRYING: [h]: Wait (3 retries left)."]
    assert event_lines({"event": "runner_on_ok", "event_data": {"res": "censored"}}) == []
