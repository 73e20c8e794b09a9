"""bot/ingest.py: reading, parsing, sentences and mentions.

Seed expectations come from the text of data/seeds/*.txt; synthetic documents are written
here, one per format or trap the parser must handle.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import paths
from bot.catalog import load_catalogs
from bot.ingest import (
    MAX_BYTES,
    IngestError,
    find_mentions,
    is_boilerplate,
    parse_document,
    read_document,
    split_sentences,
)
from bot.models import (
    Catalog,
    CatalogEpisode,
    DocumentKind,
    ParsedCharacter,
    ParsedDocument,
    SectionKind,
)

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "data" / "seeds"
FIRST_IMPRESSIONS = SEEDS / "000_795f6227bf50d81c.txt"
ANIME_REVIEW = SEEDS / "002_05acd5367272322e.txt"
RECAP_AND_REVIEW = SEEDS / "003_26f864859a59a1b2.txt"

BOILERPLATE_LINES = [
    "Watch Metallic Rouge on Crunchyroll",
    "Leave a comment",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    'Thumbnail for this review, with the text "Metallic Rouge Anime Review" overlayed',
    "·",
    "•",
    "-",
]


@pytest.fixture(scope="module")
def catalogs() -> list[Catalog]:
    return load_catalogs(paths.BUNDLED_CATALOGS)


def seed(path: Path, catalogs: list[Catalog] | None = None) -> ParsedDocument:
    return parse_document(read_document(path), source_name=path.name, catalogs=catalogs or ())


def doc(text: str, **kwargs: object) -> ParsedDocument:
    return parse_document(text, **kwargs)  # type: ignore[arg-type]


def reason(text: str, **kwargs: object) -> str:
    with pytest.raises(IngestError) as caught:
        parse_document(text, **kwargs)  # type: ignore[arg-type]
    return caught.value.reason


def stored_lines(parsed: ParsedDocument) -> list[str]:
    return [line for s in parsed.sections for line in s.text.split("\n")]


BODY = "The show looks great and the music is loud.\n\nThe characters are fun to watch."


# --------------------------------------------------------------------------- seed 000


@pytest.mark.parametrize("with_catalog", [False, True])
def test_first_impressions_seed(catalogs: list[Catalog], with_catalog: bool) -> None:
    parsed = seed(FIRST_IMPRESSIONS, catalogs if with_catalog else None)
    assert parsed.title == "Metallic Rouge – Ep. 1 (First Impressions)"
    assert parsed.kind is DocumentKind.FIRST_IMPRESSIONS
    assert parsed.anime_title == "Metallic Rouge"
    assert parsed.episode == 1
    assert parsed.score is None  # "25th anniversary" and friends are not scores
    assert parsed.source_name == FIRST_IMPRESSIONS.name
    (section,) = parsed.sections
    assert section.kind is SectionKind.REVIEW
    assert section.about_episode == 1
    assert section.spoiler is False  # it declares no spoilers
    assert section.text.startswith("I’ve had my eye on Metallic Rouge for some time")
    assert section.text.endswith(
        "worthy enough to commemorate its studio’s long and lucrative career."
    )


def test_first_impressions_seed_learns_the_cast() -> None:
    parsed = seed(FIRST_IMPRESSIONS)
    assert parsed.characters == (
        ParsedCharacter("Rouge", "Yume Miyamoto"),
        ParsedCharacter("Naomi", "Tomoyo Kurosawa"),
        ParsedCharacter("Viola", "Yu Shimamura"),
        ParsedCharacter("Joker", "Hiroyuki Yoshino"),
    )


def test_first_impressions_seed_drops_the_site_furniture() -> None:
    parsed = seed(FIRST_IMPRESSIONS)
    assert "Watch Metallic Rouge on Crunchyroll" not in parsed.text
    assert "Leave a comment" not in parsed.text
    assert "\xa0" not in parsed.title  # "First\xa0Impressions" in the file


# --------------------------------------------------------------------------- seed 002


@pytest.mark.parametrize("with_catalog", [False, True])
def test_anime_review_seed(catalogs: list[Catalog], with_catalog: bool) -> None:
    parsed = seed(ANIME_REVIEW, catalogs if with_catalog else None)
    assert parsed.title == "Metallic Rouge: Anime Review"
    assert parsed.kind is DocumentKind.SEASON_REVIEW
    assert parsed.anime_title == "Metallic Rouge"
    assert parsed.episode is None  # "the full 13 episodes" is a count, not an episode
    assert parsed.score is not None
    assert parsed.score.raw == "70 out of 100"  # "earns itself a respectable 70 out of 100"
    assert parsed.score.value == 70
    assert parsed.score.scale == 100
    assert parsed.score.score_100 == 70
    (section,) = parsed.sections
    assert section.kind is SectionKind.REVIEW
    assert section.spoiler is True  # "This review contains ... minor spoilers."
    # the season: 13 episodes, whether from the catalog or from "the full 13 episodes"
    assert section.about_episode == 13
    assert section.text.startswith("This review contains a Discord mod’s favourite kind of")
    assert section.text.endswith("as long as you aren’t thinking about it too hard.")


def test_anime_review_seed_drops_the_site_furniture() -> None:
    parsed = seed(ANIME_REVIEW)
    text = parsed.text
    for furniture in ("Akismet", "Leave a Reply", "Your email address", "Thumbnail for this"):
        assert furniture not in text
    assert "·" not in stored_lines(parsed)
    assert not any(is_boilerplate(line) for line in stored_lines(parsed))


def test_anime_review_seed_learns_no_fake_characters() -> None:
    # "(literally and figuratively)", "(parts)" and "Voiced by Tomoyo Kurosawa" are not casts
    assert seed(ANIME_REVIEW).characters == ()


# --------------------------------------------------------------------------- seed 003


@pytest.mark.parametrize("with_catalog", [False, True])
def test_recap_and_review_seed(catalogs: list[Catalog], with_catalog: bool) -> None:
    parsed = seed(RECAP_AND_REVIEW, catalogs if with_catalog else None)
    assert parsed.title == "Metallic Rouge – Season 1 Episode 1 Recap & Review"
    assert parsed.kind is DocumentKind.EPISODE_REVIEW
    assert parsed.anime_title == "Metallic Rouge"
    assert parsed.episode == 1
    assert parsed.episode_title == "Crimson Is The Sound of Dawn"
    assert parsed.score is None
    recap, review = parsed.sections
    assert recap.kind is SectionKind.RECAP
    assert recap.spoiler is True
    assert recap.about_episode == 1
    assert recap.text.startswith("Episode 1 of Metallic Rouge starts with")
    assert recap.text.endswith("The episode closes with the two wandering off somewhere.")
    assert "The Episode Review" not in recap.text
    assert "Crimson Is The Sound of Dawn" not in recap.text
    assert review.kind is SectionKind.REVIEW
    assert review.heading == "The Episode Review"
    assert review.about_episode == 1
    assert review.text.startswith("Studio Bones, the studio responsible")
    assert review.text.endswith("We’ll have to wait and see on that front though.")


def test_recap_and_review_seed_learns_no_fake_characters() -> None:
    # "(Fate Jaron)", "(Ms. Sara)", "(Kevin)" follow lower-case words; "(Nectar)", "(Alters)"
    # and "(a Nean researcher)" are not voice actors.
    assert seed(RECAP_AND_REVIEW).characters == ()


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seed_paragraphs_are_separated_by_one_blank_line(path: Path) -> None:
    parsed = seed(path)
    for section in parsed.sections:
        assert "\n\n\n" not in section.text
        assert section.text == section.text.strip()
        assert all(line == line.strip() for line in section.text.split("\n"))
        assert "\xa0" not in section.text


# --------------------------------------------------------------------------- episodes


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Show – Ep. 1 (First Impressions)", 1),
        ("Show Ep.2 Review", 2),
        ("Show Ep 12 Review", 12),
        ("Show Episode 1 Review", 1),
        ("Show – Season 1 Episode 1 Recap & Review", 1),
        ("Show Season 2 Episode 10 Review", 10),
        ("Show S1E3 Review", 3),
        ("Show S02E11 Review", 11),
        ("Show E01 Review", 1),
        ("Show #5 Review", 5),
        ("Show Episode Three Review", 3),
        ("Show [Episode 4] Review", 4),
    ],
)
def test_episode_formats(title: str, episode: int) -> None:
    parsed = doc(f"{title}\n\n{BODY}")
    assert parsed.episode == episode
    assert parsed.anime_title == "Show"


@pytest.mark.parametrize(
    "title",
    [
        "Show (2024) Anime Review",
        "Show: 25th Anniversary Special Review",
        "Show Review: all 13 episodes",
        "Show Review: 70 out of 100",
        "Show Review – 7/10",
        "Show Season 2 Review",
    ],
)
def test_numbers_that_are_not_episodes(title: str) -> None:
    assert doc(f"{title}\n\n{BODY}").episode is None


# --------------------------------------------------------------------------- scores


def scored(closing: str) -> ParsedDocument:
    opening = "I watched it this week. It has a lot going on.\n\n" + BODY
    return doc(f"Show Episode 2 Review\n\n{opening}\n\n{closing}")


@pytest.mark.parametrize(
    ("closing", "raw", "value", "scale"),
    [
        ("Overall it earns itself a respectable 70 out of 100.", "70 out of 100", 70, 100),
        ("Final verdict: 7/10", "7/10", 7, 10),
        ("I give it 8.5/10.", "8.5/10", 8.5, 10),
        ("It gets 4 out of 5 from me.", "4 out of 5", 4, 5),
        ("All told: 3.5/5 stars.", "3.5/5 stars", 3.5, 5),
        ("Score: 8/10", "8/10", 8, 10),
        ("Rating: 4/5", "4/5", 4, 5),
        ("I'd rate it 9/10, easily.", "9/10", 9, 10),
        ("I give it 0/10.", "0/10", 0, 10),
        ("Perfect: 10/10.", "10/10", 10, 10),
    ],
)
def test_score_formats(closing: str, raw: str, value: float, scale: float) -> None:
    parsed = scored(closing)
    assert parsed.score is not None
    assert (parsed.score.raw, parsed.score.value, parsed.score.scale) == (raw, value, scale)
    assert parsed.score.score_100 == round(value / scale * 100, 1)


@pytest.mark.parametrize(
    "closing",
    [
        "42% of readers voted 4/5 in our poll.",
        "In our reader poll it got 4/5.",
        "I wanted to give this anime the full 13 episodes.",
        "This was episode 3 of 12.",
        "I'm 3/12 episodes in.",
        "I've seen 4/5 episodes so far.",
        "Only 4 out of 5 episodes landed.",
        "We are at episode 4/10 of the season.",
        "It aired on 1/5 in Japan.",
        "Readers gave it 4/5 on average.",
        "It aired on 1/24 in Japan.",
        "The finale aired 2024/01/05.",
        "Posted 12/25/2023.",
        "It airs at 10:30 pm.",
        "About 1/2 of the cast is new.",
        "70 out of 100 people I asked liked it.",
        "The rating is 12/10 for hype.",  # above its scale
        "It was commissioned for the studio's 25th anniversary.",
    ],
)
def test_things_that_are_not_scores(closing: str) -> None:
    assert scored(closing).score is None


def test_the_verdict_wins_over_a_passing_fraction_and_a_poll() -> None:
    parsed = doc(
        "Show Episode 2 Review\n\n"
        "Readers voted 4/5 in last week's poll. The animation alone is 9/10 stuff.\n\n"
        f"{BODY}\n\n{BODY}\n\nFinal score: 6/10"
    )
    assert parsed.score is not None
    assert parsed.score.raw == "6/10"


def test_front_matter_score_overrides_the_text() -> None:
    parsed = doc(f"---\nscore: 4 out of 5\n---\nShow Episode 2 Review\n\n{BODY}\n\nScore: 6/10")
    assert parsed.score is not None
    assert (parsed.score.raw, parsed.score.value, parsed.score.scale) == ("4 out of 5", 4, 5)


# --------------------------------------------------------------------------- kinds & sections


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Show – Ep. 1 (First Impressions)", DocumentKind.FIRST_IMPRESSIONS),
        ("Show First Impressions", DocumentKind.FIRST_IMPRESSIONS),
        ("Show Episode 2 Recap & Review", DocumentKind.EPISODE_REVIEW),
        ("Show Episode 2 Recap and Review", DocumentKind.EPISODE_REVIEW),
        ("Show Episode 2 Recap", DocumentKind.RECAP),
        ("Show: Anime Review", DocumentKind.SEASON_REVIEW),
        ("Show Season Review", DocumentKind.SEASON_REVIEW),
        ("Show Series Review", DocumentKind.SEASON_REVIEW),
        ("Show Final Impressions", DocumentKind.SEASON_REVIEW),
        ("Show Review", DocumentKind.SEASON_REVIEW),
        ("Show Episode 2 Review", DocumentKind.EPISODE_REVIEW),
        ("Show Episode 2", DocumentKind.EPISODE_REVIEW),
    ],
)
def test_kind_from_the_title(title: str, kind: DocumentKind) -> None:
    assert doc(f"{title}\n\n{BODY}").kind is kind


RECAP_TEXT = "Episode 2 opens with Taro waking up.\n\nHe fights a dragon and wins."


@pytest.mark.parametrize(
    "heading", ["Review", "Our Review", "The Episode Review", "Verdict", "Final Thoughts"]
)
def test_a_review_heading_splits_recap_from_review(heading: str) -> None:
    parsed = doc(
        f"Show Episode 2 Recap & Review\n\n{RECAP_TEXT}\n\n{heading}\n\nIt was a fine episode."
    )
    recap, review = parsed.sections
    assert (recap.kind, recap.text, recap.spoiler) == (SectionKind.RECAP, RECAP_TEXT, True)
    assert (review.kind, review.heading) == (SectionKind.REVIEW, heading)
    assert review.text == "It was a fine episode."
    assert review.spoiler is False
    assert {recap.about_episode, review.about_episode} == {2}


def test_a_recap_only_document_is_one_spoiler_recap_section() -> None:
    parsed = doc(f"Show Episode 2 Recap\n\n{RECAP_TEXT}")
    (section,) = parsed.sections
    assert (section.kind, section.spoiler, section.text) == (SectionKind.RECAP, True, RECAP_TEXT)
    assert section.about_episode == 2


def test_a_review_without_a_heading_is_one_review_section() -> None:
    (section,) = doc(f"Show Episode 2 Review\n\n{BODY}").sections
    assert (section.kind, section.text, section.spoiler) == (SectionKind.REVIEW, BODY, False)


def test_a_verdict_heading_in_a_season_review_is_not_a_recap_split() -> None:
    parsed = doc(f"Show: Anime Review\n\n{BODY}\n\nVerdict\n\nGood show.")
    (section,) = parsed.sections
    assert section.kind is SectionKind.REVIEW
    assert section.text.endswith("Good show.")


@pytest.mark.parametrize(
    ("declaration", "spoiler"),
    [
        ("This review contains spoilers.", True),
        ("Minor spoilers ahead.", True),
        ("Spoiler warning: the ending is discussed.", True),
        ("This review contains a mod's favourite kind of spoilers – minor spoilers.", True),
        ("A spoiler-free review!", False),
        ("No spoilers here, promise.", False),
        ("There are no major spoilers in this review.", False),
        ("A plain opening line.", False),
    ],
)
def test_declared_spoilers(declaration: str, spoiler: bool) -> None:
    parsed = doc(f"Show: Anime Review\n\n{declaration}\n\n{BODY}")
    assert [s.spoiler for s in parsed.sections] == [spoiler]


def test_episode_title_line_is_not_body_text() -> None:
    parsed = doc(f"Show Episode 3 Review\n\nThe Long Night\n\n{BODY}")
    assert parsed.episode_title == "The Long Night"
    assert parsed.text == BODY


def test_a_spoiler_notice_under_the_title_is_not_the_episode_title() -> None:
    parsed = doc(f"Show Episode 3 Review\n\nSpoiler Warning\n\n{BODY}")
    assert parsed.episode_title is None
    assert parsed.sections[0].spoiler is True
    assert parsed.text.startswith("Spoiler Warning")


def test_a_sentence_under_the_title_is_body_text() -> None:
    parsed = doc(f"Show Episode 3 Review\n\nThis episode was a lot of fun.\n\n{BODY}")
    assert parsed.episode_title is None
    assert parsed.text.startswith("This episode was a lot of fun.")


def test_no_episode_title_without_an_episode() -> None:
    parsed = doc(f"Show: Anime Review\n\nThe Long Night\n\n{BODY}")
    assert parsed.episode_title is None
    assert parsed.text.startswith("The Long Night")


def test_paragraphs_collapse_blank_line_runs() -> None:
    parsed = doc("Show Episode 1 Review\n\n\n\n\nPara one\nline two   \n\n \n\n\nPara two\n\n")
    assert parsed.text == "Para one\nline two\n\nPara two"


# --------------------------------------------------------------------------- the anime


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


def test_catalog_episode_count_bounds_a_season_review(catalogs: list[Catalog]) -> None:
    parsed = doc(f"Metallic Rouge: Anime Review\n\nI liked episode 7.\n\n{BODY}", catalogs=catalogs)
    assert [s.about_episode for s in parsed.sections] == [13]


def test_season_review_without_catalog_is_about_the_last_episode_it_mentions() -> None:
    parsed = doc(f"Show: Anime Review\n\nEpisode 7 was fine and episode 12 was great.\n\n{BODY}")
    assert [s.about_episode for s in parsed.sections] == [12]


def test_season_review_that_mentions_no_episode() -> None:
    assert [s.about_episode for s in doc(f"Show: Anime Review\n\n{BODY}").sections] == [None]


@pytest.mark.parametrize("title", ["Episode 5 Review", "Review", "S1E3 – Recap & Review"])
def test_no_anime_name_is_an_error(title: str) -> None:
    assert reason(f"{title}\n\n{BODY}") == (
        "could not tell which anime this is; add `anime:` front matter"
    )


# --------------------------------------------------------------------------- front matter


def test_front_matter_overrides_detection(catalogs: list[Catalog]) -> None:
    parsed = doc(
        "---\n"
        "title: A Custom Title\n"
        "anime: metallic rouge\n"
        "episode: 7\n"
        "episode_title: Big Day\n"
        "kind: recap\n"
        "url: https://example.com/review\n"
        "author: Jane Doe\n"
        'published: "2024-01-05"\n'
        "unknown_key: is ignored\n"
        "---\n"
        "Frieren Episode 2 Review\n\n"
        f"{BODY}",
        catalogs=catalogs,
    )
    assert parsed.title == "A Custom Title"
    assert parsed.anime_title == "Metallic Rouge"  # matched to the catalog's spelling
    assert parsed.episode == 7
    assert parsed.episode_title == "Big Day"
    assert parsed.kind is DocumentKind.RECAP
    assert parsed.url == "https://example.com/review"
    assert parsed.author == "Jane Doe"
    assert parsed.published == "2024-01-05"
    assert [(s.kind, s.about_episode) for s in parsed.sections] == [(SectionKind.RECAP, 7)]
    assert "unknown_key" not in parsed.text
    assert "Frieren Episode 2 Review" in parsed.text  # not the title: front matter gave one


def test_front_matter_anime_not_in_a_catalog_is_taken_as_written() -> None:
    parsed = doc(f"---\nanime: Made Up Show\n---\nEpisode 4 Review\n\n{BODY}")
    assert (parsed.anime_title, parsed.episode) == ("Made Up Show", 4)


def test_front_matter_characters() -> None:
    parsed = doc(f"---\ncharacters: Taro (Ken Sato), Hanako\n---\nShow Episode 1\n\n{BODY}")
    assert parsed.characters == (ParsedCharacter("Taro", "Ken Sato"), ParsedCharacter("Hanako"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("episode: three", "front matter: episode must be a whole number"),
        ("episode: -1", "front matter: episode must be a whole number"),
        ("kind: blog post", "front matter: kind must be one of"),
        ("score: eleven", "front matter: score must look like"),
        ("score: 12/10", "front matter: score must look like"),
        ("url: ftp://example.com", "front matter: url must be an http(s) address"),
        ("title:", "front matter: title must not be empty"),
        ("anime: Show\nnot a key value line", "front matter: line 3 is not `key: value`"),
    ],
)
def test_invalid_front_matter(line: str, expected: str) -> None:
    assert reason(f"---\n{line}\n---\nShow Episode 1\n\n{BODY}").startswith(expected)


def test_unclosed_front_matter() -> None:
    assert reason(f"---\ntitle: x\nShow Episode 1\n\n{BODY}").startswith(
        "front matter: no closing '---' line"
    )


def test_a_leading_rule_that_is_not_front_matter_is_just_a_separator() -> None:
    parsed = doc(f"---\nShow Episode 1 Review\n---\n\n{BODY}")
    assert (parsed.title, parsed.episode, parsed.text) == ("Show Episode 1 Review", 1, BODY)


# --------------------------------------------------------------------------- characters


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


@pytest.mark.parametrize("line", BOILERPLATE_LINES)
def test_boilerplate_lines_are_recognised(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Rouge watches Naomi from the rooftop.",
        "Leave it to Naomi to save the day.",
        "Watch how Rouge handles the fight.",
        "The Episode Review",
        "- Rouge is the lead",
        "Comments from the director were candid.",
    ],
)
def test_prose_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_boilerplate_between_paragraphs_is_dropped_and_prose_kept() -> None:
    parsed = doc(
        "Show Episode 4 Review\n\nFirst paragraph.\n\n•\n\nWatch Show on HIDIVE\n\n"
        "Second paragraph.\n\nShare this:\n\nLeave a Reply\n"
    )
    assert parsed.text == "First paragraph.\n\nSecond paragraph."


# --------------------------------------------------------------------------- large inputs


def test_many_slashes_are_not_scores_and_do_not_hang() -> None:
    parsed = doc("Show Episode 1 Review\n\n" + "see 1/2/3 " * 20_000 + "\n\nScore: 8/10")
    assert parsed.score is not None
    assert parsed.score.raw == "8/10"


def test_a_long_cast_list_is_learned_once_per_name() -> None:
    names = [f"Hero{a}{b}" for a in "ABCDEFGHIJ" for b in "KLMNO"]  # 50 names
    body = " ".join(f"{names[i % 50]} Family (Kana Mori)." for i in range(5_000))
    parsed = doc(f"Show Episode 1 Review\n\n{body}")
    assert len(parsed.characters) == 50


# --------------------------------------------------------------------------- rejections


def test_only_boilerplate_is_rejected() -> None:
    text = "Show Episode 1 Review\n\n" + "\n\n".join(BOILERPLATE_LINES)
    assert reason(text) == "no text left after removing site boilerplate"


@pytest.mark.parametrize("text", ["", "   \n\n\t  "])
def test_empty_text_is_rejected(text: str) -> None:
    assert reason(text) == "empty document"


def test_a_title_alone_is_rejected() -> None:
    assert reason("Show Episode 1 Review\n") == "no text after the title"


def test_read_document_rejects_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert caught.value.reason == "empty file"


def test_read_document_rejects_whitespace(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \r\n\t\n")
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert caught.value.reason.startswith("empty file")


def test_read_document_rejects_binary(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert caught.value.reason == "binary file (contains NUL bytes)"


def test_read_document_rejects_bad_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café review".encode("latin-1"))
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert caught.value.reason.startswith("not UTF-8 text")


def test_read_document_rejects_a_large_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    size = MAX_BYTES + 1
    path.write_bytes(b"a" * size)
    with pytest.raises(IngestError) as caught:
        read_document(path)
    assert caught.value.reason == f"larger than 5 MB ({size} bytes)"


def test_read_document_accepts_exactly_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * MAX_BYTES)
    assert len(read_document(path)) == MAX_BYTES


def test_read_document_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as caught:
        read_document(tmp_path / "nope.txt")
    assert caught.value.reason == "file not found"


def test_read_document_strips_bom_and_normalises_newlines(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("\ufeffShow Episode 1\r\n\r\nBody.\rMore.".encode())
    assert read_document(path) == "Show Episode 1\n\nBody.\nMore."


# --------------------------------------------------------------------------- hashing


def test_crlf_and_lf_hash_the_same() -> None:
    lf = f"Show Episode 1 Review\n\n{BODY}\n"
    crlf = lf.replace("\n", "\r\n")
    trailing = lf.replace("\n", "   \n")
    assert doc(lf).content_hash == doc(crlf).content_hash == doc(trailing).content_hash
    assert re.fullmatch(r"[0-9a-f]{64}", doc(lf).content_hash)


def test_different_text_hashes_differently() -> None:
    assert (
        doc(f"Show Episode 1\n\n{BODY}").content_hash
        != doc(f"Show Episode 2\n\n{BODY}").content_hash
    )


def test_the_same_seed_read_twice_hashes_the_same() -> None:
    assert seed(ANIME_REVIEW).content_hash == seed(ANIME_REVIEW).content_hash


# --------------------------------------------------------------------------- sentences


def test_split_sentences_keeps_abbreviations_together() -> None:
    text = (
        "The reporter ties the Gladiator to Dr. Roy Junghardt’s murder. A female (Ms. Sara) "
        'asks for help. Mr. Smith said "Stop." Then he left... And then? Yes! Ep. 3 was '
        "good. Rouge vs. Viola is fun. It scored 8.5/10 overall."
    )
    assert split_sentences(text) == [
        "The reporter ties the Gladiator to Dr. Roy Junghardt’s murder.",
        "A female (Ms. Sara) asks for help.",
        'Mr. Smith said "Stop."',
        "Then he left...",
        "And then?",
        "Yes!",
        "Ep. 3 was good.",
        "Rouge vs. Viola is fun.",
        "It scored 8.5/10 overall.",
    ]


def test_split_sentences_ellipsis_before_lower_case_continues() -> None:
    assert split_sentences("Equality is… a slippery slope? Sure.") == [
        "Equality is… a slippery slope?",
        "Sure.",
    ]


def test_split_sentences_paragraphs_and_whitespace() -> None:
    assert split_sentences("First line\nwraps here.\n\nA heading\n\nSecond  para.") == [
        "First line wraps here.",
        "A heading",
        "Second para.",
    ]


# --------------------------------------------------------------------------- mentions


def test_find_mentions_longest_name_first() -> None:
    names = {1: ["Sara Fitzgerald", "Sara", "Viola Keane"], 2: ["Viola"]}
    text = "Sara confirms she’s Viola Keane. Viola transforms. Sara and Sara Fitzgerald sing."
    assert find_mentions(text, names) == [
        (1, "Sara confirms she’s Viola Keane."),
        (2, "Viola transforms."),
        (1, "Sara and Sara Fitzgerald sing."),
    ]


def test_find_mentions_is_word_bounded_and_case_sensitive() -> None:
    names = {7: ["Rouge"]}
    text = (
        "Rouge’s armor is red. Rouge's too. The rouge colour. Rouges are many. "
        "XRouge is not her. Naomi helps Rouge."
    )
    assert [s for _, s in find_mentions(text, names)] == [
        "Rouge’s armor is red.",
        "Rouge's too.",
        "Naomi helps Rouge.",
    ]


def test_find_mentions_lists_each_key_once_per_sentence_in_order() -> None:
    names = {1: ["Rouge"], 2: ["Naomi"]}
    assert find_mentions("Naomi hands Rouge a bar; Rouge thanks Naomi.", names) == [
        (2, "Naomi hands Rouge a bar; Rouge thanks Naomi."),
        (1, "Naomi hands Rouge a bar; Rouge thanks Naomi."),
    ]


def test_find_mentions_in_a_seed(catalogs: list[Catalog]) -> None:
    sara = next(c for c in catalogs[0].characters if c.name == "Sara Fitzgerald")
    names = {1: [sara.name, *(a.name for a in sara.aliases), *sara.variants]}
    recap = seed(RECAP_AND_REVIEW).sections[0].text
    sentences = [s for _, s in find_mentions(recap, names)]
    assert (
        "Sara confirms she’s Viola Keane and a different type of Nean compared to the ones "
        "Rouge’s familiar with." in sentences
    )
    assert (
        "Jaron tells Sarah a fellow Alters member named Silvia suspects Sarah leaked "
        "important intel, causing Jaron to fail the mission." in sentences
    )
    assert "A female (Ms. Sara) asks her to look after something for her." in sentences


def test_find_mentions_with_no_names() -> None:
    assert find_mentions("Rouge is here.", {}) == []
    assert find_mentions("Rouge is here.", {1: []}) == []


# --------------------------------------------------------------------------- properties

_LINES = st.one_of(
    st.sampled_from(BOILERPLATE_LINES),
    st.text(max_size=80),
    st.sampled_from(["", "---", "Review", "Show Episode 3 Review", "Score: 7/10", "a: b"]),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(_LINES, max_size=25))
def test_parse_never_raises_anything_but_ingest_error(lines: list[str]) -> None:
    failure: IngestError | None = None
    try:
        parsed = parse_document("\n".join(lines))
    except IngestError as exc:
        failure = exc
    if failure is not None:
        assert failure.reason.strip()
        return
    assert parsed.sections
    for section in parsed.sections:
        assert section.text.strip()
    for line in stored_lines(parsed):
        assert not is_boilerplate(line), line
        assert line not in BOILERPLATE_LINES


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_parse_of_arbitrary_text_raises_only_ingest_error(text: str) -> None:
    with contextlib.suppress(IngestError):
        parse_document(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINES, min_size=1, max_size=12))
def test_boilerplate_is_dropped_under_a_real_title(lines: list[str]) -> None:
    text = "Show Episode 3 Review\n\nIt was good.\n\n" + "\n".join(lines)
    parsed = parse_document(text)
    assert not any(is_boilerplate(line) for line in stored_lines(parsed))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_split_sentences_loses_no_text(text: str) -> None:
    assert "".join("".join(split_sentences(text)).split()) == "".join(text.split())


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("Rouge Naomi Viola Keane.!? \n'’s"), max_size=200),
)
def test_find_mentions_sentences_contain_a_name(text: str) -> None:
    names = {1: ["Rouge"], 2: ["Viola Keane", "Viola"], 3: ["Naomi"]}
    for key, sentence in find_mentions(text, names):
        assert any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", sentence) for n in names[key])


def test_a_passage_naming_a_later_episode_is_about_that_episode() -> None:
    text = (
        "Frieren – Episode 2 Review\n\nA quiet episode. What happens in episode 5 changes "
        "everything, I hear.\n\nI liked it. 8/10"
    )
    doc = parse_document(text)
    assert doc.episode == 2
    assert [s.about_episode for s in doc.sections] == [5]


def test_an_episode_count_is_not_an_episode_spoken_of() -> None:
    doc = parse_document(
        "Frieren – Episode 2 Review\n\nA quiet start, with 28 episodes to go.\n\nI liked it."
    )
    assert [s.about_episode for s in doc.sections] == [2]


def test_a_catalog_episode_title_marks_the_passage_as_about_that_episode() -> None:
    catalog = Catalog(
        title="Frieren",
        slug="frieren",
        episode_count=28,
        episodes=(CatalogEpisode(1, "The Journey's End"), CatalogEpisode(9, "Aura the Guillotine")),
    )
    doc = parse_document(
        "Frieren – Episode 1 Review\n\nI can't wait for Aura the Guillotine.\n\nGood.",
        catalogs=[catalog],
    )
    assert [s.about_episode for s in doc.sections] == [9]
