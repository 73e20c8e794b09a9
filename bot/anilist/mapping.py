"""AniList's media and character edges -> a :class:`~bot.models.Catalog` (pure, no I/O).

- Titles: the English title is the display title when there is one, else the romaji; the other
  titles and the synonyms become the anime's aliases. ``episodes`` is the episode count.
- Characters: ordered by role (main, supporting, background), then favourites (most first),
  capped. The canonical name is ``name.full``; ``name.native`` is the native name;
  ``name.alternative`` become aliases and ``name.alternativeSpoiler`` spoiler aliases with no
  episode (beyond everyone until they have finished the show).
- Voice actors are labelled with AniList's ``languageV2``; ``voice_actor`` (what cards show
  today) is the first Japanese one.
- The description is cut to one line: the first paragraph of AniList's markdown after its
  ``__Label:__ value`` lines, links and emphasis reduced to text, ``~!…!~`` spans kept whole.
- Every field filled here is recorded in ``imported`` with its fingerprint (see bot.catalog).
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from bot.catalog import SPOILER_CLOSE, SPOILER_OPEN, fingerprint, strip_spoilers
from bot.models import (
    SPOILER_UNTIL_FINISHED,
    Catalog,
    CatalogAlias,
    CatalogCharacter,
    CatalogVoiceActor,
)
from bot.text.names import fold, slugify

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_CHARACTERS",
    "map_catalog",
    "media_title",
    "one_line_description",
]

DEFAULT_CHARACTERS = 50
DESCRIPTION_LIMIT = 300
_ROLE_RANK = {"MAIN": 0, "SUPPORTING": 1, "BACKGROUND": 2}
_LABEL_LINE = re.compile(r"^\s*(?:__|\*\*)[^_*\n]{1,40}?:?(?:__|\*\*)\s*:?.*$", re.MULTILINE)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<\s*br\s*/?\s*>|<[^>]{1,200}>", re.IGNORECASE)
_EMPHASIS = re.compile(r"(__|\*\*|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w))")
_SOURCE = re.compile(r"\(\s*source:[^)]*\)", re.IGNORECASE)
_PARAGRAPH = re.compile(r"\n\s*\n")


def media_title(media: Mapping[str, Any]) -> str:
    title = media.get("title") or {}
    for key in ("english", "romaji", "native"):
        value = title.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return f"AniList {media.get('id')}"


def _unique(names: Iterable[str | None], taken: set[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        if not isinstance(name, str):
            continue
        clean = " ".join(name.split())
        key = fold(clean)
        if clean and key not in taken:
            taken.add(key)
            out.append(clean)
    return out


# --------------------------------------------------------------------------- descriptions


def _pieces(text: str) -> list[tuple[str, bool]]:
    """(text, is_spoiler) pieces; tolerant of AniList's markup: an unclosed span runs to the end."""
    out: list[tuple[str, bool]] = []
    rest = text
    while rest:
        start = rest.find(SPOILER_OPEN)
        if start == -1:
            out.append((rest.replace(SPOILER_CLOSE, ""), False))
            break
        out.append((rest[:start].replace(SPOILER_CLOSE, ""), False))
        end = rest.find(SPOILER_CLOSE, start + 2)
        inner = rest[start + 2 :] if end == -1 else rest[start + 2 : end]
        out.append((inner.replace(SPOILER_OPEN, ""), True))
        rest = "" if end == -1 else rest[end + 2 :]
    return out


def _clean(text: str) -> str:
    text = _TAG.sub("\n", text)
    text = _LABEL_LINE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    text = _SOURCE.sub("", text)
    return html.unescape(text)


def _cut(parts: list[tuple[str, bool]], limit: int) -> list[tuple[str, bool]]:
    """At most ``limit`` characters of rendered text, cut at a sentence end outside any span."""
    total = sum(len(t) + (4 if s else 0) for t, s in parts)
    if total <= limit:
        return parts
    kept: list[tuple[str, bool]] = []
    used = 0
    for text, spoiler in parts:
        size = len(text) + (4 if spoiler else 0)
        if used + size <= limit:
            kept.append((text, spoiler))
            used += size
            continue
        if not spoiler:
            room = text[: max(0, limit - used)]
            end = max(room.rfind(". "), room.rfind("! "), room.rfind("? "))
            if end != -1:
                kept.append((room[: end + 1], False))
            elif not kept:
                kept.append((room.rsplit(" ", 1)[0].rstrip(",;:") + "…", False))
        break
    return kept or parts[:1]


def one_line_description(markdown: str | None, limit: int = DESCRIPTION_LIMIT) -> str | None:
    """AniList's character description as one line, spoiler spans kept as ``~!…!~``."""
    if not markdown:
        return None
    parts: list[tuple[str, bool]] = []
    for text, spoiler in _pieces(markdown.replace("\r\n", "\n")):
        cleaned = _clean(text)
        if spoiler:
            flat = " ".join(cleaned.split())
            if flat:
                parts.append((flat, True))
            continue
        paragraphs = _PARAGRAPH.split(cleaned)
        for i, paragraph in enumerate(paragraphs):
            if i and any(t.strip() for t, _ in parts):
                return _render(_cut(parts, limit))
            flat = " ".join(paragraph.split())
            if flat:
                parts.append((flat, False))
    return _render(_cut(parts, limit)) if parts else None


def _render(parts: Sequence[tuple[str, bool]]) -> str | None:
    rendered = " ".join(f"{SPOILER_OPEN}{t}{SPOILER_CLOSE}" if s else t for t, s in parts if t)
    rendered = re.sub(r"\s+([,.;:!?)])(?![^~]*!~)", r"\1", " ".join(rendered.split())).strip()
    return rendered or None


# --------------------------------------------------------------------------- characters


def _voice_actors(edge: Mapping[str, Any]) -> list[CatalogVoiceActor]:
    out: list[CatalogVoiceActor] = []
    seen: set[tuple[str, str]] = set()
    for key, fallback in (("japanese", "Japanese"), ("english", "English")):
        for staff in edge.get(key) or []:
            if not isinstance(staff, dict):
                continue
            name = ((staff.get("name") or {}).get("full") or "").strip()
            language = (staff.get("languageV2") or fallback).strip()
            if name and (fold(name), language) not in seen:
                seen.add((fold(name), language))
                out.append(CatalogVoiceActor(name=name, language=language))
    return out


def _https(url: Any) -> str | None:
    if isinstance(url, str) and url.startswith("https://") and not any(c.isspace() for c in url):
        return url
    return None


def _character(edge: Mapping[str, Any], episode_count: int | None) -> CatalogCharacter | None:
    node = edge.get("node") or {}
    names = node.get("name") or {}
    full = " ".join(str(names.get("full") or names.get("native") or "").split())
    if not full or not isinstance(node.get("id"), int):
        return None
    taken = {fold(full)}
    public = _unique(names.get("alternative") or [], taken)
    secret = _unique(names.get("alternativeSpoiler") or [], taken)
    until = episode_count if episode_count is not None else SPOILER_UNTIL_FINISHED
    aliases = tuple(CatalogAlias(name=n) for n in public) + tuple(
        CatalogAlias(name=n, revealed_in=until, reveal_unknown=True) for n in secret
    )
    native = names.get("native")
    native = " ".join(native.split()) if isinstance(native, str) and native.strip() else None
    if native is not None and fold(native) == fold(full):
        native = None
    markup = one_line_description(node.get("description"))
    actors = _voice_actors(edge)
    japanese = next((a.name for a in actors if a.language == "Japanese"), None)
    image = node.get("image") or {}
    role = edge.get("role")
    fields: dict[str, Any] = {
        "native_name": native,
        "role": role.lower() if isinstance(role, str) and role in _ROLE_RANK else None,
        "voice_actor": japanese,
        "description": markup,
        "image_url": _https(image.get("large")) or _https(image.get("medium")),
        "anilist_url": _https(node.get("siteUrl")),
    }
    imported = {k: fingerprint(v) for k, v in fields.items() if v is not None}
    if aliases:
        imported["aliases"] = fingerprint([a.name for a in aliases])
    if actors:
        imported["voice_actors"] = fingerprint([[a.name, a.language] for a in actors])
    has_spans = markup is not None and SPOILER_OPEN in markup
    return CatalogCharacter(
        name=full,
        aliases=aliases,
        voice_actor=japanese,
        description=(strip_spoilers(markup) or None) if has_spans and markup else markup,
        native_name=native,
        description_markup=markup if has_spans else None,
        voice_actors=tuple(actors),
        role=fields["role"],
        image_url=fields["image_url"],
        anilist_id=node["id"],
        anilist_url=fields["anilist_url"],
        imported=tuple(sorted(imported.items())),
    )


def _order(edges: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Role first (main, supporting, background), then favourites, most first."""
    ranked = sorted(
        enumerate(edges),
        key=lambda pair: (
            _ROLE_RANK.get(str(pair[1].get("role")), 3),
            -int((pair[1].get("node") or {}).get("favourites") or 0),
            pair[0],
        ),
    )
    return [edge for _, edge in ranked]


def map_catalog(
    media: Mapping[str, Any],
    edges: Sequence[Mapping[str, Any]],
    *,
    characters: int = DEFAULT_CHARACTERS,
) -> Catalog:
    """The catalog AniList's answers describe, with at most ``characters`` characters."""
    title = media_title(media)
    names = media.get("title") or {}
    aliases = _unique(
        [
            names.get("romaji"),
            names.get("english"),
            names.get("native"),
            *(media.get("synonyms") or []),
        ],
        {fold(title)},
    )
    count = media.get("episodes")
    count = count if isinstance(count, int) and not isinstance(count, bool) and count >= 0 else None
    cast: list[CatalogCharacter] = []
    seen: set[str] = set()
    for edge in _order(edges):
        if len(cast) >= characters:
            break
        character = _character(edge, count)
        if character is None or fold(character.name) in seen:
            continue
        seen.add(fold(character.name))
        cast.append(character)
    imported = {"title": fingerprint(title)}
    if aliases:
        imported["aliases"] = fingerprint(aliases)
    if count is not None:
        imported["episode_count"] = fingerprint(count)
    media_id = media.get("id")
    return Catalog(
        title=title,
        slug=slugify(title),
        aliases=tuple(aliases),
        episode_count=count,
        characters=tuple(cast),
        anilist_id=media_id if isinstance(media_id, int) else None,
        anilist_url=_https(media.get("siteUrl")),
        imported=tuple(sorted(imported.items())),
    )
