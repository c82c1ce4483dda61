"""The versions slice as the app sees it: versions of projects and their images, and its answers to the events
of projects, registries and storages."""

from service.domains.domain import Domain
from service.domains.versions.api import images, versions
from service.domains.versions.hooks import HOOKS

DOMAIN = Domain(name="versions", routers=(versions.router, images.router), hooks=HOOKS)
