"""Projects (seed 003): members and roles, environments and variables, invitations, icons."""
