"""Each registry type's details as they are kept: the addresses filled in for Docker Hub, GitHub and GitLab, what
each type requires (422 naming the detail), and the image references a pull names."""

from __future__ import annotations

import pytest

from service.core.errors import Invalid
from service.domains.registries import checking, pulling
from service.domains.registries.models import Registry, RegistryType
from service.domains.registries.schemas import RegistryDetails


def _resolve(kind: str, **details: str) -> checking.Resolved:
    token = details.pop("token", None)
    return checking.resolve(RegistryType(kind), RegistryDetails(**details), token=token)


def test_hosted_registries_get_their_addresses():
    assert _resolve("hub").url == "https://registry-1.docker.io"
    github = _resolve("github", imageNamePrefix="acme", user="bot", token="ghp_x")
    assert (github.url, github.user, github.token, github.image_name_prefix) == ("https://ghcr.io", "bot", "ghp_x",
                                                                                 "acme")
    gitlab = _resolve("gitlab", imageNamePrefix="acme/shop", user="bot", token="glpat-x")
    assert (gitlab.url, gitlab.extra) == ("https://registry.gitlab.com",
                                          {"apiUrl": "https://gitlab.com", "namespace": "group"})
    own = _resolve("gitlab", url="registry.example.com", apiUrl="https://git.example.com",
                   imageNamePrefix="acme/shop", namespace="project")
    assert (own.url, own.extra) == ("https://registry.example.com",
                                    {"apiUrl": "https://git.example.com", "namespace": "project"})
    google = _resolve("google", url="europe-docker.pkg.dev", imageNamePrefix="my-project", token="{}")
    assert (google.url, google.user) == ("https://europe-docker.pkg.dev", "_json_key")


@pytest.mark.parametrize(("kind", "details", "field"), [
    ("v2", {}, "details.url"),
    ("unchecked", {}, "details.url"),
    ("github", {"user": "bot", "token": "x"}, "details.imageNamePrefix"),
    ("group", {}, "details.imageNamePrefix"),
    ("google", {"imageNamePrefix": "p"}, "details.url"),
    ("v2", {"url": "https://r.example.com", "token": "x"}, "details.user"),
    ("v2", {"url": "https://r.example.com", "user": "bot"}, "details.token"),
])
def test_what_a_type_needs_is_named_when_missing(kind, details, field):
    with pytest.raises(Invalid) as refused:
        _resolve(kind, **details)
    assert refused.value.details == {"field": field}


@pytest.mark.parametrize("url", ["ftp://r.example.com", "https://r.example.com/some/path", "https://u:p@r.example",
                                 "https://r.example.com:99999"])
def test_an_address_is_a_host_and_port_only(url):
    with pytest.raises(ValueError, match="url"):
        RegistryDetails(url=url)


def test_references_name_the_host_a_pull_uses():
    hub = Registry(type=RegistryType.HUB, url="https://registry-1.docker.io", image_name_prefix="")
    assert pulling.reference(hub, "nginx", "1.27") == "docker.io/library/nginx:1.27"
    org = Registry(type=RegistryType.GITHUB, url="https://ghcr.io", image_name_prefix="acme")
    assert pulling.reference(org, "shop", "v1") == "ghcr.io/acme/shop:v1"
    assert pulling.reference(org, "acme/shop", "v1") == "ghcr.io/acme/shop:v1"  # the prefix is not repeated
    own = Registry(type=RegistryType.V2, url="https://10.0.0.5:5000", image_name_prefix="")
    assert pulling.reference(own, "team/api", "sha256:" + "a" * 64) == f"10.0.0.5:5000/team/api@sha256:{'a' * 64}"
