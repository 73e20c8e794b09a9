"""cogs/characters.py: when a lookup would tell the channel who a hidden alias is."""

from __future__ import annotations

import pytest

from bot.models import Alias, Character
from bot.spoilers import Audience, Gate
from cogs.characters import found_by_secret

# From the curated catalog: Sara Fitzgerald is Viola (Viola Keane, "Purgatory Viola"), all
# revealed in episode 1; "Sara" and "Ms. Sara" are no secret.
SARA = Character(
    id=3,
    anime_id=1,
    anime_title="Metallic Rouge",
    name="Sara Fitzgerald",
    aliases=(
        Alias("Sara", None),
        Alias("Ms. Sara", None),
        Alias("Viola", 1),
        Alias("Viola Keane", 1),
        Alias("Purgatory Viola", 1),
    ),
    voice_actor="Yu Shimamura",
    description="A singer at Club Canal.",
    first_episode=1,
)
NOBODY = Gate(audience=Audience.PUBLIC)  # a channel that has watched nothing
WATCHED = Gate(progress=1, audience=Audience.PUBLIC)


@pytest.mark.parametrize("query", ["Viola", "viola keane", "  PURGATORY viola ", "Keane"])
def test_a_hidden_alias_is_a_secret_lookup(query: str) -> None:
    assert found_by_secret(query, SARA, NOBODY)


@pytest.mark.parametrize("query", ["Sara", "sara fitzgerald", "Fitzgerald", "Ms. Sara"])
def test_a_name_the_channel_may_know_is_not(query: str) -> None:
    assert not found_by_secret(query, SARA, NOBODY)


def test_once_the_channel_has_seen_the_reveal_the_alias_is_no_secret() -> None:
    assert not found_by_secret("Viola", SARA, WATCHED)


def test_an_empty_query_is_no_secret() -> None:
    assert not found_by_secret("   ", SARA, NOBODY)
