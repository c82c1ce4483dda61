"""The registries tests' own fixtures: a registry with Docker's token auth."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def token_registry(tmp_path_factory: pytest.TempPathFactory, oci_image):  # noqa: ANN001, ANN201 - harness types
    """A registry behind Docker's token auth (a Bearer challenge, a token endpoint checking Basic credentials),
    holding the test image as `containr/hello:1.0`."""
    from tests.harness.registry import start_registry

    with start_registry(tmp_path_factory.mktemp("token-registry") / "registry", auth="token") as server:
        server.push(oci_image, "containr/hello", "1.0")
        yield server
