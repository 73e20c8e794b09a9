"""The title: the front matter's, else the web page's (its headline or og:title), else the
first line that reads like a headline. A document may have no title at all.

Never a title: a date, a photo credit, a byline, a site widget ("Remind me", "Share",
"5 min read"), a bare "Season 1" or "Episode Guide" label, or a paragraph (a long line, or
one made of sentences).
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from bot.ingest.normalise import fold

if TYPE_CHECKING:
    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = ["MAX_TITLE_LINE", "detect_title", "is_headline", "not_a_title"]

MAX_TITLE_LINE = 250  # a longer first line is a paragraph, not a title
_MAX_HEADLINE = 160
_MAX_HEADLINE_WORDS = 24
_LOOK_AT_LINES = 6  # non-empty lines examined for a headline before the body begins

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_NOT_TITLE = re.compile(
    r"(?:"
    # dates: "January 31, 2024", "31 Jan 2024", "2024-01-31", "Posted on Friday"
    rf"(?:(?:posted|published|updated|aired)\s+(?:on\s+)?)?(?:{_WEEKDAYS},?\s+)?"
    rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})"
    r"(?:\s*(?:[·•|,\-–—]|at)\s*.{0,40})?"
    # credits and bylines
    r"|(?:photo|image|picture|screenshot|still|header|art|artwork|illustration|cover|key\s+visual)"
    r"s?\s*(?:credit|courtesy|source|via|by|:|©).{0,200}"
    r"|(?:credit|courtesy|source|via)\s*:.{0,200}|©.{0,200}|\(c\)\s.{0,200}"
    r"|(?:by|written\s+by|posted\s+by|words\s+by|reviewed\s+by|author\s*:)\s+"
    r"(?-i:[A-Z][\w.'’\-]*)(?:\s+(?-i:[A-Z][\w.'’\-]*)){0,3}(?:\s*[·•|,\-–—]\s*.{0,60})?"
    # widgets and labels
    r"|(?:remind\s+me|add\s+to\s+(?:calendar|list|watchlist)|set\s+a?\s*reminder|subscribe"
    r"|follow|share|tweet|print|bookmark|save\s+for\s+later|listen\s+to\s+this|read\s+more"
    r"|continue\s+reading|jump\s+to|table\s+of\s+contents|advertisement|sponsored|menu|home"
    r"|search|log\s*in|sign\s+in|sign\s+up)\b(?:\s+\S+){0,3}"
    r"|\d{1,3}\s*(?:min(?:ute)?s?|m)\s+read|reading\s+time\b.{0,30}"
    r"|season\s+\d{1,2}|episode\s+guide|episodes|part\s+\d{1,2}|cour\s+\d|spoilers?"
    r"|(?:winter|spring|summer|fall|autumn)\s+\d{4}(?:\s+anime)?"
    r"|\d+\s*(?:comments?|views?|likes?|shares?)"
    r")[\s.:!]*",
    re.IGNORECASE,
)
_HEADING_MARKS = re.compile(r"^#{1,6}\s+|\s+#{1,6}$")
_SENTENCES = re.compile(r"[.!?][\"'”’)]?\s+[A-Z\"“‘(]")
_ENDS_AS_SENTENCE = re.compile(r"[a-z,;][.]$")


def not_a_title(line: str) -> bool:
    """A date, a credit, a byline, a widget or a label: never a title."""
    return _NOT_TITLE.fullmatch(line.strip()) is not None


def is_headline(line: str) -> bool:
    """Does this line read like a headline: short, not sentences, and not furniture?"""
    line = line.strip()
    if not line or len(line) > _MAX_HEADLINE or len(line.split()) > _MAX_HEADLINE_WORDS:
        return False
    if not any(c.isalpha() for c in line) or not_a_title(line):
        return False
    if _SENTENCES.search(line):
        return False
    return not (_ENDS_AS_SENTENCE.search(line) and len(line.split()) > 8)


def _strip_marks(line: str) -> str:
    return _HEADING_MARKS.sub("", line).strip()


def detect_title(draft: Draft) -> None:
    """draft.title ("" when there is none), draft.title_is_line, and draft.body_from: the
    first line of the body. Lines of furniture before the title are dropped from the body."""
    lines = draft.lines
    fm_title = draft.front_matter.title
    meta_title = draft.meta.title if draft.meta is not None else None
    given = fm_title or meta_title
    # the first few non-empty lines
    seen: list[int] = []
    for index, line in enumerate(lines):
        if line:
            seen.append(index)
            if len(seen) >= _LOOK_AT_LINES:
                break
    if given:
        draft.title = given
        draft.title_is_line = False
        draft.body_from = seen[0] if seen else len(lines)
        source = "front matter" if fm_title else "the page's metadata"
        draft.explain("title", f"{given!r}: from {source}")
        # a first line (after furniture) repeating the title is not body text
        for index in seen:
            line = _strip_marks(lines[index])
            if fold(line) == fold(given) or (
                fold(given).startswith(fold(line)) and is_headline(line) and len(line) > 12
            ):
                for dropped in seen:
                    if dropped < index and not_a_title(lines[dropped]):
                        lines[dropped] = ""
                draft.body_from = index + 1
                draft.title_is_line = True
                break
            if not not_a_title(lines[index]):
                break
        return
    for index in seen:
        line = _strip_marks(lines[index])
        if not_a_title(line):
            draft.explain("title", f"ignored {line[:60]!r}: a date, credit, byline or label")
            lines[index] = ""  # furniture, not body text
            continue
        if len(line) <= MAX_TITLE_LINE and is_headline(line):
            draft.title = line
            draft.title_is_line = True
            draft.body_from = index + 1
            draft.explain("title", f"{line!r}: the first line that reads like a headline")
            return
        break  # the body begins: no title line
    draft.title = ""
    draft.title_is_line = False
    draft.body_from = next((i for i in seen if lines[i]), len(lines))
    draft.explain("title", "none: the text opens with a paragraph, not a headline")
