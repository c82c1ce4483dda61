"""The nodes tests' PVE simulator and playbook runner, for mail_resize.yml's run."""

from tests.nodes.conftest import pve, pve_api, run  # noqa: F401 - fixtures, shared as they are
