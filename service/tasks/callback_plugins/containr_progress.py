"""Ansible callback that tells Containr's task engine how many tasks each play has.

The engine turns finished tasks into a percent; Ansible's own events do not say how many tasks a play
holds, so this plugin writes one JSON line per play to the file named by CONTAINR_PROGRESS_FILE; at the end it
adds the set_stats data of every host, which ansible-runner's events carry only for the run as a whole.
It does nothing when that variable is unset (an operator's run by hand).
"""

from __future__ import annotations

import json
import os

from ansible.plugins.callback import CallbackBase

DOCUMENTATION = """
    name: containr_progress
    type: aggregate
    short_description: counts each play's tasks for Containr's progress
    description:
      - Writes the task count of each play to the file named by CONTAINR_PROGRESS_FILE.
"""


def _count(blocks) -> int:
    total = 0
    for block in blocks:
        for section in (block.block, block.rescue, block.always):
            for item in section:
                if hasattr(item, "block"):
                    total += _count([item])
                elif getattr(item, "action", None) not in ("meta", "ansible.builtin.meta"):
                    total += 1
    return total


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = "aggregate"
    CALLBACK_NAME = "containr_progress"
    CALLBACK_NEEDS_ENABLED = False

    def __init__(self) -> None:
        super().__init__()
        self._path = os.environ.get("CONTAINR_PROGRESS_FILE")

    def v2_playbook_on_play_start(self, play) -> None:
        if not self._path:
            return
        try:
            tasks = _count(play.compile())
        except Exception:  # a count we cannot make must never break the operator's play
            tasks = 0
        self._write({"play": play.get_name(), "uuid": str(play._uuid), "tasks": tasks})

    def v2_playbook_on_stats(self, stats) -> None:
        if self._path:
            self._write({"stats": getattr(stats, "custom", {}) or {}})

    def _write(self, entry: dict) -> None:
        with open(self._path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(entry, default=str) + "\n")
