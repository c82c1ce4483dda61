"""Shapes of workflow builds (seed 004 `Build` and its steps, camelCase): the start's body, a build with its
steps and each step's artifacts. Nothing secret is in any of them: a repository token never leaves the run's
environment."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

from pydantic import AfterValidator, Field, StringConstraints

from service.core.schemas import ApiModel, RequestModel
from service.domains.git import urls
from service.domains.workflows.build_models import BuildState, StepState


def _repo_url(value: str) -> str:
    return urls.repository_url(value, provider_field="gitProviderId")


RepoUrl = Annotated[str, StringConstraints(max_length=512), AfterValidator(_repo_url)]
Branch = Annotated[str, StringConstraints(min_length=1, max_length=255), AfterValidator(urls.branch_name)]
CommitHash = Annotated[str, StringConstraints(pattern=r"^([0-9a-f]{7,40}|[0-9a-f]{64})$")]


class BuildStart(RequestModel):
    workflow_id: UUID = Field(description="A workflow of the project")
    repo_url: RepoUrl | None = Field(default=None, description="The repository checked out for the steps "
                                                               "(http(s):// or git://, no credentials); none: no "
                                                               "checkout")
    branch: Branch | None = Field(default=None, description="The branch (default: the repository's HEAD)")
    commit_hash: CommitHash | None = Field(default=None, description="A commit (7 to 40 hex digits); default: the "
                                                                     "branch's head")
    commit_message: Annotated[str, StringConstraints(max_length=4096)] | None = None
    commit_author: Annotated[str, StringConstraints(max_length=255)] | None = None
    node_id: UUID | None = Field(default=None, description="The node whose build guest runs the steps without "
                                                           "`runsOn` (default: the project's default node)")
    git_provider_id: UUID | None = Field(default=None, description="A git provider of the project's team whose "
                                                                   "token fetches a private repository")


class ArtifactOut(ApiModel):
    path: str
    size: int
    sha256: str


class BuildStepOut(ApiModel):
    id: UUID
    name: str
    status: StepState
    exit_code: int | None
    error: str
    started_at: datetime | None
    finished_at: datetime | None
    task_id: int | None
    runner_id: UUID | None
    image_url: str
    depends_on: list[str]
    runs_on: list[str]
    artifacts: list[ArtifactOut]


class BuildOut(ApiModel):
    id: UUID
    project_id: UUID
    workflow_id: UUID | None
    workflow_name: str
    number: int
    status: BuildState
    error: str
    commit_hash: str
    repo_url: str
    branch: str
    commit_message: str
    commit_author: str
    node_id: UUID | None
    task_id: int | None = Field(description="The run that prepares the build guest; none when every step runs on "
                                            "an external runner")
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    steps: list[BuildStepOut]


class BuildStarted(ApiModel):
    build: BuildOut
    task_id: int | None = Field(description="The prepare run to follow (none when no step runs on the node)")


class BuildStopped(ApiModel):
    build: BuildOut
    stopped_task_ids: list[int]
