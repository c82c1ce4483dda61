"""Build runners: made by instance admins with a token shown once (`crn_...`, kept as a SHA-256 hash), listed
without it, deleted; and the token's check on every call of the runner protocol."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime

from service.auth.models import User
from service.core.errors import Conflict, NotFound, Unauthorized, taken_on_duplicate
from service.domains.workflows.build_models import BuildRunner
from service.domains.workflows.runner_schemas import RunnerCreate, RunnerOut

PREFIX = "crn_"  # tells a runner token from the other tokens at a glance (and to secret scanners)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _taken(name: str) -> str:
    return f"A runner named {name!r} exists"


async def create(body: RunnerCreate, *, user: User) -> tuple[BuildRunner, str]:
    if await BuildRunner.exists(name=body.name):
        raise Conflict(_taken(body.name), code="taken", details={"field": "name"})
    token = PREFIX + secrets.token_urlsafe(32)
    with taken_on_duplicate(_taken(body.name), field="name"):
        runner = await BuildRunner.create(name=body.name, labels=list(dict.fromkeys(body.labels)),
                                          token_hash=_hash(token), created_by=user)
    return runner, token


async def get(runner_id: object) -> BuildRunner:
    runner = await BuildRunner.get_or_none(id=runner_id)
    if runner is None:
        raise NotFound(f"No runner {runner_id}")
    return runner


async def authenticate(authorization: str | None) -> BuildRunner:
    """The runner whose token the bearer header carries; 401 alike for none, a malformed one or a wrong one.

    The lookup is by the token's hash: what a timing difference could tell is about the hash, not the token."""
    scheme, _, token = (authorization or "").partition(" ")
    token = token.strip()
    runner = await BuildRunner.get_or_none(token_hash=_hash(token)) \
        if scheme.lower() == "bearer" and token.startswith(PREFIX) else None
    if runner is None:
        raise Unauthorized("A valid runner token is required (Authorization: Bearer crn_...)")
    runner.last_seen_at = datetime.now(UTC)
    await BuildRunner.filter(id=runner.id).update(last_seen_at=runner.last_seen_at)
    return runner


def out(runner: BuildRunner) -> RunnerOut:
    return RunnerOut(id=runner.id, name=runner.name, labels=list(runner.labels or []),
                     last_seen_at=runner.last_seen_at, created_at=runner.created_at)
