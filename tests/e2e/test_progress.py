"""Spoiler safety by progress, end to end: /progress, server policies, /settings, /forgetme.

The facts: data/catalog/metallic-rouge.toml records, from the 000 and 003 seeds, that Sara
Fitzgerald is Viola of the Immortal Nine — revealed in episode 1.
"""

from __future__ import annotations

import discord
import pytest

from discord_sandbox import SandboxError
from tests.e2e.conftest import SHOW_ME, Running, show_me, split_visible

REVEAL = "Immortal Nine"  # what a card says of Sara once episode 1 is watched


async def set_progress(running: Running, episode: int, **kwargs: object) -> None:
    result = await running.sandbox.command("progress", {"episode": episode}, **kwargs)
    assert result.ephemeral
    assert f"episode {episode}" in result.content


async def test_progress_set_show_and_clear(running: Running) -> None:
    sandbox = running.sandbox
    unset = await sandbox.command("progress")
    assert unset.ephemeral
    assert "haven't set" in unset.content
    await set_progress(running, 1)
    shown = await sandbox.command("progress")
    assert "up to episode 1" in shown.content
    cleared = await sandbox.command("progress", {"clear": True})
    assert "Forgot" in cleared.content
    assert "haven't set" in (await sandbox.command("progress")).content
    too_far = await sandbox.command("progress", {"episode": 14})
    assert too_far.ephemeral
    assert "13 episodes" in too_far.content


async def test_at_progress_0_viola_finds_sara_without_an_unwrapped_reveal(
    running: Running,
) -> None:
    await set_progress(running, 0)
    result = await running.sandbox.command("character", {"name": "Viola"})
    message = result.message
    assert message.embeds[0]["title"] == "Sara Fitzgerald"  # typing the alias still finds her
    plain, hidden = split_visible(message.text())
    assert REVEAL not in plain
    assert "Viola" not in plain
    assert REVEAL in hidden  # wrapped, not removed
    assert "Viola" in hidden


async def test_at_progress_1_the_reveal_is_shown_plainly(running: Running) -> None:
    await set_progress(running, 1)
    result = await running.sandbox.command("character", {"name": "Viola"})
    plain, _ = split_visible(result.message.text())
    assert REVEAL in plain
    assert "Viola" in plain


async def test_autocomplete_never_offers_an_alias_beyond_progress(running: Running) -> None:
    sandbox = running.sandbox
    await set_progress(running, 0)
    early = await sandbox.autocomplete("character", {"name": "vio"}, "name")
    assert all("viola" not in c["name"].lower() for c in early.choices)
    assert all("viola" not in c["value"].lower() for c in early.choices)
    await set_progress(running, 1)
    later = await sandbox.autocomplete("character", {"name": "vio"}, "name")
    assert any("Viola" in c["name"] for c in later.choices)


async def test_review_within_progress_is_plain_and_beyond_is_wrapped(running: Running) -> None:
    sandbox = running.sandbox
    before = await sandbox.command("review", {"episode": 1})
    plain, _ = split_visible(before.message.text())
    assert "cautiously optimistic" not in plain  # progress unset: nothing counts as watched
    await set_progress(running, 1)
    public = await sandbox.command("review", {"episode": 1})
    # the channel reads it: still gated by the server's progress (none), never the asker's
    assert not public.ephemeral
    assert "cautiously optimistic" not in split_visible(public.message.text())[0]
    mine = await show_me(running, public.message)
    assert "cautiously optimistic" in split_visible(mine.message.text())[0]
    season = await sandbox.command("review")  # the season review speaks of all 13 episodes
    mine = await show_me(running, season.message)
    plain, hidden = split_visible(mine.message.text())
    assert "70 out of 100" in hidden
    assert "beyond your episode 1" in mine.message.text().lower()


async def test_show_me_answers_only_the_asker(running: Running) -> None:
    sandbox = running.sandbox
    public = await sandbox.command("review", {"episode": 1})
    other = await sandbox.click(public.message, SHOW_ME, user=sandbox.other_user)
    assert other.ephemeral
    assert "Only the person who ran this command" in other.content


async def test_server_default_progress_applies_to_those_who_set_none(running: Running) -> None:
    sandbox = running.sandbox
    saved = await sandbox.command("settings", {"default_progress": 1}, user=sandbox.owner)
    assert saved.ephemeral
    assert "episode 1" in saved.content
    result = await sandbox.command("character", {"name": "Sara"}, user=sandbox.other_user)
    plain, _ = split_visible(result.message.text())
    assert REVEAL in plain
    # a member's own progress gates only what that member alone sees
    await set_progress(running, 0, user=sandbox.other_user)
    result = await sandbox.command("character", {"name": "Sara"}, user=sandbox.other_user)
    assert REVEAL in split_visible(result.message.text())[0]  # public: the server's progress
    mine = await show_me(running, result.message, user=sandbox.other_user)
    assert REVEAL not in split_visible(mine.message.text())[0]


async def test_policy_wrap_answers_recaps_in_the_channel(running: Running) -> None:
    result = await running.sandbox.command("recap", {"episode": 1})
    assert not result.ephemeral
    assert split_visible(result.message.embeds[0]["description"])[1]


async def test_policy_ephemeral_sends_spoiler_bearing_answers_to_the_asker(
    running: Running,
) -> None:
    sandbox = running.sandbox
    await sandbox.command("settings", {"policy": "ephemeral"}, user=sandbox.owner)
    recap = await sandbox.command("recap", {"episode": 1})
    assert recap.ephemeral
    card = await sandbox.command("character", {"name": "Viola"})
    assert card.ephemeral  # it wraps a reveal: only the asker sees it
    help_reply = await sandbox.command("review", {"episode": 1})
    assert help_reply.ephemeral


async def test_policy_thread_posts_recaps_in_a_reused_episode_thread(running: Running) -> None:
    sandbox = running.sandbox
    await sandbox.command("settings", {"policy": "thread"}, user=sandbox.owner)
    first = await sandbox.command("recap", {"episode": 1})
    await first.wait_for_update()
    threads = [c for c in sandbox.world.guild.threads]
    assert [t.name for t in threads] == ["Metallic Rouge – Episode 1"]
    thread = threads[0]
    posted = sandbox.channel_messages(thread.id)
    assert posted
    assert "Recap — Metallic Rouge episode 1" in posted[0].embeds[0]["title"]
    pointer = first.message
    assert f"<#{thread.id}>" in pointer.content
    second = await sandbox.command("recap", {"episode": 1})
    await second.wait_for_update()
    assert len(sandbox.world.guild.threads) == 1  # reused, not a new one
    assert len(sandbox.channel_messages(thread.id)) == 2


async def test_policy_thread_without_thread_permissions_falls_back_to_the_asker(
    running: Running,
) -> None:
    sandbox = running.sandbox
    await sandbox.command("settings", {"policy": "thread"}, user=sandbox.owner)
    view_and_send = int(discord.Permissions(view_channel=True, send_messages=True).value)
    result = await sandbox.command("recap", {"episode": 1}, app_permissions=view_and_send)
    assert result.ephemeral
    assert sandbox.world.guild.threads == []


async def test_settings_needs_manage_server(running: Running) -> None:
    sandbox = running.sandbox
    # Discord hides the command from members without Manage Server (default_member_permissions)
    with pytest.raises(SandboxError, match="default_member_permissions"):
        await sandbox.command("settings", {"policy": "thread"})
    # ...and if a server opened it to everyone, the bot still refuses
    for command in sandbox.registered_commands():
        if command["name"] == "settings":
            command["default_member_permissions"] = None
    refused = await sandbox.command("settings", {"policy": "thread"})
    assert refused.ephemeral
    assert "Manage Server" in refused.content
    assert (await running.bot.store.guild_settings(sandbox.guild_id)).spoiler_policy == "wrap"


async def test_forgetme_deletes_the_callers_progress_after_confirmation(
    running: Running,
) -> None:
    sandbox = running.sandbox
    store = running.bot.store
    await set_progress(running, 1)
    anime = (await store.list_anime())[0]
    prompt = await sandbox.command("forgetme")
    assert prompt.ephemeral
    (delete_id,) = [c["custom_id"] for c in prompt.message.iter_components() if c.get("style") == 4]
    assert await store.get_progress(sandbox.user.id, anime.id) == 1  # nothing gone yet
    click = await sandbox.click(prompt.message, delete_id)
    assert click.ok
    assert "deleted" in prompt.message.content
    assert await store.get_progress(sandbox.user.id, anime.id) is None
    assert all(c.get("disabled") for c in prompt.message.iter_components() if c.get("type") == 2)


async def test_leaving_a_server_deletes_its_settings(running: Running) -> None:
    sandbox, bot = running.sandbox, running.bot
    await sandbox.command("settings", {"policy": "ephemeral"}, user=sandbox.owner)
    assert (await bot.store.guild_settings(sandbox.guild_id)).spoiler_policy == "ephemeral"
    deleted = bot.wait_for("guild_data_deleted")
    sandbox.remove_guild(sandbox.guild_id)
    assert await deleted == sandbox.guild_id
    assert (await bot.store.guild_settings(sandbox.guild_id)).spoiler_policy == "wrap"
