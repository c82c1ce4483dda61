"""The `containr` command: the server side (serve, migrate, user create) and a client of the REST API."""

from __future__ import annotations

import typer

from service.cli import client, server, worker
from service.cli.runner import HELP as RUNNER_HELP
from service.cli.runner import runner

app = typer.Typer(help="Containr: a control plane for Proxmox VE whose engine is Ansible.",
                  no_args_is_help=True)
# The order of the top-level help: the server side first, then the client.
app.command()(server.serve)
app.command()(server.migrate)
app.command("rotate-secrets")(server.rotate_secrets)
app.command()(server.restore)
app.command()(worker.worker)
app.command()(client.login)
app.command(help=RUNNER_HELP)(runner)
app.add_typer(server.user_app, name="user")
app.add_typer(client.playbook_app, name="playbook")
app.add_typer(client.tasks_app, name="tasks")


def main() -> None:
    app()
