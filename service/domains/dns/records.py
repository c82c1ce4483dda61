"""The DNS records Containr writes for the names on its domains, in the shape role dns_records takes: one zone
entry per domain with its provider's public settings, and its credentials apart, for the run's environment."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from service.core.secrets import SecretBox
from service.domains.dns import providers
from service.domains.dns.models import Domain
from service.domains.dns.registry import open_secrets

CREDENTIALS_ENV = "CONTAINR_DNS_CREDENTIALS"  # the playbooks' contract: {"<zone>": {credentials}}


@dataclass
class Records:
    """Records to write, gathered by domain; `zones()` and `env()` are what a run gets."""

    box: SecretBox
    _zones: dict[str, dict[str, Any]] = field(default_factory=dict)
    _credentials: dict[str, dict[str, str]] = field(default_factory=dict)

    def add(self, domain: Domain, name: str, values: Iterable[str], *, rdtype: str = "A",
            state: str = "present", ttl: int = 300) -> None:
        if not providers.PROVIDERS[domain.provider].writes_records:
            return  # manual, noop, wildcard: the operator (or a wildcard record) points the name
        zone = self._zones.setdefault(domain.domain, {
            "zone": domain.zone_name, "provider": domain.provider, "config": dict(domain.config or {}),
            "records": []})
        zone["records"].append({"name": name, "type": rdtype, "values": sorted(values), "ttl": ttl, "state": state})
        self._credentials.setdefault(domain.zone_name, open_secrets(self.box, domain))

    def zones(self) -> list[dict[str, Any]]:
        return list(self._zones.values())

    def env(self) -> dict[str, str]:
        return {CREDENTIALS_ENV: json.dumps(self._credentials)} if self._credentials else {}


def fqdn(location: str, domain: str) -> str:
    return f"{location}.{domain}" if location else domain
