"""sysinfo_config: a fixed address, a network interface's own addresses (loopback here), and what a "what is my
IP" URL answers (a local HTTP server answering plain text or JSON); settings refused naming the field."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from service.core.errors import Invalid
from service.domains.dns.sysinfo import SysinfoError, public_addresses, validate
from tests.harness.s3 import _free_port


@pytest.mark.parametrize(("config", "field"), [
    ({"provider": "upnp"}, "provider"),
    ({"provider": "fixed"}, "ip"),
    ({"provider": "fixed", "ip": "203.0.113.300"}, "ip"),
    ({"provider": "fixed", "ip": "203.0.113.9", "ifname": "eth0"}, "ifname"),
    ({"provider": "network-interface"}, "ifname"),
    ({"provider": "network-interface", "ifname": "eth0; reboot"}, "ifname"),
    ({"provider": "network-interface", "ifname": "containr-none"}, "ifname"),
    ({"provider": "generic", "url": "ftp://ip.test/"}, "url"),
    ({"provider": "generic", "ip": "203.0.113.9"}, "ip"),
])
def test_validate_refuses_naming_the_field(config, field):
    with pytest.raises(Invalid) as refused:
        validate(config)
    assert refused.value.details == {"field": field}


def test_validate_keeps_the_provider_and_its_one_setting():
    assert validate({"provider": "fixed", "ip": " 2001:db8:0::9 ", "url": None}) == {"provider": "fixed",
                                                                                    "ip": "2001:db8::9"}
    assert validate({"provider": "network-interface", "ifname": "lo"}) == {"provider": "network-interface",
                                                                           "ifname": "lo"}
    assert validate({}) == {"provider": "generic"}


async def test_fixed_and_network_interface_addresses():
    assert await public_addresses({"provider": "fixed", "ip": "203.0.113.9"}) == ["203.0.113.9"]
    loopback = await public_addresses({"provider": "network-interface", "ifname": "lo"})
    assert loopback[0] == "127.0.0.1" and set(loopback) <= {"127.0.0.1", "::1"}
    with pytest.raises(SysinfoError, match="No network interface containr-none"):
        await public_addresses({"provider": "network-interface", "ifname": "containr-none"})
    with pytest.raises(SysinfoError, match="not valid"):
        await public_addresses({"provider": "fixed", "ip": "somewhere"})


class _WhatIsMyIp(BaseHTTPRequestHandler):
    ANSWERS = {"/text": ("text/plain", "198.51.100.7\n"),
               "/json": ("application/json", json.dumps({"ip": "2001:db8::7"})),
               "/html": ("text/html", "<html>your address is 198.51.100.7</html>")}

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        kind, body = self.ANSWERS.get(self.path, ("text/plain", "no such page"))
        data = body.encode()
        self.send_response(200 if self.path in self.ANSWERS else 404)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (http.server's signature)
        pass


@pytest.fixture
def what_is_my_ip() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _WhatIsMyIp)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


async def test_generic_asks_a_url_answering_plain_text_or_json(what_is_my_ip: str):
    assert await public_addresses({"provider": "generic", "url": f"{what_is_my_ip}/text"}) == ["198.51.100.7"]
    assert await public_addresses({"provider": "generic", "url": f"{what_is_my_ip}/json"}) == ["2001:db8::7"]
    with pytest.raises(SysinfoError, match="answered no IP address"):
        await public_addresses({"provider": "generic", "url": f"{what_is_my_ip}/html"})
    with pytest.raises(SysinfoError, match="404"):
        await public_addresses({"provider": "generic", "url": f"{what_is_my_ip}/missing"})
    with pytest.raises(SysinfoError, match="did not answer the public address"):
        await public_addresses({"provider": "generic", "url": f"http://127.0.0.1:{_free_port()}/"})
