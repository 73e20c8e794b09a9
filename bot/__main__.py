"""Command line: `python -m bot [run | sync | ingest ... | documents ... | anime ... | try ... |
catalog ...]`. Dispatch only: each command lives in bot/cli/ (or its own package)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Sequence

import discord

from bot.config import ConfigError, Settings, load_settings

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
        "try", help="try the bot offline against a local Discord sandbox (no token needed)"
    )
    trial.add_argument("commands", nargs="*", help='e.g. "/review episode:1"')
    trial.add_argument("--reveal", action="store_true", help="show spoilers instead of ▒▒▒▒")
    from bot.anilist.cli import add_catalog_parser

    add_catalog_parser(sub)
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


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "run"

    if command == "try":
        from bot.try_mode import run_try

        return run_try(args.commands, reveal=args.reveal)

    settings = _settings(require_token=command in ("run", "sync"))
    discord.utils.setup_logging(level=settings.log_level_number, root=True)

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
