"""One polling pass over the followed feeds: fetch each due feed (conditionally, politely),
ingest its new entries once, and keep each feed's health.

Nothing here blocks the event loop: fetching is aiohttp, and feed parsing, HTML extraction and
document parsing run in worker threads (`asyncio.to_thread`). An entry is claimed in the store
before it is fetched (one INSERT ... ON CONFLICT DO NOTHING on the entries seen, by guid or
link), so two processes polling the same store never ingest the same entry twice; one bad
entry is recorded as rejected and never stops the others.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from enum import StrEnum

from bot.models import Catalog, FeedRecord, IngestReport, IngestStatus
from bot.store import Store
from bot.web.feeds import Backoff, Feed, FeedEntry, FeedHealth, NotAFeedError, parse_feed
from bot.web.fetch import FEED_OR_PAGE_TYPES, PAGE_TYPES, Fetcher, FetchError
from bot.web.robots import HostPacer, RobotsCache, fetch_politely

log = logging.getLogger(__name__)

MAX_ENTRIES_PER_POLL = 50  # a feed listing more is taken 50 (oldest first) per poll
Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def iso(moment: dt.datetime) -> str:
    """The store's time format: ISO 8601 UTC with microseconds and Z (sorts as text)."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_iso(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def health_of(feed: FeedRecord) -> FeedHealth:
    return FeedHealth(
        failures=feed.failures,
        failing_since=parse_iso(feed.failing_since),
        next_attempt=parse_iso(feed.next_attempt),
        last_error=feed.last_error,
    )


def with_health(feed: FeedRecord, health: FeedHealth) -> FeedRecord:
    return replace(
        feed,
        failures=health.failures,
        failing_since=iso(health.failing_since) if health.failing_since else None,
        next_attempt=iso(health.next_attempt) if health.next_attempt else None,
        last_error=health.last_error,
    )


def is_due(feed: FeedRecord, now: dt.datetime, interval: dt.timedelta) -> bool:
    """Polled at most once per `interval`, and not before its backoff allows."""
    if not health_of(feed).due(now):
        return False
    last = parse_iso(feed.last_polled)
    return last is None or now - last >= interval


def entries_oldest_first(feed: Feed) -> list[FeedEntry]:
    """Feeds list the newest first; entries are ingested (and announced) oldest first."""
    dated = [e for e in feed.entries if e.published is not None]
    if len(dated) == len(feed.entries):
        return sorted(feed.entries, key=lambda e: e.published or dt.datetime.min)
    return list(reversed(feed.entries))


class PollStatus(StrEnum):
    OK = "ok"
    NOT_MODIFIED = "not-modified"
    FAILED = "failed"


@dataclass(slots=True)
class FeedPoll:
    """What one feed's poll did."""

    feed: FeedRecord  # its state after the poll
    status: PollStatus
    error: str | None = None
    reports: list[IngestReport] = field(default_factory=list)
    added: list[int] = field(default_factory=list)  # ids of the documents newly added


# A pass holds the "feeds" lease this long at a time (renewed while it runs): a process that
# dies mid-pass hands the polling over to another after at most this.
POLL_LEASE_SECONDS = 60.0


@asynccontextmanager
async def poll_turn(store: Store) -> AsyncIterator[bool]:
    """The one point where a pass takes the cross-process "feeds" lease: True in the one
    process that polls now, False in every other (which skips this pass). The entry and
    announcement claims in the store also keep each entry ingested once and each review
    announced once per server, should two passes ever overlap."""
    async with store.lease("feeds", ttl=POLL_LEASE_SECONDS) as lease:
        yield bool(lease)


class Poller:
    """Polls feeds into the store. Use `async with` (it owns its two fetchers): operator feeds
    are fetched plainly, feeds added from Discord only through the private-address guard."""

    def __init__(
        self,
        store: Store,
        *,
        interval: dt.timedelta,
        host_delay: float = 1.0,
        allow_private: bool = False,
        backoff: Backoff | None = None,
        catalogs: Callable[[], Sequence[Catalog]] = list,
        clock: Clock = utc_now,
        open_fetcher: Fetcher | None = None,
        guarded_fetcher: Fetcher | None = None,
    ) -> None:
        self.store = store
        self.interval = interval
        self.backoff = backoff or Backoff()
        self.catalogs = catalogs
        self.clock = clock
        self.open_fetcher = open_fetcher or Fetcher(guard=False)
        self.guarded_fetcher = guarded_fetcher or Fetcher(guard=True, allow_private=allow_private)
        self.pacer = HostPacer(host_delay)
        self._robots = {
            id(self.open_fetcher): RobotsCache(self.open_fetcher),
            id(self.guarded_fetcher): RobotsCache(self.guarded_fetcher),
        }

    async def __aenter__(self) -> Poller:
        await self.open_fetcher.open()
        await self.guarded_fetcher.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.open_fetcher.close()
        await self.guarded_fetcher.close()

    def fetcher_for(self, feed: FeedRecord) -> Fetcher:
        return self.guarded_fetcher if feed.guarded else self.open_fetcher

    async def poll(self, *, every_feed: bool = False) -> list[FeedPoll]:
        """Poll the feeds that are due (`every_feed`: ignore the interval, not the backoff),
        one after another; the per-host delay spaces requests to one site."""
        now = self.clock()
        feeds = await self.store.list_feeds()
        due = [
            f
            for f in feeds
            if (health_of(f).due(now) if every_feed else is_due(f, now, self.interval))
        ]
        if not due:
            return []
        started = time.perf_counter()
        catalogs = await asyncio.to_thread(self.catalogs)
        polls = []
        async with poll_turn(self.store) as mine:
            if not mine:
                return []
            for feed in due:
                polls.append(await self.poll_feed(feed, catalogs))
        added = sum(len(p.added) for p in polls)
        log.info(
            "Polled %d feeds in %.1f s: %d new documents, %d failed",
            len(polls),
            time.perf_counter() - started,
            added,
            sum(1 for p in polls if p.status is PollStatus.FAILED),
        )
        return polls

    async def poll_feed(self, feed: FeedRecord, catalogs: Sequence[Catalog]) -> FeedPoll:
        """Poll one feed; never raises for the feed's own problems (they are its health)."""
        now = self.clock()
        fetcher = self.fetcher_for(feed)
        robots = self._robots[id(fetcher)]
        try:
            result = await fetch_politely(
                fetcher,
                robots,
                self.pacer,
                feed.url,
                accept=FEED_OR_PAGE_TYPES,
                etag=feed.etag,
                last_modified=feed.last_modified,
            )
        except FetchError as error:
            retry = dt.timedelta(seconds=error.retry_after) if error.retry_after else None
            return await self._failed(feed, now, error.reason, retry_after=retry)
        if result.not_modified:
            polled = with_health(replace(feed, last_polled=iso(now)), health_of(feed).succeeded())
            await self.store.save_feed_state(polled)
            return FeedPoll(polled, PollStatus.NOT_MODIFIED)
        try:
            parsed = await asyncio.to_thread(
                parse_feed, result.body, url=result.url, content_type=result.content_type
            )
        except NotAFeedError as error:
            return await self._failed(feed, now, str(error))
        fetched = replace(
            feed,
            title=feed.title or parsed.title,
            etag=result.etag,
            last_modified=result.last_modified,
            last_polled=iso(now),
        )
        poll = FeedPoll(fetched, PollStatus.OK)
        for entry in entries_oldest_first(parsed)[-MAX_ENTRIES_PER_POLL:]:
            await self._entry(fetched, entry, catalogs, poll)
        if parsed.problem is not None:  # entries were recovered, but the feed is broken
            failed = await self._failed(fetched, now, parsed.problem)
            failed.reports, failed.added = poll.reports, poll.added
            return failed
        poll.feed = with_health(fetched, health_of(fetched).succeeded())
        await self.store.save_feed_state(poll.feed)
        return poll

    async def _failed(
        self,
        feed: FeedRecord,
        now: dt.datetime,
        reason: str,
        *,
        retry_after: dt.timedelta | None = None,
    ) -> FeedPoll:
        health = health_of(feed).failed(now, reason, self.backoff, retry_after=retry_after)
        failed = with_health(replace(feed, last_polled=iso(now)), health)
        await self.store.save_feed_state(failed)
        log.warning("Feed %s (%s) failed: %s", feed.id, feed.url, reason)
        return FeedPoll(failed, PollStatus.FAILED, error=reason)

    async def _entry(
        self,
        feed: FeedRecord,
        entry: FeedEntry,
        catalogs: Sequence[Catalog],
        poll: FeedPoll,
    ) -> None:
        store = self.store
        if await store.entry_seen(feed.id, entry.key, entry.link):
            return
        if not await store.claim_entry(feed.id, entry.key, entry.link, now=iso(self.clock())):
            return  # another process took it between the two statements
        if entry.link is None:
            await store.finish_entry(feed.id, entry.key, status="rejected", reason="no link")
            return
        try:
            report = await self._ingest(feed, entry.link, catalogs)
        except FetchError as error:
            if error.transient:
                await store.release_entry(feed.id, entry.key)  # tried again next poll
                log.info("Entry %s of feed %s: %s; will retry", entry.link, feed.id, error)
            else:
                await store.finish_entry(feed.id, entry.key, status="rejected", reason=error.reason)
                log.info("Entry %s of feed %s: %s", entry.link, feed.id, error.reason)
            return
        except Exception:  # one bad entry never stops the others
            log.exception("Entry %s of feed %s could not be ingested", entry.link, feed.id)
            await store.finish_entry(
                feed.id, entry.key, status="rejected", reason="could not be ingested"
            )
            return
        poll.reports.append(report)
        document_id = None
        if report.document is not None and report.status is not IngestStatus.REJECTED:
            document_id = await store.document_id_by_hash(report.document.content_hash)
        await store.finish_entry(
            feed.id,
            entry.key,
            status=str(report.status),
            reason=report.reason,
            document_id=document_id,
            excerpt_only=not feed.full_text and report.status is IngestStatus.ADDED,
        )
        if report.status is IngestStatus.ADDED and document_id is not None:
            poll.added.append(document_id)

    async def _ingest(
        self, feed: FeedRecord, link: str, catalogs: Sequence[Catalog]
    ) -> IngestReport:
        # The parsers (detectors, trafilatura, lxml: about 10 MiB) load at the first entry a
        # feed brings, not with the cog: a bot that follows no feed never holds them.
        from bot.ingest.service import ingest_text

        fetcher = self.fetcher_for(feed)
        page = await fetch_politely(
            fetcher, self._robots[id(fetcher)], self.pacer, link, accept=PAGE_TYPES
        )
        return await ingest_text(
            self.store,
            page.text(),
            source=page.url,
            html=page.content_type != "text/plain",
            catalogs=catalogs,
            anime=feed.anime,
        )
