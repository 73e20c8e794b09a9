"""bot/ingest/jobs.py: what a pool worker sends back arrives as it was parsed."""

from __future__ import annotations

import pickle
from dataclasses import fields, replace
from pathlib import Path

from bot.ingest.jobs import (
    PACKED_FIELDS,
    Context,
    Job,
    init_worker,
    pack,
    run_job,
    run_jobs,
    unpack,
)
from bot.models import (
    DocumentFacts,
    DocumentKind,
    ParsedCharacter,
    ParsedDocument,
    ParsedSection,
    Score,
    SectionKind,
)
from bot.text.linker import Linker


def _every_field_set() -> ParsedDocument:
    """A document with no field left at its default, so a field lost on the way shows."""
    return ParsedDocument(
        title="Metallic Rouge Episode 3 Review",
        anime_title="Metallic Rouge",
        kind=DocumentKind.EPISODE_REVIEW,
        episode=3,
        sections=(
            ParsedSection(
                kind=SectionKind.RECAP,
                text="Rouge reaches the city.",
                spoiler=True,
                heading="Recap",
                about_episode=3,
            ),
            ParsedSection(kind=SectionKind.REVIEW, text="A strong episode.", spoiler=False),
        ),
        content_hash="ab" * 32,
        episode_title="Cat and Mouse",
        score=Score(raw="7/10", value=7.0, scale=10.0),
        url="https://example.org/mr-3",
        author="A. Writer",
        published="2024-01-24",
        source_name="mr-3.html",
        characters=(ParsedCharacter(name="Rouge Redstar", voice_actor="Tomori Kusunoki"),),
        source="https://example.org/mr-3?canonical",
        evidence=(("score", ("'7/10' (70/100)",)), ("episode", ("3: in the title",))),
        facts=DocumentFacts(verdict="A strong episode.", verdict_section=1, opening="A strong"),
        links=(7, (((1, 0),), ())),
    )


def test_packed_fields_are_every_field_of_each_class() -> None:
    # a field added to one of these classes must be carried back from the workers too
    for cls, names in PACKED_FIELDS.items():
        assert names == tuple(f.name for f in fields(cls)), cls.__name__
    assert set(PACKED_FIELDS) == {
        ParsedDocument,
        ParsedSection,
        Score,
        DocumentFacts,
        ParsedCharacter,
    }


def test_a_document_packed_pickled_and_unpacked_is_the_same_document() -> None:
    document = _every_field_set()
    sent = pickle.dumps(pack((document, None)))
    got, reason = unpack(pickle.loads(sent))
    assert reason is None
    assert got == document
    assert got is not None
    assert got.kind is DocumentKind.EPISODE_REVIEW
    assert [s.kind for s in got.sections] == [SectionKind.RECAP, SectionKind.REVIEW]


def test_a_document_with_its_optional_parts_missing_round_trips() -> None:
    document = ParsedDocument(
        title="",
        anime_title="Frieren",
        kind=DocumentKind.SEASON_REVIEW,
        episode=None,
        sections=(),
        content_hash="cd" * 32,
    )
    assert unpack(pickle.loads(pickle.dumps(pack((document, None))))) == (document, None)


def test_a_rejection_crosses_back_with_its_reason() -> None:
    assert unpack(pack((None, "empty document"))) == (None, "empty document")


def test_a_worker_chunk_unpacks_to_what_parsing_here_gives(tmp_path: Path) -> None:
    review = tmp_path / "review.txt"
    review.write_text(
        "Metallic Rouge Episode 3 Review\n\nRouge reaches the city.\n\n"
        "Overall a strong episode. I'd give it 7/10.\n",
        encoding="utf-8",
    )
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    jobs = [Job(name=str(review), path=str(review)), Job(name=str(empty), path=str(empty))]
    context = Context()
    here = [run_job(job, context) for job in jobs]
    init_worker(context)
    back = [unpack(packed) for packed in pickle.loads(pickle.dumps(run_jobs(jobs)))]
    assert back == here
    assert here[0][0] is not None and here[0][0].score == Score("7/10", 7.0, 10.0)
    assert here[1] == (None, "empty file")


def test_a_worker_links_documents_about_an_anime_it_has_a_linker_for(tmp_path: Path) -> None:
    review = tmp_path / "review.txt"
    review.write_text(
        "Metallic Rouge Episode 3 Review\n\nRouge reaches the city. Naomi waits.\n\n"
        "Overall a strong episode, and Naomi steals it. I'd give it 7/10.\n",
        encoding="utf-8",
    )
    linker = Linker({1: ("Rouge",), 2: ("Naomi",)}, {1: "Rouge", 2: "Naomi"}, ("Metallic Rouge",))
    job = Job(name=str(review), path=str(review))
    document, _ = run_job(job, Context(linkers={"Metallic Rouge": linker}))
    assert document is not None and document.anime_title == "Metallic Rouge"
    assert document.links is not None
    serial, found = document.links
    assert serial == linker.serial
    assert found == tuple(tuple(linker.named(s.text)) for s in document.sections)
    assert {key for named in found for key, _ in named} == {1, 2}  # "Metallic Rouge" is no Rouge
    other, _ = run_job(job, Context(linkers={"Frieren": linker}))  # no linker of its anime
    assert other is not None and other.links is None
    assert other == replace(document, links=None)


def test_a_section_crosses_back_as_utf8_unless_it_cannot_be_encoded() -> None:
    # Sent as UTF-8 bytes (the store binds them as they are), or as the text itself when it is
    # not valid UTF-8 (a lone surrogate), to fail in the store as it would have.
    for text, utf8 in (("Café — 第3話", "Café — 第3話".encode()), ("bad \ud800 half", None)):
        section = ParsedSection(SectionKind.REVIEW, text, False)
        document = replace(_every_field_set(), sections=(section,))
        got, _ = unpack(pickle.loads(pickle.dumps(pack((document, None)))))
        assert got is not None and got == document
        assert got.sections[0].text == text and got.sections[0].utf8 == utf8
