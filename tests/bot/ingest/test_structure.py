"""bot/ingest/structure.py: paragraphs, the episode title line, and recap/review sections."""

from __future__ import annotations

import pytest

from bot.catalog import Catalog
from bot.models import (
    SectionKind,
)
from tests.bot.ingest.helpers import (
    BODY,
    doc,
)

RECAP_TEXT = "Episode 2 opens with Taro waking up.\n\nHe fights a dragon and wins."


@pytest.mark.parametrize(
    "heading", ["Review", "Our Review", "The Episode Review", "Verdict", "Final Thoughts"]
)
def test_a_review_heading_splits_recap_from_review(heading: str) -> None:
    parsed = doc(
        f"Show Episode 2 Recap & Review\n\n{RECAP_TEXT}\n\n{heading}\n\nIt was a fine episode."
    )
    recap, review = parsed.sections
    assert (recap.kind, recap.text, recap.spoiler) == (SectionKind.RECAP, RECAP_TEXT, True)
    assert (review.kind, review.heading) == (SectionKind.REVIEW, heading)
    assert review.text == "It was a fine episode."
    assert review.spoiler is False
    assert {recap.about_episode, review.about_episode} == {2}


def test_a_recap_only_document_is_one_spoiler_recap_section() -> None:
    parsed = doc(f"Show Episode 2 Recap\n\n{RECAP_TEXT}")
    (section,) = parsed.sections
    assert (section.kind, section.spoiler, section.text) == (SectionKind.RECAP, True, RECAP_TEXT)
    assert section.about_episode == 2


def test_a_review_without_a_heading_is_one_review_section() -> None:
    (section,) = doc(f"Show Episode 2 Review\n\n{BODY}").sections
    assert (section.kind, section.text, section.spoiler) == (SectionKind.REVIEW, BODY, False)


def test_a_verdict_heading_in_a_season_review_is_not_a_recap_split() -> None:
    parsed = doc(f"Show: Anime Review\n\n{BODY}\n\nVerdict\n\nGood show.")
    (section,) = parsed.sections
    assert section.kind is SectionKind.REVIEW
    assert section.text.endswith("Good show.")


def test_episode_title_line_is_not_body_text() -> None:
    parsed = doc(f"Show Episode 3 Review\n\nThe Long Night\n\n{BODY}")
    assert parsed.episode_title == "The Long Night"
    assert parsed.text == BODY


def test_a_spoiler_notice_under_the_title_is_not_the_episode_title() -> None:
    parsed = doc(f"Show Episode 3 Review\n\nSpoiler Warning\n\n{BODY}")
    assert parsed.episode_title is None
    assert parsed.sections[0].spoiler is True
    assert parsed.text.startswith("Spoiler Warning")


@pytest.mark.parametrize(
    "line",
    [
        "Starring: Mara Ostrava (Keiko Hanabusa) and Tobin (Daisuke Orimoto)",
        "Cast: Lio Varenne (Sayaka Morikawa)",
    ],
)
def test_a_cast_credit_under_the_title_is_not_the_episode_title(line: str) -> None:
    # a review's "Starring:" line under its headline credits characters to their actors:
    # body text, whose credits teach the characters, not the episode's name
    parsed = doc(f"Show Episode 3 Review\n\n{line}\n\n{BODY}")
    assert parsed.episode_title is None
    assert parsed.text.startswith(line)
    assert parsed.characters


def test_a_sentence_under_the_title_is_body_text() -> None:
    parsed = doc(f"Show Episode 3 Review\n\nThis episode was a lot of fun.\n\n{BODY}")
    assert parsed.episode_title is None
    assert parsed.text.startswith("This episode was a lot of fun.")


def test_no_episode_title_without_an_episode() -> None:
    parsed = doc(f"Show: Anime Review\n\nThe Long Night\n\n{BODY}")
    assert parsed.episode_title is None
    assert parsed.text.startswith("The Long Night")


def test_paragraphs_collapse_blank_line_runs() -> None:
    parsed = doc("Show Episode 1 Review\n\n\n\n\nPara one\nline two   \n\n \n\n\nPara two\n\n")
    assert parsed.text == "Para one\nline two\n\nPara two"


@pytest.mark.parametrize("line", ["Short version: ★★★★☆", "Score: 7/10", "Verdict: B+"])
def test_a_score_line_under_the_title_is_not_the_episode_title(line: str) -> None:
    # a thread's or post's verdict given up front stays body text, where the score is found
    parsed = doc(f"Show Episode 3 Review\n\n{line}\n\n{BODY}")
    assert parsed.episode_title is None
    assert parsed.text.startswith(line)
    assert parsed.score is not None and parsed.score.raw == line.split(": ")[1]


@pytest.mark.parametrize("recap", ["## Quick summary", "Brief recap:", "**Short synopsis**"])
def test_a_qualified_recap_heading_then_a_review_heading_is_a_recap(recap: str) -> None:
    # a discussion post: a bullet summary under "Quick summary", then "My thoughts"
    text = (
        f"Show - Episode 4 Discussion\n\nWelcome back, everyone.\n\n{recap}\n\n"
        "- Taro wakes up late.\n- He fights the dragon and loses.\n\n"
        "## My thoughts\n\nA sad, lovely episode."
    )
    parsed = doc(text)
    assert parsed.kind.value == "recap"
    recap_section, review = parsed.sections
    assert recap_section.kind is SectionKind.RECAP
    assert "He fights the dragon and loses." in recap_section.text
    assert (review.kind, review.text) == (SectionKind.REVIEW, "A sad, lovely episode.")


@pytest.mark.parametrize("thoughts", ["**Some thoughts**", "## A few thoughts", "Some thoughts:"])
def test_a_recap_heading_then_some_thoughts_is_a_recap(thoughts: str) -> None:
    # a rewatch thread's host: "**Recap**", then their own take under "Some thoughts"
    text = (
        f"Show - Episode 4 Rewatch Discussion\n\nWelcome back to the rewatch!\n\n**Recap**\n\n"
        "Taro wakes up late and misses the train.\n\nHe fights the dragon and loses.\n\n"
        f"{thoughts}\n\n- The dragon fight is the best the show has looked."
    )
    parsed = doc(text)
    assert parsed.kind.value == "recap"
    recap_section, review = parsed.sections
    assert recap_section.kind is SectionKind.RECAP
    assert "He fights the dragon and loses." in recap_section.text
    assert (review.kind, review.heading) == (SectionKind.REVIEW, thoughts)


@pytest.mark.parametrize(
    "take", ["### My take (rewatch review)", "**Thoughts (spoilers)**", "Review (no spoilers):"]
)
def test_a_recap_heading_then_a_take_saying_its_kind_in_brackets_is_a_recap(take: str) -> None:
    # a rewatch thread's host: "What happens", then their own take under a heading whose
    # brackets say what kind of take it is
    text = (
        "Show - Episode 4 Rewatch Discussion\n\nWelcome back to the rewatch!\n\n"
        "### What happens\n\nTaro wakes up late and misses the train.\n\n"
        f"He fights the dragon and loses.\n\n{take}\n\nThe dragon fight still holds up."
    )
    parsed = doc(text)
    assert parsed.kind.value == "recap"
    recap_section, review = parsed.sections
    assert recap_section.kind is SectionKind.RECAP
    assert "He fights the dragon and loses." in recap_section.text
    assert (review.kind, review.heading) == (SectionKind.REVIEW, take)
    assert review.text == "The dragon fight still holds up."


def test_an_episode_title_numbering_its_part_in_brackets_is_no_review_heading() -> None:
    # "(Part 2)" names a two-part episode, not the kind of a take: the line under the
    # headline is the episode's title
    parsed = doc(f"Show Episode 3 Review\n\nThe Verdict (Part 2)\n\n{BODY}")
    assert parsed.episode_title == "The Verdict (Part 2)"
    assert parsed.text == BODY


@pytest.mark.parametrize(
    "furniture",
    ["By Rhea Calder · Feb 3, 2024", "January 14, 2024", "Words by Petra Lindgren"],
)
def test_a_byline_or_date_under_the_title_is_neither_the_episode_title_nor_text(
    furniture: str,
) -> None:
    parsed = doc(f"Show Episode 3 Review\n\n{furniture}\n\nThe Long Night\n\n{BODY}")
    assert parsed.episode_title == "The Long Night"
    assert parsed.text == BODY


def test_another_episodes_catalog_title_is_not_this_ones(catalogs: list[Catalog]) -> None:
    # a sidebar's episode guide opening the text of a review of episode 4
    first = catalogs[0].episodes[0]
    parsed = doc(
        f"Metallic Rouge Episode 4 Review\n\n0{first.number} · {first.title}\n\n{BODY}",
        catalogs=catalogs,
    )
    assert parsed.episode == 4
    assert parsed.episode_title is None
