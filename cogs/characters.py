"""/character: who is this character, and what did reviewers say about them."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.bot import ReviewBot
from bot.delivery import bears_spoilers, deliver
from bot.errors import UserError
from bot.lookups import (
    ANIME_DESCRIBE,
    anime_autocomplete,
    anime_id_from_namespace,
    cooldown,
    resolve_anime,
)
from bot.render import Page, character_card, did_you_mean
from bot.spoilers import fit_plain
from bot.text.choices import AUTOCOMPLETE

log = logging.getLogger(__name__)

SUGGESTIONS = 3
# A near miss ("Naomy", "Rogue") resolves when exactly one suggestion scores at least this.
# Store.character_choices scores fuzzy matches 0.6 x difflib's ratio (prefix and substring
# matches 0.7-1.0), so 0.45 means a ratio of 0.75: one or two letters off in a short name.
NEAR_MISS = 0.45


class Characters(commands.Cog):
    def __init__(self, bot: ReviewBot) -> None:
        self.bot = bot

    @app_commands.command(
        name="character", description="Who a character is, and what reviewers said about them"
    )
    @app_commands.describe(name="A name or alias, e.g. Rouge", anime=ANIME_DESCRIBE)
    @app_commands.autocomplete(anime=anime_autocomplete)
    @cooldown()
    async def character(
        self,
        interaction: discord.Interaction[ReviewBot],
        name: app_commands.Range[str, 1, 100],
        anime: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        store = self.bot.store
        show = await resolve_anime(store, anime, interaction.guild_id)
        gate = await self.bot.gate_for(interaction, show.id)
        found = await store.resolve_character(name, show.id)
        note = None
        if found is None:
            choices = await store.character_choices(
                name, show.id, limit=SUGGESTIONS, progress=gate.progress
            )
            close = [c for c in choices if c.score >= NEAR_MISS]
            if len(close) != 1:
                raise UserError(did_you_mean(name, [c.value for c in choices]))
            found = await store.get_character(close[0].character_id)
            note = f"Closest match to “{fit_plain(name, 100)}”:"
        mentions = await store.mentions(found.id)
        page = Page(content=note, embeds=(character_card(found, mentions, gate=gate),))
        await deliver(
            self.bot, interaction, [[page]], gate=gate, spoiler_bearing=bears_spoilers([page])
        )

    @character.autocomplete("name")
    async def name_autocomplete(
        self, interaction: discord.Interaction[ReviewBot], current: str
    ) -> list[app_commands.Choice[str]]:
        anime_id = await anime_id_from_namespace(interaction)
        progress = None
        if anime_id is not None:
            progress = (await self.bot.gate_for(interaction, anime_id)).progress
        choices = await self.bot.store.character_choices(
            current, anime_id, limit=AUTOCOMPLETE.count, progress=progress
        )
        return [app_commands.Choice(name=c.name, value=c.value) for c in choices]


async def setup(bot: ReviewBot) -> None:
    await bot.add_cog(Characters(bot))
