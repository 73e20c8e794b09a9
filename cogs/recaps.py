"""/recap: what happened in an episode, every word behind a spoiler tag."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.bot import ReviewBot
from bot.delivery import Topic, deliver
from bot.lookups import (
    ANIME_DESCRIBE,
    anime_autocomplete,
    check_episode,
    cooldown,
    nothing_for_episode,
    resolve_anime,
)
from bot.render import Rendered, recap_pages
from bot.spoilers import Gate

log = logging.getLogger(__name__)


class Recaps(commands.Cog):
    def __init__(self, bot: ReviewBot) -> None:
        self.bot = bot

    @app_commands.command(name="recap", description="What happened in an episode (spoiler-tagged)")
    @app_commands.describe(episode="Episode number", anime=ANIME_DESCRIBE)
    @app_commands.autocomplete(anime=anime_autocomplete)
    @cooldown()
    async def recap(
        self,
        interaction: discord.Interaction[ReviewBot],
        episode: app_commands.Range[int, 1, 9999],
        anime: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        store = self.bot.store
        show = await resolve_anime(
            store, anime, interaction.guild_id, having=lambda: store.anime_with_recaps(episode)
        )
        check_episode(show, episode)
        recaps = await store.recap_for(show.id, episode)
        if not recaps:
            raise nothing_for_episode(show, episode, "recap", await store.recap_episodes(show.id))
        titles = {e.number: e.title for e in await store.episodes(show.id)}
        title = titles.get(episode)

        def render(gate: Gate) -> Rendered:
            return recap_pages(show.title, episode, title, recaps, gate=gate)

        size = sum(len(section.text) for _, section in recaps)
        await deliver(
            self.bot, interaction, render, anime=show, topic=Topic(show, episode), size=size
        )


async def setup(bot: ReviewBot) -> None:
    await bot.add_cog(Recaps(bot))
