"""bot/anilist/client.py through the emulator: paging, retries, 429, the limiter, the cache.

Expected request counts follow from the fixtures (11 Metallic Rouge characters) and from
AniList's documented behaviour (Retry-After seconds, 30 requests a minute when degraded).
"""

from __future__ import annotations

import pytest

from anilist_sandbox import AniListSandbox, Fault
from anilist_sandbox.fixtures import METALLIC_ROUGE_ID
from bot.anilist.client import (
    AniListClient,
    AniListError,
    AniListNotFound,
    MemoryCache,
    RateLimiter,
    retry_after_seconds,
)

from .conftest import FakeClock, make_client


async def test_search_returns_anilist_best_matches_first(client: AniListClient) -> None:
    results = await client.search("Frieren")
    # Both titles start with / contain "Frieren"; the TV series is far more popular.
    assert [m["id"] for m in results] == [154587, 170068]
    assert results[0]["title"]["romaji"] == "Sousou no Frieren"


async def test_unknown_id_is_not_found(client: AniListClient) -> None:
    with pytest.raises(AniListNotFound):
        await client.media(999999)


async def test_one_request_per_page_of_characters(
    client: AniListClient, sandbox: AniListSandbox
) -> None:
    edges = await client.characters(METALLIC_ROUGE_ID, limit=50, per_page=5)
    assert len(edges) == 11  # the fixture's cast
    assert sandbox.request_count == 3  # pages of 5, 5 and 1
    pages = [r.variables["page"] for r in sandbox.requests]
    assert pages == [1, 2, 3]


async def test_paging_stops_once_the_cap_is_reached(
    client: AniListClient, sandbox: AniListSandbox
) -> None:
    edges = await client.characters(METALLIC_ROUGE_ID, limit=7, per_page=5)
    assert sandbox.request_count == 2
    assert len(edges) == 10  # whole pages; mapping applies the cap


async def test_429_waits_retry_after_then_succeeds(
    client: AniListClient, sandbox: AniListSandbox, clock: FakeClock
) -> None:
    sandbox.inject(Fault(status=429, retry_after=7))
    media = await client.media(METALLIC_ROUGE_ID)
    assert media["id"] == METALLIC_ROUGE_ID
    assert [r.status for r in sandbox.requests] == [429, 200]
    first, second = sandbox.requests
    assert second.at - first.at >= 7  # nothing was sent before Retry-After had passed


async def test_500_is_retried_with_backoff_then_succeeds(
    client: AniListClient, sandbox: AniListSandbox, clock: FakeClock
) -> None:
    sandbox.inject(Fault(status=500), Fault(status=502))
    media = await client.media(METALLIC_ROUGE_ID)
    assert media["id"] == METALLIC_ROUGE_ID
    assert [r.status for r in sandbox.requests] == [500, 502, 200]
    assert clock.sleeps == [1.0, 2.0]  # exponential backoff


async def test_persistent_500_gives_one_clear_error(
    client: AniListClient, sandbox: AniListSandbox
) -> None:
    sandbox.fail_always(Fault(status=500))
    with pytest.raises(AniListError) as caught:
        await client.media(METALLIC_ROUGE_ID)
    message = str(caught.value)
    assert message.startswith("AniList could not be reached: HTTP 500")
    assert message.endswith("; nothing was changed")
    assert "\n" not in message
    assert sandbox.request_count == 1 + client.retries


async def test_slow_answer_times_out_and_is_retried(
    sandbox: AniListSandbox, clock: FakeClock
) -> None:
    sandbox.inject(Fault(delay=1.0))
    async with make_client(sandbox, clock, timeout=0.3) as quick:
        media = await quick.media(METALLIC_ROUGE_ID)
    assert media["id"] == METALLIC_ROUGE_ID
    assert clock.sleeps == [1.0]  # one backoff after the timeout


async def test_unreachable_server_is_a_clear_error(clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    async with AniListClient(
        "http://127.0.0.1:9", limiter=limiter, sleep=clock.sleep, retries=1
    ) as dead:
        with pytest.raises(AniListError, match=r"^AniList could not be reached: .*; nothing"):
            await dead.search("Frieren")


async def test_cache_answers_a_repeat_without_a_request(
    sandbox: AniListSandbox, clock: FakeClock
) -> None:
    cache = MemoryCache(clock=clock)
    async with make_client(sandbox, clock, cache=cache) as cached:
        first = await cached.media(METALLIC_ROUGE_ID)
        second = await cached.media(METALLIC_ROUGE_ID)
        assert first == second
        assert sandbox.request_count == 1
        clock.now += 24 * 3600  # the 24 h TTL has passed
        await cached.media(METALLIC_ROUGE_ID)
        assert sandbox.request_count == 2


async def test_client_never_sends_more_than_30_a_minute(
    client: AniListClient, sandbox: AniListSandbox
) -> None:
    for _ in range(31):
        await client.media(METALLIC_ROUGE_ID)
    times = [r.at for r in sandbox.requests]
    assert all(r.status == 200 for r in sandbox.requests)  # the emulator never had to refuse
    assert times[30] - times[0] >= 60
    for i in range(len(times) - 30):
        assert times[i + 30] - times[i] >= 60


async def test_limiter_sliding_window_with_fake_clock(clock: FakeClock) -> None:
    limiter = RateLimiter(30, 60.0, clock=clock, sleep=clock.sleep)
    start = clock.now
    for _ in range(30):
        await limiter.acquire()
    assert clock.now == start  # 30 in a minute go at once
    await limiter.acquire()
    assert clock.now == start + 60  # the 31st waits for the first to leave the window


async def test_limiter_hold_delays_the_next_request(clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    limiter.hold(60)
    start = clock.now
    await limiter.acquire()
    assert clock.now == start + 60


def test_retry_after_reads_seconds_and_dates() -> None:
    assert retry_after_seconds("30") == 30.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:30 GMT", now=1445412500.0) == 10.0
