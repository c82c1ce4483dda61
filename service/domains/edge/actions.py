"""The edge's actions: applying a node's edge (its DNS records, its guest, nginx's routes and certificates) and
issuing or renewing certificates (`renewcerts`). Their vars are edge_apply.yml's and certs_issue.yml's own (see
each playbook's header); what the end of each run records, and the run it starts next, are here."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from service.actions.catalogue import Action
from service.domains.nodes.actions import GuestCreateVars, PlaybookVars
from service.tasks.models import Task

EDGE = "edge"  # the resource an edge apply locks: the edge, by its id
CERTIFICATES = "certificates"  # the resource renewcerts locks: the instance's certificates, one run at a time
CERTIFICATES_ID = "all"
# The playbooks' contract: secrets only ever travel in these environment variables.
EDGE_CERTIFICATES_ENV = "CONTAINR_EDGE_CERTIFICATES"
DNS_CREDENTIALS_ENV = "CONTAINR_DNS_CREDENTIALS"
ACME_ACCOUNT_KEY_ENV = "CONTAINR_ACME_ACCOUNT_KEY"
ACME_KEYS_ENV = "CONTAINR_ACME_KEYS"
ACME_EAB_HMAC_KEY_ENV = "CONTAINR_ACME_EAB_HMAC_KEY"
ACME_CA_BUNDLE_ENV = "CONTAINR_ACME_CA_BUNDLE"


class EdgeRoute(PlaybookVars):
    fqdn: str
    upstream_host: str
    upstream_port: int = Field(ge=1, le=65535)
    certificate: str = ""
    # Containr's access endpoints for a restricted app (nginx auth_request asks {access_url}/check); "": public.
    access_url: str = Field(default="", pattern=r"^(https?://[A-Za-z0-9.\[\]:_-]+(/[A-Za-z0-9._~/-]*)?)?$")


class EdgeCertificate(PlaybookVars):
    name: str
    fqdns: list[str]


class DnsRecord(PlaybookVars):
    name: str
    type: Literal["A", "AAAA", "TXT", "CNAME", "MX"] = "A"
    values: list[str]
    ttl: int = 300
    state: Literal["present", "absent"] = "present"


class DnsZone(PlaybookVars):
    zone: str
    provider: str
    config: dict[str, Any]
    records: list[DnsRecord] = Field(default_factory=list)


class EdgeApplyVars(GuestCreateVars):
    proxmox_guest_template: str
    proxmox_guest_ip: str
    containr_ssh_private_key_file: Path
    guest_base_apt_proxy: str | None = None
    edge_routes: list[EdgeRoute]
    edge_certificates: list[EdgeCertificate]
    dns_records_zones: list[DnsZone]


class AcmeCertificate(PlaybookVars):
    name: str
    fqdns: list[str]
    challenge: Literal["http-01", "dns-01"]
    edge_host: str | None = None
    dns_zone: DnsZone | None = None


class CertsIssueVars(PlaybookVars):
    acme_cert_directory_url: str
    acme_cert_email: str | None = None
    acme_cert_eab_kid: str | None = None
    containr_ssh_private_key_file: Path
    acme_cert_certificates: list[AcmeCertificate]


async def _edge_applied(task: Task) -> None:
    from service.domains.edge import applying  # the run it starts next is applying's (which imports this module)

    await applying.applied(task)


async def _certificates_issued(task: Task) -> None:
    from service.domains.edge import renewal

    await renewal.issued(task)


EDGE_APPLY = Action(name="edge.apply", task_type="edgeApply", playbook="edge_apply", vars_model=EdgeApplyVars,
                    resource_type=EDGE, timeout=1800, on_finish=_edge_applied)
RENEW_CERTS = Action(name="certificates.renew", task_type="renewcerts", playbook="certs_issue",
                     vars_model=CertsIssueVars, resource_type=CERTIFICATES, timeout=1800,
                     on_finish=_certificates_issued)
