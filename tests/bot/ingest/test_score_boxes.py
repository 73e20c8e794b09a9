"""bot/ingest/score_boxes.py: the score boxes of a review page that text extraction drops."""

from __future__ import annotations

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


def test_a_ratings_table_under_a_header_of_another_scale_is_no_card() -> None:
    # (the overall of such a box is read on ten points: a five-point one is left alone, its
    # header kept as the box's head)
    markup = _reader_review("Reader's ratings (out of 5)")
    extracted = "The keeper barely speaks and the sea does the talking, which works far"
    assert verdict_boxes(markup, extracted) == ["Reader's ratings (out of 5)"]
