"""The backup routers: the control plane's own backups and those of databases."""
