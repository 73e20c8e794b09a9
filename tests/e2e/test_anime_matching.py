"""Issue 10 (as a new user): `anime:Frieren` finds "Frieren: Beyond Journey's End" (prefix,
alias, typo), and with several anime stored a command without `anime:` picks the only one that
has what was asked for, before asking which.

The store is the seeded one (Metallic Rouge: reviews and a recap of episode 1, a season review)
plus a catalog of Frieren: characters, no documents.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.models import Catalog, CatalogCharacter
from bot.store import Store
from tests.e2e.conftest import Running

FRIEREN_TITLE = "Frieren: Beyond Journey's End"
FRIEREN = Catalog(
    title=FRIEREN_TITLE,
    slug="frieren-beyond-journeys-end",
    aliases=("Sousou no Frieren",),
    episode_count=28,
    characters=(
        CatalogCharacter(name="Frieren"),
        CatalogCharacter(name="Fern"),
        CatalogCharacter(name="Naomi"),  # a name Metallic Rouge has too (Naomi Orthmann)
    ),
)


@pytest.fixture
def two_anime(database: Path) -> Path:
    async def add() -> None:
        async with await Store.open(database) as store:
            await store.upsert_catalog(FRIEREN)

    asyncio.run(add())
    return database


@pytest.fixture
async def running(two_anime: Path, start_bot: Callable[..., Any]) -> AsyncIterator[Running]:
    async with start_bot() as (sandbox, bot):
        yield Running(sandbox, bot)
        assert sandbox.violations == [], sandbox.violations


@pytest.mark.parametrize("name", ["Frieren", "frieren", "Sousou no Frieren", "Freiren"])
async def test_anime_option_finds_frieren_by_prefix_alias_or_typo(
    running: Running, name: str
) -> None:
    result = await running.sandbox.command("recap", {"episode": 1, "anime": name})
    assert result.ephemeral
    assert result.content == (
        f"No recap of **{FRIEREN_TITLE}** episode 1 yet. No recaps stored yet."
    )


async def test_an_unknown_anime_lists_the_known_ones(running: Running) -> None:
    result = await running.sandbox.command("review", {"anime": "Naruto"})
    assert result.ephemeral
    assert result.content == (
        "I have no anime called **Naruto**.\n"
        f"I know **{FRIEREN_TITLE}** and **Metallic Rouge**. Pick one with `anime:`."
    )


async def test_without_anime_the_only_one_with_a_recap_of_the_episode_answers(
    running: Running,
) -> None:
    result = await running.sandbox.command("recap", {"episode": 1})
    assert not result.ephemeral and result.message is not None
    assert "Metallic Rouge episode 1" in result.message.embeds[0]["title"]


async def test_without_anime_the_only_one_with_reviews_answers(running: Running) -> None:
    episode = await running.sandbox.command("review", {"episode": 1})
    assert episode.message is not None
    # Metallic Rouge's two reviews of episode 1 (000, 003), titled neutrally: no progress set
    assert "Review 1 of 2" in episode.message.embeds[0]["footer"]["text"]
    season = await running.sandbox.command("review")
    assert season.message is not None
    assert "Review 1 of 1" in season.message.embeds[0]["footer"]["text"]  # 002, the only one


async def test_without_anime_the_only_one_with_the_character_answers(running: Running) -> None:
    fern = await running.sandbox.command("character", {"name": "Fern"})
    assert fern.message is not None and fern.message.embeds[0]["title"] == "Fern"
    rouge = await running.sandbox.command("character", {"name": "Redstar"})
    assert rouge.message is not None and rouge.message.embeds[0]["title"] == "Rouge Redstar"


async def test_when_several_anime_have_it_the_answer_lists_those(running: Running) -> None:
    result = await running.sandbox.command("character", {"name": "Naomi"})
    assert result.ephemeral
    assert result.content == (
        f"Several anime have that: **{FRIEREN_TITLE}** and **Metallic Rouge**. "
        "Pick one with `anime:`."
    )


async def test_when_no_anime_has_it_the_answer_asks_which(running: Running) -> None:
    result = await running.sandbox.command("recap", {"episode": 2})
    assert result.ephemeral
    assert result.content == (
        f"I know **{FRIEREN_TITLE}** and **Metallic Rouge**. Pick one with `anime:`."
    )


async def test_the_servers_default_anime_comes_first(running: Running) -> None:
    sandbox = running.sandbox
    saved = await sandbox.command("settings", {"default_anime": "Frieren"}, user=sandbox.owner)
    assert saved.content is not None and FRIEREN_TITLE in saved.content
    result = await sandbox.command("recap", {"episode": 1})
    assert result.content == (
        f"No recap of **{FRIEREN_TITLE}** episode 1 yet. No recaps stored yet."
    )
