"""What the store keeps in memory between calls, and when each part of it is dropped.

Only touched while the store's lock is held (Store serialises its calls), except the anime
index, which `list_anime`/`find_anime` read without a round trip once it is built.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from bot.models import Anime, SearchHit
from bot.text.choices import ChoiceEntry, ChoiceIndex
from bot.text.linker import Linker

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AnimeIndex:
    ordered: tuple[Anime, ...]  # by title
    by_name: dict[str, Anime]  # folded title, slug and aliases -> anime (lowest id wins)
    names: dict[int, frozenset[str]]  # anime id -> its folded names


@dataclass(frozen=True, slots=True)
class CharacterKeys:
    """How a document's names find one anime's characters (Characters.learn), built once
    per change of its characters rather than once per document."""

    exact: dict[str, int]  # folded name or alias -> character id (lowest key first)
    by_word: dict[str, set[int]]  # first or last word of a name -> the characters it opens
    actors: dict[int, str | None]  # character id -> voice actor


@dataclass(slots=True)
class Caches:
    anime: AnimeIndex | None = None
    characters: dict[int | None, list[ChoiceEntry]] = field(default_factory=dict)
    choices: dict[int | None, ChoiceIndex] = field(default_factory=dict)
    linkers: dict[int, Linker] = field(default_factory=dict)
    keys: dict[int, CharacterKeys] = field(default_factory=dict)
    fts_pending: int | None = None  # sections waiting for the index; None: unknown
    search: OrderedDict[tuple[Any, ...], list[SearchHit]] = field(default_factory=OrderedDict)

    def forget_all(self) -> None:
        """After a failed write or a migration: nothing held can be trusted."""
        self.fts_pending = None
        self.search.clear()
        self.anime = None
        self.characters.clear()
        self.choices.clear()
        self.linkers.clear()
        self.keys.clear()

    def forget_characters(self, anime_id: int) -> None:
        for cache in (self.characters, self.choices):
            cache.pop(anime_id, None)
            cache.pop(None, None)
        self.linkers.pop(anime_id, None)
        self.keys.pop(anime_id, None)

    def forget_anime(self) -> None:
        self.anime = None
        self.search.clear()  # hits carry anime titles
        self.linkers.clear()  # title masks come from the anime's names

    def forget_names_of(self, anime_id: int) -> None:
        """After one anime's names changed: forget_anime, but the other anime's linkers stay
        (a linker masks its own anime's names only), so that loading every catalog does not
        leave each linker to be built again by the first ingest (Store.linkers)."""
        self.anime = None
        self.search.clear()
        self.linkers.pop(anime_id, None)
