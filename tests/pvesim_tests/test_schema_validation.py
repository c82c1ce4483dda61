"""Parameters are checked against PVE's schema and refused with PVE's 400 body."""

from __future__ import annotations

import httpx
import pytest

from tests.pvesim import schema
from tests.pvesim.errors import PVEError

from .helpers import TEMPLATE


def test_memory_lots_and_unknown_key_are_refused_like_pve(api: httpx.Client) -> None:
    response = api.post("/nodes/pve/lxc", data={"vmid": "100", "ostemplate": TEMPLATE, "memory": "lots",
                                                "ip_address": "10.0.0.5"})
    assert response.status_code == 400
    assert response.reason_phrase == "Parameter verification failed."
    assert response.json() == {
        "data": None,
        "message": "Parameter verification failed.\n",
        "errors": {
            "memory": "type check ('integer') failed - got 'lots'",
            "ip_address": "property is not defined in schema and the schema does not allow additional properties",
        },
    }
    assert api.get("/cluster/resources", params={"type": "vm"}).json()["data"] == []


@pytest.mark.parametrize(("params", "key", "message"), [
    ({"vmid": "99"}, "vmid", "invalid format - value does not look like a valid VM ID\n"),
    ({"cores": "0"}, "cores", "value must have a minimum value of 1"),
    ({"onboot": "true"}, "onboot", "type check ('boolean') failed - got 'true'"),
    ({"cmode": "bash"}, "cmode", "value 'bash' does not have a value in the enumeration 'shell, console, tty'"),
    ({"tags": "ok;b@d"}, "tags", "invalid format - invalid characters in tag\n"),
    ({"net0": "name=eth0,ip=10.0.0.5/24,colour=red"}, "net0",
     "invalid format - invalid key in comma-separated list property: colour\n"),
    ({"net0": "bridge=vmbr0"}, "net0",
     "invalid format - format error\nnet0.name: property is missing and it is not optional\n"),
    ({"net99": "name=eth0"}, "net99",
     "property is not defined in schema and the schema does not allow additional properties"),
    ({"hostname": "web_1"}, "hostname", "invalid format - value does not look like a valid DNS name\n"),
    ({"hostname": "a" * 300}, "hostname", "value may only be 255 characters long"),
])
def test_formats_ranges_and_indexed_keys(params: dict, key: str, message: str) -> None:
    full = {"node": "pve", "vmid": "100", "ostemplate": TEMPLATE, **params}
    with pytest.raises(PVEError) as caught:
        schema.validate("/nodes/{node}/lxc", "POST", full)
    assert caught.value.status == 400
    assert caught.value.errors[key] == message


def test_missing_required_parameter() -> None:
    with pytest.raises(PVEError) as caught:
        schema.validate("/nodes/{node}/lxc", "POST", {"node": "pve", "vmid": "100"})
    assert caught.value.errors == {"ostemplate": "property is missing and it is not optional"}


def test_what_modules_send_passes_both_versions() -> None:
    params = {"node": "pve", "vmid": "100", "ostemplate": TEMPLATE, "hostname": "web", "memory": "512",
              "cores": "1", "swap": "0", "rootfs": "local-lvm:8", "unprivileged": "1", "features": "nesting=1",
              "net0": "name=eth0,bridge=vmbr0,ip=10.0.0.5/24,gw=10.0.0.1", "ssh-public-keys": "ssh-ed25519 AAA x",
              "tags": "containr,database", "storage": "local", "force": "0", "onboot": "1", "password": "secret1"}
    assert schema.validate("/nodes/{node}/lxc", "POST", params)["tags"] == "containr,database"


def test_repeated_list_keys_are_joined_and_others_refused() -> None:
    base = {"node": "pve", "vmid": "100", "ostemplate": TEMPLATE}
    assert schema.validate("/nodes/{node}/lxc", "POST", {**base, "tags": ["a", "b"]})["tags"] == "a,b"
    with pytest.raises(PVEError) as caught:
        schema.validate("/nodes/{node}/lxc", "POST", {**base, "hostname": ["a", "b"]})
    assert caught.value.errors == {"hostname": "type check ('string') failed - got ARRAY"}


def test_calls_outside_the_schema_are_not_implemented(api: httpx.Client) -> None:
    response = api.post("/nodes/pve/lxc/100/status/unmount")
    assert response.status_code == 501
    assert response.reason_phrase == "Method 'POST /nodes/pve/lxc/100/status/unmount' not implemented"
    # proxmox_kvm's suspend sends `timeout`, which neither PVE 8.4 nor 9.1 accepts.
    response = api.post("/nodes/pve/qemu/100/status/suspend", data={"timeout": "30"})
    assert response.status_code == 400
    assert "timeout" in response.json()["errors"]
