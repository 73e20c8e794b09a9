"""`python -m bot db copy`: SQLite -> PostgreSQL -> SQLite keeps every row and every answer.

The lookups compared are the facade's (list_anime, resolve_character, documents_for, search,
mentions, episodes); expected values are the source store's own answers, which the seed
tests (test_store.py) check against the documents.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from bot import paths
from bot.__main__ import main
from bot.ingest import seed_if_empty
from bot.store import Store
from bot.store.copy import CopyError, copy_store
from tests.bot.store.test_store import make_doc

pytestmark = pytest.mark.postgres

DATA_DIR = Path(__file__).resolve().parents[3] / "data"
NAMES = ["Rouge", "Naomi", "Redstar", "Sara", "Jaron", "Joker", "Orthmann"]
QUERIES = ["Nectar", "Rouge", "Akudama Drive", "chocolate", "Club Canal", "Naomi Rouge"]


async def seeded_sqlite(path: Path) -> None:
    async with await Store.open(path) as store:
        await store.migrate()
        assert await seed_if_empty(store, paths.catalog_dirs(DATA_DIR))
        await store.set_progress(111, 1, 3)  # preferences travel too
        await store.set_guild_progress(999, 1, 2)


async def answers(store: Store, *, snippets: bool = True) -> dict[str, Any]:
    """What the bot would answer, for a fixed set of lookups."""
    found: dict[str, Any] = {"anime": await store.list_anime(), "stats": await store.stats()}
    (anime,) = found["anime"]
    found["episodes"] = await store.episodes(anime.id)
    for name in NAMES:
        character = await store.resolve_character(name, anime.id)
        assert character is not None, name
        found[f"character {name}"] = character
        found[f"mentions {name}"] = await store.mentions(character.id, limit=10)
    for episode in (None, 1, 2, 3):
        found[f"documents {episode}"] = await store.documents_for(anime.id, episode)
    found["choices"] = await store.character_choices("", anime.id)
    found["readers"] = await store.readers(111, 999, anime.id)
    found["reviews"] = await store.review_episodes(anime.id)
    for query in QUERIES:
        hits = await store.search(query, None)
        # which sections match is the same on both engines; the order (bm25 vs ts_rank_cd)
        # and the snippet (cut in Python vs ts_headline) may legitimately differ
        found[f"matches {query}"] = sorted(h.section_id for h in hits)
        if snippets:
            found[f"search {query}"] = [(h.section_id, h.rank, h.snippet) for h in hits]
    return found


async def test_round_trip_sqlite_postgres_sqlite_keeps_rows_and_answers(
    tmp_path: Path, pg_migrated_dsn: str
) -> None:
    source, back = tmp_path / "source.db", tmp_path / "back.db"
    await seeded_sqlite(source)
    async with await Store.open(source) as store:
        before = await answers(store)
        top = {q: (await store.search(q, None))[0] for q in ("Nectar", "Akudama Drive")}

    async with await Store.open(source) as src, await Store.open(pg_migrated_dsn) as pg:
        await pg.migrate()
        copied = await copy_store(src, pg)
    counts = {c.table: c.rows for c in copied}
    assert counts["documents"] == 3 and counts["anime"] == 1
    assert counts["user_progress"] == 1 and counts["guild_progress"] == 1
    assert counts["sections"] == before["stats"]["sections"]
    assert counts["mentions"] == before["stats"]["mentions"]
    assert "sections_fts_pending" not in counts and "schema_version" not in counts

    async with await Store.open(pg_migrated_dsn) as pg:
        assert await answers(pg, snippets=False) == await answers_without_snippets(before)
        for query, hit in top.items():  # where the two rankings agree: an unambiguous query
            first = (await pg.search(query, None))[0]
            assert (first.section_id, first.spoiler) == (hit.section_id, hit.spoiler)

    async with await Store.open(back) as dst, await Store.open(pg_migrated_dsn) as pg:
        await dst.migrate()
        again = await copy_store(pg, dst)
    assert {c.table: c.rows for c in again} == counts
    async with await Store.open(back) as store:
        assert await answers(store) == before  # snippets and bm25 ranks included

    # ids were kept, and PostgreSQL's identities continue past them
    async with await Store.open(pg_migrated_dsn) as pg:
        added = await pg.add_document(make_doc("A brand new zeppelin scene.", title="New"))
        assert added.document_id == counts["documents"] + 1
        (hit,) = await pg.search("zeppelin", None)
        assert hit.document_title == "New"


async def answers_without_snippets(found: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in found.items() if not k.startswith("search ")}


async def test_a_non_empty_target_is_refused_unless_forced(
    tmp_path: Path, pg_migrated_dsn: str
) -> None:
    source = tmp_path / "source.db"
    await seeded_sqlite(source)
    async with await Store.open(pg_migrated_dsn) as pg:
        await pg.add_document(make_doc("Already here.", title="Existing", anime="Other Show"))
    async with await Store.open(source) as src, await Store.open(pg_migrated_dsn) as pg:
        with pytest.raises(CopyError, match="not empty"):
            await copy_store(src, pg)
        assert [a.title for a in await pg.list_anime()] == ["Other Show"]  # untouched
        await copy_store(src, pg, force=True)
        assert [a.title for a in await pg.list_anime()] == ["Metallic Rouge"]
        assert (await pg.stats())["documents"] == 3


def test_the_command_prints_one_line_per_table_and_verifies(
    tmp_path: Path, pg_migrated_dsn: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source.db"
    asyncio.run(seeded_sqlite(source))
    assert main(["db", "copy", str(source), pg_migrated_dsn]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "documents: 3 rows" in lines and "anime: 1 row" in lines
    assert lines[-1].startswith("Copied ") and lines[-1].endswith("counts verified.")
    tables = [line.split(":")[0] for line in lines[:-1]]
    assert tables.index("anime") < tables.index("documents") < tables.index("sections")

    # a second copy into the now non-empty target: refused, one line, status 2
    assert main(["db", "copy", str(source), pg_migrated_dsn]) == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and "--force" in error[0]
    assert main(["db", "copy", str(source), pg_migrated_dsn, "--force"]) == 0
    assert main(["db", "copy", str(tmp_path / "missing.db"), pg_migrated_dsn]) == 2
