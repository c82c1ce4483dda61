"""Liveness and readiness of the instance, without authentication."""

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel

from service import __version__
from service.api.deps import Engine
from service.core.db import ping
from service.core.schemas import ApiModel
from service.tasks.models import Task, TaskState

router = APIRouter(tags=["health"])


class HealthOut(ApiModel):
    status: Literal["ok", "degraded"]
    version: str
    database: Literal["ok", "error"]
    running_tasks: int
    queued_tasks: int


@router.get("/health", response_model=HealthOut, summary="Health of the instance")
async def health(engine: Engine) -> BaseModel:
    database_ok = await ping()
    queued = await Task.filter(state=TaskState.QUEUED).count() if database_ok else 0
    return HealthOut(status="ok" if database_ok else "degraded", version=__version__,
                     database="ok" if database_ok else "error", running_tasks=engine.running_count(),
                     queued_tasks=queued)
