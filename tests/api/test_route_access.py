"""Every route × every kind of caller, against real resources: who gets in, who gets 403, who sees nothing (404).

ACCESS holds one rule per route: the access it needs, the body that passes validation (so that the rights
decide, not the shape of the request), and the statuses a caller who may use the route gets. A route missing
from ACCESS fails the test. Each caller acts in a world of its own (a team, a project in it, an environment,
members, an invitation), so one caller's deletions never change what the next one sees; all on one server.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from uuid import uuid4

import httpx
import pytest

from service.auth.models import User
from service.config import Settings
from service.domains.accounts.registration import create_user
from service.domains.apps import catalogue
from service.domains.apps.models import App, InstallationState
from service.domains.databases.models import Database, DatabaseStatus, DatabaseType
from service.domains.deployments.models import Deployment, Instance
from service.domains.dns.models import Domain
from service.domains.git import tokens as git_tokens
from service.domains.git.models import GitProvider, GitProviderType
from service.domains.nodes.models import Guest, GuestStatus
from service.domains.registries.models import Registry, RegistryType
from service.domains.services.models import Build, BuildStatus, BuildTrigger, Service, ServiceType
from service.domains.services.secrets import own_box
from service.domains.storages.models import Storage
from service.domains.versions.models import Image, Version, VersionType
from service.domains.workflows import artifacts as build_artifacts
from service.domains.workflows.build_models import (
    BuildRunner,
    BuildState,
    StepState,
    WorkflowBuild,
    WorkflowBuildStep,
)
from service.domains.workflows.models import StepImage, Workflow, WorkflowImage
from tests.factories import PASSWORD, login, node_body, node_record, owner_headers
from tests.git.fake_providers import TOKEN as GIT_TOKEN
from tests.git.fake_providers import FakeProviders
from tests.harness.bind import Bind
from tests.notifications.factories import notification_record

PNG = b"\x89PNG\r\n\x1a\n" + bytes(32)
NOTHING = "6f1f0c4e-7a55-4a8e-9d0b-3c2d1e0f9a8b"  # an id that names nothing
STORAGE_URL = "http://127.0.0.1:1/files"  # nothing listens on port 1: a storage check there is refused at once
REGISTRY_URL = "https://127.0.0.1:1"  # the same for a registry: its images and tags are a 502 at once

# Access levels. Project levels: a caller who cannot see the project gets 404, one whose role is too weak 403.
PUBLIC, SIGNED_IN, ADMIN, OWNER = "public", "signed in", "instance admin", "instance owner"
P_VIEWER, P_MEMBER, P_ADMIN, P_OWNER = "viewer", "member", "admin", "owner"
T_MEMBER, T_MANAGER, T_OWNER = "team member", "team manager", "team owner"
PROJECT_RANK = {P_VIEWER: 0, P_MEMBER: 1, P_ADMIN: 2, P_OWNER: 3}
TEAM_RANK = {T_MEMBER: 0, T_MANAGER: 1, T_OWNER: 2}

# Callers: their role in their world's project and team (None: none); instance admins act as owners everywhere.
CALLERS: dict[str, tuple[str | None, str | None]] = {
    "anonymous": (None, None), "outsider": (None, None), "viewer": (P_VIEWER, None), "member": (P_MEMBER, None),
    "project admin": (P_ADMIN, None), "project owner": (P_OWNER, None), "team admin": (P_ADMIN, T_MANAGER),
    "instance admin": (P_OWNER, T_OWNER), "deactivated": (P_ADMIN, None), "revoked token": (P_OWNER, None),
}
LOCKED_OUT = ("anonymous", "deactivated", "revoked token")

Body = Callable[[dict[str, str]], Any] | None


@dataclass(frozen=True)
class Rule:
    access: str
    ok: frozenset[int]
    body: Body = None
    params: dict[str, str] = field(default_factory=dict)  # path parameter -> key of the world (default: same name)
    upload: bool = False
    unseen: int = 404  # what a caller who cannot see the target gets (422 when the target is named in the body)


def rule(access: str, *ok: int, body: Body = None, upload: bool = False, unseen: int = 404, **params: str) -> Rule:
    return Rule(access, frozenset(ok), body, params, upload, unseen)


V1 = "/api/v1"
WORKFLOW_STEP = {"name": "build", "imageSlug": "builder", "dependsOn": [], "runScript": "make",
                 "cacheDirs": [], "outputPaths": []}
VERSIONS = f"{V1}/projects/{{project_id}}/versions"
ACCESS: dict[tuple[str, str], Rule] = {
    ("GET", f"{V1}/health"): rule(PUBLIC, 200),
    ("POST", f"{V1}/auth/register"): rule(PUBLIC, 422, body=lambda w: {}),
    ("POST", f"{V1}/auth/login"): rule(PUBLIC, 401, body=lambda w: {"username": f"nobody-{w['key']}",
                                                                        "password": "x" * 12}),
    ("GET", f"{V1}/user/profile"): rule(SIGNED_IN, 200),
    ("PATCH", f"{V1}/user/profile"): rule(SIGNED_IN, 200, body=lambda w: {"displayName": "Someone"}),
    ("PUT", f"{V1}/user/profile"): rule(SIGNED_IN, 200, body=lambda w: {"name": "Someone"}),
    ("GET", f"{V1}/users"): rule(ADMIN, 200),
    ("POST", f"{V1}/users"): rule(ADMIN, 201, body=lambda w: {"username": f"new-{w['key']}", "password": PASSWORD,
                                                              "email": f"new-{w['key']}@example.com"}),
    ("GET", f"{V1}/users/{{user_id}}"): rule(ADMIN, 200),
    ("PUT", f"{V1}/users/{{user_id}}"): rule(ADMIN, 200, body=lambda w: {"displayName": "Target"}),
    ("DELETE", f"{V1}/users/{{user_id}}"): rule(ADMIN, 204),
    # Roles are the instance owner's to give, and no caller here is the owner.
    ("PUT", f"{V1}/users/{{user_id}}/role"): rule(OWNER, 200, body=lambda w: {"role": "user"}),
    ("PUT", f"{V1}/users/{{user_id}}/active"): rule(ADMIN, 200, body=lambda w: {"active": True}),
    ("PUT", f"{V1}/users/{{user_id}}/password"): rule(ADMIN, 204, body=lambda w: {"password": PASSWORD}),
    ("POST", f"{V1}/users/{{user_id}}/create_invite"): rule(ADMIN, 200),
    ("POST", f"{V1}/auth/password_reset"): rule(PUBLIC, 422, body=lambda w: {"resetToken": f"nope-{w['key']}",
                                                                               "password": PASSWORD}),
    ("GET", f"{V1}/groups"): rule(ADMIN, 200),
    ("POST", f"{V1}/groups"): rule(ADMIN, 201, body=lambda w: {"name": f"new-{w['key']}"}),
    ("GET", f"{V1}/groups/{{group_id}}"): rule(ADMIN, 200),
    ("PUT", f"{V1}/groups/{{group_id}}"): rule(ADMIN, 200, body=lambda w: {"description": "changed"}),
    ("DELETE", f"{V1}/groups/{{group_id}}"): rule(ADMIN, 204),
    ("PUT", f"{V1}/groups/{{group_id}}/members"): rule(ADMIN, 200, body=lambda w: {"userIds": [w["user_id"]]}),
    ("GET", f"{V1}/tokens"): rule(SIGNED_IN, 200),
    ("POST", f"{V1}/tokens"): rule(SIGNED_IN, 201, body=lambda w: {"name": "ci"}),
    # Someone else's token: not found for anyone, as if it did not exist.
    ("GET", f"{V1}/workers"): rule(ADMIN, 200),
    ("GET", f"{V1}/workers/{{worker_id}}"): rule(ADMIN, 404, worker_id="token_id"),
    ("GET", f"{V1}/tokens/{{token_id}}"): rule(SIGNED_IN, 404),
    ("DELETE", f"{V1}/tokens/{{token_id}}"): rule(SIGNED_IN, 404),
    ("GET", f"{V1}/settings/registration"): rule(ADMIN, 200),
    ("PUT", f"{V1}/settings/registration"): rule(ADMIN, 200, body=lambda w: {"registration": "closed"}),
    ("GET", f"{V1}/settings/smtp"): rule(ADMIN, 200),
    ("PUT", f"{V1}/settings/smtp"): rule(ADMIN, 200, body=lambda w: {"host": None}),
    ("GET", f"{V1}/settings/apps_autoupdate_pattern"): rule(ADMIN, 200),
    ("POST", f"{V1}/settings/apps_autoupdate_pattern"): rule(ADMIN, 200, body=lambda w: {"pattern": "never"}),
    ("GET", f"{V1}/settings/box_autoupdate_pattern"): rule(ADMIN, 200),
    ("POST", f"{V1}/settings/box_autoupdate_pattern"): rule(ADMIN, 200, body=lambda w: {"pattern": "never"}),
    ("GET", f"{V1}/settings/dynamic_dns"): rule(ADMIN, 200),
    ("POST", f"{V1}/settings/dynamic_dns"): rule(ADMIN, 200, body=lambda w: {"enabled": False}),
    ("GET", f"{V1}/settings/sysinfo_config"): rule(ADMIN, 200),
    ("POST", f"{V1}/settings/sysinfo_config"): rule(ADMIN, 200, body=lambda w: {"provider": "generic"}),
    ("GET", f"{V1}/settings/certificates"): rule(ADMIN, 200),
    ("POST", f"{V1}/settings/certificates"): rule(ADMIN, 200, body=lambda w: {"pattern": "never",
                                                                               "renewBeforeDays": 30}),
    ("GET", f"{V1}/domains"): rule(SIGNED_IN, 200),
    ("POST", f"{V1}/domains"): rule(ADMIN, 201, body=lambda w: {"domain": f"new-{w['key']}.test", "provider": "noop",
                                                                "config": {}}),
    ("GET", f"{V1}/domains/{{domain}}"): rule(SIGNED_IN, 200),
    ("PUT", f"{V1}/domains/{{domain}}"): rule(ADMIN, 200, body=lambda w: {"provider": "manual", "config": {}}),
    ("DELETE", f"{V1}/domains/{{domain}}"): rule(ADMIN, 204, domain="spare_domain"),
    # Asked of the matrix's own BIND (settings below), authoritative for `test`, which has no such record.
    ("GET", f"{V1}/domains/{{domain}}/dns_check"): rule(SIGNED_IN, 200),
    # Mail: administrators; the worlds set no mail up (that runs on real guests in tests/mail).
    ("GET", f"{V1}/mail/logs"): rule(ADMIN, 409),
    ("GET", f"{V1}/mail/logstream"): rule(ADMIN, 409),
    ("GET", f"{V1}/mail/{{domain}}"): rule(ADMIN, 200),
    ("GET", f"{V1}/mail/{{domain}}/status"): rule(ADMIN, 409),
    ("POST", f"{V1}/mail/{{domain}}/enable"): rule(ADMIN, 422, body=lambda w: {"enabled": True, "nodeId": NOTHING}),
    ("POST", f"{V1}/mail/{{domain}}/mail_from_validation"): rule(ADMIN, 409, body=lambda w: {"enabled": True}),
    ("POST", f"{V1}/mail/{{domain}}/catch_all"): rule(ADMIN, 409, body=lambda w: {"addresses": []}),
    ("POST", f"{V1}/mail/{{domain}}/relay"): rule(ADMIN, 409, body=lambda w: {"provider": "noop"}),
    ("POST", f"{V1}/mail/{{domain}}/banner"): rule(ADMIN, 409, body=lambda w: {"text": "Sent by Containr"}),
    ("POST", f"{V1}/mail/{{domain}}/send_test_mail"): rule(ADMIN, 409, body=lambda w: {"to": "someone@example.com"}),
    ("GET", f"{V1}/mail/{{domain}}/mailbox_count"): rule(ADMIN, 200),
    ("GET", f"{V1}/mail/{{domain}}/mailboxes"): rule(ADMIN, 200),
    ("POST", f"{V1}/mail/{{domain}}/mailboxes"): rule(ADMIN, 409, body=lambda w: {
        "name": "alice", "ownerId": w["user_id"], "ownerType": "user", "password": PASSWORD}),
    ("GET", f"{V1}/mail/{{domain}}/mailboxes/{{name}}"): rule(ADMIN, 409, name="mailbox"),
    ("PUT", f"{V1}/mail/{{domain}}/mailboxes/{{name}}"): rule(ADMIN, 409, body=lambda w: {"active": False},
                                                             name="mailbox"),
    ("DELETE", f"{V1}/mail/{{domain}}/mailboxes/{{name}}"): rule(ADMIN, 409, name="mailbox"),
    ("GET", f"{V1}/mail/{{domain}}/mailboxes/{{name}}/aliases"): rule(ADMIN, 409, name="mailbox"),
    ("PUT", f"{V1}/mail/{{domain}}/mailboxes/{{name}}/aliases"): rule(ADMIN, 409, body=lambda w: {"aliases": []},
                                                                      name="mailbox"),
    ("GET", f"{V1}/certificates"): rule(ADMIN, 200),
    ("POST", f"{V1}/certificates/renew"): rule(ADMIN, 409, body=lambda w: {}),
    ("GET", f"{V1}/settings/time_zone"): rule(ADMIN, 200),
    ("POST", f"{V1}/settings/time_zone"): rule(ADMIN, 200, body=lambda w: {"timeZone": "UTC"}),
    ("GET", f"{V1}/schedules"): rule(ADMIN, 200),
    # `noop` keeps the matrix from making real repositories; with it, backups are refused as not configured.
    ("GET", f"{V1}/settings/backup_config"): rule(ADMIN, 200),
    ("POST", f"{V1}/settings/backup_config"): rule(ADMIN, 200, body=lambda w: {"provider": "noop"}),
    ("GET", f"{V1}/settings/external_ldap_config"): rule(ADMIN, 200),
    ("POST", f"{V1}/settings/external_ldap_config"): rule(ADMIN, 200, body=lambda w: {"provider": "noop"}),
    ("POST", f"{V1}/settings/external_ldap_config/sync"): rule(ADMIN, 422),
    ("GET", f"{V1}/settings/cloudron_name"): rule(ADMIN, 200),
    ("POST", f"{V1}/settings/cloudron_name"): rule(ADMIN, 200, body=lambda w: {"name": "Containr"}),
    # Public: the sign-in page shows it. The matrix uploads as `file`; the form field is `avatar` (422 for admins).
    ("GET", f"{V1}/settings/cloudron_avatar"): rule(PUBLIC, 200),
    ("POST", f"{V1}/settings/cloudron_avatar"): rule(ADMIN, 422, upload=True),
    ("GET", f"{V1}/settings/unstable_apps"): rule(ADMIN, 200),
    ("POST", f"{V1}/settings/unstable_apps"): rule(ADMIN, 200, body=lambda w: {"enabled": False}),
    ("GET", f"{V1}/settings/platform_config"): rule(ADMIN, 200),
    ("POST", f"{V1}/settings/platform_config"): rule(ADMIN, 200, body=lambda w: {}),
    ("GET", f"{V1}/settings/registry_config"): rule(ADMIN, 200),
    ("POST", f"{V1}/settings/registry_config"): rule(ADMIN, 200, body=lambda w: {"serverAddress": None}),
    ("GET", f"{V1}/backups"): rule(ADMIN, 200),
    ("POST", f"{V1}/backups/create"): rule(ADMIN, 422, body=lambda w: {}),
    ("POST", f"{V1}/backups/cleanup"): rule(ADMIN, 422, body=lambda w: {}),
    ("GET", f"{V1}/tasks"): rule(SIGNED_IN, 200),
    ("GET", f"{V1}/tasks/{{task_id}}"): rule(SIGNED_IN, 404),
    ("GET", f"{V1}/tasks/{{task_id}}/logs"): rule(SIGNED_IN, 404),
    ("GET", f"{V1}/tasks/{{task_id}}/logstream"): rule(SIGNED_IN, 404),
    ("POST", f"{V1}/tasks/{{task_id}}/stop"): rule(SIGNED_IN, 404),
    ("GET", f"{V1}/playbooks"): rule(ADMIN, 200),
    ("POST", f"{V1}/playbooks/{{name}}/run"): rule(ADMIN, 404, body=lambda w: {}),
    ("GET", f"{V1}/audit-log"): rule(ADMIN, 200),
    ("GET", f"{V1}/teams/{{team_id}}/audit-log"): rule(T_MANAGER, 200),
    ("GET", f"{V1}/teams/{{team_id}}/events"): rule(T_MEMBER, 200),
    # The world's notification is a generic webhook to port 1, where nothing listens: its test is refused at once.
    ("GET", f"{V1}/teams/{{team_id}}/notifications"): rule(T_MEMBER, 200),
    ("POST", f"{V1}/teams/{{team_id}}/notifications"): rule(T_MANAGER, 201, body=lambda w: {
        "name": "extra", "type": "slack", "url": "http://127.0.0.1:1/hook", "enabledEvents": ["task.failed"]}),
    ("GET", f"{V1}/notifications/{{notification_id}}"): rule(T_MEMBER, 200),
    ("PUT", f"{V1}/notifications/{{notification_id}}"): rule(T_MANAGER, 200, body=lambda w: {
        "name": "alerts", "type": "webhook", "enabledEvents": ["backup.failed"]}),
    ("DELETE", f"{V1}/notifications/{{notification_id}}"): rule(T_MANAGER, 204),
    ("POST", f"{V1}/notifications/{{notification_id}}/test"): rule(T_MANAGER, 202),
    ("POST", f"{V1}/notifications/{{notification_id}}/signing-secret"): rule(T_MANAGER, 200),
    ("GET", f"{V1}/notifications/{{notification_id}}/deliveries"): rule(T_MEMBER, 200),
    ("GET", f"{V1}/event-types"): rule(SIGNED_IN, 200),
    ("GET", f"{V1}/audit-logs"): rule(ADMIN, 200),
    ("GET", f"{V1}/users/me"): rule(SIGNED_IN, 200),
    # The world's team has no pending invitation for any caller.
    ("POST", f"{V1}/users/me/invitations/{{team_id}}"): rule(SIGNED_IN, 404),
    ("DELETE", f"{V1}/users/me/invitations/{{team_id}}"): rule(SIGNED_IN, 404),
    ("GET", f"{V1}/teams"): rule(SIGNED_IN, 200),
    ("POST", f"{V1}/teams"): rule(SIGNED_IN, 201, body=lambda w: {"name": "New", "slug": f"new-{w['key']}"}),
    ("GET", f"{V1}/teams/{{team_id}}"): rule(T_MEMBER, 200),
    ("GET", f"{V1}/teams/{{team_id}}/dashboard"): rule(T_MEMBER, 200),
    ("PUT", f"{V1}/teams/{{team_id}}"): rule(T_MANAGER, 200, body=lambda w: {"name": "Renamed"}),
    # Another team of the world's founder, with the caller in the same team role: leaving one and deleting
    # the other do not get in each other's way.
    ("DELETE", f"{V1}/teams/{{team_id}}"): rule(T_OWNER, 204, team_id="spare_team_id"),
    ("POST", f"{V1}/teams/{{team_id}}/users"): rule(T_MANAGER, 201,
                                                   body=lambda w: {"email": f"t-{w['key']}@example.com"}),
    # An instance admin outside the team may look at it but has nothing to leave.
    ("DELETE", f"{V1}/teams/{{team_id}}/users/leave"): rule(T_MEMBER, 204, 409),
    ("PUT", f"{V1}/teams/{{team_id}}/users/{{user_id}}/role"): rule(T_MANAGER, 200, body=lambda w: {"role": "user"}),
    ("DELETE", f"{V1}/teams/{{team_id}}/users/{{user_id}}"): rule(T_MANAGER, 204),
    ("POST", f"{V1}/teams/{{team_id}}/users/{{member_id}}/reinvite"): rule(T_MANAGER, 200,
                                                                          member_id="team_invite_id"),
    ("DELETE", f"{V1}/teams/{{team_id}}/users/{{member_id}}/invitation"): rule(T_MANAGER, 204,
                                                                              member_id="team_invite_id"),
    ("GET", f"{V1}/projects"): rule(SIGNED_IN, 200),
    ("POST", f"{V1}/projects"): rule(SIGNED_IN, 201, body=lambda w: {"name": f"new-{w['key']}"}),
    ("GET", f"{V1}/projects/{{project_id}}"): rule(P_VIEWER, 200),
    ("PUT", f"{V1}/projects/{{project_id}}"): rule(P_ADMIN, 200, body=lambda w: {"description": "changed"}),
    ("DELETE", f"{V1}/projects/{{project_id}}"): rule(P_OWNER, 204),
    ("GET", f"{V1}/projects/{{project_id}}/icon"): rule(P_VIEWER, 200),
    ("POST", f"{V1}/projects/{{project_id}}/icon"): rule(P_ADMIN, 200, upload=True),
    ("DELETE", f"{V1}/projects/{{project_id}}/icon"): rule(P_ADMIN, 204),
    ("GET", f"{V1}/projects/{{project_id}}/members"): rule(P_VIEWER, 200),
    ("POST", f"{V1}/projects/{{project_id}}/members"): rule(
        P_ADMIN, 201, body=lambda w: {"groupId": w["group_id"], "role": "viewer"}),
    ("PUT", f"{V1}/projects/{{project_id}}/members/{{member_id}}"): rule(P_ADMIN, 200,
                                                                        body=lambda w: {"role": "viewer"}),
    ("DELETE", f"{V1}/projects/{{project_id}}/members/{{member_id}}"): rule(P_ADMIN, 204),
    # Past the owner check, a new owner who is no member is refused: nothing changes hands.
    ("POST", f"{V1}/projects/{{project_id}}/transfer"): rule(P_OWNER, 422, body=lambda w: {"newOwnerId": NOTHING}),
    ("GET", f"{V1}/projects/{{project_id}}/environments"): rule(P_VIEWER, 200),
    ("POST", f"{V1}/projects/{{project_id}}/environments"): rule(P_ADMIN, 201, body=lambda w: {"name": "qa"}),
    ("GET", f"{V1}/projects/{{project_id}}/environments/{{env_id}}"): rule(P_VIEWER, 200),
    ("PUT", f"{V1}/projects/{{project_id}}/environments/{{env_id}}"): rule(
        P_ADMIN, 200, body=lambda w: {"description": "changed"}),
    ("DELETE", f"{V1}/projects/{{project_id}}/environments/{{env_id}}"): rule(P_ADMIN, 204),
    ("POST", f"{V1}/projects/{{project_id}}/environments/{{env_id}}/set-default"): rule(
        P_ADMIN, 200, env_id="default_env_id"),
    ("POST", f"{V1}/projects/{{project_id}}/environments/{{env_id}}/clone"): rule(
        P_ADMIN, 201, body=lambda w: {"name": "copy"}),
    ("GET", f"{V1}/projects/{{project_id}}/environments/{{env_id}}/variables"): rule(P_VIEWER, 200),
    ("PUT", f"{V1}/projects/{{project_id}}/environments/{{env_id}}/variables"): rule(
        P_MEMBER, 200, body=lambda w: {"variables": [{"key": "A", "value": "1"}]}),
    ("GET", f"{V1}/projects/{{project_id}}/invites"): rule(P_ADMIN, 200),
    ("POST", f"{V1}/projects/{{project_id}}/invites"): rule(
        P_ADMIN, 201, body=lambda w: {"email": f"p-{w['key']}@example.com"}),
    ("DELETE", f"{V1}/projects/{{project_id}}/invites/{{invite_id}}"): rule(P_ADMIN, 204),
    # Versions and their images (service/domains/versions): the world's default version `1.0` holds an image; its
    # spare version `0.9` (not the default) is the one ordered and deleted.
    ("POST", f"{V1}/projects/{{project_id}}/convert"): rule(P_ADMIN, 409),
    ("GET", VERSIONS): rule(P_VIEWER, 200),
    ("POST", VERSIONS): rule(P_ADMIN, 201, body=lambda w: {"name": "2.0"}),
    ("GET", f"{VERSIONS}/{{version_id}}"): rule(P_VIEWER, 200),
    ("PUT", f"{VERSIONS}/{{version_id}}"): rule(P_ADMIN, 200, body=lambda w: {"changelog": "changed"}),
    ("DELETE", f"{VERSIONS}/{{version_id}}"): rule(P_ADMIN, 204, version_id="spare_version_id"),
    ("PUT", f"{VERSIONS}/{{version_id}}/default"): rule(P_ADMIN, 200),
    ("POST", f"{VERSIONS}/{{version_id}}/increase"): rule(P_ADMIN, 201, body=lambda w: {"name": "1.1"}),
    ("GET", f"{VERSIONS}/{{version_id}}/images"): rule(P_VIEWER, 200),
    ("POST", f"{VERSIONS}/{{version_id}}/images"): rule(P_ADMIN, 201, body=lambda w: [
        {"registryId": w["version_registry_id"], "images": ["extra:1"]}]),
    ("PUT", f"{VERSIONS}/{{version_id}}/images/order"): rule(
        P_ADMIN, 200, version_id="spare_version_id", body=lambda w: [w["spare_image_id"]]),
    ("GET", f"{VERSIONS}/{{version_id}}/images/{{image_id}}"): rule(P_VIEWER, 200),
    ("PATCH", f"{VERSIONS}/{{version_id}}/images/{{image_id}}"): rule(P_ADMIN, 200, body=lambda w: {"tag": "2"}),
    ("DELETE", f"{VERSIONS}/{{version_id}}/images/{{image_id}}"): rule(P_ADMIN, 204),
    # Deployments (service/domains/deployments): the world's deployment `web` of its version `0.5` (its own, so
    # that a deployment freezes no version the rules above change); its image's secret has no value, so a start
    # is refused (422) after the rights let the caller in; the spare one, never started, is deleted at once.
    ("GET", f"{V1}/deployments"): rule(SIGNED_IN, 200),
    ("POST", f"{V1}/deployments"): rule(P_ADMIN, 201, unseen=422, body=lambda w: {
        "versionId": w["deploy_version_id"], "nodeId": w["node_id"], "prefix": "made"}),
    ("GET", f"{V1}/deployments/{{deployment_id}}"): rule(P_VIEWER, 200),
    ("PATCH", f"{V1}/deployments/{{deployment_id}}"): rule(P_ADMIN, 200, body=lambda w: {"note": "changed"}),
    ("DELETE", f"{V1}/deployments/{{deployment_id}}"): rule(P_ADMIN, 204, deployment_id="spare_deployment_id"),
    ("POST", f"{V1}/deployments/{{deployment_id}}/start"): rule(P_ADMIN, 422, body=lambda w: {}),
    ("POST", f"{V1}/deployments/{{deployment_id}}/copy"): rule(P_ADMIN, 201, body=lambda w: {
        "nodeId": w["spare_node_id"], "prefix": "copied"}),
    ("GET", f"{V1}/deployments/{{deployment_id}}/log"): rule(P_VIEWER, 200),
    ("PUT", f"{V1}/deployments/{{deployment_id}}/token"): rule(P_ADMIN, 201, body=lambda w: {"name": "ci"}),
    ("DELETE", f"{V1}/deployments/{{deployment_id}}/token"): rule(P_ADMIN, 204),
    # Only the deployment's own token opens it: no caller's session or API token does.
    ("POST", f"{V1}/deployments/{{deployment_id}}/trigger"): rule(PUBLIC, 401),
    ("GET", f"{V1}/deployments/{{deployment_id}}/instances/{{instance_id}}"): rule(P_VIEWER, 200),
    ("PATCH", f"{V1}/deployments/{{deployment_id}}/instances/{{instance_id}}"): rule(P_ADMIN, 200, body=lambda w: {
        "config": {"environment": [{"key": "A", "value": "1"}]}}),
    ("GET", f"{V1}/deployments/{{deployment_id}}/instances/{{instance_id}}/secrets"): rule(P_VIEWER, 200),
    # Step images and workflows (service/domains/workflows): the world's workflow `ci` runs in the team's image
    # `builder`; the routes' image is a spare one no workflow uses. A new image's registry answers nothing
    # (REGISTRY_URL's host): past the rights check its creation is a 422 (`unreachable`).
    ("GET", f"{V1}/step-images"): rule(SIGNED_IN, 200),
    ("POST", f"{V1}/step-images"): rule(T_MANAGER, 422, unseen=422, body=lambda w: {
        "slug": "made", "imageUrl": "127.0.0.1:1/ci/made:1", "teamId": w["team_id"]}),
    ("GET", f"{V1}/step-images/{{step_image_id}}"): rule(T_MEMBER, 200),
    ("DELETE", f"{V1}/step-images/{{step_image_id}}"): rule(T_MANAGER, 204),
    ("GET", f"{V1}/projects/{{project_id}}/workflows"): rule(P_VIEWER, 200),
    ("POST", f"{V1}/projects/{{project_id}}/workflows"): rule(P_ADMIN, 201, body=lambda w: {
        "name": "made", "steps": [WORKFLOW_STEP]}),
    ("GET", f"{V1}/workflows/{{workflow_id}}"): rule(P_VIEWER, 200),
    ("PUT", f"{V1}/workflows/{{workflow_id}}"): rule(P_ADMIN, 200, body=lambda w: {
        "name": "ci", "steps": [WORKFLOW_STEP, {**WORKFLOW_STEP, "name": "more", "dependsOn": ["build"]}]}),
    ("DELETE", f"{V1}/workflows/{{workflow_id}}"): rule(P_ADMIN, 204),
    # Builds started without a user's token: the world's workflow has no trigger secret yet (made before them), so
    # its webhook and trigger are refused for everyone alike; its admins make one.
    ("POST", f"{V1}/workflows/{{workflow_id}}/trigger-secret"): rule(P_ADMIN, 200),
    ("POST", f"{V1}/workflows/{{workflow_id}}/webhook"): rule(PUBLIC, 401, body=lambda w: {"ref": "refs/heads/main"}),
    ("POST", f"{V1}/workflows/{{workflow_id}}/trigger"): rule(PUBLIC, 401, body=lambda w: {}),
    # Workflow builds: the world's build of `gpu-ci` (a step a runner takes: starting one runs nothing) with an
    # artifact; a start by a member runs the same workflow; a stop is for admins (or the build's starter).
    ("POST", f"{V1}/projects/{{project_id}}/workflow-builds"): rule(P_MEMBER, 202, body=lambda w: {
        "workflowId": w["runner_workflow_id"]}),
    ("GET", f"{V1}/projects/{{project_id}}/workflow-builds"): rule(P_VIEWER, 200),
    ("GET", f"{V1}/workflow-builds/{{build_id}}"): rule(P_VIEWER, 200, build_id="workflow_build_id"),
    ("POST", f"{V1}/workflow-builds/{{build_id}}/stop"): rule(P_ADMIN, 200, build_id="workflow_build_id"),
    ("GET", f"{V1}/workflow-builds/{{build_id}}/steps/{{step_id}}/artifacts"): rule(
        P_VIEWER, 200, build_id="workflow_build_id", step_id="workflow_step_id"),
    ("GET", f"{V1}/workflow-builds/{{build_id}}/steps/{{step_id}}/artifacts/{{path}}"): rule(
        P_VIEWER, 200, build_id="workflow_build_id", step_id="workflow_step_id", path="artifact_path"),
    # Build runners (instance admins) and the runner protocol, whose callers hold a runner token (no caller here
    # does: 401 for all); a step's log and log stream, of the world's ended runner step (the stream ends at once).
    ("GET", f"{V1}/build-runners"): rule(ADMIN, 200),
    ("POST", f"{V1}/build-runners"): rule(ADMIN, 201, body=lambda w: {"name": f"new-{w['key']}", "labels": ["gpu"]}),
    ("DELETE", f"{V1}/build-runners/{{runner_id}}"): rule(ADMIN, 204),
    ("POST", f"{V1}/runner/claim"): rule(PUBLIC, 401),
    ("GET", f"{V1}/runner/{{step_id}}"): rule(PUBLIC, 401, step_id="ended_step_id"),
    ("POST", f"{V1}/runner/{{step_id}}/logs"): rule(PUBLIC, 401, body=lambda w: {"text": "x"},
                                                    step_id="ended_step_id"),
    ("PUT", f"{V1}/runner/{{step_id}}/artifacts/{{path}}"): rule(PUBLIC, 401, step_id="ended_step_id",
                                                                 path="artifact_path"),
    ("POST", f"{V1}/runner/{{step_id}}/complete"): rule(PUBLIC, 401, body=lambda w: {"status": "SUCCESS"},
                                                        step_id="ended_step_id"),
    ("GET", f"{V1}/workflow-builds/{{build_id}}/steps/{{step_id}}/logs"): rule(
        P_VIEWER, 200, build_id="ended_build_id", step_id="ended_step_id"),
    ("GET", f"{V1}/workflow-builds/{{build_id}}/steps/{{step_id}}/logstream"): rule(
        P_VIEWER, 200, build_id="ended_build_id", step_id="ended_step_id"),
    ("GET", f"{V1}/invites/{{token}}"): rule(PUBLIC, 200),
    # A spent or unknown token; a real one would make any caller a member.
    ("POST", f"{V1}/invites/{{token}}/accept"): rule(SIGNED_IN, 404, token="no_token"),
    ("GET", f"{V1}/me/invites"): rule(SIGNED_IN, 200),
    ("GET", f"{V1}/nodes"): rule(SIGNED_IN, 200),
    # The team is named in the body: a caller outside it is told the team is none of theirs.
    ("POST", f"{V1}/nodes"): rule(T_MANAGER, 202, unseen=422, body=lambda w: node_body(
        w["sim_url"], w["sim_creds"], w["team_id"], name="extra")),
    ("GET", f"{V1}/nodes/{{node_id}}"): rule(T_MEMBER, 200),
    ("PUT", f"{V1}/nodes/{{node_id}}"): rule(T_MANAGER, 200, body=lambda w: {"description": "changed"}),
    # The spare node: the world's own node may still be checking after POST .../check.
    ("DELETE", f"{V1}/nodes/{{node_id}}"): rule(T_MANAGER, 204, node_id="spare_node_id"),
    ("POST", f"{V1}/nodes/{{node_id}}/check"): rule(T_MANAGER, 202),
    ("GET", f"{V1}/nodes/{{node_id}}/containers"): rule(T_MEMBER, 200),
    ("GET", f"{V1}/nodes/{{node_id}}/database-versions"): rule(T_MEMBER, 200),
    # No guest of that name: past the rights check, nothing to act on.
    ("POST", f"{V1}/nodes/{{node_id}}/containers/{{name}}/start"): rule(T_MANAGER, 404, name="no_guest"),
    ("POST", f"{V1}/nodes/{{node_id}}/containers/{{name}}/stop"): rule(T_MANAGER, 404, name="no_guest"),
    ("POST", f"{V1}/nodes/{{node_id}}/containers/{{name}}/restart"): rule(T_MANAGER, 404, name="no_guest"),
    ("DELETE", f"{V1}/nodes/{{node_id}}/containers/{{name}}"): rule(T_MANAGER, 404, name="no_guest"),
    ("GET", f"{V1}/nodes/{{node_id}}/audit"): rule(T_MEMBER, 200),
    ("GET", f"{V1}/nodes/{{node_id}}/edge"): rule(T_MEMBER, 200),
    # The world's node was never checked: an edge needs it online.
    ("POST", f"{V1}/nodes/{{node_id}}/edge/apply"): rule(T_MANAGER, 409),
    # The world's node has no running guests: nothing to update (409) once the rights allow it.
    ("POST", f"{V1}/nodes/{{node_id}}/update"): rule(T_MANAGER, 409, body=lambda w: {"mode": "box"}),
    ("GET", f"{V1}/databases"): rule(SIGNED_IN, 200),
    # A version the node's Debian lacks: refused after the rights are checked, so no run starts.
    ("POST", f"{V1}/databases"): rule(P_MEMBER, 422, body=lambda w: {
        "name": "other", "type": "postgresql", "version": "9.6", "projectId": w["project_id"],
        "nodeId": w["node_id"]}),
    ("GET", f"{V1}/databases/{{database_id}}"): rule(P_VIEWER, 200),
    ("PUT", f"{V1}/databases/{{database_id}}"): rule(P_MEMBER, 200, body=lambda w: {"name": "renamed"}),
    ("DELETE", f"{V1}/databases/{{database_id}}"): rule(P_MEMBER, 202),
    ("GET", f"{V1}/databases/{{database_id}}/credentials"): rule(P_MEMBER, 200),
    # The world's database failed to be made: actions on a server are refused with 409, not started.
    ("POST", f"{V1}/databases/{{database_id}}/start"): rule(P_MEMBER, 409),
    ("POST", f"{V1}/databases/{{database_id}}/stop"): rule(P_MEMBER, 409),
    ("POST", f"{V1}/databases/{{database_id}}/restart"): rule(P_MEMBER, 409),
    ("POST", f"{V1}/databases/{{database_id}}/rotate-password"): rule(P_MEMBER, 409),
    ("POST", f"{V1}/databases/{{database_id}}/retry"): rule(P_MEMBER, 409),
    ("GET", f"{V1}/databases/{{database_id}}/logs"): rule(P_MEMBER, 409),
    ("GET", f"{V1}/databases/{{database_id}}/logstream"): rule(P_MEMBER, 409),
    ("GET", f"{V1}/databases/{{database_id}}/backups"): rule(P_VIEWER, 200),
    ("POST", f"{V1}/databases/{{database_id}}/backup"): rule(P_MEMBER, 409),
    ("POST", f"{V1}/databases/{{database_id}}/restore"): rule(P_MEMBER, 409, body=lambda w: {"backupId": NOTHING}),
    ("POST", f"{V1}/databases/{{database_id}}/clone"): rule(P_MEMBER, 422, body=lambda w: {
        "backupId": NOTHING, "name": "copy"}),
    ("GET", f"{V1}/inventory"): rule(ADMIN, 200),
    ("GET", f"{V1}/services"): rule(SIGNED_IN, 200),
    ("GET", f"{V1}/projects/{{project_id}}/services"): rule(P_VIEWER, 200),
    # A link to no database: refused past the rights check, before anything is recorded or run.
    ("POST", f"{V1}/projects/{{project_id}}/services"): rule(P_MEMBER, 422, body=lambda w: {
        "name": "api", "type": "web", "source": {"repository": "https://git.example.com/api.git"},
        "links": [NOTHING]}),
    ("GET", f"{V1}/services/{{service_id}}"): rule(P_VIEWER, 200),
    # Its own name again: nothing changes, so nothing runs.
    ("PUT", f"{V1}/services/{{service_id}}"): rule(P_MEMBER, 200, body=lambda w: {"name": "shop"}),
    # The world's service has no guest: its record goes at once.
    ("DELETE", f"{V1}/services/{{service_id}}"): rule(P_MEMBER, 204),
    # Its first build failed: no release to start, stop or restart, and no journal to read.
    ("POST", f"{V1}/services/{{service_id}}/start"): rule(P_MEMBER, 409),
    ("POST", f"{V1}/services/{{service_id}}/stop"): rule(P_MEMBER, 409),
    ("POST", f"{V1}/services/{{service_id}}/restart"): rule(P_MEMBER, 409),
    ("GET", f"{V1}/services/{{service_id}}/logs"): rule(P_MEMBER, 409),
    ("GET", f"{V1}/services/{{service_id}}/logstream"): rule(P_MEMBER, 409),
    ("GET", f"{V1}/builds"): rule(SIGNED_IN, 200),
    # The world's service has no guest: a deploy is refused past the rights check, and nothing runs.
    ("POST", f"{V1}/builds"): rule(P_MEMBER, 409, body=lambda w: {"serviceId": w["service_id"]}),
    ("GET", f"{V1}/builds/{{build_id}}"): rule(P_VIEWER, 200),
    ("GET", f"{V1}/builds/{{build_id}}/logs"): rule(P_MEMBER, 200),
    # The world's build failed long ago: nothing to cancel.
    ("POST", f"{V1}/builds/{{build_id}}/cancel"): rule(P_MEMBER, 409),
    ("GET", f"{V1}/services/{{service_id}}/releases"): rule(P_VIEWER, 200),
    # Nothing was ever released: nothing to roll back to.
    ("POST", f"{V1}/services/{{service_id}}/rollback"): rule(P_MEMBER, 409, body=lambda w: {}),
    ("GET", f"{V1}/services/{{service_id}}/domains"): rule(P_VIEWER, 200),
    # No names before and none after: nothing to apply (taskId null).
    ("PUT", f"{V1}/services/{{service_id}}/domains"): rule(P_MEMBER, 202, body=lambda w: {"domains": []}),
    # Called by git hosts without a token: unsigned, it is refused for everyone alike.
    ("POST", f"{V1}/services/{{service_id}}/webhook"): rule(PUBLIC, 401, body=lambda w: {"ref": "refs/heads/main"}),
    ("GET", f"{V1}/git/providers"): rule(SIGNED_IN, 200),
    # The team is named in the body; the token is checked with the fake providers' Gitea.
    ("POST", f"{V1}/git/providers"): rule(T_MANAGER, 201, unseen=422, body=lambda w: {
        "type": "gitea", "name": "extra", "accessToken": GIT_TOKEN, "url": w["git_url"], "teamId": w["team_id"]}),
    ("GET", f"{V1}/git/providers/{{provider_id}}"): rule(T_MEMBER, 200),
    ("DELETE", f"{V1}/git/providers/{{provider_id}}"): rule(T_MANAGER, 204),
    ("GET", f"{V1}/git/providers/{{provider_id}}/repositories"): rule(T_MEMBER, 200),
    # Storages: the team is named in the body; past the rights check the bucket is listed at an address that
    # refuses connections (422 on url). The world's storage has that url and no keys: a PUT keeping both checks
    # nothing.
    ("GET", f"{V1}/storages"): rule(SIGNED_IN, 200),
    ("POST", f"{V1}/storages"): rule(T_MANAGER, 422, unseen=422, body=lambda w: {
        "name": "extra", "url": STORAGE_URL, "accessKey": "AKIAEXAMPLE", "secretKey": "a-secret-key",
        "teamId": w["team_id"]}),
    ("GET", f"{V1}/storages/options"): rule(SIGNED_IN, 200),
    ("GET", f"{V1}/storages/{{storage_id}}"): rule(T_MEMBER, 200),
    ("PUT", f"{V1}/storages/{{storage_id}}"): rule(T_MANAGER, 200, body=lambda w: {
        "name": "files", "description": "changed", "url": STORAGE_URL}),
    ("DELETE", f"{V1}/storages/{{storage_id}}"): rule(T_MANAGER, 204),
    # Registries: the team is named in the body; `unchecked` ones are saved without a call. The world's registry
    # answers nothing (REGISTRY_URL): past the rights check its images and tags are a 502.
    ("GET", f"{V1}/registries"): rule(SIGNED_IN, 200),
    ("POST", f"{V1}/registries"): rule(T_MANAGER, 201, unseen=422, body=lambda w: {
        "name": "extra", "type": "unchecked", "details": {"url": REGISTRY_URL}, "teamId": w["team_id"]}),
    ("GET", f"{V1}/registries/{{registry_id}}"): rule(T_MEMBER, 200),
    ("PUT", f"{V1}/registries/{{registry_id}}"): rule(T_MANAGER, 200, body=lambda w: {
        "name": "images", "description": "changed", "type": "unchecked", "details": {"url": REGISTRY_URL}}),
    ("DELETE", f"{V1}/registries/{{registry_id}}"): rule(T_MANAGER, 204),
    ("GET", f"{V1}/registries/{{registry_id}}/images"): rule(T_MEMBER, 502),
    ("GET", f"{V1}/registries/{{registry_id}}/images/{{name}}/tags"): rule(T_MEMBER, 502, name="image_name"),
    # The app catalogue (templates/): the same for everyone signed in (service/domains/apps/api/appstore.py).
    ("GET", f"{V1}/appstore/apps"): rule(SIGNED_IN, 200),
    ("GET", f"{V1}/appstore/apps/{{app_id}}"): rule(SIGNED_IN, 200, app_id="store_app_id"),
    ("GET", f"{V1}/appstore/apps/{{app_id}}/versions/{{version}}"): rule(SIGNED_IN, 200, app_id="store_app_id",
                                                                         version="store_app_version"),
    ("GET", f"{V1}/appstore/apps/{{app_id}}/icon"): rule(SIGNED_IN, 200, app_id="store_app_id"),
    # Apps: the world's app failed its install before it had a guest, and lets in the world's target user only.
    ("GET", f"{V1}/apps"): rule(SIGNED_IN, 200),
    # Past the rights check, the node named is none of the project's team: nothing is recorded, nothing runs.
    ("POST", f"{V1}/apps/install"): rule(P_MEMBER, 422, body=lambda w: {
        "appStoreId": w["store_app_id"], "location": "extra", "domain": w["domain"], "projectId": w["project_id"],
        "nodeId": NOTHING}),
    ("GET", f"{V1}/apps/{{app_id}}"): rule(P_VIEWER, 200),
    ("POST", f"{V1}/apps/{{app_id}}/configure"): rule(P_MEMBER, 200, body=lambda w: {"label": "Renamed"}),
    # Not installed: nothing to power; no guest: no repair, no journal.
    ("POST", f"{V1}/apps/{{app_id}}/start"): rule(P_MEMBER, 409),
    ("POST", f"{V1}/apps/{{app_id}}/stop"): rule(P_MEMBER, 409),
    ("POST", f"{V1}/apps/{{app_id}}/restart"): rule(P_MEMBER, 409),
    ("POST", f"{V1}/apps/{{app_id}}/repair"): rule(P_MEMBER, 409),
    ("GET", f"{V1}/apps/{{app_id}}/logs"): rule(P_MEMBER, 409),
    ("GET", f"{V1}/apps/{{app_id}}/logstream"): rule(P_MEMBER, 409),
    # Not installed: no backup or update starts; the world has no backup of it to restore.
    ("GET", f"{V1}/apps/{{app_id}}/backups"): rule(P_VIEWER, 200),
    ("POST", f"{V1}/apps/{{app_id}}/backup"): rule(P_MEMBER, 409),
    ("POST", f"{V1}/apps/{{app_id}}/restore"): rule(P_MEMBER, 422, body=lambda w: {"backupId": NOTHING}),
    ("POST", f"{V1}/apps/{{app_id}}/clone"): rule(P_MEMBER, 422, body=lambda w: {
        "backupId": NOTHING, "location": "copy", "domain": w["domain"]}),
    ("POST", f"{V1}/apps/{{app_id}}/update"): rule(P_MEMBER, 409, body=lambda w: {}),
    # No guest: the app goes at once. The spare app, so that the routes after this one still find the world's.
    ("POST", f"{V1}/apps/{{app_id}}/uninstall"): rule(P_MEMBER, 204, body=lambda w: {}, app_id="spare_app_id"),
    ("DELETE", f"{V1}/apps/{{app_id}}"): rule(P_MEMBER, 204),
    # The edge's access endpoints, asked by a browser on the app's name: no bearer token, the same for everyone.
    ("GET", f"{V1}/apps/{{app_id}}/access/check"): rule(PUBLIC, 401),
    ("GET", f"{V1}/apps/{{app_id}}/access/login"): rule(PUBLIC, 200),
    ("POST", f"{V1}/apps/{{app_id}}/access/login"): rule(PUBLIC, 422),  # no form: no username, no password
    ("GET", f"{V1}/apps/{{app_id}}/access/logout"): rule(PUBLIC, 303),
    ("GET", f"{V1}/templates"): rule(SIGNED_IN, 200),
    ("GET", f"{V1}/templates/{{template_id}}/image"): rule(SIGNED_IN, 200, template_id="store_app_id"),
    # A project from a template, in the caller's personal team: anyone signed in makes projects there.
    ("POST", f"{V1}/templates"): rule(SIGNED_IN, 201, body=lambda w: {
        "id": w["store_app_id"], "name": f"tpl-{w['key']}", "type": "versionless"}),
}
# Answered to the edge's auth_request (nginx reads the status alone) or to a browser (a page): no JSON error.
BARE_REFUSALS = {("GET", f"{V1}/apps/{{app_id}}/access/check"), ("POST", f"{V1}/apps/{{app_id}}/access/login")}
# Deletions go last, and these last of all in this order, so that nothing a later request needs is gone.
FINAL = [("DELETE", f"{V1}/projects/{{project_id}}"), ("DELETE", f"{V1}/teams/{{team_id}}/users/leave"),
         ("DELETE", f"{V1}/teams/{{team_id}}")]


def _api_routes(app) -> list[tuple[str, str]]:
    """Every route of the API, from the OpenAPI document (FastAPI nests included routers' routes)."""
    paths = app.openapi()["paths"]
    return sorted((method.upper(), path) for path, operations in paths.items() for method in operations)


def _order(routes: list[tuple[str, str]]) -> list[tuple[str, str]]:
    def key(route: tuple[str, str]) -> tuple[int, int, str]:
        method, path = route
        if route in FINAL:
            return (2, FINAL.index(route), path)
        return (1, -path.count("/"), path) if method == "DELETE" else (0, 0, path)
    return sorted(routes, key=key)


def expected(rule_: Rule, caller: str) -> frozenset[int]:
    project_role, team_role = CALLERS[caller]
    if rule_.access == PUBLIC:
        return rule_.ok
    if caller in LOCKED_OUT:
        return frozenset({401})
    if rule_.access == SIGNED_IN:
        return rule_.ok
    if rule_.access == ADMIN:
        return rule_.ok if caller == "instance admin" else frozenset({403})
    if rule_.access == OWNER:
        return frozenset({403})
    role, rank = (project_role, PROJECT_RANK) if rule_.access in PROJECT_RANK else (team_role, TEAM_RANK)
    if role is None:
        return frozenset({rule_.unseen})  # what the caller cannot see does not exist for it
    return rule_.ok if rank[role] >= rank[rule_.access] else frozenset({403})


async def _user(client: httpx.AsyncClient, name: str, **extra: Any) -> tuple[str, dict[str, str]]:
    user = await create_user(username=name, email=f"{name}@example.com", password=PASSWORD, **extra)
    return str(user.id), await login(client, name)


async def _database(server: Any, world: dict[str, Any]) -> str:
    """A database whose create failed before its guest had an address (so nothing runs but its delete)."""
    database = await Database.create(
        project_id=world["project_id"], environment_id=world["default_env_id"], name="orders",
        type=DatabaseType.POSTGRESQL, node_id=world["node_id"], db_name="orders", db_user="orders_app",
        sealed_password=server.app.state.databases_box.seal("a-password-of-the-world"),
        status=DatabaseStatus.FAILED, status_message="failed in the test world")
    guest = await Guest.create(node_id=world["node_id"], pve_node="pve", vmid=4321, hostname=f"db-{world['key']}",
                               resource_type="database", resource_id=str(database.id), status=GuestStatus.ERROR)
    await Database.filter(id=database.id).update(guest_id=guest.id)
    return str(database.id)


async def _app(world: dict[str, Any], store_app: catalogue.App, location: str) -> str:
    """An app whose install failed before its guest was made, open to the world's target user alone."""
    domain = await Domain.get(domain=world["domain"])
    app = await App.create(
        id=uuid4(), app_store_id=store_app.id, catalogue_dir=store_app.dir, manifest=store_app.manifest,
        project_id=world["project_id"], environment_id=world["default_env_id"], node_id=world["node_id"],
        location=location, domain=domain, fqdn=f"{location}.{domain.domain}",
        installation_state=InstallationState.ERROR, access_restriction={"users": [world["user_id"]], "groups": []},
        memory_mb=512, error={"message": "failed in the test world", "code": "failed"})
    return str(app.id)


async def _git_provider(server: Any, team_id: str, url: str) -> str:
    """A Gitea provider of the team on the fake providers' server, recorded as a passed token check leaves it."""
    provider = await GitProvider.create(team_id=team_id, type=GitProviderType.GITEA, name="main", url=url,
                                        sealed_token=git_tokens.seal_token(server.settings, GIT_TOKEN),
                                        account="tea-user")
    return str(provider.id)


async def _versions(world: dict[str, Any]) -> dict[str, str]:
    """The project's default version `1.0` with an image, and a spare version `0.9` with one, from a registry of
    their own (the world's `registry_id` is deleted by its route: no image may use it)."""
    registry = await Registry.create(team_id=world["team_id"], name="versions", url=REGISTRY_URL,
                                     type=RegistryType.UNCHECKED)
    made = {"version_registry_id": str(registry.id)}
    for key, name, default in (("version", "1.0", True), ("spare_version", "0.9", False)):
        version = await Version.create(project_id=world["project_id"], name=name, type=VersionType.INCREMENTAL,
                                       is_default=default)
        image = await Image.create(version=version, registry=registry, name=f"web-{name}", tag="1", order=0,
                                   config={"name": "web"})
        made[f"{key}_id"], made[f"{key.replace('version', 'image')}_id"] = str(version.id), str(image.id)
    return made


async def _deployments(world: dict[str, Any]) -> dict[str, str]:
    """A version `0.5` of its own with an image, and two preparing deployments of it on the world's node."""
    version = await Version.create(project_id=world["project_id"], name="0.5", type=VersionType.INCREMENTAL)
    image = await Image.create(version=version, registry_id=world["version_registry_id"], name="web", tag="1",
                               order=0, config={"name": "web", "secrets": [{"key": "TOKEN", "required": True}]})
    made = {"deploy_version_id": str(version.id)}
    for key, prefix in (("deployment", "web"), ("spare_deployment", "spare")):
        deployment = await Deployment.create(project_id=world["project_id"], version=version,
                                             node_id=world["node_id"], prefix=prefix)
        instance = await Instance.create(deployment=deployment, image=image)
        made[f"{key}_id"] = str(deployment.id)
        made.setdefault("instance_id", str(instance.id))
    return made


async def _workflows(server: Any, world: dict[str, Any]) -> dict[str, str]:
    """The team's step image `builder`, its workflow `ci` in the project, and a spare image no workflow uses;
    a workflow `gpu-ci` whose step a runner takes, and a build of it whose step left an artifact."""
    # Of a host no registry of the world's is at: the world's registries are deleted by their routes.
    builder = await StepImage.create(team_id=world["team_id"], slug="builder", image_url="registry.test/ci/b:1")
    spare = await StepImage.create(team_id=world["team_id"], slug="spare", image_url="registry.test/ci/s:1")
    workflow = await Workflow.create(project_id=world["project_id"], name="ci",
                                     steps=[{**WORKFLOW_STEP, "stepImageId": str(builder.id)}])
    await WorkflowImage.create(workflow=workflow, step_image=builder)
    gpu = await Workflow.create(project_id=world["project_id"], name="gpu-ci", steps=[
        {**WORKFLOW_STEP, "stepImageId": str(builder.id), "runsOn": ["gpu"]}])
    await WorkflowImage.create(workflow=gpu, step_image=builder)
    build = await WorkflowBuild.create(project_id=world["project_id"], workflow=gpu, workflow_name=gpu.name,
                                       number=1, status=BuildState.RUNNING)
    build_step = await WorkflowBuildStep.create(build=build, position=0, name="build", image_url=builder.image_url,
                                                spec={"dependsOn": [], "runsOn": ["gpu"]})
    folder = build_artifacts.step_dir(server.settings, build.id, build_step.id)
    folder.mkdir(parents=True)
    (folder / "app.txt").write_text("built")
    return {"step_image_id": str(spare.id), "workflow_id": str(workflow.id), "runner_workflow_id": str(gpu.id),
            "workflow_build_id": str(build.id), "workflow_step_id": str(build_step.id), "artifact_path": "app.txt"}


async def _runners(world: dict[str, Any]) -> dict[str, str]:
    """A build runner, and a build of `gpu-ci` whose runner step has ended (its log stream ends at once)."""
    runner = await BuildRunner.create(name=f"runner-{world['key']}", labels=["gpu"], token_hash=uuid4().hex * 2)
    build = await WorkflowBuild.create(project_id=world["project_id"], workflow_id=world["runner_workflow_id"],
                                       workflow_name="gpu-ci", number=2, status=BuildState.SUCCESS)
    step = await WorkflowBuildStep.create(build=build, position=0, name="build", image_url="registry.test/ci/b:1",
                                          spec={"dependsOn": [], "runsOn": ["gpu"]}, status=StepState.SUCCESS,
                                          runner=runner, exit_code=0)
    return {"runner_id": str(runner.id), "ended_build_id": str(build.id), "ended_step_id": str(step.id)}


async def _service(server: Any, world: dict[str, Any]) -> tuple[str, str]:
    """A service whose first build failed before it had a guest, and that build."""
    service = await Service.create(
        project_id=world["project_id"], environment_id=world["default_env_id"], name="shop", type=ServiceType.WEB,
        repository="https://git.example.com/shop.git", node_id=world["node_id"], status="failed",
        sealed_webhook_secret=own_box(server.settings).seal("a-webhook-secret-of-the-world"))
    build = await Build.create(service=service, trigger=BuildTrigger.CREATE, branch="main", status=BuildStatus.FAILED,
                               error="failed in the test world")
    return str(service.id), str(build.id)


async def _world(client: httpx.AsyncClient, server: Any, root: dict[str, str], key: str, caller: str,
                 sim: Any, git_url: str) -> dict[str, Any]:
    """A team owned by a founder, a project in it owned by the caller where the caller is its owner, the
    caller in its role, and one of everything the routes name."""
    founder_id, founder = await _user(client, f"founder-{key}")
    team = (await client.post("/api/v1/teams", headers=founder, json={"name": f"T {key}", "slug": key})).json()
    spare = (await client.post("/api/v1/teams", headers=founder, json={"name": "Spare", "slug": f"{key}-2"})).json()
    project = (await client.post("/api/v1/projects", headers=founder,
                                 json={"name": "world", "teamId": team["id"]})).json()
    pid = project["id"]
    target_id, _ = await _user(client, f"target-{key}")  # changed and deleted by the routes
    for path, body in ((f"/api/v1/teams/{team['id']}/users", {"email": f"target-{key}@example.com"}),
                       (f"/api/v1/projects/{pid}/members", {"userId": target_id, "role": "viewer"})):
        assert (await client.post(path, headers=founder, json=body)).status_code == 201
    assert (await client.post(f"/api/v1/users/me/invitations/{team['id']}",
                              headers=await login(client, f"target-{key}"))).status_code == 200
    members = (await client.get(f"/api/v1/projects/{pid}/members", headers=founder)).json()
    pending = (await client.post(f"/api/v1/teams/{team['id']}/users", headers=founder,
                                 json={"email": f"pending-{key}@example.com"})).json()
    envs = (await client.get(f"/api/v1/projects/{pid}/environments", headers=founder)).json()
    staging = (await client.post(f"/api/v1/projects/{pid}/environments", headers=founder,
                                 json={"name": "staging", "type": "staging"})).json()
    invite = (await client.post(f"/api/v1/projects/{pid}/invites", headers=founder,
                                json={"email": f"invitee-{key}@example.com"})).json()
    group = (await client.post("/api/v1/groups", headers=root, json={"name": f"g-{key}"})).json()
    assert (await client.post(f"/api/v1/projects/{pid}/icon", headers=founder,
                              files={"file": ("i.png", PNG, "image/png")})).status_code == 200
    world = {"key": key, "team_id": team["id"], "spare_team_id": spare["id"], "project_id": pid, "user_id": target_id,
             "member_id": next(m["id"] for m in members if m["userId"] == target_id),
             "team_invite_id": pending["id"], "default_env_id": envs[0]["id"], "env_id": staging["id"],
             "invite_id": invite["id"], "token": invite["token"], "group_id": group["id"], "no_token": "spent",
             "token_id": NOTHING, "task_id": "999999", "name": "no-such-playbook", "no_guest": "no-such-guest",
             "mailbox": "alice",
             "node_id": await node_record(server, sim, team["id"], "main"),
             "spare_node_id": await node_record(server, sim, team["id"], "spare"),
             "sim_url": sim[0].url, "sim_creds": sim[1], "git_url": git_url,
             "provider_id": await _git_provider(server, team["id"], git_url),
             "storage_id": str((await Storage.create(team_id=team["id"], name="files", url=STORAGE_URL)).id),
             "notification_id": str((await notification_record(server.settings, team["id"])).id),
             "registry_id": str((await Registry.create(team_id=team["id"], name="images", url=REGISTRY_URL,
                                                       type=RegistryType.UNCHECKED)).id),
             "image_name": "containr/hello"}
    for name in ("domain", "spare_domain"):
        world[name] = f"{name.replace('_', '-')}-{key}.test"
        await Domain.create(domain=world[name], zone_name=world[name], provider="noop")
    store_app = catalogue.load(server.settings).apps[0]  # the suite's catalogue is the repository's templates/
    world["store_app_id"], world["store_app_version"] = store_app.id, store_app.version
    world["database_id"] = await _database(server, world)
    world["app_id"] = await _app(world, store_app, "app")
    world["spare_app_id"] = await _app(world, store_app, "spare-app")
    world["service_id"], world["build_id"] = await _service(server, world)
    world.update(await _versions(world))
    world.update(await _deployments(world))
    world.update(await _workflows(server, world))
    world.update(await _runners(world))
    world["headers"] = await _caller(client, root, world, caller, founder)
    return world


async def _caller(client: httpx.AsyncClient, root: dict[str, str], world: dict[str, Any], caller: str,
                  founder: dict[str, str]) -> dict[str, str]:
    key, pid = world["key"], world["project_id"]
    if caller == "anonymous":
        return {}
    user_id, headers = await _user(client, f"caller-{key}", role="admin" if caller == "instance admin" else "user")
    project_role, team_role = CALLERS[caller]
    if caller == "team admin":
        for team_id in (world["team_id"], world["spare_team_id"]):
            await client.post(f"/api/v1/teams/{team_id}/users", headers=founder,
                              json={"email": f"caller-{key}@example.com", "role": "admin"})
            assert (await client.post(f"/api/v1/users/me/invitations/{team_id}", headers=headers)).status_code == 200
    elif project_role and caller != "instance admin":
        role = "admin" if project_role == P_OWNER else project_role
        added = await client.post(f"/api/v1/projects/{pid}/members", headers=founder,
                                  json={"userId": user_id, "role": role})
        assert added.status_code == 201, added.text
        if project_role == P_OWNER:
            moved = await client.post(f"/api/v1/projects/{pid}/transfer", headers=founder, json={"newOwnerId": user_id})
            assert moved.status_code == 200, moved.text
    if caller == "deactivated":
        await User.filter(id=user_id).update(active=False)
    if caller == "revoked token":
        token = (await client.post("/api/v1/tokens", headers=headers, json={"name": "t"})).json()
        assert (await client.delete(f"/api/v1/tokens/{token['id']}", headers=headers)).status_code == 204
        return {"Authorization": f"Bearer {token['token']}"}
    return headers


async def _call(client: httpx.AsyncClient, method: str, path: str, rule_: Rule, world: dict[str, Any]):
    url = re.sub(r"\{(\w+)\}", lambda m: str(world[rule_.params.get(m.group(1), m.group(1))]), path)
    if rule_.upload:
        return await client.request(method, url, headers=world["headers"], files={"file": ("i.png", PNG, "image/png")})
    body = rule_.body(world) if rule_.body else None
    return await client.request(method, url, headers=world["headers"], json=body)


async def test_every_route_has_an_access_rule(server):
    routes = _api_routes(server.app)
    missing = [route for route in routes if route not in ACCESS]
    assert not missing, f"add these routes to ACCESS: {missing}"
    assert not [route for route in ACCESS if route not in routes], "ACCESS names routes that do not exist"


@pytest.fixture
def bind_zones() -> list[str]:
    return ["test"]


@pytest.fixture
def settings(settings: Settings, bind: Bind) -> Settings:
    """dns_check asks a real nameserver that answers at once (the system's may be unreachable here): the
    conftest's settings point at `bind`, which every test here needs."""
    return settings


@pytest.fixture
def git_providers() -> Iterator[FakeProviders]:
    with FakeProviders() as fake:
        yield fake


@pytest.mark.slow
# One database: what each caller may do is decided the same way on both; the schemathesis run covers every
# route on both for server errors, and the project, team and visibility tests run on both.
@pytest.mark.one_database
async def test_each_caller_gets_what_its_rights_allow(client, server, pve_sim, git_providers):
    root = await owner_headers(client)
    routes = _order(_api_routes(server.app))
    assert set(routes) == set(ACCESS), "see test_every_route_has_an_access_rule"
    wrong = []
    for number, caller in enumerate(CALLERS):
        world = await _world(client, server, root, f"w{number}", caller, pve_sim, git_providers.url("gitea"))
        for method, path in routes:
            rule_ = ACCESS[(method, path)]
            response = await _call(client, method, path, rule_, world)
            # A server error is ours, except a rule's own 502: an outside server (a registry) that did not answer.
            assert response.status_code < 500 or response.status_code in expected(rule_, caller), (
                caller, method, path, response.text)
            if response.status_code not in expected(rule_, caller):
                wrong.append((caller, method, path, response.status_code, sorted(expected(rule_, caller)),
                              response.text[:200]))
            if response.status_code >= 400 and (method, path) not in BARE_REFUSALS:
                assert set(response.json()) == {"error", "code", "details"}, (caller, method, path)
    assert not wrong, "\n".join(map(str, wrong))
