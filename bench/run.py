"""The benchmark suite: `python -m bench [--docs 10000] [--runs 300] [--burst 1000] [--shards 2]
[--out DIR]`.

`python -m bench --scores [--docs N] [--ratings R] [--runs N]` measures `/scores` against `/help`
instead (bench/scores.py); `python -m bench --copy [--docs N]` times `db copy` SQLite ->
PostgreSQL -> SQLite and compares the answers (bench/copy_round_trip.py).

`--engines sqlite,postgres` also runs steps 2-4 on PostgreSQL (a throwaway cluster,
bench/postgres.py), and BENCHMARKS.md shows both engines side by side.

1. Generate a corpus of N documents (bench/generate.py) in a scratch directory.
2. Ingestion: the N documents through the real path (`bot.ingest.ingest_paths`: read, parse,
   store, full-text index) into a fresh store; then the same files again, which must all be
   `unchanged` and store nothing new.
3. Latency of each command through the sandbox (`bot.offline.run_offline`): at 3 documents
   (the seeded store) and at N, round-robin over the commands, p50/p95/p99 and each
   command's ratio to /help (the floor: a reply that touches no data) in the same run.
4. Burst: B mixed interactions at once on the N store; how many got their first response
   within Discord's 3 seconds, the slowest, and the throughput.
5. The real `python -m bot run` as its own process on the N store, against a sandbox in
   this process: spawn to READY, the same burst, and the bot process's peak RSS.
6. With --shards N: the same burst against N shards in one process, then N processes holding
   one shard each and sharing the store (bench/shards.py): throughput of each layout.

Writes a table to stdout and BENCHMARKS.md, and the figures to results/<timestamp>.json.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import os
import platform
import shlex
import shutil
import signal
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import discord

from bench import ingest_accuracy
from bench.generate import DEFAULT_DOCS, DEFAULT_SEED, Corpus, generate
from bench.postgres import BENCH_SETTINGS, Server, throwaway_server
from bench.shards import measure_shard_burst, render_shards
from bench.workload import (
    KINDS,
    LOOKUPS,
    Call,
    Workload,
    bench_bot,
    bench_sandbox,
    build_workload,
    send,
)
from bot import paths
from bot.catalog import load_catalogs
from bot.ingest import ingest_paths, seed_if_empty
from bot.models import Catalog, IngestStatus
from bot.store import Store
from discord_sandbox import Sandbox

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RUNS = 300
DEFAULT_BURST = 1_000
DEFAULT_STARTUPS = 3
DEADLINE_S = 3.0  # Discord: the first response to an interaction within 3 seconds
STARTUP_TIMEOUT_S = 120.0

# Targets on a 2-core machine (the numbers).
TARGET_INGEST_DOCS_PER_S = 2_000.0
TARGET_LOOKUP_P50_RATIO = 1.2
TARGET_LOOKUP_P99_RATIO = 2.0
TARGET_AUTOCOMPLETE_P99_RATIO = 1.5
TARGET_READY_S = 1.5
TARGET_RSS_MIB = 120.0

ENGINES = ("sqlite", "postgres")
DURABILITY = ("fsync", "full_page_writes", "synchronous_commit", "shared_buffers")


@dataclass(frozen=True, slots=True)
class Options:
    docs: int = DEFAULT_DOCS
    runs: int = DEFAULT_RUNS
    burst: int = DEFAULT_BURST
    startups: int = DEFAULT_STARTUPS
    shards: int = 0  # >0: also the shard burst (bench/shards.py) over this many shards
    seed: int = DEFAULT_SEED
    out: Path | None = None  # None: BENCHMARKS.md at the root, JSON in bench/results
    ingest_accuracy: bool = False  # only the accuracy on the labelled corpus
    work: Path | None = None  # None: a temporary directory, removed at the end
    command: str = "python -m bench"
    engines: tuple[str, ...] = ("sqlite",)  # "postgres" too: steps 2-4 again on PostgreSQL

    @property
    def markdown_path(self) -> Path:
        return (self.out or ROOT) / "BENCHMARKS.md"

    @property
    def results_dir(self) -> Path:
        return self.out / "results" if self.out else ROOT / "bench" / "results"

    @property
    def warmup_rounds(self) -> int:
        return max(2, self.runs // 20)


# --------------------------------------------------------------------------- statistics


def percentile(values: Sequence[float], q: float) -> float:
    """The nearest-rank percentile (q in 0..100) of `values`."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))  # ceil(n * q / 100), at least 1
    return ordered[int(rank) - 1]


def summarize(latencies: Sequence[float]) -> dict[str, float]:
    return {
        "n": len(latencies),
        "p50": percentile(latencies, 50),
        "p95": percentile(latencies, 95),
        "p99": percentile(latencies, 99),
        "max": max(latencies),
        "mean": statistics.fmean(latencies),
    }


# --------------------------------------------------------------------------- ingestion


async def measure_ingest(corpus: Corpus, database: Path | str) -> dict[str, Any]:
    """Fresh store, catalogs, N documents, then the same N again."""
    began = time.perf_counter()
    catalogs = load_catalogs(corpus.catalog_dir)
    store = await Store.open(database)
    try:
        await store.migrate()
        for catalog in catalogs:
            await store.upsert_catalog(catalog)
        catalog_seconds = time.perf_counter() - began
        before = await store.stats()

        began = time.perf_counter()
        reports = await ingest_paths(store, corpus.documents, catalogs=catalogs)
        seconds = time.perf_counter() - began
        after = await store.stats()

        began = time.perf_counter()
        again = await ingest_paths(store, corpus.documents, catalogs=catalogs)
        again_seconds = time.perf_counter() - began
        after_again = await store.stats()
    finally:
        await store.close()

    n = len(corpus.documents)
    statuses = Counter(r.status.value for r in reports)
    again_statuses = Counter(r.status.value for r in again)
    rejected = [f"{r.file}: {r.reason}" for r in reports if r.status is IngestStatus.REJECTED]
    db_bytes = (  # (on PostgreSQL: not measured)
        sum(p.stat().st_size for p in database.parent.glob(database.name + "*"))
        if isinstance(database, Path)
        else None
    )
    return {
        "docs": n,
        "bytes": corpus.bytes,
        "catalogs": len(catalogs),
        "catalog_seconds": catalog_seconds,
        "seconds": seconds,
        "docs_per_s": n / seconds if seconds else 0.0,
        "mb_per_s": corpus.bytes / 1e6 / seconds if seconds else 0.0,
        "statuses": dict(statuses),
        "rejected": rejected[:10],
        "counts_before": before,
        "counts": after,
        "database_bytes": db_bytes,
        "reingest": {
            "seconds": again_seconds,
            "docs_per_s": n / again_seconds if again_seconds else 0.0,
            "statuses": dict(again_statuses),
            "all_unchanged": all(r.status is IngestStatus.UNCHANGED for r in again),
            "counts_after": after_again,
            "stored_nothing_new": after_again == after,
        },
    }


# --------------------------------------------------------------------------- interactions


def _outcome(result: Any) -> str:
    """What one interaction came to: answered (in time), late, refused, or no answer."""
    if isinstance(result, BaseException):
        return "no answer"
    if not result.ok:
        return "refused"
    if result.latency is None or result.latency > DEADLINE_S:
        return "late"
    return "answered"


async def measure_latency(sandbox: Sandbox, workload: Workload, options: Options) -> dict[str, Any]:
    """Sequential round-robin over every kind; warm-up rounds first, not counted."""
    for call in workload.round_robin(options.warmup_rounds):
        await send(sandbox, call)
    latencies: dict[str, list[float]] = {kind: [] for kind in KINDS}
    outcomes: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    error_replies: Counter[str] = Counter()
    for call in workload.round_robin(options.runs):
        try:
            result: Any = await send(sandbox, call)
        except Exception as exc:  # a timeout or a refusal is counted, and the run goes on
            result = exc
        outcome = _outcome(result)
        outcomes[call.kind][outcome] += 1
        if outcome in ("answered", "late"):
            latencies[call.kind].append(result.latency)
            # an ephemeral reply to a lookup is the bot explaining what it could not find
            if call.kind in LOOKUPS and result.ephemeral:
                error_replies[call.kind] += 1
    help_stats = summarize(latencies["help"]) if latencies["help"] else None
    commands: dict[str, dict[str, Any]] = {}
    for kind in KINDS:
        values = latencies[kind]
        stats: dict[str, Any] = summarize(values) if values else {"n": 0}
        stats["outcomes"] = dict(outcomes[kind])
        stats["error_replies"] = error_replies[kind]
        if values and help_stats:
            stats["ratio_p50"] = stats["p50"] / help_stats["p50"]
            stats["ratio_p99"] = stats["p99"] / help_stats["p99"]
        commands[kind] = stats
    return {"runs": options.runs, "warmup_rounds": options.warmup_rounds, "commands": commands}


async def measure_burst(sandbox: Sandbox, calls: Sequence[Call]) -> dict[str, Any]:
    """Every call dispatched at once; first responses within 3 s, slowest, throughput."""
    began = time.perf_counter()
    results = await asyncio.gather(*(send(sandbox, c) for c in calls), return_exceptions=True)
    seconds = time.perf_counter() - began
    outcomes = Counter(_outcome(r) for r in results)
    latencies = [r.latency for r in results if not isinstance(r, BaseException) and r.latency]
    return {
        "sent": len(calls),
        "within_deadline": outcomes["answered"],
        "outcomes": dict(outcomes),
        "slowest": max(latencies) if latencies else None,
        "p50": percentile(latencies, 50) if latencies else None,
        "seconds": seconds,
        "throughput": len(calls) / seconds if seconds else 0.0,
    }


class ErrorCount(logging.Handler):
    """Counts the records at ERROR and above, e.g. what the bot logs about late answers."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


async def measure_store(
    database: Path | str, workload: Workload, options: Options, *, burst: Sequence[Call] = ()
) -> dict[str, Any]:
    """Latency (and a burst) with the bot in this process; errors it logs are counted."""
    errors = ErrorCount()
    logging.getLogger().addHandler(errors)
    try:
        async with bench_bot(database) as sandbox:
            latency = await measure_latency(sandbox, workload, options)
            latency["errors_logged"] = errors.count
            if burst:
                latency["burst"] = await measure_burst(sandbox, burst)
                latency["burst"]["errors_logged"] = errors.count - latency["errors_logged"]
    finally:
        logging.getLogger().removeHandler(errors)
    return latency


# --------------------------------------------------------------------------- start-up


def peak_rss_kb(pid: int) -> int | None:
    """A live process's peak resident set size in KiB (VmHWM: what ru_maxrss reports)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return None


def bot_environment(sandbox: Sandbox, database: Path) -> dict[str, str]:
    """`python -m bot run`'s settings (see .env.example), pointed at the sandbox."""
    inherited = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DISCORD_", "DATABASE_", "SYNC_", "COMMAND_", "LOG_"))
    }
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    return {
        **inherited,
        "PYTHONPATH": path,
        "DISCORD_TOKEN": sandbox.token,
        "DISCORD_API_BASE_URL": sandbox.api_base,
        "DISCORD_GATEWAY_URL": sandbox.gateway_url,
        "DATABASE_PATH": str(database),
        "COMMAND_COOLDOWN": "off",
        # a fresh sandbox knows no commands: sync them to its guild at start, as in development
        "SYNC_GUILD_ID": str(sandbox.guild_id),
        "LOG_LEVEL": "WARNING",
    }


async def _until_ready(sandbox: Sandbox, process: asyncio.subprocess.Process) -> None:
    """Until the sandbox answered the bot's IDENTIFY with READY; raise if the bot exits."""
    ready = asyncio.ensure_future(sandbox.wait_for_identify(timeout=STARTUP_TIMEOUT_S))
    exited = asyncio.ensure_future(process.wait())
    try:
        await asyncio.wait({ready, exited}, return_when=asyncio.FIRST_COMPLETED)
        if not ready.done():
            raise RuntimeError(f"the bot exited with status {process.returncode} before READY")
        ready.result()
    finally:
        for task in (ready, exited):
            task.cancel()
        await asyncio.gather(ready, exited, return_exceptions=True)


async def _stop(process: asyncio.subprocess.Process) -> None:
    if process.returncode is not None:
        return
    process.send_signal(signal.SIGINT)  # `python -m bot` stops cleanly on Ctrl+C
    try:
        await asyncio.wait_for(process.wait(), 10)
    except TimeoutError:
        process.kill()
        await process.wait()


async def measure_own_process(
    database: Path, workload: Workload, calls: Sequence[Call], work: Path, runs: int
) -> dict[str, Any]:
    """`python -m bot run` as its own process against a sandbox in this one, `runs` times:
    spawn to READY, spawn to the first answer, a burst, and the bot process's peak RSS."""
    samples: list[dict[str, Any]] = []
    for attempt in range(runs):
        async with bench_sandbox() as sandbox:
            log_path = work / f"bot-{attempt}.log"
            with log_path.open("wb") as output:
                began = time.perf_counter()
                process = await asyncio.create_subprocess_exec(
                    sys.executable,
                    "-m",
                    "bot",
                    "run",
                    cwd=work,  # no stray .env
                    env=bot_environment(sandbox, database),
                    stdout=output,
                    stderr=output,
                )
                try:
                    try:
                        await _until_ready(sandbox, process)
                    except Exception as exc:
                        tail = log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
                        raise RuntimeError(f"{exc}; the bot's output:\n{tail}") from exc
                    ready_s = time.perf_counter() - began
                    first = await send(sandbox, Call("help", "help", {}))
                    first_answer_s = time.perf_counter() - began
                    rss_at_ready = peak_rss_kb(process.pid)
                    for call in workload.round_robin(1):  # warm up, as the in-process runs do
                        await send(sandbox, call)
                    # the ceiling: the same number of /help, which reads no data
                    floor = await measure_burst(sandbox, [Call("help", "help", {})] * len(calls))
                    burst = await measure_burst(sandbox, calls)
                    rss = peak_rss_kb(process.pid)
                finally:
                    await _stop(process)
        samples.append(
            {
                "ready_s": ready_s,
                "first_answer_s": first_answer_s,
                "first_answer_ok": first.ok,
                "rss_at_ready_kb": rss_at_ready,
                "rss_kb": rss,
                "help_burst": floor,
                "burst": burst,
            }
        )
    ready = [s["ready_s"] for s in samples]
    rss_values = [s["rss_kb"] for s in samples if s["rss_kb"] is not None]
    return {
        "runs": runs,
        "ready_s": statistics.median(ready),
        "ready_max_s": max(ready),
        "first_answer_s": statistics.median(s["first_answer_s"] for s in samples),
        "rss_kb": max(rss_values) if rss_values else None,
        "burst_within_deadline": min(s["burst"]["within_deadline"] for s in samples),
        "burst_sent": len(calls),
        "samples": samples,
    }


# --------------------------------------------------------------------------- targets


def evaluate(results: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per target: what it asks, what was measured, PASS or MISS."""
    rows: list[dict[str, Any]] = []

    def row(name: str, target: str, measured: str, passed: bool) -> None:
        rows.append({"name": name, "target": target, "measured": measured, "pass": passed})

    docs = results["meta"]["docs"]
    ingest = results["ingest"]
    row(
        "Ingestion rate",
        f">= {TARGET_INGEST_DOCS_PER_S:,.0f} docs/s",
        f"{ingest['docs_per_s']:,.0f} docs/s",
        ingest["docs_per_s"] >= TARGET_INGEST_DOCS_PER_S,
    )
    reingest = ingest["reingest"]
    row(
        "Re-ingest is a no-op",
        "every file unchanged, counts equal",
        f"{reingest['statuses']}, "
        f"counts {'equal' if reingest['stored_nothing_new'] else 'changed'}",
        reingest["all_unchanged"] and reingest["stored_nothing_new"],
    )
    big = results["latency"][str(docs)]["commands"]
    for kind in LOOKUPS:
        stats = big[kind]
        if "ratio_p50" not in stats:
            row(f"/{kind} at {docs:,} docs", "measured", "no answers", False)
            continue
        row(
            f"/{kind} p50 at {docs:,} docs",
            f"<= {TARGET_LOOKUP_P50_RATIO}x /help p50",
            f"{stats['ratio_p50']:.2f}x ({stats['p50'] * 1e3:.1f} ms)",
            stats["ratio_p50"] <= TARGET_LOOKUP_P50_RATIO,
        )
        row(
            f"/{kind} p99 at {docs:,} docs",
            f"<= {TARGET_LOOKUP_P99_RATIO}x /help p99",
            f"{stats['ratio_p99']:.2f}x ({stats['p99'] * 1e3:.1f} ms)",
            stats["ratio_p99"] <= TARGET_LOOKUP_P99_RATIO,
        )
    auto = big["autocomplete"]
    characters = results["ingest"]["counts"].get("characters", 0)
    row(
        f"/character autocomplete p99 ({characters:,} characters)",
        f"<= {TARGET_AUTOCOMPLETE_P99_RATIO}x /help p99",
        f"{auto['ratio_p99']:.2f}x ({auto['p99'] * 1e3:.1f} ms)" if "ratio_p99" in auto else "-",
        auto.get("ratio_p99", float("inf")) <= TARGET_AUTOCOMPLETE_P99_RATIO,
    )
    burst = results["latency"][str(docs)]["burst"]
    row(
        "Burst within 3 s, bot and sandbox in one process",
        f"{burst['sent']:,}/{burst['sent']:,}",
        f"{burst['within_deadline']:,}/{burst['sent']:,} "
        f"({burst['throughput']:,.0f}/s, slowest {_ms(burst['slowest'])} ms)",
        burst["within_deadline"] == burst["sent"],
    )
    own = results["startup"]
    worst = min(own["samples"], key=lambda s: s["burst"]["within_deadline"])["burst"]
    row(
        "Burst within 3 s, bot in its own process (worst run)",
        f"{worst['sent']:,}/{worst['sent']:,}",
        f"{worst['within_deadline']:,}/{worst['sent']:,} "
        f"({worst['throughput']:,.0f}/s, slowest {_ms(worst['slowest'])} ms)",
        worst["within_deadline"] == worst["sent"],
    )
    row(
        "Process start to READY",
        f"<= {TARGET_READY_S} s",
        f"{own['ready_s']:.2f} s (median of {own['runs']})",
        own["ready_s"] <= TARGET_READY_S,
    )
    rss_mib = own["rss_kb"] / 1024 if own["rss_kb"] is not None else None
    row(
        "Peak RSS of the bot process",
        f"<= {TARGET_RSS_MIB:.0f} MiB",
        f"{rss_mib:.0f} MiB" if rss_mib is not None else "not measurable here",
        rss_mib is not None and rss_mib <= TARGET_RSS_MIB,
    )
    return rows


# --------------------------------------------------------------------------- report


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value * 1e3:.1f}"


def _mib(kb: int | None) -> str:
    return "-" if kb is None else f"{kb / 1024:.0f}"


def _burst_row(label: str, burst: dict[str, Any]) -> str:
    return (
        f"| {label} | {burst['within_deadline']:,}/{burst['sent']:,} | {burst['outcomes']} "
        f"| {_ms(burst['p50'])} | {_ms(burst['slowest'])} | {burst['seconds']:.2f} "
        f"| {burst['throughput']:,.0f} |"
    )


def _latency_table(section: dict[str, Any]) -> list[str]:
    lines = [
        "| Command | n | p50 ms | p95 ms | p99 ms | max ms | p50 ÷ /help p50 "
        "| p99 ÷ /help p99 | error replies |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for kind, stats in section["commands"].items():
        label = "/character autocomplete" if kind == "autocomplete" else f"/{kind}"
        if not stats.get("n"):
            lines.append(f"| {label} | 0 | - | - | - | - | - | - | - |")
            continue
        ratio50 = f"{stats['ratio_p50']:.2f}x" if "ratio_p50" in stats else "-"
        ratio99 = f"{stats['ratio_p99']:.2f}x" if "ratio_p99" in stats else "-"
        lines.append(
            f"| {label} | {stats['n']} | {_ms(stats['p50'])} | {_ms(stats['p95'])} "
            f"| {_ms(stats['p99'])} | {_ms(stats['max'])} | {ratio50} | {ratio99} "
            f"| {stats['error_replies']} |"
        )
    return lines


def render(results: dict[str, Any]) -> str:
    meta = results["meta"]
    ingest = results["ingest"]
    reingest = ingest["reingest"]
    docs = meta["docs"]
    lines = [
        "# Benchmarks",
        "",
        f"Written by `{meta['command']}` on {meta['date']}.",
        "",
        f"Machine: {meta['cpu_count']} cores (`os.cpu_count()`), {meta['platform']}; "
        f"Python {meta['python']}, discord.py {meta['discord_py']}, SQLite {meta['sqlite']}. "
        f"Whole run: {meta['seconds']:.0f} s.",
        "",
        "## Targets",
        "",
        "| Target | Goal | Measured | Result |",
        "|---|---|---|---|",
    ]
    for target in results["targets"]:
        verdict = "PASS" if target["pass"] else "MISS"
        lines.append(
            f"| {target['name']} | {target['target']} | {target['measured']} | {verdict} |"
        )
    gen = results["generate"]
    lines += [
        "",
        "## Corpus",
        "",
        f"{gen['docs']:,} generated documents ({gen['bytes'] / 1e6:.1f} MB, seed {meta['seed']}) "
        f"about {gen['anime']} invented anime with {gen['characters']:,} characters, made in "
        f"{gen['seconds']:.1f} s by `bench/generate.py`.",
        "",
        "## Ingestion",
        "",
        "| Step | Documents | Seconds | Docs/s | Result |",
        "|---|---:|---:|---:|---|",
        f"| {ingest['catalogs']} catalogs (load + upsert) | - | {ingest['catalog_seconds']:.2f} "
        "| - | - |",
        f"| First ingest (`bot.ingest.ingest_paths`, FTS included) | {ingest['docs']:,} "
        f"| {ingest['seconds']:.2f} | {ingest['docs_per_s']:,.0f} | {ingest['statuses']} |",
        f"| Same files again | {ingest['docs']:,} | {reingest['seconds']:.2f} "
        f"| {reingest['docs_per_s']:,.0f} | {reingest['statuses']} |",
        "",
        f"Store after the first ingest: {ingest['counts']}; "
        f"{(ingest['database_bytes'] or 0) / 1e6:.0f} MB on disk. After the second: "
        f"{'the same counts' if reingest['stored_nothing_new'] else reingest['counts_after']}.",
    ]
    for key, section in results["latency"].items():
        lines += [
            "",
            f"## Latency at {int(key):,} documents",
            "",
            f"{section['runs']} rounds after {section['warmup_rounds']} warm-up rounds; each round "
            "sends every command once, in turn, one at a time. Errors the bot logged: "
            f"{section.get('errors_logged', 0)}.",
            "",
            *_latency_table(section),
        ]
    burst = results["latency"][str(docs)]["burst"]
    own = results["startup"]
    lines += [
        "",
        f"## Burst at {docs:,} documents",
        "",
        f"{burst['sent']:,} mixed interactions dispatched at once.",
        "",
        "| Where the bot runs | Within 3 s | Outcomes | Median ms | Slowest ms | All answered in s "
        "| Interactions/s |",
        "|---|---:|---|---:|---:|---:|---:|",
        _burst_row("same process as the sandbox", burst),
    ]
    for i, sample in enumerate(own["samples"], start=1):
        lines.append(_burst_row(f"own process, run {i}", sample["burst"]))
        lines.append(_burst_row(f"own process, run {i}, only /help", sample["help_burst"]))
    lines += [
        "",
        f"Errors the bot logged during the in-process burst: {burst.get('errors_logged', 0)} "
        '(under overload: answers refused as too late). "Only /help" is the ceiling: as many '
        "interactions that read no data.",
        "",
        f"## Start-up and memory at {docs:,} documents",
        "",
        "| Run | Spawn to READY s | Spawn to first answer s | Peak RSS at READY MiB "
        "| Peak RSS after the bursts MiB |",
        "|---:|---:|---:|---:|---:|",
    ]
    for i, sample in enumerate(own["samples"], start=1):
        lines.append(
            f"| {i} | {sample['ready_s']:.2f} | {sample['first_answer_s']:.2f} "
            f"| {_mib(sample['rss_at_ready_kb'])} | {_mib(sample['rss_kb'])} |"
        )
    if "shards" in results:
        lines += ["", *render_shards(results["shards"])]
    if "postgres" in results:
        lines += _postgres_lines(results)
    lines += ["", "## How it is measured", "", *METHOD, ""]
    return "\n".join(lines)


def _postgres_lines(results: dict[str, Any]) -> list[str]:
    """PostgreSQL beside SQLite (`--engines sqlite,postgres`): ingestion, latency, burst."""
    pg = results["postgres"]
    docs = results["meta"]["docs"]
    lite_ingest, pg_ingest = results["ingest"], pg["ingest"]
    settings = ", ".join(f"{k} = {v}" for k, v in pg["settings"].items())
    lines = [
        "",
        "## PostgreSQL beside SQLite",
        "",
        f"The same corpus, workloads (same seed) and burst on {pg['version']}: a throwaway "
        f"cluster on loopback in the same run (bench/postgres.py; {settings}). The bot reaches "
        "it through asyncpg (a pool of up to 10 connections); SQLite is the same file store as "
        "above.",
        "",
        "| Engine | First ingest docs/s | Same files again docs/s | Store after the first ingest |",
        "|---|---:|---:|---|",
    ]
    for name, ingest in (("SQLite", lite_ingest), ("PostgreSQL", pg_ingest)):
        lines.append(
            f"| {name} | {ingest['docs_per_s']:,.0f} | {ingest['reingest']['docs_per_s']:,.0f} "
            f"| {ingest['counts']} |"
        )
    for key in pg["latency"]:
        lite = results["latency"][key]["commands"]
        other = pg["latency"][key]["commands"]
        lines += [
            "",
            f"### Latency at {int(key):,} documents, both engines",
            "",
            f"{pg['latency'][key]['runs']} rounds each. Errors the bot logged on PostgreSQL: "
            f"{pg['latency'][key].get('errors_logged', 0)}.",
            "",
            "| Command | SQLite p50 ms | PostgreSQL p50 ms | SQLite p99 ms | PostgreSQL p99 ms "
            "| PostgreSQL p50 ÷ its /help p50 | error replies SQLite / PostgreSQL |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for kind, stats in other.items():
            label = "/character autocomplete" if kind == "autocomplete" else f"/{kind}"
            mine = lite.get(kind, {})
            ratio = f"{stats['ratio_p50']:.2f}x" if "ratio_p50" in stats else "-"
            lines.append(
                f"| {label} | {_ms(mine.get('p50'))} | {_ms(stats.get('p50'))} "
                f"| {_ms(mine.get('p99'))} | {_ms(stats.get('p99'))} | {ratio} "
                f"| {mine.get('error_replies', 0)} / {stats.get('error_replies', 0)} |"
            )
    burst = pg["latency"][str(docs)]["burst"]
    lines += [
        "",
        f"### Burst at {docs:,} documents, both engines",
        "",
        "| Store | Within 3 s | Outcomes | Median ms | Slowest ms | All answered in s "
        "| Interactions/s |",
        "|---|---:|---|---:|---:|---:|---:|",
        _burst_row("SQLite, bot in the sandbox's process", results["latency"][str(docs)]["burst"]),
        _burst_row("PostgreSQL, bot in the sandbox's process", burst),
        "",
        f"Errors the bot logged during the PostgreSQL burst: {burst.get('errors_logged', 0)}.",
    ]
    for key, section in pg["latency"].items():
        lines += [
            "",
            f"### PostgreSQL: latency at {int(key):,} documents",
            "",
            *_latency_table(section),
        ]
    return lines


METHOD = (
    "- Latency is `InteractionResult.latency` from the sandbox (`discord_sandbox`): from the "
    "moment "
    "the sandbox dispatches the interaction over the gateway to the moment the bot's first "
    "callback reaches it, through discord.py's real gateway and HTTP code on loopback. The "
    "sandbox, the driver and the bot share one process and one event loop "
    "(`bot.offline.run_offline`), with the per-user cooldown off (`cooldown=None`).",
    "- /help is the floor: it reads no data. Ratios divide a command's percentile by /help's "
    "same percentile in the same run; the commands are interleaved round-robin so drift hits "
    "all of them alike.",
    "- Arguments vary like real use (`bench/workload.py`): episodes that have reviews or recaps "
    "(one in ten picks any episode, one in ten /review asks for the season), names and aliases "
    "(one in twenty misspelt), search words and word pairs from the documents' own sentences, "
    "and autocomplete input typed key by key over all characters (no anime chosen). "
    '"Error replies" counts lookups the bot answered with an ephemeral explanation '
    "(nothing found, did you mean).",
    '- Burst: every interaction sent with `asyncio.gather`; "within 3 s" means the first '
    "callback was accepted and arrived within Discord's 3-second window. It runs twice: in the "
    "shared process above (the emulator's work then takes CPU from the bot), and against the "
    "bot in its own process, as in production.",
    "- Start-up: the real `python -m bot run` is spawned with its settings in the environment "
    "(DISCORD_API_BASE_URL/DISCORD_GATEWAY_URL pointing at a sandbox in the bench process, "
    "COMMAND_COOLDOWN=off, SYNC_GUILD_ID set because a fresh sandbox knows no commands) on the "
    "N-document store. READY is when the sandbox answered its IDENTIFY; the first answer is a "
    "/help sent right after. Peak RSS is the bot process's VmHWM (what `ru_maxrss` reports) "
    "after one warm-up round and both bursts.",
    "- Ingestion: catalogs loaded and upserted first (timed apart), then "
    "`bot.ingest.ingest_paths` over the generated files into a fresh store (parsed by a process "
    "pool in chunks of up to 100; the chunks parsed by the time the store is free go in one "
    "transaction, up to 500 documents; a batch that fails is undone and each of its files "
    "stored alone), then the same files again.",
)


# --------------------------------------------------------------------------- the run


async def _seeded_store(database: Path | str) -> None:
    """The 3-document store: what the bot builds on first start from data/."""
    async with await Store.open(database) as store:
        await store.migrate()
        await seed_if_empty(store, paths.catalog_dirs(paths.DEFAULT_DATA_DIR))


async def _workload(
    database: Path | str, catalogs: Sequence[Catalog], documents: Sequence[Path], seed: int
) -> Workload:
    async with await Store.open(database) as store:
        return await build_workload(store, catalogs, documents, seed=seed)


def timestamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


async def run(
    options: Options, work: Path, progress: Callable[[str], None], stamp: str | None = None
) -> dict[str, Any]:
    started = time.perf_counter()
    stamp = stamp or timestamp()
    results: dict[str, Any] = {
        "meta": {
            "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "stamp": stamp,
            "command": options.command,
            "docs": options.docs,
            "runs": options.runs,
            "burst": options.burst,
            "seed": options.seed,
            "cpu_count": os.cpu_count(),
            "platform": platform.platform(terse=True),
            "python": platform.python_version(),
            "discord_py": discord.__version__,
            "sqlite": sqlite3.sqlite_version,
        }
    }

    progress(f"generating {options.docs:,} documents")
    began = time.perf_counter()
    corpus = generate(work / "corpus", docs=options.docs, seed=options.seed)
    results["generate"] = {
        "docs": len(corpus.documents),
        "bytes": corpus.bytes,
        "anime": len(corpus.catalogs),
        "characters": sum(len(c.characters) for c in corpus.catalogs),
        "seconds": time.perf_counter() - began,
    }

    progress("ingesting")
    big_db = work / "big" / "reviews.db"
    results["ingest"] = await measure_ingest(corpus, big_db)

    progress("latency at 3 documents")
    small_db = work / "small" / "reviews.db"
    await _seeded_store(small_db)
    seeds = sorted(paths.SEEDS.glob("*.txt"))
    catalog_dir = paths.BUNDLED_CATALOGS
    small_catalogs = load_catalogs(catalog_dir) if catalog_dir.is_dir() else []
    small = await _workload(small_db, small_catalogs, seeds, options.seed)
    results["latency"] = {"3": await measure_store(small_db, small, options)}

    progress(f"latency and burst at {options.docs:,} documents")
    catalogs = list(corpus.catalogs)
    big = await _workload(big_db, catalogs, corpus.documents, options.seed)
    burst_calls = [big.call(KINDS[i % len(KINDS)]) for i in range(options.burst)]
    results["latency"][str(options.docs)] = await measure_store(
        big_db, big, options, burst=burst_calls
    )

    progress("start-up, burst and memory of the bot in its own process")
    results["startup"] = await measure_own_process(big_db, big, burst_calls, work, options.startups)
    if options.shards:
        progress(f"the shard burst: {options.shards} shards, one process then one per shard")
        results["shards"] = await measure_shard_burst(
            big_db, big, burst_calls, work, options.shards
        )

    if "postgres" in options.engines:
        progress("PostgreSQL: a throwaway cluster")
        async with throwaway_server() as server:
            results["postgres"] = await measure_postgres(
                server, corpus, options, small_catalogs, seeds, progress
            )
    results["meta"]["seconds"] = time.perf_counter() - started
    results["targets"] = evaluate(results)
    return results


async def measure_postgres(
    server: Server,
    corpus: Corpus,
    options: Options,
    small_catalogs: Sequence[Catalog],
    seeds: Sequence[Path],
    progress: Callable[[str], None],
) -> dict[str, Any]:
    """Steps 2-4 on PostgreSQL: the same corpus ingested, the same workloads (drawn with the
    same seed from stores holding the same data), the same burst."""
    progress(f"PostgreSQL: ingesting {options.docs:,} documents")
    big_db = await server.database("bench_big")
    ingest = await measure_ingest(corpus, big_db)

    progress("PostgreSQL: latency at 3 documents")
    small_db = await server.database("bench_small")
    await _seeded_store(small_db)
    small = await _workload(small_db, small_catalogs, seeds, options.seed)
    latency = {"3": await measure_store(small_db, small, options)}

    progress(f"PostgreSQL: latency and burst at {options.docs:,} documents")
    big = await _workload(big_db, list(corpus.catalogs), corpus.documents, options.seed)
    burst_calls = [big.call(KINDS[i % len(KINDS)]) for i in range(options.burst)]
    latency[str(options.docs)] = await measure_store(big_db, big, options, burst=burst_calls)
    return {
        "version": server.version,
        "settings": {k: BENCH_SETTINGS[k] for k in DURABILITY},
        "ingest": ingest,
        "latency": latency,
    }


# Hand-written: for each missed target, the measured cause, what was tried, before and after.
ANALYSIS = Path(__file__).with_name("ANALYSIS.md")


def document(results: dict[str, Any]) -> str:
    """BENCHMARKS.md: the measured tables, then the analysis of the misses."""
    text = render(results)
    if ANALYSIS.is_file():
        text = text.rstrip("\n") + "\n\n" + ANALYSIS.read_text(encoding="utf-8")
    return text


def write(results: dict[str, Any], options: Options) -> tuple[Path, Path]:
    markdown = options.markdown_path
    markdown.parent.mkdir(parents=True, exist_ok=True)
    # the ingestion accuracy section (`--ingest-accuracy`) is measured apart: keep it
    old = markdown.read_text(encoding="utf-8") if markdown.is_file() else ""
    accuracy = ingest_accuracy.section_of(old)
    text = document(results)
    if accuracy is not None:
        text = text.rstrip("\n") + "\n\n" + accuracy + "\n"
    markdown.write_text(text, encoding="utf-8")
    options.results_dir.mkdir(parents=True, exist_ok=True)
    data = options.results_dir / f"{results['meta']['stamp']}.json"
    data.write_text(json.dumps(results, indent=2, sort_keys=True), encoding="utf-8")
    return markdown, data


def parse_args(argv: Sequence[str] | None) -> Options:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description="Ingestion, latency, burst and start-up benchmarks."
    )
    parser.add_argument("--docs", type=int, default=DEFAULT_DOCS, help="generated documents")
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help="rounds per store")
    parser.add_argument("--burst", type=int, default=DEFAULT_BURST, help="interactions at once")
    parser.add_argument("--startups", type=int, default=DEFAULT_STARTUPS, help="start-up runs")
    parser.add_argument(
        "--shards",
        type=int,
        default=0,
        help="also the shard burst: N shards in one process, then N processes (e.g. 2)",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument(
        "--out", type=Path, help="write BENCHMARKS.md and results/ here (default: the repo)"
    )
    parser.add_argument("--work", type=Path, help="keep the corpus and stores here")
    parser.add_argument(
        "--engines",
        default="sqlite",
        help="comma-separated: sqlite,postgres also measures ingestion, latency and the burst "
        "on a throwaway PostgreSQL cluster (default: sqlite)",
    )
    parser.add_argument(
        "--ingest-accuracy",
        action="store_true",
        help="only measure ingestion accuracy on tests/ingest_corpus (frozen and open apart)",
    )
    args = parser.parse_args(argv)
    if args.docs < 1 or args.runs < 1 or args.burst < 1 or args.startups < 1:
        parser.error("--docs, --runs, --burst and --startups must be at least 1")
    engines = tuple(dict.fromkeys(e.strip() for e in args.engines.split(",") if e.strip()))
    unknown = [e for e in engines if e not in ENGINES]
    if unknown or "sqlite" not in engines:
        parser.error(f"--engines takes sqlite or sqlite,postgres (not {args.engines!r})")
    command = shlex.join(["python", "-m", "bench", *(sys.argv[1:] if argv is None else argv)])
    return Options(
        docs=args.docs,
        runs=args.runs,
        burst=args.burst,
        startups=args.startups,
        shards=max(0, args.shards),
        seed=args.seed,
        out=args.out,
        work=args.work,
        command=command,
        ingest_accuracy=args.ingest_accuracy,
        engines=engines,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "--copy" in args:  # db copy SQLite -> PostgreSQL -> SQLite (bench/copy_round_trip.py)
        from bench import copy_round_trip

        args.remove("--copy")
        return copy_round_trip.main(args)
    if "--scores" in args:  # /scores against /help, without and with ratings (bench/scores.py)
        from bench import scores

        args.remove("--scores")
        return scores.main(args)
    options = parse_args(argv)
    if options.ingest_accuracy:
        logging.basicConfig(level=logging.ERROR)  # rejected pages are in the table
        return ingest_accuracy.record(options.markdown_path, command=options.command)
    stamp = timestamp()
    options.results_dir.mkdir(parents=True, exist_ok=True)
    log_path = options.results_dir / f"{stamp}.log"
    # The bot logs every answer it could not give in time: keep that out of the table.
    logging.basicConfig(
        filename=log_path,
        level=logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("discord").setLevel(logging.ERROR)  # "voice will NOT be supported"

    def progress(step: str) -> None:
        sys.stderr.write(f"[bench] {step}...\n")
        sys.stderr.flush()

    work = options.work or Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        results = asyncio.run(run(options, work, progress, stamp))
    finally:
        if options.work is None:
            shutil.rmtree(work, ignore_errors=True)
    markdown, data = write(results, options)
    print(render(results))
    print(f"\nWrote {markdown} and {data}; what was logged is in {log_path}")
    checks = [t for t in results["targets"] if t["name"] == "Re-ingest is a no-op"]
    return 0 if all(t["pass"] for t in checks) else 1


__all__ = ["Options", "main", "percentile", "render", "run", "summarize"]
