"""The command tree: one place that turns every command error into one polite ephemeral reply."""

from __future__ import annotations

import asyncio
import logging
import math
from typing import Any

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


# Lookups answer in the channel and may take milliseconds each; when this many interactions are
# already being answered (a burst), a new lookup first acknowledges ("thinking…") so its first
# response is never later than Discord's 3 seconds, then edits in the answer.
UNKNOWN_INTERACTION = 10062  # Discord's error code for an interaction answered too late
BUSY_THRESHOLD = 2
# At most this many lookups build their answers at once; the rest wait (already acknowledged),
# so a burst cannot pile up thousands of half-rendered answers in memory.
LOOKUP_SLOTS = 8
DEFER_WHEN_BUSY = frozenset({"review", "character", "recap", "search"})
PUBLIC_PLACEHOLDER = "deferred_public"  # interaction.extras key: a public "thinking…" is shown


async def followup_after_deferral(
    interaction: discord.Interaction, *, ephemeral: bool = False, **kwargs: Any
) -> discord.WebhookMessage:
    """The follow-up that answers a deferred interaction.

    Discord turns the first follow-up of a deferral into the deferred message itself, public if
    the deferral was. So a private answer after a busy deferral's public "thinking…" first ends
    it with a neutral edit, is sent as a message of its own, then removes the placeholder.
    """
    private_after_public = bool(interaction.extras.pop(PUBLIC_PLACEHOLDER, False)) and ephemeral
    if private_after_public:
        await interaction.edit_original_response(content="…")
    message = await interaction.followup.send(ephemeral=ephemeral, wait=True, **kwargs)
    if private_after_public:
        try:
            await interaction.delete_original_response()
        except discord.HTTPException:
            log.warning("Could not remove the placeholder of a deferred reply", exc_info=True)
    return message


async def send_private(interaction: discord.Interaction, **kwargs: Any) -> None:
    """An ephemeral reply, whether or not the interaction was deferred."""
    kwargs.setdefault("allowed_mentions", discord.AllowedMentions.none())
    if interaction.response.is_done():
        await followup_after_deferral(interaction, ephemeral=True, **kwargs)
    else:
        await interaction.response.send_message(ephemeral=True, **kwargs)


class ReviewTree(app_commands.CommandTree):
    in_flight: int = 0
    _slots: asyncio.Semaphore | None = None

    async def _call(self, interaction: discord.Interaction) -> None:
        # CommandTree._call is discord.py's dispatch of one interaction (pinned: 2.7.1). Counting
        # around it is the one place that sees every command start and finish, errors included.
        if interaction.type is not discord.InteractionType.application_command:
            await super()._call(interaction)
            return
        self.in_flight += 1
        try:
            name = interaction.data.get("name") if interaction.data else None
            if self.in_flight > BUSY_THRESHOLD and name in DEFER_WHEN_BUSY:
                try:
                    await interaction.response.defer(thinking=True)
                except discord.HTTPException:
                    log.warning("Could not acknowledge /%s in time under load", name, exc_info=True)
                    return
                interaction.extras[PUBLIC_PLACEHOLDER] = True
            if name in DEFER_WHEN_BUSY:
                if self._slots is None:
                    self._slots = asyncio.Semaphore(LOOKUP_SLOTS)
                async with self._slots:
                    await super()._call(interaction)
            else:
                await super()._call(interaction)
        finally:
            self.in_flight -= 1

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError, /
    ) -> None:
        message = message_for(error)
        command = interaction.command.qualified_name if interaction.command else "?"
        original = getattr(error, "original", error)
        if isinstance(original, discord.NotFound) and original.code == UNKNOWN_INTERACTION:
            # Too late: Discord dropped the interaction (3 s passed). Nothing can reach the user.
            log.warning("/%s expired before it was answered (user %s)", command, interaction.user)
            return
        if message is None:
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
            await send_private(interaction, content=message)
        except discord.HTTPException:
            log.warning("Could not send the error reply for /%s", command, exc_info=True)
