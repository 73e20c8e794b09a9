"""Review feeds end to end: the real bot on the Discord sandbox, polling a local review site.

Expected values come from the site's hand-written pages (tests/review_site.py): three entries
are three Metallic Rouge episode reviews (episodes 2-4), the fourth is episode 5.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.bot import ReviewBot
from bot.feeds.poller import PollStatus
from discord_sandbox import Sandbox, SandboxChannel, StoredMessage
from tests.e2e.conftest import OPENAPI, set_server_progress, split_visible
from tests.review_site import REVIEWS, SITE, rss, serve
from tests.web_server import WebServer, respond

VIEW_CHANNEL = 1 << 10

FEED_SETTINGS: dict[str, Any] = {"fetch_allow_private": True, "feed_host_delay": 0.0}


def feeds_cog(bot: ReviewBot) -> Any:
    cog = bot.get_cog("Feeds")
    assert cog is not None
    return cog


async def announce_in(sandbox: Sandbox, channel: SandboxChannel) -> None:
    saved = await sandbox.command("settings", {"announce_channel": channel.id}, user=sandbox.owner)
    assert saved.ephemeral and f"<#{channel.id}>" in saved.content, saved.content


async def add_feed(sandbox: Sandbox, url: str, **kwargs: Any) -> Any:
    result = await sandbox.command(
        "feeds", {"url": url}, subcommand="add", user=sandbox.owner, **kwargs
    )
    while result.message is not None and result.message.loading:  # deferred: the follow-up
        await result.wait_for_update()
    return result


def posted(sandbox: Sandbox, channel: SandboxChannel) -> list[StoredMessage]:
    return [m for m in sandbox.channel_messages(channel.id) if m.author.id == sandbox.bot_user_id]


async def documents(bot: ReviewBot) -> int:
    return (await bot.store.stats())["documents"]


@asynccontextmanager
async def site_and_sandbox() -> AsyncIterator[tuple[WebServer, Sandbox]]:
    async with WebServer() as server, Sandbox(openapi_path=OPENAPI) as sandbox:
        yield server, sandbox


async def test_three_entries_one_grouped_announcement_then_one_more_and_none_after_restart(
    start_bot: Callable[..., Any],
) -> None:
    async with site_and_sandbox() as (server, sandbox):
        feed_url = serve(server, REVIEWS[:3])
        channel = sandbox.add_channel("new-reviews")
        async with start_bot(sandbox=sandbox, **FEED_SETTINGS) as (_, bot):
            before = await documents(bot)
            await announce_in(sandbox, channel)
            added = await add_feed(sandbox, feed_url)
            assert added.ephemeral and "Following" in added.content and SITE in added.content
            polls = await feeds_cog(bot).run_pass()
            assert [p.status for p in polls] == [PollStatus.OK]
            assert await documents(bot) == before + 3
            (message,) = posted(sandbox, channel)
            plain, hidden = split_visible(message.content)
            assert plain.count("New review of **Metallic Rouge** episode") == 3
            for review in REVIEWS[:3]:
                assert f"episode {review.episode} — {SITE}" in plain
                # The server set no progress: every title is wrapped, the score is not.
                assert review.title in hidden and review.title not in plain
                assert f"Score: {review.score}" in plain
            assert sorted(message.custom_ids()) == sorted(f"feeds:read:{d}" for d in polls[0].added)

            serve(server, REVIEWS[:4])
            await feeds_cog(bot).run_pass(every_feed=True)
            assert await documents(bot) == before + 4
            first, second = posted(sandbox, channel)
            assert first.id == message.id
            plain, hidden = split_visible(second.content)
            assert plain.count("New review of") == 1 and "episode 5" in plain
            assert "The Broken Mask" in hidden

        async with start_bot(sandbox=sandbox, **FEED_SETTINGS) as (_, bot):
            polls = await feeds_cog(bot).run_pass(every_feed=True)
            assert [p.status for p in polls] == [PollStatus.OK] and polls[0].reports == []
            assert await documents(bot) == before + 4
            assert len(posted(sandbox, channel)) == 2


async def test_not_modified_changes_nothing(start_bot: Callable[..., Any]) -> None:
    async with site_and_sandbox() as (server, sandbox):
        serve(server, REVIEWS[:2])
        body = rss(server, REVIEWS[:2])

        async def conditional(request: web.Request) -> web.StreamResponse:
            headers = {"ETag": '"v1"'}
            if request.headers.get("If-None-Match") == '"v1"':
                return web.Response(status=304, headers=headers)
            return web.Response(
                body=body.encode(), headers={**headers, "Content-Type": "application/rss+xml"}
            )

        server.route("/conditional.xml", conditional)
        channel = sandbox.add_channel("new-reviews")
        async with start_bot(sandbox=sandbox, **FEED_SETTINGS) as (_, bot):
            await announce_in(sandbox, channel)
            await add_feed(sandbox, server.url("/conditional.xml"))
            await feeds_cog(bot).run_pass()
            count, messages = await documents(bot), len(posted(sandbox, channel))
            page_hits = server.hits(REVIEWS[0].slug)
            polls = await feeds_cog(bot).run_pass(every_feed=True)
            assert [p.status for p in polls] == [PollStatus.NOT_MODIFIED]
            assert server.requests[-1].headers.get("If-None-Match") == '"v1"'
            assert await documents(bot) == count and count > 0
            assert len(posted(sandbox, channel)) == messages == 1
            assert server.hits(REVIEWS[0].slug) == page_hits
            (feed,) = await bot.store.list_feeds()
            assert feed.failures == 0 and feed.etag == '"v1"'


async def test_server_error_and_broken_xml_mark_feeds_failing_and_others_keep_working(
    start_bot: Callable[..., Any],
) -> None:
    async with site_and_sandbox() as (server, sandbox):
        good = serve(server, REVIEWS[:2])
        async with start_bot(sandbox=sandbox, **FEED_SETTINGS) as (_, bot):
            before = await documents(bot)
            store = bot.store
            # Operator feeds (as `feeds add` makes them), so their contents are not re-checked.
            now = "2024-01-01T00:00:00.000000Z"
            for path in ("/down.xml", "/broken.xml"):
                assert await store.add_feed(server.url(path), operator=True, now=now)
            assert await store.add_feed(good, operator=True, now=now)
            server.sequence("/down.xml", [respond(500, "oops")])
            server.feed("/broken.xml", "<rss><channel><title>x</title><item><title>a</ite")
            cog = feeds_cog(bot)
            start = dt.datetime(2024, 3, 1, tzinfo=dt.UTC)
            cog.poller.clock = lambda: start
            polls = {p.feed.url: p for p in await cog.run_pass()}
            assert polls[good].status is PollStatus.OK and len(polls[good].added) == 2
            assert await documents(bot) == before + 2
            for path in ("/down.xml", "/broken.xml"):
                assert polls[server.url(path)].status is PollStatus.FAILED
            assert "500" in (polls[server.url("/down.xml")].error or "")
            assert "XML" in (polls[server.url("/broken.xml")].error or "")

            listed = await sandbox.command("feeds", subcommand="list", user=sandbox.owner)
            assert "FAILING" not in listed.content  # one failure is not a day of them
            cog.poller.clock = lambda: start + dt.timedelta(hours=25)
            polls = {p.feed.url: p for p in await cog.run_pass()}
            assert polls[good].status is PollStatus.OK
            listed = await sandbox.command("feeds", subcommand="list", user=sandbox.owner)
            lines = listed.content.splitlines()
            for path in ("/down.xml", "/broken.xml"):
                (line,) = [ln for ln in lines if path.replace(".", "\\.") in ln or path in ln]
                assert "FAILING since 2024-03-01" in line
            (good_line,) = [ln for ln in lines if "feed.xml" in ln]
            assert good_line.endswith("ok")


async def test_read_it_answers_the_presser_only_gated_by_their_progress(
    start_bot: Callable[..., Any],
) -> None:
    async with site_and_sandbox() as (server, sandbox):
        feed_url = serve(server, (REVIEWS[3],))  # episode 5
        channel = sandbox.add_channel("new-reviews")
        async with start_bot(sandbox=sandbox, **FEED_SETTINGS) as running:
            _, bot = running
            await set_server_progress(_Running(sandbox), 1)
            await announce_in(sandbox, channel)
            await add_feed(sandbox, feed_url)
            await feeds_cog(bot).run_pass()
            (message,) = posted(sandbox, channel)
            plain, hidden = split_visible(message.content)
            assert "The Broken Mask" in hidden and "The Broken Mask" not in plain
            (custom_id,) = message.custom_ids()

            watcher = sandbox.other_user
            done = await sandbox.command("progress", {"episode": 5}, user=watcher)
            assert done.ephemeral
            mine = await sandbox.click(message, custom_id, user=watcher)
            assert mine.ephemeral and mine.message is not None
            assert mine.message.is_visible_to(watcher) and not mine.message.is_visible_to(
                sandbox.user
            )
            embed = mine.message.embeds[0]
            assert embed["title"] == REVIEWS[3].headline  # within their progress: plain
            assert "||" not in str(embed)
            fields = {f["name"]: f["value"] for f in embed["fields"]}
            assert "Full review" in fields and REVIEWS[3].slug in fields["Full review"]
            assert mine.message.components == [] or all(
                c.get("custom_id") != "paginator:page:next"
                for row in mine.message.components
                for c in row.get("components", [])
            )

            theirs = await sandbox.click(message, custom_id, user=sandbox.user)  # no progress
            assert theirs.ephemeral and theirs.message is not None
            embed = theirs.message.embeds[0]
            assert REVIEWS[3].title not in embed["title"]
            assert REVIEWS[3].title in split_visible(embed.get("description", ""))[1]


async def test_a_deleted_channel_turns_announcing_off_with_a_note_and_no_retries(
    start_bot: Callable[..., Any],
) -> None:
    async with site_and_sandbox() as (server, sandbox):
        feed_url = serve(server, REVIEWS[:1])
        channel = sandbox.add_channel("new-reviews")
        async with start_bot(sandbox=sandbox, **FEED_SETTINGS) as (_, bot):
            await announce_in(sandbox, channel)
            await add_feed(sandbox, feed_url)
            sandbox.delete_channel(channel.id)
            await feeds_cog(bot).run_pass()
            shown = await sandbox.command("settings", user=sandbox.owner)
            assert "Announcing is off" in shown.content and "deleted" in shown.content
            tried = [r for r in sandbox.requests if str(channel.id) in r.path]
            serve(server, REVIEWS[:2])
            polls = await feeds_cog(bot).run_pass(every_feed=True)
            assert len(polls[0].added) == 1  # ingesting goes on
            assert [r for r in sandbox.requests if str(channel.id) in r.path] == tried


async def test_revoked_send_messages_turns_announcing_off_once(
    start_bot: Callable[..., Any],
) -> None:
    async with site_and_sandbox() as (server, sandbox):
        feed_url = serve(server, REVIEWS[:1])
        channel = sandbox.add_channel("new-reviews")
        async with start_bot(sandbox=sandbox, **FEED_SETTINGS) as (_, bot):
            await announce_in(sandbox, channel)
            await add_feed(sandbox, feed_url)
            sandbox.set_bot_permissions(VIEW_CHANNEL, channel_id=channel.id)
            await feeds_cog(bot).run_pass()
            posts = [
                r
                for r in sandbox.requests
                if r.method == "POST" and r.path.endswith(f"/channels/{channel.id}/messages")
            ]
            assert len(posts) == 1 and posted(sandbox, channel) == []
            shown = await sandbox.command("settings", user=sandbox.owner)
            assert "Announcing is off" in shown.content and "may not post" in shown.content
            serve(server, REVIEWS[:2])
            await feeds_cog(bot).run_pass(every_feed=True)
            again = [
                r for r in sandbox.requests if r.method == "POST" and str(channel.id) in r.path
            ]
            assert len(again) == 1


async def test_feeds_add_refuses_private_addresses_non_feeds_duplicates_and_the_eleventh(
    start_bot: Callable[..., Any],
) -> None:
    async with site_and_sandbox() as (server, sandbox):
        feed_url = serve(server, REVIEWS[:1])
        server.page("/page.html", "<html><body><p>Just a page</p></body></html>")
        async with start_bot(sandbox=sandbox) as (_, bot):  # the guard is on
            refused = await add_feed(sandbox, feed_url)
            assert "can't follow" in refused.content and await bot.store.list_feeds() == []
        async with start_bot(sandbox=sandbox, **FEED_SETTINGS) as (_, bot):
            not_feed = await add_feed(sandbox, server.url("/page.html"))
            assert "not a feed" in not_feed.content
            assert "Following" in (await add_feed(sandbox, feed_url)).content
            twice = await add_feed(sandbox, feed_url)
            assert twice.ephemeral and "already" in twice.content
            for n in range(9):
                server.feed(f"/f{n}.xml", rss(server, REVIEWS[:1], title=f"Feed {n}"))
                assert "Following" in (await add_feed(sandbox, server.url(f"/f{n}.xml"))).content
            server.feed("/f10.xml", rss(server, REVIEWS[:1]))
            eleventh = await add_feed(sandbox, server.url("/f10.xml"))
            assert "10 feeds" in eleventh.content


class _Running:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox


_ = Path
