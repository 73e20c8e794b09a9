"""The benchmark suite at a small size: every part runs and reports what it should.

No timing is asserted except Discord's rule that an interaction's first response arrives
within 3 seconds.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bench.generate import catalog_toml, generate
from bench.run import Options, document, evaluate, percentile, render, run, write
from bench.workload import KINDS, LOOKUPS
from bot.catalog import load_catalog, load_catalogs
from bot.ingest import parse_document, read_document
from bot.models import DocumentKind

DOCS = 30
RUNS = 10
BURST = 50


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(100, 0, -1)]  # 1..100, unsorted
    assert percentile(values, 50) == 50.0
    assert percentile(values, 95) == 95.0
    assert percentile(values, 99) == 99.0
    assert percentile(values, 100) == 100.0
    assert percentile([7.0], 99) == 7.0


def test_generator_is_deterministic_and_round_trips_catalogs(tmp_path: Path) -> None:
    first = generate(tmp_path / "a", docs=12, seed=7)
    second = generate(tmp_path / "b", docs=12, seed=7)
    other = generate(tmp_path / "c", docs=12, seed=8)
    texts = [p.read_bytes() for p in first.documents]
    assert texts == [p.read_bytes() for p in second.documents]
    assert texts != [p.read_bytes() for p in other.documents]

    # 50 anime with 12-26 episodes and 1,000 characters in all, as bot.catalog reads them back
    loaded = load_catalogs(first.catalog_dir)
    assert {c.slug: c for c in loaded} == {c.slug: c for c in first.catalogs}
    assert len(loaded) == 50
    assert sum(len(c.characters) for c in loaded) == 1_000
    assert all(12 <= (c.episode_count or 0) <= 26 for c in loaded)
    assert all(c.characters[0].aliases for c in loaded)
    path = tmp_path / "one.toml"
    path.write_text(catalog_toml(first.catalogs[0]), encoding="utf-8")
    assert load_catalog(path) == first.catalogs[0]


def test_generated_documents_parse_as_what_they_are(tmp_path: Path) -> None:
    corpus = generate(tmp_path, docs=DOCS)
    kinds = {spec.kind for spec in corpus.specs}
    assert kinds == set(DocumentKind), "the smoke corpus should hold every kind"
    hashes = set()
    for path, spec in zip(corpus.documents, corpus.specs, strict=True):
        doc = parse_document(read_document(path), source_name=path.name, catalogs=corpus.catalogs)
        assert (doc.anime_title, doc.kind, doc.episode) == (spec.anime, spec.kind, spec.episode)
        assert (doc.score.raw if doc.score else None) == spec.score
        if spec.kind is DocumentKind.EPISODE_REVIEW:
            assert [s.kind for s in doc.sections] == ["recap", "review"]
            assert doc.sections[1].heading == "The Episode Review"
        hashes.add(doc.content_hash)
    assert len(hashes) == DOCS


@pytest.fixture(scope="module")
def bench_results(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Options]:
    """One small run of the whole suite, shared by the tests below."""
    out = tmp_path_factory.mktemp("out")
    work = tmp_path_factory.mktemp("work")
    options = Options(docs=DOCS, runs=RUNS, burst=BURST, startups=1, out=out, command="smoke")
    results = asyncio.run(run(options, work, lambda _step: None))
    write(results, options)
    return results, options


def test_ingest_then_reingest_stores_nothing_new(bench_results: tuple[dict, Options]) -> None:
    results, _ = bench_results
    ingest = results["ingest"]
    assert ingest["statuses"] == {"added": DOCS}
    assert ingest["counts"]["documents"] == DOCS
    assert ingest["counts"]["characters"] >= 1_000
    assert ingest["counts"]["sections"] >= DOCS
    assert ingest["counts"]["mentions"] > 0
    assert ingest["docs_per_s"] > 0
    again = ingest["reingest"]
    assert again["statuses"] == {"unchanged": DOCS}
    assert again["all_unchanged"] is True
    assert again["counts_after"] == ingest["counts"]
    assert again["stored_nothing_new"] is True


def test_every_command_is_measured_at_both_sizes(bench_results: tuple[dict, Options]) -> None:
    results, _ = bench_results
    assert set(results["latency"]) == {"3", str(DOCS)}
    for section in results["latency"].values():
        assert set(section["commands"]) == set(KINDS)
        for kind, stats in section["commands"].items():
            assert stats["outcomes"] == {"answered": RUNS}, kind
            assert stats["n"] == RUNS
            assert 0 < stats["p50"] <= stats["p95"] <= stats["p99"] <= stats["max"] <= 3.0
            assert stats["ratio_p50"] > 0 and stats["ratio_p99"] > 0
        assert section["commands"]["help"]["ratio_p50"] == 1.0
        assert section["commands"]["help"]["error_replies"] == 0


def test_every_burst_response_arrives_within_three_seconds(
    bench_results: tuple[dict, Options],
) -> None:
    results, _ = bench_results
    bursts = [results["latency"][str(DOCS)]["burst"]]
    for sample in results["startup"]["samples"]:
        bursts += [sample["burst"], sample["help_burst"]]
    for burst in bursts:
        assert burst["sent"] == BURST
        assert burst["outcomes"] == {"answered": BURST}
        assert burst["within_deadline"] == BURST
        assert burst["slowest"] <= 3.0
        assert burst["throughput"] > 0


def test_startup_reports_ready_time_and_memory(bench_results: tuple[dict, Options]) -> None:
    results, _ = bench_results
    startup = results["startup"]
    assert startup["runs"] == 1
    (sample,) = startup["samples"]
    assert sample["first_answer_ok"] is True
    assert 0 < sample["ready_s"] <= sample["first_answer_s"]
    if Path("/proc/self/status").exists():
        assert startup["rss_kb"] is not None
        assert 10 * 1024 < startup["rss_kb"] < 4 * 1024 * 1024


def test_report_and_json_are_written(bench_results: tuple[dict, Options]) -> None:
    results, options = bench_results
    assert options.out is not None
    markdown = (options.out / "BENCHMARKS.md").read_text(encoding="utf-8")
    (data_file,) = (options.out / "results").glob("*.json")
    assert json.loads(data_file.read_text(encoding="utf-8")) == json.loads(json.dumps(results))

    targets = evaluate(results)
    assert len(targets) == 2 + 2 * len(LOOKUPS) + 1 + 2 + 2
    for target in targets:
        verdict = "PASS" if target["pass"] else "MISS"
        assert f"| {target['name']} | {target['target']} | {target['measured']} | {verdict} |" in (
            markdown
        )
    meta = results["meta"]
    assert meta["cpu_count"] and meta["python"] and meta["discord_py"]
    assert "`smoke`" in markdown
    assert markdown == document(results)
    assert markdown.startswith(render(results).rstrip("\n"))
    assert "## Misses: measured causes" in markdown  # bench/ANALYSIS.md follows the tables
