"""bot/text/snippets.py: a query as plain words, and the snippet around a hit.

The sample sentence is from data/seeds (003, the Episode 1 recap).
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.text.snippets import (
    SNIPPET_WORDS,
    SNIPPET_WORDS_BEFORE,
    search_terms,
    snippet,
    term_pattern,
)


@given(st.text())
def test_search_terms_are_only_letters_and_digits(query: str) -> None:
    terms = search_terms(query)
    assert all(re.fullmatch(r"[^\W_]+", t) for t in terms)
    assert len(terms) <= 16


def test_snippets_are_a_window_of_words_around_the_first_match() -> None:
    # 003: "Scar Head notices his serum (Nectar) missing from his locker, ..."
    text = (
        "We cut to a conversation between a female and Scar Head. Scar Head notices his "
        "serum (Nectar) missing from his locker, so the female offers him hers. Scar Head "
        "refuses the Nectar because he knows the woman will cease to function without it, "
        "which confirms these two are androids."
    )
    found = snippet(text, term_pattern(["nectar"]), ["nectar"])
    assert found.startswith("…") and found.endswith("…")
    words = found.strip("…").split()
    assert len(words) == SNIPPET_WORDS
    assert words.index("(Nectar)") == SNIPPET_WORDS_BEFORE
    assert " ".join(words) in " ".join(text.split())


def test_snippets_match_like_the_index_does() -> None:
    assert snippet("Un café noir.", term_pattern(["CAFE"]), ["CAFE"]) == "Un café noir."
    text = " ".join(f"w{i}" for i in range(100))
    assert snippet(text, term_pattern(["zz"]), ["zz"]) == " ".join(text.split()[:30]) + "…"
    end = snippet(text, term_pattern(["w99"]), ["w99"])
    assert end == "…" + " ".join(text.split()[70:])
    assert snippet("a\n\nb  c", term_pattern(["b"]), ["b"]) == "a b c"
