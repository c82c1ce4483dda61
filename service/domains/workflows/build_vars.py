"""The workflow build runs: preparing the project's build guest on the node (build_prepare.yml: the guest made
on the first run, the step images pulled, the repository checked out) and running one step there
(build_step.yml), with the playbooks' vars (see each header). The actions here have no finish hooks:
build_actions gives them build_progress's (which submits these), so that neither module imports the other."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from service.actions.catalogue import Action
from service.domains.nodes.actions import GuestCreateVars, PlaybookVars

BUILD_RESOURCE = "workflowbuild"
STEP_RESOURCE = "workflowbuildstep"
# The playbooks' contract: a repository token and the registries' credentials only ever travel in these.
GIT_TOKEN_ENV = "CONTAINR_GIT_TOKEN"
REGISTRY_AUTH_ENV = "CONTAINR_REGISTRY_AUTH"


class BuildImage(BaseModel):
    image: str
    ca_bundle: str = ""  # a PEM the guest's buildah trusts for the image's registry ("": none)


class BuildPrepareVars(GuestCreateVars):
    proxmox_guest_template: str
    proxmox_guest_ip: str
    containr_ssh_private_key_file: Path
    guest_base_apt_proxy: str | None = None
    build_id: str
    build_project_id: str
    build_images: list[BuildImage] = Field(default_factory=list)
    build_repo_url: str = ""  # "" = no checkout
    build_branch: str = ""
    build_commit: str = ""  # "" = the branch's head
    build_git_username: str = ""
    build_keep: list[str] = Field(default_factory=list)  # builds whose folders in the guest stay


class BuildStepVars(PlaybookVars):
    build_guest_ip: str
    containr_ssh_private_key_file: Path
    build_id: str
    build_project_id: str
    build_workflow_key: str
    build_step_id: str
    build_step_name: str
    build_step_image: str
    build_step_ca_bundle: str = ""
    build_step_script: str
    build_step_env: dict[str, str] = Field(default_factory=dict)
    build_step_cache_dirs: list[str] = Field(default_factory=list)
    build_step_output_paths: list[str] = Field(default_factory=list)
    build_step_timeout: int = Field(ge=1)
    build_step_inputs: list[str] = Field(default_factory=list)  # the dependencies' artifacts dirs
    build_artifacts_dir: str


PREPARE_RUN = Action(name="workflowBuild.prepare", task_type="workflowBuildPrepare", playbook="build_prepare",
                     vars_model=BuildPrepareVars, resource_type=BUILD_RESOURCE, timeout=3600)
# The step's own timeout is the playbook's (build_step_timeout); the run's is the longest a step may take.
STEP_RUN = Action(name="workflowBuild.step", task_type="workflowBuildStep", playbook="build_step",
                  vars_model=BuildStepVars, resource_type=STEP_RESOURCE, timeout=86400 + 900)
