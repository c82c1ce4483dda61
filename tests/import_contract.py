"""The import contract's checker: reads a package's modules with `ast` (imports inside functions included, those
under `if TYPE_CHECKING:` left out), maps each to its layer or slice, and reports what breaks the contract."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

# What no slice may list in PUBLIC: its routers and its Domain object are wired by the app alone.
PRIVATE_ALWAYS = ("api", "domain")


@dataclass(frozen=True)
class Edge:
    source: str  # the importing module
    target: str  # the imported module (a submodule when `from package import submodule`)
    where: str  # file:line, for the message


@dataclass(frozen=True)
class Layout:
    """Units lowest first: the layers below the slices, the slices in the app's order, the layers above them."""

    lower: tuple[str, ...]
    slices_under: str  # the package whose subpackages are the slices
    order: tuple[str, ...]  # slice names, as DOMAINS lists them
    upper: tuple[str, ...]

    @property
    def units(self) -> tuple[str, ...]:
        return (*self.lower, *(f"{self.slices_under}.{name}" for name in self.order), *self.upper)

    def unit_of(self, module: str) -> str | None:
        prefix = self.slices_under + "."
        if module.startswith(prefix):
            name = module[len(prefix):].split(".")[0]
            if name in self.order:
                return prefix + name
        found = [u for u in (*self.lower, *self.upper) if module == u or module.startswith(u + ".")]
        return max(found, key=len) if found else None

    def rank(self, unit: str) -> int:
        return self.units.index(unit)


def module_files(root: Path, package: str) -> dict[str, Path]:
    """Every module of `package`, whose directory is `root`, by dotted name (a package by its own name)."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = (package, *path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _walk(nodes: Iterable[ast.AST]) -> Iterator[ast.AST]:
    for node in nodes:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            yield from _walk(node.orelse)  # what only a type checker sees imports nothing at run time
            continue
        yield node
        yield from _walk(ast.iter_child_nodes(node))


def imports(modules: Mapping[str, Path], package: str) -> list[Edge]:
    """Every import of a module of `package` by one of its modules, wherever in the module it is written."""
    edges = []
    for module, path in modules.items():
        here = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for node in _walk(ast.parse(path.read_text(), str(path)).body):
            where = f"{path}:{getattr(node, 'lineno', 0)}"
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = here.split(".")[: len(here.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            edges += [Edge(module, t, where) for t in targets if t == package or t.startswith(package + ".")]
    return edges


def public_faces(modules: Mapping[str, Path], units: Iterable[str]) -> dict[str, tuple[str, ...] | None]:
    """The PUBLIC tuple each unit's package declares (None: it declares none, so all of it is public)."""
    faces: dict[str, tuple[str, ...] | None] = {}
    for unit in units:
        faces[unit] = None
        path = modules.get(unit)
        if path is None or path.name != "__init__.py":
            continue
        for node in ast.parse(path.read_text()).body:
            target = node.target if isinstance(node, ast.AnnAssign) else (
                node.targets[0] if isinstance(node, ast.Assign) else None)
            if isinstance(target, ast.Name) and target.id == "PUBLIC" and node.value is not None:
                faces[unit] = tuple(ast.literal_eval(node.value))
    return faces


def cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """One cycle through each edge that closes one (depth-first), as the list of its nodes, first repeated."""
    found: list[list[str]] = []
    state: dict[str, str] = {}  # "open" while on the path, "done" after
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = "open"
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                found.append([*path[path.index(nxt):], nxt])
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return found


def unit_graph(layout: Layout, edges: Iterable[Edge]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for edge in edges:
        source, target = layout.unit_of(edge.source), layout.unit_of(edge.target)
        if source and target and source != target:
            graph.setdefault(source, set()).add(target)
    return graph


def violations(layout: Layout, edges: Iterable[Edge], faces: Mapping[str, tuple[str, ...] | None]) -> list[str]:
    """Imports of a unit at or above the importer's rank, and a slice's imports past another unit's face."""
    problems = []
    slices = {f"{layout.slices_under}.{name}" for name in layout.order}
    for edge in edges:
        source, target = layout.unit_of(edge.source), layout.unit_of(edge.target)
        if source is None or target is None:
            problems.append(f"{edge.where}: {edge.source} -> {edge.target}: a module of no declared layer or slice")
            continue
        if source == target:
            continue
        if layout.rank(target) > layout.rank(source):
            problems.append(f"{edge.where}: {source} imports {edge.target}, which comes after it")
        face = faces.get(target)
        if source in slices and face is not None and edge.target != target and not any(
                edge.target == f"{target}.{name}" or edge.target.startswith(f"{target}.{name}.") for name in face):
            problems.append(f"{edge.where}: {edge.target} is not in {target}'s PUBLIC {face}")
    return problems


def domains_order(app: Path, slices_under: str) -> tuple[str, ...]:
    """The slice names in the order the app's DOMAINS tuple lists them, read from its source."""
    tree = ast.parse(app.read_text())
    origin = {alias.asname or alias.name: node.module for node in tree.body if isinstance(node, ast.ImportFrom)
              for alias in node.names if node.module}
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else (
            node.targets[0] if isinstance(node, ast.Assign) else None)
        if isinstance(target, ast.Name) and target.id == "DOMAINS" and isinstance(node.value, ast.Tuple):
            names = [origin[element.id] for element in node.value.elts if isinstance(element, ast.Name)]
            return tuple(name[len(slices_under) + 1:].split(".")[0] for name in names)
    raise LookupError(f"no DOMAINS tuple in {app}")
