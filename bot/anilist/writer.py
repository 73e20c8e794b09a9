"""Write a :class:`~bot.models.Catalog` as catalog TOML (the standard library reads TOML only).

The output is exactly the format :mod:`bot.catalog` reads, so ``parse_catalog(dump_catalog(c))``
gives ``c`` back. Only what the catalog schema needs is written: strings, whole numbers,
booleans, arrays and inline tables, in a fixed key order that reads like the curated files.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence

from bot.models import Catalog, CatalogAlias, CatalogCharacter, CatalogFact

log = logging.getLogger(__name__)

__all__ = ["dump_catalog", "toml_string"]

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string: quotes, backslashes and control characters escaped."""
    out: list[str] = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else toml_string(key)


def _inline(pairs: Iterable[tuple[str, str]]) -> str:
    """An inline table of already-rendered values."""
    body = ", ".join(f"{_key(k)} = {v}" for k, v in pairs)
    return "{ " + body + " }" if body else "{}"


def _array(items: Sequence[str], indent: str = "") -> str:
    """An array of rendered values: one line when short, else one item per line."""
    one_line = "[" + ", ".join(items) + "]"
    if len(one_line) + len(indent) <= 80 and "\n" not in one_line:
        return one_line
    inner = "".join(f"{indent}    {item},\n" for item in items)
    return "[\n" + inner + indent + "]"


def _alias(alias: CatalogAlias) -> str:
    if alias.reveal_unknown:
        return _inline([("name", toml_string(alias.name)), ("spoiler", "true")])
    if alias.revealed_in is not None:
        return _inline([("name", toml_string(alias.name)), ("revealed_in", str(alias.revealed_in))])
    return toml_string(alias.name)


def _fact(fact: CatalogFact) -> str:
    if fact.revealed_in is None:
        return toml_string(fact.text)
    return _inline([("text", toml_string(fact.text)), ("revealed_in", str(fact.revealed_in))])


def _imported(imported: Sequence[tuple[str, str]]) -> str:
    return _inline((k, toml_string(v)) for k, v in sorted(imported))


def _character(c: CatalogCharacter) -> list[str]:
    lines = ["[[characters]]", f"name = {toml_string(c.name)}"]

    def put(key: str, value: str | None) -> None:
        if value is not None:
            lines.append(f"{key} = {value}")

    put("native_name", toml_string(c.native_name) if c.native_name else None)
    put("role", toml_string(c.role) if c.role else None)
    put("voice_actor", toml_string(c.voice_actor) if c.voice_actor else None)
    if c.voice_actors:
        put(
            "voice_actors",
            _array(
                [
                    _inline([("name", toml_string(v.name)), ("language", toml_string(v.language))])
                    for v in c.voice_actors
                ]
            ),
        )
    description = c.description_markup or c.description
    put("description", toml_string(description) if description else None)
    put("first_episode", str(c.first_episode) if c.first_episode is not None else None)
    if c.variants:
        put("variants", _array([toml_string(v) for v in c.variants]))
    if c.aliases:
        put("aliases", _array([_alias(a) for a in c.aliases]))
    if c.facts:
        put("facts", _array([_fact(f) for f in c.facts]))
    put("image_url", toml_string(c.image_url) if c.image_url else None)
    put("anilist_id", str(c.anilist_id) if c.anilist_id is not None else None)
    put("anilist_url", toml_string(c.anilist_url) if c.anilist_url else None)
    if c.imported:
        put("imported", _imported(c.imported))
    return lines


def dump_catalog(catalog: Catalog, header: Sequence[str] = ()) -> str:
    """The catalog as TOML text; ``header`` lines become comments at the top."""
    lines = [f"# {line}".rstrip() for line in header]
    if lines:
        lines.append("")
    lines.append(f"title = {toml_string(catalog.title)}")
    lines.append(f"slug = {toml_string(catalog.slug)}")
    if catalog.aliases:
        lines.append(f"aliases = {_array([toml_string(a) for a in catalog.aliases])}")
    if catalog.episode_count is not None:
        lines.append(f"episode_count = {catalog.episode_count}")
    if catalog.unnumbered_episode_titles:
        titles = _array([toml_string(t) for t in catalog.unnumbered_episode_titles])
        lines.append(f"unnumbered_episode_titles = {titles}")
    if catalog.anilist_id is not None:
        lines.append(f"anilist_id = {catalog.anilist_id}")
    if catalog.anilist_url:
        lines.append(f"anilist_url = {toml_string(catalog.anilist_url)}")
    if catalog.imported:
        lines.append(f"imported = {_imported(catalog.imported)}")
    for episode in catalog.episodes:
        lines += ["", "[[episodes]]", f"number = {episode.number}"]
        if episode.title is not None:
            lines.append(f"title = {toml_string(episode.title)}")
    for character in catalog.characters:
        lines.append("")
        lines += _character(character)
    return "\n".join(lines) + "\n"
