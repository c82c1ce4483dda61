"""Schemathesis over the whole OpenAPI document of a running server: no input makes it answer 5xx."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

from tests.factories import owner_headers

pytestmark = pytest.mark.slow

SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"


async def test_no_generated_request_gets_a_server_error(client, server, tmp_path, db_backend):
    # On PostgreSQL the coverage phase alone (boundary values: the longest strings, the largest numbers, what
    # one database takes and the other refuses); the examples and random fuzzing do not depend on the database.
    phases = "coverage" if db_backend == "postgres" else "examples,coverage,fuzzing"
    headers = await owner_headers(client)
    # The document is read here, with the client's patience: schemathesis gives a schema URL ten seconds, which a
    # loaded machine (the first request builds the document) can exceed.
    document = await client.get("/openapi.json")
    assert document.status_code == 200, document.text
    schema = tmp_path / "openapi.json"
    schema.write_text(document.text)
    process = await asyncio.create_subprocess_exec(
        str(SCHEMATHESIS), "run", str(schema), "--url", server.url,
        "--header", f"Authorization:{headers['Authorization']}",
        "--checks", "not_a_server_error",
        "--max-examples", "8", "--seed", "1", "--workers", "1", "--phases", phases,
        # The log stream follows a task until it ends; fuzzing it only measures how long tasks run. A backup
        # target is initialised for real where the config points: generated folders and hosts are not ours.
        "--exclude-path-regex", "logstream|backup_config",
        "--request-timeout", "30",
        "--report-dir", str(tmp_path / "reports"),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT, cwd=tmp_path,
    )
    out, _ = await process.communicate()
    text = out.decode(errors="replace")
    assert process.returncode == 0, text[-6000:]
    assert " passed" in text and "Tested: 0" not in text, text[-3000:]
