"""bot/ingest/service.py: first-start seeding, and per-file ingest through the real read and
parse path."""

from __future__ import annotations

import gc
import json
import logging
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bot import paths
from bot.catalog import load_catalogs
from bot.ingest import ingest_paths, jobs, seed_if_empty, service
from bot.models import Catalog, DocumentKind, IngestStatus, ParsedDocument
from bot.store import Store
from bot.store.characters import Characters

ROOT = Path(__file__).resolve().parents[3]
DATA_DIR = ROOT / "data"
SEEDS = sorted((DATA_DIR / "seeds").glob("*.txt"))
FIRST_IMPRESSIONS, SEASON_REVIEW, RECAP_AND_REVIEW = SEEDS  # 000, 002, 003


@pytest.fixture
def catalogs() -> list[Catalog]:
    return load_catalogs(paths.BUNDLED_CATALOGS)


@pytest.fixture
def bad_files(tmp_path: Path) -> tuple[Path, Path]:
    binary = tmp_path / "cover.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    return binary, empty


def pending_sections(store: Store) -> int:
    with closing(sqlite3.connect(store.path)) as connection:
        return int(connection.execute("SELECT count(*) FROM sections_fts_pending").fetchone()[0])


# --------------------------------------------------------------------------- seed_if_empty


async def test_seed_if_empty_loads_catalog_and_seeds_and_logs_one_line(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO):
        reports = await seed_if_empty(store, paths.catalog_dirs(DATA_DIR))
    assert reports is not None
    assert [Path(r.file).name for r in reports] == [p.name for p in SEEDS]
    assert [r.status for r in reports] == ["added", "added", "added"]

    stats = await store.stats()
    assert (stats["documents"], stats["anime"]) == (3, 1)
    characters = stats["characters"]
    seeded = [r for r in caplog.records if r.getMessage().startswith("Seeded the store")]
    assert len(seeded) == 1
    assert seeded[0].name == "bot.ingest.service"
    assert seeded[0].levelno == logging.INFO
    assert seeded[0].getMessage() == (
        f"Seeded the store: 3 documents, 1 anime, {characters} characters, 0 rejected"
    )

    # the catalog came first: spoiler aliases are known, and the parser recognised the anime
    sara = await store.resolve_character("Purgatory Viola", None)
    assert sara is not None and sara.name == "Sara Fitzgerald"
    assert {r.document.anime_title for r in reports if r.document} == {"Metallic Rouge"}
    assert pending_sections(store) == 0  # everything is searchable


async def test_seed_if_empty_does_nothing_on_a_stocked_store(seeded_store: Store) -> None:
    before = await seeded_store.stats()
    assert await seed_if_empty(seeded_store, paths.catalog_dirs(DATA_DIR)) is None
    assert await seeded_store.stats() == before


async def test_seeding_without_a_catalog_still_stores_the_seeds(
    store: Store, tmp_path: Path
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(DATA_DIR / "seeds", seeds)
    reports = await seed_if_empty(store, (), seeds)
    assert reports is not None and [r.status for r in reports] == ["added"] * 3
    assert [a.title for a in await store.list_anime()] == ["Metallic Rouge"]
    # characters learned from "Name (Voice Actor)" in 000: "Naomi (Tomoyo Kurosawa)"
    naomi = await store.resolve_character("Naomi", None)
    assert naomi is not None and naomi.voice_actor == "Tomoyo Kurosawa"


# --------------------------------------------------------------------------- ingest_paths


async def test_bad_files_are_rejected_and_the_good_one_is_stored(
    store: Store, catalogs: list[Catalog], bad_files: tuple[Path, Path]
) -> None:
    binary, empty = bad_files
    reports = await ingest_paths(store, [binary, empty, FIRST_IMPRESSIONS], catalogs=catalogs)
    assert [r.status for r in reports] == ["rejected", "rejected", "added"]
    assert [r.file for r in reports] == [str(binary), str(empty), str(FIRST_IMPRESSIONS)]
    for report in reports[:2]:
        assert report.reason and report.document is None
    good = reports[2]
    assert good.reason is None
    assert good.document is not None
    assert good.document.title == "Metallic Rouge – Ep. 1 (First Impressions)"
    assert good.document.kind is DocumentKind.FIRST_IMPRESSIONS
    # no catalog in the store: the characters are the ones 000 introduces as "Name (Actor)":
    # "Rouge (Yume Miyamoto)", "Naomi (Tomoyo Kurosawa)", "Viola (Yu Shimamura)", "Joker (...)"
    assert set(good.characters_linked) == {"Rouge", "Naomi", "Viola", "Joker"}

    stats = await store.stats()
    assert (stats["documents"], stats["anime"]) == (1, 1)
    anime = await store.find_anime("Metallic Rouge")
    assert anime is not None
    (stored,) = await store.documents_for(anime.id, 1)
    assert stored.title == good.document.title
    # the report keeps what was parsed but the text, which is in the store (a big import holds
    # every report to its end)
    assert [s.kind for s in good.document.sections] == [s.kind for s in stored.sections]
    assert all(s.text == "" for s in good.document.sections)
    assert stored.sections and all(s.text for s in stored.sections)
    assert stored.source_name == FIRST_IMPRESSIONS.name


async def test_reingesting_is_unchanged_and_stores_nothing(
    store: Store, catalogs: list[Catalog], bad_files: tuple[Path, Path]
) -> None:
    paths = [*bad_files, *SEEDS]
    first = await ingest_paths(store, paths, catalogs=catalogs)
    assert [r.status for r in first] == ["rejected", "rejected", "added", "added", "added"]
    before = await store.stats()

    again = await ingest_paths(store, paths, catalogs=catalogs)
    assert [r.status for r in again] == [
        "rejected",
        "rejected",
        "unchanged",
        "unchanged",
        "unchanged",
    ]
    assert await store.stats() == before
    assert [r.characters_linked for r in again[2:]] == [r.characters_linked for r in first[2:]]


async def test_reports_keep_the_order_of_the_paths(
    store: Store, catalogs: list[Catalog], bad_files: tuple[Path, Path], tmp_path: Path
) -> None:
    binary, _ = bad_files
    missing = tmp_path / "missing.txt"
    paths = [FIRST_IMPRESSIONS, binary, SEASON_REVIEW, FIRST_IMPRESSIONS, missing, RECAP_AND_REVIEW]
    reports = await ingest_paths(store, paths, catalogs=catalogs)
    assert [r.file for r in reports] == [str(p) for p in paths]
    assert [r.status for r in reports] == [
        "added",
        "rejected",
        "added",
        "unchanged",
        "rejected",
        "added",
    ]
    assert reports[4].reason  # "file not found", in ingest's words
    assert (await store.stats())["documents"] == 3


async def test_the_pool_parses_ahead_and_batches_keep_every_report(
    store: Store,
    catalogs: list[Catalog],
    bad_files: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Through the process pool in chunks of 2, stored in batches of at most 3 (several chunks
    # go together when parsed in time): the same reports, in order, as test above.
    binary, _ = bad_files
    missing = tmp_path / "missing.txt"
    paths = [
        FIRST_IMPRESSIONS,
        binary,
        SEASON_REVIEW,
        FIRST_IMPRESSIONS,
        missing,
        RECAP_AND_REVIEW,
        SEASON_REVIEW,
    ]
    monkeypatch.setattr(service, "POOL_MIN_JOBS", 2)
    monkeypatch.setattr(service, "CHUNK", 2)
    monkeypatch.setattr(service, "STORE_BATCH", 3)
    monkeypatch.setattr(service, "_pool_size", lambda jobs: 2)
    frozen_before = gc.get_freeze_count()
    reports = await ingest_paths(store, paths, catalogs=catalogs)
    # the heap frozen for the run (out of the collector's sight) is given back after it
    assert gc.get_freeze_count() == frozen_before
    assert [r.file for r in reports] == [str(p) for p in paths]
    assert [r.status for r in reports] == [
        "added",
        "rejected",
        "added",
        "unchanged",
        "rejected",
        "added",
        "unchanged",
    ]
    assert (await store.stats())["documents"] == 3
    assert reports[3].characters_linked == reports[0].characters_linked
    assert set(reports[0].characters_linked) == {"Rouge", "Naomi", "Viola", "Joker"}


@pytest.mark.parametrize("inputs_per_linker", [1, 50])
async def test_workers_link_ahead_only_when_the_import_is_big_enough_for_the_store(
    store: Store,
    catalogs: list[Catalog],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    inputs_per_linker: int,
) -> None:
    """Linkers for the parse workers are built only up to one anime per INPUTS_PER_LINKER
    inputs (here 3 inputs, one anime with characters); linked ahead or not, the same result."""
    await store.upsert_catalog(catalogs[0])
    built: list[dict[str, object]] = []
    linkers = Store.linkers

    async def spy(self: Store, most: int = 2_000) -> dict[str, object]:
        found = await linkers(self, most)
        built.append(dict(found))
        return dict(found)

    monkeypatch.setattr(Store, "linkers", spy)
    monkeypatch.setattr(service, "POOL_MIN_JOBS", 2)
    monkeypatch.setattr(service, "CHUNK", 1)
    monkeypatch.setattr(service, "_pool_size", lambda jobs: 2)
    monkeypatch.setattr(service, "INPUTS_PER_LINKER", inputs_per_linker)
    reports = await ingest_paths(
        store, [FIRST_IMPRESSIONS, SEASON_REVIEW, RECAP_AND_REVIEW], catalogs=catalogs
    )
    assert [list(b) for b in built] == ([["Metallic Rouge"]] if inputs_per_linker == 1 else [[]])
    assert [r.status for r in reports] == ["added", "added", "added"]
    # the same names as an import that parses and links in this process, into a fresh store
    monkeypatch.setattr(service, "_pool_size", lambda jobs: 1)
    fresh = await Store.open(tmp_path / "fresh.db")
    try:
        await fresh.migrate()
        await fresh.upsert_catalog(catalogs[0])
        here = await ingest_paths(
            fresh, [FIRST_IMPRESSIONS, SEASON_REVIEW, RECAP_AND_REVIEW], catalogs=catalogs
        )
    finally:
        await fresh.close()
    assert [r.characters_linked for r in reports] == [r.characters_linked for r in here]
    assert "Rouge Redstar" in reports[0].characters_linked


async def test_a_file_that_fails_to_store_is_rejected_and_the_rest_go_on(
    store: Store, catalogs: list[Catalog], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The batch is one transaction. Learning fails for one file after its anime, document and
    # sections were written: the batch's savepoint is undone, the files are stored again one
    # savepoint each, that file is rolled back to its own, and the others are committed.
    real_learn = Characters.learn

    async def failing_learn(self: Characters, anime_id: int, doc: ParsedDocument) -> bool:
        changed = await real_learn(self, anime_id, doc)
        if doc.title == "Metallic Rouge: Anime Review":
            raise sqlite3.OperationalError("disk I/O error")
        return changed

    monkeypatch.setattr(Characters, "learn", failing_learn)
    reports = await ingest_paths(store, SEEDS, catalogs=catalogs)
    assert [r.status for r in reports] == ["added", "rejected", "added"]
    assert reports[1].reason is not None and "disk I/O error" in reports[1].reason
    assert (await store.stats())["documents"] == 2
    titles = [d.title for d in await store.list_documents()]
    assert "Metallic Rouge: Anime Review" not in titles
    monkeypatch.undo()
    again = await ingest_paths(store, SEEDS, catalogs=catalogs)  # nothing of it was left
    assert [r.status for r in again] == ["unchanged", "added", "unchanged"]


async def test_a_parser_crash_rejects_only_that_file(
    store: Store, catalogs: list[Catalog], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_parse = jobs.parse_document

    def parse_document(text: str, **kwargs: object) -> ParsedDocument:
        if kwargs.get("source_name") == SEASON_REVIEW.name:
            raise ValueError("parser bug")
        return real_parse(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(jobs, "parse_document", parse_document)
    reports = await ingest_paths(store, SEEDS, catalogs=catalogs)
    assert [r.status for r in reports] == ["added", "rejected", "added"]
    assert reports[1].reason is not None and "parser bug" in reports[1].reason


async def test_catalogs_default_to_data_catalog(store: Store) -> None:
    reports = await ingest_paths(store, SEEDS)
    assert [r.status for r in reports] == ["added"] * 3
    assert [a.title for a in await store.list_anime()] == ["Metallic Rouge"]


async def test_ingested_documents_are_searchable_and_report_as_json(
    store: Store, catalogs: list[Catalog]
) -> None:
    for catalog in catalogs:
        await store.upsert_catalog(catalog)
    reports = await ingest_paths(store, [SEASON_REVIEW], catalogs=catalogs)
    assert pending_sections(store) == 0
    hits = await store.search("Akudama Drive", None)  # 002 compares it to Akudama Drive
    assert [h.document_title for h in hits] == ["Metallic Rouge: Anime Review"]
    assert reports[0].status is IngestStatus.ADDED
    data = reports[0].as_json()
    assert data["status"] == "added"
    assert type(data["status"]) is str  # JSON carries the plain word, not the enum
    assert '"status": "added"' in json.dumps(data)
    assert data["anime"] == "Metallic Rouge"
    assert data["kind"] == "season-review"
    assert data["score"] == "70 out of 100"
    assert data["score_100"] == 70.0


async def test_an_empty_list_is_fine(store: Store) -> None:
    assert await ingest_paths(store, [], catalogs=[]) == []
    assert await store.is_empty()


@pytest.mark.parametrize("count", [0, 1, 7, 99, 1000])
def test_pool_chunks_start_small_and_cover_every_input_once_in_order(count: int) -> None:
    given = [(i, jobs.Job(name=f"{i}.txt", path=f"{i}.txt")) for i in range(count)]
    chunks = service._chunks(given, 100)
    assert [job for chunk in chunks for job in chunk] == given
    sizes = [len(chunk) for chunk in chunks]
    full = [25, 25, 50, 50] + [100] * 20
    if not given:
        assert sizes == []
        return
    # each chunk is the ramp's size, but the last, which holds what is left
    assert sizes[:-1] == full[: len(sizes) - 1]
    assert 0 < sizes[-1] <= full[len(sizes) - 1]
