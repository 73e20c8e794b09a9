"""A minimal discord.py bot for the sandbox's own tests (not the project's bot).

Its commands exercise what the sandbox must emulate: a plain reply, autocomplete, a view with
buttons, deferrals, follow-ups, a reply that breaks Discord's limits, a deliberately slow reply,
threads, subcommands with user options.
"""

from __future__ import annotations

import asyncio
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

CHARACTERS = ("Rouge Redstar", "Naomi Orthmann", "Sara Fitzgerald", "Fate Jaron")


class MenuView(discord.ui.View):
    def __init__(self, bot: MiniBot) -> None:
        super().__init__(timeout=None)
        self.bot = bot

    @discord.ui.button(label="Go", custom_id="menu:go", style=discord.ButtonStyle.primary)
    async def go(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        self.bot.clicks.append(interaction.user.id)
        await interaction.response.edit_message(content=f"clicked by {interaction.user.name}")

    @discord.ui.button(label="Off", custom_id="menu:off", disabled=True)
    async def off(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        raise AssertionError("a disabled button cannot be clicked")


class Fan(app_commands.Group):
    """Things fans do."""

    @app_commands.command()
    @app_commands.describe(who="Who to greet")
    async def greet(self, interaction: discord.Interaction, who: discord.User) -> None:
        """Greet a fan."""
        await interaction.response.send_message(
            f"hello {who.mention}", allowed_mentions=discord.AllowedMentions.none()
        )


class MiniBot(commands.Bot):
    def __init__(self, guild_id: int, *, sync_globally: bool = False, **options: Any) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents.default(),
            guild_ready_timeout=0.05,  # on_ready soon after the last GUILD_CREATE
            help_command=None,
            **options,  # e.g. shard_ids and shard_count for ShardedMiniBot
        )
        self.guild_id = guild_id
        self.sync_globally = sync_globally
        self.ready_event = asyncio.Event()
        self.resumed_event = asyncio.Event()
        self.joined: asyncio.Queue[discord.Guild] = asyncio.Queue()
        self.removed: asyncio.Queue[discord.Guild] = asyncio.Queue()
        self.threads: asyncio.Queue[discord.Thread] = asyncio.Queue()
        self.errors: asyncio.Queue[Exception] = asyncio.Queue()
        self.interactions: list[discord.Interaction] = []
        self.clicks: list[int] = []
        self.slow_entered = asyncio.Event()
        self.release = asyncio.Event()
        self.synced: list[app_commands.AppCommand] = []
        self._add_commands()

    async def setup_hook(self) -> None:
        guild = discord.Object(self.guild_id)
        self.tree.copy_global_to(guild=guild)
        self.synced = await self.tree.sync(guild=guild)
        if self.sync_globally:
            await self.tree.sync()

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """discord.py waits 5 s before identifying again (Discord's identify rate limit); the
        sandbox has no such limit, so the test bot does not wait."""

    async def on_ready(self) -> None:
        self.ready_event.set()

    async def on_resumed(self) -> None:
        self.resumed_event.set()

    async def on_guild_join(self, guild: discord.Guild) -> None:
        await self.joined.put(guild)

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        await self.removed.put(guild)

    async def on_thread_create(self, thread: discord.Thread) -> None:
        await self.threads.put(thread)

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        self.interactions.append(interaction)

    def _add_commands(self) -> None:
        tree = self.tree
        bot = self

        @tree.command()
        async def ping(interaction: discord.Interaction) -> None:
            """Answers pong."""
            await interaction.response.send_message("pong")

        @tree.command()
        @app_commands.describe(name="A character")
        async def pick(interaction: discord.Interaction, name: str) -> None:
            """Pick a character."""
            await interaction.response.send_message(f"picked {name}")

        @pick.autocomplete("name")
        async def pick_name(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            return [
                app_commands.Choice(name=c, value=c)
                for c in CHARACTERS
                if c.lower().startswith(current.lower())
            ]

        @tree.command()
        async def menu(interaction: discord.Interaction) -> None:
            """A message with buttons."""
            await interaction.response.send_message("menu", view=MenuView(bot))

        @tree.command()
        async def secret(interaction: discord.Interaction) -> None:
            """An ephemeral message with buttons."""
            await interaction.response.send_message("only you", view=MenuView(bot), ephemeral=True)

        @tree.command()
        async def long(interaction: discord.Interaction) -> None:
            """Sends 2001 characters: one too many."""
            try:
                await interaction.response.send_message("x" * 2001)
            except discord.HTTPException as error:
                await bot.errors.put(error)

        @tree.command()
        async def slow(interaction: discord.Interaction) -> None:
            """Answers only when the test releases it."""
            bot.slow_entered.set()
            await bot.release.wait()
            try:
                await interaction.response.send_message("finally")
            except discord.HTTPException as error:
                await bot.errors.put(error)

        @tree.command()
        async def later(interaction: discord.Interaction) -> None:
            """Defers, then edits the answer in."""
            await interaction.response.defer(thinking=True)
            await interaction.edit_original_response(content="ready now")

        @tree.command()
        async def whisper(interaction: discord.Interaction) -> None:
            """Defers ephemerally, then answers with a follow-up."""
            await interaction.response.defer(ephemeral=True, thinking=True)
            await interaction.followup.send("done", ephemeral=True)

        @tree.command()
        async def followup(interaction: discord.Interaction) -> None:
            """Answers, then sends a follow-up (reporting any failure)."""
            await interaction.response.send_message("first")
            try:
                await interaction.followup.send("second")
            except discord.HTTPException as error:
                await bot.errors.put(error)

        @tree.command()
        async def where(interaction: discord.Interaction) -> None:
            """Says where it was run."""
            await interaction.response.send_message(
                f"guild {interaction.guild_id} channel {interaction.channel_id}"
            )

        @tree.command()
        @app_commands.describe(name="The thread's name")
        async def thread(interaction: discord.Interaction, name: str) -> None:
            """Starts a public thread here and posts in it."""
            channel = interaction.channel
            assert isinstance(channel, discord.TextChannel)
            try:
                started = await channel.create_thread(
                    name=name, type=discord.ChannelType.public_thread
                )
                await started.send("first post")
            except discord.HTTPException as error:
                await bot.errors.put(error)
                await interaction.response.send_message("no thread", ephemeral=True)
                return
            await interaction.response.send_message(f"started {started.mention}")

        tree.add_command(Fan())


class ShardedMiniBot(MiniBot, commands.AutoShardedBot):
    """The same bot as an AutoShardedBot: pass ``shard_ids`` and ``shard_count`` (or neither:
    the recommended count from GET /gateway/bot)."""
