"""The project routers: projects, environments, invitations and icons."""
