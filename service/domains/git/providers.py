"""One small client per git provider, on each one's documented REST API: the token's login (one call) and the
repositories the token reaches, a page at a time. The token travels only in a request header; no message here
holds it or a provider's answer body."""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar
from urllib.parse import urlsplit

import httpx

from service.domains.git.models import GitProviderType

# The hosted services' API bases; Gitea has none, and self-hosted GitLab (or GitHub Enterprise) names its own.
DEFAULT_URLS: dict[GitProviderType, str] = {
    GitProviderType.GITHUB: "https://api.github.com",
    GitProviderType.GITLAB: "https://gitlab.com",
    GitProviderType.BITBUCKET: "https://api.bitbucket.org/2.0",
}
TIMEOUT = httpx.Timeout(10.0, connect=5.0)
MAX_ANSWER = 8 * 1024 * 1024  # a page of repositories is far smaller; a larger answer is not a provider's
GITHUB_SCAN_PAGES = 10  # GitHub's /user/repos cannot search: a search reads at most this many pages of 100


class ProviderError(Exception):
    """The provider could not be used; the message names the provider's address and why, never the token."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class Refused(ProviderError):
    """The provider answered 401 or 403: the token is not (or no longer) accepted."""


class Unreachable(ProviderError):
    """No answer, or none Containr can read (another status, not JSON, an unknown shape)."""


@dataclass(frozen=True)
class Repository:
    id: str
    name: str
    full_name: str
    description: str | None
    private: bool
    default_branch: str | None
    clone_url: str
    web_url: str | None
    updated_at: datetime | None


@dataclass(frozen=True)
class RepositoryPage:
    items: list[Repository]
    total: int | None  # as the provider reports it; None when it does not tell
    per_page: int
    has_more: bool


@dataclass(frozen=True)
class _Answer:
    data: Any
    headers: httpx.Headers
    links: dict[str, dict[str, str]]


def _time(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


class Client(ABC):
    _user_path: ClassVar[str] = "/user"
    _login_field: ClassVar[str] = "login"

    def __init__(self, base: str, token: str) -> None:
        self.base = base.rstrip("/")
        self._token = token

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.base!r})"

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}"}

    async def _get(self, path: str, params: dict[str, Any] | None = None) -> _Answer:
        where = f"{self.base}{path}"
        headers = {**self._auth(), "Accept": "application/json", "User-Agent": "Containr"}
        try:
            # No redirects: a header token (GitLab's PRIVATE-TOKEN) would follow one to wherever it points.
            async with httpx.AsyncClient(timeout=TIMEOUT, follow_redirects=False) as http, \
                    http.stream("GET", where, params=params, headers=headers) as response:
                body = bytearray()
                if 200 <= response.status_code < 300:
                    async for chunk in response.aiter_bytes():
                        body += chunk
                        if len(body) > MAX_ANSWER:
                            raise Unreachable(f"{where} answered more than {MAX_ANSWER} bytes")
        except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
            raise Unreachable(f"{where} could not be reached ({type(exc).__name__}: {exc})") from exc
        status = response.status_code
        if status in (401, 403):
            raise Refused(f"{where} refused the token ({status})", status=status)
        if not 200 <= status < 300:
            hint = ": is the URL the API's base (with https)?" if 300 <= status < 400 or status == 404 else ""
            raise Unreachable(f"{where} answered {status}{hint}", status=status)
        try:
            data = json.loads(body)
        except ValueError as exc:
            raise Unreachable(f"{where} did not answer JSON") from exc
        return _Answer(data=data, headers=response.headers, links=response.links)

    async def current_user(self) -> str:
        """The login the token belongs to: one call to the provider's "current user" endpoint."""
        answer = await self._get(self._user_path)
        login = answer.data.get(self._login_field) if isinstance(answer.data, dict) else None
        if not isinstance(login, str) or not login:
            raise Unreachable(f"{self.base}{self._user_path} answered no {self._login_field}")
        return login

    @abstractmethod
    async def repositories(self, *, search: str | None, page: int, per_page: int) -> RepositoryPage:
        """One page of the repositories the token reaches, those whose name holds `search` if it is given."""

    def _parse(self, items: Any, one: Callable[[dict[str, Any]], Repository]) -> list[Repository]:
        try:
            return [one(item) for item in items]
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise Unreachable(f"{self.base} answered repositories in a shape Containr does not know") from exc


class GitHub(Client):
    def _auth(self) -> dict[str, str]:
        return {**super()._auth(), "X-GitHub-Api-Version": "2022-11-28"}

    @staticmethod
    def _repo(item: dict[str, Any]) -> Repository:
        return Repository(id=str(item["id"]), name=item["name"], full_name=item["full_name"],
                          description=item.get("description"), private=bool(item.get("private")),
                          default_branch=item.get("default_branch"), clone_url=item["clone_url"],
                          web_url=item.get("html_url"), updated_at=_time(item.get("updated_at")))

    async def repositories(self, *, search: str | None, page: int, per_page: int) -> RepositoryPage:
        if not search:
            answer = await self._get("/user/repos", {"per_page": per_page, "page": page, "sort": "updated"})
            items = self._parse(answer.data, self._repo)
            more = "next" in answer.links
            return RepositoryPage(items=items, total=None if more else (page - 1) * per_page + len(items),
                                  per_page=per_page, has_more=more)
        # Read the pages and filter by name here; the total is of the pages read.
        found: list[Repository] = []
        for scan in range(1, GITHUB_SCAN_PAGES + 1):
            answer = await self._get("/user/repos", {"per_page": 100, "page": scan, "sort": "updated"})
            found += [r for r in self._parse(answer.data, self._repo) if search.lower() in r.full_name.lower()]
            if "next" not in answer.links:
                break
        start = (page - 1) * per_page
        return RepositoryPage(items=found[start:start + per_page], total=len(found), per_page=per_page,
                              has_more=start + per_page < len(found))


class GitLab(Client):
    _user_path = "/api/v4/user"
    _login_field = "username"

    def _auth(self) -> dict[str, str]:
        return {"PRIVATE-TOKEN": self._token}

    @staticmethod
    def _repo(item: dict[str, Any]) -> Repository:
        return Repository(id=str(item["id"]), name=item["path"], full_name=item["path_with_namespace"],
                          description=item.get("description"), private=item.get("visibility") != "public",
                          default_branch=item.get("default_branch"), clone_url=item["http_url_to_repo"],
                          web_url=item.get("web_url"), updated_at=_time(item.get("last_activity_at")))

    async def repositories(self, *, search: str | None, page: int, per_page: int) -> RepositoryPage:
        params: dict[str, Any] = {"membership": "true", "page": page, "per_page": per_page,
                                  "order_by": "last_activity_at"}
        if search:
            params["search"] = search
        answer = await self._get("/api/v4/projects", params)
        # X-Total is left out past 10,000 projects; X-Next-Page is empty on the last page.
        return RepositoryPage(items=self._parse(answer.data, self._repo), total=_int(answer.headers.get("x-total")),
                              per_page=per_page, has_more=bool(answer.headers.get("x-next-page")))


class Bitbucket(Client):
    _login_field = "username"

    @staticmethod
    def _repo(item: dict[str, Any]) -> Repository:
        links = item.get("links") or {}
        https = next(link["href"] for link in links.get("clone", []) if link.get("name") == "https")
        parts = urlsplit(https)  # Bitbucket writes the account into it (https://user@bitbucket.org/...)
        return Repository(id=str(item["uuid"]), name=item.get("slug") or item["name"], full_name=item["full_name"],
                          description=item.get("description") or None, private=bool(item.get("is_private")),
                          default_branch=(item.get("mainbranch") or {}).get("name"),
                          clone_url=parts._replace(netloc=parts.hostname or "").geturl(),
                          web_url=(links.get("html") or {}).get("href"), updated_at=_time(item.get("updated_on")))

    async def repositories(self, *, search: str | None, page: int, per_page: int) -> RepositoryPage:
        params: dict[str, Any] = {"role": "member", "pagelen": per_page, "page": page, "sort": "-updated_on"}
        if search:
            quoted = search.replace("\\", "\\\\").replace('"', '\\"')
            params["q"] = f'name ~ "{quoted}"'
        answer = await self._get("/repositories", params)
        data = answer.data if isinstance(answer.data, dict) else {}
        size = data.get("size")
        return RepositoryPage(items=self._parse(data.get("values", []), self._repo),
                              total=size if isinstance(size, int) else None, per_page=per_page,
                              has_more=bool(data.get("next")))


class Gitea(Client):
    _user_path = "/api/v1/user"
    MAX_LIMIT: ClassVar[int] = 50  # Gitea's MAX_RESPONSE_ITEMS default: a larger limit is cut to it

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"token {self._token}"}

    @staticmethod
    def _repo(item: dict[str, Any]) -> Repository:
        return Repository(id=str(item["id"]), name=item["name"], full_name=item["full_name"],
                          description=item.get("description") or None, private=bool(item.get("private")),
                          default_branch=item.get("default_branch"), clone_url=item["clone_url"],
                          web_url=item.get("html_url"), updated_at=_time(item.get("updated_at")))

    async def repositories(self, *, search: str | None, page: int, per_page: int) -> RepositoryPage:
        limit = min(per_page, self.MAX_LIMIT)
        if search:
            # Only what the account owns or works on: its id (not kept) comes from the current user.
            me = await self._get(self._user_path)
            uid = me.data.get("id") if isinstance(me.data, dict) else None
            params: dict[str, Any] = {"q": search, "page": page, "limit": limit}
            if isinstance(uid, int):
                params["uid"] = uid
            answer = await self._get("/api/v1/repos/search", params)
            items = answer.data.get("data", []) if isinstance(answer.data, dict) else None
        else:
            answer = await self._get("/api/v1/user/repos", {"page": page, "limit": limit})
            items = answer.data
        total = _int(answer.headers.get("x-total-count"))
        more = "next" in answer.links if total is None else page * limit < total
        return RepositoryPage(items=self._parse(items, self._repo), total=total, per_page=limit, has_more=more)


CLIENTS: dict[GitProviderType, type[Client]] = {
    GitProviderType.GITHUB: GitHub, GitProviderType.GITLAB: GitLab,
    GitProviderType.BITBUCKET: Bitbucket, GitProviderType.GITEA: Gitea,
}


def base_url(kind: GitProviderType, url: str | None) -> str | None:
    """The API base a provider is reached at: its own URL, else the hosted service's (None for Gitea)."""
    return url or DEFAULT_URLS.get(kind)


def client(kind: GitProviderType, *, base: str, token: str) -> Client:
    return CLIENTS[kind](base, token)
