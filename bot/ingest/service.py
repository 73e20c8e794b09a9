"""Ingest orchestration: files -> parsed documents -> the store, one transaction per file.

Also first-start seeding and loading the catalogs into the store.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from bot.catalog import catalogs_in
from bot.catalog_sync import sync_catalogs
from bot.ingest.catalogs import catalog_index
from bot.ingest.detect.anime import match_anime
from bot.ingest.inputs import Input, expand_inputs
from bot.ingest.jobs import (
    Context,
    Job,
    Outcome,
    PackedOutcome,
    init_worker,
    run_job,
    run_jobs,
    run_jobs_here,
    unpack,
)
from bot.ingest.page import HTML_TYPES
from bot.models import Catalog, IngestReport, IngestStatus, ParsedDocument, ParsedSection
from bot.paths import DEFAULT_DATA_DIR, SEEDS
from bot.paths import catalog_dirs as catalog_dirs_of
from bot.store.documents import DocumentRejected
from bot.web.fetch import Fetcher, FetchError

if TYPE_CHECKING:  # the store is only handed in; importing it here would tie the two in a loop
    from bot.store import AddResult, Store

log = logging.getLogger(__name__)


def _seed_files(seeds_dir: Path) -> list[Path]:
    if not seeds_dir.is_dir():
        return []
    return sorted(p for p in seeds_dir.iterdir() if p.is_file() and not p.name.startswith("."))


POOL_MIN_JOBS = 200
"""Below this many inputs, parsing stays in this process (a pool costs more to start)."""
CHUNK = 100
"""Inputs per pool task."""
STORE_BATCH = 500
"""At most this many documents per store batch (one transaction): the parsed chunks waiting
when the store is free go together (measured on the 10,000-document bench corpus: the main
process's CPU falls from 14.2 s with batches of 50 to 13.6 s with 100, 13.0 s with 250, 12.6 s
with 500 and 12.5 s with 1,000; the first batch waits for one chunk only)."""
PARSER_NICENESS = 10
"""Measured on the bench corpus (10,000 documents, 2 cores): 13.4 s instead of 14.4 s, the
main process being the one that limits."""
INPUTS_PER_LINKER = 50
"""Parse workers link ahead only when the store has at most one anime with characters per
this many inputs: a linker costs a few milliseconds to build, so building every one for a
small import into a big store would cost more than linking in the workers saves."""
FETCH_CONCURRENCY = 4


def _rejected(name: str, reason: str, source: str | None = None) -> IngestReport:
    log.warning("Rejected %s: %s", name, reason)
    return IngestReport(file=name, status=IngestStatus.REJECTED, reason=reason, source=source)


def _as_reported(document: ParsedDocument) -> ParsedDocument:
    """A stored document as its report keeps it: every field but its sections' text (in the
    store now) and the worker's links. A run holds every report until it ends: with the text,
    a 10,000-file import grew to ~440 MB, and its full collections walked all of it."""
    sections = tuple(
        ParsedSection(s.kind, "", s.spoiler, s.heading, s.about_episode) for s in document.sections
    )
    return replace(document, sections=sections, links=None)


def _stored(name: str, document: ParsedDocument, result: AddResult | Exception) -> IngestReport:
    source = document.identity_source
    if isinstance(result, DocumentRejected):
        return _rejected(name, str(result), source)
    if isinstance(result, Exception):
        log.error("Rejected %s: it could not be stored", name, exc_info=result)
        reason = f"could not be stored ({type(result).__name__}: {result})"
        return _rejected(name, reason, source)
    status = IngestStatus(result.status)
    log.debug("%s %s: %r", status.capitalize(), name, document.title)
    return IngestReport(
        file=name,
        status=status,
        document=_as_reported(document),
        characters_linked=list(result.characters),
        source=source,
    )


async def _fetch_all(
    inputs: Sequence[Input], fetcher_factory: Callable[[], Fetcher]
) -> dict[int, Job | IngestReport]:
    """Fetch every URL input (a few at a time): a job for each page, a rejection for each
    refused fetch."""
    wanted = [(i, item) for i, item in enumerate(inputs) if item.url is not None]
    done: dict[int, Job | IngestReport] = {}
    if not wanted:
        return done
    limit = asyncio.Semaphore(FETCH_CONCURRENCY)
    async with fetcher_factory() as fetcher:

        async def one(index: int, url: str) -> None:
            async with limit:
                try:
                    result = await fetcher.fetch(url)
                except FetchError as exc:
                    done[index] = _rejected(url, f"fetch refused: {exc.reason}", url)
                    return
            html = result.content_type in HTML_TYPES
            done[index] = Job(name=url, data=result.body, url=result.url, html=html)

        await asyncio.gather(*(one(i, item.url) for i, item in wanted if item.url))
    return done


def _chunks(jobs: Sequence[tuple[int, Job]], size: int) -> list[list[tuple[int, Job]]]:
    """`jobs` in chunks of `size`, the first four smaller (a quarter, a quarter, a half, a
    half): the store, idle until the first chunk is parsed, starts that much sooner."""
    chunks: list[list[tuple[int, Job]]] = []
    at = 0
    while at < len(jobs):
        n = size if len(chunks) >= 4 else max(1, size // (4 if len(chunks) < 2 else 2))
        chunks.append(list(jobs[at : at + n]))
        at += n
    return chunks


def _pool_size(jobs: int) -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(cores or 1, 4) if jobs >= POOL_MIN_JOBS else 1


def _init_parser(context: Context) -> None:
    """A parsing process: below the others in priority (PARSER_NICENESS), so that this
    process, which alone stores and links the documents, keeps its core while the parsers run
    ahead, and a bot on the same machine keeps answering while a big ingest runs."""
    try:
        os.nice(PARSER_NICENESS)
    except OSError as exc:  # not allowed here: parse at the same priority
        log.debug("Parsers keep their priority: %s", exc)
    init_worker(context)


async def _known_anime(store: Store, catalogs: Sequence[Catalog]) -> list[str]:
    """Titles of the anime in the store that no catalog knows."""
    index = catalog_index(catalogs)
    return [a.title for a in await store.list_anime() if index.exact(a.title) is None]


async def ingest_inputs(
    store: Store,
    given: Sequence[str | Path],
    *,
    catalogs: Sequence[Catalog] | None = None,
    anime: str | None = None,
    fetcher_factory: Callable[[], Fetcher] | None = None,
) -> list[IngestReport]:
    """Ingest files, directories (recursively) and http(s) URLs; one report per input, in
    order (a directory's files in name order).

    Each file is atomic: rejected (unreadable, unparsable, a refused fetch, an impossible
    episode, failing to store) with a reason, it leaves nothing behind and undoes no other.
    The same content again is `unchanged`; a new version of a stored document (same source,
    anime, kind and episode) is `updated` in place; a directory's other files are `skipped`.
    `anime`: file everything under this anime (matched fuzzily to a known one, else new).
    `catalogs=None` reads the bundled catalogs and those of `data/catalog`.

    Many inputs are parsed by a process pool (both cores), CHUNK at a time, while the
    documents parsed before them are stored: one transaction per batch of the chunks parsed
    by then (at most STORE_BATCH documents), a few statements per batch (Store.add_documents).
    """
    if catalogs is None:
        catalogs = catalogs_in(catalog_dirs_of(DEFAULT_DATA_DIR))
    known = await _known_anime(store, catalogs)
    forced = match_anime(anime, catalogs, known) if anime is not None else None
    inputs = expand_inputs(given)
    slots: dict[int, Job | IngestReport] = {}
    for i, item in enumerate(inputs):
        if item.skipped is not None:
            slots[i] = IngestReport(
                file=item.name, status=IngestStatus.SKIPPED, reason=item.skipped, source=item.name
            )
        elif item.path is not None:
            slots[i] = Job(name=item.name, path=str(item.path))
    slots.update(await _fetch_all(inputs, fetcher_factory or Fetcher))
    jobs = [(i, slot) for i, slot in sorted(slots.items()) if isinstance(slot, Job)]
    reports: dict[int, IngestReport] = {
        i: slot for i, slot in slots.items() if isinstance(slot, IngestReport)
    }
    workers = _pool_size(len(jobs))
    # With parse workers, they link too (on their cores, ParsedDocument.links), with the
    # linkers of the run's start; the store links what they could not (new names or anime).
    linkers = await store.linkers(len(jobs) // INPUTS_PER_LINKER) if workers > 1 else {}
    context = Context(catalogs=list(catalogs), known_anime=known, anime=forced, linkers=linkers)
    chunks = _chunks(jobs, CHUNK)
    loop = asyncio.get_running_loop()
    pool: ProcessPoolExecutor | None = None
    parsed: deque[asyncio.Future[list[PackedOutcome]]] = deque()
    if workers > 1:
        # Everything alive now (modules, catalogs, linkers) out of the collector's sight for
        # the run, here and in the forked parsers: a full collection walked it all again each
        # time, about half of the collector's time in the storing process (bench/ANALYSIS.md).
        gc.freeze()
    try:
        if workers > 1:
            pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_init_parser,
                initargs=(context,),
            )
            # in chunk order; each taken off once stored, so that a big run lets its documents
            # go batch by batch instead of holding every one until the end
            parsed.extend(
                loop.run_in_executor(pool, run_jobs, [job for _, job in chunk]) for chunk in chunks
            )
        n = 0
        while n < len(chunks):
            # the next chunk, and those after it already parsed (up to STORE_BATCH)
            taken: list[tuple[int, Job]] = []
            outcomes: list[Outcome] = []
            while n < len(chunks) and (
                not taken
                or (
                    pool is not None
                    and parsed[0].done()
                    and len(taken) + len(chunks[n]) <= STORE_BATCH
                )
            ):
                if pool is not None:
                    outcomes.extend(unpack(packed) for packed in await parsed.popleft())
                else:
                    outcomes.extend(run_jobs_here([job for _, job in chunks[n]], context))
                taken.extend(chunks[n])
                n += 1
            batch: list[tuple[int, Job, ParsedDocument]] = []
            for (i, job), (document, reason) in zip(taken, outcomes, strict=True):
                if document is None:
                    reports[i] = _rejected(job.name, reason or "could not be parsed", job.url)
                else:
                    batch.append((i, job, document))
            if batch:
                results = await store.add_documents([d for _, _, d in batch])
                for (i, job, document), result in zip(batch, results, strict=True):
                    reports[i] = _stored(job.name, document, result)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if workers > 1:
            gc.unfreeze()
    await store.flush_search_index()
    ordered = [reports[i] for i in sorted(reports)]
    counts = Counter(r.status for r in ordered)
    log.info(
        "Ingested %d inputs: %s",
        len(ordered),
        ", ".join(f"{counts[s]} {s}" for s in IngestStatus if counts[s]) or "nothing",
    )
    return ordered


async def ingest_paths(
    store: Store,
    paths: Sequence[str | Path],
    *,
    catalogs: Sequence[Catalog] | None = None,
    anime: str | None = None,
) -> list[IngestReport]:
    """ingest_inputs for files and directories (a str may also be a URL)."""
    return await ingest_inputs(store, paths, catalogs=catalogs, anime=anime)


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
    forced `anime`: the same job as a fetched URL of `ingest_inputs`. Extraction and parsing run
    in a worker thread, so the event loop never waits on them. Never raises for a bad page: the
    report says `rejected` and why."""
    known = await _known_anime(store, catalogs)
    forced = match_anime(anime, catalogs, known) if anime is not None else None
    context = Context(catalogs=list(catalogs), known_anime=known, anime=forced)
    job = Job(name=source, data=text.encode("utf-8"), url=source, html=html)
    document, reason = await asyncio.to_thread(run_job, job, context)
    if document is None:
        return _rejected(source, reason or "could not be parsed", source)
    (result,) = await store.add_documents([document])
    await store.flush_search_index()
    return _stored(source, document, result)
