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

Keys added for catalogs imported from AniList (``python -m bot catalog import``); every one is
optional, so older files stay valid, and a curator may write any of them by hand::

    anilist_id = 163132               # top level: the AniList media id
    anilist_url = "https://anilist.co/anime/163132"
    imported = { episode_count = "3f2a9c1e" }   # see "Imported fields" below

    [[characters]]
    name = "Full Name"
    native_name = "ネイティブ"          # the name in the original script
    description = "One line, with ~!a spoiler span!~ kept."
    role = "main"                     # "main", "supporting" or "background"
    image_url = "https://s4.anilist.co/file/anilistcdn/character/large/b1.png"
    anilist_id = 12345
    anilist_url = "https://anilist.co/character/12345"
    voice_actors = [
        { name = "Japanese Actor", language = "Japanese" },
        { name = "English Actor", language = "English" },
    ]
    aliases = [
        { name = "A Spoiler Name", spoiler = true },  # revealed at an unknown episode
    ]
    imported = { description = "5d41402a", image_url = "0cc175b9" }

Spoiler spans in a description: text between ``~!`` and ``!~`` (AniList's own markup) is a
spoiler. Spans may not nest or be empty. Whatever lies outside the spans is never a spoiler
and is what ``CatalogCharacter.description`` holds; ``description_markup`` holds the whole text
with its spans (see :func:`spoiler_spans`).

An alias with ``spoiler = true`` and no ``revealed_in`` is a spoiler whose episode nobody has
recorded (AniList's ``alternativeSpoiler``): it counts as revealed only once the reader has
finished the show (its model ``revealed_in`` is ``episode_count``, or
``SPOILER_UNTIL_FINISHED`` when the count is unknown). Adding ``revealed_in`` by hand narrows it.

Imported fields: ``imported`` maps a field name to the :func:`fingerprint` of the value AniList
gave it. A field whose current value still has that fingerprint came from AniList, and a
re-import may update it; any other value was written by a person and a re-import keeps it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from bot.models import (
    SPOILER_UNTIL_FINISHED,
    Catalog,
    CatalogAlias,
    CatalogCharacter,
    CatalogEpisode,
    CatalogFact,
    CatalogVoiceActor,
)

log = logging.getLogger(__name__)

__all__ = [
    "ROLES",
    "CatalogError",
    "catalogs_in",
    "fingerprint",
    "load_catalog",
    "load_catalogs",
    "parse_catalog",
    "spoiler_spans",
    "strip_spoilers",
]

ROLES = ("main", "supporting", "background")
SPOILER_OPEN = "~!"
SPOILER_CLOSE = "!~"

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
        "anilist_id",
        "anilist_url",
        "imported",
    }
)
_EPISODE_KEYS = frozenset({"number", "title"})
_CHARACTER_KEYS = frozenset(
    {
        "name",
        "aliases",
        "voice_actor",
        "description",
        "first_episode",
        "facts",
        "variants",
        "native_name",
        "voice_actors",
        "role",
        "image_url",
        "anilist_id",
        "anilist_url",
        "imported",
    }
)
_ALIAS_KEYS = frozenset({"name", "revealed_in", "spoiler"})
_VOICE_KEYS = frozenset({"name", "language"})


def spoiler_spans(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (part, is_spoiler) pieces at its ``~!…!~`` spans, in order.

    Raises ValueError when a span is unclosed, nested or empty.
    """
    parts: list[tuple[str, bool]] = []
    rest = text
    while rest:
        start = rest.find(SPOILER_OPEN)
        stray = rest.find(SPOILER_CLOSE)
        if stray != -1 and (start == -1 or stray < start):
            raise ValueError("has '!~' without an opening '~!'")
        if start == -1:
            parts.append((rest, False))
            break
        end = rest.find(SPOILER_CLOSE, start + len(SPOILER_OPEN))
        if end == -1:
            raise ValueError("has '~!' without a closing '!~'")
        inner = rest[start + len(SPOILER_OPEN) : end]
        if SPOILER_OPEN in inner:
            raise ValueError("has a spoiler span inside another")
        if not inner.strip():
            raise ValueError("has an empty spoiler span")
        if start:
            parts.append((rest[:start], False))
        parts.append((inner, True))
        rest = rest[end + len(SPOILER_CLOSE) :]
    return parts


def strip_spoilers(text: str) -> str:
    """``text`` without its spoiler spans, spacing tidied: what anyone may read."""
    kept = " ".join(part for part, spoiler in spoiler_spans(text) if not spoiler)
    kept = " ".join(kept.split())
    return re.sub(r"\s+([,.;:!?)])", r"\1", kept).strip()


def fingerprint(value: object) -> str:
    """A short stable digest of an imported value (str, int, or a list/tuple of them)."""
    encoded = json.dumps(_plain(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()[:12]


def _plain(value: object) -> object:
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


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
    name = check.text(table["name"], f"{where}.name")
    revealed_in = check.opt_number(table, "revealed_in", where, count)
    spoiler = table.get("spoiler", False)
    if not isinstance(spoiler, bool):
        raise check.fail(f"{where}.spoiler must be true or false")
    if spoiler and revealed_in is None:
        until = count if count is not None else SPOILER_UNTIL_FINISHED
        return CatalogAlias(name=name, revealed_in=until, reveal_unknown=True)
    return CatalogAlias(name=name, revealed_in=revealed_in)


def _voice(check: _Checker, value: Any, where: str) -> CatalogVoiceActor:
    table = check.table(value, where)
    check.keys(table, _VOICE_KEYS, where)
    for key in ("name", "language"):
        if key not in table:
            raise check.fail(f"{where}: missing {key}")
    return CatalogVoiceActor(
        name=check.text(table["name"], f"{where}.name"),
        language=check.text(table["language"], f"{where}.language"),
    )


def _anilist(
    check: _Checker, table: Mapping[str, Any], where: str
) -> tuple[int | None, str | None]:
    anilist_id = None
    if "anilist_id" in table:
        anilist_id = check.number(table["anilist_id"], f"{where}.anilist_id", None)
        if anilist_id < 1:
            raise check.fail(f"{where}.anilist_id must be a positive whole number")
    return anilist_id, _url(check, table, "anilist_url", where)


def _url(check: _Checker, table: Mapping[str, Any], key: str, where: str) -> str | None:
    url = check.opt_text(table, key, where)
    if url is not None and (not url.startswith("https://") or any(c.isspace() for c in url)):
        raise check.fail(f"{where}.{key} must be an https:// address without spaces")
    return url


def _imported(check: _Checker, table: Mapping[str, Any], where: str) -> tuple[tuple[str, str], ...]:
    value = table.get("imported", {})
    mapping = check.table(value, f"{where}.imported")
    return tuple(
        (key, check.text(mapping[key], f"{where}.imported.{key}")) for key in sorted(mapping)
    )


def _description(
    check: _Checker, table: Mapping[str, Any], where: str
) -> tuple[str | None, str | None]:
    """(description without spoilers, whole markup when it has spoiler spans)."""
    text = check.opt_text(table, "description", where)
    if text is None:
        return None, None
    try:
        parts = spoiler_spans(text)
    except ValueError as exc:
        raise check.fail(f"{where}.description {exc}") from None
    if not any(spoiler for _, spoiler in parts):
        return text, None
    return strip_spoilers(text) or None, text


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
    description, markup = _description(check, table, where)
    role = check.opt_text(table, "role", where)
    if role is not None and role not in ROLES:
        raise check.fail(f"{where}.role must be one of {', '.join(ROLES)}, not {role!r}")
    anilist_id, anilist_url = _anilist(check, table, where)
    return CatalogCharacter(
        name=name,
        aliases=aliases,
        voice_actor=check.opt_text(table, "voice_actor", where),
        description=description,
        first_episode=check.opt_number(table, "first_episode", where, count),
        facts=tuple(
            _fact(check, v, f"{where}.facts[{i}]", count)
            for i, v in enumerate(check.array(table, "facts", where))
        ),
        variants=variants,
        native_name=check.opt_text(table, "native_name", where),
        description_markup=markup,
        voice_actors=tuple(
            _voice(check, v, f"{where}.voice_actors[{i}]")
            for i, v in enumerate(check.array(table, "voice_actors", where))
        ),
        role=role,
        image_url=_url(check, table, "image_url", where),
        anilist_id=anilist_id,
        anilist_url=anilist_url,
        imported=_imported(check, table, where),
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

    anilist_id, anilist_url = _anilist(check, data, "top level")
    return Catalog(
        title=title,
        slug=slug,
        aliases=check.strings(data, "aliases", "top level"),
        episode_count=count,
        episodes=tuple(episodes),
        characters=tuple(characters),
        unnumbered_episode_titles=check.strings(data, "unnumbered_episode_titles", "top level"),
        anilist_id=anilist_id,
        anilist_url=anilist_url,
        imported=_imported(check, data, "top level"),
    )


def parse_catalog(text: str, path: Path) -> Catalog:
    """Validate catalog TOML ``text``; ``path`` only names it in errors."""
    check = _Checker(Path(path))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise check.fail(f"invalid TOML: {exc}") from exc
    return _build(check, data)


def load_catalog(path: Path) -> Catalog:
    """Read and validate one catalog file; raises CatalogError naming the file on any problem."""
    path = Path(path)
    check = _Checker(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise check.fail(f"cannot be read ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise check.fail("is not UTF-8 text") from exc
    catalog = parse_catalog(text, path)
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


def catalogs_in(dirs: Sequence[Path]) -> list[Catalog]:
    """The catalogs of `dirs` (see `paths.catalog_dirs`): a later file with the same slug wins."""
    by_slug: dict[str, Catalog] = {}
    for catalog_dir in dirs:
        if catalog_dir.is_dir():
            by_slug.update((c.slug, c) for c in load_catalogs(catalog_dir))
    return list(by_slug.values())
