"""A batch of documents (Store.add_documents) stores exactly what storing them one by one
(add_document, in order) stores, on both engines: the same results (status, id, names linked,
rejections) and the same rows, with duplicates inside the batch, characters learned by an
earlier document of the batch, replacements and rejections. When the batch's statements fail,
it is stored one document at a time: only the failing document is lost.

The reference is a fresh SQLite store fed the same documents one at a time; the expected
statuses and ids are also written out by hand from the scenario below."""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import Any

import pytest

from bot.ingest.jobs import pack, unpack
from bot.models import (
    Catalog,
    CatalogCharacter,
    DocumentKind,
    ParsedCharacter,
    ParsedDocument,
    ParsedSection,
    SectionKind,
)
from bot.store import AddResult, DocumentRejected, Store
from bot.store.characters import Characters
from bot.store.documents import Documents

SHOW, FRESH, DOOMED = "Batch Show", "Fresh Show", "Doomed Show"
CATALOG = Catalog(
    title=SHOW,
    slug="batch-show",
    episode_count=5,
    characters=(CatalogCharacter("Zed Alpha"),),
)


def _doc(
    text: str,
    *,
    anime: str = SHOW,
    episode: int | None = 1,
    source: str | None = None,
    title: str = "",
    characters: tuple[ParsedCharacter, ...] = (),
) -> ParsedDocument:
    return ParsedDocument(
        title=title,
        anime_title=anime,
        kind=DocumentKind.EPISODE_REVIEW,
        episode=episode,
        sections=(ParsedSection(SectionKind.REVIEW, text, spoiler=False, about_episode=episode),),
        content_hash=hashlib.sha256(f"{anime}|{text}".encode()).hexdigest(),
        source=source,
        characters=characters,
    )


MIRA = (ParsedCharacter("Mira Beta", "Voice One"),)
BEFORE = [
    _doc("Stored before the batch. Zed Alpha fights.", episode=1, source="s/p1"),
    _doc("The old version of episode two.", episode=2, source="s/p2"),
]
FOUR_A = _doc("Mira Beta (Voice One) arrives in four.", episode=4, source="s/b", characters=MIRA)
BATCH = [
    _doc("Mira Beta is named before anyone learns her.", episode=3, source="s/a"),  # 0 added
    FOUR_A,  # 1 added: learns Mira Beta and links her
    _doc("Mira Beta again, in another review.", episode=4, source="s/c"),  # 2 added, links her
    FOUR_A,  # 3 the same content again: unchanged, document of 1
    _doc("Four, rewritten: Zed Alpha now.", episode=4, source="s/b"),  # 4 updates 1
    BEFORE[0],  # 5 stored before: unchanged
    _doc("The new version of episode two.", episode=2, source="s/p2"),  # 6 updates a stored one
    _doc("Episode nine of five.", episode=9, source="s/x"),  # 7 rejected
    _doc("Episode zero of a catalog listing none.", episode=0, source="s/z"),  # 8 rejected
    _doc("A show first seen here.", anime=FRESH, episode=1, source="s/f"),  # 9 added, new anime
    FOUR_A,  # 10 the first version again: no longer stored, so it updates 1 once more
    _doc("No source at all.", episode=5),  # 11 added
    _doc("No source at all.", episode=5),  # 12 unchanged, document of 11
]
# (status, document) by hand: the two stored before are documents 1 and 2
EXPECTED = [
    ("added", 3),
    ("added", 4),
    ("added", 5),
    ("unchanged", 4),
    ("updated", 4),
    ("unchanged", 1),
    ("updated", 2),
    "rejected",
    "rejected",
    ("added", 6),
    ("updated", 4),
    ("added", 7),
    ("unchanged", 7),
]


def _outcome(result: AddResult | Exception) -> Any:
    if isinstance(result, Exception):
        return (type(result).__name__, str(result))
    return (result.status, result.document_id, result.characters)


async def _one_by_one(store: Store, docs: list[ParsedDocument]) -> list[AddResult | Exception]:
    results: list[AddResult | Exception] = []
    for doc in docs:
        try:
            results.append(await store.add_document(doc))
        except DocumentRejected as exc:
            results.append(exc)
    return results


async def _snapshot(store: Store) -> dict[str, Any]:
    """Everything the facade shows of what was stored (not when it was stored)."""
    anime = await store.list_anime()
    documents = []
    for a in anime:
        for episode in sorted({d.episode for d in await store.list_documents(a.id)}, key=str):
            for d in await store.documents_for(a.id, episode):
                sections = [(s.position, s.kind, s.text, s.about_episode) for s in d.sections]
                documents.append((d.id, a.title, d.title, d.kind, d.episode, sections))
    mentions = {}
    for name in ("Zed Alpha", "Mira Beta"):
        character = await store.resolve_character(name, None)
        if character is not None:
            found = await store.mentions(character.id, limit=50)
            mentions[name] = sorted((m.document_id, m.sentence) for m in found)
    return {
        "stats": await store.stats(),
        "anime": [a.title for a in anime],
        "episodes": {
            a.title: [(e.number, e.title) for e in await store.episodes(a.id)] for a in anime
        },
        "documents": sorted(documents),
        "summaries": [(s.id, s.title, s.source) for s in await store.list_documents()],
        "mentions": mentions,
        "search": sorted(h.document_id for h in await store.search("Mira", None)),
    }


def _renumbered(snapshot: dict[str, Any], results: list[AddResult | Exception]) -> Any:
    """`snapshot` and the (status, document) of `results` with document ids numbered 1, 2, ...
    in the order they were given. After a failed batch, PostgreSQL's sequences have handed out
    the values that batch took (as a failed document always did), so only the order of the
    ids can be compared across engines."""
    number = {s[0]: n for n, s in enumerate(snapshot["summaries"], start=1)}
    return (
        [
            "rejected" if isinstance(r, Exception) else (r.status, number[r.document_id])
            for r in results
        ],
        {
            **snapshot,
            "documents": [(number[d[0]], *d[1:]) for d in snapshot["documents"]],
            "summaries": [(number[s[0]], *s[1:]) for s in snapshot["summaries"]],
            "mentions": {
                k: [(number[i], t) for i, t in v] for k, v in snapshot["mentions"].items()
            },
            "search": [number[i] for i in snapshot["search"]],
        },
    )


async def _prepared(store: Store) -> None:
    await store.upsert_catalog(CATALOG)
    for doc in BEFORE:
        assert (await store.add_document(doc)).status == "added"


async def test_a_batch_stores_what_one_by_one_would(store: Store, tmp_path: Path) -> None:
    await _prepared(store)
    results = await store.add_documents(BATCH)

    reference = await Store.open(tmp_path / "reference.db")
    try:
        await reference.migrate()
        await _prepared(reference)
        expected = await _one_by_one(reference, BATCH)
        want = await _snapshot(reference)
    finally:
        await reference.close()

    assert [_outcome(r) for r in results] == [_outcome(r) for r in expected]
    by_hand = [
        "rejected" if isinstance(r, Exception) else (r.status, r.document_id) for r in results
    ]
    assert by_hand == EXPECTED
    assert isinstance(results[7], DocumentRejected) and "above the anime's 5" in str(results[7])
    linked = [() if isinstance(r, Exception) else r.characters for r in results]
    assert linked[0] == ()  # nobody had learned Mira Beta yet
    assert linked[1] == linked[2] == linked[3] == ("Mira Beta",)
    assert linked[4] == ("Zed Alpha",) and linked[5] == ("Zed Alpha",)
    got = await _snapshot(store)
    assert got == want
    assert DOOMED not in got["anime"] and FRESH in got["anime"]


async def test_a_batch_does_not_go_one_by_one_when_nothing_fails(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _prepared(store)

    async def refused(self: Documents, doc: ParsedDocument) -> AddResult:
        raise AssertionError("stored one by one")

    monkeypatch.setattr(Documents, "store", refused)
    results = await store.add_documents(BATCH)
    assert [type(r) for r in results if isinstance(r, Exception)] == [DocumentRejected] * 2


async def test_a_failing_statement_sends_the_batch_one_by_one(store: Store, tmp_path: Path) -> None:
    # episode -1 passes the episode check but breaks the episodes table's CHECK: the batch's
    # statements fail, and then only that document's do
    broken = _doc("A negative episode of a new show.", anime=DOOMED, episode=-1)
    docs = [*BATCH[:3], broken, *BATCH[3:]]
    await _prepared(store)
    results = await store.add_documents(docs)
    assert isinstance(results[3], Exception) and not isinstance(results[3], DocumentRejected)
    del results[3]
    got = await _snapshot(store)
    assert DOOMED not in got["anime"]  # nothing of the broken one, not even its anime

    reference = await Store.open(tmp_path / "reference.db")
    try:
        await reference.migrate()
        await _prepared(reference)
        expected = await _one_by_one(reference, BATCH)
        want = await _snapshot(reference)
    finally:
        await reference.close()
    assert _renumbered(got, results) == _renumbered(want, expected)
    assert _renumbered(want, expected)[0] == EXPECTED


async def test_a_document_failing_in_the_batch_loses_only_itself(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # learning fails for one document: in the batch, then again alone; the characters it
    # learned, its new anime and its rows all go, the others stay
    failing = _doc(
        "Ivo Gamma (Voice Two) in a show of his own.",
        anime=DOOMED,
        episode=1,
        characters=(ParsedCharacter("Ivo Gamma", "Voice Two"),),
    )
    real_learn = Characters.learn

    async def learn(self: Characters, anime_id: int, doc: ParsedDocument) -> bool:
        changed = await real_learn(self, anime_id, doc)
        if doc is failing:
            raise RuntimeError("learning broke")
        return changed

    monkeypatch.setattr(Characters, "learn", learn)
    await _prepared(store)
    results = await store.add_documents([*BATCH[:2], failing, *BATCH[2:]])
    assert isinstance(results[2], RuntimeError)
    del results[2]
    got = await _snapshot(store)
    assert DOOMED not in got["anime"]
    assert await store.resolve_character("Ivo Gamma", None) is None
    monkeypatch.undo()

    reference = await Store.open(tmp_path / "reference.db")
    try:
        await reference.migrate()
        await _prepared(reference)
        expected = await _one_by_one(reference, BATCH)
        want = await _snapshot(reference)
    finally:
        await reference.close()
    assert _renumbered(got, results) == _renumbered(want, expected)


async def test_sections_sent_as_utf8_by_parse_workers_store_the_same_text(
    store: Store, tmp_path: Path
) -> None:
    # A parse worker sends each section's text back as UTF-8 (bot.ingest.jobs.pack), which an
    # SQLite store binds as it is: the rows, search and mentions are those of the texts as str.
    accented = _doc("Mira Beta’s café scene — naïve, “quiet”, 第3話.", episode=5, source="s/u")
    docs = [*BATCH, accented]
    sent = [unpack(pickle.loads(pickle.dumps(pack((doc, None)))))[0] for doc in docs]
    assert all(s.utf8 == s.text.encode() for d in sent if d for s in d.sections)
    await _prepared(store)
    results = await store.add_documents([d for d in sent if d is not None])

    reference = await Store.open(tmp_path / "reference.db")
    try:
        await reference.migrate()
        await _prepared(reference)
        expected = await reference.add_documents(docs)
        want = await _snapshot(reference)
    finally:
        await reference.close()

    assert [_outcome(r) for r in results] == [_outcome(r) for r in expected]
    got = await _snapshot(store)
    assert got == want
    texts = [t for d in got["documents"] for _, _, t, _ in d[5]]
    assert accented.sections[0].text in texts and all(isinstance(t, str) for t in texts)
