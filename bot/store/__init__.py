"""The store: one database connection for the whole bot, typed methods returning models.

Design
------
* `Store` is the one facade the bot, cogs and tests use. Behind it, one module per aggregate
  (meta, catalog, documents, characters, search, preferences, ratings, anilist_cache) runs that
  aggregate's named SQL constants from its engine's query module (`bot/store/sqlite/*.py`)
  through a `Database` (`bot/store/engine.py`) and maps rows to bot.models dataclasses.
  Matching, ranking and text work lives in bot.text; the store only calls it.
* Two engines (bot/store/engine.py): SQLite (bot/store/sqlite/, the default: one file, one
  aiosqlite connection, WAL, foreign keys on) and PostgreSQL (bot/store/postgres/, an asyncpg
  pool; `Store.open("postgresql://...")`, needs `pip install .[postgres]`), several processes
  sharing one database. `Store.connect(settings)` picks the engine from the settings
  (DATABASE_URL, else DATABASE_PATH), migrates and seeds: the one way the bot opens its store.
  An `asyncio.Lock` serialises the facade's calls, so a write transaction (committed whole,
  rolled back whole on any error) never interleaves with another task's statements.
* In-memory caches (bot/store/cache.py: anime names, each anime's characters and their
  names, the autocomplete index, each anime's mention linker, recent search results) are
  only touched under that lock and are dropped whenever a write changes what they hold (and
  on any failed write).
* Other processes may write to the same store (an `ingest` beside the bot, other shards'
  processes): a `ChangeWatch` (bot/store/changes.py: SQLite's `PRAGMA data_version`, or
  PostgreSQL's LISTEN/NOTIFY) is asked before a facade call, and every cache is dropped when
  another process wrote; the next search then finishes any indexing it left pending.
* Full-text indexing is batched (bot/store/search.py); a mention is one row per (character,
  section naming it).

Adding a method: put the SQL in the aggregate's engine module as a named constant, a method
on the aggregate that runs it (`async with self.writing():` around writes), and a facade
method here that calls it under `self._locked()`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Collection, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager, nullcontext
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self, TypeVar

from bot import paths
from bot.models import (
    Anime,
    AnnounceSettings,
    Catalog,
    Character,
    CharacterChoice,
    Document,
    DocumentFacts,
    DocumentKind,
    DocumentSummary,
    Episode,
    FeedRecord,
    GuildSettings,
    Mention,
    ParsedDocument,
    PendingAnnouncement,
    Readers,
    SearchHit,
    Section,
    SectionKind,
    SpoilerPolicy,
)
from bot.ratings import CriticScore, MemberAggregate
from bot.store import migrations
from bot.store.anilist_cache import AniListCache
from bot.store.cache import Caches
from bot.store.catalog import Animes, match_index
from bot.store.changes import (
    CHECK_INTERVAL,
    ChangeWatch,
    DataVersionWatch,
    NotifyWatch,
    StaticWatch,
    process_origin,
)
from bot.store.characters import Characters
from bot.store.documents import AddResult, DocumentRejected, Documents
from bot.store.engine import Database, Queries, StoreUnavailable
from bot.store.feeds import Feeds
from bot.store.leases import Lease, Leases, holding
from bot.store.location import is_postgres_dsn, redact
from bot.store.meta import Meta
from bot.store.migrations import MigrationError
from bot.store.preferences import Preferences
from bot.store.ratings import Ratings
from bot.store.search import Search
from bot.store.sqlite import QUERIES as SQLITE_QUERIES
from bot.store.sqlite import SqliteDatabase, migration_lock
from bot.text.choices import AUTOCOMPLETE, ChoiceLimits
from bot.text.linker import Linker
from bot.text.names import fold
from bot.text.snippets import search_terms
from bot.text.titles import TitleMatch

if TYPE_CHECKING:
    from bot.config import Settings

log = logging.getLogger(__name__)

LINKERS_AHEAD_MOST = 2_000
"""Store.linkers: above this many anime with characters, parse workers link nothing ahead
(a linker costs a few milliseconds to build; the store builds those it needs as it goes)."""

__all__ = [
    "MIGRATIONS_DIR",
    "AddResult",
    "DocumentRejected",
    "Lease",
    "MigrationError",
    "Store",
    "StoreUnavailable",
]

T = TypeVar("T")

MIGRATIONS_DIR = paths.migrations_dir("sqlite")


def _facts_of(sections: Sequence[Section]) -> DocumentFacts:
    """A stored document's verdict and opening, worked out as ingest does (for documents
    stored before migration 0009, or without them)."""
    from bot.ingest.detect.verdict import document_facts  # (ingest imports the store)

    return document_facts(sections)


class Store:
    """The bot's one database connection. Build it with `await Store.open(path)`."""

    def __init__(
        self,
        db: Database,
        path: str,
        *,
        queries: Queries = SQLITE_QUERIES,
        choice_limits: ChoiceLimits = AUTOCOMPLETE,
        changes: ChangeWatch | None = None,
        origin: str | None = None,
    ) -> None:
        self._db = db
        if changes is None:  # SQLite can always ask; a PostgreSQL handle needs its listener
            watch_sqlite = db.engine == "sqlite"
            changes = DataVersionWatch(db, queries.schema.DATA_VERSION) if watch_sqlite else None
        self._changes = changes or StaticWatch()
        self.path = path
        self._queries = queries
        self._limits = choice_limits
        self._lock = asyncio.Lock()
        self._caches = caches = Caches()
        self._meta = Meta(db, queries.meta, caches)
        self._characters = Characters(
            db,
            queries.characters,
            caches,
            choice_length=choice_limits.length,
        )
        self._animes = Animes(db, queries.catalog, caches, self._characters)
        self._search = Search(db, queries.search, caches, queries.search_hooks)
        self._documents = Documents(
            db,
            queries.documents,
            caches,
            animes=self._animes,
            characters=self._characters,
            search=self._search,
            facts_of=_facts_of,
        )
        self._preferences = Preferences(db, queries.preferences, caches)
        self._anilist_cache = AniListCache(db, queries.anilist_cache, caches)
        self._ratings = Ratings(db, queries.ratings, caches)
        self._feeds = Feeds(db, queries.feeds, caches)
        self._leases = Leases(db, queries.leases, caches)
        # this handle, among every process sharing the store (leases, change notifications)
        self.origin = origin or process_origin()

    # ----------------------------------------------------------------- lifecycle

    @classmethod
    async def open(
        cls,
        path: str | Path,
        *,
        choice_limits: ChoiceLimits = AUTOCOMPLETE,
        change_check_interval: float = CHECK_INTERVAL,
    ) -> Store:
        """Open the database at `path`: a `postgresql://` URL (PostgreSQL), else an SQLite
        file (created, with its directory, if needed).

        `choice_limits`: how many autocomplete choices a list holds and how long one may be
        (Discord's limits unless told otherwise). `change_check_interval`: at most how often
        (seconds) to ask whether another process wrote (bot/store/changes.py).
        """
        location = str(path)
        if is_postgres_dsn(location):
            try:
                from bot.store.postgres import QUERIES as POSTGRES_QUERIES
                from bot.store.postgres import PostgresDatabase
            except ImportError as exc:
                raise StoreUnavailable(str(exc)) from None
            origin = process_origin()
            pg = await PostgresDatabase.open(location, origin=origin)
            try:
                watch = await NotifyWatch.listen(location, origin)
            except BaseException:
                await pg.close()
                raise
            log.debug("Opened the store at %s", redact(location))
            return cls(
                pg,
                location,
                queries=POSTGRES_QUERIES,
                choice_limits=choice_limits,
                changes=watch,
                origin=origin,
            )
        db = await SqliteDatabase.open(location)
        log.debug("Opened the store at %s", location)
        schema = SQLITE_QUERIES.schema
        changes = DataVersionWatch(db, schema.DATA_VERSION, interval=change_check_interval)
        return cls(db, location, choice_limits=choice_limits, changes=changes)

    @classmethod
    async def connect(cls, settings: Settings) -> Store:
        """The bot's store as `settings` configure it, migrated and ready.

        PostgreSQL when DATABASE_URL is set, else SQLite at DATABASE_PATH. Migrations run
        (on PostgreSQL under an advisory lock: processes starting together migrate once);
        then, under the engine's startup lock, first-start seeding (once across processes).
        On SQLite the catalog files (bundled and DATA_DIR's) are synced at every start, as
        edited; on PostgreSQL the store is the source of truth for catalogs (processes on
        different machines never reload their files over each other): they reach it at the
        first start, and later only by `catalog load` or `catalog import`.
        """
        from bot.catalog_sync import sync_catalogs  # (it is handed the store)

        store = await cls.open(settings.database_url or settings.database_path)
        try:
            version = await store.migrate()
            log.info("Store %s at schema version %d", store.location, version)
            catalog_dirs = paths.catalog_dirs(settings.data_dir)
            async with store._db.exclusive():
                seeded = None
                if await store.is_empty():
                    # the parsers load for a first start's seeding only: a bot started on its
                    # documents never holds them (ingest imports the store)
                    from bot.ingest import seed_if_empty

                    seeded = await seed_if_empty(store, catalog_dirs)
                if seeded is None and store.catalogs_follow_files:
                    await sync_catalogs(store, catalog_dirs)
        except BaseException:
            await store.close()
            raise
        return store

    @property
    def catalogs_follow_files(self) -> bool:
        """Whether each start loads edited catalog files (SQLite: one machine, one set of
        files), or the store is the catalogs' source of truth (PostgreSQL, shared)."""
        return self._db.engine == "sqlite"

    @property
    def engine(self) -> str:
        """ "sqlite" or "postgres"."""
        return self._db.engine

    @property
    def location(self) -> str:
        """Where the store is, fit for a log line (a URL's password hidden)."""
        return redact(self.path)

    @property
    def database(self) -> Database:
        """The engine connection, for store-level tools only (bot/store/copy.py)."""
        return self._db

    @property
    def queries(self) -> Queries:
        """The engine's statements, for store-level tools only (bot/store/copy.py)."""
        return self._queries

    async def forget_caches(self) -> None:
        """Drop everything held in memory (the database was written around the facade)."""
        async with self._locked():
            self._caches.forget_all()

    async def close(self) -> None:
        """Index what this session queued for search, then close the connection."""
        if self._caches.fts_pending:  # (a queue left by a crash is indexed by the next search)
            try:
                await self.flush_search_index()
            except Exception:
                log.exception("Could not update the search index before closing")
        async with self._lock:
            await self._changes.close()
            await self._db.close()
            self._caches.forget_all()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    @asynccontextmanager
    async def _locked(self) -> AsyncIterator[None]:
        """One facade call at a time on the one connection, on caches no other process's
        write has made stale."""
        async with self._lock:
            await self._forget_if_changed()
            yield

    async def _forget_if_changed(self, *, now: bool = False) -> None:
        if await self._changes.changed(now=now):
            log.debug("Another process wrote to the store: dropping the in-memory caches")
            self._caches.forget_all()

    async def notice_changes(self) -> None:
        """Ask now (not waiting for the check interval) whether another process wrote, and if
        so drop the caches and finish the search indexing it left pending."""
        async with self._lock:
            await self._forget_if_changed(now=True)
            await self._search.flush()

    # ----------------------------------------------------------------- migrations

    async def migrate(self, migrations_dir: Path | None = None) -> int:
        """Apply every numbered migration above the schema version; return the version.

        `migrations_dir`: the engine's own (bot/resources/migrations/<engine>/) unless told.
        SQLite runs each file in its own transaction together with the version bump, so a
        failing file leaves the database at the previous version; PostgreSQL runs them all
        in one transaction under an advisory lock. Idempotent.
        """
        if migrations_dir is None:
            migrations_dir = paths.migrations_dir(self._db.engine)
        found = migrations.read_migrations(migrations_dir)
        schema, meta = self._queries.schema, self._queries.meta
        one_at_a_time = migration_lock(self.path) if self._db.engine == "sqlite" else nullcontext()
        async with one_at_a_time, self._locked():
            try:
                version = await self._db.migrate(found, migrations_dir)
            finally:
                self._caches.forget_all()
            if (
                await migrations.has_table(self._db, schema, "meta")
                and await self._meta.get(meta.RELINK_MENTIONS) is not None
            ):
                await self._characters.relink_everything(meta.RELINK_MENTIONS, meta.DELETE_META)
            if (
                await migrations.has_table(self._db, schema, "meta")
                and await self._meta.get(meta.FILL_DOCUMENT_FACTS) is not None
            ):
                await self._documents.fill_facts(meta.FILL_DOCUMENT_FACTS, meta.DELETE_META)
            return version

    # ----------------------------------------------------------------- meta and stats

    async def get_meta(self, key: str) -> str | None:
        async with self._locked():
            return await self._meta.get(key)

    async def set_meta(self, key: str, value: str) -> None:
        async with self._locked():
            await self._meta.set(key, value)

    async def is_empty(self) -> bool:
        """True when no document is stored (catalogs alone do not count)."""
        async with self._locked():
            return await self._meta.is_empty()

    async def stats(self) -> dict[str, int]:
        """Row counts: anime, episodes, documents, sections, characters, mentions."""
        async with self._locked():
            return await self._meta.stats()

    # ----------------------------------------------------------------- anime and catalog

    async def list_anime(self) -> list[Anime]:
        """Every anime, by title."""
        index = self._caches.anime  # cached until a write changes the anime: no round trip
        if index is not None and not self._changes.due():
            return list(index.ordered)
        async with self._locked():
            return list((await self._animes.index()).ordered)

    async def find_anime(self, name: str) -> Anime | None:
        """The anime whose title, slug or alias is `name` (case- and accent-insensitive)."""
        index = self._caches.anime  # cached until a write changes the anime: no round trip
        if index is not None and not self._changes.due():
            key = fold(name)
            return index.by_name.get(key) if key else None
        async with self._locked():
            return await self._animes.find(name)

    async def match_anime(self, name: str) -> TitleMatch[Anime]:
        """What a typed anime name means: the one anime it names (exactly, by a word prefix
        such as "Frieren", or as the one near miss such as "Freiren"), else the anime it
        could mean (none when nothing comes close). See bot.text.titles.match_title."""
        index = self._caches.anime  # cached until a write changes the anime: no round trip
        if index is not None and not self._changes.due():
            return match_index(index, name)
        async with self._locked():
            return await self._animes.match(name)

    async def anime_choices(self, query: str, limit: int = AUTOCOMPLETE.count) -> list[Anime]:
        """Anime for autocomplete: prefix matches, then substring, then fuzzy."""
        limit = max(0, min(limit, self._limits.count))
        async with self._locked():
            return await self._animes.choices(query, limit)

    async def episodes(self, anime_id: int) -> list[Episode]:
        """The anime's known episodes, by number."""
        async with self._locked():
            return await self._animes.episodes(anime_id)

    async def upsert_catalog(self, catalog: Catalog) -> Anime:
        """Insert or update a curated catalog, then re-link the anime's mentions.

        Running it twice with the same catalog changes nothing.
        """
        async with self._locked():
            return await self._animes.upsert_catalog(catalog)

    # ----------------------------------------------------------------- documents

    async def add_document(self, doc: ParsedDocument) -> AddResult:
        """Store a parsed document in one transaction; the same content twice is a no-op.

        Finds or creates the anime, records the episode title, stores the document, its
        sections (and their full-text rows), learns the characters it names, and links
        mentions. On any error nothing of it stays.
        """
        async with self._locked():
            result = await self._documents.add(doc)
        if result.added:
            log.debug(
                "Stored document %d %r (%s, episode %s): %d sections, %d characters linked",
                result.document_id,
                doc.title,
                doc.kind,
                doc.episode,
                len(doc.sections),
                len(result.characters),
            )
        return result

    async def add_documents(self, docs: Sequence[ParsedDocument]) -> list[AddResult | Exception]:
        """Store several documents in one transaction, with the results of add_document for
        each in turn: a few statements for the whole batch, or, when those fail, a savepoint
        per document. A document that fails (DocumentRejected, or any error; it is its result)
        leaves nothing behind and undoes no other."""
        async with self._locked():
            return await self._documents.add_many(docs)

    async def linkers(self, most: int = LINKERS_AHEAD_MOST) -> dict[str, Linker]:
        """Each anime's mention linker as it is now, by title, for parse workers to link
        documents ahead of the store (bot.ingest.service): a document carrying what one of
        them found is linked without the work while it is still the anime's linker. Empty when
        the store has more than `most` anime with characters, where building every linker
        would cost more than it saves."""
        async with self._locked():
            with_characters = {e.anime_id for e in await self._characters.entries(None)}
            if len(with_characters) > most:
                return {}  # decided before building any
            return {
                a.title: await self._characters.linker(a.id)
                for a in (await self._animes.index()).ordered
                if a.id in with_characters
            }

    async def list_documents(
        self, anime_id: int | None = None, source: str | None = None
    ) -> list[DocumentSummary]:
        """Stored documents by id, of one anime and/or whose source contains `source`
        (case-insensitive)."""
        async with self._locked():
            return await self._documents.summaries(anime_id, source)

    async def document_summary(self, document_id: int) -> DocumentSummary | None:
        async with self._locked():
            return await self._documents.summary(document_id)

    async def refile_document(
        self, document_id: int, anime_id: int, episode: int | None, kind: DocumentKind
    ) -> None:
        """Move a document to another anime, episode or kind and relink its mentions, in one
        transaction. Raises DocumentRejected for an episode the anime cannot have."""
        async with self._locked(), self._documents.writing():
            await self._documents.refile(document_id, anime_id, episode, kind)

    async def remove_documents(self, document_ids: Sequence[int]) -> int:
        """Delete documents (sections, mentions, search entries) in one transaction; how many
        existed."""
        async with self._locked(), self._documents.writing():
            removed = 0
            for document_id in document_ids:
                removed += await self._documents.remove(document_id)
            return removed

    async def count_documents(self, anime_id: int) -> int:
        async with self._locked():
            return await self._documents.count_of_anime(anime_id)

    async def remove_anime(self, anime_id: int) -> None:
        """Delete an anime with its episodes, characters, documents and everyone's progress."""
        async with self._locked(), self._animes.writing():
            await self._animes.remove(anime_id)

    async def documents_for(
        self,
        anime_id: int,
        episode: int | None,
        kinds: Collection[DocumentKind] | None = None,
    ) -> list[Document]:
        """Documents about one episode (None: season-wide ones) with their sections.

        Ordered by kind (first impressions, episode review, recap, season review), then id.
        """
        async with self._locked():
            documents = await self._documents.for_episode(anime_id, episode, kinds)
            documents = await self._documents.with_facts(documents)
            excerpt_only = await self._feeds.excerpt_only([d.id for d in documents])
        return [replace(d, excerpt_only=True) if d.id in excerpt_only else d for d in documents]

    async def get_document(self, document_id: int) -> Document | None:
        """One document with its sections (None when it is gone)."""
        async with self._locked():
            topic = await self._feeds.document_topic(document_id)
        if topic is None:
            return None
        found = await self.documents_for(topic[0], topic[1])
        return next((d for d in found if d.id == document_id), None)

    async def review_episodes(self, anime_id: int) -> list[int]:
        """Episodes with at least one review section."""
        async with self._locked():
            return await self._documents.episodes_with(anime_id, SectionKind.REVIEW)

    async def recap_episodes(self, anime_id: int) -> list[int]:
        """Episodes with at least one recap section."""
        async with self._locked():
            return await self._documents.episodes_with(anime_id, SectionKind.RECAP)

    async def anime_with_reviews(self, episode: int | None) -> list[int]:
        """The anime with a review section about this episode (None: season-wide), by id."""
        async with self._locked():
            return await self._documents.anime_with(episode, SectionKind.REVIEW)

    async def anime_with_recaps(self, episode: int) -> list[int]:
        """The anime with a recap section about this episode, by id."""
        async with self._locked():
            return await self._documents.anime_with(episode, SectionKind.RECAP)

    async def recap_for(self, anime_id: int, episode: int) -> list[tuple[Document, Section]]:
        """Every recap section about this episode, in document then section order."""
        async with self._locked():
            documents = await self._documents.for_episode(anime_id, episode, None)
            documents = await self._documents.with_facts(documents)
        documents.sort(key=lambda d: d.id)
        return [
            (document, section)
            for document in documents
            for section in document.sections
            if section.kind is SectionKind.RECAP
        ]

    # ----------------------------------------------------------------- characters

    async def get_character(self, character_id: int) -> Character:
        """The character with this id; KeyError when there is none."""
        async with self._locked():
            return await self._characters.get(character_id)

    async def secret_names(self, anime_id: int) -> tuple[tuple[str, int], ...]:
        """Every alias of the anime's characters that an episode reveals, with that episode."""
        async with self._locked():
            return await self._characters.secret_names(anime_id)

    async def resolve_character(self, query: str, anime_id: int | None) -> Character | None:
        """The one character `query` names exactly, or None.

        Exact canonical name or alias (any alias: the user typed it); else a unique first or
        last word of a canonical name ("Redstar"); else a unique canonical-name prefix of at
        least three characters. Case, accents, surrounding quotes and spacing are ignored.
        Variants (typos such as "Rogue") never resolve: they are for linking mentions only, and
        `character_choices` offers the right name instead. Word and prefix matching look at
        canonical names only, so a partial query can never reveal a spoiler alias.
        """
        q = fold(query)
        if not q:
            return None
        async with self._locked():
            return await self._characters.resolve(q, anime_id)

    async def anime_with_character(self, query: str) -> list[int]:
        """The anime in which `query` names one character, as `resolve_character` would find
        it there, by id."""
        q = fold(query)
        if not q:
            return []
        async with self._locked():
            return await self._characters.anime_resolving(q)

    async def character_choices(
        self,
        query: str,
        anime_id: int | None,
        limit: int = AUTOCOMPLETE.count,
        progress: int | None = None,
    ) -> list[CharacterChoice]:
        """Autocomplete / did-you-mean candidates, best first; never offers a spoiler alias.

        An alias revealed in a later episode than `progress` (or any revealed alias when
        progress is None) is never matched or shown; variants are never shown.
        """
        limit = max(0, min(limit, self._limits.count))
        if limit == 0:
            return []
        async with self._locked():
            return await self._characters.choices(fold(query), anime_id, limit, progress)

    async def mentions(self, character_id: int, limit: int = 5) -> list[Mention]:
        """Distinct sentences naming the character: review sections first, then by document."""
        if limit <= 0:
            return []
        async with self._locked():
            return await self._characters.mentions(character_id, limit)

    # ----------------------------------------------------------------- search

    async def flush_search_index(self) -> None:
        """Index every queued section now (search does this itself when it needs to)."""
        async with self._locked():
            await self._search.flush()

    async def search(self, query: str, anime_id: int | None, limit: int = 10) -> list[SearchHit]:
        """Full-text search, best first (SQLite: bm25; PostgreSQL: ts_rank_cd). User text is
        only ever quoted words of the engine's query syntax.

        All words must match; when nothing does and there are several words, any word may.
        The snippet is plain text (no markers) of about 30 words around the best hit.
        """
        terms = search_terms(query)
        if not terms or limit <= 0:
            return []
        async with self._locked():
            return await self._search.search(terms, anime_id, limit)

    # ----------------------------------------------------------------- preferences

    async def readers(self, user_id: int, guild_id: int | None, anime_id: int) -> Readers:
        """What gates a reply: the user's own progress, the server's default, and the server's
        spoiler policy. One round trip: this runs before every lookup."""
        async with self._locked():
            return await self._preferences.readers(user_id, guild_id, anime_id)

    async def thread_topic(self, thread_id: int) -> tuple[int, int] | None:
        """The (anime id, episode) of a discussion thread the bot made (episode -1: season)."""
        async with self._locked():
            return await self._preferences.thread_topic(thread_id)

    async def get_progress(self, user_id: int, anime_id: int) -> int | None:
        async with self._locked():
            return await self._preferences.get_progress(user_id, anime_id)

    async def set_progress(self, user_id: int, anime_id: int, episode: int) -> None:
        async with self._locked():
            await self._preferences.set_progress(user_id, anime_id, episode)

    async def clear_progress(self, user_id: int, anime_id: int) -> bool:
        """Forget one anime's progress; True when there was one."""
        async with self._locked():
            return await self._preferences.clear_progress(user_id, anime_id) > 0

    async def forget_user(self, user_id: int) -> int:
        """Delete everything stored about a user (/forgetme): progress and ratings, in every
        server; returns the rows deleted."""
        return sum(await self.forget_user_counts(user_id))

    async def forget_user_counts(self, user_id: int) -> tuple[int, int]:
        """:meth:`forget_user`, returning (progress records, ratings) deleted."""
        async with self._locked():
            ratings = await self._ratings.forget_user(user_id)
            return await self._preferences.forget_user(user_id), ratings

    async def guild_settings(self, guild_id: int) -> GuildSettings:
        async with self._locked():
            return await self._preferences.guild_settings(guild_id)

    async def set_spoiler_policy(self, guild_id: int, policy: SpoilerPolicy) -> None:
        async with self._locked():
            await self._preferences.set_spoiler_policy(guild_id, policy)

    async def set_default_anime(self, guild_id: int, anime_id: int | None) -> None:
        async with self._locked():
            await self._preferences.set_default_anime(guild_id, anime_id)

    async def guild_progress(self, guild_id: int, anime_id: int) -> int | None:
        async with self._locked():
            return await self._preferences.guild_progress(guild_id, anime_id)

    async def set_guild_progress(self, guild_id: int, anime_id: int, episode: int | None) -> None:
        async with self._locked():
            await self._preferences.set_guild_progress(guild_id, anime_id, episode)

    async def get_thread(
        self, guild_id: int, anime_id: int, episode: int, channel_id: int
    ) -> int | None:
        async with self._locked():
            return await self._preferences.get_thread(guild_id, anime_id, episode, channel_id)

    async def set_thread(
        self, guild_id: int, anime_id: int, episode: int, channel_id: int, thread_id: int
    ) -> None:
        async with self._locked():
            await self._preferences.set_thread(guild_id, anime_id, episode, channel_id, thread_id)

    async def forget_thread(self, thread_id: int) -> None:
        async with self._locked():
            await self._preferences.forget_thread(thread_id)

    async def forget_guild(self, guild_id: int) -> int:
        """Delete a server's settings, default progress, thread records and its members'
        ratings (bot removed)."""
        async with self._locked():
            return await self._ratings.forget_guild(
                guild_id
            ) + await self._preferences.forget_guild(guild_id)

    # ----------------------------------------------------------------- AniList answers

    async def cached_anilist_response(self, key: str, now: float) -> str | None:
        """The AniList answer (JSON text) kept under `key`, unless it expired by `now`."""
        async with self._locked():
            return await self._anilist_cache.get(key, now)

    async def cache_anilist_response(
        self, key: str, response: str, now: float, expires_at: float
    ) -> None:
        """Keep an AniList answer (JSON text) until `expires_at`; drops answers expired by `now`."""
        async with self._locked():
            await self._anilist_cache.put(key, response, now, expires_at)

    # ----------------------------------------------------------------- ratings

    async def get_rating(
        self, guild_id: int, anime_id: int, episode: int, user_id: int
    ) -> int | None:
        """A member's rating (1-10) of an episode in one server, or None."""
        async with self._locked():
            return await self._ratings.get(guild_id, anime_id, episode, user_id)

    async def set_rating(
        self, guild_id: int, anime_id: int, episode: int, user_id: int, score: int
    ) -> None:
        """Record a member's rating (1-10); rating again replaces it. The caller checks that
        the member's own progress covers the episode."""
        if not 1 <= score <= 10:
            raise ValueError(f"a rating is 1-10, not {score}")
        async with self._locked():
            await self._ratings.set(guild_id, anime_id, episode, user_id, score)

    async def clear_rating(self, guild_id: int, anime_id: int, episode: int, user_id: int) -> bool:
        """Remove a member's rating; True when there was one."""
        async with self._locked():
            return await self._ratings.clear(guild_id, anime_id, episode, user_id) > 0

    async def member_aggregates(self, guild_id: int, anime_id: int) -> dict[int, MemberAggregate]:
        """One server's ratings of an anime per episode (count and total, by the database)."""
        async with self._locked():
            return await self._ratings.members(guild_id, anime_id)

    async def member_aggregate(
        self, guild_id: int, anime_id: int, episode: int
    ) -> MemberAggregate | None:
        """One server's ratings of one episode, or None when nobody rated it."""
        async with self._locked():
            return await self._ratings.member(guild_id, anime_id, episode)

    async def critic_scores(self, anime_id: int, episode: int | None = None) -> list[CriticScore]:
        """The scored documents of an anime (of one episode when given): kind, episode and
        normalised score only, for bot.ratings' aggregates."""
        async with self._locked():
            return await self._ratings.critics(anime_id, episode)

    async def forget_guild_feeds(self, guild_id: int) -> int:
        """Delete a server's announce settings, announcements and feed follows (bot removed);
        a feed no one follows any more goes with them."""
        async with self._locked():
            return await self._feeds.forget_guild(guild_id)

    # ----------------------------------------------------------------- feeds

    async def add_feed(
        self,
        url: str,
        *,
        title: str | None = None,
        anime: str | None = None,
        full_text: bool = False,
        operator: bool = False,
        now: str,
    ) -> int | None:
        """Follow a new feed URL; its id, or None when that URL is followed already."""
        async with self._locked():
            return await self._feeds.add(
                url, title=title, anime=anime, full_text=full_text, operator=operator, now=now
            )

    async def make_operator_feed(self, feed_id: int, *, full_text: bool) -> None:
        async with self._locked():
            await self._feeds.make_operator(feed_id, full_text=full_text)

    async def get_feed(self, feed_id: int) -> FeedRecord | None:
        async with self._locked():
            return await self._feeds.get(feed_id)

    async def feed_by_url(self, url: str) -> FeedRecord | None:
        async with self._locked():
            return await self._feeds.by_url(url)

    async def list_feeds(self, guild_id: int | None = None) -> list[FeedRecord]:
        """Every feed (None), or what a server sees: its own feeds and the operator's."""
        async with self._locked():
            if guild_id is None:
                return await self._feeds.all()
            return await self._feeds.of_guild(guild_id)

    async def guild_follows(self, feed_id: int, guild_id: int) -> bool:
        async with self._locked():
            return await self._feeds.follows(feed_id, guild_id)

    async def guild_feed_count(self, guild_id: int) -> int:
        async with self._locked():
            return await self._feeds.guild_count(guild_id)

    async def follow_feed(self, feed_id: int, guild_id: int, user_id: int, *, now: str) -> bool:
        async with self._locked():
            return await self._feeds.follow(feed_id, guild_id, user_id, now)

    async def unfollow_feed(self, feed_id: int, guild_id: int | None) -> bool:
        """A server (None: the operator) stops following; an orphaned feed is deleted."""
        async with self._locked():
            return await self._feeds.unfollow(feed_id, guild_id)

    async def delete_feed(self, feed_id: int) -> bool:
        """Delete a feed for everyone (the bot owner's /feeds remove, `feeds remove`)."""
        async with self._locked():
            return await self._feeds.delete(feed_id)

    async def save_feed_state(self, feed: FeedRecord) -> None:
        async with self._locked():
            await self._feeds.save_state(feed)

    async def entry_seen(self, feed_id: int, key: str, link: str | None) -> bool:
        async with self._locked():
            return await self._feeds.seen(feed_id, key, link)

    async def claim_entry(self, feed_id: int, key: str, link: str | None, *, now: str) -> bool:
        """Claim a feed entry for this process (one INSERT ... ON CONFLICT DO NOTHING): False
        when it was seen before, by guid or by link, here or in another process."""
        async with self._locked():
            return await self._feeds.claim_entry(feed_id, key, link, now)

    async def finish_entry(
        self,
        feed_id: int,
        key: str,
        *,
        status: str,
        reason: str | None = None,
        document_id: int | None = None,
        excerpt_only: bool = False,
    ) -> None:
        async with self._locked():
            await self._feeds.finish_entry(
                feed_id,
                key,
                status=status,
                reason=reason,
                document_id=document_id,
                excerpt_only=excerpt_only,
            )

    async def release_entry(self, feed_id: int, key: str) -> None:
        """Give a claimed entry back (a transient failure): the next poll tries it again."""
        async with self._locked():
            await self._feeds.release_entry(feed_id, key)

    async def announce_settings(self, guild_id: int) -> AnnounceSettings | None:
        async with self._locked():
            return await self._feeds.announce_settings(guild_id)

    async def set_announce(
        self, guild_id: int, channel_id: int, anime_id: int | None, *, since: str
    ) -> None:
        async with self._locked():
            await self._feeds.set_announce(guild_id, channel_id, anime_id, since)

    async def disable_announce(self, guild_id: int, reason: str) -> None:
        async with self._locked():
            await self._feeds.disable_announce(guild_id, reason)

    async def clear_announce(self, guild_id: int) -> None:
        async with self._locked():
            await self._feeds.clear_announce(guild_id)

    async def pending_announcements(self) -> list[PendingAnnouncement]:
        async with self._locked():
            return await self._feeds.pending()

    async def claim_announcement(self, guild_id: int, document_id: int, *, now: str) -> bool:
        """Take the one announcement of a review in a server; False: it was made already."""
        async with self._locked():
            return await self._feeds.claim_announcement(guild_id, document_id, now)

    async def announcement_sent(self, guild_id: int, document_id: int, message_id: int) -> None:
        async with self._locked():
            await self._feeds.announced(guild_id, document_id, message_id)

    async def document_id_by_hash(self, content_hash: str) -> int | None:
        async with self._locked():
            return await self._feeds.document_by_hash(content_hash)

    async def unclaim_announcement(self, guild_id: int, document_id: int) -> None:
        """Give back an announcement that could not be posted for a passing reason."""
        async with self._locked():
            await self._feeds.unclaim_announcement(guild_id, document_id)

    # ----------------------------------------------------------------- leases

    def lease(self, name: str, ttl: float) -> AbstractAsyncContextManager[Lease]:
        """`async with store.lease("feeds", ttl=60) as lease: if lease: ...` runs background
        work in one process at a time across every process sharing the store; see
        bot/store/leases.py. Never waits: `lease` is false when another process holds it."""
        return holding(self._leases, self._run, name, ttl, self.origin)

    async def _run(self, call: Callable[[], Awaitable[T]]) -> T:
        async with self._locked():
            return await call()
