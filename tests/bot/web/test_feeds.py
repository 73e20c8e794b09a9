"""Feed parsing (RSS 2.0, Atom, not-a-feed) and the backoff policy for failing feeds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.web.feeds import (
    Backoff,
    FeedEntry,
    FeedHealth,
    NotAFeedError,
    parse_feed,
    saved_entry,
)

FEEDS = Path(__file__).parent / "feeds"
PAGES = Path(__file__).parent / "pages"
UTC = dt.UTC


def sample(name: str) -> bytes:
    return (FEEDS / name).read_bytes()


# -- RSS 2.0 ---------------------------------------------------------------------------------


def test_rss20_feed_and_entries() -> None:
    feed = parse_feed(sample("rss20.xml"), url="https://lantern.example/feed.xml")
    assert feed.title == "Lantern Reviews — Anime"
    assert feed.link == "https://lantern.example/"
    assert feed.problem is None
    assert feed.entries == (
        FeedEntry(
            key="lantern-review-1007",
            link="https://lantern.example/reviews/frieren-episode-7",
            title="Frieren Episode 7 Review: A Quiet Kind of Magic",
            published=dt.datetime(2023, 10, 20, 18, 30, tzinfo=UTC),
        ),
        # No guid: the link is the key, made absolute against the feed's URL; +0900 -> UTC.
        FeedEntry(
            key="https://lantern.example/reviews/metallic-rouge-episode-5",
            link="https://lantern.example/reviews/metallic-rouge-episode-5",
            title="Metallic Rouge Episode 5 Review",
            published=dt.datetime(2024, 2, 8, 0, 15, tzinfo=UTC),
        ),
        # The item with neither guid nor link is dropped; this one has no date.
        FeedEntry(
            key="https://lantern.example/?p=77",
            link="https://lantern.example/reviews/apothecary-season",
            title="Undated Apothecary Diaries season wrap-up",
            published=None,
        ),
    )


# -- Atom ------------------------------------------------------------------------------------


def test_atom_feed_and_entries() -> None:
    feed = parse_feed(sample("atom.xml"), content_type="application/atom+xml")
    assert feed.title == "Sakuga Notes"
    assert feed.link == "https://notes.example/"
    assert [e.key for e in feed.entries] == [
        "tag:notes.example,2024:post-6",
        "tag:notes.example,2024:post-5",
    ]
    first, second = feed.entries
    assert first.link == "https://notes.example/2024/02/metallic-rouge-6"
    assert first.title == "Metallic Rouge episode 6: Rouge and Naomi"
    assert first.published == dt.datetime(2024, 2, 10, 10, 30, tzinfo=UTC)  # published, not updated
    assert second.published == dt.datetime(2024, 2, 3, 8, 0, tzinfo=UTC)  # updated as a fallback


def test_duplicate_keys_are_kept_once() -> None:
    item = "<item><title>{t}</title><link>https://a.example/1</link></item>"
    xml = f'<rss version="2.0"><channel><title>D</title>{item.format(t="one")}'
    xml += f"{item.format(t='two')}</channel></rss>"
    feed = parse_feed(xml.encode())
    assert [e.title for e in feed.entries] == ["one"]


def test_an_empty_feed_is_a_feed() -> None:
    xml = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    feed = parse_feed(xml)
    assert (feed.title, feed.entries) == ("Quiet", ())


def test_recovered_broken_xml_keeps_entries_and_says_so() -> None:
    truncated = sample("rss20.xml")[:-40]
    feed = parse_feed(truncated, url="https://lantern.example/feed.xml")
    assert feed.title == "Lantern Reviews — Anime"
    assert feed.entries and feed.entries[0].key == "lantern-review-1007"
    assert feed.problem is not None and feed.problem.startswith("broken XML")


# -- not a feed ------------------------------------------------------------------------------


def test_an_html_page_is_not_a_feed() -> None:
    with pytest.raises(NotAFeedError, match="HTML page"):
        parse_feed((PAGES / "review_with_chrome.html").read_bytes())


@pytest.mark.parametrize(
    "data",
    [b"", b"not xml at all {", b"<?xml version='1.0'?><note><to>x</to></note>", b"\x89PNG\r\n"],
)
def test_garbage_is_not_a_feed(data: bytes) -> None:
    with pytest.raises(NotAFeedError, match=r"^not a feed: "):
        parse_feed(data)


# -- backoff ---------------------------------------------------------------------------------

MID = 0.5  # rand() at the middle: no jitter
POLICY = Backoff(
    base=dt.timedelta(minutes=5),
    cap=dt.timedelta(hours=6),
    jitter=0.2,
    failing_after=dt.timedelta(hours=24),
)


def test_delay_doubles_per_failure_up_to_the_cap() -> None:
    minutes = [POLICY.delay(n, rand=lambda: MID).total_seconds() / 60 for n in range(1, 9)]
    # 5 * 2**(n-1) minutes, capped at 360.
    assert minutes == [5, 10, 20, 40, 80, 160, 320, 360]
    assert POLICY.delay(1000, rand=lambda: MID) == dt.timedelta(hours=6)
    assert POLICY.delay(0) == dt.timedelta(0)


@pytest.mark.parametrize(("rand", "factor"), [(0.0, 0.8), (0.999999, 1.2), (0.25, 0.9)])
def test_jitter_is_bounded(rand: float, factor: float) -> None:
    got = POLICY.delay(3, rand=lambda: rand).total_seconds()
    assert got == pytest.approx(20 * 60 * factor, abs=0.01)


def test_jitter_never_exceeds_the_cap() -> None:
    assert POLICY.delay(7, rand=lambda: 0.999999) == dt.timedelta(hours=6)  # 320 min * 1.2


def test_retry_after_lengthens_but_never_past_the_cap() -> None:
    longer = POLICY.delay(1, rand=lambda: MID, retry_after=dt.timedelta(hours=1))
    shorter = POLICY.delay(3, rand=lambda: MID, retry_after=dt.timedelta(seconds=30))
    huge = POLICY.delay(1, rand=lambda: MID, retry_after=dt.timedelta(days=3))
    assert (longer, shorter, huge) == (
        dt.timedelta(hours=1),
        dt.timedelta(minutes=20),
        dt.timedelta(hours=6),
    )


def test_health_schedule_and_failing_after_a_day() -> None:
    start = dt.datetime(2024, 2, 1, 0, 0, tzinfo=UTC)
    health = FeedHealth()
    assert health.due(start) and not health.failing(start, POLICY)
    now = start
    attempts = []
    while now - start < dt.timedelta(hours=30):
        health = health.failed(now, "503 Service Unavailable", POLICY, rand=lambda: MID)
        assert not health.due(now)
        assert health.next_attempt is not None
        now = health.next_attempt
        assert health.due(now)
        attempts.append(now)
    # Hand-computed: failures at 0, 5, 15, 35, 75, 155, 315, 635, 995, 1355, 1715 minutes.
    offsets = [int((t - start).total_seconds() // 60) for t in attempts]
    assert offsets[:8] == [5, 15, 35, 75, 155, 315, 635, 995]
    assert health.failing_since == start
    assert health.last_error == "503 Service Unavailable"
    assert not health.failing(start + dt.timedelta(hours=23, minutes=59), POLICY)
    assert health.failing(start + dt.timedelta(hours=24), POLICY)
    recovered = health.succeeded()
    assert recovered == FeedHealth()
    assert recovered.due(now) and not recovered.failing(now, POLICY)


# -- a feed's entry saved on its own ---------------------------------------------------------


def test_a_saved_atom_entry_gives_its_content_title_author_date_and_link() -> None:
    data = b"""<?xml version="1.0"?>
<entry xmlns="http://www.w3.org/2005/Atom"><title>Show First Impressions</title>
<author><name>Ada</name></author><updated>2025-03-04T08:00:00Z</updated>
<published>2025-03-02T19:00:00Z</published><link href="https://x.example/a"/>
<summary>Short.</summary>
<content type="html">&lt;p&gt;Long &lt;b&gt;body&lt;/b&gt;.&lt;/p&gt;</content>
</entry>"""
    entry = saved_entry(data)
    assert entry is not None
    assert entry.html == "<p>Long <b>body</b>.</p>"  # the content over the summary
    assert (entry.title, entry.author, entry.link) == (
        "Show First Impressions",
        "Ada",
        "https://x.example/a",
    )
    assert entry.published == dt.date(2025, 3, 2)  # published over updated


def test_a_saved_rss_item_gives_its_description_and_rfc822_date() -> None:
    data = b"""<item><title>T</title><link>https://x.example/1</link>
<pubDate>Sun, 16 Mar 2025 19:00:00 GMT</pubDate>
<description>&lt;p&gt;Hi&lt;/p&gt;</description></item>"""
    entry = saved_entry(data)
    assert entry is not None
    assert entry.html == "<p>Hi</p>"
    assert entry.published == dt.date(2025, 3, 16)


def test_plain_text_content_is_escaped_into_paragraphs() -> None:
    data = b"""<entry xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<content type="text">One &lt;two&gt;.

Three.</content></entry>"""
    entry = saved_entry(data)
    assert entry is not None and entry.html == "<p>One &lt;two&gt;.</p><p>Three.</p>"


def test_a_saved_atom_feed_of_one_entry_gives_the_entry_not_the_feed() -> None:
    data = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Some Blog</title>
<link href="https://x.example/"/><updated>2025-03-04T08:00:00Z</updated>
<entry><title>Show Episode 2 Review</title><link href="https://x.example/show-2"/>
<id>tag:x.example,2025:2</id><updated>2025-03-03T08:00:00Z</updated>
<author><name>Ada</name></author>
<summary type="html">&lt;p&gt;A quiet &lt;i&gt;episode&lt;/i&gt;.&lt;/p&gt;</summary>
</entry></feed>"""
    entry = saved_entry(data)
    assert entry is not None
    assert entry.html == "<p>A quiet <i>episode</i>.</p>"
    # the entry's title, not the feed's (the site's name), which comes first
    assert (entry.title, entry.author, entry.link) == (
        "Show Episode 2 Review",
        "Ada",
        "https://x.example/show-2",
    )
    assert entry.published == dt.date(2025, 3, 3)


def test_a_saved_rss_channel_of_one_item_gives_the_item() -> None:
    data = b"""<rss version="2.0"><channel><title>Some Blog</title>
<link>https://x.example/</link><item><title>Show Review</title>
<link>https://x.example/show</link><description>&lt;p&gt;Hi&lt;/p&gt;</description>
</item></channel></rss>"""
    entry = saved_entry(data)
    assert entry is not None
    assert (entry.title, entry.html) == ("Show Review", "<p>Hi</p>")


def test_a_whole_item_cut_from_its_feed_is_read_though_its_prefix_is_undeclared() -> None:
    # one item of a WordPress feed saved with its channel but not the root's namespace
    # declarations: <slash:comments> is not well-formed XML, yet the item is all there
    data = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Some Blog</title>
<item><title>Show Episode 4 Review</title><link>https://x.example/show-4</link>
<description>&lt;p&gt;Four.&lt;/p&gt;</description>
<slash:comments>4</slash:comments></item>
</channel></rss>
"""
    entry = saved_entry(data)
    assert entry is not None
    assert (entry.title, entry.html) == ("Show Episode 4 Review", "<p>Four.</p>")
    # the same item cut off before its root closes may have lost its end: not read
    assert saved_entry(data[: data.index(b"</item>")]) is None


@pytest.mark.parametrize(
    "data",
    [
        b"<html><body><p>An entry about <item> tags.</p></body></html>",  # a page
        b"<entry><title>No content</title></entry>",  # nothing to read
        b"<entry><content>unclosed",  # broken XML
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry/></feed>',  # its entry is empty
        b"<item><description>one</description></item><item><description>two</description></item>",
        # a whole feed of several entries: no one of them is the page
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>'
        b"<entry><id>1</id><summary>one</summary></entry>"
        b"<entry><id>2</id><summary>two</summary></entry></feed>",
    ],
)
def test_what_is_no_saved_entry(data: bytes) -> None:
    assert saved_entry(data) is None
