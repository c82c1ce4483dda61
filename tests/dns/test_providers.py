"""The DNS provider catalogue: settings and credentials checked naming the field, a credential left out of a change
kept, and each provider's harmless call tried against a real server (BIND for rfc2136, moto's server for Route 53,
a local stand-in answering the way each HTTP API documents for Cloudflare, DigitalOcean and Gandi)."""

from __future__ import annotations

import base64
import json
import os
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import boto3
import pytest

from service.core.errors import Invalid
from service.domains.dns import providers
from tests.harness.bind import Bind
from tests.harness.s3 import _free_port, start_s3

ZONE = "shop.test"
COLLECTIONS = Path(__file__).resolve().parents[2] / "collections" / "ansible_collections"


def _field(call: Any, *args: Any) -> str:
    with pytest.raises(Invalid) as refused:
        call(*args)
    return refused.value.details["field"]


async def _refused(provider: str, config: dict[str, Any], *, zone: str = ZONE, timeout: float = 5) -> Invalid:
    public, secrets = providers.split(provider, config)
    with pytest.raises(Invalid) as refused:
        await providers.check_credentials(provider, zone, public, secrets, timeout=timeout)
    for secret in secrets.values():
        assert secret not in refused.value.message
    return refused.value


def _rfc2136(**override: Any) -> dict[str, Any]:
    return {"server": "192.0.2.53", "keyName": "containr", "keySecret": base64.b64encode(b"k" * 32).decode(),
            **override}


@pytest.mark.parametrize(("provider", "config", "field"), [
    ("dyndns", {}, "provider"),
    ("godaddy", {}, "provider"),
    ("gcdns", {}, "provider"),
    ("rfc2136", _rfc2136(server=None), "config.server"),
    ("rfc2136", _rfc2136(server="ns1.shop.test"), "config.server"),
    ("rfc2136", _rfc2136(port="fifty-three"), "config.port"),
    ("rfc2136", _rfc2136(port=70000), "config.port"),
    ("rfc2136", _rfc2136(keyAlgorithm="hmac-md4"), "config.keyAlgorithm"),
    ("rfc2136", _rfc2136(keySecret="not base64!"), "config.keySecret"),
    ("rfc2136", _rfc2136(keySecret=""), "config.keySecret"),
    ("rfc2136", _rfc2136(colour="blue"), "config.colour"),
    ("route53", {"secretAccessKey": "s" * 40}, "config.accessKeyId"),
    ("route53", {"accessKeyId": "AKIAEXAMPLEEXAMPLE", "secretAccessKey": "s" * 40, "region": "moon"}, "config.region"),
    ("route53", {"accessKeyId": "AKIAEXAMPLEEXAMPLE"}, "config.secretAccessKey"),
    ("cloudflare", {"token": "t" * 40, "email": "not an address"}, "config.email"),
    ("digitalocean", {}, "config.token"),
    ("gandi", {"token": "two words"}, "config.token"),
    ("noop", {"token": "t"}, "config.token"),
])
def test_split_refuses_naming_the_field(provider, config, field):
    assert _field(providers.split, provider, config) == field


def test_split_fills_defaults_and_keeps_credentials_apart():
    public, secrets = providers.split("rfc2136", _rfc2136(port="5353"))
    assert public == {"server": "192.0.2.53", "port": 5353, "keyName": "containr", "keyAlgorithm": "hmac-sha256"}
    assert secrets == {"keySecret": _rfc2136()["keySecret"]}
    public, secrets = providers.split("route53", {"accessKeyId": "AKIAEXAMPLEEXAMPLE", "secretAccessKey": "s" * 40})
    assert public == {"accessKeyId": "AKIAEXAMPLEEXAMPLE", "region": "us-east-1"} and secrets == {
        "secretAccessKey": "s" * 40}
    assert providers.split("manual", {}) == ({}, {})
    assert "needs the google-auth library" in str(pytest.raises(Invalid, providers.split, "gcdns", {}).value)


def test_merge_keeps_a_credential_left_out_unless_what_it_belongs_to_changed():
    public, secrets = providers.split("rfc2136", _rfc2136())
    change = {key: value for key, value in _rfc2136(server="192.0.2.54").items() if key != "keySecret"}
    assert providers.merge("rfc2136", public, secrets, change) == ({**public, "server": "192.0.2.54"}, secrets)
    new_secret = base64.b64encode(b"n" * 32).decode()
    assert providers.merge("rfc2136", public, secrets, {**change, "keySecret": new_secret})[1] == {
        "keySecret": new_secret}
    assert _field(providers.merge, "rfc2136", public, secrets, {**change, "keyName": "other"}) == "config.keySecret"
    assert _field(providers.merge, "rfc2136", public, {}, change) == "config.keySecret"
    assert _field(providers.merge, "rfc2136", public, secrets, {**change, "colour": "blue"}) == "config.colour"


def test_every_supported_provider_writes_through_a_module_the_playbooks_have():
    for provider in providers.PROVIDERS.values():
        assert (provider.module is None) == (not provider.writes_records), provider.name
        if provider.module:
            namespace, collection, module = provider.module.split(".")
            path = COLLECTIONS / namespace / collection / "plugins" / "modules" / f"{module}.py"
            assert path.exists(), f"{provider.name}: {provider.module} is not in the installed collections"
    assert not set(providers.GAPS) & set(providers.PROVIDERS)


@pytest.fixture
def bind_zones() -> list[str]:
    return [ZONE]


async def test_rfc2136_credentials_are_tried_with_a_signed_soa_query(bind: Bind):
    config = {"server": bind.address, "port": bind.port, "keyName": bind.key_name, "keySecret": bind.key_secret}
    public, secrets = providers.split("rfc2136", config)
    await providers.check_credentials("rfc2136", ZONE, public, secrets)

    wrong = await _refused("rfc2136", {**config, "keySecret": base64.b64encode(os.urandom(32)).decode()})
    assert wrong.details == {"field": "config.keySecret"} and "BADSIG" in wrong.message
    unknown = await _refused("rfc2136", {**config, "keyName": "someone-else"})
    assert unknown.details == {"field": "config.keyName"} and "BADKEY" in unknown.message
    assert (await _refused("rfc2136", config, zone="other.test")).details == {"field": "zoneName"}
    closed = await _refused("rfc2136", {**config, "port": _free_port()})
    assert closed.details == {"field": "config.server"} and "ConnectionRefusedError" in closed.message
    with socket.socket() as silent:  # accepts the connection (backlog), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        mute = await _refused("rfc2136", {**config, "port": silent.getsockname()[1]}, timeout=1)
    assert mute.details == {"field": "config.server"} and "did not answer within 1 s" in mute.message


async def test_route53_credentials_are_tried_against_the_hosted_zones(monkeypatch):
    # moto's server accepts any credentials until this many actions have run; after them it checks each key
    # against its IAM (it refuses even a right secret's signature for Route 53, so a wrong secret cannot be told
    # from a right one here: only an unknown key id is refused for the right reason, as AWS itself would).
    monkeypatch.setenv("INITIAL_NO_AUTH_ACTION_COUNT", "4")
    server = start_s3()
    try:
        key = {"aws_access_key_id": "AKIAEXAMPLEEXAMPLE", "aws_secret_access_key": "s" * 40}
        zone_id = boto3.client("route53", endpoint_url=server.endpoint, region_name="us-east-1",
                               **key).create_hosted_zone(Name=ZONE, CallerReference="test")["HostedZone"]["Id"]
        config = {"accessKeyId": key["aws_access_key_id"], "secretAccessKey": key["aws_secret_access_key"],
                  "endpointUrl": server.endpoint}
        public, secrets = providers.split("route53", {**config, "hostedZoneId": zone_id.rsplit("/", 1)[-1]})
        await providers.check_credentials("route53", ZONE, public, secrets)
        missing = await _refused("route53", config, zone="other.test")
        assert missing.details == {"field": "zoneName"} and "no hosted zone other.test" in missing.message
        assert (await _refused("route53", {**config, "hostedZoneId": "Z0THER"})).details == {
            "field": "config.hostedZoneId"}
        unknown = await _refused("route53", {**config, "accessKeyId": "AKIAUNKNOWNUNKNOWN"})
        assert unknown.details == {"field": "config.accessKeyId"} and "InvalidClientTokenId" in unknown.message
    finally:
        server.stop()
    gone = await _refused("route53", {**config, "endpointUrl": f"http://127.0.0.1:{_free_port()}"}, timeout=2)
    assert gone.details == {"field": "config.endpointUrl"} and "could not be asked" in gone.message


class _StandIn(BaseHTTPRequestHandler):
    """Answers the read-only zone calls the way Cloudflare, DigitalOcean and Gandi document them."""

    TOKEN = "good-token-0123456789"

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        url = urlsplit(self.path)
        provider, _, path = url.path.strip("/").partition("/")
        authorized = self.headers.get("Authorization") == f"Bearer {self.TOKEN}" or (
            self.headers.get("X-Auth-Email") == "ops@shop.test" and self.headers.get("X-Auth-Key") == self.TOKEN)
        if not authorized:
            body: Any = {"cloudflare": {"success": False, "errors": [{"code": 10000,
                                                                       "message": "Authentication error"}]},
                         "digitalocean": {"id": "unauthorized", "message": "Unable to authenticate you"},
                         "gandi": {"code": 401, "message": "The server could not verify that you are authorized",
                                   "object": "HTTPUnauthorized", "cause": "Unauthorized"}}[provider]
            return self._answer(401, body)
        if provider == "cloudflare" and path == "zones":
            names = parse_qs(url.query).get("name", [])
            return self._answer(200, {"success": True, "result": [{"name": ZONE}] if names == [ZONE] else []})
        if path == f"domains/{ZONE}":
            return self._answer(200, {"domain": {"name": ZONE}} if provider == "digitalocean" else {"fqdn": ZONE})
        return self._answer(404, {"id": "not_found", "message": "The resource you requested could not be found."})

    def _answer(self, status: int, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (http.server's signature)
        pass


@pytest.fixture
def stand_in(monkeypatch) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _StandIn)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    for provider in ("cloudflare", "digitalocean", "gandi"):
        monkeypatch.setitem(providers.API, provider, f"{base}/{provider}")
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.mark.parametrize(("provider", "said"), [
    ("cloudflare", "Authentication error"), ("digitalocean", "Unable to authenticate you"),
    ("gandi", "could not verify that you are authorized")])
async def test_api_tokens_are_tried_with_each_api_s_read_only_zone_call(stand_in, monkeypatch, provider, said):
    good = {"token": _StandIn.TOKEN}
    public, secrets = providers.split(provider, good)
    await providers.check_credentials(provider, ZONE, public, secrets)
    wrong = await _refused(provider, {"token": "wrong-token-9876543210"})
    assert wrong.details == {"field": "config.token"} and said in wrong.message and "401" in wrong.message
    assert (await _refused(provider, good, zone="other.test")).details == {"field": "zoneName"}
    if provider == "cloudflare":  # with an email, the token is the account's Global API Key
        public, secrets = providers.split(provider, {**good, "email": "ops@shop.test"})
        await providers.check_credentials(provider, ZONE, public, secrets)
    monkeypatch.setitem(providers.API, provider, f"http://127.0.0.1:{_free_port()}")
    gone = await _refused(provider, good, timeout=2)
    assert gone.details == {"field": "config.token"} and "could not be asked" in gone.message
