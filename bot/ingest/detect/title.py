"""The title: the front matter's, else the web page's (its headline or og:title), else the
first line that reads like a headline. A document may have no title at all.

Never a title: a date, a photo credit, a byline, a site widget ("Remind me", "Share",
"5 min read"), a bare "Season 1" or "Episode Guide" label, or a paragraph (a long line, or
one made of sentences). Nor a navigation menu, an address, a printed page's running header
(a zine's folio and issue, its name in spaced letters), a chat export's header, a copy's stamp
("Saved from <host> …", "Exported by … on <date>"), a draft's note ("DRAFT v3 — do not
publish"), "You are here:" breadcrumbs, a grading scale's legend, a web cache's banner, or a
publication's name (as its "Subscribe to <name>" line gives it).
In a chat export whose first message is chatter, the title is a later message's marked
headline ("**Show Episode 4 – …**"), if any.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from bot.ingest.detect.episode import EPISODE_MARKER_TEXT
from bot.ingest.normalise import fold

if TYPE_CHECKING:
    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = [
    "MAX_TITLE_LINE",
    "detect_title",
    "is_episode_label",
    "is_headline",
    "not_a_title",
    "without_site_name",
]

MAX_TITLE_LINE = 250  # a longer first line is a paragraph, not a title
_MAX_HEADLINE = 160
_MAX_HEADLINE_WORDS = 24
_FIRST_LOOK = 6  # non-empty lines collected at first (most titles are the first line)
_LOOK_AT_LINES = 10  # non-empty lines examined for a headline before the body begins

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_NOT_TITLE = re.compile(
    r"(?:"
    # dates: "January 31, 2024", "31 Jan 2024", "2024-01-31", "Posted on Friday"
    # ... and when a copy was made: "Saved 2024-08-28", "Archived on 3 May 2024", "Accessed:"
    rf"(?:(?:last\s+)?(?:posted|published|updated|aired|date|saved|archived|captured|clipped"
    rf"|retrieved|accessed|exported|downloaded|fetched|edited|modified)"
    rf"(?:\s*:\s*|\s+)(?:on\s+)?)?"
    rf"(?:{_WEEKDAYS},?\s+)?"
    rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|(?:{_MONTHS})\.?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
    rf"|\d{{1,2}}-(?:{_MONTHS})-\d{{2,4}}"  # "01-Feb-24", as chat exports write it
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
    r"|(?:\d{1,3}|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
    r"\s+ago"
    r"|\d{1,3}\s?(?:mo|[smhdwy])"  # a feed's "3h", "2d"
    r")"
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?"  # "01/12/2024 9:14 PM"
    r"(?:\s*(?:[·•|,\-–—]|at)\s*.{0,40})?"
    # credits and bylines
    r"|(?:photo|image|picture|screenshot|still|header|art|artwork|illustration|cover|key\s+visual)"
    r"s?\s*(?:credit|courtesy|source|via|by|:|©).{0,200}"
    r"|(?:credit|courtesy|source|via)\s*:.{0,200}|©.{0,200}|\(c\)\s.{0,200}"
    r"|(?:by|written\s+by|posted\s+by|words\s+by|reviewed\s+by|(?:an?\s+)?review\s+by"
    r"|thread\s+by|authors?\s*:)\s+"
    r"(?:(?:@|[ur]/)[\w.\-]+|(?-i:[A-Z][\w.'’\-]*)(?:\s+(?-i:[A-Z][\w.'’\-]*)){0,3})"
    r"(?:\s*(?:,|and|&)\s*(?-i:[A-Z][\w.'’\-]*)(?:\s+(?-i:[A-Z][\w.'’\-]*)){0,3}){0,3}"
    r"(?:\s*[·•|,\-–—]\s*.{0,60}|\s+(?:on|for|at|in)\s+.{0,60}|\s+[★⭐🌟☆½\ufe0f ]{1,24})?"
    # widgets that say what they do, whatever follows ("Remind me when Episode 9 airs")
    r"|(?:remind\s+me|add\s+to\s+(?:calendar|list|watchlist)|set\s+a?\s*reminder"
    r"|save\s+for\s+later|listen\s+to\s+this|continue\s+reading|jump\s+to|skip\s+to"
    r"|back\s+to\s+top|get\s+notified|notify\s+me)\b.{0,120}"
    # widgets and labels
    r"|(?:remind\s+me|add\s+to\s+(?:calendar|list|watchlist)|set\s+a?\s*reminder|subscribe"
    r"|follow|share|tweet|print|bookmark|save\s+for\s+later|listen\s+to\s+this|read\s+more"
    r"|continue\s+reading|jump\s+to|table\s+of\s+contents|advertisement|sponsored|menu|home"
    r"|search|log\s*in|sign\s+in|sign\s+up|member[\s-]+only)\b(?:\s+\S+){0,3}"
    r"|\d{1,3}\s*(?:min(?:ute)?s?|m)\s+read|reading\s+time\b.{0,30}"
    r"|season\s+\d{1,2}|episode\s+guide|episodes|part\s+\d{1,2}|cour\s+\d|spoilers?"
    r"|(?:winter|spring|summer|fall|autumn)\s+(?:\d{4}|['’]\d\d)(?:\s+anime)?"
    r"|\d+\s*(?:comments?|views?|likes?|shares?)"
    # spoiler warnings: "Spoiler warning: this review covers episode 6", "Minor spoilers ahead"
    r"|(?:(?:warning|caution|heads\s+up|note)\s*[:!\-–—]?\s*)?"
    r"(?:(?:minor|major|light|mild|heavy|full|some)\s+)?spoilers?"
    r"(?![\s-]*free\b)(?:\s+(?:warning|alert|ahead|below|follow|inside))?"
    r"(?:\s*[:!\-–—]\s*.{0,160}|\s+(?:for|about|from|through|up\s+to|ahead|below)\b.{0,160})?"
    r")[\s.:!]*",
    re.IGNORECASE,
)
# (an outliner's block opens with a bullet: "- # Heading")
_HEADING_MARKS = re.compile(
    r"^(?:[-*+]\s+)?#{1,6}\s+|\s+#{1,6}$|^[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}$"
)
_SENTENCES = re.compile(r"[.!?][\"'”’)]?\s+[A-Z\"“‘(]")
_ENDS_AS_SENTENCE = re.compile(r"[a-z,;][.]$")


# breadcrumbs ("Home › Reviews › Metallic Rouge"); a markdown image or bare link
# a photo caption with its credit: "Rouge on the monorail (Image: Crunchyroll)",
# "Rouge and Naomi | Photo: Bones", "… — Screenshot via Crunchyroll"
_CAPTION_CREDIT = re.compile(
    r"(?:[(\[]|\s[|·•—–-]\s)\s*(?:(?:photo|image|picture|screenshot|screencap|still|art"
    r"|artwork|illustration|key\s+visual)s?\s*(?::|by\b|via\b|credits?\b|courtesy\b|source\b|©)"
    r"|(?:credits?|source|courtesy|via)\b\s*(?::|of\b)?|©)[^()\[\]]{0,80}[)\]]?\s*$",
    re.IGNORECASE,
)
# a byline without "by": "Marta Kowalski · Staff Writer"
_ROLE_BYLINE = re.compile(
    r"(?-i:[A-Z][\w.'’\-]*)(?:\s+(?-i:[A-Z][\w.'’\-]*)){0,3}\s*[·•|,\-–—]\s*"
    r"(?:(?:staff|senior|contributing|guest|freelance|associate|managing|features?)\s+)?"
    r"(?:writer|editor|contributor|critic|reviewer|columnist|author|correspondent)\b.{0,60}",
    re.IGNORECASE,
)
_MAX_KICKER = 30
# what a date opens with, when not a digit
_DATE_WORDS = frozenset(
    ("today", "yesterday", "jan", "january", "feb", "february", "mar", "march", "apr", "april",
     "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
     "october", "nov", "november", "dec", "december", "monday", "tuesday", "wednesday",
     "thursday", "friday", "saturday", "sunday")
)  # fmt: skip
_BYLINE_STARS = re.compile("[★⭐🌟]")
_BYLINE_LEADS = ("review by", "reviewed by", "rated by", "by ", "written by")
_ROLE_WORDS = ("writer", "editor", "contributor", "critic", "reviewer", "columnist", "author",
               "correspondent")  # fmt: skip
_CREDIT_OPENERS = ("(", "[", " | ", " — ", " – ", " - ", " · ", " • ")
_BREADCRUMB = re.compile(r"[^›»>\n]{1,40}(?:\s*[›»>]\s*[^›»>\n]{1,60}){2,6}")
_MARKDOWN_LINK = re.compile(r"!?\[[^\]\n]{0,200}\]\([^)\n]{0,300}\)")


# a widget's call to action anywhere in a line ("Episode 8 airs Friday · Set reminder"), or
# an air-time line ("Next episode: Episode 20 · airs in 3 days", "airs Fri 11:30 PM JST")
_WIDGET_ACTION = re.compile(
    r"\b(?:remind\s+me|set\s+(?:a\s+)?reminder|add\s+to\s+(?:my\s+)?(?:calendar|list|watchlist)"
    r"|notify\s+me|get\s+notified)\b"
    r"|^next\s+episode\s*[:\-–—]"
    r"|\b(?:airs|airing|streams|streaming|premieres|releases|drops)\b.{0,40}?"
    r"(?:\bin\s+\d{1,3}\s*(?:d|h|m|days?|hours?|minutes?|mins?)\b"
    r"|\b(?:on\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b"
    r"|\btomorrow\b|\btonight\b|\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\b(?:jst|utc|gmt)\b)",
    re.IGNORECASE,
)
_WIDGET_HINTS = ("remind", "notif", "calendar", "watchlist", "next episode", "air",
                 "stream", "premieres", "releases", "drops")  # fmt: skip
_MAX_WIDGET = 140
# one search each instead of a test per word (these run on every title)
_WIDGET_HINT = re.compile("|".join(map(re.escape, _WIDGET_HINTS)))
_ROLE_WORD = re.compile("|".join(_ROLE_WORDS))
# what _CAPTION_CREDIT needs somewhere in the line
_CAPTION_HINT = re.compile(
    r"photo|image|picture|screen|still|art|illustration|visual|credit|source|courtesy|via|©"
)


def _is_widget(line: str, lowered: str | None = None) -> bool:
    lowered = line.lower() if lowered is None else lowered
    return (
        len(line) <= _MAX_WIDGET
        and _WIDGET_HINT.search(lowered) is not None
        and _WIDGET_ACTION.search(line) is not None
    )


# a site's host name or a blog's handle on a line of its own ("rougewatch.example",
# "rouge-in-the-machine"): one lower-case token joined by dots, hyphens or underscores
# newer furniture, matched only when a line opens with one of _LABEL_STARTS or a digit:
# counts ("47 captures", "1.4k comments"), a newsletter's or a feed's labels ("View this
# email in your browser", "Trending: …", "Inside this issue:"), taglines, "Issue 14"
_LABELS = re.compile(
    r"\d[\d.,]*(?:[ \u00a0\u202f]\d{3})*\s*[km]?\s*(?:comments?|views?|likes?|shares?|captures?"
    r"|notes?|tweets?|posts?"
    r"|replies|reblogs?|subscribers?|followers?|claps?)"
    r"|view\s+(?:this\s+)?(?:email|newsletter|post|it)?\s*(?:in\s+(?:your\s+|a\s+)?browser|online)"
    r"|(?:trending|popular|most\s+(?:read|popular)|more\s+(?:reviews|stories)|read\s+also"
    r"|see\s+also|latest|breaking(?:\s+news)?|(?:inside|in)\s+this\s+issue|contents)\s*:.{0,200}"
    r"|(?:inside|in)\s+this\s+issue"
    # a browser's reader view, saved with the page
    r"|(?:reader|readable|reading)\s+(?:view|mode)"
    r"|(?:the|a|an)\s+(?:weekly\s+|monthly\s+)?(?:newsletter|blog|podcast|magazine|(?:fan|web)?zine|journal"
    r"|website|site)\s+(?:of|for|about|by)\b.{0,100}"
    r"|(?:issue|no\.|vol(?:ume)?\.?)\s*#?\d{1,4}"
    # a printed page's running header: "page 3 of the club zine", "Page 12 of 40"
    r"|page\s+\d{1,4}(?:\s+of\s+.{1,60})?"
    # a platform's name after a blog's or server's ("Sakura Watch Club · Discord")
    r"|(?:discord|tumblr|medium|substack|youtube|reddit|twitter|patreon|blogger|wordpress"
    r"|mastodon|bluesky|twitch|spotify)(?:\.com)?",
    re.IGNORECASE,
)
_LABEL_STARTS = frozenset(
    ("view", "trending", "popular", "most", "more", "read", "see", "latest", "breaking", "inside",
     "in", "contents", "the", "a", "an", "issue", "no.", "vol", "vol.", "volume", "page", "reader",
     "readable", "reading", "discord", "tumblr", "medium", "substack", "youtube", "reddit",
     "twitter", "patreon", "blogger", "wordpress", "mastodon", "bluesky", "twitch", "spotify")
)  # fmt: skip
_HANDLE = re.compile(
    r"[a-z0-9]+(?:[.\-_][a-z0-9]+)+|@[A-Za-z0-9_.\-]+|[ru]/[A-Za-z0-9_\-]+"
    r"|#[A-Za-z][A-Za-z0-9_\-]*"  # a chat channel's or a tag's name ("#anime-reviews")
)
# a section label above a headline ("REVIEW", "TV Review", "Anime · TV review")
_KICKER_WORD = (
    r"(?:tv|anime|film|movie|episode|season|weekly|series|reviews?|recaps?|news|features?"
    r"|opinion|analysis|critique|columns?|editorial|essays?)"
)
# ...and words that only follow one ("EPISODE WATCH", "Season Guide", "Anime Roundup")
_KICKER_TAIL = r"(?:watch|guide|spotlight|roundup|round-up|digest|corner|diary|desk|picks)"
_KICKER = re.compile(
    rf"{_KICKER_WORD}(?:\s*[·•|/,&]?\s*(?:{_KICKER_WORD}|{_KICKER_TAIL})){{0,3}}[\s.:]*",
    re.IGNORECASE,
)
_KICKER_WORDS = frozenset(
    [
        "tv",
        "anime",
        "film",
        "movie",
        "episode",
        "season",
        "weekly",
        "series",
        "review",
        "reviews",
        "recap",
        "recaps",
        "news",
        "feature",
        "features",
        "opinion",
        "analysis",
        "critique",
        "column",
        "columns",
        "editorial",
        "essay",
        "essays",
    ]
)
# a contents entry with dot leaders: "Show Season 1 Review ........ 2"
_CONTENTS_ENTRY = re.compile(r"[^.\n]{1,100}\.{4,}\s*\d{1,3}")
_PART_SEPARATORS = re.compile(r"\s+(?:[·•|]|//)\s+")


def not_a_title(line: str) -> bool:
    """A date, a credit, a byline, a widget, a label, a breadcrumb or a markdown image: never
    a title. Nor a line made only of such parts ("Anime · 12 min ago · 4 min read")."""
    line = line.strip()
    if _is_furniture(line):
        return True
    if "·" in line or "•" in line or "|" in line or " // " in line:
        parts = _PART_SEPARATORS.split(line)
        if len(parts) < 2:
            return False
        furniture = [_is_furniture(part) for part in parts]
        if all(furniture[1:]) and (
            furniture[0]
            or (
                len(parts[0].split()) <= _MAX_SOURCE_WORDS
                and _HEADLINE_WORDS.search(parts[0]) is None
            )
            # how a copy was made, then its details: "Exported with Some Reader · 14 posts"
            or (
                parts[0].lower().startswith(_COPY_VERBS)
                and _COPY_STAMP.fullmatch(parts[0]) is not None
            )
        ):
            return True  # "Anime Orbit · 3h", "THE KEYFRAME · ISSUE 14 · SPRING 2024"
        # a bar of widgets: "Unroll · Save as PDF · Subscribe", "Reply · Quote · Report"
        return (
            len(parts) >= _MIN_BAR_PARTS
            and any(furniture)
            and all(len(part.split()) <= _MAX_SOURCE_WORDS for part in parts)
        )
    return False


_MAX_SOURCE_WORDS = 3
_MIN_BAR_PARTS = 3
_SPACED_PARTS = re.compile(r"\s{2,}")
_MAX_NAV_ITEM = 20


def _is_nav_bar(line: str) -> bool:
    """A site's navigation menu copied as one line, its items apart by runs of spaces ("HOME
    REVIEWS   SEASONAL   ABOUT", "Home   Discover   Lists   Log a show"): three or more short
    items. A headline's words are one space apart."""
    parts = _SPACED_PARTS.split(line)
    return len(parts) >= _MIN_BAR_PARTS and all(
        len(part) <= _MAX_NAV_ITEM and len(part.split()) <= _MAX_SOURCE_WORDS for part in parts
    )


_RAW_HEAD = 8000  # a navigation bar is near the top of the text
_SINGLE_SPACED = re.compile(r"[^\W\d_]{2} [^\W\d_]{2}")


def _written_as_nav_bar(text: str, line: str) -> bool:
    """Was the cleaned `line` (its space runs collapsed) written in the raw `text` as a
    navigation bar, its items apart by runs of spaces or tabs?"""
    words = line.split(" ")
    if len(words) < _MIN_BAR_PARTS or len(line) > _MAX_HEADLINE or line in text:
        return False  # (written as it reads: single spaced)
    # the line as written: where its first word opens a line of the text
    at = text.find(words[0], 0, _RAW_HEAD)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if not text[start:at].strip():
            raw = text[start:end].replace("\t", "  ").strip()
            if " ".join(raw.split()) == line:
                # and not a text whose every space is doubled: the words after it are single
                # spaced
                return _is_nav_bar(raw) and _SINGLE_SPACED.search(text, end, end + 2000) is not None
        at = text.find(words[0], end, _RAW_HEAD)
    return False


# what a headline of a review says and a site's or source's name does not
_HEADLINE_WORDS = re.compile(
    r"\b(?:reviews?|recaps?|impressions?|episodes?|ep|season|finale|premiere|thoughts)\b",
    re.IGNORECASE,
)


# a social post's header: the poster's display name, then their handle ("Mika 🌙
# @mikareads@anime.social"), perhaps with the post's age ("· 2h")
_POSTER = re.compile(
    r"(?P<name>[^@\n]{1,60}?)\s+@[A-Za-z0-9_.\-]+(?:@[A-Za-z0-9_.\-]+)?(?:\s*[·•|]\s*.{0,40})?"
)
_MAX_POSTER_WORDS = 5
# an e-mail's headers, saved with it: "From: Site <hello@site.example>", "Date: Fri, 9 Feb …",
# "Subject: …" (whose value is the e-mail's title: detect_title takes it from there)
_MAIL_HEADER = re.compile(
    r"(?:(?:from|to|cc|bcc|reply-to)\s*:\s*[^\n]{0,120}@[^\n]{1,120}"
    r"|(?:date|sent)\s*:\s*[^\n]{1,80}\d[^\n]{0,80}"
    r"|subject\s*:\s*[^\n]{1,300})",
    re.IGNORECASE,
)
_MAIL_HEADER_WORDS = ("from", "to", "cc", "bcc", "reply-to", "date", "sent", "subject")
_MAX_MAIL_NAME = 10  # "reply-to :" at most


# a forwarded or quoted e-mail's banner above its headers: "---------- Forwarded message
# ---------", "-----Original Message-----", "Begin forwarded message:"
_FORWARD_BANNER = re.compile(
    r"[-=_*<>\s]*(?:(?:forwarded|original)\s+message|begin\s+forwarded\s+message)[-=_*<>:\s]*",
    re.IGNORECASE,
)


def _is_forward_banner(line: str) -> bool:
    return "essage" in line and _FORWARD_BANNER.fullmatch(line) is not None


def _mail_header(line: str) -> bool:
    """An e-mail header line, its value in a header's shape ("From: Name <a@b.example>")."""
    return _header_field(line) and _MAIL_HEADER.fullmatch(line) is not None


def _header_field(line: str) -> bool:
    """A line that opens with an e-mail header's name ("To: you", "Cc: the club"). Alone it
    is a header only inside an e-mail's header block, where a newsletter's "To:" need not
    hold an address; elsewhere the value must have a header's shape too (_mail_header)."""
    colon = line.find(":", 0, _MAX_MAIL_NAME)
    return colon > 0 and line[:colon].strip().lower() in _MAIL_HEADER_WORDS


def mail_subject(line: str) -> str | None:
    """The value of an e-mail's "Subject: …" header line, else None."""
    if line[:8].lower() != "subject:" or not _mail_header(line):
        return None
    return line[8:].strip() or None


_MAX_CRUMB_WORDS = 3
_MIN_CRUMBS = 3


def _slash_breadcrumb(line: str) -> bool:
    """Breadcrumbs or a category path with slashes: "Anime / Reviews / Winter 2024" (three or
    more short parts)."""
    parts = line.split(" / ")
    return len(parts) >= _MIN_CRUMBS and all(
        0 < len(part.split()) <= _MAX_CRUMB_WORDS for part in parts
    )


def _is_kicker(line: str) -> bool:
    """A section label above a headline ("REVIEW", "TV Recaps", "Anime · TV review")."""
    first = line.split(None, 1)[0].strip("·•|/,&.:").lower() if line else ""
    return first in _KICKER_WORDS and _KICKER.fullmatch(line) is not None


_BRACKET_CHAT_HEADER = re.compile(r"\[([^\[\]\n]{6,40})\]\s*([^\s\[\]][^\[\]\n]{0,40})")
_MAX_CHAT_NAME_WORDS = 4


# a copied team chat's message header: the sender's name, then the time alone ("Dana Kim
# 10:12 AM", "hana 21:14")
_NAME_TIME_HEADER = re.compile(
    r"(?P<name>[^\W\d_][^\d:\n]{0,50}?)\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?", re.I
)


def _name_time_header(line: str) -> bool:
    header = _NAME_TIME_HEADER.fullmatch(line)
    return (
        header is not None
        and len(header.group("name").split()) <= _MAX_CHAT_NAME_WORDS
        and _HEADLINE_WORDS.search(header.group("name")) is None
    )


def _chat_header(line: str) -> bool:
    """A chat export's message header: "hana — 01/12/2024 9:14 PM", "[01/12/2024 21:14] hana",
    "Dana Kim  10:12 AM" (its message follows)."""
    last = line[-1:]
    if (
        (last == "M" or last == "m" or last == "." or last.isdigit())
        and ":" in line[-8:]
        and _name_time_header(line)
    ):
        return True
    if line[:1] == "[":
        header = _BRACKET_CHAT_HEADER.fullmatch(line)
        return (
            header is not None
            and len(header.group(2).split()) <= _MAX_CHAT_NAME_WORDS
            and _opens_as_date(header.group(1))
            and _NOT_TITLE.fullmatch(header.group(1)) is not None
        )
    at = line.find(" — ")
    if at < 0:
        at = line.find(" – ")
    if at <= 0 or " " in line[:at]:
        return _named_chat_header(line)
    rest = line[at + 3 :].strip()
    return _opens_as_date(rest) and _NOT_TITLE.fullmatch(rest) is not None


def _named_chat_header(line: str) -> bool:
    """A message header of a messenger's text export or a channel's copied posts: the sender's
    name, a comma, then the date and time ("Dana K., 20.01.2024 19:58", "Some Channel,
    [04.04.2024 02:14]")."""
    at = line.rfind(", ")
    if (
        at <= 0
        or len(line[:at].split()) > _MAX_CHAT_NAME_WORDS
        or _HEADLINE_WORDS.search(line, 0, at) is not None  # "Show Episode 5 Review, 10.01.2024"
    ):
        return False
    rest = line[at + 2 :].strip()
    if rest[:1] == "[" and rest[-1:] == "]":
        rest = rest[1:-1].strip()
    return rest[:1].isdigit() and _NOT_TITLE.fullmatch(rest) is not None


def _opens_as_date(text: str) -> bool:
    return text[:1].isdigit() or (
        bool(text) and text.split(None, 1)[0].lower().rstrip(".,") in _DATE_WORDS
    )


# an outliner's or a notes app's property of a block or a page: "id:: 64f0…", "tags:: a, b"
_BLOCK_PROPERTY = re.compile(r"[A-Za-z][\w\-]{0,40}::(?:\s.{0,300})?")
# a chat channel's, a forum's or an account's name, then a short label: "#reviews — Forum
# post", "r/anime · Discussion"
_CHANNEL_BANNER = re.compile(r"(?P<handle>\S{2,60})\s+[—–\-|·•:]\s+(?P<label>.{1,40})")
_MAX_BANNER_LABEL_WORDS = 3


def _channel_banner(line: str) -> bool:
    banner = _CHANNEL_BANNER.fullmatch(line)
    return (
        banner is not None
        and _HANDLE.fullmatch(banner.group("handle")) is not None
        and len(banner.group("label").split()) <= _MAX_BANNER_LABEL_WORDS
        and _HEADLINE_WORDS.search(banner.group("label")) is None
    )


_BARE_URL = re.compile(r"(?:www\.)?(?:[a-z0-9\-]+\.)+[a-z]{2,}(?::\d{1,5})?/\S*", re.IGNORECASE)


# a blog platform's reblog stamp: "blog-a reblogged this from blog-b", "Reblogged from blog-b"
_REBLOG_STAMP = re.compile(
    r"(?:[\w.\-@]{1,60}\s+)?reblogged\s+(?:this\s+)?(?:from|by)\s+[\w.\-@]{1,60}"
    r"(?:\s*[·•|,\-–—(]\s*.{0,60})?",
    re.IGNORECASE,
)


# what a chat's copied text has where a picture, a video or a file was: "[Photo]", "[Sticker 😀]"
_MEDIA_PLACEHOLDER = re.compile(
    r"\[\s*(?:photo|image|picture|video|gif|sticker|file|document|audio|voice(?:\s+message)?"
    r"|album|attachment|media)(?:\s[^\[\]\n]{0,40})?\]",
    re.IGNORECASE,
)
# a channel's pinned notice: "[📌 Pinned] …", "📌 Pinned: …", "Pinned message: …"
_PINNED = re.compile(
    r"[\[(]\s*(?:📌\s*)?pinned\b[^\])\n]{0,20}[\])]|📌\s*pinned\b|pinned\s+(?:message|post)\s*[:\-–—]",
    re.IGNORECASE,
)


def _is_furniture(line: str) -> bool:
    if line.isdigit():
        return True  # a page's number (a PDF's or a scan's text): never a title
    if ("ssue" in line or "SSUE" in line) and _ISSUE_LINE.fullmatch(line) is not None:
        return True  # a magazine's "SPRING ISSUE", "Issue 14", "Winter 2024 issue"
    if "://" in line:
        return True  # a headline holds no URL: an archive's toolbar, a "Source: https://…" line
    if "/" in line and _BARE_URL.fullmatch(line[line.rfind(" ") + 1 :]) is not None:
        # an address without its scheme ("site.example/p/a-post"), or a line ending with one:
        # a saved copy's stamp ("Saved thread — site.example/post/123")
        return True
    if "::" in line and _BLOCK_PROPERTY.fullmatch(line) is not None:
        return True  # an outliner's block property ("id:: 64f0…", "tags:: [[anime]]")
    first = line[:1]
    if (first in "#@" or line[1:2] == "/") and _channel_banner(line):
        return True  # "#channel — Forum post": a chat channel's name and a label
    if line[:1] == "@" and " " not in line and _HANDLE.fullmatch(line) is not None:
        return True  # an author's handle, however long ("@name.bsky.social")
    if "@" in line:
        poster = _POSTER.fullmatch(line)
        if (
            poster is not None
            and len(poster.group("name").split()) <= _MAX_POSTER_WORDS
            and _HEADLINE_WORDS.search(poster.group("name")) is None
        ):
            return True
    if line[:1] == "[" and line[-1:] == "]" and _MEDIA_PLACEHOLDER.fullmatch(line) is not None:
        return True  # a chat's "[Photo]", "[Video]": what stood there in the app
    if "inned" in line[:16] and _PINNED.match(line) is not None:
        return True  # a channel's pinned notice above its posts
    if "eblogged" in line and _REBLOG_STAMP.fullmatch(line) is not None:
        return True  # "some-blog reblogged this from other-blog": a reblog chain's stamp
    if ":" in line[:_MAX_MAIL_NAME] and _mail_header(line):
        return True
    if "essage" in line and _is_forward_banner(line):
        return True
    if _NOT_TITLE.fullmatch(line) is not None:
        return True
    if (first.isdigit() or line.split(None, 1)[0].rstrip(":").lower() in _LABEL_STARTS) and (
        _LABELS.fullmatch(line) is not None
    ):
        return True
    if len(line) <= _MAX_KICKER:
        if " " not in line and _HANDLE.fullmatch(line) is not None:
            return True
        if _is_kicker(line):
            return True
    if "...." in line and _CONTENTS_ENTRY.fullmatch(line) is not None:
        return True
    if _chat_header(line):
        return True
    if ("›" in line or "»" in line or ">" in line) and _BREADCRUMB.fullmatch(line):
        return True
    if " / " in line and _slash_breadcrumb(line):
        return True
    if first in "YyBb" and _you_are_here(line):
        return True
    if "](" in line and _MARKDOWN_LINK.fullmatch(line):
        return True
    lowered = line.lower()
    if _ROLE_WORD.search(lowered) is not None and _ROLE_BYLINE.fullmatch(line):
        return True
    if len(line) <= _MAX_HEADLINE and (
        (lowered.startswith(_COPY_VERBS) and _is_copy_stamp(line))
        or (first in "[(" and line[-1] in "])" and _is_bracketed_copy_note(lowered))
        or (
            (" saved " in lowered or " archived " in lowered or " mirrored " in lowered)
            and _source_then_copy_date(line)
        )
        or _is_editors_note(line, lowered)
        or _is_running_header(line, lowered)
        or (
            (line.count("(") >= _MIN_LEGEND or line.count("=") >= _MIN_LEGEND)
            and _SCALE_LEGEND.fullmatch(line) is not None
        )
    ):
        return True  # (short: a paragraph saying "do not share" or "page 40" is body text)
    return (_CAPTION_HINT.search(lowered) is not None and _is_caption(line)) or _is_widget(
        line, lowered
    )


# when and how a copy of the page was made: "Saved from site.example — thread view —
# 2024-02-16 (saved with Some Archiver 1.3)", "Exported by SomeExporter on 03/02/2024 21:40":
# the verb, then how, then a date or a host name somewhere
_COPY_VERBS = ("saved ", "archived ", "captured ", "clipped ", "exported ", "downloaded ",
               "fetched ", "printed ", "retrieved ", "scraped ", "mirrored ")  # fmt: skip
_COPY_STAMP = re.compile(
    r"(?:saved|archived|captured|clipped|exported|downloaded|fetched|printed|retrieved|scraped"
    r"|mirrored)\s+(?:from|with|by|using|via|on|at)\s.{1,240}",
    re.IGNORECASE,
)
_STAMP_DATE_OR_HOST = re.compile(
    rf"\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[\s-]+(?:{_MONTHS})\.?,?[\s-]+\d{{2,4}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|(?-i:\b[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}\b)",
    re.IGNORECASE,
)


def _is_copy_stamp(line: str) -> bool:
    return _COPY_STAMP.fullmatch(line) is not None and _STAMP_DATE_OR_HOST.search(line) is not None


def _is_bracketed_copy_note(lowered: str) -> bool:
    """A saver's note in brackets on how the copy was made ("[saved from the app, transcript
    panel + description]"): the brackets set it apart as an aside, so it needs no date."""
    inner = lowered[1:-1].strip()
    return inner.startswith(_COPY_VERBS) and _COPY_STAMP.fullmatch(inner) is not None


# a copy's source, then when it was made: "some-forum blog mirror — saved 2025-07-13"
_SOURCE_THEN_DATE = re.compile(
    r"(?P<source>.{1,60}?)\s+[—–\-|·•]\s+(?:saved|archived|mirrored)\s+(?:on\s+)?(?P<date>.{6,40})",
    re.IGNORECASE,
)
_MAX_COPY_SOURCE_WORDS = 5


def _source_then_copy_date(line: str) -> bool:
    """A copy's banner: a short source that names no review, then the date it was saved."""
    stamp = _SOURCE_THEN_DATE.fullmatch(line)
    if stamp is None:
        return False
    source = stamp.group("source")
    return (
        len(source.split()) <= _MAX_COPY_SOURCE_WORDS
        and _HEADLINE_WORDS.search(source) is None
        and _NOT_TITLE.fullmatch(stamp.group("date")) is not None
    )


# a writer's or an editor's note on a draft: "DRAFT v3 — for the Tuesday column", "WIP:
# second pass", "Not for publication", "do not share yet"; a headline never says so
_DRAFT_NOTE = re.compile(
    r"(?:draft|wip)(?:\s*(?:v(?:ersion)?\s*\d[\d.]*|#\d{1,3}|\d[\d.]*))?"
    r"(?:\s*[—–\-:|·(\[]\s*(?P<rest>.{0,200}))?",
    re.IGNORECASE,
)
_DO_NOT_PUBLISH = re.compile(
    r"\b(?:do\s+not|don['’]t|not\s+to\s+be)\s+(?:publish|share|distribute|circulate|forward)"
    r"|\bnot\s+(?:yet\s+)?for\s+(?:publication|distribution|circulation)\b"
    r"|\bembargoed\s+until\b",
    re.IGNORECASE,
)
_NOTE_HINTS = ("not ", "n't ", "n’t ", "embargoed")


def _is_editors_note(line: str, lowered: str) -> bool:
    if lowered.startswith(("draft", "wip")):
        note = _DRAFT_NOTE.fullmatch(line)
        if note is not None and _HEADLINE_WORDS.search(note.group("rest") or "") is None:
            return True
    return any(hint in lowered for hint in _NOTE_HINTS) and _DO_NOT_PUBLISH.search(line) is not None


# breadcrumbs introduced as such: "You are here: Home / Reviews / TV", "Breadcrumbs: Home › TV"
_YOU_ARE_HERE = re.compile(
    r"(?:you\s+are\s+here|breadcrumbs?)\s*[:»›>]\s*(?P<path>.{1,150})", re.IGNORECASE
)
_CRUMB_SEPARATORS = re.compile(r"\s*[/›»>|·•]\s*")


def _you_are_here(line: str) -> bool:
    crumbs = _YOU_ARE_HERE.fullmatch(line)
    if crumbs is None:
        return False
    parts = [p for p in _CRUMB_SEPARATORS.split(crumbs.group("path")) if p]
    return all(len(part.split()) <= _MAX_CRUMB_WORDS for part in parts)


# a printed page's running header or footer: its folio ("- 3 -", "Page 7 of 20") with the
# publication's issue ("issue #7", "Winter Issue No. 3") or nothing that names a review
_FOLIO = re.compile(r"^[-–—]\s*\d{1,4}\s*[-–—](?:\s|$)|\s[-–—]\s*\d{1,4}\s*[-–—]$")
_PAGE_MARK = re.compile(
    r"\bpage\s+\d{1,4}(?:\s+of\s+\d{1,4})?\b|\bpp?\.\s?\d{1,4}\b", re.IGNORECASE
)
_ISSUE_MARK = re.compile(
    r"\bissue\s*(?:no\.?\s*)?#?\d{1,4}\b|\bvol(?:ume)?\.?\s*\d{1,4}\b|(?<!\w)#\d{1,4}\b",
    re.IGNORECASE,
)
_SEASONS = r"(?:spring|summer|autumn|fall|winter|holiday|special|annual|anniversary)"
_ISSUE_LINE = re.compile(
    rf"(?:(?:the\s+)?{_SEASONS}(?:\s+\d{{4}})?\s+|\w{{3,9}}\s+\d{{4}}\s+)?issue"
    r"(?:\s*(?:no\.?\s*)?#?\d{1,4})?",
    re.IGNORECASE,
)
_BARE_FOLIO = re.compile(r"^\d{1,3}\s+(?!\d)\S|\S(?<!\d)\s+\d{1,3}$")
# the issue, set apart as a part of its own: after the folio or a separator
_ISSUE_PHRASE = re.compile(
    rf"(?:^\d{{1,3}}\s+|[·•|/—–]\s*)(?:the\s+)?(?:{_SEASONS}(?:\s+\d{{4}})?\s+issue"
    r"|issue\s*(?:no\.?\s*)?#?\d{1,4}|vol(?:ume)?\.?\s*\d{1,4})\b",
    re.IGNORECASE,
)
# a publication's name set in spaced letters ("S I D E   D I S H E S")
_DIGIT = re.compile(r"\d")
_DASHES = "-–—"
_SPACED_LETTERS = re.compile(r"(?<!\w)(?:[^\W\d_] ){4,}[^\W\d_](?!\w)")


def _is_running_header(line: str, lowered: str) -> bool:
    if (
        line[-1] not in ".!?"  # a sentence naming a page is body text
        and _DIGIT.search(line) is not None
        and (
            ((line[0] in _DASHES or line[-1] in _DASHES) and _FOLIO.search(line) is not None)
            or (("page" in lowered or "p." in lowered) and _PAGE_MARK.search(line) is not None)
        )
    ):
        return (
            _ISSUE_MARK.search(line) is not None
            or _SPACED_LETTERS.search(line) is not None
            or _HEADLINE_WORDS.search(line) is None
        )
    if (line[0].isdigit() or line[-1].isdigit()) and ("issue" in lowered or "vol" in lowered):
        # a folio at either end and the publication's issue: "42 ANIME MONTHLY · WINTER
        # ISSUE", "Vol. 3 Issue 2 · The Cel Gazette 17"
        return _BARE_FOLIO.search(line) is not None and _ISSUE_PHRASE.search(line) is not None
    return " " in line[1:3] and _SPACED_LETTERS.search(line) is not None


# a grading scale's legend: "Our grades: A (must-watch) · B (good) · C (fine) · D (skip)",
# "10 = essential, 8 = great, 6 = fine"
_GRADE = r"(?:[A-F][+\-−]?|\d{1,3}(?:\.\d)?(?:\s*/\s*\d{1,3})?|[★⭐]{1,5}½?)"
_LEGEND_ENTRY = rf"{_GRADE}\s*(?:\([^()\n]{{1,30}}\)|[=:]\s*[^\s·•|,;=][^·•|,;=\n]{{0,30}}?)"
_SCALE_LEGEND = re.compile(
    rf"(?:[^:\n]{{1,30}}:\s*)?{_LEGEND_ENTRY}(?:\s*[·•|,;/]\s*{_LEGEND_ENTRY}){{2,}}\s*\.?"
)
_MIN_LEGEND = 3


def _is_caption(line: str) -> bool:
    """A line ending in a photo credit: the part before it is a caption, not a headline."""
    for opener in _CREDIT_OPENERS:
        at = line.rfind(opener)
        if at > 0 and _CAPTION_CREDIT.match(line, at):
            return True
    return False


def is_headline(line: str) -> bool:
    """Does this line read like a headline: short, not sentences, and not furniture?"""
    line = line.strip()
    return _reads_like_headline(line) and not not_a_title(line)


def _reads_like_headline(line: str) -> bool:
    """Short, with letters, not sentences (whether it is furniture is checked apart)."""
    if not line or len(line) > _MAX_HEADLINE or len(line.split()) > _MAX_HEADLINE_WORDS:
        return False
    if not any(c.isalpha() for c in line):
        return False
    if line.endswith(","):
        return False  # "Hi friends,": a greeting, or a sentence broken over lines
    words = line.split()
    if words[-1] == _THREAD or words[0] == _THREAD:
        return True  # a thread's opening post, marked so: its headline, sentences or not
    if _SENTENCES.search(line) and (len(words) > _MAX_TITLE_CASED_WORDS or not _title_cased(words)):
        return False  # sentences; but "Who Is the Real Hero? Show Episode 12 Review" is one
    if len(words) >= _MIN_RUN_ON_WORDS and _LOWER_CASE_SENTENCES.search(line):
        return False  # "ok so i watched it and i have FEELINGS. first impressions below"
    return not (_ENDS_AS_SENTENCE.search(line) and len(words) >= _MIN_SENTENCE_WORDS)


_THREAD = "🧵"  # the mark of a social thread's opening post ("Show, episode 9. A thread 🧵")
# a sentence's end, then one in lower case: "… FEELINGS. first impressions …" ("vs." and other
# short abbreviations excluded by the three letters before the stop)
_LOWER_CASE_SENTENCES = re.compile(r"\w{3}[.!?]\s+[a-z]")
_MIN_RUN_ON_WORDS = 10


_MAX_TITLE_CASED_WORDS = 16
_MIN_SENTENCE_WORDS = 4  # "Episode 5 of Show is here." is a sentence: headlines end bare


def _title_cased(words: list[str]) -> bool:
    """Are most longer words capitalised, as in a headline ("Dr. Stone Episode 5 Review")?"""
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    capitals = sum(1 for w in long_words if w[0].isupper())
    return bool(long_words) and capitals * 10 >= len(long_words) * 7


_MARKS = frozenset("#*_-+")
_MAX_LABEL = 40  # an episode label above a headline is short ("EPISODE 5", "Season 1, Ep. 5")


def _strip_marks(line: str) -> str:
    line = line.strip()
    if line and (line[0] in _MARKS or line[-1] in _MARKS):
        return _HEADING_MARKS.sub("", line).strip()
    return line


def is_episode_label(line: str) -> bool:
    """A line that is only an episode marker ("EPISODE 5", "S01E05"): a kicker above a
    headline, or the title itself when no headline follows."""
    return EPISODE_MARKER_TEXT.fullmatch(_strip_marks(line)) is not None


_SITE_SEPARATOR = re.compile(r"\s+[|–—\-·•]\s+")
_NOT_LETTERS = re.compile(r"[\W_]+")


def _letters(text: str) -> str:
    return _NOT_LETTERS.sub("", fold(text))


def without_site_name(title: str, sitename: str | None, url: str | None) -> str:
    """`title` without the site's name at its start or end ("<Headline> | Anime Orbit"): the
    page's site name, or a part whose letters are the URL's host name's. "" when the title is
    only the site's name."""
    site = _letters(sitename) if sitename else ""
    if site and _letters(title) == site:
        return ""  # the site's name, not the page's title
    parts = _SITE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    host = _letters(url.split("://", 1)[-1].split("/", 1)[0]) if url and "://" in url else ""

    def is_site(part: str) -> bool:
        letters = _letters(part)
        return len(letters) >= 3 and (letters == site or (len(letters) >= 5 and letters in host))

    if is_site(parts[-1]):
        return title[: title.rfind(parts[-1])].rstrip(" |–—-·•")
    if is_site(parts[0]):
        return title[len(parts[0]) :].lstrip(" |–—-·•")
    return title


def _headline_follows(lines: list[str], seen: list[int], index: int) -> bool:
    later = [i for i in seen if i > index]
    if not later:
        return False
    line = _strip_marks(lines[later[0]])
    return is_headline(line) and not is_episode_label(line)


_MAX_SITE_WORDS = 4
_MIN_HEADLINE_WORDS = 4


def _significant_words(text: str) -> set[str]:
    return {w for w in _NOT_LETTERS.sub(" ", fold(text)).split() if len(w) >= 3}


def _names_the_site(meta_title: str, lines: list[str], seen: list[int]) -> bool:
    """Is the page's metadata title a site's name ("Pixel Sakura") while the article opens
    with a headline that shares none of its words? A page whose markup only names the site."""
    if len(meta_title.split()) > _MAX_SITE_WORDS:
        return False
    for index in seen:
        line = _strip_marks(lines[index])
        if not_a_title(line):
            continue
        return (
            len(line.split()) >= _MIN_HEADLINE_WORDS
            and is_headline(line)
            # sharing only a word of what the text is ("Review draft" over "Show: Episode
            # Review") is no sign that the metadata's title is the article's
            and not (_significant_words(meta_title) & _significant_words(line)) - _KICKER_WORDS
        )
    return False


# what follows a site's or channel's name at the top of a saved page: "Subscribe", "Follow",
# "Sign in", "52.3K subscribers"
_MASTHEAD_WIDGET = re.compile(
    r"(?:subscribe|follow|sign\s+in|log\s*in|sign\s+up"
    r"|\d[\d.,]*(?:[ \u00a0\u202f]\d{3})*\s*[km]?\s+(?:subscribers|followers|members))"
    r"\b.{0,40}",
    re.IGNORECASE,
)
_MAX_MASTHEAD_WORDS = 5


def _is_masthead(line: str, following: str) -> bool:
    """Is the short `line` a site's name, as the widgets right under it show ("The Slow Magic
    Letter" / "Subscribe" / "Sign in")? (`following`: the next non-empty line, stripped)"""
    if len(line.split()) > _MAX_MASTHEAD_WORDS or len(following) > _MAX_WIDGET:
        return False
    if _MASTHEAD_WIDGET.fullmatch(following) is not None:
        return True
    if following[:1] == "@" and _HANDLE.fullmatch(following) is not None:
        return True  # an author's name above their handle
    parts = _PART_SEPARATORS.split(following)
    if len(parts) >= _MIN_BAR_PARTS and _HEADLINE_WORDS.search(line) is None:
        # a site's navigation bar under its name ("Forger Files" / "Reviews · Guides · About")
        return not_a_title(following)
    return (
        len(parts) > 1
        and any(_MASTHEAD_WIDGET.fullmatch(p) for p in parts)
        and not_a_title(following)
    )


def _site_name_above(line: str, following: str) -> bool:
    """Is the short `line` a site's name right above the review's headline ("Anime Orbit" /
    "Show Episode 7 Review: Naomi's Turn")?"""
    if len(line.split()) > _MAX_SOURCE_WORDS or _HEADLINE_WORDS.search(line):
        return False
    following = _strip_marks(following)
    return (
        len(following.split()) > len(line.split())
        and _HEADLINE_WORDS.search(following) is not None
        and is_headline(following)
    )


# a post's date and time under the account's name ("2025-01-27 20:30  City")
_DATELINE = re.compile(r"^\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\b")
_MAX_DATELINE_WORDS = 5
_BELOW_DATELINE = 2  # lines looked at after the date for the headline


def _site_name_above_dateline(
    line: str, dateline: str, lines: list[str], after: list[int]
) -> int | None:
    """The index of the post's headline when the short `line` is an account's or site's name
    above a post's date line, with the headline a line or two below the date ("Anime Lab" /
    "2025-01-27 20:30" / "[Translated article]" / "Show Episode 3 Review: …"); else None."""
    if len(dateline.split()) > _MAX_DATELINE_WORDS or _HEADLINE_WORDS.search(dateline):
        return None
    return next((i for i in after[:_BELOW_DATELINE] if _site_name_above(line, lines[i])), None)


def _is_breadcrumb(line: str) -> bool:
    return (
        (("›" in line or "»" in line or ">" in line) and _BREADCRUMB.fullmatch(line) is not None)
        or (" / " in line and _slash_breadcrumb(line))
        or (line[:1] in "YyBb" and _you_are_here(line))
    )


def _site_name_above_crumbs(line: str, crumbs: str, lines: list[str], after: list[int]) -> bool:
    """Is the short `line` a site's name above its breadcrumbs, with the headline under them
    ("Site Reviews" / "Anime › Winter 2024 › Show" / "Show's Premiere Is a Loud Start")? A
    page's breadcrumbs sit between its masthead and its headline, never above the masthead."""
    if not after or not _is_breadcrumb(crumbs):
        return False
    headline = _strip_marks(lines[after[0]])
    return len(headline.split()) > len(line.split()) and is_headline(headline)


# an anime's original title in its own script, then its reading in Latin letters:
# "<title in kana or kanji> (Romanised Title)"
_ORIGINAL_TITLE = re.compile(
    r"[^\x00-\x7f](?:[^\x00-\x7f]| (?! )){0,39} ?\([A-Za-z][\w\s'’:;,.!?\-]{1,80}\)"
)


def _original_title_above(line: str, following: str) -> bool:
    """Is `line` the anime's original title with its reading, right above a headline that
    names a review ("<original title> (Romanised Title)" / "Show Episode 2 Review")? It labels
    the show, as a kicker does; the headline is the title."""
    if line[:1].isascii() or _ORIGINAL_TITLE.fullmatch(line) is None:
        return False
    following = _strip_marks(following)
    return _HEADLINE_WORDS.search(following) is not None and is_headline(following)


def _markdown_h1_after(raw: str, following: str) -> str | None:
    """A Markdown document's "# Heading" right after the plain line `raw` (a newsletter's
    name, a note's label): the heading is the title."""
    if raw.lstrip().startswith("#") or not following.startswith("# "):
        return None
    heading = following[2:].strip()
    return heading if len(heading.split()) >= _MIN_HEADLINE_WORDS and is_headline(heading) else None


def _above_the_headline(line: str, raw: str, following: str) -> str | None:
    """Why the headline-like `line` (as written: `raw`) is not the title, given the next
    non-empty line: a site's name above its widgets or above the headline, or a line above a
    Markdown heading; None when it is the title."""
    if len(following) > _MAX_FOLLOWING:
        return None  # a paragraph follows: `line` is the title (the usual case, one test)
    if _is_masthead(line, following) or _site_name_above(line, following):
        return "the site's name, above its widgets or the headline"
    if _markdown_h1_after(raw, following) is not None:
        return "above the Markdown heading"
    return None


_MAX_FOLLOWING = _MAX_HEADLINE + 4  # "# " and marks around a headline
_SLACK = 16  # spaces around it, before it is stripped


_MIN_WRAPPED = 30  # a line wrapped by a layout is a long one
_MAX_WRAPPED_REST = 3  # words on the line it wraps onto


def _wrapped_rest(lines: list[str], index: int, line: str) -> str | None:
    """The end of the headline `line` (lines[index]) when a layout wrapped it onto the very
    next line ("Show Season 2 Review: The Farm" / "Years"), a line alone, a word long (a few
    in lower case); else None. A deck, a byline or a date under a headline is not its end."""
    if len(line) < _MIN_WRAPPED or line[-1] in ".!?:;,)" or index + 1 >= len(lines):
        return None
    rest = lines[index + 1].strip()
    if (
        not rest
        # one word, or a few in lower case: two capitalised words under a headline: a name
        or len(rest.split()) > (1 if rest[0].isupper() else _MAX_WRAPPED_REST)
        or (index + 2 < len(lines) and lines[index + 2].strip())
    ):
        return None
    if not any(c.isalpha() for c in rest) or not_a_title(rest):
        return None
    joined = f"{line} {rest}"
    return rest if _reads_like_headline(joined) else None


def _look_further(lines: list[str], seen: list[int]) -> None:
    """Append the index of the next non-empty line after seen[-1], if any."""
    for index in range(seen[-1] + 1, len(lines)):
        if lines[index]:
            seen.append(index)
            return


def _mail_subject_in(lines: list[str], seen: list[int]) -> str | None:
    """The subject of an e-mail saved with its headers (the first lines are furniture up to
    a "Subject: …" header): its title. `seen` then takes the lines up to _LOOK_AT_LINES, so a
    headline repeating the subject further down is found."""
    start = 1 if seen and _is_forward_banner(lines[seen[0]].strip()) else 0
    if len(seen) <= start or not _mail_header(lines[seen[start]].strip()):
        return None  # an e-mail saved with its headers opens with one (after a forward's banner)
    for index in seen:
        line = lines[index].strip()
        subject = mail_subject(line)
        if subject is not None:
            if _reads_like_headline(subject) and not not_a_title(subject):
                while len(seen) < _LOOK_AT_LINES and len(seen) < len(lines):
                    before = len(seen)
                    _look_further(lines, seen)
                    if len(seen) == before:
                        break
                return subject
            return None
        if not not_a_title(line) and not _header_field(line):
            return None
    return None


_SUBSCRIBE_TO = "ubscribe to "  # after an "S" or an "s"


def _subscribed_to(text: str, line: str) -> bool:
    """Is `line` the publication's name, as a "Subscribe to <name>" line of the text says?"""
    if len(line.split()) > _MAX_MASTHEAD_WORDS or _HEADLINE_WORDS.search(line) is not None:
        return False  # a publication's name is short, and says nothing of a review
    name = fold(line)
    at = text.find(_SUBSCRIBE_TO)
    while at > 0:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if text[at - 1] in "Ss" and fold(text[at + len(_SUBSCRIBE_TO) : end]) == name:
            return True
        at = text.find(_SUBSCRIBE_TO, end)
    return False


def _tagline_under(lines: list[str], index: int) -> int | None:
    """The index of a publication's tagline: the line right under its name (line `index`),
    alone before a blank line, when a headline comes after that blank line."""
    tagline = index + 1
    if tagline + 2 >= len(lines) or not lines[tagline] or lines[tagline + 1]:
        return None
    after = next((i for i in range(tagline + 2, len(lines)) if lines[i]), None)
    if after is None:
        return None
    headline = _strip_marks(lines[after])
    return tagline if _reads_like_headline(headline) and not not_a_title(headline) else None


# a web cache's notice atop the copy it serves ("This is Example's cache of https://…. It is
# a snapshot of the page as it appeared on …"): the lines under it, to the first blank line,
# are the cache's own controls and tips
_CACHE_NOTICE = re.compile(r"this\s+is\s+(?:\S+\s+){0,3}?cache[ds]?\s+(?:\S+\s+)?of\s", re.I)
_MAX_BANNER_LINES = 4


def _drop_cache_banner(draft: Draft, lines: list[str], notice: int) -> None:
    for index in range(notice + 1, min(notice + 1 + _MAX_BANNER_LINES, len(lines))):
        if not lines[index]:
            return
        draft.explain("title", f"ignored {lines[index][:60]!r}: the web cache's banner")
        lines[index] = ""


_CHAT_LOOK = 30  # non-empty lines of a chat export searched for a marked headline
_HEADLINE_MARKS = ("**", "__", "# ", "## ")


def _opens_marked(line: str) -> bool:
    """Does a chat message's line open with a headline's mark: bold, a Markdown heading, or
    emphasis around the whole line (a team chat's bold: "*Show Season 1 Review: …*")?"""
    return line.startswith(_HEADLINE_MARKS) or (
        len(line) > 2 and line[0] in "*_" and line[-1] == line[0] and not line[1].isspace()
    )


def _marked_headline_in_chat(lines: list[str], after: int) -> int | None:
    """The index of the first message after line `after` of a chat export that opens with a
    marked headline (bold or a Markdown heading); else of the first unmarked one set apart
    as a paragraph of its own over a long one, naming a review ("Show Episode 16 review: …",
    a long post's headline under a line of chatter); else None."""
    header_above = False
    looked = 0
    unmarked: int | None = None
    for index in range(after + 1, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        looked += 1
        if looked > _CHAT_LOOK:
            break
        if _chat_header(line):
            header_above = True
            continue
        if header_above and _opens_marked(line):
            headline = _strip_marks(line)
            if _reads_like_headline(headline) and not not_a_title(headline):
                return index
        elif unmarked is None and _headline_paragraph(lines, index, line):
            unmarked = index
        header_above = False
    return unmarked


_MIN_POST_PARAGRAPH = 120


def _headline_paragraph(lines: list[str], index: int, line: str) -> bool:
    """Is `line` (lines[index]) a paragraph of its own that names a review and reads like a
    headline, with a long paragraph right under it?"""
    if (
        not lines[index - 1]
        and index + 2 < len(lines)
        and not lines[index + 1]
        and len(lines[index + 2]) >= _MIN_POST_PARAGRAPH
        and _HEADLINE_WORDS.search(line) is not None
    ):
        return _reads_like_headline(line) and not not_a_title(line)
    return False


_EXPORT_HEADER = re.compile(
    r"(?:guild|server|channel|topic|after|before|group|chat|exported|messages|members"
    r"|participants)\s*:\s*\S.{0,200}",
    re.I,
)
_EXPORT_OPENERS = ("guild", "server", "channel")
# a messenger's export banner over its header: "Some Messenger — Chat export", "Chat history"
_EXPORT_BANNER = re.compile(
    r"(?:[^\n]{1,40}\s[—–\-|:·]\s*)?(?:chat|conversation|group|channel|message)s?\s+"
    r"(?:export(?:ed)?|history|log|archive)",
    re.IGNORECASE,
)


def _is_export_banner(line: str) -> bool:
    lowered = line.lower()
    return (
        "export" in lowered or "history" in lowered or " log" in lowered or "archive" in lowered
    ) and (_EXPORT_BANNER.fullmatch(line) is not None)


def _export_header_lines(lines: list[str], seen: list[int]) -> int:
    """How many of the first lines are a chat export's header ("Guild: …", "Channel: …",
    "Topic: …", "After: …"): one opening with the server's or the channel's name, or under a
    messenger's export banner ("… — Chat export" / "Group: …" / "Exported: …" / "Messages: …")."""
    if not seen:
        return 0
    banner = _is_export_banner(lines[seen[0]].strip())
    if not banner and not lines[seen[0]].lower().startswith(_EXPORT_OPENERS):
        return 0
    count = int(banner)
    for index in seen[count:]:
        line = lines[index].strip()
        if _EXPORT_HEADER.fullmatch(line) is None:
            break
        count += 1
    return count if count >= 2 or banner else 0


# a thread's opening post, its mark, then an aside: "Show ep 4 thoughts 🧵 (spoilers, 1-4)"
_THREAD_ASIDE = re.compile(rf"(?P<headline>.*?\S\s*{_THREAD})\s*\([^()\n]{{1,80}}\)")
# a line that says it gives the title: "Post title: …", "📌 Thread title: …", "Title: …",
# a forum export's "Thread: …" (not "Topic: …": a chat channel's topic, not a title)
_TITLE_LABEL = re.compile(
    r"[^\w\s]{0,3}\s*(?:(?:(?:post|thread|topic|article|entry|page)\s+)?title|thread)"
    r"\s*:\s*(?P<value>\S.*)",
    re.IGNORECASE,
)
_TITLE_LABEL_REACH = 24


def _labelled_title(line: str) -> str | None:
    """The value of a line labelled as the title ("Post title: Show 1x03 — …", "Thread:
    Show Episode 8 Review"), if it reads like a headline; else None."""
    head = line[:_TITLE_LABEL_REACH].lower()
    if ":" not in head or ("title" not in head and "thread" not in head):
        return None
    label = _TITLE_LABEL.fullmatch(line)
    if label is None:
        return None
    value = _strip_marks(label.group("value"))
    return value if _reads_like_headline(value) and not not_a_title(value) else None


# a post's numbered heading, written as a short phrase ("#8. the one with the rain.",
# "12. a quiet week."): its stop does not make it a sentence
_NUMBERED_HEADING = re.compile(r"#?\d{1,3}[.:)]\s+[^\W\d_][^.!?\n]{0,60}[.!?]?")
_MAX_NUMBERED_WORDS = 10
_NUMBER_OPENS = re.compile(r"#?\d{1,3}[.:)]\s")


def _numbered_heading(lines: list[str], index: int, line: str) -> bool:
    """Is `line` (lines[index]) a short numbered heading on a paragraph of its own, over a
    paragraph that is not the next entry of a numbered list?"""
    if not (line[:1] == "#" or line[:1].isdigit()) or len(line.split()) > _MAX_NUMBERED_WORDS:
        return False
    if _NUMBERED_HEADING.fullmatch(line) is None:
        return False
    if index + 1 < len(lines) and lines[index + 1].strip():
        return False  # a line of a paragraph, or a list's entry
    following = next((text.strip() for text in lines[index + 1 :] if text.strip()), "")
    return bool(following) and _NUMBER_OPENS.match(_strip_marks(following)) is None


def detect_title(draft: Draft) -> None:
    """draft.title ("" when there is none), draft.title_is_line, and draft.body_from: the
    first line of the body. Lines of furniture before the title are dropped from the body."""
    lines = draft.lines
    fm_title = draft.front_matter.title
    meta = draft.meta
    meta_title = meta.title if meta is not None else None
    if meta is not None and meta_title:
        meta_title = without_site_name(meta_title, meta.sitename, meta.url) or None
    # the first few non-empty lines
    seen: list[int] = []
    for index, line in enumerate(lines):
        if line:
            seen.append(index)
            if len(seen) >= _FIRST_LOOK:
                break
    if meta_title and not fm_title and _names_the_site(meta_title, lines, seen):
        draft.explain("title", f"ignored {meta_title!r}: the site's name, not the article's")
        meta_title = None
    given = fm_title or meta_title
    source = "front matter" if fm_title else "the page's metadata"
    subject = None if given else _mail_subject_in(lines, seen)
    if subject is not None:
        given, source = subject, "the e-mail's subject header"
    if given:
        draft.title = given
        draft.title_is_line = False
        draft.body_from = seen[0] if seen else len(lines)
        draft.explain("title", f"{given!r}: from {source}")
        # a first line (after furniture) repeating the title is not body text
        for index in seen:
            line = _strip_marks(lines[index])
            if fold(line) == fold(given) or (
                fold(given).startswith(fold(line)) and is_headline(line) and len(line) > 12
            ):
                for dropped in seen:
                    if dropped < index and not_a_title(_strip_marks(lines[dropped])):
                        lines[dropped] = ""
                draft.body_from = index + 1
                draft.title_is_line = True
                break
            if not not_a_title(line):
                if subject is not None:  # the e-mail's headers and labels are not body text
                    for dropped in seen:
                        if dropped < index:
                            lines[dropped] = ""
                    draft.body_from = index
                break
        return
    message_follows = False  # the line after a chat message's header is its message
    export_header = _export_header_lines(lines, seen)
    for index in seen[:export_header]:
        draft.explain("title", f"ignored {lines[index][:60]!r}: a chat export's header")
        lines[index] = ""
    for position, index in enumerate(seen):
        if position == len(seen) - 1 and len(seen) < _LOOK_AT_LINES:
            _look_further(lines, seen)  # furniture so far: one more line (the loop takes it)
        if position < export_header or not lines[index]:
            continue  # a chat export's header; a tagline dropped with its publication's name
        line = _strip_marks(lines[index])
        labelled = _labelled_title(line)
        if labelled is not None:
            draft.title = labelled
            draft.title_is_line = True
            draft.body_from = index + 1
            draft.explain("title", f"{labelled!r}: the line labelled as the title")
            return
        if not_a_title(line):
            draft.explain("title", f"ignored {line[:60]!r}: a date, credit, byline or label")
            lines[index] = ""  # furniture, not body text
            if "cache" in line and _CACHE_NOTICE.match(line) is not None:
                _drop_cache_banner(draft, lines, index)
            # (a chat's "[Photo]" between a message's header and its text: the text follows)
            message_follows = _chat_header(line) or (
                message_follows and _MEDIA_PLACEHOLDER.fullmatch(line) is not None
            )
            if len(line) <= _MAX_KICKER and _is_kicker(line):
                draft.kicker = f"{draft.kicker} {line}".strip()
            if _BYLINE_STARS.search(line) is not None and line.lower().startswith(_BYLINE_LEADS):
                draft.byline_rating = line  # "Review by Ines Duarte ★★★★½": the reviewer's
            continue
        if message_follows and not _title_cased(line.split()):
            # a chat message: a chat export has no title line, unless a later message opens
            # with a marked headline ("**Show Episode 4 – …**"), the post the export is for:
            # this one (the chatter before it dropped as replies), or a later one
            opens_marked = _opens_marked(lines[index].strip())
            marked = (
                index
                if opens_marked and _reads_like_headline(line) and not not_a_title(line)
                else _marked_headline_in_chat(lines, index)
            )
            if marked is None:
                break
            index, line = marked, _strip_marks(lines[marked])
            draft.title = line
            draft.title_is_line = True
            draft.body_from = index + 1
            draft.explain("title", f"{line!r}: a chat message's headline")
            return
        if (
            len(line) <= _MAX_LABEL
            and is_episode_label(line)
            and _headline_follows(lines, seen, index)
        ):
            draft.explain("title", f"ignored {line!r}: an episode label above the headline")
            continue  # kept: the episode detector reads it
        if len(line) <= MAX_TITLE_LINE and _reads_like_headline(line):  # furniture: checked
            if _written_as_nav_bar(draft.text, line):
                draft.explain("title", f"ignored {line[:60]!r}: a navigation menu")
                lines[index] = ""
                continue
            if _subscribed_to(draft.text, line):
                draft.explain("title", f"ignored {line!r}: the publication's name")
                lines[index] = ""
                tagline = _tagline_under(lines, index)
                if tagline is not None:
                    draft.explain("title", f"ignored {lines[tagline]!r}: its tagline")
                    lines[tagline] = ""
                continue
            following = lines[seen[position + 1]] if position + 1 < len(seen) else ""
            reason = (
                _above_the_headline(line, lines[index], following.strip())
                if following and len(following) <= _MAX_FOLLOWING + _SLACK
                else None
            )
            if (
                reason is None
                and following
                and len(_SITE_SEPARATOR.split(line, 1)[0].split()) <= _MAX_MASTHEAD_WORDS
                and _HEADLINE_WORDS.search(line) is None
                and _written_as_nav_bar(draft.text, following.strip())
            ):
                reason = "the site's name, above its navigation menu"
            if (
                reason is None
                and following
                and len(line.split()) <= _MAX_SOURCE_WORDS
                and _site_name_above_crumbs(line, following.strip(), lines, seen[position + 2 :])
            ):
                reason = "the site's name, above its breadcrumbs and the headline"
            if (
                reason is None
                and following
                and line[-1:] == ")"
                and _original_title_above(line, following.strip())
            ):
                reason = "the anime's original title and its reading, above the headline"
            if reason is None and following and _DATELINE.search(following) is not None:
                headline = _site_name_above_dateline(line, following, lines, seen[position + 2 :])
                if headline is not None:
                    reason = "the account's name, above its post's date and headline"
                    for between in seen[position + 1 :]:
                        if between >= headline:
                            break
                        draft.explain(
                            "title",
                            f"ignored {lines[between][:60]!r}: the post's date line and labels",
                        )
                        lines[between] = ""
            if reason is not None:
                draft.explain("title", f"ignored {line!r}: {reason}")
                lines[index] = ""
                continue
            body_from = index + 1
            rest = _wrapped_rest(lines, index, line)
            if rest is not None:  # a headline wrapped onto a second line (a PDF's text)
                line = f"{line} {rest}"
                body_from += 1
            if _THREAD in line:
                aside = _THREAD_ASIDE.fullmatch(line)
                line = line if aside is None else aside.group("headline")
            draft.title = line
            draft.title_is_line = True
            draft.body_from = body_from
            draft.explain("title", f"{line!r}: the first line that reads like a headline")
            return
        if _numbered_heading(lines, index, line):
            draft.title = line
            draft.title_is_line = True
            draft.body_from = index + 1
            draft.explain("title", f"{line!r}: a numbered heading opening the post")
            return
        break  # the body begins: no title line
    draft.title = ""
    draft.title_is_line = False
    draft.body_from = next((i for i in seen if lines[i]), len(lines))
    draft.explain("title", "none: the text opens with a paragraph, not a headline")
