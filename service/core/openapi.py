"""The OpenAPI document: FastAPI's, with every validation error in our one error shape."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

ERROR_REF = {"$ref": "#/components/schemas/ErrorResponse"}


def _document_body_refusals(operation: dict[str, Any]) -> None:
    """Every body is checked by the body-size middleware and JSON bodies by their content type (415)."""
    responses = operation.setdefault("responses", {})
    content = {"application/json": {"schema": ERROR_REF}}
    responses.setdefault("413", {"description": "Body too large", "content": content})
    if "application/json" in operation["requestBody"].get("content", {}):
        responses.setdefault("415", {"description": "Body not sent as application/json", "content": content})


def build_openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            invalid = operation.get("responses", {}).get("422")
            if invalid is not None:
                # FastAPI documents its own validation body; our handler answers with ErrorResponse.
                invalid["content"] = {"application/json": {"schema": ERROR_REF}}
                invalid["description"] = "Invalid input"
            if "requestBody" in operation:
                _document_body_refusals(operation)
    components = schema.get("components", {}).get("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)
    app.openapi_schema = schema
    return schema
