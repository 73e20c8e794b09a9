"""/recap: an episode's recaps, paged, never split inside a spoiler."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from bot.models import (
    Document,
    Section,
)
from bot.render.common import TEXT_PAGE_LIMIT, fit, footer, new_embed, plain_title, with_notice
from bot.render.limits import Page, Rendered
from bot.spoilers import Gate, gated, truncate

log = logging.getLogger(__name__)


def recap_pages(
    anime_title: str,
    episode: int,
    episode_title: str | None,
    recaps: Sequence[tuple[Document, Section]],
    *,
    gate: Gate,
) -> Rendered:
    """The recap(s) of one episode, paged; every word inside a spoiler span unless the gate
    reveals recaps. An episode beyond the readers keeps its title out of the embed title (and
    its sources' titles out of the footers, which cannot hold spoilers): the episode title goes,
    wrapped, at the top of the first page."""
    late = gate.beyond(episode)
    named = " ".join((episode_title or "").split())  # a title is one line
    heading = f"Recap — {' '.join(anime_title.split())} episode {episode}"
    title_hidden = bool(named) and (late or gate.names_secret(named))
    if named and not title_hidden:
        heading += f": {named}"
    title = plain_title(heading)
    lead = f"Episode title: {fit(named, 300, hidden=True)}\n\n" if title_hidden else ""
    hid = title_hidden

    bodies: list[tuple[Document, str]] = []
    for doc, section in recaps:
        hide = gate.hides(about_episode=section.about_episode, recap=True, text=section.text)
        hid |= hide
        bodies.extend((doc, body) for body in gated(section.text, hide, TEXT_PAGE_LIMIT))
    if not bodies:
        embed = new_embed()
        embed.title = title
        embed.description = lead + "This recap has no text."
        return Rendered.one(Page(embeds=(embed,)), hidden=hid)

    pages: list[Page] = []
    for number, (doc, body) in enumerate(bodies, start=1):
        embed = new_embed()
        embed.title = title
        embed.description = (lead if number == 1 else "") + body
        counter = f" · page {number} of {len(bodies)}"
        if late or gate.names_secret(doc.title):
            source = f"a recap of episode {episode}"
        else:
            source = truncate(" ".join(doc.title.split()), 300)
        text = f"Source: {source}{counter}"
        embed.set_footer(text=with_notice(text, gate, hidden=hid) if number == 1 else footer(text))
        pages.append(Page(embeds=(embed,)))
    return Rendered(books=(tuple(pages),), hidden=hid)
