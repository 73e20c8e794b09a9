"""Notation grid for the ANIME field (and the title where a case depends on it), issue 11.

Each notation real sites print for naming the anime of a review (a catalog anime by its title,
a typo or casual lower case; an anime already in the store, with a season suffix; a NEW anime
in the headline patterns the issue calls clear) is put into four page skeletons:

(a) plain text whose first line is the headline;
(b) HTML with site chrome, a ``<title>`` with a " | Site" suffix, og:title, the article in
    ``<article>``;
(c) Markdown with a YAML front matter title;
(d) no headline: the first body sentence carries the notation.

Every page also names another anime in passing ("the best ... since <Other>"), which must
never be taken. Pages without a clear pattern for an unknown anime must be rejected (the
scorer's rejection: an ``error`` in the parsed fields), never turned into an invented anime.

Expected values come by construction from the notation (the name embedded in it), never
from what the code printed. The pages go through the scorer's own entry point,
``bench.ingest_accuracy.pipeline_parser``, with the given anime already in the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bench.ingest_accuracy import normalise, pipeline_parser

CATALOG = "Metallic Rouge"
KNOWN_EN = "The Apothecary Diaries"
KNOWN_ROMAJI = "Sousou no Frieren"
KNOWN = (KNOWN_EN, KNOWN_ROMAJI)
OTHER = "Cowboy Bebop"  # named in passing on every page; never the page's anime


@dataclass(frozen=True)
class Case:
    id: str
    headline: str | None  # the notation as a headline (None: no headline at all)
    lead: str  # the first body sentence (carries the notation in skeleton (d))
    anime: str | None  # expected anime; None: the page must be rejected
    body_name: str  # how the body refers to the show in passing


def _body(name: str) -> list[str]:
    return [
        f"The episode opens quietly, and {name} takes its time before anything explodes. "
        "The first ten minutes are mostly two people talking in a kitchen, and it works.",
        f"The action in the back half is the best I have seen since {OTHER}, with clean "
        "cuts and a score that knows when to go silent.",
        "The pacing sags a little in the middle, where a side character explains what we "
        "already guessed, but the ending lands and sets up next week nicely.",
        "Overall a strong week. I'm looking forward to where this goes.",
    ]


def page_plain(case: Case) -> tuple[str, str]:
    head = f"{case.headline}\n\n" if case.headline else ""
    text = head + "\n\n".join([case.lead, *_body(case.body_name)]) + "\n"
    return "page.txt", text


def page_html(case: Case) -> tuple[str, str]:
    head = case.headline or ""
    paras = "\n".join(f"<p>{p}</p>" for p in [case.lead, *_body(case.body_name)])
    h1 = f"<h1>{case.headline}</h1>" if case.headline else ""
    title = f"<title>{head} | Otaku Weekly</title>" if case.headline else ""
    og = f'<meta property="og:title" content="{head}">' if case.headline else ""
    markup = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
{title}
{og}
<meta property="og:site_name" content="Otaku Weekly">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/reviews">Reviews</a></li>
<li><a href="/news">News</a></li><li><a href="/about">About</a></li></ul></nav>
<main>
<article>
{h1}
<p class="byline">By Sam Carter · March 3, 2024</p>
{paras}
</article>
<aside><h3>Popular posts</h3><ul>
<li><a href="/p/1">Top 10 mecha openings of the decade</a></li>
<li><a href="/p/2">Winter season preview: what to watch</a></li></ul></aside>
</main>
<footer><p>© 2024 Otaku Weekly. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p></footer>
</body></html>
"""
    return "page.html", markup


def page_markdown(case: Case) -> tuple[str, str]:
    front = ["---"]
    if case.headline:
        front.append(f'title: "{case.headline}"')
    front += ["date: 2024-03-03", "author: Sam Carter", "---", "", ""]
    text = "\n".join(front) + "\n\n".join([case.lead, *_body(case.body_name)]) + "\n"
    return "page.md", text


SKELETONS = {"plain": page_plain, "html": page_html, "markdown": page_markdown}


def _parse(tmp_path: Path, name: str, text: str) -> dict[str, Any]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return dict(pipeline_parser(KNOWN)(path))


def _check(got: dict[str, Any], case: Case, expected_title: str | None) -> None:
    if case.anime is None:
        assert got.get("error"), f"expected a rejection, got anime {got.get('anime')!r}"
        return
    assert not got.get("error"), got.get("error")
    assert normalise(got["anime"]) == normalise(case.anime)
    if expected_title is None:
        assert got.get("title") is None
    else:
        assert normalise(got["title"] or "") == normalise(expected_title)


LEAD = "A slower week than the premiere, but a more confident one."

# --------------------------------------------------------------------------- headline cases

_HEADLINE_CASES: list[Case] = []


def _add(id_: str, headline: str, anime: str | None, body_name: str) -> None:
    _HEADLINE_CASES.append(Case(id_, headline, LEAD, anime, body_name))


# The catalog anime, by title, a typo, lower case in a casual post.
_add("catalog-title", "Metallic Rouge Episode 3 Review", CATALOG, "the show")
_add("catalog-title-dash", "Metallic Rouge – Episode 3", CATALOG, "the show")
_add("catalog-typo-single-l", "Metalic Rouge Episode 3 Review", CATALOG, "the show")
_add("catalog-lowercase-casual", "metallic rouge ep 3 was actually good??", CATALOG, "the show")

# Known anime (already in the store, no catalog): English, romaji, season suffixes.
_add("known-en", "The Apothecary Diaries Episode 3 Review", KNOWN_EN, "the show")
_add("known-romaji", "Sousou no Frieren Episode 3 Review", KNOWN_ROMAJI, "the show")
for _suffix in ("Season 2", "S2", "2nd Season", "Part 2", "Cour 2"):
    _add(
        f"known-en-{_suffix}",
        f"The Apothecary Diaries {_suffix} Episode 3 Review",
        KNOWN_EN,
        "the show",
    )

# New anime (neither catalog nor known) in the clear headline patterns.
NEW_NAMES = (
    "Dandadan",
    "Blue Box",
    "Re:Zero",
    "Dr. Stone",
    "Hell's Paradise",
    "Hunter x Hunter",
    "Kaiju No. 8",
    "Mob Psycho 100",
)
NEW_PATTERNS = {
    "episode-review": "{n} Episode 3 Review",
    "season-review": "{n} Season 1 Review",
    "dash-episode": "{n} – Episode 3",
    "ep-review": "{n} Ep 3 review",
    "review-colon": "Review: {n} Episode 3",
    "discussion": "{n} episode 3 discussion",
    "first-impressions": "{n} first impressions",
    "first-impressions-colon": "First impressions: {n}",
    "sxe-review": "{n} S1E3 review",
    "bracket-review": "[Review] {n} – 03",
    "episode-title": "{n} Episode 3: The Night Market",
}
for _name in NEW_NAMES:
    for _pid, _pattern in NEW_PATTERNS.items():
        _add(f"new-{_name}-{_pid}", _pattern.format(n=_name), _name, _name)

# No clear pattern for an unknown anime: rejected, never invented.
_add("reject-vague-headline", "Why this week's episode made me cry", None, "the show")
_add("reject-no-name", "Episode 3 Review", None, "the show")
_add("reject-essay", "Thoughts on a quiet Sunday of catching up", None, "the show")


@pytest.mark.parametrize("skeleton", sorted(SKELETONS))
@pytest.mark.parametrize("case", _HEADLINE_CASES, ids=lambda c: c.id)
def test_headline_notation(tmp_path: Path, case: Case, skeleton: str) -> None:
    name, text = SKELETONS[skeleton](case)
    _check(_parse(tmp_path, name, text), case, case.headline)


# --------------------------------------------------------------------------- (d) no headline

_LEAD_CASES = [
    Case(
        "catalog-lead",
        None,
        "Metallic Rouge episode 3 is a slower week than the premiere, but a more confident one.",
        CATALOG,
        "the show",
    ),
    Case(
        "catalog-lead-lowercase",
        None,
        "ok so metallic rouge ep 3 was a slower week than the premiere but i liked it more.",
        CATALOG,
        "the show",
    ),
    Case(
        "known-en-lead",
        None,
        "The Apothecary Diaries episode 3 is a slower week than the premiere, but a more "
        "confident one.",
        KNOWN_EN,
        "the show",
    ),
    Case(
        "known-romaji-lead",
        None,
        "Sousou no Frieren episode 3 is a slower week than the premiere, but a more confident one.",
        KNOWN_ROMAJI,
        "the show",
    ),
    Case(
        "reject-lead-no-pattern",
        None,
        "This week was slower than the premiere, but a more confident one.",
        None,
        "the show",
    ),
]


@pytest.mark.parametrize("skeleton", sorted(SKELETONS))
@pytest.mark.parametrize("case", _LEAD_CASES, ids=lambda c: c.id)
def test_no_headline_notation(tmp_path: Path, case: Case, skeleton: str) -> None:
    name, text = SKELETONS[skeleton](case)
    got = _parse(tmp_path, name, text)
    if case.anime is None:
        _check(got, case, None)
        return
    assert not got.get("error"), got.get("error")
    assert normalise(got["anime"]) == normalise(case.anime)


# --------------------------------------------------------------------------- front matter anime:


@pytest.mark.parametrize("anime", [*NEW_NAMES, KNOWN_EN, CATALOG])
def test_front_matter_anime(tmp_path: Path, anime: str) -> None:
    headline = "A quieter week, and a better one"
    text = (
        f'---\ntitle: "{headline}"\nanime: "{anime}"\nepisode: 3\n---\n\n'
        + "\n\n".join([LEAD, *_body("the show")])
        + "\n"
    )
    case = Case("fm", headline, LEAD, anime, "the show")
    _check(_parse(tmp_path, "page.md", text), case, headline)
