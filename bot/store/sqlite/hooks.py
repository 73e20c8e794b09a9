"""SQLite's search hooks: FTS5 match strings of quoted words, snippets cut in Python."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence

from bot.store.engine import Params, Row
from bot.text.snippets import snippet, term_pattern

log = logging.getLogger(__name__)


class SqliteSearchHooks:
    """`bot.store.engine.SearchHooks` for FTS5 (bot/store/sqlite/search.py)."""

    batched_index = True  # FTS5 costs ~4x more when it indexes on every commit

    def matches(self, terms: Sequence[str]) -> list[str]:
        quoted = [f'"{t}"' for t in terms]  # bare words in quotes: never FTS5 syntax
        attempts = [" ".join(quoted)]
        if len(quoted) > 1:
            attempts.append(" OR ".join(quoted))
        return attempts

    def hits_params(self, ids: Sequence[int], match: str) -> Params:
        return (json.dumps(list(ids)),)

    def snippet(self, row: Row, terms: Sequence[str]) -> str:
        # FTS5's snippet() re-reads a term's whole doclist per row: cut it here instead
        return snippet(row["text"], term_pattern(terms), terms)
