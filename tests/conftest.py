"""Shared fixtures: a migrated store on a temporary file, and one seeded from data/."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from hypothesis import settings

from bot import paths
from bot.models import Anime
from bot.store import Store

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "data"
SEEDS_DIR = DATA_DIR / "seeds"  # the seeds as the project ships them (data/seeds, unchanged)
CATALOG_DIR = paths.BUNDLED_CATALOGS

# the throwaway PostgreSQL cluster's fixtures: postgres_dsn, pg_dsn, pg_migrated_dsn
pytest_plugins = ("tests.pg",)

# The property tests explore new random cases on every local run (and the examples that failed
# are replayed from .hypothesis/). CI runs them derandomized (HYPOTHESIS_PROFILE=ci in .ci/run):
# the same cases every time, so a red build is one the next person can reproduce; cases found
# at random locally are pinned as @example.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    """A fresh store on tmp_path with every migration applied, closed after the test."""
    opened = await Store.open(tmp_path / "db" / "reviews.db")
    try:
        await opened.migrate()
        yield opened
    finally:
        await opened.close()


@pytest.fixture
async def seeded_store(store: Store) -> Store:
    """`store` after first-start seeding: the catalogs and the seed documents of data/."""
    from bot.ingest import seed_if_empty  # here, so a broken ingest fails only these tests

    reports = await seed_if_empty(store, paths.catalog_dirs(DATA_DIR))
    assert reports is not None
    assert [r.status for r in reports] == ["added"] * len(reports), [r.reason for r in reports]
    return store


@pytest.fixture
async def metallic_rouge(seeded_store: Store) -> Anime:
    """The seeded anime."""
    anime = await seeded_store.find_anime("Metallic Rouge")
    assert anime is not None
    return anime
