"""`python -m bot` itself, as an operator runs it: a process with a token and the two URL
overrides pointed at a Discord-compatible server (the sandbox), after `python -m bot ingest`
took in a new review of another episode."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from discord_sandbox import Sandbox
from tests.e2e.conftest import OPENAPI, ROOT, split_visible

NEW_REVIEW = """---
author: A. Tester
---
Metallic Rouge – Episode 2 Review

The second episode slows down to show Rouge and Naomi (Tomoyo Kurosawa) on the road.

Overall, a calmer episode that earns a solid 7/10.
"""


async def run(*args: str, env: dict[str, str]) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_the_bot_process_syncs_and_answers_including_a_newly_ingested_review(
    tmp_path: Path,
) -> None:
    review = tmp_path / "metallic-rouge-ep2.txt"
    review.write_text(NEW_REVIEW, encoding="utf-8")
    async with Sandbox(openapi_path=OPENAPI) as sandbox:
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "DATABASE"))},
            "DISCORD_TOKEN": sandbox.token,
            "DISCORD_API_BASE_URL": sandbox.api_base,
            "DISCORD_GATEWAY_URL": sandbox.gateway_url,
            "DATABASE_PATH": str(tmp_path / "reviews.db"),
            "COMMAND_COOLDOWN": "off",
            "LOG_LEVEL": "WARNING",
        }
        status, out, err = await run("ingest", str(review), env=env)
        assert status == 0, err
        assert out.startswith("added")
        assert "episode 2" in out

        bot = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=ROOT, env=env, stderr=asyncio.subprocess.PIPE
        )
        try:
            await sandbox.wait_for_command("review", timeout=30.0)
            await sandbox.wait_for_command("search", timeout=10.0)
            await sandbox.wait_for_identify(timeout=30.0)

            # the channel has watched two episodes: titles are plain in public answers
            saved = await sandbox.command("settings", {"default_progress": 2}, user=sandbox.owner)
            assert saved.ephemeral
            first = await sandbox.command("review", {"episode": 1})
            assert first.message.embeds[0]["title"] == "Metallic Rouge – Ep. 1 (First Impressions)"
            second = await sandbox.command("review", {"episode": 2})
            embed = second.message.embeds[0]
            assert embed["title"] == "Metallic Rouge – Episode 2 Review"
            assert "7/10" in second.message.text()
            rouge = await sandbox.command("character", {"name": "Rouge"})
            assert rouge.message.embeds[0]["title"] == "Rouge Redstar"
            viola = await sandbox.command("character", {"name": "Viola"})
            assert viola.message.embeds[0]["title"] == "Sara Fitzgerald"
            recap = await sandbox.command("recap", {"episode": 1})
            plain, hidden = split_visible(recap.message.embeds[0]["description"])
            assert hidden
            assert not plain.strip() or "episode" in plain.lower()  # only a note, if any
            found = await sandbox.command("search", {"query": "calmer episode"})
            assert "Episode 2 Review" in found.message.text()
            assert sandbox.violations == []
        finally:
            bot.terminate()
            _, bot_err = await bot.communicate()
        assert bot.returncode == 0, bot_err.decode()[-2000:]  # SIGTERM: a clean shutdown
        assert "Traceback" not in bot_err.decode()
