"""Command line: `python -m bot [run | sync | ingest FILE... | try | catalog | feeds ...]`."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

import discord

from bot.config import ConfigError, Settings, load_settings
from bot.models import IngestReport, IngestStatus

log = logging.getLogger("bot")

EXIT_CONFIG = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot", description="Anime review lookup bot for Discord."
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="connect to Discord and answer commands (the default)")
    sub.add_parser("sync", help="register the slash commands with Discord now, then exit")
    ingest = sub.add_parser("ingest", help="add review documents to the store")
    ingest.add_argument("files", nargs="+", type=Path, metavar="FILE")
    ingest.add_argument("--json", action="store_true", help="one JSON object per file")
    trial = sub.add_parser(
        "try", help="try the bot offline against a local Discord sandbox (no token needed)"
    )
    trial.add_argument("commands", nargs="*", help='e.g. "/review episode:1"')
    trial.add_argument("--reveal", action="store_true", help="show spoilers instead of ▒▒▒▒")
    from bot.anilist.cli import add_catalog_parser
    from bot.feeds.cli import add_feeds_parser

    add_catalog_parser(sub)
    add_feeds_parser(sub)
    return parser


def _settings(*, require_token: bool) -> Settings:
    try:
        return load_settings(require_token=require_token)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        raise SystemExit(EXIT_CONFIG) from None


async def _run_bot(settings: Settings, *, sync_only: bool) -> None:
    from bot.bot import ReviewBot, apply_endpoint_overrides

    apply_endpoint_overrides(settings)
    bot = ReviewBot(settings, force_sync=sync_only)
    loop = asyncio.get_running_loop()
    with contextlib.suppress(NotImplementedError):  # no signal handlers on Windows
        # systemd and Docker stop a service with SIGTERM: close cleanly (the store included).
        loop.add_signal_handler(signal.SIGTERM, lambda: loop.create_task(bot.close()))
    async with bot:
        if sync_only:
            await bot.login(settings.token)  # login runs setup_hook, which syncs
        else:
            await bot.start(settings.token)


def describe(report: IngestReport) -> str:
    """One human line per ingested file."""
    if report.status is IngestStatus.REJECTED or report.document is None:
        return f"rejected   {report.file}: {report.reason}"
    doc = report.document
    parts = [doc.anime_title, str(doc.kind)]
    parts.append(f"episode {doc.episode}" if doc.episode is not None else "no episode")
    if doc.score is not None:
        parts.append(f"score {doc.score.raw} ({doc.score.score_100:g}/100)")
    else:
        parts.append("no score")
    sections = ", ".join(f"{s.kind}{' (spoiler)' if s.spoiler else ''}" for s in doc.sections)
    parts.append(f"sections: {sections}")
    linked = ", ".join(report.characters_linked) or "none"
    parts.append(f"characters: {linked}")
    return f"{report.status:<10} {report.file}: " + " · ".join(parts)


async def _ingest(settings: Settings, files: Sequence[Path], *, as_json: bool) -> int:
    from bot import paths
    from bot.ingest import ingest_paths, seed_if_empty, sync_catalogs
    from bot.store import Store

    catalog_dirs = paths.catalog_dirs(settings.data_dir)
    async with await Store.open(settings.database_path) as store:
        await store.migrate()
        await seed_if_empty(store, catalog_dirs)
        catalogs = await sync_catalogs(store, catalog_dirs)
        reports = await ingest_paths(store, files, catalogs=catalogs)
    for report in reports:
        print(json.dumps(report.as_json(), ensure_ascii=False) if as_json else describe(report))
    return 1 if any(r.status is IngestStatus.REJECTED for r in reports) else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "run"

    if command == "try":
        from bot.try_mode import run_try

        return run_try(args.commands, reveal=args.reveal)

    settings = _settings(require_token=command in ("run", "sync"))
    discord.utils.setup_logging(level=settings.log_level_number, root=True)

    if command == "ingest":
        return asyncio.run(_ingest(settings, args.files, as_json=args.json))
    if command == "catalog":
        from bot.anilist.cli import run_catalog

        return run_catalog(settings, args)
    if command == "feeds":
        from bot.feeds.cli import run_feeds

        return run_feeds(settings, args)
    try:
        asyncio.run(_run_bot(settings, sync_only=command == "sync"))
    except discord.LoginFailure:
        log.error("Discord refused the token: check DISCORD_TOKEN in your .env")
        return EXIT_CONFIG
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
