"""build_prepare.yml and build_step.yml on a real LXC build guest: the checkout at the build's commit with a
token, the step image pulled with the registry's credentials, a step's env, outputs, caches and dependencies'
artifacts, its output live in the task's log, a failing or overrunning script, and no secret in an argv or a log."""

from __future__ import annotations

import asyncio
import base64
import uuid
from pathlib import Path

import pytest

from tests.databases.conftest import argv_watch
from tests.harness.lxc import ssh

from .conftest import GIT_TOKEN, BuildRunner, BuildWorld

pytestmark = [pytest.mark.lxc(lane=1), pytest.mark.slow, pytest.mark.ansible]

SECRET = f"step-secret-{uuid.uuid4().hex[:10]}"
ROOT = "/var/lib/containr-build"


def _secrets(world: BuildWorld) -> list[str]:
    token = base64.b64encode(f"{world.registry.username}:{world.registry.password}".encode()).decode()
    return [world.registry.password, token, GIT_TOKEN]


async def test_a_second_prepare_changes_nothing_and_keeps_the_build_s_commit(
        build_run: BuildRunner, build_world: BuildWorld) -> None:
    world = build_world
    with argv_watch(*_secrets(world)) as seen:
        again = await build_run("build_prepare", **world.prepare_vars())
    assert again.task["success"], again.log[-4000:]
    assert again.changed == 0, again.log[-4000:]
    assert again.result == {"vmid": 160, "node": "pve", "ip": world.ip, "hostname": f"build-{world.project_id[:8]}",
                            "build_commit": world.first_commit, "build_commit_message": "The first",
                            "build_commit_author": again.result["build_commit_author"]}
    assert again.result["build_commit_author"].endswith(">")
    source = f"{ROOT}/builds/{world.build_id}/source"
    assert ssh(world.key, world.ip, f"cat {source}/src/version.txt") == "1\n"  # the build's commit, not the head
    assert not seen, seen
    assert not [secret for secret in _secrets(world) if secret in again.log]
    # Nothing of the credentials is left in the guest's temp folders.
    assert ssh(world.key, world.ip, "ls /tmp /root/.ansible/tmp 2>/dev/null | grep -c containr- || true") == "0\n"


async def test_steps_see_their_env_and_inputs_make_outputs_and_share_a_cache(
        build_run: BuildRunner, build_world: BuildWorld, tmp_path: Path) -> None:
    world = build_world
    first_dir, second_dir = tmp_path / "first", tmp_path / "second"
    first_script = "\n".join([
        'echo "building version $(cat src/version.txt)"',
        'mkdir -p dist .cache/deps',
        'printf "%s|%s\\n" "$GREETING" "${#SECRET_VALUE}" > dist/out.txt',
        'echo cached-by-first > .cache/deps/marker',
    ])
    with argv_watch(SECRET, *_secrets(world)) as seen:
        first = await build_run("build_step", **world.step_vars(
            str(uuid.uuid4()), first_dir, build_step_script=first_script,
            build_step_env={"GREETING": "hello from env", "SECRET_VALUE": SECRET},
            build_step_cache_dirs=[".cache/deps"], build_step_output_paths=["dist"]))
        # The second step runs in the image no prepare pulled, with the first's artifacts as its input.
        second_script = 'cat .cache/deps/marker > seen-cache.txt; cat dist/out.txt > seen-input.txt'
        second = await build_run("build_step", **world.step_vars(
            str(uuid.uuid4()), second_dir, build_step_image=world.other_image, build_step_script=second_script,
            build_step_cache_dirs=[".cache/deps"], build_step_inputs=[str(first_dir)],
            build_step_output_paths=["seen-cache.txt", "seen-input.txt"]))
    assert first.task["success"], first.log[-4000:]
    assert first.result == {"build_step_exit_code": 0, "build_step_outputs": ["dist"]}
    assert "building version 1" in first.log  # the build's checkout is the workspace
    assert (first_dir / "dist" / "out.txt").read_text() == f"hello from env|{len(SECRET)}\n"
    assert second.task["success"], second.log[-4000:]
    assert second.result == {"build_step_exit_code": 0,
                             "build_step_outputs": ["seen-cache.txt", "seen-input.txt"]}
    assert (second_dir / "seen-cache.txt").read_text() == "cached-by-first\n"
    assert (second_dir / "seen-input.txt").read_text() == f"hello from env|{len(SECRET)}\n"
    assert not seen, seen
    for log in (first.log, second.log):
        assert not [secret for secret in [SECRET, *_secrets(world)] if secret in log]
    # The working containers and the workspaces are gone.
    assert ssh(world.key, world.ip, "buildah --storage-driver vfs containers --quiet | wc -l") == "0\n"
    assert ssh(world.key, world.ip, f"ls {ROOT}/builds/{world.build_id}/steps") == ""


async def test_a_failing_script_fails_the_play_with_its_exit_code(
        build_run: BuildRunner, build_world: BuildWorld, tmp_path: Path) -> None:
    failed = await build_run("build_step", **build_world.step_vars(
        str(uuid.uuid4()), tmp_path / "out", build_step_script="echo about to fail\nexit 3\necho never",
        build_step_cache_dirs=["cache"], build_step_output_paths=["never"]))
    assert failed.task["state"] == "failed", failed.log[-4000:]
    assert failed.task["result"] == {"build_step_exit_code": 3, "build_step_outputs": []}, failed.log[-3000:]
    assert failed.task["error"]["message"].endswith(": The step's script exited with code 3"), failed.log[-3000:]
    assert "about to fail" in failed.log and "never\n" not in failed.log
    cache = f"{ROOT}/cache/{build_world.project_id}/ci/test/cache"
    assert ssh(build_world.key, build_world.ip, f"test -e {cache} && echo kept || echo none") == "none\n"


async def test_a_missing_output_fails_the_step(build_run: BuildRunner, build_world: BuildWorld,
                                               tmp_path: Path) -> None:
    failed = await build_run("build_step", **build_world.step_vars(
        str(uuid.uuid4()), tmp_path / "out", build_step_script="echo made > made.txt",
        build_step_output_paths=["made.txt", "dist/app.tar"]))
    assert failed.task["state"] == "failed", failed.log[-4000:]
    assert failed.task["result"] == {"build_step_exit_code": 0, "build_step_outputs": ["made.txt"]}
    assert failed.task["error"]["message"].endswith(": output path dist/app.tar was not made")


async def test_the_timeout_kills_the_script(build_run: BuildRunner, build_world: BuildWorld, tmp_path: Path) -> None:
    failed = await build_run("build_step", **build_world.step_vars(
        str(uuid.uuid4()), tmp_path / "out", build_step_script="echo sleeping\nsleep 600", build_step_timeout=2))
    assert failed.task["state"] == "failed", failed.log[-4000:]
    assert failed.task["result"]["build_step_exit_code"] == 124
    assert "The step's timeout of 2 s ended the script" in failed.log
    # No sleep of the script's is left running in the guest.
    assert "sleep 600" not in ssh(build_world.key, build_world.ip, "ps -eo args")


async def test_the_script_s_output_reaches_the_log_while_it_runs(
        build_run: BuildRunner, build_world: BuildWorld, tmp_path: Path) -> None:
    step_id = str(uuid.uuid4())
    script = "echo started-live\nwhile [ ! -e release ]; do sleep 0.2; done\necho released"
    task_id = await build_run.submit("build_step", **build_world.step_vars(step_id, tmp_path / "out",
                                                                           build_step_script=script))
    log = await _wait_for(build_run, task_id, "started-live")
    assert "released" not in log  # the script is still waiting: the line came while it ran
    work = f"{ROOT}/builds/{build_world.build_id}/steps/{step_id}/work"
    ssh(build_world.key, build_world.ip, f"touch {work}/release")
    done = await build_run.wait(task_id)
    assert done.task["success"], done.log[-4000:]
    assert "FAILED - RETRYING" not in done.log  # the follow's polling is not shown as failures
    lines = done.log.splitlines()
    assert lines.index(next(line for line in lines if "released" in line)) > \
        lines.index(next(line for line in lines if "started-live" in line))


async def _wait_for(build_run: BuildRunner, task_id: int, text: str) -> str:
    """The task's log once it holds `text`; fails when the task ends first."""
    while True:
        log = await build_run.log(task_id)
        if text in log:
            return log
        task = (await build_run.runner.client.get(f"/api/v1/tasks/{task_id}",
                                                  headers=build_run.runner.headers)).json()
        assert task["active"], f"the task ended before its log held {text!r}:\n{log[-3000:]}"
        await asyncio.sleep(0.3)


async def test_a_prepare_removes_the_builds_not_kept_and_ends_their_steps(
        build_run: BuildRunner, build_world: BuildWorld) -> None:
    world = build_world
    stale, other = str(uuid.uuid4()), str(uuid.uuid4())
    work = f"{ROOT}/builds/{stale}/steps/{uuid.uuid4()}/work"
    # What a stopped step run leaves: its folder, and its script still running under `timeout`.
    ssh(world.key, world.ip, f"mkdir -p {work} && (setsid timeout 600 sh -c 'sleep 600' {work}:/workspace "
                             f">/dev/null 2>&1 </dev/null &)")
    assert "sleep 600" in ssh(world.key, world.ip, "ps -eo args")
    run = await build_run("build_prepare", **world.prepare_vars(build_id=other, build_repo_url="",
                                                                  build_keep=[world.build_id]))
    assert run.task["success"], run.log[-4000:]
    assert {key: run.result[key] for key in ("build_commit", "build_commit_message", "build_commit_author")} == \
        {"build_commit": "", "build_commit_message": "", "build_commit_author": ""}  # no repository: no checkout
    assert ssh(world.key, world.ip, f"ls {ROOT}/builds").split() == sorted([world.build_id, other])
    assert "sleep 600" not in ssh(world.key, world.ip, "ps -eo args")
    ssh(world.key, world.ip, f"rm -rf {ROOT}/builds/{other}")  # the other tests' prepare keeps no other build
