"""What a repository URL and a branch name may be, wherever one is sent (services, workflow builds): checked
before git ever sees them, so that neither is an option to git nor carries a credential."""

from __future__ import annotations

import re
from urllib.parse import urlsplit


def repository_url(value: str, *, provider_field: str) -> str:
    """An http(s):// or git:// URL with a host and no credentials: a token belongs in a git provider, which
    the request names in `provider_field`."""
    if any(c.isspace() or ord(c) < 32 for c in value):
        raise ValueError("must not contain spaces or control characters")
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        raise ValueError("is not a URL") from None
    if parts.scheme not in ("http", "https", "git") or not host:
        raise ValueError("must be an http://, https:// or git:// URL with a host (an SSH address is not "
                         "supported: use HTTPS, with a git provider for a private repository)")
    if "@" in parts.netloc:
        raise ValueError("must not hold a user name, password or token: add the token as a git provider "
                         f"(POST /api/v1/git/providers) and name it in {provider_field}")
    return value


def branch_name(value: str) -> str:
    # git check-ref-format's rules, narrowed to what a branch name needs; never an option to git (no leading dash).
    if (value.startswith(("-", "/", ".")) or value.endswith(("/", ".", ".lock")) or ".." in value or "//" in value
            or "@{" in value or not re.fullmatch(r"[A-Za-z0-9._/@+-]+", value)):
        raise ValueError("is not a branch name (letters, digits and . _ / @ + -; no .. and no leading dash)")
    return value
