"""Realistic interactions for the latency, burst and start-up runs.

A :class:`Workload` draws the arguments a user would type from what the store really holds:
episodes that have reviews or recaps (and now and then one that has none), character names
and aliases from the catalogs (now and then misspelt), search words taken from the documents'
own sentences, and autocomplete input as typed key by key. Every draw comes from one seeded
`random.Random`, so two runs send the same interactions.
"""

from __future__ import annotations

import random
import re
import tempfile
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.ingest import read_document, split_sentences
from bot.models import Catalog
from bot.offline import run_offline
from bot.store import Store
from bot.store.location import is_postgres_dsn
from discord_sandbox import InteractionResult, Sandbox

# Every measured kind, in the round-robin order; "help" is the floor the others are held to.
KINDS = ("help", "review", "character", "recap", "search", "autocomplete")
LOOKUPS = ("review", "character", "recap", "search")

_WORD = re.compile(r"[^\W\d_]{4,}")
SAMPLE_FILES = 40  # documents read for search words
ANSWER_TIMEOUT_S = 30.0  # a driver gives up on an interaction after this long


@dataclass(frozen=True, slots=True)
class Call:
    """One interaction to send: a command, or an autocomplete when `focused` is set."""

    kind: str  # one of KINDS
    command: str
    options: dict[str, Any]
    focused: str | None = None


async def send(sandbox: Sandbox, call: Call, guild_id: int | None = None) -> InteractionResult:
    """Send one interaction through the sandbox's drivers; resolves at the first callback.
    `guild_id`: in that guild (default: the sandbox's first)."""
    if call.focused is not None:
        return await sandbox.autocomplete(
            call.command, call.options, call.focused, guild_id=guild_id, timeout=ANSWER_TIMEOUT_S
        )
    return await sandbox.command(
        call.command, call.options, guild_id=guild_id, timeout=ANSWER_TIMEOUT_S
    )


def bench_sandbox() -> Sandbox:
    """The sandbox for measuring: no OpenAPI validation of each request (that is the
    end-to-end tests' job), so the emulator takes as little of the shared CPU as it can."""
    return Sandbox(openapi_path=None)


@asynccontextmanager
async def bench_bot(database: Path | str) -> AsyncIterator[Sandbox]:
    """The real bot on `database` (an SQLite file, or a `postgresql://` URL: DATABASE_URL)
    against a fresh sandbox, per-user cooldown off.

    The commands are synced to the sandbox's guild at every start: a fresh sandbox knows no
    commands, and the bot skips a global sync when the store says the tree is unchanged.
    """
    sandbox = bench_sandbox()
    if isinstance(database, str) and is_postgres_dsn(database):
        # DATABASE_URL wins over DATABASE_PATH (bot.config); the path is never opened
        where: dict[str, Any] = {"database_url": database}
        path = Path(tempfile.gettempdir()) / "bench-unused.db"
    else:
        where, path = {}, Path(database)
    async with run_offline(
        path, sandbox=sandbox, cooldown=None, sync_guild_id=sandbox.guild_id, **where
    ) as (running, _bot):
        yield running


@dataclass(frozen=True, slots=True)
class AnimeArguments:
    title: str
    aliases: tuple[str, ...]
    episode_count: int
    review_episodes: tuple[int, ...]
    recap_episodes: tuple[int, ...]
    names: tuple[str, ...]  # canonical names
    nicknames: tuple[str, ...]  # aliases that are no spoiler


@dataclass(slots=True)
class Workload:
    anime: Sequence[AnimeArguments]
    sentences: Sequence[str]  # where search words come from
    seed: int
    name_anime: bool  # several anime are stored: lookups must name one
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        if not self.anime:
            raise ValueError("the store holds no anime to ask about")
        self.rng = random.Random(self.seed)

    # ----------------------------------------------------------------- drawing

    def _show(self) -> tuple[AnimeArguments, dict[str, Any]]:
        show = self.rng.choice(self.anime)
        if not self.name_anime:
            return show, {}
        named = show.title
        if show.aliases and self.rng.random() < 0.1:
            named = self.rng.choice(show.aliases)
        return show, {"anime": named}

    def _episode(self, have: Sequence[int], show: AnimeArguments) -> int:
        if have and self.rng.random() < 0.9:
            return self.rng.choice(have)
        return self.rng.randint(1, max(show.episode_count, 1))  # maybe one nobody wrote about

    def _typo(self, text: str) -> str:
        if len(text) < 4:
            return text
        i = self.rng.randrange(1, len(text) - 2)
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]

    def _name(self, show: AnimeArguments) -> str:
        roll = self.rng.random()
        if show.nicknames and roll < 0.4:
            return self.rng.choice(show.nicknames)
        name = self.rng.choice(show.names)
        return self._typo(name) if roll > 0.95 else name

    def _search_query(self) -> str:
        rng = self.rng
        if rng.random() < 0.15:
            show = rng.choice(self.anime)
            return rng.choice(show.nicknames or show.names)
        words: list[str] = []
        while not words:
            words = _WORD.findall(rng.choice(self.sentences))
        if len(words) > 1 and rng.random() < 0.35:
            start = rng.randrange(len(words) - 1)
            return f"{words[start]} {words[start + 1]}"
        return rng.choice(words)

    def call(self, kind: str) -> Call:
        rng = self.rng
        if kind == "help":
            return Call(kind, "help", {})
        if kind == "review":
            show, options = self._show()
            if rng.random() >= 0.1:  # one in ten asks for the season-wide reviews
                options["episode"] = self._episode(show.review_episodes, show)
            return Call(kind, "review", options)
        if kind == "recap":
            show, options = self._show()
            options["episode"] = self._episode(show.recap_episodes, show)
            return Call(kind, "recap", options)
        if kind == "character":
            show, options = self._show()
            options["name"] = self._name(show)
            return Call(kind, "character", options)
        if kind == "search":
            return Call(kind, "search", {"query": self._search_query()})
        if kind == "autocomplete":
            # Typing a name key by key, across every character (no anime chosen yet).
            show = rng.choice(self.anime)
            name = self._name(show)
            typed = name[: rng.randint(1, len(name))]
            if rng.random() < 0.1:
                typed = self._typo(typed)
            return Call(kind, "character", {"name": typed}, focused="name")
        raise ValueError(f"unknown kind {kind!r}")

    def round_robin(self, rounds: int) -> list[Call]:
        """`rounds` rounds of every kind, interleaved (never in blocks)."""
        return [self.call(kind) for _ in range(rounds) for kind in KINDS]


async def build_workload(
    store: Store,
    catalogs: Sequence[Catalog],
    documents: Iterable[Path],
    *,
    seed: int,
) -> Workload:
    """A workload over what `store` holds, with names from `catalogs` and words from `documents`."""
    by_title = {c.title: c for c in catalogs}
    shows: list[AnimeArguments] = []
    stored = await store.list_anime()
    for anime in stored:
        catalog = by_title.get(anime.title)
        if catalog is None or not catalog.characters:
            continue
        nicknames = tuple(
            alias.name
            for character in catalog.characters
            for alias in character.aliases
            if alias.revealed_in is None
        )
        episodes = await store.episodes(anime.id)
        shows.append(
            AnimeArguments(
                title=anime.title,
                aliases=catalog.aliases,
                episode_count=anime.episode_count or max((e.number for e in episodes), default=1),
                review_episodes=tuple(await store.review_episodes(anime.id)),
                recap_episodes=tuple(await store.recap_episodes(anime.id)),
                names=tuple(c.name for c in catalog.characters),
                nicknames=nicknames,
            )
        )
    rng = random.Random(seed)
    paths = sorted(documents)
    sample = rng.sample(paths, min(SAMPLE_FILES, len(paths)))
    sentences = [s for path in sample for s in split_sentences(read_document(path))]
    sentences = [s for s in sentences if _WORD.search(s)]
    if not sentences:
        raise ValueError("no words to search for in the documents")
    return Workload(shows, sentences, seed, name_anime=len(stored) > 1)
