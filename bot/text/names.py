"""Names as compared: folding (accents, case, quotes, spacing), words, slugs, one-line fitting."""

from __future__ import annotations

import logging
import re
import unicodedata

log = logging.getLogger(__name__)

QUOTES_AND_SPACE = "\"'`“”‘’«»„‚‹›「」『』 \t\r\n"
WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """A name as compared: accents removed, case-folded, quotes/whitespace trimmed and collapsed."""
    if text.isascii():  # nothing to decompose or unquote, and casefold() is lower(): the same
        plain = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        # (one C-speed pass tells whether any accent is left to remove: most names beyond
        # ASCII hold a dash or a curly quote only, and a Python loop over every character
        # cost most of a fold)
        if any(map(unicodedata.combining, decomposed)):
            decomposed = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        plain = decomposed.casefold().replace("’", "'").replace("‘", "'")
    return " ".join(plain.strip(QUOTES_AND_SPACE).split())


def tokens(folded: str) -> tuple[str, ...]:
    """The words (letters and digits) of an already folded name."""
    return tuple(WORD.findall(folded))


def fit(text: str, limit: int) -> str:
    """`text` on one line in at most `limit` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def slugify(title: str) -> str:
    """A URL-safe ASCII slug of a title ("Metallic Rouge" -> "metallic-rouge"); never empty."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    return slug or "anime"
