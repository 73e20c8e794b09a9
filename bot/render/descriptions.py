"""A catalog description whose ``~!…!~`` spans are spoilers, as one line of Discord markdown.

The text outside the spans is escaped (it renders literally); each span becomes one whole
spoiler span built by :func:`bot.spoilers.spoiler`, so text containing ``||`` can never break
out, and truncation (:func:`bot.spoilers.truncate`) never leaves a span open.
"""

from __future__ import annotations

import logging

from bot.catalog import spoiler_spans
from bot.spoilers import escape, spoiler, truncate

log = logging.getLogger(__name__)

__all__ = ["markup_line", "markup_text"]


def _pieces(markup: str) -> list[tuple[str, bool, bool, bool]]:
    """(text, is_spoiler, space_before, space_after) of each non-blank piece of ``markup``."""
    return [
        (" ".join(part.split()), is_spoiler, part[:1].isspace(), part[-1:].isspace())
        for part, is_spoiler in spoiler_spans(markup)
        if part.strip()
    ]


def markup_text(markup: str) -> str:
    """The whole text of ``markup``, spans included, without the ``~!``/``!~`` markers."""
    return " ".join(" ".join(part.split()) for part, _ in spoiler_spans(markup) if part.strip())


def markup_line(markup: str, limit: int, *, reveal: bool) -> str:
    """``markup`` as one line of at most ``limit`` chars: escaped text, and each spoiler span
    wrapped in ``||…||`` unless ``reveal`` (then it is escaped text too).

    Raises ValueError when the markup's spans are malformed (see bot.catalog.spoiler_spans).
    """
    out = ""
    space_after = False
    for text, is_spoiler, space_before, trailing in _pieces(markup):
        piece = escape(text) if reveal or not is_spoiler else spoiler(text)
        if out and (space_before or space_after or is_spoiler):
            out += " "
        out += piece
        space_after = trailing or is_spoiler
    return truncate(out, limit)
