"""A run's contract read from each of its sources (an action's vars model, the playbook's header comment, the
argument_specs of the roles the playbook uses) and compared: each variable's name, Ansible type, whether it is
required, and its choices where two sources list them."""

from __future__ import annotations

import enum
import importlib
import pkgutil
import types
import typing
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

import service
from service.actions.catalogue import Action
from service.actions.playbooks import PlaybookDoc, describe
from service.config import REPO_ROOT

PLAYBOOKS = REPO_ROOT / "playbooks"
ROLES = REPO_ROOT / "roles"
ANSIBLE_TYPES = ("str", "int", "bool", "float", "list", "dict", "path", "raw")
# A role named by a variable: the database playbooks include the role of the database's type.
TEMPLATED_ROLES = {"{{ database_type }}": ("postgresql", "mysql", "redis"),
                   # app_install runs the catalogue app's own role (templates/<app_dir>/role): its contract is the
                   # manifest's (templates/manifest.schema.json), not a role under roles/.
                   "{{ _app_role }}": ()}
_INCLUDE_ROLE = ("ansible.builtin.include_role", "ansible.builtin.import_role", "include_role", "import_role")
_INCLUDE_TASKS = ("ansible.builtin.include_tasks", "ansible.builtin.import_tasks", "include_tasks", "import_tasks")
_IMPORT_PLAYBOOK = ("ansible.builtin.import_playbook", "import_playbook")
_SETS_VARS = ("ansible.builtin.set_fact", "set_fact", "ansible.builtin.add_host", "add_host")


@dataclass(frozen=True)
class Var:
    name: str
    type: str
    required: bool
    choices: frozenset[str] | None = None


@dataclass(frozen=True)
class RoleUse:
    """One entry point of a role that a playbook runs, and the variables the playbook sets around it."""

    role: str
    entry: str
    given: frozenset[str]
    # Under a `when` or a loop: the role may not run at all, so what it requires a source may leave optional.
    conditional: bool = False

    @property
    def label(self) -> str:
        return f"role {self.role} ({self.entry})"


def declared_actions() -> list[Action]:
    """Every action a module of the service declares (a module-level Action), whether or not the app lists
    its slice: a contract is checked before anything runs it."""
    found: dict[str, Action] = {}
    for module in pkgutil.walk_packages(service.__path__, prefix="service."):
        for value in vars(importlib.import_module(module.name)).values():
            if isinstance(value, Action):
                found[value.name] = value
    return sorted(found.values(), key=lambda action: action.name)


# ---- the vars model -------------------------------------------------------------------------------------------

def ansible_type(annotation: Any) -> tuple[str, bool, frozenset[str] | None]:
    """An annotation's Ansible type, whether it allows None, and its choices (a Literal's or an Enum's values)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return ansible_type(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        kept = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        optional = len(kept) < len(typing.get_args(annotation))
        kinds = {ansible_type(arg) for arg in kept}
        if len(kinds) != 1:
            return "raw", optional, None
        kind, inner_optional, choices = kinds.pop()
        return kind, optional or inner_optional, choices
    if origin is typing.Literal:
        values = typing.get_args(annotation)
        kinds = {ansible_type(type(value))[0] for value in values}
        return (kinds.pop() if len(kinds) == 1 else "raw"), False, frozenset(str(value) for value in values)
    if origin is not None:
        return ansible_type(origin)
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum):
            return ansible_type(typing.Literal[tuple(member.value for member in annotation)])
        if issubclass(annotation, BaseModel):
            return "dict", False, None
        for python, kind in ((bool, "bool"), (int, "int"), (float, "float"), (str, "str"), (Path, "path")):
            if issubclass(annotation, python):
                return kind, False, None
        if issubclass(annotation, Mapping):
            return "dict", False, None
        if issubclass(annotation, Sequence | set | frozenset):
            return "list", False, None
    return "raw", False, None


def model_vars(model: type[BaseModel]) -> dict[str, Var]:
    """The extravars a vars model gives (its field names, as `model_dump` writes them). A field that has a
    default or allows None is not required."""
    found = {}
    for name, field in model.model_fields.items():
        kind, optional, choices = ansible_type(field.annotation)
        found[name] = Var(name=name, type=kind, required=field.is_required() and not optional, choices=choices)
    return found


# ---- the playbook's header ------------------------------------------------------------------------------------

def header_vars(doc: PlaybookDoc) -> dict[str, Var]:
    return {var.name: Var(name=var.name, type=var.type, required=var.required) for var in doc.vars}


# ---- the roles' argument_specs --------------------------------------------------------------------------------

@cache
def _specs(role: str) -> dict[str, Any]:
    path = ROLES / role / "meta" / "argument_specs.yml"
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("argument_specs") or {}


def role_options(role: str, entry: str) -> dict[str, Var] | None:
    """The options an entry point of a role declares; None when the role has no spec for it."""
    spec = _specs(role).get(entry)
    if spec is None:
        return None
    return {name: Var(name=name, type=str(option.get("type", "str")), required=bool(option.get("required")),
                      choices=frozenset(str(c) for c in option["choices"]) if option.get("choices") else None)
            for name, option in (spec.get("options") or {}).items()}


@cache
def set_by_roles() -> frozenset[str]:
    """Variables the roles' own tasks set (set_fact, add_host): an entry point may require one of them from
    another entry point of its role, which set it earlier in the run (guest_update's guest, for one)."""
    found: set[str] = set()
    for path in ROLES.glob("*/tasks/*.yml"):
        for task in _tasks(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            for key in _SETS_VARS:
                if isinstance(task.get(key), dict):
                    found.update(task[key])
    return frozenset(found)


def _tasks(tasks: Iterable[Any]) -> Iterator[dict[str, Any]]:
    for task in tasks:
        if isinstance(task, dict):
            yield task
            for section in ("block", "rescue", "always"):
                yield from _tasks(task.get(section) or [])


# ---- which roles a playbook runs ------------------------------------------------------------------------------

def _keys(value: Any) -> set[str]:
    return set(value) if isinstance(value, dict) else set()


def _conditional(item: dict[str, Any]) -> bool:
    return "when" in item or any(key == "loop" or key.startswith("with_") for key in item)


def _expand(name: str, entry: str, given: set[str], *, conditional: bool) -> list[RoleUse]:
    return [RoleUse(role=role, entry=entry, given=frozenset(given), conditional=conditional)
            for role in TEMPLATED_ROLES.get(name, (name,))]


def _walk(tasks: Iterable[Any], given: set[str], *, here: Path, conditional: bool) -> list[RoleUse]:
    uses: list[RoleUse] = []
    for task in tasks:
        if not isinstance(task, dict):
            continue
        scope, maybe = given | _keys(task.get("vars")), conditional or _conditional(task)
        for section in ("block", "rescue", "always"):
            uses += _walk(task.get(section) or [], scope, here=here, conditional=maybe)
        for key in _INCLUDE_ROLE:
            if isinstance(task.get(key), dict):
                uses += _expand(task[key]["name"], task[key].get("tasks_from", "main"), scope, conditional=maybe)
        for key in _INCLUDE_TASKS:
            if key in task:
                target = task[key]["file"] if isinstance(task[key], dict) else task[key]
                path = next(p for p in (here / target, PLAYBOOKS / target) if p.is_file())
                uses += _walk(yaml.safe_load(path.read_text(encoding="utf-8")) or [], scope, here=path.parent,
                              conditional=maybe)
    return uses


def role_uses(playbook: Path, given: frozenset[str] = frozenset(), *, conditional: bool = False) -> list[RoleUse]:
    """Every role entry point the playbook runs (through imported playbooks and task files too), each with the
    variables the playbook sets for it: play vars, vars files, the vars of the tasks and blocks around it."""
    uses: list[RoleUse] = []
    for play in yaml.safe_load(playbook.read_text(encoding="utf-8")) or []:
        maybe = conditional or _conditional(play)
        imported = next((play[key] for key in _IMPORT_PLAYBOOK if key in play), None)
        if imported is not None:
            uses += role_uses(playbook.parent / imported, given | _keys(play.get("vars")), conditional=maybe)
            continue
        scope = set(given) | _keys(play.get("vars"))
        for vars_file in play.get("vars_files") or []:
            scope |= _keys(yaml.safe_load((playbook.parent / vars_file).read_text(encoding="utf-8")))
        for role in play.get("roles") or []:
            entry = role if isinstance(role, dict) else {"role": role}
            inline = _keys(entry) - {"role", "name", "tags", "when", "vars"}
            uses += _expand(entry.get("role", entry.get("name")), "main", scope | inline | _keys(entry.get("vars")),
                            conditional=maybe or _conditional(entry))
        for section in ("pre_tasks", "tasks", "post_tasks", "handlers"):
            uses += _walk(play.get(section) or [], scope, here=playbook.parent, conditional=maybe)
    return uses


# ---- the comparisons: each answers what disagrees, one sentence each -----------------------------------------

def _type_and_choices(name: str, ours: Var, theirs: Var, *, ours_is: str, theirs_is: str) -> list[str]:
    found = []
    if ours.type != theirs.type:
        found.append(f"{name}: {ours_is} says {ours.type}, {theirs_is} says {theirs.type}")
    if ours.choices is not None and theirs.choices is not None and ours.choices != theirs.choices:
        found.append(f"{name}: {ours_is} allows {sorted(ours.choices)}, {theirs_is} {sorted(theirs.choices)}")
    return found


def against_header(model: dict[str, Var], header: dict[str, Var], *, playbook: str) -> list[str]:
    """A vars model and the header of its playbook: every variable the model gives is documented with its
    type; what the header requires, the model gives and requires. The model may require what a run by hand can
    do without (the service always knows a backup's record id), never the other way round."""
    found = []
    for name, var in model.items():
        documented = header.get(name)
        if documented is None:
            found.append(f"{name}: the vars model gives it, the header of {playbook} does not document it")
            continue
        found += _type_and_choices(name, var, documented, ours_is="the vars model", theirs_is=f"{playbook}'s header")
        if documented.required and not var.required:
            found.append(f"{name}: {playbook}'s header requires it, the vars model makes it optional")
    found += [f"{name}: {playbook}'s header requires it, the vars model does not give it"
              for name, documented in header.items() if documented.required and name not in model]
    return found


def against_role(source: dict[str, Var], use: RoleUse, *, source_is: str) -> list[str]:
    """A source (vars model or header) and one role entry point the playbook runs: the variables both name
    have one type (and the same choices); what the role requires and the playbook does not set itself, the
    source gives, and requires unless the role runs only under a condition."""
    options = role_options(use.role, use.entry)
    if options is None:
        return [f"{use.label}: no argument_specs entry for it"]
    found = []
    for name, option in options.items():
        var = source.get(name)
        passed_on = name not in use.given and name not in set_by_roles()
        if var is None:
            if option.required and passed_on:
                found.append(f"{name}: {use.label} requires it, {source_is} does not give it")
            continue
        found += _type_and_choices(name, var, option, ours_is=source_is, theirs_is=use.label)
        if option.required and passed_on and not var.required and not use.conditional:
            found.append(f"{name}: {use.label} requires it, {source_is} makes it optional")
    return found


def undocumented_options(header: dict[str, Var], uses: list[RoleUse]) -> list[str]:
    """A role whose options the header passes straight through (it documents at least one of them under the
    role's own name) has every option documented that the playbook never sets itself: an operator's knob."""
    set_somewhere = set().union(*(use.given for use in uses)) | set_by_roles()
    found = []
    for use in uses:
        options = role_options(use.role, use.entry) or {}
        if not set(options) & set(header):
            continue  # the playbook wraps this role under names of its own
        found += [f"{name}: {use.label} takes it, the header does not document it" for name in options
                  if name not in header and name not in set_somewhere]
    return list(dict.fromkeys(found))


# ---- a playbook's contract as a whole ------------------------------------------------------------------------

def action_disagreements(action: Action) -> list[str]:
    """What the action's vars model says that its playbook's header or roles contradict."""
    path = PLAYBOOKS / f"{action.playbook}.yml"
    model = model_vars(action.vars_model)
    found = against_header(model, header_vars(describe(path)), playbook=action.playbook)
    for use in role_uses(path):
        found += against_role(model, use, source_is=f"{action.vars_model.__name__}")
    return list(dict.fromkeys(found))


def header_disagreements(path: Path) -> list[str]:
    """What a playbook's header says that the roles it runs contradict, and the knobs of those roles it leaves
    undocumented."""
    header, uses = header_vars(describe(path)), role_uses(path)
    found = [f"{var.name}: {var.type} is not an Ansible type ({', '.join(ANSIBLE_TYPES)})" for var in header.values()
             if var.type not in ANSIBLE_TYPES]
    for use in uses:
        found += against_role(header, use, source_is="the header")
    found += undocumented_options(header, uses)
    return list(dict.fromkeys(found))
