"""An AniList import, end to end: `catalog import` against the AniList emulator merges Metallic
Rouge's cast into the curated catalog, the bot loads it at start, and /character shows an
imported character's picture as the thumbnail — and no picture on a spoiler-gated card.

Expected values come from the emulator's fixture (anilist_sandbox/fixtures.py): Jean Junghardt
(AniList id 420005) is a character only the import knows; his alias "The Brother" is an
alternativeSpoiler and his description has a ~!…!~ span, so his card hides something until the
server has finished the 13 episodes. Every curated character first appears in episode 1.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from anilist_sandbox import AniListSandbox
from anilist_sandbox.fixtures import METALLIC_ROUGE_ID, all_media
from bot.anilist.client import AniListClient
from bot.anilist.service import import_catalog
from tests.e2e.conftest import Running, set_server_progress, split_visible

JEAN_ID = 420005
ROUGE_ID = 420001


def fixture_image(character_id: int) -> str:
    """The fixture's `image.large` of one Metallic Rouge character."""
    (media,) = [m for m in all_media() if m["id"] == METALLIC_ROUGE_ID]
    (edge,) = [e for e in media["_characters"] if e["node"]["id"] == character_id]
    url = edge["node"]["image"]["large"]
    assert isinstance(url, str)
    return url


@pytest.fixture
async def imported(start_bot: Callable[..., Any], tmp_path: Path) -> AsyncIterator[Running]:
    """The bot, started after `catalog import "Metallic Rouge"` wrote DATA_DIR/catalog."""
    data = tmp_path / "data"
    async with AniListSandbox() as anilist, AniListClient(anilist.url) as client:
        result = await import_catalog(client, "Metallic Rouge", data_dir=data)
    assert "Jean Junghardt" in result.added
    async with start_bot(data_dir=data, view_timeout=30.0) as (sandbox, bot):
        yield Running(sandbox, bot)
        assert sandbox.violations == [], sandbox.violations


def embed_of(result: Any) -> dict[str, Any]:
    assert result.message is not None
    embed = result.message.embeds[0]
    assert isinstance(embed, dict)
    return embed


async def test_an_imported_character_shows_the_fixtures_picture(imported: Running) -> None:
    await set_server_progress(imported, 13)  # the whole show: nothing on Jean's card is hidden
    result = await imported.sandbox.command("character", {"name": "Jean Junghardt"})
    assert not result.ephemeral
    embed = embed_of(result)
    assert embed["title"] == "Jean Junghardt"
    assert embed["thumbnail"]["url"] == fixture_image(JEAN_ID)
    # the description's spoiler span is open for a server that has finished the show
    assert embed["description"] == "A researcher of the Neans. He knows who made Rouge."


async def test_a_gated_card_shows_no_picture(imported: Running) -> None:
    # No server progress: Rouge first appears in episode 1, beyond everyone in the channel.
    rouge = embed_of(await imported.sandbox.command("character", {"name": "Rouge Redstar"}))
    assert rouge["title"] == "Rouge Redstar"
    assert fixture_image(ROUGE_ID)  # the catalog has her picture...
    assert "thumbnail" not in rouge  # ...yet the gated card shows none
    # Jean's spoiler alias and description span stay wrapped short of the finale: no picture.
    await set_server_progress(imported, 12)
    jean = embed_of(await imported.sandbox.command("character", {"name": "Jean Junghardt"}))
    assert "thumbnail" not in jean
    shown, hidden = split_visible(jean["description"])
    assert "A researcher of the Neans." in shown
    assert "He knows who made Rouge." in hidden and "He knows" not in shown
