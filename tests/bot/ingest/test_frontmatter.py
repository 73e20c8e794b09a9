"""bot/ingest/frontmatter.py: front matter overrides detection, and is validated."""

from __future__ import annotations

import pytest

from bot.models import (
    Catalog,
    DocumentKind,
    ParsedCharacter,
    SectionKind,
)
from tests.bot.ingest.helpers import (
    BODY,
    doc,
    reason,
)


def test_front_matter_overrides_detection(catalogs: list[Catalog]) -> None:
    parsed = doc(
        "---\n"
        "title: A Custom Title\n"
        "anime: metallic rouge\n"
        "episode: 7\n"
        "episode_title: Big Day\n"
        "kind: recap\n"
        "url: https://example.com/review\n"
        "author: Jane Doe\n"
        'published: "2024-01-05"\n'
        "unknown_key: is ignored\n"
        "---\n"
        "Frieren Episode 2 Review\n\n"
        f"{BODY}",
        catalogs=catalogs,
    )
    assert parsed.title == "A Custom Title"
    assert parsed.anime_title == "Metallic Rouge"  # matched to the catalog's spelling
    assert parsed.episode == 7
    assert parsed.episode_title == "Big Day"
    assert parsed.kind is DocumentKind.RECAP
    assert parsed.url == "https://example.com/review"
    assert parsed.author == "Jane Doe"
    assert parsed.published == "2024-01-05"
    assert [(s.kind, s.about_episode) for s in parsed.sections] == [(SectionKind.RECAP, 7)]
    assert "unknown_key" not in parsed.text
    assert "Frieren Episode 2 Review" in parsed.text  # not the title: front matter gave one


def test_front_matter_anime_not_in_a_catalog_is_taken_as_written() -> None:
    parsed = doc(f"---\nanime: Made Up Show\n---\nEpisode 4 Review\n\n{BODY}")
    assert (parsed.anime_title, parsed.episode) == ("Made Up Show", 4)


def test_front_matter_characters() -> None:
    parsed = doc(f"---\ncharacters: Taro (Ken Sato), Hanako\n---\nShow Episode 1\n\n{BODY}")
    assert parsed.characters == (ParsedCharacter("Taro", "Ken Sato"), ParsedCharacter("Hanako"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("episode: three", "front matter: episode must be a whole number"),
        ("episode: -1", "front matter: episode must be a whole number"),
        ("kind: blog post", "front matter: kind must be one of"),
        ("score: eleven", "front matter: score must look like"),
        ("score: 12/10", "front matter: score must look like"),
        ("url: ftp://example.com", "front matter: url must be an http(s) address"),
        ("title:", "front matter: title must not be empty"),
        ("anime: Show\nnot a key value line", "front matter: line 3 is not `key: value`"),
    ],
)
def test_invalid_front_matter(line: str, expected: str) -> None:
    assert reason(f"---\n{line}\n---\nShow Episode 1\n\n{BODY}").startswith(expected)


@pytest.mark.parametrize(
    ("value", "spoiler"),
    [
        ("yes", True),
        ("no", False),
        # a site's own word for how many: there are some (BODY declares none of its own)
        ("light", True),
        ("major", True),
        ("none", False),
    ],
)
def test_front_matter_spoilers(value: str, spoiler: bool) -> None:
    parsed = doc(f"---\nspoilers: {value}\n---\nShow Episode 1 Review\n\n{BODY}")
    assert [section.spoiler for section in parsed.sections] == [spoiler]


def test_unclosed_front_matter() -> None:
    assert reason(f"---\ntitle: x\nShow Episode 1\n\n{BODY}").startswith(
        "front matter: no closing '---' line"
    )


def test_a_leading_rule_that_is_not_front_matter_is_just_a_separator() -> None:
    parsed = doc(f"---\nShow Episode 1 Review\n---\n\n{BODY}")
    assert (parsed.title, parsed.episode, parsed.text) == ("Show Episode 1 Review", 1, BODY)


def test_toml_front_matter_between_plus_lines_is_read(catalogs: list[Catalog]) -> None:
    # Hugo and Zola write TOML front matter: `key = value` between `+++` lines
    parsed = doc(
        "+++\n"
        'title = "Show: The Sequel Episode 2 Review — A Colon in the Name"\n'
        "date = 2024-03-02T10:00:00+01:00\n"
        "episode = 2\n"
        'kind = "episode-review"\n'
        'characters = ["Taro (Ken Sato)", "Hanako"]\n'
        "spoilers = false\n"
        'tags = ["reviews", "spring"]\n'
        "[params]\n"
        "title = \"a table's key, not the page's\"\n"
        "+++\n\n"
        f"{BODY}",
        catalogs=catalogs,
    )
    assert parsed.title == "Show: The Sequel Episode 2 Review — A Colon in the Name"
    assert parsed.episode == 2
    assert parsed.kind is DocumentKind.EPISODE_REVIEW
    assert parsed.characters == (ParsedCharacter("Taro", "Ken Sato"), ParsedCharacter("Hanako"))
    assert parsed.text == BODY  # none of the block is body text


def test_a_leading_plus_rule_that_is_not_toml_is_just_a_separator() -> None:
    parsed = doc(f"+++\nShow Episode 1 Review\n+++\n\n{BODY}")
    assert (parsed.title, parsed.episode) == ("Show Episode 1 Review", 1)


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ('title = "Show\n+++', "front matter: not valid TOML (Unterminated string"),
        ('title = "Show"\nnot toml\n+++', "front matter: not valid TOML"),
        ("title = \"Show\"\nepisode = 'three'\n+++", "front matter: episode must be a whole"),
        ('title = "Show Episode 1"\n\nShow Episode 1', "front matter: no closing '+++' line"),
    ],
)
def test_invalid_toml_front_matter(block: str, expected: str) -> None:
    assert reason(f"+++\n{block}\n\n{BODY}").startswith(expected)


def test_yaml_lists_blocks_and_note_links_in_front_matter_are_read() -> None:
    # as a static site generator or a notes app's web clipper writes them
    parsed = doc(
        "---\n"
        'title: "Show Episode 3 Review: The Rain"\n'
        "author:\n"
        '  - "[[Rafael Moreno]]"\n'
        "description: >\n"
        "  A long summary that runs\n"
        "  over two lines.\n"
        "tags:\n"
        "  - clippings\n"
        "  - anime\n"
        "characters:\n"
        "  - Taro (Ken Sato)\n"
        "  - Hanako\n"
        "---\n"
        f"{BODY}"
    )
    assert parsed.title == "Show Episode 3 Review: The Rain"
    assert parsed.author == "Rafael Moreno"
    assert parsed.characters == (ParsedCharacter("Taro", "Ken Sato"), ParsedCharacter("Hanako"))
    assert parsed.episode == 3


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # a list's item under a key that has a value, and a stray line
        ("title: x\n- item", "front matter: line 3 is not `key: value`"),
        ("tags:\n- a\nnot a key value line", "front matter: line 4 is not `key: value`"),
        # an empty list is an empty value
        ("title:\nanime: Show", "front matter: title must not be empty"),
    ],
)
def test_yaml_shapes_out_of_place_are_still_errors(block: str, expected: str) -> None:
    assert reason(f"---\n{block}\n---\nShow Episode 1\n\n{BODY}").startswith(expected)
