"""The audit log as an API: instance, team, project and node records."""
