"""restic, run by the service itself for what must answer at once (checking a target, restoring a control
plane); backups and cleanups run in playbooks. Secrets reach restic through its environment only."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
from dataclasses import dataclass
from typing import Any

from service.domains.backup_storage.config import Repository

WRONG_KEY = "wrong password or no key found"
NO_REPOSITORY = "Is there a repository at the following location?"
CHECK_TAG = "containr-write-check"
TIMEOUT_SECONDS = 300


class ResticError(RuntimeError):
    """restic failed; the message is restic's own last words (they name paths and hosts, never secrets)."""

    def __init__(self, message: str, *, stderr: str = "") -> None:
        super().__init__(message)
        self.stderr = stderr

    @property
    def wrong_key(self) -> bool:
        return WRONG_KEY in self.stderr

    @property
    def no_repository(self) -> bool:
        return NO_REPOSITORY in self.stderr


@dataclass
class Output:
    stdout: str
    stderr: str

    def json_lines(self) -> list[Any]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.startswith(("{", "["))]


def binary() -> str:
    found = shutil.which("restic")
    if found is None:
        raise ResticError("restic is not installed on the controller (apt-get install restic)")
    return found


def _reason(stderr: str) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    fatal = [line.removeprefix("Fatal: ") for line in lines if line.startswith("Fatal:")]
    return (fatal or lines or ["restic failed without a message"])[-1]


async def run(repo: Repository, *args: str, stdin: bytes | None = None,
              timeout: float = TIMEOUT_SECONDS) -> Output:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/root"), **repo.env}
    process = await asyncio.create_subprocess_exec(
        binary(), *repo.options, *args, env=env, stdin=asyncio.subprocess.PIPE if stdin is not None else None,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        out, err = await asyncio.wait_for(process.communicate(stdin), timeout)
    except TimeoutError as exc:
        process.kill()
        await process.wait()
        raise ResticError(f"restic {args[0]} took longer than {timeout:.0f} s") from exc
    stdout, stderr = out.decode(errors="replace"), err.decode(errors="replace")
    if process.returncode != 0:
        raise ResticError(_reason(stderr), stderr=stderr)
    return Output(stdout=stdout, stderr=stderr)


async def open_or_init(repo: Repository) -> bool:
    """Open the repository with its key, or make it if there is none; True when it was made now."""
    try:
        await run(repo, "cat", "config")
        return False
    except ResticError as exc:
        if not exc.no_repository:
            raise
    await run(repo, "init")
    return True


async def write_check(repo: Repository) -> None:
    """A real write and delete: a tiny snapshot, then its removal with the data it added."""
    out = await run(repo, "backup", "--stdin", "--stdin-filename", CHECK_TAG, "--tag", CHECK_TAG,
                    "--host", "containr", "--json", stdin=b"containr can write here\n")
    summary = next((line for line in out.json_lines() if isinstance(line, dict)
                    and line.get("message_type") == "summary"), None)
    if summary is None or not summary.get("snapshot_id"):
        raise ResticError("restic backup reported no snapshot")
    await run(repo, "forget", "--prune", str(summary["snapshot_id"]))


async def snapshots(repo: Repository, *, tag: str) -> list[dict[str, Any]]:
    """The repository's snapshots with a tag, oldest first."""
    out = await run(repo, "snapshots", "--json", "--tag", tag)
    found = json.loads(out.stdout or "[]") or []
    return sorted(found, key=lambda snap: snap["time"])
