"""Document ingestion: plain text (a saved review page) -> :class:`ParsedDocument`.

Pure parsing; the only I/O is :func:`read_document`. Nothing here knows any particular site,
file or anime: what a document is about comes from its title, optional front matter and the
curated catalogs passed in.

A document is::

    ---                      (optional front matter; values override detection)
    title: ...               keys: title anime episode episode_title kind score url author
    anime: ...                     published spoilers characters (unknown keys are ignored)
    ---
    Title line               (first non-empty line)
    Episode title            (optional: a short line under an episode document's title)
    Body paragraphs...       (a recap, then a review heading line, then the review; or a review)

Site boilerplate (comment forms, "Watch X on <service>" links, thumbnail captions, lone
separator characters) is dropped line by line before anything else looks at the text.

Every regex here is linear: no nested unbounded quantifiers, and all are compiled once.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.models import (
    Catalog,
    DocumentKind,
    ParsedCharacter,
    ParsedDocument,
    ParsedSection,
    Score,
    SectionKind,
)

log = logging.getLogger(__name__)

__all__ = [
    "MAX_BYTES",
    "IngestError",
    "find_mentions",
    "is_boilerplate",
    "parse_document",
    "read_document",
    "split_sentences",
]

MAX_BYTES = 5 * 1024 * 1024
MAX_ANIME_NAME = 100  # an anime name is an autocomplete choice: 1-100 characters
MAX_TITLE_LINE = 250  # a longer first line is a paragraph, not a title
MAX_EPISODE = 9999


class IngestError(Exception):
    """A document that cannot be ingested; ``reason`` says why, for a human."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --------------------------------------------------------------------------- reading


def read_document(path: Path) -> str:
    """Read a text document: size-checked before reading, strict UTF-8, newlines normalised."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise IngestError("file not found") from exc
    except OSError as exc:
        raise IngestError(f"cannot be read ({exc.strerror or exc})") from exc
    if path.is_dir():
        raise IngestError("is a directory, not a file")
    if size > MAX_BYTES:
        raise IngestError(f"larger than 5 MB ({size} bytes)")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise IngestError(f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > MAX_BYTES:
        raise IngestError(f"larger than 5 MB (more than {MAX_BYTES} bytes)")
    if not data:
        raise IngestError("empty file")
    if b"\x00" in data:
        raise IngestError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(f"not UTF-8 text (invalid byte at offset {exc.start})") from exc
    text = _normalise_newlines(text.removeprefix("\ufeff"))
    if not text.strip():
        raise IngestError("empty file (only whitespace)")
    return text


_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_RARE_NEWLINES = ("\u2028", "\u2029", "\x85", "\x0b", "\x0c")
# Unicode spaces (NBSP and friends) become plain spaces; zero-width characters go.
_ODD_SPACE_CHARS = "\u00a0\t\u202f\u2009\u3000\u1680\u205f" + "".join(
    chr(c) for c in range(0x2000, 0x200B) if c != 0x2009
)
_ZERO_WIDTH_CHARS = "\u200b\ufeff\u200c\u200d\u2060"
_ODD_SPACES = re.compile("[" + _ODD_SPACE_CHARS + "]")
# The ones that actually turn up in saved web pages; their presence triggers the full clean-up.
_COMMON_ODD_CHARS = ("\u00a0", "\t", "\u200b", "\ufeff", "\u202f", "\u3000", "\u2009")
_ZERO_WIDTH = re.compile("[" + _ZERO_WIDTH_CHARS + "]")
_SPACE_RUN = re.compile(r" {2,}")


def _normalise_newlines(text: str) -> str:
    # str.replace and `in` are C-speed; a regex scan of 10 KB is not. This runs per document.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if (
        "\x0b" in text
        or "\x0c" in text
        or (not text.isascii() and any(c in text for c in _RARE_NEWLINES))
    ):
        text = _NEWLINES.sub("\n", text)
    return text


def _normalise_spaces(text: str) -> str:
    """Odd spaces -> " ", zero-width characters removed (runs of spaces are left alone)."""
    if text.isascii():
        return text.replace("\t", " ") if "\t" in text else text
    # A few membership tests decide whether the (slower) full substitutions are needed.
    if any(c in text for c in _COMMON_ODD_CHARS):
        text = _ZERO_WIDTH.sub("", _ODD_SPACES.sub(" ", text))
    return text


def _content_hash(text: str) -> str:
    normal = _normalise_newlines(text.removeprefix("\ufeff"))
    canonical = "\n".join(map(str.rstrip, normal.split("\n"))).strip("\n")
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def _clean_line(line: str) -> str:
    line = _normalise_spaces(line).strip()
    return _SPACE_RUN.sub(" ", line) if "  " in line else line


# --------------------------------------------------------------------------- boilerplate

_SERVICES = (
    r"crunchyroll|netflix|hidive|funimation|hulu|disney\s*\+|disney\s+plus|"
    r"(?:amazon\s+)?prime(?:\s+video)?|amazon|youtube|bilibili|max|hbo\s+max|"
    r"apple\s+tv\+?|peacock|paramount\+?|ani-one|muse\s+asia|tubi|retrocrush|adn"
)
_BOILERPLATE = re.compile(
    r"(?:"
    r"leave\s+a\s+(?:reply|comment|response)(?:\s+to\s+.{1,200})?"
    r"|cancel\s+reply|post\s+comment|submit\s+comment"
    r"|\d{0,6}\s*(?:comments?|responses?|replies)(?:\s+on\s+.{1,200})?"
    r"|your\s+email\s+address\s+will\s+not\s+be\s+published\b.*"
    r"|required\s+fields\s+are\s+marked\b.*"
    r"|this\s+site\s+uses\s+akismet\b.*"
    r"|learn\s+how\s+your\s+comment\s+data\s+is\s+processed\b.*"
    r"|save\s+my\s+name,?\s+email,?\s+and\s+website\b.*"
    r"|(?:notify\s+me\s+of\s+(?:new\s+)?(?:follow-up\s+)?(?:comments|posts)\b.*)"
    r"|(?:watch|stream|streaming)\s+.{1,150}?\s+(?:on|at|via)\s+(?:" + _SERVICES + r")\b.{0,60}"
    r"|(?:now\s+)?(?:streaming|available)\s+(?:on|at)\s+(?:" + _SERVICES + r")\b.{0,60}"
    r"|(?:featured\s+image|thumbnail|header\s+image|cover\s+image)\b\s*(?:for|of|:|-|–|—)\s*.*"
    r"|image\s+(?:credit|source|via)\s*:.*"
    r"|share\s+this(?:\s+(?:post|article|review))?\s*:?"
    r"|like\s+this\s*:?|like\s+loading\s*(?:\.{3}|…)?|loading\s*(?:\.{3}|…)"
    r"|click\s+to\s+(?:share|email|print|tweet)\b.*"
    r"|(?:related(?:\s+(?:posts|articles|reviews))?|you\s+may\s+also\s+like)\s*:?"
    r"|(?:tags?|categories|category|filed\s+under)\s*:.{0,300}"
    r"|(?:subscribe|sign\s+up)\s+(?:to|for)\s+(?:our|the)\s+newsletter\b.*"
    r"|advertisement|sponsored(?:\s+content)?|skip\s+to\s+(?:main\s+)?content"
    r"|[\s·•∙⋅●◦‧・\-–—_=*~.|/\\#+]{1,80}"  # lone separators: "·", "•", "-", "***", "---"
    r")",
    re.IGNORECASE,
)
_MAX_BOILERPLATE_LINE = 400
# First words of the _BOILERPLATE alternatives: a cheap filter before the big regex.
_BOILERPLATE_START_TEXT = """
leave cancel post submit comment comments response responses reply replies your required
this learn save notify watch stream streaming now available featured thumbnail header
cover image share like loading click related you tags tag categories category filed
subscribe sign advertisement sponsored skip
"""
_BOILERPLATE_STARTS = frozenset(_BOILERPLATE_START_TEXT.split())
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _boilerplate_line(line: str) -> bool:
    """`line` is already cleaned and non-empty."""
    if len(line) > _MAX_BOILERPLATE_LINE:
        return False
    first = line[0]
    if first.isalpha():
        word = _FIRST_WORD.match(line)
        if word is None or word.group(0).lower() not in _BOILERPLATE_STARTS:
            return False
    elif first.isalnum() and not first.isdigit():
        return False
    return _BOILERPLATE.fullmatch(line) is not None


def is_boilerplate(line: str) -> bool:
    """True for a line that is site furniture rather than writing (checked after cleaning)."""
    cleaned = _clean_line(line)
    if not cleaned or len(cleaned) > _MAX_BOILERPLATE_LINE:
        return False
    return _BOILERPLATE.fullmatch(cleaned) is not None


# --------------------------------------------------------------------------- front matter

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
_FALSE = frozenset({"no", "false", "off", "0", "n"})
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)


@dataclass(slots=True)
class _FrontMatter:
    title: str | None = None
    anime: str | None = None
    episode: int | None = None
    episode_title: str | None = None
    kind: DocumentKind | None = None
    score: Score | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None
    spoilers: bool | None = None
    characters: tuple[ParsedCharacter, ...] = ()


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].strip()
    return value


def _split_front_matter(lines: list[str]) -> tuple[_FrontMatter, list[str]]:
    """Front matter is `---` on the very first line, `key: value` lines, then `---`.

    A first line `---` followed by anything but a `key: value` line is a decorative rule, not
    front matter; once the block has started like front matter, it is held to the format.
    """
    if not lines or lines[0].strip() != "---":
        return _FrontMatter(), lines
    first = next((line.strip() for line in lines[1:] if line.strip()), "")
    if first == "---" or _FM_LINE.fullmatch(_clean_line(first)) is None:
        return _FrontMatter(), lines
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
    for number, raw in enumerate(lines[1:end], start=2):
        line = _clean_line(raw)
        if not line or line.startswith("#"):
            continue
        match = _FM_LINE.fullmatch(line)
        if match is None:
            raise IngestError(f"front matter: line {number} is not `key: value`")
        values[match.group(1).lower().replace("-", "_")] = _unquote(match.group(2))
    return _front_matter(values), lines[end + 1 :]


def _fm_text(values: Mapping[str, str], key: str, limit: int = 300) -> str | None:
    if key not in values:
        return None
    value = values[key]
    if not value:
        raise IngestError(f"front matter: {key} must not be empty")
    if len(value) > limit:
        raise IngestError(f"front matter: {key} must be at most {limit} characters")
    return value


def _front_matter(values: Mapping[str, str]) -> _FrontMatter:
    fm = _FrontMatter(
        title=_fm_text(values, "title"),
        anime=_fm_text(values, "anime", MAX_ANIME_NAME),
        episode_title=_fm_text(values, "episode_title", 200),
        author=_fm_text(values, "author", 200),
        published=_fm_text(values, "published", 100),
    )
    known = {"title", "anime", "episode_title", "author", "published"}
    if "episode" in values:
        raw = values["episode"]
        if not raw.isdigit() or not raw.isascii() or len(raw) > 4:
            raise IngestError("front matter: episode must be a whole number")
        fm.episode = int(raw)
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
        raw = values["score"]
        match = _SCORE.fullmatch(raw)
        score = _score_from(match) if match else None
        if score is None:
            raise IngestError(
                "front matter: score must look like 7/10, 8.5/10, 4 out of 5 or 70 out of 100 "
                "(and not exceed its scale)"
            )
        fm.score = score
    if "url" in values:
        url = values["url"]
        if not _URL.fullmatch(url) or len(url) > 2000:
            raise IngestError("front matter: url must be an http(s) address")
        fm.url = url
    if "spoilers" in values:
        flag = values["spoilers"].lower()
        if flag not in _TRUE | _FALSE:
            raise IngestError("front matter: spoilers must be yes or no")
        fm.spoilers = flag in _TRUE
    if "characters" in values:
        fm.characters = _fm_characters(values["characters"])
    known |= {"episode", "kind", "score", "url", "spoilers", "characters"}
    ignored = sorted(set(values) - known)
    if ignored:
        log.debug("front matter: ignoring unknown keys %s", ", ".join(ignored))
    return fm


_FM_CHARACTER = re.compile(r"\s*([^,()]+?)\s*(?:\(\s*([^()]*?)\s*\))?\s*(?:,|$)")


def _fm_characters(value: str) -> tuple[ParsedCharacter, ...]:
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


# --------------------------------------------------------------------------- episode & kind

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
# The same markers, whole, for removing them from a title to leave the anime's name.
_EPISODE_MARKER_TEXT = re.compile(
    r"\bS\d{1,2}\s?E\d{1,4}\b"
    r"|\bseason\s+\d{1,2}\s*[,:\-–—]?\s*(?:episode|ep\.?)\s*#?\s*\d{1,4}\b"
    r"|\b(?:episodes?|eps?\.?)\s*#?\s*\d{1,4}(?:\s*(?:-|–|&|and|to)\s*\d{1,4})?\b"
    r"|\bepisode\s+(?:" + _WORD_NUMBER + r")\b"
    r"|\bE\d{1,4}\b"
    r"|(?<![\w&])#\d{1,4}\b",
    re.IGNORECASE,
)

_FIRST_IMPRESSIONS = re.compile(r"\bfirst[\s-]+(?:impressions?|look|thoughts)\b", re.IGNORECASE)
_RECAP_AND_REVIEW = re.compile(
    r"\brecap\s*(?:&|and|\+|/)\s*review\b|\breview\s*(?:&|and|\+|/)\s*recap\b", re.IGNORECASE
)
_RECAP_WORD = re.compile(r"\b(?:recap|summary|synopsis)\b", re.IGNORECASE)
_SEASON_REVIEW = re.compile(
    r"\b(?:anime|season|series|full|complete|final|whole|overall)\s+review\b"
    r"|\bfinal\s+impressions?\b|\breview\s+of\s+the\s+(?:season|series)\b",
    re.IGNORECASE,
)
# Words that say what kind of document this is; removed to leave the anime's name.
_KIND_WORDS = re.compile(
    r"\b(?:"
    r"recap\s*(?:&|and|\+|/)\s*review|review\s*(?:&|and|\+|/)\s*recap"
    r"|first[\s-]+(?:impressions?|look|thoughts)|final\s+impressions?|impressions?"
    r"|(?:anime|season|series|full|complete|final|whole|overall|episode|spoiler-free|spoiler)"
    r"\s+reviews?"
    r"|reviews?|recap|summary|synopsis|thoughts"
    r")\b",
    re.IGNORECASE,
)
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]|\{\s*\}")
_NAME_EDGE = re.compile(r"^[\s\-–—:|,;·•/\\~*_+]+|[\s\-–—:|,;·•/\\~*_+]+$")
_HAS_WORD = re.compile(r"[^\W_]")
_LEADING_PREPOSITION = re.compile(r"^(?:of|for|on|about)\s+", re.IGNORECASE)
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([:,;!?])")
_DANGLING_SEPARATORS = re.compile(r"\s+([\-–—:|])\s+(?:[\-–—:|]\s+)+")


def _detect_episode(title: str) -> int | None:
    for marker in _EPISODE_MARKERS:
        match = marker.search(title)
        if match:
            value = match.group(1)
            number = _WORD_NUMBERS.get(value.lower()) if not value.isdigit() else int(value)
            if number is not None and number <= MAX_EPISODE:
                return number
    return None


def _detect_kind(title: str, episode: int | None) -> DocumentKind:
    if _FIRST_IMPRESSIONS.search(title):
        return DocumentKind.FIRST_IMPRESSIONS
    if _RECAP_AND_REVIEW.search(title):
        return DocumentKind.EPISODE_REVIEW if episode is not None else DocumentKind.SEASON_REVIEW
    if _SEASON_REVIEW.search(title):
        return DocumentKind.SEASON_REVIEW
    if _RECAP_WORD.search(title):
        return DocumentKind.RECAP
    if episode is not None:
        return DocumentKind.EPISODE_REVIEW
    return DocumentKind.SEASON_REVIEW


def _anime_from_title(title: str) -> str:
    name = _TITLE_SCORE.sub(" ", title) if ("/" in title or "out" in title.lower()) else title
    name = _EPISODE_MARKER_TEXT.sub(" ", name)
    name = _KIND_WORDS.sub(" ", name)
    for _ in range(3):  # "( )" inside "[ ]" and so on
        stripped = _EMPTY_BRACKETS.sub(" ", name)
        if stripped == name:
            break
        name = stripped
    name = _SPACE_RUN.sub(" ", name)
    name = _NAME_EDGE.sub("", name)
    name = _LEADING_PREPOSITION.sub("", name)
    # whatever separator is left dangling in the middle ("X – – Y") is squeezed
    name = _DANGLING_SEPARATORS.sub(r" \1 ", name)
    name = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", name)
    return name.strip()


# --------------------------------------------------------------------------- scores

_NUMBER = r"\d{1,3}(?:[.,]\d{1,2})?"
_SCORE = re.compile(
    r"(?P<value>" + _NUMBER + r")\s*(?P<sep>/|out\s+of)\s*(?P<scale>\d{1,3}(?:\.0)?)"
    r"(?P<unit>\s+(?:stars?|points?|pts)\b)?",
    re.IGNORECASE,
)
_TITLE_SCORE = re.compile(
    r"(?:\b(?:score|rating|verdict|grade)\s*[:\-–—]?\s*)?" + _SCORE.pattern, re.IGNORECASE
)
_SCALES = frozenset({4.0, 5.0, 10.0, 20.0, 100.0})
_SCORE_KEYWORDS = re.compile(
    r"\b(?:scores?|scored|scoring|ratings?|rate|rated|grades?|graded|verdict|earns?|earned"
    r"|earning|deserves?|deserved|give[sn]?\s+(?:it|this|the\s+\w+)|gave\s+(?:it|this)"
    r"|giving\s+(?:it|this)|i['’]d\s+(?:say|rate|give|put))\b",
    re.IGNORECASE,
)
_POLL_WORDS = re.compile(
    r"%|\bpolls?\b|\bpolled\b|\bvot(?:e|es|ed|ing|ers)\b|\breaders?\b|\bsurveys?\b"
    r"|\brespondents?\b|\baudiences?\b|\bcommunity\b|\bMAL\b|\bmyanimelist\b|\bimdb\b"
    r"|\baverages?\b|\bviewers?\b|\busers?\b|\bfans\b",
    re.IGNORECASE,
)
_COUNT_BEFORE = re.compile(
    r"(?:\b(?:episodes?|eps?\.?|chapters?|parts?|volumes?|vol\.?|seasons?|cours?|no\.?"
    r"|on|aired|airs|released|since|until|dated?|page|pages|step|steps)|#)\s*$",
    re.IGNORECASE,
)
_COUNT_AFTER = re.compile(
    r"\s*(?:of\b|episodes?\b|eps\b|chapters?\b|volumes?\b|seasons?\b|cours?\b|people\b"
    r"|persons?\b|readers\b|viewers\b|fans\b|voters\b|users\b|votes\b|times\b|characters\b"
    r"|members\b|respondents\b|critics\b|reviewers\b|games\b|matches\b|days\b|weeks\b"
    r"|months\b|years\b|hours\b|minutes\b|[ap]\.?m\.?\b|%)",
    re.IGNORECASE,
)
_CONTEXT = 100
_MAX_SEPARATORS = 400


@dataclass(frozen=True, slots=True)
class _Candidate:
    priority: tuple[int, int, int]
    score: Score


def _score_from(match: re.Match[str]) -> Score | None:
    try:
        value = float(match.group("value").replace(",", "."))
        scale = float(match.group("scale"))
    except ValueError:
        return None
    if scale not in _SCALES or not 0 <= value <= scale:
        return None
    return Score(raw=match.group(0).strip(), value=value, scale=scale)


def _separators(text: str) -> list[int]:
    """Positions of "/" and "out of" (three casings): where a score can be. C-speed finds."""
    found: list[int] = []
    for needle in ("/", "out of", "Out of", "OUT OF"):
        at = text.find(needle)
        while at >= 0:
            found.append(at)
            at = text.find(needle, at + 1)
    found.sort()
    if len(found) > _MAX_SEPARATORS:
        # A score sits in the title or the closing lines; a document with thousands of
        # slashes (URLs, fractions) only has its first and last ones examined.
        found = found[: _MAX_SEPARATORS // 4] + found[-(_MAX_SEPARATORS * 3 // 4) :]
    return found


def _score_candidates(text: str, closing_from: int, in_title: bool) -> list[_Candidate]:
    found: list[_Candidate] = []
    last_end = -1
    for separator in _separators(text):
        if separator < last_end:
            continue
        match = None
        for candidate in _SCORE.finditer(text, max(0, separator - 8), separator + 40):
            if candidate.start() <= separator < candidate.end():
                match = candidate
                break
        if match is None:
            continue
        start, end = match.span()
        last_end = end
        # part of a number, a date or a longer chain: 12/25/2023, 2024/01/05, $5/10
        if start > 0 and (text[start - 1].isdigit() or text[start - 1] in "/$£€¥"):
            continue
        if start > 1 and text[start - 1] in ".,-:" and text[start - 2].isdigit():
            continue
        after = text[end : end + 2]
        if after[:1] in ("/", ":") or after[:1].isdigit():
            continue
        if after[:1] in ".,-" and after[1:2].isdigit():
            continue
        score = _score_from(match)
        if score is None:
            continue
        before = text[max(0, start - _CONTEXT) : start]
        edge = max(before.rfind("."), before.rfind("!"), before.rfind("?"), before.rfind("\n"))
        if edge >= 0:
            before = before[edge + 1 :]
        if _COUNT_BEFORE.search(before) or _COUNT_AFTER.match(text, end):
            continue
        following = text[end : end + 50]
        cut = min((i for i in map(following.find, ".!?\n") if i >= 0), default=len(following))
        following = following[:cut]
        if _POLL_WORDS.search(before) or _POLL_WORDS.search(following):
            continue
        keyword = bool(_SCORE_KEYWORDS.search(before))
        closing = in_title or start >= closing_from
        unit = match.group("unit") is not None
        if not (keyword or closing or unit):
            continue
        found.append(_Candidate((int(keyword), int(closing or unit), start), score))
    return found


def _detect_score(title: str, body: str, last_paragraph_at: int) -> Score | None:
    closing_from = min(int(len(body) * 0.7), last_paragraph_at)
    candidates = _score_candidates(body, closing_from, in_title=False)
    candidates += [
        _Candidate((c.priority[0], 1, -1), c.score)
        for c in _score_candidates(title, 0, in_title=True)
    ]
    if not candidates:
        return None
    return max(candidates, key=lambda c: c.priority).score


# --------------------------------------------------------------------------- spoilers

_NOT_SPOILERS = re.compile(
    r"\bspoilers?[\s-]*free\b|\bnon[\s-]*spoiler\w*|\bno\s+(?:\w+\s+){0,2}?spoilers?\b"
    r"|\bwithout\s+(?:\w+\s+){0,2}?spoilers?\b|\bfree\s+of\s+(?:\w+\s+)?spoilers?\b",
    re.IGNORECASE,
)
_SPOILERS = re.compile(
    r"\b(?:contains?|containing|includes?|including|with|has|have|minor|major|mild|heavy"
    r"|light|some|full|massive|big|huge|plot|story|ending)\s+spoilers?\b"
    r"|\bspoilers?\s+(?:ahead|below|follow|warning|alert|for)\b"
    r"|\bspoiler\s+(?:warning|alert)\b|\bwarning\s*:\s*spoilers?\b",
    re.IGNORECASE,
)


def _find_all(text: str, needles: Sequence[str]) -> list[int]:
    found: list[int] = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            found.append(at)
            at = text.find(needle, at + 1)
    found.sort()
    return found


_MAX_SPOILER_WORDS = 64


def _declares_spoilers(text: str) -> bool:
    # Only the words around each "spoiler" are examined with the (slow) regexes; a warning
    # comes early, so a text that says "spoiler" hundreds of times has its first ones read.
    for at in _find_all(text, ("spoiler", "Spoiler", "SPOILER"))[:_MAX_SPOILER_WORDS]:
        window = text[max(0, at - 40) : at + 40]
        if _SPOILERS.search(_NOT_SPOILERS.sub(" ", window)):
            return True
    return False


# --------------------------------------------------------------------------- structure

_RECAP_KINDS = (DocumentKind.RECAP, DocumentKind.EPISODE_REVIEW)
_REVIEW_HEADING = re.compile(
    r"(?:the\s+)?(?:(?:episode|our|my|final|overall|series|season|full)\s+)?"
    r"(?P<word>review|verdict|thoughts|conclusion|conclusions|analysis|opinion)\s*[:.]?",
    re.IGNORECASE,
)
_RECAP_HEADING = re.compile(
    r"(?:the\s+)?(?:episode\s+)?(?:recap|summary|synopsis|plot\s+summary|story\s+so\s+far)"
    r"\s*[:.]?",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"(?:by|posted|written|published|updated|author|on)\b|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.,;:]$|[.!?]\s+\S")
_QUOTES = "\"'“”‘’«»「」『』"


def _paragraphs(lines: Sequence[str]) -> list[str]:
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return paragraphs


def _looks_like_episode_title(line: str) -> bool:
    if "\n" in line or len(line) > 100 or len(line.split()) > 12:
        return False
    if _SENTENCE_END.search(line) or _BYLINE.match(line):
        return False
    if _REVIEW_HEADING.fullmatch(line) or _RECAP_HEADING.fullmatch(line):
        return False
    if "spoiler" in line.lower():
        return False  # "Spoiler Warning" is a notice, not the episode's name
    first = line.lstrip(_QUOTES)[:1]
    return bool(first) and (first.isupper() or first.isdigit())


def _is_review_heading(paragraph: str) -> re.Match[str] | None:
    if "\n" in paragraph or len(paragraph) > 40:
        return None
    return _REVIEW_HEADING.fullmatch(paragraph)


# --------------------------------------------------------------------------- characters

_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME_WORD_TEXT = rf"[{_UPPER}][\w'’\-]*"
_NAME_WORD = re.compile(_NAME_WORD_TEXT)
_PAREN_PERSON = re.compile(rf"\(({_NAME_WORD_TEXT}(?: {_NAME_WORD_TEXT}){{1,2}})\)")
# Capitalised only because they start a sentence: dropped from the front of a name.
_LEADING_TEXT = """
a an the and or but so yet also then when while as if at in on of to for from by with
after before during meanwhile later finally first next now here there this that these
those it its he she they we i you his her their our my your one two three
"""
# Words that say the parenthesis is not "Character (Voice Actor)": the whole match is dropped.
_NOT_NAME_TEXT = """
episode season part chapter volume ep studio anime manga series show movie film cast
character voice voiced actor actress va seiyuu english japanese dub sub club city inc ltd
co corp netflix crunchyroll
"""
_LEADING_WORDS = frozenset(_LEADING_TEXT.split())
_NOT_NAME_WORDS = frozenset(_NOT_NAME_TEXT.split())
_NOT_PERSON_WORDS = _LEADING_WORDS | _NOT_NAME_WORDS


def _is_person_name(words: Sequence[str]) -> bool:
    return all(
        w.strip("'’-").isalpha() and w.lower() not in _NOT_PERSON_WORDS and len(w) > 1
        for w in words
    )


def _learn_characters(text: str) -> list[ParsedCharacter]:
    found: dict[str, ParsedCharacter] = {}
    for paren in _PAREN_PERSON.finditer(text):
        actor_words = paren.group(1).split(" ")
        if not _is_person_name(actor_words):
            continue
        start = paren.start()
        window_start = max(0, start - 80)
        parts = text[window_start:start].rsplit(None, 3)
        words: list[str] = []
        for index in range(len(parts) - 1, max(-1, len(parts) - 4), -1):
            part = parts[index]
            if not _NAME_WORD.fullmatch(part):
                break
            if index == 0 and window_start > 0 and not text[window_start - 1].isspace():
                break  # the window cut this word: it is longer than it looks
            words.append(part)
        if not words:
            continue
        words.reverse()
        if any(w.lower() in _NOT_NAME_WORDS for w in words):
            continue
        while words and words[0].lower() in _LEADING_WORDS:
            words.pop(0)
        if not words or any(w.lower() in _LEADING_WORDS for w in words):
            continue
        name = " ".join(words).rstrip("'’-")
        if name.endswith(("'s", "’s")):
            continue  # "Rouge's (Yume Miyamoto)" is not how a cast is listed
        found.setdefault(name.casefold(), ParsedCharacter(name, " ".join(actor_words)))
    return list(found.values())


# --------------------------------------------------------------------------- catalogs


class _CatalogIndex:
    """Catalog names folded for matching, built once per catalog list."""

    def __init__(self, catalogs: Sequence[Catalog]) -> None:
        self.catalogs = tuple(catalogs)
        self.by_name: dict[str, Catalog] = {}
        for catalog in self.catalogs:
            for name in (catalog.title, *catalog.aliases):
                if name.strip():
                    self.by_name.setdefault(_fold(name), catalog)
        names = sorted(self.by_name, key=len, reverse=True)
        self.pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(_name_regex(n) for n in names) + r")(?!\w)")
            if names
            else None
        )

    def exact(self, name: str) -> Catalog | None:
        return self.by_name.get(_fold(name))

    def in_title(self, title: str) -> Catalog | None:
        if self.pattern is None:
            return None
        best: Catalog | None = None
        best_len = 0
        for match in self.pattern.finditer(_fold(title)):
            if len(match.group(0)) > best_len:
                best_len = len(match.group(0))
                best = self.by_name.get(_SPACE_RUN.sub(" ", match.group(0)))
        return best


_INDEX_CACHE: OrderedDict[tuple[int, ...], _CatalogIndex] = OrderedDict()
_INDEX_CACHE_SIZE = 8


def _catalog_index(catalogs: Sequence[Catalog]) -> _CatalogIndex:
    # The cached index holds the catalogs themselves, so none of them can be freed and its id
    # reused while the entry exists: the tuple of ids identifies the list exactly.
    key = tuple(map(id, catalogs))
    index = _INDEX_CACHE.get(key)
    if index is not None:
        _INDEX_CACHE.move_to_end(key)
        return index
    index = _CatalogIndex(catalogs)
    _INDEX_CACHE[key] = index
    if len(_INDEX_CACHE) > _INDEX_CACHE_SIZE:
        _INDEX_CACHE.popitem(last=False)
    return index


def _fold(text: str) -> str:
    return _SPACE_RUN.sub(" ", _clean_line(text)).casefold()


def _name_regex(name: str) -> str:
    return r"\s+".join(re.escape(part) for part in name.split())


# --------------------------------------------------------------------------- about_episode

_EPISODE_MENTION = re.compile(
    r"(?:episodes?|eps?\.?)\s*#?\s*(\d{1,4})\b(?:\s*(?:-|–|to|and|&)\s*(\d{1,4})\b)?",
    re.IGNORECASE,
)
_COUNT_OF_EPISODES = re.compile(r"(?<![\w.,])(\d{1,4})\s+$")


def _highest_episode_mentioned(text: str) -> int | None:
    """The highest N in "episode N", "ep. N", "episodes N-M" or "N episodes"."""
    highest = -1
    for at in _find_all(text, ("ep", "Ep", "EP")):
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


def _latest_episode_named(text: str, catalog: Catalog | None) -> int | None:
    """The latest episode a passage names: "episode N" / "ep. N", or a catalog episode title.
    Counts ("13 episodes") are not episodes spoken of."""
    latest = -1
    for at in _find_all(text, ("ep", "Ep", "EP")):
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


# --------------------------------------------------------------------------- parse


def parse_document(
    text: str, *, source_name: str | None = None, catalogs: Sequence[Catalog] = ()
) -> ParsedDocument:
    """Parse one document. Raises IngestError (with a human reason) for anything unusable."""
    if not isinstance(text, str):
        raise IngestError("not text")
    content_hash = _content_hash(text)
    raw_lines = _normalise_spaces(_normalise_newlines(text.removeprefix("\ufeff"))).split("\n")
    if not any(line.strip() for line in raw_lines):
        raise IngestError("empty document")
    fm, raw_lines = _split_front_matter(raw_lines)
    index = _catalog_index(catalogs)

    lines: list[str] = []
    removed = 0
    for raw in raw_lines:
        line = raw.strip()
        if "  " in line:
            line = _SPACE_RUN.sub(" ", line)
        if line and _boilerplate_line(line):
            removed += 1
            line = ""
        lines.append(line)

    # ---- title
    position = 0
    while position < len(lines) and not lines[position]:
        position += 1
    first_line = lines[position] if position < len(lines) else ""
    title_is_line = bool(first_line) and len(first_line) <= MAX_TITLE_LINE
    if fm.title is not None:
        title = fm.title
        if title_is_line and _fold(first_line) == _fold(title):
            position += 1
    elif title_is_line:
        title = first_line
        position += 1
    elif first_line:
        cut = first_line[:120].rsplit(" ", 1)[0] if " " in first_line[:120] else first_line[:120]
        title = cut.rstrip(" ,;:-") + "…"
    else:
        title = ""
    paragraphs = _paragraphs(lines[position:])
    if not paragraphs:
        if removed:
            raise IngestError("no text left after removing site boilerplate")
        raise IngestError("no text after the title")
    if not title:
        raise IngestError("no title")

    # ---- episode, anime, kind
    episode = fm.episode if fm.episode is not None else _detect_episode(title)
    catalog: Catalog | None = None
    if fm.anime is not None:
        catalog = index.exact(fm.anime)
        anime_title = catalog.title if catalog else fm.anime
    else:
        catalog = index.in_title(title) if title_is_line or fm.title else None
        if catalog is not None:
            anime_title = catalog.title
        else:
            anime_title = _anime_from_title(title) if (title_is_line or fm.title) else ""
            catalog = index.exact(anime_title) if anime_title else None
            if catalog is not None:
                anime_title = catalog.title
        if not anime_title or not _HAS_WORD.search(anime_title):
            raise IngestError("could not tell which anime this is; add `anime:` front matter")
        if len(anime_title) > MAX_ANIME_NAME:
            raise IngestError(
                f"the anime's name taken from the title is longer than {MAX_ANIME_NAME} "
                "characters; add `anime:` front matter"
            )
    kind = fm.kind if fm.kind is not None else _detect_kind(title, episode)
    title_says_recap = bool(_RECAP_WORD.search(title))

    # ---- episode title (a short line under an episode document's title)
    episode_title = fm.episode_title
    if episode is not None and paragraphs:
        candidate = paragraphs[0].strip(_QUOTES).strip()
        known = None
        if catalog is not None:
            known = next((e.title for e in catalog.episodes if e.number == episode), None)
        if (episode_title is not None and _fold(candidate) == _fold(episode_title)) or (
            known is not None and _fold(candidate) == _fold(known)
        ):
            paragraphs.pop(0)
            episode_title = episode_title or candidate
        elif (
            episode_title is None
            and len(paragraphs) > 1
            and _looks_like_episode_title(paragraphs[0])
        ):
            episode_title = candidate
            paragraphs.pop(0)
    if not paragraphs:
        raise IngestError("no text after the title")

    # ---- sections
    recap_heading: str | None = None
    if (
        len(paragraphs) > 1
        and "\n" not in paragraphs[0]
        and _RECAP_HEADING.fullmatch(paragraphs[0])
    ):
        recap_heading = paragraphs.pop(0)
        title_says_recap = True
    split_at: int | None = None  # index of the heading between a recap and a review
    heading_at: int | None = None  # index of the review heading, if any
    for number, paragraph in enumerate(paragraphs):
        heading = _is_review_heading(paragraph)
        if heading is None:
            continue
        if number == 0:
            heading_at = 0  # a heading over the whole text: no recap before it
            continue
        # What precedes a heading is a recap only when the document says it has one, or
        # when the heading is literally a "Review" heading in a non-season document.
        says_recap = title_says_recap or fm.kind in _RECAP_KINDS
        explicit_review = heading.group("word").lower() == "review"
        if says_recap or (explicit_review and kind is not DocumentKind.SEASON_REVIEW):
            split_at = heading_at = number
        break
    review_heading = paragraphs[heading_at] if heading_at is not None else None
    body = "\n\n".join(p for i, p in enumerate(paragraphs) if i != heading_at)
    if not body:
        raise IngestError("no text after the title")

    declared = fm.spoilers if fm.spoilers is not None else _declares_spoilers(body)
    if fm.score is not None:
        score: Score | None = fm.score
    else:
        last = body.rfind("\n\n")
        score = _detect_score(title, body, last + 2 if last >= 0 else 0)

    if episode is not None and kind is not DocumentKind.SEASON_REVIEW:
        # A passage naming a later episode ("in episode 3…", its title) speaks of that one too.
        about: int | None = max(episode, _latest_episode_named(body, catalog) or 0)
    elif kind is DocumentKind.SEASON_REVIEW and catalog is not None and catalog.episode_count:
        about = catalog.episode_count
    else:
        about = _highest_episode_mentioned(body)
        if episode is not None:
            about = max(about or 0, episode)

    sections: list[ParsedSection]
    if split_at is not None:
        recap_text = "\n\n".join(paragraphs[:split_at])
        review_text = "\n\n".join(paragraphs[split_at + 1 :])
        sections = [ParsedSection(SectionKind.RECAP, recap_text, True, recap_heading, about)]
        if review_text:
            sections.append(
                ParsedSection(SectionKind.REVIEW, review_text, declared, review_heading, about)
            )
        if kind is DocumentKind.RECAP and review_text and fm.kind is None and episode is not None:
            kind = DocumentKind.EPISODE_REVIEW
    elif kind is DocumentKind.RECAP:
        sections = [ParsedSection(SectionKind.RECAP, body, True, recap_heading, about)]
    else:
        spoiler = declared or title_says_recap
        sections = [ParsedSection(SectionKind.REVIEW, body, spoiler, review_heading, about)]

    learned = _learn_characters("\n\n".join(s.text for s in sections))
    characters: dict[str, ParsedCharacter] = {}
    for character in (*fm.characters, *learned):
        characters.setdefault(character.name.casefold(), character)

    return ParsedDocument(
        title=title,
        anime_title=anime_title,
        kind=kind,
        episode=episode,
        sections=tuple(sections),
        content_hash=content_hash,
        episode_title=episode_title,
        score=score,
        url=fm.url,
        author=fm.author,
        published=fm.published,
        source_name=source_name,
        characters=tuple(characters.values()),
    )


# --------------------------------------------------------------------------- sentences

_ABBREVIATION_TEXT = """
dr mr mrs ms mx st sr jr prof gen col lt sgt capt rev hon fr ep eps vs v vol vols no nos
pt pts fig figs approx ca cf al e.g i.e a.k.a aka p.s mt ft inc ltd co corp jan feb mar
apr jun jul aug sep sept oct nov dec
"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_TEXT.split())
_TERMINALS = ".!?…"
_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"


_ASCII_SPACE = " \n\t\r\f\v"


def _is_space(char: str) -> bool:
    return char in _ASCII_SPACE or (char > "\x7f" and char.isspace())


_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_SENTENCE_STARTERS = "\"'“‘([«¡¿-–—"


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; paragraph breaks (blank lines) always end one.

    Built from str.find over the few terminal characters rather than a regex scan: this runs
    over every stored section, and per-character regex scanning is the slow part of Python.
    """
    cuts: list[int] = []
    length = len(text)
    find = text.find
    if "\n" in text:
        if "\n " in text or "\n\t" in text or "\n\r" in text:
            cuts.extend(m.start() for m in _BLANK_LINE.finditer(text))
        else:
            at = find("\n\n")
            while at >= 0:
                cuts.append(at)
                at = find("\n\n", at + 2)
    abbreviations = _ABBREVIATIONS
    closers = _CLOSERS
    for terminal in _TERMINALS:
        at = find(terminal)
        while at >= 0:
            end = at + 1
            at = find(terminal, end)
            if end >= length:
                continue
            char = text[end]
            if char in closers:
                while end < length and text[end] in closers:
                    end += 1
                if end >= length:
                    continue
                char = text[end]
            if char != " " and char != "\n" and not _is_space(char):
                continue  # "8.5", "e.g.,", "U.S.A", and every character of "..." but the last
            following = end + 1
            nxt = text[following] if following < length else ""
            if nxt == " " or nxt == "\n" or nxt == "\t":
                while following < length and text[following] in _ASCII_SPACE:
                    following += 1
                if following >= length:
                    continue
                nxt = text[following]
            if not nxt or nxt.islower() or not (nxt.isalnum() or nxt in _SENTENCE_STARTERS):
                continue  # "… and so on", "e.g. something"
            dot = end - 1
            while text[dot] in closers:
                dot -= 1
            if text[dot] == "." and (dot == 0 or text[dot - 1] != "."):
                # the word before the dot, at most 8 characters (every abbreviation is shorter)
                word = text[max(0, dot - 8) : dot].rpartition(" ")[2].rpartition("\n")[2]
                word = word.lstrip(_OPENERS).lower()
                if word in abbreviations or (len(word) == 1 and word.isalpha()):
                    continue  # "Dr. Roy", "Ep. 1", "J. R. R."
            cuts.append(end)
    cuts.sort()
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in cuts:
        if cut > start:
            spans.append((start, cut))
            start = cut
    if length > start:
        spans.append((start, length))
    return spans


def _odd_whitespace(text: str) -> bool:
    """Does `text` hold whitespace other than single spaces and newlines?"""
    if "  " in text or "\t" in text or "\r" in text or "\x0b" in text or "\x0c" in text:
        return True
    return not text.isascii() and any(c in text for c in _COMMON_ODD_CHARS)


def _squash(text: str, odd: bool = True) -> str:
    """Strip, and collapse whitespace runs to one space (cheaply when `odd` is False)."""
    if odd:
        return " ".join(text.split())
    text = text.strip()
    return text.replace("\n", " ") if "\n" in text else text


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences, whitespace collapsed; abbreviations do not end one."""
    sentences: list[str] = []
    odd = _odd_whitespace(text)
    for start, end in _sentence_spans(text):
        sentence = _squash(text[start:end], odd)
        if sentence:
            sentences.append(sentence)
    return sentences


# --------------------------------------------------------------------------- mentions


class _NameMatcher:
    """One alternation of every name, longest first, compiled once per set of names.

    The pattern starts with the names themselves (no look-behind) so the regex engine can skip
    ahead to their first letters; the left word boundary is checked in Python.
    """

    def __init__(self, names: Mapping[int, Sequence[str]]) -> None:
        self.keys_for: dict[str, list[int]] = {}
        for key, key_names in names.items():
            for name in key_names:
                normal = " ".join(name.split())
                if normal and _HAS_WORD.search(normal):
                    owners = self.keys_for.setdefault(normal, [])
                    if key not in owners:
                        owners.append(key)
        ordered = sorted(self.keys_for, key=len, reverse=True)
        self.pattern = (
            re.compile("(?:" + "|".join(_name_regex(n) for n in ordered) + r")(?!\w)")
            if ordered
            else None
        )

    def hits(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of every word-bounded occurrence, longest name first."""
        found: list[tuple[int, int, str]] = []
        pattern = self.pattern
        if pattern is None:
            return found
        position = 0
        length = len(text)
        while position < length:
            match = pattern.search(text, position)
            if match is None:
                break
            start, end = match.span()
            before = text[start - 1] if start else " "
            if (before.isalnum() or before == "_") and _WORD_CHAR.match(before):
                position = start + 1  # inside a word: a shorter name may start later
                continue
            name = match.group(0)
            if not name.isascii() or " " in name or "\n" in name or "\t" in name:
                name = " ".join(name.split())
            found.append((start, end, name))
            position = end
        return found


_WORD_CHAR = re.compile(r"\w")
_MATCHER_CACHE: OrderedDict[tuple[tuple[int, tuple[str, ...]], ...], _NameMatcher] = OrderedDict()
_MATCHER_CACHE_SIZE = 128


def _matcher(names: Mapping[int, Sequence[str]]) -> _NameMatcher:
    key = tuple((k, tuple(v)) for k, v in names.items())
    matcher = _MATCHER_CACHE.get(key)
    if matcher is None:
        matcher = _NameMatcher(names)
        _MATCHER_CACHE[key] = matcher
        if len(_MATCHER_CACHE) > _MATCHER_CACHE_SIZE:
            _MATCHER_CACHE.popitem(last=False)
    else:
        _MATCHER_CACHE.move_to_end(key)
    return matcher


def _bounded_at(sentence: str, name: str) -> bool:
    """Does `name` occur in `sentence` with no word character right before it?"""
    at = sentence.find(name)
    while at >= 0:
        before = sentence[at - 1] if at else " "
        if not (before.isalnum() or before == "_") or not _WORD_CHAR.match(before):
            return True
        at = sentence.find(name, at + 1)
    return False


def find_mentions(text: str, names: Mapping[int, Sequence[str]]) -> list[tuple[int, str]]:
    """(key, sentence) for each sentence naming any of that key's names, word-bounded.

    Case-sensitive (names are capitalised; "rouge" the colour is not "Rouge"); a possessive
    ("Rouge's") counts. Longer names win at a position, so "Viola Keane" is one hit, and a
    sentence is listed once per key, in the order keys first appear in it.
    """
    matcher = _matcher(names)
    pattern = matcher.pattern
    if pattern is None or pattern.search(text) is None:
        return []
    findall = pattern.findall
    keys_for = matcher.keys_for
    odd = _odd_whitespace(text)
    found: list[tuple[int, str]] = []
    for start, end in _sentence_spans(text):
        raw = text[start:end]
        names_here = findall(raw)
        if not names_here:
            continue
        keys: list[int] = []
        for name in dict.fromkeys(names_here) if len(names_here) > 1 else names_here:
            at = raw.find(name)
            if at > 0:
                before = raw[at - 1]
                if (before.isalnum() or before == "_") and not _bounded_at(raw, name):
                    # Rare: the longest name at that spot starts inside a word ("XViola
                    # Keane"); a shorter one may still start at a word boundary. Do it exactly.
                    exact = [key for _, _, n in matcher.hits(raw) for key in keys_for.get(n, ())]
                    keys = list(dict.fromkeys(exact))
                    break
            owners = keys_for.get(name)
            if owners is None:
                owners = keys_for.get(" ".join(name.split()), [])
            for key in owners:
                if key not in keys:
                    keys.append(key)
        if keys:
            if odd:
                sentence = " ".join(raw.split())
            else:
                sentence = raw.strip()
                if "\n" in sentence:
                    sentence = sentence.replace("\n", " ")
            for key in keys:
                found.append((key, sentence))
    return found
