"""Merge an imported catalog into an existing one, never clobbering what a person wrote.

- An imported character matches an existing one by AniList id once recorded, else by canonical
  name, else by any alias or variant (folded), each existing character matched at most once.
- A field a person wrote wins: one with a value and no fingerprint in ``imported``, or whose
  value no longer matches its fingerprint. Only untouched imported values are refreshed, and
  empty fields are filled (and fingerprinted).
- Aliases and voice actors are unioned: every existing entry stays as written (with its
  ``revealed_in``), new ones are added. Facts, variants, first episodes, episode titles and the
  anime's title and slug are never touched. New characters are appended; none are removed.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.anilist.writer import dump_catalog
from bot.catalog import fingerprint, parse_catalog
from bot.models import Catalog, CatalogAlias, CatalogCharacter, CatalogVoiceActor
from bot.text.names import fold

log = logging.getLogger(__name__)

__all__ = ["catalog_diff", "merge_catalogs"]

_CHARACTER_SCALARS = (
    "native_name",
    "role",
    "voice_actor",
    "description",
    "image_url",
    "anilist_url",
)


def _pick(name: str, current: Any, new: Any, prints: Mapping[str, str], out: dict[str, str]) -> Any:
    """The value to keep for one field; records its fingerprint in ``out`` when imported."""
    if current is None:
        if new is not None:
            out[name] = fingerprint(new)
        return new
    was_imported = prints.get(name) == fingerprint(current)
    if not was_imported or new is None:
        if was_imported:
            out[name] = prints[name]
        return current  # a person wrote it, or AniList no longer says anything
    out[name] = fingerprint(new)
    return new


def _description(c: CatalogCharacter) -> str | None:
    return c.description_markup or c.description


def _names(c: CatalogCharacter) -> set[str]:
    return {fold(c.name), *(fold(a.name) for a in c.aliases), *(fold(v) for v in c.variants)}


def _merge_aliases(
    current: CatalogCharacter, new: CatalogCharacter
) -> tuple[tuple[CatalogAlias, ...], list[CatalogAlias]]:
    taken = _names(current)
    added: list[CatalogAlias] = []
    candidates = list(new.aliases)
    if fold(new.name) not in taken:
        candidates.insert(0, CatalogAlias(name=new.name))  # AniList's full name, never a spoiler
    for alias in candidates:
        if fold(alias.name) not in taken:
            taken.add(fold(alias.name))
            added.append(alias)
    return current.aliases + tuple(added), added


def _merge_voices(
    current: Iterable[CatalogVoiceActor], new: Iterable[CatalogVoiceActor]
) -> tuple[CatalogVoiceActor, ...]:
    out = list(current)
    seen = {(fold(v.name), v.language) for v in out}
    for voice in new:
        if (fold(voice.name), voice.language) not in seen:
            seen.add((fold(voice.name), voice.language))
            out.append(voice)
    return tuple(out)


def _merge_character(current: CatalogCharacter, new: CatalogCharacter) -> CatalogCharacter:
    prints = dict(current.imported)
    out: dict[str, str] = {}
    values: dict[str, Any] = {}
    for name in _CHARACTER_SCALARS:
        old = _description(current) if name == "description" else getattr(current, name)
        fresh = _description(new) if name == "description" else getattr(new, name)
        values[name] = _pick(name, old, fresh, prints, out)
    aliases, added = _merge_aliases(current, new)
    if added or "aliases" in prints:
        out["aliases"] = fingerprint([a.name for a in aliases])
    voices = _merge_voices(current.voice_actors, new.voice_actors)
    if voices != current.voice_actors or "voice_actors" in prints:
        out["voice_actors"] = fingerprint([[v.name, v.language] for v in voices])
    description = values.pop("description")
    return replace(
        current,
        aliases=aliases,
        voice_actors=voices,
        # the writer stores markup; the loader splits it again into description/markup
        description=description,
        description_markup=None,
        anilist_id=current.anilist_id if current.anilist_id is not None else new.anilist_id,
        imported=tuple(sorted(out.items())),
        **values,
    )


def _match(existing: list[CatalogCharacter], new: CatalogCharacter, used: set[int]) -> int | None:
    if new.anilist_id is not None:
        for i, c in enumerate(existing):
            if i not in used and c.anilist_id == new.anilist_id:
                return i
    for i, c in enumerate(existing):
        if i not in used and c.anilist_id is None and fold(c.name) == fold(new.name):
            return i
    keys = [fold(new.name)] + [fold(a.name) for a in new.aliases if not a.reveal_unknown]
    keys += [fold(a.name) for a in new.aliases if a.reveal_unknown]
    for key in keys:
        for i, c in enumerate(existing):
            if i not in used and c.anilist_id is None and key in _names(c):
                return i
    return None


def merge_catalogs(existing: Catalog | None, imported: Catalog) -> Catalog:
    """``existing`` with ``imported`` merged in (see the module docstring); validated."""
    if existing is None:
        return imported
    prints = dict(existing.imported)
    out: dict[str, str] = {}
    count = _pick("episode_count", existing.episode_count, imported.episode_count, prints, out)
    if count is not None and count < _highest_episode(existing):
        count = existing.episode_count  # AniList's count would cut off curated episodes
        out.pop("episode_count", None)
    taken = {fold(existing.title), *(fold(a) for a in existing.aliases)}
    extra = [a for a in (imported.title, *imported.aliases) if fold(a) not in taken]
    extra = list(dict.fromkeys(extra))
    aliases = existing.aliases + tuple(extra)
    if extra or "aliases" in prints:
        out["aliases"] = fingerprint(list(aliases))

    characters = list(existing.characters)
    used: set[int] = set()
    added: list[CatalogCharacter] = []
    for new in imported.characters:
        index = _match(characters, new, used)
        if index is None:
            added.append(new)
            continue
        used.add(index)
        characters[index] = _merge_character(characters[index], new)
    merged = replace(
        existing,
        aliases=aliases,
        episode_count=count,
        characters=tuple(characters + added),
        anilist_id=existing.anilist_id or imported.anilist_id,
        anilist_url=existing.anilist_url or imported.anilist_url,
        imported=tuple(sorted(out.items())),
    )
    # Through the writer and the reader: the result obeys every rule of the format.
    return parse_catalog(dump_catalog(merged), Path(f"<merged {existing.slug}>"))


def _highest_episode(catalog: Catalog) -> int:
    numbers = [e.number for e in catalog.episodes]
    for c in catalog.characters:
        numbers += [c.first_episode] if c.first_episode is not None else []
        numbers += [a.revealed_in for a in c.aliases if a.revealed_in and not a.reveal_unknown]
        numbers += [f.revealed_in for f in c.facts if f.revealed_in is not None]
    return max(numbers, default=0)


def catalog_diff(before: Catalog | None, after: Catalog, name: str) -> str:
    """A unified diff of the two catalogs as the writer renders them ("" when equal)."""
    old = dump_catalog(before).splitlines(keepends=True) if before is not None else []
    new = dump_catalog(after).splitlines(keepends=True)
    return "".join(difflib.unified_diff(old, new, f"{name} (now)", f"{name} (after import)"))
