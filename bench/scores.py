"""`/scores` latency against `/help`, at N documents, without and then with R ratings stored.

    python -m bench.scores [--docs 10000] [--ratings 10000] [--runs 200] [--seed 1]
    python -m bench --scores ...            (the same, from the main bench's options)

1. Generate N documents (bench/generate.py) and ingest them into a fresh store (the real path).
2. Start the real bot (in this process) against the sandbox, guild-synced, cooldown off.
3. Alternate `/help` (the floor: reads no data) and `/scores anime:<the anime with the most
   scored documents>`, warm-up rounds first; p50/p99 of the time to the first response
   (for /scores: the critics' and members' aggregates, the table, the chart rendered in a
   worker thread, and the multipart upload of the PNG).
4. Store R ratings by distinct members of the sandbox's guild for that anime (through the store,
   spread over its episodes), then measure again.

Prints a Markdown table and writes bench/results/scores-<stamp>.json.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.generate import DEFAULT_SEED, generate
from bench.workload import bench_sandbox
from bot.catalog import load_catalogs
from bot.ingest import ingest_paths
from bot.offline import run_offline
from bot.store import Store
from discord_sandbox import Sandbox

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DOCS = 10_000
DEFAULT_RATINGS = 10_000
DEFAULT_RUNS = 200
ANSWER_TIMEOUT_S = 30.0


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[rank]


def stats(values: Sequence[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50_ms": percentile(values, 50) * 1000,
        "p99_ms": percentile(values, 99) * 1000,
        "max_ms": max(values) * 1000,
    }


async def build_store(database: Path, docs: int, seed: int, work: Path) -> tuple[str, int]:
    """The N-document store; the anime with the most scored documents and its count."""
    corpus = generate(work / "corpus", docs=docs, seed=seed)
    catalogs = load_catalogs(corpus.catalog_dir)
    async with await Store.open(database) as store:
        await store.migrate()
        for catalog in catalogs:
            await store.upsert_catalog(catalog)
        await ingest_paths(store, corpus.documents, catalogs=catalogs)
        best: tuple[int, str] = (-1, "")
        for anime in await store.list_anime():
            scored = len(await store.critic_scores(anime.id))
            best = max(best, (scored, anime.title))
    return best[1], best[0]


async def measure(sandbox: Sandbox, title: str, runs: int) -> dict[str, Any]:
    """Alternating /help and /scores; warm-up rounds first, not counted."""
    latencies: dict[str, list[float]] = {"help": [], "scores": []}
    outcomes: Counter[str] = Counter()
    for round_ in range(max(2, runs // 20) + runs):
        for name, options in (("help", {}), ("scores", {"anime": title})):
            result = await sandbox.command(name, options, timeout=ANSWER_TIMEOUT_S)
            if round_ < max(2, runs // 20):
                continue
            if result.latency is None or not result.ok:
                outcomes[f"{name}: not answered"] += 1
                continue
            latencies[name].append(result.latency)
    help_, scores = stats(latencies["help"]), stats(latencies["scores"])
    return {
        "help": help_,
        "scores": scores,
        "ratio_p50": scores["p50_ms"] / help_["p50_ms"],
        "ratio_p99": scores["p99_ms"] / help_["p99_ms"],
        "failures": dict(outcomes),
        "violations": len(sandbox.violations),
    }


async def run(docs: int, ratings: int, runs: int, seed: int, work: Path) -> dict[str, Any]:
    database = work / "store" / "reviews.db"
    began = time.perf_counter()
    title, scored = await build_store(database, docs, seed, work)
    built = time.perf_counter() - began
    results: dict[str, Any] = {
        "meta": {
            "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "docs": docs,
            "ratings": ratings,
            "runs": runs,
            "seed": seed,
            "anime": title,
            "scored_documents_of_that_anime": scored,
            "store_build_seconds": built,
            "cpu_count": os.cpu_count(),
        }
    }
    sandbox = bench_sandbox()
    async with run_offline(
        database, sandbox=sandbox, cooldown=None, sync_guild_id=sandbox.guild_id
    ) as (running, bot):
        results["without_ratings"] = await measure(running, title, runs)
        anime = await bot.store.find_anime(title)
        assert anime is not None
        episodes = max(1, anime.episode_count or 12)
        rng = random.Random(seed)
        for i in range(ratings):
            episode = 1 + i % episodes
            user = 10_000_000 + i // episodes  # distinct (episode, member) pairs
            await bot.store.set_rating(
                running.guild_id, anime.id, episode, user, rng.randint(1, 10)
            )
        stored = await bot.store.member_aggregates(running.guild_id, anime.id)
        results["meta"]["ratings_stored"] = sum(agg.count for agg in stored.values())
        results["with_ratings"] = await measure(running, title, runs)
    return results


def render(results: dict[str, Any]) -> str:
    meta = results["meta"]
    lines = [
        f"`/scores` at {meta['docs']:,} documents ({meta['anime']}: "
        f"{meta['scored_documents_of_that_anime']} scored documents), {meta['runs']} runs each, "
        f"{meta['cpu_count']} cores, {meta['date']}",
        "",
        "| Store | /help p50 ms | /help p99 ms | /scores p50 ms | /scores p99 ms "
        "| p50 ÷ /help | p99 ÷ /help |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for key, label in (
        ("without_ratings", "no ratings"),
        ("with_ratings", f"{meta.get('ratings_stored', 0):,} ratings"),
    ):
        r = results[key]
        lines.append(
            f"| {label} | {r['help']['p50_ms']:.1f} | {r['help']['p99_ms']:.1f} "
            f"| {r['scores']['p50_ms']:.1f} | {r['scores']['p99_ms']:.1f} "
            f"| {r['ratio_p50']:.2f} | {r['ratio_p99']:.2f} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scores", description=__doc__)
    parser.add_argument("--docs", type=int, default=DEFAULT_DOCS)
    parser.add_argument("--ratings", type=int, default=DEFAULT_RATINGS)
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--work", type=Path, help="keep the corpus and store here")
    args = parser.parse_args(argv)
    if args.docs < 1 or args.runs < 1 or args.ratings < 0:
        parser.error("--docs and --runs must be at least 1, --ratings at least 0")
    with tempfile.TemporaryDirectory(prefix="bench-scores-") as scratch:
        work = args.work or Path(scratch)
        results = asyncio.run(run(args.docs, args.ratings, args.runs, args.seed, work))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    out = ROOT / "bench" / "results" / f"scores-{stamp}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, sort_keys=True), encoding="utf-8")
    print(render(results))
    print(f"\n(figures: {out.relative_to(ROOT)})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
