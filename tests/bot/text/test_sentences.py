"""bot/text/sentences.py: sentence splitting."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.text.sentences import may_break_inside, sentence_spans, split_sentences


def test_split_sentences_keeps_abbreviations_together() -> None:
    text = (
        "The reporter ties the Gladiator to Dr. Roy Junghardt’s murder. A female (Ms. Sara) "
        'asks for help. Mr. Smith said "Stop." Then he left... And then? Yes! Ep. 3 was '
        "good. Rouge vs. Viola is fun. It scored 8.5/10 overall."
    )
    assert split_sentences(text) == [
        "The reporter ties the Gladiator to Dr. Roy Junghardt’s murder.",
        "A female (Ms. Sara) asks for help.",
        'Mr. Smith said "Stop."',
        "Then he left...",
        "And then?",
        "Yes!",
        "Ep. 3 was good.",
        "Rouge vs. Viola is fun.",
        "It scored 8.5/10 overall.",
    ]


def test_split_sentences_ellipsis_before_lower_case_continues() -> None:
    assert split_sentences("Equality is… a slippery slope? Sure.") == [
        "Equality is… a slippery slope?",
        "Sure.",
    ]


def test_split_sentences_paragraphs_and_whitespace() -> None:
    assert split_sentences("First line\nwraps here.\n\nA heading\n\nSecond  para.") == [
        "First line wraps here.",
        "A heading",
        "Second para.",
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_split_sentences_loses_no_text(text: str) -> None:
    assert "".join("".join(split_sentences(text)).split()) == "".join(text.split())


_PIECES = [
    "Go",
    "!",
    "?",
    ".",
    "…",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\u00a0",
    "”",
    "’",
    ")",
    "Dr",
    "e",
    "A",
    "1",
]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=8).map("".join),
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map("".join),
    st.lists(st.sampled_from(_PIECES), max_size=8).map("".join),
)
def test_may_break_inside_is_never_wrong_when_it_says_no(
    before: str, piece: str, after: str
) -> None:
    """Wherever `piece` stands, a sentence boundary strictly inside it means may_break_inside
    says True (the linker trusts a False to skip splitting a section into sentences)."""
    text = before + piece + after
    inside = any(
        len(before) < start < len(before) + len(piece) for start, _ in sentence_spans(text)
    )
    if inside:
        assert may_break_inside(piece)


def test_may_break_inside_clears_ordinary_names() -> None:
    assert not may_break_inside("Viola Keane")
    assert not may_break_inside("Dr.Roy")  # no whitespace after the dot
    assert may_break_inside("Go! Go")
    assert may_break_inside("Viola\nKeane")
