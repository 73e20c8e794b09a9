"""Key/value metadata (catalog digests, pending re-links) and row counts."""

from __future__ import annotations

import logging

from bot.store.base import Aggregate

log = logging.getLogger(__name__)


class Meta(Aggregate):
    async def get(self, key: str) -> str | None:
        row = await self.db.fetchone(self.sql.GET_META, (key,))
        return None if row is None else str(row["value"])

    async def set(self, key: str, value: str) -> None:
        async with self.writing():
            await self.db.execute(self.sql.SET_META, (key, value))

    async def is_empty(self) -> bool:
        return not await self.db.fetchval(self.sql.ANY_DOCUMENT)

    async def stats(self) -> dict[str, int]:
        row = await self.db.fetchone(self.sql.STATS)
        assert row is not None  # one row of counts, always
        return {key: int(row[key]) for key in row.keys()}  # noqa: SIM118 (a Row, not a dict)
