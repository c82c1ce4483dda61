"""The linters the project holds itself to (ruff, ansible-lint, yamllint) pass on the whole repository."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["ruff", "check", "."], id="ruff"),
        pytest.param(["ansible-lint"], id="ansible-lint", marks=pytest.mark.slow),
        pytest.param(["yamllint", "."], id="yamllint"),
    ],
)
def test_linter_passes(command: list[str]) -> None:
    # Any ansible-* command a linter starts must be the venv's, whatever PATH pytest was started with.
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "NO_COLOR": "1"}
    result = subprocess.run(
        [str(BIN / command[0]), *command[1:]],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}"
