"""Shapes of step images and workflows (seed 004's DockerImage and Workflow, camelCase, with each workflow's
steps). A step's `env` is plain configuration, answered as given: it is not a place for secrets."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

from pydantic import AfterValidator, Field, StringConstraints

from service.core.schemas import ApiModel, RequestModel
from service.domains.git import urls
from service.domains.workflows.build_schemas import Branch, BuildStarted, CommitHash, RepoUrl

SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(min_length=1, max_length=50, pattern=SLUG)]
# host[:port]/path[:tag|@sha256:hex], or a Docker Hub name such as `debian:bookworm` (checked in full when saved).
ImageUrl = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=512,
                                            pattern=r"^[A-Za-z0-9._:/@-]+$")]
StepName = Annotated[str, StringConstraints(min_length=1, max_length=63, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
EnvName = Annotated[str, StringConstraints(min_length=1, max_length=128, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]
EnvValue = Annotated[str, StringConstraints(max_length=16384)]
# A runner's label: a step with `runsOn` is taken only by an external runner serving every one of its labels.
Label = Annotated[str, StringConstraints(min_length=1, max_length=63, pattern=r"^[a-z0-9][a-z0-9_.-]{0,62}$")]


def safe_relative(value: str) -> str:
    """A path inside the step's work folder: relative, no `..`, no empty or `.` part, printable characters."""
    text = value.strip()
    if not text or text.startswith(("/", "~")):
        raise ValueError("must be a path relative to the step's work folder, e.g. node_modules or dist/app")
    if any(ord(c) < 0x20 or c in "\\\x7f" for c in text):
        raise ValueError("holds a control character or a backslash")
    parts = text.rstrip("/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise ValueError("must not hold `..`, `.` or an empty part")
    return "/".join(parts)


RelPath = Annotated[str, StringConstraints(max_length=255), AfterValidator(safe_relative)]


def _branch_or_any(value: str) -> str:
    return urls.branch_name(value) if value else value


# The branch a push must be to to start a build; "" = any branch.
TriggerBranch = Annotated[str, StringConstraints(strip_whitespace=True, max_length=255),
                          AfterValidator(_branch_or_any)]


class StepImageCreate(RequestModel):
    team_id: UUID | None = Field(default=None, description="The team (default: the caller's personal team)")
    slug: Slug = Field(description="The name steps use for the image (`imageSlug`), unique in the team")
    image_url: ImageUrl = Field(description="The image reference, host[:port]/path:tag; its manifest must exist in "
                                            "the registry (asked with the team's registry of that host, else "
                                            "anonymously) before it is saved")
    public: bool = Field(default=False, description="Seen and usable by every signed-in user; only an instance "
                                                    "admin may make an image public")


class StepImageOut(ApiModel):
    id: UUID
    team_id: UUID
    slug: str
    image_url: str
    public: bool
    in_use: bool = Field(description="Whether a workflow's step uses the image (it cannot be deleted then)")
    created_at: datetime


class StepIn(RequestModel):
    name: StepName = Field(description="Unique in the workflow")
    image_slug: Slug = Field(description="A step image of the project's team, or a public one")
    depends_on: list[StepName] = Field(max_length=50, description="Names of the steps that must succeed first")
    run_script: Annotated[str, StringConstraints(min_length=1, max_length=65536)] = Field(
        description="The shell script the step runs")
    cache_dirs: list[RelPath] = Field(max_length=20, description="Folders kept between builds (relative paths)")
    output_paths: list[RelPath] = Field(max_length=50, description="Artifacts kept after the step (relative paths)")
    env: dict[EnvName, EnvValue] | None = Field(
        default=None, max_length=100,
        description="Plain environment variables, answered as given: not for secrets")
    timeout_seconds: int | None = Field(default=None, ge=1, le=86400)
    runs_on: list[Label] | None = Field(
        default=None, max_length=10,
        description="Labels of the external runner (`containr runner`) that must run the step: one serving all "
                    "of them; none (the default) = run by Containr on the project's node")


class WorkflowIn(RequestModel):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    steps: list[StepIn] = Field(min_length=1, max_length=100)
    branch: TriggerBranch | None = Field(
        default=None, description="The branch whose pushes the workflow's webhook builds; \"\" = any branch. Not "
                                  "sent: \"\" on a create, unchanged on a replace")
    git_provider_id: UUID | None = Field(
        default=None, description="A git provider of the project's team whose token clones the repository of the "
                                  "builds the webhook or a CI script starts. Not sent: none on a create, unchanged "
                                  "on a replace; null: none")


class StepOut(ApiModel):
    name: str
    image_slug: str
    step_image_id: UUID
    depends_on: list[str]
    run_script: str
    cache_dirs: list[str]
    output_paths: list[str]
    env: dict[str, str] = Field(default_factory=dict)
    timeout_seconds: int | None = None
    runs_on: list[str] = Field(default_factory=list)


class WorkflowOut(ApiModel):
    id: UUID
    project_id: UUID
    name: str
    steps: list[StepOut]
    branch: str = Field(description="The branch whose pushes the webhook builds; \"\" = any")
    git_provider_id: UUID | None
    has_trigger_secret: bool = Field(description="Whether the workflow has a trigger secret (one made before "
                                                 "them has none until POST .../trigger-secret)")
    created_at: datetime
    updated_at: datetime


class WorkflowCreated(WorkflowOut):
    trigger_secret: str = Field(description="What the webhook is signed with and a CI script sends as "
                                            "`Authorization: Bearer`: shown this once")


class TriggerSecretOut(ApiModel):
    workflow_id: UUID
    trigger_secret: str = Field(description="The new secret, shown this once; the old one no longer works")


class TriggerStart(RequestModel):
    """A CI script's start: what it checked out; the rest is the workflow's (its git provider, the project's
    default node)."""

    repo_url: RepoUrl | None = Field(default=None, description="The repository checked out for the steps "
                                                               "(http(s):// or git://, no credentials); none: no "
                                                               "checkout")
    branch: Branch | None = Field(default=None, description="Default: the workflow's branch, else the repository's "
                                                            "HEAD")
    commit_hash: CommitHash | None = Field(default=None, description="7 to 40 hex digits; default: the branch's head")
    commit_message: Annotated[str, StringConstraints(max_length=4096)] | None = None
    commit_author: Annotated[str, StringConstraints(max_length=255)] | None = None


class TriggerStarted(BuildStarted):
    started: bool = True


class TriggerIgnored(ApiModel):
    started: bool = False
    reason: str = Field(description="Why the event starts nothing (a ping, another event, another branch, a tag, a "
                                    "deleted branch)")
