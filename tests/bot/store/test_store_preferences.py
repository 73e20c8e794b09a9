"""The preference tables of migration 0002: progress, server settings, episode threads."""

from __future__ import annotations

import pytest

from bot.models import Anime, SpoilerPolicy
from bot.store import Store
from tests.bot.store.engines import INTEGRITY_ERRORS

USER, OTHER, GUILD = 111, 222, 999


async def test_reader_prefers_own_progress_then_the_servers_then_none(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    store, anime = seeded_store, metallic_rouge.id
    assert await store.reader(USER, GUILD, anime) == (None, SpoilerPolicy.WRAP)
    await store.set_guild_progress(GUILD, anime, 1)
    assert await store.reader(USER, GUILD, anime) == (1, SpoilerPolicy.WRAP)
    assert await store.reader(USER, None, anime) == (None, SpoilerPolicy.WRAP)  # a DM
    await store.set_progress(USER, anime, 0)
    assert await store.reader(USER, GUILD, anime) == (0, SpoilerPolicy.WRAP)
    await store.set_spoiler_policy(GUILD, SpoilerPolicy.THREAD)
    assert await store.reader(OTHER, GUILD, anime) == (1, SpoilerPolicy.THREAD)


async def test_progress_is_per_user_and_clearable(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    store, anime = seeded_store, metallic_rouge.id
    await store.set_progress(USER, anime, 3)
    await store.set_progress(USER, anime, 5)  # an update, not a second row
    await store.set_progress(OTHER, anime, 1)
    assert await store.get_progress(USER, anime) == 5
    assert await store.clear_progress(USER, anime) is True
    assert await store.clear_progress(USER, anime) is False
    assert await store.get_progress(USER, anime) is None
    assert await store.get_progress(OTHER, anime) == 1


async def test_negative_progress_is_refused_by_the_schema(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    with pytest.raises(INTEGRITY_ERRORS):
        await seeded_store.set_progress(USER, metallic_rouge.id, -1)


async def test_forget_user_deletes_only_that_user(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    store, anime = seeded_store, metallic_rouge.id
    await store.set_progress(USER, anime, 2)
    await store.set_progress(OTHER, anime, 2)
    assert await store.forget_user(USER) == 1
    assert await store.get_progress(USER, anime) is None
    assert await store.get_progress(OTHER, anime) == 2


async def test_forget_guild_deletes_settings_defaults_and_threads(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    store, anime = seeded_store, metallic_rouge.id
    await store.set_spoiler_policy(GUILD, SpoilerPolicy.EPHEMERAL)
    await store.set_default_anime(GUILD, anime)
    await store.set_guild_progress(GUILD, anime, 4)
    await store.set_thread(GUILD, anime, 1, 5, 77)
    await store.set_spoiler_policy(GUILD + 1, SpoilerPolicy.THREAD)
    assert await store.forget_guild(GUILD) == 3
    settings = await store.guild_settings(GUILD)
    assert settings.spoiler_policy is SpoilerPolicy.WRAP
    assert settings.default_anime_id is None
    assert await store.guild_progress(GUILD, anime) is None
    assert await store.get_thread(GUILD, anime, 1, 5) is None
    other = await store.guild_settings(GUILD + 1)
    assert other.spoiler_policy is SpoilerPolicy.THREAD


async def test_threads_are_keyed_by_episode_and_channel(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    store, anime = seeded_store, metallic_rouge.id
    await store.set_thread(GUILD, anime, 1, 5, 77)
    await store.set_thread(GUILD, anime, 2, 5, 78)
    assert await store.get_thread(GUILD, anime, 1, 5) == 77
    assert await store.get_thread(GUILD, anime, 1, 6) is None
    await store.set_thread(GUILD, anime, 1, 5, 79)  # the old thread was deleted: replaced
    assert await store.get_thread(GUILD, anime, 1, 5) == 79
    await store.forget_thread(79)
    assert await store.get_thread(GUILD, anime, 1, 5) is None
    assert await store.get_thread(GUILD, anime, 2, 5) == 78
