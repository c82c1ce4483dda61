"""The API, called in process by the pages with the signed-in account's token: the same validation, access rules,
audit log and error shapes as any other client, and no second way to change anything."""

from __future__ import annotations

from typing import Any

import httpx
from starlette.requests import Request

API = "/api/v1"


class ApiFailure(Exception):
    """The API said no: its status, message, code and, where it named them, the fields at fault."""

    def __init__(self, status: int, body: Any) -> None:
        body = body if isinstance(body, dict) else {}
        self.status = status
        self.message = str(body.get("error") or f"The request failed ({status})")
        self.code = str(body.get("code") or "")
        self.fields = field_errors(body.get("details"), self.message)
        super().__init__(self.message)


def field_errors(details: Any, message: str = "") -> dict[str, str]:
    """The API's error details by field: a validation error's list of {field, message}, or one {field: name}
    (a conflict or a refused value) whose message is the error's own."""
    found: dict[str, str] = {}
    if isinstance(details, list):
        for item in details:
            if isinstance(item, dict) and isinstance(item.get("field"), str):
                found.setdefault(item["field"], str(item.get("message") or "invalid"))
    elif isinstance(details, dict) and isinstance(details.get("field"), str):
        found[details["field"]] = str(details.get("message") or message)
    return found


class ApiClient:
    def __init__(self, request: Request, token: str | None) -> None:
        client = request.client
        transport = httpx.ASGITransport(app=request.app, client=(client.host, client.port) if client else
                                        ("127.0.0.1", 0))
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        if agent := request.headers.get("user-agent"):
            headers["User-Agent"] = agent
        self._client = httpx.AsyncClient(transport=transport, base_url=str(request.base_url).rstrip("/") + API,
                                         headers=headers)

    async def call(self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None,
                   raw: bool = False) -> Any:
        """The answer's JSON (None for 204; the text with raw=True); an ApiFailure for any 4xx or 5xx."""
        if params:
            params = {key: value for key, value in params.items() if value not in (None, "")}
        response = await self._client.request(method, path, json=json, params=params)
        if response.status_code >= 400:
            try:
                body = response.json()
            except ValueError:
                body = None
            raise ApiFailure(response.status_code, body)
        if raw:
            return response.text
        return response.json() if response.content else None

    async def get(self, path: str, **params: Any) -> Any:
        return await self.call("GET", path, params=params)

    async def post(self, path: str, json: Any = None) -> Any:
        return await self.call("POST", path, json=json if json is not None else {})

    async def put(self, path: str, json: Any) -> Any:
        return await self.call("PUT", path, json=json)

    async def patch(self, path: str, json: Any) -> Any:
        return await self.call("PATCH", path, json=json)

    async def delete(self, path: str) -> Any:
        return await self.call("DELETE", path)

    async def aclose(self) -> None:
        await self._client.aclose()
