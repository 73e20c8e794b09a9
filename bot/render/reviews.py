"""/review: one document as a book of pages."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from bot.models import (
    Document,
    Section,
    SectionKind,
)
from bot.render.common import (
    TEXT_PAGE_LIMIT,
    field_value,
    flatten,
    new_embed,
    opening_excerpt,
    plain_title,
    verdict,
)
from bot.render.limits import FIELD_VALUE_LIMIT, Page, valid_url
from bot.spoilers import Gate, fit_plain, gated, truncate

log = logging.getLogger(__name__)


def _score_text(doc: Document) -> str | None:
    if doc.score is None:
        return None
    raw = truncate(" ".join(doc.score.raw.split()), 100)
    try:
        value = doc.score.score_100
    except (ZeroDivisionError, OverflowError, ValueError):  # a malformed scale: show it as written
        return raw or None
    return f"{raw} ({value:g}/100)"


def _episode_text(doc: Document) -> str:
    if doc.episode is None:
        return "Whole season"
    if doc.episode_title:
        return f"{doc.episode} — {' '.join(doc.episode_title.split())}"
    return str(doc.episode)


def _source_text(doc: Document) -> str | None:
    parts: list[str] = []
    if doc.author:
        parts.append(fit_plain(" ".join(doc.author.split()), 200))
    if doc.url and doc.url.strip():
        parts.append(fit_plain(doc.url, 700))
    if not parts:
        return None
    return truncate(" · ".join(parts), FIELD_VALUE_LIMIT)


def _verdict_and_section(sections: Sequence[Section]) -> tuple[str, Section] | None:
    """The verdict of the review sections, and the section it comes from."""
    if not sections:
        return None
    text = verdict("\n\n".join(s.text for s in sections))
    if not text:
        return None
    if len(sections) > 1:
        for section in reversed(sections):
            if text in flatten(section.text):
                return text, section
    return text, sections[-1]


def review_book(doc: Document, *, index: int, total: int, gate: Gate) -> list[Page]:
    """One document as pages: a summary card, then the review's full text.

    Only review sections are shown (a recap section belongs to /recap). A section the gate hides
    is shown only as whole spoiler spans, with the gate's note when there is one.
    """
    reviews = [s for s in doc.sections if s.kind is SectionKind.REVIEW]
    title = plain_title(doc.title)
    url = doc.url.strip() if doc.url else None
    if url is not None and not valid_url(url):
        url = None

    def hidden(section: Section) -> bool:
        return gate.hides(spoiler=section.spoiler, about_episode=section.about_episode, recap=False)

    summary = new_embed()
    summary.title = title
    summary.url = url
    summary.add_field(name="Kind", value=doc.kind.label, inline=True)
    summary.add_field(name="Episode", value=fit_plain(_episode_text(doc), 300), inline=True)
    score = _score_text(doc)
    if score:
        summary.add_field(name="Score", value=fit_plain(score, 300), inline=True)
    source = _source_text(doc)
    if source:
        summary.add_field(name="Source", value=source, inline=False)
    found = _verdict_and_section(reviews)
    if found is not None:
        text, section = found
        summary.add_field(
            name="Verdict",
            value=field_value(text, hidden=hidden(section), note=gate.note(section.about_episode)),
            inline=False,
        )
    if reviews:
        first = reviews[0]
        summary.add_field(
            name="Opening",
            value=field_value(
                opening_excerpt(first.text),
                hidden=hidden(first),
                note=gate.note(first.about_episode),
            ),
            inline=False,
        )
    else:
        summary.description = "This document has no review text."

    bodies: list[str] = []
    for section in reviews:
        is_hidden = hidden(section)
        note = gate.note(section.about_episode) if is_hidden else None
        header = f"*{note}*\n\n" if note else ""
        texts = gated(section.text, is_hidden, TEXT_PAGE_LIMIT - len(header))
        bodies.extend(header + body for body in texts)

    count = 1 + len(bodies)
    prefix = f"Review {index} of {total} · "
    summary.set_footer(text=f"{prefix}page 1 of {count}")
    pages = [Page(embeds=(summary,))]
    for number, body in enumerate(bodies, start=2):
        embed = new_embed()
        embed.title = title
        embed.url = url
        embed.description = body
        embed.set_footer(text=f"{prefix}page {number} of {count}")
        pages.append(Page(embeds=(embed,)))
    return pages
