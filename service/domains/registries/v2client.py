"""A small client of the Docker Registry HTTP API v2 (the distribution spec), with its two ways to sign in: Basic,
and Docker's token authentication (a `Bearer realm=...,service=...,scope=...` challenge answered by a token from the
realm, with Basic credentials or anonymously). The token travels only in request headers; no message here holds
it or an answer body."""

from __future__ import annotations

import re
import ssl
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

import httpx

TIMEOUT = httpx.Timeout(10.0, connect=5.0)
MAX_ANSWER = 8 * 1024 * 1024  # a page of repositories or tags is far smaller; a larger answer is not a registry's
PAGE = 100  # repositories asked for per catalog page (`n`)
MAX_PAGES = 50  # a catalog (or a tag list) longer than this many pages is cut there
_CHALLENGE_PARAM = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_NEXT_LINK = re.compile(r'<([^>]+)>\s*;\s*rel="?next"?')
# Every manifest kind a pull may meet: without them in Accept a registry answers 404 for an OCI image (or rewrites
# a Docker one to schema 1), and a missing tag could not be told from an unread one.
MANIFEST_TYPES = ", ".join((
    "application/vnd.oci.image.index.v1+json", "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.docker.distribution.manifest.v2+json"))


class RegistryError(Exception):
    """The registry could not be used; the message names the registry's address and why, never a credential.
    `field` is the detail a caller's input most likely got wrong (`url`, `user`, `token`)."""

    field = "url"

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class Refused(RegistryError):
    """The registry (or its token realm) refused the credentials: 401 or 403."""

    field = "token"


class Unreachable(RegistryError):
    """No answer, a TLS failure, or an answer that is not a v2 registry's."""


class NotSupported(RegistryError):
    """The registry does not offer what was asked (a catalog of its repositories, to these credentials)."""


class Missing(RegistryError):
    """The repository asked for is not in the registry."""


@dataclass(frozen=True)
class Access:
    """Where the registry's API is (https://host[:port]) and who signs in; token None for anonymous access."""

    url: str
    user: str = ""
    token: str | None = field(default=None, repr=False)
    ca_bundle: str | None = field(default=None, repr=False)


def tls_context(ca_bundle: str | None) -> ssl.SSLContext | bool:
    """The system's trust, plus the registry's own CA when one is given (a self-signed registry)."""
    if not ca_bundle:
        return True
    context = ssl.create_default_context()
    context.load_verify_locations(cadata=ca_bundle)
    return context


def _challenge(header: str) -> tuple[str, dict[str, str]]:
    scheme, _, rest = header.strip().partition(" ")
    return scheme.lower(), {key.lower(): value for key, value in _CHALLENGE_PARAM.findall(rest)}


def _reason(exc: httpx.HTTPError | httpx.InvalidURL) -> str:
    text = str(exc) or type(exc).__name__
    if "CERTIFICATE_VERIFY_FAILED" in text or isinstance(getattr(exc, "__cause__", None), ssl.SSLError):
        return f"its TLS certificate is not trusted ({text}); give the registry's CA as details.caBundle"
    if isinstance(exc, httpx.TimeoutException):
        return "it did not answer in time"
    return text


class V2Client:
    """One registry's API under one set of credentials; use as `async with V2Client(access) as client`."""

    def __init__(self, access: Access) -> None:
        self.access = access
        self.base = access.url.rstrip("/")
        self._tokens: dict[str, str] = {}  # bearer tokens by scope ("" for none)
        self._basic = False  # the registry asked for Basic credentials
        self._http = httpx.AsyncClient(timeout=TIMEOUT, verify=tls_context(access.ca_bundle),
                                       follow_redirects=False, headers={"User-Agent": "containr"})

    async def __aenter__(self) -> V2Client:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self._http.aclose()

    def _credentials(self) -> httpx.BasicAuth | None:
        if self.access.user or self.access.token:
            return httpx.BasicAuth(self.access.user, self.access.token or "")
        return None

    async def _send(self, url: str, scope: str, accept: str = "application/json") -> httpx.Response:
        headers = {"Accept": accept}
        auth = None
        if scope in self._tokens:
            headers["Authorization"] = f"Bearer {self._tokens[scope]}"
        elif self._basic:
            auth = self._credentials()
        body = bytearray()
        try:
            # Streamed, so that an answer past MAX_ANSWER is dropped there instead of held in memory whole.
            async with self._http.stream("GET", url, headers=headers, auth=auth) as streamed:
                async for chunk in streamed.aiter_bytes():
                    body += chunk
                    if len(body) > MAX_ANSWER:
                        raise Unreachable(f"The registry at {self.base} answered more than {MAX_ANSWER} bytes")
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise Unreachable(f"The registry at {self.base} could not be reached: {_reason(exc)}") from exc
        return httpx.Response(streamed.status_code, headers=streamed.headers, content=bytes(body),
                              request=streamed.request)

    async def _token(self, params: dict[str, str], scope: str) -> str:
        """A token from the challenge's realm for the scope, signed in with Basic credentials when there are any."""
        realm = params.get("realm", "")
        if not realm.startswith(("https://", "http://")):
            raise Unreachable(f"The registry at {self.base} names no usable token realm")
        query = {"service": params["service"]} if params.get("service") else {}
        wanted = scope or params.get("scope", "")
        if wanted:
            query["scope"] = wanted
        try:
            answer = await self._http.get(realm, params=query, auth=self._credentials())
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise Unreachable(f"The registry's token service at {realm} could not be reached: {_reason(exc)}") \
                from exc
        if answer.status_code in (401, 403):
            raise Refused(f"The registry's token service refused the credentials ({answer.status_code})",
                          status=answer.status_code)
        try:
            data = answer.json() if answer.status_code == 200 else None
        except ValueError:
            data = None
        token = (data or {}).get("token") or (data or {}).get("access_token") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token:
            raise Unreachable(f"The registry's token service at {realm} gave no token ({answer.status_code})")
        return token

    async def get(self, path: str, *, scope: str = "", accept: str = "application/json") -> httpx.Response:
        """GET a path of the API, signing in as the registry's challenge asks; 401/403 after that is Refused."""
        url = path if path.startswith(("https://", "http://")) else f"{self.base}{path}"
        answer = await self._send(url, scope, accept)
        if answer.status_code == 401:
            scheme, params = _challenge(answer.headers.get("WWW-Authenticate", ""))
            if scheme == "bearer" and scope not in self._tokens:
                self._tokens[scope] = await self._token(params, scope)
                answer = await self._send(url, scope, accept)
            elif scheme == "basic" and not self._basic:
                if self._credentials() is None:
                    raise Refused(f"The registry at {self.base} needs a user and a password", status=401)
                self._basic = True
                answer = await self._send(url, scope, accept)
        if answer.status_code in (401, 403):
            raise Refused(f"The registry at {self.base} refused the credentials ({answer.status_code})",
                          status=answer.status_code)
        return answer

    async def check(self) -> None:
        """The registry's `/v2/` answers 200 with these credentials (the spec's version check)."""
        answer = await self.get("/v2/")
        if answer.status_code != 200:
            raise Unreachable(f"{self.base}/v2/ answered {answer.status_code}: not a Docker Registry v2 API",
                              status=answer.status_code)

    async def _pages(self, path: str, key: str, *, scope: str) -> list[str]:
        """Every entry of a paged list (`_catalog`'s repositories, `tags/list`'s tags), following `Link: next`."""
        found: list[str] = []
        url: str | None = path
        for _ in range(MAX_PAGES):
            if url is None:
                break
            answer = await self.get(url, scope=scope)
            if answer.status_code == 404:
                raise Missing(f"{self.base} has no {path.split('?')[0]}", status=404)
            if answer.status_code != 200:
                raise Unreachable(f"{self.base} answered {answer.status_code} for {path.split('?')[0]}",
                                  status=answer.status_code)
            data: Any = _json(answer)
            entries = data.get(key) if isinstance(data, dict) else None
            if entries is not None and not isinstance(entries, list):
                raise Unreachable(f"{self.base} answered a {key} list Containr cannot read")
            found.extend(str(entry) for entry in entries or [] if isinstance(entry, str))
            link = _NEXT_LINK.search(answer.headers.get("Link", ""))
            url = urljoin(f"{self.base}/", link.group(1)) if link else None
        return found

    async def catalog(self) -> list[str]:
        """The registry's repositories (`/v2/_catalog`); NotSupported when it keeps them to itself."""
        try:
            return await self._pages(f"/v2/_catalog?n={PAGE}", "repositories", scope="registry:catalog:*")
        except (Missing, Refused) as exc:
            raise NotSupported(f"The registry at {self.base} does not list its repositories to these credentials "
                               f"({exc.status})", status=exc.status) from exc

    async def tags(self, name: str) -> list[str]:
        """The repository's tags (`/v2/<name>/tags/list`)."""
        return await self._pages(f"/v2/{name}/tags/list?n=1000", "tags", scope=f"repository:{name}:pull")

    async def has_manifest(self, name: str, reference: str) -> bool:
        """Whether the repository holds a manifest for the tag or digest (`/v2/<name>/manifests/<reference>`)."""
        answer = await self.get(f"/v2/{name}/manifests/{reference}", scope=f"repository:{name}:pull",
                                accept=MANIFEST_TYPES)
        if answer.status_code == 200:
            return True
        if answer.status_code == 404:
            return False
        raise Unreachable(f"{self.base} answered {answer.status_code} for the manifest of {name}:{reference}",
                          status=answer.status_code)


def _json(answer: httpx.Response) -> Any:
    try:
        return answer.json()
    except ValueError as exc:
        raise Unreachable(f"{answer.request.url.host} answered something that is not JSON") from exc
