"""Does the text declare spoilers ("contains spoilers", "spoilers ahead"), as opposed to
promising none ("spoiler-free", "no major spoilers")?"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from bot.ingest.detect.common import find_all

if TYPE_CHECKING:
    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = ["declares_spoilers", "detect_spoilers"]

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
_MAX_SPOILER_WORDS = 64


def declares_spoilers(text: str, lowered: bytes | None = None) -> bool:
    """True when `text` warns of spoilers (a denial like "spoiler-free" does not count).
    `lowered`: ascii_lowered(text), when the caller has it: one search of it tells when no
    casing of "spoiler" is in the text (most texts), instead of one search per casing."""
    if lowered is not None and b"spoiler" not in lowered:
        return False
    # Only the words around each "spoiler" are examined with the (slow) regexes; a warning
    # comes early, so a text that says "spoiler" hundreds of times has its first ones read.
    for at in find_all(text, ("spoiler", "Spoiler", "SPOILER"))[:_MAX_SPOILER_WORDS]:
        window = text[max(0, at - 40) : at + 40]
        if _SPOILERS.search(_NOT_SPOILERS.sub(" ", window)):
            return True
    return False


def detect_spoilers(draft: Draft) -> None:
    """draft.declares_spoilers: the front matter's `spoilers:`, else what the body declares."""
    flag = draft.front_matter.spoilers
    draft.declares_spoilers = (
        flag if flag is not None else declares_spoilers(draft.body, draft.body_lowered())
    )
