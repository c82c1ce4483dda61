"""The operators' slice as the app sees it: playbook runs and the inventory."""

from service.domains.domain import Domain
from service.domains.playbooks.api import inventory, playbooks

DOMAIN = Domain(name="playbooks", routers=(playbooks.router, inventory.router))
