"""The HTTP API: one thin router per resource under /api/v1."""

from fastapi import APIRouter

from service.api import (
    audit_log,
    auth,
    backup_settings,
    backups,
    database_backups,
    databases,
    environments,
    groups,
    health,
    inventory,
    invites,
    me,
    nodes,
    playbooks,
    profile,
    project_icons,
    projects,
    schedule_settings,
    schedules,
    settings,
    tasks,
    teams,
    tokens,
    users,
)

api_router = APIRouter(prefix="/api/v1")
# /users/me before /users/{user_id}: routes match in the order they are included.
ROUTERS = (health, auth, profile, me, users, groups, teams, projects, project_icons, environments, invites, tokens,
           settings, backup_settings, schedule_settings, schedules, backups, tasks, playbooks, audit_log, nodes,
           inventory, databases, database_backups)
for module in ROUTERS:
    api_router.include_router(module.router)
