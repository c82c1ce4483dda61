"""Recognising an uploaded picture by its content, for project icons and the instance's avatar."""

from __future__ import annotations


def image_type(data: bytes) -> str | None:
    """PNG, JPEG or WebP by their first bytes, never by name or declared type; anything else (SVG, which can carry
    scripts, included) is None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None
