"""The sandbox's world: permissions as Discord computes them, guilds, threads, snowflakes."""

from __future__ import annotations

import discord

from discord_sandbox import world as w


def test_text_permissions_match_discord_py() -> None:
    assert discord.Permissions(w.TEXT_PERMISSIONS) == discord.Permissions.text()


def test_default_permissions_of_users_owner_and_bot() -> None:
    world = w.World()
    guild = world.guild
    user = discord.Permissions(world.permissions_for(world.user, guild))
    assert user.is_superset(discord.Permissions.text()) and user.view_channel
    assert not user.manage_guild and not user.administrator
    assert world.permissions_for(world.owner, guild) == w.ALL_PERMISSIONS
    bot = discord.Permissions(world.permissions_for(world.bot, guild))
    assert bot.send_messages and bot.create_public_threads and bot.send_messages_in_threads
    assert not bot.create_private_threads and not bot.manage_messages


def test_bot_overrides_apply_to_a_channel_and_its_threads() -> None:
    world = w.World()
    channel = world.channels[world.channel_id]
    thread = world.add_thread(channel, "talk", owner_id=world.bot_user_id)
    world.bot_permission_overrides[channel.id] = w.VIEW_CHANNEL
    assert world.permissions_for(world.bot, world.guild, channel) == w.VIEW_CHANNEL
    assert world.permissions_for(world.bot, world.guild, thread) == w.VIEW_CHANNEL
    assert world.permissions_for(world.user, world.guild, channel) != w.VIEW_CHANNEL


def test_a_second_guild_has_its_own_ids_channel_and_members() -> None:
    world = w.World()
    second = world.add_guild("Second")
    assert second.id != world.guild_id
    assert second.default_channel.id in world.channels
    assert second.everyone_role.id == second.id
    assert set(second.members) == set(world.guild.members)
    joined = world.guild_payload(second, joined=True)
    assert "unavailable" not in joined  # a join, not a guild becoming available
    assert world.guild_payload(world.guild)["unavailable"] is False


def test_threads_payload_like_discord_types() -> None:
    world = w.World()
    channel = world.channels[world.channel_id]
    thread = world.add_thread(channel, "Episode 1", owner_id=world.bot_user_id)
    data = thread.payload(member_id=world.bot_user_id)
    assert (data["type"], data["parent_id"], data["owner_id"]) == (
        11,
        str(channel.id),
        str(world.bot_user_id),
    )
    assert data["thread_metadata"]["archived"] is False
    assert data["member"]["user_id"] == str(world.bot_user_id)
    assert world.channels[thread.id] is thread


def test_snowflakes_increase_and_carry_their_time() -> None:
    factory = w.SnowflakeFactory()
    first, second = factory.next(), factory.next()
    assert second > first
    assert abs(discord.utils.snowflake_time(first) - discord.utils.utcnow()).total_seconds() < 60
