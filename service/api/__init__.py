"""The HTTP API: one thin router per resource under /api/v1."""

from fastapi import APIRouter

from service.api import auth, health, playbooks, profile, settings, tasks

api_router = APIRouter(prefix="/api/v1")
for module in (health, auth, profile, settings, tasks, playbooks):
    api_router.include_router(module.router)
