"""Mapping result rows to the dataclasses of bot.models."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable

from bot.models import (
    Anime,
    Document,
    DocumentFacts,
    DocumentKind,
    DocumentSummary,
    Score,
    Section,
    SectionKind,
)
from bot.store.engine import Row


def score(row: Row) -> Score | None:
    if row["score_raw"] is None:
        # (a Row's `in` tests values, not column names)
        grade = row["score_grade"] if "score_grade" in row.keys() else None  # noqa: SIM118
        return Score(raw=grade, value=None, scale=None) if grade else None
    return Score(raw=row["score_raw"], value=row["score_value"], scale=row["score_scale"])


def section(row: Row) -> Section:
    return Section(
        id=row["id"],
        document_id=row["document_id"],
        position=row["position"],
        kind=SectionKind(row["kind"]),
        heading=row["heading"],
        text=row["text"],
        spoiler=bool(row["spoiler"]),
        about_episode=row["about_episode"],
    )


def facts(row: Row) -> DocumentFacts | None:
    """The facts worked out at ingest (migration 0009); None: not worked out yet."""
    if row["verdict"] is None:
        return None
    return DocumentFacts(
        verdict=row["verdict"], verdict_section=row["verdict_section"], opening=row["opening"] or ""
    )


def document(row: Row, sections: Iterable[Section] = ()) -> Document:
    return Document(
        id=row["id"],
        anime_id=row["anime_id"],
        anime_title=row["anime_title"],
        title=row["title"],
        kind=DocumentKind(row["kind"]),
        episode=row["episode"],
        episode_title=row["episode_title"],
        score=score(row),
        url=row["url"],
        author=row["author"],
        published=row["published"],
        source_name=row["source_name"],
        sections=tuple(sections),
        facts=facts(row),
    )


def summary(row: Row) -> DocumentSummary:
    return DocumentSummary(
        id=row["id"],
        anime_id=row["anime_id"],
        anime_title=row["anime_title"],
        title=row["title"],
        kind=DocumentKind(row["kind"]),
        episode=row["episode"],
        score_raw=row["score_raw"],
        source=row["source"],
        added_at=row["added_at"],
    )


def anime(row: Row) -> Anime:
    return Anime(
        id=row["id"], slug=row["slug"], title=row["title"], episode_count=row["episode_count"]
    )


def kinds_json(kinds: Collection[DocumentKind] | None) -> str | None:
    """Wanted document kinds as a JSON array parameter (None: every kind)."""
    if kinds is None:
        return None
    return json.dumps(sorted(str(DocumentKind(k)) for k in kinds))
