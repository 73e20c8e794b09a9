"""Discord's message and embed limits, the `Page` every builder returns, and the check
that a page is sendable (`limit_violations`, used by tests and the sandbox alike)."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import discord

log = logging.getLogger(__name__)


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
_EMBED_URL = re.compile(r"https?://[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#][^\s<>\"]*)?")


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


@dataclass(frozen=True)
class Rendered:
    """An answer: its books of pages (one book per document, each a list of pages), and
    whether the gate hid anything in it (so no caller ever re-scans the markdown)."""

    books: tuple[tuple[Page, ...], ...]
    hidden: bool

    @classmethod
    def one(cls, page: Page, *, hidden: bool) -> Rendered:
        return cls(books=((page,),), hidden=hidden)

    @classmethod
    def join(cls, parts: Sequence[Rendered]) -> Rendered:
        """Several answers as one: their books in order, hidden when any of them hid."""
        return cls(
            books=tuple(book for part in parts for book in part.books),
            hidden=any(part.hidden for part in parts),
        )

    @property
    def pages(self) -> list[Page]:
        return [page for book in self.books for page in book]


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
    if embed.url is not None and not valid_url(embed.url):
        problems.append(f"{where}: url {embed.url[:80]!r} is not a well-formed http(s) URL")
    if not (embed.title or embed.description or fields or embed.footer.text or embed.author.name):
        problems.append(f"{where}: the embed is empty")
    return problems, total


def valid_url(url: str) -> bool:
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
