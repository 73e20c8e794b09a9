"""Fixtures: a fresh sandbox, and the minimal test bot connected to it through discord.py's real
HTTP and gateway code (endpoints restored after each test)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import discord
import pytest
import yarl

from discord_sandbox import Sandbox
from tests.discord_sandbox.minibot import MiniBot


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    async with Sandbox() as started:
        yield started


@pytest.fixture
def point_discord_at(monkeypatch: pytest.MonkeyPatch) -> Callable[[Sandbox], None]:
    def point(target: Sandbox) -> None:
        monkeypatch.setattr(discord.http.Route, "BASE", target.api_base)
        monkeypatch.setattr(
            discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(target.gateway_url)
        )

    return point


@contextlib.asynccontextmanager
async def running_bot(
    sandbox: Sandbox, bot_class: type[MiniBot] = MiniBot, **kwargs: Any
) -> AsyncIterator[MiniBot]:
    bot = bot_class(sandbox.guild_id, **kwargs)
    runner = asyncio.create_task(bot.start(sandbox.token))
    ready = asyncio.create_task(bot.ready_event.wait())
    try:
        done, _ = await asyncio.wait({runner, ready}, timeout=10, return_when="FIRST_COMPLETED")
        if runner in done:
            runner.result()
            raise RuntimeError("the bot stopped before it was ready")
        assert ready in done, "the bot never became ready"
        yield bot
    finally:
        ready.cancel()
        await bot.close()
        await asyncio.gather(runner, return_exceptions=True)


@pytest.fixture
async def bot(
    sandbox: Sandbox, point_discord_at: Callable[[Sandbox], None]
) -> AsyncIterator[MiniBot]:
    point_discord_at(sandbox)
    async with running_bot(sandbox) as started:
        yield started
