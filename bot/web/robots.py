"""robots.txt per host (urllib.robotparser, fetched through the Fetcher, cached) and a
per-host politeness delay.

Rules as RFC 9309 puts them: a robots.txt that cannot be found (any 4xx) allows everything;
one that cannot be reached (5xx, timeout, connection failure) disallows everything for now,
and is asked again after `error_ttl`.
"""

from __future__ import annotations

import asyncio
import logging
import time
import urllib.robotparser
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.web.fetch import ANY_TYPE, PAGE_TYPES, Fetcher, FetchError, FetchResult

log = logging.getLogger(__name__)

ROBOTS_AGENT = "RougeReviewsBot"  # the product token robots.txt groups are matched against

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class DisallowedError(FetchError):
    """robots.txt forbids the URL (or could not be reached, which counts as forbidding)."""


@dataclass(frozen=True, slots=True)
class _Rules:
    parser: urllib.robotparser.RobotFileParser | None  # None: everything allowed
    disallow_all: bool
    expires: float
    reason: str | None = None  # why everything is disallowed

    def allows(self, agent: str, url: str) -> bool:
        if self.disallow_all:
            return False
        return self.parser is None or self.parser.can_fetch(agent, url)

    def crawl_delay(self, agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(agent)
        return float(delay) if delay is not None else None


def origin(url: str) -> str:
    """scheme://host[:port] of a URL, lower-cased: the scope of one robots.txt."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


class RobotsCache:
    """`await robots.allowed(url)`; robots.txt is fetched once per origin per `ttl` seconds."""

    def __init__(
        self,
        fetcher: Fetcher,
        *,
        agent: str = ROBOTS_AGENT,
        ttl: float = 24 * 3600.0,
        error_ttl: float = 600.0,
        clock: Clock = time.monotonic,
    ) -> None:
        self._fetcher = fetcher
        self._agent = agent
        self._ttl = ttl
        self._error_ttl = error_ttl
        self._clock = clock
        self._rules: dict[str, _Rules] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def allowed(self, url: str) -> bool:
        return (await self._rules_for(url)).allows(self._agent, url)

    async def check(self, url: str) -> None:
        """Raise DisallowedError with a readable reason when `url` may not be fetched."""
        rules = await self._rules_for(url)
        if not rules.allows(self._agent, url):
            raise DisallowedError(rules.reason or "disallowed by the site's robots.txt")

    async def crawl_delay(self, url: str) -> float | None:
        """The Crawl-delay robots.txt asks of us, in seconds, if any."""
        return (await self._rules_for(url)).crawl_delay(self._agent)

    async def _rules_for(self, url: str) -> _Rules:
        key = origin(url)
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:  # one fetch of robots.txt per origin, however many callers wait
            cached = self._rules.get(key)
            if cached is not None and self._clock() < cached.expires:
                return cached
            rules = await self._load(key)
            self._rules[key] = rules
            return rules

    async def _load(self, key: str) -> _Rules:
        robots_url = f"{key}/robots.txt"
        now = self._clock()
        try:
            result: FetchResult = await self._fetcher.fetch(robots_url, accept=ANY_TYPE, retries=0)
        except FetchError as error:
            if error.status is not None and 400 <= error.status < 500:
                return _Rules(None, disallow_all=False, expires=now + self._ttl)
            log.info("robots.txt of %s unreachable (%s): not fetching there for now", key, error)
            reason = f"robots.txt unreachable ({error.reason})"
            return _Rules(None, disallow_all=True, expires=now + self._error_ttl, reason=reason)
        parser = urllib.robotparser.RobotFileParser(robots_url)
        parser.parse(result.text().splitlines())
        return _Rules(parser, disallow_all=False, expires=now + self._ttl)


class HostPacer:
    """At most one request per host every `delay` seconds (or the host's Crawl-delay, when
    longer, up to `max_delay`). `await pacer.wait(url)` before each request."""

    def __init__(
        self,
        delay: float = 1.0,
        *,
        max_delay: float = 30.0,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.delay = delay
        self.max_delay = max_delay
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}

    async def wait(self, url: str, *, crawl_delay: float | None = None) -> float:
        """Wait for this host's turn; returns the seconds waited."""
        host = (urlsplit(url).hostname or "").lower()
        spacing = min(self.max_delay, max(self.delay, crawl_delay or 0.0))
        now = self._clock()
        slot = max(now, self._next.get(host, now))
        self._next[host] = slot + spacing  # reserved before awaiting: concurrent callers queue
        wait = slot - now
        if wait > 0:
            await self._sleep(wait)
        return wait


async def fetch_politely(
    fetcher: Fetcher,
    robots: RobotsCache,
    pacer: HostPacer,
    url: str,
    *,
    accept: frozenset[str] = PAGE_TYPES,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FetchResult:
    """robots.txt check, the host's turn, then the fetch (conditional when given validators).

    Raises DisallowedError (a FetchError) when robots.txt forbids the URL. Only the URL asked
    for is checked against robots.txt, not the hops it redirects through.
    """
    await robots.check(url)
    await pacer.wait(url, crawl_delay=await robots.crawl_delay(url))
    return await fetcher.fetch(url, accept=accept, etag=etag, last_modified=last_modified)
