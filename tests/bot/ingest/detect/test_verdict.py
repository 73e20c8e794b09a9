"""bot.ingest.detect.verdict: the verdict and opening excerpt, worked out once at ingest.

Expected values come from the seed reviews (data/seeds): each one's closing paragraph and
first sentences as written there.
"""

from __future__ import annotations

from bot.ingest.detect.verdict import document_facts, opening_excerpt, verdict
from bot.models import Catalog, DocumentFacts, ParsedSection, SectionKind
from tests.bot.ingest.helpers import ANIME_REVIEW, FIRST_IMPRESSIONS, RECAP_AND_REVIEW, seed
from tests.seed_texts import EPISODE_REVIEW_TEXT, FIRST_IMPRESSIONS_TEXT, SEASON_REVIEW_TEXT


def test_verdict_of_each_seed_review() -> None:
    assert verdict(EPISODE_REVIEW_TEXT).startswith(
        "Overall, this introductory chapter wasn’t solid."
    )
    season = verdict(SEASON_REVIEW_TEXT)
    assert season.startswith("So in the final assessment, Metallic Rouge is a show")
    assert "70 out of 100" in season
    assert verdict(FIRST_IMPRESSIONS_TEXT).startswith("For now, I’m cautiously optimistic")


def test_verdict_cues_and_fallback() -> None:
    assert verdict("Rouge fights.\n\nIn conclusion, a fine start.\n\nNaomi waves.") == (
        "In conclusion, a fine start."
    )
    assert verdict("Great action.\n\nI give it 7/10 and will keep watching.\n\nSee you.") == (
        "I give it 7/10 and will keep watching."
    )
    assert verdict("Rouge fights.\n\nNaomi waves.") == "Naomi waves."
    assert verdict("") == ""
    # a paragraph that opens with the cue beats a later passing mention of the word
    text = "All in all, worth it.\n\nThe soundtrack is good overall."
    assert verdict(text) == "All in all, worth it."


def test_a_score_alone_comes_after_the_words_it_scores() -> None:
    said = "A quieter second episode that earns its slow middle stretch."
    assert verdict(f"Rouge fights.\n\n{said}\n\n**6/10**") == f"{said} 6/10"
    assert verdict(f"Rouge fights.\n\n{said}\n\n**Score:** 4 out of 5") == (
        f"{said} Score: 4 out of 5"
    )
    # a heading above it says nothing: the score alone, without its markup
    assert verdict("Rouge fights a lot this week.\n\n## Verdict\n\n__7/10__") == "7/10"
    # a paragraph with words of its own besides the score is the verdict as it stands
    assert verdict(f"{said}\n\nI give it 7/10, no more.") == "I give it 7/10, no more."


def test_opening_excerpt_takes_whole_sentences() -> None:
    first = (
        "Studio Bones, the studio responsible for classic works like Mob Psycho 100 and Soul "
        "Eater, has given fans an original sci-fi series to watch this season."
    )
    second = (
        "Like previous productions, Metallic Rouge offers viewers a pleasant viewing experience "
        "from a visual perspective."
    )
    third = (
        "From its futuristic cityscapes to its compelling attractions, sci-fi enthusiasts will "
        "adore what this world offers."
    )
    assert len(first) + 1 + len(second) <= 300 < len(first) + len(second) + len(third) + 2
    assert opening_excerpt(EPISODE_REVIEW_TEXT) == f"{first} {second}"
    assert opening_excerpt(EPISODE_REVIEW_TEXT, limit=len(first)) == first


def test_opening_excerpt_does_not_end_at_an_abbreviation() -> None:
    text = (
        "The reporter states the Gladiator has ties to Dr. Roy Junghardt’s (a Nean researcher) "
        "murder. Then, Rouge encounters Sara and follows her to an undisclosed location."
    )
    assert opening_excerpt(text, limit=120) == text.split(" Then,")[0]


def test_opening_excerpt_truncates_a_long_first_sentence_at_a_word() -> None:
    excerpt = opening_excerpt(SEASON_REVIEW_TEXT, limit=80)
    assert len(excerpt) <= 80
    assert excerpt.endswith("…")
    assert SEASON_REVIEW_TEXT.startswith(excerpt[:-1])
    assert SEASON_REVIEW_TEXT[len(excerpt) - 1] == " "


# --------------------------------------------------------------------------- scores in verdicts


def test_a_score_is_read_as_the_score_detector_reads_one() -> None:
    # counts, polls and dates are no score: the last paragraph is the verdict
    for passing in (
        "I have watched 4/5 episodes so far.",
        "Readers in our poll gave it 8/10.",
        "It aired on 12/10 at night.",
    ):
        text = f"Great action.\n\n{passing}\n\nSee you next week."
        assert verdict(text) == "See you next week.", passing
    # a score with a unit, or on a 20-point scale, is one
    assert verdict("Great action.\n\nIt earns 16/20 from me.\n\nSee you.") == (
        "It earns 16/20 from me."
    )
    assert verdict("Great action.\n\n4 out of 5 stars.\n\nSee you.") == "4 out of 5 stars."


# --------------------------------------------------------------------------- a document's facts


def _section(kind: SectionKind, text: str) -> ParsedSection:
    return ParsedSection(kind=kind, text=text, spoiler=False)


def test_facts_come_from_review_sections_only() -> None:
    recap = _section(SectionKind.RECAP, "Rouge fights.\n\nOverall, the recap is long.")
    review = _section(SectionKind.REVIEW, "A strong start. The music is loud.\n\nNaomi waves.")
    facts = document_facts([recap, review])
    assert facts == DocumentFacts(
        verdict="Naomi waves.", verdict_section=1, opening=review.text.replace("\n\n", " ")
    )


def test_the_verdict_section_is_the_one_holding_the_verdict() -> None:
    first = _section(SectionKind.REVIEW, "Good.\n\nIn conclusion, a fine start.")
    second = _section(SectionKind.REVIEW, "Some notes on the music.")
    facts = document_facts([first, second])
    assert facts.verdict == "In conclusion, a fine start."
    assert facts.verdict_section == 0
    assert facts.opening == "Good. In conclusion, a fine start."


def test_a_document_without_review_text_has_empty_facts() -> None:
    assert document_facts([_section(SectionKind.RECAP, "Rouge fights.")]) == DocumentFacts(
        verdict="", verdict_section=None, opening=""
    )
    assert document_facts([]) == DocumentFacts(verdict="", verdict_section=None, opening="")


def test_the_pipeline_stores_each_seed_reviews_facts(catalogs: list[Catalog]) -> None:
    episode = seed(RECAP_AND_REVIEW, catalogs)
    assert [s.kind for s in episode.sections] == [SectionKind.RECAP, SectionKind.REVIEW]
    assert episode.facts is not None
    assert episode.facts.verdict.startswith("Overall, this introductory chapter wasn’t solid.")
    assert episode.facts.verdict_section == 1
    assert episode.facts.opening == opening_excerpt(EPISODE_REVIEW_TEXT)
    assert episode.facts.opening.startswith("Studio Bones, the studio responsible")

    season = seed(ANIME_REVIEW, catalogs)
    assert season.facts is not None
    assert season.facts.verdict.startswith("So in the final assessment, Metallic Rouge is")
    assert "70 out of 100" in season.facts.verdict
    assert season.facts.opening.startswith("This review contains a Discord mod’s favourite kind")

    first = seed(FIRST_IMPRESSIONS, catalogs)
    assert first.facts is not None
    assert first.facts.verdict.startswith("For now, I’m cautiously optimistic")
    assert first.facts.opening.startswith("I’ve had my eye on")
    notes = dict(first.evidence)["verdict"]
    assert notes[0].startswith("'For now, I’m cautiously optimistic")
