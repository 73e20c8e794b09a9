"""bot/store/: migrations, idempotent ingest, rollback, lookups, autocomplete and search.

Expected names, sentences and episodes come from data/seeds/*.txt (and the curated catalog
built from them); limits from Discord's documented rules (25 choices, 1-100 characters).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from bot import paths
from bot.catalog import load_catalogs
from bot.models import (
    Anime,
    Catalog,
    CatalogAlias,
    CatalogCharacter,
    DocumentKind,
    ParsedCharacter,
    ParsedDocument,
    ParsedSection,
    Score,
    SectionKind,
)
from bot.store import MIGRATIONS_DIR, MigrationError, Store
from bot.text.choices import AUTOCOMPLETE
from bot.text.linker import Linker, Named
from tests.bot.store.engines import INTEGRITY_ERRORS, dump

ROOT = Path(__file__).resolve().parents[3]
DATA_DIR = ROOT / "data"

FIRST_IMPRESSIONS = "Metallic Rouge – Ep. 1 (First Impressions)"  # 000
SEASON_REVIEW = "Metallic Rouge: Anime Review"  # 002
RECAP_AND_REVIEW = "Metallic Rouge – Season 1 Episode 1 Recap & Review"  # 003


# --------------------------------------------------------------------------- helpers


def catalog() -> Catalog:
    (found,) = load_catalogs(paths.BUNDLED_CATALOGS)
    return found


def make_doc(
    *texts: str,
    title: str = "Metallic Rouge – Episode 2 Review",
    anime: str = "Metallic Rouge",
    kind: DocumentKind = DocumentKind.EPISODE_REVIEW,
    episode: int | None = 2,
    section_kind: SectionKind = SectionKind.REVIEW,
    spoiler: bool = False,
    characters: Sequence[ParsedCharacter] = (),
    episode_title: str | None = None,
    score: Score | None = None,
) -> ParsedDocument:
    """A document built by hand (no parser involved), one section per text."""
    sections = tuple(
        ParsedSection(kind=section_kind, text=t, spoiler=spoiler, about_episode=episode)
        for t in texts
    )
    digest = hashlib.sha256("\x00".join((title, anime, *texts)).encode()).hexdigest()
    return ParsedDocument(
        title=title,
        anime_title=anime,
        kind=kind,
        episode=episode,
        sections=sections,
        content_hash=digest,
        episode_title=episode_title,
        score=score,
        characters=tuple(characters),
    )


@contextmanager
def raw(store: Store) -> Iterator[sqlite3.Connection]:
    """A second, plain connection to the store's file (WAL lets it read alongside)."""
    with closing(sqlite3.connect(store.path, isolation_level=None)) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        yield connection


def migration_numbers() -> list[int]:
    return sorted(int(p.name.split("_", 1)[0]) for p in MIGRATIONS_DIR.glob("*.sql"))


async def character_id(store: Store, name: str, anime_id: int | None = None) -> int:
    found = await store.resolve_character(name, anime_id)
    assert found is not None, name
    return found.id


# --------------------------------------------------------------------------- open / migrate


async def test_open_creates_the_directory_and_configures_the_connection(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "reviews.db"
    async with await Store.open(path) as store:
        assert path.parent.is_dir()
        assert await store._db.fetchval("PRAGMA foreign_keys") == 1
        assert await store._db.fetchval("PRAGMA journal_mode") == "wal"
        assert await store._db.fetchval("PRAGMA synchronous") == 1
        assert await store._db.fetchval("PRAGMA busy_timeout") > 0


async def test_migrate_applies_every_file_and_sets_user_version(tmp_path: Path) -> None:
    numbers = migration_numbers()
    assert numbers == list(range(1, len(numbers) + 1))
    async with await Store.open(tmp_path / "x.db") as store:
        assert await store.migrate() == numbers[-1]
        with raw(store) as connection:
            assert connection.execute("PRAGMA user_version").fetchone()[0] == numbers[-1]
            names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        assert {
            "anime",
            "anime_aliases",
            "episodes",
            "documents",
            "sections",
            "characters",
            "character_aliases",
            "character_facts",
            "mentions",
            "meta",
            "sections_fts",
        } <= names


async def test_second_migrate_is_a_no_op(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    before = await dump(store)
    newest = len(list(paths.migrations_dir(store.engine).glob("*.sql")))
    with caplog.at_level(logging.INFO, logger="bot.store"):
        assert await store.migrate() == newest
    assert not [r for r in caplog.records if "Applied migration" in r.getMessage()]
    assert await dump(store) == before


@pytest.mark.sqlite_only
async def test_second_migrate_leaves_the_sqlite_schema_alone(store: Store) -> None:
    with raw(store) as connection:
        schema = connection.execute("SELECT * FROM sqlite_master ORDER BY name").fetchall()
    await store.migrate()
    with raw(store) as connection:
        assert connection.execute("SELECT * FROM sqlite_master ORDER BY name").fetchall() == schema


async def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(INTEGRITY_ERRORS):
        await store.database.execute(
            "INSERT INTO documents (anime_id, title, kind, content_hash) VALUES (999, 't', "
            "'recap', 'h')"
        )


def write_migrations(directory: Path, files: dict[str, str]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for name, sql in files.items():
        (directory / name).write_text(sql, encoding="utf-8")
    return directory


@pytest.mark.parametrize(
    "files",
    [
        {"0001_a.sql": "CREATE TABLE a (x);", "0003_c.sql": "CREATE TABLE c (x);"},  # gap
        {"0002_b.sql": "CREATE TABLE b (x);"},  # does not start at 1
        {"0001_a.sql": "CREATE TABLE a (x);", "0001_b.sql": "CREATE TABLE b (x);"},  # duplicate
        {"0001_a.sql": "CREATE TABLE a (x);", "extra.sql": "CREATE TABLE e (x);"},  # misnamed
    ],
)
async def test_inconsistent_migrations_raise_before_touching_the_database(
    tmp_path: Path, files: dict[str, str]
) -> None:
    directory = write_migrations(tmp_path / "migrations", files)
    async with await Store.open(tmp_path / "x.db") as store:
        with pytest.raises(MigrationError):
            await store.migrate(directory)
        assert await store._db.fetchval("PRAGMA user_version") == 0
        tables = await store._db.fetchval("SELECT count(*) FROM sqlite_master")
        assert tables == 0


async def test_only_migrations_above_the_version_run(tmp_path: Path) -> None:
    directory = write_migrations(tmp_path / "m", {"0001_a.sql": "CREATE TABLE a (x);"})
    async with await Store.open(tmp_path / "x.db") as store:
        assert await store.migrate(directory) == 1
        # 0001 would fail if it ran again ("table a already exists")
        write_migrations(directory, {"0002_b.sql": "CREATE TABLE b (x);"})
        assert await store.migrate(directory) == 2
        assert await store.migrate(directory) == 2


async def test_a_failing_migration_rolls_back_and_keeps_the_version(tmp_path: Path) -> None:
    directory = write_migrations(
        tmp_path / "m",
        {
            "0001_a.sql": "CREATE TABLE a (x);",
            "0002_b.sql": "CREATE TABLE b (x);\nCREATE TABLE b (x);",
        },
    )
    async with await Store.open(tmp_path / "x.db") as store:
        with pytest.raises(sqlite3.OperationalError):
            await store.migrate(directory)
        assert await store._db.fetchval("PRAGMA user_version") == 1
        names = [r[0] for r in await store._db.fetchall("SELECT name FROM sqlite_master")]
        assert names == ["a"]
        assert (
            await store.migrate(
                write_migrations(
                    tmp_path / "fixed",
                    {"0001_a.sql": "CREATE TABLE a (x);", "0002_b.sql": "CREATE TABLE b (x);"},
                )
            )
            == 2
        )  # the connection is still usable


async def test_a_database_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    directory = write_migrations(
        tmp_path / "m", {"0001_a.sql": "CREATE TABLE a (x);", "0002_b.sql": "CREATE TABLE b (x);"}
    )
    async with await Store.open(tmp_path / "x.db") as store:
        assert await store.migrate(directory) == 2
    (directory / "0002_b.sql").unlink()
    async with await Store.open(tmp_path / "x.db") as store:
        with pytest.raises(MigrationError):
            await store.migrate(directory)


async def test_upgrading_a_version_2_database_relinks_its_mentions(tmp_path: Path) -> None:
    early = {p.name: p.read_text() for p in MIGRATIONS_DIR.glob("000[12]_*.sql")}
    path = tmp_path / "x.db"
    async with await Store.open(path) as store:
        assert await store.migrate(write_migrations(tmp_path / "early", early)) == 2
    with closing(sqlite3.connect(path)) as connection:  # what the version-2 code stored
        connection.executescript(
            """
            INSERT INTO anime (id, slug, title) VALUES (1, 'metallic-rouge', 'Metallic Rouge');
            INSERT INTO characters (id, anime_id, name) VALUES (1, 1, 'Naomi Orthmann');
            INSERT INTO character_aliases (character_id, name) VALUES (1, 'Naomi');
            INSERT INTO documents (id, anime_id, title, kind, content_hash)
                VALUES (1, 1, 'Recap', 'recap', 'h');
            INSERT INTO sections (id, document_id, position, kind, text, spoiler)
                VALUES (1, 1, 0, 'recap', 'Intro. Then Naomi waves.', 1);
            INSERT INTO mentions (character_id, section_id, sentence)
                VALUES (1, 1, 'Then Naomi waves.');
            """
        )
    async with await Store.open(path) as store:
        assert await store.migrate() == migration_numbers()[-1]
        (mention,) = await store.mentions(1)
        assert mention.sentence == "Then Naomi waves."
        assert mention.spoiler and mention.document_title == "Recap"
        assert await store.get_meta("relink_mentions") is None
        assert [h.section_id for h in await store.search("waves", None)] == [1]


# --------------------------------------------------------------------------- meta and stats


async def test_meta_round_trip(store: Store) -> None:
    assert await store.get_meta("commands_hash") is None
    await store.set_meta("commands_hash", "abc")
    assert await store.get_meta("commands_hash") == "abc"
    await store.set_meta("commands_hash", "def")
    assert await store.get_meta("commands_hash") == "def"


async def test_seeded_store_has_the_three_seed_documents_and_one_anime(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    stats = await seeded_store.stats()
    assert stats["documents"] == 3
    assert stats["anime"] == 1
    assert stats["characters"] == len(catalog().characters)
    assert stats["sections"] >= 4  # 003 has a recap and "The Episode Review"
    assert stats["mentions"] > 0
    assert set(stats) == {"anime", "episodes", "documents", "sections", "characters", "mentions"}
    assert await seeded_store.is_empty() is False
    assert metallic_rouge.title == "Metallic Rouge"
    assert metallic_rouge.slug == "metallic-rouge"
    assert metallic_rouge.episode_count == 13  # 002: "the full 13 episodes"


async def test_is_empty_counts_documents_not_catalogs(store: Store) -> None:
    assert await store.is_empty()
    await store.upsert_catalog(catalog())
    assert await store.is_empty()
    await store.add_document(make_doc("Naomi smiles."))
    assert not await store.is_empty()


# --------------------------------------------------------------------------- add_document


async def test_add_document_twice_adds_nothing_the_second_time(store: Store) -> None:
    await store.upsert_catalog(catalog())
    doc = make_doc("Naomi hands Rouge a chocolate bar.", "Jaron departs.")
    first = await store.add_document(doc)
    assert first.added
    # first named first ("Jaron" is Fate Jaron, named in the second section)
    assert first.characters == ("Naomi Orthmann", "Rouge Redstar", "Fate Jaron")
    before = await dump(store)

    second = await store.add_document(doc)
    assert not second.added
    assert second.document_id == first.document_id
    assert second.characters == first.characters
    assert await dump(store) == before


async def test_add_document_stores_every_field(store: Store) -> None:
    anime = await store.upsert_catalog(catalog())
    doc = make_doc(
        "Rouge meets a new Nean.",
        "The fight is short.",
        episode=2,
        episode_title="Episode Two",
        score=Score("4/5", 4, 5),
        spoiler=True,
    )
    result = await store.add_document(doc)
    (stored,) = await store.documents_for(anime.id, 2)
    assert stored.id == result.document_id
    assert (stored.title, stored.kind, stored.episode) == (doc.title, doc.kind, 2)
    assert stored.anime_title == "Metallic Rouge"
    assert stored.score == Score("4/5", 4, 5)
    assert [s.text for s in stored.sections] == ["Rouge meets a new Nean.", "The fight is short."]
    assert [s.position for s in stored.sections] == [0, 1]
    assert all(s.spoiler and s.about_episode == 2 for s in stored.sections)
    assert stored.spoiler
    episodes = {e.number: e.title for e in await store.episodes(anime.id)}
    assert episodes[2] == "Episode Two"
    assert episodes[1] == "Crimson Is The Sound of Dawn"  # the catalog's title is kept


async def test_a_failing_insert_rolls_back_everything(store: Store) -> None:
    await store.upsert_catalog(catalog())
    before = await dump(store)
    broken = make_doc(
        "Rouge and Naomi argue.",
        title="Broken",
        anime="A Brand New Show",  # would create an anime
        characters=[ParsedCharacter("Someone New", "An Actor")],  # would create a character
    )
    bad_section = ParsedSection(kind="not-a-kind", text="x", spoiler=False)  # type: ignore[arg-type]
    broken = ParsedDocument(
        **{
            **{f: getattr(broken, f) for f in broken.__dataclass_fields__},
            "sections": (*broken.sections, bad_section),
        }
    )
    with pytest.raises(INTEGRITY_ERRORS):
        await store.add_document(broken)
    assert await dump(store) == before
    assert await store.find_anime("A Brand New Show") is None
    assert await store.list_anime() == [await store.find_anime("Metallic Rouge")]


async def test_a_failure_after_the_inserts_rolls_back_everything(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    await store.upsert_catalog(catalog())
    before = await dump(store)
    doc = make_doc(
        "Ochre Gale (An Actor) fights Rouge.",
        anime="Metallic Rouge",
        characters=[ParsedCharacter("Ochre Gale", "An Actor")],
    )

    def boom(linker: Linker, text: str) -> list[Named]:
        raise RuntimeError("linking failed")

    monkeypatch.setattr(Linker, "named", boom)
    with pytest.raises(RuntimeError):
        await store.add_document(doc)
    assert await dump(store) == before
    assert await store.resolve_character("Ochre Gale", None) is None  # caches were dropped

    monkeypatch.undo()
    result = await store.add_document(doc)  # the store still works, and nothing was left over
    assert result.added
    assert set(result.characters) == {"Ochre Gale", "Rouge Redstar"}


async def test_concurrent_adds_and_reads_do_not_interleave(store: Store) -> None:
    anime = await store.upsert_catalog(catalog())
    docs = [make_doc(f"Naomi waves at Rouge in scene {i}.", title=f"Doc {i}") for i in range(20)]
    added, *_ = await asyncio.gather(
        asyncio.gather(*(store.add_document(d) for d in docs)),
        asyncio.gather(*(store.character_choices("na", anime.id) for _ in range(20))),
        asyncio.gather(*(store.search("scene", anime.id) for _ in range(5))),
    )
    assert all(r.added for r in added)
    assert len({r.document_id for r in added}) == 20
    assert (await store.stats())["documents"] == 20


async def test_documents_find_their_anime_by_title_slug_or_alias(store: Store) -> None:
    base = catalog()
    with_alias = Catalog(
        title=base.title, slug=base.slug, aliases=("MetaRou",), characters=base.characters
    )
    anime = await store.upsert_catalog(with_alias)
    for i, name in enumerate(["metallic rouge", "METALLIC-ROUGE", "MetaRou", "Métallic Rouge"]):
        await store.add_document(make_doc(f"Scene {i}.", title=f"Doc {i}", anime=name))
    assert await store.list_anime() == [anime]
    assert (await store.stats())["documents"] == 4


async def test_an_unknown_anime_is_created_with_a_unique_slug(store: Store) -> None:
    await store.add_document(make_doc("One.", title="A", anime="Cool Show!"))
    await store.add_document(make_doc("Two.", title="B", anime="Cool Show?"))  # same slug
    shows = {a.title: a.slug for a in await store.list_anime()}
    assert shows == {"Cool Show!": "cool-show", "Cool Show?": "cool-show-2"}


async def test_document_characters_fill_in_or_create_characters(store: Store) -> None:
    anime = await store.upsert_catalog(catalog())
    kevin = await store.get_character(await character_id(store, "Kevin", anime.id))
    assert kevin.voice_actor is None  # the seeds never name Kevin's voice actor

    doc = make_doc(
        "Kevin injects himself. Ochre Gale laughs. Naomi frowns.",
        episode=4,
        characters=[
            ParsedCharacter("Kevin", "A Voice"),  # known, no actor yet: filled in
            ParsedCharacter("Naomi", "Someone Else"),  # alias; actor known: kept
            ParsedCharacter("Redstar", None),  # last name of Rouge Redstar: no new character
            ParsedCharacter("Ochre Gale", "Another Voice"),  # unknown: created
        ],
    )
    result = await store.add_document(doc)
    assert result.characters == ("Kevin", "Ochre Gale", "Naomi Orthmann")
    assert (await store.stats())["characters"] == len(catalog().characters) + 1

    kevin = await store.get_character(kevin.id)
    assert kevin.voice_actor == "A Voice"
    naomi = await store.get_character(await character_id(store, "Naomi", anime.id))
    assert naomi.voice_actor == "Tomoyo Kurosawa"  # 000: "Naomi (Tomoyo Kurosawa)"
    ochre = await store.get_character(await character_id(store, "Ochre Gale", anime.id))
    assert (ochre.voice_actor, ochre.first_episode, ochre.anime_id) == ("Another Voice", 4, 1)
    assert [c.value for c in await store.character_choices("och", anime.id)] == ["Ochre Gale"]


async def test_the_anime_title_alone_is_not_a_mention_of_rouge(store: Store) -> None:
    await store.upsert_catalog(catalog())
    result = await store.add_document(
        make_doc("Metallic Rouge looks great. Later, Rouge wins in Metallic Rouge.")
    )
    assert result.characters == ("Rouge Redstar",)
    rouge = await character_id(store, "Rouge Redstar")
    assert [m.sentence for m in await store.mentions(rouge)] == [
        "Later, Rouge wins in Metallic Rouge."
    ]


async def test_seeded_rouge_mentions_never_rest_on_the_title_alone(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    rouge = await character_id(seeded_store, "Rouge Redstar", metallic_rouge.id)
    mentions = await seeded_store.mentions(rouge, limit=500)
    assert len(mentions) > 10
    names = re.compile(r"\b(?:Rouge|Rogue|Redstar|Yume Miyamoto)\b")
    for mention in mentions:
        without_title = re.sub("Metallic Rouge", " ", mention.sentence, flags=re.IGNORECASE)
        assert names.search(without_title), mention.sentence
    sentences = " ".join(m.sentence for m in mentions)
    # 000, named only through the title: "...hard to tell if Metallic Rouge will be any good"
    assert "will be any good" not in sentences
    assert "who Rogue discovers to be one of the Immortal Nine" in sentences  # 000, a variant


# --------------------------------------------------------------------------- catalog


async def test_upsert_catalog_twice_changes_nothing(store: Store) -> None:
    first = await store.upsert_catalog(catalog())
    await store.add_document(make_doc("Naomi waves at Rouge."))
    before = await dump(store)
    assert await store.upsert_catalog(catalog()) == first
    assert await dump(store) == before


async def test_upsert_catalog_stores_characters_aliases_and_facts(store: Store) -> None:
    anime = await store.upsert_catalog(catalog())
    sara = await store.get_character(await character_id(store, "Sara Fitzgerald", anime.id))
    assert sara.voice_actor == "Yu Shimamura"  # 000: "Viola (Yu Shimamura)"
    assert sara.first_episode == 1
    aliases = {a.name: a.revealed_in for a in sara.aliases}
    assert aliases["Sara"] is None
    assert aliases["Viola"] == 1 and aliases["Purgatory Viola"] == 1
    assert "Sarah" not in aliases  # a variant (003's misspelling), not an alias
    assert sara.facts and any(f.revealed_in == 1 for f in sara.facts)
    assert sara.anime_title == "Metallic Rouge"
    with pytest.raises(KeyError):
        await store.get_character(10_000)


async def test_a_later_catalog_relinks_and_merges_what_documents_taught(store: Store) -> None:
    doc = make_doc(
        "Naomi hands Rouge a chocolate bar.",
        characters=[ParsedCharacter("Naomi", "Tomoyo Kurosawa")],
    )
    result = await store.add_document(doc)
    assert result.characters == ("Naomi",)  # learned from the document alone
    learned = await character_id(store, "Naomi")
    assert [m.sentence for m in await store.mentions(learned)] == [
        "Naomi hands Rouge a chocolate bar."
    ]

    anime = await store.upsert_catalog(catalog())
    assert (await store.stats())["characters"] == len(catalog().characters)  # merged
    assert await store.list_anime() == [anime]
    for name in ("Naomi Orthmann", "Rouge Redstar"):
        mentions = await store.mentions(await character_id(store, name, anime.id))
        assert [m.sentence for m in mentions] == ["Naomi hands Rouge a chocolate bar."]
    again = await store.add_document(doc)
    assert set(again.characters) == {"Naomi Orthmann", "Rouge Redstar"}


async def test_catalog_changes_are_applied_in_place(store: Store) -> None:
    anime = await store.upsert_catalog(catalog())
    rouge = await character_id(store, "Rouge Redstar", anime.id)
    changed = Catalog(
        title="Metallic Rouge",
        slug="metallic-rouge",
        episode_count=13,
        characters=(
            CatalogCharacter(
                name="Rouge Redstar",
                aliases=(CatalogAlias("Red", revealed_in=5),),
                description="Changed.",
            ),
        ),
    )
    await store.upsert_catalog(changed)
    updated = await store.get_character(rouge)
    assert updated.id == rouge
    assert [(a.name, a.revealed_in) for a in updated.aliases] == [("Red", 5)]
    assert updated.description == "Changed."
    assert updated.voice_actor == "Yume Miyamoto"  # not given: kept


async def test_a_name_the_catalog_gains_later_is_known_to_the_next_document(store: Store) -> None:
    """Learning from documents keeps its name maps between documents: a catalog change must
    reach them, or "Crimson (Yume Miyamoto)" would become a second Rouge."""
    anime = await store.upsert_catalog(catalog())
    count = (await store.stats())["characters"]
    rouge = next(c for c in catalog().characters if c.name == "Rouge Redstar")
    assert rouge.voice_actor == "Yume Miyamoto"
    known = make_doc("Rouge waves.", characters=[ParsedCharacter("Rouge", "Yume Miyamoto")])
    assert (await store.add_document(known)).characters == ("Rouge Redstar",)
    assert (await store.stats())["characters"] == count  # nothing new: the maps stay as built

    renamed = CatalogCharacter(rouge.name, aliases=(*rouge.aliases, CatalogAlias("Crimson")))
    others = tuple(c for c in catalog().characters if c.name != "Rouge Redstar")
    await store.upsert_catalog(
        Catalog(title=anime.title, slug=anime.slug, episode_count=13, characters=(renamed, *others))
    )
    second = make_doc(
        "Crimson smiles.",
        title="Metallic Rouge – Episode 3 Review",
        episode=3,
        characters=[ParsedCharacter("Crimson", "Yume Miyamoto")],
    )
    assert (await store.add_document(second)).characters == ("Rouge Redstar",)
    assert (await store.stats())["characters"] == count  # found by its new alias, not learned


# --------------------------------------------------------------------------- anime lookups


async def test_find_anime_by_title_slug_and_alias(store: Store) -> None:
    base = catalog()
    anime = await store.upsert_catalog(
        Catalog(title=base.title, slug=base.slug, aliases=("MR",), episode_count=13)
    )
    for name in ("Metallic Rouge", "metallic rouge", " “METALLIC ROUGE” ", "metallic-rouge", "mr"):
        assert await store.find_anime(name) == anime, name
    assert await store.find_anime("Metallic") is None
    assert await store.find_anime("") is None


async def test_anime_choices_prefix_then_substring_then_fuzzy(store: Store) -> None:
    for title, slug in [("Rouge Academy", "rouge-academy"), ("Metallic Rouge", "metallic-rouge")]:
        await store.upsert_catalog(Catalog(title=title, slug=slug))
    titles = lambda animes: [a.title for a in animes]  # noqa: E731
    assert titles(await store.anime_choices("rou")) == ["Rouge Academy", "Metallic Rouge"]
    assert titles(await store.anime_choices("metal")) == ["Metallic Rouge"]
    assert titles(await store.anime_choices("Metalic Rouge")) == ["Metallic Rouge"]  # fuzzy
    assert titles(await store.anime_choices("")) == ["Metallic Rouge", "Rouge Academy"]
    assert await store.anime_choices("zzzzzz") == []
    assert len(await store.anime_choices("", limit=1)) == 1


# --------------------------------------------------------------------------- episodes, documents


async def test_documents_for_an_episode_are_ordered_by_kind(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    episode_one = await seeded_store.documents_for(metallic_rouge.id, 1)
    assert [d.title for d in episode_one] == [FIRST_IMPRESSIONS, RECAP_AND_REVIEW]
    assert episode_one[0].kind is DocumentKind.FIRST_IMPRESSIONS
    recap_doc = episode_one[1]
    assert [s.kind for s in recap_doc.sections] == [SectionKind.RECAP, SectionKind.REVIEW]
    assert recap_doc.sections[1].heading == "The Episode Review"
    assert recap_doc.episode_title == "Crimson Is The Sound of Dawn"

    season = await seeded_store.documents_for(metallic_rouge.id, None)
    assert [d.title for d in season] == [SEASON_REVIEW]
    assert season[0].score is not None and season[0].score.raw == "70 out of 100"
    assert season[0].score.score_100 == 70

    only_first = await seeded_store.documents_for(
        metallic_rouge.id, 1, kinds={DocumentKind.FIRST_IMPRESSIONS}
    )
    assert [d.title for d in only_first] == [FIRST_IMPRESSIONS]
    assert await seeded_store.documents_for(metallic_rouge.id, 1, kinds=()) == []
    assert await seeded_store.documents_for(metallic_rouge.id, 2) == []


async def test_review_and_recap_episodes(seeded_store: Store, metallic_rouge: Anime) -> None:
    assert await seeded_store.review_episodes(metallic_rouge.id) == [1]
    assert await seeded_store.recap_episodes(metallic_rouge.id) == [1]
    episodes = await seeded_store.episodes(metallic_rouge.id)
    assert [(e.number, e.title) for e in episodes] == [(1, "Crimson Is The Sound of Dawn")]


async def test_recap_for_returns_every_recap_section_of_the_episode(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    recaps = await seeded_store.recap_for(metallic_rouge.id, 1)
    assert len(recaps) == 1
    document, section = recaps[0]
    assert document.title == RECAP_AND_REVIEW
    assert section.kind is SectionKind.RECAP
    assert section.spoiler
    assert section.text.startswith("Episode 1 of Metallic Rouge starts with one of our female")
    assert "Rouge defeats Viola" in section.text
    assert await seeded_store.recap_for(metallic_rouge.id, 2) == []


# --------------------------------------------------------------------------- resolve_character


@pytest.mark.parametrize(
    "query",
    ["Viola", "Sara", "sara fitzgerald", "Purgatory Viola", "Viola Keane", " “Sara” ", "SARA"],
)
async def test_every_name_of_sara_resolves_to_her(
    seeded_store: Store, metallic_rouge: Anime, query: str
) -> None:
    found = await seeded_store.resolve_character(query, metallic_rouge.id)
    assert found is not None and found.name == "Sara Fitzgerald"


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Redstar", "Rouge Redstar"),  # a unique last name
        ("Rouge", "Rouge Redstar"),  # an alias
        ("rouge redstar", "Rouge Redstar"),
        ("Naomí", "Naomi Orthmann"),  # accents are ignored
        ("'Naomi'", "Naomi Orthmann"),
        ("Orthmann", "Naomi Orthmann"),
        ("Naom", "Naomi Orthmann"),  # a unique prefix of 3+ characters
        ("Sar", "Sara Fitzgerald"),
        ("Jaron", "Fate Jaron"),
        ("Joker", "Fate Jaron"),  # a spoiler alias still resolves: the user typed it
    ],
)
async def test_resolve_character(
    seeded_store: Store, metallic_rouge: Anime, query: str, name: str
) -> None:
    found = await seeded_store.resolve_character(query, metallic_rouge.id)
    assert found is not None and found.name == name
    assert await seeded_store.resolve_character(query, None) == found


@pytest.mark.parametrize("query", ["Rogue", "Sarah", "Giallon", "Sa", "", "   ", "Nobody"])
async def test_near_misses_and_variants_do_not_resolve(
    seeded_store: Store, metallic_rouge: Anime, query: str
) -> None:
    assert await seeded_store.resolve_character(query, metallic_rouge.id) is None


async def test_ambiguous_words_and_prefixes_do_not_resolve(store: Store) -> None:
    anime = await store.upsert_catalog(
        Catalog(
            title="Twins",
            slug="twins",
            characters=(CatalogCharacter("Anna Stone"), CatalogCharacter("Anna Marsh")),
        )
    )
    assert await store.resolve_character("Anna", anime.id) is None
    assert await store.resolve_character("Ann", anime.id) is None
    found = await store.resolve_character("Stone", anime.id)
    assert found is not None and found.name == "Anna Stone"


# --------------------------------------------------------------------------- character_choices


async def test_rogue_is_not_a_name_but_suggests_rouge(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    choices = await seeded_store.character_choices("Rogue", metallic_rouge.id)
    assert choices and choices[0].value == "Rouge Redstar"
    assert choices[0].name == "Rouge Redstar"


async def test_typos_find_their_characters(seeded_store: Store, metallic_rouge: Anime) -> None:
    for typo, name in [("Naomy", "Naomi Orthmann"), ("Sarah", "Sara Fitzgerald")]:
        choices = await seeded_store.character_choices(typo, metallic_rouge.id)
        assert choices and choices[0].value == name, typo


async def test_a_spoiler_alias_is_only_offered_to_those_past_it(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    for progress in (None, 0):
        choices = await seeded_store.character_choices("vio", metallic_rouge.id, progress=progress)
        assert not [c for c in choices if "Viola" in c.name or "Viola" in c.value]
        joker = await seeded_store.character_choices("joker", metallic_rouge.id, progress=progress)
        assert not [c for c in joker if "Joker" in c.name]

    choices = await seeded_store.character_choices("vio", metallic_rouge.id, progress=1)
    assert choices[0].name == "Viola (Sara Fitzgerald)"
    assert choices[0].value == "Sara Fitzgerald"


async def test_a_hidden_alias_does_not_hide_the_canonical_name(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    choices = await seeded_store.character_choices("sara", metallic_rouge.id, progress=0)
    assert choices[0].name == "Sara Fitzgerald"


async def test_variants_are_never_shown(seeded_store: Store, metallic_rouge: Anime) -> None:
    for query in ("Rogue", "Sarah", "Giallon", "r", "s", "g", ""):
        for progress in (None, 0, 13):
            for choice in await seeded_store.character_choices(
                query, metallic_rouge.id, progress=progress
            ):
                assert not re.search(r"\b(?:Rogue|Sarah|Giallon)\b", choice.name), choice


async def test_choices_rank_canonical_prefix_then_alias_then_word(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    ranked = await seeded_store.character_choices("r", metallic_rouge.id)
    values = [c.value for c in ranked]
    # canonical names starting with "r" first, alphabetically; then word prefixes ("Redstar"
    # is already taken by Rouge), then substrings such as "Fate Jaron" and "Naomi Orthmann"
    assert values[:2] == ["Rouge Redstar", "Roy Junghardt"]
    assert values.index("Fate Jaron") > 1
    ranked = await seeded_store.character_choices("orth", metallic_rouge.id)
    assert [c.value for c in ranked] == ["Naomi Orthmann"]  # a word prefix
    ranked = await seeded_store.character_choices("Ms", metallic_rouge.id)
    assert ranked[0].name == "Ms. Sara (Sara Fitzgerald)"  # an alias prefix


async def test_empty_query_lists_characters_alphabetically(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    choices = await seeded_store.character_choices("", metallic_rouge.id)
    names = [c.name for c in choices]
    assert names == sorted(c.name for c in catalog().characters)
    assert [c.value for c in choices] == names


async def test_choices_respect_discords_limits(store: Store) -> None:
    long_name = "Captain " + "Verylongname " * 12  # 164 characters
    crowd = [
        CatalogCharacter(f"Character {i:02d}", aliases=(CatalogAlias(f"Alias {i:02d}"),))
        for i in range(40)
    ]
    captain = CatalogCharacter(long_name.strip(), aliases=(CatalogAlias("Chara " + "x" * 110),))
    characters = (*crowd, captain)
    anime = await store.upsert_catalog(Catalog(title="Crowd", slug="crowd", characters=characters))
    for query in ("", "c", "char", "chara", "alias", "captain", "x" * 300, "Charactr 1"):
        choices = await store.character_choices(query, anime.id)
        assert len(choices) <= AUTOCOMPLETE.count
        assert len({c.character_id for c in choices}) == len(choices), query
        for choice in choices:
            assert 1 <= len(choice.name) <= AUTOCOMPLETE.length, choice
            assert 1 <= len(choice.value) <= AUTOCOMPLETE.length, choice
    assert len(await store.character_choices("char", anime.id)) == AUTOCOMPLETE.count
    assert len(await store.character_choices("char", anime.id, limit=3)) == 3
    assert await store.character_choices("char", anime.id, limit=0) == []
    # an over-long value still resolves to its character (a unique prefix)
    (offered,) = await store.character_choices("captain", anime.id)
    found = await store.resolve_character(offered.value, anime.id)
    assert found is not None and found.name == long_name.strip()


async def test_new_characters_show_up_in_choices(store: Store) -> None:
    anime = await store.upsert_catalog(catalog())
    assert await store.character_choices("ochre", anime.id) == []  # also fills the cache
    await store.add_document(
        make_doc("Ochre Gale arrives.", characters=[ParsedCharacter("Ochre Gale")])
    )
    assert [c.value for c in await store.character_choices("ochre", anime.id)] == ["Ochre Gale"]


# --------------------------------------------------------------------------- mentions


async def test_naomi_mentions_include_the_voice_actor_sentence(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    naomi = await character_id(seeded_store, "Naomi", metallic_rouge.id)
    mentions = await seeded_store.mentions(naomi, limit=50)
    voiced = [m for m in mentions if "Tomoyo Kurosawa" in m.sentence]
    assert any(
        m.document_title == SEASON_REVIEW
        and m.sentence.startswith("Voiced by Tomoyo Kurosawa, she’s lively and energetic")
        for m in voiced
    )
    season = next(m for m in voiced if m.document_title == SEASON_REVIEW)
    assert season.document_kind is DocumentKind.SEASON_REVIEW
    assert season.episode is None
    assert season.section_kind is SectionKind.REVIEW


async def test_mentions_prefer_reviews_are_distinct_and_limited(
    seeded_store: Store, metallic_rouge: Anime
) -> None:
    naomi = await character_id(seeded_store, "Naomi", metallic_rouge.id)
    every = await seeded_store.mentions(naomi, limit=1000)
    kinds = [m.section_kind for m in every]
    assert SectionKind.RECAP in kinds and SectionKind.REVIEW in kinds
    first_recap = kinds.index(SectionKind.RECAP)
    assert all(k is SectionKind.REVIEW for k in kinds[:first_recap])
    assert all(k is SectionKind.RECAP for k in kinds[first_recap:])
    assert len({m.sentence for m in every}) == len(every)
    # 000's sentence comes first: review sections, then by document
    assert every[0].document_title == FIRST_IMPRESSIONS
    assert every[0].sentence.startswith("Rouge meets her human assistant Naomi (Tomoyo Kurosawa)")
    recap = every[first_recap]
    assert recap.spoiler and recap.document_title == RECAP_AND_REVIEW
    assert recap.sentence.startswith("Episode 1 of Metallic Rouge starts with one of our female")
    assert await seeded_store.mentions(naomi) == every[:5]
    assert await seeded_store.mentions(naomi, limit=0) == []
    assert all(m.character_id == naomi for m in every)


async def test_mentions_keep_the_sentence_text_exactly(store: Store) -> None:
    await store.upsert_catalog(catalog())
    text = "Intro line.\n\nThen  Naomi  waves\nat everyone. Sara sings “Nectar”."
    await store.add_document(make_doc(text))
    (naomi,) = await store.mentions(await character_id(store, "Naomi"))
    assert naomi.sentence == "Then Naomi waves at everyone."
    (sara,) = await store.mentions(await character_id(store, "Sara"))
    assert sara.sentence == "Sara sings “Nectar”."


# --------------------------------------------------------------------------- search


async def test_search_nectar_finds_the_003_recap(seeded_store: Store) -> None:
    hits = await seeded_store.search("Nectar", None)
    recap = [h for h in hits if h.kind is SectionKind.RECAP]
    assert recap, hits
    hit = recap[0]
    assert hit.document_title == RECAP_AND_REVIEW
    assert hit.anime_title == "Metallic Rouge"
    assert hit.spoiler
    assert hit.episode == 1
    assert "Nectar" in hit.snippet
    # 000: "attempt to steal a large shipment of Nectar"
    assert any(h.document_title == FIRST_IMPRESSIONS for h in hits)
    assert hits == sorted(hits, key=lambda h: h.rank)


async def test_search_snippets_are_plain_text_from_the_section(seeded_store: Store) -> None:
    for query in ("Nectar", "chocolate", "Akudama Drive", "Club Canal"):
        hits = await seeded_store.search(query, None)
        assert hits, query
        for hit in hits:
            words = query.split()
            assert any(w.casefold() in hit.snippet.casefold() for w in words)
            documents = await seeded_store.documents_for(1, hit.episode)
            (section,) = [s for d in documents for s in d.sections if s.id == hit.section_id]
            flat = " ".join(section.text.split())
            for piece in hit.snippet.split("…"):
                assert piece.strip() in flat, piece


async def test_search_needs_every_word_then_falls_back_to_any(seeded_store: Store) -> None:
    both = await seeded_store.search("Akudama Drive", None)
    assert [h.document_title for h in both] == [SEASON_REVIEW]  # 002 names Akudama Drive
    fallback = await seeded_store.search("Akudama zzzunknownzzz", None)
    assert [h.document_title for h in fallback] == [SEASON_REVIEW]
    assert await seeded_store.search("zzzunknownzzz", None) == []


async def test_search_by_anime_and_limit(seeded_store: Store, metallic_rouge: Anime) -> None:
    assert await seeded_store.search("Rouge", metallic_rouge.id, limit=2) == (
        await seeded_store.search("Rouge", None, limit=2)
    )
    assert len(await seeded_store.search("Rouge", None, limit=2)) == 2
    assert await seeded_store.search("Rouge", metallic_rouge.id + 1) == []
    assert await seeded_store.search("Rouge", None, limit=0) == []


FTS_SYNTAX = [
    '"',
    '""',
    "*",
    "Nectar*",
    "NEAR(",
    "NEAR(Rouge Naomi, 2)",
    "-",
    "-Rouge",
    ":",
    "text:Rouge",
    "OR",
    "AND",
    "NOT",
    "Rouge OR",
    "OR Naomi",
    "(",
    ")",
    "^Rouge",
    "{text}: Rouge",
    "Rouge + Naomi",
    "'; DROP TABLE sections; --",
    "\x00",
    "||spoiler||",
    "  ",
    "",
    "日本語",
    'Nectar"*:(',
]


@pytest.mark.parametrize("query", FTS_SYNTAX)
async def test_search_never_interprets_fts_syntax(seeded_store: Store, query: str) -> None:
    hits = await seeded_store.search(query, None)
    assert isinstance(hits, list)
    assert (await seeded_store.stats())["sections"] >= 4


async def test_search_survives_random_syntax_soup(seeded_store: Store) -> None:
    rng = random.Random(20240110)
    alphabet = "\"*:-()^{}+.,;NEARORANDNOT Nectar Rouge é\\'\t"
    for _ in range(200):
        query = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        await seeded_store.search(query, None)


async def test_operator_words_are_searched_as_words(seeded_store: Store) -> None:
    # 002: "...the greatest artstyle you've ever seen in your life, or the most fluid animation"
    hits = await seeded_store.search("OR", None)
    assert SEASON_REVIEW in {h.document_title for h in hits}


async def test_new_documents_are_searchable_at_once(store: Store) -> None:
    anime = await store.upsert_catalog(catalog())
    assert await store.search("zeppelin", anime.id) == []  # (a remembered answer must go)
    await store.add_document(make_doc("The zeppelin crashes into the sea."))
    (hit,) = await store.search("zeppelin", anime.id)
    assert "zeppelin" in hit.snippet
    assert hit.document_title == "Metallic Rouge – Episode 2 Review"
    assert not hit.spoiler


@pytest.mark.sqlite_only
async def test_the_full_text_index_stays_exact(store: Store) -> None:
    await store.upsert_catalog(catalog())
    docs = [make_doc(f"Scene {i}: Naomi finds a lantern.", title=f"Doc {i}") for i in range(5)]
    results = [await store.add_document(d) for d in docs]
    assert len(await store.search("lantern", None)) == 5  # indexes the queue first

    await store.add_document(make_doc("A kite flies.", title="Queued"))  # still queued
    with raw(store) as connection:
        connection.execute("DELETE FROM documents WHERE id = ?", (results[0].document_id,))
        connection.execute("DELETE FROM documents WHERE title = 'Queued'")
    await store.flush_search_index()
    with raw(store) as connection:
        connection.execute("INSERT INTO sections_fts (sections_fts) VALUES ('integrity-check')")
        assert connection.execute("SELECT count(*) FROM sections_fts_pending").fetchone()[0] == 0
    assert len(await store.search("lantern", None)) == 4
    assert await store.search("kite", None) == []


async def test_close_indexes_what_is_queued(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    async with await Store.open(path) as store:
        await store.migrate()
        await store.add_document(make_doc("A lighthouse blinks."))
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT count(*) FROM sections_fts_pending").fetchone()[0] == 0
        rows = connection.execute(
            "SELECT rowid FROM sections_fts WHERE sections_fts MATCH 'lighthouse'"
        ).fetchall()
        assert len(rows) == 1
