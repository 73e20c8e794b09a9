"""Issue 11 detection traps, one test per detector and trap: titles that are not titles,
anime named anywhere (typos included), episodes only in the body, letter and star scores,
polls and per-episode lists. Expected values come from the text written in each test."""

from __future__ import annotations

import pytest

from bot.ingest import IngestError
from bot.ingest.detect.anime import match_anime, name_in_pattern
from bot.ingest.detect.furniture import not_a_title
from bot.ingest.detect.title import is_headline
from bot.ingest.page import PageMeta
from bot.models import Catalog, DocumentKind, ParsedDocument
from tests.bot.ingest.helpers import doc

OPENING = (
    "Episode 4 of Metallic Rouge is the calmest one yet, and Rouge spends most of it "
    "talking with Naomi instead of fighting anyone."
)
PLAIN = "The city looks great and the music is loud.\n\nIt was a fine week overall."


def parsed(text: str, catalogs: list[Catalog], **kwargs: object) -> ParsedDocument:
    return doc(text, catalogs=catalogs, **kwargs)


# --------------------------------------------------------------------------- title


@pytest.mark.parametrize(
    "line",
    [
        "January 31, 2024",
        "31 Jan 2024",
        "2024-01-31",
        "Posted on Friday, February 2, 2024",
        "Photo credit: Bones / Metallic Rouge Committee",
        "Image: Crunchyroll",
        "© 2024 Bones",
        "By Lena Park",
        "By Lena Park · 6 min read",
        "Remind me",
        "Add to calendar",
        "5 min read",
        "Season 1",
        "Episode Guide",
    ],
)
def test_furniture_is_never_a_title(line: str) -> None:
    assert not_a_title(line)
    assert not is_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Metallic Rouge Episode 5 – All Flash, Some Substance",
        "By the Sea: a Quiet Episode",  # "By" starting a title is no byline
        "Crimson Is The Sound of Dawn",
    ],
)
def test_headlines_are_titles(line: str) -> None:
    assert is_headline(line)


def test_a_date_and_a_credit_before_the_headline_are_skipped(catalogs: list[Catalog]) -> None:
    text = (
        "January 31, 2024\nPhoto credit: Bones\n"
        "Metallic Rouge Episode 5 – All Flash, Some Substance\n\n" + OPENING
    )
    document = parsed(text, catalogs)
    assert document.title == "Metallic Rouge Episode 5 – All Flash, Some Substance"
    assert document.anime_title == "Metallic Rouge"
    assert document.episode == 5  # the title's, not the opening's "Episode 4"
    assert "January" not in document.text and "credit" not in document.text


def test_a_page_without_a_title_line_takes_anime_and_episode_from_its_opening(
    catalogs: list[Catalog],
) -> None:
    document = parsed(f"{OPENING}\n\n{PLAIN}", catalogs)
    assert document.title == ""
    assert document.anime_title == "Metallic Rouge"
    assert document.episode == 4
    assert document.kind is DocumentKind.EPISODE_REVIEW
    assert document.text.startswith("Episode 4 of Metallic Rouge")


def test_html_metadata_title_comes_before_the_first_line(catalogs: list[Catalog]) -> None:
    meta = PageMeta(title="Metallic Rouge Episode 6 Review: The Mask Slips", author="Ana")
    text = f"Metallic Rouge Episode 6 Review: The Mask Slips\n\n{PLAIN}"
    document = parsed(text, catalogs, meta=meta)
    assert document.title == "Metallic Rouge Episode 6 Review: The Mask Slips"
    assert document.episode == 6
    assert document.author == "Ana"
    assert document.text == PLAIN  # the headline repeated in the text is not body text


# --------------------------------------------------------------------------- anime


def test_an_episode_title_first_line_is_not_a_new_anime(catalogs: list[Catalog]) -> None:
    # the first episode's catalog title as the headline; the body names the show
    text = (
        "Crimson Is The Sound of Dawn\n\nMetallic Rouge's first episode is a mood piece "
        "before it is a story.\n\n" + PLAIN
    )
    document = parsed(text, catalogs)
    assert document.anime_title == "Metallic Rouge"
    assert document.episode == 1  # named only by its title


def test_a_typo_in_the_title_still_finds_the_known_anime(catalogs: list[Catalog]) -> None:
    document = parsed(
        f"Metalic Rouge Episode 2 Review – Naomi Steals the Show\n\n{PLAIN}", catalogs
    )
    assert document.anime_title == "Metallic Rouge"


def test_an_anime_already_in_the_store_is_found_by_a_part_of_its_name() -> None:
    known = ["Frieren: Beyond Journey's End"]
    text = f"This Week: Frieren Reaches Its Best Episode Yet\n\n{PLAIN}"
    document = doc(text, known_anime=known)
    assert document.anime_title == "Frieren: Beyond Journey's End"
    misspelt = doc(f"Freiren: Beyond Journey's End Episode 14 Review\n\n{PLAIN}", known_anime=known)
    assert misspelt.anime_title == "Frieren: Beyond Journey's End"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Dandadan Episode 1: Aliens, Ghosts, and a Very Bad Night", "Dandadan"),
        ("Blue Box Season 1 Review", "Blue Box"),
        ("First Impressions: Delicious in Dungeon", "Delicious in Dungeon"),
        ("Kaiju No. 8 Episode 6 Review – Kafka's Secret Is Out?", "Kaiju No. 8"),
        ("This Week in Fantasy: Dandadan Episode 4 Review", "Dandadan"),
    ],
)
def test_a_new_anime_comes_only_from_a_clear_pattern(title: str, name: str) -> None:
    assert name_in_pattern(title) == name
    assert doc(f"{title}\n\n{PLAIN}").anime_title == name


@pytest.mark.parametrize(
    "title", ["Crimson Is The Sound of Dawn", "January 31, 2024", "A Quiet Week in the City"]
)
def test_no_known_anime_and_no_pattern_is_rejected_with_the_anime_hint(title: str) -> None:
    with pytest.raises(IngestError) as caught:
        doc(f"{title}\n\n{PLAIN}")
    assert "--anime NAME" in caught.value.reason


def test_a_known_title_beats_another_anime_named_in_the_body(catalogs: list[Catalog]) -> None:
    text = (
        "Dandadan Episode 3 Review\n\nUnlike Metallic Rouge, this show never slows down.\n\n"
        + PLAIN
    )
    assert parsed(text, catalogs).anime_title == "Dandadan"


def test_anime_option_matches_a_known_anime_loosely(catalogs: list[Catalog]) -> None:
    assert match_anime("metalic rouge", catalogs, []) == "Metallic Rouge"
    assert match_anime("Frieren", catalogs, ["Frieren: Beyond Journey's End"]) == (
        "Frieren: Beyond Journey's End"
    )
    assert match_anime("  Blue   Box ", catalogs, []) == "Blue Box"  # none matches: new
    forced = parsed(f"A Quiet Week in the City\n\n{PLAIN}", catalogs, anime="Metallic Rouge")
    assert forced.anime_title == "Metallic Rouge"
    assert ("anime", ("'Metallic Rouge': given with --anime",)) in forced.evidence


# --------------------------------------------------------------------------- episode


def test_references_to_other_episodes_are_not_the_documents_episode(
    catalogs: list[Catalog],
) -> None:
    text = (
        "Metallic Rouge Review: Naomi Takes the Wheel\n\n"
        "After the quiet, lovely episode 4 and since episode 2 set up the Nine, "
        "Episode 6 of Metallic Rouge finally lets Naomi drive.\n\n"
        "Unlike episode 3, it never drags. The previous episode was better at action.\n\n" + PLAIN
    )
    document = parsed(text, catalogs)
    assert document.episode == 6
    notes = dict(document.evidence)["episode"]
    assert any("'episode 4': a reference to another episode" in n for n in notes)


def test_the_finale_is_the_last_episode_when_the_count_is_known(catalogs: list[Catalog]) -> None:
    document = parsed(f"Metallic Rouge Finale Review: Everything and Nothing\n\n{PLAIN}", catalogs)
    assert document.episode == 13  # the catalog's episode_count
    assert document.kind is DocumentKind.EPISODE_REVIEW
    unknown = doc(f"Blue Box Finale Review\n\n{PLAIN}")
    assert unknown.episode is None  # no count: no number


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        ("The seventh episode of Metallic Rouge is about rules.", 7),
        ("Metallic Rouge's episode two is a slower one.", 2),
        ("Metallic Rouge's premiere is a mood piece.", 1),
    ],
)
def test_episode_words_in_the_body(catalogs: list[Catalog], opening: str, episode: int) -> None:
    assert parsed(f"{opening}\n\n{PLAIN}", catalogs).episode == episode


def test_a_season_review_lists_episodes_but_has_none(catalogs: list[Catalog]) -> None:
    text = (
        "Metallic Rouge Season 1 Review: Episode by Episode\n\n"
        "Episode 1 sets the mood. Episode 7 is the best.\n\n" + PLAIN
    )
    document = parsed(text, catalogs)
    assert document.episode is None
    assert document.kind is DocumentKind.SEASON_REVIEW


# --------------------------------------------------------------------------- kind


def test_a_recap_followed_by_a_review_is_a_recap_with_a_review_section() -> None:
    text = f"Show Episode 2 Recap & Review\n\n{PLAIN}\n\nReview\n\nIt was good."
    document = doc(text)
    assert document.kind is DocumentKind.RECAP
    assert [str(s.kind) for s in document.sections] == ["recap", "review"]


def test_without_an_episode_or_season_words_the_kind_is_said_to_be_unsure() -> None:
    document = doc(f"Blue Box Review\n\n{PLAIN}")
    assert document.kind is DocumentKind.SEASON_REVIEW
    assert "low confidence" in dict(document.evidence)["kind"][0]


# --------------------------------------------------------------------------- score


def score_of(closing: str, title: str = "Show Episode 2 Review") -> ParsedDocument:
    return doc(f"{title}\n\nI watched it this week.\n\n{PLAIN}\n\n{closing}")


@pytest.mark.parametrize(
    ("closing", "raw", "on_100"),
    [
        ("My rating: ★★★½", "★★★½", 70),
        ("★★★★☆", "★★★★☆", 80),
        ("Verdict: ⭐️⭐️⭐️ 1/2", "⭐️⭐️⭐️ 1/2", 70),
        ("I'd give it 4 1/2 out of 5 stars.", "4 1/2 out of 5 stars", 90),
        ("Four stars from me.", "Four stars", 80),
    ],
)
def test_star_scores_with_halves(closing: str, raw: str, on_100: float) -> None:
    document = score_of(closing)
    assert document.score is not None
    assert document.score.raw == raw
    assert document.score.score_100 == on_100


def test_stars_on_the_title_line() -> None:
    document = score_of("That is all.", title="Show Episode 2 Review ★★★★")
    assert document.score is not None and document.score.score_100 == 80


@pytest.mark.parametrize(
    ("closing", "grade"),
    [("Grade for the finale: C+", "C+"), ("Final grade: A-", "A-"), ("I'd give it a B+.", "B+")],
)
def test_letter_grades_are_kept_as_written_with_no_score_100(closing: str, grade: str) -> None:
    document = score_of(closing)
    assert document.score is not None
    assert document.score.raw == grade
    assert document.score.score_100 is None


@pytest.mark.parametrize(
    "closing",
    [
        "Community score: 8/10 (1,204 votes)",
        "How would you rate this episode? ★★★★★",
        "Readers gave it 9/10 on average.",
        "There is a 90% chance next week is better.",
        "- Episode 1: 7/10\n- Episode 2: 8/10\n- Episode 3: 6/10",
        "| 1 | 7/10 |\n| 2 | 8/10 |",
    ],
)
def test_polls_odds_and_per_episode_lists_are_not_the_score(closing: str) -> None:
    assert score_of(closing).score is None


# --------------------------------------------------------------------------- characters


def test_a_character_named_like_a_sentence_opener_is_not_linked_by_that_word() -> None:
    from bot.text.linker import Linker

    linker = Linker(
        names={1: ("First",), 2: ("Rouge Redstar", "Rouge")},
        canonical={1: "First", 2: "Rouge Redstar"},
    )
    text = (
        "First, the good news: the finale looks great. "
        "Rouge finally fights First on the roof. “First of all, Rouge wins.”"
    )
    linked = [(key, text[start:end]) for key, _, start, end in linker.find(7, text)]
    assert (1, "Rouge finally fights First on the roof.") in linked
    assert all(not sentence.startswith("First,") for key, sentence in linked if key == 1)
    assert not any(key == 1 and "First of all" in sentence for key, sentence in linked)
