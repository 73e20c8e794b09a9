"""Page furniture: the lines of a page that are never its title, whatever the title detector
(bot/ingest/detect/title.py) makes of the rest. One question: is this line furniture?

Furniture: a date, a photo caption or credit, a byline, a site widget ("Remind me", "Share",
"5 min read"), a label ("Season 1", "Episode Guide", "47 comments", "Issue 14"), a section
kicker above a headline ("TV REVIEW"), a navigation menu or breadcrumbs, an address or a
handle, a social post's header, an e-mail's headers, a chat's message header or media
placeholder, a channel's banner or pinned notice, a reblog's stamp, a copy's stamp ("Saved
from <host> …", "Exported by … on <date>", "<Name> — PRINT VERSION"), an editor's note on a
draft ("DRAFT v3 — do not publish"), a printed page's running header (a zine's folio and
issue, its name in spaced letters) and a grading scale's legend; or a line made only of such
parts ("Anime · 12 min ago · 4 min read").
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

__all__ = [
    "AM_PM",
    "DATE_AND_TIME",
    "HANDLE",
    "HEADLINE_WORDS",
    "KICKER_WORDS",
    "MAX_HEADLINE",
    "MAX_KICKER",
    "MAX_SOURCE_WORDS",
    "MAX_WIDGET",
    "MEDIA_PLACEHOLDER",
    "MIN_BAR_PARTS",
    "NAME_TIME_HEADER",
    "PART_SEPARATORS",
    "PRINT_LABEL",
    "STAMPED_MESSAGE",
    "STAMPED_SENDER",
    "breadcrumb_steps",
    "chat_header",
    "forum_poster_line",
    "is_breadcrumb",
    "is_forward_banner",
    "is_forwarded_stamp",
    "is_kicker",
    "is_mail_header",
    "is_mail_header_field",
    "is_nav_control",
    "is_reader_banner",
    "not_a_title",
    "written_as_nav_bar",
]

MAX_HEADLINE = 160  # a headline's length at most: longer furniture is body text

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day|\.)?"
# a weekday, then the month and the day without the year: "Thursday, July 18th", as a team
# chat's day divider and its copy's stamp give the day (a chat dates the days of this year so)
_WEEKDAY_DATE = rf"{_WEEKDAY},?\s+(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
_NOT_TITLE = re.compile(
    r"(?:"
    # dates: "January 31, 2024", "31 Jan 2024", "2024-01-31", "Posted on Friday"
    # ... and when a copy was made: "Saved 2024-08-28", "Archived on 3 May 2024", "Accessed:"
    rf"(?:(?:last\s+)?(?:posted|published|updated|aired|date|saved|archived|captured|clipped"
    rf"|retrieved|accessed|exported|downloaded|fetched|printed|edited|modified|unrolled|written)"
    rf"(?:\s*:\s*|\s+)(?:on\s+)?)?"
    # a weekday, perhaps abbreviated ("Tue 1 Apr 2025", as a team chat's export dates a day)
    rf"(?:{_WEEKDAY},?\s+)?"
    rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|(?:{_MONTHS})\.?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
    rf"|\d{{1,2}}-(?:{_MONTHS})-\d{{2,4}}"  # "01-Feb-24", as chat exports write it
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
    r"|(?:\d{1,3}|an?|one)\s+(?:seconds?|secs?\.?|minutes?|mins?\.?|hours?|hrs?\.?|days?"
    r"|weeks?|wks?\.?|months?|mos?\.?|years?|yrs?\.?)\s+ago"  # "4 mo. ago"
    r"|\d{1,3}\s?(?:mo|[smhdwy])"  # a feed's "3h", "2d"
    r")"
    # "01/12/2024 9:14 PM", perhaps then the time zone ("2024-01-12 21:14 UTC")
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:utc|gmt|jst))?)?"
    # ...and what follows it: "· 5 min read", "at Site", "by Sam Carter" ("Posted on March
    # 3rd, 2024 by Sam Carter", as a blog theme writes its post's date and author)
    r"(?:(?:\s*(?:[·•|,\-–—]|at)\s*|\s+by\s+).{0,40})?"
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
    # (a community's "Join" button beside its name, as a Reddit post copied from its page opens)
    r"|follow|join|share|tweet|print|bookmark|save\s+for\s+later|listen\s+to\s+this|read\s+more"
    r"|continue\s+reading|jump\s+to|table\s+of\s+contents|advertisement|sponsored|menu|home"
    # a print or pop-up view's button beside its "Print this page": "Close window"
    r"|close\s+(?:this\s+)?window"
    r"|search|log\s*in|sign\s+in|sign\s+up|member[\s-]+only"
    # an ad slot's label with its note: "Advertisement - Scroll to continue", "ADVERTISEMENT ·
    # Continue reading below"
    r"|(?:advertisement|sponsored|ad)\s*[-–—·|:]?\s*(?:scroll|continue|continues|story|article"
    r"|content)\b.{0,40}"
    # a link that says where it goes ("Go to comments", "Go to r/anime")
    r"|go\s+to"
    # a site's account buttons, side by side ("Create   Log In")
    r"|create(?=\s+(?:log\s*in|sign\s+(?:in|up))\b))\b(?:\s+\S+){0,3}"
    # a reading time, "read" or not (a reader view's "6 min", "6–8 minutes"), "Est. reading
    # time: 4 min"
    r"|\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*(?:min(?:ute)?s?|m)(?:\s+read)?"
    r"|(?:est(?:imated|\.)?\s+)?reading\s+time\b.{0,30}"
    r"|season\s+\d{1,2}|episode\s+guide|episodes|part\s+\d{1,2}|cour\s+\d|spoilers?"
    r"|(?:winter|spring|summer|fall|autumn)\s+(?:\d{4}|['’]\d\d)(?:\s+anime)?"
    r"|\d+\s*(?:comments?|views?|likes?|shares?)"
    # a forum thread's starter, however the handle is written: "Started by ghost_ferry, July 6"
    r"|started\s+by\s+\S{2,40}(?:\s*[,·•|]\s*.{0,100})?"
    # ...or labelled, its post's date beside it: "Thread starter: ghost_ferry   Posted: July 6"
    r"|thread\s+starter\s*:\s*\S{2,40}(?:\s*[,·•|]\s*.{0,100}|\s+posted\b.{0,100})?"
    # a thread's counts as labels: "Posts: 6", "Replies: 23"
    r"|(?:posts|replies|views|comments|likes|reposts)\s*:\s*\d[\d.,]*\s*[km]?"
    # how far a user of a review database had watched: "4 of 6 episodes watched", "Episodes
    # seen: 4/6"
    r"|\d{1,4}\s*(?:/|of)\s*(?:\d{1,4}|\?)\s+(?:episodes?|eps?\.?)\s+(?:watched|seen)"
    r"|(?:episodes?|eps?\.?)\s+(?:watched|seen)\s*:\s*\d{1,4}(?:\s*(?:/|of)\s*(?:\d{1,4}|\?))?"
    # a forum's clock notice: "All times are GMT", "All times are UTC - 5 hours"
    r"|all\s+times\s+are\s+(?:gmt|utc)\b.{0,60}"
    # a platform's credit: "Powered by phpBB © 2001, 2005 phpBB Group", "Powered by Ghost"
    r"|powered\s+by\s+.{1,100}"
    # a user review's recommendation badge: "Recommended ✔", "Not recommended ✘"
    r"|(?:not\s+)?recommended[\s✔✓✗✘✅❌👍👎\ufe0f]*"
    # a list's sorting or filtering control: "Sort by: Most helpful ▾", "Filter: All ratings"
    r"|(?:sort|order|filter)(?:ed)?(?:\s+by)?\s*:\s*[^:\n]{1,30}"
    # spoiler warnings: "Spoiler warning: this review covers episode 6", "Minor spoilers ahead"
    r"|(?:(?:warning|caution|heads\s+up|note)\s*[:!\-–—]?\s*)?"
    r"(?:(?:minor|major|light|mild|heavy|full|some)\s+)?spoilers?"
    r"(?![\s-]*free\b)(?:\s+(?:warning|alert|ahead|below|follow|inside))?"
    r"(?:\s*[:!\-–—]\s*.{0,160}|\s+(?:for|about|from|through|up\s+to|ahead|below)\b.{0,160})?"
    r")[\s.:!]*",
    re.IGNORECASE,
)


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
MAX_KICKER = 30  # a section label above a headline is short ("TV REVIEW", "Anime · Recap")
# what a date opens with, when not a digit
_DATE_WORDS = frozenset(
    ("today", "yesterday", "jan", "january", "feb", "february", "mar", "march", "apr", "april",
     "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
     "october", "nov", "november", "dec", "december", "monday", "tuesday", "wednesday",
     "thursday", "friday", "saturday", "sunday")
)  # fmt: skip
_ROLE_WORDS = ("writer", "editor", "contributor", "critic", "reviewer", "columnist", "author",
               "correspondent")  # fmt: skip
_CREDIT_OPENERS = ("(", "[", " | ", " — ", " – ", " - ", " · ", " • ")
# breadcrumbs ("Home › Reviews › Show", "Board index ‹ Anime"); a markdown image or link
_BREADCRUMB = re.compile(r"[^‹›»>▸\n]{1,40}(?:\s*[‹›»>▸]\s*[^‹›»>▸\n]{1,60}){2,6}")
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
MAX_WIDGET = 140
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
        len(line) <= MAX_WIDGET
        and _WIDGET_HINT.search(lowered) is not None
        and _WIDGET_ACTION.search(line) is not None
    )


_PLATFORMS = (
    r"(?:discord|tumblr|medium|substack|youtube|reddit|twitter|patreon|blogger|wordpress"
    r"|mastodon|bluesky|twitch|spotify)(?:\.com)?"
)
# newer furniture, matched only when a line opens with one of _LABEL_STARTS or a digit:
# counts ("47 captures", "1.4k comments"), a newsletter's or a feed's labels ("View this
# email in your browser", "Trending: …", "Inside this issue:"), taglines, "Issue 14"
_LABELS = re.compile(
    r"\d[\d.,]*(?:[ \u00a0\u202f]\d{3})*\s*[km]?\s*(?:comments?|views?|likes?|shares?|captures?"
    r"|notes?|tweets?|posts?"
    r"|replies|reblogs?|subscribers?|followers?|claps?)"
    r"|view\s+(?:this\s+)?(?:email|newsletter|post|it)?\s*(?:in\s+(?:your\s+|a\s+)?browser|online)"
    r"|(?:trending|popular|most\s+(?:read|popular)|more\s+(?:reviews|stories)|read\s+also"
    r"|see\s+also|latest|breaking(?:\s+news)?|(?:inside|in)\s+this\s+issue|contents"
    # a sticky header's note of the article on screen, or of the one after it: "Now reading:
    # <its title>", "Up next: …" (the headline itself is elsewhere on the page)
    r"|(?:now|currently)\s+reading|you(?:['’]re|\s+are)\s+reading|reading\s+now|up\s+next"
    r"|next\s+up|read\s+next|now\s+playing)\s*:.{0,200}"
    # ...or its links run on after arrows: "Trending now >> <a show's review> >> …"
    r"|(?:trending(?:\s+(?:now|today))?|popular)\s*(?:>>|»).{0,200}"
    r"|(?:inside|in)\s+this\s+issue"
    # a section's or a link's label on a line of its own: "Most popular", "Trending now",
    # "Related:", "Previous post", "Next article", "Read next"
    r"|(?:trending(?:\s+(?:now|today|stories|posts))?|most\s+(?:popular|read|viewed|shared)"
    r"|popular(?:\s+(?:now|posts|stories|articles))?|related(?:\s+(?:posts|articles|stories"
    r"|reading|reviews|content))?|read\s+next|up\s+next|next\s+up"
    r"|(?:previous|prev|next|older|newer)\s+(?:post|article|story|entry|review|page))[\s:»›>«‹<]*"
    # a browser's reader view, saved with the page
    r"|(?:reader|readable|reading)\s+(?:view|mode)"
    # ...with the host it was read from: "Reader view — someblog.example"
    r"(?:\s+[—–\-|:·]\s+[a-z0-9]+(?:[.\-][a-z0-9]+)*\.[a-z]{2,12})?"
    r"|(?:the|a|an)\s+(?:weekly\s+|monthly\s+)?(?:newsletter|blog|podcast|magazine|(?:fan|web)?zine|journal"
    r"|website|site)\s+(?:of|for|about|by)\b.{0,100}"
    r"|(?:issue|no\.|vol(?:ume)?\.?)\s*#?\d{1,4}"
    # a printed page's running header: "page 3 of the club zine", "Page 12 of 40"
    r"|page\s+\d{1,4}(?:\s+of\s+.{1,60})?"
    # a platform's name after a blog's or server's ("Sakura Watch Club · Discord"), or over
    # the kind of its page a copy was made of ("Bluesky · Thread", "Mastodon — Post"): the
    # app's header, the thread's own headline in its first post
    rf"|{_PLATFORMS}(?:\s+[·•|—–\-]\s+(?:thread|post|conversation|replies))?",
    re.IGNORECASE,
)
# a newsletter's row of its e-mail's links, on a line of its own: "View in browser |
# Unsubscribe", "Unsubscribe · View in browser · Forward to a friend" (its masthead's or its
# foot's furniture, not the issue's headline); one such link alone is among _LABELS. Whom it
# is forwarded to is the letter's own word for its readers ("Forward to a teammate", "... to
# a fellow fan"), a word or two after "to a": the row is its links and separators only
_MAIL_LINK = (
    r"(?:view\s+(?:this\s+)?(?:email|newsletter|post|issue|it)?\s*"
    r"(?:in\s+(?:your\s+|a\s+)?browser|online)|read\s+online|unsubscribe|(?:re)?subscribe"
    r"|forward\s+(?:this\s+)?(?:email\s+|issue\s+|newsletter\s+)?to\s+(?:a|an|your)\s+"
    r"[^\W\d_]+(?:[ \t][^\W\d_]+)?"
    r"|(?:manage|update)\s+(?:your\s+)?(?:subscription|preferences|email\s+settings)|share)"
)
_MAIL_LINK_ROW = re.compile(rf"{_MAIL_LINK}(?:\s*[|·•]\s*{_MAIL_LINK})+", re.IGNORECASE)
_LABEL_STARTS = frozenset(
    ("view", "trending", "popular", "most", "more", "read", "see", "latest", "breaking", "inside",
     "now", "currently", "you", "you're", "you’re", "up", "next",
     "in", "contents", "the", "a", "an", "issue", "no.", "vol", "vol.", "volume", "page", "reader",
     "readable", "reading", "related", "previous", "prev", "older", "newer",
     "discord", "tumblr", "medium", "substack", "youtube", "reddit",
     "twitter", "patreon", "blogger", "wordpress", "mastodon", "bluesky", "twitch", "spotify")
)  # fmt: skip
# a site's host name or a blog's handle on a line of its own ("rougewatch.example",
# "@name@server.example": an account on a federated server,
# "rouge-in-the-machine"): one lower-case token joined by dots, hyphens or underscores
HANDLE = re.compile(
    r"[a-z0-9]+(?:[.\-_][a-z0-9]+)+|@[A-Za-z0-9_.\-]+(?:@[A-Za-z0-9_.\-]+)?|[ru]/[A-Za-z0-9_\-]+"
    r"|#[A-Za-z][A-Za-z0-9_\-]*"  # a chat channel's or a tag's name ("#anime-reviews")
)
# a section label above a headline ("REVIEW", "TV Review", "Anime · TV review", "FEATURE: Review")
_KICKER_WORD = (
    r"(?:tv|television|anime|film|movie|episode|season|weekly|series|reviews?|recaps?|news|features?"
    r"|opinion|analysis|critique|columns?|editorial|essays?)"
)
# ...and words that only follow one ("EPISODE WATCH", "Season Guide", "Anime Roundup")
_KICKER_TAIL = r"(?:watch|guide|spotlight|roundup|round-up|digest|corner|diary|desk|picks)"
_KICKER = re.compile(
    rf"{_KICKER_WORD}(?:\s*[·•|/,&:]?\s*(?:{_KICKER_WORD}|{_KICKER_TAIL})){{0,3}}[\s.:]*",
    re.IGNORECASE,
)
KICKER_WORDS = frozenset(
    [
        "tv",
        "television",
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
PART_SEPARATORS = re.compile(r"\s+(?:[·•|]|//)\s+")


def not_a_title(line: str) -> bool:
    """A date, a credit, a byline, a widget, a label, a breadcrumb or a markdown image: never
    a title. Nor a line made only of such parts ("Anime · 12 min ago · 4 min read")."""
    line = line.strip()
    if _is_furniture(line):
        return True
    if line[:1] in _BULLETS and (len(line) == 1 or _is_furniture(line[1:].lstrip())):
        return True  # a post's age under its community's name, its separator first ("• 2y")
    if line and ord(line[0]) >= _FIRST_ICON:
        icon = _LEADING_ICON.match(line)
        if icon is not None and icon.end() < len(line) and _is_furniture(line[icon.end() :]):
            return True  # furniture behind its icon: "⏱ 6 min read", "🕒 March 3, 2024", "💬 12"
    if "·" in line or "•" in line or "|" in line or " // " in line:
        parts = PART_SEPARATORS.split(line)
        if len(parts) < 2:
            return False
        if _list_entry(parts):
            return True  # a tracker's list entry: "<Name> · Watching · 2/12"
        furniture = [_part_is_furniture(part) for part in parts]
        if _site_stats(parts, furniture):
            return True  # a database site's "Score: 8.4 · #120 Top Rated · 90,000 members"
        if all(furniture[1:]) and (
            furniture[0]
            or (
                len(parts[0].split()) <= MAX_SOURCE_WORDS
                and HEADLINE_WORDS.search(parts[0]) is None
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
            len(parts) >= MIN_BAR_PARTS
            and any(furniture)
            and all(len(part.split()) <= MAX_SOURCE_WORDS for part in parts)
        )
    return False


def _part_is_furniture(part: str) -> bool:
    """Is this part of a line furniture, perhaps behind its icon (a bar of widgets, each
    button's icon before its label: "🔔 Subscribe for updates | ↗ Share | 🖨 Print")? A
    count behind its icon ("👍 188", a review's reactions beside its byline and score) is
    no widget's label: a line of such parts is not taken as a bar of widgets for it."""
    if _is_furniture(part):
        return True
    if not part or ord(part[0]) < _FIRST_ICON:
        return False
    icon = _LEADING_ICON.match(part)
    return (
        icon is not None
        and part[icon.end() : icon.end() + 1].isalpha()
        and _is_furniture(part[icon.end() :])
    )


_BULLETS = "·•"
# a tracker's list entry (a library update shared as a post): the anime's name, its watch
# status and how far the list says it is watched ("Watching · 2/12", "Completed · 24/24 eps")
_WATCH_STATUS = re.compile(
    r"(?:currently\s+)?(?:watching|re-?watching|completed|dropped|on[\s-]hold|paused"
    r"|plan(?:ning|s)?\s+to\s+watch)",
    re.IGNORECASE,
)
_LIST_PROGRESS = re.compile(
    r"(?:(?:eps?\.?|episodes?|progress:?)\s*)?\d{1,4}\s*/\s*(?:\d{1,4}|\?)"
    r"(?:\s*(?:eps?\.?|episodes))?",
    re.IGNORECASE,
)


def _list_entry(parts: list[str]) -> bool:
    """Are these parts of a line a tracker's list entry: a watch status and a progress?"""
    return any(
        len(part) <= _MAX_STATUS and _WATCH_STATUS.fullmatch(part) is not None for part in parts
    ) and any("/" in part and _LIST_PROGRESS.fullmatch(part) is not None for part in parts)


_MAX_STATUS = 20
# a database site's statistics of a show, parts of one line: its community's score, its rank
# and its audience ("Community score: 8.4 ★", "#120 Top Rated", "Ranked #120", "90,000 members")
_STAT_NUMBER = r"\d[\d,]*(?:\.\d{1,3})?\s*[km]?"
_SITE_STAT = re.compile(
    r"(?:(?:community|average|avg\.?|mean|weighted|overall|users?['’]?|members?['’]?|fans?['’]?"
    r"|audience|site|global)\s+)?(?:score|rating)s?\s*:?\s*\d{1,3}(?:[.,]\d{1,3})?"
    r"\s*(?:/\s*\d{1,3}|%|[★⭐☆]\ufe0f?|stars?)?"
    r"|(?:(?:ranked|rank(?:ing)?|popularity)\s*:?\s*)?#\d[\d,]*"
    r"(?:\s+(?:top[\s-]?rated|ranked|overall|all[\s-]time|most\s+popular|(?:in\s+)?popularity"
    r"|popular|this\s+season|(?:of|in)\s+(?:the\s+)?(?:season|year)))?"
    r"|(?:scored\s+by\s+)?"
    rf"{_STAT_NUMBER}\s+(?:members|users|ratings|votes|reviews|favou?rites|fans|watchers|lists)",
    re.IGNORECASE,
)
_MIN_STATS = 2


def _site_stats(parts: list[str], furniture: list[bool]) -> bool:
    """Are these parts of a line a database site's statistics of a show (at least two: a
    score, a rank, a count of members), with nothing but furniture beside them?"""
    stats = 0
    for part, known in zip(parts, furniture, strict=True):
        if _SITE_STAT.fullmatch(part.strip()) is not None:
            stats += 1
        elif not known:
            return False
    return stats >= _MIN_STATS


# the icon a theme draws before a line of furniture (a clock, a calendar, a speech bubble, an
# arrow); not a star, which opens a score
_LEADING_ICON = re.compile(
    r"(?:[\u2190-\u21ff\u2300-\u23ff\u25a0-\u2604\u2606-\u27bf\U0001f300-\U0001f31e"
    r"\U0001f320-\U0001faff]\ufe0f?\s*)+"
)
_FIRST_ICON = 0x2190
MAX_SOURCE_WORDS = 3
MIN_BAR_PARTS = 3
_SPACED_PARTS = re.compile(r"\s{2,}")
_MAX_NAV_ITEM = 20
_HEADLINE_DASHES = "–—"  # a headline's separators, which no menu item opens with


def _is_nav_bar(line: str) -> bool:
    """A site's navigation menu copied as one line, its items apart by runs of spaces ("HOME
    REVIEWS   SEASONAL   ABOUT", "Home   Discover   Lists   Log a show"): three or more short
    items. A headline's words are one space apart. An item opening with a dash before words
    is no menu's: a padded headline's separator leads the words after it ("<Name>  Ep. 4
    — notes")."""
    parts = _SPACED_PARTS.split(line)
    return len(parts) >= MIN_BAR_PARTS and all(
        len(part) <= _MAX_NAV_ITEM
        and len(part.split()) <= MAX_SOURCE_WORDS
        and not (part[:1] in _HEADLINE_DASHES and len(part) > 1)
        for part in parts
    )


_RAW_HEAD = 8000  # a navigation bar is near the top of the text
_SINGLE_SPACED = re.compile(r"[^\W\d_]{2} [^\W\d_]{2}")


def written_as_nav_bar(text: str, line: str) -> bool:
    """Was the cleaned `line` (its space runs collapsed) written in the raw `text` as a
    navigation bar, its items apart by runs of spaces or tabs?"""
    words = line.split(" ")
    if len(words) < MIN_BAR_PARTS or len(line) > MAX_HEADLINE or line in text:
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
HEADLINE_WORDS = re.compile(
    r"\b(?:reviews?|recaps?|impressions?|episodes?|ep|season|finale|premiere|thoughts)\b",
    re.IGNORECASE,
)


# a social post's header: the poster's display name, then their handle ("Mika 🌙
# @mikareads@anime.social"), perhaps with the post's age ("· 2h")
_POSTER = re.compile(
    r"(?P<name>[^@\n]{1,60}?)\s+@[A-Za-z0-9_.\-]+(?:@[A-Za-z0-9_.\-]+)?(?:\s*[·•|]\s*.{0,40})?"
)
_MAX_POSTER_WORDS = 5
# a forum post's poster line, as board software prints it over each post: "Posted by
# some_user » Sun Oct 12, 2025 9:41 pm", "by Some User » 12 Oct 2025, 21:41" (the name, a
# guillemet, then the post's date): the post's headline is the thread's, elsewhere
_FORUM_POSTER = re.compile(
    r"(?:posted\s+)?by\s+(?P<name>\S{1,40}(?:\s\S{1,40}){0,2})\s+»\s+(?P<date>[^»\n]{6,60})",
    re.IGNORECASE,
)
# ...unless the copy sets the display name in bold ("**<a long display name>** @handle"): the
# marks close it right before the handle, so its words may be as many as a service allows
_POSTER_NAME_MARKS = ("**", "__")


def _bold_display_name(name: str) -> bool:
    """Is a poster line's `name` set in bold whole before the handle ("**Nori Reviews
    Things**", or "Nori Reviews Things**" with the line's opening marks stripped)? Then it is
    the account's display name whatever its words ("Reviews", "Recaps" name many accounts);
    a post's headline set in bold names its episode's number."""
    for mark in _POSTER_NAME_MARKS:
        if name.endswith(mark):
            inner = name[: -len(mark)].removeprefix(mark)
            return mark not in inner and not any(c.isdigit() for c in inner)
    return False


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


def is_forward_banner(line: str) -> bool:
    """A forwarded or quoted e-mail's banner ("---------- Forwarded message ---------")."""
    return "essage" in line and _FORWARD_BANNER.fullmatch(line) is not None


# a messenger's stamp on a forwarded post, naming the chat or channel it was forwarded from
# (perhaps after its arrow): "Forwarded from Some Channel", "↪️ Forwarded from @handle",
# "Forwarded message from Name"; or its bare mark ("Forwarded", "Forwarded many times")
_FORWARDED_STAMP = re.compile(
    r"(?:[↪➡→⤷⤵]\ufe0f?\s*)?forwarded(?:\s+message)?"
    r"(?:\s+from\s+(?P<source>[^\s:](?:[^\n:]){0,58})|\s+many\s+times)?:?",
    re.IGNORECASE,
)
_MAX_FORWARDED_FROM_WORDS = 6  # a chat's or a channel's name, not a sentence


def is_forwarded_stamp(line: str) -> bool:
    """A messenger's stamp on a forwarded post ("Forwarded from Some Channel"), on a line of
    its own: the post's furniture, never its headline."""
    if "orwarded" not in line[:12]:
        return False
    stamp = _FORWARDED_STAMP.fullmatch(line)
    if stamp is None:
        return False
    source = stamp.group("source")
    return source is None or (
        len(source.split()) <= _MAX_FORWARDED_FROM_WORDS and HEADLINE_WORDS.search(source) is None
    )


def is_mail_header(line: str) -> bool:
    """An e-mail header line, its value in a header's shape ("From: Name <a@b.example>")."""
    return is_mail_header_field(line) and _MAIL_HEADER.fullmatch(line) is not None


def is_mail_header_field(line: str) -> bool:
    """A line that opens with an e-mail header's name ("To: you", "Cc: the club"). Alone it
    is a header only inside an e-mail's header block, where a newsletter's "To:" need not
    hold an address; elsewhere the value must have a header's shape too (is_mail_header)."""
    colon = line.find(":", 0, _MAX_MAIL_NAME)
    return colon > 0 and line[:colon].strip().lower() in _MAIL_HEADER_WORDS


_MAX_CRUMB_WORDS = 3
_MIN_CRUMBS = 3


def _slash_breadcrumb(line: str) -> bool:
    """Breadcrumbs or a category path with slashes: "Anime / Reviews / Winter 2024" (three or
    more short parts)."""
    parts = line.split(" / ")
    return len(parts) >= _MIN_CRUMBS and all(
        0 < len(part.split()) <= _MAX_CRUMB_WORDS for part in parts
    )


def is_kicker(line: str) -> bool:
    """A section label above a headline ("REVIEW", "TV Recaps", "Anime · TV review")."""
    first = line.split(None, 1)[0].strip("·•|/,&.:").lower() if line else ""
    return first in KICKER_WORDS and _KICKER.fullmatch(line) is not None


_BRACKET_CHAT_HEADER = re.compile(r"\[([^\[\]\n]{6,40})\]\s*([^\s\[\]][^\[\]\n]{0,40})")
_MAX_CHAT_NAME_WORDS = 4


# a copied team chat's message header: the sender's name, then the time alone ("Dana Kim
# 10:12 AM", "hana 21:14"). The one grammar of it; each reader adds its own conditions on the
# name and the time: _name_time_header here, boilerplate's chat-reply finder (stricter)
NAME_TIME_HEADER = re.compile(
    r"(?P<name>[^\W\d_][^\d:\n]*?)\s+\d{1,2}:\d{2}(?P<meridiem>\s*[ap]\.?m\.?)?", re.I
)
_MAX_CHAT_NAME = 51

# a numeric date and the time after it: "1/24/25, 6:12", "2024-03-07 21:15"
DATE_AND_TIME = r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}),?\s+\d{1,2}:\d{2}"
AM_PM = r"(?:\s*[ap]\.?m\.?)?"
# a messenger's text export's message, its header on the line: "07/03/2024, 21:15 - Name:
# text", "2024-03-07 21:15 - Name: text" (a system message has no "Name:"); the title
# detector reads a headline from it, boilerplate's chat-reply finder its sender
STAMPED_MESSAGE = re.compile(
    DATE_AND_TIME + r"(?::\d{2})?" + AM_PM + r"\s+[-–—]\s+",
    re.IGNORECASE,
)
# ...the date and the time alone, all a chat export's message header gives after its sender's
# name: "01/12/2024 9:14 PM", "2024-01-12 21:14"
_DATED_TIME = re.compile(DATE_AND_TIME + AM_PM + r"\s*", re.IGNORECASE)
STAMPED_SENDER = re.compile(r"(?P<name>[^:\n]{1,40}?):\s+(?P<text>\S.*)")


def _name_time_header(line: str) -> bool:
    """A team chat's "Dana Kim  10:12 AM" or "hana 21:14" among a page's opening lines: a
    short name that names no review ("Show Episode 10:30" is a headline), the time in 12 or 24
    hours. Looser than boilerplate's reading of the header, which looks through the whole text
    and cuts it at the headers it counts: here a false header only drops one short line from
    the title's candidates."""
    header = NAME_TIME_HEADER.fullmatch(line)
    if header is None:
        return False
    name = header.group("name")
    return (
        len(name) <= _MAX_CHAT_NAME
        and len(name.split()) <= _MAX_CHAT_NAME_WORDS
        and HEADLINE_WORDS.search(name) is None
    )


_POSTED_BY = "posted by "
_REPLY_ARROWS = ("↳", "↪")  # (a tuple: "" is in every string)


def chat_header(line: str) -> bool:
    """A chat export's message header: "hana — 01/12/2024 9:14 PM", "[01/12/2024 21:14] hana",
    "Dana Kim  10:12 AM" (its message follows); a team chat's reply in a thread, under its
    arrow: "↳ Dana Kim  10:15 AM"."""
    last = line[-1:]
    if (
        (last == "M" or last == "m" or last == "." or last.isdigit())
        and ":" in line[-8:]
        and (
            _name_time_header(line)
            or (line[:1] in _REPLY_ARROWS and _name_time_header(line[1:].lstrip()))
        )
    ):
        return True
    if line[:1] == "[":
        header = _BRACKET_CHAT_HEADER.fullmatch(line)
        if header is None or len(header.group(2).split()) > _MAX_CHAT_NAME_WORDS:
            return False
        stamp = header.group(1)
        # a date, or the day a chat's divider names, perhaps with the time ("[Today
        # 20:33] name:", "[Yesterday at 9:14 PM] name", as a chat's copy dates its recent days)
        return _opens_as_date(stamp) and (
            _NOT_TITLE.fullmatch(stamp) is not None
            or (stamp[:1] in "TtYy" and _DAY_DIVIDER.fullmatch(stamp) is not None)
        )
    at = line.find(" — ")
    if at < 0:
        at = line.find(" – ")
    if at > 0 and line[:1] in "Pp" and line[:10].lower() == _POSTED_BY:
        # a pinned or copied message's poster line: "posted by hana_r — 01/12/2024"
        if HANDLE.fullmatch(line[10:at]) is None:
            return False
    elif at <= 0:
        return _named_chat_header(line)
    elif " " in line[:at]:
        # a display name of a few words, then the date and the time a chat export gives each
        # message: "Dana K. — 01/12/2024 9:14 PM" (not a date alone: "Some Site — Jan 5, 2024")
        return (
            len(line[:at].split()) <= _MAX_CHAT_NAME_WORDS
            and line[at + 3 : at + 4].isdigit()
            and _DATED_TIME.fullmatch(line, at + 3) is not None
            and HEADLINE_WORDS.search(line, 0, at) is None
        ) or _named_chat_header(line)
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
        or HEADLINE_WORDS.search(line, 0, at) is not None  # "Show Episode 5 Review, 10.01.2024"
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
# ...or a chat's path down to a forum channel's post, perhaps after the channel's icon ("📁
# #show-forum › Some Show"): its label the post's name in the channel's list
_CHANNEL_BANNER = re.compile(r"(?P<handle>\S{2,60})\s+[—–\-|·•:›»]\s+(?P<label>.{1,40})")
_MAX_CHANNEL_ICON = 3  # characters of an emoji (and its variation selector) before the name
_MAX_BANNER_LABEL_WORDS = 3
# an account's or a community's picture, its alt text copied as a line ("u/name avatar")
_HANDLE_PICTURE = re.compile(
    r"(?P<handle>\S{2,60})\s+(?:icon|avatar|logo|banner|profile\s+(?:picture|image|photo))",
    re.IGNORECASE,
)


def _handle_picture(line: str) -> bool:
    picture = _HANDLE_PICTURE.fullmatch(line)
    return picture is not None and HANDLE.fullmatch(picture.group("handle")) is not None


def _channel_banner(line: str) -> bool:
    banner = _CHANNEL_BANNER.fullmatch(line)
    return (
        banner is not None
        and HANDLE.fullmatch(banner.group("handle")) is not None
        and len(banner.group("label").split()) <= _MAX_BANNER_LABEL_WORDS
        and HEADLINE_WORDS.search(banner.group("label")) is None
    )


_BARE_URL = re.compile(r"(?:www\.)?(?:[a-z0-9\-]+\.)+[a-z]{2,}(?::\d{1,5})?/\S*", re.IGNORECASE)


# a blog platform's reblog stamp: "blog-a reblogged this from blog-b", "Reblogged from blog-b"
_REBLOG_STAMP = re.compile(
    r"(?:[\w.\-@]{1,60}\s+)?reblogged\s+(?:this\s+)?(?:from|by)\s+[\w.\-@]{1,60}"
    r"(?:\s*[·•|,\-–—(]\s*.{0,60})?",
    re.IGNORECASE,
)

# a community post's crosspost or repost stamp, naming the account or community it came from
# or was shared by, perhaps with its age: "Crossposted from r/somesub by u/name · 2y",
# "Reposted by u/name in r/somesub · 6h", "Shared from @name"
_REPOST_STAMP = re.compile(
    r"(?:cross-?\s?posted|re-?posted|shared)\s+(?:from|by|in|to|via)\s+(?:[ur]/|@)[\w.\-]{2,40}"
    r"(?:\s+(?:from|by|in|to|via)\s+(?:[ur]/|@)[\w.\-]{2,40}){0,2}"
    r"(?:\s*[·•|,\-–—(]\s*.{0,60})?",
    re.IGNORECASE,
)


# ...or a newsletter's or a feed's restack of a post, naming who shared it by their name and a
# colon before their comment on it, under the stamp: "Restacked by Theo Barnwell:", "Reposted
# by Dara Quill:" (a name of a few words; "Reposted by Popular Demand: <headline>" goes on)
_SHARER_NAME = r"[^\s:](?:[^\s:]|\s(?=\S)){0,58}"  # a sharer's name, its words one space apart
_SHARER_STAMP = re.compile(
    rf"(?:re-?stacked|re-?posted|shared|boosted)\s+by\s+{_SHARER_NAME}:", re.IGNORECASE
)
_MAX_SHARER_WORDS = 4


# ...or a social feed's repost stamp behind its repost icon, naming who shared the post under
# it by their display name: "🔁 Reposted by Dara Quill", "↻ Reposted by Hana Loves Cels",
# "🔄 Boosted by kit" (the icon says it is the app's stamp: "Reposted by Popular Demand" alone
# may be a headline's pun)
_REPOST_ICONS = "🔁🔄↻↺⟲⟳♻"
_ICON_REPOST_STAMP = re.compile(
    rf"[{_REPOST_ICONS}]\ufe0f?\s*(?:re-?posted|boosted|reblogged|shared)\s+by\s+{_SHARER_NAME}",
    re.IGNORECASE,
)


def is_repost_stamp(line: str) -> bool:
    """Is `line` a community post's crosspost or repost stamp ("Reposted by u/name in
    r/somesub · 6h"), a restack's naming its sharer before their comment ("Restacked by
    Theo Barnwell:"), or a feed's stamp behind its repost icon ("↻ Reposted by Dara Quill")?"""
    if line[:1] in _REPOST_ICONS and "ed by " in line[:16]:
        stamp = _ICON_REPOST_STAMP.fullmatch(line)
        return stamp is not None and len(line.split()) <= 3 + _MAX_SHARER_WORDS
    if line[-1:] == ":" and ("acked " in line[:12] or "osted " in line[:12] or "ed by " in line):
        return (
            _SHARER_STAMP.fullmatch(line) is not None and len(line.split()) <= 2 + _MAX_SHARER_WORDS
        )
    return ("osted " in line[:16] or "hared " in line[:8]) and (
        _REPOST_STAMP.fullmatch(line) is not None
    )


# what a chat's copied text has where a picture, a video or a file was: "[Photo]", "[Sticker 😀]"
MEDIA_PLACEHOLDER = re.compile(
    r"\[\s*(?:photo|image|picture|video|gif|sticker|file|document|audio|voice(?:\s+message)?"
    r"|album|attachment|media)(?:\s[^\[\]\n]{0,40})?\]",
    re.IGNORECASE,
)
# a row of a page's buttons copied as text, each label in brackets ("[Print] [Close window]",
# "[Share] [Save]"): words only, no numbers (a chat's "[10:32] [Name]" stamps are no buttons)
_BUTTON_ROW = re.compile(r"\[[^\W\d_][^\[\]\d\n]{0,23}\](?: ?\[[^\W\d_][^\[\]\d\n]{0,23}\])+")
# a channel's pinned notice: "[📌 Pinned] …", "📌 Pinned: …", "Pinned message: …"
# who marked the item a feed reader or a channel shows, perhaps behind its mark's icon:
# "★ starred by mod "name"", "Bookmarked by you", "📌 pinned by @name" (a handle or a quoted
# name: "Saved by the Bell: …" is a headline)
_MARKED_BY = re.compile(
    r"(?:[★⭐☆📌🔖🚩]\ufe0f?\s*)?(?:starred|favou?rited|bookmarked|pinned|flagged)\s+by\s+"
    r"(?:(?:mod|moderator|admin|user)\s+)?(?:you|me|@?[\w.\-]{2,40}|[\"“'‘][^\"“”'‘’\n]{1,40}[\"”'’])",
    re.IGNORECASE,
)
_PINNED = re.compile(
    r"[\[(]\s*(?:📌\s*)?pinned\b[^\])\n]{0,20}[\])]|📌\s*pinned\b|pinned\s+(?:message|post)\s*[:\-–—]",
    re.IGNORECASE,
)


# a show's or a publication's name, then its tagline: "SIGNAL LOSS: an anime podcast", "Night
# Shift — a weekly newsletter about anime" (a masthead: the headline is elsewhere)
_NAME_AND_TAGLINE = re.compile(
    r"(?P<name>[^:—–|]{1,60}?)[ \t]*[:—–|][ \t]*(?:a|an|the|your)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?"
    r"(?:podcast|newsletter|blog|(?:fan|web)?zine|magazine|journal|vodcast|radio[ \t]+show"
    r"|youtube[ \t]+channel)(?:[ \t]+(?:about|on|for|by|of|from)\b.{0,80})?[.!]?",
    re.IGNORECASE,
)


def _name_and_tagline(line: str) -> bool:
    """Is `line` a show's or a publication's name and its tagline, naming no review?"""
    tagline = _NAME_AND_TAGLINE.fullmatch(line)
    return tagline is not None and HEADLINE_WORDS.search(tagline.group("name")) is None


# a cookie banner's notice, copied with the page: "We use cookies to improve your experience.
# By continuing to browse, you agree to our use of cookies."
_COOKIE_NOTICE = re.compile(
    r"\b(?:we|this\s+(?:site|website)|our\s+(?:site|website|partners))\b.{0,80}?"
    r"\b(?:use|uses|set|sets|store|stores)\s+cookies\b"
    r"|\bcookies?\b.{0,160}?\b(?:consent|you\s+agree|accept|cookie\s+(?:policy|settings))\b"
    r"|\b(?:by\s+(?:continuing|using|clicking)|accept)\b.{0,160}?\bcookies\b"
    # the consent frameworks' wording: "We and our partners store and/or access information on
    # a device, such as cookies"
    r"|\b(?:store|access)\b.{0,40}?\binformation\s+on\s+(?:a|your)\s+device\b"
    # a banner labelled as one: "Cookie notice: we store small files on your device…"
    r"|\Acookies?\s+(?:notice|banner|consent)\s*[:\-–—]",
    re.IGNORECASE,
)
MAX_COOKIE_NOTICE = 500
# ...and its buttons, side by side: "Accept all   Manage preferences", "Reject all  Accept"
_CONSENT_BUTTON = (
    r"(?:(?:accept|reject|decline|allow|refuse|deny)(?:\s+(?:all|only))?"
    r"(?:\s+(?:cookies|necessary|essential|necessary\s+cookies|essential\s+cookies))?"
    r"|manage\s+(?:preferences|settings|cookies|options|choices|consent)"
    r"|cookie\s+(?:settings|preferences|policy)|(?:more|show)\s+(?:options|details|purposes)"
    r"|customi[sz]e(?:\s+settings)?|privacy\s+policy|learn\s+more|got\s+it|i\s+agree|agree)"
)
_CONSENT_BUTTONS = re.compile(rf"{_CONSENT_BUTTON}(?:\s+{_CONSENT_BUTTON}){{0,3}}", re.IGNORECASE)
_CONSENT_OPENERS = ("accept", "reject", "decline", "allow", "refuse", "deny", "manage",
                    "cookie", "more", "show", "customise", "customize", "privacy", "learn",
                    "got", "i ", "agree")  # fmt: skip


def _cookie_banner(line: str, lowered: str) -> bool:
    """A cookie banner's notice or its row of buttons."""
    if "ookie" in line and len(line) <= MAX_COOKIE_NOTICE and _COOKIE_NOTICE.search(line):
        return True
    return lowered.startswith(_CONSENT_OPENERS) and _CONSENT_BUTTONS.fullmatch(line) is not None


# a content warning: "Content warning: violence", "CW: gore, death", "TW // self-harm"; what
# it warns of is a list of topics, never a review ("Content Warning: Show Episode 6 Review")
_CONTENT_WARNING = re.compile(
    r"(?:(?:content|trigger)\s+(?:warnings?|notes?|advisory)|cws?|tws?)"
    r"(?:\s*(?:[:\-–—]|//)\s*(?P<topics>.{1,160}))?[\s.]*",
    re.IGNORECASE,
)
_WARNING_OPENERS = ("content", "trigger", "cw", "tw")
# ...a warning of spoilers may name the episode it spoils ("CW: Show ep 5 spoilers", "CW:
# spoilers for Show Episode 5"): the spoilers are its topic, the episode theirs; a review
# word among them makes it the headline it may be ("Content Warning: Show Episode 6 Review")
_SPOILER_TOPICS = re.compile(r"spoilers?\b.*|.*\bspoilers?[\s.!]*", re.IGNORECASE)
_REVIEW_WORDS = re.compile(r"\b(?:reviews?|recaps?|impressions?|thoughts)\b", re.IGNORECASE)


def _content_warning(line: str, lowered: str) -> bool:
    if not lowered.startswith(_WARNING_OPENERS):
        return False
    warning = _CONTENT_WARNING.fullmatch(line)
    if warning is None:
        return False
    topics = warning.group("topics") or ""
    return HEADLINE_WORDS.search(topics) is None or (
        "poiler" in topics
        and _SPOILER_TOPICS.fullmatch(topics) is not None
        and _REVIEW_WORDS.search(topics) is None
    )


# an audio or video player's controls and clock ("▶ 0:00 / 6:42", "⏸ 1:02:10 / 1:30:00")
_PLAYER_CLOCK = re.compile(
    r"[▶►⏵⏯⏸⏹⏪⏩🔊🔈\ufe0f\s]*\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?"
    r"[\s🔊🔈⚙\ufe0f]*"
)


# a translated page's banner: "This page has been translated from Japanese. Show original",
# "Translated from Japanese · Show original", "Automatically translated from French by …",
# perhaps in brackets with the original's address and a warning: "[Translated from Korean ·
# Original: site.example · Machine translation, may contain errors]"; or the adverb after the
# verb, the warning of its wording: "[This page has been translated automatically from
# Japanese. Some expressions may be unnatural.]"
_TRANSLATED_BANNER = re.compile(
    r"[\[(]?\s*(?:this\s+(?:page|article|post|text|site)\s+(?:has\s+been|was|is)\s+)?"
    r"(?:automatically\s+|machine[\s-]+|auto[\s-]+)?translated\s+(?:automatically\s+)?"
    r"(?:from|into|to)\s+[^\W\d_]+"
    r"(?:\s+(?:to|into)\s+[^\W\d_]+)?(?:\s+by\s+\S+(?:\s+\S+)?)?"
    r"(?:\s*[.·•|,\-–—]\s*(?:(?:show|view|see)\s+(?:the\s+)?original|original\s+text"
    r"|(?:rate|undo)\s+(?:this\s+)?translation|options|turn\s+off\s+translation)\b.{0,40}"
    r"|(?:\s*[.·•|,;\-–—]\s*(?:original(?:\s+(?:text|article|post|page))?\s*:\s*\S{1,80}"
    r"|(?:automatic|machine|auto(?:mated)?)[\s-]+translation\b"
    r"|(?:it\s+|this\s+|the\s+text\s+)?(?:may|might|can)\s+contain\s+"
    r"(?:errors|mistakes|inaccuracies)"
    r"|(?:some\s+)?(?:expressions|phrases|wordings?|sentences)\s+(?:may|might|can)\s+"
    r"(?:be|sound|read)\s+(?:unnatural|awkward|strange|odd)))+)?"
    r"[\s.]*[\])]?[\s.]*",
    re.IGNORECASE,
)


# a site's buttons drawn as glyphs, copied as a line of their own: a menu's "☰", a search's
# "🔍", a close button's "✕"
_ICON_GLYPHS = "☰≡⋮⋯✕✖×⌕🔍←→⌂🏠 \ufe0f"
_MAX_ICONS = 8


# a link back to the site's listing: "← Back to all reviews", "Back to Reviews", "« Back to blog"
_BACK_LINK = re.compile(
    r"(?:[←‹«<]\s*)?back\s+to\s+(?:all\s+|the\s+|our\s+)?(?:[\w-]+\s+)?"
    r"(?:reviews|posts|articles|stories|blog|home|homepage|news|index|list|archive|top|search"
    r"|results|series|episodes|forum|thread|topics?)(?:\s*[›»>])?",
    re.IGNORECASE,
)


# a site's disclosure above a post: "This post may contain affiliate links.", "Disclosure:
# the studio provided a screener.", "As an Amazon Associate I earn from qualifying purchases."
_DISCLOSURE = re.compile(
    r"(?:(?:this|the)\s+(?:post|article|page|review|site|blog)\s+(?:may\s+)?contains?\s+"
    r"(?:affiliate|sponsored|paid)\s+links?"
    r"|(?:affiliate|ftc)\s+disclosure\s*[:\-–—]?|disclosure\s*[:\-–—]"
    r"|as\s+an\s+amazon\s+associate\b"
    # "We may earn a commission from links on this page.", "I may receive compensation..."
    r"|(?:we|i)\s+(?:may|might|could|can)\s+(?:earn|receive|get|make)\s+(?:an?\s+)?"
    r"(?:small\s+)?(?:affiliate\s+)?(?:commission|compensation)\b)",
    re.IGNORECASE,
)
MAX_DISCLOSURE = 300


# a note of where or when a post first ran, or of the series it belongs to: "Originally
# published on Medium", "This article is more than 1 year old", "Part of the series: Spring
# 2024 Episode Reviews" (a headline naming a review or an episode is never one)
_PROVENANCE = re.compile(
    r"(?:this\s+(?:post|article|story|review|piece)\s+(?:was\s+)?)?originally\s+(?:published"
    r"|posted|appeared|ran)(?:\s+(?:on|in|at|for))?\s+[^.!?,\n]{1,40}"
    r"(?:,\s+(?:on\s+)?[^.!?\n]{0,24}\d{4})?"  # "..., March 3, 2024"
    r"|(?:this|the)\s+(?:post|article|story|review|piece)\s+is\s+(?:more\s+than|over|older\s+than)"
    r"\s+(?:\d{1,3}|an?|one|two|three|four|five|six)\s+(?:years?|months?|weeks?|days?)(?:\s+old)?"
    r"|(?:(?:this|the)\s+(?:post|article|story|review|piece)\s+is\s+)?part\s+(?:\d{1,2}\s+)?of"
    r"\s+(?:the|a|our|my)\s+(?:series|column|collection)\s*:.{1,100}",
    re.IGNORECASE,
)
MAX_PROVENANCE = 140


# a gallery's counter under its picture ("Image 1 of 12", "Slide 3/8"), and readers' rating
# widget with its count ("4.5 ★ (128 ratings)", "★★★★☆ 4.2 (1,024 reviews)"): the review's own
# score never comes with a count of ratings
# ...and a feed reader's, over the item it shows: "Item 3 of 20"
_GALLERY_COUNTER = re.compile(
    r"(?:image|photo|picture|pic|slide|gallery|item)\s+\d{1,4}\s*(?:of|/)\s*\d{1,4}",
    re.IGNORECASE,
)
_READER_RATING = re.compile(
    r"(?:rated\s+|average\s*:?\s*)?[★⭐☆½\ufe0f]{0,10}\s*\d(?:[.,]\d{1,2})?\s*(?:[★⭐]\ufe0f?"
    r"|stars?|/\s*5|out\s+of\s+5)?\s*[(\[]\s*\d[\d,.]*\s*[km]?\s*(?:user\s+|reader\s+)?"
    r"(?:ratings?|reviews?|votes?)\s*[)\]]",
    re.IGNORECASE,
)


# a post's categories, as a blog theme prints them: "Posted in Anime Reviews", "Filed under:
# Anime, Reviews", "Categories: Anime · Reviews"
_CATEGORIES = re.compile(
    r"(?:(?:posted|filed|published)\s+(?:in|under)|categor(?:y|ies)|sections?)\s*:?\s+"
    r"(?P<parts>[^\d\n]{1,120})",
    re.IGNORECASE,
)
_CATEGORY_PARTS = re.compile(r"\s*(?:[,·•|/&]|\band\b)\s*")
_MAX_CATEGORY_WORDS = 3
_CATEGORY_OPENERS = ("posted in", "posted under", "filed", "published in", "categor", "section")


def _categories(line: str) -> bool:
    found = _CATEGORIES.fullmatch(line)
    return found is not None and all(
        0 < len(part.split()) <= _MAX_CATEGORY_WORDS
        for part in _CATEGORY_PARTS.split(found.group("parts"))
    )


# a post's tags, or a notes app's, which nest a tag under another with a slash
# ("#anime/watchlog", as Bear and Obsidian write them)
_HASHTAG = r"#[^\W\d_][\w\-]*(?:/[\w\-]+)*"
_HASHTAGS = re.compile(rf"{_HASHTAG}(?:\s+{_HASHTAG})+")


# a share button's label, a line each under "Share this:" as a theme's buttons copy
_SHARE_TARGETS = frozenset(
    ("facebook", "x", "twitter", "reddit", "pinterest", "linkedin", "whatsapp", "telegram",
     "tumblr", "threads", "bluesky", "mastodon", "messenger", "email", "e-mail", "copy link",
     "copy url", "flipboard", "line", "sms")
)  # fmt: skip
_MAX_SHARE_TARGET = 9


# a chat's day divider between its messages: "Today", "Yesterday", or the weekday and the date
# of this year ("Thursday, July 18th"), perhaps with a time
_DAY_DIVIDER = re.compile(
    rf"(?:today|yesterday|{_WEEKDAY_DATE})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?",
    re.IGNORECASE,
)
_DAY_DIVIDER_INITIALS = frozenset("TtYyMmWwFfSs")  # of "Today", "Yesterday" and the weekdays

_MAX_DAY_DIVIDER = 40  # "Wednesday, September 18th at 12:30 p.m."
# a social post's edit stamp beside its date: "Edited Aug 1", "Edited · 1 Aug at 09:12",
# "Last edited Aug 1" (a post of this year dated without its year), or the bare "Edited"
_EDIT_STAMP = re.compile(
    rf"(?:last\s+)?edited\*?(?:\s*[·•:,]?\s*(?:on\s+)?(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?)"
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?)?",
    re.IGNORECASE,
)
_MAX_EDIT_STAMP = 40


def _is_furniture(line: str) -> bool:
    if line.isdigit():
        return True  # a page's number (a PDF's or a scan's text): never a title
    if (
        len(line) <= _MAX_DAY_DIVIDER
        and line[:1] in _DAY_DIVIDER_INITIALS
        and _DAY_DIVIDER.fullmatch(line)
    ):
        return True
    if len(line) <= _MAX_SHARE_TARGET and line.lower() in _SHARE_TARGETS:
        return True
    if len(line) <= _MAX_ICONS and not line.strip(_ICON_GLYPHS):
        return True  # (no letters: no headline, but furniture the title is looked for under)
    if ":" in line and "/" in line and _PLAYER_CLOCK.fullmatch(line) is not None:
        return True  # (no letters: no headline, but furniture the title is looked for under)
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
    if (first in "#@" or line[1:2] == "/") and (_channel_banner(line) or _handle_picture(line)):
        # "#channel — Forum post": a chat channel's name and a label; "r/anime icon": the
        # alt text of a community's or an account's picture, copied with the page
        return True
    if (
        first > "\x7f"
        and not first.isalnum()
        and (name_at := line.find(" #", 1, _MAX_CHANNEL_ICON + 1)) > 0
        and not any(c.isalnum() for c in line[:name_at])
        and _channel_banner(line[name_at + 1 :])
    ):
        return True  # "📁 #show-forum › Some Show": the channel's icon before its banner
    if first == "#" and " #" in line and _HASHTAGS.fullmatch(line) is not None:
        # a post's tags on a line of their own ("#anime #metallicrouge #review"), or a note's
        # ("#anime/watchlog #winter-2024")
        return True
    if line[:1] == "@" and " " not in line and HANDLE.fullmatch(line) is not None:
        return True  # an author's handle, however long ("@name.bsky.social")
    if "@" in line:
        poster = _POSTER.fullmatch(line)
        if (
            poster is not None
            and (
                len(poster.group("name").split()) <= _MAX_POSTER_WORDS
                or poster.group("name").endswith(_POSTER_NAME_MARKS)
            )
            and (
                HEADLINE_WORDS.search(poster.group("name")) is None
                or _bold_display_name(poster.group("name"))
            )
        ):
            return True
    if "»" in line and line[:1] in "PpBb" and forum_poster_line(line):
        return True
    if line[:1] == "[" and line[-1:] == "]" and MEDIA_PLACEHOLDER.fullmatch(line) is not None:
        return True  # a chat's "[Photo]", "[Video]": what stood there in the app
    if line[:1] == "[" and line[-1:] == "]" and "] [" in line and _BUTTON_ROW.fullmatch(line):
        return True  # a row of buttons, each label in brackets: "[Print] [Close window]"
    if "inned" in line[:16] and _PINNED.match(line) is not None:
        return True  # a channel's pinned notice above its posts
    if "ed by " in line[:20] and _MARKED_BY.fullmatch(line) is not None:
        return True  # a reader's or a channel's mark on an item: "★ starred by @name"
    if "eblogged" in line and _REBLOG_STAMP.fullmatch(line) is not None:
        return True  # "some-blog reblogged this from other-blog": a reblog chain's stamp
    if is_repost_stamp(line):
        return True  # "Crossposted from r/somesub by u/name · 2y": a repost's stamp
    if ":" in line[:_MAX_MAIL_NAME] and is_mail_header(line):
        return True
    if ("rowser" in line or "ubscri" in line) and _MAIL_LINK_ROW.fullmatch(line) is not None:
        return True  # "View in browser | Unsubscribe": an e-mail's links
    if "essage" in line and is_forward_banner(line):
        return True
    if "orwarded" in line[:12] and is_forwarded_stamp(line):
        return True  # a messenger's "Forwarded from <channel>" over the post it forwarded
    if _NOT_TITLE.fullmatch(line) is not None:
        return True
    if (
        len(line) <= _MAX_EDIT_STAMP
        and "dited" in line[:12]
        and _EDIT_STAMP.fullmatch(line) is not None
    ):
        return True  # "Edited Aug 1": a post's edit stamp (its year is the post's own)
    if (first.isdigit() or line.split(None, 1)[0].rstrip(":").lower() in _LABEL_STARTS) and (
        _LABELS.fullmatch(line) is not None
    ):
        return True
    if len(line) <= MAX_KICKER:
        if " " not in line and HANDLE.fullmatch(line) is not None:
            return True
        if is_kicker(line):
            return True
    if "...." in line and _CONTENTS_ENTRY.fullmatch(line) is not None:
        return True
    if any(mark in line for mark in ":—–|") and _name_and_tagline(line):
        return True
    if chat_header(line):
        return True
    if is_breadcrumb(line):
        return True
    if "](" in line and _MARKDOWN_LINK.fullmatch(line):
        return True
    if line[-1:] in _LINK_ARROWS and _call_to_action(line):
        return True
    lowered = line.lower()
    if _ROLE_WORD.search(lowered) is not None and _ROLE_BYLINE.fullmatch(line):
        return True
    if _content_warning(line, lowered) or _cookie_banner(line, lowered):
        return True
    if "ranslat" in lowered and _TRANSLATED_BANNER.fullmatch(line) is not None:
        return True
    if "ack to" in lowered and _BACK_LINK.fullmatch(line) is not None:
        return True
    if lowered.startswith(_CATEGORY_OPENERS) and _categories(line):
        return True
    if (
        ("riginally" in lowered or " old" in lowered or " series" in lowered)
        and len(line) <= MAX_PROVENANCE
        and _PROVENANCE.fullmatch(line.rstrip(".")) is not None
        and ("series" in lowered or HEADLINE_WORDS.search(line) is None)
    ):
        return True
    if (
        (
            "affiliate" in lowered
            or "isclosure" in lowered
            or "associate" in lowered
            or "ommission" in lowered
            or "ompensation" in lowered
        )
        and len(line) <= MAX_DISCLOSURE
        and _DISCLOSURE.match(line) is not None
    ):
        return True
    if first in "IiPpSsGg" and line[-1:].isdigit() and _GALLERY_COUNTER.fullmatch(line):
        return True
    if line[-1:] in ")]" and _READER_RATING.fullmatch(line) is not None:
        return True
    if len(line) <= MAX_HEADLINE and (
        (lowered.startswith(_COPY_VERBS) and _is_copy_stamp(line))
        or (first in "[(" and line[-1] in "])" and _is_bracketed_copy_note(lowered))
        or (" as " in lowered and _is_as_copied_note(line))
        or (
            (" saved " in lowered or " archived " in lowered or " mirrored " in lowered)
            and _source_then_copy_date(line)
        )
        or ("rint" in lowered and _print_copy_banner(line))
        or (
            ("eed " in lowered or "later" in lowered or "item" in lowered or "folder" in lowered)
            and is_reader_banner(line)
        )
        or (":" in line[:_READER_FIELD_REACH] and first in "SsTtLlFfUu" and _reader_fields(line))
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


# a link's or a button's arrow after its text: "Watch on Some App >", "Read the review →"
_LINK_ARROWS = ">›»→⟶➔➜➝➞▶▸"
_MAX_CALL_WORDS = 8


def _call_to_action(line: str) -> bool:
    """Is `line` a link's or a button's short text ending with its arrow, apart ("Watch on
    Some App >", "Read the full review →")? A headline never ends with one."""
    text = line[:-1]
    return (
        text[-1:].isspace()
        and len(text.split()) <= _MAX_CALL_WORDS
        and any(c.isalpha() for c in text)
    )


# when and how a copy of the page was made: "Saved from site.example — thread view —
# 2024-02-16 (saved with Some Archiver 1.3)", "Exported by SomeExporter on 03/02/2024 21:40":
# the verb, then how, then a date or a host name somewhere
_COPY_VERBS = ("saved ", "archived ", "captured ", "clipped ", "exported ", "downloaded ",
               "fetched ", "printed ", "retrieved ", "scraped ", "mirrored ", "copied ",
               "pasted ")  # fmt: skip
_COPY_STAMP = re.compile(
    r"(?:saved|archived|captured|clipped|exported|downloaded|fetched|printed|retrieved|scraped"
    r"|mirrored|copied|pasted)\s+(?:from|with|by|using|via|on|at):?\s.{1,240}",  # "Saved from: x"
    re.IGNORECASE,
)
# "Copied from <Source> (thread view) — saved for my notes": a copy's source, named short and
# set apart by a bracket, a dash or the end, says how the copy was made without a date
_COPIED_FROM = re.compile(
    r"(?:copied|pasted)\s+from\s+(?P<source>[^()\[\]—–|:;,.!?]{1,40}?)\s*(?:$|[(\[—–|])",
    re.IGNORECASE,
)
_STAMP_DATE_OR_HOST = re.compile(
    rf"\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[\s-]+(?:{_MONTHS})\.?,?[\s-]+\d{{2,4}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|(?-i:\b[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}\b)"
    # ...or a team chat's day without its year: "Copied thread, Thursday, July 18th"
    rf"|\b{_WEEKDAY_DATE}\b",
    re.IGNORECASE,
)


# a copy's stamp naming what was copied, then its source or date apart: "Saved thread —
# forums.site.example (printed 9 Oct 2023)", "Archived page: site.example, 2024-03-01",
# "Printed copy of post from site.example", "Copied thread, Thursday, July 18th"
_COPIED_PAGE = re.compile(
    r"(?:saved|archived|captured|clipped|exported|downloaded|fetched|printed|retrieved|scraped"
    r"|mirrored|copied|pasted)\s+(?:(?:a|the)\s+)?(?:copy|thread|page|web\s?page|post|article"
    r"|topic|discussion|conversation)(?:\s*[—–\-|·•:(,]|\s+(?:of|from|on|at|via)\b)"
    r"\s*(?P<rest>.{1,240})",
    re.IGNORECASE,
)


def _is_copy_stamp(line: str) -> bool:
    """A stamp saying how the copy was made: the verb, then how, then a date or a host name
    somewhere ("Saved from site.example on 2024-02-16"); or the verb and what was copied,
    then its source or date, naming no review ("Saved thread — forums.site.example (printed
    9 Oct 2023)"); or a short source copied from, without a date."""
    if _COPY_STAMP.fullmatch(line) is None:
        page = _COPIED_PAGE.fullmatch(line)
        return (
            page is not None
            and HEADLINE_WORDS.search(page.group("rest")) is None
            and _STAMP_DATE_OR_HOST.search(page.group("rest")) is not None
        )
    if _STAMP_DATE_OR_HOST.search(line) is not None:
        return True
    copied = _COPIED_FROM.match(line)
    return (
        copied is not None
        and len(copied.group("source").split()) <= _MAX_COPY_SOURCE_WORDS
        and HEADLINE_WORDS.search(copied.group("source")) is None
    )


def _is_bracketed_copy_note(lowered: str) -> bool:
    """A saver's note in brackets on how the copy was made ("[saved from the app, transcript
    panel + description]"): the brackets set it apart as an aside, so it needs no date."""
    inner = lowered[1:-1].strip()
    return inner.startswith(_COPY_VERBS) and _COPY_STAMP.fullmatch(inner) is not None


# a saver's note naming what the text is, then how it was had: "<entry> text as copied from the
# reader app (Some App → "Copy text")", "Item body as exported via the newsletter tool"
_AS_COPIED = re.compile(
    r"(?P<what>.{1,60}?)\s+as\s+(?:copied|saved|pasted|exported|clipped|archived|scraped)"
    r"\s+(?:from|with|using|via|through|out\s+of)\s+\S.{0,200}",
    re.IGNORECASE,
)


def _is_as_copied_note(line: str) -> bool:
    """A note saying what the text is "as copied from" its source: a headline that says so
    still names its review ("Show Episode 3 Review, as Saved from the Archive")."""
    return _AS_COPIED.fullmatch(line) is not None and HEADLINE_WORDS.search(line) is None


# a copy's source, then when it was made: "some-forum blog mirror — saved 2025-07-13"
_SOURCE_THEN_DATE = re.compile(
    r"(?P<source>.{1,60}?)\s+[—–\-|·•]\s+(?:saved|archived|mirrored)\s+(?:on\s+)?(?P<date>.{6,40})",
    re.IGNORECASE,
)
_MAX_COPY_SOURCE_WORDS = 5
_READER_FIELD_REACH = 12  # where a reader's field's label ends with its colon, at most


def _source_then_copy_date(line: str) -> bool:
    """A copy's banner: a short source that names no review, then the date it was saved."""
    stamp = _SOURCE_THEN_DATE.fullmatch(line)
    if stamp is None:
        return False
    source = stamp.group("source")
    return (
        len(source.split()) <= _MAX_COPY_SOURCE_WORDS
        and HEADLINE_WORDS.search(source) is None
        and _NOT_TITLE.fullmatch(stamp.group("date")) is not None
    )


# a feed reader's banner over the item it shows or exports: the feed's (or the reader's) short
# name, then what the item is to the reader ("Some Blog — feed item (exported from Some
# Reader)", "Some Reader — Saved for later", "Some Blog | Starred items"), or the reader's
# folder it was filed in, its name quoted or one word ("Saved from Some Reader — "Anime"
# folder", "Some Reader · Weekly folder"); a reader's export of that list says so after it
# ("Saved from Some Reader — starred items export")
_READER_BANNER = re.compile(
    r"(?P<source>.{1,60}?)\s+[—–\-|·•:]\s+(?:(?:(?:feed|rss|atom|new)\s+(?:item|entry)"
    r"|saved\s+for\s+later|read\s+later|starred(?:\s+items)?|unread(?:\s+items)?"
    r"|(?:[\"“][^\"“”\n]{1,40}[\"”]|\w{1,40})\s+folder)"
    r"(?:\s+exports?)?(?:\s*\([^()\n]{1,80}\))?)",
    re.IGNORECASE,
)
# a feed reader's fields of the item, on a line of their own: "Starred: yes   Tags: show,
# to-share", "Folder: Anime", "Labels: weekly" (a value holds no colon: the next label's does)
_READER_LABEL = r"(?:starred|favou?rited?|tags?|labels?|folder|unread)\s*:\s*[^:\s][^:\n]{0,80}?"
_READER_FIELDS = re.compile(rf"{_READER_LABEL}(?:\s+{_READER_LABEL})*", re.IGNORECASE)


def is_reader_banner(line: str) -> bool:
    """A feed reader's banner over its item: a short source naming no review, then the
    reader's word for the item or its list."""
    banner = _READER_BANNER.fullmatch(line)
    if banner is None:
        return False
    source = banner.group("source")
    return len(source.split()) <= _MAX_COPY_SOURCE_WORDS and HEADLINE_WORDS.search(source) is None


def _reader_fields(line: str) -> bool:
    """A line of a feed reader's fields for its item, each "Label: value" ("Starred: yes
    Tags: …"): the reader's marks, not the article's."""
    return _READER_FIELDS.fullmatch(line) is not None


# what a printed copy or a site's print view calls itself: "Print version", "Printer-friendly
# page", "Printable Version", "Print View"
PRINT_LABEL = r"(?:print(?:er[\s-]*friendly)?|printable)\s+(?:version|edition|view|copy|page)"
# a printed copy's banner: the publication's name, then what the copy is ("THE DAILY CEL —
# PRINT VERSION", "Some Site | Printer-friendly version")
_PRINT_COPY = re.compile(
    rf"(?P<source>.{{1,60}}?)(?:\s+[—–\-|·•]|\s*:)\s+{PRINT_LABEL}",
    re.IGNORECASE,
)


# a publication's name ending in "Review": "The Sidelines Review", "Cel Reviews"
_PUBLICATION_REVIEW = re.compile(r"\s+reviews?\s*\Z", re.IGNORECASE)


def _print_copy_banner(line: str) -> bool:
    """A printed copy's banner: a short source that names no review, then "print version".
    A last word "Review" names the publication ("The Sidelines Review — Printer-friendly
    version"), unless the words before it name an episode or a season ("Show Episode 3
    Review — print version" is a headline)."""
    banner = _PRINT_COPY.fullmatch(line)
    if banner is None:
        return False
    source = banner.group("source")
    name = _PUBLICATION_REVIEW.sub("", source)
    return (
        len(source.split()) <= _MAX_COPY_SOURCE_WORDS
        and HEADLINE_WORDS.search(name) is None
        and (name == source or not any(c.isdigit() for c in name))  # ("Show 2 Review")
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
        if note is not None and HEADLINE_WORDS.search(note.group("rest") or "") is None:
            return True
    return any(hint in lowered for hint in _NOTE_HINTS) and _DO_NOT_PUBLISH.search(line) is not None


# breadcrumbs introduced as such: "You are here: Home / Reviews / TV", "Breadcrumbs: Home › TV",
# or a forum thread's board named as such over it ("Board: Currently Airing › Fall 2023")
_YOU_ARE_HERE = re.compile(
    r"(?:you\s+are\s+here|breadcrumbs?|board|forum)\s*[:»›>]\s*(?P<path>.{1,150})", re.IGNORECASE
)
_HERE_LABEL_INITIALS = "YyBbFf"  # what _YOU_ARE_HERE's labels open with, looked at first
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
# the issue's own number ending the line ("— Issue 41", "Vol. 3", "No. 9"): no folio
_ISSUES_OWN_NUMBER = re.compile(r"\b(?:issue|vol(?:ume)?\.?|no\.)\s*\d{1,3}$", re.IGNORECASE)
_ISSUE_NUMBER_REACH = 14  # the most it takes at the line's end ("Volume 123", "issue  41")
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
            or HEADLINE_WORDS.search(line) is None
        )
    if (line[0].isdigit() or line[-1].isdigit()) and ("issue" in lowered or "vol" in lowered):
        # a folio at either end and the publication's issue: "42 ANIME MONTHLY · WINTER
        # ISSUE", "Vol. 3 Issue 2 · The Cel Gazette 17"; a number ending the line after
        # "Issue" is the issue's own, no folio ("THE WEEKLY SCROLL — Issue 41": a newsletter's
        # masthead, its headline)
        folio = _BARE_FOLIO.search(line)
        if folio is None or (
            folio.start() > 0 and _ISSUES_OWN_NUMBER.search(line, len(line) - _ISSUE_NUMBER_REACH)
        ):
            return False
        return _ISSUE_PHRASE.search(line) is not None
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


# a site's or an app's control atop its navigation, or the platform's own name: "Search in
# r/anime", "Menu", "Home", "Mastodon"
_NAV_CONTROL = re.compile(
    rf"(?:search|menu|main\s+menu|home|log\s*in|sign\s+in|sign\s+up)\b(?:\s+\S+){{0,3}}"
    rf"|{_PLATFORMS}",
    re.IGNORECASE,
)
MAX_NAV_CONTROL = 40


def is_nav_control(line: str) -> bool:
    """Is the short `line` a control of a site's or an app's navigation ("Search in r/anime",
    "Menu", "Sign in") or the platform's name ("Mastodon")? The rest of the navigation, an item
    a line, may follow it ("Explore" / "Live feeds")."""
    return len(line) <= MAX_NAV_CONTROL and _NAV_CONTROL.fullmatch(line) is not None


def forum_poster_line(line: str) -> bool:
    """Is `line` a forum post's poster line, its name and date ("Posted by some_user » Sun
    Oct 12, 2025 9:41 pm")? Not breadcrumbs naming a review ("By Show » Episode 5 Review"):
    the name names none, and a date follows the guillemet."""
    poster = _FORUM_POSTER.fullmatch(line)
    return (
        poster is not None
        and HEADLINE_WORDS.search(poster.group("name")) is None
        and _NOT_TITLE.fullmatch(poster.group("date").strip()) is not None
    )


def is_breadcrumb(line: str) -> bool:
    """A page's breadcrumbs: "Home › Reviews › Show", "Board index ‹ Anime ‹ Show" (as forum
    software points them back), "Anime / Reviews / Winter 2024", "You are here: Home /
    Reviews"."""
    return (
        (
            ("›" in line or "»" in line or ">" in line or "‹" in line or "▸" in line)
            and _BREADCRUMB.fullmatch(line) is not None
        )
        or (" / " in line and _slash_breadcrumb(line))
        or (line[:1] in _HERE_LABEL_INITIALS and _you_are_here(line))
    )


# one step of a trail of breadcrumbs on its line: an arrow either way, else a slash between
_ARROW_STEP = re.compile(r"\s*[‹›»>]\s*")
_SLASH_STEP = " / "


def breadcrumb_steps(line: str) -> tuple[str, ...]:
    """The crumbs of a `line` is_breadcrumb takes for breadcrumbs, as written ("Forums ›
    Anime › <Show>": "Forums", "Anime", "<Show>"); a "You are here:" label is none of them."""
    here = _YOU_ARE_HERE.fullmatch(line) if line[:1] in _HERE_LABEL_INITIALS else None
    path = here.group("path") if here is not None else line
    if any(arrow in path for arrow in "‹›»>"):
        parts = _ARROW_STEP.split(path)
    else:
        parts = path.split(_SLASH_STEP)
    return tuple(part for part in (part.strip() for part in parts) if part)
