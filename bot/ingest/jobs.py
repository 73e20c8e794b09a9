"""One parse job: an input's bytes (read here from a file, or fetched already) -> a parsed
document or a reason. Runs in the ingest process or in a worker of a process pool.

A worker gets the catalogs, the store's other anime and `--anime` once (`init_worker`), and
then only small jobs; results are plain tuples, so nothing unpicklable crosses back.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.ingest.errors import IngestError
from bot.ingest.page import read_page
from bot.ingest.pipeline import parse_document
from bot.ingest.read import read_bytes
from bot.models import Catalog, ParsedDocument

log = logging.getLogger(__name__)

__all__ = ["Context", "Job", "Outcome", "init_worker", "run_job", "run_jobs", "run_jobs_here"]


@dataclass(frozen=True, slots=True)
class Job:
    name: str  # what the report calls the input: the path or the URL
    path: str | None = None  # a file to read
    data: bytes | None = None  # or its bytes, fetched already
    url: str | None = None  # where `data` was fetched from
    html: bool | None = None  # True/False when the content type said; None: decide


@dataclass(frozen=True, slots=True)
class Context:
    catalogs: Sequence[Catalog] = ()
    known_anime: Sequence[str] = ()
    anime: str | None = None  # `ingest --anime`, already matched to a known anime


# (document, None) when parsed; (None, reason) when rejected
Outcome = tuple[ParsedDocument | None, str | None]

_worker_context = Context()


def run_job(job: Job, context: Context) -> Outcome:
    """Read (if a file), extract (if HTML) and parse one input. Never raises."""
    try:
        if job.path is not None:
            path = Path(job.path)
            data = read_bytes(path)
            name = path.name
        else:
            data = job.data or b""
            name = job.name
        page = read_page(data, name=name, url=job.url, html=job.html)
        document = parse_document(
            page.text,
            source_name=name,
            catalogs=context.catalogs,
            meta=page.meta,
            anime=context.anime,
            known_anime=context.known_anime,
            source=page.source,
        )
    except IngestError as exc:
        return None, exc.reason
    except Exception as exc:  # a parser bug: this input only, logged with its traceback
        log.exception("Could not parse %s", job.name)
        return None, f"could not be parsed ({type(exc).__name__}: {exc})"
    return document, None


def run_jobs_here(jobs: Sequence[Job], context: Context) -> list[Outcome]:
    return [run_job(job, context) for job in jobs]


def init_worker(context: Context) -> None:
    """A pool worker's initializer: the context every later job of it uses."""
    global _worker_context
    _worker_context = context


def run_jobs(jobs: Sequence[Job]) -> list[Outcome]:
    """A chunk of jobs in a pool worker (see init_worker)."""
    return run_jobs_here(jobs, _worker_context)
