"""Curated per-anime catalogs, one TOML file each (``data/catalog/<slug>.toml``).

A catalog holds what documents cannot be trusted to say: the canonical character names,
which alias is a spoiler (and which episode reveals it), voice actors, and episode titles.
It is read with the standard library's ``tomllib`` into the frozen dataclasses of
:mod:`bot.models` and validated strictly, so a typo fails loudly at start-up rather than
producing a wrong card later.

Format::

    title = "Some Anime"              # required, the anime's display title
    slug = "some-anime"               # required, lowercase letters, digits and "-"
    aliases = ["SA"]                  # optional, other titles of the anime
    episode_count = 12                # optional, whole number >= 0
    unnumbered_episode_titles = ["An Episode Title"]  # optional, number unknown

    [[episodes]]                      # optional, any number
    number = 1                        # required, whole number >= 0 (and <= episode_count)
    title = "The First Episode"       # optional

    [[characters]]                    # optional, any number
    name = "Full Name"                # required, canonical, NEVER a spoiler (it is a card title)
    voice_actor = "Actor Name"        # optional
    description = "One line."         # optional, one line, NEVER a spoiler
    first_episode = 1                 # optional
    variants = ["Misspeling"]         # optional: spellings documents use, only for linking
    aliases = [                       # optional: a string, or a table with revealed_in
        "Nickname",
        { name = "Secret Identity", revealed_in = 3 },
    ]
    facts = [                         # optional: a string, or a table with revealed_in
        "Something true from the start.",
        { text = "Something episode 3 reveals.", revealed_in = 3 },
    ]

``revealed_in`` is the episode whose watching reveals the alias or fact; leave it out when
it is no spoiler. Episode-like numbers (``number``, ``first_episode``, ``revealed_in``) must
lie in ``0..episode_count`` when ``episode_count`` is given. Unknown keys are errors (they are
almost always typos). Every problem raises :class:`CatalogError` naming the file.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bot.models import Catalog, CatalogAlias, CatalogCharacter, CatalogEpisode, CatalogFact

log = logging.getLogger(__name__)

__all__ = ["CatalogError", "load_catalog", "load_catalogs"]

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

_TOP_KEYS = frozenset(
    {
        "title",
        "slug",
        "aliases",
        "episode_count",
        "episodes",
        "characters",
        "unnumbered_episode_titles",
    }
)
_EPISODE_KEYS = frozenset({"number", "title"})
_CHARACTER_KEYS = frozenset(
    {"name", "aliases", "voice_actor", "description", "first_episode", "facts", "variants"}
)
_ALIAS_KEYS = frozenset({"name", "revealed_in"})
_FACT_KEYS = frozenset({"text", "revealed_in"})


class CatalogError(Exception):
    """A catalog file that cannot be used: ``path`` names the file, ``message`` the problem."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class _Checker:
    """Typed accessors that raise CatalogError with the file and the key path."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, message: str) -> CatalogError:
        return CatalogError(self.path, message)

    def keys(self, table: Mapping[str, Any], allowed: frozenset[str], where: str) -> None:
        unknown = sorted(set(table) - allowed)
        if unknown:
            raise self.fail(f"{where}: unknown key(s) {', '.join(unknown)}")

    def text(self, value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise self.fail(f"{where} must be a string")
        stripped = value.strip()
        if not stripped:
            raise self.fail(f"{where} must not be empty")
        if "\n" in stripped or "\r" in stripped:
            raise self.fail(f"{where} must be one line")
        return stripped

    def opt_text(self, table: Mapping[str, Any], key: str, where: str) -> str | None:
        if key not in table:
            return None
        return self.text(table[key], f"{where}.{key}")

    def number(self, value: Any, where: str, episode_count: int | None) -> int:
        # bool is a subclass of int in Python; `true` is never a valid episode number.
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"{where} must be a whole number")
        if value < 0:
            raise self.fail(f"{where} must not be negative")
        if episode_count is not None and value > episode_count:
            raise self.fail(f"{where} is {value}, beyond episode_count {episode_count}")
        return value

    def opt_number(
        self, table: Mapping[str, Any], key: str, where: str, episode_count: int | None
    ) -> int | None:
        if key not in table:
            return None
        return self.number(table[key], f"{where}.{key}", episode_count)

    def array(self, table: Mapping[str, Any], key: str, where: str) -> list[Any]:
        value = table.get(key, [])
        if not isinstance(value, list):
            raise self.fail(f"{where}.{key} must be an array")
        return value

    def table(self, value: Any, where: str) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(f"{where} must be a table")
        return value

    def strings(self, table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        items = self.array(table, key, where)
        result = tuple(self.text(v, f"{where}.{key}[{i}]") for i, v in enumerate(items))
        seen: set[str] = set()
        for item in result:
            if item.casefold() in seen:
                raise self.fail(f"{where}.{key}: {item!r} is listed twice")
            seen.add(item.casefold())
        return result


def _alias(check: _Checker, value: Any, where: str, count: int | None) -> CatalogAlias:
    if isinstance(value, str):
        return CatalogAlias(name=check.text(value, where))
    table = check.table(value, where)
    check.keys(table, _ALIAS_KEYS, where)
    if "name" not in table:
        raise check.fail(f"{where}: missing name")
    return CatalogAlias(
        name=check.text(table["name"], f"{where}.name"),
        revealed_in=check.opt_number(table, "revealed_in", where, count),
    )


def _fact(check: _Checker, value: Any, where: str, count: int | None) -> CatalogFact:
    if isinstance(value, str):
        return CatalogFact(text=check.text(value, where))
    table = check.table(value, where)
    check.keys(table, _FACT_KEYS, where)
    if "text" not in table:
        raise check.fail(f"{where}: missing text")
    return CatalogFact(
        text=check.text(table["text"], f"{where}.text"),
        revealed_in=check.opt_number(table, "revealed_in", where, count),
    )


def _character(check: _Checker, value: Any, where: str, count: int | None) -> CatalogCharacter:
    table = check.table(value, where)
    check.keys(table, _CHARACTER_KEYS, where)
    if "name" not in table:
        raise check.fail(f"{where}: missing name")
    name = check.text(table["name"], f"{where}.name")
    where = f"{where} ({name})"
    aliases = tuple(
        _alias(check, v, f"{where}.aliases[{i}]", count)
        for i, v in enumerate(check.array(table, "aliases", where))
    )
    seen = {name.casefold()}
    for alias in aliases:
        if alias.name.casefold() in seen:
            raise check.fail(f"{where}: alias {alias.name!r} repeats a name")
        seen.add(alias.name.casefold())
    variants = check.strings(table, "variants", where)
    for variant in variants:
        if variant.casefold() in seen:
            raise check.fail(f"{where}: variant {variant!r} repeats a name or alias")
    return CatalogCharacter(
        name=name,
        aliases=aliases,
        voice_actor=check.opt_text(table, "voice_actor", where),
        description=check.opt_text(table, "description", where),
        first_episode=check.opt_number(table, "first_episode", where, count),
        facts=tuple(
            _fact(check, v, f"{where}.facts[{i}]", count)
            for i, v in enumerate(check.array(table, "facts", where))
        ),
        variants=variants,
    )


def _build(check: _Checker, data: Mapping[str, Any]) -> Catalog:
    check.keys(data, _TOP_KEYS, "top level")
    for key in ("title", "slug"):
        if key not in data:
            raise check.fail(f"missing required key {key!r}")
    title = check.text(data["title"], "title")
    slug = check.text(data["slug"], "slug")
    if not _SLUG.fullmatch(slug):
        raise check.fail(f"slug {slug!r} must be lowercase letters, digits and single '-'")

    count = None
    if "episode_count" in data:
        count = check.number(data["episode_count"], "episode_count", None)

    episodes: list[CatalogEpisode] = []
    numbers: set[int] = set()
    for i, value in enumerate(check.array(data, "episodes", "top level")):
        where = f"episodes[{i}]"
        table = check.table(value, where)
        check.keys(table, _EPISODE_KEYS, where)
        if "number" not in table:
            raise check.fail(f"{where}: missing number")
        number = check.number(table["number"], f"{where}.number", count)
        if number in numbers:
            raise check.fail(f"{where}: episode {number} is listed twice")
        numbers.add(number)
        episodes.append(CatalogEpisode(number=number, title=check.opt_text(table, "title", where)))
    episodes.sort(key=lambda e: e.number)

    characters: list[CatalogCharacter] = []
    names: set[str] = set()
    for i, value in enumerate(check.array(data, "characters", "top level")):
        character = _character(check, value, f"characters[{i}]", count)
        if character.name.casefold() in names:
            raise check.fail(f"characters[{i}]: {character.name!r} is listed twice")
        names.add(character.name.casefold())
        characters.append(character)

    return Catalog(
        title=title,
        slug=slug,
        aliases=check.strings(data, "aliases", "top level"),
        episode_count=count,
        episodes=tuple(episodes),
        characters=tuple(characters),
        unnumbered_episode_titles=check.strings(data, "unnumbered_episode_titles", "top level"),
    )


def load_catalog(path: Path) -> Catalog:
    """Read and validate one catalog file; raises CatalogError naming the file on any problem."""
    path = Path(path)
    check = _Checker(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise check.fail(f"cannot be read ({exc.strerror or exc})") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise check.fail("is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise check.fail(f"invalid TOML: {exc}") from exc
    catalog = _build(check, data)
    log.debug("Loaded catalog %s (%d characters)", path, len(catalog.characters))
    return catalog


def load_catalogs(directory: Path) -> list[Catalog]:
    """Every ``*.toml`` catalog in ``directory``, in file-name order; slugs must be unique."""
    catalogs: list[Catalog] = []
    slugs: dict[str, Path] = {}
    for path in sorted(Path(directory).glob("*.toml")):
        if not path.is_file():
            continue
        catalog = load_catalog(path)
        if catalog.slug in slugs:
            raise CatalogError(path, f"slug {catalog.slug!r} is also used by {slugs[catalog.slug]}")
        slugs[catalog.slug] = path
        catalogs.append(catalog)
    return catalogs
