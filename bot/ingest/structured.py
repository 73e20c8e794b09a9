"""What a web page's schema.org structured data (JSON-LD) says the page reviews.

Review sites (and the SEO plugins of WordPress blogs) describe a review page in
`<script type="application/ld+json">` blocks: a Review whose `itemReviewed` is a TVEpisode
(with `partOfSeries`), a TVSeason, a TVSeries, a CreativeWorkSeries or a Movie, or a
top-level TVEpisode / TVSeries object, alone, in a list or in an "@graph" array. This module
reads the series' name and, when a TVEpisode states it, its episode number. Only a Review's
`itemReviewed` and top-level objects count: ratings, organisations, web sites, breadcrumbs,
an Article's `about` and anything under `mentions`/`related` say nothing about what is
reviewed. Bounded (the first few blocks, each capped in size, a depth-limited walk) and pure;
invalid JSON is ignored, never raised. (A Review's own rating is read by score_boxes.)
"""

from __future__ import annotations

import html as html_lib
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

__all__ = ["Reviewed", "reviewed_item"]

_MAX_BLOCKS = 4
_MAX_BLOCK_CHARS = 64_000
_MAX_DEPTH = 6
_MAX_NAME_CHARS = 200
_MAX_EPISODE = 9999
_NEEDLE = b"application/ld+json"
_OPENING = re.compile(
    r"<script\b[^>]{0,300}?type\s*=\s*[\"']?application/ld\+json[\"']?[^>]{0,300}>",
    re.IGNORECASE,
)
_CLOSING = re.compile(r"</script\s*>", re.IGNORECASE)
_SERIES_TYPES = frozenset({"tvseries", "creativeworkseries", "movieseries", "movie"})
_PART_TYPES = frozenset({"tvepisode", "episode", "tvseason", "creativeworkseason"})
_EPISODE_TYPES = frozenset({"tvepisode", "episode"})
_REVIEW_TYPES = frozenset({"review", "criticreview", "userreview"})
_CONTAINERS = ("@graph", "mainEntity")
# a season's label closing a name: "X Season 2", "X: Season 1", "X 2nd Season", "X (S2)"
_SEASON_LABEL = re.compile(
    r"[\s:,\-\u2013\u2014(]+(?:(?:season|series|part|cour)\s+(?:\d{1,2}|[a-z]{3,6})"
    r"|\d{1,2}(?:st|nd|rd|th)\s+(?:season|cour)|s\d{1,2})\)?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Reviewed:
    """The series a page's structured data reviews, and its episode when one is stated."""

    series: str
    episode: int | None = None


def reviewed_item(data: bytes) -> Reviewed | None:
    """What the JSON-LD of the HTML page `data` says the page reviews, or None."""
    if _NEEDLE not in data:
        return None
    text = data.decode("utf-8", errors="replace")
    for number, opening in enumerate(_OPENING.finditer(text)):
        if number >= _MAX_BLOCKS:
            break
        # each block's end looked for only as far as a block may reach: never a scan of the
        # whole page per opening
        closing = _CLOSING.search(text, opening.end(), opening.end() + _MAX_BLOCK_CHARS + 16)
        if closing is None:
            continue  # unclosed, or longer than a block may be
        raw = text[opening.end() : closing.start()].strip()
        if not raw or len(raw) > _MAX_BLOCK_CHARS:
            continue
        raw = raw.removeprefix("<!--").removesuffix("-->").strip()
        try:
            document = json.loads(raw)
        except (ValueError, RecursionError):
            log.debug("Ignored a JSON-LD block that is not valid JSON")
            continue
        found = _top(document, 0)
        if found is not None:
            return found
    return None


def _first(
    nodes: list[Any], read: Callable[[Any, int], Reviewed | None], depth: int
) -> Reviewed | None:
    """What `read` finds in the first of `nodes` where it finds anything."""
    for node in nodes:
        found = read(node, depth)
        if found is not None:
            return found
    return None


def _top(node: Any, depth: int) -> Reviewed | None:
    """A top-level node: a list of nodes, an "@graph", or one object."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(node, list):
        return _first(node, _top, depth + 1)
    if not isinstance(node, dict):
        return None
    types = _types(node)
    if types & _REVIEW_TYPES:
        return _item(node.get("itemReviewed"), depth + 1)
    found = _item(node, depth) if types & (_SERIES_TYPES | _PART_TYPES) else None
    if found is not None:
        return found
    for key in _CONTAINERS:
        if key in node:
            found = _top(node[key], depth + 1)
            if found is not None:
                return found
    return None


def _item(node: Any, depth: int) -> Reviewed | None:
    """A reviewed item: a series (its name), or an episode or season (its series' name)."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(node, list):
        return _first(node[:_MAX_BLOCKS], _item, depth + 1)
    if not isinstance(node, dict):
        return None
    types = _types(node)
    if types & _SERIES_TYPES:
        name = _name(node)
        return Reviewed(series=name) if name is not None else None
    if not types & _PART_TYPES:
        return None
    series = _series_of(node.get("partOfSeries"), depth + 1)
    if series is None:
        # a season's series, given through the episode's season
        season = node.get("partOfSeason")
        if isinstance(season, dict):
            series = _series_of(season.get("partOfSeries"), depth + 2)
    if series is None and not types & _EPISODE_TYPES:
        # a season named on its own ("Blue Box Season 1"): its name less the season's label
        series = _name(node)
    if series is None:
        return None
    episode = _episode_number(node) if types & _EPISODE_TYPES else None
    return Reviewed(series=series, episode=episode)


def _series_of(node: Any, depth: int) -> str | None:
    """The name of a `partOfSeries` value: a series object (its type may be left out)."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(node, list):
        node = node[0] if node else None
    if not isinstance(node, dict):
        return None
    types = _types(node)
    if types and not types & _SERIES_TYPES:
        return None
    return _name(node)


def _types(node: dict[str, Any]) -> frozenset[str]:
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return frozenset(
        v.rsplit("/", 1)[-1].strip().lower() for v in values[:_MAX_BLOCKS] if isinstance(v, str)
    )


def _name(node: dict[str, Any]) -> str | None:
    value = node.get("name")
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value")
    if not isinstance(value, str):
        return None
    name = " ".join(html_lib.unescape(value).split())
    name = _SEASON_LABEL.sub("", name).strip()  # a series' name never holds a season's label
    if not name or len(name) > _MAX_NAME_CHARS:
        return None
    return name


def _episode_number(node: dict[str, Any]) -> int | None:
    value = node.get("episodeNumber")
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int) and 0 < value <= _MAX_EPISODE:
        return value
    return None
