"""The body's structure: paragraphs, an episode title line under the title, and the split of
a recap from the review that follows its heading ("Review", "Verdict", "Thoughts"...)."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.ingest.detect.characters import learn_characters
from bot.ingest.detect.furniture import not_a_title
from bot.ingest.detect.score import score_in
from bot.ingest.errors import IngestError
from bot.ingest.normalise import fold
from bot.models import DocumentKind, ParsedSection, SectionKind

if TYPE_CHECKING:
    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = [
    "build_sections",
    "find_sections",
    "is_review_heading",
    "is_section_heading",
    "looks_like_episode_title",
    "paragraphs",
    "split_paragraphs",
    "take_episode_title",
]

# Kinds whose text before a review heading is a recap.
_RECAP_KINDS = (DocumentKind.RECAP, DocumentKind.EPISODE_REVIEW)
# a Markdown heading's or bold label's marks around either: "## Review", "**Our take**"
_REVIEW_HEADING = re.compile(
    r"(?:#{1,6}\s+|[*_]{1,3})?(?:the\s+)?"
    r"(?:(?P<qualifier>episode|our|my|final|overall|series|season|full|critical"
    # a discussion post's host heading their part of it: "**Some thoughts**", "A few thoughts"
    r"|some|a\s+few)\s+)?"
    # "Reception": a wiki episode page's section on how the episode was received
    r"(?P<word>review|verdict|thoughts|conclusion|conclusions|analysis|opinion|takes?|reception)"
    # a few words in brackets saying what kind of take it is ("My take (rewatch review)",
    # "Thoughts (spoilers)", "Review (no spoilers)"): still the heading, not a sentence (no
    # digits, a part's "(Part 2)" naming an episode)
    r"(?:\s*\([A-Za-z][A-Za-z '’-]{0,28}\))?"
    r"[*_]{0,3}\s*[:.]?[*_]{0,3}",
    re.IGNORECASE,
)
_RECAP_HEADING = re.compile(
    r"(?:#{1,6}\s+|[*_]{1,3})?(?:the\s+|a\s+)?(?:(?:quick|brief|short|spoiler|plot)\s+)?"
    r"(?:episode\s+)?(?:recap|summary|synopsis|plot\s+summary"
    r"|story\s+so\s+far|what\s+happen(?:s|ed))[*_]{0,3}\s*[:.]?[*_]{0,3}",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"(?:by|posted|written|published|updated|author|on)\b|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.,;:]$|[.!?]\s+\S")
_QUOTES = "\"'“”‘’«»「」『』"


def paragraphs(lines: Sequence[str]) -> list[str]:
    """Runs of non-empty lines, joined by "\\n"; any run of empty lines separates two."""
    found: list[str] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            found.append("\n".join(current))
            current = []
    if current:
        found.append("\n".join(current))
    return found


def looks_like_episode_title(line: str) -> bool:
    """A short, capitalised line that is no sentence, byline, heading, spoiler notice or
    score."""
    if "\n" in line or len(line) > 100 or len(line.split()) > 12:
        return False
    if _SENTENCE_END.search(line) or _BYLINE.match(line):
        return False
    if _REVIEW_HEADING.fullmatch(line) or _RECAP_HEADING.fullmatch(line):
        return False
    if "spoiler" in line.lower():
        return False  # "Spoiler Warning" is a notice, not the episode's name
    if score_in(line, "", 0) is not None:
        return False  # "Short version: ★★★☆☆", "Score: 7/10": the verdict, given up front
    if "(" in line and learn_characters(line):
        return False  # "Starring: <Name> (<Actor>)": a cast's credits, which teach characters
    first = line.lstrip(_QUOTES)[:1]
    return bool(first) and (first.isupper() or first.isdigit())


def is_review_heading(paragraph: str) -> re.Match[str] | None:
    """The match of a one-line review heading ("Review:", "My Thoughts"), or None."""
    if "\n" in paragraph or len(paragraph) > _MAX_REVIEW_HEADING:
        return None
    return _REVIEW_HEADING.fullmatch(paragraph)


_MAX_REVIEW_HEADING = 40


def is_section_heading(line: str) -> bool:
    """Is `line` a one-line heading of a review's section: its recap's ("RECAP", "Summary")
    or its review's ("REVIEW", "My Thoughts")?"""
    return len(line) <= _MAX_REVIEW_HEADING and (
        _REVIEW_HEADING.fullmatch(line) is not None or _RECAP_HEADING.fullmatch(line) is not None
    )


def split_paragraphs(draft: Draft) -> None:
    """draft.paragraphs: the lines after the title. A document without any is rejected."""
    draft.paragraphs = paragraphs(draft.lines[draft.body_from :])
    if not draft.paragraphs:
        if draft.boilerplate_removed:
            raise IngestError("no text left after removing site boilerplate")
        raise IngestError("no text after the title")


_MAX_LEADING_FURNITURE = 4
_MAX_FURNITURE = 160
_MIN_SENTENCE_WORDS = 6  # a line ending as a sentence with as many words is prose


def _is_furniture_paragraph(paragraph: str) -> bool:
    """Is `paragraph` one line of page furniture: a byline, a date, a credit, a label? (Not a
    spoiler notice or a section's heading, which later stages read.)"""
    return (
        len(paragraph) <= _MAX_FURNITURE
        and "\n" not in paragraph
        and ". " not in paragraph  # (two sentences: prose, and a cheap test before the rest)
        and "poiler" not in paragraph
        and "POILER" not in paragraph
        and _REVIEW_HEADING.fullmatch(paragraph) is None
        and _RECAP_HEADING.fullmatch(paragraph) is None
        and (paragraph[-1] not in ".!?" or len(paragraph.split()) < _MIN_SENTENCE_WORDS)
        and not_a_title(paragraph)
    )


def _names_another_episode(draft: Draft, line: str) -> bool:
    """Does `line` hold the catalog's title of an episode other than the document's (a
    sidebar's episode guide: "01 · Crimson Is The Sound of Dawn" on a page about episode 4)?"""
    if draft.catalog is None:
        return False
    folded = fold(line)
    return any(
        e.number != draft.episode and e.title and fold(e.title) in folded
        for e in draft.catalog.episodes
    )


def take_episode_title(draft: Draft) -> None:
    """draft.episode_title: the front matter's; a first paragraph that is the episode's title
    (the front matter's or the catalog's, or one that looks like a title) is taken out, and
    the page's furniture opening the text (a byline or a date under the headline) with it."""
    paragraphs = draft.paragraphs
    episode = draft.episode
    episode_title = draft.front_matter.episode_title
    titles: set[str] = set()  # the episode's titles as given, folded
    if episode is not None:
        if episode_title is not None:
            titles.add(fold(episode_title))
        if draft.catalog is not None:
            titles.update(
                fold(e.title) for e in draft.catalog.episodes if e.number == episode and e.title
            )
    # (page furniture, "Episode Guide" or a date, never names the episode: what is left
    # first after this is not furniture, which looks_like_episode_title leaves to it)
    for _ in range(_MAX_LEADING_FURNITURE):
        if len(paragraphs) < 2:
            break
        first = paragraphs[0]
        if fold(first.strip(_QUOTES)) in titles or not _is_furniture_paragraph(first):
            break
        draft.boilerplate_removed += 1
        paragraphs.pop(0)  # a byline or a date under the headline: no text, no title
    if episode is not None and paragraphs:
        candidate = paragraphs[0].strip(_QUOTES).strip()
        if fold(candidate) in titles:
            paragraphs.pop(0)
            episode_title = episode_title or candidate
        elif (
            episode_title is None
            and len(paragraphs) > 1
            and looks_like_episode_title(paragraphs[0])
            and not _names_another_episode(draft, candidate)
        ):
            episode_title = candidate
            paragraphs.pop(0)
    if not paragraphs:
        raise IngestError("no text after the title")
    draft.episode_title = episode_title


def find_sections(draft: Draft) -> None:
    """Headings and the split point: draft.recap_heading, draft.review_heading, draft.split_at
    (the index of the heading between a recap and a review), and draft.body (the paragraphs
    without the review heading)."""
    paragraphs = draft.paragraphs
    if (
        len(paragraphs) > 1
        and "\n" not in paragraphs[0]
        and _RECAP_HEADING.fullmatch(paragraphs[0])
    ):
        draft.recap_heading = paragraphs.pop(0)
        draft.title_says_recap = True
    split_at: int | None = None
    heading_at: int | None = None  # index of the review heading, if any
    recap_heading = draft.recap_heading  # the recap heading before the review heading, if any
    recap_at = 0  # the index of the recap's first paragraph of text
    for number, paragraph in enumerate(paragraphs):
        if len(paragraph) > _MAX_REVIEW_HEADING or "\n" in paragraph:
            continue  # (is_review_heading's test, inline: this runs on every paragraph)
        heading = _REVIEW_HEADING.fullmatch(paragraph)
        if heading is None:
            if recap_heading is None and _RECAP_HEADING.fullmatch(paragraph) is not None:
                recap_heading = paragraph
                recap_at = number + 1
            continue
        if number == 0:
            heading_at = 0  # a heading over the whole text: no recap before it
            continue
        # What precedes a heading is a recap only when the document says it has one, or
        # when the heading is literally a "Review" heading in a non-season document.
        says_recap = draft.title_says_recap or draft.front_matter.kind in _RECAP_KINDS
        if (
            recap_heading is not None
            and draft.kind is DocumentKind.EPISODE_REVIEW
            and draft.front_matter.kind is None
        ):
            if _closes_sections(heading, recap_heading, paragraphs, recap_at, number):
                draft.explain(
                    "kind", f"{draft.kind}: a summary heads one section of several, then a verdict"
                )
            else:
                # a recap heading, then a review heading: a recap with a review section,
                # whatever the title calls it ("## Summary" … "## Review")
                draft.kind = DocumentKind.RECAP
                draft.title_says_recap = says_recap = True
                draft.explain("kind", f"{draft.kind}: a recap heading, then a review heading")
        explicit_review = heading.group("word").lower() == "review"
        if says_recap or (explicit_review and draft.kind is not DocumentKind.SEASON_REVIEW):
            split_at = heading_at = number
        break
    draft.split_at = split_at
    draft.review_heading = paragraphs[heading_at] if heading_at is not None else None
    draft.body = "\n\n".join(p for i, p in enumerate(paragraphs) if i != heading_at)
    if not draft.body:
        raise IngestError("no text after the title")


# a review heading's word that closes a review rather than opens one ("Verdict", "Conclusion")
_CLOSING_WORDS = frozenset({"verdict", "conclusion", "conclusions"})
# a review heading's qualifier that makes any of its words a close ("Final thoughts")
_CLOSING_QUALIFIER = "final"
_MIN_SECTION_PROSE = 12  # words of the paragraph under a heading that make it a section's text
_MARKDOWN_LEVEL = re.compile(r"(#{1,6})\s+")


def _closes_sections(
    heading: re.Match[str], recap_heading: str, paragraphs: Sequence[str], start: int, end: int
) -> bool:
    """Does review `heading` (at `end`) close a review in sections, of which the recap's
    (`recap_heading`, its text from `start`) was only the first: a closing word ("Verdict",
    "Conclusion") or any word said to be the last ("Final thoughts", not "My thoughts"), and
    between the two the heading of another section over running text ("What happens" … "How
    it's staged" … "Verdict")? A recap's own parts (a wiki's "Plot" under its "Synopsis",
    then its "Reception"; a Markdown recap's "### Part A" under its "## Recap") end at a
    heading that opens the review, or are headed a level down."""
    qualifier = heading.group("qualifier")
    if heading.group("word").lower() not in _CLOSING_WORDS and (
        qualifier is None or qualifier.lower() != _CLOSING_QUALIFIER
    ):
        return False
    marked = _MARKDOWN_LEVEL.match(recap_heading)
    level = len(marked.group(1)) if marked else 6
    for at in range(start + 1, end - 1):
        line = paragraphs[at]
        if len(paragraphs[at + 1].split(maxsplit=_MIN_SECTION_PROSE)) <= _MIN_SECTION_PROSE:
            continue  # no running text under it: a list's line, a caption, a table's cell
        marks = _MARKDOWN_LEVEL.match(line)
        if marks is not None:
            if len(marks.group(1)) > level:
                continue  # a part of the recap
            line = line[marks.end() :]
        if looks_like_episode_title(line.strip("*_")):
            return True
    return False


def build_sections(draft: Draft) -> None:
    """draft.sections: a spoiler recap then a review when split, else one section.

    A recap with a review after its heading stays a recap (with a review section).
    """
    about = draft.about_episode
    recap_heading = draft.recap_heading
    sections: list[ParsedSection]
    if draft.split_at is not None:
        recap_text = "\n\n".join(draft.paragraphs[: draft.split_at])
        review_text = "\n\n".join(draft.paragraphs[draft.split_at + 1 :])
        sections = [ParsedSection(SectionKind.RECAP, recap_text, True, recap_heading, about)]
        if review_text:
            sections.append(
                ParsedSection(
                    SectionKind.REVIEW,
                    review_text,
                    draft.declares_spoilers,
                    draft.review_heading,
                    about,
                )
            )
    elif draft.kind is DocumentKind.RECAP:
        sections = [ParsedSection(SectionKind.RECAP, draft.body, True, recap_heading, about)]
    else:
        spoiler = draft.declares_spoilers or draft.title_says_recap
        sections = [
            ParsedSection(SectionKind.REVIEW, draft.body, spoiler, draft.review_heading, about)
        ]
    draft.sections = sections
