"""Members' progress, server settings (spoiler policy, default anime and progress), threads."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from bot.models import GuildSettings, Readers, SpoilerPolicy
from bot.store.base import Aggregate

log = logging.getLogger(__name__)


class Preferences(Aggregate):
    async def readers(self, user_id: int, guild_id: int | None, anime_id: int) -> Readers:
        g = guild_id if guild_id is not None else -1
        row = await self.db.fetchone(self.sql.READER, (user_id, anime_id, g, anime_id, g))
        assert row is not None  # three scalar subqueries: always one row
        policy = SpoilerPolicy(row["policy"]) if row["policy"] else SpoilerPolicy.WRAP
        return Readers(own=row["own"], server=row["server"], policy=policy)

    async def thread_topic(self, thread_id: int) -> tuple[int, int] | None:
        row = await self.db.fetchone(self.sql.THREAD_TOPIC, (thread_id,))
        return None if row is None else (int(row["anime_id"]), int(row["episode"]))

    async def get_progress(self, user_id: int, anime_id: int) -> int | None:
        return await self._scalar(self.sql.GET_PROGRESS, (user_id, anime_id))

    async def set_progress(self, user_id: int, anime_id: int, episode: int) -> None:
        await self._write((self.sql.SET_PROGRESS, (user_id, anime_id, episode)))

    async def clear_progress(self, user_id: int, anime_id: int) -> int:
        return await self._write((self.sql.CLEAR_PROGRESS, (user_id, anime_id)))

    async def forget_user(self, user_id: int) -> int:
        return await self._write((self.sql.FORGET_USER, (user_id,)))

    async def guild_settings(self, guild_id: int) -> GuildSettings:
        row = await self.db.fetchone(self.sql.GET_GUILD_SETTINGS, (guild_id,))
        if row is None:
            return GuildSettings(guild_id)
        return GuildSettings(
            guild_id, SpoilerPolicy(row["spoiler_policy"]), row["default_anime_id"]
        )

    async def set_spoiler_policy(self, guild_id: int, policy: SpoilerPolicy) -> None:
        await self._write((self.sql.SET_GUILD_POLICY, (guild_id, policy.value)))

    async def set_default_anime(self, guild_id: int, anime_id: int | None) -> None:
        await self._write((self.sql.SET_GUILD_DEFAULT_ANIME, (guild_id, anime_id)))

    async def guild_progress(self, guild_id: int, anime_id: int) -> int | None:
        return await self._scalar(self.sql.GET_GUILD_PROGRESS, (guild_id, anime_id))

    async def set_guild_progress(self, guild_id: int, anime_id: int, episode: int | None) -> None:
        if episode is None:
            await self._write((self.sql.CLEAR_GUILD_PROGRESS, (guild_id, anime_id)))
        else:
            await self._write((self.sql.SET_GUILD_PROGRESS, (guild_id, anime_id, episode)))

    async def get_thread(
        self, guild_id: int, anime_id: int, episode: int, channel_id: int
    ) -> int | None:
        return await self._scalar(self.sql.GET_THREAD, (guild_id, anime_id, episode, channel_id))

    async def set_thread(
        self, guild_id: int, anime_id: int, episode: int, channel_id: int, thread_id: int
    ) -> None:
        params = (guild_id, anime_id, episode, channel_id, thread_id)
        await self._write((self.sql.SET_THREAD, params))

    async def forget_thread(self, thread_id: int) -> None:
        await self._write((self.sql.FORGET_THREAD, (thread_id,)))

    async def forget_guild(self, guild_id: int) -> int:
        return await self._write(*((sql, (guild_id,)) for sql in self.sql.FORGET_GUILD))

    async def _scalar(self, sql: str, params: Sequence[Any]) -> int | None:
        value = await self.db.fetchval(sql, params)
        return None if value is None else int(value)

    async def _write(self, *statements: tuple[str, Sequence[Any]]) -> int:
        """Run `statements` in one transaction; the number of rows they changed."""
        if len(statements) == 1:  # one statement is a transaction of its own (autocommit)
            sql, params = statements[0]
            try:
                return await self.db.execute(sql, params)
            except BaseException:
                self.caches.forget_all()
                raise
        changed = 0
        async with self.writing():
            for sql, params in statements:
                changed += await self.db.execute(sql, params)
        return changed
