"""The kind of document: recap, episode review, first impressions or season review, from
the words of its title (or of its opening, when the title says nothing of it)."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from bot.ingest.detect.common import (
    LIST_BULLETS,
    MIN_EPISODE_TITLE,
    OPENING_LINES,
    SECTION_NUMBER,
    folded_episode_titles,
    is_headline_line,
    opening_lines,
    wiki_episode_lead,
)
from bot.ingest.detect.furniture import is_mail_header_field
from bot.ingest.structure import is_review_heading
from bot.models import DocumentKind
from bot.text.names import fold

if TYPE_CHECKING:
    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = [
    "EPISODE_GUIDE",
    "KIND_WORDS",
    "LATER_SEASON",
    "LATER_SEASON_PREMIERE",
    "RECAP_WORD",
    "announced_kind",
    "detect_kind",
    "filed_as",
    "kind_of",
    "summary_tags_first_impressions",
]

FIRST_IMPRESSIONS = re.compile(
    r"\b(?:first[\s-]+(?:impressions?|look|thoughts)|(?:initial|early)[\s-]+impressions?"
    # Portuguese, Spanish, French, Italian, German ("Ersteindruck", "Erster Eindruck"),
    # Indonesian and Malay
    r"|primeiras\s+impress[õo]es|primeras\s+impresiones|premi[èe]res\s+impressions"
    r"|prime\s+impressioni|erst(?:e[rn]?[\s-]+)?eindr(?:uck|ücke)|kesan\s+pertama)\b",
    re.IGNORECASE,
)
"""Words that announce first impressions (of a premiere, unless an episode is named)."""
_FIRST_IMPRESSIONS = FIRST_IMPRESSIONS
_RECAP_AND_REVIEW = re.compile(
    r"\brecap\s*(?:&|and|\+|/)\s*review\b|\breview\s*(?:&|and|\+|/)\s*recap\b", re.IGNORECASE
)
# how many episodes a first look goes to ("three episodes in"; "eight episodes in" is a
# later check-in), as words with their values, and as a regex source
_FEW = {"two": 2, "three": 3, "four": 4}
_FEW_COUNT = "|".join(_FEW) + "|[234]"
_FIRST_LOOK = re.compile(
    r"\b(?:\d|two|three|four|five)[\s-]episodes?\s+(?:test|rule|premiere)\b"
    # how far the first look went: "Three Episodes In: Is Show Worth It?", "My verdict after
    # three episodes" (not "three episodes in one night", nor a later check-in's "eight
    # episodes in")
    r"|\b(?:" + _FEW_COUNT + r")\s+episodes\s+in(?=\s*(?:$|[:,;.!?)\]|–—-]))"
    r"|\bafter\s+(?:the\s+first\s+)?(?:" + _FEW_COUNT + r")\s+episodes\b",
    re.IGNORECASE,
)
"""A title's words for a first look at a show's first episodes: "three-episode test",
"three episodes in"."""
# a title's words for the writer's first viewing ("first watch notes", "First-watch
# reactions", "my first viewing"): of the premiere, a first look at the show; of a later
# episode (a rewatcher's blind friend) or a whole series, no kind of its own
_FIRST_WATCH = re.compile(r"\bfirst[\s-]+(?:watch|viewing)\b", re.IGNORECASE)
_OPENS_AT_A_FIRST_LOOK = re.compile(
    r"[^\w\n]{0,3}(" + _FEW_COUNT + r")\s+episodes\s+in(?:to\b|(?=\s*[:,;.!?–—-]))",
    re.IGNORECASE,
)


def first_look_reached(opening: str) -> tuple[int, str] | None:
    """(N, as written) when a text opens with how far its first look went: "Two episodes
    into <Show>, …", "Three episodes in, …" (not "eight episodes in", a later check-in, nor
    "three episodes in one night", nor such words further into the text). Else None."""
    match = _OPENS_AT_A_FIRST_LOOK.match(opening)
    if match is None:
        return None
    few = match.group(1).lower()
    return (int(few) if few.isdigit() else _FEW[few]), match.group(0).strip()


_PREMIERE = re.compile(
    r"\b(?:premiere|pilot)(?:\s+episode)?\s*[:\-\u2013\u2014]?\s*"
    r"(?:review|impressions?|thoughts|reactions?)\b"
    # a season's premieres looked at one a day or all at once ("Winter Premiere Diary — day
    # 3: Show", "Spring Premieres Roundup: Show"): each show's entry a first look at it
    r"|\bpremieres?\s+(?:diary|diaries|journal|round[\s-]?up)\b",
    re.IGNORECASE,
)
"""A title that reviews the premiere ("Show Premiere Review", "Pilot Thoughts", a season's
"Premiere Diary"), not one that only calls its episode one ("... and of a very good
premiere", a weekly review's headline)."""
# a title whose subject is the show's premiere itself: the show's name, then "premiere", then
# a separator before the rest ("<Show> premiere — "<The Episode's Own Title>"", "<Show>
# Premiere: notes"); not a headline calling its episode one after saying what it reviews
# ("<Show> Episode 1 Review — a strong premiere"), nor a number's ("Episode 14 premiere — …")
_PREMIERE_AS_SUBJECT = re.compile(
    r"[^\W\d](?:[^\d:|\u2013\u2014\n]){0,80}?\s(?:series\s+)?premiere\s*(?:[:|\u2013\u2014]|-\s)",
    re.IGNORECASE,
)
_LATER_NUMBER = (
    r"(?:[2-9]|[1-9]\d|two|three|four|five|six|seven|eight|nine|ten"
    r"|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?:[2-9]|\d\d)(?:nd|rd|th))"
)
_LATER_SEASON = (
    r"\b(?:(?:season|series|part|cour)\s+" + _LATER_NUMBER + r"|S(?:0?[2-9]|[1-9]\d)"
    r"|" + _LATER_NUMBER + r"\s+(?:season|series|part|cour))"
)
LATER_SEASON = re.compile(_LATER_SEASON + r"\b", re.IGNORECASE)
"""A later season (or part, or cour) named: "Season 2", "S2", "Second Season", "Cour 2"."""
LATER_SEASON_PREMIERE = re.compile(
    _LATER_SEASON + r"(?:['’]s)?\s*[:\-–—]?\s*(?:premiere|opener|first\s+episode)\b",
    re.IGNORECASE,
)
"""A later season's (or part's, or cour's) premiere in a title: "Season 2 Premiere", "S2
Premiere", "Second Season Premiere", "Season Two's Opener", "Cour 2 First Episode"."""
# "recap", and a headline's "the finale, recapped"; not "recap" naming what aired ("a recap
# episode", "the recap special"), the kind of episode a review may be of, though a recap's
# "Recap Episode 5" names the episode it recaps
RECAP_WORD = re.compile(
    r"\b(?:recap(?:ped)?(?!\s+(?:episodes?|eps?|specials?|compilations?|movies?|films?)\b"
    r"(?!\.?\s*#?\d))|summary|synopsis)\b",
    re.IGNORECASE,
)
_SEASON_REVIEW = re.compile(
    r"\b(?:anime|season|series|full|complete|final|whole|overall)\s+review\b"
    r"|\bfinal\s+impressions?\b|\breview\s+of\s+the\s+(?:season|series)\b",
    re.IGNORECASE,
)
KIND_WORDS = re.compile(
    r"\b(?:"
    r"recap\s*(?:&|and|\+|/)\s*review|review\s*(?:&|and|\+|/)\s*recap"
    r"|first[\s-]+(?:impressions?|look|thoughts)|final\s+impressions?|impressions?"
    r"|(?:anime|season|series|full|complete|final|whole|overall|episode|spoiler-free|spoiler)"
    r"\s+reviews?"
    r"|reviews?|recap(?:ped)?|summary|synopsis|thoughts"
    r")\b",
    re.IGNORECASE,
)
"""Words that say what kind of document this is; removed from a title to leave the anime."""


# a title calling the post a review ("<Show> Review: …", "<Show>, Episode 5, Reviewed"), which
# outweighs a site's filing of it under recaps
_REVIEW_WORD = re.compile(r"\breview(?:ed)?\b", re.IGNORECASE)


# a site's category naming a kind of post, singular or plural, its words joined by a space, a
# hyphen or an underscore ("season-reviews", "Series Reviews", "first_impressions", "Recaps");
# not "reviews" or "anime" alone, which file every kind
_FILED_AS = re.compile(
    r"(?<![^\W_])(?:(?P<season>(?:season|series)[\s_-]+(?:reviews?|wrap[\s_-]?ups?))"
    r"|(?P<first>first[\s_-]+(?:impressions?|looks?))|(?P<recap>recaps?)"
    r"|(?P<episode>episode[\s_-]+reviews?))(?![^\W_])",
    re.IGNORECASE,
)
_FILED_KINDS = {
    "season": DocumentKind.SEASON_REVIEW,
    "first": DocumentKind.FIRST_IMPRESSIONS,
    "recap": DocumentKind.RECAP,
    "episode": DocumentKind.EPISODE_REVIEW,
}


def filed_as(category: str) -> DocumentKind | None:
    """The kind a site's categories file a post under ("anime, season-reviews": a season
    review), else None: none named, or two different ones. A static site's front matter
    lists them (`categories:`), a web page's markup too (a blog's "Posted in First
    Impressions", a news site's article:section)."""
    kinds = {_FILED_KINDS[str(m.lastgroup)] for m in _FILED_AS.finditer(category)}
    return kinds.pop() if len(kinds) == 1 else None


# What says a title or an opening is about a whole season or series (a regex source, for
# announced_kind here and bot.ingest.detect.episode's "is this title season-level?")
SEASON_AS_A_WHOLE = (
    r"\b(?:season|series|anime|complete|full|whole|overall)\s+review\b|\bfinal\s+thoughts\b"
    r"|\bcomplete\s+series\b|\bepisode\s+guide\b|\bepisode[\s-]+by[\s-]+episode\b"
    # "finished, series thoughts": the series judged as a whole (not "mid-season thoughts")
    r"|\b(?:season|series)(?<!mid[\s-]season)(?<!mid[\s-]series)"
    r"\s+(?:thoughts|retrospective|wrap[\s-]?up)\b"
)
_SEASON_WORDS = re.compile(
    SEASON_AS_A_WHOLE
    + r"|\breview\s+of\s+the\s+(?:season|series|whole\s+\w+)\b|\bseason\s+\d{1,2}\s+review\b",
    re.IGNORECASE,
)


# "Episode Guide": a guide of episodes, an entry of which sums up one (bot.ingest.detect.episode
# numbers its entries)
EPISODE_GUIDE = re.compile(r"\bepisode\s+guide\b", re.IGNORECASE)


def announced_kind(title: str, episode: int | None) -> DocumentKind | None:
    """The kind a title's words announce, or None when they announce none."""
    if _FIRST_IMPRESSIONS.search(title):
        return DocumentKind.FIRST_IMPRESSIONS
    if _RECAP_AND_REVIEW.search(title):
        # a recap followed by a review is a recap with a review section
        return DocumentKind.RECAP if episode is not None else DocumentKind.SEASON_REVIEW
    if episode is None and _SEASON_REVIEW.search(title):
        return DocumentKind.SEASON_REVIEW
    if RECAP_WORD.search(title) and not _dated_by_a_recap(title):
        return DocumentKind.RECAP
    if episode is not None and ("uide" in title or "UIDE" in title) and EPISODE_GUIDE.search(title):
        # "<Show> Episode Guide — Entry #14", "Episode Guide: The Finale": a guide's entry sums
        # up its episode (a reviewer's note under the synopsis is its review section)
        return DocumentKind.RECAP
    if episode is not None and _FIRST_LOOK.search(title):
        # "Show: Three-Episode Test", "Two-Episode Premiere", "Three Episodes In: …": a first
        # look at the show
        return DocumentKind.FIRST_IMPRESSIONS
    if episode == 1 and _FIRST_WATCH.search(title):
        # "<The premiere's own title> — first watch notes": the writer's first viewing of the
        # show's first episode is a first look at the show, as "first thoughts" is
        return DocumentKind.FIRST_IMPRESSIONS
    if episode is not None and _PREMIERE.search(title) and _the_shows_premiere(title, episode):
        # "Show Premiere Review" (not "Episode 14 Review: the cour 2 premiere", a later
        # part's opening reviewed as an episode)
        return DocumentKind.FIRST_IMPRESSIONS
    if episode == 1 and "remiere" in title and _premiere_as_subject(title):
        # "<Show> premiere — "<The Episode's Own Title>"": a page on the show's premiere
        # itself, a first look at the show, as "<Show> Premiere Review" is
        return DocumentKind.FIRST_IMPRESSIONS
    if episode is None and _SEASON_WORDS.search(title):
        return DocumentKind.SEASON_REVIEW
    if episode is not None and episode > 1 and _CHECK_IN.search(title):
        # "Mid-Season Check-In (Episodes 1-6)": a check-in saying how far it has watched
        # reviews the episodes up to there, whatever first look its opening looks back on
        return DocumentKind.EPISODE_REVIEW
    return None


# a title calling the post a check-in on a show under way ("Mid-Season Check-In", "Halfway
# Check In", "checkin")
_CHECK_IN = re.compile(r"\bcheck[\s-]?in\b", re.IGNORECASE)


# a recap that aired, named as what the episode comes after: "Back After the Recap", "Episode
# 14, Following Last Week's Recap", "post-recap", "Back From the Recap" (the episode reviewed,
# not a recap of it)
_AFTER_A_RECAP = re.compile(
    r"\b(?:after|since|following|post|(?:back|returns?|returning)\s+from)[\s-]+"
    r"(?:(?:the|a|that|its|last\s+week['’]s)\s+)?\Z",
    re.IGNORECASE,
)
# a recap named as a pause in the airing ("the Recap Break", "a recap hiatus"): what aired
_RECAP_BREAK = re.compile(r"\s+(?:break|hiatus)\b", re.IGNORECASE)


def _dated_by_a_recap(title: str) -> bool:
    """Is every "recap" of a `title` that calls itself a review ("Show Episode 14 Review: Back
    After the Recap", "… Review: The Recap Break Is Over") the recap the episode came after,
    not the kind of the document?"""
    return _REVIEW_WORD.search(title) is not None and all(
        _AFTER_A_RECAP.search(title, 0, recap.start()) is not None
        or _RECAP_BREAK.match(title, recap.end()) is not None
        for recap in RECAP_WORD.finditer(title)
    )


def _premiere_as_subject(title: str) -> bool:
    """Does `title` open on the show's premiere as its subject, before a separator ("<Show>
    premiere — <subtitle>"), its opening part naming no review, episode or later season?"""
    match = _PREMIERE_AS_SUBJECT.match(title)
    if match is None:
        return False
    subject = title[: match.end()]
    return (
        _REVIEW_WORD.search(subject) is None
        and "pisode" not in subject
        and LATER_SEASON_PREMIERE.search(subject) is None
    )


def _the_shows_premiere(title: str, episode: int) -> bool:
    """Is the premiere a title reviews the show's own, its episode 1, or the last of the
    episodes it aired with ("Show Premiere Review" over an opening's "premiered with its first
    two episodes"): a title that numbers no episode and names no later season's premiere?"""
    if episode == 1:
        return True
    return not any(c.isdigit() for c in title) and LATER_SEASON_PREMIERE.search(title) is None


def kind_of(title: str, episode: int | None) -> DocumentKind:
    """The kind a title announces; without a word for it, an episode review when there is an
    episode, else a season review."""
    announced = announced_kind(title, episode)
    if announced is not None:
        return announced
    if episode is not None:
        return DocumentKind.EPISODE_REVIEW
    return DocumentKind.SEASON_REVIEW


_MAX_HEADLINE = 120  # a line longer than this, alone in its paragraph, is running text
_EPISODE_WORD = re.compile(r"\b(?:episode|ep)\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d{1,4}")
# a bare number beside a dash, the way a notes app's or a blog's heading writes its episode
# with no word for it: "Show 18 — recap", "Show – 18 (recap)"
_BARE_NUMBER_BY_DASH = re.compile(r"(?<![\w.,])(\d{1,4})\s+[–—-]\s|\s[–—-]\s+(\d{1,4})(?![\w.,])")


def _running_text_at(paragraphs: list[str]) -> int:
    """The index of the first paragraph of running text (a long line, or sentences of some
    words): what comes before it is a headline, a byline, a date line, a clipper's excerpt
    box, a saved e-mail's headers (whose "Subject: …" may end as a sentence does).
    len(paragraphs) when there is none."""
    for at, paragraph in enumerate(paragraphs):
        if (
            ("\n" not in paragraph and len(paragraph) > _MAX_HEADLINE)
            or (
                paragraph.count(" ", 0, _PROSE_HEAD) >= _MIN_PROSE_WORDS - 1
                and _SENTENCE_END.search(paragraph, 0, _PROSE_HEAD) is not None
            )
        ) and not _mail_headers(paragraph):
            return at
    return len(paragraphs)


def _mail_headers(paragraph: str) -> bool:
    """Is the paragraph a saved e-mail's header block, each line a header ("To: you",
    "Subject: Is <Show> anything more than pretty?", "Date: Sun, 14 Jan …")?"""
    return ":" in paragraph[:_MAX_MAIL_NAME] and all(
        is_mail_header_field(line) for line in paragraph.split("\n")
    )


def _names_number(line: str, numbers: tuple[int, ...]) -> bool:
    """Does a headline `line` name one of these episode numbers, after an episode's word
    ("Episode 8") or bare beside a dash ("Show 18 — recap")?"""
    return (
        _EPISODE_WORD.search(line) is not None
        and any(int(n) in numbers for n in _NUMBER.findall(line))
    ) or any(int(a or b) in numbers for a, b in _BARE_NUMBER_BY_DASH.findall(line))


def _episode_headline(
    paragraphs: list[str], episode: int, episode_title: str = "", in_season: int | None = None
) -> tuple[DocumentKind, str] | None:
    """(kind, line) for a line of these paragraphs (the opening before its running text)
    that reads as this document's headline (short, no sentence, naming its episode by number,
    after an episode's word or bare beside a dash as a notes app's "Show 18 — recap" does, or
    by its title, `episode_title` folded) and announces a kind ("SHOW, EPISODE 8 — RECAP &
    REVIEW" under a zine's page header that was taken for the title), else None. The number
    may be the one within its season, `in_season`, of an episode counted through the seasons
    ("Show Season 3, Episode 1 — first impressions" over "episode 38 overall")."""
    numbers = (episode,) if in_season is None else (episode, in_season)
    lines = list(opening_lines(paragraphs))
    for at, line in enumerate(lines):
        if line[:2] in LIST_BULLETS:
            continue  # a list's item ("* Show Episode 1 …"): a link among others
        line = line.strip(" *_#")
        if not is_headline_line(line):
            continue
        # or its title: "Recap and review: Show opens with '<Episode's Title>'"
        if not _names_number(line, numbers) and not (
            episode_title and episode_title in (line.lower() if line.isascii() else fold(line))
        ):
            continue
        announced = announced_kind(line, episode)
        under = lines[at + 1].strip(" *_#") if at + 1 < len(lines) else ""
        if announced is None and 0 < len(under.split()) <= _MAX_KIND_LINE_WORDS:
            # the kind on a line of its own under the heading, a bulletin's label ("SHOW –
            # EPISODE 1 "<TITLE>"" / "FIRST IMPRESSIONS" / "by …")
            announced = announced_kind(under, episode)
            line = f"{line} / {under}"
        if announced is not None:
            return announced, line
    return None


_MAX_MAIL_NAME = 10  # "reply-to :" at most, before an e-mail header's colon
_MAX_KIND_LINE_WORDS = 4  # a kind's own line: "FIRST IMPRESSIONS", "Recap & Review"


def _opening_lines_before(paragraphs: list[str], start: int) -> int:
    """The lines of the opening before paragraph `start` (the running text's first), a saved
    e-mail's header block left out: the envelope, not the letter, it leaves the opening's
    OPENING_LINES to the masthead, the greeting and the feature's heading under them."""
    return sum(p.count("\n") + 1 for p in paragraphs[:start] if not _mail_headers(p))


def _feature_standfirst(
    paragraphs: list[str], start: int, episode: int, in_season: int | None = None
) -> str:
    """The head of the paragraph under the feature's heading, among the opening's first
    OPENING_LINES lines (_opening_lines_before) from `start` (the running text's first
    paragraph) on: a letter's
    greeting, then a heading of its own naming this episode and announcing no kind ("SHOW,
    EPISODE 1: <SUBTITLE>"), then its standfirst ("(first impressions of the premiere;
    spoilers for episode 1 only)"), which says what the feature is. "" when there is none."""
    numbers = (episode,) if in_season is None else (episode, in_season)
    lines = _opening_lines_before(paragraphs, start)
    for at in range(start, len(paragraphs) - 1):
        if lines >= OPENING_LINES:
            break
        paragraph = paragraphs[at]
        lines += paragraph.count("\n") + 1
        heading = paragraph.strip(" *_#")
        if (
            "\n" not in heading
            and len(heading) <= _MAX_HEADLINE
            and is_headline_line(heading)
            and _names_number(heading, numbers)
        ):
            return paragraphs[at + 1][:_OPENING_LOOK]
    return ""


def _headings_after(paragraphs: list[str], start: int) -> list[str]:
    """The paragraphs from `start` on, among the opening's first OPENING_LINES lines
    (_opening_lines_before), that are a short line of their own (a heading, not running
    text), the short lines within a paragraph that are marked as one (a chat post's "Name
    10:42 AM" line, then its bold "*Show Episode 1 First Impressions*"), and the line under a
    label in capitals opening a paragraph (a newsletter's "THE MAIN FEATURE", then "Show
    Season 3, Episode 1 — first impressions")."""
    lines = _opening_lines_before(paragraphs, start)
    headings: list[str] = []
    for paragraph in paragraphs[start:]:
        if lines >= OPENING_LINES:
            break
        lines += paragraph.count("\n") + 1
        if "\n" not in paragraph:
            if len(paragraph) <= _MAX_HEADLINE:
                headings.append(paragraph)
            continue
        label, _, rest = paragraph.partition("\n")
        if len(label) <= _MAX_HEADLINE and label.isupper():
            under = rest.partition("\n")[0]
            if len(under) <= _MAX_HEADLINE:
                # (the label too: it may be the feature's heading, its kind the line under it)
                headings += [label, under]
        if "*" in paragraph or "#" in paragraph or "_" in paragraph:
            headings += [
                line
                for line in paragraph.split("\n")
                if _HEADING_MARKED.match(line) is not None and len(line) <= _MAX_HEADLINE
            ]
    return headings


def _without_list_items(paragraph: str) -> str:
    """`paragraph` without the lines that are a list's items ("* Show Episode 1 First
    Impressions (old thread)"): links among others, which say nothing of this text's kind."""
    if paragraph[:2] not in LIST_BULLETS and not any(
        f"\n{bullet}" in paragraph for bullet in LIST_BULLETS
    ):
        return paragraph
    return "\n".join(line for line in paragraph.split("\n") if line[:2] not in LIST_BULLETS)


# a line in bold or italics, or a Markdown heading (not a "* " or "- " list's item)
_HEADING_MARKED = re.compile(r"[*_]+[^\s*_]|#{1,6}\s")


# a sentence's end (not an initial's: "by A. Writer")
_SENTENCE_END = re.compile(r"[a-z0-9)'’\"”][.!?](?:\s|$)")
_MIN_PROSE_WORDS = 8
_PROSE_LOOK = 4  # paragraphs
_PROSE_HEAD = 400  # characters of a paragraph enough to tell
_OPENING_LOOK = 600  # characters of the first paragraph read for 'first impressions'


def _may_say_first_impressions(paragraph: str) -> bool:
    """Whether the paragraph's opening holds what FIRST_IMPRESSIONS needs, in some casing
    ("first", "First", "IMPRESSIONS"): looked for first, as its search costs more."""
    return (
        paragraph.find("irst", 0, _OPENING_LOOK) >= 0
        or paragraph.find("IRST", 0, _OPENING_LOOK) >= 0
        or paragraph.find("mpression", 0, _OPENING_LOOK) >= 0
        or paragraph.find("MPRESSION", 0, _OPENING_LOOK) >= 0
    )


def _episode_title(draft: Draft) -> str:
    """The catalog's title of the document's episode, folded ("" when there is none, or one
    too short to tell from ordinary words)."""
    catalog, episode = draft.catalog, draft.episode
    if catalog is None or episode is None or not catalog.episodes:
        return ""
    return next(
        (
            folded
            for number, title, folded in folded_episode_titles(catalog)
            if number == episode and len(title) >= MIN_EPISODE_TITLE
        ),
        "",
    )


# "no recap this week", "I won't recap the plot", "skipping the recap": the opening saying
# what the text is not (the words before "recap", within its sentence)
_NO_RECAP = re.compile(
    r"\b(?:no|not|without|skip(?:ping|ped)?|won['’]t|never|instead\s+of|rather\s+than)\b"
    r"[^.!?\n]{0,30}$|n['’]t\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_NO_RECAP_LOOK = 40
_MIN_RECAP_LINES = 3  # lines of text between the opening's "recap" and the review's heading


# what a text says it is not, just before the words for it: "not a first-look piece", "no
# first impressions", "isn't really a first look", "rather than first thoughts"
_NOT_A = re.compile(
    r"\b(?:not|no|never|isn['’]t|aren['’]t|rather\s+than|instead\s+of)\s+"
    r"(?:(?:a|an|the|my|your|just|really|another|some)\s+){0,2}\Z",
    re.IGNORECASE,
)
_NOT_A_LOOK = 30
# the writer's earlier post, named as where something was said: "I said in my first
# impressions that …", "as I wrote in our first-look post", "since my original first
# thoughts" (a later episode's review looking back; a first look calls itself "my first
# impressions", never "in my first impressions")
_IN_AN_EARLIER = re.compile(
    r"\b(?:in|since)\s+(?:my|our)\s+(?:(?:earlier|original|own|previous)\s+)?\Z",
    re.IGNORECASE,
)


def _says_first_impressions(opening: str) -> bool:
    """Does the opening call the text first impressions, not what it is not ("a regular
    weekly review, not a first-look piece", "no first impressions this time") nor an earlier
    post it looks back on ("I said in my first impressions that …")?"""
    return any(
        _NOT_A.search(opening, max(0, said.start() - _NOT_A_LOOK), said.start()) is None
        and _IN_AN_EARLIER.search(opening, max(0, said.start() - _NOT_A_LOOK), said.start()) is None
        for said in _FIRST_IMPRESSIONS.finditer(opening)
    )


def _recap_then_review(paragraphs: list[str], opening: int) -> str | None:
    """The review heading ("**My take**", "## Thoughts") that follows a recap the opening
    (paragraphs up to `opening`) announces ("it's my turn on the recap rota", "here's the
    recap of episode 5") some lines further down, else None."""
    said = None
    for at, paragraph in enumerate(paragraphs[: opening + 1]):
        found = RECAP_WORD.search(paragraph, 0, _OPENING_LOOK) if "ecap" in paragraph else None
        if found is not None and found.group(0)[:1].lower() == "r":
            before = paragraph[max(0, found.start() - _NO_RECAP_LOOK) : found.start()]
            if _NO_RECAP.search(before) is None:
                said = at
                break
    if said is None:
        return None
    lines = 0
    for paragraph in paragraphs[said + 1 :]:
        for line in paragraph.split("\n"):
            if lines >= _MIN_RECAP_LINES and (
                "take" in line or "hought" in line or "eview" in line or "erdict" in line
            ):
                heading = line.strip()
                if is_review_heading(heading) is not None:
                    return heading
            lines += 1
    return None


# the label a page's summary of itself opens with, before its colon ("First impressions: <the
# summary>", "Recap: …"): a site's teaser names the post's kind as its kicker would
_SUMMARY_LABEL = re.compile(r"([^:\n]{1,40}):\s")


# the pieces of a page's summary its tags stand in: "★★★★½ — first impressions. This is …" (a
# diary site's description of a log: the rating, the entry's tag, the text's head), split at
# a sentence's end, a dash or a bar
_SUMMARY_PIECES = re.compile(r"[.!?](?:\s|\Z)|\s[—–|·•]\s|\s-\s")
# ...the tag, the first-impressions words standing alone ("first impressions", "First look
# only"), not a sentence about them ("First impressions were wrong")
_TAGGED_FIRST_IMPRESSIONS = re.compile(
    r"(?:(?:my|just|only|some)\s+)?(?:" + FIRST_IMPRESSIONS.pattern + r")(?:\s+only)?",
    re.IGNORECASE,
)


def summary_tags_first_impressions(summary: str) -> str | None:
    """The words of a page's summary (its meta description, a front matter summary) that tag
    the text first impressions, standing alone between its sentences, dashes or bars ("★★★★½
    — first impressions. This is …", as a diary site describes a log whose tag its text
    extraction drops); else None."""
    if not _may_say_first_impressions(summary):
        return None
    for piece in _SUMMARY_PIECES.split(summary[:_OPENING_LOOK]):
        tag = piece.strip(" \t*_\"“”'‘’()[]")
        if tag and _TAGGED_FIRST_IMPRESSIONS.fullmatch(tag) is not None:
            return tag
    return None


def _kind_labelling_the_summary(draft: Draft) -> tuple[DocumentKind, str] | None:
    """The kind the label opening the page's summary announces (its meta description or
    front matter summary: "First impressions: <Studio>'s adaptation bets on …"), with the
    label, where it fits the episode found (a season review has none): a site's teaser under
    a pun headline, the label above which text extraction dropped. None otherwise."""
    summary = draft.summary()
    label = _SUMMARY_LABEL.match(summary) if summary else None
    if label is None:
        # ("★★★★½ — first impressions. …": the tag standing alone, not a label before a colon)
        tag = summary_tags_first_impressions(summary) if summary else None
        if tag is None or draft.episode is None:
            return None
        return DocumentKind.FIRST_IMPRESSIONS, tag
    announced = announced_kind(label.group(1), draft.episode)
    if announced is None or (announced is DocumentKind.SEASON_REVIEW) != (draft.episode is None):
        return None
    return announced, label.group(1)


def _kind_labelling_the_show(draft: Draft) -> tuple[DocumentKind, str] | None:
    """(kind, line) for a line of the opening that is a kind's label and the document's own
    anime, nothing more ("First Impressions: <Show>", numbered as a letter's table of
    contents lists its feature: "3. First Impressions: <Show>"), or is the heading that
    detect.anime found the anime by under another name (draft.anime_heading: "First
    impressions: <Romaji> Season 2" glossed "(<Show> in English)"), where the kind fits the
    episode found (a season review has none): the letter's own word for its feature, whose
    heading lies beyond the opening. Not a list's bulleted item (a link among others), a
    label saying more ("Last week's first impressions: <Show>"), one before another show,
    nor a subtitle's sentence ("Recap and review: <Show> opens with '<an episode's title>'",
    told by _episode_headline). None otherwise."""
    catalog = draft.catalog
    names = {fold(name) for name in (draft.anime_title, *(catalog.aliases if catalog else ()))}
    names.discard("")
    for line in opening_lines(draft.paragraphs):
        line = line.strip()
        if line[:2] in LIST_BULLETS or ":" not in line:
            continue
        number = SECTION_NUMBER.match(line)
        label = _SUMMARY_LABEL.match(line, number.end() if number else 0)
        if label is None or KIND_WORDS.fullmatch(label.group(1).strip(" *_#")) is None:
            continue
        if fold(line[label.end() :].strip(" *_#")) not in names and (
            # (or the heading the anime was found by, naming it by another name: "First
            # impressions: <Romaji> Season 2" over "(<Known> in English …)")
            not draft.anime_heading or line.strip(" *_#") != draft.anime_heading.strip(" *_#")
        ):
            continue
        announced = announced_kind(label.group(1), draft.episode)
        if announced is not None and (announced is DocumentKind.SEASON_REVIEW) == (
            draft.episode is None
        ):
            return announced, line
    return None


_LEAD_LOOK = 40  # paragraphs: a wiki's chrome and infobox come before its article's lead


def _wiki_episode_lead(paragraphs: list[str], text_at: int) -> str | None:
    """The opening sentence's head of the text's first paragraph of running text (at
    `text_at`, or further down past a wiki's chrome and infobox) when it is a wiki episode
    article's lead ("<Title> is the fourth episode of the <Show> anime series"), else None.
    A wiki's episode article tells the episode; it does not review it."""
    if text_at == OPENING_LINES:  # none in the opening's paragraphs: look on
        text_at += _running_text_at(paragraphs[OPENING_LINES:_LEAD_LOOK])
    if text_at >= len(paragraphs):
        return None
    lead = wiki_episode_lead(paragraphs[text_at])
    return lead.group(0) if lead is not None else None


# the opening saying it is the site that files the post under recaps ("the template files
# everything I write under "Recap"", "the theme tags these posts as recaps")
_SITE_FILES_AS_RECAP = re.compile(
    r"\b(?:template|theme|cms|categor(?:y|ies)|tags?|labels?)\b[^.!?\n]{0,80}?"
    r"\b(?:under|as)\s+(?:an?\s+)?[\"“'‘]?recaps?\b",
    re.IGNORECASE,
)


def _recap_as_the_site_files_it(paragraphs: list[str]) -> str | None:
    """The words of the opening's first paragraphs saying the site's template (its theme,
    category, tag) files the post under recaps, else None: a title's "Recap" that is the
    site's label for all it posts, not the writer's word for the text."""
    for paragraph in paragraphs[:_PROSE_LOOK]:
        if "ecap" in paragraph or "ECAP" in paragraph:
            said = _SITE_FILES_AS_RECAP.search(paragraph, 0, _OPENING_LOOK)
            if said is not None:
                return said.group(0)
    return None


def detect_kind(draft: Draft) -> None:
    """draft.kind and draft.title_says_recap: the front matter's kind; else what the title
    (or the label above it) announces; else the kind the front matter's categories (or the
    page's) file it under; else what a headline line opening the text announces; else first
    impressions when the first paragraph, or the first of running text, says so of a
    document about an episode; else the kind a label opening the page's summary announces
    ("First impressions: …"); else an episode review when there is an episode, a season
    review when there is none."""
    fm_kind = draft.front_matter.kind
    title = draft.title
    draft.title_says_recap = bool(RECAP_WORD.search(title))
    if fm_kind is not None:
        draft.kind = fm_kind
        draft.explain("kind", f"{fm_kind}: front matter")
        return
    announced = announced_kind(title, draft.episode) if title else None
    if announced is DocumentKind.RECAP and draft.episode is not None:
        filing = _recap_as_the_site_files_it(draft.paragraphs)
        if filing is not None:
            # "the blog's template files everything under "Recap"": the title's word is the
            # site's label, the writer's own says the text reviews the episode
            draft.title_says_recap = False
            draft.kind = DocumentKind.EPISODE_REVIEW
            draft.explain("kind", f"{draft.kind}: the opening says {filing!r}, not the writer")
            return
    if announced is None and draft.kicker:
        announced = announced_kind(draft.kicker, draft.episode)
        if announced is not None:
            draft.kind = announced
            draft.explain("kind", f"{announced}: the label {draft.kicker!r} above the headline")
            return
    if announced is not None:
        draft.kind = announced
        draft.explain("kind", f"{announced}: the title {title!r} says so")
        return
    fm = draft.front_matter
    filed, category, filer = fm.filed_as, fm.category, "front matter"
    if filed is None and draft.meta is not None and draft.meta.category:
        # a blog's "Posted in First Impressions" under a headline that is the episode's own
        # title, a news site's article:section "TV Recaps": the page's markup files it so
        filed, category, filer = filed_as(draft.meta.category), draft.meta.category, "page"
    if filed is None:
        # no category: a page's breadcrumbs file it too ("Home / Recaps / <Show>", a recap
        # copied as text under a headline that is the episode's own title), leading to the
        # headline, not counting it ("Home › <Show> Episode 5 Recap")
        crumbs = draft.filing_crumbs()
        if crumbs:
            filed, category, filer = filed_as(" › ".join(crumbs)), " › ".join(crumbs), "page"
    if filed is DocumentKind.RECAP and _REVIEW_WORD.search(title):
        # a TV site's article:section "TV Recaps" over "<Show> Review: "<Episode's Title>"":
        # such a site files all its episode coverage under recaps; the title's own word for
        # the post says what this one is (told below, as for a page filed under nothing)
        draft.explain(
            "kind", f"ignored the {filer}'s {category!r}: the title {title!r} calls it a review"
        )
        filed = None
    if filed is not None and (filed is DocumentKind.SEASON_REVIEW) == (draft.episode is None):
        # a static site's "categories: [anime, recaps]": the site's own filing of the post,
        # where it fits what detect.episode found (a season review has no episode)
        draft.kind = filed
        draft.explain("kind", f"{filed}: the {filer} files it under {category!r}")
        return
    paragraphs = draft.paragraphs
    text_at = _running_text_at(paragraphs[:OPENING_LINES])
    episode_title = _episode_title(draft)
    headline = (
        _episode_headline(
            paragraphs[:text_at], draft.episode, episode_title, draft.episode_in_season
        )
        if draft.episode is not None and text_at > 0
        else None
    )
    if headline is None and draft.episode is not None:
        # a letter's greeting before its feature's heading ("Morning! … \n\n<SHOW> EPISODE
        # 2 RECAP"): a heading of its own further down the opening
        headline = _episode_headline(
            _headings_after(paragraphs, text_at),
            draft.episode,
            episode_title,
            draft.episode_in_season,
        )
    if headline is not None:
        draft.kind, line = headline
        draft.title_says_recap = bool(RECAP_WORD.search(line))
        draft.explain("kind", f"{draft.kind}: the opening's headline {line!r} says so")
        return
    labelled_show = _kind_labelling_the_show(draft)
    if labelled_show is not None:
        # a letter's contents, "3. First Impressions: <Show>": its feature's heading, which
        # says so too, is further down than the opening's lines
        draft.kind, line = labelled_show
        draft.title_says_recap = bool(RECAP_WORD.search(line))
        draft.explain("kind", f"{draft.kind}: the opening's line {line!r} labels the show so")
        return
    opening = _without_list_items(paragraphs[0][:_OPENING_LOOK]) if paragraphs else ""
    if 0 < text_at < min(len(paragraphs), _PROSE_LOOK):
        # a clipper's excerpt box or a date line first: the running text after them, and the
        # short lines between (a note's aside under its timestamp, "(first impressions,
        # writing this before bed)")
        # (a list's items among those are links, not what this text is)
        between = [_without_list_items(p[:_OPENING_LOOK]) for p in paragraphs[1:text_at]]
        opening = "\n\n".join(
            p
            for p in (opening, *between, paragraphs[text_at][:_OPENING_LOOK])
            if p is opening or _may_say_first_impressions(p)
        )
    if draft.episode is not None and text_at < len(paragraphs):
        # a letter's greeting first, then its feature under a heading naming the episode:
        # the feature's standfirst says what it is, as the opening's first text would
        standfirst = _feature_standfirst(
            paragraphs, text_at, draft.episode, draft.episode_in_season
        )
        if standfirst and _may_say_first_impressions(standfirst):
            opening = f"{opening}\n\n{standfirst}"
    if draft.episode is not None and _says_first_impressions(opening):
        # (detect.episode gives first impressions that name no episode the premiere, so with
        # none it found the text speaks of the whole run, "Thirteen episodes later", and the
        # opening's words are of another post: "I wrote a first-impressions post in January")
        draft.kind = DocumentKind.FIRST_IMPRESSIONS
        draft.explain("kind", f"{draft.kind}: the opening says 'first impressions'")
        return
    if draft.episode_reached:
        # "Two episodes into <Show>, …" gave the episode (an "Episode 3 Review" opening "Two
        # episodes in, …" reviews episode 3)
        draft.kind = DocumentKind.FIRST_IMPRESSIONS
        draft.explain("kind", f"{draft.kind}: the opening says {draft.episode_reached!r}")
        return
    labelled = _kind_labelling_the_summary(draft)
    if labelled is not None:
        draft.kind, label = labelled
        draft.explain("kind", f"{draft.kind}: the page's summary is labelled {label!r}")
        return
    summary = draft.front_matter.summary
    reach = first_look_reached(summary) if summary and draft.episode is not None else None
    if reach is not None and reach[0] == draft.episode:
        # "Catching Up: Show Episodes 1-3" summed up as "Three episodes in, is it worth it?":
        # the summary under the title opens as a first look's text does
        draft.kind = DocumentKind.FIRST_IMPRESSIONS
        draft.explain("kind", f"{draft.kind}: the front matter's summary says {reach[1]!r}")
        return
    if draft.episode is not None:
        recap = _recap_then_review(paragraphs, text_at)
        if recap is not None:
            # "my turn on the recap rota again, episode 5 …" and, below the recap, a "**My
            # take**" heading: a recap followed by a review is a recap with a review section
            draft.kind = DocumentKind.RECAP
            draft.explain(
                "kind", f"{draft.kind}: the opening says it recaps, then {recap!r} heads a review"
            )
            return
        lead = _wiki_episode_lead(paragraphs, text_at)
        if lead is not None:
            # a wiki's episode article: a recap of the episode, whatever its sections
            draft.kind = DocumentKind.RECAP
            draft.explain(
                "kind", f"{draft.kind}: the text opens as a wiki's episode article, {lead!r}"
            )
            return
        draft.kind = DocumentKind.EPISODE_REVIEW
        draft.explain("kind", f"{draft.kind}: about one episode, no other kind announced")
        return
    draft.kind = DocumentKind.SEASON_REVIEW
    if _SEASON_WORDS.search(opening) or _SEASON_REVIEW.search(opening):
        draft.explain("kind", f"{draft.kind}: the opening says it reviews the season")
    else:
        draft.explain("kind", f"{draft.kind}: no episode found (low confidence)")
