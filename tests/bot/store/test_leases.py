"""Leases (bot/store/leases.py): background work held by one process at a time.

Two `Store` handles on one file stand for two processes; a plain sqlite3 connection stands
for a process that took a lease and then died (it never renews nor releases).
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from contextlib import closing
from pathlib import Path

import pytest

from bot import paths
from bot.store import Store
from bot.store.sqlite import leases as sql


@pytest.fixture
async def two(tmp_path: Path) -> AsyncIterator[tuple[Store, Store]]:
    path = tmp_path / "reviews.db"
    first = await Store.open(path)
    await first.migrate()
    second = await Store.open(path)
    try:
        yield first, second
    finally:
        await second.close()
        await first.close()


def dead_process_takes(path: str, name: str, seconds: float) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        row = connection.execute(sql.ACQUIRE_LEASE, (name, "dead-process", seconds)).fetchone()
        assert row is not None


def holder_of(path: str, name: str) -> str | None:
    with closing(sqlite3.connect(path)) as connection:
        row = connection.execute("SELECT holder FROM leases WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])


async def test_one_holder_at_a_time_across_processes_and_tasks(two: tuple[Store, Store]) -> None:
    first, second = two
    async with first.lease("feeds", ttl=30) as mine:
        assert mine and mine.held
        async with second.lease("feeds", ttl=30) as theirs:
            assert not theirs
        async with first.lease("feeds", ttl=30) as another_task:
            assert not another_task  # each lease() is its own holder
        async with second.lease("announcements", ttl=30) as other_work:
            assert other_work  # names are independent
        assert holder_of(first.path, "feeds") == mine.holder
    assert not mine  # released on leaving
    assert holder_of(first.path, "feeds") is None
    async with second.lease("feeds", ttl=30) as theirs:
        assert theirs


async def test_a_dead_holders_lease_is_taken_over_once_it_expires(
    two: tuple[Store, Store],
) -> None:
    first, _ = two
    dead_process_takes(first.path, "feeds", 0.3)
    async with first.lease("feeds", ttl=30) as early:
        assert not early
    await asyncio.sleep(0.4)
    async with first.lease("feeds", ttl=30) as late:
        assert late
        assert holder_of(first.path, "feeds") == late.holder


async def test_a_held_lease_is_renewed_past_its_ttl(two: tuple[Store, Store]) -> None:
    first, second = two
    async with first.lease("feeds", ttl=0.3) as mine:
        for _ in range(5):  # 1 s: more than three ttls
            await asyncio.sleep(0.2)
            async with second.lease("feeds", ttl=0.3) as theirs:
                assert not theirs
            assert mine.held


async def test_a_lease_lost_while_held_says_so(two: tuple[Store, Store]) -> None:
    first, _ = two
    async with first.lease("feeds", ttl=0.3) as mine:
        assert mine
        # this process hung past the ttl and another one took the work over
        with closing(sqlite3.connect(first.path, isolation_level=None)) as connection:
            connection.execute("UPDATE leases SET expires_at = 0 WHERE name = 'feeds'")
        dead_process_takes(first.path, "feeds", 30)
        await asyncio.sleep(0.3)
        assert not mine.held
    assert holder_of(first.path, "feeds") == "dead-process"  # not released by the loser


async def test_bad_leases_are_refused(two: tuple[Store, Store]) -> None:
    first, _ = two
    with pytest.raises(ValueError, match="name"):
        async with first.lease("", ttl=30):
            pass
    with pytest.raises(ValueError, match="ttl"):
        async with first.lease("feeds", ttl=0):
            pass


def test_the_sqlite_leases_table_mirrors_postgres() -> None:
    sqlite_file = paths.migrations_dir("sqlite") / "0004_leases.sql"
    postgres_file = paths.migrations_dir("postgres") / "0004_leases.sql"
    for text in (sqlite_file.read_text(), postgres_file.read_text()):
        assert "CREATE TABLE leases" in text
        for column in ("name", "holder", "expires_at"):
            assert f"\n    {column} " in text


async def test_processes_starting_together_migrate_one_fresh_file_once(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    handles = [await Store.open(path) for _ in range(3)]
    try:
        versions = await asyncio.gather(*(h.migrate() for h in handles))
        newest = int(sorted(paths.migrations_dir("sqlite").glob("*.sql"))[-1].name[:4])
        assert versions == [newest] * 3
        async with handles[0].lease("feeds", ttl=30) as lease:  # the schema is whole
            assert lease
    finally:
        for handle in handles:
            await handle.close()
