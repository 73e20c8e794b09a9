"""bot/ingest/detect/kind.py: the kind of document, from its title."""

from __future__ import annotations

import pytest

from bot.models import (
    DocumentKind,
)
from tests.bot.ingest.helpers import (
    BODY,
    doc,
)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Show – Ep. 1 (First Impressions)", DocumentKind.FIRST_IMPRESSIONS),
        ("Show First Impressions", DocumentKind.FIRST_IMPRESSIONS),
        # issue 11: a recap followed by a review is a recap (with a review section)
        ("Show Episode 2 Recap & Review", DocumentKind.RECAP),
        ("Show Episode 2 Recap and Review", DocumentKind.RECAP),
        ("Show Episode 2 Recap", DocumentKind.RECAP),
        ("Show: Anime Review", DocumentKind.SEASON_REVIEW),
        ("Show Season Review", DocumentKind.SEASON_REVIEW),
        ("Show Series Review", DocumentKind.SEASON_REVIEW),
        ("Show Final Impressions", DocumentKind.SEASON_REVIEW),
        ("Show Review", DocumentKind.SEASON_REVIEW),
        ("Show Episode 2 Review", DocumentKind.EPISODE_REVIEW),
        ("Show Episode 2", DocumentKind.EPISODE_REVIEW),
    ],
)
def test_kind_from_the_title(title: str, kind: DocumentKind) -> None:
    assert doc(f"{title}\n\n{BODY}").kind is kind


@pytest.mark.parametrize(
    ("recap", "review"),
    [("## Summary", "## Review"), ("**Recap**", "**Our take**"), ("What happens:", "Verdict")],
)
def test_a_recap_heading_then_a_review_heading_is_a_recap(recap: str, review: str) -> None:
    text = (
        f"Show Episode 12 Review\n\nStatus: Watched\n\n{recap}\n\nThe team goes to extra time "
        f"and wins.\n\n{review}\n\nA messy, exciting episode."
    )
    assert doc(text).kind is DocumentKind.RECAP


def test_review_headings_without_a_recap_heading_stay_an_episode_review() -> None:
    text = "Show Episode 12 Review\n\nThe team wins.\n\n## Verdict\n\nA messy, exciting episode."
    assert doc(text).kind is DocumentKind.EPISODE_REVIEW


def test_a_recap_kicker_above_the_headline_makes_a_recap() -> None:
    # a news site's recap: its kind is only in the section labels above a plain headline
    from tests.bot.ingest.helpers import BODY, doc

    text = f"TV RECAPS\nRECAP\nShow, Episode 5: The Glass Cage\nBy Rhea Calder\n\n{BODY}"
    parsed = doc(text)
    assert parsed.title == "Show, Episode 5: The Glass Cage"
    assert parsed.kind.value == "recap"
    review = doc(f"REVIEW\nShow, Episode 5: The Glass Cage\n\n{BODY}")
    assert review.kind.value == "episode-review"


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Show Episodes 1-3: Initial Impressions", 3),
        ("Is Show Worth Watching? Early Impressions of Episode 1", 1),
        ("Show Initial Impressions", 1),
    ],
)
def test_initial_and_early_impressions_are_first_impressions(title: str, episode: int) -> None:
    from tests.bot.ingest.helpers import BODY, doc

    parsed = doc(f"{title}\n\n{BODY}", anime="Show")
    assert parsed.kind.value == "first-impressions"
    assert parsed.episode == episode


def test_a_new_anime_named_before_initial_impressions() -> None:
    from bot.ingest.detect.anime import name_in_pattern

    assert name_in_pattern("Blue Box Initial Impressions") == "Blue Box"
    assert name_in_pattern("Early Impressions: Blue Box") == "Blue Box"
