"""Interpreter: the CPU a playbook run costs on the Python of .venv against another Python 3 interpreter.

Makes (once; cached under ~/.cache/containr/bench/) a venv of the other interpreter holding the ansible-core
version of .venv, then alternates, N times, runs of `ansible-playbook` from each venv on two playbooks:
bench/playbooks/twenty_tasks.yml (controller work only) and bench/playbooks/twenty_modules.yml (twenty
modules, each in a Python of its own, as guest tasks run). Counts the CPU time (user + system) of each run and
its children, prints the medians and the ratio .venv / other per playbook, and writes them to
bench/results/interpreter.json. Not a test.

The other interpreter: --other, else the distribution's /usr/bin/python3 when .venv was made with another,
else `python3` from PATH.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PLAYBOOKS = ("twenty_tasks", "twenty_modules")
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "containr" / "bench"


def base_interpreter(python: str) -> Path:
    """The interpreter a venv was made from (or the interpreter itself), as a real path."""
    done = subprocess.run([python, "-c", "import sys; print(sys._base_executable)"], capture_output=True,
                          text=True, check=True)
    return Path(done.stdout.strip()).resolve()


def pick_other(ours: Path) -> str:
    for candidate in ("/usr/bin/python3", shutil.which("python3") or ""):
        if candidate and Path(candidate).exists() and base_interpreter(candidate) != ours:
            return candidate
    raise SystemExit(f"no other interpreter to compare .venv's ({ours}) with: name one with --other")


def other_venv(python: str, core_version: str) -> Path:
    """A venv of `python` with ansible-core `core_version`, made once."""
    key = hashlib.sha256(f"{base_interpreter(python)} {core_version}".encode()).hexdigest()[:12]
    venv = CACHE / f"venv-{key}"
    if not (venv / "bin" / "ansible-playbook").exists():
        shutil.rmtree(venv, ignore_errors=True)
        print(f"making {venv} with {python} and ansible-core {core_version}", file=sys.stderr)
        subprocess.run([python, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet",
                        "--disable-pip-version-check", f"ansible-core=={core_version}"], check=True)
    return venv / "bin"


def cpu_of_run(bin_dir: Path, playbook: str) -> float:
    """CPU seconds (user + system) of one `ansible-playbook` run and every process it waited for."""
    env = {**os.environ, "ANSIBLE_CONFIG": str(REPO / "ansible.cfg"), "PATH": f"{bin_dir}{os.pathsep}"
           f"{os.environ.get('PATH', '')}"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([str(bin_dir / "ansible-playbook"), f"bench/playbooks/{playbook}.yml"], cwd=REPO, env=env,
                   check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--other", help="the interpreter to compare with")
    args = parser.parse_args()

    ours = base_interpreter(sys.executable)
    other = args.other or pick_other(ours)
    other_bin = other_venv(other, metadata.version("ansible-core"))
    sides = {"venv": BIN, "other": other_bin}
    samples: dict[str, dict[str, list[float]]] = {p: {side: [] for side in sides} for p in PLAYBOOKS}
    for playbook in PLAYBOOKS:  # one warm-up run each: byte-compiled files and caches in place
        for bin_dir in sides.values():
            cpu_of_run(bin_dir, playbook)
    for index in range(args.runs):
        for playbook in PLAYBOOKS:
            order = list(sides.items()) if index % 2 == 0 else list(reversed(sides.items()))
            for side, bin_dir in order:
                samples[playbook][side].append(cpu_of_run(bin_dir, playbook))

    result = {"venv": str(ours), "other": str(base_interpreter(other)), "runs": args.runs,
              "measuredAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "playbooks": {}}
    print(f".venv's interpreter: {ours}\nother interpreter:  {base_interpreter(other)}")
    for playbook in PLAYBOOKS:
        medians = {side: statistics.median(values) for side, values in samples[playbook].items()}
        ratio = medians["venv"] / medians["other"]
        result["playbooks"][playbook] = {"medianCpuSeconds": medians, "ratio": ratio, "samples": samples[playbook]}
        print(f"{playbook:15} CPU per run: .venv {medians['venv']:.2f} s, other {medians['other']:.2f} s, "
              f"ratio .venv / other {ratio:.2f}")
    out = REPO / "bench" / "results" / "interpreter.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
