"""bot/ingest/detect/title.py: the title is the front matter's, or the first line that is
short enough to be one."""

from __future__ import annotations

from tests.bot.ingest.helpers import BODY, doc


def test_the_first_non_empty_line_is_the_title_once_boilerplate_is_gone() -> None:
    parsed = doc(f"\n\n•\n\nShow Episode 1 Review\n\n{BODY}")
    assert parsed.title == "Show Episode 1 Review"
    assert parsed.text == BODY


def test_a_long_first_line_is_body_text_and_there_is_no_title() -> None:
    words = " ".join(["word"] * 60)  # 299 characters: longer than a title line may be
    parsed = doc(f"---\nanime: Show\n---\n{words}\n\n{BODY}")
    assert parsed.title == ""  # issue 11: a document may have no title at all
    assert parsed.display_title == "Show (season-review)"  # what the store keeps instead
    assert parsed.text == f"{words}\n\n{BODY}"


def test_a_first_line_repeating_the_front_matter_title_is_not_body_text() -> None:
    parsed = doc(f"---\ntitle: Show Episode 1 Review\n---\nshow  episode 1 REVIEW\n\n{BODY}")
    assert parsed.title == "Show Episode 1 Review"
    assert parsed.text == BODY
