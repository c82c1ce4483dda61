"""Container registries: a team's Docker Registry v2, Docker Hub, GitHub, GitLab and Google registries, their
sealed credentials, checked before they are saved, and the images and tags they hold."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("events", "models", "pulling", "v2client")
