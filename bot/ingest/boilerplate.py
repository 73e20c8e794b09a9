"""Stage 3: site boilerplate is dropped line by line before anything else looks at the text.

Comment forms, "Watch X on <service>" links, thumbnail captions, share/like widgets, tag lists
and lone separator characters; a comments section or a thread's replies to the end; in a chat
export, the messages around the review post; comments exported as footnotes; a reblog chain's
additions under the post. Nothing here knows any particular site.
"""

from __future__ import annotations

import logging
import re
from itertools import compress, pairwise
from operator import itemgetter
from typing import TYPE_CHECKING

from bot.ingest.detect.common import RELATED_LINKS, STREAMING_SERVICES, THREAD_MARK
from bot.ingest.detect.furniture import (
    HEADLINE_WORDS,
    NAME_TIME_HEADER,
    STAMPED_MESSAGE,
    STAMPED_SENDER,
)
from bot.ingest.normalise import clean_line
from bot.ingest.structure import is_review_heading

if TYPE_CHECKING:
    from collections.abc import Callable

    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = ["comments_opening", "drop_boilerplate", "is_boilerplate"]

_BOILERPLATE = re.compile(
    r"(?:"
    r"leave\s+a\s+(?:reply|comment|response)(?:\s+to\s+.{1,200})?"
    r"|cancel\s+reply|post\s+comment|submit\s+comment"
    r"|\d{0,6}\s*(?:comments?|responses?|replies)(?:\s+on\s+.{1,200})?"
    r"|your\s+email\s+address\s+will\s+not\s+be\s+published\b.*"
    r"|required\s+fields\s+are\s+marked\b.*"
    r"|this\s+site\s+uses\s+akismet\b.*"
    r"|learn\s+how\s+your\s+comment\s+data\s+is\s+processed\b.*"
    r"|save\s+my\s+name,?\s+email,?\s+and\s+website\b.*"
    r"|(?:notify\s+me\s+of\s+(?:new\s+)?(?:follow-up\s+)?(?:comments|posts)\b.*)"
    r"|(?:watch|stream|streaming)\s+.{1,150}?\s+(?:on|at|via)\s+(?:"
    + STREAMING_SERVICES
    + r")\b.{0,60}"
    r"|(?:now\s+)?(?:streaming|available)\s+(?:on|at)\s+(?:" + STREAMING_SERVICES + r")\b.{0,60}"
    r"|(?:featured\s+image|thumbnail|header\s+image|cover\s+image)\b\s*(?:for|of|:|-|–|—)\s*.*"
    r"|image\s+(?:credit|source|via)\s*:.*"
    r"|share\s+this(?:\s+(?:post|article|review))?\s*:?"
    r"|like\s+this\s*:?|like\s+loading\s*(?:\.{3}|…)?|loading\s*(?:\.{3}|…)"
    r"|click\s+to\s+(?:share|email|print|tweet)\b.*"
    r"|(?:" + RELATED_LINKS + r")\s*:?"
    r"|(?:tags?|categories|category|filed\s+under)\s*:.{0,300}"
    r"|(?:subscribe|sign\s+up)\s+(?:to|for)\s+(?:our|the)\s+newsletter\b.*"
    # a newsletter's footer: "Reply to this email to tell <Writer> what you thought…", "You
    # are receiving this because…", the sender's furniture (its writer's first name, however
    # like a character's it is)
    r"|reply\s+to\s+this\s+(?:e-?mail|newsletter|letter)\b.*"
    r"|you(?:\s+are|['’]re)\s+receiving\s+this\b.*"
    r"|advertisement|sponsored(?:\s+content)?|skip\s+to\s+(?:main\s+)?content"
    r"|[\s·•∙⋅●◦‧・\-–—_=*~.|/\\#+─━═]{1,80}"  # lone separators: "·", "-", "***", "───"
    # a letter's sign-off under e-mail's signature mark ("-- " opens a signature): "-- Kevin",
    # "-- Kevin M.", the writer's name, however like a character's it is
    r"|--\s?(?-i:[A-Z])[\w'’.\-]{0,30}(?:\s(?-i:[A-Z])[\w'’.\-]{0,30}){0,2}"
    r")",
    re.IGNORECASE,
)
_MAX_BOILERPLATE_LINE = 400
# First words of the _BOILERPLATE alternatives: a cheap filter before the big regex.
_BOILERPLATE_START_TEXT = """
leave cancel post submit comment comments response responses reply replies your required
this learn save notify watch stream streaming now available featured thumbnail header
cover image share like loading click related you sidebar most more popular trending read up
tags tag categories category filed recommended other suggested similar
subscribe sign advertisement sponsored skip sort sorted reblogs conversation conversations
discussion discussions
"""
# how a comments section is sorted, before its word: "Top comments", "All replies"
_COMMENTS_ORDERS = ("top", "best", "all", "newest", "latest", "oldest")
_COMMENTS_WORDS = (
    "comment",
    "replies",
    "responses",
    "reblogs",
    "sort",
    "conversation",
    "discussion",
)
_BOILERPLATE_STARTS = frozenset(_BOILERPLATE_START_TEXT.split()) | frozenset(_COMMENTS_ORDERS)
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _boilerplate_line(line: str) -> bool:
    """`line` is already cleaned and non-empty."""
    if len(line) > _MAX_BOILERPLATE_LINE:
        return False
    first = line[0]
    if first.isalpha():
        word = _FIRST_WORD.match(line)
        if word is None or word.group(0).lower() not in _BOILERPLATE_STARTS:
            return False
    elif first.isalnum() and not first.isdigit():
        return False
    if _BOILERPLATE.fullmatch(line) is not None:
        return True
    return _comments_header(line)


# what may frame a comments section's header: "── Replies ──", "▼ 1,024 Comments", "== Comments ==",
# "~ comments ~", "<< Replies >>"
_HEADER_FRAME = " ─━═—–-=~*#▼▽▾▶►▸•·|_:<>«»/\\"
# the letters a comments header may open with, lower-cased, its count aside
_COMMENTS_HEADER_FIRST = frozenset(word[0] for word in _COMMENTS_ORDERS + _COMMENTS_WORDS)


# a forum post's vote and comment counts under it, the comments after them: "▲ 412 ▼  💬 87
# Comments  Share", "↑ 1.2k  💬 143  ⤴ Share", "▲ 812 ▼ · 143 comments · Share · Save",
# "⬆ 87 ⬇ 3 · 14 comments" (the down-votes counted too)
_VOTE_ARROWS = "▲△↑⬆⇧"
_VOTE_BAR = re.compile(
    rf"[{_VOTE_ARROWS}]\s*\d[\d.,]*\s*[km]?\s*(?:[▼▽↓⬇⇩](?:\s*\d[\d.,]*\s*[km]?)?)?\s*[·•|]?\s*"
    r"(?:(?:💬|🗨\ufe0f?)\s*\d[\d.,]*\s*[km]?(?:\s+comments?)?|\d[\d.,]*\s*[km]?\s+comments?)"
    r"(?:\s+\W{0,2}\s*(?:share|save|hide|report|award))*",
    re.IGNORECASE,
)


def _comments_header(line: str) -> bool:
    """Is `line` (cleaned, non-empty) a comments section's header, framed or not? Markdown's
    emphasis inside it is no part of its words: "**147 comments** · sorted by: best", a post
    copied as Markdown with its count in bold before the sorting control."""
    if "**" in line or "__" in line:
        line = line.replace("**", "").replace("__", "")
        if not line:
            return False  # (a rule of stars or underscores)
    first = line[0]
    if first in _VOTE_ARROWS:
        return _VOTE_BAR.fullmatch(line) is not None
    if first in _HEADER_FRAME:
        line = line.strip(_HEADER_FRAME)
        first = line[:1]
    return (first.isdigit() or (first != "" and first.lower() in _COMMENTS_HEADER_FIRST)) and (
        _COMMENTS_HEADER.fullmatch(line) is not None
    )


def is_boilerplate(line: str) -> bool:
    """True for a line that is site furniture rather than writing (checked after cleaning)."""
    cleaned = clean_line(line)
    if not cleaned or len(cleaned) > _MAX_BOILERPLATE_LINE:
        return False
    return (
        _BOILERPLATE.fullmatch(cleaned) is not None
        or _COMMENTS_HEADER.fullmatch(cleaned) is not None
    )


# the head of a comments section: "37 Comments", "Comments (12)", "1.4k comments · Share · Save",
# "68 comments  share  save  hide  report" (a forum post's action bar), "Top comments:",
# "Comments 1,204   Sort by" (a video page's, its sorting control after it),
# "14 thoughts on “Show Episode 5 Review”", a thread's "Replies" or "Responses", a blog post's
# "214 notes" (the reblogs and likes under it, with the words reblogs added) or its notes' tab
# of those words ("Reblogs with comments:", "Reblogs (12)": each reblogger's handle and words on
# one line, which no handle's line of its own heads), a comment box's
# "Comment as guest", or the comments' sorting control on a line of its own ("Sort by:", "Sort
# by: Best", "Sorted by top"), copied from a community post's page above its comments; the
# count may follow the post's own score ("312 points · 94% upvoted · 47 comments", "1.2k
# upvotes · 143 comments"), as a forum's post page sums it up under the post
_COMMENTS_HEADER = re.compile(
    r"(?:\d[\d.,]*\s*[km]?\s+(?:points?|upvotes?|votes?)"
    r"(?:\s*[·•|,]\s*\d{1,3}\s*%\s+upvoted|\s*\(\s*\d{1,3}\s*%\s+upvoted\s*\))?\s*[·•|,]\s*"
    r"(?=\d))?"
    r"(?:\d[\d.,]*\s*[km]?\s+)?(?:(?:" + "|".join(_COMMENTS_ORDERS) + r")\s+)?"
    r"(?:comments?|replies|responses|reblogs(?:\s+with\s+(?:comments|additions))?)"
    r"(?:\s*\(\d[\d.,]*[km]?\)|\s+\d[\d.,]*[km]?)?\s*:?"
    # ...or the copy they were posted on, in brackets: "Comments (crosspost)"
    r"(?:\s*\((?:on\s+(?:the\s+)?)?(?:cross-?posts?|reposts?|original(?:\s+post)?|archived?)\))?"
    r"(?:\s*[·•|]\s*.{0,60}|\s+sort(?:ed)?\s+by\b.{0,40}"
    r"|(?:\s+(?:share|save|hide|report|permalink|embed|crosspost|award|give\s+award)){2,})?"
    r"|\d[\d.,]*\s*[km]?\s+notes"
    # a news site's comments widget under its own word, counted: "Conversation (212)",
    # "Discussion 48" (without the count, a heading an article may have)
    r"|(?:conversations?|discussions?)(?:\s*\(\d[\d.,]*[km]?\)|\s+\d[\d.,]*[km]?)\s*:?"
    r"|comment\s+as\s+[\w.\-]{1,40}"  # a comment box's "Comment as guest", over the comments
    r"|sort(?:ed)?\s+by\s*:?(?:\s*(?:best|top|new|newest|old|oldest|controversial|q\s*&\s*a"
    r"|popular|latest))?"
    r"|\d[\d.,]*\s+(?:thoughts|responses|replies)\s+(?:on|to)\s+.{1,200}",
    re.IGNORECASE,
)


def _blank(lines: list[str], start: int, end: int | None = None) -> int:
    """Blank lines[start:end] (to the end of the text when `end` is None: a comments
    section's readers' words). How many lines were not blank already."""
    removed = 0
    for index in range(start, len(lines) if end is None else end):
        if lines[index]:
            lines[index] = ""
            removed += 1
    return removed


_RELATED_HEADING = re.compile(r"(?:" + RELATED_LINKS + r")\s*:?", re.IGNORECASE)
_RELATED_FIRST = frozenset("rRyYsSmMpPtTuUoO")  # (m: "most", "more"; o: "other")
_MAX_LINK_LINE = 120
_MIN_SENTENCE_WORDS = 6


def _drop_link_list(lines: list[str], start: int) -> int:
    """Blank the list under a related-posts heading: the short lines that follow it (other
    posts' headlines, with their scores: "Show Episode 6 Review: Grade A-"), up to the first
    empty line, sentence or furniture line (left to the caller). A list of cards goes on
    through its cards' blurbs and across the empty lines between them, as a blogging platform
    shows a writer's other posts (each card its writer, headline, blurb, reading time and
    counts). How many were blanked."""
    removed = 0
    index = start
    while index < len(lines):
        line = lines[index]
        if not line:
            if removed and not _card_follows(lines, index):
                break
            index += 1
            continue
        if (
            len(line) > _MAX_LINK_LINE
            or (
                line.rstrip().endswith((".", "!", "?")) and len(line.split()) >= _MIN_SENTENCE_WORDS
            )
            or _boilerplate_line(line)  # a rule under it, a comments section's head: furniture
        ) and not _in_card(lines, index):
            break
        lines[index] = ""
        removed += 1
        index += 1
    return removed


# a card's reading time, as a blogging platform shows it under each post it links: "4 min read",
# "6 min read·Jan 27, 2024", "Dana Reyes · 12 min read"
_READING_TIME = re.compile(r"\d{1,3}\s*min(?:ute)?s?\s+read\b", re.IGNORECASE)
_MAX_CARD_LINES = 10


def _in_card(lines: list[str], index: int) -> bool:
    """Is lines[index] in a card of a list of other posts: are it and the lines after it up
    to the next empty line (the rest of its card, as the lines above it are blanked already)
    at most _MAX_CARD_LINES short lines, none of them furniture, one of them giving the
    post's reading time? A card's blurb is a sentence ("A quieter episode that earns its
    quiet."), and a score in it is that post's, not the page's."""
    end = index
    while end < len(lines) and lines[end]:
        end += 1
        if end - index > _MAX_CARD_LINES:
            return False
    block = lines[index:end]
    return (
        any(_READING_TIME.search(line) is not None for line in block)
        and all(len(line) <= _MAX_LINK_LINE for line in block)
        and not any(_boilerplate_line(line) for line in block)
    )


def _card_follows(lines: list[str], index: int) -> bool:
    """Is the block after the empty lines from `index` on a card of a list of other posts?"""
    while index < len(lines) and not lines[index]:
        index += 1
    return index < len(lines) and _in_card(lines, index)


def _opens_the_comments(line: str, lines: list[str], index: int, half: int) -> bool:
    """Is `line` (lines[index] as read, cleaned and boilerplate) the header of the comments
    section that runs to the text's end: a comments header past the middle (`half`:
    len(lines) // 2), or before it with most of the text above it?"""
    return _comments_header(line) and (index >= half or _most_text_before(lines, index))


def _most_text_before(lines: list[str], index: int) -> bool:
    """Do the lines before `index` hold more text than those after it? (A comments header
    before half the lines still follows the article when the article is a few long
    paragraphs and each comment a few short lines: its writer, its date, its words.)"""
    return sum(map(len, lines[:index])) > sum(map(len, lines[index + 1 :]))


def comments_opening(text: str) -> int:
    """Where in `text` the comments section that drop_boilerplate blanks to the end opens:
    its header's line, with the blank and furniture lines right above it; len(text) when
    there is none. What is added after a page's article (its score boxes, which extraction
    leaves out) goes there, not among the readers' words blanked with them."""
    lines = text.split("\n")
    cleaned = [clean_line(line) for line in lines]
    half = len(cleaned) // 2
    for index, line in enumerate(cleaned):
        if line and _boilerplate_line(line) and _opens_the_comments(line, cleaned, index, half):
            while index > 0 and (not cleaned[index - 1] or _boilerplate_line(cleaned[index - 1])):
                index -= 1
            return sum(len(line) + 1 for line in lines[:index])
    return len(text)


def drop_boilerplate(draft: Draft) -> None:
    """Blank out each boilerplate line of draft.lines (so paragraphs stay apart), and the
    comments section (readers' words and scores are not the review); count them."""
    lines = draft.lines
    removed = 0
    half = len(lines) // 2
    bracketed = False  # a chat export's header ("[date time] author") or a footnote?
    rules: list[tuple[int, str]] = []  # the long rules dropped: a forum thread's post frames?
    numbered = False  # a line ending in a post's number ("Feb 22, 2024 #2")?
    for index, line in enumerate(lines):
        if not line:
            continue
        if not numbered and line[-1].isdigit() and _may_number_a_post(line):
            numbered = True
        if (
            not bracketed
            and (
                line[0] == "["
                or line[-1] in _TIME_ENDS
                or (line[-1] == "." and line[-2:-1] in "mM")  # "9:41 a.m."
            )
            and _chat_header_like(line)
        ) or (not bracketed and line[0].isdigit() and _stamped_message(line) is not None):
            bracketed = True
        # (most lines are paragraphs longer than any boilerplate line: no call for them)
        if len(line) <= _MAX_BOILERPLATE_LINE and _boilerplate_line(line):
            if line[0] in _RULE_CHARS and len(line) >= _MIN_RULE and not line.strip(_RULE_CHARS):
                rules.append((index, line[0]))
            lines[index] = ""
            removed += 1
            if line[0] in _RELATED_FIRST and _RELATED_HEADING.fullmatch(line) is not None:
                removed += _drop_link_list(lines, index + 1)
                continue
            if _opens_the_comments(line, lines, index, half):
                removed += _blank(lines, index + 1)
                break
    if bracketed:
        dropped = _drop_chat_replies(lines)
        if dropped is None:
            draft.chat_discussion = True
            log.debug("a chat's discussion, no post standing out: kept whole")
        removed += (dropped or 0) + _drop_comment_footnotes(lines)
    if len(rules) >= 2 * _MIN_THREAD_POSTS:
        removed += _drop_thread_replies(lines, rules)
    if numbered:
        removed += _drop_numbered_replies(lines)
    if "#" in draft.text and "eply #" in draft.text:  # (the one character first: memchr speed)
        removed += _drop_stacked_replies(lines)
    if "riginally" in draft.text or "to expand" in draft.text:
        removed += _drop_forum_quotes(lines)
    removed += _drop_labelled_replies(lines)
    if "below" in draft.text:
        removed += _drop_announced_comments(lines)
    if "eblogged" in draft.text:
        removed += _drop_reblog_additions(lines)
    if "/" in draft.text:
        removed += _drop_after_a_counted_thread(lines)
        _drop_opening_counters(lines)
    if "@" in draft.text and (
        _FEDIVERSE_HEADER.search(draft.text) is not None
        or _FEDIVERSE_REPLY.search(draft.text) is not None
    ):
        removed += _drop_fediverse_replies(lines)
    draft.boilerplate_removed = removed


# A reblog chain copied as text: the post, then each reblogger's addition under their handle
# alone on a line ("some-blog-name:"), as a blog platform shows them, or under the notes' line
# that says whose it is ("kit reblogged this from ines and added:", "kit reblogged this and
# added:"). The additions are readers' words: their scores and names are not the post's.
_BLOG_HANDLE = r"@?[a-z0-9]+(?:[\-_.][a-z0-9]+)+|@?[a-z]+[0-9]+"
_REBLOGGER = re.compile(
    rf"(?:{_BLOG_HANDLE}|[\w.\-]{{1,40}}[ \t]+reblogged[ \t]+this"
    r"(?:[ \t]+from[ \t]+[\w.\-]{1,40})?[ \t]+and[ \t]+added):"
)
_MAX_HANDLE = 42
_MAX_REBLOG_LINE = 120  # "<handle> reblogged this from <handle> and added:"
_MIN_POST = 200  # characters of the post before a reblogger's addition (an OP's own handle
# line may head the post)


def _drop_reblog_additions(lines: list[str]) -> int:
    """In a text that says it was reblogged, blank everything from the first reblogger's
    handle line, or notes' line saying what they added, after the post (the additions, then
    the notes). How many lines were."""
    post = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        if (
            post >= _MIN_POST
            and line[-1] == ":"
            and len(line) <= (_MAX_REBLOG_LINE if "eblogged" in line else _MAX_HANDLE)
            and _REBLOGGER.fullmatch(line) is not None
        ):
            return _blank(lines, index)
        post += len(line)
    return 0


# A social thread copied as text (from the platform or an unroller), each post ending in its
# place in the thread, "1/9" to "9/9", maybe bracketed ("(3/9)"): the post counted last is
# the thread's end. What follows it is not the writer's thread: others' replies, the
# unroller's furniture, the account's other posts (their scores are other episodes' and shows').
_THREAD_COUNTER = re.compile(r"(?<![^ \t(\[])[(\[]?(?P<place>\d{1,3})/(?P<count>\d{1,3})[)\]]?\Z")
_COUNTER_TAIL = 10  # characters at a line's end the counter is looked for in
_MIN_COUNTED_POSTS = 3
_COUNTER_ENDS = frozenset("0123456789)]")
# a post's header holding its place, after its poster's handle and a separator, as a
# platform's copy of a thread heads each post: "**Name** @name@host · 2/4", "Name @name · 3/9"
_HEADER_PLACE = re.compile(
    r"@[\w.\-]{1,60}(?:@[\w\-]{1,60}(?:\.[\w\-]{1,60})+)?[ \t]*[·•|][ \t]*\Z"
)


def _in_header(line: str, place: int) -> bool:
    """Is the place at `place` in `line` a post's header's, after its poster's handle?"""
    handle = line.find("@")
    return handle >= 0 and _HEADER_PLACE.search(line, handle, place) is not None


def _drop_after_a_counted_thread(lines: list[str]) -> int:
    """In a thread whose posts end their paragraphs with their places counted one by one to
    the total ("… 1/9", "… 2/9", …, "… 9/9", the count opening at 1 or 2, as the first post
    may be the title), at least _MIN_COUNTED_POSTS of them, blank everything after the last
    post, and drop each post's place from its line: a thread of ten posts ends in "10/10",
    no score. Its posts' last lines hold sentences, _MIN_SENTENCE_WORDS words each on
    average: a list's scores ("Story: 3/5", "Music: 4/5") seldom count up one by one to the
    total, and never so. How many lines were blanked."""
    total = 0  # the count of the thread being followed (0: none)
    place = 0  # the place its next post must end with
    posts: list[tuple[int, int]] = []  # its posts so far: (line index, where the place starts)
    for index, line in enumerate(lines):
        if (
            not line
            or line[-1] not in _COUNTER_ENDS
            or (index + 1 < len(lines) and lines[index + 1])
        ):
            continue
        counter = _THREAD_COUNTER.search(line, max(0, len(line) - _COUNTER_TAIL))
        if counter is None:
            continue
        at, count = int(counter.group("place")), int(counter.group("count"))
        if count != total or at != place:
            if at > 2 or at >= count or count < _MIN_COUNTED_POSTS:
                total = 0
                continue
            total = count
            posts = []
        posts.append((index, counter.start()))
        place = at + 1
        if at == total:
            if _in_header(line, counter.start()):
                # the places are in the posts' headers ("Name @handle · 4/4"), each post's
                # text under its header: the last post runs on below it, to where no place
                # tells, so nothing after it is dropped; the headers' places are (a thread
                # of five's "5/5" is no score)
                for post, cut in posts:
                    if _in_header(lines[post], cut):
                        lines[post] = lines[post][:cut].rstrip()
                return 0
            words = sum(len(lines[post].split()) for post, _ in posts)
            if len(posts) < _MIN_COUNTED_POSTS or words < _MIN_SENTENCE_WORDS * len(posts):
                total = 0
                continue
            for post, cut in posts:
                lines[post] = lines[post][:cut].rstrip()
            opening = posts[0][0]
            if at == len(posts) and lines[opening].startswith(THREAD_MARK):
                # the opening post framed by the thread's mark and its place ("🧵 <headline>
                # 1/6"): both are the thread's furniture, the headline the words between;
                # the mark alone left would be half the frame
                lines[opening] = lines[opening][len(THREAD_MARK) :].lstrip()
            return _blank(lines, index + 1)
    return 0


# ...or each post opening its paragraph with its place before its words ("2/4 The best thing
# …", "(3/5) also the OST", "3/4: …"), as a platform's page or an unroller sets the posts under
# a first post that counts itself at its end ("… a thread 🧵 1/4"); a place alone on its line
# ("2/4" over the post) is no score already, as a bare fraction alone is not. A thread that
# does not count its posts writes the place alone ("1/ …", "2/ …") or over "n" ("2/n …")
_OPENING_COUNTER = re.compile(
    r"[(\[]?(?P<place>\d{1,3})/(?P<count>\d{1,3}|n)?[)\]]?[.:]?[ \t]+(?=\S)"
)
_COUNTER_STARTS = frozenset("0123456789([")
# ...the label of the first post's thread, after its headline and a dash, before its place:
# "… — thread 🧵 1/6", "… – a thread 🧵 1/4" (searched for in a line's last few characters)
_LABEL_TAIL = 16  # characters at the line's end the label is looked for in
_THREAD_LABEL = re.compile(rf"\s+[-–—]\s+(?:a\s+)?thread\s*{THREAD_MARK}\Z", re.IGNORECASE)
_MIN_OPENING_POSTS = 2  # "2/4 …" and "3/4 …", the first post the headline
# a sentence's stop inside a line, not an abbreviation's ("vs.", "No."): a lower-case word or
# a capital's before it, at least three letters ("… heart. Spoilers …", not "… vs. Granny")
_SENTENCE_STOP = re.compile(r"(?<=[^\W\d_]{3})[.!?](?=\s)")


def _drop_opening_counters(lines: list[str]) -> None:
    """In a thread whose posts open their paragraphs with their places counted one by one
    ("2/4 The best thing …", "3/4 also the OST …"), from 1 or 2 (the first post may be the
    headline, or count itself at its end: "… a thread 🧵 1/4"), at least _MIN_OPENING_POSTS
    of them, in a thread of at least _MIN_COUNTED_POSTS, drop each post's place, and the
    first post's at its line's end: a place is no score, and a thread of four whose last post
    opens with "4/4", or one copied up to its "3/5", had had that place taken as the
    reviewer's score. Its posts hold sentences, _MIN_SENTENCE_WORDS words each on average:
    a breakdown's lines that open with their scores ("3/5 Story …", "4/5 Art …") seldom count
    one by one from the first place, and never so. Where the last post ends is not told, so
    nothing after it is blanked (as _drop_after_a_counted_thread does). A thread that does
    not count its posts ("1/ …", "2/ …", "3/n …") has no total to bear its places out: at
    least _MIN_COUNTED_POSTS of them, from 1 or 2, then."""
    total = 0  # the count of the thread being followed (0: its posts are not counted)
    place = 0  # the place its next post must open with
    posts: list[int] = []  # the line indices of its posts so far (none: no thread followed)
    for index, line in enumerate(lines):
        if not line or line[0] not in _COUNTER_STARTS or (index and lines[index - 1]):
            continue
        counter = _OPENING_COUNTER.match(line)
        if counter is None:
            continue
        at, count = int(counter.group("place")), _count(counter)
        if posts and count == total and at == place:
            posts.append(index)
            place += 1
            continue
        _drop_places(lines, posts, total)
        total, posts = (count, [index]) if at <= 2 and (at < count or not count) else (0, [])
        place = at + 1
    _drop_places(lines, posts, total)


def _count(counter: re.Match[str]) -> int:
    """The count of posts an opening place gives ("2/4": 4); 0 for a thread that does not
    count them ("2/", "2/n")."""
    count = counter.group("count")
    return int(count) if count is not None and count != "n" else 0


def _drop_places(lines: list[str], posts: list[int], total: int) -> None:
    """Drop the places opening the `posts` (line indices) of a thread of `total` posts, if
    they are a thread's (_drop_opening_counters), and the place "1/<total>" ending a line
    above them (the first post's, its headline's). An uncounted thread (`total` 0) needs
    _MIN_COUNTED_POSTS places of its own, none of which a list's numbering writes so."""
    if len(posts) < (_MIN_OPENING_POSTS if total else _MIN_COUNTED_POSTS) or (
        total and total < _MIN_COUNTED_POSTS
    ):
        return
    words = 0
    for post in posts:
        end = post
        while end < len(lines) and lines[end]:
            end += 1
        words += sum(len(line.split()) for line in lines[post:end]) - 1  # (not the place)
    if words < _MIN_SENTENCE_WORDS * len(posts):
        return
    for post in posts:
        counter = _OPENING_COUNTER.match(lines[post])
        if counter is not None:
            lines[post] = lines[post][counter.end() :]
    for index in range(posts[0] - 1, -1, -1) if total else ():
        line = lines[index]
        if not line or line[-1] not in _COUNTER_ENDS:
            continue
        counter = _THREAD_COUNTER.search(line, max(0, len(line) - _COUNTER_TAIL))
        if counter is not None and counter["place"] == "1" and int(counter["count"]) == total:
            lines[index] = line = line[: counter.start()].rstrip()
            if (
                THREAD_MARK in line[-2:]
                and (label := _THREAD_LABEL.search(line, max(0, len(line) - _LABEL_TAIL)))
                is not None
            ):
                # the place ended the label the poster typed after the headline, a dash, the
                # word and the mark ("Show, Episode 29 — thread 🧵 1/6"): that label alone
                # left would be half the thread's frame, as the mark alone would at its start
                lines[index] = line[: label.start()].rstrip()
            elif line.startswith(THREAD_MARK):
                # the place closed the opening post framed by the thread's mark ("🧵 <headline>.
                # (1/5)"): the mark alone left would be half the frame, as the label would be
                lines[index] = line = line[len(THREAD_MARK) :].lstrip()
                if line[-1:] == "." and _SENTENCE_STOP.search(line, 0, len(line) - 1) is None:
                    # the post's one sentence, the headline: its stop is the post's, not the
                    # headline's ("… and the show finds its heart."); a post of sentences keeps it
                    lines[index] = line[:-1].rstrip()
            break


# A fediverse thread copied as text: the post under its author's handle ("Name @user@host"),
# then each reply under its own header line, "@user@host · Nov 3, 2023" (a date, no time).
# The replies from other handles are readers' words: their scores and names are not the post's.
_FEDIVERSE_HANDLE = re.compile(r"@(?P<handle>[\w.\-]{1,40}@[\w\-]{1,60}(?:\.[\w\-]{1,60})+)")
_FEDIVERSE_HEADER = re.compile(
    r"^[ \t]*@[\w.\-]{1,40}@[\w\-]{1,60}(?:\.[\w\-]{1,60})+[ \t]+[·•|][ \t]+\S", re.MULTILINE
)
# ...or a reply under its poster's display name and handle ending the line ("Owl of the North
# @owl@host", the handle alone too), its text opening on the next line with the handle it
# answers ("@author the birthday episodes…"), as a post's page shows its replies
_FEDIVERSE_POSTER = re.compile(
    r"(?:[^@\n]{1,60}[ \t])?@[\w.\-]{1,40}@[\w\-]{1,60}(?:\.[\w\-]{1,60})+[ \t]*"
)
_FEDIVERSE_REPLY = re.compile(
    r"@[\w.\-]{1,40}@[\w\-]{1,60}(?:\.[\w\-]{1,60})+[ \t]*\n[ \t]*@[\w.\-]{1,40}[ \t]"
)


def _fediverse_header(lines: list[str], index: int) -> bool:
    """Is lines[index] (holding a handle) a reply's or a post's header in a fediverse thread:
    "@user@host · Nov 3, 2023", or a poster's name and handle over a line opening with the
    handle it answers?"""
    line = lines[index]
    if _FEDIVERSE_HEADER.match(line) is not None:
        return True
    following = lines[index + 1].lstrip() if index + 1 < len(lines) else ""
    return following[:1] == "@" and _FEDIVERSE_POSTER.fullmatch(line) is not None


def _drop_fediverse_replies(lines: list[str]) -> int:
    """In a fediverse thread copied as text, blank each reply from a handle other than the
    post's author (the first handle the text names), from its header line to the next header
    of the author's. How many lines were."""
    author = None
    removed = 0
    replying = False
    for index, line in enumerate(lines):
        if "@" not in line:
            if replying and line:
                lines[index] = ""
                removed += 1
            continue
        handle = _FEDIVERSE_HANDLE.search(line)
        if author is None:
            author = handle.group("handle").lower() if handle is not None else None
            continue
        if handle is not None and _fediverse_header(lines, index):
            replying = handle.group("handle").lower() != author
        if replying and line:
            lines[index] = ""
            removed += 1
    return removed


# A chat export's message header, the message's lines under it: "[02/01/2024 22:47] author"
# or "[01-Feb-24 18:02] author" (DiscordChatExporter's text format), "author, [04.04.2024
# 02:14]" (a channel's copied posts), "author, 20.01.2024 19:58" (Telegram's text export),
# "@author@host · Feb 15, 2024, 22:47" (a saved thread's posts), "author — 01/25/2024 10:14
# PM" or "author — Today at 10:14 PM" (Discord's client, its messages selected and copied).
_CHAT_DATE = (
    r"(?:\d{1,4}[/.\-](?:\d{1,2}|[a-z]{3,9})[/.\-]\d{1,4}"
    r"|[a-z]{3,9}\.?\s\d{1,2},?\s\d{4}|\d{1,2}\s[a-z]{3,9}\.?\s\d{4}),?\s+"
)
_CHAT_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
_CHAT_STAMP = _CHAT_DATE + _CHAT_TIME
_CHAT_HEADER = re.compile(
    rf"\[{_CHAT_STAMP}\]"
    # ...its message under it, the name perhaps closed by a colon ("[…] Name:"); ("[…] Name:
    # text" is another format)
    r"\s+(?P<author>[^\s:][^:]{0,80}?):?"
    r"|(?P<poster>[^\s\[,·•|][^,·•|\n]{0,80}?)(?:,|\s[·•|—–])"
    rf"\s+(?:\[{_CHAT_STAMP}\]|{_CHAT_STAMP}|(?:today|yesterday)\s+at\s+{_CHAT_TIME})",
    re.IGNORECASE,
)
# A chat's message on its header's line: "[19:06] hana: text", "[07/05/2025 10:31 PM] hana:
# text" (a channel's messages copied as they show), "[19:06] <hana> text" (an IRC log). A
# podcast's transcript has the same shape ("[00:01:35] AIKO: I'm at a 6"), where every turn is
# the review's: only a chat where one message dominates is read as a post and its replies
_INLINE_MESSAGE = re.compile(
    rf"\[(?:{_CHAT_DATE})?{_CHAT_TIME}\]\s+"
    r"(?:<(?P<nick>[^\s<>]{1,32})>|(?P<speaker>[^\s:\[<][^:\n]{0,31}?):)\s+(?P<said>\S.*)",
    re.IGNORECASE,
)
_MAX_SPEAKER_WORDS = 4
# a copied team chat's "Dana Kim  10:12 AM" (furniture's NAME_TIME_HEADER), read here more
# strictly than the title detector reads it: a name of one to four words of letters alone, and
# a time of day with its AM or PM. This reads every line of the text, and a false header would
# blank real text as a chat's reply; the title detector reads a page's opening lines only, where
# a false header drops one short line from the title's candidates
_SENDER = re.compile(r"[^\W\d_][^\W\d_'’.\-]*(?:\s[^\W\d_][^\W\d_'’.\-]*){0,3}")


def _team_chat_sender(line: str) -> str | None:
    """The sender's name in a copied team chat's message header ("Dana Kim  10:12 AM")."""
    header = NAME_TIME_HEADER.fullmatch(line)
    if header is None or header.group("meridiem") is None:
        return None
    name = header.group("name")
    return name if _SENDER.fullmatch(name) is not None else None


_MIN_CHAT_MESSAGES = 3
_TIME_PREPOSITIONS = frozenset(
    (
        "at",
        "by",
        "from",
        "to",
        "till",
        "until",
        "around",
        "after",
        "before",
        "about",
        "past",
        "since",
        "is",
        "was",
    )
)


# how a line ending with "[date time]", a time or "AM" / "a.m." ends
_TIME_ENDS = frozenset("0123456789]Mm")


def _chat_header_like(line: str) -> bool:
    """A cheap test before _CHAT_HEADER: the line opens with "[" or ends with a time (of
    day: "9:41 AM")."""
    if line[:1] == "[":
        return True
    last = line[-1:]
    return (
        (last.isdigit() and line[-3:-2] == ":")
        or (last == "]" and line[-4:-3] == ":")
        or (
            ((last in "Mm" and line[-2:-1] in "AaPp") or line[-4:].lower() in _MERIDIEMS)
            and ":" in line[-11:-3]
        )
    )


_MERIDIEMS = ("a.m.", "p.m.")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")
_SPLIT_POST_MINUTES = 5  # a long post split in several messages: each within minutes of the last
# ...or a little later when the message opens with a heading of the post's review ("**My
# take**"): the writer's take under its own heading, after a recap; or when the message before
# is the post's headline alone ("Show ep 3 review, spoilers"), posted first, the post typed after
_SECTION_MINUTES = 15
_MAX_HEADLINE_MESSAGE = 160
_HALF_DAY = 720
# ...across others' reactions between its messages: one or two short lines ("that scene 😭")
_MAX_REACTIONS = 2
_MAX_REACTION = 120
# a message opening with a member's name after "@" ("@bramble fair, but …"): its writer answers
# that member, a reply in the talk under the post, not the post going on
_MENTION = re.compile(r"@(?P<name>[^\s@,:;!?()]{1,40})")
# ...and the post, with its author's messages around it, is at least this share of the chat's
# text: below it, no message stands out (a channel's members talking an episode over, each a
# line or two), and the chat as a whole is what the document says
_MIN_POST_SHARE = 1 / 3


def _minute(line: str, bracketed: bool) -> int:
    """The minute of the half-day a chat header's time says (its first time when the header
    opens with it, else its last: an author's name may hold digits)."""
    clocks = _CLOCK.findall(line)
    hours, minutes = clocks[0] if bracketed else clocks[-1]
    return (int(hours) * 60 + int(minutes)) % _HALF_DAY


def _drop_chat_replies(lines: list[str]) -> int | None:
    """In a chat export (a few "[date time] author" headers), the review is the longest
    message, with the messages its author posted right before and after it, minutes apart (a
    long post is split); the others are chatter, replies and a channel's other posts: blanked.
    How many lines were; None when no post stands out of the chat (under _MIN_POST_SHARE of
    its text), which is then a discussion kept whole."""
    headers: list[tuple[int, str, int]] = []
    said: dict[int, str] = {}  # a message on its header's line: its text
    quoted: set[int] = set()  # the headers of messages quoted in another ("> " before them)
    for index, line in enumerate(lines):
        if line[:1].isdigit() and (stamped := _stamped_message(line)) is not None:
            # a messenger's export: the time opens the header, the message follows on its line
            poster = stamped.group("name").strip()
            said[index] = stamped.group("text")
            headers.append((index, poster, _minute(line, True)))
            continue
        if not _chat_header_like(line):
            continue
        header = _CHAT_HEADER.fullmatch(line)
        author = None if header is None else header.group("author")
        poster = _team_chat_sender(line) if header is None else author or header.group("poster")
        if poster is None and line[0] == "[":
            inline = _INLINE_MESSAGE.fullmatch(line)
            if inline is not None:
                poster = inline.group("nick") or inline.group("speaker")
                if len(poster.split()) > _MAX_SPEAKER_WORDS:
                    continue  # "[Update 19:06] the studio said: …": a sentence
                said[index] = inline.group("said")
                author = poster
        if poster is None:
            continue
        if poster.rsplit(None, 1)[-1].lower() in _TIME_PREPOSITIONS:
            continue  # "Kato airs at 8:30 PM": a sentence about a time
        if line[:1] == ">":
            quoted.add(index)
        headers.append((index, poster.strip(), _minute(line, author is not None)))
    if quoted and len(quoted) < len(headers):
        # "> **name** — Today at 6:40 PM" / "> their words": another's message the writer
        # quotes inside theirs (a chat client's reply), answering it below; among messages
        # that are not quoted, it is a part of the message around it, not one of its own
        headers = [header for header in headers if header[0] not in quoted]
    if len(headers) < _MIN_CHAT_MESSAGES:
        return 0
    ends = [start for start, *_ in headers[1:]] + [len(lines)]
    sizes = [
        len(said.get(start, "")) + sum(len(lines[i]) for i in range(start + 1, end))
        for (start, *_), end in zip(headers, ends, strict=True)
    ]
    longest = max(range(len(headers)), key=sizes.__getitem__)

    def joined(before: int, after: int) -> bool:  # one post split in two messages?
        (_, author, minute), (start, next_author, next_minute) = headers[before], headers[after]
        if next_author != author:
            return False
        gap = (next_minute - minute) % _HALF_DAY
        return gap <= _SPLIT_POST_MINUTES or (
            gap <= _SECTION_MINUTES
            and (
                (start + 1 < len(lines) and is_review_heading(lines[start + 1].strip()) is not None)
                or _headline_message(lines, headers[before][0] + 1, start)
            )
        )

    def answers(message: int) -> bool:
        """Does `message` open by naming another member of the chat after "@"?"""
        start, author, _ = headers[message]
        text = said.get(start) or next(
            (line for line in lines[start + 1 : ends[message]] if line.strip()), ""
        )
        text = text.lstrip()
        if text[:1] != "@" or (mention := _MENTION.match(text)) is None:
            return False
        name = mention.group("name").rstrip(".").casefold()
        return any(
            name in (poster.casefold(), *(word.casefold() for word in poster.split()[:1]))
            for _, poster, _ in headers
            if poster != author
        )

    def resumed(at: int, step: int) -> int | None:
        """The post's author's message after (step 1) or before (step -1) message `at`
        across a reaction or two of others ("that scene 😭"), within minutes of it; not one
        answering a member by name ("@name …"), which is the talk under the post."""
        other = at + step
        while (
            0 <= other < len(headers)
            and headers[other][1] != headers[at][1]
            and sizes[other] <= _MAX_REACTION
            and abs(other - at) <= _MAX_REACTIONS
        ):
            other += step
        if abs(other - at) < 2 or not 0 <= other < len(headers):
            return None
        if headers[other][1] != headers[at][1] or answers(other):
            return None
        gap = (headers[max(at, other)][2] - headers[min(at, other)][2]) % _HALF_DAY
        return other if gap <= _SPLIT_POST_MINUTES else None

    def run_end(at: int, step: int) -> int:
        """The last message of the run joined to message `at`, back (step -1) or on (step 1)."""
        while 0 <= at + step < len(headers) and joined(min(at, at + step), max(at, at + step)):
            at += step
        return at

    if said:
        # the post is the longest message with those its author posted right before and
        # after it (a writeup typed as a run of messages, none long alone), not across others'
        first, last = run_end(longest, -1), run_end(longest, 1)
        before = sum(len(lines[i]) for i in range(headers[0][0]))
        if not _dominant(sizes, range(first, last + 1), before):
            return 0  # a transcript's turns, or a few lines of chat quoted in an article

    kept = {longest}

    def extend(at: int, step: int) -> None:
        """Keep the post's messages from `at` on, back (step -1) or on (step 1): those joined
        to it, then those across a reaction or two, until neither goes further."""
        while True:
            end = run_end(at, step)
            kept.update(range(at, end + step, step))
            at = end
            other = resumed(at, step)
            if other is None:
                return
            at = other
            kept.add(at)

    extend(longest, -1)
    extend(longest, 1)
    if sum(sizes[message] for message in kept) < _MIN_POST_SHARE * sum(sizes):
        return None  # a discussion, no post: every member's words are the document's
    return sum(
        _blank(lines, start, end)
        for number, ((start, *_), end) in enumerate(zip(headers, ends, strict=True))
        if number not in kept
    )


def _stamped_message(line: str) -> re.Match[str] | None:
    """The sender and text of a messenger's text export's message ("07/03/2024, 21:15 -
    Name: text"), its header on its line; None for another line, or for the export's own
    notices, which have no sender ("… - Name created group …")."""
    stamp = STAMPED_MESSAGE.match(line)
    return None if stamp is None else STAMPED_SENDER.fullmatch(line, stamp.end())


def _headline_message(lines: list[str], start: int, end: int) -> bool:
    """Is the message in lines[start:end] one short line naming a review ("Show ep 3 review
    (ep 50 overall), spoilers"): a headline its writer posted alone over the post it heads?"""
    text = [line for line in lines[start:end] if line.strip()]
    return (
        len(text) == 1
        and len(text[0]) <= _MAX_HEADLINE_MESSAGE
        and HEADLINE_WORDS.search(text[0]) is not None
    )


def _dominant(sizes: list[int], post: range, before: int) -> bool:
    """Are the messages `post` the chat's post: more text than all its other messages
    together, and than what comes before the chat (a channel's header, not an article quoting
    it)? A transcript's turns alternate speakers, so no run of one outweighs the rest."""
    size = sum(sizes[message] for message in post)
    return size > sum(sizes) - size and size > before


# A comment exported as a footnote: "[^a]: **Dana** (Mar 20, 2024, 10:12 AM): Fine by me."
_COMMENT_FOOTNOTE = re.compile(
    r"\[\^[^\]]{1,20}\]:\s*[*_]{0,2}[^()\n]{1,80}?[*_]{0,2}\s*"
    r"\([^()]{0,40}\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\s*\)\s*:.*",
    re.IGNORECASE,
)


def _drop_comment_footnotes(lines: list[str]) -> int:
    """Blank the footnotes that are a document's comments (an author and a time, then the
    comment: what a word processor exports them as), not the writer's notes."""
    removed = 0
    for index, line in enumerate(lines):
        if line[:2] == "[^" and _COMMENT_FOOTNOTE.fullmatch(line) is not None:
            lines[index] = ""
            removed += 1
    return removed


# A forum thread copied as text: each post under a header framed by two long rules (the
# poster's name, "Posted <date>", "Member · Posts: 312 · Joined: …"), as forum software lays
# a topic out. The first post is the topic's (the review); the other posters' are replies,
# whose scores and names are readers'. A post's signature, under a rule of underscores (the
# forums' signature line), is the poster's furniture: other shows' scores, a rank.
_RULE_CHARS = "-_=─━═"
_MIN_RULE = 10
_MIN_THREAD_POSTS = 2
_MAX_POST_HEADER = 3  # lines between the two rules
_MAX_POST_HEADER_LINE = 120
# what says a framed header is a forum post's: "Posted …", "Posts: 312", "Joined: …", "Senior
# Member", or the post's number opening it ("#2  Fennec  Feb 22, 2024, 11:02 PM"), maybe
# after a word for a post ("Reply #1  |  Fennec", "Post #3 by Fennec")
_POST_WORDS = ("reply", "post", "comment", "message", "response")
_POST_HEADER_CUE = re.compile(
    r"\b(?:posted|posts|joined|registered|member)\b"
    rf"|\A(?:(?:{'|'.join(_POST_WORDS)})\s+)?#\d{{1,6}}\b",
    re.IGNORECASE,
)
_POST_NUMBER = re.compile(r"#\d{1,6}")
# what stands between a post's number and its poster: "#2 | Fennec", "Reply #1 — Fennec",
# "Post #3 by Fennec"
_POSTER_SEPARATORS = frozenset(("|", "·", "•", "-", "–", "—", ":", "by"))
# a post's date and time alone after its number, as forum software writes them: "06-03-2024,
# 21:18", "14-02-2024, 03:48 AM", "Feb 22, 2024, 11:02 PM", "Today, 09:15 PM"
_POST_STAMP = re.compile(rf"(?:{_CHAT_DATE}|(?:today|yesterday),?\s+)?{_CHAT_TIME}", re.IGNORECASE)


def _post_author(lines: list[str], opening: int, closing: int) -> str | None:
    """The poster's name when lines[opening + 1 : closing] (between two rules) are a post's
    header: one to three short lines, one of them saying it is a post's ("Posted …",
    "Posts: 312", a post number first, maybe after its word: "Reply #2"); the name is the
    header's first word after the post's number (and a separator: "Reply #2 | name"), or the
    next line's when the first holds only the post's number and its date and
    time ("#1  06-03-2024, 21:18" / "lantern_fish", "#1  Feb 22, 2024, 11:02 PM": a month's
    name and "AM" or "PM" are no poster's). Else None."""
    header = lines[opening + 1 : closing]
    if not 0 < len(header) <= _MAX_POST_HEADER or not all(
        0 < len(line) <= _MAX_POST_HEADER_LINE for line in header
    ):
        return None
    if not any(_POST_HEADER_CUE.search(line) is not None for line in header):
        return None
    words = header[0].split()
    if (
        len(words) > 1
        and words[0].lower() in _POST_WORDS
        and _POST_NUMBER.fullmatch(words[1]) is not None
    ):
        words = words[1:]  # "Reply #1": a post's number after its word
    if words and _POST_NUMBER.fullmatch(words[0]) is not None:
        words = words[1:]
        while words and words[0].lower() in _POSTER_SEPARATORS:
            words = words[1:]
    if len(header) > 1 and (
        not any(c.isalpha() for word in words for c in word)
        or _POST_STAMP.fullmatch(" ".join(words)) is not None
    ):
        words = header[1].split()  # (a number and a date line first: the name under it)
    return words[0].casefold() if words else None


# ...or each post opening under one rule with its header over a blank line and the post's
# text ("-----" / "Re: <thread title>" / "some_poster · Posts: 411" / "" / text), as a
# forum's reply subjects head the replies; the subject is no poster's name
_REPLY_SUBJECT = re.compile(r"re\s*:\s", re.IGNORECASE)


def _header_under_rule(lines: list[str], opening: int, closing: int) -> tuple[int, str] | None:
    """(the end of a post's header, the poster's name) when the lines after the rule
    lines[opening] (past blank ones) are one, under a reply's subject line ("Re: …") maybe,
    and the post's text follows it past a blank line before the next rule, lines[closing];
    else None."""
    start = opening + 1
    while start < closing and not lines[start]:
        start += 1
    end = start
    while end < closing and lines[end]:
        end += 1
    if _REPLY_SUBJECT.match(lines[start] if start < end else "") is not None:
        start += 1
    if start == end or not any(lines[end:closing]):
        return None  # no header, or no post under it
    author = _post_author(lines, start - 1, end)
    return None if author is None else (end, author)


# a thread's first post that only opens it for others' reviews: "Post your mini-reviews
# below", "share your thoughts", as a weekly discussion thread's opener does (a moderator's)
_INVITES_REVIEWS = re.compile(
    r"\b(?:post|share|drop|leave|add)\s+your\s+(?:\w+[- ])?"
    r"(?:reviews?|thoughts|takes?|impressions|scores?|ratings?)\b",
    re.IGNORECASE,
)
_MAX_OPENER_WORDS = 80  # an opener's few lines of rules; a review runs longer


def _opens_for_reviews(lines: list[str], start: int, end: int) -> bool:
    """Is the post in lines[start:end] a thread's short opener inviting others' reviews
    ("Weekly thread for Show Episode 5. Post your mini-reviews below.")? Its thread's review
    is the first reply's, not the opener's."""
    post = " ".join(line for line in lines[start:end] if line)
    return (
        "your" in post
        and len(post.split()) <= _MAX_OPENER_WORDS
        and _INVITES_REVIEWS.search(post) is not None
    )


def _drop_thread_replies(lines: list[str], rules: list[tuple[int, str]]) -> int:
    """In a forum thread copied as text (two or more posts under rule-framed headers, or
    headers each opening a post under one rule), blank the posts of anyone but the first
    post's author, and each kept post's signature. A first post that only opens the thread
    for others' reviews keeps the first reply's author's posts too, the review. How many
    lines were."""
    posts: list[tuple[int, int, str]] = []  # (header's first rule, its end, the author)
    for (opening, char), (closing, closing_char) in pairwise(rules):
        if char != closing_char or (posts and opening == posts[-1][1]):
            continue  # not one frame (a signature's rule, then a header's); the last's end
        author = _post_author(lines, opening, closing)
        if author is None and (under := _header_under_rule(lines, opening, closing)) is not None:
            closing, author = under
        if author is not None:
            posts.append((opening, closing, author))
    if len(posts) < _MIN_THREAD_POSTS:
        return 0
    ends = [opening for opening, _, _ in posts[1:]] + [len(lines)]
    authors = {posts[0][2]}
    if _opens_for_reviews(lines, posts[0][1] + 1, ends[0]):
        authors.add(posts[1][2])
    removed = 0
    for (opening, closing, poster), end in zip(posts, ends, strict=True):
        if poster in authors:  # the topic's author: the post, without its signature
            start = next((i for i, char in rules if closing < i < end and char == "_"), end)
        else:
            start = opening
        removed += _blank(lines, start, end)
    return removed


# A forum thread copied as text whose posts carry no rules: each post's header is the poster's
# name, a line about them ("Member · Joined Mar 2021 · Messages 1,204") and the post's date
# with its number ("Feb 22, 2024   #2"), as a forum's theme lays a post out; or the date and
# number first, then the poster's name and the lines about them ("Old 2025-01-25, 08:51  #1" /
# "lantern_fish" / "Senior Member" / "Join Date: Mar 2019" / "Posts: 2,340"), as an older
# forum's theme does.
_DATED_POST_NUMBER = re.compile(r"(?P<date>\S.{2,40}?)\s+#(?P<number>\d{1,6})")
# the post's number first, then its date ("#1   Mar 23, 2024"), as other forum themes lay it
# out over the poster's name
_NUMBERED_POST_DATE = re.compile(r"#(?P<number>\d{1,6})\s+(?P<date>\S.{2,40})")
_POSTER_CUE = re.compile(
    r"\b(?:posts|joined|registered|member|messages|reputation|join\s+date)\b", re.IGNORECASE
)
_MAX_POSTER_LINES = 2  # the name, the line about them
_MAX_POSTER_BELOW = 8  # the name, then its title, join date, location, age, posts (a blank or two)


def _may_number_a_post(line: str) -> bool:
    """Might `line` end in a post's number ("Feb 22, 2024   #2") or open with it ("#2   Feb 22,
    2024")? (A cheap test first.)"""
    return line[-1:].isdigit() and ("#" in line[-8:] or (line[0] == "#" and line[1:2].isdigit()))


def _numbered_post_header(lines: list[str], index: int) -> tuple[int, str, int] | None:
    """(the header's first line, the poster's name, the post's number) when lines[index] is a
    post's date and number under its poster's name and a line about them, or over them (the
    name, then lines about them); else None."""
    line = lines[index]
    numbered = (_NUMBERED_POST_DATE if line[0] == "#" else _DATED_POST_NUMBER).fullmatch(line)
    if numbered is None or not any(c.isdigit() for c in numbered.group("date")):
        return None
    number = int(numbered.group("number"))
    start = index
    while start > 0 and index - start < _MAX_POSTER_LINES and lines[start - 1]:
        start -= 1
    header = lines[start:index]
    if (
        len(header) == _MAX_POSTER_LINES
        and all(len(line) <= _MAX_POST_HEADER_LINE for line in header)
        and _POSTER_CUE.search(header[1]) is not None
        and len(header[0].split()) <= _MAX_SPEAKER_WORDS
    ):
        return start, header[0].casefold(), number
    below = _poster_below(lines, index)
    return None if below is None else (index, below, number)


def _poster_below(lines: list[str], index: int) -> str | None:
    """The poster's name when the lines under a post's date and number (lines[index]) are its
    poster's: the name on the next line, then lines about them, one of which says so ("Join
    Date: Mar 2019", "Posts: 2,340") within a few lines; else None. A blank line may stand
    between the date and the name."""
    if index + 1 < len(lines) and not lines[index + 1]:
        index += 1
    if index + 1 >= len(lines):
        return None
    name = lines[index + 1]
    if not name or len(name.split()) > _MAX_SPEAKER_WORDS or len(name) > _MAX_POST_HEADER_LINE:
        return None
    for line in lines[index + 2 : index + 1 + _MAX_POSTER_BELOW]:
        if len(line) > _MAX_POST_HEADER_LINE:
            return None  # the post's text: no line about its poster above it
        if line and _POSTER_CUE.search(line) is not None:
            return name.casefold()
    return None


def _drop_numbered_replies(lines: list[str]) -> int:
    """In a forum thread copied as text whose posts open with a poster's header and the post's
    number ("#1", "#2"...), blank the posts of anyone but the first post's poster: readers'
    replies, whose scores and names are not the review's. How many lines were."""
    posts: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        if _may_number_a_post(line):
            found = _numbered_post_header(lines, index)
            if found is not None and found[2] == len(posts) + 1:
                posts.append(found[:2])
    if len(posts) < _MIN_THREAD_POSTS:
        return 0
    author = posts[0][1]
    return _blank_posts(lines, posts, lambda poster: poster != author)


def _blank_posts(
    lines: list[str], posts: list[tuple[int, str]], drops: Callable[[str], bool]
) -> int:
    """Blank each of a thread's `posts` (its header's line, its poster) whose poster `drops`
    says is a reader's, from its header down to the next post's (the last to the text's end).
    How many lines were."""
    ends = [start for start, _ in posts[1:]] + [len(lines)]
    return sum(
        _blank(lines, start, end)
        for (start, poster), end in zip(posts, ends, strict=True)
        if drops(poster)
    )


# ...or whose replies each open under a header of stacked lines: the reply's number alone on
# its line, its poster's name on the next, then the post's date or a line about the poster
# ("Reply #1" / "kappa_dispatch" / "Posted June 1, 2021"), the topic's post above them
# unnumbered, as other forum themes lay a thread out. A reply runs to the next one's header.
_STACKED_REPLY_NUMBER = re.compile(r"[*_#]*\s*reply\s+#(?P<number>\d{1,6})\s*[*_]*", re.IGNORECASE)
_STACKED_REPLY_FIRST = frozenset("rR*_#")
_POSTED = re.compile(r"(?:posted|replied)\b", re.IGNORECASE)


def _stacked_reply_header(lines: list[str], index: int) -> tuple[str, int] | None:
    """(the poster's name, the reply's number) when lines[index] is a reply's number alone
    ("Reply #2") over its poster's name and, under it, the post's date ("Posted …") or a line
    about the poster ("Member · 412 posts"); else None."""
    numbered = _STACKED_REPLY_NUMBER.fullmatch(lines[index])
    if numbered is None or index + 2 >= len(lines):
        return None
    name, about = lines[index + 1], lines[index + 2]
    if (
        not name
        or len(name) > _MAX_HANDLE
        or len(name.split()) > _MAX_SPEAKER_WORDS
        or not about
        or len(about) > _MAX_POST_HEADER_LINE
        or (_POSTED.match(about) is None and _POSTER_CUE.search(about) is None)
    ):
        return None
    return name.casefold(), int(numbered.group("number"))


def _drop_stacked_replies(lines: list[str]) -> int:
    """In a forum thread copied as text whose replies open under stacked headers ("Reply #1"
    / poster / "Posted …"), numbered on from the first, blank each reply whose poster the
    opening does not name (its byline: the topic's author answering is kept) down to the next
    reply's header: readers' replies, whose scores and names are not the review's. How many
    lines were."""
    posts: list[tuple[int, str]] = []  # (the header's line, the poster)
    for index, line in enumerate(lines):
        if line[:1] in _STACKED_REPLY_FIRST and "#" in line:
            found = _stacked_reply_header(lines, index)
            if found is not None and found[1] == len(posts) + 1:
                posts.append((index, found[0]))
    if not posts:
        return 0
    byline = _opening_byline(lines, posts[0][0])
    return _blank_posts(lines, posts, lambda poster: poster not in byline)


# A forum post's quote of another post, copied as text: the quote box's header ("Quote:" /
# "Originally Posted by some_poster", as vBulletin shows it) over the quoted words, or the
# quoted poster's "some_poster said:" over them down to the box's "Click to expand..." (as
# XenForo shows it). The quoted words are another poster's: their scores and names are not the
# post's, though the post that quotes them is the review's own (its author replying).
_QUOTE_BOX_HEADER = re.compile(
    r"(?P<label>quote\s*:?\s*)?originally\s+posted\s+by\s+"
    r"(?P<poster>\S{0,39}[^\s.,!?](?:\s\S{0,39}[^\s.,!?]){0,2})",
    re.IGNORECASE,
)
_QUOTE_BOX_LABEL = "quote:"
_WRITER = frozenset(("me", "myself"))  # "Originally posted by me": a cross-post's credit
_QUOTED_POSTER = re.compile(r"@?\S{1,40}(?:\s\S{1,40}){0,2}\s+said\s*:", re.IGNORECASE)
_QUOTE_BOX_END = re.compile(r"click\s+to\s+expand\s*(?:\.{3}|…)?", re.IGNORECASE)
_MAX_QUOTE_LINES = 12  # a quote box's lines between "… said:" and "Click to expand..."


def _drop_forum_quotes(lines: list[str]) -> int:
    """Blank the quotes of other posts in a forum thread copied as text: a vBulletin quote
    box's header and its quoted line (where a quote box ends is lost in the copy: the reply
    follows on the next line, so only the first of its lines is taken for the quote), and a
    XenForo quote from "… said:" to "Click to expand...". A header with no "Quote:" label
    names one poster in one word, not the writer ("Originally posted by me on my blog" is a
    cross-post's credit). How many lines were."""
    removed = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        if line[0] in "Cc" and _QUOTE_BOX_END.fullmatch(line) is not None:
            start = next(
                (
                    i
                    for i in range(index - 1, max(-1, index - 1 - _MAX_QUOTE_LINES), -1)
                    if lines[i][-1:] == ":" and _QUOTED_POSTER.fullmatch(lines[i]) is not None
                ),
                None,
            )
            if start is not None:
                removed += _blank(lines, start, index + 1)
        elif line[0] in "OoQq" and (header := _QUOTE_BOX_HEADER.fullmatch(line)) is not None:
            labelled = index > 0 and lines[index - 1].lower() == _QUOTE_BOX_LABEL
            poster = header.group("poster")
            if (
                header.group("label")
                or labelled
                or (" " not in poster and poster.lower() not in _WRITER)
            ):
                start = index - 1 if labelled else index
                removed += _blank(lines, start, min(index + 2, len(lines)))
    return removed


# A reply under a post, copied as text, each under a label naming its poster at its line's start:
# "REPLY from daisuke_m · 3 days ago" over the reply's lines, "Reply from kanmuri — 2024-09-17
# 23:02", "> **re: by lowkeysora** — I'm with you …", "reply from @gloomcap: my anime of the
# year", as forum software and saved threads head them. Their scores and names are readers'.
_REPLY_HEADER = re.compile(
    r"[ \t>*_\-•·↳]*(?:(?:reply|response|comment)\s+(?:from|by)|re\s*:\s*by"
    # ...or numbered, the poster after a dash, the time maybe beside: "Reply #2 - kanmuri  18:40"
    r"|reply\s+#\d{1,6}\s*(?:[:·•|—–]|--?))\s+[*_]*"
    r"(?!(?:the|a|an|my|our|your|his|her|their|this|that|which)\b)"
    r"(?P<poster>@?[\w.\-]{1,40}(?:@[\w\-]{1,60}(?:\.[\w\-]{1,60})+)?)"
    r"[*_]*(?:\s*(?:[:·•|—–]|--?)[*_]*(?:\s|\Z)|\s*\Z|\s+\d{1,2}:\d{2}\b)",
    re.IGNORECASE,
)
# ...or a community site's comment, copied with its poster's handle and its votes heading it:
# "> **u/handle** · 9 points", "u/handle · 3 points · 2y", the votes abbreviated or named as
# the app copied them ("> **u/handle** · 14 pts", "u/handle · 87 upvotes") (a post's own header
# says "Posted by u/handle", no votes beside the handle)
_VOTED_REPLY_HEADER = re.compile(
    r"[ \t>*_\-•·↳]*u/(?P<poster>[\w\-]{1,40})[*_]*\s*[·•|]\s*-?\d[\d.,]*\s*[km]?\s+"
    r"(?:points?|pts|upvotes?|votes?)\b",
    re.IGNORECASE,
)
_REPLY_FIRST = frozenset("rRcCuU>*_-•·↳")


def _reply_header(line: str) -> re.Match[str] | None:
    """A reply's header heading `line` (_REPLY_HEADER or _VOTED_REPLY_HEADER), or None."""
    return _REPLY_HEADER.match(line) or _VOTED_REPLY_HEADER.match(line)


_FIRST_CHAR = itemgetter(slice(1))  # a line's first character ("" for an empty line)
_BYLINE_LINES = 6  # the opening's non-empty lines, where the post names its poster


def _opening_byline(lines: list[str], first: int) -> str:
    """The opening's first non-empty lines above lines[first] (a thread's first reply),
    case-folded: where the post names its poster, whose own replies are kept."""
    return " ".join([line for line in lines[:first] if line][:_BYLINE_LINES]).casefold()


# the article's closing note that the comments follow it: "Comments are open below.", "Drop a
# comment below", "Leave your thoughts in the comments below"
_COMMENTS_BELOW = re.compile(r"\bcomments?\b[^.!?\n]{0,30}?\bbelow\b", re.IGNORECASE)
# a reader's comment under its poster's name in bold, quoted or listed: "> **handle** — words",
# "- **handle:** words", "**A. Reader** - words"
_LABELLED_COMMENT = re.compile(
    r"(?:>\s*|[-*•]\s+)?\*\*[^*\n]{1,40}?(?::\*\*|\*\*\s*(?:[:—–]|--?)(?:\s|\Z))"
)


def _drop_announced_comments(lines: list[str]) -> int:
    """Blank the comments that the article's closing note announces below it ("Comments are
    open below. Be nice.") with no header of their own: from the note on, when it stands
    after most of the text (as a comments header does) and what follows it opens with a
    reader's comment under its poster's name in bold ("> **handle** — A- from me"). The
    readers' words, their grades and the names they mention are not the review. How many
    lines were blanked."""
    half = len(lines) // 2
    for index, line in enumerate(lines):
        if not line or "below" not in line or _COMMENTS_BELOW.search(line) is None:
            continue
        after = next((i for i in range(index + 1, len(lines)) if lines[i]), None)
        if (
            after is not None
            and _LABELLED_COMMENT.match(lines[after]) is not None
            and (index >= half or _most_text_before(lines, index))
        ):
            return _blank(lines, after)
    return 0


def _drop_labelled_replies(lines: list[str]) -> int:
    """Blank each reply under a post that a label naming its poster heads ("Reply from
    <handle> · <when>", "re: by <handle> — …"): the label's line and the lines under it to the
    next empty one, once the first such label stands after most of the text (past the middle
    of the lines, or before it with most of the text above, as for a comments header); a reply
    whose poster the opening names (its byline: the writer answering) is kept. How many lines
    were blanked."""
    # (the lines opening with one of _REPLY_FIRST picked out at C speed, as most open with none)
    first = next(
        (
            index
            for index in compress(
                range(len(lines)), map(_REPLY_FIRST.__contains__, map(_FIRST_CHAR, lines))
            )
            if _reply_header(lines[index]) is not None
        ),
        None,
    )
    if first is None or (first < len(lines) // 2 and not _most_text_before(lines, first)):
        return 0
    byline = _opening_byline(lines, first)
    removed = 0
    replying = False
    for index in range(first, len(lines)):
        line = lines[index]
        if not line:
            replying = False
            continue
        header = _reply_header(line) if line[0] in _REPLY_FIRST else None
        if header is not None:
            replying = header.group("poster").lstrip("@").casefold() not in byline
        if replying:
            lines[index] = ""
            removed += 1
    return removed
