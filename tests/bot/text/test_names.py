"""bot/text/names.py: how names are compared, split into words, slugged and fitted."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.text.names import QUOTES_AND_SPACE, fit, fold, slugify, tokens


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("  “Amélie   Dupont” ", "amelie dupont"),  # quotes, accents, spacing
        ("ROUGE", "rouge"),
        ("Naomi’s", "naomi's"),  # a typographic apostrophe is an apostrophe
        ("\t'Jill'\n", "jill"),
        ("「ルージュ」", "ルーシュ"),  # corner quotes trimmed; the voicing mark is an accent too
        ("“ ”", ""),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def _fold_the_long_way(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = plain.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(plain.strip(QUOTES_AND_SPACE).split())


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_fold_takes_a_short_cut_for_ascii_only_where_it_changes_nothing(text: str) -> None:
    assert fold(text) == _fold_the_long_way(text)


def test_tokens_are_the_letters_and_digits_runs() -> None:
    assert tokens("rouge redstar") == ("rouge", "redstar")
    assert tokens("d'arc-jean 2") == ("d", "arc", "jean", "2")
    assert tokens("") == ()


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Metallic Rouge", "metallic-rouge"),
        ("Pokémon: XY!", "pokemon-xy"),
        ("  --Re:Zero--  ", "re-zero"),
        ("„…“", "anime"),  # nothing ASCII left: never an empty slug
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_fit_puts_text_on_one_line_within_the_limit() -> None:
    assert fit("a  b\nc", 10) == "a b c"
    assert fit("abcdefghij", 10) == "abcdefghij"
    assert fit("abcdefghijk", 5) == "abcd…"
    assert fit("abc defgh", 5) == "abc…"  # no space left before the ellipsis
