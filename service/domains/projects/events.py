"""What the projects slice announces to the slices above it (service/api/hooks.py), with each event's keyword
arguments: those slices keep what they hold in a project or an environment true without this one knowing them."""

from __future__ import annotations

# project=Project, user=User: a project was just made (through POST /projects); a hook makes what the project
# starts with in its slice (a versionless project's one rolling version).
PROJECT_CREATED = "project.created"
# project=Project, user=User: the project, and everything in it, is about to go. A hook starts the removal of
# what it holds there, or refuses (raises) before starting anything.
PROJECT_DELETING = "project.deleting"
# environment=Environment, force=bool, user=User: as PROJECT_DELETING for one environment; without `force` a
# hook refuses (409) while the environment holds anything of its slice.
ENVIRONMENT_DELETING = "environment.deleting"
# source=Environment: an environment is about to be copied; a hook refuses (raises) when it could not copy what
# it holds in the source, before the copy exists.
ENVIRONMENT_CLONING = "environment.cloning"
# source=Environment, copy=Environment, user=User: the copy exists (its variables copied); a hook copies what it
# holds in the source. One that fails before starting anything puts back what it made and deletes the copy.
ENVIRONMENT_CLONED = "environment.cloned"
