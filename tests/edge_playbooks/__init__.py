"""edge_apply.yml on a real LXC guest, through the real engine."""
