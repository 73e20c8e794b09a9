"""The command tree: one place that turns every command error into one polite ephemeral reply."""

from __future__ import annotations

import asyncio
import logging
import math
from typing import TYPE_CHECKING, Any

import aiohttp
import discord
from discord import app_commands

from bot.errors import UserError

if TYPE_CHECKING:
    from bot.bot import ReviewBot

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
        return f"Slow down a little: you can look something up again in {wait} s."
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
DEFER_WHEN_BUSY = frozenset({"review", "character", "recap", "search", "scores"})
PUBLIC_PLACEHOLDER = "deferred_public"  # interaction.extras key: a public "thinking…" is shown


async def followup_after_deferral(
    interaction: discord.Interaction[ReviewBot], *, ephemeral: bool = False, **kwargs: Any
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
        except discord.HTTPException as exc:
            log.warning("Could not remove the placeholder of a deferred reply: %s", exc)
    return message


async def send_private(interaction: discord.Interaction[ReviewBot], **kwargs: Any) -> None:
    """An ephemeral reply, whether or not the interaction was deferred."""
    kwargs.setdefault("allowed_mentions", discord.AllowedMentions.none())
    if interaction.response.is_done():
        await followup_after_deferral(interaction, ephemeral=True, **kwargs)
    else:
        await interaction.response.send_message(ephemeral=True, **kwargs)


COUNTED = "counted"  # interaction.extras key: this command is in `in_flight`
SLOT = "slot"  # interaction.extras key: this lookup holds one of the LOOKUP_SLOTS


class ReviewTree(app_commands.CommandTree["ReviewBot"]):
    """Counts the commands in flight and turns every error into one ephemeral reply.

    Only public hooks: `interaction_check` sees every command before its callback runs, and each
    command ends in exactly one of `on_app_command_completion` (the bot calls `finished`) or
    `on_error`, so the count and the lookup slots are released on every path.
    """

    def __init__(self, client: ReviewBot, **kwargs: Any) -> None:
        super().__init__(client, **kwargs)
        self.in_flight = 0
        self._slots = asyncio.Semaphore(LOOKUP_SLOTS)

    async def interaction_check(self, interaction: discord.Interaction[ReviewBot], /) -> bool:
        if interaction.type is not discord.InteractionType.application_command:
            return True
        self.in_flight += 1
        interaction.extras[COUNTED] = True
        name = interaction.data.get("name") if interaction.data else None
        if name not in DEFER_WHEN_BUSY:
            return True
        if self.in_flight > BUSY_THRESHOLD:
            try:
                await interaction.response.defer(thinking=True)
            except discord.HTTPException as exc:
                log.warning("Could not acknowledge /%s in time under load: %s", name, exc)
                self.finished(interaction)
                return False
            interaction.extras[PUBLIC_PLACEHOLDER] = True
        await self._slots.acquire()
        interaction.extras[SLOT] = True
        return True

    def finished(self, interaction: discord.Interaction[ReviewBot]) -> None:
        """Release what `interaction_check` took for this command (once, whatever the path)."""
        if interaction.extras.pop(SLOT, False):
            self._slots.release()
        if interaction.extras.pop(COUNTED, False):
            self.in_flight -= 1

    async def on_error(
        self, interaction: discord.Interaction[ReviewBot], error: app_commands.AppCommandError, /
    ) -> None:
        self.finished(interaction)
        message = message_for(error)
        command = interaction.command.qualified_name if interaction.command else "?"
        original = getattr(error, "original", error)
        if interaction.client.is_closed():
            # Stopping (SIGTERM): the connection to Discord is gone, so nothing can be answered.
            log.info("/%s was not answered: the bot is shutting down", command)
            return
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
                except discord.HTTPException as exc:
                    log.warning("Could not answer a failed autocomplete: %s", exc)
            return

        try:
            await send_private(interaction, content=message)
        except (discord.HTTPException, aiohttp.ClientError) as exc:
            if interaction.client.is_closed():
                # the bot began to stop (SIGTERM) while the reply was on its way: its
                # connections are closed ("Connector is closed"), and nothing can be answered
                log.info("/%s was not answered: the bot is shutting down", command)
            else:
                log.warning("Could not send the error reply for /%s: %s", command, exc)
