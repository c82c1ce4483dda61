"""Shared pieces of the API's shapes: camelCase models, the error body, pages of lists."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, field_validator
from pydantic.alias_generators import to_camel


class ApiModel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, from_attributes=True)


def _holds_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_holds_nul(v) for v in value)
    return False


class RequestModel(ApiModel):
    # Unknown fields are refused so that a typo is an error, not a silently ignored setting.
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="forbid")

    @field_validator("*", mode="before")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        # No text Containr keeps may hold NUL (PostgreSQL cannot store it): refused naming the field.
        if _holds_nul(value):
            raise ValueError("must not contain NUL characters")
        return value


class ErrorResponse(BaseModel):
    error: str
    code: str
    details: Any = None


T = TypeVar("T")


class Page(ApiModel, Generic[T]):  # noqa: UP046 - PEP 695 syntax needs Python 3.12; we support 3.11
    items: list[T]
    total: int
    page: int
    per_page: int


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error answers a route can give, all in the one error shape."""
    text = {400: "Bad request", 401: "Not authenticated", 403: "Not allowed", 404: "Not found",
            409: "Busy or taken", 413: "Too large", 422: "Invalid input", 429: "Too many requests",
            502: "A node did not answer"}
    return {status: {"model": ErrorResponse, "description": text.get(status, "Error")} for status in statuses}
