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


def test_a_short_headline_the_page_declares_under_a_kicker_stays_the_headline() -> None:
    # the text opens with the kicker (show and episode) above the pun headline, which the
    # page's og:title and <title> say: no share box's heading below the text
    page = (
        b"<html><head><title>Low Tide | Harbour Reviews</title>"
        b"<meta property='og:title' content='Low Tide'></head><body><article>"
        b"<p class='kicker'>Paper Comets &middot; Episode 8</p><h1>Low Tide</h1>"
        b"<p>Eight episodes in, Paper Comets lets its couriers rest by the water, and the "
        b"pause does the show a world of good.</p><p>The last act drags a little.</p>"
        b"<p><strong>Score: 7/10</strong></p></article></body></html>"
    )
    parsed = read_page(page, name="post.html")
    assert parsed.meta is not None and parsed.meta.title == "Low Tide"


def test_a_feed_readers_view_gives_its_entrys_title_in_an_element_its_class_names() -> None:
    # no <head>, no heading: the entry's title a link in a "story_title" block above the
    # entry's body, which text extraction keeps alone
    page = (
        b"<article class='reader_item'><div class='reader_header'>"
        b"<div class='feed_name'>Harbour Reviews</div>"
        b"<div class='story_title'><a href='https://harbour.example/paper-comets-8/'>"
        b"Paper Comets Episode 8 Recap: Low Tide</a></div>"
        b"<div class='story_byline'>Mina Varga &middot; 3 hours ago</div></div>"
        b"<div class='reader_body'><p>Eight episodes in, Paper Comets lets its couriers rest "
        b"by the water, and the pause does the show a world of good.</p>"
        b"<p>The last act drags a little, but the closing shot is the best yet.</p>"
        b"</div></article>"
    )
    parsed = read_page(page, name="item.html")
    assert parsed.meta is not None
    assert parsed.meta.title == "Paper Comets Episode 8 Recap: Low Tide"


def _forum_topic(title: str, topic: str) -> bytes:
    # a forum's topic page: the board's name as its <h1>, the topic's subject as an <h2>,
    # the <title> the board's name, a label and the subject (which has a dash of its own)
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        "<div id='wrap'><h1>Lantern Boards</h1>"
        f"<h2><a href='./viewtopic.php?t=7'>{topic}</a></h2>"
        "<div class='post'><div class='content'><p>Finale's out. Night Ferry ends on the "
        "dock where it started, and the last crossing earns every slow week before it.</p>"
        "<p>The middle episodes drag, but the ending lands.</p><p>Score: 8/10</p></div></div>"
        "</div></body></html>"
    ).encode()


def test_a_forum_topics_subject_after_the_board_and_a_label_is_the_headline() -> None:
    topic = "[Night Ferry] Ep 12 - finale thoughts and discussion"
    page = read_page(_forum_topic(f"Lantern Boards • View topic - {topic}", topic), name="t.html")
    assert page.meta is not None and page.meta.title == topic


def test_a_short_heading_naming_a_part_of_the_site_is_no_headline() -> None:
    # "Reviews", the <title>'s last part and a heading, is the site's section
    title = "Lantern Boards • Night Ferry finale thoughts and discussion - Reviews"
    page = read_page(_forum_topic(title, "Reviews"), name="t.html")
    assert page.meta is not None and page.meta.title != "Reviews"


def _social_post_page(quoted: str) -> bytes:
    # a fediverse server's page for one post: the <title> quotes the post's opening after its
    # author's name and handle, the og:title only names the author
    return (
        "<!DOCTYPE html><html><head>"
        f"<title>Wren Alder (@wren@harbour.social): {quoted} - Harbour Social</title>"
        '<meta content="Harbour Social" property="og:site_name">'
        '<meta content="Wren Alder (@wren@harbour.social)" property="og:title"></head><body>'
        "<article><p>🧵 Night Bus, all thirteen episodes, one thread. Finished it tonight and "
        "I have thoughts. Season review, light spoilers. 1/4</p>"
        "<p>2/4 Mina carries every episode with a tired, dry warmth, and the night route is "
        "the best setting the season had.</p>"
        "<p>3/4 The middle stretch wanders and the ending answers too little.</p>"
        "<p>4/4 Overall a B- from me, worth the ride.</p></article></body></html>"
    ).encode()


def test_a_social_posts_quoted_opening_in_the_title_is_read_without_its_quotes() -> None:
    # "Name (@handle): "🧵 Night Bus, … thread…" - Server": the post's words, not the quotes
    # around them nor the mark of the cut, and not the server's name
    for quoted in ('"🧵 Night Bus, all thirteen episodes, one thread…"', "“🧵 Night Bus, all "
                   "thirteen episodes, one thread...”"):  # fmt: skip
        page = read_page(_social_post_page(quoted), name="post.html")
        parsed = parse_document(
            page.text, source_name="post.html", meta=page.meta, anime="Night Bus"
        )
        assert parsed.title == "🧵 Night Bus, all thirteen episodes, one thread"


def _account_post_page(first_line: str) -> bytes:
    # a fediverse server's page for one post, as it writes it today: the <title> names the
    # author by display name alone over the post's quoted opening, cut; the og:title is the
    # account; an earlier post of the thread (about another show) sits above the post
    return (
        "<!DOCTYPE html><html><head>"
        '<title>Wren Alder: "Night Bus first impressions after two episodes…" - Harbour '
        "Social</title>"
        '<meta content="Harbour Social" property="og:site_name">'
        '<meta content="Wren Alder (@wren@harbour.social)" property="og:title"></head><body>'
        "<div class='columns'><div class='account'><p>Slow anime posts. Scores out of "
        "ten.</p></div>"
        "<div class='status ancestor'><p>Before my Night Bus post: I dropped Glass Harbor "
        "after episode 2, a 3/10 for me.</p></div>"
        f"<div class='status detailed'><p>{first_line}</p>"
        "<p>Mina carries both episodes with a tired, dry warmth, and the night route is the "
        "best setting of the season so far.</p>"
        "<p>7/10 so far.</p></div></div></body></html>"
    ).encode()


def test_a_posts_opening_quoted_under_its_authors_display_name_is_the_title() -> None:
    # the og:title only names the account ("Name (@handle)"); the <title> quotes the post's
    # first line, cut: that line, whole, is the headline
    line = "Night Bus first impressions after two episodes: a quiet ride"
    page = read_page(_account_post_page(line), name="post.html")
    assert page.meta is not None and page.meta.title is not None
    parsed = parse_document(page.text, source_name="post.html", meta=page.meta)
    assert parsed.title == line
    assert parsed.anime_title == "Night Bus"


def test_a_posts_opening_cut_mid_sentence_under_its_authors_display_name_is_no_title() -> None:
    # the quote cut from a first line of sentences, the words no headline of their own: the
    # account's name stays the page's title
    line = "Night Bus first impressions after two episodes. Mina is great and so is the bus."
    page = read_page(_account_post_page(line), name="post.html")
    assert page.meta is not None and page.meta.title == "Wren Alder (@wren@harbour.social)"


def test_a_blog_title_opening_with_a_quoted_name_keeps_its_quotes() -> None:
    # "Blog Name: "Night Bus" Is the Season's Quiet Best": a quote opening the title, no post
    title = 'Quiet Harbour Notes: "Night Bus" Is the Season\'s Quiet Best, Episode 5 Review'
    page = read_page(_blog_page(title), name="post.html")
    assert page.meta is not None
    assert page.meta.title == '"Night Bus" Is the Season\'s Quiet Best, Episode 5 Review'


def _tagline_page(og_title: str) -> bytes:
    # a small blog: the <title> says the post's short headline (a one-word show's, four words
    # in all), the blog's name and its tagline (longer than the headline); og:title and <h1>
    # say the headline
    return (
        "<!DOCTYPE html><html><head><title>Driftwood Episode 9 Review | Paper Kite — "
        "old and new anime, watched slowly and written up late</title>"
        f'<meta property="og:title" content="{og_title}"></head><body>'
        "<div class='masthead'>Paper Kite</div><article>"
        "<h1>Driftwood Episode 9 Review</h1>"
        "<p>Driftwood spends its ninth episode in a rained-in station, and Aoi, the "
        "conductor, finally says what she thinks of the line's closing.</p>"
        "<p>A patient, lovely hour of television, slowed only by a clumsy flashback.</p>"
        "<p>Grade: B+</p></article></body></html>"
    ).encode()


def test_a_sites_tagline_ending_the_title_yields_to_the_headline_og_title_and_h1_say() -> None:
    page = read_page(_tagline_page("Driftwood Episode 9 Review"), name="post.html")
    assert page.meta is not None and page.meta.title == "Driftwood Episode 9 Review"


def _fansite_page(title: str) -> bytes:
    # an old table-layout fan site: no heading, the headline in a <font>, and a <title> of
    # the site's decorated name and the show, then a dash and the episode's label
    return (
        f"<HTML><HEAD><TITLE>{title}</TITLE></HEAD><BODY><TABLE><TR><TD>"
        "<B>Menu</B><BR><A HREF='index.html'>Home</A><BR><A HREF='gb.html'>Guestbook</A>"
        "</TD><TD><FONT SIZE='4'><B>Lantern Keepers II - Episode 4 review</B></FONT>"
        "<P>Lantern Keepers II episode 4 at last! That makes it episode 16 of the whole show "
        "if you count the first season, and it was a quiet one set in the lamp room.</P>"
        "<P>The storm scene looked lovely and the two keepers finally talk it out over "
        "tea, which I had waited weeks for. The harbour scenes drag a little.</P>"
        "<P><B>My rating: 7/10</B></P></TD></TR></TABLE></BODY></HTML>"
    ).encode()


def test_an_episode_label_cut_off_the_end_of_the_title_is_kept() -> None:
    # extraction keeps the longer part before the dash ("~ Beacon Fans ~ Lantern Keepers
    # II") and cuts the episode's label: a site's name is no episode label, so the <title>
    # is the headline whole
    title = "~ Beacon Fans ~ Lantern Keepers II - Episode 4 review"
    page = read_page(_fansite_page(title), name="ep4.html")
    assert page.meta is not None and page.meta.title == title
    parsed = parse_document(page.text, source_name="ep4.html", meta=page.meta)
    assert parsed.episode == 16


def test_a_site_name_cut_off_the_end_of_the_title_stays_cut() -> None:
    # the part after the dash holds no episode label: a site's name, cut as before
    title = "Lantern Keepers II Episode 4 review, storm glass - Beacon Fans"
    page = read_page(_fansite_page(title), name="ep4.html")
    assert (
        page.meta is not None
        and page.meta.title == "Lantern Keepers II Episode 4 review, storm glass"
    )


def _blog_post_with_comments(post_heading: str) -> bytes:
    # a blog theme's post: the show and the episode's label as its title, og:title and
    # heading, then the comments under a heading quoting that title
    return (
        "<!DOCTYPE html><html><head>"
        "<title>Tidewater Lanterns &#8211; Episode 4 &#8211; Slow Tide Notes</title>"
        '<meta property="og:title" content="Tidewater Lanterns &#8211; Episode 4">'
        "</head><body><p class='site-title'><a href='/'>Slow Tide Notes</a></p>"
        f"<article>{post_heading}"
        "<div class='entry-content'><p>Episode 4 of Tidewater Lanterns finally lets the two "
        "keepers argue in the open, and the storm on the pier is the best scene yet.</p>"
        "<p>The harbour scenes drag a little, but the ending lands.</p>"
        "<p>Score: 8/10</p></div></article>"
        "<div id='comments'><h2 class='comments-title'>3 thoughts on &ldquo;Tidewater "
        "Lanterns &#8211; Episode 4&rdquo;</h2><ol><li><p>Loved the pier scene too!</p></li>"
        "</ol></div></body></html>"
    ).encode()


def test_a_comments_heading_quoting_the_title_is_no_fuller_headline() -> None:
    # "3 thoughts on “<title>”" holds the title's episode label and more words, but it quotes
    # the title: the comments' heading, whether the post's own heading says the title (an
    # <h1>) or is one the top headings leave out (an <h3>)
    for post_heading in (
        "<h1 class='entry-title'>Tidewater Lanterns &#8211; Episode 4</h1>",
        "<h3 class='entry-title'>Tidewater Lanterns &#8211; Episode 4</h3>",
    ):
        page = read_page(_blog_post_with_comments(post_heading), name="post.html")
        assert page.meta is not None and page.meta.title == "Tidewater Lanterns – Episode 4"


def _forum_thread(heading: str, title: str) -> bytes:
    # a forum's thread page: its heading labels the thread's title ("Thread: …"), the first
    # post repeats the title as its own heading, the <title> adds the page and the forum
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        f"<div id='pagetitle'><h1>{heading}</h1></div>"
        "<ol id='posts'><li class='postbit'><div class='postdetails'>"
        "<h2 class='title'>Night Ferry – Episode 7 recap and review</h2>"
        "<div class='content'><p>Night Ferry episode 7 spends its whole half hour on the "
        "last crossing of the season, and the captain finally says why she stayed.</p>"
        "<p>The fog scenes drag, but the ending earns them.</p><p>Score: 7/10</p></div>"
        "</div></li></ol></body></html>"
    ).encode()


def test_a_forums_thread_label_is_no_part_of_the_headline() -> None:
    # "Thread: <title>", the forum's label in its page heading: the <title> and the first
    # post's heading say the thread's title without it
    page = read_page(
        _forum_thread(
            "Thread: <span class='threadtitle'>Night Ferry – Episode 7 recap and review</span>",
            "Night Ferry – Episode 7 recap and review - Page 1 - Lantern Boards",
        ),
        name="thread.html",
    )
    assert page.meta is not None
    assert page.meta.title == "Night Ferry – Episode 7 recap and review"


def test_a_headline_opening_with_topic_that_the_page_never_says_without_it_is_kept() -> None:
    # "Topic: …" is the headline's own word when nothing on the page says the rest alone
    headline = "Topic: why quiet finales like Night Ferry's work"
    page = read_page(_forum_thread(headline, f"{headline} | Lantern Boards"), name="thread.html")
    assert page.meta is not None and page.meta.title == headline


def _diary_page(title: str) -> bytes:
    # a hand-made personal site: its <title> the site's name and the entry's number, the
    # entry's headline an <h2> above its text
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        "<p><small>posted 2024.02.02 · filed under: weekly log</small></p>"
        "<h2>~ Tidewater Lanterns episode 6 ~ the pier at night</h2>"
        "<p>Episode 6 of Tidewater Lanterns finally lets the two keepers argue in the open, "
        "and the storm on the pier is the best scene yet.</p>"
        "<p>The harbour scenes drag a little, but the ending lands.</p>"
        "<p>my score: 8/10</p></body></html>"
    ).encode()


def test_a_title_that_only_numbers_the_sites_entry_yields_to_the_entrys_heading() -> None:
    # "<site> :: entry #40" (or "| post 40") names no headline: the entry's own is its heading
    for title in ("~*~ lamplight journal ~*~ :: entry #40", "Lamplight Journal | post 40"):
        page = read_page(_diary_page(title), name="entry40.html")
        assert page.meta is not None
        assert page.meta.title == "~ Tidewater Lanterns episode 6 ~ the pier at night"


def test_a_title_with_a_numbered_part_that_is_no_entry_number_is_kept() -> None:
    # the part after the separator is the headline's own words with a number: no entry's
    title = "~*~ lamplight journal ~*~ :: Tidewater Lanterns episode 6"
    page = read_page(_diary_page(title), name="entry40.html")
    assert page.meta is not None and page.meta.title != (
        "~ Tidewater Lanterns episode 6 ~ the pier at night"
    )
