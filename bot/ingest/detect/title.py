"""The title: the front matter's, else the first non-empty line when it is short enough to
be one (a longer first line is a paragraph, and the title is its opening words)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.ingest.normalise import fold

if TYPE_CHECKING:
    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = ["MAX_TITLE_LINE", "detect_title"]

MAX_TITLE_LINE = 250  # a longer first line is a paragraph, not a title
_CUT_TITLE_AT = 120


def detect_title(draft: Draft) -> None:
    """draft.title, draft.title_is_line, and draft.body_from: the first line after the title.

    A front matter title is the title; a first line repeating it is not body text.
    """
    lines = draft.lines
    position = 0
    while position < len(lines) and not lines[position]:
        position += 1
    first_line = lines[position] if position < len(lines) else ""
    title_is_line = bool(first_line) and len(first_line) <= MAX_TITLE_LINE
    fm_title = draft.front_matter.title
    if fm_title is not None:
        title = fm_title
        if title_is_line and fold(first_line) == fold(title):
            position += 1
    elif title_is_line:
        title = first_line
        position += 1
    elif first_line:
        opening = first_line[:_CUT_TITLE_AT]
        cut = opening.rsplit(" ", 1)[0] if " " in opening else opening
        title = cut.rstrip(" ,;:-") + "…"
    else:
        title = ""
    draft.title = title
    draft.title_is_line = title_is_line
    draft.body_from = position
