"""The action catalogue: what the API may ask Ansible to do, and with which validated vars."""
