"""Domains and HTTPS end to end through the API on real LXC guests, with BIND 9 (TSIG) and Pebble (ACME) on the
lane's bridge: a static site gets `shop.<zone>`; its A record appears in BIND pointing at the node's edge guest;
https://shop.<zone> answers the site with a certificate that chains to Pebble's root; dns_check sees a record
changed by hand and the edge's apply writes it back; a forced renewal issues a new serial while the old one
serves until the switch; a wildcard certificate comes through dns-01; with Pebble stopped a renewal fails with
the ACME error and the certificate before keeps serving; the names go and their record with them. No TSIG key,
ACME account key or certificate key reaches a log, an answer, a command line or a file of the data dir."""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography import x509

from service.config import Settings
from service.core.secrets import SecretBox
from service.domains.edge.models import AcmeAccount, Certificate
from tests.databases.conftest import argv_watch
from tests.databases.test_databases_api import lxc_node
from tests.factories import assert_secrets_nowhere, next_task, owner_headers, pem_body, wait_task
from tests.harness.bind import Bind
from tests.harness.git_server import GitServer, start_git_server
from tests.harness.lxc import LxcSim
from tests.harness.pebble import Pebble
from tests.pvesim.lxc_setup import LxcEnvironment
from tests.services import apps

pytestmark = [pytest.mark.ansible, pytest.mark.slow, pytest.mark.prepared_guests]

RUN_TIMEOUT = 900
ZONE = "containr.test"
SHOP = f"shop.{ZONE}"


@pytest.fixture
def git_server(lxc_env: LxcEnvironment, tmp_path: Path) -> Iterator[GitServer]:
    """A git server on the lane's bridge address, where the guests reach it."""
    with start_git_server(tmp_path / "git", hosts=[lxc_env.gateway, "127.0.0.1"]) as server:
        yield server


@pytest.fixture
def database_url() -> None:
    return None  # what is tested here is the guests' and the servers' side: SQLite alone


async def _done(client: httpx.AsyncClient, headers: dict[str, str], task_id: int) -> dict[str, Any]:
    return await wait_task(client, headers, task_id, timeout=RUN_TIMEOUT)


def _served(address: str, name: str, roots: str | None) -> tuple[x509.Certificate, str]:
    """The certificate the edge at `address` serves for `name` (SNI), and the page at / over that connection;
    verified against `roots` when given."""
    context = ssl.create_default_context(cadata=roots) if roots else ssl._create_unverified_context()
    with socket.create_connection((address, 443), timeout=10) as raw, \
            context.wrap_socket(raw, server_hostname=name) as tls:
        der = tls.getpeercert(binary_form=True)
        tls.sendall(f"GET / HTTP/1.1\r\nHost: {name}\r\nConnection: close\r\n\r\n".encode())
        page = b""
        while chunk := tls.recv(65536):
            page += chunk
    return x509.load_der_x509_certificate(der), page.decode(errors="replace")


async def _serial(address: str, name: str) -> int:
    certificate, _ = await asyncio.to_thread(_served, address, name, None)
    return certificate.serial_number


@pytest.mark.lxc(lane=0)
async def test_a_service_on_its_own_name_over_https(client: httpx.AsyncClient, lxc_sim: LxcSim,
                                                    git_server: GitServer, bind: Bind, pebble: Pebble,
                                                    settings: Settings) -> None:
    headers = await owner_headers(client)
    node = await lxc_node(client, headers, lxc_sim, lxc_sim.env.apt_proxy)
    project = (await client.post("/api/v1/projects", headers=headers,
                                 json={"name": "shop", "defaultNodeId": node["id"]})).json()
    git_server.create("site")
    git_server.push("site", apps.static_site("hello over https"), message="A page")
    secrets = [bind.key_secret]
    with argv_watch(watched=secrets) as argv:
        made = await client.post(f"/api/v1/projects/{project['id']}/services", headers=headers, json={
            "name": "site", "type": "web",
            "source": {"type": "git", "repository": git_server.url("site", host=lxc_sim.env.gateway)}})
        assert made.status_code == 202, made.text
        assert (await _done(client, headers, made.json()["taskId"]))["success"]
        service_id = made.json()["id"]

        domain = await client.post("/api/v1/domains", headers=headers, json={
            "domain": ZONE, "provider": "rfc2136",
            "config": {"server": bind.address, "port": bind.port, "keyName": bind.key_name,
                       "keySecret": bind.key_secret},
            "tlsConfig": {"provider": "acme", "directoryUrl": pebble.directory_url, "caBundle": pebble.ca_bundle()}})
        assert domain.status_code == 201, domain.text

        # The name: its record and the edge in one run, then the certificate, then the edge again to serve it.
        placed = await client.put(f"/api/v1/services/{service_id}/domains", headers=headers,
                                  json={"domains": [{"location": "shop", "domain": ZONE}]})
        assert placed.status_code == 202, placed.text
        assert placed.json()["domains"] == [{"location": "shop", "domain": ZONE, "fqdn": SHOP,
                                             "url": f"https://{SHOP}"}]
        applied = await _done(client, headers, placed.json()["taskId"])
        assert applied["success"], applied
        edge = (await client.get(f"/api/v1/nodes/{node['id']}/edge", headers=headers)).json()
        assert edge["status"] == "ready" and edge["routes"] == 1, edge
        assert bind.records(SHOP, "A") == [edge["host"]]
        issued = await _done(client, headers, await next_task(client, headers, "renewcerts", applied["id"]))
        assert issued["success"], issued
        served = await _done(client, headers, await next_task(client, headers, "edgeApply", issued["id"]))
        assert served["success"], served
        certificate, page = await asyncio.to_thread(_served, edge["host"], SHOP, pebble.roots_pem())
        assert "hello over https" in page
        assert SHOP in [n.value for n in certificate.extensions.get_extension_for_class(
            x509.SubjectAlternativeName).value]
        service = (await client.get(f"/api/v1/services/{service_id}", headers=headers)).json()
        assert service["url"] == f"https://{SHOP}" and service["domains"][0]["fqdn"] == SHOP
        listed = (await client.get("/api/v1/certificates", headers=headers)).json()["items"]
        assert [(c["name"], c["status"], c["challenge"]) for c in listed] == [(SHOP, "valid", "http-01")]
        assert listed[0]["serial"] == format(certificate.serial_number, "x")

        # A record changed by hand: dns_check says so; applying the edge writes it back.
        check = f"/api/v1/domains/{ZONE}/dns_check?subdomain=shop"
        assert (await client.get(check, headers=headers)).json()["needsOverwrite"] is False
        bind.set(SHOP, "A", ["192.0.2.99"])
        changed = (await client.get(check, headers=headers)).json()
        assert changed == {"needsOverwrite": True, "expected": [edge["host"]], "found": ["192.0.2.99"],
                           "fqdn": SHOP}
        reapplied = await client.post(f"/api/v1/nodes/{node['id']}/edge/apply", headers=headers)
        assert (await _done(client, headers, reapplied.json()["taskId"]))["success"]
        assert (await client.get(check, headers=headers)).json()["needsOverwrite"] is False

        # A forced renewal: a new serial, the old one serving until the edge switches.
        old_serial = certificate.serial_number
        renewing = await client.post("/api/v1/certificates/renew", headers=headers, json={"fqdns": [SHOP]})
        assert renewing.status_code == 202, renewing.text
        assert await _serial(edge["host"], SHOP) == old_serial
        renewed = await _done(client, headers, renewing.json()["taskId"])
        assert renewed["success"], renewed
        switched = await _done(client, headers, await next_task(client, headers, "edgeApply", renewed["id"]))
        assert switched["success"], switched
        new_serial = await _serial(edge["host"], SHOP)
        assert new_serial != old_serial

        # A wildcard certificate through dns-01 (its TXT record written to BIND with the key), served for shop.
        wildcard = await client.put(f"/api/v1/domains/{ZONE}", headers=headers, json={
            "provider": "rfc2136",
            "config": {"server": bind.address, "port": bind.port, "keyName": bind.key_name},
            "tlsConfig": {"provider": "acme", "directoryUrl": pebble.directory_url, "caBundle": pebble.ca_bundle(),
                          "wildcard": True}})
        assert wildcard.status_code == 200, wildcard.text
        star = await client.post("/api/v1/certificates/renew", headers=headers, json={})
        assert star.status_code == 202, star.text
        assert (await _done(client, headers, star.json()["taskId"]))["success"]
        starred = await _done(client, headers, await next_task(client, headers, "edgeApply", star.json()["taskId"]))
        assert starred["success"], starred
        certificate, page = await asyncio.to_thread(_served, edge["host"], SHOP, pebble.roots_pem())
        assert f"*.{ZONE}" in [n.value for n in certificate.extensions.get_extension_for_class(
            x509.SubjectAlternativeName).value] and "hello over https" in page
        assert bind.records(f"_acme-challenge.{ZONE}", "TXT") == []

        # A CA that does not answer: the renewal fails naming the ACME error, the certificate before serves on.
        serving = certificate.serial_number
        pebble.stop()
        refused = await client.post("/api/v1/certificates/renew", headers=headers, json={"fqdns": [f"*.{ZONE}"]})
        failed = await _done(client, headers, refused.json()["taskId"])
        assert failed["state"] == "failed" and f"*.{ZONE}" in failed["error"]["message"], failed
        listed = {c["name"]: c for c in (await client.get("/api/v1/certificates", headers=headers)).json()["items"]}
        assert listed[f"*.{ZONE}"]["status"] == "failed" and listed[f"*.{ZONE}"]["lastError"]
        assert await _serial(edge["host"], SHOP) == serving

        # Every key in play (the TSIG key is already watched): the ACME account key, the certificates' keys.
        keys = SecretBox(settings.resolved_secret_key(), purpose="certificate-keys")
        secrets += [pem_body(str(keys.open(account.sealed_key))) for account in await AcmeAccount.all()]
        secrets += [pem_body(str(keys.open(cert.sealed_key))) for cert in await Certificate.all() if cert.sealed_key]
        assert len(secrets) >= 4

        # The domain is in use while the name is; without the name its record goes too.
        in_use = await client.delete(f"/api/v1/domains/{ZONE}", headers=headers)
        assert in_use.status_code == 409 and in_use.json()["code"] == "in_use"
        cleared = await client.put(f"/api/v1/services/{service_id}/domains", headers=headers, json={"domains": []})
        assert (await _done(client, headers, cleared.json()["taskId"]))["success"]
        assert bind.records(SHOP, "A") == []
        assert (await client.delete(f"/api/v1/domains/{ZONE}", headers=headers)).status_code == 204

    assert argv == []
    await assert_secrets_nowhere(client, headers, settings.data_dir, secrets,
                                 answers=("/api/v1/domains", "/api/v1/certificates"))
