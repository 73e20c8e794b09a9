"""Migration 0006 and bot/store/postgres/ratings.py on a real PostgreSQL: every statement runs,
and the aggregates match the SQLite engine's on the same hand-made inputs."""

from __future__ import annotations

from collections.abc import AsyncIterator

import asyncpg
import pytest

from bot.store.postgres import ratings as pg_sql
from bot.store.postgres.connection import connect_pool
from bot.store.sqlite import ratings as sqlite_sql

pytestmark = pytest.mark.postgres

SNOWFLAKE = 1_195_574_848_471_527_424  # a real-sized Discord id: more than 32 bits


@pytest.fixture
async def db(pg_migrated_dsn: str) -> AsyncIterator[asyncpg.Pool]:
    opened = await connect_pool(pg_migrated_dsn, min_size=1, max_size=2)
    try:
        yield opened
    finally:
        await opened.close()


def test_both_engines_name_the_same_statements() -> None:
    names = {n for n in dir(sqlite_sql) if n.isupper()}
    assert names == {n for n in dir(pg_sql) if n.isupper()}


async def test_ratings_and_critics_on_postgres(db: asyncpg.Pool) -> None:
    anime = await db.fetchval(
        "INSERT INTO anime (slug, title) VALUES ('show', 'Show') RETURNING id"
    )
    for i, (kind, episode, value, scale) in enumerate(
        [
            ("episode-review", 1, 8, 10),
            ("episode-review", 1, 3.5, 5),
            ("season-review", None, 7, 10),
        ]
    ):
        await db.execute(
            "INSERT INTO documents (anime_id, title, kind, episode, score_raw, score_value, "
            "score_scale, content_hash) VALUES ($1, 'R', $2, $3, 'x', $4, $5, $6)",
            anime,
            kind,
            episode,
            value,
            scale,
            f"h{i}",
        )
    guild, user = SNOWFLAKE, SNOWFLAKE + 1
    # 8 + 7 + 9 = 24 over 3 on episode 1; user re-rates 8 -> 10: 26
    for offset, score in enumerate((8, 7, 9)):
        await db.execute(pg_sql.SET_RATING, guild, anime, 1, user + offset, score)
    await db.execute(pg_sql.SET_RATING, guild, anime, 1, user, 10)
    assert await db.fetchval(pg_sql.GET_RATING, guild, anime, 1, user) == 10
    rows = await db.fetch(pg_sql.MEMBER_AGGREGATES, guild, anime)
    assert [(r["episode"], r["count"], r["total"]) for r in rows] == [(1, 3, 26)]
    one = await db.fetchrow(pg_sql.MEMBER_AGGREGATE, guild, anime, 1)
    assert (one["count"], one["total"]) == (3, 26)
    critics = await db.fetch(pg_sql.CRITIC_SCORES, anime)
    assert [(r["kind"], r["episode"]) for r in critics] == [
        ("episode-review", 1),
        ("episode-review", 1),
        ("season-review", None),
    ]
    assert len(await db.fetch(pg_sql.CRITIC_SCORES_FOR_EPISODE, anime, 1)) == 2
    assert await db.execute(pg_sql.CLEAR_RATING, guild, anime, 1, user + 1) == "DELETE 1"
    assert await db.execute(pg_sql.FORGET_USER, user) == "DELETE 1"
    assert await db.execute(pg_sql.FORGET_GUILD, guild) == "DELETE 1"
    with pytest.raises(asyncpg.CheckViolationError):
        await db.execute(pg_sql.SET_RATING, guild, anime, 1, user, 11)
