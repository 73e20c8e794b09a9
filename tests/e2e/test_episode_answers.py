"""Issue 10 (as a new user): every command taking an episode answers a wrong one the same way.

Expected values come from the seeds: Metallic Rouge has 13 episodes (002: "the full 13
episodes"); the only recap and the only episode reviews are of episode 1 (000, 003).
"""

from __future__ import annotations

from tests.e2e.conftest import Running

OUT_OF_RANGE = "**Metallic Rouge** has 13 episodes; pick one from 1 to 13."


async def test_every_command_refuses_an_episode_past_the_last_in_one_way(running: Running) -> None:
    sandbox = running.sandbox
    for name, options in (
        ("review", {"episode": 99}),
        ("recap", {"episode": 99}),
        ("rate", {"episode": 99, "score": 7}),
    ):
        result = await sandbox.command(name, options)
        assert result.ephemeral, name
        assert result.content == OUT_OF_RANGE, (name, result.content)
    # progress counts from 0 (nothing watched yet): the same sentence, its own range
    progress = await sandbox.command("progress", {"episode": 99})
    default = await sandbox.command("settings", {"default_progress": 99}, user=sandbox.owner)
    for result in (progress, default):
        assert result.ephemeral
        assert result.content == "**Metallic Rouge** has 13 episodes; pick one from 0 to 13."


async def test_an_episode_without_content_is_answered_in_one_way(running: Running) -> None:
    sandbox = running.sandbox
    recap = await sandbox.command("recap", {"episode": 2})
    assert recap.ephemeral
    assert recap.content == (
        "No recap of **Metallic Rouge** episode 2 yet. Recaps exist for episode 1."
    )
    review = await sandbox.command("review", {"episode": 5})
    assert review.ephemeral
    assert review.content == (
        "No review of **Metallic Rouge** episode 5 yet. Reviews exist for episode 1."
    )
