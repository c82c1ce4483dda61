"""Push to deploy: a GitHub, GitLab, Gitea or Gogs push webhook, checked against the service's own secret, deploys
the pushed commit of the service's branch.

Nothing is recorded and nothing is said about the service before the request proves it knows the secret: an
unknown service id, a missing header and a wrong signature are the same 401 (the ids that exist do not leak).
Then a ping is answered, and a push that is not to the service's branch (another branch, a tag, a deletion) is
ignored, saying why, with nothing recorded."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qs
from uuid import UUID

from service.core.errors import Invalid, Unauthorized
from service.domains.services import deploying
from service.domains.services.models import BuildTrigger, Service, SourceType
from service.domains.services.secrets import ServiceSecrets
from service.tasks import TaskEngine

# Signature headers, the first present decides: (header, its value's prefix, whether it is an HMAC of the body).
# Gitea sends X-Hub-Signature-256 beside its own; Gogs signs as Gitea does; GitLab sends the secret itself.
SIGNATURES = (("x-hub-signature-256", "sha256=", True), ("x-gitea-signature", "", True),
              ("x-gogs-signature", "", True), ("x-gitlab-token", "", False))
# Event headers, the first present names the event (Gitea and Gogs send X-GitHub-Event too, with the same words).
EVENTS = ("x-gitlab-event", "x-gitea-event", "x-gogs-event", "x-github-event")
PUSHES = frozenset({"push", "push hook"})
PINGS = frozenset({"ping"})
COMMIT = re.compile(r"^[0-9a-f]{40}([0-9a-f]{24})?$")  # SHA-1, or SHA-256 repositories
BRANCH_PREFIX = "refs/heads/"
# Compared against when the service is unknown, so that an unknown id costs what a known one does.
_NO_SECRET = b"containr: no such service"


def _refused() -> Unauthorized:
    return Unauthorized("Missing or wrong webhook signature", headers={})


def _signed(headers: Mapping[str, str], body: bytes, secret: bytes) -> bool:
    """Whether the first signature header present proves the sender knows the secret (constant-time)."""
    for name, prefix, is_hmac in SIGNATURES:
        sent = headers.get(name)
        if sent is None:
            continue
        expected = prefix + hmac.new(secret, body, hashlib.sha256).hexdigest() if is_hmac else secret.decode()
        given = sent.strip().lower() if is_hmac else sent
        return hmac.compare_digest(given.encode(), expected.encode())
    return False


async def authentic_service(secrets: ServiceSecrets, service_id: UUID, headers: Mapping[str, str],
                            body: bytes) -> Service:
    """The service, if the request is signed with its webhook secret; else 401, whatever was wrong."""
    service = await Service.get_or_none(id=service_id)
    secret = str(secrets.own.open(service.sealed_webhook_secret)).encode() if service is not None else _NO_SECRET
    if not _signed(headers, body, secret) or service is None:
        raise _refused()
    return service


@dataclass(frozen=True)
class Push:
    commit: str
    branch: str


def _payload(headers: Mapping[str, str], body: bytes) -> dict[str, object]:
    """The JSON body, or GitHub's form-encoded one (its default content type: the JSON in a `payload` field)."""
    try:
        if headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            body = parse_qs(body.decode(), max_num_fields=16).get("payload", [""])[0].encode()
        payload = json.loads(body)
    except (ValueError, RecursionError):
        payload = None
    if not isinstance(payload, dict):
        raise Invalid("The webhook's body is not a JSON object", details={"field": "body"})
    return payload


def event_of(headers: Mapping[str, str]) -> str:
    return next((headers[name].strip().lower() for name in EVENTS if name in headers), "")


def read_push(service: Service, headers: Mapping[str, str], body: bytes) -> Push | str:
    """The push to deploy, or why the event deploys nothing."""
    if service.source_type == SourceType.IMAGE:
        return f"service {service.name} runs an image, not a branch: POST /api/v1/builds deploys it again"
    event = event_of(headers)
    if event not in PUSHES:
        return f"event {event[:64] or '(none)'} is not a push"
    payload = _payload(headers, body)
    ref = payload.get("ref")
    if not isinstance(ref, str) or not ref.startswith(BRANCH_PREFIX):
        return f"{ref[:300] if isinstance(ref, str) else 'the push'} is not a branch"
    branch = ref.removeprefix(BRANCH_PREFIX)
    if branch != service.branch:
        return f"a push to {branch}: the service deploys {service.branch}"
    # GitLab names the head in checkout_sha (null when the branch is deleted); the others in after.
    commit = payload.get("checkout_sha") or payload.get("after")
    if not isinstance(commit, str) or not commit.strip("0"):
        return f"branch {branch} was deleted"
    if not COMMIT.fullmatch(commit):
        raise Invalid("The push names no commit", details={"field": "after"})
    return Push(commit=commit, branch=branch)


async def deploy_push(engine: TaskEngine, secrets: ServiceSecrets, service: Service, push: Push) -> deploying.Deploy:
    """409 while the service is busy: the sender shows it, and the next push deploys."""
    return await deploying.deploy(engine, secrets, service, trigger=BuildTrigger.WEBHOOK, user=None,
                                  commit=push.commit, branch=push.branch)
