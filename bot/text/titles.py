"""Which anime a typed name means: exact names, word prefixes ("Frieren"), then near misses.

Pure: items come with their folded names (title, slug, aliases; see bot.text.names.fold),
the query folded the same way. Autocomplete ranking is bot.text.fuzzy.rank_by_names; this
decides what a submitted `anime:` option resolves to.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rapidfuzz import fuzz

from bot.text.names import tokens

log = logging.getLogger(__name__)

T = TypeVar("T")

__all__ = ["CLOSE", "MIN_FUZZY", "MIN_PREFIX", "TitleMatch", "match_title"]

MIN_PREFIX = 3  # a word prefix resolves from this many characters ("fri" for "Frieren")
MIN_FUZZY = 4  # shorter queries are too short to be a misspelling of anything in particular
# rapidfuzz ratio (0-100) for a misspelt name, or as many of its words as the query has:
# one swapped pair in a 7-letter word ("freiren"/"frieren") is 86, one wrong letter in 6 is 83.
CLOSE = 80.0


@dataclass(frozen=True, slots=True)
class TitleMatch(Generic[T]):
    """The one item a query names (`found`), else the items it could mean (`candidates`,
    best first; empty when nothing comes close)."""

    found: T | None = None
    candidates: tuple[T, ...] = ()


def _starts_words(query: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Are the query's words consecutive words of the name, the last one possibly cut short?
    ("frieren", "beyond journ", "journey s end" in "frieren beyond journey s end")."""
    n = len(query)
    head, last = query[:-1], query[-1]
    for start in range(len(name) - n + 1):
        if name[start : start + n - 1] == head and name[start + n - 1].startswith(last):
            return True
    return False


def _closeness(q: str, query: tuple[str, ...], name: str, words: tuple[str, ...]) -> float:
    """How close `q` is to `name` as a whole, or to as many consecutive words of it."""
    best = fuzz.ratio(q, name)
    n = len(query)
    joined = " ".join(query)
    for start in range(len(words) - n + 1):
        best = max(best, fuzz.ratio(joined, " ".join(words[start : start + n])))
    return best


def _one(found: Sequence[T]) -> TitleMatch[T]:
    return TitleMatch(found=found[0]) if len(found) == 1 else TitleMatch(candidates=tuple(found))


def match_title(items: Sequence[T], names: Sequence[Collection[str]], q: str) -> TitleMatch[T]:
    """What the folded query `q` names among `items` (`names[i]`: item i's folded names).

    Tiers, the first that finds anything decides: a name equal to `q`; names whose words
    start with the query's words (at least MIN_PREFIX characters); near misses of a whole
    name or of as many consecutive words (rapidfuzz ratio >= CLOSE, at least MIN_FUZZY
    characters), best first. Exactly one item in the tier is found; several are candidates.
    """
    if not q:
        return TitleMatch()
    exact = [item for item, own in zip(items, names, strict=True) if q in own]
    if exact:
        return _one(exact)
    query = tokens(q)
    if not query:
        return TitleMatch()
    split = [[(name, tokens(name)) for name in own] for own in names]
    if len("".join(query)) >= MIN_PREFIX:
        prefixed = [
            item
            for item, own in zip(items, split, strict=True)
            if any(_starts_words(query, words) for _, words in own)
        ]
        if prefixed:
            return _one(prefixed)
    if len(q) < MIN_FUZZY:
        return TitleMatch()
    scored: list[tuple[float, int]] = []
    for position, own in enumerate(split):
        best = max((_closeness(q, query, name, words) for name, words in own), default=0.0)
        if best >= CLOSE:
            scored.append((-best, position))
    scored.sort()
    return _one([items[position] for _, position in scored])
