"""The dashboard slice as the app sees it."""

from service.domains.domain import Domain

DOMAIN = Domain(name="dashboard")
