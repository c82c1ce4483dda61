"""Accounts, the failed logins that throttle password guessing, API tokens and groups."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class UserRole(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    USER = "user"


class User(Model):
    id = fields.UUIDField(primary_key=True)
    username = fields.CharField(max_length=64, unique=True)
    email = fields.CharField(max_length=254, unique=True)
    display_name = fields.CharField(max_length=128, default="")
    password_hash = fields.CharField(max_length=255)
    role = fields.CharEnumField(UserRole, max_length=16, default=UserRole.USER)
    active = fields.BooleanField(default=True)
    # An account from the external LDAP directory: its password is checked there, never stored here.
    external = fields.BooleanField(default=False)
    ldap_dn = fields.CharField(max_length=512, null=True)
    # Cloudron's create_invite: the SHA-256 of the one single-use token that sets this account's password.
    invite_token_hash = fields.CharField(max_length=64, null=True, unique=True)
    invite_created_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "users"

    @property
    def is_admin(self) -> bool:
        return self.role in (UserRole.OWNER, UserRole.ADMIN)


class LoginFailure(Model):
    """A failed login, by account or, for a name no account has, by that name: both are throttled alike so
    that the throttle does not tell which accounts exist."""

    id = fields.BigIntField(primary_key=True)
    subject = fields.CharField(max_length=300, db_index=True)
    at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "login_failures"


class ApiToken(Model):
    id = fields.UUIDField(primary_key=True)
    user = fields.ForeignKeyField("models.User", related_name="api_tokens", on_delete=fields.CASCADE)
    name = fields.CharField(max_length=100)
    token_hash = fields.CharField(max_length=64, unique=True)
    prefix = fields.CharField(max_length=16)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField(null=True)
    last_used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "api_tokens"


class Group(Model):
    id = fields.UUIDField(primary_key=True)
    name = fields.CharField(max_length=64, unique=True)
    description = fields.CharField(max_length=255, default="")
    members = fields.ManyToManyField("models.User", related_name="groups", through="group_members")
    ldap_dn = fields.CharField(max_length=512, null=True)  # a group synced from the external LDAP directory
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "groups"
