"""The playbooks under playbooks/: safe lookup by name and the vars their header comments document."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from service.errors import NotFound

NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_VAR_LINE = re.compile(r"^\s{2,}(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*\((?P<spec>[^)]*)\)\s*:?\s*(?P<text>.*)$")


@dataclass
class PlaybookVar:
    name: str
    type: str
    required: bool
    default: str | None
    description: str


@dataclass
class PlaybookDoc:
    name: str
    description: str
    vars: list[PlaybookVar] = field(default_factory=list)
    returns: list[str] = field(default_factory=list)


def resolve(playbooks_dir: Path, name: str) -> Path:
    """The playbook file of a name; anything that is not a plain name of an existing playbook is 404."""
    if not NAME_PATTERN.fullmatch(name):
        raise NotFound(f"No playbook named {name!r}", details={"field": "name"})
    path = playbooks_dir / f"{name}.yml"
    if not _runnable(playbooks_dir, path):
        raise NotFound(f"No playbook named {name!r}", details={"field": "name"})
    return path


def _header(path: Path) -> list[str]:
    lines = []
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            if not raw.startswith("#"):
                break
            lines.append(raw[1:].rstrip("\n").removeprefix(" ") if raw.startswith("# ") else raw[1:].rstrip("\n"))
    return lines


def _parse_var(match: re.Match[str]) -> PlaybookVar:
    parts = [p.strip() for p in match["spec"].split(",", 1)]
    kind, rest = parts[0], (parts[1] if len(parts) > 1 else "")
    default = rest.split(":", 1)[1].strip() if rest.startswith("default") and ":" in rest else None
    return PlaybookVar(name=match["name"], type=kind, required=rest == "required", default=default,
                       description=match["text"].strip())


def describe(path: Path) -> PlaybookDoc:
    """Read the header comment: a summary, then optional `Vars:` and `Returns (set_stats):` sections."""
    doc = PlaybookDoc(name=path.stem, description="")
    section, summary = "summary", []
    for line in _header(path):
        heading = line.strip().lower()
        if heading.startswith("vars"):
            section = "vars"
        elif heading.startswith("returns"):
            section = "returns"
        elif section == "summary":
            summary.append(line.strip())
        elif section == "vars" and (match := _VAR_LINE.match(line)):
            doc.vars.append(_parse_var(match))
        elif section == "vars" and doc.vars and line.strip():
            doc.vars[-1].description = f"{doc.vars[-1].description} {line.strip()}".strip()
        elif section == "returns" and line.strip():
            doc.returns.extend(item.strip() for item in line.split(",") if item.strip())
    doc.description = " ".join(part for part in summary if part).strip()
    return doc


def _runnable(playbooks_dir: Path, path: Path) -> bool:
    """What resolve() would hand out: a plain name, a file (not a directory), not a link out of the dir."""
    return bool(NAME_PATTERN.fullmatch(path.stem)) and path.is_file() \
        and path.resolve().parent == playbooks_dir.resolve()


def catalogue(playbooks_dir: Path) -> list[PlaybookDoc]:
    return [describe(path) for path in sorted(playbooks_dir.glob("*.yml")) if _runnable(playbooks_dir, path)]
