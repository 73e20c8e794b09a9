"""The poll schedule with backoff, and the feeds CLI, against a real store and a local review
site. (Entries claimed by guid and by link are store contract tests, on both engines:
tests/bot/store/test_store_feeds.py.)"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot import paths
from bot.__main__ import build_parser
from bot.config import Settings
from bot.feeds.cli import run_feeds_async
from bot.feeds.poller import Poller, PollStatus, is_due, iso, poll_turn
from bot.ingest import seed_if_empty
from bot.models import FeedRecord
from bot.store import Store
from bot.web.feeds import Backoff
from bot.web.fetch import FetchLimits
from tests.review_site import REVIEWS, serve
from tests.web_server import WebServer, respond

ROOT = Path(__file__).resolve().parents[3]
T0 = dt.datetime(2024, 3, 1, 12, 0, tzinfo=dt.UTC)
NOW = iso(T0)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    async with await Store.open(tmp_path / "reviews.db") as opened:
        await opened.migrate()
        yield opened


def _feed(**changes: Any) -> FeedRecord:
    return replace(FeedRecord(1, "https://a.example/feed", None, None, False, True, 0), **changes)


def test_a_feed_is_due_once_per_interval_and_not_while_backing_off() -> None:
    interval = dt.timedelta(minutes=30)
    assert is_due(_feed(), T0, interval)  # never polled
    polled = _feed(last_polled=iso(T0))
    assert not is_due(polled, T0 + dt.timedelta(minutes=29), interval)
    assert is_due(polled, T0 + dt.timedelta(minutes=30), interval)
    backing_off = _feed(
        last_polled=iso(T0), failures=3, next_attempt=iso(T0 + dt.timedelta(hours=2))
    )
    assert not is_due(backing_off, T0 + dt.timedelta(hours=1), interval)
    assert is_due(backing_off, T0 + dt.timedelta(hours=2), interval)


async def test_a_failing_feed_backs_off_doubling_and_recovers(store: Store) -> None:
    async with WebServer() as server:
        server.sequence(
            "/feed.xml", [respond(503, "busy"), respond(503, "busy"), respond(503, "busy")]
        )
        url = server.url("/feed.xml")
        assert await store.add_feed(url, operator=True, now=NOW)
        clock = [T0]
        backoff = Backoff(jitter=0.0)  # 5 min, then 10, then 20...
        async with Poller(
            store,
            interval=dt.timedelta(minutes=5),
            host_delay=0.0,
            backoff=backoff,
            clock=lambda: clock[0],
        ) as poller:
            poller.open_fetcher.limits = FetchLimits(retries=0)
            (first,) = await poller.poll()
            assert first.status is PollStatus.FAILED and first.feed.failures == 1
            assert first.feed.next_attempt == iso(T0 + dt.timedelta(minutes=5))
            clock[0] = T0 + dt.timedelta(minutes=4)
            assert await poller.poll() == []  # still backing off
            clock[0] = T0 + dt.timedelta(minutes=5)
            (second,) = await poller.poll()
            assert second.feed.failures == 2
            assert second.feed.next_attempt == iso(clock[0] + dt.timedelta(minutes=10))
            assert second.feed.failing_since == iso(T0)
            serve(server, REVIEWS[:1])
            clock[0] += dt.timedelta(minutes=10)
            (third,) = await poller.poll()
            assert third.status is PollStatus.OK
            assert third.feed.failures == 0 and third.feed.failing_since is None


async def test_cli_poll_prints_ingest_json_and_add_refuses_non_feeds_and_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "reviews.db"
    async with await Store.open(database) as store:
        await store.migrate()
        await seed_if_empty(store, paths.catalog_dirs(ROOT / "data"))
    settings = Settings(token="", database_path=database, data_dir=ROOT / "data")
    async with WebServer() as server:
        url = serve(server, REVIEWS[:2])
        server.page("/page.html", "<html><body><p>Hello</p></body></html>")

        def args(*argv: str) -> argparse.Namespace:
            return build_parser().parse_args(["feeds", *argv])

        assert await run_feeds_async(settings, args("add", server.url("/page.html"))) == 1
        assert "not a feed" in capsys.readouterr().err
        assert await run_feeds_async(settings, args("add", url, "--anime", "Metallic Rouge")) == 0
        assert await run_feeds_async(settings, args("add", url)) == 1
        assert "followed already" in capsys.readouterr().err
        assert await run_feeds_async(settings, args("poll", "--json")) == 0
        lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert [(r["status"], r["episode"], r["score"]) for r in lines] == [
            ("added", 2, "7/10"),
            ("added", 3, "8/10"),
        ]
        assert {r["file"] for r in lines} == {server.url(r.slug) for r in REVIEWS[:2]}
        assert await run_feeds_async(settings, args("list")) == 0
        listed = capsys.readouterr().out
        assert url in listed and "operator" in listed and "anime: Metallic Rouge" in listed
        assert await run_feeds_async(settings, args("remove", url)) == 0
        assert await run_feeds_async(settings, args("list")) == 0
        assert "No feeds yet" in capsys.readouterr().out


async def test_one_process_polls_at_a_time(store: Store) -> None:
    # a second process on the same store (another shard's bot) skips the pass while the
    # first one holds the "feeds" lease, and takes its turn once it is given back
    async with await Store.open(store.path) as other:
        async with poll_turn(store) as first:
            assert first is True
            async with poll_turn(other) as second:
                assert second is False
        async with poll_turn(other) as later:
            assert later is True


def test_the_bot_and_its_cogs_load_without_the_parsers() -> None:
    # a bot that follows no feed never holds the detectors, trafilatura and lxml (about 10 MiB):
    # the poller imports them at the first entry a feed brings
    code = (
        "import sys\n"
        "from bot.bot import EXTENSIONS\n"
        "for name in EXTENSIONS:\n"
        "    __import__(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('bot.ingest', 'trafilatura'))))\n"
    )
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
