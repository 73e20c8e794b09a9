"""A web page's headline, from what text extraction kept and the page's own markup.

Text extraction (bot.web.extract) may take a site's name for the headline; the <title>, the
JSON-LD "headline" and the page's top headings tell the article's own. Pure.
"""

from __future__ import annotations

import html as html_lib
import json
import logging
import re
from itertools import islice

log = logging.getLogger(__name__)

__all__ = ["headline", "page_title"]

_HEAD_BYTES = 65536  # where a page's <title> and JSON-LD live
_TITLE_TAG = re.compile(r"<title[^>]{0,200}>([^<]{1,400})</title>", re.IGNORECASE)
_LD_HEADLINE = re.compile(r'"headline"\s*:\s*"((?:[^"\\\n]|\\.){1,400})"')
_TITLE_PARTS = re.compile(r"\s+(?:[|·•–—]|-|::)\s+")
_MAX_SITE_WORDS = 4
# the separators text extraction splits a <title> at (a site's name on one side)
_SEPARATOR_MARKS = frozenset("|–•·—⁄*⋆~‹«<›»>:-")
_DANGLING_SEPARATOR = re.compile(r"(?:\s+[|–•·—⁄*⋆~‹«<›»>:\-])+$")


def headline(extracted: str | None, data: bytes, text: str = "") -> str | None:
    """The article's headline. Text extraction may take a site's name for it: from
    "<title>Site | Headline</title>" it keeps the first part, and it reads no JSON-LD
    "headline". When what it kept is a short part of the <title> (or the whole of it) and a
    longer part (or a JSON-LD headline) exists, that is the headline. A title that is only an
    episode label and a site's name yields to the page's first heading holding the label
    (not one quoting the title: the comments'). A forum's label before a thread's title
    ("Thread: …") goes when the page says the title without it. A short heading below the
    opening of the article's `text` (a share box's) is no headline: the page's last top
    heading above that opening is."""
    if extracted is not None and text and len(extracted.split()) <= _MAX_SITE_WORDS:
        below = _heading_below_text(extracted, data, text)
        if below is not None and _declared_title(extracted, data):
            below = None  # the page's own og:title or <title> says it: its headline
        if below is not None:
            log.debug("Ignored %r for the headline: a heading below the article's text", extracted)
            extracted = below or None
    if extracted is not None and extracted[:7].lower() in _THREAD_LABELS:
        extracted = _without_thread_label(extracted, data)
    if extracted is not None and _EXPORT_PAGE_TITLE.fullmatch(extracted.strip()) is not None:
        # an exporter's name for every page it writes ("Exported Data"): a chat's export,
        # whose review is a message opening with its headline in bold
        return _bold_opening_line(data)
    if extracted is not None and extracted[-1:] in _SEPARATOR_MARKS:
        # text extraction cut "<title>Headline | ~ Site ~</title>" at its last separator,
        # leaving the first one dangling ("Headline |")
        extracted = _DANGLING_SEPARATOR.sub("", extracted) or None
    if extracted is not None:
        heading = _heading_holding_label(extracted, data)
        if heading is not None:
            return heading
        heading = _title_under_masthead(extracted, data)
        if heading is not None:
            return heading
        heading = _heading_under_numbered_entry(extracted, data)
        if heading is not None:
            return heading
        if len(extracted.split()) > _MAX_SITE_WORDS:
            if _TITLE_PARTS.search(extracted) is not None:
                heading = _heading_before_board(extracted, data)
                if heading is not None:
                    return heading
            return _with_cut_label(extracted, data)
    head = data[:_HEAD_BYTES].decode("utf-8", errors="replace")
    ld = _LD_HEADLINE.search(head)
    if ld is not None:
        try:
            headline = " ".join(str(json.loads(f'"{ld.group(1)}"')).split())
        except ValueError:
            headline = ""
        if headline and (extracted is None or not _shares_words(extracted, headline)):
            return html_lib.unescape(headline)
    tag = _TITLE_TAG.search(head)
    if tag is None:
        # (a feed reader's view of an entry, saved bare: no <title>, no heading text
        # extraction took; the entry's title stands in an element its class names so)
        return extracted if extracted is not None else _classed_title(data)
    whole = " ".join(html_lib.unescape(tag.group(1)).split())
    if extracted is not None:
        # Blogger's "<title>Blog Name: Post Title</title>", the blog's name extracted
        rest = _after_blog_name(whole, extracted.strip())
        if rest is None and "(@" in extracted:
            rest = _after_display_name(whole, extracted.strip(), text)
        if rest is not None:
            return rest
    parts = [p.strip() for p in _TITLE_PARTS.split(html_lib.unescape(tag.group(1)).strip())]
    if len(parts) < 2 and extracted is not None and whole == extracted.strip():
        # "<title>Blog Name</title>" alone: the post's headline is its first top heading
        return _heading_under_site_title(whole, data) or extracted
    if len(parts) < 2 or (extracted is not None and extracted.strip() not in parts):
        return extracted
    # "<title>Short Headline - … - Site</title>", the extracted headline opening it, a site's
    # name ending it
    short_first = (
        extracted is not None
        and len(parts) > 2
        and parts[0] == extracted.strip()
        and len(parts[-1].split()) <= _MAX_SITE_WORDS
    )
    if short_first and _written_as_phrase(parts[0]):
        # "<title>Short headline - Show Episode - Review by someone - Site</title>": the site's
        # name ends the <title>, so the short phrase opening it is the headline, not a name
        return parts[0]
    if extracted is not None and len(parts) > 2:
        without_site = _title_without_site(whole, extracted.strip(), data)
        if without_site is not None:
            return without_site
    if short_first and _og_title(head) == parts[0] and parts[0] in _top_headings(data):
        # "<title>Short Headline — Show review by someone | Site</title>", the page's og:title
        # and its heading both saying the short headline (a database site's user review):
        # the longer middle part is the page's label, not its headline
        return parts[0]
    longest = max(parts, key=len)
    if longest is parts[-1] and _site_tagline_after(parts, extracted, head, data):
        return parts[0]
    if longest != extracted and len(longest.split()) > _MAX_SITE_WORDS:
        return " ".join(longest.split())
    return extracted


# a forum's label before a thread's title in its page heading: "<h1>Thread: <span>…</span>
# </h1>" (vBulletin's), "Topic: …" (seven characters each, with the colon and the space)
_THREAD_LABELS = frozenset(("thread:", "topic: "))


def _without_thread_label(extracted: str, data: bytes) -> str:
    """`extracted` without a forum's label before the thread's title ("Thread: Show – Episode
    7 Recap") when the page says the title without it: the <title> opens with it ("Show –
    Episode 7 Recap - Page 1 - Forum") or a top heading (the first post's) says it alone. The
    label is the forum's, not the poster's. Else `extracted`."""
    title = extracted.split(":", 1)[1].strip()
    if title and (_title_text(data).startswith(title) or title in _top_headings(data)):
        return title
    return extracted


def _with_cut_label(extracted: str, data: bytes) -> str:
    """The whole <title> when text extraction cut its episode label off the end, keeping the
    longer part before the separator ("<Site> <Show> - Episode 5 review" kept as "<Site>
    <Show>"): the part cut is the only one after `extracted`, holds an episode label, and
    `extracted` holds none. A site's name is never an episode label, so the label is the
    headline's. Else `extracted`."""
    if _EPISODE_LABEL.search(extracted) is not None:
        return extracted
    whole = _title_text(data)
    if not whole.startswith(extracted) or len(whole) == len(extracted):
        return extracted
    cut = _TITLE_PARTS.match(whole, len(extracted))
    if cut is None:
        return extracted
    rest = whole[cut.end() :]
    if _TITLE_PARTS.search(rest) is not None or _EPISODE_LABEL.search(rest) is None:
        return extracted
    return whole


def _site_tagline_after(parts: list[str], extracted: str | None, head: str, data: bytes) -> bool:
    """Does the <title> split into `parts` end with the site's name and its tagline ("Show
    Episode 5 Review | Site Name — thoughts on anime, one week at a time"), the extracted
    headline opening it and the page's og:title and a top heading both saying that headline?
    The tagline, a phrase longer than the headline, is no headline then."""
    return (
        extracted is not None
        and len(parts) > 2
        and parts[0] == extracted.strip()
        and len(parts[-2].split()) <= _MAX_SITE_WORDS
        and _written_as_phrase(parts[-1])
        and _og_title(head) == parts[0]
        and parts[0] in _top_headings(data)
    )


_SMALL_WORDS = frozenset(("a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to"))
_MIN_PHRASE_WORDS = 3


def _written_as_phrase(text: str) -> bool:
    """Is the short `text` written as a phrase ("Style first, questions later"): a few words,
    some after the first in lower case and no small word? A site's name is a brand ("Anime
    Corner", "The Review Desk", "Site of the Week")."""
    words = text.split()
    return len(words) >= _MIN_PHRASE_WORDS and any(
        word[:1].islower() and word.strip(",;:.!?") not in _SMALL_WORDS for word in words[1:]
    )


_OG_TITLE_TAG = re.compile(r"""<meta\s[^>]{0,300}?\bog:title\b[^>]{0,300}>""", re.IGNORECASE)
_CONTENT = re.compile(r"""\bcontent\s*=\s*(?:"([^"]{1,400})"|'([^']{1,400})')""", re.IGNORECASE)


def _og_title(head: str) -> str | None:
    """The page's og:title, whitespace-collapsed (None without one)."""
    tag = _OG_TITLE_TAG.search(head) if "og:title" in head else None
    content = _CONTENT.search(tag.group(0)) if tag is not None else None
    if content is None:
        return None
    return " ".join(html_lib.unescape(content.group(1) or content.group(2)).split())


def page_title(data: bytes) -> str | None:
    """The page's whole <title>, as written (None without one)."""
    return _title_text(data) or None


def _title_without_site(whole: str, site: str, data: bytes) -> str | None:
    """The <title> without the site's name at one end when a top heading of the page says
    exactly that: a headline with a dash of its own ("Show finale – my full review - Forum",
    the topic's heading repeating "Show finale – my full review"), whose longest part is
    only a piece of it. A label beside the site's name goes with it when the heading says
    the rest without it: a forum's "Board • View topic - [Show] Ep 12 - finale thoughts",
    its topic's heading "[Show] Ep 12 - finale thoughts". Else None."""
    separators = list(_TITLE_PARTS.finditer(whole))
    if whole.endswith(site):
        ends = [whole[: found.start()] for found in reversed(separators)]
    elif whole.startswith(site):
        ends = [whole[found.end() :] for found in separators]
    else:
        return None
    headings = _top_headings(data)
    # the longest rest first: the site's name alone, then with the label beside it, leaving
    # a headline (not a short heading that names a part of the site: "Reviews")
    return next(
        (
            rest
            for at, rest in enumerate(map(str.strip, ends))
            if rest in headings and (at == 0 or len(rest.split()) > _MAX_SITE_WORDS)
        ),
        None,
    )


def _heading_before_board(extracted: str, data: bytes) -> str | None:
    """The headline when text extraction kept a <title>'s headline with the board's name
    after it, cutting only the site's ("Headline - Board - Site" kept as "Headline - Board"),
    and a top heading of the page says the headline alone; else None."""
    for heading in _top_headings(data):
        if not heading or not extracted.startswith(heading):
            continue
        rest = _TITLE_PARTS.match(extracted, len(heading))
        if rest is None:
            continue
        board = extracted[rest.end() :]
        if (
            len(board.split()) <= _MAX_SITE_WORDS
            and _TITLE_PARTS.search(board) is None
            and _REVIEW_WORDS.search(board) is None
            and f"{extracted} " in _title_text(data)
        ):
            return heading
    return None


def _after_blog_name(whole: str, blog: str) -> str | None:
    """The post's title after the blog's name and a colon in the page's <title> `whole`
    ("Blog Name: Post Title"), when it is longer than a site's name; else None. A social
    post's page quotes the post's opening there, cut short ("Name (@handle): "🧵 Show, the
    whole thing, a thread…" - Server"): its words are the title, not the quotes around them
    nor the mark of the cut; the site's name after them stays, for the title's reader to cut."""
    if not whole.startswith(f"{blog}: "):
        return None
    rest = whole[len(blog) + 2 :].strip()
    if len(rest.split()) <= _MAX_SITE_WORDS:
        return None
    quoted = _QUOTED_POST.fullmatch(rest) if rest[:1] in _OPENING_QUOTES else None
    return rest if quoted is None else quoted["words"] + (quoted["site"] or "")


_OPENING_QUOTES = frozenset('"“')
# a post's opening quoted whole, perhaps cut short ("…", "..."), perhaps a site's name after it
_QUOTED_POST = re.compile(
    r'["“](?P<words>[^"“”\n]+?)\s*(?P<cut>…|\.\.\.)?["”]'
    r'(?P<site>\s+(?:[|·•–—]|-|::)\s+[^"“”\n]+)?'
)
# a social account's name as its post's page gives it (its og:title): the display name, then
# the handle in brackets ("Some One (@someone@server.example)")
_ACCOUNT_NAME = re.compile(r"(?P<name>[^()@\n]{1,80}?)\s+\(@[\w.\-]{1,64}(?:@[\w.\-]{1,253})?\)")
# a sentence's end within a line: a headline is one phrase, a post's opening line may be more
_SENTENCE_END = re.compile(r"[.!?]\s")


def _after_display_name(whole: str, account: str, text: str) -> str | None:
    """The post's quoted opening after its author's display name alone in the page's <title>
    `whole` ("Some One: "Show first impressions…" - Server"), when the page names the author
    by account (`account`, text extraction's headline from the og:title: "Some One
    (@someone@server.example)"), as a fediverse server's page for one post does; else None.
    Only a quoted opening ("Name: Words" alone may be a blog's post under its name), and, cut
    short, only when the words open a line of the `text` that is one headline: words cut
    mid-sentence ("Show, ep 4 🧵 — the…") are no headline, the account's name stands."""
    found = _ACCOUNT_NAME.fullmatch(account)
    if found is None:
        return None
    name = found["name"].strip()
    at = len(name) + 2
    if not whole.startswith(f"{name}: ") or whole[at : at + 1] not in _OPENING_QUOTES:
        return None
    quoted = _QUOTED_POST.fullmatch(whole, at)
    if quoted is None or len(quoted["words"].split()) <= _MAX_SITE_WORDS:
        return None
    words: str | None = quoted["words"]
    if quoted["cut"]:
        words = _cut_headline(quoted["words"], text) if text else None
    return None if words is None else words + (quoted["site"] or "")


def _cut_headline(words: str, text: str) -> str | None:
    """The line of the article's `text` that the <title>'s quote cut short (`words`) opens,
    when that line is one headline, its rest no sentence ("Show first impressions after three
    episodes" cut from "…: a subtitle"), not a paragraph of sentences that a post opens with
    ("Show, one thread. Finished it tonight and …"); else None."""
    at = text.find(words)
    while at > 0 and text[at - 1] != "\n":
        at = text.find(words, at + 1)
    if at < 0:
        return None
    end = text.find("\n", at)
    line = text[at : end if end >= 0 else len(text)].rstrip()
    rest = line[len(words) :]
    if (
        not rest
        or len(line) > _MAX_HEADLINE_CHARS
        or rest[-1:] in ".…"  # (a question or an exclamation may end a headline)
        or _SENTENCE_END.search(rest) is not None
    ):
        return None
    return line


def _title_text(data: bytes) -> str:
    tag = _TITLE_TAG.search(data[:_HEAD_BYTES].decode("utf-8", errors="replace"))
    return "" if tag is None else " ".join(html_lib.unescape(tag.group(1)).split())


# a link to a site's home page ("<a href="/">", "<a href='https://site.example/'>")
_LINK_HOME = re.compile(rb"""<a\s[^>]{0,200}?href=["']?(?:https?://[^/"'\s>]+)?/?["'\s>]""", re.I)
_MASTHEAD_WORDS = 6


def _title_under_masthead(extracted: str, data: bytes) -> str | None:
    """The <title>'s longest part when text extraction took the site's masthead (the
    page's first top heading, a short link home: "<h1><a href="/">Site</a></h1>") for the
    headline, and the <title> gives the work's headline beside it ("Headline - author -
    Site"), which the masthead's words are not part of, or after it and a colon ("Site: Post
    Title"); else None."""
    if len(extracted.split()) > _MASTHEAD_WORDS:
        return None
    found = _TOP_HEADING.search(data, max(data.find(b"<body"), 0))
    if (
        found is None
        or _LINK_HOME.search(found.group(2)) is None
        or _heading_text(found) != " ".join(extracted.split())
    ):
        return None
    whole = _title_text(data)
    # Blogger's "<title>Blog Name: Post Title</title>": the rest is the post's title, whole,
    # its own dashes and all ("Show Episode 3 Review – A Subtitle")
    rest = _after_blog_name(whole, " ".join(extracted.split()))
    if rest is not None:
        return rest
    parts = [p.strip() for p in _TITLE_PARTS.split(whole)]
    longest = max(parts, key=len)
    if len(parts) < 2 or len(longest.split()) <= _MAX_SITE_WORDS or longest in extracted:
        return None
    return longest


def _heading_under_site_title(site: str, data: bytes) -> str | None:
    """The page's first top heading when the <title> is only a site's name of a few words
    ("Sunday Notes") and that heading is a longer line sharing none of its words: a blog's
    post, whose headline the page's <title> leaves out; else None."""
    found = _TOP_HEADING.search(data, max(data.find(b"<body"), 0))
    if found is None or b"<a" in found.group(2).lower():
        return None  # none, or a link home: the site's own name in its masthead
    heading = _heading_text(found)
    if len(heading.split()) <= _MAX_SITE_WORDS or len(heading) > _MAX_HEADLINE_CHARS:
        return None
    return None if _shares_words(site, heading) else heading


# a <title>'s part that only numbers the site's entry: "entry #112", "post 45", "No. 7", "#112"
_ENTRY_NUMBER = re.compile(r"(?:(?:entry|post|log|no\.?)\s*)?#?\s*\d{1,5}", re.IGNORECASE)


def _heading_under_numbered_entry(extracted: str, data: bytes) -> str | None:
    """The page's first top heading when the <title> is a site's name and the number of its
    entry ("~ Site ~ :: entry #112", "Site | post 45"): a personal site's diary, its <title>
    naming no headline, the entry's own in its heading; else None."""
    whole = extracted.strip()
    if not any(c.isdigit() for c in whole):
        if len(whole.split()) > _MAX_SITE_WORDS:
            return None
        whole = _title_text(data)  # (extraction may have cut the number off: "Site | post 45")
        if not any(c.isdigit() for c in whole):
            return None
    parts = _TITLE_PARTS.split(whole)
    if (
        len(parts) != 2
        or extracted.strip() not in (whole, parts[0])
        or _ENTRY_NUMBER.fullmatch(parts[1]) is None
    ):
        return None
    site = parts[0]
    return _heading_under_site_title(site, data) if len(site.split()) <= _MAX_SITE_WORDS else None


_MAX_HEADLINE_CHARS = 160
# the <title> an exporter gives every page it writes, which says nothing of the text
_EXPORT_PAGE_TITLE = re.compile(
    r"(?:exported\s+(?:data|chat|messages)|chat\s+(?:export|history)|message\s+history)",
    re.IGNORECASE,
)
# a message's first line in bold, a line of its own: "<strong>Show Episode 5 Review</strong><br>"
_BOLD_LINE = re.compile(rb">\s*<(strong|b)>([^<]{1,200})</\1>\s*<br", re.IGNORECASE)
_REVIEW_WORDS = re.compile(r"\b(?:reviews?|recap|impressions|thoughts|episode|ep)\b", re.I)
_BOLD_LINES_LOOKED_AT = 5


def _bold_opening_line(data: bytes) -> str | None:
    """The first of a chat export's messages to open with a bold line naming a review or an
    episode ("<strong>Show Episode 5 Review</strong><br>"): the headline of the post the
    export is for; else None."""
    for found in islice(_BOLD_LINE.finditer(data), _BOLD_LINES_LOOKED_AT):
        line = " ".join(html_lib.unescape(found.group(2).decode("utf-8", "replace")).split())
        if _REVIEW_WORDS.search(line) is not None:
            return line
    return None


# a top-level heading (<h1>, <h2>) and its text
_TOP_HEADING = re.compile(
    rb"<h([12])(?:\s[^>]{0,300})?>(.{1,600}?)</h\1\s*>", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(r"<[^>]{0,300}>")
_HEADINGS_LOOKED_AT = 3
_EPISODE_LABEL = re.compile(r"(?:episode|ep\.?)\s*#?\d{1,4}", re.IGNORECASE)


def _top_headings(data: bytes) -> list[str]:
    """The text of the page's first few <h1>/<h2> headings, whitespace-collapsed (the site's
    name may come first, so a few)."""
    headings: list[str] = []
    at = max(data.find(b"<body"), 0)
    for _ in range(_HEADINGS_LOOKED_AT):
        found = _TOP_HEADING.search(data, at)
        if found is None:
            break
        at = found.end()
        headings.append(_heading_text(found))
    return headings


def _heading_text(found: re.Match[bytes]) -> str:
    """A _TOP_HEADING match's text."""
    return _markup_text(found.group(2))


def _markup_text(markup: bytes) -> str:
    """The text of a piece of markup: unescaped, tags out, whitespace collapsed."""
    text = html_lib.unescape(markup.decode("utf-8", errors="replace"))
    return " ".join(_TAG.sub(" ", text).split())


# any heading and its text
_ANY_HEADING = re.compile(rb"<h([1-6])(?:\s[^>]{0,300})?>(.{1,600}?)</h\1\s*>", re.I | re.S)
_TOP_LEVELS = (b"1", b"2")
_OPENING_CHARS = 40  # characters of the text's opening (white space out) found in the markup
_MIN_OPENING = 12


def _squeezed(markup: bytes) -> str:
    """The words of a stretch of markup, its tags out and its white space removed."""
    return "".join(_TAG.sub("", html_lib.unescape(markup.decode("utf-8", "replace"))).split())


def _heading_below_text(extracted: str, data: bytes, text: str) -> str | None:
    """The page's last <h1>/<h2> above the opening of the article's `text` ("" when there is
    none) when the heading text extraction took for the headline (`extracted`) stands below
    that opening in the markup: a share box's "Share this:" or a related posts' heading,
    whose class names a title, on a page with no <title> or og:title (a feed reader's entry,
    saved bare). A headline stands above its article. Else None."""
    opening = "".join(text.split("\n\n", 1)[0].split())[:_OPENING_CHARS]
    if len(opening) < _MIN_OPENING or (b"<h" not in data and b"<H" not in data):
        return None
    wanted = " ".join(extracted.split())
    begun = False  # has the markup passed the text's opening?
    at = max(data.find(b"<body"), 0)  # (the <head>'s <title> may say the text's opening)
    tail = ""  # the words before the last heading looked at (from the last stretch on)
    above = ""
    for found in _ANY_HEADING.finditer(data, at):
        if not begun:
            tail = tail[-len(opening) :] + _squeezed(data[at : found.start()])
            begun = opening in tail
            at = found.end()
        heading = _heading_text(found)
        if heading == wanted:
            return above if begun else None
        if not begun and found.group(1) in _TOP_LEVELS:
            above = heading
    return None


# an element whose class names an entry's or article's title ("article_title", "entryTitle",
# "post-title"), and what it holds up to its closing tag
_CLASSED_TITLE = re.compile(
    rb"<(?P<tag>div|span|p|a|h[1-6])\s[^>]{0,200}?\bclass\s*=\s*[\"'](?:[^\"']{0,80}\s)?"
    rb"(?:article|entry|post|item|story)[_-]?title[\"'\s][^>]{0,300}>"
    rb"(?P<inner>.{1,600}?)</(?P=tag)\s*>",
    re.IGNORECASE | re.DOTALL,
)
_MAX_CLASSED_WORDS = 24


def _classed_title(data: bytes) -> str | None:
    """The title a page without a <title> gives its entry in an element whose class names
    it ("<div class='article_title'><a …>Show Episode 5 Recap: …</a></div>", a feed
    reader's full-content view), else None."""
    if b"itle" not in data:
        return None
    found = _CLASSED_TITLE.search(data)
    if found is None:
        return None
    title = _markup_text(found.group("inner"))
    if not title or len(title.split()) > _MAX_CLASSED_WORDS:
        return None
    return title


def _declared_title(extracted: str, data: bytes) -> bool:
    """Does the page's og:title, or a part of its <title>, say `extracted`? Then it is the
    headline the page declares (a short pun over a kicker line the text opens with), never
    a share box's heading."""
    wanted = " ".join(extracted.split())
    head = data[:_HEAD_BYTES].decode("utf-8", errors="replace")
    if _og_title(head) == wanted:
        return True
    tag = _TITLE_TAG.search(head)
    return tag is not None and wanted in (
        p.strip() for p in _TITLE_PARTS.split(" ".join(html_lib.unescape(tag.group(1)).split()))
    )


def _heading_holding_label(extracted: str, data: bytes) -> str | None:
    """A fuller headline for a title that is only an episode label, perhaps with a site's name
    ("Episode 4 — Fan Archive"): the first of the page's first few <h1>/<h2> headings that
    holds the label and more ("Show Episode 4 Review: …"), else None."""
    parts = [p.strip() for p in _TITLE_PARTS.split(extracted.strip())]
    if any(len(p.split()) > _MAX_SITE_WORDS for p in parts):
        return None
    labels = [p for p in parts if _EPISODE_LABEL.fullmatch(p) is not None]
    if not labels:
        return None
    wanted = " ".join(extracted.split())
    for heading in _top_headings(data):
        if heading == wanted:
            return None  # the page's own heading says the title: nothing fuller to find
        if _quotes_title(heading, wanted):
            continue  # "5 thoughts on “<title>”": the comments' heading, quoting the post's
        if len(heading.split()) > len(extracted.split()) and all(
            re.search(rf"(?<!\w){re.escape(label.casefold())}(?!\w)", heading.casefold())
            for label in labels
        ):
            return heading
    return None


_QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"))


def _quotes_title(heading: str, title: str) -> bool:
    """Does `heading` quote the whole `title` inside quotation marks, as a blog's comments
    heading does ("5 thoughts on “<title>”", "One response to "<title>"")? It names the post
    it is under, it is not the post's headline."""
    at = heading.find(title)
    if at <= 0:
        return False
    before, after = heading[at - 1], heading[at + len(title) : at + len(title) + 1]
    return any(before == opening and after == closing for opening, closing in _QUOTE_PAIRS)


def _shares_words(a: str, b: str) -> bool:
    words = {w for w in re.findall(r"\w{3,}", a.casefold())}
    return any(w in words for w in re.findall(r"\w{3,}", b.casefold()))
