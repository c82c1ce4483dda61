"""The backup configuration (administrators only), Cloudron's `settings/backup_config`."""

from fastapi import APIRouter

from service.api.deps import AdminUser, SchedulerDep, SettingsDep
from service.core.schemas import error_responses
from service.domains.backup_storage import config as backup_config
from service.domains.backup_storage.configure import configure
from service.domains.backup_storage.schemas import BackupConfigIn, BackupConfigOut

router = APIRouter(prefix="/settings", tags=["settings"])


@router.get("/backup_config", response_model=BackupConfigOut, responses=error_responses(401, 403),
            summary="Where, how often and how long backups are kept (secrets as placeholders)")
async def get_backup_config(_: AdminUser, settings: SettingsDep) -> BackupConfigOut:
    return backup_config.public(await backup_config.load(settings))


@router.post("/backup_config", response_model=BackupConfigOut, responses=error_responses(401, 403, 422),
             summary="Set the backup target (verified by a real write first), schedule and retention")
async def set_backup_config(body: BackupConfigIn, _: AdminUser, settings: SettingsDep,
                            scheduler: SchedulerDep) -> BackupConfigOut:
    answer = await configure(settings, body)
    await scheduler.rebuild()
    return answer
