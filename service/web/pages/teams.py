"""The dashboard's teams pages."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
