"""Shared pieces of the API's shapes: camelCase models, the error body, pages of lists."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, field_validator
from pydantic.alias_generators import to_camel


class ApiModel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, from_attributes=True)


# Lists and objects in a field nest at most this deep: validating, storing and handing a value to Ansible all
# recurse, and a JSON body can nest as deep as the parser goes (a RecursionError, a 500, somewhere down the line).
MAX_DEPTH = 64


def _unkeepable(value: Any) -> str | None:
    """Why a field's value cannot be kept (a NUL character, nesting too deep), or None; without recursion."""
    pending: list[tuple[Any, int]] = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return "must not contain NUL characters"
        elif isinstance(item, dict | list | tuple):
            if depth >= MAX_DEPTH:
                return f"must not nest lists and objects deeper than {MAX_DEPTH} levels"
            children = [*item.keys(), *item.values()] if isinstance(item, dict) else item
            pending.extend((child, depth + 1) for child in children)
    return None


class RequestModel(ApiModel):
    # Unknown fields are refused so that a typo is an error, not a silently ignored setting.
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="forbid")

    @field_validator("*", mode="before")
    @classmethod
    def _keepable(cls, value: Any) -> Any:
        # No text Containr keeps may hold NUL (PostgreSQL cannot store it): refused naming the field.
        if (reason := _unkeepable(value)) is not None:
            raise ValueError(reason)
        return value


# The answer of every route that starts a run: the task to follow. A comment, not a docstring: a docstring
# would become the schema's description in the OpenAPI document.
class TaskCreated(ApiModel):
    task_id: int


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
