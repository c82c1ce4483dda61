"""External LDAP (administrators only): Cloudron's `settings/external_ldap_config` and its sync task."""

from fastapi import APIRouter, status

from service.api.deps import AdminUser, Engine, SchedulerDep, SettingsBox, SettingsDep
from service.core.schemas import TaskCreated, error_responses
from service.domains.accounts import ldap_settings, ldap_sync
from service.domains.accounts.ldap_settings import LdapConfigIn, LdapConfigOut

router = APIRouter(prefix="/settings", tags=["settings"])


@router.get("/external_ldap_config", response_model=LdapConfigOut, responses=error_responses(401, 403),
            summary="The external LDAP directory (the bind password as a placeholder)")
async def get_external_ldap_config(_: AdminUser) -> LdapConfigOut:
    return await ldap_settings.public()


@router.post("/external_ldap_config", response_model=LdapConfigOut, responses=error_responses(401, 403, 422),
             summary="Set the external LDAP directory (checked by a bind and a search first), or turn it off")
async def set_external_ldap_config(body: LdapConfigIn, _: AdminUser, box: SettingsBox,
                                   scheduler: SchedulerDep) -> LdapConfigOut:
    answer = await ldap_settings.save(box, body)
    await scheduler.rebuild()  # the hourly sync starts or stops with the directory
    return answer


@router.post("/external_ldap_config/sync", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=error_responses(401, 403, 409, 422),
             summary="Sync the accounts and groups with the directory now (a syncExternalLdap task)")
async def sync_external_ldap(user: AdminUser, engine: Engine, settings: SettingsDep) -> TaskCreated:
    task = await ldap_sync.start_sync(engine, settings, user=user)
    return TaskCreated(task_id=task.id)
