"""Issue 10, item 9: the cooldown is one bucket per person across every lookup command."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

LOOKUPS: list[tuple[str, dict[str, Any]]] = [
    ("review", {"episode": 1}),
    ("character", {"name": "Rouge"}),
    ("recap", {"episode": 1}),
    ("search", {"query": "Nectar"}),
    ("review", {"episode": 1}),
]


async def test_five_lookups_over_four_commands_use_up_the_person_s_cooldown(
    start_bot: Callable[..., Any],
) -> None:
    async with start_bot(cooldown=(5, 60.0)) as (sandbox, _bot):
        # /help and /progress are not lookups: they never count
        for _ in range(3):
            assert "Slow down" not in (await sandbox.command("help")).message.text()
            progress = await sandbox.command("progress", {"episode": 1})
            assert "Slow down" not in progress.message.text()
        for name, options in LOOKUPS:  # 5 of 5, spread over the four lookups
            answer = await sandbox.command(name, options)
            assert "Slow down" not in answer.message.text(), name
        # a sixth lookup, on a command used only once so far, is refused politely and privately
        refused = await sandbox.command("character", {"name": "Naomi"})
        assert refused.ephemeral
        assert refused.content.startswith("Slow down a little")
        assert " s." in refused.content  # says how long to wait
        assert "Slow down" not in (await sandbox.command("help")).message.text()
        # another person has a bucket of their own
        other = await sandbox.command("recap", {"episode": 1}, user=sandbox.other_user)
        assert "Slow down" not in other.message.text()
        assert sandbox.violations == []
