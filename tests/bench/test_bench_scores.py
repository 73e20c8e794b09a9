"""bench.scores at a small size: both phases run, every /scores is answered in Discord's 3 s,
the ratings are all stored, and nothing the bot sent broke Discord's rules."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bench.scores import render, run


def test_scores_bench_runs_without_and_with_ratings(tmp_path: Path) -> None:
    results = asyncio.run(run(docs=40, ratings=60, runs=3, seed=3, work=tmp_path))
    assert results["meta"]["ratings_stored"] == 60
    for phase in ("without_ratings", "with_ratings"):
        figures = results[phase]
        assert figures["failures"] == {} and figures["violations"] == 0
        assert figures["scores"]["n"] == 3 and figures["help"]["n"] == 3
        assert figures["scores"]["max_ms"] < 3000
    table = render(results)
    assert "| no ratings |" in table and "| 60 ratings |" in table
