"""Where a new database goes: the project the caller may create in, its environment and the node, each
refused naming the field it came from."""

from __future__ import annotations

from uuid import UUID

from service.auth.models import User
from service.core.errors import Forbidden, Invalid, NotFound
from service.domains.nodes.models import Node, NodeStatus
from service.domains.projects import access as projects
from service.domains.projects.models import Environment, Project, ProjectRole


async def project_for(project_id: UUID, user: User) -> Project:
    try:
        project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.MEMBER)
    except NotFound:
        raise NotFound(f"No project {project_id}", details={"field": "projectId"}) from None
    except Forbidden:
        raise Forbidden("Creating a database needs the project role member or above",
                        details={"field": "projectId"}) from None
    return project


async def environment_for(project: Project, environment_id: UUID | None) -> Environment:
    if environment_id is None:
        environment = await Environment.get_or_none(project=project, is_default=True)
        if environment is None:
            raise Invalid(f"Project {project.name} has no default environment; name one",
                          details={"field": "environmentId"})
        return environment
    environment = await Environment.get_or_none(id=environment_id, project=project)
    if environment is None:
        raise Invalid(f"Project {project.name} has no environment {environment_id}", code="not_found",
                      details={"field": "environmentId"})
    return environment


async def node_for(project: Project, node_id: UUID | None) -> Node:
    """The node named, else the project's default, else the team's only online node; always one of the project's
    team."""
    chosen = node_id or project.default_node_id
    if chosen is None:
        return await _only_online_node(project)
    node = await Node.get_or_none(id=chosen, team_id=project.team_id)
    if node is None:
        raise Invalid(f"No node {chosen} in the project's team", code="not_found", details={"field": "nodeId"})
    return node


async def _only_online_node(project: Project) -> Node:
    # One online node is the only sensible place; with more (or none) the choice is the caller's to make.
    online = await Node.filter(team_id=project.team_id, status=NodeStatus.ONLINE).order_by("name")
    if len(online) == 1:
        return online[0]
    how = (f"set the project's default with PUT /api/v1/projects/{project.id} {{\"defaultNodeId\": \"<node id>\"}} "
           "or name one with nodeId")
    if online:
        found = f"its team has several online nodes ({', '.join(n.name for n in online)})"
    else:
        found = "its team has no online node (register one with POST /api/v1/nodes; once its check passes it is used)"
    raise Invalid(f"Project {project.name} has no default node and {found}; {how}", code="no_default_node",
                  details={"field": "nodeId"})
