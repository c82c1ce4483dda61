"""One source per run contract: each action's vars model is the run's variables (names, types, required), and
its playbook's header and the argument_specs of the roles the playbook runs must say the same."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Literal

import pytest
from pydantic import BaseModel

from service.actions.catalogue import Action
from tests import contracts
from tests.contracts import RoleUse, Var

ACTIONS = {action.name: action for action in contracts.declared_actions()}
PLAYBOOKS = sorted(path.stem for path in contracts.PLAYBOOKS.glob("*.yml"))


def test_the_actions_are_found() -> None:
    assert {"node.check", "guest.create", "database.create", "database.backup", "backup.create",
            "node.update"} <= set(ACTIONS)
    assert {action.playbook for action in ACTIONS.values()} <= set(PLAYBOOKS)


@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_the_vars_model_agrees_with_its_playbook_and_roles(name: str) -> None:
    found = contracts.action_disagreements(ACTIONS[name])
    assert not found, "\n".join(found)


@pytest.mark.parametrize("name", PLAYBOOKS)
def test_the_header_agrees_with_the_roles_it_runs(name: str) -> None:
    """Operator-only playbooks too (no vars model): the header is their contract."""
    found = contracts.header_disagreements(contracts.PLAYBOOKS / f"{name}.yml")
    assert not found, "\n".join(found)


class _Power(enum.Enum):
    ON = "on"
    OFF = "off"


class _Inner(BaseModel):
    name: str


class _Everything(BaseModel):
    text: str
    count: int = 1
    flag: bool | None = None
    ratio: float = 0.5
    key: Path
    maybe_key: Path | None = None
    items: list[_Inner]
    table: dict[str, int] = {}
    inner: _Inner | None = None
    kind: Literal["lxc", "qemu"] = "lxc"
    power: _Power
    either: int | str = 0


def test_annotations_become_ansible_types() -> None:
    assert contracts.model_vars(_Everything) == {
        "text": Var("text", "str", True),
        "count": Var("count", "int", False),
        "flag": Var("flag", "bool", False),
        "ratio": Var("ratio", "float", False),
        "key": Var("key", "path", True),
        "maybe_key": Var("maybe_key", "path", False),
        "items": Var("items", "list", True),
        "table": Var("table", "dict", False),
        "inner": Var("inner", "dict", False),
        "kind": Var("kind", "str", False, frozenset({"lxc", "qemu"})),
        "power": Var("power", "str", True, frozenset({"on", "off"})),
        "either": Var("either", "raw", False),
    }


def test_the_roles_a_playbook_runs_are_found_with_what_it_sets_for_them() -> None:
    uses = contracts.role_uses(contracts.PLAYBOOKS / "database_create.yml")
    by_entry = {(use.role, use.entry): use for use in uses}
    assert {("proxmox_guest", "main"), ("guest_base", "main"), ("postgresql", "preflight"), ("postgresql", "main"),
            ("mysql", "main"), ("redis", "main")} <= set(by_entry)
    # The role of the database's type checks its settings only when the template names its Debian.
    assert by_entry["postgresql", "preflight"].conditional and not by_entry["postgresql", "main"].conditional
    # vars/database.yml hands the playbook's vars to the roles under their own names; play vars count too.
    assert {"postgresql_database", "postgresql_user"} <= by_entry["postgresql", "main"].given
    assert "proxmox_guest_tags" in by_entry["proxmox_guest", "main"].given
    # An imported playbook's roles, with the vars the import sets.
    clone = {(use.role, use.entry): use for use in contracts.role_uses(contracts.PLAYBOOKS / "database_clone.yml")}
    assert "database_host" in clone["database_backup", "restore"].given
    assert ("proxmox_guest", "main") in clone


class _DisagreeingGuestVars(BaseModel):
    """guest_create's vars, wrong in four ways the role proxmox_guest can tell."""

    proxmox_guest_vmid: str  # the role: int
    proxmox_guest_hostname: str | None = None  # the role requires it
    proxmox_guest_kind: Literal["lxc", "lxd"] = "lxc"  # the role: lxc or qemu
    proxmox_guest_ssh_public_key: str
    # proxmox_guest_node left out: the role requires it


def test_a_vars_model_that_disagrees_with_the_role_is_reported() -> None:
    wrong = Action(name="guest.wrong", task_type="guestWrong", playbook="guest_create",
                   vars_model=_DisagreeingGuestVars, resource_type="guest")
    found = contracts.action_disagreements(wrong)
    role = [line for line in found if "role proxmox_guest (main)" in line]
    assert sorted(role) == sorted([
        "proxmox_guest_node: role proxmox_guest (main) requires it, _DisagreeingGuestVars does not give it",
        "proxmox_guest_vmid: _DisagreeingGuestVars says str, role proxmox_guest (main) says int",
        "proxmox_guest_hostname: role proxmox_guest (main) requires it, _DisagreeingGuestVars makes it optional",
        "proxmox_guest_kind: _DisagreeingGuestVars allows ['lxc', 'lxd'], role proxmox_guest (main) ['lxc', 'qemu']",
    ]), "\n".join(found)
    # The header says as much, in its own words.
    assert "proxmox_guest_node: guest_create's header requires it, the vars model does not give it" in found
    assert "proxmox_guest_vmid: the vars model says str, guest_create's header says int" in found


def test_what_a_role_runs_under_a_condition_need_not_be_required() -> None:
    use = RoleUse(role="proxmox_guest", entry="destroy", given=frozenset(), conditional=True)
    optional = {"proxmox_guest_node": Var("proxmox_guest_node", "str", False),
                "proxmox_guest_vmid": Var("proxmox_guest_vmid", "int", False),
                "proxmox_guest_hostname": Var("proxmox_guest_hostname", "str", False)}
    assert contracts.against_role(optional, use, source_is="the model") == []
    # Given it must still be, and with the role's type.
    del optional["proxmox_guest_node"]
    optional["proxmox_guest_vmid"] = Var("proxmox_guest_vmid", "str", False)
    assert contracts.against_role(optional, use, source_is="the model") == [
        "proxmox_guest_node: role proxmox_guest (destroy) requires it, the model does not give it",
        "proxmox_guest_vmid: the model says str, role proxmox_guest (destroy) says int",
    ]


def test_a_header_that_leaves_a_role_s_knob_undocumented_is_reported() -> None:
    use = RoleUse(role="proxmox_guest", entry="destroy", given=frozenset({"proxmox_guest_hostname"}))
    header = {"proxmox_guest_node": Var("proxmox_guest_node", "str", True),
              "proxmox_guest_vmid": Var("proxmox_guest_vmid", "int", True)}
    assert contracts.undocumented_options(header, [use]) == [
        "proxmox_guest_api_timeout: role proxmox_guest (destroy) takes it, the header does not document it"]
    # A role the playbook wraps under names of its own is its own business.
    assert contracts.undocumented_options({"guest_power_state": Var("guest_power_state", "str", True)}, [use]) == []
