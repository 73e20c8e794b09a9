"""The preference tables of migration 0002: progress, server settings, episode threads."""

from __future__ import annotations

import pytest

from bot.models import Anime, Readers, SpoilerPolicy
from bot.store import Store
from tests.bot.store.engines import INTEGRITY_ERRORS

USER, OTHER, GUILD = 111, 222, 999


async def test_readers_give_own_and_server_progress_apart(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    store, anime = seeded_store, metallic_rouge.id
    assert await store.readers(USER, GUILD, anime) == Readers(None, None, SpoilerPolicy.WRAP)
    await store.set_guild_progress(GUILD, anime, 1)
    assert await store.readers(USER, GUILD, anime) == Readers(None, 1, SpoilerPolicy.WRAP)
    assert await store.readers(USER, None, anime) == Readers(None, None)  # a DM
    await store.set_progress(USER, anime, 0)
    assert await store.readers(USER, GUILD, anime) == Readers(0, 1, SpoilerPolicy.WRAP)
    await store.set_spoiler_policy(GUILD, SpoilerPolicy.THREAD)
    assert await store.readers(OTHER, GUILD, anime) == Readers(None, 1, SpoilerPolicy.THREAD)


async def test_a_thread_knows_its_topic_and_secrets_come_with_their_episode(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    store, anime = seeded_store, metallic_rouge.id
    assert await store.thread_topic(555) is None
    await store.set_thread(GUILD, anime, 1, 42, 555)
    assert await store.thread_topic(555) == (anime, 1)
    # the catalog: Sara is Viola ("Viola", "Viola Keane", "Purgatory Viola") and Fate Jaron is
    # Joker, each revealed in episode 1
    secrets = dict(await store.secret_names(anime))
    for name in ("Viola", "Viola Keane", "Purgatory Viola", "Joker"):
        assert secrets[name] == 1
    assert "Sara" not in secrets  # revealed in no episode: never a secret


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
