"""The episode: which one a document is about (from its title), and the latest episode its
text speaks of (what its sections may spoil)."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from bot.ingest.detect.common import MAX_EPISODE, find_all
from bot.models import Catalog, DocumentKind

if TYPE_CHECKING:
    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = [
    "EPISODE_MARKER_TEXT",
    "detect_about_episode",
    "detect_episode",
    "episode_in",
    "highest_episode_mentioned",
    "latest_episode_named",
]

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
_WORD_NUMBER = "|".join(_WORD_NUMBERS)
# Markers, strongest first. Each has one group: the episode number.
_EPISODE_MARKERS = (
    re.compile(r"\bS\d{1,2}\s?E(\d{1,4})\b", re.IGNORECASE),
    re.compile(
        r"\bseason\s+\d{1,2}\s*[,:\-–—]?\s*(?:episode|ep\.?)\s*#?\s*(\d{1,4})(?![\d/.,]\d)",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:episode|ep\.?)\s*#?\s*(\d{1,4})(?![\d/.,]\d)", re.IGNORECASE),
    re.compile(r"\bepisode\s+(" + _WORD_NUMBER + r")\b", re.IGNORECASE),
    re.compile(r"\bE(\d{1,4})\b"),  # "E01"; upper-case only
    re.compile(r"(?<![\w&])#(\d{1,4})\b"),  # "#5"
)
EPISODE_MARKER_TEXT = re.compile(
    r"\bS\d{1,2}\s?E\d{1,4}\b"
    r"|\bseason\s+\d{1,2}\s*[,:\-–—]?\s*(?:episode|ep\.?)\s*#?\s*\d{1,4}\b"
    r"|\b(?:episodes?|eps?\.?)\s*#?\s*\d{1,4}(?:\s*(?:-|–|&|and|to)\s*\d{1,4})?\b"
    r"|\bepisode\s+(?:" + _WORD_NUMBER + r")\b"
    r"|\bE\d{1,4}\b"
    r"|(?<![\w&])#\d{1,4}\b",
    re.IGNORECASE,
)
"""The episode markers, whole, for removing them from a title to leave the anime's name."""

_EPISODE_MENTION = re.compile(
    r"(?:episodes?|eps?\.?)\s*#?\s*(\d{1,4})\b(?:\s*(?:-|–|to|and|&)\s*(\d{1,4})\b)?",
    re.IGNORECASE,
)
_COUNT_OF_EPISODES = re.compile(r"(?<![\w.,])(\d{1,4})\s+$")


def episode_in(title: str) -> int | None:
    """The episode a title names ("Episode 3", "S01E03", "#3", "Episode Three"), or None."""
    for marker in _EPISODE_MARKERS:
        match = marker.search(title)
        if match:
            value = match.group(1)
            number = _WORD_NUMBERS.get(value.lower()) if not value.isdigit() else int(value)
            if number is not None and number <= MAX_EPISODE:
                return number
    return None


def highest_episode_mentioned(text: str) -> int | None:
    """The highest N in "episode N", "ep. N", "episodes N-M" or "N episodes"."""
    highest = -1
    for at in find_all(text, ("ep", "Ep", "EP")):
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_"):
            continue
        match = _EPISODE_MENTION.match(text, at)
        if match is not None:
            numbers = [int(g) for g in match.groups() if g is not None]
            highest = max(highest, *numbers)
        elif text.startswith(("episodes", "Episodes", "EPISODES"), at):
            count = _COUNT_OF_EPISODES.search(text, max(0, at - 6), at)
            if count is not None:
                highest = max(highest, int(count.group(1)))
    return highest if 0 <= highest <= MAX_EPISODE else None


def latest_episode_named(text: str, catalog: Catalog | None) -> int | None:
    """The latest episode a passage names: "episode N" / "ep. N", or a catalog episode title.
    Counts ("13 episodes") are not episodes spoken of."""
    latest = -1
    for at in find_all(text, ("ep", "Ep", "EP")):
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_"):
            continue
        match = _EPISODE_MENTION.match(text, at)
        if match is not None:
            latest = max(latest, *(int(g) for g in match.groups() if g is not None))
    if catalog is not None:
        for ep in catalog.episodes:
            if ep.title and len(ep.title) >= 4 and ep.title in text:
                latest = max(latest, ep.number)
    return latest if 0 <= latest <= MAX_EPISODE else None


def detect_episode(draft: Draft) -> None:
    """draft.episode: the front matter's, else the one the title names (or None)."""
    fm_episode = draft.front_matter.episode
    draft.episode = fm_episode if fm_episode is not None else episode_in(draft.title)


def detect_about_episode(draft: Draft) -> None:
    """draft.about_episode: the latest episode the body may spoil.

    An episode document is about its episode, or a later one its text names ("in episode 3…",
    an episode title); a season review with a known episode count is about the last episode;
    otherwise the highest episode the text mentions.
    """
    episode, kind, catalog = draft.episode, draft.kind, draft.catalog
    about: int | None
    if episode is not None and kind is not DocumentKind.SEASON_REVIEW:
        about = max(episode, latest_episode_named(draft.body, catalog) or 0)
    elif kind is DocumentKind.SEASON_REVIEW and catalog is not None and catalog.episode_count:
        about = catalog.episode_count
    else:
        about = highest_episode_mentioned(draft.body)
        if episode is not None:
            about = max(about or 0, episode)
    draft.about_episode = about
