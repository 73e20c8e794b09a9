"""AniList's GraphQL API over aiohttp: one query per page, polite to its rate limit.

- The endpoint is ``Settings.anilist_api_url`` (``ANILIST_API_URL``, default
  https://graphql.anilist.co); tests point it at ``anilist_sandbox``.
- At most ``RateLimiter.limit`` requests (30) in any 60 seconds: AniList documents 90 a minute
  but has long run degraded at 30, which its headers do not show.
- ``X-RateLimit-Remaining: 0`` holds further requests for a minute; a 429 waits its
  ``Retry-After`` (bounded) and tries again; a 5xx, a timeout or a dropped connection is retried
  with exponential backoff. When all that fails: :class:`AniListError` with one line, "AniList
  could not be reached: …; nothing was changed".
- Answers can be kept in a :class:`ResponseCache` (24 h by default) so a repeated import spends
  no requests. :class:`MemoryCache` keeps them in memory; the store can offer the same protocol.

Time is injectable (``clock`` and ``sleep``), so tests drive the limiter and the backoff with a
fake clock instead of sleeping.
"""

from __future__ import annotations

import asyncio
import email.utils
import hashlib
import json
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Protocol

import aiohttp

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_API_URL",
    "AniListClient",
    "AniListError",
    "AniListNotFound",
    "MemoryCache",
    "RateLimiter",
    "ResponseCache",
]

DEFAULT_API_URL = "https://graphql.anilist.co"
DEFAULT_LIMIT = 30  # requests per WINDOW: AniList's degraded rate (documented: 90)
WINDOW = 60.0
CACHE_TTL = 24 * 3600.0
MAX_RESPONSE_BYTES = 4 * 1024 * 1024
MAX_RETRY_AFTER = 120.0  # a 429 asking for longer than this is treated as unreachable
CHARACTERS_PER_PAGE = 25
SEARCH_PER_PAGE = 10

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]

MEDIA_FIELDS = """
      id
      type
      format
      status
      episodes
      seasonYear
      title { romaji english native }
      synonyms
      siteUrl
"""

SEARCH_QUERY = (
    """query SearchAnime($search: String, $page: Int, $perPage: Int) {
  Page(page: $page, perPage: $perPage) {
    pageInfo { hasNextPage currentPage perPage }
    media(search: $search, type: ANIME, sort: SEARCH_MATCH) {"""
    + MEDIA_FIELDS
    + """    }
  }
}"""
)

MEDIA_QUERY = (
    """query AnimeById($id: Int) {
  Media(id: $id, type: ANIME) {"""
    + MEDIA_FIELDS
    + """  }
}"""
)

_STAFF = "id name { full native } languageV2 siteUrl"

CHARACTERS_QUERY = (
    """query AnimeCharacters($id: Int, $page: Int, $perPage: Int) {
  Media(id: $id, type: ANIME) {
    id
    characters(page: $page, perPage: $perPage, sort: [ROLE, FAVOURITES_DESC, ID]) {
      pageInfo { hasNextPage currentPage perPage }
      edges {
        role
        node {
          id
          name { full native alternative alternativeSpoiler }
          description
          image { large medium }
          favourites
          siteUrl
        }
        japanese: voiceActors(language: JAPANESE, sort: [RELEVANCE, ID]) { """
    + _STAFF
    + """ }
        english: voiceActors(language: ENGLISH, sort: [RELEVANCE, ID]) { """
    + _STAFF
    + """ }
      }
    }
  }
}"""
)


class AniListError(Exception):
    """AniList could not answer; the message is one line meant for the operator."""


class AniListNotFound(AniListError):
    """AniList answered that the asked-for anime does not exist."""


class ResponseCache(Protocol):
    """Where answers are kept between runs; values are JSON-compatible."""

    async def get(self, key: str) -> Any | None: ...

    async def put(self, key: str, value: Any, ttl: float) -> None: ...


class MemoryCache:
    """A :class:`ResponseCache` in memory, with expiry by ``clock`` (seconds)."""

    def __init__(self, clock: Clock = time.time) -> None:
        self._clock = clock
        self._items: dict[str, tuple[float, Any]] = {}

    async def get(self, key: str) -> Any | None:
        item = self._items.get(key)
        if item is None:
            return None
        expires, value = item
        if self._clock() >= expires:
            del self._items[key]
            return None
        return value

    async def put(self, key: str, value: Any, ttl: float) -> None:
        self._items[key] = (self._clock() + ttl, value)


class RateLimiter:
    """At most ``limit`` acquisitions in any ``window`` seconds (a sliding log, so no bursts)."""

    def __init__(
        self,
        limit: int = DEFAULT_LIMIT,
        window: float = WINDOW,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit = limit
        self.window = window
        self._clock = clock
        self._sleep = sleep
        self._times: deque[float] = deque()
        self._hold_until = 0.0
        self._lock = asyncio.Lock()

    def hold(self, seconds: float) -> None:
        """Let nothing through for ``seconds`` (the server said the budget is spent)."""
        self._hold_until = max(self._hold_until, self._clock() + seconds)

    async def acquire(self) -> None:
        async with self._lock:
            while True:
                now = self._clock()
                while self._times and now - self._times[0] >= self.window:
                    self._times.popleft()
                wait = self._hold_until - now
                if len(self._times) >= self.limit:
                    wait = max(wait, self._times[0] + self.window - now)
                if wait <= 0:
                    self._times.append(now)
                    return
                log.debug("AniList rate limit: waiting %.1f s", wait)
                await self._sleep(wait)


def cache_key(query: str, variables: dict[str, Any]) -> str:
    raw = json.dumps({"q": " ".join(query.split()), "v": variables}, sort_keys=True)
    return "anilist:" + hashlib.sha256(raw.encode("utf-8")).hexdigest()


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds: a number of seconds, or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


class _Retry(Exception):
    def __init__(self, reason: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


class AniListClient:
    """Queries AniList; use as ``async with AniListClient(url) as client``."""

    def __init__(
        self,
        url: str = DEFAULT_API_URL,
        *,
        session: aiohttp.ClientSession | None = None,
        limiter: RateLimiter | None = None,
        cache: ResponseCache | None = None,
        cache_ttl: float = CACHE_TTL,
        sleep: Sleep = asyncio.sleep,
        timeout: float = 20.0,
        retries: int = 3,
        backoff: float = 1.0,
    ) -> None:
        self.url = url
        self._session = session
        self._own_session = session is None
        self.limiter = limiter or RateLimiter(sleep=sleep)
        self.cache = cache
        self.cache_ttl = cache_ttl
        self._sleep = sleep
        self._timeout = aiohttp.ClientTimeout(total=timeout, sock_connect=min(timeout, 10.0))
        self.retries = retries
        self.backoff = backoff
        self.requests_sent = 0

    async def __aenter__(self) -> AniListClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        if self._own_session and self._session is not None:
            await self._session.close()
            self._session = None

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession(
                timeout=self._timeout,
                headers={"Accept": "application/json", "User-Agent": "rouge-reviews-bot"},
            )
        return self._session

    # ----------------------------------------------------------------- one query

    async def query(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        """The ``data`` of one GraphQL query, from the cache when it holds it."""
        key = cache_key(query, variables)
        if self.cache is not None:
            cached = await self.cache.get(key)
            if isinstance(cached, dict):
                log.debug("AniList answer from cache")
                return cached
        data = await self._send(query, variables)
        if self.cache is not None:
            await self.cache.put(key, data, self.cache_ttl)
        return data

    async def _send(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        attempts = 0
        rate_limited = 0
        while True:
            await self.limiter.acquire()
            try:
                return await self._post(query, variables)
            except _Retry as retry:
                if retry.wait is not None:  # 429: wait as told, a bounded number of times
                    rate_limited += 1
                    if rate_limited > self.retries:
                        raise _unreachable(retry.reason) from None
                    log.warning("AniList rate limit hit: waiting %.0f s", retry.wait)
                    self.limiter.hold(retry.wait)
                    continue
                attempts += 1
                if attempts > self.retries:
                    raise _unreachable(retry.reason) from None
                delay = self.backoff * 2 ** (attempts - 1)
                log.warning("AniList: %s; retrying in %.0f s", retry.reason, delay)
                await self._sleep(delay)

    async def _post(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        self.requests_sent += 1
        try:
            async with self._http().post(
                self.url,
                json={"query": query, "variables": variables},
                timeout=self._timeout,
            ) as response:
                self._observe(response)
                if response.status == 429:
                    wait = retry_after_seconds(response.headers.get("Retry-After"))
                    wait = 60.0 if wait is None else wait
                    if wait > MAX_RETRY_AFTER:
                        raise AniListError(
                            f"AniList could not be reached: rate limited for {wait:.0f} s; "
                            "nothing was changed"
                        )
                    raise _Retry("HTTP 429 Too Many Requests", wait=wait)
                if response.status >= 500:
                    raise _Retry(f"HTTP {response.status}")
                raw = await response.content.read(MAX_RESPONSE_BYTES + 1)
                status = response.status
        except (TimeoutError, aiohttp.ServerTimeoutError):
            raise _Retry("no answer in time") from None
        except aiohttp.ClientError as exc:
            raise _Retry(str(exc) or type(exc).__name__) from None
        if len(raw) > MAX_RESPONSE_BYTES:
            raise AniListError("AniList sent an answer too large to use; nothing was changed")
        return _data(status, raw)

    def _observe(self, response: aiohttp.ClientResponse) -> None:
        remaining = response.headers.get("X-RateLimit-Remaining")
        if remaining is not None and remaining.strip().isdigit() and int(remaining) == 0:
            self.limiter.hold(self.limiter.window)

    # ----------------------------------------------------------------- the queries we send

    async def search(self, text: str, *, per_page: int = SEARCH_PER_PAGE) -> list[dict[str, Any]]:
        """Anime matching ``text``, best first (AniList's SEARCH_MATCH order); one request."""
        data = await self.query(SEARCH_QUERY, {"search": text, "page": 1, "perPage": per_page})
        page = data.get("Page") or {}
        return [m for m in page.get("media") or [] if isinstance(m, dict)]

    async def media(self, media_id: int) -> dict[str, Any]:
        """One anime by AniList id; AniListNotFound when there is none."""
        data = await self.query(MEDIA_QUERY, {"id": media_id})
        media = data.get("Media")
        if not isinstance(media, dict):
            raise AniListNotFound(f"AniList has no anime with id {media_id}")
        return media

    async def characters(
        self, media_id: int, *, limit: int, per_page: int = CHARACTERS_PER_PAGE
    ) -> list[dict[str, Any]]:
        """Up to ``limit`` character edges (role, then favourites), one request per page."""
        edges: list[dict[str, Any]] = []
        page = 1
        while len(edges) < limit:
            data = await self.query(
                CHARACTERS_QUERY, {"id": media_id, "page": page, "perPage": per_page}
            )
            media = data.get("Media")
            if not isinstance(media, dict):
                raise AniListNotFound(f"AniList has no anime with id {media_id}")
            connection = media.get("characters") or {}
            edges += [e for e in connection.get("edges") or [] if isinstance(e, dict)]
            if not (connection.get("pageInfo") or {}).get("hasNextPage"):
                break
            page += 1
        return edges


def _unreachable(reason: str) -> AniListError:
    return AniListError(f"AniList could not be reached: {reason}; nothing was changed")


def _data(status: int, raw: bytes) -> dict[str, Any]:
    """The ``data`` of an AniList answer, or the error it reports."""
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise AniListError(
            f"AniList sent an unreadable answer (HTTP {status}); nothing was changed"
        ) from None
    if not isinstance(body, dict):
        raise AniListError("AniList sent an unexpected answer; nothing was changed")
    errors = body.get("errors") or []
    data = body.get("data")
    if errors:
        first = errors[0] if isinstance(errors[0], dict) else {}
        message = str(first.get("message") or "unknown error")
        if first.get("status") == 404 or status == 404:
            raise AniListNotFound(f"AniList found nothing: {message}")
        raise AniListError(f"AniList refused the query: {message}; nothing was changed")
    if status >= 400 or not isinstance(data, dict):
        raise AniListError(f"AniList answered HTTP {status}; nothing was changed")
    return data
