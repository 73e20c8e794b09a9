"""Issue 10 (as a new user): the store's lookups behind `anime:Frieren` and behind picking the
only anime that has what was asked for. Runs on both engines (see conftest.py)."""

from __future__ import annotations

import pytest

from bot import paths
from bot.catalog import load_catalogs
from bot.models import Anime, Catalog, CatalogAlias, CatalogCharacter
from bot.store import Store

FRIEREN = Catalog(
    title="Frieren: Beyond Journey's End",
    slug="frieren",
    aliases=("Sousou no Frieren",),
    episode_count=28,
    characters=(
        CatalogCharacter(name="Frieren"),
        CatalogCharacter(name="Fern"),
        # a name Metallic Rouge's catalog has too: it names a character in both
        CatalogCharacter(name="Naomi Orthmann", aliases=(CatalogAlias("Naomi"),)),
    ),
)


@pytest.fixture
async def frieren(seeded_store: Store) -> Anime:
    return await seeded_store.upsert_catalog(FRIEREN)


async def two_catalogs(store: Store) -> tuple[Anime, Anime]:
    """Metallic Rouge's bundled catalog and FRIEREN, without documents."""
    (bundled,) = load_catalogs(paths.BUNDLED_CATALOGS)
    return await store.upsert_catalog(bundled), await store.upsert_catalog(FRIEREN)


async def test_match_anime_by_prefix_alias_and_typo(store: Store) -> None:
    metallic_rouge, frieren = await two_catalogs(store)
    for name in ("Frieren", "frieren: beyond journey's end", "Sousou no Frieren", "Freiren"):
        assert (await store.match_anime(name)).found == frieren, name
    assert (await store.match_anime("Metalic Rouge")).found == metallic_rouge
    nothing = await store.match_anime("Naruto")
    assert (nothing.found, nothing.candidates) == (None, ())
    # exact names stay exact where documents are filed: find_anime takes no prefix
    assert await store.find_anime("Beyond Journey") is None


async def test_anime_with_content_of_an_episode(
    seeded_store: Store, frieren: Anime, metallic_rouge: Anime
) -> None:
    # the seeds: reviews and a recap of episode 1 (000, 003), a season review (002)
    assert await seeded_store.anime_with_recaps(1) == [metallic_rouge.id]
    assert await seeded_store.anime_with_recaps(2) == []
    assert await seeded_store.anime_with_reviews(1) == [metallic_rouge.id]
    assert await seeded_store.anime_with_reviews(None) == [metallic_rouge.id]
    assert await seeded_store.anime_with_reviews(5) == []


async def test_anime_with_a_character(store: Store) -> None:
    metallic_rouge, frieren = await two_catalogs(store)
    assert await store.anime_with_character("Fern") == [frieren.id]
    assert await store.anime_with_character("Rouge Redstar") == [metallic_rouge.id]
    assert await store.anime_with_character("Redstar") == [metallic_rouge.id]
    both = sorted([frieren.id, metallic_rouge.id])
    assert await store.anime_with_character("Naomi") == both
    assert await store.anime_with_character("Zorglub") == []
    assert await store.anime_with_character("  ") == []
