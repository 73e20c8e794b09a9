"""bot/ingest/page.py: a feed's entry saved as a page is read as its article."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.ingest import parse_document
from bot.ingest.page import read_page
from bot.models import Catalog, CatalogEpisode, DocumentKind

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


_ATOM_FEED = """<feed xmlns="http://www.w3.org/2005/Atom">
<title>Lighthouse Notes</title>
<link href="https://notes.example/"/>
<updated>2025-03-04T08:00:00Z</updated>
<entry>
<title>Starfield Diaries First Impressions: The Keeper Speaks</title>
<link href="https://notes.example/starfield-first-look"/>
<id>tag:notes.example,2025:41</id>
<updated>2025-03-04T08:00:00Z</updated>
<author><name>Ada Whitlock</name></author>
<summary type="html">&lt;p&gt;This slow show about a lighthouse keeper has me curious.&lt;/p&gt;
&lt;p&gt;No score yet: I want to see where it goes.&lt;/p&gt;</summary>
</entry>
</feed>
"""


@pytest.mark.parametrize("declaration", ['<?xml version="1.0" encoding="utf-8"?>\n', ""])
def test_a_feed_of_one_entry_saved_as_text_is_read_as_the_entry(declaration: str) -> None:
    # the feed's own title (the site's name) comes first; the entry's is the article's
    page = read_page((declaration + _ATOM_FEED).encode(), name="feed.txt")
    assert "lighthouse keeper has me curious" in page.text
    assert "No score yet" in page.text
    assert "&lt;" not in page.text and "<p>" not in page.text
    assert page.meta is not None
    assert page.meta.title == "Starfield Diaries First Impressions: The Keeper Speaks"
    assert page.meta.author == "Ada Whitlock"
    assert page.meta.url == "https://notes.example/starfield-first-look"


def test_a_text_opening_on_a_bracketed_feed_word_stays_a_text() -> None:
    text = "<rss> copied from my reader\n\nStarfield Diaries Episode 3 Review\n\nGood."
    page = read_page(text.encode(), name="notes.txt")
    assert page.meta is None and page.text.startswith("<rss> copied")


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


def _board_topic(site_link: bool = False) -> str:
    heading = "<h2>Harbour Lights Episode 2 Thoughts</h2>"
    return (
        "<!DOCTYPE html><html><head>"
        "<title>Harbour Lights Episode 2 Thoughts - Weekly Threads - Lantern Forum</title>"
        "</head><body><div class='crumbs'>Lantern Forum » Anime » Weekly Threads</div>"
        "<div class='post'><div class='user'>tidewatcher</div>"
        f"{heading}<div class='content'><p>The second episode of Harbour Lights slows down "
        "and lets the two keepers argue about the lamp for most of its runtime.</p>"
        "<p>The storm at the end is beautifully drawn, and the quiet epilogue works. "
        "Grade: B</p></div></div></body></html>"
    )


def test_a_boards_name_left_after_the_headline_goes_when_a_heading_says_the_headline() -> None:
    # "<title>Headline - Board - Site</title>": text extraction cuts only the site's name,
    # leaving the board's after the headline; the post's heading says the headline alone
    page = read_page(_board_topic().encode(), name="topic.html")
    assert page.meta is not None
    assert page.meta.title == "Harbour Lights Episode 2 Thoughts"


def _blog_post(masthead: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Quiet Harbour Notes</title></head><body>"
        f"{masthead}<p class='date'>March 3, 2024</p>"
        "<h2>The Keepers Finally Stop Whispering</h2>"
        "<p>Harbour Lights episode 5, spoilers ahead.</p>"
        "<p>This week the two keepers argue in the open at last, and the show is better for "
        "it: the storm scene is the best animation so far and the epilogue lands.</p>"
        "<p>Score: 4/5</p></body></html>"
    )


def test_a_blogs_name_as_the_pages_only_title_yields_to_the_posts_heading() -> None:
    # "<title>Blog Name</title>" and the post's headline only in its heading
    page = read_page(_blog_post("").encode(), name="post.html")
    assert page.meta is not None
    assert page.meta.title == "The Keepers Finally Stop Whispering"


def test_a_heading_linking_home_is_the_sites_masthead_not_the_posts_headline() -> None:
    masthead = "<h2><a href='/'>Tales From A Little Couch</a></h2>"
    page = read_page(_blog_post(masthead).encode(), name="post.html")
    assert page.meta is not None
    assert page.meta.title != "Tales From A Little Couch"


_REVIEW_PAGE = """<!doctype html><html><head><title>Better Than {known}? | Reel Notes</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@graph": [
 {{"@type": "WebSite", "name": "Reel Notes"}},
 {{"@type": "Review", "author": {{"@type": "Person", "name": "Ada Whitlock"}},
  "itemReviewed": {{"@type": "TVEpisode", "name": "The Greenhouse Burns", "episodeNumber": 4,
   "partOfSeries": {{"@type": "TVSeries", "name": "Lantern Road"}}}},
  "reviewRating": {{"@type": "Rating", "ratingValue": "8", "bestRating": "10"}}}}]}}
</script></head><body><nav><a href="/">Home</a></nav><article>
<h1>Better Than {known}? A Quiet Triumph</h1>
<p>If you loved {known}, this week's slow, gentle episode will feel like home. The fog
over the harbour does most of the talking and the keeper barely says a word all night.</p>
<p>The greenhouse finally burns, and the town watches from the pier while the music swells.
It is the best-looking half hour of the season so far, and the quietest.</p>
<p>Score: 8/10</p></article></body></html>"""


def test_a_pages_structured_data_is_read_with_its_metadata() -> None:
    page = read_page(_REVIEW_PAGE.format(known="Frieren").encode(), name="review.html")
    assert page.meta is not None and page.meta.reviewed is not None
    assert (page.meta.reviewed.series, page.meta.reviewed.episode) == ("Lantern Road", 4)
    text = read_page(b"Lantern Road Episode 4 Review\n\nWords.", name="review.txt")
    assert text.meta is None  # a text file has no markup to read


def test_a_page_naming_a_known_anime_in_passing_is_filed_under_the_one_it_reviews() -> None:
    page = read_page(_REVIEW_PAGE.format(known="Frieren").encode(), name="review.html")
    parsed = parse_document(
        page.text, meta=page.meta, known_anime=["Frieren: Beyond Journey's End"]
    )
    assert parsed.anime_title == "Lantern Road"
    assert parsed.episode == 4  # the text names no episode; the structured data does


def test_an_episodic_blogs_post_is_filed_under_the_known_name_its_description_gives() -> None:
    # an old blog theme's post under the show's romanised name and a bare number; only the
    # meta description writes the store's English name, beside it in brackets
    html = (
        "<!DOCTYPE html><html><head><title>Shizuka na Kajuen &#8211; 07 | Pear Blog</title>"
        '<meta name="description" content="Episode 7 of Shizuka na Kajuen (The Quiet '
        'Orchard): pears and fog." /></head><body><div class="post"><h2 class="post-title">'
        'Shizuka na Kajuen &#8211; 07</h2><div class="entry"><p>Sorry this one is late. '
        "Episode 7 was a breather after last week, and it knew it.</p><p>The keeper spends "
        "the whole night in the tower with the pears, and the storm never comes. I liked that "
        "the show let nothing happen on purpose.</p></div></div></body></html>"
    )
    page = read_page(html.encode(), name="kajuen-07.html")
    assert page.meta is not None and page.meta.description is not None
    parsed = parse_document(page.text, meta=page.meta, known_anime=["The Quiet Orchard"])
    assert (parsed.anime_title, parsed.episode) == ("The Quiet Orchard", 7)


def _archive_work(masthead_href: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Harbour Lights Episode 5 Review: The Lamp Stays "
        "Lit - tidewatcher - Harbour Lights (Anime) [Fan Shelf]</title></head><body>"
        f"<header><h1 class='heading'><a href='{masthead_href}'><span>Fan Shelf</span>"
        "<sup> beta</sup></a></h1></header>"
        "<dl class='meta'><dt>Fandom:</dt><dd>Harbour Lights (Anime)</dd></dl>"
        "<h2 class='title heading'>Harbour Lights Episode 5 Review: The Lamp Stays Lit</h2>"
        "<div class='userstuff'><p>Not a story this time: a long look at episode five, where "
        "the two keepers spend the whole night in the tower without saying a word.</p>"
        "<p>The storm outside is drawn with more care than anything else this season, and "
        "the quiet inside the tower is the point of the whole episode.</p></div>"
        "</body></html>"
    )


def test_a_masthead_linking_home_yields_to_the_works_headline_in_the_title() -> None:
    # text extraction takes the archive's masthead ("Fan Shelf beta", a link home) for the
    # headline; the <title> says the work's: "Headline - author - Fandom [Site]"
    page = read_page(_archive_work("/").encode(), name="work.html")
    assert page.meta is not None
    assert page.meta.title == "Harbour Lights Episode 5 Review: The Lamp Stays Lit"


def _database_review(progress: str) -> bytes:
    # a review database's page of one user's review: the review's tags ("13/13 episodes
    # seen") sit above its text, which says "the finale" of a whole-show review
    prose = (
        "<p>I expected a gentle harbour drama and got something stranger: a story about a town "
        "that keeps forgetting its own lighthouse keepers, told at a patient pace.</p>"
        "<p>The middle stretch drags on exposition, and the finale ties off the family story "
        "while leaving the town's curse half explained. The music is lovely throughout.</p>"
    )
    return (
        "<html><head><title>Harbour Lights - Reviews</title></head><body>"
        "<div class='side'>Episodes: 12<br>Score: 7.02 (scored by 9,114 users)</div>"
        "<div class='review-element'><div class='who'>saltmarsh · May 2, 2025</div>"
        f"<div class='tags'><span>Recommended</span> <span>{progress}</span></div>"
        f"<div class='text'>{prose}</div></div></body></html>"
    ).encode()


def test_a_review_databases_every_episode_seen_tag_makes_a_whole_show_review() -> None:
    page = read_page(_database_review("Preliminary? No — 12/12 episodes seen"), name="r.html")
    assert page.meta is not None and page.meta.watched_all == "12/12 episodes seen"
    # the catalog's count would make "the finale" episode 12
    catalog = Catalog(title="Harbour Lights", slug="harbour-lights", episode_count=12)
    parsed = parse_document(page.text, meta=page.meta, catalogs=[catalog])
    assert parsed.anime_title == "Harbour Lights"
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW
    # without the tag, the same text is read as the finale's review
    untagged = replace(page.meta, watched_all=None)
    assert parse_document(page.text, meta=untagged, catalogs=[catalog]).episode == 12


def test_a_review_databases_partial_progress_tag_says_nothing_of_the_whole_run() -> None:
    page = read_page(_database_review("Preliminary — 5/12 episodes seen"), name="r.html")
    assert page.meta is not None and page.meta.watched_all is None


@pytest.mark.parametrize(
    ("progress", "watched_all"),
    [
        ("May 2, 2025 · 12 of 12 episodes seen", "12 of 12 episodes seen"),
        ("12 of 12 eps watched", "12 of 12 eps watched"),
        ("5 of 12 episodes seen", None),  # part of the run
        # a tracker's status line with the verb first, or the count under its label
        ("Posted May 2 · watched 12/12 episodes · Completed", "watched 12/12 episodes"),
        ("Seen: 12 of 12 eps", "Seen: 12 of 12 eps"),
        ("Episodes watched: 12 / 12", "Episodes watched: 12 / 12"),
        ("watched 5/12 episodes · Watching", None),  # part of the run
        ("Episodes watched: 12/120", None),
        ("Status: Completed · Progress: 12/12", "Progress: 12/12"),
        ("Status: Watching · Progress: 7/12", None),
    ],
)
def test_a_review_databases_progress_tag_in_words(progress: str, watched_all: str | None) -> None:
    page = read_page(_database_review(progress), name="r.html")
    assert page.meta is not None and page.meta.watched_all == watched_all


def _user_review_page(og_title: str, site: str) -> bytes:
    # a film database's page of one user's review of an episode: the review's own short
    # headline is the og:title; the <title> adds the show, its episode's title, the byline
    # and the site's name; the text names the show only by a character
    return (
        "<html><head><meta charset='utf-8'>"
        f"<title>{og_title} - Harbour Lights The Keeper's Log - User review by gull - {site}"
        "</title>"
        f"<meta property='og:title' content=\"{og_title}\"></head><body>"
        "<section class='user-reviews'><div class='review'><div class='text'>"
        "<p>Mara barely speaks and the sea does the talking, which works far better than it "
        "has any right to over a whole episode of waiting for a ship.</p>"
        "<p>The storm at the end is the best thing the studio has animated in years.</p>"
        "<p>The middle drags a little, but the last scene makes up for all of it.</p>"
        "</div></div></section></body></html>"
    ).encode()


_HARBOUR = Catalog(
    title="Harbour Lights",
    slug="harbour-lights",
    episode_count=12,
    episodes=(CatalogEpisode(1, "The First Lamp"), CatalogEpisode(3, "The Keeper's Log")),
)


def test_a_short_headline_opening_the_pages_title_is_the_title_the_rest_names_the_show() -> None:
    page = read_page(_user_review_page("Quiet sea, long wait", "FilmBase"), name="r.html")
    assert page.meta is not None and page.meta.title == "Quiet sea, long wait"
    parsed = parse_document(page.text, meta=page.meta, catalogs=[_HARBOUR])
    assert parsed.title == "Quiet sea, long wait"
    assert (parsed.anime_title, parsed.episode) == ("Harbour Lights", 3)
    assert parsed.kind is DocumentKind.EPISODE_REVIEW


def test_a_brand_opening_the_pages_title_is_still_taken_for_the_sites_name() -> None:
    page = read_page(_user_review_page("Film Base Weekly", "Reviews"), name="r.html")
    assert page.meta is not None and page.meta.title != "Film Base Weekly"


def _episode_database_review(info: str) -> bytes:
    # an episode database's page of one user's review of an episode: over the review, a
    # short line naming the episode within its season and through the seasons
    prose = (
        "<p>I waited a week before writing this, and I still think the last episode of the "
        "season is the kindest ending the show could have had, quiet where it could be loud.</p>"
        "<p>The lighthouse keeper's goodbye is the best scene of the whole run, and the music "
        "under it is perfect. The epilogue runs a little long.</p><p>Rating: 9/10</p>"
    )
    return (
        "<html><head><title>Harbour Lights - S2.E12 user review - SomeDB</title></head><body>"
        f"<h1>Harbour Lights S2.E12 user review</h1><h4 class='info'>{info}</h4>"
        f"<article>{prose}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("info", "episode"),
    [
        ("Season 2 · Episode 12 <span>|</span> Harbour Lights <span>|</span> Episode 24 of 24", 24),
        ("Season 2, Episode 12 | Episode 24 of 30", 24),
        ("Season 2 · Episode 12 | Episode 12 of 12", 12),  # not a later number: the season's
        ("Season 2 · Episode 12", 12),
    ],
)
def test_an_episode_databases_line_gives_the_number_through_the_seasons(
    info: str, episode: int
) -> None:
    page = read_page(_episode_database_review(info), name="r.html")
    assert page.meta is not None
    parsed = parse_document(page.text, meta=page.meta, anime="Harbour Lights")
    assert parsed.episode == episode


def test_an_episode_databases_line_for_another_episode_of_the_season_is_not_taken() -> None:
    info = "Season 2 · Episode 11 | Episode 23 of 24"  # the title says S2.E12
    page = read_page(_episode_database_review(info), name="r.html")
    assert page.meta is not None
    parsed = parse_document(page.text, meta=page.meta, anime="Harbour Lights")
    assert parsed.episode == 12


@pytest.mark.parametrize(
    ("info", "episode"),
    [
        ("Episode no.: Season 2, Episode 12 (24 overall)", 24),
        ("Season 2 · Episode 12 (#24 overall)", 24),
        # a recap site's episode card, its bracket naming what it counts
        ("<div><span>Episode</span> Season 2, Episode 12 (Episode 24 overall)</div>", 24),
        ("Season 2 · Episode 12 (ep. 24 overall)", 24),
        ("Season 2, Episode 12 (24th overall)", 24),
        ("Season 2, Episode 12 (Episode 12 overall)", 12),  # not a later number
        (
            "<table><tr><th>Season</th><td>2</td></tr><tr><th>Episode</th><td>12</td></tr>"
            "<tr><th>Overall episode</th><td>24</td></tr></table>",
            24,
        ),
        ("<dl><dt>Episode</dt><dd>12</dd><dt>No. overall</dt><dd>24</dd></dl>", 24),
        # the season's row, then the overall row's value a label of its own
        (
            "<table><tr><td>Season</td><td>2, episode 12</td></tr>"
            "<tr><td>Overall</td><td>Episode 24</td></tr></table>",
            24,
        ),
        # ...or the overall row's value a number sign and the number ("#24")
        (
            "<table><tr><td>Season 2, episode</td><td>12</td></tr>"
            "<tr><td>Overall</td><td>#24</td></tr></table>",
            24,
        ),
        # a series box's episode of its season's count, its title, and the bracket
        ('<dl><dt>Episode</dt><dd>12 of 12 — "Goodbye" (episode 24 overall)</dd></dl>', 24),
        ('<dl><dt>Episode</dt><dd>11 of 12 — "Storm" (episode 23 overall)</dd></dl>', 12),
        ("<dl><dt>Episode</dt><dd>11</dd><dt>No. overall</dt><dd>23</dd></dl>", 12),  # another
        ("<dl><dt>Episode</dt><dd>12</dd><dt>Overall rating</dt><dd>9</dd></dl>", 12),
        # an infobox's row naming the season in the value, then the number said to count
        # overall after a separator or in a bracket
        (
            "<table><tr><th>Episode</th><td>12 of Season 2 · <b>#24 overall</b></td></tr></table>",
            24,
        ),
        ("<dl><dt>Episode</dt><dd>12 of season 2 (24th overall)</dd></dl>", 24),
        ("<dl><dt>Episode</dt><dd>12 of Season 2, episode 24 overall</dd></dl>", 24),
        ("<dl><dt>Episode</dt><dd>12 of Season 2 · #12 overall</dd></dl>", 12),  # no later
    ],
)
def test_an_infoboxs_overall_number_gives_the_number_through_the_seasons(
    info: str, episode: int
) -> None:
    page = read_page(_episode_database_review(info), name="r.html")
    assert page.meta is not None
    parsed = parse_document(page.text, meta=page.meta, anime="Harbour Lights")
    assert parsed.episode == episode


def _season_premiere_page(box: str) -> bytes:
    # a review site's first impressions of a later season's premiere: its infobox says which
    # episode it is through the seasons; the text never gives that number
    prose = (
        "<p>The second season opens exactly where the first one left off, with the keeper's "
        "daughter alone at the top of the tower and a storm coming in off the water.</p>"
        "<p>Nothing here is new, and none of it needs to be: the pacing is patient, the music "
        "is lovely and the town still feels lived in. I'm in for the season.</p>"
    )
    return (
        "<html><head><title>Harbour Lights Season 2 Premiere: First Impressions</title></head>"
        "<body><article><h1>Harbour Lights Season 2 Premiere: First Impressions</h1>"
        f"<aside class='infobox'><dl><dt>Series</dt><dd>Harbour Lights</dd>{box}"
        "<dt>Studio</dt><dd>Tidewater</dd></dl></aside>"
        f"<div class='body'>{prose}</div></article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("box", "episode"),
    [
        ("<dt>Episode</dt><dd>13 (Season 2, Episode 1)</dd>", 13),
        ("<dt>Episode:</dt> <dd>13 (Season 2 · Episode 1)</dd>", 13),
        ("<dt>Episode</dt><dd>14 (Season 2, Episode 2)</dd>", 1),  # another episode's
        ("<dt>Episode</dt><dd>1 (Season 2, Episode 1)</dd>", 1),  # not a later number
    ],
)
def test_an_infoboxs_number_through_the_seasons_over_a_later_seasons_premiere(
    box: str, episode: int
) -> None:
    page = read_page(_season_premiere_page(box), name="r.html")
    assert page.meta is not None
    parsed = parse_document(page.text, meta=page.meta, anime="Harbour Lights")
    assert parsed.episode == episode


def _review_over_comments(comments: str) -> bytes:
    # a review page whose score box sits over the text (which extraction leaves out), its
    # comments section kept by extraction at the end of the article
    return (
        "<html><head><title>Lanternfall Season 1 Review</title></head><body><main>"
        "<h1>Lanternfall Season 1 Review</h1>"
        "<div class='verdict'><div class='score'>6.5<small>/10</small></div></div>"
        "<div class='body'><p>The ferry town is drawn with such care that every rooftop feels "
        "lived in, and the first half moves at a gentle, confident pace.</p>"
        "<p>The second half trades that calm for a tournament, and the cast thins out into "
        "rivals who only ever say what they want. Still, the finale's lantern scene lands.</p>"
        f"</div><section class='talk'>{comments}</section></main></body></html>"
    ).encode()


@pytest.mark.parametrize("header", ["Comments (42)", "42 Comments", "Top comments"])
def test_a_score_box_goes_before_the_comments_at_the_text_end_not_among_them(header: str) -> None:
    markup = _review_over_comments(
        f"<h3>{header}</h3><div><b>ferry_fan</b><p>6.5 is harsh, easily a 9 for me.</p></div>"
    )
    page = read_page(markup, name="review.html")
    assert page.text.index("6.5 /10") < page.text.index(header)
    parsed = parse_document(page.text, meta=page.meta, anime="Lanternfall")
    assert parsed.score is not None and parsed.score.raw == "6.5 /10"


def test_a_score_box_goes_after_the_text_when_no_comments_end_it() -> None:
    page = read_page(_review_over_comments(""), name="review.html")
    assert page.text.endswith("\n\n6.5 /10")


def _filed_blog_post(head: str = "", footer: str = "") -> bytes:
    # a blog's post on a premiere whose headline is the episode's own title and a tagline:
    # neither it nor the text says what kind of post it is; the blog's filing may
    prose = (
        "<p>In Harbour Lights, the town at the end of the coast road gets one lamp, one "
        "keeper and one storm in its opening half hour, and the show is in no hurry to explain "
        "any of them.</p>"
        "<p>Mara barely speaks, the sea does the talking, and the last scene on the stairs "
        "of the tower is as good as anything this winter. Score: 8/10</p>"
    )
    return (
        f"<html><head><title>The First Lamp: A Town Waits for the Tide</title>{head}</head>"
        "<body><article><h1>The First Lamp: A Town Waits for the Tide</h1>"
        f"<div class='entry-content'>{prose}</div>{footer}</article></body></html>"
    ).encode()


def _posted_in(category: str) -> str:
    slug = category.lower().replace(" ", "-")
    return (
        "<footer class='entry-footer'><span class='cat-links'>Posted in "
        f"<a href='https://blog.example/category/{slug}/' rel='category tag'>{category}</a>"
        "</span></footer>"
    )


def _section(section: str) -> str:
    return f"<meta property='article:section' content='{section}'>"


@pytest.mark.parametrize(
    ("head", "footer", "kind"),
    [
        ("", _posted_in("First Impressions"), DocumentKind.FIRST_IMPRESSIONS),
        (_section("First Impressions"), "", DocumentKind.FIRST_IMPRESSIONS),
        (_section("TV Recaps"), "", DocumentKind.RECAP),
        ("", _posted_in("Episode Reviews"), DocumentKind.EPISODE_REVIEW),
        # a category every kind is filed under, none, or a kind that does not fit an episode
        (_section("Anime"), "", DocumentKind.EPISODE_REVIEW),
        ("", "", DocumentKind.EPISODE_REVIEW),
        ("", _posted_in("Season Reviews"), DocumentKind.EPISODE_REVIEW),
    ],
)
def test_the_category_a_pages_markup_files_a_post_under_gives_its_kind(
    head: str, footer: str, kind: DocumentKind
) -> None:
    page = read_page(_filed_blog_post(head, footer), name="post.html")
    assert page.meta is not None
    parsed = parse_document(page.text, meta=page.meta, catalogs=[_HARBOUR])
    assert (parsed.anime_title, parsed.episode, parsed.kind) == ("Harbour Lights", 1, kind)


@pytest.mark.parametrize(
    "headline",
    ["Harbour Lights Review: The First Lamp", "Harbour Lights, Episode 1, Reviewed"],
)
def test_a_title_calling_the_post_a_review_outweighs_a_recaps_section(headline: str) -> None:
    # a TV site files all its episode coverage under "TV Recaps"; this post's title says what
    # it is, a review (naming its episode by its title, or by its number)
    post = _filed_blog_post(_section("TV Recaps")).replace(
        b"The First Lamp: A Town Waits for the Tide", headline.encode()
    )
    page = read_page(post, name="post.html")
    assert page.meta is not None
    parsed = parse_document(page.text, meta=page.meta, catalogs=[_HARBOUR])
    assert (parsed.episode, parsed.kind) == (1, DocumentKind.EPISODE_REVIEW)


def test_a_title_naming_a_kind_outweighs_the_pages_category() -> None:
    post = _filed_blog_post(_section("First Impressions")).replace(
        b"The First Lamp: A Town Waits for the Tide", b"Harbour Lights Episode 1 Recap"
    )
    page = read_page(post, name="post.html")
    assert page.meta is not None
    parsed = parse_document(page.text, meta=page.meta, catalogs=[_HARBOUR])
    assert (parsed.episode, parsed.kind) == (1, DocumentKind.RECAP)


@pytest.mark.parametrize(
    "crumbs",
    [
        # a forum's list of crumbs in schema.org's markup
        '<ul class="crumbs-bar" itemscope itemtype="https://schema.org/BreadcrumbList">'
        '<li><a href="/"><span itemprop="name">Boards</span></a></li>'
        '<li><a href="/anime/"><span itemprop="name">Anime</span></a></li>'
        '<li><a href="/b/gl.7/"><span itemprop="name">Glass Lanterns (Season 2)</span></a>'
        '<meta itemprop="position" content="3" /></li></ul>',
        # a blog's bar of links with separators between them
        '<nav class="breadcrumbs"><a href="/">Boards</a> &rsaquo; <a href="/anime/">Anime</a>'
        ' &rsaquo; <a href="/b/gl/">Glass Lanterns (Season 2)</a></nav>',
        # a review site's trail called "crumbs" for short, slashes between its links
        '<nav class="crumbs"><a href="/">Boards</a> / <a href="/anime/">Anime</a>'
        ' / <a href="/b/gl/">Glass Lanterns (Season 2)</a></nav>',
    ],
)
def test_a_pages_breadcrumbs_are_read_crumb_by_crumb(crumbs: str) -> None:
    markup = (
        "<html><head><title>GL 2x05 — thoughts</title></head><body>"
        f"{crumbs}<article><h1>GL 2x05 — thoughts</h1>"
        "<p>The lanterns go out one by one, and the town keeps walking in the dark.</p>"
        "<p>A quiet one, with the best music of the season so far. Seven out of ten.</p>"
        "</article></body></html>"
    )
    meta = read_page(markup.encode(), name="thread.html").meta
    assert meta is not None
    assert meta.breadcrumbs == ("Boards", "Anime", "Glass Lanterns (Season 2)")


def test_a_page_without_breadcrumbs_has_none() -> None:
    meta = read_page(_REVIEW_PAGE.format(known="Frieren").encode(), name="review.html").meta
    assert meta is not None
    assert meta.breadcrumbs == ()


def test_an_every_episode_seen_tag_in_a_rating_box_makes_a_whole_show_review() -> None:
    # the tag sits in a box the site names as a rating's, as the reviewer's own rating under
    # the text is: the score boxes added after the article hold it, beyond the opening
    prose = (
        "<p>I expected a gentle harbour drama and got something stranger: a story about a town "
        "that keeps forgetting its own lighthouse keepers, told at a patient pace.</p>"
        "<p>Episode 1 is the best of them, a small tragedy about a keeper's daughter, and the "
        "middle stretch drags on exposition before the ending ties off the family story.</p>"
    )
    markup = (
        "<html><head><title>Harbour Lights review by saltmarsh</title></head><body>"
        "<div class='side'>Episodes: 12<br>Score: 7.02 (scored by 9,114 users)</div>"
        "<div class='review-element'><div class='who'>saltmarsh · May 2, 2025</div>"
        "<div class='rating'><span>12 of 12 episodes seen</span></div>"
        f"<div class='text'>{prose}</div>"
        "<div class='rating'><span>Reviewer's Rating: <span class='num'>6</span></span></div>"
        "</div></body></html>"
    ).encode()
    page = read_page(markup, name="r.html")
    assert page.meta is not None and page.meta.watched_all == "12 of 12 episodes seen"
    parsed = parse_document(page.text, meta=page.meta, known_anime=["Harbour Lights"])
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


def test_a_score_ending_a_blog_posts_title_stays_in_the_title_and_is_its_score() -> None:
    # the review's only score is in its headline ("… Review – 8.5/10"): the <title>'s part
    # after the dash is no site's name, though it holds a dot as a domain does
    prose = (
        "<p>The harbour floods in the second half, and the two keepers finally speak plainly "
        "to each other. I have been waiting weeks for this one and it did not disappoint.</p>"
    )
    headline = "Harbour Lights Episode 4 Review – 8.5/10"
    html = (
        f"<html><head><title>Tea Leaves: {headline}</title>"
        f'<meta property="og:title" content="{headline}"></head><body>'
        '<h1 class="title">Tea Leaves</h1><div class="post hentry">'
        f'<h3 class="post-title">{headline}</h3>'
        f'<div class="post-body entry-content">{prose * 4}</div></div></body></html>'
    )
    page = read_page(html.encode(), name="post.html")
    parsed = parse_document(page.text, source_name="post.html", meta=page.meta)
    assert parsed.title == headline
    assert parsed.score is not None and parsed.score.raw == "8.5/10"


def _show_card_page(card: str, description: str = "") -> bytes:
    # a pun headline over a show card (which text extraction drops) and a review whose text
    # calls the show by its romanised name, comparing it with a known anime in passing
    return (
        "<!DOCTYPE html><html><head><title>Forty Winks and One Long Night - Pear Blog</title>"
        f'<meta property="og:description" content="{description}">'
        "</head><body><article><h1>Forty Winks and One Long Night</h1>"
        f'<div class="showcard"><p class="card-title">Yoru no Toudai</p><p>{card}</p></div>'
        "<div class='body'><p>Yoru no Toudai opens with a keeper who cannot sleep, and the "
        "first episode spends most of its time in the lamp room with him.</p>"
        "<p>The fog is drawn with real care, and the score keeps out of the way of the sea. "
        "It reminds me of Glass Orchard at its quietest, which is high praise here.</p>"
        "<p>Verdict after one episode: 7/10.</p></div></article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "card",
    [
        "English title: The Night Lighthouse &middot; Studio Pear &middot; Episodes watched: 1",
        "<b>English:</b> The Night Lighthouse | Studio Pear",
        "English name: The Night Lighthouse",
    ],
)
def test_the_english_title_a_show_card_gives_files_a_pun_headlines_review(card: str) -> None:
    page = read_page(_show_card_page(card), name="review.html")
    assert page.meta is not None and page.meta.english_title == "The Night Lighthouse"
    parsed = parse_document(
        page.text, meta=page.meta, known_anime=["The Night Lighthouse", "Glass Orchard"]
    )
    assert parsed.anime_title == "The Night Lighthouse"


def test_a_page_without_an_english_title_line_has_none() -> None:
    page = read_page(_show_card_page("Studio Pear &middot; 12 episodes"), name="review.html")
    assert page.meta is not None and page.meta.english_title is None


@pytest.mark.parametrize(
    ("description", "kind"),
    [
        ("First impressions: a keeper, a lamp and no sleep.", DocumentKind.FIRST_IMPRESSIONS),
        ("Recap: the keeper climbs the stairs again.", DocumentKind.RECAP),
        # no label, or one naming no kind
        ("A keeper, a lamp and no sleep.", DocumentKind.EPISODE_REVIEW),
        ("Spring 2025: a keeper, a lamp and no sleep.", DocumentKind.EPISODE_REVIEW),
    ],
)
def test_the_label_opening_a_pages_summary_gives_its_kind(
    description: str, kind: DocumentKind
) -> None:
    # the site's label above its pun headline is lost with the card; its teaser keeps it
    card = "English title: The Night Lighthouse"
    page = read_page(_show_card_page(card, description), name="review.html")
    assert page.meta is not None
    parsed = parse_document(page.text, meta=page.meta, known_anime=["The Night Lighthouse"])
    assert (parsed.episode, parsed.kind) == (1, kind)


def _bulletin_board_topic(first: str, reply: str, pinned: tuple[str, str] | None = None) -> bytes:
    """A bulletin board's topic as phpBB lays one out: the posts, each numbered "p" and its
    own number and classed as a post, their text bare in a content block, all in the
    page's container marked as its main part (which text extraction keeps whole). `pinned`:
    a post the board pins above the topic's own, as its class and its words."""

    def post(ident: int, words: str, marks: str = "post has-profile") -> str:
        return (
            f"<div id='p{ident}' class='{marks} bg{ident % 2 + 1}'>"
            "<div class='inner'><div class='postbody'>"
            f"<div class='content'>{words}</div></div></div></div>"
        )

    above = post(0, pinned[1], pinned[0]) if pinned else ""
    return (
        "<html><head><meta charset='utf-8'><title>The harbour show - two weeks in</title>"
        "</head><body><div id='page-body' class='page-body' role='main'>"
        "<h2 class='topic-title'>The harbour show - two weeks in</h2>"
        f"{above}{post(5120, first)}{post(5127, reply)}</div></body></html>"
    ).encode()


def test_a_bulletin_boards_replies_numbered_by_a_bare_p_are_left_out() -> None:
    # phpBB numbers a topic's posts "p" and the post's number, classed as a post, in a
    # container marked as the page's main part: text extraction keeps all of it, so a reply's
    # score would reach the review's text unless the replies are dropped first
    first = (
        "Two weeks of the harbour show, and the storms finally mean something. The keeper's "
        "silence works better than any speech could, and the lamp scenes are lovely.<br><br>"
        "The middle stretch drags a little, but the climb up the tower pays off.<br><br>"
        "Where I stand: 6/10 after two episodes."
    )
    reply = (
        "Too harsh, I think. It's an easy 9/10 for me so far, and Marlowe carries every "
        "scene he is in, the storm episode most of all."
    )
    text = read_page(_bulletin_board_topic(first, reply), name="topic.html").text
    assert "6/10" in text and "climb up the tower" in text
    assert "9/10" not in text and "Marlowe" not in text
    # a page numbering its paragraphs "p1", "p2" (no posts by their class) keeps every one
    paragraphs = "".join(
        f"<p id='p{n}'>{words}</p>"
        for n, words in enumerate((first.replace("<br><br>", " "), reply), start=1)
    )
    essay = f"<html><body><main><h1>The harbour show</h1>{paragraphs}</main></body></html>"
    assert "Marlowe" in read_page(essay.encode(), name="essay.html").text


@pytest.mark.parametrize(
    "marks", ["post sticky", "post announcement", "post message--pinned", "post is-sticky"]
)
def test_a_post_the_board_pins_above_a_topic_is_not_its_opening_post(marks: str) -> None:
    # the board's rules pinned above the review, numbered and classed as a post like the
    # topic's own: the review is the first post not pinned, and the rules are left out with
    # the replies
    first = (
        "Two weeks of the harbour show, and the storms finally mean something. Marlowe "
        "(Kenji Aoba) keeps the lamp lit through all of it.<br><br>Where I stand: 6/10."
    )
    reply = "An easy 9/10 for me so far."
    rules = (marks, "Pinned: one review per topic, your own score in the replies. Be kind.")
    text = read_page(_bulletin_board_topic(first, reply, rules), name="topic.html").text
    assert "6/10" in text and "Marlowe (Kenji Aoba)" in text
    assert "9/10" not in text and "one review per topic" not in text


def test_a_thread_whose_posts_are_all_pinned_keeps_the_first() -> None:
    # no post the topic's own: the first is read, as in a thread without pins
    markup = (
        "<html><body><main><h1>Board rules</h1>"
        "<div id='post_1' class='post sticky'><p>Rule one: scores go in the opening post, "
        "and nowhere else in a review topic.</p></div>"
        "<div id='post_2' class='post sticky'><p>Rule two: be kind to each other.</p></div>"
        "</main></body></html>"
    )
    text = read_page(markup.encode(), name="rules.html").text
    assert "Rule one" in text and "Rule two" not in text


def _rated_review(prompt: str) -> bytes:
    # a news site's episode review: the headline numbers the episode within its season, and a
    # box under it asks readers to rate the episode, numbered as the site's database has it
    prose = (
        "<p>The harbour festival fills the whole episode, lanterns and all, and the keeper "
        "finally leaves the lighthouse for an evening. It is slow and warm and very pretty.</p>"
        "<p>The subplot at the guild hall drags, but the fireworks scene at the end is lovely.</p>"
    )
    return (
        "<html><head><title>Harbour Lights Season 2 - Episode 12 - Some News</title></head><body>"
        "<h1>Harbour Lights Season 2 - Episode 12</h1>"
        f"<table><tr><th>{prompt}</th></tr><tr><td>Community score: 4.1 (88 votes)</td></tr>"
        f"</table><article>{prose}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("prompt", "episode"),
    [
        ("How would you rate episode 24 of<br>Harbour Lights (TV 2) ?", 24),
        ("How would you rate Episode 24 of <em>Harbour Lights</em>?", 24),
        ("How would you rate episode 12 of<br>Harbour Lights (TV 2) ?", 12),  # the season's
        ("How would you rate episode 11 of Harbour Lights (TV 2) ?", 12),  # not a later one
    ],
)
def test_a_review_sites_rating_prompt_gives_the_number_through_the_seasons(
    prompt: str, episode: int
) -> None:
    page = read_page(_rated_review(prompt), name="r.html")
    assert page.meta is not None
    parsed = parse_document(page.text, meta=page.meta, anime="Harbour Lights")
    assert parsed.episode == episode


def _unit_page(legend: str, verdict: str) -> bytes:
    # a fan site rating in a unit of its own, its scale stated in a legend beside the article
    return (
        "<html><head><title>Lighthouse Episode 3 Review</title></head><body>"
        "<div id='page'><h1>Lighthouse Episode 3 Review</h1>"
        f"<p class='legend'>{legend}</p><div class='post-body'>"
        "<p>The keeper finally speaks, and the storm takes the lamp with it. The episode is"
        " patient in a way the first two were not, and it earns the quiet it asks for.</p>"
        "<p>The middle stretch with the harbour council drags, a lot of names and a lot of"
        f" talk, but the last scene in the tower lands.</p><p>{verdict}</p></div>"
        "<div class='sidebar'><p>Top rated: Other Show, Ep. 2 — 5 Lamps</p></div>"
        "</div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "legend",
    [
        "We rate every episode from 1 to 5 Lamps.",
        "How we rate: each review gets between 1 and 5 <em>Lamps</em>. No halves.",
    ],
)
def test_a_sites_own_unit_and_its_scale_stated_beside_the_article_score_its_verdict(
    legend: str,
) -> None:
    page = read_page(_unit_page(legend, "Final rating: 4 Lamps. The best one yet."), name="r.html")
    assert page.meta is not None and page.meta.stated_unit == ("Lamps", 5.0)
    parsed = parse_document(page.text, meta=page.meta, anime="Lighthouse")
    assert parsed.score is not None
    assert (parsed.score.raw, parsed.score.score_100) == ("4 Lamps", 80)


def test_a_count_from_one_to_five_is_no_unit() -> None:
    page = read_page(
        _unit_page("We cover episodes from 1 to 5 episodes late.", "Final rating: 4 Lamps."),
        name="r.html",
    )
    assert page.meta is not None and page.meta.stated_unit is None


# --------------------------------------------------------------------------- round 64


def _message(author: str, stamp: str, content: str) -> str:
    header = (
        f"<div class='chatlog__header'><span class='chatlog__author' title='{author}#0'>"
        f"{author}</span> <span class='chatlog__timestamp'><a href='#m'>{stamp}</a></span></div>"
        if author
        else ""
    )
    aside = (
        "" if author else f"<div class='chatlog__short-timestamp' title='Sunday, {stamp}'>x</div>"
    )
    return (
        f"<div class='chatlog__message-container'><div class='chatlog__message'>{aside}"
        f"<div class='chatlog__message-primary'>{header}"
        f"<div class='chatlog__content chatlog__markdown'>{content}</div></div></div></div>"
    )


_CHAT_PAGE = (
    "<!DOCTYPE html><html><head><title>Lantern Club - #weekly</title></head><body>"
    "<div class='preamble'><div class='preamble__entries-container'>"
    "<div class='preamble__entry'>Lantern Club</div>"
    "<div class='preamble__entry'>Shows / weekly / Harbour Lights ep 4 thoughts</div>"
    "</div></div><div class='chatlog'>"
    "<div class='chatlog__message-group'>"
    + _message(
        "mossy_keeper",
        "March 2, 2025 8:10 PM",
        "<p><strong>Harbour Lights ep 4 thoughts</strong></p>"
        "<p>The keepers finally argue out loud, and the episode is better for it. The storm at"
        " the end is the best animation the show has had so far, all grey water and lamplight."
        "</p><p>What landed:</p><ul>\n<li>Odile Marchetti, the younger keeper, gets her best"
        " scene yet on the gallery.</li>\n<li>The radio drama subplot pays off.</li>\n</ul>"
        "<p>My score: <strong>8/10</strong> <span class='chatlog__edited-timestamp'>"
        "(edited)</span></p>",
    )
    + "</div><div class='chatlog__message-group'>"
    + _message("tidepool", "March 2, 2025 8:40 PM", "<p>nah 5/10, Bertrand Vossler ruined it</p>")
    + _message("", "March 2, 2025 8:41 PM", "<p>the radio stuff was fine though</p>")
    + "</div></div></body></html>"
)


def test_a_chat_exporters_page_is_read_as_its_text_export() -> None:
    """A chat exporter's HTML page (a channel's or a forum post's messages, each with its
    author and time) is read as the exporter's text export: a "[date time] author" header over
    each message, a grouped message under its group's author, the lists kept."""
    page = read_page(_CHAT_PAGE.encode(), name="export.html")
    assert page.meta is None
    header = "Guild: Lantern Club\nChannel: Shows / weekly / Harbour Lights ep 4 thoughts"
    assert header in page.text
    assert "[March 2, 2025 8:10 PM] mossy_keeper\n**Harbour Lights ep 4 thoughts**" in page.text
    assert "- Odile Marchetti, the younger keeper" in page.text
    assert "\n- The radio drama subplot pays off." in page.text
    assert "(edited)" not in page.text
    assert "[March 2, 2025 8:41 PM] tidepool\nthe radio stuff was fine though" in page.text


def test_a_chat_exporters_page_gives_the_posts_headline_and_score_not_the_replies() -> None:
    page = read_page(_CHAT_PAGE.encode(), name="export.html")
    parsed = parse_document(page.text, source_name="export.html", meta=page.meta)
    assert parsed.title == "Harbour Lights ep 4 thoughts"  # not the page's <title> cut short
    assert parsed.score is not None and parsed.score.raw == "8/10"
    assert "Bertrand Vossler" not in parsed.text  # a reply's words are no part of the post


def _recap_site_page(byline: str, opening: str = "") -> bytes:
    # a recap site's post: its headline numbers the episode within its season, the byline
    # under it (which text extraction drops) the number through the seasons
    prose = (
        f"<p>{opening}The keeper's daughter finally climbs the tower alone, and the storm that "
        "the whole season has promised arrives in the last five minutes of the episode.</p>"
        "<p>The harbour scenes are gorgeous and the music is patient. The middle drags, with a "
        "lot of people standing in rooms talking about the weather.</p><p>Score: 8/10</p>"
    )
    return (
        "<html><head><title>Harbour Lights Season 2 Episode 5 Review – Tidesite</title></head>"
        "<body><article><h1>Harbour Lights Season 2 Episode 5 Review</h1>"
        f"<div class='meta'>Posted by <a href='/author/x/'>Ada Whitlock</a> on March 3, 2025 · "
        f"{byline}</div><div class='body'>{prose}</div></article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("byline", "episode"),
    [
        ("Episode 29 overall", 29),
        ("<span>Overall episode: 29</span>", 29),
        ("#29 overall", 29),
        # said to count through the seasons without the word "overall"
        ("Season 2, Episode 5 (episode 29 of the whole series)", 29),
        ("Episode 29 of the entire show", 29),
        ("Episode 29 of the series", 29),  # the series' count, said plainly
        ("Episode 29 of the show (season 2, episode 5)", 29),
        ("Episode 5 overall", 5),  # not a later number: the season's
        ("6 min read", 5),
    ],
)
def test_a_bylines_overall_number_under_the_headline_counts_through_the_seasons(
    byline: str, episode: int
) -> None:
    page = read_page(_recap_site_page(byline), name="r.html")
    assert page.meta is not None
    parsed = parse_document(page.text, meta=page.meta, anime="Harbour Lights")
    assert parsed.episode == episode


def test_an_overall_number_the_article_says_of_another_episode_is_not_the_bylines() -> None:
    # said in the article's own text, the opening weighs it: last week's, not this one's
    opening = "Last week's episode 28 overall was a slog. "
    page = read_page(_recap_site_page("6 min read", opening), name="r.html")
    assert page.meta is not None
    parsed = parse_document(page.text, meta=page.meta, anime="Harbour Lights")
    assert parsed.episode == 5


@pytest.mark.parametrize(
    ("byline", "episode"),
    [
        ("Final episode · Episode 26 overall", 26),
        ("Episode 2 overall", 2),  # not a later number: the season's
    ],
)
def test_a_bylines_overall_number_under_a_sequels_numeral_headline_counts_through(
    byline: str, episode: int
) -> None:
    # a sequel's headline numbering its episode within the season its Roman numeral names,
    # the byline under it (which text extraction drops) the number through the seasons
    page = read_page(
        (
            "<html><head><title>Harbour Lights II Episode 2 Review – Tidesite</title></head>"
            "<body><article><h1>Harbour Lights II Episode 2 Review</h1>"
            f"<p class='meta'>Posted by Ada Whitlock · {byline}</p>"
            "<p>The keeper's daughter climbs the tower alone again, and the storm the whole "
            "second season has promised arrives in the last five minutes of the episode.</p>"
            "<p>The harbour scenes are gorgeous and the music is patient. The middle drags, with "
            "people standing in rooms talking about the weather.</p><p>Score: 8/10</p>"
            "</article></body></html>"
        ).encode(),
        name="r.html",
    )
    assert page.meta is not None
    parsed = parse_document(page.text, meta=page.meta, anime="Harbour Lights")
    assert parsed.episode == episode


def _facts_card_page(card: str) -> bytes:
    # a character's name as the headline, a card of the show's facts beside the review (which
    # text extraction drops), and a text naming a known show only to compare it
    return (
        "<!DOCTYPE html><html><head><title>Mirei Stays Silent - Pear Blog</title></head><body>"
        "<article><h1>Mirei Stays Silent</h1>"
        f"{card}"
        "<p>The second week keeps the town asleep and the lake restless, and Mirei spends most "
        "of it saying nothing at all, which is the point.</p>"
        "<p>Anyone expecting the jump scares of Glass Orchard will be bored; the dread here is "
        "slower and colder, and the sound design carries it.</p>"
        "<p>Verdict: 4 out of 5.</p></article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "card",
    [
        '<aside class="show-box"><h4>The Lake Keeps Its Dead</h4><p><i>Mizuumi no Shisha</i>'
        "</p><dl><dt>Studio</dt><dd>Studio Pear</dd><dt>Episode</dt><dd>2 of 12</dd></dl></aside>",
        '<div class="infobox"><h3>The Lake Keeps Its Dead</h3><table><tr><th>Studio:</th>'
        "<td>Studio Pear</td></tr><tr><th>Source</th><td>Manga</td></tr></table></div>",
    ],
)
def test_the_show_a_facts_cards_heading_names_files_a_character_headlines_review(
    card: str,
) -> None:
    page = read_page(_facts_card_page(card), name="review.html")
    assert page.meta is not None and page.meta.show_card == "The Lake Keeps Its Dead"
    parsed = parse_document(page.text, meta=page.meta, known_anime=["Glass Orchard"])
    assert parsed.anime_title == "The Lake Keeps Its Dead"


@pytest.mark.parametrize(
    "card",
    [
        # a studio named in the text, no label of a card's list
        "<h3>Credits</h3><p>Animated by Studio Pear, whose studio lot is famous.</p>",
        # a list labelling a studio, but a paragraph of prose between it and the last heading
        "<h3>About the writer</h3><p>" + "She has written about horror for years. " * 8 + "</p>"
        "<dl><dt>Studio</dt><dd>Studio Pear</dd></dl>",
    ],
)
def test_a_page_without_a_headed_facts_card_has_no_show_card(card: str) -> None:
    page = read_page(_facts_card_page(card), name="review.html")
    assert page.meta is not None and page.meta.show_card is None


def test_the_last_crumb_written_as_text_loses_its_separator() -> None:
    # the trail's last crumb is the page itself, plain text after the last link: its
    # separator is in the same text
    markup = (
        "<html><head><title>Rain on the pier</title></head><body>"
        '<nav class="crumbs" aria-label="breadcrumb"><a href="/">Home</a> » '
        '<a href="/shows/glass-lanterns">Glass Lanterns</a> » Episode 7</nav>'
        "<article><h1>Rain on the pier</h1>"
        "<p>The lanterns go out one by one, and the town keeps walking in the dark.</p>"
        "</article></body></html>"
    )
    meta = read_page(markup.encode(), name="review.html").meta
    assert meta is not None
    assert meta.breadcrumbs == ("Home", "Glass Lanterns", "Episode 7")


def _covered_review(marked: str) -> bytes:
    # a weekly review headlined by the episode's title alone; the site's table of its reviews
    # of the show, beside the article, marks the row that is this page
    prose = (
        "<p>The lighthouse keeper's daughter finally gets a story of her own, and \"Salt on the "
        'Glass" tells it almost without a word spoken. The harbour is grey until it is not.</p>'
        "<p>The guild subplot waits for next week, which is the right call for an episode this "
        "quiet. Score: 8/10</p>"
    )
    rows = "".join(
        f"<tr><td>{n}</td><td>{title}</td><td>8</td></tr>"
        for n, title in ((1, "Arrival"), (2, "(review)"), (3, "(review)"))
    )
    return (
        '<html><head><title>Harbour Lights review: "Salt on the Glass"</title></head><body>'
        f'<article><h1>Harbour Lights review: "Salt on the Glass"</h1>{prose}</article>'
        "<section class='coverage'><h2>Our Harbour Lights reviews</h2><table>"
        f"<tr><th>Ep.</th><th>Title</th><th>Score</th></tr>{rows}{marked}"
        "<tr><td>5</td><td>Next week</td><td>—</td></tr></table></section></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("marked", "episode"),
    [
        (
            "<tr class='now'><td>4</td><td>Salt on the Glass <i>(This review)</i></td>"
            "<td>8</td></tr>",
            4,
        ),
        ("<tr><td>4</td><td>Salt on the Glass</td><td>8</td></tr>", None),  # no row marked
    ],
)
def test_a_coverage_tables_row_marked_as_this_review_gives_its_episode(
    marked: str, episode: int | None
) -> None:
    page = read_page(_covered_review(marked), name="r.html")
    assert page.meta is not None
    parsed = parse_document(page.text, meta=page.meta, anime="Harbour Lights")
    assert parsed.episode == episode
    if episode is not None:
        assert parsed.kind is DocumentKind.EPISODE_REVIEW


def test_a_dated_posts_table_row_marked_as_this_post_gives_its_episode() -> None:
    # a weekly post headlined by its air date, its season table in the article: a date column,
    # then the episode's, whose cell for this page says "(this post)"; an earlier row names
    # another episode in words the opening reaches
    markup = (
        "<html><head><title>Harbour Lights (Mar 3): The Keeper Speaks</title></head><body>"
        "<article><h1>Harbour Lights (Mar 3): The Keeper Speaks</h1>"
        "<p>The lighthouse keeper finally talks, and the harbour turns grey around her. A quiet "
        "week, which suits a show that has been shouting since January.</p>"
        "<p>The guild subplot waits, and that is the right call. Score: 8/10</p>"
        "<h3>The season so far</h3><table>"
        "<tr><th>Aired</th><th>Episode</th><th>Score</th></tr>"
        "<tr><td>Feb 17</td><td>Episode 2 — Arrival</td><td>7</td></tr>"
        "<tr><td>Feb 24</td><td>3</td><td>6</td></tr>"
        "<tr><td>Mar 3</td><td>4 <em>(This post)</em></td><td>8</td></tr>"
        "</table></article></body></html>"
    ).encode()
    page = read_page(markup, name="r.html")
    assert page.meta is not None
    assert page.meta.own_row_episode is not None and page.meta.own_row_episode[0] == 4
    parsed = parse_document(page.text, meta=page.meta, anime="Harbour Lights")
    assert parsed.episode == 4


@pytest.mark.parametrize(
    "box",
    [
        '<aside class="summary"><h3>At a glance</h3><ul><li><strong>Show:</strong> Copper Tide '
        "(Akagane no Shio)</li><li><strong>Episode:</strong> 9</li>"
        "<li><strong>Where to watch:</strong> somewhere</li></ul></aside>",
        '<div class="facts"><dl><dt>Series</dt><dd><a href="/shows/copper-tide/">Copper Tide</a>'
        "</dd><dt>Episode</dt><dd>9</dd></dl></div>",
    ],
)
def test_a_summary_boxs_labelled_show_and_episode_file_a_pun_headlines_review(box: str) -> None:
    # a box labelling the show and its episode (which text extraction drops) under a
    # headline naming neither, the text naming a known show only to compare it
    page = read_page(_facts_card_page(box), name="review.html")
    assert page.meta is not None and page.meta.show_card == "Copper Tide"
    parsed = parse_document(page.text, meta=page.meta, known_anime=["Glass Orchard", "Copper Tide"])
    assert parsed.anime_title == "Copper Tide"
    assert parsed.episode == 9


def test_a_box_labelling_two_episodes_files_the_review_under_neither() -> None:
    box = (
        "<ul><li><b>Previous:</b> <b>Episode</b> 8</li><li><b>Episode:</b> 9</li>"
        "<li><b>Show</b>ing this week: <b>Episode</b> 10</li></ul>"
    )
    page = read_page(_facts_card_page(box), name="review.html")
    assert page.meta is not None and page.meta.own_row_episode is None
    assert page.meta.show_card is None  # "<b>Show</b>ing" labels no show


def test_a_labelled_show_with_its_other_title_beside_its_link_is_no_show_card() -> None:
    box = '<p><strong>Series:</strong> <a href="/s/">Akagane no Shio</a> (Copper Tide)</p>'
    page = read_page(_facts_card_page(box), name="review.html")
    assert page.meta is not None and page.meta.show_card is None


_SIDEBAR_CAST = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Tin Lantern Episode 6 Review | Reelbase</title></head><body>
<div class="wrap"><div class="side">
<div class="box"><h4>Voices</h4><ul class="cast-list">
<li>Odile (Mariko Senda)</li><li>Bram (Taiki Oshiro)</li><li>Wenna (Rika Hoshi)</li>
</ul></div>
<div class="box"><h4>More from the podcast</h4><ul class="podcast"><li>Ep 3 (live)</li></ul></div>
</div><div class="main"><article>
<h1>Tin Lantern Episode 6 Review</h1>
<p>Odile finally loses her temper this week, and the whole episode is better for it. The
quiet build-up of the first five episodes pays off in one long scene in the workshop.</p>
<p>Bram is mostly there to take the blame, which he does with good grace, and the
animation of the lanterns themselves is as lovely as ever. The music stays out of the way.</p>
<p>A few scenes drag, but the ending lands. Score: 8/10</p>
</article></div></div></body></html>"""


def test_a_sidebar_cast_list_teaches_the_characters_the_article_names() -> None:
    # a database's sidebar credits the cast, which text extraction drops with the sidebar;
    # a name only the list holds (Wenna) is the site's, not the article's
    page = read_page(_SIDEBAR_CAST.encode(), name="review.html")
    assert page.meta is not None
    assert "Mariko Senda" not in page.text
    parsed = parse_document(page.text, source_name="review.html", meta=page.meta)
    assert {c.name: c.voice_actor for c in parsed.characters} == {
        "Odile": "Mariko Senda",
        "Bram": "Taiki Oshiro",
    }


_HEADED_CAST = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>User:Quill/Reviews/Tin Lantern 6 - Lantern Wiki</title></head><body>
<main><div class="mw-parser-output">
<p>This is a user subpage: an opinion piece, not an article of the wiki.</p>
<h2><span class="mw-headline">Voice cast</span></h2>
<ul><li><a href="/wiki/Odile">Odile</a> (Mariko Senda)</li>
<li><a href="/wiki/Bram">Bram</a> (Taiki Oshiro)</li></ul>
<h2><span class="mw-headline">Review</span></h2>
<p>Odile finally loses her temper this week, and the whole episode is better for it. The
quiet build-up of the first five episodes pays off in one long scene in the workshop.</p>
<p>Bram is mostly there to take the blame, which he does with good grace, and the
animation of the lanterns themselves is as lovely as ever. The music stays out of the way.</p>
<h2>Podcast episodes</h2>
<ul><li><a href="/p/3">Lantern Talk 3</a> (Ada Whitlock)</li></ul>
<p>A few scenes drag, but the ending lands. Score: 8/10</p>
</div></main></body></html>"""


def test_a_list_of_linked_names_under_a_cast_heading_teaches_the_characters() -> None:
    # a wiki's section "Voice cast" lists its names as links, which text extraction drops
    # as a list of links; the heading says the list is the cast (a "Podcast" heading does not)
    page = read_page(_HEADED_CAST.encode(), name="review.html")
    assert page.meta is not None
    assert page.meta.cast == ("Odile (Mariko Senda)", "Bram (Taiki Oshiro)")
    parsed = parse_document(
        page.text, source_name="review.html", meta=page.meta, anime="Tin Lantern"
    )
    assert {c.name: c.voice_actor for c in parsed.characters} == {
        "Odile": "Mariko Senda",
        "Bram": "Taiki Oshiro",
    }


@pytest.mark.parametrize(
    "headline",
    [
        "Harbour Lights II – Episode 2 Review",  # an en dash
        "Harbour Lights II — Episode 2 Review",  # an em dash
        "Harbour Lights II &ndash; Episode 2 Review",  # the dash as an entity
        "Harbour Lights Season 2 – Episode 2 Review",
        "Harbour Lights Season 2 &#8212; Episode 2 Review",
    ],
)
def test_a_dash_between_the_headlines_season_and_episode_still_reads_the_bylines_number(
    headline: str,
) -> None:
    # the headline's season parted from its episode by a dash, as episode.py's marker reads
    # it: the byline under it (which text extraction drops) still gives the number through
    # the seasons
    page = read_page(
        (
            f"<html><head><title>{headline} – Tidesite</title></head>"
            f"<body><article><h1>{headline}</h1>"
            "<p class='meta'>Posted by Ada Whitlock · March 3, 2025 · Episode 26 overall</p>"
            "<p>The keeper's daughter climbs the tower alone again, and the storm the whole "
            "second season has promised arrives in the last five minutes of the episode.</p>"
            "<p>The harbour scenes are gorgeous and the music is patient. The middle drags, with "
            "people standing in rooms talking about the weather.</p><p>Score: 8/10</p>"
            "</article></body></html>"
        ).encode(),
        name="r.html",
    )
    assert page.meta is not None
    parsed = parse_document(page.text, meta=page.meta, anime="Harbour Lights")
    assert parsed.episode == 26


_LONE_RSS_ITEM = """<item>
  <title>Starfield No. 9 Episode 4 Review – The Keeper Wakes</title>
  <link>https://notes.example/starfield-no-9-episode-4/</link>
  <dc:creator><![CDATA[Ada Whitlock]]></dc:creator>
  <pubDate>Sat, 01 Jun 2024 18:30:00 +0000</pubDate>
  <content:encoded><![CDATA[<p>The keeper finally wakes, and the show slows to let it land.</p>
<p>Score: 8/10</p>]]></content:encoded>
  <slash:comments>3</slash:comments>
</item>
"""


def test_a_lone_rss_item_saved_as_text_is_read_as_the_entry() -> None:
    # an <item> copied out of its feed (its namespaces left behind) and saved as .txt: XML,
    # read as the entry; its title whole, no part of it taken for the site's name
    page = read_page(_LONE_RSS_ITEM.encode(), name="item.txt")
    assert page.meta is not None
    assert page.meta.title == "Starfield No. 9 Episode 4 Review – The Keeper Wakes"
    assert page.meta.sitename is None
    assert "<title>" not in page.text and "keeper finally wakes" in page.text
    parsed = parse_document(page.text, source_name="item.txt", meta=page.meta)
    assert parsed.title == "Starfield No. 9 Episode 4 Review – The Keeper Wakes"


def test_a_text_opening_on_an_item_word_that_is_no_entry_stays_a_text() -> None:
    text = "<item> from my notes\n\nStarfield Diaries Episode 3 Review\n\nGood."
    page = read_page(text.encode(), name="notes.txt")
    assert page.meta is None and page.text.startswith("<item> from")
