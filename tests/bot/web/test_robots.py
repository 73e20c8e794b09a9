"""robots.txt through the fetcher (allow, disallow, missing, unreachable, cache) and the
per-host politeness delay."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.web.fetch import Fetcher, FetchLimits
from bot.web.robots import DisallowedError, HostPacer, RobotsCache, fetch_politely, origin
from tests.web_server import WebServer

ROBOTS = """\
User-agent: SomeOtherBot
Disallow: /

User-agent: RougeReviewsBot
Disallow: /drafts/
Crawl-delay: 4

User-agent: *
Disallow: /private/
"""


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Sleeps:
    def __init__(self, clock: Clock | None = None) -> None:
        self.waits: list[float] = []
        self.clock = clock

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        if self.clock is not None:
            self.clock.now += seconds


@pytest.fixture
async def server() -> AsyncIterator[WebServer]:
    async with WebServer() as running:
        running.page("/reviews/one", "<p>one</p>")
        running.page("/drafts/two", "<p>two</p>")
        yield running


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher(limits=FetchLimits(retries=0)) as opened:
        yield opened


async def test_robots_rules_for_our_agent(server: WebServer, fetcher: Fetcher) -> None:
    server.robots(ROBOTS)
    robots = RobotsCache(fetcher)
    assert await robots.allowed(server.url("/reviews/one"))
    assert not await robots.allowed(server.url("/drafts/two"))
    # Our group applies, not `*`'s, so /private/ is not forbidden to us.
    assert await robots.allowed(server.url("/private/x"))
    assert await robots.crawl_delay(server.url("/")) == 4.0
    with pytest.raises(DisallowedError, match=r"disallowed by the site's robots\.txt"):
        await robots.check(server.url("/drafts/two"))


async def test_robots_is_fetched_once_per_ttl(server: WebServer, fetcher: Fetcher) -> None:
    server.robots(ROBOTS)
    clock = Clock()
    robots = RobotsCache(fetcher, ttl=60, clock=clock)
    for path in ("/reviews/one", "/drafts/two", "/reviews/three"):
        await robots.allowed(server.url(path))
    assert server.hits("/robots.txt") == 1
    server.robots("User-agent: *\nDisallow: /reviews/\n")
    clock.now += 59
    assert await robots.allowed(server.url("/reviews/one"))
    clock.now += 1
    assert not await robots.allowed(server.url("/reviews/one"))
    assert server.hits("/robots.txt") == 2


async def test_missing_robots_allows_everything(server: WebServer, fetcher: Fetcher) -> None:
    robots = RobotsCache(fetcher)  # the server answers 404 for /robots.txt
    assert await robots.allowed(server.url("/drafts/two"))
    assert await robots.crawl_delay(server.url("/")) is None


async def test_unreachable_robots_disallows_for_now(server: WebServer, fetcher: Fetcher) -> None:
    server.robots("oops", status=503)
    clock = Clock()
    robots = RobotsCache(fetcher, error_ttl=600, clock=clock)
    assert not await robots.allowed(server.url("/reviews/one"))
    with pytest.raises(DisallowedError, match=r"robots.txt unreachable \(503 Service Unavail"):
        await robots.check(server.url("/reviews/one"))
    server.robots("User-agent: *\nDisallow:\n")
    clock.now += 600
    assert await robots.allowed(server.url("/reviews/one"))


async def test_robots_served_with_an_odd_type_still_counts(
    server: WebServer, fetcher: Fetcher
) -> None:
    server.page("/robots.txt", ROBOTS, content_type="application/octet-stream")
    robots = RobotsCache(fetcher)
    assert not await robots.allowed(server.url("/drafts/two"))
    assert await robots.allowed(server.url("/reviews/one"))


def test_origin_is_scheme_host_and_port() -> None:
    assert origin("HTTPS://Example.ORG:8443/a/b?c") == "https://example.org:8443"


async def test_fetch_politely_refuses_a_disallowed_url(server: WebServer, fetcher: Fetcher) -> None:
    server.robots(ROBOTS)
    sleeps = Sleeps()
    robots, pacer = RobotsCache(fetcher), HostPacer(1.0, sleep=sleeps)
    result = await fetch_politely(fetcher, robots, pacer, server.url("/reviews/one"))
    assert result.body == b"<p>one</p>"
    with pytest.raises(DisallowedError):
        await fetch_politely(fetcher, robots, pacer, server.url("/drafts/two"))
    assert server.hits("/drafts/two") == 0


# -- per-host delay --------------------------------------------------------------------------


async def test_pacer_spaces_requests_to_one_host() -> None:
    clock = Clock()
    sleeps = Sleeps(clock)
    pacer = HostPacer(2.0, clock=clock, sleep=sleeps)
    waited = [await pacer.wait("https://a.example/1") for _ in range(3)]
    assert waited == [0.0, 2.0, 2.0]
    assert sleeps.waits == [2.0, 2.0]


async def test_pacer_hosts_are_independent_and_time_passing_counts() -> None:
    clock = Clock()
    sleeps = Sleeps(clock)
    pacer = HostPacer(2.0, clock=clock, sleep=sleeps)
    assert await pacer.wait("https://a.example/1") == 0.0
    assert await pacer.wait("https://b.example/1") == 0.0
    clock.now += 1.5
    assert await pacer.wait("https://A.example/2") == pytest.approx(0.5)
    clock.now += 10
    assert await pacer.wait("https://a.example/3") == 0.0


async def test_pacer_honours_crawl_delay_within_a_bound() -> None:
    clock = Clock()
    pacer = HostPacer(1.0, max_delay=30.0, clock=clock, sleep=Sleeps(clock))
    await pacer.wait("https://a.example/", crawl_delay=4.0)
    assert await pacer.wait("https://a.example/", crawl_delay=4.0) == 4.0
    await pacer.wait("https://b.example/", crawl_delay=3600.0)
    assert await pacer.wait("https://b.example/", crawl_delay=3600.0) == 30.0


async def test_concurrent_callers_queue_for_a_host() -> None:
    import asyncio

    clock = Clock()
    sleeps = Sleeps()  # the clock does not move: each caller reserves the next slot
    pacer = HostPacer(1.0, clock=clock, sleep=sleeps)
    waited = await asyncio.gather(*(pacer.wait("https://a.example/") for _ in range(4)))
    assert sorted(waited) == [0.0, 1.0, 2.0, 3.0]
