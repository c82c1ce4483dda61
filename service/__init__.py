"""Containr: a self-hosted control plane for Proxmox VE whose engine is Ansible."""

__version__ = "0.1.0"
