"""certs_issue.yml through the real engine against Debian's Pebble, resolving through a real BIND (no guests)."""
