"""Helpers shared by the builders: escaping-aware fitting, packing, colours and notes."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence

import discord

from bot.render.limits import FIELD_VALUE_LIMIT, FOOTER_LIMIT, TITLE_LIMIT
from bot.spoilers import Gate, fit_plain, fit_spoiler, truncate

log = logging.getLogger(__name__)


TEXT_PAGE_LIMIT = 1800
OPENING_LIMIT = 300
QUOTE_LIMIT = 500  # one reviewer quote, before wrapping
ALIAS_LIMIT = 100
FACT_LIMIT = 300
SNIPPET_LIMIT = 300
MAX_SUGGESTIONS = 3
MAX_LISTED_ANIME = 25
ANIME_LIST_LIMIT = 1500  # leaves room for a sentence before it in a 2000-char message
MAX_EPISODE_PARTS = 40
QUOTES_NAME = "What reviewers said"

COLOUR = discord.Colour(0xB3202A)  # rouge
EMPTY_VALUE = "—"

# An embed url Discord accepts: http(s), a plain host, no whitespace or angle brackets.
_PARAGRAPH_SPLIT = re.compile(r"\n[^\S\n]*\n\s*")
# Closing cues at the start of a paragraph ("Overall, ...", "So in the final assessment, ...").
_OPENING_CUE = re.compile(
    r"\W*+(?:(?:so|and|but|well|anyway|ultimately)[\s,]+)?"
    r"(?:overall|in the final assessment|in conclusion|for now|all in all|to conclude|"
    r"in the end|in summary|to sum up|verdict|final thoughts)\b",
    re.IGNORECASE,
)
_ANY_CUE = re.compile(
    r"\b(?:overall|in the final assessment|in conclusion|for now|all in all|verdict)\b",
    re.IGNORECASE,
)
_CUE_WORDS = ("overall", "final assessment", "conclusion", "for now", "all in all", "verdict")


def _may_score(paragraph: str) -> bool:
    return "/" in paragraph or "out of" in paragraph.lower()


# "70 out of 100", "7/10", "3.5 / 5"
_SCORE = re.compile(r"\b\d{1,3}(?:[.,]\d++)?\s*+(?:/|out of)\s*+(?:5|10|100)\b", re.IGNORECASE)
# The end of a sentence: terminal punctuation, closing quotes/brackets, then whitespace or the end.
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?=\s|\Z)")
_ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "st", "vs", "ep", "eg", "ie", "no", "vol"})


def split_paragraphs(text: str) -> list[str]:
    """Raw paragraphs (not normalised: callers normalise only what they keep)."""
    return [p for p in _PARAGRAPH_SPLIT.split(text) if p and not p.isspace()]


def flatten(text: str) -> str:
    return " ".join(text.split())


def verdict(text: str) -> str:
    """The reviewer's closing assessment (whitespace-normalised, unescaped).

    The last paragraph that opens with a closing cue ("Overall", "So in the final assessment",
    "For now", "In conclusion", "All in all", ...) or gives a score ("70 out of 100", "7/10");
    failing that, the last paragraph with a cue anywhere; failing that, the last paragraph.
    """
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        return ""
    # Cheap substring tests first: the regexes then run only where they can match.
    for paragraph in reversed(paragraphs):
        if _OPENING_CUE.match(paragraph) or (_may_score(paragraph) and _SCORE.search(paragraph)):
            return flatten(paragraph)
    for paragraph in reversed(paragraphs):
        lowered = paragraph.lower()
        if any(cue in lowered for cue in _CUE_WORDS) and _ANY_CUE.search(paragraph):
            return flatten(paragraph)
    return flatten(paragraphs[-1])


def _sentence_ends(text: str) -> Iterable[int]:
    for m in _SENTENCE_END.finditer(text):
        word = text[: m.start()].rsplit(None, 1)[-1:] if m.group()[0] == "." else []
        if word and word[0].lower().replace(".", "") in _ABBREVIATIONS:
            continue
        yield m.end()


def opening_excerpt(text: str, limit: int = OPENING_LIMIT) -> str:
    """The first whole sentences of ``text`` that fit in ``limit`` chars (unescaped).

    When even the first sentence is longer, it is truncated at a word boundary with "…".
    """
    # only the start matters: normalise a prefix long enough for `limit` chars of text
    head = text[: 4 * limit + 64]
    flat = flatten(head)
    if len(flat) <= limit and len(head) < len(text):
        flat = flatten(text)
    if len(flat) <= limit:
        return flat
    best = 0
    for end in _sentence_ends(flat[: limit + 1]):
        if end <= limit:
            best = end
    if best:
        return flat[:best]
    return truncate(flat, limit)


def join_and(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def episode_ranges(episodes: Iterable[int]) -> list[str]:
    numbers = sorted(set(episodes))
    parts: list[str] = []
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"{numbers[i]}–{numbers[j]}")
        else:
            parts.extend(str(n) for n in numbers[i : j + 1])
        i = j + 1
    return parts


def footer(text: str) -> str:
    """Footer text is plain for Discord: normalise whitespace and truncate, never escape."""
    return truncate(" ".join(text.split()), FOOTER_LIMIT)


def plain_title(text: str) -> str:
    return fit_plain(" ".join(text.split()), TITLE_LIMIT) or EMPTY_VALUE


def fit(text: str, limit: int, *, hidden: bool) -> str:
    """``text`` escaped and truncated to ``limit``; one whole spoiler span when ``hidden``."""
    return fit_spoiler(text, limit) if hidden else fit_plain(text, limit)


def field_value(text: str, *, hidden: bool) -> str:
    """One field value: ``text`` escaped (or one whole spoiler span), truncated first."""
    return fit(text, FIELD_VALUE_LIMIT, hidden=hidden) or EMPTY_VALUE


def with_notice(text: str, gate: Gate, *, hidden: bool) -> str:
    """A footer: ``text``, then the gate's one notice when the answer hid something."""
    if not hidden:
        return footer(text)
    return footer(f"{text} · {gate.notice()}" if text else gate.notice())


def new_embed() -> discord.Embed:
    return discord.Embed(colour=COLOUR)


def pack_list(items: Sequence[str], limit: int, sep: str = ", ", unlisted: int = 0) -> str:
    """Join whole items within ``limit`` chars, ending with "and N more" when some do not fit
    (``unlisted`` more items exist beyond ``items``)."""
    count = len(items) + unlisted
    out: list[str] = []
    size = 0
    for i, item in enumerate(items):
        extra = len(item) + (len(sep) if out else 0)
        rest = count - i - 1
        reserve = len(f"{sep}and {rest} more") if rest else 0
        if size + extra + reserve > limit:
            more = f"and {count - i} more"
            return (sep.join(out) + sep + more) if out else more
        out.append(item)
        size += extra
    if unlisted:
        return (sep.join(out) + sep if out else "") + f"and {unlisted} more"
    return sep.join(out)
