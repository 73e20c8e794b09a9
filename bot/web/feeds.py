"""RSS/Atom bytes -> frozen dataclasses (feedparser), and the backoff policy for failing feeds.

Pure: `parse_feed` and `saved_entry` read bytes they are given (never a URL or a path, so
feedparser never fetches anything itself), and `Backoff` computes times from times.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import logging
import random
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

import feedparser

log = logging.getLogger(__name__)

_HTML_STARTS = (b"<!doctype html", b"<html")


class NotAFeedError(ValueError):
    """The bytes are not an RSS or Atom feed; the message says why, for a person."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    key: str  # stable identity: the entry's guid/id, else its link
    link: str | None  # absolute
    title: str | None
    published: dt.datetime | None  # UTC; the published date, else the updated one


@dataclass(frozen=True, slots=True)
class Feed:
    title: str | None
    link: str | None  # the site's page, as the feed gives it
    entries: tuple[FeedEntry, ...]
    # Set when feedparser had to recover from broken XML but still found entries.
    problem: str | None = None


def parse_feed(data: bytes, *, url: str | None = None, content_type: str | None = None) -> Feed:
    """Parse feed bytes fetched from `url` (relative links resolve against it).

    Raises NotAFeedError for an HTML page, for unparseable bytes and for anything with
    neither entries nor a feed title. Entries with neither an id nor a link are dropped
    (nothing could tell them apart from one poll to the next).
    """
    head = data.lstrip()[:64].lower()
    if head.startswith(_HTML_STARTS):
        raise NotAFeedError("not a feed: this is an HTML page")
    headers = {"content-type": content_type or "application/xml"}
    if url:
        headers["content-location"] = url
    parsed: Any = feedparser.parse(io.BytesIO(data), response_headers=headers)
    channel: Mapping[str, Any] = parsed.get("feed", {})
    raw_entries: list[Mapping[str, Any]] = list(parsed.get("entries", []))
    title = _text(channel.get("title"))
    problem = _problem(parsed)
    if not parsed.get("version") and not raw_entries:
        raise NotAFeedError(f"not a feed: {problem or 'no RSS or Atom content'}")
    if problem is not None and not raw_entries and title is None:
        raise NotAFeedError(f"not a feed: {problem}")
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for raw in raw_entries:
        entry = _entry(raw)
        if entry is None or entry.key in seen:
            continue
        seen.add(entry.key)
        entries.append(entry)
    return Feed(title, _text(channel.get("link")), tuple(entries), problem)


def _entry(raw: Mapping[str, Any]) -> FeedEntry | None:
    link = _text(raw.get("link"))
    key = _text(raw.get("id")) or link
    if key is None:
        return None
    published = _datetime(raw.get("published_parsed")) or _datetime(raw.get("updated_parsed"))
    return FeedEntry(key=key, link=link, title=_text(raw.get("title")), published=published)


# A feed's entry saved on its own: an Atom <entry> or RSS <item> document (perhaps after an
# XML declaration), as a browser or a feed reader saves one; or the feed itself (<feed>,
# <rss>) saved while it held that one entry, its channel's title (the site's name) first.
_LONE_ENTRY = re.compile(rb"\s*(?:<\?xml[^>]{0,200}\?>\s*)?<(?:entry|item|feed|rss)[\s>]")
_LONE_ENTRY_LOOK = 4096
# A saved entry that is not well-formed XML but whole, its root closed at its end: an item cut
# from its feed keeps the feed's namespace prefixes (WordPress's <slash:comments>) without
# their declarations, or an HTML entity (&nbsp;) XML does not know. feedparser's lenient
# parser recovers such an entry whole; one cut off before its root closes may lack its end.
_CLOSED = re.compile(rb"</(?:entry|item|feed|rss)>\s*$")
_CLOSED_LOOK = 256


@dataclass(frozen=True, slots=True)
class SavedEntry:
    """A feed's entry saved on its own: what a page reader needs of it."""

    html: str  # its content (else its summary) as HTML; feedparser has sanitised it
    title: str | None
    author: str | None
    published: dt.date | None  # the published date, else the updated one
    link: str | None


def saved_entry(data: bytes) -> SavedEntry | None:
    """`data` as a SavedEntry when it is one feed entry with content, on its own or as the
    only entry of a saved feed (whose own title is the site's, not the article's); else None
    (a page, a feed of several entries, broken XML, an entry with nothing to read)."""
    if _LONE_ENTRY.match(data[:_LONE_ENTRY_LOOK]) is None:
        return None
    headers = {"content-type": "application/xml"}
    parsed: Any = feedparser.parse(io.BytesIO(data), response_headers=headers)
    entries: list[Mapping[str, Any]] = list(parsed.get("entries", []))
    if len(entries) != 1:
        return None
    if _problem(parsed) is not None and _CLOSED.search(data[-_CLOSED_LOOK:]) is None:
        return None  # cut off: what feedparser recovered may lack the article's end
    raw = entries[0]
    contents = [c for c in raw.get("content", ()) if _text(c.get("value"))]
    body = contents[0] if contents else raw.get("summary_detail")
    if not body or not _text(body.get("value")):
        return None
    value: str = body["value"]
    if body.get("type") == "text/plain":  # plain text: its paragraphs, escaped
        value = "".join(f"<p>{html.escape(p)}</p>" for p in value.split("\n\n") if p.strip())
    published = _datetime(raw.get("published_parsed")) or _datetime(raw.get("updated_parsed"))
    return SavedEntry(
        html=value,
        title=_text(raw.get("title")),
        author=_text(raw.get("author")),
        published=published.date() if published is not None else None,
        link=_text(raw.get("link")),
    )


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    cleaned = " ".join(value.split())
    return cleaned or None


def _datetime(value: object) -> dt.datetime | None:
    if not isinstance(value, time.struct_time):
        return None
    try:
        return dt.datetime(*value[:6], tzinfo=dt.UTC)
    except ValueError:
        return None


def _problem(parsed: Any) -> str | None:
    if not parsed.get("bozo"):
        return None
    error = parsed.get("bozo_exception")
    if isinstance(error, feedparser.CharacterEncodingOverride):
        return None  # a wrong charset declaration that feedparser fixed: not a problem
    message = str(error).strip() if error is not None else ""
    return f"broken XML ({message})" if message else "broken XML"


# -- backoff for failing feeds --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Backoff:
    """When to try a failing feed again: `base` doubled per consecutive failure, times a
    random factor within ±`jitter`, never more than `cap`; a feed that has failed for
    `failing_after` is `failing` (shown in `feeds list`) but is still retried every `cap`."""

    base: dt.timedelta = dt.timedelta(minutes=5)
    cap: dt.timedelta = dt.timedelta(hours=6)
    jitter: float = 0.2  # fraction of the delay, both ways
    failing_after: dt.timedelta = dt.timedelta(hours=24)

    def delay(
        self,
        failures: int,
        *,
        rand: Callable[[], float] = random.random,
        retry_after: dt.timedelta | None = None,
    ) -> dt.timedelta:
        """The wait after the `failures`-th consecutive failure (1 = the first)."""
        if failures < 1:
            return dt.timedelta(0)
        exponent = min(failures - 1, 32)  # 5 min * 2**32 is far past any cap
        raw = self.base * (2**exponent)
        factor = 1.0 + self.jitter * (2.0 * rand() - 1.0)
        wait: dt.timedelta = min(self.cap, dt.timedelta(seconds=raw.total_seconds() * factor))
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.cap))
        return wait


@dataclass(frozen=True, slots=True)
class FeedHealth:
    """A feed's failure state, as the store keeps it. Pure transitions."""

    failures: int = 0
    failing_since: dt.datetime | None = None  # the first failure of the current run
    next_attempt: dt.datetime | None = None  # None: on the normal schedule
    last_error: str | None = None

    def succeeded(self) -> FeedHealth:
        return FeedHealth()

    def failed(
        self,
        now: dt.datetime,
        error: str,
        policy: Backoff,
        *,
        rand: Callable[[], float] = random.random,
        retry_after: dt.timedelta | None = None,
    ) -> FeedHealth:
        failures = self.failures + 1
        wait = policy.delay(failures, rand=rand, retry_after=retry_after)
        return replace(
            self,
            failures=failures,
            failing_since=self.failing_since or now,
            next_attempt=now + wait,
            last_error=error,
        )

    def due(self, now: dt.datetime) -> bool:
        """May it be polled now (as far as backoff goes; the poll interval is separate)?"""
        return self.next_attempt is None or now >= self.next_attempt

    def failing(self, now: dt.datetime, policy: Backoff) -> bool:
        """True once it has failed without a success for `policy.failing_after`."""
        return self.failing_since is not None and now - self.failing_since >= policy.failing_after
