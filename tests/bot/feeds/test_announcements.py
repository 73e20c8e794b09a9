"""The announcement text: public, so gated by the server's progress; and the poll settings."""

from __future__ import annotations

import logging

import pytest

from bot.config import ConfigError, load_settings
from bot.ingest.detect.verdict import document_facts
from bot.models import Document, DocumentKind, Score, Section, SectionKind
from bot.render.announcements import Announced, announcement
from bot.spoilers import Audience, Gate
from tests.discord_text import split_visible, unescaped_delimiters


def _doc(episode: int, title: str, *, url: str = "https://site.example/ep") -> Document:
    verdict = "Overall, the twist lands and the finale is set up well."
    section = Section(1, 1, 0, SectionKind.REVIEW, None, verdict, False, episode)
    return Document(
        facts=document_facts([section]),  # as ingest works them out
        id=episode,
        anime_id=1,
        anime_title="Metallic Rouge",
        title=title,
        kind=DocumentKind.EPISODE_REVIEW,
        episode=episode,
        episode_title=None,
        score=Score("8/10", 8, 10),
        url=url,
        author=None,
        published=None,
        source_name=None,
        sections=(section,),
    )


def _gate(progress: int | None) -> Gate:
    return Gate(progress=progress, last_episode=13, audience=Audience.PUBLIC)


def test_titles_links_and_verdicts_beyond_the_server_are_wrapped_and_within_are_plain() -> None:
    items = [
        Announced(_doc(2, "Rouge Meets Naomi", url="https://site.example/ep2"), "Rouge Watch"),
        Announced(_doc(5, "Jill Is Alive", url="https://site.example/ep5-jill"), "Rouge Watch"),
    ]
    text, hidden = announcement(items, [_gate(3), _gate(3)])
    plain, wrapped = split_visible(text)
    assert hidden
    assert "New review of **Metallic Rouge** episode 2 — Rouge Watch: Rouge Meets Naomi" in text
    assert "https://site.example/ep2" in plain and "Score: 8/10" in plain
    assert "Jill Is Alive" in wrapped and "Jill Is Alive" not in plain
    assert "ep5-jill" in wrapped and "ep5-jill" not in plain
    assert "episode 5 — Rouge Watch" in plain  # the episode's number is no spoiler
    # the verdict worked out at ingest: plain for episode 2, wrapped for episode 5
    said = "Overall, the twist lands and the finale is set up well."
    assert plain.count(said) == 1 and wrapped.count(said) == 1
    assert len(text) <= 2000


def test_a_title_with_spoiler_delimiters_never_breaks_out() -> None:
    items = [Announced(_doc(9, "Who || dies || here"), "Site || name")]
    text, _ = announcement(items, [_gate(None)])
    plain, wrapped = split_visible(text)
    assert "dies" in wrapped and "dies" not in plain and len(unescaped_delimiters(text)) % 2 == 0


def test_an_announcement_holds_one_to_five_reviews() -> None:
    items = [Announced(_doc(n, f"T{n}"), None) for n in range(1, 7)]
    with pytest.raises(ValueError, match="1 to 5 reviews"):
        announcement(items, [_gate(None)] * 6)
    text, _ = announcement(items[:5], [_gate(None)] * 5)
    assert text.count("New review of") == 5 and text.startswith("1. ")


def test_feed_poll_minutes_below_five_is_raised_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        settings = load_settings({"FEED_POLL_MINUTES": "2"}, require_token=False)
    assert settings.feed_poll_minutes == 5
    assert "FEED_POLL_MINUTES" in caplog.text
    assert load_settings({}, require_token=False).feed_poll_minutes == 30
    with pytest.raises(ConfigError):
        load_settings({"FEED_POLL_MINUTES": "soon"}, require_token=False)
