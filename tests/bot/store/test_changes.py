"""Writes made by another process reach this process's caches (issue 10 item 8, issue 14).

"Another process" is a second `Store` handle on the same file: its own connection, exactly
what `python -m bot ingest` beside a running bot has. The first handle warms every cache
(anime index, autocomplete, search results, the count of sections waiting for the index)
before the other handle writes, so a stale cache would show.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.models import (
    Catalog,
    CatalogAlias,
    CatalogCharacter,
    CatalogEpisode,
    DocumentKind,
    ParsedDocument,
)
from bot.store import Store
from bot.store.changes import CHANNEL, NotifyWatch
from tests.bot.store.test_store import make_doc

FRIEREN = Catalog(
    title="Frieren: Beyond Journey's End",
    slug="frieren",
    aliases=("Sousou no Frieren",),
    episode_count=28,
    episodes=(CatalogEpisode(1, "The Journey's End"),),
    characters=(
        CatalogCharacter(name="Frieren", first_episode=1),
        CatalogCharacter(name="Fern", aliases=(CatalogAlias("Little Fern"),), first_episode=2),
        CatalogCharacter(name="Himmel", first_episode=1),
    ),
)


def frieren_review() -> ParsedDocument:
    return make_doc(
        "Fern keeps Frieren on schedule while the grimoire hunt meanders pleasantly.",
        title="Frieren – Episode 1 Review",
        anime=FRIEREN.title,
        kind=DocumentKind.EPISODE_REVIEW,
        episode=1,
    )


@pytest.fixture
async def two_handles(tmp_path: Path) -> AsyncIterator[tuple[Store, Store]]:
    """The bot's handle (checking before every call) and another process's handle."""
    path = tmp_path / "reviews.db"
    bot = await Store.open(path, change_check_interval=0)
    await bot.migrate()
    other = await Store.open(path)
    try:
        yield bot, other
    finally:
        await other.close()
        await bot.close()


async def warm(store: Store) -> None:
    """Fill every cache the way a running bot does, and check nothing of Frieren is known."""
    assert await store.find_anime("Frieren") is None
    assert await store.list_anime() == []
    assert await store.character_choices("Fer", None) == []
    assert await store.search("grimoire", None) == []


async def test_another_handles_new_anime_and_characters_are_found(
    two_handles: tuple[Store, Store],
) -> None:
    bot, other = two_handles
    await warm(bot)
    anime = await other.upsert_catalog(FRIEREN)
    found = await bot.find_anime("Sousou no Frieren")
    assert found is not None and found.id == anime.id
    assert [a.title for a in await bot.list_anime()] == [FRIEREN.title]
    names = [c.name for c in await bot.character_choices("Fer", anime.id)]
    assert names[0] == "Fern"
    resolved = await bot.resolve_character("Himmel", anime.id)
    assert resolved is not None and resolved.name == "Himmel"


async def test_another_handles_document_is_searchable_though_it_left_indexing_pending(
    two_handles: tuple[Store, Store],
) -> None:
    bot, other = two_handles
    await warm(bot)  # the bot now believes nothing waits for the search index
    result = await other.add_document(frieren_review())  # queued, not indexed: other stays open
    assert result.added
    hits = await bot.search("grimoire", None)
    assert [h.document_title for h in hits] == ["Frieren – Episode 1 Review"]
    (anime,) = await bot.list_anime()
    assert anime.title == FRIEREN.title
    assert await bot.review_episodes(anime.id) == [1]


async def test_the_bots_own_writes_keep_working_after_another_handle_wrote(
    two_handles: tuple[Store, Store],
) -> None:
    bot, other = two_handles
    await warm(bot)
    await other.upsert_catalog(FRIEREN)
    await bot.add_document(frieren_review())
    assert [h.document_title for h in await bot.search("grimoire", None)] == [
        "Frieren – Episode 1 Review"
    ]
    await other.add_document(make_doc("Himmel's statue scene lands.", anime=FRIEREN.title))
    assert len(await bot.search("statue", None)) == 1
    assert (await other.stats())["documents"] == 2


async def test_between_checks_the_cache_is_trusted_and_notice_changes_asks_at_once(
    tmp_path: Path,
) -> None:
    path = tmp_path / "reviews.db"
    async with await Store.open(path, change_check_interval=3600) as bot:
        await bot.migrate()
        await warm(bot)
        async with await Store.open(path) as other:
            await other.upsert_catalog(FRIEREN)
            await other.add_document(frieren_review())
            # within the interval nothing is asked: the caches still answer
            assert await bot.find_anime("Frieren") is None
            assert await bot.search("grimoire", None) == []
            await bot.notice_changes()
            assert await bot.find_anime("Frieren") is not None
            assert len(await bot.search("grimoire", None)) == 1


async def test_the_default_interval_notices_within_a_quarter_second(tmp_path: Path) -> None:
    path = tmp_path / "reviews.db"
    async with await Store.open(path) as bot:
        await bot.migrate()
        await warm(bot)
        async with await Store.open(path) as other:
            await other.upsert_catalog(FRIEREN)
        await asyncio.sleep(0.3)
        assert await bot.find_anime("Frieren") is not None


# --------------------------------------------------------------------------- PostgreSQL


async def test_a_notify_from_another_process_marks_the_caches_dirty(pg_dsn: str) -> None:
    import asyncpg

    from bot.store.postgres.notify import notify

    watch = await NotifyWatch.listen(pg_dsn, "process-a")
    conn = await asyncpg.connect(pg_dsn)
    try:
        assert not watch.due()
        async with conn.transaction():
            await notify(conn, CHANNEL, "process-a")  # our own write: nothing to drop
        async with conn.transaction():
            await notify(conn, CHANNEL, "process-b")
            await asyncio.sleep(0.2)
            assert not watch.due()  # delivered at COMMIT, not before
        for _ in range(100):
            if watch.due():
                break
            await asyncio.sleep(0.02)
        assert watch.due()
        assert await watch.changed() is True
        assert await watch.changed() is False  # once per notification

        transaction = conn.transaction()
        await transaction.start()
        await notify(conn, CHANNEL, "process-b")
        await transaction.rollback()  # the write failed: nobody is told
        await conn.execute("SELECT pg_notify($1, $2)", "some_other_channel", "x")
        await asyncio.sleep(0.3)
        assert await watch.changed() is False
        assert watch.listener is not None and watch.listener.channel == CHANNEL
    finally:
        await conn.close()
        await watch.close()


async def test_a_lost_listener_connection_means_refresh_everything() -> None:
    watch = NotifyWatch("process-a")
    watch.notified(None)  # the ChangeListener's "notifications may have been missed"
    assert await watch.changed() is True


@pytest.mark.postgres
async def test_a_postgresql_store_sees_what_another_handle_writes(pg_migrated_dsn: str) -> None:
    """Two processes on one PostgreSQL store: the first's caches learn of the second's write
    (its NOTIFY at commit), without waiting for any interval."""
    async with await Store.open(pg_migrated_dsn) as bot, await Store.open(pg_migrated_dsn) as other:
        assert await bot.find_anime("Frieren") is None  # cached: the anime index is warm
        await other.upsert_catalog(FRIEREN)
        for _ in range(100):
            if await bot.find_anime("Frieren") is not None:
                break
            await asyncio.sleep(0.02)
        found = await bot.find_anime("Frieren")
        assert found is not None and found.title == FRIEREN.title
