"""service_deploy and service_power on real LXC guests, through the real engine, from a real git server: a Python
web app from a private repository (the token only in the run's environment), deployed, deployed again changing
nothing, a second commit released beside the first, a failing commit rolled back, an older commit by its short sha,
stopped and started; a static site from a folder of its repository, a cron job and a worker (a crashing release
rolled back); a Node app whose first release fails and is stopped. One guest per service."""

from __future__ import annotations

import base64
import secrets
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.databases.conftest import argv_watch
from tests.harness.lxc import ssh
from tests.services.apps import cron_job, node_web_app, python_web_app, static_site, worker
from tests.services.conftest import ServiceRunner

# All three in lane 0: the Python one on a bare guest (first installs), the two others on prepared ones.
pytestmark = [pytest.mark.ansible, pytest.mark.slow]

GIT_USER = "x-access-token"
# Everything an app's value may hold: systemd must hand it over exactly.
AWKWARD = "it's \"quoted\" $HOME `date` \\n # not a comment\nsecond line  "


def _get(address: str, port: int, path: str = "/") -> httpx.Response:
    return httpx.get(f"http://{address}:{port}{path}", timeout=10)


def _environ(run: ServiceRunner, address: str, name: str) -> dict[str, str]:
    """The environment of the service's running process, as the kernel holds it."""
    pid = ssh(run.key, address, f"systemctl show --property=MainPID --value containr-{name}.service").strip()
    raw = ssh(run.key, address, f"base64 -w0 /proc/{pid}/environ")
    pairs = base64.b64decode(raw).decode().split("\0")
    return dict(pair.split("=", 1) for pair in pairs if pair)


def _built_at(run: ServiceRunner, address: str, name: str, commit: str) -> str:
    """When the release's build finished (its marker's modification time): unchanged by a run that built nothing."""
    return ssh(run.key, address, f"stat -c %y /srv/{name}/releases/{commit}/built").strip()


def _files_holding(root: Path, needle: bytes) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            try:
                if needle in path.read_bytes():
                    found.append(str(path))
            except OSError:
                continue
    return found


@pytest.mark.lxc(lane=0)
async def test_a_python_service_from_a_private_repository(service_run: ServiceRunner) -> None:
    git, key = service_run.git, service_run.key
    token = secrets.token_urlsafe(24)
    git.create("shop", auth=(GIT_USER, token))
    first = git.push("shop", python_web_app("hello one"), message="First release\n\nWith a body")
    deploy = service_run.deploy_vars(30, "shop", "web", "shop", service_git_username=GIT_USER)
    address = service_run.address(30)
    api_key = secrets.token_urlsafe(24)
    environment = {"GREETING": AWKWARD, "EMPTY": "", "COUNT": 3, "API_KEY": api_key}

    with argv_watch(token, api_key) as seen:
        # Without the token the private repository is refused, before anything is built.
        refused = await service_run("service_deploy", environment=environment, **deploy)
        assert refused.task["state"] == "failed"
        assert "Fetch the repository" in refused.task["error"]["message"]

        run = await service_run("service_deploy", environment=environment, token=token, **deploy)
        assert run.task["success"], run.log[-6000:]
        assert run.result == {
            "vmid": 130, "node": "pve", "hostname": "shop", "ip": address, "host": address, "port": 8000,
            "commitSha": first,
            "commitMessage": "First release", "author": "Containr Tests <tests@containr.invalid>",
            "stack": "python", "startCommand": "python main.py", "release": f"/srv/shop/releases/{first}",
            "previousCommitSha": ""}
        assert _get(address, 8000).text == "hello one\n"
        environ = _environ(service_run, address, "shop")
        assert (environ["GREETING"], environ["EMPTY"], environ["COUNT"], environ["PORT"]) == (AWKWARD, "", "3", "8000")
        assert environ["API_KEY"] == api_key
        assert ssh(key, address, "stat -c '%U %a' /etc/containr/shop.env").split() == ["root", "600"]
        assert ssh(key, address, "ps -o user= -C python").split() == ["app"]
        journal = ssh(key, address, "journalctl -u containr-shop --no-pager -o cat")
        assert "listening on 8000 with psycopg2" in journal

        # The same commit again: nothing changes, nothing is built.
        again = await service_run("service_deploy", environment=environment, token=token, **deploy)
        assert again.task["success"], again.log[-6000:]
        assert again.changed == 0, again.log[-6000:]
        assert again.result["commitSha"] == first

        second = git.push("shop", python_web_app("hello two"), message="Second release")
        run = await service_run("service_deploy", environment=environment, token=token, **deploy)
        assert run.task["success"], run.log[-6000:]
        assert (run.result["commitSha"], run.result["previousCommitSha"]) == (second, first)
        assert _get(address, 8000).text == "hello two\n"
        assert sorted(ssh(key, address, "ls /srv/shop/releases").split()) == sorted([first, second])
        assert ssh(key, address, "readlink /srv/shop/current").strip() == f"releases/{second}"

        broken = git.push("shop", python_web_app("broken", status=500), message="Broken release")
        run = await service_run("service_deploy", environment=environment, token=token, service_health_timeout=6,
                                **deploy)
        assert run.task["state"] == "failed"
        assert (f"Health check failed: GET http://127.0.0.1:8000/ answered 500 within 6 s; rolled back to release "
                f"{second}") in run.task["error"]["message"], run.log[-6000:]
        assert _get(address, 8000).text == "hello two\n"
        assert ssh(key, address, "readlink /srv/shop/current").strip() == f"releases/{second}"
        assert broken != second

        # An older commit, by its short sha: its release is still there, so it is switched to without a build.
        built = _built_at(service_run, address, "shop", first)
        run = await service_run("service_deploy", environment=environment, token=token, service_commit=first[:8],
                                **deploy)
        assert run.task["success"], run.log[-6000:]
        assert (run.result["commitSha"], run.result["previousCommitSha"]) == (first, second)
        assert _built_at(service_run, address, "shop", first) == built
        assert _get(address, 8000).text == "hello one\n"

        stop = await service_run("service_power", **service_run.power_vars(30, "shop", "web", "stopped"))
        assert stop.task["success"], stop.log[-4000:]
        assert stop.result == {"status": "stopped"}
        with pytest.raises(httpx.ConnectError):
            _get(address, 8000)
        start = await service_run("service_power", **service_run.power_vars(30, "shop", "web", "started"))
        assert start.task["success"], start.log[-4000:]
        assert start.result == {"status": "running"}
        for _ in range(50):
            try:
                assert _get(address, 8000).text == "hello one\n"
                break
            except httpx.TransportError:
                subprocess.run(["sleep", "0.2"], check=True)
        else:
            raise AssertionError("the service did not answer after it was started")

    # The token and the app's secrets went nowhere: no command line, no log, no file the engine keeps, nothing
    # left in the guest but the environment file.
    assert seen == []
    assert all(token not in log and api_key not in log for log in service_run.logs)
    data_dir = service_run.runner.server.settings.data_dir
    assert _files_holding(data_dir, token.encode()) == _files_holding(data_dir, api_key.encode()) == []
    assert ssh(key, address, f"grep -rl -- {token} /tmp /srv/shop/source/.git /etc /root 2>/dev/null || true") == ""
    assert ssh(key, address, "ls /tmp | grep containr-git || true") == ""
    assert {request.user for request in git.requests if request.status == 200} == {GIT_USER}


@pytest.mark.lxc(lane=0)
@pytest.mark.prepared_guests
async def test_a_static_site_a_cron_job_and_a_worker(service_run: ServiceRunner) -> None:
    git, key = service_run.git, service_run.key
    git.create("site")
    site = git.push("site", {"public/" + path: content for path, content in static_site("hello static").items()}
                    | {"README.md": "The site is in public/\n"}, message="A site")
    git.create("jobs")
    job = git.push("jobs", cron_job("tick from the job"), message="A job")
    site_vars = service_run.deploy_vars(31, "site", "web", "site", service_root_directory="public")
    job_vars = service_run.deploy_vars(32, "job", "cron", "jobs", service_schedule="*:0/15")

    run = await service_run("service_deploy", **site_vars)
    assert run.task["success"], run.log[-6000:]
    assert (run.result["stack"], run.result["port"], run.result["commitSha"]) == ("static", 8080, site)
    answer = _get(service_run.address(31), 8080)
    assert answer.status_code == 200 and "hello static" in answer.text
    # Only the root directory was released.
    assert ssh(key, service_run.address(31), f"ls /srv/site/releases/{site}/app").split() == ["index.html"]

    run = await service_run("service_deploy", **job_vars)
    assert run.task["success"], run.log[-6000:]
    assert (run.result["stack"], run.result["startCommand"]) == ("procfile", "echo 'tick from the job'")
    assert "port" not in run.result and run.result["commitSha"] == job
    address = service_run.address(32)
    assert ssh(key, address, "systemctl is-active containr-job.timer").strip() == "active"
    assert "*-*-* *:00/15:00" in ssh(key, address, "systemctl show --property=TimersCalendar containr-job.timer")
    # Fire it once by hand: the job runs as the app's user and writes to the journal.
    ssh(key, address, "systemctl start containr-job.service")
    assert "tick from the job" in ssh(key, address, "journalctl -u containr-job --no-pager -o cat")

    again = await service_run("service_deploy", **job_vars)
    assert again.task["success"] and again.changed == 0, again.log[-6000:]
    stop = await service_run("service_power", **service_run.power_vars(32, "job", "cron", "stopped"))
    assert stop.result == {"status": "stopped"}, stop.log[-4000:]
    assert ssh(key, address, "systemctl is-active containr-job.timer || true").strip() == "inactive"

    git.create("worker")
    working = git.push("worker", worker("working"), message="A worker")
    worker_vars = service_run.deploy_vars(34, "worker", "worker", "worker")
    run = await service_run("service_deploy", **worker_vars)
    assert run.task["success"], run.log[-6000:]
    assert (run.result["stack"], run.result["commitSha"]) == ("procfile", working)
    address = service_run.address(34)
    assert "working" in ssh(key, address, "journalctl -u containr-worker --no-pager -o cat")
    # A worker that fails at once: the health check sees it and returns to the one before.
    crashing = git.push("worker", worker(crash=True), message="A crashing worker")
    run = await service_run("service_deploy", **worker_vars)
    assert run.task["state"] == "failed"
    # Its start may fail already (it exits before systemd sees it run) or it may die within the 5 s: both fail.
    assert ("Health check failed: containr-worker.service did not" in run.task["error"]["message"]
            and run.task["error"]["message"].endswith(f"rolled back to release {working}")), run.log[-6000:]
    assert ssh(key, address, "readlink /srv/worker/current").strip() == f"releases/{working}"
    assert ssh(key, address, "systemctl is-active containr-worker.service").strip() == "active"
    assert crashing != working


@pytest.mark.lxc(lane=0)
@pytest.mark.prepared_guests
async def test_a_node_service_whose_first_release_fails(service_run: ServiceRunner) -> None:
    git, key = service_run.git, service_run.key
    git.create("api")
    commit = git.push("api", node_web_app("hello node"), message="A Node app")
    deploy = service_run.deploy_vars(33, "api", "web", "api", service_health_check_path="/health")
    address = service_run.address(33)

    # A first release that never answers: stopped, with nothing to return to.
    run = await service_run("service_deploy", service_start_command="node missing.js", service_health_timeout=4,
                            **deploy)
    assert run.task["state"] == "failed"
    message = run.task["error"]["message"]
    assert "Health check failed: GET http://127.0.0.1:3000/health did not answer (" in message, run.log[-6000:]
    assert message.endswith("within 4 s; no earlier release to return to: the service is stopped"), message
    assert ssh(key, address, "systemctl is-active containr-api.service || true").strip() == "inactive"
    assert ssh(key, address, "test -e /srv/api/current || echo gone").strip() == "gone"

    # The same commit with its own start command: built already, started now.
    built = _built_at(service_run, address, "api", commit)
    run = await service_run("service_deploy", environment={"NODE_ENV": "production"}, **deploy)
    assert run.task["success"], run.log[-6000:]
    assert _built_at(service_run, address, "api", commit) == built
    assert (run.result["stack"], run.result["startCommand"], run.result["port"], run.result["commitSha"],
            run.result["previousCommitSha"]) == ("node", "npm start", 3000, commit, "")
    assert _get(address, 3000).text == "hello node\n"
    assert "listening on 3000" in ssh(key, address, "journalctl -u containr-api --no-pager -o cat")
