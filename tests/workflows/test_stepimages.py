"""Step images against a real Docker registry (tests/harness/registry.py on loopback, TLS and htpasswd): the
image's manifest is asked of the team's registry of its host before saving, a missing tag or refused credentials
or an unreachable registry being a 422 naming imageUrl, nothing recorded then; slugs, public images and
who sees and deletes one."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from service.core.models import AuditRecord
from service.domains.registries import pulling
from service.domains.registries.models import Registry, RegistryType
from service.domains.workflows.models import StepImage
from tests.factories import owner_headers, personal_team
from tests.workflows.helpers import field, user

URL = "/api/v1/step-images"
pytestmark = pytest.mark.usefixtures("workflow_tables")


async def _team_registry(client: Any, headers: dict[str, str], registry: Any, team_id: str) -> None:
    """The team's registry for the harness's host, added through its own route (checked with the password)."""
    added = await client.post("/api/v1/registries", headers=headers, json={
        "name": "local", "type": "v2", "teamId": team_id,
        "details": {"url": registry.url, "user": registry.username, "token": registry.password,
                    "caBundle": registry.ca_bundle}})
    assert added.status_code == 201, added.text


def _closed_port() -> int:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.one_database
async def test_an_image_in_the_registry_is_saved_and_listed(client, registry):
    owner = await owner_headers(client)
    team = await personal_team(client, owner)
    await _team_registry(client, owner, registry, team)
    reference = f"{registry.host}/containr/hello:1.0"
    made = await client.post(URL, headers=owner, json={"slug": "hello", "imageUrl": reference})
    assert made.status_code == 201, made.text
    answer = made.json()
    assert (answer["teamId"], answer["slug"], answer["imageUrl"], answer["public"], answer["inUse"]) == (
        team, "hello", reference, False, False)
    assert registry.password not in made.text
    assert (await client.get(f"{URL}/{answer['id']}", headers=owner)).json() == answer
    assert [i["id"] for i in (await client.get(URL, headers=owner, params={"public": "false"})).json()["items"]] \
        == [answer["id"]]
    assert (await client.get(URL, headers=owner, params={"public": "true"})).json()["total"] == 0
    assert (await client.get(URL, headers=owner, params={"teamId": team, "search": "hel"})).json()["total"] == 1
    audit = await AuditRecord.filter(target_kind="step_image", target_id=answer["id"])
    assert audit and all(registry.password not in repr(vars(record)) for record in audit)
    taken = await client.post(URL, headers=owner, json={"slug": "hello", "imageUrl": reference})
    assert (taken.status_code, field(taken)) == (409, "slug")
    assert await StepImage.all().count() == 1


@pytest.mark.one_database
async def test_a_missing_image_or_refused_credentials_are_a_422_on_image_url(client, server, registry):
    owner = await owner_headers(client)
    team = await personal_team(client, owner)
    await _team_registry(client, owner, registry, team)
    for missing in (f"{registry.host}/containr/hello:9.9", f"{registry.host}/containr/nothing-here:1.0",
                    f"{registry.host}/containr/hello@sha256:{'0' * 64}"):
        refused = await client.post(URL, headers=owner, json={"slug": "hello", "imageUrl": missing})
        assert (refused.status_code, field(refused), refused.json()["code"]) == (422, "imageUrl", "not_found"), (
            missing, refused.text)
    # Another team whose registry for that host holds a wrong password: the registry refuses it.
    _, olga, olga_team = await user(client, "olga")
    await Registry.create(team_id=olga_team, name="wrong", type=RegistryType.V2, url=registry.url,
                          user=registry.username, ca_bundle=registry.ca_bundle,
                          sealed_token=pulling.seal_token(server.settings, "not-the-password"))
    refused = await client.post(URL, headers=olga, json={"slug": "hello",
                                                         "imageUrl": f"{registry.host}/containr/hello:1.0"})
    assert (refused.status_code, field(refused), refused.json()["code"]) == (422, "imageUrl", "refused")
    assert "not-the-password" not in refused.text
    bad = await client.post(URL, headers=owner, json={"slug": "hello", "imageUrl": f"{registry.host}/Up/Case:1"})
    assert (bad.status_code, field(bad)) == (422, "imageUrl")
    assert not await StepImage.exists()


@pytest.mark.one_database
async def test_an_unreachable_or_untrusted_registry_is_a_422_on_image_url(client, registry):
    owner = await owner_headers(client)
    refused = await client.post(URL, headers=owner, json={
        "slug": "gone", "imageUrl": f"127.0.0.1:{_closed_port()}/containr/hello:1.0"})
    assert (refused.status_code, refused.json()["code"], field(refused)) == (422, "unreachable", "imageUrl")
    # No registry of the team for the harness's host: asked anonymously, without its CA, TLS is not trusted.
    untrusted = await client.post(URL, headers=owner, json={
        "slug": "gone", "imageUrl": f"{registry.host}/containr/hello:1.0"})
    assert (untrusted.status_code, untrusted.json()["code"], field(untrusted)) == (422, "unreachable", "imageUrl")
    assert "caBundle" in untrusted.json()["error"]
    assert not await StepImage.exists()


@pytest.mark.one_database
async def test_public_images_are_seen_by_everyone_and_made_by_admins_only(client, registry):
    owner = await owner_headers(client)  # the instance's first user: its owner, an admin
    team = await personal_team(client, owner)
    await _team_registry(client, owner, registry, team)
    reference = f"{registry.host}/containr/hello:1.0"
    _, olga, olga_team = await user(client, "olga")
    await _team_registry(client, olga, registry, olga_team)
    refused = await client.post(URL, headers=olga, json={"slug": "mine", "imageUrl": reference, "public": True})
    assert (refused.status_code, field(refused)) == (403, "public")
    made = await client.post(URL, headers=owner, json={"slug": "base", "imageUrl": reference, "public": True})
    assert made.status_code == 201, made.text
    image = made.json()
    assert (await client.get(f"{URL}/{image['id']}", headers=olga)).status_code == 200
    assert [i["slug"] for i in (await client.get(URL, headers=olga, params={"public": "true"})).json()["items"]] \
        == ["base"]
    assert (await client.delete(f"{URL}/{image['id']}", headers=olga)).status_code == 404
    private = await client.post(URL, headers=olga, json={"slug": "own", "imageUrl": reference})
    assert private.status_code == 201, private.text
    # The owner (an instance admin) sees everything; another signed-in user sees the public one and their own.
    assert {i["slug"] for i in (await client.get(URL, headers=olga)).json()["items"]} == {"base", "own"}
    clash = await client.post(URL, headers=owner, json={"slug": "base", "imageUrl": reference, "public": True,
                                                        "teamId": olga_team})
    assert (clash.status_code, field(clash)) == (409, "slug")
    assert (await client.delete(f"{URL}/{image['id']}", headers=owner)).status_code == 204
    assert await StepImage.filter(slug="base").count() == 0


@pytest.mark.one_database
async def test_a_token_auth_registry_is_asked_for_the_image_s_pull_scope(client, token_registry):
    owner = await owner_headers(client)
    team = await personal_team(client, owner)
    await _team_registry(client, owner, token_registry, team)
    asked = len(token_registry.token_requests)
    missing = await client.post(URL, headers=owner, json={
        "slug": "builder", "imageUrl": f"{token_registry.host}/ci/builder:2.0"})
    assert (missing.status_code, field(missing), missing.json()["code"]) == (422, "imageUrl", "not_found")
    made = await client.post(URL, headers=owner, json={
        "slug": "builder", "imageUrl": f"{token_registry.host}/ci/builder:1.0"})
    assert made.status_code == 201, made.text
    requests = token_registry.token_requests[asked:]
    assert [(r["account"], r["scopes"], r["granted"]) for r in requests] == [
        (token_registry.username, ["repository:ci/builder:pull"], True)] * 2


@pytest.mark.one_database
async def test_a_registry_a_step_image_is_pulled_through_is_not_deleted(client, registry):
    owner = await owner_headers(client)
    team = await personal_team(client, owner)
    await _team_registry(client, owner, registry, team)
    made = await client.post(URL, headers=owner, json={"slug": "hello",
                                                       "imageUrl": f"{registry.host}/containr/hello:1.0"})
    assert made.status_code == 201, made.text
    (local,) = (await client.get("/api/v1/registries", headers=owner)).json()["items"]
    assert (local["inUse"], local["usedBy"]) == (True, ["step image hello"])
    refused = await client.delete(f"/api/v1/registries/{local['id']}", headers=owner)
    assert (refused.status_code, refused.json()["code"]) == (409, "in_use")
    assert (await client.delete(f"{URL}/{made.json()['id']}", headers=owner)).status_code == 204
    assert (await client.delete(f"/api/v1/registries/{local['id']}", headers=owner)).status_code == 204
