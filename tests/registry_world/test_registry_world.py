"""The test world for images holds: the registry speaks the Docker Registry HTTP API v2 over TLS with a Basic (or,
in token mode, a Bearer) challenge, holds the pushed test image, and the image and its oci-archive are what
tests/harness/oci_image.py promises."""

from __future__ import annotations

import json
import os
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import jwt
import pytest

from tests.harness import processes
from tests.harness.oci_image import SKOPEO, UMOCI, OciImage, build_image
from tests.harness.registry import Registry, start_registry


def _skopeo_inspect(registry: Registry, reference: str, authfile: Path, *, config: bool = False) -> dict:
    argv = [str(SKOPEO), "inspect", *(["--config"] if config else []), "--authfile", str(authfile),
            "--cert-dir", str(registry.cert_dir), f"docker://{registry.host}/{reference}"]
    result = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_v2_asks_for_basic_credentials_and_takes_them(registry: Registry) -> None:
    anonymous = httpx.get(f"{registry.url}/v2/", verify=registry.trust())
    assert anonymous.status_code == 401
    assert anonymous.headers["WWW-Authenticate"] == 'Basic realm="containr-test-registry"'
    wrong = httpx.get(f"{registry.url}/v2/", verify=registry.trust(), auth=(registry.username, "not-it"))
    assert wrong.status_code == 401
    answer = httpx.get(f"{registry.url}/v2/", verify=registry.trust(), auth=(registry.username, registry.password))
    assert answer.status_code == 200
    assert answer.headers["Docker-Distribution-API-Version"] == "registry/2.0"


def test_tls_is_trusted_only_through_the_test_ca(registry: Registry) -> None:
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{registry.url}/v2/")  # the system's CAs do not know it
    by_name = ssl.create_default_context(cafile=str(registry.ca_file))
    by_file = httpx.get(f"https://localhost:{registry.port}/v2/", verify=by_name)
    assert by_file.status_code == 401
    assert (registry.cert_dir / "ca.crt").read_text() == registry.ca_bundle
    assert registry.ca_bundle.startswith("-----BEGIN CERTIFICATE-----")


def test_catalog_and_tags_show_the_pushed_image(registry: Registry) -> None:
    credentials = (registry.username, registry.password)
    catalog = httpx.get(f"{registry.url}/v2/_catalog", verify=registry.trust(), auth=credentials)
    assert catalog.status_code == 200
    assert "containr/hello" in catalog.json()["repositories"]
    tags = httpx.get(f"{registry.url}/v2/containr/hello/tags/list", verify=registry.trust(), auth=credentials)
    assert tags.json() == {"name": "containr/hello", "tags": ["1.0"]}
    manifest = httpx.get(f"{registry.url}/v2/containr/hello/manifests/1.0", verify=registry.trust(),
                         auth=credentials, headers={"Accept": "application/vnd.oci.image.manifest.v1+json"})
    assert manifest.status_code == 200
    assert manifest.headers["Content-Type"] == "application/vnd.oci.image.manifest.v1+json"
    assert manifest.json()["schemaVersion"] == 2
    assert manifest.headers["Docker-Content-Digest"].startswith("sha256:")


def test_authfile_is_private_and_the_password_stays_off_argv(registry: Registry, tmp_path: Path) -> None:
    authfile = registry.authfile(tmp_path / "auth")
    assert authfile.stat().st_mode & 0o777 == 0o600
    assert registry.host in json.loads(authfile.read_text())["auths"]
    assert registry.password not in authfile.read_text()  # base64 of user:password, as containers-auth.json has it
    # The push (skopeo) and the registry itself saw the password only through files: not in its log or config.
    assert registry.password not in registry.log()
    assert registry.password not in (registry.directory / "config.yml").read_text()
    assert (registry.directory / "htpasswd").read_text().startswith(f"{registry.username}:$2b$")


def test_a_pulled_copy_has_the_image_config(registry: Registry, tmp_path: Path) -> None:
    authfile = registry.authfile(tmp_path / "auth")
    inspected = _skopeo_inspect(registry, "containr/hello:1.0", authfile)
    assert inspected["RepoTags"] == ["1.0"]
    assert inspected["Labels"]["org.opencontainers.image.version"] == "1.0"
    config = _skopeo_inspect(registry, "containr/hello:1.0", authfile, config=True)["config"]
    assert config["Entrypoint"] == ["/bin/sh", "/start.sh"]
    assert not config.get("Cmd")
    assert "PORT=8080" in config["Env"]
    assert "GREETING=from-image" in config["Env"]
    assert any(entry.startswith("PATH=") for entry in config["Env"])
    assert config["ExposedPorts"] == {"8080/tcp": {}}
    assert config["WorkingDir"] == "/www"
    assert config["User"] == "0:0"
    assert config["Labels"]["io.containr.test"] == "true"


def test_a_pull_without_credentials_is_refused(registry: Registry, tmp_path: Path) -> None:
    empty = tmp_path / "auth.json"
    empty.write_text('{"auths": {}}')
    result = subprocess.run([str(SKOPEO), "inspect", "--authfile", str(empty), "--cert-dir", str(registry.cert_dir),
                             f"docker://{registry.host}/containr/hello:1.0"],
                            capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode != 0
    assert "unauthorized" in result.stderr.lower() or "authentication required" in result.stderr.lower()


def test_the_archive_unpacks_to_a_root_that_starts_and_serves(oci_image: OciImage, tmp_path: Path) -> None:
    archive = oci_image.archive(tmp_path / "hello.tar")
    assert archive.stat().st_size > 500_000  # busybox is most of it
    layout = tmp_path / "extracted"
    layout.mkdir()
    subprocess.run(["tar", "-xf", str(archive), "-C", str(layout)], check=True)
    bundle = tmp_path / "bundle"
    subprocess.run([str(UMOCI), "unpack", "--image", f"{layout}:1.0", str(bundle)], check=True,
                   capture_output=True)
    root = bundle / "rootfs"
    assert (root / "start.sh").read_text().startswith("#!/bin/sh")
    assert (root / "bin" / "busybox").is_file()
    assert os.readlink(root / "bin" / "httpd") == "busybox"
    if os.geteuid() != 0:
        pytest.skip("starting the root takes chroot (root)")
    port = processes.free_port()
    env = {"GREETING": "hi there", "SECRET_TOKEN": "s3cr3t-value", "PORT": str(port)}
    process = subprocess.Popen(["/usr/sbin/chroot", str(root), "/bin/sh", "/start.sh"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        page = _wait_for_page(f"http://127.0.0.1:{port}/")
    finally:
        processes.end(process)
    assert page.splitlines() == ["hello", "greeting=hi there", "secret-length=12", "version=1.0"]
    assert "s3cr3t" not in page


def test_page_and_tag_are_built_in(tmp_path: Path) -> None:
    image = build_image(tmp_path / "layout", tag="2.0", page="it's version two")
    assert image.reference == f"oci:{tmp_path / 'layout'}:2.0"
    assert image.config()["config"]["Labels"]["org.opencontainers.image.version"] == "2.0"
    bundle = tmp_path / "bundle"
    subprocess.run([str(UMOCI), "unpack", "--image", f"{image.layout}:2.0", str(bundle)], check=True,
                   capture_output=True)
    script = (bundle / "rootfs" / "start.sh").read_text()
    assert "'it'\"'\"'s version two'" in script
    assert "printf 'version=%s\\n' 2.0" in script


@pytest.fixture(scope="module")
def token_registry(tmp_path_factory: pytest.TempPathFactory, oci_image: OciImage) -> Iterator[Registry]:
    # Another loopback address than the default: the registry and its token endpoint listen where they are told
    # (on LXC lanes, a bridge's gateway), and their certificate names that address.
    with start_registry(tmp_path_factory.mktemp("token-registry") / "registry", address="127.0.0.2",
                        auth="token") as server:
        server.push(oci_image, "containr/hello")
        yield server


def test_token_mode_challenges_with_bearer_and_grants_a_verified_token(token_registry: Registry) -> None:
    trust = token_registry.trust()
    challenge = httpx.get(f"{token_registry.url}/v2/containr/hello/tags/list", verify=trust)
    assert challenge.status_code == 401
    header = challenge.headers["WWW-Authenticate"]
    assert token_registry.host.startswith("127.0.0.2:")
    assert (token_registry.token_url or "").startswith("https://127.0.0.2:")
    assert header.startswith(f'Bearer realm="{token_registry.token_url}"')
    assert 'service="containr-test-registry"' in header
    assert 'scope="repository:containr/hello:pull"' in header
    query = {"service": "containr-test-registry", "scope": "repository:containr/hello:pull"}
    refused = httpx.get(token_registry.token_url or "", params=query, verify=trust,
                        auth=(token_registry.username, "wrong"))
    assert refused.status_code == 401
    granted = httpx.get(token_registry.token_url or "", params=query, verify=trust,
                        auth=(token_registry.username, token_registry.password))
    assert granted.status_code == 200
    token = granted.json()["token"]
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["access"] == [{"type": "repository", "name": "containr/hello", "actions": ["pull"]}]
    tags = httpx.get(f"{token_registry.url}/v2/containr/hello/tags/list", verify=trust,
                     headers={"Authorization": f"Bearer {token}"})
    assert tags.json() == {"name": "containr/hello", "tags": ["1.0"]}
    forged = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    assert httpx.get(f"{token_registry.url}/v2/containr/hello/tags/list", verify=trust,
                     headers={"Authorization": f"Bearer {forged}"}).status_code == 401


def test_token_mode_push_and_pull_went_through_the_token_endpoint(token_registry: Registry, tmp_path: Path) -> None:
    inspected = _skopeo_inspect(token_registry, "containr/hello:1.0", token_registry.authfile(tmp_path / "auth"))
    assert inspected["RepoTags"] == ["1.0"]
    granted = [request for request in token_registry.token_requests if request["granted"]]
    assert any("repository:containr/hello:pull,push" in request["scopes"] for request in granted)
    assert all(request["account"] == token_registry.username for request in granted)


def _wait_for_page(url: str) -> str:
    deadline = time.monotonic() + 10
    while True:
        try:
            return httpx.get(url, timeout=2).text
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
