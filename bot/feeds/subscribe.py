"""Checking a URL before following it: it must be an http(s) feed that parses."""

from __future__ import annotations

import asyncio
import logging
from urllib.parse import urlsplit

from bot.web.feeds import Feed, NotAFeedError, parse_feed
from bot.web.fetch import FEED_OR_PAGE_TYPES, Fetcher, FetchError

log = logging.getLogger(__name__)

MAX_URL = 2000
MAX_GUILD_FEEDS = 10  # feeds one server may follow


class FeedRefused(Exception):
    """The URL cannot be followed; `reason` says why, for a person."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def clean_url(raw: str) -> str:
    """The URL as it is stored (spaces trimmed); FeedRefused unless it is an http(s) URL."""
    url = raw.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FeedRefused("that is not a web address (it must start with http:// or https://)")
    if len(url) > MAX_URL or any(c.isspace() for c in url):
        raise FeedRefused("that address is too long or contains spaces")
    return url


async def check_feed(fetcher: Fetcher, url: str) -> Feed:
    """Fetch `url` and parse it as RSS/Atom; FeedRefused with the reason when it is not one."""
    try:
        result = await fetcher.fetch(url, accept=FEED_OR_PAGE_TYPES)
    except FetchError as error:
        raise FeedRefused(f"could not fetch it: {error.reason}") from None
    try:
        return await asyncio.to_thread(
            parse_feed, result.body, url=result.url, content_type=result.content_type
        )
    except NotAFeedError as error:
        raise FeedRefused(str(error)) from None
