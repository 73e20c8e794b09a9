"""Two `python -m bot` processes holding shards 0 and 1 of 2, sharing one store (issue 14).

The sandbox has four guilds, two on each shard (Discord's rule: a guild's events go to shard
`(guild_id >> 22) % shard_count`). As an operator runs them: SHARD_COUNT=2 and SHARD_IDS=0 or
1, one DATABASE_PATH (SQLite: one machine) or one DATABASE_URL (PostgreSQL).

* A member's /progress, set through the shard-0 process, gates their /character Viola asked
  in a guild of the shard-1 process.
* A review ingested by `python -m bot ingest` while both run is answered by both.
* Commands are synced once, by the process holding shard 0.
* A burst of 200 interactions, half on each shard, is answered in full.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from discord_sandbox import Sandbox
from discord_sandbox.interactions import InteractionResult
from tests.e2e.conftest import OPENAPI, ROOT, split_visible, unescape

SHARDS = 2
REVEAL = "Immortal Nine"  # what Sara Fitzgerald's card says once episode 1 is watched
NEW_ANIME = "Frieren: Beyond Journey's End"
NEW_REVIEW = f"""---
author: A. Tester
---
{NEW_ANIME} – Episode 1 Review

Frieren buries Himmel and sets off again, and the quiet grimoire hunt that follows is lovely.

Overall, a gentle start that earns a solid 8/10.
"""
BURST = 200


def discord_shard(guild_id: int) -> int:
    """Discord's formula (Gateway > Sharding), written out rather than taken from the sandbox."""
    return (guild_id >> 22) % SHARDS


def environment(sandbox: Sandbox, store: dict[str, str]) -> dict[str, str]:
    inherited = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DISCORD_", "DATABASE_", "SHARD_", "SYNC_", "COMMAND_", "LOG_"))
    }
    return {
        **inherited,
        "PYTHONPATH": str(ROOT),
        "DISCORD_TOKEN": sandbox.token,
        "DISCORD_API_BASE_URL": sandbox.api_base,
        "DISCORD_GATEWAY_URL": sandbox.gateway_url,
        "COMMAND_COOLDOWN": "off",
        "LOG_LEVEL": "WARNING",
        **store,
    }


@contextlib.asynccontextmanager
async def bot_processes(
    sandbox: Sandbox, env: dict[str, str], work: Path
) -> AsyncIterator[list[asyncio.subprocess.Process]]:
    """One `python -m bot` per shard, running until the block ends; then SIGTERM, and each must
    stop cleanly (status 0, no traceback)."""
    processes: list[asyncio.subprocess.Process] = []
    logs = [work / f"shard-{shard}.log" for shard in range(SHARDS)]
    try:
        for shard, log in enumerate(logs):
            with log.open("wb") as output:
                processes.append(
                    await asyncio.create_subprocess_exec(
                        sys.executable,
                        "-m",
                        "bot",
                        cwd=work,
                        env={**env, "SHARD_COUNT": str(SHARDS), "SHARD_IDS": str(shard)},
                        stdout=output,
                        stderr=output,
                    )
                )
        await sandbox.wait_for_identify(count=SHARDS, timeout=60.0)
        await sandbox.wait_for_command("review", timeout=30.0)
        yield processes
    finally:
        for process in processes:
            if process.returncode is None:
                process.terminate()
        for process in processes:
            await asyncio.wait_for(process.wait(), 30)
    for process, log in zip(processes, logs, strict=True):
        printed = log.read_text(encoding="utf-8", errors="replace")
        assert process.returncode == 0, printed[-3000:]
        assert "Traceback" not in printed, printed[-3000:]


async def answered(result: InteractionResult) -> str:
    """The whole visible answer (deferred answers arrive as an edit or follow-up)."""
    for _ in range(50):
        texts = [m.text() for m in (result.message, *result.followups) if m is not None]
        if any(t.strip() for t in texts):
            return "\n".join(texts)
        await result.wait_for_update(timeout=5.0)
    raise AssertionError(f"no answer to {result!r}")


def shard_of_interaction(sandbox: Sandbox, interaction_id: int) -> list[int]:
    """The shards whose connection carried this INTERACTION_CREATE."""
    return [
        shard
        for shard, session in sandbox.gateway.shards.items()
        if any(int(d["id"]) == interaction_id for d in session.events("INTERACTION_CREATE"))
    ]


async def two_shard_scenario(sandbox: Sandbox, env: dict[str, str], work: Path) -> None:
    guilds: dict[int, list[int]] = {0: [], 1: []}
    guilds[discord_shard(sandbox.guild_id)].append(sandbox.guild_id)
    for shard in (0, 1):
        while len(guilds[shard]) < 2:
            guilds[shard].append(sandbox.add_guild(f"Shard {shard} guild", shard=(shard, SHARDS)))
    assert all(discord_shard(g) == s for s, ids in guilds.items() for g in ids)
    here, there = guilds[0][0], guilds[1][0]  # one guild of each process
    review = work / "frieren-ep1.txt"
    review.write_text(NEW_REVIEW, encoding="utf-8")

    async with bot_processes(sandbox, env, work):
        assert sandbox.gateway.connected_shards == [0, 1]

        # --- commands were synced once, by shard 0's process
        syncs = [r for r in sandbox.requests if r.method == "PUT" and r.path.endswith("/commands")]
        assert len(syncs) == 1, [(r.method, r.path) for r in syncs]
        assert {c["name"] for c in sandbox.registered_commands()} >= {"review", "character"}

        # --- /progress set on shard 0 gates /character Viola on shard 1
        policy = await sandbox.command(
            "settings", {"policy": "ephemeral"}, user=sandbox.owner, guild_id=there
        )
        assert "Saved" in (policy.content or "")
        before = await sandbox.command("character", {"name": "Viola"}, guild_id=there)
        plain, hidden = split_visible(await answered(before))
        assert "Viola" not in plain and REVEAL not in plain
        assert REVEAL in hidden
        progress = await sandbox.command("progress", {"episode": 1}, guild_id=here)
        assert "episode 1" in (progress.content or "")
        after = await sandbox.command("character", {"name": "Viola"}, guild_id=there)
        assert after.ephemeral  # the asker's own progress: only the asker sees it
        plain, _ = split_visible(await answered(after))
        assert "Viola" in plain and REVEAL in plain
        assert shard_of_interaction(sandbox, progress.id) == [0]
        assert shard_of_interaction(sandbox, after.id) == [1]

        # --- both processes learn of a review ingested beside them
        for guild in (here, there):
            unknown = await sandbox.command(
                "review", {"anime": NEW_ANIME, "episode": 1}, guild_id=guild
            )
            assert "grimoire" not in unescape(await answered(unknown))
        ingest = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "ingest",
            str(review),
            cwd=work,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await ingest.communicate()
        assert ingest.returncode == 0, err.decode()
        assert out.decode().startswith("added")
        for guild in (here, there):
            known = await sandbox.command(
                "review", {"anime": NEW_ANIME, "episode": 1}, guild_id=guild
            )
            text = unescape(await answered(known))
            assert "grimoire hunt" in text
            assert "8/10" in text
            found = await sandbox.command("search", {"query": "grimoire"}, guild_id=guild)
            assert "Episode 1 Review" in unescape(await answered(found))

        # --- a burst over both processes, answered in full
        kinds: list[tuple[str, dict[str, object]]] = [
            ("character", {"name": "Rouge"}),
            ("review", {"episode": 1}),
            ("search", {"query": "Naomi"}),
            ("recap", {"episode": 1}),
            ("help", {}),
        ]
        all_guilds = guilds[0] + guilds[1]
        pending = [
            await sandbox.command(
                kinds[i % len(kinds)][0],
                kinds[i % len(kinds)][1],
                guild_id=all_guilds[i % len(all_guilds)],
                wait=False,
            )
            for i in range(BURST)
        ]
        results = [await result.wait(timeout=30.0) for result in pending]
        assert all(r.ok for r in results), [r for r in results if not r.ok][:3]
        answers = await asyncio.gather(*(answered(r) for r in results))
        assert all(a.strip() for a in answers)
        per_shard = [shard_of_interaction(sandbox, r.id) for r in results]
        assert per_shard.count([0]) == per_shard.count([1]) == BURST // 2
        assert sandbox.violations == [], sandbox.violations[:3]


async def test_two_shard_processes_share_one_sqlite_store(database: Path, tmp_path: Path) -> None:
    async with Sandbox(openapi_path=OPENAPI, shard_count=SHARDS) as sandbox:
        env = environment(sandbox, {"DATABASE_PATH": str(database)})
        await two_shard_scenario(sandbox, env, tmp_path)


@pytest.mark.postgres
async def test_two_shard_processes_share_one_postgresql_store(
    database: Path, tmp_path: Path, pg_dsn: str
) -> None:
    dsn = pg_dsn
    copied = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "db",
        "copy",
        str(database),
        dsn,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await copied.communicate()
    assert copied.returncode == 0, err.decode()
    async with Sandbox(openapi_path=OPENAPI, shard_count=SHARDS) as sandbox:
        env = environment(sandbox, {"DATABASE_URL": dsn})
        await two_shard_scenario(sandbox, env, tmp_path)


async def test_only_the_process_holding_shard_0_syncs_commands(database: Path) -> None:
    from bot.offline import run_offline

    for shard_ids, syncs in (((1,), False), ((0,), True)):  # shard 1 first: nothing synced yet
        async with (
            Sandbox(openapi_path=OPENAPI, shard_count=SHARDS) as sandbox,
            run_offline(
                database,
                sandbox=sandbox,
                force_sync=False,
                cooldown=None,
                shard_count=SHARDS,
                shard_ids=shard_ids,
            ) as (_, bot),
        ):
            assert bot.shard_ids == list(shard_ids)
            assert sandbox.gateway.connected_shards == list(shard_ids)
            assert bool(sandbox.registered_commands()) is syncs
            assert bot.synced == ("global" if syncs else None)
