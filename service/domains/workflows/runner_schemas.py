"""Shapes of build runners and of the runner protocol (seed 004's `/api/runner/...`): what an admin makes, what a
runner is told of a step it took (the StepScript as facts, with no repository or registry credential) and what it
reports back."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import BeforeValidator, Field, StringConstraints

from service.core.schemas import ApiModel, RequestModel
from service.domains.workflows.schemas import Label, RelPath

RunnerName = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
LOG_CALL_MAX = 256 * 1024  # characters one append may carry (under the API's 1 MiB JSON body limit)


def _upper(value: object) -> object:
    # Seed 004 spells the status in lower case (`success`, `failed`): both spellings are taken.
    return value.upper() if isinstance(value, str) else value


class RunnerCreate(RequestModel):
    name: RunnerName = Field(description="Unique among runners")
    labels: list[Label] = Field(max_length=50, description="What the runner serves: it takes a step whose "
                                                           "`runsOn` labels are all among these")


class RunnerOut(ApiModel):
    id: UUID
    name: str
    labels: list[str]
    last_seen_at: datetime | None = Field(description="When the runner last called the runner protocol")
    created_at: datetime


class RunnerCreated(RunnerOut):
    token: str = Field(description="The runner's token (`crn_...`), shown this once: `containr runner` takes it "
                                   "from CONTAINR_RUNNER_TOKEN")


class ClaimIn(RequestModel):
    labels: list[Label] | None = Field(default=None, max_length=50,
                                       description="Take only steps needing these of the runner's labels "
                                                   "(default: all of them)")


class Checkout(ApiModel):
    repo_url: str = Field(description="The repository to clone (\"\" = none): public, or one the runner reaches "
                                      "with its own credentials; no repository token is handed to runners")
    branch: str
    commit_hash: str = Field(description="The commit to check out (\"\" = the branch's head)")


class RunnerStep(ApiModel):
    """Seed 004's StepScript as facts: the runner writes and runs the script itself."""

    step_id: UUID
    build_id: UUID
    project_id: UUID
    name: str
    image: str = Field(description="The step image's reference, pulled with the runner machine's own registry "
                                   "credentials and CAs")
    run_script: str
    env: dict[str, str]
    cache_dirs: list[str]
    output_paths: list[str]
    timeout_seconds: int | None
    checkout: Checkout


class LogAppend(RequestModel):
    text: Annotated[str, StringConstraints(max_length=LOG_CALL_MAX)] = Field(
        description="Output lines to add to the step's log (a final newline is optional)")


class StepComplete(RequestModel):
    status: Annotated[Literal["SUCCESS", "FAILED"], BeforeValidator(_upper)]
    exit_code: int | None = Field(default=None, ge=-255, le=255, description="The script's exit code")
    logs: Annotated[str, StringConstraints(max_length=LOG_CALL_MAX)] | None = Field(
        default=None, description="Last lines to add to the step's log")
    output_paths: list[RelPath] = Field(default_factory=list, max_length=50,
                                        description="The step's output paths the runner uploaded")


class StepCompleted(ApiModel):
    """Seed 004's answer to a completion, with the build's status."""

    success: bool = Field(description="Whether the step succeeded")
    step_status: str
    build_complete: bool
    build_status: str
