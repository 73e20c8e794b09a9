"""Command line: `python -m bot [run | sync | ingest ... | documents ... | anime ... | try ... |
catalog ... | feeds ... | db copy]`. Dispatch only: each command lives in bot/cli/ (or its own
package)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

import discord

from bot.config import ConfigError, Settings, load_settings
from bot.logs import setup_logging
from bot.store import MigrationError, StoreUnavailable

log = logging.getLogger("bot")

EXIT_CONFIG = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot", description="Anime review lookup bot for Discord."
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="connect to Discord and answer commands (the default)")
    sub.add_parser("sync", help="register the slash commands with Discord now, then exit")
    from bot.cli.documents import add_anime_parser, add_documents_parser
    from bot.cli.ingest import add_ingest_parser

    add_ingest_parser(sub)
    add_documents_parser(sub)
    add_anime_parser(sub)
    trial = sub.add_parser(
        "try",
        help="try the bot offline against a local Discord sandbox (no token needed)",
        description="The real bot against a local Discord sandbox, answering in the terminal. "
        "Commands come from the arguments, else from standard input (one a line), else a prompt. "
        "Besides slash commands: next / prev (pages), press LABEL (any button of the last "
        "answer by its label, e.g. press Cancel), help, quit. Exit status: 1 when any command "
        "failed, 0 otherwise, 2 when --db cannot be read.",
    )
    trial.add_argument("commands", nargs="*", help='e.g. "/review episode:1"')
    trial.add_argument("--reveal", action="store_true", help="show spoilers instead of ▒▒▒▒")
    trial.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="answer from a temporary copy of the store at PATH (e.g. your DATABASE_PATH, with "
        "your own ingested documents); it is never changed. Without --db: a fresh store seeded "
        "with the bundled reviews. DATABASE_PATH and .env are not used.",
    )
    trial.add_argument(
        "--admin",
        action="store_true",
        help="act as the server's owner, so /settings and /forgetme work",
    )
    from bot.anilist.cli import add_catalog_parser
    from bot.feeds.cli import add_feeds_parser

    add_catalog_parser(sub)
    database = sub.add_parser("db", help="store maintenance").add_subparsers(
        dest="db_command", required=True
    )
    copy = database.add_parser(
        "copy", help="copy a whole store between SQLite and PostgreSQL (stop the bot first)"
    )
    copy.add_argument("source", metavar="FROM", help="an SQLite file or a postgresql:// URL")
    copy.add_argument("target", metavar="TO", help="an SQLite file or a postgresql:// URL")
    copy.add_argument("--force", action="store_true", help="replace a non-empty target")
    add_feeds_parser(sub)
    return parser


def _settings(*, require_token: bool) -> Settings:
    try:
        return load_settings(require_token=require_token)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        raise SystemExit(EXIT_CONFIG) from None


async def _check_store(settings: Settings) -> None:
    """Open, migrate and seed the store once, so a database the bot can't use is reported at
    once, before Discord is reached."""
    from bot.store import Store

    async with await Store.connect(settings):
        pass


def _db_copy(source: str, target: str, *, force: bool) -> int:
    from bot.store.copy import CopyError, copy_command

    try:
        return asyncio.run(copy_command(source, target, force=force))
    except (CopyError, StoreUnavailable) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_CONFIG


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "run"

    if command == "try":
        from bot.try_mode import run_try

        return run_try(args.commands, reveal=args.reveal, admin=args.admin, database=args.db)

    settings = _settings(require_token=command in ("run", "sync"))
    setup_logging(settings.log_level_number, settings.log_level_libraries_number)

    if command == "db":  # FROM and TO say where the stores are
        return _db_copy(args.source, args.target, force=args.force)

    if command == "ingest":
        from bot.cli.ingest import run_ingest

        return run_ingest(settings, args)
    if command == "documents":
        from bot.cli.documents import run_documents

        return run_documents(settings, args)
    if command == "anime":
        from bot.cli.documents import run_anime

        return run_anime(settings, args)
    if command == "catalog":
        from bot.anilist.cli import run_catalog

        return run_catalog(settings, args)
    if command == "feeds":
        from bot.feeds.cli import run_feeds

        return run_feeds(settings, args)

    from bot.runner import run_bot

    try:
        asyncio.run(_check_store(settings))  # a bad database is one line, before any network
        return asyncio.run(run_bot(settings, sync_only=command == "sync"))
    except discord.LoginFailure:
        log.error("Discord refused the token: check DISCORD_TOKEN in your .env")
        return EXIT_CONFIG
    except (StoreUnavailable, MigrationError) as error:
        log.error("%s", error)
        return EXIT_CONFIG
    except KeyboardInterrupt:  # a second Ctrl+C while stopping
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
