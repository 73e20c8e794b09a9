"""The sandbox end to end: the real discord.py client logs in, connects, syncs commands and
answers interactions the sandbox's drivers send, and the sandbox judges what it sent by
Discord's documented rules.
"""

from __future__ import annotations

import asyncio
from typing import Any

import discord
import pytest

from discord_sandbox import DEFAULT_OPENAPI_PATH, Sandbox, SandboxError
from discord_sandbox.world import (
    MANAGE_GUILD,
    SEND_MESSAGES,
    VIEW_CHANNEL,
)
from tests.discord_sandbox.minibot import MiniBot

EPHEMERAL = 1 << 6
LOADING = 1 << 7


def openapi_violations(sandbox: Sandbox) -> list[Any]:
    return [v for v in sandbox.violations if v.kind == "openapi"]


# ------------------------------------------------------------------------ login and READY


async def test_login_ready_and_guild_create_reach_the_client(
    sandbox: Sandbox, bot: MiniBot
) -> None:
    assert bot.user is not None and bot.user.id == sandbox.bot_user_id
    assert bot.application_id == sandbox.application_id
    guild = bot.get_guild(sandbox.guild_id)
    assert guild is not None and guild.name == "Sandbox Guild"
    channel = guild.get_channel(sandbox.channel_id)
    assert isinstance(channel, discord.TextChannel)
    assert guild.default_role.permissions.send_messages
    assert guild.me is not None and guild.me.id == sandbox.bot_user_id
    assert guild.member_count == 4  # the bot, the owner and the two users
    logins = [(r.method, r.path) for r in sandbox.requests[:2]]
    assert logins == [("GET", "/users/@me"), ("GET", "/oauth2/applications/@me")]
    assert sandbox.gateway.identify_count == 1


async def test_sync_is_stored_with_ids_and_passes_the_openapi_schema(
    sandbox: Sandbox, bot: MiniBot
) -> None:
    stored = {c["name"]: c for c in sandbox.registered_commands(sandbox.guild_id)}
    assert {"ping", "pick", "menu", "fan"} <= set(stored)
    assert {c.name: c.id for c in bot.synced} == {n: int(c["id"]) for n, c in stored.items()}
    pick = stored["pick"]["options"][0]
    assert (pick["name"], pick["type"], pick.get("autocomplete")) == ("name", 3, True)
    assert stored["fan"]["options"][0]["type"] == 1  # the greet subcommand
    sync = next(r for r in sandbox.requests if r.method == "PUT")
    assert sync.template == "/applications/{application_id}/guilds/{guild_id}/commands"
    assert sync.status == 200
    # the schema check ran wherever Discord's OpenAPI description is available
    assert sandbox.openapi is not None or not DEFAULT_OPENAPI_PATH.exists()
    assert sandbox.violations == []


async def test_a_second_sync_keeps_ids_and_versions_of_unchanged_commands(
    sandbox: Sandbox, bot: MiniBot
) -> None:
    before = {c["name"]: (c["id"], c["version"]) for c in sandbox.registered_commands(bot.guild_id)}
    await bot.tree.sync(guild=discord.Object(bot.guild_id))
    after = {c["name"]: (c["id"], c["version"]) for c in sandbox.registered_commands(bot.guild_id)}
    assert after == before


# ------------------------------------------------------------------------ commands


async def test_ping_is_answered_with_pong_and_a_latency(sandbox: Sandbox, bot: MiniBot) -> None:
    result = await sandbox.command("ping")
    assert result.ok and result.callback_type == 4
    assert result.content == "pong"
    assert result.latency is not None and result.latency > 0
    message = result.message
    assert message is not None and not result.ephemeral
    assert message.author.id == sandbox.bot_user_id
    assert message.interaction_metadata is not None
    assert message.interaction_metadata["name"] == "ping"
    assert sandbox.channel_messages() == [message]
    seen = bot.interactions[-1]
    assert seen.user.id == sandbox.user.id and seen.guild_id == sandbox.guild_id


async def test_unregistered_command_and_unknown_option_are_refused(
    sandbox: Sandbox, bot: MiniBot
) -> None:
    with pytest.raises(SandboxError, match="never synced"):
        await sandbox.command("pong")
    with pytest.raises(SandboxError, match="no option 'nom'"):
        await sandbox.command("pick", {"nom": "Rouge"})
    with pytest.raises(SandboxError, match="needs option 'name'"):
        await sandbox.command("pick")
    with pytest.raises(SandboxError, match="takes a string"):
        await sandbox.command("pick", {"name": 3})


async def test_subcommand_with_a_user_option_resolves_the_user(
    sandbox: Sandbox, bot: MiniBot
) -> None:
    result = await sandbox.command("fan", {"who": sandbox.other_user}, subcommand="greet")
    assert result.content == f"hello <@{sandbox.other_user.id}>"
    assert result.message is not None
    # AllowedMentions.none(): the mention is shown but nobody is pinged
    assert result.message.allowed_mentions == {"parse": []}
    assert result.message.payload()["mentions"] == []
    with pytest.raises(SandboxError, match="needs a subcommand"):
        await sandbox.command("fan")


async def test_autocomplete_returns_the_bots_choices(sandbox: Sandbox, bot: MiniBot) -> None:
    result = await sandbox.autocomplete("pick", {"name": "na"}, "name")
    assert result.callback_type == 8
    assert result.choices == [{"name": "Naomi Orthmann", "value": "Naomi Orthmann"}]
    assert result.message is None
    everyone = await sandbox.autocomplete("pick", {}, "name")
    assert [c["value"] for c in everyone.choices or []] == [
        "Rouge Redstar",
        "Naomi Orthmann",
        "Sara Fitzgerald",
        "Fate Jaron",
    ]


async def test_button_click_reaches_the_view_and_the_edit_is_visible(
    sandbox: Sandbox, bot: MiniBot
) -> None:
    result = await sandbox.command("menu")
    message = result.message
    assert message is not None and message.content == "menu"
    assert message.custom_ids() == ["menu:go", "menu:off"]
    click = await sandbox.click(message, "menu:go")
    assert click.callback_type == 7  # UPDATE_MESSAGE
    assert click.message is message
    assert message.content == "clicked by rouge_fan"  # the stored message, after the edit
    assert message.edited_timestamp is not None
    assert message.revisions[0]["content"] == "menu"
    assert bot.clicks == [sandbox.user.id]
    # the view was bound to the message id the callback response announced
    assert bot.interactions[-1].message is not None
    assert bot.interactions[-1].message.id == message.id


async def test_a_click_by_another_user_reaches_the_bot_with_that_user(
    sandbox: Sandbox, bot: MiniBot
) -> None:
    result = await sandbox.command("menu")
    assert result.message is not None
    await sandbox.click(result.message, "menu:go", user=sandbox.other_user)
    assert bot.clicks == [sandbox.other_user.id]
    assert bot.interactions[-1].user.id == sandbox.other_user.id
    assert result.message.content == "clicked by naomi_fan"


async def test_disabled_or_absent_buttons_cannot_be_clicked(sandbox: Sandbox, bot: MiniBot) -> None:
    result = await sandbox.command("menu")
    with pytest.raises(SandboxError, match="disabled"):
        await sandbox.click(result, "menu:off")
    with pytest.raises(SandboxError, match="no component 'menu:nope'"):
        await sandbox.click(result, "menu:nope")
    assert bot.clicks == []


async def test_ephemeral_messages_are_only_visible_to_their_user(
    sandbox: Sandbox, bot: MiniBot
) -> None:
    result = await sandbox.command("secret")
    message = result.message
    assert message is not None and result.ephemeral
    assert message.flags & EPHEMERAL
    assert message.visible_to == sandbox.user.id
    assert sandbox.channel_messages(visible_to=sandbox.user) == [message]
    assert sandbox.channel_messages(visible_to=sandbox.other_user) == []
    with pytest.raises(SandboxError, match="cannot see it"):
        await sandbox.click(message, "menu:go", user=sandbox.other_user)
    await sandbox.click(message, "menu:go")
    assert message.content == "clicked by rouge_fan" and message.ephemeral


async def test_deferred_answer_arrives_as_an_edit(sandbox: Sandbox, bot: MiniBot) -> None:
    result = await sandbox.command("later")
    assert result.callback_type == 5
    assert result.message is not None
    assert result.message.revisions or result.message.loading  # it started as "thinking"
    while result.content != "ready now":
        await result.wait_for_update(timeout=5)
    assert not result.message.loading


async def test_first_followup_after_thinking_replaces_the_loading_message(
    sandbox: Sandbox, bot: MiniBot
) -> None:
    result = await sandbox.command("whisper")
    assert result.callback_type == 5
    while not result.followups:
        await result.wait_for_update(timeout=5)
    assert result.followups == [result.message]  # same message: the loading one, filled in
    assert result.message is not None
    assert result.content == "done" and result.ephemeral and not result.message.loading


# ------------------------------------------------------------------------ validation


async def test_2001_characters_are_refused_with_50035_and_recorded(
    sandbox: Sandbox, bot: MiniBot
) -> None:
    result = await sandbox.command("long")
    assert not result.ok and result.status == 400
    assert result.error is not None and result.error["code"] == 50035
    content_errors = result.error["errors"]["data"]["content"]["_errors"]
    assert content_errors[0]["code"] == "BASE_TYPE_MAX_LENGTH"
    error = await asyncio.wait_for(bot.errors.get(), 5)
    assert isinstance(error, discord.HTTPException)
    assert (error.status, error.code) == (400, 50035)
    limits = [v for v in sandbox.violations if v.kind == "limits"]
    assert [(v.field, v.code) for v in limits] == [("data.content", "BASE_TYPE_MAX_LENGTH")]
    if sandbox.openapi is not None:  # the schema says maxLength 2000 too
        assert [v.field for v in openapi_violations(sandbox)] == ["data.content"]
    assert sandbox.channel_messages() == []  # nothing was posted


async def test_late_callback_gets_unknown_interaction(sandbox: Sandbox, bot: MiniBot) -> None:
    sandbox.callback_deadline = 0.05
    result = await sandbox.command("slow", wait=False)
    await asyncio.wait_for(bot.slow_entered.wait(), 5)
    await result.wait_for_deadline()
    bot.release.set()
    await result.wait(timeout=5)
    assert not result.ok
    assert result.status == 404 and result.error == {
        "message": "Unknown interaction",
        "code": 10062,
    }
    error = await asyncio.wait_for(bot.errors.get(), 5)
    assert isinstance(error, discord.NotFound) and error.code == 10062
    assert [v.code for v in sandbox.violations] == ["10062"]


async def test_acknowledging_twice_is_refused_with_40060(sandbox: Sandbox, bot: MiniBot) -> None:
    result = await sandbox.command("ping")
    url = f"{sandbox.api_base}/interactions/{result.id}/{result.token}/callback"
    async with bot.http._HTTPClient__session.post(  # type: ignore[attr-defined]
        url, json={"type": 4, "data": {"content": "again"}}
    ) as response:
        assert response.status == 400
        assert await response.json() == {
            "message": "Interaction has already been acknowledged.",
            "code": 40060,
        }
    assert result.content == "pong"


# ------------------------------------------------------------------------ faults


async def test_a_429_on_the_callback_is_retried_and_the_command_answered(
    sandbox: Sandbox, bot: MiniBot
) -> None:
    sandbox.fail_next("POST", r"^/interactions/\d+/[^/]+/callback$", 429, retry_after=0.05)
    result = await sandbox.command("ping")
    assert result.content == "pong"
    callbacks = [r for r in sandbox.requests if r.path.endswith("/callback")]
    assert [(r.status, r.injected) for r in callbacks] == [(429, True), (200, False)]


async def test_a_500_on_a_followup_surfaces_as_http_exception_and_the_gateway_stays_up(
    sandbox: Sandbox, bot: MiniBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # discord.py retries a webhook 5xx five times, sleeping 1, 3, 5, 7 and 9 s in between;
    # its view of asyncio skips those waits here (the retries themselves still happen).
    import discord.webhook.async_ as webhook_module

    class NoBackoff:
        def __getattr__(self, name: str) -> Any:
            return getattr(asyncio, name)

        @staticmethod
        async def sleep(delay: float, result: Any = None) -> Any:
            return await asyncio.sleep(0, result)

    monkeypatch.setattr(webhook_module, "asyncio", NoBackoff())
    sandbox.fail_next("POST", r"^/webhooks/\d+/[^/]+$", 500, times=5)
    result = await sandbox.command("followup")
    assert result.content == "first"
    error = await asyncio.wait_for(bot.errors.get(), 5)
    assert isinstance(error, discord.DiscordServerError) and error.status == 500
    webhook_posts = [
        r for r in sandbox.requests if r.template == "/webhooks/{webhook_id}/{webhook_token}"
    ]
    assert [r.status for r in webhook_posts] == [500] * 5
    assert result.followups == []
    # the gateway never dropped: the next command is answered on the same session
    again = await sandbox.command("ping")
    assert again.content == "pong"
    assert (sandbox.gateway.identify_count, sandbox.gateway.resume_count) == (1, 0)


# ------------------------------------------------------------------------ gateway


async def test_dropped_gateway_is_resumed_and_missed_events_replayed(
    sandbox: Sandbox, bot: MiniBot
) -> None:
    await sandbox.drop_gateway(4000)
    assert not sandbox.gateway.connected
    new_guild = sandbox.add_guild("Replay Guild")  # dispatched while the bot is away
    await sandbox.wait_for_resume()
    resume = next(m for m in sandbox.gateway.received if m["op"] == 6)
    assert resume["d"]["session_id"] == sandbox.gateway.session.id  # type: ignore[union-attr]
    joined = await asyncio.wait_for(bot.joined.get(), 5)
    assert joined.id == new_guild
    await asyncio.wait_for(bot.resumed_event.wait(), 5)
    result = await sandbox.command("ping")
    assert result.content == "pong"
    assert sandbox.gateway.identify_count == 1


async def test_abrupt_drop_is_resumed(sandbox: Sandbox, bot: MiniBot) -> None:
    await sandbox.drop_gateway(None)
    await sandbox.wait_for_resume()
    assert (await sandbox.command("ping")).content == "pong"


async def test_invalidated_session_makes_the_client_identify_again(
    sandbox: Sandbox, bot: MiniBot
) -> None:
    sandbox.invalidate_session()
    await sandbox.wait_for_identify(2)
    assert sandbox.gateway.invalid_session_count == 1
    assert (await sandbox.command("ping")).content == "pong"


async def test_gateway_frames_use_the_compression_discord_py_asked_for(
    sandbox: Sandbox, bot: MiniBot
) -> None:
    session = sandbox.gateway.session
    assert session is not None and session.connection is not None
    wanted = discord.utils._ActiveDecompressionContext.COMPRESSION_TYPE
    assert session.connection.encoder.mode == wanted


# ------------------------------------------------------------------------ permissions


async def test_interaction_permissions_default_and_overrides(
    sandbox: Sandbox, bot: MiniBot
) -> None:
    await sandbox.command("ping")
    default = bot.interactions[-1]
    member = default.permissions
    assert member.send_messages and member.manage_messages and member.create_public_threads
    assert not member.manage_guild and not member.administrator
    app = default.app_permissions
    assert app.send_messages and app.create_public_threads and app.send_messages_in_threads
    await sandbox.command(
        "ping", member_permissions=VIEW_CHANNEL | MANAGE_GUILD, app_permissions=VIEW_CHANNEL
    )
    given = bot.interactions[-1]
    assert given.permissions.value == VIEW_CHANNEL | MANAGE_GUILD
    assert given.app_permissions.value == VIEW_CHANNEL


# ------------------------------------------------------------------------ threads


async def test_bot_starts_a_public_thread_and_posts_in_it(sandbox: Sandbox, bot: MiniBot) -> None:
    result = await sandbox.command("thread", {"name": "Episode 1 talk"})
    created = await asyncio.wait_for(bot.threads.get(), 5)  # THREAD_CREATE reached the bot
    stored = sandbox.channel(created.id)
    assert stored is not None and stored.type == 11 and stored.parent_id == sandbox.channel_id
    assert created.name == "Episode 1 talk" and created.parent_id == sandbox.channel_id
    assert [m.content for m in sandbox.channel_messages(created.id)] == ["first post"]
    assert result.content == f"started <#{created.id}>"
    fetched = await bot.fetch_channel(created.id)
    assert isinstance(fetched, discord.Thread) and fetched.owner_id == sandbox.bot_user_id
    inside = await sandbox.command("where", channel_id=created.id)
    assert inside.content == f"guild {sandbox.guild_id} channel {created.id}"
    assert isinstance(bot.interactions[-1].channel, discord.Thread)
    assert [m.content for m in sandbox.channel_messages(created.id)] == [
        "first post",
        inside.content,
    ]


async def test_thread_name_longer_than_100_is_refused(sandbox: Sandbox, bot: MiniBot) -> None:
    result = await sandbox.command("thread", {"name": "n" * 101})
    assert result.ephemeral and result.content == "no thread"
    error = await asyncio.wait_for(bot.errors.get(), 5)
    assert isinstance(error, discord.HTTPException) and error.code == 50035
    assert [(v.kind, v.field) for v in sandbox.violations if v.kind == "limits"] == [
        ("limits", "name")
    ]
    assert all(not c.is_thread for c in sandbox.world.channels.values())


async def test_thread_creation_needs_the_bots_permission(sandbox: Sandbox, bot: MiniBot) -> None:
    sandbox.set_bot_permissions(VIEW_CHANNEL | SEND_MESSAGES, channel_id=sandbox.channel_id)
    result = await sandbox.command("thread", {"name": "nope"})
    assert result.content == "no thread"
    assert bot.interactions[-1].app_permissions.create_public_threads is False
    error = await asyncio.wait_for(bot.errors.get(), 5)
    assert isinstance(error, discord.Forbidden) and error.code == 50013


async def test_channel_routes(sandbox: Sandbox, bot: MiniBot) -> None:
    channel = await bot.fetch_channel(sandbox.channel_id)
    assert isinstance(channel, discord.TextChannel) and channel.name == "general"
    sent = await channel.send("hello channel")
    stored = sandbox.get_message(sent.id)
    assert stored is not None and stored.content == "hello channel"
    await sent.edit(content="edited")
    assert stored.content == "edited"
    with pytest.raises(discord.NotFound) as unknown:
        await bot.fetch_channel(1)
    assert unknown.value.code == 10003
    thread = await channel.create_thread(name="t", type=discord.ChannelType.public_thread)
    assert thread.type is discord.ChannelType.public_thread
    # the bot may create public threads, not private ones (send, public threads, in threads)
    with pytest.raises(discord.Forbidden):
        await channel.create_thread(name="p", type=discord.ChannelType.private_thread)


# ------------------------------------------------------------------------ guilds


async def test_second_guild_join_commands_and_removal(
    sandbox: Sandbox, point_discord_at: Any
) -> None:
    from tests.discord_sandbox.conftest import running_bot

    point_discord_at(sandbox)
    async with running_bot(sandbox, sync_globally=True) as bot:
        second = sandbox.add_guild("Second Guild")
        joined = await asyncio.wait_for(bot.joined.get(), 5)
        assert joined.id == second and joined.name == "Second Guild"
        result = await sandbox.command("where", guild_id=second)
        channel_id = sandbox.world.guilds[second].default_channel.id
        assert result.content == f"guild {second} channel {channel_id}"
        assert result.message is not None and result.message.guild_id == second
        sandbox.remove_guild(second)
        removed = await asyncio.wait_for(bot.removed.get(), 5)
        assert removed.id == second and bot.get_guild(second) is None
        with pytest.raises(SandboxError, match="not in guild"):
            await sandbox.command("where", guild_id=second)
        assert (await sandbox.command("where")).content.startswith(f"guild {sandbox.guild_id}")
        dm = await sandbox.command("where", guild=False)  # a global command, in the bot's DMs
        dm_channel = sandbox.world.dm_channel(sandbox.user)
        assert dm.content == f"guild None channel {dm_channel.id}"
        assert bot.interactions[-1].guild_id is None
        assert bot.interactions[-1].user.id == sandbox.user.id
