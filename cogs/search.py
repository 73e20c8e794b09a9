"""/search: full-text search over every stored review and recap."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.bot import ReviewBot
from bot.delivery import bears_spoilers, deliver
from bot.lookups import anime_autocomplete, cooldown, resolve_anime
from bot.render import Page, search_embed

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
        anime_id = (await resolve_anime(store, anime, interaction.guild_id)).id if anime else None
        hits = await store.search(query, anime_id, limit=MAX_HITS)
        # Across several anime one progress can't gate them all: then nothing counts as watched.
        gated_id = anime_id
        if gated_id is None and len({hit.anime_title for hit in hits}) == 1:
            gated_id = (await resolve_anime(store, hits[0].anime_title)).id
        gate = await self.bot.gate_for(interaction, gated_id)
        page = Page(embeds=(search_embed(query, hits, gate=gate),))
        await deliver(
            self.bot, interaction, [[page]], gate=gate, spoiler_bearing=bears_spoilers([page])
        )


async def setup(bot: ReviewBot) -> None:
    await bot.add_cog(Search(bot))
