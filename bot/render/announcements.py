"""Announcements of new reviews from feeds: one public message per server per poll (a few
reviews each), gated like every public message by the server's default progress."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from bot.models import Document
from bot.render.common import fit, verdict_of
from bot.render.limits import CONTENT_LIMIT, valid_url
from bot.spoilers import Gate, escape, fit_plain, truncate

log = logging.getLogger(__name__)

MAX_PER_MESSAGE = 5  # one "Read it" button each, and room for each line in 2000 characters
_LINE_LIMIT = CONTENT_LIMIT // MAX_PER_MESSAGE - 10
READ_IT = "feeds:read:{document_id}"


@dataclass(frozen=True, slots=True)
class Announced:
    document: Document
    site: str | None  # the feed's title


def _score(doc: Document) -> str | None:
    if doc.score is None:
        return None
    return fit_plain(" ".join(doc.score.raw.split()), 40)


def announcement_line(item: Announced, gate: Gate) -> tuple[str, bool]:
    """One review's lines: what, where, the title (wrapped beyond `gate`), the score, the link
    (wrapped with the title: an address often carries it), and the verdict (wrapped as usual).
    Returns the text and whether anything was wrapped."""
    doc = item.document
    hidden = gate.beyond(doc.episode) or gate.names_secret(doc.title)
    what = f"episode {doc.episode}" if doc.episode is not None else "the season"
    site = fit_plain(" ".join((item.site or "a followed site").split()), 80)
    title = fit(" ".join(doc.title.split()), 150, hidden=hidden)
    parts = [f"New review of **{escape(doc.anime_title)}** {what} — {site}: {title}"]
    score = _score(doc)
    if score:
        parts.append(f"Score: {score}")
    url = doc.url.strip() if doc.url else ""
    if url and valid_url(url) and "|" not in url and len(url) <= 300:
        parts.append(f"||<{url}>||" if hidden else f"<{url}>")
    text = " · ".join(parts)
    found = verdict_of(doc)  # worked out at ingest
    if found is not None:
        said, section = found
        wrap = gate.hides(about_episode=section.about_episode, text=said)
        hidden |= wrap
        budget = _LINE_LIMIT - len(text) - 3
        if budget > 20:
            text += "\n> " + fit(said, min(budget, 250), hidden=wrap)
    return truncate(text, _LINE_LIMIT), hidden


def announcement(items: Sequence[Announced], gates: Sequence[Gate]) -> tuple[str, bool]:
    """The message of up to MAX_PER_MESSAGE reviews, each gated by its own anime's gate."""
    if not 1 <= len(items) <= MAX_PER_MESSAGE or len(gates) != len(items):
        raise ValueError("an announcement holds 1 to 5 reviews, one gate each")
    lines: list[str] = []
    hid = False
    for number, (item, gate) in enumerate(zip(items, gates, strict=True), start=1):
        text, hidden = announcement_line(item, gate)
        hid |= hidden
        lines.append(f"{number}. {text}" if len(items) > 1 else text)
    return "\n".join(lines), hid
