"""One input's bytes -> the text the pipeline parses and what the page says about itself.

Text and Markdown files are read as they are. HTML (a `.html`/`.htm` file, a page fetched
as text/html, or a file that opens like one) goes through trafilatura (bot.web.extract):
only the article's text is kept, with its title, author, date, site name and canonical URL.
Pure: no I/O here (bot.ingest.read reads files, bot.ingest.service fetches URLs).
"""

from __future__ import annotations

import html as html_lib
import logging
import re
from dataclasses import dataclass, replace
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from bot.ingest.boilerplate import comments_opening
from bot.ingest.chat_export import chat_export_text
from bot.ingest.detect.episode import overall_episode
from bot.ingest.detect.score import stated_unit
from bot.ingest.errors import IngestError
from bot.ingest.headline import headline, page_title
from bot.ingest.read import decode_text
from bot.ingest.score_boxes import verdict_boxes
from bot.ingest.structured import Reviewed, reviewed_item
from bot.web.extract import ExtractError, extract_article
from bot.web.feeds import SavedEntry, saved_entry

log = logging.getLogger(__name__)

__all__ = ["HTML_SUFFIXES", "PAGE_SUFFIXES", "Page", "PageMeta", "looks_like_html", "read_page"]

HTML_SUFFIXES = frozenset({".html", ".htm"})
PAGE_SUFFIXES = frozenset({".txt", ".md", *HTML_SUFFIXES})
"""What a directory contributes to `ingest`; its other files are skipped."""
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# A feed saved without an XML declaration opens on its root element, with the attribute
# every Atom (its namespace) and RSS 2.0 (its version) root carries: a text that merely
# opens on a bracketed word ("<rss> copied from my reader") stays a text
_HTML_OPENINGS = ("<!doctype html", "<html", "<?xml", "<feed xmlns", "<rss version")
# a feed's lone entry saved as text (an RSS <item> or an Atom <entry> copied out of its feed,
# its article escaped or in CDATA): XML too, read as the entry when it parses as one
_ENTRY_OPENINGS = ("<item>", "<item ", "<entry>", "<entry ")


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What a web page's markup says about it (every field may be missing)."""

    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 date
    sitename: str | None = None
    url: str | None = None  # canonical when declared on the page's own site, else fetched
    reviewed: Reviewed | None = None  # what its structured data (JSON-LD) says it reviews
    # a review database's "13/13 episodes seen" by a review, which text extraction drops: the
    # whole run was watched
    watched_all: str | None = None
    # the page's whole <title> ("Headline - Show - Site"), when the headline is only a part
    page_title: str | None = None
    # an episode database's line over a review: the episode within its season and the one
    # through the seasons ("Season 3 · Episode 12 | Show | Episode 37 of 37"): (12, 37, as
    # written), which text extraction drops as too short
    through_seasons: tuple[int, int, str] | None = None
    # a review site's prompt for readers to rate the episode the review is of ("How would you
    # rate episode 21 of <Show> (TV 2)?"), dropped with its box: (21, as written), the number
    # the site's database gives the episode, which may count through the seasons
    rated_episode: tuple[int, str] | None = None
    # a coverage table's row the page marks as itself ("<tr><td>7</td><td>Episode title (this
    # review)</td>…"), dropped with the table: (7, the row's words), the episode it files the
    # review under when the text names it only by its title
    own_row_episode: tuple[int, str] | None = None
    # the page's summary of itself in its markup (meta description, og:description): an
    # episodic blog's "Episode 15 of <Romaji> (<English>): …", the text naming neither
    description: str | None = None
    # the categories the page's markup files the post under, joined ("First Impressions,
    # Winter 2024"): a blog's "Posted in" links, a news site's article:section
    category: str | None = None
    # the show's English title as a show card or an infobox beside the article gives it
    # ("English title: <Name> · <Studio>"), which text extraction drops with the card: a pun
    # headline's review whose text calls the show by its romanised name
    english_title: str | None = None
    # the show's name a show card beside the article heads its list of facts with ("<h4>
    # <Name></h4> … <dt>Studio</dt>"), which text extraction drops with the card
    show_card: str | None = None
    # the page's breadcrumbs, crumb by crumb ("Forums", "Anime", "<Show> 2nd Season"): the
    # forum board or the site's section a thread or a post is filed in
    breadcrumbs: tuple[str, ...] = ()
    # the unit of its own the site rates in and its scale, as the page states them ("every
    # episode gets between 1 and 5 <em>Cores</em>", a legend or a box text extraction drops):
    # ("Cores", 5.0)
    stated_unit: tuple[str, float] | None = None
    # the page's cast list, a list marked as the cast by its class or id ("<ul class="cast">
    # <li>Name (Voice Actor)</li>…"), its items as written: a database's sidebar credits,
    # which text extraction drops with the sidebar
    cast: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    meta: PageMeta | None  # None: a text or Markdown document
    source: str  # the canonical URL, else the URL, else the file's name


def looks_like_html(text: str) -> bool:
    """Does this text open like an HTML document (or an XML one, such as a saved feed)?"""
    return text[:200].lstrip().lower().startswith(_HTML_OPENINGS)


def read_page(
    data: bytes,
    *,
    name: str,
    url: str | None = None,
    html: bool | None = None,
) -> Page:
    """`data` (a file named `name`, or fetched from `url`) as a Page. `html=None` decides by
    the content: a text that opens like an HTML document is one. Raises IngestError."""
    if html is not False and url is None and name.lower().endswith(tuple(HTML_SUFFIXES)):
        html = True
    entry: SavedEntry | None = None
    if not html:
        text = decode_text(data)
        if html is None and text[:200].lstrip()[:7].lower().startswith(_ENTRY_OPENINGS):
            entry = saved_entry(data)
        if entry is None and (html is not None or not looks_like_html(text)):
            return Page(text=text, meta=None, source=url or name)
    exported = chat_export_text(data) if entry is None else None
    if exported is not None:  # a chat exporter's page: read as its text export is
        return Page(text=exported, meta=None, source=url or name)
    entry = entry or saved_entry(data)
    if entry is not None:  # a feed's entry saved as a page: its content is the article
        data = _entry_page(entry)
    data = _without_replies(data)
    try:
        article = extract_article(data, url=url)
    except ExtractError as exc:
        raise IngestError(str(exc)) from exc
    text = _with_boxes(article.text, verdict_boxes(data, article.text))
    meta = PageMeta(
        title=headline(article.title, data, text),
        author=article.author,
        published=article.date,
        sitename=article.sitename,
        url=article.url,
        reviewed=reviewed_item(data),
        watched_all=_watched_all(data, article.text),
        page_title=page_title(data),
        through_seasons=_through_seasons(data, article.text),
        rated_episode=_rated_episode(data),
        own_row_episode=_own_row_episode(data) or _labelled_episode(data),
        description=article.description,
        category=", ".join(article.categories) or None,
        breadcrumbs=breadcrumbs(data),
        english_title=english_title(data),
        show_card=show_card_name(data) or labelled_show(data),
        stated_unit=_stated_unit(data),
        cast=_cast_list(data),
    )
    if entry is not None:
        meta = replace(
            meta,
            title=entry.title or meta.title,
            author=entry.author or meta.author,
            published=entry.published.isoformat() if entry.published else meta.published,
            url=entry.link or meta.url,
            # the page was made here from the entry: a site's name text extraction finds in
            # it is a guess from the entry's own title ("<Show> No. 8 Episode 9 Review – …"
            # read as a domain before its dash), not the feed's
            sitename=None,
        )
    return Page(text=text, meta=meta, source=meta.url or url or name)


def _with_boxes(text: str, boxes: list[str]) -> str:
    """`text` with the page's score `boxes` it does not hold after its article: before a
    comments section that runs to its end (which boilerplate blanks, readers' words and all)."""
    added = ""
    for box in boxes:
        if box not in text and box not in added:
            added += f"{box}\n\n"
    if not added:
        return text
    at = comments_opening(text)
    if at >= len(text):
        return f"{text}\n\n{added.rstrip()}"
    return f"{text[:at].rstrip()}\n\n{added}{text[at:].lstrip()}"


# "13/13 episodes seen", "12 / 12 eps watched", "13 of 13 episodes seen": as many episodes seen
# as there are; the verb first in a tracker's status line ("watched 13/13 episodes", "Seen: 12
# of 12 eps") or as its label ("Episodes watched: 13/13", "Progress: 13/13")
_WATCHED_ALL = re.compile(
    rb"(?<![\d/])(\d{1,4})(?:\s*/\s*|\s+of\s+)\1\s+(?:episodes|eps)\s+(?:seen|watched)\b"
    rb"|\b(?:watched|seen)\s*:?\s*(\d{1,4})(?:\s*/\s*|\s+of\s+)\2\s+(?:episodes|eps)\b"
    rb"|\b(?:episodes|eps)\s+(?:watched|seen)\s*:?\s*(\d{1,4})(?:\s*/\s*|\s+of\s+)\3(?![\d/])"
    # a list entry's "Progress: 13/13"
    rb"|\bprogress\s*:?\s*(\d{1,4})\s*/\s*\4(?![\d/])",
    re.IGNORECASE,
)
# what _WATCHED_ALL needs, looked for first (in the casings a page writes them)
_WATCHED_WORDS = (b"seen", b"Seen", b"SEEN", b"atched", b"ATCHED", b"rogress", b"ROGRESS")


def _watched_all(data: bytes, text: str) -> str | None:
    """A review database's tag over a review saying every episode was seen ("13/13 episodes
    seen", "13 of 13 episodes seen", "watched 13/13 episodes"), which text extraction leaves
    out as too short; None when the page has none, or when the article's extracted `text`
    says it itself (its opening, read for it). A score box added after the article may hold
    the tag ("13 of 13 episodes seen" over "Reviewer's Rating: 5"), beyond the opening: the
    tag still counts."""
    if not any(word in data for word in _WATCHED_WORDS):
        return None
    found = _WATCHED_ALL.search(data)
    if found is None:
        return None
    said = found.group(0).decode("ascii", "replace")
    return None if said in text else said


# a dash parting a headline's season from its episode ("Season 3 – Episode 12", "<Name> III —
# Episode 12"), as UTF-8 (en, em) or as an entity
_DASH = rb"\xe2\x80[\x93\x94]|&[nm]dash;|&#821[12];"
# "Season 3 · Episode 12": a season's episode, its parts perhaps apart ("Season 2, Episode 5",
# "Season 2 – Episode 5")
_SEASON_AND_EPISODE = (
    rb"\bSeason\s+\d{1,2}\s*(?:[,:|\-]|\xc2\xb7|&middot;|&#183;|"
    + _DASH
    + rb")?\s*Episode\s+(\d{1,4})"
)
# what may part a label from its value in markup: spaces, a colon, tags
_GAP = rb"(?:\s|:|<[^<>]{0,200}>){1,8}"
# "Season 3 · Episode 12 <span>|</span> Show <span>|</span> Episode 37 of 37": an episode
# database's line naming the episode both ways, its parts perhaps in tags of their own
_SEASON_EPISODE = re.compile(_SEASON_AND_EPISODE + rb"\b", re.IGNORECASE)
_EPISODE_OF_RUN = re.compile(rb"\bEpisode\s+(\d{1,4})\s+of\s+(\d{1,4})\b", re.IGNORECASE)
_THROUGH_REACH = 200  # bytes after the season's number, its tags included
# bytes after a headline's season and episode: the byline under it ("Posted by <a …>Name</a> on
# February 7, 2025 · Episode 29 overall"), its tags included
_BYLINE_REACH = 400
_TAG = re.compile(rb"<[^<>]{0,200}>")


# an infobox's "Episode: 25 (Season 2, Episode 1)", its label perhaps in a tag of its own
_EPISODE_BOX = re.compile(
    rb"\bEpisode\b" + _GAP + rb"(\d{1,4})\s*\(\s*" + _SEASON_AND_EPISODE + rb"\s*\)",
    re.IGNORECASE,
)
_BOX_SEASONS = (b"(Season", b"(season", b"(SEASON", b"( Season")
# an infobox's rows "Episode | 5" then "Overall episode | 29" (or "No. overall", "Episode
# (overall)"), and an episode database's or a recap's episode card's "Season 2, Episode 5 (29
# overall)", in their tags, the bracket perhaps naming what it counts ("(Episode 29 overall)",
# "(ep. 29 overall)", "(29th overall)"); an infobox's "Season | 2, episode 5" then "Overall |
# Episode 29"
_OVERALL_BOX = re.compile(
    rb"\bEpisode" + _GAP + rb"(\d{1,4})\b(?:\s|<[^<>]{0,200}>){0,12}"
    rb"(?:overall(?:\s+episode)?|episode\s*\(overall\)|no\.\s*overall)"
    + _GAP
    + rb"(?:(?:episode|ep\.?)\s*)?#?\s*(\d{1,4})\b"  # (its value perhaps "Episode 29", "#29")
    rb"|" + _SEASON_AND_EPISODE + rb"\s*\(\s*(?:(?:episode|ep\.?)\s*)?#?(\d{1,4})"
    rb"(?:st|nd|rd|th)?\s+overall\s*\)"
    # a series box's "Episode | 24 of 24 — "Home" (episode 48 overall)": the episode of its
    # season's count, its title, then the bracket counting it through the seasons
    rb"|\bEpisode" + _GAP + rb"(\d{1,4})\s+of\s+\d{1,4}\b[^<>()\n]{0,80}\(\s*"
    rb"(?:(?:episode|ep\.?)\s*)?#?(\d{1,4})(?:st|nd|rd|th)?\s+overall\s*\)"
    # an infobox's "Episode | 17 of Season 2 · #40 overall": the episode of the season its
    # value names, then, after a separator (or in a bracket), the one said to count overall
    rb"|\bEpisode" + _GAP + rb"(\d{1,4})\s+of\s+(?:the\s+)?season\s+\d{1,2}\b"
    rb"(?:\s|<[^<>]{0,200}>|[,;|/(\[]|\xc2\xb7|&middot;|&#183;|\xe2\x80[\x93\x94]){1,8}"
    rb"(?:(?:episode|ep\.?)\s*)?#?\s*(\d{1,4})(?:st|nd|rd|th)?\s+overall\b",
    re.IGNORECASE,
)
_OVERALL_WORDS = (b"verall", b"VERALL")
# what a byline's number through the seasons may say instead (overall_episode's: "episode 30 of
# the whole series", "episode 30 in total", "episode 30 of the series")
_THROUGH_WORDS = (
    *_OVERALL_WORDS,
    b"of the whole ",
    b"of the entire ",
    b"in total",
    b"of the series",
    b"of the show",
)


_UNIT_CUES = (b" 1 to ", b" 1 and ")  # a scale's low end and its joint, as pages state one
_UNIT_LOOK = (40, 200)  # bytes of markup before and after a cue: the scale's words, their tags


def _stated_unit(data: bytes) -> tuple[str, float] | None:
    """The unit of its own the page states its site rates in, and its scale ("Reactor rates
    every episode from 1 to 5 Cores": ("Cores", 5.0)), in a legend or a box that text
    extraction drops; read from the words around each cue, tags taken out ("between 1 and 5
    <em>Cores</em>")."""
    for cue in _UNIT_CUES:
        at = data.find(cue)
        while at >= 0:
            words = _words_of(data[max(0, at - _UNIT_LOOK[0]) : at + _UNIT_LOOK[1]])
            unit = stated_unit(words)
            if unit is not None:
                return unit
            at = data.find(cue, at + 1)
    return None


def _words_of(markup: bytes) -> str:
    """The words of a bit of markup, its tags taken out ("Season 3 · Episode 12 | …")."""
    return " ".join(_TAG.sub(b" ", markup).decode("utf-8", "replace").split())


# a site's prompt to rate the episode: "How would you rate episode 21 of<br>Show (TV 2) ?"
_RATING_PROMPT = re.compile(
    rb"\bhow\s+would\s+you\s+rate\s+episode\s+#?(\d{1,4})(?:\s|<[^<>]{0,200}>){1,8}of\b",
    re.IGNORECASE,
)
# what _RATING_PROMPT needs, looked for first (in the casings a page writes it)
_RATING_PROMPT_WORDS = (b"rate episode", b"Rate Episode", b"RATE EPISODE", b"rate Episode")


def _rated_episode(data: bytes) -> tuple[int, str] | None:
    """The episode a review site's rating prompt asks readers to rate ("How would you rate
    episode 21 of …"), with the prompt's words up to its number; None when the page has no
    such prompt, or prompts for two episodes (a list of reviews, each with its own)."""
    if not any(word in data for word in _RATING_PROMPT_WORDS):
        return None
    found = {int(m.group(1)): m for m in _RATING_PROMPT.finditer(data)}
    if len(found) != 1:
        return None
    [(number, prompt)] = found.items()
    return number, _words_of(data[prompt.start() : prompt.end(1)])


# a list marked as the cast by its class or id, a word of its own ("cast", "cast-list", not
# "podcast", "broadcast"), up to its end
_CAST_LIST = re.compile(
    rb"<(ul|ol)\b[^<>]*\b(?:class|id)\s*=\s*[\"']?(?:[^\"'<>]*[\s_-])?cast(?:[\s_\"'>-])"
    rb"[^<>]*>(.{0,3000}?)</\1>",
    re.IGNORECASE | re.DOTALL,
)
_CAST_ITEM = re.compile(rb"<li\b[^<>]*>(.*?)</li>", re.IGNORECASE | re.DOTALL)
_MAX_CAST_ITEM = 120  # characters: a name and its actor
# ...or a list right under a section heading that names the cast ("<h2>Cast in this
# episode</h2><ul><li><a href=…>Name</a> (Voice Actor)</li>…"), as a wiki's page lists it: its
# names are links (_names_linked), so text extraction drops it as a list of links. Matched only
# at a heading that opens shortly before a "cast" the page holds (_CAST_HEADING_LOOK bytes)
_CAST_HEADED_LIST = re.compile(
    rb"<h([2-4])\b[^<>]*>(.{0,200}?)</h\1\s*>\s*<(ul|ol)\b[^<>]*>(.{0,3000}?)</\3\s*>",
    re.IGNORECASE | re.DOTALL,
)
_CAST_HEADING_LOOK = 300
# the heading's word for the cast, a word of its own ("Voice cast", "Cast in this episode";
# not "Podcast", "Broadcast schedule")
_CAST_WORD = re.compile(r"\bcast\b", re.IGNORECASE)


def _names_linked(markup: bytes) -> bool:
    """Does every item of the list `markup` open with a link (a wiki's "<li><a …>Name</a>
    (Actor)</li>")? Those are what text extraction drops as a list of links; a headed list of
    bare names (a sidebar's box) is the extraction's to keep or leave."""
    items = [item.group(1).lstrip() for item in _CAST_ITEM.finditer(markup)]
    return bool(items) and all(item[:3].lower() in (b"<a ", b"<a>") for item in items)


def _cast_list(data: bytes) -> tuple[str, ...]:
    """The items of the page's cast lists (_CAST_LIST, or a list under a heading naming the
    cast) that credit an actor in brackets ("Name (Voice Actor)"), as written."""
    if b"cast" not in data and b"CAST" not in data and b"Cast" not in data:
        return ()
    lists = [found.group(2) for found in _CAST_LIST.finditer(data)]
    lowered = data.lower()
    at, searched = lowered.find(b"cast"), 0
    while at >= 0:
        start = lowered.rfind(b"<h", max(searched, at - _CAST_HEADING_LOOK), at)
        headed = _CAST_HEADED_LIST.match(data, start) if start >= 0 else None
        if (
            headed is not None
            and _CAST_WORD.search(_words_of(headed.group(2))) is not None
            and _names_linked(headed.group(4))
        ):
            lists.append(headed.group(4))
            searched = headed.end()
        at = lowered.find(b"cast", max(at + 4, searched))
    items: dict[str, None] = {}  # (a list both marked and headed as the cast is read once)
    for found in lists:
        for item in _CAST_ITEM.finditer(found):
            words = _words_of(item.group(1))
            if len(words) <= _MAX_CAST_ITEM and words.endswith(")") and " (" in words:
                items[words] = None
    return tuple(items)


# a table row's mark that it is the page itself, in the casings a page writes it
_OWN_ROW_MARKS = (
    b"this review",
    b"This review",
    b"THIS REVIEW",
    b"this post",
    b"This post",
    b"THIS POST",
)
_OWN_ROW_LOOK = 600  # bytes before the mark where its row opens
# a row opening with a cell holding only a number (the episode column), up to the mark
_OWN_ROW = re.compile(rb"<tr\b[^<>]*>\s*<t[dh]\b[^<>]*>\s*#?(\d{1,4})\s*</t[dh]>", re.IGNORECASE)
# ...or the mark's own cell holding only a number before it ("<td>Feb 21</td><td>7 (this
# post)</td>": the episode column after a date's)
_OWN_CELL = re.compile(rb"<t[dh]\b[^<>]*>\s*#?(\d{1,4})(?:\s|<[^<>]{0,200}>|[(\[]){0,8}$")


def _own_row_episode(data: bytes) -> tuple[int, str] | None:
    """The episode of the table row that marks itself as the page ("<tr><td>7</td><td>Title
    <em>(this review)</em></td>…", a site's coverage table of a show's weekly reviews), with
    the row's words up to the mark; None when no row, or two, say so."""
    found: dict[int, str] = {}
    for mark in _OWN_ROW_MARKS:
        at = data.find(mark)
        while at != -1:
            start = max(0, at - _OWN_ROW_LOOK)
            opened = data.rfind(b"<tr", start, at)
            if opened != -1 and data.find(b"</tr", opened, at) == -1:
                row = _OWN_ROW.match(data, opened)
                if row is None:
                    cell = max(data.rfind(b"<td", opened, at), data.rfind(b"<th", opened, at))
                    row = _OWN_CELL.match(data, cell, at) if cell > opened else None
                if row is not None:
                    found[int(row.group(1))] = _words_of(data[opened : at + len(mark)])
            at = data.find(mark, at + len(mark))
    if len(found) != 1:
        return None
    [(number, words)] = found.items()
    return number, words


# a summary box's or a fact list's item labelling the episode ("<strong>Episode:</strong> 14",
# "<dt>Episode</dt><dd>14</dd>"), looked for where a tag closes right before the label
_EPISODE_LABELS = (b">Episode", b">EPISODE")
_LABELLED_EPISODE = re.compile(
    rb">episode\s*:?\s*</(?:strong|b|dt|th|span|em)>(?!\w)\s*:?\s*"
    rb"(?:</?(?:dd|td|span|em|i)\b[^<>]{0,200}>\s*){0,3}#?(\d{1,4})\s*<",
    re.IGNORECASE,
)


def _labelled_episode(data: bytes) -> tuple[int, str] | None:
    """The episode a summary box's item labelled "Episode" gives ("<strong>Episode:</strong>
    14"), with the item's words; None when no item, or two with other numbers, say so."""
    found: dict[int, str] = {}
    for label in _EPISODE_LABELS:
        at = data.find(label)
        while at >= 0:
            item = _LABELLED_EPISODE.match(data, at)
            if item is not None:
                found[int(item.group(1))] = _words_of(data[at + 1 : item.end(1)])
            at = data.find(label, at + 1)
    if len(found) != 1:
        return None
    [(number, words)] = found.items()
    return number, words


def _through_seasons(data: bytes, text: str) -> tuple[int, int, str] | None:
    """The episode within its season and the one through the seasons that an episode
    database's line names together ("Season 3 · Episode 12 | Show | Episode 37 of 37"), or
    an infobox's line ("Episode: 25 (Season 2, Episode 1)"), or a headline's season and
    episode and the byline under it ("… Season 2 Episode 5 Recap" over "Posted by … ·
    Episode 29 overall"), with the line's words; None when the page has none (or the later
    number is no later). The byline counts only when text extraction dropped it: said in the
    article's `text`, it is the opening's to weigh (another episode's, maybe)."""
    if any(word in data for word in _BOX_SEASONS):
        for box in _EPISODE_BOX.finditer(data):
            through, within = int(box.group(1)), int(box.group(2))
            if within < through:
                said = _words_of(box.group(0))
                return within, through, said
    if any(word in data for word in _OVERALL_WORDS):
        for box in _OVERALL_BOX.finditer(data):
            within, through = (int(g) for g in box.groups() if g is not None)
            if within < through:
                said = _words_of(box.group(0))
                return within, through, said
    if b"Season" not in data and b"SEASON" not in data:
        return _byline_through(data, text, _SEQUEL_EPISODE)
    if b" of " in data:
        for season in _SEASON_EPISODE.finditer(data):
            reach = data[season.end() : season.end() + _THROUGH_REACH]
            run = _EPISODE_OF_RUN.search(reach)
            if run is None:
                continue
            within, through, total = (int(season.group(1)), int(run.group(1)), int(run.group(2)))
            if within < through <= total:
                said = _words_of(data[season.start() : season.end() + run.end()])
                return within, through, said
    return _byline_through(data, text, _SEASON_EPISODE) or _byline_through(
        data, text, _SEQUEL_EPISODE
    )


# a sequel's headline numbering its episode within the season its Roman numeral names ("<Name>
# III Episode 12", "<Name> III – Episode 12"; in capitals, II to IX, parted by what
# episode.py's marker allows: a comma, a colon, a hyphen or a dash)
_SEQUEL_EPISODE = re.compile(
    rb"\b(?:II|III|IV|V|VI|VII|VIII|IX)\s*(?:[,:\-]|"
    + _DASH
    + rb")?\s*(?:Episode|EPISODE|episode)\s+(\d{1,4})\b"
)


def _byline_through(
    data: bytes, text: str, headline: re.Pattern[bytes]
) -> tuple[int, int, str] | None:
    """The episode a headline numbers within its season (`headline`: "Season 3 Episode 12",
    or a sequel's "<Name> III Episode 12") and the number through the seasons the byline
    under it gives ("Posted by … · Episode 37 overall"), with their words; None when the
    page has none, the byline's number is no later, or the article's text says it."""
    if not any(word in data for word in _THROUGH_WORDS):
        return None
    lowered = text.lower()
    for heading in headline.finditer(data):
        within = int(heading.group(1))
        found = overall_episode(_words_of(data[heading.end() : heading.end() + _BYLINE_REACH]))
        if found is not None and within < found[0] and found[1].lower() not in lowered:
            return within, found[0], f"{_words_of(heading.group(0))} … {found[1]}"
    return None


# a show card's or an infobox's "English title: <Name>" ("English: <Name>", "English name:"),
# its label perhaps in a tag of its own ("<b>English title:</b> <Name>"), the value up to the
# next tag, line or bar; a middle dot parting it from the card's next item is cut after. It is
# matched where the page lower-cased holds the word, found at C speed, where a case-insensitive
# search opening with "\b" tried the pattern at every byte of the page
_ENGLISH = b"english"
_ENGLISH_TITLE = re.compile(
    rb"english(?:\s+(?:title|name))?\s*:(?:\s|<[^<>]{0,200}>){0,4}([^<>\n|]{1,300})"
)
_ENGLISH_WORDS = (b"English", b"english", b"ENGLISH")  # what _ENGLISH_TITLE needs, first
_CARD_ITEM_END = re.compile(r"\s*[\u00b7\u2022|]")  # "<Name> · <Studio>", "<Name> • 12 eps"
_MAX_ENGLISH_TITLE = 120


def english_title(data: bytes) -> str | None:
    """The show's English title the page's first "English title: <Name>" line gives (a show
    card's, an infobox's), up to the card's next item; None when it has none."""
    if not any(word in data for word in _ENGLISH_WORDS):
        return None
    lowered = data.lower()  # (the same length: a match's offsets are the page's)
    found = None
    at = lowered.find(_ENGLISH)
    while found is None and at >= 0:
        if not _word_byte(lowered[at - 1 : at]):  # a word of its own, as "\b" would have it
            found = _ENGLISH_TITLE.match(lowered, at)
        at = lowered.find(_ENGLISH, at + 1)
    if found is None:
        return None
    value = html_lib.unescape(data[found.start(1) : found.end(1)].decode("utf-8", "replace"))
    end = _CARD_ITEM_END.search(value)
    name = " ".join((value[: end.start()] if end else value).split())
    return name if 0 < len(name) <= _MAX_ENGLISH_TITLE else None


# a show card's list of the show's facts: a label cell ("<dt>Studio</dt>", "<th>Studio:</th>")
# naming its studio, which only a show's card lists; found where the page lower-cased holds the
# word, at C speed. The card's heading before it ("<h4>The Show</h4>", an <i>romanised</i> line
# perhaps between) is the show's name
_STUDIO = b"studio"
_STUDIO_LABEL = re.compile(rb"<(?:dt|th)\b[^<>]{0,200}>\s*(?:<[^<>]{0,200}>\s*)?$")
_CARD_HEADING = re.compile(rb"<h([2-6])\b[^<>]{0,300}>(.{1,300}?)</h\1\s*>", re.DOTALL)
_CARD_REACH = 1200  # bytes before the label read for the card's heading
_MAX_CARD_GAP = 200  # characters of text between the heading and the label, at most
_MAX_CARD_NAME = 120


def show_card_name(data: bytes) -> str | None:
    """The show's name a show card or an infobox beside the article heads itself with, over
    its list of the show's facts ("<h4><Name></h4> <p><i><Romaji></i></p> <dl><dt>Studio</dt>
    …"), which text extraction drops with the card: a review headlined with a character's
    name only. None when no list labels a studio, or no heading stands right over it."""
    if _STUDIO not in data and b"Studio" not in data and b"STUDIO" not in data:
        return None
    lowered = data.lower()
    at = lowered.find(_STUDIO)
    while at >= 0:
        before = lowered[max(0, at - _CARD_REACH) : at]
        if _STUDIO_LABEL.search(before, max(0, len(before) - 420)) is not None:
            headings = list(_CARD_HEADING.finditer(before))
            if headings:
                heading = headings[-1]
                gap = _TAG.sub(b" ", before[heading.end() :])
                if len(b" ".join(gap.split())) <= _MAX_CARD_GAP:
                    start = max(0, at - _CARD_REACH) + heading.start(2)
                    inner = data[start : start + len(heading.group(2))]
                    name = " ".join(
                        html_lib.unescape(_TAG.sub(b" ", inner).decode("utf-8", "replace")).split()
                    )
                    return name if 0 < len(name) <= _MAX_CARD_NAME else None
        at = lowered.find(_STUDIO, at + 1)
    return None


# a summary box's or a fact list's item labelling the show ("<strong>Show:</strong> <Name>",
# "<dt>Series</dt><dd><Name></dd>"), which text extraction drops with the box; looked for where
# a tag closes right before the label, at C speed
_SHOW_LABELS = (b">Show", b">Series", b">SHOW", b">SERIES")
_LABELLED_SHOW = re.compile(
    rb">(?:show|series)\s*:?\s*</(?:strong|b|dt|th|span|em)>(?!\w)\s*:?\s*"
    rb"(?:</?(?:dd|td|span|em|i|a)\b[^<>]{0,200}>\s*){0,3}([^<>\n]{2,200})<",
    re.IGNORECASE,
)
# a value's other title beside it, outside its link ("<a>Name</a> (Other)")
_GLOSSED_AFTER = re.compile(rb"(?:</?[a-z]+\b[^<>]{0,200}>\s*)+\(")
# the other title a label's value gives after the name ("<Name> (<Romanised>)")
_OTHER_TITLE_AFTER = re.compile(r"\s*\([^()]{1,120}\)$")


def labelled_show(data: bytes) -> str | None:
    """The show's name the page's first item labelled "Show" or "Series" gives (a summary
    box's "<strong>Show:</strong> <Name> (<Romanised>)"), its other title in brackets left
    out; None when it has none."""
    for label in _SHOW_LABELS:
        at = data.find(label)
        while at >= 0:
            found = _LABELLED_SHOW.match(data, at)
            if found is not None and _GLOSSED_AFTER.match(data, found.end(1)) is not None:
                # "<a>Romanised</a> (English)": which is the show's name is the text's to say
                return None
            if found is not None:
                value = html_lib.unescape(found.group(1).decode("utf-8", "replace"))
                name = " ".join(_OTHER_TITLE_AFTER.sub("", value).split())
                return name if 0 < len(name) <= _MAX_CARD_NAME else None
            at = data.find(label, at + 1)
    return None


def _word_byte(byte: bytes) -> bool:
    """Is `byte` (one, or none at the page's start) part of a word, as "\\b" reads one?"""
    return byte.isalnum() or byte == b"_"


# the element holding a page's breadcrumbs: a list, a navigation bar or a block whose class, id
# or schema.org type says so ('<ul class="p-breadcrumbs" itemtype="…/BreadcrumbList">',
# '<nav class="breadcrumbs">', a trail of "crumbs" for short: '<nav class="crumbs">'); not one
# crumb's own ('<span class="breadcrumb_last">', '<p class="crumb">')
_CRUMBS_OPEN = re.compile(
    rb"<(?P<tag>ul|ol|nav|div|p)\b[^<>]{0,300}?(?:readcrumb|crumbs\b)[^<>]{0,300}>",
    re.IGNORECASE,
)
_CRUMBS_REACH = 4000  # bytes of markup after it, at most, up to its closing tag
# what _CRUMBS_OPEN needs, looked for first
_CRUMBS_WORDS = (b"readcrumb", b"READCRUMB", b"crumbs", b"CRUMBS", b"Crumbs")
_MAX_CRUMB = 150  # characters: a longer text between tags is no crumb
# the separators a trail writes between its crumbs, which the text of the last one (not a link,
# its separator before it in the same text: "<a>Show</a> › Episode 5") carries
_CRUMB_SEPARATORS = " ›‹»«>/|·•→"


def breadcrumbs(data: bytes) -> tuple[str, ...]:
    """The text of each crumb of the page's first breadcrumbs, in order ("Forums", "Anime",
    "<Show>"), the separators between them left out; () when the page has none."""
    if not any(word in data for word in _CRUMBS_WORDS):
        return ()
    found = _CRUMBS_OPEN.search(data)
    if found is None:
        return ()
    inside = data[found.end() : found.end() + _CRUMBS_REACH]
    close = inside.lower().find(b"</" + found.group("tag").lower() + b">")
    if close >= 0:
        inside = inside[:close]
    crumbs = (
        " ".join(html_lib.unescape(part.decode("utf-8", "replace")).split()).strip(
            _CRUMB_SEPARATORS
        )
        for part in _TAG.split(inside)
    )
    return tuple(
        crumb
        for crumb in crumbs
        if 0 < len(crumb) <= _MAX_CRUMB and any(c.isalnum() for c in crumb)
    )


def _entry_page(entry: SavedEntry) -> bytes:
    """A feed's entry saved on its own as the page it stands for: its title as the headline
    over its content (text extraction reads a bare entry as a page with no body)."""
    heading = html_lib.escape(entry.title or "")
    headline = f"<h1>{heading}</h1>" if heading else ""
    return (
        f"<html><head><title>{heading}</title></head><body><article>{headline}"
        f"{entry.html}</article></body></html>"
    ).encode()


# a forum thread's posts, numbered in their ids ("post_1", "post-2"): the first is the
# topic's post, the others are replies, which text extraction would run into it
_POST_IDS = (b'id="post', b"id='post", b"id=post")
_THREAD_POST = re.compile(r"post[_-]?\d{1,12}", re.IGNORECASE)
# a post numbered by a bare "p" ("<div id="p301455" class="post bg2">", as phpBB numbers a
# topic's posts): a post only when its class says so, since a page may number its paragraphs
# so ("p1", "p2")
_NUMBERED_P = re.compile(rb"""id=["']?p\d""")
_P_POST = re.compile(r"p\d{1,12}")
_MIN_POSTS = 2
# a post the board pins above a topic's own ("<div id="p0" class="post sticky">": the rules
# of the forum, an announcement) says so in its class; it is the board's, not the topic's
# opening post, so the opener is the first post not so marked
_PINNED_WORDS = frozenset(("sticky", "pinned", "announcement", "announce"))
_CLASS_WORDS = re.compile(r"[^a-z]+")


def _thread_post(element: Any) -> bool:
    """Is `element` one of a thread's posts, numbered as one in its id ("post_1", "post-2";
    "p301455" with the class "post")?"""
    ident = element.get("id") if isinstance(element.tag, str) else None
    if not ident:
        return False
    if _THREAD_POST.fullmatch(ident) is not None:
        return True
    return _P_POST.fullmatch(ident) is not None and "post" in (element.get("class") or "").split()


def _pinned_post(post: Any) -> bool:
    """Is this thread's post pinned above the topic by the board ("post sticky",
    "message--pinned"), not one of the topic's own posts?"""
    marks = post.get("class")
    return bool(marks) and not _PINNED_WORDS.isdisjoint(_CLASS_WORDS.split(marks.lower()))


def _replies(posts: list[Any]) -> list[Any]:
    """Of a thread's sibling posts, all but the topic's opening post: the first post the board
    has not pinned above it (_pinned_post), else the first of all."""
    opener = next((post for post in posts if not _pinned_post(post)), posts[0])
    return [post for post in posts if post is not opener]


def _without_replies(data: bytes) -> bytes:
    """`data` without a thread's replies: of sibling elements whose ids number them as posts
    ("post_1", "post_2", as forum software lays a topic out; _thread_post), only the first is
    kept (the topic's post: the review; the replies' scores and names are readers'), passing
    over a post the board pins above it (_pinned_post), which is dropped with them. `data`
    as it is when it holds no such thread."""
    if (
        sum(data.count(needle) for needle in _POST_IDS) < _MIN_POSTS
        and len(_NUMBERED_P.findall(data)) < _MIN_POSTS
    ):
        return data
    try:
        tree = lxml_html.fromstring(data)
    except (ValueError, etree.ParserError):
        return data
    posts: dict[Any, list[Any]] = {}
    for element in tree.iter():
        if _thread_post(element):
            posts.setdefault((element.getparent(), element.tag), []).append(element)
    replies = [
        reply for same in posts.values() if len(same) >= _MIN_POSTS for reply in _replies(same)
    ]
    if not replies:
        return data
    for reply in replies:
        reply.drop_tree()
    log.debug("Left out %d replies of a thread", len(replies))
    # in the encoding the bytes were read in: a declared charset stays true, and bytes read
    # as Latin-1 for want of one come back as they were
    encoding = tree.getroottree().docinfo.encoding or "utf-8"
    try:
        return bytes(lxml_html.tostring(tree.getroottree(), encoding=encoding))
    except (LookupError, ValueError):
        return data
