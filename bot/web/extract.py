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

import contextlib
import datetime as dt
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html import unescape
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from lxml.etree import XPath, _Element
from lxml.html import Element, HtmlElement

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
_LETTER = re.compile(r"[^\W\d_]")
# a score with its unit, which a site's name never is: "3.5 stars", "4.5 out of 5", "8.5 pts"
_SCORE_WITH_UNIT = re.compile(
    r"\d{1,3}(?:[.,]\d{1,2})?[ \t]*(?:stars?|points?|pts|out[ \t]+of[ \t]+\d{1,3})",
    re.IGNORECASE,
)


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
    # the page's own summary of itself (its meta description, og:description), which the
    # article's text need not repeat
    description: str | None = None
    # the categories the page files the post under: a blog's "Posted in <Category>" links to
    # its category pages, else the article:section meta ("First Impressions", "TV Recaps")
    categories: tuple[str, ...] = ()


# a comments section in a web component of its own, which trafilatura's class and id rules do
# not name: "<site-comment-tree>", "<x-comments>" (a custom element's name has a hyphen)
_COMMENT_ELEMENT = re.compile(
    r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*-comments?(?:-[a-z0-9]+)*|comments?(?:-[a-z0-9]+)+",
    re.IGNORECASE,
)


def _holds(lowered: str | bytes, *needles: str) -> bool:
    """A C-speed find: does `lowered` (a page lower-cased) hold one of `needles`?"""
    if isinstance(lowered, bytes):
        return any(needle.encode() in lowered for needle in needles)
    return any(needle in lowered for needle in needles)


# What a reader fills in or presses: a form holding one of these (shown) is a form.
_CONTROLS = frozenset({"textarea", "select", "button"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.IGNORECASE)


def _shown_control(form: HtmlElement) -> bool:
    """Does `form` hold a control a reader can see (a text box, a menu, a button, an input
    other than a hidden one), outside the parts of it styled out of sight?"""
    for element in form.iterdescendants():
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        control = tag in _CONTROLS or (
            tag == "input" and (element.get("type") or "text").lower() != "hidden"
        )
        if control and not _styled_out_of_sight(element, form):
            return True
    return False


def _styled_out_of_sight(element: HtmlElement, within: HtmlElement) -> bool:
    """Is `element`, or one of its ancestors up to `within`, styled `display: none`?"""
    node: HtmlElement | None = element
    while node is not None and node is not within:
        if _HIDDEN_STYLE.search(node.get("style") or ""):
            return True
        node = node.getparent()
    return False


def _parsed_for_extraction(html: str | bytes) -> str | bytes | HtmlElement:
    """`html` parsed and mended for trafilatura; unparsed when there is nothing to mend. The
    tree is the one trafilatura would parse itself, so the rest of its reading is unchanged,
    and dropping or renaming elements in it is linear in the page, however its tags nest or
    fail to close.

    - Comments sections in custom elements go: readers' words and scores are not the
      article.
    - A <form> that only wraps prose, holding no control a reader sees, becomes a <div>; and
      an element holding prose loses the class words with "expand" in them (old Reddit wraps
      a post's text in a form, with a hidden input naming the post, inside a <div
      class="expando">). trafilatura drops every form as a reply or search box, and every
      "expand..." class as a "show more" toggle; with the post gone, it took the subreddit's
      sidebar for the article.
    - A <div> of bare text set among the article's paragraphs and holding a score out of a
      scale, in a unit of its own perhaps ("<div class="callout-text"><strong>Episode 4: 4
      onigiri out of 5.</strong> …</div>", a blog editor's callout card), becomes a <p>:
      trafilatura keeps only paragraphs of such an article, and the verdict was lost.
    - A social thread's posts, sibling <article>s numbered in their text as its places one
      by one ("… a thread 🧵 1/4", "2/4 The best thing …"), go into the first of them:
      trafilatura takes a page's first <article> for its article, and the thread's later
      posts, the verdict among them, were lost. Others' replies, never so numbered, stay
      apart.
    - A heading's trailing text, up to the line break that ends it, gets a line break of its
      own before it, as the paragraphs after it have: a blog editor's post is bare text
      between <br> tags under its headings ("<h3>Heading</h3>Text …<br />"), and
      trafilatura drops the text after a heading's closing tag (a section's first paragraph,
      with the characters it introduced). So does a line opening with an inline element
      ("<h4>Score</h4><b>Episode 3: 8/10</b><br />Text …"): trafilatura drops it the same
      way, and with it the score line under a "Score" heading.
    - An <aside> marked as a spoiler warning ("<aside class="spoiler-warning">Spoilers follow
      for <Show> Season 2, Episode 24 (episode 48 of the series overall)</aside>"), short bare
      text among the article's paragraphs and in none of the page's chrome, becomes a <p>,
      the first of the body's box when that comes right after it: it is the article's own
      note of what it covers, and trafilatura drops every aside as a sidebar (and what
      stands above the box it takes for the article), with it the only place the page
      counted the episode through the seasons. So does an <aside> marked as the episode's cast
      ("<aside class="entry__cast">Voice cast: <Name> (<Actor>), …</aside>"), up to a longer
      note: the article's own credits, where the page named its characters in full.
    - A <div> marked as a note ("<div class="note">A note on numbering: … this is Part 2
      Episode 1, episode 13 overall.</div>", an "editor-note"), short bare text among the
      article's paragraphs and in none of the page's chrome, becomes a <p> the same way:
      the writer's own note on what the article covers, which trafilatura drops as a box
      apart, and with it the only place the page counted a split cour's episode overall.
    """
    # (custom elements named for comments have a hyphen: "<x-comments>", "<comment-tree>")
    lowered = html.lower()
    comments = _holds(lowered, "comment-", "-comment")
    forms = _holds(lowered, "<form")
    expand = _holds(lowered, "expand")
    headed = _text_after_heading(lowered)
    bold_lines = _holds(lowered, "</strong><br", "</b><br")
    scored = _holds(lowered, "out of") and _holds(lowered, "<div")
    threaded = (
        lowered.count("<article") if isinstance(lowered, str) else lowered.count(b"<article")
    ) >= _MIN_THREAD_POSTS
    warned = _holds(lowered, "<aside") and _holds(lowered, _SPOILER_MARK, _CAST_MARK)
    noted = _holds(lowered, "note") and _holds(lowered, "<div")
    paywalled = _holds(lowered, _PAYWALL_MARK)
    if not (
        comments
        or forms
        or expand
        or headed
        or bold_lines
        or scored
        or threaded
        or warned
        or noted
        or paywalled
    ):
        return html
    tree = trafilatura.load_html(html)
    if tree is None:
        return html
    if comments:
        dropped = [
            element
            for element in tree.iter()
            if isinstance(element.tag, str) and _COMMENT_ELEMENT.fullmatch(element.tag)
        ]
        for element in dropped:  # one inside another goes with it; dropping it again is harmless
            element.drop_tree()  # the text after its closing tag stays (the parent's)
    if forms:
        for form in list(tree.iter("form")):
            if not _shown_control(form) and form.find(".//p") is not None:
                form.tag = "div"
    if expand:
        for element in _EXPAND_CLASS(tree):
            if _holds_prose(element):
                element.set("class", " ".join(_EXPAND.sub("", element.get("class", "")).split()))
    if threaded:
        _join_thread_posts(tree)
    if headed:
        for heading in list(tree.iter(_HEADINGS)):
            if (heading.tail and not heading.tail.isspace()) or _inline_next(heading):
                line_break = Element("br")
                line_break.tail, heading.tail = heading.tail, None
                heading.addnext(line_break)
    if bold_lines:
        for bold in list(tree.iter(_BOLD)):
            if _bold_line_over_text(bold):
                bold.addnext(Element("br"))  # a blank line under it: a paragraph of its own
    if scored:
        for div in [d for d in tree.iter("div") if _verdict_in_a_div(d)]:
            div.tag = "p"
    if warned:
        for aside in [a for a in tree.iter("aside") if _spoiler_note(a)]:
            _into_the_body(aside)
    if noted:
        for div in [d for d in tree.iter("div") if _writers_note(d)]:
            _into_the_body(div)
    if paywalled:
        for box in [d for d in tree.iter("div") if _paywall_box(d)]:
            _lede_into_the_body(box)
    return tree


# a thread's post's place in it, "1/4" ("🧵 1/4", "(2/4)"): not a date's or a longer chain's
_POST_PLACE = re.compile(r"(?<![\d/.,])(?P<place>\d{1,3})/(?P<count>\d{1,3})(?![\d/.,]|[^\W\d_])")
_MIN_THREAD_POSTS = 2
# an uncounted thread's post's place opening its text: "2/ …", "2/n …" (not "2/3", a date)
_OPENING_PLACE = re.compile(r"\s*(?P<place>\d{1,3})/n?\s")
_MIN_UNCOUNTED_POSTS = 3  # with no count to bear them out: the opener, "2/ …" and "3/ …"
_HASH = ("#", "＃")  # what a hashtag link's text opens with


def _place_in_thread(post: HtmlElement, place: int, count: int | None) -> int | None:
    """The count of the thread `post` holds its `place` in ("2/4": 4), of `count` posts when
    one is known; None when its text numbers it no such place."""
    for match in _POST_PLACE.finditer(" ".join(post.itertext())):  # (its blocks apart)
        found = int(match.group("count"))
        if int(match.group("place")) == place and found >= place and count in (None, found):
            return found
    return None


def _opens_at_place(post: HtmlElement | None, place: int) -> bool:
    """Whether `post` is an <article> one of whose blocks opens with its `place` in a thread
    that does not count its posts ("2/ For anyone who …", "3/n …"), as a thread's posts under
    their poster's name do."""
    if post is None or post.tag != "article":
        return False
    for element in post.iter():
        found = _OPENING_PLACE.match(element.text) if element.text else None
        if found is not None and int(found.group("place")) == place:
            return True
    return False


def _join_thread_posts(tree: HtmlElement) -> None:
    """Move each run of sibling <article>s that number themselves one thread's posts, "1/N",
    "2/N" and on, into the first of them, each as a <div>: the first <article> is what
    trafilatura reads as the page's article. A blog's list of posts is never so numbered.
    A thread that does not count its posts opens each with its place alone ("2/ …", "3/ …",
    its opener "1/ …" or unnumbered, a platform's page of the opener and the poster's own
    replies): _MIN_UNCOUNTED_POSTS of them, then, and the opener had been left out as short.
    The moved posts' hashtag links go, as a blog's list of tags does, and so do their links
    to what the first post links to (the poster's name over each post): a short last post
    under its poster's name, ending in its tags ("ep 18: nine out of ten" / "#Frieren
    #anime"), read to trafilatura as a block of links, and went with the verdict in it."""
    for first in list(tree.iter("article")):
        if first.tag != "article":
            continue  # (a post already moved into its thread's first)
        count = _place_in_thread(first, 1, None)
        if count is None and not _opens_at_place(first.getnext(), 2):
            continue
        posts: list[HtmlElement] = []
        node = first.getnext()
        while node is not None and node.tag == "article":
            place = len(posts) + 2
            if count is None:  # (uncounted: the first post "1/ …" or unnumbered, its opener)
                if not _opens_at_place(node, place):
                    break
            else:
                found = _place_in_thread(node, place, count)
                if found is None:
                    break
                count = found
            posts.append(node)
            node = node.getnext()
        if len(posts) + 1 < (_MIN_THREAD_POSTS if count is not None else _MIN_UNCOUNTED_POSTS):
            continue
        linked = {a.get("href") for a in first.iter("a")} - {None}
        for post in posts:
            post.tag = "div"
            post.tail = None
            first.append(post)
            for link in list(post.iter("a")):
                if link.get("href") in linked or link.text_content().lstrip()[:1] in _HASH:
                    link.drop_tree()  # (the text after it stays)
        log.debug("Joined a thread's %d posts into its first", len(posts) + 1)


_BOLD = ("strong", "b")


def _is_line_break(node: HtmlElement | None) -> bool:
    return node is not None and node.tag == "br"


def _bold_line_over_text(bold: HtmlElement) -> bool:
    """Is `bold` a line of its own set in bold, right over a line of text under a single
    <br> ("<br><br><strong>🎙️ Cast notes</strong><br>Text …"): a post's section heading, as
    a channel's or a forum's post writes them in bare text between <br> tags? When
    trafilatura's own reading fails on such a page, its fallback joins a single <br>'s lines
    with a space, and the heading ran into its section's first words ("Cast notes Tavi
    (Voice Actor)", a character's name taken with the heading's last word)."""
    if bold.tail and not bold.tail.isspace():
        return False
    after = bold.getnext()
    if not _is_line_break(after) or not (after.tail and not after.tail.isspace()):
        return False
    before = bold.getprevious()
    if before is None:
        parent = bold.getparent()
        return parent is not None and not (parent.text and not parent.text.isspace())
    return _is_line_break(before) and not (before.tail and not before.tail.isspace())


# a heading's closing tag with text right after it (a blog editor's "<h3>…</h3>Text …<br />"),
# perhaps opening with an inline element ("<h4>…</h4><b>Episode 3: 8/10</b><br />")
_INLINE = ("b", "strong", "i", "em", "u", "span", "a", "font", "mark")
_TEXT_AFTER_HEADING_TEXT = r"</h[1-6]\s*>\s*(?:[^\s<]|<(?:" + "|".join(_INLINE) + r")[\s>])"
_TEXT_AFTER_HEADING = re.compile(_TEXT_AFTER_HEADING_TEXT)
_TEXT_AFTER_HEADING_BYTES = re.compile(_TEXT_AFTER_HEADING_TEXT.encode())
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _inline_next(heading: HtmlElement) -> bool:
    """Does an inline element ("<b>", "<em>", "<a>"…) follow `heading` with nothing but
    whitespace between them, a line of bare text opening under the heading?"""
    after = heading.getnext()
    return after is not None and isinstance(after.tag, str) and after.tag.lower() in _INLINE


def _text_after_heading(lowered: str | bytes) -> bool:
    """Does `lowered` (a page lower-cased) hold a heading with text right after it?"""
    if isinstance(lowered, bytes):
        return _TEXT_AFTER_HEADING_BYTES.search(lowered) is not None
    return _TEXT_AFTER_HEADING.search(lowered) is not None


# a class trafilatura reads as a "show more" toggle and drops with all it holds
_EXPAND_CLASS = XPath('//*[contains(@class, "expand")]')
_EXPAND = re.compile(r"\S*expand\S*")
_PROSE_PARAGRAPHS = 2
_PROSE_WORDS = 60


def _holds_prose(element: HtmlElement) -> bool:
    """Does `element` hold paragraphs of prose (at least _PROSE_PARAGRAPHS <p> and
    _PROSE_WORDS words in them), as an article's body does and a toggle never does?"""
    paragraphs = element.findall(".//p")
    return (
        len(paragraphs) >= _PROSE_PARAGRAPHS
        and sum(len(p.text_content().split()) for p in paragraphs) >= _PROSE_WORDS
    )


# a score out of a scale, its unit perhaps between ("4 onigiri out of 5", "3.5 out of 5")
_OUT_OF_SCALE = re.compile(
    r"\d{1,2}(?:[.,]\d)?[ \t]+(?:[^\W\d_]{2,20}[ \t]+)?out[ \t]+of[ \t]+(?:\d{1,3}|five|ten)\b",
    re.IGNORECASE,
)
_MAX_VERDICT_DIV = 300  # characters: a verdict's line and a sentence or two after it
# what stands among an article's paragraphs: the paragraphs and the headings
_PROSE_SIBLINGS = ("p", *_HEADINGS)
# the page's chrome, where a score is another post's, a reader's or the site's
_CHROME = frozenset(("aside", "nav", "footer", "header", "form"))
_CHROME_WORDS = ("comment", "sidebar", "widget", "related", "reader")
_SIBLING_LEVELS = 2  # the div, or its card's box, among the paragraphs


def _verdict_in_a_div(div: HtmlElement) -> bool:
    """Is `div` a verdict set in bare text (no block inside it, only inline elements), short,
    holding a score out of a scale, among the article's paragraphs (a paragraph or heading
    beside it or beside the card around it) and in none of the page's chrome?"""
    if any(isinstance(child.tag, str) and child.tag.lower() not in _INLINE for child in div):
        return False
    text = div.text_content()
    if len(text) > _MAX_VERDICT_DIV or _OUT_OF_SCALE.search(text) is None:
        return False
    node: HtmlElement | None = div
    among = False
    for _ in range(_SIBLING_LEVELS):
        if node is None:
            break
        parent = node.getparent()
        if parent is not None and any(
            isinstance(e.tag, str) and e.tag.lower() in _PROSE_SIBLINGS for e in parent
        ):
            among = True
            break
        node = parent
    if not among:
        return False
    for element in (div, *div.iterancestors()):
        marks = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        if element.tag in _CHROME or any(word in marks for word in _CHROME_WORDS):
            return False
    return True


_SPOILER_MARK = "spoiler"  # in an aside's class or id: a spoiler warning
_MAX_SPOILER_NOTE = 300  # characters: a sentence or two saying what the article covers
# a word of an aside's class or id ("entry__cast", "cast-list"; not "podcast"): the cast's credits
_CAST_MARK = "cast"
_MARK_WORDS = re.compile(r"[^a-z]+")
_MAX_CAST_NOTE = 600  # characters: a line crediting a dozen or so of the cast


def _spoiler_note(aside: HtmlElement) -> bool:
    """Is `aside` a spoiler warning or the cast's credits (its class or id says so), short and
    bare (_bare_note)?"""
    marks = f"{aside.get('class') or ''} {aside.get('id') or ''}".lower()
    if _SPOILER_MARK in marks:
        most = _MAX_SPOILER_NOTE
    elif _CAST_MARK in marks and _CAST_MARK in _MARK_WORDS.split(marks):
        most = _MAX_CAST_NOTE
    else:
        return False
    return _bare_note(aside, most, itself=False)


def _bare_note(element: HtmlElement, most: int, *, itself: bool) -> bool:
    """Is `element` (a note by its class or id) set in bare text (no block inside it, only
    inline elements), at most `most` characters long, among the article's paragraphs (a
    paragraph or heading beside it or beside the box around it) and in none of the page's
    chrome (its ancestors', and with `itself` its own, class or id naming none)?"""
    if any(isinstance(child.tag, str) and child.tag.lower() not in _INLINE for child in element):
        return False
    if len(element.text_content()) > most:
        return False
    around = (element, *element.iterancestors()) if itself else element.iterancestors()
    return _among_prose(element) and not any(
        e.tag in _CHROME
        or any(
            word in f"{e.get('class') or ''} {e.get('id') or ''}".lower() for word in _CHROME_WORDS
        )
        for e in around
    )


# a class or id word naming a note: "note", "editor-note", "note_box" (not "footnote", "notes")
_NOTE_WORD = re.compile(r"(?:^|[\s_-])note(?:$|[\s_-])")
_MAX_WRITERS_NOTE = 500  # characters: a few sentences on what the article covers


def _writers_note(div: HtmlElement) -> bool:
    """Is `div` the writer's note (its class or id names it a note), short and bare
    (_bare_note, its own class or id naming no chrome either)?"""
    marks = f"{div.get('class') or ''} {div.get('id') or ''}".lower()
    if "note" not in marks or _NOTE_WORD.search(marks) is None:
        return False
    return _bare_note(div, _MAX_WRITERS_NOTE, itself=True)


def _into_the_body(note: HtmlElement) -> None:
    """`note` made a paragraph: the first of the article's body box, when that box comes right
    after it (trafilatura takes the box for the article, and the note above it was lost);
    else in its place."""
    body = note.getnext()
    if body is None or body.tag != "div" or not _holds_prose(body):
        note.tag = "p"
        return
    paragraph = Element("p")
    paragraph.text = note.text_content()
    note.drop_tree()  # (its tail stays: the parent's)
    body.insert(0, paragraph)


# a class or id word of a paywall's box ("paywall-box", "paywall-fade"), set between a saved
# paywalled page's free lede and its locked body
_PAYWALL_MARK = "paywall"


def _paywall_box(div: HtmlElement) -> bool:
    """Is `div` a paywall's outermost box (its class or id names it, its parent's does not)?"""
    if _PAYWALL_MARK not in f"{div.get('class') or ''} {div.get('id') or ''}".lower():
        return False
    parent = div.getparent()
    return parent is None or _PAYWALL_MARK not in (
        f"{parent.get('class') or ''} {parent.get('id') or ''}".lower()
    )


def _lede_into_the_body(box: HtmlElement) -> None:
    """The bare paragraphs (no class: not a standfirst, byline or rating) right above a
    paywall's `box`, moved to the start of the article's body box right after it: a
    paywalled page as saved gives its free lede, then the paywall, then the locked body, and
    trafilatura takes the body box for the article, losing the lede (with the characters it
    introduced)."""
    body = box.getnext()
    if body is None or body.tag != "div" or not _holds_prose(body):
        return
    lede: list[HtmlElement] = []
    node = box.getprevious()
    while node is not None and node.tag == "p" and not node.get("class"):
        lede.append(node)
        node = node.getprevious()
    for paragraph in lede:  # (nearest first: each inserted before the ones below it)
        paragraph.tail = None
        body.insert(0, paragraph)


def _among_prose(element: HtmlElement) -> bool:
    """Is a paragraph or heading beside `element`, or beside the box around it?"""
    node: HtmlElement | None = element
    for _ in range(_SIBLING_LEVELS):
        if node is None:
            return False
        parent = node.getparent()
        if parent is not None and any(
            isinstance(e.tag, str) and e.tag.lower() in _PROSE_SIBLINGS for e in parent
        ):
            return True
        node = parent
    return False


def extract_article(html: str | bytes, *, url: str | None = None) -> Article:
    """The article in `html` (fetched from `url`, when it was). Raises ExtractError."""
    document = trafilatura.bare_extraction(
        _parsed_for_extraction(html),
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
    blocks = _blocks(body) if body is not None else []
    blocks = _with_lost_lists(_with_lost_headings(blocks, html), html)
    text = "\n\n".join(_with_page_data(blocks, html))
    if not text.strip():
        raise ExtractError("no article text found in the page")
    return Article(
        text=text,
        title=_clean(document.title),
        author=_clean(document.author),
        date=_iso_date(document.date),
        sitename=_unless_page_name(_site_name(document.sitename), html),
        url=_canonical(document.url, url),
        description=_clean(document.description),
        categories=tuple(c for c in map(_clean, document.categories or ()) if c),
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
                cells = [_cell_parts(cell) for cell in row.iter("cell")]
                if all(len(parts) <= 1 for parts in cells):
                    line = " | ".join(parts[0] if parts else "" for parts in cells)
                    if line.strip(" |"):
                        rows.append(line)
                else:  # a layout table's row: a forum post's paragraphs stay paragraphs
                    rows.append("\n\n".join(part for parts in cells for part in parts))
            block = "\n".join(rows)
        else:
            block = _text(element)
        if block:
            blocks.append(block)
    return blocks


# a section heading in the markup, and what follows it up to the end of the next block
_HEADING = re.compile(r"<h([2-4])\b[^>]*>(.{1,400}?)</h\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_END = re.compile(r"</(?:p|div|li|blockquote|h[1-6]|section|article)\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_MAX_HEADING = 120  # characters: a longer "heading" is a block of text
_FOLLOWING = 40  # characters of the block after a heading that find it among the blocks
_MIN_FOLLOWING = 12
_FOLLOWING_LOOK = 4000  # characters of markup after a heading looked at for its next block


def _with_lost_headings(blocks: list[str], html: str | bytes) -> list[str]:
    """`blocks` with the section headings text extraction dropped put back, each before the
    block that follows it in the markup. When a page's article sits in no container
    trafilatura knows, it keeps the paragraphs and drops the <h2>-<h4> between them: a
    "Recap" heading and a "My review" heading are what split a recap from its review.
    A heading whose next block was not kept (a comments section's) stays out."""
    markup = html.decode("utf-8", errors="replace") if isinstance(html, bytes) else html
    if "<h" not in markup and "<H" not in markup:
        return blocks
    squeezed = ["".join(block.split()) for block in blocks]
    found: list[tuple[int, int, str]] = []
    for match in _HEADING.finditer(markup):
        # a theme's anchor link after the words ("Where we are #") is no part of them
        heading = " ".join(unescape(_TAG.sub(" ", match.group(2))).split()).rstrip("#¶§ ")
        if not heading or len(heading) > _MAX_HEADING or heading in blocks:
            continue
        at = _kept_between(markup, match, squeezed)
        if at is not None and blocks[at - 1] != heading:
            found.append((at, len(found), heading))
    if not found:
        return blocks
    restored = list(blocks)
    for at, _, heading in sorted(found, reverse=True):  # two before one block keep their order
        restored.insert(at, heading)
    return restored


def _squeezed_text(markup: str) -> str:
    """The text of a stretch of `markup`, its tags and whitespace taken out, as the kept
    blocks are compared (`squeezed`)."""
    return "".join(unescape(_TAG.sub(" ", markup)).split())


def _kept_between(markup: str, match: re.Match[str], squeezed: list[str]) -> int | None:
    """The index of the kept block (`squeezed`: the blocks without their whitespace) that an
    element extraction dropped (`match` in `markup`) stands right before, inside the article:
    the text after it opens that block and the text before it ends the block before (not a
    headline above the article, nor a sidebar's element after a comment); else None."""
    after = markup[match.end() : match.end() + _FOLLOWING_LOOK]
    end = _BLOCK_END.search(after)
    following = _squeezed_text(after[: end.start() if end else None])
    if len(following) < _MIN_FOLLOWING:
        return None
    following = following[:_FOLLOWING]
    at = next((i for i, block in enumerate(squeezed) if block.startswith(following)), None)
    if at is None or at == 0:
        return None
    before = markup[max(0, match.start() - _FOLLOWING_LOOK) : match.start()]
    preceding = _squeezed_text(before)[-_FOLLOWING:]
    if len(preceding) < _MIN_FOLLOWING or not squeezed[at - 1].endswith(preceding):
        return None
    return at


# a bullet or numbered list in the markup (one not holding another), and its items
_LIST = re.compile(r"<(ul|ol)\b[^>]*>(.{1,2000}?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_LIST_ITEM = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
_NOT_BARE = re.compile(r"<(?:a|ul|ol|img|button|input)\b", re.IGNORECASE)
_MAX_LOST_ITEMS = 12
_MAX_LOST_ITEM = 200  # characters: a longer item is a paragraph of its own


def _with_lost_lists(blocks: list[str], html: str | bytes) -> list[str]:
    """`blocks` with the lists of bare text extraction dropped put back ("- item" lines),
    each between the two kept paragraphs it stands between in the markup. When a page's
    article sits in no container trafilatura knows, it keeps the paragraphs and drops the
    lists between them: "There are two standout turns this week:" over "<li>Name (Actor)</li>"
    items, where the page credits its characters. A list of links (a menu, related posts),
    or one not set between two kept paragraphs, stays out."""
    if len(blocks) < 2:
        return blocks
    markup = html.decode("utf-8", errors="replace") if isinstance(html, bytes) else html
    if "<li" not in markup and "<LI" not in markup:
        return blocks
    squeezed = ["".join(block.split()) for block in blocks]
    found: list[tuple[int, str]] = []
    for match in _LIST.finditer(markup):
        inner = match.group(2)
        if _NOT_BARE.search(inner) is not None:
            continue
        items = [
            " ".join(unescape(_TAG.sub(" ", item)).split()) for item in _LIST_ITEM.split(inner)
        ]
        items = items[1:]  # (what comes before the first item is none)
        if (
            not items
            or len(items) > _MAX_LOST_ITEMS
            or not all(0 < len(item) <= _MAX_LOST_ITEM for item in items)
            or any("".join(items[0].split()) in block for block in squeezed)
        ):
            continue
        at = _kept_between(markup, match, squeezed)
        if at is None and not found and _lead_under_headline(markup, match, squeezed):
            at = 0
        if at is not None:
            found.append((at, "\n".join(f"- {item}" for item in items)))
    if not found:
        return blocks
    restored = list(blocks)
    for at, block in reversed(found):  # (in the markup's order: later ones first)
        restored.insert(at, block)
    return restored


_HEADLINE_END = re.compile(r"</h1\s*>", re.IGNORECASE)
# a page's chrome between the headline and a list: the list is the chrome's, not the lead's
_CHROME_OPENS = re.compile(r"<(?:nav|aside|header|footer|form|menu)\b", re.IGNORECASE)
_MAX_LEAD_GAP = 300  # characters of text between the headline and its key points (a byline)


def _lead_under_headline(markup: str, match: re.Match[str], squeezed: list[str]) -> bool:
    """Does the list (`match` in `markup`) stand between the page's <h1> headline and the
    first kept block, with only a byline or a label between the headline and it: a summary
    box's key points opening the article ("Key points" over "<li>Name (Actor) gets …</li>"),
    which extraction drops when it keeps only the article's later container (a live blog's
    entries)? The text after the list must open with the kept blocks; chrome (a <nav>, an
    <aside>, a <header>) between the headline and the list makes it the chrome's."""
    if not squeezed:
        return False
    before = markup[max(0, match.start() - _FOLLOWING_LOOK) : match.start()]
    closed = before.lower().rfind("</h1")  # (the headline's end nearest the list)
    headline_end = _HEADLINE_END.match(before, closed) if closed >= 0 else None
    if headline_end is None:
        return False
    between = before[headline_end.end() :]
    if _CHROME_OPENS.search(between) is not None:
        return False
    if len(_squeezed_text(between)) > _MAX_LEAD_GAP:
        return False
    after = markup[match.end() : match.end() + _FOLLOWING_LOOK]
    following = _squeezed_text(after)
    opening = "".join(squeezed)[:_FOLLOWING]
    return len(opening) >= _MIN_FOLLOWING and following.startswith(opening)


# A saved page of a JavaScript site (Next.js's "__NEXT_DATA__", any framework's <script
# type="application/json">) may show only the article's opening, the rest placeholders the
# browser fills in from that data: the data's body, a list of blocks ({"type": "paragraph",
# "html": "…"}) or one HTML string, holds the whole article, its verdict's rating with it
_DATA_SCRIPT = "application/json"
_SCRIPT_END = "</script"
_PROSE_KEYS = ("html", "text", "content", "body", "markdown")  # a block's words, or a body's
_HEADING_KEYS = ("heading", "title")  # a block's heading over its words ("Verdict")
_RATING_KEYS = ("score", "rating")  # a block's rating: "8/10", {"label": "8/10"}, value and max
_RATING_MAX_KEYS = ("max", "outOf", "out_of", "best", "bestRating", "scale")
_DATA_DEPTH = 16  # levels of the data walked down for the body
_HTML_BLOCKS = re.compile(r"</?(?:p|div|li|blockquote|h[1-6]|section|br)\b[^>]*>", re.IGNORECASE)


def _markup_holding(html: str | bytes, marker: str) -> str | None:
    """`html` as text when it holds `marker`, else None: looked for in the bytes first, so
    that no page without it pays for decoding them again."""
    if isinstance(html, bytes):
        return html.decode("utf-8", errors="replace") if marker.encode() in html else None
    return html if marker in html else None


def _with_page_data(blocks: list[str], html: str | bytes) -> list[str]:
    """`blocks` with the article a JavaScript site's page data holds, when the markup showed
    only a part of it: the longest body in the data that holds a block the markup showed (a
    comments list in the data holds none) takes the place of the blocks it holds, from the
    first of them (the headline and the byline above stay), when it holds blocks the markup
    did not show. The data's other parts (related reviews and their scores, readers'
    averages) are no part of its body and stay out."""
    markup = _markup_holding(html, _DATA_SCRIPT)
    if markup is None:
        return blocks
    shown = [" ".join(block.split()) for block in blocks]
    body: list[str] = []
    first = 0
    for data in _data_scripts(markup):
        for found in _bodies(data, 0):
            if sum(map(len, found)) <= sum(map(len, body)):
                continue
            held = set(found)
            at = next((i for i, block in enumerate(shown) if block in held), None)
            if at is not None and not held.issubset(shown):
                body, first = found, at
    if not body:
        return blocks
    held = set(body)
    after = zip(blocks[first:], shown[first:], strict=True)
    return [*blocks[:first], *body, *(block for block, squeezed in after if squeezed not in held)]


def _data_scripts(markup: str, kind: str = _DATA_SCRIPT) -> list[Any]:
    """The JSON of each <script type="application/json"> (or of type `kind`) in `markup` that
    parses."""
    found: list[Any] = []
    at = markup.find(kind)
    while at >= 0:
        opening = markup.rfind("<", 0, at)
        close = markup.find(">", at)
        end = markup.find(_SCRIPT_END, close)
        if close < 0 or end < 0:
            break
        if markup.startswith(("<script", "<SCRIPT"), opening):
            with contextlib.suppress(ValueError):
                found.append(json.loads(markup[close + 1 : end]))
        at = markup.find(kind, end)
    return found


def _bodies(value: Any, depth: int) -> Iterator[list[str]]:
    """The blocks of each body that may be an article's in a page's data `value`: a list of
    blocks, or one HTML string under a body's key."""
    if depth > _DATA_DEPTH:
        return
    children: Iterable[Any] = ()
    if isinstance(value, list):
        if any(isinstance(item, dict) for item in value):
            yield [block for item in value for block in _data_block(item)]
        children = value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in _PROSE_KEYS and isinstance(item, str) and _HTML_BLOCKS.search(item):
                yield _html_blocks(item)
        children = value.values()
    for child in children:
        if isinstance(child, (list, dict)):
            yield from _bodies(child, depth + 1)


def _data_block(item: Any) -> list[str]:
    """One block of a page's data body as text blocks: its heading, its words (an HTML
    fragment, text, or rich text's children), and its rating ("Score: 8/10"); none when it
    has no words (a related link's title and score)."""
    if not isinstance(item, dict):
        return []
    prose: list[str] = []
    for key in _PROSE_KEYS:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            prose += _html_blocks(value)
    children = item.get("children")
    if not prose and isinstance(children, list):  # rich text: {"children": [{"text": "…"}]}
        words = "".join(
            c["text"] for c in children if isinstance(c, dict) and isinstance(c.get("text"), str)
        )
        prose += [" ".join(words.split())] if words.strip() else []
    if not prose:
        return []
    heading = next((item[k] for k in _HEADING_KEYS if isinstance(item.get(k), str)), "")
    rating = next(
        (f"{k.capitalize()}: {r}" for k in _RATING_KEYS if (r := _rating(item.get(k)))), ""
    )
    return [b for b in (" ".join(heading.split()), *prose, rating) if b]


def _rating(value: Any) -> str:
    """A data block's rating as written: "8/10" as it is, {"label": "8/10"}, or {"value": 8,
    "max": 10} as "8/10"; "" for anything else (a bare number states no scale)."""
    if isinstance(value, str):
        return value.strip() if "/" in value or " of " in value else ""
    if not isinstance(value, dict):
        return ""
    label = value.get("label")
    if isinstance(label, str) and ("/" in label or " of " in label):
        return label.strip()
    number = value.get("value")
    top = next((value[k] for k in _RATING_MAX_KEYS if k in value), None)
    numbers = (int, float)
    if isinstance(number, numbers) and isinstance(top, numbers) and not isinstance(number, bool):
        return f"{number:g}/{top:g}"
    return ""


def _html_blocks(fragment: str) -> list[str]:
    """An HTML fragment's (or a text's) paragraphs, tags out, whitespace collapsed."""
    parts = (
        " ".join(unescape(_TAG.sub("", part)).split()) for part in _HTML_BLOCKS.split(fragment)
    )
    return [part for part in parts if part]


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


def _cell_parts(cell: _Element) -> list[str]:
    """A table cell's text as one line; or, when the cell holds paragraphs (a forum post laid
    out in a table, whose <br><br> breaks extraction turns into paragraphs), each of them,
    and the lines between them, apart: run together, "ahead.This week" and "8/10Episode 2"
    would read as one sentence."""
    if cell.find("p") is None:
        return [_inline(cell)] if len(cell) or (cell.text or "").strip() else []
    parts: list[str] = []
    run: list[str] = [cell.text or ""]
    for child in cell:
        if child.tag == "p":
            parts += [" ".join("".join(run).split()), _inline(child)]
            run = [child.tail or ""]
        else:
            run += [_inline(child), child.tail or ""]
    parts.append(" ".join("".join(run).split()))
    return [part for part in parts if part]


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(value.split())
    return cleaned or None


def _site_name(value: str | None) -> str | None:
    """trafilatura's site name, unless it is a score: it takes a <title>'s part after a
    separator that holds a dot for a domain ("… | otaku.example"), and a headline ending in
    the reviewer's score ("Show Episode 8 Review – 9.5/10", "… – 3.5 stars") gives the score,
    which would then be cut off the headline as the site's name. A site is named in words
    ("Anime Orbit", "4chan"), never by a number alone (no letter) or a number and its unit."""
    cleaned = _clean(value)
    if cleaned is None or _LETTER.search(cleaned) is None:
        return None
    return None if _SCORE_WITH_UNIT.fullmatch(cleaned) is not None else cleaned


# schema.org's node for the page itself (<script type="application/ld+json">): its "name" is
# the page's title. trafilatura takes it for the site's name when no other node or meta tag
# names the site, and the headline would then be cut away as the site's name.
_LINKED_DATA = "application/ld+json"
_WEB_PAGE = '"WebPage"'
_LINKED_DATA_DEPTH = 4  # the graph's levels: a node, a "@graph" list of nodes, nested ones


def _unless_page_name(sitename: str | None, html: str | bytes) -> str | None:
    """`sitename`, unless it is the name the page's linked data gives the WebPage itself
    (the page's title, not its site's): then None."""
    if sitename is None:
        return None
    markup = _markup_holding(html, _WEB_PAGE)  # (most pages have no such node)
    if markup is None:
        return sitename
    for data in _data_scripts(markup, _LINKED_DATA):
        if sitename in _page_names(data, 0):
            return None
    return sitename


def _page_names(value: Any, depth: int) -> Iterator[str]:
    """The "name" of each WebPage node in linked data `value`."""
    if depth > _LINKED_DATA_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            yield from _page_names(item, depth + 1)
    elif isinstance(value, dict):
        kind = value.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        name = value.get("name")
        if "WebPage" in kinds and isinstance(name, str):
            yield " ".join(unescape(name).split())
        graph = value.get("@graph")
        if graph is not None:
            yield from _page_names(graph, depth + 1)


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
