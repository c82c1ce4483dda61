"""The `containr` commands that act on this machine's data dir and database: serve, migrate, user create, ..."""

from __future__ import annotations

import asyncio
import json
import logging
import os
from typing import TYPE_CHECKING, Annotated, Any

import typer

from service.cli.output import fail, say

if TYPE_CHECKING:
    from service.config import Settings

user_app = typer.Typer(help="Accounts, from the server's shell.", no_args_is_help=True)


def _settings() -> Settings:
    # Imported late so that the client commands start fast.
    from pydantic import ValidationError

    from service.config import get_settings

    try:
        return get_settings()
    except ValidationError as exc:
        problems = (f"CONTAINR_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors())
        raise fail(f"Invalid settings: {'; '.join(problems)}") from exc


def serve(host: Annotated[str | None, typer.Option(help="Bind address [default: CONTAINR_HOST]")] = None,
          port: Annotated[int | None, typer.Option(help="Port [default: CONTAINR_PORT]")] = None) -> None:
    """Run the API and the task workers in this process."""
    import uvicorn

    from service.app import create_app
    from service.config import ConfigError

    settings = _settings()
    if host is not None:
        settings.host = host
    if port is not None:
        settings.port = port
    try:
        settings.resolved_secret_key()
        application = create_app(settings)
    except ConfigError as exc:
        raise fail(str(exc)) from exc
    # The service's own messages (scheduled jobs started or skipped, failed hooks) go beside uvicorn's.
    service_log = logging.getLogger("service")
    if not service_log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s:     %(name)s: %(message)s"))
        service_log.addHandler(handler)
        service_log.setLevel(logging.INFO)
    say(f"Containr serves on http://{settings.host}:{settings.port} (data in {settings.data_dir})")
    say("First time? Create the owner account: POST /api/v1/auth/register, "
         "or `containr user create --admin`")
    uvicorn.run(application, host=settings.host, port=settings.port, log_level="info")


def migrate() -> None:
    """Apply the database migrations that are not applied yet."""
    from service.core.db import migrate as apply

    applied = asyncio.run(apply(_settings()))
    say("\n".join(f"applied {name}" for name in applied) or "database is up to date")


def rotate_secrets() -> None:
    """Re-seal every secret stored at rest under CONTAINR_SECRET_KEY.

    Put the new key in CONTAINR_SECRET_KEY and the old one in CONTAINR_PREVIOUS_SECRET_KEYS, run this, then
    drop the old key. Access tokens signed with the old key stop working at once."""
    from service.config import ConfigError
    from service.core import db
    from service.secret_rotation import rotate

    settings = _settings()

    async def run() -> dict[str, int]:
        await db.migrate(settings)
        async with db.database(settings):
            return await rotate(settings)

    try:
        counts = asyncio.run(run())
    except (ConfigError, ValueError) as exc:
        raise fail(f"Nothing re-sealed: {exc}") from exc
    say("\n".join(f"re-sealed {count} in {table}" for table, count in counts.items()))


@user_app.command("create")
def user_create(
    username: Annotated[str, typer.Option(prompt=True)],
    email: Annotated[str, typer.Option(prompt=True)],
    password: Annotated[str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)],
    admin: Annotated[bool, typer.Option("--admin", help="Make the account an administrator")] = False,
    display_name: Annotated[str | None, typer.Option()] = None,
) -> None:
    """Create an account directly in the database (first run, or a rescue when nobody can log in)."""
    from pydantic import ValidationError

    from service.auth.schemas import RegisterRequest
    from service.core import db
    from service.core.errors import ApiError
    from service.domains.accounts.registration import create_user

    # The same rules as POST /auth/register, so the shell cannot create an account the API would refuse.
    try:
        checked = RegisterRequest(username=username, email=email, password=password,
                                  display_name=display_name)
    except ValidationError as exc:
        raise fail("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())) from exc
    settings = _settings()

    async def create() -> Any:
        await db.migrate(settings)  # a rescue on a fresh data dir has no tables yet
        async with db.database(settings):
            return await create_user(username=checked.username, email=str(checked.email), password=password,
                                     display_name=checked.display_name, role="admin" if admin else "user")

    try:
        user = asyncio.run(create())
    except ApiError as exc:
        details = f" ({json.dumps(exc.details)})" if exc.details else ""
        raise fail(f"{exc.message}{details}") from exc
    say(f"Created {user.role} {user.username} ({user.id})")


def restore(
    source: Annotated[str, typer.Option("--from", help="The backup repository: a folder, or "
                                        "s3:host\\[:port]/bucket\\[/prefix] (credentials from AWS_* variables)")],
    snapshot: Annotated[str | None, typer.Option(help="A box backup's snapshot id [default: the newest]")] = None,
    insecure_tls: Annotated[bool, typer.Option(help="Accept a self-signed certificate of the S3 endpoint")] = False,
) -> None:
    """Rebuild the control plane on a fresh data dir from a box backup (the key: CONTAINR_BACKUP_KEY or a prompt)."""
    from service.app import CATALOGUE
    from service.domains.backup_storage import restic
    from service.domains.backups.restore import RestoreError, repository
    from service.domains.backups.restore import restore as run_restore

    # The key never comes from the command line, where any user of the machine could read it.
    key = os.environ.get("CONTAINR_BACKUP_KEY") or typer.prompt("Backup key", hide_input=True)
    settings = _settings()
    try:
        done = asyncio.run(run_restore(settings, repository(source, key, insecure_tls=insecure_tls),
                                       finish_hooks=CATALOGUE.finish_hooks(), snapshot_id=snapshot))
    except (RestoreError, restic.ResticError) as exc:
        raise fail(f"Restore failed: {exc}") from exc
    say(f"Restored box backup {done.snapshot_id[:8]} of {done.snapshot_time} into {settings.data_dir} "
         f"({done.database} database; {', '.join(done.files) or 'no key files'})")
    say("Start the service (`containr serve`): users, projects and resources are back.")
