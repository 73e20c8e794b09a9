"""Store.connect(settings): the engine the settings name, migrated and seeded once."""

from __future__ import annotations

import asyncio
import builtins
import logging
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.config import load_settings
from bot.store import Store, StoreUnavailable

ROOT = Path(__file__).resolve().parents[3]


def settings_for(tmp_path: Path, database_url: str = "") -> Any:
    env = {"DATA_DIR": str(ROOT / "data"), "DATABASE_PATH": str(tmp_path / "reviews.db")}
    if database_url:
        env["DATABASE_URL"] = database_url
    return load_settings(env, require_token=False)


async def test_connect_without_a_url_opens_sqlite_at_database_path(tmp_path: Path) -> None:
    async with await Store.connect(settings_for(tmp_path)) as store:
        assert store.engine == "sqlite"
        assert Path(store.path) == tmp_path / "reviews.db"
        assert (await store.stats())["documents"] == 3  # the seeds of data/


@pytest.mark.postgres
async def test_processes_starting_together_on_postgresql_seed_once(
    tmp_path: Path, pg_dsn: str, caplog: pytest.LogCaptureFixture
) -> None:
    settings = settings_for(tmp_path, pg_dsn)  # an empty database: migrate, then seed
    with caplog.at_level(logging.INFO):
        stores = await asyncio.gather(*(Store.connect(settings) for _ in range(3)))
    try:
        messages = [r.getMessage() for r in caplog.records]
        assert len([m for m in messages if m.startswith("Seeded the store")]) == 1
        assert len([m for m in messages if m.startswith("Applied migration 0001")]) == 1
        assert {s.engine for s in stores} == {"postgres"}
        for store in stores:
            stats = await store.stats()
            assert (stats["documents"], stats["anime"]) == (3, 1)  # not 9 and 3
    finally:
        for store in stores:
            await store.close()


async def test_postgresql_without_asyncpg_is_one_clear_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_import = builtins.__import__

    def no_asyncpg(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "asyncpg" or name.startswith("asyncpg."):
            raise ImportError("No module named 'asyncpg'")
        return real_import(name, *args, **kwargs)

    for module in [m for m in sys.modules if m.startswith(("asyncpg", "bot.store.postgres"))]:
        monkeypatch.delitem(sys.modules, module)
    monkeypatch.setattr(builtins, "__import__", no_asyncpg)
    with pytest.raises(StoreUnavailable) as info:
        await Store.open("postgresql://rouge:pw@127.0.0.1:1/reviews")
    message = str(info.value)
    assert "\n" not in message and "asyncpg" in message and "[postgres]" in message
    assert "pw@" not in message


FRIEREN_TOML = (
    'title = "Frieren: Beyond Journey\'s End"\nslug = "frieren"\nepisode_count = 28\n\n'
    '[[characters]]\nname = "Frieren"\nvoice_actor = "Atsumi Tanezaki"\n'
)


def settings_with_data_dir(tmp_path: Path, database_url: str = "") -> Any:
    env = {"DATA_DIR": str(tmp_path / "data"), "DATABASE_PATH": str(tmp_path / "reviews.db")}
    if database_url:
        env["DATABASE_URL"] = database_url
    return load_settings(env, require_token=False)


async def frieren_after_an_edit(tmp_path: Path, database_url: str = "") -> bool:
    """Start once, add a catalog file to DATA_DIR/catalog, start again: is Frieren known?"""
    settings = settings_with_data_dir(tmp_path, database_url)
    async with await Store.connect(settings):
        pass
    (tmp_path / "data" / "catalog").mkdir(parents=True)
    (tmp_path / "data" / "catalog" / "frieren.toml").write_text(FRIEREN_TOML, encoding="utf-8")
    async with await Store.connect(settings) as store:
        return await store.find_anime("Frieren: Beyond Journey's End") is not None


async def test_on_sqlite_a_start_loads_edited_catalog_files(tmp_path: Path) -> None:
    assert await frieren_after_an_edit(tmp_path)


@pytest.mark.postgres
async def test_on_postgresql_the_store_not_the_files_holds_the_catalogs(
    tmp_path: Path, pg_dsn: str
) -> None:
    # processes on other machines must not reload their own files over each other
    assert not await frieren_after_an_edit(tmp_path, pg_dsn)
    settings = settings_with_data_dir(tmp_path, pg_dsn)
    done = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "catalog",
        "load",
        str(tmp_path / "data" / "catalog" / "frieren.toml"),
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "DATABASE_URL": pg_dsn},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await done.communicate()
    assert done.returncode == 0, err.decode()
    assert out.decode().startswith("loaded ")
    async with await Store.connect(settings) as store:
        frieren = await store.find_anime("Frieren: Beyond Journey's End")
        assert frieren is not None and frieren.episode_count == 28
