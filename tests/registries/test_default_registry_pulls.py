"""The instance's default registry (settings/registry_config) in the credentials a pull runs with: added for its
host when no registry of the team's serves that host, and never in place of the team's own."""

from __future__ import annotations

import base64

from service.domains.registries import pulling
from service.domains.registries.models import Registry, RegistryType
from tests.factories import owner_headers, personal_team

PASSWORD = "default-registry-password-41c9"


def _pair(auths: dict, host: str) -> str:
    return base64.b64decode(auths["auths"][host]["auth"]).decode()


async def test_a_pull_gets_the_default_registry_for_its_host_unless_a_team_registry_serves_it(client, settings):
    headers = await owner_headers(client)
    assert await pulling.auth_file_with_default(settings, []) == {"auths": {}}  # none configured: nothing added

    saved = await client.post("/api/v1/settings/registry_config", headers=headers, json={
        "serverAddress": "https://registry.example.com:5000/", "username": "puller", "password": PASSWORD})
    assert saved.status_code == 200, saved.text
    found = await pulling.auth_file_with_default(settings, [])
    assert list(found["auths"]) == ["registry.example.com:5000"]
    assert _pair(found, "registry.example.com:5000") == f"puller:{PASSWORD}"

    # A team's registry for the same host keeps its own credentials; another host's sits beside the default.
    team_id = await personal_team(client, headers)
    same = await Registry.create(team_id=team_id, name="same", type=RegistryType.V2,
                                 url="https://registry.example.com:5000", user="team-user",
                                 sealed_token=pulling.seal_token(settings, "team-token"))
    other = await Registry.create(team_id=team_id, name="other", type=RegistryType.V2,
                                  url="https://other.example.com", user="o",
                                  sealed_token=pulling.seal_token(settings, "o-token"))
    found = await pulling.auth_file_with_default(settings, [same, other])
    assert _pair(found, "registry.example.com:5000") == "team-user:team-token"
    assert _pair(found, "other.example.com") == "o:o-token"
    found = await pulling.auth_file_with_default(settings, [other])
    assert _pair(found, "registry.example.com:5000") == f"puller:{PASSWORD}"

    # Docker Hub's address as Cloudron writes it names the docker.io images.
    await client.post("/api/v1/settings/registry_config", headers=headers, json={
        "serverAddress": "https://index.docker.io/v1/", "username": "hubber", "password": PASSWORD})
    assert _pair(await pulling.auth_file_with_default(settings, []), "docker.io") == f"hubber:{PASSWORD}"

    # Without a password (an anonymous default) nothing is added.
    await client.post("/api/v1/settings/registry_config", headers=headers, json={
        "serverAddress": "registry.example.com"})
    assert await pulling.auth_file_with_default(settings, []) == {"auths": {}}
