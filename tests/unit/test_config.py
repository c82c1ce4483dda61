"""Settings: a secret key made once outside production, refused when missing or weak in production."""

import stat

import pytest

from service.config import ConfigError, Settings


def test_a_missing_key_is_generated_once_with_mode_0600(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", secret_key=None)
    first = settings.resolved_secret_key()
    assert len(first) >= 32 and first == settings.resolved_secret_key()
    key_file = tmp_path / "data" / "secret.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert Settings(data_dir=tmp_path / "data", secret_key=None).resolved_secret_key() == first


@pytest.mark.parametrize("key", [None, "short"])
def test_production_refuses_a_missing_or_weak_key(tmp_path, key):
    settings = Settings(env="production", data_dir=tmp_path / "data", secret_key=key)
    with pytest.raises(ConfigError, match="CONTAINR_SECRET_KEY"):
        settings.resolved_secret_key()
    assert not (tmp_path / "data" / "secret.key").exists()


def test_environment_names_and_defaults(tmp_path, monkeypatch):
    monkeypatch.setenv("CONTAINR_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("CONTAINR_MAX_RUNS", "3")
    monkeypatch.setenv("CONTAINR_TASK_TIMEOUT", "60")
    monkeypatch.setenv("CONTAINR_PORT", "9000")
    settings = Settings()
    assert settings.data_dir == tmp_path / "d" and settings.max_runs == 3 and settings.task_timeout == 60
    assert settings.port == 9000 and settings.host == "127.0.0.1"
    assert settings.db_url == f"sqlite://{tmp_path / 'd' / 'containr.sqlite3'}"
    monkeypatch.setenv("CONTAINR_DATABASE_URL", "postgres://u:p@db/containr")
    assert Settings().db_url == "postgres://u:p@db/containr"
