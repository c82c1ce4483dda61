"""Shapes of builds (seed 000 `Build` and `StartBuildRequest`, in our conventions), releases, rollbacks and what
a push webhook is answered."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import AfterValidator, Field, RootModel, StringConstraints

from service.core.schemas import ApiModel, RequestModel

BuildState = Literal["pending", "running", "success", "failed", "cancelled"]
CommitSha = Annotated[str, StringConstraints(pattern=r"^[0-9a-fA-F]{7,40}$")]

# `git check-ref-format --branch`'s rules, plus no leading dash: a name the run hands to git is never an option.
_REF_FORBIDDEN = re.compile(r"[\x00-\x20\x7f~^:?*\[\\]|\.\.|@\{|//")


def _branch_name(value: str) -> str:
    if _REF_FORBIDDEN.search(value):
        raise ValueError("must be a git branch name: no spaces, control characters, '..', '@{', '//' or any of "
                         "~^:?*[\\")
    if value == "@" or value.startswith(("-", "/")) or value.endswith(("/", ".", ".lock")):
        raise ValueError("must be a git branch name: not '@', not starting with '-' or '/', not ending with '/', "
                         "'.' or '.lock'")
    if any(part.startswith(".") or part.endswith(".lock") for part in value.split("/")):
        raise ValueError("must be a git branch name: no part may start with '.' or end with '.lock'")
    return value


BranchName = Annotated[str, StringConstraints(min_length=1, max_length=255), AfterValidator(_branch_name)]


class BuildCreate(RequestModel):
    service_id: UUID
    commit_sha: CommitSha | None = Field(default=None, description="7 to 40 hex digits; default: the branch's head")
    branch: BranchName | None = Field(default=None, description="Default: the service's branch")


class BuildOut(ApiModel):
    id: UUID
    service_id: UUID
    status: BuildState = Field(description="A pending build whose run has started reads `running`")
    trigger: Literal["create", "api", "webhook", "redeploy", "rollback"]
    branch: str
    commit_sha: str | None = Field(description="The commit asked for, else the branch's head once the run found it")
    image: str = Field(description="An image service's build: the full image reference it pulls (empty for git)")
    commit_message: str | None
    author: str | None
    error: str | None
    task_id: int | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


class BuildAccepted(BuildOut):
    task_id: int


class ReleaseOut(ApiModel):
    id: UUID
    commit_sha: str = Field(description="A git service's commit (empty for an image service)")
    image: str = Field(description="An image service's full image reference (empty for a git service)")
    commit_message: str
    author: str
    build_id: UUID | None
    deployed_at: datetime
    current: bool = Field(description="The release that serves")


class RollbackRequest(RequestModel):
    release_id: UUID | None = Field(default=None, description="A release of this service; default: the latest "
                                                              "release before the current one with another commit")


class RollbackStarted(ApiModel):
    task_id: int
    build_id: UUID


class WebhookPing(ApiModel):
    ok: bool = True


class WebhookIgnored(ApiModel):
    ignored: str = Field(description="Why the event deploys nothing")


class WebhookNoBuild(RootModel[WebhookPing | WebhookIgnored]):
    """A ping, or an event that deploys nothing (why: `ignored`); nothing was recorded."""
