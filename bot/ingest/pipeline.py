"""parse_document: plain text (a saved review page) -> ParsedDocument, stage by stage.

A document is::

    ---                      (optional front matter; values override detection)
    title: ...
    ---
    Title line               (first non-empty line)
    Episode title            (optional: a short line under an episode document's title)
    Body paragraphs...       (a recap, then a review heading line, then the review; or a review)

Each stage reads and fills a :class:`~bot.ingest.state.Draft`; the first that finds the
document unusable raises :class:`~bot.ingest.errors.IngestError` with a reason for a human.
Nothing here knows any particular site, file or anime: what a document is about comes from its
title, optional front matter and the curated catalogs passed in. Every regex of the stages is
linear (no nested unbounded quantifiers) and compiled once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence

from bot.ingest import boilerplate, frontmatter, normalise, structure
from bot.ingest.detect import (
    anime,
    characters,
    episode,
    kind,
    score,
    spoilers,
    title,
    verdict,
)
from bot.ingest.page import PageMeta
from bot.ingest.state import Draft
from bot.models import Catalog, ParsedDocument
from bot.text.linker import Linker

log = logging.getLogger(__name__)

__all__ = ["STAGES", "parse_document"]

Stage = Callable[[Draft], None]

STAGES: tuple[Stage, ...] = (
    normalise.normalise,
    frontmatter.read_front_matter,
    boilerplate.drop_boilerplate,
    title.detect_title,
    structure.split_paragraphs,
    anime.detect_anime,
    episode.detect_episode,
    kind.detect_kind,
    structure.take_episode_title,
    structure.find_sections,
    spoilers.detect_spoilers,
    score.detect_score,
    episode.detect_about_episode,
    structure.build_sections,
    verdict.detect_verdict,
    characters.detect_characters,
)
"""The stages, in the order they run."""


def parse_document(
    text: str,
    *,
    source_name: str | None = None,
    catalogs: Sequence[Catalog] = (),
    meta: PageMeta | None = None,
    anime: str | None = None,
    known_anime: Sequence[str] = (),
    source: str | None = None,
    linkers: Mapping[str, Linker] | None = None,
) -> ParsedDocument:
    """Parse one document. Raises IngestError (with a human reason) for anything unusable.

    `meta`: what a web page's markup said (bot.ingest.page); `anime`: the anime to file it
    under whatever it says (`ingest --anime`); `known_anime`: anime in the store without a
    catalog; `source`: the canonical URL, URL or file name that identifies the document;
    `linkers`: mention linkers by anime title: a document about one of them carries what its
    sections name (ParsedDocument.links), found by it.
    """
    draft = Draft(
        text,
        source_name,
        catalogs,
        meta=meta,
        forced_anime=anime,
        known_anime=known_anime,
        source=source or source_name,
    )
    for stage in STAGES:
        stage(draft)
    linker = linkers.get(draft.anime_title) if linkers else None
    if linker is None:
        return draft.document()
    # (a document of one section: its text is the body, whose lowered form the detectors made)
    found = tuple(
        tuple(linker.named(s.text, draft.body_lowered() if s.text is draft.body else None))
        for s in draft.sections
    )
    return draft.document(links=(linker.serial, found))
