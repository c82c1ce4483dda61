"""The mail server's log: the journal of Postfix, Dovecot and OpenDKIM in the mail guest, read with nodes'
guest_shell: the last lines, or followed live."""

from __future__ import annotations

from collections.abc import AsyncIterator

from service.config import Settings
from service.domains.mail import setup
from service.domains.nodes import guest_shell

MAX_LINES = 10_000
UNITS = ("postfix@-", "dovecot", "opendkim")
SOURCE = "journal of " + ", ".join(UNITS)


def _command(lines: int, *, follow: bool) -> list[str]:
    units = [argument for unit in UNITS for argument in ("-u", unit)]
    return ["journalctl", "--no-pager", "-o", "short-iso", *units, "-n", str(lines), *(["-f"] if follow else [])]


async def tail(settings: Settings, lines: int) -> list[str]:
    found = await setup.ready_server()
    output = await guest_shell.output(settings, host=str(found.guest.ip), guest_id=str(found.guest_id),
                                      remote=_command(lines, follow=False), reading="the mail server's log")
    return output[-lines:]


async def follow(settings: Settings, lines: int) -> AsyncIterator[str | None]:
    """The last lines, then each new one as it is written (None: a quiet while, for a keep-alive); 409 before
    the mail server is set up, raised here, before a stream starts."""
    found = await setup.ready_server()
    return guest_shell.follow(settings, host=str(found.guest.ip), guest_id=str(found.guest_id),
                              remote=_command(lines, follow=True))
