"""AniList's answers kept between `catalog import` runs (migration 0008), so a repeated import
spends none of AniList's rate limit. The store keeps JSON text; the client's
`bot.anilist.cache.StoreCache` encodes and decodes it and owns the clock."""

from __future__ import annotations

import logging

from bot.store.base import Aggregate

log = logging.getLogger(__name__)


class AniListCache(Aggregate):
    async def get(self, key: str, now: float) -> str | None:
        """The answer stored under `key`, unless it expired at or before `now`."""
        row = await self.db.fetchone(self.sql.GET_RESPONSE, (key, now))
        return None if row is None else str(row["response"])

    async def put(self, key: str, response: str, now: float, expires_at: float) -> None:
        """Keep `response` until `expires_at`; answers expired by `now` are dropped meanwhile."""
        async with self.writing():
            await self.db.execute(self.sql.DELETE_EXPIRED, (now,))
            await self.db.execute(self.sql.PUT_RESPONSE, (key, response, expires_at))
