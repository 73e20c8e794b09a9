"""bot/ingest/normalise.py: the content hash ignores newline style and trailing spaces."""

from __future__ import annotations

import hashlib
import re
import sys

import pytest

from bot.ingest.normalise import OTHER_WHITESPACE, content_hash, normalise
from bot.ingest.state import Draft
from tests.bot.ingest.helpers import (
    ANIME_REVIEW,
    BODY,
    doc,
    seed,
)


def test_crlf_and_lf_hash_the_same() -> None:
    lf = f"Show Episode 1 Review\n\n{BODY}\n"
    crlf = lf.replace("\n", "\r\n")
    trailing = lf.replace("\n", "   \n")
    assert doc(lf).content_hash == doc(crlf).content_hash == doc(trailing).content_hash
    assert re.fullmatch(r"[0-9a-f]{64}", doc(lf).content_hash)


def test_different_text_hashes_differently() -> None:
    assert (
        doc(f"Show Episode 1\n\n{BODY}").content_hash
        != doc(f"Show Episode 2\n\n{BODY}").content_hash
    )


def test_the_same_seed_read_twice_hashes_the_same() -> None:
    assert seed(ANIME_REVIEW).content_hash == seed(ANIME_REVIEW).content_hash


def test_other_whitespace_is_every_character_split_splits_at_but_space_and_newline() -> None:
    every = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert set(OTHER_WHITESPACE) == every - {" ", "\n"}


def _words_hash(words: str) -> str:
    """The content hash by its definition: SHA-256 of the words, one space between them."""
    return hashlib.sha256(words.encode()).hexdigest()


@pytest.mark.parametrize(
    "separator",
    [*OTHER_WHITESPACE, "  ", " \n ", "\r\n", "\n\n"],
    ids=lambda s: "+".join(f"U+{ord(c):04X}" for c in s),
)
@pytest.mark.parametrize("apostrophe", ["\u2019", "'"], ids=["text-beyond-ascii", "ascii-text"])
def test_the_hash_is_of_the_words_whatever_whitespace_separates_them(
    separator: str, apostrophe: str
) -> None:
    # normalise works the hash out from its cleaned lines when it can; any whitespace
    # between the words, the rare kinds included, must give the hash of the words
    text = f"Show Episode 1 Review\n\nThe{separator}duel ends{apostrophe}s{separator}badly.\n"
    draft = Draft(text)
    normalise(draft)
    expected = _words_hash(f"Show Episode 1 Review The duel ends{apostrophe}s badly.")
    assert draft.content_hash == content_hash(text) == expected


def test_a_zero_width_character_left_in_counts_like_content_hash_says() -> None:
    # U+200C is not removed without a common odd space beside it; U+200B is removed with one
    for text in ("Show Episode 1\n\nA\u200cB c.", "Show Episode 1\n\nA\u200bB\u00a0c."):
        draft = Draft(text)
        normalise(draft)
        assert draft.content_hash == content_hash(text)
    kept = Draft("Show Episode 1\n\nA\u200cB c.")
    normalise(kept)
    assert kept.content_hash == _words_hash("Show Episode 1 A\u200cB c.")


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("\u202a", "\u202c"),  # an embedding and what closes it
        ("\u202b", "\u202c"),
        ("\u202d", "\u202c"),  # an override
        ("\u2066", "\u2069"),  # an isolate
        ("\u2068", "\u2069"),
        ("\u200e", "\u200e"),  # the marks, standing alone
        ("\u200f", "\u200f"),
    ],
)
def test_bidirectional_controls_are_removed_from_the_lines(opening: str, closing: str) -> None:
    # a social site wraps its handles in invisible direction marks, and a copy keeps them:
    # the lines hold none, with or without an odd space elsewhere in the text
    for space in (" ", "\u00a0"):
        text = f"Some One{space}{opening}@someone.example{closing}\n\nShow ep 2 thoughts"
        draft = Draft(text)
        normalise(draft)
        assert draft.lines[0] == "Some One @someone.example"
        assert draft.content_hash == content_hash(text)
        assert draft.content_hash == _words_hash("Some One @someone.example Show ep 2 thoughts")
