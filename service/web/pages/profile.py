"""The dashboard's profile pages."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
