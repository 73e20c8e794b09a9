"""bot/text/linker.py: name patterns, placing sentences, and the title mask."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bot.text.linker import Linker, locate, names_pattern


def test_names_pattern_prefers_longer_names_and_bounds_words() -> None:
    pattern = names_pattern(["Viola", "Viola Keane", " "])
    assert pattern is not None
    assert pattern.search("Then Viola Keane arrives").group() == "Viola Keane"  # type: ignore[union-attr]
    assert pattern.search("Viola\n  Keane").group() == "Viola\n  Keane"  # type: ignore[union-attr]
    assert pattern.search("Violas and Violet") is None
    assert names_pattern(["", "  "]) is None
    assert names_pattern(["rouge"], re.IGNORECASE).search("ROUGE")  # type: ignore[union-attr]


def test_locate_finds_sentences_with_collapsed_whitespace() -> None:
    text = "A b.  C\n  d. E f. A b."
    assert locate(text, "A b.", 0) == (0, 4)
    assert locate(text, "C d.", 0) == (6, 12)  # the finder gave "C\n  d." as "C d."
    assert locate(text, "A b.", 4) == (18, 22)  # at or after the cursor
    assert locate(text, "Z.", 0) is None
    assert locate(text, " ", 0) == (1, 2)


def test_a_name_only_inside_the_title_is_no_mention() -> None:
    text = "Metallic Rouge is great. Rouge fights."

    def sentences(text: str, names: Mapping[int, Sequence[str]]) -> list[tuple[int, str]]:
        return [(1, "Metallic Rouge is great."), (1, "Rouge fights.")]

    linker = Linker(
        names={1: ("Rouge",)},
        canonical={1: "Rouge Redstar"},
        title_mask=names_pattern(["Metallic Rouge"], re.IGNORECASE),
        sentences=sentences,
    )
    assert linker.find(9, text) == [(1, 9, 25, 38)]
    assert text[25:38] == "Rouge fights."


def test_no_names_links_nothing() -> None:
    def sentences(text: str, names: Mapping[int, Sequence[str]]) -> list[tuple[int, str]]:
        raise AssertionError("not asked")

    assert Linker({}, {}, None, sentences).find(1, "Rouge.") == []
