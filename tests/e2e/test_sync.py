"""Command registration: what the bot sends to Discord, and that it never syncs blindly."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from discord_sandbox import Sandbox
from tests.e2e.conftest import OPENAPI, Running

EXPECTED = {
    "review",
    "character",
    "recap",
    "search",
    "help",
    "progress",
    "settings",
    "forgetme",
    "rate",
    "scores",
    "feeds",
}


def puts(running_sandbox: Any, path_part: str) -> list[Any]:
    return [
        r
        for r in running_sandbox.requests
        if r.method == "PUT" and path_part in r.path and r.path.endswith("/commands")
    ]


async def test_first_start_registers_every_command_globally(running: Running) -> None:
    sandbox = running.sandbox
    (put,) = puts(sandbox, "/applications/")
    assert "/guilds/" not in put.path
    registered = {c["name"]: c for c in sandbox.registered_commands()}
    assert set(registered) == EXPECTED
    for command in registered.values():
        assert 1 <= len(command["description"]) <= 100  # Discord's documented limit
    episode = {o["name"]: o for o in registered["review"]["options"]}["episode"]
    assert episode["type"] == 4 and episode.get("required") is not True
    assert episode["min_value"] == 1
    recap_episode = {o["name"]: o for o in registered["recap"]["options"]}["episode"]
    assert recap_episode["required"] is True
    name = {o["name"]: o for o in registered["character"]["options"]}["name"]
    assert name["autocomplete"] is True
    # the payload itself was checked against Discord's OpenAPI description by the sandbox
    assert put.status == 200


async def test_a_restart_with_the_same_commands_does_not_sync(
    start_bot: Callable[..., Any],
) -> None:
    async with start_bot(force_sync=False) as (sandbox, _bot):
        assert len(puts(sandbox, "/applications/")) == 1
    async with start_bot(force_sync=False) as (sandbox, bot):
        assert puts(sandbox, "/applications/") == []
        assert bot.synced is None
        # `python -m bot sync` forces it
        await bot.sync_commands(force=True)
        assert len(puts(sandbox, "/applications/")) == 1


async def test_a_development_guild_gets_the_commands_at_once(
    start_bot: Callable[..., Any],
) -> None:
    sandbox = Sandbox(openapi_path=OPENAPI)
    async with sandbox, start_bot(sandbox=sandbox, sync_guild_id=sandbox.guild_id) as (_s, bot):
        assert bot.synced == "guild"
        (put,) = puts(sandbox, "/applications/")
        assert f"/guilds/{sandbox.guild_id}/" in put.path
        assert {c["name"] for c in sandbox.registered_commands(sandbox.guild_id)} == EXPECTED
        result = await sandbox.command("help")
        assert result.ok
