"""The action catalogue: each action declared once, started only with its own vars model."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from service.actions import catalogue


class _Vars(BaseModel):
    name: str


class _Other(BaseModel):
    name: str


def test_an_action_is_declared_once(monkeypatch):
    monkeypatch.setattr(catalogue, "ACTIONS", {})
    action = catalogue.declare(catalogue.Action(name="thing.make", task_type="makeThing", playbook="controller_check",
                                                vars_model=_Vars, resource_type="thing"))
    assert catalogue.ACTIONS == {"thing.make": action}
    with pytest.raises(ValueError, match="declared twice"):
        catalogue.declare(catalogue.Action(name="thing.other", task_type="makeThing", playbook="controller_check",
                                           vars_model=_Vars, resource_type="thing"))


async def test_start_refuses_vars_of_another_action():
    action = catalogue.Action(name="thing.make", task_type="makeThing", playbook="controller_check",
                              vars_model=_Vars, resource_type="thing")
    with pytest.raises(TypeError, match="takes _Vars"):
        await catalogue.start(None, None, action, resource_id="x", params=_Other(name="a"), user=None)  # type: ignore[arg-type]
