"""The services slice as the app sees it: its routers and the service actions."""

from service.domains.domain import Domain

DOMAIN = Domain(name="services")
