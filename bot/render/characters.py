"""/character: the character card."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from bot.catalog import SPOILER_OPEN
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
    fit,
    new_embed,
    pack_list,
    plain_title,
    with_notice,
)
from bot.render.descriptions import markup_line, markup_text
from bot.render.limits import EMBED_TOTAL_LIMIT, FIELD_VALUE_LIMIT, FIELDS_LIMIT, Page, Rendered
from bot.spoilers import Gate, fit_plain

log = logging.getLogger(__name__)


def _quote_entry(mention: Mention, gate: Gate) -> tuple[str, bool]:
    """One quote and its source, and whether anything in it was hidden."""
    hide = gate.hides(
        about_episode=mention.about_episode,
        recap=mention.section_kind is SectionKind.RECAP
        or mention.document_kind is DocumentKind.RECAP,
        text=mention.sentence,
    )
    body = fit(mention.sentence, QUOTE_LIMIT, hidden=hide)
    if not body:
        return "", False
    title_hidden = gate.beyond(mention.episode) or gate.names_secret(mention.document_title)
    source = fit(mention.document_title, 150, hidden=title_hidden)
    if mention.episode is not None:
        source += f", episode {mention.episode}"
    return f"“{body}”\n— {source}", hide or title_hidden


def character_card(ch: Character, mentions: Sequence[Mention], *, gate: Gate) -> Rendered:
    """Who a character is, and what reviewers said about them; revealed details stay hidden.

    Facts and aliases revealed after the readers' progress, quotes about later episodes or
    naming a secret, and (when the character first appears after the readers' progress) the
    description and first episode are wrapped. A description's `~!…!~` spans stay wrapped until
    the readers have finished the show. The catalog's picture is the thumbnail only when
    nothing on the card is hidden: a card that hides anything (the character first appears
    beyond the readers, or an alias, fact, description span or quote is wrapped) has none.
    """
    embed = new_embed()
    embed.title = plain_title(ch.name)
    late = ch.first_episode is not None and gate.beyond(ch.first_episode)
    hid = False

    lines: list[str] = []
    markup = _markup(ch)
    if markup is not None:
        # spans stay wrapped until the readers have finished the show (see _finished)
        hide = late or gate.names_secret(ch.description or "")
        reveal = _finished(gate)
        hid |= hide or (not reveal and SPOILER_OPEN in markup)
        lines.append(
            fit(markup_text(markup), 1000, hidden=True)
            if hide
            else markup_line(markup, 1000, reveal=reveal)
        )
    elif ch.description and ch.description.strip():
        hide = late or gate.names_secret(ch.description)
        hid |= hide
        lines.append(fit(ch.description, 1000, hidden=hide))
    facts: list[str] = []
    for fact in ch.facts:
        hide = not gate.reveals(fact.revealed_in)
        hid |= hide
        text = fit(fact.text, FACT_LIMIT, hidden=hide)
        if text:
            facts.append(f"• {text}")
    if facts:
        lines.append(pack_list(facts, 2000 - sum(len(x) + 2 for x in lines), sep="\n"))
    if lines:
        embed.description = "\n\n".join(lines)

    aliases: list[str] = []
    for alias in ch.aliases:
        hide = not gate.reveals(alias.revealed_in)
        hid |= hide
        text = fit(alias.name, ALIAS_LIMIT, hidden=hide)
        if text:
            aliases.append(text)
    if aliases:
        embed.add_field(name="Aliases", value=pack_list(aliases, FIELD_VALUE_LIMIT), inline=False)
    if ch.voice_actor and ch.voice_actor.strip():
        embed.add_field(name="Voice actor", value=fit_plain(ch.voice_actor, 200), inline=True)
    if ch.first_episode is not None:
        hid |= late
        first = fit(f"Episode {ch.first_episode}", 50, hidden=late)
        embed.add_field(name="First episode", value=first, inline=True)
    if ch.anime_title.strip():
        embed.add_field(name="Anime", value=fit_plain(ch.anime_title, 200), inline=True)

    entries: list[str] = []
    for mention in mentions:
        entry, hide = _quote_entry(mention, gate)
        if entry:
            entries.append(entry)
            hid |= hide
    if not entries:
        entries = ["No reviewer has mentioned them yet."]
    if hid:
        embed.set_footer(text=with_notice("", gate, hidden=True))
    elif ch.image_url:  # a picture can give away what the card hides: only on an open card
        embed.set_thumbnail(url=ch.image_url)
    room = EMBED_TOTAL_LIMIT - len(embed)
    packed = _pack_fields(
        entries, QUOTES_NAME, f"{QUOTES_NAME} (more)", room, FIELDS_LIMIT - len(embed.fields)
    )
    for name, value in packed:
        embed.add_field(name=name, value=value, inline=False)
    return Rendered.one(Page(embeds=(embed,)), hidden=hid)


def _markup(ch: Character) -> str | None:
    """The description with its spoiler spans, when it has well-formed ones."""
    if not ch.description_markup or not ch.description_markup.strip():
        return None
    try:
        markup_text(ch.description_markup)
    except ValueError:
        log.warning("Character %d: malformed spoiler spans in its description", ch.id)
        return None
    return ch.description_markup


def _finished(gate: Gate) -> bool:
    """Whether the readers have watched the whole show (its episode count is known)."""
    return gate.last_episode is not None and gate.watched >= gate.last_episode


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
