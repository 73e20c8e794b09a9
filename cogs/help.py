"""/help: what each command does, read from the command tree itself so it never goes stale."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.bot import ReviewBot
from bot.render import help_embed


def describe_commands(tree: app_commands.CommandTree) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    for command in sorted(tree.get_commands(), key=lambda c: c.name):
        if isinstance(command, app_commands.Group):
            for sub in command.walk_commands():
                if isinstance(sub, app_commands.Command):
                    lines.append((usage(sub), sub.description))
        elif isinstance(command, app_commands.Command):
            lines.append((usage(command), command.description))
    return lines


def usage(command: app_commands.Command[Any, ..., Any]) -> str:
    parts = [f"/{command.qualified_name}"]
    for parameter in command.parameters:
        parts.append(f"{parameter.name}:" if parameter.required else f"[{parameter.name}:]")
    return " ".join(parts)


class Help(commands.Cog):
    def __init__(self, bot: ReviewBot) -> None:
        self.bot = bot

    @app_commands.command(name="help", description="What each command does")
    async def help(self, interaction: discord.Interaction[ReviewBot]) -> None:
        await interaction.response.send_message(
            embed=help_embed(describe_commands(self.bot.tree)),
            ephemeral=True,
            allowed_mentions=discord.AllowedMentions.none(),
        )


async def setup(bot: ReviewBot) -> None:
    await bot.add_cog(Help(bot))
