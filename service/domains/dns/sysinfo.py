"""The instance's public address as seed 002's sysinfo_config finds it: a fixed address, a network interface's
own addresses, or what a "what is my IP" URL answers (the generic provider)."""

from __future__ import annotations

import ipaddress
import re
import socket
from typing import Any

import httpx
import psutil

from service.core.errors import Invalid

DEFAULT_URL = "https://api.ipify.org"  # answers the caller's IPv4 address as plain text
TIMEOUT = 10.0
_FIELDS = {"generic": ("url",), "fixed": ("ip",), "network-interface": ("ifname",)}
_IFNAME = re.compile(r"[A-Za-z0-9_.:@-]{1,15}")  # Linux: at most 15 characters (IFNAMSIZ 16)


class SysinfoError(Exception):
    """The public address could not be found (an interface gone, a URL that did not answer usefully)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _address(text: str) -> str:
    return str(ipaddress.ip_address(text.strip()))


def validate(config: dict[str, Any]) -> dict[str, Any]:
    """The config as stored: the provider and its one setting; Invalid names `provider`, `ip`, `ifname` or `url`."""
    provider = config.get("provider") or "generic"
    if provider not in _FIELDS:
        raise Invalid(f"Unknown sysinfo provider {provider!r}; one of {', '.join(_FIELDS)}",
                      details={"field": "provider"})
    for key, value in config.items():
        if key != "provider" and value is not None and key not in _FIELDS[provider]:
            raise Invalid(f"{key} does not apply to provider {provider}", details={"field": key})
    if provider == "fixed":
        ip = config.get("ip")
        try:
            return {"provider": provider, "ip": _address(str(ip))} if ip else _missing("ip", provider)
        except ValueError:
            raise Invalid(f"{ip!r} is not an IPv4 or IPv6 address", details={"field": "ip"}) from None
    if provider == "network-interface":
        ifname = config.get("ifname")
        if not ifname:
            _missing("ifname", provider)
        if not isinstance(ifname, str) or not _IFNAME.fullmatch(ifname):
            raise Invalid(f"{ifname!r} is not a network interface name", details={"field": "ifname"})
        if ifname not in psutil.net_if_addrs():
            raise Invalid(f"This machine has no network interface {ifname}", details={"field": "ifname"})
        return {"provider": provider, "ifname": ifname}
    url = config.get("url")
    if url is not None and (not isinstance(url, str) or not re.fullmatch(r"https?://\S+", url)):
        raise Invalid(f"{url!r} is not an http(s) URL", details={"field": "url"})
    return {"provider": provider, **({"url": url} if url else {})}


def _missing(key: str, provider: str) -> dict[str, Any]:
    raise Invalid(f"Provider {provider} needs {key}", details={"field": key})


def _interface(ifname: str) -> list[str]:
    found = psutil.net_if_addrs().get(ifname)
    if found is None:
        raise SysinfoError(f"No network interface {ifname}")
    addresses: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = []
    for entry in found:
        if entry.family not in (socket.AF_INET, socket.AF_INET6):
            continue
        address = ipaddress.ip_address(entry.address.split("%", 1)[0])
        if not address.is_link_local:  # fe80::/10, 169.254/16: never reachable from elsewhere
            addresses.append(address)
    if not addresses:
        raise SysinfoError(f"Network interface {ifname} has no address")
    return [str(address) for address in sorted(addresses, key=lambda a: (a.version, a))]


async def _generic(url: str) -> list[str]:
    try:
        async with httpx.AsyncClient(timeout=TIMEOUT, follow_redirects=True) as client:
            answer = await client.get(url, headers={"Accept": "application/json, text/plain"})
        answer.raise_for_status()
    except httpx.HTTPError as failed:
        raise SysinfoError(f"{url} did not answer the public address: {failed or type(failed).__name__}") from None
    text = answer.text.strip()
    if text.startswith("{"):
        try:
            text = str(answer.json().get("ip", ""))
        except (ValueError, AttributeError):
            text = ""
    try:
        return [_address(text)]
    except ValueError:
        raise SysinfoError(f"{url} answered no IP address (plain text or JSON {{\"ip\": ...}}): "
                           f"{answer.text[:80]!r}") from None


async def public_addresses(config: dict[str, Any]) -> list[str]:
    """The public addresses (IPv4 first) for `config` (empty: the generic provider); SysinfoError otherwise."""
    try:
        checked = validate(config) if config.get("provider") != "network-interface" else config
    except Invalid as invalid:
        raise SysinfoError(f"sysinfo_config is not valid: {invalid.message}") from None
    if checked["provider"] == "fixed":
        return [checked["ip"]]
    if checked["provider"] == "network-interface":
        return _interface(str(checked.get("ifname") or ""))
    return await _generic(checked.get("url") or DEFAULT_URL)
