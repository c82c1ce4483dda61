"""Running the tools the `lxc` backend drives: whether they are here, and without blocking the simulator."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess

from .backend import Log


def lxc_default_path() -> str:
    done = subprocess.run(["lxc-config", "lxc.lxcpath"], capture_output=True, text=True)
    return done.stdout.strip() or "/var/lib/lxc"


def lxc_available() -> str | None:
    """Why the lxc backend cannot run here, or None when it can."""
    if os.geteuid() != 0:
        return "the lxc backend needs root (it creates containers, a bridge and mounts)"
    tools = ("lxc-start", "lxc-stop", "lxc-info", "lxc-cgroup", "nsenter", "ssh-keygen", "zstd", "tar", "ip")
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        return f"the lxc backend needs {', '.join(missing)} (apt-get install lxc openssh-client zstd)"
    return None


async def run(*command: str, log: Log | None = None, timeout: float = 300, ok: tuple[int, ...] = (0,)) -> str:
    """Runs a command without blocking the simulator's loop; its failure fails the PVE task with the reason."""
    process = await asyncio.create_subprocess_exec(*command, stdout=asyncio.subprocess.PIPE,
                                                   stderr=asyncio.subprocess.PIPE)
    try:
        out, err = await asyncio.wait_for(process.communicate(), timeout)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise RuntimeError(f"{command[0]} did not finish within {timeout:.0f}s") from None
    if process.returncode not in ok:
        detail = (err or out).decode(errors="replace").strip().splitlines()[-5:]
        raise RuntimeError(f"{command[0]} failed: {' / '.join(detail) or f'exit {process.returncode}'}")
    if log:
        for line in err.decode(errors="replace").splitlines():
            log(line)
    return out.decode(errors="replace")
