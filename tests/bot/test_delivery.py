"""How discussion threads are named, and what an episode thread unwraps."""

from __future__ import annotations

from bot.delivery import Topic, thread_gate
from bot.models import Anime
from bot.spoilers import Audience, Gate

ANIME = Anime(id=1, slug="metallic-rouge", title="Metallic Rouge", episode_count=13)


def test_thread_names_say_anime_and_episode_within_100_characters() -> None:
    assert Topic(ANIME, 1).thread_name == "Metallic Rouge – Episode 1"
    assert Topic(ANIME, None).thread_name == "Metallic Rouge – Season"
    long = Anime(id=2, slug="x", title="A" * 150, episode_count=None)
    assert len(Topic(long, 3).thread_name) == 100


def test_an_episode_thread_unwraps_up_to_its_episode_recaps_included() -> None:
    public = Gate(progress=None, last_episode=13, audience=Audience.PUBLIC)
    gate = thread_gate(public, 3)
    assert gate.audience is Audience.THREAD
    assert not gate.hides(about_episode=3, recap=True)
    assert not gate.hides(about_episode=1)
    assert gate.hides(about_episode=4)
    assert gate.hides(about_episode=None)  # unknown = the last episode, 13


def test_the_season_thread_unwraps_up_to_the_last_known_episode() -> None:
    known = thread_gate(Gate(last_episode=13, audience=Audience.PUBLIC), None)
    assert not known.hides(about_episode=None, recap=True)
    assert not known.hides(about_episode=13)
    unknown = thread_gate(Gate(audience=Audience.PUBLIC), None)
    assert unknown.hides(about_episode=None)
    assert unknown.hides(about_episode=1, recap=True)
