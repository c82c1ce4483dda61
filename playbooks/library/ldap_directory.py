#!/usr/bin/python
"""Ansible module: the users and groups of an LDAP directory, read with ldap3 (the bind password from the
environment, never from the module's arguments)."""

from __future__ import annotations

import os

from ansible.module_utils.basic import AnsibleModule

DOCUMENTATION = r"""
module: ldap_directory
short_description: List the users and groups of an LDAP directory
description:
  - Binds as bind_dn with the password in the environment variable named by password_env, lists the entries
    under base_dn that match filter (users) and, when group_base_dn is set, the entries under it that match
    group_filter (groups) with the usernames of their members. Changes nothing.
options:
  url:
    description: ldap:// or ldaps:// URL of the directory.
    type: str
    required: true
  base_dn:
    description: Where users are searched.
    type: str
    required: true
  filter:
    description: The filter users match (empty for every entry).
    type: str
    default: ""
  username_field:
    description: The attribute holding the username.
    type: str
    default: uid
  bind_dn:
    description: The DN to bind as.
    type: str
    required: true
  password_env:
    description: The environment variable holding the bind password.
    type: str
    default: CONTAINR_LDAP_BIND_PASSWORD
  group_base_dn:
    description: Where groups are searched (empty, no groups).
    type: str
    default: ""
  group_filter:
    description: The filter groups match.
    type: str
    default: (objectClass=groupOfNames)
  groupname_field:
    description: The attribute holding a group's name.
    type: str
    default: cn
author: Containr
"""

RETURN = r"""
users:
  description: Each user's username, email, displayName and dn.
  type: list
  elements: dict
groups:
  description: Each group's name, dn and members (the usernames of the users found among its member DNs).
  type: list
  elements: dict
"""

TIMEOUT = 30


def _first(attributes: dict, name: str) -> str | None:
    values = attributes.get(name)
    if isinstance(values, list):
        return str(values[0]) if values else None
    return str(values) if values else None


def _wrapped(text: str, default: str) -> str:
    text = text.strip() or default
    return text if text.startswith("(") else f"({text})"


def _entries(conn, base: str, search_filter: str, attributes: list[str]) -> list[dict]:
    import ldap3

    found = conn.extend.standard.paged_search(base, search_filter, search_scope=ldap3.SUBTREE,
                                              attributes=attributes, paged_size=500, generator=False)
    # A failed search must fail the run: an empty list would read as "every user is gone".
    if (conn.result or {}).get("result") != 0:
        raise LookupError(f"search under {base} failed: {(conn.result or {}).get('description')}")
    return [entry for entry in found if entry.get("type") == "searchResEntry"]


def main() -> None:
    module = AnsibleModule(argument_spec={
        "url": {"type": "str", "required": True},
        "base_dn": {"type": "str", "required": True},
        "filter": {"type": "str", "default": ""},
        "username_field": {"type": "str", "default": "uid"},
        "bind_dn": {"type": "str", "required": True},
        "password_env": {"type": "str", "default": "CONTAINR_LDAP_BIND_PASSWORD", "no_log": False},
        "group_base_dn": {"type": "str", "default": ""},
        "group_filter": {"type": "str", "default": "(objectClass=groupOfNames)"},
        "groupname_field": {"type": "str", "default": "cn"},
    }, supports_check_mode=True)
    params = module.params
    try:
        import ldap3
        from ldap3.core.exceptions import LDAPException
    except ImportError as exc:
        module.fail_json(msg=f"the ldap3 Python library is missing from the interpreter running this module: {exc}")
    password = os.environ.get(params["password_env"], "")
    if not password:
        module.fail_json(msg=f"no bind password in the environment ({params['password_env']})")
    field = params["username_field"]
    try:
        server = ldap3.Server(params["url"], connect_timeout=TIMEOUT, get_info=ldap3.NONE)
        conn = ldap3.Connection(server, user=params["bind_dn"], password=password, receive_timeout=TIMEOUT)
        if not conn.bind():
            module.fail_json(msg=f"the directory refused the bind as {params['bind_dn']}: "
                                 f"{conn.result.get('description')}")
        users = []
        for entry in _entries(conn, params["base_dn"], _wrapped(params["filter"], "(objectClass=*)"),
                              [field, "mail", "displayName", "cn"]):
            attributes = entry.get("attributes", {})
            username = _first(attributes, field)
            if username:
                users.append({"username": username, "email": _first(attributes, "mail"),
                              "displayName": _first(attributes, "displayName") or _first(attributes, "cn"),
                              "dn": entry["dn"]})
        by_dn = {user["dn"].lower(): user["username"] for user in users}
        groups = []
        if params["group_base_dn"]:
            name_field = params["groupname_field"]
            for entry in _entries(conn, params["group_base_dn"],
                                  _wrapped(params["group_filter"], "(objectClass=groupOfNames)"),
                                  [name_field, "member", "uniqueMember"]):
                attributes = entry.get("attributes", {})
                name = _first(attributes, name_field)
                members = list(attributes.get("member") or []) + list(attributes.get("uniqueMember") or [])
                if name:
                    groups.append({"name": name, "dn": entry["dn"], "members": sorted(
                        {by_dn[str(dn).lower()] for dn in members if str(dn).lower() in by_dn})})
        conn.unbind()
    except LookupError as exc:
        module.fail_json(msg=str(exc))
    except LDAPException as exc:
        module.fail_json(msg=f"{params['url']}: {type(exc).__name__}: {exc}")
    module.exit_json(changed=False, users=users, groups=groups)


if __name__ == "__main__":
    main()
