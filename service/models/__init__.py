"""Every Tortoise model of Containr, gathered from the slices that own them: Tortoise's registry and aerich's
migrations know them under the one app label `models` (MODEL_MODULES in service.core.db)."""

from service.auth.models import ApiToken, Group, LoginFailure, User, UserRole
from service.core.models import AuditRecord, InstanceSetting
from service.domains.backup_storage.models import Backup, BackupState, BackupType
from service.domains.databases.models import Database, DatabaseStatus, DatabaseType
from service.domains.nodes.models import Guest, GuestKind, GuestStatus, IpLease, Node, NodeStatus, NodeTask
from service.domains.projects.models import (
    Environment,
    EnvironmentType,
    EnvVariable,
    Project,
    ProjectIcon,
    ProjectInvite,
    ProjectMember,
    ProjectRole,
)
from service.domains.teams.models import MemberStatus, Team, TeamMember, TeamRole
from service.tasks.locks import RunLock
from service.tasks.models import Task, TaskState

__all__ = [
    "ApiToken", "AuditRecord", "Backup", "BackupState", "BackupType", "Database", "DatabaseStatus", "DatabaseType",
    "EnvVariable", "Environment", "EnvironmentType", "Group", "Guest", "GuestKind", "GuestStatus",
    "InstanceSetting", "IpLease", "LoginFailure", "MemberStatus", "Node", "NodeStatus", "NodeTask", "Project",
    "ProjectIcon", "ProjectInvite", "ProjectMember", "ProjectRole", "RunLock", "Task", "TaskState", "Team",
    "TeamMember", "TeamRole", "User", "UserRole",
]
