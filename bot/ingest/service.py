"""Ingest orchestration: files -> parsed documents -> the store, one transaction per file.

Also first-start seeding and loading the catalogs into the store.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.catalog import load_catalogs
from bot.ingest.errors import IngestError
from bot.ingest.pipeline import parse_document
from bot.ingest.read import read_document
from bot.models import Catalog, IngestReport, IngestStatus, ParsedDocument
from bot.paths import DEFAULT_DATA_DIR, SEEDS
from bot.paths import catalog_dirs as catalog_dirs_of

if TYPE_CHECKING:  # the store is only handed in; importing it here would tie the two in a loop
    from bot.store import AddResult, Store

log = logging.getLogger(__name__)


def catalogs_in(dirs: Sequence[Path]) -> list[Catalog]:
    """The catalogs of `dirs` (see `paths.catalog_dirs`): a later file with the same slug wins."""
    by_slug: dict[str, Catalog] = {}
    for catalog_dir in dirs:
        if catalog_dir.is_dir():
            by_slug.update((c.slug, c) for c in load_catalogs(catalog_dir))
    return list(by_slug.values())


def _seed_files(seeds_dir: Path) -> list[Path]:
    if not seeds_dir.is_dir():
        return []
    return sorted(p for p in seeds_dir.iterdir() if p.is_file() and not p.name.startswith("."))


def _rejected(path: Path | str, exc: BaseException) -> IngestReport:
    if isinstance(exc, IngestError):
        log.warning("Rejected %s: %s", path, exc.reason)
        return IngestReport(file=str(path), status=IngestStatus.REJECTED, reason=exc.reason)
    log.error("Rejected %s: it could not be stored", path, exc_info=exc)
    reason = f"could not be stored ({type(exc).__name__}: {exc})"
    return IngestReport(file=str(path), status=IngestStatus.REJECTED, reason=reason)


async def _stored(
    path: Path | str, document: ParsedDocument, storing: asyncio.Task[AddResult]
) -> IngestReport:
    try:
        result = await storing
    except Exception as exc:  # one broken file must not stop the batch
        return _rejected(path, exc)
    status = IngestStatus.ADDED if result.added else IngestStatus.UNCHANGED
    log.debug("%s %s: %r", status.capitalize(), path, document.title)
    return IngestReport(
        file=str(path),
        status=status,
        document=document,
        characters_linked=list(result.characters),
    )


async def ingest_paths(
    store: Store,
    paths: Sequence[Path],
    *,
    catalogs: Sequence[Catalog] | None = None,
) -> list[IngestReport]:
    """Read, parse and store each file on its own; one report per path, in order.

    Each stored document is one transaction, so a bad file (unreadable, unparsable or failing
    to store) is reported `rejected` with a reason, leaves nothing partial behind and loses
    nothing stored before it. The same content again is `unchanged`. `catalogs=None` reads
    the bundled catalogs and those of `data/catalog`.

    While one document is being stored (on the database thread) the next file is read and
    parsed, and the search index is brought up to date once at the end.
    """
    if catalogs is None:
        catalogs = catalogs_in(catalog_dirs_of(DEFAULT_DATA_DIR))
    known = list(catalogs)
    reports: list[IngestReport] = []
    storing: tuple[Path, ParsedDocument, asyncio.Task[AddResult]] | None = None
    try:
        for raw_path in paths:
            path = Path(raw_path)
            try:
                text = read_document(path)
                document = parse_document(text, source_name=path.name, catalogs=known)
            except Exception as exc:  # IngestError, or a parser bug: reject this file only
                rejected = _rejected(path, exc)
                if storing is not None:
                    reports.append(await _stored(*storing))
                    storing = None
                reports.append(rejected)
                continue
            if storing is not None:
                reports.append(await _stored(*storing))
            storing = (path, document, asyncio.create_task(store.add_document(document)))
            await asyncio.sleep(0)  # let the task hand its work to the database thread
        if storing is not None:
            reports.append(await _stored(*storing))
            storing = None
    finally:
        if storing is not None:  # cancelled or failed mid-way: let the last write finish
            await asyncio.gather(storing[2], return_exceptions=True)
    await store.flush_search_index()
    counts = Counter(r.status for r in reports)
    log.info(
        "Ingested %d files: %d added, %d unchanged, %d rejected",
        len(reports),
        counts[IngestStatus.ADDED],
        counts[IngestStatus.UNCHANGED],
        counts[IngestStatus.REJECTED],
    )
    return reports


CATALOG_HASH_KEY = "catalog_hash:{slug}"


async def sync_catalogs(store: Store, dirs: Sequence[Path]) -> list[Catalog]:
    """Load the catalogs of `dirs` (`paths.catalog_dirs(data_dir)`: the bundled ones, then the
    operator's) into the store, skipping those unchanged since the last start (a catalog edit,
    or a new one, is picked up by a restart or an ingest)."""
    catalogs = catalogs_in(dirs)
    for catalog in catalogs:
        digest = hashlib.sha256(repr(catalog).encode()).hexdigest()
        key = CATALOG_HASH_KEY.format(slug=catalog.slug)
        if await store.get_meta(key) == digest:
            continue
        await store.upsert_catalog(catalog)
        await store.set_meta(key, digest)
        log.info("Loaded catalog %r", catalog.title)
    return catalogs


async def seed_if_empty(
    store: Store, catalog_dirs: Sequence[Path], seeds_dir: Path = SEEDS
) -> list[IngestReport] | None:
    """On a store with no documents, load the catalogs and the seed documents; else None."""
    if not await store.is_empty():
        return None
    catalogs = await sync_catalogs(store, catalog_dirs)
    reports = await ingest_paths(store, _seed_files(seeds_dir), catalogs=catalogs)
    stats = await store.stats()
    rejected = sum(1 for r in reports if r.status is IngestStatus.REJECTED)
    log.info(
        "Seeded the store: %d documents, %d anime, %d characters, %d rejected",
        stats["documents"],
        stats["anime"],
        stats["characters"],
        rejected,
    )
    return reports


def _front_matter(fields: Sequence[tuple[str, str | None]]) -> str:
    """A front-matter block of the fields that have a one-line value ('' when none)."""
    lines = [f"{k}: {' '.join(v.split())}" for k, v in fields if v is not None and v.strip()]
    return "---\n" + "\n".join(lines) + "\n---\n" if lines else ""


def page_text(
    text: str, *, source: str, html: bool, anime: str | None = None, title: str | None = None
) -> str:
    """A fetched page as a document for `parse_document`: HTML reduced to its article (title,
    author, date and canonical URL kept as front matter), plain text as it is; `source` is the
    page's URL, `anime` forces what it is about, `title` is used when the page has none.
    CPU-bound (trafilatura): run it off the event loop. Raises ExtractError or IngestError."""
    from bot.web.extract import extract_article  # trafilatura is heavy: only when needed

    if html:
        article = extract_article(text, url=source)
        fields = [
            ("title", article.title or title),
            ("anime", anime),
            ("url", article.url or source),
            ("author", article.author),
            ("published", article.date),
        ]
        return _front_matter(fields) + (article.title or title or "") + "\n\n" + article.text
    return _front_matter([("anime", anime), ("url", source)]) + text


def _parse_page(
    text: str, source: str, html: bool, catalogs: Sequence[Catalog], anime: str | None
) -> ParsedDocument:
    document = page_text(text, source=source, html=html, anime=anime)
    return parse_document(document, source_name=source, catalogs=catalogs)


async def ingest_text(
    store: Store,
    text: str,
    *,
    source: str,
    html: bool,
    catalogs: Sequence[Catalog],
    anime: str | None = None,
) -> IngestReport:
    """Ingest one fetched page (HTML or plain text) from `source` (its URL), optionally about a
    forced `anime`. Extraction and parsing run in a worker thread, so the event loop never
    waits on them. Never raises for a bad page: the report says `rejected` and why."""
    try:
        document = await asyncio.to_thread(_parse_page, text, source, html, catalogs, anime)
    except Exception as exc:  # ExtractError, IngestError, or a parser bug: this page only
        return _rejected(source, _as_ingest_error(exc))
    return await _stored(source, document, asyncio.create_task(store.add_document(document)))


def _as_ingest_error(exc: Exception) -> BaseException:
    from bot.web.extract import ExtractError

    if isinstance(exc, ExtractError):
        return IngestError(str(exc))
    return exc
