"""What the store keeps from a catalog for the character cards (migration 0008): native name,
spoiler-marked description, voice actors by language, role, picture, AniList id and page."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.models import Catalog, CatalogAlias, CatalogCharacter, CatalogVoiceActor
from bot.store import Store
from tests.bot.store.engines import INTEGRITY_ERRORS

JEAN = CatalogCharacter(
    name="Jean Junghardt",
    aliases=(CatalogAlias("Jean"), CatalogAlias("The Brother", 13, reveal_unknown=True)),
    voice_actor="Kenta Aoyagi",
    description="A researcher of the Neans.",
    description_markup="A researcher of the Neans. ~!He knows who made Rouge.!~",
    native_name="ジャン・ユングハルト",
    voice_actors=(
        CatalogVoiceActor("Kenta Aoyagi", "Japanese"),
        CatalogVoiceActor("Sam Reyes", "English"),
    ),
    role="supporting",
    image_url="https://s4.anilist.co/file/anilistcdn/character/large/b420005.png",
    anilist_id=420005,
    anilist_url="https://anilist.co/character/420005",
)
CATALOG = Catalog(
    title="Metallic Rouge", slug="metallic-rouge", episode_count=13, characters=(JEAN,)
)


async def jean(store: Store) -> int:
    found = await store.resolve_character("Jean Junghardt", None)
    assert found is not None
    return found.id


async def test_get_character_returns_what_the_catalog_says(store: Store) -> None:
    await store.upsert_catalog(CATALOG)
    got = await store.get_character(await jean(store))
    assert got.native_name == JEAN.native_name
    assert got.description == JEAN.description
    assert got.description_markup == JEAN.description_markup
    assert got.voice_actors == JEAN.voice_actors  # in the catalog's order, labelled
    assert got.role == "supporting"
    assert got.image_url == JEAN.image_url
    assert (got.anilist_id, got.anilist_url) == (420005, "https://anilist.co/character/420005")


async def test_a_later_catalog_replaces_and_clears_them(store: Store) -> None:
    await store.upsert_catalog(CATALOG)
    character_id = await jean(store)
    edited = replace(
        JEAN,
        image_url=None,
        description_markup=None,
        voice_actors=(CatalogVoiceActor("Sam Reyes", "English"),),
        role="main",
    )
    await store.upsert_catalog(replace(CATALOG, characters=(edited,)))
    got = await store.get_character(character_id)
    assert got.id == character_id
    assert got.image_url is None and got.description_markup is None
    assert got.voice_actors == (CatalogVoiceActor("Sam Reyes", "English"),)
    assert got.role == "main"
    assert got.native_name == JEAN.native_name


async def test_a_catalog_without_them_leaves_them_empty(store: Store) -> None:
    plain = CatalogCharacter(name="Naomi Orthmann", voice_actor="Tomoyo Kurosawa")
    await store.upsert_catalog(replace(CATALOG, characters=(plain,)))
    found = await store.resolve_character("Naomi Orthmann", None)
    assert found is not None
    assert (found.native_name, found.image_url, found.role, found.voice_actors) == (
        None,
        None,
        None,
        (),
    )


async def test_only_https_pictures_are_stored(store: Store) -> None:
    bad = replace(JEAN, image_url="javascript:alert(1)")
    with pytest.raises(INTEGRITY_ERRORS):
        await store.upsert_catalog(replace(CATALOG, characters=(bad,)))
    assert await store.resolve_character("Jean Junghardt", None) is None  # rolled back whole
