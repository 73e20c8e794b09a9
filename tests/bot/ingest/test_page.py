"""bot/ingest/page.py: a feed's entry saved as a page is read as its article."""

from __future__ import annotations

from bot.ingest import parse_document
from bot.ingest.page import read_page

_ATOM_ENTRY = """<?xml version="1.0" encoding="utf-8"?>
<entry xmlns="http://www.w3.org/2005/Atom">
<title type="html">Starfield Diaries First Impressions</title>
<link rel="alternate" href="https://notes.example/starfield-first-look"/>
<published>2025-03-02T19:00:00Z</published>
<updated>2025-03-04T08:00:00Z</updated>
<author><name>Ada Whitlock</name></author>
<content type="html"><![CDATA[
<p>Two episodes in, and this slow show about a lighthouse keeper has me curious.</p>
<p>The keeper barely speaks; the sea does the talking. The second episode ends on a storm.</p>
<p>No score yet: I want to see where it goes.</p>
]]></content>
</entry>
"""

_RSS_ITEM = """<item xmlns:dc="http://purl.org/dc/elements/1.1/">
<title>Starfield Diaries Episode 3 Review</title>
<link>https://notes.example/starfield-3</link>
<pubDate>Sun, 16 Mar 2025 19:00:00 GMT</pubDate>
<dc:creator>Ada Whitlock</dc:creator>
<description>&lt;p&gt;The third episode finally leaves the lighthouse, and the town is
a delight.&lt;/p&gt;&lt;p&gt;The fog scenes are the best of the season. 8/10&lt;/p&gt;</description>
</item>
"""


def test_an_atom_entry_saved_as_a_page_is_read_as_its_article() -> None:
    page = read_page(_ATOM_ENTRY.encode(), name="entry.html")
    # every paragraph of the content, under the entry's title
    assert "Two episodes in, and this slow show" in page.text
    assert "No score yet" in page.text
    assert page.meta is not None
    assert page.meta.title == "Starfield Diaries First Impressions"
    assert page.meta.author == "Ada Whitlock"
    assert page.meta.published == "2025-03-02"
    assert page.meta.url == "https://notes.example/starfield-first-look"
    parsed = parse_document(page.text, source_name="entry.html", meta=page.meta)
    assert parsed.anime_title == "Starfield Diaries"  # from the title's clear pattern
    assert parsed.kind.value == "first-impressions"


def test_an_rss_item_saved_as_a_page_is_read_as_its_article() -> None:
    page = read_page(_RSS_ITEM.encode(), name="item.html")
    assert "finally leaves the lighthouse" in page.text
    assert page.meta is not None
    assert page.meta.title == "Starfield Diaries Episode 3 Review"
    assert page.meta.author == "Ada Whitlock"
    assert page.meta.published == "2025-03-16"
    assert page.meta.url == "https://notes.example/starfield-3"
    parsed = parse_document(page.text, source_name="item.html", meta=page.meta)
    assert parsed.episode == 3
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_a_verdict_box_with_its_value_and_scale_in_elements_of_their_own() -> None:
    # a review site's verdict box: its label, then "6" and "/10" styled apart, then pros,
    # cons and a summary; the comments' scores below never count
    from bot.ingest.score_boxes import verdict_boxes

    def page(value: str, scale: str) -> bytes:
        return (
            "<html><body><article><h1>Lantern Street Episode 3 Review</h1><p>Text.</p>"
            "<div class='review-box'><div class='review-box__title'>The Verdict</div>"
            f"<div class='review-box__score'><span class='num'>{value}</span>"
            f"<span class='outof'>{scale}</span></div>"
            "<ul class='pros'><li>The lantern festival is lovely</li></ul>"
            "<ul class='cons'><li>The middle act drags on and on</li></ul>"
            "<p class='summary'>A gentle episode that earns its quiet ending, mostly.</p>"
            "</div></article><section class='comments'><p>I'd say 9/10.</p></section>"
            "</body></html>"
        ).encode()

    assert verdict_boxes(page("6", "/10")) == ["The Verdict: 6/10"]
    assert verdict_boxes(page("4", "out of 5")) == ["The Verdict: 4 out of 5"]
    # a word after the value is no scale: the value alone, as before
    assert verdict_boxes(page("6", "Good")) == ["The Verdict: 6"]
    parsed = parse_document(read_page(page("6", "/10"), name="review.html").text)
    assert parsed.score is not None and parsed.score.raw == "6/10"


def test_a_labelled_rating_line_over_a_users_review_is_kept() -> None:
    # a database site's review tab: the reviewer's own "Overall Rating" line (its value
    # styled apart) over the review, sub-scores under it, the site's average in a sidebar
    from bot.ingest.score_boxes import verdict_boxes

    markup = (
        "<html><body><div class='sidebar'><div>Score: 7.12 (scored by 9,004 users)</div></div>"
        "<div class='review-item'><div class='author'>tamsin_reads · May 2, 2025</div>"
        "<div class='headline'>Overall Rating: <span class='num'>7</span>/10</div>"
        "<div class='body'><p>The lighthouse keeper barely speaks and the sea does the "
        "talking, which works far better than it has any right to over twelve episodes.</p>"
        "<p>The middle drags, but the ending lands.</p></div>"
        "<div class='scores'>Story 6 · Art 9 · Sound 8</div></div></body></html>"
    ).encode()
    boxes = verdict_boxes(markup, "The lighthouse keeper barely speaks and the sea does the")
    assert boxes[0] == "Overall Rating: 7/10"
    assert all("7.12" not in box for box in boxes)
    page = read_page(markup, name="reviews.html")
    parsed = parse_document(page.text, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "7/10"


def test_a_labelled_line_of_prose_is_no_score_box() -> None:
    from bot.ingest.score_boxes import verdict_boxes

    markup = (
        b"<html><body><article><h1>Lighthouse Episode 2 Review</h1>"
        b"<p>The keeper finally speaks.</p>"
        b"<div class='aside'>Rating: <span>the studio's 2nd show</span></div>"
        b"</article></body></html>"
    )
    assert verdict_boxes(markup) == []


def _chat_export(first_line: str) -> str:
    chatter = "<p>long week, anyone else still behind on everything? the queue is endless</p>" * 3
    return (
        "<html><head><title>Exported Data</title></head><body><div class='history'>"
        "<div class='message'><div class='from'>Aki</div><div class='text'>"
        "watching now, thoughts in a bit, no spoilers in here please</div></div>"
        "<div class='message'><div class='from'>Aki</div><div class='text'>"
        f"<strong>{first_line}</strong><br><br>"
        "The show keeps its best joke going and the fights are staged with real wit, even when"
        " the animation budget runs thin in the middle of the episode.<br><br>"
        "The family scenes at the end are warm and the shop banter is funny.<br><br>"
        "<strong>8/10</strong></div></div>"
        f"<div class='message'><div class='text'>{chatter}</div></div>"
        "</div></body></html>"
    )


def test_a_chat_exports_generic_page_title_yields_to_the_reviews_bold_headline() -> None:
    page = read_page(_chat_export("Some Show Episode 3 Review").encode(), name="messages.html")
    assert page.meta is not None
    assert page.meta.title == "Some Show Episode 3 Review"


def test_a_chat_exports_bold_line_naming_no_review_is_not_its_title() -> None:
    page = read_page(_chat_export("Quick note").encode(), name="messages.html")
    assert page.meta is not None
    assert page.meta.title is None


def _forum_topic(heading: str) -> str:
    return (
        "<!DOCTYPE html><html><head>"
        "<title>Harbour Lights finale – our long verdict (ep 12) - Tea Room Boards</title>"
        "</head><body><div class='banner'><h1>Tea Room Boards</h1></div>"
        f"<h2 class='topic'><a href='?t=5'>{heading}</a></h2>"
        "<div class='post'><div class='content'><p>The last episode of Harbour Lights closes "
        "the lighthouse story with a long, quiet goodbye between the two keepers.</p>"
        "<p>The storm sequence is the best animation of the season, and the epilogue earns "
        "its tears. Score: 8/10</p></div></div></body></html>"
    )


def test_a_headline_with_a_dash_of_its_own_keeps_its_parts_before_the_sites_name() -> None:
    # "<title>Headline – rest - Site</title>", the topic's heading repeating the headline:
    # the site's name goes, the headline stays whole (not only its longest part)
    headline = "Harbour Lights finale – our long verdict (ep 12)"
    page = read_page(_forum_topic(headline).encode(), name="topic.html")
    assert page.meta is not None
    assert page.meta.title == headline


def test_a_title_cut_at_a_decorated_site_name_keeps_no_dangling_separator() -> None:
    # "<title>Headline | ~ site ~</title>": text extraction cuts at the last separator (the
    # site's decoration), which leaves the first one hanging off the headline
    markup = (
        "<html><head><title>my show ~ the last episode!! | ~ moonlit corner ~</title></head>"
        "<body><div><b>my show ~ the last episode!!</b><p>so i finally watched the last "
        "episode of my show and it was a wild ride from start to finish, honestly.</p>"
        "<p>the ending made me cry and the fight was the best animation of the year.</p>"
        "</div></body></html>"
    )
    page = read_page(markup.encode(), name="finale.html")
    assert page.meta is not None
    assert page.meta.title == "my show ~ the last episode!!"


def test_a_grade_box_in_a_page_whose_body_class_names_a_sidebar_layout_is_kept() -> None:
    # a WordPress theme classes <body> by its layout ("theme-right-sidebar"): the template's
    # name, no sidebar around the grade box inside the article
    from bot.ingest.score_boxes import verdict_boxes

    markup = (
        b"<html><body class='single-post theme-right-sidebar'><div id='page'><article>"
        b"<h1>Lighthouse Episode 2 Review</h1><div class='entry-content'>"
        b"<p>The keeper finally speaks, and the storm that follows is worth the wait.</p>"
        b"<div class='review-box'><p><strong>Grade:</strong> B+</p>"
        b"<p><em>Grades here run from F to A+.</em></p></div></div></article>"
        b"<aside class='sidebar'><div class='grade-box'>Other Show: A</div></aside>"
        b"</div></body></html>"
    )
    assert [box[: len("Grade: B+")] for box in verdict_boxes(markup)] == ["Grade: B+"]
    page = read_page(markup, name="review.html")
    parsed = parse_document(page.text, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "B+"


def test_a_row_of_stars_in_an_element_named_for_them_is_the_rating() -> None:
    # a newspaper's review: stars under the standfirst in a "stars" element, another
    # review's stars in the most-viewed rail outside the article
    from bot.ingest.score_boxes import verdict_boxes

    markup = (
        "<html><head><meta charset='utf-8'></head><body><main>"
        "<h1>Lighthouse review – the sea does the talking</h1>"
        "<p class='standfirst'>A slow, handsome show about a keeper who barely speaks</p>"
        "<div class='stars' aria-label='4 out of 5 stars'>★★★★☆</div>"
        "<div class='article-body'><p>The keeper barely speaks for twelve episodes, and the"
        " sea does the talking; it works far better than it has any right to.</p></div>"
        "</main><aside class='most-viewed'><ol><li>Other Show review ★★★★★</li></ol></aside>"
        "<div class='star-note'>★ Editor's pick of the week</div></body></html>"
    ).encode()
    assert verdict_boxes(markup) == ["Rating: ★★★★☆"]
    page = read_page(markup, name="review.html")
    parsed = parse_document(page.text, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "★★★★☆"


def test_a_rating_widget_stating_the_sites_rating_is_the_score_a_readers_one_never() -> None:
    # an outlet's recap: its own rating in a box named a widget at the article's end, and
    # widgets that ask readers for theirs or give their average (inside and outside it)
    from bot.ingest.score_boxes import verdict_boxes

    def markup(widget: str) -> bytes:
        return (
            "<html><body><article><h1>Lighthouse Episode 3 Recap</h1>"
            "<p>The keeper finally speaks, and the storm takes the lamp.</p>"
            f"<div class='rating-widget'>{widget}</div>"
            "</article><div class='sidebar widget'><div class='score'>Our score: 9/10</div>"
            "</div></body></html>"
        ).encode()

    own = markup("<span>Harbor Daily rating:</span> <span class='stars'>3 out of 5 stars</span>")
    assert verdict_boxes(own) == ["Harbor Daily rating: 3 out of 5 stars"]
    parsed = parse_document(read_page(own, name="recap.html").text, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "3 out of 5 stars"
    for asking in (
        "<span>Rate this episode:</span> <span>★★★★★</span>",
        "<span>Your rating:</span> <span>4 out of 5</span>",
        "<span>Average rating:</span> <span>4.3/5 (512 votes)</span>",
        "<p>What did you think?</p><p>Score: 78% loved it</p>",
    ):
        assert verdict_boxes(markup(asking)) == [], asking
