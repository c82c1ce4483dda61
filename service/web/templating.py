"""The Jinja2 environment of the pages: autoescaped, strict about undefined names, with the filters they share."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from service.web.session import CSRF_FIELD
from service.web.static import static_url

TEMPLATES = Path(__file__).parent / "templates"


def _when(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, int | float):  # a task's milliseconds
        return datetime.fromtimestamp(value / 1000, tz=UTC)
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return None


def relative(moment: datetime, now: datetime) -> str:
    seconds = int((now - moment).total_seconds())
    future = seconds < 0
    seconds = abs(seconds)
    for size, unit in ((86400 * 365, "year"), (86400 * 30, "month"), (86400, "day"), (3600, "hour"),
                       (60, "minute")):
        if seconds >= size:
            count = seconds // size
            text = f"{count} {unit}{'s' if count != 1 else ''}"
            return f"in {text}" if future else f"{text} ago"
    return "just now"


def time_tag(value: Any) -> Markup:
    """`<time>` with the relative time as text and the absolute UTC one on hover (and for machines)."""
    moment = _when(value)
    if moment is None:
        return Markup("<span class=\"muted\">never</span>")
    absolute = moment.strftime("%Y-%m-%d %H:%M:%S UTC")
    return Markup('<time datetime="{}" title="{}">{}</time>').format(
        moment.isoformat(), absolute, relative(moment, datetime.now(UTC)))


def csrf_input(token: str) -> Markup:
    return Markup('<input type="hidden" name="{}" value="{}">').format(CSRF_FIELD, escape(token))


def size(value: Any) -> str:
    """Bytes, or megabytes with unit "MB" when given as such, in a human unit."""
    try:
        amount = float(value)
    except (TypeError, ValueError):
        return "—"
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if amount < 1024 or unit == "TiB":
            return f"{amount:.0f} {unit}" if unit == "B" else f"{amount:.1f} {unit}"
        amount /= 1024
    return str(value)


ENV = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(("html",)),
                  undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
ENV.globals.update(static_url=static_url, csrf_input=csrf_input)
ENV.filters.update(when=time_tag, size=size)
