"""The parse's Draft: what it works out once for the detectors."""

from __future__ import annotations

from bot.ingest.page import PageMeta
from bot.ingest.state import Draft


def test_filing_crumbs_are_the_markups_less_the_headlines_own() -> None:
    meta = PageMeta(breadcrumbs=("Home", "Recaps", "Tide Lantern", "Tide Lantern Episode 5 Recap"))
    draft = Draft(text="", meta=meta, title="Tide Lantern Episode 5 Recap: the long night")
    draft.crumbs = ("Forums", "Anime")  # a trail in the text: the markup's wins
    assert draft.filing_crumbs() == ("Home", "Recaps")


def test_filing_crumbs_fall_back_to_the_trail_above_a_copied_headline() -> None:
    draft = Draft(text="", meta=PageMeta(), title="The long night")
    draft.crumbs = ("Home", "Reviews", "Tide Lantern", "Episode 5")
    assert draft.filing_crumbs() == ("Home", "Reviews", "Tide Lantern", "Episode 5")


def test_a_page_with_no_trail_files_nowhere() -> None:
    assert Draft(text="", title="Tide Lantern Episode 5 Review").filing_crumbs() == ()
