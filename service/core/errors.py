"""The error hierarchy of the API and the one handler that turns it into JSON."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from tortoise.exceptions import IntegrityError


class ApiError(Exception):
    status = 500
    code = "internal_error"

    def __init__(self, message: str, *, code: str | None = None, details: Any = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.code
        self.details = details
        self.headers = headers


class Invalid(ApiError):
    status = 422
    code = "invalid"


class Unauthorized(ApiError):
    status = 401
    code = "unauthorized"

    def __init__(self, message: str = "Authentication required", **kwargs: Any) -> None:
        kwargs.setdefault("headers", {"WWW-Authenticate": "Bearer"})
        super().__init__(message, **kwargs)


class Forbidden(ApiError):
    status = 403
    code = "forbidden"


class NotFound(ApiError):
    status = 404
    code = "not_found"


class Conflict(ApiError):
    status = 409
    code = "conflict"


@contextmanager
def taken_on_duplicate(message: str, *, field: str) -> Iterator[None]:
    """A write whose uniqueness was checked before it can still lose a race to a twin request: the database's
    own refusal then answers the same 409 as the check would have (not a 500)."""
    try:
        yield
    except IntegrityError as exc:
        raise Conflict(message, code="taken", details={"field": field}) from exc


class TooLarge(ApiError):
    status = 413
    code = "too_large"


class BadGateway(ApiError):
    """Something Containr talks to (a Proxmox VE node) did not answer, or not usefully."""

    status = 502
    code = "bad_gateway"


class TooManyRequests(ApiError):
    status = 429
    code = "too_many_requests"


def error_body(message: str, code: str, details: Any = None) -> dict[str, Any]:
    return {"error": message, "code": code, "details": details}


def _field_path(loc: tuple[Any, ...]) -> str:
    # ("body", "extraVars", "x") -> "extraVars.x": the client names fields, not our parser's section (only the
    # leading one: a field of the body may itself be called `path`).
    parts = [str(p) for p in (loc[1:] if loc and loc[0] in ("body", "query", "path", "header", "cookie") else loc)]
    return ".".join(parts) or ".".join(str(p) for p in loc)


def _detail(error: dict[str, Any]) -> dict[str, str]:
    if error.get("type") == "json_invalid":
        # FastAPI puts the character position where a field name goes: the field is the body itself.
        reason = (error.get("ctx") or {}).get("error")
        return {"field": "body", "message": f"not valid JSON ({reason})" if reason else "not valid JSON"}
    return {"field": _field_path(tuple(error.get("loc", ()))), "message": error.get("msg", "invalid")}


def validation_details(errors: list[dict[str, Any]]) -> list[dict[str, str]]:
    return [_detail(e) for e in errors]


async def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return JSONResponse(error_body(exc.message, exc.code, exc.details), status_code=exc.status,
                        headers=exc.headers)


def _not_json(request: Request, exc: RequestValidationError) -> JSONResponse | None:
    """A body FastAPI left as bytes was not sent as JSON: its content type is the fault, not the fields."""
    if not isinstance(exc.body, bytes | bytearray) or not any(
            tuple(e.get("loc", ())) == ("body",) for e in exc.errors()):
        return None
    sent = request.headers.get("content-type") or "none"
    message = f"The body must be JSON: send Content-Type: application/json (this request sent {sent})"
    return JSONResponse(error_body(message, "unsupported_media_type", {"field": "body", "contentType": sent}),
                        status_code=415)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    if (wrong_type := _not_json(request, exc)) is not None:
        return wrong_type
    details = validation_details(list(exc.errors()))
    fields = ", ".join(dict.fromkeys(d["field"] for d in details))
    first = details[0]["message"] if details else "invalid input"
    return JSONResponse(error_body(f"Invalid {fields}: {first}", "invalid", details), status_code=422)


# FastAPI's words for a body it could not parse; the cause tells why.
BODY_PARSE_FAILED = "There was an error parsing the body"
_PARSE_FAILURES: dict[type[BaseException], str] = {
    UnicodeDecodeError: "not valid UTF-8",
    RecursionError: "JSON nested too deeply",
}

_HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 406: "not_acceptable", 409: "conflict", 413: "too_large",
               415: "unsupported_media_type", 429: "too_many_requests"}


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400 and exc.detail == BODY_PARSE_FAILED and exc.__cause__ is not None:
        # FastAPI answers a body it cannot decode (bad UTF-8, JSON nested past the parser's depth) with a bare
        # 400; it is invalid input like any other, answered as the other bad bodies are.
        reason = _PARSE_FAILURES.get(type(exc.__cause__), "not readable as JSON")
        details = [{"field": "body", "message": reason}]
        return JSONResponse(error_body(f"Invalid body: {reason}", "invalid", details), status_code=422)
    code = _HTTP_CODES.get(exc.status_code, "error")
    message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
    return JSONResponse(error_body(message, code), status_code=exc.status_code, headers=exc.headers)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
