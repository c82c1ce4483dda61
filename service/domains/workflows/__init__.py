"""Build workflows (seed 004): step images (a team's container images that build steps run in, checked against
their registry before saving) and a project's workflows of steps, validated as a DAG."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("dag", "models")
