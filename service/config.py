"""Settings of the service, read from the environment (prefix CONTAINR_)."""

from __future__ import annotations

import os
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
SECRET_KEY_FILE = "secret.key"
MIN_SECRET_KEY_LENGTH = 32


def default_data_dir() -> Path:
    """`data/` in a checkout (git-ignored); for an installed package, the user's XDG data dir."""
    if (REPO_ROOT / "pyproject.toml").exists():
        return REPO_ROOT / "data"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "containr"


class ConfigError(RuntimeError):
    """The settings cannot be used as they are; the message says why."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CONTAINR_", extra="ignore")

    env: Literal["development", "production"] = "development"
    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str | None = None
    secret_key: str | None = Field(default=None, repr=False)
    # Keys used before the current one, comma-separated: sealed values still open under them until
    # `containr rotate-secrets` has re-sealed everything under the current key.
    previous_secret_keys: str = Field(default="", repr=False)
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    max_runs: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1)
    task_timeout: int = Field(default=3600, ge=1, description="Default timeout of a run, in seconds")
    service_keep_releases: int = Field(default=5, ge=2, le=100,
                                       description="A service's newest release folders its guest keeps (the current "
                                                   "and the previous one always stay)")
    token_expiry: int = Field(default=24 * 3600, ge=60, description="Lifetime of an access token, seconds")
    # The address users reach the instance at, for links in emails; unset: the address a request came in on.
    public_url: str | None = Field(default=None, pattern=r"^https?://[^\s/?#]+(/[^\s?#]*)?$")
    # The nameservers DNS checks ask ("ip" or "ip:port", comma-separated); empty: the system's resolver.
    dns_nameservers: str = Field(default="", pattern=r"^[0-9A-Fa-f.:\[\], ]*$")
    # Where playbooks/, roles/ and ansible.cfg live: the repository root unless told otherwise.
    project_dir: Path = REPO_ROOT
    # Who runs the playbooks: "embedded", this process (the default, on SQLite or PostgreSQL); "external", the
    # `containr worker` processes sharing the PostgreSQL database (docs/scale-out.md): `containr serve` then only
    # records, queues, streams and schedules.
    task_workers: Literal["embedded", "external"] = "embedded"
    # A worker writes its heartbeat this often; one silent for `worker_dead_after` seconds is dead, and the
    # tasks it ran end `crashed` naming it (or are queued again when their action is retriable).
    worker_heartbeat: float = Field(default=5.0, gt=0, le=300)
    worker_dead_after: float = Field(default=30.0, gt=0, le=3600)

    @field_validator("data_dir", "project_dir")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @field_validator("worker_dead_after")
    @classmethod
    def _after_heartbeats(cls, value: float, info: ValidationInfo) -> float:
        heartbeat = info.data.get("worker_heartbeat")
        if heartbeat is not None and value < 2 * heartbeat:
            raise ValueError("CONTAINR_WORKER_DEAD_AFTER must be at least twice CONTAINR_WORKER_HEARTBEAT")
        return value

    @property
    def external_workers(self) -> bool:
        return self.task_workers == "external"

    def check_cluster(self) -> None:
        """External workers share one PostgreSQL database and one secret key: refuse anything else early."""
        if not self.external_workers:
            return
        if not (self.database_url or "").startswith(("postgres://", "postgresql://")):
            raise ConfigError("CONTAINR_TASK_WORKERS=external needs CONTAINR_DATABASE_URL=postgres://...: the "
                              "workers and the API instances share its queue, logs and locks")
        if not self.secret_key:
            raise ConfigError("CONTAINR_TASK_WORKERS=external needs CONTAINR_SECRET_KEY, the same on every "
                              "instance and worker: a task's secrets are sealed with it")

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite://{self.data_dir / 'containr.sqlite3'}"

    @property
    def nameservers(self) -> list[str]:
        return [entry.strip() for entry in self.dns_nameservers.split(",") if entry.strip()]

    @property
    def playbooks_dir(self) -> Path:
        return self.project_dir / "playbooks"

    @property
    def templates_dir(self) -> Path:
        """The app catalogue: one folder per app (templates/README.md)."""
        return self.project_dir / "templates"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "tasks"

    @property
    def runs_dir(self) -> Path:
        return self.data_dir / "runs"

    @property
    def previous_keys(self) -> list[str]:
        return [key.strip() for key in self.previous_secret_keys.split(",") if key.strip()]

    @property
    def ssh_dir(self) -> Path:
        return self.data_dir / "ssh"

    def ensure_data_dir(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)

    def resolved_secret_key(self) -> str:
        """The key that signs tokens and encrypts secrets.

        Outside production a missing key is generated once into the data dir; in production it must be
        given and strong, so that a forgotten setting never runs an instance on a guessable key.
        """
        if self.secret_key:
            if self.env == "production" and len(self.secret_key) < MIN_SECRET_KEY_LENGTH:
                raise ConfigError(
                    f"CONTAINR_SECRET_KEY is too weak: use at least {MIN_SECRET_KEY_LENGTH} random characters"
                )
            return self.secret_key
        if self.env == "production":
            raise ConfigError("CONTAINR_SECRET_KEY must be set when CONTAINR_ENV=production")
        self.ensure_data_dir()
        path = self.data_dir / SECRET_KEY_FILE
        if not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(48))
        return path.read_text().strip()


@lru_cache
def get_settings() -> Settings:
    return Settings()
