"""bot/ingest/detect/kind.py: the kind of document, from its title."""

from __future__ import annotations

import pytest

from bot.ingest.detect.kind import kind_of, summary_tags_first_impressions
from bot.models import (
    Catalog,
    CatalogEpisode,
    DocumentKind,
)
from tests.bot.ingest.helpers import (
    BODY,
    doc,
)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Show – Ep. 1 (First Impressions)", DocumentKind.FIRST_IMPRESSIONS),
        ("Show First Impressions", DocumentKind.FIRST_IMPRESSIONS),
        # issue 11: a recap followed by a review is a recap (with a review section)
        ("Show Episode 2 Recap & Review", DocumentKind.RECAP),
        ("Show Episode 2 Recap and Review", DocumentKind.RECAP),
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


@pytest.mark.parametrize(
    ("recap", "review"),
    [
        ("## Summary", "## Review"),
        ("**Recap**", "**Our take**"),
        ("## Recap", "## Our takes"),
        ("What happens:", "Verdict"),
        # a wiki episode page: its synopsis, then how the episode was received
        ("Synopsis", "Reception"),
        ("## Plot summary", "## Critical reception"),
    ],
)
def test_a_recap_heading_then_a_review_heading_is_a_recap(recap: str, review: str) -> None:
    text = (
        f"Show Episode 12 Review\n\nStatus: Watched\n\n{recap}\n\nThe team goes to extra time "
        f"and wins.\n\n{review}\n\nA messy, exciting episode."
    )
    assert doc(text).kind is DocumentKind.RECAP


_SECTION_PROSE = "The animators keep the camera wide, so every spell lands where you expect it."


@pytest.mark.parametrize(
    ("recap", "other", "closing"),
    [
        ("What happens", "Why it works", "Verdict"),
        ("## Synopsis", "## Music and sound", "## Final verdict"),
        ("**Summary**", "**The craft**", "**Conclusion**"),
        # a heading said to be the last closes whatever its word ("Final thoughts")
        ("## What happens", "## What falls flat", "## Final thoughts"),
        ("Synopsis", "Where it stumbles", "Final take"),
    ],
)
def test_a_summary_among_a_reviews_sections_before_its_verdict_stays_an_episode_review(
    recap: str, other: str, closing: str
) -> None:
    # a review in sections: the first sums the episode up, the others weigh it, the last
    # gives the verdict; no heading opens a review after a recap
    text = (
        f"Show Episode 12 Review\n\n{recap}\n\nThe team goes to extra time and wins.\n\n"
        f"{other}\n\n{_SECTION_PROSE}\n\n{closing}\n\nA messy, exciting episode."
    )
    assert doc(text).kind is DocumentKind.EPISODE_REVIEW


@pytest.mark.parametrize(
    ("recap", "part", "review"),
    [
        # a review heading that opens the review after the recap's own sections
        ("Synopsis", "Plot", "Reception"),
        ("What happens", "The match", "My thoughts"),
        ("## Summary", "## The match", "## Thoughts"),
        # a recap's parts a level down, before its verdict
        ("## Recap", "### The second half", "## Verdict"),
        # no running text under the line between: a caption, not a section
        ("What happens", "Screenshot: the final whistle", "Verdict"),
    ],
)
def test_a_recaps_own_parts_before_its_review_heading_stay_a_recap(
    recap: str, part: str, review: str
) -> None:
    under = "Short caption text." if part.startswith("Screenshot") else _SECTION_PROSE
    text = (
        f"Show Episode 12 Review\n\n{recap}\n\nThe team goes to extra time and wins.\n\n"
        f"{part}\n\n{under}\n\n{review}\n\nA messy, exciting episode."
    )
    assert doc(text).kind is DocumentKind.RECAP


@pytest.mark.parametrize("heading", ["## Verdict", "Reception"])
def test_review_headings_without_a_recap_heading_stay_an_episode_review(heading: str) -> None:
    text = f"Show Episode 12 Review\n\nThe team wins.\n\n{heading}\n\nA messy, exciting episode."
    assert doc(text).kind is DocumentKind.EPISODE_REVIEW


def test_a_recap_kicker_above_the_headline_makes_a_recap() -> None:
    # a news site's recap: its kind is only in the section labels above a plain headline
    from tests.bot.ingest.helpers import BODY, doc

    text = f"TV RECAPS\nRECAP\nShow, Episode 5: The Glass Cage\nBy Rhea Calder\n\n{BODY}"
    parsed = doc(text)
    assert parsed.title == "Show, Episode 5: The Glass Cage"
    assert parsed.kind.value == "recap"
    review = doc(f"REVIEW\nShow, Episode 5: The Glass Cage\n\n{BODY}")
    assert review.kind.value == "episode-review"


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Show Episodes 1-3: Initial Impressions", 3),
        ("Is Show Worth Watching? Early Impressions of Episode 1", 1),
        ("Show Initial Impressions", 1),
    ],
)
def test_initial_and_early_impressions_are_first_impressions(title: str, episode: int) -> None:
    from tests.bot.ingest.helpers import BODY, doc

    parsed = doc(f"{title}\n\n{BODY}", anime="Show")
    assert parsed.kind.value == "first-impressions"
    assert parsed.episode == episode


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Show Premiere Review", 1),
        ("Show Two-Episode Premiere Review", 2),
        ("Show: The Three-Episode Test", 3),
        ("Show 3 Episode Rule: Does It Pass?", 3),
    ],
)
def test_a_premiere_or_an_n_episode_test_is_first_impressions(title: str, episode: int) -> None:
    parsed = doc(f"{title}\n\n{BODY}", anime="Show")
    assert (parsed.episode, parsed.kind) == (episode, DocumentKind.FIRST_IMPRESSIONS)


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Two Episodes In: Does Show Earn the Hype?", 2),
        ("Show, three episodes in", 3),
        ("Show – My Verdict After the First 3 Episodes", 3),
    ],
)
def test_a_title_saying_how_few_episodes_in_is_first_impressions(title: str, episode: int) -> None:
    # a first look after a few episodes, said by how far it went, without "first impressions"
    parsed = doc(f"{title}\n\n{BODY}", anime="Show")
    assert (parsed.episode, parsed.kind) == (episode, DocumentKind.FIRST_IMPRESSIONS)


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        ("Two episodes into Show, the spring's best comedy is the one about the losers.", 2),
        ("Three episodes in, I am still not sure what this show wants to be.", 3),
    ],
)
def test_a_text_opening_with_how_few_episodes_in_is_first_impressions(
    opening: str, episode: int
) -> None:
    # a pun headline that says nothing; the text's first words say how far the first look went
    parsed = doc(f"Losing Streak\n\n{opening}\n\n{BODY}", anime="Show")
    assert (parsed.episode, parsed.kind) == (episode, DocumentKind.FIRST_IMPRESSIONS)


@pytest.mark.parametrize(
    "opening",
    [
        # a later check-in, and a reach said further into the text
        "Eight episodes into Show, it finally clicks.",
        "I liked it. Two episodes into Show, the spring's best comedy is the one about losers.",
    ],
)
def test_other_counts_of_episodes_opening_a_text_are_no_first_look(opening: str) -> None:
    parsed = doc(f"Losing Streak\n\n{opening}\n\n{BODY}", anime="Show")
    assert (parsed.episode, parsed.kind) == (None, DocumentKind.SEASON_REVIEW)


@pytest.mark.parametrize(
    "title",
    ["Show, eight episodes in: it finally clicks", "Show Episode 3: three episodes in one day"],
)
def test_a_later_check_in_or_a_marathon_stays_an_episode_review(title: str) -> None:
    parsed = doc(f"{title}\n\n{BODY}", anime="Show")
    assert parsed.kind == DocumentKind.EPISODE_REVIEW


@pytest.mark.parametrize(
    ("title", "episode", "kind"),
    [
        # the show's premiere, of two episodes: first impressions of the last
        ("Show Premiere Review: A Quiet Start", 2, DocumentKind.FIRST_IMPRESSIONS),
        # a later season's premiere, counted through the seasons: an episode's review
        ("Show Season Two Premiere Review", 13, DocumentKind.EPISODE_REVIEW),
        ("Show S2 Premiere Review", 13, DocumentKind.EPISODE_REVIEW),
        # a number in the title says which episode it is
        ("Show Premiere Review (Episode 13)", 13, DocumentKind.EPISODE_REVIEW),
    ],
)
def test_a_premiere_review_past_episode_1_is_first_impressions_only_of_the_show_s_own(
    title: str, episode: int, kind: DocumentKind
) -> None:
    assert kind_of(title, episode) is kind


def test_a_later_parts_premiere_reviewed_by_its_number_stays_an_episode_review() -> None:
    parsed = doc(f"Show Episode 14 Review - the cour 2 premiere hits hard\n\n{BODY}", anime="Show")
    assert (parsed.episode, parsed.kind) == (14, DocumentKind.EPISODE_REVIEW)


@pytest.mark.parametrize(
    "title",
    [
        "Show Episode 1: the lights come on in a strong premiere",
        "Show Episode 1 - a pilot that knows exactly what it wants to be",
    ],
)
def test_a_weekly_reviews_headline_calling_episode_1_a_premiere_stays_an_episode_review(
    title: str,
) -> None:
    # the headline only describes the episode; it does not announce a premiere review
    parsed = doc(f"{title}\n\n{BODY}", anime="Show")
    assert (parsed.episode, parsed.kind) == (1, DocumentKind.EPISODE_REVIEW)


@pytest.mark.parametrize(
    "title",
    [
        "SPRING 2031 PREMIERE DIARY, day five: Show",
        "Fall Premiere Round-up — Show",
        "My summer premiere journal: Show",
    ],
)
def test_an_entry_of_a_seasons_premiere_diary_is_first_impressions(title: str) -> None:
    # a season's premieres looked at one by one: each show's entry is a first look at it
    parsed = doc(f"{title}\n\n{BODY}", anime="Show")
    assert (parsed.episode, parsed.kind) == (1, DocumentKind.FIRST_IMPRESSIONS)


def test_a_premiere_recap_stays_a_recap() -> None:
    parsed = doc(f"Show Premiere Recap\n\n{BODY}", anime="Show")
    assert (parsed.episode, parsed.kind) == (1, DocumentKind.RECAP)


def test_a_new_anime_named_before_initial_impressions() -> None:
    from bot.ingest.detect.anime import name_in_pattern

    assert name_in_pattern("Blue Box Initial Impressions") == "Blue Box"
    assert name_in_pattern("Early Impressions: Blue Box") == "Blue Box"


def test_a_recap_headline_under_a_page_header_taken_for_the_title_makes_a_recap() -> None:
    # a club zine: its running header was taken for the title; the article's own headline,
    # naming the episode and announcing a recap and a review, is the opening's first line
    text = (
        "THE PAPER CRANE // Spring Issue No. 2 // Page 4 of 16\n\n"
        "SHOW, EPISODE 6 — RECAP & REVIEW\nby A. Writer\n\n"
        "Episode 6 opens at the harbour, where the crew splits up to search the ships.\n\n"
        "A tense, quiet episode with one great scene."
    )
    parsed = doc(text, anime="Show")
    assert parsed.episode == 6
    assert parsed.kind is DocumentKind.RECAP


@pytest.mark.parametrize(
    "opening",
    [
        # a chapter list after the running text: a line of it is no headline
        "We talk about episode 6 of Show, all of it, for an hour and a bit.\n\n"
        "00:00 Intro\n04:10 Episode 6 recap\n30:00 Scores",
        # a headline naming another episode than the document's
        "SHOW, EPISODE 5 — RECAP & REVIEW (last week's, for reference)\n\n"
        "Episode 6 opens at the harbour, where the crew splits up to search the ships.",
    ],
)
def test_a_recap_line_that_is_not_the_documents_headline_leaves_an_episode_review(
    opening: str,
) -> None:
    text = f"Pod Notes — Show Episode 6\n\n{opening}\n\n{BODY}"
    assert doc(text, anime="Show").kind is DocumentKind.EPISODE_REVIEW


def test_first_impressions_said_in_the_first_prose_after_a_clippers_excerpt_and_a_date() -> None:
    # a clipped post: an excerpt box and a date line open the text; the first paragraph of
    # running text says it gives first impressions
    text = (
        "Show: a few notes, two episodes in\n\n"
        "> ## Excerpt\n> Support this writer\n\n"
        "Mar 3, 2024 at 9:00 AM · Public post\n\n"
        "As promised, here are my first impressions of Show, after the first two episodes.\n\n"
        f"{BODY}"
    )
    assert doc(text, known_anime=["Show"]).kind is DocumentKind.FIRST_IMPRESSIONS


@pytest.mark.parametrize(
    "aside",
    [
        "(first impressions, jotted down on the train home)",
        "[first look: notes to self]",
        "Initial impressions - quick and messy",
    ],
)
def test_first_impressions_said_in_a_short_line_between_the_date_and_the_notes(
    aside: str,
) -> None:
    # a notes app's note: its title, a timestamp, a short aside of its own saying what the
    # note is, then the running notes, which do not say it again
    text = (
        "Show ep 1\n\n"
        "2 May 2024 at 22:10\n\n"
        f"{aside}\n\n"
        "- the lead is a courier who keeps losing parcels, and the town is a strange one.\n"
        "- the music is good. Some stiff walking animation in the second half.\n\n"
        f"{BODY}"
    )
    assert doc(text, known_anime=["Show"]).kind is DocumentKind.FIRST_IMPRESSIONS
    # an aside that says nothing of it leaves a note on an episode
    plain = text.replace(aside, "(notes, jotted down on the train home)")
    assert doc(plain, known_anime=["Show"]).kind is DocumentKind.EPISODE_REVIEW


def test_first_impressions_past_the_first_prose_paragraph_are_not_read() -> None:
    text = (
        "Show Episode 6: The Harbour\n\n"
        "Mar 3, 2024\n\n"
        "The crew splits up to search the ships, and the episode is tense and quiet.\n\n"
        "My first impressions of the show back in January were poor, but it has grown."
    )
    assert doc(text).kind is DocumentKind.EPISODE_REVIEW


@pytest.mark.parametrize(
    "title",
    [
        "Primeiras impressões: Show (episódios 1 a 3)",
        "Primeras impresiones: Show",
        "Show : premières impressions",
        "Ersteindruck: Show – Folge 1",
        "Show, erster Eindruck",
        "Kesan pertama: Show episode 1",
    ],
)
def test_first_impressions_in_another_language_are_first_impressions(title: str) -> None:
    assert doc(f"{title}\n\n{BODY}", anime="Show").kind is DocumentKind.FIRST_IMPRESSIONS


@pytest.mark.parametrize(
    "title", ["Show — finished, series thoughts", "Show: season retrospective"]
)
def test_series_thoughts_announce_a_season_review(title: str) -> None:
    parsed = doc(f"{title}\n\n{BODY}", anime="Show")
    assert parsed.kind is DocumentKind.SEASON_REVIEW
    kind_evidence = [line for name, lines in parsed.evidence if name == "kind" for line in lines]
    assert any("says so" in line for line in kind_evidence)  # the title, not a fallback


@pytest.mark.parametrize(
    "title",
    ["The Digest #9 — the Show finale, recapped", "Show Episode 4, Recapped", "Show 1x04 recapped"],
)
def test_a_headline_saying_recapped_makes_a_recap(title: str) -> None:
    assert doc(f"{title}\n\n{BODY}", anime="Show").kind is DocumentKind.RECAP


def test_recapped_is_a_kind_word_not_part_of_a_new_animes_name() -> None:
    assert doc(f"Paper Kite Episode 4, Recapped\n\n{BODY}").anime_title == "Paper Kite"


def test_a_letters_feature_heading_after_its_greeting_announces_the_kind() -> None:
    # a newsletter's subject says nothing of the kind; its greeting is running text, and the
    # feature's heading under it announces a recap (its review heading after the recap)
    text = (
        "Subject: Night Ferry #12 — fog, a bell, and a stranger aboard\n\n"
        "NIGHT FERRY\na weekly letter by Some Writer · issue #12\n\n"
        "Hi all! A short hello this week, because the feature ran long and I am tired.\n\n"
        "TIDE OF THE LANTERN EPISODE 5 RECAP\n\n"
        "The keeper rows out at dawn and finds the bell ringing on its own.\n\n"
        "WHAT I THOUGHT\n\n"
        "Quiet, strange and very good."
    )
    assert doc(text).kind is DocumentKind.RECAP


def test_a_recap_heading_for_another_episode_far_down_does_not_make_a_recap() -> None:
    # the heading names another episode than the document's: a look back, not its kind
    text = (
        "Tide of the Lantern Episode 6 Review\n\n"
        "The keeper rows out again tonight, and it is the best the show has been so far.\n\n"
        "Episode 5 Recap\n\n"
        "Last week the bell rang on its own."
    )
    assert doc(text).kind is DocumentKind.EPISODE_REVIEW


# ------------------------------------------------------- round 31: headlines inside the opening


def test_a_chat_posts_bold_headline_under_its_poster_line_announces_the_kind() -> None:
    # a channel's header sentence first, then a post: the poster's line, then its headline
    text = (
        "#shows | 9 members | Topic: weekly watch. Keep spoilers to aired episodes.\n\n"
        "Sam Lee  9:15 PM\n*Show Episode 1 First Impressions* (spoilers for ep 1 only)\n\n"
        "ok here are my thoughts after watching it last night, I'm in for the season.\n\n"
        f"{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.episode == 1
    assert parsed.kind is DocumentKind.FIRST_IMPRESSIONS


def test_a_list_item_in_a_chat_post_is_no_headline() -> None:
    # the same line as a list's item ("* " or "- "): a link among others, not the headline
    for item in ("* ", "- "):
        text = (
            "#shows | 9 members | Topic: weekly watch. Keep spoilers to aired episodes.\n\n"
            f"Sam Lee  9:15 PM\n{item}Show Episode 1 First Impressions (old thread)\n\n"
            "ok so episode 1 of Show is the one I wanted to talk about, here goes.\n\n"
            f"{BODY}"
        )
        parsed = doc(text, anime="Show")
        assert parsed.episode == 1
        assert parsed.kind is DocumentKind.EPISODE_REVIEW, item
        assert parsed.title == "", item  # the post has no headline


def test_a_subtitle_naming_the_episode_by_its_catalog_title_announces_the_kind() -> None:
    catalog = Catalog(
        title="Show",
        slug="show",
        episode_count=12,
        episodes=(CatalogEpisode(1, "A Lantern at the Harbour"),),
    )
    # the episode given (front matter), the kind not: the subtitle says it
    text = (
        "---\ntitle: Salt and Iron\nepisode: 1\n---\n\n"
        "Recap and review: Show opens with 'A Lantern at the Harbour'\n\n"
        "Hello all, the recap comes first this week, my opinions come after it.\n\n"
        f"{BODY}"
    )
    parsed = doc(text, catalogs=[catalog])
    assert (parsed.title, parsed.episode) == ("Salt and Iron", 1)
    assert parsed.kind is DocumentKind.RECAP
    # another episode's title is not this document's headline
    other = text.replace("episode: 1", "episode: 2")
    assert doc(other, catalogs=[catalog]).kind is DocumentKind.EPISODE_REVIEW


_RECAP_THEN_TAKE = (
    "{opening}\n\n"
    "Where we left off: Kato lost the map at the docks and Mina went after him alone.\n"
    "This week opens in the lighthouse, where the keeper tells Mina the map is a fake.\n"
    "Kato meanwhile bargains with the smugglers and loses his boat in the deal.\n"
    "The last scene has both of them back on the pier, with nothing to show for it.\n\n"
    "{heading}\n"
    "A quieter episode than most, and the lighthouse scenes are the best the show has done.\n"
    "Grade: B\n"
)


# (a group's notes give their takes, plural: "## Our takes")
@pytest.mark.parametrize("heading", ["**My take**", "## Thoughts", "**Review:**", "## Our takes"])
def test_an_opening_announcing_a_recap_then_a_review_heading_is_a_recap(heading: str) -> None:
    opening = "ok, my turn to do the recap this week: episode 4 of Show, a slow one."
    parsed = doc(_RECAP_THEN_TAKE.format(opening=opening, heading=heading), anime="Show")
    assert parsed.episode == 4
    assert parsed.kind is DocumentKind.RECAP


@pytest.mark.parametrize(
    ("opening", "heading"),
    [
        # no recap here, says the opening: a review
        ("No recap this week, just thoughts on episode 4 of Show, a slow one.", "**My take**"),
        ("I won't recap episode 4 of Show in full, it is a slow one.", "**My take**"),
        # a recap announced, but no review heading after it: the default stands
        ("ok, my turn to do the recap this week: episode 4 of Show, a slow one.", "Also:"),
    ],
)
def test_a_recap_not_announced_or_with_no_review_after_it_stays_an_episode_review(
    opening: str, heading: str
) -> None:
    parsed = doc(_RECAP_THEN_TAKE.format(opening=opening, heading=heading), anime="Show")
    assert parsed.episode == 4
    assert parsed.kind is DocumentKind.EPISODE_REVIEW


# ------------------------------------------- round 41: a notes app's heading, its number bare


@pytest.mark.parametrize("heading", ["other name 7 — recap", "Other Name – 7 (recap)"])
def test_a_heading_with_the_episode_bare_beside_a_dash_announces_the_kind(heading: str) -> None:
    # a notes page: its title calls it notes; a heading under a reminder to self, writing the
    # anime another way and its episode with no word for it, says the notes are a recap
    text = (
        "Show ep 7 — jottings\n\n"
        "(for the club's call on Friday)\n\n"
        f"{heading}\n\n"
        "- the ferry finally leaves the harbour. Mina stays behind, which nobody expected.\n"
        "- the storm sequence at the end is the best thing the show has animated."
    )
    parsed = doc(text, known_anime=["Show"])
    assert parsed.episode == 7
    assert parsed.kind is DocumentKind.RECAP
    # a bare number that is not the episode's says nothing of this document
    other = text.replace(heading, heading.replace("7", "6"))
    assert doc(other, known_anime=["Show"]).kind is DocumentKind.EPISODE_REVIEW


@pytest.mark.parametrize(
    "key",
    [
        'summary: "Two episodes in, does the new mecha show earn its hype?"',
        "description: Two episodes into the new mecha show, and I'm hooked.",
        "excerpt: '2 episodes in: the mecha show so far'",
    ],
)
def test_a_front_matter_summary_opening_with_a_first_look_makes_first_impressions(
    key: str,
) -> None:
    # a catch-up on the first episodes, titled by its range: the summary under the title
    # says how far the first look went
    text = f"---\ntitle: Catch-up: Show Episodes 1-2\n{key}\n---\n\n{BODY}"
    parsed = doc(text)
    assert (parsed.kind, parsed.episode) == (DocumentKind.FIRST_IMPRESSIONS, 2)


@pytest.mark.parametrize(
    "key",
    [
        # how far a later check-in went, or a first look at another number of episodes
        'summary: "Six episodes in, the mecha show is finding its feet."',
        'summary: "Three episodes in, the mecha show is finding its feet."',
        # the words further into the summary
        'summary: "A busy week. Two episodes in, we already had a betrayal."',
    ],
)
def test_a_front_matter_summary_without_a_first_look_at_its_episode_leaves_the_review(
    key: str,
) -> None:
    text = f"---\ntitle: Show Episode 2 Review\n{key}\n---\n\n{BODY}"
    assert doc(text).kind is DocumentKind.EPISODE_REVIEW


@pytest.mark.parametrize(
    ("summary", "tag"),
    [
        # a diary site's description of a log: its rating, its tag, the text's head
        ("★★★★½ — first impressions. The premise carries it.", "first impressions"),
        ("4.5/5 · First look only · The premise carries it.", "First look only"),
        ("Initial impressions. The premise carries it.", "Initial impressions"),
        # the words in a sentence about them, or what the text is not
        ("★★★★ — First impressions were wrong. The finale fixed it.", None),
        ("Back in my first impressions I hated it; now it's my favourite.", None),
        ("★★★★ — not first impressions. The finale fixed it.", None),
        ("A season review. The finale fixed it.", None),
    ],
)
def test_a_summary_tags_first_impressions_with_the_words_standing_alone(
    summary: str, tag: str | None
) -> None:
    assert summary_tags_first_impressions(summary) == tag


# --------------------------------------- a feature's heading under a newsletter's section label


def _letter(label: str, heading: str, note: str) -> str:
    # a newsletter's masthead reads as running text (its tagline ends a sentence); the
    # feature's heading sits in a box under a section label in capitals
    return (
        "THE TIDE POOL — issue #31\nA weekly letter about what we watched, one show at a time.\n"
        "View online | Unsubscribe\n\n"
        "Hello all,\n\n"
        "The autumn season is busy, so this issue is about the one show you wrote in about.\n\n"
        f"{label}\n{heading}\n{note}\n\n"
        f"{BODY}"
    )


def test_a_features_heading_under_a_section_label_announces_the_kind() -> None:
    text = _letter("THIS WEEK'S FEATURE", "Tide of the Lantern Episode 5 — recap", "(spoilers!)")
    parsed = doc(text, anime="Tide of the Lantern")
    assert parsed.episode == 5
    assert parsed.kind is DocumentKind.RECAP


@pytest.mark.parametrize(
    ("under", "kind"),
    [("FIRST IMPRESSIONS", DocumentKind.FIRST_IMPRESSIONS), ("Recap", DocumentKind.RECAP)],
)
def test_a_kind_on_its_own_line_under_the_features_episode_heading_announces_it(
    under: str, kind: DocumentKind
) -> None:
    # a club's printed bulletin: the feature's heading in capitals names the episode, its kind
    # on the line under it, then the byline
    text = _letter('TIDE OF THE LANTERN – EPISODE 1 "LOW WATER"', under, "by Ines (secretary)")
    parsed = doc(text, anime="Tide of the Lantern")
    assert parsed.episode == 1
    assert parsed.kind is kind
    # a byline under the heading announces nothing: an episode review
    plain = _letter('TIDE OF THE LANTERN – EPISODE 1 "LOW WATER"', "by Ines", "(secretary)")
    assert doc(plain, anime="Tide of the Lantern").kind is DocumentKind.EPISODE_REVIEW


def test_a_heading_numbering_its_episode_within_its_season_announces_the_kind() -> None:
    # the episode is counted through the seasons (14); the heading numbers it within its
    # season (1), and still names this document's episode
    text = _letter(
        "THE MAIN FEATURE",
        "Tide of the Lantern Season 2, Episode 1 — first impressions",
        "(that's episode 14 overall, if your tracker counts that way)",
    )
    parsed = doc(text, anime="Tide of the Lantern")
    assert parsed.episode == 14
    assert parsed.kind is DocumentKind.FIRST_IMPRESSIONS


@pytest.mark.parametrize(
    "opening",
    [
        "Back in the spring I wrote a first-impressions post full of hope. Now I have finished "
        "all twelve episodes, and most of the hope is gone.",
        "My first impressions were kind, and I stand by them. Now that all twelve episodes have "
        "aired, the show looks smaller than its premiere promised.",
    ],
)
def test_first_impressions_the_opening_looks_back_on_leave_a_whole_run_a_season_review(
    opening: str,
) -> None:
    # the opening says the whole run was watched, so it names no episode: the first
    # impressions it speaks of are an earlier post's, not this one
    parsed = doc(f"Show Review: Smaller Than Promised\n\n{opening}\n\n{BODY}", anime="Show")
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


@pytest.mark.parametrize(
    "standfirst",
    [
        "(first impressions of the premiere; no spoilers from the books, I promise)",
        "My first impressions, written the night it aired.",
    ],
)
def test_a_features_standfirst_under_its_episode_heading_says_first_impressions(
    standfirst: str,
) -> None:
    # the letter's greeting is its first running text; its feature comes under a heading of
    # its own that names the episode and no kind, and the line under that says what it is
    text = (
        "THE SLOW WATCH\nA letter about anime, most Sundays\n\n"
        "Hi all,\n\n"
        "Welcome back to the summer season and to everyone who signed up this week. I write one "
        "long piece each Sunday and a few short notes after it.\n\n"
        "PAPER LANTERN SUMMER, EPISODE 1: A QUIET RETURN\n\n"
        f"{standfirst}\n\n"
        f"{BODY}"
    )
    parsed = doc(text, anime="Paper Lantern Summer")
    assert parsed.episode == 1
    assert parsed.kind is DocumentKind.FIRST_IMPRESSIONS


def test_a_standfirst_under_a_heading_naming_another_episode_says_nothing() -> None:
    # the heading under the greeting names an episode other than the document's
    text = (
        "Paper Lantern Summer Episode 6\n\n"
        "Welcome back to the summer season and to everyone who signed up this week. I write one "
        "long piece each Sunday and a few short notes after it.\n\n"
        "A LOOK BACK AT EPISODE 1\n\n"
        "(my first impressions, revisited)\n\n"
        f"{BODY}"
    )
    parsed = doc(text, anime="Paper Lantern Summer")
    assert parsed.episode == 6
    assert parsed.kind is DocumentKind.EPISODE_REVIEW


@pytest.mark.parametrize(
    "title",
    [
        "The Lamps Go Out — first watch notes",
        "First-watch reactions: Show episode 1",
        "Show ep 1, my first viewing",
    ],
)
def test_a_first_watch_of_the_premiere_is_first_impressions(title: str) -> None:
    # the writer's first viewing of the show's first episode (named by its number or its own
    # title) is a first look at the show
    assert kind_of(title, 1) is DocumentKind.FIRST_IMPRESSIONS


@pytest.mark.parametrize(
    ("title", "episode"),
    [("Show ep 6, first watch notes", 6), ("Show: first watch of the whole run", None)],
)
def test_a_first_watch_of_a_later_episode_or_the_series_announces_no_first_look(
    title: str, episode: int | None
) -> None:
    # a newcomer's first viewing of a later episode reviews that episode; of the whole run,
    # the series: "first watch" alone says no first look there
    assert kind_of(title, episode) is not DocumentKind.FIRST_IMPRESSIONS


@pytest.mark.parametrize(
    "title",
    [
        "Harbor Lights Episode 6.5 Review — is a recap episode worth it?",
        "Harbor Lights: the recap special, rated",
        "Should you skip the Harbor Lights recap episodes? Episode 7 thoughts",
    ],
)
def test_a_recap_episode_reviewed_is_no_recap(title: str) -> None:
    # "recap" naming the kind of episode that aired is not the post's kind
    assert kind_of(title, 6) is DocumentKind.EPISODE_REVIEW


@pytest.mark.parametrize("title", ["Harbor Lights Recap Episode 5", "Harbor Lights ep 5 recap"])
def test_a_recap_naming_its_episode_stays_a_recap(title: str) -> None:
    assert kind_of(title, 5) is DocumentKind.RECAP


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Harbor Lights Episode 9 Review: Finally Past the Story So Far, After the Recap",
         DocumentKind.EPISODE_REVIEW),
        ("Harbor Lights ep 9 review, following last week's recap", DocumentKind.EPISODE_REVIEW),
        ("Harbor Lights Episode 9 Reviewed: the Post-Recap Return", DocumentKind.EPISODE_REVIEW),
        # back from it, or the recap named as a pause in the airing
        ("Harbor Lights Episode 9 Review — Returning From a Recap", DocumentKind.EPISODE_REVIEW),
        ("Harbor Lights ep 9 review: the recap hiatus was worth it", DocumentKind.EPISODE_REVIEW),
        # a recap of its own beside the one it came after, or no review word: a recap
        ("Harbor Lights Episode 9 Recap and Review After the Recap Week", DocumentKind.RECAP),
        ("Harbor Lights Episode 9 Recap: back after the break", DocumentKind.RECAP),
    ],
)  # fmt: skip
def test_a_review_of_the_episode_after_a_recap_is_no_recap(title: str, kind: DocumentKind) -> None:
    # "recap" naming the recap the reviewed episode came after is not the post's kind
    assert kind_of(title, 9) is kind


# ------------------------------------------- round 66: a saved e-mail's headers over its letter


def _saved_letter(headers: str) -> str:
    # a newsletter saved with its e-mail's headers (the subject ending as a question does),
    # its masthead, a greeting and a paragraph of news, then the feature's heading in a box
    return (
        f"{headers}\n\n"
        "Read this issue on the web\n\n"
        "THE LANTERN POST\nIssue #9 · a letter about the week's new shows\nby Some Writer\n\n"
        "Hello everyone,\n\n"
        "Autumn is here and I have seen more first episodes than is good for anyone. Most of\n"
        "this issue is about one of them, the rest is at the bottom as usual, and thanks to the\n"
        "few of you who wrote in about the last issue's long detour into ending themes; it\n"
        "was fun to read every one of your replies.\n\n"
        "----------------------------------------\n"
        "FIRST IMPRESSIONS: TIDE OF THE LANTERN, EPISODE 1\n"
        '"Low Water"\n'
        "----------------------------------------\n\n"
        f"{BODY}"
    )


def test_a_saved_emails_headers_are_no_running_text_nor_part_of_the_opening() -> None:
    # the header block holds a sentence's end ("…anything more than pretty?") but is the
    # envelope: the letter's feature heading further down still announces its kind
    text = _saved_letter(
        "From: The Lantern Post <hello@lanternpost.example>\nTo: you\n"
        "Subject: #9 — Is Tide of the Lantern anything more than pretty?\n"
        "Date: Sun, 12 Oct 2025 08:30 +0100"
    )
    parsed = doc(text, anime="Tide of the Lantern")
    assert parsed.title == "#9 — Is Tide of the Lantern anything more than pretty?"
    assert parsed.episode == 1
    assert parsed.kind is DocumentKind.FIRST_IMPRESSIONS


def test_a_paragraph_of_labelled_lines_that_are_no_mail_headers_is_running_text() -> None:
    # "Note: …" lines are no e-mail's headers: the paragraph is running text, and the
    # heading further down is past the opening, as before
    text = _saved_letter(
        "Note: this was sent late, so the dates are wrong and I am sorry about that.\n"
        "Also: the next issue will be shorter than this one, I promise it will be.\n"
        "Finally: the quiz is back next week, with the answers to the last one."
    )
    assert doc(text, anime="Tide of the Lantern").kind is DocumentKind.EPISODE_REVIEW


# ------------------------------------ round 66: a letter's contents labelling its feature's show


def _letter_with_contents(item: str) -> str:
    """A club's letter: its masthead, a sentence, its contents with `item` third, then club
    news long enough that the feature's heading ("EPISODE 1") lies past the opening."""
    return (
        "THE HARBOUR BELL, issue 7\nLantern Tide Film Club\n\n"
        "You get this letter because you joined us at the autumn fair, thank you for that.\n\n"
        "IN THIS ISSUE\n"
        "  1. Club news\n"
        "  2. Screenings\n"
        f"  {item}\n"
        "  4. Odds and ends\n\n"
        "1. CLUB NEWS\n\n"
        "We met twice this month and watched far too much, as every autumn.\n\n"
        "2. SCREENINGS\n\n"
        "Fridays at seven, the usual room, bring your own snacks as always.\n\n"
        "3. TIDE OF THE LANTERN (Episode 1)\n\n"
        f"{BODY}"
    )


@pytest.mark.parametrize(
    "item", ["3. First Impressions: Tide of the Lantern", "3) First look: TIDE OF THE LANTERN"]
)
def test_a_letters_contents_labelling_its_show_announces_the_kind(item: str) -> None:
    # the contents' line names the letter's show after a kind's label: its feature is that
    parsed = doc(_letter_with_contents(item), anime="Tide of the Lantern")
    assert parsed.episode == 1
    assert parsed.kind is DocumentKind.FIRST_IMPRESSIONS


@pytest.mark.parametrize(
    "item",
    [
        # another show labelled; a label saying more than a kind; a link in a bulleted list
        "3. First Impressions: Salt and Iron",
        "3. Last week's first impressions: Tide of the Lantern",
        "- First Impressions: Tide of the Lantern",
    ],
)
def test_a_contents_line_not_labelling_the_show_so_says_nothing_of_the_kind(item: str) -> None:
    parsed = doc(_letter_with_contents(item), anime="Tide of the Lantern")
    assert parsed.episode == 1
    assert parsed.kind is DocumentKind.EPISODE_REVIEW


# --------------------------------------- round 66: breadcrumbs filing a copied page under recaps


def _copied_page(crumbs: str, headline: str = "Salt on the Wind") -> str:
    return (
        f"{crumbs}\n\n{headline}\n"
        "Season 1, Episode 4 — posted March 3, 2024 by Some Writer (staff)\n\n"
        "The ferry leaves at dawn and Mina is not on it, which the whole town notices.\n\n"
        f"{BODY}"
    )


@pytest.mark.parametrize("crumbs", ["Home / Recaps / Show", "Home › TV Recaps › Show"])
def test_breadcrumbs_filing_a_page_under_recaps_make_a_recap(crumbs: str) -> None:
    # a site's trail names the section the page is filed in, as its category would
    parsed = doc(_copied_page(crumbs), anime="Show")
    assert parsed.episode == 4
    assert parsed.kind is DocumentKind.RECAP


@pytest.mark.parametrize(
    ("crumbs", "headline"),
    [
        # filed under reviews, which file every kind; a headline calling itself a review
        ("Home / Reviews / Show", "Salt on the Wind"),
        ("Home / Recaps / Show", "Show Review: Salt on the Wind"),
    ],
)
def test_breadcrumbs_filing_no_kind_or_under_a_review_headline_leave_an_episode_review(
    crumbs: str, headline: str
) -> None:
    parsed = doc(_copied_page(crumbs, headline), anime="Show")
    assert parsed.episode == 4
    assert parsed.kind is DocumentKind.EPISODE_REVIEW


_WIKI_CHROME = "\n\n".join(["Show Wiki", "Explore", "Characters", "Episodes", "Lore", "Sign In"])
_INFOBOX = "\n\n".join(["Episode", "7", "Season", "1", "Aired", "May 3, 2031", "Director"])


@pytest.mark.parametrize(
    "lead",
    [
        '"The Long Walk Home" is the seventh episode of the Show anime series. It aired in May.',
        "Episode 7 is the 7th and final episode of the Show anime, adapting chapters 9 to 11.",
    ],
)
def test_a_wiki_episode_article_is_a_recap(lead: str) -> None:
    # past a wiki's chrome and infobox, its article opens by saying what the episode is: the
    # article tells what happens in it, with no review heading and no score
    text = f"Show Episode 7\n\n{_WIKI_CHROME}\n\n{_INFOBOX}\n\n{lead}\n\n{BODY}"
    parsed = doc(text, anime="Show")
    assert (parsed.episode, parsed.kind) == (7, DocumentKind.RECAP)


@pytest.mark.parametrize(
    "lead",
    [
        "This is the seventh episode of the Show anime I have covered, and the best one yet.",
        "Episode 7 is the best episode of the Show anime so far, and it is not even close.",
    ],
)
def test_a_review_saying_which_episode_it_is_stays_an_episode_review(lead: str) -> None:
    parsed = doc(f"Show Episode 7\n\n{lead}\n\n{BODY}", anime="Show")
    assert (parsed.episode, parsed.kind) == (7, DocumentKind.EPISODE_REVIEW)


@pytest.mark.parametrize(
    "title",
    [
        "Lighthouse Keepers Episode Guide: Episode 9",
        "EPISODE GUIDE — Lighthouse Keepers, Episode 9",
    ],
)
def test_an_episode_guides_entry_for_one_episode_is_a_recap(title: str) -> None:
    # a fan site's guide sums up each episode on a page of its own; the keeper's short note
    # under the synopsis is the entry's review section
    text = (
        f"{title}\n\n"
        "Plot\n\n"
        "The keeper rows out to the reef at dawn and finds the lamp already lit. Nobody on "
        "the island admits to lighting it, and the harbourmaster blames the gulls.\n\n"
        "Keeper's note\n\n"
        "A slow one, but the last shot of the lamp is worth the wait. 3 out of 5."
    )
    parsed = doc(text, anime="Lighthouse Keepers")
    assert parsed.episode == 9
    assert parsed.kind is DocumentKind.RECAP


@pytest.mark.parametrize(
    "title",
    ["Show Mid-Season Check-In (Episodes 1-5)", "Halfway checkin: Show, episode 5"],
)
def test_a_check_in_saying_how_far_it_watched_is_an_episode_review(title: str) -> None:
    # its opening looks back on the writer's first look, another post
    text = (
        f"{title}\n\n"
        "Five episodes along, here is the update I promised in my first impressions post "
        "back in January. The show has found its feet.\n\n"
        f"{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert (parsed.episode, parsed.kind) == (5, DocumentKind.EPISODE_REVIEW)


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        (
            "Same weekly write-up as ever, not a first-look post: I covered the whole first "
            "season here, so on to the new one.",
            DocumentKind.EPISODE_REVIEW,
        ),
        (
            "There will be no first impressions from me this time around, just my usual notes "
            "on the episode.",
            DocumentKind.EPISODE_REVIEW,
        ),
        (
            "My first impressions of the new season, written right after it aired.",
            DocumentKind.FIRST_IMPRESSIONS,
        ),
    ],
)
def test_first_impressions_the_opening_says_the_text_is_not_leave_an_episode_review(
    opening: str, kind: DocumentKind
) -> None:
    # a later season's first episode, reviewed as every week's is: the opening names the kind
    # only to say the text is not one
    parsed = doc(f"Show Season 3 Episode 1: Under the Tide\n\n{opening}\n\n{BODY}", anime="Show")
    assert parsed.episode == 1
    assert parsed.kind is kind


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        (
            "I said in my first impressions that this show could unsettle you, and this week "
            "rather proved the point.",
            DocumentKind.EPISODE_REVIEW,
        ),
        (
            "A lot has changed since our original first-look post; the show is darker now.",
            DocumentKind.EPISODE_REVIEW,
        ),
        (
            "These are my first impressions, written after the first two episodes aired.",
            DocumentKind.FIRST_IMPRESSIONS,
        ),
    ],
)
def test_first_impressions_the_opening_looks_back_on_leave_an_episode_review(
    opening: str, kind: DocumentKind
) -> None:
    # a later episode's review naming the writer's earlier post as where something was said
    parsed = doc(f"Show Episode 2 Review\n\n{opening}\n\n{BODY}", anime="Show")
    assert parsed.episode == 2
    assert parsed.kind is kind


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (
            "(A word first: this site's theme tags every weekly post as a “recap”. It isn't "
            "one; these are my opinions on the episode.)",
            DocumentKind.EPISODE_REVIEW,
        ),
        ("Here is what happened this week, scene by scene.", DocumentKind.RECAP),
    ],
)
def test_a_recap_title_the_opening_says_is_the_sites_label_is_an_episode_review(
    note: str, kind: DocumentKind
) -> None:
    # the site's template puts "Recap" in every headline; the writer says so, and reviews
    parsed = doc(f"Show Episode 7 Recap\n\n{note}\n\n{BODY}", anime="Show")
    assert parsed.episode == 7
    assert parsed.kind is kind


# ----------------------------- round 116: a letter's feature labelled by the show's other name


def test_a_feature_heading_labelling_the_show_by_its_other_name_gives_the_kind() -> None:
    # "## First impressions: <Romaji> Season 2", the aside under it giving the store's name:
    # the heading the anime was found by labels the feature, though it names the show otherwise
    text = (
        "# The Porch Letter #31 — Back to the Orchard\n\n"
        "*A weekly anime letter. [View in browser](#)*\n\n"
        "## In the news this week\n\n"
        "- **Blue Lock** fans, the film has a release date.\n\n"
        "## First impressions: Shizuka na Kajuen Season 2\n\n"
        "*(The Quiet Orchard in English. This covers the season two premiere, episode 14 "
        "overall.)*\n\n"
        "The pears are back and so is the farmer's grumbling.\n\n"
        "**My rating: ★★★★**\n"
    )
    parsed = doc(text, known_anime=["The Quiet Orchard", "Blue Lock"])
    assert parsed.anime_title == "The Quiet Orchard"
    assert parsed.kind == DocumentKind.FIRST_IMPRESSIONS


# --------------------------------------------------------------------------- round 126


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # the premiere itself the title's subject, before the episode's own title or a note
        ('Quiet Harbour premiere — "The Lamp Is Lit at Dusk"', DocumentKind.FIRST_IMPRESSIONS),
        ("Quiet Harbour Premiere: notes from the couch", DocumentKind.FIRST_IMPRESSIONS),
        # a review of the episode calling it a premiere after saying what it reviews
        ("Quiet Harbour Episode 1 Review — a strong premiere", DocumentKind.EPISODE_REVIEW),
        ("Quiet Harbour Review: A Strong premiere - the lamp is lit", DocumentKind.EPISODE_REVIEW),
        ("Quiet Harbour — the lamp is lit", DocumentKind.EPISODE_REVIEW),
    ],
)
def test_a_title_on_the_shows_premiere_itself_is_first_impressions(
    title: str, kind: DocumentKind
) -> None:
    assert kind_of(title, 1) is kind


def test_a_later_episodes_premiere_subject_is_no_first_look() -> None:
    # only the show's own premiere, its episode 1, is a first look at the show
    assert kind_of("Quiet Harbour Season 2 premiere — the lamp again", 14) is (
        DocumentKind.EPISODE_REVIEW
    )
