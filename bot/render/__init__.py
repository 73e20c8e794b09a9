"""Pure builders: turn models into Discord pages and embeds that always fit Discord's limits.

One module per command family (`reviews`, `characters`, `recaps`, `search`, `scores`,
`messages`), over `limits` (Discord's limits, `Page`, `limit_violations`) and `common`
(fitting and packing).
Nothing here does I/O. Every piece of document- or user-sourced text goes through
:func:`bot.spoilers.escape` (directly or via the fit helpers) before it lands in a markdown
field (content, title, description, field names and values). Footer text is plain text for
Discord (it renders no markdown, no mentions), so it is only truncated, never escaped: escaping it
would print the backslashes. Spoilers are only ever built by :mod:`bot.spoilers`.
"""

from bot.render.characters import character_card
from bot.render.common import TEXT_PAGE_LIMIT
from bot.render.limits import CONTENT_LIMIT, Page, Rendered, limit_violations
from bot.render.messages import anime_list_message, did_you_mean, episodes_with, help_embed
from bot.render.recaps import recap_pages
from bot.render.reviews import review_book
from bot.render.scores import CHART_FILENAME, scores_rendered
from bot.render.search import search_embed

__all__ = [
    "CHART_FILENAME",
    "CONTENT_LIMIT",
    "TEXT_PAGE_LIMIT",
    "Page",
    "Rendered",
    "anime_list_message",
    "character_card",
    "did_you_mean",
    "episodes_with",
    "help_embed",
    "limit_violations",
    "recap_pages",
    "review_book",
    "scores_rendered",
    "search_embed",
]
