"""Operators' side: runs of any playbook as tracked tasks, and the Ansible inventory of the guests."""
