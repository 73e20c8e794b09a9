"""Small helpers the detectors share."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from bot.text.finds import find_all

__all__ = ["MAX_EPISODE", "OPENING_LINES", "find_all", "is_headline_line", "opening_lines"]

MAX_EPISODE = 9999


OPENING_LINES = 12
"""Lines of the opening looked through for a headline below a page's furniture (a chat's or
a cache's header, a zine's running header, a site's menu)."""
_MAX_HEADLINE = 120
_MAX_HEADLINE_WORDS = 14
_SENTENCE_MARKS = (".", ",", ";", ":", "!", "?")


def opening_lines(paragraphs: Iterable[str], most: int = OPENING_LINES) -> Iterator[str]:
    """The first `most` lines of these paragraphs, in order (empty lines count)."""
    seen = 0
    for paragraph in paragraphs:
        for line in paragraph.split("\n"):
            seen += 1
            if seen > most:
                return
            yield line


def is_headline_line(line: str) -> bool:
    """Could this (stripped) line be a headline: short, a few words, not ending a sentence?"""
    return (
        bool(line)
        and len(line) <= _MAX_HEADLINE
        and len(line.split()) <= _MAX_HEADLINE_WORDS
        and not line.endswith(_SENTENCE_MARKS)
    )
