"""The service's SSH key pair: made once, private, an ed25519 key in OpenSSH format."""

from __future__ import annotations

import stat

from service.config import Settings
from service.core import ssh_keys


def test_the_key_is_made_once_with_mode_0600(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", secret_key="k" * 48)
    public = ssh_keys.public_key(settings)
    path = ssh_keys.private_key_path(settings)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text().startswith("-----BEGIN OPENSSH PRIVATE KEY-----")
    assert public.startswith("ssh-ed25519 ") and public.endswith(" containr")
    assert path.with_suffix(".pub").read_text().strip() == public
    assert ssh_keys.public_key(settings) == public and ssh_keys.ensure_key(settings) == path
    assert sorted(p.name for p in path.parent.iterdir()) == ["id_ed25519", "id_ed25519.pub"]
