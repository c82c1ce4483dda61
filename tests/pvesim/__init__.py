"""A Proxmox VE API simulator for tests: PVE's REST API over HTTPS, checked against PVE's schema."""
