"""The operator routers: playbook runs and the inventory."""
