"""bot/ingest/score_boxes.py: the score boxes of a review page that text extraction drops."""

from __future__ import annotations

import pytest

from bot.ingest import parse_document
from bot.ingest.page import read_page
from bot.ingest.score_boxes import verdict_boxes


def _reader_review(header: str) -> bytes:
    # a database site's page of readers' reviews of a whole show: the site's average by the
    # show's details, one reader's review, then that reader's ratings table under a header
    rows = "".join(
        f"<tr><td>{label}</td><td>{value}</td></tr>"
        for label, value in (("Overall", 8), ("Story", 7), ("Art", 9), ("Sound", 6),
                             ("Character", 8), ("Enjoyment", 9))
    )  # fmt: skip
    return (
        "<html><head><title>Lighthouse - Reviews</title></head><body>"
        "<div class='details'>Score 7.48 (scored by 12,055 users) · Episodes: 12</div>"
        "<div class='entry'><div class='who'>tidepool · Jun 3, 2025</div><div class='words'>"
        "<p>The keeper barely speaks and the sea does the talking, which works far better "
        "than it has any right to.</p><p>The middle drags, but the ending lands.</p></div>"
        f"<table class='review-scores'><tr><th colspan='2'>{header}</th></tr>{rows}</table>"
        "</div></body></html>"
    ).encode()


def test_a_ratings_table_under_a_header_stating_ten_points_gives_its_overall() -> None:
    markup = _reader_review("Reader's ratings (out of 10)")
    extracted = "The keeper barely speaks and the sea does the talking, which works far"
    card = "Reader's ratings (out of 10) Overall 8 Story 7 Art 9 Sound 6 Character 8 Enjoyment 9"
    assert verdict_boxes(markup, extracted) == [card]
    page = read_page(markup, name="reviews.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "8"
    assert parsed.score.score_100 == 80
    # the site's average of its users is never the reader's score
    assert "7.48" not in page.text


@pytest.mark.parametrize(
    ("aspects", "overall", "expected"),
    [
        (
            "Plot 6 &middot; Art 9 &middot; Music 7",
            "<b>Overall: 7.5/10</b> &mdash; pretty, thin",
            "Overall: 7.5/10",
        ),
        (
            "Writing: 3/5 | Animation: 5/5",
            "<strong>Final score &ndash; 4/5</strong>",
            "Final score – 4/5",
        ),
    ],
)
def test_a_verdict_box_of_aspect_scores_in_one_line_gives_its_overall_row(
    aspects: str, overall: str, expected: str
) -> None:
    # a print view's verdict box: its label, the aspects' scores on one line, then the overall
    # row and its gloss; the other reviews' scores linked under it never count
    markup = (
        "<html><body><h1>Lantern Street Episode 3 Review</h1>"
        "<p>The keeper barely speaks and the sea does the talking, which works far better than "
        "it has any right to. The middle drags, but the ending lands.</p>"
        f"<div class='print-box'><b>Harbour Review verdict</b><br>{aspects}<br>{overall}</div>"
        "<p>More: Tidepool Episode 2 Review (5/10)</p></body></html>"
    ).encode()
    extracted = "The keeper barely speaks and the sea does the talking, which works far"
    assert verdict_boxes(markup, extracted) == [expected]
    page = read_page(markup, name="review.html")
    parsed = parse_document(page.text, meta=page.meta)
    assert parsed.score is not None and parsed.score.raw == expected.split()[-1]


def test_a_ratings_table_under_a_header_of_another_scale_is_no_card() -> None:
    # (the overall of such a box is read on ten points: a five-point one is left alone, its
    # header kept as the box's head)
    markup = _reader_review("Reader's ratings (out of 5)")
    extracted = "The keeper barely speaks and the sea does the talking, which works far"
    assert verdict_boxes(markup, extracted) == ["Reader's ratings (out of 5)"]


def test_a_verdict_box_with_its_value_and_scale_in_elements_of_their_own() -> None:
    # a review site's verdict box: its label, then "6" and "/10" styled apart, then pros,
    # cons and a summary; the comments' scores below never count

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


def test_a_verdict_box_whose_one_scaled_score_comes_after_its_pros_or_a_rows_name() -> None:
    # a verdict box headed by its label, then pros and cons, or a row's name, before the one
    # score on a stated scale in it (the site's own unit after it, perhaps); a breakdown's
    # rows (several scores, or bare numbers) give none of theirs

    def page(inside: str) -> bytes:
        return (
            "<html><body><article><h1>Harbor Lights Episode 6 Review</h1><p>Text.</p>"
            f"<aside class='verdict-panel'><h3>Dockside Verdict</h3>{inside}"
            "<p class='note'>Our scale: 5 lanterns = unmissable, 1 lantern = skip it.</p>"
            "</aside></article><section class='comments'><p>I'd say 2/5.</p></section>"
            "</body></html>"
        ).encode()

    pros = "<ul class='pros'><li>The ferry race</li></ul><ul class='cons'><li>Exposition</li></ul>"
    assert verdict_boxes(page(f"{pros}<p><b>3.5 out of 5 lanterns</b> 🏮🏮🏮</p>")) == [
        "Dockside Verdict: 3.5 out of 5 lanterns"
    ]
    assert verdict_boxes(page("<dl><dt>This week</dt><dd>6.5/10</dd></dl>")) == [
        "Dockside Verdict: 6.5/10"
    ]
    rows = "<dl><dt>Story</dt><dd>6/10</dd><dt>Art</dt><dd>8/10</dd></dl>"
    assert verdict_boxes(page(rows)) == []
    bare = "<dl><dt>Story</dt><dd>6</dd><dt>Overall</dt><dd>7/10 lanterns</dd></dl>"
    assert verdict_boxes(page(bare)) == []
    parsed = parse_document(
        read_page(page(pros + "<p>3.5 out of 5 lanterns</p>"), name="r.html").text
    )
    assert parsed.score is not None and parsed.score.score_100 == 70


def test_a_verdict_box_whose_sentence_opens_with_a_in_parts_gives_its_labelled_score() -> None:
    # a verdict aside: its heading, a sentence opening with the article "A" (no grade) whose
    # show's name in italics splits it into parts, then the score further in, on a row of its
    # own with its label (kept) or bare (the heading's label)

    def page(score: str) -> bytes:
        return (
            "<html><body><article><h1>Harbor Lights Episode 6 Review</h1>"
            "<p>The ferry race is the best thing the show has staged so far.</p>"
            "<aside class='verdict'><h3>Our verdict</h3><p>A slow, sure build that points "
            f"<em>Harbor Lights</em> at its storm.</p><p class='line'>{score}</p></aside>"
            "</article></body></html>"
        ).encode()

    assert verdict_boxes(page("Score: <b>8/10</b>")) == ["Score: 8/10"]
    assert verdict_boxes(page("<b>4 out of 5</b>")) == ["Our verdict: 4 out of 5"]
    parsed = parse_document(read_page(page("Score: <b>8/10</b>"), name="r.html").text)
    assert parsed.score is not None and parsed.score.score_100 == 80


def test_a_labelled_rating_line_over_a_users_review_is_kept() -> None:
    # a database site's review tab: the reviewer's own "Overall Rating" line (its value
    # styled apart) over the review, sub-scores under it, the site's average in a sidebar

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


def test_an_overall_line_under_a_users_sub_scores_is_the_score() -> None:
    # a tracking site's review of a whole show: a breakdown table of sub-scores, then the
    # reviewer's "Overall" line (its value in bold); the site's average over the review and
    # other users' reviews beside it are theirs

    markup = (
        "<html><body><div class='stats'>Average score 71%</div><main><article>"
        "<div class='who'>tidepool · Watched 12/12 episodes</div>"
        "<div class='text'><p>The lighthouse keeper barely speaks and the sea does the "
        "talking, which works far better than it has any right to over twelve episodes.</p>"
        "<p>The middle drags, but the ending lands.</p></div>"
        "<table><caption>Breakdown</caption><tr><th>Story</th><td>5</td></tr>"
        "<tr><th>Art</th><td>9</td></tr></table>"
        "<div class='final'>Overall: <strong>7/10</strong></div>"
        "</article><aside><div class='card'>by gullwing <span>9/10</span></div></aside>"
        "</main></body></html>"
    ).encode()
    assert verdict_boxes(markup, "The lighthouse keeper barely speaks") == ["Overall: 7/10"]
    page = read_page(markup, name="review.html")
    parsed = parse_document(page.text, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "7/10"


def _wrapped(text: str) -> str:
    # a browser's translation of a page, saved: every text in two <font> wrappers
    inherit = "<font style='vertical-align: inherit;'>"
    return f"{inherit}{inherit}{text}</font></font>"


def test_a_bold_score_line_whose_text_sits_in_wrappers_is_kept() -> None:
    # a blog's first impressions saved after the browser translated it, its score a bold
    # line in a coloured group under the post; an editor's coloured <span> inside the bold
    # line is the same; the readers' poll under it is theirs
    for line in (
        f"<strong>{_wrapped('Grade: 8/10')}</strong>",
        "<b><span style='color:#c0392b'>Grade: 8/10</span></b>",
    ):
        markup = (
            "<html><body><article><h1>"
            + _wrapped("Lighthouse – Episode 1: first impressions")
            + "</h1><div class='entry-content'><p>"
            + _wrapped("The keeper barely speaks and the sea does the talking, for now.")
            + f"</p><div class='wp-block-group is-layout-flow'><p>{line}</p><p>"
            + _wrapped("A promising start.")
            + "</p></div><div class='poll'><p>"
            + _wrapped("Loved it (10/10): 41%")
            + "</p></div></div></article></body></html>"
        ).encode()
        assert verdict_boxes(markup) == ["Grade: 8/10"], line
        page = read_page(markup, name="impressions.html")
        parsed = parse_document(page.text, anime="Lighthouse")
        assert parsed.score is not None and parsed.score.raw == "8/10", line


def test_a_bold_line_holding_more_than_its_wrapped_score_is_no_box() -> None:
    # (a bold sentence around a wrapped part, or two parts side by side, is prose)
    for line in (
        f"<b>{_wrapped('Grade: 8/10')} if the ending lands</b>",
        f"<b>{_wrapped('Grade: 8/10')}{_wrapped(' for now')}</b>",
    ):
        markup = (
            "<html><body><article><h1>Lighthouse Episode 1 Review</h1>"
            f"<p>The keeper barely speaks.</p><div class='note'><p>{line}</p></div>"
            "</article></body></html>"
        ).encode()
        assert verdict_boxes(markup) == [], line


def test_a_labelled_line_of_prose_is_no_score_box() -> None:

    markup = (
        b"<html><body><article><h1>Lighthouse Episode 2 Review</h1>"
        b"<p>The keeper finally speaks.</p>"
        b"<div class='aside'>Rating: <span>the studio's 2nd show</span></div>"
        b"</article></body></html>"
    )
    assert verdict_boxes(markup) == []


def test_a_grade_box_in_a_page_whose_body_class_names_a_sidebar_layout_is_kept() -> None:
    # a WordPress theme classes <body> by its layout ("theme-right-sidebar"): the template's
    # name, no sidebar around the grade box inside the article

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


def _sidebar_layout(layout: str) -> bytes:
    # a news site's review: the article and its sidebar set side by side in one element named
    # for that layout, the article's grade box at its end; a card of another post (an
    # <article> of its own) inside the sidebar with that post's grade
    body = " ".join(["The keeper finally speaks, and the storm that follows is worth it."] * 6)
    return (
        f"<html><body><div class='{layout}'><article class='post'>"
        "<h1>Lighthouse Episode 2 Review</h1>"
        f"<div class='entry-content'><p>{body}</p><p>The ending lands, mostly.</p>"
        "<div class='score-box'><div class='score-box__label'>Our grade</div>"
        "<div class='score-box__value'>B+</div><ul><li>The storm</li></ul></div>"
        "</div></article><div class='sidebar'><h3>Popular</h3>"
        "<article class='teaser'><a>Other Show Episode 9 Review</a>"
        "<div class='grade-box'>Grade: A</div></article></div></div></body></html>"
    ).encode()


def test_a_grade_box_in_an_article_set_beside_its_sidebar_is_kept() -> None:
    # the element around both is named for the layout ("layout-with-sidebar", a framework's
    # "content-sidebar-wrap"): no sidebar around the article's own box; the sidebar's
    # card is still not the review's
    for layout in ("layout-with-sidebar", "content-sidebar-wrap"):
        markup = _sidebar_layout(layout)
        page = read_page(markup, name="review.html")
        assert "Grade: A" not in page.text, layout
        parsed = parse_document(page.text, meta=page.meta, anime="Lighthouse")
        assert parsed.score is not None and parsed.score.raw == "B+", layout


def test_a_row_of_stars_in_an_element_named_for_them_is_the_rating() -> None:
    # a newspaper's review: stars under the standfirst in a "stars" element, another
    # review's stars in the most-viewed rail outside the article

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


def test_stars_drawn_one_to_an_element_in_a_labelled_card_are_one_row() -> None:
    # a magazine's rating card: its label, then each star in a span of its own, then the
    # episode's facts; the card's head is the label and the whole row, not its first star
    stars = "".join(f"<span class='star'>{s}</span>" for s in "★★★☆☆")
    markup = (
        "<html><head><meta charset='utf-8'></head><body><article>"
        "<h1>Lighthouse Episode 5 Review: The Logbook</h1>"
        "<section class='rating-card'><div>Our Rating</div>"
        f"<div class='rating-card__glyphs' role='img'>{stars}</div>"
        "<dl><dt>Episode</dt><dd>Season 1, Episode 5</dd><dt>Studio</dt><dd>Harbour Works"
        "</dd><dt>Streaming</dt><dd>Tidefall+</dd></dl>"
        "</section>"
        "<p>The keeper finds the logbook under the floorboards, and the episode spends its "
        "second half reading it aloud, page by page, as the storm builds outside.</p>"
        "</article></body></html>"
    ).encode()
    assert verdict_boxes(markup) == ["Our Rating: ★★★☆☆"]
    page = read_page(markup, name="review.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "★★★☆☆"
    assert parsed.score.score_100 == 60


def test_a_breakdowns_rows_of_aspect_stars_are_not_the_reviews_rating() -> None:
    # a review plugin's box: each aspect's stars in a "star" element beside its name, then the
    # overall (a row of its own, or only in the page's structured data)

    def markup(rows: str, head: str = "") -> bytes:
        return (
            f"<html><head><meta charset='utf-8'>{head}</head><body><article>"
            "<h1>Lighthouse, Episode Four: Low Tide</h1>"
            "<p>The keeper finally says a full sentence, and the whole town hears it.</p>"
            f"<div class='aspects'><ul>{rows}</ul></div></article></body></html>"
        ).encode()

    aspects = "".join(
        f"<li><span>{name}</span><div class='stars-row'>{stars}</div></li>"
        for name, stars in (("Plot", "★★☆☆☆"), ("Sound & Music", "★★★☆☆"), ("Art", "★★★★★"))
    )
    overall = "<li><span>Overall</span><div class='stars-row'>★★★☆☆</div></li>"
    assert verdict_boxes(markup(aspects + overall)) == ["Rating: ★★★☆☆"]
    structured = (
        '<script type=\'application/ld+json\'>{"@type": "Review", "reviewRating":'
        ' {"ratingValue": "3", "bestRating": "5"}}</script>'
    )
    page = read_page(markup(aspects, structured), name="review.html")
    assert "Rating: ★★★★★" not in page.text
    parsed = parse_document(page.text, meta=page.meta, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "3/5"
    # one row of stars under its own label is no breakdown: the review's
    alone = "<li><span>Lighthouse, ep 4</span><div class='stars-row'>★★★★☆</div></li>"
    assert verdict_boxes(markup(alone)) == ["Rating: ★★★★☆"]


def test_a_card_stacking_label_value_and_scale_in_unnamed_elements_is_the_score() -> None:
    # a site styled with utility classes: its verdict card stacks "Final score", the number
    # and its scale in plain <div>s named for nothing; a readers' card and an episode table
    # beside it are laid out alike
    markup = (
        b"<html><body><article><h1>Lighthouse Episode 6 Review</h1>"
        b"<p>The storm episode finally arrives, and the keeper's silence breaks in it.</p>"
        b"<div class='flex gap-4'>"
        b"<div class='p-4 bg-teal-800'><div class='text-xs'>Final score</div>"
        b"<div class='text-4xl'>8.5</div><div class='text-xs'>out of 10</div></div>"
        b"<div class='p-4'><div class='text-xs'>Readers' score</div>"
        b"<div class='text-2xl'>6.1</div><div class='text-xs'>out of 10</div></div></div>"
        b"<table><tr><th>Episode</th><th>Score</th></tr>"
        b"<tr><td>Score</td><td>9</td></tr></table>"
        b"</article></body></html>"
    )
    assert verdict_boxes(markup) == ["Final score: 8.5 out of 10"]
    page = read_page(markup, name="review.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "8.5 out of 10"


def test_a_rating_widget_stating_the_sites_rating_is_the_score_a_readers_one_never() -> None:
    # an outlet's recap: its own rating in a box named a widget at the article's end, and
    # widgets that ask readers for theirs or give their average (inside and outside it)

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


def _bare_page(badge: str) -> bytes:
    # a site with no <article> or <main>: its paragraphs are the body's own, a grade badge
    # among them (the letter over its caption), a readers' poll and a sidebar of other grades
    return (
        "<html><head><title>Lantern Keeper Episode 4 Review</title></head><body>"
        "<nav>Home | Reviews</nav>"
        "<p class='stamp'>Posted on June 9, 2025 by the desk</p>"
        "<h1>Lantern Keeper Episode 4 Review</h1>"
        "<p>The keeper barely speaks and the sea does the talking, which works far better "
        "than it has any right to. The storm sequence is the best thing the show has done.</p>"
        "<p>The middle drags, but the ending lands, and the score swells at the right time.</p>"
        f"{badge}"
        "<div class='poll'><p>How would you grade it?</p><p>A: 40% · B: 60%</p></div>"
        "<aside><div class='grade'>A-</div><p>Episode 3 review</p></aside>"
        "</body></html>"
    ).encode()


def test_a_bare_pages_grade_badge_is_read_with_its_caption_as_label() -> None:
    markup = _bare_page(
        "<div class='grade-badge'><span class='grade'>C+</span><span>Our grade</span></div>"
    )
    page = read_page(markup, name="review.html")
    assert "Our grade: C+" in page.text
    parsed = parse_document(page.text, meta=page.meta, anime="Lantern Keeper")
    assert parsed.score is not None and parsed.score.raw == "C+"


def test_a_bare_pages_sidebar_grade_is_not_the_reviews() -> None:
    page = read_page(_bare_page(""), name="review.html")
    assert "A-" not in page.text


def _kicker_page() -> bytes:
    # a magazine's page with no <article>, <main> or body-named element: a short section
    # kicker over the headline, its own rating in a widget under the byline, a readers' poll
    # in the same column and a sidebar of other reviews' stars
    return (
        "<html><head><title>Tidewatch</title></head><body>"
        "<div class='masthead'>Tidewatch · Film · Games · Anime</div>"
        "<div class='grid'><div class='content'>"
        "<span class='kicker'>TV NOTES</span>"
        "<h1 class='entry-title'>Lighthouse Episode 5 Review: The Keeper Goes Ashore</h1>"
        "<div class='rating-widget'><span>Tidewatch Rating:</span>"
        "<span class='stars'>2.5 out of 5 stars</span></div>"
        "<p>The keeper leaves the tower for the first time, and the town he finds is far less "
        "friendly than the sea ever was. The market scene runs long.</p>"
        "<p>His sister does most of the talking, bargaining for oil and rope while he stares "
        "at the harbour, and her patience with him is the warmest thing in the episode.</p>"
        "<p>The storm that chases them home is drawn with less care than last week's, and the "
        "music leans on the same three notes until they wear thin.</p>"
        "<h3>In short</h3>"
        "<p>Still, the closing shot of the lamp left dark is the best image of the season.</p>"
        "<div class='poll'><p>How would you rate it?</p><p>Average: 4.1/5 (800 votes)</p></div>"
        "</div><div class='rail'><div class='mini'>Tern Island Episode 2 Review "
        "<span class='stars'>★★★★★</span></div></div></div></body></html>"
    ).encode()


def test_a_rating_widget_under_a_short_kicker_is_found_on_a_page_naming_no_article() -> None:
    # the extracted text opens with the kicker, too short to find the article's element by:
    # the headline under it finds the column holding the widget
    extracted = (
        "TV NOTES\n\nLighthouse Episode 5 Review: The Keeper Goes Ashore\n\n"
        "The keeper leaves the tower for the first time, and the town he finds is far less "
        "friendly than the sea ever was. The market scene runs long."
    )
    assert verdict_boxes(_kicker_page(), extracted) == ["Tidewatch Rating: 2.5 out of 5 stars"]


def test_a_kicker_pages_rating_widget_is_its_score_through_the_page_reader() -> None:
    page = read_page(_kicker_page(), name="review.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "2.5 out of 5 stars"
    assert parsed.score.score_100 == 50


def _post_with_cards(cards_around: str) -> bytes:
    # a blog theme's post: the article with its grade in the text, then a "read more" block
    # of other posts' cards, each an <article> of its own with that post's grade
    cards = "".join(
        f"<article class='post-card'><a href='/{slug}/'><h2 class='post-card-title'>{title}</h2>"
        f"<div class='post-card-excerpt'>Grade: {grade}</div></a></article>"
        for slug, title, grade in (
            ("lantern-street-review", "Lantern Street Season 1 Review", "A"),
            ("moss-garden-review", "Moss Garden Season 1 Review", "B+"),
        )
    )
    return (
        "<html><body><main><article class='post'><h1>Tidewater Season 1 Review</h1>"
        "<section class='post-content'><p>Twelve weeks of fishing boats and quiet grief, "
        "and the quiet mostly works, though the middle stretch sags badly.</p>"
        "<p><strong>Final grade: C+</strong></p></section></article>"
        f"{cards_around.format(cards=cards)}</main></body></html>"
    ).encode()


def test_other_posts_cards_in_an_aside_are_not_the_articles_grade() -> None:
    markup = _post_with_cards("<aside class='read-more'>{cards}</aside>")
    assert "Grade: B+" not in verdict_boxes(markup, "Twelve weeks of fishing boats")
    page = read_page(markup, name="tidewater.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Tidewater")
    assert parsed.score is not None and parsed.score.raw == "C+"


def test_a_page_whose_articles_are_all_in_chrome_keeps_their_boxes() -> None:
    # a page whose only <article> sits in an aside still has that article's box read
    markup = (
        b"<html><body><aside><article><h1>Tidewater Episode 2 Review</h1>"
        b"<p>The storm episode, and the best one yet by a distance.</p>"
        b"<div class='grade-box'>Our grade: A-</div></article></aside></body></html>"
    )
    assert verdict_boxes(markup, "The storm episode") == ["Our grade: A-"]


def _diary_review(cards_around: str) -> bytes:
    # a TV diary site's review page: the user's review and stars in its <main>, and in the
    # main's sidebar other users' reviews of the show as cards and the user's recent log
    cards = "".join(
        f"<article class='mini'><span class='who'>{who}</span> "
        f"<span class='stars'>{stars}</span><p>{line}</p></article>"
        for who, stars, line in (
            ("gullwing", "★★★★★", "the lighthouse keeper deserved better"),
            ("brinepool", "★★½", "pretty, but nothing happens"),
        )
    )
    return (
        "<html><head><meta charset='utf-8'></head><body><main class='entry-page'>"
        "<section class='entry'>"
        "<h1>Tidewater</h1><div class='meta'><span class='stars'>★★★</span>"
        "<span>Episodes 1-3 · Watched May 2</span></div>"
        "<div class='body'><p>Three episodes of fishing boats and quiet grief, and the quiet "
        "mostly works, though the harbour episode sags badly in its second half.</p></div>"
        "</section>"
        + cards_around.format(
            cards=cards,
            log="<ul class='log'><li>Moss Garden · Ep 2 <span class='stars'>★★★★½</span></li></ul>",
        )
        + "</main></body></html>"
    ).encode()


def test_a_sidebar_of_other_users_review_cards_inside_the_main_is_not_the_reviews() -> None:
    # every <article> of the page is another user's card in an aside: the page's own review
    # is its <main>, and that aside's stars (the cards', the user's log's) are not its
    markup = _diary_review("<aside class='side'><h3>Popular reviews</h3>{cards}{log}</aside>")
    extracted = "Three episodes of fishing boats and quiet grief"
    assert verdict_boxes(markup, extracted) == ["Rating: ★★★"]
    page = read_page(markup, name="tidewater.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Tidewater")
    assert parsed.score is not None and parsed.score.raw == "★★★"
    # stars in an aside holding no other post's card are read as before (the review's own box)
    markup = _diary_review("<aside class='side'>{log}</aside>")
    assert verdict_boxes(markup, extracted)[0] == "Rating: ★★★"


def _review_over_more_cards(grade_box: str) -> bytes:
    # a news site's review: its text and verdict box in a <main> with no <article> of its own,
    # then a "More from the site" section in that <main> of other reviews' cards, each an
    # <article> with its link and its grade (a bare one or in a box: `grade_box`)
    cards = "".join(
        f"<article><a href='/reviews/{slug}'>{title}</a> {grade_box.format(grade=grade)}</article>"
        for slug, title, grade in (
            ("lantern-street-9", "Lantern Street Episode 9 Review: The Fair", "A-"),
            ("moss-garden-4", "Moss Garden Episode 4 Review", "C+"),
        )
    )
    return (
        "<html><body><main class='wrap'><h1>Tidewater Episode 5 Review: The Storm</h1>"
        "<div class='body'><p>Five weeks of fishing boats and quiet grief, and this week the "
        "storm finally arrives, loud and long and worth the wait.</p>"
        "<p>The middle act drags, and the keeper's speech runs twice as long as it needs to, "
        "but the last shot of the lighthouse in the rain is the best thing the show has done.</p>"
        "<aside class='verdict'><h3>The Verdict</h3><p>Loud, wet, a little long. "
        "<strong>Grade: B</strong></p></aside></div>"
        f"<section class='more'><h3>More reviews</h3>{cards}</section></main></body></html>"
    ).encode()


def test_a_mains_review_beside_other_reviews_cards_has_its_verdict_box_read() -> None:
    # the page's only <article>s are other reviews' cards in its <main>: the review is the
    # <main>, its verdict box read, and the cards' grades are not its
    extracted = (
        "Five weeks of fishing boats and quiet grief, and this week the storm finally arrives, "
        "loud and long and worth the wait.\n\nThe middle act drags, and the keeper's speech "
        "runs twice as long as it needs to, but the last shot of the lighthouse in the rain is "
        "the best thing the show has done."
    )
    for grade_box in ("<span>{grade}</span>", "<div class='grade-box'>Grade: {grade}</div>"):
        markup = _review_over_more_cards(grade_box)
        assert verdict_boxes(markup, extracted) == [
            "The Verdict: Loud, wet, a little long. Grade: B"
        ]
    page = read_page(_review_over_more_cards("<span>{grade}</span>"), name="tidewater.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Tidewater")
    assert parsed.score is not None and parsed.score.raw == "B"


def _breakdown_box(first_row: str) -> bytes:
    # a review site's score card after the text: a heading, a list of rows each with its own
    # label, the overall under them, and a one-line summary
    return (
        "<html><body><article><h1>Tidewater Season 1 Review</h1>"
        "<p>Twelve weeks of fishing boats and quiet grief, and the quiet mostly works.</p>"
        "<div class='scorecard'><h3>Score Breakdown</h3><ul>"
        f"<li>{first_row}</li><li>Visuals: 88/100</li><li>Music: 79/100</li></ul>"
        "<p><strong>Overall: 70/100</strong></p>"
        "<p>Patient, sad and lovely to look at, if you can sit through the middle.</p>"
        "</div></article></body></html>"
    ).encode()


def test_a_breakdowns_first_row_is_not_the_boxs_score() -> None:
    markup = _breakdown_box("Writing: 55/100")
    boxes = verdict_boxes(markup, "Twelve weeks of fishing boats")
    assert not any("55/100" in box for box in boxes)
    page = read_page(markup, name="tidewater.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Tidewater")
    assert parsed.score is not None and parsed.score.raw == "70/100"


def test_a_boxs_value_labelled_as_the_score_is_kept() -> None:
    # "Verdict" over "Score: 8/10" and a long summary: the labelled score is the box's
    markup = (
        b"<html><body><article><h1>Tidewater Episode 4 Review</h1>"
        b"<p>The storm episode, and the best one yet by a distance.</p>"
        b"<div class='verdict-box'><h3>Verdict</h3><p>Score: 8/10</p>"
        b"<p>Everything the first three episodes promised, delivered in one long night at sea,"
        b" with the best music of the season.</p></div></article></body></html>"
    )
    assert verdict_boxes(markup, "The storm episode") == ["Score: 8/10"]


def test_a_rating_out_of_twenty_stated_in_structured_data_is_kept() -> None:
    # a French site scores out of 20 and states it in its JSON-LD; the readers' poll in the
    # sidebar ("Moyenne : 11,6/20") and a table of episodes' marks are not the review's
    ld = (
        '{"@context": "https://schema.org", "@type": "Review", "itemReviewed": {"@type": '
        '"TVSeries", "name": "Some Show"}, "reviewRating": {"@type": "Rating", '
        '"ratingValue": "%s", "bestRating": "20"}}'
    )
    prose = "<p>" + "The pacing sags and the fights look cheap, but the leads carry it. " * 4
    page = (
        "<html><head><title>Some Show : critique de la saison 1</title>"
        f"<script type='application/ld+json'>{ld % '13'}</script></head><body><article>"
        f"<h1>Some Show : critique de la saison 1</h1>{prose}</p>"
        "<table><tr><th>Episode</th><th>Note</th></tr><tr><td>2</td><td>16/20</td></tr>"
        "<tr><td>8</td><td>9/20</td></tr></table><p>A flawed, likeable season overall.</p>"
        "</article><aside><p>Votre note ? Moyenne : 11,6/20 (88 votes)</p></aside>"
        "</body></html>"
    ).encode()
    assert verdict_boxes(page) == ["Rating: 13/20"]
    read = read_page(page, name="a.html")
    parsed = parse_document(read.text, meta=read.meta, anime="Some Show")
    assert parsed.score is not None and parsed.score.score_100 == 65
    # a scale no review uses stays unread
    assert verdict_boxes(page.replace(b'"bestRating": "20"', b'"bestRating": "7"')) == []


def _user_review_page(section: str) -> bytes:
    # a film database's page of one user's review of an episode: the episode's header with
    # the site's average, then a section of user reviews holding that one review, its rating
    # bar (value and scale in elements of their own) and its text in a <div>, no paragraphs
    return (
        "<html><head><meta charset='utf-8'></head><body><nav>Site · Menu · Sign In</nav>"
        "<section class='episode-header'><h1>The Lamp Goes Out</h1>"
        "<div class='aggregate'>SITE RATING <span>6.9</span>/10 · 402 ratings</div></section>"
        f"<section class='{section}'><h2>User review</h2><div class='review-box-wrap'>"
        "<div class='ratings-bar'><span class='star'>★</span> <span>7</span>"
        "<span class='scale'>/10</span></div>"
        "<div class='content'><div class='text'>The lighthouse keeper barely speaks and the "
        "sea does the talking, which works far better than it has any right to.</div></div>"
        "</div></section></body></html>"
    ).encode()


def test_a_user_reviews_rating_bar_counts_when_that_review_is_the_page() -> None:
    text = "The lighthouse keeper barely speaks and the sea does the talking"
    boxes = verdict_boxes(_user_review_page("user-reviews"), text)
    assert boxes == ["★ 7 /10"]


def test_a_rating_bar_in_the_comments_under_the_text_still_is_no_score_box() -> None:
    text = "The lighthouse keeper barely speaks and the sea does the talking"
    assert verdict_boxes(_user_review_page("comments"), text) == []


def test_a_bold_label_and_value_in_a_post_inside_the_blog_layouts_widget_is_kept() -> None:
    # a blog platform wraps the whole post in a layout block named "widget"; the writer's
    # score is one bold "label: value" with a small link after it; a sidebar widget's is not
    markup = (
        b"<html><body><div class='main'><div class='widget Blog' id='Blog1'>"
        b"<div class='post-body entry-content'>"
        b"<div>The lighthouse keeper finally speaks, and it is worth the wait.</div><br/>"
        b"<div>The storm sequence is the best thing the studio has drawn.</div><br/>"
        b"<div><b>My rating: 4/5</b> <span>(see <a href='/p/scale'>my scale</a>)</span></div>"
        b"</div></div></div>"
        b"<div class='sidebar'><div class='widget HTML'><b>Reader rating: 2/5</b></div></div>"
        b"</body></html>"
    )
    assert verdict_boxes(markup, "The lighthouse keeper finally speaks") == ["My rating: 4/5"]


def test_a_callouts_bold_overall_score_after_a_table_of_episode_scores_is_kept() -> None:
    rows = "".join(f"<tr><td>{n}</td><td>{s}</td></tr>" for n, s in ((1, 7), (2, 9), (3, 6)))
    markup = (
        "<html><body><main><article><h1>Tidewater Season 1 Review</h1>"
        "<p>Twelve weeks of fishing boats, and I loved most of them.</p>"
        f"<table><thead><tr><th>Episode</th><th>Score</th></tr></thead>{rows}</table>"
        "<h2>Verdict</h2><p>Quiet, patient and worth it.</p>"
        "<div class='kg-card kg-callout-card'><div class='kg-callout-emoji'>⚓</div>"
        "<div class='kg-callout-text'><strong>Overall score: 8/10</strong></div></div>"
        "<div class='related-posts'><h3>Harbour Lights review</h3>"
        "<p><strong>Overall score: 6/10</strong></p></div>"
        "</article></main></body></html>"
    ).encode()
    assert verdict_boxes(markup, "Twelve weeks of fishing boats") == ["Overall score: 8/10"]
    page = read_page(markup, name="tidewater.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Tidewater")
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_stars_in_a_reviews_own_header_count_and_comment_articles_are_not_the_post() -> None:
    # a diary site: the review's section opens with a header holding its writer's stars;
    # the comments under it are <article>s of their own, and the page's banner is chrome
    markup = (
        "<html><head><meta charset='utf-8'></head><body class='review-page'><header class='site'>"
        "<span class='rating'>★★★★★</span></header>"
        "<section class='review-body'><header class='person-summary'>"
        "<p>Review by <a href='/u/ines'>Ines</a></p>"
        "<p class='rating-line'><span class='rating'>★★★½</span> <span>Watched 2 May</span></p>"
        "</header><div class='review'><p>The storm episode, and the best one yet by far, "
        "with the loudest music of the season.</p></div></section>"
        "<section class='comments'><article class='comment'><p>kit</p>"
        "<p>loved it, <span class='rating'>★★</span> for me</p></article></section>"
        "</body></html>"
    ).encode()
    boxes = verdict_boxes(markup, "The storm episode, and the best one yet by far")
    assert any("★★★½" in box for box in boxes)
    assert not any("★★★★★" in box or "★★ for" in box for box in boxes)
    page = read_page(markup, name="diary.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Tidewater")
    assert parsed.score is not None and parsed.score.raw == "★★★½"


def test_articles_in_a_comments_section_are_readers_not_the_page_around_its_rating() -> None:
    # a blog theme: the review in a <main>, its rating a paragraph of its own that extraction
    # drops, a link to the previous review with that one's score; each reader's comment an
    # <article> (named plainly) inside the comments <section>
    markup = (
        "<html><head><meta charset='utf-8'></head><body><main class='content'>"
        "<h1>Lantern Road Episode 9 Review</h1>"
        "<p>The ferry episode keeps its quiet until the last minute, then lets the storm in, "
        "and the whole crew finally has to row together.</p>"
        "<p class='rating'><strong>Rating: 3 out of 5</strong></p>"
        "<div class='series-nav'><a href='/lantern-road-8/'>« Lantern Road Episode 8 Review "
        "(2.5 out of 5)</a></div></main>"
        "<section id='comments'><h3>2 comments</h3>"
        "<article class='c'><header>oarsman · 3/4/2025</header><p>4 out of 5 easily</p>"
        "</article><article class='c'><header>gull_7 · 3/4/2025</header><p>same</p></article>"
        "</section></body></html>"
    ).encode()
    text = "The ferry episode keeps its quiet until the last minute"
    assert verdict_boxes(markup, text) == ["Rating: 3 out of 5"]
    page = read_page(markup, name="lantern.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Lantern Road")
    assert parsed.score is not None and parsed.score.raw == "3 out of 5"


def _column_page() -> bytes:
    # a news site's review in a plain column (no <article>, no <main>): a kicker named for the
    # article's type, the headline, the rating box with its stars, the text, then forum posts
    # each in a body named like a post's
    text = "".join(
        f"<p>{line}</p>"
        for line in (
            "The keeper finally leaves the tower, and the town he walks into is far less "
            "friendly than the sea ever was to him.",
            "The market scene runs long, but the storm that closes the episode is the best "
            "sequence the show has animated so far, and the score knows when to go quiet.",
            "Two episodes to go, and the show has earned every one of them.",
        )
    )
    return (
        "<html><head><meta charset='utf-8'></head><body><div id='column'>"
        "<div class='article-type'>Review</div>"
        "<h1>Lighthouse Episode 10</h1><div class='review-rating'><span class='label'>"
        "Rating:</span> <span class='stars'>★★★★</span></div>"
        f"<div class='text-zone'>{text}</div>"
        "<div class='forum-post'><div class='post-body'>Rating: ★★ for me, too slow.</div></div>"
        "<div class='forum-post'><div class='post-body'>Five stars, easily.</div></div>"
        "</div></body></html>"
    ).encode()


def test_elements_only_named_like_an_article_that_hold_little_of_its_text_are_not_it() -> None:
    # the kicker ("article-type") and the forum posts ("post-body") are named like an
    # article's parts but hold next to none of its text: the column around the headline is
    # the article, and its rating box is the review's
    extracted = (
        "Lighthouse Episode 10\n\nThe keeper finally leaves the tower, and the town he walks "
        "into is far less friendly than the sea ever was to him.\n\nThe market scene runs "
        "long, but the storm that closes the episode is the best sequence the show has "
        "animated so far, and the score knows when to go quiet.\n\nTwo episodes to go, and "
        "the show has earned every one of them."
    )
    assert verdict_boxes(_column_page(), extracted) == ["Rating: ★★★★"]
    page = read_page(_column_page(), name="review.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "★★★★"
    assert parsed.score.score_100 == 80


_USER_REVIEW_TEXT = (
    "I came for the storms and stayed for the keeper, who says maybe forty words across "
    "twelve episodes and still carries the whole show on his shoulders.",
    "The first half is a run of small rescues, each one a little story of its own, and the "
    "second half ties them into one long night at sea that I will not spoil here at all.",
    "The music is sparse, the colours are grey and gold, and the last episode is the best "
    "thing the studio has made. Worth it for anyone who likes quiet shows.",
)


def _database_user_review() -> bytes:
    # a database site's page of one user's review: the show's header with its alternative
    # titles and the site's score box, then the review's card with the user's scores table
    # and the review's text (no <article>, no <main>, nothing named like an article)
    text = "".join(f"<p>{line}</p>" for line in _USER_REVIEW_TEXT)
    return (
        "<html><head><meta charset='utf-8'></head><body><div id='wrap'>"
        "<div class='show-header'><div class='names'><h1>Lighthouse</h1>"
        "<p class='alt'>Toudai no Bannin · The Lighthouse Keeper</p></div>"
        "<div class='stat stat--score'><span>Score</span><span>7.91</span>"
        "<span>88,120 users</span></div></div>"
        "<div class='two-col'><div class='left'><p>Episodes: 12</p><p>Studio: Tidewater</p>"
        "</div><div class='right'><div class='review-card' id='r1'><div class='head'>"
        "<a class='user'>gull_watch</a><div class='review-scores'><table>"
        "<tr><td>Overall</td><td class='score-big'><strong>8</strong> / 10</td></tr>"
        "<tr><td>Story</td><td>7</td></tr><tr><td>Sound</td><td>9</td></tr></table></div>"
        f"</div><div class='review-text'>{text}</div></div></div></div></div></body></html>"
    ).encode()


def test_a_header_opening_the_text_holding_little_of_it_gives_way_to_the_reviews_card() -> None:
    # the extracted text opens with the header's alternative titles, whose element holds the
    # site's score: the card around the review's longest paragraph holds the text, and its
    # table's overall is the user's score
    extracted = "\n\n".join(
        ("Toudai no Bannin · The Lighthouse Keeper", "Episodes: 12", *_USER_REVIEW_TEXT)
    )
    boxes = verdict_boxes(_database_user_review(), extracted)
    assert [box for box in boxes if "Overall 8 / 10" in box] == boxes != []
    page = read_page(_database_user_review(), name="review.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "8 / 10"
    assert parsed.score.score_100 == 80


def test_a_co_writers_second_opinion_box_is_not_the_reviewers() -> None:
    # a review site's episode review: the writer's score box, then a colleague's shorter
    # take in a section of its own with that colleague's score, named by its writer
    prose = "".join(
        f"<p>The storm episode finally arrives in part {n}, and it is mostly weather: rain on "
        "the harbor, wind in the rigging, the keeper counting boats that never come home, "
        "and a long quiet scene at the lamp that the episode earns only halfway.</p>"
        for n in range(1, 5)
    )

    def page(section: str) -> bytes:
        return (
            "<html><body><main><article><h1>Harbor Lights Episode 5 Review</h1>"
            + prose
            + "<div class='score-box'>5<small>/10</small></div>"
            f"<section class='{section}'><h3>Another view</h3><p>I liked it more than "
            "the main review did: the weather was the point, and the sound design sold it "
            "far better than the animation ever could have on its own.</p>"
            "<div class='their-score'>Dana's score: 9/10</div></section>"
            "</article></main></body></html>"
        ).encode()

    for section in ("second-opinion", "review__second_take", "otherTake"):
        assert verdict_boxes(page(section)) == ["5 /10"], section
    parsed = parse_document(read_page(page("second-opinion"), name="review.html").text)
    assert parsed.score is not None and parsed.score.raw.replace(" ", "") == "5/10"
    # a section named for the review's own opinion still holds the review's box
    assert "Dana's score: 9/10" in verdict_boxes(page("our-opinion"))


def _catch_up_post(callout: str) -> bytes:
    # a blog's catch-up on a show's first episodes: a grade box under each episode's section,
    # then the overall grade, in bold, opening a callout that also says where to stream it
    sections = "".join(
        f"<h2>Episode {n}</h2><p>The keeper climbs the stairs again, and the sea stays "
        f"quiet for most of it.</p><p class='mini-grade'>Episode grade: {grade}</p>"
        for n, grade in ((1, "A"), (2, "B+"), (3, "C"))
    )
    return (
        "<html><body><main><article class='post'><h1>Lighthouse Episodes 1-3 Review</h1>"
        f"<section class='content'><p>I waited to watch three at once.</p>{sections}"
        f"<div class='callout-card'><div class='callout-text'>{callout}<br>"
        "Lighthouse is streaming on the usual service in most regions.</div></div>"
        "</section></article></main></body></html>"
    ).encode()


def test_a_bold_line_labelling_its_grade_for_what_it_covers_is_kept() -> None:
    # its label says which episodes the grade covers, longer than a box's word or two
    markup = _catch_up_post("<b>Overall for the first arc: B+</b>")
    assert "Overall for the first arc: B+" in verdict_boxes(markup)
    page = read_page(markup, name="catch-up.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "B+"
    # a letter opening a verdict's words is no grade
    prose = _catch_up_post("<b>Verdict: A quiet one</b>")
    assert not [box for box in verdict_boxes(prose) if box.startswith("Verdict")]


def _user_review_card(after_body: str) -> bytes:
    # a database site's page of one user's review of a whole show (no <article>, no <main>):
    # the review's card holds its header, its body, then what follows the body; the site's
    # average in the show's sidebar and other users' scores beside the card are theirs
    text = "".join(f"<p>{line}</p>" for line in _USER_REVIEW_TEXT)
    return (
        "<html><body><div id='app'><div class='card'><div class='header'>"
        "<h1>review of Lighthouse by gull_watch</h1></div>"
        f"<div class='review-body'>{text}</div>{after_body}"
        "<div class='actions'><span class='rating-count'>40 out of 52 users liked this</span>"
        "</div></div><div class='media-sidebar'><div class='data-set'>Average Score 81%</div>"
        "</div><div class='other-reviews'><div class='rev'>Too slow <span class='sc'>55/100"
        "</span></div></div></div></body></html>"
    ).encode()


def test_a_score_box_right_after_a_reviews_body_is_its_score() -> None:
    markup = _user_review_card(
        "<div class='score-box'><span class='label'>Score</span>"
        "<span class='score'>86<span class='out-of'>/100</span></span></div>"
    )
    extracted = "\n\n".join(_USER_REVIEW_TEXT)
    assert verdict_boxes(markup, extracted)[0] == "Score: 86 /100"
    page = read_page(markup, name="review.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.score_100 == 86
    assert "55/100" not in page.text


def test_a_box_only_after_something_else_that_follows_the_body_is_not_its_own() -> None:
    # the score box must stand right after the body: past another block, it may be anyone's
    markup = _user_review_card(
        "<div class='share'>Share this review</div>"
        "<div class='score-box'><span class='label'>Score</span><span>86/100</span></div>"
    )
    assert verdict_boxes(markup, "\n\n".join(_USER_REVIEW_TEXT)) == []


def _badged_post(badge: str) -> bytes:
    # a blog's episode post: its headline, then what the theme sets before the body, then the
    # body; other posts' badges in the sidebar, each an image with its score as alt text
    text = "".join(f"<p>{line}</p>" for line in _USER_REVIEW_TEXT)
    return (
        "<html><body><div class='wrap'><div class='content'>"
        f"<h1 class='entry-title'>Lighthouse Episode 5 Review</h1>{badge}"
        f"<div class='entry-content'>{text}</div></div><div class='sidebar'><ul>"
        "<li><a href='/other-show-ep-3/'>Other Show Ep 3</a> "
        "<img src='/badges/s9.png' alt='9 out of 10'></li></ul></div></div></body></html>"
    ).encode()


def test_a_score_badge_between_the_headline_and_the_body_is_its_score() -> None:
    # the review's score only in its badge's alt text, under the headline
    markup = _badged_post(
        "<div class='rating-badge'><img src='/b/s7-5.png' alt='Our score: 7.5 out of 10'></div>"
    )
    assert verdict_boxes(markup, "\n\n".join(_USER_REVIEW_TEXT)) == ["Our score: 7.5 out of 10"]
    page = read_page(markup, name="episode-5.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.score_100 == 75


def test_a_badge_before_the_body_but_not_under_the_headline_is_not_its_own() -> None:
    # past another block between them (a share bar), the badge may be anyone's
    markup = _badged_post(
        "<div class='rating-badge'><img src='/b/s7-5.png' alt='Our score: 7.5 out of 10'></div>"
        "<div class='share'>Share this post</div>"
    )
    assert verdict_boxes(markup, "\n\n".join(_USER_REVIEW_TEXT)) == []


def test_a_breakdown_tables_first_row_name_is_no_value_and_its_final_box_is_kept() -> None:
    # a review site's section named for its score: a heading, a table of categories (a name
    # cell, then its score cell), then the final score's own box; the section's head is the
    # heading and the first row's name, no score, and must not take the final box with it
    rows = "".join(
        f"<tr><td>{name}</td><td>{value}/10</td></tr>"
        for name, value in (("Writing", 6), ("Visuals", 9), ("Music", 8))
    )
    markup = (
        "<html><body><article class='review-body'><h1>Tidewater Episode 6 Review</h1>"
        "<p>The storm finally breaks, and the quiet after it is the best thing the show has "
        "done all season, even if the first half drags.</p>"
        f"<section class='score-breakdown'><h2>Score breakdown</h2><table>{rows}</table>"
        "<div class='final-score'><span class='final-label'>Harbor Score</span>"
        "<span class='final-num'>74/100</span><span class='final-word'>Good</span></div>"
        "</section></article></body></html>"
    ).encode()
    boxes = verdict_boxes(markup, "The storm finally breaks, and the quiet after it")
    assert "Score breakdown: Writing" not in boxes
    assert "Harbor Score: 74/100 Good" in boxes
    page = read_page(markup, name="tidewater-6.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Tidewater")
    assert parsed.score is not None and parsed.score.raw == "74/100"


def _rating_image_post(image: str) -> bytes:
    # a blog's episode post that draws its rating as a picture under a "Rating" heading, the
    # season's running average in prose under it, and a reader's comment below the post
    return (
        "<html><body><main><h1>Tidewater Ep. 9 – the storm, at last</h1>"
        "<div class='entry-content'><p>The storm finally breaks, and the quiet after it is the "
        "best thing the show has done all season, even if the first half drags.</p>"
        "<img src='/uploads/boat.jpg' alt='Screenshot: the boat, 3 crew out of 5 left'>"
        "<p>The last ten minutes are nearly silent and all the better for it.</p>"
        f"<h2>Rating</h2>{image}"
        "<p>Season so far: 3.9 average across nine episodes.</p></div>"
        "<div class='comments'><p>Full marks from me.</p>"
        "<img class='rating-img' alt='Rating: 5 out of 5 stars'></div>"
        "</main></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("image", "box"),
    [
        # the alt text states the rating with its label
        ("<img src='/r/4-5.png' alt='Rating: 4.5 out of 5 stars'>", "Rating: 4.5 out of 5 stars"),
        # an image named for a score, its alt the score alone: labelled by its name
        ("<img class='score-badge' src='/r/8.png' alt='8/10'>", "Score: 8/10"),
    ],
)
def test_a_rating_drawn_as_an_image_is_read_from_its_alt_text(image: str, box: str) -> None:
    markup = _rating_image_post(image)
    boxes = verdict_boxes(markup, "The storm finally breaks, and the quiet after it")
    assert boxes == [box]  # never a screenshot's description, nor a comment's image
    page = read_page(markup, name="tidewater-9.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Tidewater")
    assert parsed.score is not None and parsed.score.raw == box.split(": ", 1)[1]


def test_a_verdict_box_holding_a_word_and_a_badge_is_read_from_the_badges_alt() -> None:
    # the verdict box beside its word ("SOLID") draws the score as a badge: the badge's alt
    # text is the box's score, not the word
    markup = _rating_image_post(
        "<div class='verdict-badge'><img src='/r/7.png' alt='Our score: 7 out of 10'>"
        "<span>SOLID</span></div>"
    )
    boxes = verdict_boxes(markup, "The storm finally breaks, and the quiet after it")
    assert "Our score: 7 out of 10" in boxes
    page = read_page(markup, name="tidewater-9.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Tidewater")
    assert parsed.score is not None and parsed.score.raw in (
        "7 out of 10",
        "Our score: 7 out of 10",
    )


def test_a_verdict_box_holding_its_badge_alone_is_read_from_the_badges_alt() -> None:
    # no words beside the badge at all: the box has no text, and its badge is its score
    markup = _rating_image_post(
        "<div class='verdict-badge'><img src='/r/7.png' alt='Our score: 7 out of 10'></div>"
    )
    boxes = verdict_boxes(markup, "The storm finally breaks, and the quiet after it")
    assert "Our score: 7 out of 10" in boxes


def test_an_unnamed_images_alt_without_a_label_is_no_rating() -> None:
    markup = _rating_image_post("<img src='/r/4-5.png' alt='4.5 out of 5'>")
    assert verdict_boxes(markup, "The storm finally breaks, and the quiet after it") == []


def _star_picture_post(alt: str) -> bytes:
    # a blog's episode post closing on its stars drawn as a picture, no label by it and no
    # score word on the page; a reader's comment below with stars of its own
    return (
        "<html><body><article><h1>Kitebound Episode 5: Paper Wings</h1>"
        "<div class='entry-content'><p>The kite festival finally arrives, and the town's "
        "rivalry turns into something warmer than the first four weeks promised.</p>"
        "<p>Hina's climb up the lighthouse is the best cut of the season so far.</p>"
        f"<figure class='aligncenter'><img src='/up/2025/05/s.png' alt='{alt}' "
        "class='wp-image-412'></figure>"
        "<p>Episode 6 airs on Sunday.</p></div></article>"
        "<div class='comments'><p>Loved it.</p><img src='/up/s5.png' alt='5 out of 5 stars'>"
        "</div></body></html>"
    ).encode()


@pytest.mark.parametrize("alt", ["2.5 out of 5 stars", "4/5 stars", "3 stars"])
def test_an_images_alt_that_is_a_number_of_stars_alone_is_the_rating(alt: str) -> None:
    markup = _star_picture_post(alt)
    boxes = verdict_boxes(markup, "The kite festival finally arrives, and the town's rivalry")
    assert boxes == [f"Rating: {alt}"]  # never the comment's picture
    page = read_page(markup, name="kitebound-5.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Kitebound")
    assert parsed.score is not None and parsed.score.raw == alt


def test_an_images_alt_that_counts_other_things_than_stars_is_no_rating() -> None:
    markup = _star_picture_post("2 kites out of 5 stay up")
    assert verdict_boxes(markup, "The kite festival finally arrives, and the town's") == []


def _captioned_post(caption: str) -> bytes:
    # a blog's episode post whose lead image's caption closes on the reviewer's grade; a
    # readers' poll with its own grade, and the pager's link to the last week's grade
    return (
        "<html><body><article><h1>Kitebound, Episode 5: Paper Wings</h1>"
        "<figure><img src='/m/kite5.jpg' alt='Hina holds a red kite on the pier'>"
        f"<figcaption>{caption}</figcaption></figure>"
        "<div class='e-content'><p>The kite festival finally arrives, and the town's rivalry "
        "turns into something warmer than the first four weeks promised.</p>"
        "<p>Hina's climb up the lighthouse is the best cut of the season so far.</p></div>"
        "</article><section class='poll'><p>Reader grade: <b>C+</b></p></section>"
        "<nav><a href='/kitebound-4'>Episode 4 (grade: A)</a></nav></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("caption", "box"),
    [
        ("Hina, finally airborne. This week's grade: <strong>B-</strong>", "Grade: B-"),
        ("The pier at dusk — my score: 7/10", "Score: 7/10"),
    ],
)
def test_a_lead_images_caption_closing_on_a_labelled_score_is_a_box(caption: str, box: str) -> None:
    markup = _captioned_post(caption)
    boxes = verdict_boxes(markup, "The kite festival finally arrives, and the town's rivalry")
    assert boxes == [box]  # never the readers' poll, nor the pager's
    page = read_page(markup, name="kitebound-5.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Kitebound")
    assert parsed.score is not None and parsed.score.raw == box.split(": ", 1)[1]


@pytest.mark.parametrize(
    "caption",
    ["Hina on the pier. Readers' grade: A-", "Hina on the pier. Her grade: a secret to all"],
)
def test_a_caption_closing_on_the_readers_grade_or_no_score_is_no_box(caption: str) -> None:
    markup = _captioned_post(caption)
    assert verdict_boxes(markup, "The kite festival finally arrives, and the town's") == []


def _review_with_cards(cards: str) -> bytes:
    # a site's review: its score box over the text, then cards of the site's other reviews,
    # each a link to that review beside its score
    return (
        "<html><head><title>Lanternfall Season 1 Review | Site</title></head><body><main>"
        "<h1>Lanternfall Season 1 Review</h1>"
        "<div class='verdict'><div class='score'>6.5<small>/10</small></div></div>"
        "<div class='body'><p>The ferry town is drawn with such care that every rooftop "
        "feels lived in, and the first half moves at a gentle, confident pace.</p>"
        "<p>The second half trades that calm for a tournament, and the cast thins out into "
        "rivals who only ever say what they want.</p></div>"
        f"<section class='more'><h3>More reviews</h3>{cards}</section>"
        "</main></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "cards",
    [
        "<div class='card'><a href='/reviews/tidewatch'>Tidewatch Review</a>"
        "<span class='card-score'>9/10</span></div>",
        # the link in a heading of the card's
        "<div class='card'><h4><a href='https://site.example/reviews/tidewatch'>Tidewatch "
        "Review</a></h4><span class='card-score'>9/10</span></div>",
    ],
)
def test_a_card_whose_label_is_a_link_to_another_review_is_not_this_ones_box(cards: str) -> None:
    markup = _review_with_cards(cards)
    boxes = verdict_boxes(markup, "The ferry town is drawn with such care that every rooftop")
    assert boxes == ["6.5 /10"]


def test_a_box_whose_label_links_within_the_page_or_beside_its_words_keeps_its_label() -> None:
    # a link to the page's own verdict, one after the label's words ("how we score"), or one
    # that is the label (to the site's scoring page), is no other review's: read as before
    for label in (
        "<a href='#verdict'>Our verdict</a>",
        "Our verdict <a href='/about'>(how)</a>",
        "<a href='/how-we-score'>Our score</a>",
    ):
        markup = _review_with_cards(
            f"<div class='box'>{label}<span class='score'>7/10</span></div>"
        )
        boxes = verdict_boxes(markup, "The ferry town is drawn with such care that every rooftop")
        assert any(box.endswith("7/10") for box in boxes)


def _headed_box(rows: str) -> bytes:
    # a blog's verdict box: a bold line naming the episode it rates, then its rows
    return (
        "<html><head><meta charset='utf-8'></head><body><article><h1>Lighthouse, episode 3</h1>"
        "<p>The keeper finally speaks, and the storm episode earns every minute of it; the "
        "sea still does most of the talking, and the talking is very good.</p>"
        f"<div class='rating-box'><p><strong>Lighthouse, episode 3</strong><br>{rows}</p></div>"
        "<p>The best hour of the show so far.</p></article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("rows", "boxes"),
    [
        (
            "My rating: ★★★½ (3.5/5)<br>Still watching? Yes, every week.",
            ["My rating: ★★★½ (3.5/5)"],
        ),
        ("Overall score: 7/10<br>Would rewatch: maybe", ["Overall score: 7/10"]),
        # an aspect's row, or the readers' rating, under the heading is not the box's score
        ("Story: 8/10<br>Animation: 6/10<br>Watching weekly? Sure.", []),
        ("Your rating: 9/10<br>Tell us in the comments below, we read them all.", []),
    ],
)
def test_a_boxs_labelled_row_under_a_heading_naming_the_episode_is_its_score(
    rows: str, boxes: list[str]
) -> None:
    assert verdict_boxes(_headed_box(rows)) == boxes


def test_a_card_setting_its_value_before_its_label_and_summary_is_the_score() -> None:
    # a utility-class site's verdict card: the big number first, then the outlet's label and
    # a line of summary beside it, all in plain elements; a readers' card laid out alike and
    # a list of other reviews' scores are not the review's
    markup = (
        b"<html><body><main><article><h1>Lighthouse Episode 6 Review</h1>"
        b"<p>The storm episode finally arrives, and the keeper's silence breaks in it.</p>"
        b"<div class='my-6 flex gap-3'><div class='text-5xl'>7/10</div>"
        b"<div class='text-sm'><p class='uppercase'>Tidewatch score</p>"
        b"<p>Quiet, patient and worth the wait.</p></div></div>"
        b"<div class='flex gap-3'><div class='text-2xl'>9/10</div>"
        b"<div><p>Your rating</p></div></div>"
        b"<ul><li><a href='/reviews/lighthouse-5'>Lighthouse Episode 5 Review</a>"
        b" <span>8/10</span></li></ul>"
        b"</article></main></body></html>"
    )
    assert verdict_boxes(markup) == ["Tidewatch score: 7/10"]
    page = read_page(markup, name="review.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "7/10"


def _plugin_box(heading: str, between: str = "") -> bytes:
    # a review plugin's box under the text: its heading, then the value alone in a box of
    # its own inside a wrapper, then the readers' average in an area named for users
    return (
        "<html><head><meta charset='utf-8'></head><body><article>"
        "<h1>Lighthouse Episode 4 Recap &amp; Review</h1>"
        "<p>The keeper rows out to the wreck at dawn, and the episode takes its time getting "
        "him there, which is the point: the sea is the show's real lead.</p>"
        f"<div class='plugin-wrap'><div class='plugin-head'><h5>{heading}</h5></div>{between}"
        "<div class='plugin-total-wrap'><span class='plugin-total-box'>3.5/5</span>"
        "<div class='plugin-stars' style='width:70%'></div></div>"
        "<div class='user-area'><span>Readers:</span> <span class='user-total-box'>4.6</span>"
        " <small>(212 votes)</small></div></div>"
        "</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("heading", "between", "boxes"),
    [
        ("Episode Rating", "", ["Episode Rating: 3.5/5"]),
        ("Our verdict:", "", ["Our verdict: 3.5/5"]),
        # the readers' heading, a heading that is no score's, or words between the heading
        # and the value: the value is not labelled as the review's
        ("Your rating", "", []),
        ("Where to watch", "", []),
        ("Episode Rating", "<p>Tell us what you thought below</p>", []),
    ],
)
def test_a_boxs_bare_value_under_its_wrappers_heading_is_labelled_by_it(
    heading: str, between: str, boxes: list[str]
) -> None:
    markup = _plugin_box(heading, between)
    assert verdict_boxes(markup) == boxes
    if boxes:
        page = read_page(markup, name="review.html")
        parsed = parse_document(page.text, meta=page.meta, anime="Lighthouse")
        assert parsed.score is not None and parsed.score.raw == "3.5/5"


@pytest.mark.parametrize(
    ("heading", "boxes"),
    [
        # a widget asking the readers to rate, or giving their average, is theirs, whatever
        # its name; the review's own stars under its own heading are kept
        ("Rate this episode", []),
        ("Average of 40 votes", []),
        ("Readers' stars", []),
        ("Our verdict", ["Rating: ★★★☆☆"]),
    ],
)
def test_stars_under_a_heading_asking_the_readers_are_not_the_reviewers(
    heading: str, boxes: list[str]
) -> None:
    markup = (
        "<html><head><meta charset='utf-8'></head><body><article>"
        "<h1>Lighthouse Episode 5 Recap</h1>"
        "<p>The keeper finds the logbook under the floorboards, and the episode spends its "
        "second half reading it aloud, page by page, as the storm builds outside.</p>"
        f"<div class='panel'><h3>{heading}</h3>"
        "<div class='stars'><span>★</span><span>★</span><span>★</span><span>☆</span>"
        "<span>☆</span></div></div>"
        "</article></body></html>"
    ).encode()
    assert verdict_boxes(markup) == boxes


@pytest.mark.parametrize(
    "control",
    [
        "<button type='button'>★</button>",
        "<label><input type='radio' name='r'>★</label>",
        "<input type='radio' name='r'><span>★</span>",
    ],
)
def test_stars_that_are_controls_are_the_readers_to_rate_with(control: str) -> None:
    # a recap site's widget under the article: the readers' average, then five clickable
    # stars, in a box named for a rating; the stars are a form's, never the writer's rating
    markup = (
        "<html><head><meta charset='utf-8'></head><body><article>"
        "<h1>Lighthouse Episode 5 Recap</h1>"
        "<p>The keeper finds the logbook under the floorboards, and the episode spends its "
        "second half reading it aloud, page by page, as the storm builds outside.</p>"
        "<section class='episode-rating'><h3>What did you make of this one?</h3>"
        f"<div class='episode-rating__stars'>{control * 5}</div></section>"
        "</article></body></html>"
    ).encode()
    assert not any("★" in box for box in verdict_boxes(markup))
    page = read_page(markup, name="recap.html")
    assert parse_document(page.text, meta=page.meta, anime="Lighthouse").score is None


def _recap_with(box: str, head: str = "") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'>{head}</head><body><article>"
        "<h1>Lighthouse Episode 5 Recap: The Logbook</h1>"
        f"{box}"
        "<p>The keeper finds the logbook under the floorboards, and the episode spends its "
        "second half reading it aloud, page by page, as the storm builds outside.</p>"
        "</article></body></html>"
    ).encode()


def test_stars_beside_a_link_to_another_pages_review_are_that_reviews() -> None:
    # a recap pointing to the site's review of the same episode, with that review's stars
    pointer = (
        "<div class='promo'><span>Want the verdict?</span> "
        "<a href='/lighthouse/episode-5-review/'>Read our Lighthouse episode 5 review</a> "
        "<span class='stars'>★★★★☆</span></div>"
    )
    assert verdict_boxes(_recap_with(pointer)) == []
    page = read_page(_recap_with(pointer), name="recap.html")
    assert parse_document(page.text, meta=page.meta, anime="Lighthouse").score is None
    # a link to a section of reviews (a kicker's category) names no review of its own
    kicker = (
        "<div class='kicker'><a href='/reviews/'>TV Reviews</a> "
        "<span class='stars'>★★★★☆</span></div>"
    )
    assert verdict_boxes(_recap_with(kicker)) == ["Rating: ★★★★☆"]


def test_stars_beside_a_link_to_the_page_itself_are_its_own() -> None:
    # a blog's headline linking to its own permalink, its stars right under it
    own = "/2025/03/lighthouse-episode-5-review.html"
    header = (
        f"<div class='post-head'><h2><a href='{own}'>Lighthouse Episode 5 Review</a></h2>"
        "<span class='stars'>★★★★☆</span></div>"
    )
    canonical = f"<link rel='canonical' href='https://tide.example{own}'>"
    assert verdict_boxes(_recap_with(header, canonical)) == ["Rating: ★★★★☆"]
    in_h1 = (
        "<div class='post-head'><h1><a href='/p/123'>Lighthouse Episode 5 Review</a></h1>"
        "<span class='stars'>★★★★☆</span></div>"
    )
    assert verdict_boxes(_recap_with(in_h1)) == ["Rating: ★★★★☆"]


def test_a_review_plugins_total_box_under_its_aspects_scores_is_the_score() -> None:
    # a WordPress review plugin's box: each aspect's points, then the total in a box named
    # for the review's total (neither a score nor a rating), its word beside it, then the
    # visitors' own average in a box named the same way
    aspects = "".join(
        f"<li><span>{name}</span><span class='review-point'>{value}/10</span></li>"
        for name, value in (("Plot", 5.5), ("Visuals", 9), ("Cast", 6.5), ("Music", 9))
    )
    markup = (
        "<html><body><article class='post'><h1>Tidewater Episode 8 Review</h1>"
        "<div class='entry-content'><p>The ferry sequence is the best thing the show has done, "
        "and the last act wastes it on a flashback nobody needed.</p>"
        f"<div class='review-wrapper'><ul class='review-list'>{aspects}</ul>"
        "<div class='review-total-wrapper'><span class='review-total-box'>6.5/10</span>"
        "<span class='review-total-label'>Decent</span></div>"
        "<div class='user-review-area'><span>Visitors' rating:</span> "
        "<span class='review-total-box'>8.1<small>/10</small></span> <small>(23 votes)</small>"
        "</div>"
        "</div></div></article></body></html>"
    ).encode()
    extracted = "The ferry sequence is the best thing the show has done"
    assert verdict_boxes(markup, extracted) == ["Score: 6.5/10 Decent"]
    page = read_page(markup, name="tidewater-8.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Tidewater")
    assert parsed.score is not None and parsed.score.raw == "6.5/10"
    # its star layout: a heading, the total, the visitors' average, all in one short box,
    # which is no label of the total's (the average would come with it)
    stars = (
        b"<html><body><article class='post'><h1>Tidewater Episode 9 Review</h1>"
        b"<div class='entry-content'><p>The ferry sequence is the best thing the show has done, "
        b"and the last act wastes it on a flashback nobody needed.</p>"
        b"<div class='review-wrapper'><h5 class='review-title'>Our take</h5>"
        b"<div class='review-total-wrapper'><span class='review-total-box'>3/5</span></div>"
        b"<div class='user-review-area'><span>Visitors: </span>"
        b"<span class='review-total-box'>4.6 <small>(12 votes)</small></span></div>"
        b"</div></div></article></body></html>"
    )
    assert verdict_boxes(stars, extracted) == ["Score: 3/5"]


def _graded_list_page(items: str) -> bytes:
    # a blog's episode review whose own grade box closes it, then, inside the same <article>,
    # a block listing the season so far, each show with a grade in an element named for one
    return (
        "<html><head><meta charset='utf-8'></head><body><article>"
        "<h1>Lantern Keeper Episode 5 Review</h1>"
        "<p>The keeper finally lets the harbour town in, and the episode is better for it: the"
        " storm sequence is tense, the quiet scenes after it earn their length.</p>"
        "<p>The new boatwright is a welcome voice, if a little loud for this show.</p>"
        "<div class='grade-box'><p>Grade</p><p>B+</p></div>"
        f"<div class='season-block'><h3>This season so far</h3><ul>{items}</ul></div>"
        "</article></body></html>"
    ).encode()


def test_the_grades_of_a_list_of_other_shows_are_not_the_reviews() -> None:
    items = "".join(
        f"<li class='entry'>{show} — <span class='entry-grade'>{grade}</span></li>"
        for show, grade in (("Harbour Lights", "A"), ("Lantern Keeper", "B+"), ("Iron Tea", "C"))
    )
    page = read_page(_graded_list_page(items), name="review.html")
    assert "Grade: C" not in page.text
    parsed = parse_document(page.text, meta=page.meta, anime="Lantern Keeper")
    assert parsed.score is not None and parsed.score.raw == "B+"


def test_a_graded_lists_overall_row_is_still_the_reviews() -> None:
    items = "".join(
        f"<li class='entry'>{label} — <span class='entry-grade'>{grade}</span></li>"
        for label, grade in (("Episode 1", "C"), ("Episode 2", "A"), ("Overall", "B"))
    )
    boxes = verdict_boxes(_graded_list_page(items))
    assert "Grade: A" not in boxes and "Grade: C" not in boxes
    assert "Grade: B" in boxes  # (the row labelled by its element's name, as a box is)


def test_a_list_of_outlets_scores_set_first_in_each_entry_is_not_the_reviews() -> None:
    # an aggregator's list of critics: each entry opens on its normalised score in a box named
    # for one, then the outlet and an excerpt that may say "score" of its own; the box's
    # label is the outlet beside it, not the entry's words
    items = "".join(
        f"<li class='crit'><span class='crit-score'>{value}</span><div><b>{outlet}</b>"
        f"<p>{excerpt}</p>Their score: {own}</div></li>"
        for value, outlet, excerpt, own in (
            (90, "Harbour Weekly", "The storm is staged with real patience.", "9/10"),
            (80, "Tide Tables", "The composer's score carries the quiet scenes.", "4/5"),
            (70, "Iron Tea Review", "Lovely, if a little slow.", "B-"),
        )
    )
    markup = (
        "<html><head><meta charset='utf-8'></head><body><main>"
        "<h1>Lantern Keeper Episode 5 — Critics</h1>"
        "<p>What the outlets made of the storm episode, gathered in one place for you.</p>"
        f"<h2>Critic Reviews</h2><ul>{items}</ul></main></body></html>"
    ).encode()
    assert verdict_boxes(markup) == []
    # an entry labelled as the review's own stays: "Overall" before its box
    overall = items + "<li class='crit'>Overall <span class='crit-score'>85</span></li>"
    assert verdict_boxes(markup.replace(items.encode(), overall.encode())) == ["Overall 85"]


def test_the_same_score_box_at_the_top_and_the_bottom_is_no_list_of_entries() -> None:
    # a review site repeats its score box over and under the text: two boxes alike, siblings,
    # but no list's items, each the review's
    box = (
        "<aside class='scorecard'><div>Lantern Keeper</div>"
        "<div class='scorecard-value'>B+</div></aside>"
    )
    markup = (
        "<html><head><meta charset='utf-8'></head><body><article>"
        f"<h1>Lantern Keeper Episode 5 Review</h1>{box}"
        "<p>The keeper finally lets the harbour town in, and the episode is better for it: the"
        " storm sequence is tense, the quiet scenes after it earn their length.</p>"
        f"{box}</article></body></html>"
    ).encode()
    page = read_page(markup, name="review.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Lantern Keeper")
    assert parsed.score is not None and parsed.score.raw == "B+"


def _reviews_tab_page(own_text: str) -> bytes:
    # a database site's page of one user's review shown whole, its rating under it, then
    # other users' reviews, each cut off, each with its own rating
    others = "".join(
        f"<div class='review-card'><div class='user'>{user}</div><div class='text'>{excerpt}"
        f"</div><div class='rating'>Reviewer's Rating: {rating}</div></div>"
        for user, excerpt, rating in (
            ("reed_w", "Pretty, but the middle stretch drags and the villain never lands...", 5),
            ("moss42", "The best harbour story I have seen in years, no notes at all…", 10),
        )
    )
    return (
        "<html><head><meta charset='utf-8'></head><body><main>"
        "<h1>Lantern Keeper - Review by quiet_tide</h1>"
        "<div class='review-card'><div class='user'>quiet_tide</div>"
        f"<div class='text'>{own_text}</div>"
        "<div class='rating'>Reviewer's Rating: 8</div></div>"
        f"<h2>Other reviews</h2>{others}</main></body></html>"
    ).encode()


_WHOLE_REVIEW = (
    "The keeper lets the harbour town in at last, and the show is better for it. The storm"
    " episodes are tense, the quiet ones after them earn their length, and the lead's voice"
    " carries the whole run. A few episodes in the middle wander, but the ending lands."
)


def test_the_ratings_of_other_users_cut_off_reviews_are_not_the_pages() -> None:
    markup = _reviews_tab_page(_WHOLE_REVIEW)
    assert verdict_boxes(markup) == ["Reviewer's Rating: 8"]
    page = read_page(markup, name="review.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Lantern Keeper")
    assert parsed.score is not None and (parsed.score.raw, parsed.score.score_100) == ("8", 80.0)


def test_a_reviews_own_rating_stays_when_every_review_is_cut_off() -> None:
    # (no review shown whole: none of the ratings is known to be the page's, each kept)
    boxes = verdict_boxes(_reviews_tab_page(_WHOLE_REVIEW[:60] + "..."))
    assert len(boxes) == 3


def _card_page(card: str, aside: str = "") -> bytes:
    # a review site's season review: sections of prose, then its card of aspects' scores in
    # a box named for them, a note under the card; the site's sidebar and comments apart
    return (
        "<html><body><main><article><h1>Lighthouse Season Review</h1>"
        "<p>The keeper barely speaks and the sea does the talking, which works far better "
        "than it has any right to over twelve quiet episodes.</p><h2>Story</h2>"
        "<p>The middle drags, but the ending lands where it was always heading.</p>"
        f"{card}</article>{aside}</main>"
        "<section class='comments'><p>Overall 9/10 from me.</p></section></body></html>"
    ).encode()


_ASPECTS = "<tr><th>Story</th><td>6.0</td></tr><tr><th>Visuals</th><td>9.5</td></tr>"
_NOTE = "<p>Our overall is a judgement of its own, never the rows' mean.</p>"


@pytest.mark.parametrize(
    "overall",
    [
        "<div class='total'><span>Overall</span> <span>8/10</span></div>",
        "<div><b>Total:</b> <em>8/10</em></div>",
    ],
)
def test_a_score_cards_overall_row_under_its_aspects_is_the_score(overall: str) -> None:
    # the card holds a note under its rows, so no pattern reads it whole: its overall row,
    # set apart in elements of its own, is the review's score, not an aspect's ("6.0")
    card = (
        f"<div class='rating-card'><h3>Ratings</h3><table>{_ASPECTS}</table>{overall}{_NOTE}</div>"
    )
    markup = _card_page(card)
    label = "Total" if "Total" in overall else "Overall"
    assert verdict_boxes(markup, "The keeper barely speaks") == [f"{label}: 8/10"]
    page = read_page(markup, name="review.html")
    parsed = parse_document(page.text, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_an_overall_row_labelled_by_its_own_text_in_a_review_box_is_the_score() -> None:
    # a theme's review box (named for the review, with no score's word), its aspects' rows,
    # then the overall row: its label the row's own text, its value and scale set apart
    # ("Overall <strong>6.5</strong> <em>out of 10</em>"); a one-line summary under it
    card = (
        "<div class='review-card'><div class='crit'><span>Plot</span><span>5</span></div>"
        "<div class='crit'><span>Music</span><span>9</span></div>"
        "<div class='crit-sum'>Overall <strong>6.5</strong> <em>out of 10</em></div>"
        "<p>Lovely to listen to, thin to think about.</p></div>"
    )
    readers = "<aside><div class='readers'>Readers' rating: <b>8.2</b></div></aside>"
    markup = _card_page(card, readers)
    assert verdict_boxes(markup, "The keeper barely speaks") == ["Overall: 6.5 out of 10"]
    page = read_page(markup, name="review.html")
    parsed = parse_document(page.text, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.score_100 == 65
    # in a box named for nothing of the review's, the same row is anyone's
    stats = card.replace("review-card", "show-stats")
    assert verdict_boxes(_card_page(stats, readers), "The keeper barely speaks") == []


def test_an_overall_row_in_no_score_box_is_no_score() -> None:
    # a box named for nothing of the review's ("stats": the site's figures for the show), or
    # one named for the readers, holds anyone's "Overall", not the reviewer's
    stats = "<div class='stats'><div><span>Overall</span> <span>7.9</span></div></div>"
    readers = (
        "<aside><div class='readers-score'><div><span>Overall</span> <span>6.1</span>"
        "</div></div></aside>"
    )
    assert verdict_boxes(_card_page(stats, readers), "The keeper barely speaks") == []


def test_a_score_box_closing_a_body_whose_prose_opens_addressing_the_reader_is_the_reviews() -> (
    None
):
    # a weekly column: the body's paragraphs and its score card in one <div>, the first
    # paragraph's words before its emphasis asking the reader ("Did you give up on <em>…")
    # are no heading over the card, which a widget asking for readers' ratings has
    markup = (
        b"<html><body><main><h1>Lamps in the Fog</h1><div class='copy'>"
        b"<p>Did you give up on <em>Lighthouse</em> after the storm arc? This week the "
        b"keeper's apprentice takes the lamp, and the show finds a second wind.</p>"
        b"<p>The middle stretch drags, but the final climb up the tower is worth it.</p>"
        b"<div class='score-panel'><span>Harbor score</span><span>7/10</span>"
        b"<p>A steady hand on a show that needed one, and a good week.</p></div>"
        b"</div></main></body></html>"
    )
    assert verdict_boxes(markup) == ["Harbor score: 7/10"]
    parsed = parse_document(read_page(markup, name="column.html").text, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "7/10"
    # a heading set in emphasis of its own over a rating widget still asks the readers
    asking = markup.replace(
        b"<span>Harbor score</span><span>7/10</span>",
        b"<h4>Rate <em>this</em> episode</h4><span class='stars'>\xe2\x98\x85\xe2\x98\x85</span>",
    )
    assert verdict_boxes(asking) == []


def test_other_posts_cards_as_articles_under_the_review_are_theirs_not_the_reviews() -> None:
    # a diary site's episode review: the review's <article> with its stars, then a section
    # of other members' reviews as small <article>s, each a link and its stars (no aside)
    prose = (
        "<p>The keeper's apprentice finally gets the lamp to herself, and the episode slows "
        "down enough to let the town breathe around her.</p><p>The storm flashback is muddled "
        "and cut twice, but the final climb up the tower is the best scene of the season.</p>"
    )
    markup = (
        "<html><head><meta charset='utf-8'></head><body><article class='entry'><header>"
        "<span class='rating'>★★½</span></header>"
        f"<h1>Lighthouse S1 E4</h1><div class='body'>{prose}</div></article>"
        "<section class='popular'><h2>Popular reviews of this episode</h2>"
        "<article><a href='/gull/lighthouse-4'>Review by gull</a> <span class='rating'>★★★★★"
        "</span><p>best one yet</p></article>"
        "<article><a href='/kelp/lighthouse-4'>Review by kelp</a> <span class='rating'>★</span>"
        "<p>too slow</p></article></section></body></html>"
    ).encode()
    page = read_page(markup, name="diary.html")
    assert verdict_boxes(markup, page.text) == ["★★½"]
    parsed = parse_document(page.text, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "★★½"


def test_a_box_labelled_with_the_episodes_number_gives_the_value_under_its_label() -> None:
    # a weekly blog's score box: its label names the episode it scores ("Episode 9 rating"),
    # the value in an element of its own, then a line of verdict long enough that the box's
    # head is read; the label's number is the episode's, never the score

    def page(label: str, value: str) -> bytes:
        return (
            "<html><body><article><h1>Harbor Lights Episode 9 Review</h1>"
            "<p>Last week I gave it a 5, and this week the ferry finally leaves port.</p>"
            f"<div class='score-box'>\n<span class='score-label'>{label}</span>\n"
            f"<span class='score-value'>{value}</span>\n"
            "<p class='verdict'>Slow to start, then the storm sequence earns every minute.</p>"
            "</div></article><section class='comments'><p>More like 4/10.</p></section>"
            "</body></html>"
        ).encode()

    assert verdict_boxes(page("Episode 9 rating", "8/10")) == ["Episode 9 rating: 8/10"]
    assert verdict_boxes(page("Ep. 9 grade:", "B+")) == ["Ep. 9 grade: B+"]
    parsed = parse_document(read_page(page("Episode 9 rating", "8/10"), name="r.html").text)
    assert parsed.score is not None and parsed.score.raw == "8/10"
    # a label holding its own value keeps it, as before
    assert verdict_boxes(page("My score: 7/10", "(generous)")) == ["My score: 7/10"]


def test_a_box_labelled_with_only_the_episode_keeps_the_label_before_its_value() -> None:
    # a weekly column's score box names the week's episode and nothing else ("Episode 6"),
    # the value in its own element, a blurb after it; the text quotes an earlier week's score

    def page(*parts: str) -> bytes:
        spans = "".join(f"\n<span class='score-part'>{part}</span>" for part in parts)
        return (
            "<html><head><meta charset='utf-8'></head><body><article>"
            "<h1>Cinder Road Episode 6 Review</h1>"
            "<p>Week five got a 5/10 from me and I stand by every point of it. This week is "
            "better: the convoy finally stops running and the crew has to talk.</p>"
            f"<div class='score-box'>{spans}"
            "\n<p class='score-blurb'>The talkiest episode so far, and by some way the best "
            "written.</p>"
            "</div></article></body></html>"
        ).encode()

    assert verdict_boxes(page("Episode 6", "8/10")) == ["Episode 6: 8/10"]
    assert verdict_boxes(page("Ep. 6", "★★★★")) == ["Ep. 6: ★★★★"]
    parsed = parse_document(read_page(page("Episode 6", "8/10"), name="r.html").text)
    assert parsed.score is not None and parsed.score.raw == "8/10"
    # a box labelling several episodes (a season's tally) gives no one episode's value
    assert "Episode 5: 5/10" not in verdict_boxes(page("Episode 5", "5/10", "Episode 6", "8/10"))


def _article_then(after: str) -> bytes:
    # a review site's page: the review in its <article>, then in the same <main> whatever the
    # theme sets after it (the readers' comments, the verdict box, a poll)
    return (
        "<html><head><title>Lighthouse Episode 3 Review</title></head><body><main><article>"
        "<h1>Lighthouse Episode 3 Review</h1>"
        "<p>The keeper finally leaves the tower, and the episode takes its time with the walk "
        "down the cliff path, which is where it earns every minute of its quiet.</p>"
        "<p>The storm at the end is the best animation the show has had so far.</p>"
        f"</article>{after}</main></body></html>"
    ).encode()


_COMMENTS = (
    "<section id='comments'><h3>3 Comments</h3><div class='comment'><p>gull: 9/10 for me"
    "</p></div><div class='comment'><p>tide: 4/10, too slow</p></div></section>"
)


def test_a_verdict_box_set_after_the_article_past_its_comments_is_the_reviews() -> None:
    # the theme puts the verdict beside the article, not in it: after the readers' comments
    markup = _article_then(
        f"{_COMMENTS}<aside class='verdict-box'><h4>Verdict</h4><p>A slow walk that pays off."
        "</p><div class='score'><span class='num'>8</span><span class='outof'>/10</span></div>"
        "</aside>"
    )
    extracted = "The keeper finally leaves the tower, and the episode takes its time"
    assert verdict_boxes(markup, extracted) == ["Verdict: A slow walk that pays off. 8 /10"]
    page = read_page(markup, name="review.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.score_100 == 80


def test_a_poll_or_the_comments_ratings_after_the_article_are_still_not_the_reviews() -> None:
    markup = _article_then(
        f"{_COMMENTS}<div class='rating-poll'><h4>Rate this episode</h4>"
        "<div class='score'>7.9/10</div></div>"
    )
    assert verdict_boxes(markup, "The keeper finally leaves the tower") == []
    markup = _article_then("<div class='comment-rating'>gull rated it 9/10</div>")
    assert verdict_boxes(markup, "The keeper finally leaves the tower") == []


def test_a_widget_in_the_article_showing_its_stars_and_their_value_alone_is_the_reviews() -> None:
    # a blog theme's rating widget closing the article: the stars, then the same value
    # written out, no label and nothing asking the readers
    def markup(widget: str) -> bytes:
        return (
            "<html><head><meta charset='utf-8'></head><body><article>"
            "<h1>Lighthouse Episode 3 Review</h1>"
            "<p>The keeper finally speaks, and the storm takes the lamp.</p>"
            f"<div class='rating-widget'>{widget}</div></article></body></html>"
        ).encode()

    own = markup("<span class='stars'>★★★☆☆</span> <span class='text'>3 out of 5</span>")
    assert verdict_boxes(own) == ["★★★☆☆ 3 out of 5"]
    # stars that disagree with the value beside them, or a count of votes, are no display of
    # one rating: a readers' average
    assert verdict_boxes(markup("<span>★★★★☆</span> <span>3 out of 5</span>")) == []
    assert verdict_boxes(markup("<span>★★★★☆</span> <span>4/5 (212 votes)</span>")) == []


def test_a_verdict_boxs_value_glossed_after_a_dash_is_cut_before_the_gloss() -> None:
    # the box's label, then its value and a line of verdict in one part: the value is the box's
    markup = (
        "<html><head><meta charset='utf-8'></head><body><article>"
        "<h1>Lighthouse Episode 3 Review</h1>"
        "<p>The keeper finally speaks, and the storm takes the lamp.</p>"
        "<div class='verdict'><span class='label'>Verdict</span><span class='text'>8/10 — a "
        "quiet, patient episode that finally lets the keeper say what he means.</span></div>"
        "</article></body></html>"
    ).encode()
    assert verdict_boxes(markup) == ["Verdict: 8/10"]


def test_a_callout_cards_icon_before_its_label_and_a_verdict_sentence_before_its_score() -> None:
    # a blog theme's callout card: an emoji icon, then the label, a sentence opening with the
    # article "A" (no grade), then the score on its scale
    markup = (
        "<html><head><meta charset='utf-8'></head><body><article>"
        "<h1>Lighthouse Episode 3 Review</h1>"
        "<p>The keeper finally speaks, and the storm takes the lamp.</p>"
        "<div class='theme-card theme-callout-card'><div class='callout-icon'>🌊</div>"
        "<div class='callout-body'><strong>Verdict:</strong> A patient storm episode that lets "
        "the keeper finally say what he means. <strong>7/10</strong></div></div>"
        "</article></body></html>"
    ).encode()
    assert verdict_boxes(markup) == ["Verdict: 7/10"]
    # a verdict box whose sentence is followed by a labelled score row: that row's label kept
    markup = markup.replace(b" <strong>7/10</strong>", b"<p>Our score: <strong>7/10</strong></p>")
    assert verdict_boxes(markup) == ["Our score: 7/10"]


def test_a_grade_box_on_a_page_whose_opening_kicker_stands_in_a_span_is_kept() -> None:
    # no <article> nor <main>: the text's opening is a kicker in a <span>, no paragraph of its
    # own; the element around the longest paragraph is the article, its grade box the review's
    paragraph = (
        "The keeper finally speaks, and the storm takes the lamp: a long, patient, nearly "
        "wordless episode that trusts its quiet and earns every minute of it."
    )
    markup = (
        "<html><head><meta charset='utf-8'></head><body>"
        "<div class='site-nav'><a href='/'>Harbour Notes</a></div>"
        "<div class='post'><span class='kicker'>Spring season · Weekly reviews</span>"
        "<h1>Lighthouse Episode 3 Review</h1>"
        "<div class='post-grade'><span>Ines's grade</span><b>B+</b></div>"
        f"<p>{paragraph}</p></div></body></html>"
    ).encode()
    extracted = f"Spring season · Weekly reviews\n\nLighthouse Episode 3 Review\n\n{paragraph}"
    assert verdict_boxes(markup, extracted) == ["Ines's grade: B+"]


def test_a_score_box_a_german_sites_chrome_labels_wertung_is_kept() -> None:
    # an English review on a German site: its score box labelled in the site's language, the
    # readers' comments and the sidebar's list of recent scores beside it, theirs
    markup = (
        b"<html><body><main><article class='beitrag'>"
        b"<h1>Lighthouse Episode 3 Review</h1>"
        b"<p>The keeper finally speaks, and the storm takes the lamp.</p>"
        b"<h2>Fazit</h2>"
        b"<div class='bewertung'><span class='bewertung-label'>Bewertung:</span> "
        b"<span class='bewertung-wert'>7/10</span></div>"
        b"<p>A patient storm episode.</p></article>"
        b"<section class='comments'><div class='comment'><b>Ole</b>: 4/10, zu ruhig.</div>"
        b"</section></main><aside class='sidebar'><div class='widget'><h4>Neue Wertungen</h4>"
        b"<ul><li>Lighthouse #2 - 6/10</li></ul></div></aside></body></html>"
    )
    assert verdict_boxes(markup, "The keeper finally speaks, and the storm takes the lamp.") == [
        "Bewertung: 7/10"
    ]


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        ("<div class='puntuacion-final'><span>Puntuación de Inés:</span> <b>6/10</b></div>",
         "Puntuación de Inés: 6/10"),
        ("<p class='veredito'><span>Pontuação:</span> <strong>4/5</strong></p>",
         "Pontuação: 4/5"),
    ],
)  # fmt: skip
def test_a_score_box_labelled_in_the_writers_spanish_or_portuguese_is_kept(
    box: str, expected: str
) -> None:
    # an English review by a fan writing from Spanish or Portuguese: the verdict box labelled
    # in their own language; a reader's score in the comments and the sidebar's list, theirs
    markup = (
        "<html><head><meta charset='utf-8'></head><body><article class='review'>"
        "<h1>Lighthouse Episode 3 Review</h1>"
        "<p>The keeper finally speaks, and the storm takes the lamp.</p>"
        f"{box}</article><aside class='others'><ul><li>Lighthouse #2 — 9/10</li></ul></aside>"
        "<section class='comentarios'><p><b>Rui</b>: 3/10 muito lento</p></section>"
        "</body></html>"
    ).encode()
    extracted = "The keeper finally speaks, and the storm takes the lamp."
    assert verdict_boxes(markup, extracted) == [expected]


def test_a_score_box_labelled_in_the_writers_turkish_is_kept() -> None:
    # an English review on a Turkish fan site: the verdict box named and labelled with its
    # language's word for a score ("puan", "Puanımız": our score); the readers' average in the
    # sidebar and a comment's stars are theirs
    markup = (
        "<html><head><meta charset='utf-8'></head><body><article class='inceleme'>"
        "<h1>Lighthouse 3. Bölüm</h1>"
        "<p>The keeper finally speaks, and the storm takes the lamp.</p>"
        "<div class='puan-alani'><div class='puan'>Puanımız: 3,5/5 yıldız</div></div>"
        "</article><aside class='sidebar'><p>Okuyucu Puanı: 4,2/5</p></aside>"
        "<section class='yorumlar'><p><b>Ece</b>: 5/5 yıldız</p></section>"
        "</body></html>"
    ).encode()
    extracted = "The keeper finally speaks, and the storm takes the lamp."
    assert verdict_boxes(markup, extracted) == ["Puanımız: 3,5/5 yıldız"]


def test_an_italian_mark_box_takes_its_scale_from_the_gloss_after_it() -> None:
    # an English review by an Italian fan: the box labelled "Voto", its value with no scale,
    # the scale in a parenthesised gloss after it; the sidebar's other posts' marks, theirs
    markup = (
        "<html><head><meta charset='utf-8'></head><body><div class='post'>"
        "<h1>Lighthouse – Episodio 3</h1>"
        "<p>The keeper finally speaks, and the storm takes the lamp.</p>"
        "<div class='voto-box'><b>Voto: 6½</b> <span>(out of 10, like at school)</span><br>"
        "<i>Bello, ma la prossima volta voglio più tempesta.</i></div></div>"
        "<aside class='sidebar'><ul><li>Lighthouse – Episodio 2 (voto 8)</li></ul></aside>"
        "</body></html>"
    ).encode()
    extracted = "The keeper finally speaks, and the storm takes the lamp."
    assert verdict_boxes(markup, extracted) == ["Voto: 6½/10"]


@pytest.mark.parametrize("label", ["Note finale :", "Valutazione finale:", "Final:"])
def test_a_final_mark_under_a_boxs_category_marks_is_kept_in_the_writers_words(
    label: str,
) -> None:
    # a site writing in its own language closes the review's box of marks per category with
    # the final one, its label holding no score word; the readers' stars under the article
    markup = (
        b"<html><body><article><h1>Lighthouse Episode 4 Review</h1>"
        b"<p>The keeper rows out into the fog and the lamp goes dark at last.</p>"
        b"<div class='recap-box'><ul><li>Visuals : 15/20</li><li>Story : 11/20</li></ul>"
        b"<div class='recap-box__last'>" + label.encode() + b" <b>13/20</b></div></div>"
        b"</article><section class='reader-rating'><p>Readers: 4/5</p></section></body></html>"
    )
    extracted = "The keeper rows out into the fog and the lamp goes dark at last."
    assert f"{label} 13/20" in verdict_boxes(markup, extracted)


@pytest.mark.parametrize("line", ["Final episode: 12", "Final stretch: 3/24 left"])
def test_a_final_line_with_no_mark_on_a_scale_is_no_score_box(line: str) -> None:
    markup = (
        b"<html><body><article><h1>Lighthouse Episode 4 Review</h1>"
        b"<p>The keeper rows out into the fog and the lamp goes dark at last.</p>"
        b"<div><b>" + line.encode() + b"</b></div><p>My rating: 7/10</p>"
        b"</article></body></html>"
    )
    extracted = "The keeper rows out into the fog and the lamp goes dark at last."
    assert not any("inal" in box for box in verdict_boxes(markup, extracted))


def test_a_verdict_only_the_meta_description_states_is_kept() -> None:
    # the article's text has pros and cons but no score; its meta description closes on the
    # labelled verdict, and a sidebar lists other reviews' scores
    paragraph = "The keeper finally speaks, and the storm takes the lamp."
    markup = (
        b"<html><head><meta name='description' content='The keeper talks at last and the "
        b"lamp goes dark. Our score: 6.5/10.'></head><body><article><h1>Lighthouse Episode 3 "
        b"Review</h1><p>" + paragraph.encode() + b"</p><p>Pros</p><ul><li>The storm</li></ul>"
        b"</article><aside><ul><li><a href='/ep2'>Lighthouse Episode 2 Review</a> 9/10</li>"
        b"</ul></aside></body></html>"
    )
    assert verdict_boxes(markup, paragraph) == ["Our score: 6.5/10"]
    # ...not when the article's text states it itself, nor a description that only mentions one
    assert verdict_boxes(markup, paragraph + " I give it 6.5/10.") == []
    assert verdict_boxes(markup.replace(b"Our score: 6.5/10.", b"Fans rate it 6.5/10."), "") == []


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        (
            "<div class='summary-box'><b>In short:</b> Gorgeous storms, a thin middle act. "
            "<b>3.5/5</b></div>",
            "In short: 3.5/5",
        ),
        (
            "<aside class='tldr'><p><strong>TL;DR</strong></p><p>The quietest season of the year "
            "and the best.</p><p>9/10</p></aside>",
            "TL;DR: 9/10",
        ),
    ],
)
def test_a_summary_boxs_lone_score_under_its_summing_up_label_is_kept(
    box: str, expected: str
) -> None:
    # a season review opening on a summary box (its label no score's word), an earlier
    # episode's score said in the text, and the readers' average in the sidebar
    paragraph = "The keeper finally speaks, and episode 4 alone would get a 10/10 from me."
    markup = (
        "<html><body><article><h1>Lighthouse Season 1 Review</h1>"
        f"{box}<p>{paragraph}</p><p>The finale is patient and cold.</p></article>"
        "<aside class='sidebar'><h4>Readers say</h4><p>4.2 / 5 (90 votes)</p></aside>"
        "</body></html>"
    ).encode()
    assert verdict_boxes(markup, paragraph) == [expected]


@pytest.mark.parametrize(
    "box",
    [
        # sub-scores, no lone one
        "<div class='summary-box'><b>In brief:</b> <p>Story 4/5</p><p>Art 5/5</p></div>",
        # a box whose label does not sum the review up
        "<div class='facts-box'><b>At a glance:</b> Twelve episodes of storms. <b>12/12</b></div>",
        # the score inside the summary's sentence, not set apart
        "<div class='tldr-box'><b>TL;DR:</b> Better than the 6/10 I feared, not great.</div>",
    ],
)
def test_a_summary_box_without_a_lone_score_under_its_label_gives_none(box: str) -> None:
    paragraph = "The keeper finally speaks, and the storm takes the lamp at last."
    markup = (
        "<html><body><article><h1>Lighthouse Season 1 Review</h1>"
        f"{box}<p>{paragraph}</p><p>The finale rating is up to you.</p></article></body></html>"
    ).encode()
    assert verdict_boxes(markup, paragraph) == []


def test_a_labelled_rating_line_in_no_box_finds_a_database_pages_one_review() -> None:
    # a database page with no article or main: the show's stats beside the one review shown
    # whole, its rating a labelled line ("Reviewer's rating: <b>7</b> / 10") in no box, and
    # other users' reviews collapsed under it
    paragraph = (
        "The harbour keeper finally climbs the old tower, and the whole episode is built around"
        " that one climb, slow and tense until the lamp catches."
    )
    markup = (
        "<html><body><div class='side'><div class='stat'><b>Mean:</b> 7.91</div></div>"
        "<div class='content'><div class='entry one'><span class='who'>tidewatcher</span>"
        "<h1 class='entry-head'>Lantern Keeper Episode 4 Review</h1>"
        "<div class='entry-mark'>Reviewer's rating: <b>7</b> / 10</div>"
        f"<p>{paragraph}</p><p>The ending drags, but it earns the quiet.</p></div>"
        "<div class='entry folded'><span>gullwing</span> · Episode 2 · 9 · <a>More</a></div>"
        "</div></body></html>"
    ).encode()
    assert verdict_boxes(markup, paragraph) == ["Reviewer's rating: 7/ 10"]


def test_a_definition_lists_grade_term_among_a_reviews_facts_is_its_box() -> None:
    # the review's facts as a definition list, its grade one term; last week's grade, and the
    # grades of the "more reviews" list's linked terms, are not the page's
    paragraph = (
        "The keeper's long night at the lamp is the quietest the show has been, and the"
        " patience pays off when the storm finally breaks over the harbour."
    )
    markup = (
        "<html><body><div class='wrap'><div class='post'><h1>The Long Night</h1>"
        "<dl class='facts'><dt>Show</dt><dd>Lantern Keeper</dd><dt>Episode</dt><dd>9</dd>"
        "<dt>Grade</dt><dd>B+</dd><dt>Last week</dt><dd>C</dd></dl>"
        f"<p>{paragraph}</p><p>The ending rushes, but the rest holds.</p></div>"
        "<section class='more'><dl><dt><a href='/lk-8'>Lantern Keeper 8</a></dt><dd>A</dd>"
        "</dl></section></div></body></html>"
    ).encode()
    assert verdict_boxes(markup, paragraph) == ["Grade: B+"]


def test_a_structured_rating_is_kept_beside_a_box_holding_only_its_label() -> None:
    # the verdict strip shows "My rating" as a label over pips drawn by CSS
    # classes; the score is stated only in the JSON-LD review (the readers' box is theirs)
    ld = (
        '{"@context": "https://schema.org", "@type": "Review", "reviewRating": '
        '{"@type": "Rating", "ratingValue": "2.5", "bestRating": "5"}}'
    )
    prose = "<p>" + "The harbour town burns and nobody seems to mind very much. " * 4 + "</p>"
    page = (
        f"<html><head><script type='application/ld+json'>{ld}</script></head><body>"
        "<article><h1>Lanternfall Episode 6 Review</h1><div class='rating-row'>"
        "<span class='label'>My rating</span><span class='pips' aria-label='2.5 of 5'>"
        f"<i class='pip on'></i><i class='pip half'></i></span></div>{prose}</article>"
        "<aside class='reader-score'><p>3.9 / 5 from 80 votes</p></aside></body></html>"
    ).encode()
    assert "Rating: 2.5/5" in verdict_boxes(page, "The harbour town burns")
    read = read_page(page, name="lanternfall.html")
    parsed = parse_document(read.text, meta=read.meta, anime="Lanternfall")
    assert parsed.score is not None and parsed.score.score_100 == 50


def _starred_review(stars_line: str, rating: str) -> bytes:
    # a newspaper's review: its stars in a paragraph of their own under the byline, which
    # extraction keeps, and its JSON-LD review stating the same rating as numbers
    ld = (
        '{"@context": "https://schema.org", "@type": "Review", "reviewRating": '
        f'{{"@type": "Rating", "ratingValue": "{rating}", "bestRating": "5"}}}}'
    )
    prose = "<p>" + "The lighthouse keeper finally climbs the stairs to the lamp. " * 4 + "</p>"
    return (
        f"<html><head><script type='application/ld+json'>{ld}</script></head><body>"
        "<article><h1>Tidewatch Episode 4 Review</h1><p class='byline'>By Sam Reed</p>"
        f"<p class='stars'>{stars_line}</p>{prose}</article>"
        "<aside class='reader-score'><p>4.4 / 5 from 300 readers</p></aside></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("stars_line", "rating"),
    [("Rating: ★★★☆☆", "3"), ("★★★½", "3.5"), ("Our rating: ★★★★☆", "4")],
)
def test_a_structured_rating_the_text_writes_as_its_stars_is_not_added_again(
    stars_line: str, rating: str
) -> None:
    # the stars are the rating as written: "Rating: 3/5" from the structured data would be
    # the same score written another way, added after the text and read over its stars
    extracted = f"Tidewatch Episode 4 Review\n\n{stars_line}\n\nThe lighthouse keeper finally"
    page = _starred_review(stars_line, rating)
    assert not any(box.startswith("Rating: ") for box in verdict_boxes(page, extracted))
    read = read_page(page, name="tidewatch.html")
    parsed = parse_document(read.text, meta=read.meta, anime="Tidewatch")
    assert parsed.score is not None and parsed.score.raw == stars_line.split(": ")[-1]


@pytest.mark.parametrize(
    "stars_line",
    [
        "Rating: ★★★★☆",  # stars of another value than the structured data's
        "Tidewatch Episode 3 — ★★★☆☆",  # another review's stars, after its name
    ],
)
def test_a_structured_rating_is_kept_beside_stars_that_are_not_it(stars_line: str) -> None:
    extracted = f"Tidewatch Episode 4 Review\n\n{stars_line}\n\nThe lighthouse keeper finally"
    assert "Rating: 3/5" in verdict_boxes(_starred_review(stars_line, "3"), extracted)


def test_a_microdata_rating_with_its_value_and_scale_apart_is_kept() -> None:
    # the review's total in microdata, value and scale in spans of their own under a label,
    # after a breakdown of aspects out of 10; the next post's link and a sidebar are not it
    prose = "<p>" + "The orbital siege finally pays off and the villain gets a voice. " * 4
    page = (
        "<html><body><article itemscope itemtype='https://schema.org/Review'>"
        f"<h1>Starward Drift ep. 3 grades</h1>{prose}</p><ul><li>Story: 6/10</li>"
        "<li>Music: 9/10</li></ul><div class='total' itemprop='reviewRating' itemscope "
        "itemtype='https://schema.org/Rating'><span class='t-label'>Total</span> "
        "<span><span itemprop='ratingValue'>64</span>/<span itemprop='bestRating'>100</span>"
        "</span></div></article><a href='/ep-4'>ep. 4 (58/100)</a></body></html>"
    ).encode()
    assert "Rating: 64/100" in verdict_boxes(page, "The orbital siege finally pays off")
    read = read_page(page, name="starward.html")
    parsed = parse_document(read.text, meta=read.meta, anime="Starward Drift")
    assert parsed.score is not None and parsed.score.raw == "64/100"


def test_a_table_of_the_episodes_scores_named_a_score_box_is_not_the_reviews() -> None:
    # a season review's grade in its box, then a table (class "week-scores") of each
    # episode's score from the weekly posts: every row one episode's, the last not the review's
    prose = "<p>" + "The lighthouse keeper's season ends where it began, on the rocks. " * 4
    page = (
        "<html><body><article><h1>Tidewatch Season 1 Review</h1>"
        f"{prose}</p><div class='gradebox'><span>Our Grade</span> <b>C+</b></div>"
        "<table class='week-scores'><tr><th>Episode</th><th>Score</th></tr>"
        "<tr><td>1 – Fog</td><td>5/10</td></tr><tr><td>6 – Finale</td><td>9/10</td></tr>"
        "</table></article></body></html>"
    ).encode()
    boxes = verdict_boxes(page, "The lighthouse keeper's season ends")
    assert not any("9/10" in box for box in boxes)
    read = read_page(page, name="tidewatch.html")
    parsed = parse_document(read.text, meta=read.meta, anime="Tidewatch")
    assert parsed.score is not None and parsed.score.raw == "C+"


def test_a_table_of_scores_with_an_overall_row_stays_a_box() -> None:
    # the review's own score as the table's "Overall" row: the table is its score box
    rows = "".join(
        f"<tr><td>{label}</td><td>{score}</td></tr>"
        for label, score in (("Story", "6/10"), ("Music", "9/10"), ("Overall", "7/10"))
    )
    page = (
        "<html><body><article><h1>Tidewatch Episode 3 Review</h1><p>"
        + "The fog rolls in and the keeper finally speaks. " * 4
        + f"</p><table class='scores'>{rows}</table></article></body></html>"
    ).encode()
    assert any("7/10" in box for box in verdict_boxes(page, "The fog rolls in"))


def test_a_rating_closing_a_users_byline_is_kept_with_its_sub_scores() -> None:
    # a database site's page of one user's review of a whole show: the byline's fields set
    # apart by dots, the last the user's "Overall Rating" (its value in bold, no scale given:
    # the site's ten points), the sub-scores in one dotted line under the review, the site's
    # average in the sidebar; another user's byline under "Other reviews" is theirs

    markup = (
        "<html><head><meta charset='utf-8'></head><body>"
        "<div class='side'><p>Score: 7.41 (scored by 20,310 users)</p></div>"
        "<div class='main'><div class='review-element'>"
        "<div class='reviewer'>gullwing · <span>Mar 3, 2025</span> · <span>Mixed Feelings"
        "</span> · Overall Rating: <b>6</b></div>"
        "<div class='text'><p>The lighthouse keeper barely speaks and the sea does the "
        "talking, which works far better than it has any right to over twelve episodes.</p>"
        "<p>The middle drags badly, and the ending only half lands.</p></div>"
        "<div class='scores'>Story 5 · Art 8 · Sound 7 · Enjoyment 6</div></div>"
        "<h3>Other reviews</h3><div class='review-element'><div class='reviewer'>tidepool · "
        "Overall Rating: 9</div><div class='text'><p>Loved it.</p></div></div>"
        "</div></body></html>"
    ).encode()
    boxes = verdict_boxes(markup, "The lighthouse keeper barely speaks and the sea does the")
    assert boxes == ["Overall Rating: 6", "Story 5 · Art 8 · Sound 7 · Enjoyment 6"]
    page = read_page(markup, name="review.html")
    parsed = parse_document(page.text, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "6"
    assert parsed.score.score_100 == 60


def test_a_number_closing_a_line_of_fields_without_a_score_label_is_no_box() -> None:
    # a byline's last field is the review's length or its helpful votes, not a rating
    markup = (
        "<html><head><meta charset='utf-8'></head><body><div class='review-element'>"
        "<div class='reviewer'>gullwing · <span>Mar 3, 2025</span> · Episodes seen: <b>12</b>"
        "</div><div class='text'><p>The lighthouse keeper barely speaks and the sea does the "
        "talking, which works far better than it has any right to over twelve episodes.</p>"
        "</div></div></body></html>"
    ).encode()
    assert verdict_boxes(markup, "The lighthouse keeper barely speaks and the sea does the") == []


def test_a_score_box_with_a_dotted_note_under_it_keeps_only_its_score() -> None:
    # a weekly review's score box: its score, then a note of last week's score and the
    # average so far set apart by a dot; the note is no card of sub-scores, the score the box's
    markup = (
        "<html><head><meta charset='utf-8'></head><body><article><h1>Tidewatch Episode 5</h1>"
        "<p>The lighthouse keeper barely speaks and the sea does the talking, which works far "
        "better than it has any right to.</p><div class='score'><span>Our score</span> "
        "<span>7.5/10</span><span>Previous week: 8/10 · Series average so far: 7.9</span>"
        "</div></article></body></html>"
    ).encode()
    boxes = verdict_boxes(markup, "The lighthouse keeper barely speaks and the sea does the")
    assert boxes == ["Our score: 7.5/10"]


def _star_pictures_post(alts: str) -> bytes:
    # a theme's rating box drawing the reviewer's stars one picture to a star (each
    # picture's alt its glyph), a tooltip on the row; the related posts' pictured stars
    # and a reader's score in the comments below
    pictures = "".join(f"<img src='/img/star-{i}.png' alt='{a}'>" for i, a in enumerate(alts))
    return (
        "<html><head><meta charset='utf-8'></head><body><article>"
        "<h1>Kitebound Episode 9 Review – The Long String</h1>"
        "<div class='entry-content'><p>The kite festival's final day spends its whole "
        "runtime on one flight, and the town's rivalry finally turns into something warmer."
        "</p><p>Hina's climb up the lighthouse is the best cut of the season so far.</p>"
        "<div class='review-box'><span class='label'>Our rating</span>"
        f"<span class='stars' title='Rated out of 5'>{pictures}</span></div></div>"
        "<footer><div class='jp-relatedposts'><h3>Related</h3><div><a href='/k-8/'>"
        "Kitebound Episode 8 Review</a> <img src='/img/s2.png' alt='2 stars'></div></div>"
        "</footer></article><div id='comments'><p>1/5 for me, too slow.</p></div>"
        "</body></html>"
    ).encode()


@pytest.mark.parametrize(("alts", "score_100"), [("★★★★½", 90), ("★★★☆☆", 60), ("⭐⭐⭐⭐", None)])
def test_stars_drawn_as_pictures_whose_alts_are_their_glyphs_are_one_row(
    alts: str, score_100: int | None
) -> None:
    markup = _star_pictures_post(alts)
    extracted = "The kite festival's final day spends its whole runtime on one flight"
    assert verdict_boxes(markup, extracted) == [f"Our rating: {alts}"]
    page = read_page(markup, name="kitebound-9.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Kitebound")
    assert parsed.score is not None and parsed.score.raw == alts
    if score_100 is not None:
        assert parsed.score.score_100 == score_100


def test_a_half_star_drawn_apart_closes_the_row_of_stars_before_it() -> None:
    # each star in a span of its own, the half in one of its own after them
    stars = "".join(f"<span class='s'>{s}</span>" for s in "★★★") + "<span class='h'>½</span>"
    markup = (
        "<html><head><meta charset='utf-8'></head><body><article>"
        "<h1>Kitebound Episode 9 Review</h1>"
        f"<section class='rating-card'><div>Our Rating</div><div>{stars}</div></section>"
        "<p>The kite festival's final day spends its whole runtime on one flight, and the "
        "town's rivalry finally turns into something warmer.</p></article></body></html>"
    ).encode()
    assert verdict_boxes(markup) == ["Our Rating: ★★★½"]


def _score_panel(theirs: str) -> bytes:
    # a review's score panel under its text: the review's score in a part of its own, another
    # part beside it holding the readers' (or none), each part a label and a value
    return (
        "<html><head><meta charset='utf-8'></head><body><article>"
        "<h1>Lighthouse Episode 6 Review</h1>"
        "<p>The keeper finally leaves the island, and the episode spends its whole second half "
        "on the crossing, the storm the season has promised since its first week.</p>"
        "<div class='score-panel'><div class='ours'><span>Episode score</span><b>6/10</b></div>"
        f"{theirs}</div></article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("theirs", "box"),
    [
        # the readers' part beside the review's, labelled or named for them: left out
        (
            "<div class='theirs'><span>User rating</span><b>4.1</b>/5 <small>(213 votes)</small>"
            "</div>",
            "Episode score: 6/10",
        ),
        ("<div class='reader-score'><span>Crowd</span><b>8.4</b></div>", "Episode score: 6/10"),
        # a part that is no readers' rating is the box's own, read with it
        (
            "<div class='note'><span>Verdict</span><b>Solid</b></div>",
            "Episode score: 6/10 Verdict Solid",
        ),
    ],
)
def test_a_score_panels_readers_part_is_left_out_of_the_reviews_box(theirs: str, box: str) -> None:
    markup = _score_panel(theirs)
    assert verdict_boxes(markup) == [box]
    page = read_page(markup, name="lighthouse-6.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "6/10"


def test_a_scorecards_poll_row_is_the_voters_beside_the_writers_row() -> None:
    # a scorecard under a review, a row to each figure: the writer's (labelled with their name),
    # the staff's average, then a poll of the site's community, labelled only by its words
    markup = (
        b"<html><head><meta charset='utf-8'></head><body><article>"
        b"<h1>Lighthouse Episode 7 Review</h1>"
        b"<p>The crossing ends in the fog, and the keeper's brother is not on the boat that comes "
        b"back; the episode holds on the empty pier for a full minute before it cuts away.</p>"
        b"<div class='review-scorecard'>"
        b"<div class='row'><span>Mika</span><span>7.5/10</span></div>"
        b"<div class='row'><span>Staff avg.</span><span>7.1/10</span></div>"
        b"<div class='row'><span>Community poll</span><span>64%</span></div>"
        b"</div></article></body></html>"
    )
    assert verdict_boxes(markup) == ["Mika 7.5/10"]
    page = read_page(markup, name="lighthouse-7.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "7.5/10"
