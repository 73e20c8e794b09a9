"""Where an answer goes, and whose progress gates it.

One rule for every command and policy:
- A public message (the channel, or any thread but the bot's own episode thread) is gated by
  the audience's progress: the server's default progress, or nothing watched when it has none.
  It is never gated by the asker's progress, because everyone in the channel reads it.
- The asker's own progress unwraps only what the asker alone sees: an ephemeral reply. A public
  answer that hid something carries a "Show me (my progress)" button for that.
- Inside the bot's thread for episode N, content about episodes up to N is unwrapped for
  everyone: the thread is the gate.

By policy: `wrap` answers in the channel; `ephemeral` sends an answer that hides something to
the asker alone; `thread` posts recaps and reviews in their episode's thread.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import discord

from bot.models import Anime, SpoilerPolicy
from bot.offload import off_loop
from bot.render import Rendered
from bot.spoilers import Audience, Gate, escape
from bot.tree import followup_after_deferral
from bot.views import Paginator

if TYPE_CHECKING:
    from bot.bot import ReviewBot

log = logging.getLogger(__name__)

SEASON = -1  # the thread key of season-wide answers
AUTO_ARCHIVE_MINUTES: Literal[10080] = 10080  # a week: discussions go quiet, then come back
NO_THREAD_PERMISSIONS = (
    "This server keeps spoilers in episode threads, but I can't make one here (I need "
    "*Create Public Threads* and *Send Messages in Threads*), so this answer is only for you."
)

Render = Callable[[Gate], Rendered]


@dataclass(frozen=True, slots=True)
class Topic:
    """What an answer is about, to name and find its discussion thread."""

    anime: Anime
    episode: int | None

    @property
    def thread_name(self) -> str:
        what = f"Episode {self.episode}" if self.episode is not None else "Season"
        return f"{self.anime.title} – {what}"[:100]


@dataclass(frozen=True, slots=True)
class Gates:
    """The gates of one answer: for whoever reads it where it was asked (`here`: the channel's
    audience, or an episode thread's), for the asker alone, and the server's policy."""

    here: Gate
    private: Gate
    policy: SpoilerPolicy

    @property
    def in_episode_thread(self) -> bool:
        return self.here.audience is Audience.THREAD


def thread_gate(base: Gate, episode: int | None) -> Gate:
    """The gate of the bot's thread for `episode` (None: the season thread, which unwraps up to
    the last episode)."""
    reach = episode if episode is not None else base.last_episode
    return Gate(
        progress=reach,
        reveal_recaps=reach is not None,
        policy=base.policy,
        last_episode=base.last_episode,
        secrets=base.secrets,
        audience=Audience.THREAD,
    )


async def gates_for(
    bot: ReviewBot, interaction: discord.Interaction[ReviewBot], anime: Anime | None
) -> Gates:
    """Whose progress gates an answer about `anime` (None: several anime, nothing watched)."""
    store = bot.store
    anime_id = anime.id if anime is not None else -1
    readers = await store.readers(interaction.user.id, interaction.guild_id, anime_id)
    secrets = await store.secret_names(anime.id) if anime is not None else ()
    last = anime.episode_count if anime is not None else None
    own = readers.own if readers.own is not None else readers.server
    private = Gate(
        progress=own,
        reveal_recaps=True,
        policy=readers.policy,
        last_episode=last,
        secrets=secrets,
        audience=Audience.PRIVATE,
    )
    if interaction.guild_id is None:  # a direct message: the asker is the whole audience
        return Gates(here=private, private=private, policy=readers.policy)
    public = Gate(
        progress=readers.server,
        reveal_recaps=False,
        policy=readers.policy,
        last_episode=last,
        secrets=secrets,
        audience=Audience.PUBLIC,
    )
    channel = interaction.channel
    if anime is not None and isinstance(channel, discord.Thread):
        topic = await store.thread_topic(channel.id)
        if topic is not None and topic[0] == anime.id:
            episode = None if topic[1] == SEASON else topic[1]
            return Gates(here=thread_gate(public, episode), private=private, policy=readers.policy)
    return Gates(here=public, private=private, policy=readers.policy)


def thread_permissions_missing(interaction: discord.Interaction[ReviewBot]) -> bool:
    perms = interaction.app_permissions
    return not (perms.create_public_threads and perms.send_messages_in_threads)


async def deliver(
    bot: ReviewBot,
    interaction: discord.Interaction[ReviewBot],
    render: Render,
    *,
    anime: Anime | None,
    topic: Topic | None = None,
    asker_only: bool = False,
    gates: Gates | None = None,
    size: int = 0,
) -> None:
    """Build the answer with `render` for each audience it reaches, and send it there.

    `asker_only` sends it to the asker alone whatever the policy (a lookup whose very answer
    would reveal a secret to the channel, such as a character found by a hidden alias).
    `gates` saves a lookup when the command already read them. `size` is how many characters
    of text go into the answer: a big one is built off the event loop (`bot.offload`).
    """

    async def build(gate: Gate) -> Rendered:
        return await off_loop(size, render, gate)

    if gates is None:
        gates = await gates_for(bot, interaction, anime)

    def paginator(rendered: Rendered, *, show_me: bool) -> Paginator:
        return Paginator(
            owner_id=interaction.user.id,
            books=rendered.books,
            timeout=bot.view_timeout,
            show_me=_show_me(bot, build, anime) if show_me else None,
        )

    async def to_the_asker() -> None:
        private = await build(gates.private)
        await paginator(private, show_me=False).start(interaction, ephemeral=True)

    if asker_only:
        await to_the_asker()
        return
    shown = await build(gates.here)
    if not shown.hidden:
        await paginator(shown, show_me=False).start(interaction)
        return
    if gates.policy is SpoilerPolicy.EPHEMERAL and not gates.in_episode_thread:
        await to_the_asker()
        return
    channel = interaction.channel
    if (
        gates.policy is SpoilerPolicy.THREAD
        and topic is not None
        and not isinstance(channel, discord.Thread)
    ):
        if not isinstance(channel, discord.TextChannel) or thread_permissions_missing(interaction):
            await to_the_asker()
            await interaction.followup.send(NO_THREAD_PERMISSIONS, ephemeral=True)
            return
        if not interaction.response.is_done():
            await interaction.response.defer(thinking=True)
        thread = await episode_thread(bot, channel, topic)
        in_thread = await build(thread_gate(gates.here, topic.episode))
        await paginator(in_thread, show_me=in_thread.hidden).send_to(thread)
        await followup_after_deferral(  # the link to the thread replaces the "thinking…"
            interaction,
            content=f"Spoilers for **{escape(topic.thread_name)}** are in {thread.mention}.",
            allowed_mentions=discord.AllowedMentions.none(),
        )
        return
    await paginator(shown, show_me=True).start(interaction)


def _show_me(
    bot: ReviewBot, build: Callable[[Gate], Awaitable[Rendered]], anime: Anime | None
) -> Callable[[discord.Interaction[ReviewBot]], Awaitable[None]]:
    """The "Show me (my progress)" press: the answer again, gated by the presser's own progress
    (read at the press), sent to them alone."""

    async def show(interaction: discord.Interaction[ReviewBot]) -> None:
        gates = await gates_for(bot, interaction, anime)
        mine = Paginator(
            owner_id=interaction.user.id,
            books=(await build(gates.private)).books,
            timeout=bot.view_timeout,
        )
        await mine.start(interaction, ephemeral=True)

    return show


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
