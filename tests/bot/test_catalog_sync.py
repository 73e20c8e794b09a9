"""bot.catalog_sync: the catalog files into the store, each only when it changed."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from bot import paths
from bot.catalog_sync import sync_catalogs
from bot.store import Store


async def test_sync_catalogs_loads_a_new_catalog_once(
    seeded_store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data = tmp_path / "data"
    shutil.copytree(paths.BUNDLED_CATALOGS, data / "catalog")
    (data / "catalog" / "frieren.toml").write_text(
        'title = "Frieren"\nslug = "frieren"\nepisode_count = 28\n\n'
        '[[characters]]\nname = "Frieren"\nvoice_actor = "Atsumi Tanezaki"\n',
        encoding="utf-8",
    )
    with caplog.at_level(logging.INFO, logger="bot.catalog_sync"):
        await sync_catalogs(seeded_store, [data / "catalog"])
    loaded = [r.getMessage() for r in caplog.records if "Loaded catalog" in r.getMessage()]
    assert loaded == ["Loaded catalog 'Frieren'"]  # Metallic Rouge's is unchanged since seeding
    frieren = await seeded_store.find_anime("Frieren")
    assert frieren is not None
    assert frieren.episode_count == 28
    character = await seeded_store.resolve_character("Frieren", frieren.id)
    assert character is not None
    assert character.voice_actor == "Atsumi Tanezaki"
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="bot.catalog_sync"):
        await sync_catalogs(seeded_store, [data / "catalog"])
    assert not [r for r in caplog.records if "Loaded catalog" in r.getMessage()]
