"""Run locks in the database: the keys (resources, serial groups) a task holds, one holder per key, across
every process that shares the database."""

from __future__ import annotations

from collections.abc import Iterable

from tortoise import fields
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Subquery
from tortoise.models import Model
from tortoise.transactions import in_transaction

from service.tasks.models import ACTIVE_STATES, Task


class RunLock(Model):
    """One key held by one task: the unique key is the lock, so two processes cannot both take it."""

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=255, unique=True)
    task_id = fields.IntField(db_index=True)  # not a foreign key: a lock outlives nothing, rows go with their run
    acquired_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "run_locks"


class Taken(Exception):
    """A key of the set is held by another task; nothing of the set was taken."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = tuple(keys)
        super().__init__(f"run locks taken: {', '.join(self.keys)}")


def resource_key(resource_type: str, resource_id: str) -> str:
    return f"{resource_type}:{resource_id}"


def group_key(group: str) -> str:
    return f"group:{group}"


async def acquire(task_id: int, keys: Iterable[str], *, connection: BaseDBAsyncClient | None = None) -> None:
    """Take every key of the set the task does not hold yet, all or none: raises Taken. Given a connection in a
    transaction, within it (a Taken must then roll that transaction back: on PostgreSQL it is aborted)."""
    wanted = set(keys)
    if not wanted:
        return
    try:
        if connection is not None:
            await _insert(task_id, wanted, connection)
        else:
            async with in_transaction() as conn:
                await _insert(task_id, wanted, conn)
    except IntegrityError:
        raise Taken(sorted(wanted)) from None


async def _insert(task_id: int, wanted: set[str], conn: BaseDBAsyncClient) -> None:
    held = set(await RunLock.filter(task_id=task_id, key__in=sorted(wanted)).using_db(conn)
               .values_list("key", flat=True))
    # In one order everywhere: two runs taking overlapping sets wait for each other on the unique index instead
    # of deadlocking on it.
    for key in sorted(wanted - held):
        await RunLock.create(key=key, task_id=task_id, using_db=conn)


async def holder(keys: Iterable[str], *, other_than: int | None = None) -> int | None:
    """The task that holds one of these keys (the oldest holder), or None when all are free."""
    query = RunLock.filter(key__in=list(keys))
    if other_than is not None:
        query = query.exclude(task_id=other_than)
    found = await query.order_by("task_id").limit(1).values_list("task_id", flat=True)
    return found[0] if found else None


async def busy_with(resource: tuple[str, str], *, also: Iterable[str] = ()) -> int | None:
    """The task a new run on the resource (that also needs the keys `also`) would be refused for: a holder of
    one of the keys, else an active task of the resource's own queued behind another, which takes its key only
    as it starts. None when the run may go."""
    found = await holder([resource_key(*resource), *also])
    if found is None:
        found = await (Task.filter(resource_type=resource[0], resource_id=resource[1], state__in=list(ACTIVE_STATES))
                       .order_by("id").first().values_list("id", flat=True))
    return found


async def held() -> dict[str, int]:
    """Every key held now, with its task: few rows (the keys of the active runs)."""
    return dict(await RunLock.all().values_list("key", "task_id"))


async def release(task_id: int, *, connection: BaseDBAsyncClient | None = None) -> int:
    """Give up every key of the task; answers how many it held."""
    return await RunLock.filter(task_id=task_id).using_db(connection).delete()


async def release_ended() -> int:
    """Drop the keys of tasks that are no longer active (a run whose end was never recorded by its process, a
    service that died): answers how many."""
    active = Subquery(Task.filter(state__in=list(ACTIVE_STATES)).values("id"))
    return await RunLock.exclude(task_id__in=active).delete()
