"""Builds of workflows (seed 004 `Build`, here `WorkflowBuild`: services' builds are `Build`), their steps as run,
and the external runners that may take steps (seed 004's runner protocol), each with a token kept as a hash."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class BuildState(StrEnum):
    PENDING = "PENDING"
    RUNNING = "RUNNING"
    SUCCESS = "SUCCESS"
    FAILED = "FAILED"


class StepState(StrEnum):
    PENDING = "PENDING"
    RUNNING = "RUNNING"
    SUCCESS = "SUCCESS"
    FAILED = "FAILED"
    SKIPPED = "SKIPPED"  # a step it depends on failed, or the build was stopped before it started


BUILD_ENDED = frozenset({BuildState.SUCCESS, BuildState.FAILED})
STEP_ENDED = frozenset({StepState.SUCCESS, StepState.FAILED, StepState.SKIPPED})


class WorkflowBuild(Model):
    id = fields.UUIDField(primary_key=True)
    project = fields.ForeignKeyField("models.Project", related_name="workflow_builds", on_delete=fields.CASCADE)
    # The workflow as it was when the build started is in its steps' rows: a later change or delete leaves it.
    workflow = fields.ForeignKeyField("models.Workflow", related_name="builds", null=True,
                                      on_delete=fields.SET_NULL)
    workflow_name = fields.CharField(max_length=100)
    number = fields.IntField()  # 1, 2, ... in the project
    status = fields.CharEnumField(BuildState, max_length=16, default=BuildState.PENDING)
    error = fields.TextField(default="")  # why it failed: "stopped", "step test exited with code 2", ...
    node = fields.ForeignKeyField("models.Node", related_name="workflow_builds", null=True,
                                  on_delete=fields.SET_NULL)
    repo_url = fields.CharField(max_length=512, default="")
    branch = fields.CharField(max_length=255, default="")
    commit_hash = fields.CharField(max_length=64, default="")
    commit_message = fields.TextField(default="")
    commit_author = fields.CharField(max_length=255, default="")
    trigger = fields.CharField(max_length=16, default="api")  # api, webhook, token, service
    task_id = fields.IntField(null=True)  # the run that prepares the node's build guest
    created_by = fields.ForeignKeyField("models.User", related_name="workflow_builds", null=True,
                                        on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "workflow_builds"
        unique_together = (("project", "number"),)


class WorkflowBuildStep(Model):
    id = fields.UUIDField(primary_key=True)
    build = fields.ForeignKeyField("models.WorkflowBuild", related_name="steps", on_delete=fields.CASCADE)
    position = fields.IntField()  # the step's place in the workflow
    name = fields.CharField(max_length=63)
    image_url = fields.CharField(max_length=512)  # the step image's reference when the build started
    # The step as the workflow had it: {imageSlug, dependsOn, runScript, cacheDirs, outputPaths, env,
    # timeoutSeconds, runsOn}
    spec = fields.JSONField(default=dict)
    status = fields.CharEnumField(StepState, max_length=16, default=StepState.PENDING)
    exit_code = fields.IntField(null=True)
    error = fields.TextField(default="")
    task_id = fields.IntField(null=True)  # the build_step.yml run, for steps Containr runs itself
    runner = fields.ForeignKeyField("models.BuildRunner", related_name="steps", null=True,
                                    on_delete=fields.SET_NULL)  # the external runner that took it
    artifacts = fields.JSONField(default=list)  # [{path, size, sha256}] kept under the data dir
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "workflow_build_steps"
        unique_together = (("build", "name"),)


class BuildRunner(Model):
    """An external runner (`containr runner`): it takes steps whose `runsOn` labels it serves, with its token."""

    id = fields.UUIDField(primary_key=True)
    name = fields.CharField(max_length=64, unique=True)
    labels = fields.JSONField(default=list)
    token_hash = fields.CharField(max_length=64, unique=True)
    last_seen_at = fields.DatetimeField(null=True)
    created_by = fields.ForeignKeyField("models.User", related_name="build_runners", null=True,
                                        on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "build_runners"
