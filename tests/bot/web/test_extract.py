"""Article extraction: the article's paragraphs in, the page's chrome out, metadata read."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from bot.web.extract import Article, ExtractError, _join_thread_posts, extract_article

PAGES = Path(__file__).parent / "pages"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


@pytest.fixture(scope="module")
def review() -> Article:
    return extract_article(
        page("review_with_chrome.html"), url="https://lantern.example/reviews/frieren-episode-7"
    )


# Hand-made key: the article's own blocks in order (from the HTML above, read by a person).
REVIEW_BLOCKS = [
    "Frieren Episode 7 Review: A Quiet Kind of Magic",
    "Episode 7 of Frieren slows everything down again",
    "Fern carries the emotional weight this week.",
    "The Flamme flashback",
    "The short flashback to Flamme is the highlight.",
    "Stark gets less to do",
    "Verdict",
    "A patient, generous episode that trusts its audience. Score: 9/10.",
]

# Everything outside the article: nav, comments, reply form, popular posts, newsletter, poll,
# footer, scripts. None of it may reach the text.
CHROME = [
    "Podcast",
    "About us",
    "otaku_dan",
    "4/10",
    "Chainsaw Man",
    "Spy x Family",
    "10/10",
    "Leave a reply",
    "Post comment",
    "Write your comment here",
    "Popular posts",
    "Oshi no Ko",
    "Bocchi",
    "8/10",
    "Vinland Saga",
    "7/10",
    "newsletter",
    "Jujutsu Kaisen",
    "Community score",
    "6.2/10",
    "1,204 votes",
    "All rights reserved",
    "Dungeon Meshi",
    "Privacy",
    "dataLayer",
    "2/10",
    "3/10",
    "querySelectorAll",
    "float: right",
]


def test_article_paragraphs_are_kept_as_blank_line_separated_blocks(review: Article) -> None:
    blocks = review.text.split("\n\n")
    assert len(blocks) == len(REVIEW_BLOCKS)
    for block, start in zip(blocks, REVIEW_BLOCKS, strict=True):
        assert block.startswith(start), (block, start)
    assert "\n\n\n" not in review.text


def test_headings_are_paragraphs_of_their_own(review: Article) -> None:
    blocks = review.text.split("\n\n")
    assert "The Flamme flashback" in blocks
    assert "Verdict" in blocks


@pytest.mark.parametrize("chrome", CHROME)
def test_chrome_stays_out(review: Article, chrome: str) -> None:
    assert chrome not in review.text


def test_the_byline_is_metadata_not_text(review: Article) -> None:
    assert review.author == "Mara Okonkwo"
    assert "Mara Okonkwo" not in review.text


def test_metadata(review: Article) -> None:
    assert review.title == "Frieren Episode 7 Review: A Quiet Kind of Magic"
    assert review.author == "Mara Okonkwo"
    assert review.date == "2023-10-20"
    assert review.sitename == "Lantern Reviews"
    assert review.url == "https://lantern.example/reviews/frieren-episode-7"


def test_canonical_url_wins_over_the_fetched_one() -> None:
    fetched = "https://www.lantern.example/reviews/frieren-episode-7?utm_source=feed"
    article = extract_article(page("review_with_chrome.html"), url=fetched)
    assert article.url == "https://lantern.example/reviews/frieren-episode-7"


def test_canonical_url_of_another_site_is_not_trusted() -> None:
    fetched = "https://mirror.example/copied-review"
    article = extract_article(page("review_with_chrome.html"), url=fetched)
    assert article.url == fetched


def test_local_file_keeps_its_declared_canonical_url() -> None:
    article = extract_article(page("review_with_chrome.html"))
    assert article.url == "https://lantern.example/reviews/frieren-episode-7"


def test_lists_tables_and_line_breaks() -> None:
    article = extract_article(page("season_review_lists.html"))
    blocks = article.text.split("\n\n")
    assert blocks[0] == "Season wrap-up: Apothecary Diaries"
    assert (
        "- Maomao's narration, dry and exact\n"
        "- Jinshi finally being more than a pretty face\n"
        "- The lantern festival arc"
    ) in blocks
    assert "Aspect | Grade\nStory | A-\nAnimation | B+" in blocks
    assert (
        "The poison tasting scenes were the obvious hook early on,\n"
        "but the slower court politics are what kept me watching into the back half."
    ) in blocks
    assert "What worked" in blocks
    for chrome in ("Log in", "Archive", "You might also like", "5 stars", "Powered by"):
        assert chrome not in article.text


@pytest.mark.parametrize("verdict", ["8.5/10", "3.5 stars", "4.5 out of 5", "★★★½"])
def test_a_score_ending_the_pages_title_is_not_taken_for_the_sites_name(verdict: str) -> None:
    # a blog whose <title> is "<Blog>: <Post> – <score>": a part of the <title> holding a dot
    # is taken for a domain, so a decimal score would become the site's name
    prose = "<p>The harbour town floods in the second half and the cast never quite dries off.</p>"
    html = (
        f"<html><head><title>Tea Leaves: Harbour Lights Episode 4 Review – {verdict}</title>"
        f'<meta property="og:title" content="Harbour Lights Episode 4 Review – {verdict}">'
        '</head><body><h1 class="title">Tea Leaves</h1><div class="post hentry">'
        f'<h3 class="post-title">Harbour Lights Episode 4 Review – {verdict}</h3>'
        f'<div class="post-body entry-content">{prose * 6}</div></div></body></html>'
    )
    article = extract_article(html)
    assert article.sitename is None
    assert article.title == f"Harbour Lights Episode 4 Review – {verdict}"


def test_a_sites_name_holding_a_dot_is_still_read_from_the_pages_title() -> None:
    prose = "<p>The harbour town floods in the second half and the cast never quite dries off.</p>"
    html = (
        "<html><head><title>Harbour Lights Episode 4 Review | tealeaves.example</title></head>"
        f"<body><article>{prose * 6}</article></body></html>"
    )
    assert extract_article(html).sitename == "tealeaves.example"


def test_the_linked_datas_name_of_the_page_itself_is_not_the_sites_name() -> None:
    # a theme's linked data names the WebPage node by the page's title, and names no site:
    # trafilatura takes that name for the site's, which would cut the headline away
    prose = "<p>The lighthouse keeper finally answers the letters she has hoarded all year.</p>"
    linked = (
        '{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://x.example/'
        'a/","name":"Harbour Lights review: the keeper writes back"},{"@type":"Article",'
        '"headline":"Harbour Lights review: the keeper writes back"}]}'
    )
    html = (
        "<html><head><title>Harbour Lights review: the keeper writes back &#8211; Tea Leaves"
        '</title><meta property="og:title" content="Harbour Lights review: the keeper writes '
        f'back"><script type="application/ld+json">{linked}</script></head><body><article>'
        f"<h1>Harbour Lights review: the keeper writes back</h1>{prose * 6}</article></body></html>"
    )
    article = extract_article(html)
    assert article.sitename is None
    assert article.title == "Harbour Lights review: the keeper writes back"


def test_a_linked_data_website_name_is_still_the_sites_name() -> None:
    prose = "<p>The lighthouse keeper finally answers the letters she has hoarded all year.</p>"
    linked = '{"@context":"https://schema.org","@type":"WebSite","name":"Tea Leaves"}'
    html = (
        "<html><head><title>Harbour Lights review: the keeper writes back</title>"
        f'<script type="application/ld+json">{linked}</script></head><body><article>'
        f"{prose * 6}</article></body></html>"
    )
    assert extract_article(html).sitename == "Tea Leaves"


def test_missing_metadata_is_none() -> None:
    article = extract_article(page("season_review_lists.html"))
    assert article.title == "Season wrap-up: Apothecary Diaries"
    assert (article.author, article.date, article.sitename, article.url) == (
        None,
        None,
        None,
        None,
    )


def test_the_pages_description_is_read_with_its_metadata() -> None:
    # a page's summary of itself in its markup, which its text need not repeat
    html = (
        '<html><head><title>Shizuka na Kajuen – 07</title><meta name="description" '
        'content="Episode 7 of Shizuka na Kajuen (The Quiet Orchard): a night   in the '
        'tower."></head><body><article><h1>Shizuka na Kajuen – 07</h1><p>The keeper spends '
        "the whole night in the tower with the pears, and the storm never comes.</p><p>I liked "
        "that the show let nothing happen on purpose, and it did it well.</p></article></body>"
        "</html>"
    )
    article = extract_article(html)
    assert article.description == (
        "Episode 7 of Shizuka na Kajuen (The Quiet Orchard): a night in the tower."
    )
    assert "Quiet Orchard" not in article.text
    assert extract_article(page("season_review_lists.html")).description is None


def test_a_page_without_an_article_is_refused() -> None:
    with pytest.raises(ExtractError, match="no article text"):
        extract_article(page("no_article.html"))


def test_text_and_bytes_give_the_same_article() -> None:
    raw = page("review_with_chrome.html")
    assert extract_article(raw) == extract_article(raw.decode("utf-8"))


def test_extraction_is_deterministic() -> None:
    raw = page("season_review_lists.html")
    assert len({extract_article(raw) for _ in range(3)}) == 1


def test_article_is_frozen(review: Article) -> None:
    with pytest.raises(AttributeError):
        review.title = "changed"  # type: ignore[misc]


def test_extraction_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("extraction tried to use the network")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    article = extract_article(
        page("review_with_chrome.html"), url="https://lantern.example/reviews/frieren-episode-7"
    )
    assert article.date == "2023-10-20"


# An article in a container trafilatura knows no name of: it keeps the paragraphs and, left
# alone, drops the section headings between them. A sidebar's heading after the comments
# and a headline above the article are no sections of it.
UNNAMED_CONTAINER = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Blue Box, the rain episode</title></head>
<body>
<div class="top-bar">Club Wiki &middot; Pages &middot; Community</div>
<div class="box-a">
<h1>Blue Box, the rain episode, looked at again</h1>
<p><i>Opinions here are mine and not the club's, as usual for these posts.</i></p>
<p>I skipped this one when it aired, so here it is now: the <b>rain episode</b> of Blue Box.</p>
<h2>What happens</h2>
<p>Taiki trains alone before dawn, Chinatsu finds him at the gym, and the storm keeps them
both there until the last train has gone, which neither of them minds as much as they say.</p>
<h3>What I thought <a href="#t" class="anchor">#</a></h3>
<p>It is the quietest episode of the run and the best one; the sound of the rain does most of
the acting, and the two leads are allowed long silences that the manga could only hint at.</p>
<p>Score: four out of five.</p>
</div>
<div class="box-b">
<h3>Replies (2)</h3>
<div class="reply"><b>kite</b>: agreed on the rain, that scene is lovely in every way</div>
<h3>Most read</h3>
<p>Blue Box character list and every one of the voice actors in a single table</p>
</div>
</body></html>
"""


def test_section_headings_dropped_by_extraction_are_put_back_in_place() -> None:
    blocks = extract_article(UNNAMED_CONTAINER).text.split("\n\n")
    assert "What happens" in blocks
    assert "What I thought" in blocks  # without the theme's anchor "#"
    assert blocks.index("What happens") + 1 == blocks.index(
        next(b for b in blocks if b.startswith("Taiki trains alone"))
    )
    assert blocks.index("What I thought") + 1 == blocks.index(
        next(b for b in blocks if b.startswith("It is the quietest"))
    )


def test_a_heading_outside_the_article_is_not_put_back() -> None:
    text = extract_article(UNNAMED_CONTAINER).text
    assert "Most read" not in text
    assert "Replies (2)" not in text


def test_a_forum_post_laid_out_in_a_table_keeps_its_paragraphs_apart() -> None:
    # an old forum's post in a table cell, its paragraphs split by <br><br>: run together,
    # "ahead.This week" and "8/10Episode 2" would read as one sentence
    html = (
        "<html><head><title>Show Episode 3 Review</title></head><body><table>"
        "<tr><td>poster_name<br>Joined: 03 Mar 2011<br>Posts: 512</td>"
        "<td>Posted: Sun Jan 26, 2025 9:02 pm<hr>"
        "<span>Three episodes in and this is the most fun action show of the season. "
        "Spoilers for episodes 1-3 ahead.<br><br>This week is mostly one long fight in and "
        "around the shop, and the adaptation finally understands what the manga is about, "
        "with a price gun, a bag of chips and an automatic door as weapons.<br><br>"
        "Show Episode 3 score: <b>8/10</b><br><br>"
        "Episode 2 was a 7 for me, so it is trending the right way.</span></td></tr>"
        "</table></body></html>"
    )
    blocks = extract_article(html).text.split("\n\n")
    assert "Show Episode 3 score: 8/10" in blocks
    assert "Episode 2 was a 7 for me, so it is trending the right way." in blocks
    assert not any("ahead.This" in block or "8/10Episode" in block for block in blocks)


@pytest.mark.parametrize("as_bytes", [False, True])
def test_a_comments_section_in_a_custom_element_stays_out(as_bytes: bool) -> None:
    page = (
        "<html><head><title>Show Episode 4 Review</title></head><body><forum-app>"
        "<forum-post><h1>Show Episode 4 Review</h1>"
        "<p>The episode spends its first half in a quiet library and it works well.</p>"
        "<p>The second half rushes through a festival and loses some of that calm.</p>"
        "<p>Six out of ten from me, the calm half carries it along.</p></forum-post>"
        "<forum-comment-list><forum-comment author='reader_one'>"
        "<p>Totally disagree, the festival was the best part, 10/10 for me.</p>"
        "</forum-comment></forum-comment-list></forum-app></body></html>"
    )
    article = extract_article(page.encode() if as_bytes else page)
    assert "quiet library" in article.text
    assert "10/10" not in article.text and "Totally disagree" not in article.text


def test_a_comments_element_that_never_closes_stays_out_too() -> None:
    # a page cut short or written carelessly: the parser closes the element itself, and a
    # reply left open is still a reply
    page = (
        "<html><head><title>Show Episode 4 Review</title></head><body><article>"
        "<h1>Show Episode 4 Review</h1>"
        "<p>The episode spends its first half in a quiet library and it works well.</p>"
        "<p>The second half rushes through a festival and loses some of that calm.</p>"
        "<x-comment><p>An unclosed reply: the festival was the best part, 10/10 for me.</p>"
        "</article></body></html>"
    )
    article = extract_article(page)
    assert "quiet library" in article.text and "festival" in article.text
    assert "unclosed reply" not in article.text and "10/10" not in article.text


def _old_reddit_page(post_form: str, *, expando: str = "expando") -> str:
    """A saved old-Reddit post page: the subreddit's sidebar first, then the post (its text in
    a form inside a <div class="expando">), then readers' comments."""
    return (
        "<html><head><title>Show Episode 3 thoughts : r/AnimeReviews</title></head><body>"
        "<div class='side'><div class='titlebox'><div class='usertext-body'><div class='md'>"
        "<p>Long-form reviews of anime only: episodes, seasons and films. Discussion threads, "
        "news, fan art and memes go to the other subreddits linked below.</p>"
        "<p>Rules: 1. Mark spoilers, with the episode they are from. 2. Reviews must be your "
        "own writing. 3. Scores are optional. 4. Be kind to people who liked what you did "
        "not.</p>"
        "<p>This week's most upvoted: Other Show Episode 20 Review, 10/10, no notes.</p>"
        "</div></div></div></div>"
        "<div class='content' role='main'><div class='thing self link'>"
        "<div class='entry unvoted'><p class='title'><a href='#'>Show Episode 3 thoughts</a></p>"
        f"<div class='{expando}'>{post_form}</div></div></div>"
        "<div class='commentarea'><div class='thing comment'><div class='entry'>"
        "<form class='usertext'><input type='hidden' name='thing_id' value='t1_a'>"
        "<div class='md'><p>Giving it a 4/10, nothing happened for me.</p>"
        "<p>Dropping it and going back to something else this season.</p></div></form>"
        "</div></div></div></div></body></html>"
    )


_POST = (
    "<div class='usertext-body'><div class='md'>"
    "<p>Mild spoilers for episodes 1 to 3. I nearly dropped the show after last week, when "
    "the whole episode explained its world while the lead stood in doorways.</p>"
    "<p>This week is the first time the lead feels like she has an inner life: a quiet "
    "scene alone in her apartment, copying what she has seen people do at a table, and the "
    "show lets it sit for a minute with no dialogue and no music at all.</p>"
    "<p>The middle stretch, a chase through the lower city, is the best-looking part of "
    "the show so far: long tracking shots, rain on every surface, a city that finally "
    "feels like a place rather than a background plate.</p>"
    "<p>What doesn't work is everything with the villains, who still only turn up to "
    "remind us they are scheming, and a subplot from the premiere that is picked up and "
    "dropped again without going anywhere.</p>"
    "<p>I'm not giving a number yet. Ask me after episode 5.</p></div></div>"
)


@pytest.mark.parametrize(
    "form",
    [
        # what old Reddit saves: a hidden input naming the post, and nothing a reader sees
        f"<form class='usertext'><input type='hidden' name='thing_id' value='t3_x'>{_POST}</form>",
        # the poster's own save: the edit box and its buttons are there, styled out of sight
        f"<form class='usertext'><input type='hidden' name='thing_id' value='t3_x'>{_POST}"
        "<div class='usertext-edit' style='display: none'><textarea name='text'></textarea>"
        "<button type='submit'>save</button></div></form>",
    ],
)
def test_a_post_wrapped_in_a_form_without_controls_is_the_article(form: str) -> None:
    article = extract_article(_old_reddit_page(form))
    assert "inner life" in article.text and "Ask me after episode 5." in article.text
    # neither the sidebar (another show's score) nor a reader's comment
    assert "10/10" not in article.text and "Long-form reviews" not in article.text
    assert "4/10" not in article.text


def test_a_post_in_an_expand_class_without_a_form_is_the_article_too() -> None:
    article = extract_article(_old_reddit_page(_POST, expando="expando expanded-view"))
    assert "inner life" in article.text and "10/10" not in article.text


def test_a_form_a_reader_fills_in_stays_out() -> None:
    page = (
        "<html><head><title>Show Episode 4 Review</title></head><body><article>"
        "<h1>Show Episode 4 Review</h1>"
        "<p>The episode spends its first half in a quiet library and it works well, with "
        "long takes and almost no music, which the show has not dared before.</p>"
        "<p>The second half rushes through a festival and loses some of that calm, but the "
        "last scene on the bridge earns its quiet back. Seven out of ten.</p>"
        "<form class='signup'><p>Get our weekly anime picks, with the best review of "
        "the week scored 10/10 by our readers, straight to your inbox every Friday.</p>"
        "<p>No spam, ever. Unsubscribe at any time with one click from any issue.</p>"
        "<input type='email' name='email'><button>Subscribe</button></form>"
        "</article></body></html>"
    )
    article = extract_article(page)
    assert "quiet library" in article.text
    assert "inbox" not in article.text and "10/10" not in article.text


def test_a_show_more_toggle_stays_out() -> None:
    page = (
        "<html><head><title>Show Episode 4 Review</title></head><body><article>"
        "<h1>Show Episode 4 Review</h1>"
        "<p>The episode spends its first half in a quiet library and it works well, with "
        "long takes and almost no music, which the show has not dared before.</p>"
        "<p>The second half rushes through a festival and loses some of that calm, but the "
        "last scene on the bridge earns its quiet back. Seven out of ten.</p>"
        "<div class='expand-toggle'><p>Show more from our critics: 9/10</p></div>"
        "</article></body></html>"
    )
    article = extract_article(page)
    assert "quiet library" in article.text and "9/10" not in article.text


@pytest.mark.parametrize("as_bytes", [False, True])
def test_the_text_right_after_a_heading_in_a_line_broken_post_is_kept(as_bytes: bool) -> None:
    # a blog editor's post: bare text between <br> tags, each section's first paragraph
    # right after its heading's closing tag (where the cast is introduced)
    page = (
        "<html><head><title>Show Season 2 Review</title></head><body><div class='post'>"
        "<h3 class='post-title'>Show Season 2 Review</h3><div class='post-body'>"
        "The second season picks up a week after the first, and it is the better one.<br />"
        "<br /><h3>The leads</h3>\nPell Varga (Rin Osada) carries the quiet episodes with "
        "<i>very</i> little dialogue, and the show trusts her to.<br /><br />"
        "The rest of the cast gets less to do this time, which is a shame.<br /><br />"
        "<h4>Verdict</h4>Eight out of ten, and a third season cannot come soon enough.<br />"
        "</div></div></body></html>"
    )
    text = " ".join(extract_article(page.encode() if as_bytes else page).text.split())
    assert "The leads Pell Varga (Rin Osada) carries the quiet episodes with very little" in text
    assert "Verdict Eight out of ten, and a third season cannot come soon enough." in text


_FILED_POST = (
    "<html><head><title>Quiet Harbour</title>{head}</head><body><article>"
    "<h1>Quiet Harbour</h1><div class='entry-content'><p>The keeper climbs the stairs every "
    "night and the town below never once looks up, which is the whole point of the show.</p>"
    "<p>The storm at the end is the best scene the studio has animated in years.</p></div>"
    "{footer}</article></body></html>"
)


@pytest.mark.parametrize(
    ("head", "footer", "categories"),
    [
        (
            "",
            "<footer class='entry-footer'><span class='cat-links'>Posted in <a "
            "href='/category/first-impressions/' rel='category tag'>First Impressions</a>, <a "
            "href='/category/winter/' rel='category tag'>Winter</a></span></footer>",
            ("First Impressions", "Winter"),
        ),
        ("<meta property='article:section' content='TV Recaps'>", "", ("TV Recaps",)),
        ("", "", ()),
    ],
)
def test_the_categories_a_post_is_filed_under_are_metadata(
    head: str, footer: str, categories: tuple[str, ...]
) -> None:
    article = extract_article(_FILED_POST.format(head=head, footer=footer))
    assert article.categories == categories
    assert "Posted in" not in article.text


def _channel_message(number: int, text: str) -> str:
    return (
        f"<div class='message default clearfix' id='message{number}'><div class='body'>"
        "<div class='pull_right date details' title='02.03.2025 20:00:00'>20:00</div>"
        f"<div class='from_name'>Lantern Recaps</div><div class='text'>{text}</div>"
        "<div class='signature details'>Ada</div></div></div>"
    )


def test_a_bold_line_over_its_section_under_a_single_break_stays_a_line_of_its_own() -> None:
    # a channel's exported post: bare text between <br> tags, each section's bold heading on
    # a line of its own over its first line; extraction must not run the two together
    post = (
        "<strong>Show — Episode 4 recap</strong><br><br>Spoilers up to episode 4, turn back "
        "if you are behind.<br><br><strong>🔥 What happens</strong><br>The crew reaches the "
        "harbour town at last and splits up to look for the missing captain, which takes most "
        "of the runtime and gives every side character a scene of their own for once.<br><br>"
        "<strong>🎙️ Cast notes</strong><br>Tavi (Rin Osada) carries the quiet scenes, and "
        "Tavi Moss finally raises her voice in the last act, which the season saved for this."
        "<br><br><strong>Verdict: 8/10</strong>"
    )
    page = (
        "<html><head><title>Exported Data</title></head><body><div class='page_wrap'>"
        "<div class='page_header'><div class='text bold'>Lantern Recaps</div></div>"
        "<div class='page_body chat_page'><div class='history'>"
        "<div class='message service' id='message-1'><div class='body details'>2 March 2025"
        "</div></div>"
        + _channel_message(1, "The episode 4 recap goes up in an hour, comments muted.")
        + _channel_message(2, post)
        + "</div></div></div></body></html>"
    )
    lines = extract_article(page).text.splitlines()
    assert "🎙️ Cast notes" in lines
    assert any(line.startswith("Tavi (Rin Osada) carries") for line in lines)


def test_bold_words_inside_a_line_stay_in_it() -> None:
    # bold opening a line that goes on after it, or bold in the middle of one, is no heading
    page = (
        "<html><head><title>Show Episode 4 Review</title></head><body><article>"
        "<h1>Show Episode 4 Review</h1><div class='post'>The episode is a quiet one, and the "
        "better for it, with the crew split up across the harbour town for most of it.<br>"
        "<strong>Tavi</strong> (Rin Osada) carries it, and <b>Mina</b><br>gets one good scene."
        "<br><br>It ends on the captain's return, and the show earns it this time round.</div>"
        "</article></body></html>"
    )
    assert "Tavi (Rin Osada) carries it" in extract_article(page).text


@pytest.mark.parametrize("inline", ["b", "strong", "em", "span"])
def test_a_line_opening_with_an_inline_element_right_after_a_heading_is_kept(inline: str) -> None:
    # a blog editor's post in bare text between <br> tags: the score line under a "Verdict"
    # heading is set in bold (or another inline element) and opens right after the heading
    page = (
        "<html><head><title>Show Episode 5 Review</title></head><body>"
        "<div class='post hentry'><h3 class='post-title'>Show Episode 5 Review</h3>"
        "<div class='post-body'>The fifth episode finally lets the two leads sit still and "
        "talk, and it works.<br />\n<br />\n<h4>What worked</h4>\nThe rooftop conversation, "
        "which runs almost four minutes without a cut and never drags once.<br />\n<br />\n"
        f"<h4>Verdict</h4>\n<{inline}>Episode 5: 7.5/10</{inline}><br />\nThe best one yet, "
        "and the next one looks even better.<br />\n<div style='clear: both;'></div>\n"
        "</div></div></body></html>"
    )
    lines = extract_article(page).text.splitlines()
    assert "Episode 5: 7.5/10" in lines


# a saved page of a JavaScript site shows the opening paragraph, placeholders for the rest,
# and carries the whole article in its page data (a list of blocks, or one HTML string)
_SHOWN = (
    "The new cook arrives at the inn this week, and the kitchen finally has someone to argue "
    "with about the soup."
)
_LATER = (
    "By the second half the episode trusts its quiet scenes, and the rain over the harbour "
    "says more than any line of dialogue."
)


def _saved_js_page(data: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Harbour Inn Episode 3 Review</title></head><body>"
        '<div id="root"><main><article><h1>Harbour Inn Episode 3 Review</h1>'
        f"<p>{_SHOWN}</p>"
        '<div class="skeleton" aria-busy="true"></div><div class="skeleton"></div>'
        "</article></main></div>"
        f'<script id="app-data" type="application/json">{data}</script></body></html>'
    )


_BLOCKS_DATA = (
    '{"props":{"post":{"blocks":['
    f'{{"type":"paragraph","html":"{_SHOWN}"}},'
    f'{{"type":"paragraph","html":"\\u003cp\\u003e{_LATER}\\u003c/p\\u003e"}},'
    '{"type":"verdict","heading":"Bottom line","text":"A gentle, well-made week.",'
    '"score":{"value":7.5,"max":10}}],'
    '"related":[{"title":"Harbour Inn Episode 2 Review","score":"9/10"}],'
    '"readers":{"average":8.9,"votes":120}}}}'
)


@pytest.mark.parametrize(
    "data",
    [
        _BLOCKS_DATA,
        # one HTML string for the body
        f'{{"article":{{"content":"\\u003cp\\u003e{_SHOWN}\\u003c/p\\u003e\\u003cp\\u003e{_LATER}'
        "\\u003c/p\\u003e\\u003ch2\\u003eBottom line\\u003c/h2\\u003e\\u003cp\\u003eA gentle, "
        'well-made week. Score: 7.5/10\\u003c/p\\u003e"}}',
    ],
)
def test_a_saved_javascript_page_gives_the_article_its_page_data_holds(data: str) -> None:
    text = extract_article(_saved_js_page(data)).text
    blocks = text.split("\n\n")
    assert blocks[0] == "Harbour Inn Episode 3 Review"
    assert blocks[1] == _SHOWN and _LATER in blocks
    assert "Bottom line" in blocks and "7.5/10" in text
    assert "9/10" not in text and "8.9" not in text  # a related review's, the readers'


def test_page_data_that_holds_no_shown_block_is_not_the_article() -> None:
    comments = (
        '{"comments":[{"user":"a","body":"I liked the soup scene a lot, honestly the best."},'
        '{"user":"b","body":"Rated it 10/10 on my list, no regrets at all."}]}'
    )
    text = extract_article(_saved_js_page(comments)).text
    assert "10/10" not in text and _SHOWN in text


def test_a_page_showing_its_whole_article_keeps_its_own_text() -> None:
    data = f'{{"blocks":[{{"type":"paragraph","text":"{_SHOWN}"}}]}}'
    assert extract_article(_saved_js_page(data)).text == extract_article(_saved_js_page("")).text


_PROSE = (
    "<p>The fourth week is the one where the quiet setup pays off, and the whole rink holds its"
    " breath for a single small jump that the show has spent three episodes earning.</p>"
)


@pytest.mark.parametrize(
    "card",
    [
        # a blog editor's callout card: an icon, then the verdict's text in a div of its own
        "<div class='callout'><div class='callout-icon'>🍵</div><div class='callout-text'>"
        "<strong>Show episode 4: 4 teacups out of 5.</strong> A five without the middle.</div>"
        "</div>",
        "<div class='note'>Verdict: 3.5 out of 5, and a rewatch soon.</div>",
    ],
)
def test_a_verdict_in_a_div_among_the_paragraphs_is_kept(card: str) -> None:
    page = (
        "<html><head><title>Show Episode 4 Review</title></head><body><article>"
        f"<h1>Show Episode 4 Review</h1>{_PROSE}{_PROSE}<h2>Our scale</h2>{card}{_PROSE}"
        "</article></body></html>"
    )
    assert "out of 5" in extract_article(page).text


@pytest.mark.parametrize(
    "chrome",
    [
        "<section class='comments'><h3>Comments</h3><p>Two comments</p>"
        "<div class='comment-text'>4 teacups out of 5 from me!</div></section>",
        "<aside><h3>Elsewhere</h3><p>Our other reviews</p><div>Other Show: 5 cups out of 5</div>"
        "</aside>",
    ],
)
def test_a_score_in_a_div_of_the_pages_chrome_stays_out(chrome: str) -> None:
    page = (
        "<html><head><title>Show Episode 4 Review</title></head><body><article>"
        f"<h1>Show Episode 4 Review</h1>{_PROSE}{_PROSE}{_PROSE}</article>{chrome}</body></html>"
    )
    assert "out of 5" not in extract_article(page).text


def _post(n: int, body: str, account: str = "/@mika") -> str:
    return (
        f'<article class="post" data-id="{n}"><div class="status">'
        f'<a class="name" href="{account}">Mika</a>'
        f'<div class="content">{body}</div></div></article>'
    )


_THREAD_POSTS = (
    "<p>Dandadan ep 9 thoughts, a short thread 1/3</p>"
    "<p>I did not expect the grandma to steal the whole episode, and yet here we are, "
    "with a car chase that the studio animated like it had a point to prove.</p>",
    "<p>2/3 The middle stretch is a little slow: two scenes of people explaining the curse to "
    "each other, which the manga does in a single panel and the anime stretches out.</p>",
    "<p>3/3 Still a blast.</p><p>ep 9: eight out of ten</p>"
    '<p><a href="/tags/dandadan">#dandadan</a> <a href="/tags/anime">#anime</a></p>',
)


def test_a_threads_posts_numbered_one_by_one_are_all_the_article() -> None:
    # each post an <article> of its own: trafilatura read only the first; the last, short,
    # under its poster's name and ending in hashtags, read to it as a block of links
    reply = _post(9, "<p>@mika I'd go 10/10, the chase alone earns it.</p>", "/@rin")
    page = (
        "<html><head><title>Mika on Social</title></head><body><main>"
        + "".join(_post(n, body) for n, body in enumerate(_THREAD_POSTS, 1))
        + reply
        + "</main></body></html>"
    )
    text = extract_article(page).text
    assert "a short thread 1/3" in text
    assert "2/3 The middle stretch" in text
    assert "ep 9: eight out of ten" in text
    assert "10/10" not in text  # another account's reply, never numbered in the thread


@pytest.mark.parametrize("opener", ["Blue Box ep 4 🧵 the rain scene", "1/ Blue Box ep 4 🧵"])
def test_a_threads_posts_that_do_not_count_themselves_are_all_the_article(opener: str) -> None:
    # an opener unnumbered or "1/", then "2/ …", "3/ …" each its own <article>: the short
    # opener, under its poster's name, had been left out
    posts = (
        f"<p>{opener}, a thread. The episode finally went there, and I have a lot to say "
        "about where it leaves the two of them.</p>",
        "<p>2/ The rain scene is the best thing the studio has animated all season, held "
        "long enough that you can hear every drop hit the gym's roof and the two of them.</p>",
        "<p>3/ The middle stretch drags a little: the club scenes repeat what we knew.</p>",
        "<p>4/ Four out of five from me.</p>",
    )
    reply = _post(9, "<p>@mika 2/ is so right, the rain scene is perfect</p>", "/@rin")
    page = (
        "<html><head><title>Mika on Social</title></head><body><main>"
        + "".join(_post(n, body) for n, body in enumerate(posts, 1))
        + reply
        + "</main></body></html>"
    )
    text = extract_article(page).text
    assert f"{opener}, a thread." in text
    assert "Four out of five" in text
    assert "is so right" not in text  # another account's reply, never numbered in the thread


@pytest.mark.parametrize(
    "second",
    [
        "<p>A second post that mentions 2/3 of the cast in passing, in another thread.</p>",
        "<p>A post of another blog entry, numbered nowhere.</p>",
    ],
)
def test_sibling_articles_not_counting_on_as_a_thread_stay_apart(second: str) -> None:
    # a blog's list of posts, or a post whose "2/3" counts another thread (of 3, not 4)
    tree = lxml_html.fromstring(
        "<html><body><main>"
        + _post(1, "<p>A thread of four posts, 1/4</p>")
        + _post(2, second)
        + "</main></body></html>"
    )
    _join_thread_posts(tree)
    assert len(tree.findall(".//article")) == 2


def test_a_spoiler_warning_aside_over_the_articles_body_is_kept() -> None:
    # an outlet's note above its body box: the only place it counts the episode overall
    page = (
        "<html><head><title>Some Show Season 3 Finale Review</title></head><body>"
        "<article><h1>Some Show Season 3 Finale Review</h1>"
        "<p class='dek'>The long road ends in a kitchen.</p>"
        "<aside class='note spoiler-alert'>Spoilers ahead for Some Show Season 3, Episode 12 "
        "(episode 36 of the series overall).</aside>"
        f"<div class='article-body'>{_PROSE}{_PROSE}{_PROSE}</div></article>"
        "<aside class='rail'><h3>Latest</h3><p>Other Show review: spoilers inside</p></aside>"
        "</body></html>"
    )
    text = extract_article(page).text
    assert text.startswith("Spoilers ahead for Some Show Season 3, Episode 12 (episode 36")
    assert text.count("episode 36") == 1
    assert "Latest" not in text and "Other Show" not in text


def test_a_cast_aside_over_the_articles_body_is_kept() -> None:
    # the episode's credits in an aside above the body box: the only place the page names
    # its characters in full; a podcast box (no cast word of its own) stays out
    page = (
        "<html><head><title>Some Show Episode 2 Review</title></head><body>"
        "<article><h1>Some Show Episode 2 Review</h1>"
        "<aside class='post-cast'><b>Cast:</b> Hana Kirishima (Mai Ito), Taro Sakamoto "
        "(Ken Ueda).</aside>"
        f"<div class='post-body'>{_PROSE}{_PROSE}{_PROSE}</div></article>"
        "<aside class='podcast'><h3>Listen</h3><p>Our podcast on Other Show</p></aside>"
        "</body></html>"
    )
    text = extract_article(page).text
    assert text.startswith("Cast: Hana Kirishima (Mai Ito), Taro Sakamoto (Ken Ueda).")
    assert "Other Show" not in text


def test_a_spoiler_aside_in_the_pages_chrome_stays_out() -> None:
    page = (
        "<html><head><title>Some Show Episode 4 Review</title></head><body><article>"
        f"<h1>Some Show Episode 4 Review</h1>{_PROSE}{_PROSE}{_PROSE}</article>"
        "<div class='sidebar'><h3>Elsewhere</h3><p>More reviews</p>"
        "<aside class='spoiler-warning'>Spoilers for Other Show episode 9.</aside></div>"
        "</body></html>"
    )
    assert "Other Show" not in extract_article(page).text


def test_a_writers_note_div_among_the_paragraphs_is_kept() -> None:
    # a note box on how the site numbers a second half: the only place it counts overall
    page = (
        "<html><head><title>Some Show Half 2, Episode 3 review</title></head><body><main>"
        "<h1>Some Show Half 2, Episode 3 review</h1>"
        "<div class='editor-note'><b>How we number:</b> the streamer counts straight on, so "
        "this is episode 15 of the series overall.</div>"
        f"{_PROSE}{_PROSE}{_PROSE}</main>"
        "<div class='sidebar'><div class='note'>Other Show episode 9 is out now.</div></div>"
        "</body></html>"
    )
    text = extract_article(page).text
    assert "this is episode 15 of the series overall" in text
    assert "Other Show" not in text


# --------------------------------------------------------------------------- round 94

_LIST_IN_UNNAMED_CONTAINER = """<html><head><title>Show Episode 6 Review</title></head><body>
<div class="mast"><ul><li><a href="/">Home</a></li><li><a href="/r">Reviews</a></li></ul></div>
<div class="zz-story">
<h1>Show Episode 6 Review</h1>
<p>The sixth week is where the tournament finally starts, and the show treats the first bout
as a character piece rather than a spectacle, which is the right call this early on.</p>
<p>Two voices carry the whole half hour, and both are worth naming here:</p>
<ol>
  <li>Ren Takamori (Someone Actor)</li>
  <li>The Ferryman (Another Actor)</li>
</ol>
<p>The first of them spends most of the episode in silence, which makes his one shout at the
end land like a thrown stone; the second gets all the good lines and knows it.</p>
<p>Score: 8/10.</p>
</div>
<div class="more"><h3>Read next</h3><ul><li>Other Show Episode 2 Review</li></ul></div>
</body></html>
"""


def test_a_list_dropped_between_kept_paragraphs_is_put_back_in_place() -> None:
    blocks = extract_article(_LIST_IN_UNNAMED_CONTAINER).text.split("\n\n")
    listed = "- Ren Takamori (Someone Actor)\n- The Ferryman (Another Actor)"
    assert listed in blocks
    assert blocks[blocks.index(listed) - 1].startswith("Two voices carry")
    assert blocks[blocks.index(listed) + 1].startswith("The first of them")


def test_menus_and_lists_outside_the_article_are_not_put_back() -> None:
    text = extract_article(_LIST_IN_UNNAMED_CONTAINER).text
    assert "Home" not in text
    assert "Other Show Episode 2 Review" not in text


_KEY_POINTS_OVER_ENTRIES = """<html><head><title>LIVE: Show Episode 9 watch-along</title></head>
<body>
<div class="topbar"><a href="/">Site</a> | <a href="/schedule">Schedule</a></div>
<main class="wrap">
<h1>LIVE: Show Episode 9 watch-along</h1>
<p class="meta">Two Writers · Friday, March 7, 2025 · <span class="badge">ENDED</span></p>
<div class="live-summary">
  <h2>Key points</h2>
  <ul>
    <li>Ren Takamori (Someone Actor) finally loses a bout</li>
    <li>The Ferryman (Another Actor) gets the last word</li>
  </ul>
</div>
<div class="entries">
<div class="entry"><span class="ts">9:40 PM</span> <b>Writer</b>
<h2>Verdict</h2>
<p>That's the episode. The bout is lost in silence, the shout at the end lands like a thrown
stone, and the Ferryman gets every good line and knows it. Our shared score: 4/5.</p>
</div>
<div class="entry"><span class="ts">9:31 PM</span> <b>Other</b>
<p>The ferry scene is the best-looking thing the show has done, all fog and lamplight.</p>
</div>
<div class="entry"><span class="ts">9:20 PM</span> <b>Writer</b>
<p>Ren losing the first exchange on purpose is the kind of thing I watch this show for.</p>
</div>
<div class="entry"><span class="ts">9:12 PM</span> <b>Other</b>
<p>We're live! The episode is up. Spoilers for everything through this episode from here on.</p>
</div>
</div>
</main>
<aside class="sidebar"><h3>Also this week</h3><ul><li>Other Show Episode 2 Review</li></ul></aside>
</body></html>
"""


def test_a_summary_boxs_key_points_under_the_headline_open_the_text() -> None:
    # a live blog keeps its entries in a container of their own, which extraction takes for
    # the article; the key points above them, under the headline, credit its characters
    text = extract_article(_KEY_POINTS_OVER_ENTRIES).text
    listed = "- Ren Takamori (Someone Actor) finally loses a bout\n- The Ferryman (Another Actor)"
    assert text.startswith(listed)
    assert "Schedule" not in text  # the bar above the headline is no lead
    assert "Other Show Episode 2 Review" not in text


def test_a_paywalled_pages_free_lede_above_the_paywall_is_kept() -> None:
    # a paywalled page as saved: its free lede, the paywall's box, then the locked body, which
    # trafilatura takes for the article; the lede is the only place a lead is credited
    page = (
        "<html><head><title>Some Show episode 4 review</title></head><body><main><article>"
        "<h1>Some Show episode 4 review</h1>"
        "<p class='standfirst'>A quiet week on the river</p>"
        "<p>Four weeks in, and Mira Kestrel (Some Actor) still carries every scene she is in, "
        "as she does again here.</p>"
        "<div class='paywall-wrap'><div class='paywall-box'><h2>Subscribe to keep reading</h2>"
        "<p>You have used all of your free articles this month.</p></div></div>"
        f"<div class='article-body locked'>{_PROSE}{_PROSE}{_PROSE}</div>"
        "</article></main></body></html>"
    )
    text = extract_article(page).text
    assert text.startswith("Four weeks in, and Mira Kestrel (Some Actor)")
    assert "free articles" not in text
