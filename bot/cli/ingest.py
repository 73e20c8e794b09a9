"""`python -m bot ingest FILE|DIR|URL... [--anime NAME] [--explain] [--json]`."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from typing import Any

from bot.config import Settings
from bot.models import IngestReport, IngestStatus

log = logging.getLogger(__name__)

EXIT_DATABASE = 2  # the store can't be used: one line, nothing changed

__all__ = ["add_ingest_parser", "describe", "explain", "run_ingest"]


def add_ingest_parser(sub: Any) -> None:
    ingest = sub.add_parser(
        "ingest",
        help="add review documents to the store: files, directories and http(s) URLs",
        description=(
            "Add review documents: .txt/.md files, .html/.htm web pages, directories (their "
            ".txt, .md, .html and .htm files, recursively; other files are skipped) and "
            "http(s) URLs, mixed. A web page's article text and metadata are extracted; the "
            "rest of the page (menus, sidebars, comments) is left out."
        ),
    )
    ingest.add_argument("inputs", nargs="+", metavar="FILE|DIR|URL")
    ingest.add_argument("--json", action="store_true", help="one JSON object per input")
    ingest.add_argument(
        "--anime",
        metavar="NAME",
        help="file every input under this anime (a known one, matched loosely; else new)",
    )
    ingest.add_argument(
        "--explain", action="store_true", help="say, per field, what was chosen and why"
    )


def describe(report: IngestReport) -> str:
    """One human line per input."""
    doc = report.document
    if report.status in (IngestStatus.REJECTED, IngestStatus.SKIPPED) or doc is None:
        return f"{report.status:<10} {report.file}: {report.reason}"
    parts = [doc.anime_title, str(doc.kind)]
    parts.append(f"episode {doc.episode}" if doc.episode is not None else "no episode")
    if doc.score is not None:
        on_100 = doc.score.score_100
        parts.append(
            f"score {doc.score.raw}" + (f" ({on_100:g}/100)" if on_100 is not None else "")
        )
    else:
        parts.append("no score")
    sections = ", ".join(f"{s.kind}{' (spoiler)' if s.spoiler else ''}" for s in doc.sections)
    parts.append(f"sections: {sections}")
    linked = ", ".join(report.characters_linked) or "none"
    parts.append(f"characters: {linked}")
    return f"{report.status:<10} {report.file}: " + " · ".join(parts)


def explain(report: IngestReport) -> list[str]:
    """The evidence lines under a report (--explain)."""
    doc = report.document
    if doc is None:
        return []
    lines = []
    if doc.identity_source:
        lines.append(f"    source: {doc.identity_source}")
    for name, notes in doc.evidence:
        for note in notes:
            lines.append(f"    {name}: {note}")
    return lines


async def _ingest(settings: Settings, args: argparse.Namespace) -> list[IngestReport]:
    from bot import paths
    from bot.ingest import catalogs_in, ingest_inputs
    from bot.store import Store

    async with await Store.connect(settings) as store:  # migrated, seeded, catalogs synced
        catalogs = catalogs_in(paths.catalog_dirs(settings.data_dir))
        return await ingest_inputs(store, args.inputs, catalogs=catalogs, anime=args.anime)


def run_ingest(settings: Settings, args: argparse.Namespace) -> int:
    """Ingest and print one line (or JSON object) per input; 1 when any was rejected."""
    from bot.store import MigrationError, StoreUnavailable

    try:
        reports = asyncio.run(_ingest(settings, args))
    except (StoreUnavailable, MigrationError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_DATABASE
    for report in reports:
        if args.json:
            print(json.dumps(report.as_json(), ensure_ascii=False))
            continue
        print(describe(report))
        if args.explain:
            for line in explain(report):
                print(line)
    return 1 if any(r.status is IngestStatus.REJECTED for r in reports) else 0
