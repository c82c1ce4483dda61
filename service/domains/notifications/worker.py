"""The delivery worker, in the API process: fans each recorded event out into one delivery per notification that
wants it, and tries the due deliveries, each in a task of its own, so that a dead receiver holds up nothing else.
Everything it knows is in the database: after a restart it picks up where the last process stopped. With several
instances on one database, only the holder of the "notifications" lease delivers (service/tasks/leases.py)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from uuid import UUID

from starlette.datastructures import State
from tortoise.exceptions import IntegrityError

from service.core.secrets import SecretBox
from service.domains.events import outbox
from service.domains.events.models import Event
from service.domains.notifications import delivering, sending
from service.domains.notifications.models import Delivery, DeliveryStatus, Notification
from service.tasks.leases import LeaseKeeper

log = logging.getLogger(__name__)
LEASE = "notifications"
POLL_SECONDS = 15.0  # the longest sleep: an event recorded by another process is found this late at most
# After a wake-up, one more pass this soon: record() wakes us before its transaction commits.
SETTLE_SECONDS = 0.5
BATCH = 200
MAX_IN_FLIGHT = 50


class Worker:
    def __init__(self, box: SecretBox, *, schedule: delivering.Schedule) -> None:
        self.box = box
        self.schedule = schedule
        self._wake = asyncio.Event()
        self._main: asyncio.Task[None] | None = None
        self._tries: dict[UUID, asyncio.Task[None]] = {}
        self._stopping = False

    def start(self) -> None:
        self._stopping = False
        self._main = asyncio.get_running_loop().create_task(self._run(), name="notification-deliveries")

    def wake(self) -> None:
        self._wake.set()

    async def stop(self) -> None:
        """Stop looking and cancel the tries under way: their deliveries stay pending and are tried again after
        the next start (at least once)."""
        self._stopping = True
        tasks = [task for task in (self._main, *self._tries.values()) if task is not None]
        self._main = None
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    async def _run(self) -> None:
        while not self._stopping:
            woken = self._wake.is_set()
            self._wake.clear()
            try:
                await self._fan_out()
                delay = await self._dispatch()
            except Exception:  # noqa: BLE001 - a database hiccup must not end delivery for good
                log.exception("a notification delivery pass failed; trying again in %g s", POLL_SECONDS)
                delay = POLL_SECONDS
            if woken:
                delay = min(delay, SETTLE_SECONDS)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=max(delay, 0.01))

    async def _fan_out(self) -> None:
        events = await Event.filter(fanned_out=False).order_by("at").limit(BATCH)
        if not events:
            return
        wanting = await Notification.filter(team_id__in=list({event.team_id for event in events}), active=True)
        for event in events:
            made = set(await Delivery.filter(event_id=event.id).values_list("notification_id", flat=True))
            for notification in wanting:
                if notification.team_id != event.team_id or event.type not in notification.enabled_events:
                    continue
                if notification.id in made:
                    continue  # made before a stop that came before the event was marked
                # The unique (notification, event) pair makes a second one fail: never two deliveries of one event.
                with contextlib.suppress(IntegrityError):
                    await Delivery.create(notification_id=notification.id, event_id=event.id,
                                          next_attempt_at=delivering.now())
            await Event.filter(id=event.id).update(fanned_out=True)
        self._wake.set()  # the new deliveries are due now

    async def _dispatch(self) -> float:
        """Start a try for each due delivery not already being tried; answer how long until the next is due."""
        moment = delivering.now()
        room = MAX_IN_FLIGHT - len(self._tries)
        if room > 0:
            due = await (Delivery.filter(status=DeliveryStatus.PENDING, test=False, next_attempt_at__lte=moment)
                         .order_by("next_attempt_at").limit(room + len(self._tries)))
            for delivery in due:
                if delivery.id in self._tries or len(self._tries) >= MAX_IN_FLIGHT:
                    continue
                self._tries[delivery.id] = asyncio.get_running_loop().create_task(self._try(delivery))
        later = await (Delivery.filter(status=DeliveryStatus.PENDING, test=False, next_attempt_at__gt=moment)
                       .order_by("next_attempt_at").first())
        if later is None or later.next_attempt_at is None:
            return POLL_SECONDS
        return min(POLL_SECONDS, (later.next_attempt_at - moment).total_seconds())

    async def _try(self, delivery: Delivery) -> None:
        try:
            await delivering.attempt(self.box, delivery, schedule=self.schedule)
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - one delivery's bug must not stop the others
            log.exception("notification delivery %s: the try failed in Containr", delivery.id)
        finally:
            self._tries.pop(delivery.id, None)
            self._wake.set()


# One worker per process: the app that starts last owns it (a test that starts a second app on the same data
# replaces the first one's worker rather than running two).
_current: Worker | None = None
_keeper: LeaseKeeper | None = None
_listening = False


def _wake_current() -> None:
    if _current is not None:
        _current.wake()


async def start(state: State) -> None:
    """The slice's `started` hook: the worker runs while this process holds the lease (at once when it is free:
    the embedded service's case), and stops when it loses it; its tries under way are tried again by the new
    holder (at least once, as after a restart)."""
    global _current, _keeper, _listening
    await stop(state)
    sending.install_log_filter()
    if not _listening:
        outbox.on_recorded(_wake_current)
        _listening = True
    worker = _current = Worker(state.settings_box, schedule=delivering.Schedule.from_env())
    state.notifications_worker = worker

    async def gained() -> None:
        worker.start()

    _keeper = LeaseKeeper(LEASE, ttl=3 * state.settings.worker_heartbeat, on_gained=gained, on_lost=worker.stop)
    await _keeper.start()


async def stop(state: State | None = None) -> None:
    """The slice's `stopping` hook: the app's shutdown ends the worker and gives its lease up."""
    global _current, _keeper
    worker, _current = _current, None
    keeper, _keeper = _keeper, None
    if keeper is not None:
        await keeper.close()
    if worker is not None:
        await worker.stop()
