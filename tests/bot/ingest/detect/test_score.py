"""bot/ingest/detect/score.py: the reviewer's score, and the fractions that are not one."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.ingest.detect.score import (
    _GRADE,
    _GRADE_AT_END,
    _MAX_COLONS,
    _MAX_SLASHES,
    _OF_WORDS,
    _cue_starts,
    _says_foreign_of_scale,
    _says_half,
    _says_label,
    _says_range_scale,
    ascii_lowered,
    may_give_score,
    score_in,
    stated_unit,
)
from bot.models import (
    ParsedDocument,
)
from bot.text.finds import matches_from
from tests.bot.ingest.helpers import (
    BODY,
    doc,
)


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
        # the unit first, the scale stated in parentheses after it
        ("Our score: 6.5 points (out of 10)", "6.5 points (out of 10)", 6.5, 10),
        ("The verdict: 3 stars (out of 5).", "3 stars (out of 5)", 3, 5),
        ("My rating: 2 points (/5)", "2 points (/5)", 2, 5),
    ],
)
def test_score_formats(closing: str, raw: str, value: float, scale: float) -> None:
    parsed = scored(closing)
    assert parsed.score is not None
    assert (parsed.score.raw, parsed.score.value, parsed.score.scale) == (raw, value, scale)
    assert parsed.score.score_100 == round(value / scale * 100, 1)


@pytest.mark.parametrize(
    ("line", "raw", "value", "scale"),
    [
        ("Evaluation: 8 points (out of 10 points)", "8 points (out of 10 points)", 8, 10),
        ("Rating: 4 stars (out of 5 stars)", "4 stars (out of 5 stars)", 4, 5),
    ],
)
def test_a_unit_restated_after_the_scale_in_parentheses(
    line: str, raw: str, value: float, scale: float
) -> None:
    # a machine-translated blog writes the unit on each side of "out of", the scale in
    # parentheses; later lines give the series and other weeks bare points, on no scale
    later = "The whole series is about 7 points for now. Last week was 9 points."
    parsed = doc(f"Show Episode 2 Review\n\n{BODY}\n\n{line}\n\n{later}\n\n{BODY}")
    assert parsed.score is not None
    assert (parsed.score.raw, parsed.score.value, parsed.score.scale) == (raw, value, scale)


# the number alone in Markdown's emphasis, its scale outside it, as a review site's header
# line or a closing line sets it: read as the fraction, its marks left out of the raw
@pytest.mark.parametrize(
    ("line", "raw"),
    [
        ("Review by **mossy_lantern** · Score **72**/100 · 👍 41 · 👎 3", "72/100"),
        ("My rating: *8* out of 10, and that's generous.", "8 out of 10"),
        ("Score: __7.5__/10", "7.5/10"),
        # a closing mark with no opening one is a footnote's, no emphasis
        ("Score: 6*/10 (*see the note on episode 4)", None),
    ],
)
def test_a_number_in_emphasis_before_its_scale_is_a_score(line: str, raw: str | None) -> None:
    body = f"{line}\n\n{BODY}\n\nWorth watching if you liked the first season.\n"
    score = score_in("", body, body.rindex("Worth"), boxes=False)
    assert (score.raw if score else None) == raw


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
        "Fan rating: 4.3/5 (1,204 votes)   IMDb: 7.9/10   Stream it on Netflix",
        "It aired on 1/24 in Japan.",
        "The finale aired 2024/01/05.",
        "Posted 12/25/2023.",
        "It airs at 10:30 pm.",
        "About 1/2 of the cast is new.",
        "70 out of 100 people I asked liked it.",
        "The rating is 12/10 for hype.",  # above its scale
        "It was commissioned for the studio's 25th anniversary.",
        "The team lost by 3 points (out of 40 scored) in the final match.",
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


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        ("My score: 7/10 (club avg: 8.5/10)", "7/10"),
        ("my rating: 3 out of 5 (server avg from the four who voted: 7.2/10)", "3 out of 5"),
        ("Mine: 6/10. Group avg: 8/10.", "6/10"),
    ],
)
def test_an_abbreviated_average_beside_the_writers_score_is_not_it(closing: str, raw: str) -> None:
    # a group's or club's "avg", its figure after a label's colon, set beside the writer's own
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    "closing",
    [
        "It sat at 4.1 out of 5 on AniList by Sunday morning.",
        "For the record it is 8.3/10 on Kitsu right now. No score from me until the finale.",
        "The pilot had 7.9/10 on Letterboxd, for what that is worth.",
    ],
)
def test_a_rating_sites_figure_quoted_by_the_writer_is_not_theirs(closing: str) -> None:
    # a database site's users' aggregate, the site named right after the figure
    assert scored(closing).score is None


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        ("I gave it 8/10 on AniList, and I stand by it.", "8/10"),
        ("I'd give it 7/10 on MAL too.", "7/10"),
        ("I'd rate it 4 out of 5 on Letterboxd.", "4 out of 5"),
    ],
)
def test_a_score_the_writer_logs_on_a_rating_site_is_theirs(closing: str, raw: str) -> None:
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == raw


def test_an_abbreviated_average_alone_is_no_score() -> None:
    assert scored("Group avg: 8.1/10 from five of us.").score is None


def test_front_matter_score_overrides_the_text() -> None:
    parsed = doc(f"---\nscore: 4 out of 5\n---\nShow Episode 2 Review\n\n{BODY}\n\nScore: 6/10")
    assert parsed.score is not None
    assert (parsed.score.raw, parsed.score.value, parsed.score.scale) == ("4 out of 5", 4, 5)


def test_many_slashes_are_not_scores_and_do_not_hang() -> None:
    parsed = doc("Show Episode 1 Review\n\n" + "see 1/2/3 " * 20_000 + "\n\nScore: 8/10")
    assert parsed.score is not None
    assert parsed.score.raw == "8/10"


def test_a_score_list_of_episode_ranges_is_not_the_reviewers_score() -> None:
    body = (
        "Thirteen episodes later, the show is finished.\n\n"
        "- Episode 1: 8/10\n- Episodes 4-6: 6/10\n- Episodes 10-12: 5/10\n- Ep 13: 7/10"
    )
    parsed = doc(f"Show Season 1 Review\n\n{body}")
    assert parsed.score is None


@pytest.mark.parametrize(
    "table",
    [
        # a table of episode ranges' scores, one row a line ("1-3 | 6/10")
        "Weeks | Score\n1-3 | 6/10\n4-8 | 6/10\n9-12 | 9/10",
        "| Episodes | Score |\n|---|---|\n| 1–3 | 6/10 |\n| 4–8 | 6/10 |\n| 9–12 | 9/10 |",
        # ...and the same table flattened on one line, as a page's score box reads
        "Episodes Score 1-3 6/10 4-8 6/10 9-12 9/10",
    ],
)
def test_a_table_of_episode_ranges_scores_does_not_beat_the_overall_score(table: str) -> None:
    body = (
        "Twelve weeks on, the show has earned its ending.\n\n"
        f"Scores from our weekly posts\n\n{table}\n\nOverall\n\n7/10 — patient and kind."
    )
    parsed = doc(f"Show Season 1 Review\n\n{BODY}\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize(
    "table",
    [
        "1-3 | 6/10\n4-8 | 6/10\n9-12 | 9/10",
        "| 1–3 | 6/10 |\n| 4–8 | 6/10 |\n| 9–12 | 9/10 |",
        "Episodes 1-3 | 6/10\nEpisodes 4-8 | 6/10\nEpisodes 9-12 | 9/10",
    ],
)
def test_a_table_of_episode_ranges_alone_gives_no_score(table: str) -> None:
    body = f"Twelve weeks on, the show has earned its ending.\n\n{table}"
    assert doc(f"Show Season 1 Review\n\n{BODY}\n\n{body}").score is None


@pytest.mark.parametrize(
    "table",
    [
        # each row's episode with its number counted through the seasons beside, in brackets
        "| Ep | Score |\n|---|---|\n| 1 (13) | 6/10 |\n| 2 (14) | 9/10 |\n| 3 (15) | 7/10 |",
        "| Ep | Score |\n|---|---|\n| 1–4 (13–16) | 6, 7, 9, 7 |\n| 5 (17) | 9/10 |",
    ],
)
def test_a_table_of_episodes_numbered_through_the_seasons_gives_no_score(table: str) -> None:
    # a season review that keeps its weekly scores and gives the season none of its own
    body = f"I won't put one number on this season.\n\n{table}"
    assert doc(f"Show Season 2 Review\n\n{BODY}\n\n{body}").score is None


def test_one_range_before_a_score_is_no_table() -> None:
    # a two-episode review's own line: one range, one score
    body = "The double bill is the show at its best.\n\nMy score for 3-4: 8/10"
    parsed = doc(f"Show Episodes 3-4 Review\n\n{BODY}\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "8/10"


@pytest.mark.parametrize(
    "table",
    [
        # an aggregator's table of other outlets' reviews, as an HTML table reads extracted
        'Outlet | Critic | Score | Quote\nFirst Site | A. Writer | 6/10 | "Slow."\n'
        'Second Site | B. Writer | 4/5 | "Lovely."\nThird Site | C. Writer | 8/10 | "Yes."',
        # ...and as a Markdown table, its header in emphasis
        "| **Reviewer** | **Score** |\n|---|---|\n| someone | 9/10 |\n| someone else | 5/10 |",
    ],
)
def test_a_table_of_other_reviewers_scores_gives_no_score(table: str) -> None:
    body = f"We gathered what the critics said this week.\n\n{table}"
    assert doc(f"Show Episode 4 Review\n\n{BODY}\n\n{body}").score is None


def test_a_table_of_other_reviewers_scores_does_not_beat_the_writers_own() -> None:
    table = "Critic | Score\nOne Outlet | 9/10\nAnother Outlet | 8/10"
    body = f"Verdict: 6/10, kinder than most.\n\nWhat others gave it:\n\n{table}"
    parsed = doc(f"Show Episode 4 Review\n\n{BODY}\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "6/10"


@pytest.mark.parametrize(
    "section",
    [
        # an aggregator's list of outlets, each entry closing on its own score
        "Critic Reviews\n\n- 90 First Site — A. Writer: patient and sad. Original score: 9/10\n"
        "- 80 Second Site — B. Writer: the score does the work. Original score: 4/5",
        # the users' short reviews under their heading, one a paragraph each
        "## User Reviews\n\nCried twice, 10/10.\n\nToo slow for me, 5/10 at best.",
        "### What the critics say\n\n- Third Site: 8/10\n- Fourth Site: 7/10",
    ],
)
def test_the_scores_under_a_heading_of_others_reviews_are_theirs(section: str) -> None:
    body = f"We gathered what people made of the episode.\n\n{section}"
    assert doc(f"Show Episode 4 Review\n\n{BODY}\n\n{body}").score is None
    # the writer's own, in a section of its own after theirs, stands
    own = doc(f"Show Episode 4 Review\n\n{BODY}\n\n{body}\n\nMy verdict\n\nScore: 6/10")
    assert own.score is not None and own.score.raw == "6/10"


@pytest.mark.parametrize(
    ("own", "raw"),
    [
        ("Our score: 7.5 / 10", "7.5 / 10"),
        ("**My rating:** 3/5", "3/5"),
        ("My own grade — B+", "B+"),
        ("Final Score: 4/10 Pretty, and empty.", "4/10"),
        ("me: 6/10", "6/10"),
    ],
)
def test_a_score_labelled_the_pages_own_verdict_under_a_heading_of_others_reviews_is_its(
    own: str, raw: str
) -> None:
    # a site's verdict box put back after the article, under its last section: others' scores
    section = "What others said\n\n- Forum poll: 4.1/5\n- Readers' average: 8.8"
    body = f"A tidy, funny episode with one rushed scene.\n\n{section}\n\n{own}"
    parsed = doc(f"Show Episode 4 Review\n\n{BODY}\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    "table",
    [
        # a review card's single row under a reviewer's column: the writer's own
        "| Reviewer | Score |\n|---|---|\n| Sam | 7/10 |",
        # a sub-scores card: its columns name no one
        "| Category | Score |\n|---|---|\n| Story | 6/10 |\n| Overall | 7/10 |",
    ],
)
def test_a_table_naming_no_others_keeps_its_score(table: str) -> None:
    body = f"A steady week for the show.\n\n{table}"
    parsed = doc(f"Show Episode 4 Review\n\n{BODY}\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "7/10"


def test_a_label_two_lines_up_does_not_make_another_shows_stars_the_score() -> None:
    body = (
        "The satire is sharper than I remembered.\n\nRating: ★★★★☆\n\nAdvertisement\n"
        "More reviews: Other Show Episode 3 Review ★★★☆☆"
    )
    parsed = doc(f"Show Episode 3 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "★★★★☆"


def test_a_label_on_the_line_above_the_stars_still_labels_them() -> None:
    body = "The fight looks great.\n\nThe police scenes drag.\n\nOur rating\n\n★★★½"
    parsed = doc(f"Show Episode 9 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "★★★½"


def test_a_heading_labels_the_emphasised_stars_under_it_over_a_weekly_score_quoted() -> None:
    # a season review quoting the score its weekly post gave one episode ("I gave it 9/10"):
    # the stars in emphasis under the "Overall rating" heading are the season's
    body = (
        "Twelve episodes, one long summer.\n\nBest episode: the festival night (I gave it"
        " 9/10 that week). Worst: the clip show.\n\n### Overall rating\n\n"
        "**★★★★☆ — 4 out of 5**\n\nA gentle, sure-footed season."
    )
    parsed = doc(f"Show Season 1 Review\n\n{BODY}\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "★★★★☆"
    # (a list's bullet is no emphasis: a poll's choices under its question are not labelled)
    poll = "\n\n### How would you rate it?\n\n* ★★★★★\n* ★★★☆☆"
    parsed = doc(f"Show Season 1 Review\n\n{BODY}\n\n{body}{poll}")
    assert parsed.score is not None and parsed.score.raw == "★★★★☆"


@pytest.mark.parametrize(
    "aside",
    [
        "Also out this week: the film got a C, more on that in Friday's post.",
        "Catching up elsewhere, I gave the manga an A- last spring.",
        "For the record, the light novel earned a C when I reviewed it.",
    ],
)
def test_another_works_grade_after_an_episodes_grade_is_not_the_score(aside: str) -> None:
    text = (
        f"Show Episode 5 Review\n\n{BODY}\n\nA tidy week overall.\n\n**My grade: B+**\n\n"
        f"It holds together better than last week.\n\n{aside}"
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "B+"


def test_the_overall_row_of_a_markdown_grade_table() -> None:
    text = (
        "# Report card: Show, episode ten\n\n| Category | Grade |\n|---|---|\n"
        "| Animation | A |\n| Story | C |\n| **Overall** | **B** |\n\n"
        "Episode ten is the busiest the show has been.\n\nThe fight is the best of the season."
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "B"
    assert parsed.score.score_100 is None  # a letter grade: no scale stated


@pytest.mark.parametrize(
    "overall", ["Overall grade | C+", "Overall | **C+**", "**Overall score** | C+ |"]
)
def test_the_overall_row_of_a_web_pages_grade_table_read_as_text(overall: str) -> None:
    # a page's <table> as its text gives it: each row a line, its cells set apart by "|",
    # no pipes at the line's ends
    text = (
        "Show Episode 4 Review\n\nGrades for episode 4 | \nPlot | B\nVisuals | A-\n"
        f"{overall}\n\n"
        "Episode four spends too long on the tournament's rules.\n\n"
        "The last duel almost makes up for it, and the grade above says so."
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "C+"


def test_the_overall_row_naming_what_it_grades_among_stretches_grades_read_as_text() -> None:
    # a season review's report card as its text gives it: each stretch of episodes graded,
    # an aspect too, then the overall row naming what it grades ("Overall series grade")
    text = (
        "Harbor Lights Season 1 Review\n\nThe first season takes its time with the harbor, "
        "and the time is mostly well spent.\n\nThe scorecard\n\nPart | Grade | Note\n"
        "Episodes 1–4 | C+ | Setup\nEpisodes 5–8 | B | The storm arc\nEnding theme | A | Lovely\n"
        "Overall series grade | B- | Uneven, then warm\n\nClosing thoughts\n\nA slow show "
        "that knows where it is going, and gets there in the last two episodes."
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "B-"


def test_an_overall_label_gives_a_grade() -> None:
    body = "The fight is great.\n\nThe police scenes drag.\n\nOverall: B+"
    parsed = doc(f"Show Episode 10 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "B+"


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        # the count through the seasons after another show's episode: not the label
        (
            "## my grade\n\n**C+** — pretty, hollow.\n\n- Other Show S3 ep 2 (ep 26 overall) — A.",
            "C+",
        ),
        ("My grade: C+. I also watched Other Show S2, episode 4 (#16 overall): A-", "C+"),
        ("My score: 6/10\n\nAlso watched: Other Show S2 ep 4 (ep 16 overall) — 9/10", "6/10"),
    ],
)
def test_overall_after_an_episode_number_counts_episodes_and_labels_no_score(
    closing: str, raw: str
) -> None:
    body = "The fight is great.\n\nThe police scenes drag.\n\n" + closing
    parsed = doc(f"Show Episode 1 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == raw


def test_a_tldr_line_gives_the_score() -> None:
    body = (
        "**TL;DR:** 7/10, a slow episode that lets the characters breathe.\n\n"
        "The conversation in the car is the best writing so far.\n\nThe fight is short."
    )
    parsed = doc(f"Show Episode 9 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize(
    ("line", "raw"),
    [
        ("**TL;DR: a fun heist, a limp ending. 7/10.**", "7/10"),
        ("Verdict: the middle drags, the last fight does not. 6.5/10", "6.5/10"),
        ("*Short version* - it finally looks like a real show! 8/10!", "8/10"),
        # a summing-up's label, no score's word in it: the notes' or post's verdict line
        ("overall: really solid, easily the best of the cour. 8.5/10", "8.5/10"),
        ("Bottom line - the heist works, the villain doesn't. 7/10.", "7/10"),
        ("**Overall thoughts:** quieter than usual, and better for it. 4/5", "4/5"),
        ("Overall: fun. Not as good as the 9/10 I gave the premiere, though.", None),
        # the score inside a later sentence, or a readers' line: no verdict's last word
        ("TL;DR: it drags. Still better than the 4/10 of last week, though.", None),
        ("Readers' verdict: a crowd-pleaser. 9/10.", None),
    ],
)
def test_a_verdict_label_opening_a_line_labels_the_score_closing_it(
    line: str, raw: str | None
) -> None:
    # a post's summary line up top: its label first, a sentence, then the score on its own
    body = (
        f"Back with this week's write-up.\n\n{line}\n\n"
        "The heist plan takes most of the runtime.\n\nThe soundtrack carries the quiet bits.\n\n"
        "The last scene sets up next week's finale.\n\nSee you then."
    )
    parsed = doc(f"Show Episode 9 Review\n\n{body}")
    assert (parsed.score.raw if parsed.score else None) == raw


@pytest.mark.parametrize(
    ("heading", "paragraph", "raw"),
    [
        ("Score", "A messy heist with a great last act, and it knows it. 6.5/10", "6.5/10"),
        ("Our verdict", "The ferry chase alone is worth it! **8/10**", "8/10"),
        # the score inside the sentence, or under a readers' heading: not the paragraph's end
        ("Score", "It drags. Still better than the 4/10 of last week, though.", None),
        ("Reader rating", "A crowd-pleaser, the comments agree. 9/10", None),
    ],
)
def test_a_bare_heading_labels_the_score_closing_the_paragraph_under_it(
    heading: str, paragraph: str, raw: str | None
) -> None:
    # an HTML page's text: its "Score" heading's marks lost, the paragraph under it a gloss
    # closed by the score, then a section looking ahead whose lines run on past it
    body = (
        "The heist plan takes most of the runtime, and the crew finally feels like one.\n\n"
        f"{heading}\n\n{paragraph}\n\nWhat comes next\n\n"
        "With five episodes left, the show could still go either way. If it leans into the "
        "rivalry, the back half could be its best stretch; if it goes back to filler, not.\n\n"
        "My guess for the season, for the record: a solid 7 overall, and a louder finale."
    )
    parsed = doc(f"Show Episode 7 Review\n\n{body}")
    assert (parsed.score.raw if parsed.score else None) == raw


@pytest.mark.parametrize(
    ("label", "line"),
    [
        ("> [!summary] Verdict", "> 7/10 — the mystery moves, finally."),
        ("Our verdict", "7/10"),
        ("**Score**", "7/10, a step up"),
    ],
)
def test_a_label_line_above_a_fraction_labels_it(label: str, line: str) -> None:
    # a note's callout or a score card: the label on its own line, the score opening the next;
    # an unlabelled fraction later in the text ("a 6/10" said of another episode) loses to it
    body = (
        "The fight is great.\n\nThe police scenes drag.\n\n"
        f"{label}\n{line}\n\nTo do: rewatch episode 7, which I thought was 6/10 at best."
    )
    parsed = doc(f"Show Episode 8 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize(
    ("heading", "value", "raw"),
    [("## Verdict", "**B+**", "B+"), ("### My score", "7/10", "7/10"), ("#### Grade", "C-", "C-")],
)
def test_a_markdown_heading_a_blank_line_above_labels_the_score(
    heading: str, value: str, raw: str
) -> None:
    # Markdown puts a blank line between a heading and its paragraph: the heading still labels
    # the grade or fraction that is all of the paragraph under it
    body = (
        "The fight is great.\n\n### Complaints\n\nThe police scenes drag.\n\n"
        f"{heading}\n\n{value}\n\n*Next time: episode 9, and a new rival.*"
    )
    parsed = doc(f"Show Episode 8 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == raw


def test_a_plain_line_a_blank_line_above_a_grade_is_no_label() -> None:
    # only a heading reaches across the blank line: a sentence's paragraph ending on "grade"
    # does not make the next paragraph's lone letter a grade
    body = "The fight is great.\n\nThis is not the one I would grade\n\nB\n\nThe end."
    parsed = doc(f"Show Episode 8 Review\n\n{body}")
    assert parsed.score is None


def test_a_long_line_above_a_fraction_is_no_label() -> None:
    body = (
        "The fight is great.\n\nVerdict: 8/10, the best so far.\n\n"
        "I keep thinking about the rating the show got in Japan, and why\n"
        "4/5 seems to be what everyone there gives it."
    )
    parsed = doc(f"Show Episode 8 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "8/10"


@pytest.mark.parametrize(
    "box",
    [
        "Overall 7\nStory 5\nAnimation 9\nSound 8\nCharacter 6\nEnjoyment 7",
        "Story: 5 · Animation: 9 · Sound: 8 · Overall: 7",
        "| Overall | 7 |\n| Story | 5 |\n| Animation | 9 |",
    ],
)
def test_the_overall_of_a_box_of_sub_scores_is_the_score(box: str) -> None:
    # an anime database's review box: sub-scores out of ten, and an overall one
    parsed = doc(f"Show Season 1 Review\n\n{box}\n\n{BODY}\n\nWorth it for the fights.")
    assert parsed.score is not None and parsed.score.raw == "7"
    assert parsed.score.score_100 == 70


@pytest.mark.parametrize(
    "closing",
    [
        "Story: 8\nVisuals: 9\nMusic: 7\nCharacters: 8",  # sub-scores without an overall
        "Overall 7 of the 12 episodes were good.",  # prose, no sub-scores
        "Overall, 7 episodes in, the story: 5 stars of plot, animation 9 frames a second.",
    ],
)
def test_sub_scores_without_an_overall_give_no_score(closing: str) -> None:
    assert scored(closing).score is None


def test_per_episode_scores_of_a_roundup_that_says_it_gives_no_overall_one_give_none() -> None:
    # a catch-up post over three episodes, each scored under its own heading, the writer
    # saying there is no overall score: the last episode's entry is not the post's score
    text = (
        "Show catch-up: episodes 8-10\n\n"
        "Three episodes this time, a paragraph and a number each. No overall score, since a "
        "run of three is not a season.\n\n"
        "Episode 8\n\nThe heist goes wrong in a fun way.\n\nEpisode 8: 6/10\n\n"
        "Episode 9\n\nA quiet one at the harbour.\n\nEpisode 9: 7/10\n\n"
        "Episode 10\n\nThe twist lands, and the duel after it is superb.\n\nEpisode 10: 8/10"
    )
    parsed = doc(text, anime="Show")
    assert parsed.episode == 10
    assert parsed.score is None


def test_a_breakdowns_rows_give_no_score_when_the_page_says_it_has_no_overall_one() -> None:
    # a newsletter's breakdown of what the episode did well, each row scored, the writer
    # saying they give no overall number: a row's score is not the page's
    text = (
        "Harbour Lights Episode 4 Review\n\n"
        f"{BODY}\n\n"
        "THE SCORECARD\n\n"
        "  Fight scenes ....... 4/5\n"
        "  Jokes .............. 5/5\n"
        "  Soundtrack ......... 3/5\n"
        "  Backgrounds ........ 4/5\n\n"
        "(I don't do an overall number here; the card is the short version.)\n"
    )
    assert doc(text).score is None


def test_a_breakdowns_overall_row_stands_beside_its_rows() -> None:
    # the same card with an overall row and no word against one: the overall is the score
    text = (
        "Harbour Lights Episode 4 Review\n\n"
        f"{BODY}\n\n"
        "  Fight scenes ....... 3/5\n"
        "  Jokes .............. 4/5\n"
        "  Soundtrack ......... 5/5\n"
        "  Overall ............ 4/5\n"
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "4/5"


@pytest.mark.parametrize(
    ("closing", "raw", "value"),
    [
        ("Rating: 4.5 stars\n\nLast week: ★★★★", "4.5 stars", 4.5),
        ("I'd give it 4 stars.", "4 stars", 4),
        ("So, 3.5 stars from me.", "3.5 stars", 3.5),
    ],
)
def test_a_number_of_stars_is_a_score_out_of_five(closing: str, raw: str, value: float) -> None:
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == raw
    assert parsed.score.score_100 == value * 20


def test_the_scale_of_a_mixed_fraction_is_not_a_number_of_stars() -> None:
    parsed = scored("All in all, 4 1/2 out of 5 stars.")
    assert parsed.score is not None and parsed.score.raw == "4 1/2 out of 5 stars"


@pytest.mark.parametrize(
    ("closing", "raw", "value"),
    [
        ("4 1/2 stars", "4 1/2 stars", 4.5),
        ("Rating: 3 1/2 stars.", "3 1/2 stars", 3.5),
        ("All in all, 2½ stars.", "2½ stars", 2.5),
    ],
)
def test_a_number_of_stars_with_a_half_is_a_score_out_of_five(
    closing: str, raw: str, value: float
) -> None:
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == raw
    assert parsed.score.score_100 == value * 20


@pytest.mark.parametrize(
    ("closing", "raw", "score_100"),
    [
        # a row its empty stars complete to three: a three-star scale
        ("Verdict: ★☆☆\n\nThe pacing sagged badly.", "★☆☆", 33.3),
        # ...glossed in words on that scale, the row as first written
        ("Our rating: ★★☆ (two stars out of three)", "★★☆", 66.7),
        # the scale stated right after a row of full stars, in words or figures
        ("**Grade: ★★★ out of four**", "★★★", 75),
        ("Rating: ★★ / 4, a step down.", "★★", 50),
        ("I'd give it three stars out of four.", "three stars out of four", 75),
        # a row with no scale stated is out of five, as before
        ("Rating: ★★★ and that's generous.", "★★★", 60),
    ],
)
def test_a_star_row_is_out_of_the_scale_it_states_or_completes(
    closing: str, raw: str, score_100: float
) -> None:
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == raw
    assert parsed.score.score_100 == score_100


@pytest.mark.parametrize(
    "closing",
    [
        "Final mark: ★★½ out of ★★★★★",
        "My verdict\n\nStars: ★★½ / ★★★★★ and not one more.",
    ],
)
def test_a_full_row_of_stars_after_out_of_is_the_scale_not_the_score(closing: str) -> None:
    # the writer's stars, then the scale spelt in glyphs after "out of" (or a slash): the
    # full row is the top of the scale, the score is the row before it
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == "★★½"
    assert parsed.score.score_100 == 50


LONG_BODY = "\n\n".join([BODY] * 4)


@pytest.mark.parametrize(
    ("opening", "raw"),
    [
        ("Show episode 2 is an 8/10.", "8/10"),
        ("This week's Show gets an 8.5/10 from me. Here is why.", "8.5/10"),
        ("I give Show episode 2 a 4 out of 5.", "4 out of 5"),
        ("Show episode 2 is a solid 7 out of 10!", "7 out of 10"),
    ],
)
def test_a_sentence_giving_the_score_counts_in_the_opening(opening: str, raw: str) -> None:
    parsed = doc(f"Show Episode 2 Review\n\n{opening} {LONG_BODY}")
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    ("sign_off", "raw"),
    [
        ("so yeah 7/10 from me, best one since the premiere", "7/10"),
        ("Anyway. A solid 4/5 from me — the ending carried it", "4/5"),
    ],
)
def test_a_score_the_writer_signs_from_me_counts_before_the_closing_lines(
    sign_off: str, raw: str
) -> None:
    # a short first post's sign-off, then the thread's later lines (the writer's reply to a
    # reader, the pager) that take up the text's last part
    text = (
        "Show Episode 4 thoughts\n\nKato finally gets the spotlight and the heist falls apart.\n\n"
        f"The rooftop scene lands hard, and the music under it is lovely.\n\n{sign_off}\n\n"
        "Re: Show Episode 4 thoughts\n\n@harbour_seal fair enough, Mina carried the middle part "
        "and I should have said so in the post itself.\n\nmore of my replies on page 2 of the "
        "thread if anyone wants them, I went on for a while there about the music\n\nPage 1 of 2"
    )
    parsed = doc(text, anime="Show")
    assert parsed.score is not None and parsed.score.raw == raw


def test_a_score_signed_from_me_in_a_sentence_looking_back_is_none() -> None:
    text = (
        "Show Episode 4 thoughts\n\nThe pilot got 6/10 from me back then, and I stand by it.\n\n"
        f"{LONG_BODY}"
    )
    assert doc(text, anime="Show").score is None


@pytest.mark.parametrize(
    "opening",
    [
        "Show episode 1 was a 6/10, and this one is better.",  # the past: an earlier episode
        "Show is a 4/5 split between action and talk this week.",  # the sentence goes on
        "Show episode 2 is a long way from the 9/10 the premiere got.",  # no article before it
    ],
)
def test_an_opening_sentence_that_does_not_give_the_score_is_none(opening: str) -> None:
    assert doc(f"Show Episode 2 Review\n\n{opening} {LONG_BODY}").score is None


@pytest.mark.parametrize(
    "closing",
    [
        "Crunchyroll rating: 4.9/5 (12K reviews)",
        "On the app it sits at 7.9/10 from 1,204 ratings.",
        "Store page: 4.7/5 (310 ratings)",
    ],
)
def test_a_score_with_its_count_of_ratings_is_an_aggregate(closing: str) -> None:
    assert scored(closing).score is None


@pytest.mark.parametrize(
    "line",
    [
        "HIDIVE rating: 4.8/5",
        "Netflix's user score: 8.9/10",
        "Prime Video rating: 4.5 out of 5",
        "Rating on Crunchyroll: 4.7/5",  # (the service after its label: still the site's)
    ],
)
def test_a_streaming_services_rating_in_an_info_box_is_its_users(line: str) -> None:
    # a recap's info box lists the service's rating beside the studio and the runtime, with
    # no count of ratings; the writer gives none of their own
    text = (
        "Show Episode 4 Recap: The Long Night\n\nStudio: Lantern Works\nRuntime: 24 min\n"
        f"{line}\n\nKato finally reaches the harbour, and Mina follows him there. {BODY}"
    )
    assert doc(text).score is None


@pytest.mark.parametrize(
    "closing",
    [
        "I watched it on Crunchyroll and I'd rate it 8/10",
        "My Crunchyroll rating: 8/10",  # (the writer's own, left on the service)
        "My rating on HIDIVE: 8/10",
        "Crunchyroll, subbed. Max score 10, and I give it an 8/10",
    ],
)
def test_a_writers_score_beside_the_service_they_watched_on_is_theirs(closing: str) -> None:
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_a_count_of_ratings_beside_the_writers_score_leaves_it() -> None:
    parsed = scored("Crunchyroll rating: 4.9/5 (12K reviews)\n\nMy score: 8/10")
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_scores_in_parentheses_after_episodes_are_a_per_episode_list() -> None:
    # a season review that scores episodes in running text and gives the season no number
    body = (
        "The premiere (9/10) sets up the lead, and episode 2 (8/10) builds the workplace.\n\n"
        "The middle drags, but the reveal in episode 10 (9/10) is the moment the show was built "
        "for, and the finale (7/10) is solid but rushed.\n\nA fun season that runs out of time."
    )
    assert doc(f"Show Season 1 Review\n\n{body}").score is None


@pytest.mark.parametrize(
    ("body", "raw"),
    [
        # the verdict set apart on its own line, then a note about another review in prose
        (
            "The last act is rushed but lands.\n\nVerdict\n\nMessy and loud, and moving.\n\n"
            "★★★\n\nIf you liked this, read my piece on another show, which got four stars.",
            "★★★",
        ),
        # a thread's closing stars, then replies in prose
        (
            "1/ the plot moves at last\n\n2/ the fight is good\n⭐⭐⭐⭐\n\n"
            "someone @friend\nhonestly 2 stars for me\n\nother @pal\nthe fight!! 5 stars",
            "⭐⭐⭐⭐",
        ),
        # an emphasised score alone on its line, before chat replies with other scores
        (
            "The plot moves at last and the fight is clean.\n\nThe lead gets a good scene.\n\n"
            "**7/10**\n\n[21:02] pal\nnice one. 9/10 from me though",
            "7/10",
        ),
    ],
)
def test_a_score_alone_on_its_line_beats_one_in_later_prose(body: str, raw: str) -> None:
    parsed = doc(f"Show Episode 3 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == raw


def test_a_bulleted_per_episode_score_does_not_beat_the_closing_one() -> None:
    body = (
        "## the first one\n- slow, mostly setup\n- 5/10\n\n"
        "## the second one\n- the fight is great\n- 9/10\n\n"
        "## both\nUneven: the pair is a 7/10."
    )
    parsed = doc(f"Show Episodes 3-4 Review\n\n{BODY}\n\n{BODY}\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "7/10"


def test_a_thread_post_number_alone_on_its_line_is_no_score() -> None:
    body = "The plot moves at last and the fight is clean.\n1/4\n\nThe lead gets a good scene.\n2/4"
    assert doc(f"Show Episode 3 Review\n\n{body}\n\n{BODY}\n\n{BODY}").score is None


@pytest.mark.parametrize(
    "row", ["Overall | 6.5/10", "| **Overall** | **6.5/10** |", "Overall: 6.5/10"]
)
def test_the_overall_row_of_a_sub_score_table_above_the_text_is_the_score(row: str) -> None:
    table = f"Story | 5\nVisuals | 8\nMusic | 7\n{row}"
    parsed = doc(f"Show Episode 3 Review\n\n{table}\n\n{BODY}\n\n{BODY}\n\n{BODY}")
    assert parsed.score is not None and parsed.score.raw == "6.5/10"
    assert parsed.score.score_100 == 65


@pytest.mark.parametrize(
    "closing",
    [
        "Coming up: Jo on why the other show is better (8/10, her words).",
        "Jo watched it too; their verdict: 6/10.",
    ],
)
def test_a_score_given_in_someone_elses_words_is_not_the_reviewers(closing: str) -> None:
    assert scored(closing).score is None


@pytest.mark.parametrize(
    "aside",
    [
        "It reminded me of an older space opera, which I scored a kind 3/5 back then.",
        "The last movie, which we rated 9/10 at the time, did this better.",
        "Its sequel, which I gave four stars back then, had a clearer ending.",
    ],
)
def test_a_score_an_earlier_review_gave_another_work_is_not_this_ones(aside: str) -> None:
    body = f"{BODY}\n\nThe ending is muddled. {aside}\n\nStill worth a look for the fights.\n\n★★★½"
    parsed = doc(f"Show Episode 12 Review\n\n{BODY}\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "★★★½"
    assert parsed.score.score_100 == 70


def test_a_score_this_review_would_give_in_a_clause_is_still_its_own() -> None:
    parsed = scored("The whole thing, which I'd rate 8/10, ends well.")
    assert parsed.score is not None and parsed.score.raw == "8/10"


@pytest.mark.parametrize(
    "nav",
    [
        "Previous: #40 Other Show rewatch (score 10/10 for episode 30)",
        "Next review: Other Show Episode 2, rated 3/10",
        "Older post: Other Show finale, rated 4 out of 5",
        # the previous post's score, recalled under this one's
        "Previous rating: Episode 4 — 9/10",
        "Previous score: 3/10",
    ],
)
def test_a_navigation_line_to_another_post_gives_no_score(nav: str) -> None:
    body = f"{BODY}\n\nFinal score: 6/10, a decent week.\n\n{BODY}\n\n{nav}\n\nThanks for reading."
    parsed = doc(f"Show Episode 5 Review\n\n{BODY}\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "6/10"


@pytest.mark.parametrize(
    "nav",
    [
        "« Previous: Other Show Episode 4 Review (6/10)",
        "‹ Previous post: Other Show Episode 4 Review (6/10)",
        "← Older: Other Show Episode 4 Review (6/10)",
        "<< Previous: Other Show Episode 4 Review (6/10)",
        "[Previous: Other Show Episode 4 Review (6/10)](/other-show-4)",
        "« [Previous: Other Show Episode 4 Review (6/10)](/other-show-4)",
    ],
)
def test_a_navigation_line_behind_an_arrow_or_a_link_gives_no_score(nav: str) -> None:
    # a blog's previous/next links, their arrows (and a Markdown link's bracket) before the word
    parsed = doc(f"Show Episode 5 Review\n\n{BODY}\n\n{BODY}\n\n{nav}")
    assert parsed.score is None


@pytest.mark.parametrize(
    "link",
    [
        "- Last issue: *Other Show's finale, a month on* (gave it a 9/10)",
        "- **Previous edition:** Other Show's premiere (I gave it 2 out of 5)",
        "- Last newsletter: Other Show, six weeks in (8/10)",
    ],
)
def test_a_newsletters_link_to_an_earlier_issue_gives_no_score(link: str) -> None:
    # a newsletter's links under the piece: an earlier issue's score is that issue's
    text = (
        f"Show Episode 5 Review\n\n{BODY}\n\nMy score, for the skimmers: ★★★ (3 out of 5).\n\n"
        f"## Links\n\n{link}\n- Unsubscribe: [here](#)\n"
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw in {"★★★", "3 out of 5"}


@pytest.mark.parametrize(
    "line",
    [
        "My friend Jun gave it a 9/10, but he forgives any show with a mech in it.",
        "My sister rated it 10/10 and then cried.",
        "My sister's verdict: 10/10 (she cried twice)",
        "My roommate's score: 4/5",
        "Our kids gave it five stars.",
        # a label of the scores of those the writer watched with, or of scores it says in
        # brackets are not the writer's
        "Housemates' scores: Ana 9/10, Rui 6/10.",
        'Ratings from the watch party (not mine): Ana 3/5, Rui "9 out of 10, easily"',
    ],
)
def test_a_friends_or_relatives_score_is_not_the_writers(line: str) -> None:
    # someone the writer watched with, not the writer: their score is someone else's
    alone = doc(f"Show Episode 5 Review\n\n{BODY}\n\n{line}\n\n{BODY}")
    assert alone.score is None
    with_own = doc(f"Show Episode 5 Review\n\n{BODY}\n\nMy score: 7/10\n\n{line}")
    assert with_own.score is not None and with_own.score.raw == "7/10"


@pytest.mark.parametrize(
    "line",
    [
        "(my mutuals are all giving it 10/10 and they might be right, I'm just grumpy)",
        "My moots rated it 5/5 across the board.",
        "my followers' verdict: 9/10, apparently",
    ],
)
def test_the_people_a_social_post_follows_score_for_themselves(line: str) -> None:
    # a social post's "mutuals" (or "moots", "followers"): others online, not the writer
    alone = doc(f"Show Episode 5 Review\n\n{BODY}\n\n{line}\n\n{BODY}")
    assert alone.score is None
    with_own = doc(f"Show Episode 5 Review\n\n{BODY}\n\nrating: 4/5\n\n{line}")
    assert with_own.score is not None and with_own.score.raw == "4/5"


@pytest.mark.parametrize(
    "line",
    [
        "I watched it with my sister and we gave it 8/10.",
        "My friend hated it, but I'd give it 8/10.",
    ],
)
def test_the_writer_scoring_beside_a_friend_still_scores(line: str) -> None:
    parsed = doc(f"Show Episode 5 Review\n\n{BODY}\n\n{line}")
    assert parsed.score is not None and parsed.score.raw == "8/10"


@pytest.mark.parametrize(
    "line",
    [
        "theo says 9/10 after one episode (he loves the source).",
        "Priya said a 6/10, too slow for her.",
        "@kit says it's 10/10",
        "My brother, who only watches for the fights and ignores my opinions, says 9/10.",
        "(Priya from the club gave it a 9/10, Tomas gave it a 4/10 because he hates slow shows)",
        "Anneke's giving it a 6/10 on her podcast and I think she's wrong.",
        "Lots of chatter this week. Bram rated the finale 5/10, apparently.",
        "Joss over on his blog is giving it a C+, which feels harsh.",
        # a hyphenated first name; another show named as what is given the score
        "Kai-Lin rated it 6/10, too slow for him.",
    ],
)
def test_a_score_someone_else_says_or_gives_is_not_the_writers(line: str) -> None:
    # a name (or "my brother") saying or giving the score: a friend's or another blogger's
    # take reported in notes or a digest, right after the writer's or in the closing lines
    alone = doc(f"Show Episode 5 Review\n\n{BODY}\n\nnot scoring it yet.\n\n{line}")
    assert alone.score is None
    for between in ("", f"{BODY}\n\n"):
        with_own = doc(f"Show Episode 5 Review\n\n{BODY}\n\nMy score: 7/10\n\n{between}{line}")
        assert with_own.score is not None and with_own.score.raw == "7/10"


def test_a_named_friend_giving_another_show_stars_is_not_the_writers() -> None:
    # a club's write-up: the writer's stars, then what a hyphen-named member gave another show
    # talked about at the meeting, after them
    line = "Also discussed: Other Show. Ana-Sofia gave Other Show ★★ and we stopped there."
    parsed = doc(f"Show Episode 5 Review\n\n{BODY}\n\nThe writer's stars: ★★★★\n\n{line}")
    assert parsed.score is not None and parsed.score.raw == "★★★★"


@pytest.mark.parametrize(
    "line",
    [
        "Finally gave it a 7/10 after sleeping on it.",
        "Still giving it a 7/10, the ending earned it.",
        "Marta hated it, but I gave it a 7/10.",
        "Marta gave the premiere a 9/10 and I'd give it 7/10.",
    ],
)
def test_the_writer_scoring_beside_a_named_friend_still_scores(line: str) -> None:
    parsed = doc(f"Show Episode 5 Review\n\n{BODY}\n\n{line}")
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize("line", ["I said 8/10 last night and I stand by it.", "We said 8/10."])
def test_the_writer_saying_a_score_still_scores(line: str) -> None:
    parsed = doc(f"Show Episode 5 Review\n\n{BODY}\n\n{line}")
    assert parsed.score is not None and parsed.score.raw == "8/10"


@pytest.mark.parametrize(
    "line",
    [
        "kit_r rated it 5 out of 5 stars",
        "@kit gave it a 10/10 in the replies.",
        "anime_fan92 scored it 9/10",
        "Rated \u2605\u2605\u2605\u2605\u2605 by kit_r",
        "Rated 9/10 by @kit",
    ],
)
def test_a_handles_score_is_not_the_writers(line: str) -> None:
    # a user's handle (an @, an underscore or digits in one word) giving the score, or the
    # score "by" one: a reader's, shared on the page
    alone = doc(f"Show Episode 5 Review\n\n{BODY}\n\n{line}\n\n{BODY}")
    assert alone.score is None
    with_own = doc(f"Show Episode 5 Review\n\n{BODY}\n\nMy score: 7/10\n\n{line}")
    assert with_own.score is not None and with_own.score.raw == "7/10"


@pytest.mark.parametrize(
    ("line", "raw"),
    [
        ("Rated 8/10 by me.", "8/10"),
        ("Rated 4/5 by Dana Whitfield", "4/5"),
        ("I rated it 8/10.", "8/10"),
    ],
)
def test_a_score_by_the_writer_or_a_named_writer_stays_the_writers(line: str, raw: str) -> None:
    parsed = doc(f"Show Episode 5 Review\n\n{BODY}\n\n{line}")
    assert parsed.score is not None and parsed.score.raw == raw


def test_a_recommended_list_item_naming_an_episode_is_not_the_score() -> None:
    body = (
        f"{BODY}\n\nMy take: ★★★☆☆\n\nRecommended posts\n\n- A Diary Vol. 2\n"
        "- Other Show Season 2 Episode 1 — ★★★★★"
    )
    parsed = doc(f"Show Episode 1 First Impressions\n\n{BODY}\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "★★★☆☆"


def test_a_short_version_line_gives_the_score_and_a_star_counter_none() -> None:
    body = (
        "I finally caught up with the show this week.\n\nShort version: ★★☆☆☆\n\n"
        "Long version below.\n💬 3 🔁 9 ⭐ 41\n\n"
        f"{BODY}\n\nSo, two stars, maybe. The rest is filler."
    )
    parsed = doc(f"Show ep 6 thoughts\n\n{body}\n\n{BODY}")
    assert parsed.score is not None and parsed.score.raw == "★★☆☆☆"


def test_a_star_counter_alone_is_no_score() -> None:
    parsed = doc(f"Show Episode 6 Review\n\n{BODY}\n\n{BODY}\n\n💬 3 🔁 9 ⭐ 41")
    assert parsed.score is None


def test_a_grade_under_a_label_line_beats_a_grade_legend() -> None:
    text = (
        "Site name\nOur grades: A (must-watch) · B (good) · C (fine) · D (skip)\n\n"
        f"Show Season 1 Review\n\n{BODY}\n\n{BODY}\n\nFinal grade\nC+ — pretty, but slow."
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "C+"
    assert parsed.score.score_100 is None


def test_a_grade_legend_alone_gives_no_grade() -> None:
    text = f"Our grades: A (must-watch) · B (good) · C (fine)\n\nShow Season 1 Review\n\n{BODY}"
    assert doc(f"{text}\n\n{BODY}\n\n{BODY}").score is None


def test_a_list_item_giving_the_seasons_overall_score_is_still_the_score() -> None:
    body = f"{BODY}\n\n- Season 2 overall: 8/10\n- Best episode: the finale"
    parsed = doc(f"Show Season 2 Review\n\n{BODY}\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "8/10"


@pytest.mark.parametrize(
    ("closing", "raw", "value", "scale"),
    [
        ("My verdict on the opener: three out of five.", "three out of five", 3, 5),
        ("Final score, then: seven and a half out of ten.", "seven and a half out of ten", 7.5, 10),
        ("I'd give it eight out of 10, easily.", "eight out of 10", 8, 10),
        # labelled by the episode the page reviews, and nothing else, as "ep 2: 6/10" is
        ("ep 2: six out of ten ✨", "six out of ten", 6, 10),
        ("**Episode 2** — three and a half out of five", "three and a half out of five", 3.5, 5),
        ("This episode: eight out of ten", "eight out of ten", 8, 10),
    ],
)
def test_a_score_written_in_words_after_a_score_word_or_the_reviews_own_episode(
    closing: str, raw: str, value: float, scale: float
) -> None:
    parsed = scored(closing)
    assert parsed.score is not None
    assert (parsed.score.raw, parsed.score.value, parsed.score.scale) == (raw, value, scale)
    assert parsed.score.score_100 == round(value / scale * 100, 1)


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        # the site's own unit after the scale, ending the line or the sentence: kept
        ("Rating: ★★★☆☆ Three out of five candles", "Three out of five candles"),
        ("Rating\nFour out of five paper cranes.", "Four out of five paper cranes"),
        ("My score: seven out of ten dumplings", "seven out of ten dumplings"),
        # words after it that name no unit: the score alone, as before
        ("My score: seven out of ten from me.", "seven out of ten"),
        ("My score: eight out of ten, tops.", "eight out of ten"),
        ("My score: eight out of ten overall.", "eight out of ten"),
        ("My score: eight out of ten regardless.", "eight out of ten"),
    ],
)
def test_a_score_in_words_is_written_with_the_unit_it_names(closing: str, raw: str) -> None:
    # "Four out of five lanterns" under a verdict box's stars: the unit is part of the
    # score as written, as "4 out of 5 stars" is
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        # a co-host's score, then their words quoted after it: the label gave its score
        (
            "My score: 6/10\nSam's score: 8/10 (she said \"ten out of ten fights, four out of"
            ' ten story")',
            "6/10",
        ),
        (
            "Rating: 7/10. My friend's rating: 9/10, \u201cnine out of ten vibes, three out of"
            " ten sense\u201d",
            "7/10",
        ),
        # the quotation right after the label is the score itself
        ('My verdict: "six out of ten"', "six out of ten"),
    ],
)
def test_a_score_in_words_quoted_after_a_labelled_score_is_not_labelled(
    closing: str, raw: str
) -> None:
    # the label is of the score it precedes; someone's words quoted after that score are theirs
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    ("closing", "raw", "value"),
    [
        (
            "Last week's was weaker. This week's gets eight and a half out of ten from me.",
            "eight and a half out of ten",
            8.5,
        ),
        ("No notes on the finale: that's a solid nine out of ten.", "nine out of ten", 9),
        ("All in all, this episode is seven out of ten.", "seven out of ten", 7),
    ],
)
def test_a_score_in_words_said_as_the_sentences_verdict(
    closing: str, raw: str, value: float
) -> None:
    # no score word labels it: the verb before it and the sentence ending with it say so
    parsed = scored(closing)
    assert parsed.score is not None
    assert (parsed.score.raw, parsed.score.value, parsed.score.scale) == (raw, value, 10)


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        ("Slow going, but it's **a fair eight out of ten** from me.", "eight out of ten"),
        ("The dub is the star, and that's *an easy seven out of ten*.", "seven out of ten"),
        ("This week gets a **five and a half out of ten**.", "five and a half out of ten"),
        # the emphasis closed but the sentence going on: no verdict
        ("It's **three out of five** fights won by the rival, again.", None),
    ],
)
def test_a_score_in_words_said_as_the_verdict_in_emphasis(closing: str, raw: str | None) -> None:
    # Markdown's bold or italic around the score, its article or the sentence's end
    parsed = scored(closing)
    assert (parsed.score.raw if parsed.score else None) == raw


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        ("Messy in places, granted. A\nhearty eight out of ten.", "eight out of ten"),
        ("The finale sticks the landing. Nine out of ten!", "Nine out of ten"),
        ("WRAP-UP\nIt drags, then it soars.\n\nA shaky five out of ten", "five out of ten"),
        # the sentence going on past it, or it led by words that are no article: no verdict
        ("It drags. Seven out of ten viewers will not notice.", None),
        ("It drags, and I liked seven out of ten scenes.", None),
    ],
)
def test_a_score_in_words_as_a_sentence_of_its_own_in_the_closing_lines(
    closing: str, raw: str | None
) -> None:
    # no verb gives it: the sentence (an article and one word at most before it) is the score
    parsed = scored(closing)
    assert (parsed.score.raw if parsed.score else None) == raw


def test_a_score_in_words_as_a_sentence_of_its_own_before_the_closing_lines_is_none() -> None:
    # opening the page, a sentence of a number in words may answer anything
    opening = "How many of the fights land? Seven out of ten.\n\n" + "\n\n".join([BODY] * 6)
    assert doc(f"Show Episode 2 Review\n\n{opening}\n\nA good week.").score is None


@pytest.mark.parametrize(
    ("given", "raw"),
    [
        ("so all told I'm giving Lantern Vol. 2 episode 6 a seven out of ten.", "seven out of ten"),
        ("Gave Lantern Vol. 2 ep 6 an eight out of ten for me.", "eight out of ten"),
        # another episode given it, or the sentence going on past it: no verdict
        ("I'm giving Lantern Vol. 2 episode 5 a seven out of ten.", None),
        ("I'm giving Lantern Vol. 2 episode 6 a seven out of ten fights won.", None),
    ],
)
def test_a_score_in_words_given_to_the_shows_own_episode_by_number(
    given: str, raw: str | None
) -> None:
    # a video's transcript: the show's name (an abbreviation's full stop in it) and the
    # episode's number between the giving verb and the score in words, a sentence after it
    body = (
        "the lantern festival is the best set piece so far.\n\n"
        f"the duel alone is great, the middle drags, {given} The music is still lovely, and "
        "the cliffhanger is the first real surprise the show has pulled..."
    )
    parsed = doc(f"Lantern Vol. 2 Episode 6 Review\n\n{body}\n\nThanks for watching.")
    assert (parsed.score.raw if parsed.score else None) == raw


def test_a_score_in_words_labelled_by_another_episode_is_none() -> None:
    assert scored("ep 1: five out of ten, for the record").score is None


@pytest.mark.parametrize(
    "closing",
    [
        "The pilot got six out of ten from me back then, and I stand by it.",  # past, goes on
        "She is one out of ten girls in the class who can see them.",  # the sentence goes on
        "It gets three out of five jokes right, which is a good rate.",
    ],
)
def test_a_score_in_words_in_a_sentence_that_goes_on_or_looks_back_is_none(closing: str) -> None:
    assert scored(closing).score is None


@pytest.mark.parametrize(
    "closing",
    [
        "Honestly, four out of five friends I asked had dropped it.",  # no score word
        "I'd say two out of five episodes were filler.",  # a count
        "Four out of five times the joke lands.",
    ],
)
def test_words_out_of_words_without_a_score_are_none(closing: str) -> None:
    assert scored(closing).score is None


@pytest.mark.parametrize(
    "reception",
    [
        "A critic at a big streaming blog gave it 3.5 out of 5 stars, calling it slow.",
        "Reviews were mixed: another outlet scored it 6/10 for the pacing.",
        "Most critics rated it 8/10 and moved on.",
    ],
)
def test_another_outlets_reported_score_is_not_the_pages(reception: str) -> None:
    # a wiki's or a roundup's reception paragraph: scores it quotes are someone else's
    parsed = doc(f"Show Episode 2\n\n{BODY}\n\nReception\n\n{reception}\n\n{BODY}")
    assert parsed.score is None


@pytest.mark.parametrize(
    "reception",
    [
        "The episode was warmly received. Lantern Weekly gave it 9/10, and Dot Matrix Anime"
        " awarded 4 out of 5 stars while calling the ending rushed.",
        "Its critical reception was split: Northside Cels rated it 6/10.",
    ],
)
def test_outlets_named_in_a_reception_paragraph_give_their_own_scores(reception: str) -> None:
    # the outlets go by their names, not as "critics" or "another outlet": the paragraph says
    # how the work was received, so the scores it reports are theirs
    parsed = doc(f"Show Episode 2\n\n{BODY}\n\n{reception}\n\n{BODY}")
    assert parsed.score is None


@pytest.mark.parametrize(
    "roundup",
    [
        # a relative clause's verb gives the score to the outlet it follows
        "The coldest verdict came from Harbour Frames, which gave the finale 3/10.",
        "We also read Mika Sato at Tin Lantern, who rated it 5/10 after one watch.",
        # an outlet's own writer, named by it, scoring with a participle; the first person in
        # the clause before is the roundup's description, not its writer's score
        "Tin Lantern's reviewer was the kindest we saw, scoring the finale 9/10.",
        "Harbour Frames's critic liked it less, scoring the finale 6/10 in the end.",
    ],
)
def test_scores_a_roundup_gives_to_named_outlets_are_not_the_pages(roundup: str) -> None:
    # a news site rounding up other outlets' reviews of an episode: none of them is its own,
    # not even in its closing lines
    assert scored(roundup).score is None


@pytest.mark.parametrize(
    "aside",
    [
        # a letter's note on what a named person thought of another work, under its own score
        "- Our old co-host Dana Reyes watched the new box set and gave it five stars.",
        "- Old friend of the show Mika Sato rated the movie ★★★★★ on her blog.",
        "Our old co-host Dana Reyes watched the movie and gave it 9/10.",
        "Old friend of the show Mika Sato rated the movie 10/10.",
    ],
)
def test_a_score_a_person_named_in_full_gives_is_theirs(aside: str) -> None:
    parsed = scored(f"My score: 3.5/5\n\nELSEWHERE\n\n{aside}\n\nSee you next week.")
    assert parsed.score is not None and parsed.score.raw == "3.5/5"


@pytest.mark.parametrize(
    "closing",
    [
        "Dana Reyes and I gave it 4/5 after the rewatch.",
        "Lantern Road gives us a finale worth the wait: 4/5.",
        "Mina Kato's scene alone gives it a 4/5.",
    ],
)
def test_a_named_subject_with_the_writer_or_no_giver_keeps_the_writers_score(
    closing: str,
) -> None:
    # the writer among the givers, the show giving "us" something, a name in the possessive
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == "4/5"


@pytest.mark.parametrize(
    "closing",
    [
        "The episode, which I gave a second watch, gets 8/10.",
        "Other critics rated it 6/10, but I rated it 8/10.",
        "The show's writer gave us a twist at last; I'd call it 8/10.",
    ],
)
def test_the_writers_own_score_beside_another_ones_words_is_kept(closing: str) -> None:
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_a_streaming_services_ratings_with_a_word_between_are_not_the_writers() -> None:
    closing = "Fans are split. The finale sits at 3.9 out of 5 in the Netflix episode ratings."
    assert scored(closing).score is None


def test_the_writers_own_score_in_a_paragraph_on_the_reception_is_kept() -> None:
    closing = "It was poorly received elsewhere, but I gave it 8/10."
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_the_writers_own_score_after_naming_other_critics_is_kept() -> None:
    closing = "Other reviewers gave it less, but I'd give it 8/10."
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_a_possessive_label_naming_the_critic_is_still_the_score() -> None:
    parsed = scored("Critic's rating: 7/10")
    assert parsed.score is not None and parsed.score.raw == "7/10"


# may_give_score: False only where score_in surely finds nothing (verdict skips those)
_SCORED_PARAGRAPHS = [
    "All told, 7/10.",
    "Eight out of ten? No: 8 out of 10.",
    "Three and a half stars, or 3 1/2 out of 5 stars.",
    "It earns ★★★★☆ from me.",
    "Rating: 4.5 stars",
    "I'd give it four stars",
    "Grade: B+",
    "Final grade\nB — warm, patient, slow",
    "My score: 7.5 points (out of 10)",
    "Score: 3½/5",
    "My verdict on the opener: three out of five.",
    "Final score: 3 onigiri out of 5.",
]


@pytest.mark.parametrize("paragraph", _SCORED_PARAGRAPHS)
def test_may_give_score_where_score_in_finds_one(paragraph: str) -> None:
    assert score_in("", paragraph, 0, boxes=False) is not None
    assert may_give_score(paragraph, ascii_lowered(paragraph))


@pytest.mark.parametrize(
    "paragraph",
    [
        "She walks out of the room and the episode ends.",
        "The quiet episode — the start of something, maybe.",
        "Starting over, the crew stares at the sea.",
        "Aoi’s arc is the best part of the cour.",
    ],
)
def test_may_give_score_is_false_for_prose_without_a_score(paragraph: str) -> None:
    assert not may_give_score(paragraph, ascii_lowered(paragraph))
    assert score_in("", paragraph, 0, boxes=False) is None


_SCORE_PIECES = [
    "7", "/", "10", "7/10", "4 out of 5", "3 1/2", "out of", "OUT OF", "★", "½", "stars", "star",
    "B", "A+", "grade", ":", "rated", "(", ")", "word", "İ", "ſcore", "—", "-", "*", "points",
    " ", "\n", "four", "five", "half", "and a", "score", "verdict", "cups",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SCORE_PIECES), max_size=12).map("".join))
def test_may_give_score_never_hides_a_score(paragraph: str) -> None:
    if score_in("", paragraph, 0, boxes=False) is not None:
        assert may_give_score(paragraph, ascii_lowered(paragraph))


# Letter grades looked for from the cue words only (_cue_starts, matches_from): the same
# matches as a scan of the line with each pattern
_GRADE_LINE_PIECES = [
    "Grade", "GRADE", "grades", "verdict", "Rating", "score", "mark", "report card", "Overall",
    "give", "gave it", "Giving this one", "earns", "deserves", "gets", "got", "the show",
    "an", "a", "A", "B+", "C-", "F", "D−", ":", " - ", "—", " ", " ", "  ", "x", "é", "İ", "K",
    "ſ", "_", "*", "|", ".", "upgrade", "forgot",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_GRADE_LINE_PIECES), max_size=14).map("".join), st.booleans())
@example("gave it A, then gave it B — grade C", False)  # a cue again: each found
@example("Overall grade: B", True)  # a cue inside a match: no second match there
@example("xgrade: B; Grade— A", False)  # no boundary before the first
def test_grades_found_from_their_cues_are_those_a_scan_finds(line: str, after_text: bool) -> None:
    text = ("Before it. " if after_text else "") + line
    start = len(text) - len(line)
    cues = _cue_starts(line, start)
    for pattern in (_GRADE, _GRADE_AT_END):
        scanned = [m.span() for m in pattern.finditer(text, start, len(text))]
        if cues is None:
            assert any(c in line for c in "İıKſ")
            continue
        assert [m.span() for m in matches_from(pattern, text, cues, len(text))] == scanned


def test_a_grade_after_a_cue_in_any_casing_is_found_from_it() -> None:
    line = "My GRADE: B+ and I'd give it an A. Overall — C"
    cues = _cue_starts(line, 0)
    assert cues is not None
    found = [m.group("grade") for m in matches_from(_GRADE, line, cues, len(line))]
    assert found == ["B+", "A", "C"]
    assert _cue_starts("Rating: B, ſo K", 0) is None  # (characters lower-casing cannot find)


# --------------------------------------------------------------------------- round 8


@pytest.mark.parametrize(
    ("closing", "raw", "value", "scale"),
    [
        # a unit of the reviewer's own, opening the closing line (icons before it)
        (
            "My scale is teacups, as always:\n\n☕☕☕☕ — 4 teacups out of 5. Warm.",
            "4 teacups out of 5",
            4,
            5,
        ),
        ("7 dumplings out of 10!", "7 dumplings out of 10", 7, 10),
        # anywhere in a sentence when a score word leads to it
        ("I'd give it 8 points out of 10, easily.", "8 points out of 10", 8, 10),
        # its number and scale in words, the episode given it by its number
        (
            "I'm giving episode 6 six teacups out of ten. Warm enough.",
            "six teacups out of ten",
            6,
            10,
        ),
        ("Final rating: three onigiri out of five", "three onigiri out of five", 3, 5),
        ("Zero stickers out of ten!", "Zero stickers out of ten", 0, 10),
        # a half point in words, as a site's label over it gives it
        (
            "The Teapot verdict\nFour and a half teacups out of five",
            "Four and a half teacups out of five",
            4.5,
            5,
        ),
        ("My rating: 3 and a half pancakes out of 5.", "3 and a half pancakes out of 5", 3.5, 5),
    ],
)
def test_a_score_on_any_unit_out_of_a_scale(
    closing: str, raw: str, value: float, scale: float
) -> None:
    score = scored(closing).score
    assert score is not None
    assert (score.raw, score.value, score.scale) == (raw, value, scale)


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        # a unit of two words with "of" between, under the score's heading: the writer's, over
        # the fraction glossing it and an older post's score listed after it
        (
            "### Rating\n\nThree bowls of ramen out of five. 🍜🍜🍜 (3/5, for the tally)\n\n"
            "**Older posts**\n- Week 1 — Show eps 1-2 (double bill): 5/5",
            "Three bowls of ramen out of five",
        ),
        ("My verdict: 4 cups of cocoa out of 5.", "4 cups of cocoa out of 5"),
        # a count's words around the "of" are no unit
        ("I liked two of them out of ten.", None),
        ("She won 3 more of those out of 5.", None),
    ],
)
def test_a_unit_of_two_words_with_of_between(closing: str, raw: str | None) -> None:
    score = scored(closing).score
    assert (score.raw if score is not None else None) == raw


@pytest.mark.parametrize(
    "middle",
    [
        "4.5/5 ⭐ easily. Only half a star off for the slow start.",
        "Honestly it's 4.5/5 ★ for me, the slow start aside.",
        "4.5/5⭐️ and a new favourite scene.",
    ],
)
def test_a_fraction_with_a_star_glyph_after_it_has_its_unit_wherever_it_stands(
    middle: str,
) -> None:
    # a social post writes the stars as a glyph after the fraction, mid-post: as "4.5/5 stars"
    # would, it counts before the post's last paragraphs (the glyph is not kept in the score)
    text = f"Show Episode 2 Review\n\n{BODY}\n\n{middle}\n\n{BODY}\n\n{BODY}\n\n{BODY}"
    score = doc(text).score
    assert score is not None and (score.raw, score.value, score.scale) == ("4.5/5", 4.5, 5)


@pytest.mark.parametrize(
    ("line", "raw"),
    [
        ("Show episode 4: 4 teacups out of 5. A five without the middle.", "4 teacups out of 5"),
        ("Episode 4 — three and a half cups out of five.", "three and a half cups out of five"),
        ("Show episode 3: 4 teacups out of 5. Last week's.", None),  # another episode's label
    ],
)  # fmt: skip
def test_a_unit_score_under_the_documents_episode_label_is_the_reviews(
    line: str, raw: str | None
) -> None:
    # a verdict card mid-post, a recipe and an aside after it: its own episode's label, maybe
    # after the show's name, makes the unit's score the review's wherever it stands
    text = f"Show Episode 4 Review\n\n{BODY}\n\n{line}\n\n{BODY}\n\n{BODY}\n\n{BODY}"
    score = doc(text).score
    assert (score.raw if score else None) == raw


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Every episode we review gets between 1 and 5 Lamps.", ("Lamps", 5.0)),
        ("I rate on a scale of 1 to 10 dumplings, as ever.", ("dumplings", 10.0)),
        ("We score from one to five Cores: five is an all-timer.", ("Cores", 5.0)),
        ("It runs from 1 to 5 episodes a week.", None),  # a count
        ("From 1 to 5 stars, this is a 4.", None),  # stars are read apart
        ("Between 1 and 5 of them survive.", None),
    ],
)
def test_a_unit_of_its_own_and_its_scale_stated(text: str, unit: tuple[str, float] | None) -> None:
    assert stated_unit(text) == unit


_LAMPS = ("Lamps", 5.0)


@pytest.mark.parametrize(
    ("closing", "raw", "on_100"),
    [
        ("Final rating: 4 Lamps. Best of the season.", "4 Lamps", 80),
        ("Verdict\n\n3 Lamps — a quiet week.", "3 Lamps", 60),
        ("Three and a half Lamps. The storm scene carries it.", "Three and a half Lamps", 70),
        ("The storm scene alone is worth 5 Lamps to some, but not to me.", None, None),
        ("Readers' average: 3.7 Lamps (218 votes)", None, None),
        ("Final rating: 7 Lamps.", None, None),  # above the stated scale
    ],
)
def test_a_score_in_the_stated_unit_counts_on_its_scale(
    closing: str, raw: str | None, on_100: float | None
) -> None:
    text = f"{BODY}\n\n{BODY}\n\n{closing}"
    score = score_in("Show Episode 2 Review", text, text.rfind("\n\n") + 2, unit=_LAMPS)
    got = (score.raw, score.score_100) if score else (None, None)
    assert got == (raw, on_100)


def test_a_text_stating_its_unit_scores_in_it() -> None:
    parsed = doc(
        "Show Episode 2 Review\n\nAs always, I rate from 1 to 5 Lamps.\n\n"
        f"{BODY}\n\n{BODY}\n\nMy rating: 4 Lamps."
    )
    assert parsed.score is not None and (parsed.score.raw, parsed.score.score_100) == (
        "4 Lamps",
        80,
    )


@pytest.mark.parametrize(
    "closing",
    [
        "3 episodes out of 10.",  # a count of episodes, on a scale's number
        "2 times out of 5 the jokes land.",  # a count, and the sentence goes on
        "4 dentists out of 5 agree.",  # the sentence goes on: a count of people
        "Tea break: I watched it with 2 friends out of 5 invited.",
        "The fight was fun and 3 cups out of 5 were spilled.",  # inside a sentence, no score word
        "9 minutes out of 10.",
        "Four dentists out of five agree.",  # in words, the sentence going on
        "Nine fans out of ten will love it, I think.",
        "The crew burned two pans out of five.",  # inside a sentence, no score word
    ],
)
def test_a_count_out_of_a_number_is_no_score(closing: str) -> None:
    assert scored(closing).score is None


@pytest.mark.parametrize("verb", ["says", "told me", "insists,", "wrote:"])
def test_a_score_opening_someone_elses_quoted_words_is_not_the_reviewers(verb: str) -> None:
    body = (
        f"{BODY}\n\nThe pacing worries me a little: two episodes in, the mystery is mostly"
        " hints, odd neighbours and a locked door nobody opens.\n\n"
        "Where I am after two: 6/10, cautiously.\n\n"
        f'(My brother {verb} "9/10, just wait.")'
    )
    parsed = doc(f"Show Episode 2 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "6/10"


def test_the_writers_own_quoted_score_is_still_theirs() -> None:
    body = 'The pacing worries me a little.\n\nWhen asked, I said "7/10" and meant it.'
    parsed = doc(f"Show Episode 2 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "7/10"


def test_a_poll_set_beside_the_writers_score_with_its_own_figure_leaves_it_theirs() -> None:
    body = (
        f"{BODY}\n\n**My score: 6.5/10** (mine alone; the members' vote landed at 7.9, as ever)"
        "\n\nSee you next week."
    )
    parsed = doc(f"Show Episode 6 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "6.5/10"


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        ("Verdict: 3.5 / 5 Community score: 3.9 (77 ratings)", "3.5 / 5"),
        ("My grade: 8/10 Viewer average: 7.2 from 1,040 votes", "8/10"),
    ],
)
def test_a_box_joining_the_writers_score_to_a_labelled_poll_leaves_it_theirs(
    closing: str, raw: str
) -> None:
    # a score box's cells joined on one line: the poll's label opens anew after the score,
    # with its own figure after its colon
    parsed = doc(f"Show Episode 6 Review\n\n{BODY}\n\n{closing}")
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        ("Mina's rating: 7/10 | Staff average: 8.2/10", "7/10"),
        ("Our score: 4/5 · Site average: 3.6/5", "4/5"),
        ("Rating: 6.5/10 | Reader average: 7.1", "6.5/10"),
        # a web page's table row as its text gives it: each label in a cell, its value in the
        # next, the average's figure after the cell's mark, not a colon
        ("Kim's score | 7.5/10 | Staff average | 6.9/10 | Readers | 81%", "7.5/10"),
        ("Our rating | 4/5 | Reader average | 3.2/5", "4/5"),
    ],
)
def test_a_row_setting_a_labelled_average_in_a_cell_after_the_writers_score_leaves_it_theirs(
    closing: str, raw: str
) -> None:
    # the row's mark between cells, then the average's own label (a word before the poll's
    # word) and its own figure: a cell beside the writer's score, not the score's poll
    parsed = doc(f"Show Episode 6 Review\n\n{BODY}\n\n{closing}")
    assert parsed.score is not None and parsed.score.raw == raw


def test_a_reply_under_its_feeds_header_naming_someone_else_is_not_the_writers_score() -> None:
    # a social thread's copy: the writer's stars, then a reply under "<name> replying to
    # @<the writer's handle>", the replier's own stars
    parsed = doc(
        "Show first impressions\n\n**Mo Reyes** @moreyes.example\n\n"
        f"{BODY}\n\n★★★ — decent start.\n\n"
        "**fern.example** replying to @moreyes.example\n★★★★★ easily"
    )
    assert parsed.score is not None and parsed.score.raw == "★★★"


def test_the_writers_own_reply_to_their_post_keeps_its_score() -> None:
    # the writer answering their own post, a thread going on: their handle replying to it
    parsed = doc(
        "Show first impressions\n\n"
        f"{BODY}\n\n**moreyes.example** replying to @moreyes.example\n★★★★ from me"
    )
    assert parsed.score is not None and parsed.score.raw == "★★★★"


def test_a_score_the_average_of_most_viewers_gave_is_still_theirs() -> None:
    # lower-case words before the poll's word are the sentence's, no label of a cell
    parsed = doc(f"Show Episode 6 Review\n\n{BODY}\n\nIt got 7/10 from most viewers: 412 of them.")
    assert parsed.score is None


@pytest.mark.parametrize(
    "closing",
    [
        "Final tally: 7.9/10 (members' vote, 41 ballots)",
        "Score: 7.9/10 from the poll, which was at 8 last week",
    ],
)
def test_a_score_followed_by_its_poll_is_still_the_polls(closing: str) -> None:
    parsed = doc(f"Show Episode 6 Review\n\n{BODY}\n\n{closing}")
    assert parsed.score is None


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        ("The fans will argue. Still, the whole run earns a **C+** from me.", "C+"),
        ("Viewers seem split on it. It gets a B from me.", "B"),
    ],
)
def test_a_poll_word_in_an_earlier_sentence_leaves_the_writers_score_theirs(
    closing: str, raw: str
) -> None:
    parsed = doc(f"Show Season 1 Review\n\n{BODY}\n\n{closing}")
    assert parsed.score is not None and parsed.score.raw == raw


def test_a_review_cards_cells_one_per_paragraph_label_the_score() -> None:
    body = (
        f"{BODY}\n\nThe middle act drags, though. Episode 3 (which I scored 9/10) was sharper."
        "\n\nRuntime\n\n24 min\n\nMy rating\n\n6/10\n\n"
        "About the writer: she has covered seasonal anime for a decade, mostly mecha and sports"
        " shows, and still thinks the best opening of all time is a thirty-year-old one.\n\n"
        "Other Show Episode 2 – 8/10"
    )
    parsed = doc(f"Show Episode 4 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "6/10"


@pytest.mark.parametrize("next_line", ["Seasons so far: two", "Episodes watched", "Days later"])
def test_the_next_lines_first_word_is_not_the_scores_unit(next_line: str) -> None:
    parsed = doc(f"Show Episode 4 Review\n\n{BODY}\n\nScore: 6/10\n{next_line}\n\nThe end of it.")
    assert parsed.score is not None and parsed.score.raw == "6/10"


@pytest.mark.parametrize(
    ("sentence", "raw"),
    [
        ("Weighing the whole season, I land on a C+.", "C+"),
        ("After a lot of back and forth we settled on a B for it.", "B"),
    ],
)
def test_a_grade_the_writer_lands_on_is_the_score(sentence: str, raw: str) -> None:
    body = f"{BODY}\n\n| Episode | Grade |\n| 1 | A |\n| 2 | D |\n\n{sentence}"
    parsed = doc(f"Show Season Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == raw


def test_landing_on_a_word_is_no_grade() -> None:
    parsed = doc(f"Show Episode 2 Review\n\n{BODY}\n\nThe pilots land on A deck at the end.")
    assert parsed.score is None


@pytest.mark.parametrize(
    ("closing", "value", "scale"),
    [("first impressions: 4/5 ⭐ — a fun premiere.", 4, 5), ("Score: 8/10⭐", 8, 10)],
)
def test_a_lone_star_after_a_fraction_is_its_decoration(
    closing: str, value: float, scale: float
) -> None:
    parsed = scored(closing)
    assert parsed.score is not None
    assert (parsed.score.value, parsed.score.scale) == (value, scale)


@pytest.mark.parametrize(
    "button",
    [
        "Share this: Email | Print\nLike this: ★ Like — 12 bloggers like this.",
        "▶ Play    ⤓ Download    ★ Star    ⤴ Share",
        "★ Member-only story",
    ],
)
def test_a_lone_star_marking_a_button_is_no_score(button: str) -> None:
    parsed = scored(f"I won't score a premiere. Ask me at the season's end.\n\n{button}")
    assert parsed.score is None


def test_a_lone_star_not_after_a_fraction_is_still_one_star() -> None:
    parsed = scored("Honestly? ⭐ — one star, and I am being kind.")
    assert parsed.score is not None and parsed.score.value == 1


@pytest.mark.parametrize(
    "catch_up",
    [
        "Previously: episode 1 was all setup, and I gave it 4 stars.",
        "**Last week:** the heist. I gave it 9/10 and meant it.",
        "Last week I gave it 9/10, so expectations were high.",
        "Previously on Show: Kato lost the map. My score then: 9/10.",
    ],
)
def test_a_score_in_a_catch_up_on_an_earlier_episode_is_not_this_ones(catch_up: str) -> None:
    text = f"Show Episode 2 Review\n\n{catch_up}\n\n{BODY}\n\nSee you next week."
    assert doc(text).score is None


@pytest.mark.parametrize(
    "catch_up",
    [
        "Last week got a C+, the opening two-parter got an A.",
        "Last week earned a C; the season premiere earned an A.",
    ],
)
def test_a_catch_ups_list_of_earlier_grades_is_not_this_episodes(catch_up: str) -> None:
    # the writer's grade, then the earlier weeks' in one sentence, clause by clause
    parsed = scored(f"## The grade\n\nI grade in letters.\n\n**Episode 2: B-**\n\n{catch_up}")
    assert parsed.score is not None and parsed.score.raw == "B-"


@pytest.mark.parametrize(
    "recalled",
    [
        "(last week's post on episode 1 is linked below, I gave it 2/5)",
        "Last time the pacing dragged, and we rated it 2/5.",
        "Previously, the show found its feet; I gave it ★★ 1/2",
    ],
)
def test_a_catch_up_whose_last_clause_gave_a_score_is_not_this_episodes(recalled: str) -> None:
    # after this week's score, a sentence (or an aside) opening on the earlier episode, its
    # later clause giving the score the writer gave then: that episode's, in the past
    parsed = doc(f"Show Episode 2 Review\n\n{BODY}\n\nRating: 4/5\n\n{recalled}")
    assert parsed.score is not None and parsed.score.raw == "4/5"


@pytest.mark.parametrize(
    "verdict",
    [
        "Last week dragged, but I gave it 4/5 this time.",
        "Last week dragged, and I give it 4/5.",
    ],
)
def test_a_catch_up_turned_to_this_episode_keeps_its_score(verdict: str) -> None:
    # a contrast, or the present tense, gives this episode's score after the look back
    parsed = doc(f"Show Episode 2 Review\n\n{BODY}\n\n{verdict}")
    assert parsed.score is not None and parsed.score.raw == "4/5"


@pytest.mark.parametrize(
    ("verdict", "raw"),
    [
        ("**Rating: 4/5** (last week: 2/5)", "4/5"),
        ("My score: 8/10 (previously 6/10, for the setup episode)", "8/10"),
        ("Verdict: ★★★★ (last episode: ★★)", "★★★★"),
        ("Score: 6/10 (last week: 9/10, this week a step down)", "6/10"),
        # a range of episodes recalled, its dash no clause's break
        ("**Score for the pair: 7/10** (last week's 3–4 got a 5/10 from me)", "7/10"),
        ("Score: 4/5 (last week's eps 1—2 got a 3.5/5, for comparison)", "4/5"),
    ],
)
def test_an_aside_in_brackets_recalling_an_earlier_episode_is_not_this_ones_score(
    verdict: str, raw: str
) -> None:
    # the earlier week's score beside this one's, in brackets after it on the same line
    parsed = doc(f"Show Episode 2 Review\n\n{BODY}\n\n{verdict}")
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    "heading", ["PREVIOUSLY ON THE LETTER", "## Last week's mailbag", "Last episode, revisited"]
)
def test_a_score_looked_back_on_under_a_catch_up_heading_is_not_this_ones(heading: str) -> None:
    # a newsletter's section on the earlier episode, its heading opening the section's lines
    # (in capitals, as Markdown's) or standing alone over them: the score given then
    text = (
        f"Show Episode 2 Review\n\n{BODY}\n\nFinal score: 4/5\n\nOTHER NEWS\n\n"
        "Nothing else this week, the studio is quiet.\n\n"
        f"{heading}\n{'' if heading.isupper() or heading[0] == '#' else chr(10)}"
        "Readers asked about the heist episode.\nYou liked it more than I did (I gave it 3/5).\n\n"
        "See you soon."
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "4/5"


@pytest.mark.parametrize(
    "aside",
    [
        "For completeness, my rating for Show episode 1 was a 5/10.",
        "Also, my score for ep. 1 last time was 6/10, if you missed it.",
        "My grades for episodes 3 and 4 were 9/10 and 8/10 respectively.",
    ],
)
def test_a_score_labelled_as_another_episodes_is_not_this_ones(aside: str) -> None:
    # the writer's own label, but naming an episode before the page's
    text = f"Show Episode 5 Review\n\n{BODY}\n\n| Overall | **7/10** |\n\n{aside}"
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize(
    "verdict",
    [
        "So, my score for episode 2 is a 7/10.",
        # the same episode counted on from the first season: no earlier one's number
        "FINAL SCORE FOR EPISODE 27 (it was a long wait): 7/10",
    ],
)
def test_a_score_labelled_as_this_episodes_by_its_number_stays(verdict: str) -> None:
    text = f"Show Episode 2 Review\n\n{BODY}\n\n{verdict}"
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize(
    "others",
    [
        "On the same beat my colleague covers Other Show\n(ep. 3, he gave it a 9/10) and Third"
        " Show (ep. 7, 8/10).",
        "My roommate sat through it with me,\nand she gave it a 9/10 for the fights alone.",
    ],
)
def test_someone_elses_score_on_a_wrapped_line_of_their_sentence_is_not_the_writers(
    others: str,
) -> None:
    # a hard-wrapped paragraph: the sentence naming who scores begins on the line above
    text = f"Show Episode 2 Review\n\n{BODY}\n\n**6/10**\n\n{others}"
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "6/10"


def test_the_writers_own_score_on_a_wrapped_line_after_a_friend_stays() -> None:
    after = "After a rewatch with my roommate\nI gave it a 9/10."
    text = f"Show Episode 2 Review\n\n{BODY}\n\n**6/10**\n\n{after}"
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "9/10"


def test_a_catch_up_that_turns_to_this_episode_keeps_its_score() -> None:
    text = f"Show Episode 2 Review\n\n{BODY}\n\nLast week: 3/5 stars. This week: 4/5 stars."
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "4/5 stars"


@pytest.mark.parametrize(
    ("label", "raw"), [("Episode 2: ★★★½", "★★★½"), ("**Ep 2** — 7/10", "7/10")]
)
def test_the_documents_own_episode_labels_its_score(label: str, raw: str) -> None:
    # a weekly post's score under its own episode's label, a tally of the weeks after it
    text = (
        f"Show Episode 2 Review\n\nThe one where I gave it 4 stars in my head.\n\n{BODY}\n\n"
        f"{label}\n\nRunning tally: ep 1 ★★★ · ep 2 ★★½ · ep 3 ★★★★"
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    ("label", "raw"), [("Episode 2 score: 6/10", "6/10"), ("Ep 2 rating — ★★★", "★★★")]
)
def test_the_documents_own_episode_labels_its_score_with_a_score_word(label: str, raw: str) -> None:
    text = f"Show Episode 2 Review: a check-in\n\n{BODY}\n\n{label}\n\nRelated: Other | More"
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    ("label", "raw"),
    [
        ("Ep 2 for me: 7.5/10. The season so far: hovering around an 8.", "7.5/10"),
        ("Episode 2, from me — ★★★½", "★★★½"),
        ("Ep 2 score for me: 6/10", "6/10"),
    ],
)
def test_the_documents_own_episode_labels_its_score_as_the_writers(label: str, raw: str) -> None:
    # a forum post's closing section: its own episode's label and the writer's "for me",
    # then the score, the season's words after it; a reply's score further down is not it
    text = (
        f"Show ep 2 thoughts\n\n{BODY}\n\n--- Score ---\n\n{label}\n\n"
        "Someone else's site has it at 8.6, for what that is worth."
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    ("label", "raw"),
    [
        ("ep 2 verdict: solid 7/10, may rise if the pacing holds", "7/10"),
        ("Episode 2 — a strong 8/10", "8/10"),
        # another episode's label, or a word denying the score, gives none
        ("Ep 5 verdict: solid 6/10, may rise if the pacing holds", None),
        ("Episode 2: not 8/10, whatever the forum says", None),
    ],
)
def test_the_documents_own_episode_labels_a_qualified_score(label: str, raw: str | None) -> None:
    # a notes page's closing line: its own episode's label, a word qualifying the score after
    # its colon or dash, then the writer's hedge; a to-do line about another show after it
    text = (
        f"Show ep 2 notes\n\n{BODY}\n\n{label}\n\n"
        "TODO: compare with Other Show's premiere (I gave that a 7 too)\n"
    )
    parsed = doc(text)
    assert (parsed.score.raw if parsed.score else None) == raw


def test_another_episodes_label_as_the_writers_gives_no_score() -> None:
    text = f"Show Episode 2 Review\n\n{BODY}\n\nEp 5 for me: 6/10. This one was fine.\n"
    assert doc(text).score is None


def test_another_episodes_label_with_a_score_word_gives_no_score() -> None:
    text = f"Show Episode 2 Review\n\n{BODY}\n\nEpisode 5 score: 6/10\n"
    assert doc(text).score is None


@pytest.mark.parametrize(
    "plea", ["Rate us five stars on your podcast app!", "Please rate us ★★★★★ wherever you listen."]
)
def test_a_plea_to_rate_the_show_is_not_its_score(plea: str) -> None:
    text = f"Show Episode 2 Review\n\n{BODY}\n\n**Mika's score:** 8/10\n\n{plea}"
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_another_episodes_label_or_a_list_of_episodes_gives_no_score() -> None:
    other = f"Show Episode 2 Review\n\n{BODY}\n\nEpisode 5: ★★★½\n"
    listed = f"Show Episode 2 Review\n\n{BODY}\n\nEpisode 1: 6/10\nEpisode 2: 7/10\nEp 3: 5/10\n"
    tally = f"Show Episode 2 Review\n\n{BODY}\n\nRunning tally: ep 1 7/10 · ep 2 8/10 · ep 3 6/10\n"
    assert doc(other).score is None
    assert doc(listed).score is None
    assert doc(tally).score is None


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        # a paragraph opening with last week's number and score, then this week's in a later
        # sentence: not a list's entry
        ("Episode 2 got a 7/10 from me. This one is the best yet: 8.5/10.", "8.5/10"),
        ("Ep 2 was a 6/10 for me! Tonight's episode, though, I'd call a 9/10.", "9/10"),
        # ...but the first sentence's score is episode 2's, and an entry's gloss before its
        # score, or a later sentence among a list's lines, is the list's
        ("Episode 2 got a 7/10 from me, so did this one.", None),
        ("- Ep 2: the heist. 7/10\n- Ep 3: the chase. Solid 8/10", None),
        ("Ep 2: the heist arrives. I'd give it 7/10.\nEp 4: a breather. 6/10", None),
    ],
)
def test_a_paragraph_opening_with_another_episodes_score_is_no_list(
    closing: str, raw: str | None
) -> None:
    text = f"Show Episode 3 Review\n\n{BODY}\n\nScore\n\n{closing}\n"
    parsed = doc(text)
    assert (parsed.score.raw if parsed.score else None) == raw


@pytest.mark.parametrize(
    ("entries", "raw"),
    [
        # a weekly post's running tally ending on this week's entry, set apart in emphasis
        ("- ep 1: 6\n- ep 2: 5.5\n- **ep 3: 7/10**", "7/10"),
        ("* Episode 1 — 6/10\n* Episode 2 — 5/10\n* __Episode 3 — 8/10__", "8/10"),
        # every entry emphasised alike, or this week's as plain as the rest: a list
        ("- **ep 1: 6/10**\n- **ep 2: 5/10**\n- **ep 3: 7/10**", None),
        ("- ep 1: 6/10\n- ep 2: 5/10\n- ep 3: 7/10", None),
        # another episode's entry set apart is not this one's score
        ("- ep 1: 6/10\n- **ep 2: 9/10**\n- ep 4: 7/10", None),
    ],
)
def test_a_tallys_own_episode_entry_set_apart_in_emphasis_is_the_score(
    entries: str, raw: str | None
) -> None:
    text = f"Show Episode 3 Review\n\n{BODY}\n\nScores so far:\n\n{entries}\n\nSee you next week."
    parsed = doc(text)
    assert (parsed.score.raw if parsed.score else None) == raw


@pytest.mark.parametrize("verdict", ["8/10 this week.", "7.5/10 from me", "6/10 overall"])
def test_a_score_opening_its_line_as_this_weeks_verdict_counts_mid_text(verdict: str) -> None:
    # not in the closing lines: a long reply follows it
    text = f"Show Episode 2 Review\n\n{BODY}\n\n{verdict}\n\n" + "\n\n".join([BODY] * 3)
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == verdict.split()[0]


@pytest.mark.parametrize(
    ("verdict", "raw"),
    [
        # a forum post's verdict sentence, its paragraph going on after it
        ("8/10 for me. The soundtrack alone earns a point of that.", "8/10"),
        ("6.5/10 this week! Next week's preview looks far busier.", "6.5/10"),
        ("7/10 from me.  Fight me in the replies.", "7/10"),
        # the sentence itself going on: no verdict on its own
        ("8/10 for me would be too generous, honestly.", None),
        ("9/10 from me, had the ending not been rushed.", None),
    ],
)
def test_a_verdict_sentence_opening_its_line_counts_mid_text_with_the_line_going_on(
    verdict: str, raw: str | None
) -> None:
    # a thread's first post, then the replies: the verdict is far from the closing lines
    text = f"Show Episode 2 Review\n\n{BODY}\n\n{verdict}\n\n" + "\n\n".join([BODY] * 3)
    parsed = doc(text)
    assert (parsed.score.raw if parsed.score else None) == raw


@pytest.mark.parametrize(
    ("verdict", "raw"),
    [
        # the score in bold opening its line, a dash, the writer's gloss
        ("**7.5/10** — a quiet start, but every scene earns its place.", "7.5/10"),
        ("__6/10__ - the middle sags. the ending does not.", "6/10"),
        ("> **8 out of 10**: best opening of the season so far", "8 out of 10"),
        # the score in bold opening a sentence inside the paragraph, after a sentence's end
        ("The fights carry it. **6/10**, and a better finish would have lifted it.", "6/10"),
        ("A slow week overall! __8/10__ - the quiet scenes are the best.", "8/10"),
        ("Nothing much happens. **5.5/10**. The next one looks busier.", "5.5/10"),
    ],
)
def test_an_emphasised_score_opening_its_line_or_a_sentence_counts_mid_text(
    verdict: str, raw: str
) -> None:
    # a notes page's quick take near the top; the episode's notes follow for a long way
    text = f"Show Episode 2 Review\n\n## quick take\n{verdict}\n\n" + "\n\n".join([BODY] * 3)
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    "line",
    [
        # two in one paragraph: a list in prose of other episodes' scores
        "Last week was weak. **5/10**, and the week before. **7/10**, for the record.",
        # the emphasis holds more than the score: not set apart
        "The fights carry it. **6/10 at best**, and only for the fights.",
        # inside a sentence, not opening it
        "The fights carry it to a **6/10**, and only just.",
    ],
)
def test_an_emphasised_score_inside_a_paragraph_not_set_apart_is_no_verdict(line: str) -> None:
    text = f"Show Episode 2 Review\n\n## quick take\n{line}\n\n" + "\n\n".join([BODY] * 3)
    assert doc(text).score is None


def test_emphasised_scores_opening_line_after_line_are_a_list_not_the_verdict() -> None:
    # a ranking of other shows, each in bold before its line: none is this review's score
    ranking = "**9/10** — Other Show\n**7/10** — Third Show\n**5/10** — Last Show"
    text = f"Show Episode 2 Review\n\n{BODY}\n\n{ranking}\n\n" + "\n\n".join([BODY] * 3)
    assert doc(text).score is None


def test_a_score_opening_a_sentence_that_goes_on_is_not_a_verdict() -> None:
    text = f"Show Episode 2 Review\n\n{BODY}\n\n8/10 this week would be generous for any show.\n\n"
    assert doc(text + "\n\n".join([BODY] * 3)).score is None


def test_a_score_glued_to_the_next_lines_capitalised_word_is_still_a_score() -> None:
    # a forum post's "<br>" lost in extraction: "8/10" then "Episode 1 was …" on one line
    text = (
        f"Show Episode 2 Review\n\n{BODY}\n\nShow Episode 2 score: 8/10Episode 1 was a 6 for me, "
        "so it is getting better.\n\nKato (Rin Osada) replied: the fight was flat."
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_a_count_of_episodes_after_a_fraction_is_still_no_score() -> None:
    text = f"Show Episode 2 Review\n\n{BODY}\n\nMy score so far: watched 8/10 episodes of it."
    assert doc(text).score is None


@pytest.mark.parametrize(
    "caption", ["Episodes 3 & 4 together", "episodes 3 and 4, as one", "Eps #3-4"]
)
def test_a_score_cards_value_and_caption_naming_its_episodes_is_a_score(caption: str) -> None:
    # a web page's score card, its value and caption joined on one line by extraction
    text = (
        f"Show Episodes 3-4 Review\n\n{BODY}\n\nBoth halves land well.\n\n"
        f"Next week the story moves on.\n\n7/10 {caption}"
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize(
    "reply",
    [
        "> **reply from @kestrel.example.social:** honestly a 9/10 for me",
        "Response by Tomas: I'd give it 9/10, easy.",
        "@kestrel replied: I'd rate it 9/10",
        "Mara commented: I would give it a 9/10, best one yet",
        # a guestbook's entries under the page, or a forum's quote, opening with a handle
        "kit_r wrote: the finale is a 10 forever. overall 9/10 for me",
        "**fan92** says: overall 9/10, easy",
    ],
)
def test_a_score_in_a_labelled_reply_is_not_the_writers(reply: str) -> None:
    # a thread saved with its replies under it: the writer gives no score, a reply does
    text = (
        f"Lantern Street Episode 1 first impressions\n\n{BODY}\n\n"
        "verdict: I'm sticking with it, no score until episode 3.\n\n"
        f"{reply}\n\n> reply from the writer: no scores yet, that's my rule"
    )
    assert doc(text).score is None


def test_a_handle_s_entry_under_the_writer_s_overall_score_leaves_it_the_writers() -> None:
    # a personal site's guestbook under the review: a visitor's "overall" is theirs
    text = (
        f"Lantern Street Season Review\n\n{BODY}\n\nOverall: 8.5/10\n\n"
        "fern_42 wrote: overall 10/10 for me, the best of the year\n\n"
        "lurker99 wrote: never watched it, adding it now"
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "8.5/10"


def test_the_writer_quoting_their_own_earlier_words_keeps_their_score() -> None:
    text = f"Show Episode 4 Review\n\n{BODY}\n\nAs I wrote: 7/10 and climbing."
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "7/10"


def test_a_column_s_score_line_naming_its_show_and_episode_outranks_a_later_quick_take() -> None:
    # a weekly column: the lead show's episode, its score labelled with the show's name and
    # episode mid-text, then a short take on another show ending with that show's own score
    text = (
        "The Friday Pile: Lantern Street Ends Well\n\n"
        "Lantern Street, episode 12\n\n"
        f"{BODY}\n\n{BODY}\n\n"
        "Lantern Street episode 12 — 7.5/10. A finale that earns its quiet ending.\n\n"
        "Quick takes\n\nPaper Moon, episode 12\n\n"
        "The cooking episode we were promised, and the best of the season so far. 9/10"
    )
    parsed = doc(text, anime="Lantern Street")
    assert parsed.episode == 12
    assert parsed.score is not None and parsed.score.raw == "7.5/10"


def test_another_show_s_episode_label_does_not_label_a_score() -> None:
    text = (
        "Lantern Street Episode 12 Review\n\n"
        f"{BODY}\n\nPaper Moon episode 12 — 9/10, for comparison.\n\n{BODY}\n\n"
        "Lantern Street leaves me at 7/10 this week."
    )
    parsed = doc(text, anime="Lantern Street")
    assert parsed.score is not None and parsed.score.raw == "7/10"


def test_a_score_in_a_reblog_with_added_words_is_not_the_writers() -> None:
    # a microblog post saved with its notes: other users share it and add their own words
    notes = (
        "- pinefern reblogged this from lantern-notes and added: the rooftop bit was a 10/10\n"
        "- oxbow liked this\n"
        "- kettle-drum shared this from lantern-notes and added: honestly 9/10 for me"
    )
    text = f"Lantern Street Episode 3 Review\n\n{BODY}\n\n{notes}"
    assert doc(text).score is None
    # the writer's own stars above the notes are the score
    parsed = doc(f"Lantern Street Episode 3 Review\n\n{BODY}\n\n★★★☆☆ / 5\n\n{notes}")
    assert parsed.score is not None and parsed.score.score_100 == 60


def test_the_writers_own_reply_line_still_scores_when_it_is_not_labelled_as_a_reply() -> None:
    text = f"Lantern Street Episode 1 Review\n\n{BODY}\n\nI replied to nobody. I'd give it 7/10."
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize("aside", ["(last week's was an 8 for me)", "(ep 2 was a 6)"])
def test_a_score_opening_its_line_with_an_aside_outranks_a_later_members_score(aside: str) -> None:
    # a chat export: the review's score opens its line with an aside after it, then another
    # member's message gives theirs in a sentence
    text = (
        f"Lantern Street Episode 3 Review\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\nStill fun overall.\n\n"
        f"7/10 {aside}\n\nKit\n\nagree on the pacing, 5/10 for me. the fight was good tho"
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("Grade: B+\n\nReply: honestly I was close to giving it an A.", "B+"),
        ("Verdict: 7/10\n\nI almost gave it 9/10, the ending pulled it down.", "7/10"),
        ("Score: 6/10\n\nI would have given it 8/10 without the filler.", "6/10"),
        ("Grade: C\n\nI was tempted to give it a B, the fight almost landed.", "C"),
    ],
)
def test_a_score_the_writer_only_thought_of_giving_is_not_the_score(
    closing: str, expected: str
) -> None:
    # "close to giving it", "almost gave it", "would have given it": not given
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == expected


@pytest.mark.parametrize(
    ("verdict", "expected"),
    [
        (
            "Our verdict: Kim gave it 7/10, Ravi a kinder 9/10. Kim's is the score on our site.",
            "7/10",
        ),
        (
            "Scores: Kim 6/10, Ravi 9/10.\nKim's score is the official one, she covers it weekly.",
            "6/10",
        ),
    ],
)
def test_of_two_hosts_scores_the_one_the_page_says_is_the_sites_wins(
    verdict: str, expected: str
) -> None:
    # a podcast's show notes: two hosts score the episode, then say whose is the site's
    parsed = scored(f"{verdict}\n\nNext week: more of the same.")
    assert parsed.score is not None and parsed.score.raw == expected


@pytest.mark.parametrize(
    "guest",
    [
        "Second opinion: Rosa\n\nToo slow for me, but the music is lovely. Rosa's score: 4/10.",
        "Guest take\n\nI liked the quiet middle more than Ben did. Rosa's verdict — 9/10",
        "**Rosa's final score: 4/10**",
    ],
)
def test_a_guests_named_score_after_the_writers_own_leaves_the_writers(guest: str) -> None:
    # a weekly blog post with the writer's partner's second opinion under it, scored by name
    parsed = scored(
        f"**My score for this week: 7/10**\n\nA slow one, and I like slow ones.\n\n{guest}"
    )
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize(
    "closing",
    [
        # the page's only label names its reviewer: a podcast's notes, a site's score box
        "Rosa came out of it warmer than I did. Rosa's score: 8/10",
        # the writer's own after the guest's: the latest, as ever
        "Rosa's score: 4/10\n\nMy score: 8/10",
        # a role, not a guest, with no score of the writer's own to prefer
        "Editor's score: 8/10",
    ],
)
def test_a_named_score_with_no_own_score_before_it_stays_the_score(closing: str) -> None:
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_of_two_scores_on_a_line_with_none_designated_the_latest_still_wins() -> None:
    parsed = scored("My verdict: the first half 6/10, the second half 8/10.")
    assert parsed.score is not None and parsed.score.raw == "8/10"


@pytest.mark.parametrize(
    ("verdict", "expected"),
    [
        ("Short version: this week a 4/10, the whole series a 7/10.", "4/10"),
        ("Scores: the premiere 8/10; the show overall 6/10 so far.", "8/10"),
        ("Bottom line: ep 2 a 6/10, season a 7.5/10.", "6/10"),
        # a score list's two lines: the episode's, then the show's so far
        ("Scores\nEpisode 2: 6.5/10\nSeries overall: 8/10", "6.5/10"),
        # each a paragraph of its own, a blank line between them (a page's "<p>"s)
        ("The episode itself: ★★★½\n\nWhole show: probably a 6/10, honestly.", "★★★½"),
    ],
)
def test_in_an_episode_review_the_episodes_score_beats_the_shows_beside_it(
    verdict: str, expected: str
) -> None:
    # a forum post's summary scoring the episode and, after it, the show as a whole
    parsed = scored(verdict)
    assert parsed.score is not None and parsed.score.raw == expected


@pytest.mark.parametrize(
    ("verdict", "expected"),
    [
        # a letter grade's label names what it is for: the episode's line, then the show's
        ("Grade for this episode: A-\nGrade for the whole series: B", "A-"),
        ("Grade for the finale: C\nGrade for the season overall: B+", "C"),
    ],
)
def test_in_an_episode_review_the_episodes_grade_beats_the_shows_under_it(
    verdict: str, expected: str
) -> None:
    # a newsletter's feature grading the episode and, on the next line, the season
    parsed = scored(verdict)
    assert parsed.score is not None and parsed.score.raw == expected


@pytest.mark.parametrize(
    ("verdict", "expected"),
    [
        # what the score is for said after it, the show's score in the next sentence
        ("Verdict: 8/10 for the finale. Season 1 overall I'd put at 7.5/10.", "8/10"),
        ("Score: 6/10 for this episode; the series as a whole gets 7/10.", "6/10"),
        # said after it, but not the episode: the show's score still stands
        ("Verdict: 8/10 for the soundtrack. Season 1 overall I'd put at 7.5/10.", "7.5/10"),
    ],
)
def test_an_episodes_score_said_to_be_for_the_episode_beats_the_shows_after_it(
    verdict: str, expected: str
) -> None:
    parsed = scored(verdict)
    assert parsed.score is not None and parsed.score.raw == expected


def test_in_a_season_review_the_shows_score_on_a_line_with_the_finales_stays() -> None:
    text = (
        "Show Season 1 Review\n\nThe whole season, looked back on.\n\n"
        + BODY
        + "\n\nVerdict: finale 5/10, whole show 7/10."
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize(
    ("rating", "musing", "expected"),
    [
        # a notes page's rating line, then the writer's musing repeating it in words
        ("Rating: ★★★☆☆", "3 stars seems fair. the middle drags but the end lands.", "★★★☆☆"),
        ("**Score:** 7/10", "7 out of 10 is about right, maybe generous.", "7/10"),
    ],
)
def test_a_rating_lines_score_beats_the_same_score_repeated_in_a_sentence(
    rating: str, musing: str, expected: str
) -> None:
    text = f"Show Episode 6 Review\n\n{rating}\n\n{BODY}\n\n## Score thoughts\n\n{musing}"
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == expected


def test_a_later_different_score_in_a_sentence_is_not_overruled_by_the_rating_line() -> None:
    text = (
        f"Show Episode 6 Review\n\nRating: ★★★☆☆\n\n{BODY}\n\n## Score thoughts\n\n"
        "4 stars feels right after all. the ending won me over."
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "4 stars"


def test_a_score_given_after_a_thought_of_higher_one_in_its_sentence_is_still_the_score() -> None:
    parsed = scored("Honestly I could have rated it higher but 8/10 feels right.")
    assert parsed.score is not None and parsed.score.raw == "8/10"


@pytest.mark.parametrize(
    ("opening", "closing", "raw", "value"),
    [
        # the scale a newsletter explains in its opening, then its stars at the end
        ("Every week I give a score out of five stars at the end.", "★★★", "★★★", 3),
        ("My ratings use a scale of five stars.", "Rating: ★★", "★★", 2),
        # a score in words whose scale is in stars: the scale is not a second score
        ("It drags in places.", "My rating: two out of five stars.", "two out of five", 2),
    ],
)
def test_a_number_of_stars_after_out_of_is_the_scale_not_a_score(
    opening: str, closing: str, raw: str, value: float
) -> None:
    parsed = doc(f"Show Episode 2 Review\n\n{opening}\n\n{BODY}\n\n{closing}")
    assert parsed.score is not None
    assert parsed.score.raw == raw
    assert parsed.score.value == value


# --------------------------------------------------------------------------- round 21


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        ("Grade after two weeks: **C+**. I'll keep going.", "C+"),
        ("**Grade:** A- and counting.", "A-"),
        ("My grade — *B*, for now.", "B"),
        ("I'd give it a **D**, sadly.", "D"),
    ],
)
def test_a_grade_in_markdown_emphasis_after_its_label_is_the_score(closing: str, raw: str) -> None:
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == raw


# a grade badge: the letter on its own line, its caption under it
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The plot finally moves and the duel is great.\n\nB-\n\nOur grade\n\nMore soon.\n", "B-"),
        ("Quiet, patient, lovely.\n\n**A**\nFinal verdict\n", "A"),
        ("The plot finally moves.\n\nC+\n\nReader grade\n", None),  # a poll's, not the writer's
        ("The plot finally moves.\n\nB\n\nThe next episode is out Friday.\n", None),
    ],
)
def test_grade_over_its_caption(body: str, expected: str | None) -> None:
    score = score_in("", body, 0, boxes=False)
    assert (score.raw if score else None) == expected


# a labelled row of one repeated pictograph, read on the scale the page states for it
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Lovely week.\n\nSnack rating: 🍙🍙🍙\n\n(Scale: 🍙 to 🍙🍙🍙🍙🍙.)\n", ("🍙🍙🍙", 60.0)),
        (
            "Lovely week.\n\nScore: 🎈🎈🎈🎈🎈🎈🎈\nMarked out of 🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈\n",
            ("🎈🎈🎈🎈🎈🎈🎈", 70.0),
        ),
        ("Lovely week.\n\nMood rating: 🍙🍙🍙\n", None),  # no scale stated: a mood, not a score
        ("Lovely week.\n\nSnack rating: 🍙🍙🍙🍙🍙🍙\n\n(Scale: 🍙 to 🍙🍙🍙🍙🍙.)\n", None),
    ],
)
def test_a_labelled_pictograph_row_on_its_stated_scale(
    body: str, expected: tuple[str, float] | None
) -> None:
    score = score_in("", body, 0, boxes=False)
    assert (None if score is None else (score.raw, score.score_100)) == expected


# a row of one repeated pictograph over a scale written right after it is a count on that scale
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Lovely week.\n\nI give it 🍙🍙🍙/5 rice balls, it dragged.\n", ("🍙🍙🍙/5", 60.0)),
        ("Lovely week.\n\nVerdict: 🎈🎈🎈🎈🎈🎈🎈 / 10\n", ("🎈🎈🎈🎈🎈🎈🎈 / 10", 70.0)),
        ("Lovely week.\n\nMood: 🍙🍙🍙🍙🍙🍙/5\n", None),  # more than the scale: no count
        ("Lovely week.\n\nMood: 🍙🍜🍙/5\n", None),  # not one pictograph repeated
        ("Lovely week.\n\nSnacks eaten: 🍙🍙🍙/52 of the bag\n", None),  # no scale of ours
    ],
)  # fmt: skip
def test_a_pictograph_row_over_a_written_scale(
    body: str, expected: tuple[str, float] | None
) -> None:
    score = score_in("", body, 0, boxes=False)
    assert (None if score is None else (score.raw, score.score_100)) == expected


# a number printed with its own word of the ten-point word scale (10 Masterpiece, 9 Amazing,
# 8 Great, 7 Good, 6 Okay, 5 Mediocre, 4 Bad, 3 Awful, 2 Painful, 1 Unbearable) is out of 10
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The finale lands.\n\nVerdict\nA warm, steady season.\n\n7\nGood\n", ("7", 70.0)),
        ("The finale lands.\n\n6 / Okay\n\nMore reviews below.\n", ("6", 60.0)),
        ("The finale lands.\n\n9.0 - Amazing\n", ("9.0", 90.0)),
        ("The finale lands.\n\n3\nGreat\n", None),  # not the scale's word for 3
        ("The finale lands.\n\nEpisode 8\nGreat stuff all round.\n", None),  # a heading
    ],
)  # fmt: skip
def test_a_number_with_its_ten_point_word_is_out_of_ten(
    body: str, expected: tuple[str, float] | None
) -> None:
    score = score_in("", body, 0, boxes=False)
    assert (None if score is None else (score.raw, score.score_100)) == expected


# an abbreviation's full stop before a number ("Ep. 4", "Vol. 2") ends no sentence: the score
# word before it still leads to the score
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Long talk about the show.\n\nMy score for Ep. 4: 6.5/10\n\nThanks for watching!\n"
         "Subscribe for more and see the links below for the rest.\n", "6.5/10"),
        ("Long talk.\n\nThe rating for Vol. 2 here: 4/5\n\nBye, and thanks again for reading "
         "all of this, see you next week with more.\n", "4/5"),
        # a real sentence end before a number still cuts the score word off
        ("Long talk.\n\nThey scored. 3/4 of us cheered\n\nBye, and thanks again for reading "
         "all of this, see you next week with more.\n", None),
    ],
)  # fmt: skip
def test_a_score_word_before_an_abbreviated_episode_leads_to_the_score(
    body: str, expected: str | None
) -> None:
    score = score_in("", body, 0 if expected is None else len(body), boxes=False)
    assert (score.raw if score else None) == expected


# a "Related:" or "See also:" line links other posts: the score it shows is theirs
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The fights are sharp and the music is loud.\n\nOverall: 3.5 stars. A good week.\n\n"
         "Related: Show Episode 3 Review (5 stars) | Other Show Review\n", "3.5 stars"),
        ("The fights are sharp.\n\nIn the end this one is a 6/10 for its pacing.\n\n"
         "See also: Show Episode 3 Review (9/10)\n", "6/10"),
        ("The fights are sharp.\n\nRelated reviews: Show Episode 3 (4 stars)\n", None),
        # a translated site's "Read also:" line of its other articles, each with its grade
        ("The fights are sharp.\n\nFINAL GRADE: 4/5\n\nLeave a comment!\n\n---\n"
         'Read also: "Other Show: first impressions" (grade 5/5) | "Show 2 is good?" '
         "(grade 3/5)\n", "4/5"),
        ("The fights are sharp.\n\nMy grade: 7/10\n\nAlso read: Show Episode 2 Review "
         "(grade 9/10)\n", "7/10"),
    ],
)  # fmt: skip
def test_a_related_posts_line_gives_no_score(body: str, expected: str | None) -> None:
    score = score_in("", body, 0, boxes=False)  # (all of it closing lines)
    assert (score.raw if score else None) == expected


# a list of links to other posts under a heading that says so ("Related on <Blog>", "More
# from <Site>"): an item's score is the linked post's, even labelled "overall", and the
# writer's own earlier in the page stands
@pytest.mark.parametrize(
    "links",
    [
        "**Related on Quiet Harbour**\n- Part 1 retrospective (overall 10/10)\n"
        "- Why the music works",
        "### More from the blog\n\n- The first arc, ranked\n\n- Season 1 finale (overall 9/10)",
        "See also:\n* Movie review — overall 3/10",
        "Read also:\n- Other Show: first impressions (grade 9/10)",
    ],
)
def test_a_score_in_a_related_posts_list_is_the_linked_posts(links: str) -> None:
    body = f"> **This week: 6.5/10**\n\n{BODY}\n\nA calm episode, and a fine one.\n\n{links}\n"
    score = score_in("", body, body.rfind("\n\n") + 2, boxes=False)
    assert score is not None and score.raw == "6.5/10"


# a score written with "of" for "out of", as translated pages put it, counts when a score
# word labels it; unlabelled, or going on into a noun, it is a count
@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        ("**Our verdict: 6.5 of 10 points**", "6.5 of 10 points"),
        ("Rating: 4 of 5.", "4 of 5"),
        ("Final grade — 72 of 100", "72 of 100"),
        ("In the end 7 of 10 episodes were filler.", None),
        ("I'd rate 8 of 10 episodes as strong.", None),
    ],
)
def test_a_labelled_score_out_of_written_of_counts(closing: str, raw: str | None) -> None:
    parsed = scored(closing)
    assert (parsed.score.raw if parsed.score else None) == raw


# a list item naming another episode's write-up, wrapped onto a line of its own (indented, or
# going on as a sentence does, as stripped lines leave it) that holds its grade or score, is
# that episode's like the item's first line would be; the writer's own grade earlier stands,
# and a nested item or a line opening a sentence of its own is read on its own
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The heist is tense and the ending lands.\n\nMY GRADE: C+\n\nElsewhere this week\n"
         "- The other show's episode 14 write-up went up on Tuesday\n(grade: A-)\n"
         "- Letters are open again\n", "C+"),
        ("The heist is tense, and in the end it is a 6/10.\n\nMore from us\n"
         "* Another Show Season 2 Episode 3 is reviewed on the site, and\n"
         "  the writer liked it a lot\n  (9/10)\n", "6/10"),
        ("The heist is tense.\n\nMore from us\n- Our overall take on the season\n"
         "  - Verdict: 7/10\n", "7/10"),
        # a line that opens as a sentence of its own is no item's, though under a list
        ("The heist is tense.\n\nWhat I watched:\n- Episode 3 of the other show\n"
         "Grade: B\n", "B"),
    ],
)  # fmt: skip
def test_a_list_items_wrapped_line_is_the_items(body: str, expected: str | None) -> None:
    score = score_in("", body, 0, boxes=False)  # (all of it closing lines)
    assert (score.raw if score else None) == expected


# a bare number after a score's label, alone on its line, is read on the scale the page states
# for its scores; with no scale stated it is no score
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("I score every show out of 10 here.\n\nThe duel was great.\n\nVerdict: 6\n\n"
         "Thanks for reading.\n", ("6", 60.0)),
        ("Scores on this blog are on a scale of 1 to 5.\n\nQuiet week.\n\n**Score:** 3.5\n\n"
         "See you next week.\n", ("3.5", 70.0)),
        ("The duel was great.\n\nVerdict: 6\n\nThanks for reading.\n", None),  # no scale
        ("I score every show out of 10.\n\nVerdict: 6 episodes in, still good\n", None),
        ("I score every show out of 5.\n\nVerdict: 8\n", None),  # beyond the stated scale
        # the scale named by its points, in a site's footnote after the verdict
        ("Good plotting, weak fights.\n\n**Final verdict: 6**\n\n---\n\n*This blog rates "
         "every episode on a 10-point scale.*\n", ("6", 60.0)),
        ("Our ratings use a five point scale.\n\nA cosy week.\n\nScore: 4\n", ("4", 80.0)),
        ("We score each week on a ten-point scale.\n\nRating: 11\n", None),  # beyond it
    ],
)  # fmt: skip
def test_a_bare_labelled_number_is_read_on_the_stated_scale(
    body: str, expected: tuple[str, float] | None
) -> None:
    score = score_in("", body, 0, boxes=False)
    assert (None if score is None else (score.raw, score.score_100)) == expected
    assert may_give_score(body, ascii_lowered(body)) or score is None


# a bare number the writer gives in a sentence under a score's heading, read on the scale the
# page states (here by its range); with no scale stated, or beyond it, no score
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The heist plan finally came together.\n\nRATING\nThis blog uses a 0-5 scale, and "
         "I rarely go high.\nThis week earns a 4. (Last week got 3.)\n\nSee you Friday.\n",
         ("4", 80.0)),
        ("The heist plan finally came together.\n\n## Verdict\n\nOn my 1 to 10 scale, "
         "I'd give it a 6!\n", ("6", 60.0)),
        ("The heist plan finally came together.\n\nRATING\nThis week earns a 4.\n", None),
        ("The heist plan finally came together.\n\nRATING\nThis blog uses a 0-5 scale.\n"
         "This week earns a 7.\n", None),
        # not under a score's heading: a sentence of the text's
        ("I use a 1-10 scale.\n\nThe heist plan finally came together, and the crew gets a "
         "5 minute scene.\n\nIt gets a 4.\n\nMore next week.\n", None),
        # characters beyond ASCII before it (its place in the text is not its UTF-8 offset)
        ("The crew’s heist — Zoë’s plan — finally came together.\n\nRATING\nThis blog uses "
         "a 0-5 scale.\nThis week earns a 4.\n", ("4", 80.0)),
    ],
)  # fmt: skip
def test_a_bare_number_given_under_a_score_heading_is_read_on_the_stated_scale(
    body: str, expected: tuple[str, float] | None
) -> None:
    score = score_in("", body, 0, boxes=False)
    assert (None if score is None else (score.raw, score.score_100)) == expected
    assert may_give_score(body, ascii_lowered(body)) or score is None


def test_a_bare_number_given_is_the_writers_only_in_the_closing_part() -> None:
    section = "RATING\nThis blog uses a 0-5 scale.\nThis week earns a 4.\n\n"
    review = (
        "The heist plan finally came together, slowly and with care. " * 12 + "\n\n"
        "The crew argued through the night and the city kept its secrets. " * 12 + "\n"
    )
    ahead = section + review  # the review going on at length below it
    assert score_in("", ahead, ahead.rindex("\n\n") + 2, boxes=False) is None
    closing = review + "\n" + section
    score = score_in("", closing, closing.rindex("RATING"), boxes=False)
    assert score is not None and (score.raw, score.score_100) == ("4", 80.0)


# a database site's user review copied as text rates with its "Reviewer's Rating: N", a whole
# number on the site's scale of 1 to 10, which the review itself never states; one list of
# users' reviews (the site's reviews tab) gives several, none of them known to be the page's
_USER_REVIEW = (
    "I started this show right after a long shift and it was the right way to meet it.\n\n"
    "The middle stretch sags, but the finale knows what the show was about.\n\n"
    "Story 6 / Art 8 / Sound 8 / Character 8 / Enjoyment 8\n\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_USER_REVIEW + "Reviewer’s Rating: 7\n\nNice 31   Love it 6   Funny 14\n", ("7", 70.0)),
        (_USER_REVIEW + "Reviewer's Rating: 10\n", ("10", 100.0)),
        # a scale the page states still rules
        ("I rate out of 5.\n\n" + _USER_REVIEW + "Reviewer's Rating: 4\n", ("4", 80.0)),
        # a decimal is no whole number on the site's scale; beyond it, no rating
        (_USER_REVIEW + "Reviewer's Rating: 7.5\n", None),
        (_USER_REVIEW + "Reviewer's Rating: 70\n", None),
        # two users' reviews: whose is the page's?
        (_USER_REVIEW + "Reviewer's Rating: 7\n\n-----\n\nsecond_user\nLoved the premiere, "
         "hated the wait.\nReviewer's Rating: 6\n", None),
        # any other bare label still needs a stated scale
        (_USER_REVIEW + "Rating: 7\n", None),
        # the review shown whole, then other users' excerpts, cut off and linked: theirs
        (_USER_REVIEW + "Reviewer's Rating: 7\n\n-----\n\nsecond_user\nLoved the premiere, "
         "hated the wait, but...\nReviewer's Rating: 6\nread more\n", ("7", 70.0)),
        (_USER_REVIEW + "Reviewer's Rating: 8\n\nthird_user\nToo slow for me.\n"
         "Reviewer's Rating: 4\nRead full review »\n\nfourth_user\nA mess …\n"
         "Reviewer's Rating: 3\n", ("8", 80.0)),
        # only excerpts: none shown whole is the page's
        ("a_user\nFine, I guess, but…\nReviewer's Rating: 6\nread more\n\nb_user\nGreat "
         "fun, though...\nReviewer's Rating: 9\nread more\n", None),
        # one review alone keeps its rating, however its text ends
        (_USER_REVIEW + "And that is all I will say...\nReviewer's Rating: 7\n", ("7", 70.0)),
    ],
)  # fmt: skip
def test_a_database_sites_reviewers_rating_is_out_of_ten(
    body: str, expected: tuple[str, float] | None
) -> None:
    score = score_in("", body, 0, boxes=False)
    assert (None if score is None else (score.raw, score.score_100)) == expected
    assert may_give_score(body, ascii_lowered(body)) or score is None


# --------------------------------------------------------------------------- round 26


@pytest.mark.parametrize(
    "closing",
    [
        "The Verdict: A slower week that lets the two leads trade jokes.\n\n8/10",
        "Final verdict — A patient, funny episode.\n\n8/10",
        "**Grade:** A messy but likeable hour.\n\n8/10",
    ],
)
def test_the_article_opening_a_verdict_sentence_is_no_grade(closing: str) -> None:
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == "8/10"
    assert parsed.score.score_100 == 80


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        ("Verdict: A", "A"),
        ("Grade: A — warm and patient.", "A"),
        ("Grade: A-", "A-"),
        ("I'd give it an A for the fight alone.", "A"),
        ("Verdict: B solid enough.", "B"),
    ],
)
def test_a_grade_a_after_its_label_is_still_the_score(closing: str, raw: str) -> None:
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    ("verdict", "raw"),
    [
        ("Our rating: ★★★★ (four stars out of five)", "★★★★"),
        ("Score: ★★½ (two and a half stars out of five)", "★★½"),
        ("Verdict: 6/10 (six out of ten)", "6/10"),
    ],
)
def test_a_score_glossed_in_words_is_the_score_as_first_written(verdict: str, raw: str) -> None:
    # the same score spelt out in parentheses after it is a gloss, not the score
    body = "The heist plays like a caper.\n\nThe last shot is the best of the series."
    parsed = doc(f"Show Episode 6 Review\n\n{body}\n\n{verdict}\n\nSee you next week.")
    assert parsed.score is not None and parsed.score.raw == raw


_LABEL_PIECES = ["verdict", "score", "rating", ":", " ", "12:30 ", "Score", "scor", "e", "x"]


@given(
    st.lists(st.sampled_from(_LABEL_PIECES), max_size=20).map("".join),
    st.integers(min_value=0, max_value=_MAX_COLONS + 2),
)
@example("past every colon, then score: 8", _MAX_COLONS + 1)
@example("rating:", 0)
def test_a_label_is_found_at_its_colon_as_by_searching_for_it(text: str, colons: int) -> None:
    # _says_label looks at each colon (then, past _MAX_COLONS of them, searches for the words):
    # always the answer of searching for "verdict:", "score:" and "rating:" themselves
    lowered = ascii_lowered(":" * colons + " " + text)
    expected = b"verdict:" in lowered or b"score:" in lowered or b"rating:" in lowered
    assert _says_label(lowered) is expected
    expected = b"rating:" in lowered or b"score:" in lowered
    assert _says_label(lowered, (b"rating", b"score")) is expected


_HALF_PIECES = ["1", "2", "/", " ", "1/2", "11/", "/22", "x", "½"]


@given(
    st.lists(st.sampled_from(_HALF_PIECES), max_size=20).map("".join),
    st.integers(min_value=0, max_value=_MAX_SLASHES + 2),
)
@example("past every slash, then 4 1/2", _MAX_SLASHES + 1)
@example("1/2", 0)
@example("/2 and 1/", 0)
def test_a_half_is_found_at_its_slash_as_by_searching_for_it(text: str, slashes: int) -> None:
    # _says_half looks at each slash (then, past _MAX_SLASHES of them, searches for "1/2")
    lowered = ascii_lowered("/" * slashes + " " + text)
    assert _says_half(lowered) is (b"1/2" in lowered)


_FOREIGN_OF_PIECES = ["de", "von", "su", "sur", "dari", "na", " ", "1", "2", "5", "x", "é"]


@given(st.lists(st.sampled_from(_FOREIGN_OF_PIECES), max_size=20).map("".join))
@example(" de 5")
@example("4,5 de 5")
@example("7 sur 1")
@example("de 5")
@example("x na 2 and more")
def test_a_foreign_out_of_is_found_at_its_digit_as_by_searching_for_it(text: str) -> None:
    # _says_foreign_of_scale looks back from each digit 1, 2 and 5: always the answer of
    # searching for each word of _OF_WORDS followed by one of them
    lowered = ascii_lowered(text)
    expected = any(word + digit in lowered for word in _OF_WORDS for digit in (b"1", b"2", b"5"))
    assert _says_foreign_of_scale(lowered) is expected


_RANGE_PIECES = ["10", "00", "5", "0", ")", "(", " ", "x", "é"]


@given(st.lists(st.sampled_from(_RANGE_PIECES), max_size=20).map("".join))
@example("(de 0 a 10)")
@example("10)")
@example(")10")
@example("5 )")
@example("(0-100)")
def test_a_ranges_top_is_found_at_its_bracket_as_by_searching_for_it(text: str) -> None:
    # _says_range_scale looks back from each ")": always the answer of searching for "10)",
    # "00)" and "5)"
    lowered = ascii_lowered(text)
    expected = any(cue in lowered for cue in (b"10)", b"00)", b"5)"))
    assert _says_range_scale(lowered) is expected


@pytest.mark.parametrize(
    ("box", "raw", "value", "scale"),
    [
        ('{{< score-card rating="7.5" max="10" verdict="Good" >}}', "7.5/10", 7.5, 10),
        ("{{% rating score=4 out_of=5 %}}", "4/5", 4, 5),
        ("{% include review-box.html rating=3.5 scale=5 %}", "3.5/5", 3.5, 5),
        ('[review_box rating="8" max="10"]', "8/10", 8, 10),
        ("{{< verdict rating='6/10' >}}", "6/10", 6, 10),
    ],
)
def test_a_static_sites_rating_shortcode_with_its_scale_gives_the_score(
    box: str, raw: str, value: float, scale: float
) -> None:
    parsed = doc(f"Show Episode 2 Review\n\n{BODY}\n\n{box}\nA warm, funny week.")
    assert parsed.score is not None
    assert (parsed.score.raw, parsed.score.value, parsed.score.scale) == (raw, value, scale)


@pytest.mark.parametrize(
    "box",
    [
        '{{< reader-poll rating="4" max="5" >}}',  # the readers'
        '{{< rating value="8" >}}',  # no rating attribute a scale goes with
        '{{< score-card rating="8" >}}',  # no scale
        '{{< score-card rating="8" max="10" >}}\n{{< score-card rating="6" max="10" >}}',
    ],
)
def test_shortcodes_that_give_no_reviewers_rating_with_a_scale_give_no_score(box: str) -> None:
    parsed = doc(f"Show Episode 2 Review\n\n{BODY}\n\n{box}\nA warm, funny week.")
    assert parsed.score is None


@pytest.mark.parametrize("counter", ["22 likes · 4 comments", "9 likes · 2 replies"])
def test_a_score_in_a_comment_under_the_post_s_count_of_comments_is_not_the_writers(
    counter: str,
) -> None:
    # an episode-log app's page: the writer's stars on the log line at the top, then the
    # post's counters and its comments, each opening with its writer's handle
    text = (
        "Lantern Street Episode 3 Review\n\nLantern Street · Season 1 · Episode 3\n"
        "logged by @reed_notes · watched May 2, 2025 · ★★★\n\n"
        f"{BODY}\n\n—\n{counter}\n  @mothlight: ★★★★★ easily, best one yet\n  @kip: agreed"
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "★★★"


@pytest.mark.parametrize(
    "heading", ["**Reply picks**", "## Comments we liked", "Selected responses:"]
)
def test_a_score_in_a_reply_under_a_heading_naming_the_replies_is_not_the_writers(
    heading: str,
) -> None:
    # a forum thread's post copied with some readers' replies under a heading that names
    # them, each quoted and opening with its writer's handle: the writer's score stands
    text = (
        "Lantern Street Episode 3 Review\n\n"
        + f"{BODY}\n\n" * 4
        + "I'll go **6.5/10**. Steady, though the middle drags.\n\n"
        f"{heading}\n> @mothlight: 9/10 from me, loved it\n> @kip: dull pacing. 4/10"
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "6.5/10"


def test_a_handle_line_with_no_comments_above_it_still_scores() -> None:
    # a post under its writer's handle, with no count of comments: the writer's own line
    text = f"Lantern Street Episode 3 Review\n\n{BODY}\n\n@reed_notes: ★★★★ from me this week"
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "★★★★"


@pytest.mark.parametrize(
    ("heading", "comment"),
    [
        ("READER REACTIONS", 'member tidewatcher: "Loved the lighthouse bit. 8/10"'),
        ("What the community said", 'night_owl42: "So good. Easily 9/10"'),
        ("## Fans weigh in", '- u/gullwing: "Best week so far. 10/10"'),
    ],
)
def test_a_score_in_a_comment_quoted_after_its_handle_under_its_heading_is_not_the_writers(
    heading: str, comment: str
) -> None:
    # a plot summary that scores nothing, then a few readers' comments copied under a
    # heading naming them, each quoted after its writer's handle, a score closing one
    text = f"Lantern Street Episode 3 Recap\n\n{BODY}\n\n{heading}\n{comment}\n"
    assert doc(text).score is None


def test_a_writers_own_quoted_line_with_no_comments_heading_still_scores() -> None:
    # with no heading naming comments or readers above it, a handle's quoted line stands
    text = f'Lantern Street Episode 3 Review\n\n{BODY}\n\nreed_notes: "Steady week. 7/10"\n'
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "7/10"


# a reader's letter quoted and signed in a newsletter's mailbag: their score, not the writer's
@pytest.mark.parametrize(
    ("letter", "expected"),
    [
        ('"Honestly a 9/10 for me, the finale wrecked me." — Priya, Leeds', None),
        ("“Best show of the year, 10/10 easily!” – anonymous", None),
        ('> "A solid 7/10, but the middle dragged." -- @harbourseal', None),
        # signed on the next line, under the closed quotation, behind the mail's quoting marks
        ('> "Easily a 9/10, I cried twice."\n>    -- Okon, reader since the start', None),
        ('"I\'d rate it 4/5 and not a star more."\n— Dana in Cork', None),
        # a bullet's dash under the writer's own quoted words signs nothing
        ('"A solid 7/10, but the middle dragged."\n- more on the music next week', "7/10"),
        # the writer's own quoted words, unsigned, stay theirs (closing the text)
        ('"A solid 7/10," I told my sister, "but the middle dragged."', "7/10"),
        # introduced on the line above by whoever wrote it, and one blank line between
        ('Priya in Leeds writes:\n"I logged the finale as a 9/10 and I\'m not ashamed."', None),
        ('Dana asked:\n\n"Is a 6/10 too harsh for episode 12?"', None),
        # the writer introducing their own words is still the writer
        ('I wrote back then:\n"A solid 7/10, but the middle dragged."', "7/10"),
    ],
)
def test_a_signed_quotation_opening_its_line_is_someone_elses_score(
    letter: str, expected: str | None
) -> None:
    body = (
        "The season moves slowly, then all at once. The middle sags, the last two episodes "
        "are the best the show has done, and I am not putting a number on it this time.\n\n"
        f"FROM THE MAILBAG\n\n{letter}\nThanks for writing in!\n"
    )
    score = score_in("", body, body.index("FROM THE MAILBAG"), boxes=False)
    assert (score.raw if score else None) == expected


# a reader's letter its own line introduces ("<Name> writes:") before the quotation opens, in
# a newsletter's mailbag under the issue's labelled grade: the reader's grade, not the writer's
@pytest.mark.parametrize(
    ("letter", "expected"),
    [
        ('Marguerite writes: *"You gave the opener a D and now it\'s all A-s. Why?"*', "B"),
        ("> **Okon asked:** “Why did last week's get a C?” Fair question.", "B"),
        ('Sam from Ohio wrote: "Loved it. I\'d give it a 9/10 myself."', "B"),
        # the writer introducing their own words is still the writer, and the later grade
        ('I wrote back: "I\'ll call it an A- now that the arc is done."', "A-"),
        # a quotation closed before the grade: the grade is outside it
        ('Jo writes: "thoughts?" and I give it a C, honestly.', "C"),
        # the writer's answer after the closed quotation, scoring the thing the letter asked
        # about by its name, not the work
        ('Ines in Porto writes: "Is Other Show worth it?" Yes. I\'d give the cruise 4/5.', "B"),
        ('Ola asks: "Worth finishing?" — I rated the tournament arc a 6/10 on its own.', "B"),
    ],
)
def test_a_quotation_its_line_introduces_is_someone_elses_score(
    letter: str, expected: str | None
) -> None:
    body = (
        "## Lantern Street, Episode 9\n\n**Grade: B**\n\n"
        "The season moves slowly, then all at once. The middle sags, the last two episodes "
        "are the best the show has done, and this one is a quiet bridge between them.\n\n"
        f"## Reader mail\n\n{letter}\n\nThat's it for this week.\n"
    )
    score = score_in("", body, body.index("## Reader mail"), boxes=False)
    assert (score.raw if score else None) == expected


def _grade_under_heading(section: str) -> str | None:
    # a letter's review: two paragraphs, the graded `section`, then its sign-off and footer
    body = (
        "The fight is the best thing the studio animated all season, and the quiet scene "
        "before it is the heart of the episode.\n\n"
        "The bigger plot gets tied up fast and loose, and one villain never matters.\n\n"
        f"{section}\n\n"
        "Until next Thursday, and thanks for reading every week, it means a lot to me.\n\n"
        "You are receiving this because you subscribed. Unsubscribe any time you like."
    )
    last = body.rfind("\n\n") + 2
    score = score_in("", body, last, boxes=False)
    return score.raw if score else None


# a letter's or a blog's section heading names the grade; the paragraph under it ends with it,
# or opens with it (after a label or alone) and goes on
@pytest.mark.parametrize(
    ("section", "expected"),
    [
        ("MY GRADE\n\nFor this week on its own: C+\n\nThe rest of the letter.", "C+"),
        ("The verdict:\n\nAs a finale — A-\n\nMore next week.", "A-"),
        ("FINAL GRADE\nThe episode alone: B\n", "B"),
        (
            "## My grade\n\nFor the season so far: **C+**. The fights are great, the rest is not.",
            "C+",
        ),
        ("THE VERDICT\n\nAs a finale: A-! It lands every thread it picked up.", "A-"),
        ("## Final grade\n\nThe first half alone — B. The second half is for next time.", "B"),
        # the grade all of the first sentence, opening the paragraph
        ("## Grade\n\nC+. The chase is fun, the talking after it is not.", "C+"),
        ("MY VERDICT\n\n**A-**! Everything the season set up pays off here.", "A-"),
        # the site's or column's name before the heading's grade word, however many words
        ("## The Night Lantern Desk grade\n\n**Episode 6: B+**", "B+"),
        ("THE PAPER MOON SOCIETY'S VERDICT\n\nThis week: C+\n", "C+"),
        # ...not a sentence's words before it
        ("## we all agreed on the grade\n\nAfter an hour of talk: B\n", None),
        # an initial's full stop is no sentence's end
        ("## My verdict\n\nB. K. Someone wrote the script, and it shows.", None),
        # no heading naming a grade: a colon before a letter is no grade
        ("NEXT WEEK\n\nThe preview says one thing: B\n", None),
        ("## Next week\n\nThe preview says one thing: B. We will see.", None),
        # a heading of a poll's grade is the readers'
        ("READER GRADE\n\nFrom the inbox this week: B\n", None),
        # a sentence's words before the label: prose, no label
        ("## My grade\n\nIt could have been worse, and it was not. Honestly: B. Moving on.", None),
    ],
)
def test_a_grade_ending_the_line_or_its_first_sentence_under_a_heading_that_names_it(
    section: str, expected: str | None
) -> None:
    assert _grade_under_heading(section) == expected


# the grade opening the paragraph under a heading that names it, its sentence going on with a
# few words of what it grades or whose it is; a later letter in the line grades a part
@pytest.mark.parametrize(
    ("section", "expected"),
    [
        (
            "### Grade\n\n**B+** for the pair. Episode 6 alone would be an A-, episode 5 drags.",
            "B+",
        ),
        ("MY VERDICT\n\nA- from me, easily the best week the show has had.", "A-"),
        ("## Grade\n\nC for this one.", "C"),
        ("## Final grade\n\n**B** for episodes seven and eight together", "B"),
        # an idiom's letter, naming no episode nor the writer
        ("## Verdict\n\nA for effort, but the rest of it never lands.", None),
        # no heading naming a grade: a letter opening a paragraph is no grade
        ("## Next week\n\nB for the pair, if the preview holds.", None),
    ],
)
def test_a_grade_opening_its_paragraph_under_a_heading_before_what_it_grades(
    section: str, expected: str | None
) -> None:
    assert _grade_under_heading(section) == expected


def _diary_entry(byline: str, closing: str, others: str = "") -> ParsedDocument:
    # a social diary site's episode review copied as text: the episode's header, the review's
    # byline with its stars, the review, a closing that says the number again; others' below
    return doc(
        f"harbour_kid's review of Show Episode 5\n\nSHOW\nSeason 1 · Episode 5\n\n{byline}\n"
        f"Watched May 2, 2024 · no spoilers\n\n{BODY}\n\n{closing}{others}",
        anime="Show",
    )


def test_a_bylines_stars_under_the_episodes_header_are_the_reviewers_score() -> None:
    # the stars on "Review by <name>" are the rating the site records; the closing's number
    # says it again in words, and is the same score
    parsed = _diary_entry(
        "Review by harbour_kid  ★★★½", "3.5 stars, only because the ending felt rushed."
    )
    assert parsed.score is not None and parsed.score.raw == "★★★½"
    assert parsed.score.score_100 == 70
    parsed = _diary_entry("Reviewed by Dana Whitfield ★★★★☆", "Four stars, then.")
    assert parsed.score is not None and parsed.score.raw == "★★★★☆"


def test_several_bylines_with_stars_name_none_of_them_the_pages_rating() -> None:
    # a page of several users' reviews, each under its byline: none is known to be the page's,
    # so none outranks the closing's own number
    page = doc(
        "Reviews of Show Episode 5\n\nReview by gull_watch ★★★★★\nloved it, the storm scene"
        f"\n\nReview by pier9 ★★\nnot for me\n\n{BODY}\n\n3.5 stars, the ending is rushed.",
        anime="Show",
    )
    assert page.score is not None and page.score.raw == "3.5 stars"


_LONG_AFTER = "\n\n".join(
    f"Section {n}: a link, a poll, a note on what is next." for n in range(12)
)


@pytest.mark.parametrize(
    ("line", "raw"),
    [
        ("For the episode itself: call it a 6/10, which feels about right.", "6/10"),
        ("I'm calling it a 7.5/10 and moving on.", "7.5/10"),
        ("Let's call this one 4 out of 5, generously.", "4 out of 5"),
    ],
)
def test_the_writer_calling_it_a_score_is_the_score_wherever_it_stands(line: str, raw: str) -> None:
    # a letter's feature, its verdict mid-sentence, then the issue's other sections
    parsed = doc(f"Show Episode 5 Review\n\n{BODY}\n\n{line}\n\n{_LONG_AFTER}")
    assert parsed.score is not None and parsed.score.raw == raw


def test_fans_calling_it_a_score_is_not_the_writers() -> None:
    parsed = doc(f"Show Episode 5 Review\n\n{BODY}\n\nFans call it a 10/10.\n\n{_LONG_AFTER}")
    assert parsed.score is None


@pytest.mark.parametrize(
    ("sentence", "raw"),
    [
        ("All told, uneven but sweet: I'd call it a B-. Still thinking about it.", "B-"),
        ("Let's call this one a C+ and hope the sequel does better.", "C+"),
    ],
)
def test_the_writer_calling_it_a_grade_is_the_score(sentence: str, raw: str) -> None:
    # a season essay's closing, then its housekeeping with per-episode numbers
    after = "Housekeeping: next week's post covers the spring preview, as promised."
    parsed = doc(f"Show Season Review\n\n{BODY}\n\n{sentence}\n\n{after}")
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    "sentence", ["Fans call it an A and move on.", "Critics call it a B-movie plot."]
)
def test_others_calling_it_a_grade_is_no_score(sentence: str) -> None:
    parsed = doc(f"Show Season Review\n\n{BODY}\n\n{sentence}")
    assert parsed.score is None


@pytest.mark.parametrize(
    ("label", "raw"),
    [
        ("**This episode: 7/10**", "7/10"),
        ("This week's episode — 7.5/10", "7.5/10"),
        ("> This week: ★★★½", "★★★½"),
    ],
)
def test_this_episodes_label_makes_its_score_the_reviews(label: str, raw: str) -> None:
    # a weekly post's score lines: this episode's, then the running figure for the season
    closing = f"{label}\n**The season so far: 8.5/10**\n\nSee you next week."
    parsed = doc(f"Show Episode 6 Review\n\n{BODY}\n\n{closing}")
    assert parsed.score is not None and parsed.score.raw == raw


def test_a_sentence_about_this_episode_is_no_label() -> None:
    text = f"{BODY}\n\nThis episode was fine: 3/12 of the cast got lines.\n\nSee you next week."
    parsed = doc(f"Show Episode 6 Review\n\n{text}")
    assert parsed.score is None


def _guide(entries: list[tuple[str, str]], closing: str) -> str:
    """A season's episode guide: a heading per episode, its summary, its rating; `closing`."""
    parts = [
        "Show Season 1 Review: Every Episode Rated",
        "The first season ended last week, so here is the whole run, episode by episode.",
    ]
    for heading, rating in entries:
        parts += [heading, "The crew argues, the heist goes wrong and the city burns.", rating]
    return "\n\n".join([*parts, closing])


@pytest.mark.parametrize(
    ("entries", "closing", "raw"),
    [
        # Markdown headings, each entry rated: the episodes' scores, none of them the guide's
        (
            [("## Episode 1", "**Rating:** 8/10"), ("## Episode 2", "**Rating:** 6/10")],
            "## Worth it?\n\nMostly. The quiet episodes drag a little.",
            None,
        ),
        # a web page's headings as lines of their own, with the episodes' titles
        (
            [("Episode 1: The Job", "Score: ★★★★"), ("Episode 2: The Getaway", "Score: ★★★")],
            "So, worth watching?\n\nYes, if you like heists.",
            None,
        ),
        # the season's own score under a heading of its own still counts
        (
            [("## Episode 1", "**Rating:** 8/10"), ("## Episode 2", "**Rating:** 6/10")],
            "## Verdict\n\nA fun first season with a soft middle. **Season score:** 7.5/10",
            "7.5/10",
        ),
    ],
)
def test_an_episode_guides_entries_scores_are_the_episodes(
    entries: list[tuple[str, str]], closing: str, raw: str | None
) -> None:
    parsed = doc(_guide(entries, closing))
    assert (parsed.score.raw if parsed.score else None) == raw


def test_a_single_episode_heading_keeps_its_score() -> None:
    # one episode's heading over the season's score: no guide, the review's own
    body = (
        "The season builds to its heist.\n\n## Episode 12\n\n"
        "The crew argues, the plan goes wrong and the city burns.\n\n**Rating:** 8/10"
    )
    parsed = doc(f"Show Season 1 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "8/10"


@pytest.mark.parametrize(
    ("post", "raw"),
    [
        # an edit under the post raising its labelled score
        (
            "**My score: 6/10**\n\nSolid, but slow.\n\n**EDIT:** watched it again with the "
            "dub on and it grew on me a lot. Bumping this to a **7/10**.",
            "7/10",
        ),
        ("Score: ★★★ (3/5)\n\nUpdate, a day later: I've raised my score to 4/5.", "4/5"),
        ("Rating: 8/10\n\nEDIT: changing it from 8/10 to 6.5/10, the ending aged badly.", "6.5/10"),
        ("Score: 6/10\n\nEDIT 2: bumped up to 7/10 after the rewatch.", "7/10"),
        # the thing reviewed as the verb's object: its score revised
        (
            "Overall I'd give the episode a 5/10.\n\n**EDIT:** saw it again. Bumping the "
            "episode to a 6/10.",
            "6/10",
        ),
        # the edit above the post, the first verdict below it
        ("EDIT: knocked it down to a 5/10 after the discourse.\n\nVerdict: 7/10", "5/10"),
    ],
)
def test_a_later_edit_revising_the_score_replaces_it(post: str, raw: str) -> None:
    parsed = doc(f"Show Episode 2 Thoughts\n\n{BODY}\n\n{post}")
    assert parsed.score is not None and parsed.score.raw == raw


def test_a_thing_dropped_to_a_fraction_is_no_revision_of_the_score() -> None:
    # a verb of revising with something else than the score as its subject revises nothing
    parsed = doc(
        f"Show Episode 2 Review\n\n{BODY}\n\nScore: 7/10\n\nAfter the break the animation "
        "dropped to a 5/10 level, honestly."
    )
    assert parsed.score is not None and parsed.score.raw == "7/10"


# --------------------------------------------------------------------------- round 55

# a thread's replies under its first post, which put the post's closing line halfway down the page
_REPLIES = "\n\n".join(
    f"reader{n}\nGood write-up, I agree the pacing was off in the second half." for n in range(8)
)


@pytest.mark.parametrize(
    ("sentence", "raw"),
    [
        ("So, for the episode: 7/10. For the season, I'm still making up my mind.", "7/10"),
        ("All in all, for this episode — 6.5/10, and I'll take it.", "6.5/10"),
    ],
)
def test_for_this_episode_before_a_score_in_a_sentence_makes_it_the_reviews(
    sentence: str, raw: str
) -> None:
    parsed = doc(f"Show Episode 6 Review\n\n{BODY}\n\n{sentence}\n\n{_REPLIES}")
    assert parsed.score is not None and parsed.score.raw == raw


def test_for_the_episode_count_is_no_score_label() -> None:
    text = f"{BODY}\n\nAs for the episode count, 3/12 of them are recaps.\n\n{_REPLIES}"
    assert doc(f"Show Episode 6 Review\n\n{text}").score is None


@pytest.mark.parametrize(
    "closing",
    [
        # a forum post's label and the earlier weeks under it, its line break lost
        "Score: 8/10 Earlier weeks: S1E1 6/10, S1E2 7/10. The first season's mean was 7.9.",
        "Rating — 8/10 (last week 6/10, the week before 7/10)",
    ],
)
def test_a_labels_score_is_the_one_right_after_it_not_later_ones_on_its_line(
    closing: str,
) -> None:
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_a_verb_goes_on_to_the_later_score_it_gives() -> None:
    # "I'd give" leads to both scores of its sentence: the later one, this episode's, wins
    parsed = scored("I'd give last week a 6/10 and this one a solid 8/10.")
    assert parsed.score is not None and parsed.score.raw == "8/10"


# --------------------------------------------------------------------------- round 56

# a notes page's thoughts after its score, which put the score's line halfway down the page
_AFTERTHOUGHTS = "\n\n".join(
    f"afterthought {n}: the pacing in the second half still bugs me a little." for n in range(8)
)


@pytest.mark.parametrize(
    ("line", "raw"),
    [
        ("me: 6.5/10. the duel alone carries it", "6.5/10"),
        ("**Mine —** 4/5", "4/5"),
        ("my take - 7/10, the best episode since the premiere", "7/10"),
    ],
)
def test_the_writers_own_label_makes_its_score_the_reviews(line: str, raw: str) -> None:
    # others' takes listed above it, the writer's set apart from them by its label
    others = "what others think:\n- Kai says 9, he loves the villain\n- the forum is split"
    text = f"{BODY}\n\n{others}\n\n{line}\n\n{_AFTERTHOUGHTS}"
    parsed = doc(f"Show Episode 6 Notes\n\n{text}")
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    ("line", "raw"),
    [("My note: 7,5/10", "7,5/10"), ("**my mark —** 6/10", "6/10")],
)
def test_the_writers_note_or_mark_labels_their_score_over_related_posts_after_it(
    line: str, raw: str
) -> None:
    # a score named as a non-native writer's language names it, then a site's related posts
    # giving other episodes' scores after it
    related = "Read also:\n> Show episode 5 review - note 9/10\n> Show season 1 summary - 8/10"
    parsed = doc(f"Show Episode 6 Review\n\n{BODY}\n\n{line}\n\n{related}")
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    "line", ["**Editorial note: 14/20**", "Our note — 7/10", "Editor's note: 3/5"]
)
def test_a_translated_sites_note_labels_its_score_over_the_bios_earlier_one(line: str) -> None:
    # a machine-translated page's verdict box ("Note de la rédaction"), then the writer's bio
    # recalling another show's score from last week, later and unlabelled
    bio = "Lea Marchal covers the season for the site. She adored Other Show (last week: 18/20)."
    parsed = doc(f"Show Episode 6 Review\n\n{BODY}\n\n{line}\n\n{bio}")
    assert parsed.score is not None and parsed.score.raw == line.split()[-1].strip("*")


@pytest.mark.parametrize(
    ("line", "raw"), [("## Ma note : 13/20", "13/20"), ("**Notre note :** 7/10", "7/10"),
                      ("Mi nota: 8/10", "8/10")]
)  # fmt: skip
def test_a_translated_pages_own_label_left_in_its_language_labels_its_score_over_a_comment(
    line: str, raw: str
) -> None:
    # a page translated from the writer's language keeps its verdict's label; under it the
    # comments, a reader's score later and unlabelled
    comments = "**Avis (1)**\n\n**lune_77** · 12/05/2024 — 9/10 pour moi, la fin !"
    parsed = doc(f"Show Episode 6 Review\n\n{BODY}\n\n{line}\n\n{comments}")
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    ("line", "raw"), [("> **NOTE FINALE : 15/20**", "15/20"), ("Note globale : 6,5/10", "6,5/10"),
                      ("**Note générale** — 12/20", "12/20")]
)  # fmt: skip
def test_a_french_sites_final_note_labels_its_score_over_a_readers_comment(
    line: str, raw: str
) -> None:
    # a French site's English edition closes on its verdict's label in French; under it, its
    # comments heading left in French, a reader gives a score of their own, later and unlabelled
    comment = "> **corvid_fan** : too harsh, the ending was great. 18/20."
    parsed = doc(f"Show Season 2 Review\n\n{BODY}\n\n{line}\n\n**Commentaires (1)**\n\n{comment}")
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize("label", ["Gesamtwertung Teil 3:", "Bewertung:", "**Gesamtbewertung:**"])
def test_a_german_score_word_labels_its_score_over_an_earlier_seasons_aside(label: str) -> None:
    # an English review on a German site keeps its verdict's label in German; an aside after it
    # recalls the score the writer gave an earlier season, later and unlabelled
    aside = "(The first part got a 6,5/10 from me back then, for the record.)"
    parsed = doc(f"Show Season 3 Review\n\n{BODY}\n\n{label} 7/10\n\n{aside}")
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize(
    "line", ["Puntuación de Lucía: 6/10", "Calificación final: 6/10", "Pontuação do Rafa: 6/10"]
)
def test_the_score_word_in_the_writers_own_language_labels_their_score_over_an_earlier_one(
    line: str,
) -> None:
    # an English review by a non-native fan: in the text, an earlier episode's score in
    # brackets; the closing verdict labelled in the writer's own language is their score
    text = (
        f"Show Episode 6 Review\n\n{BODY}\n\nAgainst last week (I gave it 5/10), better; "
        f"against the famous first episode (9/10, of course), nothing compares.\n\n{line}"
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "6/10"


@pytest.mark.parametrize("line", ["him: 9/10, easily", "memo: 3/5 of the scenes are recycled"])
def test_someone_elses_label_is_not_the_writers(line: str) -> None:
    text = f"{BODY}\n\n{line}\n\n{_AFTERTHOUGHTS}"
    assert doc(f"Show Episode 6 Notes\n\n{text}").score is None


@pytest.mark.parametrize(
    ("section", "raw"),
    [
        (
            "## Grading the finale\n\nI grade every week, and the grades have slid since the "
            "start: an A- for the premiere, a C for the slump. For this one:\n\n**Finale: B-**",
            "B-",
        ),
        (
            "Verdict\n\nThe fights carry it, the talking scenes do not, and the ending is "
            "rushed.\n\nLast week: B\nThis week: C+",
            "C+",
        ),
    ],
)
def test_a_grade_set_apart_in_a_graded_section_is_the_reviews(section: str, raw: str) -> None:
    # a paragraph between the section's heading and the grade's own line
    parsed = doc(f"Show Episode 12 Review\n\n{BODY}\n\n{section}\n\nSee you next week.")
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    "section",
    [
        # a card of sub-grades, no overall one
        "## Grades\n\nHow each part held up.\n\nStory: B\nMusic: A",
        # a sentence's end before the grade: prose, no label
        "## Grading the finale\n\nHow it held up.\n\nIt could have been worse. Honestly: B",
        # a list's item grading another show under the writer's grade
        "## Grading the finale\n\nHow it held up.\n\nAlso watched:\n\n- Other Show ep 2: A",
        # no heading naming a grade over the line
        "## Looking back\n\nThe fights carry it, the talking scenes do not.\n\n**Finale: B-**",
    ],
)
def test_a_grade_in_a_graded_section_needs_a_line_of_its_own(section: str) -> None:
    parsed = doc(f"Show Episode 12 Review\n\n{BODY}\n\n{section}\n\nSee you next week.")
    assert parsed.score is None


# a review's sections after its summary, which put the summary's score far from the closing lines
_SECTIONS = "\n\n".join(
    f"Section {n}\n\nThe middle of the episode drags, but the animation holds up well."
    for n in range(6)
)


@pytest.mark.parametrize(
    ("opening", "raw"),
    [
        ("A great fight, a dull errand, and the kid finally gets to act. 7/10", "7/10"),
        ("Short and sweet this week!\n6.5/10", "6.5/10"),
    ],
)
def test_a_score_closing_a_short_opening_paragraph_is_the_reviews(opening: str, raw: str) -> None:
    # a summary box over the review, its heading lost with the page's markup
    parsed = doc(f"Show Episode 14 Review\n\n{opening}\n\n{_SECTIONS}")
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    "opening",
    [
        # a thread's first post, its counter going on in the next one
        "Some thoughts on this week's episode, thread below. 1/4\n\nThe fight was good. 2/4",
        # the score in a sentence going on, or in the opening's second paragraph
        "A great fight and a dull errand. 7/10 of it works, the rest drags.",
        "A great fight and a dull errand.\n\nThe second half is filler. 6/10",
    ],
)
def test_an_opening_fraction_that_closes_no_short_first_paragraph_is_no_score(
    opening: str,
) -> None:
    parsed = doc(f"Show Episode 14 Review\n\n{opening}\n\n{_SECTIONS}")
    assert parsed.score is None


@pytest.mark.parametrize(
    "aside",
    [
        "(my season 1 average was about 8, and the first three episodes got 7, 7 and 7.5)",
        "(the poll came in at around 7.9)",
    ],
)
def test_a_labelled_score_with_an_aside_giving_an_averages_own_figure_is_the_writers(
    aside: str,
) -> None:
    # the aside sets another figure beside the score, in a clause of its own
    parsed = scored(f"**My score: 8.5/10** {aside}")
    assert parsed.score is not None and parsed.score.raw == "8.5/10"


def test_a_score_followed_by_the_readers_average_is_still_theirs() -> None:
    # no aside with a figure of its own: the average is the score's
    assert scored("It sits at 8.5/10 on the readers' average.").score is None


_WEEK_TABLE = (
    "Lantern Street Episode 5, and the week's other shows\n\n"
    "This week the long write-up is Lantern Street, whose fifth episode finally slows down "
    "and lets the two sisters argue about the shop. It is the best the show has been.\n\n"
    "The rest is in the table, as every week.\n\n"
    "{header}\n{rows}\n\n"
    "See you next Saturday."
)


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        (
            "Show Ep Score",
            "Lantern Street 5 8/10\nHarbor Lights 12 9/10\nCopper Moon 3 6/10",
        ),
        (
            "| Anime | Episode | Rating |",
            "| Harbor Lights | 12 | 9/10 |\n| Lantern Street | 5 | 8/10 |\n"
            "| Copper Moon | 3 | 6/10 |",
        ),
        ("Title Score", "Harbor Lights 9/10\nCopper Moon 6/10\nLantern Street 8/10"),
    ],
)
def test_a_table_of_the_weeks_shows_gives_the_row_of_the_documents_anime(
    header: str, rows: str
) -> None:
    # a newsletter's table of the week's shows: a header naming the show's and score's columns,
    # a row per show; the other shows' rows are theirs, wherever the anime's row stands
    parsed = doc(_WEEK_TABLE.format(header=header, rows=rows), anime="Lantern Street")
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_a_table_of_other_shows_alone_gives_the_document_no_score() -> None:
    rows = "Harbor Lights 12 9/10\nCopper Moon 3 6/10"
    parsed = doc(_WEEK_TABLE.format(header="Show Ep Score", rows=rows), anime="Lantern Street")
    assert parsed.score is None


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm giving the finale a 6.5/10.",
        "I am giving the episode a 6.5/10, and that feels generous.",
    ],
)
def test_giving_the_episode_its_score_in_a_sentence_mid_letter_is_the_score(
    sentence: str,
) -> None:
    # a letter's feature gives its score in a sentence, not in the closing lines: other
    # sections and a readers' poll follow it
    text = (
        "Show Episode 12 Review\n\n"
        "The finale ties up the family story and little else.\n\n"
        f"{sentence} The season as a whole gets its number at the year's end.\n\n"
        "QUICK HITS\n\n"
        "Another show had a good week, and I'd like more of it.\n\n"
        "Another still wrapped its arc in style, and its lead is the season's best.\n\n"
        "READER POLL\n\n"
        "How would you score Show so far? (300 votes)\n"
        "8-10 ........ 20%\n6-7 ........ 45%\n1-5 ........ 35%\n"
        "Average reader score: 6.2/10\n"
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "6.5/10"


@pytest.mark.parametrize(
    "statement",
    ["No score this week, the full review comes after the arc.", "Not scoring this one yet."],
)
def test_a_chat_post_saying_it_gives_no_score_ignores_its_writers_later_reply(
    statement: str,
) -> None:
    # a chat's copy: the post says it gives no score; its writer's reply below scores
    # something else (a whole season), no score of the post's
    text = (
        "Harbour Lights Episode 9 recap\n\n"
        f"{BODY}\n\n{statement}\n\n"
        "**Tomas Reyes** — Tuesday, 19:40\nnice writeup, thanks\n\n"
        "**Nadia Fell** — Tuesday, 19:52\nfor what it's worth the whole first season is a 7/10\n"
    )
    assert doc(text).score is None


def test_a_chat_posts_score_stands_when_it_says_no_score_of_something_else_after_it() -> None:
    # the post's own score, before its words about a score it will not give later
    text = (
        "Harbour Lights Episode 9 Review\n\n"
        f"{BODY}\n\nScore: 8/10. No score this week for the dub, I haven't seen it.\n\n"
        "**Tomas Reyes** — Tuesday, 19:40\nnice writeup, 6/10 from me\n"
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "8/10"


@pytest.mark.parametrize(
    "statement",
    [
        "This week I'm trying something new: no number from me, just the write-up.",
        "I've decided to not give it a score this time; two-parters are hard to judge.",
    ],
)
def test_a_page_saying_it_gives_no_score_takes_none_of_the_scores_after_it(statement: str) -> None:
    # a blog post whose writer says they give no score, then quotes others' numbers: a
    # podcast partner's, a database site's, a commenter's
    text = (
        "Harbour Lights Episode 9 Review\n\n"
        f"{statement}\n\n{BODY}\n\n"
        "What others thought: the database has it at 7.8, and my podcast partner Theo "
        'called it "an easy 9/10".\n\n'
        "Comments\n\n> **wavebreaker**: 6/10 for me\n"
    )
    assert doc(text).score is None


def test_a_score_given_before_saying_no_score_of_something_else_stands() -> None:
    # the writer's own score, then words about another thing they will not score
    text = (
        "Harbour Lights Episode 9 Review\n\n"
        f"{BODY}\n\nMy score: 8/10. No score from me for the new opening song, it grew on "
        "me too slowly to judge.\n"
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "8/10"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the grade in a later sentence of its own, labelled as this episode's
        (
            "I mark like my old piano teacher did. This episode: B+. It loses a bit for pacing.",
            "B+",
        ),
        ("Grading is hard this year. Tonight's episode: C. The sound mix let it down.", "C"),
        # ...or the writer's own words stating it now
        ("I sat on the fence before. Today I'll settle it: **C+**. Plenty of room to grow.", "C+"),
        ("No more hedging. So I'm going with: A-. The ending sold me.", "A-"),
        # a catch-up's or prose's label, or an article after the colon: no grade
        ("Grading is hard. Last week: B. The sound mix let it down.", None),
        ("It could have been worse. Honestly: B. Moving on.", None),
        ("Grading is hard. Last time I went with: B. The sound mix let it down.", None),
        ("Grading is hard. I almost went with: A. The sound mix let it down.", None),
        ("Grading is hard. This week: A new villain shows up and steals it.", None),
    ],
)
def test_a_grade_in_a_later_sentence_labelled_as_this_episodes_under_a_grade_heading(
    paragraph: str, expected: str | None
) -> None:
    body = (
        "The duel is the best thing the studio animated all season, and the quiet scene "
        "before it is the heart of the episode.\n\n"
        "The bigger plot gets tied up fast and loose, and one villain never matters.\n\n"
        f"## Grade\n\n{paragraph}\n\n"
        "Until next Thursday, and thanks for reading every week, it means a lot to me."
    )
    last = body.rfind("\n\n") + 2
    score = score_in("", body, last, boxes=False)
    assert (score.raw if score else None) == expected


@pytest.mark.parametrize(
    "attribution",
    [
        "> On Tue, Feb 6, 2024 at 8:15 AM, pim (editor) wrote:",
        "On Tue, Feb 6, 2024 at 8:15 AM, Pim Vos <pim@example.org> wrote:",
    ],
)
def test_a_score_in_a_quoted_mail_reply_under_the_writers_is_not_theirs(attribution: str) -> None:
    # a review sent by mail with a reply quoted under it: the reply's score is the replier's
    text = (
        f"Lantern Street Episode 5 Review\n\n{BODY}\n\nScore: 8.5/10\n\n— Joss\n\n"
        f"{attribution}\n> sure, send it over. fwiw my score for it was a 5/10\n> Pim"
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "8.5/10"


def test_a_review_quoted_whole_in_a_mail_keeps_its_score() -> None:
    # the review itself is the quoted text: its score is still the writer's
    text = (
        "Lantern Street Episode 5 Review\n\nSee below.\n\n"
        "On Tue, Feb 6, 2024 at 8:15 AM, Joss <joss@example.org> wrote:\n"
        f"> {BODY}\n>\n> Score: 8.5/10"
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "8.5/10"


def test_an_emphasised_score_closing_its_sentence_before_a_gloss_is_the_verdict() -> None:
    # the score set apart in emphasis opening its line, its full stop inside the marks, then a
    # gloss as a sentence of its own; long page furniture after it takes up the closing lines
    furniture = "\n\n".join(f"[Tag {i}](https://example.org/tag/{i})" for i in range(40))
    body = f"{BODY}\n\nSo:\n\n**8/10.** A fine week for it.\n\n{furniture}"
    parsed = doc(f"Show Episode 5 Review\n\n{BODY}\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "8/10"


@pytest.mark.parametrize(
    "footer",
    [
        "*More on the blog: [Another Show S3 ep 2 — 6/10](/posts/another-3-2) · [a rewatch](/rw)*",
        "Also this week: [Other Series episode 5 review (4/5)](https://example.org/other-5)",
    ],
)
def test_a_score_in_a_links_text_is_the_linked_posts(footer: str) -> None:
    # a blog's links under the post to the writer's other posts, each named with its score
    body = f"{BODY}\n\n8/10 from me.\n\n{footer}"
    parsed = doc(f"Show Episode 5 Review\n\n{BODY}\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "8/10"


@pytest.mark.parametrize(
    "aside",
    [
        "*Liked this? My Other Series season write-up (6/10) is on my page.*",
        "See also my Other Series finale review (4/10) from last spring.",
    ],
)
def test_a_score_in_parentheses_after_another_piece_of_writing_is_that_pieces(aside: str) -> None:
    body = f"{BODY}\n\n8/10 from me.\n\n{aside}"
    parsed = doc(f"Show Episode 5 Review\n\n{BODY}\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_this_reviews_own_score_in_parentheses_still_counts() -> None:
    parsed = scored("That is all for this review (7/10).")
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        ("my verdict? **6 outta 10.** the ending dragged.", "6 outta 10"),
        ("Rating: 8.5 Outta 10", "8.5 Outta 10"),
    ],
)
def test_a_casual_outta_is_out_of(closing: str, raw: str) -> None:
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize("label", ["Episode 3 (rewatch)", "Ep 3 (English dub)"])
def test_the_episodes_own_label_with_a_parenthetical_labels_its_score(label: str) -> None:
    # a rewatch's verdict labelled with the document's episode and how it was watched, beside
    # the score the writer gave it when it aired (said with a score word, in the past)
    body = (
        f"{BODY}\n\nWhen it first aired I gave this one a 5/10 on my old blog.\n\n"
        f"## The verdict now\n\n**{label}: ★★★★**\n\nNext time: episode 4."
    )
    parsed = doc(f"Show Episode 3 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "★★★★"


def test_a_readers_score_in_a_quoted_line_opening_with_their_bold_name_is_theirs() -> None:
    # the writer gives no score; their readers' answers are kept in a quote block under a
    # heading naming them, each line opening with its writer's name in bold
    body = (
        f"{BODY}\n\nNo number from me this time, just notes.\n\n---\n\n**Reader reactions**\n\n"
        "> **kettle_drum**: loved the pacing\n>\n> **Morrow**: I'd go 3 stars, the middle sagged"
    )
    parsed = doc(f"Show Episode 6 Review\n\n{body}")
    assert parsed.score is None


def test_the_writers_bold_score_label_in_a_quote_block_is_still_theirs() -> None:
    body = f"{BODY}\n\n## Comments on the week\n\n> **Score:** 7/10"
    parsed = doc(f"Show Episode 6 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize(
    ("rows", "raw"),
    [
        (
            "| Who | Score |\n|---|---|\n| Ola | 6/10 |\n| **Pim (writing this)** | **7.5/10** |\n"
            "| Rue | 9/10 |",
            "7.5/10",
        ),
        ("  Kestrel (writer):    ★★★½\n  Juno (guest):        ★★★★★", "★★★½"),
        ("Tam: 4/5\nme: 3/5\nVik (2nd opinion): 5/5", "3/5"),
    ],
)
def test_the_writers_row_among_co_hosts_rows_is_the_reviews(rows: str, raw: str) -> None:
    # a podcast's or a club's notes: each host's score in a row, one row marked as the
    # writer's, the others' after it
    parsed = doc(f"Show Episode 6 Notes\n\n{BODY}\n\nWhat we each gave it:\n\n{rows}")
    assert parsed.score is not None and parsed.score.raw == raw


def test_rows_with_no_writers_mark_keep_the_latest() -> None:
    rows = "  Kestrel:    ★★★½\n  Juno:        ★★★★★"
    parsed = doc(f"Show Episode 6 Notes\n\n{BODY}\n\nWhat we each gave it:\n\n{rows}")
    assert parsed.score is not None and parsed.score.raw == "★★★★★"


@pytest.mark.parametrize(
    "notes",
    [
        "Host score (Mirela): 6/10\nGuest score (Tobias): 9/10",
        "**Host rating:** 6/10\n**Our guest's rating (Tobias):** 9/10",
    ],
)
def test_a_guests_labelled_score_after_the_hosts_leaves_the_hosts(notes: str) -> None:
    # a podcast's show notes under its transcript: the host's score, then the guest's
    parsed = scored(f"That's the show, thanks for listening.\n\n----\nNOTES\n{notes}")
    assert parsed.score is not None and parsed.score.raw == "6/10"


def test_a_guests_labelled_score_alone_stays_the_score() -> None:
    parsed = scored("That's the show.\n\nGuest score (Tobias): 9/10")
    assert parsed.score is not None and parsed.score.raw == "9/10"


def test_a_score_glossing_another_episodes_bare_number_is_that_episodes() -> None:
    # a long rewatch's running tally: the best episode so far named by its bare number, its
    # score in parentheses, before this week's own score
    body = (
        f"{BODY}\n\nTALLY\nThe top-rated episode of my rewatch remains 58 (10/10), then 31."
        "\n\nVERDICT\nA calm week.\n6/10"
    )
    parsed = doc(f"Show Episode 212 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "6/10"


def test_a_score_glossing_its_own_value_said_first_stays_the_score() -> None:
    parsed = scored("All told this episode is a solid 8 (8/10) and I'm happy.")
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_the_writers_score_in_points_on_the_stated_scale_beats_sub_scores() -> None:
    # a blog scoring in points out of 100, its category rows out of 20 in a table, then the
    # writer's total said in a sentence
    body = (
        f"Points here are scored out of 100, five categories of 20.\n\n{BODY}\n\n"
        "| | Mine |\n|---|---|\n| Story | 14/20 |\n| Art | 17/20 |\n| Music | 12/20 |\n\n"
        "That makes my score for the week **61 pts**, the lowest yet.\n\n"
        "- reader_one: 95 pts from me!"
    )
    parsed = doc(f"Show Episode 5 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == "61 pts"
    assert parsed.score.score_100 == 61


def test_a_number_of_points_unlabelled_or_with_no_scale_stated_is_no_score() -> None:
    unlabelled = doc(
        f"Show Episode 5 Review\n\nI score out of 100.\n\n{BODY}\n\nThe team won by 61 pts."
    )
    assert unlabelled.score is None
    no_scale = doc(f"Show Episode 5 Review\n\n{BODY}\n\nMy score for the week is 61 pts.")
    assert no_scale.score is None


@pytest.mark.parametrize(
    ("closing", "raw", "score_100"),
    [
        ("評価 / Rating: 72点 (100点満点)", "72点", 72),
        ("My verdict after all that.\n\n採点：7点（10点満点）", "7点", 70),
        ("So in the end, 私の点数は64点。 See you next week!", "64点", 64),
    ],
)
def test_a_japanese_fans_labelled_score_in_ten_is_on_the_full_marks_stated_else_100(
    closing: str, raw: str, score_100: int
) -> None:
    parsed = doc(f"Show Episode 5 Review\n\n{BODY}\n\n{closing}")
    assert parsed.score is not None and parsed.score.raw == raw
    assert parsed.score.score_100 == score_100


@pytest.mark.parametrize(
    ("closing", "raw", "score_100"),
    [
        ("**별점: 4점** (out of 5)", "4점", 80),
        ("점수: 8점 (/10)\n\nMy scores before this: 3화 9점, 4화 6점.", "8점", 80),
        ("평점: 65점 (100점 만점). My ratings so far: 2화 60점, 3화 70점", "65점", 65),
    ],
)
def test_a_korean_fans_labelled_score_in_jeom_is_theirs_not_the_weeks_listed(
    closing: str, raw: str, score_100: int
) -> None:
    # a Korean fan writing in English keeps their score's label and its 점 ("points"), its
    # full marks in brackets after it; the weeks before, each after its episode's "N화", are
    # those episodes' scores, and a reader's later fraction is theirs
    parsed = doc(
        f"Show Episode 5 Review\n\n{BODY}\n\n{closing}\n\n댓글 (2)\n- minji_22: 10/10 for me"
    )
    assert parsed.score is not None and parsed.score.raw == raw
    assert parsed.score.score_100 == score_100


def test_an_unlabelled_number_in_ten_is_no_score() -> None:
    # a reader's "I'd say 95点" and a list of past weeks' 点: not the writer's labelled score
    parsed = doc(
        f"Show Episode 5 Review\n\n{BODY}\n\n- 第4話 — 70点\n- 第3話 — 66点\n\n"
        "ゆきねこ: 私は95点かな!"
    )
    assert parsed.score is None


@pytest.mark.parametrize(
    "closing",
    [
        "No grade till the season ends, sorry.\n\n"
        "Other things I watched:\n- Other Show: wrapped, reviewed it in June (6.5/10)",
        "No score yet, it is too early to judge.\n\n"
        "Meanwhile:\n* Another Show: season review went up last month (9/10)",
        # a notes page's score line putting it off, others' numbers kept under it
        "score: not scoring yet, I'll give a number when the season is done.\n\n"
        "others:\n  club poll: 7.1/10\n  Dana's review of ep 1: 6/10",
        "Not rating until the finale airs.\n\nFor reference, my friend went 6/10.",
    ],
)
def test_a_score_put_off_leaves_the_page_unscored_by_later_ones(closing: str) -> None:
    # the writer says their score comes later ("No score yet", "no rating until the finale"):
    # a score after it is another show's, another post's
    assert scored(closing).score is None


def test_a_rating_site_with_no_score_yet_does_not_put_the_writers_off() -> None:
    parsed = scored("MAL has no score yet since it only just aired. I'd give it 7/10.")
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        (
            "A fun half hour. 7/10 from me.\n\nLast year we graded the one where the club goes"
            " camping a 9/10, and this comes close.",
            "7/10",
        ),
        (
            "Back in the spring I rated the episode in which the rival transfers 4/5; this is"
            " nearly there.\n\nSo: 3.5/5 from me.",
            "3.5/5",
        ),
        ("I scored the episode a 7/10.", "7/10"),
    ],
)
def test_an_earlier_episode_named_by_what_happens_in_it_keeps_its_own_score(
    closing: str, raw: str
) -> None:
    # "I scored the episode where …": another episode, recalled with the score it got then
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    "closing",
    [
        "Verdict: 7/10.\n\nThe fourth episode is the peak: if we rated that one by itself it"
        " would get a 10/10.",
        "My score: 7/10. The beach episode is another matter, and if I were scoring it"
        " separately, it'd be a 9/10.",
    ],
)
def test_a_part_the_writer_supposes_scoring_apart_is_not_the_pages_score(closing: str) -> None:
    # "if I were scoring it on its own, …": one part's score, supposed; the page's is given apart
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == "7/10"


def test_a_score_the_writer_would_give_if_asked_is_still_theirs() -> None:
    parsed = scored("If I had to score it, I'd say 7/10.")
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize(
    "tail",
    [
        "_Shares:_ `@lamplit_owl` 10/10 peak comedy",
        "Comments: @lamplit_owl: 9/10 easily",
        "Replies: **@harbor_ghost** 8/10 · @lamplit_owl 4/5",
    ],
)
def test_a_score_after_a_handle_in_a_list_of_replies_is_that_users(tail: str) -> None:
    # a reblog's or reply's tag under the sign-off, its score after it: a reader's
    parsed = scored(f"Charming all the way through.\n\n— Pia Lund, 6/10 from me\n\n{tail}")
    assert parsed.score is not None and parsed.score.raw == "6/10"


@pytest.mark.parametrize(
    "byline",
    ["Review by Odile Marsh @odimarsh ★★★½", "Written by: @odimarsh ★★★½"],
)
def test_a_score_after_the_writers_own_handle_in_a_byline_is_the_writers(byline: str) -> None:
    parsed = scored(f"{byline}\n\nThe finale lands its quiet moments and fumbles its loud ones.")
    assert parsed.score is not None and parsed.score.raw == "★★★½"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the sign spelled out, the grade opening the post; an aspect's grade near its end
        ("**Grade: B-plus.** Warm and patient, only the last scene rushes.\n\n" + BODY
         + "\n\n- The new opening is catchy. OP grade: A, if we grade songs.\n"
         "- See you next week.\n", "B-plus"),
        ("Verdict: C minus.\n\n" + BODY + "\n\nSoundtrack rating: A-\n", "C minus"),
        # a preposition's "minus" after the grade is none of it
        ("Grade: B minus the recap.\n\n" + BODY + "\n", "B"),
    ],
)  # fmt: skip
def test_a_grade_with_its_sign_spelled_out_over_an_aspects_grade(body: str, expected: str) -> None:
    parsed = doc(f"Lantern Street Episode 5 Review\n\n{body}")
    assert parsed.score is not None and parsed.score.raw == expected


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        ("Final: ★★★½\n\n**pixelfox**: ★★★★★ for me, no notes", "★★★½"),
        ("**Final** — ⭐⭐⭐⭐\n\nsomeone_else: ⭐⭐ honestly", "⭐⭐⭐⭐"),
        ("Final thoughts: ★★★\n\nkai_r: ★★★★★ from me", "★★★"),
    ],
)
def test_stars_labelled_final_alone_are_the_writers_over_later_unlabelled_ones(
    closing: str, raw: str
) -> None:
    # "Final:" opening the line labels the writer's closing verdict, as a score's word does
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize(
    ("closing", "raw", "score_100"),
    [
        # the row alone on its line, its count restated with the scale on the line below
        ("The verdict\n\n★★\n\n2 out of 4 stars.\n\nA muddle with a few good jokes.", "★★", 50),
        ("Our verdict:\n★★★\n3/4\n\nA muddle.", "★★★", 75),
        # ...not another number below it: the row stays out of five
        ("Rating:\n\n★★★\n\n2 out of 4 for the animation alone.", "★★★", 60),
    ],
)
def test_a_star_row_restated_below_with_its_scale_is_on_that_scale(
    closing: str, raw: str, score_100: float
) -> None:
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == raw
    assert parsed.score.score_100 == score_100


@pytest.mark.parametrize(
    "own",
    ["## Lantern Street — Episode 4", "2) LANTERN STREET, ep. 4", "Lantern Street: Episode 4"],
)
def test_a_columns_score_is_the_one_in_the_section_of_the_documents_show(own: str) -> None:
    # a weekly column, a section per show, each closing on its score: the review's show is
    # the middle one, the last section another show's
    parsed = doc(
        "Lantern Street Episode 4 Review, and the rest of my week\n\n"
        "Three shows this time, one section each.\n\n"
        "1) Paper Comet — Episode 9\n\nThe comet plot finally moves and the jokes land.\n\n"
        "Score: 6/10\n\n"
        f"{own}\n\nThe quiet episode this season needed, and the best looking one.\n\n"
        "Score: 8.5/10\n\n"
        "3) Harbor Ghost — Episode 4\n\nMore of the same ghost of the week, pleasantly.\n\n"
        "Score: 7/10\n\nSee you next week."
    )
    assert parsed.anime_title == "Lantern Street"
    assert parsed.score is not None and parsed.score.raw == "8.5/10"


@pytest.mark.parametrize("heading", ["Editor comments", "Margin comments", "**Draft replies**"])
def test_a_score_in_a_comment_credited_to_a_name_in_brackets_is_the_commenters(
    heading: str,
) -> None:
    # a shared document's export: the writer's verdict, then the comments, each opening
    # with its writer's name in square brackets
    parsed = scored(
        "Final rating: 6/10, dragged down by the filler.\n\n"
        f"{heading}\n\n[Tomasz W.] Too harsh, I'd give it a 9/10 for the music alone.\n\n"
        "[Pia] Fine by me."
    )
    assert parsed.score is not None and parsed.score.raw == "6/10"


def test_a_bracketed_tag_or_a_link_opening_a_line_is_no_commenters_name() -> None:
    parsed = scored("Editor comments\n\n[Edit] Having slept on it, I'd give it a 7/10.")
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize("label", ["Score", "Our verdict", "**Rating**"])
def test_a_score_glossed_under_a_bare_score_heading_is_labelled(label: str) -> None:
    # a document's heading over the score and its gloss, then an aside naming other
    # episodes' scores, and a later reader's score in the prose
    parsed = scored(
        f"{label}\n\n3.5/5 — lovely, if slow in the middle.\n\n"
        "(Last week's was 3/5, the week before 4/5.)\n\n"
        "Notes\n\nA friend who watched with me would have said 5/5, the ending alone."
    )
    assert parsed.score is not None and parsed.score.raw == "3.5/5"


@pytest.mark.parametrize("written", ["７／１０", "7／10", "７ ／ １０"])
def test_a_score_typed_in_full_width_forms_is_read(written: str) -> None:
    # a page typed with a CJK input method: its label, digits and solidus full-width
    parsed = scored(f"Last week's one was weaker.\n\nＯｖｅｒａｌｌ：\u3000{written}")
    assert parsed.score is not None
    assert (parsed.score.value, parsed.score.scale) == (7, 10)


@pytest.mark.parametrize(
    ("written", "value", "scale"),
    [("6 points / 10 points", 6, 10), ("3 stars/5 stars", 3, 5), ("7.5 Pts / 10 Pts", 7.5, 10)],
)
def test_a_fraction_with_its_unit_on_each_side_of_the_slash_is_read(
    written: str, value: float, scale: float
) -> None:
    # a translated blog's verdict, the unit written after both numbers
    parsed = scored(f"Last time I gave 5 points, this one did better.\n\nAssessment: {written}")
    assert parsed.score is not None and parsed.score.raw == written
    assert (parsed.score.value, parsed.score.scale) == (value, scale)


@pytest.mark.parametrize(
    ("line", "raw"),
    [("【Evaluation】 S rank (a must-watch)", "S rank"), ("**Rating:** B-tier", "B-tier")],
)
def test_a_tier_rank_after_a_score_label_opening_its_line_is_the_grade(line: str, raw: str) -> None:
    # a tier score under its key; a reader's rank inside a sentence and a linked post's are not
    parsed = scored(
        f"{line}\n\nKey: S = must-watch, A = good, B = fine, C = dropped.\n\n"
        "Reader mail: honestly for me C rank, too slow.\n\n"
        "Previous post: Other Show episode 1 (A rank)"
    )
    assert parsed.score is not None and parsed.score.raw == raw
    assert parsed.score.score_100 is None


def test_a_tier_rank_inside_a_sentence_is_no_score() -> None:
    parsed = scored("A friend put it at S rank, I am not so sure yet.")
    assert parsed.score is None


# --------------------------------------------------------------------------- round 91


@pytest.mark.parametrize(
    ("closing", "raw", "value", "scale"),
    [
        # the scale explained beside the score, as a range of stars ending at its top
        ("**Score: 2/4** (the site grades from one to four stars)", "2/4", 2, 4),
        ("Final mark: 3/5, on a scale of 1 to 5 stars.", "3/5", 3, 5),
    ],
)
def test_a_number_of_stars_closing_a_range_is_the_scale_not_a_score(
    closing: str, raw: str, value: float, scale: float
) -> None:
    parsed = doc(f"Show Episode 4 Review\n\n{BODY}\n\n{closing}")
    assert parsed.score is not None
    assert (parsed.score.raw, parsed.score.value, parsed.score.scale) == (raw, value, scale)


# --------------------------------------------------------------------------- round 92


@pytest.mark.parametrize(
    "line",
    [
        "- Other Show: The Movie (not in the running; our movie review gave it 2 out of 5)",
        "Back in spring the site's manga review rated it a 9/10.",
    ],
)
def test_an_earlier_reviews_score_is_not_the_writers(line: str) -> None:
    # a score another, earlier review gave (the subject of a past verb of scoring)
    with_own = doc(f"Show Episode 5 Review\n\n{BODY}\n\nMy score: 4 out of 5\n\n{line}")
    assert with_own.score is not None and with_own.score.raw == "4 out of 5"


def test_this_reviews_own_score_still_counts() -> None:
    parsed = doc(f"Show Episode 5 Review\n\n{BODY}\n\nSo this review gives it a 7/10.")
    assert parsed.score is not None and parsed.score.raw == "7/10"


# a score with Portuguese or Spanish "de" for "out of", as a fan writing in English from
# that language puts it, counts right after a score's word or "nota" on a score's scale;
# a date's, an episode count's or an unlabelled one is no score
@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        ("**Nota: 3,5 de 5** 🍙🍙🍙", "3,5 de 5"),
        ("Nota final — 7 de 10.", "7 de 10"),
        ("Pontuação: 16 de 20", "16 de 20"),
        ("Posted 3 de marzo de 2023, episodio 4 de 12.", None),
        ("The friends I watch with said 4 de 5, mostly.", None),
        ("Nota: I watched 2 de 10 episodes dubbed.", None),
    ],
)
def test_a_labelled_score_out_of_written_de_counts(closing: str, raw: str | None) -> None:
    parsed = scored(closing)
    assert (parsed.score.raw if parsed.score else None) == raw


# --------------------------------------------------------------------------- round 93


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        ("**Week 4: a solid C+.**", "C+"),
        ("Finale: an easy A", "A"),
        ("**Episode 4: B-.**", "B-"),
    ],
)
def test_a_qualified_grade_set_apart_in_a_graded_section_is_the_reviews(
    closing: str, raw: str
) -> None:
    # an article and a word before the grade ("a solid C+"), or the line's emphasis closing
    # after the sentence's full stop; an earlier week's grade given in the section's prose
    section = (
        "## Grades\n\nLast time I gave a D and heard about it for days. This one's better, "
        f"the plot finally moves.\n\n{closing}\n\nSeason so far: C, climbing."
    )
    parsed = doc(f"Show Episode 4 Review\n\n{BODY}\n\n{section}")
    assert parsed.score is not None and parsed.score.raw == raw


@pytest.mark.parametrize("separator", [":", " —", " |"])
def test_the_own_shows_name_labels_its_score_over_others_rated_in_passing(
    separator: str,
) -> None:
    # a season review closing on "<Show>: score" after rating two other shows in a sentence
    text = (
        "Lantern Street Season Review\n\n"
        f"{BODY}\n\n(I'd rate Paper Moon a 4/5 and Glass Harbor a 2/5, if you wonder.)\n\n"
        f"## Verdict\n\nWarm, slow, worth it.\n\n**Lantern Street{separator} 3.5/5**\n\n"
        "Next month: another pairing."
    )
    parsed = doc(text, anime="Lantern Street")
    assert parsed.score is not None and parsed.score.raw == "3.5/5"


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        # a second look's score, the first one recalled after it in parentheses
        ("**Second-look score: 7/10** (original score: 5/10)", "7/10"),
        # the final score, then the earlier notes' score on the next line
        ("Final score: 4/5\n\nFirst-watch rating was 3/5, nudged up a notch.", "4/5"),
        ("Verdict: 6.5/10\n\n_Live-blog score was 8/10 before the ending landed._", "6.5/10"),
        # a link to the writer's earlier post of the same episode, its score beside it
        (
            "Revisit score: 9/10\n\nMore revisits:\n\n"
            "Lantern Street episode 2 (original review) — 6/10",
            "9/10",
        ),
        # the earlier one last, its label carrying a date in parentheses
        ("- Revisit score: 9/10\n- Original rating (spring 2021): 4/10, left as it was", "9/10"),
    ],
)
def test_a_score_labelled_as_the_writers_earlier_one_gives_way_to_the_current(
    closing: str, raw: str
) -> None:
    parsed = doc(
        f"Lantern Street Episode 2 Revisited\n\n{BODY}\n\n{closing}", anime="Lantern Street"
    )
    assert parsed.score is not None and parsed.score.raw == raw


_OTHERS_CLOSING = (
    "Show Episode 4 Review\n\n"
    "I watched it this week. It has a lot going on.\n\n"
    f"{BODY}\n\n"
    "Critic reviews\n\n"
    "Elsewhere the reception was mixed. Paper Moon gave it a 6/10 and called the finale "
    "rushed, while a friend on the podcast thought it was the best of the run.\n\n"
)


@pytest.mark.parametrize(
    ("sitename", "url"),
    [
        (None, "https://www.lanternreviews.example/show/episode-4"),
        ("Lantern Reviews", None),
    ],
)
def test_a_verdict_box_labelled_by_the_pages_own_site_is_its_score(
    sitename: str | None, url: str | None
) -> None:
    # the site's box, dropped by extraction and put back after the article, lands under the
    # last section, which quotes other outlets' scores: the site's name labels its own
    from bot.ingest.page import PageMeta

    meta = PageMeta(title="Show Episode 4 Review", sitename=sitename, url=url)
    parsed = doc(f"{_OTHERS_CLOSING}Lantern Score: 8/10", meta=meta)
    assert parsed.score is not None
    assert parsed.score.raw == "8/10"


def test_a_verdict_box_labelled_by_another_outlet_is_not_the_pages() -> None:
    from bot.ingest.page import PageMeta

    meta = PageMeta(title="Show Episode 4 Review", url="https://lanternreviews.example/show/4")
    parsed = doc(f"{_OTHERS_CLOSING}Paper Moon Score: 6/10", meta=meta)
    assert parsed.score is None


@pytest.mark.parametrize(
    ("closing", "grade"),
    [
        ("Taking everything in, my grade for the show at this point is a **C+**.", "C+"),
        ("Our verdict is an A- and we stand by it. Back next week.", "A-"),
    ],
)
def test_a_grade_the_writer_names_as_their_own_in_a_sentence_is_the_score(
    closing: str, grade: str
) -> None:
    parsed = scored(closing)
    assert parsed.score is not None
    assert parsed.score.raw == grade


def test_a_score_labelled_with_the_episodes_number_within_its_season() -> None:
    # "S3 E4", counted through the seasons as episode 28: the writer's verdict line names
    # the season's number, the episode's own, not another episode's entry
    text = (
        "Lantern Keepers S3 E4 notes: the bridge holds\n\n"
        "Season 3 episode 4, which is episode 28 if you count from the very first one.\n\n"
        f"{BODY}\n\n"
        "## Verdict\n\n"
        "Ep 4: **6.5/10**. The season so far sits around 6 for me."
    )
    parsed = doc(text)
    assert parsed.episode == 28
    assert parsed.score is not None
    assert parsed.score.raw == "6.5/10"


@pytest.mark.parametrize("relation", ["brother's score", "flatmate's rating", "Dad's verdict"])
def test_a_relatives_labelled_score_after_the_writers_is_not_the_pages(relation: str) -> None:
    # a watch log: the writer's score for the episode, then the one a relative or friend who
    # watched with them gave, labelled as theirs
    text = (
        "lantern keeper ep 5 - log\n\n"
        "watched: tuesday night, dubbed\n\n"
        "the storm arc finally pays off and the keeper's climb is the best scene so far.\n\n"
        "rating for the ep: 6.5/10\n\n"
        f"{relation}: 10/10 because the dog survived\n\n"
        "next: ep 6 on friday"
    )
    score = score_in("lantern keeper ep 5 - log", text, text.rfind("\n\n") + 2)
    assert score is not None and score.raw == "6.5/10"


def test_a_score_card_flattened_onto_one_line_gives_this_episodes_score() -> None:
    # a card's cells run together: "This episode" and its score, then the season's so far;
    # "episode 7/10" is the label and the value, not "episode 7 of 10"
    text = (
        "Lantern Keepers Episode 8 Review\n\n"
        f"{BODY}\n\n"
        "This episode 7/10 Whole season (eps 1-8) 6.5/10"
    )
    parsed = doc(text)
    assert parsed.score is not None
    assert parsed.score.raw == "7/10"


def test_another_shows_final_episode_in_a_closing_list_is_not_the_pages_score() -> None:
    # a newsletter's list of other shows' episodes after the review: "(final)" glosses that
    # show's episode number, it does not make the item the writer's overall score
    text = (
        "Lantern Keepers episode 12 review\n\n"
        "The last episode splits in two: a long rescue on the cliffs, then a quiet dinner where "
        "the family finally talks. The rescue is the best the show has looked all season, and "
        "the dinner scene is written with real care, even if it leaves the keeper's past alone."
        "\n\nI went back and forth on the number all week.\n\n"
        "  Finale: 6/10\n\n"
        "Also watched\n\n"
        "* Harbour Lights, episode 24 (final) — 9/10\n"
    )
    parsed = doc(text, anime="Lantern Keepers")
    assert parsed.score is not None
    assert parsed.score.raw == "6/10"


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        ("Overall verdict (the full run, not an average of my weekly marks): 8/10", "8/10"),
        ("SEASON SCORE (not the readers' poll): 7/10", "7/10"),
        ("Final rating, not the average of the weeks: 4/5", "4/5"),
        # ...or the aside after the score says so ("not an average" of the sub-scores above)
        ("Final Score: 6.5/10 (not an average; the story weighs more for me)", "6.5/10"),
        ("Season score: 7/10 (not the average of my weekly marks)", "7/10"),
    ],
)
def test_words_denying_it_is_an_average_or_poll_keep_the_writers_score(
    closing: str, raw: str
) -> None:
    # the label, or the aside after the score, says what the score is not ("not the average
    # of the weeks"): the poll's word is denied, the score the writer's; one naming the
    # readers' without "not", before the score or after it, stays theirs
    parsed = scored(closing)
    assert parsed.score is not None and parsed.score.raw == raw
    assert scored("SEASON SCORE (the readers' poll): 7/10").score is None
    assert scored("Season score: 7/10 (the readers' average)").score is None


def test_a_newsletters_elsewhere_in_this_issue_list_is_not_the_pages_score() -> None:
    # the issue's other items under "Elsewhere in this issue", one with its own score in
    # parentheses: that item's, not the review's, which a label above gives
    text = (
        "Harbour Lights episode 9 review\n\n"
        "The storm episode finally lands. The lighthouse sequence is cut with real patience, "
        "and the quiet scene between the sisters afterwards is the best writing of the season."
        "\n\nThe music is the weak link again: the same three cues, leaned on for every beat, "
        "until the big reveal at the end, which is scored with nothing but the wind outside."
        "\n\nVERDICT\n\n"
        "8/10. A step up from the last two weeks.\n\n"
        "----------------------------------------\n"
        "ELSEWHERE IN THIS ISSUE\n"
        "- Paper Kites: the film of the year (10/10)\n"
    )
    parsed = doc(text)
    assert parsed.score is not None
    assert parsed.score.raw == "8/10"


def test_scores_after_an_other_shows_label_are_those_shows() -> None:
    # the writer's own verdict labelled in a quote block, then a line led by "Other shows
    # ...:" giving each of those shows a score in parentheses: theirs, not the page's
    text = (
        "Harbour Lights season 1: halfway there\n\n"
        "The lighthouse sequence is cut with real patience, and the quiet scenes between the "
        "sisters are the best writing of the season so far, even if the middle drags. The "
        "music leans on the same three cues, and the harbour town never quite feels lived in, "
        "but the two leads carry it, and the storm at the end is worth the wait.\n\n"
        "> **Where it stands: 3.5/5**\n\n"
        "---\n\n"
        "*Other shows I follow:* Paper Kites (5/5).\n"
    )
    parsed = doc(text, anime="Harbour Lights")
    assert parsed.score is not None
    assert parsed.score.raw == "3.5/5"


def test_scores_after_a_weekly_scores_label_are_the_episodes() -> None:
    # the season's score labelled, then a line labelled as the weekly scores, the last
    # episode's among them: those are each episode's, not the season review's
    text = (
        "Harbour Lights season review\n\n"
        "The lighthouse sequence is cut with real patience, and the quiet scenes between the "
        "sisters are the best writing of the season, even if the middle drags.\n\n"
        "Season score: 7.5/10\n\n"
        "Weekly scores, for completeness: best was episode 3 (9/10), worst 4/10, finale 5/10.\n"
    )
    parsed = doc(text, anime="Harbour Lights")
    assert parsed.score is not None
    assert parsed.score.raw == "7.5/10"


def test_a_grade_labelled_in_the_last_sentence_of_a_graded_sections_paragraph() -> None:
    # a double post's grade section: a wrapped paragraph whose last sentence, on its second
    # line, is a short label and the grade for both episodes
    text = (
        "# Harbour Lights, episodes 7 and 8\n\n"
        "The storm two-parter. The lighthouse sequence is cut with real patience, and the "
        "quiet scenes between the sisters are the best writing of the season.\n\n"
        "### My grade\n\n"
        "Letter grades this year, because the numbers kept tempting me\n"
        "into quarter points. For both episodes: **A-**.\n\n"
        "(Separately the first is a B+ and the second an A, but they play as one story.)\n\n"
        "### Housekeeping\n\n"
        "- The season has 12 episodes.\n"
        "- Next post: episode 9.\n"
    )
    parsed = doc(text, anime="Harbour Lights")
    assert parsed.score is not None
    assert parsed.score.raw == "A-"


@pytest.mark.parametrize(
    "recalled",
    [
        "For the record, my spring review gave the whole show a 6/10, and the spring finale\n"
        "(episode 10) got a 9/10 from me.",
        "For the record, the premiere arc's last one, episode 9, was good, and episode 10 was a "
        "9/10.",
    ],
)
def test_earlier_reviews_and_episodes_scores_recalled_are_not_this_ones(recalled: str) -> None:
    # a new season's premiere, numbered on from the last, the writer holding back their score:
    # the grades recalled for the earlier season and its finale are not this episode's
    text = (
        "# Harbour Lights Season 2 Episode 11 Review\n\n"
        "The storm arc picks up where it left off, and the lighthouse keeper's scenes are "
        "the best the show has done in a while. The sisters barely appear.\n\n"
        "## Score?\n\n"
        "None this week: I never grade a premiere on its own, and I'll score it after three.\n\n"
        f"{recalled}\n"
    )
    parsed = doc(text, anime="Harbour Lights")
    assert parsed.episode == 11
    assert parsed.score is None


def _episode_5_review(verdict: str, after: str) -> ParsedDocument:
    """A short review of Harbour Lights episode 5 closing on `verdict` (its own paragraph),
    then `after` (what a page puts below it: comments, a readers' rating, a table)."""
    text = (
        "Harbour Lights Episode 5 Review\n\n"
        "The lighthouse sequence is cut with real patience, and the quiet scenes between the "
        "sisters are the best writing of the season, even if the middle drags.\n\n"
        f"{verdict}\n\n{after}"
    )
    return doc(text, anime="Harbour Lights")


@pytest.mark.parametrize("label", ["Skor akhir", "Nilai", "Nota final", "Puan"])
def test_a_score_labelled_in_the_writers_own_language(label: str) -> None:
    # an English edition of a non-English fan site: the verdict keeps its language's word
    # for a score (Indonesian "Skor", "Nilai", Portuguese "Nota", Turkish "Puan"), and a
    # reader's unlabelled fraction comes later
    parsed = _episode_5_review(
        f"**{label}: 6,5/10**",
        "Tanggapan\n\nwave_rider21 - nice, but for me this was 9/10 easily\n",
    )
    assert parsed.score is not None
    assert parsed.score.raw == "6,5/10"


@pytest.mark.parametrize("label", ["คะแนน", "Điểm", "ĐIỂM"])
def test_a_score_labelled_in_thai_or_vietnamese_outranks_a_commenters(label: str) -> None:
    # a Thai or Vietnamese fan's English post keeps their language's word for a score on the
    # verdict's label; a commenter's fraction under it, later, is theirs
    parsed = _episode_5_review(
        f"{label}: 7/10",
        "See you next week!\n\n---\n- tide_pool_88: the storm looked cheap though, 5/10\n",
    )
    assert parsed.score is not None
    assert parsed.score.raw == "7/10"


@pytest.mark.parametrize("label", ["Rating pembaca", "Leser-Rating", "Score dos leitores"])
def test_a_readers_rating_labelled_in_the_sites_language(label: str) -> None:
    # a non-English site's English edition: the readers' rating under the writer's verdict
    # keeps its language's word for the readers, and is theirs, not the writer's
    parsed = _episode_5_review("Score: 7/10", f"{label}: 4,4/5 (57)\n")
    assert parsed.score is not None
    assert parsed.score.raw == "7/10"


@pytest.mark.parametrize(
    ("verdict", "raw", "value", "scale"),
    [
        ("GESAMTWERTUNG: 4,5 von 5", "4,5 von 5", 4.5, 5.0),
        ("Voto: 7 su 10", "7 su 10", 7.0, 10.0),
        ("Skor akhir: 6,5 dari 10", "6,5 dari 10", 6.5, 10.0),
        ("Ocena: 8,5 na 10", "8,5 na 10", 8.5, 10.0),
        ("## Ocena\n\n**6 na 10**", "6 na 10", 6.0, 10.0),
    ],
)
def test_a_labelled_score_with_out_of_in_the_writers_language(
    verdict: str, raw: str, value: float, scale: float
) -> None:
    # the scale after the language's own "out of" (German "von", Italian "su", Indonesian
    # "dari", Polish "na" under its "Ocena"), right after a score's word; the community's
    # figure below is not the writer's
    parsed = _episode_5_review(verdict, "Community: 2 von 5, 9 su 10, 3 dari 10, 4 na 10\n")
    assert parsed.score is not None
    assert (parsed.score.raw, parsed.score.value, parsed.score.scale) == (raw, value, scale)


@pytest.mark.parametrize(
    ("verdict", "raw", "value", "scale"),
    [
        ("**Nota final: 7,5** (de 0 a 10)", "7,5", 7.5, 10.0),
        ("Wertung: 4 (von 1 bis 5)", "4", 4.0, 5.0),
        ("Skor: 82 (0-100)", "82", 82.0, 100.0),
    ],
)
def test_a_labelled_bare_score_with_its_scales_range_in_brackets(
    verdict: str, raw: str, value: float, scale: float
) -> None:
    # the scale given as its range in brackets after the number, in the writer's language
    # ("de 0 a 10", "von 1 bis 5") or in figures; a season table's bare figures are no rival
    parsed = _episode_5_review(verdict, "So far: Ep. 3 – 6 · Ep. 4 – 8 (episode 5)\n")
    assert parsed.score is not None
    assert (parsed.score.raw, parsed.score.value, parsed.score.scale) == (raw, value, scale)


@pytest.mark.parametrize(
    ("byline", "rows"),
    [
        (
            "Posted by Tomas Reyes to the Lamp Post group blog",
            "Tomas's score: 6/10\nNadia's score: 8/10",
        ),
        ("Show notes posted by Priya Sen (host)", "Card: Priya: 6/10 · Oskar: 8/10"),
    ],
)
def test_the_bylines_writers_named_score_over_a_co_writers(byline: str, rows: str) -> None:
    # a co-written post or a podcast's notes: each person's score labelled with their first
    # name, the co-writer's last; the byline says whose page it is
    text = (
        f"{byline}\n\n"
        "The lighthouse arc opens well and the keeper's climb is the best scene so far.\n\n"
        "We disagree about the ending, as usual.\n\n"
        f"{rows}\n\n"
        "Next week: episode 6."
    )
    score = score_in("Lantern Keepers episode 5", text, text.rfind("\n\n") + 2)
    assert score is not None and score.raw == "6/10"


@pytest.mark.parametrize(
    "history",
    [
        "## My score history\n\n| Date | Watch | Score |\n|---|---|---|\n"
        "| Jan 2021 | first watch | 5/10 |\n| Feb 2023 | rewatch, this post | **7/10** |\n"
        "| May 2022 | rewatch | 6/10 |",
        "RATING HISTORY\n--------------\n  2020  first watch   5/10\n  2022  rewatch   6/10\n"
        "  2024  rewatch   7/10",
    ],
)
def test_a_score_historys_current_row_is_the_writers_score(history: str) -> None:
    # a rewatcher's dated scores for the show: the row marked as this watch's, else the last
    text = (
        "Lantern Keepers, rewatched\n\n"
        f"{BODY}\n\n"
        f"{history}\n\n"
        "The lighthouse arc opens well and the keeper's climb is the best scene so far.\n\n"
        "The ending still drags, but less every time.\n\n"
        "Next in the pile: something lighter."
    )
    score = score_in("Lantern Keepers, rewatched", text, text.rfind("\n\n") + 2)
    assert score is not None and score.raw == "7/10"


def test_a_last_score_is_an_earlier_one_not_the_writers_now() -> None:
    # a rewatch's score, then the one last given to the next show to rewatch
    text = (
        "Lantern Keepers, rewatched\n\n"
        f"{BODY}\n\n"
        "Rewatch score: 8/10\n\n"
        "On the shelf for next time: Tidewatch (last score 6/10)."
    )
    score = score_in("Lantern Keepers, rewatched", text, text.rfind("\n\n") + 2)
    assert score is not None and score.raw == "8/10"


# --------------------------------------------------------------------------- round 105


@pytest.mark.parametrize(
    ("line", "raw", "value"),
    [
        # a hedge after the number committed to first: the first is the score
        ("Score: I'm going to say a 8, maybe an 8.5 after the next arc.", "8", 80.0),
        ("**Verdict:** I'll go with a 7. Could be a 6 on a bad day.", "7", 70.0),
    ],
)
def test_a_number_committed_to_on_a_score_line_is_out_of_ten(
    line: str, raw: str, value: float
) -> None:
    parsed = doc(f"Show Episode 4 Review\n\n{BODY}\n\n{line}")
    assert parsed.score is not None and parsed.score.raw == raw
    assert parsed.score.score_100 == value


def test_a_small_number_committed_to_with_no_scale_stated_is_no_score() -> None:
    # "a 4" could be out of 5 or of 10: with no scale stated, no score
    parsed = doc(f"Show Episode 4 Review\n\n{BODY}\n\nScore: I'm going to say a 4, maybe.")
    assert parsed.score is None


# --------------------------------------------------------------------------- round 108


@pytest.mark.parametrize(
    "reply",
    [
        # the writer answering a reader in the chat under the post: last week's, in the past
        "[2025-03-02 20:09] reed: episode 9 deserved two stars",
        "reed: honestly Episode 9 deserved a 4/10",
    ],
)
def test_an_earlier_episode_that_deserved_a_score_is_not_the_reviews(reply: str) -> None:
    text = f"Show Episode 12 Review\n\n{LONG_BODY}\n\nMy rating: ★★★★½\n\n{reply}"
    parsed = doc(text, anime="Show")
    assert parsed.score is not None and parsed.score.raw == "★★★★½"


def test_the_episode_reviewed_deserving_a_score_is_not_an_earlier_ones() -> None:
    # the same words of the document's own episode: no earlier episode's, the score stands
    text = f"Show Episode 12 Review\n\n{LONG_BODY}\n\nreed: episode 12 deserved two stars"
    parsed = doc(text, anime="Show")
    assert parsed.score is not None and parsed.score.raw == "two stars"


@pytest.mark.parametrize(
    "title", ["🧵 Show, Episode 5 — my weekly log, 1/5", "🧵 Show Episode 5 thoughts (1/10)"]
)
def test_a_thread_marked_titles_closing_place_is_no_score(title: str) -> None:
    # the opening post of a thread of five (or ten), its place closing it: no score of 1
    assert doc(f"{title}\n\n{LONG_BODY}", anime="Show").score is None


# --------------------------------------------------------------------------- round 111


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        # the grade closing a verdict's labelled line as a sentence of its own, a gloss between
        ("Verdict: a grim, confident episode. B+", "B+"),
        ("**Final grade:** messy, but it lands. **A-**", "A-"),
        ("TL;DR: the middle drags! C.", "C"),
        ("Bottom line - a good setup episode. B", "B"),
        # the grade inside a later sentence, a readers' line, a line no label opens: not it
        ("Verdict: it drags. Still better than the C I gave last week.", None),
        ("Readers' verdict: a crowd-pleaser. A-", None),
        ("A grim, confident episode. B+", None),
    ],
)
def test_a_grade_closing_a_verdicts_labelled_line_after_a_sentence_is_the_score(
    closing: str, raw: str | None
) -> None:
    text = (
        f"Show Episode 4 Review\n\n{LONG_BODY}\n\n{closing}\n\n"
        "You might also like: Other Show Episode 2 Review (A-)\n\nrem_fan: A- from me."
    )
    parsed = doc(text, anime="Show")
    assert (parsed.score.raw if parsed.score else None) == raw


# --------------------------------------------------------------------------- round 120


@pytest.mark.parametrize(
    "pager",
    [
        # a blog's pager under the post, each link's arrow at its outer end pointing its way:
        # the score is the linked post's, the one before or after this
        "← Episode 4 review (8/10)   |   Episode 6 review →",
        "← Episode 4 review   |   Episode 6 review (8/10) →",
        "Show Episode 6 Review – The Long Night (8/10) »",
        "‹ Episode 4: a long wait (8/10)",
    ],
)
def test_a_pagers_link_to_a_neighbouring_post_gives_no_score(pager: str) -> None:
    text = (
        f"Show Episode 5 Review\n\n{LONG_BODY}\n\n"
        f"7.5/10. A slower episode than the first two, but the one people will remember.\n\n"
        f"{pager}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.score is not None and parsed.score.raw == "7.5/10"


@pytest.mark.parametrize(
    ("closing", "raw"),
    [
        # an arrow that is no pager's: a note pointing back at the score, a quoted title
        ("Final score: 8/10 ← the best of the season", "8/10"),
        ("« Best one yet » 9/10", "9/10"),
    ],
)
def test_an_arrow_beside_the_writers_score_is_no_pager(closing: str, raw: str) -> None:
    parsed = doc(f"Show Episode 5 Review\n\n{LONG_BODY}\n\n{closing}", anime="Show")
    assert parsed.score is not None and parsed.score.raw == raw
