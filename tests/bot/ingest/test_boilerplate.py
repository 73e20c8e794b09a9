"""bot/ingest/boilerplate.py: site furniture is dropped, prose is kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.ingest import (
    is_boilerplate,
    parse_document,
)
from tests.bot.ingest.helpers import (
    BOILERPLATE_LINES,
    LINES,
    doc,
    stored_lines,
)


@pytest.mark.parametrize("line", BOILERPLATE_LINES)
def test_boilerplate_lines_are_recognised(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Rouge watches Naomi from the rooftop.",
        "Leave it to Naomi to save the day.",
        "Watch how Rouge handles the fight.",
        "The Episode Review",
        "- Rouge is the lead",
        "Comments from the director were candid.",
    ],
)
def test_prose_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_boilerplate_between_paragraphs_is_dropped_and_prose_kept() -> None:
    parsed = doc(
        "Show Episode 4 Review\n\nFirst paragraph.\n\n•\n\nWatch Show on HIDIVE\n\n"
        "Second paragraph.\n\nShare this:\n\nLeave a Reply\n"
    )
    assert parsed.text == "First paragraph.\n\nSecond paragraph."


@settings(max_examples=200, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=12))
def test_boilerplate_is_dropped_under_a_real_title(lines: list[str]) -> None:
    text = "Show Episode 3 Review\n\nIt was good.\n\n" + "\n".join(lines)
    parsed = parse_document(text)
    assert not any(is_boilerplate(line) for line in stored_lines(parsed))
