"""Spoiler-safe text handling for Discord markdown.

Everything that shows document or user text goes through :func:`escape`, so the text renders
literally. Spoilers are built only by :func:`spoiler` / :func:`spoiler_pages`, which guarantee
that a ``||…||`` span can never be closed or reopened by the text inside it and is never cut in
half by paging or truncation.

Escaping is word-compositional: ``escape(text)`` escapes each whitespace-separated word on its
own (the first word of a line gets the extra line-start rules) and keeps the whitespace as is.
That lets the pagers measure a page *after* escaping word by word, and guarantees that a span
built from words equals ``spoiler(" ".join(words))`` exactly.

Lengths are Python ``len`` (code points), the same measure discord.py's ``len(Embed)`` uses.
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import logging
import operator
import re
from dataclasses import dataclass

from bot.models import SpoilerPolicy
from bot.text.sentences import sentence_spans

log = logging.getLogger(__name__)

__all__ = [
    "MIN_SPOILER_LIMIT",
    "Gate",
    "chunk_words",
    "delimiters",
    "escape",
    "fit_plain",
    "fit_spoiler",
    "gated",
    "plain_pages",
    "spoiler",
    "spoiler_pages",
    "truncate",
]

DELIMITER = "||"
# "||" + one escaped character (at most 2) + a guard space + "||"
MIN_SPOILER_LIMIT = 7

# Inline markdown, escaped wherever it occurs: ``\ * _ ~ ` | [ ]``; the ``<`` of
# <@123> <@!1> <@&1> <#1> <:emoji:1> <a:emoji:1> <t:123:R> </cmd:1> <id:customize> <https://...>;
# the ``@`` of @everyone/@here. A URL is matched first and kept as is: Discord parses no markdown
# inside links, so `_` and `*` there stay (escaping them would break the link), while `|`,
# backticks, backslashes and brackets end the URL token and are escaped normally.
_INLINE = re.compile(
    r"(?P<url>(?:https?|steam)://[^\s<>|`\\\[\]]+)"
    r"|[\\*_~`|\[\]]"
    r"|<(?=[@#:/]|[A-Za-z]+:)"
    r"|@(?=everyone|here)"
)
# Block markdown at the start of a line (after optional blanks): headings (# ## ###), block
# quotes (> >>>), lists (- + and "-# " subtext; * is always escaped) and "1. " lists.
_LINE_HEAD = re.compile(r"\s*+(?:(?P<mark>[#>]|[-+]#*(?=\s|\Z))|\d+(?P<dot>\.)(?=\s|\Z))")
# Text without any of these characters needs no inline escaping.
_SPECIAL = re.compile(r"[\\*_~`|\[\]<@]")
_PARAGRAPHS = re.compile(r"\n[^\S\n]*\n\s*")
# A page split inside a paragraph ends at the last sentence end once the page is this full
# (its last 40%); without one there, it ends at the last word that fits.
SENTENCE_FILL = 0.6
# Whitespace that normalising a paragraph would change.


# --------------------------------------------------------------------------- escaping


def _inline(m: re.Match[str]) -> str:
    return m.group() if m.group("url") else "\\" + m.group()


def _escape_inline(text: str) -> str:
    return _INLINE.sub(_inline, text) if _SPECIAL.search(text) else text


def _escape_line_heads(text: str) -> str:
    out: list[str] = []
    for line in text.splitlines(keepends=True):  # the same line breaks Discord honours
        m = _LINE_HEAD.match(line)
        if m is not None:
            cut = m.start("mark") if m.group("mark") else m.start("dot")
            line = line[:cut] + "\\" + line[cut:]
        out.append(line)
    return "".join(out)


def escape(text: str) -> str:
    """Escape Discord markdown so ``text`` renders literally.

    Always escaped: ``\\ * _ ~ ` | [ ]`` (outside URLs; brackets kill masked links, so
    parentheses stay untouched). At the start of a line: ``#`` ``>`` and list markers
    (``-``, ``+``, ``-#``, ``1.``). Anywhere: the ``<`` of mention/emoji/timestamp syntax and the
    ``@`` of ``@everyone``/``@here``. Ordinary punctuation is left alone.

    Escaping is word-compositional: each whitespace-separated word is escaped on its own (the
    first word of a line with the block rules too), whitespace is kept as is. Runs in linear time.
    """
    return _escape_line_heads(_escape_inline(text))


def delimiters(text: str) -> list[int]:
    """Positions of the unescaped ``||`` delimiters (a backslash escapes the next character)."""
    found: list[int] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\\":
            i += 2
        elif c == "|" and i + 1 < n and text[i + 1] == "|":
            found.append(i)
            i += 2
        else:
            i += 1
    return found


def _wrap(escaped: str) -> str:
    """``||escaped||``. A trailing escaped pipe gets a guard space, so no naive ``||`` matcher
    can pair it with the closing delimiter (``\\|||``)."""
    if escaped.endswith("|"):
        escaped += " "
    return DELIMITER + escaped + DELIMITER


def spoiler(text: str) -> str:
    """One spoiler span around ``text`` (escaped, stripped); whitespace-only text gives ``""``."""
    text = text.strip()
    if not text:
        return ""
    return _wrap(escape(text))


# --------------------------------------------------------------------------- chunking


def _split_escaped(word: str, budget: int, *, guard: bool) -> list[str]:
    """Split a word whose escaping does not fit ``budget`` into the longest prefixes whose own
    escaping does (each piece at least 1 char), keeping room for the guard space if ``guard``.

    Linear in the word: each piece costs a constant number of escapes of at most ``budget``
    characters. Escaping never shortens text, so a piece has at most ``budget`` characters.
    Inline escaping of a prefix equals that of the whole window character by character, except
    for its last character (a ``<`` or ``@`` whose lookahead was cut off); the line-start rules
    add at most 1, the guard space 1. So the escaped lengths of the window's prefixes, measured
    once, put the longest fitting prefix within 3 characters, and two checks find it.
    """

    def fits(piece: str) -> bool:
        escaped = escape(piece)
        return len(escaped) + (1 if guard and escaped.endswith("|") else 0) <= budget

    pieces: list[str] = []
    start, n = 0, len(word)
    while start < n:
        left = n - start
        if left <= budget and fits(word[start:]):
            pieces.append(word[start:])
            break
        window = word[start : start + min(left - 1, budget)]
        cost = [1] * len(window)
        for m in _INLINE.finditer(window):
            if not m.group("url"):
                cost[m.start()] = 2  # a backslash before it
        # ends[k]: the inline-escaped length of window[:k], give or take its last character
        ends = [0, *itertools.accumulate(cost)]
        sure = bisect.bisect_right(ends, budget - 2) - 1  # certainly fits: <= budget - 2 + 2
        lo, hi = max(sure, 1), min(len(window), sure + 3)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if fits(window[:mid]):
                lo = mid
            else:
                hi = mid - 1
        pieces.append(window[:lo])
        start += lo
    return pieces


def chunk_words(text: str, limit: int) -> list[str]:
    """Split at whitespace into chunks of at most ``limit`` chars (words joined by one space).

    Never splits inside a word, except a single word longer than ``limit`` (hard split).
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")

    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for word in text.split():
        pieces = [word[i : i + limit] for i in range(0, len(word), limit)]  # hard split
        for piece in pieces:
            if current and size + 1 + len(piece) <= limit:
                current.append(piece)
                size += 1 + len(piece)
                continue
            if current:
                chunks.append(" ".join(current))
            current, size = [piece], len(piece)
    if current:
        chunks.append(" ".join(current))
    return chunks


def _pack_escaped(
    paragraph: str, budget: int, *, guard: bool, first_budget: int | None = None
) -> list[str]:
    """Escape a normalised paragraph (words joined by single spaces) and pack its words
    greedily into chunks of at most ``budget`` chars.

    A chunk is the escaping of its words joined by single spaces (its first word gets the
    line-start rules), i.e. exactly ``escape(" ".join(chunk_words))``. With ``guard``, room is
    kept for the guard space :func:`_wrap` adds after a trailing escaped pipe. The first chunk
    gets ``first_budget`` instead (the rest of a page); it is ``""`` when not even the first
    word fits there, or when the page is already well filled (:data:`SENTENCE_FILL`) and no
    sentence ends in the rest of it.

    A chunk the paragraph goes on after ends at the last sentence end that leaves its page at
    least :data:`SENTENCE_FILL` full, else at the last word that fits. Linear in the text,
    over-long words included.
    """

    # Inline escaping never adds whitespace, so one pass over the paragraph escapes every word.
    escaped = _escape_inline(paragraph).split(" ")
    stops = _sentence_stops(paragraph)  # words ending a sentence, ascending
    # The line-start rules add at most one backslash and the guard one space: a word within
    # budget - 2 always fits alone. Longer ones are checked, and hard-split when they do not fit.
    if escaped and max(map(len, escaped)) + 2 > budget:
        pieces: list[str] = []
        last_piece: list[int] = []  # per word: the index of its last piece
        for word, esc in zip(paragraph.split(" "), escaped, strict=True):
            if len(esc) + 2 <= budget:
                pieces.append(esc)
            else:
                pieces.extend(_escape_inline(p) for p in _split_escaped(word, budget, guard=guard))
            last_piece.append(len(pieces) - 1)
        escaped = pieces
        stops = [last_piece[k] for k in stops]
    joined = " ".join(escaped)
    # ends[k] - 1 is where word k ends in `joined` (C-level: no Python loop per word)
    ends = list(itertools.accumulate(map(operator.add, map(len, escaped), itertools.repeat(1))))

    chunks: list[str] = []
    room = budget if first_budget is None else first_budget
    i, n = 0, len(escaped)
    while i < n:
        start = ends[i - 1] if i else 0
        first = _escape_line_heads(escaped[i])  # == escape(word i): it opens a line
        extra = len(first) - len(escaped[i])
        # the longest run of words i..j that fits: (ends[j] - 1 - start) + extra <= room
        j = bisect.bisect_right(ends, room + start + 1 - extra, i) - 1
        while guard and j >= i and escaped[j].endswith("|") and ends[j] - start + extra > room:
            j -= 1  # no room for the guard space after a trailing escaped pipe
        if i <= j < n - 1:  # the paragraph goes on after this chunk: where does it best end?
            held = budget - room  # what the page holds before this chunk
            s = bisect.bisect_right(stops, j) - 1
            k = stops[s] if s >= 0 else -1
            if k >= i and held + ends[k] - 1 - start + extra >= SENTENCE_FILL * budget:
                j = k  # the last sentence end in the page's last part
            elif held >= SENTENCE_FILL * budget:
                j = i - 1  # none: the page ends where it is, between paragraphs
        if j < i:  # not even one word fits in the (short) first room
            if room == budget:  # cannot happen: every piece fits alone (MIN limits)
                raise ValueError(f"limit {budget} is too small for one escaped character")
            chunks.append("")
            room = budget
            continue
        chunks.append(first + joined[start + len(escaped[i]) : ends[j] - 1])
        i = j + 1
        room = budget
    return chunks


def _sentence_stops(paragraph: str) -> list[int]:
    """The words of a normalised paragraph (split at single spaces) that end a sentence, but
    the last one, ascending. Linear: one pass of the sentence splitter, one bisect per end."""
    spans = sentence_spans(paragraph)
    if len(spans) < 2:
        return []
    # word k ends where the space after it is: word_ends[k] - 1
    word_ends = list(itertools.accumulate(len(w) + 1 for w in paragraph.split(" ")))
    stops: list[int] = []
    for _, end in spans[:-1]:
        k = bisect.bisect_left(word_ends, end + 1)
        if k < len(word_ends) and word_ends[k] - 1 == end:
            stops.append(k)
    return stops


def _normalise(paragraph: str) -> str:
    """Whitespace runs -> one space, no leading/trailing space.

    Unconditional: str.split/join is ~4x faster on 10 KB than a regex scan deciding whether
    it is needed (profiled in the bench)."""
    return " ".join(paragraph.split())


def _paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text`` (split at blank lines), each normalised; empty ones dropped."""
    return [p for p in map(_normalise, _PARAGRAPHS.split(text)) if p]


def _spans(paragraph: str, limit: int) -> list[str]:
    """One normalised paragraph as whole spoiler spans of at most ``limit`` chars each."""
    budget = limit - 2 * len(DELIMITER)
    if len(paragraph) <= budget:  # escaping never shortens: only then can it fit one span
        whole = escape(paragraph)
        if len(whole) + (1 if whole.endswith("|") else 0) <= budget:  # the usual case
            return [_wrap(whole)]
    return [_wrap(chunk) for chunk in _pack_escaped(paragraph, budget, guard=True)]


def spoiler_pages(text: str, limit: int) -> list[str]:
    """Pages of at most ``limit`` chars (markup included) made only of whole spoiler spans.

    One span per paragraph; a paragraph too long for one span becomes several spans (split at
    word boundaries) joined by a space; paragraphs are joined by a blank line. A page never
    starts or ends inside a span. Empty text gives no pages.
    """
    if limit < MIN_SPOILER_LIMIT:
        raise ValueError(f"limit must be at least {MIN_SPOILER_LIMIT}")
    pages: list[str] = []
    page = ""
    for paragraph in _paragraphs(text):
        for j, span in enumerate(_spans(paragraph, limit)):
            sep = " " if j else "\n\n"
            if page and len(page) + len(sep) + len(span) <= limit:
                page += sep + span
            else:
                if page:
                    pages.append(page)
                page = span
    if page:
        pages.append(page)
    return pages


def plain_pages(text: str, limit: int) -> list[str]:
    """Escaped, paragraph-aware, word-safe pages of at most ``limit`` chars.

    Paragraphs are joined by a blank line; a paragraph that would not fit in the rest of a page
    starts the next one, and only a paragraph longer than a whole page is split (between words):
    it fills the rest of the current page and goes on over the next ones.
    """
    if limit < 2:
        raise ValueError("limit must be at least 2")
    pages: list[str] = []
    page = ""
    for paragraph in _paragraphs(text):
        whole = escape(paragraph) if len(paragraph) <= limit else None  # never shortens
        if whole is not None and len(whole) <= limit:  # the usual case: it fits on a page
            if page and len(page) + 2 + len(whole) <= limit:
                page += "\n\n" + whole
            else:
                if page:
                    pages.append(page)
                page = whole
            continue
        first_budget = max(limit - len(page) - 2, 0) if page else None
        chunks = _pack_escaped(paragraph, limit, guard=False, first_budget=first_budget)
        if page:
            head, chunks = chunks[0], chunks[1:]
            pages.append(page + "\n\n" + head if head else page)
        pages.extend(chunks[:-1])
        page = chunks[-1]
    if page:
        pages.append(page)
    return pages


# --------------------------------------------------------------------------- truncation


def _dangling_escape(text: str) -> bool:
    """True when the last character is a backslash that would escape whatever follows: the
    run of backslashes ending the text is odd (each pair is one escaped backslash)."""
    return (len(text) - len(text.rstrip("\\"))) % 2 == 1


def truncate(text: str, limit: int, *, ellipsis: str = "…") -> str:
    """Word-safe truncation to at most ``limit`` chars, ellipsis included.

    Works on escaped text: it never cuts between a backslash and the character it escapes and
    never leaves a ``||`` span open (an unfinished span is dropped whole).
    """
    if limit < 1:
        return ""
    if len(text) <= limit:
        return text
    budget = limit - len(ellipsis)
    if budget <= 0:
        return ellipsis[:limit]
    cut = text[:budget]
    if not text[budget].isspace():
        # back to the last whitespace (a single word longer than the budget is cut hard)
        boundary = next((i for i in range(len(cut) - 1, 0, -1) if cut[i].isspace()), 0)
        if boundary > 0:
            cut = cut[:boundary]
    while True:
        cut = cut.rstrip()
        if _dangling_escape(cut):
            cut = cut[:-1]
            continue
        marks = delimiters(cut) if "||" in cut else []
        if len(marks) % 2:
            cut = cut[: marks[-1]]
            continue
        break
    return cut + ellipsis


def fit_plain(text: str, limit: int) -> str:
    """``escape(text)`` truncated (word-safe, escape-safe) to ``limit`` chars."""
    return truncate(escape(text.strip()), limit)


def fit_spoiler(text: str, limit: int) -> str:
    """One whole spoiler span of at most ``limit`` chars; the text is truncated before wrapping.

    Whitespace-only text gives ``""``.
    """
    if limit < MIN_SPOILER_LIMIT:
        raise ValueError(f"limit must be at least {MIN_SPOILER_LIMIT}")
    escaped = escape(text.strip())
    if not escaped:
        return ""
    budget = limit - 2 * len(DELIMITER)
    inner = truncate(escaped, budget)
    if len(inner) == budget and inner.endswith("|"):  # no room for the guard space
        inner = truncate(escaped, budget - 1)
    return _wrap(inner)


# --------------------------------------------------------------------------- gating


class Audience(enum.Enum):
    """Who reads a message, which decides whose progress gates it."""

    PUBLIC = "public"  # the channel, or a thread other than the bot's own episode thread
    PRIVATE = "private"  # the asker alone (an ephemeral reply): their own progress
    THREAD = "thread"  # the bot's thread for one episode: the thread is the gate


@dataclass(frozen=True, slots=True)
class Gate:
    """How far the readers of one message have watched one anime.

    `progress` None means nothing counts as watched, so everything about any episode stays
    wrapped. Recaps stay wrapped even within progress unless `reveal_recaps` (no one but the
    asker, or an episode thread's readers, will see them). A passage whose episode is unknown is
    about the anime's last episode (`last_episode`, its episode count), and stays wrapped for
    everyone while that count is unknown. `secrets` are the names (aliases) revealed in an
    episode, with that episode: a passage naming one still beyond the readers is wrapped.
    """

    progress: int | None = None
    reveal_recaps: bool = False
    policy: SpoilerPolicy = SpoilerPolicy.WRAP
    last_episode: int | None = None
    secrets: tuple[tuple[str, int], ...] = ()
    audience: Audience = Audience.PRIVATE

    @property
    def watched(self) -> int:
        return self.progress or 0

    def _episode(self, about_episode: int | None) -> int | None:
        return about_episode if about_episode is not None else self.last_episode

    def beyond(self, about_episode: int | None) -> bool:
        """True when the passage speaks of an episode past the readers' progress (an unknown
        episode is the last one; with no known last episode it is always beyond)."""
        episode = self._episode(about_episode)
        return episode is None or episode > self.watched

    def hides(self, *, about_episode: int | None, recap: bool = False, text: str = "") -> bool:
        """Whether a passage is wrapped: a recap the readers may not open plainly, a passage
        about an episode beyond them, or one naming a secret still beyond them."""
        if recap and not self.reveal_recaps:
            return True
        return self.beyond(about_episode) or self.names_secret(text)

    def reveals(self, revealed_in: int | None) -> bool:
        """A curated fact or alias revealed in `revealed_in` may be shown (None: no spoiler)."""
        return revealed_in is None or revealed_in <= self.watched

    def names_secret(self, text: str) -> bool:
        """Whether `text` names an alias revealed after the readers' progress."""
        if not text or not self.secrets:
            return False
        hidden = tuple(name for name, episode in self.secrets if episode > self.watched)
        pattern = _names_pattern(hidden)
        return pattern is not None and pattern.search(text) is not None

    def notice(self) -> str:
        """The one line an answer that hid something carries, saying why and what to do."""
        if self.audience is Audience.PUBLIC:
            if self.progress is None:
                return (
                    "Spoilers are hidden: this server has set no default progress. Click a "
                    "black bar to reveal it, or press “Show me” to see it as far as you've watched."
                )
            return (
                f"Spoilers beyond episode {self.progress} (this server's default) are hidden. "
                "Click a black bar to reveal it, or press “Show me” for your own progress."
            )
        if self.audience is Audience.THREAD:
            return f"This thread unwraps up to episode {self.progress}; later spoilers stay hidden."
        if self.progress is None:
            return "Spoilers are hidden: set your /progress to unwrap what you have seen."
        return f"Spoilers beyond your episode {self.progress} are hidden — click one to reveal it."


@functools.lru_cache(maxsize=256)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One word-bounded, case-insensitive pattern for any of `names`."""
    words = sorted({" ".join(n.split()) for n in names if n.strip()}, key=len, reverse=True)
    if not words:
        return None
    body = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def gated(text: str, hidden: bool, limit: int) -> list[str]:
    """Pages of ``text``: whole spoiler spans when ``hidden``, escaped plain text otherwise."""
    return spoiler_pages(text, limit) if hidden else plain_pages(text, limit)
