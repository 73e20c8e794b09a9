"""Issue 11 inputs and issue 10 item 11 identity: files, directories, HTML pages and URLs
(served from 127.0.0.1), refused inputs, and what re-ingesting a changed document does."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bot import paths
from bot.catalog import load_catalogs
from bot.ingest import ingest_inputs, ingest_paths
from bot.models import Catalog, IngestStatus
from bot.store import Store
from tests.web_server import WebServer

EP4 = (
    "Metallic Rouge Episode 4 Review\n\n"
    "Rouge and Naomi finally talk about the Immortal Nine, and the episode slows down.\n\n"
    "Overall a steadier week. I give it 7/10.\n"
)
PAGE = """<!doctype html><html><head>
<title>Metallic Rouge Episode 6 Review | Pixel Site</title>
<meta property="og:title" content="Metallic Rouge Episode 6 Review: The Mask Slips">
<meta name="author" content="Ana Moreau">
<meta property="article:published_time" content="2024-02-15T10:00:00Z">
<link rel="canonical" href="https://pixel.example/mr/6">
</head><body>
<nav><a href="/">Home</a> · <a href="/top">Top 10 anime: Dandadan 10/10</a></nav>
<article><h1>Metallic Rouge Episode 6 Review: The Mask Slips</h1>
<p>Episode 6 is where Rouge stops taking orders. Naomi watches her do it, half proud and half
terrified, and the whole episode turns on that look.</p>
<p>Jaron is ten steps ahead as always, and the fight in the warehouse is the best yet.</p>
<p>Score: 8/10</p></article>
<aside class="sidebar"><h3>Popular</h3><p>Sara Fitzgerald cosplay gallery, rated 10/10</p></aside>
<section class="comments"><p>gradeskeptic: 3/10 at best</p></section>
</body></html>"""


@pytest.fixture
async def catalogs(store: Store) -> list[Catalog]:
    """The bundled catalogs, loaded into `store` as at start-up."""
    loaded = load_catalogs(paths.BUNDLED_CATALOGS)
    for catalog in loaded:
        await store.upsert_catalog(catalog)
    return loaded


async def stored_text(store: Store, content_hash: str) -> str:
    """The text the store keeps of the document with this content hash (a report has none)."""
    document_id = await store.document_id_by_hash(content_hash)
    assert document_id is not None
    document = await store.get_document(document_id)
    assert document is not None
    return "\n\n".join(section.text for section in document.sections)


def count(store: Store, sql: str) -> int:
    with closing(sqlite3.connect(store.path)) as connection:
        return int(connection.execute(sql).fetchone()[0])


async def test_a_directory_contributes_its_pages_recursively_and_skips_the_rest(
    store: Store, catalogs: list[Catalog], tmp_path: Path
) -> None:
    folder = tmp_path / "reviews"
    (folder / "deeper").mkdir(parents=True)
    (folder / "ep4.txt").write_text(EP4, encoding="utf-8")
    (folder / "deeper" / "ep6.html").write_text(PAGE, encoding="utf-8")
    (folder / "cover.png").write_bytes(b"\x89PNG")
    reports = await ingest_paths(store, [folder], catalogs=catalogs)
    assert [(Path(r.file).name, r.status) for r in reports] == [
        ("cover.png", IngestStatus.SKIPPED),
        ("ep4.txt", IngestStatus.ADDED),
        ("ep6.html", IngestStatus.ADDED),
    ]
    page = reports[2].document
    assert page is not None
    assert page.title == "Metallic Rouge Episode 6 Review: The Mask Slips"
    assert page.author == "Ana Moreau"
    assert page.published == "2024-02-15"
    assert page.identity_source == "https://pixel.example/mr/6"  # the canonical URL
    assert page.score is not None and page.score.raw == "8/10"  # not the sidebar's 10/10
    stored = await stored_text(store, page.content_hash)
    assert "Rouge stops taking orders" in stored
    assert "Popular" not in stored and "gradeskeptic" not in stored
    assert "Sara Fitzgerald" not in reports[2].characters_linked  # named only in the sidebar
    assert reports[1].as_json()["source"] == "ep4.txt"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
async def test_a_named_pipe_is_refused_and_does_not_hang(
    store: Store, catalogs: list[Catalog], tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "ep4.txt"
    good.write_text(EP4, encoding="utf-8")
    reports = await ingest_paths(store, [fifo, good], catalogs=catalogs)
    assert reports[0].status is IngestStatus.REJECTED
    assert reports[0].reason == "is a named pipe (FIFO), not a regular file"
    assert reports[1].status is IngestStatus.ADDED


async def test_urls_are_fetched_and_a_refused_fetch_does_not_stop_the_others(
    store: Store, catalogs: list[Catalog]
) -> None:
    async with WebServer() as server:
        server.page("/mr/6", PAGE)
        server.status("/gone", 404)
        reports = await ingest_inputs(
            store,
            [server.url("/gone"), server.url("/mr/6"), "ftp://example.org/x"],
            catalogs=catalogs,
        )
        again = await ingest_inputs(store, [server.url("/mr/6")], catalogs=catalogs)
    statuses = [r.status for r in reports]
    assert statuses == [IngestStatus.REJECTED, IngestStatus.ADDED, IngestStatus.REJECTED]
    assert reports[0].reason is not None and "404" in reports[0].reason
    assert reports[2].reason is not None and "http" in reports[2].reason
    added = reports[1].document
    assert added is not None and added.episode == 6
    # the page declares a canonical URL on another host than the one it came from: not trusted
    assert added.identity_source == server.url("/mr/6")
    assert [r.status for r in again] == [IngestStatus.UNCHANGED]


async def test_the_same_content_under_another_path_is_unchanged(
    store: Store, catalogs: list[Catalog], tmp_path: Path
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "copy" / "b.txt"
    second.parent.mkdir()
    first.write_text(EP4, encoding="utf-8")
    second.write_text(EP4.replace("\n\n", "\n\n\n").replace(" ", "  "), encoding="utf-8")
    reports = await ingest_paths(store, [first, second], catalogs=catalogs)
    assert [r.status for r in reports] == [IngestStatus.ADDED, IngestStatus.UNCHANGED]
    assert count(store, "SELECT count(*) FROM documents") == 1


async def test_a_changed_version_is_updated_in_place(
    store: Store, catalogs: list[Catalog], tmp_path: Path
) -> None:
    path = tmp_path / "ep4.txt"
    path.write_text(EP4.split("Overall")[0], encoding="utf-8")  # half-written
    [first] = await ingest_paths(store, [path], catalogs=catalogs)
    path.write_text(EP4.replace("Naomi", "Sylvia"), encoding="utf-8")  # complete, edited
    [second] = await ingest_paths(store, [path], catalogs=catalogs)
    assert (first.status, second.status) == (IngestStatus.ADDED, IngestStatus.UPDATED)
    [stored] = await store.list_documents()
    assert stored.score_raw == "7/10"
    assert count(store, "SELECT count(*) FROM documents") == 1
    assert count(store, "SELECT count(*) FROM sections") == 1
    assert "Sylvia" in second.characters_linked and "Naomi Orthmann" not in second.characters_linked
    assert await store.search("Sylvia", None)  # the index has the new text ...
    assert not await store.search("Naomi", None)  # ... and not the old
    anime = await store.find_anime("Metallic Rouge")
    assert anime is not None
    naomi = await store.resolve_character("Naomi Orthmann", anime.id)
    assert naomi is not None and await store.mentions(naomi.id) == []  # mentions relinked
    [third] = await ingest_paths(store, [path], catalogs=catalogs)
    assert third.status is IngestStatus.UNCHANGED


async def test_episodes_the_anime_cannot_have_are_rejected(
    store: Store, catalogs: list[Catalog], tmp_path: Path
) -> None:
    high = tmp_path / "high.txt"
    high.write_text(EP4.replace("Episode 4", "Episode 9999"), encoding="utf-8")
    zero = tmp_path / "zero.txt"
    zero.write_text(EP4.replace("Episode 4", "Episode 0"), encoding="utf-8")
    reports = await ingest_paths(store, [high, zero, tmp_path / "missing.txt"], catalogs=catalogs)
    assert [r.status for r in reports] == [IngestStatus.REJECTED] * 3
    assert reports[0].reason is not None and "above the anime's 13 episodes" in reports[0].reason
    assert reports[1].reason is not None and "lists no episode 0" in reports[1].reason
    assert count(store, "SELECT count(*) FROM documents") == 0
    assert count(store, "SELECT count(*) FROM sections") == 0


async def test_anime_option_files_everything_under_one_anime(
    store: Store, catalogs: list[Catalog], tmp_path: Path
) -> None:
    page = tmp_path / "untitled.txt"
    page.write_text("A quiet week.\n\nRouge and Naomi talk for a while.\n", encoding="utf-8")
    [rejected] = await ingest_paths(store, [page], catalogs=catalogs)
    assert rejected.status is IngestStatus.REJECTED
    assert rejected.reason is not None and "--anime" in rejected.reason
    [added] = await ingest_paths(store, [page], catalogs=catalogs, anime="metalic rouge")
    assert added.document is not None and added.document.anime_title == "Metallic Rouge"
    assert "Rouge Redstar" in added.characters_linked


async def test_characters_link_in_any_word_order(
    store: Store, catalogs: list[Catalog], tmp_path: Path
) -> None:
    page = tmp_path / "ep5.txt"
    page.write_text(
        "Metallic Rouge Episode 5 Review\n\nJaron Fate shuffles his cards alone in a church, "
        "and Redstar Rouge never shows up.\n",
        encoding="utf-8",
    )
    [report] = await ingest_paths(store, [page], catalogs=catalogs)
    assert sorted(report.characters_linked) == ["Fate Jaron", "Rouge Redstar"]


async def test_a_grade_box_in_the_article_is_the_score_and_the_poll_is_not(
    store: Store, catalogs: list[Catalog], tmp_path: Path
) -> None:
    page = tmp_path / "ep7.html"
    page.write_text(
        PAGE.replace("<p>Score: 8/10</p>", "")
        .replace("Episode 6", "Episode 7")
        .replace(
            "</article>",
            '<div class="grade-box"><span>Our grade</span> <span class="grade">A-</span></div>'
            '</article><section class="poll"><div class="rating">B (graded by 640 readers)'
            "</div></section>",
        ),
        encoding="utf-8",
    )
    [report] = await ingest_paths(store, [page], catalogs=catalogs)
    assert report.document is not None and report.document.score is not None
    assert report.document.score.raw == "A-"
    assert report.document.score.score_100 is None
    stored = await stored_text(store, report.document.content_hash)
    assert stored and "640 readers" not in stored


def test_a_grade_box_on_a_page_without_an_article_element() -> None:
    # no <article>: the article's body is a div named like one; the poll, the comments and
    # the sidebar still never give the reviewer's grade
    from bot.ingest.score_boxes import verdict_boxes

    markup = (
        "<html><body><div id='header'><a href='/grades'>How we grade</a></div>"
        "<div id='main'><h1>Show E05 Review</h1><div class='article-body'><p>Text.</p>"
        "<div class='grade-box'><span>Grade:</span> <span class='grade'>B</span></div></div>"
        "<div class='poll'><h3>How would you grade this episode?</h3>"
        "<div class='grade'>A 41%</div></div>"
        "<div class='comments'><p class='score'>A+</p></div></div>"
        "<div id='sidebar'><div class='score'>Other show — A</div></div></body></html>"
    ).encode()
    assert verdict_boxes(markup) == ["Grade: B"]
    in_main = markup.replace(b"div id='main'", b"main").replace(
        b"</div></div><div id='s", b"</div></main><div id='s"
    )
    assert verdict_boxes(in_main) == ["Grade: B"]


def test_the_headline_when_extraction_kept_the_sites_name() -> None:
    from bot.ingest.page import read_page

    body = "<p>" + "Rouge chases a lead through the lower city, slowly and well. " * 6 + "</p>"
    site_first = (
        "<html><head><title>Lantern Room - Show Episode 25 Review: A Fatal Weakness</title>"
        f"</head><body><article>{body}</article></body></html>"
    )
    assert read_page(site_first.encode(), name="a.html").meta.title == (  # type: ignore[union-attr]
        "Show Episode 25 Review: A Fatal Weakness"
    )
    ld = (
        '<html><head><title>Yokai Desk</title><script type="application/ld+json">'
        '{"@type":"Review","headline":"Show Episode 8 Review: The Evil Eye \\u201cOpens\\u201d"}'
        f"</script></head><body><article>{body}</article></body></html>"
    )
    assert read_page(ld.encode(), name="b.html").meta.title == (  # type: ignore[union-attr]
        "Show Episode 8 Review: The Evil Eye “Opens”"
    )
    usual = (
        "<html><head><title>Show Episode 25 Review: A Fatal Weakness | Lantern Room</title>"
        f"</head><body><article>{body}</article></body></html>"
    )
    assert read_page(usual.encode(), name="c.html").meta.title == (  # type: ignore[union-attr]
        "Show Episode 25 Review: A Fatal Weakness"
    )


def test_a_title_of_an_episode_label_and_a_site_name_yields_to_the_pages_heading() -> None:
    # an old fan site: "<title>Episode 4 — Fan Shrine</title>", the review's headline an <h2>
    from bot.ingest.page import read_page

    body = "<p>" + "Rouge chases a lead through the lower city, slowly and well. " * 6 + "</p>"
    page = (
        "<html><head><title>{title}</title></head><body><div class='menu'>Home | Links</div>"
        "<table><tr><td>Episode Guide<br>01<br>02</td><td><h2>{heading}</h2>"
        f"{body}</td></tr></table></body></html>"
    )
    labelled = page.format(
        title="Episode 4 — Fan Shrine", heading="Show Episode 4 Review: Off Duty"
    )
    meta = read_page(labelled.encode(), name="a.html").meta
    assert meta is not None and meta.title == "Show Episode 4 Review: Off Duty"
    # a heading without the label (another episode's, a section's) is not the headline
    other = page.format(title="Episode 4 — Fan Shrine", heading="Show Episode 5 Review: Next Week")
    meta = read_page(other.encode(), name="b.html").meta
    assert meta is not None and meta.title != "Show Episode 5 Review: Next Week"
    # a title that is a headline stays the title
    full = page.format(title="Show Episode 4 Review: Off Duty", heading="Episode Guide and Notes")
    meta = read_page(full.encode(), name="c.html").meta
    assert meta is not None and meta.title == "Show Episode 4 Review: Off Duty"


def test_score_cards_keep_their_label_with_the_value() -> None:
    # a score card lays the label and the value out as separate elements ("Grade" / "A-");
    # a box holding only the value takes the label from the box around it
    from bot.ingest.score_boxes import verdict_boxes

    card = (
        b"<html><body><article><h1>Show Episode 9 Review</h1>"
        b"<div class='score-card'><p class='label'>Grade</p><p class='grade'>A-</p>"
        b"<p>The best fight of the season.</p></div><p>Text.</p></article></body></html>"
    )
    assert verdict_boxes(card) == ["Grade: A- The best fight of the season."]
    value_only = (
        b"<html><body><article><p>Text.</p><div class='review-box'><p>Overall grade</p>"
        b"<p class='grade'>B-</p></div></article></body></html>"
    )
    assert verdict_boxes(value_only) == ["Overall grade: B-"]


def test_a_score_box_on_a_user_review_page() -> None:
    # no <article> or <main>: a user-review site's "review-page" holds the review and its box
    from bot.ingest.score_boxes import verdict_boxes

    markup = (
        b"<html><body><div class='review-page'><h1>Review of Show Season 1 by someone</h1>"
        b"<div class='body'><p>Text.</p></div><div class='score-box'><span>Score</span> "
        b"<span>85/100</span></div></div>"
        b"<div class='sidebar'><p class='score'>Average Score 84%</p></div></body></html>"
    )
    assert verdict_boxes(markup) == ["Score: 85/100"]


def test_the_headline_when_extraction_kept_a_blogs_name() -> None:
    # Blogger: "<title>Blog Name: Post Title</title>", the blog's name as the page's h1
    from bot.ingest.page import read_page

    body = "<p>" + "Kafka finally lets loose in front of people who matter. " * 6 + "</p>"
    page = (
        "<html><head><title>Tokusatsu Tea Time: Monster Show Episode 10 Review</title></head><body>"
        "<div class='header'><h1 class='title'>Tokusatsu Tea Time</h1></div>"
        f"<div class='post-body'>{body}</div></body></html>"
    )
    meta = read_page(page.encode(), name="a.html").meta
    assert meta is not None and meta.title == "Monster Show Episode 10 Review"


def test_a_database_reviews_box_of_sub_scores_is_kept_and_gives_the_overall() -> None:
    # an anime database's user review: a rating box (a table of sub-scores with an overall)
    # longer than a grade box, which text extraction drops; the site's own community score
    # and other users' "Overall 9" in the sidebar never count
    from bot.ingest.page import read_page
    from bot.ingest.pipeline import parse_document
    from bot.ingest.score_boxes import verdict_boxes

    rows = "".join(
        f"<tr><td>{label}</td><td>{value}</td></tr>"
        for label, value in (("Overall", 7), ("Story", 5), ("Animation", 9), ("Sound", 8),
                             ("Character", 6), ("Enjoyment", 7))
    )  # fmt: skip
    body = "<p>" + "The fights are great and the plot never lands, sadly. " * 5 + "</p>"
    markup = (
        "<html><head><title>Show Season 1 Review</title></head><body>"
        "<div class='anime-header'><p>Score: 6.71 (scored by 48,210 users)</p></div><main>"
        f"<article class='review'><h1>Show Season 1 Review</h1><div class='rating-box'>"
        f"<table>{rows}</table></div>{body}</article></main>"
        "<aside class='more-reviews'><p>by neonrain · Overall 9</p></aside></body></html>"
    ).encode()
    box = "Overall 7 Story 5 Animation 9 Sound 8 Character 6 Enjoyment 7"
    assert verdict_boxes(markup) == [box]
    page = read_page(markup, name="a.html")
    parsed = parse_document(page.text, meta=page.meta)
    assert parsed.score is not None and parsed.score.raw == "7"
    assert parsed.score.score_100 == 70


def test_a_bare_number_in_a_score_box_is_a_ten_point_score() -> None:
    # a games site's verdict: the score box holds only "8" and its word; the community
    # score after the article never counts
    from bot.ingest.score_boxes import verdict_boxes

    markup = (
        b"<html><body><article><h1>Show Episode 12 Review</h1><p>Text.</p>"
        b"<div class='score-box'><span class='score-value'>8</span>"
        b"<span class='score-label'>Great</span></div></article>"
        b"<section class='user-reviews'><p class='score'>7.9</p></section></body></html>"
    )
    assert verdict_boxes(markup) == ["Score: 8/10 Great"]
    too_big = markup.replace(b">8<", b">85<")
    assert verdict_boxes(too_big) == ["85 Great"]


def test_a_bare_score_badge_in_a_verdict_box_with_prose_takes_the_stated_scale() -> None:
    # a verdict box holds prose and pros/cons, and a badge with only "7.5" and its word: the
    # badge is the score, out of the structured data's bestRating (ten when none is stated)
    from bot.ingest.score_boxes import verdict_boxes

    def page(ld: str, value: str) -> bytes:
        return (
            f"<html><head>{ld}</head><body><main><h1>Show Episode 1 Review</h1><p>Text.</p>"
            "<aside class='verdict-box'><h2>The Verdict</h2><p>A stylish start that stumbles "
            "whenever it stops to explain itself, but worth coming back for.</p>"
            f"<div class='score-badge'><span>{value}</span><span>Good</span></div></aside>"
            "</main></body></html>"
        ).encode()

    assert verdict_boxes(page("", "7.5")) == ["Score: 7.5/10 Good"]
    five = '<script type="application/ld+json">{"reviewRating":{"bestRating":"5"}}</script>'
    assert verdict_boxes(page(five, "3.5")) == ["Score: 3.5/5 Good"]


def test_a_score_card_with_a_summary_keeps_its_label_and_value() -> None:
    from bot.ingest.score_boxes import verdict_boxes

    markup = (
        b"<html><body><article><h1>Show Episode 5 Review</h1><p>Text.</p>"
        b"<div class='review-score-card'><div>OUR SCORE</div><div>3 out of 5</div>"
        b"<div>A real step up for the show, carried by its best fight so far.</div></div>"
        b"</article></body></html>"
    )
    assert verdict_boxes(markup) == ["OUR SCORE: 3 out of 5"]


def test_a_rating_line_with_its_label_and_value_in_bold_and_a_tagline_after() -> None:
    # a blog's rating paragraph: the label and score in one bold run, a long aside after it
    from bot.ingest.score_boxes import verdict_boxes

    markup = (
        b"<html><body><article><h1>A Wet Week</h1><p>Text.</p>"
        b"<p class='rating'><strong>Our rating: 6.5/10</strong> \xe2\x80\x94 a fine enough "
        b"hour of television that I will forget by next Tuesday, probably.</p>"
        b"</article></body></html>"
    )
    assert verdict_boxes(markup) == ["Our rating: 6.5/10"]


def test_a_box_named_only_as_a_card_counts_when_its_label_says_rating() -> None:
    from bot.ingest.score_boxes import verdict_boxes

    card = (
        b"<html><body><article><p>Text.</p><div class='review-card'><b>My rating</b><br>"
        b"3.5/5</div><div class='share-card'><b>Share</b> 12</div></article></body></html>"
    )
    assert verdict_boxes(card) == ["My rating: 3.5/5"]


def test_a_user_rating_box_is_the_reviewers_only_when_it_says_rated() -> None:
    # a readers' review page names the reviewer's own rating for users; an aggregate of
    # users' ratings stays out
    from bot.ingest.score_boxes import verdict_boxes

    own = (
        "<html><head><meta charset='utf-8'></head><body><div class='review-page'>"
        "<h1>Show Season 1 Review</h1><div class='user-rating'>Rated: ★★★☆☆</div>"
        "<div class='review-content'><p>Text.</p></div></div></body></html>"
    ).encode()
    assert verdict_boxes(own) == ["Rated: ★★★☆☆"]
    aggregate = own.replace("Rated: ★★★☆☆".encode(), b"User score 3.1 (812)")
    assert verdict_boxes(aggregate) == []


def test_a_reviews_page_without_an_article_gives_the_extracted_reviews_rating() -> None:
    # no <article>, <main> or article-like name: the extracted text's opening paragraph
    # finds its review and that review's rating box, never the next reader's
    from bot.ingest.score_boxes import verdict_boxes

    opening = "Season one review, written after the last episode aired this week."
    markup = (
        "<html><body><div id='wrap'><div class='entry'><div class='text'>"
        f"<p>{opening}</p><p>More text.</p></div><div class='rating'>Rating: 6 / 10</div>"
        "</div><div class='entry'><div class='text'><p>Best show ever.</p></div>"
        "<div class='rating'>Rating: 10 / 10</div></div></div></body></html>"
    ).encode()
    assert verdict_boxes(markup, f"{opening}\n\nMore text.") == ["Rating: 6 / 10"]
    assert verdict_boxes(markup) == []


def test_a_reviews_sites_rated_it_line_is_the_reviews_rating() -> None:
    # a reviews site writes the reviewer's stars on a line of their own ("Ana rated it
    # ★★★★☆") named for nothing like a score; the page's headline opens the extracted text;
    # another reader's "rated it" in the comments and the community's average stay out
    from bot.ingest.score_boxes import verdict_boxes

    headline = "Some Show Season 2 Episode 3 Review"
    markup = (
        "<html><head><meta charset='utf-8'></head><body><div class='col'>"
        f"<h1>{headline}</h1><div class='who'>Ana Lima rated it <span>★★★★☆</span></div>"
        "<div class='body'><p>Text of the review.</p></div>"
        "<div class='comments'><div class='c'>Bo rated it ★☆☆☆☆</div></div></div>"
        "<div class='side'><p>Average rating 3.9</p></div></body></html>"
    ).encode()
    assert verdict_boxes(markup, f"{headline}\n\nText of the review.") == ["Rated: ★★★★☆"]
    # a short sentence of the review's own that says "rated it" stays where it is
    said = "My cousin rated it 2/5."
    in_prose = markup.replace(b"<p>Text of the review.</p>", f"<p>{said}</p>".encode())
    assert verdict_boxes(in_prose, f"{headline}\n\n{said}") == ["Rated: ★★★★☆"]
    # "rated it" in prose, with no rating in the line, is no box
    prose = markup.replace("rated it <span>★★★★☆</span>".encode(), b"rated it <i>highly</i>")
    assert verdict_boxes(prose, f"{headline}\n\nText of the review.") == []


def test_a_threads_replies_are_left_out_of_its_first_post() -> None:
    # a forum topic numbers its posts in their ids: the first post is the review; a reply's
    # score and the names only it gives are a reader's, never the review's
    from bot.ingest.page import read_page

    markup = (
        b"<html><head><meta charset='utf-8'><title>Show Episode 4 Review</title></head><body>"
        b"<h1>Show Episode 4 Review</h1><div class='stream'>"
        b"<div class='entry' id='post_1'><div class='body'>"
        b"<p>Episode four is quieter than the last three and better for it, I think.</p>"
        b"<p>The ending is lovely and the music carries it well.</p><p>Verdict: 7/10</p>"
        b"</div></div><div class='entry' id='post_2'><div class='body'>"
        b"<p>Hard disagree, it was a 3/10 for me and Marlowe was wasted.</p></div></div>"
        b"</div></body></html>"
    )
    text = read_page(markup, name="a.html").text
    assert "Verdict: 7/10" in text and "The ending is lovely" in text
    assert "3/10" not in text and "Marlowe" not in text
    # one post numbered so (a blog's article id) is the page's article, kept whole
    single = markup.replace(b" id='post_2'", b"")
    assert "Marlowe" in read_page(single, name="b.html").text


def test_a_recap_heading_and_a_review_heading_in_an_unnamed_container_make_a_recap() -> None:
    # a fan wiki's user blog: the article sits in a container text extraction knows no name
    # of, which keeps its paragraphs but dropped its headings; the headings split the recap
    from bot.ingest import parse_document
    from bot.ingest.page import read_page

    markup = (
        "<html><head><title>Blue Box, the rain episode, again</title></head><body>"
        "<div class='box-a'><h1>Blue Box, the rain episode, again</h1>"
        "<p>I skipped this one when it aired, so here it is now: the first episode of "
        "Blue Box, watched again after the whole run.</p><h2>Recap</h2>"
        "<p>Taiki trains alone before dawn, Chinatsu finds him at the gym, and the storm keeps "
        "them both there until the last train has gone.</p><h2>My review</h2>"
        "<p>It is the quietest episode of the run and the best one; the rain does most of "
        "the acting and the leads are allowed long silences.</p></div></body></html>"
    )
    page = read_page(markup.encode(), name="a.html")
    parsed = parse_document(page.text, meta=page.meta, known_anime=["Blue Box"])
    assert parsed.kind.value == "recap"


def test_a_bare_grade_in_a_box_named_for_it_is_labelled_by_the_name() -> None:
    # a page's header styles the grade apart ("A-" in a "grade-box" beside the show's name and
    # the episode's number): a bare letter is no score without the label its box's name gives
    from bot.ingest.score_boxes import verdict_boxes

    markup = (
        b"<html><body><article><div class='show-header'><span>Some Show</span>"
        b"<span>Season 2, Episode 7</span><span>'The Long Way Round Is Longer'</span>"
        b"<span class='grade-box'>B+</span></div><h1>Some Show Review</h1><p>Text.</p>"
        b"</article><section class='comments'><p class='grade'>D</p></section></body></html>"
    )
    assert verdict_boxes(markup) == ["Grade: B+"]
    # a box named for a grade holding more than a letter keeps its words as they are
    assert "Grade:" not in "".join(verdict_boxes(markup.replace(b">B+<", b">Bold<")))


def _ld_page(ld: str, text: str = "Some text.") -> bytes:
    body = "<p>" + f"{text} The pacing sags and the fights look cheap this time. " * 5 + "</p>"
    return (
        "<html><head><title>Some Show Season 2 Review</title>"
        f"<script type='application/ld+json'>{ld}</script></head><body>"
        "<div class='banner'>Community rating: 3.4 / 5 from 900 votes</div>"
        f"<div class='review-page'><h1>Some Show Season 2 Review</h1>"
        f"<div class='review-text'>{body}</div></div></body></html>"
    ).encode()


def test_a_reviews_rating_stated_only_in_its_structured_data_is_kept() -> None:
    # a database site draws a reader's stars as pictures and states the rating in JSON-LD;
    # the community's average (an aggregateRating) is never the review's
    from bot.ingest.page import read_page
    from bot.ingest.pipeline import parse_document
    from bot.ingest.score_boxes import verdict_boxes

    review = (
        '{"@context": "https://schema.org", "@type": "Review", "itemReviewed": {"@type": '
        '"TVSeries", "name": "Some Show", "aggregateRating": {"@type": "AggregateRating", '
        '"ratingValue": "3.4", "bestRating": "5"}}, "reviewRating": {"@type": "Rating", '
        '"ratingValue": "%s"%s}}'
    )
    assert verdict_boxes(_ld_page(review % ("2.5", ', "bestRating": "5"'))) == ["Rating: 2.5/5"]
    assert verdict_boxes(_ld_page(review % ("7", ', "bestRating": 10'))) == ["Rating: 7/10"]
    assert verdict_boxes(_ld_page(review % ("4", ""))) == ["Rating: 4/5"]  # schema.org's best
    page = read_page(_ld_page(review % ("2.5", ', "bestRating": "5"')), name="a.html")
    parsed = parse_document(page.text, meta=page.meta, anime="Some Show")
    assert parsed.score is not None and parsed.score.score_100 == 50
    # only the community's: no rating
    aggregate = '{"@type": "TVSeries", "name": "Some Show", "aggregateRating": {"ratingValue": 3}}'
    assert verdict_boxes(_ld_page(aggregate)) == []
    # two reviews' ratings (a page listing readers' reviews): whose is unknown
    two = f"[{review % ('2', '')}, {review % ('5', '')}]"
    assert verdict_boxes(_ld_page(two)) == []
    # a rating the text gives itself ("4.5 out of 5") stays the text's, as written
    own = _ld_page(review % ("4.5", ""), text="Our rating: 4.5 out of 5.")
    assert verdict_boxes(own, read_page(own, name="a.html").text) == []
    # the number alone in the text, not as a rating ("all 4 episodes"), is not the text's own
    said = "I watched all 4 episodes in 2024."
    number = _ld_page(review % ("4", ""), text=said)
    assert verdict_boxes(number, f"{said} The pacing sags.") == ["Rating: 4/5"]


def test_structured_data_nested_past_the_parsers_depth_is_left_aside() -> None:
    # a page's JSON-LD is optional: one too deep to parse gives no rating, not a lost page
    from bot.ingest.page import read_page
    from bot.ingest.score_boxes import verdict_boxes

    deep = "[" * 100_000 + "]" * 100_000
    page = _ld_page(f'{{"reviewRating": {deep}}}')
    assert verdict_boxes(page) == []
    assert "The pacing sags" in read_page(page, name="a.html").text
