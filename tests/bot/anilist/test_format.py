"""The catalog format's AniList additions (bot/catalog.py) and their writer (writer.py)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import paths
from bot.anilist.writer import dump_catalog, toml_string
from bot.catalog import CatalogError, load_catalog, parse_catalog, spoiler_spans, strip_spoilers
from bot.config import load_settings
from bot.models import SPOILER_UNTIL_FINISHED, CatalogAlias, CatalogVoiceActor

BASE = 'title = "T"\nslug = "t"\n'


def test_every_new_key_is_read() -> None:
    catalog = parse_catalog(
        BASE
        + """episode_count = 12
anilist_id = 7
anilist_url = "https://anilist.co/anime/7"
imported = { episode_count = "abc" }

[[characters]]
name = "A B"
native_name = "エー"
role = "main"
description = "Seen. ~!Hidden.!~ Also seen."
image_url = "https://img.example/a.png"
anilist_id = 70
anilist_url = "https://anilist.co/character/70"
voice_actors = [{ name = "V", language = "Japanese" }]
aliases = [{ name = "Secret", spoiler = true }, { name = "Dated", spoiler = true, revealed_in = 3 }]
imported = { role = "x1" }
""",
        Path("t.toml"),
    )
    assert (catalog.anilist_id, catalog.imported) == (7, (("episode_count", "abc"),))
    c = catalog.characters[0]
    assert c.native_name == "エー" and c.role == "main" and c.anilist_id == 70
    assert c.voice_actors == (CatalogVoiceActor("V", "Japanese"),)
    # the safe description never holds the span; the markup keeps it
    assert c.description == "Seen. Also seen."
    assert c.description_markup == "Seen. ~!Hidden.!~ Also seen."
    # spoiler without an episode: gated to the last episode; with one: that episode
    assert c.aliases == (
        CatalogAlias("Secret", revealed_in=12, reveal_unknown=True),
        CatalogAlias("Dated", revealed_in=3),
    )


def test_spoiler_alias_without_episode_count_is_beyond_any_progress() -> None:
    catalog = parse_catalog(
        BASE + '[[characters]]\nname = "A"\naliases = [{ name = "S", spoiler = true }]\n',
        Path("t.toml"),
    )
    assert catalog.characters[0].aliases[0].revealed_in == SPOILER_UNTIL_FINISHED


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('description = "a ~!b"', "without a closing"),
        ('description = "a !~ b"', "without an opening"),
        ('description = "a ~!~!b!~!~"', "inside another"),
        ('description = "a ~! !~"', "empty spoiler"),
        ('role = "hero"', "role must be one of"),
        ('image_url = "http://x/a.png"', "https://"),
        ("anilist_id = 0", "positive"),
        ('voice_actors = [{ name = "V" }]', "missing language"),
        ('aliases = [{ name = "S", spoiler = "yes" }]', "true or false"),
    ],
)
def test_bad_new_keys_fail_loudly(line: str, problem: str) -> None:
    with pytest.raises(CatalogError, match=problem):
        parse_catalog(BASE + f'[[characters]]\nname = "A"\n{line}\n', Path("t.toml"))


def test_spans_and_strip() -> None:
    assert spoiler_spans("a ~!b!~ c") == [("a ", False), ("b", True), (" c", False)]
    assert strip_spoilers("He is ~!the king!~.") == "He is."


def test_curated_catalog_round_trips_through_the_writer() -> None:
    curated = load_catalog(paths.BUNDLED_CATALOGS / "metallic-rouge.toml")
    assert parse_catalog(dump_catalog(curated, ["header"]), Path("x.toml")) == curated


@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=40))
def test_toml_strings_survive_any_text(text: str) -> None:
    assert tomllib.loads(f"k = {toml_string(text)}")["k"] == text


def test_anilist_api_url_setting() -> None:
    assert load_settings({}, require_token=False).anilist_api_url == "https://graphql.anilist.co"
    custom = load_settings({"ANILIST_API_URL": "http://127.0.0.1:8/"}, require_token=False)
    assert custom.anilist_api_url == "http://127.0.0.1:8"
