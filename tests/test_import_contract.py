"""The import contract: each layer imports only those below it; a slice imports only the slices before it in
service/app.py's DOMAINS, and those, the engine and the catalogue only through their public face (the package
and the modules its PUBLIC tuple names); no cycle between units. A slice reaches one after it through hooks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.import_contract import (
    PRIVATE_ALWAYS,
    Edge,
    Layout,
    cycles,
    domains_order,
    imports,
    module_files,
    public_faces,
    unit_graph,
    violations,
)

SERVICE = Path(__file__).resolve().parents[1] / "service"
# Below the slices, lowest first: the version, settings, the shared core, identity, the engine, the catalogue,
# the request dependencies and hooks, and the Domain type. Above them: what gathers every slice.
LOWER = ("service", "service.config", "service.core", "service.auth", "service.tasks", "service.actions",
         "service.api", "service.domains")
UPPER = ("service.models", "service.secret_rotation", "service.web", "service.app", "service.cli_client",
         "service.cli")
# The slices and the engine and catalogue each name their face; the other layers below the slices are shared
# whole. The app, the dashboard, the CLI and service.models gather the slices and may import any of their modules.
FACED = ("service.tasks", "service.actions")


def _layout(root: Path, package: str) -> Layout:
    order = domains_order(root / "app.py", f"{package}.domains")
    lower = tuple(u.replace("service", package, 1) for u in LOWER)
    upper = tuple(u.replace("service", package, 1) for u in UPPER)
    return Layout(lower=lower, slices_under=f"{package}.domains", order=order, upper=upper)


def _check(root: Path, package: str) -> tuple[list[str], list[list[str]]]:
    layout = _layout(root, package)
    modules = module_files(root, package)
    edges = imports(modules, package)
    faces = public_faces(modules, layout.units)
    return violations(layout, edges, faces), cycles(unit_graph(layout, edges))


@pytest.fixture(scope="module")
def service() -> tuple[Layout, dict[str, Path]]:
    return _layout(SERVICE, "service"), module_files(SERVICE, "service")


def test_every_slice_package_is_in_the_app_order(service):
    layout, _ = service
    packages = {p.parent.name for p in (SERVICE / "domains").glob("*/__init__.py")}
    assert packages == set(layout.order), "a slice the app does not list, or a listed one that is gone"
    assert len(layout.order) == len(set(layout.order))


def test_slices_engine_and_catalogue_declare_a_public_face(service):
    layout, modules = service
    faces = public_faces(modules, layout.units)
    faced = [*FACED, *(f"service.domains.{name}" for name in layout.order)]
    for unit in faced:
        face = faces[unit]
        assert face is not None, f"{unit}/__init__.py declares no PUBLIC tuple"
        assert not set(face) & set(PRIVATE_ALWAYS), f"{unit}: PUBLIC names what only the app wires"
        missing = [name for name in face if f"{unit}.{name}" not in modules]
        assert not missing, f"{unit}: PUBLIC names modules that do not exist: {missing}"


def test_the_service_keeps_the_contract():
    problems, found = _check(SERVICE, "service")
    assert problems == [], "\n".join(problems)
    assert found == [], f"import cycles between units: {found}"


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


# A two-slice package in the service's shape: `low` comes first in DOMAINS and `high` uses it.
TINY = {
    "__init__.py": "",
    "config.py": "",
    "domains/__init__.py": "",
    "domains/domain.py": "",
    "domains/low/__init__.py": "PUBLIC = ('models',)\n",
    "domains/low/domain.py": "DOMAIN = 'low'\n",
    "domains/low/models.py": ("from typing import TYPE_CHECKING\n"
                              "if TYPE_CHECKING:\n    from pkg.domains.high import models\n"),
    "domains/low/logic.py": "",
    "domains/high/__init__.py": "PUBLIC = ('models',)\n",
    "domains/high/domain.py": "DOMAIN = 'high'\n",
    "domains/high/models.py": "from pkg.domains.low import models\n",
    "app.py": "from pkg.domains.high.domain import DOMAIN as HIGH\nfrom pkg.domains.low.domain import DOMAIN as LOW\n"
              "DOMAINS = (LOW, HIGH)\n",
}


def test_the_tiny_package_keeps_the_contract(tmp_path):
    """The control for the planted faults below: a type checker's import is no import."""
    _write(tmp_path / "pkg", TINY)
    assert _check(tmp_path / "pkg", "pkg") == ([], [])


def test_a_planted_cycle_is_reported(tmp_path):
    # The lower slice calls into the higher one from inside a function: still an import, and a cycle.
    _write(tmp_path / "pkg", {**TINY, "domains/low/logic.py": "def f():\n    from pkg.domains.high import models\n"})
    problems, found = _check(tmp_path / "pkg", "pkg")
    assert found == [["pkg.domains.high", "pkg.domains.low", "pkg.domains.high"]]
    assert len(problems) == 1 and "pkg.domains.low imports pkg.domains.high.models, which comes after it" in problems[0]


def test_a_slice_reaching_past_a_face_is_reported(tmp_path):
    _write(tmp_path / "pkg", {**TINY, "domains/high/models.py": "from pkg.domains.low.logic import f\n"})
    problems, found = _check(tmp_path / "pkg", "pkg")
    assert found == []
    assert len(problems) == 1 and "pkg.domains.low.logic is not in pkg.domains.low's PUBLIC ('models',)" in problems[0]


def test_a_lower_layer_importing_a_slice_is_reported(tmp_path):
    _write(tmp_path / "pkg", {**TINY, "config.py": "import pkg.domains.low.models\n"})
    problems, _ = _check(tmp_path / "pkg", "pkg")
    assert len(problems) == 1 and "pkg.config imports pkg.domains.low.models, which comes after it" in problems[0]


def test_cycles_are_found_in_a_synthetic_graph():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == []
    layout = Layout(lower=("p",), slices_under="p.domains", order=("x", "y"), upper=())
    edges = [Edge("p.domains.x.m", "p.domains.y.m", "f:1"), Edge("p.domains.y.m", "p.domains.x.m", "f:2")]
    assert unit_graph(layout, edges) == {"p.domains.x": {"p.domains.y"}, "p.domains.y": {"p.domains.x"}}
