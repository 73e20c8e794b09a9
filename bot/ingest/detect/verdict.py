"""The reviewer's verdict and the opening excerpt: facts of a document's review sections.

Worked out once per document at ingest (and, for documents stored before migration 0009, once
by the store) and stored with it, so /review and announcements only fit and escape them. A
score in a paragraph is found by the score detector itself (:func:`score_in`), and sentence
ends by :mod:`bot.text.sentences`: no copies of their patterns here.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from bot.ingest.detect.score import ascii_lowered, may_give_score, score_in
from bot.models import DocumentFacts, Score, SectionKind
from bot.spoilers import truncate
from bot.text.sentences import sentence_spans, squash

if TYPE_CHECKING:
    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = ["OPENING_LIMIT", "detect_verdict", "document_facts", "opening_excerpt", "verdict"]

OPENING_LIMIT = 300
"""The opening excerpt's length at most, in characters (unescaped)."""

_PARAGRAPH_SPLIT = re.compile(r"\n[^\S\n]*\n\s*")
# Closing cues at the start of a paragraph ("Overall, ...", "So in the final assessment, ...").
_OPENING_CUE = re.compile(
    r"\W*+(?:(?:so|and|but|well|anyway|ultimately)[\s,]+)?"
    r"(?:overall|in the final assessment|in conclusion|for now|all in all|to conclude|"
    r"in the end|in summary|to sum up|verdict|final thoughts)\b",
    re.IGNORECASE,
)
_ANY_CUE = re.compile(
    r"\b(?:overall|in the final assessment|in conclusion|for now|all in all|verdict)\b",
    re.IGNORECASE,
)
# Looked for in ascii_lowered() text: the same answer as in str.lower() text, as the only
# non-ASCII characters that lower-case to ASCII ones are K (to k) and İ (to i and a combining
# dot), and no cue word holds a k or ends in an i.
_CUE_WORDS = (b"overall", b"final assessment", b"conclusion", b"for now", b"all in all", b"verdict")


class _SectionLike(Protocol):
    """A parsed or a stored section: all the facts need of one."""

    @property
    def kind(self) -> SectionKind: ...

    @property
    def text(self) -> str: ...


def _paragraphs(text: str) -> list[str]:
    return [p for p in _PARAGRAPH_SPLIT.split(text) if p and not p.isspace()]


def _score_of(paragraph: str, lowered: bytes) -> Score | None:
    """The reviewer's score the paragraph (`lowered`: its ascii_lowered) gives, as the score
    detector reads one (not a date, a count, a list entry or a poll); every fraction in it
    counts as a closing one."""
    if not may_give_score(paragraph, lowered):
        return None  # (most paragraphs: a few searches instead of the detector's passes)
    return score_in("", paragraph, 0, body_lowered=lowered, boxes=False)


# What may stand beside a score in a paragraph that says nothing else ("**Score:** 6/10")
_SCORE_LABELS = frozenset(
    ("score", "scores", "rating", "rated", "grade", "verdict", "overall", "final", "my", "our",
     "out", "of", "stars", "star", "points", "pts")
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
_EMPHASIS_MARKS = re.compile(r"[*_]+")
_MAX_BARE_SCORE = 60  # a longer paragraph says more than a score and its label
_MIN_SAID_WORDS = 4  # a paragraph before a bare score that says something, not a heading


def _only_a_score(paragraph: str, score: Score) -> bool:
    """Is the paragraph its score and nothing else ("**6/10**", "Score: 4 out of 5 stars.")?"""
    rest = paragraph.replace(score.raw, " ", 1)
    return all(word.lower() in _SCORE_LABELS for word in _WORD.findall(rest))


def verdict(text: str, text_lowered: bytes | None = None) -> str:
    """The reviewer's closing assessment (whitespace-normalised, unescaped).

    The last paragraph that opens with a closing cue ("Overall", "So in the final assessment",
    "For now", "In conclusion", "All in all", ...) or gives a score ("70 out of 100", "7/10");
    failing that, the last paragraph with a cue anywhere; failing that, the last paragraph.
    A paragraph that is only a score ("**6/10**") comes after the words it scores: the
    paragraph before it, when that one says something, goes in front of it.

    `text_lowered`: ascii_lowered(text), when the caller has it already.
    """
    paragraphs = _paragraphs(text)
    if not paragraphs:
        return ""
    # The whole text first: a paragraph that may give a score or holds a cue word makes the
    # whole text one that may, as each test looks at the paragraph's own characters and at
    # most 32 bytes before one (which the text holds too, after the blank line between
    # paragraphs). So when the text may not, no paragraph is lowered and tested on its own:
    # about half the documents, with a dozen paragraphs each. Worked out at the first
    # paragraph with no cue: when the last opens with one (half the texts), it is not needed.
    scores: bool | None = None
    lowered: list[bytes] = []  # each paragraph's ascii_lowered, the last first, when scores
    for index in range(len(paragraphs) - 1, -1, -1):
        paragraph = paragraphs[index]
        cue = _OPENING_CUE.match(paragraph) is not None
        score = None
        if not cue and scores is None:
            if text_lowered is None:
                text_lowered = ascii_lowered(text)
            scores = may_give_score(text, text_lowered)
        if not cue and scores:  # (the dear part: only when needed)
            lowered.append(ascii_lowered(paragraph))
            score = _score_of(paragraph, lowered[-1])
        if cue or score is not None:
            if (
                score is not None
                and len(paragraph) <= _MAX_BARE_SCORE
                and _only_a_score(paragraph, score)
            ):
                bare = _EMPHASIS_MARKS.sub("", paragraph)  # "**Score:** 6/10": no markup left
                said = paragraphs[index - 1] if index else ""
                if len(said.split()) >= _MIN_SAID_WORDS:
                    return squash(f"{said} {bare}")
                return squash(bare)
            return squash(paragraph)
    # no paragraph opened with a cue: each was lowered above when scores (and the text was)
    assert text_lowered is not None
    if any(cue in text_lowered for cue in _CUE_WORDS):
        for at, paragraph in enumerate(reversed(paragraphs)):
            low = lowered[at] if scores else ascii_lowered(paragraph)
            if any(cue in low for cue in _CUE_WORDS) and _ANY_CUE.search(paragraph):
                return squash(paragraph)
    return squash(paragraphs[-1])


def opening_excerpt(text: str, limit: int = OPENING_LIMIT) -> str:
    """The first whole sentences of ``text`` that fit in ``limit`` chars (unescaped).

    When even the first sentence is longer, it is truncated at a word boundary with "…".
    """
    # Only the first limit + 64 characters of the squashed text are read, and whether there
    # are more than `limit`; squashing a prefix of a text gives a prefix of the squashed text.
    # So a prefix a little longer than that is squashed first (most texts have no long
    # whitespace runs), and a longer one only when that one comes out too short.
    head = text[: 4 * limit + 64]
    flat = squash(head[: limit + 100])
    if len(flat) < limit + 65:
        flat = squash(head)
        if len(flat) <= limit and len(head) < len(text):
            flat = squash(text)
    if len(flat) <= limit:
        return flat
    # a little past the limit, so a sentence ending right at it sees what follows
    spans = sentence_spans(flat[: limit + 64])
    best = 0
    for start, _ in spans[1:]:  # a sentence ends where the next one starts
        if start > limit:
            break
        best = start
    if best:
        return flat[:best].rstrip()
    return truncate(flat, limit)


def document_facts(
    sections: Sequence[_SectionLike], known: tuple[str, bytes] | None = None
) -> DocumentFacts:
    """The verdict of a document's review sections (with the position of the section it
    comes from) and the opening of its first review section. `known`: a text and its
    ascii_lowered, which the caller has already (the draft's body): when the review text is
    that text (one review section, the whole body), it is not lowered again."""
    reviews = [(at, s) for at, s in enumerate(sections) if s.kind is SectionKind.REVIEW]
    if not reviews:
        return DocumentFacts(verdict="", verdict_section=None, opening="")
    text = "\n\n".join(s.text for _, s in reviews)
    said = verdict(text, known[1] if known is not None and text is known[0] else None)
    position: int | None = None
    if said:
        position = reviews[-1][0]
        if len(reviews) > 1:
            position = next((at for at, s in reversed(reviews) if said in squash(s.text)), position)
    return DocumentFacts(
        verdict=said, verdict_section=position, opening=opening_excerpt(reviews[0][1].text)
    )


def detect_verdict(draft: Draft) -> None:
    """draft.facts: the verdict and opening of the sections just built."""
    draft.facts = facts = document_facts(draft.sections, (draft.body, draft.body_lowered()))
    if facts.verdict:
        shown = facts.verdict if len(facts.verdict) <= 80 else facts.verdict[:79] + "…"
        draft.explain("verdict", f"{shown!r} (section {facts.verdict_section})")
    else:
        draft.explain("verdict", "none: no review text")
