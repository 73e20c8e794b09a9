"""Notation grid for the score detector (issue 11, round 23).

Every notation below is one that reviewers and outlets actually print: score lines
("8/10", "Rating: 4/5", "4 out of 5"), stars (glyphs, emoji, halves, words), letter
grades, sub-score boxes with an overall, a score in the headline; and decoys that are not
the reviewer's score (last week's score, users' averages, reader polls, database averages,
rankings, runtimes, fractions, dates, per-episode lists, comments). Each is embedded in
page skeletons (plain text, HTML with site chrome, Markdown with front matter, a page with
no headline whose first sentence carries the notation) around a short review in our own
words, and parsed the way ``bench.ingest_accuracy`` parses a page.

The expected values are a hand-made answer key written from the notation, following the
corpus README: the score as written (with or without its unit where the README allows
both), stars out of 5 times 20, letter grades with no 0-100 value, and no score at all
for a decoy.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bench.ingest_accuracy import pipeline_parser
from tests.bot.ingest.helpers import assert_parsed_score

Accepted = tuple[str, ...] | None


@dataclasses.dataclass(frozen=True)
class Notation:
    name: str
    line: str  # the line as printed in the review's body
    raw: Accepted  # accepted spellings of the score as written; None: no score
    score_100: float | None
    sentence: str | None = None  # the notation inside an opening sentence, for skeleton (d)


# --------------------------------------------------------------------------- the reviews

INTRO = (
    "Metallic Rouge finally slows down this week, and the fourth episode is better for it. "
    "Rouge Redstar spends most of it away from the fighting, trailing a nervous informant "
    "through the lower districts while Naomi Orthmann argues with her handlers over the radio."
)
MIDDLE = (
    "The animation budget clearly went to the chase across the rooftops in the second half. "
    "Bones keeps the camera moving without losing track of who is where, and the "
    "score leans on a low synth pulse that suits the city at night."
)
CLOSE = (
    "Not everything lands. Jean Jaques Gaultier is still a cipher, and the episode ends on a "
    "reveal that the trailers already gave away. Still, this is the most confident the show "
    "has looked so far, and I am curious where Rouge goes from here."
)
SEASON_INTRO = (
    "Metallic Rouge wrapped up its first season last week, so here is a look back at the "
    "whole run. Rouge Redstar and Naomi Orthmann carry it, even when the plot does not."
)

COMMENTS_HEADING = "3 Comments"
HEADLINE = "Metallic Rouge Episode 4 Review"
SEASON_HEADLINE = "Metallic Rouge Season 1 Review"


def _plain(headline: str, paragraphs: list[str]) -> str:
    """(a) plain text, the headline on the first line."""
    return headline + "\n\nBy Dana Whitfield | January 31, 2024\n\n" + "\n\n".join(paragraphs)


def _html(headline: str, paragraphs: list[str]) -> str:
    """(b) an HTML page with chrome, a suffixed <title>, og:title and an <article>.

    Comments (paragraphs from the ``COMMENTS`` heading on) go in a comments section after
    the article, as blogs print them."""
    comments = ""
    if COMMENTS_HEADING in paragraphs:
        at = paragraphs.index(COMMENTS_HEADING)
        paragraphs, thread = paragraphs[:at], paragraphs[at + 1 :]
        comments = (
            f'<section id="comments"><h2>{COMMENTS_HEADING}</h2>\n'
            + "\n".join(f'<div class="comment"><p>{p}</p></div>' for p in thread)
            + "\n</section>"
        )
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{headline} | Orbit Anime</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Orbit Anime">
</head><body>
<header><nav><a href="/">Home</a> <a href="/reviews">Reviews</a> <a href="/news">News</a>
<a href="/about">About</a></nav></header>
<main>
<article>
<h1>{headline}</h1>
<p class="byline">By Dana Whitfield, January 31, 2024</p>
{body}
</article>
{comments}
<aside class="sidebar"><h3>Popular this week</h3>
<ul><li><a href="/frieren-28">Frieren Episode 28 Review</a></li>
<li><a href="/dungeon-meshi-4">Delicious in Dungeon Episode 4 Review</a></li></ul>
<h3>Newsletter</h3><p>Get our reviews every Friday.</p></aside>
</main>
<footer><p>&copy; 2024 Orbit Anime. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> <a href="/contact">Contact</a></p></footer>
</body></html>
"""


def _markdown(headline: str, paragraphs: list[str]) -> str:
    """(c) Markdown with a YAML front matter title."""
    return (
        f'---\ntitle: "{headline}"\ndate: 2024-01-31\ntags: [anime, metallic-rouge]\n---\n\n'
        + "\n\n".join(paragraphs)
        + "\n"
    )


def _headless(first_sentence: str, paragraphs: list[str]) -> str:
    """(d) no headline: the first body sentence carries the notation."""
    return first_sentence + " " + "\n\n".join(paragraphs)


# --------------------------------------------------------------------------- the notations

SCORES: list[Notation] = [
    Notation("slash-10", "Score: 8/10", ("8/10",), 80, "Metallic Rouge episode 4 is an 8/10."),
    Notation("bare-slash-10", "8/10", ("8/10",), 80),
    Notation("spaced-slash", "Score: 8 / 10", ("8 / 10", "8/10"), 80),
    Notation(
        "decimal-slash",
        "Rating: 8.5/10",
        ("8.5/10",),
        85,
        "Metallic Rouge episode 4 gets an 8.5/10 from me.",
    ),
    Notation("rating-5", "Rating: 4/5", ("4/5",), 80),
    Notation(
        "out-of-5",
        "Rating: 4 out of 5",
        ("4 out of 5",),
        80,
        "I give Metallic Rouge episode 4 a 4 out of 5.",
    ),
    Notation(
        "out-of-10",
        "My rating: 7 out of 10",
        ("7 out of 10",),
        70,
        "Metallic Rouge episode 4 is a solid 7 out of 10.",
    ),
    Notation("out-of-100", "Score: 85/100", ("85/100",), 85),
    Notation(
        "decimal-stars",
        "Rating: 4.5 stars",
        ("4.5 stars", "4.5"),
        90,
        "Metallic Rouge episode 4 earns 4.5 stars.",
    ),
    Notation("stars-out-of-5", "4.5 out of 5 stars", ("4.5 out of 5 stars", "4.5 out of 5"), 90),
    Notation("glyph-stars", "Rating: ★★★★☆", ("★★★★☆",), 80),
    Notation("glyph-half", "★★★½", ("★★★½",), 70, "Metallic Rouge episode 4: ★★★½."),
    Notation("emoji-half", "Rating: ⭐⭐⭐⭐ 1/2", ("⭐⭐⭐⭐ 1/2",), 90),
    Notation("emoji-half-glyph", "⭐⭐⭐½", ("⭐⭐⭐½",), 70),
    Notation("fraction-stars", "4 1/2 stars", ("4 1/2 stars", "4 1/2"), 90),
    Notation("fraction-out-of-5", "Rating: 3 1/2 out of 5", ("3 1/2 out of 5",), 70),
    Notation("verdict", "Verdict: 7/10", ("7/10",), 70),
    Notation("final-score", "Final score: 9/10", ("9/10",), 90),
    # (no opening-sentence form: grades are read in the closing lines or on a labelled line,
    # a letter in the opening's prose, "Show gets a B+.", being too easily something else)
    Notation("letter", "Grade: B+", ("B+",), None),
    Notation("letter-minus", "Grade: A-", ("A-",), None),
    Notation("letter-bare-label", "Episode grade: B", ("B",), None),
    Notation("letter-with-word", "Final verdict: B+ (great)", ("B+",), None),
    Notation("bold-label", "**Score:** 8/10", ("8/10",), 80),
    Notation("dash-label", "Score — 8/10", ("8/10",), 80),
    Notation("fraction-stars-unit", "3.5/5 stars", ("3.5/5 stars", "3.5/5"), 70),
    Notation("fraction-star-emoji", "Rating: 4.5/5 ⭐", ("4.5/5", "4.5/5 ⭐"), 90),
    Notation("glyphs-and-fraction", "Rating: ★★★★★ (5/5)", ("5/5", "★★★★★", "★★★★★ (5/5)"), 100),
]

# A sub-scores box with an overall line.
BOX = Notation(
    "subscores-overall",
    "Story: 7/10\nAnimation: 9/10\nMusic: 8/10\nCharacters: 7/10\nOverall: 8/10",
    ("8/10",),
    80,
)
# The score at the end, under a "Final thoughts" heading.
FINAL_THOUGHTS = Notation(
    "final-thoughts",
    "Final Thoughts\n\nA quieter episode that earns its quiet.\n\n8.5/10",
    ("8.5/10",),
    85,
)

# Headline notations: (headline, accepted raw, score_100).
HEADLINES: list[tuple[str, str, Accepted, float | None]] = [
    ("headline-paren", HEADLINE + " (8/10)", ("8/10",), 80),
    ("headline-stars-word", HEADLINE + " – 4 stars", ("4 stars", "4"), 80),
    ("headline-glyphs", HEADLINE + ": ★★★★", ("★★★★",), 80),
    ("headline-colon-score", HEADLINE + ": 7/10", ("7/10",), 70),
    ("headline-half-glyph", HEADLINE + " ★★★½", ("★★★½",), 70),
]

# Decoys: lines that are not the reviewer's score.
DECOYS: list[Notation] = [
    Notation("last-week", "That is up from a 7 last week, for what it is worth.", None, None),
    Notation("last-week-slash", "Last week I gave it a 6/10, and I stand by that.", None, None),
    Notation("users-average", "User score: 7.9/10 (1,204 ratings)", None, None),
    Notation(
        "reader-poll",
        "How would you rate this episode?\n\n5 stars: 212 votes\n4 stars: 140 votes\n"
        "3 stars: 51 votes\n2 stars: 9 votes\n1 star: 4 votes",
        None,
        None,
    ),
    Notation("mal-average", "MyAnimeList score: 7.21 (scored by 41,337 users)", None, None),
    Notation("anilist-average", "AniList average score: 72%", None, None),
    Notation("ranked", "The show is ranked #12 on the season chart this week.", None, None),
    Notation("runtime", "Episode 4, 24 min, streaming on Crunchyroll.", None, None),
    Notation("fraction-cast", "About 1/2 of the cast barely speaks this week.", None, None),
    Notation("date", "The episode aired 4/5/2024 in Japan.", None, None),
    Notation(
        "comments",
        f"{COMMENTS_HEADING}\n\nkaito_92 says:\nThis was a 10/10 for me, best episode yet.\n\n"
        "Leave a Reply",
        None,
        None,
    ),
    Notation("app-rating", "Crunchyroll rating: 4.9/5 (12K reviews)", None, None),
    Notation("catch-up", "Previously: episode 3 got a 6/10 from me.", None, None),
    Notation("no-score", "", None, None),
]

# A season review with per-episode scores and no overall score.
EPISODE_LIST = "\n".join(f"Episode {n}: {s}/10" for n, s in enumerate([7, 6, 8, 7, 9, 8], start=1))


# --------------------------------------------------------------------------- the cases


@dataclasses.dataclass(frozen=True)
class Case:
    id: str
    suffix: str
    text: str
    raw: Accepted
    score_100: float | None


def _body(line: str) -> list[str]:
    return [INTRO, MIDDLE, CLOSE] + (line.split("\n\n") if line else [])


def _cases() -> list[Case]:
    cases: list[Case] = []
    skeletons = [("plain", ".txt", _plain), ("html", ".html", _html), ("md", ".md", _markdown)]
    for n in [*SCORES, BOX, FINAL_THOUGHTS, *DECOYS]:
        for skel, suffix, build in skeletons:
            cases.append(
                Case(f"{n.name}-{skel}", suffix, build(HEADLINE, _body(n.line)), n.raw, n.score_100)
            )
        if n.sentence:
            cases.append(
                Case(
                    f"{n.name}-headless",
                    ".txt",
                    _headless(n.sentence, _body("")),
                    n.raw,
                    n.score_100,
                )
            )
    # Decoys beside a real score: the real score wins.
    for n in DECOYS:
        if not n.line:
            continue
        for skel, suffix, build in skeletons:
            paragraphs = [INTRO, *n.line.split("\n\n"), MIDDLE, CLOSE, "Score: 8/10"]
            if n.name == "comments":  # comments come after the article
                paragraphs = [INTRO, MIDDLE, CLOSE, "Score: 8/10", *n.line.split("\n\n")]
            cases.append(
                Case(
                    f"{n.name}-with-score-{skel}",
                    suffix,
                    build(HEADLINE, paragraphs),
                    ("8/10",),
                    80,
                )
            )
    for name, headline, raw, s100 in HEADLINES:
        for skel, suffix, build in skeletons:
            cases.append(Case(f"{name}-{skel}", suffix, build(headline, _body("")), raw, s100))
    for skel, suffix, build in skeletons:
        cases.append(
            Case(
                f"episode-list-{skel}",
                suffix,
                build(SEASON_HEADLINE, [SEASON_INTRO, EPISODE_LIST, CLOSE]),
                None,
                None,
            )
        )
        cases.append(
            Case(
                f"episode-list-with-overall-{skel}",
                suffix,
                build(SEASON_HEADLINE, [SEASON_INTRO, EPISODE_LIST, CLOSE, "Overall: 8/10"]),
                ("8/10",),
                80,
            )
        )
    return cases


CASES = _cases()


@pytest.fixture(scope="module")
def parse():  # type: ignore[no-untyped-def]
    return pipeline_parser()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_score_notation(case: Case, parse, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / f"page{case.suffix}"
    assert_parsed_score(parse, page, case.text, case.raw, case.score_100)
