"""A small review site for feed tests: an RSS feed and one HTML review page per entry, served
by tests/web_server.py. The pages are hand-written reviews of Metallic Rouge episodes (the
bundled catalog's anime), each with its own score, so each is a distinct document."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from tests.web_server import WebServer

SITE = "Rouge Watch"


@dataclass(frozen=True, slots=True)
class Review:
    episode: int
    title: str  # the page's headline after "Metallic Rouge Episode N Review: "
    score: str  # as written, e.g. "7/10"
    verdict: str  # the closing paragraph

    @property
    def slug(self) -> str:
        return f"/reviews/metallic-rouge-episode-{self.episode}"

    @property
    def headline(self) -> str:
        return f"Metallic Rouge Episode {self.episode} Review: {self.title}"


REVIEWS = (
    Review(2, "Gears in Motion", "7/10", "Overall, a sturdy second step for the season."),
    Review(3, "Bitter Rain", "8/10", "Overall, the best episode so far, and a confident one."),
    Review(4, "Static", "6/10", "Overall, a wobbly middle chapter that still entertains."),
    Review(5, "The Broken Mask", "9/10", "Overall, a thrilling turn that changes everything."),
)


def page(review: Review) -> str:
    paragraphs = [
        f"Episode {review.episode} of Metallic Rouge keeps the pressure on Rouge and Naomi as "
        "their hunt through the city grows more dangerous with every lead they follow.",
        "The animation stays sharp in the action scenes, and the storyboarding makes the "
        "quieter conversations land as well as the fights do, which is rarer than it sounds.",
        f"Some of the dialogue is clunky, but the direction covers for it. Score: {review.score}",
        review.verdict,
    ]
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(review.headline)} | {SITE}</title>
<meta property="og:site_name" content="{SITE}">
<meta name="author" content="Sam Reviewer">
</head><body>
<header><nav><a href="/">Home</a> <a href="/reviews">Reviews</a></nav></header>
<main><article><h1>{escape(review.headline)}</h1>
{body}
</article></main>
<footer><p>Copyright {SITE}. Subscribe to our newsletter for more reviews.</p></footer>
</body></html>"""


def rss(server: WebServer, reviews: tuple[Review, ...], *, title: str = SITE) -> str:
    items = "\n".join(
        f"""<item><title>{escape(r.headline)}</title><link>{server.url(r.slug)}</link>
<guid>{server.url(r.slug)}</guid>
<pubDate>Sun, 0{r.episode} Feb 2024 12:00:00 GMT</pubDate></item>"""
        for r in reviews
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{escape(title)}</title><link>{server.url("/")}</link>
<description>Anime reviews</description>
{items}
</channel></rss>"""


def serve(server: WebServer, reviews: tuple[Review, ...], path: str = "/feed.xml") -> str:
    """Serve the pages of `reviews` and a feed listing them; the feed's URL."""
    for review in reviews:
        server.page(review.slug, page(review))
    server.feed(path, rss(server, reviews))
    return server.url(path)
