"""The anime a document is about: the front matter's, a catalog name in the title, or the
title with its episode, kind and score words taken out."""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from bot.ingest.detect.common import (
    CJK_LETTERS,
    MIN_EPISODE_TITLE,
    OPENING_LINES,
    ORDINAL_TEXT,
    SECTION_NUMBER,
    STREAMING_SERVICES,
    is_headline_line,
    opening_lines,
    romanised_japanese,
    romanised_title,
    unframed,
    wiki_episode_lead,
)
from bot.ingest.detect.episode import (
    EPISODE_MARKER_TEXT,
    PROGRAMME_WORDS,
    REVIEWS_TAB,
    WORD_NUMBER_TEXT,
    full_review_heading,
    issue_number_said,
    names_a_season,
    numbers_another_thing,
)
from bot.ingest.detect.kind import KIND_WORDS
from bot.ingest.detect.score import TITLE_SCORE
from bot.ingest.errors import IngestError
from bot.ingest.normalise import SPACE_RUN
from bot.models import Catalog
from bot.text.linker import common_word, names_pattern, sentences_open_in_lowercase
from bot.text.mentions import has_word
from bot.text.names import fold

if TYPE_CHECKING:
    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = [
    "MAX_ANIME_NAME",
    "AnimeNames",
    "anime_from_title",
    "anime_names",
    "detect_anime",
    "match_anime",
    "name_in_pattern",
]

MAX_ANIME_NAME = 100  # an anime name is an autocomplete choice: 1-100 characters

_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]|\{\s*\}")
_NAME_EDGE = re.compile(r"^[\s\-–—:|,;·•/\\~*_+]+|[\s\-–—:|,;·•/\\~*_+]+$")
_EDGE_MARKS = frozenset("-–—:|,;·•/\\~*_+")  # what _NAME_EDGE takes off, with white space
_LEADING_PREPOSITION = re.compile(r"^(?:of|for|on|about)\s+", re.IGNORECASE)
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([:,;!?])")
_DANGLING_SEPARATORS = re.compile(r"\s+([\-–—:|])\s+(?:[\-–—:|]\s+)+")


def anime_from_title(title: str) -> str:
    """What is left of a title once its score, episode markers and kind words are removed."""
    name = TITLE_SCORE.sub(" ", title) if ("/" in title or "out" in title.lower()) else title
    name = EPISODE_MARKER_TEXT.sub(" ", name)
    name = KIND_WORDS.sub(" ", name)
    for _ in range(3):  # "( )" inside "[ ]" and so on
        stripped = _EMPTY_BRACKETS.sub(" ", name)
        if stripped == name:
            break
        name = stripped
    name = SPACE_RUN.sub(" ", name)
    name = _NAME_EDGE.sub("", name)
    name = _LEADING_PREPOSITION.sub("", name)
    # whatever separator is left dangling in the middle ("X – – Y") is squeezed
    name = _DANGLING_SEPARATORS.sub(r" \1 ", name)
    name = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", name)
    return name.strip()


# What stands between a site's name and a page's own title ("Anime Blog | <Name> Episode 3").
# Not a colon: anime titles have them ("Frieren: Beyond Journey's End", "Re:Zero").
_SEPARATOR = re.compile(r"\s+[|–—\-]\s+|\s+[·•]\s+")
# a lower-case word after "episode" that still makes it a marker: a number, what the text is
_EPISODE_NOUNS = r"reviews?|recaps?|discussion|thoughts|impressions|thread|guide|notes"
_MARKER_AFTER_NAME = re.compile(
    # a hyphen glued to the word before it closes the name's own styling ("Name -Subtitle-
    # Season 2"), it does not separate the name from its marker
    r"(?:(?:[,:–—|]|(?<!\S)-)\s*)?\s[\[(]?(?<!\w)(?:season\s+\d{1,2}|s\d{1,2}\s?e\d{1,4}"
    # "Episode 3", "Episode Three", "episode three", "episode review"; not a verb after it
    # ("Why this week's episode made me cry" names no anime "Why this week's")
    r"|episodes?\s+#?(?!(?-i:[a-z]+)\b)\w+|episodes?\s+(?:"
    + WORD_NUMBER_TEXT
    + r"|"
    + _EPISODE_NOUNS
    + r")\b"
    r"|eps?\.\s*#?\d{1,4}|ep\s*#?\d{1,4}|e\d{1,4}|#\d{1,4}"
    # "第3話", or its number in kanji ("第十話"): not a part of the name before it
    r"|第\s*(?:\d{1,4}|[一二三四五六七八九十百]{1,4})\s*[話话集回]"
    r"|\d{1,3}(?:st|nd|rd|th)\s+episode|\d{1,2}x\d{1,3}"
    r"|first[\s-]+(?:impressions?|look|thoughts)|(?:initial|early)[\s-]+impressions?"
    r"|final\s+(?:thoughts|impressions?|review)|recap"
    # the whole run, with what the text is ("<Name> — full series review", "complete season
    # thoughts", a notes app's "<Name> — season notes"), or after a separator alone ("<Name>
    # — whole season, ep by ep"): "full" is no name, nor a part of one ("<Episode's Title> —
    # full recap")
    r"|(?:(?:full|complete|whole|entire)\s+)?(?:anime|series|season)\s+"
    r"(?:review|recap|notes|thoughts)"
    r"|(?:full|complete|whole|entire)\s+(?:(?:series|season)\s+)?(?:review|recap|thoughts)"
    r"|(?:(?<=[:–—|]\s)|(?<=\s-\s))(?:full|complete|whole|entire)\s+(?:series|season)"
    r"|review|finale|premiere)\b",
    re.IGNORECASE,
)
# a season's or an episode's word in a non-English site's language, with its number, after a
# KNOWN name only ("<Known> Staffel 2 – Folge 1", "<Known> Temporada 3"): after a name the
# catalog does not know (a romanised "<Name> – Episodio 6") it marks no new anime
_FOREIGN_MARKER_AFTER_KNOWN = re.compile(
    r"(?:(?:[,:–—|]|(?<!\S)-)\s*)?\s[\[(]?"
    r"(?:staffel|temporada|stagione|saison|musim|folge|episodio)\s+\d{1,4}\b",
    re.IGNORECASE,
)
# a label saying what the text is, before the name ("Review: <Name>", "First Look – <Name>"),
# or in brackets as a forum's thread prefix does ("[Episode Review] <Name> – Episode 3",
# "[Episode Discussion]"); a tag naming no kind ("[Spoilers]", a list's "[club]") labels nothing
_LABEL = (
    r"first[\s-]+(?:impressions?|look|thoughts)|(?:initial|early)[\s-]+impressions?"
    r"|review|recap|season\s+review|series\s+review|final\s+thoughts|anime\s+review"
)
_MARKER_BEFORE_NAME = re.compile(
    r"^(?:(?:" + _LABEL + r")\s*[:\-–—|]"
    r"|\[\s*(?:episode\s+)?(?:" + _LABEL + r"|discussion)\s*\])\s*(?P<name>.+)$",
    re.IGNORECASE,
)
# "my review of episode twelve of <Known>": the opening says which anime it is about
_ABOUT_BEFORE_NAME = re.compile(
    r"\b(?:episode\s+\S+|review|recap|impressions|thoughts|premiere|finale)\s+of\s+(?:the\s+)?$"
)
_ABOUT_LOOKBACK = 40
_NAME_OK = re.compile(r"^[\w\"'“‘(\[]")
_MAX_NAME_WORDS = 8
# a light novel's long title ("I Was Reincarnated as … My Magical Ability – Episode 5 Review"):
# more words, written as a name, before an episode's number and a word for what the text is
_MAX_LONG_NAME_WORDS = 20
_BODY_PARAGRAPHS = 3
_BODY_CHARS = 2500
_FUZZY_TITLE = 86.0  # rapidfuzz ratio (0-100) for a window of the title to be a known name
_FUZZY_NAME = 88.0  # ... for a whole name (--anime, a clear pattern) to be a known one
_MIN_FUZZY_LENGTH = 6  # shorter names only match exactly
_MAX_RESPACED_WORDS = 4  # a name split into more words than this is no longer one ("Dan Da Dan")


def _body_opening(draft: Draft) -> str:
    """The text's first paragraphs, as far as a page says what it is about (_BODY_PARAGRAPHS,
    at most _BODY_CHARS): where the show a title leaves unclear is looked for."""
    return "\n\n".join(draft.paragraphs[:_BODY_PARAGRAPHS])[:_BODY_CHARS]


# a number's word before it in a name, and its sign: "No. 8", "#8"
_NUMBER_WORD = re.compile(r"(?<!\w)no\.\s?(?=\d)")
_NUMBER_SIGN = re.compile(r"(?<![\w#])#(?=\d)")
# Japanese's counter for a numbered thing, romanised after its number ("<Name> 8-gou", "8 go"):
# the English title's "No. 8"
_NUMBER_COUNTER = re.compile(r"(?<![\w.])(\d+)(?:-|\s)?g(?:ou|oh|o|ō)(?!\w)")


class AnimeNames:
    """Every name of every known anime (catalog titles and aliases, anime in the store, the
    part of a title before its colon), folded, with one pattern finding any of them."""

    def __init__(self, catalogs: Sequence[Catalog], known: Sequence[str]) -> None:
        self.catalogs = {c.title: c for c in catalogs}
        self.by_name: dict[str, str] = {}
        for catalog in catalogs:
            for name in (catalog.title, *catalog.aliases):
                self._add(name, catalog.title)
        for title in known:
            self._add(title, title)
        for name, title in list(self.by_name.items()):  # "Frieren" of "Frieren: Beyond…"
            head = name.split(":", 1)[0].strip()
            if head != name and len(head) >= _MIN_FUZZY_LENGTH:
                self.by_name.setdefault(head, title)
            # "Some Long Name" of "The Some Long Name": a page drops the article, and a
            # misspelling of the rest ("Some Long Nam") is then one or two edits, not five
            rest = name[4:] if name.startswith("the ") else ""
            if len(rest.split()) >= 2 and len(rest) >= _MIN_FUZZY_LENGTH:
                self.by_name.setdefault(rest, title)
        self.pattern = names_pattern(self.by_name)
        self.long_names = [n for n in self.by_name if len(n) >= _MIN_FUZZY_LENGTH]
        self._episode_titles: dict[str, str] | None = None
        self._glued: dict[str, str] | None = None

    def _add(self, name: str, title: str) -> None:
        key = fold(name)
        if key:
            self.by_name.setdefault(key, title)
            # "A x B" is written with a multiplication sign in its official styling ("A×B",
            # "A × B"), and the other way round
            if " x " in key:
                self.by_name.setdefault(key.replace(" x ", "×"), title)
                self.by_name.setdefault(key.replace(" x ", " × "), title)
            elif "×" in key:
                spaced = " ".join(key.replace("×", " × ").split())
                self.by_name.setdefault(spaced, title)
                self.by_name.setdefault(spaced.replace(" × ", " x "), title)
            # "Name No. 8" is written with the number sign ("Name #8") or without the word's
            # full stop ("Name No 8", as chat types it), and the other way round
            if "no. " in key or "#" in key:
                for variant in (
                    _NUMBER_WORD.sub("#", key),
                    _NUMBER_WORD.sub("no ", key),
                    _NUMBER_SIGN.sub("no. ", key),
                    _NUMBER_SIGN.sub("no ", key),
                ):
                    if variant != key:
                        self.by_name.setdefault(variant, title)

    def exact_in(self, text: str) -> list[tuple[str, str, int]]:
        """(title, name as written, position) of each known name in `text`."""
        return self.exact_in_folded(fold(text))

    def exact_in_folded(self, folded: str) -> list[tuple[str, str, int]]:
        """:meth:`exact_in` of a text already folded (`folded`: its fold())."""
        if self.pattern is None:
            return []
        return [
            (title, m.group(0), m.start())
            for m in self.pattern.finditer(folded)
            if (title := self.title_of(m.group(0))) is not None
        ]

    def title_of(self, matched: str) -> str | None:
        """The known anime a match of :attr:`pattern` in a folded text names (`matched`, as
        written there: its white space runs collapsed first), or None."""
        return self.by_name.get(" ".join(matched.split()))

    def fuzzy_in(self, text: str) -> tuple[str, str, float] | None:
        """(title, words of `text`, similarity) of the known name a run of words of `text`
        is most like ("Metalic Rouge", "Freiren: Beyond Journey's End"), if any is close."""
        words = fold(text).split()
        best: tuple[str, str, float] | None = None
        for name in self.long_names:
            size = len(name.split())
            for width in {max(1, size - 1), size, size + 1}:
                for start in range(0, max(1, len(words) - width + 1)):
                    window = " ".join(words[start : start + width])
                    similarity = fuzz.ratio(window, name, score_cutoff=_FUZZY_TITLE)
                    if similarity and (best is None or similarity > best[2]):
                        best = (self.by_name[name], window, similarity)
        return best

    def match(self, name: str) -> str | None:
        """The known anime `name` names exactly or nearly ("Frieren", "Metalic Rouge")."""
        key = fold(name)
        if key in self.by_name:
            return self.by_name[key]
        if "g" in key and (counted := _NUMBER_COUNTER.sub(r"no. \1", key)) != key:
            # "<Romaji> 8-gou": the fans' romanised name of the show titled "<Name> No. 8"
            # (its long vowels doubled: nearly the same name, which the ratio finds)
            key = counted
            if key in self.by_name:
                return self.by_name[key]
        found = process.extractOne(
            key, self.long_names, scorer=fuzz.ratio, score_cutoff=_FUZZY_NAME
        )
        if found is not None:
            return self.by_name[found[0]]
        found = process.extractOne(
            key, self.long_names, scorer=fuzz.token_set_ratio, score_cutoff=95
        )
        if found is not None and len(key) >= _MIN_FUZZY_LENGTH:
            return self.by_name[found[0]]
        if len(key) >= _MIN_FUZZY_LENGTH:
            # "Freiren" for "Frieren": two letters swapped, a typo's commonest kind, which the
            # ratio counts as two edits (too far for a short name)
            for known in self.long_names:
                if len(known) == len(key) and _swapped(key, known):
                    return self.by_name[known]
        return None

    def in_address(self, url: str) -> tuple[str, str] | None:
        """(title, part of the address) of the one known anime the page's address `url`
        names: its host's or its path's words ("/some-show-episode-3-review", "some-show.
        example"), or a part that is a name written without its spaces (a community named
        after the show: "/r/SomeShow/"). None when it names none, or more than one."""
        if "://" not in url[:12]:
            return None
        address = url.split("://", 1)[1].split("?", 1)[0].split("#", 1)[0]
        return self.in_slugs(address.split("/"))

    def in_slugs(self, parts: Sequence[str]) -> tuple[str, str] | None:
        """(title, part) of the one known anime these parts of an address or of a channel's
        name name, their words joined by hyphens or glued ("some-show", "SomeShow"), or
        written out. None when they name none, or more than one."""
        glued = self._glued_names()
        found: dict[str, str] = {}
        for part in parts:
            words = _ADDRESS_SEPARATORS.sub(" ", part)
            for title, _, _ in self.exact_in(words):
                found.setdefault(title, part)
            for word in words.split():
                named = glued.get(_NOT_ALPHANUMERIC.sub("", fold(word)))  # ("#someshow")
                if named is not None:
                    found.setdefault(named, part)
        return next(iter(found.items())) if len(found) == 1 else None

    def _glued_names(self) -> dict[str, str]:
        """Each name of _MIN_FUZZY_LENGTH letters and digits or more, without its spaces
        and marks ("some show!" as "someshow"), to the known anime's title."""
        glued = self._glued
        if glued is None:
            glued = self._glued = {
                key: title
                for name, title in self.by_name.items()
                if len(key := _NOT_ALPHANUMERIC.sub("", name)) >= _MIN_FUZZY_LENGTH
            }
        return glued

    def respaced_in(self, text: str) -> tuple[str, str] | None:
        """(title, words of `text`) of the first known name `text` writes with its letters
        split into other words, or glued where the name has a space or a mark: "Dan Da Dan"
        or "Dan-Da-Dan" for "Dandadan", "SomeShow" for "Some Show". A run of
        _MAX_RESPACED_WORDS words at most, glued whole, is the name glued."""
        glued = self._glued_names()
        words = [_NOT_ALPHANUMERIC.sub("", word) for word in fold(text).split()]
        for start in range(len(words)):
            key = ""
            for end in range(start, min(len(words), start + _MAX_RESPACED_WORDS)):
                key += words[end]
                named = glued.get(key)
                if named is not None:
                    return named, " ".join(text.split()[start : end + 1])
        return None

    def episode_titled(self, name: str) -> str | None:
        """The catalog anime one of whose episodes is titled `name` (a headline's "<Episode's
        Title> — full recap" names its episode, not a new anime), if any."""
        titles = self._episode_titles
        if titles is None:
            titles = self._episode_titles = {
                fold(episode.title): catalog.title
                for catalog in self.catalogs.values()
                for episode in catalog.episodes
                if episode.title and len(episode.title) >= MIN_EPISODE_TITLE
            }
        return titles.get(fold(name)) if titles else None

    def episode_titled_in(self, title: str) -> str | None:
        """The catalog anime one of whose episodes a part of `title` (between its separators)
        is titled: "<Episode's Title> — a grade for the premiere" names its episode, and the
        words after it are no anime's name."""
        if not self.catalogs:
            return None
        for part in _SEPARATOR.split(title):
            found = self.episode_titled(_unquoted(_trim_name(part.strip())))
            if found is not None:
                return found
        return None


_NOT_ALPHANUMERIC = re.compile(r"[\W_]+")
_ADDRESS_SEPARATORS = re.compile(r"[-_+.,~%]+")


def _swapped(a: str, b: str) -> bool:
    """Are `a` and `b` (of one length) the same but for two adjacent letters swapped?"""
    first = next((i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y), -1)
    return (
        0 <= first < len(a) - 1
        and a[first] == b[first + 1]
        and a[first + 1] == b[first]
        and a[first].isalpha()
        and a[first + 1].isalpha()
        and a[first + 2 :] == b[first + 2 :]
    )


_NAMES_CACHE: OrderedDict[tuple[tuple[int, ...], tuple[str, ...]], AnimeNames] = OrderedDict()


def anime_names(catalogs: Sequence[Catalog], known: Sequence[str]) -> AnimeNames:
    """The (cached) names of these catalogs and known anime."""
    key = (tuple(map(id, catalogs)), tuple(known))
    names = _NAMES_CACHE.get(key)
    if names is None:
        names = _NAMES_CACHE[key] = AnimeNames(catalogs, known)
        if len(_NAMES_CACHE) > 8:
            _NAMES_CACHE.popitem(last=False)
    return names


def match_anime(name: str, catalogs: Sequence[Catalog], known: Sequence[str]) -> str:
    """`ingest --anime NAME`: the known anime it names (fuzzily), else NAME as a new anime."""
    found = anime_names(catalogs, known).match(name)
    return found if found is not None else " ".join(name.split())


def name_in_pattern(title: str, opening: str = "") -> str | None:
    """The new anime's name a title gives in a clear pattern: "<Name> Episode 3 Review",
    "<Name> Season 1 Review", "First Impressions: <Name>". None without one.

    A colon may belong to the name ("Frieren: Beyond Journey's End") or end a column's name
    ("This Week in Fantasy: Dandadan"); the text before it is kept when the document's
    `opening` paragraphs say it too, and dropped otherwise."""
    title = title.strip()
    tag = _SUBJECT_TAG.match(title) if title[:1] == "[" or ":" in title[:5] else None
    if tag is not None and tag.end() > 0:
        # a mailing list's "[list-name]" or a release group's "[Group]": not the name
        rest = title[tag.end() :]
        release = _RELEASE.match(rest)
        found = name_in_pattern(
            f"{release.group('name')} episode {release.group('n')}" if release else rest, opening
        )
        if found is not None:
            return found
    before = _MARKER_BEFORE_NAME.match(title)
    reach = _REACH_BEFORE_NAME.match(title) if before is None else None
    if reach is None and before is None and " episode of " in title.casefold():
        # "The Fourth Episode of <Name> Is Its Best": which episode, then the show, then a
        # sentence about it, as after how far its writer has watched
        reach = _EPISODE_OF_NAME.match(title)
    if reach is not None:
        # "Three Episodes In: <Name> Knows …": how far its writer has watched, then the show
        # and a sentence about it; not a show named "Three"
        rest = title[reach.end() :]
        found = _name_after_reach(rest, opening)
        if found is None and rest[:4] == "The " and reach.re is _EPISODE_OF_NAME:
            # "… Episode of The <Rest of the Name> Is …": "The" alone is no name, but it opens
            # one the opening writes whole
            inner = _name_after_reach(rest[4:], opening)
            found = f"The {inner}" if inner and _said_as_words(f"The {inner}", opening) else None
        if found is None:
            return name_in_pattern(rest, opening) if rest else None
        name = found
    elif before is not None:
        name = _SEPARATOR.split(before.group("name"))[0]
        # "Review: <Name> #5 Puts It All on One Jump": the name ends at its episode marker
        marker = _marker_after_name(name)
        if marker is not None and marker.start() > 0:
            name = name[: marker.start()]
    else:
        by_handle = _reviewed_by_handle(title, opening)
        if by_handle is not None:
            return by_handle
        of_label = _name_after_label_of(title, opening)
        if of_label is not None:
            return of_label
        marker = _marker_after_name(title) or REVIEWS_TAB.search(title)
        if marker is None or marker.start() == 0:
            return None
        programme = _programme_number_end(title, marker)
        if programme is not None:
            # "Rewatch Club #14 — <Name> Season 1 Review": the "#N" numbers a newsletter's
            # or a programme's issue; the name is the one the rest gives with its own marker
            found = name_in_pattern(title[programme:], opening)
            if found is not None:
                return found
        section = _section_label_end(title, marker)
        if section is not None:
            # "TV Review · <Name> Episode 3 Review": a site's section label above the
            # headline, its kind word closed by a separator; the name is the rest's
            found = name_in_pattern(title[section:], opening)
            if found is not None:
                return found
        parts = _SEPARATOR.split(title[: marker.start()])
        # "<Name> – 06 [Review]": a bare episode number is not the name; nor is a later
        # season's, part's or cour's label standing apart ("<Name> — 2nd cour, episode 2",
        # "<Name> | S2 Episode 4"), which numbers the show before it
        name = next(
            (p for p in reversed(parts) if any(c.isalpha() for c in p) and not _season_alone(p)),
            parts[-1],
        )
        if _LATIN_LETTER.search(name) is None and _CJK_SCRIPT.search(name) is not None:
            # "<kanji> 第2話 / <English Name> Episode 2 Review": the headline in both scripts,
            # each with its marker; the name in Latin letters is the one the store uses
            latin = _latin_twin(title[marker.end() :], opening)
            if latin is not None:
                return latin
        if len(parts) > 1 and name is not parts[0]:
            name = _with_short_name_before(parts, name, opening)
    name = _colon_part(name, opening)
    name = _REVIEW_OF.sub("", name)
    name = _trim_name(SPACE_RUN.sub(" ", name))
    unseasoned = _without_season_words(name)
    if unseasoned is not name:
        name = _trim_name(unseasoned)
    if name[-4:].casefold() == " arc":
        name = _without_arc_name(name, opening)
    name = _without_other_title(name, opening)
    name = _LEADING_SYMBOLS.sub("", name)  # "🧵 Name Episode 10 review thread"
    name = _unquoted(name)  # a headline's "'Name' Episode 1 Recap": the name is not quoted
    # "<Name>'s Season 2 finale crowns …": the possessive ties the name to its marker, and
    # is no part of it (a show's name does not end in one); nor are the words in lower case
    # between them, which say what kind of episode it is ("<Name>'s 82-minute premiere",
    # "<Name>'s long-awaited finale"), where a name's own go on in capitals ("<Name>'s Bizarre
    # Adventure Episode 3")
    name = _POSSESSIVE_END.sub("", name)
    if "s " in name:
        described = _POSSESSIVE_DESCRIBED.search(name) or _POSSESSIVE_ORDINAL.search(name)
        if described is not None:
            name = name[: described.start()]
    if not name or not _NAME_OK.match(name) or not has_word(name):
        return None
    if name[0] in "[(" and _CLOSING[name[0]] not in name:
        # "[Weekly" of "[Weekly Review] <Name> – Episode 3": a tag cut at its kind word, its
        # bracket never closed, is no name ("[Oshi no Ko]" closes its own)
        return None
    if not name.isdigit() and not any(c.isalpha() for c in name):
        # a score or a count ("8.71 ★", "4/5"), not a name: a name has letters, or is a
        # bare number ("86")
        return None
    if len(name) > MAX_ANIME_NAME:
        return None
    if len(name.split()) > _MAX_NAME_WORDS and not _long_name(name, title, before is not None):
        if before is None:
            return None
        # "First Impressions: <Name> Made Me Care About …": after the label, the name and a
        # headline's words about it, all in title case; the name is the longest run of its
        # first words the opening says too (a colon may be the name's own, as in a sentence)
        found = _name_after_reach(name, opening, _SENTENCE_CLAUSE_BREAK)
        if found is None or len(found.split()) > _MAX_NAME_WORDS:
            return None
        name = found
    if EPISODE_MARKER_TEXT.fullmatch(name) or KIND_WORDS.fullmatch(name) or _season_alone(name):
        return None
    if _TIME_OF_YEAR.fullmatch(name) or _SEASONAL_LINE_UP.fullmatch(name):
        # "Fall 2024 season thoughts", "Winter season review": a roundup's season of the year,
        # which no show is named; nor is the season's line-up ("Fall 2024 Anime — First
        # Impressions Megathread"), whose thread each post is about a show of
        return None
    if _OPENS_WITH_EPISODE.match(name) is not None:
        # "Episode 3 finally made me care about <character> [Review]": a headline's sentence
        # about an episode, not a show's name
        return None
    if name.rsplit(None, 1)[-1].casefold() in _DETERMINERS:
        # "my full review (ep 13)", "a grade for the premiere": the words before the marker
        # end in one that points at it, and are no name
        return None
    return name


_CLOSING = {"[": "]", "(": ")"}  # the bracket that closes each opening one
# what the text is, then "of" or "on" and the show ("First impressions of <Name>", "My review
# of <Name> Episode 3", "Final thoughts on <Name>"), opening a title or after its headline's
# words, set apart by a colon or a dash ("<A pun>: first impressions of <Name>")
_LABEL_OF_NAME = re.compile(
    r"(?:(?:my|our|a|an)\s+)?(?:" + _LABEL + r"|impressions|thoughts)\s+(?:of|on)\s+(?=\S)",
    re.IGNORECASE,
)
_HEADLINE_BREAK = re.compile(r":\s+|\s+[|–—\-]\s+")


def _with_short_name_before(parts: Sequence[str], name: str, opening: str) -> str:
    """`name`, or "<Head> - <name>" when the part before it in the headline is what the
    opening calls the show and `name` is said nowhere in it: a show's short name, then its
    subtitle after a dash ("Re:Name - A Long Subtitle Season 2 Episode 3 Review"). A site's
    or a column's name before the show's is not how the text names the show it reviews."""
    at = parts.index(name)
    head = parts[at - 1].strip()
    if not any(c.isalpha() for c in head) or not name.strip()[:1].isupper():
        return name  # an issue's number before the name; words, not a subtitle, after it
    if any(w.casefold().strip(".,!?'’") in _COLUMN_WORDS for w in head.split()):
        return name
    folded = fold(opening)
    if not _said_as_words(fold(head), folded):
        return name
    if _said_as_words(fold(_trim_name(_without_season_words(name))), folded):
        return name
    if _called_a_column(fold(head), folded):
        return name  # "<Head> is our weekly column on …": the column's name, not the show's
    return f"{head} - {name}"


# what the opening calls a column's name right after it ("<Head> is our weekly column on
# assassin anime", "<Head> is a feature where …"): a column, a newsletter, a podcast, never a
# show ("<Head> is a series about …" may be the show itself, so no "series" nor "show")
_CALLED_A_COLUMN = re.compile(
    r"\s+(?:is|was)\s+(?:our|my|a|an|the|this\s+blog['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:column|newsletter|podcast|feature|segment|corner|blog|vlog|zine)\b"
)


def _called_a_column(head: str, folded: str) -> bool:
    """Does the `folded` opening call `head` (folded) a column, a newsletter or a podcast
    right after saying it ("<Head> is our weekly column on …")?"""
    return any(_CALLED_A_COLUMN.match(folded, end) for _, end in _word_spans(head, folded))


def _name_after_label_of(title: str, opening: str) -> str | None:
    """The show a title names after saying what the text is of ("First impressions of <Name>",
    "<A pun>: first impressions of <Name>", "<A pun> — my review of <Name> Episode 3"): the
    rest of its clause, written as a name, up to its own episode's marker. The headline's
    words before the label are no name when the `opening` never says them (a pun, a
    newsletter's subject line); a show's name the opening says there keeps the title its
    own ("<Name> — first impressions of <Character>"). None without that pattern, or when
    what follows names no show ("first thoughts on the premiere", "review of Episode 3",
    "… of Season 2")."""
    labelled = _LABEL_OF_NAME.match(title)
    if labelled is None:
        folded = ""
        for head_end in _HEADLINE_BREAK.finditer(title):
            labelled = _LABEL_OF_NAME.match(title, head_end.end())
            if labelled is not None:
                head = title[: head_end.start()]
                folded = folded or fold(opening)
                if _marker_after_name(head) is not None or _said_as_words(fold(head), folded):
                    # the words before it are a pattern of their own ("<Name> Episode 3 —
                    # review of <Episode's Title>") or the show's name
                    return None
                break
        if labelled is None:
            return None
    rest = _SENTENCE_CLAUSE_BREAK.split(title[labelled.end() :], 1)[0]
    if "by" in rest.casefold().split():
        return None  # "Review of <Name> by <writer>": a user review's heading (_REVIEW_BY_HANDLE)
    marker = _marker_after_name(rest)
    if marker is not None:
        rest = rest[: marker.start()]
    name = _POSSESSIVE_END.sub("", _unquoted(_trim_name(_without_season_words(rest))))
    if not _written_as_a_name(name) or len(name.split()) > _MAX_NAME_WORDS:
        return None
    if _OPENS_WITH_EPISODE.match(name) or _season_alone(name) or KIND_WORDS.fullmatch(name):
        return None
    return name


# a user-review site's heading, "Review of <Name> by <handle>" ("A review of …" on the page):
# the name, with no marker after it, then the writer's handle, one word, perhaps set in bold as
# a copy in Markdown keeps it ("by **someone**")
_REVIEW_BY_HANDLE = re.compile(
    r"(?:an?\s+)?review\s+of\s+(?P<name>\S.{0,100}?)\s+by\s+(?P<mark>[*_]{0,3})@?[\w.-]{2,40}"
    r"(?P=mark)",
    re.IGNORECASE,
)


def _handle_heading_name(title: str, opening: str) -> str | None:
    """The name in a user review's heading "Review of <Name> by <handle>", when written as a
    name (no episode's marker, no kind word); else None. Whether the page says it again is
    for the caller to ask."""
    found = _REVIEW_BY_HANDLE.fullmatch(title)
    if found is None:
        return None
    name = _trim_name(_without_season_words(found.group("name")))
    name = _unquoted(_without_other_title(name, opening))
    if not _written_as_a_name(name) or len(name.split()) > _MAX_LONG_NAME_WORDS:
        return None
    if EPISODE_MARKER_TEXT.search(name) or KIND_WORDS.search(name):
        return None
    return name


def _reviewed_by_handle(title: str, opening: str) -> str | None:
    """The name in a user review's heading "Review of <Name> by <handle>", when written as a
    name and the `opening` says it again, written the same, in a sentence (a review names the
    show it reviews; "Review of Last Night's Stream by sam" names none). Else None."""
    name = _handle_heading_name(title, opening)
    return name if name is not None and _said_in_words(name, opening) else None


def _handle_heading_the_summary_names(draft: Draft) -> str | None:
    """The new anime a user review's heading "Review of <NAME> by <handle>" names when the
    page's summary (its description, the review's own one-line summary) opens with the clear
    pattern for the same show ("<Name> Season 1 Review: …"), whatever the case of either: a
    review database heads each review with the show's name as it styles it (often in
    capitals), the reviewer's summary writes it as a name, and the review's text may call the
    show by its lead's name alone and never say its own. The summary's writing, the
    reviewer's; None unless the two agree."""
    title = draft.title
    if " by " not in title or "eview" not in title:
        return None  # (cheap gate: the heading needs both)
    summary = draft.summary().strip()
    if not summary:
        return None
    opening = _body_opening(draft)
    name = _handle_heading_name(title, opening)
    if name is None:
        return None
    pattern = _pattern_opening_the_text(summary)
    if pattern is None or fold(pattern) != fold(name):
        return None
    draft.explain(
        "anime",
        f"{pattern!r}: a new anime, the user review's heading {title!r} names it and the "
        "page's summary opens with it in the clear pattern",
    )
    return pattern


_OPENS_WITH_EPISODE = re.compile(r"(?:episodes?|eps?\.?)\s*#?\d", re.IGNORECASE)


# a season's words after a name ("2nd Season", "Season 2 Part 2", "Cour 2", "S2", "The Final
# Season Part 2"): an anime in the store is the whole show, its episodes counted through its
# seasons
_SEASON_WORDS = re.compile(
    r"(?:(?:\s+-|[\s,:–—|(\[])+(?:(?:season|part|cour)\s+(?:\d{1,2}|one|two|three|four|five"
    r"|ii|iii|iv)|s\d{1,2}|(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth)"
    r"\s+(?:season|part|cour)|(?:the\s+)?final\s+season)[)\]]?)+$",
    re.IGNORECASE,
)

_SEASON_WORDS_CHARS = 48  # the most they take at a name's end ("Second Season Part Two")


def _without_season_words(name: str) -> str:
    """`name` without the season's words at its end, unless they are all it holds."""
    tail = name[-12:].casefold()
    if not ("season" in tail or "part" in tail or "cour" in tail or tail[-1:].isdigit()):
        return name  # cheaply: no season's words at its end
    found = _SEASON_WORDS.search(name, max(0, len(name) - _SEASON_WORDS_CHARS))
    return name[: found.start()] if found is not None and found.start() > 0 else name


def _without_arc_name(name: str, opening: str) -> str:
    """`name` ("<Show> <Arc's Name> Arc") without its story arc's name: the longest run of
    its first words, short of the arc's, that `opening` says on their own (not followed by
    the name's next word), as a season's words are no part of a show's name either. Else
    `name` as it is (a text never naming the show alone tells no show from its arc)."""
    words = name.split()
    if len(words) < 3 or not opening:
        return name
    folded = fold(opening)
    for count in range(len(words) - 2, 0, -1):
        head = _trim_name(" ".join(words[:count]))
        if not head or not _written_as_a_name(head) or fold(head) in _DETERMINERS:
            continue
        following = fold(words[count])
        for _, end in _word_spans(fold(head), folded):
            if not folded[end:].lstrip(" \t:-–—").startswith(following):
                return head
    return name


def _season_alone(part: str) -> bool:
    """Is `part` a season's words and nothing else ("2nd cour", "Part 2", "S2")? Then it
    names no show: a title's label of a later season, the name written before it or nowhere."""
    return _SEASON_WORDS.fullmatch(" " + part.strip()) is not None


# "Name (Its Title in Another Language)": another title of the same show, in brackets after the
# name, of words (not a year's "(2011)" nor a one-word "(TV)")
_OTHER_TITLE = re.compile(r"\s+[(\[][^()\[\]]*[^\W\d_][^()\[\]]*\s[^()\[\]]+[)\]]$")


# "Name (Netflix)", "Name [Crunchyroll, 2023]": where the show streams in brackets after the
# name, perhaps with its year, which is no part of the name
_WHERE_IT_STREAMS = re.compile(
    r"\s+[(\[](?:\d{4},?\s+)?(?:" + STREAMING_SERVICES + r")(?:,?\s+\d{4})?[)\]]$",
    re.IGNORECASE,
)


# a year alone in brackets after a name ("<Name> (2024)", "<Name> [2019]"): a remake's, as a
# headline or a site's series field tells it from the older show
_YEAR_IN_BRACKETS_TEXT = r"\s*[(\[](?:19|20)\d{2}[)\]]"
_YEAR_IN_BRACKETS = re.compile(_YEAR_IN_BRACKETS_TEXT)
_YEAR_IN_BRACKETS_END = re.compile(_YEAR_IN_BRACKETS_TEXT + "$")


_GLOSS_OPENS = "(["  # the brackets a writer glosses a name in: "<Name> (<Short>, as I call it)"
# what follows the short name in that bracket (folded): its close, a separator before another
# form of the name ("(<Short> - <Romaji>, …)", "(<Short> -<Romaji>- on …)", "[<Short> /
# <Other>]"), "for short"; or a comma then words saying it is the show's name
# (_GLOSSED_AS_A_NAME); not a comma listing other shows ("<Name> (<Short>, <Other Show>)")
_SHORT_GLOSSED = re.compile(r"\s*[)\]]|\s*[-–—/]|\s*for\s+short\b")
_GLOSS_REACH = 120  # characters after the short name looked at (_GLOSSED_AS_A_NAME's reach)
_NAME_WORD_ENDS = ",;!?"  # a word ending so ends a clause before a name, not a name's own word


def _full_name_glossed(draft: Draft, short: str) -> str | None:
    """The new anime's full name when the opening writes it right before a bracket that
    opens with the `short` name the title gives ("episode 8 of <Full Name> (<Short> - <Its
    Romaji>, I'm just going to call it <Short>)"): a community's post heads itself with its
    nickname for the show and glosses it once. The full name is the run of words before the
    bracket written as a name: capitals, digits and a title's small words, up to a word in
    lower case or an episode's marker, its leading numbers and small words dropped. Else
    None."""
    opening = "\n\n".join(_opening_lines(draft.paragraphs))
    for bracket in _GLOSS_OPENS:
        at = opening.find(bracket + short)
        while at > 0:
            end = at + 1 + len(short)
            after = fold(opening[end : end + _GLOSS_REACH])
            if after and (_SHORT_GLOSSED.match(after) or _GLOSSED_AS_A_NAME.match(after)):
                full = _name_before(opening[:at])
                if (
                    full is not None
                    and fold(full) != fold(short)
                    # "<Romaji> (<English Title>)": the show's two names in two languages,
                    # not a nickname glossed with the name it shortens; the title's stands
                    and not _original_beside_english(full, short)
                ):
                    draft.explain(
                        "anime", f"{full!r}: the opening glosses it as {short!r} (the title's)"
                    )
                    return full
            at = opening.find(bracket + short, at + 1)
    return None


# a franchise's name, a colon and the subtitle's article before a new anime's name the title
# gives ("Mobile Suit Gundam: The <Name>", "<Franchise>: <Name>"), ending the text before it
_FRANCHISE_COLON = re.compile(r":\s+(?:(?:the|a|an)\s+)?\Z", re.IGNORECASE)
_FRANCHISE_LOOK = 8  # characters before the name: ": The " and room to spare
# a season's or an episode's marker right after a show's name ("<Name> Season 2 Episode 3",
# "<Name> Ep 4", "<Name> S2"): the text naming the show it reviews, not a passing mention
_MARKER_RIGHT_AFTER = re.compile(
    r"\s+(?:season|episode|ep|eps|part|cour|s\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)\s+season)\b",
    re.IGNORECASE,
)


def _full_name_of_subtitle(draft: Draft, short: str) -> str | None:
    """The new anime's full name when the title gives only its subtitle and the opening writes
    it whole before an episode's or a season's marker ("a review of <Franchise>: The <Short>
    Season 2 Episode 3" under the subject line "<Short> S2 Ep 3"): a franchise's entry, which
    a newsletter's subject or a headline shortens to the part after the franchise's colon.
    The franchise is the run of words before the colon written as a name (_name_before),
    after a word in lower case in its line ("review of", "about"): the sentence's running
    text. Words opening their line, or after a number or another label, before a colon label
    what follows ("Title: <Short> Episode 3 Review", a draft's; "Rating: 7/10 Related:
    <Short> Episode 2", a page's links; "Verdict: <Short> Episode 3 is …"). Else None."""
    opening = "\n\n".join(_opening_lines(draft.paragraphs))
    at = opening.find(short)
    while at > 0:
        colon = _FRANCHISE_COLON.search(opening, max(0, at - _FRANCHISE_LOOK), at)
        if colon is not None and _MARKER_RIGHT_AFTER.match(opening, at + len(short)):
            head = _name_before(opening[: colon.start()])
            line = opening[opening.rfind("\n", 0, colon.start()) + 1 : colon.start()].rstrip()
            before = line[: -len(head)].split()[-1:] if head and line.endswith(head) else []
            if (
                head is not None
                and before
                and before[0].isalpha()
                and before[0].islower()
                and not any(mark in head for mark in ".:)")
            ):
                full = " ".join(f"{head}{opening[colon.start() : at]}{short}".split())
                draft.explain(
                    "anime", f"{full!r}: the opening names the show whole, the title its subtitle"
                )
                return full
        at = opening.find(short, at + 1)
    return None


def _name_before(text: str) -> str | None:
    """The run of words closing `text` written as a show's name (see _full_name_glossed), up
    to a line above in capitals: a letter's section heading ("MAIN REVIEW") over the line
    the name opens is no part of it, where a name wrapped onto the next line goes on."""
    lines = text.rstrip().split("\n")[-_MAX_NAME_WORDS * 2 :]
    kept = len(lines) - 1
    while kept > 0 and not lines[kept - 1].isupper():
        kept -= 1
    words = " ".join(lines[kept:]).split()[-_MAX_NAME_WORDS * 2 :]
    run: list[str] = []
    for word in reversed(words):
        if run and word[-1:] in _NAME_WORD_ENDS:
            break
        if not (word[:1].isupper() or word[:1].isdigit() or word in _NAME_SMALL_WORDS):
            break
        run.insert(0, word)
    name = " ".join(run)
    marker = EPISODE_MARKER_TEXT.search(name)
    if marker is not None:
        name = name[marker.end() :]  # "Episode 8 of <Name>": the name after its marker
    words = name.split()
    while words and (words[0] in _NAME_SMALL_WORDS or words[0].isdigit()):
        words.pop(0)  # "(episode) 8 of <Name>": a number and small words opening no name
    name = " ".join(words)
    if not name or len(words) > _MAX_NAME_WORDS or not _written_as_a_name(name):
        return None
    return name


def _as_the_text_calls_it(draft: Draft, name: str) -> str:
    """A new anime's `name` without a year in brackets at its end ("<Name> (2024)", a
    remake's, as a headline or a site's series field writes it) when the text calls the show
    by the rest alone ("<Name> streams weekly on …"): the name its writer uses, as a season's
    words are no part of it either. Else `name` as it is (a text that always writes the year,
    or never names the show, keeps it)."""
    if name[-1:] not in ")]":
        return name  # cheaply: no year in brackets at its end
    year = _YEAR_IN_BRACKETS_END.search(name)
    if year is None or not has_word(name[: year.start()]):
        return name
    head = name[: year.start()]
    folded = fold("\n\n".join(draft.paragraphs))
    for _, end in _word_spans(fold(head), folded):
        if _YEAR_IN_BRACKETS.match(folded, end) is None:
            draft.explain(
                "anime", f"{head!r}: the text calls {name!r} so, without the year in brackets"
            )
            return head
    return name


def _without_other_title(name: str, opening: str = "") -> str:
    """`name` without another title of the show, or where it streams, in brackets at its end;
    or that other title alone when the `opening` says it and not the first ("<Romaji>
    (<English>) - Reviews" over a text that calls the show by its English name: the name the
    review uses)."""
    if name[-1:] not in ")]":
        return name
    if not name.isascii() and (in_script := _in_other_script(name)) is not None:
        return in_script
    # (where it streams first: "(Netflix, 2023)" reads as another title too)
    streams = _WHERE_IT_STREAMS.search(name)
    if streams is not None:
        return name[: streams.start()] if has_word(name[: streams.start()]) else name
    found = _OTHER_TITLE.search(name)
    if found is None or not has_word(name[: found.start()]):
        return name
    head = name[: found.start()]
    if opening:
        other = found.group(0).strip()[1:-1].strip()
        folded = fold(opening)
        if _said_as_words(fold(other), folded) and not _said_as_words(fold(head), folded):
            return other
    return head


# a name and its other title in brackets after it, one of them in Japanese, Chinese or Korean
# script (kana, kanji, hangul) only
_SCRIPT_PAIR = re.compile(r"(?P<head>[^()\[\]]+?)\s*[(\[](?P<other>[^()\[\]]+)[)\]]$")
_CJK_SCRIPT = re.compile(f"[{CJK_LETTERS}\uff66-\uff9f]")  # (halfwidth katakana too)
_LATIN_LETTER = re.compile(r"[A-Za-z]")


_TWIN_SEPARATOR = re.compile(r"\s[/|\uff0f\uff5c]\s")


def _latin_twin(rest: str, opening: str) -> str | None:
    """The name in Latin letters a headline gives after a separator ("/", "|") in `rest`,
    the headline's part past its name in Japanese (Chinese, Korean) script and its marker,
    in a clear pattern of its own; None when it gives none."""
    found = _TWIN_SEPARATOR.search(rest)
    if found is None:
        return None
    name = name_in_pattern(rest[found.end() :], opening)
    if name is None or _CJK_SCRIPT.search(name) is not None or not _LATIN_LETTER.search(name):
        return None
    return name


def _in_other_script(name: str) -> str | None:
    """The name in Latin letters of a `name` written with its title in Japanese (Chinese,
    Korean) script beside it in brackets, either way round ("GACHIAKUTA (<katakana>)",
    "<kanji> (The English Title)"): the name an English-language store and its readers use.
    None when `name` is no such pair."""
    pair = _SCRIPT_PAIR.fullmatch(name)
    if pair is None:
        return None
    head, other = pair.group("head").strip(), pair.group("other").strip()
    for latin, script in ((head, other), (other, head)):
        if (
            _LATIN_LETTER.search(latin) is not None
            and _CJK_SCRIPT.search(latin) is None
            and _CJK_SCRIPT.search(script) is not None
            and _LATIN_LETTER.search(script) is None
        ):
            return latin
    return None


# a name's own styling: "Name -Subtitle-", "Name ~Subtitle~" (a hyphen or tilde that opens
# after a space and closes before one)
_STYLE_OPENS = re.compile(r"(?<=\s)[-~](?=\w)")
_STYLE_CLOSES = re.compile(r"(?<=\w)[-~](?=\s|$)")


def _trim_name(name: str) -> str:
    """`name` without separators and stray marks at its ends, but with the hyphen or tilde
    that closes its own styling ("Re:Name -Starting Over-")."""
    if not name:
        return name
    first, last = name[0], name[-1]
    clean = first not in _EDGE_MARKS and last not in _EDGE_MARKS
    if clean and not (first.isspace() or last.isspace()):
        return name
    trimmed = _NAME_EDGE.sub("", name)
    if not trimmed or trimmed == name:
        return trimmed
    end = name.find(trimmed) + len(trimmed)
    closing = name[end : end + 1]
    if (closing == "-" or closing == "~") and len(_STYLE_OPENS.findall(trimmed)) > len(
        _STYLE_CLOSES.findall(trimmed)
    ):
        return trimmed + closing
    return trimmed


# after a long name: its season's words perhaps ("Season 2", "2nd Season,"), an episode's number
_NUMBERED = re.compile(
    r"(?:(?:(?:season|part|cour)\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s+(?:season|part|cour))"
    r"[\s,:\-–—|)\]]+)*(?:episode|ep\.?)\s*#?\d{1,4}\b",
    re.IGNORECASE,
)
# ...then perhaps more, then what it is: a review, or a community's thread for the episode
# ("<Long Name> Season 2 - Episode 4 Discussion", as a forum's bot or its members title it)
_REVIEW_AFTER_NUMBER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:review|recap|impressions|thoughts|discussion)\b", re.IGNORECASE
)


def _long_name(name: str, title: str, labelled: bool) -> bool:
    """Is `name`, of more than _MAX_NAME_WORDS words, a long title written as a name (every
    word capitalised but the small ones a title keeps lower-case), right before the clear
    "Episode N Review" in `title` (or "Episode N" in a title `labelled` with what it is first,
    "Review: <Name> Episode N")? A sentence ("Why I Think…") has no such marker after it."""
    if len(name.split()) > _MAX_LONG_NAME_WORDS or not name[:1].isupper():
        return False
    if _lower_case_word(name):
        return False
    at = title.find(name)
    if at < 0:
        return False
    rest = title[at + len(name) :].lstrip(" -–—:|,([")
    numbered = _NUMBERED.match(rest)
    if numbered is None:
        # "<Long Name> Season 2 – First Impressions": its season, then what the page is
        season = _SEASON_LABEL.match(rest) if rest[:1] in "SsPpCc0123456789" else None
        return season is not None and KIND_WORDS.match(rest, season.end()) is not None
    return labelled or _REVIEW_AFTER_NUMBER.match(rest, numbered.end()) is not None


# a later season's label after a long name, then the separator before what the page is
_SEASON_LABEL = re.compile(
    r"(?:(?:season|part|cour)\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s+(?:season|part|cour))"
    r"(?:\s*[:\-–—|]\s*|\s+)",
    re.IGNORECASE,
)


# a word that only points at what follows ("my full review", "this finale", "our recap")
_DETERMINERS = frozenset(
    ("my", "our", "your", "his", "her", "their", "its", "this", "that", "the", "a", "an")
)


# a quotation's opening marks and the marks that close each
_QUOTES = {'"': '"', "'": "'", "“": "”", "‘": "’", "«": "»", "„": "“", "「": "」", "『": "』"}


def _unquoted(name: str) -> str:
    """`name` without the quotation marks around it all ("'Name'", "“Name”"), as a news
    headline writes a work's title; a name with a quote of its own inside stays whole."""
    close = _QUOTES.get(name[:1])
    if close is None or len(name) < 3 or name[-1] != close:
        return name
    inner = name[1:-1]
    if name[0] in inner or close in inner.replace("'s ", "").replace("’s ", ""):
        return name  # "'Name' and 'Other'": two quotations, not one around it all
    return inner.strip()


# a headline opening with how far its writer has watched ("Three Episodes In:", "five
# episodes into"), the show's name after it
_REACH_BEFORE_NAME = re.compile(
    r"(?:after\s+)?(?:\d{1,2}|" + WORD_NUMBER_TEXT + r")\s+episodes\s+(?:in\s*[:,;–—-]|into\b)\s*",
    re.IGNORECASE,
)
# a headline opening with which episode it is of the show ("The Fourth Episode of <Name>")
_EPISODE_OF_NAME = re.compile(
    r"(?:the\s+)?(?:" + ORDINAL_TEXT + r"|\d{1,3}(?:st|nd|rd|th)|latest|final|last)"
    r"\s+episode\s+of\s+",
    re.IGNORECASE,
)
# a name set apart after it: in emphasis ("*Name* Knows …", "**Name**") or in quotes
_SET_APART = re.compile(
    r"(?P<mark>\*{1,2}|_{1,2}|[\"“‘'])(?P<name>[^*_\"“”‘’\n]{1,100}?)"
    r"(?P<close>\*{1,2}|_{1,2}|[\"”’'])(?!\w)"
)
# where the clause holding the name ends ("<Name>, and …", "<Name>: …", "<Name> (…)"); in a
# sentence, a colon may be the name's own ("<Name>: <Subtitle>!"), and only the rest ends it
_SENTENCE_BREAK = r"[,;(\[|–—]|\s-\s"
_CLAUSE_BREAK = re.compile(_SENTENCE_BREAK + r"|:\s")
_SENTENCE_CLAUSE_BREAK = re.compile(_SENTENCE_BREAK)
# one word the opening says that is no name on its own ("I", "This", "My")
_NOT_A_NAME_ALONE = _DETERMINERS | frozenset(("i", "we", "you", "it", "he", "she", "they"))


def _name_after_reach(
    rest: str, opening: str, breaks: re.Pattern[str] = _CLAUSE_BREAK
) -> str | None:
    """The show's name at the start of `rest`, the words after a headline's "Three Episodes
    In:": the name set apart in emphasis or quotes, else the longest run of its first words
    (up to the clause's first of `breaks`), written as a name, that the `opening` says too,
    as written first ("<Name> Is Pure Noise" over "<Name> is …"), else in any case ("<name>!
    and I have thoughts"). None when the opening says none: the words after the name are a
    sentence about it. A run a name cannot end as (_name_ending) is none."""
    apart = _SET_APART.match(rest)
    if apart is not None and _QUOTES.get(apart.group("mark")[0], apart.group("mark")) == (
        apart.group("close")
    ):
        return apart.group("name").strip()
    if not (rest[:1].isupper() or rest[:1].isdigit()):
        return None
    words = breaks.split(rest, 1)[0].split()[:_MAX_NAME_WORDS]
    runs = [" ".join(words[:end]) for end in range(len(words), 0, -1)]
    runs = [run for run in runs if not _lower_case_word(run) and _name_ending(run)]
    if runs and fold(runs[-1]) in _NOT_A_NAME_ALONE:
        return None  # "I Am Not Okay": a sentence, whatever the opening says
    folded = fold(opening)
    return next((run for run in runs if _said_as_words(run, opening)), None) or next(
        (run for run in runs if _said_as_words(fold(run), folded)), None
    )


# a time of the year or a season's words, which a sentence is "two episodes into" too
def _name_ending(run: str) -> bool:
    """Can a name end as `run` does? Not in a small word in lower case ("<Name> of the"), nor
    on the colon before its subtitle ("<Name>:")."""
    return not (run.rsplit(None, 1)[-1][:1].islower() or run.endswith(":"))


_TIME_OF_YEAR = re.compile(
    r"(?:season|part|cour|spring|summer|fall|autumn|winter)(?:\s+(?:\d{1,4}|['’]\d\d))?",
    re.IGNORECASE,
)
# a seasonal line-up's name: "Fall 2024 Anime", "Winter 2025 Anime Season", "Spring Anime
# 2024", "Fall '24 Anime" (a forum board's or a megathread's, the season's shows together)
_SEASONAL_LINE_UP = re.compile(
    r"(?:spring|summer|fall|autumn|winter)(?:\s+(?:(?:19|20)\d\d|['’]\d\d))?(?:\s+season)?"
    r"\s+anime(?:\s+season)?(?:\s+(?:(?:19|20)\d\d|['’]\d\d))?",
    re.IGNORECASE,
)


def _reach_opening_the_text(paragraphs: Sequence[str]) -> str | None:
    """The new anime's name when a text (or its subtitle) opens by saying how far its writer
    has watched, then the show ("Two episodes into <Name>, the summer's best comedy …"), a
    first impressions' pun headline above it: the whole clause after "into", written as a
    name, which the opening's text says again, as written, in a sentence. None otherwise:
    "Two episodes in, <Character> is …" says what is in it, not which show it is; "Three
    episodes into Spring, …", "into Dandadan and I love it" name no show on their own."""
    first = paragraphs[0] if paragraphs else ""
    reach = _REACH_BEFORE_NAME.match(first)
    if reach is None or not reach.group(0).rstrip().casefold().endswith("into"):
        return None
    name = _SENTENCE_CLAUSE_BREAK.split(first[reach.end() :], 1)[0].strip()
    if name.endswith(".") and not name.endswith(".."):
        name = name[:-1]  # the sentence's end, not the name's
    name = _trim_name(name)
    if not _written_as_a_name(name) or len(name.split()) > _MAX_NAME_WORDS:
        return None
    if name.split()[-1][:1].islower():
        return None  # "<Name> and the rest": no name ends so
    if fold(name) in _NOT_A_NAME_ALONE or _TIME_OF_YEAR.fullmatch(name):
        return None
    if EPISODE_MARKER_TEXT.search(name) or KIND_WORDS.search(name):
        return None
    later = "\n\n".join(_opening_lines(paragraphs[1:]))
    return name if _said_in_words(name, later) else None


def _wiki_lead_name(paragraphs: Sequence[str]) -> str | None:
    """The new anime's name a wiki's episode page opens by saying its episode is of
    ('"<Episode Title>" is the second episode of the <Name> anime series'), under a title
    that is only "Episode 2"; written as a name. None otherwise."""
    lead = wiki_episode_lead(paragraphs[0]) if paragraphs else None
    if lead is None:
        return None
    name = lead.group("name").strip()
    if not _written_as_a_name(name) or len(name.split()) > _MAX_NAME_WORDS:
        return None
    return None if EPISODE_MARKER_TEXT.search(name) else name


def _marker_after_name(title: str) -> re.Match[str] | None:
    """The first episode, season or kind marker after a name in `title`, skipping a "#N"
    that numbers something else: a newsletter's "Issue #31: …" names no anime "Issue"."""
    for marker in _MARKER_AFTER_NAME.finditer(title):
        hash_at = marker.group(0).find("#")
        if hash_at < 0 or not numbers_another_thing(title, marker.start() + hash_at):
            return marker
    return None


# a bare "#N" closed by a separator, then a clear pattern of its own ("<Programme> #14 — <Name>
# Season 1 Review"): numbered by a season or an episode, not only a kind word ("<Name> #5 — The
# Big Fight Review" names its episode's title there)
_HASH_THEN_SEPARATOR = re.compile(r"[\[(]?#\d{1,4}[\])]?\s*[–—|:-]\s")
_NUMBERED_MARKER = re.compile(r"\d|\b(?:first|initial|early|final|premiere|finale)\b", re.I)


def _programme_number_end(title: str, marker: re.Match[str]) -> int | None:
    """Where the rest of `title` starts when its first `marker` is a bare "#N" closed by a
    separator and the rest has a numbered marker of its own after a name, else None."""
    if "#" not in marker.group(0):
        return None
    closed = _HASH_THEN_SEPARATOR.match(title, marker.group(0).find("#") + marker.start())
    return None if closed is None else _numbered_after_name(title, closed.end())


_SECTION_KIND_WORDS = frozenset(("review", "reviews", "recap", "recaps"))


def _section_label_end(title: str, marker: re.Match[str]) -> int | None:
    """Where the rest of `title` starts when its first `marker` is a bare kind word closed by
    a separator ("TV Review · …", "Anime Recap | …") and the rest has a numbered marker of its
    own after a name, else None."""
    if marker.group(0).strip().casefold() not in _SECTION_KIND_WORDS:
        return None
    closed = _SEPARATOR.match(title, marker.end())
    return None if closed is None else _numbered_after_name(title, closed.end())


def _numbered_after_name(title: str, at: int) -> int | None:
    """`at` when the rest of `title` from there has a numbered marker of its own after a name
    ("<Name> Episode 3 Review"), else None."""
    rest = _marker_after_name(title[at:])
    if rest is None or rest.start() == 0 or _NUMBERED_MARKER.search(rest.group(0)) is None:
        return None
    return at


# "Re: [list-name] ", "Fwd: ", "[Group] ": a subject's or a release's tag before the title
_SUBJECT_TAG = re.compile(r"(?:(?:re|fwd?|aw|sv)\s*:\s+)*(?:\[[^\[\]\n]{1,40}\]\s*)?", re.I)
# a fansub release's "<Name> - 04 [1080p]" (after its group's tag)
_RELEASE = re.compile(r"(?P<name>.+?)\s+[-–—]\s+(?P<n>\d{1,4})(?:v\d)?\s*(?:[\[(][^\n]*)?$")


# emoji and other symbols before a name (a thread's "🧵", a "📺")
_POSSESSIVE_END = re.compile(r"(?<=\w)['’]s$")
# ...or words in lower case or numbers after it ("'s 82-minute", "'s long-awaited double")
_POSSESSIVE_DESCRIBED = re.compile(r"(?<=\w)['’]s(?:\s+[a-z\d][\w-]*)+$")
# ...or, in a headline's capitals, the ordinal that says which episode it is ("'s Seventh",
# "'s Twenty-Fifth", "'s Final"): a word no show's name ends in after its possessive
_POSSESSIVE_ORDINAL = re.compile(
    r"(?<=\w)['’]s\s+(?:" + ORDINAL_TEXT + r"|final|last|penultimate)$", re.IGNORECASE
)
_LEADING_SYMBOLS = re.compile(r"^[^\w\s\"'“‘(\[]+\s*")
_COLON = re.compile(r":\s+")
# "Review of <Name> Season 1 by user" (a user-review site's heading), and the other lead-ins
# before a name that say what the post is: not part of the name
_REVIEW_OF = re.compile(
    r"^\s*(?:(?:my|a|an|our)\s+)?(?:review|recap|thoughts|impressions|notes)\s+(?:of|on)\s+"
    # a listicle's "5 Things We Loved About <Name> Episode 4"
    r"|^\s*\d{1,2}\s+(?:[a-z]+\s+){0,4}?(?:things|reasons|moments|ways|details|questions"
    r"|takeaways|scenes|lessons)\b(?:\s+[a-z']+){0,4}?\s+(?:about|from|in|of|on)\s+(?:the\s+)?"
    # a writer's series of posts: "My weekly <Name> review #39", "Our daily <Name> notes"
    r"|^\s*(?:my|our)\s+(?:weekly|daily|monthly|regular|usual)\s+(?=\S)",
    re.IGNORECASE,
)


def _colon_part(name: str, opening: str) -> str:
    """`name`, or what follows its last ": " when what comes before it is not in `opening`.

    A one-word head before a subtitle that opens with a preposition ("Word: On the …") is
    the anime's own title unless the opening names the subtitle's subject on its own (a
    column's "Essay: On Dandadan" names "Dandadan"): a name does not start with "On". So is
    one in lower case before a subtitle in lower case ("word: on the …"): a post written all
    in lower case, whose case tells no name from a column's label. A head
    in romanised Japanese is the anime's own title before its English subtitle."""
    parts = _COLON.split(name)
    if len(parts) == 1:
        return name
    head = fold(": ".join(parts[:-1]))
    folded = fold(opening)
    if (
        _said_as_words(head, folded) and not _display_title_over_dek(head, fold(parts[-1]), opening)
    ) or (len(parts) == 2 and romanised_japanese(parts[0])):
        return name
    if len(parts) == 2 and _english_title(parts[0]) and romanised_japanese(parts[1]):
        # "<English Title>: <Romaji>": a show's English title before its Japanese one (the
        # text may name it by either); a column's name says when or what it is
        return name
    if len(parts) == 2 and _numbered_name(parts[0]) and not _said_as_words(fold(parts[-1]), folded):
        # "Zom 100: Bucket List of the Dead": a name and its number before the subtitle, the
        # opening saying neither part; a column's text would name the show by its subtitle,
        # and a column counts with a common noun ("Week 3", "Day 40"), not a name
        return name
    if _GENERIC_SUBTITLE.fullmatch(parts[-1]) is not None:
        # "<Name>: The Series", "<Name>: The Animation": a show's own title ends so (its
        # format's word); a column's name is never followed by words naming no show
        return name
    if len(parts) == 2 and _english_title(parts[0]) and _franchise_said(parts[0], opening):
        # "<Franchise Title>: <Subtitle>": a long-running franchise's entry, which the text
        # calls by its subtitle and names the franchise by its last word alone
        return name
    subtitle = _SUBTITLE_PREPOSITION.match(parts[-1])
    if (
        subtitle is not None
        and len(parts) == 2
        and head.isalpha()
        and (parts[0][:1].isupper() or name.islower())
        and not KIND_WORDS.fullmatch(parts[0])
        and not _said_as_words(fold(parts[-1][subtitle.end() :]), folded)
    ):
        return name
    # (its romanised title in brackets after it: "Nickname: Words Said Aloud! (Romaji!)")
    exclaimed = _without_other_title(parts[-1].rstrip())
    if (
        len(parts) == 2
        and head.isalpha()
        and parts[0][:1].isupper()
        and exclaimed[-1:] in "!?"
        and len(exclaimed.split()) >= _MIN_EXCLAIMED_WORDS
        and not KIND_WORDS.fullmatch(parts[0])
    ):
        # "Nickname: Too Many Words Said Aloud!": a light novel's title, exclaimed or asked,
        # after its short name; a column names a title, it does not exclaim one
        return name
    if len(parts) == 2 and _coined_head(parts[0]) and not _said_as_words(fold(parts[-1]), folded):
        # "Cyberpunk: Edgerunners": one coined word before the subtitle, the text saying
        # neither part on its own; a column's one-word label is a common noun that names
        # its feature ("Spotlight:", "Opinion:"), and its text would name the show it covers
        return name
    if (
        len(parts) == 2
        and _english_title(parts[0])
        and not any(word[-1] in _NAME_WORD_ENDS for word in parts[0].split())
        and not _subtitle_said(parts[-1], opening)
    ):
        # "<English Title>: <Subtitle>": a show's title and its subtitle (a remake's, a new
        # series'), the text saying neither part, nor any of the subtitle's own words as a
        # name ("the remake", "the original"); a column's text names the show it covers, by
        # its name or a word of it, and a headline's sentence ("Readers, This Is For You:")
        # has a clause's break
        return name
    return parts[-1]


def _display_title_over_dek(head: str, rest: str, opening: str) -> bool:
    """Is `head` (a headline's words before its colon, folded) a magazine's display title
    over a dek that restates the headline from `rest` (its name after the colon): the head
    said in `opening` only as a line of its own ("Stagecraft"), and a line opening with the
    name ("<Name> Season 2 Episode 3 Review: …")? A feature's pun or one-word headline
    stands alone above its subtitle, which names the show; a show's own head is said in its
    text, and its subtitle never opens a line without it."""
    lines = [fold(line) for line in opening.split("\n") if line.strip()]
    if head not in lines:
        return False
    if any(line != head and _said_as_words(head, line) for line in lines):
        return False
    return any(
        line.startswith(rest) and not line[len(rest) : len(rest) + 1].isalnum() for line in lines
    )


_WORD_MARKS = "\"'“”‘’!?.,;()[]"  # around a subtitle's word, taken off before it is looked for


def _subtitle_said(subtitle: str, opening: str) -> bool:
    """Does `opening` say `subtitle` (the words after a title's colon) whole, folded, or one
    of its capitalised words as written, which no small word is ("Apothecary" of "The
    Apothecary Diaries"): a text that names the show by its subtitle or a word of it?"""
    if _said_as_words(fold(subtitle), fold(opening)):
        return True
    return any(
        word[:1].isupper()
        and (folded := word.casefold()) not in _NAME_SMALL_WORDS
        and folded not in _DETERMINERS
        and _said_as_words(word, opening)
        for word in (raw.strip(_WORD_MARKS) for raw in subtitle.split())
    )


# one-word labels of a feature or a column before a colon ("Opinion: <Name> …"), beside
# _COLUMN_WORDS: before a colon, no show's name
_FEATURE_LABELS = frozenset(
    ("opinion", "editorial", "feature", "analysis", "preview", "exclusive", "rewind",
     "retrospective", "throwback", "interview", "breaking", "news", "update", "guide",
     "ranking", "rankings", "discussion", "thread", "poll", "spoilers", "verdict")
)  # fmt: skip


def _coined_head(head: str) -> bool:
    """Is `head` (the words before a title's colon) one capitalised word that is neither a
    column's, a counting noun, a kind's word, a feature's label nor an ordinary word: a
    show's coined name ("Cyberpunk", "Gintama")?"""
    if not head.isalpha() or not head[:1].isupper():
        return False
    folded = head.casefold()
    return (
        folded not in _COLUMN_WORDS
        and folded not in _COUNTING_WORDS
        and folded not in _FEATURE_LABELS
        and KIND_WORDS.fullmatch(head) is None
        and not common_word(head)
    )


_MIN_EXCLAIMED_WORDS = 3
# the nouns a column, a diary or a series of posts counts its instalments with ("Day 40:",
# "Part 2:", "Chapter 3:"), which _COLUMN_WORDS does not hold; with a number, no show's name
_COUNTING_WORDS = frozenset(
    ("day", "days", "part", "chapter", "vol", "vol.", "volume", "round", "stage", "step",
     "lesson", "entry", "post", "no", "no.", "number", "top", "act", "book", "night", "track",
     "episode", "episodes", "ep", "ep.", "session", "mission", "level", "file", "case", "q",
     "year", "item", "list", "page", "rank", "tier", "batch", "series")
)  # fmt: skip


def _numbered_name(head: str) -> bool:
    """Is `head` (the words before a title's colon) a name with its number ("Zom 100", "Mob
    Psycho 100"): capitalised words, none a column's word or a counting noun, then digits?"""
    words = head.split()
    if len(words) < 2 or not words[-1].isdigit():
        return False
    return all(
        word[:1].isupper()
        and (folded := word.casefold()) not in _COLUMN_WORDS
        and folded not in _COUNTING_WORDS
        for word in words[:-1]
    )


# a subtitle that only says what format the show is: no show's name on its own
_GENERIC_SUBTITLE = re.compile(r"the\s+(?:series|animation|anime)\s*", re.IGNORECASE)

# the words of a column's or a feature's name ("This Week in Fantasy", "Weekly Spotlight",
# "Seasonal Check-in"): before a colon, they name the column, not the show
_COLUMN_WORDS = frozenset(
    ("week", "weeks", "weekly", "weekend", "month", "monthly", "daily", "today", "season",
     "seasonal", "spotlight", "column", "corner", "diary", "digest", "roundup", "round-up",
     "take", "takes", "club", "watch", "watching", "rewatch", "report", "notes", "essay",
     "essays", "review", "reviews", "thoughts", "impressions", "anime", "letter", "dispatch",
     "journal", "log", "edition", "issue", "check-in", "recap", "recaps", "mania", "hot")
)  # fmt: skip
_MIN_ENGLISH_TITLE_WORDS = 3


def _english_title(head: str) -> bool:
    """Is `head` a show's English title ("Sword of the Demon Hunter"): three words or more,
    written as a name (capitalised but for a title's small words), none a column's word nor
    a determiner first ("This Week in …", "My Take")?"""
    words = head.split()
    if len(words) < _MIN_ENGLISH_TITLE_WORDS or not head[:1].isupper():
        return False
    if _lower_case_word(head) or words[0].casefold() in _DETERMINERS - {"the", "a", "an"}:
        return False
    return not any(word.casefold().strip(".,!?'’") in _COLUMN_WORDS for word in words)


_WORD_BEFORE_LOOK = 60  # characters before a word: room for the word before it


def _franchise_said(head: str, opening: str) -> bool:
    """Does `opening` name `head` (an English title's words before a colon) by its last word
    alone, capitalised and no common word, where the word before it is not the head's own
    ("the most approachable <Franchise> in years")? A franchise's name, whose entry the
    headline gives in full; a column's text names the column by its whole name or none."""
    words = head.split()
    last = words[-1]
    if not last[:1].isupper() or common_word(last) or last not in opening:
        return False
    before = words[-2].casefold()
    for start, _ in _word_spans(last, opening):
        said_before = opening[max(0, start - _WORD_BEFORE_LOOK) : start].split()[-1:]
        if not said_before or said_before[0].casefold().strip("\"'“‘*_") != before:
            return True
    return False


# "On the Movements of the Earth": a subtitle that opens with a preposition, then words
_SUBTITLE_PREPOSITION = re.compile(
    r"(?:on|of|in|at|to|from|for|with|beyond|under|over|into|after|before|between|through"
    r"|against|without|across|among|toward|towards|upon)\s+(?=\S+\s+\S)",
    re.IGNORECASE,
)


def _word_spans(phrase: str, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each place `phrase` stands in `text` as whole words, in text order
    ("Release" does not stand in "releases")."""
    at = text.find(phrase) if phrase else -1
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            yield at, end
        at = text.find(phrase, at + 1)


def _said_as_words(phrase: str, text: str) -> bool:
    """Is `phrase` in `text` as whole words (both folded, or a name as written in the text)?"""
    return next(_word_spans(phrase, text), None) is not None


def _known_said_about(names: AnimeNames, opening: str) -> str | None:
    """The known anime the opening names as what it is about ("my review of episode twelve
    of <Known>", "thoughts on the premiere of <Known>"), if any: a title in another script or
    in a column's words gives no known name, and this outweighs a new name from its pattern."""
    found = names.exact_in(opening)
    if not found:
        return None
    folded = fold(opening)
    for title, _, position in found:
        if _ABOUT_BEFORE_NAME.search(folded[max(0, position - _ABOUT_LOOKBACK) : position]):
            return title
    return None


# the opening calling what it reviews a known anime's later season or its sequel, before the
# name ("the second season of <Known>", "the new cour of <Known>", "the sequel to <Known>",
# "the 30th episode of <Known> overall") or after it as its possessive ("<Known>'s second
# season", "<Known>'s sequel"); folded text
_LATER_SEASON_BEFORE_NAME = re.compile(
    r"\b(?:(?:second|third|fourth|fifth|sixth|new|latest|final|\d{1,2}(?:st|nd|rd|th))\s+"
    r"(?:season|cour|part)\s+of|sequel\s+to|\d{1,4}(?:st|nd|rd|th)\s+episode\s+of)\s+(?:the\s+)?$"
)
_LATER_SEASON_AFTER_NAME = re.compile(
    r"['’]s\s+(?:(?:second|third|fourth|fifth|sixth|new|latest|final|\d{1,2}(?:st|nd|rd|th))"
    r"\s+(?:season|cour)|sequel)\b"
)


def _known_whose_later_season(
    names: AnimeNames, pattern: str, opening: str, title: str, lines: str = ""
) -> str | None:
    """The known anime the opening calls the page's show a later season or the sequel of
    ("The second season of <Known> has been…", "<Known>'s sequel"), when the new name the
    title's pattern gave is never said in the opening, nor in its `lines` (a letter's
    masthead and greeting may fill the opening's paragraphs before its feature says the
    show), and the title has no season's marker: a later season's subtitle as the headline
    ("<Subtitle> Episode 6 Review"), in the place of its season's number, the show named only
    in the text. A review of a new show says its name; one comparing it with a known show's
    season does too, and a title numbering its own season ("<Name> S1 ep 5") names its own
    show."""
    if names_a_season(title):
        return None
    said = opening.replace(title, " ") if title and title in opening else opening
    folded = fold(said)
    if _said_as_words(fold(pattern), folded):
        return None
    if lines and _said_as_words(fold(pattern), fold(lines.replace(title, " "))):
        return None
    for found, written, position in names.exact_in(said):
        before = folded[max(0, position - _ABOUT_LOOKBACK) : position]
        if _LATER_SEASON_BEFORE_NAME.search(before) or _LATER_SEASON_AFTER_NAME.match(
            folded, position + len(written)
        ):
            return found
    return None


# "<Name> (<Other Name>, …)", "<Name> (aka <Other Name>)": the text gives a show's other name
# in brackets right after it; the bracket's words up to its close or its first comma
_OTHER_NAME_IN_BRACKETS = re.compile(
    r"\s?[(\[]\s*(?:(?P<aka>a\.?k\.?a\.?|also known as)\s+|(?:or|english title:?)\s+)?"
    r"(?P<name>[^()\[\],;\n]{2,100}?)\s*[)\],;]"
)
# ...where after "aka" the other name may go on with whom or where it is called so ("<Name>
# (a.k.a. <Known> for the simulcast crowd)", "(aka <Known> in English, …)")
_CALLED_SO_BY = re.compile(r"\s+(?:for|if|as|in|on|by|to|among|outside)\b")


# ...and the bracket's words after a comma that say the name in it is the show's other one
# ("<Known> (<Name>, to give it its original name)", "(<Name>, as it's known in Japan)"); a
# comma before another show's name lists similar shows ("<Known> (<Name>, <Other>)")
_GLOSSED_AS_A_NAME = re.compile(
    r",[^()\[\]\n]{0,60}?\b(?:name|title|romaji|romanised|romanized|japanese|original|known"
    r"|call(?:s|ed|ing)?)\b[^()\[\]\n]{0,40}[)\]]"
)

# ...or by the fans' other name for it after an "or" saying for whom or how ("<Known> (<Name>,
# or just <Short> if you …)", "(<Name>, or <Short> as fans say)"), not a choice of shows
_GLOSSED_BY_OR = re.compile(
    r",\s+or\s+(?:just\s+|simply\s+)?[^()\[\],.;\n]{1,40}?\s+(?:if|as)\s[^()\[\]\n]{0,60}[)\]]"
)


# a markdown emphasis's closing marks right after a name ("*<Name>*", "**<Name>**", "_<Name>_")
_EMPHASIS_CLOSE = re.compile(r"[*_]{1,3}")


def _known_written_beside(names: AnimeNames, name: str, text: str) -> str | None:
    """The known anime `text` gives as another name of the new `name`, in brackets right
    after it ("<Name> (<Known>, if you watch it dubbed)", "<Name> (aka <Known> for the
    simulcast crowd)": whom it is called so by) or with `name` in brackets right
    after it ("<Known> (<Name>)", "<Known> (<Name>, its original title)"), or says is the
    same show ("<Known>, or <Name> if you …", "<Name> = <Known>", "<Name>, aka <Known>"): a
    romanised title in a headline, its English one (in the store) in the text. None when the
    text writes no known name beside it."""
    folded = fold(text)
    for at, end in _word_spans(fold(name), folded):
        # (a name in emphasis closes after its marks: "*<Name>* (<Known>)")
        closed = _EMPHASIS_CLOSE.match(folded, end)
        other = _OTHER_NAME_IN_BRACKETS.match(folded, closed.end() if closed else end)
        if other is not None and (known := names.by_name.get(other.group("name"))):
            return known
        if other is not None and other.group("aka") and names.pattern is not None:
            said = names.pattern.match(folded, other.start("name"), other.end("name"))
            if said is not None and _CALLED_SO_BY.match(folded, said.end()) is not None:
                return names.title_of(said.group(0))
        if (
            at > 1
            and folded[at - 1] in "(["
            and (
                folded[end : end + 1] in ")]"
                or _GLOSSED_AS_A_NAME.match(folded, end) is not None
                or (folded[end : end + 1] == "," and _GLOSSED_BY_OR.match(folded, end) is not None)
            )
        ):
            # (the known name before the bracket perhaps in emphasis: "*<Known>* (<Name>)")
            before = folded[max(0, at - 2 - MAX_ANIME_NAME) : at - 1].rstrip().rstrip("*_")
            for title, written, position in names.exact_in(before):
                if position + len(written) == len(before):
                    return title
        called = _CALLED_BY_OTHERS.match(folded, end)
        if called is not None and names.pattern is not None:
            said = names.pattern.match(folded, called.end())
            if said is not None and (
                _CLAUSE_END.match(folded, said.end()) or _CALLED_SO_BY.match(folded, said.end())
            ):
                return names.title_of(said.group(0))
    return _known_said_the_same(names, name, text, _SAME_SHOW_IN_OPENING)


# the rest of a romanised title after the fans' short form of it, on its line, up to a bracket
# ("<Short> no <Word>" before " (<Known>)"): a few words, none a digit or a sentence's mark
_ROMAJI_REST = re.compile(r"(?:[ \t]+[A-Za-z\u0100-\u017f'’-]+){1,5}(?=[ \t]?[(\[])")


def _known_beside_full_romaji(names: AnimeNames, short: str, text: str) -> str | None:
    """The known anime `text` gives in brackets right after the romanised title the title's
    pattern `short` opens ("<Short> no <Word> (<Known>)": the fans' short form of a romanised
    title, which the text writes in full with its English name beside it). None when no full
    romanised title opening with `short` has a known name in brackets after it."""
    for at, end in _word_spans(short, text):
        rest = _ROMAJI_REST.match(text, end)
        if rest is None or not romanised_title(text[at : rest.end()]):
            continue
        other = _OTHER_NAME_IN_BRACKETS.match(text, rest.end())
        if other is not None and (known := names.by_name.get(fold(other.group("name")))):
            return known
    return None


# the fans' short form of a romanised title: its words before its first particle ("<Word> no
# <Word>" shortened to "<Word>"), one word of 4 letters or more
_ROMAJI_SHORT = re.compile(r"(?P<short>[^\W\d_]{4,})\s+(?:no|ga|wa|wo|ni|to|de|mo)\s")


def _known_said_the_same_as_short(names: AnimeNames, name: str, text: str) -> str | None:
    """The known anime the opening `text` says is the same show as the fans' short form of
    the new romanised title `name` ("<Known> — or <Short>, as fans call it —" under a headline
    naming "<Short> no <Word>"), else None."""
    if " " not in name or not romanised_title(name):
        return None
    short = _ROMAJI_SHORT.match(name)
    if short is None or common_word(short.group("short")):
        return None
    return _known_said_the_same(names, short.group("short"), text, _SAME_SHOW_IN_OPENING)


# "<Name> is the show the English streams call <Known>", "<Name> is what the simulcast
# calls <Known>": a clause after the new name saying others call the show by the known one,
# which ends the clause or goes on with whom it is called so by ("… <Known> in English"),
# not "… call <Known>'s cousin"
_CALLED_BY_OTHERS = re.compile(
    r"\s+is\s+(?:the\s+(?:show|series|anime|one)|what)\b[^.;:!?()\[\]]{0,50}?\s"
    r"(?:call(?:s|ed)?|known\s+as|titled)\s+"
)


# "<Known>, or <Name> if you …", "<Name> = <Known>", "<Name>, aka <Known>": words (or an
# equals sign) saying two names are one show's, between them (an "or" perhaps opening a dashed
# aside: "<Known> — or <Name>, as fans call it —")
_SAME_SHOW_WORDS = r"=|[,—–]\s*or|,?\s*(?:a\.?k\.?a\.?|also\s+known\s+as)"
_SAME_SHOW_IN_OPENING = re.compile(r"\s*(?:" + _SAME_SHOW_WORDS + r")\s+")
# ...of which only the sign and "aka" say it wherever in a text they stand (a reader's reply
# in a thread: "<Name> = <Known>"); an "or" between two shows' names there offers a choice
_SAME_SHOW_ANYWHERE = re.compile(r"\s*(?:=|,?\s*(?:a\.?k\.?a\.?|also\s+known\s+as))\s+")
_SAME_SHOW_MARKS = ("=", " or ", "aka", "a.k.a", "also known")  # what they need, looked for first
# where a clause ends after the second name: an equation's second side is all of it ("<Name> =
# <Known>", not "<Name> = <Known> but louder", which compares the two)
_CLAUSE_END = re.compile(r"\s*(?:$|[.,;:!?)\]])")
# ...and an "or" names the show again only with a word saying for whom or how after the second
# name ("<Known>, or <Name> if you watch it subbed", "…, or <Name> as fans call it"); without
# one it offers a choice between two shows ("Fans of <Known>, or <Name>'s first season, …")
_OR_NAMING_AFTER = re.compile(r"\s*,?\s+(?:if|as)\b")


def _known_said_the_same(
    names: AnimeNames, name: str, text: str, words: re.Pattern[str]
) -> str | None:
    """The known anime a line of `text` says the new `name` is another name of, with
    `words` between them either way round ("<Known>, or <Name> if you …", "<Name> = <Known>"),
    else None. An equals sign's second side ends its clause."""
    key = fold(name)
    if names.pattern is None or not key:
        return None
    for line in text.splitlines():
        lowered = line.lower()
        if not any(mark in lowered for mark in _SAME_SHOW_MARKS):
            continue
        folded = fold(line)
        for at, end in _word_spans(key, folded):
            between = words.match(folded, end)
            if between is not None:
                known = names.pattern.match(folded, between.end())
                if known is not None and _says_the_same(between.group(0), folded, known.end()):
                    return names.title_of(known.group(0))
            for known in names.pattern.finditer(folded, max(0, at - 2 * MAX_ANIME_NAME), at):
                between = words.fullmatch(folded, known.end(), at)
                if between is not None and _says_the_same(between.group(0), folded, end):
                    return names.title_of(known.group(0))
    return None


def _says_the_same(between: str, text: str, end: int) -> bool:
    """Do the words `between` two names, the second ending at `end` in `text`, say they are
    one show's? An equals sign's second side ends its clause; an "or" is followed by whom or
    how the second name is for (_OR_NAMING_AFTER); "aka" says it alone."""
    if "=" in between:
        return _CLAUSE_END.match(text, end) is not None
    if between.rstrip().endswith("or"):
        return _OR_NAMING_AFTER.match(text, end) is not None
    return True


# the first clause of a text without a headline (a social post, a chat message); a colon
# before a capital goes on ("Orb: On the Movements of the Earth Episode 8 Review")
_FIRST_CLAUSE = re.compile(r"(?:[^,:;.!?\n—–]|:(?=\s+[A-Z])){1,120}")
# a word or two said before it ("ok. <Name> Episode 8 Review, …", "Right! <Name> …")
_INTERJECTION = re.compile(r"[^\W\d_]{1,12}(?:\s+[^\W\d_]{1,12})?[.!?]+[ \t]+")
_MAX_CLAUSE_WORDS = 12
_SMALL_WORDS = frozenset(("of", "no", "the", "in", "a", "an", "to", "and", "x", "on", "de", "wa"))
# ...and it says what the text is, right after the marker: "Episode 10 review", "Season 1
# thoughts", or a thread's mark ("ep 4 🧵", a social thread's opener). Without it, a
# title-cased opening ("Watched Solo Leveling Episode 10 Last Night") would name an anime
# "Watched Solo Leveling".
_SAYS_WHAT_IT_IS = re.compile(
    r"(?:episode|ep\.?|season|finale|premiere)\s*[\w.-]*\s+(?:\w+\s+)?"
    r"(?:(?:review|reviewed|thoughts|impressions|recap|discussion|verdict)\b|🧵)",
    re.IGNORECASE,
)
# the clause after the first one's comma opening with the episode and the thread's mark
# ("<Name>, ep 4 🧵 — …"), a social thread's opener; not a heading's "<Name>, Episode 17
# Review and …" (_name_heading_an_episode's, which needs the name said again)
_EPISODE_AFTER_COMMA = re.compile(
    r",[ \t]+(?=(?:episode|ep\.?)\s*#?\s*\d{1,4}[ \t]*🧵)", re.IGNORECASE
)


def _pattern_opening_the_text(paragraph: str) -> str | None:
    """The new anime's name when a text with no headline opens with the clear pattern
    ("Solo Leveling Episode 10 review, short version: …"): an episode or season marker in
    its first clause, after a name written as one (capitalised words), perhaps after a word
    or two said first ("ok. Solo Leveling Episode 10 Review, because …")."""
    name = _pattern_in_clause(paragraph, 0)
    if name is None:
        said_first = _INTERJECTION.match(paragraph)
        if said_first is not None:
            name = _pattern_in_clause(paragraph, said_first.end())
    return name


def _pattern_in_clause(paragraph: str, start: int) -> str | None:
    """The new anime's name when the clause of `paragraph` at `start` is the clear pattern."""
    clause = _FIRST_CLAUSE.match(paragraph, start)
    if clause is None or len(clause.group(0).split()) > _MAX_CLAUSE_WORDS:
        return None
    text = clause.group(0).strip()
    if EPISODE_MARKER_TEXT.search(text) is None and "season" not in text.lower():
        # "<Name>, ep 4 🧵 — …": the name, its comma, then its episode's clause in a thread
        after = _EPISODE_AFTER_COMMA.match(paragraph, clause.end())
        episode = _FIRST_CLAUSE.match(paragraph, after.end()) if after is not None else None
        if episode is None:
            return None
        text = f"{text}, {episode.group(0).strip()}"
        if len(text.split()) > _MAX_CLAUSE_WORDS:
            return None
    if _SAYS_WHAT_IT_IS.search(text) is None:
        return None
    name = name_in_pattern(text)
    if name is None or (" " not in name and common_word(name)):
        return None  # (a sentence's opening word: "Anyway, episode 5 thoughts")
    words = [w for w in name.split() if any(c.isalpha() for c in w)]
    if not words or not words[0][0].isupper():
        return None
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words):
        return None
    return name


# a draft's or a notes page's label for the headline it will have ("working title:", "**Post
# title:**"), its value perhaps in emphasis
_TITLE_LABEL = re.compile(
    r"[*_]{0,2}(?:(?:working|draft|post|blog)\s+)?(?:title|headline)[*_]{0,2}\s*:[*_]{0,2}\s*"
    r"[*_]{0,2}",
    re.IGNORECASE,
)


_EMPHASIS_MARKS = "*_ \t"  # the emphasis a headline or a standfirst is set in, with white space
_ATX_HEADING = re.compile(r"#{1,6}[ \t]+")  # a Markdown heading's marks ("## "), not "#48"


def _pattern_opening_a_line(paragraphs: Sequence[str], title: str = "") -> tuple[str, str] | None:
    """(name, line) when a line of the opening paragraphs opens with the clear pattern: the
    headline of a post under a handle and a timestamp (a social thread's export, "🧵 <Name>
    Episode 8 Review (1/5)"), which the first clause of the text is not; or the headline a
    draft's notes give it after a label ("working title: **<Name> Episode 7 Review: …**");
    or a feature's heading naming the show, said again in the opening or the `title`."""
    for line in opening_lines(paragraphs[:_BODY_PARAGRAPHS]):
        line = line.strip()
        if line:
            label = _TITLE_LABEL.match(line)
            if label is not None:
                # the label says a headline follows, read as a title is: its name may hold
                # a sentence's marks ("<Name>: Too Many <Words>! Episode 3 Review — <Sub>")
                name = name_in_pattern(line[label.end() :].strip(_EMPHASIS_MARKS))
                if name is not None and _written_as_a_name(name):
                    return _cased(name), line
            name = _pattern_opening_the_text(line[label.end() :] if label else line)
            if name is not None:
                return _cased(name), line
    # further down the opening, a line that is the pattern and nothing else: an e-mail's
    # featured piece, headed "<Name> Episode 4 Review" under a masthead, a sponsor's notice
    # and a greeting (each its own paragraph), perhaps with its subtitle after a colon
    # ("<Name> Episode 4 Review: Dead Eye, Soft Heart"), perhaps framed ("== <Name> … ==")
    for line in opening_lines(_opening_lines(paragraphs)[_BODY_PARAGRAPHS:]):
        line = unframed(line.strip())
        heading = _ATX_HEADING.match(line)
        if heading is not None:
            # a Markdown letter's section heading ("## First impressions: <Name>")
            line = line[heading.end() :]
        if not is_headline_line(line):
            continue
        if _MARKER_BEFORE_NAME.match(line) is not None:
            # its label first, then the name, perhaps with a count in brackets ("SEASON
            # REVIEW: <NAME> (13 episodes, Bones)"): the colon is the label's, not a subtitle's
            name = name_in_pattern(line)
            if name is not None and _written_as_a_name(name):
                return _cased(name), line
            continue
        clause = _FIRST_CLAUSE.match(line)
        end = clause.end() if clause is not None else 0
        if 0 < end < len(line):
            end = line.rfind(": ", 0, end)  # the line up to its subtitle, if one ends it
        if end > 0:
            name = _pattern_in_clause(line[:end], 0)
            if name is not None:
                return _cased(name), line
    # a feature's heading that is a name and its episode and nothing else, no word for what
    # it is ("<Name>, Episode 17 (Season 2, Episode 5)"), or a name and the feature's label
    # ("<Name> (<Other Name>), first impressions"), perhaps framed ("== <Name> — Episode 4
    # =="): a name when the opening's text or the headline (a letter's, over its greeting:
    # "<Name> is the romance I needed") says it again, as written, in a sentence
    opening = "\n\n".join((*_opening_lines(paragraphs), title))
    for raw in opening_lines(_opening_lines(paragraphs)):
        line = unframed(raw.strip())
        name = _name_heading_an_episode(line)
        if name is None and ("·" in line or "•" in line) and (fact := _first_fact(line)):
            # a standfirst listing facts, the show and its episode first ("*<Name>, Session
            # #5 · my rewatch, one episode a week · cross-posted to …*")
            name = _name_heading_an_episode(fact)
        if name is None:
            continue
        said = opening.replace(raw.strip(), " ")
        if (
            _said_in_words(name, said)
            or _said_in_words(_cased(name), said)
            or _said_by_its_head(name, said)
            or _said_by_its_head(_cased(name), said)
        ):
            return _cased(name), line
        show = _season_and_episode_heading(name, raw, paragraphs)
        if show is not None:
            return _cased(show), line
    return None


def _season_and_episode_heading(name: str, raw: str, paragraphs: Sequence[str]) -> str | None:
    """The show a heading that is a paragraph of its own names with its season and then its
    episode ("<Name> Season 3, Episode 2"), which the text need not say again: a name, a
    season's number and an episode's is what no sentence or section heading is; else None."""
    show = _without_season_words(name)
    if show == name or not _written_as_a_name(show) or (" " not in show and common_word(show)):
        return None
    heading = raw.strip()
    if not any(p.strip() == heading for p in paragraphs):
        return None
    return show


_MAX_LABELLED_WORDS = 12  # words after a label read for the name the text says again


def _name_after_kind_label(draft: Draft) -> str | None:
    """The name a line of the opening or the page's summary gives after a label saying what
    the text is ("First Impressions: <Name>", perhaps numbered as a letter's contents list
    it: "3. First Impressions: <Name>"; a description's "First impressions: <Name> turns
    …"), as the most words after the label, written as a name, that the text says again in
    a sentence: the page's own show, named where it says what the page is, over a known
    anime the opening names in passing (a letter's news, a season's list). None when no
    such line names one."""
    body = "\n\n".join(draft.paragraphs)
    summary = draft.summary()
    lines = opening_lines(_opening_lines(draft.paragraphs))
    for line in (*lines, *(summary.splitlines() if summary else ())):
        line = line.strip()
        number = SECTION_NUMBER.match(line)
        labelled = _MARKER_BEFORE_NAME.match(line[number.end() :] if number else line)
        if labelled is None:
            continue
        words = labelled.group("name").split()[:_MAX_LABELLED_WORDS]
        said = body.replace(line, " ")
        for count in range(len(words), 0, -1):
            name = _trim_name(" ".join(words[:count]))
            if " " not in name and common_word(name):
                continue
            if _written_as_a_name(name) and _said_in_words(name, said):
                draft.explain(
                    "anime", f"{name!r}: the line {line!r} names it after its label, said again"
                )
                return name
    return None


# "the finale", "the premiere" after a heading's name ("1. <NAME>: THE FINALE"), which say the
# episode as a marker does (folded)
_THE_EPISODE_AFTER_NAME = re.compile(r"\s*[:,–—|-]?\s+the\s+(?:finale|premiere)\b")


# what ends a sentence, not a headline (as is_headline_line reads a line's end)
_SENTENCE_ENDS = (".", ",", ";", ":", "!", "?")


def _known_numbered_or_labelled_feature(draft: Draft, names: AnimeNames) -> tuple[str, str] | None:
    """(known anime, line) when a heading of the opening that is numbered as a letter's
    sections are ("1. <NAME>: THE FINALE", "2) <Name> Episode 12 Review") or labelled with
    what it is ("FIRST IMPRESSIONS: <Name>") opens with a known anime's name, its episode or
    kind after it when numbered, and the text says that name again in a sentence: the
    feature the letter is about. None otherwise (a list of quick hits names no episode)."""
    paragraphs = _opening_lines(draft.paragraphs)
    for raw in opening_lines(paragraphs):
        line = unframed(raw.strip())
        if line.endswith(_SENTENCE_ENDS):
            continue  # (most lines: `rest` below ends where the line does, so is no headline)
        number = SECTION_NUMBER.match(line)
        rest = line[number.end() :] if number is not None else line
        labelled = _MARKER_BEFORE_NAME.match(rest)
        if labelled is not None:
            rest = labelled.group("name")
        elif number is None:
            continue
        if not is_headline_line(rest):
            continue
        found = names.exact_in(rest)
        if not found or found[0][2] != 0:
            continue
        title, written, _ = found[0]
        if labelled is None:
            folded = fold(rest)
            if (
                _MARKER_AFTER_NAME.match(folded, len(written)) is None
                and _THE_EPISODE_AFTER_NAME.match(folded, len(written)) is None
            ):
                continue
        # (folded: a heading in capitals names it as the text's sentences write it)
        if _said_in_words(written, fold("\n\n".join(paragraphs).replace(raw, " "))):
            return title, line
    return None


def _known_heading_the_feature(draft: Draft, names: AnimeNames) -> str | None:
    """The known anime a heading line of the opening names in a clear pattern ("SEASON
    REVIEW: <Known> (13 episodes)", "<Known> Episode 4 Review"), under a title that names
    none (a newsletter's masthead): the issue's feature, which outweighs the known anime its
    greeting names in passing (last issue's poll). A new name from such a line still waits
    behind the known anime the opening names."""
    found = _pattern_opening_a_line(draft.paragraphs, draft.title)
    chosen = names.match(found[0]) if found is not None else None
    if found is not None and chosen is not None:
        draft.explain("anime", f"{chosen!r}: the opening's heading {found[1]!r} names it")
    return chosen


def _heading_the_full_review(draft: Draft, names: AnimeNames) -> str | None:
    """The anime the heading under a roundup's full review's label names with its episode
    ("--- FULL REVIEW ---" then "<Name> - Episode 9", after quick takes on other shows), under a
    title that names none (a weekly "what I watched" post), when the paragraph after the
    heading says the name again: the one show the post reviews, over the shows its quick takes
    name first. None otherwise."""
    at = full_review_heading(draft)
    if at is None or at + 1 >= len(draft.paragraphs):
        return None
    line = unframed(draft.paragraphs[at].strip())
    name = _name_heading_an_episode(line)
    if name is None:
        return None
    below = " ".join(draft.paragraphs[at + 1].split())  # (its lines wrapped, a name too)
    if not (_said_in_words(name, below) or _said_in_words(_cased(name), below)):
        return None
    chosen = names.match(name) or _cased(name)
    draft.explain("anime", f"{chosen!r}: the heading {line!r} under the page's full review's label")
    return chosen


# "<Name>, Episode 17", "<Name>, Season 2 Episode 5": a name, a comma, its episode's number...
_NAME_BEFORE_COMMA = re.compile(r"(?P<name>[^,\n]{2,100}),\s+")
# ...or a dash between them ("<Name> – episode 14 thoughts", a chat's post's headline)
_DASH_BEFORE_NUMBER = re.compile(r"\s+[–—-]\s+")
# ...and perhaps another count of it in brackets ("(Season 2, Episode 5)"), then the line ends
_BRACKETED_END_TEXT = r"\s*(?:[(\[][^()\[\]\n]{1,60}[)\]])?\s*"
_BRACKETED_END = re.compile(_BRACKETED_END_TEXT)
# ...or, with no number, only the label saying what the feature is ("<Name>, first impressions"),
# perhaps with the episodes it covers in brackets ("<Name>, first impressions (episodes 1-3)")
_LABEL_ENDING = re.compile(r"(?:" + _LABEL + r")" + _BRACKETED_END_TEXT, re.IGNORECASE)
# ...or that label, or a season's wrap-up, after a dash ("<Name> — season wrap-up", a letter's
# feature summing up the show's season; "<NAME> — FIRST IMPRESSIONS (EPISODES 1–3)")
_DASHED_LABEL_ENDING = re.compile(
    r"(?:" + _LABEL + r"|(?:season|series)\s+(?:wrap[\s-]?up|retrospective))" + _BRACKETED_END_TEXT,
    re.IGNORECASE,
)
# ...or the episode's own title, quoted after a colon ("<Name> — episode 14: "<Its Title>"",
# a letter's feature heading the episode it covers), then the line ends
_QUOTED_SUBTITLE_END = re.compile(r"\s*:\s*[\"“‘'][^\"“”\n]{1,80}[\"”’']\s*")


# ...or a word of the show's own for its episodes and a number sign ("<Name>, Session #5",
# "<Name> – Lesson #12"), as older shows and their fans number them
_OWN_WORD_NUMBERED = re.compile(r"[A-Z][a-z]{1,11}\s*#\d{1,4}\b")
# ...which is no season's, part's or day's word ("<Name>, Season #2", a diary's "Day #5")
_NOT_EPISODES_WORDS = frozenset(("season", "part", "cour", "arc", "book", "day", "top"))
# the separator of a line listing facts, a dot in the middle ("<Name>, Episode 5 · 24 min")
_FACT_SEPARATOR = re.compile(r"\s+[·•]\s+")


def _first_fact(line: str) -> str | None:
    """The first of the facts `line` lists with dots between them ("*<Name>, Session #5 · a
    rewatch · cross-posted*" gives "<Name>, Session #5"), out of its emphasis; None for a line
    listing none."""
    parts = _FACT_SEPARATOR.split(line.strip(_EMPHASIS_MARKS), 1)
    return parts[0] if len(parts) > 1 else None


def _numbered_at(line: str, at: int) -> re.Match[str] | None:
    """The episode's number at `at` of a heading `line` ("Episode 17", "Season 2 Episode 5",
    a show's own "Session #5"), else None: not an installment's ("Week #5", "Issue #7"),
    a season's or another thing's number."""
    numbered = _NUMBERED.match(line, at)
    if numbered is not None:
        return numbered
    own = _OWN_WORD_NUMBERED.match(line, at)
    if own is None:
        return None
    word = own.group(0).partition("#")[0].strip()
    hash_at = line.index("#", at)
    if (
        word.casefold() in _NOT_EPISODES_WORDS
        or _INSTALLMENT_WORD.fullmatch(word) is not None
        or numbers_another_thing(line, hash_at)
    ):
        return None
    return own


def _name_heading_an_episode(line: str) -> str | None:
    """The name in a heading `line` that is "<Name>, Episode N" and nothing else but another
    count of that episode in brackets, or its kind's word and perhaps a subtitle after a
    colon ("<Name>, Episode 4 Review: "<Subtitle>"", a letter's feature), or the episode's
    own title quoted after a colon ("<Name> — episode 14: "<Title>""); or "<Name>, first
    impressions" (a kind's label and nothing after it but the episodes it covers in brackets,
    "<NAME> — FIRST IMPRESSIONS (EPISODES 1–3)", the name perhaps with its other title in
    brackets: "<Romaji> (<English>), first impressions"), when written as a name; else
    None."""
    if not is_headline_line(line):
        return None
    comma = _NAME_BEFORE_COMMA.match(line)
    numbered = _numbered_at(line, comma.end()) if comma is not None else None
    if comma is not None and numbered is None and _LABEL_ENDING.fullmatch(line, comma.end()):
        name = _without_other_title(_trim_name(comma.group("name").strip()))
        if not _written_as_a_name(name) or (" " not in name and common_word(name)):
            return None
        return name
    written = comma.group("name") if numbered is not None and comma is not None else ""
    if numbered is None:
        # "<Name> – episode 14 thoughts": the first dash that its episode's number follows
        for dash in _DASH_BEFORE_NUMBER.finditer(line, 0, MAX_ANIME_NAME + 3):
            numbered = _numbered_at(line, dash.end())
            if numbered is None and _DASHED_LABEL_ENDING.fullmatch(line, dash.end()):
                # "<Name> — season wrap-up": the label after the dash, and nothing more (the
                # heading perhaps Markdown's: "## <Name> — season wrap-up")
                name = _trim_name(line[: dash.start()].lstrip("#").strip())
                if not _written_as_a_name(name) or (" " not in name and common_word(name)):
                    return None
                return name
            if numbered is not None:
                written = line[: dash.start()]
                if _without_season_words(written) != written:
                    # "<NAME> 2ND SEASON — EPISODE 29": a later season's heading, whose show
                    # the opening may know by another name ("a.k.a. <Known> Season 2")
                    return None
                break
    if numbered is None:
        return None
    written = _without_feature_label(written)
    if (
        _BRACKETED_END.fullmatch(line, numbered.end()) is None
        and _QUOTED_SUBTITLE_END.fullmatch(line, numbered.end()) is None
    ):
        kind = _REVIEW_AFTER_NUMBER.match(line, numbered.end())
        # its kind's word, then its subtitle after a colon, or an aside in brackets ("…
        # thoughts (<Other Name>, the second cour's opener)")
        if kind is None:
            return None
        rest = line[kind.end() :].strip()
        if rest and rest[0] != ":" and _BRACKETED_END.fullmatch(line, kind.end()) is None:
            return None
    name = _trim_name(written.strip())
    if not _written_as_a_name(name) or EPISODE_MARKER_TEXT.search(name):
        return None
    if " " not in name and common_word(name):
        return None  # "Anyway, Episode 5 (the good one)": a sentence's opening word
    return name


def _without_feature_label(written: str) -> str:
    """`written` without a feature's label before its first colon, words in lower case that
    no name writes so ("This week's main event: <Name>", "Our pick of the week: <Name>"),
    when what follows is written as a name; else `written` as it is (a name's own colon:
    "<Name>: <Subtitle>")."""
    head, colon, rest = written.partition(": ")
    if colon and _lower_case_word(head) and _written_as_a_name(rest.strip()):
        return rest
    return written


def _said_by_its_head(name: str, text: str) -> bool:
    """Does `text` say `name` by its part before its colon alone ("<Short>: <Long
    Subtitle>!" said as "<Short> episode 5"), as a review calls a light novel's long title,
    written the same, as words in a sentence; a head that is a common word says nothing?"""
    head, colon, _ = name.partition(": ")
    if not colon or (" " not in head and common_word(head)):
        return False
    return _said_in_words(head, text)


_ROMAN_NUMERAL = re.compile(r"[IVX]{1,5}")


def _cased(name: str) -> str:
    """A name from a heading in capitals ("THE SUMMER HIKARU DIED") written as a name is
    ("The Summer Hikaru Died"), a subtitle's first word capitalised after its colon ("<Name>:
    The <Subtitle>"); any other name as it is."""
    if not name.isupper():
        return name
    words = name.split()
    return " ".join(
        word
        if _ROMAN_NUMERAL.fullmatch(word)
        else word.lower()
        if at > 0 and word.lower() in _SMALL_WORDS and not words[at - 1].endswith(":")
        else word.capitalize()
        for at, word in enumerate(words)
    )


def _opening_lines(paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs holding the opening's first OPENING_LINES lines (at most
    _BODY_CHARS characters in all)."""
    taken: list[str] = []
    lines = size = 0
    for paragraph in paragraphs:
        if lines >= OPENING_LINES or size >= _BODY_CHARS:
            break
        taken.append(paragraph)
        lines += paragraph.count("\n") + 1
        size += len(paragraph) + 2
    return taken


# what a letter's earlier installment held, said before a name it names there ("last issue's
# <Known> wrap-up", "the previous edition's <Known> poll"), in the folded text; not "last
# week's", which a weekly review says of its own show's last episode
_EARLIER_INSTALMENT = re.compile(
    r"\b(?:last|previous|past)\s+(?:issue|edition|newsletter|letter|instal?ment)'s\s+$"
)
_EARLIER_INSTALMENT_LOOK = 30  # characters before a name read for it
_SAID_WITH_EPISODE = 0.5  # a vote's bonus for a name said with an episode's number after it


def _most_named(
    draft: Draft, names: AnimeNames, paragraphs: Sequence[str], what: str
) -> str | None:
    """The known anime these opening paragraphs name most (the earlier the better, and said
    with an episode's number after it the more), if any.
    A name said as an earlier installment's subject ("welcome to those who came for last
    issue's <Known> wrap-up": a letter's greeting) is not this one's, and gets no vote."""
    opening = "\n\n".join(paragraphs)[:_BODY_CHARS]
    votes: dict[str, float] = {}
    folded = ""
    for title, written, position in names.exact_in(opening):
        folded = folded or fold(opening)
        start = max(0, position - _EARLIER_INSTALMENT_LOOK)
        if _EARLIER_INSTALMENT.search(folded, start, position) is not None:
            draft.explain("anime", f"ignored {title!r}: an earlier installment's subject")
            continue
        votes[title] = votes.get(title, 0.0) + 1.0 - position / (10 * _BODY_CHARS)
        if _EPISODE_AFTER_NAME.match(folded, position + len(written)) is not None:
            # "<Name>, Episode 8": the episode the page is about, said with its show's name
            votes[title] += _SAID_WITH_EPISODE
    if not votes:
        return None
    chosen = max(votes, key=lambda t: votes[t])
    draft.explain("anime", f"{chosen!r}: named in the opening {what}")
    for other in votes:
        if other != chosen:
            draft.explain("anime", f"ignored {other!r}: named less often")
    return chosen


# "<A> vs. <B>": the two known names a versus headline sets against each other
_VERSUS = re.compile(r"\s+(?:vs\.?|versus)\s+")
_FIRST_OF_VERSUS = 0.5  # its first name's bonus: more than a longer name's, less than a marker's
# "From the studio behind <Known>: …": another work of the show's makers, named to compare
_MADE_BY_LEAD_IN = re.compile(
    r"\b(?:from|by)\s+the\s+(?:studios?|creators?|directors?|team|makers?|staff|people|author"
    r"|mangaka|writers?|animators?)\s+(?:behind|of|(?:who|that)\s+(?:made|gave\s+us|brought"
    r"\s+(?:us|you)))\s+$"
)
_MADE_BY_LOOK = 60  # characters before a name read for that lead-in
_COMPARED_WORK = 1.5  # its vote's loss: under any other name's, marked or not


def _weigh_compared(
    votes: dict[str, float], named: Sequence[tuple[str, int, int]], folded_title: str
) -> None:
    """Adjust the `votes` of the known names a title holds two of (`named`: each one's anime
    and span in `folded_title`) for how the headline compares them: the first of "<A> vs.
    <B>" (a versus column reviews its first show, the other is its foil) gains; one after a
    lead-in naming its makers' other work ("From the Studio Behind <Other>: <Show>'s Finale,
    Graded") loses, a comparison to sell the show the rest of the headline names."""
    if "vs" in folded_title or "versus" in folded_title:
        for first, _, end in named:
            for other, start, _ in named:
                if other != first and _VERSUS.fullmatch(folded_title, end, start) is not None:
                    votes[first] += _FIRST_OF_VERSUS
    if " the " not in folded_title:
        return
    for title, start, _ in named:
        look = max(0, start - _MADE_BY_LOOK)
        if _MADE_BY_LEAD_IN.search(folded_title, look, start) is not None:
            votes[title] -= _COMPARED_WORK


def _known_by_its_english_title(draft: Draft, names: AnimeNames) -> str | None:
    """The known anime a web page's show card (or infobox) gives as the show's English title
    ("English title: <Known> · <Studio>"), under a headline that names no show (a pun): the
    review's text may call the show by its romanised name only, and name known anime it
    compares it with. None when the page gives none, or one the store does not know."""
    english = draft.meta.english_title if draft.meta is not None else None
    chosen = names.by_name.get(fold(english)) if english else None
    if chosen is not None:
        draft.explain("anime", f"{chosen!r}: the page's show card gives it as the English title")
    return chosen


def _named_by_show_card(draft: Draft, names: AnimeNames) -> str | None:
    """The anime a web page's show card heads its list of the show's facts with ("<Name>"
    over "Studio: …, Episode: 2 of 12"), known or new, under a headline naming no show (a
    character's name, a sentence): the site's own statement of what the review is of, over a
    known show its text compares it with. None when the page has none, or it is the headline
    or not written as a name."""
    card = draft.meta.show_card if draft.meta is not None else None
    if not card or fold(card) == fold(draft.title) or not _written_as_a_name(card):
        return None
    chosen = names.match(card) or card
    which = "a known" if fold(chosen) in names.by_name else "a new"
    draft.explain("anime", f"{chosen!r}: {which} anime, which the page's show card names")
    return chosen


def _named_in_page_title(draft: Draft, names: AnimeNames) -> str | None:
    """The one known anime a web page's whole <title> names, when its headline (a part of that
    title: "Short headline - <Show> Episode Title - Site") names none."""
    whole = draft.meta.page_title if draft.meta is not None else None
    if not whole or whole == draft.title:
        return None
    chosen = _one_known_in(names, (whole,))
    if chosen is not None:
        draft.explain("anime", f"{chosen!r}: the page's <title> names it ({whole!r})")
    return chosen


def _named_in_address(draft: Draft, names: AnimeNames) -> str | None:
    """The known anime a web page's address names, if it names one (and only one)."""
    url = draft.meta.url if draft.meta is not None else None
    found = names.in_address(url) if url else None
    if found is None:
        return None
    draft.explain("anime", f"{found[0]!r}: the page's address names it ({found[1]!r})")
    return found[0]


def _named_by_community(draft: Draft, names: AnimeNames) -> str | None:
    """The known anime a community post copied as text was posted in a community named
    after ("r/SomeShow" above its poster line, as "/r/SomeShow/" in its address): a
    community kept for one show, whose posts need not name it."""
    if not draft.community:
        return None
    found = names.in_slugs((draft.community,))
    if found is None:
        return None
    draft.explain("anime", f"{found[0]!r}: the community it was posted in is named after it")
    return found[0]


def _known_filed_in_crumbs(
    draft: Draft, names: AnimeNames, pattern: str | None = None
) -> str | None:
    """The one known anime a web page's breadcrumbs name ("Forums › Anime › <Known> 2nd
    Season", "Home › Reviews › <Romanised> (<Known>) › Episode 5"), in its markup or on a line
    above its title (a copied page's "Home / Recaps / <Known>"): a forum's board or a site's
    section kept for one show, whose thread is headed by the show's abbreviation or romanised
    name ("<Abbr> S2 Ep 17 …"), or whose headline is a sentence naming a character only. With
    the new name `pattern` a title's pattern gave, only when none of them says it. The crumb
    that is the page's own headline is left out. None otherwise."""
    crumbs = draft.filing_crumbs()
    if not crumbs:
        return None
    if pattern is not None and any(_said_as_words(fold(pattern), fold(c)) for c in crumbs):
        return None
    chosen = _one_known_in(names, crumbs)
    if chosen is not None:
        ignored = (
            ""
            if pattern is None
            else f"; ignored {pattern!r} from the title's pattern, which they never say"
        )
        draft.explain(
            "anime",
            f"{chosen!r}: the page's breadcrumbs file it there ({' › '.join(crumbs)!r}){ignored}",
        )
    return chosen


# what follows a known name at the start of an aside that restates the headline's episode:
# its season's or its episode's words ("(<Known> season 2, fifth episode …", "[<Known>, ep 29")
_GLOSS_AFTER = re.compile(
    r"\s*,?\s*(?:(?:season|part|cour)\s+\d|episodes?\b|eps?\b|s\d{1,2}(?:\s?e\d{1,4})?\b)", re.I
)
_GLOSS_PARAGRAPHS = 2  # paragraphs of the opening, a date line perhaps first, the aside among them
_GLOSS_HEAD = 2 * MAX_ANIME_NAME  # characters of each read: the warning's words, name, episode
# what opens such an aside: a bracket, or a Markdown emphasis ("*Spoilers for …*"), its words
# right after it
_ASIDE_OPENS = re.compile(r"[(\[]|[*_]{1,2}(?=[^\s*_])")
# ...and a spoiler warning's words before the name, which say the show named is the one the
# page spoils ("Spoilers for <Known> episode 6 below", "Spoiler warning: <Known> S2E5"), with
# or without the emphasis (a web page's italics are lost with its markup)
_SPOILERS_FOR = re.compile(
    r"(?:(?:minor|major|mild|light|heavy|full)\s+)?spoilers?"
    r"(?:\s*(?:warning|alert)\s*[:—–-]\s*|\s+(?:ahead\s+|below\s+)?(?:for|through|up\s+to)\s+)"
)
# ...or the words saying the name after them is the show's other one ("(aka <Known> for anyone
# on the English stream)", "(also known as <Known>)"): the aside names the headline's show again,
# by the name the store knows, so needs no episode after it (its bracket perhaps inside an
# emphasis: "*(aka <Known> …)*")
_OTHER_NAME_FOLLOWS = re.compile(r"[(\[]?(?:a\.?k\.?a\.?|also\s+known\s+as)\s+")


def _known_glossing_the_title(draft: Draft, names: AnimeNames, pattern: str) -> str | None:
    """The known anime an aside opening the text names, with the season or the episode after
    it: the note under a headline saying which show and episode it is, by the name the store
    knows ("<Nickname> S2 ep 5 — thoughts" over a date line, then "(<Known> season 2, fifth
    episode. …)"), in brackets, in an emphasis ("*Spoilers for <Known> episode 6 below.*") or
    as a spoiler warning ("Spoilers for <Known> episode 6 ahead."), or an aside saying the
    headline's show is also known by the store's name ("(aka <Known> for anyone reading on
    the English stream)", under a chat message headed by the romanised title). None
    otherwise: an aside naming a known show for anything else ("(<Known> fans, this one is
    for you)") glosses no headline, nor does a paragraph merely opening with a known show's
    name."""
    if names.pattern is None:
        return None
    for paragraph in draft.paragraphs[:_GLOSS_PARAGRAPHS]:
        folded = fold(paragraph[:_GLOSS_HEAD])
        opens = _ASIDE_OPENS.match(folded)
        start = opens.end() if opens is not None else 0
        warning = _SPOILERS_FOR.match(folded, start)
        if opens is None and warning is None:
            continue
        other = _OTHER_NAME_FOLLOWS.match(folded, start) if warning is None else None
        if other is not None:
            # "(aka <Known> …)": the known name ends its clause or says by whom it is
            # called so, not "(aka <Known>'s little sister)"
            known = names.pattern.match(folded, other.end())
            if known is None or (
                _CLAUSE_END.match(folded, known.end()) is None
                and _CALLED_SO_BY.match(folded, known.end()) is None
            ):
                continue
        else:
            known = names.pattern.match(folded, warning.end() if warning is not None else start)
            if known is None or _GLOSS_AFTER.match(folded, known.end()) is None:
                continue
        chosen = names.title_of(known.group(0))
        if chosen is not None:
            draft.explain(
                "anime",
                f"{chosen!r}: the aside opening the text says which show it is "
                f"({paragraph[:60]!r}); ignored {pattern!r} from the title's pattern",
            )
            return chosen
    return None


_ASIDE_BRACKETS = "(["  # what opens the aside under a heading, perhaps inside its emphasis


def _known_glossing_heading(draft: Draft, names: AnimeNames, line: str) -> str | None:
    """The known anime the aside right under a heading `line` of the opening gives as the
    show's other name, opening the aside and ending its clause or saying by whom it is
    called so ("## First impressions: <Romaji> Season 2" then "*(<Known> in English. This
    covers …)*"): a letter's feature headed by the show's original name, the store's name
    for it under it. None when the paragraph after the heading is no such aside (a
    paragraph of prose opening with another show's name glosses nothing)."""
    if names.pattern is None:
        return None
    paragraphs = draft.paragraphs
    at = next((i for i, p in enumerate(paragraphs[:-1]) if line in p), None)
    if at is None:
        return None
    aside = paragraphs[at + 1].lstrip(_EMPHASIS_MARKS)
    if aside[:1] not in _ASIDE_BRACKETS:
        return None
    folded = fold(aside[:_GLOSS_HEAD])
    known = names.pattern.match(folded, 1)
    if known is None or (
        _CLAUSE_END.match(folded, known.end()) is None
        and _CALLED_SO_BY.match(folded, known.end()) is None
    ):
        return None
    return names.title_of(known.group(0))


def _named_by_chat_header(draft: Draft, names: AnimeNames) -> str | None:
    """The one known anime a chat export's header names ("Channel: Watch Club / some-show",
    "#someshow"): a channel kept for one show, whose posts need not name it."""
    if not draft.chat_header:
        return None
    found = names.in_slugs(draft.chat_header)
    if found is None:
        return None
    draft.explain("anime", f"{found[0]!r}: the chat export's header names it ({found[1]!r})")
    return found[0]


def _only_one_named(draft: Draft, names: AnimeNames) -> str | None:
    """The known anime the document's text names, when it names one and only one."""
    chosen = _one_known_in(names, draft.paragraphs)
    if chosen is not None:
        draft.explain("anime", f"{chosen!r}: the only known anime its text names")
    return chosen


# a notes app's or a tracker's properties under its heading, one "Label: value" a line ("Show:
# <Name>", "**Anime:** <Name>", "Status: Watching"); the show's is labelled "Show" or "Anime"
_PROPERTY_LINE = re.compile(r"[*_]{0,2}[A-Za-z][\w ()/-]{0,24}[*_]{0,2}\s*:[*_]{0,2}\s+\S")
_SHOW_PROPERTY = re.compile(
    r"[*_]{0,2}(?:show|anime)[*_]{0,2}\s*:[*_]{0,2}\s+(?P<name>\S.{0,120}?)\s*", re.IGNORECASE
)
_LINK_MARKS = "[]\"'“”"  # a notes app's link ("[[Name]]") or a quoted value around the name


# a database page's or an infobox's line giving another title of the show ("English: <Name>",
# "Synonyms: <Name>, <Other>", "Also known as: <Name>", "Romaji title: <Name>")
_OTHER_TITLE_PROPERTY = re.compile(
    r"[*_]{0,2}(?:english|romaji|romani[sz]ed|synonyms?|also\s+known\s+as|a\.?k\.?a\.?"
    r"|(?:alternative|alternate|alt\.?|other)\s+(?:titles?|names?))(?:\s+(?:titles?|names?))?"
    r"[*_]{0,2}\s*:[*_]{0,2}\s+(?P<names>\S[^\n]{0,200}?)\s*",
    re.IGNORECASE,
)


def _known_listed_as_other_title(draft: Draft, names: AnimeNames) -> str | None:
    """The known anime a line of the opening lists as another title of the show, alone or as
    an item of its list ("English: <Known>", "Synonyms: <Other>, <Known>"): a database site's
    page heads itself with the show's main name (romanised Japanese: "<Romaji> - Reviews"),
    which the store may know by its English one, and lists the other names in a box beside
    it. None when no such line names exactly one known anime."""
    found: set[str] = set()
    for paragraph in _opening_lines(draft.paragraphs):
        if ":" not in paragraph:
            continue
        for line in paragraph.splitlines():
            listed = _OTHER_TITLE_PROPERTY.fullmatch(line.strip())
            if listed is None:
                continue
            value = listed.group("names").strip(_LINK_MARKS)
            for item in (value, *value.split(",")):
                title = names.by_name.get(fold(item.strip(_ITEM_MARKS)))
                if title is not None:
                    found.add(title)
    return found.pop() if len(found) == 1 else None


def _named_by_properties(draft: Draft, names: AnimeNames) -> str | None:
    """The anime a notes page's properties name ("Show: <Name>" among other "Label: value"
    lines in a block of its opening): the note's own word for the show, whose headline may
    call it by a nickname that makes no clear pattern ("<Nickname> — eps 1–2 first
    impressions"). The known anime it matches, else the name as written, if written as one."""
    for paragraph in _opening_lines(draft.paragraphs):
        if ":" not in paragraph:
            continue
        lines = paragraph.splitlines()
        if len(lines) < 2 or not all(_PROPERTY_LINE.match(line) for line in lines):
            continue
        for line in lines:
            found = _SHOW_PROPERTY.fullmatch(line)
            if found is None:
                continue
            name = _trim_name(found.group("name").strip(_LINK_MARKS))
            chosen = names.match(name) if name else None
            if chosen is None and _written_as_a_name(name):
                chosen = name
            if chosen is not None:
                draft.explain("anime", f"{chosen!r}: the note's properties name it ({line!r})")
                return chosen
    return None


_ITEM_MARKS = " \t[]\"'“”"  # around a front matter list's item: '["Name", "Other"]'


def _filed_items(draft: Draft) -> list[str]:
    """The names the front matter files the post under: its categories and its `show` or
    `series`, each whole and item by item ("Name, Other", '["Name"]'), as written; and an
    item giving the show's other title in brackets after its name ('show: "<Name> (<Other
    Name>)"', a notes app's English and romanised names side by side) as each of the two."""
    items: list[str] = []
    for value in (draft.front_matter.category, draft.front_matter.show):
        if value:
            items.append(value.strip(_ITEM_MARKS))
            if "," in value:
                items.extend(item.strip(_ITEM_MARKS) for item in value.split(","))
    for item in list(items):
        if item[-1:] == ")" and (other := _OTHER_TITLE.search(item)) is not None:
            items.append(item[: other.start()].strip(_ITEM_MARKS))
            items.append(other.group(0).strip()[1:-1].strip())
    return [item for item in items if item]


def _known_filed_under(draft: Draft, names: AnimeNames) -> str | None:
    """The one known anime the front matter files the post under, an item of its categories
    or its `show` or `series` being that anime's name ("categories = ["<Known>"]"): a static
    site files a post under its show, and its title may call it by a name the store does not
    know (its romanised Japanese one). None when it names none, or more than one."""
    found = {title for item in _filed_items(draft) if (title := names.by_name.get(fold(item)))}
    if len(found) != 1:
        return None
    chosen = found.pop()
    draft.explain("anime", f"{chosen!r}: the front matter files the post under it")
    return chosen


def _filed_show_the_opening_says(draft: Draft) -> str | None:
    """A new anime's name when the front matter's `show` (or `series`) gives it, written as a
    name, and the opening paragraphs say it again, written the same, in a sentence: a static
    site's post under a headline that names no show ("Something Wearing a Stranger's Face"),
    filed under the series it reviews. Only when those paragraphs name no known anime (a
    column's name in `series:` leaves the known anime its opening reviews); season words are
    no part of the name. Else None."""
    show = draft.front_matter.show
    if not show:
        return None
    name = _trim_name(_without_season_words(show.strip(_ITEM_MARKS)))
    if (
        not _written_as_a_name(name)
        or len(name.split()) > _MAX_LONG_NAME_WORDS
        or KIND_WORDS.search(name)
        or EPISODE_MARKER_TEXT.search(name)
    ):
        return None
    if not any(_said_in_words(name, text) for text in draft.paragraphs[:_BODY_PARAGRAPHS]):
        return None
    draft.explain("anime", f"{name!r}: a new anime, the front matter's show, said in the opening")
    return name


def _fuller_filed_under(draft: Draft, pattern: str) -> str | None:
    """The front matter's name for the show (its `show:`, a category) when it holds the
    title's `pattern` and the title writes it whole, written as a name: a name whose first
    part the title's colon set apart ("<Short>: <Subtitle> — Episode 4", pattern "<Subtitle>")
    is whole in the note's own word for it; or a name the title's pattern abbreviates to its
    initials, in capitals ("SL S2E3 (ep 15)" filed under `show: "[[Some Long]]"`). None
    otherwise."""
    folded_pattern = fold(pattern)
    folded_title = fold(draft.title or "")
    for item in _filed_items(draft):
        folded = fold(item)
        if not _written_as_a_name(item) or folded == folded_pattern:
            continue
        if _said_as_words(folded_pattern, folded) and _said_as_words(folded, folded_title):
            return " ".join(item.split())
        if _abbreviates(pattern, item):
            return " ".join(item.split())
    return None


def _filed_name_written_beside(draft: Draft, pattern: str) -> str | None:
    """The front matter's name for the show (its `show:` or `series:`, a category) when the
    opening, or the page's summary, gives it and the title's `pattern` as one show's two
    names, one in brackets right after the other ("*<English>* (<Romaji>, or …)", "<Romaji>
    (aka <English>)", "<English>, or <Romaji> if you …"): a site files each post under its
    own name for the show, which its headlines may write in another language; that name,
    the same on every post, is the anime's. A podcast's or a column's name is never said
    beside the show's as its other name. None when no such name is written so."""
    if draft.front_matter.show is None and draft.front_matter.category is None:
        return None
    folded_pattern = fold(pattern)
    texts = ["\n\n".join(_opening_lines(draft.paragraphs))]
    if summary := draft.summary():
        texts.append(summary)
    for item in _filed_items(draft):
        name = _trim_name(_without_season_words(" ".join(item.split())))
        if (
            not _written_as_a_name(name)
            or fold(name) == folded_pattern
            or KIND_WORDS.search(name)
            or EPISODE_MARKER_TEXT.search(name)
        ):
            continue
        # the filed name as the one name known, so the check that finds a known anime
        # written beside a new name finds it
        filed = AnimeNames((), (name,))
        if any(_known_written_beside(filed, pattern, text) for text in texts if text):
            return name
    return None


def _filed_show_of_subtitled_season(draft: Draft, pattern: str) -> str | None:
    """The front matter's show (its `show:` or `series:`) when the front matter numbers a
    later season (`season: 3`) and the title writes the show's name whole, then its
    season's subtitle, the title's `pattern`, set apart ("<Show> – <Subtitle> | Season
    Review"): a static site files each season's post under the show, and the subtitle
    names that later season of it, not a show of its own. None when the season is the
    first, or none is numbered (a column's name in `series:` heads posts on many shows),
    or the title numbers its own season (the subtitle then a part of the show's name)."""
    show = draft.front_matter.show
    season = draft.front_matter.season
    title = draft.title or ""
    if not show or season is None or season < 2 or names_a_season(title):
        return None
    folded_title = fold(title)
    folded_pattern = fold(pattern)
    folded_show = fold(show)
    for item in _filed_items(draft):
        name = " ".join(item.split())
        folded = fold(name)
        # (the show's items only: a category may be a column's, or a kind's, name)
        if folded not in folded_show or not _written_as_a_name(name) or folded == folded_pattern:
            continue
        at = folded_title.find(folded)
        if at < 0 or (at > 0 and folded_title[at - 1].isalnum()):
            continue
        # (the subtitle set apart after the name: "<Show>: <Subtitle>", "<Show> – <Subtitle>")
        after = _HEADLINE_BREAK.match(folded_title, at + len(folded))
        if after is not None and folded_title.startswith(folded_pattern, after.end()):
            return name
    return None


# a later season's number right after a show's name ("<Name> Season 2", "<Name> season two",
# "<Name> 2nd Season", "<Name> S2", "<Name> Cour 2"); folded text. A first season's ("Season
# 1") is not one: a show's own season, which a subtitle after its name need not be
_LATER_SEASON_NUMBER_AFTER_NAME = re.compile(
    r"\s+(?:(?:season|cour)\s+(?:[2-9]|1\d|two|three|four|five|six)"
    r"|(?:2nd|3rd|[4-9]th|1\dth|second|third|fourth|fifth|sixth)\s+(?:season|cour)|s[2-9])\b"
)


def _show_of_subtitled_season(draft: Draft, pattern: str) -> str | None:
    """The show before the title's colon ("<Show>: <Subtitle> – Season Review") when the
    page, its summary or its text, calls that show's season a later one by the show's name
    ("<Show> Season 2", "the second season of <Show>", "<Show>'s sequel"): the subtitle names
    that later season, and an anime in the store is the whole show, named without its
    season's words. The title's `pattern` is the subtitle alone (the colon set the head
    apart) or the two whole. None when the page does not say so: a show whose own name
    has a colon ("<Name 100>: <Subtitle>") is no later season of its head. None too when the
    title numbers its own season ("<Show>: <Subtitle> Season 2 Episode 4"): the subtitle
    stands in the place of a later season's number, and one beside its number is the
    show's own name's ("<Show>: <English Subtitle>", its season said by the text the same)."""
    title = draft.title or ""
    if names_a_season(title):
        return None
    if ": " not in pattern:
        at = title.find(pattern)
        before = title[:at].rstrip() if at > 0 else ""
        if before[-1:] != ":":
            return None
        heads = [_HEADLINE_BREAK.split(before[:-1])[-1]]
    else:
        # the name's leading parts up to each of its colons, the longest first, the whole
        # among them: a show whose own name holds a colon ("<Show>: <Tagline> – <Arc>
        # Episode 6") is the one the page calls a later season ("the second season of
        # <Show>: <Tagline>"), not the head before its first colon
        parts = _COLON.split(pattern)
        heads = [": ".join(parts[:count]) for count in range(len(parts), 0, -1)]
    texts = [fold(text) for text in (draft.summary(), "\n\n".join(draft.paragraphs)) if text]
    for part in heads:
        head = _trim_name(part)
        if not head or not has_word(head):
            continue
        folded_head = fold(head)
        for folded in texts:
            for start, end in _word_spans(folded_head, folded):
                if (
                    _LATER_SEASON_NUMBER_AFTER_NAME.match(folded, end) is not None
                    or _LATER_SEASON_AFTER_NAME.match(folded, end) is not None
                    or _LATER_SEASON_BEFORE_NAME.search(
                        folded[max(0, start - _ABOUT_LOOKBACK) : start]
                    )
                ):
                    return head
    return None


_MIN_INITIALS = 2  # "SL"; a single capital abbreviates nothing clearly
# an abbreviation's parts: a capital for each word, a number for a word that is one ("MP100"
# of "Mob Psycho 100"), and the lower-case "x" between two capitals that a name's "x" keeps
# ("SxF" of "Spy x Family", "HxH")
_INITIAL_PARTS = re.compile(r"[A-Z]|\d{1,4}|(?<=[A-Z])x(?=[A-Z])")
# a later season's numeral after an abbreviation ("<AB> III", "<AB> 2", "<AB> S2")
_ABBREVIATION_SEASON = re.compile(r"\s+(?:[IVX]{1,4}|\d{1,2}|S\d{1,2})$")


def _initial_parts(short: str) -> list[str] | None:
    """The parts of `short` written as initials in capitals, perhaps with a number for a word
    that is one ("SL", "AOT", "MP100"): at least _MIN_INITIALS capitals; else None."""
    parts = _INITIAL_PARTS.findall(short)
    if "".join(parts) != short or sum(part.isupper() for part in parts) < _MIN_INITIALS:
        return None
    return parts


def _abbreviates(short: str, name: str) -> bool:
    """Is `short` the initials of `name`'s words, written in capitals ("SL" of "Solo
    Leveling", "AOT" of "Attack on Titan"), a word that is a number kept whole ("MP100" of
    "Mob Psycho 100")?"""
    parts = _initial_parts(short)
    if parts is None:
        return False
    words = [word for word in name.split() if word[:1].isalnum()]
    return len(words) == len(parts) and all(
        word == part if part.isdigit() else word[0].upper() == part.upper()
        for word, part in zip(words, parts, strict=True)
    )


_MAX_INITIALS = 6


def _spelled_out(short: str, opening: str) -> str | None:
    """The name the `opening` writes out whose initials the title's pattern `short` is, in
    capitals ("MHA" in "My weekly MHA review #39" over "this week's My Hero Academia review"):
    a community's post heads itself with the show's abbreviation and says it in full below.
    A number in the abbreviation is a word of the name ("MP100"), and a later season's
    numeral after it is no part of the name ("<AB> III"). The first such run of words written
    as a name, else None."""
    short = _ABBREVIATION_SEASON.sub("", short)
    parts = _initial_parts(short)
    if parts is None or len(parts) > _MAX_INITIALS:
        return None
    # the first word in its capital, the others perhaps a small word ("Attack on Titan")
    words = [part if part.isdigit() else f"[{part}{part.lower()}][\\w'’-]*" for part in parts[1:]]
    first = parts[0] if parts[0].isdigit() else f"{parts[0]}[\\w'’-]*"
    rest = "".join(rf"\s+{word}" for word in words)
    for found in re.finditer(rf"(?<![\w'’-]){first}{rest}(?![\w'’-])", opening):
        name = found.group(0)
        if _abbreviates(short, name) and _written_as_a_name(name):
            return name
    return None


# a fan's short name for a show, one token: the starts of its words, in capitals, perhaps
# with more of a word's letters ("DunMeshi") or a capital for a later syllable ("JJK")
_CLIPPED_NAME = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:\d{1,4})?")
_CLIPPED_PARTS = re.compile(r"[A-Z][a-z]*|\d{1,4}")
# the word a numbered name writes before its number, which its short name drops ("No. 8")
_NUMBER_WORDS = frozenset({"no.", "no", "#", "nº"})
_VOWELS = frozenset("aeiouy")


def _clips(parts: Sequence[str], words: Sequence[str]) -> bool:
    """Are `parts` (folded) the starts of `words` in order, each word begun by one, and a
    word's further parts the starts of its later syllables (a consonant after a vowel:
    "ju-jutsu")?"""
    if not words:
        return not parts
    if parts and parts[0].isdigit():
        # a number is a word of its own, perhaps after the "No." it drops ("KJ8" of "K-J No. 8")
        if len(words) > 1 and words[0] in _NUMBER_WORDS:
            words = words[1:]
        return words[0] == parts[0] and _clips(parts[1:], words[1:])
    if not parts or not words[0].startswith(parts[0]):
        return False
    word, at, index = words[0], len(parts[0]), 1
    while True:
        if _clips(parts[index:], words[1:]):
            return True
        if index == len(parts):
            return False
        part = parts[index]
        found = next(
            (
                j
                for j in range(at, len(word))
                if word[j] not in _VOWELS and word[j - 1] in _VOWELS and word.startswith(part, j)
            ),
            None,
        )
        if found is None:
            return False
        at, index = found + len(part), index + 1


def _clipped_parts(pattern: str) -> list[str] | None:
    """The lower-cased starts a fan's short name is built from ("JJK": j, j, k; "DunMeshi":
    dun, meshi), a later season's numeral after it left out; None when `pattern` is no such
    name, or has more parts than _MAX_INITIALS."""
    short = _ABBREVIATION_SEASON.sub("", pattern)
    if not _CLIPPED_NAME.fullmatch(short):
        return None
    parts = [part.lower() for part in _CLIPPED_PARTS.findall(short)]
    return parts if len(parts) <= _MAX_INITIALS else None


def _known_clipped(names: AnimeNames, pattern: str, opening: str) -> str | None:
    """The known anime the title's `pattern` is a fan's short name of, built from the starts
    of its words or syllables ("DunMeshi", "JJK" of "Ju-jutsu Kai-sen"), when the opening
    writes that name out: a known anime's only, never a new one's. None otherwise."""
    parts = _clipped_parts(pattern)
    if parts is None:
        return None
    for title, written, _ in names.exact_in(opening):
        words = [word for word in written.split() if word[:1].isalnum()]
        if 1 < len(words) <= len(parts) and _clips(parts, words):
            return title
    return None


# a fan's short name typed in lower case, one token of letters ("jjk", "aot"): each letter
# starts a word or a later syllable of the name
_LOWER_CLIPPED = re.compile(r"[a-z]{2,6}")


def _known_clipped_in_lower_case(names: AnimeNames, pattern: str) -> str | None:
    """The one known anime whose words' or syllables' starts the title's `pattern` spells
    letter by letter in lower case ("jjk" of "Ju-jutsu Kai-sen"), no ordinary word: a note's
    or a chat's headline types its show's short name so. Only when it clips every word of
    one known anime's name, and of no other's; never a new anime's. None otherwise."""
    if _LOWER_CLIPPED.fullmatch(pattern) is None or common_word(pattern):
        return None
    return _the_one_known_clipped(names, list(pattern))


def _the_one_known_clipped(names: AnimeNames, parts: Sequence[str]) -> str | None:
    """The one known anime (of every name the store knows it by) whose every word `parts`
    clip (_clips), when they clip no other's; None otherwise."""
    clipped = {
        title
        for name, title in names.by_name.items()
        if 1 < len(words := [w for w in fold(name).split() if w[:1].isalnum()]) <= len(parts)
        and _clips(parts, words)
    }
    if len(clipped) != 1:
        return None
    (title,) = clipped
    return title


# a chat message opening with a fan's short name for the show and the episode it is about
# ("JJK s2e5 (29 overall)", "DunMeshi ep 14"), perhaps after a word or two ("ok. JJK s2e5")
_CLIPPED_THEN_EPISODE = re.compile(
    r"(?:\S+\s+){0,2}?(?P<short>[A-Z][A-Za-z]*[A-Z][A-Za-z]*\d{0,4})\s+"
    r"(?:[sS]\d{1,2}\s?[eE]\d{1,4}|(?:[Ee]p(?:isode)?|EP(?:ISODE)?)\.?\s*\d{1,4})\b"
)
_MAX_CLIP_HEAD = 24  # characters of a message's first line the short name may stand within


def _known_clipped_in_chat(draft: Draft, names: AnimeNames) -> str | None:
    """The known anime a chat export's message names by a fan's short name, right before the
    episode it is about ("JJK s2e5" of "Jujutsu Kaisen"): a club's channel says its shows so
    and never in full. Only when the short name clips every word of one known anime's name,
    and of no other's; never a new anime's. None otherwise."""
    if not draft.chat_header:
        return None
    for paragraph in draft.paragraphs:
        head = paragraph[:_MAX_CLIP_HEAD]
        if "s" not in head.lower() and "e" not in head.lower():
            continue
        found = _CLIPPED_THEN_EPISODE.match(paragraph)
        if found is None or found.start("short") > _MAX_CLIP_HEAD:
            continue
        parts = _clipped_parts(found.group("short"))
        title = _the_one_known_clipped(names, parts) if parts is not None else None
        if title is not None:
            draft.explain(
                "anime",
                f"{title!r}: a chat message names it by its fans' short name "
                f"({found.group('short')!r}), before the episode",
            )
            return title
    return None


def _known_clipped_under_its_word(draft: Draft, names: AnimeNames) -> str | None:
    """The known anime a note's opening line names by a fan's short name right before the
    episode ("VS S2E12 — ep 36 overall" of "Vinland Saga"), when the note's own name says
    that anime's first word as a word, no common word ("vinland notes"): a phone's note is
    named by a word of the show and its lines say it short. Either cue alone may be another
    show's (a new anime's initials, a first word another name shares); the two agreeing on
    one known anime, and the short name clipping no other's, name it. None otherwise."""
    title = fold(draft.title or "")
    if not title or draft.chat_header:
        return None
    for paragraph in draft.paragraphs[:_BODY_PARAGRAPHS]:
        found = _CLIPPED_THEN_EPISODE.match(paragraph)
        if found is None or found.start("short") > _MAX_CLIP_HEAD:
            continue
        parts = _clipped_parts(found.group("short"))
        chosen = _the_one_known_clipped(names, parts) if parts is not None else None
        if chosen is None:
            continue
        first = fold(chosen).split()[0]
        if common_word(first) or not _said_as_words(first, title):
            continue
        draft.explain(
            "anime",
            f"{chosen!r}: the note's name says its first word and a line names it by its "
            f"fans' short name ({found.group('short')!r}), before the episode",
        )
        return chosen
    return None


def _known_clipped_below(draft: Draft, names: AnimeNames, pattern: str) -> str | None:
    """_known_clipped over the text after the opening: a weekly post headed by the fans' short
    name ("JJK S2 Episode 17") may write the known anime's name out only further down (its
    sign-off's links, "my <Known> season 1 retrospective"); a short name that clips a known
    name's every word is that anime's wherever the page writes it. None otherwise."""
    if len(draft.paragraphs) <= _BODY_PARAGRAPHS or _clipped_parts(pattern) is None:
        return None
    return _known_clipped(names, pattern, "\n\n".join(draft.paragraphs[_BODY_PARAGRAPHS:]))


def _clipped_from_community(draft: Draft, names: AnimeNames, pattern: str) -> str | None:
    """The known anime the title's `pattern` is a fan's short name of ("JJK" of "Ju-jutsu
    Kai-sen"), which the community the page was posted in is named after, its words glued
    ("r/SomeShow" in the page's <title>, on a line of its own, or in its address): a community
    kept for one show heads its posts with the fans' name and needs not write it out. None
    otherwise."""
    parts = _clipped_parts(pattern)
    if parts is None:
        return None
    meta = draft.meta
    places = [meta.page_title or "", meta.url or ""] if meta is not None else []
    communities = [draft.community] if draft.community else []
    communities += [
        place[at + 2 :].split("/", 1)[0]
        for place in places
        if (at := place.find("r/")) >= 0 and (at == 0 or not place[at - 1].isalnum())
    ]
    if not communities:
        return None
    found = names.in_slugs(communities)
    if found is None:
        return None
    words = [word for word in found[0].split() if word[:1].isalnum()]
    if not 1 < len(words) <= len(parts) or not _clips(parts, [fold(w) for w in words]):
        return None
    return found[0]


# the opening's label for the show's whole name, under a headline giving it short ("(full
# title: **<Name>**. I am not typing that every week)", "Official title: <Name>")
_FULL_TITLE_LABEL = re.compile(
    r"\b(?:full|official|complete)\s+(?:english\s+|japanese\s+)?title(?:\s+is)?\s*:\s*",
    re.IGNORECASE,
)
# the opening's label for the show's English name beside the romanised one a headline gives
# ("(English title: <Known>. I'll keep the Japanese one here)")
_ENGLISH_TITLE_LABEL = re.compile(r"\benglish\s+(?:title|name)(?:\s+is)?\s*:\s*", re.IGNORECASE)
_FULL_TITLE_OPENERS = {"**": "**", "__": "__", "*": "*", "_": "_", '"': '"', "“": "”"}
# where a full title not set in emphasis or quotes ends: a sentence's end, a bracket, the line
_FULL_TITLE_END = re.compile(r"[.;)](?:\s|$)|\n")
_NOT_THE_SHOWS = re.compile(r"\b(?:episode|chapter|song|track|volume)(?:['’]s)?\s+$", re.IGNORECASE)
_NOT_THE_SHOWS_LOOK = 20  # characters before the label read for whose title it is


def _full_title_given(opening: str, labels: re.Pattern[str] = _FULL_TITLE_LABEL) -> str | None:
    """The show's name an `opening` labels its full or official title ("(full title: **<Name>**.
    It's '<nickname>' from here on)"), written as a name: a writer heading the post with a
    nickname spells the long name out once under it. Not an episode's or a song's title
    ("the episode's full title: …"). None when the opening labels none."""
    for label in labels.finditer(opening):
        before = opening[max(0, label.start() - _NOT_THE_SHOWS_LOOK) : label.start()]
        if _NOT_THE_SHOWS.search(before) is not None:
            continue
        rest = opening[label.end() : label.end() + 2 * MAX_ANIME_NAME]
        opener = next((o for o in _FULL_TITLE_OPENERS if rest.startswith(o)), None)
        if opener is not None:
            end = rest.find(_FULL_TITLE_OPENERS[opener], len(opener))
            name = rest[len(opener) : end] if end > 0 else ""
        else:
            ended = _FULL_TITLE_END.search(rest)
            name = rest[: ended.start()] if ended is not None else ""
        name = " ".join(name.split())
        if _written_as_a_name(name):
            return name
    return None


# a season's marker, then the episode's, right after a show's name ("<Name> V - Episode 8",
# "<Name> S2 Ep 5", "<Name> Season 2, Episode 5"): the season in capital Roman numerals, II to
# IX, as a later season of a Japanese title is numbered ("X" is a name's own), or in words
_SEASON_THEN_EPISODE = re.compile(
    r"\s+(?P<season>(?-i:II|III|IV|V|VI|VII|VIII|IX)|s\d{1,2}|(?:season|part|cour)\s+\d{1,2})"
    r"\s*[,:\-–—]?\s*(?:episode|ep\.?)\s*#?\s*(?P<episode>\d{1,4})\b",
    re.IGNORECASE,
)
_LINE_MARKS = " \t#*_>"  # a Markdown heading's or emphasis's marks around an opening line


def _named_in_full_below(draft: Draft, pattern: str) -> str | None:
    """The fuller name a line of the opening gives the show whose season and episode the
    title numbers after its pattern's name ("<Abbr> V - Episode 8 Discussion" over a post
    opening "<The Show's Full Name> V – Episode 8"): a thread headed by the show's nickname,
    its first post restating that season and episode after the show's full name. The two
    name one show; the season's marker is neither's (a Roman numeral after both names, which
    a name of its own would not share). None when no line restates them so, or its name is no
    longer than the title's."""
    at = draft.title.find(pattern)
    if at < 0:
        return None
    # (the pattern's name may keep the numeral: "<Abbr> V" before "- Episode 8")
    marker = _SEASON_THEN_EPISODE.search(draft.title, at)
    if marker is None or marker.start() > at + len(pattern):
        return None
    base = draft.title[at : marker.start()]
    if not base.strip():
        return None
    said = (" ".join(marker.group("season").casefold().split()), marker.group("episode"))
    title = fold(draft.title)
    for paragraph in _opening_lines(draft.paragraphs):
        for line in paragraph.split("\n"):
            line = line.strip(_LINE_MARKS)
            for found in _SEASON_THEN_EPISODE.finditer(line):
                if found.end() != len(line.rstrip()) and line[found.end() :].strip()[:1].isalnum():
                    continue  # (the marker ends the line, or a separator follows it)
                if title in fold(line):
                    # the line the title was read from ("Subject: <Letter> #47 — <Name> Season
                    # 2 Episode 4", an e-mail's header), not one restating it: what it holds
                    # before the name is its label and the letter's masthead, no fuller name
                    break
                restated = (" ".join(found.group("season").casefold().split()), found.group(2))
                name = _trim_name(line[: found.start()])
                if (
                    restated == said
                    and _written_as_a_name(name)
                    and fold(name) != fold(base)
                    and len(name.split()) > len(base.split())
                    and not _original_beside_english(name, base)
                ):
                    return name
    return None


def _original_beside_english(name: str, base: str) -> bool:
    """Is `name` the show's romanised Japanese title (perhaps in emphasis, its Japanese script
    in brackets after it: "**<Romaji> no <Romaji>** (<kana>)") where `base`, the title's name,
    is its English title of several words? Two names of one show in two languages, not a
    nickname and the full name it shortens: the headline's English name stands."""
    if not _english_title(base) or romanised_title(base):
        return False
    latin = _in_other_script(name) if name[-1:] in ")]" else None
    return romanised_title((latin or name).strip(" *_"))


def _subtitled_below(draft: Draft, pattern: str) -> str | None:
    """The show's full name when a heading of the opening writes the title's `pattern` with
    its subtitle after a colon, in a clear pattern of its own ("… first impressions of
    <Name>" over a letter's feature headed "FIRST IMPRESSIONS: <Name>: <Subtitle> (episode
    1)", "<Name>: <Subtitle> Episode 4 Review"): a subject line or a headline shortens the
    name the feature gives whole. None when no heading does."""
    head = fold(pattern) + ":"
    for line in opening_lines(_opening_lines(draft.paragraphs)):
        line = unframed(line.strip())
        if head not in fold(line) or not is_headline_line(line):
            continue
        # (the pattern as the opening: the colon after it is the name's own)
        name = name_in_pattern(line, pattern)
        if name is None or len(name) <= len(pattern) or name[len(pattern)] != ":":
            continue
        subtitle = name[len(pattern) :]
        if fold(name[: len(pattern)]) == fold(pattern) and _written_as_a_name(subtitle[1:].strip()):
            return pattern + (_cased(subtitle) if subtitle.isupper() else subtitle)
    return None


# an episode's marker right after a name ("<Name> Ep. 5: …", "<Name> Episode 5 Review")
_EPISODE_AFTER_NAME = re.compile(r"\s*[-–—:|,]?\s*(?:episode|ep\.?)\s*#?\s*(\d{1,4})\b", re.I)
_BOTH_NAMED_REACH = 400  # characters of a paragraph that must hold the two names together


def _renamed_in_a_heading(draft: Draft, pattern: str) -> str | None:
    """The show's other, longer name when a heading of the opening restates the title's
    episode after it in a clear pattern of its own ("<Nickname> Ep. 5: <words>" over a
    subheading "<English Name> Episode 5 Review"), and a paragraph of the opening says the
    two names together ("<Nickname> is the fans' name for <English Name>"): a blog heads its
    posts with the show's nickname and its article with the name it was released under.
    None when no heading does."""
    at = draft.title.find(pattern)
    said = _EPISODE_AFTER_NAME.match(draft.title, at + len(pattern)) if at >= 0 else None
    if said is None:
        return None
    short = fold(pattern)
    lines = _opening_lines(draft.paragraphs)
    for paragraph in lines:
        for line in paragraph.split("\n"):
            line = unframed(line.strip())
            if short in fold(line) or not is_headline_line(line):
                continue
            name = name_in_pattern(line)
            if name is None or len(name) <= len(pattern) or not _written_as_a_name(name):
                continue
            restated = _EPISODE_AFTER_NAME.match(line, line.find(name) + len(name))
            if restated is None or restated.group(1) != said.group(1):
                continue
            full = fold(name)
            if any(
                short in chunk and full in chunk
                for chunk in (fold(p[:_BOTH_NAMED_REACH]) for p in lines)
            ):
                return name
    return None


def _written_as_a_name(name: str) -> bool:
    """Is `name` written as a show's name: a capital or a digit first, no words in lower case
    but a title's small ones, no sentence's end, short enough for an anime's name?"""
    return (
        0 < len(name) <= MAX_ANIME_NAME
        and (name[0].isupper() or name[0].isdigit())
        and name[-1] not in ".,;:"
        and not _lower_case_word(name)
    )


# an episodic blog's number after a name: "<Name> – 06", "<Name> 2nd Season – 06 (30)" (the
# number through the seasons in brackets), "<Name> – 12 [END]"
_DASH_NUMBER_END = re.compile(
    r"\s+[-–—]\s+\d{1,4}(?:v\d)?(?:\s*[(\[](?:\d{1,4}|end|final)[)\]])?$", re.IGNORECASE
)


def _name_the_text_repeats(draft: Draft) -> str | None:
    """A new anime's name when the title is only that name (perhaps with an episodic blog's
    "– 06 (30)" after it, and its season's words), or the line under a title-line is (a
    database page's header: the show's main name, its English name under it, then the
    site's tabs), and the text after it says the name again, written the same: a review
    says the name of the show it reviews. The first of the two it says; else None."""
    candidates = [(draft.title, 0)] if draft.title else []
    if draft.title_is_line and draft.paragraphs and "\n" not in draft.paragraphs[0]:
        candidates.append((draft.paragraphs[0], 1))
    for line, after in candidates:
        name = _name_a_line_is(line)
        if name is None:
            continue
        if any(_said_in_words(name, text) for text in _opening_lines(draft.paragraphs[after:])):
            draft.explain("anime", f"{name!r}: a new anime, the text repeats its name {line!r}")
            return name
        if not after and _filed_under(draft, name):
            draft.explain(
                "anime", f"{name!r}: a new anime, the page files the post under its name {line!r}"
            )
            return name
    return None


def _filed_under(draft: Draft, name: str) -> bool:
    """Does the web page's markup file the post under a category that is `name`, as written
    in any case ("Posted in <Name>, Summer 2024" under an episodic blog's "<Name> – 07"), its
    text calling the show by a short name only?"""
    category = draft.meta.category if draft.meta is not None else None
    if not category or name.casefold() not in category.casefold():
        return False
    folded = fold(name)
    return any(fold(part) == folded for part in category.split(", "))


# a headline that is a sentence about the show: "<Name> is quietly the best thing airing",
# "<Name> was robbed", "<Name> Returns: …", "<Name> Is Back" (the verb as the headline writes
# it, after the name)
_HEADLINE_VERB = re.compile(r"\s+(?:(?:is|was)\s+|(?i:returns|is\s+back|comes\s+back)\b)")
# ...and what the text says of that name right after it, to tell a show from a character (the
# same headline reads "<Character> is the best part of the season"): that it is an anime ("<Name>
# is an original anime from <Studio>", "<Name> was a 12-episode series", "<Name>, a quiet show
# about …"), a show's noun closing the phrase (a clause's end or a word going on about it after
# it), not a word it qualifies ("an anime studio", "a show-stealer", "the show's heart")
_CALLED_A_SHOW = re.compile(
    r"(?:\s+(?:is|was)|,)\s+an?\s+(?P<between>(?:[\w'’-]+\s+){0,3}?)(?:anime|series|show)"
    r"(?![\w'’-])(?=\s*(?:[.,;:!?()—–]|$|(?:from|by|about|that|which|where|set|based|adapted"
    r"|airing|following|with|produced|animated|directed|in|on)\b))"
)
# ...or that it is back for another season, which only a show has ("<Name> (<Other Name>) is
# back for its second cour", "<Name> returns for a third season"): a returning show's headline
_BACK_FOR_A_SEASON = re.compile(
    r"(?:\s*\([^()\n]{1,60}\))?\s+(?:(?:is|was|comes|came)\s+back|returns|returned)"
    r"\s+(?:for|with)\s+(?:its|a)\s+(?:[\w-]+\s+)?(?:season|cour|part)\b"
)


def _name_the_headline_calls_a_show(draft: Draft) -> str | None:
    """A new anime's name when the title is a sentence about it, opening with its name before
    "is" or "was" ("<Name> is quietly the best thing airing right now"), or saying it returns
    ("<Name> Returns: …"), and the opening says that name is an anime, series or show ("<Name>
    is an original anime from <Studio>") or is back for its next season ("<Name> is back for
    its second cour"): a forum thread's or a post's headline, no episode's marker or kind's
    word in it. What the text calls a show tells it from a character the headline praises
    alike ("<Character> is carrying this season"), which no text calls an anime, nor back for
    its season. The first such name; else None."""
    title = draft.title
    if not title:
        return None
    opening = "\n\n".join(_opening_lines(draft.paragraphs))
    for verb in _HEADLINE_VERB.finditer(title):
        # (each "is" in turn: a show's name may hold one, "<Word> is <Word> is great")
        name = _trim_name(title[: verb.start()])
        if (
            not _written_as_a_name(name)
            or len(name.split()) > _MAX_LONG_NAME_WORDS
            or KIND_WORDS.search(name)
            or EPISODE_MARKER_TEXT.search(name)
        ):
            continue
        for _, end in _word_spans(name, opening):
            called = _CALLED_A_SHOW.match(opening, end)
            if called is not None and any(
                word.lower() in _NOT_QUALIFYING for word in called.group("between").split()
            ):
                called = None
            called = called or _BACK_FOR_A_SEASON.match(opening, end)
            if called is not None:
                draft.explain(
                    "anime",
                    f"{name!r}: a new anime, the title's subject, which the text calls "
                    f"{opening[end : called.end()].strip(' ,')!r}",
                )
                return name
    return None


# a name set in emphasis in the text ("**<Name>**", "*<Name>*", "__<Name>__"), its words
# right inside the marks
_EMPHASISED = re.compile(
    r"(?<![\w*_])(?P<mark>\*\*|__|\*|_)(?=[^\s*_])(?P<name>[^*_\n]{1,100}?)(?P=mark)"
)


def _name_introduced_with_its_romaji(draft: Draft) -> str | None:
    """A new anime's name when the opening sets it in emphasis with its other name in
    brackets right after it, one of the two a romanised title ("I went into **<Name>**
    (<Romaji no Title>) blind", "**<Romaji no Title>** (<English Name>)"): a community's
    post whose headline is a sentence introduces the show it is about once, under both its
    names. A character's credit ("**<Name>** (<Actor>)") has no romanised title's particle in
    lower case, a bracket's aside no name. The emphasised name, the writer's; else None."""
    opening = _body_opening(draft)
    if "(" not in opening:
        return None  # (cheaply: no bracket, no other name)
    for found in _EMPHASISED.finditer(opening):
        other = _OTHER_NAME_IN_BRACKETS.match(opening, found.end())
        if other is None:
            continue
        name, gloss = _trim_name(found.group("name")), other.group("name").strip()
        if (
            _written_as_a_name(name)
            and _written_as_a_name(gloss)
            and (romanised_title(name) or romanised_title(gloss))
        ):
            draft.explain(
                "anime",
                f"{name!r}: a new anime, which the opening introduces in emphasis with its "
                f"other name {gloss!r} in brackets",
            )
            return name
    return None


def _name_a_line_is(line: str) -> str | None:
    """The show's name when a title-line is only that name, perhaps with an episodic blog's
    "– 06 (30)" after it and its season's words; None when it is not written as a name or
    holds a headline's words (which the clear pattern reads)."""
    name = _trim_name(_without_season_words(_DASH_NUMBER_END.sub("", line.strip())))
    if not _written_as_a_name(name) or len(name.split()) > _MAX_LONG_NAME_WORDS:
        return None
    if KIND_WORDS.search(name) or EPISODE_MARKER_TEXT.search(name):
        return None
    return name


def _known_opening_the_summary(draft: Draft, names: AnimeNames) -> str | None:
    """The known anime the page's summary (its description) opens with in the clear pattern
    ("<Known> Episode 5 review: …"), perhaps spelled in the show's official styling ("PIKA
    PIKA DON" for "Pikapikadon"), under a headline that names no show (a character's name,
    a sentence): the site's own statement of what the review is of, over the known shows its
    text compares it with first. A new name there waits behind them."""
    summary = draft.summary()
    if not summary:
        return None
    pattern = _pattern_opening_the_text(summary.strip())
    chosen = names.match(pattern) if pattern is not None else None
    if chosen is not None:
        draft.explain("anime", f"{chosen!r}: the page's summary opens with {pattern!r}")
    return chosen


def _known_beside_in_summary(draft: Draft, names: AnimeNames) -> str | None:
    """The known anime the document's summary (a web page's description, a static site's
    front matter summary) writes in brackets beside the name its title is ("<Romaji> – 15"
    over "Episode 15 of <Romaji> (<English>): …"), or with that name in brackets beside it:
    an episodic blog's post under the show's romanised name, whose text says neither ("the
    show", its characters) and whose English name (the one in the store) only its summary
    gives. Before the new name the text repeats: the same show."""
    summary = draft.summary()
    name = _name_a_line_is(draft.title) if summary and draft.title else None
    chosen = _known_written_beside(names, name, summary) if name else None
    if chosen is not None:
        draft.explain(
            "anime",
            f"{chosen!r}: the document's summary gives it as another name of {name!r} (its "
            "title), in brackets beside it",
        )
    return chosen


_MIN_WORDS_AROUND = 3  # "I came to <Name> late": a sentence, not a handle's line


def _said_in_words(name: str, text: str) -> bool:
    """Is `name` in `text`, written the same, as whole words, on a line with words of its own
    around it (a sentence, a category line), not alone (a chat's handle over each message)?"""
    for at, end in _word_spans(name, text):
        start = text.rfind("\n", 0, at) + 1
        stop = text.find("\n", end)
        around = text[start:at] + " " + text[end : len(text) if stop < 0 else stop]
        if sum(any(c.isalpha() for c in word) for word in around.split()) >= _MIN_WORDS_AROUND:
            return True
    return False


def _one_known_in(names: AnimeNames, texts: Iterable[str]) -> str | None:
    """The known anime `texts` name, when they name one and only one; else None."""
    found = {title for text in texts for title, _, _ in names.exact_in(text)}
    return found.pop() if len(found) == 1 else None


# a periodical's installment after its name: "<Column>, Week 6", "<Letter> #4", "Issue 12"
_INSTALLMENT_WORDS = r"(?:week|issue|no\.|number|vol\.|volume|edition)"
_INSTALLMENT_WORD = re.compile(_INSTALLMENT_WORDS, re.IGNORECASE)
_INSTALLMENT_END = re.compile(r",?\s+" + _INSTALLMENT_WORDS + r"\s*#?\d{1,4}$", re.IGNORECASE)
_INSTALLMENT_AFTER = re.compile(
    r"\s*(?:,?\s*" + _INSTALLMENT_WORDS + r"\s*#?\d{1,4}|#\d{1,4})\b", re.IGNORECASE
)
# the last word of a periodical's name ("The <Word> Report", "<Show> Weekly")
_PERIODICAL_WORDS = frozenset(
    ("weekly", "monthly", "daily", "report", "digest", "roundup", "round-up", "newsletter",
     "bulletin", "dispatch", "letter", "update", "rundown", "wrap-up", "column", "gazette")
)  # fmt: skip


def _column_name(name: str, title: str) -> str | None:
    """The periodical's name when `name`, from `title`'s pattern, is a column's or a
    newsletter's ("The <Word> Report, Week 6", "<Show> Weekly" before "#4"): it ends in a
    periodical's word, an installment's number follows it, and the rest of the title numbers
    the episode it reviews on its own ("…: Episode 6 review"). Else None."""
    end = _INSTALLMENT_END.search(name) if name[-1:].isdigit() else None
    if end is not None:
        head, rest_at = name[: end.start()], title.find(name) + len(name)
    else:
        at = title.find(name)
        after = _INSTALLMENT_AFTER.match(title, at + len(name)) if at >= 0 else None
        if after is None:
            return None
        head, rest_at = name, after.end()
    words = head.split()
    if len(words) < 2 or words[-1].casefold() not in _PERIODICAL_WORDS:
        return None
    if rest_at < len(name) or EPISODE_MARKER_TEXT.search(title, rest_at) is None:
        return None
    return head


_PROGRAMME_WORDS = frozenset(PROGRAMME_WORDS)


def _programme_name(name: str) -> bool:
    """Does `name`, from the title's pattern, end in a programme's word, as a podcast's or a
    broadcast's name does ("The <Word> Hour", "<Word> Podcast"), after words of its own?"""
    words = name.split()
    return len(words) >= 2 and words[-1].casefold() in _PROGRAMME_WORDS


def _column_show(
    draft: Draft, names: AnimeNames, column: str, pattern: str, opening: str
) -> str | None:
    """The show a one-show column (`column`, the name of `pattern`) covers: the known anime
    its opening names, else its name without the periodical's words ("<Show> Weekly") when
    the opening says that on its own ("everything about <Show>"). Else None."""
    chosen = _most_named(draft, names, draft.paragraphs[:_BODY_PARAGRAPHS], "paragraphs")
    if chosen is not None:
        draft.explain("anime", f"ignored {pattern!r}: a column's name")
        return chosen
    words = column.split()
    while words and words[-1].casefold() in _PERIODICAL_WORDS:
        words.pop()
    if words and words[0].casefold() == "the":
        words.pop(0)
    show = " ".join(words)
    if not show or not show[:1].isupper():
        return None
    said = fold(opening).replace(fold(column), " ")
    if not _said_as_words(fold(show), said):
        return None
    chosen = names.match(show) or show
    draft.explain("anime", f"{chosen!r}: the show the column {column!r} is named after")
    return chosen


# after a possessive, what the headline is and "of" or "on" the show it is about: "<Person>'s
# review of <Known>", "…'s first impressions of <Known>"
_REVIEWERS_REVIEW_OF = re.compile(
    r"\s+(?:review|recap|(?:first|final)\s+(?:impressions?|thoughts))\s+(?:of|on)\s+"
)


def _new_name_leading(draft: Draft, names: AnimeNames, known_at: Sequence[int]) -> str | None:
    """The new anime's name the title's clear pattern gives when it leads the title, before
    each known name the title holds (at `known_at` in the folded title, none of them with a
    marker of its own), and the opening says it again past the title's copy: a newsletter's
    "This week: <New> first impressions, plus <Known> S2 and a <Known> teaser" over its
    feature on <New>. The known anime that name writes otherwise, when it is one ("Dan Da
    Dan's Season 2 Finale Is the Most <Known> Thing …": a column comparing its show with
    another, the marker after its own). Else None (the known anime named in the title wins)."""
    opening = "\n\n".join(_opening_lines(draft.paragraphs))
    # the headline copied into the text (an e-mail's subject above its body) says nothing more
    said = opening.replace(draft.title, " ") if draft.title in opening else opening
    pattern = name_in_pattern(draft.title, said)
    head, colon, rest = pattern.rpartition(": ") if pattern is not None else ("", "", "")
    if colon and _lower_case_word(head):
        # "This week: <New> first impressions": a lead-in in a sentence's words, which the
        # letter's greeting says too ("short intro this week"), is no part of a name
        pattern = rest
    if pattern is None or names.exact_in(pattern):
        return None
    # a known anime the pattern writes otherwise ("Dan Da Dan" for "Dandadan", a misspelling),
    # which the title's exact names missed: that one, not a new one
    known = names.match(pattern)
    name, folded_title = fold(pattern), fold(draft.title)
    at = next(_word_spans(name, folded_title), None)
    if at is None or any(position < at[1] for position in known_at):
        return None
    # "<Name>'s Season 2 finale …": the possessive ties the name to its marker
    end = at[1] + 2 if folded_title.startswith("'s ", at[1]) else at[1]
    of = _REVIEWERS_REVIEW_OF.match(folded_title, end) if end > at[1] else None
    if of is not None and of.end() in known_at:
        # "<Person>'s review of <Known> — the finale": a diary site's headline, its byline's
        # possessive; the known anime after "of" is what it reviews
        return None
    marker = _MARKER_AFTER_NAME.match(folded_title, end)
    if marker is None or "#" in marker.group(0):
        # "Three Episodes In: Is <Known> …" (no marker after the words taken), "<Programme>
        # #142: <Known> …" (a programme's own number): the known anime is what it is about
        return None
    if _column_name(pattern, draft.title) is not None:
        return None  # "<Word> Weekly #4: <Known>, episode 6": a periodical's name
    if _unclear_pattern(draft.title, pattern, said) is not None:
        return None
    if not _said_as_words(name, fold(said)):
        return None
    return known or pattern


# between another show's name and the one the headline's marker follows: a sentence's end or
# words in lower case ("The New <Other>? <Name> Episode 5", "<Other> fans will love <Name> …")
_PAST_OTHER_SHOW = re.compile(r"[?!.]?\s+(?:[a-z][\w'’-]*,?\s+)*")


def _name_past_known(
    draft: Draft, names: AnimeNames, spans: Sequence[tuple[int, int]], folded_title: str
) -> str | None:
    """The anime a headline's clear pattern names after the known anime(s) it names first
    with no marker of their own, in a phrase of the headline's words: "The New <Known>?
    <Name> Episode 5 Recap", "<Known> fans, this is your fix: <Name> episode 20", "From the
    studio behind <Known>: <Name> Episode 1 Review", "<Known> fans will love <Name> Episode 3
    Review" (a comparison to sell the show, not what it is about). The known anime that name
    is, when one, else the new name; None unless the opening says the name again, or when the
    known name stands alone before it ("<Known>: <Arc> Episode 5 Review", a subtitle).
    `spans`: where the known names are in the folded title (`folded_title`)."""
    last = max(end for _, end in spans)
    past = _MARKER_AFTER_NAME.search(folded_title, last)
    if past is None or not has_word(folded_title[last : past.start()]):
        return None  # (most titles: no name between the known one and a marker past it)
    opening = "\n\n".join(_opening_lines(draft.paragraphs))
    said = opening.replace(draft.title, " ") if draft.title in opening else opening
    pattern = name_in_pattern(draft.title, said)
    if pattern is None:
        return None
    inside = names.exact_in(pattern)
    if inside:
        # "The New <Known>? <Name>": the pattern's run holds the known name; the name is past it
        if len(fold(pattern)) != len(pattern):
            return None
        rest = pattern[max(position + len(written) for _, written, position in inside) :]
        gap = _PAST_OTHER_SHOW.match(rest)
        if gap is None or not gap.group(0).strip():
            return None
        pattern = rest[gap.end() :]
        if not pattern[:1].isupper() or names.exact_in(pattern):
            return None
    name = fold(pattern)
    at = next(_word_spans(name, folded_title), None)
    if at is None or not spans or any(end > at[0] for _, end in spans):
        return None
    marker = _MARKER_AFTER_NAME.match(folded_title, at[1])
    if marker is None or "#" in marker.group(0):
        return None
    start, end = max(spans, key=lambda span: span[1])
    between = folded_title[end : at[0]]
    before = _HEADLINE_BREAK.split(folded_title[:start])[-1]
    if not (has_word(before) or has_word(between) or "?" in between or "!" in between):
        return None  # "<Known>: <Arc> Episode 5 Review": the known show's subtitle or arc
    if _column_name(pattern, draft.title) is not None or names.episode_titled(pattern):
        return None
    if not _said_as_words(name, fold(said)):
        return None
    return names.match(pattern) or pattern


_NOT_A_NAME = "not written as a name"
# a name after a label that the post never says again, set apart from the poster's words: only
# a known anime its first paragraphs name outweighs it, not one compared with it further down
_SET_APART_NAME = "the name after the title's label, which the opening never says"
_ALL_LOWER_CASE = "in a headline in lower case, as its writer's sentences are"


def _unclear_pattern(title: str, name: str, opening: str) -> str | None:
    """Why the new name a title's pattern gave is no clear name, else None: words not
    written as a name ("my take on X ep 2"), or a headline with no word for what kind of
    document it is whose name the opening never says ("Feelings: Our Club Watches S1E4":
    a clear pattern is "<Name> Episode 3 Review", and a review repeats the name it gives, not
    only its headline: a newsletter's "<Letter's Name> #5 — <subtitle>" above its text), or
    the words after a label the opening never says ("First Look: <a headline's sentence>")."""
    if name[0].islower() or _lower_case_word(name):
        if title.islower() and sentences_open_in_lowercase(opening):
            # "day 40 — some show! ep 8": a writer who opens no sentence with a capital writes
            # the whole headline in lower case, names too; its case says nothing, so a known
            # anime said somewhere in the text is no better than the name (the opening's is)
            if _capitalised_in(name, opening) is not None:
                # ...unless that writer's own text writes it in capitals ("Some Show is the
                # one where …"): a writer who capitalises no sentence capitalises a name
                return None
            return _ALL_LOWER_CASE
        # "Rouge signs off (finale thoughts)": a headline's sentence, not a name written as one
        return _NOT_A_NAME
    labelled = _MARKER_BEFORE_NAME.match(title) is not None
    if KIND_WORDS.search(title) is None or labelled:
        # the headline copied into the text (an e-mail's subject repeated above its body)
        # is not the opening saying the name
        said = opening.replace(title, " ") if title in opening else opening
        if not _said_as_words(fold(name), fold(said)):
            if labelled and _set_apart_from_a_sentence(title, name):
                return _SET_APART_NAME
            if labelled:
                # "First Look: <Studio>'s Noir Has Style to Burn": after its label, a
                # headline's words in title case, where a show's name would be said again
                return "the words after the title's label, which the opening never says"
            if _set_apart_by_its_episode(title, name):
                return _SET_APART_NAME
            return "the title names no kind of document, and the opening never says it"
        issue = issue_number_said(title, said, name)
        if issue is not None:
            # "<Letter's Name> #6 — <subtitle>" over a masthead repeating the letter's name
            # and its "Issue 6", or a greeting's "the sixth <Letter's Name>": the name is the
            # publication's
            return f"its number is the issue's ({issue!r} in the opening), not an episode's"
    return None


def _set_apart_from_a_sentence(title: str, name: str) -> bool:
    """Does the labelled `title` set `name` apart by a separator from words in a sentence's
    lower case ("[First Impressions] <Name> — first three episodes, and I'm stunned", a
    community post's thread title)? The name is then written as one, whether or not the post
    says it again; a headline's words in title case after the label ("First Look: <Studio>'s
    Noir Has Style to Burn", "Review: Noir Has Style — And It Knows It") are no such name."""
    labelled = _MARKER_BEFORE_NAME.match(title)
    if labelled is None:
        return False
    rest = labelled.group("name")
    separator = _SEPARATOR.search(rest)
    if separator is None or name not in rest[: separator.start()]:
        return False
    after = rest[separator.end() :].lstrip("\"'“‘(")
    return after[:1].islower()


def _set_apart_by_its_episode(title: str, name: str) -> bool:
    """Does `title` open with `name`, its episode's marker right after it, then a separator
    and words in a sentence's lower case ("<Name> Season 2, Episode 5 — the umbrella one",
    "<Name> ep 4 | some feelings", a diary's headline)? The name is then written as one, as
    after a label (_set_apart_from_a_sentence), though the post calls the show otherwise
    (its short or romanised name). A "#N" is no episode's marker here: a newsletter's "<Name>
    #5 — the mecha issue" numbers its issue."""
    if not title.startswith(name):
        return False
    rest = title[len(name) :].lstrip(" ,:")
    apart = _SEPARATOR.match(title, len(name))
    if apart is not None:
        # "<Name> – Episode 2": the headline is the name and its episode, each set apart,
        # and nothing else (a notes app's page heading), as a diary's "<Name> ep 4 | …" is
        after = EPISODE_MARKER_TEXT.match(title, apart.end())
        if (
            after is not None
            and not after.group(0).startswith("#")
            and after.end() == len(title.rstrip())
        ):
            return True
    marker = EPISODE_MARKER_TEXT.match(rest)
    if marker is None or marker.group(0).startswith("#"):
        return False
    separator = _SEPARATOR.match(rest, marker.end())
    if separator is None:
        return False
    return rest[separator.end() :].lstrip("\"'“‘(")[:1].islower()


# lower-case words a name may hold: English function words, romanised Japanese particles
_NAME_SMALL_WORDS = _SMALL_WORDS | frozenset(
    ("as", "is", "so", "at", "by", "for", "with", "or", "but", "from", "vs", "vs.", "ga", "wo",
     "ni", "mo", "ya", "e", "na", "o")
)  # fmt: skip
# the words before a show's noun in "<Name> is a … show" (_CALLED_A_SHOW) only qualify it ("an
# original", "a 12-episode"): none is a phrase's small word or a clause's ("a robot in a show")
_NOT_QUALIFYING = _NAME_SMALL_WORDS | frozenset(("who", "that", "which", "whose", "like"))


_CAST_LOOK = 4000  # characters of the text read for a catalog anime's characters
_MIN_CAST_NAMED = 3  # distinct characters of one catalog anime, one of them by its full name


def _catalog_by_its_cast(draft: Draft, pattern: str) -> str | None:
    """The one catalog anime whose characters the text names, several of them (one by its full
    name: "Fate Jaron"), when the title's pattern names a show no store knows: the show called
    by a name its catalog does not list (romanised, native, a fan's), its cast being its own.
    Not when the text also names the catalog anime by a name of its own: then it is another
    show, compared with it ("what Metallic Rouge tried with Rouge Redstar")."""
    text = "\n\n".join(draft.paragraphs)[:_CAST_LOOK]
    folded: str | None = None  # the whole text folded, only once some cast is found
    found: list[str] = []
    for catalog in draft.catalogs:
        named = full = 0
        for character in catalog.characters:
            if " " in character.name and _said_as_words(character.name, text):
                full += 1
                named += 1
            elif any(
                _said_as_words(n, text)
                for n in (character.name, *(a.name for a in character.aliases), *character.variants)
            ):
                named += 1
        if not full or named < _MIN_CAST_NAMED:
            continue
        folded = folded if folded is not None else fold(draft.text)
        if not any(fold(name) in folded for name in (catalog.title, *catalog.aliases)):
            found.append(catalog.title)
    if len(found) != 1:
        return None
    draft.explain(
        "anime",
        f"{found[0]!r}: the text names its characters, the title's pattern {pattern!r} "
        "being a name no known anime has",
    )
    return found[0]


def _capitalised_in(name: str, text: str) -> str | None:
    """`name` as `text` writes it (as words) with each of its words capitalised, but for a
    title's small words after the first ("Blue Lantern of the Sea"); None if it never does."""
    words = name.split()
    if not words or not any(c.isalpha() for c in name):
        return None
    phrase = r"\s+".join(re.escape(word) for word in words)
    for found in re.finditer(rf"(?<!\w){phrase}(?!\w)", text, re.IGNORECASE):
        said = found.group(0).split()
        if all(
            w[:1].isupper() or (at > 0 and w.casefold() in _NAME_SMALL_WORDS)
            for at, w in enumerate(said)
        ):
            return " ".join(said)
    return None


def _lower_case_word(name: str) -> bool:
    """Does `name` hold a lower-case word that no name writes so (a verb, a noun: "signs
    off"), beyond the small words and particles a title keeps in lower case?"""
    return any(
        word[:1].islower() and word.lower() not in _NAME_SMALL_WORDS for word in name.split()[1:]
    )


# all a title holds after a long name: its season's marker and its episode's ("<Long Name>
# Season 2 - Episode 8", "<Long Name> 2nd Season, Episode 8"), as a review site's headline
# states them with no word for what the page is
_SEASON_AND_EPISODE_END = re.compile(
    r"[\s,:\-–—|(\[]+(?:(?:season|part|cour)\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s+"
    r"(?:season|part|cour))[\s,:\-–—|)\]]+(?:episode|ep\.?)\s*#?\d{1,4}[)\]]?\s*$",
    re.IGNORECASE,
)


# what the page is, all a title holds after a long name, in brackets or after a separator
# ("<Long Name> (first impressions)", "<Long Name> — Review"): the tail read for KIND_WORDS
_KIND_TAIL_END = re.compile(
    r"(?:\s*[(\[](?P<bracketed>[^()\[\]]{1,40})[)\]]|\s+[-–—|]\s+(?P<after>[^-–—|]{1,40}))\s*$"
)
_TAIL_CLOSES = ")]"
_TAIL_SEPARATORS = "-–—|"


def _long_name_end(title: str) -> tuple[int, str] | None:
    """Where the words after a long name start in `title`, when they are only its season
    and its episode ("<Long Name> Season 2 - Episode 8") or only what the page is
    ("<Long Name> (first impressions)", "<Long Name> — Review"), and what they are."""
    lowered = title.lower()
    if "season" in lowered or "part" in lowered or "cour" in lowered:
        end = _SEASON_AND_EPISODE_END.search(title)
        if end is not None:
            return end.start(), "its season and episode"
    if title.rstrip()[-1:] not in _TAIL_CLOSES and not any(c in title for c in _TAIL_SEPARATORS):
        return None  # (the pattern needs a closing bracket or a separator)
    tail = _KIND_TAIL_END.search(title)
    if tail is None:
        return None
    words = (tail.group("bracketed") or tail.group("after") or "").strip()
    if KIND_WORDS.fullmatch(words) is None:
        return None
    return tail.start(), "what the page is"


def _long_name_said_again(draft: Draft) -> str | None:
    """The new anime a title names that is only a light novel's long name (more than
    _MAX_NAME_WORDS words, written as a name), then its season and its episode ("<Long Name>
    Season 2 - Episode 8") or what the page is ("<Long Name> (first impressions)"), when the
    text says that name again in full (its closing line on where the show streams, a
    letter's heading in capitals over its feature): a headline's sentence is not written out
    twice, and the opening of such a review shortens the name. A newsletter's issue or a
    site's name before a separator ("Issue #47 – <Long Name> …") is no part of the name.
    None otherwise."""
    title = draft.title
    found = _long_name_end(title)
    if found is None:
        return None
    end, after = found
    head = _trim_name(title[:end])
    parts = _SEPARATOR.split(head)
    candidates = [head] if len(parts) == 1 else [head, _trim_name(parts[-1])]
    text: str | None = None
    for name in candidates:
        words = len(name.split())
        if not (_MAX_NAME_WORDS < words <= _MAX_LONG_NAME_WORDS) or not name[:1].isupper():
            continue
        if _lower_case_word(name):
            continue
        if text is None:
            text = fold(draft.text.replace(title, " "))
        if not _said_as_words(fold(name), text):
            continue
        draft.explain(
            "anime",
            f"{name!r}: a new anime, the long name the title gives before {after}, "
            "which the text says again in full",
        )
        return name
    return None


def _no_anime(draft: Draft) -> IngestError:
    return IngestError(
        "could not tell which anime this is (no known anime named in its title or opening, "
        "and no clear '<Name> Episode N Review' title); name it with --anime NAME "
        "or `anime:` front matter"
    )


def _known_the_title_writes_in_latin(draft: Draft, names: AnimeNames, stated: str) -> str | None:
    """The known anime the title's clear pattern names in Latin letters when the page's
    structured data names the show only in Japanese (Chinese, Korean) script: an English
    edition of a site from elsewhere keeps its home edition's data ("<katakana>") and
    heads its page with the English title, the name the store knows. None otherwise."""
    if not draft.title or _LATIN_LETTER.search(stated) or _CJK_SCRIPT.search(stated) is None:
        return None
    opening = _body_opening(draft)
    pattern = name_in_pattern(draft.title, opening)
    if pattern is None:
        return None
    return names.match(_in_other_script(pattern) or pattern)


def _as_the_title_writes(draft: Draft, stated: str) -> str:
    """The new anime the page's structured data names (`stated`), written as the title's
    clear pattern writes it when the two differ only in spaces, marks and case ("Name1/2" in
    a site's data, "Name 1/2 Episode 3 Review" in its headline and text): the headline's is
    the writer's, the data a site's field filled otherwise. Else `stated` as it is."""
    if not draft.title:
        return stated
    opening = _body_opening(draft)
    pattern = name_in_pattern(draft.title, opening)
    if pattern is None or pattern == stated:
        return stated
    squeezed = _NOT_ALPHANUMERIC.sub("", fold(stated))
    return pattern if squeezed and _NOT_ALPHANUMERIC.sub("", fold(pattern)) == squeezed else stated


# a film cut from a show's episodes, as its review calls it ("the compilation film of <Show>",
# "a recap movie"): filed under the show it is cut from
_COMPILATION_FILM = re.compile(
    r"\b(?:compilation|recap)\s+(?:film|movie)s?\b|\bcompilation\s+of\s+(?:the\s+)?(?:first|"
    r"second|third|whole|entire)\s+season\b",
    re.IGNORECASE,
)


def _compilation_of_known(draft: Draft, names: AnimeNames, stated: str) -> str | None:
    """The known anime a compilation film the page's structured data reviews is cut from:
    the film named "<Known Show>: <Its Subtitle>", and the text calling it a compilation
    ("The compilation film of <Show>'s first season…"), as the store files a film that
    retells the show's episodes under the show. None otherwise (a film of its own story,
    "<Show>: <Subtitle>" with no such word, stays a title of its own)."""
    colon = stated.find(": ")
    if colon <= 0 or ("ompilation" not in draft.text and "ecap " not in draft.text):
        return None
    show = names.match(stated[:colon])
    if show is None or _COMPILATION_FILM.search(draft.text) is None:
        return None
    return show


def detect_anime(draft: Draft) -> None:
    """draft.anime_title and draft.catalog (None for an anime no catalog knows).

    `--anime`, then the front matter, then the series the page's structured data reviews
    (matched to a known anime fuzzily, else a new anime); else the known anime (catalog titles
    and aliases, anime in the store) named in the title, exactly or nearly; else the one the
    front matter files the post under (a category, its `show` or `series`); else a new anime
    from a clear title pattern (whole as the front matter names it, where the title's colon
    set its head apart); else the known anime a heading of the opening names
    in a clear pattern; else the known anime a web page's show card gives as its English
    title; else the one its breadcrumbs name; else the anime its show card names; else the
    known anime the opening paragraphs name most; else a new anime the
    front matter's `show` or `series` names, which the opening says.
    Otherwise rejected. A new anime so found is the full name the opening glosses it as
    ("<Full Name> (<Short>, as I'll call it)"), when it does.
    """
    names = anime_names(draft.catalogs, draft.known_anime)
    fm = draft.front_matter
    chosen: str | None = None
    if draft.forced_anime is not None:
        chosen = draft.forced_anime
        draft.explain("anime", f"{chosen!r}: given with --anime")
    elif fm.anime is not None:
        chosen = names.match(fm.anime) or " ".join(fm.anime.split())
        draft.explain("anime", f"{chosen!r}: front matter anime: {fm.anime!r}")
    elif draft.meta is not None and draft.meta.reviewed is not None:
        # the site's own statement of what the page reviews (schema.org JSON-LD)
        stated = draft.meta.reviewed.series
        chosen = (
            names.match(stated)
            or _compilation_of_known(draft, names, stated)
            or _known_the_title_writes_in_latin(draft, names, stated)
            or _as_the_title_writes(draft, stated)
        )
        draft.explain("anime", f"{chosen!r}: the page's structured data reviews it")
    if chosen is None and draft.title:
        votes: dict[str, float] = {}
        folded_title = fold(draft.title)
        positions: list[int] = []
        marked = False  # does a known name have the title's marker after it?
        spans: list[tuple[int, int]] = []  # where each known name is in the folded title
        named: list[tuple[str, int, int]] = []  # each known name's anime and span
        for title, written, position in names.exact_in_folded(folded_title):
            votes[title] = votes.get(title, 0.0) + 3.0 + len(written) / 100
            positions.append(position)
            spans.append((position, position + len(written)))
            named.append((title, position, position + len(written)))
            if (
                _MARKER_AFTER_NAME.match(folded_title, position + len(written)) is not None
                or _FOREIGN_MARKER_AFTER_KNOWN.match(folded_title, position + len(written))
                is not None
            ):
                # "<Known> Episode 24 review (plus a word on <Other>)": the name the title's
                # episode or kind marker follows is what it is about, not one said in passing
                votes[title] += 1.0
                marked = True
        if len(votes) > 1:
            _weigh_compared(votes, named, folded_title)
        # (a title opening with a known name has no new name before it: most titles)
        leading = (
            _new_name_leading(draft, names, positions)
            if votes and not marked and min(positions) > 0
            else None
        )
        if leading is not None:
            chosen = leading
            which = "a known" if fold(chosen) in names.by_name else "a new"
            draft.explain(
                "anime",
                f"{chosen!r}: {which} anime, from the title's pattern before the known anime it "
                f"names in passing ({', '.join(sorted(votes))}), said again in the opening",
            )
        elif (
            votes
            and not marked
            and (past := _name_past_known(draft, names, spans, folded_title)) is not None
        ):
            chosen = past
            draft.explain(
                "anime",
                f"{chosen!r}: from the title's pattern after the known anime it names first "
                f"to compare ({', '.join(sorted(votes))}), said again in the opening",
            )
        elif (
            votes
            and not marked
            and (feature := _known_numbered_or_labelled_feature(draft, names)) is not None
            and feature[0] not in votes
        ):
            # a letter's subject listing its stories ("Issue #61 — <Short> bows out, <Known>
            # keeps winning, and your mailbag") over its feature's heading "1. <OTHER>: THE
            # FINALE": the feature, whose show the subject names in passing if at all
            chosen = feature[0]
            draft.explain(
                "anime",
                f"{chosen!r}: the opening's heading {feature[1]!r} names it with what the "
                f"feature is, over {', '.join(sorted(votes))} the title names in passing",
            )
        elif votes:
            chosen = max(votes, key=lambda t: votes[t])
            draft.explain("anime", f"{chosen!r}: named in the title {draft.title!r}")
        elif (respaced := names.respaced_in(draft.title)) is not None:
            chosen = respaced[0]
            draft.explain(
                "anime", f"{chosen!r}: the title writes it as {respaced[1]!r}, spaced otherwise"
            )
        else:
            near = names.fuzzy_in(draft.title)
            if near is not None:
                chosen = near[0]
                draft.explain(
                    "anime",
                    f"{chosen!r}: the title's {near[1]!r} is {near[2]:.0f}% like a known name",
                )
        if chosen is None and (chosen := names.episode_titled_in(draft.title)) is not None:
            draft.explain("anime", f"{chosen!r}: the title names one of its episodes")
        if chosen is None:
            chosen = _known_filed_under(draft, names)
        if chosen is None:
            opening = _body_opening(draft)
            pattern = name_in_pattern(draft.title, opening)
            if pattern is not None:
                chosen = names.match(pattern)
                if chosen is not None:
                    draft.explain("anime", f"{chosen!r}: a known anime, from the title's pattern")
                elif (chosen := names.episode_titled(pattern)) is not None:
                    draft.explain(
                        "anime", f"{chosen!r}: the title's {pattern!r} is one of its episodes"
                    )
                else:
                    chosen = _known_said_about(names, opening)
                    said_about = chosen is not None
                    if chosen is None:
                        chosen = _known_whose_later_season(
                            names,
                            pattern,
                            opening,
                            draft.title,
                            "\n\n".join(_opening_lines(draft.paragraphs)),
                        )
                        if chosen is not None:
                            draft.explain(
                                "anime",
                                f"{chosen!r}: the opening calls the show its later season or "
                                f"sequel, and never says {pattern!r} (the title's pattern, a "
                                "later season's subtitle)",
                            )
                    if chosen is None:
                        opening_lines = "\n\n".join(_opening_lines(draft.paragraphs))
                        chosen = _known_written_beside(names, pattern, opening_lines)
                        if chosen is None:
                            # ...or after the romanised title it shortens ("<Short> no <Word>")
                            chosen = _known_beside_full_romaji(names, pattern, opening_lines)
                        if chosen is None:
                            # ...or beside the fans' short form of the romanised title
                            chosen = _known_said_the_same_as_short(names, pattern, opening_lines)
                        where = "the opening"
                        if chosen is None and (summary := draft.summary()):
                            # ...or the page's summary of itself (its description) does
                            chosen = _known_written_beside(names, pattern, summary)
                            where = "the page's summary"
                        if chosen is None:
                            # ...or its alternative titles list it ("English: <Known>", a
                            # database page's box of the show's names)
                            chosen = _known_listed_as_other_title(draft, names)
                            where = "a line of its other titles"
                        if chosen is None:
                            # ...or a line further down says the two are one show ("<Name>
                            # = <Known>", a reader's reply explaining the romanised name)
                            chosen = _known_said_the_same(
                                names, pattern, draft.text, _SAME_SHOW_ANYWHERE
                            )
                            where = "the text"
                        if chosen is not None:
                            draft.explain(
                                "anime",
                                f"{chosen!r}: {where} gives it as another name of "
                                f"{pattern!r} (the title's pattern), beside it",
                            )
                        if chosen is None and "nglish" in opening:
                            # ...or its aside labels the known anime the show's English title
                            english = _full_title_given(opening, _ENGLISH_TITLE_LABEL)
                            chosen = names.match(english) if english else None
                            if chosen is not None:
                                draft.explain(
                                    "anime",
                                    f"{chosen!r}: the opening labels it the English title of "
                                    f"{pattern!r} (the title's pattern)",
                                )
                        if chosen is None:
                            chosen = _known_filed_in_crumbs(draft, names, pattern)
                        if chosen is None:
                            chosen = _known_glossing_the_title(draft, names, pattern)
                    if chosen is None and (full := _full_title_given(opening)) is not None:
                        # "<nickname> ep 1 — first impressions" over "(full title: **<Name>**)": the
                        # headline's nickname, the opening's label for the show's whole name
                        chosen = names.match(full) or full
                        draft.explain(
                            "anime",
                            f"{chosen!r}: the opening gives it as the full title of "
                            f"{pattern!r} (the title's pattern)",
                        )
                    column = _column_name(pattern, draft.title) if chosen is None else None
                    if column is not None:
                        # "<Column>, Week 6: Episode 6 review": the name is a periodical's
                        chosen = _column_show(draft, names, column, pattern, opening)
                    elif chosen is None and _programme_name(pattern):
                        # "<Podcast> Hour — Episode 88 transcript": a programme's name and
                        # number; the known anime its opening names is what it is about
                        chosen = _most_named(
                            draft, names, draft.paragraphs[:_BODY_PARAGRAPHS], "paragraphs"
                        )
                        if chosen is not None:
                            draft.explain("anime", f"ignored {pattern!r}: a programme's name")
                    unclear = None
                    if chosen is None:
                        unclear = _unclear_pattern(draft.title, pattern, opening)
                    if unclear == _NOT_A_NAME and (
                        chosen := _known_clipped_in_lower_case(names, pattern)
                    ):
                        # "jjk S2E9 — recap": a fan's short name typed in lower case, each
                        # letter a start of a known anime's word or syllable, heads the note
                        draft.explain(
                            "anime",
                            f"{chosen!r}: a known anime, which the title's pattern {pattern!r} "
                            "shortens to its words' or syllables' starts, in lower case",
                        )
                    elif unclear is not None:
                        # "my take on X ep 2": words, not a name written as one; "Feelings:
                        # Our Club Watches S1E4": a headline's words, said nowhere else; a
                        # known anime the opening names is what it is about
                        # "[First Impressions] <Name> — <words>": a name written as one,
                        # which a known anime compared with it further down does not outweigh
                        further = unclear != _SET_APART_NAME
                        # a letter's feature headed "<Name> Episode 2 Recap" under its
                        # masthead and greeting, before the other shows it names
                        found = (
                            _pattern_opening_a_line(draft.paragraphs, draft.title)
                            if further
                            else None
                        )
                        if found is not None and _said_as_words(fold(found[0]), folded_title):
                            # ...which the subject names too ("<Letter> #47 — <Name>, plus
                            # what's coming"): the feature, over a known anime the greeting
                            # names in passing ("thanks for your replies about <Known>")
                            chosen = names.match(found[0]) or found[0]
                            draft.explain(
                                "anime",
                                f"{chosen!r}: the opening's line {found[1]!r}, which the "
                                "title names too",
                            )
                        elif found is not None and (
                            glossed := _known_glossing_heading(draft, names, found[1])
                        ):
                            # ...or which the aside under it gives by the store's name
                            # ("*(<Known> in English …)*"): the feature, over a known anime
                            # the letter's news before it names in passing
                            chosen = glossed
                            draft.anime_heading = found[1]
                            draft.explain(
                                "anime",
                                f"{chosen!r}: the aside under the opening's line {found[1]!r} "
                                f"gives it as another name of {found[0]!r}",
                            )
                        else:
                            chosen = _most_named(
                                draft, names, draft.paragraphs[:_BODY_PARAGRAPHS], "paragraphs"
                            )
                        if chosen is None and found is not None:
                            chosen = names.match(found[0]) or found[0]
                            draft.explain("anime", f"{chosen!r}: the opening's line {found[1]!r}")
                        if chosen is None and further and len(draft.paragraphs) > _BODY_PARAGRAPHS:
                            # an e-mail's headers and a masthead, each a paragraph, before
                            # the letter's first paragraph
                            chosen = _most_named(
                                draft, names, _opening_lines(draft.paragraphs), "lines"
                            )
                        if chosen is None:
                            # a community's post whose headline is a sentence ("Episode 3
                            # made me care about <character>"), at "/r/<TheShow>/…", or
                            # copied as text under "r/<TheShow>"
                            chosen = _named_in_address(draft, names) or _named_by_community(
                                draft, names
                            )
                        if chosen is None and unclear == _NOT_A_NAME:
                            # ...copied as text, its community's name gone with the site's
                            # chrome: the one known anime its text names (a poll's question)
                            chosen = _only_one_named(draft, names)
                        if chosen is not None:
                            draft.explain("anime", f"ignored {pattern!r}: {unclear}")
                    elif said_about:
                        draft.explain(
                            "anime",
                            f"{chosen!r}: the opening says it is about this known anime; "
                            f"ignored {pattern!r} from the title's pattern",
                        )
                    if chosen is None and (chosen := _fuller_filed_under(draft, pattern)):
                        draft.explain(
                            "anime",
                            f"{chosen!r}: a new anime, the front matter's name for it, which "
                            f"the title writes in full around {pattern!r} (its pattern's part)",
                        )
                    if chosen is None and (chosen := _filed_name_written_beside(draft, pattern)):
                        draft.explain(
                            "anime",
                            f"{chosen!r}: a new anime, the front matter's name for it, which "
                            f"the opening gives beside {pattern!r} (the title's pattern) as "
                            "its other name",
                        )
                    if chosen is None and (chosen := _named_in_full_below(draft, pattern)):
                        draft.explain(
                            "anime",
                            f"{chosen!r}: a new anime, which a line of the opening names in "
                            f"full before the season and episode the title gives {pattern!r}",
                        )
                    if chosen is None and (chosen := _subtitled_below(draft, pattern)):
                        draft.explain(
                            "anime",
                            f"{chosen!r}: a new anime, which a heading of the opening names "
                            f"with its subtitle after the title's {pattern!r}",
                        )
                    if chosen is None and (chosen := _renamed_in_a_heading(draft, pattern)):
                        draft.explain(
                            "anime",
                            f"{chosen!r}: a new anime, which a heading of the opening names "
                            f"before the episode the title gives {pattern!r}, the opening "
                            "saying the two names together",
                        )
                    if chosen is None and (spelled := _spelled_out(pattern, opening)):
                        chosen = names.match(spelled) or spelled
                        which = "a known" if fold(chosen) in names.by_name else "a new"
                        draft.explain(
                            "anime",
                            f"{chosen!r}: {which} anime, which the title's pattern abbreviates "
                            f"to {pattern!r}, written out in the opening",
                        )
                    if chosen is None and (chosen := _known_clipped(names, pattern, opening)):
                        draft.explain(
                            "anime",
                            f"{chosen!r}: a known anime, which the title's pattern "
                            f"{pattern!r} shortens to its words' or syllables' starts, "
                            "written out in the opening",
                        )
                    if chosen is None and (chosen := _known_clipped_below(draft, names, pattern)):
                        draft.explain(
                            "anime",
                            f"{chosen!r}: a known anime, which the title's pattern "
                            f"{pattern!r} shortens to its words' or syllables' starts, "
                            "written out further down the text",
                        )
                    if chosen is None and (
                        chosen := _clipped_from_community(draft, names, pattern)
                    ):
                        draft.explain(
                            "anime",
                            f"{chosen!r}: a known anime, which the title's pattern "
                            f"{pattern!r} shortens to its words' or syllables' starts, "
                            "the community the page was posted in named after it",
                        )
                    if chosen is None and (chosen := _show_of_subtitled_season(draft, pattern)):
                        chosen = names.match(chosen) or chosen
                        draft.explain(
                            "anime",
                            f"{chosen!r}: the show the title names (the longest part of "
                            f"the title's pattern {pattern!r} to its colons, or the head "
                            "before it), whose season the page calls a later one",
                        )
                    if chosen is None and (
                        chosen := _filed_show_of_subtitled_season(draft, pattern)
                    ):
                        chosen = names.match(chosen) or chosen
                        draft.explain(
                            "anime",
                            f"{chosen!r}: the front matter's show, which the title names "
                            f"before {pattern!r}, the subtitle of the later season the front "
                            "matter numbers",
                        )
                    if chosen is None:
                        # a catalog anime under a name of its own (romanised, native, a fan's),
                        # before a new anime is made of that name
                        chosen = _catalog_by_its_cast(draft, pattern)
                    if chosen is None:
                        chosen = pattern
                        if pattern.islower():  # as the text writes it in capitals, if it does
                            chosen = _capitalised_in(pattern, opening) or pattern
                        draft.explain("anime", f"{chosen!r}: a new anime, from the title's pattern")
    if chosen is None and draft.title:
        chosen = _long_name_said_again(draft)
    if chosen is None and draft.title:
        chosen = _handle_heading_the_summary_names(draft)
    if chosen is None:
        chosen = _named_by_properties(draft, names)
    if chosen is None:
        chosen = _known_heading_the_feature(draft, names)
    if chosen is None:
        chosen = _heading_the_full_review(draft, names)
    if chosen is None:
        chosen = _known_by_its_english_title(draft, names)
    if chosen is None:
        # a headline that is a sentence ("<Character> tastes the soup"): the site's section
        # the page is filed in, over a show the opening compares it with
        chosen = _known_filed_in_crumbs(draft, names)
    if chosen is None:
        chosen = _named_by_show_card(draft, names)
    if chosen is None:
        chosen = _known_opening_the_summary(draft, names)
    if chosen is None:
        chosen = _most_named(draft, names, draft.paragraphs[:_BODY_PARAGRAPHS], "paragraphs")
    if chosen is None:
        chosen = _filed_show_the_opening_says(draft)
    if chosen is None and draft.paragraphs:
        pattern = _pattern_opening_the_text(draft.paragraphs[0])
        if pattern is not None:
            chosen = names.match(pattern) or pattern
            draft.explain("anime", f"{chosen!r}: the text opens with '{pattern} Episode N …'")
    if chosen is None and (pattern := _reach_opening_the_text(draft.paragraphs)) is not None:
        chosen = names.match(pattern) or pattern
        draft.explain("anime", f"{chosen!r}: the text opens with 'N episodes into {pattern}'")
    if chosen is None and (pattern := _wiki_lead_name(draft.paragraphs)) is not None:
        chosen = names.match(pattern) or pattern
        draft.explain(
            "anime",
            f"{chosen!r}: the text opens with '… is the Nth episode of the {pattern} anime'",
        )
    if chosen is None and draft.paragraphs:
        found = _pattern_opening_a_line(draft.paragraphs, draft.title)
        if found is not None:
            pattern, line = found
            chosen = names.match(pattern) or pattern
            draft.explain("anime", f"{chosen!r}: the opening's line {line!r} is its headline")
    if chosen is None and (labelled := _name_after_kind_label(draft)) is not None:
        # "First Impressions: <Name>" in a letter's contents or a page's description: what
        # the page is, over a known anime its news or its season's list names in passing
        chosen = names.match(labelled) or labelled
    if chosen is None and len(draft.paragraphs) > _BODY_PARAGRAPHS:
        # a chat or channel export: a header and short messages (a handle and a time, a
        # pinned notice) before the post, each its own paragraph
        chosen = _most_named(draft, names, _opening_lines(draft.paragraphs), "lines")
    if chosen is None:
        chosen = _named_in_address(draft, names)
    if chosen is None:
        chosen = _named_by_community(draft, names)
    if chosen is None:
        chosen = _named_in_page_title(draft, names)
    if chosen is None:
        chosen = _named_by_chat_header(draft, names)
    if chosen is None:
        chosen = _known_clipped_in_chat(draft, names)
    if chosen is None:
        chosen = _known_clipped_under_its_word(draft, names)
    if chosen is None:
        chosen = _known_beside_in_summary(draft, names)
    if chosen is None:
        chosen = _name_the_text_repeats(draft)
    if chosen is None:
        chosen = _name_the_headline_calls_a_show(draft)
    if chosen is None:
        chosen = _name_introduced_with_its_romaji(draft)
    if chosen is None:
        raise _no_anime(draft)
    if draft.forced_anime is None and fm.anime is None and fold(chosen) not in names.by_name:
        chosen = _as_the_text_calls_it(draft, chosen)  # a new anime's
        full = _full_name_glossed(draft, chosen) or _full_name_of_subtitle(draft, chosen)
        if full is not None:  # (a known anime's, whose other name the title gave)
            chosen = names.match(full) or full
    if len(chosen) > MAX_ANIME_NAME:
        raise IngestError(
            f"the anime's name is longer than {MAX_ANIME_NAME} characters; "
            "name it with --anime NAME"
        )
    draft.anime_title = chosen
    draft.catalog = names.catalogs.get(chosen)
