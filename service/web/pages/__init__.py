"""The dashboard's routers, one module per area, in the order they are included."""

from __future__ import annotations

from service.web.pages import (
    apps,
    apps_store,
    audit,
    backups,
    certificates,
    databases,
    domains,
    entry,
    environments,
    git_providers,
    mail,
    nodes,
    profile,
    projects,
    services,
    settings,
    tasks,
    teams,
)

ROUTERS = (entry.router, profile.router, teams.router, projects.router, environments.router, nodes.router,
           databases.router, services.router, apps.router, apps_store.router, git_providers.router, domains.router,
           certificates.router, mail.router, tasks.router, backups.router, settings.router, audit.router)
