"""/recap: an episode's recaps, paged, never split inside a spoiler."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from bot.models import (
    Document,
    Section,
)
from bot.render.common import TEXT_PAGE_LIMIT, footer, new_embed, plain_title
from bot.render.limits import Page
from bot.spoilers import Gate, gated, truncate

log = logging.getLogger(__name__)


def recap_pages(
    anime_title: str,
    episode: int,
    episode_title: str | None,
    recaps: Sequence[tuple[Document, Section]],
    *,
    gate: Gate,
) -> list[Page]:
    """The recap(s) of one episode, paged; every word inside a spoiler span unless the gate
    reveals recaps."""
    heading = f"Recap — {' '.join(anime_title.split())} episode {episode}"
    if episode_title and episode_title.strip():
        heading += f": {' '.join(episode_title.split())}"
    title = plain_title(heading)

    bodies: list[tuple[Document, str]] = []
    for doc, section in recaps:
        hide = gate.hides(spoiler=section.spoiler, about_episode=section.about_episode, recap=True)
        bodies.extend((doc, body) for body in gated(section.text, hide, TEXT_PAGE_LIMIT))
    if not bodies:
        embed = new_embed()
        embed.title = title
        embed.description = "This recap has no text."
        return [Page(embeds=(embed,))]

    pages: list[Page] = []
    for number, (doc, body) in enumerate(bodies, start=1):
        embed = new_embed()
        embed.title = title
        embed.description = body
        counter = f" · page {number} of {len(bodies)}"
        source = truncate(" ".join(doc.title.split()), 300)
        embed.set_footer(text=footer(f"Source: {source}{counter}"))
        pages.append(Page(embeds=(embed,)))
    return pages
