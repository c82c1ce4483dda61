"""Every event type Containr records, in one list (README, "Notifications", documents each)."""

from __future__ import annotations

# type -> what it means, as the dashboard and the API's documentation say it.
EVENT_TYPES: dict[str, str] = {
    "deployment.created": "A deployment was created",
    "deployment.succeeded": "A deployment started its instances",
    "deployment.failed": "A deployment failed",
    "version.created": "A project version was created",
    "node.added": "A node was added",
    "node.offline": "A node stopped answering its check",
    "user.joined": "A user joined the team",
    "backup.failed": "A backup failed",
    "certificate.renewal_failed": "A certificate could not be renewed",
    "database.failed": "A database could not be created or changed",
    "app.unhealthy": "An app stopped answering its health check",
    "update.applied": "An update was applied to a node's guests or an app",
    "update.rolled_back": "An update failed and was rolled back",
    "task.failed": "A task failed, timed out or crashed",
}
