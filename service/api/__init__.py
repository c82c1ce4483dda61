"""The HTTP API: one thin router per resource under /api/v1."""

from fastapi import APIRouter

from service.api import audit_log, auth, groups, health, me, playbooks, profile, settings, tasks, teams, tokens, users

api_router = APIRouter(prefix="/api/v1")
for module in (health, auth, profile, me, users, groups, teams, tokens, settings, tasks, playbooks, audit_log):
    api_router.include_router(module.router)
