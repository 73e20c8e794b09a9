"""The spoiler leaks found by trying the bot as an adversary (issue 10, items 1-6), end to end.

One rule covers them (bot/delivery.py): a public message is gated by the server's default
progress, a member's own progress only unwraps what that member alone sees, and the bot's
thread for episode N unwraps what is about episodes up to N. Expected text comes from the seed
documents (data/seeds) and the curated catalog: Sara Fitzgerald is Viola, Fate Jaron is Joker,
both revealed in episode 1; 003's recap of episode 1 names Scar Head, Kevin and the Nectar.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot import paths
from bot.ingest import catalogs_in, ingest_paths
from tests.e2e.conftest import Running, set_server_progress, show_me, split_visible

SEEDS = Path(__file__).resolve().parents[2] / "data" / "seeds"


def recap_sentences() -> list[str]:
    """The sentences of 003's recap of episode 1 (six words or more), as plain text."""
    (path,) = SEEDS.glob("003_*.txt")
    text = path.read_text(encoding="utf-8")
    recap = text[
        text.index("Episode 1 of Metallic Rouge starts with") : text.index("The Episode Review")
    ]
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(recap.split()))
    return [s for s in sentences if len(s.split()) >= 6]


def shows_recap(plain: str) -> list[str]:
    flat = " ".join(plain.split())
    return [s for s in recap_sentences() if s[:60] in flat]


async def ingest(running: Running, tmp_path: Path, name: str, text: str) -> None:
    """Store one more document in the running bot's store, as `python -m bot ingest` would."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    catalogs = catalogs_in(paths.catalog_dirs(tmp_path / "data"))
    (report,) = await ingest_paths(running.bot.store, [path], catalogs=catalogs)
    assert report.status == "added", report.reason


async def set_policy(running: Running, policy: str) -> None:
    sandbox = running.sandbox
    saved = await sandbox.command("settings", {"policy": policy}, user=sandbox.owner)
    assert saved.ephemeral


@pytest.mark.parametrize("policy", ["wrap", "ephemeral", "thread"])
@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("search", {"query": "Nectar"}),
        ("character", {"name": "Kevin"}),
        ("character", {"name": "Scar Head"}),
        ("character", {"name": "Sara"}),
    ],
)
async def test_no_policy_posts_recap_text_unwrapped_in_public(
    running: Running, policy: str, command: str, options: dict[str, str]
) -> None:
    """Item 1: at the asker's progress 1, under every policy, the channel never reads the recap
    plainly; the asker's own copy (ephemeral) may."""
    sandbox = running.sandbox
    await set_policy(running, policy)
    progress = await sandbox.command("progress", {"episode": 1})
    assert progress.ephemeral
    result = await sandbox.command(command, options)
    message = result.message
    if result.ephemeral:
        return  # only the asker reads it: their progress may unwrap it
    assert shows_recap(split_visible(message.text())[0]) == []
    mine = await show_me(running, message)
    assert mine.ephemeral


async def test_inside_an_episode_thread_only_that_episode_is_unwrapped(
    running: Running,
) -> None:
    """Item 2: the bot's thread for episode 1 unwraps what is about episode 1 for everyone,
    and nothing later, whatever the asker's own progress."""
    sandbox = running.sandbox
    await set_policy(running, "thread")
    first = await sandbox.command("recap", {"episode": 1})
    await first.wait_for_update()
    (thread,) = sandbox.world.guild.threads
    await sandbox.command("progress", {"episode": 13})  # the asker has seen everything
    season = await sandbox.command("review", channel_id=thread.id)
    assert not season.ephemeral
    plain, hidden = split_visible(season.message.text())
    assert "respectable 70 out of 100" in hidden  # about all 13 episodes: wrapped in thread 1
    assert "respectable 70 out of 100" not in plain
    found = await sandbox.command("search", {"query": "Nectar"}, channel_id=thread.id)
    plain, _ = split_visible(found.message.text())
    assert shows_recap(plain)  # the recap of episode 1 is the thread's own episode: plain here


async def test_a_season_review_of_an_anime_without_a_catalog_stays_wrapped(
    running: Running, tmp_path: Path
) -> None:
    """Item 3: an unknown episode is the last one; with no known episode count, always wrapped."""
    sandbox = running.sandbox
    await ingest(
        running,
        tmp_path,
        "frieren.txt",
        "---\ntitle: Frieren Season 1 Review\nanime: Frieren\nkind: season-review\n---\n"
        "Frieren outlives everyone she ever travelled with, and the finale makes it hurt.\n\n"
        "Overall, the quiet ending is the best thing the show did.\n",
    )
    saved = await sandbox.command(
        "settings", {"default_progress": 50, "anime": "Frieren"}, user=sandbox.owner
    )
    assert saved.ephemeral
    result = await sandbox.command("review", {"anime": "Frieren"})
    plain, hidden = split_visible(result.message.text())
    assert "the quiet ending" in hidden
    assert "the quiet ending" not in plain
    assert "Frieren Season 1 Review" not in result.message.embeds[0]["title"]


async def test_a_quote_naming_a_hidden_alias_is_wrapped_whatever_its_episode(
    running: Running, tmp_path: Path
) -> None:
    """Item 4: a review without an episode quoting "Viola" never shows it to a channel that
    has not reached her reveal."""
    await ingest(
        running,
        tmp_path,
        "viola.txt",
        "Metallic Rouge: why Sara Fitzgerald steals the show\n\n"
        "I adore Viola, whose singing carries every scene she is in.\n",
    )
    result = await running.sandbox.command("character", {"name": "Sara"})
    assert not result.ephemeral
    plain, hidden = split_visible(result.message.text())
    assert "I adore Viola" in hidden
    assert "Viola" not in plain


@pytest.mark.parametrize("alias", ["Viola", "Joker", "viola keane"])
async def test_a_lookup_by_a_hidden_alias_never_tells_the_channel_who_it_is(
    running: Running, alias: str
) -> None:
    """Item 5: at no progress, the card found through a hidden alias goes to the asker only."""
    result = await running.sandbox.command("character", {"name": alias})
    assert result.ephemeral
    channel = running.sandbox.channel_messages(running.sandbox.channel_id)
    assert [m for m in channel if m.visible_to is None] == []  # nothing the channel can read


async def test_a_lookup_by_a_plain_name_is_public(running: Running) -> None:
    result = await running.sandbox.command("character", {"name": "Sara"})
    assert not result.ephemeral
    await set_server_progress(running, 1)  # the channel has seen the reveal: Viola is no secret
    viola = await running.sandbox.command("character", {"name": "Viola"})
    assert not viola.ephemeral


async def test_titles_beyond_the_channel_stay_out_of_embed_titles(
    running: Running, tmp_path: Path
) -> None:
    """Item 6: /review episode:2 at no progress shows a neutral title; the real one and the
    episode's title are wrapped in the text."""
    await ingest(
        running,
        tmp_path,
        "ep2.txt",
        "Metallic Rouge – Episode 2 Review: The Gladiator Unmasked\n\n"
        "Episode 2 of Metallic Rouge slows down after the premiere.\n\n"
        "Overall, a calmer episode. 7/10\n",
    )
    result = await running.sandbox.command("review", {"episode": 2})
    embed = result.message.embeds[0]
    assert embed["title"] == "Review of episode 2"
    plain, hidden = split_visible(result.message.text())
    assert "Gladiator Unmasked" in hidden
    assert "Gladiator Unmasked" not in plain
    card = await running.sandbox.command("character", {"name": "Rouge"})
    fields = {f["name"]: f["value"] for f in card.message.embeds[0]["fields"]}
    assert split_visible(fields["First episode"])[1] == "Episode 1"  # beyond the channel
