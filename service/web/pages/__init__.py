"""The dashboard's routers, one module per area, in the order they are included."""

from __future__ import annotations

from service.web.pages import (
    apps,
    apps_store,
    audit,
    backups,
    build_runners,
    certificates,
    databases,
    deployment_instances,
    deployments,
    domains,
    entry,
    environments,
    git_providers,
    mail,
    nodes,
    profile,
    projects,
    registries,
    services,
    settings,
    step_images,
    storages,
    tasks,
    teams,
    version_images,
    versions,
    workflow_builds,
    workflows,
)

ROUTERS = (entry.router, profile.router, teams.router, projects.router, environments.router, nodes.router,
           databases.router, services.router, apps.router, apps_store.router, git_providers.router, domains.router,
           certificates.router, mail.router, tasks.router, backups.router, settings.router, audit.router,
           registries.router, storages.router, deployments.router, deployment_instances.router,
           versions.router, version_images.router, step_images.router, workflows.router,
           workflow_builds.router, build_runners.router)
