"""A chat exporter's HTML page -> the text its plain-text export of the same chat holds.

DiscordChatExporter writes a channel (or a forum's post and its replies) as an HTML page: a
preamble naming the server and the channel, then the messages, grouped by author, each with
its author's name, its time and its content ("chatlog__author", "chatlog__timestamp",
"chatlog__content"). Text extraction reads such a page as one article: the messages' authors
and times go (so the replies run into the post, their scores and names with them), and so do
a post's lists. Read as the exporter's text export of the chat is read instead ("Guild: …" /
"Channel: …" over "[date time] author" headers, each over its message), the chat export rules
apply: the post is the longest message with its author's around it, the others are replies,
and its bold opening line is its headline. Pure: no I/O here.
"""

from __future__ import annotations

import logging
import re

from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

log = logging.getLogger(__name__)

__all__ = ["chat_export_text"]

# what the exporter's page holds, looked for (at C speed) before it is parsed
_MARKS = (b"chatlog__author", b"chatlog__content")
# the classes of the exporter's parts (one word of an element's class attribute each)
_AUTHOR = frozenset({"chatlog__author", "chatlog__author-name"})
_TIMESTAMP = "chatlog__timestamp"
# a message grouped under another's header: its time in the margin, the whole date in its title
_SHORT_TIMESTAMP = "chatlog__short-timestamp"
_CONTENT = "chatlog__content"
_EDITED = "chatlog__edited-timestamp"  # "(edited)" after a message's words
_PREAMBLE_ENTRY = "preamble__entry"
# the preamble's entries as the text export labels them: the server, the channel, its topic
_PREAMBLE_LABELS = ("Guild", "Channel")
_OTHER_LABEL = "Topic"
_RULE = "=" * 62  # the text export's rule above and under its header
_MIN_MESSAGES = 2
# a date the exporter writes with its weekday ("Thursday, January 11, 2024 5:42 PM"), which
# the text export's header does not
_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.IGNORECASE)
# the elements of a message's content that are blocks of their own, paragraphs apart
_BLOCKS = frozenset(
    {"p", "div", "blockquote", "pre", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table"}
)
_LISTS = frozenset({"ul", "ol"})
_BOLD = frozenset({"strong", "b"})
_BLANK_LINES = re.compile(r"\n{3,}")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def chat_export_text(data: bytes) -> str | None:
    """The text export of the chat a chat exporter's HTML page (`data`) holds: its preamble's
    entries as the header ("Guild: <Server>", "Channel: <Category> / <channel>", "Topic: …")
    between rules, then each message under its "[date time] author" header, its content's
    paragraphs apart, a list's items as "- item" lines and bold words as "**bold**" (as the
    exporter keeps a message's Markdown); a message grouped under another's has that one's
    author. None when `data` is no such page (fewer than _MIN_MESSAGES messages)."""
    if not all(mark in data for mark in _MARKS):
        return None
    try:
        tree = lxml_html.fromstring(data)
    except (ValueError, etree.ParserError):
        return None
    preamble: list[str] = []
    messages: list[str] = []
    author = stamp = ""
    for element in tree.iter():
        classes = _classes(element)
        if not classes:
            continue
        if _PREAMBLE_ENTRY in classes:
            preamble.append(_line(element.text_content()))
        elif classes & _AUTHOR:
            author = _line(element.text_content())
        elif _TIMESTAMP in classes:
            stamp = _line(element.get("title") or element.text_content())
        elif _SHORT_TIMESTAMP in classes:
            stamp = _line(element.get("title") or "") or stamp
        elif _CONTENT in classes and author:
            content = _content_text(element)
            if content:
                when = _WEEKDAY.sub("", stamp, count=1)
                messages.append(f"[{when}] {author}\n{content}")
    if len(messages) < _MIN_MESSAGES:
        return None
    labels = (*_PREAMBLE_LABELS, *[_OTHER_LABEL] * len(preamble))[: len(preamble)]
    header = [f"{label}: {entry}" for label, entry in zip(labels, preamble, strict=True) if entry]
    log.debug("Read a chat exporter's page as its text export: %d messages", len(messages))
    opening = [_RULE, *header, _RULE, ""] if header else []
    return "\n".join(opening) + "\n" + "\n\n".join(messages) + "\n"


def _classes(element: HtmlElement) -> frozenset[str]:
    """The words of an element's class attribute (none for a comment's or a script's)."""
    if not isinstance(element.tag, str):
        return frozenset()
    value = element.get("class")
    return frozenset(value.split()) if value else frozenset()


def _line(text: str) -> str:
    return " ".join(text.split())


def _content_text(content: HtmlElement) -> str:
    """A message's content as the text export writes it: its line breaks kept, its blocks
    paragraphs apart, each list item a "- item" line, bold words in "**"."""
    parts: list[str] = []
    _render(content, parts)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _render(element: HtmlElement, parts: list[str]) -> None:
    """Append the text of `element`'s inside to `parts` (not its tail). White space alone
    inside a list or after a block is the markup's layout, not a line of the message."""
    listed = isinstance(element.tag, str) and element.tag.lower() in _LISTS
    if element.text and not (listed and element.text.isspace()):
        parts.append(element.text)
    for child in element:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "br":
            parts.append("\n")
        elif tag == "li":
            parts.append("\n- ")
            _render(child, parts)
        elif tag in _BLOCKS:
            parts.append("\n\n")
            _render(child, parts)
            parts.append("\n\n")
        elif tag in _BOLD:
            inside: list[str] = []
            _render(child, inside)
            said = " ".join("".join(inside).split())
            parts.append(f"**{said}**" if said else "")
        elif _EDITED in _classes(child):
            pass  # "(edited)": the exporter's mark, no word of the message
        elif tag == "img":
            parts.append(child.get("alt") or "")  # an emoji's character
        elif tag:
            _render(child, parts)
        if child.tail and not ((listed or tag in _BLOCKS) and child.tail.isspace()):
            parts.append(child.tail)
