"""Every Tortoise model of Containr, gathered from the slices that own them: Tortoise's registry and aerich's
migrations know them under the one app label `models` (MODEL_MODULES in service.core.db)."""

from service.auth.models import ApiToken, Group, LoginFailure, User, UserRole
from service.core.models import AuditRecord, InstanceSetting
from service.domains.apps.models import App, Health, InstallationState, RunState
from service.domains.backup_storage.models import Backup, BackupState, BackupType
from service.domains.databases.models import Database, DatabaseStatus, DatabaseType
from service.domains.deployments.models import Deployment, DeploymentEvent, DeploymentToken, Instance
from service.domains.dns.models import Domain, Route, TlsProvider
from service.domains.edge.models import AcmeAccount, Certificate, CertificateStatus, Challenge, Edge, EdgeStatus
from service.domains.events.models import Event
from service.domains.git.models import GitProvider, GitProviderType
from service.domains.mail.models import Mailbox, MailDomain, MailServer, MailServerStatus, OwnerType
from service.domains.nodes.models import Guest, GuestKind, GuestStatus, IpLease, Node, NodeStatus, NodeTask
from service.domains.notifications.models import Delivery, DeliveryStatus, Notification, NotificationType
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
from service.domains.registries.models import Registry, RegistryType
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
from service.domains.storages.models import Storage
from service.domains.teams.models import MemberStatus, Team, TeamMember, TeamRole
from service.domains.versions.models import Image, Version, VersionType
from service.domains.workflows.build_models import BuildRunner, WorkflowBuild, WorkflowBuildStep
from service.domains.workflows.models import StepImage, Workflow, WorkflowImage
from service.tasks.locks import RunLock
from service.tasks.models import Lease, Task, TaskLogLine, TaskState, Worker

__all__ = [
    "AcmeAccount", "ApiToken", "App", "AuditRecord", "Backup", "BackupState", "BackupType", "Build", "BuildStatus",
    "BuildTrigger", "BuilderType", "Certificate", "CertificateStatus", "Challenge", "Database", "DatabaseStatus",
    "DatabaseType", "Domain", "Edge", "EdgeStatus", "EnvVariable", "Environment", "EnvironmentType", "GitProvider",
    "GitProviderType", "Group", "Guest", "GuestKind", "GuestStatus", "Health", "InstallationState", "InstanceSetting",
    "IpLease", "LoginFailure", "MailDomain", "MailServer", "MailServerStatus", "Mailbox", "MemberStatus", "Node",
    "NodeStatus", "NodeTask", "OwnerType", "Project", "ProjectIcon", "ProjectInvite", "ProjectMember", "ProjectRole",
    "Registry", "RegistryType", "Release", "Route", "RunLock", "RunState", "Service", "ServiceStatus", "ServiceType",
    "SourceType", "Storage", "Task", "TaskState", "Team", "TeamMember", "TeamRole", "TlsProvider", "User", "UserRole",
    "Image", "Version", "VersionType", "Deployment", "DeploymentEvent", "DeploymentToken", "Instance",
    "StepImage", "Workflow", "WorkflowImage", "BuildRunner", "WorkflowBuild", "WorkflowBuildStep",
    "Event", "Delivery", "DeliveryStatus", "Notification", "NotificationType", "Lease", "TaskLogLine", "Worker",
]
