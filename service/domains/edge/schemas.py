"""The shapes of the edge's API: a service's domains, the certificates, a node's edge."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from service.core.schemas import ApiModel, RequestModel
from service.domains.instance.schemas import UpdatePatternIn

LOCATION = r"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)?$"


class DomainPlace(RequestModel):
    location: str = Field(default="", pattern=LOCATION, description="The subdomain; empty for the domain itself")
    domain: str = Field(max_length=253, description="A domain added under /domains")


class ServiceDomainsIn(RequestModel):
    domains: list[DomainPlace] = Field(max_length=50)


class RouteOut(ApiModel):
    location: str
    domain: str
    fqdn: str
    url: str


class ServiceDomainsOut(ApiModel):
    domains: list[RouteOut]
    task_id: int | None = Field(description="The edge apply that writes the records and routes (None: no change)")


class CertificateOut(ApiModel):
    id: str
    name: str
    fqdns: list[str]
    domain: str
    challenge: str
    status: Literal["pending", "valid", "expiring", "expired", "failed"]
    issuer: str
    serial: str
    not_before: datetime | None
    not_after: datetime | None
    last_error: str
    renewed_at: datetime | None


class RenewIn(RequestModel):
    fqdns: list[str] | None = Field(default=None, max_length=200,
                                    description="Renew exactly these certificates now (by name); default: what is "
                                                "due within the renewal window")


class EdgeOut(ApiModel):
    node_id: str
    status: str
    status_message: str
    host: str | None
    vmid: int | None
    routes: int
    applied_at: datetime | None
    task_id: int | None


class RenewalSettings(ApiModel):
    pattern: str = Field(description="When renewcerts runs (Cloudron's 6-field cron pattern, or never)")
    renew_before_days: int = Field(description="Certificates expiring within this many days are renewed")


class RenewalSettingsIn(UpdatePatternIn):
    renew_before_days: int = Field(ge=1, le=89)
