"""Push to deploy: a GitHub, GitLab, Gitea or Gogs push webhook, checked against the service's own secret, deploys
the pushed commit of the service's branch.

Nothing is recorded and nothing is said about the service before the request proves it knows the secret: an
unknown service id, a missing header and a wrong signature are the same 401 (the ids that exist do not leak).
Then a ping is answered, and a push that is not to the service's branch (another branch, a tag, a deletion) is
ignored, saying why, with nothing recorded."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from uuid import UUID

from service.core.errors import Unauthorized
from service.domains.git import webhooks as git_webhooks
from service.domains.git.webhooks import PINGS, PUSHES, event_of
from service.domains.services import deploying
from service.domains.services.models import BuildTrigger, Service, SourceType
from service.domains.services.secrets import ServiceSecrets
from service.tasks import TaskEngine

__all__ = ["PINGS", "PUSHES", "Push", "authentic_service", "deploy_push", "event_of", "read_push"]
# Compared against when the service is unknown, so that an unknown id costs what a known one does.
_NO_SECRET = b"containr: no such service"


def _refused() -> Unauthorized:
    return Unauthorized("Missing or wrong webhook signature", headers={})


async def authentic_service(secrets: ServiceSecrets, service_id: UUID, headers: Mapping[str, str],
                            body: bytes) -> Service:
    """The service, if the request is signed with its webhook secret; else 401, whatever was wrong."""
    service = await Service.get_or_none(id=service_id)
    secret = str(secrets.own.open(service.sealed_webhook_secret)).encode() if service is not None else _NO_SECRET
    if not git_webhooks.signed(headers, body, secret) or service is None:
        raise _refused()
    return service


@dataclass(frozen=True)
class Push:
    commit: str
    branch: str


def read_push(service: Service, headers: Mapping[str, str], body: bytes) -> Push | str:
    """The push to deploy, or why the event deploys nothing."""
    if service.source_type == SourceType.IMAGE:
        return f"service {service.name} runs an image, not a branch: POST /api/v1/builds deploys it again"
    push = git_webhooks.read_branch_push(headers, body)
    if isinstance(push, str):
        return push
    if push.branch != service.branch:
        return f"a push to {push.branch}: the service deploys {service.branch}"
    if push.deleted:
        return f"branch {push.branch} was deleted"
    return Push(commit=push.checked_commit(), branch=push.branch)


async def deploy_push(engine: TaskEngine, secrets: ServiceSecrets, service: Service, push: Push) -> deploying.Deploy:
    """409 while the service is busy: the sender shows it, and the next push deploys."""
    return await deploying.deploy(engine, secrets, service, trigger=BuildTrigger.WEBHOOK, user=None,
                                  commit=push.commit, branch=push.branch)
