"""Shared by the ingestion tests: the seed files, a plain body, and parse shorthands.

Seed expectations come from the text of data/seeds/*.txt; synthetic documents are written in
the tests, one per format or trap the parser must handle.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st

from bench.ingest_accuracy import normalise_score, number_matches, text_matches
from bot.ingest import IngestError, parse_document, read_document
from bot.models import Catalog, ParsedDocument

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "data" / "seeds"
FIRST_IMPRESSIONS = SEEDS / "000_795f6227bf50d81c.txt"
ANIME_REVIEW = SEEDS / "002_05acd5367272322e.txt"
RECAP_AND_REVIEW = SEEDS / "003_26f864859a59a1b2.txt"

BOILERPLATE_LINES = [
    "Watch Metallic Rouge on Crunchyroll",
    "Leave a comment",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    'Thumbnail for this review, with the text "Metallic Rouge Anime Review" overlayed',
    "·",
    "•",
    "-",
]

BODY = "The show looks great and the music is loud.\n\nThe characters are fun to watch."

# Lines for property tests: boilerplate, arbitrary text, and lines that look like structure.
LINES = st.one_of(
    st.sampled_from(BOILERPLATE_LINES),
    st.text(max_size=80),
    st.sampled_from(["", "---", "Review", "Show Episode 3 Review", "Score: 7/10", "a: b"]),
)


def seed(path: Path, catalogs: list[Catalog] | None = None) -> ParsedDocument:
    return parse_document(read_document(path), source_name=path.name, catalogs=catalogs or ())


def doc(text: str, **kwargs: object) -> ParsedDocument:
    return parse_document(text, **kwargs)  # type: ignore[arg-type]


def reason(text: str, **kwargs: object) -> str:
    with pytest.raises(IngestError) as caught:
        parse_document(text, **kwargs)  # type: ignore[arg-type]
    return caught.value.reason


def stored_lines(parsed: ParsedDocument) -> list[str]:
    return [line for s in parsed.sections for line in s.text.split("\n")]


def assert_parsed_score(
    parse: Callable[[Path], dict[str, Any]],
    page: Path,
    text: str,
    raw: tuple[str, ...] | None,
    score_100: float | None,
) -> None:
    """Write `text` to `page`, parse it as the accuracy scorer does (`parse`:
    bench.ingest_accuracy.pipeline_parser()) and check it is about Metallic Rouge with the
    score `raw` (any of them, as written) and `score_100` (None: no score)."""
    page.write_text(text, encoding="utf-8")
    got = parse(page)
    assert "error" not in got, got
    assert got["anime"] == "Metallic Rouge"
    expected = list(raw) if raw else None
    assert text_matches(expected, got["score"], normalise_score), (got["score"], raw)
    assert number_matches(score_100, got["score_100"], 0.5), (got["score_100"], score_100)
