"""/character cards with what an AniList import adds: the picture as the thumbnail only on a card
that hides nothing, and description spoiler spans (`~!…!~`) wrapped until the show is finished.

Rule under test (the safe one): a card that wraps anything — the character first appears beyond
the readers, or an alias, fact, description span or quote is hidden — shows no picture.
"""

from __future__ import annotations

from dataclasses import replace

import discord

from bot.models import Alias, Character, DocumentKind, Fact, Mention
from bot.render import character_card
from bot.render.descriptions import markup_line
from bot.spoilers import Gate
from tests.discord_text import split_visible, unescaped_delimiters

IMAGE = "https://s4.anilist.co/file/anilistcdn/character/large/b420005-x43.png"
JEAN = Character(
    id=5,
    anime_id=1,
    anime_title="Metallic Rouge",
    name="Jean Junghardt",
    aliases=(Alias("Jean", None),),
    voice_actor="Kenta Aoyagi",
    description="A researcher of the Neans.",
    first_episode=None,
    description_markup="A researcher of the Neans. ~!He knows who made Rouge.!~",
    image_url=IMAGE,
)
PLAIN = replace(JEAN, description_markup=None)  # no spoiler spans
SEASON = 13


def card(ch: Character, gate: Gate, mentions: list[Mention] | None = None) -> discord.Embed:
    rendered = character_card(ch, mentions or [], gate=gate)
    (embed,) = rendered.books[0][0].embeds
    return embed


def thumbnail(embed: discord.Embed) -> str | None:
    return embed.thumbnail.url


def test_an_open_card_shows_the_catalogs_picture() -> None:
    assert thumbnail(card(PLAIN, Gate(last_episode=SEASON))) == IMAGE


def test_no_picture_without_one_in_the_catalog() -> None:
    assert thumbnail(card(replace(PLAIN, image_url=None), Gate(last_episode=SEASON))) is None


def test_no_picture_for_a_character_first_appearing_beyond_the_readers() -> None:
    late = replace(PLAIN, first_episode=5)
    assert thumbnail(card(late, Gate(progress=4, last_episode=SEASON))) is None
    assert thumbnail(card(late, Gate(progress=5, last_episode=SEASON))) == IMAGE


def test_no_picture_when_an_alias_or_fact_is_hidden() -> None:
    secret = replace(PLAIN, aliases=(Alias("The Brother", 9),))
    assert thumbnail(card(secret, Gate(progress=8, last_episode=SEASON))) is None
    assert thumbnail(card(secret, Gate(progress=9, last_episode=SEASON))) == IMAGE
    fact = replace(PLAIN, facts=(Fact("He built the Neans.", 3),))
    assert thumbnail(card(fact, Gate(progress=2, last_episode=SEASON))) is None


def test_no_picture_when_a_quote_is_hidden() -> None:
    quote = Mention(
        character_id=5,
        section_id=1,
        document_id=1,
        document_title="Metallic Rouge – Episode 6 Review",
        document_kind=DocumentKind.EPISODE_REVIEW,
        url=None,
        episode=6,
        sentence="Jean finally meets Rouge.",
        spoiler=True,
        about_episode=6,
    )
    assert thumbnail(card(PLAIN, Gate(progress=5, last_episode=SEASON), [quote])) is None
    assert thumbnail(card(PLAIN, Gate(progress=6, last_episode=SEASON), [quote])) == IMAGE


def test_description_spans_stay_wrapped_until_the_show_is_finished() -> None:
    for progress in (None, 1, SEASON - 1):
        embed = card(JEAN, Gate(progress=progress, last_episode=SEASON))
        shown, hidden = split_visible(embed.description or "")
        assert "A researcher of the Neans." in shown
        assert "He knows who made Rouge." not in shown
        assert hidden == "He knows who made Rouge."
        assert thumbnail(embed) is None  # the card hides a span
    finished = card(JEAN, Gate(progress=SEASON, last_episode=SEASON))
    assert finished.description == "A researcher of the Neans. He knows who made Rouge."
    assert thumbnail(finished) == IMAGE


def test_spans_stay_wrapped_while_the_episode_count_is_unknown() -> None:
    embed = card(JEAN, Gate(progress=500, last_episode=None))
    assert split_visible(embed.description or "")[1] == "He knows who made Rouge."


def test_a_late_character_hides_the_whole_description() -> None:
    embed = card(replace(JEAN, first_episode=3), Gate(progress=1, last_episode=SEASON))
    shown, hidden = split_visible(embed.description or "")
    assert shown.strip() == ""
    assert hidden == "A researcher of the Neans. He knows who made Rouge."


def test_pipes_in_a_description_never_break_out() -> None:
    markup = "Plain || not a spoiler ~!secret || still secret!~ after ||"
    line = markup_line(markup, 1000, reveal=False)
    assert len(unescaped_delimiters(line)) == 2  # the one span, nothing else
    shown, hidden = split_visible(line)
    assert hidden == "secret || still secret"
    assert shown.split() == ["Plain", "||", "not", "a", "spoiler", "after", "||"]


def test_a_cut_description_never_leaves_a_span_open() -> None:
    markup = "Start. ~!" + "word " * 100 + "end!~ Tail."
    for limit in range(10, 200, 7):
        line = markup_line(markup, limit, reveal=False)
        assert len(line) <= limit
        assert len(unescaped_delimiters(line)) % 2 == 0, (limit, line)
