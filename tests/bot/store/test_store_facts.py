"""Each document's verdict and opening, worked out once at ingest and kept by the store
(migration 0009): stored with a parsed document, replaced with a new version, worked out on
first read for a document stored without them, and for every older document after upgrading.

Expected verdicts come from the documents' own text (the seeds' closing paragraphs).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from bot.ingest import parse_document, read_document
from bot.ingest.detect import verdict
from bot.ingest.detect.verdict import document_facts
from bot.models import Catalog, DocumentFacts, ParsedDocument, Section, SectionKind
from bot.store import MIGRATIONS_DIR, Store
from tests.bot.store.test_store import catalog, make_doc, migration_numbers, write_migrations

SEEDS = Path(__file__).resolve().parents[3] / "data" / "seeds"


def parsed_seed(prefix: str, catalogs: list[Catalog]) -> ParsedDocument:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return parse_document(read_document(path), source_name=path.name, catalogs=catalogs)


async def test_a_parsed_document_keeps_its_facts(store: Store) -> None:
    parsed = parsed_seed("003", [catalog()])
    assert parsed.facts is not None and parsed.facts.verdict_section == 1  # after the recap
    result = await store.add_document(parsed)
    (anime,) = await store.list_anime()
    (doc,) = await store.documents_for(anime.id, 1)
    assert doc.id == result.document_id
    assert doc.facts == parsed.facts
    assert doc.facts.verdict.startswith("Overall, this introductory chapter wasn’t solid.")
    assert doc.sections[1].kind is SectionKind.REVIEW and doc.sections[1].position == 1


async def test_a_new_version_of_a_document_replaces_its_facts(store: Store) -> None:
    old = make_doc("Rouge fights.\n\nIn conclusion, a fine start.")
    old = replace(old, source="https://site.example/ep2", facts=document_facts(old.sections))
    await store.add_document(old)
    new = make_doc("Rouge fights again.\n\nOverall, it slows down.")
    new = replace(new, source="https://site.example/ep2", facts=document_facts(new.sections))
    assert (await store.add_document(new)).status == "updated"
    (anime,) = await store.list_anime()
    (doc,) = await store.documents_for(anime.id, 2)
    assert doc.facts == DocumentFacts(
        verdict="Overall, it slows down.",
        verdict_section=0,
        opening="Rouge fights again. Overall, it slows down.",
    )


async def test_a_document_stored_without_facts_gets_them_once_on_first_read(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def counted(sections: Sequence[Section]) -> DocumentFacts:
        calls.append(len(sections))
        return document_facts(sections)

    monkeypatch.setattr(verdict, "document_facts", counted)
    await store.add_document(make_doc("Great action.", "I give it 7/10.\n\nSee you."))
    (anime,) = await store.list_anime()
    (doc,) = await store.documents_for(anime.id, 2)
    assert doc.facts == DocumentFacts(
        verdict="I give it 7/10.", verdict_section=1, opening="Great action."
    )
    assert calls == [2]
    (again,) = await store.documents_for(anime.id, 2)  # stored: not worked out again
    assert again.facts == doc.facts
    assert calls == [2]


@pytest.mark.sqlite_only
async def test_upgrading_a_version_8_database_works_out_every_documents_facts(
    tmp_path: Path, engine: str
) -> None:
    early = {p.name: p.read_text() for p in MIGRATIONS_DIR.glob("000[1-8]_*.sql")}
    path = tmp_path / "x.db"
    async with await Store.open(path) as store:
        assert await store.migrate(write_migrations(tmp_path / "early", early)) == 8
    with closing(sqlite3.connect(path)) as connection:  # what the version-8 code stored
        connection.executescript(
            """
            INSERT INTO anime (id, slug, title) VALUES (1, 'metallic-rouge', 'Metallic Rouge');
            INSERT INTO documents (id, anime_id, title, kind, episode, content_hash)
                VALUES (1, 1, 'Two', 'episode-review', 2, 'h1'),
                       (2, 1, 'Three', 'recap', 3, 'h2');
            INSERT INTO sections (id, document_id, position, kind, text, spoiler)
                VALUES (1, 1, 0, 'recap', 'Overall, the recap is long.', 1),
                       (2, 1, 1, 'review', 'Rouge fights.' || char(10, 10)
                                           || 'In conclusion, a fine start.', 0),
                       (3, 2, 0, 'recap', 'A recap.', 1);
            """
        )
    async with await Store.open(path) as store:
        assert await store.migrate() == migration_numbers()[-1]
        assert await store.get_meta("document_facts") is None  # done, once
        with closing(sqlite3.connect(path)) as connection:
            rows = connection.execute(
                "SELECT id, verdict, verdict_section, opening FROM documents ORDER BY id"
            ).fetchall()
        assert rows == [
            (1, "In conclusion, a fine start.", 1, "Rouge fights. In conclusion, a fine start."),
            (2, "", None, ""),  # no review text
        ]
        (anime,) = await store.list_anime()
        (doc,) = await store.documents_for(anime.id, 2)
        assert doc.facts is not None and doc.facts.verdict_section == 1
