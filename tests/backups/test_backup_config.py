"""The backup configuration: verified for real before it is saved, secrets write-only, keys fixed."""

from __future__ import annotations

import pytest

from tests.backups.conftest import KEY, S3_SECRET, configure, filesystem_config, s3_config
from tests.factories import owner_headers

PLACEHOLDER = "\u25cf" * 8


# Checking a target is the same whatever database the service keeps its records in.
pytestmark = pytest.mark.one_database


async def test_a_folder_target_is_made_checked_and_its_key_kept(client, tmp_path):
    headers = await owner_headers(client)
    answer = await client.get("/api/v1/settings/backup_config", headers=headers)
    assert answer.status_code == 200 and answer.json()["provider"] == "noop"

    folder = tmp_path / "backups"
    saved = await configure(client, headers, filesystem_config(folder, keepDaily=7))
    assert saved["key"] == PLACEHOLDER and saved["keepDaily"] == 7 and saved["intervalSecs"] == 86400
    assert (folder / "config").is_file()  # a restic repository now lives there
    assert not list((folder / "snapshots").iterdir())  # the write check left no snapshot behind
    got = (await client.get("/api/v1/settings/backup_config", headers=headers)).json()
    assert got == saved and KEY not in str(got)

    # The placeholder sent back keeps the stored key; another key for the same repository is refused.
    saved = await configure(client, headers, {**got, "schedulePattern": "0 0 3 * * *", "intervalSecs": None})
    assert saved["schedulePattern"] == "0 0 3 * * *"
    answer = await client.post("/api/v1/settings/backup_config", headers=headers,
                               json=filesystem_config(folder, key="another-key-123"))
    assert answer.status_code == 422 and answer.json()["code"] == "key_mismatch", answer.text
    assert answer.json()["details"][0]["field"] == "key" and "another-key-123" not in answer.text
    assert (await client.get("/api/v1/settings/backup_config", headers=headers)).json() == saved

    jobs = {job["id"]: job for job in (await client.get("/api/v1/schedules", headers=headers)).json()["items"]}
    assert jobs["backup"]["pattern"] == "0 0 3 * * *" and jobs["backup"]["nextRunTime"]
    assert jobs["cleanBackups"]["pattern"] == "every 21600 s" and jobs["cleanBackups"]["taskType"] == "cleanBackups"


async def test_bad_targets_and_input_are_422_naming_the_field(client, tmp_path):
    headers = await owner_headers(client)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    answer = await client.post("/api/v1/settings/backup_config", headers=headers,
                               json=filesystem_config(blocker / "backups"))
    assert answer.status_code == 422 and answer.json()["code"] == "target_unusable", answer.text
    assert answer.json()["details"][0]["field"] == "backupFolder"
    cases = [
        ({**filesystem_config(tmp_path / "b"), "intervalSecs": 3600}, "intervalSecs"),
        ({**filesystem_config(tmp_path / "b"), "schedulePattern": "* * *"}, "schedulePattern"),
        ({**filesystem_config(tmp_path / "b"), "backupFolder": "relative/path"}, "backupFolder"),
        ({**filesystem_config(tmp_path / "b"), "key": PLACEHOLDER}, "key"),
        ({"provider": "s3", "bucket": "b1b", "key": KEY}, None),
        ({**filesystem_config(tmp_path / "b"), "bucket": "Not_A_Bucket"}, "bucket"),
        ({**filesystem_config(tmp_path / "b"), "unknown": 1}, "unknown"),
    ]
    for body, field in cases:
        answer = await client.post("/api/v1/settings/backup_config", headers=headers, json=body)
        assert answer.status_code == 422, (body, answer.text)
        if field:
            assert field in {d["field"] for d in answer.json()["details"]}, answer.text
    assert (await client.get("/api/v1/settings/backup_config", headers=headers)).json()["provider"] == "noop"
    assert not (tmp_path / "b").exists()


@pytest.mark.slow
async def test_an_s3_target_on_a_real_local_server(client, s3_server):
    headers = await owner_headers(client)
    saved = await configure(client, headers, s3_config(s3_server, "containr-config-test", retentionSecs=86400))
    assert saved["secretAccessKey"] == PLACEHOLDER and saved["key"] == PLACEHOLDER
    assert saved["endpoint"] == s3_server.endpoint and S3_SECRET not in str(saved)
    # Sent back as GET answered it, with the placeholders: still valid, secrets kept.
    again = await configure(client, headers, saved)
    assert again == saved
    # A server that does not answer: 422 naming the endpoint, and the stored target stays.
    closed = {**s3_config(s3_server, "containr-config-test"), "endpoint": "http://127.0.0.1:1"}
    answer = await client.post("/api/v1/settings/backup_config", headers=headers, json=closed)
    assert answer.status_code == 422 and answer.json()["details"][0]["field"] == "endpoint", answer.text
    assert S3_SECRET not in answer.text and KEY not in answer.text
    assert (await client.get("/api/v1/settings/backup_config", headers=headers)).json() == saved
