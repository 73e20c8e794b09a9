"""Finding names in prose: which sentences name which key, as offsets into the text.

Pure functions over ``str``. A name matches case-sensitively ("rouge" the colour is not
"Rouge"), word-bounded (a possessive "Rouge's" counts), with any whitespace between its words;
at one position the longest name wins, so "Viola Keane" is one hit.
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from bot.text.sentences import sentence_spans

log = logging.getLogger(__name__)

__all__ = [
    "MentionSpan",
    "NameMatcher",
    "find_mentions",
    "has_word",
    "matcher_for",
    "name_pattern",
]

_HAS_WORD = re.compile(r"[^\W_]")
_WORD_CHAR = re.compile(r"\w")


class MentionSpan(NamedTuple):
    """One sentence of a text naming one key.

    ``text[start:end]`` is the sentence, stripped of the whitespace around it (line breaks
    inside it are kept); ``text[name_start:name_end]`` is the first of the key's names in it.
    Immutable; a NamedTuple because a text yields thousands of them and they are built fast.
    """

    key: int
    start: int
    end: int
    name_start: int
    name_end: int


def has_word(text: str) -> bool:
    """Does `text` hold a letter or digit (anything a name can be made of)?"""
    return _HAS_WORD.search(text) is not None


def name_pattern(name: str) -> str:
    """A regex source matching `name` literally, with any whitespace run between its words."""
    return r"\s+".join(re.escape(part) for part in name.split())


def _word_char(char: str) -> bool:
    return (char.isalnum() or char == "_") and _WORD_CHAR.match(char) is not None


class NameMatcher:
    """One alternation of every name, longest first, compiled once per set of names.

    The pattern starts with the names themselves (no look-behind) so the regex engine can skip
    ahead to their first letters; the left word boundary is checked in Python.
    """

    def __init__(self, names: Mapping[int, Sequence[str]]) -> None:
        self.keys_for: dict[str, list[int]] = {}
        for key, key_names in names.items():
            for name in key_names:
                normal = " ".join(name.split())
                if normal and has_word(normal):
                    owners = self.keys_for.setdefault(normal, [])
                    if key not in owners:
                        owners.append(key)
        ordered = sorted(self.keys_for, key=len, reverse=True)
        self.pattern = (
            re.compile("(?:" + "|".join(name_pattern(n) for n in ordered) + r")(?!\w)")
            if ordered
            else None
        )

    def hits(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of every word-bounded occurrence, longest name first."""
        found: list[tuple[int, int, str]] = []
        pattern = self.pattern
        if pattern is None:
            return found
        position = 0
        length = len(text)
        while position < length:
            match = pattern.search(text, position)
            if match is None:
                break
            start, end = match.span()
            if start and _word_char(text[start - 1]):
                position = start + 1  # inside a word: a shorter name may start later
                continue
            name = match.group(0)
            if not name.isascii() or " " in name or "\n" in name or "\t" in name:
                name = " ".join(name.split())
            found.append((start, end, name))
            position = end
        return found


_MATCHER_CACHE: OrderedDict[tuple[tuple[int, tuple[str, ...]], ...], NameMatcher] = OrderedDict()
_MATCHER_CACHE_SIZE = 128


def matcher_for(names: Mapping[int, Sequence[str]]) -> NameMatcher:
    """The (cached) matcher of `names`: the same names give the same compiled pattern."""
    key = tuple((k, tuple(v)) for k, v in names.items())
    matcher = _MATCHER_CACHE.get(key)
    if matcher is None:
        matcher = NameMatcher(names)
        _MATCHER_CACHE[key] = matcher
        if len(_MATCHER_CACHE) > _MATCHER_CACHE_SIZE:
            _MATCHER_CACHE.popitem(last=False)
    else:
        _MATCHER_CACHE.move_to_end(key)
    return matcher


def _left_bounded(sentence: str, name: str) -> int:
    """Where `name` first occurs in `sentence` with no word character right before it, or -1."""
    at = sentence.find(name)
    while at >= 0:
        if not at or not _word_char(sentence[at - 1]):
            return at
        at = sentence.find(name, at + 1)
    return -1


def _name_at(sentence: str, name: str) -> int:
    """Where `name` first occurs in `sentence` as a whole word (else left-bounded, else at all)."""
    end_of = len(name)
    at = sentence.find(name)
    first = at
    left = -1
    while at >= 0:
        if not at or not _word_char(sentence[at - 1]):
            after = at + end_of
            if after >= len(sentence) or not _word_char(sentence[after]):
                return at
            if left < 0:
                left = at
        at = sentence.find(name, at + 1)
    return left if left >= 0 else first


def find_mentions(text: str, names: Mapping[int, Sequence[str]]) -> list[MentionSpan]:
    """A :class:`MentionSpan` for each sentence naming any of a key's names, word-bounded.

    Case-sensitive (names are capitalised; "rouge" the colour is not "Rouge"); a possessive
    ("Rouge's") counts. Longer names win at a position, so "Viola Keane" is one hit, and a
    sentence is listed once per key, in the order keys first appear in it.
    """
    matcher = matcher_for(names)
    pattern = matcher.pattern
    if pattern is None or pattern.search(text) is None:
        return []
    findall = pattern.findall
    keys_for = matcher.keys_for
    make = MentionSpan._make
    found: list[MentionSpan] = []
    for start, end in sentence_spans(text):
        raw = text[start:end]
        names_here = findall(raw)
        if not names_here:
            continue
        keys: dict[int, tuple[int, int]] = {}  # key -> its first name's span in `raw`
        for name in dict.fromkeys(names_here) if len(names_here) > 1 else names_here:
            at = raw.find(name)
            size = len(name)
            if at > 0:
                before = raw[at - 1]
                if (before.isalnum() or before == "_") and _word_char(before):
                    if _left_bounded(raw, name) < 0:
                        # Rare: the longest name at that spot starts inside a word ("XViola
                        # Keane"); a shorter one may still start at a word boundary. Exactly:
                        keys = {}
                        for hit_start, hit_end, hit in matcher.hits(raw):
                            for key in keys_for.get(hit, ()):
                                keys.setdefault(key, (hit_start, hit_end))
                        break
                    at = _name_at(raw, name)
            after = raw[at + size : at + size + 1]
            if after and (after.isalnum() or after == "_") and _word_char(after):
                at = _name_at(raw, name)  # "Rouges ... Rouge": the whole word is further on
            owners = keys_for.get(name)
            if owners is None:
                owners = keys_for.get(" ".join(name.split()), [])
            for key in owners:
                if key not in keys:
                    keys[key] = (at, at + size)
        if keys:
            stripped = raw.lstrip()
            first = start + len(raw) - len(stripped)
            last = first + len(stripped.rstrip())
            for key, (name_start, name_end) in keys.items():
                found.append(make((key, first, last, start + name_start, start + name_end)))
    return found
