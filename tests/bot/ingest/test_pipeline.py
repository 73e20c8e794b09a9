"""bot/ingest/pipeline.py: whole documents (the seeds) through every stage, and rejections."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.ingest import (
    IngestError,
    is_boilerplate,
    parse_document,
)
from bot.models import (
    Catalog,
    DocumentKind,
    ParsedCharacter,
    SectionKind,
)
from tests.bot.ingest.helpers import (
    ANIME_REVIEW,
    BOILERPLATE_LINES,
    FIRST_IMPRESSIONS,
    LINES,
    RECAP_AND_REVIEW,
    SEEDS,
    reason,
    seed,
    stored_lines,
)


@pytest.mark.parametrize("with_catalog", [False, True])
def test_first_impressions_seed(catalogs: list[Catalog], with_catalog: bool) -> None:
    parsed = seed(FIRST_IMPRESSIONS, catalogs if with_catalog else None)
    assert parsed.title == "Metallic Rouge – Ep. 1 (First Impressions)"
    assert parsed.kind is DocumentKind.FIRST_IMPRESSIONS
    assert parsed.anime_title == "Metallic Rouge"
    assert parsed.episode == 1
    assert parsed.score is None  # "25th anniversary" and friends are not scores
    assert parsed.source_name == FIRST_IMPRESSIONS.name
    (section,) = parsed.sections
    assert section.kind is SectionKind.REVIEW
    assert section.about_episode == 1
    assert section.spoiler is False  # it declares no spoilers
    assert section.text.startswith("I’ve had my eye on Metallic Rouge for some time")
    assert section.text.endswith(
        "worthy enough to commemorate its studio’s long and lucrative career."
    )


def test_first_impressions_seed_learns_the_cast() -> None:
    parsed = seed(FIRST_IMPRESSIONS)
    assert parsed.characters == (
        ParsedCharacter("Rouge", "Yume Miyamoto"),
        ParsedCharacter("Naomi", "Tomoyo Kurosawa"),
        ParsedCharacter("Viola", "Yu Shimamura"),
        ParsedCharacter("Joker", "Hiroyuki Yoshino"),
    )


def test_first_impressions_seed_drops_the_site_furniture() -> None:
    parsed = seed(FIRST_IMPRESSIONS)
    assert "Watch Metallic Rouge on Crunchyroll" not in parsed.text
    assert "Leave a comment" not in parsed.text
    assert "\xa0" not in parsed.title  # "First\xa0Impressions" in the file


@pytest.mark.parametrize("with_catalog", [False, True])
def test_anime_review_seed(catalogs: list[Catalog], with_catalog: bool) -> None:
    parsed = seed(ANIME_REVIEW, catalogs if with_catalog else None)
    assert parsed.title == "Metallic Rouge: Anime Review"
    assert parsed.kind is DocumentKind.SEASON_REVIEW
    assert parsed.anime_title == "Metallic Rouge"
    assert parsed.episode is None  # "the full 13 episodes" is a count, not an episode
    assert parsed.score is not None
    assert parsed.score.raw == "70 out of 100"  # "earns itself a respectable 70 out of 100"
    assert parsed.score.value == 70
    assert parsed.score.scale == 100
    assert parsed.score.score_100 == 70
    (section,) = parsed.sections
    assert section.kind is SectionKind.REVIEW
    assert section.spoiler is True  # "This review contains ... minor spoilers."
    # the season: 13 episodes, whether from the catalog or from "the full 13 episodes"
    assert section.about_episode == 13
    assert section.text.startswith("This review contains a Discord mod’s favourite kind of")
    assert section.text.endswith("as long as you aren’t thinking about it too hard.")


def test_anime_review_seed_drops_the_site_furniture() -> None:
    parsed = seed(ANIME_REVIEW)
    text = parsed.text
    for furniture in ("Akismet", "Leave a Reply", "Your email address", "Thumbnail for this"):
        assert furniture not in text
    assert "·" not in stored_lines(parsed)
    assert not any(is_boilerplate(line) for line in stored_lines(parsed))


def test_anime_review_seed_learns_no_fake_characters() -> None:
    # "(literally and figuratively)", "(parts)" and "Voiced by Tomoyo Kurosawa" are not casts
    assert seed(ANIME_REVIEW).characters == ()


@pytest.mark.parametrize("with_catalog", [False, True])
def test_recap_and_review_seed(catalogs: list[Catalog], with_catalog: bool) -> None:
    parsed = seed(RECAP_AND_REVIEW, catalogs if with_catalog else None)
    assert parsed.title == "Metallic Rouge – Season 1 Episode 1 Recap & Review"
    assert parsed.kind is DocumentKind.RECAP  # a recap with a review section (issue 11)
    assert parsed.anime_title == "Metallic Rouge"
    assert parsed.episode == 1
    assert parsed.episode_title == "Crimson Is The Sound of Dawn"
    assert parsed.score is None
    recap, review = parsed.sections
    assert recap.kind is SectionKind.RECAP
    assert recap.spoiler is True
    assert recap.about_episode == 1
    assert recap.text.startswith("Episode 1 of Metallic Rouge starts with")
    assert recap.text.endswith("The episode closes with the two wandering off somewhere.")
    assert "The Episode Review" not in recap.text
    assert "Crimson Is The Sound of Dawn" not in recap.text
    assert review.kind is SectionKind.REVIEW
    assert review.heading == "The Episode Review"
    assert review.about_episode == 1
    assert review.text.startswith("Studio Bones, the studio responsible")
    assert review.text.endswith("We’ll have to wait and see on that front though.")


def test_recap_and_review_seed_learns_no_fake_characters() -> None:
    # "(Fate Jaron)", "(Ms. Sara)", "(Kevin)" follow lower-case words; "(Nectar)", "(Alters)"
    # and "(a Nean researcher)" are not voice actors.
    assert seed(RECAP_AND_REVIEW).characters == ()


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seed_paragraphs_are_separated_by_one_blank_line(path: Path) -> None:
    parsed = seed(path)
    for section in parsed.sections:
        assert "\n\n\n" not in section.text
        assert section.text == section.text.strip()
        assert all(line == line.strip() for line in section.text.split("\n"))
        assert "\xa0" not in section.text


def test_only_boilerplate_is_rejected() -> None:
    text = "Show Episode 1 Review\n\n" + "\n\n".join(BOILERPLATE_LINES)
    assert reason(text) == "no text left after removing site boilerplate"


@pytest.mark.parametrize("text", ["", "   \n\n\t  "])
def test_empty_text_is_rejected(text: str) -> None:
    assert reason(text) == "empty document"


def test_a_title_alone_is_rejected() -> None:
    assert reason("Show Episode 1 Review\n") == "no text after the title"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(LINES, max_size=25))
def test_parse_never_raises_anything_but_ingest_error(lines: list[str]) -> None:
    failure: IngestError | None = None
    try:
        parsed = parse_document("\n".join(lines))
    except IngestError as exc:
        failure = exc
    if failure is not None:
        assert failure.reason.strip()
        return
    assert parsed.sections
    for section in parsed.sections:
        assert section.text.strip()
    for line in stored_lines(parsed):
        assert not is_boilerplate(line), line
        assert line not in BOILERPLATE_LINES


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_parse_of_arbitrary_text_raises_only_ingest_error(text: str) -> None:
    with contextlib.suppress(IngestError):
        parse_document(text)
