"""Git providers: a team's GitHub, GitLab, Bitbucket or Gitea accounts, their repositories and their tokens."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("models", "tokens", "urls", "webhooks")
