"""One step as `containr runner` runs it on its own machine: the checkout, the caches, the step image's container
made and run with buildah (vfs storage, chroot isolation), the output sent to a callback line by line, and the
output files found afterwards. Nothing here talks to Containr."""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# What the step's processes must never inherit from the runner: its own credential.
PRIVATE_ENV = ("CONTAINR_RUNNER_TOKEN", "CONTAINR_TOKEN")
TIMEOUT_EXIT = 124  # what `timeout` exits with: the step ran out of time
WATCH_SECONDS = 0.2  # how often a running command is checked for its timeout or a stop


class StepError(Exception):
    """The step could not be run (a clone or an image pull failed): it ends FAILED with this message."""


@dataclass(frozen=True)
class Buildah:
    """buildah with the runner's own storage under its work folder; registry credentials and CAs are the
    machine's (REGISTRY_AUTH_FILE or containers-auth.json, /etc/containers/certs.d) unless `cert_dir` is given."""

    storage: Path
    cert_dir: Path | None = None
    binary: str = "buildah"

    def argv(self, *args: str) -> list[str]:
        return [self.binary, "--storage-driver", "vfs", "--root", str(self.storage / "root"),
                "--runroot", str(self.storage / "run"), *args]


def child_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in PRIVATE_ENV} | {"GIT_TERMINAL_PROMPT": "0"}


def _pump(argv: list[str], *, cwd: Path | None, emit: Callable[[str], None], timeout: float | None,
          cancel: threading.Event | None = None) -> int:
    """Run argv with stdout and stderr merged, each line to `emit` as it comes; its exit code (TIMEOUT_EXIT
    when it was killed for taking longer than `timeout` seconds). Killed too once `cancel` is set: StepError."""
    process = subprocess.Popen(argv, cwd=cwd, env=child_env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, start_new_session=True)
    cancel = cancel or threading.Event()
    done = threading.Event()
    killed: list[str] = []

    def watch() -> None:
        deadline = time.monotonic() + timeout if timeout else None
        while not done.wait(WATCH_SECONDS):
            if cancel.is_set() or (deadline is not None and time.monotonic() >= deadline):
                killed.append("cancel" if cancel.is_set() else "timeout")
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        assert process.stdout is not None
        for raw in process.stdout:
            emit(raw.decode("utf-8", errors="replace").rstrip("\r\n"))
        code = process.wait()
    finally:
        done.set()
        watcher.join()
    if killed == ["cancel"]:
        raise StepError("the step ended in Containr (stopped?): its run was killed")
    return TIMEOUT_EXIT if killed else code


def checkout(facts: dict[str, Any], workspace: Path, emit: Callable[[str], None]) -> None:
    """Clone the step's repository into the workspace (public, or with this machine's git credentials)."""
    spec = facts["checkout"]
    if not spec.get("repoUrl"):
        return
    argv = ["git", "clone", "--quiet"]
    if spec.get("branch"):
        argv += ["--branch", spec["branch"]]
    if not spec.get("commitHash"):
        argv += ["--depth", "1"]
    if _pump([*argv, "--", spec["repoUrl"], str(workspace)], cwd=None, emit=emit, timeout=None):
        raise StepError(f"git clone of {spec['repoUrl']} failed")
    if spec.get("commitHash") and _pump(["git", "-c", "advice.detachedHead=false", "checkout", "--quiet",
                                         spec["commitHash"]], cwd=workspace, emit=emit, timeout=None):
        raise StepError(f"git checkout of {spec['commitHash']} failed")


def _cache_dir(cache_root: Path, facts: dict[str, Any], relative: str) -> Path:
    return cache_root / str(facts["projectId"]) / facts["name"] / relative


def restore_caches(facts: dict[str, Any], workspace: Path, cache_root: Path) -> None:
    for relative in facts.get("cacheDirs") or []:
        kept = _cache_dir(cache_root, facts, relative)
        if kept.is_dir():
            shutil.copytree(kept, workspace / relative, symlinks=True, dirs_exist_ok=True)


def save_caches(facts: dict[str, Any], workspace: Path, cache_root: Path) -> None:
    for relative in facts.get("cacheDirs") or []:
        made = workspace / relative
        if made.is_dir() and not made.is_symlink():
            kept = _cache_dir(cache_root, facts, relative)
            shutil.rmtree(kept, ignore_errors=True)
            shutil.copytree(made, kept, symlinks=True)


def write_meta(facts: dict[str, Any], meta: Path) -> None:
    """The script and the env file it sources (one `export NAME='value'` a line), outside the workspace."""
    meta.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = "".join(f"export {name}={shlex.quote(value)}\n" for name, value in (facts.get("env") or {}).items())
    (meta / "env").write_text(env)
    (meta / "script").write_text(facts["runScript"])


RUN = "set -a; . /containr/env; set +a; cd /workspace && exec /bin/sh -e /containr/script"


def run_in_container(buildah: Buildah, facts: dict[str, Any], *, workspace: Path, meta: Path,
                     emit: Callable[[str], None], cancel: threading.Event | None = None) -> int:
    """Pull the step image, run the script in a fresh container of it with the workspace at /workspace, remove
    the container; the script's exit code."""
    name = f"containr-step-{facts['stepId']}"
    pull = ["from", "--pull", "--quiet", "--name", name]
    if buildah.cert_dir is not None:
        pull += ["--cert-dir", str(buildah.cert_dir)]
    if _pump(buildah.argv(*pull, facts["image"]), cwd=None, emit=emit, timeout=None):
        raise StepError(f"could not pull {facts['image']}")
    try:
        return _pump(buildah.argv("run", "--isolation", "chroot", "-v", f"{workspace}:/workspace",
                                  "-v", f"{meta}:/containr:ro", name, "--", "/bin/sh", "-c", RUN),
                     cwd=None, emit=emit, timeout=facts.get("timeoutSeconds"), cancel=cancel)
    finally:
        subprocess.run(buildah.argv("rm", name), env=child_env(), capture_output=True, check=False)


def outputs(facts: dict[str, Any], workspace: Path) -> Iterator[tuple[str, Path]]:
    """Each regular file of the step's output paths (a file, or every file under a folder), by its relative
    path; links are left out so that a step cannot send a file from outside its workspace."""
    for relative in facts.get("outputPaths") or []:
        found = workspace / relative
        if found.is_symlink():
            continue
        if found.is_file():
            yield relative, found
        elif found.is_dir():
            for path in sorted(found.rglob("*")):
                if path.is_file() and not path.is_symlink():
                    yield path.relative_to(workspace).as_posix(), path


class LineBatcher:
    """Lines collected from the step's processes, sent in batches every `every` seconds or once `limit`
    characters wait (one call of the runner protocol per batch, not per line), in the order they came; an empty
    one every `heartbeat` seconds when the step is quiet."""

    def __init__(self, send: Callable[[str], None], *, every: float = 1.0, limit: int = 64 * 1024,
                 heartbeat: float = 5.0) -> None:
        self._send, self._every, self._limit, self._heartbeat = send, every, limit, heartbeat
        self._lines: list[str] = []
        self._size = 0
        self._sent = time.monotonic()
        self._lock = threading.Lock()
        self._sending = threading.Lock()  # one batch at a time, so that they arrive in order
        self._stop = threading.Event()
        self._ticker = threading.Thread(target=self._tick, daemon=True)

    def __enter__(self) -> LineBatcher:
        self._ticker.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._ticker.join()
        self.flush()

    def _tick(self) -> None:
        while not self._stop.wait(self._every):
            self.flush(beat=True)

    def __call__(self, line: str) -> None:
        with self._lock:
            self._lines.append(line[: self._limit])
            self._size += len(line) + 1
            full = self._size >= self._limit
        if full:
            self.flush()

    def flush(self, *, beat: bool = False) -> None:
        """Send what waits; with `beat`, an empty batch too once nothing was sent for `heartbeat` seconds (a
        quiet step still learns that it was stopped in Containr)."""
        with self._sending:
            with self._lock:
                text, self._lines, self._size = "".join(f"{line}\n" for line in self._lines), [], 0
            if text or (beat and time.monotonic() - self._sent >= self._heartbeat):
                self._sent = time.monotonic()
                self._send(text)
