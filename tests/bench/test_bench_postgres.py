"""The bench's PostgreSQL parts at a small size: `--engines` is parsed strictly, and the
`--copy` round trip (SQLite -> PostgreSQL -> SQLite) keeps every count and every answer."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bench import copy_round_trip
from bench.run import parse_args


def test_engines_are_sqlite_alone_or_with_postgres() -> None:
    assert parse_args([]).engines == ("sqlite",)
    assert parse_args(["--engines", "sqlite,postgres"]).engines == ("sqlite", "postgres")
    assert parse_args(["--engines", " sqlite , postgres,sqlite"]).engines == (
        "sqlite",
        "postgres",
    )
    for bad in ("postgres", "sqlite,mysql", ""):
        with pytest.raises(SystemExit):
            parse_args(["--engines", bad])


@pytest.mark.postgres
def test_the_copy_round_trip_keeps_counts_and_answers(tmp_path: Path) -> None:
    result, ok = asyncio.run(copy_round_trip.run(30, 7, 3, tmp_path))
    assert ok, copy_round_trip.render(result)
    assert result["same_counts"] and result["counts"]["documents"] == 30
    # every aggregate's tables travelled, not only the documents
    for table in ("user_progress", "episode_ratings", "feeds", "feed_entries", "mentions"):
        assert result["counts"][table] > 0, table
    assert result["to_postgres"]["rows"] == result["back_to_sqlite"]["rows"]
    assert result["lookups"] > 3 * 5  # per anime: the anime, episodes, names, documents...
