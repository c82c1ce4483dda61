"""What a slice declares to the app, in one object: its routers, its actions, its scheduled jobs, what it
repairs at start-up, its answers to the events of the slices below it and its upload routes. service/app.py
lists every slice's object in order; nothing registers itself on import."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field

from fastapi import APIRouter
from starlette.datastructures import State

from service.actions.catalogue import Action
from service.api.hooks import Hook
from service.core.body_limit import UploadLimit
from service.tasks.scheduler import JobSpec

# Run once at start-up, after the engine has ended the runs the last process left behind: puts right what a
# stop between recording a change and starting its run left half-done.
Recovery = Callable[[], Awaitable[object]]
# Run once at start-up with the app's state, after recovery: for a slice whose finish hooks start further runs.
Started = Callable[[State], Awaitable[object]]
# Run once at shutdown with the app's state, before the engine closes: ends what a `started` hook began.
Stopping = Callable[[State], Awaitable[object]]


@dataclass(frozen=True)
class Domain:
    name: str
    routers: tuple[APIRouter, ...] = ()  # included in this order (a fixed path before a templated one)
    actions: tuple[Action, ...] = ()
    jobs: tuple[JobSpec, ...] = ()
    recovery: tuple[Recovery, ...] = ()
    # What this slice does when a slice below it announces an event, by the event's name (see service/api/hooks.py).
    hooks: Mapping[str, Hook] = field(default_factory=dict)
    uploads: tuple[UploadLimit, ...] = ()  # routes whose bodies may pass the JSON limit
    started: tuple[Started, ...] = ()
    # Run with the app's state once the engine exists, before it ends the runs the last process left behind: for
    # a listener that must hear those ends too (Started's signature).
    engine_ready: tuple[Started, ...] = ()
    stopping: tuple[Stopping, ...] = ()
