"""Teams (dyrector's): a name, a unique slug, members with team roles; invitations are pending members."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class TeamRole(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    USER = "user"


class MemberStatus(StrEnum):
    MEMBER = "member"
    INVITED = "invited"


class Team(Model):
    id = fields.UUIDField(primary_key=True)
    name = fields.CharField(max_length=100)
    slug = fields.CharField(max_length=64, unique=True)
    personal = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "teams"


class TeamMember(Model):
    id = fields.UUIDField(primary_key=True)
    team = fields.ForeignKeyField("models.Team", related_name="members", on_delete=fields.CASCADE)
    # An invitation names an email; the account is bound when its holder accepts.
    user = fields.ForeignKeyField("models.User", related_name="team_memberships", null=True,
                                  on_delete=fields.CASCADE)
    email = fields.CharField(max_length=254)
    role = fields.CharEnumField(TeamRole, max_length=16, default=TeamRole.USER)
    status = fields.CharEnumField(MemberStatus, max_length=16, default=MemberStatus.MEMBER)
    invited_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "team_members"
        unique_together = (("team", "email"),)
