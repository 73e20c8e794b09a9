"""Finding fast: literal strings with str.find in C, and a pattern tried only where a
literal found its possible starts."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import AnyStr

__all__ = ["find_all", "matches_from"]


def find_all(text: AnyStr, needles: Sequence[AnyStr]) -> list[int]:
    """Every position of any of `needles` in `text` (a str or bytes), sorted (overlapping
    ones included; the same position once per needle found there)."""
    found: list[int] = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            found.append(at)
            at = text.find(needle, at + 1)
    found.sort()
    return found


def matches_from(
    pattern: re.Pattern[str], text: str, starts: Sequence[int], end: int | None = None
) -> Iterator[re.Match[str]]:
    """pattern.finditer(text, starts[0], end) for a pattern whose every match there starts at
    one of `starts` (sorted): the pattern tried at those places only, where a scan tries it
    at every character (slow for a case-insensitive pattern, or one of many names). Its
    look-behinds and word boundaries see the text before each place, as a scan's do."""
    stop = len(text) if end is None else end
    after = -1
    for at in starts:
        if at < after:
            continue  # inside the last match (or the same place again)
        match = pattern.match(text, at, stop)
        if match is not None:
            after = match.end()
            yield match
