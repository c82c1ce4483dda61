#!/usr/bin/env python3
"""Ansible inventory script: every guest Containr manages, as GET /api/v1/inventory answers it.

    CONTAINR_URL=http://127.0.0.1:8000 CONTAINR_TOKEN=<an administrator's API token> \
        ansible-playbook -i inventory/containr.py playbooks/<x>.yml

Groups: node_<node>, project_<project>, environment_<environment>, kind_<resource kind>. Standard library
only, so that it runs with whichever Python runs Ansible."""

from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.request

TIMEOUT = 30


def fetch() -> dict:
    url = os.environ.get("CONTAINR_URL", "").rstrip("/")
    token = os.environ.get("CONTAINR_TOKEN", "")
    if not url or not token:
        raise SystemExit("containr.py: set CONTAINR_URL and CONTAINR_TOKEN (an administrator's API token)")
    request = urllib.request.Request(f"{url}/api/v1/inventory",
                                     headers={"Authorization": f"Bearer {token}", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return json.load(response)
    except urllib.error.HTTPError as exc:
        try:
            reason = json.load(exc).get("error", exc.reason)
        except ValueError:
            reason = exc.reason
        raise SystemExit(f"containr.py: {url} answered {exc.code}: {reason}") from exc
    except (urllib.error.URLError, TimeoutError) as exc:
        raise SystemExit(f"containr.py: cannot reach {url}: {getattr(exc, 'reason', exc)}") from exc


def main(argv: list[str]) -> None:
    if len(argv) == 2 and argv[1] == "--list":
        json.dump(fetch(), sys.stdout)
    elif len(argv) == 3 and argv[1] == "--host":
        # --list already carries every host's vars in _meta: Ansible does not ask per host.
        json.dump(fetch().get("_meta", {}).get("hostvars", {}).get(argv[2], {}), sys.stdout)
    else:
        raise SystemExit("usage: containr.py --list | --host HOST")


if __name__ == "__main__":
    main(sys.argv)
