"""Which library draws the ``/scores`` chart: matplotlib (Agg) or Pillow (ImageDraw), measured.

    python -m bench.chart_choice [--runs 30] [--episodes 26] [--json]
    python -m bench.chart_choice --write-example docs/scores-example.png

Each library is measured in its own fresh interpreter (so nothing is already imported or cached):

- import: wall time of importing the library (matplotlib: ``matplotlib`` with the Agg backend,
  ``matplotlib.figure`` and ``matplotlib.backends.backend_agg``, the object-oriented API a server
  uses; Pillow: ``PIL.Image``, ``ImageDraw``, ``ImageFont`` and ``bot.charts``);
- first render: the first chart, which pays for loading fonts;
- render: the median (and max) of ``--runs`` further renders of the same 26-episode chart,
  1200 x 600 px, two series, both axes, legend, PNG-encoded to bytes;
- bytes: the PNG's size;
- RSS added: peak resident set (``resource.getrusage(RUSAGE_SELF).ru_maxrss``) after the renders
  minus the peak before importing the library (the same invented data is built first in both).

The Pillow chart is the product's own (:func:`bot.charts.render_points`); the matplotlib chart
is an equivalent drawn here, for the comparison only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bot.models import Document, DocumentKind, Score
from bot.ratings import MemberAggregate, ScoreBoard, build_scoreboard

LIBRARIES = ("pillow", "matplotlib")


# ----------------------------------------------------------------------------- invented data


def example_board(episodes: int = 26, seed: int = 15) -> ScoreBoard:
    """A season of invented scores: 1-4 critics per episode (scores out of 100, 10 and 5), a
    season review, member ratings with a few episodes below the 3-rating threshold and one
    episode nobody reviewed."""
    rng = random.Random(seed)
    docs: list[Document] = []
    members: dict[int, MemberAggregate] = {}
    doc_id = 0

    def doc(kind: DocumentKind, episode: int | None, score: Score) -> Document:
        nonlocal doc_id
        doc_id += 1
        return Document(
            id=doc_id,
            anime_id=1,
            anime_title="Invented",
            title=f"Review {doc_id}",
            kind=kind,
            episode=episode,
            episode_title=None,
            score=score,
            url=None,
            author=None,
            published=None,
            source_name=None,
        )

    trend = 70.0
    for ep in range(1, episodes + 1):
        trend = min(92.0, max(48.0, trend + rng.uniform(-7, 7)))
        if ep != 9:  # nobody reviewed episode 9
            for _ in range(rng.randint(1, 4)):
                scale = rng.choice((100.0, 10.0, 5.0))
                value = round(max(0.0, min(100.0, trend + rng.gauss(0, 6))) * scale / 100, 1)
                docs.append(doc(DocumentKind.EPISODE_REVIEW, ep, Score(f"{value}", value, scale)))
        count = 2 if ep > episodes - 2 else rng.randint(3, 40)  # latest: too few to show
        mean = min(9.6, max(2.0, trend / 10 + rng.uniform(-1.2, 1.2)))
        total = max(count, min(10 * count, round(mean * count)))
        members[ep] = MemberAggregate(count, total)
    docs.append(doc(DocumentKind.SEASON_REVIEW, None, Score("8/10", 8, 10)))
    return build_scoreboard(docs, members, episode_count=episodes)


# ----------------------------------------------------------------------------- renderers


def _matplotlib_renderer() -> Callable[[ScoreBoard], bytes]:
    import io

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    def hexa(rgb: tuple[int, int, int]) -> str:
        return "#{:02X}{:02X}{:02X}".format(*rgb)

    panel, text, muted, grid = "#1E1F22", "#F2F3F5", "#B5BAC1", "#8E9297"
    critics_c, members_c = hexa((0xE6, 0x9F, 0x00)), hexa((0x56, 0xB4, 0xE9))

    def render(board: ScoreBoard) -> bytes:
        eps = [r.episode for r in board.episodes]
        crit = [r.critics.mean if r.critics else float("nan") for r in board.episodes]
        mem = [
            r.members.mean * 10 if r.members and r.members.mean is not None else float("nan")
            for r in board.episodes
        ]
        fig = Figure(figsize=(12, 6), dpi=100, facecolor=panel)
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        ax.set_facecolor(panel)
        ax.plot(eps, crit, color=critics_c, marker="o", linewidth=3, label="Critics, out of 100")
        ax.plot(eps, mem, color=members_c, marker="s", linewidth=3, label="This server, out of 10")
        ax.set_ylim(0, 100)
        ax.set_xticks(eps)
        ax.grid(axis="y", color=grid, linewidth=1)
        ax.set_xlabel("Episode", color=muted, fontsize=14)
        ax.set_title("Scores per episode", color=text, loc="left", fontsize=18)
        ax.tick_params(colors=muted, labelsize=12)
        for spine in ax.spines.values():
            spine.set_color(muted)
        right = ax.twinx()
        right.set_ylim(0, 10)
        right.tick_params(colors=muted, labelsize=12)
        leg = ax.legend(loc="lower right", facecolor=panel, edgecolor=muted, fontsize=13)
        for t in leg.get_texts():
            t.set_color(text)
        out = io.BytesIO()
        fig.savefig(out, format="png", facecolor=panel)
        return out.getvalue()

    return render


def _pillow_renderer() -> Callable[[ScoreBoard], bytes]:
    from bot.charts import render_chart

    return render_chart


def _importer(library: str) -> Callable[[], Callable[[ScoreBoard], bytes]]:
    return {"pillow": _pillow_renderer, "matplotlib": _matplotlib_renderer}[library]


def _peak_rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def child(library: str, runs: int, episodes: int) -> dict[str, Any]:
    """One library's figures, in this (fresh) interpreter."""
    board = example_board(episodes)
    rss_before = _peak_rss_kib()
    t0 = time.perf_counter()
    render = _importer(library)()
    import_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    png = render(board)
    first_ms = (time.perf_counter() - t0) * 1000
    times: list[float] = []
    for _ in range(runs):
        t0 = time.perf_counter()
        png = render(board)
        times.append((time.perf_counter() - t0) * 1000)
    return {
        "library": library,
        "import_ms": round(import_ms, 1),
        "first_render_ms": round(first_ms, 1),
        "render_p50_ms": round(statistics.median(times), 1),
        "render_max_ms": round(max(times), 1),
        "bytes": len(png),
        "rss_added_mib": round((_peak_rss_kib() - rss_before) / 1024, 1),
        "runs": runs,
        "episodes": episodes,
    }


def measure(library: str, runs: int, episodes: int) -> dict[str, Any]:
    """Run :func:`child` in a fresh interpreter and return its figures."""
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, PYTHONPATH=str(root), MPLBACKEND="Agg")
    cmd = [sys.executable, "-m", "bench.chart_choice", "--child", library]
    cmd += ["--runs", str(runs), "--episodes", str(episodes)]
    done = subprocess.run(cmd, env=env, cwd=root, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _table(rows: Sequence[dict[str, Any]]) -> str:
    head = (
        "| library | import ms | first render ms | render p50 ms | render max ms "
        "| PNG bytes | RSS added MiB |"
    )
    lines = [head, "|---|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(
            f"| {r['library']} | {r['import_ms']} | {r['first_render_ms']} | "
            f"{r['render_p50_ms']} | {r['render_max_ms']} | {r['bytes']} | {r['rss_added_mib']} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.chart_choice", description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--episodes", type=int, default=26)
    parser.add_argument("--repeat", type=int, default=3, help="fresh interpreters per library")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--child", choices=LIBRARIES, help=argparse.SUPPRESS)
    parser.add_argument("--write-example", type=Path, metavar="PNG")
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.runs, args.episodes)))
        return 0
    if args.write_example:
        from bot.charts import render_chart

        args.write_example.write_bytes(render_chart(example_board(args.episodes)))
        print(f"wrote {args.write_example}")
        return 0
    rows: list[dict[str, Any]] = []
    for _ in range(args.repeat):
        for library in LIBRARIES:
            rows.append(measure(library, args.runs, args.episodes))
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print(f"{args.episodes} episodes, {args.runs} renders per interpreter")
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
        print(_table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
