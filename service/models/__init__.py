"""Tortoise models of Containr; aerich reads this module to build migrations."""

from service.models.audit import AuditRecord
from service.models.backup import Backup, BackupState, BackupType
from service.models.database import Database, DatabaseStatus, DatabaseType
from service.models.group import Group
from service.models.node import Guest, GuestKind, GuestStatus, IpLease, Node, NodeStatus, NodeTask
from service.models.project import (
    Environment,
    EnvironmentType,
    EnvVariable,
    Project,
    ProjectIcon,
    ProjectInvite,
    ProjectMember,
    ProjectRole,
)
from service.models.setting import InstanceSetting
from service.models.task import Task, TaskState
from service.models.team import MemberStatus, Team, TeamMember, TeamRole
from service.models.token import ApiToken
from service.models.user import LoginFailure, User, UserRole

__all__ = [
    "ApiToken", "AuditRecord", "Backup", "BackupState", "BackupType", "Database", "DatabaseStatus", "DatabaseType",
    "EnvVariable", "Environment", "EnvironmentType", "Group", "Guest", "GuestKind", "GuestStatus", "InstanceSetting",
    "IpLease", "LoginFailure", "MemberStatus", "Node", "NodeStatus", "NodeTask", "Project", "ProjectIcon",
    "ProjectInvite", "ProjectMember", "ProjectRole", "Task", "TaskState", "Team", "TeamMember", "TeamRole", "User",
    "UserRole",
]
