"""An app's log: its guest's journal (the web server, PHP, the app's own units), read with nodes' guest_shell: the
last lines, or followed live."""

from __future__ import annotations

from collections.abc import AsyncIterator

from service.config import Settings
from service.core.errors import Conflict
from service.domains.apps.models import App, InstallationState
from service.domains.nodes import guest_shell

MAX_LINES = 10_000


def _command(lines: int, *, follow: bool) -> list[str]:
    return ["journalctl", "--no-pager", "-o", "short-iso", "-n", str(lines), *(["-f"] if follow else [])]


def check_readable(app: App) -> str:
    """The guest's address; 409 while the guest is still being made (an install or a clone on its way)."""
    if not app.host or app.installation_state in (InstallationState.PENDING_INSTALL, InstallationState.PENDING_CLONE):
        raise Conflict(f"App {app.fqdn} has no guest to read a log from yet", code="no_guest")
    return app.host


async def tail(settings: Settings, app: App, lines: int) -> list[str]:
    host = check_readable(app)
    found = await guest_shell.output(settings, host=host, guest_id=str(app.guest_id),
                                     remote=_command(lines, follow=False), reading=f"the log of app {app.fqdn}")
    return found[-lines:]


def follow(settings: Settings, app: App, lines: int) -> AsyncIterator[str | None]:
    """The last lines, then each new one as it is written, until the caller stops iterating (None: a quiet
    while, for a keep-alive)."""
    host = check_readable(app)
    return guest_shell.follow(settings, host=host, guest_id=str(app.guest_id), remote=_command(lines, follow=True))
