"""`python -m bot catalog import|refresh|load`: the operator's side of catalogs and AniList imports.

Exit status: 0 done, 1 a query that needs a choice or matches nothing, 2 AniList unreachable
(or refusing), 3 the database (which holds the cache) unusable; nothing changed in each case.
One line per failure on stderr.

AniList's answers are kept for 24 h in the bot's store (``DATABASE_URL`` or ``DATABASE_PATH``;
see bot/anilist/cache.py), so repeating an import spends no requests. On PostgreSQL the store is
the catalogs' source of truth: `import` and `refresh` also load what they wrote into it, and
`catalog load FILE` loads a catalog file (on SQLite a restart or an ingest loads edited files).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sqlite3
import sys
from pathlib import Path
from typing import Any

from bot.anilist.cache import StoreCache
from bot.anilist.client import AniListClient, AniListError
from bot.anilist.mapping import DEFAULT_CHARACTERS
from bot.anilist.service import (
    Ambiguous,
    ImportResult,
    NoMatch,
    describe_media,
    import_catalog,
    refresh_catalogs,
)
from bot.catalog import CatalogError, load_catalog
from bot.config import Settings
from bot.store import MigrationError, Store, StoreUnavailable

log = logging.getLogger(__name__)

__all__ = ["add_catalog_parser", "run_catalog"]

EXIT_CHOOSE = 1
EXIT_UNREACHABLE = 2
EXIT_DATABASE = 3


def _count(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be a whole number of at least 1")
    return value


def add_catalog_parser(sub: Any) -> None:
    """Add `catalog import|refresh` to the top-level subparsers."""
    catalog = sub.add_parser("catalog", help="import anime catalogs from AniList")
    actions = catalog.add_subparsers(dest="catalog_command", required=True)
    imp = actions.add_parser("import", help="import (or merge) one anime's catalog")
    imp.add_argument("target", metavar="QUERY", help="a title, anilist:ID or an AniList address")
    imp.add_argument("--out", type=Path, help="file to write (default DATA_DIR/catalog/SLUG.toml)")
    imp.add_argument("--pick", type=_count, help="take match N of an ambiguous query")
    imp.add_argument("--dry-run", action="store_true", help="print the changes, write nothing")
    load = actions.add_parser("load", help="load catalog files into the store")
    load.add_argument("files", nargs="+", type=Path, metavar="FILE", help="catalog TOML files")
    refresh = actions.add_parser("refresh", help="re-import every catalog with an anilist_id")
    refresh.add_argument("--dry-run", action="store_true", help="print the changes, write nothing")
    for parser in (imp, refresh):
        parser.add_argument(
            "--characters",
            type=_count,
            default=DEFAULT_CHARACTERS,
            help=f"at most N characters, by role then favourites (default {DEFAULT_CHARACTERS})",
        )


def _report(result: ImportResult, dry_run: bool) -> None:
    if dry_run:
        print(result.diff or f"{result.path}: no changes", end="" if result.diff else "\n")
        return
    added = f", {len(result.added)} new: {', '.join(result.added)}" if result.added else ""
    print(f"wrote {result.path} ({len(result.catalog.characters)} characters{added})")


async def _run(settings: Settings, args: argparse.Namespace) -> int:
    async with await Store.connect(settings) as store:
        if args.catalog_command == "load":
            return await _load(store, args.files)
        async with AniListClient(settings.anilist_api_url, cache=StoreCache(store)) as client:
            results = await _catalog_command(client, settings, args)
        if not args.dry_run:  # the store holds what was written (PostgreSQL reads no files)
            for result in results:
                await store.upsert_catalog(result.catalog)
        return 0


async def _load(store: Store, files: list[Path]) -> int:
    """`catalog load FILE...`: each catalog file into the store (all checked first)."""
    catalogs = [load_catalog(path) for path in files]
    for path, catalog in zip(files, catalogs, strict=True):
        anime = await store.upsert_catalog(catalog)
        print(f"loaded {path}: {anime.title} ({len(catalog.characters)} characters)")
    return 0


async def _catalog_command(
    client: AniListClient, settings: Settings, args: argparse.Namespace
) -> list[ImportResult]:
    """Run `import` or `refresh`, print what each did, and return the results."""
    if args.catalog_command == "import":
        result = await import_catalog(
            client,
            args.target,
            data_dir=settings.data_dir,
            out=args.out,
            pick=args.pick,
            characters=args.characters,
            dry_run=args.dry_run,
        )
        _report(result, args.dry_run)
        return [result]
    results = await refresh_catalogs(
        client, data_dir=settings.data_dir, characters=args.characters, dry_run=args.dry_run
    )
    for result in results:
        _report(result, args.dry_run)
    if not results:
        print("no catalog has an anilist_id; import one with `catalog import` first")
    return results


def run_catalog(settings: Settings, args: argparse.Namespace) -> int:
    try:
        return asyncio.run(_run(settings, args))
    except Ambiguous as error:
        print(f"{error}:", file=sys.stderr)
        for number, media in enumerate(error.choices, start=1):
            print(f"  {number}. {describe_media(media)}", file=sys.stderr)
        return EXIT_CHOOSE
    except NoMatch as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_CHOOSE
    except CatalogError as error:
        print(f"error: {error}; nothing was changed", file=sys.stderr)
        return EXIT_CHOOSE
    except AniListError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_UNREACHABLE
    except (MigrationError, StoreUnavailable, sqlite3.Error) as error:
        log.debug("The database could not be used", exc_info=True)
        print(
            f"error: the database {settings.database_path} (AniList's cache) could not be used: "
            f"{error}; nothing was changed",
            file=sys.stderr,
        )
        return EXIT_DATABASE
