"""Instance settings stored in the database, with their defaults."""

from __future__ import annotations

from typing import Any

from service.core.models import InstanceSetting

DEFAULTS: dict[str, Any] = {
    "registration": "closed",
    "smtp": None,  # service/mail.py: mail is off until an administrator sets a host
    # Cloudron's defaults: 1, 3, 5 and 11 pm in the instance's zone.
    "apps_autoupdate_pattern": "00 00 1,3,5,23 * * *",
    "box_autoupdate_pattern": "00 00 1,3,5,23 * * *",
    "time_zone": "UTC",
    # When each scheduled job last fired (ISO 8601), so that runs missed while the service was down are
    # made up for, once, at start-up.
    "schedule_runs": {},
    "backup_config": None,
    # Domains: dynamic DNS off; the public address from a "what is my address" service when asked for.
    "dynamic_dns": False,
    "sysinfo_config": {"provider": "generic"},
    # Certificates: renewed daily at 02:30 in the instance's zone, when they expire within 30 days.
    "certificates_renew_pattern": "00 30 2 * * *",
    "certificates_renew_days": 30,
    # Issue 23's instance settings (seed 002): the name shown in emails and the dashboard, the avatar (None: the
    # built-in one), whether unstable catalogue apps are offered, platform guests' memory defaults (empty: each
    # slice's own) and the instance-wide default registry (its password sealed).
    "cloudron_name": "Containr",
    "cloudron_avatar": None,
    "unstable_apps": False,
    "platform_config": {},
    "registry_config": None,
    # External LDAP: off until an administrator saves a directory (service/domains/accounts/ldap_settings.py).
    "external_ldap_config": None,
}


async def get_setting(key: str) -> Any:
    row = await InstanceSetting.get_or_none(key=key)
    return row.value["value"] if row is not None else DEFAULTS[key]


async def set_setting(key: str, value: Any) -> None:
    # Wrapped: Tortoise's JSONField takes a bare string for JSON text, not for a JSON string value.
    await InstanceSetting.update_or_create(defaults={"value": {"value": value}}, key=key)
