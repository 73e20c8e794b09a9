"""The shard burst: `python -m bench --shards 2` (or alone: `python -m bench.shards`).

The real `python -m bot run`, sharded as an operator runs it (SHARD_COUNT, SHARD_IDS, one
shared store), against one sandbox in this process whose guilds are spread over the shards:

* one process holding every shard (SHARD_COUNT=N, no SHARD_IDS), then
* N processes holding one shard each (SHARD_IDS=0 ... N-1),

each answering the same burst of mixed interactions spread evenly over the guilds, dispatched
at once. Reported per layout: answered within Discord's 3 s, the slowest first response, the
wall time and the throughput (interactions per second). On a 2-core machine the sandbox,
the driver and the bot processes share the cores, so this shows the cost of coordination
rather than the scaling several machines would give.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.workload import KINDS, Call, Workload, send
from discord_sandbox import Sandbox

log = logging.getLogger(__name__)

GUILDS_PER_SHARD = 2
STARTUP_TIMEOUT_S = 120.0
DEADLINE_S = 3.0


def shard_environment(base: dict[str, str], count: int, ids: str | None) -> dict[str, str]:
    env = {k: v for k, v in base.items() if k not in ("SYNC_GUILD_ID", "SHARD_IDS")}
    env["SHARD_COUNT"] = str(count)
    if ids is not None:
        env["SHARD_IDS"] = ids
    return env


def _outcome(result: Any) -> str:
    if isinstance(result, BaseException):
        return "no answer"
    if not result.ok:
        return "refused"
    if result.latency is None or result.latency > DEADLINE_S:
        return "late"
    return "answered"


async def _burst(sandbox: Sandbox, calls: Sequence[Call], guilds: Sequence[int]) -> dict[str, Any]:
    began = time.perf_counter()
    results = await asyncio.gather(
        *(send(sandbox, c, guilds[i % len(guilds)]) for i, c in enumerate(calls)),
        return_exceptions=True,
    )
    seconds = time.perf_counter() - began
    outcomes = Counter(_outcome(r) for r in results)
    latencies = sorted(r.latency for r in results if not isinstance(r, BaseException) and r.latency)
    return {
        "sent": len(calls),
        "within_deadline": outcomes["answered"],
        "outcomes": dict(outcomes),
        "p50": latencies[len(latencies) // 2] if latencies else None,
        "slowest": latencies[-1] if latencies else None,
        "seconds": seconds,
        "throughput": len(calls) / seconds if seconds else 0.0,
    }


async def _layout(
    database: Path,
    env: dict[str, str],
    work: Path,
    shards: int,
    per_process: Sequence[str | None],
    workload: Workload,
    calls: Sequence[Call],
) -> dict[str, Any]:
    from bench.run import _stop, bot_environment  # (bench.run imports this module)

    async with Sandbox(openapi_path=None, shard_count=shards) as sandbox:
        guilds: dict[int, list[int]] = {s: [] for s in range(shards)}
        guilds[(sandbox.guild_id >> 22) % shards].append(sandbox.guild_id)
        for shard in range(shards):
            while len(guilds[shard]) < GUILDS_PER_SHARD:
                guilds[shard].append(sandbox.add_guild(shard=(shard, shards)))
        spread = [guilds[s][i] for i in range(GUILDS_PER_SHARD) for s in range(shards)]
        base = {**env, **bot_environment(sandbox, database)}
        # a fresh sandbox knows no commands: register them once, as an operator would
        sync = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "sync", cwd=work, env=shard_environment(base, shards, None)
        )
        if await sync.wait() != 0:
            raise RuntimeError("python -m bot sync failed")
        processes = []
        try:
            for index, ids in enumerate(per_process):
                output = (work / f"shards-{len(per_process)}-{index}.log").open("wb")
                processes.append(
                    await asyncio.create_subprocess_exec(
                        sys.executable,
                        "-m",
                        "bot",
                        "run",
                        cwd=work,
                        env=shard_environment(base, shards, ids),
                        stdout=output,
                        stderr=output,
                    )
                )
                output.close()
            await sandbox.wait_for_identify(count=shards, timeout=STARTUP_TIMEOUT_S)
            for kind in KINDS:  # warm up every process, as the in-process runs do
                for guild in spread:
                    await send(sandbox, workload.call(kind), guild)
            return await _burst(sandbox, calls, spread)
        finally:
            await asyncio.gather(*(_stop(p) for p in processes))


async def measure_shard_burst(
    database: Path, workload: Workload, calls: Sequence[Call], work: Path, shards: int
) -> dict[str, Any]:
    """The burst against one process holding `shards` shards, then `shards` processes."""
    one = await _layout(database, {}, work, shards, [None], workload, calls)
    many = await _layout(
        database, {}, work, shards, [str(s) for s in range(shards)], workload, calls
    )
    return {"shards": shards, "one_process": one, "one_process_per_shard": many}


def render_shards(section: dict[str, Any]) -> list[str]:
    n = section["shards"]
    lines = [
        f"## Shard burst: {n} shards, one process vs {n} processes",
        "",
        "The same mixed burst, spread evenly over guilds on every shard, against the real "
        f"`python -m bot run` holding all {n} shards in one process, then {n} processes "
        "sharing the store (SHARD_COUNT/SHARD_IDS). Same machine, same cores.",
        "",
        "| layout | within 3 s | outcomes | p50 ms | slowest ms | wall s | interactions/s |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for label, key in (("1 process", "one_process"), (f"{n} processes", "one_process_per_shard")):
        b = section[key]
        p50 = f"{b['p50'] * 1000:.0f}" if b["p50"] is not None else "—"
        slowest = f"{b['slowest'] * 1000:.0f}" if b["slowest"] is not None else "—"
        lines.append(
            f"| {label} | {b['within_deadline']:,}/{b['sent']:,} | {b['outcomes']} | {p50} "
            f"| {slowest} | {b['seconds']:.2f} | {b['throughput']:,.0f} |"
        )
    return lines


async def _standalone(burst: int, shards: int, seed: int, work: Path) -> dict[str, Any]:
    from bench.run import _seeded_store, _workload
    from bot import paths
    from bot.catalog import load_catalogs

    database = work / "reviews.db"
    await _seeded_store(database)
    catalogs = load_catalogs(paths.BUNDLED_CATALOGS)
    workload = await _workload(database, catalogs, sorted(paths.SEEDS.glob("*.txt")), seed)
    calls = [workload.call(KINDS[i % len(KINDS)]) for i in range(burst)]
    return await measure_shard_burst(database, workload, calls, work, shards)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.shards",
        description="The shard burst alone, on the seeded store (3 documents).",
    )
    parser.add_argument("--burst", type=int, default=1000)
    parser.add_argument("--shards", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    if args.burst < 1 or args.shards < 1:
        parser.error("--burst and --shards must be at least 1")
    work = Path(tempfile.mkdtemp(prefix="bench-shards-"))
    try:
        section = asyncio.run(_standalone(args.burst, args.shards, args.seed, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\n".join(render_shards(section)))
    if args.json is not None:
        args.json.write_text(json.dumps(section, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
