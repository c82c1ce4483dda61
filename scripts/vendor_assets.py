"""Vendor the dashboard's front-end files (and the browser tests' axe-core) from their npm packages.

The files are committed, so the service never fetches anything at run time and needs no Node.js; this script is
how they got there and how they are updated. scripts/assets.json pins each package's version and the npm
registry's integrity hash of its tarball, names the files taken from it and where they go, and records the
license; each file's sha256 is written beside it so `--check` can tell a hand-edited copy.

Usage: python scripts/vendor_assets.py           fetch (with `npm pack`) and write every file and its license
       python scripts/vendor_assets.py --check   verify the committed files against the manifest; no network
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "scripts" / "assets.json"


def _integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch(manifest: dict) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for asset in manifest["packages"]:
            spec = f"{asset['package']}@{asset['version']}"
            packed = json.loads(subprocess.run(["npm", "pack", spec, "--json", "--pack-destination", tmp],
                                               check=True, capture_output=True, text=True).stdout)[0]
            tarball = Path(tmp) / packed["filename"]
            got = _integrity(tarball.read_bytes())
            if asset.get("integrity") and got != asset["integrity"]:
                sys.exit(f"{spec}: the tarball's integrity {got} is not the pinned {asset['integrity']}")
            asset["integrity"] = got
            with tarfile.open(tarball) as archive:
                for source, dest in {**asset["files"], asset["licenseFile"]: asset["licenseDest"]}.items():
                    member = archive.extractfile(f"package/{source}")
                    if member is None:
                        sys.exit(f"{spec}: no file {source}")
                    target = ROOT / dest
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(member.read())
            asset["sha256"] = {dest: _sha256(ROOT / dest) for dest in asset["files"].values()}
            print(f"vendored {spec} ({asset['license']})")
    MANIFEST.write_text(json.dumps(manifest, indent=2) + "\n")


def check(manifest: dict) -> int:
    bad = []
    for asset in manifest["packages"]:
        for dest, digest in asset.get("sha256", {}).items():
            path = ROOT / dest
            if not path.is_file() or _sha256(path) != digest:
                bad.append(dest)
        if not (ROOT / asset["licenseDest"]).is_file():
            bad.append(asset["licenseDest"])
    for dest in bad:
        print(f"not as vendored: {dest} (run scripts/vendor_assets.py)", file=sys.stderr)
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify the committed files; no network")
    args = parser.parse_args()
    manifest = json.loads(MANIFEST.read_text())
    if args.check:
        return check(manifest)
    fetch(manifest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
