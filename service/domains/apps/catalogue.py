"""The app catalogue: every `templates/<dir>/manifest.yml`, checked against templates/manifest.schema.json, read
again only when a folder or manifest changes."""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match

from service.config import REPO_ROOT, Settings
from service.core.errors import Invalid, NotFound

log = logging.getLogger(__name__)

# The schema is part of the code (what the service understands), not of the catalogue it reads: always the
# repository's own, also for a catalogue elsewhere (a test's project folder).
SCHEMA_PATH = REPO_ROOT / "templates" / "manifest.schema.json"
MANIFEST = "manifest.yml"
ICON_TYPES = {".svg": "image/svg+xml", ".png": "image/png"}
MAX_MANIFEST_BYTES = 256 * 1024


@cache
def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def _field(error: ValidationError) -> str:
    """Where the error is, as the client names it: `manifest.settings.0.type`; a missing or unknown property is
    named itself, not its parent."""
    path = [str(part) for part in error.absolute_path]
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [name for name in error.validator_value if name not in error.instance]
        path += missing[:1]
    elif error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        path += [name for name in error.instance if name not in allowed][:1]
    elif error.validator == "not" and isinstance(error.validator_value, dict):
        path += list(error.validator_value.get("required", []))[:1]  # a field this kind must not have
    return ".".join(["manifest", *path])


def validate(manifest: Any) -> dict[str, Any]:
    """The manifest if it passes the schema and its changelog's newest version is its version; else Invalid,
    naming the field (`manifest.<path>`)."""
    if not isinstance(manifest, dict):
        raise Invalid("The manifest must be an object", details={"field": "manifest"})
    error = best_match(_validator().iter_errors(manifest))
    if error is not None:
        field = _field(error)
        raise Invalid(f"Invalid {field}: {error.message[:300]}", details={"field": field})
    if manifest["changelog"][0]["version"] != manifest["version"]:
        raise Invalid("The changelog's first (newest) entry must be the manifest's version",
                      details={"field": "manifest.changelog.0.version"})
    return manifest


def versions(manifest: dict[str, Any]) -> list[dict[str, str]]:
    """The app's catalogue versions, newest first, from its changelog."""
    return [{"version": e["version"], "date": e["date"], "notes": e["notes"]} for e in manifest.get("changelog", [])]


@dataclass(frozen=True)
class App:
    """One app of the catalogue: its folder and its checked manifest."""

    dir: str
    path: Path
    manifest: dict[str, Any]

    @property
    def id(self) -> str:
        return self.manifest["id"]

    @property
    def version(self) -> str:
        return self.manifest["version"]

    @property
    def icon_path(self) -> Path:
        return self.path / self.manifest["icon"]

    @property
    def icon_type(self) -> str:
        return ICON_TYPES[self.icon_path.suffix]

    @property
    def versions(self) -> list[dict[str, str]]:
        return versions(self.manifest)

    @property
    def unstable(self) -> bool:
        return bool(self.manifest.get("unstable"))

    def searchable(self) -> str:
        m = self.manifest
        return "\n".join([m["id"], m["title"], m["tagline"], m["description"], *m["tags"]]).casefold()


def _read(folder: Path) -> App:
    """One folder's app; ValueError (or Invalid) says why it cannot be one."""
    path = folder / MANIFEST
    if path.stat().st_size > MAX_MANIFEST_BYTES:
        raise ValueError(f"{MANIFEST} is larger than {MAX_MANIFEST_BYTES} bytes")
    manifest = validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    if not (folder / manifest["icon"]).is_file():
        raise ValueError(f"the icon {manifest['icon']} is not in the folder")
    return App(dir=folder.name, path=folder, manifest=manifest)


def _stamp(root: Path) -> tuple[tuple[str, int, int], ...]:
    """What the cache is keyed on: each folder's and each manifest's modification time."""
    stamp = []
    for folder in sorted(root.iterdir()) if root.is_dir() else ():
        manifest = folder / MANIFEST
        if folder.is_dir() and manifest.is_file():
            stamp.append((folder.name, folder.stat().st_mtime_ns, manifest.stat().st_mtime_ns))
    return tuple(stamp)


class Catalogue:
    """The apps of one catalogue folder, ordered by title."""

    def __init__(self, apps: list[App]) -> None:
        self.apps: tuple[App, ...] = tuple(sorted(apps, key=lambda a: (a.manifest["title"].casefold(), a.id)))
        self._by_id = {app.id: app for app in self.apps}

    @classmethod
    def read(cls, root: Path) -> Catalogue:
        """Every folder that holds a manifest; a broken one is logged and left out, never fatal."""
        apps: dict[str, App] = {}
        for name, _, _ in _stamp(root):
            try:
                app = _read(root / name)
            except (OSError, ValueError, yaml.YAMLError, Invalid) as exc:
                reason = exc.message if isinstance(exc, Invalid) else str(exc)
                log.error("app catalogue: %s/%s left out: %s", root, name, reason)
                continue
            if app.id in apps:
                log.error("app catalogue: %s/%s left out: the id %s is %s's", root, name, app.id, apps[app.id].dir)
                continue
            apps[app.id] = app
        return cls(list(apps.values()))

    def find(self, app_id: str) -> App | None:
        return self._by_id.get(app_id)

    def get(self, app_id: str) -> App:
        """The app, or 404 naming `id`."""
        app = self.find(app_id)
        if app is None:
            raise NotFound(f"No app {app_id!r} in the catalogue", details={"field": "id"})
        return app

    def search(self, *, text: str | None = None, tag: str | None = None, unstable: bool = True) -> list[App]:
        """Apps whose id, title, tagline, description or tags hold `text`, and that carry `tag`; those marked
        unstable only with `unstable`."""
        found = [app for app in self.apps if unstable or not app.unstable]
        if tag:
            found = [app for app in found if tag.casefold() in app.manifest["tags"]]
        if text:
            needle = text.casefold()
            found = [app for app in found if needle in app.searchable()]
        return found


_cache: dict[Path, tuple[tuple[tuple[str, int, int], ...], Catalogue]] = {}
_lock = threading.Lock()


def load(settings: Settings) -> Catalogue:
    """The catalogue under the settings' templates folder, read again when a folder or manifest changed."""
    root = settings.templates_dir
    stamp = _stamp(root)
    with _lock:
        cached = _cache.get(root)
        if cached is not None and cached[0] == stamp:
            return cached[1]
    catalogue = Catalogue.read(root)
    with _lock:
        _cache[root] = (stamp, catalogue)
    return catalogue
