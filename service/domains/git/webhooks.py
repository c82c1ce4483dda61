"""A git host's push webhook (GitHub, GitLab, Gitea, Gogs) read the same way by every slice that takes one: whether
it is signed with a secret, its event, and what a push of a branch says (the branch, the pushed commit, its message
and author, the repository's clone URL). What a push then starts is the receiving slice's business."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from service.core.errors import Invalid

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
MESSAGE_MAX = 4096
AUTHOR_MAX = 255


# What a route taking push webhooks documents in OpenAPI: the headers the hosts send, and the body's fields read.
OPENAPI_HEADERS: list[dict[str, Any]] = [
    {"name": name, "in": "header", "required": False, "schema": {"type": "string", "maxLength": 1024},
     "description": text} for name, text in (
        ("X-Hub-Signature-256", "GitHub (and Gitea): sha256=<hex HMAC-SHA256 of the body with the secret>"),
        ("X-Gitea-Signature", "Gitea: <hex HMAC-SHA256 of the body with the secret>"),
        ("X-Gogs-Signature", "Gogs: <hex HMAC-SHA256 of the body with the secret>"),
        ("X-Gitlab-Token", "GitLab: the secret itself"),
        ("X-GitHub-Event", "push or ping"), ("X-Gitea-Event", "push"), ("X-Gogs-Event", "push"),
        ("X-Gitlab-Event", "Push Hook"))]
OPENAPI_PUSH_BODY: dict[str, Any] = {"type": "object", "properties": {
    "ref": {"type": "string", "example": "refs/heads/main"},
    "after": {"type": "string", "description": "The pushed commit (GitHub, Gitea, Gogs)"},
    "checkout_sha": {"type": "string", "nullable": True, "description": "The pushed commit (GitLab)"}}}


def signed(headers: Mapping[str, str], body: bytes, secret: bytes) -> bool:
    """Whether the first signature header present proves the sender knows the secret (constant-time)."""
    for name, prefix, is_hmac in SIGNATURES:
        sent = headers.get(name)
        if sent is None:
            continue
        expected = prefix + hmac.new(secret, body, hashlib.sha256).hexdigest() if is_hmac else secret.decode()
        given = sent.strip().lower() if is_hmac else sent
        return hmac.compare_digest(given.encode(), expected.encode())
    return False


def event_of(headers: Mapping[str, str]) -> str:
    return next((headers[name].strip().lower() for name in EVENTS if name in headers), "")


def payload(headers: Mapping[str, str], body: bytes) -> dict[str, Any]:
    """The JSON body, or GitHub's form-encoded one (its default content type: the JSON in a `payload` field)."""
    try:
        if headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            body = parse_qs(body.decode(), max_num_fields=16).get("payload", [""])[0].encode()
        found = json.loads(body)
    except (ValueError, RecursionError):
        found = None
    if not isinstance(found, dict):
        raise Invalid("The webhook's body is not a JSON object", details={"field": "body"})
    return found


@dataclass(frozen=True)
class BranchPush:
    """A push of a branch as the host told it; `commit` is "" when the push deleted the branch."""

    branch: str
    commit: str
    message: str
    author: str
    clone_url: str

    @property
    def deleted(self) -> bool:
        return not self.commit

    def checked_commit(self) -> str:
        """The pushed commit, or a 422 when the payload names none a repository could have."""
        if not COMMIT.fullmatch(self.commit):
            raise Invalid("The push names no commit", details={"field": "after"})
        return self.commit


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _head(found: dict[str, Any], commit: str) -> dict[str, Any]:
    """The pushed commit's entry: GitHub's (and newer Gitea's) head_commit, else the one of `commits` with its id
    (GitLab, Gogs), else the last of them."""
    head = found.get("head_commit")
    if isinstance(head, dict):
        return head
    commits = [c for c in found.get("commits") or [] if isinstance(c, dict)] if isinstance(
        found.get("commits"), list) else []
    return next((c for c in commits if c.get("id") == commit), commits[-1] if commits else {})


def _author(head: dict[str, Any]) -> str:
    author = head.get("author")
    if isinstance(author, dict):
        return (_text(author.get("name")) or _text(author.get("username")))[:AUTHOR_MAX]
    return ""


def _clone_url(found: dict[str, Any]) -> str:
    """The repository's HTTP clone URL: clone_url (GitHub, Gitea, Gogs), git_http_url (GitLab)."""
    for key in ("repository", "project"):
        repository = found.get(key)
        if isinstance(repository, dict):
            url = _text(repository.get("clone_url")) or _text(repository.get("git_http_url"))
            if url:
                return url
    return ""


def read_branch_push(headers: Mapping[str, str], body: bytes) -> BranchPush | str:
    """The push of a branch the webhook tells, or why it is none (another event, a tag); a 422 for a body that is
    not JSON."""
    event = event_of(headers)
    if event not in PUSHES:
        return f"event {event[:64] or '(none)'} is not a push"
    found = payload(headers, body)
    ref = found.get("ref")
    if not isinstance(ref, str) or not ref.startswith(BRANCH_PREFIX):
        return f"{ref[:300] if isinstance(ref, str) else 'the push'} is not a branch"
    # GitLab names the head in checkout_sha (null when the branch is deleted); the others in after.
    commit = found.get("checkout_sha") or found.get("after")
    commit = commit if isinstance(commit, str) and commit.strip("0") else ""
    head = _head(found, commit) if commit else {}
    return BranchPush(branch=ref.removeprefix(BRANCH_PREFIX), commit=commit,
                      message=_text(head.get("message"))[:MESSAGE_MAX], author=_author(head),
                      clone_url=_clone_url(found))
