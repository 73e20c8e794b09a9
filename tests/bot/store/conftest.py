"""The store contract: every test here that takes `store` (or `seeded_store`) runs on both
engines, SQLite and PostgreSQL, through the public facade, and must get the same answers.

A test that inspects an engine's internals (its files, PRAGMAs, FTS5 tables) is marked
`sqlite_only` and runs on SQLite alone. Without PostgreSQL, the postgres runs are skipped by
the `postgres` marker (one summary line per file; REQUIRE_POSTGRES=1 makes that a failure).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.store import Store

ENGINES = ("sqlite", "postgres")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: inspects SQLite internals; not a contract")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" not in metafunc.fixturenames:
        return
    engines = ENGINES
    if metafunc.definition.get_closest_marker("sqlite_only"):
        engines = ("sqlite",)
    metafunc.parametrize(
        "engine",
        [pytest.param(e, marks=[pytest.mark.postgres] if e == "postgres" else []) for e in engines],
    )


@pytest.fixture
def engine() -> str:  # replaced by pytest_generate_tests' parameter
    return "sqlite"


@pytest.fixture
def location(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> str | Path:
    """Where the test's fresh store lives on `engine` (synchronous: the cluster's session
    fixtures start it on a loop of their own, outside the test's)."""
    if engine == "postgres":
        # a fresh database from the migrated template; Store.migrate finds it current
        dsn: str = request.getfixturevalue("pg_migrated_dsn")
        return dsn
    return tmp_path / "db" / "reviews.db"


@pytest.fixture
async def store(location: str | Path) -> AsyncIterator[Store]:
    """A fresh, migrated store on the test's engine, closed after the test."""
    opened = await Store.open(location)
    try:
        await opened.migrate()
        yield opened
    finally:
        await opened.close()
