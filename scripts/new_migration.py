#!/usr/bin/env python3
"""Write the migration of a model change: aerich's SQL for SQLite and for PostgreSQL in one module.

aerich compares the models with the last migration's recorded state (offline: no database is needed), once
per dialect; scripts/merge_migration.py joins the two texts (see migrations/README.md).

Usage: .venv/bin/python scripts/new_migration.py NAME      (NAME: what changed, e.g. nodes_and_guests)
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aerich import Command  # noqa: E402  (after the path is set)

from service.core.db import MIGRATIONS_DIR, MODEL_MODULES  # noqa: E402

DIALECTS = {"sqlite": "sqlite://:memory:", "postgres": "postgres://containr@127.0.0.1:1/none"}


async def generate(url: str, name: str, work: Path) -> None:
    """Let aerich write this dialect's migration into a copy of the migrations dir under `work`."""
    location = work / "migrations"
    shutil.copytree(MIGRATIONS_DIR, location)
    config = {"connections": {"default": url},
              "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
              "use_tz": True, "timezone": "UTC"}
    # Not `async with Command(...)`: entering it connects to the database, which offline needs not exist.
    command = Command(config, app="models", location=str(location))
    await command.init(offline=True)
    await command.migrate(name=name, no_input=True, offline=True)


def generate_in_child(dialect: str, name: str, work: Path) -> Path | None:
    # One process per dialect: aerich's Migrate keeps the pending operations in class attributes, so a
    # second run in the same process would carry the first dialect's SQL into the second.
    work.mkdir()
    subprocess.run([sys.executable, __file__, "--one", dialect, name, str(work)], check=True)
    made = sorted((work / "migrations" / "models").glob("*.py"))
    known = {p.name for p in (MIGRATIONS_DIR / "models").glob("*.py")}
    fresh = [p for p in made if p.name not in known]
    return fresh[0] if fresh else None


def main(name: str) -> int:
    with tempfile.TemporaryDirectory(prefix="containr-migration-") as tmp:
        made = {dialect: generate_in_child(dialect, name, Path(tmp) / dialect) for dialect in DIALECTS}
        if not made["sqlite"] or not made["postgres"]:
            print("new_migration: the models match the last migration; nothing to write")
            return 1
        output = MIGRATIONS_DIR / "models" / made["postgres"].name
        subprocess.run([sys.executable, str(ROOT / "scripts" / "merge_migration.py"), str(made["sqlite"]),
                        str(made["postgres"]), str(output)], check=True)
    print(f"new_migration: wrote {output.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--one":
        asyncio.run(generate(DIALECTS[sys.argv[2]], sys.argv[3], Path(sys.argv[4])))
    elif len(sys.argv) == 2:
        sys.exit(main(sys.argv[1]))
    else:
        sys.exit(__doc__)
