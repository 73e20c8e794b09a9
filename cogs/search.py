"""/search: full-text search over every stored review and recap."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.bot import ReviewBot
from bot.delivery import deliver
from bot.lookups import anime_autocomplete, cooldown, resolve_anime
from bot.render import Rendered, search_embed
from bot.spoilers import Gate

log = logging.getLogger(__name__)

MAX_HITS = 8


class Search(commands.Cog):
    def __init__(self, bot: ReviewBot) -> None:
        self.bot = bot

    @app_commands.command(name="search", description="Search every stored review and recap")
    @app_commands.describe(
        query="Words to look for, e.g. Nectar", anime="Only this anime (optional; default: all)"
    )
    @app_commands.autocomplete(anime=anime_autocomplete)
    @cooldown()
    async def search(
        self,
        interaction: discord.Interaction[ReviewBot],
        query: app_commands.Range[str, 1, 100],
        anime: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        store = self.bot.store
        show = await resolve_anime(store, anime, interaction.guild_id) if anime else None
        hits = await store.search(query, show.id if show else None, limit=MAX_HITS)
        # Across several anime one progress can't gate them all: then nothing counts as watched.
        if show is None and len({hit.anime_title for hit in hits}) == 1:
            show = await resolve_anime(store, hits[0].anime_title)

        def render(gate: Gate) -> Rendered:
            return search_embed(query, hits, gate=gate)

        await deliver(self.bot, interaction, render, anime=show)


async def setup(bot: ReviewBot) -> None:
    await bot.add_cog(Search(bot))
