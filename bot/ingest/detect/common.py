"""Small helpers the detectors share."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from bot.models import Catalog
from bot.text.finds import find_all
from bot.text.names import fold

__all__ = [
    "LIST_BULLETS",
    "MAX_EPISODE",
    "MIN_EPISODE_TITLE",
    "OPENING_LINES",
    "ORDINALS",
    "ORDINAL_TEXT",
    "RELATED_LINKS",
    "SECTION_NUMBER",
    "STREAMING_SERVICES",
    "THREAD_MARK",
    "find_all",
    "folded_episode_titles",
    "is_headline_line",
    "opening_lines",
    "romanised_japanese",
    "romanised_title",
    "title_cased",
    "unframed",
    "wiki_episode_lead",
]

MAX_EPISODE = 9999

SECTION_NUMBER = re.compile(r"\d{1,2}[.)]\s+")
"""A list's or a section's number opening a line ("3. First Impressions: <Name>": a letter's
table of contents, its feature's heading)."""

LIST_BULLETS = ("* ", "- ", "+ ")
"""How a Markdown list's item opens ("* Show Episode 1 …"): a link among others, no headline."""

THREAD_MARK = "🧵"
"""The mark of a social thread's opening post ("🧵 <Show> ep 3 thoughts 1/6")."""

STREAMING_SERVICES = (
    r"crunchyroll|netflix|hidive|funimation|hulu|disney\s*\+|disney\s+plus|"
    r"(?:amazon\s+)?prime(?:\s+video)?|amazon|youtube|bilibili|max|hbo\s+max|"
    r"apple\s+tv\+?|peacock|paramount\+?|ani-one|muse\s+asia|tubi|retrocrush|adn"
)
"""The streaming services a page names (a regex source, lower case): where a show streams
("Now streaming on Netflix"), which is no part of its name ("<Name> (Netflix)")."""

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
}  # fmt: skip
"""An ordinal in words and its value, up to "fifty-ninth" ("twenty-first": 21)."""
for _tens, _value in (("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50)):
    for _unit, _unit_value in list(ORDINALS.items())[:9]:  # first .. ninth
        ORDINALS[f"{_tens}-{_unit}"] = _value + _unit_value
ORDINAL_TEXT = "|".join(w.replace("-", r"[\s-]") for w in sorted(ORDINALS, key=len, reverse=True))
"""Any of ORDINALS, as a pattern (longest first; "twenty first" too)."""

# a wiki's episode article opens by saying what its subject is: '"<Episode's Title>" is the
# fourth (and final) episode of the <Show> anime series' (not a review's "This is the first
# episode of the show that ...", nor "Episode 4 is the best episode of <Show>")
_WIKI_LEAD = re.compile(
    r"(?![\s\"'“‘*_]*(?:this|that|it)\b)[^.!?\n]{1,150}?\sis\s+the\s+(?:"
    + ORDINAL_TEXT
    + r"|\d{1,4}(?:st|nd|rd|th))(?:\s+and\s+(?:final|last))?\s+episode\s+of\s+(?:the\s+)?"
    r"(?P<name>[^.,;:!?\n]{1,100}?)\s+anime\b",
    re.IGNORECASE,
)
_WIKI_LEAD_WORDS = "episode of"  # what _WIKI_LEAD needs, looked for first
WIKI_LEAD_CHARS = 600
"""Characters of a paragraph's head read for a wiki episode article's lead sentence."""


def wiki_episode_lead(paragraph: str) -> re.Match[str] | None:
    """The lead sentence a wiki's episode article opens `paragraph` with ('"<Episode's Title>"
    is the fourth episode of the <Show> anime series'), its show's name as written in the
    group "name"; None when the paragraph does not open so."""
    head = paragraph[:WIKI_LEAD_CHARS]
    if _WIKI_LEAD_WORDS not in head:
        return None
    return _WIKI_LEAD.match(head)


RELATED_LINKS = (
    r"related(?:\s+(?:posts|articles|reviews))?|you\s+may\s+also\s+like|sidebar"
    r"|(?:most\s+(?:read|popular|viewed)|popular|trending)"
    r"(?:\s+(?:posts|articles|reviews|stories|now|today|this\s+(?:week|month)))?"
    r"|(?:read|up)\s+next"
    # a forum's picks of its other threads under the one read ("Suggested Topics", "Similar
    # threads"), each its title, category and reply count, a title's score its own
    r"|(?:suggested|similar)\s+(?:topics|threads|posts|discussions)"
    # a platform's picks of others' posts: "Recommended for you", "Recommended from Medium"
    r"|recommended\s+(?:for\s+you|from(?:\s+(?-i:[A-Z0-9])[^\s:.!?]*){1,5})"
    # a site's, a section's or a writer's other posts, under its name ("More from Some Site:",
    # "MORE IN ANIME"), or under two names ("More from Dana Reyes and Night Shift", a writer's
    # and the publication's), or under what they are ("More recaps")
    r"|more\s+(?:(?:from|in)(?:\s+(?-i:[A-Z0-9])[^\s:.!?]*){1,5}"
    r"(?:\s+(?:and|&)(?:\s+(?-i:[A-Z0-9])[^\s:.!?]*){1,5})?"
    r"|(?:posts|recaps|reviews|stories|articles)(?:\s+you\s+may\s+(?:also\s+)?like)?)"
    # a database site's other users' reviews of the show, under its name ("More reviews of
    # <Show>", "Other user reviews for <Show>", "Other reviews"), each with its score
    r"|(?:more|other)\s+(?:user\s+)?reviews(?:\s+(?:of|for)\s+[\"“'‘]?(?-i:[A-Z0-9])[^,;:.!?]{0,80})?"
)
"""The heading of a list of links to other posts ("Related posts", "Most read this week"), or
of a sidebar's block of short lines: a regex source, matched case-blind."""

MIN_EPISODE_TITLE = 8
"""A catalog episode's title shorter than this is too likely a common phrase or a name of its
own to say which episode (or anime) a text is about."""


OPENING_LINES = 12
"""Lines of the opening looked through for a headline below a page's furniture (a chat's or
a cache's header, a zine's running header, a site's menu)."""
_MAX_HEADLINE = 120
_MAX_HEADLINE_WORDS = 14
_SENTENCE_MARKS = (".", ",", ";", ":", "!", "?")


def opening_lines(paragraphs: Iterable[str], most: int = OPENING_LINES) -> Iterator[str]:
    """The first `most` lines of these paragraphs, in order (empty lines count)."""
    seen = 0
    for paragraph in paragraphs:
        for line in paragraph.split("\n"):
            seen += 1
            if seen > most:
                return
            yield line


# a line framed by runs of one mark either side ("== <Heading> ==", "*** <Heading> ***",
# "=== <Export banner> ==="), as newsletters, text files and chat exports set off their
# sections and banners
_FRAMED = re.compile(r"(?P<mark>[=~*#_─━═-])(?P=mark)+[ \t]+(?P<inner>\S.*?)[ \t]+(?P=mark){2,}")


def unframed(line: str) -> str:
    """A (stripped) `line` without the runs of marks framing it ("== <Heading> ==" gives
    "<Heading>"); any other line as it is."""
    framed = _FRAMED.fullmatch(line) if line[:1] == line[-1:] else None
    return framed.group("inner") if framed is not None else line


def is_headline_line(line: str) -> bool:
    """Could this (stripped) line be a headline: short, a few words, not ending a sentence?"""
    return (
        bool(line)
        and len(line) <= _MAX_HEADLINE
        and len(line.split()) <= _MAX_HEADLINE_WORDS
        and not line.endswith(_SENTENCE_MARKS)
    )


def title_cased(words: list[str]) -> bool:
    """Are most longer words capitalised, as in a headline ("Dr. Stone Episode 5 Review")?"""
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    capitals = sum(1 for w in long_words if w[0].isupper())
    return bool(long_words) and capitals * 10 >= len(long_words) * 7


# a word of romanised Japanese: syllables ("mu-sho-ku", "te-n-se-i", "da-t-ta"), each a vowel
# after a consonant or none, or a syllable-final "n", or a doubled consonant's first half
_ROMAJI_WORD = re.compile(
    r"(?:(?:sh|ch|ts|[kgnhbpmr]y|[kgsztdnhbpmrjfwvy])?[aeiouāīūēō]|n(?![aeiouy])|([kstp])(?=\1)"
    r"|t(?=ch))+"
)
# English words a column's name uses that are written like romanised Japanese
_ENGLISH_ROMAJI = frozenset(("anime", "manga", "take", "time", "note", "page", "home"))


def romanised_japanese(head: str) -> bool:
    """Is `head` Japanese written in Latin letters, a title ("Kimetsu no Yaiba") or a
    person's name ("yoko hikasa"), of two words or more of three letters or more? Before a
    colon, it is the anime's own name, with its English subtitle after it ("<Romaji>:
    <English>"); a column's name is English words."""
    words = head.casefold().replace("-", " ").split()
    if sum(len(word) >= 3 for word in words) < 2:
        return False
    return all(
        _ROMAJI_WORD.fullmatch(word) is not None and word not in _ENGLISH_ROMAJI for word in words
    )


# the particles a romanised title keeps in lower case between its words ("Ao no Hako",
# "Hikaru ga Shinda Natsu", "Boku to Roboco"), which no person's name written in Latin holds
_TITLE_PARTICLES = frozenset(("no", "ga", "wa", "wo", "ni", "to", "de", "mo", "ya", "e", "o"))


def romanised_title(name: str) -> bool:
    """Is `name` a title in romanised Japanese as English text writes one: a capital first,
    every word romanised Japanese, and a particle in lower case between its words ("Ao no
    Hako")? An actor's name ("Akari Kito") holds no particle, an English title no word that
    is not romanised ("Blue Box"), a sentence words in lower case that are no particles."""
    words = name.replace("-", " ").split()
    return (
        len(words) >= 3
        and words[0][:1].isupper()
        and any(word in _TITLE_PARTICLES for word in words[1:-1])
        and all(word in _TITLE_PARTICLES or word[:1].isupper() for word in words)
        and all(_ROMAJI_WORD.fullmatch(word.casefold()) is not None for word in words)
    )


# the letters of Japanese, Chinese and Korean script (kana, kanji, hangul), for a character class
CJK_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"


_FOLDED_TITLES: dict[int, tuple[Catalog, tuple[tuple[int, str, str], ...]]] = {}


def folded_episode_titles(catalog: Catalog) -> tuple[tuple[int, str, str], ...]:
    """(number, title, folded title) of a catalog's episodes with a title of 4+ characters, in
    the catalog's order (cached per catalog: folding every title per document cost more than
    the search)."""
    cached = _FOLDED_TITLES.get(id(catalog))
    if cached is not None and cached[0] is catalog:
        return cached[1]
    titles = tuple(
        (ep.number, ep.title, fold(ep.title))
        for ep in catalog.episodes
        if ep.title and len(ep.title) >= 4
    )
    if len(_FOLDED_TITLES) >= 64:
        _FOLDED_TITLES.clear()
    _FOLDED_TITLES[id(catalog)] = (catalog, titles)
    return titles
