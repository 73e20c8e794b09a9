"""Stage 2: optional front matter, whose values override detection.

    ---
    title: ...      keys: title anime episode episode_title kind score url author
    anime: ...            published spoilers characters (unknown keys are ignored)
    ---

Front matter is `---` on the very first line, `key: value` lines, then `---`. A first line
`---` followed by anything but a `key: value` line is a decorative rule, not front matter;
once the block has started like front matter, it is held to the format. As YAML writes them
(static site generators, a notes app's web clipper), a key's value may be a list of `- item`
lines under it (read as "item, item"), or a block of text under `key: >` or `key: |`; a
notes app's link (`"[[Name]]"`) is read as its text. Lines come stripped, so a nested block's
keys read flat (`review:` then `rating: 8.5`), and a flow mapping's too (`review: {rating:
8.5, max: 10}`); a key met again is a nested one, and the first stays.

A site's `categories` (or `category`) may file the post under a kind ("season-reviews",
"First Impressions", "recaps", "Episode Reviews"): detection weighs it below the title's words.
It, or a notes app's or a site's `show` (or `series`), may name the show: detection weighs
that below a known anime the title names (it may be a podcast's or a column's name).

Besides `score`, a site's own keys give the reviewer's score: `rating` (and the like, see
score.SITE_RATING_KEYS) with its scale in another key (`max: 10`, `out_of: 5`,
`bestRating: 5`) or as a row of stars (`rating: ★★★½`, a diary's), or a letter grade under
`grade`. A site's value that is no score (a
content rating, a bare number on no stated scale) is ignored, not an error. A site's
`summary` (or `description`, `excerpt`, `subtitle`) is the post's summary under its title.

Static site generators (Hugo, Zola) also write TOML front matter between `+++` lines:

    +++
    title = "..."   the same keys; a list (`characters = ["A (B)", "C"]`) reads as "A (B), C";
    episode = 7     numbers, booleans and dates as written; tables (`[params]`) are not read
    +++
"""

from __future__ import annotations

import datetime
import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.ingest.detect.anime import MAX_ANIME_NAME
from bot.ingest.detect.kind import filed_as
from bot.ingest.detect.score import LETTER_GRADE, SITE_RATING_KEYS, SITE_SCALE_KEYS, site_score
from bot.ingest.errors import IngestError
from bot.models import DocumentKind, ParsedCharacter, Score

if TYPE_CHECKING:
    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = ["FrontMatter", "parse_front_matter", "read_front_matter", "split_front_matter"]

_FM_LINE = re.compile(r"([A-Za-z][A-Za-z0-9_-]{0,40})\s*:\s?(.*)")
_FM_MAX_LINES = 200
_KIND_ALIASES = {
    "first-impression": DocumentKind.FIRST_IMPRESSIONS,
    "impressions": DocumentKind.FIRST_IMPRESSIONS,
    "review": DocumentKind.EPISODE_REVIEW,
    "season": DocumentKind.SEASON_REVIEW,
    "series-review": DocumentKind.SEASON_REVIEW,
    "anime-review": DocumentKind.SEASON_REVIEW,
}
_TRUE = frozenset({"yes", "true", "on", "1", "y"})
_FALSE = frozenset({"no", "false", "off", "0", "n", "none"})
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)
# a path on the site itself ("/2024/02/slug/"), not "//host/..." (an address without its scheme)
_SITE_PATH = re.compile(r"/(?!/)\S{0,2000}")
_FM_CHARACTER = re.compile(r"\s*([^,()]+?)\s*(?:\(\s*([^()]*?)\s*\))?\s*(?:,|$)")


@dataclass(slots=True)
class FrontMatter:
    """What the front matter said; None (or empty) where it said nothing."""

    title: str | None = None
    anime: str | None = None
    episode: int | None = None
    # the season a site's `season:` numbers beside its `episode` (`season: 3`, `episode: 12`),
    # which then counts within it; None when not a number, or when a key counting through the
    # seasons (`overall_episode`) gave the episode
    season: int | None = None
    episode_title: str | None = None
    kind: DocumentKind | None = None
    score: Score | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None
    spoilers: bool | None = None
    characters: tuple[ParsedCharacter, ...] = ()
    # the post's summary under its title (a static site's `summary:` or `description:`), which
    # may say what the post is ("Three episodes in, is it worth it?")
    summary: str | None = None
    # the kind a site's category files the post under (`categories: [reviews, season-reviews]`),
    # with the category as written; not this format's `kind`, which overrides detection
    filed_as: DocumentKind | None = None
    category: str | None = None
    # a notes app's or a site's word for the show (`show:`, `series:`), as written; it may name
    # a podcast or a run of posts instead ("Mecha Mondays"), so detection weighs it, unlike
    # this format's `anime`, which overrides it
    show: str | None = None
    # a web clipper's `source:` (the address the page was clipped from), when it is an http(s)
    # address: not this format's `url` (the document's identity), but the page's address, whose
    # slug may name the episode ("/…-episode-9-recap-review/"); anything else there is ignored
    source_address: str | None = None
    # a `score:` that is a bare number ("6.5"), on no stated scale: left to the text's score
    unscaled_score: str | None = None


def read_front_matter(draft: Draft) -> None:
    """draft.lines -> draft.front_matter, and the lines after it."""
    draft.front_matter, draft.lines = split_front_matter(draft.lines)
    unscaled = draft.front_matter.unscaled_score
    if unscaled is not None:
        # one line for the operator, naming the file: the page is read, its score from the text
        log.warning(
            "%s: front matter's score %r has no scale (write 7/10, 4 out of 5, or add max: 10);"
            " the score is read from the text",
            draft.source_name or draft.source or "a document",
            unscaled,
        )
        draft.explain("score", f"front matter's score {unscaled!r} has no scale: not used")


# YAML's escapes in a double-quoted value (`title: "The Word \"Sorry\""`): a quote, a backslash
# or a slash stands for itself, a code point is the character, a tab or a line break is a space
_YAML_ESCAPE = re.compile(r'\\(?:(["\\/])|([tn])|x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4}))')


def _yaml_escape(match: re.Match[str]) -> str:
    if match.group(1):
        return match.group(1)
    if match.group(2):
        return " "
    return chr(int(match.group(3) or match.group(4), 16))


def _unquote(value: str) -> str:
    """A value without the quotes around it, as YAML reads it: a double-quoted one's escapes
    ('\\"', '\\\\', '\\u2013') are what they stand for, a single-quoted one's doubled quote
    ("''") is one; a static site generator's title with quotes in it is written so."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        if value[0] == "'":
            inner = inner.replace("''", "'")
        elif "\\" in inner:
            inner = _YAML_ESCAPE.sub(_yaml_escape, inner)
        value = inner.strip()
    return value


def split_front_matter(lines: list[str]) -> tuple[FrontMatter, list[str]]:
    """(the front matter, the lines after it) of cleaned `lines`; raises IngestError if bad."""
    if lines and lines[0].strip() == "+++":
        return _split_toml(lines)
    if not lines or lines[0].strip() != "---":
        return FrontMatter(), lines
    first = next((line.strip() for line in lines[1:] if line.strip()), "")
    if first == "---" or _FM_LINE.fullmatch(first) is None:
        return FrontMatter(), lines
    end = None
    for index in range(1, min(len(lines), _FM_MAX_LINES + 2)):
        if lines[index].strip() == "---":
            end = index
            break
    if end is None:
        raise IngestError(
            f"front matter: no closing '---' line within {_FM_MAX_LINES} lines of the opening one"
        )
    values: dict[str, str] = {}
    key = ""  # the last key: a list's items or a block's lines may follow it
    items: list[str] = []
    block = False  # is `key`'s value a block of text ("description: >"), on the next lines?
    for number, line in enumerate(lines[1:end], start=2):
        if not line or line.startswith("#"):
            continue
        if line[:2] == "- " and key and (items or not values[key]):
            items.append(_unwiki(_unquote(line[2:])))  # a YAML list's item, under its key
            values[key] = ", ".join(item for item in items if item)
            continue
        match = _FM_LINE.fullmatch(line)
        if match is None:
            if not block:
                raise IngestError(f"front matter: line {number} is not `key: value`")
            values[key] = f"{values[key]} {line}".strip()  # a block's line of text
            continue
        key = match.group(1).lower().replace("-", "_")
        if key in values:
            # YAML has no key twice at one level: this one is nested ("seo:" then "title:
            # … | Site"), and the document's own, met first, stays
            key = f"{key}@{number}"
        value = _unwiki(_unquote(match.group(2)))
        block = value in _BLOCK_INDICATORS
        values[key] = "" if block else value
        items = []
        if value[:1] == "{" and value[-1:] == "}":
            _flow_mapping(value, values)
    return parse_front_matter(values), lines[end + 1 :]


_FLOW_PAIR = re.compile(r"\s*([A-Za-z][A-Za-z0-9_-]{0,40})\s*:\s+([^,{}\[\]]*?)\s*(?:,|\Z)")


def _flow_mapping(value: str, values: dict[str, str]) -> None:
    """A YAML flow mapping's pairs ("review: {rating: 8.5, max: 10}") read as nested keys are:
    flat, where no key of the same name came first. One that holds more than plain values
    is left whole."""
    inner = value[1:-1].strip()
    pairs: list[tuple[str, str]] = []
    position = 0
    while position < len(inner):
        match = _FLOW_PAIR.match(inner, position)
        if match is None or match.end() == position:
            return
        pairs.append((match.group(1).lower().replace("-", "_"), _unquote(match.group(2))))
        position = match.end()
    for key, text in pairs:
        values.setdefault(key, text)


# YAML's marks for a block of text on the lines under its key ("description: >")
_BLOCK_INDICATORS = frozenset({">", "|", ">-", "|-", ">+", "|+"})


def _unwiki(value: str) -> str:
    """A notes app's link written as a value ("[[Rafael Moreno]]"): its text."""
    if value.startswith("[[") and value.endswith("]]") and "]]" not in value[2:-2]:
        return value[2:-2].strip()
    return value


_TOML_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,40}\s*=")


def _split_toml(lines: list[str]) -> tuple[FrontMatter, list[str]]:
    """TOML front matter between `+++` lines. As with `---`, a first line `+++` followed by
    anything but a `key = value` line is a rule, not front matter."""
    first = next((line.strip() for line in lines[1:] if line.strip()), "")
    if _TOML_KEY.match(first) is None:
        return FrontMatter(), lines
    end = None
    for index in range(1, min(len(lines), _FM_MAX_LINES + 2)):
        if lines[index].strip() == "+++":
            end = index
            break
    if end is None:
        raise IngestError(
            f"front matter: no closing '+++' line within {_FM_MAX_LINES} lines of the opening one"
        )
    try:
        table = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError as error:
        # tomllib counts lines from the block's first; the document's are one further down
        raise IngestError(f"front matter: not valid TOML ({_shifted(str(error))})") from None
    values: dict[str, str] = {}
    for key, value in table.items():
        text = _toml_text(value)
        if text is not None:
            values[key.lower().replace("-", "_")] = text.strip()
    for value in table.values():
        if isinstance(value, dict):  # a table: only a rating and its scale are read from it
            _rating_of_table(value, values)
    return parse_front_matter(values), lines[end + 1 :]


def _rating_of_table(table: Mapping[str, object], values: dict[str, str]) -> None:
    """A table's rating and scale keys into `values`, where the top level has none: sites put
    them in `[params]` or `[review]` (its `score` is read as a site's rating, not this
    format's checked `score`)."""
    for key, value in table.items():
        name = key.lower().replace("-", "_")
        name = "review_score" if name == "score" else name
        if name in SITE_RATING_KEYS or name in SITE_SCALE_KEYS:
            text = _toml_text(value)
            if text is not None and not isinstance(value, list):
                values.setdefault(name, text.strip())


_TOML_LINE = re.compile(r"\(at line (\d+)")


def _shifted(message: str) -> str:
    """tomllib's message with its line number counted in the document (after the `+++`)."""
    return _TOML_LINE.sub(lambda m: f"(at line {int(m.group(1)) + 1}", message)


def _toml_text(value: object) -> str | None:
    """A TOML value as the text a `key: value` line would hold; None for a table."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str | int | float):
        return str(value)
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, list):
        items = [_toml_text(item) for item in value]
        return ", ".join(item for item in items if item is not None)
    return None  # a table ([params]): not one of the keys front matter reads


def _text(values: Mapping[str, str], key: str, limit: int = 300) -> str | None:
    if key not in values:
        return None
    value = values[key]
    if not value:
        raise IngestError(f"front matter: {key} must not be empty")
    if len(value) > limit:
        raise IngestError(f"front matter: {key} must be at most {limit} characters")
    return value


def parse_front_matter(values: Mapping[str, str]) -> FrontMatter:
    """The validated front matter of `key: value` pairs (keys lower case, `-` as `_`)."""
    fm = FrontMatter(
        title=_text(values, "title"),
        anime=_text(values, "anime", MAX_ANIME_NAME),
        episode_title=_text(values, "episode_title", 200),
        author=_text(values, "author", 200),
        published=_text(values, "published", 100),
    )
    known = {"title", "anime", "episode_title", "author", "published"}
    if "episode" in values:
        raw = values["episode"]
        if not raw.isdigit() or not raw.isascii() or len(raw) > 4:
            raise IngestError("front matter: episode must be a whole number")
        fm.episode = int(raw)
    # a site's number counted through the seasons beside its `episode` within one (`season: 2`,
    # `episode: 5`, `overall_episode: 29`) wins, as on a page; not a number: ignored
    overall = next((values[k] for k in _OVERALL_KEYS if k in values), "").strip()
    if overall.isdigit() and overall.isascii() and len(overall) <= 4 and int(overall) > 0:
        fm.episode = int(overall)
    else:
        # (a notes app's `season: "[[Fall 2023]]"` is the airing season, no number: ignored)
        season = values.get("season", "").strip()
        if season.isdigit() and season.isascii() and len(season) <= 2:
            fm.season = int(season)
    if "kind" in values:
        key = re.sub(r"[\s_]+", "-", values["kind"].strip().lower())
        try:
            fm.kind = DocumentKind(key)
        except ValueError:
            if key not in _KIND_ALIASES:
                allowed = ", ".join(k.value for k in DocumentKind)
                raise IngestError(f"front matter: kind must be one of {allowed}") from None
            fm.kind = _KIND_ALIASES[key]
    if "score" in values:
        score = site_score(values["score"], values.get) or _grade(values["score"])
        if score is None and _BARE_SCORE.fullmatch(values["score"].strip()):
            # a bare number ("score: 6.5") says no scale: a site's theme writes it so, its page
            # giving the score with its scale ("6.5/10"); guessing one (10? 5? 100?) would
            # misread it, and rejecting the page loses it for one field, so the body's
            # detectors read the score as written (read_front_matter warns, naming the file)
            fm.unscaled_score = values["score"].strip()
            score = _site_rating(values)
        elif score is None:
            raise IngestError(
                "front matter: score must look like 7/10, 8.5/10, 4 out of 5, 70 out of 100 or "
                "★★★½ (and not exceed its scale)"
            )
        fm.score = score
    else:
        fm.score = _site_rating(values)
    if "url" in values:
        url = values["url"]
        if _SITE_PATH.fullmatch(url):
            # a static site generator's `url: /2024/02/slug/` (Hugo's, Jekyll's permalink) is
            # the post's path on its site, whose address the page does not say: no address
            log.debug("front matter: ignoring the site-relative url %r", url[:100])
        elif not _URL.fullmatch(url) or len(url) > 2000:
            raise IngestError("front matter: url must be an http(s) address")
        else:
            fm.url = url
    if "spoilers" in values:
        # yes or no; a site's own word for how many ("light", "major") says there are some
        fm.spoilers = values["spoilers"].strip().lower() not in _FALSE
    if "characters" in values:
        fm.characters = _characters(values["characters"])
    # a summary is the site's, not this format's: one too long or empty is no error
    fm.summary = next(
        (values[k] for k in _SUMMARY_KEYS if 0 < len(values.get(k, "")) <= _MAX_SUMMARY), None
    )
    fm.category = next((values[k] for k in _CATEGORY_KEYS if values.get(k)), None)
    fm.filed_as = filed_as(fm.category) if fm.category else None
    fm.show = next((values[k] for k in _SHOW_KEYS if values.get(k)), None)
    source = values.get("source", "")
    if source[:4].lower() == "http" and len(source) <= 2000 and _URL.fullmatch(source):
        fm.source_address = source
    known |= {"episode", "season", "kind", "score", "url", "spoilers", "characters"}
    known |= {*_OVERALL_KEYS}
    known |= {*_SUMMARY_KEYS, *_CATEGORY_KEYS, *_SHOW_KEYS, "source"}
    known |= {*SITE_RATING_KEYS, *SITE_SCALE_KEYS, *_GRADE_KEYS}
    ignored = sorted(set(values) - known)
    if ignored:
        log.debug("front matter: ignoring unknown keys %s", ", ".join(ignored))
    return fm


# a number alone, as a theme's `score:` writes it: on no stated scale
_BARE_SCORE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?")
_GRADE_KEYS = ("grade", "letter_grade", "review_grade")
# static site generators' keys for the summary under a post's title (Hugo's `summary`, the
# `description` most themes put in a meta tag, Jekyll's `excerpt`), the first in this order
_SUMMARY_KEYS = ("summary", "description", "excerpt", "subtitle")
_MAX_SUMMARY = 1000
_CATEGORY_KEYS = ("categories", "category")
_SHOW_KEYS = ("show", "series")
_OVERALL_KEYS = ("overall_episode", "episode_overall", "absolute_episode", "episode_absolute")


def _grade(value: str) -> Score | None:
    """A letter grade as a score ("B+"), on no stated scale; None if `value` is none."""
    value = value.strip()
    return Score(raw=value, value=None, scale=None) if LETTER_GRADE.fullmatch(value) else None


def _site_rating(values: Mapping[str, str]) -> Score | None:
    """The rating a site's own key gives with its scale, else None. Unlike `score` (this
    format's key), a value that is no score is not an error: "rating: TV-14" is the show's
    content rating, and a bare number without a scale says too little to be read as one."""
    for key in SITE_RATING_KEYS:
        if key in values:
            score = site_score(values[key], values.get)
            if score is not None:
                return score
            log.debug("front matter: %s %r is no score with a scale; ignored", key, values[key])
    for key in _GRADE_KEYS:  # not "rating": "rating: G" is the show's content rating
        if key in values and (grade := _grade(values[key])) is not None:
            return grade
    return None


def _characters(value: str) -> tuple[ParsedCharacter, ...]:
    """`characters: Name (Voice Actor), Other Name` -> ParsedCharacters."""
    found: list[ParsedCharacter] = []
    position = 0
    value = value.strip()
    while position < len(value):
        match = _FM_CHARACTER.match(value, position)
        if match is None or match.end() == position:
            raise IngestError("front matter: characters must be `Name (Voice Actor), Name, ...`")
        position = match.end()
        name = match.group(1).strip()
        if not name or len(name) > MAX_ANIME_NAME:
            raise IngestError("front matter: characters must be `Name (Voice Actor), Name, ...`")
        found.append(ParsedCharacter(name, match.group(2) or None))
    return tuple(found)
