"""A service built from a Dockerfile end to end (issue 22's acceptance) through the API on real LXC guests behind
the PVE 9.1 simulator: a private git repository on the git server harness (read with a git provider's token)
holds a Dockerfile FROM the busybox test image in the registry harness (TLS from a test CA, htpasswd), a COPY of a
page, a RUN and a CMD serving the page with busybox httpd. Creating the service builds the image with buildah in
the project's build guest, pushes it to the registry as <host>/site:<commit>, deploys it as an application
container, and the service answers HTTP from its address with the page. A push webhook builds and deploys the
pushed commit; a commit whose build fails leaves the release before serving and the build failed. The registry
password and the repository token reach no argv, task log, answer or data-dir file."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from service.config import Settings
from service.domains.git import tokens as git_tokens
from service.domains.git.models import GitProvider, GitProviderType
from tests.conftest import Server
from tests.databases.conftest import argv_watch
from tests.databases.test_databases_api import lxc_node
from tests.factories import assert_secrets_nowhere, owner_headers, personal_team, wait_task
from tests.harness.git_server import GitServer, start_git_server
from tests.harness.lxc import LxcSim
from tests.harness.oci_image import OciImage
from tests.harness.registry import Registry, start_registry
from tests.pvesim.lxc_setup import LxcEnvironment

pytestmark = [pytest.mark.ansible, pytest.mark.slow, pytest.mark.lxc(lane=0)]

RUN_TIMEOUT = 1500  # the first build installs buildah in a new guest
BASE = "containr/busybox"
PORT = 8080
GIT_TOKEN = "ghp_dockerfile-e2e-0123456789abcdef"


@pytest.fixture
def database_url() -> None:
    return None  # what is tested is the guests' and the registry's side: SQLite alone


@pytest.fixture
async def server(settings: Settings) -> AsyncIterator[Server]:
    settings.task_timeout = RUN_TIMEOUT
    running = Server(settings)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


@pytest.fixture
def base_registry(tmp_path: Path, lxc_env: LxcEnvironment, oci_image: OciImage) -> Iterator[Registry]:
    """The registry on the lane's gateway (where the guests reach it) holding the busybox test image."""
    with start_registry(tmp_path / "registry", address=lxc_env.gateway) as registry:
        registry.push(oci_image, BASE, "1.0")
        yield registry


@pytest.fixture
def git_server(lxc_env: LxcEnvironment, tmp_path: Path) -> Iterator[GitServer]:
    """A git server on the lane's gateway whose repository `site` only the git provider's token reads."""
    with start_git_server(tmp_path / "git", hosts=[lxc_env.gateway]) as server:
        server.create("site", auth=("x-access-token", GIT_TOKEN))
        yield server


def _dockerfile(registry: Registry, *, broken: bool = False) -> str:
    # The base image's own entrypoint writes its own page: this image serves the page it was built with.
    return "\n".join([
        f"FROM {registry.host}/{BASE}:1.0",
        "COPY site/index.html /site/index.html",
        "RUN mkdir -p /site/info && echo built-by-buildah > /site/info/built.txt" + (" && false" if broken else ""),
        'ENTRYPOINT ["/bin/busybox"]',
        f'CMD ["httpd", "-f", "-p", "{PORT}", "-h", "/site"]',
        ""])


def _page(host: str, path: str = "/", *, expect: str, seconds: float = 90) -> str:
    """The service's page from the host at its address, once it holds `expect`."""
    deadline = time.monotonic() + seconds
    text = ""
    while True:
        try:
            answer = httpx.get(f"http://{host}:{PORT}{path}", timeout=3)
            text = answer.text
            if answer.status_code == 200 and expect in text:
                return text
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, f"{host}:{PORT}{path} did not answer with {expect!r}: {text!r}"
        time.sleep(0.5)


async def _settled(client: httpx.AsyncClient, headers: dict[str, str], service_id: str,
                   build_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The build once over (its build run, then its deploy run, each followed to its end) and the service then."""
    deadline = asyncio.get_running_loop().time() + 2 * RUN_TIMEOUT
    while True:
        build = (await client.get(f"/api/v1/builds/{build_id}", headers=headers)).json()
        if build["status"] in ("success", "failed", "cancelled"):
            break
        assert asyncio.get_running_loop().time() < deadline, build
        if build["taskId"] is not None:
            await wait_task(client, headers, build["taskId"], timeout=RUN_TIMEOUT)
        await asyncio.sleep(1)
    return build, (await client.get(f"/api/v1/services/{service_id}", headers=headers)).json()


async def test_a_dockerfile_service_is_built_pushed_deployed_and_answers(
        client: httpx.AsyncClient, server: Server, settings: Settings, lxc_sim: LxcSim, base_registry: Registry,
        git_server: GitServer) -> None:
    lxc_sim.server.sim.set_release("9.1")
    headers = await owner_headers(client)
    node = await lxc_node(client, headers, lxc_sim, lxc_sim.env.apt_proxy)
    auth = base64.b64encode(f"{base_registry.username}:{base_registry.password}".encode()).decode()
    watched = [base_registry.password, auth, GIT_TOKEN]
    first_commit = git_server.push("site", {"Dockerfile": _dockerfile(base_registry),
                                            "site/index.html": "hello from the first commit\n"})
    registry = await client.post("/api/v1/registries", headers=headers, json={
        "name": "lane", "type": "v2", "details": {"url": base_registry.url, "user": base_registry.username,
                                                  "token": base_registry.password,
                                                  "caBundle": base_registry.ca_bundle}})
    assert registry.status_code == 201, registry.text
    project = await client.post("/api/v1/projects", headers=headers, json={"name": "site",
                                                                            "defaultNodeId": node["id"]})
    assert project.status_code == 201, project.text
    # Recorded as a passed token check leaves it: the check asks the provider's own API, which is not here.
    provider = await GitProvider.create(team_id=await personal_team(client, headers), type=GitProviderType.GITHUB,
                                        name="git", sealed_token=git_tokens.seal_token(server.settings, GIT_TOKEN))

    with argv_watch(watched=watched) as argv:
        # 1. The create builds the Dockerfile in the build guest, pushes the image and deploys it.
        made = await client.post(f"/api/v1/projects/{project.json()['id']}/services", headers=headers, json={
            "name": "site", "type": "web", "port": PORT, "healthCheckPath": "/",
            "source": {"type": "dockerfile", "repository": git_server.url("site"),
                       "gitProviderId": str(provider.id), "registryId": registry.json()["id"]}})
        assert made.status_code == 202, made.text
        created = made.json()
        assert created["source"]["dockerfile"] == "Dockerfile" and base_registry.password not in made.text
        built = await wait_task(client, headers, created["taskId"], timeout=RUN_TIMEOUT)
        assert built["type"] == "serviceDockerfileBuild" and built["success"], built
        assert built["result"]["build_commit"] == first_commit, built["result"]
        assert built["result"]["build_image_pushed"].startswith(f"{base_registry.host}/site@sha256:"), built
        # What is deployed and recorded: the pushed image at its tag, the commit built.
        pushed = f"{base_registry.host}/site:{first_commit}"
        build, service = await _settled(client, headers, created["id"], created["buildId"])
        assert build["status"] == "success" and build["commitSha"] == first_commit and build["image"] == pushed, build
        assert build["taskId"] != created["taskId"], build  # the deploy's run ended it
        deploy = (await client.get(f"/api/v1/tasks/{build['taskId']}", headers=headers)).json()
        assert deploy["type"] == "serviceImageDeploy" and deploy["success"], deploy
        assert service["status"] == "running", service
        assert service["currentRelease"]["image"] == pushed and service["currentRelease"]["commitSha"] == first_commit
        first_page = await asyncio.to_thread(_page, service["host"], expect="hello from the first commit")
        assert "first commit" in first_page
        assert "built-by-buildah" in await asyncio.to_thread(_page, service["host"], "/info/built.txt",
                                                             expect="built-by-buildah")
        # The tag is the commit, in the team's registry.
        tags = httpx.get(f"{base_registry.url}/v2/site/tags/list", verify=base_registry.trust(),
                         auth=(base_registry.username, base_registry.password), timeout=10).json()
        assert first_commit in tags["tags"], tags

        # 2. A push to its branch, signed with its webhook secret, builds and deploys the pushed commit.
        second_commit = git_server.push("site", {"site/index.html": "hello from the second commit\n"},
                                        replace=False)
        body = json.dumps({"ref": "refs/heads/main", "after": second_commit}).encode()
        signature = "sha256=" + hmac.new(created["webhookSecret"].encode(), body, hashlib.sha256).hexdigest()
        hook = await client.post(f"/api/v1/services/{created['id']}/webhook", content=body, headers={
            "content-type": "application/json", "x-github-event": "push", "x-hub-signature-256": signature})
        assert hook.status_code == 202, hook.text
        build, service = await _settled(client, headers, created["id"], hook.json()["id"])
        assert build["status"] == "success" and build["trigger"] == "webhook", build
        assert service["currentRelease"]["commitSha"] == second_commit and service["vmid"] == created["vmid"]
        await asyncio.to_thread(_page, service["host"], expect="hello from the second commit")

        # 3. A commit whose build fails: the build is failed, the release before goes on serving.
        git_server.push("site", {"Dockerfile": _dockerfile(base_registry, broken=True)}, replace=False)
        again = await client.post("/api/v1/builds", headers=headers, json={"serviceId": created["id"]})
        assert again.status_code == 202, again.text
        failed, service = await _settled(client, headers, created["id"], again.json()["id"])
        assert failed["status"] == "failed" and failed["error"], failed
        task = (await client.get(f"/api/v1/tasks/{failed['taskId']}", headers=headers)).json()
        assert task["type"] == "serviceDockerfileBuild" and not task["success"], task
        assert service["status"] == "running" and service["currentRelease"]["commitSha"] == second_commit, service
        assert "The last build failed" in service["statusMessage"], service
        await asyncio.to_thread(_page, service["host"], expect="hello from the second commit")

    # 4. The registry password and the repository token in no command line, task, answer or data-dir file.
    assert argv == [], argv
    await assert_secrets_nowhere(client, headers, settings.data_dir, watched, answers=(
        f"/api/v1/services/{created['id']}", "/api/v1/registries", f"/api/v1/services/{created['id']}/releases",
        f"/api/v1/builds?serviceId={created['id']}"))
