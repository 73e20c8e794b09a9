"""/character: who is this character, and what did reviewers say about them."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.bot import ReviewBot
from bot.delivery import deliver, gates_for
from bot.errors import UserError
from bot.lookups import (
    ANIME_DESCRIBE,
    anime_autocomplete,
    anime_from_namespace,
    cooldown,
    resolve_anime,
)
from bot.models import Character
from bot.render import Page, Rendered, character_card, did_you_mean
from bot.spoilers import Gate, fit_plain
from bot.text.choices import AUTOCOMPLETE
from bot.text.names import fold

log = logging.getLogger(__name__)

SUGGESTIONS = 3
# A near miss ("Naomy", "Rogue") resolves when exactly one suggestion scores at least this.
# Store.character_choices scores fuzzy matches 0.6 x difflib's ratio (prefix and substring
# matches 0.7-1.0), so 0.45 means a ratio of 0.75: one or two letters off in a short name.
NEAR_MISS = 0.45


def found_by_secret(query: str, character: Character, audience: Gate) -> bool:
    """Whether `query` names `character` only through an alias `audience` may not see yet.

    Answering such a lookup where that audience reads it would tell them who the alias is
    ("Viola" is Sara Fitzgerald), so the card goes to the asker alone.
    """
    asked = fold(query)
    if not asked:
        return False
    hidden = [fold(a.name) for a in character.aliases if not audience.reveals(a.revealed_in)]
    if not any(asked in alias for alias in hidden):
        return False
    visible = [fold(character.name)]
    visible += [fold(a.name) for a in character.aliases if audience.reveals(a.revealed_in)]
    return not any(asked in name for name in visible)


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
        show = await resolve_anime(
            store, anime, interaction.guild_id, having=lambda: store.anime_with_character(name)
        )
        gates = await gates_for(self.bot, interaction, show)
        found = await store.resolve_character(name, show.id)
        note = None
        matched = name
        if found is None:
            choices = await store.character_choices(
                name, show.id, limit=SUGGESTIONS, progress=gates.private.progress
            )
            close = [c for c in choices if c.score >= NEAR_MISS]
            if len(close) != 1:
                raise UserError(did_you_mean(name, [c.value for c in choices]))
            found = await store.get_character(close[0].character_id)
            matched = close[0].value
            note = f"Closest match to “{fit_plain(name, 100)}”:"
        mentions = await store.mentions(found.id)
        character = found

        def render(gate: Gate) -> Rendered:
            card = character_card(character, mentions, gate=gate)
            page = card.books[0][0]
            return Rendered.one(Page(content=note, embeds=page.embeds), hidden=card.hidden)

        await deliver(
            self.bot,
            interaction,
            render,
            anime=show,
            gates=gates,
            asker_only=found_by_secret(matched, character, gates.here),
        )

    @character.autocomplete("name")
    async def name_autocomplete(
        self, interaction: discord.Interaction[ReviewBot], current: str
    ) -> list[app_commands.Choice[str]]:
        show = await anime_from_namespace(interaction)
        progress = None
        if show is not None:  # suggestions are seen by the asker alone: their own progress
            progress = (await gates_for(self.bot, interaction, show)).private.progress
        choices = await self.bot.store.character_choices(
            current, show.id if show else None, limit=AUTOCOMPLETE.count, progress=progress
        )
        return [app_commands.Choice(name=c.name, value=c.value) for c in choices]


async def setup(bot: ReviewBot) -> None:
    await bot.add_cog(Characters(bot))
