"""The kind of document: recap, episode review, first impressions or season review, from
the words of its title."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from bot.models import DocumentKind

if TYPE_CHECKING:
    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = ["KIND_WORDS", "RECAP_WORD", "detect_kind", "kind_of"]

_FIRST_IMPRESSIONS = re.compile(r"\bfirst[\s-]+(?:impressions?|look|thoughts)\b", re.IGNORECASE)
_RECAP_AND_REVIEW = re.compile(
    r"\brecap\s*(?:&|and|\+|/)\s*review\b|\breview\s*(?:&|and|\+|/)\s*recap\b", re.IGNORECASE
)
RECAP_WORD = re.compile(r"\b(?:recap|summary|synopsis)\b", re.IGNORECASE)
_SEASON_REVIEW = re.compile(
    r"\b(?:anime|season|series|full|complete|final|whole|overall)\s+review\b"
    r"|\bfinal\s+impressions?\b|\breview\s+of\s+the\s+(?:season|series)\b",
    re.IGNORECASE,
)
KIND_WORDS = re.compile(
    r"\b(?:"
    r"recap\s*(?:&|and|\+|/)\s*review|review\s*(?:&|and|\+|/)\s*recap"
    r"|first[\s-]+(?:impressions?|look|thoughts)|final\s+impressions?|impressions?"
    r"|(?:anime|season|series|full|complete|final|whole|overall|episode|spoiler-free|spoiler)"
    r"\s+reviews?"
    r"|reviews?|recap|summary|synopsis|thoughts"
    r")\b",
    re.IGNORECASE,
)
"""Words that say what kind of document this is; removed from a title to leave the anime."""


def kind_of(title: str, episode: int | None) -> DocumentKind:
    """The kind a title announces; without a word for it, an episode review when there is an
    episode, else a season review."""
    if _FIRST_IMPRESSIONS.search(title):
        return DocumentKind.FIRST_IMPRESSIONS
    if _RECAP_AND_REVIEW.search(title):
        return DocumentKind.EPISODE_REVIEW if episode is not None else DocumentKind.SEASON_REVIEW
    if _SEASON_REVIEW.search(title):
        return DocumentKind.SEASON_REVIEW
    if RECAP_WORD.search(title):
        return DocumentKind.RECAP
    if episode is not None:
        return DocumentKind.EPISODE_REVIEW
    return DocumentKind.SEASON_REVIEW


def detect_kind(draft: Draft) -> None:
    """draft.kind (the front matter's, else the title's) and draft.title_says_recap."""
    fm_kind = draft.front_matter.kind
    draft.kind = fm_kind if fm_kind is not None else kind_of(draft.title, draft.episode)
    draft.title_says_recap = bool(RECAP_WORD.search(draft.title))
