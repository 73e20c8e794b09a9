"""The fetcher against a local server: every refusal reason, redirects, the private-address
guard, conditional GET and the 429/5xx backoff."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import AsyncIterator

import pytest

from bot.web.addresses import IPAddress, is_public
from bot.web.fetch import (
    FEED_TYPES,
    USER_AGENT,
    CheckedResolver,
    Fetcher,
    FetchError,
    FetchLimits,
    retry_after_seconds,
    retry_delay,
)
from tests.web_server import ATOM, FakeResolver, WebServer, respond

PAGE = "<html><head><title>T</title></head><body><p>Hello</p></body></html>"


@pytest.fixture
async def server() -> AsyncIterator[WebServer]:
    async with WebServer() as running:
        yield running


class Sleeps:
    """Records backoff waits instead of sleeping."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


async def refusal(fetcher: Fetcher, url: str, **kwargs: object) -> str:
    with pytest.raises(FetchError) as caught:
        await fetcher.fetch(url, **kwargs)  # type: ignore[arg-type]
    return caught.value.reason


# -- plain fetches ------------------------------------------------------------------------


async def test_fetches_a_page_with_a_descriptive_user_agent(server: WebServer) -> None:
    server.page("/review", PAGE, headers={"ETag": '"v1"'})
    async with Fetcher() as fetcher:
        result = await fetcher.fetch(server.url("/review"))
    assert result.status == 200
    assert result.body == PAGE.encode()
    assert result.text() == PAGE
    assert result.content_type == "text/html"
    assert result.charset == "utf-8"
    assert result.etag == '"v1"'
    assert result.url == server.url("/review")
    sent = server.requests[-1].headers
    assert sent["User-Agent"] == USER_AGENT
    assert "RougeReviewsBot" in sent["User-Agent"] and "+http" in sent["User-Agent"]


async def test_plain_text_and_xhtml_are_pages(server: WebServer) -> None:
    server.page("/a.txt", "words", content_type="text/plain")
    server.page("/b", PAGE, content_type="application/xhtml+xml")
    async with Fetcher() as fetcher:
        assert (await fetcher.fetch(server.url("/a.txt"))).text() == "words"
        assert (await fetcher.fetch(server.url("/b"))).content_type == "application/xhtml+xml"


# -- refusals -----------------------------------------------------------------------------


async def test_404_is_refused_with_its_status(server: WebServer) -> None:
    async with Fetcher() as fetcher:
        assert await refusal(fetcher, server.url("/missing")) == "404 Not Found"


async def test_slow_response_times_out(server: WebServer) -> None:
    server.slow("/slow", delay=5)
    limits = FetchLimits(total_timeout=0.3, connect_timeout=0.3)
    async with Fetcher(limits=limits) as fetcher:
        reason = await refusal(fetcher, server.url("/slow"))
    assert reason == "timed out after 0.3 s"


async def test_default_timeout_is_twenty_seconds_in_the_reason() -> None:
    assert FetchLimits().total_timeout == 20.0


@pytest.mark.parametrize("declare_length", [True, False])
async def test_body_over_five_megabytes_is_refused(server: WebServer, declare_length: bool) -> None:
    server.huge("/big", 5 * 1024 * 1024 + 1, declare_length=declare_length)
    async with Fetcher() as fetcher:
        assert await refusal(fetcher, server.url("/big")) == "larger than 5 MB"


async def test_body_of_exactly_the_limit_is_accepted(server: WebServer) -> None:
    server.huge("/edge", 1000, declare_length=False)
    async with Fetcher(limits=FetchLimits(max_bytes=1000)) as fetcher:
        assert len((await fetcher.fetch(server.url("/edge"))).body) == 1000
    server.huge("/over", 1001, declare_length=False)
    async with Fetcher(limits=FetchLimits(max_bytes=1000)) as fetcher:
        assert await refusal(fetcher, server.url("/over")) == "larger than 1000 bytes"


async def test_wrong_content_type_is_refused(server: WebServer) -> None:
    server.page("/img", b"\x89PNG\r\n", content_type="image/png")
    async with Fetcher() as fetcher:
        assert await refusal(fetcher, server.url("/img")) == "not a web page (image/png)"


async def test_feed_types_only_when_asked(server: WebServer) -> None:
    server.feed("/feed.xml", "<feed/>", content_type=ATOM)
    async with Fetcher() as fetcher:
        page_reason = await refusal(fetcher, server.url("/feed.xml"))
        result = await fetcher.fetch(server.url("/feed.xml"), accept=FEED_TYPES)
    assert page_reason == "not a web page (application/atom+xml)"
    assert result.content_type == "application/atom+xml"


async def test_only_http_and_https() -> None:
    async with Fetcher() as fetcher:
        assert await refusal(fetcher, "ftp://example.org/file") == (
            "only http and https addresses are fetched, not ftp"
        )
        assert await refusal(fetcher, "file:///etc/passwd") == (
            "only http and https addresses are fetched, not file"
        )


async def test_tls_error_is_refused_with_its_cause(server: WebServer) -> None:
    server.page("/review", PAGE)
    https_url = server.url("/review").replace("http://", "https://")
    async with Fetcher(limits=FetchLimits(retries=0)) as fetcher:
        reason = await refusal(fetcher, https_url)
    assert reason.startswith("TLS error: ")
    assert len(reason) > len("TLS error: ")


async def test_unresolvable_host_is_refused() -> None:
    async with Fetcher(resolver=FakeResolver({})) as fetcher:
        assert await refusal(fetcher, "http://nowhere.test/") == "could not resolve nowhere.test"


# -- redirects ----------------------------------------------------------------------------


async def test_follows_five_redirects(server: WebServer) -> None:
    server.page("/final", PAGE)
    first = server.redirect_chain("/hop", 5, "/final")
    async with Fetcher() as fetcher:
        result = await fetcher.fetch(server.url(first))
    assert result.url == server.url("/final")
    assert len(result.redirects) == 5
    assert result.redirects[0] == server.url("/hop0")


async def test_sixth_redirect_is_refused(server: WebServer) -> None:
    server.page("/final", PAGE)
    first = server.redirect_chain("/hop", 6, "/final")
    async with Fetcher() as fetcher:
        assert await refusal(fetcher, server.url(first)) == "too many redirects"
    assert server.hits("/final") == 0


async def test_redirect_to_another_scheme_is_refused(server: WebServer) -> None:
    server.redirect("/away", "ftp://example.org/")
    async with Fetcher() as fetcher:
        reason = await refusal(fetcher, server.url("/away"))
    assert reason == "only http and https addresses are fetched, not ftp"


# -- the private-address guard ------------------------------------------------------------

PRIVATE_HOSTS = {
    "intranet.test": ["10.0.0.1"],
    "loopback.test": ["127.0.0.1"],
    "metadata.test": ["169.254.169.254"],
    "ipv6-loopback.test": ["::1"],
    "mapped.test": ["::ffff:10.0.0.1"],
    "mixed.test": ["93.184.216.34", "10.0.0.1"],
}


@pytest.mark.parametrize(("host", "address"), [(h, a[-1]) for h, a in PRIVATE_HOSTS.items()])
async def test_guard_refuses_hosts_resolving_to_private_addresses(
    server: WebServer, host: str, address: str
) -> None:
    server.page("/review", PAGE)
    resolver = FakeResolver(PRIVATE_HOSTS)
    async with Fetcher(guard=True, resolver=resolver) as fetcher:
        reason = await refusal(fetcher, server.url("/review", host=host))
    assert reason == f"private address {address} refused"
    assert resolver.calls == [host]
    assert server.hits("/review") == 0


@pytest.mark.parametrize(
    "literal", ["127.0.0.1", "10.0.0.1", "[::1]", "169.254.169.254", "[::ffff:127.0.0.1]"]
)
async def test_guard_refuses_ip_literals(literal: str) -> None:
    resolver = FakeResolver({})
    async with Fetcher(guard=True, resolver=resolver) as fetcher:
        reason = await refusal(fetcher, f"http://{literal}/x")
    # Reported in the standard (compressed) form: ::ffff:127.0.0.1 is ::ffff:7f00:1.
    assert reason == f"private address {ipaddress.ip_address(literal.strip('[]'))} refused"
    assert resolver.calls == []


def local_counts_as_public(address: IPAddress) -> bool:
    """The real policy, except that the test server's 127.0.0.1 stands in for a public host
    (nothing here may reach the internet)."""
    return str(address) == "127.0.0.1" or is_public(address)


async def test_guard_lets_a_public_host_through(server: WebServer) -> None:
    server.page("/review", PAGE)
    resolver = FakeResolver({"reviews.test": ["127.0.0.1"]})
    async with Fetcher(guard=True, resolver=resolver, allowed=local_counts_as_public) as fetcher:
        result = await fetcher.fetch(server.url("/review", host="reviews.test"))
    assert result.body == PAGE.encode()
    # `reviews.test` exists only in the fake resolver: the connection used its checked answer.
    assert resolver.calls == ["reviews.test"]


async def test_guard_rechecks_every_redirect(server: WebServer) -> None:
    """A public host redirecting to a private one is refused at that hop, before connecting."""
    server.page("/secret", "internal")
    server.redirect("/go", server.url("/secret", host="intranet.test"))
    server.redirect("/go-literal", "http://169.254.169.254/latest/meta-data/")
    resolver = FakeResolver({"reviews.test": ["127.0.0.1"], "intranet.test": ["10.0.0.1"]})
    async with Fetcher(guard=True, resolver=resolver, allowed=local_counts_as_public) as fetcher:
        reason = await refusal(fetcher, server.url("/go", host="reviews.test"))
        literal = await refusal(fetcher, server.url("/go-literal", host="reviews.test"))
    assert reason == "private address 10.0.0.1 refused"
    assert literal == "private address 169.254.169.254 refused"
    # The redirect's host was resolved and checked; the literal was refused unresolved (a
    # kept-alive connection to reviews.test may serve the second request without a lookup).
    assert resolver.calls[:2] == ["reviews.test", "intranet.test"]
    assert set(resolver.calls) == {"reviews.test", "intranet.test"}
    assert server.hits("/go") == 1 and server.hits("/secret") == 0


async def test_allow_private_lifts_the_guard(server: WebServer) -> None:
    server.page("/review", PAGE)
    resolver = FakeResolver({"nas.test": ["127.0.0.1"]})
    async with Fetcher(guard=True, allow_private=True, resolver=resolver) as fetcher:
        assert (await fetcher.fetch(server.url("/review", host="nas.test"))).status == 200


async def test_guard_connects_only_to_the_checked_address() -> None:
    """The connector's resolver returns exactly the vetted addresses, numeric, so aiohttp
    connects to what was checked and never asks DNS again (no rebinding window)."""
    resolver = FakeResolver({"reviews.test": ["93.184.216.34", "2606:2800:220:1::1"]})
    checked = CheckedResolver(resolver, guard=True)
    results = await checked.resolve("reviews.test", 443)
    assert [r["host"] for r in results] == ["93.184.216.34", "2606:2800:220:1::1"]
    assert [r["family"] for r in results] == [socket.AF_INET, socket.AF_INET6]
    assert all(r["hostname"] == "reviews.test" and r["port"] == 443 for r in results)
    assert resolver.calls == ["reviews.test"]


async def test_without_the_guard_loopback_is_fetched(server: WebServer) -> None:
    server.page("/review", PAGE)
    async with Fetcher(guard=False) as fetcher:
        assert (await fetcher.fetch(server.url("/review"))).status == 200


# -- conditional GET ----------------------------------------------------------------------


async def test_conditional_get_returns_not_modified(server: WebServer) -> None:
    modified = "Wed, 01 Nov 2023 10:00:00 GMT"
    server.conditional("/feed", PAGE, etag='"abc"', last_modified=modified)
    async with Fetcher() as fetcher:
        first = await fetcher.fetch(server.url("/feed"))
        again = await fetcher.fetch(
            server.url("/feed"), etag=first.etag, last_modified=first.last_modified
        )
        stale = await fetcher.fetch(server.url("/feed"), etag='"old"')
    assert (first.status, first.etag, first.last_modified) == (200, '"abc"', modified)
    assert not first.not_modified
    assert again.not_modified and again.status == 304 and again.body == b""
    assert again.etag == '"abc"'
    assert server.requests[1].headers["If-None-Match"] == '"abc"'
    assert server.requests[1].headers["If-Modified-Since"] == modified
    assert stale.status == 200 and stale.body == PAGE.encode()


# -- backoff ------------------------------------------------------------------------------


async def test_429_is_retried_after_the_servers_delay(server: WebServer) -> None:
    server.sequence(
        "/busy",
        [respond(429, "slow down", headers={"Retry-After": "7"}), respond(200, PAGE)],
    )
    sleeps = Sleeps()
    async with Fetcher(sleep=sleeps) as fetcher:
        result = await fetcher.fetch(server.url("/busy"))
    assert result.body == PAGE.encode()
    assert sleeps.waits == [7.0]
    assert server.hits("/busy") == 2


async def test_5xx_retries_are_bounded_and_grow(server: WebServer) -> None:
    server.status("/down", 503)
    sleeps = Sleeps()
    limits = FetchLimits(retries=2, backoff_base=1.5)
    async with Fetcher(limits=limits, sleep=sleeps) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.fetch(server.url("/down"))
    assert caught.value.reason == "503 Service Unavailable"
    assert caught.value.transient and caught.value.status == 503
    assert sleeps.waits == [1.5, 3.0]
    assert server.hits("/down") == 3


async def test_a_long_retry_after_is_not_waited_for(server: WebServer) -> None:
    server.status("/later", 429, headers={"Retry-After": "3600"})
    sleeps = Sleeps()
    async with Fetcher(sleep=sleeps) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.fetch(server.url("/later"))
    assert caught.value.reason == "429 Too Many Requests"
    assert caught.value.retry_after == 3600.0
    assert sleeps.waits == []
    assert server.hits("/later") == 1


async def test_404_is_not_retried(server: WebServer) -> None:
    sleeps = Sleeps()
    async with Fetcher(sleep=sleeps) as fetcher:
        await refusal(fetcher, server.url("/missing"))
    assert sleeps.waits == [] and server.hits("/missing") == 1


def test_retry_after_parses_seconds_and_dates() -> None:
    assert retry_after_seconds("120") == 120.0
    now = 1_700_000_000.0  # Tue, 14 Nov 2023 22:13:20 GMT
    assert retry_after_seconds("Tue, 14 Nov 2023 22:14:20 GMT", now=now) == 60.0
    assert retry_after_seconds("Tue, 14 Nov 2023 22:00:00 GMT", now=now) == 0.0
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


def test_retry_delay_doubles_unless_the_server_said() -> None:
    assert [retry_delay(n, None, base=2.0) for n in range(4)] == [2.0, 4.0, 8.0, 16.0]
    assert retry_delay(3, 5.0, base=2.0) == 5.0


async def test_fetch_outside_the_context_manager_is_a_programming_error() -> None:
    with pytest.raises(RuntimeError):
        await Fetcher().fetch("http://127.0.0.1:1/")
