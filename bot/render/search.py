"""/search: one field per hit."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from bot.models import (
    SearchHit,
    SectionKind,
)
from bot.render.common import EMPTY_VALUE, SNIPPET_LIMIT, fit, new_embed, with_notice
from bot.render.limits import EMBED_TOTAL_LIMIT, FIELD_NAME_LIMIT, FIELDS_LIMIT, Page, Rendered
from bot.spoilers import Gate, fit_plain

log = logging.getLogger(__name__)

FOOTER_ROOM = 400  # kept free for the gate's notice


def search_embed(query: str, hits: Sequence[SearchHit], *, gate: Gate) -> Rendered:
    """Search results: one field per hit, the snippet hidden when its section is gated. A hit
    whose document is about an episode beyond the readers gets a neutral field name (names
    cannot hold spoilers) and its title, wrapped, in the value."""
    embed = new_embed()
    shown = fit_plain(" ".join(query.split()), 200) or EMPTY_VALUE
    embed.title = f"Search: {shown}"
    if not hits:
        embed.description = (
            f"Sorry, nothing stored matches **{shown}**. Try fewer words, or another spelling."
        )
        return Rendered.one(Page(embeds=(embed,)), hidden=False)
    room = EMBED_TOTAL_LIMIT - len(embed) - FOOTER_ROOM
    hid = False
    for hit in hits:
        if len(embed.fields) >= FIELDS_LIMIT:
            break
        is_recap = hit.kind is SectionKind.RECAP
        label = "Recap" if is_recap else "Review"
        about = hit.episode if hit.episode is not None else hit.about_episode
        title_hidden = gate.beyond(about) or gate.names_secret(hit.document_title)
        if title_hidden:
            where = f"episode {hit.episode}" if hit.episode is not None else "the season"
            name = f"{hit.anime_title} — a {label.lower()} of {where}"
            head = f"*{label}* · {fit(hit.document_title, 200, hidden=True)}\n"
        else:
            name = " ".join(hit.document_title.split())
            if hit.episode is not None:
                name += f" — episode {hit.episode}"
            head = f"*{label}*\n"
        name = fit_plain(name, FIELD_NAME_LIMIT) or EMPTY_VALUE
        hide = gate.hides(about_episode=hit.about_episode, recap=is_recap, text=hit.snippet)
        snippet = fit(hit.snippet, SNIPPET_LIMIT, hidden=hide)
        value = head + (snippet or EMPTY_VALUE)
        if len(name) + len(value) > room:
            break
        room -= len(name) + len(value)
        hid |= hide or title_hidden
        embed.add_field(name=name, value=value, inline=False)
    if hid:
        embed.set_footer(text=with_notice("", gate, hidden=True))
    return Rendered.one(Page(embeds=(embed,)), hidden=hid)
