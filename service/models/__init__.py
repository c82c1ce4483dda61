"""Every Tortoise model of Containr, gathered from the slices that own them: Tortoise's registry and aerich's
migrations know them under the one app label `models` (MODEL_MODULES in service.core.db)."""

from service.auth.models import ApiToken, Group, LoginFailure, User, UserRole
from service.core.models import AuditRecord, InstanceSetting
from service.domains.backup_storage.models import Backup, BackupState, BackupType
from service.domains.databases.models import Database, DatabaseStatus, DatabaseType
from service.domains.git.models import GitProvider, GitProviderType
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
from service.domains.services.models import (
    Build,
    BuilderType,
    BuildStatus,
    BuildTrigger,
    Release,
    Service,
    ServiceStatus,
    ServiceType,
    SourceType,
)
from service.domains.teams.models import MemberStatus, Team, TeamMember, TeamRole
from service.tasks.locks import RunLock
from service.tasks.models import Task, TaskState

__all__ = [
    "ApiToken", "AuditRecord", "Backup", "BackupState", "BackupType", "Build", "BuildStatus", "BuildTrigger",
    "BuilderType", "Database", "DatabaseStatus", "DatabaseType", "EnvVariable", "Environment", "EnvironmentType",
    "GitProvider", "GitProviderType", "Group", "Guest", "GuestKind", "GuestStatus", "InstanceSetting", "IpLease",
    "LoginFailure", "MemberStatus", "Node", "NodeStatus", "NodeTask", "Project", "ProjectIcon", "ProjectInvite",
    "ProjectMember", "ProjectRole", "Release", "RunLock", "Service", "ServiceStatus", "ServiceType", "SourceType",
    "Task", "TaskState", "Team", "TeamMember", "TeamRole", "User", "UserRole",
]
