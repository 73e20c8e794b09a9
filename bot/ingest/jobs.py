"""One parse job: an input's bytes (read here from a file, or fetched already) -> a parsed
document or a reason. Runs in the ingest process or in a worker of a process pool.

A worker gets the catalogs, the store's other anime and `--anime` once (`init_worker`), and
then only small jobs; results cross back packed (`pack`/`unpack`): each document as nested
tuples of strings and numbers, which pickle and unpickle at C speed. A slotted dataclass
unpickles through dataclasses' Python-level __setstate__, which cost the ingest process more
than a tenth of a millisecond per document, on the one core that also stores and indexes.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.ingest.errors import IngestError
from bot.ingest.page import read_page
from bot.ingest.pipeline import parse_document
from bot.ingest.read import read_bytes
from bot.models import (
    Catalog,
    DocumentFacts,
    DocumentKind,
    ParsedCharacter,
    ParsedDocument,
    ParsedSection,
    Score,
    SectionKind,
)
from bot.text.linker import Linker

log = logging.getLogger(__name__)

__all__ = [
    "PACKED_FIELDS",
    "Context",
    "Job",
    "Outcome",
    "PackedOutcome",
    "init_worker",
    "pack",
    "run_job",
    "run_jobs",
    "run_jobs_here",
    "unpack",
]


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
    # The store's linker of each anime, by title, when the run began (Store.linkers): a
    # document about one of them is linked here, on the worker's core (ParsedDocument.links).
    linkers: Mapping[str, Linker] = field(default_factory=dict)


# (document, None) when parsed; (None, reason) when rejected
Outcome = tuple[ParsedDocument | None, str | None]
# the same, with the document packed (see `pack`)
PackedOutcome = tuple[tuple[Any, ...] | None, str | None]

_worker_context = Context()


def run_job(job: Job, context: Context) -> Outcome:
    """Read (if a file), extract (if HTML) and parse one input. Never raises."""
    try:
        if job.path is not None:
            data = read_bytes(job.path)
            name = os.path.basename(job.path)
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
            linkers=context.linkers,
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


def run_jobs(jobs: Sequence[Job]) -> list[PackedOutcome]:
    """A chunk of jobs in a pool worker (see init_worker); `unpack` each outcome."""
    return [pack(outcome) for outcome in run_jobs_here(jobs, _worker_context)]


# ------------------------------------------------------------------ what crosses back

PACKED_FIELDS: dict[type, tuple[str, ...]] = {
    ParsedDocument: (
        "title",
        "anime_title",
        "kind",
        "episode",
        "sections",
        "content_hash",
        "episode_title",
        "score",
        "url",
        "author",
        "published",
        "source_name",
        "characters",
        "source",
        "evidence",
        "facts",
        "links",
    ),
    ParsedSection: ("kind", "text", "spoiler", "heading", "about_episode", "utf8"),
    Score: ("raw", "value", "scale"),
    DocumentFacts: ("verdict", "verdict_section", "opening"),
    ParsedCharacter: ("name", "voice_actor"),
}
"""The fields `pack` carries, per class, in order: every field of each (a test holds them to
the classes, so a field added to one is not silently dropped on the way back)."""


_DOCUMENT_KINDS = {kind.value: kind for kind in DocumentKind}
_SECTION_KINDS = {kind.value: kind for kind in SectionKind}


def _text_or_utf8(text: str) -> tuple[str | None, bytes | None]:
    """A section's text as it crosses back: (None, its UTF-8), which the store binds as it is
    (ParsedSection.utf8) where a text would be encoded again, on the one core that stores;
    (the text, None) when it is not valid UTF-8 (a lone surrogate), to fail as it would."""
    try:
        return None, text.encode()
    except UnicodeEncodeError:
        return text, None


def pack(outcome: Outcome) -> PackedOutcome:
    """An outcome as plain tuples (enums as their values), for the way back from a worker."""
    d, reason = outcome
    if d is None:
        return None, reason
    score = d.score
    facts = d.facts
    return (
        d.title,
        d.anime_title,
        d.kind.value,
        d.episode,
        tuple(
            (s.kind.value, *_text_or_utf8(s.text), s.spoiler, s.heading, s.about_episode)
            for s in d.sections
        ),
        d.content_hash,
        d.episode_title,
        None if score is None else (score.raw, score.value, score.scale),
        d.url,
        d.author,
        d.published,
        d.source_name,
        tuple((c.name, c.voice_actor) for c in d.characters),
        d.source,
        d.evidence,
        None if facts is None else (facts.verdict, facts.verdict_section, facts.opening),
        d.links,
    ), reason


def unpack(packed: PackedOutcome) -> Outcome:
    """The outcome `pack` packed."""
    p, reason = packed
    if p is None:
        return None, reason
    score = p[7]
    facts = p[15]
    document = ParsedDocument(
        title=p[0],
        anime_title=p[1],
        kind=_DOCUMENT_KINDS[p[2]],
        episode=p[3],
        sections=tuple(
            ParsedSection(
                kind=_SECTION_KINDS[kind],
                text=utf8.decode() if text is None else text,
                spoiler=spoiler,
                heading=heading,
                about_episode=about,
                utf8=utf8,
            )
            for kind, text, utf8, spoiler, heading, about in p[4]
        ),
        content_hash=p[5],
        episode_title=p[6],
        score=None if score is None else Score(raw=score[0], value=score[1], scale=score[2]),
        url=p[8],
        author=p[9],
        published=p[10],
        source_name=p[11],
        characters=tuple(ParsedCharacter(name=n, voice_actor=v) for n, v in p[12]),
        source=p[13],
        evidence=p[14],
        facts=None
        if facts is None
        else DocumentFacts(verdict=facts[0], verdict_section=facts[1], opening=facts[2]),
        links=p[16],
    )
    return document, reason
