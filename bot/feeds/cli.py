"""`python -m bot feeds add|list|remove|poll`: the operator's side of review feeds.

Exit status: 0 done; 1 refused (not a feed, followed already, unknown feed) or, for `poll`, a
feed that failed. One line per failure on stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import sys
from typing import Any

from bot.config import Settings
from bot.feeds.poller import FeedPoll, Poller, PollStatus, health_of, iso, utc_now
from bot.feeds.subscribe import FeedRefused, check_feed, clean_url
from bot.models import FeedRecord
from bot.store import MigrationError, Store, StoreUnavailable
from bot.web.feeds import Backoff
from bot.web.fetch import Fetcher

log = logging.getLogger(__name__)

__all__ = ["add_feeds_parser", "describe_feed", "run_feeds"]

EXIT_REFUSED = 1


def add_feeds_parser(sub: Any) -> None:
    """Add `feeds add|list|remove|poll` to the top-level subparsers."""
    feeds = sub.add_parser("feeds", help="follow review sites' RSS/Atom feeds")
    actions = feeds.add_subparsers(dest="feeds_command", required=True)
    add = actions.add_parser("add", help="follow a feed (checked first)")
    add.add_argument("url", metavar="URL")
    add.add_argument("--anime", metavar="NAME", help="every entry is about this anime")
    add.add_argument(
        "--full-text",
        action="store_true",
        help="show its reviews in full (only when the site's licence allows it)",
    )
    actions.add_parser("list", help="every feed, its followers and its health")
    remove = actions.add_parser("remove", help="stop following a feed, for every server")
    remove.add_argument("feed", metavar="URL|ID")
    poll = actions.add_parser("poll", help="poll every feed once, ingest what is new, exit")
    poll.add_argument("--json", action="store_true", help="one JSON object per document")


def describe_feed(feed: FeedRecord, now: dt.datetime, backoff: Backoff | None = None) -> str:
    """One line: id, health, title, URL, who follows it."""
    policy = backoff or Backoff()
    health = health_of(feed)
    if health.failing(now, policy):
        since = (feed.failing_since or "")[:16].replace("T", " ")
        state = f"FAILING since {since} UTC ({feed.last_error})"
    elif feed.failures:
        state = f"retrying after {feed.failures} failure(s) ({feed.last_error})"
    elif feed.last_polled is None:
        state = "not polled yet"
    else:
        state = "ok"
    who = ["operator"] if feed.operator else []
    if feed.guilds:
        who.append(f"{feed.guilds} server{'s' if feed.guilds != 1 else ''}")
    extras = [", ".join(who)]
    if feed.anime:
        extras.append(f"anime: {feed.anime}")
    if feed.full_text:
        extras.append("full text")
    title = feed.title or "(untitled)"
    return f"{feed.id:>4}  {title} <{feed.url}> · {' · '.join(extras)} · {state}"


def run_feeds(settings: Settings, args: argparse.Namespace) -> int:
    try:
        return asyncio.run(run_feeds_async(settings, args))
    except (StoreUnavailable, MigrationError) as error:  # one line; nothing was changed
        print(f"error: {error}", file=sys.stderr)
        return EXIT_DATABASE


async def run_feeds_async(settings: Settings, args: argparse.Namespace) -> int:
    async with await Store.connect(settings) as store:  # migrated, seeded, catalogs synced
        command = args.feeds_command
        if command == "add":
            return await _add(store, args.url, anime=args.anime, full_text=args.full_text)
        if command == "list":
            feeds = await store.list_feeds()
            if not feeds:
                print("No feeds yet: add one with `python -m bot feeds add URL`.")
            now = utc_now()
            for feed in feeds:
                print(describe_feed(feed, now))
            return 0
        if command == "remove":
            return await _remove(store, args.feed)
        return await _poll(store, settings, as_json=args.json)


EXIT_DATABASE = 2


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_REFUSED


async def _add(store: Store, raw: str, *, anime: str | None, full_text: bool) -> int:
    try:
        url = clean_url(raw)
    except FeedRefused as refused:
        return _fail(f"{raw}: {refused.reason}")
    if anime is not None and not anime.strip():
        return _fail("--anime needs a name")
    existing = await store.feed_by_url(url)
    if existing is not None and existing.operator:
        return _fail(f"{url} is followed already (feed {existing.id})")
    if existing is not None:  # a server's feed: the operator takes it over (and lifts limits)
        await store.make_operator_feed(existing.id, full_text=full_text)
        print(f"Feed {existing.id} ({existing.title or url}) is now also the operator's.")
        return 0
    async with Fetcher(guard=False) as fetcher:
        try:
            feed = await check_feed(fetcher, url)
        except FeedRefused as refused:
            return _fail(f"{url}: {refused.reason}")
    feed_id = await store.add_feed(
        url,
        title=feed.title,
        anime=anime.strip() if anime else None,
        full_text=full_text,
        operator=True,
        now=iso(utc_now()),
    )
    if feed_id is None:  # added by another process meanwhile
        return _fail(f"{url} is followed already")
    print(f"Following feed {feed_id}: {feed.title or url} ({len(feed.entries)} entries now).")
    return 0


async def _remove(store: Store, ref: str) -> int:
    feed = await store.get_feed(int(ref)) if ref.strip().isdigit() else None
    if feed is None:
        feed = await store.feed_by_url(ref.strip())
    if feed is None:
        return _fail(f"no feed {ref!r}: see `python -m bot feeds list`")
    await store.delete_feed(feed.id)
    print(f"Removed feed {feed.id} ({feed.title or feed.url}) for every server.")
    return 0


async def _poll(store: Store, settings: Settings, *, as_json: bool) -> int:
    from bot import paths
    from bot.cli.ingest import describe
    from bot.ingest import catalogs_in, sync_catalogs

    dirs = paths.catalog_dirs(settings.data_dir)
    await sync_catalogs(store, dirs)
    async with Poller(
        store,
        interval=dt.timedelta(minutes=settings.feed_poll_minutes),
        host_delay=settings.feed_host_delay,
        allow_private=settings.fetch_allow_private,
        catalogs=lambda: catalogs_in(dirs),
    ) as poller:
        polls: list[FeedPoll] = await poller.poll(every_feed=True)
    failed = 0
    for poll in polls:
        for report in poll.reports:
            print(json.dumps(report.as_json(), ensure_ascii=False) if as_json else describe(report))
        if poll.status is PollStatus.FAILED:
            failed += 1
            print(f"error: feed {poll.feed.id} <{poll.feed.url}>: {poll.error}", file=sys.stderr)
    return EXIT_REFUSED if failed else 0
