"""The REST side with a raw HTTP client: authentication, Discord's error shapes, rate-limit
headers, injected faults, interaction webhooks and channel routes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import discord
import pytest

from discord_sandbox import Sandbox
from tests.discord_sandbox.minibot import MiniBot


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


def auth(sandbox: Sandbox) -> dict[str, str]:
    return {"Authorization": f"Bot {sandbox.token}"}


async def test_requests_need_the_bot_token(sandbox: Sandbox, http: aiohttp.ClientSession) -> None:
    url = f"{sandbox.api_base}/users/@me"
    async with http.get(url) as response:
        assert response.status == 401
        assert await response.json() == {"message": "401: Unauthorized", "code": 0}
    async with http.get(url, headers={"Authorization": "Bot wrong"}) as response:
        assert response.status == 401
    async with http.get(url, headers=auth(sandbox)) as response:
        assert response.status == 200
        assert response.headers["Content-Type"] == "application/json"  # what discord.py parses
        assert response.headers["X-RateLimit-Remaining"] != "0"
        assert "X-RateLimit-Bucket" in response.headers
        assert (await response.json())["id"] == str(sandbox.bot_user_id)
    assert [(r.path, r.status) for r in sandbox.requests] == [
        ("/users/@me", 401),
        ("/users/@me", 401),
        ("/users/@me", 200),
    ]


async def test_unknown_routes_are_recorded_and_404(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    url = f"{sandbox.api_base}/guilds/{sandbox.guild_id}/bans?limit=5"
    async with http.get(url, headers=auth(sandbox)) as response:
        assert response.status == 404
        assert await response.json() == {"message": "404: Not Found", "code": 0}
    record = sandbox.requests[-1]
    assert (record.method, record.path, record.query, record.status, record.template) == (
        "GET",
        f"/guilds/{sandbox.guild_id}/bans",
        {"limit": "5"},
        404,
        None,
    )


async def test_gateway_bot_points_at_the_sandbox(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    async with http.get(f"{sandbox.api_base}/gateway/bot", headers=auth(sandbox)) as response:
        data = await response.json()
    assert data["url"] == sandbox.gateway_url and data["shards"] == 1
    assert data["session_start_limit"]["max_concurrency"] == 1


async def test_injected_429_and_500_look_like_discords(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    url = f"{sandbox.api_base}/users/@me"
    sandbox.fail_next("GET", r"^/users/@me$", 429, retry_after=1.5)
    sandbox.fail_next("*", r"@me", 500)
    async with http.get(url, headers=auth(sandbox)) as response:
        assert response.status == 429
        assert await response.json() == {
            "message": "You are being rate limited.",
            "retry_after": 1.5,
            "global": False,
        }
        headers = response.headers
        assert headers["Retry-After"] == "1.500"
        assert headers["X-RateLimit-Remaining"] == "0"
        assert headers["X-RateLimit-Reset-After"] == "1.500"
        assert headers["X-RateLimit-Scope"] == "user"
        for name in ("X-RateLimit-Limit", "X-RateLimit-Reset", "X-RateLimit-Bucket"):
            assert name in headers
    async with http.get(url, headers=auth(sandbox)) as response:
        assert response.status == 500
        assert await response.json() == {"message": "500: Internal Server Error", "code": 0}
    async with http.get(url, headers=auth(sandbox)) as response:
        assert response.status == 200  # each fault fired once
    assert [r.injected for r in sandbox.requests] == [True, True, False]


async def test_callback_without_with_response_is_204_and_the_bots_late_second_try_is_40060(
    sandbox: Sandbox, bot: MiniBot, http: aiohttp.ClientSession
) -> None:
    result = await sandbox.command("slow", wait=False)
    await asyncio.wait_for(bot.slow_entered.wait(), 5)
    url = f"{sandbox.api_base}/interactions/{result.id}/{result.token}/callback"
    async with http.post(url, json={"type": 4, "data": {"content": "someone else"}}) as response:
        assert response.status == 204
    await result.wait()
    assert result.content == "someone else"
    bot.release.set()
    error = await asyncio.wait_for(bot.errors.get(), 5)
    assert isinstance(error, discord.HTTPException) and error.code == 40060
    assert [v.code for v in sandbox.violations] == ["40060"]


async def test_with_response_returns_the_interaction_and_the_message(
    sandbox: Sandbox, bot: MiniBot, http: aiohttp.ClientSession
) -> None:
    result = await sandbox.command("slow", wait=False)
    await asyncio.wait_for(bot.slow_entered.wait(), 5)
    url = f"{sandbox.api_base}/interactions/{result.id}/{result.token}/callback"
    body = {"type": 4, "data": {"content": "hidden", "flags": 64}}
    async with http.post(url, json=body, params={"with_response": "true"}) as response:
        data: dict[str, Any] = await response.json()
    await result.wait()
    assert result.message is not None
    assert data["interaction"] == {
        "id": str(result.id),
        "type": 2,
        "response_message_id": str(result.message.id),
        "response_message_loading": False,
        "response_message_ephemeral": True,
    }
    assert data["resource"]["type"] == 4
    assert data["resource"]["message"]["content"] == "hidden"
    assert data["resource"]["message"]["flags"] == 64
    bot.release.set()
    await asyncio.wait_for(bot.errors.get(), 5)


async def test_webhook_followups_and_original_message_routes(
    sandbox: Sandbox, bot: MiniBot, http: aiohttp.ClientSession
) -> None:
    result = await sandbox.command("ping")
    base = f"{sandbox.api_base}/webhooks/{sandbox.application_id}/{result.token}"
    async with http.post(base, json={"content": "quietly"}) as response:
        assert response.status == 204  # no ?wait=true: no message in the answer
    async with http.post(base, params={"wait": "true"}, json={"content": "loud"}) as response:
        followup = await response.json()
    assert [m.content for m in result.followups] == ["quietly", "loud"]
    meta = followup["interaction_metadata"]
    assert meta["original_response_message_id"] == str(result.message.id)  # type: ignore[union-attr]
    async with http.patch(f"{base}/messages/@original", json={"content": "pong!"}) as response:
        assert (await response.json())["content"] == "pong!"
    assert result.content == "pong!"
    async with http.delete(f"{base}/messages/{followup['id']}") as response:
        assert response.status == 204
    async with http.get(f"{base}/messages/{followup['id']}") as response:
        assert response.status == 404
        assert (await response.json())["code"] == 10008
    async with http.post(f"{base}x", json={"content": "?"}) as response:
        assert response.status == 404
        assert await response.json() == {"message": "Unknown Webhook", "code": 10015}
    async with http.patch(f"{base}/messages/@original", json={"content": "y" * 2001}) as response:
        assert response.status == 400
        assert (await response.json())["errors"]["content"]["_errors"][0]["code"] == (
            "BASE_TYPE_MAX_LENGTH"
        )
    assert result.content == "pong!"


async def test_channel_message_validation_and_permissions(
    sandbox: Sandbox, http: aiohttp.ClientSession
) -> None:
    url = f"{sandbox.api_base}/channels/{sandbox.channel_id}/messages"
    embeds = [{"title": "t", "description": "d" * 4096}, {"description": "d" * 2000}]
    async with http.post(url, json={"embeds": embeds}, headers=auth(sandbox)) as response:
        assert response.status == 400
        body = await response.json()
    assert body["code"] == 50035
    assert body["errors"]["embeds"]["_errors"][0]["code"] == "MAX_EMBED_SIZE_EXCEEDED"
    sandbox.set_bot_permissions(1 << 10, channel_id=sandbox.channel_id)  # view only
    async with http.post(url, json={"content": "hi"}, headers=auth(sandbox)) as response:
        assert response.status == 403
        assert await response.json() == {"message": "Missing Permissions", "code": 50013}
    sandbox.set_bot_permissions(None, channel_id=sandbox.channel_id)
    async with http.post(url, json={"content": "hi"}, headers=auth(sandbox)) as response:
        assert response.status == 200
    assert [m.content for m in sandbox.channel_messages()] == ["hi"]
