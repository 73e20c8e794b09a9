"""/review: one document as a book of pages."""

from __future__ import annotations

import logging

from bot.models import (
    Document,
    DocumentKind,
    Section,
    SectionKind,
)
from bot.render.common import (
    TEXT_PAGE_LIMIT,
    field_value,
    fit,
    new_embed,
    plain_title,
    verdict_of,
    with_notice,
)
from bot.render.limits import FIELD_VALUE_LIMIT, Page, Rendered, valid_url
from bot.spoilers import Gate, fit_plain, gated, truncate

log = logging.getLogger(__name__)

AGGREGATE_NAME = "Scores for this episode"
SEASON_AGGREGATE_NAME = "Scores for the season"  # a season review's line: the season reviews


def _score_text(doc: Document) -> str | None:
    if doc.score is None:
        return None
    raw = truncate(" ".join(doc.score.raw.split()), 100)
    try:
        value = doc.score.score_100
    except (ZeroDivisionError, OverflowError, ValueError):  # a malformed scale: show it as written
        return raw or None
    return f"{raw} ({value:g}/100)" if value is not None else raw or None


def _episode_text(doc: Document, gate: Gate) -> str:
    """The Episode field: the number, and the episode's title (wrapped when beyond the readers)."""
    if doc.episode is None:
        return "Whole season"
    if not (doc.episode_title and doc.episode_title.strip()):
        return str(doc.episode)
    shown = fit(" ".join(doc.episode_title.split()), 300, hidden=gate.beyond(doc.episode))
    return f"{doc.episode} — {shown}"


_NEUTRAL = {
    DocumentKind.FIRST_IMPRESSIONS: "First impressions",
    DocumentKind.EPISODE_REVIEW: "Review",
    DocumentKind.RECAP: "Recap",
    DocumentKind.SEASON_REVIEW: "Season review",
}


def neutral_title(doc: Document) -> str:
    """A title that says nothing about the plot, for when the document's own title is gated:
    "Review of episode 2", "First impressions of episode 1", "Season review"."""
    what = _NEUTRAL[doc.kind]
    if doc.episode is None:
        return what if doc.kind is DocumentKind.SEASON_REVIEW else f"{what} of the season"
    return f"{what} of episode {doc.episode}"


def _source_text(doc: Document, *, hidden: bool) -> str | None:
    parts: list[str] = []
    if doc.author:
        parts.append(fit_plain(" ".join(doc.author.split()), 200))
    if doc.url and doc.url.strip():  # a page's address often carries its title
        parts.append(fit(doc.url, 700, hidden=hidden))
    if not parts:
        return None
    return truncate(" · ".join(parts), FIELD_VALUE_LIMIT)


def review_book(
    doc: Document, *, index: int, total: int, gate: Gate, aggregate: str | None = None
) -> Rendered:
    """One document as one book: a summary card, then the review's full text (an excerpt-only
    document, from a feed, is the summary card alone, with a link to the page).

    Only review sections are shown (a recap section belongs to /recap). A section the gate hides
    is shown only as whole spoiler spans. A title beyond the readers' progress (or naming a
    secret) never goes in an embed title, which cannot hold a spoiler: the title is neutral and
    the real one goes, wrapped, into the description. The first page's footer carries the
    gate's notice once when anything was hidden. `aggregate` (bot.ratings.aggregate_line: plain
    text, scores only, never a spoiler) goes in a field of the summary card.
    """
    reviews = [s for s in doc.sections if s.kind is SectionKind.REVIEW]
    title_hidden = gate.beyond(doc.episode) or gate.names_secret(doc.title)
    title = plain_title(neutral_title(doc) if title_hidden else doc.title)
    url = doc.url.strip() if doc.url and not title_hidden else None
    if url is not None and not valid_url(url):
        url = None
    hid = title_hidden

    # whether the gate hides each review section: worked out once (it scans the whole text
    # for names still secret), then read by the verdict, the opening and the pages
    hides = {id(s): gate.hides(about_episode=s.about_episode, text=s.text) for s in reviews}

    def hidden(section: Section) -> bool:
        return hides[id(section)]

    summary = new_embed()
    summary.title = title
    summary.url = url
    if title_hidden:
        summary.description = fit(doc.title, 1000, hidden=True) or None
    summary.add_field(name="Kind", value=doc.kind.label, inline=True)
    summary.add_field(name="Episode", value=_episode_text(doc, gate), inline=True)
    score = _score_text(doc)
    if score:
        summary.add_field(name="Score", value=fit_plain(score, 300), inline=True)
    if aggregate:
        name = AGGREGATE_NAME if doc.episode is not None else SEASON_AGGREGATE_NAME
        summary.add_field(name=name, value=fit_plain(aggregate, 300), inline=False)
    source = _source_text(doc, hidden=title_hidden)
    if source:
        summary.add_field(name="Source", value=source, inline=False)
    found = verdict_of(doc)
    if found is not None:
        text, section = found
        hide = hidden(section) or gate.names_secret(text)
        hid |= hide
        summary.add_field(name="Verdict", value=field_value(text, hidden=hide), inline=False)
    if reviews:
        first = reviews[0]
        opening = doc.facts.opening if doc.facts is not None else ""
        hide = hidden(first) or gate.names_secret(opening)
        hid |= hide
        summary.add_field(name="Opening", value=field_value(opening, hidden=hide), inline=False)
    else:
        summary.description = (summary.description or "") + "\nThis document has no review text."

    bodies: list[str] = []
    if doc.excerpt_only:  # a feed's review: the verdict, the opening and a link, no paging
        link = doc.url.strip() if doc.url and valid_url(doc.url.strip()) else None
        if link is not None:
            summary.add_field(
                name="Full review", value=fit(link, 1000, hidden=title_hidden), inline=False
            )
        reviews = []
    for section in reviews:
        is_hidden = hidden(section)
        hid |= is_hidden
        bodies.extend(gated(section.text, is_hidden, TEXT_PAGE_LIMIT))

    count = 1 + len(bodies)
    prefix = f"Review {index} of {total} · "
    summary.set_footer(text=with_notice(f"{prefix}page 1 of {count}", gate, hidden=hid))
    pages = [Page(embeds=(summary,))]
    for number, body in enumerate(bodies, start=2):
        embed = new_embed()
        embed.title = title
        embed.url = url
        embed.description = body
        embed.set_footer(text=f"{prefix}page {number} of {count}")
        pages.append(Page(embeds=(embed,)))
    return Rendered(books=(tuple(pages),), hidden=hid)
