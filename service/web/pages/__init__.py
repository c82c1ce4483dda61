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
    settings,
    tasks,
    teams,
)

ROUTERS = (entry.router, profile.router, teams.router, projects.router, nodes.router, databases.router,
           tasks.router, backups.router, settings.router, audit.router)
