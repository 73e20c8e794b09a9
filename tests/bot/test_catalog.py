"""bot/catalog.py and the curated data/catalog/metallic-rouge.toml.

Expected values come from the seed documents in data/seeds/ (quoted next to each assertion).
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

import bot.catalog
from bot import paths
from bot.catalog import CatalogError, catalogs_in, load_catalog, load_catalogs
from bot.models import Catalog, CatalogCharacter

ROOT = Path(__file__).resolve().parents[2]
CATALOG_DIR = paths.BUNDLED_CATALOGS
SEEDS_DIR = ROOT / "data" / "seeds"


@pytest.fixture(scope="module")
def rouge() -> Catalog:
    return load_catalog(CATALOG_DIR / "metallic-rouge.toml")


@pytest.fixture(scope="module")
def seeds_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt")))


def character(catalog: Catalog, name: str) -> CatalogCharacter:
    matches = [c for c in catalog.characters if c.name == name]
    assert len(matches) == 1, f"{name!r} should be in the catalog exactly once"
    return matches[0]


def aliases(c: CatalogCharacter) -> dict[str, int | None]:
    return {a.name: a.revealed_in for a in c.aliases}


def words(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.IGNORECASE)


# --------------------------------------------------------------------------- the curated catalog


def test_catalog_directory_loads_metallic_rouge() -> None:
    catalogs = load_catalogs(CATALOG_DIR)
    assert [c.slug for c in catalogs] == ["metallic-rouge"]


def test_anime_facts_come_from_the_seeds(rouge: Catalog) -> None:
    assert rouge.title == "Metallic Rouge"
    assert rouge.slug == "metallic-rouge"
    # 002: "I wanted to give this anime the full 13 episodes"
    assert rouge.episode_count == 13
    # 003: the line under "Season 1 Episode 1 Recap & Review"
    assert [(e.number, e.title) for e in rouge.episodes] == [(1, "Crimson Is The Sound of Dawn")]
    # 002: "the episode titled “Family Portrait”" (no number given)
    assert rouge.unnumbered_episode_titles == ("Family Portrait",)


def test_rouge(rouge: Catalog) -> None:
    c = character(rouge, "Rouge Redstar")  # 003: "our female protagonist Rouge Redstar"
    assert c.voice_actor == "Yume Miyamoto"  # 000: "Rouge (Yume Miyamoto)"
    assert aliases(c) == {"Rouge": None}
    assert "Rogue" in c.variants  # 000 and 003 misspell her name
    assert c.first_episode == 1
    assert c.description is not None
    assert "Immortal Nine" in c.description
    killed = [f for f in c.facts if "Nius" in f.text and "Achillus" in f.text]
    assert [f.revealed_in for f in killed] == [1]  # 000: "has already killed ... Nius and Achillus"
    defeats = [f for f in c.facts if "defeats Viola" in f.text]
    assert [f.revealed_in for f in defeats] == [1]  # 003: "Rouge defeats Viola"


def test_naomi(rouge: Catalog) -> None:
    c = character(rouge, "Naomi Orthmann")  # 003: "Naomi Orthmann"
    assert c.voice_actor == "Tomoyo Kurosawa"  # 000 and 002
    assert aliases(c) == {"Naomi": None}
    assert c.description is not None
    assert "human assistant" in c.description


def test_sara_is_viola_only_after_episode_1(rouge: Catalog) -> None:
    c = character(rouge, "Sara Fitzgerald")  # 000: "a singer named Sara Fitzgerald"
    assert c.voice_actor == "Yu Shimamura"  # 000: "Viola (Yu Shimamura)"
    assert aliases(c) == {
        "Sara": None,
        "Ms. Sara": None,  # 003: "A female (Ms. Sara)"
        "Viola": 1,  # 000: "one of the Immortal Nine named Viola"
        "Viola Keane": 1,  # 003: "Sara confirms she’s Viola Keane"
        "Purgatory Viola": 1,  # 003: "She wonders if she’s Purgatory Viola."
    }
    assert "Sarah" in c.variants  # 003: "Jaron tells Sarah"
    assert c.description is not None
    assert "singer" in c.description
    reveal = [f for f in c.facts if "Viola" in f.text and "Immortal Nine" in f.text]
    assert [f.revealed_in for f in reveal] == [1]


def test_jaron_is_joker_only_after_episode_1(rouge: Catalog) -> None:
    c = character(rouge, "Fate Jaron")  # 003: "The glasses-wearing gentleman (Fate Jaron)"
    assert c.voice_actor == "Hiroyuki Yoshino"  # 000: "Joker (Hiroyuki Yoshino)"
    assert aliases(c) == {"Jaron": None, "Joker": 1}
    assert "Giallon" in c.variants  # 003: "Giallon asks Sarah ..." in Jaron's scene
    joker = [f for f in c.facts if "Joker" in f.text]
    assert joker
    assert all(f.revealed_in == 1 for f in joker)
    assert any("Nectar" in f.text for f in joker)  # 000: "attempt to steal ... Nectar"


@pytest.mark.parametrize("name", ["Nius", "Achillus"])
def test_the_two_already_killed(rouge: Catalog, name: str) -> None:
    c = character(rouge, name)
    killed = [f for f in c.facts if "Immortal Nine" in f.text]
    assert [f.revealed_in for f in killed] == [1]


@pytest.mark.parametrize(
    "name",
    ["Scar Head", "Kevin", "Herman", "Sylvia", "Malik", "Roy Junghardt", "Aerkos", "First"],
)
def test_minor_characters_are_present_with_a_description(rouge: Catalog, name: str) -> None:
    c = character(rouge, name)
    assert c.description


def test_sylvia_links_the_recap_spelling(rouge: Catalog) -> None:
    # 002 writes "Sylvia", 003 "Silvia"
    assert "Silvia" in character(rouge, "Sylvia").variants


def test_every_character_name_and_voice_actor_occurs_in_a_seed(
    rouge: Catalog, seeds_text: str
) -> None:
    for c in rouge.characters:
        spellings = [c.name, *(a.name for a in c.aliases), *c.variants]
        assert any(words(s).search(seeds_text) for s in spellings), c.name
        if c.voice_actor:
            assert c.voice_actor in seeds_text, c.voice_actor
    for e in rouge.episodes:
        assert e.title
        assert e.title in seeds_text
    for title in rouge.unnumbered_episode_titles:
        assert title in seeds_text


def test_card_titles_and_descriptions_never_spoil(rouge: Catalog) -> None:
    """A canonical name or description is shown unhidden: no revealed alias may appear in it."""
    secrets = {a.name for c in rouge.characters for a in c.aliases if a.revealed_in}
    assert {"Viola", "Viola Keane", "Purgatory Viola", "Joker"} <= secrets
    for c in rouge.characters:
        for secret in secrets:
            assert not words(secret).search(c.name), (c.name, secret)
            assert not words(secret).search(c.description or ""), (c.name, secret)


def test_a_fact_naming_a_secret_is_gated_at_least_as_late(rouge: Catalog) -> None:
    secrets = {a.name: a.revealed_in for c in rouge.characters for a in c.aliases if a.revealed_in}
    for c in rouge.characters:
        for fact in c.facts:
            for secret, episode in secrets.items():
                if words(secret).search(fact.text):
                    assert fact.revealed_in is not None, fact
                    assert fact.revealed_in >= episode, fact


def test_every_episode_number_is_within_the_season(rouge: Catalog) -> None:
    count = rouge.episode_count
    assert count is not None
    numbers = [e.number for e in rouge.episodes]
    for c in rouge.characters:
        if c.first_episode is not None:
            numbers.append(c.first_episode)
        numbers += [a.revealed_in for a in c.aliases if a.revealed_in is not None]
        numbers += [f.revealed_in for f in c.facts if f.revealed_in is not None]
    assert numbers
    assert all(1 <= n <= count for n in numbers), numbers


def test_descriptions_are_one_line(rouge: Catalog) -> None:
    for c in rouge.characters:
        assert c.description is None or "\n" not in c.description


# --------------------------------------------------------------------------- the loader


def write(tmp_path: Path, text: str, name: str = "anime.toml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_the_documented_format_loads(tmp_path: Path) -> None:
    doc = bot.catalog.__doc__
    assert doc is not None
    example = doc.split("Format::", 1)[1].split("``revealed_in``", 1)[0]
    catalog = load_catalog(write(tmp_path, example))
    assert catalog.title == "Some Anime"
    assert catalog.episode_count == 12
    (c,) = catalog.characters
    assert [(a.name, a.revealed_in) for a in c.aliases] == [
        ("Nickname", None),
        ("Secret Identity", 3),
    ]
    assert [f.revealed_in for f in c.facts] == [None, 3]
    assert c.variants == ("Misspeling",)


def test_minimal_catalog(tmp_path: Path) -> None:
    catalog = load_catalog(write(tmp_path, 'title = "X"\nslug = "x"\n'))
    assert catalog == Catalog(title="X", slug="x")


def test_catalogs_in_several_directories_a_later_one_wins_its_slug(tmp_path: Path) -> None:
    # the bundled catalogs, then data/catalog: an admin's file replaces the bundled one
    bundled, admins, missing = tmp_path / "bundled", tmp_path / "admins", tmp_path / "none"
    bundled.mkdir()
    admins.mkdir()
    write(bundled, 'title = "Old Title"\nslug = "show"\n', "show.toml")
    write(bundled, 'title = "Other"\nslug = "other"\n', "other.toml")
    write(admins, 'title = "New Title"\nslug = "show"\n', "mine.toml")
    titles = sorted(c.title for c in catalogs_in([bundled, missing, admins]))
    assert titles == ["New Title", "Other"]


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ('title = "X"\nslug = "x"\nepisode_count = ', "invalid TOML"),
        ('slug = "x"\n', "title"),
        ('title = "X"\n', "slug"),
        ('title = "X"\nslug = "Not A Slug"\n', "slug"),
        ('title = "X"\nslug = "x"\nepisode_count = "13"\n', "episode_count must be a whole number"),
        ('title = "X"\nslug = "x"\nepisode_count = true\n', "episode_count must be a whole number"),
        ('title = "X"\nslug = "x"\nepisode_count = -1\n', "negative"),
        ('title = "X"\nslug = "x"\ntitel = "typo"\n', "unknown key"),
        (
            'title = "X"\nslug = "x"\nepisode_count = 2\n[[episodes]]\nnumber = 3\n',
            "beyond episode_count",
        ),
        (
            'title = "X"\nslug = "x"\n[[episodes]]\nnumber = 1\n[[episodes]]\nnumber = 1\n',
            "listed twice",
        ),
        ('title = "X"\nslug = "x"\n[[characters]]\nvoice_actor = "A B"\n', "missing name"),
        (
            'title = "X"\nslug = "x"\n[[characters]]\nname = "A"\n[[characters]]\nname = "a"\n',
            "listed twice",
        ),
        (
            'title = "X"\nslug = "x"\nepisode_count = 2\n[[characters]]\nname = "A"\n'
            'aliases = [{ name = "B", revealed_in = 5 }]\n',
            "beyond episode_count",
        ),
        (
            'title = "X"\nslug = "x"\n[[characters]]\nname = "A"\naliases = [{ nom = "B" }]\n',
            "unknown key",
        ),
        (
            'title = "X"\nslug = "x"\n[[characters]]\nname = "A"\nfacts = [{ revealed_in = 1 }]\n',
            "missing text",
        ),
        ('title = "X"\nslug = "x"\n[[characters]]\nname = "A"\naliases = ["A"]\n', "repeats"),
        ('title = "X"\nslug = "x"\n[[characters]]\nname = "A"\naliases = "B"\n', "array"),
        ('title = "X"\nslug = "x"\n[[characters]]\nname = "A"\ndescription = ""\n', "empty"),
        ('title = "X"\nslug = "x"\n[[characters]]\nname = "A"\nfirst_episode = 1.5\n', "whole"),
    ],
)
def test_malformed_catalog_names_the_file_and_the_problem(
    tmp_path: Path, body: str, problem: str
) -> None:
    path = write(tmp_path, body, "broken-anime.toml")
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    assert caught.value.path == path
    assert problem in caught.value.message
    assert "broken-anime.toml" in str(caught.value)


def test_not_utf8_catalog(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_bytes(b'title = "\xff"\nslug = "x"\n')
    with pytest.raises(CatalogError, match=r"bad\.toml"):
        load_catalog(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match=r"nothing\.toml"):
        load_catalog(tmp_path / "nothing.toml")


def test_load_catalogs_sorted_and_only_toml(tmp_path: Path) -> None:
    write(tmp_path, 'title = "B"\nslug = "b"\n', "b.toml")
    write(tmp_path, 'title = "A"\nslug = "a"\n', "a.toml")
    write(tmp_path, "not a catalog", "notes.txt")
    assert [c.title for c in load_catalogs(tmp_path)] == ["A", "B"]


def test_load_catalogs_of_an_empty_directory(tmp_path: Path) -> None:
    assert load_catalogs(tmp_path) == []


def test_load_catalogs_rejects_a_repeated_slug(tmp_path: Path) -> None:
    write(tmp_path, 'title = "A"\nslug = "same"\n', "a.toml")
    write(tmp_path, 'title = "B"\nslug = "same"\n', "b.toml")
    with pytest.raises(CatalogError, match=r"b\.toml"):
        load_catalogs(tmp_path)
