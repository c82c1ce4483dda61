#!/usr/bin/env python3
"""Stage an online-safe copy of Containr's database and keys in a folder, for restic to store.

SQLite is copied through its backup API (consistent while the service writes); PostgreSQL is dumped with
pg_dump in its custom format. The database URL comes from CONTAINR_BACKUP_DATABASE_URL and, for PostgreSQL,
reaches pg_dump as PG* environment variables, never on its command line. Prints a JSON manifest.

Usage: stage_controller.py DATA_DIR STAGING_DIR BACKUP_ID FILE...
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit


def dump_sqlite(source: Path, target: Path) -> None:
    if not source.is_file():
        sys.exit(f"no database at {source}")
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def dump_postgres(url: str, target: Path) -> None:
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    env = dict(os.environ)
    env.pop("CONTAINR_BACKUP_DATABASE_URL", None)
    env.update({
        "PGHOST": query.get("host", [parts.hostname or "localhost"])[0],
        "PGPORT": str(parts.port or 5432),
        "PGUSER": unquote(parts.username or ""),
        "PGDATABASE": parts.path.lstrip("/"),
    })
    if parts.password:
        env["PGPASSWORD"] = unquote(parts.password)
    done = subprocess.run(["pg_dump", "--format=custom", "--no-owner", "--file", str(target)], env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"pg_dump failed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}")


def main(data_dir: str, staging: str, backup_id: str, *files: str) -> None:
    data, stage = Path(data_dir), Path(staging)
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True, mode=0o700)
    url = os.environ.get("CONTAINR_BACKUP_DATABASE_URL") or f"sqlite://{data / 'containr.sqlite3'}"
    if url.startswith("sqlite://"):
        kind, name = "sqlite", "database.sqlite3"
        dump_sqlite(Path(url.removeprefix("sqlite://")), stage / name)
    elif url.startswith(("postgres://", "postgresql://", "asyncpg://")):
        kind, name = "postgres", "database.pgdump"
        dump_postgres(url, stage / name)
    else:
        sys.exit("CONTAINR_BACKUP_DATABASE_URL is neither a sqlite:// nor a postgres:// URL")
    stored = []
    for entry in files:
        source = data / entry
        if source.is_dir():
            shutil.copytree(source, stage / "data" / entry, symlinks=True)
        elif source.is_file():
            (stage / "data").mkdir(exist_ok=True, mode=0o700)
            shutil.copy2(source, stage / "data" / entry)
        else:
            continue
        stored.append(entry)
    manifest = {"backupId": backup_id, "database": kind, "databaseFile": name, "files": stored}
    (stage / "manifest.json").write_text(json.dumps(manifest, indent=2))
    print(json.dumps(manifest))


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
