"""Install the collections named in requirements.yml from the `ansible` package wheel (a zip), offline.

Used by scripts/bootstrap when Ansible Galaxy is out of reach. Only the named collections are extracted,
never their dependencies: requirements.yml is the whole list.

    extract_collections.py names REQUIREMENTS            print "ns.name" lines
    extract_collections.py extract REQUIREMENTS WHEEL COLLECTIONS_DIR
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

import yaml
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import InvalidVersion, Version

PREFIX = "ansible_collections"


class RequirementError(Exception):
    """requirements.yml or the wheel cannot give what is asked; the message says why."""


def read_requirements(path: Path) -> list[tuple[str, str]]:
    """Return (name, version spec) pairs, in the file's order, from ansible-galaxy's requirements format."""
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = document.get("collections", []) if isinstance(document, dict) else document
    requirements = []
    for entry in entries or []:
        if isinstance(entry, str):
            entry = {"name": entry}
        if not isinstance(entry, dict) or "name" not in entry:
            raise RequirementError(f"{path}: cannot read collection entry {entry!r}")
        if entry.get("type", "galaxy") != "galaxy" or entry.get("source"):
            raise RequirementError(f"{path}: {entry['name']} is not a Galaxy collection; install it by hand")
        name = str(entry["name"])
        if name.count(".") != 1:
            raise RequirementError(f"{path}: {name!r} is not a namespace.name collection name")
        requirements.append((name, str(entry.get("version", "*"))))
    return requirements


def version_matches(version: str, spec: str) -> bool:
    """Apply ansible-galaxy's version syntax: '*', '1.2.3' (exact) or comma-separated '>=1.0,<2.0'."""
    spec = spec.strip()
    if spec in ("", "*"):
        return True
    if spec[0].isdigit():
        spec = f"=={spec}"
    try:
        return Version(version) in SpecifierSet(spec)
    except (InvalidSpecifier, InvalidVersion) as error:
        raise RequirementError(f"cannot compare version {version!r} with {spec!r}: {error}") from error


def extract(requirements: list[tuple[str, str]], wheel: Path, collections_dir: Path) -> None:
    """Make COLLECTIONS_DIR/ansible_collections hold exactly the named collections.

    The tree is built in a staging dir inside COLLECTIONS_DIR (git-ignored, same file system) and swapped
    in at the end, so that an interrupted run leaves the previous collections in place.
    """
    try:
        archive = zipfile.ZipFile(wheel)
    except zipfile.BadZipFile as error:
        raise RequirementError(f"{wheel} is not a valid wheel ({error}); delete it and run again") from error
    with archive:
        members = archive.infolist()
        collections_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=collections_dir))
        try:
            for name, spec in requirements:
                namespace, collection = name.split(".")
                top = f"{PREFIX}/{namespace}/{collection}/"
                try:
                    manifest = json.loads(archive.read(f"{top}MANIFEST.json"))
                except KeyError:
                    raise RequirementError(f"{wheel.name} does not carry the collection {name}") from None
                version = manifest["collection_info"]["version"]
                if not version_matches(version, spec):
                    raise RequirementError(
                        f"{wheel.name} carries {name} {version}, requirements.yml wants {spec}"
                    )
                count = 0
                for member in members:
                    if not member.filename.startswith(top) or ".." in member.filename.split("/"):
                        continue
                    target = Path(archive.extract(member, staging))
                    mode = (member.external_attr >> 16) & 0o777
                    if mode and not member.is_dir():
                        os.chmod(target, mode)
                    count += 1
                print(f"  {name} {version} ({count} files)")
            (staging / PREFIX).mkdir(exist_ok=True)
            current = collections_dir / PREFIX
            if current.exists():
                current.rename(staging / "old")
            (staging / PREFIX).rename(current)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    names = commands.add_parser("names", help="print the collection names, one a line")
    names.add_argument("requirements", type=Path)
    extracting = commands.add_parser("extract", help="extract the named collections from the wheel")
    extracting.add_argument("requirements", type=Path)
    extracting.add_argument("wheel", type=Path)
    extracting.add_argument("collections_dir", type=Path, help="holds ansible_collections/")
    args = parser.parse_args(argv)
    try:
        requirements = read_requirements(args.requirements)
        if args.command == "names":
            print("\n".join(name for name, _ in requirements))
        else:
            extract(requirements, args.wheel, args.collections_dir)
    except (OSError, RequirementError, yaml.YAMLError) as error:
        print(f"extract_collections: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
