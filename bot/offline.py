"""Run the real bot against the local Discord sandbox: for `try`, the end-to-end tests and bench.

Everything goes through discord.py's own HTTP and gateway code; only the far end is local.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord

from bot.bot import ReviewBot, apply_endpoint_overrides
from bot.config import Settings
from discord_sandbox import Sandbox

log = logging.getLogger(__name__)


@contextlib.contextmanager
def _endpoints_restored() -> Any:
    """apply_endpoint_overrides() changes discord.py's class attributes: put them back after."""
    base = discord.http.Route.BASE
    gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    try:
        yield
    finally:
        discord.http.Route.BASE = base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = gateway


class OfflineBot(ReviewBot):
    """The real bot, minus discord.py's 5-second pause before re-identifying, which protects
    Discord's identify rate limit; the sandbox has none."""

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None


@contextlib.asynccontextmanager
async def run_offline(
    database_path: Path,
    *,
    sandbox: Sandbox | None = None,
    settings: Settings | None = None,
    view_timeout: float | None = None,
    force_sync: bool = True,
    **overrides: Any,
) -> AsyncIterator[tuple[Sandbox, ReviewBot]]:
    """Start the sandbox (unless running) and the bot on `database_path`; yield both once READY.

    `overrides` replace Settings fields (e.g. `cooldown=None`, `sync_guild_id=...`). A new
    sandbox knows no commands, so the bot syncs them even when the store says they are
    unchanged, unless `force_sync=False` (to test that logic).
    """
    async with contextlib.AsyncExitStack() as stack:
        sandbox = sandbox or Sandbox()
        if sandbox.port is None:  # not started yet: it lives as long as the bot
            await stack.enter_async_context(sandbox)
        base = settings or Settings(token=sandbox.token)
        settings = dataclasses.replace(
            base,
            token=sandbox.token,
            database_path=database_path,
            api_base_url=sandbox.api_base,
            gateway_url=sandbox.gateway_url,
            **overrides,
        )
        stack.enter_context(_endpoints_restored())
        apply_endpoint_overrides(settings)
        # The sandbox sends every GUILD_CREATE right after READY: no need to wait for more.
        bot = OfflineBot(settings, force_sync=force_sync, guild_ready_timeout=0.05)
        if view_timeout is not None:
            bot.view_timeout = view_timeout
        runner = asyncio.create_task(bot.start(settings.token), name="offline-bot")
        ready = asyncio.create_task(bot.wait_until_ready(), name="offline-bot-ready")
        try:
            done, _ = await asyncio.wait({runner, ready}, return_when=asyncio.FIRST_COMPLETED)
            if runner in done:
                runner.result()  # re-raise why the bot stopped before READY
                raise RuntimeError("the bot stopped before it was ready")
            yield sandbox, bot
        finally:
            ready.cancel()
            if not bot.is_closed():
                await bot.close()
            (outcome,) = await asyncio.gather(runner, return_exceptions=True)
            if isinstance(outcome, Exception):
                log.error("The offline bot stopped with an error", exc_info=outcome)
