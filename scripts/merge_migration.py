#!/usr/bin/env python3
"""Merge two aerich migrations of the same change, one made on SQLite and one on PostgreSQL, into one
module that returns the SQL of the database it runs on (see migrations/README.md).

Usage: scripts/merge_migration.py SQLITE_VERSION.py POSTGRES_VERSION.py OUTPUT.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SQL_OF = re.compile(r'async def (upgrade|downgrade)\(db: BaseDBAsyncClient\) -> str:\n    return """(.*?)"""', re.S)


def statements(path: Path) -> dict[str, str]:
    return {name: body.strip() for name, body in SQL_OF.findall(path.read_text())}


def main(sqlite: Path, postgres: Path, output: Path) -> None:
    lite, pg = statements(sqlite), statements(postgres)
    text = postgres.read_text()
    head = text[: text.index("async def upgrade")]
    tail = text[text.index("MODELS_STATE"):] if "MODELS_STATE" in text else ""
    parts = [head.rstrip() + "\n\n"]
    for name in ("upgrade", "downgrade"):
        parts.append(f'{name.upper()}_SQL = {{\n    "sqlite": """\n{lite.get(name, "")}\n""",\n'
                     f'    "postgres": """\n{pg.get(name, "")}\n""",\n}}\n\n\n')
    for name in ("upgrade", "downgrade"):
        parts.append(f"async def {name}(db: BaseDBAsyncClient) -> str:\n"
                     f"    return {name.upper()}_SQL[db.capabilities.dialect]\n\n\n")
    output.write_text("".join(parts) + tail)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*(Path(arg) for arg in sys.argv[1:]))
