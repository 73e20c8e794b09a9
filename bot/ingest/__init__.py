"""Document ingestion: files -> parsed documents -> the store.

A pipeline of small stages over one :class:`~bot.ingest.state.Draft` (see
:mod:`bot.ingest.pipeline`): :mod:`~bot.ingest.read` (the only file I/O),
:mod:`~bot.ingest.normalise`, :mod:`~bot.ingest.frontmatter`, :mod:`~bot.ingest.boilerplate`,
:mod:`~bot.ingest.structure` and one detector per field in :mod:`bot.ingest.detect`.
:mod:`~bot.ingest.service` stores what the pipeline parses.
"""

from __future__ import annotations

from bot.catalog import catalogs_in
from bot.catalog_sync import sync_catalogs
from bot.ingest.boilerplate import is_boilerplate
from bot.ingest.errors import IngestError
from bot.ingest.pipeline import parse_document
from bot.ingest.read import MAX_BYTES, read_document
from bot.ingest.service import (
    ingest_inputs,
    ingest_paths,
    ingest_text,
    seed_if_empty,
)
from bot.text.mentions import MentionSpan, find_mentions
from bot.text.sentences import split_sentences

__all__ = [
    "MAX_BYTES",
    "IngestError",
    "MentionSpan",
    "catalogs_in",
    "find_mentions",
    "ingest_inputs",
    "ingest_paths",
    "ingest_text",
    "is_boilerplate",
    "parse_document",
    "read_document",
    "seed_if_empty",
    "split_sentences",
    "sync_catalogs",
]
