"""What the databases slice announces to the slices above it (service/api/hooks.py), with each event's keyword
arguments: the slices whose resources use a database answer for them without this one knowing them."""

from __future__ import annotations

# database=Database: the database's own delete route is about to delete it (a project's or an environment's
# deletion takes its users along instead). A hook refuses (raises a Conflict) while something still uses it.
DATABASE_DELETING = "database.deleting"
