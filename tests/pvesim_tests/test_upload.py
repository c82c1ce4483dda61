"""Uploads into a storage (POST /nodes/{node}/storage/{storage}/upload) on the `memory` backend: an OCI archive
uploaded as a 9.1 template makes the same application container a pulled image makes; names, storages and
checksums are checked as PVE checks them; and community.proxmox.proxmox_template uploads through proxmoxer.
One test on the `lxc` backend (lane 0) starts a real container from an uploaded archive."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.harness.lxc import LxcSim
from tests.harness.oci_image import OciImage
from tests.pvesim.server import ThreadedServer
from tests.pvesim_tests.test_modules import REPO, VENV_BIN

from .helpers import wait_task
from .test_oci_lxc import _ok, _page

UPLOAD = "/nodes/pve/storage/local/upload"


@pytest.fixture(scope="module")
def archive(oci_image: OciImage, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return oci_image.archive(tmp_path_factory.mktemp("upload") / "containr-hello_1.0.tar")


def _upload(api: httpx.Client, path: Path, *, storage: str = "local", name: str | None = None,
            **fields: str) -> httpx.Response:
    with path.open("rb") as fh:
        return api.post(f"/nodes/pve/storage/{storage}/upload", data={"content": "vztmpl", **fields},
                        files={"filename": (name or path.name, fh, "application/octet-stream")})


def _content(api: httpx.Client, storage: str = "local") -> dict[str, dict]:
    return {v["volid"]: v for v in api.get(f"/nodes/pve/storage/{storage}/content").json()["data"]}


def test_an_uploaded_oci_archive_makes_the_images_container(api91: httpx.Client, archive: Path,
                                                            oci_image: OciImage) -> None:
    response = _upload(api91, archive)
    assert response.status_code == 200, response.text
    upid = response.json()["data"]
    assert upid.split(":")[5:7] == ["imgcopy", ""]
    task = wait_task(api91, "pve", upid)
    assert task["exitstatus"] == "OK"
    log = [line["t"] for line in api91.get(f"/nodes/pve/tasks/{upid}/log").json()["data"]]
    assert "target file: /var/lib/vz/template/cache/containr-hello_1.0.tar" in log
    assert f"file size is: {archive.stat().st_size}" in log
    assert "finished file import successfully" in log

    volume = _content(api91)["local:vztmpl/containr-hello_1.0.tar"]
    assert volume == {"volid": "local:vztmpl/containr-hello_1.0.tar", "content": "vztmpl", "format": "tar",
                      "size": archive.stat().st_size, "ctime": volume["ctime"]}

    created = api91.post("/nodes/pve/lxc", data={
        "vmid": "130", "hostname": "web-hello", "ostemplate": "local:vztmpl/containr-hello_1.0.tar",
        "rootfs": "local-lvm:1", "unprivileged": "1", "net0": "name=eth0,bridge=vmbr0,ip=10.0.0.30/24"})
    assert created.status_code == 200, created.text
    assert wait_task(api91, "pve", created.json()["data"])["exitstatus"] == "OK"
    config = api91.get("/nodes/pve/lxc/130/config").json()["data"]
    image = oci_image.config()["config"]
    assert config["env"] == "\0".join(image["Env"])
    words = [*image.get("Entrypoint", []), *image.get("Cmd", [])]
    assert config["entrypoint"].split() == words
    assert config["cmode"] == "console"
    assert "host-managed=1" in config["net0"]


def test_an_upload_replaces_the_file_of_that_name_and_names_are_normalized(api91: httpx.Client,
                                                                           tmp_path: Path) -> None:
    first = tmp_path / "first.tar.zst"
    first.write_bytes(b"a" * 100)
    second = tmp_path / "second.tar.zst"
    second.write_bytes(b"b" * 250)
    for path in (first, second):
        response = _upload(api91, path, name="my template (1).tar.zst")
        assert wait_task(api91, "pve", response.json()["data"])["exitstatus"] == "OK"
    templates = [v for v in _content(api91).values() if v["content"] == "vztmpl"]
    ours = [v for v in templates if "my_template" in v["volid"]]
    assert [(v["volid"], v["size"], v["format"]) for v in ours] == [
        ("local:vztmpl/my_template__1_.tar.zst", 250, "tzst")]
    assert "oci" not in ours[0]


def test_names_storages_and_content_types_are_refused_as_pve_refuses_them(api91: httpx.Client,
                                                                          tmp_path: Path) -> None:
    path = tmp_path / "hello.zip"
    path.write_bytes(b"not an archive")
    wrong = _upload(api91, path)
    assert wrong.status_code == 400
    assert wrong.json()["errors"] == {"filename": "wrong file extension"}
    iso = _upload(api91, path, content="iso")
    assert iso.status_code == 400
    assert iso.json()["errors"] == {"filename": "wrong file extension"}

    tar = tmp_path / "hello.tar"
    tar.write_bytes(b"x")
    block = _upload(api91, tar, storage="local-lvm")
    assert block.status_code == 500
    assert block.json()["message"] == "can't upload to storage type 'lvmthin'\n"
    missing = _upload(api91, tar, storage="nowhere")
    assert missing.json()["message"] == "storage 'nowhere' does not exist\n"
    unknown = _upload(api91, tar, content="backup")
    assert unknown.status_code == 400
    assert "content" in unknown.json()["errors"]

    disk = tmp_path / "disk.qcow2"
    disk.write_bytes(b"x")
    refused = _upload(api91, disk, content="import")  # local holds backup,iso,vztmpl
    assert refused.status_code == 500
    assert refused.json()["message"] == "storage 'local' does not support 'import' content\n"
    bad_import = _upload(api91, tmp_path / "hello.zip", content="import")
    assert bad_import.json()["errors"] == {"filename": "invalid filename or wrong extension"}
    assert not [v for v in _content(api91) if v.endswith(("hello.tar", "hello.zip"))]


def test_pve84_takes_no_oci_archive_but_its_compressed_templates(api: httpx.Client, tmp_path: Path) -> None:
    tar = tmp_path / "hello.tar"
    tar.write_bytes(b"x")
    assert _upload(api, tar).json()["errors"] == {"filename": "wrong file extension"}
    packed = tmp_path / "hello.tar.gz"
    packed.write_bytes(b"x" * 10)
    assert wait_task(api, "pve", _upload(api, packed).json()["data"])["exitstatus"] == "OK"
    assert _content(api)["local:vztmpl/hello.tar.gz"]["size"] == 10


def test_the_checksum_is_verified_by_the_task(api91: httpx.Client, tmp_path: Path) -> None:
    path = tmp_path / "sum.tar.xz"
    path.write_bytes(b"checked bytes")
    good = hashlib.sha256(b"checked bytes").hexdigest()
    ok = _upload(api91, path, checksum=good.upper(), **{"checksum-algorithm": "sha256"})
    upid = ok.json()["data"]
    assert wait_task(api91, "pve", upid)["exitstatus"] == "OK"
    log = [line["t"] for line in api91.get(f"/nodes/pve/tasks/{upid}/log").json()["data"]]
    assert "calculating checksum...OK, checksum verified" in log

    bad_path = tmp_path / "bad.tar.xz"
    bad_path.write_bytes(b"other bytes")
    bad = _upload(api91, bad_path, checksum=good, **{"checksum-algorithm": "sha256"})
    status = wait_task(api91, "pve", bad.json()["data"])
    got = hashlib.sha256(b"other bytes").hexdigest()
    assert status["exitstatus"] == f"checksum mismatch: got '{got}' != expect '{good}'"
    assert "local:vztmpl/bad.tar.xz" not in _content(api91)


def test_a_file_larger_than_the_spooling_threshold_arrives_whole(api91: httpx.Client, tmp_path: Path) -> None:
    path = tmp_path / "big.tar.gz"
    with path.open("wb") as fh:
        for block in range(12):  # 12 MiB: past proxmoxer's streaming and Starlette's in-memory thresholds
            fh.write(bytes([block]) * (1024 * 1024))
    digest = hashlib.sha512(path.read_bytes()).hexdigest()
    response = _upload(api91, path, checksum=digest, **{"checksum-algorithm": "sha512"})
    assert wait_task(api91, "pve", response.json()["data"])["exitstatus"] == "OK"
    assert _content(api91)["local:vztmpl/big.tar.gz"]["size"] == 12 * 1024 * 1024


def test_the_http_layer_wants_a_multipart_with_a_filename_part(api91: httpx.Client, tmp_path: Path) -> None:
    plain = api91.post(UPLOAD, data={"content": "vztmpl", "filename": "x.tar"})
    assert plain.status_code == 501
    other = api91.post(UPLOAD, data={"content": "vztmpl"}, files={"file": ("x.tar", b"x")})
    assert other.status_code == 501
    assert "expected 'filename'" in other.json()["message"]
    anonymous = httpx.post(api91.base_url.join("nodes/pve/storage/local/upload"), data={"content": "vztmpl"},
                           files={"filename": ("x.tar", b"x")}, verify=False)
    assert anonymous.status_code == 401


@pytest.mark.ansible
@pytest.mark.slow
def test_proxmox_template_uploads_an_archive_once(sim91: ThreadedServer, api91: httpx.Client, archive: Path,
                                                  tmp_path: Path) -> None:
    creds = sim91.sim.state.data["users"]["root@pam"]
    token_id, secret = next(iter(creds["tokens"].items()))
    playbook = tmp_path / "upload.yml"
    playbook.write_text(f"""
- hosts: localhost
  connection: local
  gather_facts: false
  tasks:
    - name: Upload the archive
      community.proxmox.proxmox_template:
        api_host: 127.0.0.1
        api_port: {sim91.port}
        api_user: root@pam
        api_token_id: {token_id}
        api_token_secret: {secret}
        validate_certs: false
        node: pve
        storage: local
        content_type: vztmpl
        src: {archive}
      register: uploaded
      loop: [1, 2]
    - name: The first run changed, the second found the template
      ansible.builtin.assert:
        that:
          - uploaded.results[0].changed
          - not uploaded.results[1].changed
""")
    env = {"PATH": f"{VENV_BIN}:/usr/bin:/bin", "HOME": str(tmp_path), "ANSIBLE_CONFIG": str(REPO / "ansible.cfg"),
           "ANSIBLE_NOCOLOR": "1"}
    command = [str(VENV_BIN / "ansible-playbook"), "-i", "localhost,", "-e",
               f"ansible_python_interpreter={sys.executable}", str(playbook)]
    run = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
    volume = _content(api91)["local:vztmpl/containr-hello_1.0.tar"]
    assert volume["size"] == archive.stat().st_size
    tasks = api91.get("/nodes/pve/tasks", params={"typefilter": "imgcopy"}).json()["data"]
    assert len(tasks) == 1


@pytest.mark.lxc(lane=0)
@pytest.mark.slow
def test_an_uploaded_archive_starts_on_the_lxc_backend(lxc_sim: LxcSim, archive: Path) -> None:
    lxc_sim.server.sim.set_release("9.1")
    address = lxc_sim.address(61)
    with httpx.Client(base_url=lxc_sim.server.url + "/api2/json", verify=False, timeout=60,
                      headers={"Authorization": lxc_sim.credentials.token_header}) as api:
        response = _upload(api, archive)
        assert response.status_code == 200, response.text
        assert wait_task(api, "pve", response.json()["data"], attempts=3000)["exitstatus"] == "OK"
        stored = lxc_sim.backend.volume_path("local:vztmpl/containr-hello_1.0.tar")
        assert stored.read_bytes() == archive.read_bytes()

        _ok(api, "POST", "/nodes/pve/lxc", vmid="161", ostemplate="local:vztmpl/containr-hello_1.0.tar",
            hostname="uploaded", rootfs="local-lvm:1", memory="128", swap="0",
            net0=f"name=eth0,bridge=vmbr0,ip={address},gw={lxc_sim.env.gateway}")
        config = api.get("/nodes/pve/lxc/161/config").json()["data"]
        env = [v for v in config["env"].split("\0") if not v.startswith("GREETING=")] + ["GREETING=uploaded"]
        assert api.put("/nodes/pve/lxc/161/config", data={"env": "\0".join(env)}).status_code == 200
        _ok(api, "POST", "/nodes/pve/lxc/161/status/start")
        page = _page(address)
        assert "greeting=uploaded" in page and "version=1.0" in page
        _ok(api, "POST", "/nodes/pve/lxc/161/status/stop")
        _ok(api, "DELETE", "/nodes/pve/lxc/161")
