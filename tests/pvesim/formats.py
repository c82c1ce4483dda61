"""PVE's named string formats (pve-common JSONSchema.pm, pve-storage, pve-container, qemu-server): each
verifier raises FormatError with PVE's message. Formats not listed here are property strings or rarely
used ones; `LENIENT` names those the simulator accepts unchecked."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable


class FormatError(ValueError):
    pass


def _re(pattern: str, message: str) -> Callable[[str], None]:
    compiled = re.compile(pattern)

    def check(value: str) -> None:
        if not compiled.fullmatch(value):
            raise FormatError(message.format(value=value))

    return check


def _parse_id(kind: str) -> Callable[[str], None]:
    def check(value: str) -> None:
        if len(value) < 2:
            raise FormatError(f"{kind} ID '{value}' cannot be shorter than 2 characters")
        if not re.fullmatch(r"[a-z][a-z0-9\-_.]*[a-z0-9]", value, re.I):
            raise FormatError(f"{kind} ID '{value}' contains illegal characters")

    return check


def _ipv4(value: str) -> bool:
    try:
        ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return True


def _ipv6(value: str) -> bool:
    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return False
    return True


def _cidr(value: str, version: int, low: int) -> bool:
    addr, _, bits = value.partition("/")
    ok = _ipv4(addr) if version == 4 else _ipv6(addr)
    high = 32 if version == 4 else 128
    return ok and bits.isdigit() and low < int(bits) <= high


def _check(pred: Callable[[str], bool], message: str) -> Callable[[str], None]:
    def check(value: str) -> None:
        if not pred(value):
            raise FormatError(message.format(value=value))

    return check


_DNS = r"(?:[a-zA-Z0-9](?:[a-zA-Z0-9\-]*[a-zA-Z0-9])?\.)*[a-zA-Z0-9](?:[a-zA-Z0-9\-]*[a-zA-Z0-9])?"
_STORAGE_CONTENT = {"images", "rootdir", "vztmpl", "iso", "backup", "snippets", "import", "none"}


def _storage_content(value: str) -> None:
    if value not in _STORAGE_CONTENT:
        raise FormatError(f"invalid content type '{value}'")


def _volume_id(value: str) -> None:
    if not re.fullmatch(r"[a-z][a-z0-9\-_.]*[a-z0-9]:.+", value, re.I):
        raise FormatError(f"unable to parse volume ID '{value}'")


def _volume_or_path(value: str) -> None:
    if value.startswith("/") or value in ("none", "cdrom"):
        return
    _volume_id(value)


def _startup(value: str) -> None:
    parts = [p for p in value.split(",") if p.strip()]
    if not parts or not all(re.fullmatch(r"(?:order=)?\d+|up=\d+|down=\d+", p) for p in parts):
        raise FormatError("unable to parse startup options")


def _disk_size(value: str) -> None:
    if not re.fullmatch(r"\d+(?:\.\d+)?(?:[KMGT](?:iB)?)?", value):
        raise FormatError(f"value does not look like a valid disk size: {value}")


def _lxc_ip(value: str) -> None:
    addr, _, iface = value.partition("%")
    if not (_ipv4(addr) or _ipv6(addr)) or (iface and not addr.lower().startswith("fe80")):
        raise FormatError("value does not look like a valid IP address")


def _timezone(value: str) -> None:
    if value in ("host", "UTC"):
        return
    if not re.fullmatch(r"[A-Za-z_+\-]+(?:/[A-Za-z0-9_+\-]+)*", value):
        raise FormatError(f"invalid time zone '{value}'")


FORMATS: dict[str, Callable[[str], None]] = {
    "string": lambda value: None,
    "urlencoded": _re(r"[-%a-zA-Z0-9_.!~*'()]*", "invalid urlencoded string: {value}"),
    "pve-configid": _re(r"[a-z][a-z0-9_-]+", "invalid configuration ID '{value}'"),
    "pve-storage-id": _parse_id("storage"),
    "pve-poolid": _re(r"[A-Za-z0-9_][A-Za-z0-9_\-]*(?:/[A-Za-z0-9_][A-Za-z0-9_\-]*){0,2}",
                      "invalid pool ID '{value}'"),
    "pve-bridge-id": _re(r"[-_.\w]+", "invalid bridge ID '{value}'"),
    "pve-vmid": _re(r"[1-9][0-9]{2,8}", "value does not look like a valid VM ID"),
    "pve-node": _re(r"[a-zA-Z0-9](?:[a-zA-Z0-9\-]*[a-zA-Z0-9])?", "value does not look like a valid node name"),
    "pve-tag": _re(r"[a-z0-9_][a-z0-9_\-+.]*", "invalid characters in tag"),
    "pve-realm": _re(r"[A-Za-z][A-Za-z0-9\.\-_]+", "invalid realm ID '{value}'"),
    "mac-addr": _re(r"[a-fA-F0-9][02468aceACE](?::[a-fA-F0-9]{2}){5}",
                    "value does not look like a valid unicast MAC address"),
    "ipv4": _check(_ipv4, "value does not look like a valid IPv4 address"),
    "ipv6": _check(_ipv6, "value does not look like a valid IPv6 address"),
    "ip": _check(lambda v: _ipv4(v) or _ipv6(v), "value does not look like a valid IP address"),
    "CIDRv4": _check(lambda v: _cidr(v, 4, 7), "value does not look like a valid IPv4 CIDR network"),
    "CIDRv6": _check(lambda v: _cidr(v, 6, 7), "value does not look like a valid IPv6 CIDR network"),
    "CIDR": _check(lambda v: _cidr(v, 4, 7) or _cidr(v, 6, 7), "value does not look like a valid CIDR network"),
    "pve-ipv4-config": _check(lambda v: v in ("dhcp", "manual") or _cidr(v, 4, 7),
                              "value does not look like a valid ipv4 network configuration"),
    "pve-ipv6-config": _check(lambda v: v in ("auto", "dhcp", "manual") or _cidr(v, 6, 7),
                              "value does not look like a valid ipv6 network configuration"),
    "dns-name": _re(_DNS, "value does not look like a valid DNS name"),
    "address": _check(lambda v: _ipv4(v) or _ipv6(v) or re.fullmatch(_DNS, v) is not None,
                      "value does not look like a valid address: {value}"),
    "disk-size": _disk_size,
    "pve-startup-order": _startup,
    "pve-storage-content": _storage_content,
    "pve-volume-id": _volume_id,
    "pve-volume-id-or-qm-path": _volume_or_path,
    "pve-volume-id-or-absolute-path": _volume_or_path,
    "lxc-ip-with-ll-iface": _lxc_ip,
    "pve-ct-timezone": _timezone,
    "pve-iface": _re(r"[a-z][a-z0-9_]{1,20}(?:[:.]\d+)?", "invalid network interface name '{value}'"),
    "pve-task-status-type": _re(r"(?i:ok|error|warning|unknown)", "invalid status '{value}'"),
    "email-or-username": _re(r"[^\s@]+(?:@[^\s@]+)?", "value does not look like a valid email address or user name"),
}

# Registered in PVE as property-string formats or with checks the simulator's clients never reach
# (cpu models, SMBIOS, PCI passthrough, ...): accepted as given.
LENIENT = {
    "pve-qm-ide", "pve-qm-boot", "pve-qm-bootdisk", "pve-qm-cicustom", "pve-qm-hostpci", "pve-qm-ipconfig",
    "pve-qm-rng", "pve-qm-smbios1", "pve-qm-watchdog", "pve-vm-cpu-conf", "pve-qemu-sev-fmt", "pve-qemu-tdx-fmt",
    "pve-hotplug-features", "pve-cpuset", "prune-backups", "backup-performance", "backup-fleecing",
    "storage-pair", "bridge-pair", "pve-storage-path", "pve-storage-server", "pve-storage-portal-dns",
    "pve-storage-vgname", "pve-storage-options", "pve-dir-override", "pve-priv", "pve-lxc-mp-string",
    "pve-lxc-dev-string", "proxmox-remote", "pve-fw-addr-spec", "pve-fw-dport-spec", "pve-fw-sport-spec",
    "pve-fw-icmp-type-spec", "pve-fw-protocol-spec", "IPorCIDR", "IPorCIDRorAlias", "ipv4mask",
    "pve-vlan-id-or-range", "regex", "pve-storage-id-or-none",
}


def split_list(value: str) -> list[str]:
    """PVE::Tools::split_list: NUL-separated, or separated by commas, semicolons and blanks."""
    if "\0" in value:
        return value.split("\0")
    return [part for part in re.split(r"[,;\s]+", value.strip()) if part]


def check_named(name: str, value: str) -> None:
    """Checks `value` against a named format, with PVE's `-list` and `-opt` suffixes."""
    base, kind = name, ""
    match = re.fullmatch(r"(.*?)-(list|opt)", name)
    if match and match.group(1) in FORMATS | dict.fromkeys(LENIENT):
        base, kind = match.group(1), match.group(2)
    if base in LENIENT:
        return
    verifier = FORMATS.get(base)
    if verifier is None:
        raise FormatError(f"undefined format '{name}'")
    if kind == "list":
        for item in split_list(value):
            verifier(item)
    elif kind == "opt":
        if value:
            verifier(value)
    else:
        verifier(value)
