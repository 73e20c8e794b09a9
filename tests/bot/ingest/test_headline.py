"""bot/ingest/headline.py: a web page's headline, from what extraction kept and the markup."""

from __future__ import annotations

from bot.ingest import parse_document
from bot.ingest.page import read_page

_POST = "Harbour Lights: The Lamp Keepers Episode 5 Review – Storm Glass"


def _blog_page(title: str) -> bytes:
    # a blog theme whose <h1> is the blog's name (a link home) and the post's title an <h3>
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        "<div class='header'><h1 class='title'><a href='https://notes.example/'>"
        "Quiet Harbour Notes</a></h1><p>Slow posts about slow shows.</p></div>"
        "<h2 class='date-header'><span>Sunday, March 3, 2024</span></h2>"
        f"<div class='post'><h3 class='post-title'>\n{_POST}\n</h3>"
        "<div class='post-body'><p>This week on Harbour Lights: The Lamp Keepers, the two "
        "keepers argue in the open at last, and the show is better for it.</p>"
        "<p>The epilogue lands, and the lamp finally goes dark for a reason.</p>"
        "<p>My score: 8/10</p></div></div></body></html>"
    ).encode()


def test_a_blogs_name_and_a_colon_before_the_post_title_leave_the_post_title_whole() -> None:
    # "<title>Blog Name: Post Title</title>", the blog's name the masthead text extraction
    # took: the post's title is the rest, its own dash and subtitle kept
    page = read_page(_blog_page(f"Quiet Harbour Notes: {_POST}"), name="post.html")
    assert page.meta is not None and page.meta.title == _POST
    parsed = parse_document(page.text, source_name="post.html", meta=page.meta)
    assert parsed.anime_title == "Harbour Lights: The Lamp Keepers"
    assert parsed.episode == 5


def test_a_title_with_the_sites_name_after_a_dash_still_loses_it() -> None:
    # "<title>Post Title - Blog Name</title>": the site's name is cut, as before
    title = "Harbour Lights: The Lamp Keepers Episode 5 Review - Quiet Harbour Notes"
    page = read_page(_blog_page(title), name="post.html")
    assert page.meta is not None
    assert page.meta.title == "Harbour Lights: The Lamp Keepers Episode 5 Review"


def _user_review_page(og_title: str) -> bytes:
    # a database site's user review: the show's name as the entry's heading, the review's
    # own short headline as its og:title and <h1>, the <title> adding a label and the site
    return (
        "<!DOCTYPE html><html><head><title>Salt and Static — Night Bus review by "
        "lanternfish | ShowShelf</title>"
        f'<meta property="og:title" content="{og_title}"></head><body>'
        "<header><a href='/'>ShowShelf</a></header>"
        "<h2 class='entry-name'>Night Bus</h2>"
        "<article><h1 class='review-title'>Salt and Static</h1>"
        "<p>Night Bus spends thirteen episodes on one long night route, and Mina, the "
        "driver, carries every one of them with a tired, dry warmth.</p>"
        "<p>The middle stretch wanders and the ending answers too little.</p>"
        "<p>Overall 6/10</p></article></body></html>"
    ).encode()


def test_a_user_reviews_own_headline_said_by_og_title_and_heading_wins_over_its_label() -> None:
    page = read_page(_user_review_page("Salt and Static"), name="review.html")
    assert page.meta is not None and page.meta.title == "Salt and Static"


def test_a_title_part_no_og_title_says_still_yields_to_the_longer_part() -> None:
    # the og:title says the whole <title>: no short headline of the page's own is named
    whole = "Salt and Static — Night Bus review by lanternfish | ShowShelf"
    page = read_page(_user_review_page(whole), name="review.html")
    assert page.meta is not None and page.meta.title != "Salt and Static"


def _reader_entry(share_heading: str) -> bytes:
    # a feed reader's entry saved bare (no <head>): the headline an <h2> in the entry's link,
    # the post's text, then the blog's share box, its heading's class naming a title
    return (
        "<div class='entry'><div class='entryHeader'><a class='entryTitle' href='#'>"
        "<h2>Paper Comets Episode 6 Review: The Long Way Round</h2></a>"
        "<div class='metadata'>Tidewater Blog · Mar 2, 2024</div></div>"
        "<div class='entryBody'><p>Six episodes in, <b>Paper Comets</b> finally lets its "
        "two couriers stop running and talk, and the quiet suits it.</p>"
        "<p>The last stretch drags a little, but the closing image is the best of the "
        "season so far.</p><p><strong>Rating: 4/5</strong></p>"
        f"<div class='sharing'><h3 class='share-title'>{share_heading}</h3><ul><li>"
        "<a href='#'>Mastodon</a></li></ul></div></div></div>"
    ).encode()


def test_a_share_boxs_heading_below_the_text_yields_to_the_headline_above_it() -> None:
    page = read_page(_reader_entry("Share this:"), name="entry.html")
    assert page.meta is not None
    assert page.meta.title == "Paper Comets Episode 6 Review: The Long Way Round"
    parsed = parse_document(page.text, source_name="entry.html", meta=page.meta)
    assert parsed.anime_title == "Paper Comets"
    assert parsed.episode == 6


def test_a_short_headline_above_the_text_stays_the_headline() -> None:
    page = (
        b"<html><body><article><h1 class='entry-title'>Night Bus, again</h1>"
        b"<p>Night Bus spends thirteen episodes on one long night route, and Mina carries "
        b"every one of them.</p><p>The middle stretch wanders.</p>"
        b"<h3 class='share-title'>Share this:</h3></article></body></html>"
    )
    parsed = read_page(page, name="post.html")
    assert parsed.meta is not None and parsed.meta.title == "Night Bus, again"
