"""Step images (seed 004 `DockerImage`: a team's image that build steps run in) and workflows (a project's steps,
kept as one JSON list in the order given), with the images each workflow uses as rows, so that deleting an image
in use is refused by a lookup rather than a scan of every workflow."""

from tortoise import fields
from tortoise.models import Model


class StepImage(Model):
    id = fields.UUIDField(primary_key=True)
    team = fields.ForeignKeyField("models.Team", related_name="step_images", on_delete=fields.CASCADE)
    slug = fields.CharField(max_length=50)
    image_url = fields.CharField(max_length=512)  # host[:port]/path:tag (or @sha256:...), checked when saved
    public = fields.BooleanField(default=False)  # seen and used by every signed-in user; instance admins set it
    created_by = fields.ForeignKeyField("models.User", related_name="step_images", null=True,
                                        on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "step_images"
        unique_together = (("team", "slug"),)


class Workflow(Model):
    id = fields.UUIDField(primary_key=True)
    project = fields.ForeignKeyField("models.Project", related_name="workflows", on_delete=fields.CASCADE)
    name = fields.CharField(max_length=100)
    # [{name, imageSlug, stepImageId, dependsOn, runScript, cacheDirs, outputPaths, env, timeoutSeconds}]
    steps = fields.JSONField(default=list)
    # What a push webhook or a CI script proves itself with to start a build (sealed with the instance key; shown
    # once when made). Pushes to other branches than `branch` (when set) start nothing.
    sealed_trigger_secret = fields.TextField(null=True)
    branch = fields.CharField(max_length=255, default="")
    git_provider = fields.ForeignKeyField("models.GitProvider", related_name="workflows", null=True,
                                          on_delete=fields.SET_NULL)  # the token that clones a private repository
    created_by = fields.ForeignKeyField("models.User", related_name="workflows", null=True,
                                        on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "workflows"
        unique_together = (("project", "name"),)


class WorkflowImage(Model):
    """A step image one of the workflow's steps runs in (one row per image, not per step)."""

    id = fields.IntField(primary_key=True)
    workflow = fields.ForeignKeyField("models.Workflow", related_name="image_uses", on_delete=fields.CASCADE)
    step_image = fields.ForeignKeyField("models.StepImage", related_name="workflow_uses",
                                        on_delete=fields.CASCADE)  # the API refuses it: 409

    class Meta:
        table = "workflow_images"
        unique_together = (("workflow", "step_image"),)
