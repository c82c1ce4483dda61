"""The operator's playbooks: the catalogue and runs of any of them (administrators only)."""

from fastapi import APIRouter, status

from service.actions import playbooks
from service.api.deps import AdminUser, Engine, SettingsDep
from service.core.paging import PagingDep
from service.core.schemas import Page, TaskCreated, error_responses
from service.domains.playbooks import operator
from service.domains.playbooks.schemas import PlaybookOut, PlaybookRunRequest

router = APIRouter(prefix="/playbooks", tags=["playbooks"])


@router.get("", response_model=Page[PlaybookOut], responses=error_responses(401, 403),
            summary="Every playbook with the vars its header documents")
async def list_playbooks(_: AdminUser, settings: SettingsDep, paging: PagingDep) -> Page[PlaybookOut]:
    docs = playbooks.catalogue(settings.playbooks_dir)
    if paging.search:
        needle = paging.search.lower()
        docs = [doc for doc in docs if needle in doc.name.lower() or needle in doc.description.lower()]
    chosen = docs[paging.offset: paging.offset + paging.per_page]
    items = [PlaybookOut.model_validate(doc, from_attributes=True) for doc in chosen]
    return Page[PlaybookOut](items=items, total=len(docs), page=paging.page, per_page=paging.per_page)


@router.post("/{name}/run", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=error_responses(401, 403, 404, 409, 422), summary="Run a playbook as a tracked task",
             description="A run of a playbook with the same limit as an active one waits behind it (`ifBusy`: "
                         "`queue`, the default) or is refused with 409 `busy` naming that task (`refuse`).")
async def run_playbook(name: str, body: PlaybookRunRequest, user: AdminUser, engine: Engine,
                       settings: SettingsDep) -> TaskCreated:
    task = await operator.run_playbook(engine, settings, name=name, body=body, user=user)
    return TaskCreated(task_id=task.id)
