"""The curated catalogs' anime names, folded for matching, built once per catalog list."""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from collections.abc import Sequence

from bot.ingest.normalise import SPACE_RUN, fold
from bot.models import Catalog
from bot.text.mentions import name_pattern

log = logging.getLogger(__name__)

__all__ = ["CatalogIndex", "catalog_index"]


class CatalogIndex:
    """Every catalog title and alias, folded, with one pattern finding any of them."""

    def __init__(self, catalogs: Sequence[Catalog]) -> None:
        self.catalogs = tuple(catalogs)
        self.by_name: dict[str, Catalog] = {}
        for catalog in self.catalogs:
            for name in (catalog.title, *catalog.aliases):
                if name.strip():
                    self.by_name.setdefault(fold(name), catalog)
        names = sorted(self.by_name, key=len, reverse=True)
        self.pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(name_pattern(n) for n in names) + r")(?!\w)")
            if names
            else None
        )

    def exact(self, name: str) -> Catalog | None:
        """The catalog whose title or alias is `name` (folded), if any."""
        return self.by_name.get(fold(name))

    def in_title(self, title: str) -> Catalog | None:
        """The catalog whose title or alias appears in `title`, the longest such name winning."""
        if self.pattern is None:
            return None
        best: Catalog | None = None
        best_len = 0
        for match in self.pattern.finditer(fold(title)):
            if len(match.group(0)) > best_len:
                best_len = len(match.group(0))
                best = self.by_name.get(SPACE_RUN.sub(" ", match.group(0)))
        return best


_INDEX_CACHE: OrderedDict[tuple[int, ...], CatalogIndex] = OrderedDict()
_INDEX_CACHE_SIZE = 8


def catalog_index(catalogs: Sequence[Catalog]) -> CatalogIndex:
    """The (cached) index of `catalogs`."""
    # The cached index holds the catalogs themselves, so none of them can be freed and its id
    # reused while the entry exists: the tuple of ids identifies the list exactly.
    key = tuple(map(id, catalogs))
    index = _INDEX_CACHE.get(key)
    if index is not None:
        _INDEX_CACHE.move_to_end(key)
        return index
    index = CatalogIndex(catalogs)
    _INDEX_CACHE[key] = index
    if len(_INDEX_CACHE) > _INDEX_CACHE_SIZE:
        _INDEX_CACHE.popitem(last=False)
    return index
