"""bot/text/choices.py: the autocomplete ranking, checked against the spec written out literally.

The reference below is the ranking as ARCHITECTURE.md states it (tiers, then difflib near
misses), one character at a time; the index must give exactly its answers.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.text.choices import (
    AUTOCOMPLETE,
    FUZZY_MAX,
    ChoiceAlias,
    ChoiceEntry,
    ChoiceIndex,
    alias_choice,
    rank_choices,
)
from bot.text.names import fit, fold, tokens

# --------------------------------------------------------------------------- ranking = the spec


def _referencerank_choices(
    entries: Sequence[ChoiceEntry], q: str, limit: int, progress: int | None
) -> list[tuple[int, str, float]]:
    """character_choices' ranking written out literally, one character at a time.

    Tiers: canonical-name prefix, alias prefix, word prefix, substring; only when none of
    those matches anything, the FUZZY_MAX characters with the best difflib ratio >= 0.6.
    """
    if not q:
        return [(e.id, e.shown, 1.0) for e in entries[:limit]]

    def similarity(candidate: str) -> float:
        if len(q) == len(candidate) and q != candidate:
            diff = [i for i, (x, y) in enumerate(zip(q, candidate, strict=True)) if x != y]
            swapped = len(diff) == 2 and diff[1] == diff[0] + 1
            if swapped and (q[diff[0]], q[diff[1]]) == (candidate[diff[1]], candidate[diff[0]]):
                return 0.9
        return difflib.SequenceMatcher(None, candidate, q).ratio()

    ranked = []
    near = []
    for position, e in enumerate(entries):
        seen = [
            a
            for a in e.aliases
            if not a.variant
            and (a.revealed_in is None or (progress is not None and a.revealed_in <= progress))
        ]

        def as_alias(a: ChoiceAlias, e: ChoiceEntry = e) -> str:
            return alias_choice(a.name, e.name, AUTOCOMPLETE.length)

        hit = None
        if e.key.startswith(q):
            hit = (0, 1.0, e.shown)
        elif a := next((a for a in seen if a.key.startswith(q)), None):
            hit = (1, 0.9, as_alias(a))
        elif any(t.startswith(q) for t in e.tokens):
            hit = (2, 0.8, e.shown)
        elif a := next((a for a in seen if any(t.startswith(q) for t in a.tokens)), None):
            hit = (2, 0.8, as_alias(a))
        elif q in e.key:
            hit = (3, 0.7, e.shown)
        elif a := next((a for a in seen if q in a.key), None):
            hit = (3, 0.7, as_alias(a))
        else:
            best, text = 0.0, ""
            for candidate in (e.key, *e.tokens):
                if (ratio := similarity(candidate)) > best:
                    best, text = ratio, e.shown
            for a in seen:
                for candidate in (a.key, *a.tokens):
                    if (ratio := similarity(candidate)) > best:
                        best, text = ratio, as_alias(a)
            if best >= 0.6 - 1e-9:
                near.append((4, -0.6 * best, position, (e.id, text, 0.6 * best)))
        if hit is not None:
            ranked.append((hit[0], -hit[1], position, (e.id, hit[2], hit[1])))
    if not ranked:
        ranked = sorted(near, key=lambda r: r[:3])[: min(limit, FUZZY_MAX)]
    ranked.sort(key=lambda r: r[:3])
    return [r[3] for r in ranked[:limit]]


def _cached(
    character_id: int, name: str, aliases: Sequence[tuple[str, int | None, bool]]
) -> ChoiceEntry:
    key = fold(name)
    return ChoiceEntry(
        id=character_id,
        anime_id=1,
        name=name,
        key=key,
        tokens=tokens(key),
        aliases=tuple(
            ChoiceAlias(n, fold(n), tokens(fold(n)), revealed, variant)
            for n, revealed, variant in aliases
            if fold(n)
        ),
        voice_actor=None,
        value=name[: AUTOCOMPLETE.length],
        shown=fit(name, AUTOCOMPLETE.length),
    )


_NAME = st.text(alphabet="abcdeé ", min_size=1, max_size=9).filter(lambda n: fold(n) != "")
_ALIAS = st.tuples(_NAME, st.one_of(st.none(), st.integers(0, 3)), st.booleans())


@settings(max_examples=300, deadline=None)
@given(
    characters=st.lists(st.tuples(_NAME, st.lists(_ALIAS, max_size=3)), max_size=12),
    query=st.text(alphabet="abcdeé ", max_size=6),
    limit=st.integers(1, 25),
    progress=st.one_of(st.none(), st.integers(0, 3)),
)
def test_choices_rank_exactly_as_specified(
    characters: list[tuple[str, list[tuple[str, int | None, bool]]]],
    query: str,
    limit: int,
    progress: int | None,
) -> None:
    entries = sorted(
        (_cached(i, name, aliases) for i, (name, aliases) in enumerate(characters, 1)),
        key=lambda e: (e.key, e.id),
    )
    q = fold(query)
    got = [
        (c.character_id, c.name, c.score)
        for c in rank_choices(ChoiceIndex.build(entries, AUTOCOMPLETE.length), q, limit, progress)
    ]
    assert got == _referencerank_choices(entries, q, limit, progress)
