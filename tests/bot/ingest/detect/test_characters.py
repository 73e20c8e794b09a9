"""bot/ingest/detect/characters.py: "Character (Voice Actor)" casts."""

from __future__ import annotations

import pytest

from bot.ingest.detect.characters import learn_characters
from bot.ingest.page import PageMeta
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


def test_a_voice_actor_may_start_with_a_latin_extended_capital() -> None:
    from bot.ingest.detect.characters import learn_characters

    text = "Later, Kenji (Jun Ōta) and Mira (Łucja Żak) argue. Kenji (ōta) sulks."
    assert [(c.name, c.voice_actor) for c in learn_characters(text)] == [
        ("Kenji", "Jun Ōta"),
        ("Mira", "Łucja Żak"),
    ]


def test_a_voice_actors_romanised_name_may_part_its_syllables_with_an_apostrophe() -> None:
    text = (
        "Later, Tobio (Shin'ya Mori) and Rei (Ken’ichirō Aoba) argue, "
        "and Mina (Kana's Mother) sulks."
    )
    assert [(c.name, c.voice_actor) for c in learn_characters(text)] == [
        ("Tobio", "Shin'ya Mori"),
        ("Rei", "Ken’ichirō Aoba"),
    ]


_WRAPPED = (
    "The new term starts badly for everyone at the academy, and Pell Varga\n"
    "(Rin Osada) spends the whole morning lost in corridors that all look the\n"
    "same. Her guardian, who is meant to be keeping a low profile, sees Tomas\n"
    "Varga (Kei Morimoto) at the gate and panics, because Ilsa Varga (Noriko\n"
    "Aoki) was supposed to be the one doing the school run this week. Fun.\n"
)


def test_a_name_or_voice_actor_may_run_across_a_hard_wrapped_line() -> None:
    from bot.ingest.detect.characters import learn_characters

    assert [(c.name, c.voice_actor) for c in learn_characters(_WRAPPED)] == [
        ("Pell Varga", "Rin Osada"),
        ("Tomas Varga", "Kei Morimoto"),
        ("Ilsa Varga", "Noriko Aoki"),
    ]


def test_a_short_line_before_a_name_is_no_wrapped_line() -> None:
    from bot.ingest.detect.characters import learn_characters

    # a byline, a heading: lines that end where they do on purpose, however long the next
    byline = "Recap written by Dana Holt, edited by Mark Reyes\nPell Varga (Rin Osada) runs."
    heading = (
        "Cast Notes\nPell Varga (Rin Osada) spends the whole morning lost in corridors that "
        "all look the same to her.\nTomas (Kei Morimoto) panics."
    )
    # a paragraph break is never bridged, however long the line before it
    paragraph = _WRAPPED.replace("Tomas\n", "Tomas\n\n")
    assert [c.name for c in learn_characters(byline)] == ["Pell Varga"]
    assert [c.name for c in learn_characters(heading)] == ["Pell Varga", "Tomas"]
    assert [c.name for c in learn_characters(paragraph)] == ["Pell Varga", "Varga", "Ilsa Varga"]


def test_a_ragged_wrap_may_break_a_line_right_before_a_credits_bracket() -> None:
    from bot.ingest.detect.characters import learn_characters

    # the line before the bracket is narrower than its paragraph's widest one, as a writer
    # wrapping by hand leaves it: the name is still the words that end it
    text = (
        "The relay team lines up at dawn and the show lingers on every single runner's face, "
        "slowly,\n"
        "which works. Pell Varga (Rin Osada) takes the first leg with a grin, then Tomas Varga\n"
        "(Kei Morimoto) runs the second as if somebody had promised him a medal.\n"
    )
    assert [(c.name, c.voice_actor) for c in learn_characters(text)] == [
        ("Pell Varga", "Rin Osada"),
        ("Tomas Varga", "Kei Morimoto"),
    ]
    # a line that ends a sentence, or a short one, ends on purpose
    ended = text.replace("then Tomas Varga\n", "then Tomas Varga.\n")
    short = "Cast of the week: Tomas Varga\n(Kei Morimoto) runs the second leg.\n"
    assert [c.name for c in learn_characters(ended)] == ["Pell Varga"]
    assert learn_characters(short) == []


@pytest.mark.parametrize("quoted", ['"Tavi"', "“Tavi”", "'Tavi'", "‘Tavi’"])
def test_a_name_in_quotation_marks_before_its_voice_actor_is_learned_without_them(
    quoted: str,
) -> None:
    from bot.ingest.detect.characters import learn_characters

    text = f"The impostor, {quoted} (Rin Osada), smiles too long at Mina (Kei Morimoto)."
    found = [(c.name, c.voice_actor) for c in learn_characters(text)]
    assert found == [("Tavi", "Rin Osada"), ("Mina", "Kei Morimoto")]


def test_quoted_words_before_a_parenthesis_that_are_no_name_are_not_learned() -> None:
    from bot.ingest.detect.characters import learn_characters

    text = 'She calls it "the thing" (Rin Osada) and the show "Episode Five" (Kei Morimoto).'
    assert learn_characters(text) == []


@pytest.mark.parametrize("nickname", ['"Pip"', "“Pip”", "'Pip'", "‘Pip’"])
def test_a_nickname_in_quotes_between_given_and_family_name_is_no_part_of_the_name(
    nickname: str,
) -> None:
    text = f"Our lead is Tavi {nickname} Moss (Rin Osada), a shy drummer, and Mina (Kei Morimoto)."
    found = [(c.name, c.voice_actor) for c in learn_characters(text)]
    assert found == [("Tavi Moss", "Rin Osada"), ("Mina", "Kei Morimoto")]


def test_a_quoted_nickname_with_no_given_name_before_it_leaves_the_family_name() -> None:
    # nothing of a name before the quotes: the words after them are all there is
    text = 'The band adds "Pip" Moss (Rin Osada) on bass.'
    assert [c.name for c in learn_characters(text)] == ["Moss"]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("**Tavi** (Rin Osada)", "Tavi"),
        ("_Tavi_ (Rin Osada)", "Tavi"),
        ("***Tavi Moss*** (Rin Osada)", "Tavi Moss"),
        ("**Tavi (Rin Osada)**", "Tavi"),
    ],
)
def test_a_name_in_bold_or_italics_before_its_voice_actor_is_learned_without_the_marks(
    written: str, name: str
) -> None:
    from bot.ingest.detect.characters import learn_characters

    text = f"This week {written} finally gets the spotlight, and Mina (Kei Morimoto) too."
    found = [(c.name, c.voice_actor) for c in learn_characters(text)]
    assert found == [(name, "Rin Osada"), ("Mina", "Kei Morimoto")]


def test_emphasised_words_before_a_parenthesis_that_are_no_name_are_not_learned() -> None:
    from bot.ingest.detect.characters import learn_characters

    text = "It is **the show** (Rin Osada) and **Episode Five** (Kei Morimoto), not a cast."
    assert learn_characters(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We glimpse Captain Aya Morimoto (Rena Ishida) on the wall.", "Aya Morimoto"),
        ("Then Vice-Captain Ren Kusaka (Daiki Ono) steps in.", "Ren Kusaka"),
        ("Professor Hal Ingram (Kenji Mori) explains the rules.", "Hal Ingram"),
    ],
)
def test_a_rank_before_a_full_name_is_not_part_of_the_name(text: str, name: str) -> None:
    assert [c.name for c in learn_characters(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # ranks joined by hyphens are a rank too, no part of the name
        ("At the end, Commander-in-Chief Oren Takeda (Yui Hanada) walks in.", "Oren Takeda"),
        ("Then Lieutenant-Colonel Maru Sato (Kei Morimoto) signs it.", "Maru Sato"),
        ("The fleet answers to Vice-Admiral Juno Kaede (Rin Osada) now.", "Juno Kaede"),
        # a hyphenated name is no rank
        ("Then Jean-Luc Amari (Daiki Ono) signs it.", "Jean-Luc Amari"),
    ],
)
def test_a_hyphenated_rank_before_a_name_is_not_part_of_the_name(text: str, name: str) -> None:
    assert [c.name for c in learn_characters(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the name alone, as the text says it elsewhere ("Rook takes the left flank")
        ("Then Captain Rook (Daiki Ono) arrives.", "Rook"),
        ("The duel belongs to Vice-Captain Tamura (Kei Morimoto), at last.", "Tamura"),
        ("Miss Okabe (Rin Osada) hands back the tests.", "Okabe"),
        # a court's rank, as a palace drama's cast is titled
        ("Maomao tastes for Consort Lirei (Rin Osada) now.", "Lirei"),
        ("Then Concubine Fuyou (Kei Morimoto) dances on the wall.", "Fuyou"),
        # a crown's title, as a historical drama's cast is titled
        ("Looming over it all is King Aldric (Kei Morimoto).", "Aldric"),
        ("Then Princess Mirela (Rin Osada) sings at the gate.", "Mirela"),
        # a church's office, as a drama of faith and heresy titles its clergy
        ("The Inquisitor Halvard (Kei Morimoto) smiles at the boy.", "Halvard"),
        ("Then Bishop Marek (Daiki Ono) reads the verdict aloud.", "Marek"),
        # a single ordinary word is no name without its title
        ("Then Lord Death (Daiki Ono) laughs.", "Lord Death"),
    ],
)
def test_a_rank_before_a_single_name_is_dropped_unless_an_ordinary_word_is_left(
    text: str, name: str
) -> None:
    assert [c.name for c in learn_characters(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a cast list's younger and older selves: the text calls them by the name alone
        ("Baby Pell (Rin Osada) babbles through the whole concert.", "Pell"),
        ("In the flashback, Young Tamura Ichiro (Kei Morimoto) runs away.", "Tamura Ichiro"),
        ("Then Older Rook (Daiki Ono) shows up at the door.", "Rook"),
        # a single ordinary word is no name without it
        ("Little House (Daiki Ono) hums along.", "Little House"),
    ],
)
def test_an_age_before_a_name_is_dropped_as_a_rank_is(text: str, name: str) -> None:
    assert [c.name for c in learn_characters(text)] == [name]


@pytest.mark.parametrize(
    "written",
    [
        "Pell Varga (Rin Osada / Kei Morimoto as her older self)",  # a second voice, its role
        "Pell Varga (Rin Osada / Dana Holt)",  # the Japanese cast's, then the dub's
        "Pell Varga (Rin Osada/Dana Holt)",
        "Pell Varga (Rin Osada and Dana Holt)",
        "Pell Varga (Rin Osada; English dub: Dana Holt)",
        # a second voice for another form or age of the character, labelled so
        "Pell Varga (Rin Osada / female: Dana Holt)",
        "Pell Varga (Rin Osada / cat form: Dana Holt)",
        "Pell Varga (Rin Osada; Adult: Dana Holt)",
        "Pell Varga (JP: Rin Osada / EN: Dana Holt)",
        "Pell Varga (voiced by Rin Osada)",
        "Pell Varga (VA: Rin Osada)",
        "Pell Varga (CV: Rin Osada)",
        "Pell Varga (Rin Osada, in her first lead role)",
        "Pell Varga (Rin Osada as a child)",
        "Pell Varga (Rin Osada, who also sings the ending)",
        # the first actor's role, then a second voice joined by "with" and its role, at length
        (
            "Pell Varga (Rin Osada as the girl, with Dana Holt voicing the old soldier's "
            "memories that still speak inside her head)"
        ),
        "Pell Varga (Rin Osada as the girl with Dana Holt voicing her older self)",
        # the actor's name again in Japanese script ("family name first, with the kanji")
    ],
)
def test_a_voice_actor_with_a_label_a_second_actor_or_a_role_note_is_learned(
    written: str,
) -> None:
    text = f"This week {written} finally gets the spotlight, and Mina (Kei Morimoto) too."
    found = [(c.name, c.voice_actor) for c in learn_characters(text)]
    assert found == [("Pell Varga", "Rin Osada"), ("Mina", "Kei Morimoto")]


def test_a_cast_list_naming_each_actor_again_in_japanese_script_is_learned() -> None:
    # family name first, then the same name in kanji or kana
    text = "Cast\n\n- Pell Varga (Osada Rin / 長田凛)\n- Mina (Morimoto Kei/もりもと けい)\n"
    found = [(c.name, c.voice_actor) for c in learn_characters(text)]
    assert found == [("Pell Varga", "Osada Rin"), ("Mina", "Morimoto Kei")]


def test_a_title_given_again_in_han_script_in_prose_teaches_no_character() -> None:
    text = "Quick reminder: Sky Harbor (Kuugang Rimen / 空港日面) is back for a second season."
    assert learn_characters(text) == []


@pytest.mark.parametrize(
    "written",
    [
        "Sky Harbor (Kyoto Animation, Studio Pierrot)",  # studios, not a second actor
        "Sky Harbor (Hana Kimura, 2019)",  # a director and a year
        "Sky Harbor (Hana Kimura / Season Two)",
        "Sky Harbor (Hana Kimura, Episode Five)",
        "Sky Harbor (voiced by everyone)",
    ],
)
def test_a_parenthesis_with_more_than_actors_in_it_teaches_no_character(written: str) -> None:
    text = f"It reminded me of {written} more than anything else this season."
    assert learn_characters(text) == []


@pytest.mark.parametrize(
    "written",
    [
        "## Recipe: Fried Slime Fritters (Lemon Edition)",  # a dish's variant, in a heading
        "The ending song is Paper Moon (Piano Version), and it is lovely.",
        "Try the Dragon Stew (Spicy Remix) from the fan wiki.",
        "The Cave Mushroom Stew (Recipe Card) below serves four.",
    ],
)
def test_a_parenthesis_naming_a_variant_of_a_thing_teaches_no_character(written: str) -> None:
    assert learn_characters(f"Some words first.\n\n{written}\n\nMore words after.") == []


@pytest.mark.parametrize(
    ("written", "name", "actor"),
    [
        ("Pell Varga (J. Mark Holt)", "Pell Varga", "J. Mark Holt"),  # a dub actor's initial
        ("Pell Varga (Dana R. Holt)", "Pell Varga", "Dana R. Holt"),
        ("Pell K. Varga (Rin Osada)", "Pell K. Varga", "Rin Osada"),  # the character's
        ("Pell vi Varga (Rin Osada)", "Pell vi Varga", "Rin Osada"),  # a particle inside
        ("a stroll de Varga (Rin Osada)", "Varga", "Rin Osada"),  # none inside a name
        ("[Pell Varga](https://wiki.example/pell) (Rin Osada)", "Pell Varga", "Rin Osada"),
        ("**[Pell Varga](/cast/pell-varga)** (Rin Osada)", "Pell Varga", "Rin Osada"),
    ],
)
def test_initials_particles_and_a_markdown_link_on_the_name_still_teach_the_character(
    written: str, name: str, actor: str
) -> None:
    text = f"This week {written} finally gets the spotlight, and Mina (Kei Morimoto) too."
    found = [(c.name, c.voice_actor) for c in learn_characters(text)]
    assert found == [(name, actor), ("Mina", "Kei Morimoto")]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Corvin Ashdale Jr. (Rin Osada)", "Corvin Ashdale Jr."),  # a generational suffix
        ("Corvin Ashdale Sr. (Rin Osada)", "Corvin Ashdale Sr."),
        ("Corvin Jr. (Rin Osada)", "Corvin Jr."),
    ],
)
def test_a_generational_suffix_after_the_name_is_learned_as_part_of_it(
    written: str, name: str
) -> None:
    text = f"Mina (Kei Morimoto) and {written} still lead the squad this week."
    found = [(c.name, c.voice_actor) for c in learn_characters(text)]
    assert found == [("Mina", "Kei Morimoto"), (name, "Rin Osada")]


def test_a_suffix_with_no_name_before_it_teaches_nothing() -> None:
    text = "Mina (Kei Morimoto) fights, and then Sr. (Rin Osada) is mentioned in passing."
    assert [c.name for c in learn_characters(text)] == ["Mina"]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Vesh the Hollow (Rin Osada, chilling)", "Vesh the Hollow"),  # a fantasy epithet
        ("Pell the Bold (Rin Osada)", "Pell the Bold"),
        ("Meanwhile the Warden (Rin Osada)", "Warden"),  # an opening word and its article
        ("So the Warden (Rin Osada)", "Warden"),
    ],
)
def test_a_name_and_its_epithet_after_the_article_are_learned_as_one(
    written: str, name: str
) -> None:
    text = f"Near the end. {written} arrives at the gate, and Mina (Kei Morimoto) too."
    found = [(c.name, c.voice_actor) for c in learn_characters(text)]
    assert found == [(name, "Rin Osada"), ("Mina", "Kei Morimoto")]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Vesh the Hero (Rin Osada)", "Vesh"),  # the calling they hold, no sobriquet
        ("Pell Varga the Priest (Rin Osada)", "Pell Varga"),
        ("Tavi the Knight (Rin Osada, superb)", "Tavi"),
        ("Canute the King (Rin Osada)", "Canute"),  # a rank after the name, as one before
        ("Pell the Elder (Rin Osada)", "Pell the Elder"),  # an age tells two people apart
    ],
)
def test_a_name_and_its_calling_after_the_article_are_learned_as_the_name(
    written: str, name: str
) -> None:
    text = f"Near the end. {written} arrives at the gate, and Mina (Kei Morimoto) too."
    found = [(c.name, c.voice_actor) for c in learn_characters(text)]
    assert found == [(name, "Rin Osada"), ("Mina", "Kei Morimoto")]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Tavi herself (Rin Osada)", "Tavi"),  # the lead, stressed by a reflexive pronoun
        ("Pell Varga himself (Rin Osada)", "Pell Varga"),
        ("The Warden himself (Rin Osada)", "Warden"),  # the sentence's opening word dropped
        ("**Tavi** herself (Rin Osada)", "Tavi"),
    ],
)
def test_a_name_stressed_by_a_reflexive_pronoun_before_the_actor_is_learned(
    written: str, name: str
) -> None:
    text = f"Near the end. {written} waits outside the room, and Mina (Kei Morimoto) goes in."
    found = [(c.name, c.voice_actor) for c in learn_characters(text)]
    assert found == [(name, "Rin Osada"), ("Mina", "Kei Morimoto")]


def test_a_reflexive_pronoun_after_no_name_teaches_nothing() -> None:
    text = "Near the end she herself (Rin Osada) admits it, and Mina (Kei Morimoto) goes in."
    assert [c.name for c in learn_characters(text)] == ["Mina"]


@pytest.mark.parametrize(
    "written",
    [
        "[the wiki](https://wiki.example/pell) (Rin Osada)",  # a link that is no name
        "![Pell Varga](/img/pell.png) (Rin Osada)",  # an image's alt text
        "Pell Varga (R. K.)",  # initials alone are no actor
        "Pell Varga (J. Holt)",  # nor one name and an initial
    ],
)
def test_links_and_initials_that_are_no_name_or_actor_teach_nothing(written: str) -> None:
    text = f"This week {written} finally gets the spotlight."
    assert learn_characters(text) == []


@pytest.mark.parametrize("opening", ["It's", "It’s", "Here's", "That's", "What's", "Let's"])
def test_a_contracted_sentence_opening_is_not_part_of_the_name(opening: str) -> None:
    text = f"{opening} Mina Ashiro (Rie Takahashi) who saves the match in the last minute."
    assert [c.name for c in learn_characters(text)] == ["Mina Ashiro"]


def test_a_name_with_an_apostrophe_keeps_it() -> None:
    text = "Then Aidan O'Rourke (Kenji Nomura) walks in with the bad news."
    assert [c.name for c in learn_characters(text)] == ["Aidan O'Rourke"]


@pytest.mark.parametrize(
    "text",
    [
        "The first act is slow. Meeting Hana Moriyama (Mai Kadowaki), a stubborn baker, helps.",
        "Watching Hana Moriyama (Mai Kadowaki) knead dough is the whole show.",
        "- Seeing Hana Moriyama (Mai Kadowaki) again was a treat.",
    ],
)
def test_a_verbs_ing_form_opening_the_sentence_is_not_part_of_the_name(text: str) -> None:
    assert [c.name for c in learn_characters(text)] == ["Hana Moriyama"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # inside a sentence, a capitalised word ending in -ing is a name's
        ("The bakery scene with Darling Moriyama (Mai Kadowaki) is sweet.", "Darling Moriyama"),
        # a short word ending so is a name, not a verb's form
        ("Ming Moriyama (Mai Kadowaki) runs the bakery.", "Ming Moriyama"),
    ],
)
def test_a_word_ending_in_ing_inside_a_sentence_or_short_stays_in_the_name(
    text: str, name: str
) -> None:
    assert [c.name for c in learn_characters(text)] == [name]


# --------------------------------------------------------------------------- round 39

_ONE_NAME = "Lantern Road Episode 9 Review\n\n"


def test_a_character_credited_by_one_name_is_learned_under_the_full_name_the_prose_gives() -> None:
    parsed = doc(
        f"{_ONE_NAME}The fight Hana Kirishima first refused in episode 2 finally happens. "
        "Hana (Mai Ito) walks up the hill alone, and Riku (Ken Sato) waits at the top."
    )
    assert parsed.characters == (
        ParsedCharacter("Hana Kirishima", "Mai Ito"),
        ParsedCharacter("Riku", "Ken Sato"),
    )


@pytest.mark.parametrize(
    "elsewhere",
    [
        # two full names for one given name: which one is unclear
        "Hana Kirishima first refused it, and Hana Ito never did.",
        # a title-cased heading, not prose
        "Hana Faces Riku\n\nThe fight is long.",
        # ...whose small words are in lower case, as a heading writes them
        "The fight is long.\n\nHana Faces the Storm\n\nIt ends well.",
        "## When Hana Meets the Queen of Ash\n\nThe fight is long.",
    ],
)
def test_a_one_name_credit_stays_as_it_is_without_one_full_name_in_prose(elsewhere: str) -> None:
    parsed = doc(f"{_ONE_NAME}{elsewhere}\n\nHana (Mai Ito) walks up the hill alone.")
    assert parsed.characters == (ParsedCharacter("Hana", "Mai Ito"),)


@pytest.mark.parametrize(
    ("elsewhere", "name"),
    [
        # the full name ends a sentence that another follows on its line: prose
        (
            "Two fans are reborn as her twins, Riku and Hana Kirishima. It is a comedy.",
            "Hana Kirishima",
        ),
        ("Nobody saw it coming from Hana Kirishima! The rest is a blur.", "Hana Kirishima"),
        # an abbreviation's dot ends no sentence: no family name before it
        ("They meet Hana St. Claire's sister on the hill.", "Hana"),
        # a heading's line, no run of sentences
        ("Hana Returns.\n\nThe fight is long.", "Hana"),
    ],
)
def test_a_full_name_ending_a_sentence_in_prose_completes_a_one_name_credit(
    elsewhere: str, name: str
) -> None:
    parsed = doc(f"{_ONE_NAME}{elsewhere}\n\nHana (Mai Ito) walks up the hill alone.")
    assert parsed.characters == (ParsedCharacter(name, "Mai Ito"),)


@pytest.mark.parametrize(
    "address", ["Reply to editors@rikudigest.example", "Archive: https://rikudigest.example/14"]
)
def test_a_newsletter_named_after_a_character_is_no_full_name(address: str) -> None:
    # "Riku Digest" glued in an address: a newsletter's name, which its sign-off says in prose
    parsed = doc(
        f"{_ONE_NAME}Riku (Ken Sato) waits at the top of the hill.\n\n"
        f"Riku Digest is put together by two fans.\n{address}"
    )
    assert parsed.characters == (ParsedCharacter("Riku", "Ken Sato"),)


@pytest.mark.parametrize(
    "named_after",
    [
        "The Riku Brigade is short of hands this week.",
        "Most of the Riku Brigade is short of hands.",
        "Nobody trusts a Riku Clan elder, apparently.",
        "This Riku Festival arc drags on and on.",
    ],
)
def test_a_group_named_after_a_character_after_an_article_is_no_full_name(
    named_after: str,
) -> None:
    # "the <Given> <Word>" going on in lower case: a group or event named after the
    # character, no full name of the character's own
    parsed = doc(f"{_ONE_NAME}{named_after}\n\nRiku (Ken Sato) waits at the top of the hill.")
    assert parsed.characters == (ParsedCharacter("Riku", "Ken Sato"),)


@pytest.mark.parametrize(
    "named_after",
    [
        "Riku's crew, Riku Brigade, loses the race by a length.",
        "Riku’s little ship, Riku Star, sinks in the first act.",
    ],
)
def test_a_characters_thing_named_after_them_in_apposition_is_no_full_name(
    named_after: str,
) -> None:
    # "<Given>'s <noun>, <Given> <Word>, …": the appositive names the character's own thing
    parsed = doc(f"{_ONE_NAME}{named_after}\n\nRiku (Ken Sato) waits at the top of the hill.")
    assert parsed.characters == (ParsedCharacter("Riku", "Ken Sato"),)


def test_a_relatives_full_name_in_apposition_still_completes_a_one_name_credit() -> None:
    # an appositive after another person's possessive is a full name as before
    parsed = doc(
        f"{_ONE_NAME}Mei's brother, Riku Tanaka, waits at the top of the hill.\n\n"
        "Riku (Ken Sato) waves."
    )
    assert parsed.characters == (ParsedCharacter("Riku Tanaka", "Ken Sato"),)


@pytest.mark.parametrize("quoted", ['"Hana Kirishima"', "“Hana Kirishima”"])
def test_a_full_name_in_quotation_marks_in_prose_completes_a_one_name_credit(quoted: str) -> None:
    # the full name said only as the episode's title, quoted in a sentence going on
    parsed = doc(
        f"{_ONE_NAME}The episode, titled {quoted}, opens on the hill. "
        "Hana (Mai Ito) walks up it alone."
    )
    assert parsed.characters == (ParsedCharacter("Hana Kirishima", "Mai Ito"),)


def test_a_quotation_mark_closing_after_a_name_it_did_not_open_before_completes_nothing() -> None:
    # the quote opened before other words: the name ends a quoted phrase, no full name
    parsed = doc(
        f'{_ONE_NAME}She calls it "the walk with Hana Kirishima", and laughs. '
        "Hana (Mai Ito) walks up the hill alone."
    )
    assert parsed.characters == (ParsedCharacter("Hana", "Mai Ito"),)


def test_a_one_name_credit_is_not_completed_with_the_animes_name() -> None:
    # "<Character> Road" is the anime's name, not the character's full name
    parsed = doc(
        f"{_ONE_NAME}The Lantern Road anime has never looked better.\n\n"
        "Lantern (Mai Ito), the town's old guide, walks up the hill alone."
    )
    assert parsed.characters == (ParsedCharacter("Lantern", "Mai Ito"),)


# --------------------------------------------------------------------------- round 42


@pytest.mark.parametrize(
    "text",
    [
        # the cast line first, then the given name alone with the same actor in the recap
        "Cast: Hana Kirishima (Mai Ito) and Riku (Ken Sato).\n\n"
        "Hana (Mai Ito) walks up the hill alone.",
        # the given name alone first
        "Hana (Mai Ito) walks up the hill alone.\n\nCast: Hana Kirishima (Mai Ito).",
    ],
)
def test_a_one_name_credit_is_the_full_name_credited_to_the_same_actor(text: str) -> None:
    characters = doc(f"{_ONE_NAME}{text}").characters
    assert [c for c in characters if c.name.startswith("Hana")] == [
        ParsedCharacter("Hana Kirishima", "Mai Ito")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # another actor: another character (a sibling, a namesake)
        "Hana Kirishima (Mai Ito) meets Hana (Yui Sato).",
        # the one name is no word of the full name
        "Hana Kirishima (Mai Ito) and, in a dream, Haru (Mai Ito).",
        # two full names for that actor: which one is unclear
        "Hana Kirishima (Mai Ito), Hana Ito (Mai Ito), and Hana (Mai Ito).",
    ],
)
def test_a_one_name_credit_stays_without_one_full_name_for_its_actor(text: str) -> None:
    names = {c.name for c in doc(f"{_ONE_NAME}{text}").characters}
    assert names & {"Hana", "Haru"}


@pytest.mark.parametrize(
    "aside",
    [
        # a show's other title in brackets after its name, going on from its last word
        "Spoilers for Lanterns in Harbor (Harbor Lights) episode 4 below.",
        "This week on Tales of Marrow (Marrow Kitchen), the soup finally works.",
    ],
)
def test_a_shows_other_title_in_brackets_is_no_credit(aside: str) -> None:
    # an actor's name does not open with the name it is credited to; a show's other title may
    text = f"{aside}\n\nPell Varga (Rin Osada) carries the season."
    assert [c.name for c in learn_characters(text)] == ["Pell Varga"]


@pytest.mark.parametrize(
    "credit",
    [
        "(screenshot from the stream, © Mika Torii (Hoshi Shobo) / Sky Harbor Committee)",
        "Key visual ©2023 Mika Torii (Hoshi Shobo)",
        "(c) 2022-2024 Mika Torii (Hoshi Shobo), all rights reserved",
        "Copyright Mika Torii (Hoshi Shobo)",
    ],
)
def test_a_rights_notice_credits_the_author_not_a_character(credit: str) -> None:
    # an image's caption or a page's foot credits the original work: its author, then the
    # publisher in brackets, as a cast line writes a character and an actor
    text = f"{credit}\n\nPell Varga (Rin Osada) carries the season."
    assert [c.name for c in learn_characters(text)] == ["Pell Varga"]


@pytest.mark.parametrize(
    "header",
    [
        "#1   Old 2024-05-02, 21:40      TeaKettle   (Thread Starter)",
        "#1   Old 2024-05-02, 21:40      TeaKettle   (Original Poster)",
        "#2   2024-05-02 22:05   Sky_Watcher (Senior Member)",
        "#3   2024-05-02 22:31   Sky_Watcher (Nagoya Branch)",
        "Posted by Quiet_Harbor_77 (Forum Moderator)",
    ],
)
def test_a_forum_posters_handle_and_role_teach_no_character(header: str) -> None:
    # a forum thread copied as text: each post's header gives its poster's handle, then a role
    # or a place in brackets, as a cast line writes a character and an actor
    text = f"{header}\n\nPell Varga (Rin Osada) carries the episode.\n\nGood week."
    assert [c.name for c in learn_characters(text)] == ["Pell Varga"]


@pytest.mark.parametrize(
    "credit",
    [
        "The dance in the ED (Mika Torii, a real choreographer) is lovely.",
        "The new OP (Sora Hanabi) slaps.",
        "Even the OST (Kenta Aoba and Rie Sato) is on form.",
    ],
)
def test_a_theme_song_or_soundtrack_credit_teaches_no_character(credit: str) -> None:
    # "OP", "ED", "OST" in capitals name the show's songs and soundtrack, their artist or staff
    # in brackets after them, as a cast line writes a character and an actor
    text = f"Pell Varga (Rin Osada) carries the episode. {credit}"
    assert [c.name for c in learn_characters(text)] == ["Pell Varga"]


def test_a_character_called_ed_is_still_learned() -> None:
    text = "Ed (Rin Osada) and Pell Varga (Mika Torii) share the episode."
    assert [c.name for c in learn_characters(text)] == ["Ed", "Pell Varga"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("We finally see the week from Pell Varga's (Rin Osada) side of the class.", "Pell Varga"),
        ("Pell’s (Rin Osada) best scene is the quiet one on the bus.", "Pell"),
        ("The bus scene is Pell Varga’s (voiced by Rin Osada) best yet.", "Pell Varga"),
    ],
)  # fmt: skip
def test_a_name_in_the_possessive_before_its_actor_is_learned_without_it(
    sentence: str, name: str
) -> None:
    # prose credits the actor in brackets after the name as it uses it, in the possessive
    learned = learn_characters(f"{sentence}\n\nA good week.")
    assert learned == [ParsedCharacter(name, "Rin Osada")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Enter Pell (Rin Osada), a quiet girl who hears every thought in the room.",
        "Meet Pell (Rin Osada): she hears every thought in the room.",
        "The bus stops. Cue Pell (Rin Osada), who hears every thought in the room.",
    ],
)
def test_a_verb_presenting_a_character_is_no_part_of_her_name(sentence: str) -> None:
    # a recap brings a character on as a stage direction does, or introduces her: the verb
    # opening the sentence is capitalised for that alone
    assert learn_characters(f"{sentence}\n\nA good week.") == [ParsedCharacter("Pell", "Rin Osada")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a German review: "Und" (and) opens the sentence, "und" runs through the prose
        (
            "Die Folge ist ruhig und schön. Und Pell (Rin Osada) hört alles, was gedacht wird."
            " Das Dorf schläft und Pell wartet.",
            "Pell",
        ),
        # a French one: "Puis" (then)
        (
            "Le village dort, puis la pluie tombe. Puis Pell Varga (Rin Osada) entend tout."
            " Pell Varga se tait.",
            "Pell Varga",
        ),
    ],
)
def test_a_word_of_the_pages_language_opening_the_sentence_is_no_part_of_a_name(
    text: str, name: str
) -> None:
    # no list of English openers holds it: the text writes it in lower case elsewhere, and
    # in capitals only where a sentence opens
    assert learn_characters(f"{text}\n\nEnde.") == [ParsedCharacter(name, "Rin Osada")]


@pytest.mark.parametrize(
    "text",
    [
        # a name's word also written in lower case: capitalised mid-sentence too, a name's
        "Will Varga (Rin Osada) arrives. The town will wait, but Will does not.",
        # never in lower case: a name's
        "Ruby Varga (Rin Osada) arrives. The town waits for her.",
        # a casual text writing names in lower case, the family name never alone: a name's
        "Mina Varga (Rin Osada) is the best part. honestly mina carries every scene",
    ],
)
def test_a_names_first_word_opening_the_sentence_stays_in_the_name(text: str) -> None:
    assert [c.name for c in learn_characters(f"{text}\n\nA good week.")] == [text.split(" (")[0]]


def test_a_presented_characters_full_name_in_the_prose_is_learned() -> None:
    text = (
        "Spring Harbor Episode 1 Recap\n\n"
        "Enter Pell (Rin Osada), a quiet girl with a secret. Later Pell Varga seems thrilled "
        "with her new home, and the episode ends there."
    )
    assert [c.name for c in doc(text, anime="Spring Harbor").characters] == ["Pell Varga"]


_LOWER_CASE_POST = (
    "ok. so episode 6 happened. i need a minute.\n\n"
    "the whole arc is about the duel. {credit} and the lighthouse keeper have been circling "
    "each other since ep 2, and the payoff is so quiet. the score (absolute cinema) carries it. "
    "ep 6 thoughts (minor spoilers) under the cut. that's all. the end (for now)."
)


@pytest.mark.parametrize(
    ("credit", "learned"),
    [
        ("then marrow (daisuke kurobane)", ParsedCharacter("Marrow", "Daisuke Kurobane")),
        (
            "with marrow's (cv: tomoka shiraishi) army",
            ParsedCharacter("Marrow", "Tomoka Shiraishi"),
        ),
        ("captain ilse maren (haruka oyamada)", ParsedCharacter("Ilse Maren", "Haruka Oyamada")),
    ],
)
def test_a_lower_case_post_credits_its_cast_in_lower_case(
    credit: str, learned: ParsedCharacter
) -> None:
    """A post written all in lower case credits a character to a Japanese actor so ("name
    (actor)"): learned, capitalised as names are; two other words in brackets, English ones,
    are no credit."""
    assert learn_characters(_LOWER_CASE_POST.format(credit=credit)) == [learned]


@pytest.mark.parametrize(
    "credit",
    [
        "then marrow (hard mode)",  # English words: no person
        "then marrow (sono mama no)",  # an ordinary word in it
        "then episode (daisuke kurobane)",  # no name before it
    ],
)
def test_a_lower_case_aside_in_brackets_credits_no_one(credit: str) -> None:
    assert learn_characters(_LOWER_CASE_POST.format(credit=credit)) == []


def test_a_capitalised_texts_lower_case_brackets_credit_no_one() -> None:
    """Only a text written in lower case writes its cast so: in prose, a lower-case name
    before romanised words in brackets is no credit ('the sauce (shoyu tare)')."""
    text = (
        "The Third Episode Is a Delight\n\nThe kitchen scenes carry it. The broth (shoyu "
        "tare) gets a whole minute. Marrow cooks while the others argue. It works."
    )
    assert learn_characters(text) == []


# --------------------------------------------------------------------------- round 62


@pytest.mark.parametrize(
    "elsewhere",
    [
        # after a colon, going on in lower case
        "The part readers waited for: Kim Minsu getting stronger, one day at a time.",
        # opening a list's line
        "- Kim Minsu as a lead is still thin.",
        # in the possessive
        "Nobody expected Kim Minsu's quiet turn, which lands.",
    ],
)
def test_a_one_name_credit_takes_the_full_name_written_family_name_first(elsewhere: str) -> None:
    """A name written family name first in the prose ("Kim Minsu", East Asian order)
    completes a credit by the given name alone, as one written given name first does."""
    parsed = doc(f"{_ONE_NAME}{elsewhere}\n\nMinsu (Mai Ito) walks up the hill alone.")
    assert parsed.characters == (ParsedCharacter("Kim Minsu", "Mai Ito"),)


@pytest.mark.parametrize(
    "elsewhere",
    [
        "Even Minsu laughs at the end.",  # a word sentences open with
        "Poor Minsu gets no rest, and the poor guy knows it.",  # the text writes it in lower case
        "Young Minsu was quieter in the flashback.",  # an age, no family name
        "Lantern Road Minsu is how fans call him.",  # the anime's name before him
        "## Lantern Minsu Faces the Storm\n\nThe fight is long.",  # a title-cased heading
        # two family names: which one is unclear
        "It pits Kim Minsu against him, and then Park Minsu runs.",
    ],
)
def test_a_one_name_credit_takes_no_word_before_it_that_is_no_family_name(elsewhere: str) -> None:
    parsed = doc(f"{_ONE_NAME}{elsewhere}\n\nMinsu (Mai Ito) walks up the hill alone.")
    assert parsed.characters == (ParsedCharacter("Minsu", "Mai Ito"),)


@pytest.mark.parametrize(
    "elsewhere",
    [
        "He waits. Except Minsu never comes back.",  # capitalised for opening the sentence
        "Afterwards Minsu says nothing at all.",  # ...opening the paragraph
        "Die Dämonin Minsu steht allein.",  # after a capitalised word: a noun's, a title's
        "It recalls Dr. Kenzo Minsu in another show.",  # a full name written given name first
        "They plan to remove Prince Minsu, or the war starts.",  # a title
        "The moment Master Minsu bows, the hall goes quiet.",  # a form of address
        "We meet the Kim Minsu fans adore.",  # after an article
    ],
)
def test_a_family_name_first_stands_only_where_one_may(elsewhere: str) -> None:
    parsed = doc(f"{_ONE_NAME}{elsewhere}\n\nMinsu (Mai Ito) walks up the hill alone.")
    assert parsed.characters == (ParsedCharacter("Minsu", "Mai Ito"),)


def test_a_shows_other_title_in_brackets_after_its_name_is_no_character() -> None:
    # "<Romaji Name> (<English Name>)": the name's last word is no character, the English
    # title no actor; a character credited so on the same page still is one
    parsed = doc(
        "Kori no Michi Episode 1 Review\n\n"
        "Kori no Michi (Ice Road) opens on a cold rink at dawn. Nao Serizawa (Kana Hanazawa) "
        "laces her skates and says nothing for a full minute."
    )
    assert parsed.anime_title == "Kori no Michi"
    assert [c.name for c in parsed.characters] == ["Nao Serizawa"]


def test_a_shows_whole_name_glossed_with_its_romanised_title_is_no_character() -> None:
    # an English edition's prose: "<English Title> (<Romaji Title>)", the whole name no
    # character, the romaji no actor; a cast member credited "CV: <actor>" still is one
    parsed = doc(
        "Salt Lantern Episode 2 Review\n\n"
        "The second episode of Salt Lantern (Shiokaze Toudai) aired on Sunday. Ume Kasai "
        "(CV: Yuki Aoi) keeps the lamp lit all night."
    )
    assert parsed.anime_title == "Salt Lantern"
    assert [c.name for c in parsed.characters] == ["Ume Kasai"]


@pytest.mark.parametrize(
    "card",
    [
        "> | | |\n> |---|---|\n> | **Show** | Salt Lantern (Shiokaze Toudai) |\n",
        "**Anime:** Salt Lantern (Shiokaze Toudai)\n",
        "- Original title: Salt Lantern (Shiokaze Toudai)\n",
    ],
)
def test_a_field_labelled_as_the_show_credits_no_character(card: str) -> None:
    # a review card's field naming the show, its other name in brackets: no character, the
    # other name no actor; a cast member credited on the same page still is one
    parsed = doc(
        "Salt Lantern Episode 3 Review\n\n"
        f"{card}\n"
        "The harbour town floods again. Ume Kasai (Aoi Yuki) keeps the lamp lit all night."
    )
    assert parsed.anime_title == "Salt Lantern"
    assert [c.name for c in parsed.characters] == ["Ume Kasai"]


def _credits(text: str) -> list[tuple[str, str | None]]:
    return [(c.name, c.voice_actor) for c in learn_characters(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a cast's sentence, one of whose actors goes by one name
        "A refresher: Kenji Oda (Hiroshi Kamiya) runs a bakery, and his staff, the quiet "
        "Mei Lin (Yuki Kaji) and the heiress Rin Tao (Lynn), keep him busy.",
        # a cast list, one credit a line
        "Cast:\n- Kenji Oda (Hiroshi Kamiya)\n- Rin Tao (Lynn)\n",
        # a review's cast paragraph, one credit a sentence
        "Kenji Oda (Hiroshi Kamiya) runs a bakery. The heiress Rin Tao (Lynn) helps.",
        "The pacing drags.\n\nKenji Oda (Hiroshi Kamiya) carries the episode, and his\n"
        "grief is well played. Rin Tao (Lynn) is the foil, cold where\nhe is warm.\n",
        "Rin Tao (Lynn) steals every scene. Kenji Oda (Hiroshi Kamiya) is fine too.",
    ],
)
def test_an_actor_known_by_one_name_is_credited_beside_a_full_named_credit(text: str) -> None:
    assert ("Rin Tao", "Lynn") in _credits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rin Tao (Lynn) runs a bakery.",  # no other credit: a name in brackets says nothing
        # another paragraph than the credit's: an alias, a nickname in brackets
        "Kenji Oda (Hiroshi Kamiya) runs a bakery.\n\nThe heiress Rin Tao (Lynn) helps.",
        "Kenji Oda (Hiroshi Kamiya) runs a bakery.\n\nThe thief Rin Tao (Magpie) returns.",
        "Kenji Oda (Hiroshi Kamiya) runs a bakery with Rin Tao (Finally), an ordinary word.",
        # a group's name after "the", its member's alias in brackets, in the credit's paragraph
        "Kenji Oda (Hiroshi Kamiya) runs a bakery. Rin is one of the Seven (Magpie), sadly.",
        # an aside in the credit's paragraph: a warning, an adverb
        "Kenji Oda (Hiroshi Kamiya) runs a bakery. Rin Tao (Spoilers) leaves it.",
        "Kenji Oda (Hiroshi Kamiya) runs a bakery. Rin Tao (Seriously) hates bread.",
        "Kenji Oda (Hiroshi Kamiya) runs a bakery. Rin Tao (Mostly) helps.",
        "Kenji Oda (Hiroshi Kamiya) runs a bakery with Rin Tao (Minor Spoilers).",
        "Kenji Oda (Hiroshi Kamiya) runs a bakery with Rin Tao (TBA), an abbreviation.",
        # the credit turned round: the character's family name, the actor's
        "Kenji Oda (Hiroshi Kamiya) and Kamiya (Oda) again.",
    ],
)
def test_a_one_word_bracket_outside_a_cast_credit_is_no_actor(text: str) -> None:
    assert [name for name, _ in _credits(text)] == ["Kenji Oda"] * ("Kenji" in text)


@pytest.mark.parametrize(
    "performs",
    [
        "Lynn gives her the right mix of nerve and panic.",
        "Lynn plays her with a sly edge.",
        "Lynn's performance is the episode's best.",
    ],
)
def test_a_one_word_actor_said_performing_in_their_paragraph_is_credited_apart_from_the_cast(
    performs: str,
) -> None:
    # the cast credited in another paragraph; this one says the one-word name performing
    text = (
        "The newcomer is Rin Tao (Lynn), an heiress on the run. "
        f"{performs}\n\nKenji Oda (Hiroshi Kamiya) runs a bakery."
    )
    assert ("Rin Tao", "Lynn") in _credits(text)


@pytest.mark.parametrize(
    "text",
    [
        # said again, but not performing: a nickname, a place
        "The thief Rin Tao (Magpie) returns. Magpie is her name on the street.\n\n"
        "Kenji Oda (Hiroshi Kamiya) runs a bakery.",
        # performing, but no cast credited anywhere in the text
        "The newcomer is Rin Tao (Lynn). Lynn gives her real bite.",
    ],
)
def test_a_one_word_bracket_not_said_performing_outside_a_cast_paragraph_is_no_actor(
    text: str,
) -> None:
    assert "Rin Tao" not in [name for name, _ in _credits(text)]


# --------------------------------------------------------------------------- round 64

_FAMILY_CREDIT = "Kurosawa (Kenjiro Tsuda) keeps the shop open late."


@pytest.mark.parametrize(
    "elsewhere",
    [
        # a sentence's opening: the given name before a family name the cast credits
        "The fight is built from the shop's shelves. Haruki Kurosawa uses a broom and a kettle.",
        # a paragraph's opening
        "Haruki Kurosawa never raises his voice, which is the joke.",
    ],
)
def test_a_japanese_full_name_opening_a_sentence_completes_a_family_name_credit(
    elsewhere: str,
) -> None:
    """A character credited by the family name ("Kurosawa (Voice Actor)") whose full name
    opens a sentence or paragraph, the given name first ("Haruki Kurosawa uses…"), is learned
    under it: a name written in romanised Japanese is no English word opening a sentence."""
    parsed = doc(f"{_ONE_NAME}{_FAMILY_CREDIT}\n\n{elsewhere}")
    assert parsed.characters == (ParsedCharacter("Haruki Kurosawa", "Kenjiro Tsuda"),)


@pytest.mark.parametrize(
    "elsewhere",
    [
        "He waits. Suddenly Kurosawa moves, and the fight is over.",  # an English opener
        "It recalls Dr. Haruki Kurosawa in another show.",  # an abbreviation's stop, a title
    ],
)
def test_an_english_word_opening_a_sentence_completes_no_family_name_credit(
    elsewhere: str,
) -> None:
    parsed = doc(f"{_ONE_NAME}{_FAMILY_CREDIT}\n\n{elsewhere}")
    assert parsed.characters == (ParsedCharacter("Kurosawa", "Kenjiro Tsuda"),)


# --------------------------------------------------------------------------- round 71


@pytest.mark.parametrize(
    "leader",
    [" .......... ", " . . . . . ", " ····· ", " …… …… "],
)
def test_a_cast_list_leading_dots_from_name_to_actor_still_credits_the_name(leader: str) -> None:
    """A printed cast list leads from each name to its actor with dots ("Name ....
    (Voice Actor)"), as a programme does: the name is the words before the dots."""
    text = (
        "Harbour Lights Episode 3 Review\n\nCAST\n\n"
        f"  Mizuhara Tomoe{leader}(Reina Ueda)\n"
        f"  Pell{leader}(Kenji Nojima)\n\n"
        "The harbour scenes are the best the show has done."
    )
    assert _credits(text) == [("Mizuhara Tomoe", "Reina Ueda"), ("Pell", "Kenji Nojima")]


def test_an_ellipsis_before_a_bracket_leads_to_no_name() -> None:
    """Three dots trailing a sentence off ('and then... (Reina Ueda)') are no leader."""
    text = "Harbour Lights Episode 3 Review\n\nShe waits, and then... (Reina Ueda) nails it."
    assert _credits(text) == []


def test_a_full_name_before_a_lower_case_aside_in_brackets_completes_a_one_name_credit() -> None:
    """The prose gives a character credited by one name ("Hana (Voice Actor)") the full name
    before an aside in brackets ("Hana Kirishima (the name her father hid) returns…"): an
    aside opens in lower case, as no actor's credit does."""
    parsed = doc(
        f"{_ONE_NAME}Hana (Mai Ito) walks up the hill alone.\n\n"
        "By the end, Hana Kirishima (the name the last letter finally reveals) is ready."
    )
    assert parsed.characters == (ParsedCharacter("Hana Kirishima", "Mai Ito"),)


def test_a_family_name_first_before_a_lower_case_aside_completes_a_one_name_credit() -> None:
    parsed = doc(
        f"{_ONE_NAME}Minsu (Mai Ito) walks up the hill alone.\n\n"
        "- Kim Minsu (as the last letter calls him) is ready."
    )
    assert parsed.characters == (ParsedCharacter("Kim Minsu", "Mai Ito"),)


_LOWER_CASE_LIST_POST = (
    "Lantern Road Episode 4 Review: The Bridge Finally Burns\n\n"
    "Posted by a Regular Viewer. Long one, sorry.\n\n"
    "{lead}\n"
    "ilse maren (haruka oyamada)\n"
    "- pell (daisuke kurobane)\n\n"
    "The Episode itself is Quiet, and Ilse carries it. Pell barely speaks."
)


def test_a_lower_case_cast_list_in_a_capitalised_text_credits_its_cast() -> None:
    """A casual writer lists the cast in lower case, a line each ("name (actor)") under a
    lead line in lower case, though the page's header and prose are capitalised: each line
    is a credit, as in a text all in lower case."""
    text = _LOWER_CASE_LIST_POST.format(lead="who's who, since the names get mixed up:")
    assert _credits(text) == [
        ("Ilse Maren", "Haruka Oyamada"),
        ("Pell", "Daisuke Kurobane"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the lead line capitalised: no casual writer's list
        _LOWER_CASE_LIST_POST.format(lead="Who's who, since the names get mixed up:"),
        # one line alone: no list
        "Lantern Road Episode 4 Review\n\nthe names get mixed up, so:\n"
        "ilse maren (haruka oyamada)\n\nThe Episode is Quiet.",
        # English words in brackets: no actor
        "Lantern Road Episode 4 Review\n\nwhat i ate while watching:\n"
        "cold noodles (extra spicy)\nthe rice (way too much)\n\nThe Episode is Quiet.",
    ],
)
def test_lower_case_lines_that_are_no_cast_list_credit_no_one(text: str) -> None:
    assert _credits(text) == []


@pytest.mark.parametrize("opener", ["Without", "Despite", "Against", "Unlike"])
def test_a_preposition_opening_the_sentence_is_no_part_of_the_name(opener: str) -> None:
    text = f"{opener} Hana Kirishima (Mai Ito) on screen, the week drags. Hana is missed."
    assert [(c.name, c.voice_actor) for c in learn_characters(text)] == [
        ("Hana Kirishima", "Mai Ito")
    ]


@pytest.mark.parametrize("owner", ["the Academy's", "the U-18's", "Rook's"])
def test_a_possessive_before_a_credited_name_is_no_part_of_it(owner: str) -> None:
    text = f"The duel pits Mina against {owner} Hana Kirishima (Mai Ito) all week."
    assert [(c.name, c.voice_actor) for c in learn_characters(text)] == [
        ("Hana Kirishima", "Mai Ito")
    ]


@pytest.mark.parametrize("family", ["River", "Kirin"])  # an ordinary word too
def test_a_family_name_and_middle_initial_before_a_one_name_credit_complete_it(
    family: str,
) -> None:
    parsed = doc(
        f"{_ONE_NAME}Minsu (Mai Ito) walks up the hill alone.\n\n"
        f"I wanted one more scene with {family} T. Minsu before the credits."
    )
    assert parsed.characters == (ParsedCharacter(f"{family} T. Minsu", "Mai Ito"),)


@pytest.mark.parametrize(
    "table",
    [
        "Cast\n\nCharacter\n\nJapanese\n\nEnglish\n\nHana Kirishima\n\nMai Ito\n\nJo Reyes\n",
        "| Character | Japanese | English |\n| Hana Kirishima | Mai Ito | Jo Reyes |\n",
    ],
)
def test_a_cast_tables_row_completes_a_one_name_credit_in_prose(table: str) -> None:
    parsed = doc(f"{_ONE_NAME}Hana (Mai Ito) walks up the hill alone.\n\n{table}")
    assert parsed.characters == (ParsedCharacter("Hana Kirishima", "Mai Ito"),)


def test_an_actor_named_in_a_sentence_completes_no_one_name_credit() -> None:
    parsed = doc(
        f"{_ONE_NAME}Hana (Mai Ito) walks up the hill alone.\n\n"
        "Hana Kirishima\n\nMai Ito talks about her on a podcast next week.\n"
    )
    assert parsed.characters == (ParsedCharacter("Hana", "Mai Ito"),)


# --------------------------------------------------------------------------- round 78


def test_a_one_name_credit_of_a_short_given_name_is_learned_under_the_longer_full_name() -> None:
    # "Rosa (Actor)" is short for the "Rosalind Vey" the prose writes in full
    parsed = doc(
        f"{_ONE_NAME}Rosa (Mai Ito) walks up the hill alone. Rosalind Vey never asks for help, "
        "and Riku (Ken Sato) waits at the top."
    )
    assert parsed.characters == (
        ParsedCharacter("Rosalind Vey", "Mai Ito"),
        ParsedCharacter("Riku", "Ken Sato"),
    )


@pytest.mark.parametrize(
    "elsewhere",
    [
        # two longer full names: which one is unclear
        "Rosalind Vey never asks, and Rosamund Pell never did.",
        # the longer given name credited to another actor: another character
        "Rosalind Vey (Aya Mori) never asks for help.",
        # the longer word written in lower case: a word, not a name
        "Rosarium Lane is where it ends, and a rosarium is a rose garden.",
        # a credited name too short to be a short form
        "Annabel Vey never asks for help.",
    ],
)
def test_a_short_credit_is_not_lengthened_without_one_longer_name_in_prose(elsewhere: str) -> None:
    short = "Ann" if "Annabel" in elsewhere else "Rosa"
    parsed = doc(f"{_ONE_NAME}{short} (Mai Ito) walks up the hill alone. {elsewhere}")
    assert ParsedCharacter(short, "Mai Ito") in parsed.characters


def test_a_short_credit_is_not_lengthened_by_an_inflection() -> None:
    # a German genitive ("Rosas Schwert") adds a letter before a capitalised noun
    parsed = doc(f"{_ONE_NAME}Rosa (Mai Ito) geht allein. Rosas Schwert bricht fast.")
    assert ParsedCharacter("Rosa", "Mai Ito") in parsed.characters


def test_a_short_credit_is_lengthened_by_two_letters_or_clipped_at_its_front() -> None:
    # "Dane (Actor)" short for the "Daneth Wyle" the prose writes, and "Mira (Actor)" the end
    # of "Dalmira Quell": an English sentence goes on after each full name
    parsed = doc(
        f"{_ONE_NAME}Dane (Ken Sato) waits at the gate. Daneth Wyle has no patience left.\n\n"
        "Mira (Mai Ito) signs the order. Meanwhile Dalmira Quell is stuck in the capital."
    )
    assert parsed.characters == (
        ParsedCharacter("Daneth Wyle", "Ken Sato"),
        ParsedCharacter("Dalmira Quell", "Mai Ito"),
    )


def test_a_short_credit_is_not_lengthened_by_a_two_letter_ending_in_another_language() -> None:
    # a Czech instrumental ("Daneem Wylem") adds two letters before a word of Czech
    parsed = doc(f"{_ONE_NAME}Dane (Ken Sato) čeká u brány. Daneem Wylem mluví tiše.")
    assert ParsedCharacter("Dane", "Ken Sato") in parsed.characters


@pytest.mark.parametrize(
    "line",
    [
        "- Tamsin Orlov, aka Moth (Haruka Nishida)",
        "Tamsin Orlov, a.k.a. Moth (Haruka Nishida) steals the episode.",
        "Tamsin Orlov a.k.a Moth (Haruka Nishida)",
        "Tamsin Orlov, also known as Moth (Haruka Nishida)",
    ],
)
def test_a_name_before_its_alias_is_the_one_credited(line: str) -> None:
    """A cast line giving the full name, then what the show calls the character: the credit
    is the full name's."""
    assert [(c.name, c.voice_actor) for c in learn_characters(line)] == [
        ("Tamsin Orlov", "Haruka Nishida")
    ]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Moth, aka Tamsin Orlov (Haruka Nishida)", "Tamsin Orlov"),  # the fuller after it
        ("The town's keeper, aka Moth (Haruka Nishida)", "Moth"),  # no name before it
        ("Snacks like Moth (Haruka Nishida)", "Moth"),  # "like", no alias
    ],
)
def test_an_alias_without_a_fuller_name_before_it_keeps_its_own(line: str, name: str) -> None:
    assert [c.name for c in learn_characters(line)] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "sue" in lower case elsewhere, but "Varga" only as another character's family name
        (
            "The mayor threatens to sue. Later, Tomas Varga (Kenji Ito) blusters about it."
            " Sue Varga (Rin Osada) calms him down.",
            ["Tomas Varga", "Sue Varga"],
        ),
        # the other's full name credited after hers
        (
            "Nobody could ever wish for more. Wish Varga (Rin Osada) arrives, and her father"
            " Tomas Varga (Kenji Ito) follows.",
            ["Wish Varga", "Tomas Varga"],
        ),
    ],
)
def test_a_first_word_opening_the_sentence_stays_when_the_rest_is_only_a_relatives_name(
    text: str, names: list[str]
) -> None:
    """A given name that is also an English word, opening the sentence: the family name the
    text says elsewhere only after another given name (a relative's full name) is no name
    said on its own, so the first word is the character's, no sentence's opener."""
    assert [c.name for c in learn_characters(f"{text}\n\nA good week.")] == names


def test_a_catalog_name_credited_in_another_word_order_is_learned_under_the_catalogs() -> None:
    """A cast box crediting a catalog character family name first ("Varga Tomas (Actor)",
    the catalog's "Tomas Varga") names that character, no new one: the catalog's name is
    learned; a name the catalog does not know keeps the page's order."""
    from bot.models import Catalog, CatalogCharacter

    catalog = Catalog(
        title="Brass Harbour",
        slug="brass-harbour",
        characters=(CatalogCharacter("Tomas Varga"), CatalogCharacter("Sue Varga")),
    )
    parsed = doc(
        "Brass Harbour Episode 2 Guide\n\n"
        "Cast: Varga Tomas (Kenji Ito), Lena Holt (Rin Osada).\n\n"
        "Tomas sails out and the harbour floods while Lena watches from the pier.",
        catalogs=[catalog],
    )
    assert [c.name for c in parsed.characters] == ["Tomas Varga", "Lena Holt"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # two full names so: neither is the character's
        (
            "> Last week ended on a cliffhanger, and all we learned is that Kenta Morishima\n"
            "> is back. What we did not learn is where he went, or, with Haruki Morishima\n"
            "> gone, who keeps the shop.\n\n"
            "This week Morishima (Daiki Hoshino) finally talks, and the shop reopens.",
            "Morishima",
        ),
        # the full name ends a hard-wrapped line of a quotation, its sentence going on below
        (
            "> Last week ended on a cliffhanger, and all we learned is that Kenta Morishima\n"
            "> is back. What we did not learn is where he has been all this time, or why.\n\n"
            "This week Morishima (Daiki Hoshino) finally talks, and the shop reopens.",
            "Kenta Morishima",
        ),
        # the same on a short line: a heading's or a list's, no wrapped sentence's
        (
            "Kenta Morishima\nis back, and the shop reopens.\n\n"
            "This week Morishima (Daiki Hoshino) finally talks.",
            "Morishima",
        ),
    ],
)
def test_a_full_name_ending_a_wrapped_line_is_the_credited_characters(text: str, name: str) -> None:
    """A character credited by one name ("Morishima (Actor)") whose full name the prose writes
    given name first at the end of a hard-wrapped line, the sentence going on in lower case on
    the next (in a quotation, after its "> "), and after the conjunction "that", is learned
    under that full name. Two full names, or a short line, leave the credited name."""
    parsed = doc(f"Shop Tales Episode 4 Review\n\n{text}")
    assert [c.name for c in parsed.characters] == [name]


# --------------------------------------------------------------------------- round 88


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the credited name an English word the text also writes in lower case: the full name
        # before it another person's, a film's hero or a real one, given name first
        (
            "Marsh (Kaito Ishikawa) wades in alone, a reminder of how flat the marsh is. "
            "It is sadder than anything Jenny Marsh ever sang.",
            "Marsh",
        ),
        # a name never written in lower case still takes its family name before it
        (
            "Minsu (Kaito Ishikawa) wades in alone.\n\n- Kim Minsu as a lead is still thin.",
            "Kim Minsu",
        ),
        # ...and a Japanese full name still completes an English word's credit
        (
            "Ishi (Kaito Ishikawa) wades in alone, an ishi of sorts. Haruto Ishi sulks.",
            "Haruto Ishi",
        ),
    ],
)
def test_a_full_name_before_a_credited_english_word_is_someone_elses(text: str, name: str) -> None:
    """A character credited by one name that is also an English word ("Marsh (Actor)",
    "the marsh") is no East Asian given name after its family name: "Jenny Marsh" before a
    lower-case word is a Western full name, another person's, and the character keeps the
    credited name."""
    parsed = doc(f"{_ONE_NAME}{text}")
    assert [c.name for c in parsed.characters] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Posted by Anna Nowak | Blog: Zielona Herbata (Green Tea) | 3.05.2024\n\n"
        "Hana Kirishima (Saori Hayami) finally gets her moment.",
        'Jan Kowalski · podcast "Nocny Pociąg" (Night Train) · 2 maja 2024\n\n'
        "Hana Kirishima (Saori Hayami) finally gets her moment.",
    ],
)
def test_a_blogs_name_translated_in_brackets_after_its_word_credits_no_one(text: str) -> None:
    assert [c.name for c in learn_characters(text)] == ["Hana Kirishima"]


@pytest.mark.parametrize(
    "text",
    [
        "For those who found us through the podcast: Hana Kirishima (Saori Hayami) is the lead.",
        "A note for readers new to the newsletter: Hana Kirishima (Saori Hayami) runs the shop.",
        # a word qualifying the venue after "the" closes the clause as well
        "Who's who, for the club newsletter: Hana Kirishima (Saori Hayami) runs the shop.",
        'Who\'s who, for the club newsletter: Hana "Kiri" Kirishima (Saori Hayami) runs it.',
    ],
)
def test_a_credit_after_a_clause_ending_the_podcast_and_a_colon_is_a_character(
    text: str,
) -> None:
    # "the podcast:" closes a sentence's clause, its colon opening what the writer says next:
    # the podcast the reader knows, not one named there, so the credit after it is a character's
    assert [c.name for c in learn_characters(text)] == ["Hana Kirishima"]


# --------------------------------------------------------------------------- round 98


@pytest.mark.parametrize(
    "text",
    [
        # a cast credited "(CV: …)" throughout, one of whose actors goes by one name
        "Kenji Oda (CV: Hiroshi Kamiya) runs a bakery. Rin Tao (CV: Lynn) is the foil.",
        "Rin Tao (VA: Lynn) steals it, and Kenji Oda (VA: Hiroshi Kamiya) is fine too.",
    ],
)
def test_an_actor_known_by_one_name_is_credited_after_a_label(text: str) -> None:
    assert ("Rin Tao", "Lynn") in _credits(text)


def test_a_labelled_one_word_bracket_outside_a_cast_credit_is_no_actor() -> None:
    text = "Kenji Oda (CV: Hiroshi Kamiya) runs a bakery. Rin Tao (JP: Seriously) hates bread."
    assert [name for name, _ in _credits(text)] == ["Kenji Oda"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a compound adjective opening the sentence describes the character, no part of it
        ("The pace drags. Pint-sized Tamura (Kei Morimoto) saves it.", "Tamura"),
        ("Then Silver-haired Pell Varga (Rin Osada) walks in.", "Pell Varga"),
        ("Then Axe-swinging Rook (Daiki Ono) clears the hall.", "Rook"),
        # ...but a hyphen joining a romanised syllable is a name's
        ("Then Jin-woo Kang (Daiki Ono) walks in.", "Jin-woo Kang"),
        ("Then Xiao-ming Li (Rin Osada) walks in.", "Xiao-ming Li"),
    ],
)
def test_a_compound_adjective_before_a_name_is_not_part_of_the_name(text: str, name: str) -> None:
    assert [c.name for c in learn_characters(text)] == [name]


def test_a_cast_lists_short_credit_learned_in_full_from_the_text_is_not_learned_again() -> None:
    # the page's cast list repeats the text's "Hana (Mai Ito)", which the prose names in full
    # ("Vice-Admiral Hana Kirishima"): one character, learned in full under the fuller name,
    # not a second one under the short name
    text = (
        "Tidewatch Episode 40 Review\n\n"
        "Cast this week\n\n"
        "Hana (Mai Ito)\n\n"
        "Oren Vask (Daichi Sato)\n\n"
        "The first half belongs to Vice-Admiral Hana Kirishima, who refuses to leave the "
        "harbour, and Oren finally gets to shout at someone."
    )
    meta = PageMeta(title=None, cast=("Hana (Mai Ito)", "Oren Vask (Daichi Sato)"))
    parsed = doc(text, meta=meta)
    assert [c.name for c in parsed.characters] == ["Hana Kirishima", "Oren Vask"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The story of Kestrel No. 3 (Hana Ito) and a lighthouse keeper.", "Kestrel No. 3"),
        ("Unit No.12 (Ren Sato) guards the gate.", "Unit No.12"),
    ],
)
def test_a_name_ending_in_its_designations_number_keeps_it(sentence: str, name: str) -> None:
    # a robot's or a monster's name is a word and its number ("<Name> No. 3"): the number is
    # part of the name the text calls it by, not a word that stops the name before it
    assert [c.name for c in learn_characters(sentence)] == [name]


def test_a_designations_number_alone_is_no_name() -> None:
    # "the No. 2 (…)": a number with no name word before it names no character
    assert learn_characters("Then the No. 2 (Hana Ito) seed won the cup.") == []


# --------------------------------------------------------------------------- round 121


@pytest.mark.parametrize(
    "elsewhere",
    [
        "Hana Kirishima — the name the finale finally gives her — only nods.",
        "Hana Kirishima – the name the finale finally gives her – only nods.",
        "Hana Kirishima—the name the finale finally gives her—only nods.",
        "Hana Kirishima -- the name the finale finally gives her -- only nods.",
    ],
)
def test_a_full_name_before_an_aside_between_dashes_completes_a_one_name_credit(
    elsewhere: str,
) -> None:
    # an aside between dashes opening in lower case goes on from the name as a comma's does
    parsed = doc(f"{_ONE_NAME}Hana (Mai Ito) walks up the hill alone.\n\n{elsewhere}")
    assert parsed.characters == (ParsedCharacter("Hana Kirishima", "Mai Ito"),)


@pytest.mark.parametrize(
    "elsewhere",
    [
        # a title-cased heading before a dash: no prose, no full name
        "## Hana Returns — the Lantern Road Episode 9 Review\n\nThe fight is long.",
        # a capital after the dash: nothing says the words before it are a name
        "It ends with Hana Kirishima — Riku waits at the top.",
    ],
)
def test_a_dash_after_a_heading_or_before_a_capital_completes_no_one_name_credit(
    elsewhere: str,
) -> None:
    parsed = doc(f"{_ONE_NAME}{elsewhere}\n\nHana (Mai Ito) walks up the hill alone.")
    assert parsed.characters == (ParsedCharacter("Hana", "Mai Ito"),)


def test_a_full_name_written_family_name_first_before_a_dash_completes_a_credit() -> None:
    parsed = doc(
        f"{_ONE_NAME}The part readers waited for: Kim Minsu — stronger at last.\n\n"
        "Minsu (Mai Ito) walks up the hill alone."
    )
    assert parsed.characters == (ParsedCharacter("Kim Minsu", "Mai Ito"),)


# --------------------------------------------------------------------------- round 124


def test_a_one_name_credit_takes_the_full_name_its_family_shares_with_another_credit() -> None:
    # two full names for "Riku" in prose: the one with the family name of the brother the
    # cast credits is his, the other another show's character named in an aside
    parsed = doc(
        f"{_ONE_NAME}This week I also started another show, and Riku Amano is as loud as "
        "promised.\n\nCast: Riku (Ken Sato), Sora Tanaka (Mai Ito)\n\n"
        "Riku Tanaka plays like a man arguing with his brother."
    )
    assert parsed.characters == (
        ParsedCharacter("Riku Tanaka", "Ken Sato"),
        ParsedCharacter("Sora Tanaka", "Mai Ito"),
    )


def test_a_western_full_name_before_a_one_name_credit_is_no_family_name_first() -> None:
    # "Tony Stark" going on in lower case: a Western given and family name, another
    # franchise's person, not the credited character's family name written first
    parsed = doc(
        f"{_ONE_NAME}- Stark (Chiaki Kobayashi)\n\nStark sulks at the inn. Not every joke has "
        "to be Tony Stark levels of smug, but give him something new."
    )
    assert parsed.characters == (ParsedCharacter("Stark", "Chiaki Kobayashi"),)


def test_a_place_named_after_a_one_name_credit_is_no_full_name() -> None:
    # "<Given> Farm" going on in lower case, the text writing "farm" as a noun elsewhere: a
    # place named after the character, no family name
    parsed = doc(
        f"{_ONE_NAME}Ketil (Akio Otsuka), the landowner, smiles. By the end I cared about "
        "Ketil Farm that I never expected to care about a farm."
    )
    assert parsed.characters == (ParsedCharacter("Ketil", "Akio Otsuka"),)


# --------------------------------------------------------------------------- round 132


@pytest.mark.parametrize(
    "elsewhere",
    [
        "And then there's Kim Minsu, who barely speaks this week.",
        "Here’s Kim Minsu at his lowest, and the episode lets it sit.",
        "The one who never blinks, that's Kim Minsu as the show sees him.",
    ],
)
def test_a_family_name_first_may_follow_a_contracted_verb(elsewhere: str) -> None:
    # "there's", "here's", "that's": a verb contracted onto a sentence's opening word stands
    # before the name, as "is" does, so the capital after it opens a family name
    parsed = doc(f"{_ONE_NAME}{elsewhere}\n\nMinsu (Mai Ito) walks up the hill alone.")
    assert parsed.characters == (ParsedCharacter("Kim Minsu", "Mai Ito"),)


def test_a_possessive_before_a_one_name_credit_opens_no_family_name() -> None:
    # "the village's": a possessive noun, as a determiner stands before a noun's capital
    parsed = doc(
        f"{_ONE_NAME}We meet the village's Lantern Minsu, who hands out tea.\n\n"
        "Minsu (Mai Ito) walks up the hill alone."
    )
    assert parsed.characters == (ParsedCharacter("Minsu", "Mai Ito"),)


# --------------------------------------------------------------------------- round 135


@pytest.mark.parametrize(
    "elsewhere",
    [
        'And Hana Kirishima, "the best detective in the city", gets the last word.',
        "And Hana Kirishima, “the best detective in the city”, gets the last word.",
        'And Hana Kirishima — "the best detective in the city" — gets the last word.',
    ],
)
def test_a_full_name_before_a_quoted_epithet_completes_a_one_name_credit(elsewhere: str) -> None:
    # an epithet quoted in apposition, in lower case, goes on from the name as prose does
    parsed = doc(f"{_ONE_NAME}Hana (Mai Ito) walks up the hill alone.\n\n{elsewhere}")
    assert parsed.characters == (ParsedCharacter("Hana Kirishima", "Mai Ito"),)


@pytest.mark.parametrize(
    "elsewhere",
    [
        "He sighs in every scene. Give Minsu a spin-off already.",
        "Leave Minsu alone, writers.",
        "Make Minsu the lead next season.",
    ],
)
def test_a_plea_opening_with_a_verb_before_the_name_takes_no_family_name(elsewhere: str) -> None:
    # "Give <Name> a spin-off": the verb is capitalised for opening the sentence, no family
    # name, though it reads as romanised Japanese might ("gi-ve")
    parsed = doc(f"{_ONE_NAME}{elsewhere}\n\nMinsu (Mai Ito) walks up the hill alone.")
    assert parsed.characters == (ParsedCharacter("Minsu", "Mai Ito"),)
