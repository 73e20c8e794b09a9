"""Sharding in the sandbox, as Discord documents it (Gateway > Sharding): IDENTIFY's
``shard: [shard_id, num_shards]``, each guild's events only on shard
``(guild_id >> 22) % num_shards`` (DMs on shard 0), GET /gateway/bot's recommended ``shards``,
and close codes 4010 (Invalid shard) and 4011 (Sharding required).

Spoken by a raw websocket client, and by discord.py's AutoShardedClient: one client holding
both shards, and two clients (two "processes") holding one shard each."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import aiohttp
import discord
import pytest

from discord_sandbox import Sandbox
from tests.discord_sandbox.conftest import running_bot
from tests.discord_sandbox.minibot import MiniBot, ShardedMiniBot
from tests.discord_sandbox.test_gateway import RawClient, connect

INVALID_SHARD = 4010
SHARDING_REQUIRED = 4011


def discord_shard(guild_id: int, shard_count: int) -> int:
    """Discord's formula, written out here rather than imported from the sandbox."""
    return (guild_id >> 22) % shard_count


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def world_of_four() -> AsyncIterator[Sandbox]:
    """Four guilds over two shards: two on each (at most three per connection)."""
    async with Sandbox(max_guilds_per_shard=3, shard_count=2) as sandbox:
        home = discord_shard(sandbox.guild_id, 2)
        sandbox.add_guild("Second home", shard=(home, 2))
        sandbox.add_guild("Away one", shard=(1 - home, 2))
        sandbox.add_guild("Away two", shard=(1 - home, 2))
        yield sandbox


async def _ready(client: RawClient, sandbox: Sandbox, shard: Any) -> dict[str, Any]:
    assert (await client.receive())["op"] == 10  # HELLO
    await client.identify(sandbox.token, shard=shard)
    ready = await client.receive()
    assert ready["t"] == "READY", ready
    return ready


async def _guild_creates(client: RawClient, count: int) -> set[int]:
    return {int((await client.receive())["d"]["id"]) for _ in range(count)}


async def _closed_with(client: RawClient) -> int | None:
    msg = await client.ws.receive(timeout=5)
    assert msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED), msg
    return client.ws.close_code


# --------------------------------------------------------------------------- raw protocol


@pytest.mark.parametrize(
    "shard",
    [[2, 2], [5, 2], [0, 0], [-1, 2], [0], [0, 1, 2], ["0", "2"], [True, 2], "0,2", {"id": 0}],
)
async def test_an_impossible_shard_is_closed_with_4010(
    sandbox: Sandbox, http: aiohttp.ClientSession, shard: Any
) -> None:
    client = await connect(sandbox, http)
    assert (await client.receive())["op"] == 10
    await client.identify(sandbox.token, shard=shard)
    assert await _closed_with(client) == INVALID_SHARD
    assert sandbox.gateway.identify_count == 0
    assert sandbox.gateway.refused == [INVALID_SHARD]


async def test_too_many_guilds_for_one_connection_is_closed_with_4011(
    world_of_four: Sandbox, http: aiohttp.ClientSession
) -> None:
    sandbox = world_of_four
    client = await connect(sandbox, http)
    assert (await client.receive())["op"] == 10
    await client.identify(sandbox.token)  # unsharded: 4 guilds, 3 allowed
    assert await _closed_with(client) == SHARDING_REQUIRED
    client = await connect(sandbox, http)
    assert (await client.receive())["op"] == 10
    await client.identify(sandbox.token, shard=[0, 1])  # one shard of one: the same
    assert await _closed_with(client) == SHARDING_REQUIRED
    assert sandbox.gateway.refused == [SHARDING_REQUIRED, SHARDING_REQUIRED]


async def test_each_shard_receives_only_its_guilds(
    world_of_four: Sandbox, http: aiohttp.ClientSession
) -> None:
    sandbox = world_of_four
    expected = {
        shard: {g for g in sandbox.world.guilds if discord_shard(g, 2) == shard} for shard in (0, 1)
    }
    assert [len(expected[0]), len(expected[1])] == [2, 2]
    clients = []
    for shard in (0, 1):
        client = await connect(sandbox, http)
        clients.append(client)  # (an unreferenced websocket is closed when collected)
        ready = await _ready(client, sandbox, [shard, 2])
        assert ready["d"]["shard"] == [shard, 2]
        assert {int(g["id"]) for g in ready["d"]["guilds"]} == expected[shard]
        assert await _guild_creates(client, 2) == expected[shard]
    assert sandbox.gateway.connected_shards == [0, 1]


async def test_a_new_guild_and_a_dm_go_to_their_shards_only(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    clients = {}
    for shard in (0, 1, 2):
        clients[shard] = await connect(sandbox, http)
        await _ready(clients[shard], sandbox, [shard, 3])
        if discord_shard(sandbox.guild_id, 3) == shard:
            assert await _guild_creates(clients[shard], 1) == {sandbox.guild_id}
    guild_id = sandbox.add_guild("Joined later", shard=(2, 3))
    assert discord_shard(guild_id, 3) == 2
    joined = await clients[2].receive()
    assert (joined["t"], int(joined["d"]["id"])) == ("GUILD_CREATE", guild_id)
    sandbox.dispatch("TYPING_START", {"channel_id": "1", "user_id": "2"})  # no guild: shard 0
    assert (await clients[0].receive())["t"] == "TYPING_START"
    for shard in (1, 2):
        with pytest.raises(TimeoutError):
            await clients[shard].ws.receive(timeout=0.2)


async def test_identifying_a_shard_again_supersedes_only_that_shard(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    first = {shard: await connect(sandbox, http) for shard in (0, 1)}
    for shard, client in first.items():
        await _ready(client, sandbox, [shard, 2])
    home = discord_shard(sandbox.guild_id, 2)
    await _guild_creates(first[home], 1)
    again = await connect(sandbox, http)
    await _ready(again, sandbox, [1, 2])
    assert await _closed_with(first[1]) == 4000  # superseded
    assert sandbox.gateway.connected_shards == [0, 1]
    assert first[0].ws.closed is False


async def test_gateway_bot_recommends_the_configured_or_needed_shard_count(
    http: aiohttp.ClientSession,
) -> None:
    async def shards(sandbox: Sandbox) -> int:
        headers = {"Authorization": f"Bot {sandbox.token}"}
        async with http.get(f"{sandbox.api_base}/gateway/bot", headers=headers) as response:
            assert response.status == 200
            body = await response.json()
        assert body["url"] == sandbox.gateway_url
        return int(body["shards"])

    async with Sandbox(shard_count=4) as sandbox:
        assert await shards(sandbox) == 4
    async with Sandbox() as sandbox:
        assert await shards(sandbox) == 1
    async with Sandbox(max_guilds_per_shard=2) as sandbox:
        assert await shards(sandbox) == 1
        sandbox.add_guild()
        assert await shards(sandbox) == 1
        sandbox.add_guild()  # 3 guilds, 2 per shard: 2 shards
        assert await shards(sandbox) == 2


def test_shard_counts_and_ids_are_checked() -> None:
    with pytest.raises(ValueError, match="shard_count"):
        Sandbox(shard_count=0)
    with pytest.raises(ValueError, match="max_guilds_per_shard"):
        Sandbox(max_guilds_per_shard=0)
    with pytest.raises(ValueError, match="no shard 2 among 2"):
        Sandbox().world.add_guild(shard=(2, 2))


# --------------------------------------------------------------------------- discord.py


def _frames_with(sandbox: Sandbox, shard: int, interaction_id: int) -> int:
    session = sandbox.gateway.shards[shard]
    return sum(1 for d in session.events("INTERACTION_CREATE") if int(d["id"]) == interaction_id)


async def test_an_auto_sharded_client_gets_every_guild_and_answers_on_the_right_shard(
    world_of_four: Sandbox, point_discord_at: Callable[[Sandbox], None]
) -> None:
    sandbox = world_of_four
    point_discord_at(sandbox)
    async with running_bot(
        sandbox, ShardedMiniBot, sync_globally=True, shard_ids=[0, 1], shard_count=2
    ) as bot:
        assert isinstance(bot, discord.AutoShardedClient)
        assert sandbox.gateway.connected_shards == [0, 1]
        assert {g.id for g in bot.guilds} == set(sandbox.world.guilds)
        for guild_id in sandbox.world.guilds:
            result = await sandbox.command("where", guild_id=guild_id)
            assert result.content is not None and result.content.startswith(f"guild {guild_id} ")
            shard = discord_shard(guild_id, 2)
            assert _frames_with(sandbox, shard, result.id) == 1
            assert _frames_with(sandbox, 1 - shard, result.id) == 0
            assert bot.get_guild(guild_id).shard_id == shard  # type: ignore[union-attr]


async def test_an_auto_sharded_client_uses_the_recommended_count(
    world_of_four: Sandbox, point_discord_at: Callable[[Sandbox], None]
) -> None:
    sandbox = world_of_four
    point_discord_at(sandbox)
    async with running_bot(sandbox, ShardedMiniBot) as bot:
        assert bot.shard_count == 2
        assert sandbox.gateway.connected_shards == [0, 1]
        assert len(bot.guilds) == 4


async def test_two_processes_each_hold_one_shard(
    world_of_four: Sandbox, point_discord_at: Callable[[Sandbox], None]
) -> None:
    sandbox = world_of_four
    point_discord_at(sandbox)
    home = discord_shard(sandbox.guild_id, 2)
    async with contextlib.AsyncExitStack() as stack:
        bots: dict[int, MiniBot] = {}
        for shard in (0, 1):
            bots[shard] = await stack.enter_async_context(
                running_bot(
                    sandbox, ShardedMiniBot, sync_globally=True, shard_ids=[shard], shard_count=2
                )
            )
        for shard, bot in bots.items():
            assert {g.id for g in bot.guilds} == {
                g for g in sandbox.world.guilds if discord_shard(g, 2) == shard
            }
        away = next(g for g in sandbox.world.guilds if discord_shard(g, 2) != home)
        results = await asyncio.gather(
            sandbox.command("ping", guild_id=sandbox.guild_id),
            sandbox.command("ping", guild_id=away),
        )
        assert [r.content for r in results] == ["pong", "pong"]
        assert [i.guild_id for i in bots[home].interactions] == [sandbox.guild_id]
        assert [i.guild_id for i in bots[1 - home].interactions] == [away]


async def test_an_unsharded_client_told_to_shard_stops_with_4011(
    world_of_four: Sandbox, point_discord_at: Callable[[Sandbox], None]
) -> None:
    sandbox = world_of_four
    point_discord_at(sandbox)
    bot = MiniBot(sandbox.guild_id)
    try:
        with pytest.raises(discord.ConnectionClosed) as closed:
            await asyncio.wait_for(bot.start(sandbox.token), 10)
    finally:
        await bot.close()
    assert closed.value.code == SHARDING_REQUIRED
