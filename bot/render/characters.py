"""/character: the character card."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import discord

from bot.models import (
    Character,
    DocumentKind,
    Mention,
    SectionKind,
)
from bot.render.common import (
    ALIAS_LIMIT,
    FACT_LIMIT,
    QUOTE_LIMIT,
    QUOTES_NAME,
    SPOILER_HINT,
    fit,
    new_embed,
    pack_list,
    plain_title,
    revealed_hidden,
)
from bot.render.limits import EMBED_TOTAL_LIMIT, FIELD_VALUE_LIMIT, FIELDS_LIMIT
from bot.spoilers import Gate, fit_plain

log = logging.getLogger(__name__)


def _quote_entry(mention: Mention, gate: Gate) -> str:
    hide = gate.hides(
        spoiler=mention.spoiler,
        about_episode=mention.about_episode,
        recap=mention.section_kind is SectionKind.RECAP
        or mention.document_kind is DocumentKind.RECAP,
    )
    body = fit(mention.sentence, QUOTE_LIMIT, hidden=hide)
    if not body:
        return ""
    source = fit_plain(mention.document_title, 150)
    if mention.episode is not None:
        source += f", episode {mention.episode}"
    line = f"“{body}”\n— {source}"
    note = gate.note(mention.about_episode) if hide else None
    if note:
        line += f" · *{note}*"
    return line


def character_card(ch: Character, mentions: Sequence[Mention], *, gate: Gate) -> discord.Embed:
    """Who a character is, and what reviewers said about them; revealed details stay hidden."""
    embed = new_embed()
    embed.title = plain_title(ch.name)

    lines: list[str] = []
    if ch.description and ch.description.strip():
        lines.append(fit_plain(ch.description, 1000))
    facts: list[str] = []
    for fact in ch.facts:
        hide = revealed_hidden(gate, fact.revealed_in)
        text = fit(fact.text, FACT_LIMIT, hidden=hide)
        if text:
            facts.append(f"• {text}")
    if facts:
        lines.append(pack_list(facts, 2000 - sum(len(x) + 2 for x in lines), sep="\n"))
    if lines:
        embed.description = "\n\n".join(lines)

    aliases: list[str] = []
    for alias in ch.aliases:
        hide = revealed_hidden(gate, alias.revealed_in)
        text = fit(alias.name, ALIAS_LIMIT, hidden=hide)
        if text:
            aliases.append(text)
    if aliases:
        embed.add_field(name="Aliases", value=pack_list(aliases, FIELD_VALUE_LIMIT), inline=False)
    if ch.voice_actor and ch.voice_actor.strip():
        embed.add_field(name="Voice actor", value=fit_plain(ch.voice_actor, 200), inline=True)
    if ch.first_episode is not None:
        embed.add_field(name="First episode", value=f"Episode {ch.first_episode}", inline=True)
    if ch.anime_title.strip():
        embed.add_field(name="Anime", value=fit_plain(ch.anime_title, 200), inline=True)

    entries = [e for e in (_quote_entry(m, gate) for m in mentions) if e]
    if not entries:
        entries = ["No reviewer has mentioned them yet."]
    embed.set_footer(text=SPOILER_HINT)
    room = EMBED_TOTAL_LIMIT - len(embed)
    packed = _pack_fields(
        entries, QUOTES_NAME, f"{QUOTES_NAME} (more)", room, FIELDS_LIMIT - len(embed.fields)
    )
    for name, value in packed:
        embed.add_field(name=name, value=value, inline=False)
    return embed


def _pack_fields(
    entries: Sequence[str], name: str, more_name: str, room: int, max_fields: int
) -> list[tuple[str, str]]:
    """Whole entries packed into fields of at most 1024 chars, within ``room`` chars in all
    (names included) and ``max_fields`` fields. Entries that do not fit are dropped, never cut."""
    fields: list[tuple[str, str]] = []
    for entry in entries:
        if len(entry) > FIELD_VALUE_LIMIT:
            continue
        if fields and len(fields[-1][1]) + 2 + len(entry) <= FIELD_VALUE_LIMIT:
            cost = 2 + len(entry)
            if cost > room:
                break
            fields[-1] = (fields[-1][0], fields[-1][1] + "\n\n" + entry)
        else:
            field_name = more_name if fields else name
            cost = len(field_name) + len(entry)
            if len(fields) >= max_fields or cost > room:
                break
            fields.append((field_name, entry))
        room -= cost
    return fields
