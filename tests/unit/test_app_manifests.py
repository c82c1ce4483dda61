"""Every app of the catalogue (templates/<dir>/manifest.yml) is whole: its manifest passes the schema, its icon and
role are there, its id is its own, its changelog ends at its version; and the schema check names the field."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from service.core.errors import Invalid
from service.domains.apps import catalogue

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
ROLES = TEMPLATES.parent / "roles"
FOLDERS = sorted(p.parent for p in TEMPLATES.glob("*/manifest.yml"))
SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?")


def _manifest(folder: Path) -> dict[str, Any]:
    return yaml.safe_load((folder / "manifest.yml").read_text(encoding="utf-8"))


def _semver_key(version: str) -> tuple[int, int, int, int]:
    major, minor, patch, pre = SEMVER.match(version).groups()
    return int(major), int(minor), int(patch), 0 if pre else 1  # a pre-release comes before its release


def test_the_schema_is_a_valid_draft_2020_12_schema():
    schema = json.loads(catalogue.SCHEMA_PATH.read_text())
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_each_manifest_passes_the_schema(folder: Path):
    manifest = _manifest(folder)
    assert catalogue.validate(manifest) == manifest


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_each_app_has_its_icon_and_its_role(folder: Path):
    manifest = _manifest(folder)
    icon = folder / manifest["icon"]
    assert icon.is_file(), f"{folder.name}: no icon {manifest['icon']}"
    data = icon.read_bytes()
    if icon.suffix == ".png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n"), f"{icon} is not a PNG"
    else:
        assert b"<svg" in data[:2048] and b"<script" not in data.lower(), f"{icon} is not a plain SVG"
    role = ROLES / manifest["role"] if manifest.get("role") else folder / "role"
    assert role.is_dir(), f"{folder.name}: no role at {role}"
    for part in ("tasks/main.yml", "meta/argument_specs.yml"):
        assert (role / part).is_file(), f"{folder.name}: the role has no {part}"


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_each_changelog_is_newest_first_and_starts_at_the_version(folder: Path):
    manifest = _manifest(folder)
    listed = [entry["version"] for entry in manifest["changelog"]]
    assert listed[0] == manifest["version"]
    assert listed == sorted(listed, key=_semver_key, reverse=True) and len(set(listed)) == len(listed)
    dates = [entry["date"] for entry in manifest["changelog"]]
    assert dates == sorted(dates, reverse=True)


def test_ids_are_unique_and_every_manifest_is_in_the_catalogue():
    ids = [_manifest(folder)["id"] for folder in FOLDERS]
    assert len(ids) == len(set(ids)), f"an id is used twice: {ids}"
    read = catalogue.Catalogue.read(TEMPLATES)
    assert sorted(app.id for app in read.apps) == sorted(ids)  # nothing was left out as broken


def test_settings_names_are_unique_within_each_app():
    for folder in FOLDERS:
        names = [setting["name"] for setting in _manifest(folder).get("settings", [])]
        assert len(names) == len(set(names)), folder.name


# What validate() answers for broken manifests: the field, as `manifest.<path>`.
GOOD: dict[str, Any] = {
    "id": "org.example.notes", "title": "Notes", "version": "1.2.0", "upstreamVersion": "3.4",
    "tagline": "Notes", "description": "Keeps notes.", "tags": ["notes"], "icon": "icon.svg",
    "website": "https://example.org", "author": "Example", "httpPort": 80, "healthCheckPath": "/",
    "addons": {"mysql": {"alternatives": ["postgresql"]}, "localstorage": {}}, "memoryLimit": 256,
    "dataDirs": ["/var/lib/notes"], "adminUser": "admin",
    "settings": [{"name": "siteTitle", "title": "Title", "type": "string", "default": "Notes"},
                 {"name": "theme", "title": "Theme", "type": "enum", "values": ["light", "dark"]},
                 {"name": "apiKey", "title": "API key", "type": "secret", "required": True}],
    "role": None,
    "changelog": [{"version": "1.2.0", "date": "2026-12-05", "notes": "Newer"},
                  {"version": "1.0.0", "date": "2026-11-01", "notes": "First"}],
}


def _broken(change) -> dict[str, Any]:
    manifest = copy.deepcopy(GOOD)
    change(manifest)
    return manifest


def test_a_good_manifest_passes():
    assert catalogue.validate(copy.deepcopy(GOOD)) == GOOD


@pytest.mark.parametrize(("change", "field"), [
    (lambda m: m.update(id="WordPress"), "manifest.id"),
    (lambda m: m.update(version="1.0"), "manifest.version"),
    (lambda m: m.pop("httpPort"), "manifest.httpPort"),
    (lambda m: m.update(colour="red"), "manifest.colour"),
    (lambda m: m.update(httpPort=70000), "manifest.httpPort"),
    (lambda m: m["addons"].update(mongodb={}), "manifest.addons"),
    (lambda m: m["addons"]["mysql"].update(alternatives=["sqlite"]), "manifest.addons.mysql.alternatives.0"),
    (lambda m: m["settings"][0].update(type="colour"), "manifest.settings.0.type"),
    (lambda m: m["settings"][0].update(name="Site title"), "manifest.settings.0.name"),
    (lambda m: m["settings"][1].pop("values"), "manifest.settings.1.values"),
    (lambda m: m["settings"][2].update(default="sealed"), "manifest.settings.2.default"),
    (lambda m: m["settings"][0].update(values=["a"]), "manifest.settings.0.values"),
    (lambda m: m.update(icon="icon.gif"), "manifest.icon"),
    (lambda m: m.update(upstreamVersion=6.1), "manifest.upstreamVersion"),
    (lambda m: m["changelog"][0].update(date="5 Dec"), "manifest.changelog.0.date"),
    (lambda m: m.update(changelog=[]), "manifest.changelog"),
    (lambda m: m.update(version="1.3.0"), "manifest.changelog.0.version"),
])
def test_a_broken_manifest_is_refused_naming_the_field(change, field):
    with pytest.raises(Invalid) as refused:
        catalogue.validate(_broken(change))
    assert refused.value.details == {"field": field}, refused.value.message
    assert refused.value.status == 422


def test_a_manifest_that_is_not_an_object_is_refused():
    with pytest.raises(Invalid) as refused:
        catalogue.validate(["org.example"])
    assert refused.value.details == {"field": "manifest"}
