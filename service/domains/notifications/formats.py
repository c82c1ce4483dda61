"""The message of one event for each kind of receiver, in each service's documented incoming-webhook format."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from service.domains.events.types import EVENT_TYPES
from service.domains.notifications.models import NotificationType

TEST_TYPE = "test"  # a test message's type, as X-Containr-Event and the body's `type` say it
# Discord's documented limits (developer docs, "Embed Limits" and "Execute Webhook").
DISCORD_CONTENT = 2000
DISCORD_TITLE = 256
DISCORD_DESCRIPTION = 4096
DISCORD_FIELDS = 25
DISCORD_FIELD_NAME = 256
DISCORD_FIELD_VALUE = 1024
# Slack: a section block's text holds at most 3000 characters (Block Kit reference).
SLACK_SECTION = 3000
COLOR_BAD, COLOR_GOOD = 0xD93F0B, 0x2DA44E


@dataclass(frozen=True)
class Message:
    """One event as every format tells it."""

    id: str  # the event's id, or a test delivery's
    type: str
    team_id: str
    resource: dict[str, str]
    at: datetime
    instance: str
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return "Test message" if self.type == TEST_TYPE else EVENT_TYPES.get(self.type, self.type)

    @property
    def text(self) -> str:
        what = f"{self.resource['kind']} {self.resource['name'] or self.resource['id']}"
        if self.type == TEST_TYPE:
            return f"{self.instance}: a test message from notification {self.resource['name']}"
        return f"{self.instance}: {self.title}: {what}"

    @property
    def bad(self) -> bool:
        return self.type.endswith(("failed", "offline", "unhealthy", "rolled_back"))

    def facts(self) -> list[tuple[str, str]]:
        facts = [("Event", self.type), ("Resource", f"{self.resource['kind']} {self.resource['id']}"),
                 ("At", self.at.isoformat())]
        return facts + [(str(key), _short(value)) for key, value in self.data.items()]


def _short(value: Any, limit: int = 500) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def generic(message: Message) -> dict[str, Any]:
    """The generic webhook's body (README, "Notifications"), signed by the sender."""
    return {"id": message.id, "type": message.type, "teamId": message.team_id, "resource": message.resource,
            "at": message.at.isoformat(), "data": message.data, "text": message.text}


def slack(message: Message) -> dict[str, Any]:
    """Slack incoming webhook: `text` (the notification's fallback) and Block Kit `blocks`."""
    facts = "\n".join(f"*{name}:* {value}" for name, value in message.facts())
    return {"text": message.text,
            "blocks": [{"type": "header", "text": {"type": "plain_text", "text": _cut(message.title, 150)}},
                       {"type": "section", "text": {"type": "mrkdwn", "text": _cut(message.text, SLACK_SECTION)}},
                       {"type": "section", "text": {"type": "mrkdwn", "text": _cut(facts, SLACK_SECTION)}}]}


def discord(message: Message) -> dict[str, Any]:
    """Discord Execute Webhook: `content` and one embed, within Discord's limits."""
    fields = [{"name": _cut(name, DISCORD_FIELD_NAME), "value": _cut(value or "-", DISCORD_FIELD_VALUE),
               "inline": False} for name, value in message.facts()[:DISCORD_FIELDS]]
    embed = {"title": _cut(message.title, DISCORD_TITLE), "description": _cut(message.text, DISCORD_DESCRIPTION),
             "timestamp": message.at.isoformat(), "color": COLOR_BAD if message.bad else COLOR_GOOD,
             "fields": fields}
    return {"content": _cut(message.text, DISCORD_CONTENT), "username": "Containr", "embeds": [embed]}


def teams(message: Message) -> dict[str, Any]:
    """Microsoft Teams (Workflows' "post to a channel when a webhook request is received", which replaced the
    Office 365 connectors): a message with one Adaptive Card attachment."""
    card = {"$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard",
            "version": "1.4",
            "body": [{"type": "TextBlock", "text": message.title, "weight": "Bolder", "size": "Medium",
                      "wrap": True},
                     {"type": "TextBlock", "text": message.text, "wrap": True},
                     {"type": "FactSet", "facts": [{"title": name, "value": value}
                                                   for name, value in message.facts()]}]}
    return {"type": "message", "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive",
                                                 "contentUrl": None, "content": card}]}


def _attachment(message: Message) -> dict[str, Any]:
    return {"fallback": message.text, "title": message.title, "text": message.text,
            "color": f"#{COLOR_BAD if message.bad else COLOR_GOOD:06x}",
            "fields": [{"title": name, "value": value, "short": False} for name, value in message.facts()]}


def mattermost(message: Message) -> dict[str, Any]:
    """Mattermost incoming webhook: `text`, `username` and Slack-style `attachments`."""
    return {"text": message.text, "username": "Containr", "attachments": [_attachment(message)]}


def rocket(message: Message) -> dict[str, Any]:
    """Rocket.Chat incoming webhook: `text`, `alias` and `attachments`."""
    return {"text": message.text, "alias": "Containr", "attachments": [_attachment(message)]}


def email(message: Message) -> tuple[str, str]:
    """(subject, plain text) of the email."""
    lines = [message.text, ""] + [f"{name}: {value}" for name, value in message.facts()]
    return f"[{message.instance}] {message.title}: {message.resource['name'] or message.resource['kind']}", \
        "\n".join(lines) + "\n"


BODIES = {NotificationType.SLACK: slack, NotificationType.DISCORD: discord, NotificationType.TEAMS: teams,
          NotificationType.MATTERMOST: mattermost, NotificationType.ROCKET: rocket,
          NotificationType.WEBHOOK: generic}
