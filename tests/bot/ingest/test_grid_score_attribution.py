"""Notation grid for SCORE ATTRIBUTION: whose score a number is (issue 11, round 37).

A review page carries more scores than the reviewer's own: the site's reader poll and
community average, commenters' and repliers' scores, a reblog's added score, signed
quotations in a newsletter's mailbag, a related-posts card with another review's score, a
per-episode list or table, last week's score, another show's score in a round-up line, a
database's score (MAL, IMDb). Real pages put them before or after the reviewer's own score,
which is itself written in one of the common ways: a labelled line ("My score: 8/10"), a bold
label and value in one element, a heading ("Verdict", "MY GRADE") over the value, a site's
score box, stars, a letter grade, a closing sentence ("I'd give it a 7 out of 10").

Each own notation is combined with each other-person notation, before and after it, in the
page skeletons (plain text whose first line is the headline; HTML with site chrome, a suffixed
``<title>``, og:title and an ``<article>``; Markdown with a front-matter title; a page with no
headline whose first sentence carries the notation), and pages where only others' scores
exist. Pages go through the scorer's own entry point, ``bench.ingest_accuracy.pipeline_parser``.

Expected by construction (hand-made key, the corpus README's score rule): the reviewer's score
as written, stars out of 5 times 20, letter grades with no 0-100 value; and no score at all
when the reviewer gives none, whatever others scored ("Never a reader poll, a community score,
a comment, a sidebar, ... or an entry of a per-episode list").
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bench.ingest_accuracy import pipeline_parser
from tests.bot.ingest.helpers import assert_parsed_score

Accepted = tuple[str, ...] | None

HEADLINE = "Metallic Rouge Episode 4 Review"
SITE = "Orbit Anime"


# --------------------------------------------------------------------------- blocks


@dataclasses.dataclass(frozen=True)
class Block:
    """One element of a page, as each skeleton prints it."""

    plain: str
    md: str
    html: str


def para(text: str) -> Block:
    return Block(text, text, f"<p>{text}</p>")


def heading(text: str, level: int = 2) -> Block:
    return Block(text, "#" * level + " " + text, f"<h{level}>{text}</h{level}>")


def lines(*rows: str) -> Block:
    """Short lines printed one under another (a list without bullets)."""
    return Block("\n".join(rows), "  \n".join(rows), "<p>" + "<br>\n".join(rows) + "</p>")


# --------------------------------------------------------------------------- the review

INTRO = para(
    "Metallic Rouge finally slows down this week, and the fourth episode is better for it. "
    "Rouge Redstar spends most of it away from the fighting, trailing a nervous informant "
    "through the lower districts while Naomi Orthmann argues with her handlers over the radio."
)
MIDDLE = para(
    "The chase across the rooftops in the second half is where the budget went. Bones keeps "
    "the camera moving without losing track of who is where, and the soundtrack leans on a low "
    "synth pulse that suits the city at night."
)
CLOSE = para(
    "Not everything lands. Jean Jaques Gaultier is still a cipher, and the episode ends on a "
    "reveal the trailers already gave away. Still, this is the most confident the show has "
    "looked so far, and I am curious where Rouge goes from here."
)


# --------------------------------------------------------------------------- own notations


@dataclasses.dataclass(frozen=True)
class Own:
    name: str
    blocks: tuple[Block, ...]
    raw: tuple[str, ...]
    score_100: float | None
    sentence: str | None = None  # the notation in an opening sentence, for skeleton (d)


OWN: list[Own] = [
    Own(
        "labelled",
        (para("My score: 8/10"),),
        ("8/10",),
        80,
        "Metallic Rouge episode 4 gets an 8/10 from me.",
    ),
    Own(
        "bold-label-value",
        (
            Block(
                "My rating: 4/5",
                "**My rating: 4/5**",
                "<p><b>My rating: 4/5</b></p>",
            ),
        ),
        ("4/5",),
        80,
    ),
    Own(
        "emphasised-label-value",
        (
            Block(
                "Final score: 9/10",
                "*Final score: 9/10*",
                "<p><em>Final score: 9/10</em></p>",
            ),
        ),
        ("9/10",),
        90,
    ),
    Own("verdict-heading", (heading("Verdict"), para("7/10")), ("7/10",), 70),
    Own(
        "grade-heading",
        (heading("MY GRADE", 3), para("B+")),
        ("B+",),
        None,
    ),
    Own(
        "score-box",
        (
            Block(
                "Our score: 8.5/10",
                "Our score: 8.5/10",
                '<div class="review-box"><p class="review-box__label">Our score</p>'
                '<p class="review-box__score"><strong>8.5</strong>/10</p>'
                '<p class="review-box__summary">A quieter episode that earns its quiet.</p>'
                "</div>",
            ),
        ),
        ("8.5/10",),
        85,
    ),
    Own("stars", (para("Rating: ★★★½"),), ("★★★½",), 70, "Metallic Rouge episode 4: ★★★½."),
    Own("letter", (para("Grade: B+"),), ("B+",), None),
    Own(
        "closing-sentence",
        (para("All in all, a good week for the show. I'd give it a 7 out of 10."),),
        ("7 out of 10",),
        70,
        "Metallic Rouge episode 4 is a 7 out of 10 for me.",
    ),
]


# --------------------------------------------------------------------------- others' scores

ARTICLE = "article"  # inside the article, before or after the reviewer's score
AFTER = "after"  # after the article (comments, reblogs, related posts)


@dataclasses.dataclass(frozen=True)
class Other:
    name: str
    where: str
    blocks: tuple[Block, ...]
    sentence: str | None = None  # an opening sentence stating it, for skeleton (d)


def _comments(*comments: tuple[str, str]) -> tuple[Block, ...]:
    count = f"{len(comments)} Comments" if len(comments) > 1 else "1 Comment"
    plain = "\n\n".join(f"{who}\nFebruary 1, 2024 at 9:12 pm\n{text}" for who, text in comments)
    html = "".join(
        f'<div class="comment"><p class="comment-author">{who}</p>'
        f'<p class="comment-date">February 1, 2024 at 9:12 pm</p><p>{text}</p></div>'
        for who, text in comments
    )
    return (
        Block(
            f"{count}\n\n{plain}\n\nLeave a Reply",
            f"## {count}\n\n{plain}\n\nLeave a Reply",
            f'<section id="comments"><h2>{count}</h2>{html}<h3>Leave a Reply</h3></section>',
        ),
    )


OTHERS: list[Other] = [
    Other(
        "readers-score",
        ARTICLE,
        (para("Readers' score: 9.1"),),
        "Readers' score for Metallic Rouge episode 4 is 9.1 so far.",
    ),
    Other("community-rating", ARTICLE, (para("Community rating 4.6/5"),)),
    Other("audience-score", ARTICLE, (para("Audience Score: 92%"),)),
    Other(
        "comment-at",
        AFTER,
        _comments(
            ("kit", "Loved the rooftop chase, but the informant plot dragged."),
            ("maru_chan", "@kit: 10/10 for me, the chase alone carried it."),
        ),
    ),
    Other(
        "reply-from",
        AFTER,
        _comments(("Dana", "Reply from Dana: 3/5, it was far too slow for my taste.")),
    ),
    Other(
        "reblog",
        AFTER,
        (
            Block(
                "yuki-draws reblogged this from orbit-anime and added: 10/10 the rooftop chase!!",
                "yuki-draws reblogged this from orbit-anime and added: 10/10 the rooftop chase!!",
                '<div class="reblog"><p><a href="/yuki-draws">yuki-draws</a> reblogged this '
                'from <a href="/orbit-anime">orbit-anime</a> and added:</p>'
                "<p>10/10 the rooftop chase!!</p></div>",
            ),
        ),
    ),
    Other(
        "mailbag-quote",
        ARTICLE,
        (
            heading("From the mailbag", 3),
            para("\u201cA straight 10/10, best episode of the season.\u201d \u2014 Tomas"),
        ),
    ),
    Other(
        "related-card",
        AFTER,
        (
            Block(
                "Related reviews\n\nFrieren Episode 28 Review \u2014 9/10",
                "## Related reviews\n\n- [Frieren Episode 28 Review](/frieren-28) \u2014 9/10",
                '<aside class="related"><h3>Related reviews</h3><div class="card">'
                '<a href="/frieren-28">Frieren Episode 28 Review</a>'
                '<span class="card-score">9/10</span></div></aside>',
            ),
        ),
    ),
    Other(
        "episode-list",
        ARTICLE,
        (
            para("Scores so far:"),
            lines("Episode 1: 7/10", "Episode 2: 6/10", "Episode 3: 8/10"),
        ),
    ),
    Other(
        "episode-table",
        ARTICLE,
        (
            Block(
                "Episode | Score\n1 | 7/10\n2 | 6/10\n3 | 8/10",
                "| Episode | Score |\n|---|---|\n| 1 | 7/10 |\n| 2 | 6/10 |\n| 3 | 8/10 |",
                "<table><tr><th>Episode</th><th>Score</th></tr>"
                "<tr><td>1</td><td>7/10</td></tr><tr><td>2</td><td>6/10</td></tr>"
                "<tr><td>3</td><td>8/10</td></tr></table>",
            ),
        ),
    ),
    Other(
        "last-week",
        ARTICLE,
        (para("Last week I gave episode 3 a 6/10, and I still think that was fair."),),
        "Last week I gave Metallic Rouge episode 3 a 6/10, and episode 4 picks up from there.",
    ),
    Other(
        "round-up-line",
        ARTICLE,
        (para("Elsewhere this week: Frieren episode 28 \u2014 9/10."),),
    ),
    Other(
        "readers-gave",
        ARTICLE,
        (para("Our readers gave it 8.7/10 (214 votes)."),),
    ),
    Other("community-stars", ARTICLE, (para("Community: ★★★★☆ (214 ratings)"),)),
    Other(
        "last-week-grade",
        ARTICLE,
        (para("Last week's grade: B-"),),
    ),
    Other(
        "round-up-grade",
        ARTICLE,
        (para("Also watched: Delicious in Dungeon episode 4, an easy A-."),),
    ),
    Other(
        "quoted-post",
        ARTICLE,
        (
            Block(
                "“Episode 4 of Metallic Rouge was a 10/10 honestly” — @kit_watches",
                "> Episode 4 of Metallic Rouge was a 10/10 honestly\n>\n> — @kit_watches",
                '<blockquote class="twitter-tweet"><p>Episode 4 of Metallic Rouge was a 10/10 '
                "honestly</p>&mdash; kit (@kit_watches)</blockquote>",
            ),
        ),
    ),
    Other(
        "thread-comment",
        AFTER,
        (
            Block(
                "Comments\n\nu/kit_r · 3h\nHonestly a 9/10 for me, best one yet.",
                "## Comments\n\n**u/kit_r** · 3h\n\nHonestly a 9/10 for me, best one yet.",
                '<section class="comments"><h2>Comments</h2><div class="comment">'
                '<p class="author">u/kit_r · 3h</p>'
                "<p>Honestly a 9/10 for me, best one yet.</p></div></section>",
            ),
        ),
    ),
    Other(
        "previous-link",
        AFTER,
        (
            Block(
                "« Previous: Metallic Rouge Episode 3 Review (6/10)",
                "« [Previous: Metallic Rouge Episode 3 Review (6/10)](/metallic-rouge-3)",
                '<nav class="post-nav"><a rel="prev" href="/metallic-rouge-3">'
                "« Previous: Metallic Rouge Episode 3 Review (6/10)</a></nav>",
            ),
        ),
    ),
    Other(
        "readers-verdict-heading",
        ARTICLE,
        (heading("Readers' verdict", 3), para("9.1/10 (214 votes)")),
    ),
    Other("community-grade", ARTICLE, (para("Community grade: A-"),)),
    Other(
        "readers-box",
        ARTICLE,
        (
            Block(
                "Readers' score: 9.1/10",
                "Readers' score: 9.1/10",
                '<div class="review-box review-box--readers"><p class="review-box__label">'
                'Readers\' score</p><p class="review-box__score"><strong>9.1</strong>/10</p>'
                '<p class="review-box__summary">214 votes</p></div>',
            ),
        ),
    ),
    Other("rated-by-readers", ARTICLE, (para("Rated 4.6 out of 5 by 212 readers."),)),
    Other(
        "average-stars",
        ARTICLE,
        (para("Average rating: ★★★★☆ (3.9 from 88 ratings)"),),
    ),
    Other(
        "forum-quote",
        ARTICLE,
        (
            Block(
                "kit said:\n10/10 for me, the rooftop chase alone carried it.\nClick to expand...",
                "> **kit said:**\n> 10/10 for me, the rooftop chase alone carried it.",
                '<blockquote class="bbCodeBlock--quote"><p class="bbCodeBlock-title">kit said:</p>'
                "<p>10/10 for me, the rooftop chase alone carried it.</p></blockquote>",
            ),
        ),
    ),
    Other(
        "top-comment",
        ARTICLE,
        (para("Top comment (412 upvotes): \u201cthis was a 10/10 episode, no notes\u201d"),),
    ),
    Other(
        "fan-poll-sentence",
        ARTICLE,
        (para("Fans on Reddit rated it 9.2/10 in the weekly poll, which feels generous."),),
    ),
    Other(
        "friend-gave",
        ARTICLE,
        (para("My friend Jun gave it a 9/10, but he will forgive any show with a mech in it."),),
    ),
    Other("sister-label", ARTICLE, (para("My sister's verdict: 10/10 (she cried twice)"),)),
    Other("our-readers", ARTICLE, (para("Our readers' score: 9.1/10"),)),
    Other("rated-by-handle", ARTICLE, (para("Rated \u2605\u2605\u2605\u2605\u2605 by kit_r"),)),
    Other("handle-rated-it", ARTICLE, (para("kit_r rated it 5 out of 5 stars"),)),
    Other(
        "app-stars",
        ARTICLE,
        (para("Crunchyroll: 4.9 \u2605 from 48K ratings"),),
    ),
    Other(
        "reddit-comment",
        AFTER,
        (
            Block(
                "12 comments\n\nlevel 1\nkit_r \u00b7 3 hr. ago\n"
                "Nah, 6/10 at best, the plot dragged.",
                "## 12 comments\n\n**kit_r** \u00b7 3 hr. ago\n\n"
                "Nah, 6/10 at best, the plot dragged.",
                '<section class="comments"><h2>12 comments</h2><div class="comment">'
                '<p class="author">kit_r \u00b7 3 hr. ago</p>'
                "<p>Nah, 6/10 at best, the plot dragged.</p></div></section>",
            ),
        ),
    ),
    Other(
        "video-comment",
        AFTER,
        (
            Block(
                "Comments\n\n@kit_r 2 days ago\n10/10 episode, that chase!",
                "## Comments\n\n@kit_r 2 days ago\n\n10/10 episode, that chase!",
                '<section class="comments"><h2>Comments</h2><div class="comment">'
                "<p>@kit_r 2 days ago</p><p>10/10 episode, that chase!</p></div></section>",
            ),
        ),
    ),
    Other(
        "database-scores",
        ARTICLE,
        (para("MAL 8.6 \u00b7 IMDb 8.1"),),
        "Metallic Rouge sits at MAL 8.6 and IMDb 8.1, and episode 4 shows why.",
    ),
]


# --------------------------------------------------------------------------- skeletons


def _plain(article: list[Block], after: list[Block]) -> str:
    """(a) plain text, the headline on the first line."""
    body = [b.plain for b in article + after]
    return HEADLINE + "\n\nBy Dana Whitfield | January 31, 2024\n\n" + "\n\n".join(body) + "\n"


def _html(article: list[Block], after: list[Block]) -> str:
    """(b) HTML with chrome, a suffixed <title>, og:title and the article in <article>."""
    body = "\n".join(b.html for b in article)
    rest = "\n".join(b.html for b in after)
    return f"""<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{HEADLINE} | {SITE}</title>
<meta property="og:title" content="{HEADLINE}">
<meta property="og:site_name" content="{SITE}">
</head><body>
<header><nav><a href="/">Home</a> <a href="/reviews">Reviews</a> <a href="/news">News</a>
<a href="/about">About</a></nav></header>
<main>
<article>
<h1>{HEADLINE}</h1>
<p class="byline">By Dana Whitfield, January 31, 2024</p>
{body}
</article>
{rest}
<aside class="sidebar"><h3>Popular this week</h3>
<ul><li><a href="/dungeon-meshi-4">Delicious in Dungeon Episode 4 Review</a></li></ul>
<h3>Newsletter</h3><p>Get our reviews every Friday.</p></aside>
</main>
<footer><p>&copy; 2024 {SITE}. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> <a href="/contact">Contact</a></p></footer>
</body></html>
"""


def _markdown(article: list[Block], after: list[Block]) -> str:
    """(c) Markdown with a YAML front matter title."""
    body = [b.md for b in article + after]
    return (
        f'---\ntitle: "{HEADLINE}"\ndate: 2024-01-31\ntags: [anime, metallic-rouge]\n---\n\n'
        + "\n\n".join(body)
        + "\n"
    )


def _headless(first_sentence: str, article: list[Block], after: list[Block]) -> str:
    """(d) no headline: the first body sentence carries the notation."""
    return first_sentence + " " + "\n\n".join(b.plain for b in article + after) + "\n"


SKELETONS = [("plain", ".txt", _plain), ("html", ".html", _html), ("md", ".md", _markdown)]


# --------------------------------------------------------------------------- the cases


@dataclasses.dataclass(frozen=True)
class Case:
    id: str
    suffix: str
    text: str
    raw: Accepted
    score_100: float | None


def _cases() -> list[Case]:
    cases: list[Case] = []
    for own in OWN:
        for other in OTHERS:
            placements: list[tuple[str, list[Block], list[Block]]] = []
            if other.where == ARTICLE:
                placements.append(
                    ("before", [INTRO, *other.blocks, MIDDLE, CLOSE, *own.blocks], [])
                )
                placements.append(("after", [INTRO, MIDDLE, CLOSE, *own.blocks, *other.blocks], []))
            else:
                placements.append(("after", [INTRO, MIDDLE, CLOSE, *own.blocks], [*other.blocks]))
            for where, article, after in placements:
                for skel, suffix, build in SKELETONS:
                    cases.append(
                        Case(
                            f"{own.name}-{other.name}-{where}-{skel}",
                            suffix,
                            build(article, after),
                            own.raw,
                            own.score_100,
                        )
                    )
            if own.sentence:
                article = [INTRO, MIDDLE, CLOSE]
                after: list[Block] = []
                if other.where == ARTICLE:
                    article = [INTRO, *other.blocks, MIDDLE, CLOSE]
                else:
                    after = [*other.blocks]
                cases.append(
                    Case(
                        f"{own.name}-{other.name}-headless",
                        ".txt",
                        _headless(own.sentence, article, after),
                        own.raw,
                        own.score_100,
                    )
                )
        # Every other-person notation on one page, some before and some after.
        before = [o for o in OTHERS if o.where == ARTICLE][:6]
        later = [o for o in OTHERS if o.where == ARTICLE][6:]
        tail = [o for o in OTHERS if o.where == AFTER]
        article = [
            INTRO,
            *(b for o in before for b in o.blocks),
            MIDDLE,
            CLOSE,
            *own.blocks,
            *(b for o in later for b in o.blocks),
        ]
        after = [b for o in tail for b in o.blocks]
        for skel, suffix, build in SKELETONS:
            cases.append(
                Case(
                    f"{own.name}-all-others-{skel}",
                    suffix,
                    build(article, after),
                    own.raw,
                    own.score_100,
                )
            )
    # The reviewer gives no score: only others' scores exist.
    for other in OTHERS:
        if other.where == ARTICLE:
            article, after = [INTRO, MIDDLE, *other.blocks, CLOSE], []
        else:
            article, after = [INTRO, MIDDLE, CLOSE], [*other.blocks]
        for skel, suffix, build in SKELETONS:
            cases.append(
                Case(f"none-{other.name}-{skel}", suffix, build(article, after), None, None)
            )
        if other.sentence:
            cases.append(
                Case(
                    f"none-{other.name}-headless",
                    ".txt",
                    _headless(other.sentence, [INTRO, MIDDLE, CLOSE], []),
                    None,
                    None,
                )
            )
    article = [INTRO, *(b for o in OTHERS if o.where == ARTICLE for b in o.blocks), MIDDLE, CLOSE]
    after = [b for o in OTHERS if o.where == AFTER for b in o.blocks]
    for skel, suffix, build in SKELETONS:
        cases.append(Case(f"none-all-others-{skel}", suffix, build(article, after), None, None))
    return cases


CASES = _cases()


@pytest.fixture(scope="module")
def parse():  # type: ignore[no-untyped-def]
    return pipeline_parser()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_score_attribution(case: Case, parse, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / f"page{case.suffix}"
    assert_parsed_score(parse, page, case.text, case.raw, case.score_100)
