"""/feeds add|list|remove, the background polling of review feeds, and the announcements of
new reviews (with a "Read it" button that answers the presser alone, by their own progress).

Polling runs as a `discord.ext.tasks` loop every minute; each feed is polled at most once per
FEED_POLL_MINUTES (at least 5), later when it is backing off. Fetching is aiohttp and parsing
runs in worker threads, so interactions keep being answered while a pass runs. Announcements
are driven by the store (what each server has still to be told), so a restart repeats none.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
from collections import defaultdict
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot import paths
from bot.bot import ReviewBot
from bot.catalog import catalogs_in
from bot.delivery import Topic, episode_thread, gates_for, thread_gate
from bot.errors import UserError
from bot.feeds.cli import describe_feed
from bot.feeds.poller import FeedPoll, Poller, iso
from bot.feeds.subscribe import MAX_GUILD_FEEDS, FeedRefused, check_feed, clean_url
from bot.models import Anime, Document, PendingAnnouncement, SpoilerPolicy
from bot.render import review_book
from bot.render.announcements import MAX_PER_MESSAGE, READ_IT, Announced, announcement
from bot.spoilers import Audience, Gate, escape, truncate
from bot.tree import followup_after_deferral
from bot.views import Paginator

log = logging.getLogger(__name__)

TICK_MINUTES = 1.0  # how often the loop looks for due feeds
GONE = "That review is no longer stored."


class ChannelGone(Exception):
    """The announce channel cannot take announcements (deleted, or not a text channel)."""


class ReadIt(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"feeds:read:(?P<id>[0-9]{1,19})"
):
    """The "Read it" button of an announcement: the review for the presser, by their progress,
    sent to them alone. Dynamic, so it works on announcements made before a restart."""

    def __init__(self, document_id: int, label: str = "Read it") -> None:
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.primary,
                custom_id=READ_IT.format(document_id=document_id),
            )
        )
        self.document_id = document_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> ReadIt:
        return cls(int(match["id"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        bot: ReviewBot = interaction.client
        doc = await bot.store.get_document(self.document_id)
        if doc is None:
            await interaction.response.send_message(GONE, ephemeral=True)
            return
        anime = next((a for a in await bot.store.list_anime() if a.id == doc.anime_id), None)
        gates = await gates_for(bot, interaction, anime)
        book = review_book(doc, index=1, total=1, gate=gates.private)
        view = Paginator(owner_id=interaction.user.id, books=book.books, timeout=bot.view_timeout)
        await view.start(interaction, ephemeral=True)


def public_gate(
    readers_server: int | None,
    anime: Anime | None,
    secrets: tuple[tuple[str, int], ...],
    policy: SpoilerPolicy,
) -> Gate:
    return Gate(
        progress=readers_server,
        reveal_recaps=False,
        policy=policy,
        last_episode=anime.episode_count if anime else None,
        secrets=secrets,
        audience=Audience.PUBLIC,
    )


class Feeds(commands.Cog):
    feeds = app_commands.Group(
        name="feeds",
        description="Review sites this server follows",
        guild_only=True,
        default_permissions=discord.Permissions(manage_guild=True),
    )

    def __init__(self, bot: ReviewBot) -> None:
        self.bot = bot
        settings = bot.settings
        self.poller = Poller(
            bot.store,
            interval=dt.timedelta(minutes=settings.feed_poll_minutes),
            host_delay=settings.feed_host_delay,
            allow_private=settings.fetch_allow_private,
            catalogs=lambda: catalogs_in(paths.catalog_dirs(settings.data_dir)),
        )
        self._pass = asyncio.Lock()

    async def cog_load(self) -> None:
        await self.poller.__aenter__()
        self.bot.add_dynamic_items(ReadIt)
        self.poll_loop.start()

    async def cog_unload(self) -> None:
        self.poll_loop.cancel()
        self.bot.remove_dynamic_items(ReadIt)
        await self.poller.__aexit__(None, None, None)

    # ----------------------------------------------------------------- polling

    @tasks.loop(minutes=TICK_MINUTES)
    async def poll_loop(self) -> None:
        try:
            await self.run_pass()
        except Exception:  # the loop must survive anything one pass does
            log.exception("A feed polling pass failed")

    @poll_loop.before_loop
    async def _before(self) -> None:
        await self.bot.wait_until_ready()

    async def run_pass(self, *, every_feed: bool = False) -> list[FeedPoll]:
        """Poll what is due (`every_feed`: every feed not backing off), then announce."""
        async with self._pass:
            polls = await self.poller.poll(every_feed=every_feed)
            await self.announce_pending()
            return polls

    # ----------------------------------------------------------------- announcements

    async def announce_pending(self) -> int:
        """Post what each server has still to be told; returns the messages posted."""
        pending = await self.bot.store.pending_announcements()
        by_guild: dict[int, list[PendingAnnouncement]] = defaultdict(list)
        for item in pending:
            by_guild[item.guild_id].append(item)
        posted = 0
        for guild_id, items in by_guild.items():
            try:
                posted += await self._announce_in(guild_id, items)
            except Exception:
                log.exception("Announcing in server %s failed", guild_id)
        return posted

    async def _announce_in(self, guild_id: int, items: list[PendingAnnouncement]) -> int:
        store = self.bot.store
        policy = (await store.guild_settings(guild_id)).spoiler_policy
        animes = {a.id: a for a in await store.list_anime()}
        docs: list[tuple[PendingAnnouncement, Document]] = []
        for item in items:
            doc = await store.get_document(item.document_id)
            if doc is not None and await store.claim_announcement(
                guild_id, doc.id, now=iso(self.poller.clock())
            ):
                docs.append((item, doc))
        # Per thread policy, one group per episode thread; else one group for the channel.
        groups: dict[tuple[int, int | None] | None, list[tuple[PendingAnnouncement, Document]]]
        groups = defaultdict(list)
        for item, doc in docs:
            key = (doc.anime_id, doc.episode) if policy is SpoilerPolicy.THREAD else None
            groups[key].append((item, doc))
        posted = 0
        for key, group in groups.items():
            for start in range(0, len(group), MAX_PER_MESSAGE):
                chunk = group[start : start + MAX_PER_MESSAGE]
                ok = await self._post(guild_id, chunk, animes, policy, key)
                if not ok:
                    return posted
                posted += 1
        return posted

    async def _post(
        self,
        guild_id: int,
        chunk: list[tuple[PendingAnnouncement, Document]],
        animes: dict[int, Anime],
        policy: SpoilerPolicy,
        topic: tuple[int, int | None] | None,
    ) -> bool:
        store = self.bot.store
        gates: list[Gate] = []
        for _, doc in chunk:
            anime = animes.get(doc.anime_id)
            readers = await store.readers(0, guild_id, doc.anime_id)
            gate = public_gate(
                readers.server, anime, await store.secret_names(doc.anime_id), policy
            )
            if topic is not None:
                gate = thread_gate(gate, topic[1])
            gates.append(gate)
        text, _ = announcement([Announced(doc, item.site) for item, doc in chunk], gates)
        view = discord.ui.View(timeout=None)
        several = len(chunk) > 1
        for number, (_, doc) in enumerate(chunk, start=1):
            view.add_item(ReadIt(doc.id, f"Read it ({number})" if several else "Read it"))
        channel_id = chunk[0][0].channel_id
        try:
            target = await self._target(guild_id, channel_id, topic, animes)
            message = await target.send(
                content=text, view=view, allowed_mentions=discord.AllowedMentions.none()
            )
        except (discord.Forbidden, discord.NotFound, ChannelGone) as error:
            if isinstance(error, discord.Forbidden):
                reason = f"I may not post in the announce channel ({error.text or error.status})"
            elif isinstance(error, discord.NotFound):
                reason = "the announce channel was deleted"
            else:
                reason = str(error)
            await store.disable_announce(guild_id, reason)
            log.warning("Announcements in server %s turned off: %s", guild_id, reason)
            return False
        except discord.HTTPException:
            log.exception("Could not post an announcement in server %s; retried later", guild_id)
            for _, doc in chunk:
                await store.unclaim_announcement(guild_id, doc.id)
            return False
        for _, doc in chunk:
            await store.announcement_sent(guild_id, doc.id, message.id)
        return True

    async def _target(
        self,
        guild_id: int,
        channel_id: int,
        topic: tuple[int, int | None] | None,
        animes: dict[int, Anime],
    ) -> discord.abc.Messageable:
        channel = self.bot.get_channel(channel_id)
        if channel is None:
            channel = await self.bot.fetch_channel(channel_id)  # NotFound when deleted
        if not isinstance(channel, discord.TextChannel | discord.Thread):
            raise ChannelGone("the announce channel is not a text channel")
        anime = animes.get(topic[0]) if topic is not None else None
        if isinstance(channel, discord.TextChannel) and topic is not None and anime is not None:
            return await episode_thread(self.bot, channel, Topic(anime, topic[1]))
        return channel

    # ----------------------------------------------------------------- commands

    @feeds.command(name="add", description="Follow a review site's RSS or Atom feed")
    @app_commands.describe(url="The feed's address (RSS or Atom)")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def add(
        self, interaction: discord.Interaction[ReviewBot], url: app_commands.Range[str, 1, 2000]
    ) -> None:
        assert interaction.guild_id is not None
        guild_id = interaction.guild_id
        store = self.bot.store
        try:
            address = clean_url(url)
        except FeedRefused as refused:
            raise UserError(f"I can't follow that: {refused.reason}.") from None
        existing = await store.feed_by_url(address)
        if existing is not None and await store.guild_follows(existing.id, guild_id):
            raise UserError("This server follows that feed already.")
        if await store.guild_feed_count(guild_id) >= MAX_GUILD_FEEDS:
            raise UserError(
                f"This server follows {MAX_GUILD_FEEDS} feeds, the most it may: "
                "remove one with `/feeds remove` first."
            )
        now = iso(self.poller.clock())
        if existing is not None:  # another server (or the operator) follows it: shared polling
            await store.follow_feed(existing.id, guild_id, interaction.user.id, now=now)
            await interaction.response.send_message(
                f"Following **{escape(existing.title or address)}** (already checked for "
                "another server, so new reviews arrive on the same schedule).",
                ephemeral=True,
            )
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            feed = await check_feed(self.poller.guarded_fetcher, address)
        except FeedRefused as refused:
            await followup_after_deferral(
                interaction, content=f"I can't follow that: {escape(refused.reason)}."
            )
            return
        feed_id = await store.add_feed(address, title=feed.title, now=now)
        if feed_id is None:  # added meanwhile (another server, the operator)
            found = await store.feed_by_url(address)
            assert found is not None
            feed_id = found.id
        await store.follow_feed(feed_id, guild_id, interaction.user.id, now=now)
        log.info("Server %s follows feed %s (%s)", guild_id, feed_id, address)
        minutes = self.poller.interval.total_seconds() / 60
        await followup_after_deferral(
            interaction,
            content=(
                f"Following **{escape(feed.title or address)}** ({len(feed.entries)} entries "
                f"now). New reviews are checked about every {minutes:g} minutes; set "
                "`/settings announce_channel:` to have them announced."
            ),
        )

    @feeds.command(name="list", description="The review feeds this server follows")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def list_(self, interaction: discord.Interaction[ReviewBot]) -> None:
        assert interaction.guild_id is not None
        feeds = await self.bot.store.list_feeds(interaction.guild_id)
        if not feeds:
            text = "This server follows no feeds yet: add one with `/feeds add url:`."
        else:
            now = self.poller.clock()
            lines = [escape(describe_feed(f, now, self.poller.backoff)) for f in feeds]
            text = "**Feeds this server follows** (operator's included)\n" + "\n".join(lines)
        await interaction.response.send_message(truncate(text, 2000), ephemeral=True)

    @feeds.command(name="remove", description="Stop following a review feed")
    @app_commands.describe(feed="The feed's number (see /feeds list) or address")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def remove(
        self, interaction: discord.Interaction[ReviewBot], feed: app_commands.Range[str, 1, 2000]
    ) -> None:
        assert interaction.guild_id is not None
        store = self.bot.store
        ref = feed.strip()
        found = await store.get_feed(int(ref)) if ref.isdigit() and len(ref) < 19 else None
        if found is None:
            found = await store.feed_by_url(ref)
        if found is None:
            raise UserError("No such feed: see `/feeds list` for the numbers.")
        if await self.bot.is_owner(interaction.user):
            await store.delete_feed(found.id)
            message = f"Removed **{escape(found.title or found.url)}** for every server."
        elif await store.guild_follows(found.id, interaction.guild_id):
            await store.unfollow_feed(found.id, interaction.guild_id)
            message = f"This server no longer follows **{escape(found.title or found.url)}**."
        else:
            raise UserError(
                "This server doesn't follow that feed (the bot's operator's feeds can only be "
                "removed by the operator)."
            )
        await interaction.response.send_message(message, ephemeral=True)

    @commands.Cog.listener()
    async def on_guild_remove(self, guild: discord.Guild) -> None:
        await self.bot.store.forget_guild_feeds(guild.id)


async def setup(bot: ReviewBot) -> None:
    await bot.add_cog(Feeds(bot))
