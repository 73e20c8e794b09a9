"""Documents as ingestion changes them (migration 0005), on both engines: a document's identity
(source, anime, kind, episode) and its replacement in place, letter grades, impossible episodes,
batches with a savepoint per document, listing, re-filing and removing documents and anime; and
AniList's cached answers (migration 0008). Expected values follow from the calls made."""

from __future__ import annotations

import hashlib

import pytest

from bot.models import (
    Catalog,
    CatalogCharacter,
    DocumentKind,
    ParsedDocument,
    ParsedSection,
    Score,
    SectionKind,
)
from bot.store import DocumentRejected, Store

SHOW, OTHER = "Identity Show", "Other Show"
SOURCE = "https://site.example/identity-show/episode-2"


def _doc(
    text: str,
    *,
    anime: str = SHOW,
    episode: int | None = 2,
    kind: DocumentKind = DocumentKind.EPISODE_REVIEW,
    title: str = "Episode two",
    source: str | None = SOURCE,
    score: Score | None = None,
) -> ParsedDocument:
    return ParsedDocument(
        title=title,
        anime_title=anime,
        kind=kind,
        episode=episode,
        sections=(ParsedSection(SectionKind.REVIEW, text, spoiler=False, about_episode=episode),),
        content_hash=hashlib.sha256(f"{anime}|{text}".encode()).hexdigest(),
        score=score,
        source=source,
    )


async def _anime_id(store: Store, title: str) -> int:
    anime = await store.find_anime(title)
    assert anime is not None
    return anime.id


async def test_a_new_version_replaces_the_old_in_place(store: Store) -> None:
    first = await store.add_document(_doc("The first version praises the pacing.", title=""))
    assert first.status == "added"
    again = await store.add_document(_doc("The first version praises the pacing.", title=""))
    assert again.status == "unchanged" and again.document_id == first.document_id

    second = await store.add_document(
        _doc("The second version pans the pacing.", score=Score("B+", None, None))
    )
    assert second.status == "updated" and second.document_id == first.document_id
    show = await _anime_id(store, SHOW)
    (doc,) = await store.documents_for(show, 2)
    assert doc.id == first.document_id and doc.title == "Episode two"
    assert [s.text for s in doc.sections] == ["The second version pans the pacing."]
    assert doc.score is not None and doc.score.raw == "B+" and doc.score.value is None
    assert [h.document_id for h in await store.search("pans", None)] == [first.document_id]
    assert await store.search("praises", None) == []

    # another episode, kind or source is another document
    for other in (
        _doc("Episode three, same site.", episode=3),
        _doc("A recap of two.", kind=DocumentKind.RECAP),
        _doc("Another site.", source="https://other.example/2"),
        _doc("No episode at all.", episode=None, kind=DocumentKind.SEASON_REVIEW),
    ):
        assert (await store.add_document(other)).status == "added"
    assert await store.count_documents(show) == 5


async def test_a_document_without_a_title_is_shown_by_anime_episode_and_kind(store: Store) -> None:
    added = await store.add_document(_doc("Untitled text.", title="", episode=4))
    summary = await store.document_summary(added.document_id)
    assert summary is not None
    assert summary.title == f"{SHOW} episode 4 (episode-review)"


async def test_an_episode_the_anime_cannot_have_is_rejected(store: Store) -> None:
    await store.upsert_catalog(Catalog(title=SHOW, slug="identity-show", episode_count=3))
    with pytest.raises(DocumentRejected, match="above the anime's 3 episodes"):
        await store.add_document(_doc("Episode four of three.", episode=4))
    with pytest.raises(DocumentRejected, match="episode 0"):
        await store.add_document(_doc("Episode zero.", episode=0))
    assert await store.count_documents(await _anime_id(store, SHOW)) == 0


async def test_episode_zero_of_an_anime_with_no_catalog_is_stored(store: Store) -> None:
    # a show the store does not know yet, then one an earlier document created: no catalog
    # lists its episodes, so a prologue numbered 0 is no impossible episode
    first = await store.add_document(_doc("The prologue, numbered zero.", episode=0))
    assert first.status == "added"
    again = await store.add_document(_doc("Zero again, another site.", episode=0, source="z"))
    assert again.status == "added"
    assert await store.count_documents(await _anime_id(store, SHOW)) == 2


async def test_a_batch_keeps_every_document_but_the_failing_one(store: Store) -> None:
    await store.upsert_catalog(Catalog(title=SHOW, slug="identity-show", episode_count=3))
    results = await store.add_documents(
        [
            _doc("One.", episode=1, source="a"),
            _doc("Nine of three.", episode=9, source="b"),
            _doc("Three.", episode=3, source="c"),
            _doc("One.", episode=1, source="a"),  # the same content again
        ]
    )
    assert isinstance(results[1], DocumentRejected)
    first, third, repeat = results[0], results[2], results[3]
    assert not isinstance(first, Exception) and first.status == "added"
    assert not isinstance(third, Exception) and third.status == "added"
    assert not isinstance(repeat, Exception) and repeat.status == "unchanged"
    assert repeat.document_id == first.document_id
    show = await _anime_id(store, SHOW)
    assert [d.episode for d in await store.list_documents(show)] == [1, 3]
    assert [e.number for e in await store.episodes(show)] == [1, 3]  # never 9


async def test_documents_are_listed_by_anime_and_source(store: Store) -> None:
    a = await store.add_document(
        _doc("A.", source="https://Site.example/a", score=Score("8/10", 8, 10))
    )
    b = await store.add_document(_doc("B.", source="https://other.example/b", episode=3))
    c = await store.add_document(_doc("C.", anime=OTHER, source="https://site.example/c"))
    show, other = await _anime_id(store, SHOW), await _anime_id(store, OTHER)

    everything = await store.list_documents()
    assert [d.id for d in everything] == [a.document_id, b.document_id, c.document_id]
    assert [d.id for d in await store.list_documents(show)] == [a.document_id, b.document_id]
    assert [d.id for d in await store.list_documents(source="SITE.example")] == [
        a.document_id,
        c.document_id,
    ]
    assert [d.id for d in await store.list_documents(other, "site")] == [c.document_id]
    assert await store.list_documents(other, "nowhere") == []

    first = everything[0]
    assert (first.anime_id, first.anime_title, first.kind, first.episode) == (
        show,
        SHOW,
        DocumentKind.EPISODE_REVIEW,
        2,
    )
    assert (first.score_raw, first.source) == ("8/10", "https://Site.example/a")
    assert first.added_at.endswith("Z") and first.added_at[:2] == "20"
    assert await store.document_summary(a.document_id) == first
    assert await store.document_summary(c.document_id + 1000) is None


async def test_a_refiled_document_moves_and_is_relinked(store: Store) -> None:
    await store.upsert_catalog(
        Catalog(
            title=OTHER,
            slug="other-show",
            episode_count=12,
            characters=(CatalogCharacter(name="Mira Vale"),),
        )
    )
    added = await store.add_document(_doc("Mira Vale steals the episode.", episode=2))
    other = await _anime_id(store, OTHER)
    character = await store.resolve_character("Mira Vale", other)
    assert character is not None
    assert await store.mentions(character.id) == []  # filed under another anime: not linked

    await store.refile_document(added.document_id, other, 5, DocumentKind.RECAP)
    (doc,) = await store.documents_for(other, 5)
    assert doc.id == added.document_id and doc.kind is DocumentKind.RECAP
    assert [s.about_episode for s in doc.sections] == [5]
    mentions = await store.mentions(character.id)
    assert [(m.document_id, m.sentence) for m in mentions] == [
        (added.document_id, "Mira Vale steals the episode.")
    ]
    assert await store.documents_for(await _anime_id(store, SHOW), 2) == []

    with pytest.raises(DocumentRejected):
        await store.refile_document(added.document_id, other, 13, DocumentKind.RECAP)
    assert (await store.documents_for(other, 5))[0].id == added.document_id  # unchanged


async def test_removed_documents_and_anime_leave_nothing(store: Store) -> None:
    a = await store.add_document(_doc("Alpha text about the finale."))
    b = await store.add_document(_doc("Beta text about the finale.", episode=3))
    c = await store.add_document(_doc("Gamma text.", anime=OTHER))
    assert await store.remove_documents([a.document_id, a.document_id + b.document_id + 99]) == 1
    assert [h.document_id for h in await store.search("finale", None)] == [b.document_id]
    assert await store.document_summary(a.document_id) is None

    other = await _anime_id(store, OTHER)
    await store.set_progress(77, other, 1)
    await store.remove_anime(other)
    assert await store.find_anime(OTHER) is None
    assert await store.document_summary(c.document_id) is None
    assert await store.get_progress(77, other) is None
    assert [d.id for d in await store.list_documents()] == [b.document_id]


async def test_anilist_answers_are_kept_until_they_expire(store: Store) -> None:
    await store.cache_anilist_response("q1", '{"a": 1}', 100.0, 200.0)
    assert await store.cached_anilist_response("q1", 199.5) == '{"a": 1}'
    assert await store.cached_anilist_response("q1", 200.0) is None  # expired at 200
    await store.cache_anilist_response("q1", '{"a": 2}', 150.0, 300.0)  # replaced
    assert await store.cached_anilist_response("q1", 250.0) == '{"a": 2}'
    await store.cache_anilist_response("q2", "{}", 301.0, 400.0)  # drops q1, expired by 301
    assert await store.cached_anilist_response("q1", 0.0) is None
    assert await store.cached_anilist_response("q2", 301.0) == "{}"
