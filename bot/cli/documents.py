"""Correcting mistakes without SQL: `python -m bot documents list|set|remove` and
`python -m bot anime remove`. Each prints what it changed; a bad request is one line on
stderr and exit status 2."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from bot.config import Settings
from bot.models import Anime, DocumentKind, DocumentSummary
from bot.store import MigrationError, StoreUnavailable
from bot.text.names import fold

if TYPE_CHECKING:
    from bot.store import Store

log = logging.getLogger(__name__)

__all__ = ["add_anime_parser", "add_documents_parser", "run_anime", "run_documents"]

EXIT_USAGE = 2
_CLOSE = 85.0  # rapidfuzz ratio for a misspelt anime name to be taken as the known one


class CommandError(Exception):
    """A request that cannot be done; the message says why, for the operator."""


def add_documents_parser(sub: Any) -> None:
    documents = sub.add_parser("documents", help="list, re-file or remove stored documents")
    actions = documents.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="list stored documents")
    listing.add_argument("--anime", metavar="NAME", help="only this anime's")
    listing.add_argument("--source", metavar="TEXT", help="only those whose source contains TEXT")
    setting = actions.add_parser("set", help="re-file a document (and relink its mentions)")
    setting.add_argument("id", type=int, metavar="ID")
    setting.add_argument("--anime", metavar="NAME", help="move it to this (known) anime")
    setting.add_argument("--episode", metavar="N", help="its episode (a number, or 'none')")
    setting.add_argument("--kind", choices=[str(k) for k in DocumentKind], help="its kind")
    removing = actions.add_parser("remove", help="remove documents (a takedown, a misfile)")
    target = removing.add_mutually_exclusive_group(required=True)
    target.add_argument("id", type=int, nargs="?", metavar="ID")
    target.add_argument("--source-host", metavar="HOST", help="every document from this site")


def add_anime_parser(sub: Any) -> None:
    anime = sub.add_parser("anime", help="remove an anime")
    actions = anime.add_subparsers(dest="action", required=True)
    removing = actions.add_parser("remove", help="remove an anime that has no documents")
    removing.add_argument("name", metavar="NAME")
    removing.add_argument("--force", action="store_true", help="remove its documents too")


def _line(doc: DocumentSummary) -> str:
    episode = f"episode {doc.episode}" if doc.episode is not None else "no episode"
    score = f" · score {doc.score_raw}" if doc.score_raw else ""
    source = doc.source or "-"
    return (
        f"{doc.id:>6}  {doc.anime_title} · {doc.kind} · {episode}{score} · {doc.title!r} · {source}"
    )


def _host(source: str | None) -> str:
    if not source:
        return ""
    host = (urlsplit(source).hostname or "").lower()
    return host.removeprefix("www.")


def _episode(value: str | None) -> tuple[bool, int | None]:
    """(given, episode) from --episode ("none": no episode)."""
    if value is None:
        return False, None
    if value.lower() in ("none", "-", ""):
        return True, None
    try:
        number = int(value)
    except ValueError:
        raise CommandError(f"--episode must be a number or 'none', not {value!r}") from None
    if number < 0:
        raise CommandError("--episode must not be negative")
    return True, number


async def _find_anime(store: Store, name: str) -> Anime:
    """The anime `name` names: exactly, else the one close match ("Metalic Rouge")."""
    found: Anime | None = await store.find_anime(name)
    if found is None:
        choices = await store.anime_choices(name, 3)
        close = [a for a in choices if fuzz.ratio(fold(a.title), fold(name)) >= _CLOSE]
        if len(close) == 1:
            return close[0]
        hint = f" (did you mean {', '.join(repr(a.title) for a in choices)}?)" if choices else ""
        raise CommandError(f"no anime called {name!r}{hint}")
    return found


async def _documents(settings: Settings, args: argparse.Namespace) -> list[str]:
    from bot.store import DocumentRejected, Store

    out: list[str] = []
    async with await Store.connect(settings) as store:
        if args.action == "list":
            anime = await _find_anime(store, args.anime) if args.anime else None
            docs = await store.list_documents(anime.id if anime else None, args.source)
            out.extend(_line(d) for d in docs)
            out.append(f"{len(docs)} document{'s' if len(docs) != 1 else ''}")
        elif args.action == "set":
            doc = await store.document_summary(args.id)
            if doc is None:
                raise CommandError(f"no document {args.id}")
            given, episode = _episode(args.episode)
            if args.anime is None and not given and args.kind is None:
                raise CommandError("say what to change: --anime, --episode and/or --kind")
            anime_id, anime_title = doc.anime_id, doc.anime_title
            if args.anime is not None:
                anime = await _find_anime(store, args.anime)
                anime_id, anime_title = anime.id, anime.title
            new_episode = episode if given else doc.episode
            kind = DocumentKind(args.kind) if args.kind else doc.kind
            try:
                await store.refile_document(doc.id, anime_id, new_episode, kind)
            except DocumentRejected as exc:
                raise CommandError(str(exc)) from None
            after = await store.document_summary(doc.id)
            out.append(f"was      {_line(doc)}")
            out.append(f"now      {_line(after) if after else '?'}")
            if anime_id != doc.anime_id:
                out.append(f"moved from {doc.anime_title!r} to {anime_title!r}; mentions relinked")
        else:  # remove
            if args.id is not None:
                doc = await store.document_summary(args.id)
                if doc is None:
                    raise CommandError(f"no document {args.id}")
                docs = [doc]
            else:
                host = args.source_host.lower().removeprefix("www.")
                docs = [d for d in await store.list_documents() if _host(d.source) == host]
                if not docs:
                    raise CommandError(f"no document comes from {args.source_host!r}")
            removed = await store.remove_documents([d.id for d in docs])
            out.extend(f"removed  {_line(d)}" for d in docs)
            out.append(f"{removed} document{'s' if removed != 1 else ''} removed")
    return out


async def _anime(settings: Settings, args: argparse.Namespace) -> list[str]:
    from bot.catalog_sync import CATALOG_HASH_KEY
    from bot.store import Store

    out: list[str] = []
    async with await Store.connect(settings) as store:
        anime = await _find_anime(store, args.name)
        count = await store.count_documents(anime.id)
        if count and not args.force:
            raise CommandError(
                f"{anime.title!r} still has {count} document{'s' if count != 1 else ''}; "
                "remove them first (documents list --anime), or add --force to remove them too"
            )
        await store.remove_anime(anime.id)
        # a catalog's anime comes back when its catalog is next loaded (at start or ingest)
        await store.set_meta(CATALOG_HASH_KEY.format(slug=anime.slug), "")
        with_docs = f" and its {count} document{'s' if count != 1 else ''}" if count else ""
        out.append(f"removed anime {anime.title!r}{with_docs}")
    return out


def _run(lines: Sequence[str] | CommandError) -> int:
    if isinstance(lines, CommandError):
        print(f"error: {lines}", file=sys.stderr)
        return EXIT_USAGE
    for line in lines:
        print(line)
    return 0


def run_documents(settings: Settings, args: argparse.Namespace) -> int:
    try:
        return _run(asyncio.run(_documents(settings, args)))
    except CommandError as exc:
        return _run(exc)
    except (StoreUnavailable, MigrationError) as error:
        return _run(CommandError(str(error)))


def run_anime(settings: Settings, args: argparse.Namespace) -> int:
    try:
        return _run(asyncio.run(_anime(settings, args)))
    except CommandError as exc:
        return _run(exc)
    except (StoreUnavailable, MigrationError) as error:
        return _run(CommandError(str(error)))
