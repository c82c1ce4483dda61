"""The instance's name, avatar and default registry settings (seed 002): round-trips, validation naming the
field, the avatar served with its type and ETag (publicly), and the registry password never shown nor kept in
the clear."""

from __future__ import annotations

import logging

import pytest

from service.domains.accounts.registration import create_user
from service.domains.instance import identity, registry_config
from service.domains.instance.settings_schemas import PLACEHOLDER
from tests.factories import PASSWORD, assert_secrets_nowhere, login, owner_headers

PNG = b"\x89PNG\r\n\x1a\n" + bytes(40)
JPEG = b"\xff\xd8\xff\xe0" + bytes(40)
WEBP = b"RIFF" + bytes(4) + b"WEBPVP8 " + bytes(40)
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
REGISTRY_PASSWORD = "registry-password-of-the-instance-7f3a"


def _field(answer) -> str:
    details = answer.json()["details"]
    return details[0]["field"] if isinstance(details, list) else details["field"]


async def test_the_name_round_trips_and_bad_names_are_refused_naming_the_field(client):
    headers = await owner_headers(client)
    url = "/api/v1/settings/cloudron_name"
    assert (await client.get(url, headers=headers)).json() == {"name": "Containr"}
    changed = await client.post(url, headers=headers, json={"name": "  Acme cloud  "})
    assert changed.status_code == 200 and changed.json() == {"name": "Acme cloud"}
    assert (await client.get(url, headers=headers)).json() == {"name": "Acme cloud"}
    for bad in ("", "   ", "x" * 65, "Acme\r\nBcc: all@example.com", "tab\there", "del\x7f"):
        refused = await client.post(url, headers=headers, json={"name": bad})
        assert refused.status_code == 422 and _field(refused) == "name", (bad, refused.text)
    assert (await client.post(url, headers=headers, json={})).status_code == 422
    assert (await client.get(url, headers=headers)).json() == {"name": "Acme cloud"}
    assert await identity.name() == "Acme cloud"


async def test_only_administrators_change_the_settings(client):
    await owner_headers(client)
    await create_user(username="plain", email="plain@example.com", password=PASSWORD)
    plain = await login(client, "plain")
    for path, body in (("cloudron_name", {"name": "Mine"}), ("unstable_apps", {"enabled": True}),
                       ("registry_config", {"serverAddress": "registry.example.com"})):
        assert (await client.get(f"/api/v1/settings/{path}", headers=plain)).status_code == 403
        assert (await client.post(f"/api/v1/settings/{path}", headers=plain, json=body)).status_code == 403
        assert (await client.get(f"/api/v1/settings/{path}")).status_code == 401
    upload = await client.post("/api/v1/settings/cloudron_avatar", headers=plain,
                               files={"avatar": ("a.png", PNG, "image/png")})
    assert upload.status_code == 403


async def test_the_avatar_is_served_publicly_with_its_type_and_etag(client):
    headers = await owner_headers(client)
    url = "/api/v1/settings/cloudron_avatar"
    default = await client.get(url)  # no credentials: the sign-in page shows it
    assert default.status_code == 200 and default.headers["content-type"] == "image/png"
    assert default.content.startswith(b"\x89PNG") and default.headers["x-content-type-options"] == "nosniff"
    for data, kind in ((JPEG, "image/jpeg"), (WEBP, "image/webp"), (PNG, "image/png")):
        # The declared type and name are ignored: the bytes decide.
        stored = await client.post(url, headers=headers, files={"avatar": ("avatar.gif", data, "image/gif")})
        assert stored.status_code == 200, stored.text
        assert stored.json()["contentType"] == kind
        served = await client.get(url)
        assert served.status_code == 200 and served.content == data
        assert served.headers["content-type"] == kind and served.headers["etag"] == stored.json()["etag"]
    again = await client.get(url, headers={"If-None-Match": served.headers["etag"]})
    assert again.status_code == 304 and again.content == b""


@pytest.mark.parametrize(("data", "status"), [(SVG, 422), (b"", 422), (b"GIF89a" + bytes(20), 422),
                                              (PNG + bytes(1024 * 1024), 413)],
                         ids=["svg", "empty", "gif", "too-large"])
async def test_a_bad_or_too_large_avatar_is_refused_naming_the_field(client, data, status):
    headers = await owner_headers(client)
    url = "/api/v1/settings/cloudron_avatar"
    before = (await client.get(url)).content
    refused = await client.post(url, headers=headers, files={"avatar": ("avatar.png", data, "image/png")})
    assert refused.status_code == status, refused.text
    assert _field(refused) == "avatar"
    assert (await client.get(url)).content == before  # nothing half-stored


async def test_the_registry_config_keeps_its_password_sealed_and_write_only(client, server, settings, caplog):
    caplog.set_level(logging.DEBUG)
    headers = await owner_headers(client)
    url = "/api/v1/settings/registry_config"
    assert (await client.get(url, headers=headers)).json() == {"serverAddress": None, "username": None,
                                                               "email": None, "password": None}
    body = {"serverAddress": "https://registry.example.com:5000", "username": "puller",
            "email": "puller@example.com", "password": REGISTRY_PASSWORD}
    saved = await client.post(url, headers=headers, json=body)
    assert saved.status_code == 200, saved.text
    shown = {**body, "password": PLACEHOLDER}
    assert saved.json() == shown and (await client.get(url, headers=headers)).json() == shown

    # The placeholder sent back keeps the stored password; another username with it is taken as it is.
    kept = await client.post(url, headers=headers, json={**body, "username": "other", "password": PLACEHOLDER})
    assert kept.status_code == 200 and kept.json()["username"] == "other"
    opened = await registry_config.default_registry(server.app.state.settings_box)
    assert opened is not None and opened.password == REGISTRY_PASSWORD
    assert opened.host == "registry.example.com:5000" and REGISTRY_PASSWORD not in repr(opened)

    for change, field in (({"serverAddress": "not a host!"}, "serverAddress"), ({"email": "nobody"}, "email"),
                          ({"username": None}, "username"), ({"color": "red"}, "color")):
        refused = await client.post(url, headers=headers, json={**body, **change})
        assert refused.status_code == 422 and _field(refused) == field, (change, refused.text)

    await assert_secrets_nowhere(client, headers, settings.data_dir, [REGISTRY_PASSWORD], answers=(url,))
    assert REGISTRY_PASSWORD not in caplog.text

    # Forgotten: then the placeholder has nothing to keep.
    forgotten = await client.post(url, headers=headers, json={"serverAddress": None})
    assert forgotten.status_code == 200 and forgotten.json()["serverAddress"] is None
    refused = await client.post(url, headers=headers, json={**body, "password": PLACEHOLDER})
    assert refused.status_code == 422 and _field(refused) == "password"


async def test_emails_come_from_the_instance_s_name(client, smtp_sink):
    headers = await owner_headers(client)
    smtp = {"host": "127.0.0.1", "port": smtp_sink.port, "tls": "none", "username": "mailer",
            "password": "smtp-secret-password", "fromAddress": "containr@example.com"}
    assert (await client.put("/api/v1/settings/smtp", headers=headers, json=smtp)).status_code == 200
    assert (await client.post("/api/v1/settings/cloudron_name", headers=headers,
                              json={"name": "Acme, Ops"})).status_code == 200
    project = (await client.post("/api/v1/projects", headers=headers, json={"name": "shop"})).json()
    invite = await client.post(f"/api/v1/projects/{project['id']}/invites", headers=headers,
                               json={"email": "dana@example.com"})
    assert invite.status_code == 201 and invite.json()["emailSent"] is True, invite.text
    [received] = smtp_sink.messages
    assert received.sender == "containr@example.com"  # the envelope keeps the bare address
    assert received.message["From"] == '"Acme, Ops" <containr@example.com>'
