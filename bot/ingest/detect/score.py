"""The reviewer's score: "7/10", "8.5 out of 10", "4 out of 5 stars", "70/100".

A fraction is a score when a score word leads to it ("I'd give it"), when it is in the title
or the closing lines, or when it has a unit ("stars"). Dates, counts ("3/12 episodes"), polls
and percentages are not.
"""

from __future__ import annotations

import logging
import re
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from bot.ingest.detect.common import RELATED_LINKS, STREAMING_SERVICES, THREAD_MARK, find_all
from bot.ingest.detect.furniture import chat_header
from bot.models import DocumentKind, Score
from bot.text.finds import matches_from
from bot.text.names import fold

if TYPE_CHECKING:
    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = [
    "CUT_OFF",
    "EPISODE_LABEL",
    "LETTER_GRADE",
    "SCORE",
    "SITE_RATING_KEYS",
    "SITE_SCALE_KEYS",
    "TITLE_SCORE",
    "detect_score",
    "may_give_score",
    "parse_score",
    "score_in",
    "shortcode_score",
    "site_score",
]

_NUMBER = r"\d{1,3}(?:[.,]\d{1,2})?"
# "overall" as a score's label ("Overall: B+", "overall — 7/10"), not after a number, where it
# counts an episode through the seasons ("S2 ep 1 (ep 25 overall) — A" heads another show's)
_OVERALL_WORD = r"(?<!\d[ \t])overall"
LETTER_GRADE = re.compile(r"[A-F][+\-−]?")
"""A letter grade as a whole value ("B+", "A-"): a score on no stated scale."""
SCORE = re.compile(
    r"(?P<value>" + _NUMBER + r")"
    # the number alone in Markdown's emphasis, the scale outside it: "**72**/100", "_8_ out of
    # 10" (_score_from wants the opening marks before the number, and drops both from the raw)
    r"(?P<marks>\*\*?|__?)?"
    # the unit first, the scale in parentheses: "7.5 points (out of 10)", "4 stars (/5)"
    r"(?P<lead_unit>\s+(?:stars?|points?|pts)\s*\(\s*)?"
    # (or its casual spelling, "7 outta 10")
    r"\s*(?P<sep>/|out\s+of|outta)\s*(?P<scale>\d{1,3}(?:\.0)?)"
    # (the unit again inside them, as a machine translation puts it: "70 points (out of 100
    # points)")
    r"(?(lead_unit)(?:\s+(?:stars?|points?|pts))?\s*\)|(?P<unit>\s+(?:stars?|points?|pts)\b)?)",
    re.IGNORECASE,
)
TITLE_SCORE = re.compile(
    r"(?:\b(?:score|rating|verdict|grade)\s*[:\-–—]?\s*)?" + SCORE.pattern, re.IGNORECASE
)
"""A score in a title, with its label ("Score: 8/10"): removed to leave the anime's name."""
_SCALES = frozenset({4.0, 5.0, 10.0, 20.0, 100.0})
_SCORE_KEYWORDS = re.compile(
    r"\b(?:scores?|scored|scoring|ratings?|rate|rated|grades?|graded|verdict|earns?|earned"
    r"|earning|deserves?|deserved|give[sn]?\s+(?:it|this|the\s+\w+)|gave\s+(?:it|this)"
    r"|giving\s+(?:it|this|the\s+\w+)|i['’]d\s+(?:say|rate|give|put)|tl;?\s?dr|short\s+version"
    # the episode given it by its number: "I'm giving episode 4 a 7/10" (not "given episode 4")
    r"|giv(?:es?|ing)\s+(?:episode|ep\.?)\s*#?\d{1,4}"
    # the writer naming the verdict: "Call it a 6/10", "I'm calling it 7.5/10"
    r"|call(?:ing)?\s+(?:it|this)"
    # the score's word in the writer's own language, on a page in English by a non-native fan:
    # German "Gesamtwertung Staffel 2: 8/10", "Bewertung: 7/10" (not the readers' one word
    # "Leserwertung"), Spanish "Puntuación", "Calificación", Portuguese "Pontuação", Italian
    # "Voto: 7/10" (a school's mark); Portuguese, Spanish and Italian "Nota: 8/10", Indonesian
    # and Malay "Skor: 8/10", "Nilai akhir: 7,5/10", Turkish "Puan: 8/10", Polish "Ocena: 8/10";
    # Thai "คะแนน: 8/10", Vietnamese "Điểm: 76/100"
    r"|(?:gesamt|end)?(?:be)?wertung|puntuaci[oó]n|calificaci[oó]n|pontua[cç][aã]o|voto"
    r"|nota|skor|nilai|puan|ocena|คะแนน|điểm)\b",
    re.IGNORECASE,
)
# the writer revising their score, right before the new one (an edit under a post, an update):
# "Bumping this to a **4/5**", "raised my score to 8/10", "changing it from 6/10 to 7/10",
# "score bumped to 8/10", "EDIT: knocked down to a 5/10"; the verb takes the score, or the
# thing reviewed ("Bumping the finale to an 8/10": its score), as its object, follows the
# score's word, or opens the sentence (after an edit's label): "the budget dropped to …"
# revises nothing
_REVISING = (
    r"(?:bump(?:s|ed|ing)?|rais(?:e|es|ed|ing)|ups|upp(?:ed|ing)|lower(?:s|ed|ing)?"
    r"|drop(?:s|ped|ping)?|knock(?:s|ed|ing)|chang(?:e|es|ed|ing)|revis(?:e|es|ed|ing)"
    r"|adjust(?:s|ed|ing)?)"
)
_REVISES = re.compile(
    r"(?:\b" + _REVISING + r"\s+(?:it|this|that|(?:my|the)\s+(?:final\s+|overall\s+)?"
    r"(?:score|rating|grade)|(?:the|this)\s+(?:finale|premiere|episode|ep|season|show|series))"
    r"|\b(?:score|rating|grade)\s+" + _REVISING + r"|\A[\W_]*(?:(?:edit|update)[\w ]{0,20}"
    r"[:)\]][\W_]*)?" + _REVISING + r")"
    r"(?:\s+(?:up|down|back))?(?:\s+from\s+[^\s,;]{1,16})?\s+to\s+(?:an?\s+)?[*_]*\Z",
    re.IGNORECASE,
)
# someone the writer watched with: "my friend Jun gave it 9/10", "my sister's verdict: 10/10";
# or the people they follow online, as a social post calls them: "my mutuals are giving it 5/5"
_RELATIVES = (
    r"friends?|sisters?|brothers?|siblings?|mom|mum|mother|dad|father|parents?|partner|wife"
    r"|husband|girlfriend|boyfriend|roommates?|flatmates?|housemates?|kids?|sons?|daughters?"
    r"|cousins?|nieces?|nephews?|colleagues?|co-?workers?|mutuals?|moots?|followers?"
)
# ...after "my", "our" or "a" (cheap to rule out where no such word stands)
_RELATIVE = r"\b(?:my|our|a)\s+(?:" + _RELATIVES + r")\b"
# the sites that rate a show from their users' scores ("7.41 on MyAnimeList", "3.9 out of 5 on
# AniList"): a figure they give is the users' aggregate, which a writer may quote
_RATING_SITES = (
    r"MAL|myanimelist|imdb|anilist|kitsu|anime[\s-]?planet|anidb|anisearch|letterboxd"
    r"|metacritic|rotten\s+tomatoes"
)
# (every branch opens at a "%", a "(" or a word's start: the lookahead ahead of them rules out
# the other places at one test, where the regex engine would try each branch there)
_POLL_WORDS = re.compile(
    r"(?=[%(]|\b\w)"
    r"(?:%|\bpolls?\b|\bpolled\b|\bvot(?:e|es|ed|ing|ers)\b|\breaders?\b|\bsurveys?\b"
    r"|\brespondents?\b|\baudiences?\b|\bcommunity\b|\b(?:" + _RATING_SITES + r")\b"
    # readers in the language of a non-English site's English edition ("Rating pembaca: 4,2/5",
    # "Média dos leitores: 8,1"): Indonesian, German, Portuguese, Spanish, Italian, French
    r"|\b(?:pembaca|leser|leitores|lectores|lettori|lecteurs)\b"
    r"|\baverages?\b|\bavg\b|\bviewers?\b|\busers?\b|\bfans\b"
    # an aggregate's count of ratings: "4.9/5 (12K reviews)", "7.9/10 from 1,204 ratings"
    r"|\b\d[\d,.]*\s*[km]?\s+(?:ratings|reviews)\b"
    # a streaming service's rating, its users' ("Crunchyroll rating: 4.9/5", "Netflix's user
    # score", "Rating on HIDIVE:"), as an info box lists it beside the runtime; not the
    # writer's own there ("my Crunchyroll rating"), nor a scale's "max score"
    r"|(?<!my\s)\b(?!max\s)(?:" + STREAMING_SERVICES + r")(?:['’]s)?\s+(?:[\w'’]+\s+)?"
    r"(?:ratings?|scores?|stars)\b"
    r"|(?<!my\s)\b(?:ratings?|scores?)\s+(?:on|at)\s+(?:" + STREAMING_SERVICES + r")\b"
    r"|\bhow\s+would\s+you\s+(?:rate|grade|score)\b|\byour\s+(?:rating|score|grade|vote)\b"
    # someone else's, quoted: "(9/10, his words)", "their rating: 6/10"
    r"|\b(?:his|her|their)\s+(?:words|ratings?|verdict|take|grades?)\b"
    r"|" + _RELATIVE + r"['’]s?\s+(?:(?:own|final|overall)\s+)?"
    r"(?:words|scores?|ratings?|verdict|take|grades?)\b"
    # ...or a label of scores by the people the writer watched with, set apart from theirs
    # ("Friends' ratings: …", "Roommates' scores:"), or saying in brackets they are not the
    # writer's ("Group chat's ratings (not mine): …")
    r"|\b(?:" + _RELATIVES + r")['’]s?\s+(?:scores|ratings|grades|verdicts)\b"
    r"|\(\s*not\s+(?:mine|my\s+(?:own\s+)?(?:scores?|ratings?|grades?))\s*\))",
    re.IGNORECASE,
)
# a poll's word the label denies ("Final score (the whole season, not the average of the
# weeks):"): the writer says what the score is not
_DENIED = re.compile(r"\bnot[ \t]+(?:(?:the|a|an|any)[ \t]+)?(?:[\w'’]+[ \t]+)?\Z", re.IGNORECASE)


def _polled(before: str, at: int = 0) -> bool:
    """Does `before` (from `at`) hold a poll's word (_POLL_WORDS) that it does not deny?"""
    for poll in _POLL_WORDS.finditer(before, at):
        if "not" not in before or _DENIED.search(before, at, poll.start()) is None:
            return True
    return False


# the score's own sentence saying it is the writer's: "… earns a B- from me", "I'd give it …"
_WRITER_GIVES = re.compile(
    r"\bfrom\s+me\b|\bI(?:['’]d|['’]ll|\s+would|\s+will)?\s+(?:give|gave|grade|rate|score)"
    r"|\bmy\s+(?:own\s+)?(?:grade|score|rating|verdict)\b"
)
_COUNT_BEFORE = re.compile(
    r"(?:\b(?:episodes?|eps?\.?|chapters?|parts?|volumes?|vol\.?|seasons?|cours?|no\.?"
    r"|on|aired|airs|released|since|until|dated?|page|pages|step|steps)|#)\s*$",
    re.IGNORECASE,
)
# (on the score's own line: the next line's first word, "Season average", is not its unit)
_COUNT_AFTER = re.compile(
    r"[ \t]*(?:of\b|episodes?\b|eps\b|chapters?\b|volumes?\b|seasons?\b|cours?\b|people\b"
    r"|persons?\b|readers\b|viewers\b|fans\b|voters\b|users\b|votes\b|times\b|characters\b"
    r"|members\b|respondents\b|critics\b|reviewers\b|games\b|matches\b|days\b|weeks\b"
    r"|months\b|years\b|hours\b|minutes\b|[ap]\.?m\.?\b|%)",
    re.IGNORECASE,
)
# ...but for "episodes" naming the ones scored, their numbers after it: a score card's value
# and caption joined on one line ("8/10 Episodes 5 & 6 combined"), not "8/10 episodes" watched
_EPISODES_NAMED = re.compile(r"[ \t]+#?\d")


def _names_episodes(text: str, count: re.Match[str]) -> bool:
    """Is `count` (_COUNT_AFTER's match after a score) "episode(s)" naming the episodes the
    score is for, by their numbers ("8/10 Episodes 5 & 6 combined"), not a count's unit?"""
    return count.group().lstrip(" \t")[:1] in "eE" and (
        _EPISODES_NAMED.match(text, count.end()) is not None
    )


# an episode named right before a parenthesis that holds its score: "episode 10 (", "the finale (";
# or another piece of writing of the writer's, said to be theirs and named with its score: "my
# Other Show season write-up (7/10)" (not a headline's "Show Episode 4 Review (8/10)", nor "my
# thoughts in this review (8/10)": the page's own)
_EPISODE_IN_PARENS = re.compile(
    r"(?:\b(?:episodes?|eps?\.?)\s*#?\d{1,4}|\b(?:premiere|finale|pilot|opener)|\bepisode\s+[a-z]+"
    r"|\bmy\s(?:(?!this\s)[^()\n]){0,60}?\b(?:write-?ups?|reviews?|pieces?|posts?|recaps?|essays?))"
    r"\s*\($",
    re.IGNORECASE,
)
# another work's score, in a clause about it: "Plastic Memories, which I scored a 3/5", "its
# finale, that we gave five stars" (past tense: an earlier review; "which I'd rate" is this one's)
_EARLIER_VERDICT = re.compile(
    r"\b(?:which|that|whom?)\s+(?:I|we)\s+(?:\w+\s+)?(?:scored|rated|gave|graded)\b[^,;:]*\Z",
    re.IGNORECASE,
)
# another episode's score, given in the past, the episode named by what happens in it: "Last
# season I scored the episode where the hero quits a 9/10", "we rated the one where they go to
# the beach 6/10" (not "I scored the episode a 7/10", this one's)
_EARLIER_EPISODE_VERDICT = re.compile(
    r"\b(?:I|we)\s+(?:\w+\s+)?(?:scored|rated|graded|gave)\s+(?:the|that)\s+(?:episode|one)\s+"
    r"(?:where|when|in\s+which)\b[^,;:]*\Z",
    re.IGNORECASE,
)
# a navigation line to another post or video: "Previous: #141 Show rewatch (score 10/10)",
# "Related: Show Episode 5 Review (4 stars)"; or the previous post's score, recalled under
# this one's: "Previous rating: Episode 6 — 6/10"; behind a link's arrow or a Markdown link's
# bracket: "« Previous: …", "← Older: …", "[Previous: …](/url)"; a newsletter's link to an
# earlier issue: "Last issue: Show's finale (gave it a 9/10)", "Previous edition: …"; a
# translated site's "Read also:" ("Leia também", "Lee también") or "Also read:" line of its
# other articles, each with its grade: "Read also: "Show: first impressions" (grade 5/5)"
_NAV_LINE = re.compile(
    r"[\s>*_#\-•·«‹←<\[]*(?:(?:previous|prev\.?|next|up\s+next|older|newer|related|see\s+also"
    r"|read\s+also|also\s+read)"
    r"(?:\s+(?:posts?|entry|entries|episodes?|reviews?|videos?|articles?|one|reading"
    r"|issues?|editions?|newsletters?|letters?"
    r"|(?:episode['’]s\s+)?(?:ratings?|scores?|grades?|verdicts?)))?"
    r"|last\s+(?:issue|edition|newsletter|letter))"
    r"\s*[:»›>|]",
    re.IGNORECASE,
)
# a list item that names an episode or season before its score: another post's link ("- Show
# Season 2 Episode 1 — ★★★★★") or an entry of a per-episode list
_LISTED_EPISODE = re.compile(
    r"\s*[-*•·]\s.{0,120}?\b(?:episodes?|ep\.?|season|s\d{1,2}e)\s*\d", re.IGNORECASE
)

# someone else's score, reported: "another outlet scored it 7/10", "one reviewer for a news site
# gave it 3.5 out of 5 stars", "critics rated it 8/10" (a wiki's reception section, a roundup):
# the third party, then a verb of scoring; unless the writer speaks after naming them ("other
# reviewers were harsher, but I'd give it 8/10"). A label is the writer's ("Critic's grade: B+").
_THIRD_PARTY = re.compile(
    r"\b(?:outlets?|critics?|reviewers?|publications?|magazines?|(?:news|review)\s+sites?"
    r"|(?:another|other)\s+(?:sites?|writers?|blogs?|bloggers?)"
    # an outlet's own critic, named by it: "Some Outlet's writer", "the Weekly's reviewer"
    r"|(?<=\w['’]s\s)(?:writer|reviewer|critic))\b(?!['’])"
    r"|" + _RELATIVE + r"(?!['’])",
    re.IGNORECASE,
)
_REPORTING_VERB = re.compile(
    r"\b(?:gave|gives|giving|scored|scores|scoring|rated|rates|graded|grades|grading"
    r"|awarded|awards|awarding|put|says|said)\b",
    re.IGNORECASE,
)
# a verb of scoring with its object, right before the score and in its clause: "… and gave it
# five stars", "rated the new box set 9/10", "gives Frieren a 10/10" (its subject before it)
_GIVES_OBJECT = re.compile(
    r"\b(?:gave|gives|rated|rates|scored|scores|graded|grades|awarded|awards)[ \t]+"
    r"(?:it|this|that|the(?:[ \t]+[^\s,;:—–]+){1,4}"
    r"|(?-i:[A-Z])[^\s,;:—–]*(?:[ \t]+[^\s,;:—–]+){0,3})"
    r"[ \t]+(?:an?[ \t]+)?\Z",
    re.IGNORECASE,
)
# a person named in full, two or three capitalised words ("Maya Petrov"), not in the possessive
# ("Rouge Redstar's arc alone gives it a 9/10": the writer's, the name no subject)
_FULL_NAME = re.compile(r"\b[A-Z][a-z\-]+(?:[ \t]+[A-Z][a-z\-]+){1,2}\b(?!['’])")
# a relative clause giving the score to whatever it follows, its verb right after the pronoun,
# no clause between it and the score: "… came from Some Outlet, which gave the finale 4/10",
# "a critic who rated it 6/10" (the writer's own takes a subject: "which I gave 8/10")
_RELATIVE_GIVES = re.compile(
    r"\b(?:which|who)\s+(?:also\s+|only\s+|then\s+)?(?:gave|scored|rated|graded|awarded)\b"
    r"[^,;:.!?\n]{0,40}\Z",
    re.IGNORECASE,
)
# what ends a clause before a verb of scoring, whose own subject is then in its own clause
_CLAUSE_ENDS = ",;:—–"
_FIRST_PERSON = re.compile(r"\b(?:i|i['’](?:d|ll|m|ve)|my|me|we|we['’](?:d|ll)|our|us)\b", re.I)


# a user's handle: "@kit", or one word holding an underscore or a digit ("kit_r", "fan92")
_HANDLE = r"(?:@[\w.\-]{1,40}|(?=[\w.\-]{0,40}[_\d])[A-Za-z][\w.\-]{1,40})(?![\w@])"
# a sentence opening with a handle that scores: "kit_r rated it 5 out of 5 stars", "@kit gave
# it a 10/10" (a reader's rating shared on the page, a comment quoted in it)
_HANDLE_GIVES = re.compile(
    r"[ \t>*•·\-]*" + _HANDLE + r"\s+(?:(?:also|just|has|had)\s+)?"
    r"(?:rated|gave|scored|graded|rates|gives|scores|grades)\b",
    re.IGNORECASE,
)
# a sentence opening with one name (a handle, a first name, a pronoun; not the writer's "I"
# or "we") that says the score, right before it: "mina says 8/10", "Jun said a 9/10", "@kit
# says it's 7/10" (a friend's take reported beside the writer's, in notes or a chat's digest)
_NAME_SAYS = re.compile(
    r"[ \t>*•·\-]*(?!(?:i|we|it|this|that)\b)(?:@[\w.\-]{1,40}|[A-Za-z][\w.\-'’]{0,40})"
    r"\s+(?:(?:also|just)\s+)?(?:says|said)\s+(?:it['’]?s\s+)?(?:an?\s+)?\Z",
    re.IGNORECASE,
)
# someone named scoring it, opening the sentence or a clause of it, perhaps where they did
# ("Dev gave it a 3/5", "(Mari in the server gave it a 5/5, …", "Ruth's giving it a C+ over
# on her blog": a friend's or another blogger's score beside the writer's); the name written
# as one, capitalised, not a pronoun, nor a word opening a sentence whose subject is left out
# ("Finally gave it a 7/10", "Still giving it a B"), perhaps hyphenated ("Ana-Sofia gave …");
# the object the episode or a show named ("Kai gave Other Show ★★"), the score right after it,
# no first person between ("Mari gave the premiere a 9 and I'd give it …" is the writer's)
_NAME_GIVES = re.compile(
    r"(?:\A|[,;(]|\b(?:and|but|while|whereas)\b)[ \t>*•·\-]*"
    r"(?!(?:I|It|This|That|These|Those|We|You|They|He|She|Which|Who|What|There|Here|Still"
    r"|Just|Also|Then|So|Now|Even|Again|Once|Maybe|Overall|Anyway|Yeah|Yes|Okay|Well)\b)"
    r"(?![A-Z][a-z]+ly\b)[A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,20})?"
    r"(?:\s+(?:in|on|at|from|over(?:\s+(?:on|at))?)\s+(?:the|her|his|their|our|my)\s+[\w-]+)?"
    r"(?:['’]s|\s+(?:is|was|has|had))?\s+(?:also\s+|just\s+|already\s+)?"
    r"(?:gave|gives|giving|given|rated|rates|rating|scored|scores|scoring|graded|grades"
    r"|grading|awarded|awards|awarding)\s+(?:it|this|that|(?:the|this)\s+[\w-]+|[A-Z][\w-]*)\b"
    r"(?P<rest>[^,;:.!?\n]{0,24})\Z"
)
# ...or a handle right before the score, its marks (code, emphasis) or a colon between, opening
# an item of a list of users' posts: a reblog's or reply's tag and its score ("Reblogs: `@kit`
# 10/10 best girl", "… 8/10 · @kit: 9/10"; not the writer's byline, "Review by Ann Lee @ann
# ★★★½", nor "@reed: ★★★★ from me" opening the line, the writer's own post)
_HANDLE_BEFORE = re.compile(r"(?<![\w@])@[\w.\-]{1,40}[`*_]*[ \t]*:?[ \t]*[`*_]*\Z")
_A_HANDLE = re.compile(r"(?<![\w@])@[\w.\-]")
# what a list of posts is labelled with, its colon after it ("Reblogs:", "Replies:"), not a
# byline's label ("Review by:", "Author:")
_BYLINE_LABEL = re.compile(r"(?:\bby|author|writer|reviewer|critic)[ \t*_`]*:\Z", re.IGNORECASE)
# ...or a score given "by" a handle, after it: "Rated ★★★★★ by kit_r", "9/10 by @kit"
_BY_HANDLE = re.compile(r"(?:[ \t]*(?:stars?|points?))?[ \t]*by[ \t]+" + _HANDLE, re.IGNORECASE)


# a score word as a label, its colon or dash after it, its value right after them: "Score:
# 8/10", "Rating — **4/5**"
_LABEL_AFTER_KEYWORD = re.compile(r"[ \t*_]*(?::|[ \t]-[ \t]|[–—])[ \t*_]*")


def _led_by_keyword(before: str) -> bool:
    """Does a score word lead to the score `before` (its sentence up to it) ends at? Not a
    label's whose value, right after it, is another score: a label names the value after it
    ("Score: 8/10"), and a later score on its line is another's, as the weeks before are
    ("Score: 8/10 Previous weeks: 7/10, 7/10", a forum post's line break lost). A label
    whose value is words goes on to the scores among them ("My verdict: the first half 6/10,
    the second half 8/10"), as a verb does ("I'd give last week a 6/10 and this one an
    8/10")."""
    keywords = list(_SCORE_KEYWORDS.finditer(before))
    if not keywords:
        return False
    label = _LABEL_AFTER_KEYWORD.match(before, keywords[-1].end())
    return label is None or SCORE.match(before, label.end()) is None


# an earlier review, the subject of a verb of scoring in the past, right before the score:
# "our film review gave it 3/5", "the manga review rated it a 7/10" (that review's score; the
# page's own review gives, in the present: "this review gives it")
_EARLIER_REVIEW_GAVE = re.compile(
    r"(?<!\bthis\s)\breview\s+(?:gave|rated|scored|awarded|graded)\s+"
    r"(?:it|them|the\s+whole\s+(?:thing|show|series|season))\s+(?:an?\s+)?\Z",
    re.IGNORECASE,
)


def _reported(before: str) -> bool:
    """Do the words of the score's sentence before it (`before`) give it to someone else: a
    critic, an outlet, another site, then a verb of scoring, with no first person after them;
    or a user's handle that opens the sentence, then such a verb; or one name opening it
    that says the score ("mina says 8/10"), or opening it or a clause of it that gives it
    ("Dev gave it a 3/5", "Ruth's giving it a C+")?"""
    if _HANDLE_GIVES.match(before) is not None:
        return True
    if "@" in before and _listed_handle_before(before):
        return True
    if "sa" in before and _NAME_SAYS.match(before) is not None:
        return True
    if ("hich" in before or "ho" in before) and _RELATIVE_GIVES.search(before) is not None:
        return True
    if _named_gives(before):
        return True
    if "eview " in before and _EARLIER_REVIEW_GAVE.search(before) is not None:
        return True
    third = _THIRD_PARTY.search(before)
    while third is not None:
        # (the last verb of scoring: the one that gives the score)
        verb = max(_REPORTING_VERB.finditer(before, third.end()), key=re.Match.start, default=None)
        if verb is not None:
            # a first person in the verb's clause or after it speaks for the writer ("critics
            # rated it 6/10, but I rated it 8/10"); one in a clause before is someone else's
            # description ("Some Outlet's writer was the warmest we found, scoring it 8/10")
            clause = max(before.rfind(c, third.end(), verb.start()) for c in _CLAUSE_ENDS)
            if _FIRST_PERSON.search(before, max(clause, third.end())) is None:
                return True
        third = _THIRD_PARTY.search(before, third.end())
    return False


def _listed_handle_before(before: str) -> bool:
    """Is the score (`before`: its words before it on its sentence) right after a user's
    handle that opens an item of a list of posts: after the list's label and its colon
    ("Reblogs: `@kit` 10/10"), or after a separator ("·", "•", "|", ",") following an
    earlier handle on the line ("… `@kit` 10/10 · @moth 4/5")? A reader's reblog or reply
    under the review. A handle after words that are no such label or list (a byline's
    "Review by Ann Lee @ann ★★★½") is the writer's."""
    handle = _HANDLE_BEFORE.search(before)
    if handle is None:
        return False
    lead = before[: handle.start()].rstrip(" \t*_`")
    if lead.endswith(":"):
        return _BYLINE_LABEL.search(lead) is None
    return lead.endswith(("·", "•", "|", ",")) and _A_HANDLE.search(lead) is not None


def _reported_over_a_wrap(text: str, line_start: int, before: str) -> bool:
    """Is the score reported as someone else's (_reported) by its sentence read from where it
    began on the line above, the line at `line_start` going on from it (a hard-wrapped
    paragraph: "Meanwhile my colleague covers Other Show" / "(ep. 4, she gave it 8/10)")?
    `before`: the score's words before it on its own line."""
    above_end = line_start - 1
    above_start = text.rfind("\n", 0, above_end) + 1
    above = text[above_start:above_end]
    if not above.strip(" \t"):
        return False  # (a paragraph's first line: no sentence goes on from above)
    return _reported(above[_sentence_edge(above) + 1 :] + " " + before)


def _named_gives(before: str) -> bool:
    """Does someone named give the score (`before`: its sentence's words before it): a name
    opening the sentence or a clause of it, then a verb of scoring ("Dev gave it a 3/5",
    "Ruth's giving it a C+ over on her blog", _NAME_GIVES), or a name in full anywhere before
    a verb of scoring and its object in the clause that ends at the score, no first person
    after the name ("Friend of the show Maya Petrov reviewed the box set and gave it five
    stars", "my colleague Dana Reyes rated it 9/10"; not "Dana Reyes and I gave it 8/10")? A
    friend's, a column's or a newsletter's note on what someone else thought."""
    named = _NAME_GIVES.search(before)
    if named is not None and _FIRST_PERSON.search(named.group("rest")) is None:
        return True
    gives = _GIVES_OBJECT.search(before)
    if gives is None:
        return False
    clause = max(before.rfind(c, 0, gives.start()) for c in _CLAUSE_ENDS) + 1
    name = _FULL_NAME.search(before, clause, gives.start())
    return name is not None and _FIRST_PERSON.search(before, name.start()) is None


# a paragraph on how the work was received: "The premiere was well received. Some Outlet gave
# it 8/10, while Another awarded 3.5 out of 5 stars" (a wiki's or a news story's reception)
_RECEPTION = re.compile(
    r"\b(?:(?:well|warmly|poorly|broadly|positively|favou?rably|generally|critically)\s+"
    r"received|(?:critical\s+)?reception)\b",
    re.IGNORECASE,
)


def _received(text: str, line_start: int, start: int, before: str) -> bool:
    """Is the score at `start` (its sentence's words before it: `before`) one others gave, in
    a paragraph on how the work was received: a verb of scoring before it in its sentence, no
    first person there, and its line speaking of the work's reception before it?"""
    lead = text[line_start:start]
    return (
        ("ecei" in lead or "ecep" in lead)
        and _REPORTING_VERB.search(before) is not None
        and _FIRST_PERSON.search(before) is None
        and _RECEPTION.search(lead) is not None
    )


# someone else's words, quoted, opening with the score: 'my roommate says "10/10, trust me"'
# (the writer's own quoted line, "I said "7/10"", stays theirs)
_QUOTED_SPEECH = re.compile(
    r"(?<!\bI )\b(?:says|said|tells|told|insists|insisted|claims|claimed|texted|texts"
    r"|writes|wrote|replies|replied)(?:\s+(?:me|us|him|her|them))?\s*[:,]?\s*[\"“]\s*\Z",
    re.IGNORECASE,
)


def _quoted(before: str) -> bool:
    """Does the score open a quotation of someone else's words (`before`: its sentence's
    words before it)?"""
    return before.rstrip()[-1:] in ('"', "“") and _QUOTED_SPEECH.search(before) is not None


# a score the writer did not give, only thought of: "I was close to giving it an A", "I almost
# gave it 9/10", "I'd have rated it higher" (the one they settled on is given apart)
_COUNTERFACTUAL = re.compile(
    r"\b(?:close\s+to|almost|nearly|tempted\s+to|thought\s+about|(?:would|could|might)"
    r"(?:\s+have|['’]ve)|I['’]d\s+have)\s+(?:\w+\s+)?(?:giv(?:e|ing|en)|gave|rat(?:e|ing|ed)"
    r"|scor(?:e|ing|ed)|grad(?:e|ing|ed))\b(?:\s+(?:it|this(?:\s+one|\s+episode)?|the\s+\w+))?"
    r"(?:\s+(?:an?|the))?\s*\Z",
    re.IGNORECASE,
)


# a score the writer would give a part taken apart, supposed: "if I were scoring it on its own
# it would be a 9/10", "if we rated that episode by itself, 8/10" (what the page scores is the
# whole; not "if I had to score it, 7/10", the writer's own)
_SCORED_APART = re.compile(
    r"\bif\s+(?:I|we)\s+(?:(?:were|was)\s+(?:scoring|rating|grading)|scored|rated|graded)\b"
    r"[^.!?\n]{0,40}?\b(?:on\s+its\s+own|by\s+itself|alone|separately|individually"
    r"|in\s+isolation)\b[^.!?\n]{0,40}\Z",
    re.IGNORECASE,
)


# a poll's own figure, after it: "the poll came in at 8.2", "readers' average was 7.9", "my
# average for the first season was about 8", or after its label's colon in its bracket: "group
# avg from the five who voted: 8.1/10" (not past the bracket's end: "(512 votes) IMDb: 8.1/10"
# labels another figure)
_OWN_FIGURE = re.compile(
    r"(?:[^\d;.!?\n]{0,30}?\b(?:at|of|was|is|were|are|gave\s+it|says?|said)\s+"
    r"|[^\d;.!?\n)]{0,30}?:[ \t]*)(?:an?\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?\d",
    re.IGNORECASE,
)


_RATING_SITE = re.compile(r"(?:" + _RATING_SITES + r")\Z", re.IGNORECASE)


def _poll_after(text: str, end: int, following: str, writer_gives: bool = False) -> bool:
    """Do the words after the score (`following`, from `end` to the sentence's end) make it
    a poll's or readers'? Not when the poll comes in a clause of its own, with its own figure
    ("7.5/10 (mine; the poll came in at 8.2)"): it is then set beside the writer's score; nor
    when a rating site follows a score the sentence says the writer gives (`writer_gives`:
    "I gave it 8/10 on AniList", where they log it); nor when the words after deny it, as a
    label before the score may ("6.5/10 (not an average; story weighs more for me)": what
    the score is not, the writer's still)."""
    poll = _POLL_WORDS.search(following)
    while poll is not None and "not" in following and _DENIED.search(following, 0, poll.start()):
        poll = _POLL_WORDS.search(following, poll.end())
    if poll is None:
        return False
    if writer_gives and _RATING_SITE.match(poll.group()) is not None:
        return False
    if not any(c in following[: poll.start()] for c in ";(,—–"):
        return not _labelled_beside(following, poll)
    return _OWN_FIGURE.match(text, end + poll.end()) is None


# a poll's label of its own after its colon's figure: "Reader average: 4.1"; or, in a table's
# row as its text gives it (its cells set apart by "|"), the label's cell, then the figure's
# own: "Staff average | 6.9/10" (the row's cells alternate each label and its value)
_LABELLED_FIGURE = re.compile(r"[^\d;.!?\n)|]{0,30}?(?::|[ \t]*\|)[ \t]*\d")
# what may open that label before the poll's word: the row's mark between its cells ("9/10 |
# Staff average: 8.6/10", "· Site average:"), then a word or two of the label, capitalised
# as a label opens ("Staff", "Site"), not a sentence's lower-case words ("9/10 from most")
_CELL_LEAD = re.compile(r"[ \t]*(?:[|·•][ \t]*)?(?:[A-Z][\w'’]*[ \t]+){0,2}")


def _labelled_beside(following: str, poll: re.Match[str]) -> bool:
    """Does the poll's word open a label of its own right after the score, or after its
    row's mark between cells and a word or two of that label, with its own figure after the
    label's colon ("4.5 / 5 Reader average: 4.1 (318 votes)", "9/10 | Staff average: 8.6/10":
    a score box's cells joined on one line)? Set beside the score, not the score's."""
    lead = following[: poll.start()]
    label = lead.lstrip(" \t|·•") or poll.group()
    return (
        label[0].isupper()
        and _CELL_LEAD.fullmatch(lead) is not None
        and _LABELLED_FIGURE.match(following, poll.end()) is not None
    )


# ("final" not the episode's gloss: "episode 28 (final) — 10/10", "the final episode", the last one)
_OVERALL_WORDS = re.compile(
    r"\b(?:overall|(?<!\()final(?!\)|\s+episode)|verdict|my\s+(?:score|rating|grade))\b", re.I
)
# a catch-up on an earlier episode, labelled at its line's start: "Previously: Episode 3 was …
# I gave it 4 stars", "**Last week:** ★★★★", "Previously on Show: …"
_CATCH_UP_LABEL = re.compile(
    r"[ \t>*_#]*(?:previously|last\s+(?:week|time|episode)|(?:the\s+)?story\s+so\s+far"
    r"|catch(?:ing)?[ \t-]+up)(?:[ \t]+on\b[^:\n]{0,60})?[*_]*[ \t]*[:—–]",
    re.IGNORECASE,
)
# ...or a sentence opening so: "Last week I gave it 4 stars", "Previously, a 7/10"
_CATCH_UP_SENTENCE = re.compile(
    r"(?:previously|last\s+(?:week|time)|(?:the\s+)?(?:previous|last)\s+episode)\b", re.I
)
# ...whose last clause gives the score in the past, as the writer did then: "(last week's
# thread for ep 6 is here, I gave it ⭐️⭐️⭐️ 1/2)", "Last time the pacing dragged, and we
# rated it 6/10" (not "…, but I gave it", a contrast, nor "I give it", this week's)
_PAST_GIVING_CLAUSE = re.compile(
    r"[,;—–][ \t]*(?:and[ \t]+|so[ \t]+)?(?:I|we)[ \t]+(?:gave|rated|scored|graded)[ \t]+"
    r"(?:it|that(?:[ \t]+one)?|the[ \t]+episode)[ \t]+(?:an?[ \t]+)?[*_]*\Z",
    re.IGNORECASE,
)
# a clause's break in a catch-up's sentence; a dash between numbers is a range of episodes,
# not one: "(last week's 3–4 got a 3.5/5 from me)"
_CATCH_UP_CLAUSE_BREAK = re.compile(r"[,;]|(?<!\d)[—–]|[—–](?!\d)")
# what turns a catch-up back to this episode: "Last week: 4 stars; this week: 4.5"
_THIS_EPISODE = re.compile(r"\b(?:this\s+(?:week|episode|time|one)|today|now)\b", re.I)


def _catching_up(text: str, line_start: int, start: int, before: str) -> bool:
    """Is the score at `start` (its sentence's words before it: `before`) an earlier
    episode's, given in a catch-up: its line opens with a "Previously:" or "Last week:"
    label, or its sentence with "Last week" or "Previously" (in a clause of its own), or an
    aside in brackets still open before it does ("**Score: 7/10** (last week: 5/10)"), and
    nothing between says this episode?"""
    label = _CATCH_UP_LABEL.match(text, line_start, start)
    if label is not None:
        return _THIS_EPISODE.search(text, label.end(), start) is None
    leads = [before.lstrip(" \t>*_#")]
    aside = before.rfind("(")
    if aside >= 0 and ")" not in before[aside:]:
        leads.append(before[aside + 1 :].lstrip(" \t*_"))
    if any(
        _CATCH_UP_SENTENCE.match(lead) is not None
        and (
            _CATCH_UP_CLAUSE_BREAK.search(lead) is None
            or _parallel_past_grade(lead)
            or _PAST_GIVING_CLAUSE.search(lead) is not None
        )
        and _THIS_EPISODE.search(lead) is None
        for lead in leads
    ):
        return True
    return _looks_back_under_catch_up(text, line_start, before)


# a catch-up's later clause giving another earlier grade with the verb its first clause gave
# one with: "Last week got a B+, the two-parter before it got an A" (its verb: "got")
_PAST_GRADE_VERB = re.compile(
    r"\b(?P<verb>got|earned|scored|received|was)[ \t]+(?:an?[ \t]+)?[*_]*\Z", re.IGNORECASE
)
_CONTRAST_LEAD = re.compile(r"[ \t]*(?:but|yet|though|while|whereas|so)\b", re.IGNORECASE)


def _parallel_past_grade(lead: str) -> bool:
    """Is a catch-up sentence's `lead` (its words before a score, "Last week got a B+, the
    arc's finale got an ") a list of earlier grades: its last clause giving its score with
    the verb an earlier clause did, no contrast opening it?"""
    cut = max(lead.rfind(","), lead.rfind(";"))
    if cut < 0:
        return False
    head, tail = lead[:cut], lead[cut + 1 :]
    verb = _PAST_GRADE_VERB.search(tail)
    return (
        verb is not None
        and _CONTRAST_LEAD.match(tail) is None
        and re.search(rf"\b{verb.group('verb')}\b", head, re.IGNORECASE) is not None
    )


# a section's heading opening on an earlier episode: "LAST WEEK'S READER POLL", "## Previously"
_CATCH_UP_HEADING = re.compile(
    r"[ \t>#*_]*(?:previously|last\s+(?:week|time|episode)|(?:the\s+)?previous\s+episode)\b",
    re.IGNORECASE,
)


def _looks_back_under_catch_up(text: str, line_start: int, before: str) -> bool:
    """Is a score whose sentence looks back (`before`: "… than we did (we gave it ") in a
    section headed as a catch-up on an earlier episode ("Last week's poll")? The score given
    then, that episode's, not this one's. The heading stands alone above the score's
    paragraph, or opens it in capitals or as Markdown's (a plain-text newsletter's "LAST
    WEEK'S POLL" line right over its section's lines)."""
    if _LOOKS_BACK.search(before) is None or _THIS_EPISODE.search(before) is not None:
        return False
    blank = text.rfind("\n\n", 0, line_start)
    opening = blank + 2 if blank >= 0 else 0
    if opening < line_start:
        first_end = text.find("\n", opening)
        first = text[opening:first_end].strip(" \t>")
        if (
            0 < len(first) <= _MAX_HEADING
            and (first.startswith("#") or first.upper() == first)
            and _CATCH_UP_HEADING.match(first) is not None
        ):
            return True
    above = _heading_above(text, line_start)
    return above is not None and _CATCH_UP_HEADING.match(text, *above) is not None


# a reply under a thread or a post, labelled at its line's start: "> **reply from @handle:**",
# "Response by Dana:", "@handle replied:", "Mika commented:"; another user's share of the
# post with their own words, listed in its notes: "kit reblogged this from ines and added:";
# or a visitor's entry in a guestbook or a forum's quote, opening with their handle: "kit_r
# wrote:", "**fan92** says:" (never the writer's "As I wrote:", no handle)
_REPLY_LABEL = re.compile(
    r"[ \t>*_#\-•·]*(?:(?:reply|response|comment)\s+(?:from|by)\b[^:\n]{1,80}"
    r"|(?!I\s)[^:\n]{1,60}?\s(?:replied|replies|responded|commented|wrote\s+back)"
    r"|(?!I\s)[^:\n]{1,60}?\s(?:reblogged|reposted|shared|quoted)\b[^:\n]{0,80}?\sand\s+added"
    r"|" + _HANDLE + r"[*_]*\s+(?:wrote|writes|said|says))"
    r"[*_]*\s*:",
    re.IGNORECASE,
)
_REPLY_HINTS = ("repl", "respon", "comment", "wrote", "and added", "writes", "said", "says")


# under a post's counter of comments ("14 likes · 3 comments"), a comment is a line opening
# with its writer's handle ("@handle: ★★★★★ for me")
_HANDLE_LEAD = re.compile(r"[ \t>*_\-•·]*@[\w.\-]{1,40}[*_]*\s*:")
# ...or, in a quoted line, with its writer's name in bold ("> **name**: 4 stars for me",
# "> **Dana K.:** 8/10"), a thread's copy keeping its readers' answers in a quote block (not
# a label of the writer's: "> **Score:** 7/10")
_BOLD_NAME_LEAD = re.compile(
    r"[ \t]*>[ \t>]*\*\*(?!(?:my\s+|our\s+|final\s+|overall\s+)?(?:scores?|ratings?|grades?"
    r"|verdict|tl;?\s?dr|me|mine)\W)[^*\n:]{1,40}?(?:\*\*[ \t]*:|:\*\*)",
    re.IGNORECASE,
)
_COMMENT_COUNT = re.compile(r"\b\d{1,6}\s+(?:comments?|replies|responses)\b", re.IGNORECASE)
# ...or with its writer's name in square brackets ("[Dana K.] I'd give it a 9/10"), as a
# shared document's or a chat's export credits each comment (not a tag of the writer's own:
# "[Edit] …", nor a link's text: "[Part 2](…)")
_BRACKETED_NAME_LEAD = re.compile(
    r"[ \t>*_\-•·]*\[(?!(?:edit|update|spoilers?|note|tl;?\s?dr)\W)[^\W\d_][^\]\d\n]{0,40}\]"
    r"[*_]*[ \t:]",
    re.IGNORECASE,
)
_COMMENT_COUNT_REACH = 600
# ...or under a heading or label naming the replies ("**Reply highlights**", "## Top comments",
# "Responses:"), a thread's copy that keeps some of its readers' answers under its post
_REPLIES_HEADING = re.compile(
    r"^[ \t#*_]*(?:[^\W\d_]+[ \t]+){0,2}(?:repl(?:y|ies)|comments?|responses|reactions)"
    r"(?:[ \t]+[^\W\d_]+){0,2}[ \t*_:]*$",
    re.IGNORECASE | re.MULTILINE,
)


# ...or a comment quoted after its writer's handle, the score inside the open quotation:
# 'user kit_r: "best one yet, 9/10"', 'u/kit: "…"', 'mika_92: "…"' (a page's copy of its
# comments), under a heading naming them or their writers ("From the community", "Reader
# comments", "What fans said")
_QUOTED_COMMENT_LEAD = re.compile(
    r"[ \t>*_\-•·]*(?:(?:user|member|reader|commenter|guest)[ \t]+[\w.\-@]{1,40}"
    r"|u/[\w\-]{1,40}|" + _HANDLE + r")[*_]*[ \t]*:[ \t]*[\"“][^\"”\n]*\Z",
    re.IGNORECASE,
)
_COMMUNITY_HEADING = re.compile(
    r"^[ \t#*_]*(?:[^\W\d_]+[ \t]+){0,3}(?:repl(?:y|ies)|comments?|responses|reactions"
    r"|community|readers?|users?|members?|fans)['’]?(?:[ \t]+[^\W\d_]+){0,2}[ \t*_:]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _quoted_comment(text: str, line_start: int, start: int) -> bool:
    """Is the score at `start` inside a comment quoted after its writer's handle on its line
    ('user kit_r: "… 9/10"'), under a heading naming the comments or the community above
    it: a reader's words, not the writer's?"""
    return (
        _QUOTED_COMMENT_LEAD.fullmatch(text, line_start, start) is not None
        and _COMMUNITY_HEADING.search(
            text, max(0, line_start - _COMMENT_COUNT_REACH), max(0, line_start - 1)
        )
        is not None
    )


def _comment_lead(text: str, line_start: int, start: int, lead: str) -> bool:
    """Does the line of `start` (its words before it, lower-cased: `lead`, holding "@" or
    "**") open with a commenter's "@handle:" or, in a quote block, their name in bold
    ("> **name**:")?"""
    if "@" in lead and _HANDLE_LEAD.match(text, line_start, start) is not None:
        return True
    return "**" in lead and _BOLD_NAME_LEAD.match(text, line_start, start) is not None


# a social feed's header over a reply to the post, on its own line above the reply's text,
# the replier shown by their handle: "**kaz.example** replying to @writer.example" (a name
# alone may be the writer's own, a thread going on, which the body no longer names apart)
_REPLYING_HEADER = re.compile(
    r"[ \t>*_\-•·]*@?(?P<name>[\w\-]{1,40}(?:\.[\w\-]{1,40}){1,3})[*_]*[ \t]+replying[ \t]+to"
    r"[ \t]+@(?P<handle>[\w.\-]{1,60})[ \t*_:]*",
    re.IGNORECASE,
)


def _under_reply_header(text: str, line_start: int) -> bool:
    """Is the line at `line_start` a reply's text under its feed's header naming another
    handle replying to the post ("**kaz.example** replying to @writer.example")? Not the
    writer answering their own post, a thread going on (the handle replied to)."""
    above = _line_or_label_above(text, line_start)
    if above is None or "eplying to" not in text[above[0] : above[1]]:
        return False
    header = _REPLYING_HEADER.fullmatch(text, *above)
    return header is not None and (
        header.group("name").casefold() != header.group("handle").rstrip(".").casefold()
    )


def _replied(text: str, line_start: int, start: int) -> bool:
    """Does the score at `start` come in a reply someone else labelled as theirs, its label
    opening the line ("> **reply from @handle:** I'd give it 8/10"), or in a comment opening
    with its writer's handle under the post's count of comments, or under a heading naming
    the replies ("**Reply highlights**")?"""
    lead = text[line_start:start].lower()
    if (
        ("@" in lead or "**" in lead)
        and _comment_lead(text, line_start, start, lead)
        and (
            _COMMENT_COUNT.search(text, max(0, line_start - _COMMENT_COUNT_REACH), line_start)
            or _REPLIES_HEADING.search(
                text, max(0, line_start - _COMMENT_COUNT_REACH), max(0, line_start - 1)
            )
        )
    ):
        return True
    if ('"' in lead or "“" in lead) and _quoted_comment(text, line_start, start):
        return True
    if (
        "[" in lead
        and _BRACKETED_NAME_LEAD.match(text, line_start, start) is not None
        and _REPLIES_HEADING.search(
            text, max(0, line_start - _COMMENT_COUNT_REACH), max(0, line_start - 1)
        )
    ):
        return True  # "Comments" / "[Dana K.] Also I'd give it a 9/10": a commenter's
    if any(hint in lead for hint in _REPLY_HINTS) and (
        _REPLY_LABEL.match(text, line_start, start) is not None
    ):
        return True
    return _under_reply_header(text, line_start)


# a quotation opening its line, closed and signed by whoever said it: '"A straight 10/10 for
# me!" — Tomas, Lisbon', a newsletter's mailbag, a blurb; the closing quote, then the dash
_SIGNED_QUOTE_END = re.compile(r"[\"”][.,!?]?[ \t]*(?:[—–~]|--?)[ \t]*[\w@]")
# ...or closed at its line's end and signed on the next line, behind the same quoting marks:
# '> "Easily a 9/10."' then '>   -- Okon, Dublin' (a mail's mailbag; not a bullet's "- ")
_QUOTE_CLOSES_LINE = re.compile(r"[\"”][.,!?]?[ \t]*\Z")
_SIGNATURE_LINE = re.compile(r"[ \t>]*(?:[—–~]|--)[ \t]*[\w@]")
_QUOTE_OPENERS = ('"', "“")


# ...or introduced on the line above it by whoever said it: 'Priya in Leeds writes:' (a
# newsletter's mailbag), 'Dana asked:'; not the writer's own ("I wrote:")
_QUOTE_INTRO = re.compile(
    r"(?!I\s)[^\n:]{1,60}?\s(?:writes|wrote|asks|asked|says|said)\s*:\s*", re.IGNORECASE
)


def _signed_quote(text: str, line_start: int, start: int) -> bool:
    """Is the score at `start` inside a quotation that opens its line and is signed after
    its close ('"… a straight 10/10 for me …" — Tomas'), or on the next line when it closes
    its own ('> "… 10/10 …"', then '>   -- Tomas'), or introduced on the line above it
    ('Priya in Leeds writes:'): someone else's words?"""
    lead = text[line_start:start].lstrip(" \t>*_")
    if lead[:1] not in _QUOTE_OPENERS or any(c in lead[1:] for c in '"”'):
        return False
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if _SIGNED_QUOTE_END.search(text, start, line_end) is not None:
        return True
    if _QUOTE_CLOSES_LINE.search(text, start, line_end) is not None and (
        _SIGNATURE_LINE.match(text, line_end + 1) is not None
    ):
        return True
    above = _line_or_label_above(text, line_start)
    return above is not None and _QUOTE_INTRO.fullmatch(text, *above) is not None


def _introduced_quote(text: str, line_start: int, start: int) -> bool:
    """Is the score at `start` inside a quotation that its own line introduces by whoever
    said it ('Tomás writes: *"You gave the premiere a C …"*', a newsletter's mailbag; 'Dana
    asked: "is it a 9/10?"'), still open at the score: someone else's words? Not the writer's
    own ("I wrote: …")."""
    lead = text[line_start:start]
    opener = _introduced_opener(text, line_start, lead)
    return opener >= 0 and not any(c in lead[opener + 1 :] for c in '"”')


def _introduced_opener(text: str, line_start: int, lead: str) -> int:
    """Where in `lead` (its line's words before the score, from `line_start`) a quotation
    opens that the line introduces by whoever said it ('Dana in Cork writes: "…'), else -1."""
    opener = min((at for at in map(lead.find, _QUOTE_OPENERS) if at > 0), default=-1)
    if opener < 0:
        return -1
    intro_end = opener
    while intro_end > 0 and lead[intro_end - 1] in " \t*_":
        intro_end -= 1
    return opener if _QUOTE_INTRO.fullmatch(text, line_start, line_start + intro_end) else -1


# the writer giving a score to a thing named, not to the work itself ("I'd give the cruise 4
# stars", "I gave the tournament arc a 6/10"): what a reader's letter asked about
_GIVES_NAMED_THING = re.compile(
    r"\b(?:give|gave|giving|rate|rated|rating)\s+the\s+"
    r"(?!(?:episode|ep|show|series|season|whole|entire|full)\b)[\w'’-]+(?:\s+arc)?"
    r"\s+(?:an?\s+)?\Z",
    re.IGNORECASE,
)


def _answers_letter(text: str, line_start: int, start: int, before: str) -> bool:
    """Is the score at `start` (its sentence's words before it: `before`) the writer's answer
    to a reader's letter its line introduces and quotes ('Dana in Cork writes: "Is Other
    Show worth it?" Yes. I'd give the cruise arc 4 stars on its own.'), given to the thing
    the letter asked about, named, not to the work (a newsletter's mailbag)? A score in the
    answer given to "it" stays the writer's verdict ('Jo writes: "thoughts?" and I give it a
    C')."""
    if "the " not in before and "THE " not in before and "The " not in before:
        return False
    lead = text[line_start:start]
    opener = _introduced_opener(text, line_start, lead)
    return (
        opener >= 0
        and any(c in lead[opener + 1 :] for c in '"”')
        and _GIVES_NAMED_THING.search(before) is not None
    )


def _line_or_label_above(text: str, line_start: int) -> tuple[int, int] | None:
    """(start, end) of the line right above the one at `line_start`, or of the one above that
    when it is blank (a heading or a label, a blank line, then its paragraph); None at the
    text's start."""
    above_end = line_start - 1
    if above_end <= 0:
        return None
    above_start = text.rfind("\n", 0, above_end) + 1
    if above_start == above_end:  # a blank line: the one above it
        above_end = above_start - 1
        if above_end <= 0:
            return None
        above_start = text.rfind("\n", 0, above_end) + 1
    return above_start, above_end


_MAX_ITEM_LINES = 3  # a list item's wrapped lines looked up over for its bullet
_GOING_ON = "([" + string.ascii_lowercase  # how a sentence's wrapped line may open: "(grade: A)"


def _wrapped(text: str, line_start: int) -> bool:
    """Could the line at `line_start` be a list item's wrapped line: indented (not an item of
    its own), or opening as a sentence going on does (a lower-case word, a parenthesis), as
    stripped lines and Markdown's lazy continuation leave one?"""
    first = text[line_start : line_start + 1]
    if first in (" ", "\t"):
        words = text[line_start : line_start + _MAX_LINE_MARKS].lstrip(" \t")
        return not words.startswith(_BULLETS)  # (a nested item of its own)
    return first != "" and first in _GOING_ON


def _item_start(text: str, line_start: int) -> int:
    """The start of the list item whose wrapped line starts at `line_start` ("- Our Show
    episode 21 writeup is up\n(grade: A)"): the bullet's line, up over other wrapped lines
    of its paragraph; `line_start` itself when it is no such line."""
    at = line_start
    for _ in range(_MAX_ITEM_LINES):
        if at <= 1 or not _wrapped(text, at):
            break
        above = text.rfind("\n", 0, at - 1) + 1
        if text.startswith(_BULLETS, above):
            return above
        at = above
    return line_start


# a line led by a label naming the other shows the writer follows, its colon after it, their
# scores after it in the same line: "*Other shows I'm watching this season:* Show A (4/5),
# Show B (3/5)", "Other anime this week: …"
_OTHER_WORKS_LEAD = re.compile(
    r"[ \t>*_#]*other\s+(?:shows|series|anime|titles)\b[^:\n]{0,60}:", re.IGNORECASE
)

# a label naming the scores that follow as the weeks' or episodes' one by one, its colon
# after it: "Weekly scores for the record: best episode (8/10), finale 6/10", "Per-episode
# grades: …" (each episode's score, not the whole review's)
_EPISODES_SCORES_LABEL = re.compile(
    r"\b(?:weekly|per[- ]episode|episode[- ]by[- ]episode)\s+(?:scores|ratings|grades)\b"
    r"[^:\n]{0,40}:",
    re.IGNORECASE,
)


def _elsewhere(
    text: str, line_start: int, start: int, before: str, episode: int | None = None
) -> bool:
    """Is the score at `start` (its sentence's words before it: `before`) another work's or
    post's: said in a clause about an earlier review, on a navigation line, on a list item
    naming an episode (but for the document's own `episode`'s, _own_episode_line), in a
    catch-up on an earlier episode, or someone's signed or introduced quotation?"""
    first = text[line_start : line_start + 1]
    if (first in _QUOTE_OPENERS or first in " \t>*_") and _signed_quote(text, line_start, start):
        return True
    if _introduced_quote(text, line_start, start):
        return True
    if _answers_letter(text, line_start, start, before):
        return True
    # (the score on a list item's wrapped line: the item's words from its bullet on)
    item_start = line_start if first in "-*•·" else _item_start(text, line_start)
    bullet = text[item_start : item_start + 1]
    if bullet and bullet in "-*•·":
        item = text[item_start:start].replace("\n", " ")
        if (
            _LISTED_EPISODE.match(item) is not None
            and _OVERALL_WORDS.search(item) is None
            and not _own_episode_line(text, item_start, start, episode)
        ):
            return True
        if _under_related_heading(text, item_start):
            return True
    if _NAV_LINE.match(text, line_start, start) is not None:
        return True
    if _pager_link(text, line_start, start):
        return True
    if _OTHER_WORKS_LEAD.match(text, line_start, start) is not None:
        return True
    if ("eekly" in before or "pisode" in before) and _EPISODES_SCORES_LABEL.search(before):
        return True
    if _in_link_text(text, line_start, start):
        return True
    if _replied(text, line_start, start):
        return True
    if _catching_up(text, line_start, start, before):
        return True
    if (
        episode is not None
        and (" for " in before or " FOR " in before)
        and _another_episodes_label(before, episode)
    ):
        return True
    if (" where " in before or " when " in before or " which " in before) and (
        _EARLIER_EPISODE_VERDICT.search(before) is not None
    ):
        return True
    if (
        episode is not None
        and ("got" in before or "was" in before or "deserved" in before)
        and "pisode" in before
    ):
        earlier = _EARLIER_EPISODE_GOT.search(before)
        if earlier is not None and int(earlier.group("number")) < episode:
            return True
    return ("hich" in before or "hat" in before or "hom" in before) and (
        _EARLIER_VERDICT.search(before) is not None
    )


# a blog's pager under a post, linking the posts before and after it by their titles, each
# with an arrow at its outer end that points its way: "← Episode 2 review (8/10) | Episode 4
# review →", "Episode 6 (7/10) »"; a guillemet only when its pair does not close it (a quoted
# title: "« Best one yet » 9/10"), an arrow only set apart by a space from the title
_BACK_ARROWS = "←«‹"
_ON_ARROWS = "→»›"
_ARROW_PAIRS = {"«": "»", "‹": "›", "»": "«", "›": "‹"}


def _pager_link(text: str, line_start: int, start: int) -> bool:
    """Is the score at `start` in a pager's link to the post before or after this one (its
    part of the line, between "|"s, opening on an arrow back or closing on one forward:
    "← Episode 2 review (8/10)   |   Episode 4 review →")? Its score is that post's."""
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not any(arrow in line for arrow in _BACK_ARROWS + _ON_ARROWS):
        return False
    at = start - line_start
    head = line[line.rfind("|", 0, at) + 1 : at].lstrip(" \t*_#>-")
    # (an arrow's pair: a line break, which no line holds)
    if head[:1] in _BACK_ARROWS and head[1:2].isspace():
        return _ARROW_PAIRS.get(head[0], "\n") not in head
    cut = line.find("|", at)
    tail = line[at : len(line) if cut < 0 else cut].rstrip(" \t*_")
    if tail[-1:] in _ON_ARROWS and tail[-2:-1].isspace():
        return _ARROW_PAIRS.get(tail[-1], "\n") not in tail
    return False


# a score's word labelled for an episode by its number, the score after it in its clause, said
# in the past: "my score for Show episode 5 last week was 7/10", "My grades for eps 3 and 4
# were 6/10 and 7/10"
_SCORE_FOR_EPISODE = re.compile(
    r"\b(?:score|rating|grade|verdict)s?\s+for\s+(?:[^,;:()\n]{0,60}?\s)?(?:episodes?|eps?\.?)"
    r"\s*#?(?P<numbers>\d{1,4}(?:\s*(?:,|&|and|-|–)\s*\d{1,4})*)\b(?P<tail>[^,;]*)\Z",
    re.IGNORECASE,
)
# an earlier episode, named by its number, the subject of a past verb of receiving right
# before the score: "the finale (episode 12) got an 8/10 from me", "Episode 4 was a 6/10",
# "episode 9 deserved two stars" (a chat's reply on last week's, under a later episode's
# review; not "this episode (episode 7) got …": this one's)
_EARLIER_EPISODE_GOT = re.compile(
    r"(?<!\bthis\s)(?<!,\s)\bepisode\s*#?(?P<number>\d{1,4})\)?[ \t]+"
    r"(?:got|earned|received|was|deserved)[ \t]+(?:an?[ \t]+)?[*_]*\Z",
    re.IGNORECASE,
)
_IN_THE_PAST = re.compile(r"\b(?:was|were|got|gave|last|previous(?:ly)?|earlier|then)\b", re.I)


def _another_episodes_label(before: str, episode: int) -> bool:
    """Do the score's sentence's words before it (`before`) label it as the writer's score
    for an earlier episode than the document's `episode`, in the past ("And my score for
    episode 5 last week was 7.5/10" under episode 6's review): a week before, recalled
    beside this one. (Not a later number: a season's other numbering of the same episode,
    "Episode 30 (Season 3, Episode 5)", counts on from the first season.)"""
    label = _SCORE_FOR_EPISODE.search(before)
    return (
        label is not None
        and all(int(n) < episode for n in re.findall(r"\d+", label.group("numbers")))
        and _IN_THE_PAST.search(label.group("tail")) is not None
    )


# a heading over a list of links to other posts, opening as a related-posts list's heading
# does (RELATED_LINKS: "Related posts", "Read next"; "Related on <Blog>"), or "See also",
# "More from the blog", "Also on <Site>", "Elsewhere on the blog", "Elsewhere in this issue",
# "Read also" (a translated site's "Leia também") or "Also read"
_RELATED_HEADING = re.compile(
    r"(?:" + RELATED_LINKS + r"|see\s+also|read\s+also|also\s+read|more\s+from|also\s+on"
    r"|elsewhere\s+on"
    r"|elsewhere\s+in\s+(?:th(?:e|is)\s+)?(?:newsletter|issue|blog|site|magazine)"
    r"|you\s+might\s+also\s+like)\b",
    re.IGNORECASE,
)
_MAX_RELATED_HEADING = 60
_MAX_RELATED_ITEMS = 8  # a related list's items looked up over for its heading


def _under_related_heading(text: str, item_start: int) -> bool:
    """Is the list item at `item_start` one of a list of links to other posts, under a short
    heading that says so ("**Related on the blog**" / "- Season 1 retrospective (overall
    9/10)"), the other items between (a blank line may part heading and list)? Its score is
    the linked post's, whatever label it has."""
    at = item_start
    for _ in range(_MAX_RELATED_ITEMS):
        above = _line_or_label_above(text, at)
        if above is None:
            return False
        line = text[above[0] : above[1]]
        if not line.lstrip(" \t").startswith(_BULLETS):
            heading = line.strip(_LINE_MARKS + ":")
            return (
                0 < len(heading) <= _MAX_RELATED_HEADING
                and _RELATED_HEADING.match(heading) is not None
            )
        at = above[0]
    return False


def _in_link_text(text: str, line_start: int, start: int) -> bool:
    """Is the score at `start` inside a Markdown link's text ("[Other Show ep 3 — 7/10](/post)"):
    the name of the post the link leads to, with that post's score, not this page's?"""
    line_end = text.find("\n", start)
    rest = text[start : line_end if line_end >= 0 else len(text)]
    closes = rest.find("](")
    if closes < 0 or "[" in rest[:closes]:
        return False
    opens = text.rfind("[", line_start, start)
    return opens >= 0 and "]" not in text[opens:start]


_CONTEXT = 100
_MAX_SEPARATORS = 400
# what may close a line, or the sentence that opens it, that a score opens and make it the
# writer's verdict on this episode ("7/10 from me", "9/10 for me. The music, though…": a
# forum post goes on in the same paragraph); a sentence going on ("8/10 for me, but") is not
_VERDICT_AFTER = re.compile(
    r"[ \t]+(?:this\s+(?:week|episode|time)|for\s+(?:me|this\s+(?:one|week|episode))|from\s+me"
    r"|overall)[ \t]*(?:[.!]+[ \t]|[.!]*[ \t]*(?:\n|\Z))",
    re.IGNORECASE,
)

# a sentence giving the score, in the present, as this text's verdict wherever it stands:
# "Episode 4 is an 8/10.", "it gets a solid 7 out of 10 from me", "I give the show a 4/5."
# (a past "was a 6/10" may be an earlier episode's; a sentence going on, "a 4/5 split", no score)
_VERDICT_SENTENCE = re.compile(
    r"\b(?:is|it['’]s|that['’]s|gets?|earns?|give|gives|deserves?)\b[^.!?\n]{0,80}?"
    r"\ban?(?:\s+[a-z]+)?\s*\Z",
    re.IGNORECASE,
)
# the writer signing the score as theirs right after it, whatever follows: "so yeah 7/10 from
# me, best one since the premiere", "a 4/5 from me — the ending carried it", but a condition
# or a contrast ("9/10 from me, had the ending not been rushed", "… would be too generous");
# a few words lead into it in its sentence, none looking back ("The pilot got 6/10 from me
# back then")
_SIGNED_AFTER = re.compile(
    r"[ \t]+from\s+me\b(?![ \t]*[,;:—–-]?[ \t]*(?:had|if|were|would|could|should|unless|but"
    r"|except|once|when|until)\b)",
    re.IGNORECASE,
)
_MAX_SIGN_OFF_LEAD = 4  # words: "so yeah, a solid 7/10 from me"
_LOOKS_BACK = re.compile(r"\b(?:got|was|were|gave|had|earned|scored|rated)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(
    r"(?:[ \t]+(?:from\s+me|for\s+me|this\s+(?:week|time)|overall))?[ \t]*(?:[.!](?!\d)|\n|\Z)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    # (labelled, in the title or closing lines or with a unit or alone on its line, alone on
    # its line, where): a score set apart on a line of its own is the page's verdict, where one
    # inside a sentence may be another work's ("my review of X, which I gave five stars")
    priority: tuple[int, int, int, int]
    score: Score


def _score_from(match: re.Match[str]) -> Score | None:
    marks = match.group("marks")
    start = match.start()
    if marks and match.string[max(0, start - len(marks)) : start] != marks:
        return None  # "8*/10": a closing mark with no opening one, no emphasis
    try:
        value = float(match.group("value").replace(",", "."))
        scale = float(match.group("scale"))
    except ValueError:
        return None
    if scale not in _SCALES or not 0 <= value <= scale:
        return None
    raw = (
        match.group(0)
        if not marks
        else match.group("value") + match.string[match.end("marks") : match.end()]
    )
    return Score(raw=raw.strip(), value=value, scale=scale)


def parse_score(text: str) -> Score | None:
    """`text` as a whole read as a score ("7/10", "4 out of 5"), or None."""
    match = SCORE.fullmatch(text)
    return _score_from(match) if match else None


# A site's own names for the reviewer's rating and for the scale it is out of, as static site
# themes, review plugins and their shortcodes write them (lower case, "-" as "_")
# (camelCase ones lower-cased: "bestRating" is "bestrating")
SITE_RATING_KEYS = (
    "rating", "review_rating", "reviewrating", "review_score", "reviewscore", "ratingvalue",
    "rating_value",
)  # fmt: skip
SITE_SCALE_KEYS = (  # a rating's own first, the bare words ("max") last
    "bestrating", "best_rating", "max_rating", "maxrating", "rating_max", "ratingmax",
    "max_score", "maxscore", "score_max", "scoremax", "rating_scale", "ratingscale",
    "score_scale", "scorescale", "rating_out_of", "score_out_of", "out_of", "outof", "max",
    "scale", "best",
)  # fmt: skip
_BARE_NUMBER = re.compile(_NUMBER)


def site_score(value: str, scales: Callable[[str], str | None]) -> Score | None:
    """A site's rating value read as a score: as written ("8.5/10"), a row of star glyphs
    ("★★★½", a diary's or a notes app's rating: 3.5 out of 5), or a bare number whose scale
    `scales(key)` gives under one of SITE_SCALE_KEYS ("8.5" out of "10": "8.5/10")."""
    value = value.strip()
    score = parse_score(value)
    if score is not None:
        return score
    if value.startswith(_STAR_GLYPHS):
        stars = _STAR_RUN.fullmatch(value)
        return _star_row(stars) if stars is not None else None
    if _BARE_NUMBER.fullmatch(value) is None:
        return None
    for key in SITE_SCALE_KEYS:
        scale = (scales(key) or "").strip()
        if _BARE_NUMBER.fullmatch(scale) is not None:
            return parse_score(f"{value}/{scale}")
    return None


# A static site's shortcode or template tag in a page's source ("{{< review-box rating="8.5"
# max="10" >}}", "{% include rating.html score=4 out_of=5 %}", "[review rating="4" max="5"]"):
# the box the site renders the reviewer's rating in, with its scale as another attribute
_SHORTCODE = re.compile(
    r"\{\{[<%]\s*(?P<hugo>[\w./-]{1,60})(?P<hugo_attrs>[^{}\n]{0,400}?)[>%]\}\}"
    r"|\{%-?\s*(?:include\s+)?(?P<liquid>[\w./-]{1,60})(?P<liquid_attrs>[^{}\n]{0,400}?)-?%\}"
    r"|\[(?P<wp>[a-z][\w-]{0,40})(?P<wp_attrs>(?:[ \t]+[\w-]{1,40}=(?:\"[^\"\n]*\"|'[^'\n]*'))+)"
    r"[ \t]*/?\]"
)
_ATTRIBUTE = re.compile(
    r"(?P<key>[A-Za-z][\w-]{0,40})\s*=\s*(?:\"(?P<double>[^\"]*)\"|'(?P<single>[^']*)'"
    r"|(?P<bare>[^\s\"'}\]%>]+))"
)
_SHORTCODE_RATINGS = (*SITE_RATING_KEYS, "score")
# a box that is not the reviewer's own: readers' polls, comments, other posts' cards
_NOT_THE_REVIEWERS = ("poll", "reader", "communit", "user", "comment", "vote", "average", "related")


def shortcode_score(body: str) -> Score | None:
    """The rating a static site's shortcode gives, with its scale, in a page's source; None
    when none does, or when two disagree."""
    if "=" not in body:  # every form names its attributes (one character's search: memchr)
        return None
    found: set[Score] = set()
    for match in _SHORTCODE.finditer(body):
        name = (match.group("hugo") or match.group("liquid") or match.group("wp")).lower()
        if any(word in name for word in _NOT_THE_REVIEWERS):
            continue
        attrs = match.group("hugo_attrs") or match.group("liquid_attrs") or match.group("wp_attrs")
        values: dict[str, str] = {}
        for attribute in _ATTRIBUTE.finditer(attrs):
            key = attribute.group("key").lower().replace("-", "_")
            text = attribute.group("double")
            if text is None:
                text = attribute.group("single")
            values.setdefault(key, attribute.group("bare") if text is None else text)
        for key in _SHORTCODE_RATINGS:
            if key in values:
                score = site_score(values[key], values.get)
                if score is not None:
                    found.add(score)
                break
    return found.pop() if len(found) == 1 else None


def ascii_lowered(text: str) -> bytes:
    """`text` as UTF-8 with its ASCII letters lower-cased: one C-speed pass, after which one
    search tells whether any casing of an ASCII word is in `text` (a search of a str for a word
    costs as much as the whole pass, and the case-exact tests below want up to three)."""
    return text.encode("utf-8", "surrogatepass").lower()


def _find_each(text: str, needle: str, found: list[int]) -> int:
    """Append every position of `needle` in `text` to `found`; how many there were."""
    count = 0
    at = text.find(needle)
    while at >= 0:
        found.append(at)
        count += 1
        at = text.find(needle, at + 1)
    return count


_SPACE_BYTES = b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"  # the ASCII characters str.isspace() takes


class _OutOf(NamedTuple):
    """What the "out of"s (any casing) of an ascii_lowered text may be part of: whether one
    may follow a number within the 8 characters _candidates looks back (a digit, maybe in
    emphasis, or any non-ASCII character, which may be a digit or a space, before the
    spaces), how many there are in all, whether one may follow a number word ("four out of
    five"), and whether one follows a number and a unit ("3 cups out of 5")."""

    after_number: bool
    total: int
    after_word: bool
    after_unit: bool = False
    outta: bool = False  # a casual "outta" in the text ("7 outta 10"), any casing


def _out_of(lowered: bytes) -> _OutOf:
    """One pass over the "out of"s of `lowered` (C-speed finds)."""
    after_number = after_word = after_unit = False
    count = 0
    at = lowered.find(b"out of")
    while at >= 0:
        count += 1
        if not (after_number and after_word and after_unit):
            lead = lowered[max(0, at - 32) : at].rstrip(
                _SPACE_BYTES
            )  # 8 characters at most 32 bytes
            if lead:
                last = lead[-1]
                # (or the number in emphasis: "*8* out of 10", its marks "*" or "_")
                digit = lead.rstrip(b"*_")[-1:] if last in (0x2A, 0x5F) else lead[-1:]
                after_number = (
                    after_number
                    or last >= 0x80
                    or last == 0x28
                    or (digit != b"" and 0x30 <= digit[0] <= 0x39)
                )
                after_word = after_word or (
                    last in _NUMBER_WORD_LAST and lead.endswith(_NUMBER_WORD_ENDS)
                )
                if not after_unit and 0x61 <= last <= 0x7A:
                    # a digit or a number word's last letter before the last word's spaces,
                    # then the pattern to be sure
                    space = max(lead.rfind(b" "), lead.rfind(b"\t"))
                    after_unit = (
                        space > 0
                        and (
                            0x30 <= lead[space - 1] <= 0x39
                            or lead[space - 1] in _NUMBER_WORD_LAST
                            or lead.endswith(b"of", 0, space)  # "4 cups of cocoa"
                        )
                        and _UNIT_LEAD.search(lead) is not None
                    )
        at = lowered.find(b"out of", at + 6)
    return _OutOf(after_number, count, after_word, after_unit, b"outta" in lowered)


# a number (or a number word) and a word right before an "out of", in ascii_lowered bytes:
# "3 cups" of "3 cups out of 5", "seven cups", "4 cups of cocoa" (the lead _out_of looks at,
# its spaces stripped)
_UNIT_LEAD = re.compile(
    rb"(?<![\w.,/])(?:\d{1,2}(?:[.,]5)?|zero|one|two|three|four|five|six|seven|eight|nine|ten)"
    rb"(?:[ \t]+and[ \t]+a[ \t]+half)?[ \t][a-z]{2,20}(?:[ \t]+of[ \t]+[a-z]{2,20})?\Z"
)


def _separators(text: str, out_of: _OutOf) -> list[int]:
    """Positions of "/" and "out of" (three casings): where a score can be. C-speed finds."""
    found: list[int] = []
    _find_each(text, "/", found)
    after_number, rest = out_of.after_number, out_of.total
    # (when no "out of" can follow a number, _candidates would pass over every one; they are
    # still found when they count towards _MAX_SEPARATORS, which decides which are examined)
    if after_number or len(found) + rest > _MAX_SEPARATORS:
        # Every casing of "out of" is one in `lowered`: the two rarer casings are searched
        # for only when the lower-case one does not account for all of them.
        for needle in ("out of", "Out of", "OUT OF"):
            if rest <= 0:
                break
            rest -= _find_each(text, needle, found)
    if out_of.outta:  # "7 outta 10": the casual "out of" (rare: one C-speed find ruled it out)
        for needle in ("outta", "Outta", "OUTTA"):
            _find_each(text, needle, found)
    found.sort()
    if len(found) > _MAX_SEPARATORS:
        # A score sits in the title or the closing lines; a document with thousands of
        # slashes (URLs, fractions) only has its first and last ones examined.
        found = found[: _MAX_SEPARATORS // 4] + found[-(_MAX_SEPARATORS * 3 // 4) :]
    return found


# an abbreviation's full stop before a number, no sentence's end: "Final score for EP. 12: 8/10",
# "Vol. 3", "No. 8" (a score's sentence starts before it)
_NUMBER_ABBREVIATION = re.compile(r"\b(?:eps?|no|vol|ch|pt|nos)\.[ \t]\d", re.IGNORECASE)


def _sentence_edge(before: str) -> int:
    """Where the sentence of a score, its words before it `before`, last ended in `before`
    (-1: not in it): at a ".", "!", "?" or line break, but not at an abbreviation's full stop
    before a number ("EP. 12")."""
    edge = len(before)
    while True:
        edge = max(
            before.rfind(".", 0, edge),
            before.rfind("!", 0, edge),
            before.rfind("?", 0, edge),
            before.rfind("\n", 0, edge),
        )
        if edge < 0 or before[edge] != ".":
            return edge
        if _NUMBER_ABBREVIATION.search(before, max(0, edge - 4), edge + 3) is None:
            return edge


# a number and its unit before a parenthesis that states the scale: "7.5 points (" of
# "7.5 points (out of 10)"
_UNIT_BEFORE_PARENS = re.compile(r"\d\s+(?:stars?|points?|pts)\s*\(\s*\Z", re.IGNORECASE)
_UNIT_BEFORE_REACH = 24
# a fraction with its unit on each side of the slash, as translated pages write one:
# "6 points / 10 points", "3 stars / 5 stars" (SCORE's groups; no emphasis marks)
_UNIT_BEFORE_SLASH = re.compile(r"\d[ \t]+(?:stars?|points?|pts)[ \t]*\Z", re.IGNORECASE)
_UNITS_EACH_SIDE = re.compile(
    r"(?P<value>" + _NUMBER + r")(?P<marks>(?!))?"
    r"(?P<lead_unit>[ \t]+(?:stars?|points?|pts)[ \t]*)(?P<sep>/)[ \t]*(?P<scale>\d{1,3})"
    r"(?P<unit>[ \t]+(?:stars?|points?|pts)\b)",
    re.IGNORECASE,
)


def _candidates(
    text: str,
    closing_from: int,
    in_title: bool,
    out_of: _OutOf,
    episode: int | None = None,
    anime: str = "",
) -> list[_Candidate]:
    found: list[_Candidate] = []
    last_end = -1
    for separator in _separators(text, out_of):
        if separator < last_end:
            continue
        # A score's number ends just before its separator (spaces between): prose "out of"
        # and URLs' slashes are passed over without running the pattern.
        back = 8
        pattern = SCORE
        lead = text[max(0, separator - back) : separator].rstrip()
        if lead[-1:] in ("s", "S", "t", "T") and text[separator] == "/":
            back = _UNIT_BEFORE_REACH  # "6 points / 10 points": the unit on each side
            lead = text[max(0, separator - back) : separator]
            if _UNIT_BEFORE_SLASH.search(lead) is None:
                continue
            pattern = _UNITS_EACH_SIDE
        elif lead[-1:] == "(":  # "7.5 points (out of 10)": the unit between number and scale
            back = _UNIT_BEFORE_REACH
            lead = text[max(0, separator - back) : separator]
            if _UNIT_BEFORE_PARENS.search(lead) is None:
                continue
        elif not lead.rstrip("*_")[-1:].isdigit():  # (the number in emphasis: "**72**/100")
            continue
        match = None
        for candidate in pattern.finditer(text, max(0, separator - back), separator + 40):
            if candidate.start() <= separator < candidate.end():
                match = candidate
                break
        if match is None:
            continue
        start, end = match.span()
        last_end = end
        # part of a number, a date or a longer chain: 12/25/2023, 2024/01/05, $5/10
        if start > 0 and (text[start - 1].isdigit() or text[start - 1] in "/$£€¥"):
            continue
        if start > 1 and text[start - 1] in ".,-:" and text[start - 2].isdigit():
            continue
        after = text[end : end + 2]
        if after[:1] in ("/", ":") or after[:1].isdigit():
            continue
        if after[:1] in ".,-" and after[1:2].isdigit():
            continue
        score = _score_from(match)
        if score is None:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        shows_row = _shows_table_row(text, line_start, start, anime) if anime else None
        if shows_row is False:
            continue  # another show's row of a table of the week's shows
        if not shows_row and _listed(text, line_start, start, episode):
            continue  # an entry of a per-episode score list
        before = text[max(0, start - _CONTEXT) : start]
        edge = max(before.rfind("."), before.rfind("!"), before.rfind("?"), before.rfind("\n"))
        if edge >= 0 and before[edge] == "." and before[edge + 2 : edge + 3].isdigit():
            edge = _sentence_edge(before)  # (a full stop, then a number: "EP. 12"?)
        if edge >= 0:
            before = before[edge + 1 :]
        this_episode = False
        if _COUNT_BEFORE.search(before):
            # "This episode 9/10": a score card's label and value flattened onto one line, not
            # "episode 9 of 10" (no one numbers "this" episode so)
            this_episode = _this_episode_spaced(text, line_start, start)
            if not this_episode:
                continue
        if (
            # "8/10Episode 2 was a 7": a capital right after the score opens the next line,
            # its break lost (a forum post's "<br>"s): not the score's unit ("8/10 episodes");
            # nor after "This episode", the card's next cell ("Season so far …")
            not this_episode
            and (count := _COUNT_AFTER.match(text, end))
            and not text[end : end + 1].isupper()
            and not _names_episodes(text, count)
        ):
            continue
        if _elsewhere(text, line_start, start, before, episode):
            continue
        if before.endswith("(") and (
            _EPISODE_IN_PARENS.search(before) is not None
            or _another_numbered_episode(before, episode, score)
        ):
            continue  # "the premiere (9/10)", "episode 10 (9/10)": a per-episode score
        following = text[end : end + 50]
        cut = min((i for i in map(following.find, ".!?\n") if i >= 0), default=len(following))
        following = following[:cut]
        if (
            _polled(before)
            or _poll_after(text, end, following, _WRITER_GIVES.search(before) is not None)
            or _BY_HANDLE.match(following) is not None
        ):
            continue
        if _reported(before) or _quoted(before) or _COUNTERFACTUAL.search(before) is not None:
            continue
        if ("if " in before or "If " in before) and _SCORED_APART.search(before) is not None:
            continue
        if (
            start - len(before) == line_start > 1
            and text[line_start : line_start + 1] in _GOING_ON
            and _reported_over_a_wrap(text, line_start, before)
        ):
            continue  # "my colleague covers Show\n(ep. 4, she gave it 8/10)"
        if _received(text, line_start, start, before):
            continue
        keyword = (
            bool(shows_row)
            or _led_by_keyword(before)
            or _REVISES.search(before) is not None
            or _own_episode_line(text, line_start, start, episode, anime)
            or _own_anime_label(text, line_start, start, anime)
            or this_episode
            or _this_episode_label(text, line_start, start)
            or _own_label(text, line_start, start)
            or _FOR_THIS_EPISODE.search(before) is not None
            or _labelled_above(text, line_start, start, end)
            or _closes_a_labelled_line(text, line_start, start, end)
            or _closes_a_paragraph_under_label(text, line_start, start, end)
            or (
                ("verall" in before or "VERALL" in before)
                and _OVERALL_LABEL.search(before) is not None
            )
        )
        closing = in_title or start >= closing_from
        unit = (
            match.group("unit") is not None
            or match.group("lead_unit") is not None
            or _glyph_after(text, end)
        )
        alone = _alone(text, line_start, start, end) or _alone_but_an_aside(
            text, line_start, start, end
        )
        # a bare fraction alone on its line counts wherever it is only when emphasised
        # ("**8/10**"): a thread's post numbers ("1/5") stand alone too
        emphasised = alone and ("*" in _line_of(text, start) or "_" in _line_of(text, start))
        if not (alone or text[line_start:start].strip(_LINE_MARKS)):
            # "8/10 this week.", "7/10 from me": a score opening its line, said to be the
            # writer's for this episode, counts wherever it is, like an emphasised one
            emphasised = _VERDICT_AFTER.match(text, end) is not None or _emphasised_before_gloss(
                text, line_start, start, end
            )
        elif not alone and before.endswith(("*", "_")):
            emphasised = _emphasised_sentence_opener(text, line_start, start, end)
        if not (keyword or closing or unit or emphasised) and _SENTENCE_END.match(text, end):
            emphasised = _VERDICT_SENTENCE.search(before) is not None
        if not (keyword or closing or unit or emphasised) and _SIGNED_AFTER.match(text, end):
            # signed as the writer's ("so yeah 7/10 from me, best one since the premiere"): their
            # verdict wherever it stands, as in the closing lines, which a short first post's
            # sign-off misses when the thread's later lines (the writer's own reply, the pager)
            # take up the text's last part
            emphasised = _signs_off(before)
        if not (keyword or closing or unit or emphasised) and start < _MAX_OPENING:
            closing = _closes_the_opening(text, start, end, score)
        if not (keyword or closing or unit or emphasised):
            continue
        found.append(
            _Candidate((int(keyword), int(closing or unit or emphasised), int(alone), start), score)
        )
    return found


# a bare number right before a score's parenthesis, in a sentence about episodes: "my best
# episode so far is still 12 (10/10), then 9", "the episodes I liked most were 3 (9/10)"
_NUMBER_BEFORE_PARENS = re.compile(r"(?<![\w.,/#])(?P<number>\d{1,4})[ \t]*\(\Z")
_EPISODES_WORD = re.compile(r"\b(?:episodes?|eps?)\b", re.IGNORECASE)


def _another_numbered_episode(before: str, episode: int | None, score: Score) -> bool:
    """Is the score after `before` (its sentence up to it, ending with "(") glossing a bare
    number that the sentence, naming episodes, gives as another episode than the document's
    `episode` ("my highest-rated episode is still 12 (10/10)")? Not the score's own value
    said first ("this episode is a 7 (7/10)")."""
    number = _NUMBER_BEFORE_PARENS.search(before)
    if number is None or _EPISODES_WORD.search(before, 0, number.start()) is None:
        return False
    value = int(number.group("number"))
    return value != episode and value != score.value


def _signs_off(before: str) -> bool:
    """Is `before` (the score's sentence before it) a sign-off's lead into a score the writer
    signs right after it ("so yeah" before "7/10 from me"): a few words, none in the past
    ("The pilot got 6/10 from me back then")?"""
    return len(before.split()) <= _MAX_SIGN_OFF_LEAD and _LOOKS_BACK.search(before) is None


_MAX_GLYPH_GAP = 2  # spaces between a fraction and the star glyph that is its unit


def _glyph_after(text: str, end: int) -> bool:
    """Does a star glyph follow the fraction ending at `end` ("4.5/5 ⭐ easily", "8/10 ★"), its
    unit as the word "stars" is, which a social post writes so?"""
    at = end
    while at < len(text) and at - end < _MAX_GLYPH_GAP and text[at] in " \t":
        at += 1
    return text.startswith(_STAR_GLYPHS, at)


_MAX_OPENING = 300  # characters: a summary's paragraph, not a post's long first one


def _closes_the_opening(text: str, start: int, end: int, score: Score) -> bool:
    """Does the score text[start:end] close the text's short first paragraph as a sentence of
    its own ("Good fight, bad filler, and the kid finally gets to act. 7/10")? A page's
    summary box opens it so, its "TL;DR" heading lost with the markup; the text's opening, as
    its closing lines, holds its verdict. Not a thread's first post's counter ("… ep 5. 1/4",
    "2/4" counting on after it)."""
    opening = len(text) - len(text.lstrip())
    paragraph_end = text.find("\n\n", end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    if (
        paragraph_end > opening + _MAX_OPENING
        or text.find("\n\n", opening, start) >= 0
        or text[end:paragraph_end].strip(_ALONE_MARKS + "\n")
        or not text[opening:start].rstrip(" \t\n*_").endswith((".", "!", "?"))
    ):
        return False
    value, scale = score.value, score.scale
    return not (
        value is not None
        and scale is not None
        and value.is_integer()
        and f"{int(value) + 1}/{int(scale)}" in text[end:]
    )


# a score in an emphasis of its own that opens its line, then a dash or a colon and the
# writer's gloss: "**7.5/10** — a quiet start, but …", "__6/10__ - the middle sags" (a notes
# page's quick take); the emphasis's closing marks, then the gloss's start
# (or the score's sentence closed inside the emphasis, the gloss a sentence of its own after it:
# "**8/10.** The best one yet")
_CLOSED_BEFORE_GLOSS = re.compile(
    r"(?P<stop>[.!])?(?P<marks>\*\*?|__?)(?(stop)[ \t]+[A-Z]|[ \t]*[—–\-:|][ \t]+\w)"
)
# a line opening with an emphasised number: one of a list of such lines (a ranking)
_EMPHASISED_NUMBER_LINE = re.compile(r"[ \t>]*(?:\*\*?|__?)\d")


def _emphasised_before_gloss(text: str, line_start: int, start: int, end: int) -> bool:
    """Does the score text[start:end] open its line in an emphasis of its own, a dash or a
    colon and a gloss after it ("**7.5/10** — a quiet start"), with no line like it above or
    below (past blank lines), which would make it an entry of a list ("**9/10** — Other
    Show" / "**7/10** — Third Show")? Set apart so, it is the writer's verdict wherever it
    stands, as a score alone on its line in emphasis is."""
    closed = _CLOSED_BEFORE_GLOSS.match(text, end)
    if closed is None or text[line_start:start].lstrip(" \t>") != closed.group("marks"):
        return False
    above_end = line_start - 1
    while above_end > 0 and text[above_end - 1] == "\n":
        above_end -= 1
    above_start = text.rfind("\n", 0, above_end) + 1
    below = text.find("\n", end)
    while 0 <= below < len(text) and text[below] == "\n":
        below += 1
    return not (
        (above_end > 0 and _EMPHASISED_NUMBER_LINE.match(text, above_start, above_end))
        or (below >= 0 and _EMPHASISED_NUMBER_LINE.match(text, below))
    )


# a score in an emphasis of its own opening a sentence inside a paragraph: the sentence's end
# before it, then the marks ("… the plot lives. **7/10**, and …"); the emphasis's closing
# marks after it, then a comma, a dash, a colon or the sentence's end
_SENTENCE_BEFORE_MARKS = re.compile(r"[.!?][ \t]+(?P<marks>\*\*?|__?)\Z")
_CLOSED_IN_SENTENCE = re.compile(r"(?P<marks>\*\*?|__?)(?:[ \t]*[,;:—–]|[ \t]+-[ \t]|[.!](?!\d))")
# an emphasised fraction anywhere on a line: two on one line are a list in prose
_EMPHASISED_FRACTION = re.compile(r"(?:\*\*?|__?)\d{1,3}(?:[.,]\d{1,2})?[ \t]*/[ \t]*\d")
_SENTENCE_LEAD_REACH = 8


def _emphasised_sentence_opener(text: str, line_start: int, start: int, end: int) -> bool:
    """Does the score text[start:end] open a sentence inside its paragraph in an emphasis of
    its own, closed right after it before a comma, a dash, a colon or the sentence's end
    ("… where the plot lives. **7/10**, and it would be higher if …")? Set apart so, it is
    the writer's verdict wherever it stands, as when it opens its line before a gloss
    (_emphasised_before_gloss); a line with another emphasised fraction lists several."""
    lead = _SENTENCE_BEFORE_MARKS.search(text, max(line_start, start - _SENTENCE_LEAD_REACH), start)
    closed = _CLOSED_IN_SENTENCE.match(text, end)
    if lead is None or closed is None or lead.group("marks") != closed.group("marks"):
        return False
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return len(_EMPHASISED_FRACTION.findall(line)) == 1


_LINE_MARKS = " \t>*_#-•·|[]"  # a quote's, a list's or emphasis marks before a line's words
_ALONE_MARKS = _LINE_MARKS + "()~.!"
_BULLETS = ("- ", "* ", "• ", "· ", "-\t", "*\t", "•\t")
# "Overall: 7.5/10", "| Overall | 7.5/10 |": a score table's or card's overall row
_OVERALL_LABEL = re.compile(
    r"\b" + _OVERALL_WORD + r"(?:\s+(?:score|rating|grade|verdict))?[\s*_]*[:|\-–—]?[\s*_|]*\Z",
    re.IGNORECASE,
)


def _alone(text: str, line_start: int, start: int, end: int) -> bool:
    """Is text[start:end] all its line holds, but for quote and emphasis marks? (Not a list's
    item: "- 8/10" under a heading may score one of several episodes.)"""
    line_end = text.find("\n", end)
    lead = text[line_start:start].lstrip(" \t>")
    return not (
        lead.startswith(_BULLETS)
        or lead.strip(_ALONE_MARKS)
        or text[end : len(text) if line_end < 0 else line_end].strip(_ALONE_MARKS)
    )


_MAX_ASIDE = 80


def _alone_but_an_aside(text: str, line_start: int, start: int, end: int) -> bool:
    """Does text[start:end] open its line with nothing after it but an aside in parentheses
    ("7/10 (last week's was an 8)"): set apart on its line like a score alone on it?"""
    if text[line_start:start].strip(_LINE_MARKS):
        return False
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end].strip(" \t*_.!")
    return (
        0 < len(rest) <= _MAX_ASIDE
        and rest[0] == "("
        and rest[-1] == ")"
        and rest.count("(") == 1
        and rest.count(")") == 1
    )


def _alone_at(text: str, start: int, end: int) -> int:
    return int(_alone(text, text.rfind("\n", 0, start) + 1, start, end))


_MAX_LABEL_ABOVE = 40
_MAX_LINE_MARKS = 8


def _labelled_above(text: str, line_start: int, start: int, end: int = -1) -> bool:
    """Does the score at `start` open its line (after quote or list marks) under a short
    label line that names it ("Verdict" / "7/10 — the mystery moves", "> [!summary] Verdict"
    / "> 7/10"), or under a heading that does, one blank line above ("### Grade" / "" /
    "**A-**", as Markdown lays a heading out)? A score card or a note's callout lays a score
    out so. So does a web page's or a document's heading that is a bare label, standing
    alone between blank lines, over its paragraph opening with the score (ending at `end`)
    and a dash's gloss ("Score" / "" / "8/10 — a strong start")."""
    if (
        line_start < 2
        or start - line_start > _MAX_LINE_MARKS
        or text[line_start:start].strip(_LINE_MARKS)
    ):
        return False
    above_end = line_start - 1
    above_start = text.rfind("\n", 0, above_end) + 1
    if above_start == above_end and above_end > 0:  # a blank line: the heading above it
        above_end = above_start - 1
        above_start = text.rfind("\n", 0, above_end) + 1
        if (
            not text.startswith("#", above_start)
            and not _card_cell(text, start, above_start)
            and not (end >= 0 and _heading_over_gloss(text, above_start, above_end, end))
        ):
            return False
    above = text[above_start:above_end].strip(_LINE_MARKS)
    return (
        0 < len(above) <= _MAX_LABEL_ABOVE
        and not any(c.isdigit() for c in above)
        and _SCORE_KEYWORDS.search(above) is not None
        and _POLL_WORDS.search(above) is None
    )


# a gloss after a score opening its paragraph: "8/10 — a strong start", "7/10: fun, if thin"
_GLOSS_AFTER = re.compile(r"[ \t*_]*(?:[—–:]|--?)[ \t]+\w")


def _heading_over_gloss(text: str, label_start: int, label_end: int, end: int) -> bool:
    """Is the line label_start:label_end, a blank line under it, a heading that is a bare
    score label ("Score", "Our verdict": alone between blank lines, or the text's first
    line), and the score ending at `end` glossed after a dash or a colon?"""
    return (
        _GLOSS_AFTER.match(text, end) is not None
        and (label_start < 2 or text[label_start - 2] == "\n")
        and _bare_score_label(text[label_start:label_end].strip(" \t*_"))
    )


def _labelled_below(text: str, lead: re.Match[str], line_end: int) -> bool:
    """Is the grade `lead` found all of its line, its caption the next line (a blank line
    between or not), a bare label of a few words that names it ("B+" / "" / "Our grade"),
    as a site's grade badge sets the letter over its caption?"""
    if text[lead.end() : line_end].strip() or lead.group().strip(" \t>*_#") != lead["grade"]:
        return False
    below = line_end + 1
    if text.startswith("\n", below):
        below += 1
    below_end = text.find("\n", below)
    return _bare_score_label(text[below : len(text) if below_end < 0 else below_end].strip(" \t*_"))


def _bare_score_label(label: str) -> bool:
    """Is `label` a bare label of a few words naming a score ("Our grade", "Score"): no digit,
    no sentence's or clause's end, not a poll's?"""
    return (
        0 < len(label) <= _MAX_LABEL_ABOVE
        and len(label.split()) <= _MAX_CARD_LABEL_WORDS
        and label[-1] not in '.!?,;:)"”'
        and not any(c.isdigit() for c in label)
        and _SCORE_KEYWORDS.search(label) is not None
        and _POLL_WORDS.search(label) is None
    )


_MAX_CARD_VALUE = 12  # "8 out of 10", "4.5 out of 5", "7/10", "B+"
_MAX_CARD_LABEL_WORDS = 3  # "Our score", "Final verdict", "Overall rating" (not a sentence)


def _card_cell(text: str, start: int, label_start: int) -> bool:
    """Is the score at `start` all of its line, and the line at `label_start` (a blank line
    between) a bare label of a few words with no sentence's end: a review card's or table's
    cells, which an HTML page's text lays out one per paragraph ("Our score" / "" / "7/10")?"""
    line_end = text.find("\n", start)
    value = text[start : len(text) if line_end < 0 else line_end].strip(_ALONE_MARKS)
    if not 0 < len(value) <= _MAX_CARD_VALUE:
        return False
    label = text[label_start : text.find("\n", label_start)].rstrip(" \t*_")
    return len(label.split()) <= _MAX_CARD_LABEL_WORDS and label[-1:] not in (
        (".", "!", "?", ",", ";", ":", ")", '"', "”")
    )


_STAR_RUN = re.compile(
    r"(?P<full>(?:[★⭐🌟]\ufe0f?[ ]?){1,10})"
    r"(?P<half>[ ]?(?:½|1/2|⯪|⯨)\ufe0f?)?"
    r"(?P<empty>(?:[ ]?[☆✩]\ufe0f?){0,10})"
)


# the scale stated right after a row of stars: "★★★ out of four", "★★ / 4" (a row of full
# stars alone says nothing of how many the top is)
_STAR_ROW_SCALE = re.compile(
    r"[ \t]*(?:out[ \t]+of|/)[ \t]*(?P<scale>three|four|five|ten|3|4|5|10)\b(?![.,/]\d)",
    re.IGNORECASE,
)

# ...or on the line below the row, which ends its line, restating its count with the scale:
# "★★★" / "3 out of 4 stars." (a verdict box's stars over their words)
_STAR_ROW_RESTATED = re.compile(
    r"[ \t*_]*(?:\n[ \t>*_]*){1,3}\(?[ \t]*(?P<value>\d(?:[.,]5)?)[ \t]*(?:out[ \t]+of|/)[ \t]*"
    r"(?P<scale>3|4|5|10)\b(?![.,/]\d)",
    re.IGNORECASE,
)


def _star_row(match: re.Match[str]) -> Score | None:
    """The score a _STAR_RUN match gives, as written ("★★★½": 3.5 out of 5): out of the scale
    stated right after it ("★★★ out of four": 3/4), else out of its glyphs when empty ones
    complete the row to 3, 4, 5 or 10 ("★★★☆☆☆☆☆☆☆": 3/10, "★★☆": 2/3), else out of 5 (10
    past five stars); None when it passes its own row."""
    full = sum(1 for c in match.group("full") if c in "★⭐🌟")
    empty = sum(1 for c in match.group("empty") or "" if c in "☆✩")
    half = match.group("half") is not None
    value = full + (0.5 if half else 0.0)
    total = full + empty + (1 if half else 0) if empty else 0
    scale = float(total) if total in (3, 4, 5, 10) else 5.0 if value <= 5 else 10.0
    text, end = match.string, match.end()
    if text[end : end + 8].lstrip(" \t")[:1] in ("o", "O", "/"):
        stated = _STAR_ROW_SCALE.match(text, end)
        if stated is not None:
            said = _unit_number(stated.group("scale"))
            scale = said if value <= said else scale
    if "\n" in text[end : end + 4]:
        restated = _STAR_ROW_RESTATED.match(text, end)
        if restated is not None and _unit_number(restated.group("value")) == value:
            said = float(restated.group("scale"))
            scale = said if value <= said else scale
    return None if value > scale else Score(raw=match.group(0).strip(), value=value, scale=scale)


_COUNTER = re.compile(r"[ \t]?\d")
# a site's button or badge its lone star glyph marks, the word right after it: a blog's "★ Like"
# under "Like this:", a feed's "★ Star" or "★ Starred", a "★ Member-only story" badge
# (capitalised, as a label is: "★ like last week" may be a sentence about a one-star score)
_BUTTON_AFTER = re.compile(
    r"[ \t]?(?:Like[ds]?|Star(?:red)?|Follow|Bookmark|Fav(?:ou?rite|e)|Member)\b"
)
# a fraction right before a lone star glyph ("4/5 ⭐", "8/10⭐")
_FRACTION_BEFORE = re.compile(r"\d\s*/\s*\d{1,3}[ \t]*\Z")
_REACH_BACK = 12
# "4 1/2 out of 5 (stars)", "3½/5", or a number of stars with its half, "4 1/2 stars"
_MIXED = re.compile(
    r"(?<![\d/.,])(?P<whole>\d{1,2})(?:\s+1/2|\s*½)\s*"
    r"(?:(?:/|out\s+of)\s*(?P<scale>\d{1,3})(?P<unit>\s+stars?\b)?|(?P<stars>stars?\b))",
    re.IGNORECASE,
)
_WORD_STARS = re.compile(
    r"\b(?P<word>one|two|three|four|five)(?P<half>\s+and\s+a\s+half)?\s+stars?\b"
    r"(?:\s+out\s+of\s+(?P<scale>three|four|five|3|4|5)\b)?",
    re.IGNORECASE,
)
# a number of stars, right before "star(s)" ("4.5 stars"; not "3.5/5 stars", a fraction)
_NUMBER_BEFORE_STARS = re.compile(r"(?<![\d.,/])(?P<value>\d(?:[.,]5)?)[ \t]+\Z")
_WORD_VALUES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# the bottom of a stated range right before a number of stars: "(from one to four stars)",
# "a scale of 1 to 5 stars": the scale's top, not a score
_RANGE_BOTTOM = re.compile(r"(?<![\w.,])(?:zero|one|half|[01])[ \t]+to[ \t]+\Z", re.IGNORECASE)
# a score in words, "four out of five", "seven and a half out of ten": the number before an
# "out of" (found by a C-speed find), the scale after it
_WORD_BEFORE_OUT_OF = re.compile(
    r"(?<![\w\-])(?P<word>zero|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?P<half>\s+and\s+a\s+half)?\s+\Z",
    re.IGNORECASE,
)
_WORD_SCALE = re.compile(r"out\s+of\s+(?P<scale>five|ten|5|10)\b", re.IGNORECASE)
_WORD_NUMBERS = {
    **_WORD_VALUES, "zero": 0, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_WORD_REACH = 24
# the unit a score in words names after its scale, ending its line or sentence: "Four out of
# five lanterns", "four out of five cursed fingers." (one or two words, the last a plural);
# "nine out of ten from me", "a ten out of ten premiere, I …" name none
_WORD_UNIT_AFTER = re.compile(
    r"[ \t]+(?P<unit>(?:[^\W\d_]{2,20}[ \t]+)?[^\W\d_]{2,20}s)(?=[ \t*_]*(?:[.!](?!\d)|\n|\Z))"
)
# words ending in "s" after a score in words that name no unit of its own: "eight out of ten
# tops"; and stars and points, the scale's common units, which the score in words has always
# been read without ("two out of five stars": "two out of five")
_NOT_WORD_UNITS = frozenset(
    ("tops", "regardless", "perhaps", "always", "anyways", "nevertheless", "thanks", "yes",
     "plus", "is", "was", "this", "us", "as", "its", "his", "hers", "ours", "yours", "theirs",
     "stars", "points", "pts")
)  # fmt: skip
# a score in words said as the sentence's verdict, in the present, the verb right before it
# ("This one gets nine and a half out of ten from me.", "That's a solid seven out of ten."),
# the sentence ending with it (_SENTENCE_END: or with "from me", "overall"); a past "was" or
# "got" may be an earlier episode's
_WORD_VERDICT_BEFORE = re.compile(
    r"\b(?:is|it['’]s|that['’]s|gets?|earns?|gives?|deserves?)\s+"
    r"[*_]{0,2}(?:an?\s+(?:[a-z]+\s+)?)?[*_]{0,2}\Z",  # (in emphasis: "it's **a solid seven")
    re.IGNORECASE,
)
# ...or the sentence being the score alone, in the closing lines: "Flawed, sure. A solid six
# out of ten." (its own sentence or paragraph opening at it, an article and one word before it)
_WORD_ALONE_BEFORE = re.compile(
    r"(?:[.!?][*_]{0,2}\s+|\n[ \t]*\n[ \t]*|\A)[*_]{0,2}(?:an?\s+(?:[a-z]+\s+)?)?[*_]{0,2}\Z",
    re.IGNORECASE,
)
_GRADE = re.compile(
    r"(?:\b(?:grade[sd]?|verdict|rating|score|mark|report\s+card|"
    + _OVERALL_WORD
    + r")\b[^\n.:!?]{0,30}?"
    r"\s*[:\-–—]\s*"
    r"|\b(?:give|gave|giving|earns?|earned|deserves?|gets?|got)\s+(?:it|this(?:\s+\w+)?"
    r"|the\s+\w+)?\s*(?:an?\s+)?"
    # the writer naming the verdict, as of a fraction: "I'd call it a B-", "call this one a C+"
    r"|\bcall(?:ing)?\s+(?:it|this(?:\s+one)?)\s+(?:an?\s+)?"
    # the writer arriving at one: "I land on a B-", "we settled on a C+"
    # (the pattern opens with the cue word, as _matches_from tries it there)
    r"|(?:(?<=\bI\s)|(?<=\bwe\s))(?:land(?:ed)?|settled?)\s+on\s+(?:an?\s+)?"
    # the writer's own, named, then the grade: "my grade for the show so far is a B", "our
    # verdict is an A-" (the possessive before the cue word, as "I land on" has its subject)
    r"|(?:(?<=\bmy\s)|(?<=\bour\s))(?:grade|verdict|rating|score|mark)\b[^\n.:!?]{0,40}?"
    r"\s+is\s+(?:an?\s+)?)"
    # Markdown's bold or italic around the label's end or the letter: "**Grade:** B+",
    # "Grade so far: **B+**"
    r"(?:\*{1,2}\s*)?"
    # the sign may be spelled out: "Grade: A-minus", "a B plus"
    r"(?P<grade>(?-i:[A-F](?:[+\-−]|[ \-](?:minus|plus)\b(?![ \t]+\w))?))(?![\w+\-−])",
    re.IGNORECASE,
)
# "The Verdict: A quieter episode that...": the article opening the verdict's sentence, not
# an A (a grade after a label stands alone or before its gloss: "Grade: A", "Grade: A — warm")
_ARTICLE_AFTER_LABEL = re.compile(r"A[ \t]+[a-z]")
# The letter first, then the look behind it (the same test as "(?<![\w'’])[A-F]"): a pattern
# that opens with a character set is searched for at C speed, one that opens with a look-behind
# is tried at every position.
_GRADE_TOKEN = re.compile(
    r"[A-F](?<![\w'’][A-F])(?:[+\-−]|[ \-](?:minus|plus)\b(?![ \t]+\w))?(?![\w+\-−'’])"
)
# What a line needs, as a word's start, for _GRADE or _GRADE_AT_END to match in it ("giv":
# give, giving; "deserv": deserve, deserves; "settl": settle, settled; "call": calling), and
# the non-ASCII letters IGNORECASE equates with ASCII ones (İ ı K ſ), whose lines always go to
# the patterns.
_GRADE_CUES = (
    b"grade",
    b"verdict",
    b"rating",
    b"score",
    b"mark",
    b"report",
    b"giv",
    b"gave",
    b"earn",
    b"deserv",
    b"get",
    b"got",
    b"call",
    b"overall",
    b"final",
    b"total",
    b"land",
    b"settl",
)
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789_")
_CASE_FOLDED = ("\u0130", "\u0131", "\u212a", "\u017f")
# a Markdown table's overall row: "| **Overall** | **B** |" (the other rows grade categories),
# or a web page's table row as its text gives it, its cells a line: "Overall grade | A-"
_GRADE_ROW = re.compile(
    # (a word may name what is graded between: "Overall season grade | A-")
    r"(?:\||^)\s*[*_]{0,2}\s*(?:overall|final|total)"
    r"(?:\s+(?:[a-z]+\s+)?(?:grade|score|rating|verdict))?"
    r"\s*[*_]{0,2}\s*\|\s*[*_]{0,2}\s*(?P<grade>(?-i:[A-F][+\-−]?))[ \t]*[*_]{0,2}[ \t]*(?:\||$)",
    re.IGNORECASE | re.MULTILINE,
)
_GRADE_AT_END = re.compile(
    r"\b(?:grade|verdict|rating|score)\s+(?P<grade>(?-i:[A-F][+\-−]?))[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# a grade opening its line under a label line ("Final grade" / "B — warm, patient"), or a
# sentence of its own there, the line going on ("## Grade" / "B+. A lovely first half, …",
# "**A-**! The best …"; not an initial's full stop: "A. J. Writer …"), or the sentence saying
# what it grades, or whose it is, in a few words before its end ("**B+** for the pair. Episode
# 6 alone would be an A-", "A- from me, easily": the letter's, not an article's, as "A for"
# and "A from" open no sentence; "A for effort" names no episode nor the writer)
_GRADE_LEAD = re.compile(
    r"[ \t>*_#]*(?P<grade>[A-F][+\-−]?)[*_]*"
    r"(?:[ \t]*\Z|[ \t]+[—–\-:|·][ \t]|(?=[.!][ \t]+(?![A-Z]\.)\S)"
    r"|(?=[ \t]+(?:for|from)[ \t]+(?:the|this|these|both|me|us|episodes?|eps?)\b"
    r"(?:[ \t]+[\w'’&]+){0,4}[*_]*(?:[.!,;][ \t]|[.!]?[ \t]*\Z)))"
)
# a key to a site's grades, not one: "Our grades: A (must-watch) · B (good) · C (fine)"
_LEGEND_ENTRY = re.compile(r"(?<![\w'’])[A-F][+\-−]?[ \t]*(?:\(|=[ \t])")
_MIN_LEGEND_ENTRIES = 3
_LIST_LINE = re.compile(
    r"\s*(?:[-*•·]\s*)?(?:episodes?|eps?\.?|e)\s*#?\d{1,4}\b|\s*(?:[-*•·]\s*)?\d{1,3}[.)]\s"
    # a table row: "| 4 | 7/10 |", or a range of episodes' row: "| 1-4 | 7/10 |", maybe with
    # the number counted through the seasons beside in brackets: "| 4 (15) | 9/10 |",
    # "| 7–10 (18–21) | 8, 9, 9, 10 |"
    r"|\s*\|?\s*(?:episodes?\s*|ep\.?\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?"
    r"(?:\s*\(\d{1,4}(?:\s*[-–]\s*\d{1,4})?\))?\s*\|",
    re.IGNORECASE,
)
_SCALE_WORDS = re.compile(r"\b(?:scale|out\s+of)\b", re.IGNORECASE)
# an episode's label opening a line, right before its score: "Episode 4: ★★★½", "**Ep 4** — 7/10",
# perhaps after a show's name ("Show episode 4 — 6.5/10", which _own_episode_line checks)
EPISODE_LABEL = re.compile(
    r"[ \t>*_#\-•·]*(?:(?P<name>[^\W\d_][^\n:—–|*_]{0,60}?),?[ \t]+)?"
    r"(?:episode|ep\.?)[ \t]*#?(?P<number>\d{1,4})"
    # a word or two in parentheses saying how it was watched: "Episode 5 (rewatch): ★★★½",
    # "Ep 3 (dub) —" (words only: not a score's "(8/10)")
    r"(?:[ \t]*\([ \t]*[^\W\d_][\w\-]*(?:[ \t][^\W\d_][\w\-]*)?[ \t]*\))?"
    # its score's own word between: "Episode 6 score: 7/10", "Ep 4 rating — ★★★"; or the
    # writer's own words, as the score is theirs: "Ep 8 for me: 8.5/10", "Episode 3, from me —"
    r"(?:[ \t]+(?:score|rating|grade|verdict))?(?:,?[ \t]+(?:for|from)[ \t]+me)?"
    r"[ \t*_]*[:—–|\-]?[ \t*_]*",
    re.IGNORECASE,
)
# an episode's score, right after its number: "ep 2 ★★½", "Episode 3: 7/10", "ep. 5 - B+"
_EPISODE_SCORE = re.compile(
    r"(?:\b(?:episode|ep\.?|e)[ \t]*#?\d{1,4}"
    # or a bare range of episodes, as a table of ranges' scores reads flattened on one line:
    # "1-4 7/10 5-10 7/10"
    r"|(?<![\w/.,:\-–])\d{1,4}[ \t]*[-–][ \t]*\d{1,4}(?=[ \t]*[:|=]?[ \t]*\d))"
    r"[ \t]*[:\-–—=|]?[ \t]*"
    r"(?:[★⭐☆½]|\d{1,3}(?:[.,]\d{1,2})?[ \t]*/[ \t]*\d{1,3}\b|(?-i:[A-F])[+\-−]?(?![\w+\-−]))",
    re.IGNORECASE,
)
_MIN_TALLY = 2


def _own_episode_line(
    text: str, line_start: int, start: int, episode: int | None, anime: str = ""
) -> bool:
    """Does the score at `start` follow its line's only label, naming the document's own
    `episode` ("Episode 4: ★★★½" in a review of episode 4), maybe after its own `anime`'s
    name ("Show episode 4 — 6.5/10"), with no list line next to it? A weekly post labels its
    score so (a column covering several shows, with the show's name); a list of episodes'
    scores has a line per episode."""
    if episode is None:
        return False
    label = EPISODE_LABEL.fullmatch(text, line_start, start)
    if label is None:
        label = _qualified_episode_label(text, line_start, start)
    if label is None or int(label.group("number")) != episode:
        return False
    name = label.group("name")
    if name is not None and (not anime or name.strip().casefold() != anime.casefold()):
        return False  # (another show's episode of that number, or a sentence's words)
    listed = _list_lines_beside(text, line_start, start)
    # the list's entry for this episode set apart in emphasis from the others ("- ep 8: 6" /
    # "- **ep 9: 8/10**"): a running tally ending on this week's score, marked as the review's
    return not listed or (
        _emphasised_entry(text[line_start:start])
        and not any(_emphasised_entry(line) for line in listed)
    )


# a word qualifying the score after its label's colon or dash, an article maybe before it
# ("Ep 1 verdict: solid 7/10", "Episode 4 — a strong 8/10"), as _GRADE_TAIL allows; not one
# denying it ("Episode 4: not 7/10")
_SCORE_QUALIFIER = re.compile(r"(?:[Aa]n?[ \t]+)?(?!(?:not|no|never)\b)[a-z]{2,12}[ \t]+")


def _qualified_episode_label(text: str, line_start: int, start: int) -> re.Match[str] | None:
    """EPISODE_LABEL's match opening the line at `line_start`, when a colon or a dash ends it
    and a word qualifying the score (_SCORE_QUALIFIER) is all between it and the score at
    `start`; else None."""
    label = EPISODE_LABEL.match(text, line_start, start)
    if label is None or not text[label.start() : label.end()].rstrip(" \t*_").endswith(
        (":", "—", "–", "|", "-")
    ):
        return None
    return label if _SCORE_QUALIFIER.fullmatch(text, label.end(), start) else None


def _lines_beside(text: str, line_start: int, start: int) -> tuple[str, str]:
    """The lines above and below the line of `start` (opening at `line_start`), past blank
    lines ("" at the text's start or end)."""
    above_end = line_start - 1  # the line above, past blank lines
    while above_end > 0 and text[above_end - 1] == "\n":
        above_end -= 1
    above_start = text.rfind("\n", 0, above_end) + 1
    below_start = text.find("\n", start)  # the line below, past blank lines
    while 0 <= below_start < len(text) and text[below_start] == "\n":
        below_start += 1
    above = text[above_start:above_end] if above_end > 0 else ""
    below = _line_of(text, below_start) if 0 <= below_start < len(text) else ""
    return above, below


_ANIME_LABEL_MARKS = _LINE_MARKS + ":—–"
_MAX_ANIME_LABEL_MARKS = 8  # "**", ":", "** " around the name


def _own_anime_label(text: str, line_start: int, start: int, anime: str) -> bool:
    """Is the score at `start` labelled by the page's own `anime`'s name alone, opening its
    line, a colon or dash after it ("**Show Name: 7/10**", "Show Name — ★★★★", a verdict
    line closing a review that rates other shows in passing)?"""
    if not anime or start - line_start > len(anime) + _MAX_ANIME_LABEL_MARKS:
        return False
    lead = text[line_start:start]
    if not any(c in lead for c in ":—–|-"):
        return False
    return lead.strip(_ANIME_LABEL_MARKS).casefold() == anime.casefold()


def _list_lines_beside(text: str, line_start: int, start: int) -> list[str]:
    """The lines above and below the line of `start` (opening at `line_start`), past blank
    lines, that are a list's lines ("Ep 3: 7/10", "3. 7/10", a table's row)."""
    return [
        line
        for line in _lines_beside(text, line_start, start)
        if _LIST_LINE.match(_unemphasised(line))
    ]


def _in_a_later_sentence(text: str, label_end: int, start: int) -> bool:
    """Is the score at `start` in a later sentence of its line than the list's label ending at
    `label_end`, one with words of its own before the score ("Episode 40 was a 9/10 for me.
    This one is the season's peak: 9.5/10.")? Prose that opens with another episode's
    number, not an entry's gloss then its score ("Ep 3: the heist. 7/10")."""
    lead = text[label_end:start]
    edge = _sentence_edge(lead)
    return edge >= 0 and any(c.isalpha() for c in lead[edge + 1 :])


_EMPHASIS_GONE = str.maketrans("*_", "  ")


def _unemphasised(line: str) -> str:
    """`line` with its emphasis marks as spaces: "- **ep 2: 5/10**" reads as the list line it is."""
    return line.translate(_EMPHASIS_GONE)


def _emphasised_entry(line: str) -> bool:
    """Is there emphasis in this list `line` (or its start), past its bullet ("- **ep 9:",
    "* _Episode 4_ —"), which a bullet's "*" is not?"""
    line = line.lstrip(" \t>")
    if line.startswith(_BULLETS):
        line = line[len(_BULLETS[0]) :]
    return "*" in line or "_" in line


# this episode's label alone before its score, opening the line: "This episode: 8/10",
# "**This week's episode:** ★★★★", "Today's episode score — 7/10" (a weekly post's score lines,
# this episode's over the season's so far or its average)
_THIS_EPISODE_LABEL = re.compile(
    r"[ \t>*_#\-•·]*(?:this|today['’]s|tonight['’]s)[ \t]+(?:week['’]s[ \t]+)?"
    r"(?:episode|ep\.?|week)(?:[ \t]+(?:score|rating|grade|verdict))?[ \t*_]*[:—–|\-][ \t*_]*",
    re.IGNORECASE,
)

# the writer's own label alone before their score, opening the line: "me: 7.5/10", "Mine —
# ★★★★", "my take: 6/10" (a notes page setting its writer's score apart from the friends' and
# the sites' listed above it: "- Dev says 9", "- MAL: 8.8"); or "my note:", "my mark:", a score
# as the writer's own language names it (French "note", German "Note", a school's mark), or
# the site's, as a translated page's verdict names it ("Editorial note:", "Our note:", from
# "Note de la rédaction", "Notre note"), or left in the writer's language on a page translated
# from it ("Ma note : 16/20", "Notre note :", Spanish "Mi nota:"), or the French site's closing
# verdict ("NOTE FINALE : 14/20", "Note globale :"; not the readers' "Note des lecteurs")
_OWN_LABEL = re.compile(
    r"[ \t>*_#\-•·]*(?:me|mine|my\s+take|for\s+me|my\s+(?:own\s+)?(?:note|mark)"
    r"|(?:our|editorial|editors?['’]?s?)\s+note|(?:ma|notre)\s+note|mi\s+nota"
    r"|note\s+(?:finale|globale|g[ée]n[ée]rale))"
    r"[ \t*_]*(?:[:—–|]|[ \t]-)[ \t*_]*",
    re.IGNORECASE,
)
# ...or naming the page's own verdict, the writer's or the site's, or the final one: "Our
# score: 8.5 / 10", "Final Score: 6/10", "My overall grade — B+" (a site's verdict box)
_VERDICT_LABEL = re.compile(
    r"[ \t>*_#\-•·]*(?:(?:my|our)[ \t]+(?:own[ \t]+)?|final[ \t]+|overall[ \t]+)+"
    r"(?:score|rating|grade|verdict)[ \t*_]*(?:[:—–|]|[ \t]-)[ \t*_]*",
    re.IGNORECASE,
)

# ...or within the sentence, the score after it: "Anyway, for the episode: 8/10. For the show so
# far, …" (a forum write-up's closing line, this episode's verdict beside the season's words)
_FOR_THIS_EPISODE = re.compile(
    r"\bfor\s+(?:this|the)\s+(?:episode|ep\.?|week)[ \t*_]*[:—–][ \t*_]*\Z", re.IGNORECASE
)


def _this_episode_label(text: str, line_start: int, start: int) -> bool:
    """Is the score at `start` labelled, alone, as this episode's ("This episode: 8/10"), its
    label opening the line? Such a label says the score is the review's, as a score word does."""
    return (
        start > line_start
        and text[start - 1] in " \t*_:—–|-"
        and _THIS_EPISODE_LABEL.fullmatch(text, line_start, start) is not None
    )


# ...or with only a space between, the label opening the line: "This episode 9/10" (a score
# card's label and value cells run together)
_THIS_EPISODE_SPACED = re.compile(
    r"[ \t>*_#\-•·]*(?:this|today['’]s|tonight['’]s)[ \t]+(?:week['’]s[ \t]+)?"
    r"(?:episode|ep\.?)[ \t]+",
    re.IGNORECASE,
)


def _this_episode_spaced(text: str, line_start: int, start: int) -> bool:
    """Is the score at `start` labelled "This episode" with only a space between, the label
    opening its line: this episode's score, not "episode 9 of 10"?"""
    return _THIS_EPISODE_SPACED.fullmatch(text, line_start, start) is not None


def _own_label(text: str, line_start: int, start: int) -> bool:
    """Is the score at `start` labelled, alone, as the writer's own ("me: 7.5/10"), its label
    opening the line? Set against the scores of others it follows, it is the writer's, as a
    score word makes it."""
    return (
        start > line_start
        and text[start - 1] in " \t*_:—–|"
        and _OWN_LABEL.fullmatch(text, line_start, start) is not None
    )


# a short label opening its line and naming the line a verdict: "TL;DR:", "**Verdict** —",
# "Short version -" (its words, _SCORE_KEYWORDS' own, up to the colon or dash)
_LINE_LABEL = re.compile(r"[ \t>*_#\-•·]*(?P<label>[^\n:—–]{1,40}?)[ \t*_]*(?:[:—–]|[ \t]-[ \t])")
# ...or naming it the writer's summary without a score's word: "overall:", "Overall thoughts —",
# "Bottom line:", "In short -" (a notes page's or a post's summing-up line)
_SUMMING_UP_LABEL = re.compile(r"\b(?:overall|bottom\s+line|in\s+(?:short|sum|brief))\b", re.I)


def _closes_a_labelled_line(text: str, line_start: int, start: int, end: int) -> bool:
    """Does the score at `start` close, as a sentence of its own, a line that a verdict's
    label opens ("**TL;DR: a great fight, a slow middle. 8/10.**", "Verdict: it drags. 6/10")
    or a summing-up's ("overall: really good, one of the better ones. 8.5/10")?
    The label names the whole line the writer's summary, the score its last word, though a
    sentence stands between them; one inside a later sentence ("… than the 9/10 I gave ep 3")
    or with words after it is left to the other tests."""
    line_end = text.find("\n", end)
    if text[end : len(text) if line_end < 0 else line_end].strip(_ALONE_MARKS):
        return False
    if not text[line_start:start].rstrip(" \t*_").endswith((".", "!", "?")):
        return False  # (not a sentence of its own: "… longer than 8/10")
    label = _LINE_LABEL.match(text, line_start, start)
    return (
        label is not None
        and not any(c.isdigit() for c in label["label"])
        and (
            _SCORE_KEYWORDS.search(label["label"]) is not None
            or _SUMMING_UP_LABEL.search(label["label"]) is not None
        )
        and _POLL_WORDS.search(label["label"]) is None
    )


def _closes_a_paragraph_under_label(text: str, line_start: int, start: int, end: int) -> bool:
    """Does the score at `start` close, as a sentence of its own, the paragraph right under a
    bare heading that names it ("Score" / "" / "A big turn, clumsily drawn. 7.5/10"), the
    heading's marks lost as an HTML page's text keeps it? The heading labels that paragraph,
    whose last word is the score; one inside a sentence or with words after it is not."""
    if line_start < 3 or text[line_start - 2] != "\n":
        return False
    line_end = text.find("\n", end)
    if text[end : len(text) if line_end < 0 else line_end].strip(_ALONE_MARKS):
        return False
    if not text[line_start:start].rstrip(" \t*_").endswith((".", "!", "?")):
        return False  # (not a sentence of its own: "… longer than 8/10")
    above_end = line_start - 2
    above_start = text.rfind("\n", 0, above_end) + 1
    return _bare_score_label(text[above_start:above_end].strip(_LINE_MARKS))


# a table's column header naming whose score each row holds: "Outlet | Critic | Score | Excerpt"
# (an aggregator's table of other outlets' reviews), "| Reviewer | Grade |"
_OTHERS_COLUMN = re.compile(
    r"(?:outlets?|critics?|reviewers?|publications?|sources?|sites?|magazines?|users?"
    r"|usernames?|members?|writers?|authors?)",
    re.IGNORECASE,
)
_TABLE_CELL_MARKS = " \t*_:"
_MIN_OTHERS_ROWS = 2  # rows under the header: one row under "Reviewer" may be the writer's card
_MAX_TABLE_LINES = 60  # a table's lines walked up over for its header


def _others_table_row(text: str, line_start: int) -> bool:
    """Is the line at `line_start` a row of a table (cells set apart by "|", as a Markdown
    table or an extracted HTML one reads) whose header, the table's first line, names a
    column for whose review each row is ("Outlet", "Critic", "Reviewer", "User"), with at
    least two rows under it? An aggregator's or a roundup's table of other outlets' scores
    ("Some Outlet | Some Critic | 7/10 | 70 | <excerpt>") holds none of the page's own,
    wherever it stands; one row under such a header may be a review card's, and stays."""
    if "|" not in _line_of(text, line_start):
        return False
    header = line_start  # up the table's lines, no blank line between, to its first
    for _ in range(_MAX_TABLE_LINES):
        above = _line_above(text, header)
        if above < 0 or "|" not in _line_of(text, above):
            break
        header = above
    blank = _line_above(text, header)  # the header over a Markdown table's rule, blanked
    if blank >= 0 and blank == header - 1:  # (boilerplate blanks lone separators)
        above = _line_above(text, blank)
        over = _line_above(text, above) if above >= 0 else -1
        if (
            above >= 0
            and "|" in _line_of(text, above)
            and (over < 0 or "|" not in _line_of(text, over))
        ):
            header = above
    cells = _line_of(text, header).split("|")
    if not any(_OTHERS_COLUMN.fullmatch(cell.strip(_TABLE_CELL_MARKS)) for cell in cells):
        return False
    rows = 0  # the rows under the header (a Markdown table's "|---|---|" rule is none)
    at = text.find("\n", header)
    if text.startswith("\n\n", at):  # (the rule, blanked as a lone separator)
        at += 1
    while at >= 0 and rows < _MIN_OTHERS_ROWS:
        row = _line_of(text, at + 1)
        if "|" not in row:
            break
        rows += bool(row.strip(" \t|:-"))
        at = text.find("\n", at + 1)
    return rows >= _MIN_OTHERS_ROWS


# the header of a table with a row per show ("Show  Ep  Score", "| Anime | Episode | Rating |",
# its spaces collapsed as lines are): only columns' words, the first naming the show, another
# its score
_SHOW_COLUMN = frozenset(("show", "shows", "anime", "series", "title"))
_SCORE_COLUMN = frozenset(("score", "scores", "rating", "ratings", "grade", "grades", "verdict"))
_TABLE_COLUMNS = _SHOW_COLUMN | _SCORE_COLUMN | {"ep", "ep.", "eps", "episode", "episodes", "#"}
_TABLE_HEADER_CELLS = re.compile(r"[\s|*_:]+")
_MAX_HEADER = 60
# a row's episode cell, right before its score: "Metallic Rouge 8 8/10", "| Show | ep 8 | B |"
_ROW_EPISODE = re.compile(r"(?:[ \t|]+(?:episode|ep\.?)?[ \t]*#?\d{1,4})?[ \t|*_:]*\Z", re.I)


def _shows_table_row(text: str, line_start: int, start: int, anime: str) -> bool | None:
    """Is the score at `start` in a row of a table of shows' scores (a newsletter's "This
    week's scores": a header "Show  Ep  Score", then a row per show, its name, perhaps its
    episode, and its score), and is it the row of the document's own `anime`? None when the
    line is no such row; False for another show's row (that show's score, not the review's),
    True for the anime's own: the score the writer gives the review's episode, wherever the
    table stands. The table is its lines with no blank line between; its header its first."""
    header = line_start
    for _ in range(_MAX_TABLE_LINES):
        above = _line_above(text, header)
        if above < 0 or above == header - 1:  # (the text's start, a blank line)
            break
        header = above
    if header == line_start:
        return None
    line = _line_of(text, header)
    if len(line) > _MAX_HEADER:
        return None
    heads = [cell.casefold() for cell in _TABLE_HEADER_CELLS.split(line) if cell]
    if (
        not heads
        or heads[0] not in _SHOW_COLUMN
        or not _TABLE_COLUMNS.issuperset(heads)
        or not _SCORE_COLUMN.intersection(heads)
    ):
        return None
    row = text[line_start:start]
    cell = _ROW_EPISODE.search(row)  # (always found: all of it may be empty)
    name = row[: cell.start() if cell else len(row)].strip(" \t|*_:").casefold()
    own = anime.casefold()
    return bool(name) and (name == own or own.startswith(f"{name}:"))


def _line_above(text: str, line_start: int) -> int:
    """Where the line above the one at `line_start` opens; -1 at the text's first line."""
    return text.rfind("\n", 0, line_start - 1) + 1 if line_start > 0 else -1


def _listed(text: str, line_start: int, start: int, episode: int | None) -> bool:
    """Is the score at `start` an entry of a per-episode list: on a line opening with an
    episode's or a list's number ("Ep 3: 7/10", "3. 7/10"), but for the document's own
    episode's label alone (_own_episode_line), or on a line holding several episodes' scores
    ("Running tally: ep 1 ★★★ · ep 2 ★★½")? A paragraph that opens with an episode's number
    is no list, for a score in a later sentence of it with no list line beside it ("Episode 40
    was a 9/10 for me. This one is the peak of the season: 9.5/10."). A row of a table of
    other reviewers' scores (_others_table_row) is an entry too."""
    if _others_table_row(text, line_start):
        return True
    label = _LIST_LINE.match(text, line_start) if line_start < start else None
    if label is not None and not (
        # a paragraph opening with another episode's number, the score in a later sentence
        # of it, no list beside it: not the list's entry
        _in_a_later_sentence(text, label.end(), start)
        and not _list_lines_beside(text, line_start, start)
    ):
        return not _own_episode_line(text, line_start, start, episode)
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if len(_EPISODE_SCORE.findall(line)) >= _MIN_TALLY:
        return True
    above = _heading_above(text, line_start)  # (one walk up for both tests)
    return _under_another_episodes_heading(text, above, episode) or _others_reviews_entry(
        text, above, line_start, start
    )


# a heading naming one episode, all of its line: "## Episode 4", "Episode 4: The Bounty",
# "**Ep. 4 — The Bounty**" (an episode guide's entry, a web page's <h2> as a line of its own)
_EPISODE_HEADING = re.compile(
    r"[ \t>#*_]*(?:episode|ep\.?)[ \t]*#?(?P<number>\d{1,4})(?![\d/.,]\d)(?:[^\n]{0,70})",
    re.IGNORECASE,
)
# any other episode's heading further on, as an episode guide has one per entry
_NEXT_EPISODE_HEADING = re.compile(r"\n[ \t>#*_]*(?:episode|ep\.?)[ \t]*#?\d", re.IGNORECASE)
_MAX_HEADING = 80
_HEADING_REACH = 3000  # characters looked back over for the score's section heading
_NOT_A_HEADING_END = ".,;:"


def _heading_above(text: str, line_start: int) -> tuple[int, int] | None:
    """The span of the nearest heading above the line at `line_start`, within _HEADING_REACH:
    a Markdown "#" line, or a short line standing alone between blank lines that does not end
    as a sentence does (a web page's <h2> as its text reads); None when there is none."""
    floor = max(0, line_start - _HEADING_REACH)
    end = line_start - 1
    while end > floor:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line.startswith("#"):
            return start, end
        if (
            0 < len(line) <= _MAX_HEADING
            and (start < 2 or text[start - 2] == "\n")
            and text.startswith("\n\n", end)
            and line.rstrip("*_")[-1:] not in _NOT_A_HEADING_END
        ):
            return start, end
        end = start - 1
    return None


def _under_another_episodes_heading(
    text: str, above: tuple[int, int] | None, episode: int | None
) -> bool:
    """Is a line whose heading above is `above` (_heading_above's span) in an episode guide's
    entry: under a heading naming an episode (not the document's own `episode`) of a text
    that heads another entry so too ("## Episode 4" / the episode's summary / "**Rating:**
    8/10", then "## Episode 5" …)? A guide to a season rates each episode under its heading;
    those are the episodes' scores, not the guide's (a season review's overall one stands
    under a heading of its own)."""
    if above is None:
        return False
    heading = _EPISODE_HEADING.fullmatch(text, *above)
    if heading is None or int(heading["number"]) == episode:
        return False
    number = heading["number"]
    for other in _NEXT_EPISODE_HEADING.finditer(text):
        other_start = other.start() + 1
        other_end = text.find("\n", other_start)
        other_end = len(text) if other_end < 0 else other_end
        found = _EPISODE_HEADING.fullmatch(text, other_start, other_end)
        if (
            found is not None
            and found["number"] != number
            and text[other_start:other_end].rstrip(" \t*_")[-1:] not in _NOT_A_HEADING_END
        ):
            return True
    return False


# a section heading naming others' reviews, several of them: "Critic Reviews", "User Reviews",
# "Readers' ratings", "More reviews", "What the critics say" (an aggregator's list of outlets)
_OTHERS_REVIEWS_HEADING = re.compile(
    r"[ \t>#*_]*(?:(?:critic|user|reader|member|press|outlet|fan|community|other|more)s?['’]?"
    r"[ \t]+(?:reviews|ratings|scores|takes)|what[ \t]+(?:the[ \t]+)?(?:critics|reviewers|others)"
    r"[ \t]+(?:say|said|think|thought|are[ \t]+saying))[ \t*_:]*",
    re.IGNORECASE,
)


def _others_reviews_entry(
    text: str, above: tuple[int, int] | None, line_start: int, start: int
) -> bool:
    """Is the line at `line_start`, its heading above at `above` (_heading_above's), an
    entry of a list under a heading naming others' reviews ("Critic Reviews"
    over "- <Outlet> — <Critic> … Original score: 9/10", as an aggregator lists the outlets'
    scores)? Each entry's score is its outlet's or user's, never the page's; a paragraph
    there (a user's review that is the page) is no list's entry. A score at `start` after a
    label opening its line that names it the page's own verdict ("Our score: 8.5 / 10",
    "Final Score: 6/10", "me: 7/10") is the page's under such a heading too: a site's
    verdict box, which extraction drops and the page's text gets back after the article,
    lands under the article's last section when that lists others' scores ("What others
    think" over "- Reader average: 6.8/10")."""
    return (
        above is not None
        and _OTHERS_REVIEWS_HEADING.fullmatch(text, *above) is not None
        and not _own_label(text, line_start, start)
        and _VERDICT_LABEL.fullmatch(text, line_start, start) is None
    )


def _line_of(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]


# a plea to the reader to rate the site or show, not a score: "Rate us five stars wherever you
# listen!", "leave us ★★★★★ on your podcast app"
_PLEA = re.compile(r"\b(?:rate|rating|give|leave|review)\s+us\b[^.!?\n]{0,24}\Z", re.IGNORECASE)


def _in_list_or_poll(text: str, start: int, end: int, episode: int | None = None) -> bool:
    """Is this score an entry of a per-episode list, a reader poll's, or another work's?
    (`episode`: the document's, whose own label is no list's.)"""
    line_start = text.rfind("\n", 0, start) + 1
    if _listed(text, line_start, start, episode):
        return True
    before = text[max(line_start, start - _CONTEXT) : start]
    after = text[end : end + 50].split("\n", 1)[0]
    edge = max(before.rfind("."), before.rfind("!"), before.rfind("?"))
    # ("8.5/10 (my season average was about 8)": an aside with its own figure, set beside it)
    gives = _WRITER_GIVES.search(before, edge + 1) is not None
    if _poll_after(text, end, after, gives) or _BY_HANDLE.match(after) is not None:
        return True
    if _polled(before) and (
        # a poll's word in an earlier sentence only ("Averages undersell it. The season earns
        # a B- from me"): the writer's own, when the score's sentence says it is theirs
        _polled(before, edge + 1) or _WRITER_GIVES.search(f"{before[edge + 1 :]} {after}") is None
    ):
        return True
    if _PLEA.search(before) is not None:
        return True
    return _reported(before[edge + 1 :]) or _elsewhere(
        text, line_start, start, before[edge + 1 :], episode
    )


def _may_hold_grade(line: str) -> bool:
    """Could _GRADE or _GRADE_AT_END match in `line`? (A C-speed test that is never wrong
    about a line that holds one: each pattern opens with one of the cue words after a word
    boundary. Most lines are prose without any, or with one inside a word: "learns".)"""
    if not line.isascii() and any(c in line for c in _CASE_FOLDED):
        return True
    lowered = ascii_lowered(line)
    for cue in _GRADE_CUES:
        at = lowered.find(cue)
        while at >= 0:
            # an ASCII letter, digit or "_" before it: no word boundary (any other byte may be
            # part of a character that is not a word character)
            if at == 0 or lowered[at - 1] not in _WORD_BYTES:
                return True
            at = lowered.find(cue, at + 1)
    return False


_CUE_WORDS = tuple(cue.decode() for cue in _GRADE_CUES)


def _cue_starts(line: str, line_start: int) -> list[int] | None:
    """Where (text offsets) one of _GRADE_CUES starts in `line`, which starts at `line_start`,
    in any casing, in order: every place _GRADE and _GRADE_AT_END can match from, as each
    opens with a cue word. None when the line holds a character that IGNORECASE equates with
    an ASCII letter (İ ı K ſ), where lower-casing would not find each (scan it instead)."""
    if not line.isascii() and any(c in line for c in _CASE_FOLDED):
        return None
    lowered = line.lower()  # (the same length: İ is the one character lengthened)
    return [line_start + at for at in find_all(lowered, _CUE_WORDS)]


# For _candidate_lines: a byte of a letter A-F -> "A"; of an ASCII character that keeps a
# letter next to it from being a grade token (a word character, an apostrophe) -> "w"; any
# other byte, a non-ASCII character's among them, -> " ".
_TOKEN_BYTES = bytes(
    ord("A")
    if chr(b) in "ABCDEF"
    else ord("w")
    if chr(b).isascii() and (chr(b).isalnum() or chr(b) in "_'")
    else ord(" ")
    for b in range(256)
)


def _candidate_lines(text: str, start: int, end: int, encoded: bytes | None = None) -> list[int]:
    """The starts of the lines of text[start:end] (`start` a line's start) that may hold a
    _GRADE_TOKEN match, in order: every line that does, and few others. A letter A-F with a
    word character or apostrophe on either side is no token, so mapping the span's UTF-8
    bytes through _TOKEN_BYTES and looking for " A " finds each token (and some letters next
    to non-ASCII characters or "+-", which the caller tests with the pattern): C-speed
    translate and find, where the pattern itself runs about four times slower."""
    if encoded is None:  # (or the caller's encoding of text[start:end])
        encoded = text[start:end].encode("utf-8", "surrogatepass")
    marks = b" " + encoded.translate(_TOKEN_BYTES) + b" "
    at = marks.find(b" A ")
    if at < 0:
        return []
    starts: list[int] = []
    line_start = start
    counted = 0  # the newlines of `encoded` before `counted` are behind `line_start`
    while at >= 0:  # the letter is marks[at + 1], encoded[at]
        newlines = encoded.count(b"\n", counted, at)
        counted = at
        for _ in range(newlines):
            line_start = text.find("\n", line_start) + 1
        if not starts or starts[-1] != line_start:
            starts.append(line_start)
        at = marks.find(b" A ", at + 2)
    return starts


# a grade ending its line after a colon or a dash ("For the finale on its own: B-"), which
# counts under a heading that labels it (_under_label_heading); an article and a word may
# qualify it ("Episode 3: a solid B.", "Finale: an easy A")
_GRADE_TAIL = re.compile(
    r"[:—–][ \t*_]*(?:[Aa]n?[ \t]+(?:[a-z]+[ \t]+)?)?"
    r"(?P<grade>(?<![\w'’])[A-F][+\-−]?)[*_]*[ \t.!]*[*_]*\Z"
)
_TAIL_MARKS = " \t.!*_+-−"
# what comes right before a grade's letter in _GRADE_TAIL: a separator, a space, a mark
_GRADE_TAIL_LEAD = frozenset(":—– \t*_")


# a heading's word naming its section the writer's grading ("## Grading the finale"), beside
# _SCORE_KEYWORDS' (a heading only: prose's "colour grading" grades no episode)
_GRADING = re.compile(r"\bgrading\b", re.IGNORECASE)


# a site's or a column's name, capitalised, before its score's word: "The Night Desk grade",
# "Hollow Lantern's Verdict" (a name, not a sentence, however many words it has)
_SITES_LABEL = re.compile(r"(?:[A-Z][\w'’.&\-]*[ \t]+){1,4}(?i:grade|verdict|score|rating)")


def _label_heading(label: str) -> bool:
    """Is `label` (a line, its marks stripped) a short heading that names a score or grade
    ("MY GRADE", "The verdict:", "Grading the finale", "The Night Desk grade": a site's name
    before it), not a sentence nor a poll's?"""
    return (
        0 < len(label) <= _MAX_LABEL_ABOVE
        and (
            len(label.split()) <= _MAX_CARD_LABEL_WORDS or _SITES_LABEL.fullmatch(label) is not None
        )
        and label[-1] not in '.!?,;)"”'
        and not any(c.isdigit() for c in label)
        and (_SCORE_KEYWORDS.search(label) is not None or _GRADING.search(label) is not None)
        and _POLL_WORDS.search(label) is None
    )


def _under_label_heading(text: str, line_start: int) -> bool:
    """Does the line at `line_start` come right under a _label_heading line, or one blank
    line below it (a plain-text letter's "MY GRADE" / "" / "For the finale: B-")?"""
    above = _line_or_label_above(text, line_start)
    return above is not None and _label_heading(text[above[0] : above[1]].strip(_LINE_MARKS))


def _set_apart_in_graded_section(text: str, line_start: int, tail_start: int) -> bool:
    """Is the line at `line_start`, a grade ending it after a short label (`tail_start`: the
    label's colon or dash), set apart in a section whose heading names it, paragraphs between
    ("## Grading the finale" / "… For this one:" / "**Finale: B-**"), as a blog post closes
    its section on its grade? The label is no sentence nor a list's item (which grades an
    entry: "- Other Show ep 2: A"), and no line beside it (past blank lines) ends on a grade
    so but for a catch-up's ("Last week: B"): a card of sub-grades ("Story: B" / "Music: A")
    grades no episode."""
    lead = text[line_start:tail_start]
    label = lead.strip(_LINE_MARKS)
    if ". " in label and not label.endswith(". "):
        # the label a sentence of its own closing a paragraph's line, its grade emphasised
        # ("… over half points. For the pair: **B+**."), not prose's ("… worse. Honestly: B")
        # nor a catch-up's ("… fine. Last week: **B**")
        line_end = text.find("\n", tail_start)
        tail = text[tail_start : len(text) if line_end < 0 else line_end]
        if "*" not in tail and "_" not in tail:
            return False
        label = label[label.rfind(". ") + 2 :]
        if _CATCH_UP_LABEL.match(label) is not None:
            return False
    if (
        not 0 < len(label) <= _MAX_LABEL_ABOVE
        or any(c in label for c in ".!?")
        or lead.lstrip(" \t>").startswith(_BULLETS)
    ):
        return False
    heading = _heading_above(text, line_start)
    if heading is None or not _label_heading(text[heading[0] : heading[1]].strip(_LINE_MARKS)):
        return False
    return not any(
        _GRADE_TAIL.search(line.rstrip()) is not None and _CATCH_UP_LABEL.match(line) is None
        for line in _lines_beside(text, line_start, tail_start)
    )


# a later sentence of a paragraph that is a short label and a grade, the sentence ending on it
# ("… did. This week: A-. Loses a notch …"): no digit, sentence end or dash in the label, and a
# full stop or the line's end right after the grade (not an article: "Next week: A new arc")
_SENTENCE_GRADE = re.compile(
    r"[.!?][ \t]+(?P<label>[A-Z][^\n.!?:\u2014\u2013\d]{0,40}?)[ \t*_]*[:\u2014\u2013][ \t*_]*"
    r"(?P<grade>[A-F][+\-\u2212]?)[*_]*(?:[.!](?=[ \t]|\Z)|\Z)"
)


# the writer stating their grade in a sentence's label of their own: "I'll commit", "This time
# I'm going with", "So I'd give it" (a few words, "I" the clause's subject)
_WRITER_COMMITS = re.compile(
    r"(?:[^\W\d_]+[ \t]+){0,3}I(?:['’](?:ll|m|d))?(?:[ \t]+[^\W\d_]+){1,3}"
)
# ...not a grade thought of or given before: "Last time I gave it", "I almost went with"
_NOT_COMMITTED = re.compile(
    r"\b(?:last|previous(?:ly)?|before|was|were|had|gave|thought|almost|nearly|would|could"
    r"|might|wanted|if)\b",
    re.IGNORECASE,
)


def _writer_commits(label: str) -> bool:
    """Is a later sentence's `label` before its grade the writer stating theirs now ("This
    time I'll commit: B-", "So I'm going with: C+"), not a grade of another time or thought?"""
    return _WRITER_COMMITS.fullmatch(label) is not None and _NOT_COMMITTED.search(label) is None


def _sentence_grade_under_heading(
    text: str, line_start: int, line_end: int
) -> re.Match[str] | None:
    """The one grade of a paragraph right under a heading that names it ("Grade"), given in a
    later sentence of its own after this episode's label ("I grade the way my teacher did.
    This week: A-. Loses a notch …"; not a catch-up's "Last week: B", nor prose's "Honestly:
    B"); None when the paragraph has no such sentence, or more than one."""
    found = [
        m
        for m in _SENTENCE_GRADE.finditer(text, line_start, line_end)
        if _THIS_EPISODE_LABEL.fullmatch(m.group("label") + ":") is not None
        or _writer_commits(m.group("label"))
    ]
    if len(found) != 1 or not _under_label_heading(text, line_start):
        return None
    return found[0]


# "call it", "calling this": the writer naming a verdict (_GRADE's cue), in ascii_lowered bytes
_CALLS_IT = re.compile(rb"call(?:ing)?[ \t]+(?:it|this)[ \t]")


def _calls_it(lowered: bytes, end: int) -> bool:
    """Does the writer "call it" something in lowered[:end] (ascii_lowered text)? One search:
    the pattern opens with its literal "call", which the regex engine scans for faster than a
    bytes.find per "call" and a match at each."""
    return _CALLS_IT.search(lowered, 0, end) is not None


# the end of a line's first sentence, more of the line after it: "For the first half: **B-**.
# Episodes 4 and 6 are good, …"
_FIRST_SENTENCE_END = re.compile(r"[.!](?=[ \t]+\S)")
_MAX_LABELLED_SENTENCE = _MAX_LABEL_ABOVE + 16  # the label, its colon, the grade and its marks


def _grade_tail_end(text: str, line: str, line_start: int, line_end: int) -> int:
    """Where a grade ending its line after a label (_GRADE_TAIL) would end: the line's end
    ("For the finale on its own: B-"), or its first sentence's when the line goes on after it
    ("For the first half: **B-**. Episodes 4 and 6 are good, …", a section's verdict opening
    its paragraph); -1 when neither can end on a grade (a C-speed look at the end's marks)."""
    if line.rstrip(_TAIL_MARKS)[-2:-1] in _GRADE_TAIL_LEAD:
        return line_end
    stop = _FIRST_SENTENCE_END.search(
        text, line_start, min(line_end, line_start + _MAX_LABELLED_SENTENCE)
    )
    if stop is None:
        return -1
    sentence = text[line_start : stop.start() + 1]
    return stop.start() + 1 if sentence.rstrip(_TAIL_MARKS)[-2:-1] in _GRADE_TAIL_LEAD else -1


# a grade closing its line as a sentence of its own, after the sentence before it: "… a grim,
# confident episode. B+" (_closing_sentence_grade matches it from that sentence's end)
_CLOSING_SENTENCE_GRADE = re.compile(r"[.!?][ \t*_]+(?P<grade>[A-F][+\-−]?)[*_]*[ \t.!]*")
_SENTENCE_ENDS = (". ", "! ", "? ")


def _closing_sentence_grade(
    text: str, line: str, line_start: int, line_end: int
) -> re.Match[str] | None:
    """The grade closing, as a sentence of its own, a line that a verdict's label opens, a
    short sentence between them ("Verdict: a grim, confident episode. B+", "TL;DR: it drags.
    **C**"), as _closes_a_labelled_line reads a fraction there; None for a grade inside a later
    sentence ("… than the B I gave ep 3") or a line no such label opens (a comment's "A- from
    me.", a related post's "(A-)")."""
    kept = line.rstrip(_TAIL_MARKS)
    if not kept or kept[-1] not in "ABCDEF":  # (a C-speed look at the line's last letter)
        return None
    stop = max(kept.rfind(end) for end in _SENTENCE_ENDS)
    if stop < 0:
        return None
    match = _CLOSING_SENTENCE_GRADE.fullmatch(text, line_start + stop, line_end)
    if match is None or not _closes_a_labelled_line(
        text, line_start, match.start("grade"), match.end("grade")
    ):
        return None
    return match


# b"rade" or b"erdict" in ascii_lowered bytes, in one scan for their "d" (two finds, their
# needles ending in common letters, cost twice as long: ~12 us on a 10 KB body, ~6)
_GRADE_WORD_BYTES = re.compile(rb"d(?:e(?<=rade)|ict(?<=erdict))")


def _grade_matches(text: str, closing_from: int, lowered: bytes) -> list[re.Match[str]]:
    """Letter grades in the closing part of `text`, or on a line that says grade or verdict,
    or that calls it one ("I'd call it a B-"): a grade is given at the end or labelled or so
    named; scanning every line of a long text would cost more than the rest of parsing."""
    closing_line = text.rfind("\n", 0, closing_from) + 1
    spans = {(closing_line, len(text))}
    closing = text[closing_line:].encode("utf-8", "surrogatepass")
    before = len(lowered) - len(closing)  # the bytes of `lowered` before the closing line
    # (nothing before the closing line, as in a paragraph read on its own: no labelled line)
    labelled = before > 0 and _GRADE_WORD_BYTES.search(lowered, 0, before) is not None
    needles: tuple[str, ...] = ("rade", "RADE", "erdict", "ERDICT")
    if (
        before > 0
        and lowered.find(b"|", 0, before) >= 0
        and lowered.find(b"verall", 0, before) >= 0
    ):
        # a table's "| **Overall** | **B** |" row (prose "overall" only counts in the closing)
        labelled = True
        needles += ("verall", "VERALL")
    if before > 0 and _calls_it(lowered, before):
        # the writer naming the grade mid-text: "I'd call it a B-", then the post's housekeeping
        labelled = True
        needles += ("call", "Call", "CALL")
    for at in find_all(text, needles) if labelled else ():
        if at < closing_line:
            line_end = text.find("\n", at)
            if line_end >= 0:  # and the line under it, where a label's grade may be
                next_end = text.find("\n", line_end + 1)
                label_start = text.rfind("\n", 0, at) + 1
                if next_end == line_end + 1 and (
                    text.startswith("#", label_start)
                    or _label_heading(text[label_start:line_end].strip(_LINE_MARKS))
                ):
                    # a Markdown heading's or a short label line's ("MY GRADE"): a blank
                    # line, then its paragraph
                    next_end = text.find("\n", next_end + 1)
                line_end = min(len(text) if next_end < 0 else next_end, closing_line)
            spans.add((text.rfind("\n", 0, at) + 1, len(text) if line_end < 0 else line_end))
    found: list[re.Match[str]] = []
    seen: set[int] = set()
    for start, end in sorted(spans):
        # only lines holding a letter that could be a grade
        encoded = closing if start == closing_line else None
        for line_start in _candidate_lines(text, start, end, encoded):
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            if _GRADE_TOKEN.search(text, line_start, line_end) is None:
                continue
            lead = _GRADE_LEAD.match(text, line_start, line_end)
            if (
                lead is not None
                and lead.start() not in seen
                and (
                    _labelled_above(text, line_start, lead.start("grade"))
                    or _labelled_below(text, lead, line_end)
                    # a web page's <h2> read as text: "Grade" / "" / "B+. A lovely first half"
                    or _under_label_heading(text, line_start)
                )
            ):
                seen.add(lead.start())
                found.append(lead)
            line = text[line_start:line_end]
            tail_end = _grade_tail_end(text, line, line_start, line_end)
            if tail_end >= 0:
                # "For the finale on its own: B-" under a "MY GRADE" heading
                tail = _GRADE_TAIL.search(text, line_start, tail_end)
                if (
                    tail is not None
                    and tail.start() not in seen
                    and (tail_end == line_end or tail.start() - line_start <= _MAX_LABEL_ABOVE)
                    and (
                        _under_label_heading(text, line_start)
                        or _set_apart_in_graded_section(text, line_start, tail.start())
                    )
                ):
                    seen.add(tail.start())
                    found.append(tail)
            elif ": " in line or "\u2014" in line or "\u2013" in line:
                # "Grade" / "I grade the way my teacher did. This week: A-. Loses a notch …"
                said = _sentence_grade_under_heading(text, line_start, line_end)
                if said is not None and said.start() not in seen:
                    seen.add(said.start())
                    found.append(said)
            # "Verdict: a grim, confident episode. B+": the label's, a sentence between
            closer = _closing_sentence_grade(text, line, line_start, line_end)
            if closer is not None and closer.start() not in seen:
                seen.add(closer.start())
                found.append(closer)
            if not _may_hold_grade(line):
                continue
            cues = _cue_starts(line, line_start)
            for pattern in (_GRADE, _GRADE_AT_END, _GRADE_ROW):
                matches = (
                    pattern.finditer(text, line_start, line_end)
                    if cues is None or pattern is _GRADE_ROW  # (which opens with "|": fast)
                    else matches_from(pattern, text, cues, line_end)
                )
                for match in matches:
                    if match.start() not in seen and not (
                        pattern is _GRADE
                        and _ARTICLE_AFTER_LABEL.match(text, match.start("grade")) is not None
                        and text[match.start() : match.start("grade")].rstrip(" \t*")[-1:] in ":-–—"
                    ):
                        seen.add(match.start())
                        found.append(match)
    return found


# "star" and what follows it in a word of stars ("stars", "star ", "star.", "star,"), not
# "start", "stare" (in ascii_lowered bytes; the pattern's scan for its literal start is faster
# than a bytes.find per "star")
_STAR_WORD = re.compile(rb"star[s .,]")


def _says_star(lowered: bytes) -> bool:
    """Is "star" followed by "s", " ", "." or "," anywhere in `lowered` (not "start", "stare")?"""
    return _STAR_WORD.search(lowered) is not None


def _says_half(lowered: bytes) -> bool:
    """Is b"1/2" in `lowered`? Looked for at each "/", a byte found at memchr speed (a search
    for the three bytes is a slow pass over a text without them); past _MAX_SLASHES slashes,
    by that search."""
    at = lowered.find(b"/")
    for _ in range(_MAX_SLASHES):
        if at < 0:
            return False
        if at > 0 and lowered[at - 1] == 0x31 and lowered[at + 1 : at + 2] == b"2":
            return True
        at = lowered.find(b"/", at + 1)
    return b"1/2" in lowered


_MAX_SLASHES = 32


def _label_before(text: str, start: int) -> str:
    """What may label a score at `start`: its line's words before it, or, when it opens its
    line (maybe in emphasis: "## Final rating" / "" / "**★★★★½**"), the line before ("Our
    rating" / "★★★½"); never a line further up, whose own score it labels ("Rating: ★★★★☆"
    / "More reviews: Other Show ★★★☆☆")."""
    before = text[max(0, start - _CONTEXT) : start]
    cut = before.rfind("\n")
    if cut < 0:
        return before
    lead = before[cut + 1 :]
    if lead.strip() and (lead.strip(" \t*_") or not lead.endswith(("*", "_"))):
        return lead  # (words, or a list's bullet: "* ★★★★★" under a poll's question)
    above = before[:cut].rstrip("\n")
    return above[above.rfind("\n") + 1 :]


# "Final" alone labelling the stars after it, opening the line: "Final: ★★★½", "**Final
# thoughts** — ★★★★" (a post's closing verdict, without a score's word)
_FINAL_LABEL = re.compile(
    r"[ \t>*_#\-•·]*final(?:[ \t]+(?:thoughts|take|word|call))?[ \t*_]*(?:[:—–|]|[ \t]-)[ \t*_]*",
    re.IGNORECASE,
)
_MAX_FINAL_LABEL = 32


def _final_label(text: str, line_start: int, start: int) -> bool:
    """Is the score at `start` labelled "Final" alone ("Final: ★★★½"), the label opening its
    line? The writer's closing verdict, as a score's word makes it."""
    return (
        line_start < start <= line_start + _MAX_FINAL_LABEL
        and _FINAL_LABEL.fullmatch(text, line_start, start) is not None
    )


def _labelled(text: str, start: int, episode: int | None) -> bool:
    """Is the score at `start` labelled as one ("Our rating: ★★★½", "Final: ★★★½"), or by the
    document's own episode alone ("Episode 4: ★★★½" in a review of episode 4, "This episode:
    ★★★½")?"""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        _SCORE_KEYWORDS.search(_label_before(text, start)) is not None
        or _own_episode_line(text, line_start, start, episode)
        or _this_episode_label(text, line_start, start)
        or _own_label(text, line_start, start)
        or _final_label(text, line_start, start)
    )


# another work than the episode, given the grade: "the movie got a B", "gave the manga an A-"
_OTHER_WORKS_GRADE = re.compile(
    r"\bthe\s+(?:movie|film|manga|(?:light\s+)?novels?|game|ova|spin-?off|sequel|prequel)"
    r"\s+(?:(?:got|gets|earned|earns|deserved|deserves)\s+)?(?:an?\s+)?[*_]*\Z",
    re.IGNORECASE,
)
_OTHER_WORKS_REACH = 40  # "the light novel deserves an **", the grade's letter after it


# an aspect of the show named right before a grade's own label ("Music grade: B+", "OP
# rating: C"): that aspect's grade, as a card's sub-grades are
_ASPECT_BEFORE = re.compile(
    r"\b(?:story|plot|animation|art|visuals|sound|music|soundtrack|ost|op|ed|opening|ending"
    r"|characters?|acting|direction|writing|pacing)[ \t]+\Z",
    re.IGNORECASE,
)


def _another_works_grade(text: str, at: int) -> bool:
    """Is the grade at `at` given to another work than an episode, named right before it ("the
    movie got a B", "I gave the manga a B+")? For an episode's review: a movie's page names
    itself so."""
    lead = text[max(text.rfind("\n", 0, at) + 1, at - _OTHER_WORKS_REACH) : at]
    return "the" in lead.lower() and _OTHER_WORKS_GRADE.search(lead) is not None


# "out of" or a slash right before a row of stars: the row is the scale a score's stars are
# given on ("★★★½ out of ★★★★★", "★★★ / ★★★★★"), not a score
_GLYPH_SCALE_BEFORE = re.compile(r"(?:\bout[ \t]+of|/)[ \t]*\Z", re.IGNORECASE)


def _glyph_candidates(
    text: str,
    closing_from: int,
    in_title: bool,
    lowered: bytes,
    words_out_of: bool,
    episode: int | None = None,
) -> list[_Candidate]:
    """Star glyphs (★★★½, ⭐️⭐️⭐️ 1/2, ★★★★☆), "4 1/2 out of 5 stars", "four stars" and letter
    grades ("Grade: B+", kept as written, with no value unless a scale is stated)."""
    found: list[_Candidate] = []
    if not text.isascii() and ("★" in text or "⭐" in text or "🌟" in text):
        for match in _STAR_RUN.finditer(text):
            if _GLYPH_SCALE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
                continue  # "★★★½ out of ★★★★★": the row after "out of" is the scale
            stars = _star_row(match)
            if stars is None or _in_list_or_poll(text, match.start(), match.end(), episode):
                continue
            if stars.value == 1 and match.group("half") is None and not match.group("empty"):
                if _COUNTER.match(text, match.end()):
                    continue  # "⭐ 38": a post's favourites, a counter like "💬 4 🔁 11"
                if _BUTTON_AFTER.match(text, match.end()):
                    continue  # "★ Like": a button's icon, not a one-star rating
                at = match.start()
                if _FRACTION_BEFORE.search(text, max(0, at - _REACH_BACK), at):
                    continue  # "4/5 ⭐": the fraction's decoration, not a one-star rating
            keyword = _labelled(text, match.start(), episode)
            alone = _alone_at(text, match.start(), match.end())
            found.append(_Candidate((int(keyword), 1, alone, match.start()), stars))
    mixed = ("/" in text and _says_half(lowered)) or "½" in text
    for match in _MIXED.finditer(text) if mixed else ():
        scale = float(match.group("scale") or 5)
        value = int(match.group("whole")) + 0.5
        if scale not in _SCALES or value > scale:
            continue
        if _in_list_or_poll(text, match.start(), match.end(), episode):
            continue
        keyword = _labelled(text, match.start(), episode)
        unit = match.group("unit") or match.group("stars")
        closing = in_title or match.start() >= closing_from or unit is not None
        if keyword or closing:
            score = Score(raw=match.group(0).strip(), value=value, scale=scale)
            alone = _alone_at(text, match.start(), match.end())
            found.append(_Candidate((int(keyword), int(closing), alone, match.start()), score))
    worded = _says_star(lowered) and any(
        w in text for w in ("stars", "Stars", "STARS", "star ", "star.", "star,")
    )
    for match in _WORD_STARS.finditer(text) if worded else ():
        value = _WORD_VALUES[match.group("word").lower()] + (0.5 if match.group("half") else 0)
        stated = match.group("scale")  # "two stars out of three": a scale of its own
        scale = _unit_number(stated) if stated else 5.0
        if value > scale:
            continue
        if text[max(0, match.start() - 8) : match.start()].rstrip().lower().endswith("of"):
            continue  # "a score out of five stars", "a scale of five stars": the scale
        if _RANGE_BOTTOM.search(text, max(0, match.start() - 10), match.start()):
            continue  # "from one to four stars": the scale's top
        if _in_list_or_poll(text, match.start(), match.end(), episode):
            continue
        keyword = _labelled(text, match.start(), episode)
        score = Score(raw=match.group(0).strip(), value=value, scale=scale)
        alone = _alone_at(text, match.start(), match.end())
        found.append(_Candidate((int(keyword), 1, alone, match.start()), score))
    for at in (
        find_all(text, ("stars", "Stars", "STARS", "star ", "star.", "star,")) if worded else ()
    ):
        # "Rating: 4.5 stars": a number of stars, labelled or closing the text
        number = _NUMBER_BEFORE_STARS.search(text, max(0, at - 8), at)
        if number is None:
            continue
        value = float(number.group("value").replace(",", "."))
        if not 0 < value <= 5:
            continue
        start = number.start("value")
        if text[max(0, start - 8) : start].rstrip().lower().endswith(("of", "/")):
            continue  # "4 1/2 out of 5 stars": the scale, not the number of stars
        if _RANGE_BOTTOM.search(text, max(0, start - 10), start):
            continue  # "from 1 to 5 stars": the scale's top
        if _in_list_or_poll(text, start, at + 5, episode):
            continue
        keyword = _labelled(text, start, episode)
        if not (keyword or in_title or start >= closing_from):
            continue
        end = at + (5 if text[at + 4 : at + 5] in ("s", "S") else 4)
        if text[end : end + 4].lower() == " of ":
            continue  # "5 stars of the cast": people, not a rating
        score = Score(raw=text[start:end], value=value, scale=5.0)
        found.append(_Candidate((int(keyword), 1, _alone_at(text, start, end), start), score))
    for at in find_all(text, ("out of", "Out of", "OUT OF")) if words_out_of else ():
        found += _word_fraction(text, at, in_title, episode, closing_from)
    for match in _grade_matches(text, 0 if in_title else closing_from, lowered):
        if _in_list_or_poll(text, match.start("grade"), match.end(), episode):
            continue
        grade = match.group("grade").replace("−", "-")
        line = _line_of(text, match.start("grade"))
        at = match.start("grade")
        if _COUNTERFACTUAL.search(text, max(text.rfind("\n", 0, at) + 1, at - _CONTEXT), at):
            continue  # "I was close to giving it an A": a grade thought of, not given
        if episode is not None and _another_works_grade(text, at):
            continue  # "the movie got a B": another work's, in an episode's review
        if _ASPECT_BEFORE.search(
            text, max(text.rfind("\n", 0, at) + 1, match.start() - 24), match.start()
        ):
            continue  # "Music grade: B+": one aspect's grade, not the episode's
        if _SCALE_WORDS.search(line):
            continue  # "a B on a scale of ...": a stated scale, which we do not convert
        if ("(" in line or "=" in line) and len(_LEGEND_ENTRY.findall(line)) >= _MIN_LEGEND_ENTRIES:
            continue  # a key to the site's grades
        closing = in_title or match.start() >= closing_from
        score = Score(raw=grade, value=None, scale=None)
        alone = _alone_at(text, match.start(), match.end())
        found.append(_Candidate((1, int(closing), alone, match.start()), score))
    return found


# a tier ranking's letter, its word after it: "S rank", "A-tier" (S above A, as games rank)
_TIER = re.compile(rb"(?<![a-z0-9'])[sa-f][ \t\-](?:rank|tier)(?![a-z])")
# ...after the score's label opening its line: "Rating: S rank", "【Evaluation】 A-tier" (a
# translated blog's bracketed heading), never inside a sentence ("for me A rank") or a link
_TIER_LABEL = re.compile(
    r"[ \t>*_#\-•·]*[【\[]?[ \t*_]*(?:(?:my|our|final|overall)[ \t]+)?"
    r"(?:evaluation|rating|score|verdict|grade|rank(?:ing)?|tier)"
    r"[ \t*_]*(?:[】\]]|[:：]|[ \t]-|[—–])?[ \t*_]*",
    re.IGNORECASE,
)


def _says_tier(lowered: bytes) -> bool:
    """Is a tier's letter before a "rank" or "tier" in `lowered` ("s rank", "b-tier")? C-speed
    finds of the two words, where _TIER's look-behind would be tried at every position."""
    if b"rank" not in lowered and b"tier" not in lowered:
        return False  # (most pages: two finds)
    for word in (b" rank", b"-rank", b" tier", b"-tier"):
        at = lowered.find(word)
        while at >= 1:
            if lowered[at - 1 : at] in (b"s", b"a", b"b", b"c", b"d", b"e", b"f"):
                return True
            at = lowered.find(word, at + 1)
    return False


def _tier_ranks(
    text: str, lowered: bytes, closing_from: int, episode: int | None
) -> list[_Candidate]:
    """Tier ranks ("S rank", "B-tier") right after a score's label opening their line: a
    grade on no stated scale, as a letter grade is."""
    found: list[_Candidate] = []
    ascii_only = text.isascii()  # (else the byte offset is turned into the text's)
    for cue in _TIER.finditer(lowered):
        at = cue.start()
        if not ascii_only:
            at = len(lowered[:at].decode("utf-8", "surrogatepass"))
        if text[at] not in "SABCDEF":
            continue
        line_start = text.rfind("\n", 0, at) + 1
        if _TIER_LABEL.fullmatch(text, line_start, at) is None:
            continue
        end = at + len(cue.group(0))
        if text[end : end + 1].isalnum() or _in_list_or_poll(text, at, end, episode):
            continue
        score = Score(raw=text[at:end], value=None, scale=None)
        found.append(_Candidate((1, int(at >= closing_from), _alone_at(text, at, end), at), score))
    return found


_NUMBER_WORD_ENDS = tuple(w.encode() for w in (*_WORD_NUMBERS, "half"))
_NUMBER_WORD_LAST = frozenset(w[-1] for w in _NUMBER_WORD_ENDS)


def _quoted_after_label(text: str, start: int) -> bool:
    """Does the score in words at `start` stand in a quotation opened after a score its line's
    label gives ('Dee's score: 8/10 (she said "ten out of ten action, five out of ten plot")')?
    The label is of the score it precedes; the quotation is someone's words, not a score
    labelled. (A quotation right after the label is the score: 'My verdict: "six out of ten"'.)"""
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[max(line_start, start - _CONTEXT) : start]
    if '"' not in lead and "“" not in lead:
        return False
    ends = [label.end() for label in _SCORE_KEYWORDS.finditer(lead)]
    if not ends:
        return False
    after = lead[ends[-1] :]
    straight, curly = after.count('"') % 2 == 1, after.count("“") > after.count("”")
    if not (straight or curly):
        return False
    opened = after.rfind('"' if straight else "“")
    return any(c.isdigit() for c in after[:opened])  # a score given to the label first


def _word_fraction(
    text: str, at: int, in_title: bool, episode: int | None = None, closing_from: int | None = None
) -> list[_Candidate]:
    """A score in words ending at the "out of" at `at` ("My score: four out of five"), when a
    label says it is one (a score word, or the document's own `episode` alone: "ep 18: nine
    out of ten", as _labelled reads a fraction's), it is in the title, or its sentence gives
    it as the verdict and ends with it ("This one gets nine out of ten from me."), or it is a
    sentence of its own from `closing_from` on ("Flawed, sure. A solid six out of ten."; None:
    never): "four out of five dentists" is no score."""
    number = _WORD_BEFORE_OUT_OF.search(text, max(0, at - _WORD_REACH), at)
    scale = _WORD_SCALE.match(text, at) if number is not None else None
    if number is None or scale is None:
        return []
    value = _WORD_NUMBERS[number.group("word").lower()] + (0.5 if number.group("half") else 0)
    maximum = _WORD_NUMBERS.get(scale.group("scale").lower()) or int(scale.group("scale"))
    start, end = number.start(), scale.end()
    if (
        value > maximum
        or _COUNT_AFTER.match(text, end)
        or _in_list_or_poll(text, start, end, episode)
    ):
        return []
    keyword = _labelled(text, start, episode) and not _quoted_after_label(text, start)
    marks = text[end : end + 2]
    closed = end + len(marks) - len(marks.lstrip("*_"))  # (past emphasis: "ten** from me")
    verdict = _SENTENCE_END.match(text, closed) is not None and (
        _WORD_VERDICT_BEFORE.search(text, max(0, start - _WORD_REACH), start) is not None
        or _gives_own_episode(text, start, episode)
        or (
            closing_from is not None
            and start >= closing_from
            and _WORD_ALONE_BEFORE.search(text, max(0, start - _WORD_REACH), start) is not None
        )
    )
    if not (keyword or in_title or verdict):
        return []
    named = _WORD_UNIT_AFTER.match(text, end) if text[end : end + 1] in " \t" else None
    if named is not None and not _NOT_WORD_UNITS.intersection(named["unit"].lower().split()):
        end = named.end()  # (the score as written, with its unit: "four out of five lanterns")
    score = Score(raw=text[start:end], value=value, scale=float(maximum))
    return [_Candidate((int(keyword), 1, _alone_at(text, start, end), start), score)]


# the writer giving the document's own episode, named by number after the show's name, the
# score in words: "I'm giving Show No. 2 episode 5 an eight out of ten" (the name's words, an
# abbreviation's full stop among them, before "episode 5 a")
_GIVES_EPISODE_BEFORE = re.compile(
    r"\b(?:giv(?:e|es|ing)|gave)\s+(?:[^\s!?]+\s+){0,6}?(?:episode|ep\.?)\s*#?(?P<number>\d{1,4})"
    r"\s+an?\s+\Z",
    re.IGNORECASE,
)
_GIVES_EPISODE_REACH = 80


def _gives_own_episode(text: str, start: int, episode: int | None) -> bool:
    """Does the sentence of the score in words at `start` give it to the document's own
    `episode`, by its number, its show's name perhaps before it ("so overall I'm giving Show
    episode 5 an eight out of ten")?"""
    if episode is None:
        return False
    lead = text[max(text.rfind("\n", 0, start) + 1, start - _GIVES_EPISODE_REACH) : start]
    lowered = lead.lower()
    if "giv" not in lowered and "gave" not in lowered:
        return False
    given = _GIVES_EPISODE_BEFORE.search(lead)
    return given is not None and int(given.group("number")) == episode


# a score on the reviewer's own unit: "3 onigiri out of 5", "8 points out of 10", in words
# too ("seven dumplings out of ten", "three and a half dumplings out of five"), a unit of two
# words with "of" between ("four cups of cocoa out of five"); nothing but punctuation after
# the scale on its line ("4 dentists out of 5 agree" goes on: a count)
_UNIT_FRACTION = re.compile(
    r"(?<![\w.,/])(?P<value>\d{1,2}(?:[.,]5)?|zero|one|two|three|four|five|six|seven|eight"
    r"|nine|ten)(?P<half>[ \t]+and[ \t]+a[ \t]+half)?[ \t](?P<unit>[^\W\d_]{2,20}"
    r"(?:[ \t]+of[ \t]+[^\W\d_]{2,20})?)[ \t]+"
    r"out[ \t]+of[ \t]+(?P<scale>\d{1,3}|five|ten)(?![\d/%]|[.,]\d|[ \t]*[^\W\d_])",
    re.IGNORECASE,
)
_UNIT_REACH = 68  # "three and a half " and a unit of up to 44 characters before the "out of"
_UNIT_AFTER = 16  # "out of five a": the scale and the next word's letter the pattern looks at
# words that come between a number and an "out of" without being a unit: counts ("3 times
# out of 5"), or the sentence going on ("2 more out of 10")
_NOT_UNITS = frozenset(
    ("more", "less", "fewer", "them", "those", "these", "are", "were", "is", "was", "and",
     "or", "but", "the", "not", "all", "only", "just", "star", "stars", "out")
)  # fmt: skip


def _unit_of_phrase(unit: str) -> bool:
    """Is `unit` (lower-cased, "cups of cocoa") a unit's two words with "of" between, neither
    a word that is no unit ("more of them out of 5", "two of those out of 10": a count)?"""
    words = unit.split()
    return not (words[0] in _NOT_UNITS or words[-1] in _NOT_UNITS)


def _unit_fractions(
    text: str, closing_from: int, in_title: bool, episode: int | None = None, anime: str = ""
) -> list[_Candidate]:
    """Scores on a unit of the reviewer's own ("🍙🍙🍙 — 3 onigiri out of 5."), when a score
    word leads to one, or the document's own episode's label, maybe after its `anime`'s name
    ("Show episode 4: 4 onigiri out of 5."), or when one opens its line (nothing but marks or
    icons before it) in the title or the closing lines. Counts ("3 episodes out of 12", "2
    times out of 5") and stars (read apart) are not."""
    found: list[_Candidate] = []
    for at in find_all(text, ("out of", "Out of", "OUT OF")):
        match = _UNIT_FRACTION.search(text, max(0, at - _UNIT_REACH), at + _UNIT_AFTER)
        if match is None or not match.end("unit") < at < match.start("scale"):
            continue
        unit = match.group("unit").lower()
        if unit in _NOT_UNITS or _COUNT_AFTER.match(text, match.start("unit")):
            continue
        if " of" in unit and not _unit_of_phrase(unit):
            continue
        value = _unit_number(match.group("value")) + (0.5 if match.group("half") else 0.0)
        scale = _unit_number(match.group("scale"))
        start, end = match.span()
        if scale not in _SCALES or value > scale or _in_list_or_poll(text, start, end, episode):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        keyword = _SCORE_KEYWORDS.search(
            _label_before(text, start)
        ) is not None or _own_episode_line(text, line_start, start, episode, anime)
        # (the pattern saw to it that its clause ends with it: no word follows on its line)
        opens_line = not any(c.isalnum() for c in text[line_start:start])
        if not (keyword or (opens_line and (in_title or start >= closing_from))):
            continue
        score = Score(raw=text[start:end], value=value, scale=scale)
        alone = opens_line and _alone_after(text, end)
        found.append(_Candidate((int(keyword), 1, int(alone), start), score))
    return found


# a unit of the site's or the writer's own and its scale, stated where the page says how it
# rates: "rates every episode from 1 to 5 Cores", "gets between 1 and 5 Cores", "on a scale
# of 1 to 10 dumplings" (the unit's name, a word of three letters or more, right after)
_UNIT_SCALE = re.compile(
    r"\b(?:from|between|scale[ \t]+of)[ \t]+(?:0|1|zero|one)[ \t]+(?:to|and|-|–)[ \t]+"
    r"(?P<scale>5|10|five|ten)[ \t]+(?P<unit>[^\W\d_]{3,20})\b",
    re.IGNORECASE,
)
# what _UNIT_SCALE needs, looked for first in ascii_lowered bytes: its low end and its joint
_UNIT_SCALE_CUES = (b"1 to ", b"1 and ", b"0 to ", b"one to ", b"one and ", b"zero to ")
# ...those of a digit looked for after each place of it, a byte found at memchr speed of which
# bodies hold few; those of a word by a pattern opening with it, whose scan for its literal
# start passes over a body faster than bytes.find does (a find's speed goes by its needle's
# last byte, here a common space; the pattern's by its first: "zero to " in ~4 us, not ~10)
_UNIT_SCALE_CUE_DIGITS = ((b"1", (b" to ", b" and ")), (b"0", (b" to ",)))
_UNIT_SCALE_CUE_WORDS = (re.compile(rb"one (?:to|and) "), re.compile(rb"zero to "))
_UNIT_SCALE_REACH = 60  # characters before a cue where the pattern may start: "scale of "


def _says_unit_scale_cue(lowered: bytes) -> bool:
    """Is one of _UNIT_SCALE_CUES in `lowered` (ascii_lowered text)? A search for a cue is a
    pass over the text that its spaces and common letters slow down (absent, the six cost
    ~55 us on a 10 KB body); looked for after their digits and by the words' patterns, ~16."""
    for digit, tails in _UNIT_SCALE_CUE_DIGITS:
        at = lowered.find(digit)
        while at >= 0:
            if lowered.startswith(tails, at + 1):
                return True
            at = lowered.find(digit, at + 1)
    return any(cue.search(lowered) is not None for cue in _UNIT_SCALE_CUE_WORDS)


def stated_unit(text: str, lowered: bytes | None = None) -> tuple[str, float] | None:
    """The unit of its own `text` says it rates in, and its scale ("every episode we review
    gets between 1 and 5 Cores": ("Cores", 5.0)), or None. Counts ("from 1 to 5 episodes"),
    stars and points (read apart) are no such unit. `lowered`: ascii_lowered(text), when the
    caller has it already."""
    lowered = ascii_lowered(text) if lowered is None else lowered
    if not _says_unit_scale_cue(lowered):
        return None
    for at in find_all(text.lower(), tuple(cue.decode() for cue in _UNIT_SCALE_CUES)):
        match = _UNIT_SCALE.search(text, max(0, at - _UNIT_SCALE_REACH), at + _UNIT_SCALE_REACH)
        if match is None:
            continue
        unit = match.group("unit")
        if (
            unit.lower() in _NOT_UNITS
            or unit.lower().rstrip("s") in ("point", "pt")
            or _COUNT_AFTER.match(text, match.start("unit") - 1) is not None
        ):
            continue
        return unit, float(_unit_number(match.group("scale")))
    return None


# a score in the stated unit: a number, maybe a half, before the unit ("4 Cores", "three and a
# half Cores"); its unit's singular after one ("1 Core")
_OWN_UNIT_VALUE = re.compile(
    r"(?<![\w.,/])(?P<value>\d{1,2}(?:[.,]5)?|zero|one|two|three|four|five|six|seven|eight"
    r"|nine|ten)(?P<half>[ \t]+and[ \t]+a[ \t]+half)?[ \t]+\Z",
    re.IGNORECASE,
)
_OWN_UNIT_REACH = 24  # "three and a half " before the unit
# what may follow a score in the unit on its line: the end, a full stop, a dash and a gloss
_OWN_UNIT_AFTER = re.compile(r"[ \t*_]*(?:[.!]|[—–]|[ \t]-[ \t]|\n|\Z)")


def _own_unit_scores(
    text: str,
    closing_from: int,
    unit: tuple[str, float],
    episode: int | None = None,
    anime: str = "",
) -> list[_Candidate]:
    """Scores in the unit the page states it rates in, on its stated scale (`unit`: ("Cores",
    5.0), "4 Cores" then 80/100), when a score word leads to one ("Final rating: 4 Cores."),
    or the document's own episode's label, or when one opens its line (nothing but marks
    before it) in the closing lines, its clause ending with it or a dash before a gloss ("4
    Cores — a tense trial"). A poll's, a list's or another work's are not."""
    name, scale = unit
    stem = name.lower().removesuffix("s")
    found: list[_Candidate] = []
    for at in find_all(text.lower(), (stem,)):
        after = at + len(stem)
        if text[after : after + 1].lower() == "s":
            after += 1
        if text[after : after + 1].isalnum() or (at > 0 and text[at - 1].isalnum()):
            continue
        number = _OWN_UNIT_VALUE.search(text, max(0, at - _OWN_UNIT_REACH), at)
        if number is None:
            continue
        value = _unit_number(number.group("value")) + (0.5 if number.group("half") else 0.0)
        start, end = number.start(), after
        if value > scale or _in_list_or_poll(text, start, end, episode):
            continue
        if text.startswith(" out of", end) or text.startswith(" out of", end + 1):
            continue  # a unit's fraction (_unit_fractions)
        line_start = text.rfind("\n", 0, start) + 1
        keyword = _SCORE_KEYWORDS.search(
            _label_before(text, start)
        ) is not None or _own_episode_line(text, line_start, start, episode, anime)
        opens_line = not any(c.isalnum() for c in text[line_start:start])
        ends_clause = _OWN_UNIT_AFTER.match(text, end) is not None
        if not ((keyword or (opens_line and start >= closing_from)) and ends_clause):
            continue
        score = Score(raw=text[start:end], value=value, scale=scale)
        alone = opens_line and _alone_after(text, end)
        found.append(_Candidate((int(keyword), 1, int(alone), start), score))
    return found


# a score with "of" for its "out of", as translated pages write it: "Our rating: 7.5 of 10
# points", "Score: 8 of 10"; its clause ending with it ("3 of 10 episodes" goes on: a count)
_OF_SCALE = re.compile(
    r"(?<![\w.,/])(?P<value>\d{1,3}(?:[.,]\d{1,2})?)[ \t]+of[ \t]+(?P<scale>100|10|5)"
    r"(?:[ \t]+(?:points?|pts))?(?=[ \t*_]*(?:[.!;,)]|[ \t][—–-][ \t]|\n|\Z))",
    re.IGNORECASE,
)
# what _OF_SCALE needs, in ascii_lowered bytes: a digit, then " of 10" (" of 100" too) or " of
# 5", looked for after each place of the scale's last digit, a byte found at memchr speed (a
# search for " of 10" is a pass over the text that its spaces and common letters slow down,
# ~20 us on a 10 KB body, and one may be in every "out of 10")
_OF_SCALE_CUES = ((b"0", b" of 10"), (b"5", b" of 5"))
_MAX_OF_SCALE_DIGITS = 32
_OF_SCALE_NEEDLES = (" of 1", " of 5", " OF 1", " OF 5", " Of 1", " Of 5")
_OF_SCALE_REACH = 8  # "100.00 " before the " of"


def _says_of_scale(lowered: bytes) -> bool:
    """Is a digit followed by " of 10" or " of 5" anywhere in `lowered` (ascii_lowered text)?
    Past _MAX_OF_SCALE_DIGITS of a scale's digit, by a search for its cue."""
    for digit, cue in _OF_SCALE_CUES:
        back = len(cue) - 1
        at = lowered.find(digit)
        for _ in range(_MAX_OF_SCALE_DIGITS):
            if at < 0:
                break
            if lowered.startswith(cue, at - back) and lowered[at - back - 1 : at - back].isdigit():
                return True
            at = lowered.find(digit, at + 1)
        else:
            if cue in lowered:
                return True
    return False


def _of_scale_scores(
    text: str, lowered: bytes, closing_from: int, episode: int | None = None
) -> list[_Candidate]:
    """Scores written "N of 10" ("Our rating: 7.5 of 10 points"), when a score word leads
    to one on its line, as _unit_fractions wants: unlabelled, "7 of 10" is a count. A poll's,
    a list's or another work's are not."""
    if not _says_of_scale(lowered):
        return []
    found: list[_Candidate] = []
    for at in find_all(text, _OF_SCALE_NEEDLES):
        match = _OF_SCALE.search(text, max(0, at - _OF_SCALE_REACH), at + 20)
        if match is None or not match.end("value") <= at < match.start("scale"):
            continue
        value, scale = _unit_number(match.group("value")), float(match.group("scale"))
        start, end = match.span()
        if (
            value > scale
            or _SCORE_KEYWORDS.search(_label_before(text, start)) is None
            or _in_list_or_poll(text, start, end, episode)
        ):
            continue
        found.append(_labelled_scale_candidate(text, start, end, value, scale, closing_from))
    return found


def _labelled_scale_candidate(
    text: str, start: int, end: int, value: float, scale: float, closing_from: int
) -> _Candidate:
    """A labelled score written with its scale in words ("7 of 10", "4,5 de 5") at
    text[start:end], ranked as labelled, in the closing lines or not, alone on its line or not."""
    score = Score(raw=text[start:end], value=value, scale=scale)
    line_start = text.rfind("\n", 0, start) + 1
    alone = not any(c.isalnum() for c in text[line_start:start]) and _alone_after(text, end)
    return _Candidate((1, int(start >= closing_from), int(alone), start), score)


# a score with Portuguese or Spanish "de" for its "out of", on a page in English by a fan who
# writes in that language: "**Nota: 4,5 de 5**", "Puntuación — 7 de 10"; only right after a
# score's word (or "nota", theirs for a grade), on a score's scale, its clause ending with it
# (a date's "9 de outubro", a count's "episodio 3 de 12" or "2 de 10 episódios" are none)
_DE_SCALE = re.compile(
    r"(?<![\w.,/])(?P<value>\d{1,3}(?:[.,]\d{1,2})?)[ \t]+(?:de|von|su|sur|dari|na)[ \t]+"
    r"(?P<scale>100|20|10|5)"
    r"(?=[ \t*_]*(?:[.!;,)]|[ \t][—–-][ \t]|\n|\Z|[^\w\s(]))",
    re.IGNORECASE,
)
# ...or its "out of" in another language of fans who write so: German "3,5 von 5", Italian
# "7 su 10", French "7 sur 10", Indonesian and Malay "7,5 dari 10", Polish "7,5 na 10"
_OF_WORDS = (b" de ", b" von ", b" su ", b" sur ", b" dari ", b" na ")


def _says_foreign_of_scale(lowered: bytes) -> bool:
    """Does `lowered` (ascii_lowered bytes) hold "<word> 1", "<word> 2" or "<word> 5" for a
    word of _OF_WORDS (a scale of 10 or 100, 20 or 5 after it: "4,5 de 5", "7 su 10")? Found
    from the few digits 1, 2 and 5 of a page (a C-speed memchr each) looking back, as
    _says_of_scale: a find of each of the eighteen cues, or a regex scanning for the digits,
    costs ten times as long."""
    for digit in b"125":
        at = lowered.find(digit)
        while at >= 0:
            # (endswith with the tuple: one call where a generator over the words cost
            # ~1 us a digit)
            if lowered[at - 1 : at] == b" " and lowered.endswith(_OF_WORDS, 0, at):
                return True
            at = lowered.find(digit, at + 1)
    return False


_DE_LABEL_REACH = 24  # a score's word this near before it ("Puntuación de Ana: ")
# the label right before it: a score's word or "nota" ("Nota final:", "**Nota**:")
_DE_LABEL = re.compile(
    r"\bnota(?:[ \t]+final)?[ \t*_]*[:—–|\-]?[ \t*_]*\Z",
    re.IGNORECASE,
)


def _labelled_on_scale(
    text: str, start: int, end: int, value: float, scale: float, episode: int | None
) -> bool:
    """May text[start:end], a `value` written on its `scale` ("4,5 de 5", "9,0 (de 0 a 10)"),
    be the writer's score: within the scale, labelled right before by a score's word or
    "nota" (_DE_LABEL), and no poll's or list's entry?"""
    if value > scale:
        return False
    label = _label_before(text, start)
    if _DE_LABEL.search(label) is None and _SCORE_KEYWORDS.search(label[-_DE_LABEL_REACH:]) is None:
        return False
    return not _in_list_or_poll(text, start, end, episode)


def _de_scale_scores(text: str, closing_from: int, episode: int | None = None) -> list[_Candidate]:
    """Scores written "N de 5" ("Nota: 4,5 de 5"), when a score's word or "nota" labels them
    right before, as _of_scale_scores reads "N of 10"; a poll's or a list's are not."""
    found: list[_Candidate] = []
    for match in _DE_SCALE.finditer(text):
        value, scale = _unit_number(match.group("value")), float(match.group("scale"))
        start, end = match.span()
        if not _labelled_on_scale(text, start, end, value, scale, episode):
            continue
        found.append(_labelled_scale_candidate(text, start, end, value, scale, closing_from))
    return found


# a labelled bare number with its scale's range in brackets after it, in whatever language:
# "Nota: 9,0 (de 0 a 10)", "Wertung: 7 (von 0 bis 10)", "Score: 8 (0-10)", "Skor: 4 (1 sampai 5)"
# (a word or none before the range's bottom, a dash or a short word between its ends)
_RANGE_SCALE = re.compile(
    r"(?<![\w.,/])(?P<value>\d{1,3}(?:[.,]\d{1,2})?)[*_]*[ \t]*\([ \t]*(?:[^\W\d]{1,6}[ \t]+)?"
    r"[01][ \t]*(?:[-–~]|[ \t][^\W\d]{1,7}[ \t])[ \t]*(?P<scale>100|10|5)[ \t]*\)"
)
_RANGE_SCALE_ENDS = ("10)", "00)", "5)")
_RANGE_SCALE_TOPS = (b"10", b"00", b"5")  # (before the bracket closing the range)
_RANGE_SCALE_REACH = 40  # "100.00** (desde 0 hasta 100" before the closing bracket


def _says_range_scale(lowered: bytes) -> bool:
    """Does "10)", "00)" or "5)" stand in `lowered` (ascii_lowered bytes): the end of a range
    "(de 0 a 10)"? Looked for back from each of the page's few ")" (a C-speed memchr each):
    a find of each of the three costs ten times as long."""
    at = lowered.find(b")")
    while at >= 0:
        if lowered.endswith(_RANGE_SCALE_TOPS, 0, at):
            return True
        at = lowered.find(b")", at + 1)
    return False


def _range_scale_scores(
    text: str, closing_from: int, episode: int | None = None
) -> list[_Candidate]:
    """Bare numbers with their scale's range in brackets ("Nota: 9,0 (de 0 a 10)"), when a
    score's word or "nota" labels them right before, as _de_scale_scores reads "4,5 de 5"; a
    poll's or a list's are not. Tried only back from each range's end ("10)")."""
    found: list[_Candidate] = []
    after = 0
    for at in find_all(text, _RANGE_SCALE_ENDS):
        if at < after:
            continue
        match = _RANGE_SCALE.search(text, max(after, at - _RANGE_SCALE_REACH), at + 4)
        if match is None:
            continue
        after = match.end()
        value, scale = _unit_number(match.group("value")), float(match.group("scale"))
        start, end = match.span("value")
        if not _labelled_on_scale(text, start, match.end(), value, scale, episode):
            continue
        found.append(_labelled_scale_candidate(text, start, end, value, scale, closing_from))
    return found


def _unit_number(written: str) -> float:
    """A unit fraction's value or scale as written: digits ("7", "7,5") or a word ("seven")."""
    word = _WORD_NUMBERS.get(written.lower())
    return float(written.replace(",", ".")) if word is None else float(word)


def _alone_after(text: str, end: int) -> bool:
    """Is nothing but marks after `end` on its line?"""
    line_end = text.find("\n", end)
    return not text[end : len(text) if line_end < 0 else line_end].strip(_ALONE_MARKS)


# A rating box of sub-scores with an overall one, on a ten-point scale as database sites
# give them ("Overall 7 · Story 5 · Animation 9 · Sound 8"): the overall is the reviewer's
# score. Sub-scores without an overall give none.
_OVERALL = re.compile(
    r"overall(?:\s+(?:score|rating))?[ \t]*[:|\-–—]?[ \t|]*(?P<value>\d{1,2}(?:\.\d)?)"
    r"(?![\d.,/%]|\s*(?:/|out\b|%|stars?\b))",
    re.IGNORECASE,
)
_SUBSCORE = re.compile(
    r"\b(?:story|plot|animation|art|visuals|sound|music|characters?|enjoyment|voice\s+acting"
    r"|direction|writing|pacing)[ \t]*[:|\-–—]?[ \t|]*\d{1,2}(?:\.\d)?(?![\d.,/%])",
    re.IGNORECASE,
)
# what _OVERALL needs, looked for in ascii_lowered() bytes: one C-speed scan for the literal
_OVERALL_HINT = re.compile(
    rb"overall(?:\s+(?:score|rating))?[ \t]*(?:[:|-]|\xe2\x80[\x93\x94])?[ \t|]*\d"
)
_SUBSCORE_REACH = 300


def _may_give_overall(lowered: bytes) -> bool:
    """Is an "overall" followed by a number anywhere in `lowered` (ascii_lowered text)? A
    bytes.find per "overall", where a search with the pattern costs a pass of the regex engine."""
    at = lowered.find(b"overall")
    while at >= 0:
        if _OVERALL_HINT.match(lowered, at) is not None:
            return True
        at = lowered.find(b"overall", at + 7)
    return False


_MIN_SUBSCORES = 2


def _overall_of_subscores(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    for at in find_all(text, ("overall", "Overall", "OVERALL")):
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_"):
            continue
        match = _OVERALL.match(text, at)
        if match is None:
            continue
        value = float(match.group("value"))
        if value > 10:
            continue
        near = text[max(0, match.start() - _SUBSCORE_REACH) : match.end() + _SUBSCORE_REACH]
        if len(_SUBSCORE.findall(near)) < _MIN_SUBSCORES:
            continue
        if _in_list_or_poll(text, match.start(), match.end()):
            continue
        score = Score(raw=match.group("value"), value=value, scale=10.0)
        found.append(_Candidate((1, 1, 0, match.start()), score))
    return found


# a labelled row of one repeated pictograph ("Tea rating: 🍵🍵🍵🍵"), read only on the scale the
# page states for it ("Scale: 🍵 to 🍵🍵🍵🍵🍵", "out of 🍵🍵🍵🍵🍵")
_ROW_LABELS = ("rating:", "Rating:", "RATING:", "score:", "Score:", "SCORE:")
_ROW_SCALES = (4, 5, 10)


def _pictograph_row(value: str) -> tuple[str, int] | None:
    """(the pictograph, how many) when `value` is one symbol repeated one to ten times (each
    maybe with its emoji variation selector), no star (read elsewhere); else None."""
    row = value.replace("\ufe0f", "")
    if not 0 < len(row) <= 10 or row[0].isascii() or row.count(row[0]) != len(row):
        return None
    if row[0] in "★⭐🌟☆✩" or unicodedata.category(row[0]) != "So":
        return None
    return row[0], len(row)


def _pictograph_rows(text: str, episode: int | None) -> list[_Candidate]:
    found: list[_Candidate] = []
    for at in find_all(text, _ROW_LABELS):
        start = at + len("rating:") - (1 if text[at] in "sS" else 0)
        line_end = text.find("\n", start)
        value = text[start : len(text) if line_end < 0 else line_end].strip(" \t*_")
        row = _pictograph_row(value)
        if row is None or _in_list_or_poll(text, start, start + len(value), episode):
            continue
        glyph, count = row
        scale = max(
            (
                n
                for n in _ROW_SCALES
                if re.search(
                    rf"\b(?:to|of)\s+(?:{re.escape(glyph)}\ufe0f?){{{n}}}(?!{re.escape(glyph)})",
                    text,
                )
            ),
            default=0,
        )
        if count > scale:
            continue  # no scale stated for it: a mood, not a score
        alone = _alone_at(text, start, start + len(value))
        found.append(
            _Candidate(
                (1, 1, alone, start), Score(raw=value, value=float(count), scale=float(scale))
            )
        )
    return found


# a row of one repeated pictograph over a stated scale ("🍒🍒🍒🍒/5 cherries", "🍜🍜🍜 / 5"): the
# scale written after it makes the row a count, as "★★★★/5" is
_ROW_FRACTION_SCALE = re.compile(r"[ \t]*/[ \t]*(?P<scale>10|4|5)(?![\d.,/])")
_ROW_REACH_BACK = 24  # the row's characters looked back over from its "/" (selectors included)


def _pictograph_fractions(text: str, episode: int | None) -> list[_Candidate]:
    """Rows of one repeated pictograph (no star: read elsewhere) right before "/5", "/4" or
    "/10", their count at most the scale."""
    found: list[_Candidate] = []
    for at in find_all(text, ("/",)):
        end = at
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end == 0 or text[end - 1].isascii():
            continue  # (most slashes: a C-speed test, no pattern)
        start = end
        while start > max(0, end - _ROW_REACH_BACK) and not text[start - 1].isspace():
            start -= 1
        row = _pictograph_row(text[start:end])
        if row is None:
            continue
        scale = _ROW_FRACTION_SCALE.match(text, end)
        if scale is None or row[1] > int(scale.group("scale")):
            continue
        if _in_list_or_poll(text, start, scale.end(), episode):
            continue
        keyword = _labelled(text, start, episode)
        alone = _alone_at(text, start, scale.end())
        value, on = float(row[1]), float(scale.group("scale"))
        score = Score(raw=text[start : scale.end()], value=value, scale=on)
        found.append(_Candidate((int(keyword), 1, alone, start), score))
    return found


# A number with its word on a ten-point word scale, all of its line or the word on the next
# ("8 / Great", "7\nGood", "9.0 - Amazing"), as outlets print a score: the word names the number's
# place on that scale (10 Masterpiece ... 1 Unbearable), so the number is out of 10.
_TEN_POINT_WORDS = (
    "unbearable", "painful", "awful", "bad", "mediocre", "okay", "good", "great", "amazing",
    "masterpiece",
)  # fmt: skip
_WORDED_NUMBER = re.compile(
    r"^[ \t>*_#]*(?P<value>10(?:\.0)?|[1-9](?:\.\d)?)[*_]*"
    r"(?:[ \t]*[/\-–—:|·][ \t]*|[ \t]+|[ \t]*\n[ \t>*_#]*)"
    rf"(?P<word>{'|'.join(_TEN_POINT_WORDS)})[ \t*_.!]*$",
    re.IGNORECASE | re.MULTILINE,
)


# what must be in the text's ascii_lowered for _WORDED_NUMBER to match: a
# number opening its line, then a separator, a line break or a word (one C-speed search)
_WORDED_NUMBER_LEAD = (
    rb"[ \t>*_#]*(?:10|[1-9])(?:\.\d)?[*_]*[ \t]*(?:[/\-:|\n\x80-\xff]|[ \t][a-z])"
)
_WORDED_NUMBER_LINE = re.compile(rb"\n" + _WORDED_NUMBER_LEAD)
_WORDED_NUMBER_START = re.compile(_WORDED_NUMBER_LEAD)


def _worded_numbers(text: str, lowered: bytes, episode: int | None) -> list[_Candidate]:
    """Numbers printed with their own word of the ten-point word scale, out of 10 (`lowered`:
    the text's ascii_lowered)."""
    found: list[_Candidate] = []
    if _WORDED_NUMBER_LINE.search(lowered) is None and not _WORDED_NUMBER_START.match(lowered):
        return found
    for match in _WORDED_NUMBER.finditer(text):
        value = float(match.group("value"))
        if _TEN_POINT_WORDS[int(value) - 1] != match.group("word").lower():
            continue  # "3 Great": not the scale's pairing
        start, end = match.span("value")
        if _in_list_or_poll(text, start, end, episode):
            continue
        score = Score(raw=match.group("value"), value=value, scale=10.0)
        found.append(_Candidate((1, 1, _alone_at(text, start, end), start), score))
    return found


# A bare number after a score's label, all of its line ("Verdict: 7", "**Score:** 8.5"), read on
# the scale the page states for its scores ("every review ends with a verdict out of 10", "I
# rate on a scale of 1 to 10", a site's footnote "we score every episode on a 10-point scale");
# with no scale stated it is no score, but for a database site's user review: its "Reviewer's
# Rating: 7" (MyAnimeList's label) is a whole number out of 10, the scale its users rate on.
_BARE_LABELLED = re.compile(
    r"[ \t>*_#]*(?:(?P<reviewers>reviewer['’]s[ \t]+)|(?:final|my|our|overall)[ \t]+)?"
    r"(?:verdict|score|rating)[*_]*[ \t]*:[ \t*_]*(?P<value>\d{1,3}(?:\.\d)?)[ \t*_.!]*",
    re.IGNORECASE,
)
_REVIEWERS_RATING_SCALE = 10.0
_BARE_LABEL_ENDS = ("erdict:", "ERDICT:", "core:", "CORE:", "ating:", "ATING:")
_STATED_SCALE = re.compile(
    r"\b(?:scores?|ratings?|verdicts?|grades?|rates?|rated|scored|graded)"
    # a few words between: "I score every show out of 10", "scores here are on a scale of 1-5"
    r"(?:[ \t]+[\w'’]+){0,4}?[ \t]+(?:(?:out[ \t]+of|on[ \t]+a[ \t]+scale[ \t]+(?:of|from)"
    r"(?:[ \t]+[01][ \t]*(?:-|–|to))?)[ \t]*(?P<scale>10|5|100)\b(?![.,/]\d)"
    # the scale named by its points: "on a 10-point scale", "using a ten point scale"
    r"|(?:on|using|uses?)[ \t]+a[ \t]+(?P<points>10|5|100|ten|five)[ \t-]?point[ \t]+scale)"
    # a scale named by its range, a rating's on its own: "I use a 1-10 scale", "my 0 to 5 scale"
    r"|\b(?:a|my|our)[ \t]+[01][ \t]*(?:-|–|to)[ \t]*(?P<range>10|5|100)[ \t]+scale\b",
    re.IGNORECASE,
)


def _stated_points(stated: re.Match[str]) -> float:
    """The scale a _STATED_SCALE match states, in digits or in words ("a ten-point scale")."""
    written = stated.group("scale") or stated.group("points") or stated.group("range")
    return float(_WORD_NUMBERS.get(written.lower()) or written)


def _may_give_bare(lowered: bytes, out_of: _OutOf) -> bool:
    """Could _bare_labelled find a score in `lowered` (ascii_lowered text; `out_of`: its "out
    of"s): a scale stated ("out of", "scale") or a reviewer's rating, and a score's label with
    its colon? C-speed finds, inline (a paragraph's test costs little more than its function
    call)."""
    return (out_of.total > 0 or b"scale" in lowered or b"reviewer" in lowered) and _says_label(
        lowered
    )


_LABEL_WORDS = (b"verdict", b"score", b"rating")
_ROW_LABEL_WORDS = (b"rating", b"score")  # a row of pictographs' label (_pictograph_rows)
_MAX_COLONS = 32


def _says_label(lowered: bytes, words: tuple[bytes, ...] = _LABEL_WORDS) -> bool:
    """Is one of `words` followed by a colon in `lowered` (b"verdict:", b"score:",
    b"rating:")? Looked for at each colon, a byte found at memchr speed, where each label's
    search is a pass over the text that its common letters slow down (absent, three cost ten
    times more); past _MAX_COLONS colons, by those searches."""
    at = lowered.find(b":")
    for _ in range(_MAX_COLONS):
        if at < 0:
            return False
        if lowered.endswith(words, 0, at):
            return True
        at = lowered.find(b":", at + 1)
    return any(word + b":" in lowered for word in words)


def _bare_labelled(text: str, episode: int | None) -> list[_Candidate]:
    """Bare numbers after a score's label, each all of its line, on the scale the text
    states for its scores; none when it states none, but a database site's one "Reviewer's
    Rating: 7", on its scale."""
    found: list[_Candidate] = []
    scale: float | None = None
    # each "Reviewer's Rating: 7" taken on the site's scale, with its line's span
    reviewers: list[tuple[_Candidate, int, int]] = []
    for at in find_all(text, _BARE_LABEL_ENDS):
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        match = _BARE_LABELLED.fullmatch(text, line_start, len(text) if line_end < 0 else line_end)
        if match is None:
            continue
        if scale is None:
            stated = _STATED_SCALE.search(text)
            scale = 0.0 if stated is None else _stated_points(stated)
        on = scale
        if not on and match.group("reviewers") and "." not in match.group("value"):
            on = _REVIEWERS_RATING_SCALE
        value = float(match.group("value"))
        start, end = match.span("value")
        if not on or value > on or _in_list_or_poll(text, start, end, episode):
            continue
        score = Score(raw=match.group("value"), value=value, scale=on)
        candidate = _Candidate((1, 1, 0, start), score)
        if scale:
            found.append(candidate)
        else:
            reviewers.append((candidate, line_start, match.end()))
    if len(reviewers) > 1:
        # several are a list of users' reviews (a database site's reviews tab), of which none
        # is known to be the one the page is; but other users' excerpts under the one review
        # shown whole are no rivals, each that user's
        reviewers = [r for r in reviewers if not _closes_an_excerpt(text, r[1], r[2])]
    # one reviewer's rating is the page's
    return [*found, reviewers[0][0]] if len(reviewers) == 1 else found


# A bare number the writer commits to in a sentence opening a score's line, its first hedged
# before a second thought ("Score: I'm going to say a 9, maybe a 9.5 once …", "Verdict: I'll go
# with a 7."): the number said first is the score given. On the scale the page states; with none
# stated, above 5 it is out of 10 (no smaller scale holds it, and nobody writes "a 9" of 100).
_COMMITTED_LABELLED = re.compile(
    r"[ \t>*_#]*(?:(?:final|my|our|overall)[ \t]+)?(?:verdict|score|rating)[*_]*[ \t]*:[ \t*_]*"
    r"(?:i(?:['’](?:m|ll|d))?[ \t]+(?:(?:am|will|would)[ \t]+)?"
    r"(?:going[ \t]+to[ \t]+|gonna[ \t]+)?)?"
    r"(?:say|go[ \t]+with|call[ \t]+it|give[ \t]+it)[ \t]+an?[ \t]+[*_]*"
    r"(?P<value>10|[1-9](?:\.\d)?)(?![\d/]|[.,]\d)[*_]*(?=[ \t]*(?:[,;.!]|[—–]|[ \t]-[ \t]|\n|\Z))",
    re.IGNORECASE,
)
_UNSTATED_TEN_ABOVE = 5.0  # a bare number above this, with no scale stated, is out of 10
_COMMITTING_VERBS = (b" say a", b" with a", b"call it a", b"give it a")


def _says_committed(lowered: bytes) -> bool:
    """Might `lowered` (ascii_lowered text) hold a _COMMITTED_LABELLED verb? (C-speed finds.)"""
    return any(verb in lowered for verb in _COMMITTING_VERBS)


def _committed_labelled(text: str, episode: int | None) -> list[_Candidate]:
    """Bare numbers the writer commits to in a sentence opening a score's labelled line
    ("Score: I'm going to say a 9, maybe a 9.5"), on the scale the text states, or out of 10
    above 5 when it states none."""
    found: list[_Candidate] = []
    scale: float | None = None
    for at in find_all(text, _BARE_LABEL_ENDS):
        line_start = text.rfind("\n", 0, at) + 1
        match = _COMMITTED_LABELLED.match(text, line_start)
        if match is None:
            continue
        if scale is None:
            stated = _STATED_SCALE.search(text)
            scale = 0.0 if stated is None else _stated_points(stated)
        value = float(match.group("value"))
        on = scale or (10.0 if value > _UNSTATED_TEN_ABOVE else 0.0)
        start, end = match.span("value")
        if not on or value > on or _in_list_or_poll(text, start, end, episode):
            continue
        found.append(
            _Candidate((1, 1, 0, start), Score(raw=match.group("value"), value=value, scale=on))
        )
    return found


# A bare number the writer gives in a sentence of a score's section ("SCORE" / "I rate on a 1-10
# scale." / "This one gets a 7."), read on the scale the page states; with none stated, no score.
# Tried on ascii_lowered bytes, only where one of its verbs starts (a scan of the text, case
# blind, cost a quarter of the score stage where "gets a" is common); a letter, or a character
# beyond ASCII, right before the verb is no word boundary.
_GIVEN_BARE = re.compile(
    rb"(?<![\w\x80-\xff])(?:gets|earns|deserves|giv(?:e|es|ing)[ \t]+(?:it|this(?:[ \t]+"
    rb"(?:one|episode|week))?))[ \t]+an?[ \t]+[*_]*(?P<value>\d{1,3}(?:\.\d)?)(?![.,/]?\d)[*_]*"
    rb"(?=[ \t]*(?:[.!(]|\n|\Z))"
)
_GIVEN_BARE_VERBS = (b"gets a", b"earns a", b"deserves a", b"giv")
_MAX_SECTION_LINES = 4  # lines looked up over (blank ones too) for the section's score heading


def _given_bare_matches(lowered: bytes, out_of: _OutOf, begin: int = 0) -> list[re.Match[bytes]]:
    """_GIVEN_BARE's matches in `lowered` (ascii_lowered text; `out_of`: its "out of"s) from
    byte `begin` on, tried where one of its verbs starts; none unless a scale may be stated
    ("out of", "scale"), as _given_bare needs one. C-speed finds first."""
    if not (out_of.total > 0 or b"scale" in lowered):
        return []
    starts: list[int] = []
    for verb in _GIVEN_BARE_VERBS:
        at = lowered.find(verb, begin)
        while at >= 0:
            starts.append(at)
            at = lowered.find(verb, at + 1)
    found: list[re.Match[bytes]] = []
    after = -1
    for at in sorted(starts):
        if at >= after and (match := _GIVEN_BARE.match(lowered, at)) is not None:
            after = match.end()
            found.append(match)
    return found


# a score in points the writer labels as theirs, on the scale the page states ("We score in
# points out of 100" / "So my score this week is **64 pts**.", "Our rating: 7 points")
_POINTS_VALUE = re.compile(r"(?<![\w.,/])(?P<value>\d{1,3}(?:\.\d)?)[ \t]*\Z")
_OWN_POINTS_LABEL = re.compile(
    r"\b(?:(?:my|our)\s+(?:own\s+)?(?:final\s+|overall\s+)?(?:score|rating|grade|verdict)"
    r"|(?:score|rating|verdict)[*_]*\s*:)",
    re.IGNORECASE,
)
_POINTS_AFTER = re.compile(r"[ \t*_]*(?:[.!,;)]|[—–]|[ \t]-[ \t]|\n|\Z)")
_POINTS_UNITS = ("pts", "points", "Pts", "Points", "PTS", "POINTS")


_POINTS_UNIT_BYTES = re.compile(rb"p(?:ts|oint)")


def _says_points(lowered: bytes) -> bool:
    """Is a number in points ("78 pts", "64 points") in `lowered` (ascii_lowered text)? A
    digit looked for before each "pts" and "point" (prose's "points" and "attempts" have none),
    found in one pass: a find per unit cost twice as much on the bench documents."""
    for unit in _POINTS_UNIT_BYTES.finditer(lowered):
        at = unit.start()
        if lowered[max(0, at - 2) : at].rstrip(b" ")[-1:].isdigit():
            return True
    return False


def _own_points(text: str, episode: int | None) -> list[_Candidate]:
    """Numbers in points ("78 pts", "**64 points**") ending their clause, the writer's own
    score's label in their sentence before them ("my score for the episode is"), on the
    scale the text states for its scores; none when it states none. A poll's, a list's or
    another episode's are not."""
    found: list[_Candidate] = []
    scale: float | None = None
    for at in find_all(text, _POINTS_UNITS):
        if at > 0 and text[at - 1].isalpha():
            continue
        number = _POINTS_VALUE.search(text, max(0, at - 12), at)
        if number is None:
            continue
        end = at + (6 if text.startswith(("points", "Points", "POINTS"), at) else 3)
        if text[end : end + 1].isalnum() or _POINTS_AFTER.match(text, end) is None:
            continue
        if _OWN_POINTS_LABEL.search(_sentence_before(text, number.start())) is None:
            continue
        if scale is None:
            stated = _STATED_SCALE.search(text)
            scale = 0.0 if stated is None else _stated_points(stated)
        start = number.start("value")
        value = float(number.group("value"))
        if not scale or value > scale or _in_list_or_poll(text, start, end, episode):
            continue
        score = Score(raw=text[start:end], value=value, scale=scale)
        found.append(_Candidate((1, 1, 0, start), score))
    return found


# a Japanese fan's score in 点 ("points"), on 100 unless the page states its full marks
# ("10点満点", full marks 10), labelled as the writer's ("点数 / Score: 85点", "採点：7点",
# "私の評価は80点"): a bare one ("私は90点かな", a reader's; a sidebar's "第3話 — 70点") is not
_TEN_VALUE = re.compile(r"(?<![0-9A-Za-z_.,/])(?P<value>\d{1,3}(?:\.\d)?)[ \t]*\Z")
_TEN_LABEL = re.compile(
    r"(?:点数|評価|採点|得点|スコア)[ \t]*[:：]|(?:私|僕|俺|自分)の(?:点数|評価|採点)は"
    # a Korean fan's, in 점 ("points"): "평점: 7.5점", "점수: 80점", "별점: 4점"
    r"|(?:평점|점수|별점)[ \t]*[:：]"
)
_FULL_MARKS = re.compile(r"(?<![\d.])(?P<scale>\d{1,3})[ \t]*(?:点満点|점[ \t]*만점)")
# another episode's label right before the number: "1화 7점, 2화 6.5점", "第3話 66点" (the
# weeks before, listed in a sentence)
_TEN_EPISODE_BEFORE = re.compile(r"(?:第[ \t]*)?(?P<number>\d{1,4})[ \t]*[話话화][ \t:：—–\-]*\Z")
# ...or the full marks in brackets right after the score, in English: "7.5점 (out of 10)"
_TEN_SCALE_AFTER = re.compile(
    r"[ \t*_]*[(（][ \t]*(?:out[ \t]+of|/)[ \t]*(?P<scale>100|10|5)[ \t]*[)）]", re.IGNORECASE
)
_TEN_AFTER = re.compile(r"[ \t*_]*(?:[.!,;)。、！(（]|[—–]|[ \t]-[ \t]|\n|\Z)")


def _own_ten(text: str, episode: int | None, unit: str = "点") -> list[_Candidate]:
    """Numbers in 点 ("85点"; or the `unit` given, Korean 점) ending their clause, the writer's
    score's label before them in their sentence (_OWN_POINTS_LABEL's or _TEN_LABEL's), on the
    full marks the text states (in brackets right after it, "(out of 10)"; "100点満点", the one
    on the score's line first), else on 100. Full marks' own 点 are no score, nor a list's or
    a poll's."""
    found: list[_Candidate] = []
    at = text.find(unit)
    while at >= 0:
        here, at = at, text.find(unit, at + 1)
        if text.startswith("満点", here + 1):
            continue
        number = _TEN_VALUE.search(text, max(0, here - 8), here)
        if number is None or _TEN_AFTER.match(text, here + 1) is None:
            continue
        before = _sentence_before(text, number.start())
        if _OWN_POINTS_LABEL.search(before) is None and _TEN_LABEL.search(before) is None:
            continue
        listed = _TEN_EPISODE_BEFORE.search(before[-12:])
        if listed is not None and int(listed.group("number")) != episode:
            continue
        line_start = text.rfind("\n", 0, here) + 1
        line_end = text.find("\n", here)
        stated = _TEN_SCALE_AFTER.match(text, here + 1) or _FULL_MARKS.search(
            text, line_start, len(text) if line_end < 0 else line_end
        )
        stated = stated or _FULL_MARKS.search(text)
        scale = 100.0 if stated is None else float(stated.group("scale"))
        start = number.start("value")
        value = float(number.group("value"))
        if not scale or value > scale or _in_list_or_poll(text, start, here + 1, episode):
            continue
        found.append(
            _Candidate(
                (1, 1, 0, start), Score(raw=text[start : here + 1], value=value, scale=scale)
            )
        )
    return found


def _in_score_section(text: str, line_start: int) -> bool:
    """Is the line at `line_start` within _MAX_SECTION_LINES lines under a _label_heading line
    ("SCORE", "### Verdict")?"""
    end = line_start - 1
    for _ in range(_MAX_SECTION_LINES):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        if _label_heading(text[start:end].strip(_LINE_MARKS)):
            return True
        end = start - 1
    return False


def _given_bare(
    text: str,
    lowered: bytes,
    matches: list[re.Match[bytes]],
    closing_from: int,
    episode: int | None,
) -> list[_Candidate]:
    """Bare numbers the writer gives in a sentence of the closing part (from `closing_from`)
    under a score's heading, on the scale the text states for its scores; none when it states
    none. `matches`: _given_bare_matches of `lowered` (ascii_lowered(text)) from byte
    `closing_from` on (a character's UTF-8 offset is never below its offset in the text)."""
    found: list[_Candidate] = []
    scale: float | None = None
    ascii_only = len(lowered) == len(text)
    for match in matches:
        start, end = match.span("value")
        if not ascii_only:  # UTF-8 offsets -> the text's (the value itself is ASCII digits)
            start = len(lowered[:start].decode("utf-8", "surrogatepass"))
            end = start + (match.end("value") - match.start("value"))
        if start < closing_from or not _in_score_section(text, text.rfind("\n", 0, start) + 1):
            continue
        if scale is None:
            stated = _STATED_SCALE.search(text)
            scale = 0.0 if stated is None else _stated_points(stated)
        raw = text[start:end]
        value = float(raw)
        if not scale or value > scale or _in_list_or_poll(text, start, end, episode):
            continue
        found.append(_Candidate((1, 1, 0, start), Score(raw=raw, value=value, scale=scale)))
    return found


# how a list of reviews shows the others: their text cut off ("… I'll give it that, but..."),
# then the rating, then a link to the rest ("read more", "Read full review »")
CUT_OFF = ("...", "…")
"""How an excerpt of a longer text ends: cut off."""
_READ_MORE = re.compile(
    r"[ \t]*(?:read|see|show|view)[ \t]+(?:more|(?:the[ \t]+)?full[ \t]+review)[ \t.…»>→]*",
    re.IGNORECASE,
)
_EXCERPT_LOOK = 120  # characters around the rating's line looked at for the excerpt's marks


def _closes_an_excerpt(text: str, line_start: int, line_end: int) -> bool:
    """Does the rating on text[line_start:line_end] close another review's excerpt in a list
    of reviews (a database site's reviews tab): the line above it cut off ("…, but..."), or a
    link to the rest of it under it ("read more")?"""
    if text[max(0, line_start - _EXCERPT_LOOK) : line_start].rstrip().endswith(CUT_OFF):
        return True
    after = text[line_end : line_end + _EXCERPT_LOOK].lstrip("\n")
    return _READ_MORE.fullmatch(after.split("\n", 1)[0]) is not None


def may_give_score(text: str, lowered: bytes) -> bool:
    """Could `score_in("", text, 0, boxes=False)` find a score in `text` (`lowered`: its
    ascii_lowered)? False only when it surely gives None: no "/" or "½" (fractions, halves),
    no "out of" after what may be a number, a number word or a number and a unit, no star
    glyph, no "star" word, no score's label with a scale stated, no letter that may be a
    grade. A few C-speed searches, where score_in costs a dozen Python calls; for callers
    that read many short texts (verdict reads paragraphs), most of which hold none."""
    if "/" in text or "½" in text:
        return True
    if not text.isascii() and ("★" in text or "⭐" in text or "🌟" in text):
        return True
    out_of = _out_of(lowered)
    if out_of.after_number or out_of.after_word or out_of.after_unit or _says_star(lowered):
        return True
    if _may_give_bare(lowered, out_of) or _given_bare_matches(lowered, out_of):
        return True
    # a letter A-F standing alone, as _candidate_lines looks for one (the whole text is closing)
    encoded = text.encode("utf-8", "surrogatepass")
    return b" A " in b" " + encoded.translate(_TOKEN_BYTES) + b" "


# a score history's heading, on a line of its own: "SCORE HISTORY", "## The score history",
# "**My rating history:**" (a rewatcher's scores for the show, one dated row each)
_HISTORY_HEADING = re.compile(
    r"[ \t#*_]*(?:(?:the|my)[ \t]+)?(?:score|rating|grade)s?[ \t]+(?:history|timeline)"
    r"[ \t*_:]*$",
    re.IGNORECASE | re.MULTILINE,
)
# a history's row marked as the score now: "8/10  <- current", "| this post | **10/10** |"
_CURRENT_ROW = re.compile(
    r"\b(?:current(?:ly)?|now|latest|this[ \t]+(?:post|watch|rewatch|time))\b", re.IGNORECASE
)
_MAX_HISTORY_ROWS = 12


def _score_history(text: str) -> list[_Candidate]:
    """The score now of each score history in `text` (a heading "Score history" over a block of
    rows, a table or a list, each an earlier watch's date and score): the row marked as the
    current one ("<- current", "this post"), else the last (a history runs oldest first),
    labelled. Its rows are no verdicts on their own, so _candidates passes them over."""
    found = []
    for heading in _HISTORY_HEADING.finditer(text):
        rows: list[tuple[int, Score, bool]] = []
        at = heading.end() + 1
        for _ in range(_MAX_HISTORY_ROWS + 3):  # (an underline, a table's header and rule)
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            line = text[at:line_end]
            if not line.strip():
                if rows or at >= len(text):
                    break
            else:
                matches = [m for m in SCORE.finditer(line) if _score_from(m) is not None]
                if matches:
                    score = _score_from(matches[-1])
                    assert score is not None
                    marked = _CURRENT_ROW.search(line) is not None
                    rows.append((at + matches[-1].start(), score, marked))
            at = line_end + 1
        if len(rows) < 2:
            continue  # (one row: no history, a labelled score's own heading)
        current = [row for row in rows if row[2]]
        start, score, _ = current[0] if len(current) == 1 else rows[-1]
        found.append(_Candidate((1, 1, 0, start), score))
    return found


def score_in(
    title: str,
    body: str,
    last_paragraph_at: int,
    rating: str = "",
    body_lowered: bytes | None = None,
    boxes: bool = True,
    episode: int | None = None,
    anime: str = "",
    unit: tuple[str, float] | None = None,
) -> Score | None:
    """The reviewer's score given in `title` or `body`, whose last paragraph starts at
    `last_paragraph_at`: a keyword-led one first, then one in the title or closing lines,
    the latest of equals. `rating`: stars written on the byline ("Review by Ines ★★★★½"),
    the reviewer's own, which only a labelled score in the body outranks. `body_lowered`:
    ascii_lowered(body), when the caller has it already. `boxes`: whether a box of sub-scores
    with an overall one ("Overall 7 · Story 5 · Animation 9") counts. `episode`: the
    document's, whose label alone on a line ("Episode 4: ★★★½") labels the score, as it does
    after the document's `anime`'s name ("Show episode 4 — 6.5/10"). `unit`: the unit of its
    own the page states it rates in and its scale (stated_unit: ("Cores", 5.0)), whose scores
    ("Final rating: 4 Cores") count on that scale."""
    closing_from = min(int(len(body) * 0.7), last_paragraph_at)
    lowered = ascii_lowered(body) if body_lowered is None else body_lowered
    out_of = _out_of(lowered)
    candidates = _candidates(body, closing_from, False, out_of, episode, anime)
    candidates += _glyph_candidates(body, closing_from, False, lowered, out_of.after_word, episode)
    if not body.isascii() and _says_label(lowered, _ROW_LABEL_WORDS):
        candidates += _pictograph_rows(body, episode)
    if "/" in body and not body.isascii():
        candidates += _pictograph_fractions(body, episode)
    candidates += _worded_numbers(body, lowered, episode)
    if b"history" in lowered and _HISTORY_HEADING.search(body) is not None:
        candidates += _score_history(body)
    if out_of.after_unit:
        candidates += _unit_fractions(body, closing_from, False, episode, anime)
    if unit is not None:
        candidates += _own_unit_scores(body, closing_from, unit, episode, anime)
    candidates += _of_scale_scores(body, lowered, closing_from, episode)
    if _says_foreign_of_scale(lowered):  # ("4,5 de 5", "3,5 von 5": rare)
        candidates += _de_scale_scores(body, closing_from, episode)
    if ")" in body and _says_range_scale(lowered):
        candidates += _range_scale_scores(body, closing_from, episode)
    if _may_give_bare(lowered, out_of):
        candidates += _bare_labelled(body, episode)
    # (the label first: a memchr walk over the colons, where the verbs' four searches cost
    # 25 µs on a 10 KB page)
    if _says_label(lowered) and _says_committed(lowered):
        candidates += _committed_labelled(body, episode)
    if (out_of.total > 0 or b"scale" in lowered) and _says_points(lowered):
        candidates += _own_points(body, episode)
    if "点" in body and not body.isascii():
        candidates += _own_ten(body, episode)
    if "점" in body and not body.isascii():
        candidates += _own_ten(body, episode, "점")
    given = _given_bare_matches(lowered, out_of, closing_from)
    if given:
        candidates += _given_bare(body, lowered, given, closing_from, episode)
    if boxes and not any(c.priority[0] for c in candidates) and _may_give_overall(lowered):
        # (a box of sub-scores only when no labelled score is given: a pass over the text saved)
        candidates += _overall_of_subscores(body)
    if THREAD_MARK in title and (place := _OPENING_POSTS_PLACE.search(title)) is not None:
        title = title[: place.start()]  # "🧵 Show, Episode 5 — my log, 1/4": its place
    if title:
        lowered = ascii_lowered(title)
        out_of = _out_of(lowered)
        candidates += [
            _Candidate((c.priority[0], 1, 0, -1), c.score)
            for c in (
                *_candidates(title, 0, True, out_of),
                *_glyph_candidates(title, 0, True, lowered, out_of.after_word),
                *(_unit_fractions(title, 0, True) if out_of.after_unit else ()),
            )
        ]
    if rating:
        candidates += [
            _Candidate((1, 1, 0, -2), c.score)
            for c in _glyph_candidates(rating, 0, True, ascii_lowered(rating), False)
        ]
    if not candidates:
        # a tier rank only on a page that gives no other score (its finds saved on the rest)
        lowered = ascii_lowered(body) if body_lowered is None else body_lowered
        if _says_tier(lowered):
            candidates = _tier_ranks(body, lowered, closing_from, episode)
    if len(candidates) > 1 and "wrote" in body and "\n>" in body:
        candidates = _outside_quoted_replies(body, candidates)
    if not candidates:
        return None
    best = max(candidates, key=lambda c: c.priority)
    return (
        _revised(body, best, candidates)
        or (_current_over_former(body, best, candidates) if len(candidates) > 1 else None)
        or _designated(body, best, candidates)
        or _episode_over_whole(body, best, candidates, episode)
        or _glossed(body, best, candidates)
        or _rating_line_form(body, best, candidates)
        or _own_over_named(body, best, candidates)
        or _bylines_over_named(body, best, candidates)
        or _own_over_relations(body, best, candidates)
        or _writers_row(body, best, candidates)
        or _host_over_guest(body, best, candidates)
        or _own_shows_section(body, best, candidates, anime)
        or best.score
    )


# the place in its thread that may close a social thread's opening post's title (THREAD_MARK
# before it): "🧵 Show, Episode 5 — my weekly log, 1/4" (the first of four posts, no score of 1)
_OPENING_POSTS_PLACE = re.compile(r"[,\s]\s*[(\[]?1/\d{1,3}[)\]]?\Z")


# an e-mail's reply quoted under the writer's text, its attribution heading its block of
# "> " lines: "On Sun, Mar 3, 2024 at 9:12 PM, Name <name@example.org> wrote:"
_MAIL_ATTRIBUTION = re.compile(r"[ \t>]*On\s[^\n]{1,200}?\swrote:[ \t]*")
_MAX_QUOTED_LINES = 40  # a quoted block's lines looked up over for its attribution


def _in_quoted_reply(body: str, at: int) -> bool:
    """Is `at` on a "> " line of a block headed by an e-mail's attribution ("On <date>,
    <name> wrote:"), or right under one: a reply someone else wrote, quoted?"""
    line_start = body.rfind("\n", 0, at) + 1
    if body[line_start : line_start + 4].lstrip(" \t")[:1] != ">":
        return False
    for _ in range(_MAX_QUOTED_LINES):
        line_end = body.find("\n", line_start)
        line_end = len(body) if line_end < 0 else line_end
        if _MAIL_ATTRIBUTION.fullmatch(body, line_start, line_end) is not None:
            return True
        if line_start == 0:
            return False
        line_start = body.rfind("\n", 0, line_start - 1) + 1
        line = body[line_start : body.find("\n", line_start)].lstrip(" \t")
        if line[:1] != ">" and not line.startswith("On "):
            return False
    return False


def _outside_quoted_replies(body: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """The candidates less those in an e-mail's quoted reply (someone else's "my score was a
    6/10" under the writer's own "Score: 7.5/10"), when any is outside one: a review sent
    as a quoted reply (the whole text quoted) keeps its score."""
    inside = [c.priority[3] >= 0 and _in_quoted_reply(body, c.priority[3]) for c in candidates]
    if not any(inside) or all(inside):
        return candidates
    return [c for c, quoted in zip(candidates, inside, strict=True) if not quoted]


# a score labelled as the writer's earlier one, beside the one they give now: "(original score:
# 6/10)", "Live-notes score was 8/10", "First-watch rating — 3/5", a link to "Show episode 1
# (original review) — 6/10"; the label's words right before the score
_FORMER_LABEL = re.compile(
    r"(?<![^\W_])(?:original|old|earlier|previous|prior|last|first[- ]watch|first[- ]viewing"
    r"|live[- ]notes?|live[- ]?blog)\s+(?:score|rating|grade|verdict|review)\)?"
    r"(?:\s*\([^()\n]{1,30}\))?(?:\s+(?:was|of))?"  # (a date between: "Original score (Jan):")
    r"[\s:)*_\-–—]*(?:an?\s+)?\Z",
    re.IGNORECASE,
)
_FORMER_WORDS = ("original", "old", "earlier", "previous", "prior", "last", "first", "live")


def _former(body: str, at: int) -> bool:
    """Is the score at `at` labelled as the writer's earlier one ("original score: 6/10")?"""
    if at < 0:
        return False
    lead = _sentence_before(body, at)
    lowered = lead.lower()
    return any(w in lowered for w in _FORMER_WORDS) and _FORMER_LABEL.search(lead) is not None


def _current_over_former(body: str, best: _Candidate, candidates: list[_Candidate]) -> Score | None:
    """When the best score is labelled as the writer's earlier one ("Rewatch score: 8/10
    (original score: 6/10)", "Final score: 9/10 / Live-notes score was 8/10"), the best of
    those as good not so labelled: the score they give now. None otherwise."""
    if not _former(body, best.priority[3]):
        return None
    current = [
        c
        for c in candidates
        if c.priority[0] >= best.priority[0] and c is not best and not _former(body, c.priority[3])
    ]
    return max(current, key=lambda c: c.priority).score if current else None


def _revised(body: str, best: _Candidate, candidates: list[_Candidate]) -> Score | None:
    """The latest score the writer says revises theirs ("EDIT: … Bumping this to a 4/5",
    "Update: raised my score to 8/10"), when it is not the best already: the score a post
    was first given ("Score for now: ★★★½", labelled, or the headline's) was replaced, and an
    edit may stand above the post as well as under it. None when no score is a revision."""
    revisions = [
        c
        for c in candidates
        if c.priority[3] >= 0 and _REVISES.search(_sentence_before(body, c.priority[3]))
    ]
    if not revisions:
        return None
    latest = max(revisions, key=lambda c: c.priority[3])
    return None if latest is best else latest.score


# a score labelled as someone's by their name, right before it: "Mika's score: 5/10", "Jun's
# verdict — 6/10" (a co-reviewer's second opinion under the post)
_NAMED_LABEL = re.compile(
    r"(?<![\w'’])(?-i:[A-Z][a-z]{1,20})['’]s\s+(?:(?:own|final|overall)\s+)?"
    r"(?:score|rating|grade|verdict|take)\s*[:\-–—]?[ \t*_]*\Z",
    re.IGNORECASE,
)
# ...and the writer's own, in the first person: "**My score for episode 7: 7/10**"
_MY_LABEL = re.compile(
    r"\bmy\s+(?:own\s+)?(?:final\s+|overall\s+)?(?:score|rating|grade|verdict)\b", re.IGNORECASE
)
_LABEL_REACH = 60


def _own_over_named(body: str, best: _Candidate, candidates: list[_Candidate]) -> Score | None:
    """When the best score is labelled as someone's by name ("Mika's score: 5/10") and an
    earlier one as good is labelled as the writer's own ("My score for episode 7: 7/10"), the
    writer's: a partner's or a guest's second opinion after the review is theirs. None
    otherwise (a page whose only label names its reviewer: "Dev's score: 4/5")."""
    at = best.priority[3]
    if at <= 0 or _NAMED_LABEL.search(body, max(0, at - _LABEL_REACH), at) is None:
        return None
    return _latest_before(
        best,
        candidates,
        lambda start: _MY_LABEL.search(_sentence_before(body, start)) is not None,
    )


# a score labelled with a person's first name right before it, alone or as their score's:
# "Jonah: 10/10", "Elise's score: 9/10" (co-writers' and co-hosts' scores side by side)
_FIRST_NAME_LABEL = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][a-z]{1,20})(?:['’]s\s+(?:(?:own|final|overall)\s+)?"
    r"(?i:score|rating|grade|verdict|take))?[ \t]*[:\-–—][ \t*_]*\Z"
)
# the page's byline near its top, its writer's first name: "Posted by Ravi K. to …",
# "Transcript posted by Mei Tanabe (host)", "by Dana Lee"
_BYLINE_NAME = re.compile(r"(?<![\w'’])(?i:by)[ \t]+(?P<name>[A-Z][a-z]{1,20})\b")
_BYLINE_REACH = 400  # characters at the body's top looked at for its byline


def _first_name_label(body: str, at: int) -> str | None:
    """The first name labelling the score at `at` on its line ("Jonah: ", "Elise's score: ")."""
    lead = body[max(0, body.rfind("\n", 0, at) + 1, at - _LABEL_REACH) : at]
    label = _FIRST_NAME_LABEL.search(lead)
    return None if label is None else label["name"]


def _bylines_over_named(body: str, best: _Candidate, candidates: list[_Candidate]) -> Score | None:
    """When the best score is labelled with one person's first name ("Elise's score: 9/10",
    "Jonah: 10/10") and the page's byline names another ("Posted by Ravi K."), the latest
    score as good labelled with the byline's first name ("Ravi's score: 7/10"): a co-writer's
    or a co-host's beside the poster's, whose page it is. None otherwise."""
    at = best.priority[3]
    if at <= 0 or ("by " not in body[:_BYLINE_REACH] and "By " not in body[:_BYLINE_REACH]):
        return None
    name = _first_name_label(body, at)
    if name is None:
        return None
    byline = _BYLINE_NAME.search(body, 0, _BYLINE_REACH)
    if byline is None or byline["name"] == name:
        return None
    writer = byline["name"]
    own = [
        c
        for c in candidates
        if c.priority[0] == best.priority[0]
        and c.priority[3] > 0
        and _first_name_label(body, c.priority[3]) == writer
    ]
    return max(own, key=lambda c: c.priority[3]).score if own else None


# a label naming the score as a relative's, a friend's or a partner's, not the writer's:
# "brother's score: 10/10", "my roommate's rating -", "Flatmate's verdict:"
_RELATIONS_LABEL = re.compile(
    r"\b(?:sister|brother|sis|bro|mom|mum|mother|dad|father|parent|wife|husband|partner"
    r"|girlfriend|boyfriend|gf|bf|son|daughter|kid|cousin|aunt|uncle|grandma|grandpa|friend"
    r"|roommate|room-mate|flatmate|housemate|spouse|fianc[eé]e?)['’]s\s+(?:(?:own|final|overall)"
    r"\s+)?(?:score|rating|grade|verdict|take)\s*[:\-–—]?[ \t*_]*\Z",
    re.IGNORECASE,
)


def _own_over_relations(body: str, best: _Candidate, candidates: list[_Candidate]) -> Score | None:
    """When the best score is labelled as a relative's or a friend's ("brother's score: 10/10"
    after a watch log's "rating for the ep: 6/10"), the latest earlier one as good that no
    such label names: the writer's, where the other is whoever watched with them. None
    otherwise."""
    at = best.priority[3]
    if at <= 0 or "'s" not in body[max(0, at - _LABEL_REACH) : at].replace("’", "'"):
        return None
    if _RELATIONS_LABEL.search(body, max(0, at - _LABEL_REACH), at) is None:
        return None
    return _latest_before(
        best,
        candidates,
        lambda start: (
            _RELATIONS_LABEL.search(body, max(0, start - _LABEL_REACH), start) is None
            and _NAMED_LABEL.search(body, max(0, start - _LABEL_REACH), start) is None
        ),
    )


def _latest_before(
    best: _Candidate, candidates: list[_Candidate], own: Callable[[int], bool]
) -> Score | None:
    """The score of the latest candidate as good as `best` and before it whose place `own`
    says is the writer's (labelled so, or not labelled as another's); None when none is."""
    at = best.priority[3]
    earlier = [
        c
        for c in candidates
        if c.priority[0] == best.priority[0] and 0 <= c.priority[3] < at and own(c.priority[3])
    ]
    return max(earlier, key=lambda c: c.priority[3]).score if earlier else None


# a row's label marking its score as the writer's, among co-hosts' and second opinions' rows:
# "Rafa (writer):", "| **Jun (writing this)** |", "Me —", "Dana (author)"
_WRITERS_ROW = re.compile(
    r"\b(?:me|myself|mine|yours\s+truly|author|(?<!guest\s)(?<!co-)writer"
    r"|writing\s+(?:this|these|the\s+(?:notes|post|review)))\b",
    re.IGNORECASE,
)
_MAX_ROW_LABEL = 40


def _writers_row(body: str, best: _Candidate, candidates: list[_Candidate]) -> Score | None:
    """When the best score is a row of a block of rows, each one person's score alone after
    its label (a table "| Host | Score |" with a row per host, a roll "Rafa (writer): ★★★★½" /
    "Mei (2nd opinion): ★★★★", no blank line between them), the row whose label alone marks
    it as the writer's ("(writer)", "(writing this)", "me"): the others are co-hosts' and
    second opinions'. None when no row, or more than one, is so marked."""
    at = best.priority[3]
    if at <= 0:
        return None  # (the title's or the byline's)
    block_start = body.rfind("\n\n", 0, at) + 1
    block_end = body.find("\n\n", at)
    block_end = len(body) if block_end < 0 else block_end
    rows = [
        c
        for c in candidates
        if c.priority[0] == best.priority[0] and block_start <= c.priority[3] < block_end
    ]
    if len(rows) < 2 or len({body.rfind("\n", 0, c.priority[3]) for c in rows}) < len(rows):
        return None  # (one row: no others' to set it apart from; two scores on a line)
    marked = []
    for row in rows:
        start = row.priority[3]
        label = body[body.rfind("\n", 0, start) + 1 : start].strip(" \t|*_:—–-")
        if (
            not label
            or len(label) > _MAX_ROW_LABEL
            or not _alone_but_label(body, start, row.score.raw)
        ):
            return None  # (a sentence's score, not a row's)
        if _WRITERS_ROW.search(label) is not None:
            marked.append(row)
    return marked[0].score if len(marked) == 1 and marked[0] is not best else None


# a score labelled as a guest's on its line: "Guest score (Sam): 6/10", "Our guest's rating — 7/10"
_GUEST_LABEL = re.compile(
    r"\bguest(?:['’]s)?\s+(?:score|rating|grade|verdict|take)\b[^\n]{0,40}\Z", re.IGNORECASE
)


def _guest_labelled(body: str, at: int) -> bool:
    """Is the score at `at` labelled on its line, before it, as a guest's?"""
    lead = body[body.rfind("\n", 0, at) + 1 : at]
    return ("uest" in lead or "UEST" in lead) and _GUEST_LABEL.search(lead) is not None


def _host_over_guest(body: str, best: _Candidate, candidates: list[_Candidate]) -> Score | None:
    """When the best score is labelled as a guest's ("Guest score (Sam): 6/10") and an earlier
    one as good is not ("Host score (Kim): 8/10"), the latest such: a podcast's or a column's
    guest scores beside the host, whose page it is. None otherwise (a guest's only score)."""
    at = best.priority[3]
    if at <= 0 or not _guest_labelled(body, at):
        return None
    return _latest_before(best, candidates, lambda start: not _guest_labelled(body, start))


# a weekly column's section heading, a show's name and its episode: "2) Some Show — Episode 6",
# "## Other Show, ep. 4" (the name before the episode's label, list and heading marks around)
_SHOWS_EPISODE_HEADING = re.compile(
    r"[ \t#*_]*(?:\d{1,2}[.)][ \t]+)?(?P<name>[^\n]{1,60}?)[ \t]*[—–\-:|,·][ \t]*"
    r"(?:episode|ep\.?)[ \t]*#?\d{1,4}[ \t*_]*",
    re.IGNORECASE,
)


def _shows_heading(body: str, at: int) -> str | None:
    """The folded show's name of the section heading above the score at `at` when that
    heading names a show and its episode ("3) Other Show — Episode 6"); None otherwise."""
    above = _heading_above(body, body.rfind("\n", 0, at) + 1)
    if above is None:
        return None
    heading = _SHOWS_EPISODE_HEADING.fullmatch(body, *above)
    return None if heading is None else fold(heading["name"].strip(" \t*_"))


def _names_show(name: str, own: str) -> bool:
    """Does a heading's show `name` (folded) name the document's anime (`own`, folded): the
    same, or its title before a subtitle ("Some Show" for "Some Show: The Subtitle")?"""
    return name == own or own.startswith(f"{name}:")


def _own_shows_section(
    body: str, best: _Candidate, candidates: list[_Candidate], anime: str
) -> Score | None:
    """When the best score stands in a section headed by another show and its episode (a
    weekly column covering several shows, a section and a score each: "3) Other Show —
    Episode 6" / … / "Score: 7/10") and one as good stands in a section so headed by the
    document's `anime`, the latest of those: the others are the other shows' scores. None
    otherwise (a page whose own show heads no section, or one about that show only)."""
    at = best.priority[3]
    if not anime or at <= 0:
        return None
    rivals = [c for c in candidates if c.priority[0] == best.priority[0] and c.priority[3] >= 0]
    if len(rivals) < 2:
        return None
    own = fold(anime)
    name = _shows_heading(body, at)
    if not name or _names_show(name, own):
        return None
    for rival in sorted(rivals, key=lambda c: c.priority[3], reverse=True):
        named = _shows_heading(body, rival.priority[3]) if rival is not best else None
        if named and _names_show(named, own):
            return rival.score
    return None


def _sentence_before(body: str, at: int) -> str:
    """The words of the sentence before `at` on its line (_sentence_edge: from its line's
    start or the last full stop, question or exclamation mark)."""
    lead = body[max(0, at - _CONTEXT) : at]
    return lead[_sentence_edge(lead) + 1 :]


def _glossed(body: str, best: _Candidate, candidates: list[_Candidate]) -> Score | None:
    """When the best score is a gloss in parentheses right after another score of the same
    value ("★★★½ (three and a half stars out of five)", "8/10 (eight out of ten)"), the score
    as first written; None otherwise."""
    at = best.priority[3]
    if at <= 0 or best.score.value is None:
        return None  # (the title's or the byline's; a grade, which has no value to compare)
    paren = body.rfind("(", max(0, at - _MAX_GLOSS_LEAD), at)
    if paren < 0 or body[paren + 1 : at].strip(" \t*_"):
        return None
    line_start = body.rfind("\n", 0, paren) + 1
    for candidate in candidates:
        score, start = candidate.score, candidate.priority[3]
        if not line_start <= start < paren or (score.value, score.scale) != (
            best.score.value,
            best.score.scale,
        ):
            continue
        end = body.find(score.raw, start)
        if end >= 0 and not body[end + len(score.raw) : paren].strip(" \t*_"):
            return score
    return None


_MAX_GLOSS_LEAD = 4  # "(", "( ", "(**"


def _rating_line_form(body: str, best: _Candidate, candidates: list[_Candidate]) -> Score | None:
    """When the best score is said in a sentence going on ("4 stars feels right. it's not
    the best ep …") and an earlier one as good, of the same value on the same scale, is all
    of a line its score's label opens ("Rating: ★★★★☆", "Score — 8/10"), the labelled line's:
    the page states its score there, and the writer's musing repeats it in other words.
    None otherwise (a grade, which has no value to compare; another value, a revision or
    another episode's, is left to the other rules)."""
    at = best.priority[3]
    value = best.score.value
    if at <= 0 or value is None:
        return None  # (the title's or the byline's; a grade)
    end = body.find(best.score.raw, at)
    if end < 0:
        return None
    line_end = body.find("\n", end)
    going_on = body[end + len(best.score.raw) : len(body) if line_end < 0 else line_end]
    if not any(c.isalpha() for c in going_on):
        return None  # (all of its line, or a label's value: the score as stated)
    for candidate in candidates:
        score, start = candidate.score, candidate.priority[3]
        if not 0 <= start < at or candidate.priority[0] != best.priority[0]:
            continue
        if (score.value, score.scale) != (value, best.score.scale):
            continue
        line_start = body.rfind("\n", 0, start) + 1
        label = _LINE_LABEL.match(body, line_start, start)
        if (
            label is not None
            and not body[label.end() : start].strip(" \t*_")
            and _SCORE_KEYWORDS.search(label["label"]) is not None
            and _POLL_WORDS.search(label["label"]) is None
            and _alone_but_label(body, start, score.raw)
        ):
            return score
    return None


def _alone_but_label(body: str, start: int, raw: str) -> bool:
    """Does the score `raw` at `start` end its line, but for emphasis or closing marks?"""
    line_end = body.find("\n", start)
    after = body[start + len(raw) : len(body) if line_end < 0 else line_end]
    return body.startswith(raw, start) and not after.strip(_ALONE_MARKS)


# two reviewers' scores in one sentence, then which one is the site's: "Dana gave it 4/5,
# Marcus 3/5. Dana's is the score on our review card", "Kim's score is the official one"
_DESIGNATION = re.compile(
    r"\b(?P<name>[A-Z][a-z]{1,20})['’]s\s+(?:(?:score|rating|grade)\s+)?(?:is|counts\s+as)"
    r"\s+(?:the\s+|our\s+)?(?:official|site['’]s|main|final|one|score|rating|grade)\b"
)
_DESIGNATION_REACH = 300


def _designated(body: str, best: _Candidate, candidates: list[_Candidate]) -> Score | None:
    """When the best score shares its line with another as good ("Dana gave it 4/5, Marcus
    3/5"), the one whose clause names the reviewer the text then says is the site's ("Dana's
    is the score on our card"); None when nothing says so."""
    at = best.priority[3]
    if at < 0:
        return None  # (the title's or the byline's)
    line_start = body.rfind("\n", 0, at) + 1
    line_end = body.find("\n", at)
    line_end = len(body) if line_end < 0 else line_end
    rivals = [
        c
        for c in candidates
        if c.priority[0] == best.priority[0] and line_start <= c.priority[3] < line_end
    ]
    if len(rivals) < 2:
        return None
    said = _DESIGNATION.search(body, line_start, min(len(body), line_end + _DESIGNATION_REACH))
    if said is None:
        return None
    named = [c for c in rivals if said.group("name") in _clause_before(body, line_start, c)]
    return named[0].score if len(named) == 1 else None


# what a score's clause names it for: the episode ("Finale 5/10", "this episode: 7/10", "ep 4
# 8/10") or the show as a whole ("whole show 6/10", "the series overall 7/10", "season: 6/10")
_EPISODE_CLAUSE = re.compile(
    r"\b(?:episodes?|eps?|finale|premiere|this\s+(?:week|one)|tonight['’]?s?)\b", re.IGNORECASE
)
_WHOLE_CLAUSE = re.compile(
    r"\b(?:(?:whole|entire|full)\s+(?:show|series|season|thing|run)|show|series|season|overall)\b",
    re.IGNORECASE,
)


def _episode_over_whole(
    body: str, best: _Candidate, candidates: list[_Candidate], episode: int | None
) -> Score | None:
    """In a review of one `episode`, when the best score's clause names the show as a whole
    and one other as good on its line or the line above names the episode ("TL;DR: Finale
    5/10, whole show 6/10", "Episode 13: 5/10" / "Series overall: 6/10", "Grade for the
    finale: B-" / "Grade for the season overall: C+"), the episode's: the review's score is
    the episode's, the show's an aside (a season review, `episode` None, keeps the show's).
    A clause is read up to the score itself, past a grade's label. None otherwise."""
    at = best.priority[3]
    if episode is None or at < 0:
        return None  # (a season review; the title's or the byline's)
    line_start = body.rfind("\n", 0, at) + 1
    line_end = body.find("\n", at)
    line_end = len(body) if line_end < 0 else line_end
    # the line above, past blank lines: a page's one-line paragraphs ("<p>Finale: ★★★½</p>" /
    # "<p>Whole show: 6/10</p>") are read apart by a blank line
    above_end = len(body[:line_start].rstrip("\n")) if line_start else 0
    above_start = body.rfind("\n", 0, above_end) + 1 if above_end else 0

    def names(start: int, pattern: re.Pattern[str], other: re.Pattern[str]) -> bool:
        lead = body[body.rfind("\n", 0, start) + 1 : start]
        clause = lead[max(map(lead.rfind, ",;.!?")) + 1 :]
        return pattern.search(clause) is not None and other.search(clause) is None

    def written_at(candidate: _Candidate) -> int:
        # where the score itself stands: a grade's candidate opens at its label ("Grade for
        # the finale: B-"), whose words name what the grade is for
        start = candidate.priority[3]
        found = body.find(candidate.score.raw, start, line_end)
        return start if found < 0 else found

    def for_the_episode(candidate: _Candidate) -> bool:
        # "Verdict: 8/10 for the finale. …": the words after the score name what it is for
        end = body.find(candidate.score.raw, candidate.priority[3], line_end)
        if end < 0:
            return False
        purpose = _FOR_PURPOSE.match(body, end + len(candidate.score.raw), line_end)
        return purpose is not None and names(purpose.end(), _EPISODE_CLAUSE, _WHOLE_CLAUSE)

    if not names(written_at(best), _WHOLE_CLAUSE, _EPISODE_CLAUSE):
        return None
    rivals = [
        c
        for c in candidates
        if c.priority[0] == best.priority[0]
        and above_start <= c.priority[3] < line_end
        and c.priority[3] != at
        and (names(written_at(c), _EPISODE_CLAUSE, _WHOLE_CLAUSE) or for_the_episode(c))
    ]
    return rivals[0].score if len(rivals) == 1 else None


# what a score is for, said right after it up to its clause's end: "8/10 for the finale",
# "7/10 for this episode" (not "8/10. The finale …", another sentence)
_FOR_PURPOSE = re.compile(r"[ \t*_]*for\s+[^\n,;.!?]{1,40}")


def _clause_before(body: str, line_start: int, candidate: _Candidate) -> str:
    """The words of `candidate`'s clause before it: from its line's last comma, colon or
    semicolon (or the line's start) on."""
    at = candidate.priority[3]
    lead = body[line_start:at]
    cut = max(lead.rfind(","), lead.rfind(";"), lead.rfind(":"), lead.rfind("."))
    return lead[cut + 1 :]


# a review's byline holding its stars, all of its line, as social diary sites head a user's
# review under the episode's header ("Review by harbour_kid  ★★★½", "Reviewed by Dana Whitfield
# ★★★★☆ ♥"): the rating the site records for that review (a bare "By" is left to prose)
_BYLINE_RATING = re.compile(
    r"[ \t>*_]*(?:review(?:ed)?|rated|written)[ \t]+by"
    # the name: a handle or up to three words
    r"[ \t]+[@\w.\-]{1,40}(?:[ \t][\w.\-]{1,30}){0,2}"
    # (a heart after them: the writer liked it, as such diaries mark it)
    r"[ \t]+[★⭐🌟][★⭐🌟☆✩½\ufe0f \t]{0,24}(?:[♥❤]\ufe0f?[ \t]*)?",
    re.IGNORECASE,
)
_STAR_GLYPHS = ("★", "⭐", "🌟")


def _body_byline_rating(body: str) -> str:
    """The body's one byline holding a review's stars ("Review by harbour_kid ★★★½"), all of
    its line, as a site heads its user's review under the episode's header; "" when there is
    none, or several (a list of users' reviews, none known to be the page's)."""
    if body.isascii():
        return ""
    found = ""
    line_end = -1
    for at in find_all(body, _STAR_GLYPHS):
        if at < line_end:
            continue  # (the line's other stars)
        line_start = body.rfind("\n", 0, at) + 1
        line_end = body.find("\n", at)
        line_end = len(body) if line_end < 0 else line_end
        if _BYLINE_RATING.fullmatch(body, line_start, line_end) is None:
            continue
        if found:
            return ""
        found = body[line_start:line_end].strip()
    return found


# a post saying it gives no score: "No score this week", "no rating for this one", "not
# scoring this one", "not scoring yet", "no number from me", "(I'll) not give it a score"
# (not "a score higher than 8", nor "a score for the dub": a bound, or something else
# unscored)
_NO_SCORE = re.compile(
    r"\b(?:no\s+(?:score|rating|grade)\s+(?:this\s+(?:week|time|one|episode)|for\s+(?:this|now))"
    r"|not\s+(?:scoring|rating|grading)\s+(?:this|it|yet|until|till)\b"
    r"|no\s+(?:score|rating|grade|number)\s+from\s+me\b"
    # a score put off, opening its clause: "No score yet", "no rating until the finale" (not
    # "MAL has no score yet", a site's)
    r"|(?<!\w\s)no\s+(?:score|rating|grade)\s+(?:yet|until|till)\b"
    r"|not\s+giv(?:e|ing)\s+(?:it\s+|this(?:\s+one|\s+episode)?\s+)?an?\s+"
    r"(?:score|number|rating|grade)\b(?!\s+(?:of|higher|lower|above|below|under|over|than|to"
    r"|for|on)\b))",
    re.IGNORECASE,
)
# ...looked for first in the ascii-lowered body, in one pass (a search per phrase cost six
# passes over every document)
_NO_SCORE_HINT = re.compile(rb"no(?:t\s+(?:scor|rat|grad|giv)|\s+(?:score|rating|grade|number))")


def _no_score_said(body: str, lowered: bytes) -> re.Match[str] | None:
    """Where the page first says it gives no score ("No score this week", "no number from
    me"), if it does."""
    if _NO_SCORE_HINT.search(lowered) is None:
        return None
    return _NO_SCORE.search(body)


def _scored_after_saying_none(title: str, body: str, said: re.Match[str], score: Score) -> bool:
    """Is `score` only written after the page said it gives no score (`said`)? What follows
    the statement is someone else's (a co-host's, a poll's, a commenter's) or another
    episode's; a score the page gave before it (in its title, or "Score: 8/10. No score this
    week for the dub") stays its own."""
    return score.raw not in title and body.find(score.raw, 0, said.start()) < 0


def _unscored_post_end(body: str, said: re.Match[str] | None) -> int | None:
    """In a chat's export, where a post saying it gives no score (`said`: "No score this
    week, …") ends: the next message's header under it ("Name — Monday, 13:02"). A score in a
    later message (its writer's own reply, "I'd give the whole first cour an 8/10") is said of
    something else, not of the post. None when there is no such statement or no message
    after it."""
    if said is None:
        return None
    start = body.find("\n", said.end()) + 1
    while start > 0:
        end = body.find("\n", start)
        line = body[start : end if end >= 0 else len(body)]
        # (its writer's name in bold, as a chat's copy keeps it: "**Name** — Monday, 13:02")
        if line and chat_header(line.replace("**", "").strip()):
            return start
        start = end + 1
    return None


# a page saying it gives no overall score ("there's no overall number", "no overall score this
# time", "without an overall rating", "I don't do an overall number"), over scores each
# labelled by its episode, a line each ("Episode 6: 8/10"): a roundup's per-episode entries,
# none of them the page's own score; or labelled by what they score, a breakdown's rows
# ("Animation ...... 4/5"): its sub-scores, none of them the page's either
_NO_OVERALL = re.compile(
    r"\b(?:no|without\s+an?|(?:don['’]t|do\s+not|won['’]t|never)\s+(?:do|give)\s+an?)\s+"
    r"overall\s+(?:score|number|rating|grade|mark|verdict)\b",
    re.IGNORECASE,
)
_EPISODE_ENTRY = re.compile(
    r"^[ \t*_#>-]*(?:episode|ep\.?)[ \t]*(\d{1,4})[ \t]*[:–—-][^\n]{1,40}$",
    re.IGNORECASE | re.MULTILINE,
)
# a breakdown's row: a label of up to three words, a colon, a dash or a leader of dots or
# spaces, then its score and nothing after it ("  Story ........ 4/5", "- Visuals: 3/5")
_SUBSCORE_ROW = re.compile(
    r"^[ \t*_>|•·-]*(?P<label>[A-Za-z][\w'’&]*(?:[ \t][\w'’&]+){0,2})[ \t*_|]*"
    r"(?:[:–—|]|[ \t]-|[ \t]*\.{2,}|[ \t]{2,})[ \t.*_|]*"
    r"(?P<value>" + _NUMBER + r"[ \t]*/[ \t]*\d{1,3})[ \t*_|]*$",
    re.MULTILINE,
)
_MIN_SUBSCORE_ROWS = 3


def _per_episode_entry_only(body: str, lowered: bytes, score: Score) -> bool:
    """Does the page say it gives no overall score, and is `score` one of its episodes' own
    entries, two episodes at least scored so, each on a line of its own; or one of its
    breakdown's rows, three at least, each a line of its own?"""
    if b"overall" not in lowered or (b"no overall" not in lowered and b"an overall" not in lowered):
        return False
    if _NO_OVERALL.search(body) is None:
        return False
    entries = list(_EPISODE_ENTRY.finditer(body))
    if len({m.group(1) for m in entries}) >= 2 and any(score.raw in m.group(0) for m in entries):
        return True
    rows = list(_SUBSCORE_ROW.finditer(body))
    raw = score.raw.replace(" ", "")
    return len({m.group("label").casefold() for m in rows}) >= _MIN_SUBSCORE_ROWS and any(
        m.group("value").replace(" ", "") == raw for m in rows
    )


# full-width ASCII forms ("８／１０", "Ｓｃｏｒｅ：") and the ideographic space, as CJK input
# methods type them: folded one for one to ASCII, so a score's offsets stay the page's
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_FULL_WIDTH_FRACTION = re.compile(r"[\d\uff10-\uff19][\s\u3000]*\uff0f|\uff0f[\s\u3000]*\d")


def _full_width_folded(body: str) -> str:
    """`body` with its full-width forms folded to ASCII when it writes a fraction with a
    full-width solidus ("８／１０", "8／10"), which no pattern here reads; else `body`."""
    if body.isascii() or "\uff0f" not in body or _FULL_WIDTH_FRACTION.search(body) is None:
        return body
    return body.translate(_FULL_WIDTH)


# a line labelled by a site's name and a score's word, as a web page's verdict box is ("Otaku
# Vault Score: 8/10", "Gearbox Grade: B+"): its name's words, then the score's word
_SITE_LABEL = re.compile(
    r"^[ \t*_]*(?P<site>[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*){0,3})[ \t]+"
    r"(?:grade|score|rating|verdict)[ \t*_]*:",
    re.MULTILINE | re.IGNORECASE,
)
_SITE_LABEL_CUES = ("rade:", "core:", "ating:", "erdict:", "RADE:", "CORE:", "ATING:", "ERDICT:")
_SITE_LETTERS = re.compile(r"[\W_]+")
_MIN_SITE_LETTERS = 5


def _site_label_as_own(body: str, sitename: str | None, url: str | None) -> str:
    """`body` with the label of a line naming the page's own site and a score's word
    ("Gearbox Grade: B+" on gearboxanime.net, "Otaku Vault Score: 8/10" on a site named so)
    read as the page's own ("Our Grade: B+"): the site's verdict box, which extraction drops
    and the page's text gets back after its article, under whatever section closes it (one
    quoting other outlets' scores). The same `body` when no line is so labelled."""
    host = url.split("://", 1)[-1].split("/", 1)[0] if url and "://" in url else ""
    names = [_SITE_LETTERS.sub("", fold(name)) for name in (sitename or "", host)]
    names = [name.removeprefix("www") for name in names if name]
    if not names:
        return body
    spans = []
    for label in _SITE_LABEL.finditer(body):
        letters = _SITE_LETTERS.sub("", fold(label["site"]))
        if len(letters) >= _MIN_SITE_LETTERS and any(name.startswith(letters) for name in names):
            spans.append(label.span("site"))
    for start, end in reversed(spans):
        body = f"{body[:start]}Our{body[end:]}"
    return body


def detect_score(draft: Draft) -> None:
    """draft.score: the front matter's, else the one the title or body gives."""
    if draft.front_matter.score is not None:
        draft.score = draft.front_matter.score
        return
    if draft.chat_discussion:
        draft.explain("score", "none: a chat's members talking it over, each score their own")
        return
    body = draft.body
    draft.score = shortcode_score(body)
    if draft.score is not None:
        draft.explain("score", f"{draft.score.raw!r}: the rating box of the site's shortcode")
        return
    lowered = draft.body_lowered()
    folded = _full_width_folded(body)
    if folded is not body:
        body, lowered = folded, ascii_lowered(folded)
    said = _no_score_said(body, lowered)
    post_end = _unscored_post_end(body, said)
    if post_end is not None:
        draft.explain(
            "score", "the post says it gives no score: the chat's later messages not read"
        )
        body = body[:post_end]
        lowered = ascii_lowered(body)
    if draft.meta is not None and any(cue in body for cue in _SITE_LABEL_CUES):
        owned = _site_label_as_own(body, draft.meta.sitename, draft.meta.url)
        if owned is not body:
            draft.explain("score", "the verdict box's label names the page's own site")
            body, lowered = owned, ascii_lowered(owned)
    last = body.rfind("\n\n")
    stated = draft.meta.stated_unit if draft.meta is not None else None
    closing_from = last + 2 if last >= 0 else 0
    byline = draft.byline_rating or _body_byline_rating(body)
    unit = stated or stated_unit(body, draft.body_lowered())

    def score_of(episode: int | None) -> Score | None:
        return score_in(
            draft.title,
            body,
            closing_from,
            byline,
            lowered,
            episode=episode,
            anime=draft.anime_title,
            unit=unit,
        )

    draft.score = score_of(None if draft.kind is DocumentKind.SEASON_REVIEW else draft.episode)
    if (
        draft.score is None
        and draft.episode_in_season is not None
        and draft.episode_in_season != draft.episode
        and draft.kind is not DocumentKind.SEASON_REVIEW
    ):
        # "S2 Ep 5" counted through the seasons as episode 17: the writer labels the score
        # with the season's number ("Ep 5: 7.5/10"), this episode's own, not another's entry
        draft.score = score_of(draft.episode_in_season)
        if draft.score is not None:
            draft.explain("score", "labelled with the episode's number within its season")
    if draft.score is not None and _per_episode_entry_only(body, lowered, draft.score):
        draft.explain(
            "score",
            f"none: {draft.score.raw!r} is an episode's entry or a sub-score, and the page gives"
            " no overall score",
        )
        draft.score = None
        return
    if (
        draft.score is not None
        and said is not None
        and _scored_after_saying_none(draft.title, body, said, draft.score)
    ):
        draft.explain(
            "score", f"none: the page says it gives no score, and {draft.score.raw!r} comes after"
        )
        draft.score = None
        return
    if draft.score is not None:
        on_100 = draft.score.score_100
        scale = f" ({on_100:g}/100)" if on_100 is not None else " (a grade: no scale stated)"
        draft.explain("score", f"{draft.score.raw!r}{scale}")
    else:
        draft.explain("score", "none: no reviewer's score (polls, lists and odds are not one)")
