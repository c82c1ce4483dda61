"""`containr runner` end to end: started as a process against the app served on a port, with buildah on this
machine and a step image from the test registry (TLS from its own CA, a password through REGISTRY_AUTH_FILE), it
takes the steps only it serves, checks out the repository (a real git daemon), runs each in a container, and its
logs, outputs and completion appear in the build; a failing script fails the build with its exit code. The
runner token, given by the environment, is on no command line and in no answer, log or data-dir file."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.domains.workflows.models import StepImage
from tests.databases.conftest import argv_watch
from tests.factories import assert_secrets_nowhere, owner_headers
from tests.workflows.helpers import project, step, workflows_url
from tests.workflows.test_runners import make_runner

pytestmark = [pytest.mark.slow, pytest.mark.one_database, pytest.mark.usefixtures("workflow_tables"),
              pytest.mark.skipif(shutil.which("buildah") is None, reason="needs buildah (scripts/bootstrap)")]

CONTAINR = Path(sys.executable).parent / "containr"
SCRIPT = """\
echo "greeting=$GREETING step=$STEP_VAR"
cat README
mkdir -p dist
echo built > dist/out.txt
echo "done"
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def git_repo(tmp_path: Path) -> Iterator[str]:
    """A repository with one commit served by `git daemon` on loopback: its git:// URL."""
    repo = tmp_path / "git" / "shop.git"
    repo.mkdir(parents=True)
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.com"}
    for argv in (["git", "init", "--quiet", "--initial-branch", "main"], ["git", "add", "README"],
                 ["git", "commit", "--quiet", "-m", "first"]):
        if argv[1] == "add":
            (repo / "README").write_text("the repository's readme\n")
        subprocess.run(argv, cwd=repo, env=env, check=True)
    port = _free_port()
    daemon = subprocess.Popen(["git", "daemon", "--reuseaddr", "--export-all", f"--base-path={tmp_path / 'git'}",
                               "--listen=127.0.0.1", f"--port={port}", str(tmp_path / "git")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            subprocess.run(["sleep", "0.1"], check=True)
        yield f"git://127.0.0.1:{port}/shop.git"
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


async def _runner(server, registry, token: str, tmp_path: Path) -> tuple[int, str]:  # noqa: ANN001 - fixtures
    env = {**os.environ, "CONTAINR_RUNNER_TOKEN": token, "CONTAINR_URL": server.url, "COLUMNS": "200",
           "REGISTRY_AUTH_FILE": str(registry.authfile(tmp_path / "auth"))}
    process = await asyncio.create_subprocess_exec(
        str(CONTAINR), "runner", "--once", "--poll", "0.5", "--work-dir", str(tmp_path / "runner"),
        "--cert-dir", str(registry.cert_dir), env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await asyncio.wait_for(process.communicate(), timeout=300)
    return process.returncode or 0, out.decode()


async def test_containr_runner_runs_the_steps_it_serves(client, server, registry, git_repo, tmp_path):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    await StepImage.create(team_id=shop["teamId"], slug="builder", image_url=f"{registry.host}/containr/hello:1.0")
    steps = [step("make", runsOn=["e2e-only"], runScript=SCRIPT, env={"STEP_VAR": "from-env"},
                  outputPaths=["dist"]),
             step("check", "make", runsOn=["e2e-only"], runScript="echo checking; exit 7")]
    made = await client.post(workflows_url(shop["id"]), headers=owner, json={"name": "ci", "steps": steps})
    assert made.status_code == 201, made.text
    started = await client.post(f"/api/v1/projects/{shop['id']}/workflow-builds", headers=owner,
                                json={"workflowId": made.json()["id"], "repoUrl": git_repo, "branch": "main"})
    assert started.status_code == 202, started.text
    build_url = f"/api/v1/workflow-builds/{started.json()['build']['id']}"
    created, _ = await make_runner(client, owner, "this-machine", ["e2e-only", "linux"])
    token = created["token"]

    with argv_watch(token) as seen:
        first = await _runner(server, registry, token, tmp_path)
        second = await _runner(server, registry, token, tmp_path)
    assert not [line for line in seen if token in line]
    assert first[0] == 0 and "make" in first[1] and "SUCCESS" in first[1], first[1]
    assert second[0] == 1 and "check" in second[1] and "FAILED" in second[1], second[1]

    build = (await client.get(build_url, headers=owner)).json()
    assert (build["status"], [s["status"] for s in build["steps"]]) == ("FAILED", ["SUCCESS", "FAILED"])
    make, check = build["steps"]
    assert (make["runnerId"], make["exitCode"], [a["path"] for a in make["artifacts"]]) == (
        created["id"], 0, ["dist/out.txt"])
    assert check["exitCode"] == 7
    log = (await client.get(f"{build_url}/steps/{make['id']}/logs", headers=owner)).text
    assert "greeting=from-image step=from-env" in log and "the repository's readme" in log and " done" in log
    assert "checking" in (await client.get(f"{build_url}/steps/{check['id']}/logs", headers=owner)).text
    artifact = await client.get(f"{build_url}/steps/{make['id']}/artifacts/dist/out.txt", headers=owner)
    assert artifact.content == b"built\n"
    await assert_secrets_nowhere(client, owner, server.settings.data_dir, [token],
                                 answers=(build_url, "/api/v1/build-runners"))


async def test_a_step_stopped_in_containr_is_killed_on_the_runner(client, server, registry, tmp_path):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    await StepImage.create(team_id=shop["teamId"], slug="builder", image_url=f"{registry.host}/containr/hello:1.0")
    made = await client.post(workflows_url(shop["id"]), headers=owner, json={"name": "ci", "steps": [
        step("slow", runsOn=["e2e-only"], runScript="echo started; sleep 120; echo never")]})
    started = await client.post(f"/api/v1/projects/{shop['id']}/workflow-builds", headers=owner,
                                json={"workflowId": made.json()["id"]})
    assert started.status_code == 202, started.text
    build_url = f"/api/v1/workflow-builds/{started.json()['build']['id']}"
    created, _ = await make_runner(client, owner, "this-machine", ["e2e-only"])
    running = asyncio.create_task(_runner(server, registry, created["token"], tmp_path))
    step_id = started.json()["build"]["steps"][0]["id"]
    for _ in range(600):  # until the script has started (the image pulled, the container made)
        if "started" in (await client.get(f"{build_url}/steps/{step_id}/logs", headers=owner)).text:
            break
        assert not running.done(), running.result()
        await asyncio.sleep(0.25)
    stopped = await client.post(f"{build_url}/stop", headers=owner)
    assert stopped.status_code == 200, stopped.text
    code, out = await running
    assert code == 1 and "STOPPED" in out, out
    build = (await client.get(build_url, headers=owner)).json()
    assert (build["status"], build["error"], build["steps"][0]["status"]) == ("FAILED", "stopped", "FAILED")
    log = (await client.get(f"{build_url}/steps/{step_id}/logs", headers=owner)).text
    assert "started" in log and "never" not in log
    # The run was killed: no process of the script is left on this machine.
    assert not [p for p in Path("/proc").iterdir() if p.name.isdigit() and _cmdline(p) == "sleep\0120\0"]


def _cmdline(process: Path) -> str:
    try:
        return (process / "cmdline").read_text()
    except OSError:
        return ""
