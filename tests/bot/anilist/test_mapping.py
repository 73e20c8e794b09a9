"""bot/anilist/mapping.py on the emulator's answers, fetched through the real client.

Expected values are read by hand off anilist_sandbox/fixtures.py and AniList's rules (role
order MAIN, SUPPORTING, BACKGROUND; alternativeSpoiler names are spoilers; ``~!…!~`` spans).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from anilist_sandbox.fixtures import FRIEREN_ID, METALLIC_ROUGE_ID
from bot.anilist.client import AniListClient
from bot.anilist.mapping import map_catalog, one_line_description
from bot.anilist.writer import dump_catalog
from bot.catalog import parse_catalog
from bot.models import Catalog, CatalogAlias, CatalogCharacter, CatalogVoiceActor


async def fetch(client: AniListClient, media_id: int, characters: int = 50) -> Catalog:
    media = await client.media(media_id)
    edges = await client.characters(media_id, limit=characters)
    return map_catalog(media, edges, characters=characters)


def one(catalog: Catalog, name: str) -> CatalogCharacter:
    found = [c for c in catalog.characters if c.name == name]
    assert len(found) == 1
    return found[0]


async def test_titles_aliases_and_episode_count(client: AniListClient) -> None:
    rouge = await fetch(client, METALLIC_ROUGE_ID)
    assert rouge.title == "Metallic Rouge"
    assert rouge.slug == "metallic-rouge"
    assert rouge.aliases == ("メタリックルージュ", "MetaRu")  # romaji = English: listed once
    assert rouge.episode_count == 13
    assert rouge.anilist_id == METALLIC_ROUGE_ID
    assert rouge.anilist_url == "https://anilist.co/anime/163132"

    frieren = await fetch(client, FRIEREN_ID)
    assert frieren.title == "Frieren: Beyond Journey’s End"  # English title first
    assert frieren.slug == "frieren-beyond-journeys-end"
    assert frieren.aliases == ("Sousou no Frieren", "葬送のフリーレン", "Frieren at the Funeral")
    assert frieren.episode_count == 28


async def test_characters_by_role_then_favourites(client: AniListClient) -> None:
    rouge = await fetch(client, METALLIC_ROUGE_ID)
    assert [c.name for c in rouge.characters] == [
        "Rouge Redstar",  # MAIN 950
        "Naomi Orthmann",  # MAIN 480
        "Sara Fitzgerald",  # SUPPORTING 310
        "Jean Junghardt",  # 260
        "Jaron",  # 205
        "Giallo",  # 175
        "Afrodita",  # 150
        "Silvia",  # 90
        "Eden",  # BACKGROUND 1200: more favourites than anyone, still after every supporting
        "Roy Junghardt",  # 40
        "Gene",  # 5
    ]
    assert [c.role for c in rouge.characters[:3]] == ["main", "main", "supporting"]


async def test_cap_keeps_the_first_by_role_and_favourites(client: AniListClient) -> None:
    capped = await fetch(client, METALLIC_ROUGE_ID, characters=4)
    assert [c.name for c in capped.characters] == [
        "Rouge Redstar",
        "Naomi Orthmann",
        "Sara Fitzgerald",
        "Jean Junghardt",
    ]


async def test_character_fields(client: AniListClient) -> None:
    rouge = one(await fetch(client, METALLIC_ROUGE_ID), "Rouge Redstar")
    assert rouge.native_name == "ルジュ・レッドスター"
    # alternative -> alias; alternativeSpoiler -> spoiler alias gated to the last episode
    assert rouge.aliases == (
        CatalogAlias("Rouge"),
        CatalogAlias("Unit R-11", revealed_in=13, reveal_unknown=True),
    )
    assert rouge.voice_actors == (
        CatalogVoiceActor("Yume Miyamoto", "Japanese"),
        CatalogVoiceActor("Dana Whitfield", "English"),
    )
    assert rouge.voice_actor == "Yume Miyamoto"
    # "__Height:__" lines dropped, the link reduced to its text, only the first paragraph
    assert rouge.description == "A Nean sent to hunt down the Immortal Nine. She loves chocolate."
    assert rouge.description_markup is None
    assert rouge.image_url == (
        "https://s4.anilist.co/file/anilistcdn/character/large/b420001-x88.png"
    )
    assert rouge.anilist_id == 420001
    assert rouge.anilist_url == "https://anilist.co/character/420001"
    assert {k for k, _ in rouge.imported} >= {"description", "image_url", "role", "voice_actors"}


async def test_description_spoiler_span_is_kept_and_never_in_the_safe_text(
    client: AniListClient,
) -> None:
    sara = one(await fetch(client, METALLIC_ROUGE_ID), "Sara Fitzgerald")
    assert sara.description_markup == (
        "A singer at Club Canal who wants to leave her past behind. "
        "~!She is Viola of the Immortal Nine.!~"
    )
    assert sara.description == "A singer at Club Canal who wants to leave her past behind."
    assert [a.name for a in sara.aliases if a.reveal_unknown] == ["Viola", "Viola Keane"]


async def test_missing_image_and_english_actor(client: AniListClient) -> None:
    rouge = await fetch(client, METALLIC_ROUGE_ID)
    assert one(rouge, "Eden").image_url is None
    assert one(rouge, "Eden").voice_actors == ()
    assert one(rouge, "Gene").native_name is None


async def test_mapped_catalog_round_trips_through_toml(client: AniListClient) -> None:
    for media_id in (METALLIC_ROUGE_ID, FRIEREN_ID):
        catalog = await fetch(client, media_id)
        assert parse_catalog(dump_catalog(catalog), Path("x.toml")) == catalog


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        (None, None),
        ("Plain.", "Plain."),
        ("First ~!secret\nacross lines!~ end.\n\nSecond.", "First ~!secret across lines!~ end."),
        ("Starts ~!never closed", "Starts ~!never closed!~"),
        ("__Age:__ 17\n__Height:__ 160 cm\n\n_Quiet_ and **kind**.", "Quiet and kind."),
        ("Text<br>more &amp; more (Source: Wiki)", "Text more & more"),
    ],
)
def test_one_line_description(markdown: str | None, expected: str | None) -> None:
    assert one_line_description(markdown) == expected


def test_long_description_is_cut_at_a_sentence_outside_spans() -> None:
    text = "One sentence here. " + "~!" + "x" * 50 + "!~ " + "Word " * 80
    cut = one_line_description(text, limit=100)
    assert cut == "One sentence here. ~!" + "x" * 50 + "!~"
