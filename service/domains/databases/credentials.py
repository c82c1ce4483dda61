"""Handing out a database's password: the one place it leaves the service, recorded in the audit log."""

from __future__ import annotations

from fastapi import Request

from service.auth.models import User
from service.core.models import AuditRecord
from service.core.secrets import SecretBox
from service.domains.databases.models import Database, DatabaseType
from service.domains.databases.queries import connection_url
from service.domains.databases.schemas import Credentials


async def reveal(database: Database, box: SecretBox, *, user: User, request: Request) -> Credentials:
    password = str(box.open(database.sealed_password))
    token = getattr(request.state, "api_token", None)
    # Reads are not audited by the middleware; this one is, because it hands out a secret.
    await AuditRecord.create(action="databases.credentials", target=f"database_id={database.id}", status=200,
                             target_kind="database", target_id=str(database.id), target_name=database.name,
                             user_id=user.id, username=user.username, token_id=getattr(token, "id", None),
                             client_ip=request.client.host if request.client else None,
                             project_id=database.project_id)
    return Credentials(user=database.db_user, password=password, host=database.host, port=database.port,
                       database="0" if database.type == DatabaseType.REDIS else database.db_name,
                       connection_url=connection_url(database, password))
