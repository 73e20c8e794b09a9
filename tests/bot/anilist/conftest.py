"""An AniList emulator on loopback and a client whose clock and sleeps are fake (no real waits)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest

from anilist_sandbox import AniListSandbox
from bot.anilist.client import AniListClient, RateLimiter, ResponseCache


@dataclass
class FakeClock:
    """Time that moves only when someone sleeps."""

    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def sandbox(clock: FakeClock) -> AsyncIterator[AniListSandbox]:
    async with AniListSandbox(clock=clock) as running:
        yield running


def make_client(
    sandbox: AniListSandbox, clock: FakeClock, *, cache: ResponseCache | None = None, **kw: float
) -> AniListClient:
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    return AniListClient(sandbox.url, limiter=limiter, cache=cache, sleep=clock.sleep, **kw)  # type: ignore[arg-type]


@pytest.fixture
async def client(sandbox: AniListSandbox, clock: FakeClock) -> AsyncIterator[AniListClient]:
    async with make_client(sandbox, clock) as opened:
        yield opened
