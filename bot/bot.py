"""The bot: one store handle, a fixed set of extensions, and command sync only when needed."""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

import discord
import yarl
from discord import app_commands
from discord.ext import commands

from bot.config import Settings
from bot.cooldown import LookupCooldown
from bot.store import Store
from bot.tree import ReviewTree

log = logging.getLogger(__name__)

EXTENSIONS: tuple[str, ...] = (
    "cogs.reviews",
    "cogs.characters",
    "cogs.recaps",
    "cogs.search",
    "cogs.help",
    "cogs.progress",
    "cogs.settings",
    "cogs.ratings",
    "cogs.feeds",
)

# discord.py waits this long after the last GUILD_CREATE before on_ready (default 2 s). Nothing
# here waits for on_ready (interactions are answered as soon as the gateway is up), so a short
# wait only makes the "ready" log line honest sooner.
GUILD_READY_TIMEOUT = 0.5

COMMAND_HASH_KEY = "global_commands_hash:{application_id}"


def apply_endpoint_overrides(settings: Settings) -> None:
    """Point discord.py at a REST or gateway proxy (or the local sandbox) when configured."""
    if settings.api_base_url:
        discord.http.Route.BASE = settings.api_base_url
    if settings.gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.gateway_url)


def commands_hash(payload: list[dict[str, Any]]) -> str:
    """A stable fingerprint of the command payload that a sync would send."""
    canonical = json.dumps(sorted(payload, key=lambda c: str(c.get("name"))), sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


class ReviewBot(commands.AutoShardedBot):
    """The bot, sharded as the settings say: SHARD_COUNT/SHARD_IDS, or (unset) every shard of
    Discord's recommended count in this one process. Only the process holding shard 0 syncs
    the slash commands (`python -m bot sync` always does)."""

    store: Store
    tree: ReviewTree

    def __init__(
        self,
        settings: Settings,
        *,
        force_sync: bool = False,
        guild_ready_timeout: float = GUILD_READY_TIMEOUT,
    ) -> None:
        intents = discord.Intents.none()
        intents.guilds = True  # slash commands need nothing else: no message content, no members
        shards: dict[str, Any] = {}  # none: every shard of Discord's recommended count
        if settings.shard_count is not None:
            shards["shard_count"] = settings.shard_count
        if settings.shard_ids is not None:
            shards["shard_ids"] = list(settings.shard_ids)
        super().__init__(
            guild_ready_timeout=guild_ready_timeout,
            command_prefix=commands.when_mentioned,
            intents=intents,
            tree_cls=ReviewTree,
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            **shards,
        )
        self.settings = settings
        self.force_sync = force_sync
        self.synced: str | None = None  # "global", "guild" or None: what this start synced
        self.view_timeout: float = 180.0  # seconds a paging view stays live after its last use
        self.lookup_cooldown = LookupCooldown(*settings.cooldown) if settings.cooldown else None

    async def setup_hook(self) -> None:
        self.store = await Store.connect(self.settings)
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if self.force_sync or self.settings.syncs_commands:
            await self.sync_commands(force=self.force_sync)
        else:
            log.info("Not syncing commands: shard 0 is held by another process, which does")

    async def sync_commands(self, *, force: bool = False) -> None:
        """Sync to the development guild, or globally when the tree changed since the last sync."""
        if self.settings.sync_guild_id is not None:
            guild = discord.Object(id=self.settings.sync_guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            self.synced = "guild"
            log.info("Synced %d commands to guild %s", len(synced), guild.id)
            return

        payload = [command.to_dict(self.tree) for command in self.tree.get_commands()]
        digest = commands_hash(payload)
        key = COMMAND_HASH_KEY.format(application_id=self.application_id)
        if not force and await self.store.get_meta(key) == digest:
            log.info("Global commands unchanged since the last sync; not syncing")
            return
        synced = await self.tree.sync()
        await self.store.set_meta(key, digest)
        self.synced = "global"
        log.info("Synced %d global commands", len(synced))

    async def on_app_command_completion(
        self,
        interaction: discord.Interaction[ReviewBot],
        command: app_commands.Command[Any, ..., Any] | app_commands.ContextMenu,
    ) -> None:
        self.tree.finished(interaction)

    async def on_ready(self) -> None:
        assert self.user is not None
        log.info("Ready as %s (%s) in %d servers", self.user, self.user.id, len(self.guilds))

    async def close(self) -> None:
        try:
            await super().close()
        finally:
            store = getattr(self, "store", None)
            if store is not None:
                await store.close()
