"""The PostgreSQL engine's plumbing on a real PostgreSQL (bot/store/postgres/): locked
migrations, the schema they build, one-time seeding, LISTEN/NOTIFY and the lease statements,
each with several concurrent "processes" (pools or connections)."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest

from bot import paths
from bot.store.migrations import MigrationError, migration_files
from bot.store.postgres import leases
from bot.store.postgres.connection import connect_pool, seed_once
from bot.store.postgres.migrations import migrate
from bot.store.postgres.notify import ChangeListener, notify

pytestmark = pytest.mark.postgres


async def acquire_lease(db: asyncpg.Pool, name: str, holder: str, seconds: float) -> bool:
    return await db.fetchval(leases.ACQUIRE_LEASE, name, holder, float(seconds)) is not None


async def renew_lease(db: asyncpg.Pool, name: str, holder: str, seconds: float) -> bool:
    return await db.fetchval(leases.RENEW_LEASE, name, holder, float(seconds)) is not None


async def release_lease(db: asyncpg.Pool, name: str, holder: str) -> bool:
    return await db.fetchval(leases.RELEASE_LEASE, name, holder) is not None


PG_MIGRATIONS = paths.migrations_dir("postgres")
SQLITE_MIGRATIONS = paths.migrations_dir("sqlite")
NEWEST = len(list(PG_MIGRATIONS.glob("*.sql")))
SNOWFLAKE = 1_195_574_848_471_527_424  # a real-sized Discord id: more than 32 bits


@pytest.fixture
async def pool(pg_dsn: str) -> AsyncIterator[asyncpg.Pool]:
    opened = await connect_pool(pg_dsn, min_size=1, max_size=4)
    try:
        yield opened
    finally:
        await opened.close()


@pytest.fixture
async def db(pg_migrated_dsn: str) -> AsyncIterator[asyncpg.Pool]:
    opened = await connect_pool(pg_migrated_dsn, min_size=1, max_size=4)
    try:
        yield opened
    finally:
        await opened.close()


# --------------------------------------------------------------------------- migrations


async def test_migrate_applies_every_file_once_and_records_it(pool: asyncpg.Pool) -> None:
    assert await migrate(pool, PG_MIGRATIONS) == NEWEST
    rows = await pool.fetch("SELECT version, name FROM schema_version ORDER BY version")
    assert [(r["version"], r["name"]) for r in rows] == [
        (n, p.name) for n, p in migration_files(PG_MIGRATIONS)
    ]
    assert await migrate(pool, PG_MIGRATIONS) == NEWEST  # again: nothing to do, no error
    assert await pool.fetchval("SELECT count(*) FROM schema_version") == NEWEST


async def test_processes_starting_together_migrate_once(pg_dsn: str) -> None:
    pools = [await connect_pool(pg_dsn, min_size=1, max_size=1) for _ in range(4)]
    try:
        versions = await asyncio.gather(*(migrate(p, PG_MIGRATIONS) for p in pools))
        assert versions == [NEWEST] * 4
        rows = await pools[0].fetch("SELECT version FROM schema_version ORDER BY version")
        assert [r["version"] for r in rows] == list(range(1, NEWEST + 1))
    finally:
        for p in pools:
            await p.close()


async def test_a_failing_migration_rolls_the_whole_run_back(
    pool: asyncpg.Pool, tmp_path: Path
) -> None:
    shutil.copy(PG_MIGRATIONS / "0001_initial.sql", tmp_path / "0001_initial.sql")
    (tmp_path / "0002_broken.sql").write_text("CREATE TABLE ok (x int);\nSELECT nonsense(;\n")
    with pytest.raises(asyncpg.PostgresSyntaxError):
        await migrate(pool, tmp_path)
    assert await pool.fetchval("SELECT to_regclass('schema_version')") is None
    assert await pool.fetchval("SELECT to_regclass('anime')") is None


async def test_a_database_newer_than_the_files_is_refused(
    pool: asyncpg.Pool, tmp_path: Path
) -> None:
    await migrate(pool, PG_MIGRATIONS)
    shutil.copy(PG_MIGRATIONS / "0001_initial.sql", tmp_path / "0001_initial.sql")
    with pytest.raises(MigrationError, match=f"schema version {NEWEST} .* newest migration"):
        await migrate(pool, tmp_path)


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (["0001_a.sql", "0003_c.sql"], "without gaps"),
        (["0001_a.sql", "01_b.sql"], "share number 1"),
        (["0001_a.sql", "first.sql"], "not named"),
    ],
)
def test_inconsistent_migration_files_are_refused(
    tmp_path: Path, names: list[str], message: str
) -> None:
    for name in names:
        (tmp_path / name).write_text("SELECT 1;")
    with pytest.raises(MigrationError, match=message):
        migration_files(tmp_path)


# --------------------------------------------------------------------------- the schema


def _sqlite_schema() -> dict[str, set[str]]:
    conn = sqlite3.connect(":memory:")
    try:
        for _, path in migration_files(SQLITE_MIGRATIONS):
            conn.executescript(path.read_text(encoding="utf-8"))
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master "
                "WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            )
            if not r[0].startswith("sections_fts")  # FTS5's own tables and its queue
        ]
        return {t: {r[1] for r in conn.execute(f"PRAGMA table_info({t})")} for t in tables}
    finally:
        conn.close()


async def test_the_schema_has_sqlites_tables_and_columns(db: asyncpg.Pool) -> None:
    rows = await db.fetch(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'public'"
    )
    pg: dict[str, set[str]] = {}
    for r in rows:
        pg.setdefault(r["table_name"], set()).add(r["column_name"])
    # PostgreSQL's own additions: the version table, the search column, and the explicit
    # order column that SQLite's rowid gave character_aliases (leases: both engines, 0004)
    assert pg.pop("schema_version") == {"version", "name", "applied_at"}
    assert pg["leases"] == {"name", "holder", "expires_at"}
    assert "search" in pg["sections"]
    pg["sections"].discard("search")
    pg["character_aliases"].discard("id")
    assert pg == _sqlite_schema()


async def _document(conn: asyncpg.Pool, text: str, *, spoiler: bool = False) -> tuple[int, int]:
    anime = await conn.fetchval(
        "INSERT INTO anime (slug, title) VALUES ('metallic-rouge', 'Metallic Rouge') "
        "ON CONFLICT (slug) DO UPDATE SET title = excluded.title RETURNING id"
    )
    doc = await conn.fetchval(
        "INSERT INTO documents (anime_id, title, kind, content_hash) "
        "VALUES ($1, 'Review', 'episode-review', md5($2)) RETURNING id",
        anime,
        text,
    )
    await conn.execute(
        "INSERT INTO sections (document_id, position, kind, text, spoiler) "
        "VALUES ($1, 0, 'review', $2, $3)",
        doc,
        text,
        spoiler,
    )
    return anime, doc


async def _search(conn: asyncpg.Pool, query: str) -> list[str]:
    rows = await conn.fetch(
        "SELECT text FROM sections WHERE search @@ websearch_to_tsquery('rouge_text', $1) "
        "ORDER BY id",
        query,
    )
    return [r["text"] for r in rows]


async def test_full_text_search_folds_case_and_diacritics_without_stemming(
    db: asyncpg.Pool,
) -> None:
    await _document(db, "Naomi Orthmann orders a café crème in Neo-Venezia.")
    await _document(db, "Rouge fights the Immortal Nine.")
    assert await _search(db, "CAFE") == ["Naomi Orthmann orders a café crème in Neo-Venezia."]
    assert await _search(db, "crème café") == await _search(db, "cafe")
    assert await _search(db, "immortal nine") == ["Rouge fights the Immortal Nine."]
    assert await _search(db, "fight") == []  # unicode61 does not stem; neither does this
    assert await _search(db, "rouge naomi") == []  # every word must match


async def test_search_text_is_never_query_syntax(db: asyncpg.Pool) -> None:
    await _document(db, "Rouge fights the Immortal Nine.")
    for query in ('"', "(", "!", "&|", "rouge & | !", "-", '"unclosed', "a:*", "':"):
        await _search(db, query)  # websearch_to_tsquery never raises a syntax error


async def test_the_search_column_follows_edits(db: asyncpg.Pool) -> None:
    _, doc = await _document(db, "Rouge fights the Immortal Nine.")
    await db.execute("UPDATE sections SET text = 'Jean runs away.' WHERE document_id = $1", doc)
    assert await _search(db, "rouge") == []
    assert await _search(db, "jean") == ["Jean runs away."]


async def test_deleting_an_anime_cascades_and_sets_defaults_null(db: asyncpg.Pool) -> None:
    anime, doc = await _document(db, "Rouge meets Naomi.")
    character = await db.fetchval(
        "INSERT INTO characters (anime_id, name) VALUES ($1, 'Rouge') RETURNING id", anime
    )
    section = await db.fetchval("SELECT id FROM sections WHERE document_id = $1", doc)
    await db.execute(
        "INSERT INTO mentions (character_id, section_id, first_at) VALUES ($1, $2, 0)",
        character,
        section,
    )
    await db.execute(
        "INSERT INTO guild_settings (guild_id, default_anime_id) VALUES ($1, $2)",
        SNOWFLAKE,
        anime,
    )
    await db.execute(
        "INSERT INTO user_progress (user_id, anime_id, episode) VALUES ($1, $2, 3)",
        SNOWFLAKE,
        anime,
    )
    await db.execute("DELETE FROM anime WHERE id = $1", anime)
    for table in ("documents", "sections", "characters", "mentions", "user_progress"):
        assert await db.fetchval(f"SELECT count(*) FROM {table}") == 0, table
    row = await db.fetchrow("SELECT guild_id, default_anime_id, spoiler_policy FROM guild_settings")
    assert (row["guild_id"], row["default_anime_id"], row["spoiler_policy"]) == (
        SNOWFLAKE,
        None,
        "wrap",
    )


async def test_names_are_unique_regardless_of_case(db: asyncpg.Pool) -> None:
    anime, _ = await _document(db, "Rouge.")
    character = await db.fetchval(
        "INSERT INTO characters (anime_id, name) VALUES ($1, 'Rouge Redstar') RETURNING id", anime
    )
    with pytest.raises(asyncpg.UniqueViolationError):
        await db.execute(
            "INSERT INTO characters (anime_id, name) VALUES ($1, 'ROUGE REDSTAR')", anime
        )
    await db.execute(
        "INSERT INTO character_aliases (character_id, name) VALUES ($1, 'Rouge')", character
    )
    with pytest.raises(asyncpg.UniqueViolationError):
        await db.execute(
            "INSERT INTO character_aliases (character_id, name) VALUES ($1, 'rouge')", character
        )


async def test_rules_of_the_sqlite_schema_hold(db: asyncpg.Pool) -> None:
    anime, doc = await _document(db, "Rouge.")
    with pytest.raises(asyncpg.CheckViolationError):  # a score needs raw, value and scale
        await db.execute(
            "INSERT INTO documents (anime_id, title, kind, content_hash, score_raw) "
            "VALUES ($1, 'x', 'recap', 'h2', '8/10')",
            anime,
        )
    with pytest.raises(asyncpg.CheckViolationError):
        await db.execute(
            "INSERT INTO documents (anime_id, title, kind, content_hash) "
            "VALUES ($1, 'x', 'tweet', 'h3')",
            anime,
        )
    with pytest.raises(asyncpg.CheckViolationError):
        await db.execute("INSERT INTO guild_settings VALUES (1, 'shout', NULL)")
    added = await db.fetchval("SELECT added_at FROM documents WHERE id = $1", doc)
    # the same text format as SQLite's strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    assert len(added) == len("2024-01-10T12:00:00.000Z") and added.endswith("Z")
    assert added[10] == "T" and added[19] == "."
    assert await db.fetchval("SELECT value FROM meta WHERE key = 'relink_mentions'") == "1"


# --------------------------------------------------------------------------- seeding once


async def test_seed_once_runs_in_one_of_the_processes_starting_together(
    db: asyncpg.Pool, pg_migrated_dsn: str
) -> None:
    pools = [await connect_pool(pg_migrated_dsn, min_size=1, max_size=2) for _ in range(4)]
    seeded: list[int] = []

    async def start(number: int, target: asyncpg.Pool) -> int | None:
        async def needed() -> bool:
            return not await target.fetchval("SELECT EXISTS (SELECT 1 FROM anime)")

        async def seed() -> int:
            await asyncio.sleep(0.05)  # long enough for every other process to be waiting
            await target.execute(
                "INSERT INTO anime (slug, title) VALUES ($1, 'Seeded')", f"seed-{number}"
            )
            seeded.append(number)
            return number

        return await seed_once(target, needed, seed)

    try:
        results = await asyncio.gather(*(start(i, p) for i, p in enumerate(pools)))
    finally:
        for p in pools:
            await p.close()
    assert len(seeded) == 1
    assert [r for r in results if r is not None] == seeded
    assert await db.fetchval("SELECT count(*) FROM anime") == 1


# --------------------------------------------------------------------------- LISTEN/NOTIFY


async def _next(queue: asyncio.Queue[str | None]) -> str | None:
    return await asyncio.wait_for(queue.get(), 5)


async def test_listeners_hear_what_any_connection_notifies(
    db: asyncpg.Pool, pg_migrated_dsn: str
) -> None:
    pg_dsn = pg_migrated_dsn  # NOTIFY reaches the listeners of the same database
    heard_sync: asyncio.Queue[str | None] = asyncio.Queue()
    heard_async: asyncio.Queue[str | None] = asyncio.Queue()

    async def on_change(payload: str | None) -> None:
        await heard_async.put(payload)

    async with (
        ChangeListener(pg_dsn, "catalog changed", heard_sync.put_nowait),
        ChangeListener(pg_dsn, "catalog changed", on_change),
        ChangeListener(pg_dsn, "other", heard_sync.put_nowait),
    ):
        async with db.acquire() as conn, conn.transaction():
            await notify(conn, "catalog changed", "metallic-rouge")
            await asyncio.sleep(0.05)
            assert heard_sync.empty()  # delivered on commit, not before
        assert await _next(heard_sync) == "metallic-rouge"
        assert await _next(heard_async) == "metallic-rouge"
        await notify(db, "catalog changed")
        assert await _next(heard_sync) == ""
        await asyncio.sleep(0.05)
        assert heard_sync.empty()  # "other" heard nothing


async def test_a_listener_survives_a_failing_callback_and_a_lost_connection(
    db: asyncpg.Pool, pg_migrated_dsn: str
) -> None:
    pg_dsn = pg_migrated_dsn
    heard: asyncio.Queue[str | None] = asyncio.Queue()

    def on_change(payload: str | None) -> None:
        if payload == "boom":
            raise RuntimeError("the callback broke")
        heard.put_nowait(payload)

    async with ChangeListener(pg_dsn, "changes", on_change) as listener:
        await notify(db, "changes", "boom")
        await notify(db, "changes", "after boom")
        assert await _next(heard) == "after boom"
        killed = await db.fetchval(
            "SELECT bool_and(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE query LIKE 'LISTEN%' AND datname = current_database()"
        )
        assert killed
        assert await _next(heard) is None  # back: "you may have missed something"
        assert listener.reconnects == 1
        await notify(db, "changes", "after reconnect")
        assert await _next(heard) == "after reconnect"


async def test_a_notify_payload_over_postgresqls_limit_is_refused(db: asyncpg.Pool) -> None:
    with pytest.raises(ValueError, match="7999 bytes"):
        await notify(db, "changes", "é" * 4000)


# --------------------------------------------------------------------------- leases


async def test_a_lease_has_one_holder_at_a_time(db: asyncpg.Pool) -> None:
    assert await acquire_lease(db, "feeds", "process-a", 30)
    assert not await acquire_lease(db, "feeds", "process-b", 30)
    assert await acquire_lease(db, "feeds", "process-a", 30)  # re-acquiring extends it
    assert await renew_lease(db, "feeds", "process-a", 30)
    assert not await renew_lease(db, "feeds", "process-b", 30)
    assert not await release_lease(db, "feeds", "process-b")
    assert await acquire_lease(db, "announcements", "process-b", 30)  # leases are independent
    assert await release_lease(db, "feeds", "process-a")
    assert not await renew_lease(db, "feeds", "process-a", 30)
    assert await acquire_lease(db, "feeds", "process-b", 30)
    assert await db.fetchval("SELECT holder FROM leases WHERE name = 'feeds'") == "process-b"


async def test_an_expired_lease_passes_to_another_holder(db: asyncpg.Pool) -> None:
    assert await acquire_lease(db, "feeds", "process-a", 0.05)
    await asyncio.sleep(0.1)
    assert not await renew_lease(db, "feeds", "process-a", 30)  # too late: it is lost
    assert await acquire_lease(db, "feeds", "process-b", 30)
    assert not await acquire_lease(db, "feeds", "process-a", 30)


async def test_concurrent_acquirers_get_one_lease(pg_migrated_dsn: str) -> None:
    pools = [await connect_pool(pg_migrated_dsn, min_size=1, max_size=1) for _ in range(4)]
    try:
        won = await asyncio.gather(
            *(acquire_lease(p, "feeds", f"process-{i}", 30) for i, p in enumerate(pools))
        )
    finally:
        for p in pools:
            await p.close()
    assert sorted(won) == [False, False, False, True]
