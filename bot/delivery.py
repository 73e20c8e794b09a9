"""Where an answer goes, by the server's spoiler policy: the channel, the asker only, or a
per-episode discussion thread."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import discord

from bot.models import Anime, SpoilerPolicy
from bot.render import Page
from bot.spoilers import Gate, escape
from bot.spoilers import delimiters as spoiler_delimiters
from bot.tree import followup_after_deferral
from bot.views import Paginator

if TYPE_CHECKING:
    from bot.bot import ReviewBot

log = logging.getLogger(__name__)

SEASON = -1  # the thread key of season-wide answers
AUTO_ARCHIVE_MINUTES: Literal[10080] = 10080  # a week: discussions go quiet, then come back


@dataclass(frozen=True, slots=True)
class Topic:
    """What an answer is about, to name and find its discussion thread."""

    anime: Anime
    episode: int | None

    @property
    def thread_name(self) -> str:
        what = f"Episode {self.episode}" if self.episode is not None else "Season"
        return f"{self.anime.title} – {what}"[:100]


def bears_spoilers(pages: Sequence[Page]) -> bool:
    """Whether any page hides something behind a spoiler span."""
    for page in pages:
        texts = [page.content or ""]
        for embed in page.embeds:
            texts += [embed.title or "", embed.description or "", embed.footer.text or ""]
            texts += [f"{f.name} {f.value}" for f in embed.fields]
        if any(spoiler_delimiters(t) for t in texts):
            return True
    return False


def thread_permissions_missing(interaction: discord.Interaction[ReviewBot]) -> bool:
    perms = interaction.app_permissions
    return not (perms.create_public_threads and perms.send_messages_in_threads)


async def deliver(
    bot: ReviewBot,
    interaction: discord.Interaction[ReviewBot],
    books: Sequence[Sequence[Page]],
    *,
    gate: Gate,
    spoiler_bearing: bool,
    topic: Topic | None = None,
) -> None:
    """Send `books` (paged) where the server's policy wants them."""
    paginator = Paginator(owner_id=interaction.user.id, books=books, timeout=bot.view_timeout)
    if not spoiler_bearing or gate.policy is SpoilerPolicy.WRAP:
        await paginator.start(interaction)
        return
    if gate.policy is SpoilerPolicy.EPHEMERAL:
        await paginator.start(interaction, ephemeral=True)
        return
    if topic is None:  # the thread policy covers recaps and reviews; the rest stays wrapped
        await paginator.start(interaction)
        return
    channel = interaction.channel
    if isinstance(channel, discord.Thread):  # already in a discussion: answer right here
        await paginator.start(interaction)
        return
    if not isinstance(channel, discord.TextChannel) or thread_permissions_missing(interaction):
        await paginator.start(interaction, ephemeral=True)
        await interaction.followup.send(
            "This server keeps spoilers in episode threads, but I can't make one here (I need "
            "*Create Public Threads* and *Send Messages in Threads*), so this answer is only "
            "for you.",
            ephemeral=True,
        )
        return
    if not interaction.response.is_done():
        await interaction.response.defer(thinking=True)
    thread = await episode_thread(bot, channel, topic)
    await paginator.send_to(thread)
    await followup_after_deferral(  # the link to the thread replaces the "thinking…"
        interaction,
        content=f"Spoilers for **{escape(topic.thread_name)}** are in {thread.mention}.",
        allowed_mentions=discord.AllowedMentions.none(),
    )


async def episode_thread(
    bot: ReviewBot, channel: discord.TextChannel, topic: Topic
) -> discord.Thread:
    """The discussion thread of `topic` under `channel`: reused when it still exists."""
    store = bot.store
    episode = topic.episode if topic.episode is not None else SEASON
    guild_id = channel.guild.id
    known = await store.get_thread(guild_id, topic.anime.id, episode, channel.id)
    if known is not None:
        thread = channel.guild.get_thread(known)
        if thread is None:
            try:
                fetched = await bot.fetch_channel(known)
            except (discord.NotFound, discord.Forbidden):
                fetched = None
            thread = fetched if isinstance(fetched, discord.Thread) else None
        if thread is not None and not thread.locked:
            return thread
        await store.forget_thread(known)
    thread = await channel.create_thread(
        name=topic.thread_name,
        type=discord.ChannelType.public_thread,
        auto_archive_duration=AUTO_ARCHIVE_MINUTES,
        reason="Spoiler discussion thread (server policy: thread)",
    )
    await store.set_thread(guild_id, topic.anime.id, episode, channel.id, thread.id)
    log.info("Created thread %s (%s) in server %s", thread.id, topic.thread_name, guild_id)
    return thread
