"""/progress and /forgetme: how far each person has watched, and deleting it on request."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.bot import ReviewBot
from bot.errors import UserError
from bot.lookups import ANIME_DESCRIBE, anime_autocomplete, check_episode, resolve_anime
from bot.spoilers import escape

log = logging.getLogger(__name__)

NOT_YOURS = "This button is for the person who ran /forgetme."


class ForgetConfirm(discord.ui.View):
    """Delete-or-cancel buttons only the asker may press; disabled after use or on timeout."""

    def __init__(self, bot: ReviewBot, owner_id: int, *, timeout: float = 60.0) -> None:
        super().__init__(timeout=timeout)
        self.bot = bot
        self.owner_id = owner_id
        self.message: discord.InteractionMessage | None = None

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(NOT_YOURS, ephemeral=True)
        return False

    def _disable(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True

    @discord.ui.button(label="Delete my data", style=discord.ButtonStyle.danger)
    async def confirm(
        self, interaction: discord.Interaction[ReviewBot], button: discord.ui.Button[ForgetConfirm]
    ) -> None:
        progress, ratings = await self.bot.store.forget_user_counts(self.owner_id)
        log.info("Forgot user %s on request (%d rows)", self.owner_id, progress + ratings)
        counted = f"{progress} progress record{'s' if progress != 1 else ''}"
        if ratings:
            counted += f" and {ratings} rating{'s' if ratings != 1 else ''}"
        self._disable()
        self.stop()
        await interaction.response.edit_message(
            content=(f"Done: everything I stored about you is deleted ({counted})."),
            view=self,
        )

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def cancel(
        self, interaction: discord.Interaction[ReviewBot], button: discord.ui.Button[ForgetConfirm]
    ) -> None:
        self._disable()
        self.stop()
        await interaction.response.edit_message(
            content="Cancelled: nothing was deleted.", view=self
        )

    async def on_timeout(self) -> None:
        self._disable()
        if self.message is not None:
            try:
                await self.message.edit(content="Timed out: nothing was deleted.", view=self)
            except discord.HTTPException as exc:
                log.info("Could not disable the /forgetme buttons: %s", exc)


class Progress(commands.Cog):
    def __init__(self, bot: ReviewBot) -> None:
        self.bot = bot

    @app_commands.command(
        name="progress", description="How far you've watched: answers beyond it stay hidden"
    )
    @app_commands.describe(
        episode="The last episode you've watched (0 = none yet); leave out to see yours",
        anime=ANIME_DESCRIBE,
        clear="Forget your progress for this anime",
    )
    @app_commands.autocomplete(anime=anime_autocomplete)
    async def progress(
        self,
        interaction: discord.Interaction[ReviewBot],
        episode: app_commands.Range[int, 0, 9999] | None = None,
        anime: app_commands.Range[str, 1, 100] | None = None,
        clear: bool = False,
    ) -> None:
        store = self.bot.store
        show = await resolve_anime(store, anime, interaction.guild_id)
        title = escape(show.title)
        user = interaction.user.id
        if clear and episode is not None:
            raise UserError("Give either `episode` or `clear`, not both.")
        if clear:
            removed = await store.clear_progress(user, show.id)
            message = (
                f"Forgot your progress for **{title}**."
                if removed
                else f"You had no progress stored for **{title}**."
            )
        elif episode is not None:
            check_episode(show, episode, lowest=0)
            await store.set_progress(user, show.id, episode)
            message = (
                f"Saved: you've watched **{title}** up to episode {episode}. "
                "Anything about a later episode stays behind spoiler tags for you."
            )
        else:
            own = await store.get_progress(user, show.id)
            server = (
                await store.guild_progress(interaction.guild_id, show.id)
                if interaction.guild_id is not None
                else None
            )
            if own is not None:
                message = f"You've watched **{title}** up to episode {own}."
            elif server is not None:
                message = (
                    f"You haven't set your progress for **{title}**; this server's default "
                    f"applies: episode {server}. Set yours with `/progress episode:<n>`."
                )
            else:
                message = (
                    f"You haven't set your progress for **{title}**, so everything about its "
                    "episodes stays behind spoiler tags. Set it with `/progress episode:<n>`."
                )
        await interaction.response.send_message(message, ephemeral=True)

    @app_commands.command(
        name="forgetme", description="Delete everything this bot stores about you"
    )
    async def forgetme(self, interaction: discord.Interaction[ReviewBot]) -> None:
        view = ForgetConfirm(self.bot, interaction.user.id)
        await interaction.response.send_message(
            "This deletes your watch progress and your episode ratings for every anime, in every "
            "server. Are you sure?",
            view=view,
            ephemeral=True,
        )
        view.message = await interaction.original_response()


async def setup(bot: ReviewBot) -> None:
    await bot.add_cog(Progress(bot))
