"""A notification's form as the pages read and show it: the kinds offered, the posted fields turned into the API's
body (a URL left empty on a change keeps the stored one), and the API's errors put beside the form's fields."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from starlette.datastructures import FormData

# The API's types, in the order the form offers them, with the names their services go by.
TYPES = (("slack", "Slack"), ("discord", "Discord"), ("teams", "Microsoft Teams"), ("mattermost", "Mattermost"),
         ("rocket", "Rocket.Chat"), ("webhook", "Webhook (signed JSON)"), ("email", "Email"))
TYPE_NAMES = dict(TYPES)
FIELDS = ("name", "type", "url", "recipients")
# The fields the form shows beside themselves; any other the API names is listed above the form.
SHOWN = (*FIELDS, "enabledEvents", "active")
_SPLIT = re.compile(r"[\s,;]+")


def recipients_list(text: str) -> list[str]:
    """Addresses typed one a line or separated by commas, in their order, each once."""
    return list(dict.fromkeys(part for part in _SPLIT.split(text) if part))


def posted(form: FormData) -> dict[str, Any]:
    """The form as typed, for showing it again: the text fields trimmed, the ticked events and `active`."""
    values: dict[str, Any] = {name: str(form.get(name) or "").strip() for name in FIELDS}
    values["enabledEvents"] = [str(value) for value in form.getlist("enabledEvents")]
    values["active"] = bool(form.get("active"))
    return values


def stored(notification: Mapping[str, Any]) -> dict[str, Any]:
    """A notification's values for its edit form: never its URL (a secret), its recipients one a line."""
    return {"name": notification["name"], "type": notification["type"], "url": "",
            "recipients": "\n".join(notification.get("recipients") or []),
            "enabledEvents": list(notification["enabledEvents"]), "active": notification["active"]}


def body(values: Mapping[str, Any], *, change: bool) -> dict[str, Any]:
    """The API's body: email sends its recipients, every other type its URL; on a change an empty URL is left out,
    so that the stored one stays."""
    made: dict[str, Any] = {"name": values["name"], "type": values["type"],
                            "enabledEvents": list(values["enabledEvents"]), "active": values["active"]}
    if values["type"] == "email":
        made["recipients"] = recipients_list(values["recipients"])
    elif values["url"] or not change:
        made["url"] = values["url"] or None  # none typed: the API says the type needs one
    return made


def errors_by_field(fields: Mapping[str, str]) -> dict[str, str]:
    """The API's field errors under the form's names: `recipients.1` is the recipients box, `enabledEvents.0`
    the events' fieldset (the first message for each)."""
    found: dict[str, str] = {}
    for name, message in fields.items():
        found.setdefault(name.split(".", 1)[0], message)
    return found
