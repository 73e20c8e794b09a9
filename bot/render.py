"""Pure builders: turn models into Discord pages and embeds that always fit Discord's limits.

Nothing here does I/O. Every piece of document- or user-sourced text goes through
:func:`bot.spoilers.escape` (directly or via the page/fit helpers) before it lands in a markdown
field (content, title, description, field names and values). Footer text is plain text for
Discord (it renders no markdown, no mentions), so it is only truncated, never escaped: escaping it
would print the backslashes. Spoilers are only ever built by :mod:`bot.spoilers`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import discord

from bot.models import (
    Anime,
    Character,
    Document,
    DocumentKind,
    Mention,
    SearchHit,
    Section,
    SectionKind,
)
from bot.spoilers import Gate, fit_plain, fit_spoiler, gated, truncate

log = logging.getLogger(__name__)

__all__ = [
    "CONTENT_LIMIT",
    "TEXT_PAGE_LIMIT",
    "Page",
    "anime_list_message",
    "character_card",
    "did_you_mean",
    "episodes_with",
    "help_embed",
    "limit_violations",
    "opening_excerpt",
    "recap_pages",
    "review_book",
    "search_embed",
    "verdict",
]

# ----------------------------------------------------------------------------- Discord's limits

CONTENT_LIMIT = 2000
EMBEDS_LIMIT = 10
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELDS_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
AUTHOR_LIMIT = 256
EMBED_TOTAL_LIMIT = 6000
URL_LIMIT = 2048

# A page of running text: well under the 4096 limit so it reads comfortably on a phone.
TEXT_PAGE_LIMIT = 1800
OPENING_LIMIT = 300
QUOTE_LIMIT = 500  # one reviewer quote, before wrapping
ALIAS_LIMIT = 100
FACT_LIMIT = 300
SNIPPET_LIMIT = 300
MAX_SUGGESTIONS = 3
MAX_LISTED_ANIME = 25
ANIME_LIST_LIMIT = 1500  # leaves room for a sentence before it in a 2000-char message
MAX_EPISODE_PARTS = 40
QUOTES_NAME = "What reviewers said"

COLOUR = discord.Colour(0xB3202A)  # rouge
EMPTY_VALUE = "—"
SPOILER_HINT = "Spoilers are hidden behind black bars — click one to reveal it."

# An embed url Discord accepts: http(s), a plain host, no whitespace or angle brackets.
_EMBED_URL = re.compile(r"https?://[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#][^\s<>\"]*)?")
_PARAGRAPH_SPLIT = re.compile(r"\n[^\S\n]*\n\s*")
# Closing cues at the start of a paragraph ("Overall, ...", "So in the final assessment, ...").
_OPENING_CUE = re.compile(
    r"\W*+(?:(?:so|and|but|well|anyway|ultimately)[\s,]+)?"
    r"(?:overall|in the final assessment|in conclusion|for now|all in all|to conclude|"
    r"in the end|in summary|to sum up|verdict|final thoughts)\b",
    re.IGNORECASE,
)
_ANY_CUE = re.compile(
    r"\b(?:overall|in the final assessment|in conclusion|for now|all in all|verdict)\b",
    re.IGNORECASE,
)
_CUE_WORDS = ("overall", "final assessment", "conclusion", "for now", "all in all", "verdict")


def _may_score(paragraph: str) -> bool:
    return "/" in paragraph or "out of" in paragraph.lower()


# "70 out of 100", "7/10", "3.5 / 5"
_SCORE = re.compile(r"\b\d{1,3}(?:[.,]\d++)?\s*+(?:/|out of)\s*+(?:5|10|100)\b", re.IGNORECASE)
# The end of a sentence: terminal punctuation, closing quotes/brackets, then whitespace or the end.
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?=\s|\Z)")
_ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "st", "vs", "ep", "eg", "ie", "no", "vol"})


# ----------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class Page:
    """One message's worth of output: optional content and up to ten embeds."""

    content: str | None = None
    embeds: tuple[discord.Embed, ...] = ()

    def kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``send_message`` / ``edit_message`` / ``Message.edit``.

        Both keys are always present, so editing to this page also clears what the previous
        page had (``content=None`` removes text, ``embeds=[]`` removes embeds).
        """
        return {"content": self.content, "embeds": list(self.embeds)}


def _embed_problems(embed: discord.Embed, where: str) -> tuple[list[str], int]:
    problems: list[str] = []
    total = 0

    def check(name: str, value: str | None, limit: int, *, required: bool = False) -> None:
        nonlocal total
        if value is None:
            if required:
                problems.append(f"{where}: {name} is missing")
            return
        total += len(value)
        if len(value) > limit:
            problems.append(f"{where}: {name} has {len(value)} chars (limit {limit})")
        if required and not value.strip():
            problems.append(f"{where}: {name} is empty")

    check("title", embed.title, TITLE_LIMIT)
    check("description", embed.description, DESCRIPTION_LIMIT)
    fields = embed.fields
    if len(fields) > FIELDS_LIMIT:
        problems.append(f"{where}: {len(fields)} fields (limit {FIELDS_LIMIT})")
    for i, field in enumerate(fields):
        check(f"field {i} name", field.name, FIELD_NAME_LIMIT, required=True)
        check(f"field {i} value", field.value, FIELD_VALUE_LIMIT, required=True)
    check("footer", embed.footer.text, FOOTER_LIMIT)
    check("author name", embed.author.name, AUTHOR_LIMIT)
    if embed.url is not None and not _valid_url(embed.url):
        problems.append(f"{where}: url {embed.url[:80]!r} is not a well-formed http(s) URL")
    if not (embed.title or embed.description or fields or embed.footer.text or embed.author.name):
        problems.append(f"{where}: the embed is empty")
    return problems, total


def _valid_url(url: str) -> bool:
    return len(url) <= URL_LIMIT and _EMBED_URL.fullmatch(url) is not None


def limit_violations(page: Page) -> list[str]:
    """Every way ``page`` breaks one of Discord's message/embed limits (empty list = sendable)."""
    problems: list[str] = []
    if page.content is not None and len(page.content) > CONTENT_LIMIT:
        problems.append(f"content has {len(page.content)} chars (limit {CONTENT_LIMIT})")
    if len(page.embeds) > EMBEDS_LIMIT:
        problems.append(f"{len(page.embeds)} embeds (limit {EMBEDS_LIMIT})")
    if not page.embeds and not (page.content and page.content.strip()):
        problems.append("the message is empty")
    total = 0
    for i, embed in enumerate(page.embeds):
        found, size = _embed_problems(embed, f"embed {i}")
        problems.extend(found)
        total += size
    if total > EMBED_TOTAL_LIMIT:
        problems.append(f"embeds hold {total} chars in all (limit {EMBED_TOTAL_LIMIT})")
    return problems


# ----------------------------------------------------------------------------- text helpers


def _paragraphs(text: str) -> list[str]:
    """Raw paragraphs (not normalised: callers normalise only what they keep)."""
    return [p for p in _PARAGRAPH_SPLIT.split(text) if p and not p.isspace()]


def _flat(text: str) -> str:
    return " ".join(text.split())


def verdict(text: str) -> str:
    """The reviewer's closing assessment (whitespace-normalised, unescaped).

    The last paragraph that opens with a closing cue ("Overall", "So in the final assessment",
    "For now", "In conclusion", "All in all", ...) or gives a score ("70 out of 100", "7/10");
    failing that, the last paragraph with a cue anywhere; failing that, the last paragraph.
    """
    paragraphs = _paragraphs(text)
    if not paragraphs:
        return ""
    # Cheap substring tests first: the regexes then run only where they can match.
    for paragraph in reversed(paragraphs):
        if _OPENING_CUE.match(paragraph) or (_may_score(paragraph) and _SCORE.search(paragraph)):
            return _flat(paragraph)
    for paragraph in reversed(paragraphs):
        lowered = paragraph.lower()
        if any(cue in lowered for cue in _CUE_WORDS) and _ANY_CUE.search(paragraph):
            return _flat(paragraph)
    return _flat(paragraphs[-1])


def _sentence_ends(text: str) -> Iterable[int]:
    for m in _SENTENCE_END.finditer(text):
        word = text[: m.start()].rsplit(None, 1)[-1:] if m.group()[0] == "." else []
        if word and word[0].lower().replace(".", "") in _ABBREVIATIONS:
            continue
        yield m.end()


def opening_excerpt(text: str, limit: int = OPENING_LIMIT) -> str:
    """The first whole sentences of ``text`` that fit in ``limit`` chars (unescaped).

    When even the first sentence is longer, it is truncated at a word boundary with "…".
    """
    # only the start matters: normalise a prefix long enough for `limit` chars of text
    head = text[: 4 * limit + 64]
    flat = _flat(head)
    if len(flat) <= limit and len(head) < len(text):
        flat = _flat(text)
    if len(flat) <= limit:
        return flat
    best = 0
    for end in _sentence_ends(flat[: limit + 1]):
        if end <= limit:
            best = end
    if best:
        return flat[:best]
    return truncate(flat, limit)


def _join_and(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _episode_ranges(episodes: Iterable[int]) -> list[str]:
    numbers = sorted(set(episodes))
    parts: list[str] = []
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"{numbers[i]}–{numbers[j]}")
        else:
            parts.extend(str(n) for n in numbers[i : j + 1])
        i = j + 1
    return parts


def _footer(text: str) -> str:
    """Footer text is plain for Discord: normalise whitespace and truncate, never escape."""
    return truncate(" ".join(text.split()), FOOTER_LIMIT)


def _plain_title(text: str) -> str:
    return fit_plain(" ".join(text.split()), TITLE_LIMIT) or EMPTY_VALUE


def _fit(text: str, limit: int, *, hidden: bool) -> str:
    """``text`` escaped and truncated to ``limit``; one whole spoiler span when ``hidden``."""
    return fit_spoiler(text, limit) if hidden else fit_plain(text, limit)


def _field_value(text: str, *, hidden: bool, note: str | None = None) -> str:
    """One field value: ``text`` escaped (or one whole spoiler span), truncated first."""
    prefix = f"*{note}*\n" if hidden and note else ""
    body = _fit(text, FIELD_VALUE_LIMIT - len(prefix), hidden=hidden)
    return (prefix + body) if body else EMPTY_VALUE


def _revealed_hidden(gate: Gate, revealed_in: int | None) -> bool:
    """A catalog alias/fact revealed in an episode: hidden past the reader's progress."""
    return revealed_in is not None and gate.hides(
        spoiler=True, about_episode=revealed_in, recap=False
    )


def _embed() -> discord.Embed:
    return discord.Embed(colour=COLOUR)


# ----------------------------------------------------------------------------- /review


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
            if text in _flat(section.text):
                return text, section
    return text, sections[-1]


def review_book(doc: Document, *, index: int, total: int, gate: Gate) -> list[Page]:
    """One document as pages: a summary card, then the review's full text.

    Only review sections are shown (a recap section belongs to /recap). A section the gate hides
    is shown only as whole spoiler spans, with the gate's note when there is one.
    """
    reviews = [s for s in doc.sections if s.kind is SectionKind.REVIEW]
    title = _plain_title(doc.title)
    url = doc.url.strip() if doc.url else None
    if url is not None and not _valid_url(url):
        url = None

    def hidden(section: Section) -> bool:
        return gate.hides(spoiler=section.spoiler, about_episode=section.about_episode, recap=False)

    summary = _embed()
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
            value=_field_value(text, hidden=hidden(section), note=gate.note(section.about_episode)),
            inline=False,
        )
    if reviews:
        first = reviews[0]
        summary.add_field(
            name="Opening",
            value=_field_value(
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
        embed = _embed()
        embed.title = title
        embed.url = url
        embed.description = body
        embed.set_footer(text=f"{prefix}page {number} of {count}")
        pages.append(Page(embeds=(embed,)))
    return pages


# ----------------------------------------------------------------------------- /character


def _pack_list(items: Sequence[str], limit: int, sep: str = ", ", unlisted: int = 0) -> str:
    """Join whole items within ``limit`` chars, ending with "and N more" when some do not fit
    (``unlisted`` more items exist beyond ``items``)."""
    count = len(items) + unlisted
    out: list[str] = []
    size = 0
    for i, item in enumerate(items):
        extra = len(item) + (len(sep) if out else 0)
        rest = count - i - 1
        reserve = len(f"{sep}and {rest} more") if rest else 0
        if size + extra + reserve > limit:
            more = f"and {count - i} more"
            return (sep.join(out) + sep + more) if out else more
        out.append(item)
        size += extra
    if unlisted:
        return (sep.join(out) + sep if out else "") + f"and {unlisted} more"
    return sep.join(out)


def _quote_entry(mention: Mention, gate: Gate) -> str:
    hide = gate.hides(
        spoiler=mention.spoiler,
        about_episode=mention.about_episode,
        recap=mention.section_kind is SectionKind.RECAP
        or mention.document_kind is DocumentKind.RECAP,
    )
    body = _fit(mention.sentence, QUOTE_LIMIT, hidden=hide)
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
    embed = _embed()
    embed.title = _plain_title(ch.name)

    lines: list[str] = []
    if ch.description and ch.description.strip():
        lines.append(fit_plain(ch.description, 1000))
    facts: list[str] = []
    for fact in ch.facts:
        hide = _revealed_hidden(gate, fact.revealed_in)
        text = _fit(fact.text, FACT_LIMIT, hidden=hide)
        if text:
            facts.append(f"• {text}")
    if facts:
        lines.append(_pack_list(facts, 2000 - sum(len(x) + 2 for x in lines), sep="\n"))
    if lines:
        embed.description = "\n\n".join(lines)

    aliases: list[str] = []
    for alias in ch.aliases:
        hide = _revealed_hidden(gate, alias.revealed_in)
        text = _fit(alias.name, ALIAS_LIMIT, hidden=hide)
        if text:
            aliases.append(text)
    if aliases:
        embed.add_field(name="Aliases", value=_pack_list(aliases, FIELD_VALUE_LIMIT), inline=False)
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


# ----------------------------------------------------------------------------- /recap


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
    title = _plain_title(heading)

    bodies: list[tuple[Document, str]] = []
    for doc, section in recaps:
        hide = gate.hides(spoiler=section.spoiler, about_episode=section.about_episode, recap=True)
        bodies.extend((doc, body) for body in gated(section.text, hide, TEXT_PAGE_LIMIT))
    if not bodies:
        embed = _embed()
        embed.title = title
        embed.description = "This recap has no text."
        return [Page(embeds=(embed,))]

    pages: list[Page] = []
    for number, (doc, body) in enumerate(bodies, start=1):
        embed = _embed()
        embed.title = title
        embed.description = body
        counter = f" · page {number} of {len(bodies)}"
        source = truncate(" ".join(doc.title.split()), 300)
        embed.set_footer(text=_footer(f"Source: {source}{counter}"))
        pages.append(Page(embeds=(embed,)))
    return pages


# ----------------------------------------------------------------------------- /search


def search_embed(query: str, hits: Sequence[SearchHit], *, gate: Gate) -> discord.Embed:
    """Search results: one field per hit, the snippet hidden when its section is gated."""
    embed = _embed()
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
        snippet = _fit(hit.snippet, SNIPPET_LIMIT, hidden=hide)
        value = head + (snippet or EMPTY_VALUE)
        if len(name) + len(value) > room:
            break
        room -= len(name) + len(value)
        embed.add_field(name=name, value=value, inline=False)
    embed.set_footer(text=SPOILER_HINT)
    return embed


# ----------------------------------------------------------------------------- small messages


def help_embed(commands: Sequence[tuple[str, str]]) -> discord.Embed:
    """One field per (usage, description) pair."""
    embed = _embed()
    embed.title = "Commands"
    embed.description = "Look up what reviewers said about an anime, without spoiling it."
    room = EMBED_TOTAL_LIMIT - len(embed) - len(SPOILER_HINT) - 50
    for usage, description in commands:
        if len(embed.fields) >= FIELDS_LIMIT:
            break
        name = fit_plain(usage, FIELD_NAME_LIMIT) or EMPTY_VALUE
        value = fit_plain(description, FIELD_VALUE_LIMIT) or EMPTY_VALUE
        if len(name) + len(value) > room:
            break
        room -= len(name) + len(value)
        embed.add_field(name=name, value=value, inline=False)
    embed.set_footer(text=SPOILER_HINT)
    return embed


def anime_list_message(animes: Sequence[Anime]) -> str:
    """Which anime are stored, for "pick one with anime:" replies (fits a message easily)."""
    if not animes:
        return "No anime are stored yet."
    titles = [f"**{fit_plain(a.title, 100) or EMPTY_VALUE}**" for a in animes[:MAX_LISTED_ANIME]]
    unlisted = len(animes) - len(titles)
    listed = _join_and(titles)
    if unlisted or len(listed) > ANIME_LIST_LIMIT:
        listed = _pack_list(titles, ANIME_LIST_LIMIT, unlisted=unlisted)
    if len(animes) == 1:
        return f"I know {listed}."
    return f"I know {listed}. Pick one with `anime:`."


def did_you_mean(query: str, suggestions: Sequence[str]) -> str:
    """ "I couldn't find X. Did you mean A, B or C?" (query and suggestions escaped)."""
    shown = fit_plain(" ".join(query.split()), 100) or EMPTY_VALUE
    head = f"I couldn't find **{shown}**."
    names = [f"**{fit_plain(s, 100)}**" for s in suggestions if s.strip()][:MAX_SUGGESTIONS]
    if not names:
        return head + " Check the spelling, or try `/search`."
    last = " or " + names[-1] if len(names) > 1 else names[-1]
    return f"{head} Did you mean {', '.join(names[:-1])}{last}?"


def episodes_with(kind_label: str, episodes: Sequence[int]) -> str:
    """ "Recaps exist for episodes 1–3 and 5." / "No recaps stored yet." """
    label = " ".join(kind_label.split()) or "Entries"
    parts = _episode_ranges(episodes)
    if len(parts) > MAX_EPISODE_PARTS:
        parts = [*parts[: MAX_EPISODE_PARTS - 1], f"{len(parts) - MAX_EPISODE_PARTS + 1} more"]
    if not parts:
        return f"No {label[0].lower()}{label[1:]} stored yet."
    single = len(parts) == 1 and "–" not in parts[0]
    noun = "episode" if single else "episodes"
    return f"{label} exist for {noun} {_join_and(parts)}."
