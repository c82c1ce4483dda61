"""settings/platform_config on a simulated node (memory backend: runs are stopped, not played): validation naming
the field (mongodb not offered, unknown services), the defaults a new database's and the mail server's guest get
when the request names no memory, and applyToExisting starting each existing guest's resize task."""

from __future__ import annotations

import pytest

from service.domains.databases.models import Database, DatabaseStatus
from service.domains.mail import setup as mail_setup
from service.domains.mail.models import MailServer
from service.domains.nodes import guests
from service.domains.nodes.models import Node
from service.tasks.models import Task
from tests.factories import online_node, owner_headers, wait_task

pytestmark = pytest.mark.ansible

MIB = 1024 * 1024
URL = "/api/v1/settings/platform_config"


def _field(answer) -> str:
    details = answer.json()["details"]
    return details[0]["field"] if isinstance(details, list) else details["field"]


async def _stop(client, headers, task_id: int) -> dict:
    await client.post(f"/api/v1/tasks/{task_id}/stop", headers=headers)
    return await wait_task(client, headers, task_id)


async def test_the_config_round_trips_and_bad_input_is_refused_naming_the_field(client):
    headers = await owner_headers(client)
    empty = {"mysql": None, "postgresql": None, "mail": None}
    assert (await client.get(URL, headers=headers)).json() == empty
    body = {"mysql": {"memory": 256 * MIB, "memorySwap": 512 * MIB}, "mail": {"memory": 1024 * MIB}}
    saved = await client.post(URL, headers=headers, json=body)
    assert saved.status_code == 200, saved.text
    shown = {"mysql": {"memory": 256 * MIB, "memorySwap": 512 * MIB}, "postgresql": None,
             "mail": {"memory": 1024 * MIB, "memorySwap": None}}
    assert saved.json() == {**shown, "taskIds": [], "skipped": []}
    assert (await client.get(URL, headers=headers)).json() == shown

    cases = [
        ({"mongodb": {"memory": 256 * MIB}}, "mongodb", "not_offered"),
        ({"mongodb": None}, "mongodb", "not_offered"),
        ({"redis": {"memory": 256 * MIB}}, "redis", "invalid"),
        ({"mysql": {"memory": MIB}}, "mysql.memory", "invalid"),
        ({"mysql": {"memory": 512 * MIB, "memorySwap": 256 * MIB}}, "mysql", "invalid"),
        ({"mysql": {"memorySwap": 256 * MIB}}, "mysql.memory", "invalid"),
        ({"postgresql": {"memory": "lots"}}, "postgresql.memory", "invalid"),
        ({"applyToExisting": "maybe"}, "applyToExisting", "invalid"),
    ]
    for change, field, code in cases:
        refused = await client.post(URL, headers=headers, json={**body, **change})
        assert refused.status_code == 422, (change, refused.text)
        assert refused.json()["code"] == code and _field(refused) == field, (change, refused.json())
    assert (await client.get(URL, headers=headers)).json() == shown  # nothing of a refused config kept

    # The whole configuration: a service left out goes back to its own default.
    assert (await client.post(URL, headers=headers, json={})).json() == {**empty, "taskIds": [], "skipped": []}


async def test_a_new_database_s_guest_gets_the_platform_default_unless_the_request_names_memory(client, pve_sim):
    headers = await owner_headers(client)
    node = await online_node(client, headers, pve_sim)
    project = (await client.post("/api/v1/projects", headers=headers,
                                 json={"name": "shop", "defaultNodeId": node["id"]})).json()
    config = {"postgresql": {"memory": 1024 * MIB, "memorySwap": 1536 * MIB}, "mysql": {"memory": 300_000_000}}
    assert (await client.post(URL, headers=headers, json=config)).status_code == 200

    async def create(name: str, database_type: str, **resources: int) -> tuple[dict, dict]:
        body = {"name": name, "type": database_type, "projectId": project["id"]}
        if resources:
            body["resources"] = resources
        answer = await client.post("/api/v1/databases", headers=headers, json=body)
        assert answer.status_code == 202, answer.text
        made = answer.json()
        recorded = (await Task.get(id=made["taskId"])).extra_vars
        await _stop(client, headers, made["taskId"])
        return made, recorded

    made, recorded = await create("orders", "postgresql")
    assert made["resources"]["memoryMb"] == 1024
    assert (recorded["proxmox_guest_memory_mb"], recorded["proxmox_guest_swap_mb"]) == (1024, 512)
    made, recorded = await create("stock", "mysql")  # 300000000 bytes: rounded up to whole MiB, usual swap
    assert made["resources"]["memoryMb"] == 287 and recorded["proxmox_guest_memory_mb"] == 287
    assert recorded["proxmox_guest_swap_mb"] == 512
    made, recorded = await create("named", "postgresql", memoryMb=256, cores=2)  # the request's own memory wins
    assert made["resources"]["memoryMb"] == 256 and recorded["proxmox_guest_memory_mb"] == 256
    made, recorded = await create("sizes", "postgresql", cores=2)  # other sizes given, memory not: the default
    assert recorded["proxmox_guest_memory_mb"] == 1024 and recorded["proxmox_guest_cores"] == 2
    made, recorded = await create("cache", "redis")  # no platform default for redis
    assert made["resources"]["memoryMb"] == 512 and recorded["proxmox_guest_memory_mb"] == 512


async def test_apply_to_existing_starts_the_resize_of_each_guest_of_the_kinds_given(client, server, pve_sim):
    headers = await owner_headers(client)
    node = await online_node(client, headers, pve_sim)
    project = (await client.post("/api/v1/projects", headers=headers,
                                 json={"name": "shop", "defaultNodeId": node["id"]})).json()
    made = {}
    for name, database_type in (("one", "postgresql"), ("two", "postgresql"), ("three", "postgresql"),
                                ("other", "mysql")):
        answer = await client.post("/api/v1/databases", headers=headers,
                                   json={"name": name, "type": database_type, "projectId": project["id"]})
        assert answer.status_code == 202, answer.text
        made[name] = answer.json()
        await _stop(client, headers, made[name]["taskId"])
    # As if their creates had played: running, but for `three`, whose create failed.
    await Database.filter(name__in=["one", "two", "other"]).update(status=DatabaseStatus.RUNNING)
    await Database.filter(name="three").update(status=DatabaseStatus.FAILED)

    # The mail server's guest, recorded as mail setup records it (its run is not what this test is about).
    pve_node = await Node.get(id=node["id"])
    mail = await MailServer.create(node=pve_node)
    allocation = await guests.allocate_guest(server.settings, server.app.state.nodes_box, pve_node,
                                             hostname="mail-test", resource_type="mail", resource_id=str(mail.id),
                                             static_only=True, **await mail_setup.guest_sizes())
    mail.guest = allocation.guest
    await mail.save()

    body = {"postgresql": {"memory": 2048 * MIB}, "mail": {"memory": 768 * MIB}, "applyToExisting": True}
    answer = await client.post(URL, headers=headers, json=body)
    assert answer.status_code == 200, answer.text
    result = answer.json()
    tasks = [await Task.get(id=task_id) for task_id in result["taskIds"]]
    resized = {(task.type, task.resource_id, task.extra_vars["proxmox_guest_memory_mb"]) for task in tasks}
    assert resized == {("databaseResize", made["one"]["id"], 2048), ("databaseResize", made["two"]["id"], 2048),
                       ("mailResize", str(mail.id), 768)}
    mail_vars = next(task.extra_vars for task in tasks if task.type == "mailResize")
    assert mail_vars["proxmox_guest_vmid"] == allocation.guest.vmid
    # The failed one is left as it is and said so; mysql, not given, is not touched.
    assert [(s["kind"], s["id"]) for s in result["skipped"]] == [("postgresql", made["three"]["id"])]
    assert "failed" in result["skipped"][0]["reason"]
    for task in tasks:
        await _stop(client, headers, task.id)

    # The next mail guest gets the mail default.
    assert await mail_setup.guest_sizes() == {"memory_mb": 768}
    assert (await Task.filter(type="databaseResize", resource_id=made["other"]["id"]).count()) == 0
