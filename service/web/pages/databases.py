"""The dashboard's databases pages."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
