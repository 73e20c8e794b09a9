"""bot/ingest/detect/characters.py: "Character (Voice Actor)" casts."""

from __future__ import annotations

from bot.models import (
    ParsedCharacter,
)
from tests.bot.ingest.helpers import (
    doc,
)


def test_voice_actor_pattern() -> None:
    parsed = doc(
        "Frieren – Ep. 1 (First Impressions)\n\n"
        "Frieren (Atsumi Tanezaki) meets Fern. Then Himmel (Nobuhiko Okamoto) dies. "
        "The Alters (Alters) want Nectar (Nectar) from a man (a Nean researcher). "
        "Naomi (literally and figuratively) owns (parts). Studio Bones (Mob Psycho) "
        "made it. Frieren (Atsumi Tanezaki) again."
    )
    assert parsed.characters == (
        ParsedCharacter("Frieren", "Atsumi Tanezaki"),
        ParsedCharacter("Himmel", "Nobuhiko Okamoto"),
    )


def test_a_long_cast_list_is_learned_once_per_name() -> None:
    names = [f"Hero{a}{b}" for a in "ABCDEFGHIJ" for b in "KLMNO"]  # 50 names
    body = " ".join(f"{names[i % 50]} Family (Kana Mori)." for i in range(5_000))
    parsed = doc(f"Show Episode 1 Review\n\n{body}")
    assert len(parsed.characters) == 50


def test_a_learned_name_never_runs_across_a_line_break() -> None:
    from bot.ingest.detect.characters import learn_characters

    text = "TV Tonight Recaps — by Brooke Alvarez\n\nKafka Hibino (Masaya Fukunishi) hides."
    assert [(c.name, c.voice_actor) for c in learn_characters(text)] == [
        ("Kafka Hibino", "Masaya Fukunishi")
    ]
