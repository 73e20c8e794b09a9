"""The part of AniList's schema the emulator serves, and a resolver over the fixtures.

Types and fields follow AniList's GraphQL schema (Media, MediaTitle, CharacterConnection,
CharacterEdge with ``role`` and ``voiceActors(language, sort)``, Character, CharacterName with
``alternativeSpoiler``, Staff with ``languageV2``, Page with ``pageInfo``). A query is validated
against these types first, as a GraphQL server does, then answered with only the fields it
selected, under their aliases.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from anilist_sandbox.graphql import Enum, Field, Operation, value_of

__all__ = ["GraphQLError", "execute", "search_media"]

_S = "scalar"

TYPES: dict[str, dict[str, str]] = {
    "Query": {"Page": "Page", "Media": "Media"},
    "Page": {"pageInfo": "PageInfo", "media": "Media"},
    "PageInfo": dict.fromkeys(("total", "perPage", "currentPage", "lastPage", "hasNextPage"), _S),
    "Media": {
        **dict.fromkeys(
            (
                "id",
                "idMal",
                "type",
                "format",
                "status",
                "episodes",
                "seasonYear",
                "synonyms",
                "siteUrl",
                "popularity",
                "favourites",
                "description",
                "countryOfOrigin",
            ),
            _S,
        ),
        "title": "MediaTitle",
        "coverImage": "MediaCoverImage",
        "characters": "CharacterConnection",
    },
    "MediaTitle": dict.fromkeys(("romaji", "english", "native", "userPreferred"), _S),
    "MediaCoverImage": dict.fromkeys(("extraLarge", "large", "medium", "color"), _S),
    "CharacterConnection": {
        "edges": "CharacterEdge",
        "nodes": "Character",
        "pageInfo": "PageInfo",
    },
    "CharacterEdge": {
        **dict.fromkeys(("id", "role", "name", "favouriteOrder"), _S),
        "node": "Character",
        "voiceActors": "Staff",
    },
    "Character": {
        **dict.fromkeys(("id", "description", "gender", "age", "favourites", "siteUrl"), _S),
        "name": "CharacterName",
        "image": "CharacterImage",
    },
    "CharacterName": dict.fromkeys(
        (
            "first",
            "middle",
            "last",
            "full",
            "native",
            "alternative",
            "alternativeSpoiler",
            "userPreferred",
        ),
        _S,
    ),
    "CharacterImage": dict.fromkeys(("large", "medium"), _S),
    "Staff": {
        **dict.fromkeys(("id", "languageV2", "siteUrl", "favourites", "gender"), _S),
        "name": "StaffName",
        "image": "StaffImage",
    },
    "StaffName": dict.fromkeys(
        ("first", "middle", "last", "full", "native", "alternative", "userPreferred"), _S
    ),
    "StaffImage": dict.fromkeys(("large", "medium"), _S),
}

ROLE_ORDER = {"MAIN": 0, "SUPPORTING": 1, "BACKGROUND": 2}
MAX_PER_PAGE = 50  # AniList caps perPage at 50


@dataclass
class GraphQLError(Exception):
    """An error AniList would report: HTTP ``status``, its message, where in the query."""

    message: str
    status: int
    line: int | None = None
    column: int | None = None
    data: Any = None

    def as_json(self) -> dict[str, Any]:
        error: dict[str, Any] = {"message": self.message, "status": self.status}
        if self.line is not None:
            error["locations"] = [{"line": self.line, "column": self.column}]
        return {"errors": [error], "data": self.data}


def fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()
    return " ".join(plain.replace("’", "'").split())


def _titles(media: Mapping[str, Any]) -> list[str]:
    title = media.get("title") or {}
    names = [title.get(k) for k in ("romaji", "english", "native")]
    names += list(media.get("synonyms") or [])
    return [n for n in names if n]


def search_media(media: list[dict[str, Any]], search: str) -> list[dict[str, Any]]:
    """SEARCH_MATCH as emulated: exact title, then title prefix, then all words, then popularity."""
    query = fold(search)
    words = query.split()
    scored: list[tuple[int, int, int, dict[str, Any]]] = []
    for m in media:
        best = 0
        for name in map(fold, _titles(m)):
            if name == query:
                best = max(best, 3)
            elif name.startswith(query):
                best = max(best, 2)
            elif words and all(w in name for w in words):
                best = max(best, 1)
        if best:
            scored.append((-best, -int(m.get("popularity") or 0), int(m["id"]), m))
    return [m for *_, m in sorted(scored, key=lambda t: t[:3])]


def _validate(type_name: str, fields: list[Field]) -> None:
    known = TYPES[type_name]
    for f in fields:
        if f.name not in known:
            raise GraphQLError(
                f'Cannot query field "{f.name}" on type "{type_name}".', 400, f.line, f.column
            )
        sub = known[f.name]
        if sub == _S and f.selections:
            raise GraphQLError(
                f'Field "{f.name}" must not have a selection since it has no subfields.',
                400,
                f.line,
                f.column,
            )
        if sub != _S:
            if not f.selections:
                raise GraphQLError(
                    f'Field "{f.name}" of type "{sub}" must have a selection of subfields.',
                    400,
                    f.line,
                    f.column,
                )
            _validate(sub, f.selections)


def _enum_names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value is not None else []
    return [v.name if isinstance(v, Enum) else str(v) for v in items]


def _page_info(total: int, page: int, per_page: int) -> dict[str, Any]:
    last = max(1, -(-total // per_page))
    return {
        "total": total,
        "perPage": per_page,
        "currentPage": page,
        "lastPage": last,
        "hasNextPage": page < last,
    }


def _paging(args: Mapping[str, Any], default: int) -> tuple[int, int]:
    page = args.get("page") or 1
    per_page = args.get("perPage") or default
    if not isinstance(page, int) or not isinstance(per_page, int) or page < 1 or per_page < 1:
        raise GraphQLError("Validation error: page and perPage must be positive integers.", 400)
    return page, min(per_page, MAX_PER_PAGE)


def _sort_edges(edges: list[dict[str, Any]], sorts: list[str]) -> list[dict[str, Any]]:
    keyed: dict[str, Callable[[dict[str, Any]], Any]] = {
        "ROLE": lambda e: ROLE_ORDER.get(e.get("role") or "", 9),
        "FAVOURITES": lambda e: e["node"].get("favourites") or 0,
        "ID": lambda e: e["node"]["id"],
    }
    result = list(edges)  # fixture order is AniList's RELEVANCE order
    for sort in reversed(sorts):
        base, desc = sort.removesuffix("_DESC"), sort.endswith("_DESC")
        if base in keyed:
            result.sort(key=keyed[base], reverse=desc)
    return result


class _Executor:
    def __init__(self, fixtures: list[dict[str, Any]], variables: dict[str, Any]) -> None:
        self.media = fixtures
        self.variables = variables

    def args(self, f: Field) -> dict[str, Any]:
        return {k: value_of(v, self.variables) for k, v in f.arguments.items()}

    def project(self, type_name: str, obj: Any, fields: list[Field]) -> Any:
        if obj is None:
            return None
        if isinstance(obj, list):
            return [self.project(type_name, o, fields) for o in obj]
        out: dict[str, Any] = {}
        for f in fields:
            sub = TYPES[type_name][f.name]
            special = getattr(self, f"_{type_name}_{f.name}", None)
            value = special(obj, self.args(f)) if special else obj.get(f.name)
            out[f.key] = value if sub == _S else self.project(sub, value, f.selections)
        return out

    def root(self, f: Field) -> Any:
        args = self.args(f)
        if f.name == "Page":
            page, per_page = _paging(args, 50)
            media_fields = [s for s in f.selections if s.name == "media"]
            found = self._filter_media(self.args(media_fields[0])) if media_fields else []
            state = {"_page": page, "_per_page": per_page, "_found": found}
            return self.project("Page", state, f.selections)
        found = self._filter_media(args)
        if not found:
            raise GraphQLError("Not Found.", 404, f.line, f.column, data={f.key: None})
        return self.project("Media", found[0], f.selections)

    def _filter_media(self, args: Mapping[str, Any]) -> list[dict[str, Any]]:
        media = self.media
        if args.get("type") is not None:
            media = [m for m in media if m.get("type") in _enum_names(args["type"])]
        if args.get("id") is not None:
            media = [m for m in media if m["id"] == args["id"]]
        if args.get("search"):
            media = search_media(media, str(args["search"]))
        return media

    # Page.media / Page.pageInfo share the page's arguments and the media filter's result
    def _Page_media(self, page: dict[str, Any], args: dict[str, Any]) -> list[dict[str, Any]]:
        start = (page["_page"] - 1) * page["_per_page"]
        found: list[dict[str, Any]] = page["_found"]
        return found[start : start + page["_per_page"]]

    def _Page_pageInfo(self, page: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
        return _page_info(len(page["_found"]), page["_page"], page["_per_page"])

    def _Media_characters(self, media: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
        edges = list(media.get("_characters") or [])
        if args.get("role") is not None:
            edges = [e for e in edges if e.get("role") in _enum_names(args["role"])]
        edges = _sort_edges(edges, _enum_names(args.get("sort")))
        page, per_page = _paging(args, 25)
        start = (page - 1) * per_page
        chunk = edges[start : start + per_page]
        return {
            "edges": chunk,
            "nodes": [e["node"] for e in chunk],
            "pageInfo": _page_info(len(edges), page, per_page),
        }

    def _CharacterEdge_voiceActors(
        self, edge: dict[str, Any], args: dict[str, Any]
    ) -> list[dict[str, Any]]:
        actors = list(edge.get("voiceActors") or [])
        languages = _enum_names(args.get("language"))
        if languages:
            wanted = {lang.title() for lang in languages}
            actors = [a for a in actors if a.get("languageV2") in wanted]
        sorts = _enum_names(args.get("sort"))
        if sorts and sorts[0] in ("ID", "ID_DESC"):
            actors.sort(key=lambda a: a["id"], reverse=sorts[0] == "ID_DESC")
        return actors


def execute(
    operation: Operation, variables: Mapping[str, Any] | None, fixtures: list[dict[str, Any]]
) -> dict[str, Any]:
    """``{"data": ...}`` for the operation; raises GraphQLError as AniList would answer."""
    _validate("Query", operation.selections)
    values = dict(operation.variables)
    values.update({k: v for k, v in (variables or {}).items() if k in operation.variables})
    executor = _Executor(fixtures, values)
    return {"data": {f.key: executor.root(f) for f in operation.selections}}
