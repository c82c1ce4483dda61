"""The git slice as the app sees it: its router."""

from service.domains.domain import Domain

DOMAIN = Domain(name="git")
