"""The gateway protocol, spoken by a raw websocket client (Discord's gateway reference: HELLO,
IDENTIFY/READY, heartbeats, RESUME, INVALID_SESSION, close codes, zlib-stream)."""

from __future__ import annotations

import json
import zlib
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from discord_sandbox import Sandbox

GUILDS = 1 << 0
GUILD_MESSAGES = 1 << 9


class RawClient:
    def __init__(self, ws: aiohttp.ClientWebSocketResponse, compressed: bool) -> None:
        self.ws = ws
        self.inflator = zlib.decompressobj() if compressed else None
        self.binary_frames = 0

    async def receive(self) -> dict[str, Any]:
        msg = await self.ws.receive(timeout=5)
        if msg.type is aiohttp.WSMsgType.BINARY:
            assert self.inflator is not None
            self.binary_frames += 1
            assert msg.data[-4:] == b"\x00\x00\xff\xff"  # every message ends a Z_SYNC_FLUSH
            return json.loads(self.inflator.decompress(msg.data))
        assert msg.type is aiohttp.WSMsgType.TEXT, msg
        return json.loads(msg.data)

    async def send(self, op: int, d: Any) -> None:
        await self.ws.send_str(json.dumps({"op": op, "d": d}))

    async def identify(self, token: str, intents: int = GUILDS, **extra: Any) -> None:
        await self.send(2, {"token": token, "intents": intents, "properties": {}, **extra})


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def connect(
    sandbox: Sandbox, http: aiohttp.ClientSession, compress: str | None = None
) -> RawClient:
    params = {"v": "10", "encoding": "json"}
    if compress:
        params["compress"] = compress
    ws = await http.ws_connect(sandbox.gateway_url, params=params)
    return RawClient(ws, compressed=compress is not None)


async def test_hello_then_identify_gives_ready_and_guild_create(
    http: aiohttp.ClientSession,
) -> None:
    async with Sandbox(heartbeat_interval=1234, openapi_path=None) as sandbox:
        client = await connect(sandbox, http)
        hello = await client.receive()
        assert hello["op"] == 10 and hello["d"]["heartbeat_interval"] == 1234
        await client.send(1, None)
        assert (await client.receive())["op"] == 11  # HEARTBEAT_ACK
        await client.identify(sandbox.token, shard=[0, 1])
        ready = await client.receive()
        assert (ready["op"], ready["t"], ready["s"]) == (0, "READY", 1)
        d = ready["d"]
        assert d["v"] == 10 and d["user"]["id"] == str(sandbox.bot_user_id)
        assert d["guilds"] == [{"id": str(sandbox.guild_id), "unavailable": True}]
        assert d["resume_gateway_url"] == sandbox.gateway_url
        assert d["application"]["id"] == str(sandbox.application_id)
        assert d["shard"] == [0, 1]
        guild = await client.receive()
        assert (guild["t"], guild["s"]) == ("GUILD_CREATE", 2)
        g = guild["d"]
        assert g["id"] == str(sandbox.guild_id) and g["unavailable"] is False
        assert [c["id"] for c in g["channels"]] == [str(sandbox.channel_id)]
        everyone = next(r for r in g["roles"] if r["id"] == str(sandbox.guild_id))
        assert everyone["name"] == "@everyone"
        assert str(sandbox.bot_user_id) in {m["user"]["id"] for m in g["members"]}
        assert g["member_count"] == len(g["members"]) == 4
        assert sandbox.ready.is_set()
        await client.ws.close()


async def test_a_bad_token_closes_with_4004(http: aiohttp.ClientSession) -> None:
    async with Sandbox(openapi_path=None) as sandbox:
        client = await connect(sandbox, http)
        await client.receive()
        await client.identify("not-the-token")
        msg = await client.ws.receive(timeout=5)
        assert msg.type is aiohttp.WSMsgType.CLOSE and msg.data == 4004


async def test_anything_but_identify_or_resume_first_closes_with_4003(
    http: aiohttp.ClientSession,
) -> None:
    async with Sandbox(openapi_path=None) as sandbox:
        client = await connect(sandbox, http)
        await client.receive()
        await client.send(8, {"guild_id": str(sandbox.guild_id), "query": "", "limit": 0})
        msg = await client.ws.receive(timeout=5)
        assert msg.type is aiohttp.WSMsgType.CLOSE and msg.data == 4003


async def test_zlib_stream_frames_decompress_to_the_same_protocol(
    http: aiohttp.ClientSession,
) -> None:
    async with Sandbox(openapi_path=None) as sandbox:
        client = await connect(sandbox, http, compress="zlib-stream")
        assert (await client.receive())["op"] == 10
        await client.identify(sandbox.token)
        assert (await client.receive())["t"] == "READY"
        assert (await client.receive())["t"] == "GUILD_CREATE"
        assert client.binary_frames == 3  # one shared zlib stream across messages
        await client.ws.close()


async def test_resume_replays_missed_dispatches_then_resumed(
    http: aiohttp.ClientSession,
) -> None:
    async with Sandbox(openapi_path=None) as sandbox:
        first = await connect(sandbox, http)
        await first.receive()
        await first.identify(sandbox.token)
        ready = await first.receive()
        session_id = ready["d"]["session_id"]
        await first.ws.close()  # before reading GUILD_CREATE (s=2)
        await sandbox.gateway.wait_until(lambda: not sandbox.gateway.connected, 5, "detach")
        sandbox.dispatch("TYPING_START", {"channel_id": str(sandbox.channel_id)})  # s=3

        second = await connect(sandbox, http)
        await second.receive()
        await second.send(6, {"token": sandbox.token, "session_id": session_id, "seq": 1})
        replayed = [await second.receive() for _ in range(3)]
        assert [(m["t"], m["s"]) for m in replayed] == [
            ("GUILD_CREATE", 2),
            ("TYPING_START", 3),
            ("RESUMED", 4),
        ]
        assert await sandbox.wait_for_resume() == 1
        await second.ws.close()

        third = await connect(sandbox, http)
        await third.receive()
        await third.send(6, {"token": sandbox.token, "session_id": "nope", "seq": 1})
        invalid = await third.receive()
        assert (invalid["op"], invalid["d"]) == (9, False)
        await third.ws.close()


async def test_message_events_follow_the_identified_intents(
    http: aiohttp.ClientSession,
) -> None:
    async with Sandbox(openapi_path=None) as sandbox:
        client = await connect(sandbox, http)
        await client.receive()
        await client.identify(sandbox.token, intents=GUILDS)
        await client.receive()
        await client.receive()
        url = f"{sandbox.api_base}/channels/{sandbox.channel_id}/messages"
        headers = {"Authorization": f"Bot {sandbox.token}"}
        async with http.post(url, json={"content": "quiet"}, headers=headers) as response:
            assert response.status == 200
        sandbox.dispatch("TYPING_START", {"channel_id": str(sandbox.channel_id)})
        # without GUILD_MESSAGES, the next event is the typing one, not MESSAGE_CREATE
        assert (await client.receive())["t"] == "TYPING_START"
        await client.ws.close()
        await sandbox.gateway.wait_until(lambda: not sandbox.gateway.connected, 5, "detach")

        loud = await connect(sandbox, http)
        await loud.receive()
        await loud.identify(sandbox.token, intents=GUILDS | GUILD_MESSAGES)
        await loud.receive()
        await loud.receive()
        async with http.post(url, json={"content": "loud"}, headers=headers) as response:
            sent = await response.json()
        event = await loud.receive()
        assert event["t"] == "MESSAGE_CREATE"
        assert event["d"]["id"] == sent["id"] and event["d"]["content"] == "loud"
        assert event["d"]["guild_id"] == str(sandbox.guild_id) and "member" in event["d"]
        await loud.ws.close()
