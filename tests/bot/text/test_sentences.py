"""bot/text/sentences.py: sentence splitting."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.text.sentences import split_sentences


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
