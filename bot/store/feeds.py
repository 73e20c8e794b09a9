"""Review feeds: followed feeds and their state, entries seen (claimed once across processes),
excerpt-only documents, servers' announce settings and the announcements made."""

from __future__ import annotations

import json
import logging
from collections.abc import Collection

from bot.models import AnnounceSettings, FeedRecord, PendingAnnouncement
from bot.store.base import Aggregate
from bot.store.engine import Row

log = logging.getLogger(__name__)


def _feed(row: Row) -> FeedRecord:
    return FeedRecord(
        id=int(row["id"]),
        url=row["url"],
        title=row["title"],
        anime=row["anime"],
        full_text=bool(row["full_text"]),
        operator=bool(row["operator"]),
        guilds=int(row["guilds"]),
        etag=row["etag"],
        last_modified=row["last_modified"],
        last_polled=row["last_polled"],
        failures=int(row["failures"]),
        failing_since=row["failing_since"],
        next_attempt=row["next_attempt"],
        last_error=row["last_error"],
        added_at=row["added_at"],
    )


class Feeds(Aggregate):
    async def add(
        self,
        url: str,
        *,
        title: str | None,
        anime: str | None,
        full_text: bool,
        operator: bool,
        now: str,
    ) -> int | None:
        """The new feed's id; None when the URL is already followed (by anyone)."""
        params = (url, title, anime, full_text, operator, now)
        async with self.writing():
            value = await self.db.fetchval(self.sql.ADD_FEED, params)
        return None if value is None else int(value)

    async def make_operator(self, feed_id: int, *, full_text: bool) -> None:
        await self.db.execute(self.sql.MAKE_OPERATOR_FEED, (full_text, feed_id))

    async def get(self, feed_id: int) -> FeedRecord | None:
        row = await self.db.fetchone(self.sql.GET_FEED, (feed_id,))
        return None if row is None else _feed(row)

    async def by_url(self, url: str) -> FeedRecord | None:
        row = await self.db.fetchone(self.sql.FEED_BY_URL, (url,))
        return None if row is None else _feed(row)

    async def all(self) -> list[FeedRecord]:
        return [_feed(r) for r in await self.db.fetchall(self.sql.ALL_FEEDS)]

    async def of_guild(self, guild_id: int) -> list[FeedRecord]:
        return [_feed(r) for r in await self.db.fetchall(self.sql.GUILD_FEEDS, (guild_id,))]

    async def follows(self, feed_id: int, guild_id: int) -> bool:
        return await self.db.fetchone(self.sql.GUILD_FOLLOWS, (feed_id, guild_id)) is not None

    async def guild_count(self, guild_id: int) -> int:
        return int(await self.db.fetchval(self.sql.GUILD_FEED_COUNT, (guild_id,)))

    async def follow(self, feed_id: int, guild_id: int, user_id: int, now: str) -> bool:
        """True when the server did not follow it yet."""
        params = (feed_id, guild_id, user_id, now)
        return await self.db.execute(self.sql.FOLLOW_FEED, params) > 0

    async def unfollow(self, feed_id: int, guild_id: int | None) -> bool:
        """Stop a server (None: the operator) following a feed; a feed nobody follows any more
        is deleted with its state. True when something changed."""
        async with self.writing():
            if guild_id is None:
                changed = await self.db.execute(self.sql.CLEAR_OPERATOR, (feed_id,))
            else:
                changed = await self.db.execute(self.sql.UNFOLLOW_FEED, (feed_id, guild_id))
            await self.db.execute(self.sql.DELETE_ORPHANS)
        return changed > 0

    async def delete(self, feed_id: int) -> bool:
        return await self.db.execute(self.sql.DELETE_FEED, (feed_id,)) > 0

    async def save_state(self, feed: FeedRecord) -> None:
        params = (
            feed.title,
            feed.etag,
            feed.last_modified,
            feed.last_polled,
            feed.failures,
            feed.failing_since,
            feed.next_attempt,
            feed.last_error,
            feed.id,
        )
        await self.db.execute(self.sql.SAVE_STATE, params)

    async def seen(self, feed_id: int, key: str, link: str | None) -> bool:
        return await self.db.fetchone(self.sql.SEEN_ENTRY, (feed_id, key, link)) is not None

    async def claim_entry(self, feed_id: int, key: str, link: str | None, now: str) -> bool:
        """Take the entry for this process; False when it was seen (guid or link) already."""
        return await self.db.execute(self.sql.CLAIM_ENTRY, (feed_id, key, link, now)) > 0

    async def finish_entry(
        self,
        feed_id: int,
        key: str,
        *,
        status: str,
        reason: str | None,
        document_id: int | None,
        excerpt_only: bool,
    ) -> None:
        async with self.writing():
            params = (status, reason, document_id, feed_id, key)
            await self.db.execute(self.sql.FINISH_ENTRY, params)
            if excerpt_only and document_id is not None:
                await self.db.execute(self.sql.MARK_EXCERPT_ONLY, (document_id,))

    async def release_entry(self, feed_id: int, key: str) -> None:
        await self.db.execute(self.sql.RELEASE_ENTRY, (feed_id, key))

    async def excerpt_only(self, document_ids: Collection[int]) -> set[int]:
        if not document_ids:
            return set()
        rows = await self.db.fetchall(
            self.sql.EXCERPT_ONLY_AMONG, (json.dumps(sorted(document_ids)),)
        )
        return {int(r["document_id"]) for r in rows}

    async def announce_settings(self, guild_id: int) -> AnnounceSettings | None:
        row = await self.db.fetchone(self.sql.GET_ANNOUNCE, (guild_id,))
        if row is None:
            return None
        return AnnounceSettings(
            guild_id=int(row["guild_id"]),
            channel_id=int(row["channel_id"]),
            anime_id=row["anime_id"],
            since=row["since"],
            disabled_reason=row["disabled_reason"],
        )

    async def set_announce(
        self, guild_id: int, channel_id: int, anime_id: int | None, since: str
    ) -> None:
        await self.db.execute(self.sql.SET_ANNOUNCE, (guild_id, channel_id, anime_id, since))

    async def disable_announce(self, guild_id: int, reason: str) -> None:
        await self.db.execute(self.sql.DISABLE_ANNOUNCE, (reason, guild_id))

    async def clear_announce(self, guild_id: int) -> None:
        await self.db.execute(self.sql.CLEAR_ANNOUNCE, (guild_id,))

    async def pending(self) -> list[PendingAnnouncement]:
        return [
            PendingAnnouncement(
                guild_id=int(r["guild_id"]),
                channel_id=int(r["channel_id"]),
                document_id=int(r["document_id"]),
                site=r["site"],
                feed_url=r["feed_url"],
            )
            for r in await self.db.fetchall(self.sql.PENDING_ANNOUNCEMENTS)
        ]

    async def claim_announcement(self, guild_id: int, document_id: int, now: str) -> bool:
        params = (guild_id, document_id, now)
        return await self.db.execute(self.sql.CLAIM_ANNOUNCEMENT, params) > 0

    async def announced(self, guild_id: int, document_id: int, message_id: int) -> None:
        params = (message_id, guild_id, document_id)
        await self.db.execute(self.sql.SET_ANNOUNCEMENT_MESSAGE, params)

    async def forget_guild(self, guild_id: int) -> int:
        changed = 0
        async with self.writing():
            for sql in self.sql.FORGET_GUILD:
                changed += await self.db.execute(sql, (guild_id,))
            await self.db.execute(self.sql.DELETE_ORPHANS)
        return changed

    async def document_topic(self, document_id: int) -> tuple[int, int | None] | None:
        row = await self.db.fetchone(self.sql.DOCUMENT_TOPIC, (document_id,))
        return None if row is None else (int(row["anime_id"]), row["episode"])

    async def document_by_hash(self, content_hash: str) -> int | None:
        value = await self.db.fetchval(self.sql.DOCUMENT_BY_HASH, (content_hash,))
        return None if value is None else int(value)

    async def unclaim_announcement(self, guild_id: int, document_id: int) -> None:
        await self.db.execute(self.sql.UNCLAIM_ANNOUNCEMENT, (guild_id, document_id))
