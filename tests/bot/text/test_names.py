"""bot/text/names.py: how names are compared, split into words, slugged and fitted."""

from __future__ import annotations

import pytest

from bot.text.names import fit, fold, slugify, tokens


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
