"""The feeds aggregate (migration 0007) through the store, on both engines: feeds and who follows
them, their saved state, entries claimed once, excerpt-only documents, servers' announce
settings and the announcements claimed once. Expected values follow from the calls each test
makes (the rules are in bot/store/feeds.py and the migration's comments)."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from bot.models import DocumentKind, ParsedDocument, ParsedSection, SectionKind
from bot.store import Store

NOW = "2024-03-01T12:00:00.000000Z"
LATER = "2024-03-01T13:00:00.000000Z"
EARLIER = "2024-03-01T11:00:00.000000Z"
GUILD, OTHER_GUILD = 2**40 + 1, 2**40 + 2  # snowflake-sized: BIGINT on PostgreSQL
USER, CHANNEL = 2**41 + 7, 2**42 + 9


def _doc(anime: str, title: str, episode: int) -> ParsedDocument:
    text = f"{title}: a review of episode {episode} of {anime}, written for this test."
    return ParsedDocument(
        title=title,
        anime_title=anime,
        kind=DocumentKind.EPISODE_REVIEW,
        episode=episode,
        sections=(ParsedSection(SectionKind.REVIEW, text, spoiler=False),),
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )


async def test_an_entry_is_claimed_once_by_guid_or_by_link(store: Store) -> None:
    feed = await store.add_feed("https://a.example/feed", operator=True, now=NOW)
    other = await store.add_feed("https://b.example/feed", operator=True, now=NOW)
    assert feed is not None and other is not None
    assert not await store.entry_seen(feed, "guid-1", "https://a.example/1")
    assert await store.claim_entry(feed, "guid-1", "https://a.example/1", now=NOW)
    assert not await store.claim_entry(feed, "guid-1", "https://a.example/1", now=NOW)
    # A new guid for a link already seen (a site that changed its ids) is the same entry,
    assert await store.entry_seen(feed, "guid-1b", "https://a.example/1")
    assert not await store.claim_entry(feed, "guid-1b", "https://a.example/1", now=NOW)
    # and so is the same guid with a new link.
    assert not await store.claim_entry(feed, "guid-1", "https://a.example/moved", now=NOW)
    # Another feed keeps its own record; entries without a link are claimed by guid alone.
    assert await store.claim_entry(other, "guid-1", "https://a.example/1", now=NOW)
    assert await store.claim_entry(feed, "no-link-1", None, now=NOW)
    assert await store.claim_entry(feed, "no-link-2", None, now=NOW)


async def test_a_released_claim_is_taken_again_and_a_finished_one_is_not(store: Store) -> None:
    feed = await store.add_feed("https://a.example/feed", operator=True, now=NOW)
    assert feed is not None
    assert await store.claim_entry(feed, "g", "https://a.example/1", now=NOW)
    await store.release_entry(feed, "g")  # a transient failure: the next poll tries it
    assert await store.claim_entry(feed, "g", "https://a.example/1", now=NOW)
    await store.finish_entry(feed, "g", status="rejected", reason="not a review")
    await store.release_entry(feed, "g")  # only a claim still in progress can be released
    assert not await store.claim_entry(feed, "g", "https://a.example/1", now=NOW)


async def test_a_feed_is_stored_once_with_its_flags_and_found_by_id_or_url(store: Store) -> None:
    url = "https://a.example/feed"
    feed = await store.add_feed(url, title="Site A", anime="Metallic Rouge", now=NOW)
    assert feed is not None
    assert await store.add_feed(url, operator=True, now=LATER) is None  # followed already
    record = await store.get_feed(feed)
    assert record is not None
    assert (record.url, record.title, record.anime) == (url, "Site A", "Metallic Rouge")
    assert record.full_text is False and record.operator is False and record.guilds == 0
    assert record.failures == 0 and record.added_at == NOW
    assert await store.feed_by_url(url) == record
    assert await store.feed_by_url("https://elsewhere.example/feed") is None
    assert await store.get_feed(feed + 1000) is None

    await store.make_operator_feed(feed, full_text=True)  # the operator takes it over
    taken = await store.get_feed(feed)
    assert taken is not None and taken.operator is True and taken.full_text is True
    second = await store.add_feed("https://b.example/feed", full_text=True, now=NOW)
    assert second is not None
    assert [f.id for f in await store.list_feeds()] == [feed, second]


async def test_servers_see_their_own_feeds_and_the_operators(store: Store) -> None:
    operator = await store.add_feed("https://op.example/feed", operator=True, now=NOW)
    mine = await store.add_feed("https://mine.example/feed", now=NOW)
    theirs = await store.add_feed("https://theirs.example/feed", now=NOW)
    assert operator is not None and mine is not None and theirs is not None
    assert await store.follow_feed(mine, GUILD, USER, now=NOW)
    assert not await store.follow_feed(mine, GUILD, USER, now=LATER)  # already followed
    assert await store.follow_feed(theirs, OTHER_GUILD, USER, now=NOW)
    assert await store.follow_feed(mine, OTHER_GUILD, USER, now=NOW)

    assert [f.id for f in await store.list_feeds(GUILD)] == [operator, mine]
    assert [f.id for f in await store.list_feeds(OTHER_GUILD)] == [operator, mine, theirs]
    assert await store.guild_follows(mine, GUILD) and not await store.guild_follows(theirs, GUILD)
    assert await store.guild_feed_count(GUILD) == 1
    assert await store.guild_feed_count(OTHER_GUILD) == 2
    followed = await store.get_feed(mine)
    assert followed is not None and followed.guilds == 2


async def test_a_feed_nobody_follows_any_more_is_deleted(store: Store) -> None:
    shared = await store.add_feed("https://shared.example/feed", now=NOW)
    operator = await store.add_feed("https://op.example/feed", operator=True, now=NOW)
    assert shared is not None and operator is not None
    await store.follow_feed(shared, GUILD, USER, now=NOW)
    await store.follow_feed(shared, OTHER_GUILD, USER, now=NOW)
    await store.follow_feed(operator, GUILD, USER, now=NOW)

    assert await store.unfollow_feed(shared, GUILD)
    assert not await store.unfollow_feed(shared, GUILD)  # no longer followed there
    assert await store.get_feed(shared) is not None  # another server still follows it
    assert await store.unfollow_feed(shared, OTHER_GUILD)
    assert await store.get_feed(shared) is None  # nobody does: gone

    assert await store.unfollow_feed(operator, None)  # the operator lets go of it...
    kept = await store.get_feed(operator)
    assert kept is not None and kept.operator is False and kept.guilds == 1  # ...a server keeps it
    assert await store.delete_feed(operator)
    assert await store.get_feed(operator) is None
    assert not await store.delete_feed(operator)


async def test_a_feeds_state_is_saved_and_a_missing_title_keeps_the_old_one(store: Store) -> None:
    feed = await store.add_feed("https://a.example/feed", title="Site A", operator=True, now=NOW)
    assert feed is not None
    record = await store.get_feed(feed)
    assert record is not None
    failing = replace(
        record,
        title=None,
        etag='"abc"',
        last_modified="Fri, 01 Mar 2024 12:00:00 GMT",
        last_polled=LATER,
        failures=2,
        failing_since=NOW,
        next_attempt="2024-03-01T13:10:00.000000Z",
        last_error="HTTP 503",
    )
    await store.save_feed_state(failing)
    assert await store.get_feed(feed) == replace(failing, title="Site A")
    recovered = replace(failing, title="Site A, renamed", failures=0, failing_since=None)
    await store.save_feed_state(replace(recovered, next_attempt=None, last_error=None))
    assert await store.get_feed(feed) == replace(recovered, next_attempt=None, last_error=None)


async def test_an_excerpt_only_document_says_so_when_read(store: Store) -> None:
    feed = await store.add_feed("https://a.example/feed", operator=True, now=NOW)
    assert feed is not None
    excerpt = await store.add_document(_doc("Feed Show", "Excerpt", 1))
    full = await store.add_document(_doc("Feed Show", "Full text", 1))
    for key, result, only in (("e", excerpt, True), ("f", full, False)):
        assert await store.claim_entry(feed, key, f"https://a.example/{key}", now=NOW)
        await store.finish_entry(
            feed, key, status="added", document_id=result.document_id, excerpt_only=only
        )
    anime = await store.find_anime("Feed Show")
    assert anime is not None
    flags = {d.id: d.excerpt_only for d in await store.documents_for(anime.id, 1)}
    assert flags == {excerpt.document_id: True, full.document_id: False}
    single = await store.get_document(excerpt.document_id)
    assert single is not None and single.excerpt_only and single.title == "Excerpt"
    assert await store.get_document(full.document_id + excerpt.document_id + 100) is None
    assert await store.document_id_by_hash(_doc("Feed Show", "Full text", 1).content_hash) == (
        full.document_id
    )
    assert await store.document_id_by_hash("0" * 64) is None


async def _announced_setup(store: Store) -> tuple[int, int, int, int, int]:
    """An operator feed, a server feed followed by GUILD, and three reviews added from them:
    Show A episode 1 (operator feed, seen EARLIER), Show A episode 2 (server feed, seen NOW),
    Show B episode 1 (server feed, seen LATER)."""
    operator = await store.add_feed("https://op.example/feed", title="Op", operator=True, now=NOW)
    server = await store.add_feed("https://srv.example/feed", title="Srv", now=NOW)
    assert operator is not None and server is not None
    await store.follow_feed(server, GUILD, USER, now=NOW)
    ids = []
    for feed, doc, seen in (
        (operator, _doc("Show A", "A1", 1), EARLIER),
        (server, _doc("Show A", "A2", 2), NOW),
        (server, _doc("Show B", "B1", 1), LATER),
    ):
        result = await store.add_document(doc)
        assert await store.claim_entry(feed, doc.title, None, now=seen)
        await store.finish_entry(feed, doc.title, status="added", document_id=result.document_id)
        ids.append(result.document_id)
    return operator, server, ids[0], ids[1], ids[2]


async def test_pending_announcements_follow_the_servers_settings(store: Store) -> None:
    _, _, a1, a2, b1 = await _announced_setup(store)
    assert await store.pending_announcements() == []  # nobody announces yet
    await store.set_announce(GUILD, CHANNEL, None, since=NOW)
    settings = await store.announce_settings(GUILD)
    assert settings is not None and settings.enabled
    assert (settings.channel_id, settings.anime_id, settings.since) == (CHANNEL, None, NOW)
    pending = await store.pending_announcements()
    # A1 was seen before the channel was set; B1 and A2 came from the server's own feed
    assert [(p.guild_id, p.channel_id, p.document_id) for p in pending] == [
        (GUILD, CHANNEL, a2),
        (GUILD, CHANNEL, b1),
    ]
    assert {(p.site, p.feed_url) for p in pending} == {("Srv", "https://srv.example/feed")}

    # Another server sees only the operator's feed; since EARLIER it gets A1
    await store.set_announce(OTHER_GUILD, CHANNEL + 1, None, since=EARLIER)
    other = [p for p in await store.pending_announcements() if p.guild_id == OTHER_GUILD]
    assert [(p.document_id, p.site) for p in other] == [(a1, "Op")]

    # Limited to Show B, GUILD is owed only B1
    show_b = await store.find_anime("Show B")
    assert show_b is not None
    await store.set_announce(GUILD, CHANNEL, show_b.id, since=NOW)
    mine = [p.document_id for p in await store.pending_announcements() if p.guild_id == GUILD]
    assert mine == [b1]

    await store.disable_announce(GUILD, "Missing Permissions")
    disabled = await store.announce_settings(GUILD)
    assert disabled is not None and not disabled.enabled
    assert disabled.disabled_reason == "Missing Permissions"
    assert all(p.guild_id != GUILD for p in await store.pending_announcements())
    await store.set_announce(GUILD, CHANNEL + 2, None, since=NOW)  # a new channel: on again
    again = await store.announce_settings(GUILD)
    assert again is not None and again.enabled and again.channel_id == CHANNEL + 2
    await store.clear_announce(GUILD)
    assert await store.announce_settings(GUILD) is None


async def test_an_announcement_is_claimed_once_and_given_back_only_unsent(store: Store) -> None:
    _, _, _, a2, b1 = await _announced_setup(store)
    await store.set_announce(GUILD, CHANNEL, None, since=NOW)
    assert await store.claim_announcement(GUILD, a2, now=LATER)
    assert not await store.claim_announcement(GUILD, a2, now=LATER)  # another process's now
    assert [p.document_id for p in await store.pending_announcements()] == [b1]

    await store.unclaim_announcement(GUILD, a2)  # not posted (a passing failure): owed again
    assert [p.document_id for p in await store.pending_announcements()] == [a2, b1]
    assert await store.claim_announcement(GUILD, a2, now=LATER)
    await store.announcement_sent(GUILD, a2, 2**50 + 3)
    await store.unclaim_announcement(GUILD, a2)  # posted: stays claimed
    assert not await store.claim_announcement(GUILD, a2, now=LATER)
    assert [p.document_id for p in await store.pending_announcements()] == [b1]


async def test_forgetting_a_server_removes_its_settings_announcements_and_follows(
    store: Store,
) -> None:
    operator, server, _, a2, _ = await _announced_setup(store)
    await store.set_announce(GUILD, CHANNEL, None, since=NOW)
    assert await store.claim_announcement(GUILD, a2, now=LATER)
    # settings (1) + announcements (1) + follows (1)
    assert await store.forget_guild_feeds(GUILD) == 3
    assert await store.announce_settings(GUILD) is None
    assert await store.get_feed(server) is None  # no one follows it any more
    assert await store.get_feed(operator) is not None  # the operator's stays
    assert await store.pending_announcements() == []
