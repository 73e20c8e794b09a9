"""Search text: a user's query as plain words, and a snippet of a hit's text around them."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence

from bot.text.names import WORD, fold

log = logging.getLogger(__name__)

MAX_SEARCH_TOKENS = 16
SNIPPET_WORDS = 30  # a search hit's snippet: about this many words around the first match
SNIPPET_WORDS_BEFORE = 8


def search_terms(query: str) -> list[str]:
    """The words of a user's query: letters and digits only, so never query syntax."""
    return WORD.findall(unicodedata.normalize("NFKC", query))[:MAX_SEARCH_TOKENS]


def term_pattern(terms: Sequence[str]) -> re.Pattern[str]:
    """Any of the terms as a whole word, any case (terms are letters and digits only)."""
    alternatives = "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def first_hit(text: str, finder: re.Pattern[str], terms: Sequence[str]) -> int | None:
    """Where the first search term is in `text`; accents ignored (as the index does)."""
    match = finder.search(text)
    if match is not None:
        return match.start()
    wanted = {fold(t) for t in terms}
    for word in WORD.finditer(text):
        if fold(word.group()) in wanted:
            return word.start()
    return None


def snippet(text: str, finder: re.Pattern[str], terms: Sequence[str]) -> str:
    """About SNIPPET_WORDS words of `text` around its first term, on one line, plain text.

    "…" marks text left out at either end; nothing else is added.
    """
    words = text.split()
    at = first_hit(text, finder, terms)
    index = 0
    if at is not None:
        before = text[:at]
        index = len(before.split())
        if before and not before[-1].isspace():
            index -= 1  # the hit starts inside a word ("(Nectar)"): that word
    start = max(0, min(index - SNIPPET_WORDS_BEFORE, len(words) - SNIPPET_WORDS))
    end = min(len(words), start + SNIPPET_WORDS)
    return (
        ("…" if start > 0 else "") + " ".join(words[start:end]) + ("…" if end < len(words) else "")
    )
