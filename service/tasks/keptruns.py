"""Files of runs that failed for a reason the playbook did not report, kept without secrets for a while."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from service.tasks.postmortem import scrub

DIR_NAME = "runs-kept"
KEEP_DAYS = 7
KEEP_LAST = 20
NOTE_FILE = "WHY.txt"
# What helps to understand a run; not tmp/, whose module payloads are compressed (a secret in them could not
# be found to be removed) and whose files ansible-playbook would have removed itself.
KEPT_FILES = ("artifacts/run/stdout", "artifacts/run/stderr", "artifacts/run/status", "artifacts/run/rc",
              "artifacts/run/command", "env/extravars", "progress.jsonl")
# ansible-runner records the whole environment of ansible-playbook, the service's own included: values under
# names like these are removed wherever they appear, besides the run's own secrets.
SECRET_NAME = re.compile(r"PASS|SECRET|TOKEN|KEY|CREDENTIAL|DATABASE_URL|^PROXMOX_|^AWS_", re.IGNORECASE)
MIN_ENV_SECRET = 6  # shorter values under such names (a "1", a "true") are settings, and too common to remove


def root(data_dir: Path) -> Path:
    return data_dir / DIR_NAME


def secret_values(secret_env: Mapping[str, str], environ: Mapping[str, str] | None = None) -> list[str]:
    """Every value to remove, longest first (a secret that contains another is removed whole), also as it
    reads inside a JSON string."""
    environ = os.environ if environ is None else environ
    values = {value for value in secret_env.values() if value}
    values |= {value for name, value in environ.items() if SECRET_NAME.search(name) and len(value) >= MIN_ENV_SECRET}
    values |= {json.dumps(value)[1:-1] for value in values}
    return sorted(values, key=len, reverse=True)


def keep(run_dir: Path, *, into: Path, task_id: int, secrets: Sequence[str], note: str) -> Path:
    """Copy what explains the run into `into`/<task id> (mode 0700), secrets removed, then prune old ones."""
    into.mkdir(parents=True, exist_ok=True, mode=0o700)
    dest = into / str(task_id)
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(mode=0o700)
    for relative in KEPT_FILES:
        source = run_dir / relative
        if not source.is_file():
            continue
        text = source.read_text(encoding="utf-8", errors="replace")
        if relative.endswith("/command"):
            text = _without_environment(text)
        target = dest / relative
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _write_private(target, scrub(text, secrets))
    _write_private(dest / NOTE_FILE, scrub(note, secrets) + "\n")
    prune(into, keep_last=KEEP_LAST, days=KEEP_DAYS)
    return dest


def prune(into: Path, *, keep_last: int = KEEP_LAST, days: float = KEEP_DAYS, now: float | None = None) -> int:
    """Remove kept runs older than `days`, and all but the newest `keep_last`; answer how many went."""
    try:
        kept = sorted((entry for entry in into.iterdir() if entry.is_dir()), key=lambda entry: entry.stat().st_mtime,
                      reverse=True)
    except OSError:
        return 0
    oldest = (time.time() if now is None else now) - days * 86400
    gone = [entry for number, entry in enumerate(kept) if number >= keep_last or entry.stat().st_mtime < oldest]
    for entry in gone:
        shutil.rmtree(entry, ignore_errors=True)
    return len(gone)


def _without_environment(text: str) -> str:
    """ansible-runner's `command` record with the environment's names only."""
    try:
        record = json.loads(text)
    except ValueError:
        return ""
    if isinstance(record, dict) and isinstance(record.get("env"), dict):
        record["env"] = dict.fromkeys(sorted(record["env"]), "(not kept)")
    return json.dumps(record, indent=1) + "\n"


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
