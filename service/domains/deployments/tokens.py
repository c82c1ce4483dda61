"""The deployment token: one per deployment, shown once with a ready `curl` line, kept as a SHA-256 hash; it
starts that deployment and nothing else (CI's trigger)."""

from __future__ import annotations

import hashlib
import secrets
import shlex
from datetime import UTC, datetime, timedelta
from uuid import UUID

from service.auth.models import User
from service.core.errors import Conflict, Unauthorized
from service.domains.deployments.models import Deployment, DeploymentToken

PREFIX = "ctrd_"  # tells a deployment token from an API token at a glance (and to secret scanners)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def trigger_url(base: str, deployment: Deployment) -> str:
    return f"{base}/api/v1/deployments/{deployment.id}/trigger"


async def create(deployment: Deployment, *, name: str, days: int | None, user: User) -> tuple[DeploymentToken, str]:
    if await DeploymentToken.exists(deployment=deployment):
        raise Conflict("The deployment has a token: delete it first for a new one", code="taken",
                       details={"field": "name"})
    token = PREFIX + secrets.token_urlsafe(32)
    expires = datetime.now(UTC) + timedelta(days=days) if days else None
    made = await DeploymentToken.create(deployment=deployment, name=name, token_hash=_hash(token),
                                        expires_at=expires, created_by=user)
    return made, token


def curl_line(base: str, deployment: Deployment, token: str) -> str:
    return (f"curl -fsS -X POST -H {shlex.quote('Authorization: Bearer ' + token)} "
            f"{shlex.quote(trigger_url(base, deployment))}")


async def authenticate(deployment_id: UUID, authorization: str | None) -> tuple[Deployment, DeploymentToken]:
    """The deployment the bearer token starts; 401 alike for no token, a wrong one, another deployment's or an
    expired one (nothing tells which)."""
    scheme, _, token = (authorization or "").partition(" ")
    found = await DeploymentToken.get_or_none(token_hash=_hash(token.strip())) \
        if scheme.lower() == "bearer" and token.strip().startswith(PREFIX) else None
    if found is None or found.deployment_id != deployment_id or (
            found.expires_at is not None and found.expires_at <= datetime.now(UTC)):
        raise Unauthorized("A valid deployment token for this deployment is required")
    found.last_used_at = datetime.now(UTC)
    await found.save(update_fields=["last_used_at"])
    return await Deployment.get(id=deployment_id), found
