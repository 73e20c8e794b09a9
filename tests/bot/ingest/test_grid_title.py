"""Notation grid for the TITLE (and the anime found through it) under page furniture, issue 11.

Real pages put furniture before and around the headline once they are saved, copied, printed
or exported: photo credits and captions, date lines, bylines, category kickers, breadcrumbs,
"Skip to content", menus, cookie banners, ad labels, share buttons, read times, a browser's
print header, reader view's header, an e-mail's headers, a newsletter's web-version line, a
social post's header, a forum's breadcrumb and thread line, a blog's name and tagline, an AMP
header, "Updated:" lines, comment counts, spoiler and content warnings, an episode label, a
rating widget, a "Listen to this article" player, a translated-page banner, an author's role line,
an "Open in app" banner, a "Watch on …" button, "Updated 3 hours ago", "X min listen". Each kind of
furniture is put around each headline notation in three skeletons:

(a) text copied from a page: the furniture lines, the headline, the article;
(b) HTML whose only headline is the ``<h1>`` in ``<article>`` (no og:title; a generic
    ``<title>`` like "Reviews | Site", or none), the furniture as real markup around it;
(c) Markdown without a front-matter title, the furniture before a ``# headline``.

Expected by construction (the corpus README's title rule: front matter, then the HTML
headline, then the first line that reads like a headline): the title is the headline, the
anime is the headline's anime. Furniture is never the title. The pages go through the scorer's
own entry point, ``bench.ingest_accuracy.pipeline_parser``, with the known anime in the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bench.ingest_accuracy import normalise, pipeline_parser

CATALOG = "Metallic Rouge"
KNOWN = "The Apothecary Diaries"
SITE = "Otaku Weekly"
URL = "https://otakuweekly.example/reviews/2024/03/03/the-review"


@dataclass(frozen=True)
class Headline:
    id: str
    text: str  # the headline as printed
    anime: str  # the expected anime
    name: str  # how the body names the show
    episode: int | None  # None: a season review
    cast: tuple[str, str]  # two characters the body names


HEADLINES = [
    Headline(
        "catalog-episode-subtitle",
        "Metallic Rouge Episode 5 Review: Glass Hearts",
        CATALOG,
        "Metallic Rouge",
        5,
        ("Rouge Redstar", "Naomi Orthmann"),
    ),
    Headline(
        "known-review-colon",
        "Review: The Apothecary Diaries episode 7",
        KNOWN,
        "The Apothecary Diaries",
        7,
        ("Maomao", "Jinshi"),
    ),
    Headline(
        "new-episode-subtitle",
        "Dandadan Episode 5 Review: A Granny in the Tunnel",
        "Dandadan",
        "Dandadan",
        5,
        ("Momo", "Okarun"),
    ),
    Headline(
        "new-season-review",
        "Blue Box Season 1 Review",
        "Blue Box",
        "Blue Box",
        None,
        ("Taiki", "Chinatsu"),
    ),
    Headline(
        "new-dash-episode",
        "Kaiju No. 8 – Episode 3",
        "Kaiju No. 8",
        "Kaiju No. 8",
        3,
        ("Kikoru", "Kafka"),
    ),
]


def _body(h: Headline) -> list[str]:
    a, b = h.cast
    if h.episode is None:
        return [
            f"{h.name} finished its first season last week, and it is the rare sports romance "
            f"that trusts quiet scenes. {a} and {b} spend most of the run talking around what "
            "they feel, and the show lets those silences breathe.",
            "The middle stretch drags a little, with a tournament arc that repeats its beats, "
            "but the last three episodes pull every thread together with real care.",
            "The animation is modest and the soundtrack leans on the same two piano cues, yet "
            "the direction knows where to put the camera when it matters.",
            "Score: 8/10",
        ]
    return [
        f"Episode {h.episode} of {h.name} slows down after last week's fireworks, and it is "
        f"better for it. {a} finally gets a scene of her own, and {b} is given room to be "
        "more than a plot device.",
        "The back half turns into a long chase through the lower city, cut cleanly and scored "
        "with restraint, and the closing minute sets up next week without a cheap cliffhanger.",
        "Some exposition in the middle repeats what we already guessed, but the ending lands.",
        "Score: 8/10",
    ]


@dataclass(frozen=True)
class Furniture:
    id: str
    before: tuple[str, ...]  # text lines above the headline ({h}: the headline)
    after: tuple[str, ...] = ()  # text lines between the headline and the article
    html_before: str | None = None  # markup above the <h1> (default: a <p> per line)
    html_after: str | None = None
    md_before: str | None = None  # Markdown above "# headline" (default: the text lines)
    md_after: str | None = None


def _label(h: Headline) -> str:
    return f"Episode {h.episode}" if h.episode is not None else "Season 1"


FURNITURE = [
    Furniture(
        "photo-credit",
        ("Photo: Crunchyroll",),
        html_before='<figure><img src="/img/still.jpg" alt=""><figcaption>Photo: Crunchyroll'
        "</figcaption></figure>",
        md_before="![](/img/still.jpg)\n\nPhoto: Crunchyroll",
    ),
    Furniture(
        "caption-line",
        ("A still from this week's episode. (Image courtesy of Crunchyroll)",),
        html_before='<figure><img src="/img/still.jpg" alt="still"><figcaption>A still from '
        "this week's episode. (Image courtesy of Crunchyroll)</figcaption></figure>",
        md_before="![still](/img/still.jpg)\n*A still from this week's episode. "
        "(Image courtesy of Crunchyroll)*",
    ),
    Furniture(
        "date-long",
        ("March 3, 2024",),
        html_before='<time datetime="2024-03-03">March 3, 2024</time>',
    ),
    Furniture("date-iso", ("2024-03-03",)),
    Furniture("date-day-first", ("3 March 2024 at 14:05",)),
    Furniture("date-weekday", ("Sun, Mar 3, 2024 · 9:00 AM",)),
    Furniture(
        "updated-line",
        ("Updated: March 4, 2024, 10:12 AM ET",),
        html_before='<p class="updated">Updated: <time datetime="2024-03-04T10:12">'
        "March 4, 2024, 10:12 AM ET</time></p>",
    ),
    Furniture(
        "byline-by-after",
        (),
        ("By Sam Carter", "March 3, 2024"),
        html_after='<p class="byline">By <a href="/author/sam">Sam Carter</a></p>'
        '<time datetime="2024-03-03">March 3, 2024</time>',
    ),
    Furniture("byline-words-by", ("Words by Sam Carter",)),
    Furniture(
        "byline-read-time",
        ("Sam Carter · 5 min read",),
        html_before='<div class="meta"><span class="author">Sam Carter</span> · '
        '<span class="read">5 min read</span></div>',
    ),
    Furniture(
        "kicker-caps",
        ("REVIEWS",),
        html_before='<a class="kicker" href="/reviews">REVIEWS</a>',
    ),
    Furniture(
        "kicker-path",
        ("Anime / Episode Reviews",),
        html_before='<div class="cat"><a href="/anime">Anime</a> / '
        '<a href="/anime/episode-reviews">Episode Reviews</a></div>',
        md_before="[Anime](/anime) / [Episode Reviews](/anime/episode-reviews)",
    ),
    Furniture(
        "breadcrumbs",
        ("Home › Anime › Reviews",),
        html_before='<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> › '
        '<a href="/anime">Anime</a> › <a href="/anime/reviews">Reviews</a></nav>',
        md_before="[Home](/) › [Anime](/anime) › [Reviews](/anime/reviews)",
    ),
    Furniture(
        "skip-link",
        ("Skip to content",),
        html_before='<a class="skip-link screen-reader-text" href="#content">Skip to content</a>',
        md_before="[Skip to content](#content)",
    ),
    Furniture(
        "skip-main-and-menu",
        ("Skip to main content", "Menu", "Home  News  Reviews  Features  Podcast  About"),
        html_before='<a href="#main">Skip to main content</a><button>Menu</button>'
        '<ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li>'
        '<li><a href="/reviews">Reviews</a></li><li><a href="/features">Features</a></li>'
        '<li><a href="/podcast">Podcast</a></li><li><a href="/about">About</a></li></ul>',
        md_before="[Skip to main content](#main)\n\nMenu\n\n"
        "[Home](/) [News](/news) [Reviews](/reviews) [Features](/features) "
        "[Podcast](/podcast) [About](/about)",
    ),
    Furniture(
        "advertisement",
        ("Advertisement",),
        html_before='<div class="ad"><span class="ad-label">Advertisement</span></div>',
    ),
    Furniture("sponsored", ("Sponsored",)),
    Furniture(
        "share-buttons",
        (),
        ("Share  Tweet  Pin  Email",),
        html_after='<ul class="share"><li><a href="#">Share</a></li><li><a href="#">Tweet</a>'
        '</li><li><a href="#">Pin</a></li><li><a href="#">Email</a></li></ul>',
        md_after="[Share](#) [Tweet](#) [Pin](#) [Email](#)",
    ),
    Furniture("reading-time", ("Reading time: 4 minutes",)),
    Furniture(
        "print-header",
        ("3/3/24, 9:14 PM\t{h} | " + SITE,),
    ),
    Furniture(
        "reader-view",
        ("otakuweekly.example",),
        ("Sam Carter", "5–6 minutes"),
    ),
    Furniture(
        "email-headers",
        (
            f"From: {SITE} <newsletter@otakuweekly.example>",
            "To: reader@example.com",
            "Subject: {h}",
            "Date: Sun, 3 Mar 2024 09:00:00 +0000",
        ),
    ),
    Furniture(
        "newsletter-web-version",
        ("View this email in your browser",),
        html_before='<p class="preheader"><a href="https://otakuweekly.example/nl/42">View '
        "this email in your browser</a></p>",
        md_before="[View this email in your browser](https://otakuweekly.example/nl/42)",
    ),
    Furniture(
        "forum-thread",
        ("Forums › Anime Discussion › Currently Airing",),
        ("Thread starter kuroneko · Start date Mar 3, 2024",),
    ),
    Furniture(
        "comment-count",
        ("12 Comments",),
        html_before='<a class="comments-link" href="#comments">12 Comments</a>',
    ),
    Furniture(
        "spoiler-warning",
        ("Spoiler warning: this review discusses the whole episode.",),
    ),
    Furniture(
        "episode-label",
        ("{label}",),
        html_before='<p class="episode-label">{label}</p>',
    ),
    Furniture(
        "rating-widget",
        (),
        ("Rate this: ★★★★★",),
    ),
    Furniture("date-posted-on", ("Posted on March 3rd, 2024 by Sam Carter",)),
    Furniture(
        "content-warning",
        ("Content warning: violence, brief mention of self-harm",),
    ),
    Furniture(
        "cookie-banner",
        (
            "We use cookies to improve your experience on our site. By continuing to browse, "
            "you agree to our use of cookies.",
            "Accept all   Manage preferences",
        ),
        html_before='<div class="cookie-banner"><p>We use cookies to improve your experience '
        "on our site. By continuing to browse, you agree to our use of cookies.</p>"
        "<button>Accept all</button> <button>Manage preferences</button></div>",
    ),
    Furniture(
        "share-this-before",
        ("Share this:", "Facebook", "X", "Reddit"),
    ),
    Furniture(
        "listen-widget",
        ("Listen to this article", "▶ 0:00 / 6:42"),
        html_before='<div class="audio-player"><p>Listen to this article</p>'
        '<button aria-label="Play">▶</button> <span>0:00 / 6:42</span></div>',
    ),
    Furniture(
        "translated-banner",
        ("This page has been translated from Japanese. Show original",),
    ),
    Furniture(
        "social-post-header",
        ("Mika Tanaka", "@mikawatches · 2h"),
    ),
    Furniture(
        "blog-name-tagline",
        ("Pixel Lanterns", "thoughts on anime, one episode at a time"),
        html_before='<header class="site-header"><p class="site-title"><a href="/">Pixel '
        'Lanterns</a></p><p class="site-description">thoughts on anime, one episode at a '
        "time</p></header>",
    ),
    Furniture(
        "amp-header",
        ("☰", SITE),  # the menu button, then the logo's text
    ),
    Furniture(
        "icon-meta",
        ("🕒 March 3, 2024", "⏱ 6 min read", "💬 12"),
        html_before='<div class="meta"><span>🕒 March 3, 2024</span></div>'
        '<div class="meta"><span>⏱ 6 min read</span></div>'
        '<div class="meta"><span>💬 12</span></div>',
    ),
    Furniture(
        "back-link",
        ("← Back to all reviews",),
        html_before='<a class="back" href="/reviews">← Back to all reviews</a>',
        md_before="[← Back to all reviews](/reviews)",
    ),
    Furniture(
        "affiliate-disclosure",
        ("This post contains affiliate links. We may earn a commission if you buy through them.",),
        html_before='<p class="disclosure"><em>This post contains affiliate links. We may earn a '
        "commission if you buy through them.</em></p>",
        md_before="*This post contains affiliate links. We may earn a commission if you buy "
        "through them.*",
    ),
    Furniture(
        "screener-disclosure",
        ("Disclosure: Crunchyroll provided a screener for this review.",),
    ),
    Furniture(
        "posted-in-category",
        ("Posted in Anime Reviews",),
        html_before='<span class="cat-links">Posted in <a href="/category/anime-reviews">Anime '
        "Reviews</a></span>",
    ),
    Furniture(
        "estimated-reading-time",
        ("Est. reading time: 4 min",),
        html_before='<span class="reading-time">Est. reading time: 4 min</span>',
    ),
    Furniture("date-written-on", ("Written on March 3, 2024",)),
    Furniture(
        "ad-scroll-to-continue",
        ("Advertisement - Scroll to continue",),
        html_before='<div class="ad-slot"><p>Advertisement - Scroll to continue</p></div>',
    ),
    Furniture("hashtags", ("#anime #review #spring2024",)),
    Furniture(
        "author-role",
        (),
        ("Sam Carter", "Senior Editor, Anime"),
        html_after='<div class="author"><p class="name">Sam Carter</p>'
        '<p class="role">Senior Editor, Anime</p></div>',
    ),
    Furniture("partner-content", ("Partner content",)),
    Furniture(
        "ad-continues-below",
        ("Advertisement — story continues below",),
        html_before='<div class="ad"><p>Advertisement — story continues below</p></div>',
    ),
    Furniture(
        "newsletter-signup",
        ("Sign up for our newsletter to get the week's reviews in your inbox.",),
    ),
    Furniture("listen-time", ("6 min listen",)),
    Furniture("updated-relative", ("Updated 3 hours ago",)),
    Furniture("open-in-app", ("Open in app",)),
    Furniture(
        "author-bio",
        (),
        ("Sam Carter writes about anime and games. Follow him on Bluesky.",),
    ),
    Furniture("photo-getty", ("Photo: Tomohiro Ohsumi/Getty Images",)),
    Furniture(
        "watch-button",
        ("Watch on Crunchyroll",),
        html_before='<a class="button" href="https://crunchyroll.example/">Watch on '
        "Crunchyroll</a>",
        md_before="[Watch on Crunchyroll](https://crunchyroll.example/)",
    ),
    Furniture("min-read-dot", ("Anime · 4 min read",)),
    Furniture("published-relative", ("Published 2 days ago",)),
    Furniture("follow-author", ("Follow Sam Carter",)),
    Furniture("exclusive-label", ("Exclusive",)),
    Furniture("show-comments", ("Show comments (12)",)),
    Furniture("subscribe-button", ("Subscribe",)),
    Furniture("prev-next", ("Previous post", "Next post")),
    Furniture("originally-published", ("Originally published on Medium",)),
    Furniture("old-article", ("This article is more than 1 year old",)),
    Furniture("part-of-series", ("Part of the series: Spring 2024 Episode Reviews",)),
    Furniture(
        "affiliate-short",
        ("We may earn a commission from links on this page.",),
    ),
    Furniture(
        "gallery-counter",
        ("Image 1 of 12",),
        html_before='<div class="gallery"><img src="/g/1.jpg" alt=""><p>Image 1 of 12</p></div>',
    ),
    Furniture("reader-rating", ("4.5 ★ (128 ratings)",)),
]


def _fill(line: str, h: Headline) -> str:
    return line.replace("{h}", h.text).replace("{label}", _label(h))


def page_text(f: Furniture, h: Headline) -> tuple[str, str]:
    lines = [_fill(x, h) for x in f.before] + [h.text] + [_fill(x, h) for x in f.after]
    return "page.txt", "\n".join(lines) + "\n\n" + "\n\n".join(_body(h)) + "\n"


def _html_lines(lines: tuple[str, ...], h: Headline) -> str:
    return "\n".join(f"<p>{_fill(x, h)}</p>" for x in lines)


def page_html(f: Furniture, h: Headline, with_title: bool) -> tuple[str, str]:
    above = _fill(f.html_before, h) if f.html_before is not None else _html_lines(f.before, h)
    below = _fill(f.html_after, h) if f.html_after is not None else _html_lines(f.after, h)
    title = f"<title>Reviews | {SITE}</title>" if with_title else ""
    paras = "\n".join(f"<p>{p}</p>" for p in _body(h))
    markup = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
{title}
</head><body>
<header><a href="/" class="logo">{SITE}</a></header>
<main>
<article>
{above}
<h1>{h.text}</h1>
{below}
{paras}
</article>
<aside><h3>Popular posts</h3><ul>
<li><a href="/p/1">Top 10 mecha openings of the decade</a></li>
<li><a href="/p/2">Spring season preview: what to watch</a></li></ul></aside>
</main>
<footer><p>© 2024 {SITE}. All rights reserved.</p></footer>
</body></html>
"""
    return "page.html", markup


def page_markdown(f: Furniture, h: Headline, front: bool) -> tuple[str, str]:
    above = (
        _fill(f.md_before, h)
        if f.md_before is not None
        else "\n".join(_fill(x, h) for x in f.before)
    )
    below = (
        _fill(f.md_after, h) if f.md_after is not None else "\n".join(_fill(x, h) for x in f.after)
    )
    parts = []
    if front:  # front matter without a title
        parts.append("---\ndate: 2024-03-03\ntags: [anime, reviews]\n---")
    if above:
        parts.append(above)
    parts.append(f"# {h.text}")
    if below:
        parts.append(below)
    parts += _body(h)
    return "page.md", "\n\n".join(parts) + "\n"


def _parse(tmp_path: Path, name: str, text: str) -> dict[str, Any]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return dict(pipeline_parser((KNOWN,))(path))


def _page(skeleton: str, f: Furniture, h: Headline, variant: bool) -> tuple[str, str]:
    if skeleton == "text":
        return page_text(f, h)
    if skeleton == "html":
        return page_html(f, h, with_title=variant)
    return page_markdown(f, h, front=variant)


# Each furniture meets three of the five headlines, in turn, so every headline meets most
# kinds of furniture while the grid stays a few hundred cases.
CASES = [
    pytest.param(skeleton, f, h, id=f"{skeleton}-{f.id}-{h.id}")
    for i, f in enumerate(FURNITURE)
    for h in (HEADLINES[(i + k) % len(HEADLINES)] for k in range(3))
    for skeleton in ("text", "html", "markdown")
]


@pytest.mark.parametrize(("skeleton", "furniture", "headline"), CASES)
def test_furniture_is_never_the_title(
    tmp_path: Path, skeleton: str, furniture: Furniture, headline: Headline
) -> None:
    variant = (FURNITURE.index(furniture) + HEADLINES.index(headline)) % 2 == 0
    got = _parse(tmp_path, *_page(skeleton, furniture, headline, variant))
    assert not got.get("error"), got.get("error")
    assert normalise(got.get("title") or "") == normalise(headline.text)
    assert normalise(got["anime"] or "") == normalise(headline.anime)
