"""The sendmail addon through the API on a simulated node (memory backend: no app runs, the deploys are stopped):
a service that asks for it gets Cloudron's MAIL_* variables in its deploy's environment, with its own submission
account (its password's hash applied to the mail server, the same account at the next deploy, on the mail domain
of its first route); refused with 409 and nothing recorded while mail is set up nowhere; the account goes when
the addon or the service goes; the password is in no answer, task variable or task log."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from argon2 import PasswordHasher

from service.actions import catalogue
from service.config import Settings
from service.domains.dns.models import Domain, Route
from service.domains.mail import content, dkim
from service.domains.mail.actions import PASSWORDS_ENV
from service.domains.mail.models import Mailbox, MailDomain, MailServer, MailServerStatus, OwnerType
from service.domains.nodes.models import Guest, GuestStatus
from service.domains.services.actions import ENVIRONMENT_ENV
from service.domains.services.models import Build, Service
from service.tasks.models import Task
from tests.factories import online_node, owner_headers, wait_task

pytestmark = pytest.mark.ansible

ZONE, OTHER = "post.test", "shop.test"
REPOSITORY = "https://git.example.com/shop/web.git"
MAIL_VARIABLES = {"MAIL_SMTP_SERVER", "MAIL_SMTP_PORT", "MAIL_SMTP_USERNAME", "MAIL_SMTP_PASSWORD", "MAIL_FROM",
                  "MAIL_DOMAIN"}


class Starts:
    """Every run started, with the environment it was given (the engine seals it and drops it once it runs)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.runs: list[tuple[Task, dict[str, str]]] = []
        real = catalogue.start

        async def start(*args: Any, **kwargs: Any) -> Task:
            task = await real(*args, **kwargs)
            self.runs.append((task, dict(kwargs.get("secrets") or {})))
            return task

        monkeypatch.setattr(catalogue, "start", start)

    def of(self, task_type: str) -> list[tuple[Task, dict[str, str]]]:
        return [(task, env) for task, env in self.runs if task.type == task_type]

    def app_env(self, task_id: int) -> dict[str, str]:
        env = next(env for task, env in self.runs if task.id == task_id)
        return json.loads(env[ENVIRONMENT_ENV])


def _body(**change: Any) -> dict[str, Any]:
    return {"name": "web", "type": "web", "source": {"repository": REPOSITORY}, **change}


def _field(answer) -> str:
    details = answer.json()["details"]
    return details[0]["field"] if isinstance(details, list) else details["field"]


async def _setup(client, pve_sim) -> tuple[dict[str, str], dict, dict]:
    headers = await owner_headers(client)
    node = await online_node(client, headers, pve_sim)
    project = (await client.post("/api/v1/projects", headers=headers,
                                 json={"name": "shop", "defaultNodeId": node["id"]})).json()
    return headers, node, project


async def _mail_domain(settings: Settings, name: str) -> MailDomain:
    """A domain with mail set up (as the first mail change records it; its setup run is the guests' tests')."""
    domain = await Domain.create(domain=name, zone_name=name, provider="rfc2136")
    private, public = dkim.new_key()
    return await MailDomain.create(domain=domain, dkim_selector=dkim.new_selector(),
                                   sealed_dkim_key=content.mail_box(settings).seal(private), dkim_public_key=public)


async def _mail_server(node: dict) -> None:
    """A mail server recorded as set up, so that mailbox changes start their mailMailboxes run."""
    server = await MailServer.create(node_id=node["id"], status=MailServerStatus.READY, applied_at=datetime.now(UTC))
    guest = await Guest.create(node_id=node["id"], pve_node="pve", vmid=990, hostname=f"mail-{server.id.hex[:8]}",
                               resource_type="mail", resource_id=str(server.id), ip="192.0.2.25",
                               status=GuestStatus.RUNNING)
    server.guest = guest
    await server.save(update_fields=["guest_id"])


async def _stop(client, headers, task_id: int) -> dict:
    await client.post(f"/api/v1/tasks/{task_id}/stop", headers=headers)
    return await wait_task(client, headers, task_id)


async def _stop_all(client, headers, starts: Starts) -> None:
    for task, _ in starts.runs:
        await _stop(client, headers, task.id)


async def _counts() -> tuple[int, ...]:
    return (await Service.all().count(), await Guest.all().count(), await Build.all().count(),
            await Mailbox.all().count(), await Task.all().count())


async def test_the_addon_is_refused_while_mail_is_set_up_nowhere(client, server, pve_sim):
    headers, _, project = await _setup(client, pve_sim)
    url = f"/api/v1/projects/{project['id']}/services"
    before = await _counts()
    unknown = await client.post(url, headers=headers, json=_body(addons=["postgresql"]))
    assert unknown.status_code == 422 and _field(unknown) == "addons.0", unknown.text
    refused = await client.post(url, headers=headers, json=_body(addons=["sendmail"]))
    assert refused.status_code == 409 and refused.json()["code"] == "mail_not_set_up", refused.text
    assert _field(refused) == "addons" and await _counts() == before

    made = await client.post(url, headers=headers, json=_body())
    assert made.status_code == 202 and made.json()["addons"] == [], made.text
    await _stop(client, headers, made.json()["taskId"])
    service_url = f"/api/v1/services/{made.json()['id']}"
    before = await _counts()
    changed = await client.put(service_url, headers=headers, json={"addons": ["sendmail"]})
    assert changed.status_code == 409 and changed.json()["code"] == "mail_not_set_up", changed.text
    assert _field(changed) == "addons" and await _counts() == before
    assert (await Service.get(id=made.json()["id"])).addons == []

    # A service that asked for it when mail was set up: its next deploy is refused, nothing recorded or started.
    await Service.filter(id=made.json()["id"]).update(addons=["sendmail"])
    build = await client.post("/api/v1/builds", headers=headers, json={"serviceId": made.json()["id"]})
    assert build.status_code == 409 and build.json()["code"] == "mail_not_set_up", build.text
    assert await _counts() == before


async def test_a_service_gets_its_own_account_and_the_sendmail_variables(client, server, pve_sim, settings,
                                                                         monkeypatch):
    headers, node, project = await _setup(client, pve_sim)
    await _mail_domain(settings, ZONE)
    await _mail_server(node)
    starts = Starts(monkeypatch)
    url = f"/api/v1/projects/{project['id']}/services"
    answer = await client.post(url, headers=headers, json=_body(addons=["sendmail", "sendmail"],
                                                                buildConfig={"environmentVariables": {"MODE": "x"}}))
    assert answer.status_code == 202, answer.text
    created = answer.json()
    assert created["addons"] == ["sendmail"]

    # Cloudron's six variables, with the account's own password, beside the app's variables.
    env = starts.app_env(created["taskId"])
    assert MAIL_VARIABLES <= set(env) and env["MODE"] == "x"
    password = env["MAIL_SMTP_PASSWORD"]
    assert env["MAIL_SMTP_SERVER"] == f"mail.{ZONE}" and env["MAIL_SMTP_PORT"] == "587"
    assert env["MAIL_SMTP_USERNAME"] == env["MAIL_FROM"] == f"web.app@{ZONE}" and env["MAIL_DOMAIN"] == ZONE
    account = await Mailbox.get(owner_type=OwnerType.SERVICE, owner_id=created["id"])
    box = content.mail_box(settings)
    assert account.name == "web.app" and len(password) >= 32
    assert password not in account.sealed_password and box.open(account.sealed_password) == password
    hashed = str(box.open(account.sealed_password_hash))
    assert hashed.startswith("{ARGON2ID}$argon2id$") and PasswordHasher().verify(hashed[10:], password)

    # The mail server gets the account's hash through a mailboxes run.
    [(applied, mail_env)] = starts.of("mailMailboxes")
    assert {"address": f"web.app@{ZONE}", "quota_mb": 0, "active": True} in applied.extra_vars["mail_mailboxes"]
    assert json.loads(mail_env[PASSWORDS_ENV])[f"web.app@{ZONE}"] == hashed

    # A second deploy reuses the account and its password.
    await _stop(client, headers, created["taskId"])
    again = await client.post("/api/v1/builds", headers=headers, json={"serviceId": created["id"]})
    assert again.status_code == 202, again.text
    assert starts.app_env(again.json()["taskId"])["MAIL_SMTP_PASSWORD"] == password
    assert await Mailbox.filter(owner_type=OwnerType.SERVICE).count() == 1 and len(starts.of("mailMailboxes")) == 1
    await _stop(client, headers, again.json()["taskId"])

    # Service accounts are not the domain's mailboxes.
    listed = (await client.get(f"/api/v1/mail/{ZONE}/mailboxes", headers=headers)).json()
    assert listed["total"] == 0 and listed["items"] == []
    assert (await client.get(f"/api/v1/mail/{ZONE}/mailbox_count", headers=headers)).json() == {"count": 0}
    assert (await client.get(f"/api/v1/mail/{ZONE}/mailboxes/web.app", headers=headers)).status_code == 404

    # The password is in no answer, task variable or task log.
    service_url = f"/api/v1/services/{created['id']}"
    shown = [answer.text, again.text, (await client.get(service_url, headers=headers)).text,
             (await client.get(url, headers=headers)).text]
    await _stop_all(client, headers, starts)
    for task, _ in starts.runs:
        shown.append((await client.get(f"/api/v1/tasks/{task.id}", headers=headers)).text)
        shown.append((await client.get(f"/api/v1/tasks/{task.id}/logs", headers=headers)).text)
        shown.append(json.dumps((await Task.get(id=task.id)).extra_vars))
    assert not [text for text in shown if password in text or hashed in text]

    # Dropping the addon takes the account back at the redeploy; asking again makes a new one.
    dropped = await client.put(service_url, headers=headers, json={"addons": []})
    assert dropped.status_code == 202 and dropped.json()["addons"] == [], dropped.text
    assert not MAIL_VARIABLES & set(starts.app_env(dropped.json()["taskId"]))
    assert not await Mailbox.exists() and len(starts.of("mailMailboxes")) == 2
    await _stop_all(client, headers, starts)
    asked = await client.put(service_url, headers=headers, json={"addons": ["sendmail"]})
    assert asked.status_code == 202, asked.text
    renewed = starts.app_env(asked.json()["taskId"])["MAIL_SMTP_PASSWORD"]
    assert renewed != password and await Mailbox.filter(owner_type=OwnerType.SERVICE).count() == 1
    await _stop_all(client, headers, starts)

    # Deleting the service deletes its account, and the mail server forgets it.
    deleted = await client.delete(service_url, headers=headers)
    assert deleted.status_code == 202, deleted.text
    assert not await Mailbox.exists()
    [(forgot, forgot_env)] = starts.of("mailMailboxes")[-1:]
    assert forgot.extra_vars["mail_mailboxes"] == [] and json.loads(forgot_env[PASSWORDS_ENV]) == {}
    assert (await wait_task(client, headers, deleted.json()["taskId"]))["success"]
    await _stop_all(client, headers, starts)


async def test_the_account_is_on_the_mail_domain_of_the_first_route(client, server, pve_sim, settings, monkeypatch):
    headers, node, project = await _setup(client, pve_sim)
    await _mail_domain(settings, ZONE)
    await _mail_domain(settings, OTHER)
    starts = Starts(monkeypatch)
    url = f"/api/v1/projects/{project['id']}/services"
    web = (await client.post(url, headers=headers, json=_body())).json()
    await _stop_all(client, headers, starts)
    await Route.create(fqdn=f"www.{OTHER}", location="www", domain=await Domain.get(domain=OTHER),
                       node_id=node["id"], resource_type="service", resource_id=web["id"])
    asked = await client.put(f"/api/v1/services/{web['id']}", headers=headers, json={"addons": ["sendmail"]})
    assert asked.status_code == 202, asked.text
    env = starts.app_env(asked.json()["taskId"])
    assert env["MAIL_FROM"] == f"web.app@{OTHER}" and env["MAIL_SMTP_SERVER"] == f"mail.{OTHER}"
    assert not starts.of("mailMailboxes")  # no mail server yet: its first setup takes the account

    # Without a route: the first mail domain; a service of the same name elsewhere gets an address of its own.
    addresses = []
    for name in ("staging", "preview"):
        environment = (await client.post(f"/api/v1/projects/{project['id']}/environments", headers=headers,
                                         json={"name": name})).json()
        made = await client.post(url, headers=headers, json=_body(environmentId=environment["id"], type="worker",
                                                                  addons=["sendmail"]))
        assert made.status_code == 202, made.text
        addresses.append((made.json()["id"], starts.app_env(made.json()["taskId"])["MAIL_FROM"]))
    (_, first), (second_id, second) = addresses
    assert first == f"web.app@{ZONE}" and second == f"web-{second_id.replace('-', '')[:8]}.app@{ZONE}"
    await _stop_all(client, headers, starts)

    # A project's deletion takes its services' accounts with them.
    assert (await client.delete(f"/api/v1/projects/{project['id']}", headers=headers)).status_code in (202, 204)
    assert not await Mailbox.exists()
    for task in await Task.filter(type="serviceDelete"):
        await wait_task(client, headers, task.id)
