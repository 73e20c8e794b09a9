"""Members' ratings of episodes (per server), and the critics' scores /scores aggregates.

Member aggregates are computed by the database (COUNT and SUM per episode), critics' by
bot.ratings from the scored documents' kind, episode and score (no text is read).
"""

from __future__ import annotations

import logging

from bot.models import DocumentKind
from bot.ratings import CriticScore, MemberAggregate
from bot.store.base import Aggregate
from bot.store.engine import Row
from bot.store.rows import score as row_score

log = logging.getLogger(__name__)


def _critic(row: Row) -> CriticScore | None:
    score = row_score(row)
    if score is None:
        return None
    try:
        normalised = score.score_100
    except (ZeroDivisionError, OverflowError, ValueError):
        return None
    if normalised is None:  # a letter grade with no scale: nothing to average
        return None
    if not 0 <= normalised <= 100:  # a malformed scale ("12/10"): no place in an aggregate
        log.debug("score %r is outside 0-100 once normalised; left out", score.raw)
        return None
    return CriticScore(DocumentKind(row["kind"]), row["episode"], normalised)


def _member(row: Row | None) -> MemberAggregate | None:
    if row is None or not row["count"]:
        return None
    return MemberAggregate(int(row["count"]), int(row["total"]))


class Ratings(Aggregate):
    async def get(self, guild_id: int, anime_id: int, episode: int, user_id: int) -> int | None:
        value = await self.db.fetchval(self.sql.GET_RATING, (guild_id, anime_id, episode, user_id))
        return None if value is None else int(value)

    async def set(
        self, guild_id: int, anime_id: int, episode: int, user_id: int, score: int
    ) -> None:
        await self.db.execute(self.sql.SET_RATING, (guild_id, anime_id, episode, user_id, score))

    async def clear(self, guild_id: int, anime_id: int, episode: int, user_id: int) -> int:
        return await self.db.execute(self.sql.CLEAR_RATING, (guild_id, anime_id, episode, user_id))

    async def members(self, guild_id: int, anime_id: int) -> dict[int, MemberAggregate]:
        rows = await self.db.fetchall(self.sql.MEMBER_AGGREGATES, (guild_id, anime_id))
        found = {int(row["episode"]): _member(row) for row in rows}
        return {episode: agg for episode, agg in found.items() if agg is not None}

    async def member(self, guild_id: int, anime_id: int, episode: int) -> MemberAggregate | None:
        return _member(
            await self.db.fetchone(self.sql.MEMBER_AGGREGATE, (guild_id, anime_id, episode))
        )

    async def critics(self, anime_id: int, episode: int | None = None) -> list[CriticScore]:
        if episode is None:
            rows = await self.db.fetchall(self.sql.CRITIC_SCORES, (anime_id,))
        else:
            rows = await self.db.fetchall(self.sql.CRITIC_SCORES_FOR_EPISODE, (anime_id, episode))
        found = (_critic(row) for row in rows)
        return [item for item in found if item is not None]

    async def forget_user(self, user_id: int) -> int:
        return await self.db.execute(self.sql.FORGET_USER, (user_id,))

    async def forget_guild(self, guild_id: int) -> int:
        return await self.db.execute(self.sql.FORGET_GUILD, (guild_id,))
