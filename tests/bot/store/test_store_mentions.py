"""Mentions stored one row per (character, section) and cut into sentences when read."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.models import (
    Anime,
    Catalog,
    CatalogAlias,
    CatalogCharacter,
    ParsedCharacter,
    SectionKind,
)
from bot.store import Store
from bot.store import characters as characters_module
from tests.bot.store.engines import raw_fetch
from tests.bot.store.test_store import catalog, make_doc

SECTIONS = """
SELECT s.id, s.kind, s.text FROM sections AS s JOIN documents AS d ON d.id = s.document_id
 WHERE d.anime_id = {} ORDER BY s.id
"""
ROWS = "SELECT character_id, section_id, first_at FROM mentions"


async def _sections(store: Store, anime_id: int) -> list[tuple[int, str, str]]:
    """(id, kind, text) of the anime's sections, in id order, read around the store."""
    rows = await raw_fetch(store, SECTIONS.format("?"), SECTIONS.format("$1"), (anime_id,))
    return [(int(str(i)), str(kind), str(text)) for i, kind, text in rows]


@pytest.mark.parametrize("limit", [1, 3, 1000])
async def test_mentions_are_the_linked_sentences_reviews_first(
    seeded_store: Store, metallic_rouge: Anime, limit: int
) -> None:
    sections = await _sections(seeded_store, metallic_rouge.id)
    assert {kind for _, kind, _ in sections} == {"review", "recap"}
    linker = await seeded_store._characters.linker(metallic_rouge.id)
    quoted = 0
    for character_id in linker.names:
        expected: list[str] = []
        seen: set[str] = set()
        for kind in (SectionKind.REVIEW, SectionKind.RECAP):
            for section_id, section_kind, text in sections:
                if section_kind != kind:
                    continue
                for cid, _, start, end in linker.find(section_id, text):
                    sentence = " ".join(text[start:end].split())
                    if cid == character_id and sentence.casefold() not in seen:
                        seen.add(sentence.casefold())
                        expected.append(sentence)
        mentions = await seeded_store.mentions(character_id, limit)
        assert [m.sentence for m in mentions] == expected[:limit]
        assert all(m.character_id == character_id for m in mentions)
        quoted += len(mentions)
    assert quoted > 3 * limit if limit < 1000 else quoted > 100


async def test_one_row_per_character_and_section_at_the_first_naming(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    linker = await seeded_store._characters.linker(metallic_rouge.id)
    expected: dict[tuple[int, int], int] = {}
    for section_id, _, text in await _sections(seeded_store, metallic_rouge.id):
        for cid, _, start, end in linker.find(section_id, text):
            if (cid, section_id) not in expected:  # the first sentence naming the character
                names = [n for n in linker.names[cid] if n in text[start:end]]
                expected[(cid, section_id)] = min(text.index(n, start) for n in names)
    rows = {(c, s): at for c, s, at in await raw_fetch(seeded_store, ROWS, ROWS)}
    assert rows == expected
    assert len(rows) > 20


async def test_a_sentence_named_in_two_documents_is_quoted_once(store: Store) -> None:
    await store.upsert_catalog(catalog())
    await store.add_document(make_doc("Rouge wins. Naomi laughs.", "Rouge   WINS."))
    await store.add_document(make_doc("Rouge wins.\nNaomi cries.", title="Episode 3", episode=3))
    rouge = await store.resolve_character("Rouge Redstar", None)
    assert rouge is not None
    assert [m.sentence for m in await store.mentions(rouge.id, 10)] == ["Rouge wins."]


async def test_linkers_are_each_anime_s_current_one_by_title(store: Store) -> None:
    anime = await store.upsert_catalog(catalog())
    await store.add_document(make_doc("A show nobody has characters for.", anime="Nameless"))
    linkers = await store.linkers()
    assert list(linkers) == [anime.title]  # the anime without characters has nothing to link
    assert linkers[anime.title] is await store._characters.linker(anime.id)
    assert await store.linkers(most=0) == {}  # too many to build ahead: none


async def test_links_found_ahead_are_taken_only_from_the_anime_s_current_linker(
    store: Store,
) -> None:
    """ParsedDocument.links (found by a parse worker) are stored as they are while the linker
    that found them is still the anime's; otherwise the store links the text itself."""
    anime = await store.upsert_catalog(catalog())
    linker = (await store.linkers())[anime.title]
    naomi = next(cid for cid, name in linker.canonical.items() if name == "Naomi Orthmann")
    # Deliberately not what the text says (Rouge), to show which one was stored:
    ahead = replace(make_doc("Rouge waves."), links=(linker.serial, (((naomi, 0),),)))
    assert (await store.add_document(ahead)).characters == ("Naomi Orthmann",)

    stale = replace(
        make_doc("Rouge waves again.", title="Metallic Rouge – Episode 3 Review", episode=3),
        links=(linker.serial + 1_000_000, (((naomi, 0),),)),  # no linker of this store's
    )
    assert (await store.add_document(stale)).characters == ("Rouge Redstar",)

    # A document that teaches a name changes the anime's linker before it is linked: what
    # was found ahead with the old one misses the new name, so the store links it itself.
    teaching = make_doc(
        "Taiki and Rouge.",
        title="Metallic Rouge – Episode 4 Review",
        episode=4,
        characters=[ParsedCharacter("Taiki", "Someone Else")],
    )
    current = (await store.linkers())[anime.title]
    found = tuple(tuple(current.named(s.text)) for s in teaching.sections)
    result = await store.add_document(replace(teaching, links=(current.serial, found)))
    assert result.characters == ("Taiki", "Rouge Redstar")


async def test_reading_sections_a_few_at_a_time_quotes_the_same(
    seeded_store: Store, metallic_rouge: Anime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`mentions` reads whole sections SECTIONS_READ per round trip (small, to hold little
    memory per lookup): whatever that number, the quotes are the same."""
    linker = await seeded_store._characters.linker(metallic_rouge.id)
    quotes = {}
    for batch in (1, 1000):
        monkeypatch.setattr(characters_module, "SECTIONS_READ", batch)
        quotes[batch] = [
            [m.sentence for m in await seeded_store.mentions(cid, 40)] for cid in linker.names
        ]
    assert quotes[1] == quotes[1000]
    assert sum(map(len, quotes[1])) > 40


def _doctors_catalog() -> Catalog:
    """A made-up show: two doctors of one family, and a third doctor alone of his name."""
    return Catalog(
        title="Harbor Lights",
        slug="harbor-lights",
        characters=(
            CatalogCharacter("Ann Moss", aliases=(CatalogAlias("Dr. Ann Moss"),)),
            CatalogCharacter("Ben Moss", aliases=(CatalogAlias("Dr. Ben Moss"),)),
            CatalogCharacter("Oskar Lind", aliases=(CatalogAlias("Prof. Oskar Lind"),)),
        ),
    )


async def test_a_titled_name_links_by_its_title_and_family_name_alone(store: Store) -> None:
    anime = await store.upsert_catalog(_doctors_catalog())
    linker = await store._characters.linker(anime.id)
    by_name = {name: cid for cid, name in linker.canonical.items()}
    text = "Prof. Lind reads the files. Dr. Moss is not in them. Mr. Lind is someone else."
    assert [cid for cid, _ in linker.named(text)] == [by_name["Oskar Lind"]]
    # the family name two doctors share names neither of them
    assert linker.named("Dr. Moss arrives.") == []


def test_titled_surnames_skip_a_name_another_character_goes_by() -> None:
    names = {1: ["Oskar Lind", "Dr. Oskar Lind"], 2: ["Dr. Lind"], 3: ["Kei Ito", "Kei"]}
    # "Dr. Lind" and "Dr Lind" are the second character's; the full name without its stop
    # is the first's alone
    assert characters_module.titled_surnames(names) == {1: ["Dr Oskar Lind"]}
    assert characters_module.titled_surnames({1: ["Doctor Oskar Lind"]}) == {1: ["Doctor Lind"]}


def test_titled_names_go_without_the_abbreviations_stop_too() -> None:
    names = {1: ["Mira Sollen", "Prof. Mira Sollen"], 2: ["Tobin", "Mr. Tobin"]}
    assert characters_module.titled_surnames(names) == {
        1: ["Prof. Sollen", "Prof Mira Sollen", "Prof Sollen"],
        2: ["Mr Tobin"],
    }


async def test_a_lower_case_post_names_a_doctor_without_the_titles_stop(store: Store) -> None:
    catalog = Catalog(
        title="Harbor Lights",
        slug="harbor-lights",
        characters=(
            CatalogCharacter("Oskar Lind", aliases=(CatalogAlias("Prof. Oskar Lind"),)),
            CatalogCharacter("Tova Reyes", aliases=(CatalogAlias("Tova"),)),
        ),
    )
    anime = await store.upsert_catalog(catalog)
    linker = await store._characters.linker(anime.id)
    by_name = {name: cid for cid, name in linker.canonical.items()}
    text = (
        "ok so this week was a lot. tova finally goes back to the archive where prof lind "
        "kept his notes and it is so quiet. i liked it. the ending was rushed though."
    )
    assert [cid for cid, _ in linker.named(text)] == [by_name["Tova Reyes"], by_name["Oskar Lind"]]
