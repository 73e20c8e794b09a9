"""PostgreSQL's search hooks: websearch_to_tsquery text of quoted words, ts_headline snippets."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from bot.store.engine import Params, Row
from bot.store.postgres import search

log = logging.getLogger(__name__)


class PostgresSearchHooks:
    """`bot.store.engine.SearchHooks` for the tsvector column (bot/store/postgres/search.py)."""

    batched_index = False  # the generated column is indexed in its row's own statement

    def matches(self, terms: Sequence[str]) -> list[str]:
        # Terms are letters and digits only (bot.text.snippets.search_terms); quoted, each is
        # a word for websearch_to_tsquery even when it reads "or" or starts with "-".
        quoted = [f'"{t}"' for t in terms]
        attempts = [" ".join(quoted)]
        if len(quoted) > 1:
            attempts.append(" or ".join(quoted))
        return attempts

    def hits_params(self, ids: Sequence[int], match: str) -> Params:
        return (list(ids), match, search.HEADLINE_OPTIONS)

    def snippet(self, row: Row, terms: Sequence[str]) -> str:
        text = " ".join(row["text"].split())
        headline = " ".join(row["snippet"].split())
        if not headline or headline not in text:  # (ts_headline keeps the text's own words)
            return headline
        at = text.find(headline)
        before = "…" if at > 0 else ""
        after = "…" if at + len(headline) < len(text) else ""
        return f"{before}{headline}{after}"
