"""The action catalogue: each action declared once, started only with its own vars model."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from service.actions import catalogue


class _Vars(BaseModel):
    name: str


class _Other(BaseModel):
    name: str


def test_an_action_is_declared_once():
    action = catalogue.Action(name="thing.make", task_type="makeThing", playbook="controller_check",
                              vars_model=_Vars, resource_type="thing")
    assert catalogue.Catalogue([action]).actions == {"thing.make": action}
    twin = catalogue.Action(name="thing.other", task_type="makeThing", playbook="controller_check",
                            vars_model=_Vars, resource_type="thing")
    with pytest.raises(ValueError, match="declared twice"):
        catalogue.Catalogue([action, twin])


def test_every_action_of_the_app_is_in_one_catalogue_with_its_finish_hook():
    from service.app import CATALOGUE, DOMAINS

    declared = [action for domain in DOMAINS for action in domain.actions]
    assert len(declared) == len(CATALOGUE.actions) and set(CATALOGUE.actions.values()) == set(declared)
    assert CATALOGUE.finish_hooks()["databaseCreate"] is CATALOGUE.actions["database.create"].on_finish


async def test_start_refuses_vars_of_another_action():
    action = catalogue.Action(name="thing.make", task_type="makeThing", playbook="controller_check",
                              vars_model=_Vars, resource_type="thing")
    with pytest.raises(TypeError, match="takes _Vars"):
        await catalogue.start(None, None, action, resource_id="x", params=_Other(name="a"), user=None)  # type: ignore[arg-type]
