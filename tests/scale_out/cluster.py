"""A scale-out cluster on this machine: `containr serve` and `containr worker` processes on one PostgreSQL."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.factories import PASSWORD
from tests.harness.processes import end, free_port

CONTAINR = Path(sys.executable).parent / "containr"
SECRET_KEY = "s" * 48  # every process of the cluster seals and opens with it
TAIL_LINES = 40
ACCESS_LINE = re.compile(r'^INFO: +127\.0\.0\.1:\d+ - "')


@dataclass
class Proc:
    """One process of the cluster, its output in a file of its own."""

    name: str
    popen: subprocess.Popen[bytes]
    log: Path
    url: str | None = None  # an API's base URL

    @property
    def pid(self) -> int:
        return self.popen.pid

    def tail(self, lines: int = TAIL_LINES) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        # uvicorn's access lines (the waits' polling) would push out what went wrong.
        kept = [line for line in text.splitlines() if not ACCESS_LINE.match(line)]
        return "\n".join(kept[-lines:])


@dataclass
class Cluster:
    """The processes started from `root` (each has root/<name>/ as its data dir and root/<name>.log)."""

    root: Path
    database_url: str
    project_dir: Path
    heartbeat: float = 1.0
    dead_after: float = 4.0
    max_runs: int = 6  # the cluster's limit of runs at once (every worker's slots: 3 x 2)
    extra_env: dict[str, str] = field(default_factory=dict)
    procs: dict[str, Proc] = field(default_factory=dict)
    killed: set[str] = field(default_factory=set)  # on purpose: not a failure of the cluster

    def env(self, name: str, **more: str) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items() if not key.startswith("CONTAINR_")}
        env.update({
            "CONTAINR_TASK_WORKERS": "external", "CONTAINR_DATABASE_URL": self.database_url,
            "CONTAINR_SECRET_KEY": SECRET_KEY, "CONTAINR_DATA_DIR": str(self.root / name),
            "CONTAINR_PROJECT_DIR": str(self.project_dir), "CONTAINR_WORKER_HEARTBEAT": str(self.heartbeat),
            "CONTAINR_WORKER_DEAD_AFTER": str(self.dead_after), "CONTAINR_MAX_RUNS": str(self.max_runs),
            **self.extra_env, **more})
        return env

    def migrate(self) -> None:
        done = subprocess.run([str(CONTAINR), "migrate"], env=self.env("migrate"), capture_output=True, text=True,
                              timeout=300)
        if done.returncode != 0:
            raise RuntimeError(f"containr migrate failed ({done.returncode}):\n{done.stdout}{done.stderr}")

    def _start(self, name: str, args: list[str], env: dict[str, str]) -> Proc:
        if name in self.procs and self.procs[name].popen.poll() is None:
            raise RuntimeError(f"{name} runs already")
        (self.root / name).mkdir(parents=True, exist_ok=True)
        log = self.root / f"{name}.log"
        with log.open("ab") as out:  # the child keeps its own descriptor
            popen = subprocess.Popen([str(CONTAINR), *args], env=env, stdout=out, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, start_new_session=True)
        proc = Proc(name=name, popen=popen, log=log)
        self.procs[name] = proc
        return proc

    def start_api(self, name: str) -> Proc:
        port = free_port()
        proc = self._start(name, ["serve"], self.env(name, CONTAINR_PORT=str(port)))
        proc.url = f"http://127.0.0.1:{port}"
        return proc

    def start_worker(self, name: str, *, concurrency: int = 2, queues: str = "default") -> Proc:
        args = ["worker", "--queues", queues, "--concurrency", str(concurrency), "--name", name]
        return self._start(name, args, self.env(name))

    def kill(self, name: str) -> None:
        """kill -9 of the process alone (its runs' processes are left to whatever notices)."""
        proc = self.procs[name]
        self.killed.add(name)
        proc.popen.send_signal(signal.SIGKILL)
        proc.popen.wait(timeout=30)

    def stop(self, name: str) -> None:
        end(self.procs[name].popen)

    def stop_all(self) -> None:
        for proc in self.procs.values():
            if proc.popen.poll() is None:
                end(proc.popen)

    def tails(self) -> str:
        return "\n".join(f"===== {proc.name} (pid {proc.pid}, exit {proc.popen.poll()}) {proc.log}\n{proc.tail()}"
                         for proc in self.procs.values())

    def check_alive(self) -> None:
        dead = [f"{proc.name} exited {proc.popen.poll()}" for proc in self.procs.values()
                if proc.popen.poll() is not None and proc.name not in self.killed]
        if dead:
            raise RuntimeError(", ".join(dead))


async def wait_healthy(proc: Proc, *, timeout: float = 60) -> None:
    """Until the API answers its health check (or its process ended, or `timeout` passed: an error)."""
    assert proc.url is not None
    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient(base_url=proc.url, timeout=5) as client:
        while time.monotonic() < deadline:
            if proc.popen.poll() is not None:
                raise RuntimeError(f"{proc.name} exited {proc.popen.poll()}:\n{proc.tail()}")
            try:
                if (await client.get("/api/v1/health")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    raise TimeoutError(f"{proc.name} did not answer its health check in {timeout} s:\n{proc.tail()}")


async def admin_token(url: str) -> str:
    """Register the first user (an administrator) through `url` and answer their access token."""
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:
        body = {"username": "first", "email": "first@example.com", "password": PASSWORD}
        registered = await client.post("/api/v1/auth/register", json=body)
        if registered.status_code not in (201, 409):
            raise RuntimeError(f"register: {registered.status_code} {registered.text}")
        login = await client.post("/api/v1/auth/login", json={"username": "first", "password": PASSWORD})
        login.raise_for_status()
        return str(login.json()["accessToken"])


async def wait_workers(client: httpx.AsyncClient, names: set[str], *, timeout: float = 60) -> list[dict]:
    """Until GET /workers lists every worker of `names` as live (not stopped); answers the listing."""
    deadline = time.monotonic() + timeout
    listed: list[dict] = []
    while names and time.monotonic() < deadline:
        answer = await client.get("/api/v1/workers")
        if answer.status_code == 200:
            body = answer.json()
            listed = body.get("workers", body.get("items", [])) if isinstance(body, dict) else body
            live = {worker["name"] for worker in listed if not worker.get("stoppedAt")}
            if names <= live:
                return listed
        await asyncio.sleep(0.2)
    if not names:
        return listed
    raise TimeoutError(f"workers {sorted(names)} not all registered in {timeout} s: {listed}")


async def _get(client: httpx.AsyncClient, path: str, **params: object) -> httpx.Response:
    for attempt in range(3):  # a keep-alive connection the loaded server closed as it was reused
        try:
            answer = await client.get(path, params=params)
            answer.raise_for_status()
            return answer
        except httpx.TransportError:
            if attempt == 2:
                raise
            await asyncio.sleep(0.5)
    raise AssertionError("unreachable")


async def _active(client: httpx.AsyncClient) -> dict[int, str]:
    """Every active task's state, from the list's pages (a few requests however many tasks there are)."""
    found: dict[int, str] = {}
    for page in range(1, 1000):
        tasks = (await _get(client, "/api/v1/tasks", active="true", page=page, per_page=100)).json()["tasks"]
        found.update({int(task["id"]): task["state"] for task in tasks})
        if len(tasks) < 100:
            return found
    return found


async def wait_ended(client: httpx.AsyncClient, task_ids: list[int], *, timeout: float) -> dict[int, dict]:
    """Until every task is no longer active; answers each task as GET /tasks/{id} says then."""
    deadline = time.monotonic() + timeout
    pending = dict.fromkeys(task_ids, "?")
    while pending and time.monotonic() < deadline:
        active = await _active(client)
        pending = {task_id: active[task_id] for task_id in pending if task_id in active}
        if pending:
            await asyncio.sleep(0.5)
    if pending:
        states = dict(list(pending.items())[:20])
        raise TimeoutError(f"{len(pending)} of {len(task_ids)} tasks still active after {timeout} s: {states}")
    ended: dict[int, dict] = {}
    for chunk in range(0, len(task_ids), 20):
        found = await asyncio.gather(*(_get(client, f"/api/v1/tasks/{task_id}")
                                       for task_id in task_ids[chunk:chunk + 20]))
        ended.update({task_id: answer.json() for task_id, answer in zip(task_ids[chunk:chunk + 20], found,
                                                                        strict=True)})
    return ended


async def stop_active(client: httpx.AsyncClient, *, timeout: float = 120) -> None:
    """Stop every active task (queued or running) and wait until none is active."""
    active = await _active(client)
    for task_id in active:
        answer = await client.post(f"/api/v1/tasks/{task_id}/stop")
        if answer.status_code not in (204, 409):  # 409: it ended meanwhile
            raise RuntimeError(f"stop of task {task_id}: {answer.status_code} {answer.text}")
    await wait_ended(client, list(active), timeout=timeout)


async def start_cluster(cluster: Cluster, *, apis: int, workers: int, concurrency: int = 2) -> str:
    """Migrate, start `apis` APIs (api1..) and `workers` workers (w1..), wait until all serve and every worker
    is registered; answers an administrator's token."""
    await asyncio.to_thread(cluster.migrate)
    started = [cluster.start_api(f"api{n}") for n in range(1, apis + 1)]
    for n in range(1, workers + 1):
        cluster.start_worker(f"w{n}", concurrency=concurrency)
    await asyncio.gather(*(wait_healthy(proc) for proc in started))
    token = await admin_token(str(started[0].url))
    async with httpx.AsyncClient(base_url=str(started[0].url), timeout=30,
                                 headers={"Authorization": f"Bearer {token}"}) as client:
        await wait_workers(client, {f"w{n}" for n in range(1, workers + 1)})
    return token
