"""The migrations describe the models: a model change without a migration fails here."""

from __future__ import annotations

import shutil
from pathlib import Path

from aerich import Command

from service.config import Settings
from service.core.db import MIGRATIONS_DIR, migrate, tortoise_config


async def test_models_have_no_change_without_a_migration(tmp_path: Path):
    location = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, location)
    before = sorted(p.name for p in (location / "models").glob("*.py"))
    settings = Settings(data_dir=tmp_path / "data", secret_key="k" * 48)
    settings.ensure_data_dir()
    async with Command(tortoise_config(settings), app="models", location=str(location)) as command:
        await command.init(offline=True)
        generated = await command.migrate(name="pending", no_input=True, offline=True)
    after = sorted(p.name for p in (location / "models").glob("*.py"))
    assert not generated and after == before, (
        f"the models changed without a migration; aerich would write {generated}: see migrations/README.md")


async def test_migrations_apply_once_to_a_fresh_database(tmp_path: Path):
    settings = Settings(data_dir=tmp_path / "data", secret_key="k" * 48)
    applied = await migrate(settings)
    # In number order (10 after 9), as aerich applies them.
    assert applied == sorted((p.name for p in (MIGRATIONS_DIR / "models").glob("[0-9]*_*.py")),
                             key=lambda name: int(name.split("_", 1)[0]))
    assert await migrate(settings) == []
