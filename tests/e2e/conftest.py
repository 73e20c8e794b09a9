"""End-to-end fixtures: the real bot, through discord.py's real HTTP and gateway code, against
the local Discord sandbox on loopback.

Every test gets a fresh sandbox and a fresh copy of a store seeded once per session from data/,
and ends by asserting that nothing the bot sent broke Discord's documented rules.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from bot import paths
from bot.bot import ReviewBot
from bot.ingest import seed_if_empty
from bot.offline import run_offline
from bot.store import Store
from discord_sandbox import Sandbox
from tests.discord_text import split_visible, unescape, unescaped_delimiters

__all__ = [
    "SHOW_ME",
    "Running",
    "set_server_progress",
    "show_me",
    "split_visible",
    "unescape",
    "unescaped_delimiters",
]

ROOT = Path(__file__).resolve().parents[2]
OPENAPI = ROOT.parent / "shared" / "discord-api-spec" / "openapi.json"
# CI has Discord's OpenAPI description beside the clone and must validate against it; a clone
# without ../shared still checks every documented limit, just not the request schemas.
REQUIRE_OPENAPI = os.environ.get("REQUIRE_DISCORD_OPENAPI") == "1"


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store seeded from data/ once per session; each test works on its own copy."""
    path = tmp_path_factory.mktemp("template") / "reviews.db"

    async def build() -> None:
        async with await Store.open(path) as store:
            await store.migrate()
            await seed_if_empty(store, paths.catalog_dirs(ROOT / "data"))

    asyncio.run(build())
    return path


@pytest.fixture
def database(seeded_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "reviews.db"
    shutil.copyfile(seeded_template, copy)
    return copy


class Running:
    """The sandbox and the bot of one test."""

    def __init__(self, sandbox: Sandbox, bot: ReviewBot) -> None:
        self.sandbox = sandbox
        self.bot = bot


@pytest.fixture
def start_bot(database: Path) -> Callable[..., Any]:
    """`async with start_bot(**overrides) as running:` for tests that need special settings."""

    def start(**overrides: Any) -> Any:
        overrides.setdefault("cooldown", None)
        overrides.setdefault("sandbox", Sandbox(openapi_path=OPENAPI))
        return run_offline(database, **overrides)

    return start


@pytest.fixture
async def running(start_bot: Callable[..., Any]) -> AsyncIterator[Running]:
    async with start_bot(view_timeout=30.0) as (sandbox, bot):
        if REQUIRE_OPENAPI:
            assert sandbox.openapi is not None, f"Discord's OpenAPI description not at {OPENAPI}"
        yield Running(sandbox, bot)
        assert sandbox.violations == [], sandbox.violations


async def set_server_progress(running: Running, episode: int) -> None:
    """The server's default progress (what public answers are gated by), set by its owner."""
    sandbox = running.sandbox
    saved = await sandbox.command("settings", {"default_progress": episode}, user=sandbox.owner)
    assert saved.ephemeral and f"episode {episode}" in saved.content, saved.content


SHOW_ME = "paginator:show-me"


async def show_me(running: Running, message: Any, **kwargs: Any) -> Any:
    """Press "Show me (my progress)" on a public answer; the presser's private copy."""
    result = await running.sandbox.click(message, SHOW_ME, **kwargs)
    assert result.ephemeral, "Show me must answer the presser alone"
    return result
