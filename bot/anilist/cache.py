"""A :class:`~bot.anilist.client.ResponseCache` in the bot's store (24 h by the client's TTL).

`catalog import` passes it to the client, so a repeated import, a `--dry-run` followed by the
real import, or an ambiguous query re-run with `--pick`, sends AniList no request while the
answers are fresh. Answers are kept as JSON text; time comes from ``clock`` (Unix seconds), so
tests move it instead of waiting a day.
"""

from __future__ import annotations

import json
import logging
import time
from typing import TYPE_CHECKING, Any

from bot.anilist.client import Clock

if TYPE_CHECKING:
    from bot.store import Store

log = logging.getLogger(__name__)

__all__ = ["StoreCache"]


class StoreCache:
    """AniList's answers kept in the store's ``anilist_cache`` table until they expire."""

    def __init__(self, store: Store, clock: Clock = time.time) -> None:
        self._store = store
        self._clock = clock

    async def get(self, key: str) -> Any | None:
        text = await self._store.cached_anilist_response(key, self._clock())
        if text is None:
            return None
        try:
            return json.loads(text)
        except json.JSONDecodeError:  # never written by put(); treated as a miss
            log.warning("Ignoring an unreadable cached AniList answer")
            return None

    async def put(self, key: str, value: Any, ttl: float) -> None:
        now = self._clock()
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        await self._store.cache_anilist_response(key, text, now, now + ttl)
