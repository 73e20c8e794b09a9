"""Autocomplete over character names: the index, the ranking tiers, near misses, resolution.

Pure: entries come in already folded (see bot.text.names); limits (how many choices, how
long a choice may be) are parameters, given by the Discord-facing code.
"""

from __future__ import annotations

import bisect
import difflib
import heapq
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from math import ceil, floor

from bot.models import CharacterChoice
from bot.text.fuzzy import FUZZY_CUTOFF, lcs_length, one_transposition, positions
from bot.text.names import fit

log = logging.getLogger(__name__)

FUZZY_MAX = 5  # at most this many near misses, and only when nothing matched directly
PREFIX_MIN_LEN = 3


@dataclass(frozen=True, slots=True)
class ChoiceLimits:
    """How many choices a list may hold, and how long one choice's name and value may be."""

    count: int
    length: int


# Discord: at most 25 autocomplete choices; a choice's name and value are 1-100 characters.
AUTOCOMPLETE = ChoiceLimits(count=25, length=100)


@dataclass(frozen=True, slots=True)
class ChoiceAlias:
    name: str
    key: str
    tokens: tuple[str, ...]
    revealed_in: int | None
    variant: bool

    def visible(self, progress: int | None) -> bool:
        """May this alias be offered as a choice to someone at `progress`?"""
        if self.variant:
            return False
        return self.revealed_in is None or (progress is not None and self.revealed_in <= progress)


@dataclass(frozen=True, slots=True)
class ChoiceEntry:
    id: int
    anime_id: int
    name: str
    key: str
    tokens: tuple[str, ...]
    aliases: tuple[ChoiceAlias, ...]
    voice_actor: str | None
    value: str  # what a choice submits: the canonical name, cut to the limit (choice_value)
    shown: str  # what a choice shows when the canonical name matched: fit(name, limit)


def choice_value(name: str, length: int) -> str:
    """What a choice submits for a canonical name: its first `length` characters."""
    return name[:length].strip() or name[:length]


MASK_OCCURRENCES = 4  # a character's first 4 occurrences in a name get bits of their own


@dataclass(slots=True)
class ChoiceIndex:
    """One anime's (or every anime's) names, laid out for fast autocomplete ranking.

    Only names a choice may show: canonical names and aliases, never variants. Built once
    per change of the characters, like the list it is built from.

    Prefix tiers are bisected in sorted lists. For near misses every distinct name and word
    is a candidate, grouped by length, with a bitmask holding one bit per (character, nth
    occurrence): the popcount of (query mask & candidate mask) is the number of characters
    the two share with multiplicity, an upper bound of difflib's matches found in one step.
    """

    entries: list[ChoiceEntry]  # in key order
    keys: list[str]  # entries' keys, for bisect
    # non-variant aliases as (folded alias, entry position, rank, alias), sorted; their keys
    aliases: list[tuple[str, int, int, ChoiceAlias]]
    alias_keys: list[str]
    # every word of those names as (word, entry position, rank, alias or None), sorted
    words: list[tuple[str, int, int, ChoiceAlias | None]]
    word_keys: list[str]
    candidates: list[str]  # every distinct name and word
    masks: list[int]
    by_length: dict[int, list[int]]  # length -> candidate numbers
    owners: list[list[tuple[int, int, ChoiceAlias | None]]]  # per candidate: who goes by it
    bits: dict[str, int]  # character -> its bit group
    # per entry: (candidate number, rank: -1 for the canonical name else the alias's index, alias)
    owned: list[list[tuple[int, int, ChoiceAlias | None]]]
    length: int  # a choice's name and value: at most this many characters

    @classmethod
    def build(cls, entries: list[ChoiceEntry], length: int) -> ChoiceIndex:
        """The index of `entries` (sorted by key), whose choices show at most `length` chars."""
        aliases: list[tuple[str, int, int, ChoiceAlias]] = []
        words: list[tuple[str, int, int, ChoiceAlias | None]] = []
        numbers: dict[str, int] = {}
        owned: list[list[tuple[int, int, ChoiceAlias | None]]] = []
        for position, e in enumerate(entries):
            names: list[tuple[int, str, tuple[str, ...], ChoiceAlias | None]] = [
                (-1, e.key, e.tokens, None)
            ]
            names += [(i, a.key, a.tokens, a) for i, a in enumerate(e.aliases) if not a.variant]
            mine: list[tuple[int, int, ChoiceAlias | None]] = []
            for rank, key, tokens, alias in names:
                if alias is not None:
                    aliases.append((key, position, rank, alias))
                for token in tokens:
                    words.append((token, position, rank, alias))
                for candidate in dict.fromkeys((key, *tokens)):
                    number = numbers.setdefault(candidate, len(numbers))
                    mine.append((number, rank, alias))
            owned.append(mine)
        aliases.sort(key=lambda a: (a[0], a[1], a[2]))
        words.sort(key=lambda w: (w[0], w[1], w[2]))
        candidates = list(numbers)
        owners: list[list[tuple[int, int, ChoiceAlias | None]]] = [[] for _ in candidates]
        for position, mine in enumerate(owned):
            for number, rank, alias in mine:
                owners[number].append((position, rank, alias))
        by_length: dict[int, list[int]] = {}
        bits: dict[str, int] = {}
        for number, candidate in enumerate(candidates):
            by_length.setdefault(len(candidate), []).append(number)
            for ch in candidate:
                bits.setdefault(ch, len(bits))
        index = cls(
            entries=entries,
            keys=[e.key for e in entries],
            aliases=aliases,
            alias_keys=[a[0] for a in aliases],
            words=words,
            word_keys=[w[0] for w in words],
            candidates=candidates,
            masks=[],
            by_length=by_length,
            owners=owners,
            bits=bits,
            owned=owned,
            length=length,
        )
        index.masks = [index.mask(c)[0] for c in candidates]
        return index

    def mask(self, text: str) -> tuple[int, int]:
        """(bitmask, slack): slack counts occurrences past the ones with bits of their own."""
        mask = slack = 0
        seen: dict[str, int] = {}
        for ch in text:
            nth = seen.get(ch, 0)
            seen[ch] = nth + 1
            group = self.bits.get(ch)
            if group is None:
                continue  # no candidate has this character: it can match nothing
            if nth >= MASK_OCCURRENCES:
                slack += 1
            else:
                mask |= 1 << (group * MASK_OCCURRENCES + nth)
        return mask, slack


def prefixed(keys: list[str], q: str) -> range:
    """The run of sorted `keys` that start with `q`."""
    start = bisect.bisect_left(keys, q)
    stop = bisect.bisect_left(keys, q + "\U0010ffff", start)
    while stop < len(keys) and keys[stop].startswith(q):  # keys holding U+10FFFF itself
        stop += 1
    return range(start, stop)


def resolve(entries: Sequence[ChoiceEntry], q: str) -> int | None:
    canonical = {e.id for e in entries if e.key == q}
    if len(canonical) == 1:
        return canonical.pop()
    if canonical:
        return None  # the same name in several anime: ambiguous
    by_alias = {e.id for e in entries for a in e.aliases if not a.variant and a.key == q}
    if len(by_alias) == 1:
        return by_alias.pop()
    if by_alias:
        return None
    if " " not in q:
        by_word = {e.id for e in entries if e.tokens and q in (e.tokens[0], e.tokens[-1])}
        if len(by_word) == 1:
            return by_word.pop()
        if by_word:
            return None
    if len(q) >= PREFIX_MIN_LEN:
        by_prefix = {e.id for e in entries if e.key.startswith(q)}
        if len(by_prefix) == 1:
            return by_prefix.pop()
    return None


def anime_resolving(entries: Sequence[ChoiceEntry], q: str) -> list[int]:
    """The anime (ids, ascending) among whose characters `resolve` finds one for `q`."""
    by_anime: dict[int, list[ChoiceEntry]] = {}
    for entry in entries:
        by_anime.setdefault(entry.anime_id, []).append(entry)
    return sorted(anime_id for anime_id, own in by_anime.items() if resolve(own, q) is not None)


def alias_choice(alias: str, canonical: str, length: int) -> str:
    """How a choice found by an alias shows: "alias (canonical)", else the canonical name."""
    shown = " ".join(f"{alias} ({canonical})".split())
    return shown if len(shown) <= length else fit(canonical, length)


def rank_choices(
    index: ChoiceIndex, q: str, limit: int, progress: int | None
) -> list[CharacterChoice]:
    """Rank characters for `q` (already folded): see `Store.character_choices`.

    Tiers, each in name order: canonical-name prefix (1.0), alias prefix (0.9), word prefix
    (0.8), substring (0.7); a character counts once, in its best tier, shown by its canonical
    name when that matched in the tier, else by the first alias that did. A tier is only
    looked at while fewer than `limit` characters were found. Only when no tier found anyone:
    the FUZZY_MAX nearest misses (0.6 x difflib ratio).
    """
    entries = index.entries
    if not q:
        return [CharacterChoice(e.id, e.shown, e.value, 1.0) for e in entries[:limit]]

    # tier 0: canonical names starting with q are one run of the sorted keys
    run = prefixed(index.keys, q)
    if len(run) >= limit:
        return [
            CharacterChoice(entries[p].id, entries[p].shown, entries[p].value, 1.0)
            for p in run[:limit]
        ]
    found: dict[int, tuple[int, str]] = {p: (0, entries[p].shown) for p in run}

    def add(tier: int, hits: Iterable[tuple[int, int, ChoiceAlias | None]]) -> None:
        """Hits (position, rank, alias) of one tier; per character the lowest rank wins."""
        new: dict[int, tuple[int, ChoiceAlias | None]] = {}
        for position, rank, alias in hits:
            if position in found or (alias is not None and not alias.visible(progress)):
                continue
            if position not in new or rank < new[position][0]:
                new[position] = (rank, alias)
        for position, (_, alias) in new.items():
            e = entries[position]
            found[position] = (
                tier,
                e.shown if alias is None else alias_choice(alias.name, e.name, index.length),
            )

    aliases = index.aliases
    add(1, (aliases[i][1:] for i in prefixed(index.alias_keys, q)))
    if len(found) < limit:
        words = index.words
        add(2, (words[i][1:] for i in prefixed(index.word_keys, q)))
    if len(found) < limit:
        add(
            3,
            [(p, -1, None) for p, key in enumerate(index.keys) if q in key]
            + [(p, rank, a) for key, p, rank, a in aliases if q in key],
        )

    if not found:
        return [r[3] for r in sorted(near_misses(index, q, progress, min(limit, FUZZY_MAX)))]
    scores = (1.0, 0.9, 0.8, 0.7)
    ranked = sorted(
        (
            tier,
            -scores[tier],
            p,
            CharacterChoice(entries[p].id, text, entries[p].value, scores[tier]),
        )
        for p, (tier, text) in found.items()
    )
    return [r[3] for r in ranked[:limit]]


def near_misses(
    index: ChoiceIndex, q: str, progress: int | None, count: int
) -> list[tuple[int, float, int, CharacterChoice]]:
    """The `count` nearest misses ("Rogue" -> Rouge, "Naomy" -> Naomi): the characters whose
    best name or word has the highest difflib ratio, at least FUZZY_CUTOFF (ties: name order).

    Exact, but lazy. difflib's ratio is 2*M/(len(q)+len(c)), and M is at most both the
    characters the two share (one popcount, see ChoiceIndex) and their longest common
    subsequence (difflib's matching blocks are one; bit-parallel, ~10x cheaper than difflib).
    Characters are visited best bound first; a candidate whose bounds cannot reach the
    `count`-th best ratio found so far is never handed to difflib, and the visit stops when
    no character left can.
    """
    qlen = len(q)
    qmask, slack = index.mask(q)
    cutoff = FUZZY_CUTOFF - 1e-9

    # lengths with any chance: 2 * min(q, c) / (q + c) >= cutoff
    shortest = max(1, ceil(cutoff * qlen / (2 - cutoff)))
    longest = floor(qlen * (2 - cutoff) / cutoff)
    bounds: dict[int, float] = {}
    best_bound: dict[int, float] = {}  # entry position -> its best candidate's bound
    masks, owners = index.masks, index.owners
    for length in range(shortest, longest + 1):
        for number in index.by_length.get(length, ()):
            shared = min((qmask & masks[number]).bit_count() + slack, qlen, length)
            bound = 2 * shared / (qlen + length)
            if bound < cutoff:
                continue
            bounds[number] = bound
            for position, _, alias in owners[number]:
                if (alias is None or alias.visible(progress)) and bound > best_bound.get(
                    position, 0.0
                ):
                    best_bound[position] = bound
    order = sorted((-bound, position) for position, bound in best_bound.items())

    pattern = positions(q)
    matcher = difflib.SequenceMatcher(None)
    matcher.set_seq2(q)  # the query is seq2: difflib caches what it learns about seq2
    exact: dict[int, float] = {}
    tighter: dict[int, float] = {}

    def ratio(number: int, needed: float) -> float:
        """The candidate's ratio, or any value below `needed` when it cannot reach it."""
        known = exact.get(number)
        if known is not None:
            return known
        candidate = index.candidates[number]
        if one_transposition(q, candidate):
            exact[number] = 0.9
            return 0.9
        bound = tighter.get(number)
        if bound is None:
            common = lcs_length(pattern, qlen, candidate)
            bound = tighter[number] = 2 * common / (qlen + len(candidate))
        if bound < needed:
            return bound
        matcher.set_seq1(candidate)
        value = exact[number] = matcher.ratio()
        return value

    # min-heap of the best `count` so far: (ratio, -position, rank, alias), worst on top
    top: list[tuple[float, int, int, ChoiceAlias | None]] = []
    for negative_bound, position in order:
        full = len(top) >= count
        if full and -negative_bound < top[0][0]:
            break  # nobody left can reach the worst of the best
        needed = top[0][0] if full else cutoff
        best: tuple[float, int, ChoiceAlias | None] | None = None
        for number, rank, alias in index.owned[position]:
            reach = bounds.get(number)
            if reach is None or (alias is not None and not alias.visible(progress)):
                continue
            floor_ = max(needed, best[0]) if best is not None else needed
            if reach < floor_:
                continue
            r = ratio(number, floor_)
            if r >= floor_ and r >= cutoff and (best is None or (r, -rank) > (best[0], -best[1])):
                best = (r, rank, alias)
        if best is None:
            continue
        item = (best[0], -position, best[1], best[2])
        if not full:
            heapq.heappush(top, item)
        elif item[:2] > top[0][:2]:
            heapq.heapreplace(top, item)

    entries = index.entries
    ranked: list[tuple[int, float, int, CharacterChoice]] = []
    for r, negative_position, _, alias in top:
        e = entries[-negative_position]
        text = e.shown if alias is None else alias_choice(alias.name, e.name, index.length)
        score = 0.6 * r
        ranked.append((4, -score, -negative_position, CharacterChoice(e.id, text, e.value, score)))
    return ranked
