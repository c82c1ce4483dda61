"""The dashboard's routers, one module per area, in the order they are included."""

from __future__ import annotations

from service.web.pages import (
    audit,
    backups,
    databases,
    entry,
    nodes,
    profile,
    projects,
    services,
    settings,
    tasks,
    teams,
)

ROUTERS = (entry.router, profile.router, teams.router, projects.router, nodes.router, databases.router,
           services.router, tasks.router, backups.router, settings.router, audit.router)
