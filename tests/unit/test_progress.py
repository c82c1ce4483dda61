"""Percent, message, failure and result from ansible-runner events."""

import json

from service.tasks.progress import ProgressTracker, merge_stats


def _start(uuid: str, name: str) -> dict:
    return {"event": "playbook_on_task_start", "event_data": {"task_uuid": uuid, "task": name}}


def _done(uuid: str, kind: str = "runner_on_ok", **data) -> dict:
    return {"event": kind, "event_data": {"task_uuid": uuid, **data}}


def test_percent_follows_finished_tasks_monotonically_and_never_reaches_100(tmp_path):
    counts = tmp_path / "progress.jsonl"
    counts.write_text(json.dumps({"play": "p", "uuid": "play-1", "tasks": 4}) + "\n" + '{"play": "q", "uu')
    tracker = ProgressTracker(counts)
    seen = []
    for index in range(4):
        tracker.handle(_start(f"t{index}", f"Task {index}"))
        assert tracker.message == f"Task {index}"
        tracker.handle(_done(f"t{index}"))
        seen.append(tracker.percent)
    assert seen == [25, 50, 75, 99]
    # A second play announced later widens the total; the percent does not go back.
    with counts.open("a") as handle:
        handle.write('id": "play-2", "tasks": 4}\n')
    tracker.handle(_start("t4", "Next play"))
    assert tracker.percent == 99


def test_failure_names_task_and_host_and_ignored_errors_do_not_count(tmp_path):
    tracker = ProgressTracker(tmp_path / "missing.jsonl")
    tracker.handle(_start("a", "Probe"))
    tracker.handle(_done("a", "runner_on_failed", host="web1", task="Probe", ignore_errors=True,
                         res={"msg": "ignored"}))
    assert tracker.failure is None
    tracker.handle(_start("b", "Install"))
    tracker.handle(_done("b", "runner_on_failed", host="web1", task="Install", res={"msg": "no package"}))
    assert tracker.failure == "Task 'Install' failed on web1: no package"
    tracker.handle(_done("c", "runner_on_unreachable", host="web2", task="Ping", res={}))
    assert tracker.failure.startswith("Task 'Install'"), "before the stats, the first failure is the one reported"
    tracker.handle(_stats(failures={"web1": 1}, dark={"web2": 1}))
    assert tracker.failure.startswith("Task 'Install'"), "of two hosts that ended failed, the earlier one"


def _stats(**counts: dict[str, int]) -> dict:
    return {"event": "playbook_on_stats", "event_data": {"ok": {}, "changed": {}, "failures": {}, "dark": {},
                                                         "skipped": {}, **counts}}


def test_the_failure_is_the_one_that_failed_the_run_not_one_rescued_or_ignored(tmp_path):
    tracker = ProgressTracker(tmp_path / "missing.jsonl")
    # db1's upgrade loses the guest (an ignored UNREACHABLE), its check fails and is rescued, then a play on the
    # controller fails with the run's own account of it.
    tracker.handle(_done("a", "runner_on_unreachable", host="db1", task="Upgrade", res={"msg": "ssh: timeout"}))
    tracker.handle(_done("b", "runner_on_failed", host="db1", task="Check", res={"msg": "no answer"}))
    tracker.handle(_done("c", "runner_on_failed", host="localhost", task="Report",
                         res={"msg": "db1: the update failed and was rolled back"}))
    assert tracker.failure == "Task 'Upgrade' unreachable on db1: ssh: timeout"  # the run is not over yet
    tracker.handle(_stats(ok={"db1": 5, "localhost": 2}, failures={"localhost": 1}))
    assert tracker.failure == "Task 'Report' failed on localhost: db1: the update failed and was rolled back"

    # A host's rescued failure, then a later failure of its own: the later one ended it.
    tracker = ProgressTracker(tmp_path / "missing.jsonl")
    tracker.handle(_done("a", "runner_on_failed", host="web1", task="Try", res={"msg": "rescued"}))
    tracker.handle(_done("b", "runner_on_failed", host="web1", task="Give up", res={"msg": "for good"}))
    tracker.handle(_stats(failures={"web1": 1}))
    assert tracker.failure == "Task 'Give up' failed on web1: for good"

    # Stats that count no failed host (a failure Ansible did not count) leave the first failure seen.
    tracker = ProgressTracker(tmp_path / "missing.jsonl")
    tracker.handle(_done("a", "runner_on_failed", host="web1", task="Try", res={"msg": "odd"}))
    tracker.handle(_stats(ok={"web1": 1}))
    assert tracker.failure == "Task 'Try' failed on web1: odd"


def test_result_merges_every_host_and_the_run():
    merged = merge_stats({"web1": {"a": 1, "b": 1}, "web2": {"b": 2}, "_run": {"c": 3, "a": 0}})
    assert merged == {"a": 0, "b": 2, "c": 3}
    assert merge_stats(None) == {}


def test_collect_reads_the_per_host_stats_the_callback_wrote_last(tmp_path):
    counts = tmp_path / "progress.jsonl"
    counts.write_text(json.dumps({"stats": {"h1": {"x": 1}, "_run": {"y": 2}}}) + "\n")
    tracker = ProgressTracker(counts)
    tracker.handle({"event": "playbook_on_stats", "event_data": {"artifact_data": {"y": 2}}})
    assert tracker.result == {"y": 2}
    tracker.collect()
    assert tracker.result == {"x": 1, "y": 2}
