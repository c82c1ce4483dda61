"""Start-up repair: services and builds a stopped service left half-started are put right, and those whose run
is still there are left alone."""

from __future__ import annotations

from service.domains.projects.models import Environment
from service.domains.services import recovery
from service.domains.services.models import Build, Release, Service
from service.tasks.models import Task, TaskState
from tests.factories import online_node, owner_headers


async def test_what_no_run_stands_behind_is_failed_and_a_release_keeps_serving(client, pve_sim):
    headers = await owner_headers(client)
    node = await online_node(client, headers, pve_sim)
    project = (await client.post("/api/v1/projects", headers=headers, json={"name": "shop"})).json()
    environment = await Environment.get(project_id=project["id"], is_default=True)

    def service(name: str, status: str) -> Service:
        return Service.create(project_id=project["id"], environment=environment, name=name, type="web",
                              status=status, repository="https://git.example.com/shop.git", node_id=node["id"],
                              sealed_webhook_secret="sealed")

    first = await service("first", "building")
    again = await service("again", "deploying")
    again.current_release_id = (await Release.create(service=again, commit_sha="a" * 40)).id
    await again.save()
    await service("going", "deleting")
    running = await service("running", "building")
    task = await Task.create(type="serviceDeploy", playbook="x.yml", timeout=60, state=TaskState.RUNNING,
                             resource_type="service", resource_id=str(running.id))
    orphan = await Build.create(service=first, trigger="create", branch="main")  # no run was ever started
    ended = await Build.create(service=again, trigger="api", branch="main", task_id=task.id + 1000)
    live = await Build.create(service=running, trigger="create", branch="main", task_id=task.id)

    assert await recovery.fail_unstarted() == 5
    states = {s.name: (s.status, s.status_message) for s in await Service.all()}
    assert states["first"][0] == "failed" and "stopped before the run that builds it" in states["first"][1]
    assert states["again"][0] == "running" and "deploys it again" in states["again"][1]
    assert states["going"][0] == "failed" and states["going"][1].startswith("Delete failed")
    assert states["running"] == ("building", "")
    assert [(b.status, b.finished_at is not None) for b in (await Build.get(id=orphan.id), await Build.get(id=ended.id))
            ] == [("failed", True), ("failed", True)]
    assert (await Build.get(id=live.id)).status == "pending"
    assert await recovery.fail_unstarted() == 0  # what is put right stays so
