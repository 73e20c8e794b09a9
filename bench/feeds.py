"""`python -m bench.feeds`: one polling pass over 20 feeds x 20 entries served by a local HTTP
server, into a seeded store, by the real bot on the Discord sandbox, while a member keeps
running /review. Prints the pass's time, documents/s, and the slowest interaction meanwhile.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aiohttp import web

from bot import paths
from bot.ingest import seed_if_empty
from bot.offline import run_offline
from bot.store import Store
from discord_sandbox import Sandbox

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
ADJECTIVES = ("quiet", "bright", "heavy", "sudden", "patient", "restless", "gentle", "sharp")


def _page(feed: int, entry: int) -> str:
    episode = entry % 12 + 1
    mood = ADJECTIVES[(feed + entry) % len(ADJECTIVES)]
    paragraphs = [
        f"Episode {episode} of Bench Show {feed} takes a {mood} turn, and review {entry} of "
        f"site {feed} follows the cast through a city that keeps changing around them.",
        f"The animation is {mood} where it matters; the direction keeps scene {entry} moving "
        "and the soundtrack carries the quieter moments without drowning them.",
        f"Some dialogue is clunky, but it rarely gets in the way. Score: {entry % 10 + 1}/10",
        f"Overall, a {mood} episode that leaves site {feed}'s reviewer wanting the next one.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    title = f"Bench Show {feed} Episode {episode} Review: Part {entry}"
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
        "</article></body></html>"
    )


def _feed(base: str, feed: int, entries: int) -> str:
    items = "".join(
        f"<item><title>Review {e}</title><link>{base}/s{feed}/r{e}</link>"
        f"<guid>{base}/s{feed}/r{e}</guid></item>"
        for e in range(entries)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Site {feed}</title>'
        f"<link>{base}/</link><description>bench</description>{items}</channel></rss>"
    )


async def _serve(feeds: int, entries: int) -> tuple[web.AppRunner, str]:
    routes: dict[str, tuple[str, str]] = {}

    async def handler(request: web.Request) -> web.Response:
        found = routes.get(request.path)
        if found is None:
            return web.Response(status=404, text="not found")
        return web.Response(text=found[0], content_type=found[1])

    app = web.Application()
    app.router.add_route("GET", "/{tail:.*}", handler)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    base = f"http://127.0.0.1:{port}"
    for f in range(feeds):
        routes[f"/s{f}/feed.xml"] = (_feed(base, f, entries), "application/rss+xml")
        for e in range(entries):
            routes[f"/s{f}/r{e}"] = (_page(f, e), "text/html")
    return runner, base


async def run(feeds: int, entries: int, work: Path) -> dict[str, Any]:
    database = work / "feeds-bench.db"
    async with await Store.open(database) as store:
        await store.migrate()
        await seed_if_empty(store, paths.catalog_dirs(ROOT / "data"))
    runner, base = await _serve(feeds, entries)
    latencies: list[float] = []
    try:
        async with run_offline(database, cooldown=None, feed_host_delay=0.0) as (sandbox, bot):
            # Added once the bot runs: its polling task's first tick (at READY) found none.
            for f in range(feeds):
                await bot.store.add_feed(
                    f"{base}/s{f}/feed.xml", operator=True, now="2024-01-01T00:00:00.000000Z"
                )
            cog: Any = bot.get_cog("Feeds")
            started = time.perf_counter()
            polling = asyncio.create_task(cog.run_pass(every_feed=True))
            while not polling.done():
                result = await _review(sandbox)
                latencies.append(result)
            polls = await polling
            elapsed = time.perf_counter() - started
    finally:
        await runner.cleanup()
    added = sum(len(p.added) for p in polls)
    return {
        "feeds": feeds,
        "entries": entries,
        "seconds": round(elapsed, 2),
        "documents": added,
        "documents_per_second": round(added / elapsed, 1),
        "interactions": len(latencies),
        "slowest_interaction_s": round(max(latencies), 3) if latencies else None,
    }


async def _review(sandbox: Sandbox) -> float:
    result = await sandbox.command("review", {"episode": 1})
    assert result.latency is not None
    return float(result.latency)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.feeds", description=__doc__)
    parser.add_argument("--feeds", type=int, default=20)
    parser.add_argument("--entries", type=int, default=20)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("discord").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as work:
        figures = asyncio.run(run(args.feeds, args.entries, Path(work)))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
