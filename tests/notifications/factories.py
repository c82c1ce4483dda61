"""A notification recorded straight in the database, for tests that need one without the API."""

from __future__ import annotations

from uuid import UUID

from service.config import Settings
from service.core.secrets import SecretBox
from service.domains.notifications.models import Notification, NotificationType

NOWHERE = "http://127.0.0.1:1/hook"  # nothing listens on port 1: a try there is refused at once


async def notification_record(settings: Settings, team_id: UUID | str, *, name: str = "alerts") -> Notification:
    """A generic webhook notification of the team to NOWHERE, for every event type it names (none)."""
    box = SecretBox(settings.resolved_secret_key(), purpose="settings", previous_keys=settings.previous_keys)
    return await Notification.create(team_id=team_id, name=name, type=NotificationType.WEBHOOK,
                                     sealed_target=box.seal(NOWHERE), target_hint="http://127.0.0.1:1/…",
                                     sealed_signing_secret=box.seal("whsec_route-access"), enabled_events=[])
