"""The bot keeps answering through what Discord does to real bots: dropped gateways,
invalidated sessions, rate limits and server errors."""

from __future__ import annotations

import asyncio
import logging
import types
from typing import Any

import discord
import pytest

from tests.e2e.conftest import Running

CALLBACK = r"^/interactions/\d+/[^/]+/callback$"


def callbacks(running: Running) -> list[int]:
    return [
        r.status
        for r in running.sandbox.requests
        if r.method == "POST" and r.path.endswith("/callback")
    ]


@pytest.mark.parametrize("code", [4000, None], ids=["close-4000", "abrupt"])
async def test_after_the_gateway_drops_the_bot_resumes_and_answers(
    running: Running, code: int | None
) -> None:
    sandbox = running.sandbox
    await sandbox.drop_gateway(code)
    await sandbox.wait_for_resume(1)
    result = await sandbox.command("character", {"name": "Naomi"})
    assert result.message is not None
    assert result.message.embeds[0]["title"] == "Naomi Orthmann"


async def test_after_an_invalid_session_the_bot_identifies_again_and_answers(
    running: Running,
) -> None:
    sandbox = running.sandbox
    sandbox.invalidate_session()
    await sandbox.wait_for_identify(2)
    result = await sandbox.command("help")
    assert result.ok


async def test_a_429_on_the_callback_is_retried_and_the_user_is_answered(
    running: Running,
) -> None:
    sandbox = running.sandbox
    sandbox.fail_next("POST", CALLBACK, 429, retry_after=0.05)
    result = await sandbox.command("recap", {"episode": 1})
    assert result.message is not None
    assert "Crimson Is The Sound of Dawn" in result.message.embeds[0]["description"]
    assert callbacks(running) == [429, 200]


@pytest.fixture
def fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """discord.py backs off 1, 3, 5, 7, 9 s between retries of a 5xx: run its real retry loop
    with those sleeps compressed a hundredfold, so the test stays fast."""
    import discord.webhook.async_ as webhook_module

    real_sleep = asyncio.sleep

    async def quick_sleep(delay: float, result: Any = None) -> Any:
        return await real_sleep(delay / 100, result)

    fake = types.SimpleNamespace(**{**vars(asyncio), "sleep": quick_sleep})
    monkeypatch.setattr(webhook_module, "asyncio", fake)


async def test_a_transient_500_is_retried_by_discord_py(
    running: Running, fast_backoff: None
) -> None:
    sandbox = running.sandbox
    sandbox.fail_next("POST", CALLBACK, 500)
    result = await sandbox.command("help")
    assert result.ok
    assert callbacks(running) == [500, 200]


async def test_persistent_500s_are_logged_and_the_bot_keeps_running(
    running: Running, fast_backoff: None, caplog: pytest.LogCaptureFixture
) -> None:
    sandbox = running.sandbox
    sandbox.fail_next("POST", CALLBACK, 500, times=5)  # every attempt discord.py makes
    with caplog.at_level(logging.ERROR):
        failed = await sandbox.command("help", wait=False)
        await failed.wait()
        while not failed.ok:  # the generic apology goes through once the errors stop
            await failed.wait_for_update(timeout=5.0)
    assert callbacks(running)[:5] == [500] * 5
    logged = [r for r in caplog.records if r.exc_info]
    assert any(isinstance(r.exc_info[1], discord.DiscordServerError) for r in logged)
    assert not running.bot.is_closed()
    after = await sandbox.command("character", {"name": "Rouge"})
    assert after.message is not None and after.message.embeds[0]["title"] == "Rouge Redstar"


async def test_under_a_burst_lookups_acknowledge_first_then_answer(running: Running) -> None:
    sandbox = running.sandbox
    users = [sandbox.add_user(f"reader{i}") for i in range(12)]
    pending = [
        await sandbox.command("character", {"name": "Rouge"}, user=user, wait=False)
        for user in users
    ]
    results = [await result for result in pending]
    deferred = [r for r in results if r.callback_type == 5]
    assert deferred, "no lookup was deferred although more than BUSY_THRESHOLD were in flight"
    for result in deferred:
        while result.message is None or not result.message.embeds:
            await result.wait_for_update(timeout=5.0)
        assert result.message.embeds[0]["title"] == "Rouge Redstar"
        assert not result.ephemeral


async def test_an_error_after_a_busy_deferral_stays_private(running: Running) -> None:
    sandbox = running.sandbox
    users = [sandbox.add_user(f"asker{i}") for i in range(12)]
    pending = [
        await sandbox.command("recap", {"episode": 2}, user=user, wait=False)  # no recap of 2
        for user in users
    ]
    results = [await result for result in pending]
    deferred = [r for r in results if r.callback_type == 5]
    assert deferred
    for result in deferred:
        while not any(m.ephemeral for m in result.followups):
            await result.wait_for_update(timeout=5.0)
        (reply,) = [m for m in result.followups if m.ephemeral]
        assert "episode 2" in reply.content
        # the public "thinking…" placeholder is removed, not left in the channel
        while not result.message.deleted:
            await result.wait_for_update(timeout=5.0)
        assert "episode 2" not in result.message.content  # it never showed the error
