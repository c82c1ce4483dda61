"""Mail: the instance's mail server (Postfix, Dovecot, OpenDKIM in one guest), its domains and their mailboxes."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("accounts", "models", "resizing")
