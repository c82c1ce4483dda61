"""The playbooks under playbooks/: safe lookup by name, and what their header comments document: the vars they
take, what they return, whether they honour check mode, and their tags."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from service.core.errors import Invalid, NotFound

NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_CHECK_LINE = re.compile(r"^check mode:\s*(?P<answer>not supported|supported)\s*(?:\((?P<why>.*)\))?\s*\.?\s*$",
                         re.IGNORECASE)
_TAGS_LINE = re.compile(r"^tags:\s*(?P<tags>.*)$", re.IGNORECASE)
_TAG = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
_EXTRAS = ("check mode:", "tags:")  # header lines read on their own, with their indented continuation lines
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
    # `Check mode: supported` or `Check mode: not supported (why)`; a header without the line: not supported.
    check_mode: bool = False
    check_mode_note: str = ""
    # `Tags: a, b, c`: the tags a run may select (--tags); none: the playbook has no tags to select.
    tags: list[str] = field(default_factory=list)
    # The `Check mode:` and `Tags:` lines with their continuation lines, as read.
    extras: dict[str, str] = field(default_factory=dict, repr=False)


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
    """What the playbook's header documents, read again only when the file changed (every run asks for it).
    The answer is shared: callers read it and never change it."""
    stat = path.stat()
    return _read_header(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=256)
def _read_header(path: Path, _mtime_ns: int, _size: int) -> PlaybookDoc:
    """Read the header comment: a summary, then optional `Vars:` and `Returns (set_stats):` sections."""
    doc = PlaybookDoc(name=path.stem, description="")
    section, summary = "summary", []
    for line in _header(path):
        heading = line.strip().lower()
        continued = line.startswith("  ") and bool(line.strip())
        if section in _EXTRAS and not continued:
            section = "summary"
        if heading.startswith(_EXTRAS):
            section = heading.split(":", 1)[0] + ":"
            doc.extras[section] = line.strip()
        elif section in _EXTRAS:
            doc.extras[section] = f"{doc.extras[section]} {line.strip()}"
        elif heading.startswith("vars"):
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
    if check := _CHECK_LINE.match(doc.extras.get("check mode:", "")):
        doc.check_mode = check["answer"].lower() == "supported"
        doc.check_mode_note = (check["why"] or "").strip()
    if tags := _TAGS_LINE.match(doc.extras.get("tags:", "")):
        doc.tags = [tag.strip() for tag in tags["tags"].split(",") if _TAG.fullmatch(tag.strip())]
    return doc


def check_options(doc: PlaybookDoc, *, check: bool, tags: list[str]) -> None:
    """Refuses, before anything runs, the run options a playbook does not honour: a dry run of a playbook that
    cannot make one (it would fail half-way, or report nothing true), and tags it does not have (Ansible would
    run nothing and call that a success)."""
    if check and not doc.check_mode:
        why = doc.check_mode_note or "its header does not say it supports check mode"
        raise Invalid(f"Playbook {doc.name} cannot run in check mode: {why}", code="check_mode_not_supported",
                      details={"field": "check", "reason": why})
    if not tags:
        return
    unknown = [tag for tag in tags if tag not in doc.tags]
    if unknown:
        listed = ", ".join(doc.tags) if doc.tags else "none"
        raise Invalid(f"Playbook {doc.name} has no tag {', '.join(unknown)}; its tags: {listed}",
                      code="unknown_tags", details={"field": "tags", "unknown": unknown, "tags": doc.tags})


def _runnable(playbooks_dir: Path, path: Path) -> bool:
    """What resolve() would hand out: a plain name, a file (not a directory), not a link out of the dir."""
    return bool(NAME_PATTERN.fullmatch(path.stem)) and path.is_file() \
        and path.resolve().parent == playbooks_dir.resolve()


def catalogue(playbooks_dir: Path) -> list[PlaybookDoc]:
    return [describe(path) for path in sorted(playbooks_dir.glob("*.yml")) if _runnable(playbooks_dir, path)]
