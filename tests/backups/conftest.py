"""Backup helpers: the target's credentials and configuration, and restic's own view of a repository (the real
S3-compatible server is the session fixture `s3_server` of tests/conftest.py)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import httpx

from tests.harness.s3 import S3Server

KEY = "backup-key-Zq8!xv"
S3_SECRET = "s3-secret-Hf93kd"
S3_ACCESS = "AKIACONTAINRTEST"


def filesystem_config(folder: Path, **extra: Any) -> dict[str, Any]:
    return {"provider": "filesystem", "backupFolder": str(folder), "key": KEY, **extra}


def s3_config(server: S3Server, bucket: str, **extra: Any) -> dict[str, Any]:
    return {"provider": "s3", "endpoint": server.endpoint, "bucket": bucket, "prefix": "containr/box",
            "region": "us-east-1", "accessKeyId": S3_ACCESS, "secretAccessKey": S3_SECRET, "key": KEY, **extra}


async def configure(client: httpx.AsyncClient, headers: dict[str, str], body: dict[str, Any]) -> dict[str, Any]:
    answer = await client.post("/api/v1/settings/backup_config", headers=headers, json=body)
    assert answer.status_code == 200, answer.text
    return answer.json()


def restic_snapshots(repository: str, *, tag: str = "box", env: dict[str, str] | None = None) -> list[dict]:
    """The repository's snapshots as restic itself lists them (the tests' independent view)."""
    done = subprocess.run(["restic", "--no-cache", "snapshots", "--json", "--tag", tag], capture_output=True,
                          text=True, check=True,
                          env={**os.environ, "RESTIC_REPOSITORY": repository, "RESTIC_PASSWORD": KEY, **(env or {})})
    return sorted(json.loads(done.stdout) or [], key=lambda snap: snap["time"])


def restic(repository: Path, *args: str, stdin: bytes | None = None) -> bytes:
    """restic itself on a folder repository under the tests' key: its output."""
    env = {**os.environ, "RESTIC_REPOSITORY": str(repository), "RESTIC_PASSWORD": KEY}
    return subprocess.run(["restic", "--no-cache", *args], input=stdin, capture_output=True, check=True,
                          env=env, timeout=120).stdout


def restic_repository(folder: Path) -> Path:
    """A new, empty folder repository under the tests' key."""
    restic(folder, "init")
    return folder


def store_dump(repository: Path, data: bytes, database_type: str) -> str:
    """A snapshot tagged like a dump of `database_type`, holding `data`: what a broken or foreign dump looks
    like. Its id."""
    out = restic(repository, "backup", "--quiet", "--json", "--stdin", "--stdin-filename", "shop.dump",
                 "--host", "containr", "--tag", "database", "--tag", f"type:{database_type}", stdin=data)
    return json.loads(out.splitlines()[-1])["snapshot_id"]
