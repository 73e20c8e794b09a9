"""bot/ingest/structured.py: what a page's JSON-LD says the page reviews.

The shapes follow schema.org's vocabulary (Review.itemReviewed, TVEpisode.partOfSeries and
episodeNumber, TVSeason, TVSeries, CreativeWorkSeries, "@graph"); the pages are written here.
"""

from __future__ import annotations

import json

import pytest

from bot.ingest.structured import Reviewed, reviewed_item

ARTICLE = "<article><h1>A review</h1><p>Words about the show.</p></article>"


def page(*blocks: object, raw: tuple[str, ...] = ()) -> bytes:
    """An HTML page holding each block as its own ld+json script (raw ones as written)."""
    scripts = [
        f'<script type="application/ld+json">{json.dumps(block)}</script>' for block in blocks
    ]
    scripts += [f'<script type="application/ld+json">{text}</script>' for text in raw]
    return (
        f"<!doctype html><html><head><title>T</title>{''.join(scripts)}</head>"
        f"<body>{ARTICLE}</body></html>"
    ).encode()


EPISODE_REVIEW = {
    "@context": "https://schema.org",
    "@type": "Review",
    "name": "Orbital Gardeners Episode 4 Review",
    "itemReviewed": {
        "@type": "TVEpisode",
        "name": "The Greenhouse Burns",
        "episodeNumber": 4,
        "partOfSeries": {"@type": "TVSeries", "name": "Orbital Gardeners"},
    },
    "reviewRating": {"@type": "Rating", "ratingValue": 8, "bestRating": 10},
}


def test_a_review_of_an_episode_gives_its_series_and_number() -> None:
    # the episode's own name is its title, not the series'
    assert reviewed_item(page(EPISODE_REVIEW)) == Reviewed("Orbital Gardeners", 4)


@pytest.mark.parametrize(
    ("item", "series"),
    [
        ({"@type": "TVSeries", "name": "Lantern Road"}, "Lantern Road"),
        ({"@type": "CreativeWorkSeries", "name": "Lantern Road"}, "Lantern Road"),
        ({"@type": "Movie", "name": "Lantern Road: The Movie"}, "Lantern Road: The Movie"),
        (
            {
                "@type": "TVSeason",
                "name": "Season 2",
                "partOfSeries": {"@type": "TVSeries", "name": "Lantern Road"},
            },
            "Lantern Road",
        ),
        # a season named on its own: its series is its name less the season's label
        ({"@type": "TVSeason", "name": "Lantern Road Season 1"}, "Lantern Road"),
        ({"@type": "TVSeason", "name": "Lantern Road: Season 2"}, "Lantern Road"),
        ({"@type": "TVSeries", "name": "Lantern Road 2nd Season"}, "Lantern Road"),
    ],
)
def test_a_review_of_a_series_or_season_gives_the_series(item: object, series: str) -> None:
    review = {"@type": "Review", "itemReviewed": item}
    assert reviewed_item(page(review)) == Reviewed(series, None)


def test_a_season_gives_no_episode_number() -> None:
    season = {
        "@type": "TVSeason",
        "seasonNumber": 2,
        "numberOfEpisodes": 12,
        "partOfSeries": {"@type": "TVSeries", "name": "Lantern Road"},
    }
    assert reviewed_item(page({"@type": "Review", "itemReviewed": season})) == Reviewed(
        "Lantern Road", None
    )


def test_a_top_level_episode_counts() -> None:
    episode = {
        "@context": "https://schema.org",
        "@type": "TVEpisode",
        "episodeNumber": "7",
        "partOfSeries": {"name": "Lantern Road"},  # a series object may leave its type out
    }
    assert reviewed_item(page(episode)) == Reviewed("Lantern Road", 7)


def test_a_review_in_a_graph_after_the_sites_objects() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "name": "Big Anime Site"},
            {"@type": "WebSite", "name": "Big Anime Site"},
            {"@type": "BreadcrumbList", "itemListElement": []},
            EPISODE_REVIEW,
        ],
    }
    assert reviewed_item(page(graph)) == Reviewed("Orbital Gardeners", 4)


def test_a_list_of_objects_and_a_later_block() -> None:
    listed = [{"@type": "WebPage", "name": "Page"}, EPISODE_REVIEW]
    assert reviewed_item(page(listed)) == Reviewed("Orbital Gardeners", 4)
    # the site's own block first, the review's next
    assert reviewed_item(page({"@type": "WebSite", "name": "S"}, EPISODE_REVIEW)) == Reviewed(
        "Orbital Gardeners", 4
    )


def test_invalid_json_is_ignored_and_a_valid_block_after_it_is_read() -> None:
    broken = '{"@type": "Review", "itemReviewed": {"@type": "TVSeries", "name": "Broken"'
    assert reviewed_item(page(raw=(broken,))) is None
    assert reviewed_item(page(raw=(broken, json.dumps(EPISODE_REVIEW)))) == Reviewed(
        "Orbital Gardeners", 4
    )


def test_an_oversize_block_is_not_read() -> None:
    review = dict(EPISODE_REVIEW, reviewBody="x" * 200_000)
    assert reviewed_item(page(review)) is None


def test_only_the_first_few_blocks_are_read() -> None:
    sites = [{"@type": "WebSite", "name": f"S{n}"} for n in range(10)]
    assert reviewed_item(page(*sites, EPISODE_REVIEW)) is None


def test_a_deeply_nested_document_neither_raises_nor_answers() -> None:
    nested: object = EPISODE_REVIEW
    for _ in range(50):
        nested = {"@graph": [nested]}
    assert reviewed_item(page(nested)) is None
    assert reviewed_item(page(raw=("[" * 10_000 + "]" * 10_000,))) is None


@pytest.mark.parametrize(
    "block",
    [
        # a rating of the series by its readers names no reviewed item
        {
            "@type": "TVSeries",
            "aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.5},
        },
        {"@type": "AggregateRating", "ratingValue": 4.5, "itemReviewed": {"name": "Lantern"}},
        {"@type": "Organization", "name": "Lantern Road Fansub"},
        {"@type": "WebSite", "name": "Lantern Road Fans", "url": "https://x.example/"},
        {
            "@type": "BreadcrumbList",
            "itemListElement": [{"@type": "ListItem", "name": "Lantern Road"}],
        },
        # an article about several things, and what a review mentions or relates to
        {"@type": "Article", "about": {"@type": "TVSeries", "name": "Lantern Road"}},
        {"@type": "Article", "mentions": [{"@type": "TVSeries", "name": "Lantern Road"}]},
        {"@type": "WebPage", "related": {"@type": "TVSeries", "name": "Lantern Road"}},
        # a podcast's own series is not an anime
        {
            "@type": "PodcastEpisode",
            "episodeNumber": 112,
            "partOfSeries": {"@type": "PodcastSeries", "name": "Two Mics"},
        },
        # a review of a book or a product
        {"@type": "Review", "itemReviewed": {"@type": "Book", "name": "Lantern Road Vol. 1"}},
        {"@type": "Review", "itemReviewed": {"@type": "Product", "name": "Lantern Figure"}},
        # an episode with no series named
        {"@type": "TVEpisode", "name": "The Greenhouse Burns", "episodeNumber": 4},
    ],
)
def test_what_names_no_reviewed_series(block: object) -> None:
    assert reviewed_item(page(block)) is None


def test_a_page_without_json_ld_and_odd_values() -> None:
    assert reviewed_item(b"<html><body><p>Lantern Road episode 4</p></body></html>") is None
    odd = {
        "@type": "Review",
        "itemReviewed": {
            "@type": "TVEpisode",
            "episodeNumber": True,
            "partOfSeries": {"@type": "TVSeries", "name": ["Lantern Road"]},
        },
    }
    assert reviewed_item(page(odd)) == Reviewed("Lantern Road", None)
    assert reviewed_item(page(raw=("null", "42", '"text"'))) is None


def test_an_unclosed_block_is_not_read() -> None:
    unclosed = '<html><head><script type="application/ld+json">' + json.dumps(EPISODE_REVIEW)
    assert reviewed_item(unclosed.encode()) is None
