"""The SQLite store: one aiosqlite connection for the whole bot, typed methods returning models.

Design
------
* One connection, opened by `Store.open()`, in WAL mode with foreign keys on.
* Every statement is a module-level constant with `?` parameters.
* Each public method is ONE call onto the connection's worker thread (`Store._call`): a plain
  synchronous function does all of that method's SQL there, so a lookup costs one thread hop
  and `add_document` (dozens of statements) costs one hop too. An `asyncio.Lock` serialises the
  calls, so a write transaction (`BEGIN IMMEDIATE` ... `COMMIT`, rolled back whole on any
  error) can never interleave with another task's statements.
* In-memory caches (anime names, each anime's characters and their names, the autocomplete
  index, each anime's mention linker, recent search results) are only touched inside those
  calls and are dropped whenever a write changes what they hold (and on any failed write).
* Full-text indexing is batched: new sections are queued (see migration 0001) and indexed
  every FTS_BATCH_SECTIONS sections, before any search, after an ingest run and on close.
* Mentions are stored as (start, end) spans of their section's text (migration 0003).

Adding a method: write `def _thing(self, conn: sqlite3.Connection, ...) -> T` doing the SQL
with `conn` (wrap writes in `with self._writing(conn):`) and expose it as
`async def thing(...) -> T: return await self._call(self._thing, ...)`.
"""

from __future__ import annotations

import asyncio
import bisect
import difflib
import heapq
import json
import logging
import re
import sqlite3
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from math import ceil, floor
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeVar, cast

import aiosqlite

from bot import paths
from bot.models import (
    Alias,
    Anime,
    Catalog,
    CatalogCharacter,
    Character,
    CharacterChoice,
    Document,
    DocumentKind,
    Episode,
    Fact,
    GuildSettings,
    Mention,
    ParsedDocument,
    Score,
    SearchHit,
    Section,
    SectionKind,
    SpoilerPolicy,
)
from bot.text import mentions

log = logging.getLogger(__name__)

T = TypeVar("T")

MIGRATIONS_DIR = paths.migrations_dir("sqlite")

MAX_CHOICES = 25  # Discord: at most 25 autocomplete choices
CHOICE_MAX_LEN = 100  # Discord: choice name and value are 1-100 characters
FUZZY_CUTOFF = 0.6
FUZZY_MAX = 5  # at most this many near misses, and only when nothing matched directly
PREFIX_MIN_LEN = 3
SNIPPET_WORDS = 30  # a search hit's snippet: about this many words around the first match
SNIPPET_WORDS_BEFORE = 8
SEARCH_CACHE_SIZE = 512  # recent search results, dropped whenever documents change
# Queued sections are moved into the full-text index once this many are waiting (see the
# migration: FTS5 costs about 4x more when it indexes on every commit).
FTS_BATCH_SECTIONS = 256
MAX_SEARCH_TOKENS = 16
# bm25 ranks at most this many matching sections (the newest). Ranking every match of a
# common word costs ~100 ms on 40,000 sections; this keeps search in single-digit ms.
SEARCH_CANDIDATES = 500

_MIGRATION_FILE = re.compile(r"^(\d+)_[^/\\]+\.sql$")
_QUOTES_AND_SPACE = "\"'`“”‘’«»„‚‹›「」『』 \t\r\n"
_WORD = re.compile(r"[^\W_]+")

# --------------------------------------------------------------------------- SQL

PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA cache_size = -16384",  # 16 MiB of page cache
    # checkpoint every ~16 MiB of WAL instead of 4 MiB: each checkpoint syncs, and with
    # per-document commits the default one costs about a third of every commit
    "PRAGMA wal_autocheckpoint = 4096",
)
GET_USER_VERSION = "PRAGMA user_version"
HAS_TABLE = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
# PRAGMA cannot take a `?` parameter; the value is always an `int` parsed from a file name
# and formatted with `%d`, so nothing but digits can ever reach this statement.
SET_USER_VERSION = "PRAGMA user_version = %d"
BEGIN = "BEGIN IMMEDIATE"
COMMIT = "COMMIT"
ROLLBACK = "ROLLBACK"

GET_META = "SELECT value FROM meta WHERE key = ?"
DELETE_META = "DELETE FROM meta WHERE key = ?"
# set by a migration that rebuilt the mentions table (0003): Store.migrate re-links them all
RELINK_MENTIONS = "relink_mentions"
SET_META = (
    "INSERT INTO meta (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
ANY_DOCUMENT = "SELECT EXISTS (SELECT 1 FROM documents)"
STATS = """
SELECT (SELECT count(*) FROM anime)      AS anime,
       (SELECT count(*) FROM episodes)   AS episodes,
       (SELECT count(*) FROM documents)  AS documents,
       (SELECT count(*) FROM sections)   AS sections,
       (SELECT count(*) FROM characters) AS characters,
       (SELECT count(*) FROM mentions)   AS mentions
"""

# anime
LIST_ANIME = "SELECT id, slug, title, episode_count FROM anime ORDER BY title COLLATE NOCASE, id"
GET_ANIME = "SELECT id, slug, title, episode_count FROM anime WHERE id = ?"
LIST_ANIME_ALIASES = "SELECT anime_id, name FROM anime_aliases ORDER BY anime_id, name"
ANIME_ALIASES_OF = "SELECT name FROM anime_aliases WHERE anime_id = ?"
ANIME_BY_SLUG = "SELECT id, slug, title, episode_count FROM anime WHERE slug = ?"
SLUG_TAKEN = "SELECT EXISTS (SELECT 1 FROM anime WHERE slug = ?)"
INSERT_ANIME = "INSERT INTO anime (slug, title, episode_count) VALUES (?, ?, ?)"
UPDATE_ANIME = "UPDATE anime SET slug = ?, title = ?, episode_count = ? WHERE id = ?"
INSERT_ANIME_ALIAS = "INSERT OR IGNORE INTO anime_aliases (anime_id, name) VALUES (?, ?)"
DELETE_ANIME_ALIAS = "DELETE FROM anime_aliases WHERE anime_id = ? AND name = ?"

# episodes
LIST_EPISODES = "SELECT anime_id, number, title FROM episodes WHERE anime_id = ? ORDER BY number"
UPSERT_CATALOG_EPISODE = """
INSERT INTO episodes (anime_id, number, title) VALUES (?, ?, ?)
ON CONFLICT (anime_id, number) DO UPDATE SET title = excluded.title
 WHERE excluded.title IS NOT NULL AND episodes.title IS NOT excluded.title
"""
UPSERT_DOCUMENT_EPISODE = """
INSERT INTO episodes (anime_id, number, title) VALUES (?, ?, ?)
ON CONFLICT (anime_id, number) DO UPDATE SET title = excluded.title
 WHERE episodes.title IS NULL AND excluded.title IS NOT NULL
"""

# documents and sections
DOCUMENT_BY_HASH = "SELECT id FROM documents WHERE content_hash = ?"
INSERT_DOCUMENT = """
INSERT INTO documents (anime_id, title, kind, episode, episode_title, score_raw, score_value,
                       score_scale, score_100, url, author, published, source_name, content_hash)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
INSERT_SECTION = """
INSERT INTO sections (document_id, position, kind, heading, text, spoiler, about_episode)
VALUES (?, ?, ?, ?, ?, ?, ?)
"""
# The last two parameters are a JSON array of wanted kinds, given twice (NULL: every kind).
DOCUMENTS_FOR = """
SELECT d.id, d.anime_id, a.title AS anime_title, d.title, d.kind, d.episode, d.episode_title,
       d.score_raw, d.score_value, d.score_scale, d.url, d.author, d.published, d.source_name
  FROM documents AS d JOIN anime AS a ON a.id = d.anime_id
 WHERE d.anime_id = ? AND d.episode IS ?
   AND (? IS NULL OR d.kind IN (SELECT value FROM json_each(?)))
 ORDER BY d.id
"""
SECTIONS_FOR = """
SELECT s.id, s.document_id, s.position, s.kind, s.heading, s.text, s.spoiler, s.about_episode
  FROM documents AS d JOIN sections AS s ON s.document_id = d.id
 WHERE d.anime_id = ? AND d.episode IS ?
   AND (? IS NULL OR d.kind IN (SELECT value FROM json_each(?)))
 ORDER BY s.document_id, s.position
"""
SECTIONS_OF_ANIME = """
SELECT s.id, s.text
  FROM documents AS d JOIN sections AS s ON s.document_id = d.id
 WHERE d.anime_id = ?
 ORDER BY s.id
"""
EPISODES_WITH_SECTION_KIND = """
SELECT DISTINCT d.episode
  FROM documents AS d JOIN sections AS s ON s.document_id = d.id
 WHERE d.anime_id = ? AND d.episode IS NOT NULL AND s.kind = ?
 ORDER BY d.episode
"""

# characters
CHARACTERS_OF_ANIME = "SELECT id, name, voice_actor FROM characters WHERE anime_id = ? ORDER BY id"
CHARACTER_ALIASES_OF_ANIME = """
SELECT ca.character_id, ca.name, ca.revealed_in, ca.is_variant
  FROM characters AS c JOIN character_aliases AS ca ON ca.character_id = c.id
 WHERE c.anime_id = ?
 ORDER BY ca.rowid
"""
# The anime id is given twice (NULL: every anime).
CACHE_CHARACTERS = """
SELECT id, anime_id, name, voice_actor FROM characters WHERE ? IS NULL OR anime_id = ? ORDER BY id
"""
CACHE_ALIASES = """
SELECT ca.character_id, ca.name, ca.revealed_in, ca.is_variant
  FROM characters AS c JOIN character_aliases AS ca ON ca.character_id = c.id
 WHERE ? IS NULL OR c.anime_id = ?
 ORDER BY ca.rowid
"""
GET_CHARACTER = """
SELECT c.id, c.anime_id, a.title AS anime_title, c.name, c.voice_actor, c.description,
       c.first_episode
  FROM characters AS c JOIN anime AS a ON a.id = c.anime_id
 WHERE c.id = ?
"""
CHARACTER_ALIASES = """
SELECT name, revealed_in FROM character_aliases
 WHERE character_id = ? AND is_variant = 0
 ORDER BY revealed_in IS NOT NULL, revealed_in, rowid
"""
CHARACTER_ALIAS_ROWS = (
    "SELECT name, revealed_in, is_variant FROM character_aliases WHERE character_id = ?"
)
CHARACTER_FACTS = (
    "SELECT text, revealed_in FROM character_facts WHERE character_id = ? ORDER BY position"
)
CHARACTER_BY_NAME = """
SELECT id, name, voice_actor, description, first_episode FROM characters
 WHERE anime_id = ? AND name = ?
"""
INSERT_CHARACTER = """
INSERT INTO characters (anime_id, name, voice_actor, description, first_episode)
VALUES (?, ?, ?, ?, ?)
"""
UPDATE_CHARACTER = """
UPDATE characters SET voice_actor = ?, description = ?, first_episode = ? WHERE id = ?
"""
FILL_VOICE_ACTOR = "UPDATE characters SET voice_actor = ? WHERE id = ? AND voice_actor IS NULL"
DELETE_CHARACTER = "DELETE FROM characters WHERE id = ?"
INSERT_CHARACTER_ALIAS = """
INSERT INTO character_aliases (character_id, name, revealed_in, is_variant) VALUES (?, ?, ?, ?)
"""
UPDATE_CHARACTER_ALIAS = """
UPDATE character_aliases SET name = ?, revealed_in = ?, is_variant = ?
 WHERE character_id = ? AND name = ?
"""
DELETE_CHARACTER_ALIAS = "DELETE FROM character_aliases WHERE character_id = ? AND name = ?"
DELETE_CHARACTER_FACTS = "DELETE FROM character_facts WHERE character_id = ?"
INSERT_CHARACTER_FACT = """
INSERT INTO character_facts (character_id, position, text, revealed_in) VALUES (?, ?, ?, ?)
"""
MOVE_MENTIONS = "UPDATE OR IGNORE mentions SET character_id = ? WHERE character_id = ?"

# mentions: (character, section, start, end); the sentence is sections.text[start:end]
INSERT_MENTION = """
INSERT OR IGNORE INTO mentions (character_id, section_id, start, end) VALUES (?, ?, ?, ?)
"""
DELETE_MENTION = "DELETE FROM mentions WHERE character_id = ? AND section_id = ? AND start = ?"
MENTIONS_OF_ANIME = """
SELECT m.character_id, m.section_id, m.start, m.end
  FROM characters AS c JOIN mentions AS m ON m.character_id = c.id
 WHERE c.anime_id = ?
"""
# Each (section of the document) x (character of its anime) is one primary-key probe of
# mentions; CROSS JOIN fixes that loop order (else SQLite may walk a character's every mention).
LINKED_NAMES = """
SELECT c.name
  FROM documents AS d
 CROSS JOIN sections AS s
 CROSS JOIN characters AS c
 CROSS JOIN mentions AS m
 WHERE d.id = ? AND s.document_id = d.id AND c.anime_id = d.anime_id
   AND m.character_id = c.id AND m.section_id = s.id
 GROUP BY c.id
 ORDER BY min(s.position), min(m.start), c.id
"""
# Walks the primary key in (section, start) order, which is document order (sections are
# inserted with their document), so the caller can stop early. SQLite's substr() counts
# characters, like Python's str offsets the store wrote.
MENTIONS_OF_CHARACTER = """
SELECT m.character_id, m.section_id, s.document_id, d.title AS document_title,
       d.kind AS document_kind, d.url, d.episode, s.spoiler, s.about_episode,
       substr(s.text, m.start + 1, m.end - m.start) AS sentence
  FROM mentions AS m
  JOIN sections AS s ON s.id = m.section_id
  JOIN documents AS d ON d.id = s.document_id
 WHERE m.character_id = ? AND s.kind = ?
 ORDER BY m.section_id, m.start
"""

# full-text index queue
FTS_PENDING_COUNT = "SELECT count(*) FROM sections_fts_pending"
FTS_INDEX_PENDING = """
INSERT INTO sections_fts (rowid, text)
SELECT s.id, s.text
  FROM sections_fts_pending AS p CROSS JOIN sections AS s ON s.id = p.section_id
 ORDER BY p.section_id
"""
FTS_CLEAR_PENDING = "DELETE FROM sections_fts_pending"

# search, step 1: the best `limit` of the newest SEARCH_CANDIDATES matches, by bm25 (rank).
# Params: match, anime id, anime id (NULL: any anime), candidates, limit.
SEARCH_CANDIDATES_SQL = """
SELECT id, score FROM (
    SELECT sections_fts.rowid AS id, sections_fts.rank AS score
      FROM sections_fts
      JOIN sections AS s ON s.id = sections_fts.rowid
      JOIN documents AS d ON d.id = s.document_id
     WHERE sections_fts MATCH ? AND (? IS NULL OR d.anime_id = ?)
     ORDER BY sections_fts.rowid DESC
     LIMIT ?
)
 ORDER BY score, id
 LIMIT ?
"""
# search, step 2: the hits, with their section text (the snippet is cut from it in Python:
# FTS5's snippet() re-reads a term's whole doclist per row, ~1.5 ms a hit for common words).
# Param: a JSON array of section ids.
SEARCH_HITS = """
SELECT s.id AS section_id, s.document_id, d.title AS document_title, a.title AS anime_title,
       s.kind, d.episode, s.spoiler, s.about_episode, s.text
  FROM json_each(?) AS j
 CROSS JOIN sections AS s ON s.id = j.value
  JOIN documents AS d ON d.id = s.document_id
  JOIN anime AS a ON a.id = d.anime_id
"""

# --------------------------------------------------------------------------- public types


# ---- preferences: progress, server settings, episode threads (migration 0002)
READER = """
SELECT
    (SELECT episode FROM user_progress WHERE user_id = ? AND anime_id = ?) AS own,
    (SELECT episode FROM guild_progress WHERE guild_id = ? AND anime_id = ?) AS server,
    (SELECT spoiler_policy FROM guild_settings WHERE guild_id = ?) AS policy
"""
GET_PROGRESS = "SELECT episode FROM user_progress WHERE user_id = ? AND anime_id = ?"
SET_PROGRESS = """
INSERT INTO user_progress (user_id, anime_id, episode) VALUES (?, ?, ?)
ON CONFLICT (user_id, anime_id) DO UPDATE SET
    episode = excluded.episode, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
"""
CLEAR_PROGRESS = "DELETE FROM user_progress WHERE user_id = ? AND anime_id = ?"
FORGET_USER = "DELETE FROM user_progress WHERE user_id = ?"
GET_GUILD_SETTINGS = (
    "SELECT spoiler_policy, default_anime_id FROM guild_settings WHERE guild_id = ?"
)
SET_GUILD_POLICY = """
INSERT INTO guild_settings (guild_id, spoiler_policy) VALUES (?, ?)
ON CONFLICT (guild_id) DO UPDATE SET spoiler_policy = excluded.spoiler_policy
"""
SET_GUILD_DEFAULT_ANIME = """
INSERT INTO guild_settings (guild_id, default_anime_id) VALUES (?, ?)
ON CONFLICT (guild_id) DO UPDATE SET default_anime_id = excluded.default_anime_id
"""
GET_GUILD_PROGRESS = "SELECT episode FROM guild_progress WHERE guild_id = ? AND anime_id = ?"
SET_GUILD_PROGRESS = """
INSERT INTO guild_progress (guild_id, anime_id, episode) VALUES (?, ?, ?)
ON CONFLICT (guild_id, anime_id) DO UPDATE SET episode = excluded.episode
"""
CLEAR_GUILD_PROGRESS = "DELETE FROM guild_progress WHERE guild_id = ? AND anime_id = ?"
GET_THREAD = """
SELECT thread_id FROM guild_threads
WHERE guild_id = ? AND anime_id = ? AND episode = ? AND channel_id = ?
"""
SET_THREAD = """
INSERT INTO guild_threads (guild_id, anime_id, episode, channel_id, thread_id)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT (guild_id, anime_id, episode, channel_id) DO UPDATE SET thread_id = excluded.thread_id
"""
FORGET_THREAD = "DELETE FROM guild_threads WHERE thread_id = ?"
FORGET_GUILD = (
    "DELETE FROM guild_settings WHERE guild_id = ?",
    "DELETE FROM guild_progress WHERE guild_id = ?",
    "DELETE FROM guild_threads WHERE guild_id = ?",
)


class MigrationError(RuntimeError):
    """The migrations directory is inconsistent (gap, duplicate, bad name) or behind the DB."""


@dataclass(frozen=True, slots=True)
class AddResult:
    document_id: int
    added: bool  # False: the same content_hash was already stored and nothing was written
    characters: tuple[str, ...]  # canonical names of the characters linked to the document


# --------------------------------------------------------------------------- name helpers


def fold(text: str) -> str:
    """A name as compared: accents removed, case-folded, quotes/whitespace trimmed and collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = plain.replace("’", "'").replace("‘", "'")
    return " ".join(plain.strip(_QUOTES_AND_SPACE).split())


def _tokens(folded: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(folded))


def _fit(text: str, limit: int = CHOICE_MAX_LEN) -> str:
    """`text` on one line in at most `limit` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def slugify(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    return slug or "anime"


def _one_transposition(a: str, b: str) -> bool:
    """True when b is a with two adjacent letters swapped ("rogue" / "rouge")."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


def _names_pattern(names: Iterable[str], flags: int = 0) -> re.Pattern[str] | None:
    """One word-bounded alternation of `names` (longest first); any whitespace inside a name."""
    unique = sorted({" ".join(n.split()) for n in names if n.strip()}, key=len, reverse=True)
    if not unique:
        return None
    body = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in unique)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)


# --------------------------------------------------------------------------- caches


@dataclass(frozen=True, slots=True)
class _AnimeIndex:
    ordered: tuple[Anime, ...]  # by title
    by_name: dict[str, Anime]  # folded title, slug and aliases -> anime (lowest id wins)
    names: dict[int, frozenset[str]]  # anime id -> its folded names


@dataclass(frozen=True, slots=True)
class _CachedAlias:
    name: str
    key: str
    tokens: tuple[str, ...]
    revealed_in: int | None
    variant: bool

    def visible(self, progress: int | None) -> bool:
        """May this alias be offered as a choice to someone at `progress`?"""
        if self.variant:
            return False
        return self.revealed_in is None or (progress is not None and self.revealed_in <= progress)


@dataclass(frozen=True, slots=True)
class _CachedCharacter:
    id: int
    anime_id: int
    name: str
    key: str
    tokens: tuple[str, ...]
    aliases: tuple[_CachedAlias, ...]
    voice_actor: str | None
    value: str  # what a choice submits: the canonical name, 1-100 characters
    shown: str  # what a choice shows when the canonical name matched: 1-100 characters


_MASK_OCCURRENCES = 4  # a character's first 4 occurrences in a name get bits of their own


@dataclass(slots=True)
class _ChoiceIndex:
    """One anime's (or every anime's) names, laid out for fast autocomplete ranking.

    Only names a choice may show: canonical names and aliases, never variants. Built once
    per change of the characters, like the list it is built from.

    Prefix tiers are bisected in sorted lists. For near misses every distinct name and word
    is a candidate, grouped by length, with a bitmask holding one bit per (character, nth
    occurrence): the popcount of (query mask & candidate mask) is the number of characters
    the two share with multiplicity, an upper bound of difflib's matches found in one step.
    """

    entries: list[_CachedCharacter]  # in key order
    keys: list[str]  # entries' keys, for bisect
    # non-variant aliases as (folded alias, entry position, rank, alias), sorted; their keys
    aliases: list[tuple[str, int, int, _CachedAlias]]
    alias_keys: list[str]
    # every word of those names as (word, entry position, rank, alias or None), sorted
    words: list[tuple[str, int, int, _CachedAlias | None]]
    word_keys: list[str]
    candidates: list[str]  # every distinct name and word
    masks: list[int]
    by_length: dict[int, list[int]]  # length -> candidate numbers
    owners: list[list[tuple[int, int, _CachedAlias | None]]]  # per candidate: who goes by it
    bits: dict[str, int]  # character -> its bit group
    # per entry: (candidate number, rank: -1 for the canonical name else the alias's index, alias)
    owned: list[list[tuple[int, int, _CachedAlias | None]]]

    @classmethod
    def build(cls, entries: list[_CachedCharacter]) -> _ChoiceIndex:
        aliases: list[tuple[str, int, int, _CachedAlias]] = []
        words: list[tuple[str, int, int, _CachedAlias | None]] = []
        numbers: dict[str, int] = {}
        owned: list[list[tuple[int, int, _CachedAlias | None]]] = []
        for position, e in enumerate(entries):
            names: list[tuple[int, str, tuple[str, ...], _CachedAlias | None]] = [
                (-1, e.key, e.tokens, None)
            ]
            names += [(i, a.key, a.tokens, a) for i, a in enumerate(e.aliases) if not a.variant]
            mine: list[tuple[int, int, _CachedAlias | None]] = []
            for rank, key, tokens, alias in names:
                if alias is not None:
                    aliases.append((key, position, rank, alias))
                for token in tokens:
                    words.append((token, position, rank, alias))
                for candidate in dict.fromkeys((key, *tokens)):
                    number = numbers.setdefault(candidate, len(numbers))
                    mine.append((number, rank, alias))
            owned.append(mine)
        aliases.sort(key=lambda a: (a[0], a[1], a[2]))
        words.sort(key=lambda w: (w[0], w[1], w[2]))
        candidates = list(numbers)
        owners: list[list[tuple[int, int, _CachedAlias | None]]] = [[] for _ in candidates]
        for position, mine in enumerate(owned):
            for number, rank, alias in mine:
                owners[number].append((position, rank, alias))
        by_length: dict[int, list[int]] = {}
        bits: dict[str, int] = {}
        for number, candidate in enumerate(candidates):
            by_length.setdefault(len(candidate), []).append(number)
            for ch in candidate:
                bits.setdefault(ch, len(bits))
        index = cls(
            entries=entries,
            keys=[e.key for e in entries],
            aliases=aliases,
            alias_keys=[a[0] for a in aliases],
            words=words,
            word_keys=[w[0] for w in words],
            candidates=candidates,
            masks=[],
            by_length=by_length,
            owners=owners,
            bits=bits,
            owned=owned,
        )
        index.masks = [index.mask(c)[0] for c in candidates]
        return index

    def mask(self, text: str) -> tuple[int, int]:
        """(bitmask, slack): slack counts occurrences past the ones with bits of their own."""
        mask = slack = 0
        seen: dict[str, int] = {}
        for ch in text:
            nth = seen.get(ch, 0)
            seen[ch] = nth + 1
            group = self.bits.get(ch)
            if group is None:
                continue  # no candidate has this character: it can match nothing
            if nth >= _MASK_OCCURRENCES:
                slack += 1
            else:
                mask |= 1 << (group * _MASK_OCCURRENCES + nth)
        return mask, slack


def _prefixed(keys: list[str], q: str) -> range:
    """The run of sorted `keys` that start with `q`."""
    start = bisect.bisect_left(keys, q)
    stop = bisect.bisect_left(keys, q + "\U0010ffff", start)
    while stop < len(keys) and keys[stop].startswith(q):  # keys holding U+10FFFF itself
        stop += 1
    return range(start, stop)


def _lcs_length(pattern: Mapping[str, int], size: int, text: str) -> int:
    """Longest common subsequence of a string of `size` characters (given as `pattern`:
    character -> bitmask of its positions) and `text`; bit-parallel (Hyyrö 2004)."""
    full = (1 << size) - 1
    v = full
    for ch in text:
        u = v & pattern.get(ch, 0)
        v = ((v + u) | (v - u)) & full
    return size - v.bit_count()


@dataclass(slots=True)
class _Linker:
    """Everything needed to link one anime's characters to sentences, built once per change."""

    names: dict[int, tuple[str, ...]]  # character id -> every name it goes by in documents
    canonical: dict[int, str]
    title_mask: re.Pattern[str] | None  # the anime's own names, any case ("Metallic Rouge")
    _patterns: dict[int, re.Pattern[str] | None] = field(default_factory=dict)

    def _pattern(self, character_id: int) -> re.Pattern[str] | None:
        """The character's names, case-sensitive like mentions.find_mentions."""
        if character_id not in self._patterns:
            self._patterns[character_id] = _names_pattern(self.names.get(character_id, ()))
        return self._patterns[character_id]

    def find(self, section_id: int, text: str) -> list[tuple[int, int, int, int]]:
        """(character id, section id, start, end) for each sentence of `text` naming a
        character, the sentence being text[start:end].

        A "mention" found only inside the anime's own title ("Metallic Rouge" is not Rouge)
        does not count.
        """
        if not self.names:
            return []
        found: list[tuple[int, int, int, int]] = []
        cursor = 0
        last: str | None = None
        span: tuple[int, int] | None = None
        masked: str | None = None  # the sentence without the anime's title, when it had one
        # Compatibility path until the linker stores MentionSpan offsets and _locate goes.
        for character_id, sentence in mentions.mention_sentences(text, self.names):
            if sentence != last:  # the same sentence comes once per character it names
                last, span, masked = sentence, _locate(text, sentence, cursor), None
                if span is None:
                    log.warning(
                        "Could not place a sentence in section %d: %.60r", section_id, sentence
                    )
                    continue
                cursor = span[1]
                if self.title_mask is not None and self.title_mask.search(sentence):
                    masked = self.title_mask.sub(" ", sentence)
            if span is None:
                continue
            if masked is not None:
                pattern = self._pattern(character_id)
                if pattern is None or not pattern.search(masked):
                    continue  # named only inside the title
            found.append((character_id, section_id, *span))
        return found


def _locate(text: str, sentence: str, start: int) -> tuple[int, int] | None:
    """Where `sentence` (as mentions.mention_sentences gives it) is in `text`, from `start`.

    find_mentions returns the sentence stripped, with line breaks (and, in text with odd
    whitespace, every whitespace run) turned into single spaces.
    """
    at = text.find(sentence, start)
    if at >= 0:
        return at, at + len(sentence)
    words = sentence.split()
    if not words:
        return None
    match = re.compile(r"\s+".join(map(re.escape, words))).search(text, start)
    return match.span() if match else None


_KIND_ORDER = {kind: i for i, kind in enumerate(DocumentKind)}


# --------------------------------------------------------------------------- row mapping


def _row_score(row: sqlite3.Row) -> Score | None:
    if row["score_raw"] is None:
        return None
    return Score(raw=row["score_raw"], value=row["score_value"], scale=row["score_scale"])


def _row_section(row: sqlite3.Row) -> Section:
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


def _row_document(row: sqlite3.Row, sections: Iterable[Section] = ()) -> Document:
    return Document(
        id=row["id"],
        anime_id=row["anime_id"],
        anime_title=row["anime_title"],
        title=row["title"],
        kind=DocumentKind(row["kind"]),
        episode=row["episode"],
        episode_title=row["episode_title"],
        score=_row_score(row),
        url=row["url"],
        author=row["author"],
        published=row["published"],
        source_name=row["source_name"],
        sections=tuple(sections),
    )


def _row_anime(row: sqlite3.Row) -> Anime:
    return Anime(
        id=row["id"], slug=row["slug"], title=row["title"], episode_count=row["episode_count"]
    )


def _kinds_json(kinds: Collection[DocumentKind] | None) -> str | None:
    if kinds is None:
        return None
    return json.dumps(sorted(str(DocumentKind(k)) for k in kinds))


# --------------------------------------------------------------------------- the store


class Store:
    """The bot's one database connection. Build it with `await Store.open(path)`."""

    def __init__(self, connection: aiosqlite.Connection, path: str) -> None:
        self._conn = connection
        self.path = path
        self._lock = asyncio.Lock()
        self._anime_index: _AnimeIndex | None = None
        self._character_cache: dict[int | None, list[_CachedCharacter]] = {}
        self._choice_cache: dict[int | None, _ChoiceIndex] = {}
        self._linkers: dict[int, _Linker] = {}
        self._fts_pending: int | None = None  # sections waiting for the index; None: unknown
        self._search_cache: OrderedDict[tuple[Any, ...], list[SearchHit]] = OrderedDict()

    # ----------------------------------------------------------------- lifecycle

    @classmethod
    async def open(cls, path: str | Path) -> Store:
        """Open (creating the file and its directory if needed) and configure the database."""
        location = str(path)
        if location != ":memory:" and not location.startswith("file:"):
            Path(location).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: no implicit transactions; this class issues BEGIN/COMMIT itself.
        connection = await aiosqlite.connect(location, isolation_level=None)
        try:
            connection.row_factory = aiosqlite.Row
            for pragma in PRAGMAS:
                await connection.execute(pragma)
        except BaseException:
            await connection.close()
            raise
        log.debug("Opened the store at %s", location)
        return cls(connection, location)

    async def close(self) -> None:
        """Index what this session queued for search, then close the connection."""
        if self._fts_pending:  # (a queue left by an earlier crash is indexed by the next search)
            try:
                await self.flush_search_index()
            except (sqlite3.Error, ValueError):
                log.exception("Could not update the search index before closing")
        async with self._lock:
            await self._conn.close()
            self._forget_all()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # ----------------------------------------------------------------- plumbing

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(sqlite3_connection, *args)` on the connection's own thread, one at a time.

        aiosqlite runs every statement on one worker thread; `_execute` queues a callable
        there (aiosqlite is pinned to <0.23 in pyproject.toml, where it has this signature).
        Doing a whole operation in one callable costs one thread hop instead of one per
        statement, which is what makes ingest and lookups fast.
        """
        async with self._lock:
            raw = self._conn._conn  # the sqlite3.Connection; ValueError once closed
            return cast(T, await self._conn._execute(fn, raw, *args))

    @contextmanager
    def _writing(self, conn: sqlite3.Connection) -> Iterator[None]:
        """One write transaction, committed whole or rolled back whole (caches dropped)."""
        conn.execute(BEGIN)
        try:
            yield
            conn.execute(COMMIT)
        except BaseException:
            self._forget_all()
            if conn.in_transaction:
                try:
                    conn.execute(ROLLBACK)
                except sqlite3.Error:
                    log.exception("Rollback failed")
            raise

    def _forget_all(self) -> None:
        self._fts_pending = None
        self._search_cache.clear()
        self._anime_index = None
        self._character_cache.clear()
        self._choice_cache.clear()
        self._linkers.clear()

    def _forget_characters(self, anime_id: int) -> None:
        for cache in (self._character_cache, self._choice_cache):
            cache.pop(anime_id, None)
            cache.pop(None, None)
        self._linkers.pop(anime_id, None)

    def _forget_anime(self) -> None:
        self._anime_index = None
        self._search_cache.clear()  # hits carry anime titles
        self._linkers.clear()  # title masks come from the anime's names

    # ----------------------------------------------------------------- migrations

    async def migrate(self, migrations_dir: Path = MIGRATIONS_DIR) -> int:
        """Apply every numbered migration above PRAGMA user_version; return the version.

        Each file runs in its own transaction together with the user_version bump, so a
        failing file leaves the database at the previous version. Idempotent.
        """
        migrations = [
            (n, p, p.read_text(encoding="utf-8")) for n, p in _migration_files(migrations_dir)
        ]
        return await self._call(self._migrate, migrations, migrations_dir)

    def _migrate(
        self,
        conn: sqlite3.Connection,
        migrations: Sequence[tuple[int, Path, str]],
        migrations_dir: Path,
    ) -> int:
        version = int(conn.execute(GET_USER_VERSION).fetchone()[0])
        latest = migrations[-1][0] if migrations else 0
        if version > latest:
            raise MigrationError(
                f"The database is at schema version {version} but the newest migration "
                f"in {migrations_dir} is {latest}."
            )
        try:
            for number, path, script in migrations:
                if number <= version:
                    continue
                try:
                    # A script cannot be run with parameters; it is our own file, wrapped in one
                    # transaction with the version bump (executescript commits nothing itself
                    # when no transaction is open, isolation_level being None).
                    conn.executescript(
                        f"{BEGIN};\n{script}\n;\n{SET_USER_VERSION % int(number)};\n{COMMIT};"
                    )
                except BaseException:
                    if conn.in_transaction:
                        conn.execute(ROLLBACK)
                    log.exception("Migration %s failed; rolled back", path.name)
                    raise
                log.info("Applied migration %s", path.name)
                version = number
        finally:
            self._forget_all()
        if self._has_table(conn, "meta") and self._get_meta(conn, RELINK_MENTIONS) is not None:
            self._relink_everything(conn)
        return version

    @staticmethod
    def _has_table(conn: sqlite3.Connection, name: str) -> bool:
        return conn.execute(HAS_TABLE, (name,)).fetchone() is not None

    def _relink_everything(self, conn: sqlite3.Connection) -> None:
        """Re-derive every anime's mentions (after a migration rebuilt them)."""
        with self._writing(conn):
            anime_ids = [r["id"] for r in conn.execute(LIST_ANIME)]
            for anime_id in anime_ids:
                self._relink_anime(conn, anime_id)
            conn.execute(DELETE_META, (RELINK_MENTIONS,))
        self._forget_all()
        log.info("Re-linked the mentions of %d anime", len(anime_ids))

    # ----------------------------------------------------------------- meta and stats

    async def get_meta(self, key: str) -> str | None:
        return await self._call(self._get_meta, key)

    @staticmethod
    def _get_meta(conn: sqlite3.Connection, key: str) -> str | None:
        row = conn.execute(GET_META, (key,)).fetchone()
        return None if row is None else str(row["value"])

    async def set_meta(self, key: str, value: str) -> None:
        await self._call(self._set_meta, key, value)

    def _set_meta(self, conn: sqlite3.Connection, key: str, value: str) -> None:
        with self._writing(conn):
            conn.execute(SET_META, (key, value))

    async def is_empty(self) -> bool:
        """True when no document is stored (catalogs alone do not count)."""
        return await self._call(self._is_empty)

    @staticmethod
    def _is_empty(conn: sqlite3.Connection) -> bool:
        return not conn.execute(ANY_DOCUMENT).fetchone()[0]

    async def stats(self) -> dict[str, int]:
        """Row counts: anime, episodes, documents, sections, characters, mentions."""
        return await self._call(self._stats)

    @staticmethod
    def _stats(conn: sqlite3.Connection) -> dict[str, int]:
        row = conn.execute(STATS).fetchone()
        return {key: int(row[key]) for key in row.keys()}  # noqa: SIM118 (sqlite3.Row)

    # ----------------------------------------------------------------- anime

    def _animes(self, conn: sqlite3.Connection) -> _AnimeIndex:
        if self._anime_index is not None:
            return self._anime_index
        ordered = tuple(_row_anime(r) for r in conn.execute(LIST_ANIME))
        aliases: dict[int, set[str]] = {}
        for row in conn.execute(LIST_ANIME_ALIASES):
            aliases.setdefault(row["anime_id"], set()).add(fold(row["name"]))
        names = {
            a.id: frozenset({fold(a.title), fold(a.slug), *aliases.get(a.id, ())}) - {""}
            for a in ordered
        }
        by_name: dict[str, Anime] = {}
        for anime in sorted(ordered, key=lambda a: a.id):
            for name in names[anime.id]:
                by_name.setdefault(name, anime)
        self._anime_index = _AnimeIndex(ordered, by_name, names)
        return self._anime_index

    async def list_anime(self) -> list[Anime]:
        """Every anime, by title."""
        index = self._anime_index  # cached until a write changes the anime: no thread hop
        if index is not None:
            return list(index.ordered)
        return await self._call(self._list_anime)

    def _list_anime(self, conn: sqlite3.Connection) -> list[Anime]:
        return list(self._animes(conn).ordered)

    async def find_anime(self, name: str) -> Anime | None:
        """The anime whose title, slug or alias is `name` (case- and accent-insensitive)."""
        index = self._anime_index  # cached until a write changes the anime: no thread hop
        if index is not None:
            key = fold(name)
            return index.by_name.get(key) if key else None
        return await self._call(self._find_anime, name)

    def _find_anime(self, conn: sqlite3.Connection, name: str) -> Anime | None:
        key = fold(name)
        return self._animes(conn).by_name.get(key) if key else None

    async def anime_choices(self, query: str, limit: int = MAX_CHOICES) -> list[Anime]:
        """Anime for autocomplete: prefix matches, then substring, then fuzzy."""
        return await self._call(self._anime_choices, query, limit)

    def _anime_choices(self, conn: sqlite3.Connection, query: str, limit: int) -> list[Anime]:
        limit = max(0, min(limit, MAX_CHOICES))
        index = self._animes(conn)
        q = fold(query)
        if not q:
            return list(index.ordered[:limit])
        ranked: list[tuple[int, float, int, Anime]] = []
        for position, anime in enumerate(index.ordered):
            names = index.names[anime.id]
            if any(n.startswith(q) for n in names):
                ranked.append((0, 0.0, position, anime))
            elif any(q in n for n in names):
                ranked.append((1, 0.0, position, anime))
            else:
                best = max((difflib.SequenceMatcher(None, q, n).ratio() for n in names), default=0)
                if best >= FUZZY_CUTOFF:
                    ranked.append((2, -best, position, anime))
        ranked.sort(key=lambda r: r[:3])
        return [r[3] for r in ranked[:limit]]

    def _find_or_create_anime(self, conn: sqlite3.Connection, title: str) -> int:
        found = self._find_anime(conn, title)
        if found is not None:
            return found.id
        base = slugify(title)
        slug, n = base, 1
        while conn.execute(SLUG_TAKEN, (slug,)).fetchone()[0]:
            n += 1
            slug = f"{base}-{n}"
        anime_id = int(conn.execute(INSERT_ANIME, (slug, title.strip(), None)).lastrowid or 0)
        self._forget_anime()
        log.info("New anime %r (slug %s) learned from a document", title, slug)
        return anime_id

    async def episodes(self, anime_id: int) -> list[Episode]:
        """The anime's known episodes, by number."""
        return await self._call(self._episodes, anime_id)

    @staticmethod
    def _episodes(conn: sqlite3.Connection, anime_id: int) -> list[Episode]:
        rows = conn.execute(LIST_EPISODES, (anime_id,))
        return [Episode(r["anime_id"], r["number"], r["title"]) for r in rows]

    # ----------------------------------------------------------------- catalog

    async def upsert_catalog(self, catalog: Catalog) -> Anime:
        """Insert or update a curated catalog, then re-link the anime's mentions.

        Running it twice with the same catalog changes nothing.
        """
        return await self._call(self._upsert_catalog, catalog)

    def _upsert_catalog(self, conn: sqlite3.Connection, catalog: Catalog) -> Anime:
        with self._writing(conn):
            anime_id = self._upsert_anime(conn, catalog)
            self._forget_anime()
            conn.executemany(
                UPSERT_CATALOG_EPISODE,
                [(anime_id, e.number, e.title) for e in catalog.episodes],
            )
            curated = {fold(c.name) for c in catalog.characters}
            for character in catalog.characters:
                self._upsert_character(conn, anime_id, character, curated)
            self._forget_characters(anime_id)
            self._relink_anime(conn, anime_id)
            anime = _row_anime(conn.execute(GET_ANIME, (anime_id,)).fetchone())
        log.info(
            "Catalog %r: %d episodes, %d characters",
            catalog.title,
            len(catalog.episodes),
            len(catalog.characters),
        )
        return anime

    def _upsert_anime(self, conn: sqlite3.Connection, catalog: Catalog) -> int:
        row = conn.execute(ANIME_BY_SLUG, (catalog.slug,)).fetchone()
        existing = _row_anime(row) if row else None
        if existing is None:
            for name in (catalog.title, *catalog.aliases):
                existing = self._find_anime(conn, name)
                if existing is not None:
                    break
        if existing is None:
            anime_id = int(
                conn.execute(
                    INSERT_ANIME, (catalog.slug, catalog.title, catalog.episode_count)
                ).lastrowid
                or 0
            )
        else:
            anime_id = existing.id
            count = catalog.episode_count
            if count is None:
                count = existing.episode_count
            wanted = (catalog.slug, catalog.title, count)
            if (existing.slug, existing.title, existing.episode_count) != wanted:
                conn.execute(UPDATE_ANIME, (*wanted, anime_id))
        have = {r["name"] for r in conn.execute(ANIME_ALIASES_OF, (anime_id,))}
        want = {a for a in catalog.aliases if a.strip()}
        for name in sorted(have - want):
            conn.execute(DELETE_ANIME_ALIAS, (anime_id, name))
        for name in catalog.aliases:
            if name in want - have:
                conn.execute(INSERT_ANIME_ALIAS, (anime_id, name))
        return anime_id

    def _upsert_character(
        self,
        conn: sqlite3.Connection,
        anime_id: int,
        cc: CatalogCharacter,
        curated: Collection[str],
    ) -> int:
        row = conn.execute(CHARACTER_BY_NAME, (anime_id, cc.name)).fetchone()
        if row is None:
            character_id = int(
                conn.execute(
                    INSERT_CHARACTER,
                    (anime_id, cc.name, cc.voice_actor, cc.description, cc.first_episode),
                ).lastrowid
                or 0
            )
        else:
            character_id = row["id"]
            wanted = (
                cc.voice_actor if cc.voice_actor is not None else row["voice_actor"],
                cc.description if cc.description is not None else row["description"],
                cc.first_episode if cc.first_episode is not None else row["first_episode"],
            )
            if wanted != (row["voice_actor"], row["description"], row["first_episode"]):
                conn.execute(UPDATE_CHARACTER, (*wanted, character_id))

        # A character learned from a document under one of this character's names (before the
        # catalog knew it) merges into it. Characters the catalog itself names are never merged.
        names = (
            {fold(cc.name)} | {fold(a.name) for a in cc.aliases} | {fold(v) for v in cc.variants}
        )
        for other in conn.execute(CHARACTERS_OF_ANIME, (anime_id,)).fetchall():
            other_key = fold(other["name"])
            if other["id"] != character_id and other_key in names and other_key not in curated:
                conn.execute(MOVE_MENTIONS, (character_id, other["id"]))
                if other["voice_actor"]:
                    conn.execute(FILL_VOICE_ACTOR, (other["voice_actor"], character_id))
                conn.execute(DELETE_CHARACTER, (other["id"],))
                log.info("Merged %r into catalog character %r", other["name"], cc.name)

        # Aliases and variants: one row per name (an alias wins over a variant of the same name).
        want: dict[str, tuple[str, int | None, int]] = {}
        for alias in cc.aliases:
            if alias.name.strip() and alias.name.casefold() != cc.name.casefold():
                want.setdefault(alias.name.casefold(), (alias.name, alias.revealed_in, 0))
        for variant in cc.variants:
            if variant.strip() and variant.casefold() != cc.name.casefold():
                want.setdefault(variant.casefold(), (variant, None, 1))
        have = {
            r["name"].casefold(): (r["name"], r["revealed_in"], r["is_variant"])
            for r in conn.execute(CHARACTER_ALIAS_ROWS, (character_id,))
        }
        for key, (stored_name, _, _) in have.items():
            if key not in want:
                conn.execute(DELETE_CHARACTER_ALIAS, (character_id, stored_name))
        for key, (name, revealed_in, is_variant) in want.items():
            row_values = (name, revealed_in, is_variant)
            if key not in have:
                conn.execute(INSERT_CHARACTER_ALIAS, (character_id, *row_values))
            elif have[key] != row_values:
                conn.execute(UPDATE_CHARACTER_ALIAS, (*row_values, character_id, have[key][0]))

        facts = [(f.text, f.revealed_in) for f in cc.facts]
        stored = [
            (r["text"], r["revealed_in"]) for r in conn.execute(CHARACTER_FACTS, (character_id,))
        ]
        if facts != stored:
            conn.execute(DELETE_CHARACTER_FACTS, (character_id,))
            conn.executemany(
                INSERT_CHARACTER_FACT,
                [(character_id, i, text, revealed) for i, (text, revealed) in enumerate(facts)],
            )
        return character_id

    # ----------------------------------------------------------------- mention linking

    def _linker(self, conn: sqlite3.Connection, anime_id: int) -> _Linker:
        """The anime's mention linker (cached until its characters or names change).

        A character goes by its canonical name, aliases, variants (typos) and its voice actor
        when only that one character of the anime has that actor ("Voiced by Tomoyo Kurosawa,
        she ..." speaks of Naomi).
        """
        linker = self._linkers.get(anime_id)
        if linker is not None:
            return linker
        characters = conn.execute(CHARACTERS_OF_ANIME, (anime_id,)).fetchall()
        names: dict[int, list[str]] = {r["id"]: [r["name"]] for r in characters}
        for row in conn.execute(CHARACTER_ALIASES_OF_ANIME, (anime_id,)):
            names[row["character_id"]].append(row["name"])
        actors: dict[str, list[int]] = {}
        for row in characters:
            if row["voice_actor"]:
                actors.setdefault(row["voice_actor"], []).append(row["id"])
        for actor, ids in actors.items():
            if len(ids) == 1:
                names[ids[0]].append(actor)
        anime = conn.execute(GET_ANIME, (anime_id,)).fetchone()
        titles = [anime["title"]] if anime else []
        titles += [r["name"] for r in conn.execute(ANIME_ALIASES_OF, (anime_id,))]
        linker = _Linker(
            names={cid: tuple(ns) for cid, ns in names.items()},
            canonical={r["id"]: r["name"] for r in characters},
            title_mask=_names_pattern(titles, re.IGNORECASE),
        )
        self._linkers[anime_id] = linker
        return linker

    def _relink_anime(self, conn: sqlite3.Connection, anime_id: int) -> None:
        """Make the mentions of this anime's sections match its current names exactly."""
        linker = self._linker(conn, anime_id)
        want: dict[tuple[int, int, int], int] = {}  # (character, section, start) -> end
        if linker.names:
            for row in conn.execute(SECTIONS_OF_ANIME, (anime_id,)).fetchall():
                for character_id, section_id, start, end in linker.find(row["id"], row["text"]):
                    want.setdefault((character_id, section_id, start), end)
        have = {
            (r["character_id"], r["section_id"], r["start"]): r["end"]
            for r in conn.execute(MENTIONS_OF_ANIME, (anime_id,))
        }
        stale = sorted(key for key, end in have.items() if want.get(key) != end)
        conn.executemany(DELETE_MENTION, stale)
        conn.executemany(
            INSERT_MENTION,
            [(*key, end) for key, end in want.items() if have.get(key) != end],
        )

    # ----------------------------------------------------------------- documents

    async def add_document(self, doc: ParsedDocument) -> AddResult:
        """Store a parsed document in one transaction; the same content twice is a no-op.

        Finds or creates the anime, records the episode title, stores the document, its
        sections (and their full-text rows), learns the characters it names, and links
        mentions. On any error nothing of it stays.
        """
        result = await self._call(self._add_document, doc)
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

    def _add_document(self, conn: sqlite3.Connection, doc: ParsedDocument) -> AddResult:
        with self._writing(conn):
            row = conn.execute(DOCUMENT_BY_HASH, (doc.content_hash,)).fetchone()
            if row is not None:
                linked = conn.execute(LINKED_NAMES, (row["id"],)).fetchall()
                return AddResult(row["id"], False, tuple(r["name"] for r in linked))

            anime_id = self._find_or_create_anime(conn, doc.anime_title)
            if doc.episode is not None:
                conn.execute(UPSERT_DOCUMENT_EPISODE, (anime_id, doc.episode, doc.episode_title))
            score = doc.score
            document_id = int(
                conn.execute(
                    INSERT_DOCUMENT,
                    (
                        anime_id,
                        doc.title,
                        str(doc.kind),
                        doc.episode,
                        doc.episode_title,
                        score.raw if score else None,
                        score.value if score else None,
                        score.scale if score else None,
                        score.score_100 if score else None,
                        doc.url,
                        doc.author,
                        doc.published,
                        doc.source_name,
                        doc.content_hash,
                    ),
                ).lastrowid
                or 0
            )
            cursor = conn.cursor()
            section_ids: list[int] = []
            for position, section in enumerate(doc.sections):
                cursor.execute(
                    INSERT_SECTION,
                    (
                        document_id,
                        position,
                        str(section.kind),
                        section.heading,
                        section.text,
                        int(section.spoiler),
                        section.about_episode,
                    ),
                )
                section_ids.append(int(cursor.lastrowid or 0))

            self._search_cache.clear()
            pending = self._pending_sections(conn) + len(section_ids)
            self._fts_pending = pending
            if pending >= FTS_BATCH_SECTIONS:
                self._index_pending(conn)

            if self._learn_characters(conn, anime_id, doc):
                self._forget_characters(anime_id)

            linker = self._linker(conn, anime_id)
            found: list[tuple[int, int, int, int]] = []
            for section_id, section in zip(section_ids, doc.sections, strict=True):
                found.extend(linker.find(section_id, section.text))
            cursor.executemany(INSERT_MENTION, found)
            # the order LINKED_NAMES gives too: by first sentence, then character id
            order = {sid: i for i, sid in enumerate(section_ids)}
            first = sorted(found, key=lambda m: (order[m[1]], m[2], m[0]))
            names = dict.fromkeys(linker.canonical[m[0]] for m in first)
            return AddResult(document_id, True, tuple(names))

    def _learn_characters(
        self, conn: sqlite3.Connection, anime_id: int, doc: ParsedDocument
    ) -> bool:
        """Create or complete the characters a document names; True when anything changed.

        A name matches a character by canonical name, alias or variant, or by being the
        unique first or last word of one canonical name ("Rouge" -> "Rouge Redstar").
        """
        if not doc.characters:
            return False
        entries = self._characters(conn, anime_id)
        exact: dict[str, int] = {}
        for e in entries:
            exact.setdefault(e.key, e.id)
        for e in entries:
            for a in e.aliases:
                exact.setdefault(a.key, e.id)
        by_word: dict[str, set[int]] = {}
        for e in entries:
            for token in {e.tokens[0], e.tokens[-1]} if e.tokens else ():
                by_word.setdefault(token, set()).add(e.id)
        actors = {e.id: e.voice_actor for e in entries}
        changed = False
        for pc in doc.characters:
            key = fold(pc.name)
            if not key:
                continue
            character_id = exact.get(key)
            if character_id is None and len(ids := by_word.get(key, set())) == 1:
                character_id = next(iter(ids))
            if character_id is None:
                character_id = int(
                    conn.execute(
                        INSERT_CHARACTER,
                        (anime_id, " ".join(pc.name.split()), pc.voice_actor, None, doc.episode),
                    ).lastrowid
                    or 0
                )
                exact[key] = character_id
                actors[character_id] = pc.voice_actor
                changed = True
                log.info("New character %r learned from %r", pc.name, doc.title)
            elif pc.voice_actor and not actors.get(character_id):
                conn.execute(FILL_VOICE_ACTOR, (pc.voice_actor, character_id))
                actors[character_id] = pc.voice_actor
                changed = True
        return changed

    async def documents_for(
        self,
        anime_id: int,
        episode: int | None,
        kinds: Collection[DocumentKind] | None = None,
    ) -> list[Document]:
        """Documents about one episode (None: season-wide ones) with their sections.

        Ordered by kind (first impressions, episode review, recap, season review), then id.
        """
        return await self._call(self._documents_for, anime_id, episode, _kinds_json(kinds))

    @staticmethod
    def _documents_for(
        conn: sqlite3.Connection, anime_id: int, episode: int | None, kinds: str | None
    ) -> list[Document]:
        params = (anime_id, episode, kinds, kinds)
        sections: dict[int, list[Section]] = {}
        for r in conn.execute(SECTIONS_FOR, params):
            sections.setdefault(r["document_id"], []).append(_row_section(r))
        documents = [
            _row_document(r, sections.get(r["id"], ())) for r in conn.execute(DOCUMENTS_FOR, params)
        ]
        documents.sort(key=lambda d: (_KIND_ORDER[d.kind], d.id))
        return documents

    async def review_episodes(self, anime_id: int) -> list[int]:
        """Episodes with at least one review section."""
        return await self._call(self._episodes_with, anime_id, str(SectionKind.REVIEW))

    async def recap_episodes(self, anime_id: int) -> list[int]:
        """Episodes with at least one recap section."""
        return await self._call(self._episodes_with, anime_id, str(SectionKind.RECAP))

    @staticmethod
    def _episodes_with(conn: sqlite3.Connection, anime_id: int, kind: str) -> list[int]:
        return [int(r[0]) for r in conn.execute(EPISODES_WITH_SECTION_KIND, (anime_id, kind))]

    async def recap_for(self, anime_id: int, episode: int) -> list[tuple[Document, Section]]:
        """Every recap section about this episode, in document then section order."""
        documents = await self._call(self._documents_for, anime_id, episode, None)
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
        return await self._call(self._get_character, character_id)

    @staticmethod
    def _get_character(conn: sqlite3.Connection, character_id: int) -> Character:
        row = conn.execute(GET_CHARACTER, (character_id,)).fetchone()
        if row is None:
            raise KeyError(character_id)
        aliases = conn.execute(CHARACTER_ALIASES, (character_id,)).fetchall()
        facts = conn.execute(CHARACTER_FACTS, (character_id,)).fetchall()
        return Character(
            id=row["id"],
            anime_id=row["anime_id"],
            anime_title=row["anime_title"],
            name=row["name"],
            aliases=tuple(Alias(r["name"], r["revealed_in"]) for r in aliases),
            voice_actor=row["voice_actor"],
            description=row["description"],
            first_episode=row["first_episode"],
            facts=tuple(Fact(r["text"], r["revealed_in"]) for r in facts),
        )

    def _characters(self, conn: sqlite3.Connection, anime_id: int | None) -> list[_CachedCharacter]:
        """(id, names) of every character of one anime (None: all), cached until a write."""
        cached = self._character_cache.get(anime_id)
        if cached is not None:
            return cached
        aliases: dict[int, list[_CachedAlias]] = {}
        for r in conn.execute(CACHE_ALIASES, (anime_id, anime_id)):
            key = fold(r["name"])
            if key:
                aliases.setdefault(r["character_id"], []).append(
                    _CachedAlias(
                        r["name"], key, _tokens(key), r["revealed_in"], bool(r["is_variant"])
                    )
                )
        entries = []
        for r in conn.execute(CACHE_CHARACTERS, (anime_id, anime_id)):
            key = fold(r["name"])
            if key:
                name = r["name"]
                entries.append(
                    _CachedCharacter(
                        id=r["id"],
                        anime_id=r["anime_id"],
                        name=name,
                        key=key,
                        tokens=_tokens(key),
                        aliases=tuple(aliases.get(r["id"], ())),
                        voice_actor=r["voice_actor"],
                        value=name[:CHOICE_MAX_LEN].strip() or name[:CHOICE_MAX_LEN],
                        shown=_fit(name),
                    )
                )
        entries.sort(key=lambda e: (e.key, e.id))
        self._character_cache[anime_id] = entries
        return entries

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
        return await self._call(self._resolve_character, q, anime_id)

    def _resolve_character(
        self, conn: sqlite3.Connection, q: str, anime_id: int | None
    ) -> Character | None:
        chosen = _resolve(self._characters(conn, anime_id), q)
        return None if chosen is None else self._get_character(conn, chosen)

    async def character_choices(
        self,
        query: str,
        anime_id: int | None,
        limit: int = MAX_CHOICES,
        progress: int | None = None,
    ) -> list[CharacterChoice]:
        """Autocomplete / did-you-mean candidates, best first; never offers a spoiler alias.

        An alias revealed in a later episode than `progress` (or any revealed alias when
        progress is None) is never matched or shown; variants are never shown.
        """
        limit = max(0, min(limit, MAX_CHOICES))
        if limit == 0:
            return []
        return await self._call(self._character_choices, fold(query), anime_id, limit, progress)

    def _character_choices(
        self,
        conn: sqlite3.Connection,
        q: str,
        anime_id: int | None,
        limit: int,
        progress: int | None,
    ) -> list[CharacterChoice]:
        index = self._choice_cache.get(anime_id)
        if index is None:
            index = self._choice_cache[anime_id] = _ChoiceIndex.build(
                self._characters(conn, anime_id)
            )
        return _choices(index, q, limit, progress)

    async def mentions(self, character_id: int, limit: int = 5) -> list[Mention]:
        """Distinct sentences naming the character: review sections first, then by document."""
        if limit <= 0:
            return []
        return await self._call(self._mentions, character_id, limit)

    @staticmethod
    def _mentions(conn: sqlite3.Connection, character_id: int, limit: int) -> list[Mention]:
        found: list[Mention] = []
        seen: set[str] = set()
        for kind in (SectionKind.REVIEW, SectionKind.RECAP):
            cursor = conn.execute(MENTIONS_OF_CHARACTER, (character_id, str(kind)))
            for r in cursor:
                sentence = " ".join(r["sentence"].split())
                key = sentence.casefold()
                if not key or key in seen:
                    continue
                seen.add(key)
                found.append(
                    Mention(
                        character_id=r["character_id"],
                        section_id=r["section_id"],
                        document_id=r["document_id"],
                        document_title=r["document_title"],
                        document_kind=DocumentKind(r["document_kind"]),
                        url=r["url"],
                        episode=r["episode"],
                        sentence=sentence,
                        spoiler=bool(r["spoiler"]),
                        about_episode=r["about_episode"],
                        section_kind=kind,
                    )
                )
                if len(found) >= limit:
                    cursor.close()
                    return found
        return found

    # ----------------------------------------------------------------- search

    def _pending_sections(self, conn: sqlite3.Connection) -> int:
        if self._fts_pending is None:
            self._fts_pending = int(conn.execute(FTS_PENDING_COUNT).fetchone()[0])
        return self._fts_pending

    def _index_pending(self, conn: sqlite3.Connection) -> None:
        """Move the queued sections into the full-text index (inside a write transaction)."""
        conn.execute(FTS_INDEX_PENDING)
        conn.execute(FTS_CLEAR_PENDING)
        self._fts_pending = 0

    async def flush_search_index(self) -> None:
        """Index every queued section now (search does this itself when it needs to)."""
        await self._call(self._flush_search_index)

    def _flush_search_index(self, conn: sqlite3.Connection) -> None:
        if self._pending_sections(conn):
            with self._writing(conn):
                self._index_pending(conn)

    async def search(self, query: str, anime_id: int | None, limit: int = 10) -> list[SearchHit]:
        """Full-text search, best first (bm25). User text is only ever quoted FTS5 terms.

        All words must match; when nothing does and there are several words, any word may.
        The snippet is plain text (no markers) of about 30 words around the best hit.
        """
        terms = _search_terms(query)
        if not terms or limit <= 0:
            return []
        return await self._call(self._search, terms, anime_id, limit)

    def _search(
        self, conn: sqlite3.Connection, terms: Sequence[str], anime_id: int | None, limit: int
    ) -> list[SearchHit]:
        key = (tuple(t.casefold() for t in terms), anime_id, limit)
        cached = self._search_cache.get(key)
        if cached is not None:
            self._search_cache.move_to_end(key)
            return list(cached)
        self._flush_search_index(conn)
        quoted = [f'"{t}"' for t in terms]  # bare words in quotes: never FTS5 syntax
        attempts = [" ".join(quoted)]
        if len(quoted) > 1:
            attempts.append(" OR ".join(quoted))
        candidates: list[sqlite3.Row] = []
        for match in attempts:
            params = (match, anime_id, anime_id, SEARCH_CANDIDATES, limit)
            candidates = conn.execute(SEARCH_CANDIDATES_SQL, params).fetchall()
            if candidates:
                break
        rows = {
            r["section_id"]: r
            for r in conn.execute(SEARCH_HITS, (json.dumps([c["id"] for c in candidates]),))
        }
        finder = _term_pattern(terms)
        hits = [
            SearchHit(
                section_id=r["section_id"],
                document_id=r["document_id"],
                document_title=r["document_title"],
                anime_title=r["anime_title"],
                kind=SectionKind(r["kind"]),
                episode=r["episode"],
                snippet=_snippet(r["text"], finder, terms),
                spoiler=bool(r["spoiler"]),
                about_episode=r["about_episode"],
                rank=float(candidate["score"]),
            )
            for candidate in candidates
            if (r := rows.get(candidate["id"])) is not None
        ]
        self._search_cache[key] = hits
        if len(self._search_cache) > SEARCH_CACHE_SIZE:
            self._search_cache.popitem(last=False)
        return list(hits)

    # ----------------------------------------------------------------- preferences

    async def reader(
        self, user_id: int, guild_id: int | None, anime_id: int
    ) -> tuple[int | None, SpoilerPolicy]:
        """What gates a reply: the user's progress (else the server's default), and the
        server's spoiler policy. One round trip: this runs before every lookup."""
        return await self._call(self._reader, user_id, guild_id, anime_id)

    @staticmethod
    def _reader(
        conn: sqlite3.Connection, user_id: int, guild_id: int | None, anime_id: int
    ) -> tuple[int | None, SpoilerPolicy]:
        g = guild_id if guild_id is not None else -1
        row = conn.execute(READER, (user_id, anime_id, g, anime_id, g)).fetchone()
        progress = row["own"] if row["own"] is not None else row["server"]
        policy = SpoilerPolicy(row["policy"]) if row["policy"] else SpoilerPolicy.WRAP
        return (None if progress is None else int(progress)), policy

    async def get_progress(self, user_id: int, anime_id: int) -> int | None:
        return await self._call(self._scalar, GET_PROGRESS, (user_id, anime_id))

    async def set_progress(self, user_id: int, anime_id: int, episode: int) -> None:
        await self._call(self._write, ((SET_PROGRESS, (user_id, anime_id, episode)),))

    async def clear_progress(self, user_id: int, anime_id: int) -> bool:
        """Forget one anime's progress; True when there was one."""
        return await self._call(self._write, ((CLEAR_PROGRESS, (user_id, anime_id)),)) > 0

    async def forget_user(self, user_id: int) -> int:
        """Delete everything stored about a user (/forgetme); returns the rows deleted."""
        return await self._call(self._write, ((FORGET_USER, (user_id,)),))

    async def guild_settings(self, guild_id: int) -> GuildSettings:
        return await self._call(self._guild_settings, guild_id)

    @staticmethod
    def _guild_settings(conn: sqlite3.Connection, guild_id: int) -> GuildSettings:
        row = conn.execute(GET_GUILD_SETTINGS, (guild_id,)).fetchone()
        if row is None:
            return GuildSettings(guild_id)
        return GuildSettings(
            guild_id, SpoilerPolicy(row["spoiler_policy"]), row["default_anime_id"]
        )

    async def set_spoiler_policy(self, guild_id: int, policy: SpoilerPolicy) -> None:
        await self._call(self._write, ((SET_GUILD_POLICY, (guild_id, policy.value)),))

    async def set_default_anime(self, guild_id: int, anime_id: int | None) -> None:
        await self._call(self._write, ((SET_GUILD_DEFAULT_ANIME, (guild_id, anime_id)),))

    async def guild_progress(self, guild_id: int, anime_id: int) -> int | None:
        return await self._call(self._scalar, GET_GUILD_PROGRESS, (guild_id, anime_id))

    async def set_guild_progress(self, guild_id: int, anime_id: int, episode: int | None) -> None:
        if episode is None:
            await self._call(self._write, ((CLEAR_GUILD_PROGRESS, (guild_id, anime_id)),))
        else:
            await self._call(self._write, ((SET_GUILD_PROGRESS, (guild_id, anime_id, episode)),))

    async def get_thread(
        self, guild_id: int, anime_id: int, episode: int, channel_id: int
    ) -> int | None:
        return await self._call(self._scalar, GET_THREAD, (guild_id, anime_id, episode, channel_id))

    async def set_thread(
        self, guild_id: int, anime_id: int, episode: int, channel_id: int, thread_id: int
    ) -> None:
        params = (guild_id, anime_id, episode, channel_id, thread_id)
        await self._call(self._write, ((SET_THREAD, params),))

    async def forget_thread(self, thread_id: int) -> None:
        await self._call(self._write, ((FORGET_THREAD, (thread_id,)),))

    async def forget_guild(self, guild_id: int) -> int:
        """Delete a server's settings, default progress and thread records (bot removed)."""
        return await self._call(self._write, tuple((sql, (guild_id,)) for sql in FORGET_GUILD))

    @staticmethod
    def _scalar(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> int | None:
        row = conn.execute(sql, params).fetchone()
        return None if row is None or row[0] is None else int(row[0])

    def _write(
        self, conn: sqlite3.Connection, statements: Sequence[tuple[str, Sequence[Any]]]
    ) -> int:
        """Run `statements` in one transaction; the number of rows they changed."""
        changed = 0
        with self._writing(conn):
            for sql, params in statements:
                changed += conn.execute(sql, params).rowcount
        return changed


# --------------------------------------------------------------------------- pure helpers


def _search_terms(query: str) -> list[str]:
    """The words of a user's query: letters and digits only, so never FTS5 syntax."""
    return _WORD.findall(unicodedata.normalize("NFKC", query))[:MAX_SEARCH_TOKENS]


def _term_pattern(terms: Sequence[str]) -> re.Pattern[str]:
    """Any of the terms as a whole word, any case (terms are letters and digits only)."""
    alternatives = "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _first_hit(text: str, finder: re.Pattern[str], terms: Sequence[str]) -> int | None:
    """Where the first search term is in `text`; accents ignored (as the index does)."""
    match = finder.search(text)
    if match is not None:
        return match.start()
    wanted = {fold(t) for t in terms}
    for word in _WORD.finditer(text):
        if fold(word.group()) in wanted:
            return word.start()
    return None


def _snippet(text: str, finder: re.Pattern[str], terms: Sequence[str]) -> str:
    """About SNIPPET_WORDS words of `text` around its first term, on one line, plain text.

    "…" marks text left out at either end; nothing else is added.
    """
    words = text.split()
    at = _first_hit(text, finder, terms)
    index = 0
    if at is not None:
        before = text[:at]
        index = len(before.split())
        if before and not before[-1].isspace():
            index -= 1  # the hit starts inside a word ("(Nectar)"): that word
    start = max(0, min(index - SNIPPET_WORDS_BEFORE, len(words) - SNIPPET_WORDS))
    end = min(len(words), start + SNIPPET_WORDS)
    return (
        ("…" if start > 0 else "") + " ".join(words[start:end]) + ("…" if end < len(words) else "")
    )


def _migration_files(directory: Path) -> list[tuple[int, Path]]:
    """Numbered .sql files in order; a gap, a duplicate or a misnamed .sql file raises."""
    found: dict[int, Path] = {}
    for path in sorted(directory.glob("*.sql")):
        match = _MIGRATION_FILE.match(path.name)
        if match is None:
            raise MigrationError(f"Migration {path.name} is not named NNNN_description.sql")
        number = int(match.group(1))
        if number in found:
            raise MigrationError(
                f"Migrations {found[number].name} and {path.name} share number {number}"
            )
        found[number] = path
    numbers = sorted(found)
    if numbers != list(range(1, len(numbers) + 1)):
        raise MigrationError(f"Migration numbers must run 1, 2, 3... without gaps: {numbers}")
    return [(n, found[n]) for n in numbers]


def _resolve(entries: Sequence[_CachedCharacter], q: str) -> int | None:
    canonical = {e.id for e in entries if e.key == q}
    if len(canonical) == 1:
        return canonical.pop()
    if canonical:
        return None  # the same name in several anime: ambiguous
    by_alias = {e.id for e in entries for a in e.aliases if not a.variant and a.key == q}
    if len(by_alias) == 1:
        return by_alias.pop()
    if by_alias:
        return None
    if " " not in q:
        by_word = {e.id for e in entries if e.tokens and q in (e.tokens[0], e.tokens[-1])}
        if len(by_word) == 1:
            return by_word.pop()
        if by_word:
            return None
    if len(q) >= PREFIX_MIN_LEN:
        by_prefix = {e.id for e in entries if e.key.startswith(q)}
        if len(by_prefix) == 1:
            return by_prefix.pop()
    return None


def _alias_choice(alias: str, canonical: str) -> str:
    shown = " ".join(f"{alias} ({canonical})".split())
    return shown if len(shown) <= CHOICE_MAX_LEN else _fit(canonical)


def _choices(
    index: _ChoiceIndex, q: str, limit: int, progress: int | None
) -> list[CharacterChoice]:
    """Rank characters for `q` (already folded): see `Store.character_choices`.

    Tiers, each in name order: canonical-name prefix (1.0), alias prefix (0.9), word prefix
    (0.8), substring (0.7); a character counts once, in its best tier, shown by its canonical
    name when that matched in the tier, else by the first alias that did. A tier is only
    looked at while fewer than `limit` characters were found. Only when no tier found anyone:
    the FUZZY_MAX nearest misses (0.6 x difflib ratio).
    """
    entries = index.entries
    if not q:
        return [CharacterChoice(e.id, e.shown, e.value, 1.0) for e in entries[:limit]]

    # tier 0: canonical names starting with q are one run of the sorted keys
    run = _prefixed(index.keys, q)
    if len(run) >= limit:
        return [
            CharacterChoice(entries[p].id, entries[p].shown, entries[p].value, 1.0)
            for p in run[:limit]
        ]
    found: dict[int, tuple[int, str]] = {p: (0, entries[p].shown) for p in run}

    def add(tier: int, hits: Iterable[tuple[int, int, _CachedAlias | None]]) -> None:
        """Hits (position, rank, alias) of one tier; per character the lowest rank wins."""
        new: dict[int, tuple[int, _CachedAlias | None]] = {}
        for position, rank, alias in hits:
            if position in found or (alias is not None and not alias.visible(progress)):
                continue
            if position not in new or rank < new[position][0]:
                new[position] = (rank, alias)
        for position, (_, alias) in new.items():
            e = entries[position]
            found[position] = (
                tier,
                e.shown if alias is None else _alias_choice(alias.name, e.name),
            )

    aliases = index.aliases
    add(1, (aliases[i][1:] for i in _prefixed(index.alias_keys, q)))
    if len(found) < limit:
        words = index.words
        add(2, (words[i][1:] for i in _prefixed(index.word_keys, q)))
    if len(found) < limit:
        add(
            3,
            [(p, -1, None) for p, key in enumerate(index.keys) if q in key]
            + [(p, rank, a) for key, p, rank, a in aliases if q in key],
        )

    if not found:
        return [r[3] for r in sorted(_fuzzy(index, q, progress, min(limit, FUZZY_MAX)))]
    scores = (1.0, 0.9, 0.8, 0.7)
    ranked = sorted(
        (
            tier,
            -scores[tier],
            p,
            CharacterChoice(entries[p].id, text, entries[p].value, scores[tier]),
        )
        for p, (tier, text) in found.items()
    )
    return [r[3] for r in ranked[:limit]]


def _fuzzy(
    index: _ChoiceIndex, q: str, progress: int | None, count: int
) -> list[tuple[int, float, int, CharacterChoice]]:
    """The `count` nearest misses ("Rogue" -> Rouge, "Naomy" -> Naomi): the characters whose
    best name or word has the highest difflib ratio, at least FUZZY_CUTOFF (ties: name order).

    Exact, but lazy. difflib's ratio is 2*M/(len(q)+len(c)), and M is at most both the
    characters the two share (one popcount, see _ChoiceIndex) and their longest common
    subsequence (difflib's matching blocks are one; bit-parallel, ~10x cheaper than difflib).
    Characters are visited best bound first; a candidate whose bounds cannot reach the
    `count`-th best ratio found so far is never handed to difflib, and the visit stops when
    no character left can.
    """
    qlen = len(q)
    qmask, slack = index.mask(q)
    cutoff = FUZZY_CUTOFF - 1e-9

    # lengths with any chance: 2 * min(q, c) / (q + c) >= cutoff
    shortest = max(1, ceil(cutoff * qlen / (2 - cutoff)))
    longest = floor(qlen * (2 - cutoff) / cutoff)
    bounds: dict[int, float] = {}
    best_bound: dict[int, float] = {}  # entry position -> its best candidate's bound
    masks, owners = index.masks, index.owners
    for length in range(shortest, longest + 1):
        for number in index.by_length.get(length, ()):
            shared = min((qmask & masks[number]).bit_count() + slack, qlen, length)
            bound = 2 * shared / (qlen + length)
            if bound < cutoff:
                continue
            bounds[number] = bound
            for position, _, alias in owners[number]:
                if (alias is None or alias.visible(progress)) and bound > best_bound.get(
                    position, 0.0
                ):
                    best_bound[position] = bound
    order = sorted((-bound, position) for position, bound in best_bound.items())

    pattern: dict[str, int] = {}
    for i, ch in enumerate(q):
        pattern[ch] = pattern.get(ch, 0) | (1 << i)
    matcher = difflib.SequenceMatcher(None)
    matcher.set_seq2(q)  # the query is seq2: difflib caches what it learns about seq2
    exact: dict[int, float] = {}
    tighter: dict[int, float] = {}

    def ratio(number: int, needed: float) -> float:
        """The candidate's ratio, or any value below `needed` when it cannot reach it."""
        known = exact.get(number)
        if known is not None:
            return known
        candidate = index.candidates[number]
        if _one_transposition(q, candidate):
            exact[number] = 0.9
            return 0.9
        bound = tighter.get(number)
        if bound is None:
            common = _lcs_length(pattern, qlen, candidate)
            bound = tighter[number] = 2 * common / (qlen + len(candidate))
        if bound < needed:
            return bound
        matcher.set_seq1(candidate)
        value = exact[number] = matcher.ratio()
        return value

    # min-heap of the best `count` so far: (ratio, -position, rank, alias), worst on top
    top: list[tuple[float, int, int, _CachedAlias | None]] = []
    for negative_bound, position in order:
        full = len(top) >= count
        if full and -negative_bound < top[0][0]:
            break  # nobody left can reach the worst of the best
        needed = top[0][0] if full else cutoff
        best: tuple[float, int, _CachedAlias | None] | None = None
        for number, rank, alias in index.owned[position]:
            reach = bounds.get(number)
            if reach is None or (alias is not None and not alias.visible(progress)):
                continue
            floor_ = max(needed, best[0]) if best is not None else needed
            if reach < floor_:
                continue
            r = ratio(number, floor_)
            if r >= floor_ and r >= cutoff and (best is None or (r, -rank) > (best[0], -best[1])):
                best = (r, rank, alias)
        if best is None:
            continue
        item = (best[0], -position, best[1], best[2])
        if not full:
            heapq.heappush(top, item)
        elif item[:2] > top[0][:2]:
            heapq.heapreplace(top, item)

    entries = index.entries
    ranked: list[tuple[int, float, int, CharacterChoice]] = []
    for r, negative_position, _, alias in top:
        e = entries[-negative_position]
        text = e.shown if alias is None else _alias_choice(alias.name, e.name)
        score = 0.6 * r
        ranked.append((4, -score, -negative_position, CharacterChoice(e.id, text, e.value, score)))
    return ranked
