"""The dashboard's projects pages."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
