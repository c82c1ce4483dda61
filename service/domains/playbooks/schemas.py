"""Shapes of the operator's playbook catalogue and runs."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints, field_validator

from service.core.schemas import ApiModel, RequestModel

MAX_TIMEOUT = 7 * 24 * 3600
VAR_NAME = r"^[A-Za-z_][A-Za-z0-9_]{0,127}$"
# Variables that would change how Ansible connects or runs rather than what a playbook does.
RESERVED_PREFIXES = ("ansible_",)
RESERVED_NAMES = {"hostvars", "groups", "group_names", "inventory_hostname", "playbook_dir", "role_path",
                  "omit", "environment", "vars"}


class PlaybookVarOut(ApiModel):
    name: str
    type: str
    required: bool
    default: str | None
    description: str


class PlaybookOut(ApiModel):
    name: str
    description: str
    vars: list[PlaybookVarOut]
    returns: list[str]
    check_mode: bool = Field(description="Whether a run may ask for check mode (`check`): a dry run that changes "
                                         "nothing and reports what would change")
    check_mode_note: str = Field(description="Why check mode is not supported, or a remark on how it runs")
    tags: list[str] = Field(description="The tags a run may select (`tags`); empty: the playbook has none")


class PlaybookRunRequest(RequestModel):
    extra_vars: dict[str, Any] = Field(default_factory=dict)
    limit: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.:,!&*\[\]-]{1,255}$")] | None = None
    check: bool = Field(False, description="A dry run (ansible-playbook --check): refused (422 on check) unless "
                                           "the playbook's checkMode is true")
    timeout: Annotated[int, Field(ge=1, le=MAX_TIMEOUT, description="Seconds; default: the instance's")] | None = None
    tags: list[Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]{1,64}$")]] = Field(
        default_factory=list, max_length=50,
        description="Run only the tasks with these tags (and those tagged always); each must be one of the "
                    "playbook's tags, or the run is refused (422 on tags)")
    if_busy: Literal["queue", "refuse"] = Field(
        "queue", description="While a run of this playbook with the same limit is active: `queue` waits behind it "
                             "(runs start in the order they were asked for, one at a time); `refuse` answers 409 "
                             "with the active task's id")

    @field_validator("extra_vars")
    @classmethod
    def _names(cls, value: dict[str, Any]) -> dict[str, Any]:
        for name in value:
            if not re.fullmatch(VAR_NAME, name):
                raise ValueError(f"{name!r} is not a variable name (letters, digits, underscores)")
            if name.startswith(RESERVED_PREFIXES) or name in RESERVED_NAMES:
                raise ValueError(f"{name!r} is reserved by Ansible and cannot be set here")
        return value
