"""Storages against a real S3-compatible server that checks keys (moto with IAM authentication): the bucket
listed with the keys before anything is saved, refusals naming the field at fault, names unique per team, the
keys sealed and never answered, `inUse` and the refused deletion answered by the slices above (a hook here), and
team access."""

from __future__ import annotations

import logging
from typing import Any

import boto3
import httpx
import pytest

from service.core.models import AuditRecord
from service.core.settings_store import set_setting
from service.domains.storages import access
from service.domains.storages.events import STORAGE_USERS
from service.domains.storages.models import Storage
from tests.factories import assert_secrets_nowhere, login, owner_headers, personal_team, register
from tests.harness.s3 import S3Server
from tests.storages.conftest import KeyedS3

URL = "/api/v1/storages"


def _body(s3: KeyedS3, **extra: Any) -> dict[str, Any]:
    return {"name": "assets", "description": "The shop's files", "icon": "bucket", "url": s3.url(),
            "accessKey": s3.access_key, "secretKey": s3.secret_key, **extra}


def _refused(response: httpx.Response, field: str) -> None:
    assert response.status_code == 422, response.text
    details = response.json()["details"]
    fields = [d["field"] for d in details] if isinstance(details, list) else [details["field"]]
    assert fields == [field], response.text


@pytest.mark.one_database
async def test_a_storage_is_checked_with_its_keys_sealed_and_never_shown(client, server, keyed_s3, caplog):
    caplog.set_level(logging.DEBUG)
    owner = await owner_headers(client)
    created = await client.post(URL, headers=owner, json=_body(keyed_s3))
    assert created.status_code == 201, created.text
    storage = created.json()
    assert (storage["name"], storage["description"], storage["icon"], storage["url"]) == (
        "assets", "The shop's files", "bucket", keyed_s3.url())
    assert (storage["accessKeySet"], storage["secretKeySet"], storage["inUse"]) == (True, True, False)
    assert storage["teamId"] == await personal_team(client, owner)

    shown = [created.text, (await client.get(f"{URL}/{storage['id']}", headers=owner)).text,
             (await client.get(URL, headers=owner)).text]
    record = await Storage.get(id=storage["id"])
    kept = [record.sealed_access_key, record.sealed_secret_key, record.url]
    audit = repr([vars(r) for r in await AuditRecord.all()])
    for key in (keyed_s3.access_key, keyed_s3.secret_key):
        assert not any(key in text for text in [*shown, *kept, audit, caplog.text])
    # Nor in a file of the data dir: the SQLite database holds them sealed.
    await assert_secrets_nowhere(client, owner, server.settings.data_dir, [keyed_s3.access_key, keyed_s3.secret_key])
    # Sealed, not lost: the run that seeds a volume opens them.
    opened = await access.storage_access(server.settings, record.id)
    assert opened is not None and (opened.access_key, opened.secret_key) == (keyed_s3.access_key,
                                                                             keyed_s3.secret_key)
    assert opened.location == access.Location(endpoint=keyed_s3.server.endpoint, bucket="files", prefix="",
                                              region="us-east-1")
    assert keyed_s3.secret_key not in repr(opened)
    assert opened.environment()["AWS_SECRET_ACCESS_KEY"] == keyed_s3.secret_key


@pytest.mark.one_database
async def test_keys_and_buckets_the_server_refuses_name_the_field_at_fault(client, keyed_s3):
    owner = await owner_headers(client)
    _refused(await client.post(URL, headers=owner, json=_body(keyed_s3, secretKey="not-the-secret")), "secretKey")
    _refused(await client.post(URL, headers=owner, json=_body(keyed_s3, accessKey="AKIANOSUCHKEY00000000")),
             "accessKey")
    _refused(await client.post(URL, headers=owner, json=_body(keyed_s3, url=keyed_s3.url("no-such-bucket"))), "url")
    # Nothing listens there: refused at once, and named as the url.
    _refused(await client.post(URL, headers=owner, json=_body(keyed_s3, url="http://127.0.0.1:1/files")), "url")
    # One key alone signs nothing; a url without a bucket names none to list.
    _refused(await client.post(URL, headers=owner, json=_body(keyed_s3, secretKey=None)), "secretKey")
    _refused(await client.post(URL, headers=owner, json=_body(keyed_s3, url=keyed_s3.server.endpoint)), "url")
    assert await Storage.all().count() == 0


@pytest.mark.one_database
async def test_names_are_unique_per_team_and_a_change_is_checked_again(client, keyed_s3):
    owner = await owner_headers(client)
    first = (await client.post(URL, headers=owner, json=_body(keyed_s3))).json()
    taken = await client.post(URL, headers=owner, json=_body(keyed_s3))
    assert taken.status_code == 409 and taken.json()["code"] == "taken", taken.text
    second = await client.post(URL, headers=owner, json=_body(keyed_s3, name="backups"))
    assert second.status_code == 201, second.text

    options = await client.get(f"{URL}/options", headers=owner)
    assert options.json() == [{"id": first["id"], "name": "assets"}, {"id": second.json()["id"], "name": "backups"}]

    path = f"{URL}/{first['id']}"
    renamed = await client.put(path, headers=owner, json={"name": "backups", "url": keyed_s3.url()})
    assert renamed.status_code == 409 and renamed.json()["details"]["field"] == "name", renamed.text
    # Keys left out are kept (and, the url unchanged, nothing is checked); a new key is checked first.
    changed = await client.put(path, headers=owner, json={"name": "media", "url": keyed_s3.url(), "icon": None})
    assert changed.status_code == 200, changed.text
    assert (changed.json()["name"], changed.json()["description"], changed.json()["secretKeySet"]) == (
        "media", "", True)
    _refused(await client.put(path, headers=owner, json={"name": "media", "url": keyed_s3.url(),
                                                         "secretKey": "wrong"}), "secretKey")
    _refused(await client.put(path, headers=owner, json={"name": "media", "url": keyed_s3.url("nope-bucket")}),
             "url")
    record = await Storage.get(id=first["id"])
    assert (record.name, record.url) == ("media", keyed_s3.url())
    listed = await client.get(URL, headers=owner, params={"search": "med", "per_page": 1})
    assert listed.json()["total"] == 1 and listed.json()["items"][0]["id"] == first["id"]


@pytest.mark.one_database
async def test_a_storage_in_use_says_so_and_is_not_deleted(client, server, keyed_s3):
    owner = await owner_headers(client)
    used = (await client.post(URL, headers=owner, json=_body(keyed_s3))).json()
    free = (await client.post(URL, headers=owner, json=_body(keyed_s3, name="spare"))).json()
    asked: list[list[Any]] = []

    async def versions_volumes(state: Any, *, storage_ids: list[Any], users: dict[Any, list[str]]) -> None:
        asked.append(storage_ids)
        for storage_id in storage_ids:
            if str(storage_id) == used["id"]:
                users.setdefault(storage_id, []).append("shop 1.0: volume data")

    hooks = server.app.state.hooks.by_event.setdefault(STORAGE_USERS, [])
    hooks.append(versions_volumes)
    try:
        assert (await client.get(f"{URL}/{used['id']}", headers=owner)).json()["inUse"] is True
        listed = (await client.get(URL, headers=owner)).json()["items"]
        assert {s["name"]: s["inUse"] for s in listed} == {"assets": True, "spare": False}
        assert len(asked[-1]) == 2  # one question for the page, not one per storage
        refused = await client.delete(f"{URL}/{used['id']}", headers=owner)
        assert refused.status_code == 409 and refused.json()["code"] == "in_use", refused.text
        assert refused.json()["details"]["usedBy"] == ["shop 1.0: volume data"]
        assert await Storage.exists(id=used["id"])
        assert (await client.delete(f"{URL}/{free['id']}", headers=owner)).status_code == 204
    finally:
        hooks.remove(versions_volumes)
    assert not await Storage.exists(id=free["id"])
    assert (await client.delete(f"{URL}/{used['id']}", headers=owner)).status_code == 204


@pytest.mark.one_database
async def test_members_read_managers_change_other_teams_see_nothing(client, keyed_s3):
    owner = await owner_headers(client)
    await set_setting("registration", "open")
    for name in ("mia", "ada", "olaf"):
        await register(client, name)
    mia, ada, olaf = [await login(client, name) for name in ("mia", "ada", "olaf")]
    team = (await client.post("/api/v1/teams", headers=owner, json={"name": "Shop", "slug": "shop"})).json()
    for name, role, headers in (("mia", "user", mia), ("ada", "admin", ada)):
        invited = await client.post(f"/api/v1/teams/{team['id']}/users", headers=owner,
                                    json={"email": f"{name}@example.com", "role": role})
        assert invited.status_code == 201, invited.text
        assert (await client.post(f"/api/v1/users/me/invitations/{team['id']}", headers=headers)).status_code == 200
    created = await client.post(URL, headers=ada, json=_body(keyed_s3, teamId=team["id"]))
    assert created.status_code == 201 and created.json()["teamId"] == team["id"], created.text
    path = f"{URL}/{created.json()['id']}"
    changed = await client.put(path, headers=ada, json={"name": "assets", "url": keyed_s3.url(), "icon": "box"})
    assert changed.status_code == 200 and changed.json()["icon"] == "box", changed.text

    assert (await client.get(path, headers=mia)).status_code == 200
    assert (await client.get(URL, headers=mia, params={"teamId": team["id"]})).json()["total"] == 1
    assert [o["name"] for o in (await client.get(f"{URL}/options", headers=mia)).json()] == ["assets"]
    refused = await client.post(URL, headers=mia, json=_body(keyed_s3, name="mine", teamId=team["id"]))
    assert refused.status_code == 403, refused.text
    assert (await client.put(path, headers=mia, json={"name": "x", "url": keyed_s3.url()})).status_code == 403
    assert (await client.delete(path, headers=mia)).status_code == 403

    assert (await client.get(path, headers=olaf)).status_code == 404
    assert (await client.delete(path, headers=olaf)).status_code == 404
    assert (await client.get(URL, headers=olaf)).json()["total"] == 0
    assert (await client.get(f"{URL}/options", headers=olaf)).json() == []
    other = await client.post(URL, headers=olaf, json=_body(keyed_s3, teamId=team["id"]))
    assert other.status_code == 422 and other.json()["details"]["field"] == "teamId", other.text
    assert (await client.get(path, headers=owner)).json()["name"] == "assets"


@pytest.mark.one_database
async def test_a_public_bucket_is_listed_without_keys(client, s3_server: S3Server):
    """moto's plain server takes unsigned requests as a public bucket's server does."""
    boto3.client("s3", endpoint_url=s3_server.endpoint, region_name="us-east-1", aws_access_key_id="any",
                 aws_secret_access_key="any").create_bucket(Bucket="public-files")
    owner = await owner_headers(client)
    body = {"name": "public", "url": f"{s3_server.endpoint}/public-files/site"}
    created = await client.post(URL, headers=owner, json=body)
    assert created.status_code == 201, created.text
    assert (created.json()["accessKeySet"], created.json()["secretKeySet"]) == (False, False)
    _refused(await client.post(URL, headers=owner, json={**body, "name": "other", "accessKey": "AKIAONLYONE"}),
             "secretKey")
    path = f"{URL}/{created.json()['id']}"
    # This server takes any keys: given, they are checked and kept; null, they are removed (listed unsigned again).
    keyed = await client.put(path, headers=owner, json={**body, "accessKey": "AKIAANY", "secretKey": "any"})
    assert keyed.status_code == 200 and keyed.json()["secretKeySet"] is True, keyed.text
    kept = await client.put(path, headers=owner, json={**body, "description": "kept keys"})
    assert kept.json()["secretKeySet"] is True and kept.json()["description"] == "kept keys", kept.text
    # The secret removed, the access key kept: one key alone signs nothing.
    _refused(await client.put(path, headers=owner, json={**body, "secretKey": None}), "secretKey")
    public = await client.put(path, headers=owner, json={**body, "accessKey": None, "secretKey": None})
    assert (public.json()["accessKeySet"], public.json()["secretKeySet"]) == (False, False), public.text
    record = await Storage.get(id=created.json()["id"])
    assert (record.sealed_access_key, record.sealed_secret_key) == (None, None)
