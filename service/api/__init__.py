"""The HTTP API: one thin router per resource under /api/v1."""

from fastapi import APIRouter

from service.auth.api import groups, me, profile, tokens, users
from service.auth.api import login as auth
from service.domains.audit import api as audit_log
from service.domains.backup_storage import api as backup_settings
from service.domains.backups.api import databases as database_backups
from service.domains.backups.api import platform as backups
from service.domains.databases import api as databases
from service.domains.instance.api import health, schedule_settings, schedules, settings
from service.domains.nodes import api as nodes
from service.domains.playbooks.api import inventory, playbooks
from service.domains.projects.api import environments, invites, projects
from service.domains.projects.api import icons as project_icons
from service.domains.tasks import api as tasks
from service.domains.teams import api as teams

api_router = APIRouter(prefix="/api/v1")
# /users/me before /users/{user_id}: routes match in the order they are included.
ROUTERS = (health, auth, profile, me, users, groups, teams, projects, project_icons, environments, invites, tokens,
           settings, backup_settings, schedule_settings, schedules, backups, tasks, playbooks, audit_log, nodes,
           inventory, databases, database_backups)
for module in ROUTERS:
    api_router.include_router(module.router)
