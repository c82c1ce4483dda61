"""Sample apps for the service tests, as {path: content} to push to a git repository: dependency-free besides
Debian's packages (the guests reach no PyPI and no npm registry). The API end-to-end test deploys the same ones."""

from __future__ import annotations

import json

PYTHON_MAIN = '''"""A sample Containr web service: GET / answers its message, and a row from DATABASE_URL if set."""
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import psycopg2  # Debian's python3-psycopg2, from the Aptfile, seen through the venv's system site packages

MESSAGE = {message!r}
STATUS = {status}


def answer():
    url = os.environ.get("DATABASE_URL")
    if not url:
        return MESSAGE
    with psycopg2.connect(url) as conn, conn.cursor() as cursor:
        cursor.execute("CREATE TABLE IF NOT EXISTS containr_hello (id int PRIMARY KEY, message text)")
        cursor.execute("INSERT INTO containr_hello VALUES (1, %s) ON CONFLICT (id) DO NOTHING", (MESSAGE,))
        cursor.execute("SELECT message FROM containr_hello WHERE id = 1")
        return f"{{MESSAGE}}: {{cursor.fetchone()[0]}}"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = ((answer() if STATUS == 200 else "broken") + "\\n").encode()
        self.send_response(STATUS)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8000"))
    print(f"listening on {{port}} with psycopg2 {{psycopg2.__version__.split()[0]}}", flush=True)
    ThreadingHTTPServer(("0.0.0.0", port), Handler).serve_forever()
'''


def python_web_app(message: str = "hello from python", *, status: int = 200) -> dict[str, str]:
    """A Python web app (stdlib http.server; psycopg2 from an Aptfile): GET / answers `message` (followed by
    `: <the row it keeps>` in DATABASE_URL's database when set) with `status`; a `status` of 500 makes its health
    check fail."""
    return {"main.py": PYTHON_MAIN.format(message=message, status=status),
            "Aptfile": "# Heroku's convention: one Debian package a line\npython3-psycopg2\n",
            "requirements.txt": "# Nothing from PyPI: psycopg2 is Debian's (Aptfile)\n"}


NODE_SERVER = '''const http = require("http");
const port = Number(process.env.PORT || 3000);
http.createServer((req, res) => {{
  res.writeHead(200, {{"Content-Type": "text/plain"}});
  res.end({message} + "\\n");
}}).listen(port, () => console.log(`listening on ${{port}}`));
'''


def node_web_app(message: str = "hello from node") -> dict[str, str]:
    """A Node web app without dependencies: `npm start` runs server.js, which answers `message`."""
    package = {"name": "containr-hello", "version": "1.0.0", "private": True,
               "scripts": {"start": "node server.js"}}
    return {"package.json": json.dumps(package, indent=2) + "\n",
            "server.js": NODE_SERVER.format(message=json.dumps(message))}


def static_site(message: str = "hello from a static site") -> dict[str, str]:
    """A static site: index.html holding `message`."""
    page = f"<!doctype html>\n<html><head><title>hello</title></head>\n<body><p>{message}</p></body></html>\n"
    return {"index.html": page}


def cron_job(message: str = "tick from cron") -> dict[str, str]:
    """A cron job: its Procfile's `cron:` line prints `message` (to the journal) and ends."""
    return {"Procfile": f"cron: echo '{message}'\n"}


def worker(message: str = "working", *, crash: bool = False) -> dict[str, str]:
    """A worker: its Procfile's `worker:` line prints `message` every few seconds; with `crash` it fails at once."""
    line = "echo 'starting and failing'; exit 3" if crash else f"while true; do echo '{message}'; sleep 3; done"
    return {"Procfile": f"worker: sh -c \"{line}\"\n"}
