"""bot/ingest/detect/anime.py: the anime, from a catalog or from the title."""

from __future__ import annotations

import pytest

from bot.ingest import parse_document
from bot.ingest.detect.anime import name_in_pattern
from bot.ingest.errors import IngestError
from bot.ingest.page import read_page
from bot.models import (
    Catalog,
    CatalogAlias,
    CatalogCharacter,
    CatalogEpisode,
    DocumentKind,
)
from tests.bot.ingest.helpers import (
    BODY,
    doc,
    reason,
)


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        ("Frieren – Ep. 1 (First Impressions)", "Frieren"),
        ("Dungeon Meshi: Anime Review", "Dungeon Meshi"),
        ("The Apothecary Diaries – Season 1 Episode 1 Recap & Review", "The Apothecary Diaries"),
        ("Blue Lock Episode 3 Review", "Blue Lock"),
        ("Re:Zero Season 3 Episode 5 Review", "Re:Zero"),
        ("Oshi no Ko [Episode 4] Review", "Oshi no Ko"),
    ],
)
def test_anime_name_from_the_title(catalogs: list[Catalog], title: str, anime: str) -> None:
    # another anime than the catalog's: its own name is kept, not Metallic Rouge
    assert doc(f"{title}\n\n{BODY}", catalogs=catalogs).anime_title == anime


def test_catalog_title_is_recognised_case_insensitively(catalogs: list[Catalog]) -> None:
    parsed = doc(f"metallic rouge episode 2 review\n\n{BODY}", catalogs=catalogs)
    assert parsed.anime_title == "Metallic Rouge"


@pytest.mark.parametrize("title", ["Episode 5 Review", "Review", "S1E3 – Recap & Review"])
def test_no_anime_name_is_an_error(title: str) -> None:
    why = reason(f"{title}\n\n{BODY}")
    assert why.startswith("could not tell which anime this is")
    assert "--anime NAME" in why  # the hint: name it on the command line


@pytest.mark.parametrize(
    "title",
    [
        "Frieren: Beyond Journey's End Episode 3 Review",
        "Anime Blog | Frieren: Beyond Journey's End Episode 3 Review",
        "First Impressions: Frieren: Beyond Journey's End",
        "Frieren: Beyond Journey's End – Season 1 Review",
    ],
)
def test_a_new_anime_keeps_the_colon_of_its_own_title(title: str) -> None:
    # an anime's title may hold a colon: kept when the text names what comes before it
    opening = "Frieren and Fern set out on a grimoire hunt in the northern lands."
    assert name_in_pattern(title, opening) == "Frieren: Beyond Journey's End"
    assert doc(f"{title}\n\n{opening}\n\nOverall, a gentle episode.").anime_title == (
        "Frieren: Beyond Journey's End"
    )


def test_a_columns_name_before_a_colon_is_dropped() -> None:
    # ...and a column's name before the colon is not part of the anime's
    opening = "Dandadan keeps its pace in the fourth episode."
    title = "This Week in Fantasy: Dandadan Episode 4 Review"
    assert name_in_pattern(title, opening) == "Dandadan"


def test_one_coined_word_before_a_subtitle_the_text_never_says_is_kept() -> None:
    # "<Coined>: <Subtitle>": a show's own title; a text that names neither part alone
    # leaves no reason to take the head for a column's label
    opening = "The crew has grown, and the kid is now the one everyone follows."
    title = "Glitchpunk: Rooftoppers Episode 6 Review"
    assert name_in_pattern(title, opening) == "Glitchpunk: Rooftoppers"
    assert doc(f"{title}\n\n{opening}\n\n{BODY}").anime_title == "Glitchpunk: Rooftoppers"
    # ...while a feature's one-word label, a common noun, is still dropped
    for label in ("Opinion", "Spotlight", "Review"):
        assert name_in_pattern(f"{label}: Rooftoppers Episode 6 Review", opening) == ("Rooftoppers")
    # ...and so is a coined head when the text names the show by its subtitle alone
    said = "Rooftoppers has grown up, and the kid is now the one everyone follows."
    assert name_in_pattern(title, said) == "Rooftoppers"


def test_a_display_titles_word_over_a_dek_naming_the_show_is_dropped() -> None:
    # a magazine feature: its display title, a pun, on a line of its own, then the dek
    # restating the headline from the show's name; the metadata's headline joins the two
    title = "Lamplight: Rooftoppers Season 2 Episode 4 Review"
    opening = (
        "Lamplight\n\nRooftoppers Season 2 Episode 4 Review: the crew finally climbs the "
        "clock tower\n\nThe crew has grown, and the kid is now the one everyone follows."
    )
    assert name_in_pattern(title, opening) == "Rooftoppers"
    # ...while a show's own head, said in the text as well, is kept
    said = opening + "\n\nLamplight has never looked better."
    assert name_in_pattern(title, said) == "Lamplight: Rooftoppers"
    # ...and so is a head on a line of its own when no line opens with its subtitle
    heading = "Lamplight\n\nThe crew has grown, and the kid is now the one everyone follows."
    assert name_in_pattern(title, heading) == "Lamplight: Rooftoppers"


def test_a_franchise_title_before_its_entrys_subtitle_is_kept() -> None:
    # a long-running franchise's entry: the text calls it by its subtitle and names the
    # franchise by its last word alone, which a column's text does not do with its own name
    opening = (
        "Nine weeks in, Echoes of the Tide is the boldest Starwing in a decade, and the "
        "pilots finally get to talk to each other."
    )
    title = "Celestial Armour Starwing: Echoes of the Tide Episode 9 Review"
    assert name_in_pattern(title, opening) == "Celestial Armour Starwing: Echoes of the Tide"


def test_an_english_title_before_a_subtitle_the_text_never_says_is_kept() -> None:
    # "<English Title>: <Subtitle>": a remake's or a new series' whole title, its text
    # calling the show "the remake" and naming neither part; a column's text names its show
    opening = (
        "If you saw the 1998 version, you know this episode: the lantern fair goes wrong and "
        "the ferryman learns the girl in his boat reads the river better than he does. "
        "The remake gives it room."
    )
    title = "Salt and Lantern: Ferryman Meets the River Girl Episode 5 Review"
    assert name_in_pattern(title, opening) == "Salt and Lantern: Ferryman Meets the River Girl"
    assert doc(f"{title}\n\n{opening}\n\n{BODY}").anime_title == (
        "Salt and Lantern: Ferryman Meets the River Girl"
    )
    # ...while a column's name is still dropped when the text names the show, whole or by
    # one of its words as a name
    column = "Off the Beaten Path: Ferryman Meets the River Girl Episode 5 Review"
    for said in ("Ferryman Meets the River Girl gives it room.", "The Ferryman gives it room."):
        assert name_in_pattern(column, said) == "Ferryman Meets the River Girl"
        assert name_in_pattern(title, said) == "Ferryman Meets the River Girl"
    # ...and so is a headline's sentence before the colon, its clause broken by a comma
    assert name_in_pattern("Readers, This Is For You: Ferryman 16 Recap", opening) == "Ferryman 16"


def test_a_subtitle_saying_only_the_shows_format_keeps_the_name_before_its_colon() -> None:
    # "<Name>: The Series": the words after the colon name no show, so the head is kept
    # even when the text calls the show by one of its words ("Mirrorwake") alone
    opening = "Mirrorwake has found its rhythm, and the lighthouse kids finally get a win."
    for subtitle in ("The Series", "The Animation"):
        title = f"Tidal Mirrorwake: {subtitle} Episode 12 Review – Salt and Glass"
        assert name_in_pattern(title, opening) == f"Tidal Mirrorwake: {subtitle}"
    # ...while a column's name before a show's own is still dropped
    title = "This Week in Fantasy: Mirrorwake Episode 12 Review"
    assert name_in_pattern(title, opening) == "Mirrorwake"


def test_a_new_anime_written_with_its_title_in_japanese_script_is_named_in_latin_letters() -> None:
    # "<NAME> (<katakana>)" and "<kanji> (<English title>)": the name in Latin letters, the
    # one the store's readers type, whichever side of the bracket it stands
    opening = "The premiere spends its whole runtime on one rainy bus ride."
    assert name_in_pattern("KOHARUBI (コハルビ) — First Impressions", opening) == "KOHARUBI"
    title = "雨の停留所 (The Rainy Bus Stop) — Episode 2 Review"
    assert name_in_pattern(title, opening) == "The Rainy Bus Stop"
    # ...and a bracket in Latin letters on both sides is not such a pair
    title = "Rainy Bus Stop (Ame no Teiryuujo) — Episode 2 Review"
    assert name_in_pattern(title, opening) == "Rainy Bus Stop"


def test_a_story_arcs_name_after_a_new_anime_is_no_part_of_its_name() -> None:
    # "<Show> <Arc> Arc Review": the show is the first words the text says on their own
    opening = (
        "Twenty episodes of the Glasshouse arc are behind us. Lantern Drift has never looked "
        "better, even if the Glasshouse arc drags in the middle."
    )
    title = "LANTERN DRIFT GLASSHOUSE ARC REVIEW (EPISODES 401-420)"
    assert name_in_pattern(title, opening) == "LANTERN DRIFT"
    # ...a text that never names the show alone keeps the whole name
    opening = "Twenty episodes in, and the Lantern Drift Glasshouse Arc drags in the middle."
    assert name_in_pattern(title, opening) == "LANTERN DRIFT GLASSHOUSE ARC"


def test_a_columns_name_its_text_says_by_its_last_words_is_still_dropped() -> None:
    # the column's text names it by its last words ("the Screening Room"), not by its last
    # word alone
    opening = (
        "Welcome back to the Screening Room. Echoes of the Tide gives its pilots room to "
        "talk at last."
    )
    title = "Friday Night Screening Room: Echoes of the Tide Episode 9 Review"
    assert name_in_pattern(title, opening) == "Echoes of the Tide"


def test_a_known_anime_the_opening_says_it_reviews_beats_a_new_name_from_the_title() -> None:
    # the title is in another script; the opening names the known anime as its subject
    text = (
        "# 葬送のフリーレン 第12話「本物の勇者」 Review\n\n"
        "This is my review of episode twelve of Frieren: Beyond Journey's End, which keeps "
        "the Japanese title.\n\n"
        "The village remembers its hero slightly wrong.\n"
    )
    parsed = doc(text, known_anime=["Frieren: Beyond Journey's End"])
    assert parsed.anime_title == "Frieren: Beyond Journey's End"
    assert parsed.episode == 12


def test_a_known_anime_named_in_passing_does_not_beat_the_titles_pattern() -> None:
    text = (
        "Dandadan Episode 3 Review\n\n"
        "Not since Frieren: Beyond Journey's End have I looked forward to a Friday this much.\n\n"
        "The ghosts are loud.\n"
    )
    parsed = doc(text, known_anime=["Frieren: Beyond Journey's End"])
    assert parsed.anime_title == "Dandadan"


def test_the_name_before_a_japanese_episode_marker() -> None:
    parsed = doc("Dandadan 第3話 Review\n\nThe ghosts are loud.\n")
    assert parsed.anime_title == "Dandadan"
    assert parsed.episode == 3


@pytest.mark.parametrize(
    "title", ["Hoshizora Kissa 第七話 Review", "Hoshizora Kissa 第十二話 review – the late shift"]
)
def test_the_name_before_a_japanese_episode_marker_in_kanji_numerals(title: str) -> None:
    # the episode's number written in kanji is the marker, not the end of a new anime's name
    parsed = doc(f"{title}\n\nThe coffee is cold again and the regulars notice.\n")
    assert parsed.anime_title == "Hoshizora Kissa"


def test_a_user_review_heading_is_not_part_of_the_name() -> None:
    from bot.ingest.detect.anime import name_in_pattern

    assert name_in_pattern("Review of Oshi no Ko Season 1 by starlight_k") == "Oshi no Ko"
    assert name_in_pattern("My thoughts on Blue Box Episode 3") == "Blue Box"


@pytest.mark.parametrize(
    "title",
    ["Review of Lantern Street by mossy_owl", "A review of Lantern Street by @mossy_owl"],
)
def test_a_user_review_heading_names_the_show_its_review_says_again(title: str) -> None:
    # a user-review site's heading has no marker after the name, only the writer's handle;
    # the review names the show it reviews
    opening = "Lantern Street is the quietest show I finished this year, and the best."
    assert name_in_pattern(title, opening) == "Lantern Street"
    assert doc(f"{title}\n\n{opening}\n\n{BODY}").anime_title == "Lantern Street"


def test_a_user_review_heading_copied_as_markdown_with_its_handle_in_bold_names_the_show() -> None:
    # a review database's user review copied as Markdown keeps the writer's handle bold
    opening = "Lantern Street is the quietest show I finished this year, and the best."
    for title in (
        "Review of Lantern Street by **mossy_owl**",
        "Review of Lantern Street by __mossy__",
    ):
        assert name_in_pattern(title, opening) == "Lantern Street"
    assert doc(
        f"# Review of Lantern Street by **mossy_owl**\n\n{opening}\n\n{BODY}"
    ).anime_title == ("Lantern Street")
    # marks that do not pair stay no handle
    assert name_in_pattern("Review of Lantern Street by **mossy_owl_", opening) is None


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        # the opening never says the name: a headline's words, not a show's
        ("Review of Lantern Street by mossy_owl", "A quiet show, and the best of the year."),
        # not written as a name
        ("Review of last night's stream by mossy_owl", "I stayed up for last night's stream."),
        # a byline of two words is no handle
        ("Review of Lantern Street by Mossy Owl", "Lantern Street is the quietest show."),
    ],
)
def test_a_review_of_heading_without_the_name_said_again_names_nothing(
    title: str, opening: str
) -> None:
    assert name_in_pattern(title, opening) is None


def test_a_listicle_headline_is_not_part_of_the_name() -> None:
    from bot.ingest.detect.anime import name_in_pattern

    assert name_in_pattern("5 Things We Loved About Dandadan Episode 4") == "Dandadan"
    assert name_in_pattern("10 Best Moments From Blue Box Season 1") == "Blue Box"
    assert name_in_pattern("86 Eighty-Six Episode 3 Review") == "86 Eighty-Six"  # a name


def test_a_text_without_a_headline_that_opens_with_the_clear_pattern() -> None:
    # a microblog post: no title line, the post opens with "<Name> Episode 10 review"
    text = (
        "Mika 🌙 @mikareads@anime.social\n"
        "Solo Leveling Episode 10 review, short version: the fight is the best of the season.\n\n"
        f"{BODY}"
    )
    parsed = doc(text)
    assert parsed.anime_title == "Solo Leveling"
    assert parsed.episode == 10


@pytest.mark.parametrize(
    ("opener", "expected"),
    [
        ("Lantern: Under the Salt Sea, ep 6 🧵 — they finally went there. Spoilers ahead.", None),
        ("Blue Box, Episode 4 🧵 The rain scene is lovely.", None),
        ("Blue Box ep 4 🧵 — the rain scene is lovely, and so is the rest of it.", None),
        ("Anyway, episode 4 🧵 The rain scene is lovely.", "Vinland Saga"),
    ],
)
def test_a_post_opening_with_a_name_its_comma_then_its_episode(
    opener: str, expected: str | None
) -> None:
    # a social thread's opener, the name then its episode and the thread's mark, perhaps
    # after a comma: its show, not a known one the thread compares it with further down; a
    # sentence's opening word before the comma is no name
    text = (
        f"{opener}\n\n2/ The pacing is patient.\n\n3/ The score is great.\n\n"
        "4/ It has the calm of Vinland Saga's farm arc.\n\n5/ Four out of five."
    )
    parsed = doc(text, known_anime=["Vinland Saga"])
    assert parsed.anime_title == (expected or opener.partition(",")[0].partition(" ep")[0])


@pytest.mark.parametrize(
    "opener",
    [
        "I watched Solo Leveling episode 10 last night and the fight is great.",
        "so solo leveling episode 10 happened, the fight is great.",
        "Watched Solo Leveling Episode 10 Last Night and the fight is great.",  # title case
    ],
)
def test_an_opening_sentence_is_no_clear_pattern(opener: str) -> None:
    assert "could not tell which anime" in reason(f"{opener}\n\n{BODY}")


def test_a_symbol_before_the_name_is_not_part_of_it() -> None:
    assert name_in_pattern("🧵 Dandadan Episode 10 review thread, spoilers only 1/5") == "Dandadan"


def test_a_thread_exports_headline_under_a_handle_and_a_timestamp() -> None:
    # an export of a thread: a header and a saved-on line, then each post opens with its
    # handle and time; the first post's own line is the headline with the clear pattern
    text = (
        "Exported thread from @yuzu@toots.example\n"
        "Archived 2025-03-02\n\n"
        "@yuzu · Mar 1, 2025, 21:04\n"
        "📌 Blue Box Episode 21 Thoughts (1/3)\n\n"
        "The gym scene is the best thing the show has done so far.\n\n"
        f"{BODY}"
    )
    parsed = doc(text)
    assert parsed.anime_title == "Blue Box"
    assert parsed.episode == 21


@pytest.mark.parametrize(
    "line",
    [
        "I watched Blue Box episode 21 last night and loved the gym scene.",
        "Watched Blue Box Episode 21 Last Night and loved the gym scene.",  # title case
    ],
)
def test_a_line_of_running_text_under_a_handle_is_no_headline(line: str) -> None:
    text = f"@yuzu · Mar 1, 2025, 21:04\n{line}\n\n{BODY}"
    assert "could not tell which anime" in reason(text)


def test_a_known_anime_named_after_a_chat_exports_short_messages() -> None:
    # a group chat's export: a header, then one short message per paragraph (a handle and a
    # time above each) before the long post; the known anime is named only in that post
    text = (
        "Chat export\nGroup: Friday Watch Club\nMessages: 9\n\n"
        "Pia, 12.03.2024 18:01\njoined the group\n\n"
        "Pia, 12.03.2024 18:02\nhi all\n\n"
        "Rui, 12.03.2024 19:30\nwriting it up now, one sec\n\n"
        "Rui, 12.03.2024 19:41\nSo, Dandadan this week: louder than ever and I loved it.\n\n"
        f"{BODY}"
    )
    assert doc(text, known_anime=["Dandadan"]).anime_title == "Dandadan"


def _club_export(post: str) -> str:
    # a chat exporter's text: its banner, the channel's messages, a review among them
    bar = "=" * 40
    return (
        f"{bar}\nGuild: Late Night Club\nChannel: #weekly-watch (1200)\n{bar}\n\n"
        "[02-Mar-25 09:12 PM] pebble\nanyone still up from the ep\n\n"
        f"[02-Mar-25 09:31 PM] lumen\n{post}\n\n{BODY}\n\nscore: 7/10\n\n"
        "[02-Mar-25 09:35 PM] pebble\nsame, 8 from me"
    )


def test_a_known_anime_a_chat_message_names_by_its_fans_short_name_before_the_episode() -> None:
    # a club's channel says its show by the fans' short name only: "MMK" clips the known
    # "Mimi Kakushi" (m-i-mi, ka-kushi) and no other known anime's name
    text = _club_export("ok. MMK s1e4 (4 overall), writing fast")
    parsed = doc(text, known_anime=["Mimi Kakushi", "Harbour Lights"])
    assert parsed.anime_title == "Mimi Kakushi"


@pytest.mark.parametrize(
    ("known", "anime"),
    [
        # "mmk" clips the known "Mimi Kakushi" (m-i-mi, ka-kushi) and no other's name
        (["Mimi Kakushi", "Harbour Lights"], "Mimi Kakushi"),
        # ...clipping two known names, neither: the one the text names is taken
        (["Mimi Kakushi", "Moon Maker Kids", "Harbour Lights"], "Harbour Lights"),
    ],
)
def test_a_known_anime_a_notes_headline_names_by_its_short_name_in_lower_case(
    known: list[str], anime: str
) -> None:
    # a note to self headed by the fans' short name typed in lower case, another known show
    # named only in a to-do at its end
    text = (
        "mmk S2E3 — recap + my take\n\nnotes before I post in the group chat\n\n"
        f"{BODY}\n\n8/10 for me.\n\nalso remember to finish Harbour Lights ep1 before Sunday"
    )
    assert doc(text, known_anime=known).anime_title == anime


def _phone_note(name: str, line: str) -> str:
    # a phone's notes export: the note's name, its "Edited" line, then the notes
    return (
        f"{name}\nEdited 3 Feb 2025 at 22:10\n\n{line}\nwatched with Pia\n\n{BODY}\n\nrating: 7/10"
    )


def test_a_known_anime_a_note_names_by_its_first_word_and_its_short_name() -> None:
    # the note's name says the show's first word, its line the fans' initials before the
    # episode: both "Mimi Kakushi", and no other known show's
    text = _phone_note("mimi notes", "MK S2E5 — ep 17 overall")
    parsed = doc(text, known_anime=["Mimi Kakushi", "Harbour Lights"])
    assert parsed.anime_title == "Mimi Kakushi"


@pytest.mark.parametrize(
    ("name", "line"),
    [
        # initials alone: a new show's ("Moon Kingdom") may have the same
        ("anime notes", "MK S2E5 — ep 17 overall"),
        # a first word alone, no initials before the episode
        ("mimi notes", "S2E5 — ep 17 overall"),
        # a first word that is a common word ("One Outs") says nothing of the show
        ("one notes", "OO S2E5 — ep 17 overall"),
    ],
)
def test_a_note_naming_a_known_anime_by_one_cue_alone_names_none(name: str, line: str) -> None:
    text = _phone_note(name, line)
    assert "could not tell which anime" in reason(
        text, known_anime=["Mimi Kakushi", "One Outs", "Harbour Lights"]
    )


def test_a_chat_messages_short_name_clipping_two_known_anime_names_neither() -> None:
    # "MMK" clips "Mimi Kakushi" and "Moon Maker Kids" alike: which one is not the page's to say
    text = _club_export("ok. MMK s1e4 (4 overall), writing fast")
    assert "could not tell which anime" in reason(
        text, known_anime=["Mimi Kakushi", "Moon Maker Kids"]
    )


def test_a_known_anime_named_only_far_down_the_text_is_still_not_taken() -> None:
    # the wider look stops after the opening's first lines: a name in the closing words of
    # a long thread says nothing about what it opened with
    # (no message headers: those make it a chat export, whose replies are dropped anyway)
    chatter = "\n\n".join(
        f"Pia\nok, see you all at the watch party at {m} tonight" for m in range(10)
    )
    text = f"Chat export\n\n{chatter}\n\nRui\nDandadan next week?"
    assert "could not tell which anime" in reason(text, known_anime=["Dandadan"])


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("[film-club] Kaiju Diner Episode 5 Review", "Kaiju Diner"),
        ("Re: [film-club] Kaiju Diner Episode 5 Review", "Kaiju Diner"),
        ("[Lanternfish Fansubs] Kaiju Diner - 07 [720p]", "Kaiju Diner"),
        ("[Lanternfish Fansubs] New release: Kaiju Diner - 07v2 (1080p)", "Kaiju Diner"),
        ("Re:Zero Episode 3 Review", "Re:Zero"),
        ("[Oshi no Ko] Episode 3 Review", "[Oshi no Ko]"),
    ],
)
def test_a_subject_or_release_tag_is_not_the_name(title: str, expected: str) -> None:
    assert name_in_pattern(title) == expected


def test_a_subject_in_lower_case_words_defers_to_the_known_anime_the_opening_names() -> None:
    # "quick blurb about MR ep 2" is how someone writes a subject, not an anime's name
    text = (
        "Subject: quick blurb about MR ep 2 (for the newsletter)\nFrom: Ana <ana@club.example>\n\n"
        "Hi all,\n\nMetallic Rouge keeps its pace in the second episode.\n\n"
        "Rouge and Naomi argue about the Immortal Nine."
    )
    assert doc(text, known_anime=["Metallic Rouge"]).anime_title == "Metallic Rouge"
    # ...while a subject naming a new anime as a name still names it
    text = text.replace("quick blurb about MR", "Kaiju Diner").replace("Metallic Rouge", "The show")
    assert doc(text, known_anime=["Metallic Rouge"]).anime_title == "Kaiju Diner"


@pytest.mark.parametrize(
    "title",
    [
        "Ines Duarte's review of Blue Lock — the semi-final",
        "Ines Duarte’s first impressions of Blue Lock",
        "Ines Duarte's final thoughts on Blue Lock",
    ],
)
def test_a_reviewers_possessive_before_review_of_a_known_anime_is_no_anime(title: str) -> None:
    # a diary site's headline: the member's name, the byline repeating it; what "of" is
    # followed by is the show reviewed
    text = (
        f"{title}\n\nReview by Ines Duarte ★★★★\n\n"
        "Blue Lock gives the striker a real rival at last, and the match is the tensest of "
        "the season so far.\n\nThe goalkeeper's save in the last minute is the highlight."
    )
    assert doc(text, known_anime=["Blue Lock"]).anime_title == "Blue Lock"


def test_a_columns_name_is_dropped_though_the_opening_holds_a_longer_word() -> None:
    # "Spotlights" in the opening does not say "Spotlight", the column's name
    opening = "Spotlights this week: Kaiju Diner finally finds its rhythm."
    title = "Spotlight: Kaiju Diner Episode 3 Review"
    assert name_in_pattern(title, opening) == "Kaiju Diner"


@pytest.mark.parametrize(
    "title",
    ["Issue #12: A Quiet Night in the Hangar", "Vol. #3: Lights Over the Harbour"],
)
def test_a_newsletters_issue_number_names_no_anime(title: str) -> None:
    # "Issue #12" numbers the newsletter, not an episode of an anime called "Issue"
    assert name_in_pattern(title, "") is None
    text = (
        f"{title}\n\nHello again, readers. This week's letter is about Blue Lock, S2E3, and "
        "the match that finally goes wrong for the team.\n\nThe striker sulks, and it works."
    )
    assert doc(text, known_anime=["Blue Lock"]).anime_title == "Blue Lock"


def test_a_marker_after_an_issue_number_still_names_the_anime() -> None:
    # the issue's "#9" is skipped; the episode marker after it gives the name
    title = "The Weekly Letter, Issue #9: Blue Period Episode 4 Review"
    assert name_in_pattern(title, "The art club meets again.") == "Blue Period"


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        ("Gear: Of Clocks and Tides Episode 2 Review", "Gear: Of Clocks and Tides"),
        ("Lantern: In the House of Moths Season 1 Review", "Lantern: In the House of Moths"),
    ],
)
def test_one_word_before_a_subtitle_opening_with_a_preposition_is_the_anime(
    title: str, anime: str
) -> None:
    # "X: On the …": a subtitle, not a name on its own; the word before the colon is kept
    # although the text never repeats it
    opening = "The show slows down this week and lets its lead think."
    assert name_in_pattern(title, opening) == anime
    assert doc(f"{title}\n\n{opening}\n\nA patient, lovely episode.").anime_title == anime


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        ("gear: of clocks and tides, episodes 1-2. some thoughts", "gear: of clocks and tides"),
        ("lantern: in the house of moths episode 4 review", "lantern: in the house of moths"),
    ],
)
def test_one_word_before_a_subtitle_all_in_lower_case_is_the_anime(title: str, anime: str) -> None:
    # a post written all in lower case: its case tells no name from a column's label, so
    # the word before the colon stays, as it does written as a name
    opening = "the show slows down this week and lets its lead think."
    assert name_in_pattern(title, opening) == anime
    # ...but a column's label in lower case, whose subject the opening names alone, goes
    assert name_in_pattern("essays: of monsters and men ep 3", "monsters and men is back.") == (
        "of monsters and men"
    )
    # and a head in lower case before a subtitle written as a name is no name
    assert name_in_pattern("notes: On the Other Shore Episode 2", opening) == "On the Other Shore"


@pytest.mark.parametrize(
    ("title", "opening", "anime"),
    [
        # a column's name before a name that is not a subtitle
        ("Spotlight: Blue Period Episode 3 Review", "The art club meets.", "Blue Period"),
        # the opening names the subtitle's subject alone: the head is a column's label
        (
            "Essays: Of Monsters and Men Episode 3 Review",
            "Monsters and Men returns with its best episode.",
            "Of Monsters and Men",
        ),
        # the head is a kind word, not a title
        ("Thoughts: On the Other Shore Episode 2", "A quiet week.", "On the Other Shore"),
        # more than one word before the colon: a column's name
        ("This Week in Fantasy: Of Kings and Crows Episode 3 Review", "", "Of Kings and Crows"),
    ],
)
def test_a_columns_label_before_a_subtitle_is_still_dropped(
    title: str, opening: str, anime: str
) -> None:
    assert name_in_pattern(title, opening) == anime


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("REVIEW: Blue Box #7 Finally Lets the Rain Fall", "Blue Box"),
        ("Review: Sakamoto Days Episode 3 Is a Riot", "Sakamoto Days"),
        ("First Impressions: Dr. Stone Season 4 Starts Slow", "Dr. Stone"),
    ],
)
def test_a_kind_label_before_the_name_and_a_headline_after_its_marker(
    title: str, expected: str
) -> None:
    # a news site's "REVIEW: <Name> #7 <headline words>": the name ends at the episode marker
    assert name_in_pattern(title) == expected


def test_a_headline_naming_no_kind_of_document_and_said_nowhere_is_no_new_anime() -> None:
    # a school paper's "Rain, Chalk and Nerves: The Film Society Tries S2E3": no word saying
    # it is a review, and the opening never says "The Film Society Tries"; it names the
    # known anime it is about
    text = (
        "Rain, Chalk and Nerves: The Film Society Tries S2E3\n\n"
        "Each Monday the film society borrows the library, and this term it follows Blue Lock, "
        "a football show with a lot of shouting.\n\n"
        "The striker sulks, and it works.\n"
    )
    parsed = doc(text, known_anime=["Blue Lock"])
    assert parsed.anime_title == "Blue Lock"
    assert parsed.episode == 3


def test_a_headline_naming_no_kind_of_document_keeps_a_name_the_opening_repeats() -> None:
    # the new name is said again in the opening: it is the anime, not a known one in passing
    text = (
        "Dandadan S1E3\n\n"
        "Dandadan keeps up a pace that not even Blue Lock managed.\n\n"
        "The ghosts are loud.\n"
    )
    assert doc(text, known_anime=["Blue Lock"]).anime_title == "Dandadan"


@pytest.mark.parametrize(
    ("opener", "expected"),
    [
        ("ok. Blue Box Episode 4 Review, since I said I would post these.", "Blue Box"),
        ("Right! Sakamoto Days Episode 2 Thoughts, a bit late.", "Sakamoto Days"),
        ("Lantern: Under the Salt Sea Episode 6 Review, late.", "Lantern: Under the Salt Sea"),
    ],
)
def test_a_post_that_opens_with_the_clear_pattern_after_a_word_or_two(
    opener: str, expected: str
) -> None:
    # a text post with no headline: a word said first, and a name that holds a colon
    text = f"some-blog-name\nFollow\n\n#6. a small heading\n\n{opener}\n\n{BODY}"
    assert doc(text).anime_title == expected


@pytest.mark.parametrize(
    "opener",
    [
        "ok. I watched Blue Box episode 4 and the rain scene is lovely.",
        "ok so. watched Blue Box Episode 4 Last Night, the rain scene is lovely.",
    ],
)
def test_a_sentence_after_a_word_or_two_is_still_no_clear_pattern(opener: str) -> None:
    assert "could not tell which anime" in reason(f"{opener}\n\n{BODY}")


@pytest.mark.parametrize(
    "title",
    [
        "'Lantern Town' Episode 4 Recap: The Ferry",
        '"Lantern Town" Season 1 Review',
        "“Lantern Town” Episode 4 Review",
        "Recap: ‘Lantern Town’ Episode 4",
    ],
)
def test_a_news_headlines_quotes_around_the_name_are_not_part_of_it(title: str) -> None:
    opening = "Spoilers for Lantern Town below. Mira rows across the bay at night."
    assert name_in_pattern(title, opening) == "Lantern Town"
    assert doc(f"{title}\n\n{opening}\n\n{BODY}").anime_title == "Lantern Town"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("'Tis the Season Episode 2 Review", "'Tis the Season"),
        ("Rivers' End Episode 2 Review", "Rivers' End"),
        ("'Kato' and 'Mina' Episode 2 Review", "'Kato' and 'Mina'"),
    ],
)
def test_a_quote_that_does_not_wrap_the_whole_name_stays(title: str, name: str) -> None:
    assert name_in_pattern(title) == name


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        # a newsletter's or a programme's issue number, then the anime's own clear pattern
        ("Second Look #9 — Lantern Street Season 2 Review", "Lantern Street"),
        ("Sunday Watch Club #31 | Tidal Hearts Episode 4 Review", "Tidal Hearts"),
        ("Second Look #9: Lantern Street first impressions", "Lantern Street"),
        # the anime's own "#N", then its episode's title: the name before the number
        ("Lantern Street #5 — The Festival Night Review", "Lantern Street"),
        ("Lantern Street #5 - first impressions", "Lantern Street"),
    ],
)
def test_a_programmes_issue_number_before_the_anime_s_pattern(title: str, anime: str) -> None:
    assert name_in_pattern(title) == anime


@pytest.mark.parametrize(
    "title",
    ["my full review (ep 4)", "Our recap (episode 2)", "Harbor Lights — a grade for the premiere"],
)
def test_a_determiner_before_the_marker_is_no_name(title: str) -> None:
    # "<Anime> finale – my full review (ep 4)" cut to its last part: "my" names no anime
    assert name_in_pattern(title) is None
    why = reason(f"{title}\n\n{BODY}")
    assert why.startswith("could not tell which anime this is")


def test_a_newsletters_own_name_repeated_above_its_text_is_no_new_anime() -> None:
    # an e-mailed newsletter: its name and issue number in the subject ("<Letter> #7 — <what
    # this week is about>"), the subject repeated above the body; the body says which known
    # anime the letter follows (under the letter's own header, in one block)
    text = (
        "Subject: Sunday Dispatch #7 — a quieter week\n"
        "From: The Writer <writer@letters.example>\n\n"
        "Letters from the Couch\n"
        "Sunday Dispatch #7 — a quieter week\n"
        "My weekly diary of Dandadan. This time: episode 7.\n"
        "The Writer\n\n"
        "The episode slows down after last week's fight, and it is better for it. The "
        "grandmother gets the best lines and the music is great.\n\n"
        "Score: 7/10"
    )
    parsed = doc(text, known_anime=["Dandadan"])
    assert parsed.anime_title == "Dandadan"
    assert parsed.episode == 7
    # an anime's own "<Name> #7 — <episode title>" whose text says its name stays that anime
    other = text.replace("Sunday Dispatch", "Blue Lock").replace("diary of Dandadan", "diary")
    other = other.replace("The episode slows", "Blue Lock slows")
    assert doc(other, known_anime=["Dandadan"]).anime_title == "Blue Lock"


@pytest.mark.parametrize(
    "title",
    [
        "Why this week's episode made me cry",
        "How the episode was saved by its soundtrack",
        "Tonight's episode is the one to show your friends",
    ],
)
def test_episode_followed_by_a_verb_is_no_marker_after_a_name(title: str) -> None:
    # "episode made me cry": the word after "episode" is no number, so the words before it
    # are a sentence, not "<Name> Episode N"
    assert name_in_pattern(title) is None
    assert reason(f"{title}\n\n{BODY}").startswith("could not tell which anime this is")


@pytest.mark.parametrize(
    "title",
    [
        "Kaiju Diner Episode Three Review",
        "Kaiju Diner episode three review",
        "Kaiju Diner episode review",
        "Kaiju Diner Episode IV",
    ],
)
def test_episode_followed_by_a_number_word_or_what_the_text_is_is_a_marker(title: str) -> None:
    assert name_in_pattern(title) == "Kaiju Diner"


@pytest.mark.parametrize(
    "title",
    [
        "[Review] Kaiju Diner – 03",
        "[Review] Kaiju Diner — 03",
        "[Lanternfish Fansubs] Kaiju Diner – 07 [720p]",
    ],
)
def test_a_tag_then_name_and_a_bare_number_after_a_dash_of_any_kind(title: str) -> None:
    # a blog's "[Review] <Name> – 03" is the fansub release's "<Name> - 03" with a typeset dash
    assert name_in_pattern(title) == "Kaiju Diner"


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        (
            "Hanabira: Too Many Rivals in One Classroom! Episode 2 Review",
            "Hanabira: Too Many Rivals in One Classroom!",
        ),
        (
            "Kumoyuki: Is It Wrong to Keep a Dragon? Season 1 Review",
            "Kumoyuki: Is It Wrong to Keep a Dragon?",
        ),
    ],
)
def test_a_short_name_before_an_exclaimed_or_asked_subtitle_is_kept(title: str, anime: str) -> None:
    # a light novel's long title after its short name, which the review never repeats
    assert name_in_pattern(title, "The class trip goes wrong in the best way.") == anime


@pytest.mark.parametrize(
    "title",
    [
        "Hanabira: Too Many Rivals in One Classroom! (Rival ga Oosugiru!) - Episode 2 Discussion",
        "Hanabira: Too Many Rivals in One Classroom! [Rival ga Oosugiru] Episode 2 Review",
        "Hanabira: Too Many Rivals in One Classroom! (Crunchyroll) – Episode 2 thread",
    ],
)
def test_a_short_name_is_kept_before_an_exclaimed_subtitle_with_another_title_after_it(
    title: str,
) -> None:
    # a forum thread's "Nickname: English Title! (Romaji!)": the bracketed title after the
    # exclaimed one (or where it streams) does not hide its exclamation mark
    opening = "Forum index > Currently airing\n\nPoll: rate this episode"
    assert name_in_pattern(title, opening) == "Hanabira: Too Many Rivals in One Classroom!"


def test_a_column_before_a_short_exclaimed_name_is_still_dropped() -> None:
    assert name_in_pattern("Spotlight: Go Go! Episode 3 Review", "A fun week.") == "Go Go!"
    title = "Spotlight: Go Go! (Iku Iku Sou!) Episode 3 Review"
    assert name_in_pattern(title, "A fun week.") == "Go Go!"


@pytest.mark.parametrize(
    "headline",
    ["Hana signs off (finale thoughts)", "Kite takes the long way home: episode 4 thoughts"],
)
def test_a_sentence_headline_is_no_new_anime_when_the_opening_names_a_known_one(
    headline: str,
) -> None:
    # a newsletter's subject: a sentence about the show's lead, not a name written as one;
    # the letter's headers and masthead come before the paragraph naming the show
    text = (
        f"From: Weekly Letter <letter@mail.example>\nDate: Thu, 4 Apr 2024 07:00:00 +0000\n"
        f"Subject: {headline}\n\nView in browser\n\nTHE WEEKLY LETTER\nIssue #8\n\n"
        f"{headline}\n\nHello again. This week's letter is about Paper Kite, as always, and "
        "the episode where Hana finally chooses.\n\nIt earns the ending.\n"
    )
    assert doc(text, known_anime=["Paper Kite"]).anime_title == "Paper Kite"


_LOWER_CASE_DIARY = (
    "night 31 — lantern keepers ep 4 (second watch)\n\n"
    "sunday, late. tea, blanket, the harbour episode at last. i knew what was coming and it "
    "still got me. that's the review.\n\n"
    "ok, real thoughts.\n\n"
    "the storm sequence is the best thing the show has done. the rowing race after it is "
    "quieter, and better for it. nobody says a word for a whole minute.\n\n"
    + "".join(
        f"- rewatch note {n}: the background team hid another small detail here.\n\n"
        for n in range(12)
    )
    + "{aside}\n\n"
    "rating: 9/10\n"
)


def test_a_lower_case_writers_headline_names_its_show_over_one_said_in_passing() -> None:
    # a personal diary whose writer opens no sentence with a capital: the headline's name in
    # lower case is the writer's style, not a sentence's words, and the known anime the text
    # names once, far down (what the director made next), is not what it is about
    aside = "fun fact: the director went on to make Paper Kite. it shows in the silences."
    text = _LOWER_CASE_DIARY.format(aside=aside)
    assert doc(text, known_anime=["Paper Kite"]).anime_title == "lantern keepers"


def test_a_lower_case_headline_is_still_no_name_over_the_known_anime_the_opening_names() -> None:
    # the same writer, the headline a sentence about the show's lead: the known anime the
    # opening names is what it is about
    text = _LOWER_CASE_DIARY.replace("lantern keepers ep 4", "hana gets her boat ep 4").replace(
        "the harbour episode", "paper kite's harbour episode"
    )
    text = text.format(aside="more soon.")
    assert doc(text, known_anime=["Paper Kite"]).anime_title == "Paper Kite"


def test_a_name_with_lower_case_particles_is_still_a_new_anime() -> None:
    text = "Tonari no Kaibutsu wa Kun Episode 3 Review\n\nA Paper Kite fan's view.\n\nFun week.\n"
    assert doc(text, known_anime=["Paper Kite"]).anime_title == "Tonari no Kaibutsu wa Kun"


def test_the_known_anime_before_the_titles_marker_beats_one_named_in_passing() -> None:
    # a newsletter's subject: the review's anime before "Episode N review", another known
    # anime (a longer name) only in an aside; the aside's anime is not what it reviews
    text = f"Letter #12 — Blue Lock Episode 9 review (and a word on Delicious in Dungeon)\n\n{BODY}"
    parsed = doc(text, known_anime=["Blue Lock", "Delicious in Dungeon"])
    assert parsed.anime_title == "Blue Lock"


@pytest.mark.parametrize(
    "subject",
    [
        "This week: Lantern Keepers first impressions, plus Paper Kite S2 and a Blue Lock teaser",
        "Lantern Keepers episode 1 review, plus Paper Kite and Blue Lock news",
    ],
)
def test_a_new_anime_leading_the_subject_beats_known_anime_named_after_it(subject: str) -> None:
    # a newsletter's subject: the feature's new anime with its kind marker first, known anime
    # after it in passing (links further down); the letter's feature heading says it again
    text = (
        f"From: The Reel Letter <reel@mail.example>\nDate: Sun, 6 Jul 2025 08:00:00 +0000\n"
        f"Subject: {subject}\n\nView this email in your browser\n\nTHE REEL LETTER · "
        "Issue #31\n\nHello all! A short hello this week, the season is crowded.\n\n"
        "LANTERN KEEPERS EPISODE 1 FIRST IMPRESSIONS\n\nLantern Keepers opens in a flooded "
        "city and takes its time.\n\nLINKS\n- Paper Kite season 2, episode 3: still lovely\n"
    )
    parsed = doc(text, known_anime=["Paper Kite", "Blue Lock"])
    assert parsed.anime_title == "Lantern Keepers"


@pytest.mark.parametrize(
    ("name", "anime"),
    [
        # a known anime the column's headline writes spaced otherwise
        ("Moon Beam", "Moonbeam"),
        # a new anime, tied to its marker by the possessive
        ("Tidewater", "Tidewater"),
    ],
)
def test_the_anime_whose_finale_a_column_compares_with_a_known_one_leads_its_headline(
    name: str, anime: str
) -> None:
    # a column comparing the show's finale with another known show, named later in the
    # headline with no marker of its own
    text = (
        f"# {name}'s Season 2 Finale Is the Most Blue Lock Thing Its Studio Has Done\n\n"
        f"The best Blue Lock episodes have a feeling, and I got it from the finale of {name} "
        "this week, the twelfth of the season.\n\nThe rooftop scene is the payoff. 9/10.\n"
    )
    assert doc(text, known_anime=["Moonbeam", "Blue Lock"]).anime_title == anime


@pytest.mark.parametrize(
    "subject",
    [
        # the known anime leads the subject: the new name after it is said in passing
        "Paper Kite S2 thoughts, plus Lantern Keepers first impressions",
        # how far the writer got, then a question about the known anime: no name before it
        "Two Episodes In: Is Paper Kite Worth It?",
        # a programme's own number, then the known anime
        "Harbour Notes #12: Paper Kite Finds Its Feet",
    ],
)
def test_a_known_anime_the_subject_names_stays_the_anime(subject: str) -> None:
    text = (
        f"Subject: {subject}\n\nHello all. Paper Kite is back, Harbour Notes is back, Lantern "
        "Keepers starts. Is it good? Two episodes in, yes.\n\nMore below.\n"
    )
    assert doc(text, known_anime=["Paper Kite"]).anime_title == "Paper Kite"


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        (
            "My Quiet Life as the Third Son of a Baker Who Bakes Bread for Dragons "
            "– Episode 7 Review",
            "My Quiet Life as the Third Son of a Baker Who Bakes Bread for Dragons",
        ),
        (
            "The Forty Roommates Who Truly, Truly, Truly Need a Bigger House "
            "Season 2 Episode 3 Review",
            "The Forty Roommates Who Truly, Truly, Truly Need a Bigger House",
        ),
    ],
)
def test_a_long_light_novel_title_before_a_numbered_review_is_a_new_anime(
    title: str, anime: str
) -> None:
    assert doc(f"{title}\n\n{BODY}").anime_title == anime


@pytest.mark.parametrize(
    "title",
    [
        # a sentence (lower-case words), however clear the marker after it
        "Why I think this show is the best thing to air all year Episode 7 Review",
        # a long title-cased run with no numbered episode and kind word after it
        "Ten Things That Made Me Laugh Out Loud This Week On My Couch Review",
    ],
)
def test_long_words_before_a_marker_are_still_no_clear_name(title: str) -> None:
    assert "could not tell which anime" in reason(f"{title}\n\n{BODY}")


# --------------------------------------------------------------- the page's structured data


def _reviews(series: str, episode: int | None = None) -> object:
    from bot.ingest.page import PageMeta
    from bot.ingest.structured import Reviewed

    return PageMeta(title=None, reviewed=Reviewed(series, episode))


def test_structured_data_names_the_reviewed_anime_over_one_named_in_passing(
    catalogs: list[Catalog],
) -> None:
    # the title and opening name a known anime in passing (a comparison); the site's own
    # structured data says which show the page reviews, a show no one knows yet
    text = (
        "Better Than Metallic Rouge? A Quiet Triumph\n\n"
        "If you loved Metallic Rouge, this week's episode will feel like home.\n\n" + BODY
    )
    parsed = doc(text, meta=_reviews("Lantern Road"), catalogs=catalogs)
    assert parsed.anime_title == "Lantern Road"
    assert ("anime", ("'Lantern Road': the page's structured data reviews it",)) in (
        parsed.evidence
    )
    without = doc(text, catalogs=catalogs)
    assert without.anime_title == "Metallic Rouge"  # the text alone names the other one


@pytest.mark.parametrize("stated", ["Lantern Road1/2", "lantern road 1/2", "LanternRoad 1/2"])
def test_structured_data_naming_the_titles_new_anime_otherwise_spaced_takes_the_titles_form(
    stated: str,
) -> None:
    # the site's data field writes the name without a space or in another case; the headline
    # and the text write it as the writer does
    text = (
        f"Lantern Road 1/2 Episode 4 Review: Rain Again\n\nLantern Road 1/2 slows down.\n\n{BODY}"
    )
    assert doc(text, meta=_reviews(stated)).anime_title == "Lantern Road 1/2"


def test_structured_data_naming_another_new_anime_than_the_title_wins() -> None:
    text = f"Lantern Road Episode 4 Review: Rain Again\n\nLantern Road slows down.\n\n{BODY}"
    assert doc(text, meta=_reviews("Harbor Lights")).anime_title == "Harbor Lights"


@pytest.mark.parametrize(
    ("said", "anime"),
    [
        ("The compilation film of the harbour show cuts its first season to two hours.",
         "Lantern Road"),
        ("A recap movie, in short: the first season, trimmed, with a new short at the end.",
         "Lantern Road"),
        # a film of its own story, called no compilation, stays a title of its own
        ("The film tells a new story set between the two seasons.",
         "Lantern Road: Harbour Lights"),
    ],
)  # fmt: skip
def test_structured_data_naming_a_compilation_film_of_a_known_show_files_it_under_the_show(
    said: str, anime: str
) -> None:
    # the site's data reviews the film "<Show>: <Its Subtitle>", which the text says is cut
    # from the show's episodes: the store files it under the show
    text = f"Lantern Road: Harbour Lights review – season one in a cinema seat\n\n{said}\n\n{BODY}"
    parsed = doc(text, meta=_reviews("Lantern Road: Harbour Lights"), known_anime=["Lantern Road"])
    assert parsed.anime_title == anime


def test_structured_data_matches_a_known_anime_fuzzily(catalogs: list[Catalog]) -> None:
    text = f"A Quiet Week in the City\n\n{BODY}"
    known = ["Frieren: Beyond Journey's End"]
    assert doc(text, meta=_reviews("Metalic Rouge"), catalogs=catalogs).anime_title == (
        "Metallic Rouge"
    )
    assert doc(text, meta=_reviews("Frieren"), known_anime=known).anime_title == (
        "Frieren: Beyond Journey's End"
    )


def test_structured_data_in_japanese_script_yields_to_the_known_anime_the_title_names(
    catalogs: list[Catalog],
) -> None:
    # an English edition of a Japanese site keeps its home edition's data (the show in
    # katakana) and heads the page with the English title the store knows
    title = "Metallic Rouge (メタリックルージュ) Episode 3 Review: Learning to Lie"
    text = f"{title}\n\n{BODY}"
    parsed = doc(text, meta=_reviews("メタリックルージュ"), catalogs=catalogs)
    assert parsed.anime_title == "Metallic Rouge"
    # ...a show no one knows keeps the data's name, and data in Latin letters still wins
    other = f"Lantern Road (ランタンロード) Episode 3 Review\n\n{BODY}"
    assert doc(other, meta=_reviews("ランタンロード")).anime_title == "ランタンロード"
    assert doc(text, meta=_reviews("Lantern Road"), catalogs=catalogs).anime_title == (
        "Lantern Road"
    )


def test_front_matter_and_the_option_come_before_structured_data(
    catalogs: list[Catalog],
) -> None:
    text = f"---\nanime: Blue Box\n---\nA Quiet Week in the City\n\n{BODY}"
    assert doc(text, meta=_reviews("Lantern Road"), catalogs=catalogs).anime_title == "Blue Box"
    plain = f"A Quiet Week in the City\n\n{BODY}"
    forced = doc(plain, meta=_reviews("Lantern Road"), catalogs=catalogs, anime="Metallic Rouge")
    assert forced.anime_title == "Metallic Rouge"


# a newsletter's e-mail: its subject numbers the issue after the letter's short name, and its
# masthead repeats that name and the issue's number
LETTER = (
    "From: The Quiet Bulletin <news@quietbulletin.example>\n"
    "Subject: Bulletin #{number} — a storm at the lighthouse\n\n"
    "THE QUIET BULLETIN\nA fortnightly letter about Dandadan\nIssue 9 · 740 readers\n\n"
    "Hello again,\n\nEpisode 4 is the loudest yet, and Okarun finally gets the spotlight.\n\n"
    f"{BODY}"
)


def test_a_letters_name_before_its_issue_number_is_not_a_new_anime() -> None:
    parsed = doc(LETTER.format(number=9), known_anime=["Dandadan"])
    assert parsed.anime_title == "Dandadan"
    assert parsed.episode == 4  # "#9" numbers the issue; the letter reviews episode 4


def test_a_number_that_is_not_the_issues_still_makes_the_name_a_new_anime() -> None:
    # "Bulletin #5" with the masthead's "Issue 9": nothing says the 5 is the issue's
    parsed = doc(LETTER.format(number=5), known_anime=["Dandadan"])
    assert parsed.anime_title == "Bulletin"


# a one-show feature of a letter, headed by its own name and its number, whose greeting counts
# that number in words ("the sixth <Feature>") before naming the show it follows
COUNTED_LETTER = (
    "Harbour Notes #{number}: Low Tide\n\n"
    "Welcome back to {count} Harbour Notes, where I follow Dandadan week by week and grade "
    "each episode at the bottom.\n\n"
    "Episode 6 slows down, and Okarun finally gets a quiet scene.\n\n"
    f"{BODY}"
)


@pytest.mark.parametrize("count", ["the sixth", "our 6th", "this sixth"])
def test_a_feature_counted_in_its_greeting_is_not_a_new_anime(count: str) -> None:
    parsed = doc(COUNTED_LETTER.format(number=6, count=count), known_anime=["Dandadan"])
    assert parsed.anime_title == "Dandadan"


def test_a_count_after_letters_that_fold_longer_is_still_read() -> None:
    # "ß" case-folds to "ss": the greeting's count is found in the text as written, not at
    # offsets of a folded copy two characters further on
    count = "Straße-Grüße: the sixth"
    parsed = doc(COUNTED_LETTER.format(number=6, count=count), known_anime=["Dandadan"])
    assert parsed.anime_title == "Dandadan"


def test_a_count_that_is_not_the_titles_number_keeps_the_name() -> None:
    # "#6" over "the fifth Harbour Notes": nothing says the 6 is the feature's own number
    parsed = doc(COUNTED_LETTER.format(number=6, count="the fifth"), known_anime=["Dandadan"])
    assert parsed.anime_title == "Harbour Notes"


@pytest.mark.parametrize(
    "title",
    [
        "Lantern Street 2nd Season Episode 4 Review",
        "Lantern Street Second Season – Episode 4 Review",
        "Lantern Street Part 2 Episode 14 Review",
        "Lantern Street Cour 2 – Episode 3",
        "Lantern Street (2nd Season) Episode 3 Review",
        "Lantern Street Season 2 Part 2 Episode 20 Recap",
        "Lantern Street 3rd Season, Episode 6",
    ],
)
def test_a_new_anime_is_named_without_its_season_words(title: str) -> None:
    # an anime in the store is the whole show: its seasons are not part of its name
    opening = "The street market opens again, and the lanterns are lit."
    assert name_in_pattern(title, opening) == "Lantern Street"
    assert doc(f"{title}\n\n{opening}\n\n{BODY}").anime_title == "Lantern Street"


@pytest.mark.parametrize(
    "title",
    [
        "Lantern Street The Final Season Part 2, Episode 4 Review",
        "Lantern Street (The Final Season) Episode 9 Review",
        "Lantern Street – The Final Season Part 2 – Episode 4 Review",
        "Lantern Street Final Season Episode 9 Review",
    ],
)
def test_a_new_anime_is_named_without_its_final_seasons_words(title: str) -> None:
    # "The Final Season" labels a later season as "Season 4" would: no part of the show's name
    opening = "The street market opens again, and the lanterns are lit."
    assert doc(f"{title}\n\n{opening}\n\n{BODY}").anime_title == "Lantern Street"


@pytest.mark.parametrize(
    "title",
    [
        "Lantern Street — 2nd cour, episode 3 (ep 15) impressions",
        "Lantern Street - Second Season - Episode 4 Review",
        "Lantern Street | S2 Episode 4 Discussion",
        "Lantern Street – Part 2, Ep 3 thoughts",
    ],
)
def test_a_season_label_set_apart_from_the_name_is_not_the_name(title: str) -> None:
    # a forum's thread title sets the season, part or cour apart with a separator before the
    # episode: the label numbers the show before it, which is the name
    opening = "The street market opens again, and the lanterns are lit."
    assert name_in_pattern(title, opening) == "Lantern Street"
    assert doc(f"{title}\n\n{opening}\n\n{BODY}").anime_title == "Lantern Street"


def test_a_season_label_alone_before_the_episode_is_still_no_name() -> None:
    # nothing before the label: no name to fall back on
    assert name_in_pattern("2nd cour, episode 3 impressions") is None


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        (
            "Hoshikuzu -Beyond the Lanterns- 2nd Season – Episode 4 Review",
            "Hoshikuzu -Beyond the Lanterns-",
        ),
        ("Hoshikuzu -Beyond the Lanterns- Season 2 Review", "Hoshikuzu -Beyond the Lanterns-"),
        ("Kagerou ~Summer Threads~ Episode 5 Review", "Kagerou ~Summer Threads~"),
        ("Kagerou ~Summer Threads~ - Episode 5 Review", "Kagerou ~Summer Threads~"),
        # a separator's hyphen, with spaces, still goes; and one no styling opened
        ("Kagerou - Episode 5 Review", "Kagerou"),
        ("Kagerou- Episode 5 Review", "Kagerou"),
    ],
)
def test_a_new_anime_keeps_the_marks_closing_its_own_styling(title: str, anime: str) -> None:
    # "Name -Subtitle-": the closing hyphen is the name's, not a separator before its marker
    opening = "The comet returns this week, and so does the old crew."
    assert name_in_pattern(title, opening) == anime
    assert doc(f"{title}\n\n{opening}\n\n{BODY}").anime_title == anime


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        (
            "The Lighthouse Keeper Adopts a Dragon (Toudaimori wa Doragon wo Sodateru Koto ni "
            "Shita) – First Impressions",
            "The Lighthouse Keeper Adopts a Dragon",
        ),
        ("Lantern Street [Chouchin Doori no Hibi] Episode 2 Review", "Lantern Street"),
        # a year or a single word in brackets is part of the name as written
        ("Lantern Street (2011) Episode 2 Review", "Lantern Street (2011)"),
        ("Lantern Street (TV) Episode 2 Review", "Lantern Street (TV)"),
    ],
)
def test_a_new_anime_is_named_without_its_other_title_in_brackets(title: str, anime: str) -> None:
    # "Name (Its Japanese Title)": the name, not both; not a known anime named in passing
    opening = "The food here is drawn with as much care as in Blue Lock's training arcs."
    assert name_in_pattern(title, opening) == anime
    assert doc(f"{title}\n\n{opening}\n\n{BODY}", known_anime=["Blue Lock"]).anime_title == anime


LONG_NAME = "The Girl Who Kept Every Umbrella, Every Umbrella in the Whole Wide City"


@pytest.mark.parametrize(
    "title",
    [
        f"Review: {LONG_NAME} 2nd Season, Episode 6",
        f"Review: {LONG_NAME} Episode 6",
        f"{LONG_NAME} Season 2 Episode 6 Review",
        f"{LONG_NAME} 2nd Season, Episode 6 Review",
    ],
)
def test_a_long_name_before_its_episode_in_a_title_that_says_what_it_is(title: str) -> None:
    # a light novel's long title: the headline says it is a review, before the name or after
    # its episode's number, and the season's words between are not part of the name
    opening = "The umbrellas come out again, and the city gets wet."
    assert name_in_pattern(title, opening) == LONG_NAME
    assert doc(f"{title}\n\n{opening}\n\n{BODY}").anime_title == LONG_NAME


@pytest.mark.parametrize(
    "label", ["[Episode Review]", "[Review]", "[Episode Discussion]", "[First Impressions]"]
)
def test_a_forum_threads_bracketed_label_says_what_it_is_before_a_long_name(label: str) -> None:
    # a forum's thread prefix in brackets labels the thread as "Review: " does, so the long
    # name after it, then only its episode's number, is the clear pattern
    title = f"{label} {LONG_NAME} – Episode 6"
    opening = f"Back for week six of {LONG_NAME}, umbrellas and all."
    assert name_in_pattern(title, opening) == LONG_NAME
    assert doc(f"{title}\n\n{opening}\n\n{BODY}").anime_title == LONG_NAME


@pytest.mark.parametrize("tag", ["[Weekly Review]", "[Spoilers]"])
def test_a_bracketed_tag_naming_no_kind_labels_no_long_name(tag: str) -> None:
    # no label (a tag cut at its kind word is no name either: "[Weekly")
    assert name_in_pattern(f"{tag} {LONG_NAME} – Episode 6", "A wet week.") is None


@pytest.mark.parametrize(
    "title",
    [
        f"{LONG_NAME} Season 2 - Episode 6 discussion + my mini review",
        f"{LONG_NAME} - Episode 6 Discussion",
    ],
)
def test_a_long_name_before_its_episode_in_a_communitys_discussion_title(title: str) -> None:
    # a forum's thread for the episode says what it is after the number as a review does
    assert name_in_pattern(title, "A wet week.") == LONG_NAME


def test_a_long_name_with_only_its_season_and_episode_is_the_show_the_text_names_in_full() -> None:
    # a news site's headline with no word for what the page is; the review shortens the
    # name and compares the show with a known one, and its closing line names it in full
    title = f"{LONG_NAME} Season 2 - Episode 6"
    text = (
        f"{title}\n\nUmbrellas again, and a festival. It reminds me of Old Harbour at its "
        "quietest.\n\nThe city stays wet and the girl stays kind.\n\nStill lovely.\n\n"
        f"{LONG_NAME} Season 2 is streaming now."
    )
    assert doc(text, known_anime=["Old Harbour"]).anime_title == LONG_NAME


def test_a_long_name_with_only_its_season_and_episode_said_nowhere_else_names_no_show() -> None:
    # the same headline over a text that never writes the name out: a sentence, perhaps
    text = f"{LONG_NAME} Season 2 - Episode 6\n\nA wet week.\n\n{BODY}"
    assert "could not tell which anime" in reason(text)


LANTERNS = "The 12 Lanterns Who Truly, Truly, Truly, TRULY Remember Me"


@pytest.mark.parametrize(
    "title",
    [
        f"Issue #9 – {LANTERNS} (first impressions)",
        f"{LANTERNS} — First Impressions",
        f"{LANTERNS} [Review]",
    ],
)
def test_a_long_name_with_only_what_the_page_is_is_the_show_a_heading_writes_in_capitals(
    title: str,
) -> None:
    # a letter's subject: its issue, the long name, what the feature is; the feature's
    # heading writes the name out again in capitals, and its news names a known anime
    text = (
        f"From: Lantern Post <hi@lanternpost.example>\nSubject: {title}\n"
        "Date: Sun, 15 Oct 2023 09:00:00 +0000\n\n"
        "LANTERN POST · Issue #9 · 2 new shows this week\n\n"
        f"{LANTERNS.upper()}\nFirst Impressions\n\n"
        "Hi all. Twelve lanterns, one boy, and every lantern remembers him.\n\n"
        "It is sillier than it sounds and better than it has any right to be.\n\n"
        "ELSEWHERE THIS WEEK\n· Old Harbour ep 6 – 7/10\n"
    )
    assert doc(text, known_anime=["Old Harbour"]).anime_title == LANTERNS


def test_a_long_name_with_only_what_the_page_is_said_nowhere_else_names_no_show() -> None:
    # the same headline over a text that never writes the name out: a sentence, perhaps
    text = f"{LANTERNS} (first impressions)\n\nA silly week.\n\n{BODY}"
    assert "could not tell which anime" in reason(text)


def test_a_long_name_needs_the_title_to_say_what_it_is() -> None:
    # no "Review" before the name nor after its number: words, not a clear pattern
    assert name_in_pattern(f"{LONG_NAME} 2nd Season, Episode 6", "A wet week.") is None


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        (
            "Hoshizora Kakeru: Across the Night Sky Season 2 Episode 14 Recap",
            "Hoshizora Kakeru: Across the Night Sky",
        ),
        (
            "Review: Tsukiyo no Shoujo: Girl of the Moonlit Night Episode 3",
            "Tsukiyo no Shoujo: Girl of the Moonlit Night",
        ),
        ("Kaguya-hime: The Bamboo Princess Episode 5 Review", "Kaguya-hime: The Bamboo Princess"),
        # a column's name of English words is still dropped, though the text never says it
        ("Weekly Spotlight: Blue Period Episode 3 Review", "Blue Period"),
        ("Anime Mania: Blue Period Episode 3 Review", "Blue Period"),
        ("Hot Take: Blue Period Episode 3 Review", "Blue Period"),
    ],
)
def test_a_japanese_name_before_its_english_subtitle_is_kept(title: str, anime: str) -> None:
    # "<Romanised Japanese>: <English Subtitle>": both are the anime's title, though the
    # text calls it neither ("the show", its characters' names)
    opening = "The crew lands on the far side of the river, and the show takes a breath."
    assert name_in_pattern(title, opening) == anime
    assert doc(f"{title}\n\n{opening}\n\n{BODY}").anime_title == anime


@pytest.mark.parametrize(
    ("title", "known", "anime"),
    [
        # two adjacent letters swapped in a short known name: a typo, not a new anime
        ("Freiren ep 7 thoughts", "Frieren: Beyond Journey's End", "Frieren: Beyond Journey's End"),
        ("Dnadadan Episode 4 Review", "Dandadan", "Dandadan"),
        ("Dandadna Episode 4 Review", "Dandadan", "Dandadan"),
        ("Hiakyu Episode 2 Review", "Haikyu", "Haikyu"),
        # a name of other letters stays a new anime
        ("Dandelion Episode 4 Review", "Dandadan", "Dandelion"),
        ("Dandanad Episode 4 Review", "Dandadan", "Dandanad"),  # not two adjacent letters
    ],
)
def test_a_known_name_with_two_letters_swapped_is_the_known_anime(
    title: str, known: str, anime: str
) -> None:
    text = f"{title}\n\nThe group splits up and the fights are loud.\n\nA good week overall."
    assert doc(text, known_anime=[known]).anime_title == anime


def _harbor() -> Catalog:
    return Catalog(
        title="Starlit Harbor",
        slug="starlit-harbor",
        episode_count=3,
        episodes=(
            CatalogEpisode(1, "The Lanterns Go Out"),
            CatalogEpisode(2, "Salt in the Engine Room"),
            CatalogEpisode(3, "Tides"),
        ),
    )


@pytest.mark.parametrize(
    "title",
    [
        "The Lanterns Go Out — full recap + my thoughts",
        "Salt in the Engine Room | Recap",
        "The Lanterns Go Out - complete recap",
        # the words after the episode's title read as the pattern's name, but are none
        "The Lanterns Go Out — a grade for the premiere",
        "“Salt in the Engine Room” | my notes on the episode",
    ],
)
def test_a_headline_naming_a_catalog_episode_is_that_anime(title: str) -> None:
    # a community post's headline gives only its episode's title, the anime nowhere
    text = f"{title}\n\nThe crew lands at night and the harbor is dark.\n\nI liked it."
    assert doc(text, catalogs=[_harbor()]).anime_title == "Starlit Harbor"


def test_a_short_episode_title_is_not_taken_for_the_anime() -> None:
    # "Tides" is too common a word to say which anime a headline is about
    text = "Tides Episode 2 Review\n\nThe crew lands at night.\n\nI liked it."
    assert doc(text, catalogs=[_harbor()]).anime_title == "Tides"


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        ("Blue Box full recap", "Blue Box"),
        ("Dandadan Season Recap", "Dandadan"),
        ("Blue Box: the complete recap", None),
    ],
)
def test_full_or_season_before_recap_is_not_part_of_the_name(title: str, anime: str | None) -> None:
    assert name_in_pattern(title) == anime


# an outlet's newsletter e-mail: its subject is a teaser, and the featured review is headed
# with the clear pattern below a masthead, a sponsor's notice and a greeting
_LETTER_HEAD = (
    "From: Reel Notes <letters@reelnotes.example>\n"
    "Subject: {subject}\n\n"
    "REEL NOTES\nReviews | Columns\n\n"
    "ADVERTISEMENT: One pass for every show of the season. Try it free.\n\n"
    "Hello friends,\n\n"
    "Our featured review is below, with the rest of the week after it.\n\n"
)


def test_a_letters_featured_review_headed_with_the_pattern_below_its_greeting() -> None:
    text = _LETTER_HEAD.format(subject="This week: the lighthouse keeps its secret") + (
        "Tide Lantern Episode 3 Review\nby Some Writer\n\n"
        "The keeper climbs the stairs again and the fog rolls in over the bay.\n\n"
        "Score: 7/10\n\n"
        "ALSO THIS WEEK\n  * Blue Lock Episode 9 Review ......... 3/5"
    )
    document = doc(text, known_anime=["Blue Lock"])
    assert document.anime_title == "Tide Lantern"
    assert document.episode == 3


def test_an_issue_numbered_letters_feature_heading_beats_shows_named_in_its_quick_hits() -> None:
    # the subject's "<Letter> #12" names the letter; its feature's heading, in capitals, names
    # the anime, written as a name; a known anime of the quick hits below is not what it is about
    text = (
        "Subject: Night Ferry #12 — fog, a bell, and a stranger aboard\n\n"
        "NIGHT FERRY\na weekly letter by Some Writer · issue #12\n\n"
        "Hi all! A short hello, because the feature ran long this week.\n\n"
        "TIDE OF THE LANTERN EPISODE 5 RECAP\n\n"
        "The keeper rows out at dawn and finds the bell ringing on its own.\n\n"
        "QUICK HITS\n\n- Blue Lock, ep 5 — loud. 7/10"
    )
    document = doc(text, known_anime=["Blue Lock"])
    assert document.anime_title == "Tide of the Lantern"
    assert document.episode == 5


def test_a_list_entry_with_the_pattern_far_down_a_letter_is_no_headline() -> None:
    # only an entry of a list of other reviews ("<Name> Episode 9 Review ..... 3/5"): no line
    # that is the pattern and nothing else, so no new anime is made from it
    text = _LETTER_HEAD.format(subject="This week: a quiet one") + (
        "Nothing featured this week, we were all on holiday.\n\n"
        "  * Tide Lantern Episode 9 Review ......... 3/5"
    )
    assert "could not tell which anime" in reason(text)


# --------------------------------------------------------------------------- round 31

from bot.ingest.page import PageMeta  # noqa: E402

_SENTENCE_HEADLINE = "Episode 4 finally made me like Kira [Review, spoilers to ep 4]"
_POST = (
    "I was lukewarm since the premiere, but this week Kira got a real point of view and the "
    "quiet scene on the pier carried the whole thing.\n\nScore: 7/10"
)


@pytest.mark.parametrize(
    "url",
    [
        "https://forum.example/r/CopperSky/comments/abc123/episode_4_finally/",
        "https://blog.example/2025/10/copper-sky-episode-4-thoughts/",
        "https://coppersky.fans.example/wiki/episode-4",
    ],
)
def test_a_sentence_headlines_known_anime_is_the_one_the_pages_address_names(url: str) -> None:
    # a community's post, its headline a sentence (no name in a pattern), the body naming no
    # known anime: the address (a community named after the show, a slug, a host) does
    meta = PageMeta(title=_SENTENCE_HEADLINE, url=url)
    parsed = doc(_POST, meta=meta, known_anime=["Copper Sky", "Harbor Lights"])
    assert parsed.anime_title == "Copper Sky"
    assert parsed.episode == 4


@pytest.mark.parametrize(
    "url",
    [
        "https://forum.example/r/anime/comments/abc123/episode_4_finally/",  # names none
        "https://forum.example/r/CopperSky/comments/abc123/harbor-lights-too/",  # names two
    ],
)
def test_an_address_naming_no_known_anime_or_two_decides_nothing(url: str) -> None:
    # ...and a headline's sentence opening with its episode names no new anime either: the
    # page is rejected with the --anime hint
    meta = PageMeta(title=_SENTENCE_HEADLINE, url=url)
    assert "could not tell which anime" in reason(
        _POST, meta=meta, known_anime=["Copper Sky", "Harbor Lights"]
    )


@pytest.mark.parametrize(
    ("community", "anime"),
    [
        ("r/CopperSky", "Copper Sky"),
        ("r/copper_sky • Posted by u/pier_watcher · 3 days ago\n", "Copper Sky"),
        ("r/anime", None),  # names no known anime
        ("r/HarborLightsAndCopperSky", None),  # names none alone
    ],
)
def test_a_post_copied_as_text_is_about_the_known_anime_its_community_is_named_after(
    community: str, anime: str | None
) -> None:
    # a community's post copied as text: the community's name over its poster line, where
    # its address would have said it, and a headline that is a sentence naming no show
    poster = "" if "Posted by" in community else "\nPosted by u/pier_watcher · 3 days ago"
    text = f"{community}{poster}\n\n{_SENTENCE_HEADLINE}\n\n{_POST}"
    known = ["Copper Sky", "Harbor Lights"]
    if anime is None:
        assert "could not tell which anime" in reason(text, known_anime=known)
    else:
        parsed = doc(text, known_anime=known)
        assert parsed.anime_title == anime
        assert parsed.title == _SENTENCE_HEADLINE


def test_a_clear_title_pattern_outweighs_the_address() -> None:
    # "<Name> Episode 4 Review" names a new anime clearly: the address (a community about
    # another show, where it was posted) does not overrule it
    meta = PageMeta(
        title="Lantern Street Episode 4 Review",
        url="https://forum.example/r/CopperSky/comments/abc123/lantern_street/",
    )
    parsed = doc(_POST, meta=meta, known_anime=["Copper Sky"])
    assert parsed.anime_title == "Lantern Street"


@pytest.mark.parametrize(
    "title",
    [
        "Episode 3 finally made me care about Kira [Review]",
        "Ep. 7 broke me (review, spoilers)",
    ],
)
def test_a_headlines_sentence_opening_with_its_episode_names_no_anime(title: str) -> None:
    assert name_in_pattern(title) is None


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        # a show's English title before its Japanese one: both are its name, though the text
        # calls it by the Japanese one alone
        (
            "Lantern of the Drowned Bell: Suzu no Akari – First Impressions",
            "Lantern of the Drowned Bell: Suzu no Akari",
        ),
        (
            "Blade Beneath the Willow: Yanagi Kenshi Episode 2 Review",
            "Blade Beneath the Willow: Yanagi Kenshi",
        ),
        # a column's name before a Japanese name is still dropped
        ("This Week in Fantasy: Suzu no Akari Episode 4 Review", "Suzu no Akari"),
        ("Weekly Anime Spotlight: Suzu no Akari Episode 4 Review", "Suzu no Akari"),
        ("My Hot Take: Suzu no Akari Episode 4 Review", "Suzu no Akari"),
    ],
)
def test_an_english_title_before_its_japanese_one_is_kept(title: str, anime: str) -> None:
    opening = "Suzu no Akari and Yanagi Kenshi both air this season; the bell tolls at dusk."
    assert name_in_pattern(title, opening) == anime
    assert doc(f"{title}\n\n{opening}\n\n{BODY}").anime_title == anime


@pytest.mark.parametrize(
    "title",
    [
        "Fan rating: 7.9 ★ · #310 Top Rated · 84,002 members",
        "8.5/10 Episode 3 Review",
    ],
)
def test_a_score_or_a_count_is_never_a_new_animes_name(title: str) -> None:
    assert name_in_pattern(title) is None


def test_a_bare_number_may_still_name_an_anime() -> None:
    assert name_in_pattern("86 Episode 5 Review") == "86"


def test_a_known_anime_misspelled_without_its_article_is_the_known_one() -> None:
    # "Lantern Keeper" for the store's "The Lantern Keepers": one letter off once the
    # article a page drops is set aside, so the known anime, not a new one
    text = f"Lantern Keeper – Episode Four review (long)\n\n{BODY}"
    parsed = doc(text, known_anime=["The Lantern Keepers"])
    assert parsed.anime_title == "The Lantern Keepers"


@pytest.mark.parametrize(
    ("title", "opening", "known", "anime"),
    [
        # a one-show column's installment; its opening says which known anime it covers
        (
            "The Harbour Report, Week 3: Episode 3 review, mailbag & news",
            "Welcome back to the Harbour Report, our weekly column on Dandadan and only that.",
            ["Dandadan"],
            "Dandadan",
        ),
        # a newsletter named after a new show: the show is its name without "Weekly"
        (
            "Kaiju Diner Weekly #5: the episode 4 review and your letters",
            "Kaiju Diner Weekly is a one-show letter: each week, all about Kaiju Diner.",
            [],
            "Kaiju Diner",
        ),
    ],
)
def test_a_columns_installment_name_is_not_the_anime(
    title: str, opening: str, known: list[str], anime: str
) -> None:
    parsed = doc(f"{title}\n\n{opening}\n\n{BODY}", known_anime=known)
    assert parsed.anime_title == anime


def test_a_show_named_like_a_periodical_keeps_its_name() -> None:
    # "#3" is the episode here: no other episode marker follows, so no column's installment
    text = f"Midnight Gazette #3 Review\n\nMidnight Gazette keeps getting better.\n\n{BODY}"
    assert doc(text).anime_title == "Midnight Gazette"


def test_a_community_copy_whose_headline_is_a_sentence_takes_the_one_known_anime_named() -> None:
    # a forum post copied as text: its headline is a sentence ("… — long review"), its body
    # never names the show but a poll's question under it does
    text = (
        "Ep 4 finally made me like the villain — long review (7/10)\n\n"
        "First long post here. The fight in the second half is the best thing so far.\n\n"
        + "\n\n".join(f"Point {n}: the pacing and the music work together here." for n in range(14))
        + f"\n\n{BODY}\n\n"
        "Poll: Best Dandadan episode so far?\nEp 1 · 20 votes\nEp 4 · 31 votes"
    )
    assert doc(text, known_anime=["Dandadan"]).anime_title == "Dandadan"


@pytest.mark.parametrize(
    "channel",
    ["Channel: Weekly Shows / kaiju-diner", "Channel: #kaijudiner", "Channel: kaiju_diner"],
)
def test_a_chat_exports_channel_names_the_known_anime_its_posts_do_not(channel: str) -> None:
    # a channel kept for one show: the post under its header never names the show (its
    # writer misspells it), the channel's name does, written as a slug
    text = (
        f"Guild: Some Server\n{channel}\nTopic: one thread per week\n\n"
        "[05-May-25 09:10 PM] mika\n"
        "so the finale. Kaiju Dinr went out loud and the last fight was the best of the run, "
        "even if the cook's arc just stopped halfway. the quiet scene at the end worked.\n\n"
        "[05-May-25 09:12 PM] mika\nmore thoughts tomorrow\n\n"
        "[05-May-25 09:13 PM] pia\nagreed\n"
    )
    assert doc(text, known_anime=["Kaiju Diner"]).anime_title == "Kaiju Diner"


def test_a_chat_exports_channel_naming_two_known_anime_names_neither() -> None:
    text = (
        "Guild: Some Server\nChannel: kaiju-diner-and-night-bus\nTopic: anything\n\n"
        "[05-May-25 09:10 PM] mika\n"
        "so the finale. loud and the last fight was the best of the run, even if the cook's "
        "arc just stopped halfway. the quiet scene at the end worked.\n\n"
        "[05-May-25 09:12 PM] mika\nmore thoughts tomorrow\n\n"
        "[05-May-25 09:13 PM] pia\nagreed\n"
    )
    assert "could not tell which anime" in reason(text, known_anime=["Kaiju Diner", "Night Bus"])


@pytest.mark.parametrize(
    ("known", "title"),
    [
        ("Cat x Dog", "CAT×DOG Season 2 Review: Still Fighting"),
        ("Cat x Dog", "Cat × Dog Episode 4 Review"),
        ("CAT×DOG", "Cat x Dog Episode 4 Review"),
    ],
)
def test_a_known_anime_styled_with_a_multiplication_sign_is_the_known_one(
    known: str, title: str
) -> None:
    # an official styling writes the "x" between two words as "×": the same anime
    assert doc(f"{title}\n\n{BODY}", known_anime=[known]).anime_title == known


@pytest.mark.parametrize(
    ("known", "title"),
    [
        ("Tide No. 6", "Tide #6 Episode 4 Review: Low Water"),
        ("Tide No. 6", "Tide #6 Episode 4 Review"),
        ("Tide #6", "Tide No. 6 Episode 4 Review"),
        ("Harbour Unit #6", "Harbour Unit No. 6 Episode 4 Review"),
    ],
)
def test_a_known_anime_numbered_with_a_number_sign_is_the_known_one(known: str, title: str) -> None:
    # "No. 6" in a show's name is written "#6" too: the same anime, not a new one named
    # by the words before the sign
    assert doc(f"{title}\n\n{BODY}", known_anime=[known]).anime_title == known


@pytest.mark.parametrize(
    "opening",
    [
        "Four weeks in, Shizuka na Kajuen (The Quiet Orchard, if you watch the dub) is still "
        "the calmest show of the season.",
        "Four weeks in, Shizuka na Kajuen (aka The Quiet Orchard) is still calm.",
        "Four weeks in, The Quiet Orchard (Shizuka na Kajuen) is still the calmest show.",
        # the bracket goes on after a comma, saying the name in it is the show's other one
        "Four weeks in, The Quiet Orchard (Shizuka na Kajuen, as it is called in Japan) is "
        "still the calmest show.",
        "Four weeks in, The Quiet Orchard (Shizuka na Kajuen, its original title) is calm.",
        # "aka" the known name, and whom or where it is called so, before the bracket closes
        "Back again with Shizuka na Kajuen (a.k.a. The Quiet Orchard for the simulcast crowd, "
        "and 'the pear show' for my aunts), still the calmest show.",
        "Back again with Shizuka na Kajuen (aka The Quiet Orchard in English) this week.",
    ],
)
def test_a_new_name_the_opening_gives_a_known_anime_beside_in_brackets_is_the_known_one(
    opening: str,
) -> None:
    # a headline in romanised Japanese; the text writes the store's English name beside it
    text = (
        f"Shizuka na Kajuen Season 2 Episode 4 Review: Pears\n\n"
        f"Home › Reviews › Winter\n\n{opening}\n\nThe pears ripen and nothing else happens.\n"
    )
    assert doc(text, known_anime=["The Quiet Orchard"]).anime_title == "The Quiet Orchard"


@pytest.mark.parametrize(
    "opening",
    [
        "Series: Kajitsu no Niwa (The Quiet Orchard), episode 4, watched on Sunday.",
        "Still watching Kajitsu no Niwa [The Quiet Orchard, if you watch the dub] weekly.",
    ],
)
def test_a_fans_short_form_of_a_romanised_title_glossed_with_a_known_name_is_the_known_one(
    opening: str,
) -> None:
    # the headline writes the romanised title's first word only; the opening writes it in full
    # with the store's English name in brackets after it
    text = (
        f"Kajitsu ep 4 \u2014 the pears ripen\n\n{opening}\n\n"
        "The pears ripen and nothing else happens.\n"
    )
    assert doc(text, known_anime=["The Quiet Orchard"]).anime_title == "The Quiet Orchard"


@pytest.mark.parametrize(
    "opening",
    [
        # the words after the short form are no romanised title: a known show compared with it
        "Kajitsu week four (The Quiet Orchard did this better) is still calm.",
        "Kajitsu fans (The Quiet Orchard fans too) will like this one.",
    ],
)
def test_a_short_form_followed_by_other_words_and_a_known_name_stays_new(opening: str) -> None:
    text = (
        f"Kajitsu ep 4 \u2014 the pears ripen\n\n{opening}\n\n"
        "The pears ripen and nothing else happens.\n"
    )
    assert doc(text, known_anime=["The Quiet Orchard"]).anime_title == "Kajitsu"


@pytest.mark.parametrize(
    "opening",
    [
        # (the text hard-wrapped inside the clause)
        "A note for newcomers: Shizuka na Kajuen is the show the dub's\nposters call The Quiet "
        "Orchard. I keep the original name.",
        "Shizuka na Kajuen is what the streaming site calls The Quiet Orchard, for the record.",
        "Shizuka na Kajuen is the series known as The Quiet Orchard in English.",
    ],
)
def test_a_new_name_the_opening_says_others_call_a_known_anime_is_the_known_one(
    opening: str,
) -> None:
    # a headline in romanised Japanese; a clause of the opening says what the show is called
    # by the store's English name
    text = (
        f"Shizuka na Kajuen Episode 4 Review\n\n{opening}\n\n"
        "The pears ripen and nothing else happens.\n"
    )
    assert doc(text, known_anime=["The Quiet Orchard"]).anime_title == "The Quiet Orchard"


@pytest.mark.parametrize(
    "opening",
    [
        "Four weeks in, Shizuka na Kajuen (a show I adore) beats The Quiet Orchard easily.",
        # what others call it is more than the known name ("<Known>'s cousin", "<Known> 2.0")
        "Shizuka na Kajuen is the show I would call The Quiet Orchard's gentler cousin.",
        "Shizuka na Kajuen is the one critics called The Quiet Orchard 2.0 all season.",
        "Four weeks in, Shizuka na Kajuen is calmer than The Quiet Orchard (Sora no Ki) was.",
        # a bracket listing shows like the known one: the comma goes on to another show
        "Four weeks in, shows like The Quiet Orchard (Shizuka na Kajuen, Sora no Ki) still get me.",
        # "aka" a known show with other words after it than whom it is called so by
        "Four weeks in, Shizuka na Kajuen (aka The Quiet Orchard but sadder) is still calm.",
    ],
)
def test_a_new_name_beside_other_words_in_brackets_stays_new(opening: str) -> None:
    text = (
        f"Shizuka na Kajuen Episode 4 Review\n\n{opening}\n\n"
        "The pears ripen and nothing else happens.\n"
    )
    assert doc(text, known_anime=["The Quiet Orchard"]).anime_title == "Shizuka na Kajuen"


# an episodic blog's post under the show's romanised name and a bare number, whose text calls
# it "the show" and names only its characters
_ROMANISED_POST = (
    "Sorry this one is late. Episode 7 was a breather after last week, and it knew it.\n\n"
    "The keeper spends the whole night in the tower with the pears, and the storm never "
    "comes. I liked that the show let nothing happen on purpose.\n"
)


@pytest.mark.parametrize(
    "description",
    [
        "Episode 7 of Shizuka na Kajuen (The Quiet Orchard): pears, fog and a storm that never "
        "comes.",
        "The Quiet Orchard (Shizuka na Kajuen), episode 7: a night in the tower.",
        "Shizuka na Kajuen (aka The Quiet Orchard) 07 - nothing happens, beautifully.",
    ],
)
def test_a_known_name_the_pages_description_writes_beside_its_titles_name_is_the_anime(
    description: str,
) -> None:
    # the title is the romanised name and the episode; only the page's description (its
    # summary in the markup) gives the store's English name, beside it in brackets
    meta = PageMeta(title="Shizuka na Kajuen – 07", description=description)
    parsed = doc(_ROMANISED_POST, meta=meta, known_anime=["The Quiet Orchard"])
    assert parsed.anime_title == "The Quiet Orchard"
    assert parsed.episode == 7


def test_a_static_sites_summary_in_front_matter_gives_the_known_name_beside_it_too() -> None:
    # the same post as a static site's source: the summary its theme puts in the meta tag
    text = (
        '---\ntitle: "Shizuka na Kajuen – 07"\ndescription: "Episode 7 of Shizuka na Kajuen '
        f'(The Quiet Orchard): pears."\n---\n\n{_ROMANISED_POST}'
    )
    assert doc(text, known_anime=["The Quiet Orchard"]).anime_title == "The Quiet Orchard"


def test_the_descriptions_known_name_beside_it_outweighs_the_new_name_the_text_repeats() -> None:
    # the text says the romanised name again (a new anime by that alone): the same show
    text = f"Shizuka na Kajuen keeps being the calmest show of the season.\n\n{_ROMANISED_POST}"
    meta = PageMeta(
        title="Shizuka na Kajuen – 07", description="Shizuka na Kajuen (The Quiet Orchard), ep 7."
    )
    assert doc(text, meta=meta, known_anime=["The Quiet Orchard"]).anime_title == (
        "The Quiet Orchard"
    )


def test_a_title_patterns_new_name_the_description_writes_a_known_one_beside_is_that_one() -> None:
    meta = PageMeta(
        title="Shizuka na Kajuen Episode 7 Review",
        description="Shizuka na Kajuen (The Quiet Orchard) takes a night off.",
    )
    text = f"Shizuka na Kajuen is back, quieter than ever.\n\n{_ROMANISED_POST}"
    assert doc(text, meta=meta, known_anime=["The Quiet Orchard"]).anime_title == (
        "The Quiet Orchard"
    )


@pytest.mark.parametrize(
    "description",
    [
        # a known anime named, but not as another name of the title's
        "Shizuka na Kajuen (a show I adore) is calmer than The Quiet Orchard ever was.",
        # a site's own summary on every page
        "Episodic reviews since 2009: The Quiet Orchard, Sora no Ki and more.",
    ],
)
def test_a_description_naming_a_known_anime_otherwise_makes_no_other_name(
    description: str,
) -> None:
    meta = PageMeta(title="Shizuka na Kajuen – 07", description=description)
    why = reason(_ROMANISED_POST, meta=meta, known_anime=["The Quiet Orchard"])
    assert why.startswith("could not tell which anime this is")
    text = f"Shizuka na Kajuen keeps being the calmest show of the season.\n\n{_ROMANISED_POST}"
    assert doc(text, meta=meta, known_anime=["The Quiet Orchard"]).anime_title == (
        "Shizuka na Kajuen"
    )


@pytest.mark.parametrize(
    "opening",
    [
        # the writer gives the store's name, then the headline's romanised one as another
        "Another week of The Quiet Orchard, or Shizuka na Kajuen if you watch it subbed, "
        "and another night of nothing happening.",
        "Shizuka na Kajuen, aka The Quiet Orchard, keeps being the calmest show around.",
        "Quick note for new readers: Shizuka na Kajuen = The Quiet Orchard.",
    ],
)
def test_an_opening_saying_the_titles_name_is_a_known_anime_makes_it_that_anime(
    opening: str,
) -> None:
    text = f"Shizuka na Kajuen Season 2 Episode 7 Review\n\n{opening}\n\n{_ROMANISED_POST}"
    assert doc(text, known_anime=["The Quiet Orchard"]).anime_title == "The Quiet Orchard"


@pytest.mark.parametrize(
    "opening",
    [
        # an "or" offering a choice between two shows, with no word for whom the name is
        "Fans of The Quiet Orchard, or Shizuka na Kajuen's first season, will feel at home.",
        "Still deciding what to put on tonight: The Quiet Orchard, or Shizuka na Kajuen?",
    ],
)
def test_an_opening_offering_a_choice_of_a_known_anime_keeps_the_new_name(opening: str) -> None:
    text = f"Shizuka na Kajuen Season 2 Episode 7 Review\n\n{opening}\n\n{_ROMANISED_POST}"
    assert doc(text, known_anime=["The Quiet Orchard"]).anime_title == "Shizuka na Kajuen"


@pytest.mark.parametrize(
    "opening",
    [
        # a dashed aside's "or" gives the headline's romanised name as the known show's
        "The Quiet Orchard — or Shizuka na Kajuen if you watch it subbed — got calmer still.",
    ],
)
def test_a_dashed_aside_naming_the_titles_name_makes_it_that_anime(opening: str) -> None:
    text = f"Shizuka na Kajuen Episode 7 Review\n\n{opening}\n\n{_ROMANISED_POST}"
    assert doc(text, known_anime=["The Quiet Orchard"]).anime_title == "The Quiet Orchard"


_MOON_POST = (
    "Episode 7 was a breather after last week, and it knew it. The gardener spends the whole "
    "night by the pond, and the lanterns never go out.\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        # ...or the fans' short form of it, its words before its particle
        "The Moon Garden – or Tsukimi, as the forum keeps calling it – is back from its break.",
        "Another week of The Moon Garden, or Tsukimi as everyone on my feed says.",
    ],
)
def test_an_opening_naming_a_known_anime_or_the_titles_short_form_makes_it_that_anime(
    opening: str,
) -> None:
    text = f"Tsukimi no Niwa Episode 7 Review\n\n{opening}\n\n{_MOON_POST}"
    assert doc(text, known_anime=["The Moon Garden"]).anime_title == "The Moon Garden"


@pytest.mark.parametrize(
    "opening",
    [
        # the short form offered as a choice, not as the show's other name
        "Still deciding between The Moon Garden — or Tsukimi? The lanterns decided for me.",
        # a known show's name beside another word than the short form
        "The Moon Garden, or Niwa as the forum says, is not this show.",
    ],
)
def test_a_short_form_offered_as_a_choice_keeps_the_new_name(opening: str) -> None:
    text = f"Tsukimi no Niwa Episode 7 Review\n\n{opening}\n\n{_MOON_POST}"
    assert doc(text, known_anime=["The Moon Garden"]).anime_title == "Tsukimi no Niwa"


def test_a_reply_equating_the_titles_name_with_a_known_anime_makes_it_that_anime() -> None:
    # a chat's post under the romanised name; a reply further down says which show it is
    text = (
        f"Shizuka na Kajuen ep 7 review\n\n{_ROMANISED_POST}\n"
        "[9:58 PM] newcomer\nwait, is this a different show?\n\n"
        "[9:59 PM] regular\nsame show lol. shizuka na kajuen = the quiet orchard\n"
    )
    assert doc(text, known_anime=["The Quiet Orchard"]).anime_title == "The Quiet Orchard"


@pytest.mark.parametrize(
    "line",
    [
        # a comparison, not another name: the equation's side goes on past the known name
        "honestly shizuka na kajuen = the quiet orchard but with more fog",
        # further down, an "or" between two shows offers a choice
        "Not sure what to start next, The Quiet Orchard, or Shizuka na Kajuen again.",
    ],
)
def test_a_line_comparing_the_titles_anime_with_a_known_one_keeps_the_new_name(line: str) -> None:
    later = "\n\n".join(f"The pears, again, for the {n}th time." for n in range(4, 16))
    text = (
        f"Shizuka na Kajuen Episode 7 Review\n\nShizuka na Kajuen is back, quieter than "
        f"ever.\n\n{_ROMANISED_POST}\n{later}\n\nA reader wrote in.\n\n{line}\n"
    )
    assert doc(text, known_anime=["The Quiet Orchard"]).anime_title == "Shizuka na Kajuen"


# a database site's review page: the show's main (romanised) name heads it, a box of its
# other titles beside the review
_DATABASE_REVIEW = (
    "Alternative Titles\n\nJapanese: 静かな果樹園\n\n{line}\n\nEpisodes: 12\n\n"
    "I nearly dropped this after two weeks, and now it is the show I rewatch on bad days. "
    "The keeper and the pears, the fog, the storm that never comes.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "English: The Quiet Orchard",
        "Synonyms: Orchard Keeper, The Quiet Orchard",
        "**English title:** The Quiet Orchard",
        "Also known as: The Quiet Orchard",
    ],
)
def test_a_known_anime_listed_among_the_pages_other_titles_is_the_titles_new_name(
    line: str,
) -> None:
    # the title's pattern gives the romanised name; the box lists the store's English one
    text = f"Shizuka na Kajuen - Review by pearfan\n\n{_DATABASE_REVIEW.format(line=line)}"
    assert doc(text, known_anime=["The Quiet Orchard"]).anime_title == "The Quiet Orchard"


@pytest.mark.parametrize(
    "line",
    [
        # a known anime listed, but not as another title of this one
        "Related: The Quiet Orchard",
        # two known anime among its other titles: which one is not said
        "Synonyms: The Quiet Orchard, Glass Lanterns",
    ],
)
def test_a_line_listing_no_one_known_anime_as_another_title_keeps_the_new_name(
    line: str,
) -> None:
    text = f"Shizuka na Kajuen - Review by pearfan\n\n{_DATABASE_REVIEW.format(line=line)}"
    parsed = doc(text, known_anime=["The Quiet Orchard", "Glass Lanterns"])
    assert parsed.anime_title == "Shizuka na Kajuen"


_THREAD_POST = (
    "Rewatched it twice before writing this. The lanterns go out one by one and the town "
    "keeps walking in the dark.\n\nBest music of the season so far. Score: 9/10\n"
)


@pytest.mark.parametrize(
    "crumbs",
    [
        ("Forums", "Anime", "Currently Airing (Fall)", "Glass Lanterns 2nd Season (Night Arc)"),
        ("Home", "Reviews", "Glass Lanterns"),
    ],
)
def test_breadcrumbs_filing_a_page_under_a_known_anime_outweigh_the_titles_abbreviation(
    crumbs: tuple[str, ...],
) -> None:
    # a board kept for one show: its thread is headed by the show's abbreviation
    meta = PageMeta(title="GL S2 Ep 5 (29) — the lanterns go out. Thoughts (review)",
                    breadcrumbs=crumbs)  # fmt: skip
    parsed = doc(_THREAD_POST, meta=meta, known_anime=["Glass Lanterns", "Harbor Lights"])
    assert parsed.anime_title == "Glass Lanterns"


@pytest.mark.parametrize(
    "crumbs",
    [
        # a board for the season's shows: it names none
        ("Forums", "Anime", "Currently Airing (Fall)"),
        # a board for the new show, under a known one's (its spin-off)
        ("Forums", "Glass Lanterns", "Tidewater (spin-off) Episode Threads"),
        # two known shows: which one is not said
        ("Forums", "Glass Lanterns / Harbor Lights"),
    ],
)
def test_breadcrumbs_naming_no_one_known_anime_alone_leave_the_titles_new_name(
    crumbs: tuple[str, ...],
) -> None:
    meta = PageMeta(title="Tidewater Episode 5 Review", breadcrumbs=crumbs)
    parsed = doc(_THREAD_POST, meta=meta, known_anime=["Glass Lanterns", "Harbor Lights"])
    assert parsed.anime_title == "Tidewater"


@pytest.mark.parametrize(
    "trail",
    [
        "Lantern Board › Anime › Currently Airing (Fall) › Glass Lanterns",
        "You are here: Home » Episode threads » Glass Lanterns",
        "Board index ‹ Glass Lanterns ‹ Season 2",
    ],
)
def test_breadcrumbs_on_a_line_above_a_copied_threads_headline_file_it_too(trail: str) -> None:
    # the same board, its thread copied as text: the trail is a line over the headline
    text = f"{trail}\n\nGL S2 Ep 5 - Lights Out - review and discussion\n\n{_THREAD_POST}"
    parsed = doc(text, known_anime=["Glass Lanterns", "Harbor Lights"])
    assert parsed.anime_title == "Glass Lanterns"
    assert trail not in parsed.text  # still furniture, not the post's text


def test_breadcrumbs_on_a_line_naming_no_known_anime_leave_the_titles_new_name() -> None:
    text = (
        f"Lantern Board › Anime › Currently Airing\n\nTidewater Episode 5 Review\n\n{_THREAD_POST}"
    )
    parsed = doc(text, known_anime=["Glass Lanterns", "Harbor Lights"])
    assert parsed.anime_title == "Tidewater"


_SENTENCE_HEADLINED = (
    "Three weeks of build-up pay off at last: Ilse walks into the lighthouse alone and the "
    "keeper finally answers her. If you came for the quiet of Harbor Lights, this is louder, "
    "and better for it.\n\nThe score is the best of the season. Score: 8/10\n"
)


@pytest.mark.parametrize(
    "crumbs",
    [
        ("Home", "Reviews", "Glass Lanterns", "Episode 5"),
        # the romanised name first, the English title the store knows in brackets
        ("Home", "Reviews", "Garasu no Rantan (Glass Lanterns)", "Episode 5"),
    ],
)
def test_breadcrumbs_file_a_page_whose_headline_is_a_sentence_under_their_known_anime(
    crumbs: tuple[str, ...],
) -> None:
    # the headline names a character only; the opening compares the show with another
    meta = PageMeta(title="Ilse climbs the stairs so we don't have to", breadcrumbs=crumbs)
    parsed = doc(_SENTENCE_HEADLINED, meta=meta, known_anime=["Glass Lanterns", "Harbor Lights"])
    assert parsed.anime_title == "Glass Lanterns"


def test_breadcrumbs_on_a_line_above_a_copied_pages_sentence_headline_file_it_too() -> None:
    text = f"Home / Recaps / Glass Lanterns\n\nThe Keeper Answers\n\n{_SENTENCE_HEADLINED}"
    parsed = doc(text, known_anime=["Glass Lanterns", "Harbor Lights"])
    assert parsed.anime_title == "Glass Lanterns"


def test_breadcrumbs_naming_no_known_anime_leave_a_sentence_headline_to_its_opening() -> None:
    meta = PageMeta(
        title="Ilse climbs the stairs so we don't have to", breadcrumbs=("Home", "Reviews")
    )
    parsed = doc(_SENTENCE_HEADLINED, meta=meta, known_anime=["Glass Lanterns", "Harbor Lights"])
    assert parsed.anime_title == "Harbor Lights"


_NOTE_BODY = (
    "- the fog scenes are the best of the season\n- the keeper finally speaks\n\n"
    "score for the blog: 8/10\n"
)


@pytest.mark.parametrize(
    "aside",
    [
        "(Glass Lanterns season 2, fifth episode. The app numbers it 29, so I do too)",
        "[Glass Lanterns, ep 29 on the streaming site's list]",
        "(Glass Lanterns S2E5, writing this before bed)",
    ],
)
def test_an_aside_opening_a_note_with_a_known_anime_and_its_episode_names_the_anime(
    aside: str,
) -> None:
    # a notes app's entry headed by the show's nickname, then its time, then an aside saying
    # which show and episode it is, by the name the store knows
    text = f"Toumei S2 ep 5 (#29) — thoughts\nFeb 7, 2025 at 11:48 PM\n\n{aside}\n\n{_NOTE_BODY}"
    assert doc(text, known_anime=["Glass Lanterns"]).anime_title == "Glass Lanterns"


@pytest.mark.parametrize(
    "aside",
    [
        "(aka Glass Lanterns for anyone reading on the English stream)",
        "*(a.k.a. Glass Lanterns, if you watch it dubbed)*",
        "(also known as Glass Lanterns)",
    ],
)
def test_an_aside_under_a_romanised_headline_saying_aka_a_known_anime_names_it(
    aside: str,
) -> None:
    # a chat message headed by the show's romanised title, the aside under it giving the
    # name the store knows it by: the same show, though no episode follows the name
    text = f"Garasu no Rantan 2nd season, ep 6 (#30 overall): my review\n\n{aside}\n\n{_NOTE_BODY}"
    assert doc(text, known_anime=["Glass Lanterns"]).anime_title == "Glass Lanterns"


@pytest.mark.parametrize(
    "warning",
    [
        "*Spoilers for Glass Lanterns episode 6 below. Thoughts at the end.*",
        "_Spoiler warning: Glass Lanterns S2E6, the whole of it._",
        # a web page's italics, lost with its markup: the warning's words say it alone
        "Heavy spoilers ahead for Glass Lanterns ep 6. You have been warned.",
    ],
)
def test_a_spoiler_warning_opening_the_text_with_a_known_anime_and_its_episode_names_it(
    warning: str,
) -> None:
    # a blog's recap headed by the show's romanised name, its spoiler warning under it
    # naming the show by the name the store knows
    text = f"# Garasu no Rantan Ep. 6 Recap: Fog Again\n\n{warning}\n\n{_NOTE_BODY}"
    assert doc(text, known_anime=["Glass Lanterns"]).anime_title == "Glass Lanterns"


@pytest.mark.parametrize(
    "opening",
    [
        # a warning naming a known show with no episode after it: a comparison's
        "Spoilers for Glass Lanterns too, since the two are so alike.",
        # an emphasis naming a known show for anything else
        "*Glass Lanterns fans, this one is for you too.*",
    ],
)
def test_a_spoiler_warning_naming_a_known_anime_otherwise_leaves_the_titles_new_name(
    opening: str,
) -> None:
    text = f"# Tidewater Ep. 6 Recap: Fog Again\n\n{opening}\n\n{_NOTE_BODY}"
    assert doc(text, known_anime=["Glass Lanterns"]).anime_title == "Tidewater"


@pytest.mark.parametrize(
    "aside",
    [
        # an aside naming a known show for anything else than which one this is
        "(Glass Lanterns fans, this one is for you too)",
        # not an aside opening the text
        "Glass Lanterns season 2 was better, honestly.",
        # "aka" before a known show's name that goes on as another thing's
        "(aka Glass Lanterns' little sister, as the forum calls it)",
    ],
)
def test_an_aside_naming_a_known_anime_otherwise_leaves_the_titles_new_name(aside: str) -> None:
    text = f"Tidewater S1 ep 5 — thoughts\nFeb 7, 2025 at 11:48 PM\n\n{aside}\n\n{_NOTE_BODY}"
    assert doc(text, known_anime=["Glass Lanterns"]).anime_title == "Tidewater"


@pytest.mark.parametrize(
    ("properties", "anime"),
    [
        ("Show: The Lighthouse Keeper Who Hated Boats\nStatus: Watching\nRating: 4/5",
         "The Lighthouse Keeper Who Hated Boats"),
        ("**Anime:** The Lighthouse Keeper Who Hated Boats  \n**Ep:** 02 / 12",
         "The Lighthouse Keeper Who Hated Boats"),
        ('show: "[[Blue Lock]]"\nwatched: 2025-01-19', "Blue Lock"),
    ],
)  # fmt: skip
def test_a_notes_pages_show_property_names_the_anime(properties: str, anime: str) -> None:
    # a notes app's page: its headline calls the show by a nickname with no clear pattern
    text = (
        f"# Toudai — eps 1–2 first impressions\n\n{properties}\n\n"
        "Better than the premise suggests. The keeper sulks at every wave.\n"
    )
    assert doc(text, known_anime=["Blue Lock"]).anime_title == anime


@pytest.mark.parametrize(
    "label", ["working title: **", "Title: ", "**Post title:** ", "headline: _"]
)
def test_a_drafts_labelled_headline_in_its_notes_names_the_anime(label: str) -> None:
    # a notes page's draft: its heading calls the show by a short name and a bare number, and
    # the headline the post will have is given under it, labelled, in the clear pattern
    close = label.strip().rsplit(":", 1)[1].strip("* ")[::-1]
    text = (
        "# Lamplight 4 — notes\n\n"
        f"{label}Lamplight Rounds Episode 4 Review: Fog and Small Lies{close}\n"
        "(shorter?)\n\nThe fog scene works. The nurse lies twice.\n"
    )
    assert doc(text).anime_title == "Lamplight Rounds"


@pytest.mark.parametrize(
    ("headline", "anime"),
    [
        # a name holding a sentence's marks, a subtitle after a dash with a comma in it
        (
            "Lamplight: Too Many Lost Keepers! Episode 4 Review — Fog, Again",
            "Lamplight: Too Many Lost Keepers!",
        ),
        ("Who Lit the Lamp? Episode 4 Review — Fog, Again", "Who Lit the Lamp?"),
        ("Lamplight Rounds, Season 2 Episode 4 Review", "Lamplight Rounds"),
    ],
)
def test_a_drafts_labelled_headline_is_read_as_a_title_is(headline: str, anime: str) -> None:
    # the label says a headline follows: its name's own marks end no clause of a sentence
    text = (
        "lamplight 4 — draft (post friday?)\n\n"
        f"working title: **{headline}**\n\n"
        "- [ ] screenshots\n\n"
        "The fog scene works. The nurse lies twice, and the keeper never notices.\n"
    )
    assert doc(text).anime_title == anime


@pytest.mark.parametrize(
    "properties",
    [
        "Show: the one with the lighthouse, I forget its name\nStatus: Watching",
        "Show: The Lighthouse Keeper Who Hated Boats\nand then the keeper sulks at every wave.",
    ],
)
def test_a_show_property_not_written_as_a_name_or_not_in_a_block_is_no_anime(
    properties: str,
) -> None:
    text = f"# Toudai — eps 1–2 first impressions\n\n{properties}\n\nBetter than expected.\n"
    assert "could not tell which anime" in reason(text)


@pytest.mark.parametrize(
    ("text", "anime"),
    [
        # an episodic blog's "<Name> 2nd Season – 06 (30)", the name said in its text
        (
            "Hoshi no Umi 2nd Season – 04 (16)\n\nPosted on May 3 by tern\n\n"
            "Hoshi no Umi keeps its quiet pace this week, and the lighthouse finally lights.\n",
            "Hoshi no Umi",
        ),
        # a database page's header: the main name, the English name under it, the site's tabs
        (
            "Hoshi no Umi: Kaze wa Mada Fuite Iru\nSea of Stars: The Wind Still Blows\n\n"
            "Overview Characters Staff Episodes Reviews Stats\n\n"
            "I came to Sea of Stars: The Wind Still Blows late, and it is a lovely show.\n",
            "Sea of Stars: The Wind Still Blows",
        ),
    ],
)
def test_a_title_that_is_only_a_name_the_text_repeats_is_a_new_anime(text: str, anime: str) -> None:
    assert doc(text).anime_title == anime


@pytest.mark.parametrize(
    "text",
    [
        # the name is never said again
        "Hoshi no Umi 2nd Season – 04 (16)\n\nPosted on May 3\n\nThe lighthouse finally lights.\n",
        # a headline's sentence, not a name, though the text repeats its words
        "Why the lighthouse matters\n\nWhy the lighthouse matters is simple: it is home.\n",
        # said only in other words' case
        "The Long Night – 04\n\nThe long night is over for the village, at last.\n",
        # a handle over each message, said again only as a line of its own
        "Kestrel\n\nKestrel\nwatched the new one last night, loved it\n\nKestrel\nmore later\n",
    ],
)
def test_a_title_the_text_does_not_repeat_as_a_name_is_no_new_anime(text: str) -> None:
    assert "could not tell which anime" in reason(text)


# --------------------------------------------------------------------------- round 39

_REACH_OPENING = (
    "ok so. I said I would wait for the whole season, and here we are.\n\n"
    "for anyone new: Harbor Lights! is the lighthouse comedy this spring, and it is loud.\n\n"
    "The keeper yells at the fog every week and I love him."
)


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        # the name set apart in emphasis or in quotes: a sentence about it follows
        ("Three Episodes In: *Tide Lantern* Knows Exactly What It Is", "Tide Lantern"),
        ("Three Episodes In: **Tide Lantern** Knows Exactly What It Is", "Tide Lantern"),
        ("4 Episodes In: “Tide Lantern” Is the Quiet Hit of Spring", "Tide Lantern"),
        # the name as the opening says it, before the headline's sentence about it
        (
            "five episodes into Harbor Lights! and I have thoughts (mostly yelling)",
            "Harbor Lights!",
        ),
        ("Five Episodes Into Harbor Lights, and I Am Not Okay", "Harbor Lights"),
        ("Two Episodes In: Harbor Lights! Is Pure Noise", "Harbor Lights!"),
        # the clear pattern after it still names the show
        ("Three Episodes In: Tide Lantern Episode 3 Review", "Tide Lantern"),
    ],
)
def test_a_headline_opening_with_how_far_its_writer_has_watched_names_the_show_after_it(
    title: str, anime: str
) -> None:
    assert name_in_pattern(title, _REACH_OPENING) == anime
    # the headline as a web page's metadata gives it, over the post's text
    parsed = doc(_REACH_OPENING, meta=PageMeta(title=title))
    assert parsed.anime_title == anime


@pytest.mark.parametrize(
    "title",
    ["Three Episodes In: I Am Not Okay", "Three Episodes In: Nobody Warned Me About This"],
)
def test_a_headline_opening_with_how_far_names_no_show_the_opening_never_says(title: str) -> None:
    # not "Three", nor "I": the words after it are a sentence, said nowhere in the opening
    assert name_in_pattern(title, _REACH_OPENING) is None


@pytest.mark.parametrize(
    "heading",
    [
        "Tide Lantern Episode 5 Review: Fog, Bells and a Stranger",
        "Tide Lantern Episode 5 Review: The Bell, Again",
    ],
)
def test_a_letters_feature_headed_with_the_pattern_and_a_subtitle_names_the_anime(
    heading: str,
) -> None:
    # the subject "<Letter> #112: <a sentence about the show>" names the letter and its issue;
    # the feature's heading gives the clear pattern before its subtitle, commas and all
    text = (
        "Hi friends,\n\n"
        "A short hello this week, because the main review ran long. Thanks to all of you who "
        "voted in the poll; the results are at the bottom.\n\n"
        "— Sam\nThis week's main review\n\n"
        f"{heading}\n\nBy Some Writer · Spoilers through episode 5\n\n"
        "The keeper rows out at dawn and finds the bell ringing on its own.\n\n"
        "Verdict: 7/10"
    )
    meta = PageMeta(title="Night Ferry #112: Tide Lantern gets a visitor (and a dog)")
    parsed = doc(text, meta=meta)
    assert parsed.anime_title == "Tide Lantern"
    assert parsed.episode == 5


def test_a_line_opening_with_the_pattern_then_a_sentence_is_still_no_heading() -> None:
    # "…Review, short version: …" goes on as a sentence, not a subtitle after a colon
    text = _LETTER_HEAD.format(subject="This week: a quiet one") + (
        "Nothing featured this week, we were all on holiday.\n\n"
        "Tide Lantern Episode 9 review, short version: it was fine"
    )
    assert "could not tell which anime" in reason(text)


# --------------------------------------------------------------------------- round 40


@pytest.mark.parametrize(
    "title",
    [
        "The Night Doki Doki Do! Stopped Being a Comedy",
        "Why Doki-Doki-Do Still Works, Fifteen Years On",
        "Ten Things I Love About DOKI DOKI DO (a Love Letter)",
    ],
)
def test_a_known_name_the_headline_spaces_otherwise_is_the_known_anime(title: str) -> None:
    # a news headline with no clear pattern writes the store's "Dokidokido!" split into
    # words or hyphenated; its letters, glued, are the known name's
    parsed = doc(f"{title}\n\n{BODY}", known_anime=["Dokidokido!", "Blue Lock"])
    assert parsed.anime_title == "Dokidokido!"


def test_words_that_only_share_a_known_names_letters_across_a_gap_are_not_it() -> None:
    text = f"Doki, Doki and Do Go to the Sea\n\n{BODY}"
    assert "could not tell which anime" in reason(text, known_anime=["Dokidokido!"])


# a first impressions post under a pun headline: its subtitle (the text's first paragraph)
# opens with how far its writer has watched, then the show, which the text names again
_REACH_TEXT_AFTER = (
    "The premise is simple: a keeper, a lamp and a town that will not stop talking.\n\n"
    "By the end of the second week, Tide Lantern: The Keeper Stays Up! had me hooked.\n\n"
    "The keeper yells at the fog every week and I love him."
)


@pytest.mark.parametrize(
    ("opener", "anime"),
    [
        (
            "Two episodes into Tide Lantern: The Keeper Stays Up!, the spring's best comedy "
            "is the one about a lighthouse.",
            "Tide Lantern: The Keeper Stays Up!",
        ),
        ("Three episodes into Tide Lantern, I have a favourite keeper.", "Tide Lantern"),
    ],
)
def test_a_text_opening_with_how_far_its_writer_has_watched_names_the_show_after_it(
    opener: str, anime: str
) -> None:
    parsed = doc(f"{opener}\n\n{_REACH_TEXT_AFTER}", meta=PageMeta(title="Keeper Weepers"))
    assert parsed.anime_title == anime


@pytest.mark.parametrize(
    "opener",
    [
        # not the show's name: what is in it, a time of the year, a sentence
        "Two episodes in, Tide Lantern is the best thing on.",
        "Two episodes into Spring, I have a favourite keeper.",
        "Two episodes into Tide Lantern's big return, I have a favourite keeper.",
        "Two episodes into Tide Lantern and I love it.",
        # ...and a name the text never says again
        "Two episodes into Harbor Lights, I have a favourite keeper.",
    ],
)
def test_a_text_opening_with_how_far_names_no_show_in_other_words(opener: str) -> None:
    text = f"{opener}\n\n{_REACH_TEXT_AFTER}\n\nSpring is here, and Tide's keeper is back."
    assert "could not tell which anime" in reason(text, meta=PageMeta(title="Keeper Weepers"))


# a newsletter's feature heading under its masthead: the name, a comma and the episode, with
# its number in the season in brackets, no word for what it is; the text says the name again
_HEADED_LETTER = (
    "Subject: the bell, the fog and one very long night\n\n"
    "LAMPLIGHT LETTERS\na weekly letter about quiet anime\n\n"
    "Issue #12\n\n"
    "{heading}\n\n"
    "Hello again,\n\n"
    "This week it is {said} again, because nothing else came close.\n\n"
    "The keeper climbs the stairs and the fog rolls in over the bay.\n\n"
    "QUICK HITS\n\n- Blue Lock, ep 5: loud. 3/5"
)


@pytest.mark.parametrize(
    ("heading", "said", "anime"),
    [
        ("Tide Lantern, Episode 17 (Season 2, Episode 5)", "Tide Lantern", "Tide Lantern"),
        ("Tide Lantern, Episode 17", "Tide Lantern", "Tide Lantern"),
        ("TIDE LANTERN, EPISODE 17", "Tide Lantern", "Tide Lantern"),
        # its kind's word after the number, and perhaps the feature's subtitle after a colon
        ("Tide Lantern, Episode 17 Review", "Tide Lantern", "Tide Lantern"),
        ('Tide Lantern, Episode 17 Review: "the longest night"', "Tide Lantern", "Tide Lantern"),
        # no kind's word, only the episode's own title quoted after a colon
        ('Tide Lantern — episode 17: "The Long Stair"', "Tide Lantern", "Tide Lantern"),
        ("Tide Lantern, Episode 17: “The Long Stair”", "Tide Lantern", "Tide Lantern"),
        # a dash between the name and its episode, an aside in brackets after the kind's word
        ("Tide Lantern – Episode 17", "Tide Lantern", "Tide Lantern"),
        (
            "Tide Lantern - episode 17 thoughts (Shio no Akari, second cour opener)",
            "Tide Lantern",
            "Tide Lantern",
        ),
    ],
)
def test_a_letters_feature_heading_of_a_name_and_its_episode_names_the_show(
    heading: str, said: str, anime: str
) -> None:
    text = _HEADED_LETTER.format(heading=heading, said=said)
    parsed = doc(text, known_anime=["Blue Lock"])
    assert parsed.anime_title == anime
    assert parsed.episode == 17


@pytest.mark.parametrize(
    ("heading", "said"),
    [
        # the name said nowhere else in the opening's text
        ("Tide Lantern, Episode 17 (Season 2, Episode 5)", "the lighthouse show"),
        # more than a name and its episode on the line, or words not written as a name
        ("Tide Lantern, Episode 17 and a long night", "Tide Lantern"),
        ("Tide Lantern, Episode 17 Review and a long night", "Tide Lantern"),
        ("Tide Lantern – Episode 17 and a long night", "Tide Lantern"),
        # words after the colon that are no quoted title of the episode
        ("Tide Lantern – Episode 17: the fog rolls in", "Tide Lantern"),
        ('Tide Lantern – Episode 17: "The Long Stair" and a long night', "Tide Lantern"),
        ("Tide lantern again, Episode 17", "Tide lantern again"),
        # a sentence's opening word before the comma, however often the text says it
        ("Anyway, Episode 17 (the good one)", "Anyway"),
    ],
)
def test_a_heading_of_a_name_and_its_episode_needs_the_name_said_again(
    heading: str, said: str
) -> None:
    text = _HEADED_LETTER.format(heading=heading, said=said).replace("Blue Lock", "Other")
    assert "could not tell which anime" in reason(text)


# a forum post copied from a notes app: its headline says nothing of the show, and the note
# is headed by the show's name, its season and its episode on a line of their own, a name the
# text never says again
_NOTE_UNDER_A_HEADLINE = (
    "Finally some weather on the bay\n\n"
    "posted on the Gull Street forum, Airing Now board, by user tern_w\n\n"
    "Pasting this from my notes since people asked.\n\n"
    "{heading}\n\n"
    "The fog finally lifts and the keeper climbs the stair without looking back.\n\n"
    "The harbour scenes are the best the season has looked so far."
)


@pytest.mark.parametrize(
    ("heading", "anime"),
    [
        ("Marrow Bay Season 3, Episode 2", "Marrow Bay"),
        ("Marrow Bay 2nd Season, Episode 2", "Marrow Bay"),
    ],
)
def test_a_heading_of_a_name_its_season_and_its_episode_names_the_show(
    heading: str, anime: str
) -> None:
    parsed = doc(_NOTE_UNDER_A_HEADLINE.format(heading=heading))
    assert parsed.anime_title == anime
    assert parsed.episode == 2


@pytest.mark.parametrize(
    "heading",
    [
        # no season's words: a name and its episode alone need the name said again
        "Marrow Bay, Episode 2",
        # the heading shares its paragraph with another line
        "Marrow Bay Season 3, Episode 2\nnotes by tern_w",
        # a sentence's opening word, not a name
        "Anyway Season 3, Episode 2",
    ],
)
def test_a_season_and_episode_heading_needs_a_name_on_a_line_of_its_own(heading: str) -> None:
    assert "could not tell which anime" in reason(_NOTE_UNDER_A_HEADLINE.format(heading=heading))


@pytest.mark.parametrize(
    ("heading", "said", "anime"),
    [
        # a feature's label in words no name writes so before the name's colon
        ("Our pick of the week: Tide Lantern – Episode 17", "Tide Lantern", "Tide Lantern"),
        # a long name said again by its part before its colon, as reviews shorten it
        (
            "Tidekeeper: The Lamp Must Not Go Out! – Episode 17",
            "Tidekeeper",
            "Tidekeeper: The Lamp Must Not Go Out!",
        ),
        (
            "This week's big one: Tidekeeper: The Lamp Must Not Go Out! – Episode 17",
            "Tidekeeper",
            "Tidekeeper: The Lamp Must Not Go Out!",
        ),
        # a plain text's section heading framed by runs of one mark either side
        ("== Tide Lantern – Episode 17 ==", "Tide Lantern", "Tide Lantern"),
        ("*** TIDE LANTERN, EPISODE 17 ***", "Tide Lantern", "Tide Lantern"),
        ("~~~ Tide Lantern, Episode 17 Review ~~~", "Tide Lantern", "Tide Lantern"),
        # a long name in capitals, said again by its head as the text writes it
        (
            "TIDEKEEPER: THE LAMP MUST NOT GO OUT! — EPISODE 17",
            "Tidekeeper",
            "Tidekeeper: The Lamp Must Not Go Out!",
        ),
        (
            "=== TIDEKEEPER: THE LAMP MUST NOT GO OUT! — EPISODE 17 ===",
            "Tidekeeper",
            "Tidekeeper: The Lamp Must Not Go Out!",
        ),
    ],
)
def test_a_feature_heading_labelled_framed_or_in_capitals_names_the_show(
    heading: str, said: str, anime: str
) -> None:
    text = _HEADED_LETTER.format(heading=heading, said=said)
    parsed = doc(text, known_anime=["Blue Lock"])
    assert parsed.anime_title == anime
    assert parsed.episode == 17


def test_a_heading_whose_name_is_not_said_again_even_by_its_head_names_no_show() -> None:
    heading = "This week's big one: Tidekeeper: The Lamp Must Not Go Out! – Episode 17"
    text = _HEADED_LETTER.format(heading=heading, said="the lighthouse show")
    assert "could not tell which anime" in reason(text.replace("Blue Lock", "Other"))


# a club's weekly rewatch post: its headline the club's name and the episode's title, a
# standfirst under it naming the show and the episode in the show's own word
_REWATCH_POST = (
    '# Lighthouse Rewatch Club, Week 5 — "The Long Night"\n\n'
    "{standfirst}\n\n"
    "Everyone remembers this one. If you know one thing about Tide Lantern, it is the storm.\n\n"
    "Mira Sollen (Aya Tanaka) climbs the tower alone, and the fog does the rest.\n\n"
    "**8 / 10**\n"
)


@pytest.mark.parametrize(
    "standfirst",
    [
        "*Tide Lantern, Voyage #5 · my anniversary rewatch, one a week · cross-posted to Discord*",
        "_Tide Lantern – Voyage #5 · rewatch notes_",
        "Tide Lantern, Episode 5 · 24 min · the club's pick",
        "Tide Lantern, Voyage #5",
    ],
)
def test_a_standfirst_naming_the_show_and_its_numbered_episode_names_a_new_show(
    standfirst: str,
) -> None:
    parsed = doc(_REWATCH_POST.format(standfirst=standfirst))
    assert parsed.anime_title == "Tide Lantern"
    assert parsed.episode == 5
    assert [c.name for c in parsed.characters] == ["Mira Sollen"]  # its credit now learned


@pytest.mark.parametrize(
    "standfirst",
    [
        # an installment's, a season's or another thing's number, not the episode's
        "*Tide Lantern, Week #5 · my anniversary rewatch*",
        "*Tide Lantern, Issue #5 · my anniversary rewatch*",
        "*Tide Lantern, Season #1 · my anniversary rewatch*",
        # the number sign's word in lower case: words of a sentence, no label
        "*Tide Lantern, voyage #5 · my anniversary rewatch*",
    ],
)
def test_a_standfirst_numbering_another_thing_names_no_show(standfirst: str) -> None:
    assert "could not tell which anime" in reason(_REWATCH_POST.format(standfirst=standfirst))


def test_a_framed_heading_whose_name_is_not_said_again_names_no_show() -> None:
    text = _HEADED_LETTER.format(heading="== Tide Lantern – Episode 17 ==", said="the fog")
    assert "could not tell which anime" in reason(text.replace("Blue Lock", "Other"))


_LABELLED_FEATURE = (
    "{headline}\n\n"
    "Issue #9: a premiere, plus quick hits from the autumn\n\n"
    "Hi all,\n\n"
    "Only one new show made me sit up this week, so it gets the whole letter.\n\n"
    "{heading}\n\n"
    "The first episode is mostly mornings: a cold rink, two skaters, hardly a word.\n\n"
    "Grade: B+\n\n"
    "Quick hits\n\n- Blue Lock ep 3: loud, as ever. (A-)\n- Blue Lock again, in the poll"
)


@pytest.mark.parametrize(
    ("headline", "heading"),
    [
        (
            "Kori no Michi is the skating drama I needed",
            "Kori no Michi (Ice Road), first impressions",
        ),
        ("Kori no Michi is the skating drama I needed", "Kori no Michi, first impressions"),
        ("Why Kori no Michi won my autumn", "Kori no Michi, first look"),
        ("Why Kori no Michi won my autumn", "Kori no Michi, review"),
    ],
)
def test_a_letters_feature_heading_of_a_name_and_its_label_names_the_show_its_headline_says(
    headline: str, heading: str
) -> None:
    # the feature's heading, and the headline saying the name again, outweigh the known
    # shows of the quick hits below
    parsed = doc(
        _LABELLED_FEATURE.format(headline=headline, heading=heading), known_anime=["Blue Lock"]
    )
    assert parsed.anime_title == "Kori no Michi"
    assert parsed.characters == ()


@pytest.mark.parametrize(
    ("headline", "heading"),
    [
        # the name said nowhere but in its heading
        ("The skating drama I needed", "Kori no Michi, first impressions"),
        # a sentence's opening word, or words not written as a name, before the label
        ("Anyway is the word of the week", "Anyway, first impressions"),
        ("Kori no michi again is the one", "Kori no michi again, first impressions"),
    ],
)
def test_a_heading_of_a_name_and_its_label_needs_the_name_said_again(
    headline: str, heading: str
) -> None:
    parsed = doc(
        _LABELLED_FEATURE.format(headline=headline, heading=heading), known_anime=["Blue Lock"]
    )
    assert parsed.anime_title == "Blue Lock"


@pytest.mark.parametrize(
    "title",
    [
        "Glass Orchard — full series review",
        "Glass Orchard: Complete Season Thoughts",
        "Glass Orchard Complete Series Review",
        "Glass Orchard — whole season, ep by ep",
        "Glass Orchard | entire series",
    ],
)
def test_a_headline_on_the_whole_run_gives_the_name_before_it(title: str) -> None:
    # "full", "complete", "whole" say the text covers the whole run: no part of the name
    assert name_in_pattern(title) == "Glass Orchard"


@pytest.mark.parametrize(
    "title",
    [
        "Glass Orchard — season notes",
        "Glass Orchard: Series Thoughts",
        "Glass Orchard anime notes",
        "Glass Orchard — full season notes",
    ],
)
def test_a_notes_pages_headline_on_the_season_gives_the_name_before_it(title: str) -> None:
    # a notes app's page on a show: what it is, "season notes", after the show's name
    assert name_in_pattern(title) == "Glass Orchard"


@pytest.mark.parametrize(
    "title",
    ["Fall 2023 season review", "Winter season review", "Spring '24 season notes"],
)
def test_a_time_of_the_year_before_a_season_marker_is_no_name(title: str) -> None:
    # a roundup of the season of the year, which no show is named
    assert name_in_pattern(title) is None


@pytest.mark.parametrize(
    "title",
    [
        "Fall 2024 Anime — First Impressions Megathread",
        "Winter 2025 Anime Season: Episode 3 Discussion",
        "Spring Anime 2024 first impressions",
        "Summer '23 anime — season review thread",
    ],
)
def test_a_seasons_line_up_before_a_marker_is_no_name(title: str) -> None:
    # a megathread on the season's shows together, which no show is named
    assert name_in_pattern(title) is None


def test_a_post_under_a_seasons_megathread_title_is_about_the_known_show_it_names() -> None:
    text = (
        "Fall 2024 Anime — First Impressions Megathread\n\n"
        "Board: Seasonal Anime › Fall 2024\n\n"
        "Glass Orchard first impressions\n\n"
        "Glass Orchard opens with a storm over the orchard and never lets up. 7/10."
    )
    assert doc(text, known_anime=["Glass Orchard"]).anime_title == "Glass Orchard"


def test_a_whole_run_said_in_a_sentence_is_no_clear_pattern() -> None:
    assert name_in_pattern("Why Glass Orchard's Whole Season Works") is None
    assert name_in_pattern("I Watched the Whole Season of Glass Orchard") is None


@pytest.mark.parametrize(
    "title",
    [
        "Glass Orchard (Netflix) — full series review",
        "Glass Orchard [Crunchyroll] Episode 3 Review",
        "Glass Orchard (HIDIVE, 2024) Episode 2 Review",
        "Glass Orchard (Disney+) Season 1 Review",
    ],
)
def test_where_the_show_streams_in_brackets_is_no_part_of_its_name(title: str) -> None:
    assert name_in_pattern(title) == "Glass Orchard"


def test_a_year_alone_in_brackets_stays_part_of_the_name() -> None:
    # a remake's year tells it from the older show: the pattern keeps it (the text decides)
    assert name_in_pattern("Glass Orchard (2011) Episode 3 Review") == "Glass Orchard (2011)"


@pytest.mark.parametrize(
    "title",
    [
        "Glass Orchard (2011) Episode 3 Review",
        "Glass Orchard [2011] Episode 3 Review",
        "Glass Orchard (2011) Season 2 Episode 3 Review",
    ],
)
def test_a_remakes_year_goes_when_the_text_calls_the_show_without_it(title: str) -> None:
    # the headline tells the remake from the older show; the writer's own name for it has no
    # year, so neither has the store's
    text = (
        f"{title}\n\nThe orchard scenes look better than ever this week.\n\n{BODY}\n\n"
        "Glass Orchard streams on Fridays; the old version is still worth a look."
    )
    assert doc(text).anime_title == "Glass Orchard"


def test_a_remakes_year_stays_when_the_text_always_writes_it() -> None:
    text = (
        "Glass Orchard (2011) Episode 3 Review\n\nGlass Orchard (2011) keeps its pace this "
        f"week, unlike the older series.\n\n{BODY}"
    )
    assert doc(text).anime_title == "Glass Orchard (2011)"


def test_a_known_anime_with_a_year_in_its_name_keeps_it() -> None:
    text = "Glass Orchard (2011) Episode 3 Review\n\nGlass Orchard is back on form this week."
    assert doc(text, known_anime=["Glass Orchard (2011)"]).anime_title == "Glass Orchard (2011)"


@pytest.mark.parametrize(
    "heading",
    [
        "SEASON REVIEW: PAPER KITE (12 episodes, Studio Gale)",
        "Season Review: Paper Kite",
        "Paper Kite Episode 12 Review",
    ],
)
def test_a_newsletters_feature_heading_beats_a_known_anime_its_greeting_names(
    heading: str,
) -> None:
    # a newsletter copied as text: its masthead for a title, a greeting that names another
    # known anime in passing (last issue's poll), then the issue's feature under its heading
    text = (
        "THE SLOW WATCH LETTER — Issue #12\nMarch 3, 2024\n\nHello again,\n\n"
        "Thanks to everyone who voted in last week's poll: Blue Lock won it easily.\n\n"
        f"{heading}\n\nPaper Kite ends quietly, and I mean that kindly. The last episode "
        "gives Hana the ending the whole season promised her.\n\nFINAL SCORE: 7/10\n"
    )
    parsed = doc(text, known_anime=["Paper Kite", "Blue Lock"])
    assert parsed.anime_title == "Paper Kite"


def test_a_greeting_naming_a_known_anime_still_beats_a_new_name_from_a_heading() -> None:
    # the heading's name is no known anime: the known one the opening names keeps its place
    text = (
        "THE SLOW WATCH LETTER — Issue #12\nMarch 3, 2024\n\nHello again,\n\n"
        "This week is all about Blue Lock, as promised.\n\n"
        "Season Review: Night Ferry\n\nBlue Lock's season ends on a match.\n"
    )
    assert doc(text, known_anime=["Blue Lock"]).anime_title == "Blue Lock"


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        (
            "Kaze no Tani no Tomo (Friends of the Windy Valley) - Reviews",
            "Friends of the Windy Valley",
        ),
        ("Night Ferry - User Reviews", "Night Ferry"),
    ],
)
def test_a_database_sites_reviews_tab_names_its_show(title: str, anime: str) -> None:
    # "<Name> - Reviews" (the site's name cut off), the text calling the show by the English
    # name the title gives in brackets; a known anime compared in passing is not what it is
    text = (
        f"{title}\n\nFriends of the Windy Valley and Night Ferry both take their time, and "
        "this one more than most.\n\nIf you came for Blue Lock-style matches, look elsewhere."
        "\n\nOverall: 8/10\n"
    )
    assert doc(text, known_anime=["Blue Lock"]).anime_title == anime


def test_a_title_keeps_its_first_name_when_the_opening_says_it() -> None:
    # the opening names the show by the title's first name: the bracketed one is only another
    text = "Kaze no Tani no Tomo (Friends of the Windy Valley) Episode 3 Review\n\n" + (
        "Kaze no Tani no Tomo slows down this week.\n\nA quiet one.\n"
    )
    assert doc(text).anime_title == "Kaze no Tani no Tomo"


def test_a_sites_reviews_before_the_headline_is_no_name() -> None:
    # the plural opening a <title> is a site's section, not a reviews tab's end
    text = f"Otter Reviews - Night Ferry Episode 3 Review\n\n{BODY}"
    assert doc(text).anime_title == "Night Ferry"


def test_a_headline_after_a_kind_label_that_the_opening_never_says_gives_way_to_a_known_anime() -> (
    None
):
    # a blog's "First Look: <a headline in title case>": after the label, not a show's name
    # but the writer's verdict; the opening names the known anime it is about
    text = (
        '---\ntitle: "First Look: A Studio\'s Space Western Has Grit to Spare"\n---\n\n'
        "The studio's new original **Night Harbor** opens on a freighter at the edge of the "
        "system, and it wants you to notice every rivet.\n\n"
        "Kato runs the ship and Mina keeps the books.\n"
    )
    assert doc(text, known_anime=["Night Harbor"]).anime_title == "Night Harbor"


@pytest.mark.parametrize("label", ["First Look", "First Impressions", "Review"])
def test_a_name_after_a_kind_label_that_the_opening_says_is_still_the_new_anime(
    label: str,
) -> None:
    # the opening says the new name again, and compares it to a known anime in passing
    text = (
        f"{label}: Glass Orchard\n\n"
        "Glass Orchard opens on a greenhouse at the edge of town, much slower than Night "
        "Harbor ever was.\n\nKato tends the vines and Mina keeps the books.\n"
    )
    assert doc(text, known_anime=["Night Harbor"]).anime_title == "Glass Orchard"


# --------------------------------------------------------------------------- round 46

_FILED_BODY = (
    "Five episodes into the second season, and the harbour mystery finally moves.\n\n"
    "Kato runs the ship and Mina keeps the books.\n"
)


@pytest.mark.parametrize(
    "front_matter",
    [
        # a Hugo site's TOML, filed under the show by its English name
        '+++\ntitle = "Tsuki no Minato 2nd Season – 05 (17)"\ncategories = ["Night Harbor"]\n+++',
        # a YAML list among a kind's categories, and a notes app's series
        '---\ntitle: "Tsuki no Minato 2nd Season – 05 (17)"\ncategories:\n'
        "  - episode-reviews\n  - Night Harbor\n---",
        '---\ntitle: "Tsuki no Minato 2nd Season – 05 (17)"\nseries: "[[Night Harbor]]"\n---',
        # a notes app's show giving both names, the other in brackets after it, either way round
        '---\ntitle: "Tsuki no Minato S2E5 (ep 17) — notes"\n'
        'show: "Night Harbor (Tsuki no Minato)"\n---',
        '---\ntitle: "Tsuki no Minato S2E5 (ep 17) — notes"\n'
        'show: "Tsuki no Minato (Night Harbor)"\n---',
    ],
)
def test_a_known_anime_the_front_matter_files_the_post_under_is_its_anime(
    front_matter: str,
) -> None:
    # the title calls it by a romanised name the store does not know
    text = f"{front_matter}\n\n{_FILED_BODY}"
    assert doc(text, known_anime=["Night Harbor"]).anime_title == "Night Harbor"


def test_a_known_anime_the_title_names_outweighs_the_front_matters_category() -> None:
    text = (
        '---\ntitle: "Glass Orchard Episode 5 Review"\ncategories: [Night Harbor]\n---\n\n'
        f"{_FILED_BODY}"
    )
    parsed = doc(text, known_anime=["Night Harbor", "Glass Orchard"])
    assert parsed.anime_title == "Glass Orchard"


def test_two_known_anime_in_the_front_matters_categories_name_none() -> None:
    text = (
        '---\ntitle: "Tsuki no Minato 2nd Season – 05 (17)"\n'
        "categories: [Night Harbor, Glass Orchard]\n---\n\n"
        f"{_FILED_BODY}"
    )
    assert "could not tell which anime" in reason(
        text, known_anime=["Night Harbor", "Glass Orchard"]
    )


_UNNAMED_HEADLINE_POST = (
    "I started *Lantern Valley* knowing nothing but the poster, and the first episode kept me "
    "up long after it ended.\n\n"
    "Two sisters run a ferry across a lake that swallows one passenger a year.\n\n"
    "## How it looks\n\n"
    "The colour work reminds me of *{other}*, which I loved, but the mood is its own.\n\n"
    "## Verdict\n\n"
    "A strong start. 8/10.\n"
)


@pytest.mark.parametrize("key", ["series", "show"])
def test_a_new_anime_the_front_matter_files_a_post_under_is_its_anime_when_the_opening_says_it(
    key: str,
) -> None:
    # a static site's headline that names no show, filed under the series it reviews, whose
    # opening says that name; a known anime compared further down is not what it is about
    text = (
        f'---\ntitle: "The Lake Takes Its Toll"\n{key}: "Lantern Valley"\n---\n\n'
        + _UNNAMED_HEADLINE_POST.format(other="Night Harbor")
    )
    assert doc(text, known_anime=["Night Harbor"]).anime_title == "Lantern Valley"


def test_a_series_the_opening_never_says_is_no_anime_of_a_post() -> None:
    # a column's name in `series:`, which the opening does not say: the known anime it names
    text = (
        '---\ntitle: "The Lake Takes Its Toll"\nseries: "Sunday Screenings"\n---\n\n'
        "Night Harbor spent this week on the ferry, and it was worth it.\n\n"
        "A strong episode. 8/10.\n"
    )
    assert doc(text, known_anime=["Night Harbor"]).anime_title == "Night Harbor"


@pytest.mark.parametrize("key", ["show", "series", "categories"])
def test_the_front_matters_name_for_the_show_keeps_the_head_the_titles_colon_set_apart(
    key: str,
) -> None:
    # the note's own word for the show is the whole name the title writes, before its colon
    text = (
        f'---\n{key}: "Kiln: Ashes and Embers"\nseason: 2\n---\n\n'
        "# Kiln: Ashes and Embers — Season 2 Episode 3 (Ep. 15)\n\n"
        "Rough notes. The exam arc is still finding its feet.\n\n"
        "Score: 6/10.\n"
    )
    assert doc(text).anime_title == "Kiln: Ashes and Embers"


_FILED_SUBTITLED_SEASON_POST = (
    '---\ntitle: "Lantern Valley – Embers of Spring | Season Review"\n'
    'series: "Lantern Valley"\n{season}---\n\n'
    "The second run of the show, twelve episodes, and the one where the valley's feud ends. "
    "Everything the first season set up pays off quietly.\n\n"
    "Season score: 8/10.\n"
)


@pytest.mark.parametrize("dash", ["–", "—", ":"])
def test_a_later_seasons_subtitle_after_the_front_matters_show_is_no_anime_of_its_own(
    dash: str,
) -> None:
    # the front matter files the post under the show and numbers a later season; the title
    # writes the show's name, then that season's subtitle: the show is the anime
    text = _FILED_SUBTITLED_SEASON_POST.format(season="season: 2\n").replace(
        "Lantern Valley –", f"Lantern Valley{'' if dash == ':' else ' '}{dash}"
    )
    assert doc(text).anime_title == "Lantern Valley"


@pytest.mark.parametrize("season", ["", "season: 1\n"])
def test_a_subtitle_after_the_front_matters_show_with_no_later_season_keeps_the_pattern(
    season: str,
) -> None:
    # no later season numbered: the front matter's `series:` may be a column's name heading
    # posts on many shows, and what follows it the show's own
    text = _FILED_SUBTITLED_SEASON_POST.format(season=season)
    assert doc(text).anime_title == "Embers of Spring"


def test_a_podcasts_show_in_the_front_matter_does_not_rename_the_titles_anime() -> None:
    # `show:` names the podcast: it holds no part of the title's pattern
    text = (
        '---\nshow: "Two Cups of Sakuga"\n---\n\n'
        "# Spotlight: Ashes and Embers Episode 3 Review\n\n"
        "Rough notes. The exam arc is still finding its feet.\n"
    )
    assert doc(text).anime_title == "Ashes and Embers"


@pytest.mark.parametrize(
    "title",
    [
        "Moonlit Harbor's Season 2 finale ties every thread",
        "Moonlit Harbor’s Episode 7 Review: the long night",
        "Review: Moonlit Harbor's premiere",
    ],
)
def test_a_possessive_before_the_titles_marker_is_no_part_of_the_name(title: str) -> None:
    assert name_in_pattern(title, "I have been waiting for Moonlit Harbor to return.") == (
        "Moonlit Harbor"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Moonlit Harbor's 90-minute premiere plays like a film",
        "[First Look] Moonlit Harbor's double-length opener is a lot",
        "Moonlit Harbor’s long-awaited finale review",
    ],
)
def test_words_in_lower_case_between_a_possessive_and_the_marker_are_no_part_of_the_name(
    title: str,
) -> None:
    # they say what kind of episode it is; a name's own words go on in capitals
    assert name_in_pattern(title, "I have been waiting for Moonlit Harbor to return.") == (
        "Moonlit Harbor"
    )


def test_capitalised_words_after_a_possessive_stay_in_the_name() -> None:
    assert name_in_pattern("Harbor's Quiet Lantern Episode 3 Review") == "Harbor's Quiet Lantern"


@pytest.mark.parametrize(
    "title",
    [
        "Moonlit Harbor's Ninth Episode Finally Lets It Breathe",
        "Moonlit Harbor’s Twenty-Second Episode Review",
        "Moonlit Harbor's Final Episode Sticks the Landing",
    ],
)
def test_an_ordinal_in_capitals_after_a_possessive_is_no_part_of_the_name(title: str) -> None:
    # a headline's title case: the ordinal says which episode it is, not the show's name
    assert name_in_pattern(title, "I have been waiting for Moonlit Harbor to return.") == (
        "Moonlit Harbor"
    )


@pytest.mark.parametrize(
    ("show", "heading"),
    [
        ('"[[Moonlit Harbor]]"', "MH S1E4 (ep 4) — the lighthouse"),
        ("Silver Tide Harbor", "STH ep 9 notes"),
    ],
)
def test_a_titles_initials_of_the_front_matters_show_name_it(show: str, heading: str) -> None:
    text = f"---\nshow: {show}\n---\n\n# {heading}\n\n{BODY}"
    expected = show.strip('"[]')
    assert doc(text).anime_title == expected


@pytest.mark.parametrize(
    "aside",
    [
        "hello to everyone who found us through last issue's Blue Lock write-up",
        "thanks for all the replies to the previous edition's Blue Lock poll",
    ],
)
def test_a_known_anime_named_as_an_earlier_issues_subject_is_not_this_ones(aside: str) -> None:
    # a letter's greeting names what an earlier installment was about; this issue's feature
    # is the new anime its subject line names, which its text never writes again as words
    text = (
        "Subject: #52 — Paper Lantern Summer, episode 1: a quiet return\n\n"
        "THE SLOW WATCH\nA letter about anime, most Sundays\n\n"
        f"Hi all, and {aside}. This week I could only write about one thing.\n\n"
        f"{BODY}"
    )
    assert doc(text, known_anime=["Blue Lock"]).anime_title == "Paper Lantern Summer"


def test_a_known_anime_the_greeting_names_as_its_own_subject_still_counts() -> None:
    # "this week's" is this installment's: the known anime is what it is about
    text = (
        "Subject: #52 — The Slow Watch, week 1: a quiet return\n\n"
        "Hi all. This week's Blue Lock episode was the only thing I wanted to write about.\n\n"
        f"{BODY}"
    )
    assert doc(text, known_anime=["Blue Lock"]).anime_title == "Blue Lock"


@pytest.mark.parametrize(
    ("title", "opening", "anime"),
    [
        # a community's weekly post headed by the show's initials, the name written out below
        (
            "[Spoilers] My weekly TLK review #12 — Season 2 Episode 5",
            "Back again with this week's The Lighthouse Keeper review, a long one.",
            "The Lighthouse Keeper",
        ),
        # a small word between the initials' words is one of them ("Attack on Titan": AOT)
        (
            "Our weekly KOTS review — Episode 3",
            "Another week of Keeper of the Storm, and another great one.",
            "Keeper of the Storm",
        ),
        # the initials never written out: the abbreviation is the name the title gives
        (
            "My weekly TLK review #12 — Season 2 Episode 5",
            "Back again with this week's review, a long one.",
            "TLK",
        ),
        # a name that opens with "My" is no writer's lead-in
        (
            "My Lighthouse Keeper Episode 5 Review",
            "Episode 5 of My Lighthouse Keeper is the best one yet.",
            "My Lighthouse Keeper",
        ),
    ],
)
def test_a_weekly_posts_initials_are_the_name_its_opening_writes_out(
    title: str, opening: str, anime: str
) -> None:
    parsed = doc(f"{title}\n\n{opening}\n\n{BODY}")
    assert parsed.anime_title == anime


@pytest.mark.parametrize(
    ("title", "known", "anime"),
    [
        # the starts of its words, more than a letter of each ("HoshiTan" of "Hoshizora Tanken")
        ("HoshiTan Ep 4 review: the map runs out", ["Hoshizora Tanken"], "Hoshizora Tanken"),
        # a capital for a later syllable of a word too ("HZT" of "Hoshi-zora Tanken")
        ("HZT Episode 4 Review", ["Hoshizora Tanken"], "Hoshizora Tanken"),
        # ...with the episode's bare number after it
        ("Readers, This Is For You: HZT 16 Recap", ["Hoshizora Tanken"], "Hoshizora Tanken"),
        # a new anime's short name stays the name the title gives: never guessed at
        ("HZT Episode 4 Review", [], "HZT"),
        # letters that begin none of the known name's words or syllables
        ("HoshiKen Episode 4 Review", ["Hoshizora Tanken"], "HoshiKen"),
    ],
)
def test_a_fans_short_name_of_a_known_anime_the_opening_writes_out(
    title: str, known: list[str], anime: str
) -> None:
    # a fan's short name in the headline, built from the starts of the name's words or
    # syllables, and the opening writing the known anime's name out
    text = (
        f"{title}\n\n"
        "Hoshizora Tanken keeps finding new ways to surprise me, and this week too.\n\n"
        f"{BODY}"
    )
    assert doc(text, known_anime=known).anime_title == anime


@pytest.mark.parametrize(
    ("known", "anime"),
    [
        (["Hoshizora Tanken"], "Hoshizora Tanken"),
        # a new anime's short name stays the name the title gives, whatever the text names
        ([], "HZT"),
    ],
)
def test_a_fans_short_name_of_a_known_anime_written_out_only_at_the_end(
    known: list[str], anime: str
) -> None:
    # the headline and the opening use the fans' short name only; the known anime's name is
    # written out in the sign-off's links, under the review
    text = (
        "HZT Season 2 Episode 6 Review: Into the Salt Caves\n\n"
        "Another week, another HZT post. The crew finally reaches the caves.\n\n"
        f"{BODY}\n\n"
        "The cave sequence alone is worth the wait.\n\n"
        "Next week: episode 7. My Hoshizora Tanken season 1 retrospective is linked below.\n"
    )
    assert doc(text, known_anime=known).anime_title == anime


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        # a numbered name's short form keeps its number and drops the "No." before it
        ("TK4 ep 6 thoughts: the lantern goes out", "Tomokage No. 4"),
        # ...a number that is not the name's stays a new anime's name
        ("TK5 ep 6 thoughts: the lantern goes out", "TK5"),
    ],
)
def test_a_fans_short_name_keeping_a_numbered_names_number(title: str, anime: str) -> None:
    text = f"{title}\n\nMy notes on Tomokage No. 4, the ghost-lantern show, week by week.\n\n{BODY}"
    assert doc(text, known_anime=["Tomokage No. 4"]).anime_title == anime


@pytest.mark.parametrize(
    ("meta", "anime"),
    [
        # the page's <title> ends on the community it was posted in, named after the show
        (
            PageMeta(title="HZT 3x05 thoughts", page_title="HZT 3x05 thoughts : r/HoshizoraTanken"),
            "Hoshizora Tanken",
        ),
        # ...or its address does
        (
            PageMeta(
                title="HZT 3x05 thoughts",
                url="https://forum.example/r/HoshizoraTanken/comments/x1/hzt_3x05/",
            ),
            "Hoshizora Tanken",
        ),
        # a community about another known show: the short name stays the name given
        (PageMeta(title="HZT 3x05 thoughts", page_title="HZT 3x05 thoughts : r/CopperSky"), "HZT"),
    ],
)
def test_a_fans_short_name_of_the_known_anime_its_community_is_named_after(
    meta: PageMeta, anime: str
) -> None:
    # a fan's short name in the headline, never written out, posted in a community kept for
    # one show whose name glues the known anime's words
    text = "Another strong week, the map finally runs out.\n\nScore: 8/10"
    known = ["Hoshizora Tanken", "Copper Sky"]
    assert doc(text, meta=meta, known_anime=known).anime_title == anime


@pytest.mark.parametrize("known", [["Garden Hollow 9"], []])
def test_initials_with_a_number_and_a_later_seasons_numeral_are_the_name_written_out(
    known: list[str],
) -> None:
    # a headline giving the show's initials, a word that is a number kept whole ("GH9" of
    # "Garden Hollow 9"), and its season's numeral after them; the opening writes it out
    text = (
        "GH9 II, episode 4 — thoughts on a quiet one\n\n"
        "This week Garden Hollow 9 II episode 4 arrives, and the second season slows down.\n\n"
        f"{BODY}"
    )
    assert doc(text, known_anime=known).anime_title == "Garden Hollow 9"


@pytest.mark.parametrize(
    ("title", "opening", "anime"),
    [
        # a thread headed by the show's nickname and its later season's Roman numeral, the
        # first post restating both after the full name
        (
            "[Spoilers] Keepy IV - Episode 6 Discussion",
            "The Keeper of the Last Lighthouse Wants a Holiday? IV – Episode 6\n\n"
            "Thread for this week's episode, review below.",
            "The Keeper of the Last Lighthouse Wants a Holiday?",
        ),
        # a season in words, the line in Markdown emphasis
        (
            "Keepy S2 Ep 6 thread",
            "**The Keeper of the Last Lighthouse S2 Ep 6**\n\nThread for this week's episode.",
            "The Keeper of the Last Lighthouse",
        ),
        # another episode restated: not the title's show and episode said again
        (
            "[Spoilers] Keepy IV - Episode 6 Discussion",
            "The Keeper of the Last Lighthouse IV – Episode 5\n\nLast week's thread is here.",
            "Keepy IV",
        ),
        # a sentence going on after the marker is no line restating the title
        (
            "[Spoilers] Keepy IV - Episode 6 Discussion",
            "The Keeper of the Last Lighthouse IV - Episode 6 was great and I loved it.",
            "Keepy IV",
        ),
    ],
)
def test_a_threads_nickname_is_the_full_name_its_post_restates_season_and_episode_after(
    title: str, opening: str, anime: str
) -> None:
    parsed = doc(f"{title}\n\n{opening}\n\n{BODY}")
    assert parsed.anime_title == anime


@pytest.mark.parametrize(
    ("opening", "anime"),
    [
        # a translated review's header line: the romanised original title in emphasis with its
        # Japanese script, then the season and episode the English headline gives
        (
            "**Toudai Mori no Musume** (灯台守の娘) · Season 3, Episode 2 · Studio Somewhere",
            "The Lighthouse Keeper's Daughter",
        ),
        # ...without the Japanese script
        (
            "Toudai Mori no Musume no Natsu — Season 3, Episode 2",
            "The Lighthouse Keeper's Daughter",
        ),
    ],
)
def test_a_romanised_title_over_the_same_season_is_not_the_english_headlines_full_name(
    opening: str, anime: str
) -> None:
    title = "The Lighthouse Keeper's Daughter Season 3 – Episode 2 review"
    parsed = doc(f"{title}\n\n{opening}\n\n{BODY}")
    assert parsed.anime_title == anime


def test_an_emails_subject_header_is_no_line_restating_its_title_with_a_fuller_name() -> None:
    # the subject header the title is read from holds the title whole, after its label and
    # the letter's masthead and issue: no line below restating the season and episode
    text = (
        "From: The Night Letter <hi@night.example>\nTo: you\n"
        "Date: Sat, 3 Feb 2024 08:00:00 +0000\n"
        "Subject: Night Letter #12 — The Lighthouse Keeper Season 2 Episode 4 (ep 16)\n\n"
        "Hi all, a short one this week.\n\n"
        f"The Lighthouse Keeper is back, and the fog is thicker than ever.\n\n{BODY}"
    )
    assert doc(text).anime_title == "The Lighthouse Keeper"


def test_a_romanised_title_glossed_with_the_headlines_english_name_is_not_its_full_name() -> None:
    # a letter's feature under a section heading in capitals: the show's romanised title with
    # its English name in brackets, which the subject gives; two names of one show in two
    # languages, not a nickname glossed with the name it shortens
    text = (
        "Subject: Night Letter #12 — The Lighthouse Keeper Season 2 Episode 4 (ep 16)\n\n"
        "Hi all, a short one this week.\n\n"
        "MAIN REVIEW\nToudai Mori no Hanashi (The Lighthouse Keeper)\n"
        "Season 2, Episode 4 — episode 16 overall\n\n"
        f"{BODY}"
    )
    assert doc(text).anime_title == "The Lighthouse Keeper"


# --------------------------------------------------------------------------- round 55


@pytest.mark.parametrize(
    ("text", "anime"),
    [
        (
            "Lantern Street is the best thing this season\n\n"
            "Nobody talks about it, so here goes. Lantern Street is an original anime from a "
            "small studio, about a night market run by ghosts.\n\nEpisode three was lovely.\n",
            "Lantern Street",
        ),
        (
            "Paper Tide was robbed at the awards\n\n"
            "In case you missed it, Paper Tide was a 12-episode series about a sailing club. "
            "Mika, its captain, carried it.\n",
            "Paper Tide",
        ),
        (
            "Glass Owl is underrated\n\n"
            "Glass Owl, a quiet fantasy show about a clockmaker, wrapped up last week.\n",
            "Glass Owl",
        ),
    ],
)
def test_a_headline_about_a_name_the_text_calls_a_show_is_a_new_anime(
    text: str, anime: str
) -> None:
    # a thread's headline is a sentence about the show; the text says the name is an anime
    assert doc(text).anime_title == anime


@pytest.mark.parametrize(
    "text",
    [
        # a character the headline praises: the text never calls the name a show
        "Mika is the best part of the season\n\n"
        "Mika is the star of the show, and the captain of a sailing club.\n",
        "Mika is carrying this season\n\nMika is a robot in a show about a hotel.\n",
        "Mika was great this week\n\nMika is a show-stealer, every single episode.\n",
        # a studio, which the text calls something else an anime's
        "Kumo Works is on a roll\n\nKumo Works is an anime studio in Tokyo.\n",
        # a headline that is no name before its verb
        "Why this season is great\n\nWhy this season is a show of strength, honestly.\n",
    ],
)
def test_a_headline_about_a_name_the_text_does_not_call_a_show_is_no_new_anime(
    text: str,
) -> None:
    assert "could not tell which anime" in reason(text)


# --------------------------------------------------------------------------- round 58


@pytest.mark.parametrize(
    "title",
    [
        "[First Impressions] Lantern Keepers of the Tide — two episodes in, and I'm hooked",
        "First Look: Lantern Keepers of the Tide - the slow burn I wanted",
        '[Review] Lantern Keepers of the Tide | "honestly better than I hoped"',
    ],
)
def test_a_name_after_a_kind_label_set_apart_from_a_sentence_is_the_new_anime(
    title: str,
) -> None:
    # a community post's thread title: its label, the show's name, a separator and the
    # poster's words in lower case; the post never names the show again, and compares it
    # with a known one in passing
    text = (
        f"{title}\n\n"
        "Nobody seems to be talking about this one, so here goes.\n\n"
        "The slow pace works and the night skies are gorgeous.\n\n"
        "The cast keeps changing, which I did not expect.\n\n"
        "If you liked Night Harbor's quieter stretches, this is for you.\n"
    )
    assert doc(text, known_anime=["Night Harbor"]).anime_title == "Lantern Keepers of the Tide"


def test_a_known_anime_the_first_paragraphs_name_outweighs_a_name_set_apart_after_a_label() -> None:
    # a community post under the show's romanised name, glossed by its known English one
    text = (
        "[First Impressions] Yoru no Minato S2 premiere — it's like they never left\n\n"
        "For those who know it by the English title: this is Night Harbor season 2.\n\n"
        "Kato runs the ship and Mina keeps the books.\n"
    )
    assert doc(text, known_anime=["Night Harbor"]).anime_title == "Night Harbor"


def test_a_headline_after_a_kind_label_set_apart_from_title_case_words_still_gives_way() -> None:
    # "First Look: <headline> — <more headline>": title case on both sides, a verdict's words
    text = (
        "First Look: A Studio's Space Western Has Grit — And It Knows It\n\n"
        "The studio's new original **Night Harbor** opens on a freighter at the edge of the "
        "system.\n\nKato runs the ship and Mina keeps the books.\n"
    )
    assert doc(text, known_anime=["Night Harbor"]).anime_title == "Night Harbor"


@pytest.mark.parametrize(
    "aside",
    [
        "(full title: **My Neighbour the Lighthouse Keeper Is Secretly a Dragon**. Far too long "
        'to type, so "tomodora" it is.)',
        "Official title: My Neighbour the Lighthouse Keeper Is Secretly a Dragon. Nobody calls "
        "it that.",
    ],
)
def test_the_openings_full_title_names_the_nickname_in_the_title(aside: str) -> None:
    # a notes page headed by the fans' nickname, the long name spelt out once under it, a
    # known show compared with further down: the full title is the anime
    text = (
        f"tomodora ep 2 — first impressions\n\n{aside}\n\nThe studio also made Night Harbour, "
        f"and it shows in the sea scenes.\n\n{BODY}"
    )
    parsed = doc(text, known_anime=["Night Harbour"])
    assert parsed.anime_title == "My Neighbour the Lighthouse Keeper Is Secretly a Dragon"


def test_an_episodes_full_title_is_not_the_shows() -> None:
    text = (
        "tomodora ep 2 — first impressions\n\nThe episode's full title: **The Dragon Who Kept "
        "the Light**. Night Harbour did this better.\n\n"
        f"{BODY}"
    )
    assert doc(text, known_anime=["Night Harbour"]).anime_title == "Night Harbour"


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "Lantern Street Returns: A Colder Winter for Everyone",
            "After a month off, Lantern Street (Tōrō Dōri, to the purists) is back for its "
            "second cour, and it has not lost a step.",
        ),
        (
            "Lantern Street Is Back, and Sadder Than Ever",
            "Lantern Street returns for a third season with the same quiet confidence.",
        ),
    ],
)
def test_a_headline_saying_a_show_returns_names_it_when_the_opening_says_its_season(
    title: str, lead: str
) -> None:
    # a weekly blog's headline with no episode or kind word, the show's name before "Returns":
    # a show comes back for a season, which no character does
    assert doc(f"{title}\n\n{lead}\n\n{BODY}").anime_title == "Lantern Street"


def test_a_character_back_for_the_next_season_is_no_show() -> None:
    text = (
        "Hina Returns: And She Means Business\n\nHina is back for the second cour and the "
        f"whole cast knows it.\n\n{BODY}"
    )
    assert "could not tell which anime" in reason(text)


# --------------------------------------------------------------------------- round 60

_LABELLED_OPENING = (
    "Two episodes in, this is the quietest show of the autumn and one of its best.\n\n"
    "I went into Lamp: A Study of the Northern Sky knowing only that it was about a "
    "lighthouse keeper who charts the stars, and it had me by the end of the premiere.\n\n"
    "The second episode is better still."
)


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        # the label, the name (its colon its own), then a headline's words in title case
        (
            "First Impressions: Lamp: A Study of the Northern Sky Made Me Look Up Again",
            "Lamp: A Study of the Northern Sky",
        ),
        (
            "Review: Lamp: A Study of the Northern Sky Is the Best Thing Airing This Autumn",
            "Lamp: A Study of the Northern Sky",
        ),
    ],
)
def test_a_labelled_headline_too_long_for_a_name_names_the_run_the_opening_says(
    title: str, anime: str
) -> None:
    assert name_in_pattern(title, _LABELLED_OPENING) == anime
    parsed = doc(_LABELLED_OPENING, meta=PageMeta(title=title))
    assert parsed.anime_title == anime


def test_a_labelled_headline_too_long_for_a_name_names_none_the_opening_never_says() -> None:
    # a headline's sentence after the label, none of whose first words the opening says
    title = "First Impressions: This Quiet Show About Stars Made Me Look Up at the Sky Again"
    assert name_in_pattern(title, _LABELLED_OPENING) is None
    # nor a run a name cannot end as: on the colon before a subtitle ("Lamp:")
    opening = "The one word I kept thinking was Lamp: short, bright and oddly warm, like the show."
    title = "First Impressions: Lamp: A Study of the Northern Sky Made Me Look Up Again"
    assert name_in_pattern(title, opening) is None


@pytest.mark.parametrize(
    "opening",
    [
        # the full name before the bracket that opens with the title's short name
        "Finally writing about episode 4 of Lamp: A Study of the Northern Sky (Lamp. - "
        "Hoshi no Tou, I'm calling it Lamp. from here on) because this week was something.",
        "Episode 4 of Lamp: A Study of the Northern Sky (Lamp. for short) was something.",
        "So, Lamp: A Study of the Northern Sky (Lamp., as the club calls it) is back.",
        # over a line break, the name at a label's end
        "show: Lamp: A Study of the Northern\nSky [Lamp. / the nickname the club uses]\n"
        "where: streaming weekly",
        # under a letter's section heading in capitals, no part of the name
        "MAIN REVIEW\nLamp: A Study of the Northern Sky (Lamp. for short)\nEpisode 4",
    ],
)
def test_a_new_anime_the_opening_glosses_by_the_titles_short_name_is_its_full_name(
    opening: str,
) -> None:
    parsed = doc(f"{opening}\n\n{BODY}", meta=PageMeta(title="[Spoilers] Lamp. ep 4 thoughts"))
    assert parsed.anime_title == "Lamp: A Study of the Northern Sky"


def test_a_short_name_the_opening_glosses_nothing_with_stays_the_titles() -> None:
    # the bracket after no name written as one, or listing other shows like it
    opening = (
        "Lamp. keeps getting better; the keeper (Lamp. regulars know who I mean) finally "
        "talks, and it beats shows like Tide Lantern (Lamp., Harbor Lights) this year."
    )
    parsed = doc(f"{opening}\n\n{BODY}", meta=PageMeta(title="[Spoilers] Lamp. ep 4 thoughts"))
    assert parsed.anime_title == "Lamp."


def test_a_known_anime_the_opening_glosses_by_the_titles_other_name_is_the_known_one() -> None:
    # a notes page headed by the show's name in its own script, its label line giving the
    # store's name with that one in brackets after it
    text = (
        "spring watchlist — ランタン ep1\n\n"
        'show: Tide Lantern (ランタン / "Lantern" as the server calls it)\n'
        "where: streaming, Weds\n\n"
        f"{BODY}"
    )
    assert doc(text, known_anime=["Tide Lantern"]).anime_title == "Tide Lantern"


# --------------------------------------------------------------------------- round 61


@pytest.mark.parametrize(
    "title",
    [
        "Lantern Keepers of the Tide Season 2, Episode 4 — the lighthouse one",
        "Lantern Keepers of the Tide S2E4 | i cried, again",
        "Lantern Keepers of the Tide ep 16 - some feelings",
    ],
)
def test_a_name_its_episode_sets_apart_from_a_sentence_is_the_new_anime(title: str) -> None:
    # a diary blog's headline: the show's name, its episode, a separator and the writer's words
    # in lower case; the post calls the show by its romanised name only, and compares it with
    # a known one past its first paragraphs
    text = (
        f"{title}\n\n"
        "(Toudai no Yoru, second season, week four.)\n\n"
        "Every week this show does one small thing that stops me writing.\n\n"
        "This week it was a lamp left on in an empty room.\n\n"
        "The rest is lighter: the twins bicker about the boat.\n\n"
        "Funny that this and Night Harbor air on the same night, both quiet sea shows.\n"
    )
    assert doc(text, known_anime=["Night Harbor"]).anime_title == "Lantern Keepers of the Tide"


def test_a_name_numbered_as_an_issue_before_a_sentence_still_gives_way() -> None:
    # a newsletter's "<Letter> #5 — <its words>": the number is the issue's, the letter's name
    # no anime's; the known anime its opening names is the subject
    text = (
        "The Tide Letter #5 — the slow one\n\n"
        "Hello again, all forty of you.\n\n"
        "No news this week.\n\n"
        "Housekeeping first: the archive moved.\n\n"
        "This week's feature is Night Harbor episode 5, which I loved.\n"
    )
    assert doc(text, known_anime=["Night Harbor"]).anime_title == "Night Harbor"


@pytest.mark.parametrize("known", ["Tide No. 6", "Tide #6"])
def test_a_chat_writing_a_known_number_without_its_full_stop_names_the_known_anime(
    known: str,
) -> None:
    # a channel's export with no headline: a message names the show with "No" and no full
    # stop, as chat types it, in lower case too
    text = (
        "Guild: Night Owls\nChannel: show-talk\n\n"
        "[5/2/2025 9:41 PM] rin_o\nanyone still watching stuff this season\n\n"
        "[5/2/2025 9:43 PM] kafu\nok finally caught up on tide no 6 tonight, thoughts incoming\n\n"
        "[5/2/2025 9:44 PM] kafu\nthe lead hiding his powers is great slapstick\n\n"
        "[5/2/2025 9:45 PM] kafu\nthe ending is a little cheap but it worked on me. 7/10\n"
    )
    assert doc(text, known_anime=[known]).anime_title == known


@pytest.mark.parametrize(
    "opening",
    [
        "The third season of Night Harbor opens on the ferry, and it takes its time.",
        "Night Harbor's second season has been slower than I hoped so far.",
        "Night Harbor's sequel keeps the lamps and loses the fog.",
        "Episode 4 (the 28th episode of Night Harbor overall) is the storm one.",
    ],
)
def test_a_later_seasons_subtitle_as_the_headline_is_the_known_show_the_opening_names(
    opening: str,
) -> None:
    # the headline gives only the later season's subtitle; the opening calls the show that
    # known anime's later season or sequel, and never says the subtitle again
    text = (
        "THE LONG WINTER Episode 4 Review – The Storm Arrives\n\n"
        f"{opening}\n\nThe keeper's daughter rows out alone. It is lovely.\n\n"
        "Verdict: 8/10\n"
    )
    assert doc(text, known_anime=["Night Harbor"]).anime_title == "Night Harbor"


@pytest.mark.parametrize(
    "opening",
    [
        # the opening says the new show's name: a comparison, not its season
        "The Long Winter reminds me of the second season of Night Harbor, in a good way.",
        # a known show named with no word of a later season
        "If you liked Night Harbor, this one is for you.",
    ],
)
def test_a_new_show_compared_with_a_known_ones_season_keeps_its_name(opening: str) -> None:
    text = (
        "The Long Winter Episode 4 Review – The Storm Arrives\n\n"
        f"{opening}\n\nThe keeper's daughter rows out alone. It is lovely.\n\n"
        "Verdict: 8/10\n"
    )
    assert doc(text, known_anime=["Night Harbor"]).anime_title == "The Long Winter"


_SUBTITLED_SEASON_POST = (
    "Lantern Deep: The Ember Village – Season Review\n\n"
    "Twelve episodes in the village, and not one of them easy to watch.\n\n"
    "The keeper's daughter climbs down past the fourth layer. It is lovely.\n\n"
    "Verdict: 8/10\n"
)


@pytest.mark.parametrize(
    ("description", "said"),
    [
        # the page's description numbers the show's season by its name
        ("Our full-season verdict on Lantern Deep Season 2.", ""),
        ("Lantern Deep 2nd season, reviewed in full.", ""),
        # ...or its text calls it the show's later season or its sequel
        ("", "The second season of Lantern Deep goes further down than ever."),
        ("", "Lantern Deep's sequel takes its time, and earns it."),
    ],
)
def test_a_subtitle_after_the_titles_colon_the_page_calls_a_later_season_is_the_show(
    description: str, said: str
) -> None:
    # "<Show>: <Subtitle> – Season Review": the subtitle names the show's later season, which
    # the page says by the show's name; the store keeps the whole show, without its season
    meta = PageMeta(title=None, description=description or None)
    text = _SUBTITLED_SEASON_POST.replace("Twelve episodes", f"{said} Twelve episodes".strip())
    assert doc(text, meta=meta).anime_title == "Lantern Deep"


@pytest.mark.parametrize(
    "description",
    [
        # nothing said of a later season
        "Our full-season verdict on Lantern Deep.",
        # its first season: the subtitle is the show's own name's
        "Our verdict on Lantern Deep Season 1.",
    ],
)
def test_a_subtitle_after_the_titles_colon_no_later_season_of_the_head_is_not_the_head(
    description: str,
) -> None:
    meta = PageMeta(title=None, description=description)
    assert doc(_SUBTITLED_SEASON_POST, meta=meta).anime_title != "Lantern Deep"


def test_a_subtitle_after_the_titles_colon_beside_its_season_number_is_the_shows_name() -> None:
    # the title numbers the season itself: the subtitle is the show's own name's (the text
    # writes it whole), which the page shortens to its head when it numbers the season too
    text = _SUBTITLED_SEASON_POST.replace("– Season Review", "Season 2 Episode 4 Review").replace(
        "Twelve episodes", "Lantern Deep: The Ember Village is back. Twelve episodes"
    )
    meta = PageMeta(title=None, description="Lantern Deep Season 2, episode 4: the descent.")
    assert doc(text, meta=meta).anime_title == "Lantern Deep: The Ember Village"


def test_a_show_whose_name_holds_a_colon_called_a_later_season_keeps_its_whole_name() -> None:
    # "<Show>: <Tagline> – <Arc>, Episode 6": the page calls the whole name's season a later
    # one, so the show is the whole name, not the head before its first colon
    text = (
        "Lantern Deep: Ember and Ash – The Warden Trial Arc, Episode 6 Review\n\n"
        "This is the first time the second season of Lantern Deep: Ember and Ash has felt "
        "as sharp as the first.\n\n"
        "The keeper's daughter climbs down past the fourth layer. It is lovely.\n\n"
        "Verdict: 8/10\n"
    )
    assert doc(text).anime_title == "Lantern Deep: Ember and Ash"


def test_a_numbered_name_before_a_colon_with_no_later_season_said_stays_whole() -> None:
    # "Zom 100"-like: a show whose own name has a number, a colon and a subtitle
    text = _SUBTITLED_SEASON_POST.replace("Lantern Deep:", "Lantern Deep 100:")
    meta = PageMeta(title=None, description="Our full-season verdict.")
    assert doc(text, meta=meta).anime_title == "Lantern Deep 100: The Ember Village"


def test_a_chat_posts_headline_of_a_name_a_dash_and_its_episode_names_the_show() -> None:
    # a workplace chat's export: its header, a message naming the show, then a message
    # whose first line is the post's headline, the name and its episode after a dash
    text = (
        "#shows | Example Co. Chat\nCopied from the channel\n\n"
        "Dana Reyes  8:02 AM\nour Tide Lantern thread for this week, spoilers inside\n\n"
        "Dana Reyes  8:10 AM\n"
        "Tide Lantern – episode 17 thoughts (Shio no Akari, back from the break)\n\n"
        "The keeper climbs the stairs and the fog rolls in over the bay.\n\n"
        f"{BODY}"
    )
    parsed = doc(text)
    assert (parsed.anime_title, parsed.episode) == ("Tide Lantern", 17)


def test_a_later_seasons_heading_with_a_dash_leaves_the_show_to_its_other_name() -> None:
    # a letter's feature headed by a later season's romanised name and its episode, glossed
    # below with the known anime's name: the heading gives no new anime
    text = (
        "Slow Letter #12 — Shio no Akari 2nd Season, ep 17 (plus: the rest of my week)\n\n"
        "THE SLOW LETTER\n\nIssue #12\n\nHi all,\n\n"
        "SHIO NO AKARI 2ND SEASON — EPISODE 17\n"
        "(a.k.a. Tide Lantern Season 2, Episode 5 on the streaming site's numbering)\n\n"
        "The keeper climbs the stairs and the fog rolls in over the bay.\n\n"
        f"{BODY}"
    )
    assert doc(text, known_anime=["Tide Lantern"]).anime_title == "Tide Lantern"


_POST_HEADLINE = "I did not expect to care this much about a rowing club - first impressions\n\n"


@pytest.mark.parametrize(
    ("opening", "anime"),
    [
        ("So I started **Tidewater** (Shio no Michi) on a whim last week.", "Tidewater"),
        ("Gave *Tidewater* (Shio no Michi, as the manga calls it) three episodes.", "Tidewater"),
        ("Gave **Shio no Michi** (Tidewater) three episodes and I'm hooked.", "Shio no Michi"),
    ],
)
def test_a_show_introduced_in_emphasis_with_its_romanised_title_is_a_new_anime(
    opening: str, anime: str
) -> None:
    # a community's post headlined with a sentence: the show is named once, under both names
    text = f"{_POST_HEADLINE}{opening} The rowing scenes are gorgeous.\n\nScore: 8/10\n"
    assert doc(text).anime_title == anime


@pytest.mark.parametrize(
    "opening",
    [
        # a character's credit: an actor's name has no particle
        "So **Mirei** (Akari Kitano) carries the whole premiere.",
        # an aside in brackets, no name
        "So I started **Tidewater** (on a whim) last week.",
    ],
)
def test_an_emphasised_name_without_a_romanised_title_beside_it_names_no_anime(
    opening: str,
) -> None:
    text = f"{_POST_HEADLINE}{opening} The rowing scenes are gorgeous.\n\nScore: 8/10\n"
    assert "could not tell which anime" in reason(text)


def test_a_letters_contents_labelling_its_feature_names_the_show_over_one_its_news_names() -> None:
    # a club's letter: a masthead, a contents list whose numbered item labels the feature,
    # news naming a known show in passing, then the feature, which names its show again
    text = (
        "THE LANTERN POST — Issue 9\n\n"
        "Riverside Film & Anime Club\nWeek 3\n\n"
        "CONTENTS\n1. Club news\n2. First Impressions: Paper Kites\n3. Odds and ends\n\n"
        "1. CLUB NEWS\n\n"
        "We watched three episodes of Night Harbor on Friday and ran out of crisps.\n\n"
        "2. FIRST IMPRESSIONS: PAPER KITES (Episode 1)\n\n"
        "Paper Kites opens on a rooftop in the rain, and the girl with the kites never "
        "says a word. Paper Kites knows exactly what it is doing with silence.\n\n"
        "Grade: B+\n"
    )
    assert doc(text, known_anime=["Night Harbor"]).anime_title == "Paper Kites"


def test_a_descriptions_first_impressions_label_names_the_show_the_lede_says_again() -> None:
    # a magazine's first look under a sentence headline: its description labels the show,
    # running on into a sentence; the closing paragraph compares a known show's new season
    meta = PageMeta(
        title="Nobody Gets Off This Train",
        description="First impressions: Night Line: Last Stop turns a commute into a ghost story.",
    )
    text = (
        "Nobody Gets Off This Train\n\n"
        "Every ghost story needs a house. Night Line: Last Stop (Shuuden no Yuurei) needs "
        "only a carriage and a tired office worker who falls asleep past his station.\n\n"
        "The premiere takes its time, and the empty platforms are beautifully lit.\n\n"
        "The conductor never shows his face, which is the right call.\n\n"
        "The score is mostly a single cello, and it is enough.\n\n"
        "In a season led by Night Harbor's second season, it is the oddest thing airing.\n\n"
        "Grade: B\n"
    )
    parsed = doc(text, meta=meta, known_anime=["Night Harbor"])
    assert parsed.anime_title == "Night Line: Last Stop"


def test_a_label_whose_words_the_text_never_says_again_names_no_show() -> None:
    # "Review: This week was a slog" labels a sentence, not a name the text repeats
    text = (
        "Weekly notes\n\n"
        "Review: This week was a slog\n\n"
        "We watched three episodes of Night Harbor on Friday and it dragged.\n\n"
        "Grade: C\n"
    )
    assert doc(text, known_anime=["Night Harbor"]).anime_title == "Night Harbor"


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        ("Spreadsheets be gone: first impressions of Ledger Nine", "Ledger Nine"),
        ("Spreadsheets be gone — my review of Ledger Nine Episode 3", "Ledger Nine"),
        ("First impressions of Ledger Nine episode 1", "Ledger Nine"),
        ("Thoughts on Ledger Nine's premiere", "Ledger Nine"),
        (
            "Spreadsheets be gone: first impressions of Ledger Nine: Dead Reckoning",
            "Ledger Nine: Dead Reckoning",
        ),
        # the words before the label are the show's own name, which the opening says
        ("Ledger Nine — first impressions of Mika", "Ledger Nine"),
        # ...or a pattern of their own, the label's words an episode's title
        ("Ledger Nine Episode 3 — review of The Long Audit", "Ledger Nine"),
    ],
)
def test_a_name_after_a_label_of_what_the_text_is_of_is_the_show(title: str, anime: str) -> None:
    # a subject line's pun before "first impressions of <Name>": the pun is no show's name
    opening = "Ledger Nine follows an accountant named Mika through the end of the world."
    assert name_in_pattern(title, opening) == anime


@pytest.mark.parametrize(
    "title",
    [
        "Ledger Nine: first thoughts on the premiere",
        "Ledger Nine: review of Episode 3",
        "Ledger Nine — final thoughts on Season 2",
    ],
)
def test_a_label_of_what_names_no_show_leaves_the_name_before_it(title: str) -> None:
    opening = "Ledger Nine follows an accountant named Mika through the end of the world."
    assert name_in_pattern(title, opening) == "Ledger Nine"


def test_a_subjects_short_name_takes_the_subtitle_its_letters_feature_heading_gives() -> None:
    # an e-mail's pun subject names the show short after its label; the letter's greeting
    # names a known show's second season in passing; the framed feature heading below gives
    # the new show's whole name, subtitle and all, before the feature says its short name
    text = (
        "From: The Weekly Reel <hi@weeklyreel.example>\n"
        "Subject: Spreadsheets be gone: first impressions of Ledger Nine\n"
        "Date: Mon, 3 Jun 2024 08:00:00 +0000\n\n"
        "THE WEEKLY REEL — Issue 40\n\n"
        "Hello again, reelers.\n\n"
        "Housekeeping: the poll on the season's biggest show went to Night Harbor's second "
        "season by a mile. Today is all about one premiere instead.\n\n"
        "=====================================================\n"
        "FIRST IMPRESSIONS: Ledger Nine: Dead Reckoning (episode 1)\n"
        "=====================================================\n\n"
        "Ledger Nine follows an accountant who treats the end of the world as a holiday.\n\n"
        "The colours are loud, the jokes are louder, and it mostly works.\n\n"
        "My score for the premiere: 8/10\n"
    )
    assert doc(text, known_anime=["Night Harbor"]).anime_title == "Ledger Nine: Dead Reckoning"


_DIGEST = (
    "From: The Sunday Reel <letters@sundayreel.example>\n"
    "Subject: Issue #12 — Kites land, Night Harbor keeps winning, and your letters\n"
    "Date: Sun, 2 Jun 2024 08:00:00 +0000\n\n"
    "THE SUNDAY REEL\nIssue #12 · June 2, 2024\n\n"
    "{heading}\n\n"
    "So that is that. I have written about Paper Kites every week since spring, and the "
    "last episode finally lets the quiet girl speak.\n\n"
    "The animation holds up, and the ending earns its tears.\n\n"
    "I'm giving it a 7/10.\n\n"
    "2. QUICK HITS\n\n"
    "Night Harbor had another strong week.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "1. PAPER KITES: THE FINALE",
        "1) Paper Kites Episode 12 Review",
        "== FIRST IMPRESSIONS: Paper Kites ==",
    ],
)
def test_a_letters_feature_heading_outweighs_a_known_show_its_subject_lists_in_passing(
    heading: str,
) -> None:
    # the subject lists the issue's stories, one a known show with no episode or kind after
    # it; the numbered or labelled feature heading names the show with what the feature is
    text = _DIGEST.format(heading=heading)
    parsed = doc(text, known_anime=["Night Harbor", "Paper Kites"])
    assert parsed.anime_title == "Paper Kites"


@pytest.mark.parametrize(
    "heading",
    [
        "1. PAPER KITES",  # a section named after a show, no episode or kind
        "1. Quick hits: Paper Kites, Night Harbor",
    ],
)
def test_a_heading_that_is_no_features_leaves_the_known_show_the_subject_names(
    heading: str,
) -> None:
    text = _DIGEST.format(heading=heading)
    parsed = doc(text, known_anime=["Night Harbor", "Paper Kites"])
    assert parsed.anime_title == "Night Harbor"


_SUMMARIZED = (
    "<html><head><title>The Lighthouse Keeper Finally Blinks</title>"
    '<meta property="og:title" content="The Lighthouse Keeper Finally Blinks">'
    '<meta property="og:description" content="{summary}">'
    "</head><body><article><h1>The Lighthouse Keeper Finally Blinks</h1>"
    "<p>Every season has a loud show and a quiet one. Harbor Lights was last year's quiet "
    "one, and Night Harbor was last year's loud one, and I still argue about which aged "
    "better with anyone who will listen.</p>"
    "<p>The fifth episode is where Pikapikadon finds its feet. The chase through the market "
    "is the best sequence of the season so far, and the pair at its centre earn it.</p>"
    "<p>I'm giving it a 8/10.</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("summary", "anime"),
    [
        ("PIKA PIKA DON Episode 5 review: the chase steals the week.", "Pikapikadon"),
        ("Pikapikadon Episode 5 review: the chase steals the week.", "Pikapikadon"),
        ("The chase steals the week, and the pair earns it.", "Harbor Lights"),
    ],
)
def test_a_known_show_the_summary_opens_with_outweighs_shows_the_text_compares_first(
    summary: str, anime: str
) -> None:
    # a headline naming no show, over a review comparing the show first with known ones
    page = read_page(_SUMMARIZED.format(summary=summary).encode(), name="review.html")
    known = ["Harbor Lights", "Night Harbor", "Pikapikadon"]
    parsed = parse_document(page.text, meta=page.meta, known_anime=known)
    assert parsed.anime_title == anime


def test_new_anime_renamed_in_a_heading_restating_the_episode() -> None:
    # a blog heads its post with the show's nickname and its article with the name it was
    # released under, restating the episode; a paragraph says the two names together
    text = (
        "Hanaten Ep. 7: Sora Burns the Bread\n\n"
        "The Baker Who Fell From Heaven Episode 7 Review\n\n"
        "Hanaten is what everyone online calls The Baker Who Fell From Heaven, and I will "
        "too. This week Sora opens the shop alone and it goes about as well as you'd think.\n\n"
        f"{BODY}"
    )
    assert doc(text).anime_title == "The Baker Who Fell From Heaven"


def test_new_anime_heading_of_another_episode_is_not_its_name() -> None:
    # a heading naming another show at another episode renames nothing
    text = (
        "Hanaten Ep. 7: Sora Burns the Bread\n\n"
        "The Baker Who Fell From Heaven Episode 3 Review\n\n"
        "Hanaten is what everyone online calls The Baker Who Fell From Heaven, and I will "
        "too. This week Sora opens the shop alone and it goes about as well as you'd think.\n\n"
        f"{BODY}"
    )
    assert doc(text).anime_title == "Hanaten"


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        # a fans' short name keeping the lower-case "x" of the name's "x" between its initials
        ("KxL S2 Ep 4 (Episode 16) — The Long Lunch", "Knight x Lantern"),
        ("KxL Episode 4 Review", "Knight x Lantern"),
    ],
)
def test_a_short_name_keeping_the_names_x_is_the_known_anime_the_opening_writes_out(
    title: str, anime: str
) -> None:
    text = (
        f"# {title}\n\n"
        "*Weekly notes on Knight x Lantern, its second season.*\n\n"
        f"The show looks great this week and the music is loud. {BODY}"
    )
    assert doc(text, known_anime=["Knight x Lantern"]).anime_title == "Knight x Lantern"


_WIKI_EPISODE_PAGE = (
    "Episode 4\n\n"
    '"{lead}\n\n'
    "Synopsis\n\n"
    "The harbour fills with fog, and the keeper's apprentice climbs the tower alone for the "
    "first time while the old keeper sleeps off a fever.\n\n"
    "Summary\n\n"
    "The episode opens at dawn. The apprentice counts the lamps twice, loses the key to the "
    "oil store and finds it in the cat's basket after the bells have rung."
)


def test_a_wiki_episode_pages_lead_names_the_anime_its_episode_is_of() -> None:
    # a fan wiki's episode page: its title is only "Episode 4", the lead sentence says whose
    lead = 'The Lantern Keeper" is the fourth episode of the Tidewater Bells anime series.'
    parsed = doc(_WIKI_EPISODE_PAGE.format(lead=lead))
    assert parsed.anime_title == "Tidewater Bells"


def test_a_lead_calling_an_episode_the_best_of_a_season_names_no_anime() -> None:
    lead = 'The Lantern Keeper" is the best episode of the whole anime season, I think.'
    assert "could not tell which anime" in reason(_WIKI_EPISODE_PAGE.format(lead=lead))


def _episodic_blog_post(category: str) -> bytes:
    return (
        "<html><head><title>Kaze no Tomoshibi wa Kienai – 05</title></head><body><article>"
        "<h1>Kaze no Tomoshibi wa Kienai – 05</h1><div class='entry-content'>"
        "<p>Kazetomo keeps doing the thing it does best: a small town, a lamp that will not go "
        "out, and a girl who talks to it when nobody is listening. This week the festival "
        "finally arrives and the whole street gets to see what she has been hiding.</p>"
        "<p>The second half is a long walk home in the rain, almost without a word, and the "
        "music carries it. I liked it more than last week's episode by some way.</p></div>"
        "<footer class='entry-footer'><span class='cat-links'>Posted in "
        f"<a href='https://blog.example/category/c/' rel='category tag'>{category}</a>, "
        "<a href='https://blog.example/category/spring/' rel='category tag'>Spring 2025</a>"
        "</span></footer></article></body></html>"
    ).encode()


def test_an_episodic_blogs_title_name_is_the_anime_when_the_post_is_filed_under_it() -> None:
    # "<Romanised Name> – 05" over a text that only says a short name for the show: the blog
    # files the post under the show's name, which the title writes the same
    page = read_page(_episodic_blog_post("Kaze no Tomoshibi wa Kienai"), name="post.html")
    assert page.meta is not None
    parsed = parse_document(page.text, meta=page.meta)
    assert parsed.anime_title == "Kaze no Tomoshibi wa Kienai"


def test_an_episodic_blogs_title_name_filed_under_another_category_names_no_anime() -> None:
    page = read_page(_episodic_blog_post("Currently Airing"), name="post.html")
    assert page.meta is not None
    with pytest.raises(IngestError, match="could not tell which anime"):
        parse_document(page.text, meta=page.meta)


_SCREEN_LOG_TAKES = (
    "Sunday Screen Log (week 11)\n\n"
    "Short notes first, then the one that earned a proper write-up.\n\n"
    "=== SHORT NOTES ===\n\n"
    "Spy x Family - Anya's exam jokes landed again.\nNothing to add, a good week.\n\n"
    "Blue Lock - The match dragged, though the last goal was fun.\nStill watching.\n\n"
    "Vinland Saga - Quiet farm episode.\nI liked it more than most of you did.\n\n"
)


@pytest.mark.parametrize(
    ("heading", "known", "anime"),
    [
        ("Kaiju Diner - Episode 6", ["Spy x Family", "Vinland Saga", "Kaiju Diner"], "Kaiju Diner"),
        ("Kaiju Diner, Episode 6", ["Spy x Family", "Vinland Saga"], "Kaiju Diner"),
    ],
)
def test_a_roundups_full_review_heading_beats_the_shows_its_quick_takes_name(
    heading: str, known: list[str], anime: str
) -> None:
    # a weekly "what I watched" post: quick takes on known shows first, then a label line
    # over the one show it reviews in full, named with its episode under it
    text = (
        _SCREEN_LOG_TAKES + "=== MAIN REVIEW ===\n\n" + f"{heading}\n\n"
        # (the text hard-wrapped, a line break inside the name)
        "So this is why I kept this one for last: the sixth episode of Kaiju\n"
        "Diner finally lets the cook talk back to the monster, the best scene yet.\n\n"
        f"{BODY}"
    )
    parsed = doc(text, known_anime=known)
    assert parsed.anime_title == anime
    assert parsed.episode == 6
    assert parsed.kind is DocumentKind.EPISODE_REVIEW


def test_a_roundups_full_review_heading_its_text_never_says_again_is_not_taken() -> None:
    # the heading's name must be the show the review under it goes on to talk about
    text = (
        _SCREEN_LOG_TAKES + "=== MAIN REVIEW ===\n\nKaiju Diner - Episode 6\n\n"
        "So this is why I kept this one for last: the cook finally talks back.\n\n"
        f"{BODY}"
    )
    assert doc(text, known_anime=["Blue Lock"]).anime_title != "Kaiju Diner"


def test_a_podcasts_name_in_the_title_yields_to_the_known_anime_its_opening_names() -> None:
    # a podcast transcript headed by the programme's name and its own episode number
    text = (
        "THE KETTLE HOUR — Episode 41 transcript\n"
        "Dandadan Season 2, Episode 3\n"
        "Host: Jo Bloggs\n\n"
        "[00:00] JO: Welcome back to the Kettle Hour. Today it's Dandadan season two, episode"
        " three.\n\n[00:20] JO: It keeps topping itself, honestly."
    )
    assert doc(text, known_anime=["Dandadan"]).anime_title == "Dandadan"


@pytest.mark.parametrize(
    "title",
    [
        "The Next Mob Psycho 100? Lantern Alley Episode 4 Review",
        "Mob Psycho 100 fans will love Lantern Alley Episode 4 Review",
        "Mob Psycho 100 fans, here is your weekly fix: Lantern Alley episode 4",
    ],
)
def test_a_known_anime_the_headline_compares_first_yields_to_the_name_its_marker_follows(
    title: str,
) -> None:
    text = (
        f"# {title}\n\n"
        "Everyone keeps comparing Lantern Alley to Mob Psycho 100, and I get it: a shy kid "
        "with powers and a mentor who is mostly talk.\n\n"
        "Episode 4 spends its time on the night market, and it is lovely.\n"
    )
    parsed = doc(text, known_anime=["Mob Psycho 100"])
    assert parsed.anime_title == "Lantern Alley"


@pytest.mark.parametrize(
    "title",
    [
        "Erster Eindruck: Mob Psycho 100 Staffel 3 (Geister) – Folge 2 (Episode 27 gesamt)",
        "Mob Psycho 100 Temporada 3 (Espíritus) – Episodio 2 (episodio 27 en total)",
        "Mob Psycho 100 Stagione 3 – Episodio 2: recensione",
        "Mob Psycho 100 – Folge 27 (Staffel 3)",
    ],
)
def test_a_known_anime_before_a_season_in_the_sites_language_is_the_anime(title: str) -> None:
    # a non-English site's English edition writes the season's or episode's word in its own
    # language after the known name: the name is the anime, not the episode's label after it
    text = (
        f"# {title}\n\n"
        "Mob Psycho 100 is back. Folge 2, Episodio 2, Episode 2 of the third season is episode "
        "27 of the whole show, and it starts quietly, with the club and a long walk home.\n\n"
        "The fights come later; this one is all talk, and good talk.\n"
    )
    parsed = doc(text, known_anime=["Mob Psycho 100"])
    assert parsed.anime_title == "Mob Psycho 100"


def test_an_unknown_name_before_an_episode_in_the_sites_language_is_no_new_anime() -> None:
    # the same word after a name the catalog does not know (the show's romanised name) marks
    # nothing: the known anime the opening names is the anime
    text = (
        "# Minato no Akari – Episodio 4: recensione\n\n"
        "Harbour Lights, as the English release calls it, reaches its fourth episode, and "
        "the lighthouse keeper finally tells the girls why the lamp went dark.\n\n"
        "Voto: 7 su 10.\n"
    )
    parsed = doc(text, known_anime=["Harbour Lights"])
    assert parsed.anime_title == "Harbour Lights"


def test_a_known_anime_before_its_own_arc_in_the_headline_is_still_the_anime() -> None:
    text = (
        "# Mob Psycho 100: Claw Arc Episode 4 Review\n\n"
        "The Claw Arc keeps escalating, and Mob Psycho 100 is at its best here.\n\n"
        "Episode 4 is all fights.\n"
    )
    parsed = doc(text, known_anime=["Mob Psycho 100"])
    assert parsed.anime_title == "Mob Psycho 100"


_WRAP_UP_LETTER = (
    "# Harbour Notes — Issue #12: Autumn Catch-Ups\n\n"
    "*A monthly letter about the shows I watched too late at night.*\n\n"
    "Hello again,\n\n"
    "Autumn is over and this issue is one long look back at a single show. Next time I get "
    "to the spring slate you asked for (Blue Lock is not back yet, patience).\n\n"
    "{heading}\n\n"
    "**12 episodes · finished in November**\n\n"
    "Paper Kite took a while to find its feet, and by the end it flew. Hana's arc in "
    "particular grew into something I did not expect.\n\n"
    "**Grade: B+**\n"
)


@pytest.mark.parametrize(
    "heading",
    ["## Paper Kite — season wrap-up", "Paper Kite – season review", "Paper Kite - series wrap-up"],
)
def test_a_letters_feature_heading_names_its_show_before_a_dash_and_a_label(heading: str) -> None:
    # a newsletter whose masthead names no anime: the feature's heading, "<Name> — season
    # wrap-up", names what the issue is about, over a known anime its greeting names in
    # passing (a future issue's)
    text = _WRAP_UP_LETTER.format(heading=heading)
    parsed = doc(text, known_anime=["Paper Kite", "Blue Lock"])
    assert parsed.anime_title == "Paper Kite"


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        ("Film Review · Lanterns of Westmoor Episode 6 Review", "Lanterns of Westmoor"),
        ("Anime Recap | Glass Harbor Season 2 Episode 4", "Glass Harbor"),
        ("Glass Harbor Review | Episode 4", "Glass Harbor"),
    ],
)
def test_a_section_label_before_the_shows_own_pattern_is_not_its_name(
    title: str, anime: str
) -> None:
    # a site's kicker "<Section> Review · <Name> Episode 6 Review": the label's kind word,
    # closed by a separator, is not the show's marker; a bare episode after it still is
    assert name_in_pattern(title) == anime


def test_a_kicker_opening_the_text_over_a_pun_headline_names_the_new_anime() -> None:
    text = (
        "Salt in the Wound\n\n"
        "TV Review · Lanterns of Westmoor Episode 6 Review\n\n"
        "The lighthouse keeper's daughter finally climbs the stairs, and the show climbs with "
        "her. It is the best episode yet, and the quietest."
    )
    assert doc(text).anime_title == "Lanterns of Westmoor"


# --------------------------------------------------------------------------- round 94


def test_a_known_anime_glossed_by_the_romanised_name_and_the_fans_short_one_is_the_known() -> None:
    # a romanised headline; the text writes the store's English name, then in brackets the
    # romanised title and, after an "or", the fans' short form and who calls it so
    text = (
        "Shizuka na Kajuen Episode 9 Review: Pears Again\n\n"
        'The Quiet Orchard (Shizuka na Kajuen, or just "Kajuen" if you read the forums) is '
        "back after a week off.\n\nThe pears ripen and nothing else happens.\n"
    )
    assert doc(text, known_anime=["The Quiet Orchard"]).anime_title == "The Quiet Orchard"


def test_an_or_in_the_bracket_without_saying_who_calls_it_so_is_no_gloss() -> None:
    text = (
        "Shizuka na Kajuen Episode 9 Review: Pears Again\n\n"
        "Fans of The Quiet Orchard (Shizuka na Kajuen, or any other slow show) will like "
        "this one.\n\nThe pears ripen and nothing else happens.\n"
    )
    assert doc(text, known_anime=["The Quiet Orchard"]).anime_title == "Shizuka na Kajuen"


@pytest.mark.parametrize(
    ("known", "anime"),
    [
        # the romanised name in the headline, the aside labelling the known English title
        (["The Lantern Keepers"], "The Lantern Keepers"),
        # ...an English title the store does not know: the headline's name stays
        ([], "Chouchin Mamori"),
    ],
)
def test_a_known_anime_the_opening_labels_the_english_title(known: list[str], anime: str) -> None:
    text = (
        "Chouchin Mamori Episode 9 Review: Lights Out\n\n"
        "Another quiet week in the village, and I am not complaining.\n\n"
        "(English title: The Lantern Keepers. I stay with the Japanese one on this blog.)\n\n"
        f"{BODY}"
    )
    assert doc(text, known_anime=known).anime_title == anime


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        # the headline in both scripts, each with its own marker: the Latin letters' name
        ("灯籠の村 第5話 / The Lantern Village Episode 5 Review", "The Lantern Village"),
        ("灯籠の村 第5話 | The Lantern Village Ep 5 thoughts", "The Lantern Village"),
        # ...a headline in one script only keeps its name
        ("灯籠の村 第5話 感想", "灯籠の村"),
    ],
)
def test_a_headline_in_two_scripts_gives_the_name_in_latin_letters(title: str, anime: str) -> None:
    text = f"{title}\n\nThe lanterns are lit again this week, and the village is quiet.\n\n{BODY}"
    assert doc(text).anime_title == anime


def test_a_new_animes_short_name_before_a_dash_and_its_subtitle_is_kept() -> None:
    # "<Short:NAME> - <Subtitle> Season 2 Episode 4 Review": the text calls the show by the
    # short name before the dash and never by its subtitle, so both are the show's name
    title = "Ex:GATE - Walking the Borderlands Season 2 Episode 4 Review"
    opening = "Ex:Gate's second season finally opens the southern border this week."
    assert name_in_pattern(title, opening) == "Ex:GATE - Walking the Borderlands"
    # ...a site's name before the dash, which the text does not call the show, is dropped
    opening = "Walking the Borderlands finally opens the southern border this week."
    assert name_in_pattern(title, opening) == "Walking the Borderlands"
    # ...and so is a column's name the text says, before a show the text names too
    title = "Border Notes - Walking the Borderlands Episode 4 Review"
    opening = "Welcome to Border Notes. Walking the Borderlands opens the border this week."
    assert name_in_pattern(title, opening) == "Walking the Borderlands"


def test_a_lower_case_headlines_name_its_writer_capitalises_is_the_show() -> None:
    # a post in lower case whose headline names a new show, which its text writes with
    # capitals ("Tidewater is the one where …"): a writer who capitalises no sentence
    # capitalises a name, so a known anime a reblogger names further down is not the show
    text = (
        "tidewater episode 5 review (sorry it's long)\n\n"
        "ok so. Tidewater Episode 5. we need to talk about the lighthouse scene.\n\n"
        "for anyone not watching: Tidewater is the one where two keepers swap night shifts "
        "and never meet. it sounds slow and it is, gloriously.\n\n"
        "the storm finally arrives this week and the show lets the silence do the work.\n\n"
        "my score: 8/10, my highest for it so far.\n\n"
        "reblogged with: the lantern shot!! 10/10\n\n"
        "another reblog: adding this to my list after Paper Kite season 2 ends\n"
    )
    assert doc(text, known_anime=["Paper Kite"]).anime_title == "Tidewater"


def test_a_long_light_novel_name_before_its_season_and_what_the_page_is_is_a_new_anime() -> None:
    # "<Long Name> Season 2 – First Impressions": a long title written as a name, its
    # season's label, then the page's kind; no episode marker, still a clear pattern
    title = (
        "The Seven Lighthouses That Really, Truly, Honestly Want Me Home Season 2 – "
        "First Impressions (Episodes 1-2)"
    )
    opening = "The Seven Lighthouses is back for a second season, as loud as ever."
    assert name_in_pattern(title, opening) == (
        "The Seven Lighthouses That Really, Truly, Honestly Want Me Home"
    )
    # ...but a headline's long sentence before a season's label and no kind is not
    title = "Why I Think Every Show This Year Has Been Too Long Season 2"
    assert name_in_pattern(title, "") is None


def test_an_issue_number_or_words_around_a_dash_do_not_join_a_new_animes_name() -> None:
    # "118 - <Name> Episode 1 Review": the letter's issue number is no short name
    opening = "Issue 118 is here, and so is Walking the Borderlands."
    title = "118 - Walking the Borderlands Episode 1 Review"
    assert name_in_pattern(title, opening) == "Walking the Borderlands"


def test_the_known_anime_said_with_its_episode_outweighs_one_named_in_passing() -> None:
    # a column's headline names no show; its intro mentions last week's other show first,
    # then names this week's with the episode reviewed
    text = (
        "# [Sunday Notes] Nobody Sleeps Tonight\n\n"
        "Back again. Seven days ago it was a Blue Lock tangent, sorry about that. "
        "Tonight we return to the lighthouse: Paper Lantern Summer, Episode 6.\n\n"
        f"{BODY}"
    )
    known = ["Blue Lock", "Paper Lantern Summer"]
    assert doc(text, known_anime=known).anime_title == "Paper Lantern Summer"


@pytest.mark.parametrize(
    "title",
    [
        "The Third Episode of Lantern Keeper Is a Slow Burn",
        "The 5th Episode of The Lantern Keeper Finally Lands",
    ],
)
def test_a_headline_opening_with_which_episode_of_the_show_names_it(title: str) -> None:
    # "The <ordinal> Episode of <Name> <a sentence about it>": the name the opening says
    opening = "Weekly notes: Lantern Keeper and The Lantern Keeper, episode 3 and 5."
    name = "The Lantern Keeper" if "The Lantern" in title else "Lantern Keeper"
    assert name_in_pattern(title, opening) == name


def test_the_first_of_two_known_anime_a_versus_headline_sets_against_each_other() -> None:
    # "<A> vs. <B>? Episode 4 …": a versus column reviews its first show; the other, whose
    # name happens to be longer, is its foil
    text = (
        "# Lantern Hill vs. The Grey Orchard Saga? Episode 4 Answers a Different Question\n\n"
        f"{BODY}"
    )
    known = ["Lantern Hill", "The Grey Orchard Saga"]
    assert doc(text, known_anime=known).anime_title == "Lantern Hill"


@pytest.mark.parametrize(
    "title",
    [
        "From the Creators of The Grey Orchard Saga: Lantern Hill's Last Episode, Rated",
        "By the Team That Made The Grey Orchard Saga: Lantern Hill Ends, Sort Of",
    ],
)
def test_a_known_anime_in_a_lead_in_naming_its_makers_other_work_is_no_subject(
    title: str,
) -> None:
    # the makers' other (longer-named) work is the comparison; the show is the one after
    known = ["Lantern Hill", "The Grey Orchard Saga"]
    assert doc(f"# {title}\n\n{BODY}", known_anime=known).anime_title == "Lantern Hill"


@pytest.mark.parametrize(
    ("title", "known"),
    [
        ("Tetsuwan 28-gou ep 4 – my thoughts", "Tetsuwan No. 28"),
        ("Kyouryuu 9-go S2 ep 1 (ep 14 overall) review", "Kyoryu No. 9"),
        ("Kyōryū 9 gō episode 3 review", "Kyōryū No. 9"),
    ],
)
def test_a_romanised_number_counter_names_the_known_anime_numbered_in_english(
    title: str, known: str
) -> None:
    # fans' romanised name: "<Romaji> 9-gou" for the English title's "<Name> No. 9", its long
    # vowels doubled
    parsed = doc(f"{title}\n\n{BODY}", known_anime=[known])
    assert parsed.anime_title == known


_HARBOUR = Catalog(
    title="Harbour Lights",
    slug="harbour-lights",
    episode_count=12,
    characters=(
        CatalogCharacter(name="Mira Vance", aliases=(CatalogAlias(name="Mira"),)),
        CatalogCharacter(name="Otto Kessel", aliases=(CatalogAlias(name="Otto"),)),
        CatalogCharacter(name="Ines Haro", aliases=(CatalogAlias(name="Ines"),)),
    ),
)


def test_a_catalog_anime_under_a_name_of_its_own_is_known_by_its_cast() -> None:
    # a forum post names the show by its romanised title, never the catalog's; its cast
    # (one of them in full) says which show it is, so no new anime is made of that name
    text = (
        "Minato no Akari — Episode 6 impressions\n\n"
        "Mira finally stops running. Otto Kessel gets the best scene of the week, and Ines "
        "says more in one look than in the last three episodes.\n\n"
        f"{BODY}"
    )
    parsed = doc(text, catalogs=[_HARBOUR])
    assert parsed.anime_title == "Harbour Lights"
    assert parsed.episode == 6


@pytest.mark.parametrize(
    "cast",
    [
        # first names only: common names, no full one to tell the show by
        "Mira finally stops running. Otto gets the best scene, and Ines says more.",
        # one character in full, and no other: a comparison, not the show's cast
        "Its lead reminds me of Otto Kessel, and that is a compliment.",
        # the catalog anime named by its own name too: another show, compared with it
        "It does what Harbour Lights tried with Mira, Otto Kessel and Ines, only better.",
    ],
)
def test_a_new_anime_stays_new_without_enough_of_a_catalogs_cast(cast: str) -> None:
    text = f"Minato no Akari — Episode 6 impressions\n\n{cast}\n\n{BODY}"
    assert doc(text, catalogs=[_HARBOUR]).anime_title == "Minato no Akari"


@pytest.mark.parametrize(
    ("title", "anime"),
    [
        (
            "Glim 300: Diary of the Last Lighthouse Episode 2 Review",
            "Glim 300: Diary of the Last Lighthouse",
        ),
        (
            "Rook Vanta 88: Songs for the Hollow – Season 1 Review",
            "Rook Vanta 88: Songs for the Hollow",
        ),
    ],
)
def test_a_name_with_its_number_before_a_colon_is_kept(title: str, anime: str) -> None:
    # "<Name> 300: <Subtitle>": a name and its number before the colon, the opening saying
    # neither part, is the show's own title's head, not a column's label
    opening = "The keeper climbs the stairs again, and the sea is louder than ever."
    assert name_in_pattern(title, opening) == anime
    # ...while a diary's or a column's count before the colon is still dropped
    for count in ("Day 40", "Part 2", "Week 3", "Chapter 9"):
        assert name_in_pattern(f"{count}: Songs for the Hollow Episode 2 Review", opening) == (
            "Songs for the Hollow"
        )
    # ...and so is the head when the opening names the show by its subtitle alone
    said = "Songs for the Hollow is back, and louder."
    assert name_in_pattern("Glim 300: Songs for the Hollow Episode 2 Review", said) == (
        "Songs for the Hollow"
    )


def test_a_headline_of_only_a_name_and_its_episode_is_a_clear_pattern() -> None:
    # "<Name> – Episode 2", a notes page's heading: the name and its episode, each set apart,
    # and nothing else; a known anime its notes name further down, in passing, is not it
    text = (
        "# Glim 300: Diary of the Last Lighthouse – Episode 2\n\n"
        "*notes for the Friday stream*\n\n"
        "- the keeper climbs the stairs again\n- the fog scene is gorgeous\n\n"
        "score: 8/10\n\n"
        "## for the stream\n\n"
        "- ask chat who is watching Dandadan this season"
    )
    parsed = doc(text, known_anime=["Dandadan"])
    assert parsed.anime_title == "Glim 300: Diary of the Last Lighthouse"


def test_a_letters_feature_the_subject_names_beats_a_known_anime_in_its_greeting() -> None:
    # a newsletter's subject: its name and issue, then the feature's new show in passing
    # ("<Letter> #12 — <Show>, plus …"); the greeting thanks readers for replies about a known
    # anime, and the feature's heading names the new show in a clear pattern
    text = (
        "Subject: Lamp & Ink #12 — Copper Moth, plus the winter line-up\n"
        "From: Lamp & Ink <letters@lampink.example>\n\n"
        "LAMP & INK\nA letter about anime.\nIssue #12\n\n"
        "Hello again,\n\n"
        "Thanks to all who wrote in about the Blue Lock premiere. On to the review.\n\n"
        "COPPER MOTH SEASON 1 REVIEW: A QUIET MACHINE\n\n"
        "Copper Moth follows a repair robot through a city that has forgotten it.\n\n"
        "Score: 8/10"
    )
    assert doc(text, known_anime=["Blue Lock"]).anime_title == "Copper Moth"
    # a subject that does not name the feature's show: the greeting's known anime, as before
    other = text.replace("Copper Moth, plus", "notes, plus")
    assert doc(other, known_anime=["Blue Lock"]).anime_title == "Blue Lock"


# a review database's user review: its heading styles the show in capitals, its text calls the
# show by its lead's name alone
_USER_REVIEW = (
    "Covers the whole first season. Light spoilers.\n\n"
    "Mira Hollis (Kana Ueda) keeps the lighthouse, and the sea keeps sending her visitors.\n\n"
    "Mira carries the show, and the quiet episodes are the best ones.\n\n"
    "Overall: 80/100\n"
)


def test_a_user_review_heading_the_summary_names_in_the_clear_pattern_names_the_show() -> None:
    # the heading's name in the show's styling ("LANTERN STREET") and the reviewer's summary
    # opening "<Name> Season 1 Review: …" agree: the show, as the reviewer writes it
    meta = PageMeta(
        title="Review of LANTERN STREET by mossy_owl",
        description="Lantern Street Season 1 Review: quiet, kind and a little too slow",
    )
    parsed = doc(_USER_REVIEW, meta=meta)
    assert parsed.anime_title == "Lantern Street"


@pytest.mark.parametrize(
    "description",
    [
        # the summary's pattern names another show: the two do not agree
        "Harbour Lights Season 1 Review: quiet, kind and a little too slow",
        # the summary names the show with no pattern saying what the page is
        "Lantern Street is quiet, kind and a little too slow",
        # no summary at all
        None,
    ],
)
def test_a_user_review_heading_without_the_summary_agreeing_names_nothing(
    description: str | None,
) -> None:
    meta = PageMeta(title="Review of LANTERN STREET by mossy_owl", description=description)
    assert "could not tell which anime" in reason(_USER_REVIEW, meta=meta)


# --------------------------------------------------------------------------- round 116

# an e-mailed letter whose subject is a question naming no anime in a clear pattern, its
# feature's heading "<NAME> — FIRST IMPRESSIONS (EPISODES 1–3)" below the greeting, and a list
# of the other shows watched (known anime) after the feature
_FIRST_LOOK_LETTER = (
    "Subject: Three episodes in: is Paper Kite worth your evening?\n"
    "From: The Porch Letter <hello@porch.example>\n\n"
    "THE PORCH LETTER\nIssue #40 · one show at a time\n\n"
    "Hi friends,\n\n"
    "A reader finally talked me into it, so this week is my Paper Kite first look.\n\n"
    "{heading}\n\n"
    "Hana flies her kite over the harbour and the show takes its time with her.\n\n"
    "MY SCORE: 3.5/5\n\n"
    "WHAT ELSE I WATCHED\n"
    "• Blue Lock ep 20 — loud and fun. (4/5)\n"
    "• Dandadan rewatch — still great.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "PAPER KITE — FIRST IMPRESSIONS (EPISODES 1–3)",
        "Paper Kite – first impressions [eps 1-3]",
        "Paper Kite, first impressions (episodes 1-3)",
        "PAPER KITE — FIRST IMPRESSIONS",
    ],
)
def test_a_letters_heading_naming_its_show_and_label_with_its_episodes_in_brackets(
    heading: str,
) -> None:
    # "<Name> — <label> (<episodes>)": the episodes it covers in brackets after the label
    # still leave the line the feature's heading, over the known anime listed after it
    parsed = doc(_FIRST_LOOK_LETTER.format(heading=heading), known_anime=["Blue Lock", "Dandadan"])
    assert parsed.anime_title == "Paper Kite"


# a Markdown letter under a masthead whose news items name known anime before the feature,
# headed by the show's romanised name, the aside under it giving the name the store knows
_GLOSSED_FEATURE_LETTER = (
    "# The Porch Letter #31 — Back to the Orchard\n\n"
    "*A weekly anime letter. [View in browser](#) · [Unsubscribe](#)*\n\n"
    "## In the news this week\n\n"
    "- **Blue Lock** fans, the film has a release date. More Isagi on a big screen.\n\n"
    "## First impressions: Shizuka na Kajuen Season 2\n\n"
    "{aside}\n\n"
    "The pears are back and so is the farmer's grumbling. The new season opens in the rain "
    "and the show is in no hurry.\n\n"
    "**My rating: ★★★★**\n"
)


@pytest.mark.parametrize(
    "aside",
    [
        "*(The Quiet Orchard in English. This covers the season two premiere, episode 14 "
        "overall.)*",
        "(The Quiet Orchard, as it is called in English; the season two premiere, episode 14 "
        "overall.)",
    ],
)
def test_a_letters_feature_heading_glossed_by_a_known_name_under_it_names_the_known(
    aside: str,
) -> None:
    # the heading labels the feature ("First impressions: <Romaji> Season 2"); the aside under
    # it opens with the store's name for the show: that anime, over a known anime the news
    # items before it name in passing
    text = _GLOSSED_FEATURE_LETTER.format(aside=aside)
    parsed = doc(text, known_anime=["The Quiet Orchard", "Blue Lock"])
    assert parsed.anime_title == "The Quiet Orchard"
    assert parsed.episode == 14


def test_an_aside_under_the_heading_naming_a_known_anime_for_another_reason_glosses_nothing() -> (
    None
):
    # "(<Known> fans, look away)": the known name opens the aside, but says nothing of the
    # heading's show
    text = _GLOSSED_FEATURE_LETTER.format(aside="*(The Quiet Orchard fans, look away now.)*")
    parsed = doc(text, known_anime=["The Quiet Orchard", "Blue Lock"])
    assert parsed.anime_title != "The Quiet Orchard"


# --------------------------------------------------------------------------- round 119

_ROMAJI_HEADLINE = '---\ntitle: "Tsuki no Minato Season 2 – First Impressions (Episodes 13–15)"\n'


@pytest.mark.parametrize(
    ("filed", "opening"),
    [
        # the site's series in emphasis, the headline's romanised name glossed after it
        (
            'series: "Night Harbor"',
            "Three episodes into the second season of *Night Harbor* (Tsuki no Minato, or "
            '"Minato" if you are in a hurry), and it is still lovely.',
        ),
        # the romanised name first, the site's name for the show given as its other one
        (
            "show: Night Harbor",
            "Tsuki no Minato (aka Night Harbor) is back for a second season, and it is lovely.",
        ),
        # a notes app's link, its season's words no part of the name; "aka" between the two
        (
            'series: "[[Night Harbor Season 2]]"',
            "Tsuki no Minato, aka Night Harbor, is back for a second season, and it is lovely.",
        ),
    ],
)
def test_the_front_matters_show_given_beside_the_titles_new_name_is_the_anime(
    filed: str, opening: str
) -> None:
    # a site files every post under its own name for the show, which its headline may write
    # romanised; the opening says the two are one show's names: the site's name is the anime
    text = f"{_ROMAJI_HEADLINE}{filed}\n---\n\n{opening}\n\nKato runs the ship. 8/10.\n"
    assert doc(text).anime_title == "Night Harbor"


def test_a_show_in_the_front_matter_not_given_as_the_titles_other_name_leaves_it() -> None:
    # a column's name in `series:`, which the opening says, but not as the show's other
    # name: the headline's stands
    text = (
        f'{_ROMAJI_HEADLINE}series: "Sunday Screenings"\n---\n\n'
        "This week on Sunday Screenings (our weekly column): Tsuki no Minato is back for a "
        "second season, and it is lovely.\n\n"
        "Kato runs the ship. 8/10.\n"
    )
    assert doc(text).anime_title == "Tsuki no Minato"


def test_a_known_anime_in_emphasis_glossed_with_the_titles_romanised_name_is_its_anime() -> None:
    # "*<Known>* (<Romaji>, …)": the emphasis's marks close the known name before the bracket
    text = (
        "# Tsuki no Minato Episode 5 Review\n\n"
        "Episode five of *Night Harbor* (Tsuki no Minato, to give it its original name) "
        "finally moves the harbour mystery along.\n\nKato runs the ship. 8/10.\n"
    )
    assert doc(text, known_anime=["Night Harbor"]).anime_title == "Night Harbor"


# --------------------------------------------------------------------------- round 124


@pytest.mark.parametrize(
    ("opening", "anime"),
    [
        # a newsletter's feature naming the franchise's entry whole before its episode
        (
            "This week's main feature is a review of Iron Choir Saga: The Tide Lantern Season "
            "2 Episode 3, which continues the count as episode 15.",
            "Iron Choir Saga: The Tide Lantern",
        ),
        # the subtitle without an article, after the episode the sentence names
        (
            "Episode 15 of Iron Choir Saga: Tide Lantern Season 2 is where the second cour "
            "finally gets going.",
            "Iron Choir Saga: Tide Lantern",
        ),
    ],
)
def test_a_new_anime_the_title_names_by_its_subtitle_is_the_full_name_the_opening_gives(
    opening: str, anime: str
) -> None:
    # the subject line shortens the franchise's entry to the subtitle after its colon
    title = "Subject: Choir Weekly #112 — Tide Lantern S2 Ep 3 (episode 15)"
    assert doc(f"{title}\n\n{opening}\n\n{BODY}").anime_title == anime


@pytest.mark.parametrize(
    "opening",
    [
        # a label opening its line before the name, not a franchise's
        "Verdict: Tide Lantern Episode 15 is the best of the season so far, and it shows.",
        "Short version\nOverall Verdict: Tide Lantern Episode 15 is the best one so far.",
        # the full form named in passing, with no episode's or season's marker after it
        "I keep thinking of Iron Choir Saga: The Tide Lantern as the better show of the two.",
    ],
)
def test_a_label_or_a_passing_name_before_the_titles_name_leaves_the_titles(
    opening: str,
) -> None:
    title = "Tide Lantern Episode 15 Review"
    assert doc(f"{title}\n\n{opening}\n\n{BODY}").anime_title == "Tide Lantern"


@pytest.mark.parametrize(
    ("opening", "anime"),
    [
        # the opening calls the words before the dash a column: the column's name, not the show's
        (
            "Night Shift is our weekly column on action anime. This season, it's Lantern.",
            "Lantern Keepers",
        ),
        ("Night Shift is a feature where we rank the fights. Lantern wins.", "Lantern Keepers"),
        # ...and says them as the show's short name otherwise, its subtitle after the dash
        (
            "Night Shift keeps getting darker, and the lanterns are out.",
            "Night Shift - Lantern Keepers",
        ),
        (
            "Night Shift is a series about a town that never sleeps.",
            "Night Shift - Lantern Keepers",
        ),
    ],
)
def test_a_columns_name_before_the_shows_in_a_headline_is_no_short_name(
    opening: str, anime: str
) -> None:
    assert name_in_pattern("Night Shift — Lantern Keepers Episode 3 Review", opening) == anime
