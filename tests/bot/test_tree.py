"""The tree's error mapping: every known error becomes one polite sentence, the rest are logged."""

import logging
from types import SimpleNamespace
from typing import Any

import aiohttp
import discord
import pytest
from discord import app_commands

from bot.errors import UserError
from bot.tree import GENERIC_FAILURE, ReviewTree, message_for


class Recorder:
    def __init__(self, done: bool = False) -> None:
        self.sent: list[dict[str, Any]] = []
        self.done = done

    def is_done(self) -> bool:
        return self.done

    async def send_message(self, content: str, **kwargs: Any) -> None:
        self.sent.append({"content": content, **kwargs})

    async def send(self, content: str, **kwargs: Any) -> None:
        self.sent.append({"content": content, **kwargs})

    async def autocomplete(self, choices: list[Any]) -> None:
        self.sent.append({"choices": choices})


def interaction(
    kind: discord.InteractionType = discord.InteractionType.application_command,
    done: bool = False,
    closed: bool = False,
) -> Any:
    response = Recorder(done)
    return SimpleNamespace(
        client=SimpleNamespace(is_closed=lambda: closed),
        type=kind,
        response=response,
        followup=response,
        command=SimpleNamespace(qualified_name="review"),
        user=SimpleNamespace(id=42),
        guild_id=7,
        extras={},
    )


def test_cooldown_says_how_long_to_wait() -> None:
    cooldown = app_commands.Cooldown(5, 15.0)
    text = message_for(app_commands.CommandOnCooldown(cooldown, 4.2))
    assert text is not None
    assert "5 s" in text


def test_missing_permission_is_named() -> None:
    text = message_for(app_commands.MissingPermissions(["manage_guild"]))
    assert text is not None
    assert "Manage Server" in text


def test_unknown_errors_have_no_user_message() -> None:
    assert (
        message_for(
            app_commands.CommandInvokeError(SimpleNamespace(name="x"), RuntimeError("boom"))
        )
        is None
    )  # type: ignore[arg-type]


async def test_user_error_is_sent_ephemerally_without_mentions() -> None:
    tree = ReviewTree(discord.Client(intents=discord.Intents.none()))
    target = interaction()
    await tree.on_error(target, UserError("No reviews of episode 9 yet."))
    [sent] = target.response.sent
    assert sent["content"] == "No reviews of episode 9 yet."
    assert sent["ephemeral"] is True
    assert sent["allowed_mentions"].to_dict()["parse"] == []


async def test_crash_is_logged_with_traceback_and_answered_generically(
    caplog: pytest.LogCaptureFixture,
) -> None:
    tree = ReviewTree(discord.Client(intents=discord.Intents.none()))
    target = interaction(done=True)
    try:
        raise ZeroDivisionError("secret internals")
    except ZeroDivisionError as exc:
        error = app_commands.CommandInvokeError(SimpleNamespace(name="review"), exc)  # type: ignore[arg-type]
    with caplog.at_level(logging.ERROR, logger="bot.tree"):
        await tree.on_error(target, error)
    [sent] = target.followup.sent
    assert sent["content"] == GENERIC_FAILURE
    assert "secret internals" not in sent["content"]
    assert sent["ephemeral"] is True
    [record] = [r for r in caplog.records if r.name == "bot.tree"]
    assert record.exc_info is not None
    assert record.exc_info[0] is ZeroDivisionError


async def test_failed_autocomplete_answers_an_empty_list_not_a_message() -> None:
    tree = ReviewTree(discord.Client(intents=discord.Intents.none()))
    target = interaction(discord.InteractionType.autocomplete)
    await tree.on_error(
        target, app_commands.CommandInvokeError(SimpleNamespace(name="x"), KeyError("x"))
    )  # type: ignore[arg-type]
    assert target.response.sent == [{"choices": []}]


async def test_while_shutting_down_a_failure_is_one_line_and_no_reply(
    caplog: pytest.LogCaptureFixture,
) -> None:
    tree = ReviewTree(discord.Client(intents=discord.Intents.none()))
    target = interaction(closed=True)
    closed = RuntimeError("Connector is closed.")
    error = app_commands.CommandInvokeError(SimpleNamespace(name="review"), closed)  # type: ignore[arg-type]
    with caplog.at_level(logging.INFO, logger="bot.tree"):
        await tree.on_error(target, error)
    assert target.response.sent == []  # nothing can reach Discord any more
    [record] = [r for r in caplog.records if r.name == "bot.tree"]
    assert record.exc_info is None  # no traceback for a stop the operator asked for
    assert "shutting down" in record.getMessage()


async def test_a_stop_while_the_error_reply_is_sent_is_one_line_and_no_crash(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # SIGTERM lands after on_error's check and before its reply reaches Discord: the closed
    # connector raises aiohttp's error, which must not escape as "Task exception was never
    # retrieved" with a traceback
    tree = ReviewTree(discord.Client(intents=discord.Intents.none()))
    stopped = {"closed": False}
    target = interaction(done=True)
    target.client = SimpleNamespace(is_closed=lambda: stopped["closed"])

    async def send(content: str, **kwargs: Any) -> None:
        stopped["closed"] = True
        raise aiohttp.ClientConnectionError("Connector is closed.")

    target.followup.send = send
    with caplog.at_level(logging.INFO, logger="bot.tree"):
        await tree.on_error(target, UserError("No recap of episode 7 yet."))
    [record] = [r for r in caplog.records if r.name == "bot.tree" and r.levelno >= logging.INFO]
    assert record.exc_info is None
    assert "shutting down" in record.getMessage()


async def test_a_reply_that_cannot_be_sent_is_one_warning_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    tree = ReviewTree(discord.Client(intents=discord.Intents.none()))
    target = interaction(done=True)

    async def send(content: str, **kwargs: Any) -> None:
        raise aiohttp.ClientConnectionError("Cannot connect to host")

    target.followup.send = send
    with caplog.at_level(logging.INFO, logger="bot.tree"):
        await tree.on_error(target, UserError("No recap of episode 7 yet."))
    [record] = [r for r in caplog.records if r.name == "bot.tree" and r.levelno >= logging.INFO]
    assert record.levelno == logging.WARNING
    assert record.exc_info is None
    assert "Cannot connect to host" in record.getMessage()
