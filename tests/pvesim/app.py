"""The ASGI app: /api2/json/... -> auth -> schema check -> handler -> PVE's `{"data": ...}` envelope."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, unquote_plus

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import schema
from .auth import COOKIE, Auth
from .backend import Backend
from .errors import AuthError, PVEError, fail, not_implemented
from .router import HANDLERS, PUBLIC, Call
from .routes import load_all
from .state import State
from .tasks import TaskRunner

BASE = "/api2/json"
# pve-manager's auth_handler marks this call an upload: its body is multipart and streamed to a file.
UPLOAD_PATH = re.compile(r"/nodes/[^/]+/storage/[^/]+/upload/?")
# What `GET /version` answers per simulated release: pve-manager's version and repoid.
RELEASE_VERSIONS = {"8.4": ("8.4.1", "2a5fa54a8503f96d"), "9.1": ("9.1.1", "42db4a6cf33dac83")}
REASON_HEADER = "x-pvesim-reason"  # turned into the HTTP status line by server.ReasonH11Protocol


@dataclass
class Sim:
    state: State
    auth: Auth
    tasks: TaskRunner
    backend: Backend
    version: str = "8.4.1"
    release: str = "8.4"  # which schema versions requests must satisfy (schema.RELEASES)
    repoid: str = "2a5fa54a8503f96d"
    # An upload's file as the upload handler finds it: PVE's temporary file name -> the simulator's file.
    uploads: dict[str, Path] = field(default_factory=dict)

    def set_release(self, release: str) -> None:
        """Simulates another PVE release from the next request on (version answers, schema, 9.1's routes)."""
        schema.versions(release)  # an unknown one fails here
        self.release = release
        self.version, self.repoid = RELEASE_VERSIONS[release]


def decode_urlencoded(data: str) -> dict[str, Any]:
    """pve-http-server's decode_urlencoded: repeated keys become a list."""
    result: dict[str, Any] = {}
    for pair in data.replace(";", "&").split("&"):
        if not pair:
            continue
        key, _, value = pair.partition("=")
        key, value = unquote_plus(key), unquote_plus(value)
        if key in result:
            old = result[key]
            result[key] = [*old, value] if isinstance(old, list) else [old, value]
        else:
            result[key] = value
    return result


def _cookie(header: str | None) -> str | None:
    for part in (header or "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == COOKIE and value:
            return unquote(value)
    return None


def envelope(status: int, data: Any, *, message: str | None = None, errors: dict | None = None,
             extra: dict | None = None) -> Response:
    body: dict[str, Any] = {"data": data}
    if errors:
        body["errors"] = errors
    if message is not None:
        body["message"] = message
    body.update(extra or {})
    headers = {REASON_HEADER: message.strip().splitlines()[0][:200]} if message else {}
    return Response(json.dumps(body), status_code=status, media_type="application/json;charset=UTF-8",
                    headers=headers)


async def _upload(sim: Sim, request: Request) -> dict[str, Any]:
    """pve-http-server's multipart upload (file_upload_multipart): the form fields become parameters, the part
    named `filename` goes to a temporary file (its name is `tmpfilename`, the part's file name `filename`).
    Starlette spools the part to disk and it is copied in chunks: a big archive is never wholly in memory."""
    ctype = request.headers.get("content-type", "")
    if not (ctype.startswith("multipart/form-data") and "boundary=" in ctype):
        raise PVEError(501, f"upload 'Content-Type '{ctype}' not implemented")
    params: dict[str, Any] = {}
    async with request.form(max_part_size=1024 * 1024) as form:
        file = None
        for name, value in form.multi_items():
            if isinstance(value, str):
                params[name] = value.strip()
            elif name != "filename":
                raise PVEError(501, f"wrong field name '{name}' for file upload, expected 'filename'")
            else:
                file = value
        if file is None or not file.filename:
            raise PVEError(501, "upload failed")
        params["filename"] = file.filename.strip()
        tmpfilename = "/var/tmp/pveupload-" + hashlib.md5(os.urandom(16)).hexdigest()  # noqa: S324 (PVE's name)
        # The simulator's copy keeps the upload's extension: oci.is_oci_archive looks at a path's suffix.
        handle, name = tempfile.mkstemp(prefix="pvesim-upload-", suffix=Path(params["filename"]).suffix[:16])
        try:
            with os.fdopen(handle, "wb") as out:
                while chunk := await file.read(1024 * 1024):
                    out.write(chunk)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
        sim.uploads[tmpfilename] = Path(name)
    params["tmpfilename"] = tmpfilename
    return params


async def _params(sim: Sim, request: Request, method: str, rel: str) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if method == "POST" and UPLOAD_PATH.fullmatch(rel):  # the query's parameters first, the form's over them
        return {**decode_urlencoded(request.url.query), **await _upload(sim, request)}
    if method in ("POST", "PUT"):
        body = (await request.body()).decode()
        ctype = request.headers.get("content-type", "")
        if ctype.startswith("application/json") and body:
            params.update({k: (str(int(v)) if isinstance(v, bool) else v if isinstance(v, list) else str(v))
                           for k, v in json.loads(body).items() if v is not None})
        elif ctype.startswith("multipart/"):
            raise fail("the simulator does not accept uploads")
        else:
            params.update(decode_urlencoded(body))
    params.update(decode_urlencoded(request.url.query))
    return params


async def dispatch(request: Request) -> Response:
    sim: Sim = request.app.state.sim
    method = request.method
    rel = "/" + request.path_params["rest"]
    uploaded: str | None = None  # the temporary file of this request's upload
    try:
        if (method, rel.rstrip("/")) not in PUBLIC:
            user = sim.auth.authenticate(method=method, cookie=_cookie(request.headers.get("cookie")),
                                         csrf=request.headers.get("csrfpreventiontoken"),
                                         authorization=request.headers.get("authorization"))
        else:
            user = ""
        endpoint = schema.match(method, rel, release=sim.release)
        handler = HANDLERS.get((method, endpoint.template))
        if handler is None:
            raise not_implemented(method, rel)
        raw = await _params(sim, request, method, rel)
        uploaded = raw.get("tmpfilename") if raw.get("tmpfilename") in sim.uploads else None
        params = {**raw, **endpoint.path_params}
        params = schema.validate(endpoint.template, method, params, release=sim.release)
        if "node" in endpoint.path_params and params["node"] not in sim.state.nodes:
            node = params["node"]
            raise fail(f"hostname lookup '{node}' failed - failed to get address info for: {node}: "
                       "Name or service not known")
        call = Call(params=params, user=user)
        data = await handler(sim, call)
    except AuthError as exc:
        return Response(b"", status_code=401, headers={REASON_HEADER: exc.reason})
    except PVEError as exc:
        return envelope(exc.status, None, message=exc.message, errors=exc.errors)
    except Exception as exc:  # a bug in the simulator: answer like a PVE handler that died
        return envelope(500, None, message=f"{type(exc).__name__}: {exc}")
    finally:
        # The HTTP server removes an upload's temporary file that no task took over (a refused upload).
        left = sim.uploads.pop(uploaded, None) if uploaded else None
        if left is not None:
            left.unlink(missing_ok=True)
    return envelope(200, data, extra=call.extra)


def create_app(sim: Sim) -> Starlette:
    load_all()
    app = Starlette(routes=[Route(BASE + "/{rest:path}", dispatch, methods=["GET", "POST", "PUT", "DELETE"])])
    app.state.sim = sim
    return app
