"""The instance-wide default registry (Cloudron's registry_config): its password sealed with the settings box,
never shown; a placeholder sent back keeps the stored one."""

from __future__ import annotations

from typing import Any, NamedTuple
from urllib.parse import urlsplit

from service.core.errors import Invalid
from service.core.secrets import SecretBox
from service.core.settings_store import get_setting, set_setting
from service.domains.instance.settings_schemas import PLACEHOLDER, RegistryConfigIn, RegistryConfigOut

SETTING = "registry_config"


class DefaultRegistry(NamedTuple):
    """The default registry with its password opened; its repr never shows the password."""

    host: str
    username: str | None
    email: str | None
    password: str | None

    def __repr__(self) -> str:
        return f"DefaultRegistry(host={self.host!r}, username={self.username!r}, password=***)"


def host_of(server_address: str) -> str:
    """host[:port] of `https://registry.example:5000/` or of a bare `registry.example:5000`."""
    text = server_address.strip().rstrip("/")
    return (urlsplit(text).netloc if "://" in text else text.split("/")[0]).lower()


async def public() -> RegistryConfigOut:
    stored: dict[str, Any] | None = await get_setting(SETTING)
    if not stored:
        return RegistryConfigOut(server_address=None, username=None, email=None, password=None)
    return RegistryConfigOut(server_address=stored["serverAddress"], username=stored.get("username"),
                             email=stored.get("email"), password=PLACEHOLDER if stored.get("sealed") else None)


async def save(box: SecretBox, config: RegistryConfigIn) -> RegistryConfigOut:
    """Store the default registry; a placeholder password keeps the stored one (422 naming `password` when none
    is stored); an empty serverAddress forgets the whole setting."""
    if not config.server_address:
        await set_setting(SETTING, None)
        return await public()
    previous: dict[str, Any] = await get_setting(SETTING) or {}
    if config.password == PLACEHOLDER:
        sealed = previous.get("sealed")
        if not sealed:
            raise Invalid("password is the placeholder, but none is stored: give the real value",
                          details=[{"field": "password", "message": "placeholder without a stored value"}])
    else:
        sealed = box.seal(config.password) if config.password else None
    if sealed and not config.username:
        raise Invalid("A password needs a username", details=[{"field": "username", "message": "required"}])
    await set_setting(SETTING, {"serverAddress": config.server_address, "username": config.username,
                                "email": config.email, "sealed": sealed})
    return await public()


async def default_registry(box: SecretBox) -> DefaultRegistry | None:
    """The default registry with its password opened, for a pull that names no registry of its own."""
    stored: dict[str, Any] | None = await get_setting(SETTING)
    if not stored:
        return None
    password = str(box.open(stored["sealed"])) if stored.get("sealed") else None
    return DefaultRegistry(host=host_of(stored["serverAddress"]), username=stored.get("username"),
                           email=stored.get("email"), password=password)
