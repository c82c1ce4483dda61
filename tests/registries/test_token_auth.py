"""A registry behind Docker's token authentication (tests/harness/registry.py in token mode): the check, the
catalog and the tags each ask the challenge's realm for a token of the right scope with the user's credentials,
and a refused password is a 422 naming the token, before anything is saved."""

from __future__ import annotations

from typing import Any

import pytest

from service.domains.registries.models import Registry
from tests.factories import owner_headers

URL = "/api/v1/registries"


def _body(registry: Any, **details: Any) -> dict[str, Any]:
    return {"name": "tokens", "type": "v2",
            "details": {"url": registry.url, "user": registry.username, "token": registry.password,
                        "caBundle": registry.ca_bundle, **details}}


@pytest.mark.one_database
async def test_token_auth_is_followed_for_the_check_the_catalog_and_the_tags(client, token_registry):
    owner = await owner_headers(client)
    asked = len(token_registry.token_requests)
    wrong = await client.post(URL, headers=owner, json=_body(token_registry, token="not-it"))
    assert wrong.status_code == 422 and wrong.json()["details"] == {"field": "details.token"}, wrong.text
    anonymous = await client.post(URL, headers=owner, json=_body(token_registry, user=None, token=None))
    assert anonymous.status_code == 422 and anonymous.json()["details"] == {"field": "details.user"}
    assert await Registry.all().count() == 0

    created = await client.post(URL, headers=owner, json=_body(token_registry))
    assert created.status_code == 201, created.text
    registry_id = created.json()["id"]
    images = await client.get(f"{URL}/{registry_id}/images", headers=owner)
    assert images.status_code == 200 and [i["name"] for i in images.json()["items"]] == ["containr/hello"]
    tags = await client.get(f"{URL}/{registry_id}/images/containr/hello/tags", headers=owner)
    assert tags.status_code == 200 and tags.json()["tags"] == ["1.0"], tags.text

    requests = token_registry.token_requests[asked:]
    assert [r["granted"] for r in requests] == [False, False, True, True, True]
    # A wrong password and none are both refused by the realm; the right one signs in from then on.
    assert [r["account"] for r in requests] == [None, None] + [token_registry.username] * 3
    # The check asks for no scope; the catalog and the tags for theirs, in the spec's form.
    assert [r["scopes"] for r in requests[2:]] == [[], ["registry:catalog:*"], ["repository:containr/hello:pull"]]
