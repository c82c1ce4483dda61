"""A real HTTP server on 127.0.0.1 that answers as GitHub, GitLab, Bitbucket and Gitea do (each under its own
path: /github, /gitlab, /bitbucket, /gitea), with their JSON shapes, their pagination and their auth headers;
a wrong token gets 401. It records the requests it gets (path, query, headers) for the tests to look at."""

from __future__ import annotations

import json
import math
import re
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

TOKEN = "tok-3f9c1b7e-secret-of-the-git-test"
KINDS = ("github", "gitlab", "bitbucket", "gitea")
ACCOUNTS = {"github": "octocat", "gitlab": "gl-user", "bitbucket": "bb-user", "gitea": "tea-user"}
# The account's repositories, most recently updated first (the order every provider is asked for).
REPOS = [("shop-api", True, "main", "The shop's API"), ("shop-web", False, "develop", None),
         ("blog", False, "main", "Notes")]
UPDATED = "2026-11-20T10:00:00Z"


@dataclass(frozen=True)
class Seen:
    kind: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]


def _authorized(kind: str, headers: Any) -> bool:
    if kind == "gitlab":
        return headers.get("PRIVATE-TOKEN") == TOKEN or headers.get("Authorization") == f"Bearer {TOKEN}"
    if kind == "gitea":
        return headers.get("Authorization") == f"token {TOKEN}"
    return headers.get("Authorization") == f"Bearer {TOKEN}"


def _repo(kind: str, number: int, base: str) -> dict[str, Any]:
    name, private, branch, description = REPOS[number]
    owner, web = ACCOUNTS[kind], base.rsplit("/", 1)[0] + "/web"
    full = f"{owner}/{name}"
    if kind == "gitlab":
        return {"id": 100 + number, "name": name.title(), "path": name, "path_with_namespace": full,
                "description": description, "visibility": "private" if private else "public",
                "default_branch": branch, "http_url_to_repo": f"{web}/{full}.git", "web_url": f"{web}/{full}",
                "last_activity_at": UPDATED}
    if kind == "bitbucket":
        return {"uuid": f"{{{number:08d}-0000-4000-8000-000000000000}}", "name": name.title(), "slug": name,
                "full_name": full, "description": description or "", "is_private": private,
                "mainbranch": {"name": branch, "type": "branch"}, "updated_on": "2026-11-20T10:00:00.123456+00:00",
                "links": {"html": {"href": f"{web}/{full}"},
                          "clone": [{"name": "https", "href": f"http://{owner}@{urlsplit(base).netloc}/{full}.git"},
                                    {"name": "ssh", "href": f"git@example.org:{full}.git"}]}}
    return {"id": 100 + number, "name": name, "full_name": full, "description": description, "private": private,
            "default_branch": branch, "clone_url": f"{web}/{full}.git", "html_url": f"{web}/{full}",
            "updated_at": UPDATED}


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class names it so
        pass

    def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        parts = urlsplit(self.path)
        kind, _, rest = parts.path.lstrip("/").partition("/")
        query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        self.server.seen.append(Seen(kind, "/" + rest, query, dict(self.headers.items())))
        if kind not in KINDS:
            self._send(404, {"message": "Not Found"})
        elif not _authorized(kind, self.headers):
            self._send(401, {"message": "Bad credentials"})
        else:
            answer = _ROUTES.get((kind, "/" + rest))
            if answer is None:
                self._send(404, {"message": "Not Found"})
            else:
                try:
                    self._send(200, *answer(f"{self.server.url}/{kind}", query))
                except AssertionError as exc:  # asked for something the provider's documentation does not say
                    self._send(400, {"message": str(exc)})


def _matching(kind: str, base: str, search: str | None) -> list[dict[str, Any]]:
    return [_repo(kind, n, base) for n, (name, *_) in enumerate(REPOS)
            if not search or search.lower() in f"{ACCOUNTS[kind]}/{name}".lower()]


def _slice(items: list[Any], page: int, per_page: int) -> list[Any]:
    return items[(page - 1) * per_page:page * per_page]


def _github_repos(base: str, query: dict[str, str]) -> tuple[Any, dict[str, str]]:
    page, per_page = int(query.get("page", 1)), int(query.get("per_page", 30))
    repos = _matching("github", base, None)  # GitHub's /user/repos cannot search
    pages = math.ceil(len(repos) / per_page)
    links = [f'<{base}/user/repos?{urlencode({"per_page": per_page, "page": n})}>; rel="{rel}"'
             for rel, n in (("next", page + 1), ("last", pages)) if page < pages]
    return _slice(repos, page, per_page), {"Link": ", ".join(links)} if links else {}


def _gitlab_projects(base: str, query: dict[str, str]) -> tuple[Any, dict[str, str]]:
    assert query.get("membership") == "true", "only the account's own projects are asked for"
    page, per_page = int(query.get("page", 1)), int(query.get("per_page", 20))
    repos = _matching("gitlab", base, query.get("search"))
    pages = max(1, math.ceil(len(repos) / per_page))
    return _slice(repos, page, per_page), {"X-Total": str(len(repos)), "X-Total-Pages": str(pages),
                                           "X-Page": str(page), "X-Per-Page": str(per_page),
                                           "X-Next-Page": str(page + 1) if page < pages else ""}


def _bitbucket_repositories(base: str, query: dict[str, str]) -> tuple[Any, dict[str, str]]:
    assert query.get("role") == "member"
    page, per_page = int(query.get("page", 1)), int(query.get("pagelen", 10))
    found = re.fullmatch(r'name ~ "(.*)"', query.get("q", ""))
    repos = _matching("bitbucket", base, found.group(1) if found else None)
    body: dict[str, Any] = {"values": _slice(repos, page, per_page), "page": page, "pagelen": per_page,
                            "size": len(repos)}
    if page * per_page < len(repos):
        body["next"] = f"{base}/repositories?{urlencode({**query, 'page': page + 1})}"
    return body, {}


def _gitea_repos(base: str, query: dict[str, str]) -> tuple[Any, dict[str, str]]:
    page, limit = int(query.get("page", 1)), int(query.get("limit", 30))
    repos = _matching("gitea", base, None)
    return _slice(repos, page, limit), {"X-Total-Count": str(len(repos))}


def _gitea_search(base: str, query: dict[str, str]) -> tuple[Any, dict[str, str]]:
    assert query.get("uid") == "7", "a search is of the account's own repositories"
    page, limit = int(query.get("page", 1)), int(query.get("limit", 30))
    repos = _matching("gitea", base, query.get("q"))
    return {"ok": True, "data": _slice(repos, page, limit)}, {"X-Total-Count": str(len(repos))}


_ROUTES = {
    ("github", "/user"): lambda base, q: ({"login": ACCOUNTS["github"], "id": 1}, {}),
    ("github", "/user/repos"): _github_repos,
    ("gitlab", "/api/v4/user"): lambda base, q: ({"username": ACCOUNTS["gitlab"], "id": 2}, {}),
    ("gitlab", "/api/v4/projects"): _gitlab_projects,
    ("bitbucket", "/user"): lambda base, q: ({"username": ACCOUNTS["bitbucket"], "display_name": "B B"}, {}),
    ("bitbucket", "/repositories"): _bitbucket_repositories,
    ("gitea", "/api/v1/user"): lambda base, q: ({"login": ACCOUNTS["gitea"], "id": 7}, {}),
    ("gitea", "/api/v1/user/repos"): _gitea_repos,
    ("gitea", "/api/v1/repos/search"): _gitea_search,
}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    seen: list[Seen]
    url: str


class FakeProviders:
    """Start with `with FakeProviders() as fake:`; `fake.url("gitlab")` is the base a provider is given."""

    def __init__(self) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.seen = []
        self._server.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def seen(self) -> list[Seen]:
        return self._server.seen

    def url(self, kind: str) -> str:
        return f"{self._server.url}/{kind}"

    def __enter__(self) -> FakeProviders:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)
