"""Stage 1: text -> cleaned lines. Newlines, odd spaces and zero-width characters normalised.

Also the content hash (what makes re-ingesting the same text a no-op) and the folding used to
compare names and titles.
"""

from __future__ import annotations

import hashlib
import logging
import re
from typing import TYPE_CHECKING

from bot.ingest.errors import IngestError
from bot.text.sentences import COMMON_ODD_SPACES

if TYPE_CHECKING:
    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = [
    "SPACE_RUN",
    "clean_line",
    "content_hash",
    "fold",
    "normalise",
    "normalise_newlines",
    "normalise_spaces",
]

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_RARE_NEWLINES = ("\u2028", "\u2029", "\x85", "\x0b", "\x0c")
# Unicode spaces (NBSP and friends) become plain spaces; zero-width characters go.
_ODD_SPACE_CHARS = "\u00a0\t\u202f\u2009\u3000\u1680\u205f" + "".join(
    chr(c) for c in range(0x2000, 0x200B) if c != 0x2009
)
# Bidirectional formatting controls: invisible marks setting the direction a run of text is
# shown in, which a social site's page wraps its handles in ("Name \u202a@name.example\u202c"),
# and copies keep; they go wherever they are, since no line is read or matched through them.
_BIDI_CONTROLS = (
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069",
)  # fmt: skip
# ...of which these tell a text holds any: the marks standing alone, and what closes an
# embedding, override or isolate (U+202C, U+2069), which a well-formed one always has
_BIDI_SENTINELS = ("\u200e", "\u200f", "\u202c", "\u2069")
_ZERO_WIDTH_CHARS = "\u200b\ufeff\u200c\u200d\u2060" + "".join(_BIDI_CONTROLS)
_ODD_SPACES = re.compile("[" + _ODD_SPACE_CHARS + "]")
_ZERO_WIDTH = re.compile("[" + _ZERO_WIDTH_CHARS + "]")
SPACE_RUN = re.compile(r" {2,}")
# two spaces: the regex engine's literal search finds them sooner than str's `in` does in
# prose, where every fifth character or so is a space
_TWO_SPACES = re.compile("  ")


def normalise_newlines(text: str) -> str:
    """Every line break (CRLF, CR, U+2028...) becomes "\\n"."""
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


def normalise_spaces(text: str) -> str:
    """Odd spaces -> " ", zero-width characters removed (runs of spaces are left alone);
    bidirectional controls are removed too, whatever else the text holds."""
    if text.isascii():
        return text.replace("\t", " ") if "\t" in text else text
    # A few membership tests decide whether the (slower) full substitutions are needed.
    if any(c in text for c in COMMON_ODD_SPACES) or any(c in text for c in _BIDI_SENTINELS):
        text = _ZERO_WIDTH.sub("", _ODD_SPACES.sub(" ", text))
    return text


def content_hash(text: str) -> str:
    """SHA-256 of the text's words: a change of whitespace only (spaces, line breaks, odd
    spaces, a BOM) is the same content (issue 10 item 11)."""
    canonical = " ".join(normalise_spaces(text.removeprefix("\ufeff")).split())
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def clean_line(line: str) -> str:
    """One line with odd spaces normalised, stripped, and space runs collapsed."""
    line = normalise_spaces(line).strip()
    return SPACE_RUN.sub(" ", line) if "  " in line else line


def fold(text: str) -> str:
    """`text` for comparing names and titles: cleaned and case-folded."""
    return SPACE_RUN.sub(" ", clean_line(text)).casefold()


def normalise(draft: Draft) -> None:
    """draft.text -> draft.content_hash and draft.lines (each stripped, space runs collapsed)."""
    text = draft.text
    if not isinstance(text, str):
        raise IngestError("not text")
    normalised = normalise_spaces(normalise_newlines(text.removeprefix("\ufeff")))
    lines = normalised.split("\n")
    stripped = [line.strip() for line in lines]
    if not any(stripped):
        raise IngestError("empty document")
    if _TWO_SPACES.search(normalised) is None:
        cleaned = stripped  # (no line holds a run of spaces: one search, not one per line)
    else:
        cleaned = [SPACE_RUN.sub(" ", line) if "  " in line else line for line in stripped]
    draft.lines = cleaned
    draft.content_hash = _lines_hash(normalised, cleaned) or content_hash(text)


OTHER_WHITESPACE = tuple(c for c in map(chr, range(0x3001)) if c.isspace() and c not in " \n")
"""Every character str.split() splits at but " " and "\n" (none is above U+3000)."""
# ...but those normalising leaves none of: normalise_newlines turns CR, VT, FF and the rare
# newlines into "\n", and normalise_spaces turns a tab into " ", and every odd space when the
# text holds any of COMMON_ODD_SPACES (so those are gone whether it did or not)
_LEFT_WHITESPACE = tuple(
    c
    for c in OTHER_WHITESPACE
    if c not in ("\r", "\x0b", "\x0c", *_RARE_NEWLINES, *COMMON_ODD_SPACES)
)
_ASCII_LEFT_WHITESPACE = tuple(c for c in _LEFT_WHITESPACE if c.isascii())


def _lines_hash(normalised: str, cleaned: list[str]) -> str | None:
    """content_hash of the text whose spaces and newlines normalised to `normalised` (by
    normalise_newlines, then normalise_spaces), whose lines cleaned to `cleaned`, worked out
    without splitting it into words (a tenth of a millisecond per 10 KB). When `normalised`
    holds no whitespace but spaces and newlines, the cleaned lines are its words, single
    spaces between them; and the text's words are those (normalising spaces and newlines only
    turns whitespace into whitespace, and it removes zero-width characters from both or from
    neither). None otherwise."""
    others = _ASCII_LEFT_WHITESPACE if normalised.isascii() else _LEFT_WHITESPACE
    for character in others:  # single-character searches: C speed
        if character in normalised:
            return None
    canonical = " ".join(filter(None, cleaned))
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()
