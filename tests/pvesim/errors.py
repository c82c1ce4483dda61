"""PVE's ways of failing: an HTTP status, a message (also the status line) and per-parameter errors."""

from __future__ import annotations


class PVEError(Exception):
    """An API error as PVE answers it: `{"data": null, "message": ..., "errors": {...}}` with the status."""

    def __init__(self, status: int, message: str, errors: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message if message.endswith("\n") else message + "\n"
        self.errors = errors or {}


def param_error(errors: dict[str, str]) -> PVEError:
    """400 "Parameter verification failed." (JSONSchema::validate and raise_param_exc)."""
    return PVEError(400, "Parameter verification failed.", errors)


def fail(message: str) -> PVEError:
    """A plain `die` in an API handler: PVE answers 500 with the message."""
    return PVEError(500, message)


def not_implemented(method: str, path: str) -> PVEError:
    return PVEError(501, f"Method '{method} {path}' not implemented")


class AuthError(Exception):
    """401 from the auth handler: PVE sends the reason in the status line and no body."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
