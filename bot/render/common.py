"""Helpers shared by the builders: escaping-aware fitting, packing, colours and notes."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

import discord

from bot.models import Document, Section, SectionKind
from bot.render.limits import FIELD_VALUE_LIMIT, FOOTER_LIMIT, TITLE_LIMIT
from bot.spoilers import Gate, fit_plain, fit_spoiler, truncate

log = logging.getLogger(__name__)


TEXT_PAGE_LIMIT = 1800
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


def verdict_of(doc: Document) -> tuple[str, Section] | None:
    """The verdict worked out at ingest (doc.facts), and the section it comes from."""
    facts = doc.facts
    if facts is None or not facts.verdict:
        return None
    at = facts.verdict_section
    section = next((s for s in doc.sections if s.position == at), None)
    if section is None:  # (no position stored: the last review section, where verdicts are)
        reviews = [s for s in doc.sections if s.kind is SectionKind.REVIEW]
        if not reviews:
            return None
        section = reviews[-1]
    return facts.verdict, section


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
