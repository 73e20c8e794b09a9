"""/search: one field per hit."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import discord

from bot.models import (
    SearchHit,
    SectionKind,
)
from bot.render.common import EMPTY_VALUE, SNIPPET_LIMIT, SPOILER_HINT, fit, new_embed
from bot.render.limits import EMBED_TOTAL_LIMIT, FIELD_NAME_LIMIT, FIELDS_LIMIT
from bot.spoilers import Gate, fit_plain

log = logging.getLogger(__name__)


def search_embed(query: str, hits: Sequence[SearchHit], *, gate: Gate) -> discord.Embed:
    """Search results: one field per hit, the snippet hidden when its section is gated."""
    embed = new_embed()
    shown = fit_plain(" ".join(query.split()), 200) or EMPTY_VALUE
    embed.title = f"Search: {shown}"
    if not hits:
        embed.description = (
            f"Sorry, nothing stored matches **{shown}**. Try fewer words, or another spelling."
        )
        return embed
    room = EMBED_TOTAL_LIMIT - len(embed) - 200
    for hit in hits:
        if len(embed.fields) >= FIELDS_LIMIT:
            break
        raw_name = " ".join(hit.document_title.split())
        if hit.episode is not None:
            raw_name += f" — episode {hit.episode}"
        name = fit_plain(raw_name, FIELD_NAME_LIMIT) or EMPTY_VALUE
        is_recap = hit.kind is SectionKind.RECAP
        hide = gate.hides(spoiler=hit.spoiler, about_episode=hit.about_episode, recap=is_recap)
        label = "*Recap*" if is_recap else "*Review*"
        note = gate.note(hit.about_episode) if hide else None
        head = f"{label} · *{note}*\n" if note else f"{label}\n"
        snippet = fit(hit.snippet, SNIPPET_LIMIT, hidden=hide)
        value = head + (snippet or EMPTY_VALUE)
        if len(name) + len(value) > room:
            break
        room -= len(name) + len(value)
        embed.add_field(name=name, value=value, inline=False)
    embed.set_footer(text=SPOILER_HINT)
    return embed
