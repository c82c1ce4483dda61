"""An app's icon as an answer: its bytes with their media type, a validator and cache headers."""

from __future__ import annotations

import hashlib

from fastapi import Request, Response

from service.core.errors import NotFound
from service.domains.apps.catalogue import App

# The catalogue's SVGs are ours, but an SVG opened on its own is a document that could run script: the policy
# lets it draw and nothing else, and nosniff keeps a browser from taking it for anything but what it says.
HEADERS = {"X-Content-Type-Options": "nosniff",
           "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
           # Signed-in readers only (a private cache); an hour, then the ETag makes the next look a 304.
           "Cache-Control": "private, max-age=3600"}
IMAGES = {"content": {kind: {"schema": {"type": "string", "format": "binary"}}
                      for kind in ("image/svg+xml", "image/png")}, "description": "The icon"}
NOT_MODIFIED = {"description": "The icon the request's If-None-Match names is still the icon"}


def url(app_id: str) -> str:
    return f"/api/v1/appstore/apps/{app_id}/icon"


def answer(app: App, request: Request) -> Response:
    try:
        data = app.icon_path.read_bytes()
    except OSError as exc:  # gone since the catalogue was read
        raise NotFound(f"The app {app.id} has no icon", details={"field": "id"}) from exc
    etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
    headers = {**HEADERS, "ETag": etag}
    if etag in [tag.strip() for tag in request.headers.get("if-none-match", "").split(",")]:
        return Response(status_code=304, headers=headers)
    return Response(content=data, media_type=app.icon_type, headers=headers)
