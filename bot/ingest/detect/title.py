"""The title: the front matter's, else the web page's (its headline or og:title), else the
first line that reads like a headline. A document may have no title at all.

Never a title: a line of the page's furniture (bot/ingest/detect/furniture.py: a date, a
credit, a byline, a widget, a label, a menu, a header of a mail, a chat or a printed page, a
copy's stamp...), or a paragraph (a long line, or one made of sentences). Nor, from where it
stands: a site's name above its widgets, its menu, its breadcrumbs, its address or the
headline, an episode label above the headline, a chat export's header, a web cache's banner,
or a publication's name (as its "Subscribe to <name>" line gives it).
In a chat export whose first message is chatter, the title is a later message's marked
headline ("**Show Episode 4 – …**"), if any; in a messenger's text export ("date, time -
Name: text"), a message whose text is a headline over the long post it pastes.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from bot.ingest.detect.common import CJK_LETTERS, LIST_BULLETS, title_cased, unframed
from bot.ingest.detect.episode import EPISODE_MARKER_TEXT, opens_with_issue_number
from bot.ingest.detect.furniture import (
    AM_PM,
    DATE_AND_TIME,
    HANDLE,
    HEADLINE_WORDS,
    KICKER_WORDS,
    MAX_HEADLINE,
    MAX_KICKER,
    MAX_SOURCE_WORDS,
    MAX_WIDGET,
    MEDIA_PLACEHOLDER,
    MIN_BAR_PARTS,
    PART_SEPARATORS,
    PRINT_LABEL,
    STAMPED_MESSAGE,
    STAMPED_SENDER,
    breadcrumb_steps,
    chat_header,
    forum_poster_line,
    is_breadcrumb,
    is_forward_banner,
    is_forwarded_stamp,
    is_kicker,
    is_mail_header,
    is_mail_header_field,
    is_nav_control,
    is_reader_banner,
    is_repost_stamp,
    not_a_title,
    written_as_nav_bar,
)
from bot.ingest.normalise import fold
from bot.ingest.structure import is_review_heading, is_section_heading

if TYPE_CHECKING:
    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = [
    "MAX_TITLE_LINE",
    "detect_title",
    "is_episode_label",
    "is_headline",
    "mail_subject",
    "without_site_name",
]

MAX_TITLE_LINE = 250  # a longer first line is a paragraph, not a title
# ...but for a community post's title under its poster line, as long as Reddit lets one be
_MAX_POST_TITLE = 300
_MAX_HEADLINE_WORDS = 24
_FIRST_LOOK = 6  # non-empty lines collected at first (most titles are the first line)
_LOOK_AT_LINES = 10  # non-empty lines examined for a headline before the body begins

# (an outliner's block opens with a bullet: "- # Heading")
_HEADING_MARKS = re.compile(
    r"^(?:[-*+]\s+)?#{1,6}\s+|\s+#{1,6}$|^[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}$"
)
_SENTENCES = re.compile(r"[.!?][\"'”’)]?\s+[A-Z\"“‘(]")
_ENDS_AS_SENTENCE = re.compile(r"[a-z,;][.]$")
# an aside in brackets closing a line, not after a full stop ("… thoughts!!! (8/10)")
_CLOSING_ASIDE = re.compile(r"(?<=[^.\s])\s+\([^()]*\)$")
# a byline above the title with the reviewer's stars ("Review by Ines Duarte ★★★★½")
_BYLINE_STARS = re.compile("[★⭐🌟]")
_BYLINE_LEADS = ("review by", "reviewed by", "rated by", "by ", "written by")


def mail_subject(line: str) -> str | None:
    """The value of an e-mail's "Subject: …" header line, else None."""
    if line[:8].lower() != "subject:" or not is_mail_header(line):
        return None
    return line[8:].strip() or None


def is_headline(line: str) -> bool:
    """Does this line read like a headline: short, not sentences, and not furniture?"""
    line = line.strip()
    return _reads_like_headline(line) and not not_a_title(line)


def _reads_like_headline(line: str, heading: bool = False, *, post_title: bool = False) -> bool:
    """Short, with letters, not sentences (whether it is furniture is checked apart).
    `heading`: the line is marked as the document's heading (Markdown's "# "), which its
    writer set as the headline however many words it has (a Reddit post's long title).
    `post_title`: the line stands under a community post's poster line, where the post's
    title is, as its writer typed it: sentences too ("Show finished. A full review"), and as
    long as its community lets it be (_MAX_POST_TITLE)."""
    if not line:
        return False
    if len(line) > (_MAX_POST_TITLE if post_title else MAX_HEADLINE) and not (
        # a thread's opening post, marked so, is as long as a post may be (see below)
        len(line) <= _MAX_POST_TITLE and _THREAD in line and _opens_a_thread(line)
    ):
        return False
    if not any(c.isalpha() for c in line):
        return False
    if line.endswith(","):
        return False  # "Hi friends,": a greeting, or a sentence broken over lines
    if post_title:
        return True
    words = line.split()
    if _opens_a_thread(line, words):
        # a thread's opening post, marked so (its post count or an aside may follow the
        # mark): its headline, sentences or not, and as wordy as a post's length allows
        return True
    if len(words) > _MAX_HEADLINE_WORDS and not heading:
        return False
    if line[-1:] == ")" and (aside := _CLOSING_ASIDE.search(line)) is not None:
        # "show ep 6 thoughts!!! (8 outta 10)": an aside in brackets closing the headline is
        # no sentence of its own; what it closes is read
        line = line[: aside.start()]
        words = line.split()
    if (
        _SENTENCES.search(line)
        and _SENTENCES.search(_ABBREVIATION_STOP.sub(r"\1", line))
        and (len(words) > _MAX_TITLE_CASED_WORDS or not title_cased(words))
        and not _NUMBERED_AFTER_NAME.search(line)
    ):
        return False  # sentences; but "Who Is the Real Hero? Show Episode 12 Review" is one
    if len(words) >= _MIN_RUN_ON_WORDS and _LOWER_CASE_SENTENCES.search(line):
        return False  # "ok so i watched it and i have FEELINGS. first impressions below"
    return not (_ENDS_AS_SENTENCE.search(line) and len(words) >= _MIN_SENTENCE_WORDS)


def _opens_a_thread(line: str, words: list[str] | None = None) -> bool:
    """Is `line` a thread's opening post, marked so at its start or its end, perhaps its post
    count or an aside after the mark ("🧵 Show ep 3 thread. Spoilers … 1/9")?"""
    words = line.split() if words is None else words
    return (
        words[-1] == _THREAD
        or words[0] == _THREAD
        or (_THREAD in line and _THREAD_ASIDE.fullmatch(line) is not None)
        or (
            _THREAD in line
            and len(line) <= MAX_HEADLINE
            and (comment := _THREAD_THEN_COMMENT.fullmatch(line)) is not None
            and HEADLINE_WORDS.search(comment.group("headline")) is not None
            and _SENTENCE_STOP.search(comment.group("comment")) is None
        )
    )


# the stop of a title or an abbreviation before a name or a number ("Dr. Stone Ep 3 review",
# "Kaiju No. 8 ep 3 thoughts"), "vs." as a name sets it in capitals too ("<Show> VS. <Rival>
# Season 2"): no sentence ends there
_ABBREVIATION_STOP = re.compile(
    r"\b(Dr|Mr|Mrs|Ms|Mt|St|No|Nr|vs|Vs|VS|Jr|Sr|Lt|Vol|Ep|Pt|Ch|Prof|Capt)\.(?=\s)"
)
_DOCUMENT_HEADING = "# "  # Markdown's mark of a level-one heading: the document's own
_THREAD = "🧵"  # the mark of a social thread's opening post ("Show, episode 9. A thread 🧵")
# a sentence's end, then one in lower case: "… FEELINGS. first impressions …" ("vs." and other
# short abbreviations excluded by the three letters before the stop)
_LOWER_CASE_SENTENCES = re.compile(r"\w{3}[.!?]\s+[a-z]")
_MIN_RUN_ON_WORDS = 10


_MAX_TITLE_CASED_WORDS = 16
# a long name's own "?" or "!", then only its season's and episode's numbers and the kind word
# ("<A Question of a Name?> Season 3 Episode 2 Review"), perhaps a subtitle set apart after
# them ("… Episode 2 Review — first impressions"): one headline, not two sentences; a season
# review's the same with its season's number alone and a word for what it is ("<Name!> Season 1
# Review — a year later"), where a sentence after the "!" goes on in its own words ("Loved it!
# Season 2 when?")
_NUMBERED_AFTER_NAME = re.compile(
    r"\w[?!]\s+(?:(?:Season\s+\d{1,2}\s+|S\d{1,2}\s*)?(?:Episode|Ep\.?|E)\s*\d{1,4}"
    r"(?:\s+[A-Z][a-z]+){0,2}"
    r"|Season\s+\d{1,2}\s+(?:(?:Final|First)\s+)?(?:Review|Recap|Thoughts|Impressions))"
    r"(?:(?::|\s+[-–—|])\s+[^.!?]+)?$"
)
_MIN_SENTENCE_WORDS = 4  # "Episode 5 of Show is here." is a sentence: headlines end bare
# a community post's poster line, perhaps after its community's name: "Posted by u/name · 5
# days ago", "r/anime • Posted by u/name", "u/name" (the post's title is under it)
_POSTER_LINE = re.compile(r"(?:[^\n]{0,40}?\bposted\s+by\s+)?u/[\w\-]{2,40}\b", re.IGNORECASE)
# ...and its community's name on a line of its own, or opening the poster line ("r/<Name>",
# "r/<Name> • Posted by u/name"): the community the post was posted in
_COMMUNITY = re.compile(r"/?r/(?P<name>[A-Za-z0-9_]{2,40})\b")
# a post's flair as a copy of it labels it, on a line of its own ("Flair: Review", "**Flair:**
# Discussion", "Post flair: Episode Review | Spoilers"): a label of the post, never its title
_FLAIR_LABEL = re.compile(
    r"[*_`]{0,2}(?:post\s+)?flair[*_`]{0,2}\s*:[*_`]{0,2}\s*[^\s:][^:\n]{0,80}", re.IGNORECASE
)
_FLAIR_LABEL_REACH = 16  # where a flair's label opens, at most ("**Post flair:**")


_MARKS = frozenset("#*_-+")
# a Markdown heading's line ("# …" to "###### …") and emphasis around words inside it ("*Name*",
# "**Name**", "_Name_"), not a mark inside a word ("SAC_2045", "snake_case")
_MARKDOWN_HEADING = re.compile(r"\s*#{1,6}\s")
# the words an emphasis marks: no mark among them, but for an underscore inside a word (a
# handle's "**mossy_owl**")
_EMPHASISED = r"(?:[^*_\n]|(?<=\w)_(?=\w))"
_INLINE_EMPHASIS = re.compile(
    rf"(?<![\w*])(?P<mark>\*{{1,3}}|_{{1,3}})(?=[^\s*_])(?P<text>{_EMPHASISED}+?)(?<=\S)(?P=mark)"
    r"(?![\w*])"
)
_MAX_LABEL = 40  # an episode label above a headline is short ("EPISODE 5", "Season 1, Ep. 5")


# an emphasised headline with an aside after it: "*Show Episode 1 Thoughts* (no spoilers)"
_EMPHASIS_THEN_ASIDE = re.compile(
    r"(?P<mark>[*_]{1,3})(?=\S)(?P<text>[^*_\n]+?)(?<=\S)(?P=mark)"
    r"(?P<aside>\s+[(\[][^()\[\]\n]{1,80}[)\]])"
)
# ...where the aside is a note on the message, what was done to it, not the writer's words on
# the headline: "**Show Episode 3 Review** (pinned by mods as this week's review)", "(edited)"
_MESSAGE_NOTE_ASIDE = re.compile(
    r"\s+[(\[](?:pinned|stickied|edited|reposted|cross-?posted|moved|locked)\b[^()\[\]\n]*[)\]]",
    re.IGNORECASE,
)


# ...or with the rest of the headline after a separator, out of the emphasis: "**Show S2 ep 5**
# — review, spoilers tagged", as a chat's post bolds the show and the episode only; or a
# chat's bolded channel before a dot ("**#some-channel** · Show ep 5 thoughts")
_EMPHASIS_THEN_MORE = re.compile(
    r"(?P<mark>[*_]{1,3})(?=\S)(?P<text>[^*_\n]+?)(?<=\S)(?P=mark)"
    r"(?P<rest>\s*[-–—:|·•]\s+[^*_\n]*[^*_\s])"
)


# ...or with only an emoji or a mark after it, no word: "**Show Episode 5 review** 🦖", as a
# chat's post decorates its bolded headline ("**… review** 🔥🔥", "**… thoughts**!")
_EMPHASIS_THEN_EMOJI = re.compile(
    r"(?P<mark>[*_]{1,3})(?=\S)(?P<text>[^*_\n]+?)(?<=\S)(?P=mark)(?P<rest>[^\w*_\n]+)"
)


# ...or with an emoji before it, no word: "📝 **Show Episode 5 Review — "Its Name"**", as a
# chat's post marks its review with an emoji then bolds the headline; the emphasis says where
# the headline's words are, the emoji before it is the message's decoration (a bullet, a dash
# or a quotation mark is no such emoji: a list's item, a quote)
_EMOJI_THEN_EMPHASIS = re.compile(
    r"(?P<emoji>[^\x00-\x7f\w\s•·–—“”‘’«»‹›…]{1,8})\s*"
    r"(?P<mark>[*_]{1,3})(?=\S)(?P<text>[^*_\n]+?)(?<=\S)(?P=mark)(?P<rest>[^\w*_\n]*)"
)


# an emphasis closing a line, opened after a word of it: "… by **someone**", "… the *Name*"
_EMPHASIS_ENDING_LINE = re.compile(
    rf"(?<=\s)(?P<mark>\*{{1,3}}|_{{1,3}})(?=[^\s*_]){_EMPHASISED}{{1,120}}?(?<=\S)(?P=mark)$"
)


# a forum post's BBCode formatting wrapping a whole line ("[b]Re: Thread title[/b]",
# "[size=150][b]Headline[/b][/size]", "[color=#c00][i]…[/i][/color]"): the formatting it is,
# as Markdown's emphasis is, not the line's words
_BBCODE_TAGS = r"(?:b|i|u|s|size|color|colour|font|center|left|right|h[1-6])"
_BBCODE_WRAPPED = re.compile(
    rf"(?P<open>(?:\[{_BBCODE_TAGS}(?:=[^\]\n]{{1,30}})?\])+)(?P<text>[^\[\]\n]+)"
    rf"(?P<close>(?:\[/{_BBCODE_TAGS}\])+)",
    re.IGNORECASE,
)


def _strip_marks(line: str) -> str:
    line = line.strip()
    if line[:1] == "[" and line[-1:] == "]" and "[/" in line:
        wrapped = _BBCODE_WRAPPED.fullmatch(line)
        if wrapped is not None:
            line = wrapped.group("text").strip()
    if line[:1] in "*_" and line[-1:] in ")]":
        aside = _EMPHASIS_THEN_ASIDE.fullmatch(line)
        if aside is not None:
            if _MESSAGE_NOTE_ASIDE.fullmatch(aside.group("aside")) is not None:
                return aside.group("text")
            return aside.group("text") + aside.group("aside")
    if line[:1] in "*_" and line[-1:] not in "*_":
        more = _EMPHASIS_THEN_MORE.fullmatch(line)
        if more is not None:
            return more.group("text") + more.group("rest")
        decorated = _EMPHASIS_THEN_EMOJI.fullmatch(line)
        if decorated is not None:
            return (decorated.group("text") + decorated.group("rest")).rstrip()
    if line[:1] > "\x7f" and not line[:1].isalnum() and ("*" in line or "_" in line):
        decorated = _EMOJI_THEN_EMPHASIS.fullmatch(line)
        if decorated is not None:
            return (decorated.group("text") + decorated.group("rest")).rstrip()
    if line[-1:] in "*_" and line[:1] not in "*_":
        closing = _EMPHASIS_ENDING_LINE.search(line)
        if closing is not None:
            words = _HEADING_MARKS.sub("", line[: closing.start()]).strip()
            if any(c.isalnum() for c in words):
                # "# Review of <Name> by **someone**": the last mark closes the emphasis on the
                # words before it, not the line's; it stays with its opening one
                return f"{words} {closing.group(0)}"
    if line and (line[0] in _MARKS or line[-1] in _MARKS):
        return _HEADING_MARKS.sub("", line).strip()
    return line


def is_episode_label(line: str) -> bool:
    """A line that is only an episode marker ("EPISODE 5", "S01E05"): a kicker above a
    headline, or the title itself when no headline follows."""
    return EPISODE_MARKER_TEXT.fullmatch(_strip_marks(line)) is not None


_SITE_SEPARATOR = re.compile(r"\s+[|–—\-·•]\s+")
_NOT_LETTERS = re.compile(r"[\W_]+")
# a part of a page's title that only says it is the print view ("Print View", "Printable
# Version")
_PRINT_VIEW_PART = re.compile(PRINT_LABEL, re.IGNORECASE)


def _letters(text: str) -> str:
    return _NOT_LETTERS.sub("", fold(text))


def _without_print_view(title: str) -> str:
    """`title` without a print view's label among its parts and what lies beyond it: a forum's
    or a site's print view titles itself "<Headline> - Print View - <Forum>" or "<Forum> -
    Print View - <Headline>", and extraction may have cut the site's name already ("<Headline>
    - Print View"). The longer side is the headline; a title that is only the label stays."""
    if "rint" not in title and "RINT" not in title:
        return title  # (the cheap test first: most titles name no print view)
    separators = list(_SITE_SEPARATOR.finditer(title))
    start = 0
    for number, separator in enumerate([*separators, None]):
        end = separator.start() if separator is not None else len(title)
        if _PRINT_VIEW_PART.fullmatch(title, start, end) is not None:
            before = title[: separators[number - 1].start()] if number else ""
            after = title[separator.end() :] if separator is not None else ""
            return max(before, after, key=len) or title
        if separator is not None:
            start = separator.end()
    return title


_DOMAIN_DOT = re.compile(r"\w\.\w")
_MIN_ABBREVIATED_HEADLINE_WORDS = 5  # a site's name is a few words; a headline is longer


def _abbreviation_dot_headline(title: str) -> bool:
    """Whether `title`, taken for the site's name, is a headline whose dot is an
    abbreviation's ("Kaiju No. 8 Review: …", "Dr. Show Episode …"), not a domain's: text
    extraction takes a <title>'s part holding any dot for a domain. A domain's dot sits
    between letters ("otaku.example"); a headline is longer than a site's name."""
    return (
        ". " in title
        and _DOMAIN_DOT.search(title) is None
        and len(title.split()) >= _MIN_ABBREVIATED_HEADLINE_WORDS
    )


# the count of unread items or notifications a web app puts before a tab's title ("(14) <Item>"
# in a feed reader, "(3) Home" on a social site): a bare number in brackets, perhaps "99+" or
# "1,204", never a year's four digits run together
_UNREAD_COUNT = re.compile(r"\((?:\d{1,3}(?:,\d{3})*\+?)\)\s+")


def _without_unread_count(title: str) -> str:
    """`title` without an app's unread count before it ("(14) Show Episode 5 Review"): the
    count is the reader's, not the article's. A title that is only the count stays."""
    if not title.startswith("("):
        return title  # (the cheap test first: most titles open with a letter)
    count = _UNREAD_COUNT.match(title)
    if count is None or count.end() == len(title):
        return title
    return title[count.end() :]


def without_site_name(title: str, sitename: str | None, url: str | None) -> str:
    """`title` without the site's name at its start or end ("<Headline> | Anime Orbit"): the
    page's site name, or a part whose letters are the URL's host name's; and without a print
    view's label and the site's name beyond it ("<Headline> - Print View - <Forum>"). "" when
    the title is only the site's name, unless it names an episode: text extraction takes a
    <title>'s part holding a dot for a domain, so a headline's "Ep. 31: Show Episode 5 Review"
    comes as the site's name too, and no site is named for an episode."""
    title = _without_print_view(title)
    site = _letters(sitename) if sitename else ""
    if site and _letters(title) == site:
        if "." in title and EPISODE_MARKER_TEXT.search(title) is not None:
            return title  # a headline read as a domain for its "Ep."
        if _abbreviation_dot_headline(title):
            return title  # a headline read as a domain for its "No. 8"
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


# a reviewer's score on a line of its own: "Rating: 9/10", "My score: 4 out of 5", "Grade: B+",
# its label perhaps saying whose it is ("reviewer's rating: ★★★★★", "Our critic's score: 8/10")
_SCORE_LINE = re.compile(
    r"(?:(?:my|our|the|overall|final)\s+)?(?:[a-z]{2,12}['’]s\s+)?"
    r"(?:rating|score|grade|verdict)\s*:\s*"
    r"(?:\d{1,3}(?:[.,]\d{1,2})?\s*(?:/|out\s+of)\s*\d{1,3}|[★⭐☆½\ufe0f ]{1,16}|[A-F][+\-−]?)",
    re.IGNORECASE,
)
_MAX_SCORE_LINE = 40
_SCORE_LINE_REACH = 2  # lines of furniture between it and the headline


def _score_line_above_headline(lines: list[str], index: int, line: str) -> int | None:
    """The index of the review's headline when `line` is a reviewer's score on a line of its
    own ("Rating: 9/10") above it (perhaps with furniture between: "Recommended ✔"), as a
    user review's header gives it; else None. The score is the review's, not its title, and
    its text keeps it."""
    if len(line) > _MAX_SCORE_LINE or _SCORE_LINE.fullmatch(line) is None:
        return None
    found = _line_past(
        lines,
        index + 1,
        _SCORE_LINE_REACH,
        lambda text: not_a_title(text) or _SCORE_LINE.fullmatch(text) is not None,
    )
    if found is None:
        return None
    later, text = found
    return later if is_headline(text) and HEADLINE_WORDS.search(text) is not None else None


def _line_past(
    lines: list[str], start: int, reach: int, passed: Callable[[str], bool] = not_a_title
) -> tuple[int, str] | None:
    """(its index, its text without marks) of the first line from `start` on that is not
    empty and that `passed` does not pass over (furniture, a label), when at most `reach`
    lines were passed over to reach it; else None."""
    looked = 0
    for at in range(start, len(lines)):
        text = _strip_marks(lines[at])
        if not text:
            continue
        if passed(text):
            looked += 1
            if looked > reach:
                return None
            continue
        return at, text
    return None


def _headline_follows(lines: list[str], seen: list[int], index: int) -> bool:
    later = [i for i in seen if i > index]
    if not later:
        return False
    line = _strip_marks(lines[later[0]])
    return is_headline(line) and not is_episode_label(line)


_MAX_SITE_WORDS = 4
_MIN_HEADLINE_WORDS = 4


_TAB_SEPARATOR = " | "
_TAB_REACH = 8  # non-empty lines between a tab's title and the headline it repeats


def _tab_title_over_headline(lines: list[str], index: int, line: str) -> str | None:
    """`line` without its last " | " part when it is a browser tab's title ("<Headline> |
    Some Site") over the page, whose headline, a few lines down past the site's banners and
    menus, repeats the part before it (in capitals or with other punctuation, but the same
    letters): that part is the headline, the last one the site's name; else None."""
    head, _, tail = line.rpartition(_TAB_SEPARATOR)
    if not head or not tail or len(tail.split()) > _MAX_SITE_WORDS:
        return None
    wanted = _letters(head)
    if len(wanted) < len(_letters(tail)):
        return None
    looked = 0
    for at in range(index + 1, len(lines)):
        text = lines[at]
        if not text or text.isspace():
            continue
        if _letters(text) == wanted:
            return head
        looked += 1
        if looked >= _TAB_REACH:
            break
    return None


def _significant_words(text: str) -> set[str]:
    return {w for w in _NOT_LETTERS.sub(" ", fold(text)).split() if len(w) >= 3}


def _names_the_site(meta_title: str, lines: list[str], seen: list[int]) -> bool:
    """Is the page's metadata title a site's name ("Pixel Sakura") while the article opens
    with a headline that shares none of its words? A page whose markup only names the site."""
    if len(meta_title.split()) > _MAX_SITE_WORDS:
        return False
    for position, index in enumerate(seen):
        line = _strip_marks(lines[index])
        if not_a_title(line):
            continue
        return (
            len(line.split()) >= _MIN_HEADLINE_WORDS
            and is_headline(line)
            # sharing only a word of what the text is ("Review draft" over "Show: Episode
            # Review") is no sign that the metadata's title is the article's
            and not (_significant_words(meta_title) & _significant_words(line)) - KICKER_WORDS
            # ...nor when a line under it says the title: the headline under its kicker
            # ("Show · Episode 5" / "<Pun>"), where a site's name stands above the headline
            and not any(
                fold(_strip_marks(lines[later])) == fold(meta_title)
                for later in seen[position + 1 :]
            )
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


# a social post's age beside its author's handle: "2h", "35m", "3d ago", "just now"
_POST_AGE = re.compile(r"\d{1,3}\s?(?:mo|[smhdwy])(?:\s+ago)?|just\s+now|now", re.IGNORECASE)


def _after_handle(line: str) -> str | None:
    """What follows an author's handle and a separator on `line` ("@someone · 2h": "2h"), or
    None when the line does not open so."""
    if line[:1] != "@":
        return None
    parts = PART_SEPARATORS.split(line, 1)
    return parts[1] if len(parts) == 2 and HANDLE.fullmatch(parts[0]) is not None else None


def _handle_and_age(line: str) -> bool:
    """Is `line` a handle with its post's age ("@mikawatches · 2h"), as a social post's
    header shows it under the poster's name? (A handle with a date may be a blog post's
    author under its headline: "Glass Houses" / "@paper-lantern · Mar 3, 2024".)"""
    age = _after_handle(line)
    return age is not None and _POST_AGE.fullmatch(age.strip()) is not None


# a name ending with its original title in another script in brackets: "Show (ショー)"
_TITLE_WITH_ORIGINAL = re.compile(r"\w \((?:[^\x00-\x7f]|[ ・]){2,40}\)$")


def _is_masthead(line: str, following: str) -> bool:
    """Is the short `line` a site's name, as the widgets right under it show ("The Slow Magic
    Letter" / "Subscribe" / "Sign in")? (`following`: the next non-empty line, stripped)"""
    if len(following) > MAX_WIDGET or (
        len(words := line.split()) > _MAX_MASTHEAD_WORDS
        and len(words) - sum(word in _DASHES for word in words) > _MAX_MASTHEAD_WORDS
    ):
        return False  # (a dash between a site's name and its tagline is no word of it)
    if following[:7].lower() == "home | " and _home_bar(following):
        return True  # a site's navigation bar, from its home page on, under its name
    if "@" in line and _names_an_account(line):
        # an unrolled thread's heading, naming its poster ("Thread by @someone (Some One)")
        # over the thread's date and count ("Jan 5, 2024 · 9 posts · unrolled"): a site's
        # name is no account's, and the bar under it no site's menu
        return False
    if _MASTHEAD_WIDGET.fullmatch(following) is not None:
        return True
    if line[-1:] == ")" and _TITLE_WITH_ORIGINAL.search(line) is not None:
        # a work's name with its original title in its own script ("Show (ショー)"), as a
        # database's entry heads its page over the work's facts: the work's, no site's name
        return False
    if following[:1] == "@" and (
        HANDLE.fullmatch(following) is not None or _handle_and_age(following)
    ):
        return True  # an author's name above their handle
    parts = PART_SEPARATORS.split(following)
    if len(parts) >= MIN_BAR_PARTS and HEADLINE_WORDS.search(line) is None:
        # a site's navigation bar under its name ("Forger Files" / "Reviews · Guides · About");
        # not a post's byline with its date ("Posted May 2, 2024 by Some One | Weekly | 4
        # comments"), which a post's headline stands over, never a site's name
        return not _dated_byline(parts[0]) and not_a_title(following)
    return (
        len(parts) > 1
        and any(_MASTHEAD_WIDGET.fullmatch(p) for p in parts)
        and not_a_title(following)
    )


_DASHES = frozenset("-–—")
_MAX_HOME_BAR_ITEM_WORDS = 4


def _home_bar(line: str) -> bool:
    """Is `line` a site's navigation bar opening on its home page ("Home | Episode Recaps |
    Characters | Forum"): short items, no number among them (a section may name a review)?"""
    parts = line.split(" | ")
    return len(parts) >= MIN_BAR_PARTS and all(
        0 < len(part.split()) <= _MAX_HOME_BAR_ITEM_WORDS and not any(c.isdigit() for c in part)
        for part in parts
    )


def _dated_byline(part: str) -> bool:
    """Is `part` a post's date and author, a byline ("Posted May 2, 2024 by Some One")?"""
    return " by " in part.lower() and any(c.isdigit() for c in part) and not_a_title(part)


_THREAD_BY = "thread by "  # an unroller's heading opens so: "Thread by @someone"


def _unrollers_heading(raw: str, line: str) -> bool:
    """Is `line` (`raw` with its marks) an unroller's heading naming the thread's account,
    set as the document's own heading ("# Thread by @someone.bsky.social")? A Markdown
    level-one heading is the one its writer gave the copy, so the title, where the same
    words on a plain line are the poster's byline over the thread."""
    return raw.lstrip().startswith(_DOCUMENT_HEADING) and _unrollers_page_heading(line)


def _unrollers_page_heading(line: str) -> bool:
    """Is `line` an unroller's heading naming the thread's account ("Thread by @someone",
    "Thread by @someone on <Unroller>")?"""
    return line[: len(_THREAD_BY)].lower() == _THREAD_BY and _names_an_account(line)


def _names_an_account(line: str) -> bool:
    """Does `line` name an account by its handle, a word of its own ("@someone",
    "@name@server.example")?"""
    return any(word[:1] == "@" and HANDLE.fullmatch(word) for word in line.split())


def _site_name_above(line: str, following: str) -> bool:
    """Is the short `line` a site's name right above the review's headline ("Anime Orbit" /
    "Show Episode 7 Review: Naomi's Turn")? Or the site's name and its desk or section, set
    apart by a dash ("Anime Orbit — Reviews Desk"), each part as short as a site's name."""
    words = len(line.split())
    if words > MAX_SOURCE_WORDS and ("—" in line or "–" in line or " - " in line):
        parts = _SITE_SEPARATOR.split(line)
        if (
            len(parts) == 2
            and all(len(part.split()) <= MAX_SOURCE_WORDS for part in parts)
            and title_cased(line.split())  # (a name, not a note's "show 4 — draft (friday?)")
            and not any(char.isdigit() for char in line)  # (a newsletter's "NAME — Issue #58")
        ):
            words = max(len(part.split()) for part in parts)
    if words > MAX_SOURCE_WORDS or HEADLINE_WORDS.search(line):
        return False
    return _review_headline_over(_strip_marks(following), words)


def _review_headline_over(text: str, words: int) -> bool:
    """Is `text` a headline naming a review, of more than `words` words (longer than the
    site's name above it)?"""
    return (
        len(text.split()) > words and HEADLINE_WORDS.search(text) is not None and is_headline(text)
    )


# a post's date and time under the account's name ("2025-01-27 20:30  City")
_DATELINE = re.compile(r"^\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\b")
_MAX_DATELINE_WORDS = 5
_BELOW_DATELINE = 2  # lines looked at after the date for the headline


# a month's name, written out or cut short ("June", "Jun.", "Sept")
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# a social network's stamp on a post under its page's name: the day without its year, the
# time, perhaps who sees it ("January 31 at 9:12 PM · 🌏", "31 January at 21:12 · Public")
_SOCIAL_STAMP = re.compile(
    rf"(?:{_MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_NAME})"
    r"\s+at\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?=\s*(?:[·•]\s*\S{1,12}\s*)?$)",
    re.IGNORECASE,
)
_MAX_PAGE_NAME_WORDS = 10  # a page's name over its post's stamp ("Show PH 💊 — Anime Fan Page")


def _post_dateline(line: str) -> str | None:
    """The date of a post's date line under its account's or site's name: the line itself
    when it opens with a date ("2025-01-27 20:30  City"), or what follows the author's handle
    ("@someone · Feb 27, 2024, 11:48 PM", a blog platform's post header), or a social post's
    stamp less its audience ("January 31 at 9:12 PM" of "January 31 at 9:12 PM · 🌏"); else
    None."""
    if _DATELINE.search(line) is not None:
        return line
    if " at " in line and (stamp := _SOCIAL_STAMP.match(line)) is not None:
        return stamp.group()
    dated = _after_handle(line)
    if dated is None:
        return None
    return dated if any(c.isdigit() for c in dated) and not_a_title(dated) else None


def _site_name_above_dateline(
    line: str, dateline: str, lines: list[str], after: list[int]
) -> int | None:
    """The index of the post's headline when the short `line` is an account's or site's name
    above a post's date line, with the headline a line or two below the date ("Anime Lab" /
    "2025-01-27 20:30" / "[Translated article]" / "Show Episode 3 Review: …"); else None."""
    if len(dateline.split()) > _MAX_DATELINE_WORDS or HEADLINE_WORDS.search(dateline):
        return None
    if " at " in dateline and _SOCIAL_STAMP.fullmatch(dateline) is not None:
        # a social post's stamp: the line above is its page's name, however long a page's
        # name runs ("Some Show PH 💊 — Anime Fan Page"), when the headline under the stamp
        # names a review and the name does not
        return next((i for i in after[:_BELOW_DATELINE] if _page_name_above(line, lines[i])), None)
    return next((i for i in after[:_BELOW_DATELINE] if _site_name_above(line, lines[i])), None)


def _page_name_above(line: str, following: str) -> bool:
    """Is `line` a social page's name (no sentence, naming no review, _MAX_PAGE_NAME_WORDS at
    most) above its post's headline naming a review, longer than the name's longest part
    (its parts set apart by a dash: "Some Show PH 💊 — Anime Fan Page")?"""
    if (
        len(line.split()) > _MAX_PAGE_NAME_WORDS
        or HEADLINE_WORDS.search(line)
        or line[-1:] in ".!?:,;"
    ):
        return False
    words = max(len(part.split()) for part in _SITE_SEPARATOR.split(line))
    return _review_headline_over(_strip_marks(following), words)


# a date written out on a byline's date line ("June 22, 2023", "22 June 2023")
_WRITTEN_DATE = re.compile(
    rf"(?:\d{{1,2}}\s+)?{_MONTH_NAME}\s+\d{{1,4}}\b",
    re.IGNORECASE,
)
_MONTHS = frozenset(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
)
_MAX_BYLINE_NAME_WORDS = 4
_BELOW_BYLINE_DATE = 3  # lines looked at after a byline's date for the headline


def _byline_above_date(line: str, following: str, lines: list[str], after: list[int]) -> int | None:
    """The index of the headline when the short `line` is a writer's name alone (a byline
    pasted above the article) over a date written out, the headline below the date after
    furniture only ("Some One" / "March 3, 2024" / "Share: …" / "Show Season 2 Review: …");
    else None."""
    if (
        not (following[:1].isdigit() or following[:3].lower() in _MONTHS)
        or _WRITTEN_DATE.match(following) is None
        or not not_a_title(following)
    ):
        return None
    words = line.split()
    if (
        not 1 < len(words) <= _MAX_BYLINE_NAME_WORDS
        or not title_cased(words)
        or any(c.isdigit() or c in ":!?" for c in line)
        or HEADLINE_WORDS.search(line) is not None
    ):
        return None
    for index in after[:_BELOW_BYLINE_DATE]:
        if not_a_title(_strip_marks(lines[index])):
            continue  # a share bar, a reading time: furniture between the date and headline
        return index if _site_name_above(line, lines[index]) else None
    return None


_ISSUE_BELOW = 2  # lines under a newsletter's name looked at for its issue line (a tagline)


def _issue_line_under(line: str, lines: list[str], after: list[int]) -> int | None:
    """The index of a newsletter's issue line when the short `line` is its name over it,
    perhaps with its tagline between ("Some Letter" / "a weekly letter about anime" / "Issue
    #112 · Monday, January 13, 2025"): a masthead, and the headline comes under it. Else None.
    """
    if not _may_name_a_site(line):
        return None
    for index in after[:_ISSUE_BELOW]:
        candidate = lines[index].strip()
        if len(candidate) <= MAX_WIDGET and opens_with_issue_number(candidate):
            return index
    return None


def _blog_header_above(line: str, tagline: str, lines: list[str], after: list[int]) -> int | None:
    """The index of the post's headline when the short `line` is a blog's name over its
    tagline (a phrase, not title-cased), then the post's date, then the headline ("Some Blog" /
    "notes on fights and found family" / "Thursday, May 15, 2025" / "Show Episode 7 Review"):
    a blog theme's header and its date header; else None."""
    if len(after) < 2 or len(tagline) > _MAX_FOLLOWING:
        return None
    date = lines[after[0]].strip()
    if (
        len(date.split()) > _MAX_DATELINE_WORDS
        or not any(c.isdigit() for c in date)
        or HEADLINE_WORDS.search(date) is not None
        or not not_a_title(date)
    ):
        return None
    if title_cased(tagline.split()) or not _reads_like_headline(tagline):
        return None
    return after[1] if _site_name_above(line, lines[after[1]]) else None


def _may_name_a_board(line: str) -> bool:
    """Is `line` short enough for a site's name, perhaps with its section's ("Site Reviews",
    "Some Site — Fan Board"): each part a few words, the whole naming no review?"""
    if len(line.split()) <= MAX_SOURCE_WORDS:
        return True
    parts = _SITE_SEPARATOR.split(line)
    return (
        len(parts) == 2
        and all(len(part.split()) <= MAX_SOURCE_WORDS for part in parts)
        and HEADLINE_WORDS.search(line) is None
    )


_CRUMB_SEPARATOR = re.compile(r"[‹›»>]")


def _site_name_above_crumbs(line: str, crumbs: str, lines: list[str], after: list[int]) -> bool:
    """Is the short `line` a site's name above its breadcrumbs, with the headline under them
    ("Site Reviews" / "Anime › Winter 2024 › Show" / "Show's Premiere Is a Loud Start")? A
    page's breadcrumbs sit between its masthead and its headline, never above the masthead.
    A `line` that is one of the crumbs past the first is the page's subject, as a database
    site heads a show's page with its name ("Show" / "Anime > Show > Reviews"): no site's."""
    if not after or not is_breadcrumb(crumbs):
        return False
    if fold(line.strip()) in {fold(crumb.strip()) for crumb in _CRUMB_SEPARATOR.split(crumbs)[1:]}:
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
    return HEADLINE_WORDS.search(following) is not None and is_headline(following)


_LINK_LINE = "=>"  # gemtext's mark of a link line ("=> gemini://host/path label")
_SUBHEADING = "## "  # Markdown's and gemtext's mark of a level-two heading


def _capsule_heading_over_links(raw: str, lines: list[str], index: int) -> int | None:
    """Where the entry's "## " heading stands when the level-one heading `raw` (at `index`)
    has only link lines ("=> …") under it before that heading: a gemlog's capsule names
    itself in its "# " heading, then links home and to its other entries, then heads the
    entry ("## 2023-03-08 · Title"). The first heading is the capsule's, not the entry's."""
    if not raw.startswith(_DOCUMENT_HEADING):
        return None
    links = 0
    for below in range(index + 1, len(lines)):
        line = lines[below].lstrip()
        if not line:
            continue
        if line.startswith(_LINK_LINE):
            links += 1
            continue
        return below if links and line.startswith(_SUBHEADING) else None
    return None


def _markdown_h1_after(raw: str, following: str) -> str | None:
    """A Markdown document's "# Heading" right after the plain line `raw` (a newsletter's
    name, a note's label): the heading is the title."""
    if raw.lstrip().startswith("#") or not following.startswith("# "):
        return None
    heading = following[2:].strip()
    return heading if len(heading.split()) >= _MIN_HEADLINE_WORDS and is_headline(heading) else None


_MIN_HOST_LETTERS = 5


def _names_the_host(line: str, url: str) -> bool:
    """Is the short `line` the site's name that the address `url` under it is at ("Some Site" /
    "https://somesite.example/2025/07/…"), as a reader view copies a page's header?"""
    if len(line.split()) > _MAX_MASTHEAD_WORDS or " " in url or "://" not in url[:8]:
        return False
    letters = _letters(line)
    host = _letters(url.split("://", 1)[1].split("/", 1)[0])
    return len(letters) >= _MIN_HOST_LETTERS and letters in host


# an address at the top of a copied page, with or without its scheme: its host name
_ADDRESS_HOST = re.compile(
    r"(?:https?://)?(?:www\.)?(?P<host>(?:[a-z0-9\-]+\.)+[a-z]{2,})/\S*", re.IGNORECASE
)
_HEADLINE_BELOW = 3  # lines under the address looked at for the headline


def _masthead_over_address(line: str, address: str, lines: list[str], after: list[int]) -> bool:
    """Is `line` a site's name with its section's or its tagline beside it, over the page's
    address, with the headline under them ("Some Site — Episode of the Week" /
    "somesite.example/columns/…" / "THE HEADLINE")? The name is the host's, in full or as the
    host shortens it ("Some Site Magazine" at "somesitemag.example"); a browser tab's title
    over its address ("Some Site — Show Episode 5 Review") is no masthead: the part beside the
    name holds no number, and a headline must stand below the address."""
    parts = _SITE_SEPARATOR.split(line)
    if len(parts) != 2 or " " in address:
        return False
    name, beside = parts
    if (
        len(name.split()) > _MAX_MASTHEAD_WORDS
        or len(beside.split()) > _MAX_MASTHEAD_WORDS
        or any(c.isdigit() for c in beside)
    ):
        return False
    found = _ADDRESS_HOST.fullmatch(address)
    if found is None:
        return False
    host = found.group("host").lower()
    letters, label = _letters(name), _letters(host.split(".", 1)[0])
    if not (
        (len(letters) >= _MIN_HOST_LETTERS and letters in _letters(host))
        or (len(label) >= _MIN_HOST_LETTERS and letters.startswith(label))
    ):
        return False
    for index in after[:_HEADLINE_BELOW]:
        below = _strip_marks(lines[index])
        if not_a_title(below):
            continue
        return len(below) <= MAX_HEADLINE and _reads_like_headline(below)
    return False


def _masthead_with_issue(line: str) -> bool:
    """Is `line` a publication's masthead on one line, its name, then its issue's number
    among the parts after ("Some Society · The Weekly Letter · Issue 7 · June 2024",
    "SOME ZINE | No. 14 | Spring"), naming no review?"""
    parts = PART_SEPARATORS.split(line)
    if len(parts) == 1 and "Issue " in line:
        # a zine's name, then its issue in a clause after a comma ("SOME ZINE — fan zine,
        # Issue 14 (Spring)"; not "SOME LETTER — Issue 12", a newsletter's own headline)
        parts = _ISSUE_CLAUSES.split(line)
    return (
        len(parts) > 1
        and any(opens_with_issue_number(part) for part in parts[1:])
        and HEADLINE_WORDS.search(line) is None
    )


# a masthead's comma before its issue's clause
_ISSUE_CLAUSES = re.compile(r",\s+")


_QUOTES = '"“”'  # quotation marks around a quote set as the headline ("“Hold fast!”")


def _above_the_headline(line: str, raw: str, following: str) -> str | None:
    """Why the headline-like `line` (as written: `raw`) is not the title, given the next
    non-empty line: a site's name above its widgets or above the headline, or a line above a
    Markdown heading; None when it is the title."""
    if len(following) > _MAX_FOLLOWING:
        return None  # a paragraph follows: `line` is the title (the usual case, one test)
    if _masthead_with_issue(line):
        return "a publication's masthead, with its issue's number"
    if (line[:1] not in _QUOTES or line[-1:] not in _QUOTES) and (
        _is_masthead(line, following) or _site_name_above(line, following)
    ):
        # (a line wholly in quotation marks is a quote set as the headline, no site's name)
        return "the site's name, above its widgets or the headline"
    if following[:4].lower() == "http" and _names_the_host(line, following):
        return "the site's name, above the page's address"
    if _markdown_h1_after(raw, following) is not None:
        return "above the Markdown heading"
    if "orwarded" in following[:12] and is_forwarded_stamp(following):
        # a messenger's copy: the chat's or channel's name, then the stamp of the post
        # forwarded into it, whose own headline (if any) is under the stamp
        return "the chat's or channel's name, above a forwarded post's stamp"
    if _SECTION_LABEL.search(line) is not None and _listing_header_above(following):
        return "the header of the site's page of reviews, above the review's headline"
    if (line.isupper() or "›" in line or "»" in line or "‹" in line) and _label_over_headline(
        line, following
    ):
        return "a section's label or the page's breadcrumbs, above the headline"
    return None


# a section's label or a page's short trail of breadcrumbs: parts joined by a separator
_LABEL_PARTS = re.compile(r"\s+[·•|›»‹]\s+")
_CRUMB_MARKS = "›»‹"
_MAX_LABEL_PART_WORDS = 4


def _label_over_headline(line: str, following: str) -> bool:
    """Is `line` a section's label written in capitals, naming no review ("WEEK 3 · FALL
    HORROR WATCH"), or breadcrumbs of as few as two steps ("Reviews › Show"), right above
    a longer headline that names a review, title-cased and not in capitals (a deck under a
    headline is written as a sentence)?"""
    if not any(mark in line for mark in _CRUMB_MARKS) and HEADLINE_WORDS.search(line):
        return False
    parts = _LABEL_PARTS.split(line)
    if len(parts) < 2 or any(len(part.split()) > _MAX_LABEL_PART_WORDS for part in parts):
        return False
    following = _strip_marks(following)
    return (
        not following.isupper()
        and len(following.split()) > len(line.split())
        and title_cased(following.split())
        and HEADLINE_WORDS.search(following) is not None
        and is_headline(following)
    )


_TRAIL_STEP = re.compile(r"\s+[›»‹>]\s+")
_ASCII_STEP = " > "  # a text copy's arrow between crumbs ("Forums > Anime > …")
_MIN_ASCII_TRAIL = 3  # crumbs and headline a trail of plain ">" steps has, at least


def _may_be_trail(line: str) -> bool:
    """Does `line` have a breadcrumb's arrow between its words (cheap test before
    _headline_after_crumbs)?"""
    return "›" in line or "»" in line or "‹" in line or _ASCII_STEP in line


def _headline_after_crumbs(line: str) -> str | None:
    """The headline a page's breadcrumbs lead to, on their line: "Forums › Finished Series ›
    Show Season Review — …" gives "Show Season Review — …" (each step a few words, the
    headline longer than them all and naming a review); None for any other line.

    A text copy of a forum writes its arrows as ">" ("Forums > Current Season > Show Episode
    12 Review"); a lone ">" may compare two things in a headline ("Show > Other Show? …"),
    so a trail so written has two steps at least before the headline."""
    parts = _TRAIL_STEP.split(line)
    if len(parts) < 2:
        return None
    if len(parts) < _MIN_ASCII_TRAIL and not any(mark in line for mark in _CRUMB_MARKS):
        return None
    *crumbs, headline = parts
    words = [len(crumb.split()) for crumb in crumbs]
    if max(words) > _MAX_LABEL_PART_WORDS or len(headline.split()) <= sum(words):
        return None
    if HEADLINE_WORDS.search(headline) is None or not is_headline(headline):
        return None
    return headline


# a site's page of reviews, its header naming the show: "<Show> — Reviews", "<Show> | User
# reviews"; a review on that page has a headline of its own under it
_SECTION_LABEL = re.compile(
    r"\s[|–—\-·•:]\s+(?:(?:user|member|fan|critic|reader|community)\s+)?reviews$", re.IGNORECASE
)


def _listing_header_above(following: str) -> bool:
    """Is `following` a review's own headline (under a page of reviews' header)?"""
    following = _strip_marks(following)
    return len(following.split()) >= _MIN_HEADLINE_WORDS and is_headline(following)


_MAX_FOLLOWING = MAX_HEADLINE + 4  # "# " and marks around a headline
_SLACK = 16  # spaces around it, before it is stripped


_MIN_WRAPPED = 30  # a line wrapped by a layout is a long one
_CJK_WORD = re.compile(f"[{CJK_LETTERS}]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2}")
_MAX_WRAPPED_REST = 3  # words on the line it wraps onto
# the flair a forum or a community puts under a post's title, a word on a line of its own
_POST_FLAIRS = frozenset(
    ("discussion", "question", "rewatch", "news", "clip", "meme", "fanart", "misc", "help",
     "recommendation", "announcement", "meta", "humor", "humour", "video", "image", "writing")
)  # fmt: skip


def _wrapped_rest(lines: list[str], index: int, line: str) -> str | None:
    """The end of the headline `line` (lines[index]) when a layout wrapped it onto the very
    next line ("Show Season 2 Review: The Farm" / "Years"), a line alone, a word long (a few
    in lower case); or its subtitle, when `line` ends on the colon before it (_subtitle_under);
    else None. A deck, a byline or a date under a headline is not its end."""
    if line[-1:] == ":" and index + 1 < len(lines):
        return _subtitle_under(line, lines[index + 1].strip())
    if line[-1:].isalpha() and index + 1 < len(lines) and _ends_mid_phrase(line):
        # a headline cut on an article or a joining word ("…: The" / "Nean Who Wanted …"),
        # as a phone's copy breaks it at its narrow width: it goes on, byline or no under it
        return _subtitle_under(line, lines[index + 1].strip())
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
    if rest[0] == "(" and rest[-1] == ")":
        return None  # an aside in brackets on its own line ("(Episode 40 overall)"): no end
    if (
        _CJK_WORD.search(rest) is not None
        and _LATIN_WORD.search(rest) is None
        and _LATIN_WORD.search(line) is not None
    ):
        # a second header in the show's own script under a headline in Latin letters ("Show
        # Ep. 4" / "<the show's name in kanji> 4話"): a title of its own, not the first's end
        return None
    if rest.lower().rstrip(".") in _POST_FLAIRS:
        return None  # a forum post's flair under its title ("Discussion"), not its end
    if _SCORE_LINE.fullmatch(rest) is not None:
        # the reviewer's score on the line under the headline ("reviewer's rating: ★★★★★",
        # a chat post's header, a lower-case label short enough to pass for the headline's
        # last words): a field of the review, not the end of its title
        return None
    joined = f"{line} {rest}"
    return rest if _reads_like_headline(joined) else None


_MAX_SUBTITLE_WORDS = 8
# the words a headline never ends on: an article, a possessive, a joining word
_MID_PHRASE_WORDS = frozenset(
    ("the", "a", "an", "of", "and", "or", "with", "from", "into", "its", "their")
)


def _ends_mid_phrase(line: str) -> bool:
    """Does the headline `line` end on a word no headline ends on ("… Review: The")?"""
    last = line[line.rfind(" ") + 1 :]
    return len(last) <= 5 and last.lower() in _MID_PHRASE_WORDS


def _subtitle_under(line: str, rest: str) -> str | None:
    """`rest`, the line under the headline `line` that ends on a colon, when it is the
    headline's subtitle a layout wrapped there ("Show Episode 10 Review:" / "The Secret Is
    Out", a PDF's text with no blank line after it): a few title-cased words ending no
    sentence, no byline, date or label; else None. A headline never ends on its colon."""
    if (
        not rest
        or len(rest.split()) > _MAX_SUBTITLE_WORDS
        or rest[-1] in ".:;,"
        or not title_cased(rest.split())
        or not_a_title(rest)
    ):
        return None
    return rest if _reads_like_headline(f"{line} {rest}") else None


_MIN_WRAP_WIDTH = 50  # a line a text copy wrapped at its width is at least this long
# the separators of a list of links run on a line ("Show A review >> Show B review >> …")
_RUN_ON_SEPARATORS = (" >> ", " » ", " - ", " · ")


def _wrapped_furniture(lines: list[str], index: int, line: str) -> int:
    """How many lines right under the long furniture `line` (lines[index]) go on with its
    paragraph, which a text copy wrapped at its width with no blank line between (a cookie
    notice's "… to improve your" / "experience. Accept", a trending line's links): the first
    going on mid-sentence (in lower case or a bracket) or with the separator of the links
    `line` runs on; the rest while the line above them fills the width."""
    end = index + 1
    above = line
    while end < len(lines) and (text := lines[end].strip()) and len(above) >= _MIN_WRAP_WIDTH:
        if end == index + 1 and not (
            text[0].islower()
            or text[0] == "("
            or any(line.count(mark) >= 2 and mark in text for mark in _RUN_ON_SEPARATORS)
        ):
            break
        above = text
        end += 1
    return end - index - 1


_MIN_MENU_ITEMS = 4
_MAX_MENU_ITEM = 20
_MENU_ITEM_ENDS = frozenset(".,;:!?")


def _menu_item(line: str) -> bool:
    """A short entry of a site's menu ("News", "Winter 2024 Guide"): a headline's few words
    naming a review ("Show Review") are not one."""
    words = line.split()
    return (
        0 < len(words) <= MAX_SOURCE_WORDS
        and len(line) <= _MAX_MENU_ITEM
        and line[-1] not in _MENU_ITEM_ENDS
        and (len(words) == 1 or HEADLINE_WORDS.search(line) is None)
    )


_MIN_LIST_ITEMS = 3
_MAX_LIST_ITEM = 30
_LIST_REACH = 4  # lines of labels and furniture between a list and the headline under it
_MAX_LABEL_WORDS = 3


def _list_item(line: str) -> bool:
    """A short entry of a list of links ("Some Show S2"), naming no review, not furniture."""
    words = line.split()
    return (
        0 < len(words) <= _MAX_MASTHEAD_WORDS
        and len(line) <= _MAX_LIST_ITEM
        and line[-1] not in _MENU_ITEM_ENDS
        and any(c.isalpha() for c in line)
        and HEADLINE_WORDS.search(line) is None
        and not not_a_title(line)
    )


def _headline_under_list(lines: list[str], index: int, line: str) -> int | None:
    """The index of the headline when the short `line` (lines[index]) opens a list of links,
    an item a line with no blank line between (a site's tags or its trending shows:
    "Other Show" / "Some Show S2" / "Third Show"), that a headline naming a review follows,
    perhaps after a short label and furniture ("First Impressions" / "Posted 07/19/2025 · by
    …"); else None. A title is one line, not the first of a list."""
    if not _list_item(line):
        return None
    end = index + 1
    while end < len(lines) and lines[end] and _list_item(lines[end].strip()):
        end += 1
    if end - index < _MIN_LIST_ITEMS:
        return None
    longest = max(len(lines[i].split()) for i in range(index, end))
    found = _line_past(lines, end, _LIST_REACH, _furniture_or_label)
    if found is None:
        return None
    at, text = found
    named = HEADLINE_WORDS.search(text) is not None
    longer = len(text.split()) > max(longest, _MAX_LABEL_WORDS)
    return at if named and longer and is_headline(text) else None


# a listed review's score closing its line: "… review - 7/10", "… Review: 8.5/10"
_LISTED_SCORE = re.compile(r"\s[-–—:|·]\s*\d{1,2}(?:\.\d)?\s*/\s*10")
_LISTED_SCORE_REACH = 12  # the characters ending a listed line that its score is looked for in


def _headline_under_scored_list(lines: list[str], index: int) -> int | None:
    """The index of the headline under a list of other reviews' headlines, each with its score
    and on a line of its own with no blank line between ("Other Show episode 12 review - 9/10"
    / "Some Film review - 7/10", a site's trending or latest reviews copied above the page's
    headline), perhaps after its breadcrumbs and furniture; else None. A title is one line,
    not a stack of scored ones."""
    end = index
    while end < len(lines) and lines[end]:
        item = lines[end].strip()
        score = _LISTED_SCORE.search(item, max(0, len(item) - _LISTED_SCORE_REACH))
        if score is None or score.end() != len(item):
            return None
        end += 1
    if end - index < 2:
        return None
    found = _line_past(lines, end, _LIST_REACH, _furniture_or_label)
    if found is None:
        return None
    at, text = found
    return at if HEADLINE_WORDS.search(text) is not None and is_headline(text) else None


_HEADING_REACH = 6  # short lines a copy's note and fields take above a Markdown heading


def _review_heading_below(lines: list[str], start: int) -> tuple[int, str] | None:
    """(its index, its text) of a Markdown level-one heading naming a review within the few
    lines from `start`, each above it short (a copy's note, a field: "**Series:** Show") and
    none a heading; else None."""
    looked = 0
    for index in range(start, len(lines)):
        raw = lines[index]
        if not raw:
            continue
        if raw[:2] == "# ":
            text = raw[2:].strip()
            named = HEADLINE_WORDS.search(text) is not None
            return (index, text) if named and is_headline(text) else None
        looked += 1
        if looked > _HEADING_REACH or raw[:1] == "#":
            return None
        if len(raw) > MAX_HEADLINE and raw.count("](") < _MIN_LINKS_ROW:
            return None  # a paragraph (a row of links, a page's navigation, is no text)
    return None


# a federated forum's community named by its address, as its page's heading shows it
# ("!mecha@lemmy.example"): the community, not a post
_COMMUNITY_ADDRESS = re.compile(r"![\w.-]{2,60}@[\w-]+(?:\.[\w-]+)+")
_SIDEBAR_REACH = 30  # lines of a community's sidebar (counts, description, pinned notes)


def _post_heading_under_community(lines: list[str], index: int, line: str) -> int | None:
    """The index of a post's own Markdown heading under the Markdown heading `line` at
    `index` that names a federated forum's community ("# !mecha@lemmy.example"): a copy of
    the post's page opens with the community's heading and sidebar (its counts, its
    description, a moderator's pinned note), then the post's title as a lower heading
    ("## [Review] Show finale — …"). None when `line` names no community or no such heading
    follows within the sidebar's reach."""
    if _COMMUNITY_ADDRESS.fullmatch(line) is None:
        return None
    for below in range(index + 1, min(len(lines), index + 1 + _SIDEBAR_REACH)):
        raw = lines[below]
        if raw[:1] != "#":
            continue
        if raw[:2] == "# " or _MARKDOWN_HEADING.match(raw) is None:
            return None  # another page's heading, or a hashtag: no post under the community
        return below if is_headline(raw.lstrip("#").strip()) else None
    return None


_MIN_LINKS_ROW = 5  # Markdown links on a line of a page's navigation ("Episodes: [1](…) …")


def _furniture_or_label(text: str) -> bool:
    """Is `text` furniture, or a section's label ("First Impressions")?"""
    return not_a_title(text) or (
        len(text.split()) <= _MAX_LABEL_WORDS
        and len(text) <= MAX_KICKER
        and HEADLINE_WORDS.search(text) is not None
    )


def _section_label_above(lines: list[str], index: int, line: str) -> bool:
    """Is the short `line` (lines[index]) a section's label naming a kind of review ("First
    Impressions", "Episode Reviews"), with, under it after furniture only (a byline, a date,
    a count of comments), a longer headline that says it too?"""
    words = _significant_words(line)
    if len(line.split()) > _MAX_LABEL_WORDS or not words or HEADLINE_WORDS.search(line) is None:
        return False
    found = _line_past(lines, index + 1, _LIST_REACH)
    if found is None:
        return False
    text = found[1]
    return (
        len(text.split()) > len(line.split())
        and words <= _significant_words(text)
        and is_headline(text)
    )


def _may_name_a_site(line: str) -> bool:
    """Is `line` short enough for a site's name, and naming no review or episode?"""
    return len(line.split()) <= _MAX_MASTHEAD_WORDS and HEADLINE_WORDS.search(line) is None


def _menu_under(lines: list[str], index: int, line: str) -> int:
    """How many lines right under the short `line` (lines[index]) are its site's menu, copied
    an item a line with no blank line between ("AnimeSite" / "News" / "Reviews" / "Features" /
    "Podcast"): at least _MIN_MENU_ITEMS, else 0.

    A site named for what it publishes ("Moonwatch Recaps", "Orbit Reviews") says a review's
    word too: without a number, and with a longer headline naming a review under the menu,
    past furniture only (a trending line, breadcrumbs), it is the site's name all the same."""
    if len(line.split()) > _MAX_MASTHEAD_WORDS:
        return 0
    named = HEADLINE_WORDS.search(line) is not None
    if named and any(c.isdigit() for c in line):
        return 0
    count = 0
    for text in lines[index + 1 :]:
        if not _menu_item(text.strip()):
            break
        count += 1
    if count < _MIN_MENU_ITEMS:
        return 0
    if named:
        found = _line_past(lines, index + 1 + count, _LIST_REACH)
        if found is None or not _review_headline_over(found[1], len(line.split()) + 1):
            return 0
    return count


_MAX_NAV_ITEMS = 8


def _drop_navigation_under(draft: Draft, lines: list[str], control: int) -> None:
    """Blank the rest of a site's or an app's navigation, copied an item a line right under
    its control or the platform's name (lines[control]: "Mastodon" / "Explore" / "Live feeds"
    / "Back"): every line to the next blank line a short menu item, else none of them."""
    end = control + 1
    while end < len(lines) and lines[end]:
        if end - control > _MAX_NAV_ITEMS or not _menu_item(lines[end].strip()):
            return
        end += 1
    for index in range(control + 1, end):
        draft.explain("title", f"ignored {lines[index].strip()!r}: the site's navigation")
        lines[index] = ""


_FLAIR_REACH = 2  # lines looked at under a headline for its flair


def _drop_flair_under(draft: Draft, lines: list[str], start: int) -> None:
    """Blank a forum post's flair ("Discussion"), a line alone among the first lines under its
    headline: a label of the post, not the body's opening (nor an episode's title)."""
    for index in range(start, min(start + _FLAIR_REACH, len(lines))):
        text = lines[index].strip()
        if not text:
            continue
        if text.lower() in _POST_FLAIRS and not (index + 1 < len(lines) and lines[index + 1]):
            draft.explain("title", f"ignored {text!r}: the post's flair")
            lines[index] = ""
        return


_MAX_BAR_LABEL = 40  # characters a bar's label ("Trending on <Site>:") runs to
_MAX_BAR_ITEM_WORDS = 10
_BAR_HEADING_REACH = 6  # lines from a bar to the heading under it (blank, or a rule)
_RULE_LINE = re.compile(r"\s*(?:[-*_]\s*){3,}")


def _labelled_bar_over_heading(lines: list[str], index: int, line: str) -> bool:
    """Is `line` a site's labelled bar of other pages ("Trending: <Show> Ep 2 (8/10) ·
    <Show> S2 finale · …"), a label then three or more short items set apart by dots or
    bars, with a Markdown heading that reads like a headline under it (a rule between at
    most)? Copied from a page, it stands above the article's headline, and is no text."""
    label, colon, rest = line.partition(":")
    if not colon or not any(c.isalpha() for c in label) or len(label.split()) > 5:
        return False
    parts = PART_SEPARATORS.split(rest.strip(" *_"))
    if len(parts) < MIN_BAR_PARTS or any(
        not p.strip() or len(p.split()) > _MAX_BAR_ITEM_WORDS for p in parts
    ):
        return False
    for later in range(index + 1, min(len(lines), index + 1 + _BAR_HEADING_REACH)):
        text = lines[later]
        if not text.strip() or _RULE_LINE.fullmatch(text):
            continue  # blank lines and a rule between
        return _MARKDOWN_HEADING.match(text) is not None and _reads_like_headline(
            _strip_marks(text.lstrip().lstrip("#")), heading=True
        )
    return False


def _look_further(lines: list[str], seen: list[int]) -> None:
    """Append the index of the next non-empty line after seen[-1], if any."""
    for index in range(seen[-1] + 1, len(lines)):
        if lines[index]:
            seen.append(index)
            return


def _look_past(lines: list[str], seen: list[int], end: int) -> None:
    """Append the indexes of the next non-empty lines until one at `end` or after is seen (or
    none is left): the lines a dropped block stood on are passed over."""
    while seen[-1] < end and len(seen) < len(lines):
        before = len(seen)
        _look_further(lines, seen)
        if len(seen) == before:
            return


def _blank(lines: list[str], start: int, end: int) -> int:
    """Blank lines[start:end], a block that is no headline; how many of them held text."""
    held = 0
    for index in range(start, end):
        if lines[index]:
            held += 1
            lines[index] = ""
    return held


# a forwarded e-mail's subject: "Fwd: …", "Fw: …", "FW: …"
_FORWARDED = re.compile(r"fwd?\s*:", re.IGNORECASE)


def _forwarded_headline(lines: list[str], seen: list[int], subject_at: int) -> str | None:
    """The headline of the text a forwarded e-mail carries: a line of `seen` under its
    subject (lines[subject_at]), set apart by blank lines, capitalised, reading as a headline
    that names a review ("Show — Episode 3 Review: …"), whose subject is the forwarder's
    words on the mail ("Fwd: my post for the club"), not the article's title; None when no
    line is one."""
    for index in seen:
        if index <= subject_at + 1 or index + 1 >= len(lines):
            continue
        if lines[index - 1].strip() or lines[index + 1].strip():
            continue
        line = lines[index].strip()
        if line[:1].isupper() and HEADLINE_WORDS.search(line) is not None and is_headline(line):
            return line
    return None


# an e-mail's header as a Markdown copy of the mail bolds its name: "**From:** Name <a@b>"
_MARKED_HEADER_NAME = re.compile(
    r"(?P<mark>[*_]{1,3})(?P<name>[A-Za-z][A-Za-z-]{0,8}\s*:)(?P=mark)"
)


def _header_line(raw: str) -> str:
    """`raw` without the Markdown emphasis a copy of an e-mail sets its header in: around the
    whole line ("**Subject: Show Episode 4 Review**") or around its name ("**Subject:** …");
    the marks are the copy's, the header is the mail's."""
    line = raw.strip()
    if line[:1] not in "*_":
        return line
    named = _MARKED_HEADER_NAME.match(line)
    if named is not None:
        return named.group("name") + line[named.end() :]
    return _strip_marks(line)


def _mail_subject_in(lines: list[str], seen: list[int]) -> str | None:
    """The subject of an e-mail saved with its headers (the first lines are furniture up to
    a "Subject: …" header): its title. `seen` then takes the lines up to _LOOK_AT_LINES, so a
    headline repeating the subject further down is found."""
    start = 1 if seen and is_forward_banner(lines[seen[0]].strip()) else 0
    if len(seen) <= start or not is_mail_header(_header_line(lines[seen[start]])):
        return None  # an e-mail saved with its headers opens with one (after a forward's banner)
    for index in seen:
        line = _header_line(lines[index])
        subject = mail_subject(line)
        if subject is not None:
            if _reads_like_headline(subject) and not not_a_title(subject):
                while len(seen) < _LOOK_AT_LINES and len(seen) < len(lines):
                    before = len(seen)
                    _look_further(lines, seen)
                    if len(seen) == before:
                        break
                if subject[:2].lower() == "fw" and _FORWARDED.match(subject) is not None:
                    return _forwarded_headline(lines, seen, index) or subject
                return subject
            return None
        if not not_a_title(line) and not is_mail_header_field(line):
            return None
    return None


_SUBSCRIBE_TO = "ubscribe to "  # after an "S" or an "s"
_THANKS_FOR_READING = "hanks for reading "  # after a "T" or a "t"


def _subscribed_to(text: str, line: str) -> bool:
    """Is `line` the publication's name, as a "Subscribe to <name>" or "Thanks for reading
    <name>!" line of the text says?"""
    if not _may_name_a_site(line):
        return False  # a publication's name is short, and says nothing of a review
    name = fold(line)
    # (a newsletter platform's foot: "Thanks for reading <name>! Subscribe for free…")
    return _named_after(text, _SUBSCRIBE_TO, "Ss", name) or _named_after(
        text, _THANKS_FOR_READING, "Tt", name, until="!"
    )


def _named_after(text: str, phrase: str, capitals: str, name: str, until: str = "") -> bool:
    """Does a line of `text` give `name` (folded) right after `phrase` (whose first letter,
    before it, is one of `capitals`), up to the line's end, or to its first `until`?"""
    at = text.find(phrase)
    while at > 0:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        start = at + len(phrase)
        stop = text.find(until, start, end) if until else end
        if text[at - 1] in capitals and stop > 0 and fold(text[start:stop]) == name:
            return True
        at = text.find(phrase, end)
    return False


def _under_a_tagline(lines: list[str], index: int) -> tuple[int, str] | None:
    """(the index of the line right under line `index`, the next line after the blank line
    that follows it) when that line stands alone before a blank line, as a publication's
    tagline stands under its name; else None."""
    tagline = index + 1
    if tagline + 2 >= len(lines) or not lines[tagline] or lines[tagline + 1]:
        return None
    after = next((i for i in range(tagline + 2, len(lines)) if lines[i]), None)
    return None if after is None else (tagline, lines[after])


def _tagline_under(lines: list[str], index: int) -> int | None:
    """The index of a publication's tagline: the line right under its name (line `index`),
    alone before a blank line, when a headline comes after that blank line."""
    found = _under_a_tagline(lines, index)
    if found is None:
        return None
    tagline, after = found
    headline = _strip_marks(after)
    return tagline if _reads_like_headline(headline) and not not_a_title(headline) else None


# what a theme prints over its menu, copied with it: a toggle's label
_MENU_TOGGLES = frozenset(("menu", "main menu", "navigation", "toggle navigation", "open menu"))


def _tagline_over_headline(tagline: str, after: str) -> bool:
    """Is `tagline`, the line under a site's name, its tagline ("thoughts on anime, one episode
    at a time"), with the review's headline right under it? A tagline is written as a phrase,
    not title-cased; the headline under it is title-cased and names a review."""
    if not tagline or title_cased(tagline.split()) or not _reads_like_headline(tagline):
        return False
    headline = _strip_marks(after)
    return (
        title_cased(headline.split())
        and HEADLINE_WORDS.search(headline) is not None
        and is_headline(headline)
    )


# a line written in Japanese, Chinese or Korean script only (kana, kanji, hangul, their marks):
# under a name in Latin letters, a work's original title ("Show Name" / "ショーの名前"), as a
# database heads a show's page, where a site's tagline is a phrase in the site's language
_NATIVE_TITLE = re.compile(
    f"[{CJK_LETTERS}\uff10-\uff9f]"  # (and full-width digits, letters and halfwidth kana)
    f"[\u3000-\u303f{CJK_LETTERS}\uff01-\uff9f !?:・]{{0,60}}"
)


def _tagline_above_menu(text: str, lines: list[str], index: int) -> int | None:
    """The index of a site's tagline when the short `line` (lines[index]) is the site's name
    with its tagline under it, then, after a blank line, its menu: a toggle's label ("Menu"),
    a navigation bar ("The Long Read" / "essays and asides" / "" / "Menu" / "Home  About") or
    its items a line each ("Home" / "Episode Reviews" / "About" / "Ko-fi"); else None. A
    blog's theme lays its header out so, above the post's headline. A line in Japanese, Chinese
    or Korean script only under a name in Latin letters is no tagline but the work's original
    title, as a database heads a show's page over its tabs: the name is the page's title."""
    found = _under_a_tagline(lines, index)
    if found is None:
        return None
    tagline, menu = found
    if lines[index].isascii() and _NATIVE_TITLE.fullmatch(lines[tagline].strip()) is not None:
        return None  # a work's original title under its name (a database's page), no tagline
    line = menu.strip()
    if line.lower() in _MENU_TOGGLES or written_as_nav_bar(text, line):
        return tagline
    return tagline if _menu_listed(lines, tagline + 2) else None


def _menu_listed(lines: list[str], start: int) -> range | None:
    """The lines of a site's menu listed an item a line from the first non-empty line at or
    after `start` to a blank line (at least _MIN_MENU_ITEMS entries of a few words, none
    ending a sentence), else None. Its sections may name reviews ("Episode Reviews"): several
    such lines in a row are a menu, where a headline is one line."""
    first = next((i for i in range(start, len(lines)) if lines[i]), len(lines))
    end = first
    while end < len(lines) and lines[end]:
        text = lines[end].strip()
        if (
            len(text.split()) > MAX_SOURCE_WORDS
            or len(text) > _MAX_MENU_ITEM
            or text[-1:] in _MENU_ITEM_ENDS
        ):
            return None
        end += 1
    return range(first, end) if end - first >= _MIN_MENU_ITEMS else None


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
        len(line) > 2
        and line[0] in "*_"
        and not line[1].isspace()
        and (
            line[-1] == line[0]
            # ...with an aside after it: "*Show Episode 1 Thoughts* (no spoilers past ep 1)"
            or (line[-1] in ")]" and _EMPHASIS_THEN_ASIDE.fullmatch(line) is not None)
        )
    )


def _marked_headline_in_chat(lines: list[str], after: int) -> int | None:
    """The index of the first message after line `after` of a chat export that opens with a
    marked headline (bold or a Markdown heading); else of the first unmarked one set apart
    as a paragraph of its own over a long one, naming a review ("Show Episode 16 review: …",
    a long post's headline under a line of chatter), or opening a message over its text;
    else None."""
    header_above = False
    unmarked: int | None = None
    for index, line in _chat_lines(lines, after + 1):
        if chat_header(line):
            header_above = True
            continue
        if header_above and _opens_marked(line):
            headline = _strip_marks(line)
            if (
                _reads_like_headline(headline)
                and not not_a_title(headline)
                and is_review_heading(headline) is None  # "**My take**": a section's heading
            ):
                return index
        elif unmarked is None and _headline_paragraph(lines, index, line):
            unmarked = index
        elif unmarked is None and header_above and _message_headline(lines, index, line):
            # a later message opening with an unmarked headline over its own text (a
            # channel's post, under its earlier chatter): "Show — First Impressions" / its
            # paragraphs, the same message
            unmarked = index
        elif _opens_marked(line) and _headline_over_post(
            lines, index, _strip_marks(line), blank_under=False, reach=_POST_REACH
        ):
            # a marked headline naming a review, inside a message, over its post (perhaps
            # under a short note first: "||Spoilers from here.||")
            return index
        elif unmarked is None and _opens_marked(line) and _marked_paragraph_over_post(lines, index):
            return index  # "*Show Episode 9 Recap*", a line of its own, a note, then the post
        header_above = False
    return unmarked


_MIN_POST_PARAGRAPH = 120


def _chat_lines(lines: list[str], start: int) -> Iterator[tuple[int, str]]:
    """(index, stripped line) of the first _CHAT_LOOK non-empty lines from line `start`."""
    looked = 0
    for index in range(start, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        looked += 1
        if looked > _CHAT_LOOK:
            return
        yield index, line


_MAX_BLANKS_UNDER = 3  # a post set apart from its headline opens within 3 lines under it


def _headline_over_post(
    lines: list[str], index: int, text: str, *, blank_under: bool, reach: int = 1
) -> bool:
    """Is `text` (the words of lines[index]) a headline naming a review over a long post: on
    the next line, or after a blank line (`blank_under`)? With a `reach` of more than one,
    the post may open with shorter lines right under the headline, a long one among its
    first `reach` lines. Set apart, it may be by more than one blank line (an underline
    of dashes under a heading, dropped as a rule, leaves one more). The post may open with
    its first section's heading ("RECAP", "Review"), its long text under it."""
    post = index + 2 if blank_under else index + 1
    if blank_under:
        while post < len(lines) and not lines[post] and post < index + _MAX_BLANKS_UNDER:
            post += 1
    if post < len(lines) and len(lines[post]) < _MIN_POST_PARAGRAPH:
        opening = lines[post].strip()
        if opening and is_section_heading(opening):
            reach += 1
    return (
        post < len(lines)
        and not (blank_under and lines[index + 1])
        and bool(lines[post])
        and _long_line_within(lines, post, reach)
        and HEADLINE_WORDS.search(text) is not None
        and _reads_like_headline(text)
        and not not_a_title(text)
    )


def _long_line_within(lines: list[str], start: int, reach: int) -> bool:
    """Is one of the first `reach` non-empty lines from lines[start] a long paragraph
    (_MIN_POST_PARAGRAPH): a post's text, perhaps after a short note or remark?"""
    looked = 0
    for line in lines[start:]:
        if not line:
            continue
        if len(line) >= _MIN_POST_PARAGRAPH:
            return True
        looked += 1
        if looked >= reach:
            return False
    return False


def _headline_paragraph(lines: list[str], index: int, line: str) -> bool:
    """Is `line` (lines[index]) a paragraph of its own that names a review and reads like a
    headline, with a long paragraph right under it?"""
    return not lines[index - 1] and _headline_over_post(lines, index, line, blank_under=True)


_POST_REACH = 2  # the post under a marked headline, perhaps under a short note ("Spoilers…")


def _marked_paragraph_over_post(lines: list[str], index: int) -> bool:
    """Is lines[index], marked, a paragraph of its own naming an episode or a season ("*Show
    Episode 9 Recap*") that reads like a headline, with a long paragraph under it, perhaps
    after a short note (a spoiler warning)?"""
    if lines[index - 1] or index + 1 >= len(lines) or lines[index + 1]:
        return False
    text = _strip_marks(lines[index])
    if EPISODE_MARKER_TEXT.search(text) is None and "season" not in text.lower():
        return False
    if HEADLINE_WORDS.search(text) is None or not _reads_like_headline(text) or not_a_title(text):
        return False
    return _long_line_within(lines, index + 2, _POST_REACH)


_MESSAGE_HEADLINE_ENDS = frozenset(".,;:!?…)")
# a headline's aside in brackets at its end: "Show ep 7 review (spoilers obv)", "[no spoilers]"
_TRAILING_ASIDE = re.compile(r"\s[(\[][^()\[\]\n]{1,60}[)\]]$")


def _message_headline(lines: list[str], index: int, line: str) -> bool:
    """Is `line` (lines[index], a chat message's first line) its headline, unmarked: a line
    naming a review ("Show Episode 1 first impressions"), with no stop at its end (an aside in
    brackets after it aside: "(spoilers obv)"), right over the long text of the same message
    (a team chat's export, the post on the next line or after a short remark; a chat's message
    setting its paragraphs apart, after a blank line), or the whole message, right over the
    next one's long text?"""
    ending = line
    if line[-1:] in ")]" and (aside := _TRAILING_ASIDE.search(line)) is not None:
        ending = line[: aside.start()].rstrip()
    return (
        ending[-1:] not in _MESSAGE_HEADLINE_ENDS
        and (
            # (its first line may be a short remark before the long text: "ok, finally got to
            # this one" over the post's paragraphs)
            _headline_over_post(lines, index, line, blank_under=False, reach=_POST_REACH)
            # ...or set apart from the long text by a blank line, in the same message, opening
            # as a headline does, not as chat ("honestly the episode was fine" over the post)
            or (line[:1].isupper() and _headline_over_post(lines, index, line, blank_under=True))
            # ...or over a few short lines of the same message (an aside, a verdict) before its
            # text, perhaps wrapped as a plain-text export wraps it ("(= its English name)" /
            # "" / "Tl;dr: 4/5" / "" / the post's paragraphs, a line of 110 characters each)
            or (
                line[:1].isupper()
                and HEADLINE_WORDS.search(line) is not None
                and _post_in_message(lines, index + 1)
                and _reads_like_headline(line)
                and not not_a_title(line)
            )
            # ...or a message of its own, right over the writer's next message, the post: a
            # headline posted first, the post typed out under its own header minutes later; it
            # opens as a headline does, not as chat ("ok frieren episode 27 thoughts, since …")
            or (
                line[:1].isupper()
                and (header := _next_message_header(lines, index)) is not None
                and _headline_over_post(lines, header, line, blank_under=False)
            )
        )
    )


_MESSAGE_LEAD_LINES = 3  # a message's short lines (an aside, a tl;dr) above its text
_MIN_WRAPPED_LINE = 72  # a paragraph's line wrapped at a fixed width (a plain-text export's)
_MAX_LEAD_LIST_ITEMS = 8  # the items of a short list in a message's lead (a cast's few names)


def _post_in_message(lines: list[str], start: int) -> bool:
    """Does the message go on from lines[start] with its long text (_MIN_POST_PARAGRAPH: a
    line, or a paragraph wrapped in lines of _MIN_WRAPPED_LINE or more), within
    _MESSAGE_LEAD_LINES short lines, no chat message's header before it, nor a marked headline
    (which heads the post, the line above it chatter)? A short list under its label among
    them ("quick cast refresher:" / "Name (Actor)" a line each, up to a blank line) is one."""
    looked = 0
    items = 0  # the label's items still to pass, uncounted (0: no list under way)
    for at in range(start, len(lines)):
        line = lines[at]
        if not line:
            items = 0  # (the list ends with its paragraph)
            continue
        if len(line) >= _MIN_POST_PARAGRAPH:
            return True
        following = lines[at + 1] if at + 1 < len(lines) else ""
        if len(line) >= _MIN_WRAPPED_LINE and len(line) + len(following) >= _MIN_POST_PARAGRAPH:
            return True
        line = line.strip()
        if chat_header(line) or _opens_marked(line):
            return False
        if items:
            items -= 1
            continue  # an item of the list its label counted
        looked += 1
        if looked > _MESSAGE_LEAD_LINES:
            return False
        if line[-1:] == ":" and following:
            items = _MAX_LEAD_LIST_ITEMS  # a label over its list's items, on the lines under it
    return False


# what a team chat shows under a message that opened a thread, its replies copied under it:
# "↳ Thread (6 replies)", "View thread", "↳ 6 replies" (a bare "6 replies" is a comments
# section's heading, which the boilerplate drops with what follows)
_THREAD_OPENED = re.compile(
    r"[↳↪]?\s*(?:view\s+)?thread(?:\s*\(\s*\d{1,4}\s+repl(?:y|ies)\s*\))?"
    r"|[↳↪]\s*\d{1,4}\s+repl(?:y|ies)",
    re.IGNORECASE,
)


def _next_message_header(lines: list[str], index: int) -> int | None:
    """The index of the chat header after a blank line under lines[index], a message of its
    own, perhaps across the line a team chat shows under a message opening a thread ("↳
    Thread (6 replies)" / "" / "Name  5:44 PM", the thread's first reply); else None."""
    if index + 2 >= len(lines) or lines[index + 1]:
        return None
    following = lines[index + 2].strip()
    if chat_header(following):
        return index + 2
    if _THREAD_OPENED.fullmatch(following) is None:
        return None
    header = next((at for at in range(index + 3, len(lines)) if lines[at]), None)
    return header if header is not None and chat_header(lines[header].strip()) else None


_EXPORT_HEADER = re.compile(
    # (a Matrix client's export names its room: "Room: #name:server", "Room topic: …")
    r"(?:guild|server|channel|room|topic|after|before|group|chat|exported|members"
    # a pinned message, perhaps with who pinned it: "Pinned by some_mod: Post one review…"
    r"|pinned(?:\s+by\s+@?[\w.-]{1,40})?"
    r"|participants|(?:export(?:ed)?\s+|date\s+)?(?:range|period)|filter(?:ed)?"
    # which messages it holds, perhaps in a few words: "Messages filtered to: pinned"
    r"|messages(?:\s+[a-z]+){0,2}"
    # a team chat's workspace, perhaps with who exported it ("Workspace: Some Team · exported
    # by @name")
    r"|workspace|team"
    # a team chat's channel's purpose or description ("Channel purpose: the Friday chat")
    r"|(?:(?:channel|room)\s+)?(?:purpose|description|topic))\s*:\s*\S.{0,200}"
    # when and by what it was exported, unlabelled: "Exported 2024-01-19 from SomeExporter",
    # "Exported on Jan 19, 2024", "Exported by SomeTool"
    r"|exported\s+(?:(?:on|at)\s+)?(?:\d|(?:from|by|with|via|using)\s)[^\n]{0,200}"
    # the channel's name under a banner, perhaps with what was exported: "#channel (messages
    # from Jul 26, 2024)"
    r"|#[\w.-]{1,80}(?:\s+\([^()\n]{1,80}\))?"
    # what the export is, perhaps then how many messages and in what form: "Channel export ·
    # 40 messages · HTML"
    r"|(?:chat|conversation|group|channel)\s+export(?:\s*[·•|]\s*[^\n]{1,80})?",
    re.I,
)
_EXPORT_OPENERS = ("guild", "server", "channel")
# a messenger's export banner over its header: "Some Messenger — Chat export", "Chat history"
_EXPORT_BANNER = re.compile(
    r"(?:[^\n]{1,40}\s[—–\-|:·]\s*|(?-i:[A-Z])[\w.-]{1,20}\s+)?(?:(?:chat|conversation|group|channel|message)s?\s+"
    r"(?:export(?:ed)?|history|log|archive)"
    # ...then the chat's name: "Somemessenger chat export — "Group Name""
    r"(?:\s+[—–\-|:·]\s+[\"“'«][^\n\"”'»]{1,60}[\"”'»])?"
    # ...or the words the other way round, perhaps then the days it covers: "Some Group
    # (Somemessenger group) — exported chat, 3 Mar 2025 – 9 Mar 2025"
    # ...or where from: "Exported from #channel (Some server)", "Exported from #channel —
    # Some Server (Someapp)"
    r"|exported\s+from\s+#[\w.-]{1,80}(?:\s+[—–\-|·]\s+[^()\n]{1,60}?)?(?:\s+\([^()\n]{1,80}\))?"
    r"|export(?:ed)?\s+(?:chat|conversation|group|channel|message)s?"
    r"(?:\s*[,:(]\s*(?:\d|(?:from|since|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s)"
    r"[^\n]{0,60})?"
    # a team chat's own banner, then its workspace (and channel): "Someapp export — workspace:
    # team-name · channel: #name"
    r"|(?-i:[A-Z])[\w.-]{1,20}\s+export(?:\s+[—–\-|:·]\s+(?:workspace|team|server|channel)"
    r"\s*:\s*\S{1,60}){1,3}"
    # a channel's name, and when it was exported: "#anime-talk, exported 2025-03-05", perhaps
    # with its server's or workspace's: "#anime-talk — Some Server (exported 2025-03-05)",
    # "#anime-talk | Some workspace | exported from Someapp, Oct 2023"
    r"|#[\w.-]{1,80}\s*[,—–\-|:·]\s*(?:[^\n()]{1,60}?(?:\s*\(\s*|\s+[,—–\-|:·]\s*))?"
    r"exported\s[^\n()]{1,60}\)?"
    # ...or what exported it, perhaps then when: "#anime-talk | Someapp export | Oct 27, 2023 –
    # Oct 28, 2023", "#anime-talk — Someapp export"
    # "#anime-talk · Someapp thread export"
    r"|#[\w.-]{1,80}\s*[—–\-|:·]\s*(?-i:[A-Z])[\w.-]{1,20}\s+(?:(?:thread|channel)\s+)?export"
    r"(?:\s*[,—–\-|:·]\s*[^\n]{1,60})?"
    # the exporter's tag in brackets, alone or with the header's first labelled field on its
    # line: "[Someapp export]", "[Chat export] Server: Some Server · Channel: #name"
    r"|\[(?:[\w.-]{1,20}\s+)?(?:chat\s+)?export(?:ed)?\]"
    r"(?:\s+(?:guild|server|channel|group|chat|workspace|team)\s*:\s*\S[^\n]{0,200})?)",
    re.IGNORECASE,
)


def _is_export_banner(line: str) -> bool:
    lowered = line.lower()
    return (
        "export" in lowered or "history" in lowered or " log" in lowered or "archive" in lowered
    ) and (_EXPORT_BANNER.fullmatch(line) is not None)


# a team chat's channel copied as text: its name ("# channel-name"), then what the app shows
# under it ("⭐ 23 members · Topic: …")
_CHANNEL_NAME = re.compile(r"#\s?[\w.-]{1,80}")
_CHANNEL_DETAILS = re.compile(
    r"[^\w\n]{0,4}\s*(?:\d[\d,.]*\s*k?\s+members?\b|topic\s*:)[^\n]*", re.IGNORECASE
)


# a line saying what exported a channel's messages, among other details: "Pinned posts ·
# exported via sometool 1.2 · 9 messages", "exported by somebot, 40 messages"
_EXPORT_NOTE = re.compile(
    r"(?:[^\n]{0,60}[·•|,—–]\s*)?exported\s+(?:via|by|from|with|using)\s[^\n]{1,120}",
    re.IGNORECASE,
)


# a messenger channel's header as a copy of it shows it, under the channel's name: its kind and
# how many follow it ("channel · 24,318 subscribers", "Public channel · 1.2K subscribers")
_CHANNEL_COUNT = re.compile(
    r"(?:(?:public|private)\s+)?(?:channel|group)\s*[·•|,]\s*\d[\d,.]*\s*[km]?\s+"
    r"(?:subscribers?|members?|followers?)\b[^\n]{0,80}",
    re.IGNORECASE,
)


def _without_emphasis(line: str) -> str:
    """`line` without the emphasis around words inside it: a Markdown copy of an export's
    banner bolds the channel's name ("**#channel** — Some Server (exported 2025-03-05)")."""
    return _INLINE_EMPHASIS.sub(r"\g<text>", line) if "*" in line or "_" in line else line


def _unbracketed(line: str) -> str:
    """A (stripped) header `line` without the square brackets a plain-text export sets it in
    ("[Exported from #channel — Some Server]", "[Channel topic: …]"), else `unframed(line)`."""
    if line[:1] == "[" and line[-1:] == "]" and "]" not in line[1:-1]:
        return line[1:-1].strip()
    return unframed(line)


# lines a copied channel shows between its name and its first message: its description, its
# members, a day's divider ("Today")
_MAX_CHANNEL_CHROME = 3


def _channel_chrome_lines(lines: list[str], seen: list[int]) -> int:
    """How many of the first lines are a copied channel's name and the lines under it, up to
    its first message's header: 0 unless that header comes within _MAX_CHANNEL_CHROME lines
    of the name and none of them is a paragraph (a line longer than a title's). (A name right
    over the header is no header of lines: the name alone is furniture already.)"""
    for position in range(1, min(len(seen), _MAX_CHANNEL_CHROME + 2)):
        line = lines[seen[position]].strip()
        if chat_header(line):
            return position if position > 1 else 0
        if len(line) > MAX_TITLE_LINE:
            break
    return 0


# a channel's pinned bar as a messenger's copy shows it, its label on a line of its own over
# the pinned message's text: "Pinned message" / "<the notice>", "📌 Pinned Message #2" (a
# message's "pinned a message" is a notice of its own, the label's words not alone)
_PINNED_LABEL = re.compile(r"(?:📌\ufe0f?\s*)?pinned\s+(?:message|post)(?:\s+#\d{1,2})?", re.I)
_MAX_PINNED_LINES = 3  # lines of the pinned message's text the bar shows under its label
# a chat export's pinned message, its mark before the message's header: "[pinned] [2024-01-02
# 09:14] modbot", "📌 [02/01/2024 09:14] mod": the channel's notice (its rules), kept above
# its messages, not the post the export is for
_PINNED_MESSAGE_MARK = re.compile(r"(?:\[\s*(?:📌\ufe0f?\s*)?pinned\s*\]|📌\ufe0f?)\s*", re.I)
# a group's featured post as a social group's copy shows it above its feed, its label on a
# line of its own over the post's first lines ("Featured · Admin post", "Announcement ·
# Moderator post", "Admin post"): the group's notice, not the headline of the post under it
_FEATURED_LABEL = re.compile(
    r"(?:📌\ufe0f?\s*)?(?:(?:featured|announcement|pinned)(?:\s+post)?\s*[·•]\s*)?"
    r"(?:admin|moderator|mod)\s+(?:post|announcement)",
    re.IGNORECASE,
)
_MAX_FEATURED_LABEL = 40
# a social group's or page's header: its name, then its size, the last of its parts ("Some
# Group (Public group) · 38.2K members", "Some Page · 12,400 followers"): a post's headline
# never ends with its community's count of members
_COMMUNITY_SIZE = re.compile(
    r"\d[\d,]*(?:\.\d{1,3})?\s*[km]?\s+(?:members|followers|subscribers)", re.IGNORECASE
)


def _community_header(line: str) -> bool:
    """Is `line` a group's or a page's name over its size ("Some Group (Public group) · 38.2K
    members"): parts apart by a separator, the last a count of its members?"""
    parts = PART_SEPARATORS.split(line)
    return len(parts) >= 2 and _COMMUNITY_SIZE.fullmatch(parts[-1]) is not None


def _pinned_text_under(lines: list[str], index: int) -> range:
    """The lines of a pinned message's text under its bar's label (lines[index]): up to a
    blank line or a message's header, at most _MAX_PINNED_LINES."""
    end = index + 1
    while (
        end < len(lines)
        and end <= index + _MAX_PINNED_LINES
        and lines[end]
        and not chat_header(lines[end].strip())
    ):
        end += 1
    return range(index + 1, end)


def _drop_notice(draft: Draft, lines: list[str], index: int, label: str, text: str) -> None:
    """Blank a channel's or a group's notice: its label, bar or header (lines[index], `label`
    says which) and the notice's text under it (`text`), none of it the page's headline."""
    draft.explain("title", f"ignored {lines[index][:60]!r}: {label}")
    lines[index] = ""
    for under in _pinned_text_under(lines, index):
        draft.explain("title", f"ignored {lines[under][:60]!r}: {text}")
        lines[under] = ""


# A fediverse post copied as text (a Mastodon thread, a profile's posts): each post under its
# poster's line, a display name and the handle on its server ("Fen 🦊 @fen@anime.social"). A
# profile's copy marks its pinned post ("Pinned", above or under the poster's line) and the
# posts it boosted ("Hoshi boosted", "boosted by Hoshi @hoshi@server.example"): the account's
# introduction and someone's other post, above the post the copy is for
_FEDI_HANDLE = re.compile(r"@[A-Za-z0-9_.\-]{1,40}@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
# ...or a handle that is a domain name, as a network whose accounts are named by domains gives
# them ("Dex 🦖 @dex.bsky.social · Apr 2"): the "@" opens a word ("me@host.example" is mail)
_DOMAIN_HANDLE = re.compile(
    r"(?<![\w@.\-])@[a-z0-9](?:[a-z0-9\-]{0,62}\.)+[a-z]{2,24}(?![\w@\-])", re.IGNORECASE
)
_PINNED_POST_TEXT = r"(?:📌\ufe0f?\s*)?pinned(?:\s+(?:post|toot))?"
_PINNED_POST = re.compile(_PINNED_POST_TEXT, re.IGNORECASE)
_SHARED_POST = re.compile(
    r"(?:🔁\ufe0f?\s*)?(?:(?:boosted|reblogged|reposted)(?:\s+by\s+\S.{0,79})?"
    r"|(?P<name>\S.{0,59}?)\s+(?:boosted|reblogged|reposted))",
    re.IGNORECASE,
)
_MAX_POST_MARK = 100
_MAX_BOOSTER_WORDS = 5  # a display name, not a sentence ("the show boosted my mood")
_MARKED_POST_REACH = 40  # lines a marked post may run to before the next post's poster line
_POST_HEAD_REACH = 4  # non-empty lines of a post's header (its date, its marks) over its text


def _fediverse_handle(line: str) -> str | None:
    """The handle on a fediverse post's poster line ("Fen 🦊 @fen@anime.social · Mar 2":
    "@fen@anime.social"), else None."""
    at = line.find("@")
    if at < 0:
        return None
    handle = (_FEDI_HANDLE if line.find("@", at + 1) >= 0 else _DOMAIN_HANDLE).search(line, at)
    if handle is None or _post_mark(line) is not None or not not_a_title(line):
        return None
    return handle.group().lower()


def _post_mark(line: str) -> str | None:
    """ "pinned" or "shared" when `line` is a fediverse post's mark ("Pinned", "Hoshi boosted",
    "boosted by Hoshi @hoshi@server.example"), else None."""
    if len(line) > _MAX_POST_MARK:
        return None
    if "inned" in line[:12] and _PINNED_POST.fullmatch(line) is not None:
        return "pinned"
    if "oosted" in line or "eblogged" in line or "eposted" in line:
        shared = _SHARED_POST.fullmatch(line)
        if shared is not None and (
            shared.group("name") is None or len(shared.group("name").split()) <= _MAX_BOOSTER_WORDS
        ):
            return "shared"
    return None


def _next_line(lines: list[str], start: int, reach: int = _POST_HEAD_REACH) -> int | None:
    """The index of the first non-empty line from `start`, within `reach` lines, else None."""
    for index in range(start, min(len(lines), start + reach)):
        if lines[index].strip():
            return index
    return None


def _post_text(lines: list[str], start: int) -> int | None:
    """The first line of a post's text from `start`: past its header's furniture (its date,
    its content warning, its edit stamp) and lines without letters (its "2/6" in a thread)."""
    seen = 0
    for index in range(start, len(lines)):
        line = _strip_marks(lines[index])
        if not line:
            continue
        seen += 1
        if seen > _POST_HEAD_REACH:
            return None
        if any(c.isalpha() for c in line) and not not_a_title(line):
            return index
    return None


def _marked_post(lines: list[str], index: int, poster_above: bool) -> tuple[str, int | None] | None:
    """A profile's pinned or boosted post, its mark at lines[index] beside its poster's line
    (above it when `poster_above`, else the line under the mark): the mark's kind and the
    line where the next post begins (its poster's line, or its own mark), None when no post
    follows within reach (a copy of the marked post alone is the post it is for). None when
    the line is no such mark."""
    kind = _post_mark(_strip_marks(lines[index]))
    if kind is None:
        return None
    start = index + 1
    if not poster_above:
        below = _next_line(lines, start, 2)
        if below is None or _fediverse_handle(lines[below].strip()) is None:
            return None
        start = below + 1
    for end in range(start, min(len(lines), start + _MARKED_POST_REACH)):
        line = lines[end].strip()
        if line and (_fediverse_handle(line) is not None or _post_mark(line) is not None):
            return kind, end
    return kind, None


# ...or the mark opening the pinned post's text, under its poster's line, as a copy of the
# feed's text keeps it: "📌 PINNED: i review one show a week in threads, …", "Pinned — …"
_PINNED_OPENING = re.compile(_PINNED_POST_TEXT + r"\s*[:\-–—]\s*", re.IGNORECASE)


def _pinned_post_end(lines: list[str], index: int, line: str) -> int | None:
    """Where the next post begins (its poster's line, or a post's mark) when lines[index],
    right under a poster's line, opens with a pinned post's mark before its text ("📌 PINNED:
    <the account's introduction>") that is no review's headline, else None: the account's
    pinned post, above the post the copy is for."""
    opening = _PINNED_OPENING.match(line)
    if opening is None:
        return None
    text = line[opening.end() :]
    if HEADLINE_WORDS.search(text) is not None and is_headline(text):
        return None  # a pinned review, the post the copy is for
    for end in range(index + 1, min(len(lines), index + _MARKED_POST_REACH)):
        after = lines[end].strip()
        if after and (_fediverse_handle(after) is not None or _post_mark(after) is not None):
            return end
    return None


def _reposted_thread(lines: list[str], index: int, end: int) -> bool:
    """Is the shared post under its mark (lines[index], over its poster's line: "🔁 Reposted
    by Dara" / "Mika @mika.bsky.social") a thread's opening post, marked so ("… review 🧵"),
    whose poster's next posts follow it (lines[end])? The copy is that thread, reposted into
    someone's feed: the mark is its furniture, not another's post above the one it is for (a
    profile's boosted post is of a poster other than the posts under it, or no thread's)."""
    poster = _next_line(lines, index + 1, 2)
    if poster is None or poster >= end:
        return False
    handle = _fediverse_handle(lines[poster].strip())
    if handle is None or _fediverse_handle(lines[end].strip()) != handle:
        return False
    text = _post_text(lines, poster + 1)
    return text is not None and text < end and _THREAD in lines[text]


def _thread_headline_below(lines: list[str], index: int, handle: str) -> int | None:
    """A thread's opening post of chatter (lines[index], under its poster's line: "weekly
    anime thread time 🧶" / "🧵 1/6"), then the same poster's next post opening with a
    headline naming what it is ("Show Season 2 Episode 5 review"): that headline's index."""
    for poster in range(index + 1, min(len(lines), index + _POST_HEAD_REACH * 2)):
        line = lines[poster].strip()
        if not line:
            continue
        if _fediverse_handle(line) == handle:
            break
        if len(line) > MAX_HEADLINE or _post_mark(line) is not None:
            return None  # the opening post runs on: its text, not chatter
    else:
        return None
    text = _post_text(lines, poster + 1)
    if text is None:
        return None
    line = _strip_marks(lines[text])
    if HEADLINE_WORDS.search(line) is None or not _reads_like_headline(line):
        return None
    return text


# A reblog copied from a blog platform's dashboard, under its header naming the reblogger and
# the blog reblogged ("kit-blog reblogged ines-blog"), then the chain's parts, each under its
# blog's name alone on a line ("kit-blog:" / its comment, "ines-blog:" / the post): the
# reblogged blog's part holds the post the copy is for, the reblogger's words above it are a
# comment on it. Blog names are a platform's lowercase words and hyphens, not a sentence's.
_REBLOG_HEADER = re.compile(
    r"(?P<by>[a-z0-9][a-z0-9\-]{0,31}) reblogged (?P<blog>[a-z0-9][a-z0-9\-]{0,31})"
)
_REBLOG_CHAIN_REACH = 12  # lines from the header to the reblogged blog's part


def _reblogged_part(lines: list[str], index: int, blog: str) -> int:
    """The line naming the reblogged `blog`'s part of the chain ("ines-blog:") under a reblog's
    header (lines[index]) when it is within reach, else `index` (the header alone)."""
    name = blog + ":"
    for part in range(index + 1, min(len(lines), index + 1 + _REBLOG_CHAIN_REACH)):
        if lines[part].strip() == name:
            return part
    return index


# A profile's copy opens with its header: the display name over the handle alone on its line,
# then the account's bio, its counts ("4.1K followers · 612 following · 3.3K posts", "Joined
# Nov 2022 · 1,204 Posts · 388 Followers") and its tabs, down to its first post (its pinned
# post's mark, or its poster's line). None of it is the headline of the post the copy is for.
_PROFILE_COUNTS = re.compile(
    r"(?:.{0,40}[·•|]\s*)?\d[\d.,\s]{0,8}[KkMm]?\s+followers?\b.{0,80}"
    r"|.{0,80}\b\d[\d.,\s]{0,8}[KkMm]?\s+followers?",
    re.IGNORECASE,
)
_PROFILE_HEADER_REACH = 12  # lines of a profile's header under its handle


def _profile_header_end(lines: list[str], index: int, handle: str) -> int | None:
    """The line where a profile's posts begin (a post's mark, or a poster's line with the
    profile's handle), its header's handle alone at lines[index], when the lines between hold
    the account's counts ("… followers …"); else None."""
    counted = False
    for end in range(index + 1, min(len(lines), index + 1 + _PROFILE_HEADER_REACH)):
        line = lines[end].strip()
        if not line:
            continue
        if "ollower" in line and _PROFILE_COUNTS.fullmatch(line) is not None:
            counted = True
        elif ("@" in line and _fediverse_handle(line) == handle) or _post_mark(line) is not None:
            return end if counted else None
    return None


def _export_header_lines(lines: list[str], seen: list[int]) -> int:
    """How many of the first lines are a chat export's header ("Guild: …", "Channel: …",
    "Topic: …", "After: …"): one opening with the server's or the channel's name, or under a
    messenger's export banner ("… — Chat export" / "Group: …" / "Exported: …" / "Messages: …"),
    or a copied channel's name over its details ("# channel" / "⭐ 23 members · Topic: …"), or
    over any short lines up to its first message's header ("# channel" / its description /
    "Dana Kim  10:31 AM")."""
    if not seen:
        return 0
    first = lines[seen[0]].strip()
    if first[:1] == "#":
        # a team chat's channel copied as text: its name over what the app shows under it,
        # labelled or not (its description: "Channel for the lunch anime club. Watch party
        # Thursdays 12:30"; its members; a day's divider), right over the first message's
        # header ("Dana Kim  10:31 AM"): the lines above its first message are all the
        # channel's, whatever their words
        if len(seen) > 2 and _CHANNEL_NAME.fullmatch(first) is not None:
            chrome = _channel_chrome_lines(lines, seen)
            if chrome:
                return chrome
        # ...or its name over its details, whatever follows ("# channel" / "⭐ 23 members ·
        # Topic: …")
        if (
            len(seen) > 1
            and _CHANNEL_NAME.fullmatch(first) is not None
            and _CHANNEL_DETAILS.fullmatch(lines[seen[1]].strip()) is not None
        ):
            return 2
        # ...or both on one line: "#channel | 14 members | Topic: …"
        parts = PART_SEPARATORS.split(first, 1)
        if (
            len(parts) == 2
            and _CHANNEL_NAME.fullmatch(parts[0]) is not None
            and _CHANNEL_DETAILS.fullmatch(parts[1]) is not None
        ):
            return 1
        # ...or its name, perhaps with its server's or its topic, over a line saying what
        # exported it ("#channel | Some Server" / "Pinned posts · exported via sometool 1.2 · 9
        # messages"; "#channel — Show thread" / "Exported from Someapp (server: Some Server)")
        if (
            len(seen) > 1
            and _CHANNEL_NAME.fullmatch(_SITE_SEPARATOR.split(parts[0], 1)[0].strip()) is not None
            and "exported" in lines[seen[1]].lower()
            and _EXPORT_NOTE.fullmatch(lines[seen[1]].strip()) is not None
        ):
            return 2
        # ...or its name with its server's over the lines the app shows under it, whatever
        # their words, up to the first message's header ("#channel | Some Server" / "pinned:
        # <a notice naming other shows>" / "Name — 01/12/2025 10:31 PM"); after the export
        # note's case, whose lines may hold the labelled title
        named = _SITE_SEPARATOR.split(first, 1)[0].strip()
        if len(seen) > 2 and named != first and _CHANNEL_NAME.fullmatch(named) is not None:
            chrome = _channel_chrome_lines(lines, seen)
            if chrome:
                return chrome
    # the channel's name over its kind and count ("channel · 24,318 subscribers"), perhaps
    # with labelled lines under it ("Pinned: …")
    counted = len(seen) > 1 and _CHANNEL_COUNT.fullmatch(lines[seen[1]].strip()) is not None
    opening = _without_emphasis(unframed(lines[seen[0]].strip()))
    banner = _is_export_banner(opening) or (
        opening[:1] == "[" and _is_export_banner(_unbracketed(opening))
    )
    if not (banner or counted) and not lines[seen[0]].lower().startswith(_EXPORT_OPENERS):
        return 0
    count = 2 if counted else int(banner)
    for index in seen[count:]:
        line = _without_emphasis(_unbracketed(lines[index].strip()))
        if _EXPORT_HEADER.fullmatch(line) is None:
            break
        count += 1
    return count if count >= 2 or banner else 0


# a thread's opening post, its mark, then an aside: "Show ep 4 thoughts 🧵 (spoilers, 1-4)",
# or the post's place in the thread, bracketed or not ("… 🧵 (1/9)", "… 🧵 1/12", "… 🧵 1/")
_THREAD_ASIDE = re.compile(
    rf"(?P<headline>.*?\S\s*{_THREAD})\s*(?:\([^()\n]{{1,80}}\)|1/(?:\d{{1,3}}|n)?)"
)
# ...or a dash and the writer's comment on it, part of the headline as they typed it: "Show
# Episode 6 review 🧵 — the party one, and it's the best the season has been" (the part the
# mark closes names what the thread is, a review's or a recap's words)
_THREAD_THEN_COMMENT = re.compile(rf"(?P<headline>.*?\S\s*{_THREAD})\s+[-–—]\s+(?P<comment>\S.*)")
# ...or why the writer threads it, after the headline and a comma: "Show ep 10 thoughts, a
# thread because 300 characters is not enough for this one"
_THREAD_BECAUSE = re.compile(r",\s+(?:a\s+)?thread\s+because\b")
# ...a clause, not sentences: "… ep 6 🧵 — they finally went there. Spoilers ahead." is the
# thread's opening post, its sentences after the mark the post's own, no headline's
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
# a line that says it gives the title: "Post title: …", "📌 Thread title: …", "Title: …",
# a forum export's "Thread: …" (not "Topic: …": a chat channel's topic, not a title); a
# copy in Markdown may bold the label, its closing marks after the colon ("**Post title:**
# …", the opening ones stripped with the line's)
_TITLE_LABEL = re.compile(
    r"[^\w\s]{0,3}\s*(?:(?:(?:post|thread|topic|article|entry|page)\s+)?title|thread)"
    r"\s*:(?:[*_]{1,3}(?=\s))?\s*(?P<value>\S.*)",
    re.IGNORECASE,
)
_TITLE_LABEL_REACH = 24
# a forum's pagination after a thread's title on its line: "Page 3 of 5", "Pages (5):", then
# perhaps its page links ("« First < 2 3 4 >", "1, 2, [3], 4 … Next ›", "- Last »")
_PAGE_TRAIL = re.compile(
    r"(?:page\s+\d{1,4}\s+of\s+\d{1,4}|pages\s*\(\d{1,4}\)\s*:?)"
    r"(?:[\s,•·|…\-–—]+(?:[«‹<>›»]{1,2}|\[?\d{1,4}\]?|first|prev(?:ious)?|next|last|\.{2,3}))*"
    r"[\s,•·|…\-–—]*",
    re.IGNORECASE,
)


def _without_page_trail(title: str) -> str:
    """`title` without the pagination a forum writes after a thread's title on the same line
    ("Show – Episode 7 Page 3 of 5 « First < 2 3 4 >": "Show – Episode 7"), which a saved
    thread's page 3 carries and its page 1 may too; a title that is all pagination stays."""
    at = title.lower().rfind("page")
    if at <= 0 or not title[at - 1].isspace() or _PAGE_TRAIL.fullmatch(title, at) is None:
        return title
    return title[:at].rstrip(" \t|·•-–—") or title


def _labelled_title(line: str) -> str | None:
    """The value of a line labelled as the title ("Post title: Show 1x03 — …", "Thread:
    Show Episode 8 Review"), if it reads like a headline as its poster typed it (sentences
    too: "Thread: Show. ep 8 thoughts — this is the one", a forum's thread title under a
    short name with a stop of its own); else None."""
    head = line[:_TITLE_LABEL_REACH].lower()
    if ":" not in head or ("title" not in head and "thread" not in head):
        return None
    label = _TITLE_LABEL.fullmatch(line)
    if label is None:
        return None
    value = _without_page_trail(_strip_marks(label.group("value")))
    return (
        value if _reads_like_headline(value, post_title=True) and not not_a_title(value) else None
    )


_FEED_ITEM_REACH = 4  # the feed's lines ("Fetched: …") between its line and the item's title


def _feed_item_under(lines: list[str], after: list[int]) -> bool:
    """Is one of the few lines `after` a feed's line ("Feed: https://…", under a reader's
    banner such as "[RSS] Some Blog — new item") the item's labelled title ("Title: Show
    Episode 8 Review – …")? Then the banner names the feed, not the post."""
    return any(
        _labelled_title(lines[index].strip()) is not None for index in after[:_FEED_ITEM_REACH]
    )


def _feed_name_over_headline(line: str, lines: list[str], after: list[int]) -> bool:
    """Is `line`, under a feed reader's banner, the feed's name (a few words naming no
    review) over the item's headline (the next line, naming one)?"""
    if not after or len(line.split()) > _MAX_MASTHEAD_WORDS or HEADLINE_WORDS.search(line):
        return False
    following = _strip_marks(lines[after[0]])
    return HEADLINE_WORDS.search(following) is not None and is_headline(following)


_FEED_CHANNEL_REACH = 8  # the channel's fields a feed's dump lists above its item's title
_FEED_LABEL_REACH = 30  # where a field's label ends with its colon, at most


def _feed_item_title(lines: list[str], start: int) -> tuple[int, str] | None:
    """The item's labelled title ("title: Show Episode 8 Review – …") and its index, among the
    few lines from `start` of a feed's dump under the feed's line, each above it a labelled
    field of the channel's ("Channel description: …") or the item's marker ("----- ITEM
    -----"); else None."""
    looked = 0
    for index in range(start, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        title = _labelled_title(line)
        if title is not None:
            return index, title
        looked += 1
        if looked >= _FEED_CHANNEL_REACH or (
            ":" not in line[:_FEED_LABEL_REACH] and not line.strip("-=*# ").isalpha()
        ):
            return None
    return None


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


# a browser's header atop a printed page: the date and time it was printed, then the page's
# title ("1/24/25, 6:12 PM   Show Episode 6 review - Site"); a chat export's "date, time -
# Name: message" has a separator where the title would start
_PRINT_STAMP = re.compile(
    DATE_AND_TIME + AM_PM + r"\s+(?P<title>[^\s\-–—|·•:,\[(].*)",
    re.IGNORECASE,
)
_PRINT_STAMP_REACH = 24  # the time's colon is within the stamp's first characters


# a dated chat log's message on its header's line, as an IRC client's or a Matrix client's
# text export writes it: "2023-05-03 18:40  <name> text", or an action's or a notice's star
# ("2023-05-03 18:02  * @name:server changed the room topic to …"), no page's title after it
_LOGGED_MESSAGE = re.compile(
    DATE_AND_TIME + r"(?::\d{2})?" + AM_PM + r"\s+(?:<(?P<sender>[^\s<>]{1,40})>\s+|\*\s+\S)",
    re.IGNORECASE,
)


def _logged_headline(lines: list[str], start: int) -> tuple[int, str] | None:
    """(its index, the headline) of the first line from line `start` of a dated chat log
    ("2023-05-03 18:40  <name> text" messages) that is a headline naming a review, set apart
    over the long post it pastes: a message's text on its header's line, or the message's next
    line under its note on the header's ("<name> (forwarded from #reviews)" / "Show Episode 4
    Review: …" / "" / the post), or a paragraph of its own; else None."""
    for index, line in _chat_lines(lines, start):
        message = _LOGGED_MESSAGE.match(line)
        if message is not None:
            if message.group("sender") is None:
                continue  # an action or the room's notice, no one's message
            text = _strip_marks(line[message.end() :])
            if _headline_over_post(lines, index, text, blank_under=True):
                return index, text
        elif (
            index > start
            and _LOGGED_MESSAGE.match(lines[index - 1].strip()) is not None
            and _headline_over_post(lines, index, _strip_marks(line), blank_under=True)
        ) or _headline_paragraph(lines, index, line):
            return index, _strip_marks(line)
    return None


def _stamped_headline(lines: list[str], start: int) -> tuple[int, str] | None:
    """(its index, the headline) of the first message from line `start` of a messenger's text
    export that is a headline naming a review over the long text it pastes, set apart ("… -
    Name: Show ep 9 thoughts" / "" / a long paragraph) or on the message's next line (a
    message's lines after its first carry no header: "… - Name: Show Episode 5 Review" / a
    long paragraph), perhaps after a short remark of the same message ("… - Name: Show
    Episode 5 Review" / "ok here goes, it's long" / "" / a long paragraph); else None."""
    for index, line in _chat_lines(lines, start):
        stamp = STAMPED_MESSAGE.match(line)
        if stamp is None:
            continue
        sender = STAMPED_SENDER.fullmatch(line, stamp.end())
        if sender is None:
            continue
        text = _strip_marks(sender.group("text"))
        if (
            is_forwarded_stamp(text)
            and index + 1 < len(lines)
            and (forwarded := lines[index + 1].strip())
            and STAMPED_MESSAGE.match(forwarded) is None
        ):
            # the message forwards a post, the messenger's stamp on its header's line ("… -
            # Name: Forwarded"), the post's own lines under it, on no header: its headline is
            # the first, set apart from its long text as a message's would be
            if _headline_over_post(lines, index + 1, forwarded, blank_under=True) or (
                # (right under it, its text, not the next message on its own header)
                index + 2 < len(lines)
                and STAMPED_MESSAGE.match(lines[index + 2]) is None
                and _headline_over_post(lines, index + 1, forwarded, blank_under=False)
            ):
                return index + 1, forwarded
            continue
        if _headline_over_post(lines, index, text, blank_under=True) or (
            # (the next line the same message's, not the next message on its own header: a
            # headline posted alone is no post's, another's long message under it)
            index + 1 < len(lines)
            and STAMPED_MESSAGE.match(lines[index + 1]) is None
            and (
                _headline_over_post(lines, index, text, blank_under=False)
                or (
                    # ...or a short remark the writer typed under it ("sorry it's long"),
                    # the long text after it still the message's, on no header of its own
                    _headline_over_post(lines, index, text, blank_under=False, reach=_POST_REACH)
                    and _message_post_after_remark(lines, index + 1)
                )
            )
        ):
            return index, text
    return None


def _message_post_after_remark(lines: list[str], remark: int) -> bool:
    """Is the next non-empty line after lines[remark] (a line of a messenger's text export)
    more of the same message, on no "date, time - " header of its own?"""
    for index in range(remark + 1, len(lines)):
        following = lines[index].strip()
        if following:
            return STAMPED_MESSAGE.match(following) is None
    return False


# a channel export's message on its header's line: "[07/05/2025 10:14 PM] name: text", or
# with the time alone: "[19:04] name: text", or an IRC log's "[19:04] <name> text"; the date
# may open with its month's name: "[Aug 3, 2023 9:41 PM] name: text"
_BRACKETED_STAMP = r"\[(?:\d|[A-Za-z]{3,9}\.?\s\d)[^\[\]\n]{0,38}:\d{2}[^\[\]\n]{0,8}\]\s*"
_BRACKETED_MESSAGE = re.compile(
    _BRACKETED_STAMP + r"(?:<[^\s<>]{1,32}>|[^\s:\[\]<][^:\n]{0,40}?:)\s+\S"
)
# ...and the export's own notice on such a line, which no one sent: "[09/07/2023, 20:58:12]
# Messages and calls are end-to-end encrypted. …", "[…] Priya created group "…"" (a messenger's
# export opens with them, over its members' messages)
_BRACKETED_NOTICE = re.compile(_BRACKETED_STAMP + r"[^\s:\[\]<][^:\n]*\Z")


def _bracketed_headline(lines: list[str], start: int) -> tuple[int, str] | None:
    """(its index, the headline) of the first line from line `start` of a channel's export
    ("[date time] name: text" messages) that is a headline naming a review: a message's text
    set apart over the long post it pastes, or a paragraph of its own over one; else None."""
    header_above = False
    for index, line in _chat_lines(lines, start):
        message = _BRACKETED_MESSAGE.match(line)
        if message is not None:
            raw = line[message.end() - 1 :]
            text = _strip_marks(raw)
            # (marked as a headline, the post under it may open with a short remark before
            # its long text: "ok I've waited two years for this." over the paragraphs)
            marked = _opens_marked(raw)
            reach = _POST_REACH if marked else 1
            if _headline_over_post(lines, index, text, blank_under=True, reach=reach) or (
                # ...or, unmarked, set apart over a short sentence of the same message (a
                # who's-who: "Quick who's-who: Name (Actor) and …."), its long text after
                # it: lines of one message, on no header of their own, under a headline
                # (a short remark there, "ok wait", may be chatter on a log's own line)
                not marked
                and text[:1].isupper()
                and _message_sentences_under(lines, index, _POST_REACH)
                and _headline_over_post(lines, index, text, blank_under=True, reach=_POST_REACH)
            ):
                return index, text
            if (
                marked
                and _message_goes_on(lines, index)
                and _headline_over_post(lines, index, text, blank_under=False, reach=reach)
            ):
                # ...or, marked, right over it: the message's own lines under its first
                # ("[date time] name: **Show Episode 12 – quick review**" / "> the post…")
                return index, text
        elif _headline_paragraph(lines, index, line):
            return index, _strip_marks(line)
        elif header_above and _opens_marked(line) and lines[index - 1]:
            # a message under its "[date time] name:" header, alone on its line, that opens
            # with a marked headline naming a review: the post it pastes
            text = _strip_marks(line)
            if (
                HEADLINE_WORDS.search(text) is not None
                and _reads_like_headline(text)
                and not not_a_title(text)
            ):
                return index, text
        elif (
            header_above
            and lines[index - 1]
            and _headline_over_post(lines, index, line, blank_under=False)
        ):
            # ...or unmarked, right over the post's long first paragraph: a draft pasted
            # under its header, its headline as the writer typed it
            return index, line
        header_above = line[:1] == "[" and message is None and chat_header(line)
    return None


_MIN_POST_SENTENCE_WORDS = 8  # a sentence of a post, not a remark ("ok wait", "brb")


def _message_sentences_under(lines: list[str], index: int, count: int) -> bool:
    """Are the first `count` non-empty lines under lines[index] (a "[date time] name: text"
    message) more of that message, none the next message's header, the first a whole
    sentence (_MIN_POST_SENTENCE_WORDS words, ending at a stop)?"""
    looked = 0
    for line in lines[index + 1 :]:
        following = line.strip()
        if not following:
            continue
        if _BRACKETED_MESSAGE.match(following) is not None or chat_header(following):
            return False
        if looked == 0 and (
            following[-1:] not in ".!?" or len(following.split()) < _MIN_POST_SENTENCE_WORDS
        ):
            return False
        looked += 1
        if looked >= count:
            return True
    return False


def _message_goes_on(lines: list[str], index: int) -> bool:
    """Is the line under lines[index] (a "[date time] name: text" message) more of that
    message, not blank, nor the next message's header?"""
    following = lines[index + 1].strip() if index + 1 < len(lines) else ""
    return (
        bool(following)
        and _BRACKETED_MESSAGE.match(following) is None
        and not chat_header(following)
    )


def _printed_page_title(line: str) -> str | None:
    """The page's title from a browser's print header (`line`), if it is one and the title
    reads like a headline; else None."""
    stamp = _PRINT_STAMP.fullmatch(line)
    if stamp is None:
        return None
    title = stamp.group("title")
    return title if _reads_like_headline(title) and not not_a_title(title) else None


def _take_message_headline(draft: Draft, index: int, line: str) -> None:
    """A chat export's message headline (line `index`) is the title; the body starts under it."""
    draft.title = line
    draft.title_is_line = True
    draft.body_from = index + 1
    draft.explain("title", f"{line!r}: a chat message's headline")


def _keep_crumbs(draft: Draft, line: str) -> None:
    """Keep the first breadcrumbs dropped above the headline (`line`, furniture), crumb by
    crumb, in draft.crumbs: a forum's board or a site's section may name the show the
    headline calls by its abbreviation, which the anime detector reads there."""
    if not draft.crumbs and is_breadcrumb(line):
        draft.crumbs = breadcrumb_steps(line)


def _keep_kicker(draft: Draft, line: str) -> None:
    """Add to draft.kicker the section label above the headline that `line` (furniture) is
    ("TV REVIEW"), or that opens it before a separator, the rest a note on the article
    ("SERIES REVIEW · SPOILERS FOR ALL 13 EPISODES", "Anime review | 6 min read")."""
    if len(line) <= MAX_KICKER and is_kicker(line):
        draft.kicker = f"{draft.kicker} {line}".strip()
    elif "·" in line or "|" in line or "•" in line or "//" in line:
        first = PART_SEPARATORS.split(line, 1)[0].strip()
        if first != line and len(first) <= MAX_KICKER and is_kicker(first):
            draft.kicker = f"{draft.kicker} {first}".strip()


_WIKI_TEMPLATE_REACH = 40  # lines a MediaWiki page's opening template may run to
# a MediaWiki article's lead, its subject in bold first ("'''<Name>''' is the club's …")
_WIKI_LEAD_SUBJECT = re.compile(
    rf"\s*'''(?P<subject>[^'\n]{{3,{MAX_HEADLINE}}})'''\s+(?:is|was|are|were)\s"
)


def _wiki_lead_subject(lines: list[str], start: int) -> tuple[int, str] | None:
    """(its line, the subject) a MediaWiki page's lead sets in bold under the template the page
    opens with at line `start` ("{{Review page" … "}}", then "'''<Name>''' is …"): a wiki
    article's name, its title (the template's first line is no headline). None when the lead
    under the template opens otherwise."""
    for index in range(start, min(len(lines), start + _WIKI_TEMPLATE_REACH)):
        if not lines[index].rstrip().endswith("}}"):
            continue
        lead = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)
        if lead is None:
            return None
        found = _WIKI_LEAD_SUBJECT.match(lines[lead])
        return (lead, " ".join(found.group("subject").split())) if found is not None else None
    return None


# one emoji and a space opening a line, as notes mark each heading ("📺 Show — notes")
_EMOJI_BULLET = re.compile(r"[\u2600-\u27bf\U0001f000-\U0001faff]\ufe0f?[ \t]+(?=\w)")
_EMOJI_BULLET_REACH = 30  # lines looked at under the headline for another emoji bullet


def _without_emoji_bullet(lines: list[str], index: int, line: str) -> str | None:
    """The headline `line` (lines[index]) without the emoji opening it when the notes under
    it open their headings with emoji too ("📺 Show — Episode 4 notes" / … / "🎬 what
    happened"): the emoji is the notes' bullet, not the headline's; else None. (A thread's
    mark is its own: the caller has seen to it.)"""
    bullet = _EMOJI_BULLET.match(line)
    if bullet is None or _THREAD in bullet.group(0):
        return None
    for text in lines[index + 1 : index + 1 + _EMOJI_BULLET_REACH]:
        if text[:1] and not text[:1].isascii() and _EMOJI_BULLET.match(text) is not None:
            return line[bullet.end() :]
    return None


def detect_title(draft: Draft) -> None:
    """draft.title ("" when there is none), draft.title_is_line, and draft.body_from: the
    first line of the body. Lines of furniture before the title are dropped from the body."""
    lines = draft.lines
    fm_title = draft.front_matter.title
    meta = draft.meta
    meta_title = meta.title if meta is not None else None
    if meta is not None and meta_title:
        meta_title = _without_unread_count(meta_title)
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
                        _keep_crumbs(draft, _strip_marks(lines[dropped]))
                        _keep_kicker(draft, _strip_marks(lines[dropped]))
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
    under_poster = False  # past a community post's poster line (and the furniture under it)
    score_line = -1  # a review's "Rating: 9/10" above its headline, kept as text
    unroller_heading = ""  # an unroller's "Thread by @someone …", dropped as a byline
    printed_title = ""  # the page's title in a browser's print header, if any
    reposted = False  # past a repost's stamp ("Reposted by u/name in r/somesub · 6h")
    feed_line = False  # past a feed's own line ("Feed: Some Blog (https://…)")
    reader_banner = False  # past a feed reader's banner ("Some Reader — Saved for later")
    trail_headline = ""  # the headline ending breadcrumbs dropped as furniture, if any
    fedi_handle = ""  # the handle on the poster's line of the fediverse post we are in
    fedi_poster_at = -1  # ...and where that line was
    look_at = _LOOK_AT_LINES  # (more when a profile's pinned or boosted post is passed)
    export_header = _export_header_lines(lines, seen)
    if export_header:
        draft.chat_header = tuple(lines[index] for index in seen[:export_header])
    # (the chat's or channel's name, which a channel's copied post repeats as its sender)
    export_name = fold(lines[seen[0]].strip()) if export_header else ""
    for index in seen[:export_header]:
        draft.explain("title", f"ignored {lines[index][:60]!r}: a chat export's header")
        lines[index] = ""
    for position, index in enumerate(seen):
        if position == len(seen) - 1 and len(seen) < look_at:
            _look_further(lines, seen)  # furniture so far: one more line (the loop takes it)
        if position < export_header or not lines[index]:
            continue  # a chat export's header; a tagline dropped with its publication's name
        line = _strip_marks(lines[index])
        if (
            line[:1] == "!"
            and lines[index][:1] == "#"
            and (post := _post_heading_under_community(lines, index, line)) is not None
        ):
            draft.explain("title", f"ignored {line!r}: the community's name, above its sidebar")
            if _blank(lines, index, post) > 1:
                draft.explain("title", "ignored the community's sidebar above the post's heading")
            _look_past(lines, seen, post)
            continue
        if (
            len(line) <= _MAX_POST_MARK
            and (
                fedi_post := _marked_post(
                    lines, index, position > 0 and seen[position - 1] == fedi_poster_at
                )
            )
            is not None
        ):
            kind, end = fedi_post
            text = _post_text(lines, index + 1) if kind == "pinned" else None
            if (
                end is None
                or (
                    text is not None
                    and text < end
                    and HEADLINE_WORDS.search(_strip_marks(lines[text])) is not None
                    and is_headline(_strip_marks(lines[text]))
                )
                or (kind == "shared" and _reposted_thread(lines, index, end))
            ):
                # the copy's only post, a pinned review, or a reposted thread's opening
                # post: the post it is for, the mark its furniture
                draft.explain("title", f"ignored {line!r}: a post's mark")
                lines[index] = ""
                continue
            # a profile's pinned introduction, or another's post it boosted, above the post
            # the copy is for: none of its lines is the headline
            draft.explain("title", f"ignored {line!r} and its post: a {kind} post")
            look_at += _blank(lines, index, end)
            fedi_handle = ""
            _look_past(lines, seen, end)
            continue
        if (
            "inned" in line[:12].lower()
            and position > 0
            and seen[position - 1] == fedi_poster_at
            and (end := _pinned_post_end(lines, index, line)) is not None
        ):
            # the account's pinned post, its mark opening its text: none of its lines is the
            # headline of the post under it
            draft.explain("title", f"ignored {line[:60]!r} and its post: a pinned post")
            look_at += _blank(lines, index, end)
            fedi_handle = ""
            _look_past(lines, seen, end)
            continue
        if " reblogged " in line and (reblog := _REBLOG_HEADER.fullmatch(line)) is not None:
            # a dashboard's reblog: its header and the reblogger's comment over the post
            part = _reblogged_part(lines, index, reblog.group("blog"))
            draft.explain("title", f"ignored {line!r} and the comments down to the post: a reblog")
            look_at += _blank(lines, index, part + 1)
            _look_past(lines, seen, part + 1)
            continue
        if export_name and fold(line) == export_name:
            draft.explain("title", f"ignored {line[:60]!r}: the channel's name over its post")
            lines[index] = ""
            continue
        if (
            lines[index][:2] == _DOCUMENT_HEADING
            and (entry := _capsule_heading_over_links(lines[index], lines, index)) is not None
        ):
            # a gemlog's capsule name and its links over the entry's "## " heading: furniture
            draft.explain("title", f"ignored {line[:60]!r} and its links: a capsule's heading")
            look_at += _blank(lines, index, entry)
            _look_past(lines, seen, entry)
            continue
        if ("inned" in line[:12] and _PINNED_LABEL.fullmatch(line) is not None) or (
            ("inned" in line[:10] or line[:1] == "📌")
            and (mark := _PINNED_MESSAGE_MARK.match(line)) is not None
            and chat_header(line[mark.end() :])
        ):
            # a channel's pinned bar (its label), or an export's pinned message (its mark
            # before the message's header), then the pinned message's text (a schedule, the
            # rules): the channel's notice above its posts, not the page's headline
            _drop_notice(
                draft, lines, index, "a pinned message's bar or header", "the pinned message"
            )
            continue
        if (
            len(line) <= _MAX_FEATURED_LABEL
            and ("admin" in (lowered := line.lower()) or "mod" in lowered)
            and _FEATURED_LABEL.fullmatch(line) is not None
        ):
            # a group's featured post above its feed, its first lines under the label: the
            # group's notice (its rules, another show's review quoted), not the post's headline
            _drop_notice(draft, lines, index, "a group's featured post", "the featured post")
            continue
        if line[-1:] == "s" and _community_header(line):
            # the group's header above its feed: its name and its size ("· 38.2K members")
            draft.explain("title", f"ignored {line[:60]!r}: a group's name and its size")
            lines[index] = ""
            continue
        if line[:2] == "{{" and (wiki := _wiki_lead_subject(lines, index)) is not None:
            # a MediaWiki page's source: its template, then the lead naming the article
            draft.title = wiki[1]
            draft.title_is_line = False
            draft.body_from = index + 1
            draft.explain("title", f"{wiki[1]!r}: the subject a wiki article's lead sets in bold")
            return
        labelled = _labelled_title(line)
        if labelled is not None:
            draft.title = labelled
            draft.title_is_line = True
            draft.body_from = index + 1
            draft.explain("title", f"{labelled!r}: the line labelled as the title")
            return
        if (
            line[:1] == "["
            and _BRACKETED_MESSAGE.match(line) is None
            and _BRACKETED_NOTICE.match(line) is not None
            and not chat_header(line)
            and (found := _bracketed_headline(lines, index + 1)) is not None
        ):
            # a messenger's export opening with its own notice, no one's message ("[date,
            # time] Messages and calls are end-to-end encrypted…"): the post a later message
            # pastes under its headline, set apart, is the title
            _take_message_headline(draft, *found)
            return
        if line[:1] == "[" and (message := _BRACKETED_MESSAGE.match(line)) is not None:
            found = _bracketed_headline(lines, index)
            if found is not None:
                # a channel's export, each message on its "[date time] name:" line: the post
                # a message pastes under its headline, set apart, is the title, not chatter
                _take_message_headline(draft, *found)
                return
            if HEADLINE_WORDS.search(line, 1, message.end()) is None:
                # chatter (a sender's name, not "[…] Show Episode 5 Review: …"): a later
                # message's marked headline is the title, else there is none
                marked = _marked_headline_in_chat(lines, index)
                if marked is not None:
                    _take_message_headline(draft, marked, _strip_marks(lines[marked]))
                    return
                break
        if feed_line and (feed_item := _feed_item_title(lines, index)) is not None:
            # a feed's text dump: the channel's fields ("Channel description: …", "Last build
            # date: …") above the item's, its labelled title among them, are furniture
            draft.title = feed_item[1]
            draft.title_is_line = True
            draft.body_from = feed_item[0] + 1
            draft.explain("title", f"{draft.title!r}: the feed item's labelled title")
            return
        feed_line = False
        if reader_banner and _feed_name_over_headline(line, lines, seen[position + 1 :]):
            # a feed reader's item: its banner (and fields), then the feed's name, then the
            # item's headline; the name is the blog's, not the post's
            draft.explain("title", f"ignored {line!r}: the feed's name, under a reader's banner")
            lines[index] = ""
            reader_banner = False
            continue
        reader_banner = False
        if reposted and (
            line[:1] == ">"
            or (line[:1] in '"“' and line[-1:] in '"”' and HEADLINE_WORDS.search(line) is None)
        ):
            # the reposter's own words, quoted under the repost's stamp above the post they
            # share (a Markdown quote, or a line in quotation marks): the post's headline is
            # below
            draft.explain("title", f"ignored {line[:60]!r}: the reposter's quoted comment")
            lines[index] = ""
            continue
        if under_poster and _POST_AGE.fullmatch(line) is not None:
            # the post's age under its poster's line ("Posted by u/name" / "2y ago")
            draft.explain("title", f"ignored {line!r}: the post's age")
            lines[index] = ""
            continue
        if "lair" in line[:_FLAIR_LABEL_REACH] and _FLAIR_LABEL.fullmatch(line) is not None:
            # the post's flair, labelled, on a line of its own above its headline (a copied
            # post: its community and poster, its flair, then perhaps a note, then the title)
            draft.explain("title", f"ignored {line!r}: the post's flair")
            lines[index] = ""
            continue
        if line[:1] in "Tt" and _unrollers_heading(lines[index], line):
            # an unroller's "# Thread by @someone": the heading the copy was given, over the
            # thread's posts; a plain line so is the poster's byline, dropped below
            draft.title = line
            draft.title_is_line = True
            draft.body_from = index + 1
            draft.explain("title", f"{line!r}: an unrolled thread's heading")
            return
        if not_a_title(line):
            draft.explain("title", f"ignored {line[:60]!r}: a date, credit, byline or label")
            lines[index] = ""  # furniture, not body text
            if "@" in line and (handle := _fediverse_handle(line)) is not None:
                fedi_handle, fedi_poster_at = handle, index  # a fediverse post's poster line
                if (
                    # (the display name over it, perhaps under the network's name the app
                    # shows atop the profile: "Bluesky" / "Name" / "@name.bsky.social")
                    position <= 2
                    and line.lower() == handle
                    and (posts := _profile_header_end(lines, index, handle)) is not None
                ):
                    # a profile's header: its bio, counts and tabs down to its first post
                    for dropped in range(index + 1, posts):
                        if lines[dropped]:
                            look_at += 1
                            draft.explain("title", f"ignored {lines[dropped][:60]!r}: its profile")
                            lines[dropped] = ""
                    fedi_handle = ""
                    _look_past(lines, seen, posts)
                    continue
            if (
                len(line) >= _MIN_WRAP_WIDTH
                and index + 1 < len(lines)
                and lines[index + 1]
                and "@" not in line  # (a post's header, its poster's handle: its message follows)
            ):
                wrapped = _wrapped_furniture(lines, index, line)
                for item in range(index + 1, index + 1 + wrapped):
                    draft.explain("title", f"ignored {lines[item][:60]!r}: the furniture's rest")
                    lines[item] = ""
            if not unroller_heading and _unrollers_page_heading(line):
                unroller_heading = line
            if "cache" in line and _CACHE_NOTICE.match(line) is not None:
                _drop_cache_banner(draft, lines, index)
            under_poster = under_poster or ("u/" in line and _POSTER_LINE.match(line) is not None)
            reposted = reposted or is_repost_stamp(line)
            feed_line = line[:5].lower() == "feed:"
            reader_banner = reader_banner or (
                ("eed " in line or "ater" in line or "tem" in line or "older" in line)
                and is_reader_banner(line)
            )
            if not draft.community and "r/" in line[:3]:
                community = _COMMUNITY.match(line)
                draft.community = community.group("name") if community is not None else ""
            # (a chat's "[Photo]" between a message's header and its text: the text follows)
            message_follows = chat_header(line) or (
                message_follows and MEDIA_PLACEHOLDER.fullmatch(line) is not None
            )
            if is_nav_control(line):
                _drop_navigation_under(draft, lines, index)
            _keep_kicker(draft, line)
            _keep_crumbs(draft, line)
            if trail_headline and "»" in line and forum_poster_line(line):
                # a copied forum thread: its breadcrumbs end at the thread ("Forum › Current
                # Season › Show Episode 2 — my review"), then the first post's poster line,
                # then the post (whose opening sentence is no headline): the thread's name,
                # the trail's last step, is the title
                draft.title = trail_headline
                draft.title_is_line = True
                draft.body_from = index + 1
                draft.explain("title", f"{trail_headline!r}: the thread's name, ending its trail")
                return
            if not trail_headline and ("›" in line or "»" in line or "‹" in line):
                trail_headline = _headline_after_crumbs(line) or ""
            if _BYLINE_STARS.search(line) is not None and line.lower().startswith(_BYLINE_LEADS):
                draft.byline_rating = line  # "Review by Ines Duarte ★★★★½": the reviewer's
            continue
        if line[:1].isdigit() and ":" in line[6:_PRINT_STAMP_REACH]:
            if _LOGGED_MESSAGE.match(line) is not None:
                # a dated chat log, its sender in angle brackets after the stamp (no browser's
                # print header, the page's title after it): a message's headline over the post
                # it pastes is the title, else there is none
                found = _logged_headline(lines, index)
                if found is None:
                    break
                _take_message_headline(draft, *found)
                return
            found = (
                _stamped_headline(lines, index) if STAMPED_MESSAGE.match(line) is not None else None
            )
            if found is not None:
                # a messenger's text export, each message on its header's line: a message
                # opening with a headline over the long text it pastes is the title
                _take_message_headline(draft, *found)
                return
            printed = _printed_page_title(line)
            if printed is not None:
                draft.explain("title", f"ignored {line[:60]!r}: a browser's print header")
                lines[index] = ""  # the page's title follows the stamp: the headline is below
                printed_title = printed_title or printed
                continue
        if message_follows and (not title_cased(line.split()) or line[:2] in LIST_BULLETS):
            # a chat message: a chat export has no title line, unless a later message opens
            # with a marked headline ("**Show Episode 4 – …**"), the post the export is for:
            # this one (the chatter before it dropped as replies), or a later one
            opens_marked = _opens_marked(lines[index].strip())
            marked = (
                index
                if (opens_marked and _reads_like_headline(line) and not not_a_title(line))
                or _message_headline(lines, index, line)
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
        if line[-1:].isalnum() or line[-1:] in "★⭐☆½+\ufe0f":
            headline = _score_line_above_headline(lines, index, line)
            if headline is not None:
                draft.explain("title", f"ignored {line!r}: the review's score above its headline")
                if score_line < 0:
                    score_line = index
                _look_past(lines, seen, headline)
                continue  # kept in the text, where the score detector reads it
        if (
            ("·" in line or "•" in line or "|" in line)
            and ":" in line[:_MAX_BAR_LABEL]
            and _labelled_bar_over_heading(lines, index, line)
        ):
            draft.explain("title", f"ignored {line[:60]!r}: a labelled bar of other pages")
            lines[index] = ""
            while seen[-1] <= index and len(seen) < _LOOK_AT_LINES + 1:
                before = len(seen)
                _look_further(lines, seen)
                if len(seen) == before:
                    break
            continue
        if len(line) <= (_MAX_POST_TITLE if under_poster else MAX_TITLE_LINE) and (
            _reads_like_headline(
                line, lines[index].lstrip().startswith(_DOCUMENT_HEADING), post_title=under_poster
            )
            # a forum thread's name at the end of its trail ("Forums > Board > <Thread name>"):
            # the name is read as the headline, the trail's words being no part of it (the
            # trail is dropped below)
            or (_may_be_trail(line) and _headline_after_crumbs(line) is not None)
        ):  # furniture: checked
            if (
                fedi_handle
                and HEADLINE_WORDS.search(line) is None
                and (below := _thread_headline_below(lines, index, fedi_handle)) is not None
            ):
                # a thread's opening post of chatter, and its next post opens with the
                # headline: the title, the chatter above it no body text
                draft.explain("title", f"ignored {line[:60]!r}: a thread's opening chatter")
                draft.title = _strip_marks(lines[below])
                draft.title_is_line = True
                draft.body_from = below + 1
                draft.explain(
                    "title", f"{draft.title!r}: the headline opening the thread's next post"
                )
                return
            if written_as_nav_bar(draft.text, line) or (
                line[:7].lower() == "home | " and _home_bar(line)
            ):
                draft.explain("title", f"ignored {line[:60]!r}: a navigation menu")
                lines[index] = ""
                continue
            # (the menu first: a publication's name, its "Subscribe to <name>" line at the
            # foot, may stand above its menu too, the menu's items then no headline either)
            menu = _menu_under(lines, index, line)
            if menu:
                draft.explain("title", f"ignored {line!r}: the site's name, above its menu")
                for item in range(index, index + 1 + menu):
                    lines[item] = ""
                for _ in range(menu):  # the menu's lines took the places of the headline's
                    if len(seen) < _LOOK_AT_LINES + menu:
                        _look_further(lines, seen)
                continue
            headline = (
                _headline_under_list(lines, index, line) if len(line) <= _MAX_LIST_ITEM else None
            )
            if headline is None and line[-1:].isdigit() and "/" in line[-6:]:
                headline = _headline_under_scored_list(lines, index)
            if headline is not None:
                # a list of links above the headline (a site's tags or trending shows, copied
                # an item a line), and the labels and furniture between: not the title
                draft.explain("title", f"ignored {line!r} and the lines under it: a list of links")
                _blank(lines, index, headline)
                _look_past(lines, seen, headline)
                continue
            if len(line) <= MAX_KICKER and _section_label_above(lines, index, line):
                draft.explain("title", f"ignored {line!r}: a section's label above the headline")
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
            if (
                _may_name_a_site(line)
                and (tagline := _tagline_above_menu(draft.text, lines, index)) is not None
            ):
                draft.explain("title", f"ignored {line!r}: the site's name, above its menu")
                draft.explain("title", f"ignored {lines[tagline]!r}: its tagline")
                lines[index] = lines[tagline] = ""
                listed = _menu_listed(lines, tagline + 1) or ()
                for item in listed:  # (its items a line each: none is the headline)
                    draft.explain("title", f"ignored {lines[item]!r}: the site's menu")
                    lines[item] = ""
                for _ in listed:  # the menu's lines took the places of the headline's
                    if len(seen) < _LOOK_AT_LINES + len(listed):
                        _look_further(lines, seen)
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
                and HEADLINE_WORDS.search(line) is None
                and written_as_nav_bar(draft.text, following.strip())
            ):
                reason = "the site's name, above its navigation menu"
            if (
                reason is None
                and following
                and _may_name_a_board(line)
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
            if (
                reason is None
                and following
                and (dateline := _post_dateline(following.strip())) is not None
            ):
                headline = _site_name_above_dateline(line, dateline, lines, seen[position + 2 :])
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
            if (
                reason is None
                and following
                and _byline_above_date(line, following.strip(), lines, seen[position + 2 :])
                is not None
            ):
                reason = "a writer's byline, above its date line and the headline"
            if (
                reason is None
                and (issue := _issue_line_under(line, lines, seen[position + 1 :])) is not None
            ):
                reason = "the newsletter's name, above its issue's number"
                for between in seen[position + 1 :]:
                    if between > issue:
                        break
                    draft.explain(
                        "title", f"ignored {lines[between][:60]!r}: its tagline and issue line"
                    )
                    lines[between] = ""
            if (
                reason is None
                and position + 3 < len(seen)
                and seen[position + 1] == index + 1  # (the tagline right under the name)
                and len(following) <= _MAX_FOLLOWING
                and (
                    headline := _blog_header_above(
                        line, following.strip(), lines, seen[position + 2 :]
                    )
                )
                is not None
            ):
                reason = "the blog's name, above its tagline, the post's date and headline"
                for between in seen[position + 1 :]:
                    if between >= headline:
                        break
                    draft.explain(
                        "title", f"ignored {lines[between][:60]!r}: the blog's tagline and date"
                    )
                    lines[between] = ""
            if (
                reason is None
                and position + 2 < len(seen)
                and "/" in following
                and _masthead_over_address(line, following.strip(), lines, seen[position + 2 :])
            ):
                reason = "the site's name and its section or tagline, above the page's address"
            if (
                reason is None
                and following[:8].lstrip()[:5].lower() == "feed:"
                and _feed_item_under(lines, seen[position + 2 :])
            ):
                reason = "a feed reader's banner, above the feed's line and its item's title"
            if reason is not None:
                draft.explain("title", f"ignored {line!r}: {reason}")
                lines[index] = ""
                if position + 2 < len(seen) and _tagline_over_headline(
                    following.strip(), lines[seen[position + 2]]
                ):
                    draft.explain("title", f"ignored {following.strip()!r}: its tagline")
                    lines[seen[position + 1]] = ""
                continue
            body_from = index + 1
            rest = _wrapped_rest(lines, index, line)
            if rest is not None:  # a headline wrapped onto a second line (a PDF's text)
                line = f"{line} {rest}"
                body_from += 1
            if following.lstrip()[:4].lower() == "http":
                # a browser tab's title over the page's address ("<Headline> - Some Site" /
                # "https://www.somesite.example/…"): the site's name is not the headline's
                line = without_site_name(line, None, following.strip()) or line
            elif " | " in line and (tab := _tab_title_over_headline(lines, index, line)):
                draft.explain("title", f"ignored {line[len(tab) :]!r}: the tab title's site name")
                line = tab
            if _THREAD in line:
                aside = _THREAD_ASIDE.fullmatch(line)
                if aside is not None:
                    # the aside or the place after the mark is the thread's frame, and the
                    # mark closing the headline with it ("Show ep 4 thoughts 🧵 (spoilers)"):
                    # the mark alone left would be half the frame
                    line = aside.group("headline")[: -len(_THREAD)].rstrip()
                if "thread because" in line and (why := _THREAD_BECAUSE.search(line)) is not None:
                    # the headline, then why the writer threads it ("Show ep 10 thoughts, a
                    # thread because 300 characters is not enough for this one"): the reason is
                    # the post's remark on its own length, the headline the words before it
                    line = line[: why.start()]
                if unroller_heading and len(line) > MAX_HEADLINE:
                    # a post longer than a headline under the unroller's heading: no headline
                    # but the unroller's own, which names the poster, not the post
                    break
                if unroller_heading and not _reads_like_headline(
                    " ".join(line.replace(_THREAD, " ").split())
                ):
                    # the opening post is sentences, a headline only for its mark: the
                    # unroller's heading over it is the title, the post the text's opening
                    draft.title = unroller_heading
                    draft.title_is_line = True
                    draft.body_from = index
                    draft.explain(
                        "title",
                        f"{unroller_heading!r}: the unroller's heading, over an opening post "
                        "of sentences",
                    )
                    return
            if _may_be_trail(line) and (crumbed := _headline_after_crumbs(line)) is not None:
                draft.explain("title", f"ignored {line[: -len(crumbed)]!r}: the page's breadcrumbs")
                line = crumbed
                repeat = next((i for i in range(body_from, len(lines)) if lines[i]), None)
                if repeat is not None and fold(_strip_marks(lines[repeat])) == fold(line):
                    body_from = repeat + 1  # the headline again, under its trail
            if "age" in line and (paged := _without_page_trail(line)) != line:
                draft.explain("title", f"ignored {line[len(paged) :]!r}: the thread's pagination")
                line = paged
            if ("*" in line or "_" in line) and _MARKDOWN_HEADING.match(lines[index]):
                # a Markdown heading's emphasis is markup, rendered, not its words ("# <Show> Is
                # the Most *<Other Show>* Thing …"): the document's title is shown without it;
                # the detectors still read it, as setting a work's name apart
                shown = _INLINE_EMPHASIS.sub(r"\g<text>", line)
                draft.shown_title = shown if shown != line else ""
            if not line[:1].isascii() and (bare := _without_emoji_bullet(lines, index, line)):
                draft.explain("title", f"ignored {line[: -len(bare)]!r}: the notes' emoji bullet")
                line = bare
            draft.title = line
            draft.title_is_line = True
            draft.body_from = body_from
            draft.explain("title", f"{line!r}: the first line that reads like a headline")
            _drop_flair_under(draft, lines, body_from)
            if score_line >= 0:
                # the review's score line above the headline is its text: the body opens
                # there, without the headline
                for taken in range(index, body_from):
                    lines[taken] = ""
                draft.body_from = score_line
            return
        if _numbered_heading(lines, index, line):
            draft.title = line
            draft.title_is_line = True
            draft.body_from = index + 1
            draft.explain("title", f"{line!r}: a numbered heading opening the post")
            return
        if (heading := _review_heading_below(lines, index)) is not None:
            # a copy's note and its fields above the Markdown document's own heading
            # ("Reposted from my notes page." / "**Series:** Show" / "# Show Episode 4
            # Review — …"): the heading is the title
            draft.title = heading[1]
            draft.title_is_line = True
            draft.body_from = heading[0] + 1
            draft.explain("title", f"{heading[1]!r}: the Markdown heading under a copy's note")
            return
        break  # the body begins: no title line
    draft.title = printed_title
    draft.title_is_line = False
    draft.body_from = next((i for i in seen if lines[i]), len(lines))
    if printed_title:
        draft.explain("title", f"{printed_title!r}: the page's title in its print header")
    else:
        draft.explain("title", "none: the text opens with a paragraph, not a headline")
