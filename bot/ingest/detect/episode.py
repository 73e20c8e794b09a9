"""The episode: which one a document is about (from its title), and the latest episode its
text speaks of (what its sections may spoil)."""

from __future__ import annotations

import functools
import logging
import re
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz import fuzz

from bot.ingest.detect.common import (
    LIST_BULLETS,
    MAX_EPISODE,
    OPENING_LINES,
    ORDINAL_TEXT,
    ORDINALS,
    find_all,
    folded_episode_titles,
    is_headline_line,
    opening_lines,
    unframed,
)
from bot.ingest.detect.kind import (
    EPISODE_GUIDE,
    FIRST_IMPRESSIONS,
    LATER_SEASON,
    LATER_SEASON_PREMIERE,
    SEASON_AS_A_WHOLE,
    announced_kind,
    first_look_reached,
    summary_tags_first_impressions,
)
from bot.models import Catalog, DocumentKind
from bot.text.mentions import name_pattern
from bot.text.names import fold
from bot.text.sentences import split_sentences

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = [
    "EPISODE_MARKER_TEXT",
    "REVIEWS_TAB",
    "WORD_NUMBER_TEXT",
    "detect_about_episode",
    "detect_episode",
    "episode_in",
    "highest_episode_mentioned",
    "issue_number_said",
    "latest_episode_named",
    "numbers_another_thing",
    "overall_episode",
]

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
for _tens, _value in _TENS.items():
    _WORD_NUMBERS.setdefault(_tens, _value)
    for _unit_value, _unit in enumerate(_UNITS, start=1):
        _WORD_NUMBERS[f"{_tens}-{_unit}"] = _value + _unit_value
# longest first, so "twenty-one" is not read as "twenty"; "twenty one" is the same number
_WORD_NUMBER = "|".join(
    w.replace("-", r"[\s-]") for w in sorted(_WORD_NUMBERS, key=len, reverse=True)
)
WORD_NUMBER_TEXT = _WORD_NUMBER  # "three", "twenty-one": a number in words, as a pattern
# "after three episodes", "the first 3 episodes", "through 2 episodes": up to episode N; the
# short "eps" as notes and headlines write it too ("first impressions (after 3 eps)")
_EPISODES_SO_FAR = (
    r"\b(?:first|after|through)\s+(\d{1,2}|" + _WORD_NUMBER + r")\s+(?:episodes|eps)\b"
)
# what joins the ends of a range of episodes reviewed together: "Episodes 3-4", "3 & 4", "3
# and 4", "3 to 4", a forum title's "ep 13+14" (the last: how far the review may spoil); a plus
# before a count of something else is an addition, not a range ("Episode 12 + 2 OVAs", "Ep 10
# + 1 bonus short")
_RANGE_JOIN = (
    r"(?:-|–|&|and|to|\+(?!\s*\d{1,4}\s*(?i:bonus|extras?|specials?|ovas?|oads?|shorts?"
    r"|minutes?|mins?|omakes?)\b))"
)
# a season's bare episode number after a dash or a "#" (a blog's numbering of its posts on
# the season: "2nd Season #2"), then the end, a bracket or separator, or the post's kind word
# ("2nd Season – 05", "Season 2 - 05 Review", "2nd Season #2 (26)")
_DASH_NUMBER = (
    r"\s*(?:[–—-]\s*#?|#)\s*(\d{1,3})"
    r"(?=\s*(?:$|[\[(:|–—-])|\s+(?:review|recap|thoughts|impressions)\b)"
)
# Markers, strongest first. Each match has one group set: the episode number.
_SEASON_MARKER = re.compile(
    r"\bS\d{1,2}[\s.]?E(\d{1,4})\b"  # "S3E12", "S3 E12", "S3.E12"
    r"|\b\d{1,2}x(\d{1,3})\b"  # "1x05"
    r"|\b(?:season\s+|s)\d{1,2}\s*[,:\-–—]?\s*(?:episode|ep\.?)\s*#?\s*(\d{1,4})(?![\d.,]\d)"
    # (with how many the season has after a slash, "S2, Ep. 7/24", not a score's scale: "/10")
    r"(?!/(?:\d+[.,]\d|(?:0|5|10|20|100)\b))"
    # two reviewed together: "Season 2 Episodes 4 & 5", "S2 Eps 4-5" (the last)
    r"|\b(?:season\s+|s)\d{1,2}\s*[,:\-–—]?\s*(?:episodes|eps\.?)\s*#?\s*\d{1,4}\s*"
    + _RANGE_JOIN
    + r"\s*(\d{1,4})(?![\d/.,]\d|\s*(?:/|out\b|stars?\b))"
    # a later part or cour counting its episodes afresh: "Part 2 Episode 3", "Cour 2, Ep 3"
    r"|\b(?:part|cour)\s+\d{1,2}\s*[,:\-–—]?\s*(?:episode|ep\.?)\s*#?\s*(\d{1,4})(?![\d/.,]\d)"
    # a later season, part or cour by its ordinal, then its episode ("2nd cour, episode 2",
    # "Second Season Ep 4"), as a forum's thread titles a split-cour show's second half; or a
    # release's "2nd Season – 05". (One alternative: the ordinal words, tried at every word
    # of a text, are tried once.)
    r"|\b(?:\d(?:st|nd|rd|th)|second|third|fourth|fifth|sixth)\s+(?:(?:season|part|cour)"
    r"\s*[,:\-–—]?\s*(?:episode|ep\.?)\s*#?\s*(\d{1,4})(?![\d/.,]\d)|season" + _DASH_NUMBER + r")"
    # a blog's "Season 2 - 05 Review"
    r"|\bseason\s+\d{1,2}"
    + _DASH_NUMBER
    # a sequel named with its season's Roman numeral, as Japanese titles number their later
    # seasons ("<Name> III Episode 12", "<Name> IV - Ep 3"): in capitals, II to IX ("X" is
    # a name's own: "<Word> X <Word>")
    + r"|\b(?-i:II|III|IV|V|VI|VII|VIII|IX)\s*[,:\-–—]?\s*(?:episode|ep\.?)\s*#?\s*(\d{1,4})"
    r"(?![\d/.,]\d)",
    re.IGNORECASE,
)
"""An episode numbered within its season ("S02E07", "1x07", "Season 2, Episode 7", "S2 Ep 7",
a pair's "Season 2 Episodes 4 & 5": its last, "<Name> III Episode 12") or its part ("Part 2
Episode 3", "2nd cour, Episode 2"). In Japanese, _JA_SEASON_MARKER (see _season_marker)."""
# Japanese: a season's "期" (or "シーズン") before the episode's "話" ("2期6話", "第2期 第6話",
# "シーズン2 第6話"); "集" and "回" only after "第" (alone, "3回" is "three times"). Apart from
# _SEASON_MARKER and tried only on a text holding "期" or "シーズン": in that pattern's
# alternation, its look-behind tried at every character had made the search three times slower.
_JA_SEASON_MARKER = re.compile(
    r"(?:(?<!\d)(?:第\s*)?\d{1,2}\s*期|シーズン\s*\d{1,2})[\s・、]*"
    r"(?:第\s*(\d{1,4})\s*[話话集回]|(\d{1,4})\s*[話话])"
)
# a Japanese title's number through the seasons beside its season's ("2期6話(通算30話)", "第2期
# 第6話 / 通算第30話", "2期6話（第30話）"): "通算" ("in all") or "第", and the episode's counter
_JA_THROUGH_SEASONS = re.compile(r"(?:通算\s*(?:第\s*)?|第\s*)(\d{1,4})\s*[話话集回]")
# "S2 Ep 6 (#30)", "S2E6 / #30", "(#30) S2E6": the number through the seasons beside it
# ("S2E5 (#29 overall)", "Season 2, Episode 5 (29 overall)": the same, said to count overall,
# a fan's marks before the bracket closes too: "(33 overall!!)", "(33rd overall?!)"; or the
# clause saying how it is counted: "(29 overall if you count from the start)", "(29 overall,
# counting season one)")
_HASH_AFTER_SEASON = re.compile(
    r"\s*(?:[(\[]\s*#(\d{1,4})\s*[)\]]|[·|/,–—]\s*#(\d{1,4})\b"
    r"|[(\[]\s*#?\s*(\d{1,4})(?:st|nd|rd|th)?\s+overall"
    r"(?:,?\s+(?:if|counting|counted|from)\b[^()\[\]\n]{0,60}?)?[\s!?.]*[)\]])",
    re.IGNORECASE,
)
_HASH_BEFORE_SEASON = re.compile(r"(?<![\w&])#(\d{1,4})\s*[)\]]?\s*[(\[·|/,–—]?\s*$")
_HASH_BESIDE_LOOK = 12
# a number a word of the show's own labels with a colon or a "#", right before a bracket
# opening on a season's marker ("MISSION:30 (S2 ep 5)", "Lesson #30 [S2E5]"): the bracket
# glosses it within its season, so it counts through them (not a name's own number, "Mob
# Psycho 100 (S3E5)", nor "Kaiju No. 8 (S1E5)")
_GLOSSED_NUMBER = re.compile(r"(?<![\w&])[A-Za-z]{2,12}(\s*[:#]\s*)(\d{1,4})\s*[(\[]\s*$")
_GLOSS_LOOK = 24
_BRACKET_CLOSE = re.compile(r"\s*[)\]]")
# the same gloss the other way round: a bracket right after a season's marker naming the
# number through the seasons with the show's own word for its episodes, capitalised as a name
# ("Season 2, Episode 4 (Mission 29)", "S2E4 [Lesson #29]"), alone in the bracket or after a
# word saying it is the same episode ("(that's Mission 29 by the official count)", "(aka …)")
_GLOSS_AFTER_SEASON = re.compile(
    r"\s*[(\[]\s*(?:(?P<lead>that['’]?s|that\s+is|aka|a\.k\.a\.|i\.e\.,?|officially)\s+)?"
    r"(?P<word>(?-i:[A-Z][A-Za-z]{1,11}))\s*[:#]?\s*(?P<n>\d{1,4})(?![\d/.,]\d|\w)"
    r"(?P<close>\s*[)\]])?",
    re.IGNORECASE,
)
# a bracket's word numbering a stretch of the show or of time, not its episodes ("(Part 2)",
# "(Cour 2)", "(Week 5)"); chapters, issues, volumes and pages are numbers_another_thing's
_GLOSS_NOT_EPISODES = frozenset({"part", "cour", "season", "arc", "week", "day", "book", "top"})
# a bare number in round or square brackets right after a season's marker: "2nd Season – 05
# (17)", "Season 3 – Episode 11 (61)", "S2 - Episode 3 [27]"
_BARE_BRACKET = re.compile(r"\s*[(\[](\d{1,3})[)\]]")
# an episode's number, whole (not the "1" of "12/24" or "12.5"), or a half-numbered special's
# between two episodes ("Episode 12.5", a recap aired after episode 12), which may spoil up to
# the whole number: 12; not a score's "7.5/10", nor "12.50"
_EPISODE_NUMBER = r"(\d{1,4})(?!\d)(?:\.5(?![\d/]))?(?![/.,]\d)"
_PLAIN_EPISODE = re.compile(r"\b(?:episode|ep\.?)\s*#?\s*" + _EPISODE_NUMBER, re.IGNORECASE)
_HASH_MARKER = re.compile(r"(?<![\w&])#(\d{1,4})\b")  # "#5"
# "issue #7", "Vol. #2", "page #3": a number of something else than an episode
_HASH_OF_ANOTHER_THING = re.compile(
    r"\b(?:issue|vol(?:ume)?\.?|no\.|page|pp?\.|chapter|ch\.|entry|post|comment|thread"
    r"|rank(?:ed|ing)?|popularity)\s*$",  # a database's "Ranked #6118", "Popularity #2054"
    re.IGNORECASE,
)
_ANOTHER_THING_LOOK = 12  # characters before a "#N" that may name what it numbers
# "Episodes 3-4" (its last: the document reveals up to it), else "Episode 3"
_EPISODE_OR_RANGE = re.compile(
    r"\b(?:episodes?|eps?\.?)\s*#?\s*\d{1,4}\s*" + _RANGE_JOIN + r"\s*(\d{1,4})\b"
    r"(?![/.,]\d|\s*(?:/|out\b|stars?\b))"
    r"|\b(?:episode|ep\.?)\s*#?\s*" + _EPISODE_NUMBER,
    re.IGNORECASE,
)
# Japanese and Chinese: "第7話", "第7集", "第7回"; a blog's "7話" without "第" ("<Name> 7話 感想"),
# not a count's "全12話" ("12 episodes in all"); two reviewed together, the last ("1〜3話", "第1・2
# 話", "第1話～第3話"). Searched only in a text holding a counter (_marker_search): opening on a
# look-behind, the pattern is tried at every character.
_JA_EPISODE_MARKER = re.compile(
    r"(?<![\d全])(?:第\s*)?\d{1,4}\s*[話话]?\s*[~〜～・&\-–]\s*(?:第\s*)?(\d{1,4})\s*[話话]"
    r"|第\s*(\d{1,4})\s*[話话集回]|(?<![\d全])(\d{1,4})\s*[話话]"
)
_JA_COUNTERS = "話话集回"
# a weekly column's "Show, week 4: …": one episode a week
# ("Show Week 4 Review": the column's kind word after it is the same end)
_WEEK_MARKER = re.compile(
    r"\bweek\s+(\d{1,2})\b(?=\s*[:\-–—|,]|\s*$|\s+(?:review|recap|thoughts|impressions)\b)",
    re.IGNORECASE,
)
_EPISODE_MARKERS = (
    _EPISODE_OR_RANGE,
    re.compile(r"\bepisode\s+(" + _WORD_NUMBER + r")\b", re.IGNORECASE),
    # the same in Portuguese, Spanish, Italian, French and German: "episódios 1 a 3",
    # "épisode 4", "Folgen 3 bis 4", "Folge 4"
    re.compile(
        r"\b(?:epis[óo]dios?|épisodes?|folgen?)\s*#?\s*\d{1,4}\s*"
        r"(?:-|–|&|a|al|à|e|y|et|und|bis)\s*(\d{1,4})\b"
        r"|\b(?:epis[óo]dio|épisode|folge)\s*#?\s*(\d{1,4})(?![\d/.,]\d)",
        re.IGNORECASE,
    ),
    # "E01"; upper-case only; two reviewed together, the last ("E05 + E06", "E05–E06")
    re.compile(r"\bE\d{1,4}\s*" + _RANGE_JOIN + r"\s*E(\d{1,4})\b|\bE(\d{1,4})\b"),
    _HASH_MARKER,
    _JA_EPISODE_MARKER,
    re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+episode\b", re.IGNORECASE),  # "12th Episode"
    # blog style: a bare number after a dash, then the end or a bracket ("Show – 06 [Review]");
    # a number in brackets after it counts through the seasons and wins ("Show S2 – 07 (31)")
    re.compile(r"\S\s+[–—-]\s*(?:\d{1,3}\s*\((\d{1,3})\)|(\d{1,3}))(?=\s*(?:$|[\[(:|–—-]))"),
    _WEEK_MARKER,
    # "Two-Episode Premiere", "Three-Episode Test": the premiere, or the impressions, reach
    # episode N
    re.compile(
        r"\b(\d{1,2}|" + _WORD_NUMBER + r")[\s-]episodes?\s+(?:premiere|debut|test|rule)\b",
        re.IGNORECASE,
    ),
    # "First Impressions After Three Episodes", "the first 3 episodes", "Three episodes in:
    # first impressions", "five episodes into <Show> and I have thoughts": up to episode N
    re.compile(
        _EPISODES_SO_FAR
        # ("… episodes in one sitting" goes on: a marathon, not how far it is)
        + r"|\b(\d{1,2}|"
        + _WORD_NUMBER
        + r")\s+episodes\s+(?:in(?=\s*(?:$|[:,;.!?)\]|–—-]))|into\b)",
        re.IGNORECASE,
    ),
)
# "after three episodes", "the first 3 episodes": how far first impressions have watched
_FIRST_EPISODES = re.compile(_EPISODES_SO_FAR, re.IGNORECASE)
EPISODE_MARKER_TEXT = re.compile(
    r"\bS\d{1,2}\s?E\d{1,4}\b|\b\d{1,2}x\d{1,3}\b|\b\d{1,3}(?:st|nd|rd|th)\s+episode\b"
    r"|\bseason\s+\d{1,2}\s*[,:\-–—]?\s*(?:episode|ep\.?)\s*#?\s*\d{1,4}\b"
    r"|\b(?:episodes?|eps?\.?)\s*#?\s*\d{1,4}(?:\s*" + _RANGE_JOIN + r"\s*\d{1,4})?\b"
    r"|\bepisode\s+(?:" + _WORD_NUMBER + r")\b"
    r"|\bE\d{1,4}\b"
    r"|(?<![\w&])#\d{1,4}\b"
    r"|第\s*\d{1,4}\s*[話话集回]",
    re.IGNORECASE,
)
"""The episode markers, whole, for removing them from a title to leave the anime's name."""

_EPISODE_MENTION = re.compile(
    r"(?:episodes?|eps?\.?)\s*#?\s*(\d{1,4})\b(?:\s*" + _RANGE_JOIN + r"\s*(\d{1,4})\b)?",
    re.IGNORECASE,
)
# _EPISODE_MENTION where "ep", "Ep" or "EP" opens a word: one pattern for "ep" and one for
# "Ep" and "EP" together, each opening with a literal letter or two, which the regex engine
# searches for at C speed, and then looking behind it for a word character (\w is
# str.isalnum() or "_"); one search per pattern in all, where trying the pattern at each "ep"
# found (in "deep", "keep", "step") cost a call per find, and a pattern per capitalised casing
# a pass more over the text for the rare "E". (Matches cannot overlap: no "ep" in any casing
# can start inside one.) The lower-case pattern opens at the "p" and looks behind it for the
# "e": a search stops at each "p" (a fiftieth of prose's letters, or so), where one opening
# with "ep" stopped at every "e" (a tenth), for half the time; its matches are the same, one
# character shorter in front (no match ends in an "e", so none can hold the next one's).
_MENTION_REST = (
    r"(?i:(?:isodes?|s?\.?)\s*#?\s*(\d{1,4})\b(?:\s*" + _RANGE_JOIN + r"\s*(\d{1,4})\b)?)"
)
_MENTION_BY_CASING = (
    re.compile(r"p(?<=ep)(?<!\wep)" + _MENTION_REST),
    re.compile(r"E(?<!\wE)[pP]" + _MENTION_REST),
)
_COUNT_OF_EPISODES = re.compile(r"(?<![\w.,])(\d{1,4})\s+$")


def _word_value(text: str, table: dict[str, int]) -> int | None:
    """The number a (possibly compound) word names: "Twenty-One", "twenty one" -> 21."""
    return table.get("-".join(text.lower().replace("-", " ").split()))


def _marker_number(value: str) -> int | None:
    number = int(value) if value.isdigit() else _word_value(value, _WORD_NUMBERS)
    return number if number is not None and number <= MAX_EPISODE else None


# the separator after a programme's own number in its title, perhaps after a word for what the
# page is of that episode of the programme ("Ep 112 prep — <Anime> finale", "#58 notes: …")
_PROGRAM_NUMBER_END = re.compile(
    r"(?:\s+(?:prep|notes|show\s+notes|draft|script|outline|transcript|rundown|run\s?sheet))?"
    r"\s*[–—|:-]\s",
    re.IGNORECASE,
)


def numbers_another_thing(text: str, at: int) -> bool:
    """Does the "#N" at `at` of `text` number something else than an episode ("issue #7",
    "vol. #2", "post #12", a database's "Ranked #6118" or "Popularity #2054")?"""
    return _HASH_OF_ANOTHER_THING.search(text, max(0, at - _ANOTHER_THING_LOOK), at) is not None


def _marker_search(marker: re.Pattern[str], title: str, pos: int = 0) -> re.Match[str] | None:
    """marker.search(title, pos), skipping a "#N" that numbers something else ("issue #7"); the
    Japanese marker only where the title holds one of its counters."""
    if marker is _JA_EPISODE_MARKER:
        if title.isascii() or not any(c in title for c in _JA_COUNTERS):
            return None
        return marker.search(title, pos)
    if marker is not _HASH_MARKER:
        return marker.search(title, pos)
    for match in marker.finditer(title, pos):
        if not numbers_another_thing(title, match.start()):
            return match
    return None


def _may_number_in_japanese(text: str) -> bool:
    return not text.isascii() and ("期" in text or "シーズン" in text)


# (cached: a title is looked at again by episode_in, _per_season_number and the rules after)
@functools.lru_cache(maxsize=64)
def _season_marker(text: str) -> re.Match[str] | None:
    """The first season's marker in `text`: _SEASON_MARKER's, or a Japanese one's
    (_JA_SEASON_MARKER, "2期6話") before it."""
    first = _SEASON_MARKER.search(text)
    if not _may_number_in_japanese(text):
        return first
    japanese = _JA_SEASON_MARKER.search(text)
    if japanese is None or (first is not None and first.start() <= japanese.start()):
        return first
    return japanese


def names_a_season(text: str) -> bool:
    """Does `text` hold a season's marker ("Season 2, Episode 4", "S1 ep 5", "2期6話")?"""
    return _season_marker(text) is not None


def _season_markers(text: str) -> list[re.Match[str]]:
    """Every season's marker in `text` (see _season_marker), in text order."""
    found = list(_SEASON_MARKER.finditer(text))
    if _may_number_in_japanese(text):
        found = sorted([*found, *_JA_SEASON_MARKER.finditer(text)], key=lambda m: m.start())
    return found


# what _RANGE_RESTATED's words need, looked for first; and how far past a season's marker
# the range it restates may end ("(40–41 overall if you count from the start)")
_RESTATED_WORDS = ("overall", "total", "count")
_RESTATED_LOOK = 80


# (cached: episode_in and _per_season_number ask it of the same title and its cached marker)
@functools.lru_cache(maxsize=64)
def _through_seasons(title: str, season: re.Match[str]) -> int | None:
    """The number a title counts through the seasons beside its season's own marker
    (`season`): a plain "Episode 19" anywhere ("Episode 19 (Season 2, Episode 7)", a pair's
    "Season 2 Episodes 4 & 5 (Episodes 28-29)": its last), or a bare or "#" number right
    beside it and later than it ("Show 2nd Season – 05 (17)", "Season 3 – Episode 11 (61)",
    "S2 - Episode 3 [27]", "S2 Ep 6 (#30)"); else None."""
    if season.lastindex == _ROMAN_SEASON_GROUP:
        roman = _roman_glossed_within(title, season)
        if roman is not None:
            return roman
    plain = _EPISODE_OR_RANGE.search(title, 0, season.start()) or _EPISODE_OR_RANGE.search(
        title, season.end()
    )
    if plain is not None:
        return _marker_number(next(g for g in plain.groups() if g is not None))
    within = _marker_number(next(g for g in season.groups() if g is not None))
    lowered = title.lower()
    if within is not None and any(word in lowered for word in _RESTATED_WORDS):
        # a season's pair restated, as wide, through the seasons: "Season 2 Episodes 16–17
        # (40–41 overall)", a forum's thread title; that range's last, as the pair's last
        restated = _RANGE_RESTATED.search(title, season.start(), season.end() + _RESTATED_LOOK)
        through = _restated_range_last(restated) if restated is not None else None
        if (
            through is not None
            and restated is not None
            and restated.start() < season.end()
            and int(restated.group(2)) == within
        ):
            return through
    japanese = _JA_THROUGH_SEASONS.search(title, season.end()) or _JA_THROUGH_SEASONS.search(
        title, 0, season.start()
    )
    if japanese is not None and within is not None and int(japanese.group(1)) > within:
        # "2期6話(通算30話)": the number through the seasons beside the season's own
        return _marker_number(japanese.group(1))
    # a blog's or a forum's number through the seasons in brackets after the season's own
    bare = _BARE_BRACKET.match(title, season.end())
    if bare is not None and within is not None and int(bare.group(1)) > within:
        return int(bare.group(1))
    glossed = _GLOSSED_NUMBER.search(title, max(0, season.start() - _GLOSS_LOOK), season.start())
    if (
        glossed is not None
        and within is not None
        and _BRACKET_CLOSE.match(title, season.end()) is not None
        and int(glossed.group(2)) > within
        and not numbers_another_thing(title, glossed.start(1))
    ):
        # the season's marker glossing the number it follows, in brackets: "MISSION:30 (S2 ep
        # 5)", "Lesson #30 [S2E5]" (a show numbering its episodes in words of its own)
        return int(glossed.group(2))
    gloss = _GLOSS_AFTER_SEASON.match(title, season.end()) if within is not None else None
    if (
        gloss is not None
        and within is not None
        and (gloss.group("close") or gloss.group("lead"))  # alone, or said to be the same
        and gloss.group("word").lower() not in _GLOSS_NOT_EPISODES
        and not numbers_another_thing(title, gloss.start("n"))
        and within < int(gloss.group("n")) <= MAX_EPISODE
    ):
        # "Season 2, Episode 4 (Mission 29)", "(that's Mission 29 by the official count)":
        # the bracket names the same episode as the show counts it, through the seasons
        return int(gloss.group("n"))
    if "#" not in title and "overall" not in lowered:
        return None
    beside = _HASH_AFTER_SEASON.match(title, season.end()) or _HASH_BEFORE_SEASON.search(
        title, max(0, season.start() - _HASH_BESIDE_LOOK), season.start()
    )
    if beside is None or numbers_another_thing(title, beside.start()):
        return None  # (not "Issue #12 · S2E3")
    number = _marker_number(next(g for g in beside.groups() if g is not None))
    return number if number is not None and within is not None and number > within else None


# the group of _SEASON_MARKER's last alternative, a sequel's Roman numeral ("<Name> III
# Episode 30"), and a bracket opening right after a marker
_ROMAN_SEASON_GROUP = _SEASON_MARKER.groups
_BRACKET_OPEN = re.compile(r"\s*[(\[]\s*")


def _roman_glossed_within(title: str, season: re.Match[str]) -> int | None:
    """A sequel's numeral's episode (`season`, "<Name> III – Episode 30") that a bracket right
    after glosses within its season with a lower number ("(Season 3, Episode 5)", "[S3E5]"):
    the numeral's number counts through the seasons, as a plain "Episode 30" would; else
    None."""
    bracket = _BRACKET_OPEN.match(title, season.end())
    if bracket is None:
        return None
    inner = _SEASON_MARKER.match(title, bracket.end())
    if inner is None or inner.lastindex == _ROMAN_SEASON_GROUP:
        return None
    through = _marker_number(season.group(_ROMAN_SEASON_GROUP))
    within = _marker_number(next(g for g in inner.groups() if g is not None))
    if through is None or within is None or through <= within:
        return None
    return through


# a four-digit number written with a thousands comma, as a long-running show's episode is
# ("Episodes 1,119–1,120", "Episode 1,071"): one digit before the comma (an episode is
# 9999 at most), three after, no other digit group on either side ("3,4" and "100,101" are
# lists, "1,000,000" and "2.5,100" no episode)
_GROUPED_NUMBER = re.compile(r"(?<![\d,.])([1-9]),(\d{3})(?![.,]?\d)")


def _ungrouped(title: str) -> str:
    """`title` with each four-digit number's thousands comma dropped ("1,119" -> "1119"),
    as the markers read a number of digits only."""
    if "," not in title:
        return title
    return _GROUPED_NUMBER.sub(r"\1\2", title)


# a forum title's note on how far the post keeps clear of spoilers ("(no spoilers past ep 6,
# marked after that)", "no spoilers beyond episode 6"): the writer has seen further, so under a
# title naming a review of the whole season the number is no episode of its own
_NO_SPOILERS_PAST = re.compile(
    r"\bno\s+spoilers?\s+(?:past|beyond|after)\s+(?:the\s+)?(?:episode|ep\.?)\s*#?\s*\d{1,4}\b",
    re.IGNORECASE,
)


def episode_in(title: str) -> int | None:
    """The episode a title names ("Episode 3", "S01E03", "#3", "Episode Three", "第3話",
    "Episodes 3-4": 4, "Episode 1,071": 1071), or None. A number counted through the seasons
    wins over one counted within its season ("Episode 19 (Season 2, Episode 7)": 19)."""
    title = _ungrouped(title)
    if "poiler" in title or "POILER" in title:
        limit = _NO_SPOILERS_PAST.search(title)
        if limit is not None:
            rest = title[: limit.start()] + title[limit.end() :]
            if announced_kind(rest, None) is DocumentKind.SEASON_REVIEW:
                # "<Show> Season 1 Review (no spoilers past ep 6)": the whole season's review
                return episode_in(rest)
    match = _season_marker(title)
    if match is not None:
        number = _through_seasons(title, match)
        if number is not None:
            return number
        number = _marker_number(next(g for g in match.groups() if g is not None))
        if number is not None:
            return number
    for marker in _EPISODE_MARKERS:
        match = _marker_search(marker, title)
        end = (
            _PROGRAM_NUMBER_END.match(title, match.end())
            if match is not None and match.start() == 0
            else None
        )
        if end is not None:
            # "Ep. 112 – Show Episode 30 Review", "Episode 58 — Show E05: …": a podcast's or
            # channel's own numbering first; the anime's episode is the marker after it,
            # however that is written
            after = episode_in(title[end.end() :])
            if after is not None:
                return after
        if match:
            number = _marker_number(next(g for g in match.groups() if g is not None))
            if number is not None and marker is _EPISODE_OR_RANGE and match.group(2):
                return _through_seasons_after(title, match.end(), number) or number
            if number is not None and marker is _EPISODE_OR_RANGE and match.group(1):
                # a range restated as counted through the seasons ("Episodes 1-12 (25-36
                # overall)"): that range's last
                restated = _RANGE_RESTATED.match(title, match.start())
                through = _restated_range_last(restated) if restated is not None else None
                if through is not None:
                    return through
            if number is not None:
                return number
    if "/" in title:
        # "<Name> Ep. 9/13 — watch log": how far a run of 13 has got, as a mention's
        # (_progress_of); not a score out of a scale ("Episode 8/10")
        progress = _PROGRESS_MARKER.search(title)
        if progress is not None and _progress_of(progress, None):
            return int(progress.group("number"))
    return None


# "Ep N/M" in a title: episode N of a run of M, or a score (_progress_of tells)
_PROGRESS_MARKER = re.compile(
    r"\b(?:episode|ep\.?)\s*#?\s*(?P<number>\d{1,4})\s*/\s*(?P<outof>\d{1,4})(?![\d/.,]\d)",
    re.IGNORECASE,
)


# the post's kind word after an episode's number, before a bracket counting it otherwise
# ("Episode 9 Review (#33)", "Season 2 Premiere Thoughts (26)")
_POST_KIND_WORD = r"\s+(?:review|recap|thoughts|reactions?|impressions)"
# a bracket right after a plain episode's number, or after the post's kind word ("Episode 9
# (#33)", "Episode 12 (series finale, ep 37 overall)", "ep 3 review (ep 50 overall)"), its
# text short
_BRACKET_AFTER = re.compile(
    rf"(?:{_POST_KIND_WORD})?(?P<bracket>\s*[(\[](?P<inside>[^()\[\]\n]{{1,60}})[)\]])",
    re.IGNORECASE,
)

# after a plain episode's number, a separator and a number said to count overall ("Episode 1 /
# #26 overall", "Ep 5 · ep 29 overall", "Episode 3, 15th overall")
_OVERALL_AFTER_SEPARATOR = re.compile(
    r"\s*[·|/,–—]\s*(?:#\s*|(?:episode|ep\.?)\s*#?\s*)?(\d{1,4})(?:st|nd|rd|th)?\s+overall\b",
    re.IGNORECASE,
)

# a bracket's whole text a plain episode ("(Episode 30)", "[Ep. 30]")
_BRACKETED_EPISODE = re.compile(r"\s*(?:episode|ep\.?)\s*#?\s*(\d{1,4})\s*", re.IGNORECASE)
# a bare number in brackets right after a plain episode's number ("<Show> <Sequel> Episode 3
# (27)"): a later one is the same episode counted on through the seasons (a year has four
# digits, and is no episode's number)
_BARE_BRACKETED_NUMBER = re.compile(r"\s*[(\[]\s*(\d{1,3})\s*[)\]]")


def _through_seasons_after(title: str, at: int, within: int) -> int | None:
    """The number through the seasons that a bracket at `at`, right after a plain episode's
    number (`within`) or after the post's kind word, gives: a bare "#33", as after a season's
    marker ("Episode 9 (#33)", "Episode 12 (37th overall)"), or a number it says counts
    overall ("Episode 12 (series finale, ep 37 overall)", "ep 3 review (ep 50 overall)");
    only a later number than `within`, else None. A later season named by its subtitle,
    with no season's marker, is numbered so (an arc's name: "<Show> <Arc> ep 3"); as is one
    whose bracket holds a plain later episode alone ("<Show> <Arc> Episode 1 Review (Episode
    30)": an arc or a cour counting its episodes afresh, the bracket counting on), or, right
    after the number, a later number alone ("<Show> <Sequel> Episode 3 (27)")."""
    if title[at : at + 2].lstrip()[:1] in "([" and (
        bare := _BARE_BRACKETED_NUMBER.match(title, at)
    ):
        number = _marker_number(bare.group(1))
        return number if number is not None and number > within else None
    lowered = title.lower()
    if "#" not in title and "overall" not in lowered and lowered.count("ep") < 2:
        return None  # (the forms below all hold one or the other, or a second episode)
    bracket = _BRACKET_AFTER.match(title, at)
    if bracket is None:
        # the number through the seasons after a separator, said to count overall
        # ("Episode 1 / #26 overall", "Ep 5, 29th overall")
        after = _OVERALL_AFTER_SEPARATOR.match(title, at)
        number = None if after is None else _marker_number(after.group(1))
        return number if number is not None and number > within else None
    said = (
        _HASH_AFTER_SEASON.match(bracket.group("bracket"))
        or _OVERALL.search(bracket.group("inside"))
        or _BRACKETED_EPISODE.fullmatch(bracket.group("inside"))
    )
    if said is None:
        return None
    number = _marker_number(next(g for g in said.groups() if g is not None))
    return number if number is not None and number > within else None


def highest_episode_mentioned(text: str) -> int | None:
    """The highest N in "episode N", "ep. N", "episodes N-M" or "N episodes"."""
    highest = -1
    for at in find_all(text, ("ep", "Ep", "EP")):
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_"):
            continue
        match = _EPISODE_MENTION.match(text, at)
        if match is not None:
            numbers = [int(g) for g in match.groups() if g is not None]
            highest = max(highest, *numbers)
        elif text.startswith(("episodes", "Episodes", "EPISODES"), at):
            count = _COUNT_OF_EPISODES.search(text, max(0, at - 6), at)
            if count is not None:
                highest = max(highest, int(count.group(1)))
    return highest if 0 <= highest <= MAX_EPISODE else None


def latest_episode_named(text: str, catalog: Catalog | None, floor: int = -1) -> int | None:
    """The latest episode a passage names: "episode N" / "ep. N", or a catalog episode title;
    `floor` when it names none later. Counts ("13 episodes") are not episodes spoken of."""
    latest = floor
    for pattern in _MENTION_BY_CASING:
        for match in pattern.finditer(text):
            latest = max(latest, *(int(g) for g in match.groups() if g is not None))
    if catalog is not None and _may_name_a_title(text, catalog):
        for number, title in _titled_episodes(catalog):  # latest first: the first found wins
            if number <= latest:
                break
            if title in text:
                latest = number
                break
    return latest if 0 <= latest <= MAX_EPISODE else None


_TITLED: dict[int, tuple[Catalog, tuple[tuple[int, str], ...]]] = {}


def _titled_episodes(catalog: Catalog) -> tuple[tuple[int, str], ...]:
    """(number, title) of a catalog's episodes with a title of 4+ characters, latest first."""
    cached = _TITLED.get(id(catalog))
    if cached is not None and cached[0] is catalog:
        return cached[1]
    titled = tuple(
        sorted(
            ((ep.number, ep.title) for ep in catalog.episodes if ep.title and len(ep.title) >= 4),
            reverse=True,
        )
    )
    if len(_TITLED) >= 64:
        _TITLED.clear()
    _TITLED[id(catalog)] = (catalog, titled)
    return titled


_ANY_TITLE: dict[int, tuple[Catalog, re.Pattern[str] | None]] = {}
_MAX_ANY_TITLE = 100  # more alternatives than this cost more per position than they save


def _may_name_a_title(text: str, catalog: Catalog) -> bool:
    """Whether `text` may hold one of the catalog's episode titles (exactly as written): one
    pass of a pattern of them all, where each title looked for alone is a pass over the whole
    text. False only when none is in it; a catalog with very many titles is not checked."""
    cached = _ANY_TITLE.get(id(catalog))
    if cached is None or cached[0] is not catalog:
        titles = [title for _, title in _titled_episodes(catalog)]
        pattern = (
            re.compile("|".join(map(re.escape, titles)))
            if 0 < len(titles) <= _MAX_ANY_TITLE
            else None
        )
        if len(_ANY_TITLE) >= 64:
            _ANY_TITLE.clear()
        cached = _ANY_TITLE[id(catalog)] = (catalog, pattern)
    pattern = cached[1]
    return pattern is None or pattern.search(text) is not None


# An episode named in running text, with its number in one of the groups.
_BODY_EPISODE = re.compile(
    # (whole numbers only: "episode 12.5" is no "episode 1"; "Ep 20/28", how far a run of 28
    # has got, is episode 20, unless what it is out of is a score's scale: _progress_of)
    r"\b(?:episode|ep\.?)\s*#?\s*(?P<number>\d{1,4})(?!\d)(?:/(?P<outof>\d{1,4})(?!\d))?"
    r"(?![/.,]\d)"
    r"|\b(?:S\d{1,2}[\s.]?E|\d{1,2}x(?=\d\d))(?P<sxe>\d{1,4})\b"  # "S1E4", "s01e04", "1x04"
    # "Episodes 3-4 of Show", "episodes 3 & 4": a pair reviewed together reaches its last;
    # so does a list of three or more, as a catch-up says it ("episodes 4, 5 and 6", "eps 4 5
    # and 6"), in the short form too (a bare "eps 5-8" is as often a schedule's entry)
    r"|\b(?:episodes\s*\d{1,4}|(?:episodes|eps\.?)\s*\d{1,4}(?:\s*,\s*\d{1,4}|\s+\d{1,4}){1,8}"
    r"\s*,?)\s*" + _RANGE_JOIN + r"\s*(?P<rangeend>\d{1,4})\b(?![\d/.,]\d)"
    r"|\bepisode\s+(?P<word>" + _WORD_NUMBER + r")\b"
    r"|(?:\b(?:the|this|its|their)|['’]s|(?<=s)['’])\s+(?P<ordinal>"
    + ORDINAL_TEXT
    + r"|\d{1,2}(?:st|nd|rd|th))\s+(?:episode|instal{1,2}ment|outing)\b"
    # "… and a quieter second, the show finally shows its hand in its third,": the noun left out
    r"|\bits\s+(?P<elided>" + ORDINAL_TEXT + r")(?=\s*[,.;:!?)—–]|\s+(?:and|but)\b)"
    # "four episodes in": the document is about the fourth
    r"|\b(?P<episodesin>\d{1,2}|" + _WORD_NUMBER + r")\s+episodes\s+in\b"
    # "this week's episode is the sixth,"
    r"|\bepisode\s+(?:is|was)\s+the\s+(?P<isordinal>" + ORDINAL_TEXT + r"|\d{1,2}(?:st|nd|rd|th))"
    r"(?=\s*[,.;:!?)—–-]|\s+(?:and|but|of\s+(?:the\s+)?(?:season|series|show|anime))\b)"
    r"|\b(?P<premiere>premiere|first\s+episode|opening\s+episode|pilot)\b"
    r"|\b(?P<penultimate>penultimate\s+episode|second[\s-]+to[\s-]+last\s+episode)\b"
    r"|\b(?P<finale>finale|final\s+episode|last\s+episode)\b",
    re.IGNORECASE,
)
_REFERENCE_WORDS = re.compile(
    r"\b(?:previous|last\s+week|next|since|unlike|compared|than|after|before|back\s+in"
    r"|until|following|preceding|earlier|recall|remember|like|as\s+in|as\s+with|whereas"
    # an episode still to watch: "will watch ep 2 before deciding", "gonna check out episode 3"
    r"|(?:will|['’]ll|going\s+to|gonna)\s+(?:watch|see|check\s+out|try))\b",
    re.IGNORECASE,
)
_THIS_EPISODE = re.compile(
    r"\b(?:this|this\s+week'?s|today'?s|tonight'?s)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)
# a word after "this" that opens a clause pointing elsewhere ("this letter since", "this blog
# before"): the "this" was not said of the episode after it
_PREPOSITION_AFTER_THIS = re.compile(
    r"\s(?:since|unlike|than|after|before|until|like|whereas)\s", re.IGNORECASE
)
_SEASON_LEVEL = re.compile(
    SEASON_AS_A_WHOLE
    + r"|\bseason\s+\d{1,2}\b(?!\s*,?\s*(?:episode|ep|finale))"
    # ...as a French site names it ("<Show> saison 2 : …", its English edition keeping the
    # word), not "saison 2 épisode 5"
    + r"|\bsaison\s+\d{1,2}\b(?!\s*,?\s*(?:[ée]pisode|ep|finale))"
    # "<Show> 2nd Season", "<Show> Second Season": the database's (and the Japanese
    # title's) name of the season, with no episode after it
    + r"|\b(?:\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth)\s+season\b"
    + r"(?!['’]s)(?!\s*,?\s*(?:episode|ep|finale))"
    + r"|\breview\s+of\s+the\s+(?:season|series)\b"
    + r"|\b(?:full|whole|entire)[\s-]+(?:season|series)\b"  # "full season thoughts"
    # "<Show>, start to finish: …", "<Show> from beginning to end": the whole run
    + r"|\b(?:start|beginning)\s+to\s+(?:finish|end)\b",
    re.IGNORECASE,
)
_TITLE_FINALE = re.compile(r"\b(?:finale|final\s+episode|last\s+episode)\b", re.IGNORECASE)
_TITLE_PREMIERE = re.compile(r"\b(?:premiere|first\s+episode|pilot)\b", re.IGNORECASE)
_TITLE_ORDINAL = re.compile(r"\b(" + ORDINAL_TEXT + r")\s+episode\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"(?:\b(?:the|this|its)|['’]s|(?<=s)['’])\s+$", re.IGNORECASE)
# "in place for the finale", "building to the finale": an episode still to come
_TOWARDS = re.compile(r"\b(?:for|to|towards?|into|ahead\s+of|up)\s+the\s+$", re.IGNORECASE)
_TITLE_PENULTIMATE = re.compile(
    r"\b(?:penultimate\s+episode|second[\s-]+to[\s-]+last\s+episode)\b", re.IGNORECASE
)
_MIN_BODY_EPISODE_TITLE = 8  # a shorter catalog episode title is too likely a common phrase
_MAX_BODY_LOOK = 1500  # characters of the opening examined for the document's episode
_FIRST_IMPRESSIONS_LOOK = 600  # as much of the first paragraph as detect.kind reads


# a database site's reviews tab, its headline "<Name> - Reviews" (the site's name cut off):
# the plural ends the headline, after a separator, where a site's "<Site> Reviews | …" never
# stands; the tab holds reviews of the whole show, whose episodes a review goes through
REVIEWS_TAB = re.compile(r"\s+[-–—|]\s+(?:user\s+)?reviews\s*$", re.IGNORECASE)


def says_season_level(text: str) -> bool:
    """Does this title speak of a season or series as a whole?"""
    return _SEASON_LEVEL.search(text) is not None


def _number(match: re.Match[str], count: int | None) -> int | None:
    if match.group("number"):
        return int(match.group("number"))
    if match.group("sxe"):
        return int(match.group("sxe"))
    if match.group("rangeend"):
        return int(match.group("rangeend"))
    if match.group("word"):
        return _word_value(match.group("word"), _WORD_NUMBERS)
    if match.group("episodesin"):
        return _marker_number(match.group("episodesin"))
    if match.group("ordinal") or match.group("isordinal") or match.group("elided"):
        word = (match.group("ordinal") or match.group("isordinal") or match.group("elided")).lower()
        return _word_value(word, ORDINALS) or int(re.sub(r"\D", "", word))
    if match.group("premiere"):
        return 1
    if match.group("penultimate"):
        return count - 1 if count and count > 1 else None
    if match.group("finale"):
        return count
    return None


_SAID_PREMIERE = "'premiere'"  # episode_named's evidence for a title's premiere
# after a later season's premiere, perhaps with the post's kind word, a number in brackets,
# bare or with its label ("Season 2 Premiere (26)", "S2 Premiere Review (#26)", "Season 2
# Premiere [Episode 26]", "(VOYAGE:26)", a show's own word for an episode): the premiere's
# number through the seasons (not "(Part 2)", "(Season 2)")
_PREMIERE_THROUGH_SEASONS = re.compile(
    rf"(?:{_POST_KIND_WORD})?\s*[(\[]\s*"
    r"(?:#\s*|(?!(?:season|series|part|cour|vol)\b)[a-z]+\.?\s*[:#]?\s*)?(\d{1,3})\s*[)\]]",
    re.IGNORECASE,
)


def _premiere_through_seasons(title: str) -> tuple[int, str] | None:
    """The number through the seasons a title gives in brackets after a later season's
    premiere ("Show Season 2 Premiere Review (VOYAGE:26)"), with its words; else None."""
    premiere = LATER_SEASON_PREMIERE.search(title)
    if premiere is None:
        return None
    number = _PREMIERE_THROUGH_SEASONS.match(title, premiere.end())
    if number is None or int(number.group(1)) <= 1:
        return None
    return int(number.group(1)), title[premiere.start() : number.end()]


def episode_named(text: str, catalog: Catalog | None) -> tuple[int, str] | None:
    """The episode a title names: a number or word ("Episode 3", "S01E03", "Episode Three"),
    "the finale" (with a known episode count), "the premiere", or a catalog episode title."""
    number = episode_in(text)
    if number is not None:
        return number, "an episode number"
    count = catalog.episode_count if catalog is not None else None
    if count and count > 1 and _TITLE_PENULTIMATE.search(text):
        return count - 1, f"'penultimate episode' (the anime has {count} episodes)"
    if count and _TITLE_FINALE.search(text):
        return count, f"'finale' (the anime has {count} episodes)"
    if _TITLE_PREMIERE.search(text):
        through = _premiere_through_seasons(text)
        if through is not None:
            return through[0], f"{through[1]!r}, counted through the seasons"
        return 1, _SAID_PREMIERE
    ordinal = _TITLE_ORDINAL.search(text)
    if ordinal is not None:
        value = _word_value(ordinal.group(1), ORDINALS)
        if value is not None:
            return value, f"{ordinal.group(0)!r}"
    if catalog is not None:
        folded = fold(text)
        for number, title, folded_title in folded_episode_titles(catalog):
            if folded_title in folded:
                return number, f"the episode's title {title!r}"
    return None


# what a number after "/" is out of when it is a score's scale ("episode 6/10": a score)
_SCORE_SCALES = frozenset((5, 10, 20, 100))


def _progress_of(match: re.Match[str], count: int | None) -> bool:
    """Is a mention's "Ep N/M" how far a run of M episodes has got (episode N), not a score
    out of a scale ("episode 8/10")? N is within M, and M is the anime's known count or no
    score's scale."""
    number, outof = int(match.group("number")), int(match.group("outof"))
    return 0 < number <= outof and (outof == count or outof not in _SCORE_SCALES)


class _Mention(NamedTuple):
    start: int
    end: int
    written: str
    number: int | None
    says_this_or_that: bool  # "the premiere", "the finale": only with "the"/"this" before it
    ordinal: bool = False  # "the first episode", "the sixth episode", "the premiere"
    reach: bool = False  # "two episodes in": how far the document has watched
    through: bool = False  # "episodes 1-12": a range, covered through its last episode
    subject: bool = False  # "Show 7.": the anime's name and the number, a sentence of its own


# the anime's name and a number as a sentence (or a line, or a clause before a dash) of their
# own, opening a line or after a sentence's end or a chat's "Name:" ("right. show 7. I was not
# ready", "Show 12: what a week"): how a chat message or a note names the episode it is about
# (not "Show 2 was announced", which may be a sequel's name, nor a number going on); or, with
# two or more digits (as _NUMBER_AFTER_NAME takes a title's), as the subject of the sentence
# going on ("Show 26 hit me harder than I expected"), not a count ("Show 28 episodes in") nor
# one of a pair or a range ("Show 12 and 13 were"). The number is on the name's line: one
# opening the next line numbers a list's item ("3. First Impressions: Show" over "4. Polls")
_NOT_SUBJECT_AFTER = (
    r"(?:episodes?|eps?|minutes?|mins?|hours?|days?|weeks?|months?|years?|times?|seasons?"
    r"|percent|and|or|to|through|of|out|x|vs)\b"
)
_SUBJECT_NUMBER = (
    r"[ \t]+(\d{1,3})(?=[.:!?](?:\s|$)|\s+[–—-]\s|[ \t]*$"
    r"|(?<=\d\d)[ \t]+(?!" + _NOT_SUBJECT_AFTER + r")[a-z])"
)
_SUBJECT_START = r"(?:^|(?<=[.!?:]\s))"


@functools.lru_cache(maxsize=256)
def _subject_pattern(name: str) -> re.Pattern[str]:
    """_SUBJECT_NUMBER after `name` (any whitespace between its words, any case), compiled
    once per name: the same anime's names come back document after document."""
    return re.compile(
        _SUBJECT_START + name_pattern(name) + _SUBJECT_NUMBER, re.IGNORECASE | re.MULTILINE
    )


def _subject_mentions(opening: str, names: Sequence[str], count: int | None) -> list[_Mention]:
    """The opening's "<Name> N." sentences: the episode named as what the text is about, by
    a name or by its part before a colon, as fans shorten it ("Show 12." of "Show: Subtitle")."""
    found: list[_Mention] = []
    folded = opening.casefold()
    heads = (name.split(":", 1)[0].strip() for name in names if ":" in name)
    for name in dict.fromkeys((*names, *heads)):
        words = name.split()
        if len(name) < _MIN_NAME_HEAD or not words or words[0].casefold() not in folded:
            continue
        for m in _subject_pattern(name).finditer(opening):
            number = int(m.group(1))
            if 0 < number <= MAX_EPISODE and not (count and number > count):
                found.append(_Mention(m.start(), m.end(), m.group(0), number, False, subject=True))
    return found


def _mentions(opening: str, catalog: Catalog | None) -> list[_Mention]:
    """Every episode the opening names: numbers, words, ordinals, premiere/finale, and the
    catalog's episode titles, in order."""
    count = catalog.episode_count if catalog is not None else None
    found = [
        _Mention(
            m.start(),
            m.end(),
            m.group(0),
            _number(m, count),
            bool(m.group("finale") or m.group("premiere") or m.group("penultimate")),
            bool(m.group("ordinal") or m.group("premiere")),
            m.group("episodesin") is not None,
            m.group("rangeend") is not None,
        )
        for m in _BODY_EPISODE.finditer(opening)
        if m.group("outof") is None or _progress_of(m, count)
    ]
    pattern = _body_titles(catalog) if catalog is not None else None
    if pattern is not None and catalog is not None:
        numbers = {fold(t): n for n, t in _titled_episodes(catalog)}
        for m in pattern.finditer(opening):
            number = numbers.get(fold(m.group(0)))
            found.append(_Mention(m.start(), m.end(), m.group(0), number, False))
        found.sort(key=lambda mention: mention.start)
    return found


_BODY_TITLES: dict[int, tuple[Catalog, re.Pattern[str] | None]] = {}


def _body_titles(catalog: Catalog) -> re.Pattern[str] | None:
    """One pattern for the catalog's episode titles in running text: any case, any quotes
    or spacing between words (cached per catalog)."""
    cached = _BODY_TITLES.get(id(catalog))
    if cached is not None and cached[0] is catalog:
        return cached[1]
    titles = [t for _, t in _titled_episodes(catalog) if len(t) >= _MIN_BODY_EPISODE_TITLE]
    pattern = None
    if titles:
        sources = sorted((r"\s+".join(map(re.escape, t.split())) for t in titles), key=len)
        pattern = re.compile(r"\b(?:" + "|".join(reversed(sources)) + r")\b", re.IGNORECASE)
    if len(_BODY_TITLES) >= 64:
        _BODY_TITLES.clear()
    _BODY_TITLES[id(catalog)] = (catalog, pattern)
    return pattern


_TRAILING_SEASON = re.compile(
    r"\s(?:(?:season|part|cour)\s+(?:\d{1,2}|" + _WORD_NUMBER + r")|S\d{1,2}"
    r"|(?:\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|final)\s+(?:season|part|cour))['’]?s?$",
    re.IGNORECASE,
)


def _without_anime(phrase: str, names: Sequence[str]) -> str:
    """The phrase with the anime's title (or an alias) cut from its end, when it ends so."""
    stripped = phrase.rstrip()
    # "the Show season 2 premiere": a later season's, the anime's name before its season
    season = _TRAILING_SEASON.search(stripped)
    if season is not None:
        stripped = stripped[: season.start()].rstrip()
    folded = stripped.casefold()
    for name in names:
        if name and folded.endswith(name.casefold()):
            return stripped[: len(stripped) - len(name)]
    return phrase


def episode_in_body(
    text: str, catalog: Catalog | None, anime: str = ""
) -> tuple[int | None, list[str]]:
    """The document's episode from its opening ("Episode 2 of X", "this week's episode 4",
    "X's twelfth episode", an episode's title), with the evidence, ignored mentions included.

    References to other episodes are skipped ("the previous episode", "since episode 5",
    "unlike episode 2", "for the finale", "my episode 3 review"), and so are numbers above the
    catalog's episode count (a programme's own numbering); of the rest, one said of
    "this" episode or in the present tense ("episode 4 is calm") outweighs one in the past
    ("episode 3 was loud"), and the earliest wins a tie."""
    notes: list[str] = []
    count = catalog.episode_count if catalog is not None else None
    above: tuple[int, str] | None = None
    opening = text[:_MAX_BODY_LOOK]
    previous_end = 0
    best: tuple[float, int, str] | None = None
    reach: tuple[int, str] | None = None
    share: str | None = None  # the opening's share of the whole run, once looked for
    # the anime's names (a known anime without a catalog: the name it was found by)
    names = (catalog.title, *catalog.aliases) if catalog is not None else (anime,) if anime else ()
    mentions = _mentions(opening, catalog)
    subjects = _subject_mentions(opening, names, count)
    if subjects:
        mentions = sorted(mentions + subjects, key=lambda mention: mention.start)
    listed = _listed_episodes(opening, mentions)
    if len(listed) >= _MIN_LISTED:
        notes.append(
            f"none: the opening lists episodes {min(listed)}-{max(listed)} one per line "
            "(a per-episode list: about them all, not one)"
        )
        return None, notes
    for mention in mentions:
        # the words since the previous mention, in its sentence and clause, are this one's
        before = opening[max(previous_end, mention.start - 40) : mention.start]
        previous_end = mention.end
        cut = max(before.rfind("."), before.rfind("!"), before.rfind("?"), before.rfind("\n"))
        sentence = before[cut + 1 :]
        # ", episode 4": the clause before the comma was about something else
        closed = sentence.rstrip().endswith((",", ";"))
        phrase = "" if closed else sentence[max(sentence.rfind(","), sentence.rfind(";")) + 1 :]
        # the last few words: "since", "unlike", "my" ("after the quiet, lovely episode 4")
        near = "" if closed else " ".join(sentence.split()[-4:])
        written, number = mention.written, mention.number
        if number is None:
            notes.append(f"ignored {written!r}: the episode count is unknown")
            continue
        other = _another_shows_entry(opening, mention.start, names) if names else None
        if other is not None:
            # "- Wind Breaker ep 5: 7/10", "- Podcast ep. 58 is up" under a letter's "Also this
            # week": the entry's own show's or thing's number, whatever it is (above the
            # anime's count too: no mislabel of this page's episode for the store to reject)
            notes.append(f"ignored {written!r}: a list entry on another show ({other!r})")
            continue
        if count and number > count:
            # "Episode 88 - First Impressions": a podcast's or channel's own numbering, which
            # no episode of an anime of `count` episodes can be (kept when nothing else is
            # named, so that the store rejects it with its reason rather than it being re-filed)
            above = above or (number, written)
            notes.append(f"ignored {written!r}: above the anime's {count} episodes")
            continue
        this = _THIS_EPISODE.search(phrase)
        if this is not None and _PREPOSITION_AFTER_THIS.search(this.group(0)):
            # "I have been writing this letter since the second episode": "this" was said of
            # something else, and a word after it points back to the episode
            this = None
        said_of_this = this or _THE_BEFORE.search(phrase)
        if mention.says_this_or_that and not said_of_this and names:
            # "the Show finale": the anime's name between "the" and it
            without = _without_anime(phrase, names)
            if without != phrase:
                # ("since the Show season 2 premiere": the words before the name are its own)
                phrase, near = without, " ".join(without.split()[-4:])
            said_of_this = _THE_BEFORE.search(phrase)
        if mention.says_this_or_that and (not said_of_this or _TOWARDS.search(phrase)):
            notes.append(f"ignored {written!r}: not said of this episode")
            continue
        if _REFERENCE_WORDS.search(near) and not this:
            notes.append(f"ignored {written!r}: a reference to another episode")
            continue
        after = opening[mention.end : mention.end + 40]
        if _ANOTHER_REVIEW_BEFORE.search(near):
            notes.append(f"ignored {written!r}: another episode's review")
            continue
        if mention.ordinal and _SUPERLATIVE_AFTER.match(after):
            notes.append(f"ignored {written!r}: 'the first episode where…' ranks, not names")
            continue
        if _RANGE_AFTER.match(after):
            notes.append(f"ignored {written!r}: a range of episodes")
            continue
        if _TO_COME_AFTER.match(after):
            # "yes, I know episode 2 is two days away": one not out yet, so not reviewed
            notes.append(f"ignored {written!r}: an episode still to come")
            continue
        if mention.says_this_or_that and _looked_back_on(opening, mention.start):
            notes.append(f"ignored {written!r}: looked back on from later in the run")
            continue
        if mention.says_this_or_that and _BY_THE_TIME.search(phrase):
            # "By the time the finale arrives, it is busy tying up …": a point the run reaches,
            # told by a review of the whole of it
            notes.append(f"ignored {written!r}: a point the run reaches ('by the time')")
            continue
        if mention.ordinal and not this and written[:5].lower() != "this ":
            # "Einar arrives in the first episode" after "for about half of its run, …": a
            # review of the whole run (not "this first episode", said of the one reviewed)
            if share is None:
                share = _run_share(opening) or ""
            if share:
                notes.append(
                    f"ignored {written!r}: a point in the run the opening looks over ({share!r})"
                )
                continue
        # "Spoilers for episodes 1-12": a check-in's range reaches its last episode, as "twelve
        # episodes in" does, however much the text then dwells on an earlier one
        if _reaches(mention, after) and (reach is None or number > reach[0]):
            reach = (number, written)
        weight = 1.0 + (1.0 if this or mention.subject else 0.0)
        if _PAST_AFTER.match(after):
            weight -= 0.5
        elif _PRESENT_AFTER.match(after):
            weight += 0.25
        if best is None or weight > best[0]:
            if best is not None:
                notes.append(f"ignored {best[2]!r}: less likely this document's episode")
            best = (weight, number, written)
        else:
            notes.append(f"ignored {written!r}: less likely this document's episode")
    if best is None and above is not None:
        notes = [n for n in notes if not n.startswith(f"ignored {above[1]!r}: above")]
        best = (0.0, *above)
    if reach is not None and best is not None and reach[0] > best[1]:
        # "Two episodes in, … The first episode is …": the episodes it then goes through
        # are within how far it has watched, which is how far it may spoil
        notes = [
            n for n in notes if n != f"ignored {reach[1]!r}: less likely this document's episode"
        ]
        notes.append(f"ignored {best[2]!r}: within the episodes watched ({reach[1]!r})")
        best = (best[0], *reach)
    if best is None:
        return None, notes
    notes.insert(0, f"{best[1]}: {best[2]!r} in the opening")
    return best[1], notes


def _reaches(mention: _Mention, after: str) -> bool:
    """Does the `mention` (`after`: the words after it) say how far the text has watched
    ("six episodes in, …", "episodes 1-6"), the last episode it may spoil?"""
    return mention.through or (mention.reach and _REACH_AFTER.match(after) is not None)


_MIN_LISTED = 4  # distinct episodes, each opening a line: a per-episode list
_LIST_BULLETS = " \t-*•·>|"


def _listed_episodes(opening: str, mentions: list[_Mention]) -> set[int]:
    """The episodes that open a line of the opening ("Ep 1 .... 8/10", "- Episode 2: …"):
    the entries of a per-episode list."""
    listed: set[int] = set()
    for mention in mentions:
        if mention.number is None or mention.ordinal or mention.says_this_or_that:
            continue
        line_start = opening.rfind("\n", 0, mention.start) + 1
        if not opening[line_start : mention.start].strip(_LIST_BULLETS):
            listed.add(mention.number)
    return listed


# "my episode 3 review", "our review of episode 3": a review of another episode
_ANOTHER_REVIEW_BEFORE = re.compile(
    r"(?:\b(?:my|our|the)\s+(?:\w+\s+)?reviews?\s+(?:of|for)\s+$|\b(?:my|our)\s+$)",
    re.IGNORECASE,
)
# a list entry led by a show's name in capitals ("- Wind Breaker ep 5: 7/10" under a
# newsletter's "Also this week"): the episode is that show's, unless a word of the name is
# one of the anime's own ("- Frieren ep 5" of "Frieren: Beyond Journey's End")
_LIST_ENTRY_HEAD = re.compile(r"[-*+]\s+((?:[A-Z][\w'’.:]*\s+){1,5})")
_MAX_LIST_ENTRY_HEAD = 60  # characters from the bullet to the episode: a name, no sentence
_NAME_FILLER = frozenset({"the", "a", "an", "of", "in", "no", "no.", "to", "and", "wa", "ga"})


def _name_words(text: str) -> set[str]:
    """The words of a name that tell it apart (casefolded, edge punctuation off, fillers out)."""
    words = {w.strip(".:,;!?'’\"“”()[]").casefold() for w in text.split()}
    return {w for w in words if w and w not in _NAME_FILLER}


def _another_shows_entry(opening: str, start: int, names: Sequence[str]) -> str | None:
    """The name leading the list entry whose episode mention starts at `start`, when it is
    another show's (no distinguishing word of it among the anime's `names`), else None."""
    line_start = opening.rfind("\n", 0, start) + 1
    if start - line_start > _MAX_LIST_ENTRY_HEAD or not opening.startswith(
        LIST_BULLETS, line_start
    ):
        return None
    head = _LIST_ENTRY_HEAD.fullmatch(opening, line_start, start)
    if head is None:
        return None
    words = _name_words(head.group(1))
    if not words or words & {w for name in names for w in _name_words(name)}:
        return None
    return head.group(1).strip()


# told in the past ("episode 3 was loud", "episode 3's cliffhanger"): probably an earlier one
_PAST_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:\w+\s+)?(?:was|were|had|ended|did|gave|left|felt|introduced|showed"
    r"|spent|focused|brought|set\s+up|opened|closed)\b",
    re.IGNORECASE,
)
_PRESENT_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:\w+\s+)?(?:is|feels|does|opens|picks|continues|brings|takes|gives|has"
    r"|finally|delivers|proves|shows|spends|focuses)\b|\s+of\s",
    re.IGNORECASE,
)


# "two episodes in, …", "six episodes in: …": how far, the clause closed (not "… in one go")
_REACH_AFTER = re.compile(r"\s*(?:$|[,:;.!?)\]—–-])")
_RANGE_AFTER = re.compile(r"\s*" + _RANGE_JOIN + r"\s*\d")
# an episode not out yet ("episode 2 is two days away", "episode 5 airs tomorrow", "episode 5
# isn't out yet", "episode 5 will drop on Friday"): the next one, which a review cannot be of
# (not "episode 5 is a world away from episode 4", said of the one reviewed)
_WHEN_TO_COME = (
    r"(?:on\s+|this\s+|next\s+)?(?:tomorrow|tonight|next\b|later\b|soon\b"
    r"|in\s+(?:a|an|a\s+few|\d{1,2}|" + _WORD_NUMBER + r")\s+(?:days?|hours?|weeks?)\b"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)
_TO_COME_AFTER = re.compile(
    r"\s+(?:is|['’]s)\s+(?:still\s+|only\s+|just\s+)?(?:[\w-]+\s+){0,2}away\b(?!\s+from\b)"
    r"|\s+(?:isn['’]t|is\s+not|hasn['’]t|has\s+not)\s+(?:out|aired|been\s+released)\b"
    r"|\s+(?:will|['’]ll)\s+(?:air|drop|be\s+out|come\s+out|release|premiere)\b"
    r"|\s+(?:airs|drops|comes\s+out|is\s+out|lands|releases|is\s+due)\s+" + _WHEN_TO_COME,
    re.IGNORECASE,
)
# "Sara's arc, which was the best thing in the premiere, ends early": the premiere (or the
# finale) named in a relative clause in the past, told from a later point of the run
_LOOKED_BACK = re.compile(r"\b(?:which|that|who)\s+(?:was|were|had\s+been)\b", re.IGNORECASE)
_LOOK_BACK_REACH = 80
# "by the time the finale arrives", "by the time we reach the premiere's twist": the run told
# as it goes, from past its end
_BY_THE_TIME = re.compile(r"\bby\s+the\s+time\b", re.IGNORECASE)


def _looked_back_on(opening: str, start: int) -> bool:
    """Is the episode named at `start` ("the premiere") in a relative clause in the past
    ("…, which was the most human thing in the premiere")?"""
    before = opening[max(0, start - _LOOK_BACK_REACH) : start]
    cut = max(before.rfind(c) for c in ".!?\n,;:")
    clause = before[cut + 1 :]
    return ("as " in clause or "ere " in clause or "een " in clause) and (
        _LOOKED_BACK.search(clause) is not None
    )


# a share of the whole run ("for about half of its run", "for roughly a third of its run", "most
# of the show's 24-episode run", "spends half its run on …"): told of a run that is over (not
# "for most of its run so far")
_RUN_SHARE = re.compile(
    r"\b(?:half(?:\s+of)?|(?:third|quarter|most|much|bulk|majority|two[\s-]thirds"
    r"|three[\s-]quarters)\s+of)\s+(?:its|the|the\s+show['’]s|the\s+series['’])\s+"
    r"(?:(?:\d{1,3}|" + _WORD_NUMBER + r")[\s-]episode\s+)?run\b(?!\s+so\s+far)",
    re.IGNORECASE,
)


def _run_share(opening: str) -> str | None:
    """The words of an opening that tell a share of the anime's whole run ("for about half of
    its run, this is a show about…"), else None. "The first episode" in such an opening is a
    point in the run the document looks over, not the episode it reviews."""
    if " run" not in opening:
        return None
    match = _RUN_SHARE.search(opening)
    return match.group(0) if match is not None else None


# after "the first episode" / "the third episode": it ranks this episode among others
_SUPERLATIVE_AFTER = re.compile(
    r"\s+(?:that|where|in\s+which|in\s+a\s+row|to\s+(?!air\b)\w+|since|i\b|we\b|i've|i'd"
    r"|of\s+(?:the\s+|this\s+)?(?:show|series|season|anime|year|run)\s+(?:that|where|to|i|we)\b)",
    re.IGNORECASE,
)


# "Episode 30 overall", "overall episode 30", "#30 overall": a number counted through the seasons
# (also opening an italic line in markdown: "_Episode 30 overall_", or the episode and number
# set in bold without the word: "this premiere is **episode 51** overall"); a site's subhead
# labels it so too ("Season 2 · Episode 6 · Series episode 30", "Absolute episode: 30")
# (in the writer's own language too, on a page in English by a non-native fan: Spanish
# "episodio 15 en total", Portuguese "episódio 15 no total", French "épisode 15 au total")
_IN_TOTAL = r"(?:overall|in\s+total|(?:en|no|au)\s+total|in\s+totale)"
_OVERALL = re.compile(
    r"(?<![^\W_])(?:episode|ep\.?|epis[oó]dio|épisode)\s*#?\s*(\d{1,4})(?:\*\*?|__?)?\s*,?\s+(?:"
    + _IN_TOTAL
    + r"|of\s+the\s+(?:whole\s+|entire\s+)?(?:series|show))\b"
    # (a definition list's label and value as two items: "- Series episode\n- #30")
    r"|(?<![^\W_])(?:overall|series|absolute)\s+(?:episode|ep\.?)\s*:?\s*(?:number\s+|no\.\s*)?"
    r"(?:(?<=\n)[-*•]\s+)?#?\s*(\d{1,4})\b"
    r"|(?<![\w&])#(\d{1,4})\s+overall\b"
    # a fan's own language's counter on the number, then the English word ("29화 overall",
    # "29話 overall": Korean, Japanese episode counters)
    r"|(?<![\w&])(\d{1,4})\s*[화話话集回]\s*,?\s+" + _IN_TOTAL + r"\b"
    # the bare number in a bracket after the episode's own: "episode 5 of season 2 (29
    # overall if you count the first)", "Ep 5 [29th overall]", "episode 5 (29 in total)"
    r"|(?<![^\W_])(?:episode|ep\.?)\s*#?\s*\d{1,4}\b[^()\[\]\n]{0,30}?[(\[]\s*"
    r"(\d{1,4})(?:st|nd|rd|th)?\s+" + _IN_TOTAL + r"\b"
    # "episode 29 if you count season one", "episode 29, counting the first season", "episode
    # 29, counting straight through from the first part's premiere", "number 29 if you count
    # both seasons", "episode 29 if you're counting from the start", "if we are counting"
    r"|(?<![^\W_])(?:episode|ep\.?|number)\s*#?\s*(\d{1,4})\s*,?\s+"
    r"(?:if\s+(?:you|we|one)(?:\s+count|(?:['’]re|\s+are|\s+is)\s+counting)"
    r"|count(?:ing|ed)\s+(?:(?:straight|right|all\s+the\s+way)\s+)?"
    r"(?:from|through|on\s+from|up\s+from|season|the|both|all|every))\b",
    re.IGNORECASE,
)


# a range of episodes restated, as wide, as counted through the seasons: in a bracket or
# after an "or" ("episodes 1-12 (25-36 overall)", "episodes 1-6, or 26-31 if you count from
# the very start"), as a check-in on a later season's first half gives both; its last wins,
# as a range's last does (the widths compared by _restated_range_last)
_RANGE_RESTATED = re.compile(
    r"(?<![^\W_])(?:episodes?|eps?\.?)\s*#?\s*(\d{1,4})\s*" + _RANGE_JOIN + r"\s*(\d{1,4})\b"
    r"\s*(?:[(\[]|,?\s+(?:or|aka|i\.e\.,?)\s+)\s*(?:(?:episodes|eps\.?)\s*)?#?\s*"
    r"(\d{1,4})\s*"
    + _RANGE_JOIN
    + r"\s*#?\s*(\d{1,4})(?:st|nd|rd|th)?\s*,?\s+(?:"
    + _IN_TOTAL
    + r"|if\s+(?:you|we|one)(?:\s+count|(?:['’]re|\s+are|\s+is)\s+counting)"
    r"|count(?:ing|ed)\s+(?:from|through|across|on|the|both|all|every))\b",
    re.IGNORECASE,
)


# a range of episodes counted through the seasons, alone ("after two episodes, so eps 13-14
# overall", "episodes 26-31 if you count the first season"): a later season's first episodes
# restated, when as wide as how far into it the text has watched (_overall_in_opening's
# `watched`)
_RANGE_THROUGH = re.compile(
    r"(?<![^\W_])(?:episodes|eps\.?)\s*#?\s*(\d{1,4})\s*" + _RANGE_JOIN + r"\s*#?\s*(\d{1,4})"
    r"(?:st|nd|rd|th)?\s*,?\s+(?:"
    + _IN_TOTAL
    + r"|if\s+(?:you|we|one)(?:\s+count|(?:['’]re|\s+are|\s+is)\s+counting)"
    r"|count(?:ing|ed)\s+(?:from|through|across|on|the|both|all|every))\b",
    re.IGNORECASE,
)


def _restated_range_last(m: re.Match[str]) -> int | None:
    """The last of _RANGE_RESTATED's range through the seasons, when as wide as the range it
    restates and later than it, else None (not "episodes 1-3 (25-36 overall)")."""
    first, last, through_first, through_last = (int(g) for g in m.groups())
    if first < last < through_last and through_last - through_first == last - first:
        return through_last
    return None


def overall_episode(text: str) -> tuple[int, str] | None:
    """The first number `text` says counts through the seasons ("Episode 29 overall", "overall
    episode 29", "#29 overall", "episode 29 if you count season one"), with its words; else
    None. For a short text (a byline's words): the pattern is tried at every character."""
    found = _OVERALL.search(text)
    if found is None:
        return None
    return int(next(g for g in found.groups() if g is not None)), found.group(0)


# a note on how a service numbers the episode: "Crunchyroll lists this week's episode as
# Episode 30", "which the app numbers as episode 13", "the tracker counts it as ep 38"; or
# names it so, "it" or "this" right before ("my tracker calls it episode 41", "MAL calls
# this "Episode 41""); said outright, so looked for in the whole opening (after a
# newsletter's greeting, a lead)
_LISTED_AS = re.compile(
    r"\b(?:(?:lists?|listed|numbers?|numbered|labels?|label{1,2}ed|counts?|counted)\s+"
    r"(?:[\w'’]+\s+){0,3}?as|call(?:s|ed)?\s+(?:it|this)(?:\s+as)?)"
    r"\s+[\"“'‘*_]{0,2}(?:episode|ep\.?)\s*#?\s*(\d{1,4})\b",
    re.IGNORECASE,
)

# a note that a streaming service's numbering runs on through the seasons ("Crunchyroll
# carries on from season 1's 24 episodes, so this is episode 31", "the app continues the
# count, making this episode 31"): its "this is episode N", later in the same sentence
_CARRIES_ON = re.compile(
    r"\b(?:carr(?:y|ies|ied)\s+on|continu(?:e|es|ed)|picks?\s+up|keeps?\s+counting)"
    r"\s+(?:from|with|through|the\s+(?:numbering|count))\b",
    re.IGNORECASE,
)
_CARRIES_ON_WORDS = ("carr", "continu", "pick", "keep")  # what _CARRIES_ON needs, looked for first
# a clause saying the count runs through the seasons, before the number it gives in the same
# sentence: "Counting the show straight through (12 + 13), it's episode 25", "counted across
# all three seasons, this is episode 37", "counting from the very start, this is episode 40",
# "counting from the very first episode (or from episode one), this is episode 40"
_COUNTED_THROUGH = re.compile(
    r"\bcount(?:ing|ed)\s+(?:[^\s.!?;]+\s+){0,5}?"
    r"(?:(?:straight|right|all\s+the\s+way)\s+through|across\s+(?:both|all|the)\s+"
    r"(?:\w+\s+)?(?:seasons|cours)|from\s+the\s+(?:very\s+)?(?:start|beginning|first\s+episode)"
    r"|from\s+episode\s+(?:one|1))\b",
    re.IGNORECASE,
)
_THIS_IS_EPISODE = re.compile(
    r"\b(?:this\s+is|this\s+one\s+is|making\s+(?:this|it)|it['’]s)\s+[*_]{0,2}"
    r"(?:episode|ep\.?)\s*#?\s*(\d{1,4})\b",
    re.IGNORECASE,
)


def _season_headline(paragraphs: list[str], catalog: Catalog | None = None) -> str | None:
    """A line of the opening that reads as a headline announcing a season review and names
    no episode, by number or by its catalog title ("Show Season 1 Review" under a zine's page
    header, or under a cache's notice and a site's menu, that was taken for the title), else
    None."""
    for line in opening_lines(paragraphs):
        line = line.strip(" *_#")
        if _is_season_headline(line) and not _names_an_episode_title(line, catalog):
            return line
    return None


def _names_an_episode_title(line: str, catalog: Catalog | None) -> bool:
    """Does the line hold one of the catalog's episode titles ("Recap and review: Show opens
    with '<Episode's Title>'")?"""
    if catalog is None or not catalog.episodes:
        return False
    folded = fold(line)
    return any(title in folded for _, _, title in folded_episode_titles(catalog))


# a season's wrap-up, the way a letter heads its feature summing up a show's season
# ("<Show> — season wrap-up"), as a season review's headline says "review"
_SEASON_WRAP_UP = re.compile(r"\b(?:season|series)\s+wrap[\s-]?up\b", re.IGNORECASE)


def _is_season_headline(line: str) -> bool:
    if not is_headline_line(line):
        return False
    lowered = line.lower()
    if "review" not in lowered and ("wrap" not in lowered or not _SEASON_WRAP_UP.search(line)):
        return False
    return announced_kind(line, None) is DocumentKind.SEASON_REVIEW and episode_in(line) is None


def _opens_with_number(title: str) -> bool:
    """Does the title open with an episode number and a separator ("Ep. 142 – Rust and
    Rouge", "#142: Title"), the way a podcast or a channel numbers its own episodes?"""
    for marker in _EPISODE_MARKERS:
        match = _marker_search(marker, title)
        if match is not None:
            return match.start() == 0 and _PROGRAM_NUMBER_END.match(title, match.end()) is not None
    return False


def _programme_number_over_season_review(title: str) -> bool:
    """Does the title open with a programme's own number, then a separator and a season
    review's title naming no episode ("Ep. 112 – <Anime> Season 1 Review")?"""
    for marker in _EPISODE_MARKERS:
        match = _marker_search(marker, title)
        if match is None:
            continue
        end = _PROGRAM_NUMBER_END.match(title, match.end()) if match.start() == 0 else None
        if end is None:
            return False
        rest = title[end.end() :]
        return announced_kind(rest, None) is DocumentKind.SEASON_REVIEW and episode_in(rest) is None
    return False


def _numbers_a_programme(title: str, draft: Draft) -> bool:
    """Does the title's episode marker number a programme, not the anime: after a name that
    is not the anime's and before a separator, with the anime's name after it ("Sakuga
    Sunday #142: <Anime> Hits 100%"), or a near spelling of it, as the anime was found
    ("Backlog Club #31 — Metalic Rouge, the whole run")?"""
    anime = draft.anime_title
    if title[: len(anime)].lower() == anime.lower():  # the usual "<Anime> Episode 3 …"
        return False
    if _season_marker(title) is not None:
        return False
    for marker in _EPISODE_MARKERS:
        match = _marker_search(marker, title)
        if match is None:
            continue
        if match.start() == 0 or _PROGRAM_NUMBER_END.match(title, match.end()) is None:
            return False
        before, after = fold(title[: match.start()]), fold(title[match.end() :])
        names = _names_of(draft)
        return (
            any(c.isalpha() for c in before)
            and not any(name in before for name in names)
            and any(_said_nearly(name, after) for name in names)
        )
    return False


# a title's closing "<Name> #N" after a separator: a newsletter's or a column's name and its
# issue ("<Anime> first impressions + more | Two Screens Weekly #58")
_CLOSING_NUMBERED_NAME = re.compile(r"\s(?:[|–—·]|-(?=\s))\s*((?:[\w'’&.]+\s+){1,5})#\d{1,4}\s*$")
# words of a name that count the show's own episodes ("Rewatch Week #5", "Day #3")
_COUNTS_EPISODES = frozenset(
    {
        "episode",
        "episodes",
        "ep",
        "ep.",
        "eps",
        "week",
        "day",
        "part",
        "entry",
        "rewatch",
        "chapter",
    }
)


def _numbered_name_closes(title: str, draft: Draft) -> bool:
    """Does the title close with a name that is not the anime's and its bare "#N", after a
    separator, the anime named before it ("<Anime> first impressions | Two Screens Weekly
    #58")? A newsletter's or a column's issue, not the anime's episode; not a name counting
    the show's episodes ("<Anime> | Rewatch Week #5"), nor one beside the title's own episode
    marker ("<Anime> S3 Ep 4 – Letter #28": that names the episode)."""
    if "#" not in title or len(EPISODE_MARKER_TEXT.findall(title)) != 1:
        return False
    closing = _CLOSING_NUMBERED_NAME.search(title)
    if closing is None or numbers_another_thing(title, closing.end(1)):
        return False
    name = fold(closing.group(1))
    if not any(c.isalpha() for c in name) or _COUNTS_EPISODES & set(name.split()):
        return False
    names = _names_of(draft)
    before = fold(title[: closing.start()])
    return not any(_said_nearly(n, name) for n in names) and any(
        _said_nearly(n, before) for n in names
    )


def _programme_beside(draft: Draft, number: int, any_marker: bool = False) -> int | None:
    """The episode the opening names beside the anime's name when the title's only episode
    marker is a bare "#N" (`number`) after a programme's name and before a separator, the
    title naming the anime nowhere (a newsletter's "Weekly Digest #40 — the fox show grows
    teeth", the show called by its lead): the first line of the opening naming the anime with
    an episode ("- <Anime> Season 2 Episode 3"), when that is another number. Else None."""
    title = draft.title
    if ("#" not in title and not any_marker) or len(EPISODE_MARKER_TEXT.findall(title)) != 1:
        return None
    if any_marker:  # (_after_programme: the marker after a programme's name, whatever it is)
        match = EPISODE_MARKER_TEXT.search(title)
    else:
        match = _marker_search(_HASH_MARKER, title)
        if match is not None and _PROGRAM_NUMBER_END.match(title, match.end()) is None:
            return None
    if match is None or match.start() == 0:
        return None
    if not any(c.isalpha() for c in title[: match.start()]):
        return None
    names = _names_of(draft)
    folded = fold(title)
    if any(name in folded for name in names):
        return None
    count = draft.catalog.episode_count if draft.catalog is not None else None
    for line in _opening(draft.paragraphs).splitlines():
        line = fold(line)
        at = next((line.find(name) + len(name) for name in names if name in line), None)
        said = episode_named(line[at:], draft.catalog) if at is not None else None
        if said is not None:
            ok = said[0] != number and not (count and said[0] > count)
            return said[0] if ok else None
    return None


# the last word of a podcast's or a broadcast's name ("The <Word> Hour", "<Word> Podcast")
PROGRAMME_WORDS = ("podcast", "podcasts", "hour", "radio", "pod")
# ...then its own episode's marker: "The <Word> Hour — Episode 88", "<Word> Podcast, ep. 12"
_AFTER_PROGRAMME = re.compile(
    r"\w[\w'’]*\s+(?:" + "|".join(PROGRAMME_WORDS) + r")\s*[–—|:,\-]?\s*(?:episode|ep\.?|#)\s*\d",
    re.IGNORECASE,
)


# ...or its own episode's marker before "show notes", which a podcast publishes for each of its
# episodes, whatever its name ("Two Sleeves Up — Episode 88 show notes")
_SHOW_NOTES_AFTER = re.compile(
    r"(?:\bepisode|\bep\.?|#)\s*\d{1,4}\s*(?:[–—|:,\-]\s*)?show[\s-]?notes\b", re.IGNORECASE
)


def _after_programme(title: str) -> bool:
    """Does `title` number a programme after its name ("The <Word> Hour — Episode 88"), or
    number the show notes of the programme's own episode ("<Name> — Episode 88 show notes")?"""
    lowered = title.lower()
    if "notes" in lowered and _SHOW_NOTES_AFTER.search(title) is not None:
        return True
    return ("hour" in lowered or "pod" in lowered or "radio" in lowered) and (
        _AFTER_PROGRAMME.search(title) is not None
    )


# rapidfuzz ratio (0-100) for a run of a title's words to be the anime's name misspelt ("metalic
# rouge" of "metallic rouge" is 96), as the anime detector matches a title's words to a known name
_NEAR_NAME = 86.0
_MIN_NEAR_NAME = 6  # shorter names only count written exactly
_WORD_EDGES = ",.;:!?\"'“”‘’()[]—–-"  # what a title's word may carry that is not the name's


def _said_nearly(name: str, text: str) -> bool:
    """Is the folded `name` in the folded `text`, exactly or as a run of its words misspelt by
    a letter or two ("Club #31 — Metalic Rouge, the whole run")?"""
    if name in text:
        return True
    if len(name) < _MIN_NEAR_NAME:
        return False
    words = [w for w in (word.strip(_WORD_EDGES) for word in text.split()) if w]
    size = len(name.split())
    for width in {max(1, size - 1), size, size + 1}:
        for start in range(max(1, len(words) - width + 1)):
            window = " ".join(words[start : start + width])
            if fuzz.ratio(window, name, score_cutoff=_NEAR_NAME):
                return True
    return False


_MIN_NAME_HEAD = 4  # "Frieren" of "Frieren: Beyond Journey's End"; not "Re" of "Re:Zero"


def _names_of(draft: Draft) -> list[str]:
    """The document's anime's names, folded: its title, the part before its colon, and its
    catalog's aliases."""
    catalog = draft.catalog
    written = [draft.anime_title, *(catalog.aliases if catalog is not None else ())]
    names: list[str] = []
    for name in written:
        folded = fold(name)
        head = folded.split(":", 1)[0].strip()
        names += [n for n in (folded, head) if n and (n == folded or len(n) >= _MIN_NAME_HEAD)]
    return names


# the episode's number right after the anime's name, written with two or more digits, then a
# separator or the end: a blog's or a notes app's "Show 03 – recap + thoughts", "Show 12 [thoughts]"
# (one digit may be a sequel's: "Show 2: First Impressions"); or two reviewed together, the
# last so written: "Show 12 & 13: …", "Show 9-10 [thoughts]"
_NUMBER_AFTER_NAME = re.compile(
    r"\s+(?:(\d{1,3})\s*(?:&|\+|and|-|–)\s*)?(\d{2,3})(?=\s*(?:$|[\[(:|–—-]))"
)


def _only_words(text: str) -> bool:
    """Is `text` words alone, ending in a space: letters and spaces, no digit, separator or
    punctuation (the title's lead-in before a name, not another part of the title)?"""
    return text[-1:].isspace() and all(c.isalpha() or c.isspace() for c in text)


def _number_after_name(
    draft: Draft, count: int | None, text: str | None = None
) -> tuple[int, str] | None:
    """The episode a title (or `text`: a URL's slug in words) numbers right after the anime's
    name ("Show 03 – recap"; of a pair, "Show 12 & 13: …", the last), when no marker names
    one; never above the anime's known episode count. The name opens the title, or follows
    words alone, as a longer form of it does (a romanised name whose last word is the name
    known: "sousou no show 25 — notes")."""
    title = fold(draft.title if text is None else text)
    if not any(c.isdigit() for c in title):
        return None
    for name in _names_of(draft):
        at = title.find(name)
        if at < 0 or (at and not _only_words(title[:at])):
            continue
        match = _NUMBER_AFTER_NAME.match(title, at + len(name))
        if match is None:
            continue
        first, number = match.group(1), int(match.group(2))
        if first is not None and int(first) >= number:
            continue  # no pair in order: "Show 13 – 12 …"
        if 0 < number <= MAX_EPISODE and not (count and number > count):
            return number, f"the number {match.group(0).strip()!r} after the anime's name"
    return None


# the anime's name shortened to capitals, then the episode's number in two or more digits, then
# a separator, the end or a post's kind word: a community's "JJK 40 Recap & Thoughts" or
# "AOT 75 - thoughts" (one digit is more likely a season: "MHA 7 review")
_NUMBER_AFTER_CAPITALS = re.compile(
    r"(?<![\w'’&#-])([A-Z]{2,6})\s+(\d{2,3})(?=\s*(?:$|[\[(:|–—&-]"
    r"|(?i:recap|review|thoughts|impressions|notes|discussion)\b))"
)


def _shortens(short: str, name: str) -> bool:
    """Is `short` (capitals) the starts of `name`'s words or syllables, in order: its first
    letter the name's, each of the name's words given at least one ("JJK" of "Jujutsu
    Kaisen", "AOT" of "Attack on Titan"; not "TV" of it)?"""
    words = [w for w in fold(name).split() if w[:1].isalpha()]
    letters = short.lower()
    if not words or len(letters) < len(words) or letters[0] != words[0][0]:
        return False
    at = 0
    for index, word in enumerate(words):
        if at >= len(letters) or letters[at] != word[0]:
            return False
        at += 1
        # the word's later syllables' starts, while more letters remain than words to come
        position = 1
        while at < len(letters) - (len(words) - index - 1):
            position = word.find(letters[at], position)
            if position < 0:
                break
            at, position = at + 1, position + 1
    return at == len(letters)


def _number_after_abbreviation(draft: Draft, count: int | None) -> tuple[int, str] | None:
    """The episode a title numbers right after the anime's name shortened to capitals ("JJK 40
    Recap & Thoughts" of "Jujutsu Kaisen"), when no marker or written name numbers one; never
    above the anime's known episode count."""
    title = draft.title
    if not draft.anime_title or not any(c.isdigit() for c in title):
        return None
    for match in _NUMBER_AFTER_CAPITALS.finditer(title):
        number = int(match.group(2))
        if not 0 < number <= MAX_EPISODE or (count and number > count):
            continue
        if _shortens(match.group(1), draft.anime_title):
            return number, f"the number {match.group(0)!r} after the anime's shortened name"
    return None


# the number through the seasons is restated near the top: in the paragraphs that reach
# _OVERALL_LOOK characters, the last of them whole (a note on the numbering after a first
# paragraph), within _MAX_BODY_LOOK
_OVERALL_LOOK = 600
# what _OVERALL needs, looked for first (a search of the opening costs more)
_OVERALL_WORDS = ("overall", "in total", "of the series", "of the show", "of the whole",
                  "of the entire", "count", "series ep", "absolute ep", "en total",
                  "no total", "au total")  # fmt: skip


# (after "the", "its" or a possessive: "the show's", "the series'"; in markdown perhaps set in
# bold or italics with its word: "the **26th episode** of <Show> overall")
_ORDINAL_EPISODE = re.compile(
    r"(?:\b(?:the|its)|['’]s|s['’])\s+\*{0,2}(?P<n>" + ORDINAL_TEXT + r"|\d{1,3}(?:st|nd|rd|th))"
    # ...or with the run it counts in, the word "episode" left to the clause before ("the
    # third episode of the new season, the 31st of the series overall"), or with only the
    # word saying it counts through them ("Episode 3, the show's fifteenth overall")
    # (also the run's end said with it: "the 37th and final episode of the whole series")
    r"(?:(?:\s+and\s+(?:final|last))?\s+episode\b"
    r"|(?=\s+of\s+the\s+(?:(?:whole|entire)\s+)?(?:series|show|run)\b)"
    r"|(?=\s+overall\b))",
    re.IGNORECASE,
)
# words saying a number counts through the seasons ("if you count season one", "overall"; the
# show named "as a whole", as against its season: "the 37th and final episode of <Show> as a
# whole", not "of the season as a whole")
_COUNTING = re.compile(
    r"\b(?:overall|in\s+total|all\s+told|count(?:ing|ed)?|across\s+(?:both|all|the)\s+"
    r"(?:\w+\s+)?(?:seasons|cours)|of\s+the\s+(?:(?:whole|entire)\s+)?(?:series|show|run)"
    r"|of\s+(?:(?!(?:season|cour|arc|part|half|episode)s?\b)[^\s.!?;,]+\s+){1,6}?as\s+a\s+whole)\b",
    re.IGNORECASE,
)
# what _ORDINAL_EPISODE needs ("28th episode", "thirty-first episode", "second episode", "the
# 31st of the series", "the fifteenth overall")
_ORDINAL_HINTS = ("th episode", "st episode", "nd episode", "rd episode", "th of the",
                  "st of the", "nd of the", "rd of the", "th overall", "st overall",
                  "nd overall", "rd overall", "and final ep", "and last ep")  # fmt: skip
_COUNTING_HINTS = ("overall", "total", "all told", "count", "seasons", "cours", "of the whole",
                   "of the entire", "of the series", "of the show", "of the run",
                   "as a whole")  # fmt: skip


# the opening saying its plain episode number opens a season ("Episode 25, the first of the
# second season", "Episode 25 marks the start of season two", "Episode 25 kicks off season
# two", "Episode 25, the season 2 premiere", "the second season's premiere, episode 25,"; a
# split-cour show's part by its number: "Episode 13, the first episode of Part 2", "Episode
# 13 kicks off part two"): counted through the seasons, as its premiere is the season's
# episode 1
_A_SEASON = r"(?:(?:the\s+|its\s+)?(?:\w+\s+)?(?:season|cour)\b(?!['’])|part\s+\w+\b)"
_OPENS_A_SEASON = re.compile(
    r"(?<![^\W_])(?:episode|ep\.?)\s*#?\s*(\d{1,4})\b[^.!?;\n]{0,25}?"
    r"(?:\b(?:first|start|beginning)\s+(?:episode\s+)?of\s+" + _A_SEASON + r""
    r"|\b(?:premiere|opener)\s+(?:of|for)\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:season|cour)\b"
    r"|\b(?:season|cour|part)\s+\w+(?:['’]s)?\s+(?:premiere|opener|first\s+episode)\b"
    r"|\b\w+\s+(?:season|cour|part)['’]s\s+(?:premiere|opener|first\s+episode)\b"
    r"|\b(?:opens|opened|kicks?\s+off|kicked\s+off|starts|started|begins|began)\s+"
    + _A_SEASON
    + r")"
    r"|\b(?:season|cour|part)(?:\s+\w+)?(?:['’]s)?\s+(?:premiere|opener)\s*[,(—–-]\s*"
    r"(?:episode|ep\.?)\s*#?\s*(\d{1,4})\b",
    re.IGNORECASE,
)


# "episode 58 (the eighth episode of season 3)", "Episode 58, the 8th of season three"
_ORDINAL_OF_SEASON = re.compile(
    r"(?<![^\W_])(?:episode|ep\.?)\s*#?\s*(\d{1,4})\s*[(,—–-]\s*(?:the|its)\s+"
    r"(?P<n>\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+(?:episode\s+)?of\s+(?:the\s+)?"
    r"season\s+(?:\d{1,2}|[a-z]+)\b",
    re.IGNORECASE,
)
# "Episode 36 of <Show>, the twelfth of the farmland season", "episode 30 (the sixth in the
# new season)": the number through the seasons, restated as the title's ordinal within a
# season its words name, not its number (an arc's, "this season")
# (the restating part: "… the twelfth of the farmland season", "the sixth in the new season")
_ORDINAL_IN_WORDED_SEASON = (
    r"\s*[(,—–-]\s*(?:the|its)\s+(?P<n>\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:episode\s+)?(?:of|in)\s+(?:the|this|its)\s+(?:[\w-]+\s+){0,2}?(?:season|cour)\b"
)
_ORDINAL_OF_WORDED_SEASON = re.compile(
    r"(?<![^\W_])(?:episode|ep\.?)\s*#?\s*(\d{1,4})(?:\s+of\s+[^,()\[\]\n.!?;]{1,60}?)?"
    + _ORDINAL_IN_WORDED_SEASON,
    re.IGNORECASE,
)
# "ends with its 37th episode, the twelfth of the third season": the number through the
# seasons said as an ordinal, then restated as the title's ordinal within its season
_ORDINAL_EPISODE_OF_SEASON = re.compile(
    r"\b(?:the|its)\s+(\d{1,3})(?:st|nd|rd|th)\s+episode" + _ORDINAL_IN_WORDED_SEASON,
    re.IGNORECASE,
)
_ORDINAL_EPISODE_HINTS = ("th episode", "st episode", "nd episode", "rd episode")
_LABELLED_EPISODE = re.compile(r"\bepisode:\s*(\d{1,4})\b", re.IGNORECASE)  # "Episode: 25"


def _later_season_premiere(title: str, named: int | None) -> bool:
    """Does the title name a later season's premiere ("Show Season 2 Premiere: First
    Impressions"), its episode 1 counted within that season?"""
    return named == 1 and LATER_SEASON_PREMIERE.search(title) is not None


def _per_season_number(title: str) -> int | None:
    """The episode a title numbers only within its season ("Season 2, Episode 6", "S02E06"),
    else None (no season marker, or a number counted through the seasons beside it)."""
    match = _season_marker(title)
    if match is None or _through_seasons(title, match) is not None:
        return None
    return _marker_number(next(g for g in match.groups() if g is not None))


def _through_the_seasons(draft: Draft, number: int, within: int, source: str) -> None:
    """File the document under episode `number`, counted through the seasons as `source` (the
    page's words for it) gives it, where its title counts `within` its season."""
    draft.episode, draft.episode_in_season = number, within
    draft.explain(
        "episode",
        f"{number}: {source}, counted through the seasons (the title {draft.title!r} counts "
        f"within its season: {within})",
    )


def _range_width(title: str) -> int | None:
    """How many episodes past its first the range a title's season marker numbers reaches
    ("Season 2 – Episodes 1 & 2": 1), else None (one episode, or no marker)."""
    marker = _season_marker(title)
    mention = _EPISODE_MENTION.search(marker.group(0)) if marker is not None else None
    if mention is None or mention.group(2) is None:
        return None
    width = int(mention.group(2)) - int(mention.group(1))
    return width if width > 0 else None


# the words right before a number saying it is this one's ("this is episode 26 overall",
# "that's episode 26 overall", "which makes it episode 26"), at the end of its clause
_SAYS_THIS_IS = re.compile(
    r"\b(?:this(?:\s+one)?\s+is|(?:it|this|that)['’]s|(?:making|makes)\s+(?:this|it))"
    r"\s*[*_]{0,2}\s*$",
    re.IGNORECASE,
)
_SAYS_THIS_IS_LOOK = 24  # how far back from the number its words are looked for


def _said_of_another(
    opening: str,
    start: int,
    end: int,
    others: Callable[[], Sequence[str]],
    stated: bool = False,
) -> bool:
    """Is the number through the seasons at `start`:`end` of `opening` another episode's
    ("Last week's episode (episode 28 overall)") or another show's ("Elsewhere, <Other Show>
    reached its 29th episode overall"): reference words just before it in its clause, or
    another anime's name in its sentence? `stated`: the number is said of this one ("this is
    episode 36"), so reference words before it speak of something else ("counting from the
    first episode back in 2019, this is episode 36"); only another anime's name counts."""
    cut = max(opening.rfind(c, 0, start) for c in ".!?\n;")
    clause = opening[cut + 1 : start]
    if not stated and _SAYS_THIS_IS.search(clause, max(0, len(clause) - _SAYS_THIS_IS_LOOK)):
        # "for people who count like me: this is episode 26 overall": the words right before
        # the number say it of this one, so reference words before them are of something else
        stated = True
    near = " ".join(clause.split()[-5:]) if not stated else ""
    if near and _REFERENCE_WORDS.search(near) is not None and _THIS_EPISODE.search(near) is None:
        return True
    stops = [at for at in (opening.find(c, end) for c in ".!?\n") if at >= 0]
    sentence = opening[cut + 1 : min(stops, default=len(opening))].casefold()
    return any(name in sentence for name in others())


def _this_is_episode_after(
    clause: re.Pattern[str], opening: str, others: Callable[[], Sequence[str]]
) -> list[tuple[int, str]]:
    """(number, evidence) of each "this is episode N" (_THIS_IS_EPISODE) in the rest of the
    sentence of a `clause` match in `opening` ("… carries on from season 1, so this is episode
    31"), not said of another show (`others`: the other shows' names, worked out when needed)."""
    found: list[tuple[int, str]] = []
    for m in clause.finditer(opening):
        stop = _SENTENCE_END.search(opening, m.end())
        said = _THIS_IS_EPISODE.search(
            opening, m.end(), stop.start() if stop is not None else len(opening)
        )
        if said is not None and not _said_of_another(
            opening, said.start(), said.end(), others, stated=True
        ):
            found.append((int(said.group(1)), opening[m.start() : said.end()]))
    return found


def _line_end(text: str, at: int) -> int:
    """Where the line running on from `at` ends (-1: the text's end), a line wrapped by hand
    read on into the next when that goes on in lowercase ("… the 27th and final episode of
    the" over "whole series."): the end of what was written as one line."""
    end = text.find("\n", at)
    while end >= 0 and text[end + 1 : end + 2].islower():
        end = text.find("\n", end + 1)
    return end


def _restates_episode(opening: str, said: str, number: int) -> bool:
    """Does the sentence of `opening` holding `said` also name episode `number` plainly
    ("… this is episode 18; you'll see it listed as Episode 6")?"""
    at = opening.find(said)
    if at < 0:
        return False
    start = max(opening.rfind(". ", 0, at), opening.rfind("\n", 0, at)) + 1
    stop = _SENTENCE_END.search(opening, at + len(said))
    end = stop.start() if stop is not None else len(opening)
    return any(
        int(plain.group(1)) == number for plain in _PLAIN_EPISODE.finditer(opening, start, end)
    )


def _overall_in_opening(
    title: str,
    paragraphs: list[str],
    count: int | None,
    named: int | None = None,
    others: Callable[[], Sequence[str]] = tuple,
    premiere: bool = False,
    watched: bool = False,
) -> tuple[int, str] | None:
    """When the title numbers its episode within its season, the number the opening counts
    through the seasons ("Season 2, Episode 6 (Episode 30 overall)"), which wins: (number,
    as written). Only a later number than the season's own, and none above a known count.
    A title with no season marker (`named`: its number, "Rewatch week 17") counts within the
    season when the opening restates that number as the season's beside the one through the
    seasons ("Episode 41 (Season 2, Episode 17)"). `premiere`: the opening reviews the premiere
    of the later season its title names ("First Impressions: Show Season 2" over "the
    premiere, which Crunchyroll lists as episode 13"), its episode 1. `watched`: `named` is
    how far into a season the text says it has watched ("six episodes into the new season"),
    so counts within it, whatever the title."""
    within = _per_season_number(title)
    marked = within is not None
    if within is None:
        within = named
        if within is None:
            return None
        # "Season 2 Premiere": the season's episode 1, as a marker would number it; "Show S2:
        # Six Episodes In": a later season's title counting its episodes, within it
        marked = (
            watched
            or (premiere and named == 1)
            or _later_season_premiere(title, named)
            or LATER_SEASON.search(title) is not None
        )
    opening = _opening(paragraphs, _OVERALL_LOOK)[:_MAX_BODY_LOOK]
    lowered = opening.lower()
    if not marked and "season" not in lowered:
        return None
    candidates: list[tuple[int, str]] = []
    if marked and any(word in lowered for word in _OVERALL_WORDS):
        candidates += [
            (int(next(g for g in m.groups() if g is not None)), m.group(0))
            for m in _OVERALL.finditer(opening)
            if not _said_of_another(opening, m.start(), m.end(), others)
        ]
    # "six episodes into the new season (episodes 1-6, or 26-31 if you count from the very
    # start)": the range restated as counted through the seasons, its last
    if marked and ("overall" in lowered or "count" in lowered or "total" in lowered):
        for m in _RANGE_RESTATED.finditer(opening):
            through = _restated_range_last(m)
            if (
                through is not None
                and int(m.group(2)) == within
                and not _said_of_another(opening, m.start(), m.end(), others)
            ):
                candidates.append((through, m.group(0)))
        # "after two episodes, so eps 13-14 overall": the season's first episodes, as many as
        # were watched, counted through the seasons; their last (the words saying how far,
        # "after", before it are of this one's)
        if watched:
            for m in _RANGE_THROUGH.finditer(opening):
                first, last = int(m.group(1)), int(m.group(2))
                if (
                    last - first + 1 == within
                    and last > within
                    and not _said_of_another(opening, m.start(), m.end(), others, stated=True)
                ):
                    candidates.append((last, m.group(0)))
    # "which makes it the 28th episode if you count season one", "the thirtieth episode of
    # the show overall": an ordinal, in a sentence that says it counts through the seasons;
    # under a title with no season's marker (a later season's subtitle as its name), only
    # in the sentence restating the title's number before it ("Episode 6 (the 30th episode
    # of <Show> overall) is where…"), which so says the title's counts within its season
    # (in a text wrapped by hand, its words may be split over lines: "the 27th and final
    # episode of the\nwhole series")
    flat = lowered.replace("\n", " ") if "\n" in lowered else lowered
    # (the counting words first: as seldom there, and fewer to look for)
    if any(word in flat for word in _COUNTING_HINTS) and any(
        word in flat for word in _ORDINAL_HINTS
    ):
        for m in _ORDINAL_EPISODE.finditer(opening):
            start = max(opening.rfind(". ", 0, m.start()), opening.rfind("\n", 0, m.start()))
            if not marked and not any(
                int(plain.group(1)) == within
                for plain in _PLAIN_EPISODE.finditer(opening, start + 1, m.start())
            ):
                continue
            stops = (opening.find(". ", m.end()), _line_end(opening, m.end()))
            end = min((at for at in stops if at >= 0), default=len(opening))
            if _COUNTING.search(opening, start + 1, end) is not None and not _said_of_another(
                opening, m.start(), m.end(), others
            ):
                word = m.group("n").lower()
                value = _word_value(word, ORDINALS) or int(re.sub(r"\D", "", word))
                candidates.append((value, m.group(0)))
    # "Crunchyroll lists this week's episode as Episode 30": a note on the numbering, in the
    # whole opening (in a text wrapped by hand, its words perhaps split over two lines: "listed
    # as\nEpisode 31", "listed\nas Episode 31")
    if marked:
        whole = _opening(paragraphs)[:_MAX_BODY_LOOK]
        folded = whole.lower()
        if " as ep" in folded or " as\nep" in folded or "\nas ep" in folded or "call" in folded:
            candidates += [
                (int(m.group(1)), m.group(0))
                for m in _LISTED_AS.finditer(whole)
                if not _said_of_another(whole, m.start(), m.end(), others)
            ]
    # "Crunchyroll carries on from season 1's 24 episodes, so this is episode 31"
    if marked and any(word in lowered for word in _CARRIES_ON_WORDS):
        candidates += _this_is_episode_after(_CARRIES_ON, opening, others)
    # "Counting the show straight through (12 + 13), it's episode 25": the clause first; under
    # a title with no season's marker (an arc's or a later season's subtitle before its
    # "Episode 6"), only in a sentence restating the title's number beside it ("counting from
    # the start of the show this is episode 18; the arc restarts its numbering, so it's listed
    # as Episode 6"), which so says the title's counts within its season
    if "count" in lowered and (marked or str(within) in lowered):
        counted = _this_is_episode_after(_COUNTED_THROUGH, opening, others)
        candidates += (
            counted
            if marked
            else [found for found in counted if _restates_episode(opening, found[1], within)]
        )
    # "Season 2 – Episodes 1 & 2" over "by the series' running count these are episodes 25 and
    # 26": the title's range restated, as wide, in a sentence saying it counts through the
    # seasons; its last, as the title's range has its last
    width = _range_width(title) if marked else None
    if width is not None and any(word in lowered for word in _COUNTING_HINTS):
        for m in _EPISODE_MENTION.finditer(opening):
            if m.group(2) is None or int(m.group(2)) - int(m.group(1)) != width:
                continue
            start = max(opening.rfind(". ", 0, m.start()), opening.rfind("\n", 0, m.start()))
            stop = _SENTENCE_END.search(opening, m.end())
            end = stop.start() if stop is not None else len(opening)
            if _COUNTING.search(opening, start + 1, end) is not None and not _said_of_another(
                opening, m.start(), m.end(), others
            ):
                candidates.append((int(m.group(2)), m.group(0)))
    # "episode 58 (the eighth episode of season 3)", "Episode 36 of <Show>, the twelfth of the
    # farmland season": the number through the seasons, restated as the title's ordinal within
    # its season (named by its number, or by words)
    if marked and "season" in lowered:
        restatings: tuple[re.Pattern[str], ...] = (
            (_ORDINAL_OF_SEASON, _ORDINAL_OF_WORDED_SEASON)
            if "of season" in lowered
            else (_ORDINAL_OF_WORDED_SEASON,)
        )
        # (the number through the seasons as an ordinal: "its 37th episode, the twelfth…")
        if any(hint in lowered for hint in _ORDINAL_EPISODE_HINTS):
            restatings += (_ORDINAL_EPISODE_OF_SEASON,)
        for restating in restatings:
            for m in restating.finditer(opening):
                word = m.group("n").lower()
                value = _word_value(word, ORDINALS) or int(re.sub(r"\D", "", word) or 0)
                if value == within and not _said_of_another(opening, m.start(), m.end(), others):
                    candidates.append((int(m.group(1)), m.group(0)))
    # "Episode 25, the first of the second season": the season's first episode, numbered
    # through the seasons
    if within == 1 and marked:
        candidates += [
            (int(m.group(1) or m.group(2)), m.group(0)) for m in _OPENS_A_SEASON.finditer(opening)
        ]
    # the title's episode restated under it, plain, with the number through the seasons in a
    # bracket beside it: a subhead's "<Japanese title> 2nd Season, Episode 4 (16 overall)",
    # "Episode 4 (#16)"
    if marked and ("#" in opening or "overall" in lowered):
        for m in _PLAIN_EPISODE.finditer(opening):
            bracket = _BRACKET_AFTER.match(opening, m.end()) if int(m.group(1)) == within else None
            if bracket is None:
                continue
            through = _through_seasons_after(opening, m.end(), within)
            if through is not None and not _said_of_another(opening, m.start(), m.end(), others):
                candidates.append((through, opening[m.start() : bracket.end()]))
    # the title's marker restated with the number through the seasons beside it
    marker = _season_marker(title)
    restated = (
        "season" in lowered
        or (marker is not None and marker.group(0).lower().replace(" ", "") in lowered)
        # a later season's premiere restated short: "Episode 25 (S2E1)"
        or (marker is None and marked and within == 1)
    )
    for season in _season_markers(opening) if restated else ():
        if _marker_number(next(g for g in season.groups() if g is not None)) == within:
            line_start = opening.rfind("\n", 0, season.start()) + 1
            line_end = opening.find("\n", season.end())
            line = opening[line_start : line_end if line_end >= 0 else len(opening)]
            number = episode_in(line)  # a plain "Episode N" beside the season's wins
            if number == within and "pisode:" in line:
                # an infobox's "Episode: 25 (Season 2, Episode 1)", copied with the text
                labelled = _LABELLED_EPISODE.search(line)
                number = int(labelled.group(1)) if labelled is not None else number
            if number is not None and number != within:
                said = re.search(rf"(?:episode|ep\.?)\s*#?\s*0*{number}\b", line, re.IGNORECASE)
                if said is not None and _said_of_another(line, said.start(), said.end(), others):
                    continue  # "… quieter than last week's episode 26 overall"
            if number is not None:
                candidates.append((number, line.strip()))
    for number, written in candidates:
        if within < number <= MAX_EPISODE and not (count and number > count):
            return number, written
    return None


_MIN_OTHER_NAME = 4  # shorter names ("K") would be found inside ordinary words


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z“\"‘'(])|\n")
_LEAD_LOOK = 300
_BEFORE_MARKER_LOOK = 24
_EPISODE_BEFORE_MARKER = re.compile(
    r"(?<![^\W_])(?:episode|ep\.?)\s*#?\s*(\d{1,4})\s*(?:[(\[/|·–—]|,\s*(?=S\d))\s*$",
    re.IGNORECASE,
)
# "season 2 episode 5 (episode 29)", "S2E5 / Episode 29": a plain number in brackets or after a
# slash right beside a season's marker
_EPISODE_BESIDE_MARKER = re.compile(
    r"\s*[(\[/|·–—]\s*(?:episode|ep\.?)\s*#?\s*(\d{1,4})\b(?!\s*" + _RANGE_JOIN + r"\s*\d)",
    re.IGNORECASE,
)

# the title's number with a word of the show's own labels and a colon or a "#" ("<Show>
# MISSION:30 thoughts", "<Show> Lesson #30 review"): with no episode word the title names no
# episode, but when the lead glosses the episode within its season ("s2 ep 5 for people who
# count per season"), the label's later number is the same episode counted through the seasons
# (the colon or "#" held to the number, as a label writes it: "<Show>: 30 things I loved" is a
# subtitle's count)
_TITLE_OWN_LABEL = re.compile(
    r"(?<![\w&])(?P<word>[A-Za-z]{2,12})(?::|[ \t]?#)(?P<n>\d{1,4})(?![\d/.,]\d|\w)"
)
# words a colon or a "#" numbers that are no episodes: a score's, a stretch of the show's
_TITLE_LABEL_NOT_EPISODES = _GLOSS_NOT_EPISODES | {
    "score",
    "rating",
    "grade",
    "verdict",
    "rank",
    "top",
}


def _title_label_through(title: str, within: int, count: int | None) -> tuple[int, str] | None:
    """The number the title gives with the show's own word for its episodes ("MISSION:30"),
    later than the season's own number the lead glosses it with (`within`): (number, as
    written); else None."""
    if ":" not in title and "#" not in title:
        return None
    for label in _TITLE_OWN_LABEL.finditer(title):
        number = int(label.group("n"))
        if (
            label.group("word").lower() not in _TITLE_LABEL_NOT_EPISODES
            and within < number <= MAX_EPISODE
            and not (count and number > count)
            and not numbers_another_thing(title, label.end("word"))  # "Issue #61"
        ):
            return number, label.group(0)
    return None


def _through_seasons_in_lead(
    draft: Draft, number: int, count: int | None, opening: str
) -> tuple[int, str] | None:
    """With no title naming the episode, when the first sentence numbers its episode within
    its season (`number`, "Show season 2 episode 5 (episode 29) is …", "Show S2E5, the 29th
    episode overall, …"), the number it or the opening counts through the seasons, which
    wins: (number, as written); else None. Under a date line or a chat's first message
    naming no season, the sentence of the `opening` that holds the season's marker is the
    lead ("[date] name: SHOW S2E5 (ep 29 overall) — review")."""
    first = draft.paragraphs[0][:_LEAD_LOOK]
    end = _SENTENCE_END.search(first)
    sentence = first[: end.start() + 1] if end is not None else first
    marker = _season_marker(sentence)
    if marker is None and number == 1 and LATER_SEASON_PREMIERE.search(sentence) is not None:
        # "The Show season 2 premiere (episode 25) is …": the season's episode 1
        return _overall_in_opening(
            sentence, draft.paragraphs, count, number, lambda: _other_anime(draft)
        )
    if marker is None and number == 1:
        # "This is the first episode of the second cour, episode 14 overall": a later
        # season's premiere said in words, in the lead or a sentence after it, and the
        # number the opening counts through the seasons
        opened = _later_season_opened(opening)
        overall = (
            _overall_in_opening(
                opened, draft.paragraphs, count, number, lambda: _other_anime(draft), premiere=True
            )
            if opened is not None
            else None
        )
        if overall is not None:
            return overall
    if marker is None:
        sentence = _sentence_of_marker(opening, number) or sentence
        marker = _season_marker(sentence)
    if marker is None and "season" in opening.lower():
        # "<Show> Season 2: six episodes in", "six episodes into Season 2 (that's episode 18 if
        # you count from the very start)": how far the text has watched, in a sentence naming
        # the later season it has watched so far into, counts within that season, as under a
        # title "<Show> S2: Six Episodes In" (the number the opening counts through the seasons
        # wins)
        into = _reach_into_later_season(opening, number, draft.catalog)
        if into is not None:
            return _overall_in_opening(
                into, draft.paragraphs, count, number, lambda: _other_anime(draft)
            )
        # "episode 12 of <Show> III, which is the 37th episode if you count all three
        # seasons": no marker, but a sentence restating the number beside its ordinal through
        # the seasons (the same test as under a title with no marker)
        return _overall_in_opening("", draft.paragraphs, count, number, lambda: _other_anime(draft))
    if (
        marker is None
        or _marker_number(next(g for g in marker.groups() if g is not None)) != number
    ):
        return None
    # ("S2E5 (#29 overall)", "S2 Ep 5 (#29)": the title's forms of it)
    beside = _EPISODE_BESIDE_MARKER.match(sentence, marker.end()) or _HASH_AFTER_SEASON.match(
        sentence, marker.end()
    )
    if beside is None:
        # "Show episode 29 / S2E5 is …", "Episode 29 (S2E5)": the plain number just before it
        beside = _EPISODE_BEFORE_MARKER.search(
            sentence, max(0, marker.start() - _BEFORE_MARKER_LOOK), marker.start()
        )
    if beside is not None:
        through = int(next(g for g in beside.groups() if g is not None))
        if number < through <= MAX_EPISODE and not (count and through > count):
            left, right = min(marker.start(), beside.start()), max(marker.end(), beside.end())
            return through, sentence[left:right]
    labelled = _title_label_through(draft.title, number, count) if draft.title else None
    if labelled is not None:
        # "<Show> MISSION:30 thoughts" over "(s2 ep 5 for people who count per season …)":
        # the show's own label in the title, which the lead glosses within its season
        return labelled
    return _overall_in_opening(
        sentence, draft.paragraphs, count, number, lambda: _other_anime(draft)
    )


# "the first episode of the second cour", "the opening episode of season 2" (a later season
# follows, LATER_SEASON): that season's premiere, its episode 1, in the opening's words
_FIRST_EPISODE_OF = re.compile(
    r"\b(?:first|opening)\s+episode\s+of\s+(?:the\s+|its\s+|this\s+)?", re.IGNORECASE
)


def _later_season_opened(opening: str) -> str | None:
    """The words of `opening` saying its episode is the first of a later season ("the first
    episode of the second cour" of "This is the first episode of the second cour, episode 14
    overall"), else None."""
    for found in _FIRST_EPISODE_OF.finditer(opening):
        season = LATER_SEASON.match(opening, found.end())
        if season is not None:
            return opening[found.start() : season.end()]
    return None


def _sentence_around(opening: str, start: int, end: int) -> str:
    """The sentence of `opening` holding opening[start:end]: from the last sentence's end (or
    the line's start) before it to its own stop after it, the stop kept."""
    begin = opening.rfind("\n", 0, start) + 1
    for stop in _SENTENCE_END.finditer(opening, begin, start):
        begin = stop.end()
    after = _SENTENCE_END.search(opening, end)
    return opening[begin : after.start() + 1 if after is not None else len(opening)]


def _sentence_of_marker(opening: str, number: int) -> str | None:
    """The sentence of `opening` holding its first season's marker that numbers `number`
    ("S2E5" of "[date] name: SHOW S2E5 (ep 29 overall) — review"), else None."""
    for season in _season_markers(opening):
        if _marker_number(next(g for g in season.groups() if g is not None)) != number:
            continue
        return _sentence_around(opening, season.start(), season.end())
    return None


def _reach_into_later_season(opening: str, number: int, catalog: Catalog | None) -> str | None:
    """The sentence (or heading line) of `opening` saying how far the text has watched,
    `number` episodes, of a later season it names and numbers no episode of ("<Show> Season 2:
    six episodes in", "Six episodes in, season two is …"), else None."""
    if " episodes in" not in opening.lower():
        return None  # what a reach's words need, looked for first
    for mention in _mentions(opening, catalog):
        if not mention.reach or mention.number != number:
            continue
        sentence = _sentence_around(opening, mention.start, mention.end)
        if LATER_SEASON.search(sentence) is not None and _season_marker(sentence) is None:
            return sentence
    return None


def _watched_through_seasons(
    draft: Draft, so_far: tuple[int, str], count: int | None, opening: str
) -> tuple[int, str] | None:
    """First impressions of a later season having watched its first episodes (`so_far`, "Show
    Season 2 First Impressions (after two episodes, so eps 13-14 overall)"): the last of them
    as the opening counts it through the seasons, (number, as written); else None (no later
    season named in the title or the sentence saying how far, or no such count)."""
    at = opening.find(so_far[1])
    if at < 0 or "season" not in opening.lower():
        return None  # (a later season's words need it, looked for first)
    sentence = _sentence_around(opening, at, at + len(so_far[1]))
    if LATER_SEASON.search(sentence) is None and LATER_SEASON.search(draft.title) is None:
        return None
    return _overall_in_opening(
        sentence, draft.paragraphs, count, so_far[0], lambda: _other_anime(draft), watched=True
    )


def _episode_crumb(draft: Draft, count: int | None) -> tuple[int, str] | None:
    """(N, the crumb) when one crumb of the page's breadcrumbs (its markup's, else the trail
    dropped above its headline) is an episode's label and nothing more ("Episode 5", "Ep. 5",
    "S2E5"), the crumb repeating the headline left out; else None (none, or two episodes)."""
    found = {
        number: crumb
        for crumb in draft.filing_crumbs()
        if EPISODE_MARKER_TEXT.fullmatch(crumb) is not None
        and (number := episode_in(crumb)) is not None
        and 0 < number <= MAX_EPISODE
        and not (count and number > count)
    }
    return next(iter(found.items())) if len(found) == 1 else None


# a title placing itself in the middle of a season: a check-in on how far it has gone
# ("<Show> Season 2 at the Halfway Point", "Mid-Season Check-In: <Show> Season 3")
_MID_SEASON = re.compile(r"\b(?:mid[\s-]?(?:season|cour|point|way)|half[\s-]?way)\b", re.IGNORECASE)


def _placed_mid_season(title: str) -> bool:
    """Does the title place itself in the middle of a season ("… at the Halfway Point")?"""
    lowered = title.lower()
    return ("half" in lowered or "mid" in lowered) and _MID_SEASON.search(title) is not None


# how far a check-in has watched into the season it is in the middle of ("twelve episodes
# into season two", "six episodes into the new season", "8 episodes into this cour"): the
# season's episode N, the clause going on (a "which makes …" may count it through the seasons)
_EPISODES_INTO_SEASON = re.compile(
    r"\b(\d{1,2}|" + _WORD_NUMBER + r")\s+episodes\s+into\s+(?:(?:the|this|its)\s+)?"
    r"(?:[\w-]+\s+)?(?:season|cour)\b",
    re.IGNORECASE,
)


def _episodes_into_season(opening: str, count: int | None) -> tuple[int, str] | None:
    """(N, as written) when the opening says how far into its season it has watched ("twelve
    episodes into season two"), else None."""
    if "episodes into" not in opening.lower():
        return None  # what the words need, looked for first
    for match in _EPISODES_INTO_SEASON.finditer(opening):
        if _not_yet_before(opening, match.start()):
            continue  # "I'll decide six episodes into the season": not watched yet
        number = _marker_number(match.group(1))
        if number is not None and number > 0 and not (count and number > count):
            return number, match.group(0)
    return None


def _check_in_reach(draft: Draft, count: int | None) -> tuple[int, str] | None:
    """For a title naming a season only to place itself in its middle ("<Show> Season 2 at the
    Halfway Point"; not one reviewing the season, "Season 2 Review (Mid-Season Check-In)"),
    file the document under how far its opening says it has watched ("Six episodes in, …",
    "episodes 1-6"), counted through the seasons where the opening restates it so ("season
    2, episode 6" beside "Episode 18"): a check-in that says how far it went reviews the
    episodes to there. (N, as written), else None (the check-in names no episode)."""
    if _MID_SEASON.search(draft.title) is None or says_season_level(
        _SEASON_LABEL.sub(" ", draft.title)
    ):
        return None
    opening = _opening(draft.paragraphs)[:_MAX_BODY_LOOK]
    reached: tuple[int, str] | None = None
    for mention in _mentions(opening, draft.catalog):
        number = mention.number
        if (
            number is not None
            and not (count and number > count)
            and _reaches(mention, opening[mention.end : mention.end + 40])
            and (reached is None or number > reached[0])
        ):
            reached = (number, mention.written)
    # "here's where I stand after twelve episodes": how far it has watched, in words (the
    # furthest, as of the mentions)
    so_far = _episodes_so_far(opening, count)
    if so_far is not None and (reached is None or so_far[0] > reached[0]):
        reached = so_far
    # "twelve episodes into season two, which makes this week's the 36th overall": as far
    # into the season (the number through the seasons, when the opening gives it, wins below)
    into = _episodes_into_season(opening, count)
    if into is not None and (reached is None or into[0] > reached[0]):
        reached = into
    if reached is None:
        return None
    overall = _overall_in_opening(
        draft.title,
        draft.paragraphs,
        count,
        reached[0],
        lambda: _other_anime(draft),
        # ("six episodes into Season 2 (that's episode 31 overall)": the season's sixth, under
        # a title naming no season)
        watched=reached is into,
    )
    if overall is not None:
        draft.episode, draft.episode_in_season = overall[0], reached[0]
        draft.explain(
            "episode",
            f"{overall[0]}: a check-in on the season (the title {draft.title!r}) as far as "
            f"{reached[1]!r}, {overall[1]!r} in the opening counting it through the seasons",
        )
        return overall
    draft.episode = reached[0]
    draft.explain(
        "episode",
        f"{reached[0]}: a check-in on the season (the title {draft.title!r}) as far as "
        f"{reached[1]!r}",
    )
    return reached


# a line under a title, naming one episode as a label does: "Episode 5", "Episode 5: <Its
# Title>", "Ep. 5 · <Its Title>", after an entry's own number ("Entry #5 (Episode 5)", "Day 5 —
# Episode 5"); not "Episodes 1-12", nor a sentence ("Spoilers through episode 12")
_EPISODE_SUBTITLE = re.compile(
    r"(?:[a-z]{2,12}\s*#?\s*\d{1,4}\s*[(\[:·|–—-]\s*)?"
    r"(?:episode|ep\.?)\s*#?\s*(\d{1,4})(?![\d/.,]\d|\s*[-–—]\s*\d)\s*[)\]]?"
    r"(?:\s*$|\s*[:·|–—-]\s+\S)",
    re.IGNORECASE,
)
_MAX_SUBTITLE = 80


def _episode_under_season_label(draft: Draft, count: int | None) -> tuple[int, str] | None:
    """(N, the line) when a title names its season only as a label ("<Show>, Season 1", not
    "Season 1 Review") and the line under it names one episode as a label does ("Entry #5
    (Episode 5)"): an entry of a series filed by season; else None."""
    if not draft.paragraphs or says_season_level(_SEASON_LABEL.sub(" ", draft.title)):
        return None
    line = draft.paragraphs[0].split("\n", 1)[0].strip(" *_#")
    if len(line) > _MAX_SUBTITLE or "ep" not in line.lower():
        return None
    said = _EPISODE_SUBTITLE.match(line)
    if said is None:
        return None
    number = int(said.group(1))
    if number < 1 or (count and number > count):
        return None
    return number, line


# an entry's number in a guide's title: "Entry #14", "Entry 14", "Entry No. 14", a bare "#14"
_GUIDE_ENTRY = re.compile(
    r"\bentry\s*(?:no\.?\s*|#\s*)?(\d{1,4})\b|(?<![\w&])#\s*(\d{1,4})\b", re.IGNORECASE
)


def _guide_entry(title: str, count: int | None) -> tuple[int, str] | None:
    """(N, as written) for an episode guide's entry numbered in its title ("<Show> Episode
    Guide — Entry #14", "Episode Guide #14: <Show>"): a guide's entry is one episode; else
    None (a guide of the whole run, numbering no entry)."""
    if "guide" not in title.lower() or EPISODE_GUIDE.search(title) is None:
        return None
    entries = list(_GUIDE_ENTRY.finditer(title))
    if len(entries) != 1:
        return None
    number = int(entries[0].group(1) or entries[0].group(2))
    if number < 1 or (count and number > count):
        return None
    return number, entries[0].group(0)


# a heading naming one episode, with its number in its season beside it in brackets: "##
# Episode 30", "Episode 30 [S3 E5]", "EPISODE 30 (Season 3, Episode 5)"
_EPISODE_HEADING = re.compile(
    r"#{0,4}\s*episode\s+(\d{1,4})\s*(?:[\[(][^\])\n]{1,40}[\])])?\s*", re.IGNORECASE
)


def _guide_page_heading(draft: Draft, count: int | None) -> tuple[int, str] | None:
    """(N, the heading) when the title is an episode guide's numbering no entry ("<Show> —
    Episode Guide") and its text heads exactly one episode, a paragraph of its own ("##
    Episode 30 [S3 E5]"): the guide's page for that episode; else None (a guide of the whole
    run heads each of its episodes)."""
    if "uide" not in draft.title or EPISODE_GUIDE.search(draft.title) is None:
        return None
    found: tuple[int, str] | None = None
    for paragraph in draft.paragraphs:
        if len(paragraph) > _MAX_SUBTITLE or "pisode" not in paragraph[:12].lower():
            continue
        said = _EPISODE_HEADING.fullmatch(paragraph)
        if said is None:
            continue
        number = int(said.group(1))
        if found is not None and found[0] != number:
            return None  # several episodes headed: the whole run's guide
        found = (number, paragraph.strip(" #"))
    if found is None or found[0] < 1 or (count and found[0] > count):
        return None
    return found


def _other_anime(draft: Draft) -> tuple[str, ...]:
    """The names (casefolded) of the anime known besides the document's own."""
    own = draft.catalog
    names = [n for c in draft.catalogs if c is not own for n in (c.title, *c.aliases)]
    mine = {n.casefold() for n in (own.title, *own.aliases)} if own is not None else set()
    mine.add(draft.anime_title.casefold())
    names += draft.known_anime
    return tuple(
        {n.casefold() for n in names if len(n) >= _MIN_OTHER_NAME and n.casefold() not in mine}
    )


# a label above the headline filing the page as a review of a whole season or series ("SERIES
# REVIEW", "Full season"), not a section's ("ANIME REVIEW": its reviews of episodes too)
_SEASON_REVIEW_LABEL = re.compile(
    r"\b(?<!mid[\s-])(?:season|series)\s+(?:reviews?|retrospective|wrap[\s-]?up|thoughts)\b"
    r"|\b(?:full|whole|entire|complete)[\s-]+(?:season|series)\b",
    re.IGNORECASE,
)


def _finale_under_season_label(draft: Draft) -> bool:
    """Does the title name the finale, by no number, under a label above the headline
    (draft.kicker) that files it as a season's or series' review ("SERIES REVIEW")?"""
    return (
        _SEASON_REVIEW_LABEL.search(draft.kicker) is not None
        and _TITLE_FINALE.search(draft.title) is not None
        and episode_in(draft.title) is None
    )


# the opening saying the page is no write-up of an episode: "it is NOT a write-up of the
# finale", "this isn't a review of episode 12" (a title's number then the post's own)
_DISOWNS_THE_EPISODE = re.compile(
    r"(?:\bnot|n['’]t)\s+(?:a|an|my)\s+(?:write[\s-]?up|review|recap|post)\s+(?:of|on|about)"
    r"\s+(?:the\s+|this\s+)?(?:finale|final\s+episode|last\s+episode|premiere|episode\b)",
    re.IGNORECASE,
)


def _take_through_seasons(
    draft: Draft, found: tuple[int, str], within: int | None, where: str
) -> None:
    """The episode counted through the seasons (`found`: the number and the words saying it)
    over `within`, its season's own number, which is kept beside it; `where` says where and how
    the words count it, for --explain."""
    draft.episode, draft.episode_in_season = found[0], within
    draft.explain("episode", f"{found[0]}: {found[1]!r} {where}")


def _front_matter_numbers_programme(draft: Draft, number: int, count: int | None) -> bool:
    """Is the front matter's episode (`number`) the one the title numbers a programme with:
    after the programme's name, the anime's after it ("<Podcast> #48: <Anime> Finale"), or
    opening the title above the anime's `count` ("Ep. 142 – <Title>")?"""
    title = draft.title
    if not title or episode_in(title) != number:
        return False
    return _numbers_a_programme(title, draft) or bool(
        count and number > count and _opens_with_number(title)
    )


def detect_episode(draft: Draft) -> None:
    """draft.episode: the front matter's; else the one the title names; else (unless the
    title speaks of a whole season) the one the opening says the document is about."""
    fm_episode = draft.front_matter.episode
    catalog = draft.catalog
    count = catalog.episode_count if catalog is not None else None
    fm_season = draft.front_matter.season
    if fm_episode is not None and fm_season is not None and fm_season > 1:
        # a static site's `season: 3`, `episode: 12`: the episode within a later season, and
        # the opening may give the number counted through the seasons, which wins, as beside
        # a title's "Season 3, Episode 12" ("counting straight through all three seasons, this
        # is episode 37")
        overall = _overall_in_opening(
            f"Season {fm_season}, Episode {fm_episode}",
            draft.paragraphs,
            count,
            others=lambda: _other_anime(draft),
        )
        if overall is not None:
            _take_through_seasons(
                draft,
                overall,
                fm_episode,
                f"in the opening, counted through the seasons (the front matter's season "
                f"{fm_season}, episode {fm_episode} counts within it)",
            )
            return
    if fm_episode is not None and _front_matter_numbers_programme(draft, fm_episode, count):
        # a podcast's site writes its own episode in `episode: 48` over "<Podcast> #48:
        # <Anime> Finale": the title numbers the programme so, and its words say which episode
        # of the anime it is about (read below, as for a title without front matter)
        draft.explain(
            "episode",
            f"ignored the front matter's {fm_episode}: the title {draft.title!r} numbers the "
            "programme with it",
        )
        fm_episode = None
    if fm_episode is not None:
        draft.episode = fm_episode
        draft.explain("episode", f"{fm_episode}: front matter")
        return
    if draft.title:
        named = (
            episode_named(draft.title, catalog)
            or _number_after_name(draft, count)
            or _number_after_abbreviation(draft, count)
        )
        if named is not None and draft.kicker and _finale_under_season_label(draft):
            # "SERIES REVIEW · SPOILERS FOR ALL 13 EPISODES" over "<Show> Review: A Finale
            # That …": the label files the page as a review of the whole run, whose finale
            # the title speaks of
            draft.episode = None
            draft.explain(
                "episode",
                f"none: the label {draft.kicker!r} above the headline announces a season "
                f"review (ignored the title's finale, {named[0]})",
            )
            return
        why = None
        issue: str | None = None
        if named is not None and (
            issue := issue_number_said(draft.title, _opening(draft.paragraphs, _ISSUE_LOOK))
            or issue_number_said(draft.title, draft.text)
        ):
            # a newsletter's "Letter #6 — <subtitle>" under its masthead's "Issue 6", in the
            # opening or above it (an e-mail's "SHOW LETTER | Issue #6" between its headers
            # and its greeting, dropped with them as furniture before the body)
            why = f"in the title {draft.title!r}: it numbers the issue ({issue!r} in the opening)"
        elif named is not None and count and named[0] > count and _opens_with_number(draft.title):
            # "Ep. 142 – Rust and Rouge": a podcast's or channel's own numbering, which no
            # episode of an anime of `count` episodes can be; the text says which one it is
            why = f"opening the title {draft.title!r}: the anime has {count} episodes"
        elif named is not None and _numbers_a_programme(draft.title, draft):
            # "Sakuga Sunday #142: <Anime> Hits 100%": the number follows the programme's
            # name, the anime's name comes after it; the text says which episode it is
            why = f"in the title {draft.title!r}: it numbers what precedes it, not the anime"
        elif named is not None and _numbered_name_closes(draft.title, draft):
            # "<Anime> first impressions | Two Screens Weekly #58": a letter's or a column's
            # name and its issue close the subject line; the text says which episode it is
            why = f"closing the title {draft.title!r}: it numbers the name before it, not the anime"
        elif named is not None and _programme_number_over_season_review(draft.title):
            # "Ep. 112 – <Anime> Season 1 Review": a podcast's own number, then a title
            # reviewing a whole season
            why = f"opening the title {draft.title!r}, before a season review's title"
        if named is not None and why is not None and says_season_level(draft.title):
            # "Rewatch Club #14 — <Anime> Season 1 Review": the programme's number, and the
            # rest of the title speaks of the whole season (handled as such below)
            draft.explain("episode", f"ignored {named[0]} {why} (a programme's own numbering)")
            named = None
        if named is not None and why is not None:
            opening_text = _opening(draft.paragraphs)
            whole = (
                _season_announced(opening_text)
                or _whole_run_watched(opening_text, count)
                or _season_headline(draft.paragraphs, catalog)
            )
            if whole is not None:
                # "Notes #58 — Show, all 13 weeks in one go" over "this issue is my full-season
                # review": the programme's number, and the opening speaks of the whole season
                # (or heads its feature so: "<SHOW> SEASON 1 REVIEW: <SUBTITLE>" under the
                # letter's greeting, whose text goes through the season's episodes)
                draft.episode = None
                draft.explain("episode", f"none: the opening reviews the whole run ({whole!r})")
                draft.explain("episode", f"ignored {named[0]} {why} (a programme's own numbering)")
                return
            number, notes = episode_in_body(opening_text, catalog, draft.anime_title)
            if number is not None and not (count and number > count):
                draft.episode = number
                draft.explain("episode", notes[0])
                draft.explain("episode", f"ignored {named[0]} {why} (a programme's own numbering)")
                return
            if issue is not None or not (count and named[0] > count):
                # "Rerun Society #58: Show's quiet season was the point" over an opening that
                # names no episode: the issue's number is none of the anime's, and what the
                # text is about (a season, a premiere) is told below, as for a title without it
                # (a number above the anime's count is kept, the store rejecting it, saying so,
                # unless the opening numbers its issue so: "#112 — <Show>, all 13 episodes"
                # under the masthead's "Issue #112" is no error of the page)
                draft.explain("episode", f"ignored {named[0]} {why} (a programme's own numbering)")
                named = None
        if named is not None and why is None and says_season_level(draft.title):
            disowned = _DISOWNS_THE_EPISODE.search(_opening(draft.paragraphs))
            if disowned is not None:
                # "<Show> #13 — Series Review" over "it is NOT a write-up of the finale": the
                # title's number is the post's, and the page reviews the whole run
                draft.episode = None
                draft.explain(
                    "episode",
                    f"none: the title speaks of the whole run and the opening says "
                    f"{disowned.group(0)!r} (ignored {named[0]} in the title)",
                )
                return
        beside = _programme_beside(draft, named[0]) if named is not None and why is None else None
        if named is not None and why is None and beside is None and _after_programme(draft.title):
            # "<Podcast> Hour — Episode 88 transcript", "<Name> — Episode 88 show notes": the
            # programme's own number
            beside = _programme_beside(draft, named[0], any_marker=True)
        if named is not None and beside is not None:
            # "Weekly Digest #40 — the fox show grows teeth": a programme's number, the title
            # never naming the anime, while the opening names its episode beside its name
            draft.episode = beside
            draft.explain("episode", f"{beside}: said beside the anime's name in the opening")
            draft.explain(
                "episode",
                f"ignored {named[0]} in the title {draft.title!r}: a programme's own number",
            )
            return
        if named is not None and "week" in draft.title.lower():
            behind = _week_behind(draft, named[0], count) or _week_said_to_cover(
                draft, named[0], count
            )
            if behind is not None:
                # "Rouge Watch, Week 5: …" over "our Week 5 column covers episode 4": a column
                # numbered by the season's weeks, for a show that began after its first
                draft.episode = behind[0]
                draft.explain("episode", behind[1])
                draft.explain(
                    "episode", f"ignored {named[0]} in the title {draft.title!r}: the column's week"
                )
                return
        if named is not None and _refers_back(draft.title):
            # "I finally finished Show: review from someone who almost dropped it after
            # episode 2": the title's episode is one the writer got past, and the opening
            # says the whole run was watched
            whole = _whole_run_watched(_opening(draft.paragraphs), count)
            if whole is not None:
                draft.episode = None
                draft.explain(
                    "episode",
                    f"none: the opening says the whole run was watched ({whole!r}); the title "
                    f"{draft.title!r} names episode {named[0]} as one it got past",
                )
                return
        if named is not None:
            rated = draft.meta.rated_episode if draft.meta is not None else None
            within = _per_season_number(draft.title) if rated is not None else None
            if (
                rated is not None
                and within is not None
                and within < rated[0] <= MAX_EPISODE
                and not (count and rated[0] > count)
            ):
                # "<Show> Season 2 - Episode 8" under the site's "How would you rate episode
                # 21 of <Show>?": the site's database counts it through the seasons
                _through_the_seasons(
                    draft, rated[0], within, f"the page's rating prompt {rated[1]!r}"
                )
                return
            through = draft.meta.through_seasons if draft.meta is not None else None
            within = _per_season_number(draft.title) if through is not None else None
            if (
                through is not None
                and within is None
                and _later_season_premiere(draft.title, named[0])
            ):
                within = 1  # "Season 2 Premiere": the season's episode 1
            elif (
                through is not None
                and within is None
                and named[0] == through[0]
                and LATER_SEASON.search(draft.title) is not None
            ):
                # "<Show> Season 2 -<Subtitle>- Episode 5 Review": the sequel's own name parts
                # the season from the episode, which is no marker, but the title names a later
                # season and the page's line numbers the same episode within it ("Episode 17
                # (Season 2, Episode 5)")
                within = named[0]
            if through is not None and through[0] == within and not (count and through[1] > count):
                # an episode database's "Season 3 · Episode 12 | … | Episode 37 of 37" over
                # a review titled "S3.E12"
                _through_the_seasons(draft, through[1], within, f"{through[2]!r} on the page")
                return
            stated = _structured_episode(draft, count)
            within = _per_season_number(draft.title) if stated is not None else None
            if stated is not None and within is not None and stated > within:
                # a review site's "Show Season 2 Episode 17 Review" over structured data
                # (JSON-LD) whose episodeNumber is 41: a later number than the title's, which
                # the same episode within its season cannot have, so counted through them
                _through_the_seasons(draft, stated, within, "the page's structured data")
                return
            # "<Show> III — six episodes in" over "I'm six episodes into the third season, which
            # makes it episode 31 of the show overall": the title's number is how far into a
            # season the opening says it has watched, so counts within that season
            into = _episodes_into_season(_opening(draft.paragraphs), count)
            overall = _overall_in_opening(
                draft.title,
                draft.paragraphs,
                count,
                named[0],
                lambda: _other_anime(draft),
                watched=into is not None and into[0] == named[0],
            )
            if overall is not None:
                _through_the_seasons(draft, overall[0], named[0], f"{overall[1]!r} in the opening")
                return
            so_far = (
                _episodes_so_far(_opening(draft.paragraphs), count)
                if named[1] == _SAID_PREMIERE
                else None
            )
            if so_far is not None and so_far[0] > named[0]:
                # "Show Premiere Review" over "premiered with its first two episodes back to
                # back": a premiere of two episodes, reviewed to the last
                draft.episode = so_far[0]
                draft.explain(
                    "episode",
                    f"{so_far[0]}: the title's premiere, of episodes the opening says were "
                    f"watched ({so_far[1]!r})",
                )
                return
            draft.episode = named[0]
            draft.explain("episode", f"{named[0]}: {named[1]} in the title {draft.title!r}")
            return
        if says_season_level(draft.title) or REVIEWS_TAB.search(draft.title) is not None:
            # (a database site's "<Show> - Reviews" over a user's review that goes through
            # "episodes 15 to 18": the show's reviews tab, of the whole run)
            look = (
                _first_look_said(_opening(draft.paragraphs), count)
                if FIRST_IMPRESSIONS.search(draft.title) is None
                and not says_season_level(_SEASON_LABEL.sub(" ", draft.title))
                else None
            )
            if look is not None:
                # a diary site's "<user>'s review of <Show> — Season 1" (the season it files
                # the entry under) over "So, first impressions, four episodes in": the
                # writer's first look, as far as they have watched
                draft.episode, draft.episode_reached = look
                draft.explain(
                    "episode",
                    f"{look[0]}: first impressions {look[1]!r} in the opening (the title "
                    f"{draft.title!r} only names the season)",
                )
                return
            if FIRST_IMPRESSIONS.search(draft.title) is not None:
                # "Show Season 2: First Impressions" after the season's first episodes: the
                # opening may say how many ("two episodes in")
                number, notes = episode_in_body(_opening(draft.paragraphs), catalog)
                # a later season's (or cour's) episode the opening numbers within it, its
                # premiere or not ("Season 2 Cour 2 First Impressions" over "Covers Season 2
                # Episode 13, which is episode 37 of the series overall"): the number it
                # counts through the seasons wins, as under a title naming the episode
                overall = (
                    _overall_in_opening(
                        draft.title,
                        draft.paragraphs,
                        count,
                        number,
                        lambda: _other_anime(draft),
                        premiere=True,
                    )
                    if number is not None and LATER_SEASON.search(draft.title) is not None
                    else None
                )
                if overall is not None:
                    # "First Impressions: Show Season 2" over "the premiere, which
                    # Crunchyroll lists as episode 13": the later season's premiere, counted
                    # through the seasons
                    draft.episode = overall[0]
                    draft.explain(
                        "episode",
                        f"{overall[0]}: {overall[1]!r} in the opening, counted through the "
                        f"seasons (the title {draft.title!r} names a later season, the opening "
                        f"its episode {number} within it)",
                    )
                    return
                if number is not None and not (count and number > count):
                    draft.episode = number
                    for note in notes:
                        draft.explain("episode", note)
                    draft.explain("episode", f"(the title {draft.title!r} names the season)")
                    return
            under = _episode_under_season_label(draft, count)
            if under is not None:
                # "REWATCH DIARY — <Show>, Season 1" over "Entry #5 (Episode 5)": the title
                # files the entry under its season, the line under it names the episode
                draft.episode = under[0]
                draft.explain(
                    "episode",
                    f"{under[0]}: the line {under[1]!r} under the title {draft.title!r}, "
                    "which names the season only as a label",
                )
                return
            entry = _guide_entry(draft.title, count)
            if entry is not None:
                # "<Show> Episode Guide — Entry #14": a guide's entries are its episodes, one
                # page each (under it, "second cour, episode 2" is the same one within its cour)
                draft.episode = entry[0]
                draft.explain("episode", f"{entry[0]}: the episode guide's entry {entry[1]!r}")
                return
            heading = _guide_page_heading(draft, count)
            if heading is not None:
                # "<Show> — Episode Guide" over one "## Episode 30 [S3 E5]" heading: the
                # guide's page for that episode (a guide of the whole run heads several)
                draft.episode = heading[0]
                draft.explain(
                    "episode",
                    f"{heading[0]}: the episode guide's one episode's heading {heading[1]!r}",
                )
                return
            if _check_in_reach(draft, count) is not None:
                return
            draft.episode = None
            draft.explain("episode", "none: the title speaks of the whole season or series")
            return
        if _placed_mid_season(draft.title) and _check_in_reach(draft, count) is not None:
            # "<Show> at the Halfway Point: …" (no season named) over "here's where I stand
            # after twelve episodes": a check-in, as far as it says it has watched
            return
        finale = _TITLE_FINALE.search(draft.title) if count is None else None
        if (
            finale is not None
            and _TOWARDS.search(draft.title, 0, finale.start()) is None
            and _TITLE_PENULTIMATE.search(draft.title) is None
        ):
            # "Show Series Finale Recap" over "After three seasons and 37 episodes, Show is
            # over": the run's length the opening gives is the count a catalog would (its
            # season's own "Season 3, Episode 12" in the page's URL or labels comes after).
            # (A penultimate episode's opening may count the finale or not.)
            run = _run_length_said(_opening(draft.paragraphs), lambda: _other_anime(draft))
            if run is not None:
                draft.episode = run[0]
                draft.explain(
                    "episode",
                    f"{run[0]}: the title's {finale.group(0)!r}, of a run the opening says "
                    f"has {run[0]} episodes ({run[1]!r})",
                )
                return
    if draft.paragraphs:
        named = episode_named(draft.paragraphs[0], catalog) if not draft.title else None
        if named is not None and "title" in named[1] and "\n" not in draft.paragraphs[0]:
            draft.episode = named[0]
            draft.explain("episode", f"{named[0]}: {named[1]} opens the text")
            return
    for line in draft.lines[: draft.body_from]:
        label = line.strip(" *_#")
        if label and EPISODE_MARKER_TEXT.fullmatch(label):
            number = episode_in(label)
            if number is not None:
                draft.episode = number
                draft.explain("episode", f"{number}: the label {label!r} above the title")
                return
    filed = _episode_crumb(draft, count)
    if filed is not None:
        # "Home › Reviews › <Show> › Episode 5" over a headline naming no episode: the trail
        # files the page under its episode, whatever the opening counts ("Four episodes in,
        # we know the formula. Episode 5 …", how far the show had gone before this one)
        through = draft.meta.through_seasons if draft.meta is not None else None
        if through is not None and through[0] == filed[0] and not (count and through[1] > count):
            # "… › Season 2 › Episode 24" beside a series box's "Episode | 24 of 24 (episode 48
            # overall)": the same episode, counted through the seasons
            _count_through_seasons(
                draft, through, f"the breadcrumbs file it under {filed[1]!r}, within its season"
            )
            return
        draft.episode = filed[0]
        draft.explain("episode", f"{filed[0]}: the page's breadcrumbs file it under {filed[1]!r}")
        return
    url = (
        draft.meta.url
        if draft.meta is not None
        # a text file's own front matter: its `url`, else the clipper's `source` address
        else draft.front_matter.url or draft.front_matter.source_address
    )
    from_url = _episode_in_url(url, catalog) or _number_after_name_in_url(draft, url, count)
    if from_url is not None:
        draft.episode = from_url[0]
        draft.explain("episode", f"{from_url[0]}: {from_url[1]!r} in the page's URL")
        return
    whole_title = draft.meta.page_title if draft.meta is not None else None
    if whole_title and whole_title != draft.title:
        # the page's whole <title> ("Short headline - <Show> <Episode Title> - Site"), when
        # the headline taken is only its short phrase
        named = episode_named(whole_title, catalog)
        if named is not None and not (count and named[0] > count):
            draft.episode = named[0]
            draft.explain("episode", f"{named[0]}: {named[1]} in the page's <title>")
            return
        if _is_season_headline(whole_title):
            # "<Show> – Season Review & Episode Scorecard – Site" over the headline "<Show>: The
            # Complete Scorecard": the episodes its text goes through, one by one, are parts of
            # the season the page's own <title> says it reviews
            draft.episode = None
            draft.explain(
                "episode", f"none: the page's <title> {whole_title!r} names a season review"
            )
            return
    feature = _feature_headline(draft, count)
    if feature is not None:
        draft.episode = feature[0]
        draft.explain(
            "episode",
            f"{feature[0]}: the feature's heading {feature[1]!r} in the opening, under the "
            f"title {draft.title!r} that names neither the anime nor an episode",
        )
        return
    full = _full_review_headline(draft, count)
    if full is not None:
        draft.episode = full[0]
        draft.explain(
            "episode",
            f"{full[0]}: the heading {full[1]!r} under the page's full review's label, under "
            f"the title {draft.title!r} that names neither the anime nor an episode",
        )
        return
    headline = _season_headline(draft.paragraphs, catalog)
    if headline is not None:
        draft.episode = None
        draft.explain("episode", f"none: the opening's headline {headline!r} speaks of the season")
        return
    if draft.front_matter.filed_as is DocumentKind.SEASON_REVIEW:
        # a static site's "categories: [reviews, season-reviews]" over a title naming no
        # episode: the episodes its text goes through ("Episodes 1 to 3 are small") are parts
        # of the season reviewed
        draft.episode = None
        draft.explain(
            "episode", f"none: the front matter files it under {draft.front_matter.category!r}"
        )
        return
    season = _summary_says_season(draft.summary())
    if season is not None:
        # a database site's user review summed up as "<a sentence on the show>. Season 1
        # review." (its meta description): the episodes its text goes through ("By episode 3
        # it had turned into …") are parts of the season reviewed
        draft.episode = None
        draft.explain(
            "episode", f"none: the document's summary says it reviews a season ({season!r})"
        )
        return
    opening_text = _opening(draft.paragraphs)
    whole = _whole_run_watched(opening_text, count)
    if whole is not None:
        draft.episode = None
        draft.explain("episode", f"none: the opening says the whole run was watched ({whole!r})")
        return
    whole = _whole_run_watched(draft.title, count) if draft.title else None
    if whole is not None:
        # "Show, all 13 episodes later" over "now that the last episode has aired": the
        # finale the opening speaks of is the end of the run the title says it reviews whole
        draft.episode = None
        draft.explain("episode", f"none: the title says the whole run was watched ({whole!r})")
        return
    if draft.meta is not None and draft.meta.watched_all is not None:
        # a review database's "13/13 episodes seen" over a user's review of the whole show
        draft.episode = None
        draft.explain(
            "episode", f"none: the page says the whole run was seen ({draft.meta.watched_all!r})"
        )
        return
    season = _season_announced(opening_text)
    if season is not None:
        draft.episode = None
        draft.explain("episode", f"none: the opening says it reviews the whole season ({season!r})")
        return
    number, notes = episode_in_body(opening_text, catalog, draft.anime_title)
    opening = draft.paragraphs[0][:_FIRST_IMPRESSIONS_LOOK] if draft.paragraphs else ""
    reach = first_look_reached(opening)
    impressions = (
        FIRST_IMPRESSIONS.search(draft.title)
        or FIRST_IMPRESSIONS.search(opening)
        or reach
        # a diary site's log tagged so in its summary ("★★★★½ — first impressions. …"), the
        # tag's line dropped from the text extracted
        or summary_tags_first_impressions(draft.summary())
    )
    so_far = _episodes_so_far(opening_text, count) if impressions else None
    if so_far is None and reach is not None and not (count and reach[0] > count):
        so_far = reach  # "Two episodes into <Show>, …": first impressions that have watched two
    own = draft.meta.own_row_episode if draft.meta is not None and number is not None else None
    if (
        own is not None
        and so_far is None
        and own[0] != number
        and 0 < own[0] <= MAX_EPISODE
        and not (count and own[0] > count)
    ):
        # a headline naming no episode (a date: "<Show> (Feb 21)") over a text whose opening
        # reaches the site's coverage table, an earlier row naming another episode: the row
        # marked "(this post)" files the post under its episode
        draft.episode = own[0]
        draft.explain("episode", f"{own[0]}: the page's table row {own[1]!r}")
        draft.explain("episode", f"ignored episode {number}: {notes[0] if notes else ''}")
        return
    if so_far is not None and number is not None and number <= so_far[0]:
        # "After three episodes, … The first episode sets it up": first impressions going
        # through the episodes they watched; they may spoil up to the last
        draft.episode, draft.episode_reached = so_far
        draft.explain("episode", f"{so_far[0]}: first impressions {so_far[1]!r}")
        if number < so_far[0]:
            draft.explain("episode", f"ignored episode {number}: one of the episodes watched")
        return
    lead = (
        _through_seasons_in_lead(draft, number, count, opening_text) if number is not None else None
    )
    if lead is not None:
        _take_through_seasons(
            draft,
            lead,
            number,
            f"in the opening sentence, counted through the seasons (its season's own number: "
            f"{number})",
        )
        return
    point = (
        _point_in_users_run(draft.title, opening_text, number)
        if number is not None and not impressions
        else None
    )
    if point is not None:
        # "Review of <Show> by <handle>" over "the chef they meet in episode 1": a point in
        # the run the user reviews whole, not the episode reviewed
        draft.episode = None
        draft.explain(
            "episode", f"none: {point!r} is a point in the run a user's review looks over"
        )
        return
    draft.episode = number
    for note in notes:
        draft.explain("episode", note)
    if number is not None:
        return
    if so_far is not None:  # (found only for first impressions)
        counted = _watched_through_seasons(draft, so_far, count, opening_text)
        if counted is not None:
            draft.episode, draft.episode_reached = counted[0], so_far[1]
            draft.episode_in_season = so_far[0]
            draft.explain(
                "episode",
                f"{counted[0]}: first impressions {so_far[1]!r} of a later season, "
                f"{counted[1]!r} in the opening counting them through the seasons",
            )
            return
        draft.episode, draft.episode_reached = so_far
        draft.explain("episode", f"{so_far[0]}: first impressions {so_far[1]!r}")
        return
    through = draft.meta.through_seasons if draft.meta is not None else None
    if through is not None and not (count and through[1] > count):
        # a headline naming no episode over a post's info line "<Show> Season 2, Episode 20
        # (episode 44 overall)", which text extraction dropped with the byline: the page's
        # own words for the episode it files the post under, counted through the seasons
        _count_through_seasons(draft, through, f"its season's own number: {through[0]}")
        return
    info = _info_row_episode(draft.paragraphs, count)
    if info is not None:
        # a headline naming no episode over the page's info table ("Series | <Show>",
        # "Episode | 19", "Aired | …"): the row files the review under its episode
        draft.episode = info[0]
        draft.explain("episode", f"{info[0]}: the info row {info[1]!r} in the opening")
        return
    stated = _structured_episode(draft, count)
    if stated is not None:
        draft.episode = stated
        draft.explain("episode", f"{stated}: the page's structured data reviews this episode")
        return
    own_row = draft.meta.own_row_episode if draft.meta is not None else None
    if own_row is not None and 0 < own_row[0] <= MAX_EPISODE and not (count and own_row[0] > count):
        # a headline naming the episode only by its title over the site's coverage table,
        # whose row for it says "(this review)": the row files the review under its episode
        draft.episode = own_row[0]
        draft.explain("episode", f"{own_row[0]}: the page's table row {own_row[1]!r}")
        return
    if impressions:
        draft.episode = 1
        draft.explain("episode", "1: first impressions that name no episode are of the premiere")
        return
    signed = _signed_off_episode(draft, opening_text, count)
    if signed is not None:
        # a weekly post on "this week's episode" that numbers it only in its sign-off
        # ("Housekeeping: that was episode 8 of <Show>. Next week's …")
        draft.episode = signed[0]
        draft.explain(
            "episode",
            f"{signed[0]}: the text's sign-off {signed[1]!r}, of the opening's {signed[2]!r}",
        )
        return
    logged = _dated_log_episode(draft, opening_text, count)
    if logged is not None:
        # a weekly post on "this week's episode", dated, over its log of the season's reviews
        # ("Feb 14, 2024 .... Episode 6 .... 7/10"): the row of the post's own day numbers it
        draft.episode = logged[0]
        draft.explain(
            "episode",
            f"{logged[0]}: the log's row {logged[1]!r} dated as the post, of the opening's "
            f"{logged[2]!r}",
        )
        return
    draft.explain("episode", "none: no episode named in the title, the URL or the opening")


# a user-review site's heading, "Review of <Name> by <handle>" (its name naming no episode): a
# review of the whole show
_USER_REVIEW_HEADING = re.compile(
    r"(?:an?\s+)?review\s+of\s+\S.{0,100}?\s+by\s+[*_]{0,3}@?[\w.-]{2,40}[*_]{0,3}",
    re.IGNORECASE,
)
# an episode named as where something happens in the run ("the chef they meet in episode 1")
_IN_EPISODE = re.compile(r"\bin\s+(?:episode|ep\.?)\s*#?\s*(\d{1,4})\b(?![\d/.,]\d)", re.IGNORECASE)


def _point_in_users_run(title: str, opening: str, number: int) -> str | None:
    """Under a user-review site's heading ("Review of <Name> by <handle>"), the words naming
    episode `number` only as where something happens in the show it reviews whole ("the chef
    they meet in episode 1"), every mention of it so; else None ("I'll keep this to episode
    13": the one it reviews)."""
    if " by " not in title or _USER_REVIEW_HEADING.fullmatch(title) is None:
        return None
    if EPISODE_MARKER_TEXT.search(title) is not None:
        return None
    points = [m for m in _IN_EPISODE.finditer(opening) if int(m.group(1)) == number]
    named = [m for m in _PLAIN_EPISODE.finditer(opening) if _marker_number(m.group(1)) == number]
    if not points or len(named) != len(points):
        return None
    return points[0].group(0)


# a post's sign-off numbering the episode it was about: "that was episode 8 (of <Show>)", "and
# that's ep 8", "this has been episode 8"; not "that was episode 7's problem too", a range
_SIGNED_OFF = re.compile(
    r"\b(?:that|this)(?:\s+(?:was|has\s+been)|['’]s)\s+(?:episode|ep\.?)\s*#?\s*(\d{1,4})\b"
    r"(?![\d/.,]\d|['’]s|\s*(?:[-–—&+]|and\b|to\b)\s*\d)",
    re.IGNORECASE,
)
# the opening speaking of one episode as the present one: "This week's episode.", "today's ep"
_THIS_WEEKS_EPISODE = re.compile(
    r"\b(?:this(?:\s+week['’]?s)?|today['’]?s|tonight['’]?s)\s+(?:episode|ep)\b", re.IGNORECASE
)


def _signed_off_episode(
    draft: Draft, opening: str, count: int | None
) -> tuple[int, str, str] | None:
    """(episode, sign-off, the opening's words) when an opening that speaks of "this week's
    episode" without its number is numbered by one sign-off in the text ("that was episode 8
    of <Show>"), the only number it gives so; else None."""
    this = _THIS_WEEKS_EPISODE.search(opening) if " ep" in opening.lower() else None
    if this is None:
        return None
    said = {
        int(m.group(1)): m.group(0)
        for paragraph in draft.paragraphs
        for m in _SIGNED_OFF.finditer(paragraph)
    }
    if len(said) != 1:
        return None
    [(number, words)] = said.items()
    if number < 1 or number > MAX_EPISODE or (count and number > count):
        return None
    return number, words, this.group(0)


# a date as posts and their logs write it: "February 14, 2024", "Feb 14 2024", "14 Feb 2024"
_MONTH_WORD = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
_DATE = re.compile(
    r"\b(?:" + _MONTH_WORD + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"
    r"|(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_WORD + r",?\s+(\d{4}))\b",
    re.IGNORECASE,
)
_DATELINE_LOOK = 500  # characters of the text's start that may date the post
_MAX_LOG_ROW = 160  # a log's or table's row at most: a longer line is prose
_OVERALL_COLUMN = re.compile(r"\b(?:overall|total|absolute|series)\b", re.IGNORECASE)


def _date_key(match: re.Match[str]) -> tuple[str, int, int]:
    """(month's first three letters, day, year) of a _DATE match."""
    month, day, year, day2, month2, year2 = match.groups()
    if month is not None:
        return month.lower(), int(day), int(year)
    return month2.lower(), int(day2), int(year2)


def _overall_cell(lines: list[str], at: int) -> int | None:
    """The number in the table row lines[at]'s column whose heading counts episodes through
    the seasons ("| Posted | Season 2 episode | Overall episode |", the table's first row),
    else None."""
    top = at
    while top > 0 and (
        lines[top - 1].lstrip().startswith("|")
        # (the rule under the heading row, which normalising may leave blank)
        or (top > 1 and not lines[top - 1].strip() and lines[top - 2].lstrip().startswith("|"))
    ):
        top -= 1
    if top == at:
        return None
    heads = [h.strip() for h in lines[top].strip().strip("|").split("|")]
    cells = [c.strip() for c in lines[at].strip().strip("|").split("|")]
    if len(heads) != len(cells):
        return None
    for head, cell in zip(heads, cells, strict=True):
        if _OVERALL_COLUMN.search(head) and "ep" in head.lower() and cell.isdigit():
            return int(cell)
    return None


def _dated_log_episode(
    draft: Draft, opening: str, count: int | None
) -> tuple[int, str, str] | None:
    """(episode, log line, the opening's words) when an opening that speaks of "this week's
    episode" without its number is dated ("Posted March 3, 2024") and one line of the text's
    log or table of the reviews, dated the same day, numbers its episode ("Mar 3, 2024 ....
    Episode 9 .... 7/10"; a table's column counting through the seasons wins); else None."""
    this = _THIS_WEEKS_EPISODE.search(opening) if " ep" in opening.lower() else None
    if this is None:
        return None
    posted = _DATE.search(draft.text, 0, _DATELINE_LOOK)
    if posted is None:
        return None
    day = _date_key(posted)
    found: dict[int, str] = {}
    lines = draft.lines
    for at, line in enumerate(lines):
        dated = _DATE.search(line) if len(line) <= _MAX_LOG_ROW else None
        if dated is None or _date_key(dated) != day:
            continue
        number = episode_in(line[dated.end() :])  # (the dateline itself numbers none)
        if number is None:
            continue
        overall = _overall_cell(lines, at) if line.lstrip().startswith("|") else None
        if overall is not None and overall > number:
            number = overall
        found[number] = line.strip()
    if len(found) != 1:
        return None
    [(number, row)] = found.items()
    if number < 1 or number > MAX_EPISODE or (count and number > count):
        return None
    return number, row, this.group(0)


def _count_through_seasons(draft: Draft, through: tuple[int, int, str], why: str) -> None:
    """Take the page's own (season's number, number through the seasons, words) for the
    episode: the number through the seasons, the season's own kept beside it."""
    draft.episode, draft.episode_in_season = through[1], through[0]
    draft.explain(
        "episode", f"{through[1]}: {through[2]!r} on the page, counted through the seasons ({why})"
    )


def _week_behind(draft: Draft, week: int, count: int | None) -> tuple[int, str] | None:
    """(episode, evidence) when the title numbers only a weekly column's week ("<Column>, Week
    5: …", no episode marker) and the opening names an earlier episode as the one it is about,
    by its number ("our Week 5 column covers episode 4"): the weeks of a season run ahead of a
    show that premiered after its first; else None (and when the opening's season marker
    numbers the week's: "Show, Episode 3 (Season 2, Episode 5)" under "Rewatch week 5")."""
    title = draft.title
    if _WEEK_MARKER.search(title) is None or EPISODE_MARKER_TEXT.search(title) is not None:
        return None
    opening = _opening(draft.paragraphs)
    number, notes = episode_in_body(opening, draft.catalog)
    if number is None or number >= week or (count and number > count):
        return None
    if not any(int(said.group(1)) == number for said in _PLAIN_EPISODE.finditer(opening)):
        return None  # (said as "the premiere" or an ordinal only: "last week's note on the
        # premiere" is no number the column gives its episode)
    if any(
        _marker_number(next(g for g in season.groups() if g is not None)) == week
        for season in _season_markers(opening)
    ):
        # "Rewatch week 5" over "Show, Episode 3 (Season 2, Episode 5)": the opening numbers
        # the week's episode within its season
        return None
    return number, notes[0]


_ANY_WEEK = re.compile(r"\bweek\s+(\d{1,2})\b", re.IGNORECASE)


def _week_said_to_cover(draft: Draft, week: int, count: int | None) -> tuple[int, str] | None:
    """(episode, evidence) when the title numbers only a weekly column's week ("<Column> Week
    2: …") and a sentence of the opening names that week beside one other episode number
    ("This week's Week 2 is the first regular broadcast, which is episode 5."): the column's
    weeks counted apart from the episodes (a premiere of several episodes in its first week);
    else None (no such sentence, or one naming several episodes: "Week 2 covers episodes 5
    and 6", "week 3 will be episode 6")."""
    title = draft.title
    if _WEEK_MARKER.search(title) is None or EPISODE_MARKER_TEXT.search(title) is not None:
        return None
    opening = _opening(draft.paragraphs)
    if f"eek {week}" not in opening:
        return None
    this_week = re.compile(rf"\bweek\s+{week}\b", re.IGNORECASE)
    for said in this_week.finditer(opening):
        start = max(opening.rfind(". ", 0, said.start()), opening.rfind("\n\n", 0, said.start()))
        stops = (opening.find(". ", said.end()), opening.find("\n\n", said.end()))
        end = min((at for at in stops if at >= 0), default=len(opening))
        sentence = opening[start + 1 : end]
        numbers = {int(m.group(2) or m.group(1)) for m in _EPISODE_MENTION.finditer(sentence)}
        weeks = {int(m.group(1)) for m in _ANY_WEEK.finditer(sentence)}
        if len(numbers) != 1 or weeks != {week}:
            continue
        [number] = numbers
        if number != week and 0 < number <= MAX_EPISODE and not (count and number > count):
            return number, f"{number}: the opening's {sentence.strip()!r} says the week's episode"
    return None


# what may stand between a feature heading's anime and its episode ("SHOW, EPISODE 13 — …")
_NAME_TO_MARKER = re.compile(r"[\s,:;|·–—-]*")


def _feature_headline(draft: Draft, count: int | None) -> tuple[int, str] | None:
    """(number, line) when the title names neither the anime nor an episode (a newsletter's
    masthead, "THE WEEKLY LETTER — Issue #58") and a paragraph of the opening's first lines is
    a headline of its own that opens with the anime's name and its episode ("SHOW, EPISODE
    13 — THE FINALE", "Show Episode 4 Review: Dead Eye"): the issue's feature, under the
    masthead, a greeting and a sponsor's notice; its text may look back over the whole run
    ("across thirteen episodes") as a finale's does. Else None."""
    if not draft.title or not draft.anime_title:
        return None
    names = _names_of(draft)
    title = fold(draft.title)
    if any(name in title for name in names):
        return None
    lines = 0
    for paragraph in draft.paragraphs:
        if lines >= OPENING_LINES:
            break
        lines += paragraph.count("\n") + 1
        line = paragraph.strip(" *_#")
        if "\n" in paragraph or not is_headline_line(line) or line[:2] in LIST_BULLETS:
            continue
        folded = fold(line)
        name = next((name for name in names if folded.startswith(name)), None)
        if name is None:
            continue
        gap = _NAME_TO_MARKER.match(folded, len(name))
        marker = _EPISODE_OR_RANGE.match(folded, gap.end()) if gap is not None else None
        if marker is None:
            continue
        number = _marker_number(next(g for g in marker.groups() if g is not None))
        if number is not None and number > 0 and not (count and number > count):
            return number, line
    return None


# a roundup's label, a line of its own, over the one show it reviews in full after its quick
# takes ("--- FULL REVIEW ---", "== The main review ==", "**This week's full review**")
_FULL_REVIEW_LABEL = re.compile(
    r"(?:(?:the|my|this\s+week'?s)\s+)?(?:full|main|in-depth)\s+review",
    re.IGNORECASE,
)


def full_review_heading(draft: Draft) -> int | None:
    """The index of the paragraph after a roundup's label line saying what follows is its full
    review ("--- FULL REVIEW ---" after "--- QUICK TAKES ---"): the heading of the one show it
    reviews in full, when that paragraph is a line of its own. None when no line is such a
    label, or two are (two full reviews: which one the page is about is not for us to say)."""
    found = None
    paragraphs = draft.paragraphs
    for at, paragraph in enumerate(paragraphs[:-1]):
        # (a short line holding the word, before the pattern is tried)
        if len(paragraph) > 60 or "EVIEW" not in paragraph.upper() or "\n" in paragraph:
            continue
        label = unframed(paragraph.strip()).strip(" *_#:")
        if _FULL_REVIEW_LABEL.fullmatch(label) is None:
            continue
        if found is not None or "\n" in paragraphs[at + 1]:
            return None
        found = at + 1
    return found


def _full_review_headline(draft: Draft, count: int | None) -> tuple[int, str] | None:
    """(number, line) when the title names neither the anime nor an episode (a weekly "what I
    watched" post) and the heading under its full review's label opens with the anime's name
    and its episode ("--- FULL REVIEW ---" then "Show - Episode 9"): the quick takes above
    it speak of other shows' episodes. Else None."""
    if not draft.title or not draft.anime_title:
        return None
    at = full_review_heading(draft)
    if at is None:
        return None
    names = _names_of(draft)
    if any(name in fold(draft.title) for name in names):
        return None
    line = unframed(draft.paragraphs[at].strip()).strip(" *_#")
    folded = fold(line)
    name = next((name for name in names if folded.startswith(name)), None)
    if name is None or not is_headline_line(line):
        return None
    gap = _NAME_TO_MARKER.match(folded, len(name))
    marker = _EPISODE_OR_RANGE.match(folded, gap.end()) if gap is not None else None
    if marker is None:
        return None
    number = _marker_number(next(g for g in marker.groups() if g is not None))
    if number is not None and number > 0 and not (count and number > count):
        return number, line
    return None


# a publication's issue number as its masthead gives it: "Issue 6", "Issue #6", "No. 6"
_ISSUE_NUMBER = re.compile(r"\b(?:issue|no\.)\s*#?\s*(\d{1,4})\b", re.IGNORECASE)
_ISSUE_LOOK = 600  # a masthead is near the top


def opens_with_issue_number(line: str) -> bool:
    """Does `line` open with a publication's issue number, as a newsletter's masthead gives
    it under its name ("Issue #112 · Monday, January 13, 2025", "No. 14 — Spring")?"""
    return _ISSUE_NUMBER.match(line.lstrip()) is not None


def issue_number_said(title: str, opening: str, name: str = "") -> str | None:
    """The `opening`'s "Issue N" (its first _ISSUE_LOOK characters) when the title's only
    episode marker is a bare "#N" of the same N: a newsletter numbering its issues ("Letter #6
    — <subtitle>" under its masthead's "Issue 6"), not the anime's episodes. With the `name`
    before that "#N", also the opening's "the Nth <name>" ("welcome to the sixth <Letter>"):
    a letter counts its own issues so, an episode is never "the sixth <Show>". Else None."""
    if "#" not in title or len(EPISODE_MARKER_TEXT.findall(title)) != 1:
        return None
    marker = _marker_search(_HASH_MARKER, title)
    if marker is None:
        return None
    number = int(marker.group(1))
    for issue in _ISSUE_NUMBER.finditer(opening, 0, _ISSUE_LOOK):
        if int(issue.group(1)) == number:
            return issue.group(0)
    if name:
        return _counted_installment(name, number, opening[:_ISSUE_LOOK])
    return None


# "the sixth ", "our 6th " just before a name: which installment of it this is
_COUNTED_BEFORE = re.compile(
    r"\b(?:the|this|our|my)\s+(" + ORDINAL_TEXT + r"|\d{1,4}(?:st|nd|rd|th))\s+$", re.IGNORECASE
)
_COUNTED_LOOK = 30  # characters before the name read for its ordinal


def _counted_installment(name: str, number: int, opening: str) -> str | None:
    """The `opening`'s "the Nth <name>" whose N is `number`, else None. (The name is found in
    the opening itself, any case: offsets in a case-folded copy would shift where folding
    changes a character's length, "ß" to "ss".)"""
    for found in re.finditer(re.escape(name), opening, re.IGNORECASE):
        at = found.start()
        counted = _COUNTED_BEFORE.search(opening, max(0, at - _COUNTED_LOOK), at)
        if counted is not None:
            word = counted.group(1)
            value = int(word[:-2]) if word[0].isdigit() else _word_value(word, ORDINALS)
            if value == number:
                return opening[counted.start() : found.end()]
    return None


# an info table's or an info block's row labelling the episode with its number alone
# ("Episode | 19", "Episode: 19", "Ep. # | 19"): one episode (not "Episodes | 12", a count),
# the number all the row holds, or that number glossed in brackets by its place within a later
# season, cour or part ("Episode | 26 (cour 2, no. 14)", "Episode: 25 (Season 2, Ep 1)"): the
# gloss counts afresh, so the row's own number is the one through the seasons
_INFO_ROW_EPISODE = re.compile(
    r"^[ \t]*(?:episode|ep\.?)[ \t]*(?:#|no\.)?[ \t]*[:|][ \t]*#?(\d{1,4})"
    r"(?:[ \t]*\((?:season|cour|part)[ \t]*\d{1,2}\b[^()\n]{0,30}\))?"
    r"[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _info_row_episode(paragraphs: list[str], count: int | None) -> tuple[int, str] | None:
    """(number, row) of the opening's info row labelling the episode ("Episode | 19",
    "Episode: 19"), within the anime's count; else None."""
    opening = _opening(paragraphs)
    if "|" not in opening and ":" not in opening:
        return None
    row = _INFO_ROW_EPISODE.search(opening)
    if row is None:
        return None
    number = int(row.group(1))
    if not 0 < number <= MAX_EPISODE or (count and number > count):
        return None
    return number, row.group(0).strip()


def _structured_episode(draft: Draft, count: int | None) -> int | None:
    """The episode number the page's structured data (JSON-LD) states for the episode it
    reviews, when that episode is of the document's anime: the last evidence, for a page
    whose text names no episode, and the number through the seasons beside a title that
    counts within its season, when it is a later one."""
    reviewed = draft.meta.reviewed if draft.meta is not None else None
    if reviewed is None or reviewed.episode is None or not draft.anime_title:
        return None
    if count and reviewed.episode > count:
        return None
    series, anime = fold(reviewed.series), fold(draft.anime_title)
    if series not in anime and anime not in series:
        return None  # --anime or front matter filed it under another anime
    return reviewed.episode


# a plan or a habit before "after three episodes", not how far these impressions have watched
_NOT_YET = re.compile(
    r"\b(?:will|won['’]t|['’]ll|going\s+to|usually|normally|always|rule|wait|until|decide)\b",
    re.IGNORECASE,
)
_NOT_YET_LOOK = 40
# a past perfect after such a word, which says the episodes were watched by the time of
# writing ("held off posting until I'd seen the first two episodes", "waited until I had
# actually watched three episodes"), not a plan ("I'll wait until I've seen three episodes")
_HAD_WATCHED = re.compile(
    r"(?:\bhad|['’]d)\s+(?:\w+\s+)?(?:seen|watched|finished|caught\s+up|(?:got|gotten|sat)"
    r"\s+through)\b",
    re.IGNORECASE,
)


def _not_yet_before(opening: str, at: int) -> bool:
    """Do the words just before `at` in `opening` make the episodes counted there a plan or a
    habit ("I'll decide after three episodes"), not how far the writer has watched ("held off
    until I'd seen the first two episodes")?"""
    start = max(0, at - _NOT_YET_LOOK)
    plan = _NOT_YET.search(opening, start, at)
    return plan is not None and _HAD_WATCHED.search(opening, plan.end(), at) is None


# a title's bare season ("Season 1"), which names the season a post is filed under, not
# the kind of post (not "Season 1 Review", "full season")
_SEASON_LABEL = re.compile(
    r"\bseason\s+\d{1,2}\b(?!\s*[:\-–—]?\s*(?:review|thoughts|retrospective|wrap))",
    re.IGNORECASE,
)
# how far a first look went, right after its words: "first impressions, four episodes in",
# "first impressions after three episodes", "first thoughts (two episodes in)"
# (not "… three episodes in one sitting", a marathon, nor "… after two episodes were", past)
_FIRST_LOOK_REACH = re.compile(
    r"[\s,:;(–—-]{1,4}(?:(?:after|through)\s+(?:the\s+first\s+)?(\d{1,2}|"
    + _WORD_NUMBER
    + r")\s+episodes\b(?!\s+(?:were|was|had)\b)|(\d{1,2}|"
    + _WORD_NUMBER
    + r")\s+episodes\s+in(?=\s*(?:$|[:,;.!?)\]|–—-])))",
    re.IGNORECASE,
)


def _first_look_said(opening: str, count: int | None) -> tuple[int, str] | None:
    """(N, as written) when the opening calls itself first impressions and says how far they
    went in the same breath ("So, first impressions, four episodes in."), else None."""
    for said in FIRST_IMPRESSIONS.finditer(opening):
        reach = _FIRST_LOOK_REACH.match(opening, said.end())
        number = _marker_number(reach[1] or reach[2]) if reach is not None else None
        if reach is not None and number and not (count and number > count):
            return number, opening[said.start() : reach.end()]
    return None


def _episodes_so_far(opening: str, count: int | None) -> tuple[int, str] | None:
    """(N, as written) when first impressions' opening says how far they have watched ("After
    three episodes, …", "having seen the first 3 episodes"): the last episode they may spoil."""
    lowered = opening.lower()
    if "episodes" not in lowered and "eps" not in lowered:
        return None
    for match in _FIRST_EPISODES.finditer(opening):
        if _not_yet_before(opening, match.start()):
            continue  # "I'll decide after three episodes": not watched yet
        number = _marker_number(match.group(1))
        if number is not None and number > 0 and not (count and number > count):
            return number, match.group(0)
    return None


# "dropped it after", "since", "until": the words before an episode the title speaks of as
# one the writer got past, not the one reviewed
_BACK_WORDS = ("after", "since", "until", "before")


def _refers_back(title: str) -> bool:
    """Does the title's episode number follow a word that points back to it ("almost dropped
    it after episode 2"), with no other episode number before it?"""
    lowered = title.lower()
    if not any(word in lowered for word in _BACK_WORDS):
        return False
    match = _PLAIN_EPISODE.search(title)
    if match is None:
        return False
    near = " ".join(title[: match.start()].split()[-4:])
    return _REFERENCE_WORDS.search(near) is not None and FIRST_IMPRESSIONS.search(title) is None


# "I finished all thirteen episodes", "having watched all 12 episodes", "13 of 13 episodes
# seen", "13/13 episodes seen", "Watched: all 13", "now that I've finished the series": a
# review of the whole run, whatever episode ("the finale", "the premiere") it then speaks of;
# the verb's participle too, the episodes' length between ("watching all eight hour-long
# episodes over a weekend, I …": a binge told as it went; not a plan's, "I'll be watching all
# 12 episodes"); not another word there ("all three aired episodes", the ones out yet)
_WHOLE_RUN = re.compile(
    r"\b(?:finish(?:ed|ing)|watch(?:ed|ing)|seen|seeing|binge?(?:d|ing)|completed"
    r"|(?:get|got|gotten|getting|made\s+it|sat|went)\s+through)"
    r"\s+(?:all|every)\s+(?:of\s+)?(?:the\s+|its\s+)?"
    r"(?:\d{1,3}|" + _WORD_NUMBER + r")\s+(?:[a-z\d]+-[a-z\d]+\s+)?episodes\b"
    r"|\b(?:finished|binged|completed)\s+the\s+(?:whole\s+|entire\s+)?(?:series|season|show)\b"
    # "the finished series is less than the sum of its pieces": the run, over, judged whole
    r"|\b(?:the|its)\s+(?:finished|completed)\s+(?:series|season|show|run)\b"
    # "13 of 13 episodes seen", a review database's "13/13 eps watched"
    r"|\b(\d{1,3})\s*(?:\s+of\s+|/)\s*\1\s+(?:episodes|eps)\s+(?:seen|watched)\b"
    # a tracker's status line, the verb first: "watched 13/13 episodes", "seen: 12 of 12 eps"
    r"|\b(?:watched|seen)\s*:?\s*(\d{1,3})\s*(?:\s+of\s+|/)\s*\2\s+(?:episodes|eps)\b"
    # an info block's label over the review: "Watched: all 13, subbed", "Seen: all twelve"
    # (not "Watched: all 3 so far", the episodes out yet)
    r"|\b(?:watched|seen)\s*:\s*all\s+(?:\d{1,3}|" + _WORD_NUMBER + r")\b"
    r"(?!(?:\s+(?:episodes|eps))?\s+(?:so\s+far|aired|available|released|out)\b)"
    # "now that all 13 episodes have aired", "now that the season has ended"
    r"|\ball\s+(?:of\s+)?(?:the\s+|its\s+)?(?:\d{1,3}|"
    + _WORD_NUMBER
    + r")\s+episodes\s+(?:(?:have|had)\s+"
    r"(?:now\s+|finally\s+)?(?:aired|been\s+released|come\s+out|finished)"
    # "now that all thirteen episodes are out"
    r"|(?:are|were)\s+(?:now\s+|finally\s+)?(?:out|available))\b"
    r"|\bnow\s+that\s+(?:the|its|this)\s+(?:whole\s+)?(?:season|series|show)\s+(?:has\s+(?:ended"
    r"|wrapped|finished|concluded)|is\s+(?:over|done|finished|complete))\b",
    re.IGNORECASE,
)


# what an opening saying the whole run was watched holds, one at least (looked for first)
_WHOLE_RUN_WORDS = ("episodes", "series", "season", "show", " eps ", "watched:", "seen:")
_WHOLE_RUN_VERBS = ("finish", "watched", "watching", "seen", "seeing", "binge", "binging",
                    "completed", "aired", "released", "come out", "ended", "wrapped", "concluded",
                    "is over", "is done", "through", "episodes are", "episodes were")  # fmt: skip
# "Thirteen episodes later I mostly feel…": as many episodes as the anime has, watched
_EPISODES_LATER = re.compile(
    r"\b(\d{1,3}|" + _WORD_NUMBER + r")\s+episodes\s+later\b", re.IGNORECASE
)

# "a third of the way through the 13 episodes of Show", "across its thirteen episodes", "for
# all thirteen episodes it hints": the run spoken of as one, when N is as many episodes as the
# anime has
_THE_N_EPISODES = re.compile(
    r"\b(?:(?:the|its)|(?:across|over)\s+(?:the\s+|its\s+|all\s+)?|for\s+all\s+)\s*(\d{1,3}|"
    + _WORD_NUMBER
    + r")\s+episodes\b(?!\s+(?:in|later|so\s+far|before|ago|until|left|to\s+go))",
    re.IGNORECASE,
)
# "I gave <Show> all thirteen episodes to win me over", "having given it all 12 episodes": the
# writer's time spent on the whole run, when N is as many episodes as the anime has (the show,
# "it" or "the series" between the verb and "all", in the same clause)
_GAVE_ALL_N_EPISODES = re.compile(
    r"\b(?:gave|given)\s+[^.,;:!?\n]{1,60}?\s+all\s+(?:of\s+)?(?:its\s+|the\s+)?(\d{1,3}|"
    + _WORD_NUMBER
    + r")\s+episodes\b",
    re.IGNORECASE,
)
# "Thirteen episodes, one city, and more ideas than it could use.": a sentence opening on the
# run's episodes, a comma after them (the run summed up as a list), when N is as many episodes
# as the anime has (not "Twelve episodes in, …", how far a check-in has watched)
_N_EPISODES_LEAD = re.compile(
    r"(?:\A|(?<=[.!?\n]))[ \t*_\"'“]*(\d{1,3}|" + _WORD_NUMBER + r")\s+episodes\s*,",
    re.IGNORECASE,
)


# "Spoilers for all 13 episodes", "spoiler warning for ...": what the warning reaches, not what
# the text reviews
_SPOILER_WARNING = re.compile(r"\bspoilers?(?:\s+(?:warning|alert|ahead))?\s*\Z", re.IGNORECASE)
_SPOILER_LOOK = 25


# "After three seasons and 37 episodes, Show is over", "across all 37 episodes", "all of its 37
# episodes": how many episodes the whole run has, as a finale's opening sums it up. After a
# preposition, the number needs "all", "the", "its" or the seasons before it: "after 11
# episodes of setup" may be the ones before the finale, "over 100 episodes" more than 100
_RUN_OF_EPISODES = re.compile(
    r"(?:\b(?P<prep>after|across|over|through)\s+(?P<det>(?:all\s+(?:of\s+)?)?(?:the|its)\s+"
    r"|all\s+)?|\ball\s+(?:of\s+)?(?:the\s+|its\s+)?)"
    r"(?P<seasons>(?:\d{1,2}|" + _WORD_NUMBER + r")\s+(?:seasons|cours)\s+and\s+)?"
    r"(?P<n>\d{1,4}|" + _WORD_NUMBER + r")\s+episodes\b"
    r"(?!\s+(?:in\b|later|so\s+far|before|ago|until|left|to\s+go))",
    re.IGNORECASE,
)


def _run_length_said(opening: str, others: Callable[[], Sequence[str]]) -> tuple[int, str] | None:
    """How many episodes the whole run has, as the opening sums it up ("After three seasons
    and 37 episodes, Show is over", "across all 37 episodes"), not of another show: (number,
    as written), else None."""
    if "episodes" not in opening.lower():
        return None
    for match in _RUN_OF_EPISODES.finditer(opening):
        if match.group("prep") and not (match.group("det") or match.group("seasons")):
            continue
        number = _marker_number(match.group("n"))
        if number and not _said_of_another(opening, match.start(), match.end(), others):
            return number, match.group(0)
    return None


def _whole_run_watched(opening: str, count: int | None = None) -> str | None:
    """The words of an opening that say the whole run was watched ("all 12 episodes", or
    "N episodes later", "the N episodes of" or "for all N episodes" where the anime has N),
    else None."""
    lowered = opening.lower()
    if not any(word in lowered for word in _WHOLE_RUN_WORDS):
        return None
    if count and "episodes later" in lowered:
        for later in _EPISODES_LATER.finditer(opening):
            if _marker_number(later.group(1)) == count:
                return later.group(0)
    if count and " episodes" in lowered:
        for run in _THE_N_EPISODES.finditer(opening):
            if _marker_number(run.group(1)) == count and not (
                run.group(0)[:3].lower() == "for"
                and (
                    _not_yet_before(opening, run.start())
                    or _SPOILER_WARNING.search(
                        opening, max(0, run.start() - _SPOILER_LOOK), run.start()
                    )
                )
            ):  # (not "I'll stick around for all thirteen episodes": a plan; nor "Spoilers
                # for all thirteen episodes from here on": a warning, over a finale's review)
                return run.group(0)
        if " all " in lowered and ("gave " in lowered or "given " in lowered):
            for gave in _GAVE_ALL_N_EPISODES.finditer(opening):
                if _marker_number(gave.group(1)) == count and not _not_yet_before(
                    opening, gave.start()
                ):  # (not "I'll have given it all 13 episodes by then": a plan)
                    return gave.group(0)
        if " episodes," in lowered:
            for lead in _N_EPISODES_LEAD.finditer(opening):
                if _marker_number(lead.group(1)) == count:
                    return lead.group(0).strip(" \t*_\"'“")
    if not any(verb in lowered for verb in _WHOLE_RUN_VERBS):
        return None
    for match in _WHOLE_RUN.finditer(opening):
        # (a participle may be a plan's: "I'll be watching all 12 episodes as they air"; a
        # past verb is not, whatever came before: "Took me until now to get through all 28")
        verb = match.group(0).split(None, 1)[0]
        if not (verb.lower().endswith("ing") and _not_yet_before(opening, match.start())):
            return match.group(0)
    return None


# "Full season review, light spoilers.", "This is a look back at the whole season.": the
# opening saying what the document is, when its title does not
_SEASON_ANNOUNCED = re.compile(
    r"\b(?:full|whole|entire|complete)[\s-]+(?:season|series)\s+review\b"
    r"|\b(?:look|looking|review|retrospective|write-?up|thoughts)\s+(?:back\s+)?(?:at|on|of)\s+"
    r"the\s+(?:whole|entire|full|complete)\s+(?:season|series|show|run)\b"
    # "this review covers the whole season in general terms": what the review takes in
    r"|\b(?:review|post|piece|article|essay|write-?up)\s+(?:covers|spans|takes\s+in)\s+"
    r"the\s+(?:whole|entire|full|complete)\s+(?:season|series|show|run)\b"
    # "Final thoughts on Show: …", "The complete series of Show is …"
    r"|\bfinal\s+thoughts\s+(?:on|about)\b|\bcomplete\s+(?:series|season)\s+of\b"
    # "This is about the full 12-episode season, not one episode": what the document is about
    r"|\bthis\s+(?:\w+\s+)?is\s+about\s+the\s+(?:whole|entire|full|complete)\s+"
    r"(?:\d{1,3}-episode\s+)?(?:season|series|show|run)\b",
    re.IGNORECASE,
)
# "<Show> Season 1 Review, mostly spoiler-free (…).": a headline run into a paragraph's first
# sentence (searched in a lowered text)
_SEASON_N_REVIEW = re.compile(r"\bseason\s+\d{1,2}\s+review\b")
_RUN_IN_HEAD = 80  # characters of a paragraph before it: the anime's name
# in its sentence: a season review still to come or already written, not this document
_ELSEWHERE = re.compile(
    r"\b(?:will|['’]ll|later|next|previous|last|upcoming|once|when|until|going\s+to|plan"
    r"|save|saving|my|our|link|linked|wrote|written)\b",
    re.IGNORECASE,
)
# right before it, the document saying it is one ("so this issue is my full-season review",
# "here's our complete series review", "so here we are: a full-season review", "here it is,
# my whole season review"), whatever else its sentence says ("… wrapped last week", "…
# nothing that will ruin the ending")
_SAYS_IT_IS = re.compile(
    r"\b(?:this(?:\s+\w+){0,2}\s+is|this['’]s|here\s+is|here['’]s"
    r"|here\s+(?:we\s+are|it\s+is|goes)\s*[:,–—-]?)\s+(?:my|our|a|the)\s+$",
    re.IGNORECASE,
)
# what _SEASON_ANNOUNCED needs, looked for first (a search of the opening costs more)
_SEASON_ANNOUNCED_WORDS = ("season review", "series review", "the whole ", "the entire ",
                           "the full ", "the complete ", "final thoughts ",
                           "complete series of", "complete season of")  # fmt: skip


def _season_announced(opening: str) -> str | None:
    """The words of an opening that say the document reviews the whole season ("Full season
    review, light spoilers.", "a look at the whole season"), in a sentence that does not
    speak of another review or of one to come; else None."""
    lowered = opening.lower()
    if any(word in lowered for word in _SEASON_ANNOUNCED_WORDS):
        for match in _SEASON_ANNOUNCED.finditer(opening):
            start = max(opening.rfind(c, 0, match.start()) for c in ".!?\n") + 1
            ends = [at for at in (opening.find(c, match.end()) for c in ".!?\n") if at >= 0]
            sentence = opening[start : min(ends, default=len(opening))]
            if _ELSEWHERE.search(sentence) is None or _SAYS_IT_IS.search(
                opening, start, match.start()
            ):
                return match.group(0)
    if "season " in lowered:
        return _season_review_run_in(opening, lowered)
    return None


def _summary_says_season(summary: str) -> str | None:
    """The words of a document's summary (a web page's description, a static site's front
    matter summary) that say it reviews a whole season, in a sentence of their own or as the
    opening does ("A boy who … of the year. Season 1 review.", "Full season review, light
    spoilers", "Series review"), speaking of no other review ("My season review comes
    later."); else None."""
    if "season" not in summary.lower() and "series" not in summary.lower():
        return None
    for sentence in split_sentences(summary):
        found = _season_announced(sentence)  # (which weighs the sentence's other words)
        if found is not None:
            return found
        # a headline's "<Show> Season 1 Review" ("My Heart" in the name is no other review's
        # "my"), with nothing after it that puts the review elsewhere ("… comes next week")
        after = sentence[sentence.lower().rfind("review") :]
        if _is_season_headline(sentence.rstrip(".!")) and _ELSEWHERE.search(after) is None:
            return sentence
    return None


def _season_review_run_in(opening: str, lowered: str) -> str | None:
    """A paragraph of the opening that opens with a season review's headline run into its
    first sentence ("Show Season 1 Review, mostly spoiler-free (…)."), in a sentence that
    speaks of no other review: the words "Season N Review", else None. (A headline on a line
    of its own is not this: _season_headline looks for those, in the opening's first lines.)"""
    for match in _SEASON_N_REVIEW.finditer(lowered):
        start = lowered.rfind("\n", 0, match.start()) + 1
        if match.start() - start > _RUN_IN_HEAD or any(
            c in lowered[start : match.start()] for c in ".!?"
        ):
            continue
        end = lowered.find("\n", match.end())
        line = opening[start : end if end >= 0 else len(opening)].strip(" *_#")
        if is_headline_line(line):
            continue
        stops = [at for at in (lowered.find(c, match.end()) for c in ".!?\n") if at >= 0]
        if _ELSEWHERE.search(opening, start, min(stops, default=len(opening))) is None:
            return opening[match.start() : match.end()]
    return None


def _opening(paragraphs: list[str], look: int = _MAX_BODY_LOOK) -> str:
    """The first paragraphs, the one that reaches `look` characters included (a byline or a
    date line may come first, and a review may only say which episode it is in its second
    paragraph)."""
    taken: list[str] = []
    size = 0
    for paragraph in paragraphs:
        taken.append(paragraph)
        size += len(paragraph) + 2
        if size >= look:
            break
    return "\n\n".join(taken)


_SLUG_SEPARATORS = re.compile(r"(?<!\d)[-_+.]+|[-_+.]+(?!\d)")
_MAX_SLUG = 200


def _url_slug(url: str | None) -> str | None:
    """The last path segment of a page's URL, or None when it has none (only the host)."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    if "://" in url and path.count("/") < 3:  # only the host: no slug
        return None
    return path.rsplit("/", 1)[-1][-_MAX_SLUG:]


def _episode_in_url(url: str | None, catalog: Catalog | None) -> tuple[int, str] | None:
    """The episode a page's (canonical) URL names in its last path segment
    ("/frieren-episode-7-review/", "/s01e07", "/…-finale-review"), with the slug as written."""
    slug = _url_slug(url)
    if slug is None:
        return None
    named = episode_named(_SLUG_SEPARATORS.sub(" ", slug), catalog)
    return (named[0], slug) if named is not None else None


# a page's file extension at the end of its slug ("….html", as a blog platform's posts end)
_SLUG_EXTENSION = re.compile(r"\.(?:html?|php|aspx?)$", re.IGNORECASE)


def _number_after_name_in_url(
    draft: Draft, url: str | None, count: int | None
) -> tuple[int, str] | None:
    """The episode a page's URL numbers right after the anime's name in its slug, as a blog
    files its weekly posts ("/2023/10/sousou-no-show-08.html" under a headline that is the
    episode's own title), with the slug as written; else None."""
    slug = _url_slug(url)
    if slug is None or not any(c.isdigit() for c in slug):
        return None
    words = _SLUG_SEPARATORS.sub(" ", _SLUG_EXTENSION.sub("", slug)).strip()
    named = _number_after_name(draft, count, words)
    return (named[0], slug) if named is not None else None


def detect_about_episode(draft: Draft) -> None:
    """draft.about_episode: the latest episode the body may spoil.

    An episode document is about its episode, or a later one its text names ("in episode 3…",
    an episode title); a season review with a known episode count is about the last episode;
    otherwise the highest episode the text mentions.
    """
    episode, kind, catalog = draft.episode, draft.kind, draft.catalog
    about: int | None
    if episode is not None and kind is not DocumentKind.SEASON_REVIEW:
        about = latest_episode_named(draft.body, catalog, episode)
    elif kind is DocumentKind.SEASON_REVIEW and catalog is not None and catalog.episode_count:
        about = catalog.episode_count
    else:
        about = highest_episode_mentioned(draft.body)
        if episode is not None:
            about = max(about or 0, episode)
    draft.about_episode = about
