"""A service's app log: its unit's journal in its guest (a cron service's too: the unit its timer starts), read
with nodes' guest_shell: the last lines, or followed live."""

from __future__ import annotations

from collections.abc import AsyncIterator

from service.config import Settings
from service.core.errors import Conflict
from service.domains.nodes import guest_shell
from service.domains.services.models import Service, ServiceStatus, SourceType

MAX_LINES = 10_000
# A release that served: its unit has a journal (a stopped one's too).
READABLE = (ServiceStatus.RUNNING, ServiceStatus.STOPPED, ServiceStatus.DEPLOYING)


def unit(service: Service) -> str:
    return f"containr-{service.name}"


def source(service: Service) -> str:
    return f"journal of {unit(service)}"


def _command(service: Service, lines: int, *, follow: bool) -> list[str]:
    return ["journalctl", "--no-pager", "-o", "short-iso", "-u", unit(service), "-n", str(lines),
            *(["-f"] if follow else [])]


def check_readable(service: Service) -> str:
    """The guest's address; 409 unless a release of the service was deployed there."""
    if service.source_type != SourceType.GIT:  # an image service's, or the image a Dockerfile service built
        raise Conflict(f"Service {service.name} runs its image as an application container, which has no journal "
                       "and no shell Containr reaches: its output is on the container's console in Proxmox VE",
                       code="not_supported")
    if service.status not in READABLE or service.current_release_id is None or not service.host:
        raise Conflict(f"Service {service.name} is {service.status} with no release deployed; its log is read once "
                       "one is", code="no_release")
    return service.host


async def tail(settings: Settings, service: Service, lines: int) -> list[str]:
    host = check_readable(service)
    found = await guest_shell.output(settings, host=host, guest_id=str(service.guest_id),
                                     remote=_command(service, lines, follow=False),
                                     reading=f"the log of service {service.name}")
    return found[-lines:]


def follow(settings: Settings, service: Service, lines: int) -> AsyncIterator[str | None]:
    """The last lines, then each new one as it is written, until the caller stops iterating (None: a quiet
    while, for a keep-alive)."""
    host = check_readable(service)
    return guest_shell.follow(settings, host=host, guest_id=str(service.guest_id),
                              remote=_command(service, lines, follow=True))
