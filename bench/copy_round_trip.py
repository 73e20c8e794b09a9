"""`python -m bench --copy [--docs N] [--seed S] [--lookups-anime K]`: `db copy` round trip.

A generated store (bench/generate.py, ingested through `bot.ingest.ingest_paths`, plus members'
progress, server settings, ratings and a followed feed with its entries and an announcement,
so every aggregate has rows) is copied SQLite -> PostgreSQL -> SQLite with
`bot.store.copy.copy_store` (what `python -m bot db copy` runs), timing each copy. Then:

* each copy's per-table counts equal the source's (copy_store verifies them itself, and the
  two copies must report the same rows);
* a fixed set of lookups through the `Store` facade (anime, episodes, characters by name,
  mentions, documents per episode, autocomplete, readers, review/recap episodes, search) is
  answered alike: by the store copied back, exactly (snippets and bm25 ranks included); by
  PostgreSQL, exactly except search, whose matches are compared as sets (its ranking, ts_rank_cd
  against bm25, and its ts_headline snippets legitimately differ; issue 14).

Prints a table and returns 0 when every check held; 1 otherwise (with the differing lookups).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.generate import DEFAULT_SEED, Corpus, generate
from bench.postgres import throwaway_server
from bot.catalog import load_catalogs
from bot.ingest import ingest_paths
from bot.models import Catalog
from bot.store import Store
from bot.store.copy import TableCopy, copy_store

log = logging.getLogger(__name__)

DEFAULT_COPY_DOCS = 2_000
LOOKUP_ANIME = 10  # anime whose lookups are compared
NAMES_PER_ANIME = 6
SEARCH_QUERIES = 30
SEARCH_LIMIT = 10_000  # every match: PostgreSQL's top 10 may legitimately differ from bm25's
USERS = 40
GUILD = 900_000_000_000_000_001
_WORD = re.compile(r"[^\W\d_]{5,}")


def lookups_from(corpus: Corpus, seed: int, anime: int) -> dict[str, Any]:
    """The fixed lookups: chosen from the corpus (catalogs, documents' words) by `seed`."""
    rng = random.Random(seed)
    catalogs = sorted(corpus.catalogs, key=lambda c: c.title)[:anime]
    names = {
        c.title: [ch.name for ch in rng.sample(list(c.characters), NAMES_PER_ANIME)]
        if len(c.characters) >= NAMES_PER_ANIME
        else [ch.name for ch in c.characters]
        for c in catalogs
    }
    words: list[str] = []
    for path in rng.sample(list(corpus.documents), min(20, len(corpus.documents))):
        words.extend(_WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
    queries = rng.sample(sorted(set(words)), min(SEARCH_QUERIES - 5, len(set(words))))
    pairs = [f"{rng.choice(words)} {rng.choice(words)}" for _ in range(5)]
    return {"anime": [c.title for c in catalogs], "names": names, "queries": queries + pairs}


async def answers(store: Store, lookups: dict[str, Any]) -> dict[str, Any]:
    """What the bot would answer to each lookup, by lookup."""
    found: dict[str, Any] = {"anime": await store.list_anime(), "stats": await store.stats()}
    for title in lookups["anime"]:
        anime = await store.find_anime(title)
        assert anime is not None, title
        found[f"anime {title}"] = anime
        episodes = await store.episodes(anime.id)
        found[f"episodes {title}"] = episodes
        for name in lookups["names"][title]:
            character = await store.resolve_character(name, anime.id)
            found[f"character {title}/{name}"] = character
            if character is not None:
                found[f"mentions {title}/{name}"] = await store.mentions(character.id, limit=10)
        for number in [None, *(e.number for e in episodes[:4])]:
            found[f"documents {title} {number}"] = await store.documents_for(anime.id, number)
        found[f"choices {title}"] = await store.character_choices("", anime.id)
        found[f"choices {title} a"] = await store.character_choices("a", anime.id)
        found[f"readers {title}"] = await store.readers(1, GUILD, anime.id)
        found[f"reviews {title}"] = await store.review_episodes(anime.id)
        found[f"recaps {title}"] = await store.recap_episodes(anime.id)
    for query in lookups["queries"]:
        hits = await store.search(query, None, limit=SEARCH_LIMIT)
        found[f"matches {query}"] = sorted(h.section_id for h in hits)
        found[f"search {query}"] = [(h.section_id, h.rank, h.snippet) for h in hits[:10]]
    return found


def _differences(want: dict[str, Any], got: dict[str, Any], *, ranked: bool) -> list[str]:
    keys = [k for k in want if ranked or not k.startswith("search ")]
    return [k for k in keys if want[k] != got.get(k)]


async def _build(corpus: Corpus, catalogs: Sequence[Catalog], database: Path) -> dict[str, int]:
    """The source store: the corpus ingested, then rows for every other aggregate."""
    async with await Store.open(database) as store:
        await store.migrate()
        for catalog in catalogs:
            await store.upsert_catalog(catalog)
        await ingest_paths(store, corpus.documents, catalogs=catalogs)
        rng = random.Random(DEFAULT_SEED)
        every = await store.list_anime()
        for user in range(1, USERS + 1):
            anime = rng.choice(every)
            episodes = [e.number for e in await store.episodes(anime.id) if e.number >= 1]
            if not episodes:
                continue
            await store.set_progress(user, anime.id, max(episodes))
            for episode in episodes[:3]:
                await store.set_rating(GUILD, anime.id, episode, user, rng.randint(1, 10))
        await store.set_guild_progress(GUILD, every[0].id, 1)
        feed = await store.add_feed("https://reviews.example/feed", operator=True, now="2024")
        assert feed is not None
        documents = await store.list_documents()
        for i, summary in enumerate(documents[:5]):
            key = f"entry-{i}"
            await store.claim_entry(feed, key, f"https://reviews.example/{i}", now="2024")
            await store.finish_entry(feed, key, status="added", document_id=summary.id)
        await store.set_announce(GUILD, 42, None, since="2023")
        if documents:
            await store.claim_announcement(GUILD, documents[0].id, now="2024")
        await store.flush_search_index()
        return await store.stats()


async def run(docs: int, seed: int, anime: int, work: Path) -> tuple[dict[str, Any], bool]:
    began = time.perf_counter()
    corpus = generate(work / "corpus", docs=docs, seed=seed)
    catalogs = load_catalogs(corpus.catalog_dir)
    source, back = work / "source.db", work / "back.db"
    stats = await _build(corpus, catalogs, source)
    built_s = time.perf_counter() - began
    lookups = lookups_from(corpus, seed, anime)
    async with await Store.open(source) as store:
        before = await answers(store, lookups)

    async with throwaway_server() as server:
        dsn = await server.database("bench_copy")
        async with await Store.open(source) as src, await Store.open(dsn) as pg:
            await pg.migrate()
            began = time.perf_counter()
            there = await copy_store(src, pg)
            there_s = time.perf_counter() - began
        async with await Store.open(dsn) as pg:
            on_pg = await answers(pg, lookups)
        async with await Store.open(back) as dst, await Store.open(dsn) as pg:
            await dst.migrate()
            began = time.perf_counter()
            again = await copy_store(pg, dst)
            back_s = time.perf_counter() - began
        version = server.version
    async with await Store.open(back) as store:
        after = await answers(store, lookups)

    counts = {t.table: t.rows for t in there}
    pg_diff = _differences(before, on_pg, ranked=False)
    back_diff = _differences(before, after, ranked=True)
    same_counts = counts == {t.table: t.rows for t in again}
    result = {
        "docs": docs,
        "store": stats,
        "built_s": built_s,
        "postgres": version,
        "to_postgres": _copy_figures(there, there_s),
        "back_to_sqlite": _copy_figures(again, back_s),
        "counts": counts,
        "same_counts": same_counts,
        "lookups": len(before),
        "search_queries": len(lookups["queries"]),
        "differ_on_postgres": pg_diff,
        "differ_back_in_sqlite": back_diff,
    }
    return result, same_counts and not pg_diff and not back_diff


def _copy_figures(copied: Sequence[TableCopy], seconds: float) -> dict[str, Any]:
    rows = sum(t.rows for t in copied)
    return {"tables": len(copied), "rows": rows, "seconds": seconds, "rows_per_s": rows / seconds}


def render(result: dict[str, Any]) -> str:
    lines = [
        f"db copy round trip on a generated store of {result['docs']:,} documents "
        f"({result['store']}), built in {result['built_s']:.1f} s; {result['postgres']}.",
        "",
        "| Copy | Tables | Rows | Seconds | Rows/s |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, key in (("SQLite -> PostgreSQL", "to_postgres"), ("-> SQLite", "back_to_sqlite")):
        f = result[key]
        lines.append(
            f"| {label} | {f['tables']} | {f['rows']:,} | {f['seconds']:.2f} "
            f"| {f['rows_per_s']:,.0f} |"
        )
    lines += [
        "",
        f"Per-table counts equal both ways: {result['same_counts']} ({result['counts']}).",
        f"Lookups compared: {result['lookups']} ({result['search_queries']} searches). "
        f"Differing on PostgreSQL (search as match sets): {result['differ_on_postgres'] or 'none'}"
        f"; differing in the store copied back (exactly): "
        f"{result['differ_back_in_sqlite'] or 'none'}.",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench --copy", description="db copy SQLite -> PostgreSQL -> SQLite."
    )
    parser.add_argument("--docs", type=int, default=DEFAULT_COPY_DOCS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--lookups-anime", type=int, default=LOOKUP_ANIME)
    parser.add_argument("--work", type=Path, help="keep the corpus and stores here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("bot.ingest").setLevel(logging.ERROR)
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-copy-"))
    try:
        result, ok = asyncio.run(run(args.docs, args.seed, args.lookups_anime, work))
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(render(result))
    sys.stdout.flush()
    return 0 if ok else 1


__all__ = ["answers", "lookups_from", "main", "render", "run"]
