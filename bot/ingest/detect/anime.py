"""The anime a document is about: the front matter's, a catalog name in the title, or the
title with its episode, kind and score words taken out."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from bot.ingest.catalogs import catalog_index
from bot.ingest.detect.episode import EPISODE_MARKER_TEXT
from bot.ingest.detect.kind import KIND_WORDS
from bot.ingest.detect.score import TITLE_SCORE
from bot.ingest.errors import IngestError
from bot.ingest.normalise import SPACE_RUN
from bot.models import Catalog
from bot.text.mentions import has_word

if TYPE_CHECKING:
    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = ["MAX_ANIME_NAME", "anime_from_title", "detect_anime"]

MAX_ANIME_NAME = 100  # an anime name is an autocomplete choice: 1-100 characters

_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]|\{\s*\}")
_NAME_EDGE = re.compile(r"^[\s\-–—:|,;·•/\\~*_+]+|[\s\-–—:|,;·•/\\~*_+]+$")
_LEADING_PREPOSITION = re.compile(r"^(?:of|for|on|about)\s+", re.IGNORECASE)
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([:,;!?])")
_DANGLING_SEPARATORS = re.compile(r"\s+([\-–—:|])\s+(?:[\-–—:|]\s+)+")


def anime_from_title(title: str) -> str:
    """What is left of a title once its score, episode markers and kind words are removed."""
    name = TITLE_SCORE.sub(" ", title) if ("/" in title or "out" in title.lower()) else title
    name = EPISODE_MARKER_TEXT.sub(" ", name)
    name = KIND_WORDS.sub(" ", name)
    for _ in range(3):  # "( )" inside "[ ]" and so on
        stripped = _EMPTY_BRACKETS.sub(" ", name)
        if stripped == name:
            break
        name = stripped
    name = SPACE_RUN.sub(" ", name)
    name = _NAME_EDGE.sub("", name)
    name = _LEADING_PREPOSITION.sub("", name)
    # whatever separator is left dangling in the middle ("X – – Y") is squeezed
    name = _DANGLING_SEPARATORS.sub(r" \1 ", name)
    name = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", name)
    return name.strip()


def detect_anime(draft: Draft) -> None:
    """draft.anime_title and draft.catalog (None for an anime no catalog knows).

    The front matter's anime is taken as written when no catalog knows it; otherwise the
    title must name the anime, and a name that is empty or too long is an error.
    """
    index = catalog_index(draft.catalogs)
    fm = draft.front_matter
    title = draft.title
    catalog: Catalog | None
    if fm.anime is not None:
        catalog = index.exact(fm.anime)
        anime_title = catalog.title if catalog else fm.anime
    else:
        from_title = draft.title_is_line or fm.title is not None
        catalog = index.in_title(title) if from_title else None
        if catalog is not None:
            anime_title = catalog.title
        else:
            anime_title = anime_from_title(title) if from_title else ""
            catalog = index.exact(anime_title) if anime_title else None
            if catalog is not None:
                anime_title = catalog.title
        if not anime_title or not has_word(anime_title):
            raise IngestError("could not tell which anime this is; add `anime:` front matter")
        if len(anime_title) > MAX_ANIME_NAME:
            raise IngestError(
                f"the anime's name taken from the title is longer than {MAX_ANIME_NAME} "
                "characters; add `anime:` front matter"
            )
    draft.catalog = catalog
    draft.anime_title = anime_title
