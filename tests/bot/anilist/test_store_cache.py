"""AniList's answers kept in the store (bot/anilist/cache.py, migration 0008): a repeated import
within 24 h sends the emulator nothing, even from a newly opened store; after 24 h it asks again.
"""

from __future__ import annotations

from pathlib import Path

from anilist_sandbox import AniListSandbox
from bot.anilist.cache import StoreCache
from bot.anilist.client import CACHE_TTL
from bot.anilist.service import import_catalog
from bot.store import Store

from .conftest import FakeClock, make_client

DAY = 24 * 3600.0


async def _import(sandbox: AniListSandbox, clock: FakeClock, db: Path, data: Path) -> int:
    """Import Metallic Rouge with a store-backed cache; the requests the emulator received."""
    before = sandbox.request_count
    async with await Store.open(db) as store:
        await store.migrate()
        async with make_client(sandbox, clock, cache=StoreCache(store, clock=clock)) as client:
            await import_catalog(client, "Metallic Rouge", data_dir=data)
    return sandbox.request_count - before


async def test_a_second_import_within_a_day_sends_no_request(
    sandbox: AniListSandbox, tmp_path: Path
) -> None:
    assert CACHE_TTL == DAY  # the 24 hours
    clock = FakeClock()
    db, data = tmp_path / "reviews.db", tmp_path / "data"
    assert await _import(sandbox, clock, db, data) == 2  # one search, one page of characters
    clock.now += DAY - 1
    assert await _import(sandbox, clock, db, data) == 0  # another run: a new store, same file
    clock.now += 1  # 24 h after the answers were fetched
    assert await _import(sandbox, clock, db, data) == 2


async def test_answers_round_trip_and_expired_ones_are_dropped(tmp_path: Path) -> None:
    clock = FakeClock(now=5000.0)
    async with await Store.open(tmp_path / "reviews.db") as store:
        await store.migrate()
        cache = StoreCache(store, clock=clock)
        answer = {"Media": {"id": 1, "title": {"native": "メタリックルージュ"}, "episodes": None}}
        await cache.put("a", answer, 60.0)
        assert await cache.get("a") == answer
        assert await cache.get("missing") is None
        clock.now += 60.0
        assert await cache.get("a") is None  # expired: a miss, though the row is still there
        assert await store.cached_anilist_response("a", 0.0) is not None
        await cache.put("b", [1, 2], 60.0)  # storing another answer deletes the expired one
        assert await store.cached_anilist_response("a", 0.0) is None
        assert await cache.get("b") == [1, 2]
