"""The command tree: one place that turns every command error into one polite ephemeral reply."""

from __future__ import annotations

import logging
import math

import discord
from discord import app_commands

from bot.errors import UserError

log = logging.getLogger(__name__)

GENERIC_FAILURE = (
    "Something went wrong on my side while answering that. "
    "It has been logged for the bot's operators; please try again in a moment."
)


def _missing(perms: list[str]) -> str:
    names = [p.replace("_", " ").replace("guild", "server").title() for p in perms]
    return ", ".join(names)


def message_for(error: app_commands.AppCommandError) -> str | None:
    """The reply for an error the user can act on, or None for an unexpected one."""
    if isinstance(error, UserError):
        return error.message
    if isinstance(error, app_commands.CommandOnCooldown):
        wait = max(1, math.ceil(error.retry_after))
        return f"Slow down a little: you can use this command again in {wait} s."
    if isinstance(error, app_commands.MissingPermissions):
        return f"You need the {_missing(error.missing_permissions)} permission to do that."
    if isinstance(error, app_commands.BotMissingPermissions):
        return (
            f"I need the {_missing(error.missing_permissions)} permission here to do that; "
            "ask a server admin to grant it."
        )
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This command only works inside a server."
    if isinstance(error, app_commands.TransformerError):
        return (
            f"I couldn't understand {discord.utils.escape_markdown(str(error.value))!s} "
            "for that option; please check it and try again."
        )
    if isinstance(error, app_commands.CommandNotFound):
        return "I don't know that command any more; it may have just been updated. Try again."
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use this command here."
    return None


class ReviewTree(app_commands.CommandTree):
    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError, /
    ) -> None:
        message = message_for(error)
        command = interaction.command.qualified_name if interaction.command else "?"
        if message is None:
            original = getattr(error, "original", error)
            log.error(
                "Unexpected error in /%s (user %s, guild %s)",
                command,
                interaction.user.id,
                interaction.guild_id,
                exc_info=original,
            )
            message = GENERIC_FAILURE
        else:
            log.debug("/%s answered with a user error: %s", command, type(error).__name__)

        if interaction.type is discord.InteractionType.autocomplete:
            # An autocomplete cannot carry a message; an empty list is the polite answer.
            if not interaction.response.is_done():
                try:
                    await interaction.response.autocomplete([])
                except discord.HTTPException:
                    log.warning("Could not answer a failed autocomplete", exc_info=True)
            return

        try:
            if interaction.response.is_done():
                await interaction.followup.send(
                    message, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
                )
            else:
                await interaction.response.send_message(
                    message, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
                )
        except discord.HTTPException:
            log.warning("Could not send the error reply for /%s", command, exc_info=True)
