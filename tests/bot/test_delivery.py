"""What counts as a spoiler-bearing answer, and how discussion threads are named."""

from __future__ import annotations

import discord

from bot.delivery import Topic, bears_spoilers
from bot.models import Anime
from bot.render import Page
from bot.spoilers import escape, spoiler

ANIME = Anime(id=1, slug="metallic-rouge", title="Metallic Rouge", episode_count=13)


def embed(description: str = "", field: str | None = None) -> discord.Embed:
    made = discord.Embed(title="Sara Fitzgerald", description=description or None)
    if field is not None:
        made.add_field(name="Aliases", value=field)
    return made


def test_a_page_with_a_spoiler_span_anywhere_bears_spoilers() -> None:
    assert bears_spoilers([Page(embeds=(embed(field="Sara, " + spoiler("Viola")),))])
    assert bears_spoilers([Page(content=spoiler("x")), Page(embeds=(embed("plain"),))])


def test_escaped_pipes_are_not_a_spoiler() -> None:
    assert not bears_spoilers([Page(embeds=(embed(escape("a || b || c")),))])
    assert not bears_spoilers([Page(content="plain")])


def test_thread_names_say_anime_and_episode_within_100_characters() -> None:
    assert Topic(ANIME, 1).thread_name == "Metallic Rouge – Episode 1"
    assert Topic(ANIME, None).thread_name == "Metallic Rouge – Season"
    long = Anime(id=2, slug="x", title="A" * 150, episode_count=None)
    assert len(Topic(long, 3).thread_name) == 100
