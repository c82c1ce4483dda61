"""`containr runner`: an external build runner. It asks Containr for a step whose `runsOn` labels it serves, runs
it in a container of the step's image on this machine (buildah, vfs storage, chroot isolation), streams the
output to the step's log, uploads the step's outputs and completes the step with the script's exit code."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

import typer

from service.cli.output import say
from service.cli.runner_exec import (
    TIMEOUT_EXIT,
    Buildah,
    LineBatcher,
    StepError,
    checkout,
    outputs,
    restore_caches,
    run_in_container,
    save_caches,
    write_meta,
)
from service.cli_client import Api, ClientError, Unreachable

HELP = "\n\n".join((
    "Run build steps for Containr on this machine, as the build runner whose token you give.",
    "The token is best given as CONTAINR_RUNNER_TOKEN (and the URL as CONTAINR_URL): an option's value is seen "
    "by every user of this machine in its process list.",
    "A step runs with buildah (`--storage-driver vfs`, `--isolation chroot`) in a fresh container of its image, "
    "its workspace (the repository checked out, its cache dirs restored) at /workspace, its env from a file the "
    "script sources.",
    "Images are pulled with this machine's registry credentials (REGISTRY_AUTH_FILE, else "
    "${XDG_RUNTIME_DIR}/containers/auth.json) and CAs (/etc/containers/certs.d/<host>/ca.crt, or --cert-dir); "
    "repositories are cloned as this machine's git can: Containr hands runners no repository or registry "
    "credential. Caches are kept under the work dir, by project and step name.",
))


def _claim(api: Api, labels: list[str] | None) -> dict[str, Any] | None:
    answer = api.request("POST", "/runner/claim", json={"labels": labels} if labels else None)
    return None if answer.status_code == 204 else answer.json()


class _LogSender:
    """Sends a batch of lines to the step's log; a refusal saying the step is no longer this runner's to run (it
    was stopped in Containr) sets `stopped`, which kills the step's run."""

    def __init__(self, api: Api, step_id: str) -> None:
        self.api, self.step_id = api, step_id
        self.stopped = threading.Event()

    def __call__(self, text: str) -> None:
        if self.stopped.is_set():
            return
        try:
            self.api.request("POST", f"/runner/{self.step_id}/logs", json={"text": text})
        except ClientError as exc:
            if exc.status in (403, 404, 409):
                self.stopped.set()
            say(f"Step {self.step_id}: log lines not taken: {exc}", style="red", stderr=True)


def _run(api: Api, facts: dict[str, Any], *, work_dir: Path, buildah: Buildah) -> str:
    """Run the step the runner took and report it; the status Containr recorded."""
    step_id = facts["stepId"]
    facts = api.json("GET", f"/runner/{step_id}")  # the protocol's step script, as the seed has it
    folder = work_dir / "steps" / step_id
    workspace, meta = folder / "workspace", folder / "meta"
    shutil.rmtree(folder, ignore_errors=True)
    workspace.mkdir(parents=True)
    exit_code: int | None = None
    sender = _LogSender(api, step_id)
    with LineBatcher(sender) as emit:
        try:
            checkout(facts, workspace, emit)
            restore_caches(facts, workspace, work_dir / "cache")
            write_meta(facts, meta)
            exit_code = run_in_container(buildah, facts, workspace=workspace, meta=meta, emit=emit,
                                         cancel=sender.stopped)
        except StepError as exc:
            emit(f"containr runner: {exc}")
        if exit_code == TIMEOUT_EXIT and facts.get("timeoutSeconds"):
            emit(f"containr runner: the script ran out of time ({facts['timeoutSeconds']} s)")
        elif exit_code is not None:
            emit(f"containr runner: the script exited with code {exit_code}")
    if sender.stopped.is_set():
        shutil.rmtree(folder, ignore_errors=True)
        return "STOPPED"
    sent = []
    if exit_code == 0:
        save_caches(facts, workspace, work_dir / "cache")
        for relative, path in outputs(facts, workspace):
            with path.open("rb") as handle:
                api.request("PUT", f"/runner/{step_id}/artifacts/{quote(relative)}", content=handle,
                            headers={"Content-Type": "application/octet-stream"})
            sent.append(relative)
    body = {"status": "SUCCESS" if exit_code == 0 else "FAILED", "exitCode": exit_code, "outputPaths": sent}
    done = api.json("POST", f"/runner/{step_id}/complete", json=body)
    shutil.rmtree(folder, ignore_errors=True)
    return done["stepStatus"]


def runner(
    url: Annotated[str, typer.Option(envvar="CONTAINR_URL", help="Containr's URL")],
    token: Annotated[str, typer.Option(envvar="CONTAINR_RUNNER_TOKEN", show_envvar=True,
                                       help="The runner's token (crn_...); prefer the environment variable")],
    labels: Annotated[list[str] | None, typer.Option(
        "--labels", help="Take only steps needing these of the runner's labels (repeat; default: all of them)")
    ] = None,
    once: Annotated[bool, typer.Option("--once", help="Run one step, then exit (1 if it failed)")] = False,
    poll: Annotated[float, typer.Option(min=0.1, help="Seconds between asks when there is no step")] = 5.0,
    work_dir: Annotated[Path, typer.Option(help="Where steps run and caches and images are kept")] = Path(
        "~/.cache/containr-runner"),
    cert_dir: Annotated[Path | None, typer.Option(
        help="A folder of CA certificates (*.crt) for the registries, instead of /etc/containers/certs.d")] = None,
) -> None:
    work_dir = work_dir.expanduser().resolve()
    work_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    buildah = Buildah(storage=work_dir / "storage", cert_dir=cert_dir)
    wanted = [label for item in labels or [] for label in item.split(",") if label]
    with Api(url, token) as api:
        while True:
            try:
                facts = _claim(api, wanted)
            except Unreachable as exc:
                say(f"{exc}; asking again in {poll:g} s", stderr=True)
                time.sleep(poll)
                continue
            except ClientError as exc:
                raise typer.Exit(_stop(exc)) from None
            if facts is None:
                time.sleep(poll)
                continue
            say(f"Running step {facts['name']} ({facts['stepId']}) of build {facts['buildId']}")
            try:
                status = _run(api, facts, work_dir=work_dir, buildah=buildah)
            except ClientError as exc:
                say(f"Step {facts['stepId']}: {exc}", style="red", stderr=True)
                status = "FAILED"
            say(f"Step {facts['name']} ({facts['stepId']}): {status}")
            if once:
                raise typer.Exit(0 if status == "SUCCESS" else 1)


def _stop(exc: ClientError) -> int:
    say(str(exc), style="red", stderr=True)
    return 1
