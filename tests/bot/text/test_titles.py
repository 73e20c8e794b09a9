"""Issue 10 (as a new user): `anime:Frieren` finds "Frieren: Beyond Journey's End" — exact
names, word prefixes and aliases, then near misses; several matches are candidates."""

from __future__ import annotations

import pytest

from bot.text.names import fold, slugify
from bot.text.titles import TitleMatch, match_title

# (title, aliases), as catalogs and AniList give them
SHOWS = [
    ("Frieren: Beyond Journey's End", ("Sousou no Frieren", "葬送のフリーレン")),
    ("Metallic Rouge", ()),
    ("Clannad", ()),
    ("Clannad: After Story", ()),
    ("Fruits Basket", ()),
]
TITLES = [title for title, _ in SHOWS]
NAMES = [{fold(t), fold(slugify(t)), *map(fold, aliases)} for t, aliases in SHOWS]


def match(query: str) -> TitleMatch[str]:
    return match_title(TITLES, NAMES, fold(query))


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("Frieren: Beyond Journey's End", "Frieren: Beyond Journey's End"),  # exact
        ("frieren-beyond-journeys-end", "Frieren: Beyond Journey's End"),  # the slug
        ("Sousou no Frieren", "Frieren: Beyond Journey's End"),  # an alias
        ("葬送のフリーレン", "Frieren: Beyond Journey's End"),  # a native alias
        ("Frieren", "Frieren: Beyond Journey's End"),  # the title's first word
        ("frie", "Frieren: Beyond Journey's End"),  # a prefix of it
        ("Beyond Journey", "Frieren: Beyond Journey's End"),  # words inside the title
        ("Journey's End", "Frieren: Beyond Journey's End"),
        ("Sousou", "Frieren: Beyond Journey's End"),  # an alias's first word
        ("Rouge", "Metallic Rouge"),
        ("Clannad", "Clannad"),  # an exact name wins over a longer title starting with it
        ("Freiren", "Frieren: Beyond Journey's End"),  # two letters swapped
        ("Metalic Rouge", "Metallic Rouge"),  # a letter missing
        ("Fruits Baskit", "Fruits Basket"),
    ],
)
def test_a_name_resolves_to_the_one_anime_it_means(query: str, title: str) -> None:
    assert match(query) == TitleMatch(found=title)


def test_a_prefix_of_several_titles_lists_them() -> None:
    assert match("Clannad A") == TitleMatch(found="Clannad: After Story")
    assert match("Clan") == TitleMatch(candidates=("Clannad", "Clannad: After Story"))
    assert match("Fr") == TitleMatch()  # too short to mean anything yet


def test_a_typo_close_to_several_lists_them_best_first() -> None:
    # "clanad" is as close to "Clannad" as to the first word of "Clannad: After Story"
    found = match("Clanad")
    assert found.found is None
    assert set(found.candidates) == {"Clannad", "Clannad: After Story"}


def test_nothing_close_finds_nothing() -> None:
    assert match("Naruto") == TitleMatch()
    assert match("") == TitleMatch()
    assert match("!!!") == TitleMatch()
