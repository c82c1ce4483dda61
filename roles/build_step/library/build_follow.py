#!/usr/bin/python3
"""Ansible module: the new text of a step's log since the last call, and whether the step has ended."""

from __future__ import annotations

import os

from ansible.module_utils.basic import AnsibleModule

DOCUMENTATION = r"""
module: build_follow
short_description: Read what a running build step wrote to its log since the last call
description:
  - Reads the log file from the offset kept in a side file, moves the offset on, and answers the text read as
    containr_stream (the engine adds its lines to the task's log), and done once the step's exit code file exists
    and the log is read to its end.
options:
  log:
    description: The step's log file.
    type: path
    required: true
  offset_file:
    description: The side file keeping how far the log was read (made on the first call).
    type: path
    required: true
  rc_file:
    description: The file the step's exit code is written to when it ends.
    type: path
    required: true
  chunk:
    description: The most bytes one call reads.
    type: int
    default: 65536
author: Containr
"""

RETURN = r"""
containr_stream:
  description: The log's text since the last call (invalid UTF-8 replaced).
  type: str
done:
  description: Whether the step ended and its log was read to the end.
  type: bool
exit_code:
  description: The step's exit code once it ended, else null (not `rc`, which Ansible takes for the module's own).
  type: int
"""


def _read_int(path: str) -> int | None:
    try:
        with open(path, encoding="ascii") as file:
            text = file.read().strip()
    except FileNotFoundError:
        return None
    return int(text) if text.lstrip("-").isdigit() else None


def _whole_characters(data: bytes) -> bytes:
    """`data` without an incomplete UTF-8 character at its end."""
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if byte & 0xC0 == 0xC0:  # a lead byte: how long its character is
            length = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            return data[:-back] if back < length else data
        if byte & 0xC0 != 0x80:  # ASCII: nothing after it is open
            return data
    return data


def follow(*, log: str, offset_file: str, rc_file: str, chunk: int) -> dict[str, object]:
    """Read on from the kept offset. The exit code is looked at before the log, so a step that ended between
    the two reads is reported done only on a later call that read its last lines."""
    rc = _read_int(rc_file)
    offset = _read_int(offset_file) or 0
    data = b""
    size = 0
    if os.path.exists(log):
        with open(log, "rb") as file:
            file.seek(offset)
            data = file.read(chunk)
            size = os.fstat(file.fileno()).st_size
    # Never split a UTF-8 character between two calls (the script may be writing one): the next call reads it.
    if rc is None or offset + len(data) < size:
        data = _whole_characters(data)
    offset += len(data)
    with open(offset_file, "w", encoding="ascii") as file:
        file.write(str(offset))
    done = rc is not None and offset >= size
    return {"containr_stream": data.decode("utf-8", errors="replace"), "done": done,
            "exit_code": rc if done else None}


def main() -> None:
    module = AnsibleModule(argument_spec={"log": {"type": "path", "required": True},
                                          "offset_file": {"type": "path", "required": True},
                                          "rc_file": {"type": "path", "required": True},
                                          "chunk": {"type": "int", "default": 65536}},
                           supports_check_mode=False)
    params = module.params
    result = follow(log=params["log"], offset_file=params["offset_file"], rc_file=params["rc_file"],
                    chunk=params["chunk"])
    module.exit_json(changed=False, **result)


if __name__ == "__main__":
    main()
