"""The databases slice's route under a node: the versions a database may have there, so a client offers them
before a create instead of learning them from a refusal."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter

from service.api.deps import CurrentUser
from service.core.schemas import error_responses
from service.domains.databases import versions
from service.domains.databases.models import DatabaseType
from service.domains.databases.schemas import DatabaseVersions
from service.domains.nodes.registry import visible_node

router = APIRouter(prefix="/nodes", tags=["databases"])


@router.get("/{node_id}/database-versions", response_model=DatabaseVersions,
            responses=error_responses(401, 403, 404, 422),
            summary="The versions a database of each type may have on the node (those a create accepts)")
async def database_versions(node_id: UUID, user: CurrentUser) -> DatabaseVersions:
    node = await visible_node(node_id, user)
    # The very function POST /databases checks a version with: the two never disagree.
    return DatabaseVersions(**{kind.value: versions.available(node, kind) for kind in DatabaseType})
