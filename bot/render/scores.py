"""/scores: the table of critics' and this server's scores per episode, as pages of embeds.

The chart (bot.charts) is attached to the first page by the cog; this is its text form, every
number on the chart in words, for screen readers and for people who'd rather read. Episode
titles appear only when the caller passes them in ``visible_titles`` (those the audience has
watched); scores are not spoilers.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from bot.ratings import MIN_MEMBERS, POSITIVE_AT, ScoreBoard, score_pages
from bot.render.common import footer, new_embed, plain_title
from bot.render.limits import Page, Rendered

log = logging.getLogger(__name__)

__all__ = ["CHART_FILENAME", "scores_rendered"]

CHART_FILENAME = "scores.png"
HOW = (
    f"Critics: mean of reviewers' scores out of 100, % at or above {POSITIVE_AT:g}. "
    f"This server: members' ratings out of 10 (/rate), shown from {MIN_MEMBERS} ratings on."
)


def scores_rendered(
    anime_title: str,
    board: ScoreBoard,
    *,
    visible_titles: Mapping[int, str] | None = None,
    withheld: bool = False,
) -> Rendered:
    """The ``/scores`` table as one book of pages (one embed each), within Discord's limits.

    ``withheld``: some episode titles were left out for this audience (said in the footer,
    and marked hidden so no caller re-scans the text).
    """
    pages = score_pages(board, visible_titles=visible_titles)
    title = plain_title(f"Scores: {anime_title}")
    note = " Episode titles beyond this channel's progress are left out." if withheld else ""
    out: list[Page] = []
    for number, page in enumerate(pages, start=1):
        embed = new_embed()
        embed.title = title
        embed.description = page.description
        for name, value in page.fields:
            embed.add_field(name=name, value=value, inline=False)
        counter = f"Page {number} of {len(pages)} · " if len(pages) > 1 else ""
        embed.set_footer(text=footer(f"{counter}{HOW}{note}"))
        out.append(Page(embeds=(embed,)))
    return Rendered(books=(tuple(out),), hidden=withheld)
