"""HTML -> the article's main text and its metadata, with trafilatura. Pure and offline.

Only the article is kept: navigation, sidebars, "popular posts", comments and reply forms,
newsletter blurbs, footers and scripts stay out. The text has one paragraph per block, with
a blank line between blocks (the ingest pipeline splits on blank lines); headings are blocks
of their own; a list is one block with one "- item" line per item; a table is one block with
one "cell | cell" line per row.

trafilatura's extraction never touches the network (its downloader is a separate function we
do not call); dates are looked for in the markup only and against a fixed upper bound, so the
same HTML always gives the same result.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from lxml.etree import _Element

log = logging.getLogger(__name__)

# htmldate's settings: metadata and markup only (no guessing from free text such as a
# comment's "posted 3 days ago"), the original publication date rather than an update, and a
# fixed latest date instead of "today" so that results do not depend on when we run.
_DATE_PARAMS: dict[str, Any] = {
    "original_date": True,
    "extensive_search": False,
    "max_date": "2100-12-31",
}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class ExtractError(Exception):
    """No article could be found in the page; the message is the reason."""


@dataclass(frozen=True, slots=True)
class Article:
    text: str  # paragraphs separated by one blank line
    title: str | None
    author: str | None
    date: str | None  # ISO 8601 date (YYYY-MM-DD)
    sitename: str | None
    url: str | None  # the canonical URL when the page declares one on its own site, else `url`


def extract_article(html: str | bytes, *, url: str | None = None) -> Article:
    """The article in `html` (fetched from `url`, when it was). Raises ExtractError."""
    document = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=True,  # when unsure, leave it out: chrome must not reach the store
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        with_metadata=True,
        date_extraction_params=dict(_DATE_PARAMS),
    )
    if document is None or isinstance(document, dict):
        raise ExtractError("no article text found in the page")
    body = document.body
    text = "\n\n".join(_blocks(body)) if body is not None else ""
    if not text.strip():
        raise ExtractError("no article text found in the page")
    return Article(
        text=text,
        title=_clean(document.title),
        author=_clean(document.author),
        date=_iso_date(document.date),
        sitename=_clean(document.sitename),
        url=_canonical(document.url, url),
    )


def _blocks(body: _Element) -> list[str]:
    blocks: list[str] = []
    for element in body:
        tag = element.tag
        if tag == "list":
            items = [_inline(item) for item in element.iter("item")]
            block = "\n".join(f"- {item}" for item in items if item)
        elif tag == "table":
            rows = []
            for row in element.iter("row"):
                cells = [_inline(cell) for cell in row.iter("cell")]
                if any(cells):
                    rows.append(" | ".join(cells))
            block = "\n".join(rows)
        else:
            block = _text(element)
        if block:
            blocks.append(block)
    return blocks


def _text(element: _Element) -> str:
    """The element's text; <lb/> line breaks kept, other whitespace collapsed."""
    parts: list[str] = []

    def walk(node: _Element) -> None:
        if node.tag == "lb":
            parts.append("\n")
        elif node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _inline(element: _Element) -> str:
    return " ".join(_text(element).split())


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(value.split())
    return cleaned or None


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def _canonical(declared: str | None, fetched: str | None) -> str | None:
    """The page's canonical URL, trusted only on the site it was fetched from: a page must
    not be able to claim another site's address (and so replace that site's document)."""
    if not declared or urlsplit(declared).scheme not in ("http", "https"):
        return fetched
    if fetched is not None and _host(declared) != _host(fetched):
        log.info("ignored canonical URL %s of a page fetched from %s", declared, fetched)
        return fetched
    return declared
