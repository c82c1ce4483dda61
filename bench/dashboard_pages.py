"""Dashboard pages: what rendering a page costs on top of the API calls it makes.

Starts `containr serve` on a free port with a throwaway data dir, registers the owner, creates 100 projects
(through the API, so that the lists have something to show), signs in to the dashboard as a browser does (the
sign-in form with its CSRF token, then the session cookie), and alternates, N times each: a page, and the same
API calls the page makes, one after the other, with the bearer token. Prints each page's median, its API
calls' median, the ratio page / API (target <= 1.5: the page adds its session, the in-process calls and the
template, not another round of work) and the page's size. Writes bench/results/dashboard_pages.json. Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from serving import PASSWORD, free_port, log_in, stop, wait_healthy

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TARGET_ADDED_MS = 10
# Each page and the API calls it makes (service/web/pages), in its order.
PAGES = {
    "/": ["/projects?per_page=10", "/nodes?per_page=10", "/databases?per_page=10", "/tasks?per_page=10"],
    "/projects": ["/projects?per_page=25", "/teams", "/me/invites"],
    "/tasks": ["/tasks?per_page=25"],
}


def signed_in_browser(url: str) -> httpx.Client:
    browser = httpx.Client(base_url=url, timeout=30)
    form = browser.get("/signin").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)
    assert token, "no CSRF token on the sign-in page"
    answer = browser.post("/signin", data={"csrf_token": token.group(1), "username": "bench", "password": PASSWORD})
    if answer.status_code != 303:
        raise RuntimeError(f"signing in to the dashboard answered {answer.status_code}")
    return browser


def timed(call) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="containr-bench-pages-"))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "CONTAINR_DATA_DIR": str(data), "CONTAINR_ENV": "development",
           "CONTAINR_HOST": "127.0.0.1", "CONTAINR_PORT": str(port)}
    for name in ("CONTAINR_DATABASE_URL", "CONTAINR_SECRET_KEY"):
        env.pop(name, None)  # a throwaway SQLite instance, whatever the shell points at
    subprocess.run([str(BIN / "containr"), "migrate"], env=env, check=True, stdout=subprocess.DEVNULL)
    server = subprocess.Popen([str(BIN / "containr"), "serve"], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT)
    try:
        wait_healthy(url, server)
        token = log_in(url)
        api = httpx.Client(base_url=f"{url}/api/v1", headers={"Authorization": f"Bearer {token}"}, timeout=30)
        for number in range(100):
            api.post("/projects", json={"name": f"project-{number}"}).raise_for_status()
        browser = signed_in_browser(url)
        results: dict[str, dict[str, object]] = {}
        for page, calls in PAGES.items():
            size = len(browser.get(page).raise_for_status().content)  # warm-up
            for call in calls:
                api.get(call).raise_for_status()
            page_times, api_times = [], []
            for _ in range(args.runs):
                page_times.append(timed(lambda page=page: browser.get(page).raise_for_status()))
                api_times.append(timed(lambda calls=calls: [api.get(call).raise_for_status() for call in calls]))
            page_median, api_median = statistics.median(page_times), statistics.median(api_times)
            added = (page_median - api_median) * 1000
            results[page] = {"pageMedianMs": round(page_median * 1000, 2), "apiMedianMs": round(api_median * 1000, 2),
                             "ratio": round(page_median / api_median, 3), "addedMs": round(added, 2), "bytes": size,
                             "apiCalls": calls}
            print(f"{page:10} page {page_median * 1000:6.1f} ms   its {len(calls)} API calls "
                  f"{api_median * 1000:6.1f} ms   ratio {page_median / api_median:4.2f}   added {added:5.1f} ms "
                  f"(target <= {TARGET_ADDED_MS})   {size / 1024:4.1f} KiB")
        out = REPO / "bench" / "results"
        out.mkdir(exist_ok=True)
        (out / "dashboard_pages.json").write_text(json.dumps({"runs": args.runs, "pages": results}, indent=2))
    except BaseException:
        stop(server)
        sys.stdout.write(server.stdout.read().decode(errors="replace") if server.stdout else "")
        raise
    stop(server)


if __name__ == "__main__":
    main()
