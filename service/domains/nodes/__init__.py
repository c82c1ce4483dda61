"""Proxmox VE nodes and the guests Containr makes on them: registration, checks, addresses, guest actions."""
