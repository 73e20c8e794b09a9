"""Finding names in prose: which sentences name which key, as offsets into the text.

Pure functions over ``str``. A name matches case-sensitively ("rouge" the colour is not
"Rouge"), word-bounded (a possessive "Rouge's" counts), with any whitespace between its words;
at one position the longest name wins, so "Viola Keane" is one hit.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from bot.text.finds import find_all, matches_from
from bot.text.sentences import sentence_spans

log = logging.getLogger(__name__)

__all__ = [
    "Hit",
    "MentionSpan",
    "NameMatcher",
    "find_mentions",
    "has_word",
    "in_sentences",
    "matcher_for",
    "name_pattern",
    "normal",
    "trie_source",
]

# (start, end, name): one naming in a text, `name` with its whitespace runs collapsed
Hit = tuple[int, int, str]

_HAS_WORD = re.compile(r"[^\W_]")


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


# After a name's first character: the character before that one is no word character. Put
# there, not in front, the pattern still starts with the names' first characters, so the
# regex engine skips ahead to them instead of trying a look-behind at every position.
_LEFT_BOUNDARY = r"(?<!\w[\s\S])"


def trie_source(names: Iterable[str]) -> str:
    """A regex source matching any of `names` (each already whitespace-collapsed) as a whole
    word on its left, shaped as their trie: "V(?<!...)iola(?:\\s+Keane)?" for "Viola" and
    "Viola Keane". A longer name is tried before its prefixes; a space inside a name matches
    any whitespace run. "" for no names. (The right boundary is the caller's.)"""
    root: dict[str, dict[str, Any]] = {}
    for name in names:
        node = root
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}  # a name ends here
    branches = [
        _char(char) + _LEFT_BOUNDARY + _trie_body(child)
        for char, child in sorted(root.items())
        if char
    ]
    return "|".join(branches)


def _char(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)


def _trie_body(node: dict[str, dict[str, Any]]) -> str:
    branches = [_char(char) + _trie_body(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1:
        body = branches[0]
        grouped = "(?:" + body + ")"
    else:
        body = grouped = "(?:" + "|".join(branches) + ")"
    return grouped + "?" if "" in node else body


class NameMatcher:
    """Every name as one compiled trie-shaped pattern, built once per set of names.

    The pattern is the names' trie ("Viola(?:\\s+Keane)?"): at a position the regex walks one
    branch instead of trying every name, and a longer name is tried before its prefixes, so
    the longest name at a position wins; a name starting inside a word is no match, and the
    scan goes on from the next character (so "XViola Keane" still names "Keane").
    """

    def __init__(
        self, names: Mapping[int, Sequence[str]], flags: int = 0, *, compile_now: bool = True
    ) -> None:
        """`compile_now` False: the pattern is compiled when first used (:attr:`pattern`), for
        a matcher that most texts never need; building one costs a few milliseconds."""
        self.keys_for: dict[str, list[int]] = {}
        for key, key_names in names.items():
            for name in key_names:
                normal = " ".join(name.split())
                if normal and has_word(normal):
                    owners = self.keys_for.setdefault(normal, [])
                    if key not in owners:
                        owners.append(key)
        self._flags = flags
        self._compiled = compile_now
        self._pattern = self._compile() if compile_now else None
        # What every match starts with, as written: a name's first word (case-sensitive only)
        self.heads: tuple[str, ...] | None = (
            None
            if flags & re.IGNORECASE
            else tuple(sorted({name.split(" ", 1)[0] for name in self.keys_for}))
        )

    def _compile(self) -> re.Pattern[str] | None:
        trie = trie_source(self.keys_for)
        return re.compile(f"(?:{trie})(?!\\w)", self._flags) if trie else None

    @property
    def pattern(self) -> re.Pattern[str] | None:
        """Every name as one compiled pattern, its trie; None when there are no names."""
        if not self._compiled:
            self._pattern = self._compile()
            self._compiled = True
        return self._pattern

    def hits(self, text: str) -> list[Hit]:
        """(start, end, name) of every word-bounded occurrence, leftmost first and the longest
        name at a position; `name` has its whitespace runs collapsed to one space."""
        if self.pattern is None:
            return []
        return [
            (match.start(), match.end(), normal(match.group()))
            for match in self.pattern.finditer(text)
        ]

    def hits_by_heads(self, text: str) -> list[Hit]:
        """What :meth:`hits` gives, found by looking for each name's first word with str.find
        and trying the pattern only where one is: for a matcher of a few names (an anime's
        titles), most texts naming none, this costs a few C-speed finds where the regex
        engine would try the pattern at each capital letter. (The pattern's look-behind sees
        the text before where it is tried, so a match there is the match a scan finds.)"""
        pattern, heads = self.pattern, self.heads
        if pattern is None:
            return []
        if heads is None:
            return self.hits(text)
        return [
            (match.start(), match.end(), normal(match.group()))
            for match in matches_from(pattern, text, find_all(text, heads))
        ]


def normal(name: str) -> str:
    """A matched name with its whitespace runs collapsed to one space (as names are keyed)."""
    if " " in name or not name.isprintable():
        return " ".join(name.split())
    return name


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


def in_sentences(
    spans: Sequence[tuple[int, int]],
    hits: Sequence[Hit],
    guards: Iterable[tuple[int, int]] = (),
) -> list[list[Hit]] | None:
    """`hits` (of a whole text, in order) grouped by the sentence `spans` tiling that text, one
    list per span; None when a hit or a guard (another match, such as a masked title) runs
    across a sentence boundary, since scanning that text sentence by sentence could differ."""
    grouped: list[list[Hit]] = [[] for _ in spans]
    index = 0
    count = len(spans)
    for hit in hits:
        start, end, _ = hit
        while index < count and spans[index][1] <= start:
            index += 1
        if index >= count or end > spans[index][1]:
            return None
        grouped[index].append(hit)
    ends = [end for _, end in spans]
    for start, end in guards:
        at = bisect_right(ends, start)
        if at < count and end > ends[at]:
            return None
    return grouped


def find_mentions(text: str, names: Mapping[int, Sequence[str]]) -> list[MentionSpan]:
    """A :class:`MentionSpan` for each sentence naming any of a key's names, word-bounded.

    Case-sensitive (names are capitalised; "rouge" the colour is not "Rouge"); a possessive
    ("Rouge's") counts. Longer names win at a position, so "Viola Keane" is one hit, and a
    sentence is listed once per key, in the order keys first appear in it.

    The text is scanned once and the names placed in sentences; only when a name runs across
    a sentence boundary are the sentences scanned one by one.
    """
    matcher = matcher_for(names)
    hits = matcher.hits(text)
    if not hits:
        return []
    spans = sentence_spans(text)
    grouped = in_sentences(spans, hits)
    if grouped is None:
        grouped = [
            [(start + a, end + a, name) for start, end, name in matcher.hits(text[a:b])]
            for a, b in spans
        ]
    keys_for = matcher.keys_for
    make = MentionSpan._make
    found: list[MentionSpan] = []
    for (a, b), sentence_hits in zip(spans, grouped, strict=True):
        if not sentence_hits:
            continue
        keys: dict[int, tuple[int, int]] = {}  # key -> its first name's span
        for start, end, name in sentence_hits:
            for key in keys_for.get(name, ()):
                if key not in keys:
                    keys[key] = (start, end)
        if keys:
            raw = text[a:b]
            stripped = raw.lstrip()
            first = a + len(raw) - len(stripped)
            last = first + len(stripped.rstrip())
            for key, (name_start, name_end) in keys.items():
                found.append(make((key, first, last, name_start, name_end)))
    return found
