"""A real git server for tests: bare repositories served over smart HTTP by `git http-backend` (CGI), from a small
threaded Python HTTP server, on 127.0.0.1 and any other address (an LXC lane's bridge address, where the guests
reach it), with optional HTTP basic auth per repository; and helpers that make a repository and push commits to
it from a dict of files.

    with start_git_server(tmp_path / "git", hosts=["127.0.0.1", "10.213.1.1"]) as git:
        git.create("shop")                                   # public: anyone may clone
        git.create("secret", auth=("x-access-token", token))  # private: basic auth with that user and token
        sha = git.push("shop", {"main.py": "print('hi')"}, message="First")
        git.url("shop", host="10.213.1.1")                   # http://10.213.1.1:<port>/shop.git

Every request is recorded (method, path, user, status) in `git.requests`, without the password."""

from __future__ import annotations

import base64
import contextlib
import hmac
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

HTTP_BACKEND = "/usr/lib/git-core/git-http-backend"
AUTHOR = ("Containr Tests", "tests@containr.invalid")


def _git(*args: str, cwd: Path | None = None, env: Mapping[str, str] | None = None) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=60,
                          env={**os.environ, **(env or {})})
    if done.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout.strip()


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    user: str
    status: int


@dataclass
class GitServer:
    """Bare repositories under `root`, served at http://<host>:<port>/<name>.git on each of `hosts`."""

    root: Path
    hosts: list[str]
    port: int = 0
    requests: list[Request] = field(default_factory=list)
    _auth: dict[str, tuple[str, str]] = field(default_factory=dict)
    _servers: list[ThreadingHTTPServer] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # Repositories and commits

    def create(self, name: str, *, auth: tuple[str, str] | None = None, branch: str = "main") -> Path:
        """A new empty bare repository `name`; with `auth` (user, token) only that user with that token may
        read it (and push over HTTP)."""
        path = self.root / f"{name}.git"
        _git("init", "--quiet", "--bare", f"--initial-branch={branch}", str(path))
        # Pushes over HTTP are allowed too (http-backend refuses receive-pack to an anonymous user by default).
        _git("config", "http.receivepack", "true", cwd=path)
        if auth:
            self._auth[name] = auth
        return path

    def push(self, name: str, files: Mapping[str, str | bytes], *, message: str = "A commit",
             branch: str = "main", replace: bool = True) -> str:
        """Commits `files` ({path: content}) on `branch` of repository `name` and pushes it; returns the full sha.
        With `replace` the commit holds exactly these files; without it they are added to the branch's tree."""
        bare = self.root / f"{name}.git"
        with tempfile.TemporaryDirectory(prefix="containr-git-") as scratch:
            work = Path(scratch)
            _git("init", "--quiet", f"--initial-branch={branch}", str(work))
            has_branch = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}"],
                                        cwd=bare, capture_output=True).returncode == 0
            if has_branch:
                _git("fetch", "--quiet", str(bare), f"refs/heads/{branch}", cwd=work)
                _git("reset", "--quiet", "--hard", "FETCH_HEAD", cwd=work)
                if replace:
                    _git("rm", "-r", "--quiet", "--ignore-unmatch", ".", cwd=work)
            for relative, content in files.items():
                target = work / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                if isinstance(content, bytes):
                    target.write_bytes(content)
                else:
                    target.write_text(content)
            _git("add", "--all", cwd=work)
            env = {"GIT_AUTHOR_NAME": AUTHOR[0], "GIT_AUTHOR_EMAIL": AUTHOR[1],
                   "GIT_COMMITTER_NAME": AUTHOR[0], "GIT_COMMITTER_EMAIL": AUTHOR[1]}
            _git("commit", "--quiet", "--allow-empty", "-m", message, cwd=work, env=env)
            _git("push", "--quiet", str(bare), f"HEAD:refs/heads/{branch}", cwd=work)
            return _git("rev-parse", "HEAD", cwd=work)

    def head(self, name: str, branch: str = "main") -> str:
        return _git("rev-parse", f"refs/heads/{branch}", cwd=self.root / f"{name}.git")

    def url(self, name: str, *, host: str | None = None) -> str:
        """The clone URL of repository `name` on `host` (the first of `hosts` when omitted)."""
        return f"http://{host or self.hosts[0]}:{self.port}/{name}.git"

    # The server

    def start(self) -> GitServer:
        self.root.mkdir(parents=True, exist_ok=True)
        handler = type("Handler", (_Handler,), {"git": self})
        for host in self.hosts:
            server = ThreadingHTTPServer((host, self.port), handler)
            server.daemon_threads = True
            self.port = server.server_address[1]  # the first one's free port, for all of them
            self._servers.append(server)
            threading.Thread(target=server.serve_forever, name=f"git-server-{host}", daemon=True).start()
        return self

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        self._servers.clear()

    def _allowed(self, repository: str, header: str | None) -> tuple[bool, str]:
        wanted = self._auth.get(repository)
        user = ""
        if header and header.startswith("Basic "):
            try:
                user, _, token = base64.b64decode(header[6:]).decode().partition(":")
            except (ValueError, UnicodeDecodeError):
                return False, ""
            if wanted is None:
                return True, user
            return hmac.compare_digest(f"{user}:{token}", f"{wanted[0]}:{wanted[1]}"), user
        return wanted is None, user

    def _record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)


class _Handler(BaseHTTPRequestHandler):
    git: GitServer
    protocol_version = "HTTP/1.0"  # the CGI's answer is streamed and the connection closed after it

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - BaseHTTPRequestHandler's name
        pass  # recorded in GitServer.requests instead of stderr

    def do_GET(self) -> None:  # noqa: N802 - BaseHTTPRequestHandler's naming
        self._serve()

    def do_POST(self) -> None:  # noqa: N802
        self._serve()

    def _serve(self) -> None:
        url = urlsplit(self.path)
        repository = url.path.lstrip("/").split(".git/", 1)[0] if ".git/" in url.path else ""
        if not repository or not (self.git.root / f"{repository}.git").is_dir():
            self._answer(404, b"no such repository\n", repository, "")
            return
        allowed, user = self.git._allowed(repository, self.headers.get("Authorization"))
        if not allowed:
            self._answer(401, b"authentication required\n", repository, user,
                         {"WWW-Authenticate": 'Basic realm="containr-tests"'})
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "GIT_PROJECT_ROOT": str(self.git.root),
               "GIT_HTTP_EXPORT_ALL": "1", "PATH_INFO": url.path, "QUERY_STRING": url.query,
               "REQUEST_METHOD": self.command, "CONTENT_TYPE": self.headers.get("Content-Type", ""),
               "CONTENT_LENGTH": str(len(body)), "REMOTE_USER": user, "REMOTE_ADDR": self.client_address[0],
               "SERVER_PROTOCOL": "HTTP/1.0", "GATEWAY_INTERFACE": "CGI/1.1",
               "HTTP_CONTENT_ENCODING": self.headers.get("Content-Encoding", ""),
               "GIT_PROTOCOL": self.headers.get("Git-Protocol", "")}
        done = subprocess.run([HTTP_BACKEND], input=body, capture_output=True, env=env, timeout=120)
        head, sep, payload = done.stdout.partition(b"\r\n\r\n")
        if not sep:
            head, sep, payload = done.stdout.partition(b"\n\n")
        headers: dict[str, str] = {}
        status = 200
        for line in head.decode("latin-1").splitlines():
            key, _, value = line.partition(":")
            if key.lower() == "status":
                status = int(value.strip().split()[0])
            elif key:
                headers[key.strip()] = value.strip()
        if done.returncode != 0 and status == 200:
            status, payload = 500, done.stderr
        self._answer(status, payload, repository, user, headers)

    def _answer(self, status: int, payload: bytes, repository: str, user: str,
                headers: Mapping[str, str] | None = None) -> None:
        self.git._record(Request(method=self.command, path=self.path, user=user, status=status))
        self.send_response(status)
        for key, value in (headers or {}).items():
            if key.lower() != "content-length":
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


@contextlib.contextmanager
def start_git_server(root: Path, *, hosts: list[str] | None = None) -> Iterator[GitServer]:
    """A git server on `hosts` (default 127.0.0.1) over the bare repositories in `root`, stopped (and `root`
    removed) at the end."""
    server = GitServer(root=root, hosts=hosts or ["127.0.0.1"]).start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
