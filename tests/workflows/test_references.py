"""Image references as step images take them: a registry host (with a port) or Docker Hub's, the repository path,
a tag (`latest` when none) or a digest; anything else is a 422 naming imageUrl."""

from __future__ import annotations

import pytest

from service.core.errors import Invalid
from service.domains.workflows.stepimages import Reference, parse


@pytest.mark.parametrize(("url", "expected"), [
    ("registry.example.com:5000/ci/builder:1.0", Reference("registry.example.com:5000", "ci/builder", "1.0")),
    ("127.0.0.1:5000/hello", Reference("127.0.0.1:5000", "hello", "latest")),
    ("localhost/tools/node:20-slim", Reference("localhost", "tools/node", "20-slim")),
    ("debian:bookworm", Reference("docker.io", "library/debian", "bookworm")),
    ("golang", Reference("docker.io", "library/golang", "latest")),
    ("bitnami/git:2", Reference("docker.io", "bitnami/git", "2")),
    ("docker://ghcr.io/org/img@sha256:" + "a" * 64, Reference("ghcr.io", "org/img", "sha256:" + "a" * 64)),
])
def test_references_are_read(url, expected):
    assert parse(url) == expected


@pytest.mark.parametrize("url", ["Registry.test/UPPER:1", "host.test/a:b:c", "host.test/a@sha256:short",
                                 "host.test/a:-tag", "host.test//a", ":1"])
def test_what_is_no_reference_names_image_url(url):
    with pytest.raises(Invalid) as caught:
        parse(url)
    assert caught.value.details == {"field": "imageUrl"}
