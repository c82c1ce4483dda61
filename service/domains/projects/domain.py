"""The projects slice as the app sees it: projects, their icons, environments and invitations."""

from service.domains.domain import Domain
from service.domains.projects.api import environments, icons, invites, projects

DOMAIN = Domain(name="projects", routers=(projects.router, icons.router, environments.router, invites.router),
                uploads=(icons.UPLOAD,))
