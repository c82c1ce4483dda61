"""PVE property strings: parsing and printing in PVE's key order (default key, required keys, the rest)."""

from __future__ import annotations

import random
import re


def parse(text: str, default_key: str | None = None) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in text.split(","):
        if not part:
            continue
        if "=" in part:
            key, value = part.split("=", 1)
            out[key] = value
        elif default_key:
            out[default_key] = part
    return out


def render(data: dict[str, str], *, default_key: str | None = None, required: tuple[str, ...] = ()) -> str:
    parts = []
    if default_key and default_key in data:
        parts.append(str(data[default_key]))
    parts += [f"{k}={data[k]}" for k in sorted(required) if k in data]
    parts += [f"{k}={v}" for k, v in sorted(data.items()) if k != default_key and k not in required]
    return ",".join(parts)


def random_mac() -> str:
    """A MAC in Proxmox's OUI BC:24:11, as PVE 8 assigns them."""
    return "BC:24:11:" + ":".join(f"{random.randrange(256):02X}" for _ in range(3))


def gib_text(size: str) -> str:
    """'8' or '0.5' (GiB, as the API takes new volume sizes) -> PVE's size text ('8G', '512M')."""
    value = float(size)
    if value == int(value):
        return f"{int(value)}G"
    return f"{int(value * 1024)}M"


NEW_VOLUME = re.compile(r"(?P<storage>[a-zA-Z][\w.-]*):(?P<size>\d+(?:\.\d+)?)")

SIZE_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}


def parse_size(text: str) -> int:
    """PVE::JSONSchema::parse_size: '12G', '512M', '1.5T' or plain bytes -> bytes."""
    found = re.fullmatch(r"(\d+(?:\.\d+)?)([KMGT]?)", text.strip())
    if not found:
        raise ValueError(f"invalid size '{text}'")
    return int(float(found.group(1)) * SIZE_UNITS[found.group(2)])


def size_text(size: int) -> str:
    """PVE::JSONSchema::format_size: bytes -> the largest unit that divides them ('10G', '1536M')."""
    for unit in ("T", "G", "M", "K"):
        if size and size % SIZE_UNITS[unit] == 0:
            return f"{size // SIZE_UNITS[unit]}{unit}"
    return str(size)
