"""bot/ingest/detect/episode.py: the episode of a title, and the latest episode a text speaks of."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.ingest import (
    parse_document,
)
from bot.ingest.detect.episode import episode_in
from bot.ingest.page import PageMeta
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
        ("Show E03 + E04: A Late Double", 4),
        ("Show E08–E09 Notes", 9),
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


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Review of Lantern Street 2nd Season by kestrel", None),
        ("Lantern Street Second Season: my review", None),
        ("Lantern Street 2nd Season Episode 5 Review", 5),
    ],
)
def test_a_titles_ordinal_season_names_the_season_reviewed(title: str, episode: int) -> None:
    # a database's user review under the season's name ("<Show> 2nd Season"): the range of
    # episodes its opening spoils is the season's, not the last of them reviewed alone
    text = f"{title}\n\nSpoilers for all of it (episodes 13–24), read on with care.\n\n{BODY}"
    parsed = doc(text, anime="Lantern Street")
    assert parsed.episode == episode
    if episode is None:
        assert parsed.kind is DocumentKind.SEASON_REVIEW


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Dossier | Lantern Street saison 3 : a calmer year for the harbour", None),
        ("Lantern Street saison 3 épisode 4 : the storm", 4),
    ],
)
def test_a_french_titles_saison_names_the_season_reviewed(title: str, episode: int) -> None:
    # a French site's English edition keeps its "saison 3" in the headline: the episodes its
    # opening singles out ("episodes 9 to 11 carry it") are the season's best, not the one
    # reviewed alone
    text = f"{title}\n\nFor me, episodes 9 to 11 carry the whole season.\n\n{BODY}"
    parsed = doc(text, anime="Lantern Street")
    assert parsed.episode == episode
    if episode is None:
        assert parsed.kind is DocumentKind.SEASON_REVIEW


@pytest.mark.parametrize(
    "title",
    ["Show, start to finish: a pretty box with little inside", "Show from beginning to end"],
)
def test_a_title_that_takes_the_run_from_start_to_finish_names_no_episode(title: str) -> None:
    # the opening's "the premiere's cold open" is one episode the whole-run review looks back on
    text = f"{title}\n\nThe premiere's cold open promised more than the rest delivered.\n\n{BODY}"
    parsed = doc(text, anime="Show")
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Show Season 1 Review (no spoilers past ep 6, marked after that)", None),
        ("Show Series Review — no spoilers beyond episode 4", None),
        # an episode's own review keeps its number; so does a limit under no season's review
        ("Show Episode 7 Review (no spoilers past ep 7)", 7),
        ("Show Season 2 Episode 3 Review (no spoilers after ep 3)", 3),
        ("Show thoughts (no spoilers past ep 6)", 6),
    ],
)
def test_a_season_reviews_spoiler_limit_in_its_title_is_no_episode(
    title: str, episode: int | None
) -> None:
    # "no spoilers past ep 6": how far the post keeps clear of spoilers, the writer having
    # seen further; under a title naming the whole season's review, no episode of its own
    assert episode_in(title) == episode
    if episode is None:
        parsed = doc(f"{title}\n\n{BODY}", anime="Show")
        assert parsed.episode is None
        assert parsed.kind is DocumentKind.SEASON_REVIEW


def test_catalog_episode_count_bounds_a_season_review(catalogs: list[Catalog]) -> None:
    parsed = doc(f"Metallic Rouge: Anime Review\n\nI liked episode 7.\n\n{BODY}", catalogs=catalogs)
    assert [s.about_episode for s in parsed.sections] == [13]


def test_season_review_without_catalog_is_about_the_last_episode_it_mentions() -> None:
    parsed = doc(f"Show: Anime Review\n\nEpisode 7 was fine and episode 12 was great.\n\n{BODY}")
    assert [s.about_episode for s in parsed.sections] == [12]


def test_season_review_that_mentions_no_episode() -> None:
    assert [s.about_episode for s in doc(f"Show: Anime Review\n\n{BODY}").sections] == [None]


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


# --------------------------------------------------------------------------- issue 11 traps


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        # counted through the seasons, with the per-season number beside it: the anime's
        # episodes run on, so the continuous number is the one to file (and gate) under
        ("Show Episode 19 (Season 2, Episode 7) Review", 19),
        ("Show Season 2, Episode 7 (Episode 19) Review", 19),
        ("Show Episode 19 (S02E07) Review", 19),
        ("Show Episode 19 (S2 Ep 7) Review", 19),
        ("Show Season 2 Episode 7 Review", 7),  # nothing counted through: the one given
        # a review of several episodes reveals up to the last one
        ("Show Episodes 3-4 Review", 4),
        ("Show Eps. 5 & 6 Review", 6),
        ("Show Episodes 10 to 12 Review", 12),
        ("Show 第12話 Review", 12),
        ("Show 第 3 話「Title」 Review", 3),
        ("Show: First Impressions After Three Episodes", 3),
        ("Show First Impressions of the First 3 Episodes", 3),
    ],
)
def test_episode_title_traps(title: str, episode: int) -> None:
    parsed = doc(f"{title}\n\n{BODY}")
    assert parsed.episode == episode
    assert parsed.anime_title == "Show"


@pytest.mark.parametrize(
    "title",
    [
        "Show Ep. 3 - 8/10",  # a score after the episode is not the end of a range
        "Show Episode 3 – 4 out of 5",
        "Show Episode 3 - 4 stars",
    ],
)
def test_a_score_after_the_episode_is_not_a_range(title: str) -> None:
    assert doc(f"{title}\n\n{BODY}").episode == 3


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        # a Japanese blog's notations: "N話" without "第", a season's "期" before it, and the
        # number through the seasons beside it ("通算", or "第" in brackets), which wins
        ("Show 8話 感想", 8),
        ("Show 第3期 第4話「Title」感想", 4),
        ("Show 3期4話(通算28話) 感想", 28),
        ("Show 3期4話（第28話）感想", 28),
        ("Show シーズン3 第4話 / 通算第28話", 28),
        ("Show 9〜10話 まとめて感想", 10),  # two together: the last
        ("Show 第9話～第10話 感想", 10),
        ("Show 全12話 一気見感想", None),  # a count of episodes, none of them
        ("Show 3回目の視聴", None),  # "the third time", not an episode
    ],
)
def test_japanese_episode_notations(title: str, episode: int | None) -> None:
    assert episode_in(title) == episode


def test_the_episode_in_a_later_paragraph_of_the_opening() -> None:
    # a byline paragraph first, then an opening full of other episodes, then "the seventh
    # episode": the document's own, although it is not in the first two paragraphs
    text = (
        "Show Review: Answers at Last\n\n"
        "Posted by A. Writer · 22 February 2024\n\n"
        "Last week's episode ended on a cliffhanger the show has promised since episode 4.\n\n"
        "The seventh episode of the series belongs to the sidekick. It reframes what she "
        "said in episode 2.\n\n"
        f"{BODY}"
    )
    parsed = doc(text)
    assert parsed.episode == 7
    assert parsed.kind.value == "episode-review"


def test_the_episode_only_in_the_pages_url(catalogs: list[Catalog]) -> None:
    from bot.ingest.page import PageMeta

    text = "Frieren Review: Like a Fairy Tale\n\nLast week's episode (episode 6) was quiet.\n\n"
    meta = PageMeta(
        title="Frieren Review: Like a Fairy Tale",
        url="https://lantern.example/reviews/frieren-episode-7-review/",
    )
    parsed = doc(text + BODY, meta=meta, known_anime=["Frieren: Beyond Journey's End"])
    assert parsed.episode == 7
    assert parsed.kind.value == "episode-review"
    finale = PageMeta(title="Metallic Rouge: It Ends", url="https://x.example/mr-finale-review")
    assert doc(f"Metallic Rouge: It Ends\n\n{BODY}", meta=finale, catalogs=catalogs).episode == 13


@pytest.mark.parametrize(
    ("url", "episode"),
    [
        # a blog platform's weekly post, its slug the anime's (longer) name and the number
        ("https://tidepool.blogspot.com/2024/05/umi-no-lighthouse-11.html", 11),
        ("https://tidepool.example/lighthouse-05/", 5),
        # no number right after the name: no episode
        ("https://tidepool.example/2024/05/lighthouse-10-things-i-loved.html", None),
        ("https://tidepool.example/2024/05/lighthouse-2024.html", None),
        ("https://tidepool.example/2024/05/lighthouse-review.html", None),
    ],
)
def test_the_episode_numbered_after_the_anime_name_in_the_pages_url(
    url: str, episode: int | None
) -> None:
    from bot.ingest.page import PageMeta

    title = "Umi no Lighthouse – The Keeper's Last Light"
    text = f"{title}\n\nThis week the keeper finally climbs the stairs again.\n\n{BODY}"
    parsed = doc(text, meta=PageMeta(title=title, url=url), known_anime=["Lighthouse"])
    assert parsed.anime_title == "Lighthouse"
    assert parsed.episode == episode
    if episode is not None:
        assert parsed.kind is DocumentKind.EPISODE_REVIEW


@pytest.mark.parametrize(
    ("source", "episode"),
    [
        # a web clipper's `source:` address, the only place the episode's number is written
        ("https://tidewatch.example/2025/04/lighthouse-keepers-episode-4-recap-review/", 4),
        ('"https://tidewatch.example/lighthouse-keepers-ep-4"', 4),
        # not an address: no episode, and no error
        ("clipped from my notes app", None),
        ("https://tidewatch.example/2025/04/lighthouse-keepers-review/", None),
    ],
)
def test_the_episode_only_in_a_web_clippers_source_address(
    source: str, episode: int | None
) -> None:
    text = (
        f"---\ntitle: Lighthouse Keepers Recap & Review: The Lamp Goes Out\nsource: {source}\n"
        f"---\n\nThe keeper climbs again this week, and the storm is worse.\n\n{BODY}"
    )
    parsed = doc(text, known_anime=["Lighthouse Keepers"])
    assert parsed.episode == episode
    if episode is not None:
        assert parsed.kind is DocumentKind.RECAP


@pytest.mark.parametrize(
    "url",
    [
        "https://x.example/",  # no slug
        "https://x.example/2024/01/show-review",  # a date, no episode
        "https://x.example/show-season-review?page=2#episode-3",  # query and fragment
    ],
)
def test_a_url_without_an_episode_gives_none(url: str) -> None:
    from bot.ingest.page import PageMeta

    meta = PageMeta(title="Show Season 1 Review", url=url)
    assert doc(f"Show Season 1 Review\n\n{BODY}", meta=meta).episode is None


def test_the_latest_episode_named_wins_over_earlier_titles_and_the_documents_own() -> None:
    catalog = Catalog(
        title="Frieren",
        slug="frieren",
        episode_count=28,
        episodes=(
            CatalogEpisode(1, "The Journey's End"),
            CatalogEpisode(9, "Aura the Guillotine"),
            CatalogEpisode(12, "A Real Hero"),
        ),
    )

    def about(title: str, body: str) -> list[int | None]:
        parsed = parse_document(f"{title}\n\n{body}\n\nGood.", catalogs=[catalog])
        return [s.about_episode for s in parsed.sections]

    both = "Since The Journey's End I waited for Aura the Guillotine."
    assert about("Frieren – Episode 3 Review", both) == [9]
    assert about("Frieren – Episode 10 Review", both) == [10]  # titles of earlier episodes
    assert about("Frieren – Episode 3 Review", f"{both} And A Real Hero, and episode 14.") == [14]


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Show Episode Twenty-One Review", 21),
        ("Show Episode Twenty One Review", 21),
        ("Show Episode Twenty Review", 20),
        ("Show Episode Thirty-Two Review", 32),
        ("Show – 12th Episode Review", 12),
        ("Show 1x05 Review: The Test", 5),
        ("Show 2X11 Review", 11),
        ("Show – 16 [Review]", 16),
        ("Show - 06 (Review)", 6),
    ],
)
def test_more_title_forms(title: str, episode: int) -> None:
    parsed = doc(f"{title}\n\nEpisode 17 is next week. {BODY}")
    assert parsed.episode == episode
    assert parsed.anime_title == "Show"


@pytest.mark.parametrize(
    "title",
    ["Show Review – 7/10", "Show Review - 2024", "Show – 2 Reasons to Watch", "Show 1920x1080 Art"],
)
def test_a_number_after_a_dash_is_not_always_an_episode(title: str) -> None:
    assert episode_in(title) is None


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        ("Show's twelfth episode is the one. Episode 11 was all movement.", 12),
        ("The show’s 12th episode is the one. Episode 11 was all movement.", 12),
        ("Its twenty-first episode is mostly talk. Episode 20 had the fight.", 21),
        ("The 21st episode is mostly talk. Episode 20 had the fight.", 21),
    ],
)
def test_ordinals_in_the_opening(opening: str, episode: int) -> None:
    assert doc(f"Show Review: Glass\n\n{opening}\n\n{BODY}", anime="Show").episode == episode


def test_an_episode_label_above_the_headline() -> None:
    parsed = doc(
        f"**EPISODE 5**\n\n# Show Gets Serious\n\nAfter episode 4, a change.\n\n{BODY}",
        anime="Show",
    )
    assert parsed.title == "Show Gets Serious"
    assert parsed.episode == 5
    alone = doc(f"Episode 5\n\nShow has a plan. After episode 4, a change.\n\n{BODY}", anime="Show")
    assert alone.title == "Episode 5"  # no headline follows: the label is the title
    assert alone.episode == 5


def _short_catalog() -> Catalog:
    return Catalog(
        title="Show",
        slug="show",
        episode_count=13,
        episodes=(CatalogEpisode(1, "Crimson Is The Sound of Dawn"), CatalogEpisode(4, "Dawn")),
    )


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        # an episode named only by its catalog title, any case and quotes
        ("Bones opens with an episode called “Crimson is the Sound of Dawn”, a mood piece.", 1),
        # ... but not when it is a reference to another episode
        ("Since “Crimson Is The Sound of Dawn”, we waited. The seventh episode delivers.", 7),
        # too short a title to trust in running text ("Dawn")
        ("At dawn the city wakes. Episode 5 of Show is a mood piece.", 5),
        ("Show's penultimate episode has one job: get every piece in place for the finale.", 12),
        ("Everything is set up for the finale. This is episode 11 of Show.", 11),
        ("This week's episode is the sixth, and it is a good one.", 6),
        ("This is the first episode where Rouge loses. Episode 6 is a turning point.", 6),
        ("It is the third episode in a row without a fight. This is episode 9.", 9),
        # two episodes reviewed together: the last (how far the text may spoil)
        ("Episodes 3-4 of Show finally give the leads a real fight.", 4),
        ("Episodes 3 & 4 of Show aired together, and they pair well.", 4),
        ("Unlike episodes 3-4, this week's episode 5 is calm.", 5),
        # the anime's name between "the" and "finale"
        ("The Show finale ties every thread together.", 13),
        ("It all builds up to the Show finale. This is episode 11.", 11),
    ],
)
def test_the_opening_names_its_episode(opening: str, episode: int) -> None:
    parsed = doc(f"Show Review: A Title\n\n{opening}\n\n{BODY}", catalogs=[_short_catalog()])
    assert parsed.episode == episode


def test_penultimate_in_a_title_with_a_known_episode_count() -> None:
    title = "Show's Penultimate Episode Review"
    assert doc(f"{title}\n\n{BODY}", catalogs=[_short_catalog()]).episode == 12
    assert doc(f"Other's Penultimate Episode Review\n\n{BODY}", anime="Other").episode is None


def test_a_singular_episode_range_in_a_title() -> None:
    assert doc(f"Show Episode 6 & 7 Review\n\n{BODY}").episode == 7
    assert doc(f"Show Episode 6 and 7 Review\n\n{BODY}").episode == 7
    assert doc(f"Show Episode 6 - 7/10\n\n{BODY}").episode == 6


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        # two episodes joined with a plus, as a forum's or a notes app's title writes them
        ("Show ep 7+8 (finally caught up)", 8),
        ("Show Episodes 7 + 8 Review", 8),
        ("Show Season 2 Eps 3+4 thoughts", 4),
    ],
)
def test_a_pair_joined_with_a_plus_reaches_its_last_episode(title: str, episode: int) -> None:
    parsed = doc(f"{title}\n\n{BODY}")
    assert parsed.episode == episode
    assert parsed.anime_title == "Show"  # the pair's marker is no part of the name
    opening = "Episodes 7+8 of Show aired back to back, and the second is the better one."
    assert doc(f"Show Review: A Title\n\n{opening}\n\n{BODY}").episode == 8


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        # a plus before a count of something else adds it to the episode: no range
        ("Show Episode 12 + 2 OVAs Review", 12),
        ("Show Ep 10 + 1 bonus short: review", 10),
        ("Show Episode 5 + 10 minutes of extras, reviewed", 5),
    ],
)
def test_a_plus_before_other_things_is_no_range(title: str, episode: int) -> None:
    assert doc(f"{title}\n\n{BODY}").episode == episode


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        # a reference clause ends at its comma; the words right before a mention decide
        ("After last week's cliffhanger, episode 4 slows down.", 4),
        ("The previous episode ended with a bang, but episode 4 is calm.", 4),
        ("After the quiet, lovely episode 3 and since episode 2, Episode 4 is calm.", 4),
        # told in the past vs the present
        ("Episode 3 was loud; episode 4 is calm.", 4),
        ("Where episode 3 was loud, episode 4 is calm.", 4),
        ("In episode 2 Rouge was calm. Now, in episode 4, she is not.", 4),
        ("Like episode 2, episode 4 is calm.", 4),
        # another episode's review
        ("In my episode 3 review I said it was slow. Episode 4 proves me wrong.", 4),
        ("Our review of episode 3 was harsh. Episode 4 is better.", 4),
        # the only mention, in the past, is still the episode
        ("Episode 5 was a slow one for Rouge.", 5),
        ("We're nine episodes in, and the show has found its rhythm.", 9),
        ("The fourth instalment of Show is its first whodunit.", 4),
    ],
)
def test_the_opening_weighs_its_mentions(opening: str, episode: int) -> None:
    parsed = doc(f"Show Review: A Title\n\n{opening}\n\n{BODY}", anime="Show")
    assert parsed.episode == episode


@pytest.mark.parametrize(
    "opening",
    [
        "Sorry this is late: episode 3 is only a day away, and I am still on the premiere.",
        "Yes, episode 3 airs tomorrow and I am behind. Spoilers for episode 1 below.",
        "I know episode 3 isn't out yet; these are my thoughts on the first episode.",
        "Episode 3 will drop on Saturday, so here is the premiere before it does.",
        "Episode 3 comes out in two days, I know. I have only seen episode 1 so far.",
    ],
)
def test_an_episode_still_to_come_is_not_the_one_reviewed(opening: str) -> None:
    # a late post says the next episode is nearly out; the one it reviews is the premiere
    parsed = doc(f"Show: late thoughts on the start\n\n{opening}\n\n{BODY}", anime="Show")
    assert parsed.episode == 1
    # said of the episode reviewed, "away" is no date
    later = doc(
        f"Show: late thoughts\n\nEpisode 3 is a world away from the premiere.\n\n{BODY}",
        anime="Show",
    )
    assert later.episode == 3


@pytest.mark.parametrize(
    "title", ["Show First Impressions", "First Impressions: Show", "Show – First Look"]
)
def test_first_impressions_naming_no_episode_are_of_the_premiere(title: str) -> None:
    parsed = doc(f"{title}\n\n{BODY}", anime="Show")
    assert parsed.episode == 1
    assert parsed.kind.value == "first-impressions"
    season = doc(f"Show Season 2 First Impressions\n\n{BODY}", anime="Show")
    assert season.episode is None  # a season's first impressions name no episode


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Ep. 112 – Show Episode 30 Review: The Cruise Comes Home", 30),  # a podcast's number
        ("#112: Show Episode 30 Review", 30),
        # the anime's episode after the programme's number, written another way
        ("Episode 41 — Show E07: A Quiet Harbour", 7),
        ("Ep. 9 | Show #4 talk", 4),
        ("Episode 5 – Crimson Dawn", 5),  # no marker after it: the first is the episode
        ("Show, week 4: the spell for a field of flowers", 4),  # a weekly column
        ("Show Week 4 Review", 4),  # a weekly column's kind word after its number
        ("Show Week 4 Recap", 4),
        ("Show – Week 11 Thoughts", 11),
    ],
)
def test_a_programs_own_number_and_weekly_columns(title: str, episode: int) -> None:
    assert episode_in(title) == episode


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        # a plural possessive before the ordinal
        ("The Apothecary Diaries' fifteenth episode is a small, clever mystery.", 15),
        # the noun left out after "its", other episodes named first
        (
            "After a loud first episode and a quieter second, Show finally shows its hand in "
            "its third, and the hand is better than I expected.",
            3,
        ),
    ],
)
def test_plural_possessive_and_elided_ordinals_in_the_opening(opening: str, episode: int) -> None:
    parsed = doc(f"{opening}\n\n{BODY}", anime="Show")
    assert parsed.episode == episode


@pytest.mark.parametrize(
    "said",
    [
        "I finished all thirteen episodes and wish the story had been worth it.",
        "Having watched all 12 episodes, I can say the ending is rushed.",
        "13 of 13 episodes seen.",
        # a review database's progress line above a user's review
        "Preliminary review? No. 12/12 episodes seen",
        "Done with it at last, 24 / 24 eps watched, and I have thoughts.",
        # a tracker's status line copied with the review, the verb first
        "Posted March 3 · watched 12/12 episodes · Completed",
        # an info block's label under the byline, the count without the word "episodes"
        "Studio: Somewhere\nWatched: all 12, dubbed, in two weekends",
        "Format: TV, 24 min\nSeen: all twelve (Crunchyroll)",
        "Now that I've finished the series, the ending makes more sense.",
        "Now that all 13 episodes have aired, I want to push back on the consensus.",
        "Now that the season has wrapped, the ending makes more sense.",
        # a subtitle under the headline
        "A look back at the studio's big winter show, now that all twelve episodes are out",
    ],
)
def test_an_opening_that_says_the_whole_run_was_watched_names_no_episode(said: str) -> None:
    # a database user review with no "season review" in its title: "the finale" and "the
    # premiere" it then speaks of are parts of the run, not the document's episode
    text = (
        f"A Pretty Engine With Nowhere to Drive\n\n{said}\n\n"
        "The premiere is strong, and the finale has to explain the setting in monologues."
    )
    parsed = doc(text, anime="Show")
    assert parsed.episode is None
    assert parsed.kind.value == "season-review"


@pytest.mark.parametrize(
    "aside",
    [
        "Mara's arc, which was the sharpest thing in the premiere, is settled far too soon.",
        "The twins, who were the heart of the finale, get only a minute in the last scene.",
    ],
)
def test_a_premiere_looked_back_on_in_a_past_relative_clause_is_not_the_episode(aside: str) -> None:
    # a user review of the whole show that never says so: it names the premiere (or the
    # finale) only as a part of the run, from later on
    text = (
        "Show review by some_user\n\nI wanted a heist show and for half its length I got one."
        f"\n\nThe cast is lovely. {aside} The music never lets up."
    )
    parsed = doc(text, anime="Show")
    assert parsed.episode is None
    assert parsed.kind.value == "season-review"


@pytest.mark.parametrize(
    "point",
    [
        "By the time the finale arrives, the heist has become a courtroom drama.",
        "By the time we finally reach the finale, nobody remembers the vault.",
        "The score is lovely, but by the time the premiere's promise is paid off it is too late.",
    ],
)
def test_a_finale_the_run_reaches_by_the_time_is_not_the_episode(point: str) -> None:
    # a critic's review of the whole show, its headline the show's name and a tagline: the
    # run told as it goes ("by the time the finale arrives"), the finale one point of it
    text = (
        "Show review – a glossy heist that loses its nerve\n\n"
        "The premise is strong and the cast is lovely. What follows is less sure of itself: "
        f"whole episodes pass in briefings. {point}\n\n{BODY}"
    )
    parsed = doc(text, catalogs=[_short_catalog()])
    assert parsed.episode is None
    assert parsed.kind.value == "season-review"
    # the finale said of the one reviewed still is
    said = text.replace(point, "This finale ties every thread together.")
    assert doc(said, catalogs=[_short_catalog()]).episode == 13


def test_a_premiere_named_in_the_present_is_still_the_episode() -> None:
    text = (
        "Show review by some_user\n\nI wanted a heist show and this is one.\n\n"
        "Mara's arc, which is the sharpest thing in the premiere, starts with a bang."
    )
    assert doc(text, anime="Show").episode == 1


@pytest.mark.parametrize(
    "said",
    [
        "I wanted a heist show and got a courtroom drama instead. Whole series review, mild "
        "spoilers.",
        "This is a spoiler-light look at the entire season, arcs and themes only.",
        "Final thoughts on Show: a heist that turned into a courtroom drama.",
        "The complete series of Show is a heist that turned into a courtroom drama.",
        "This entry is about the whole 24-episode run, not any one week of it.",
    ],
)
def test_an_opening_that_says_it_reviews_the_whole_season_names_no_episode(said: str) -> None:
    # a headline without "review" (a user review under the site's tab title, an essay's
    # headline): the opening says what the document is; the premiere and the finale it
    # then speaks of are parts of the run
    text = (
        f"The Vault Was Never the Point\n\n{said}\n\n"
        "Mara's arc in the premiere is the high point, and the finale rushes the trial."
    )
    parsed = doc(text, anime="Show")
    assert parsed.episode is None
    assert parsed.kind.value == "season-review"


@pytest.mark.parametrize(
    "said",
    [
        "My full season review comes at the end; for now, just this week.",
        "I'll save my thoughts on the whole season for later.",
        "My final thoughts on Show will come after the last episode.",
    ],
)
def test_a_season_review_still_to_come_leaves_the_episode_to_the_opening(said: str) -> None:
    text = (
        f"The Vault Was Never the Point\n\n{said}\n\n"
        "This week's episode 5 is the trial, and it is tense."
    )
    parsed = doc(text, anime="Show")
    assert parsed.episode == 5
    assert parsed.kind.value == "episode-review"


def test_watching_the_show_weekly_is_not_the_whole_run() -> None:
    text = (
        "Show Review: Answers at Last\n\nI have watched the show every week since it started.\n\n"
        "The seventh episode of the series belongs to the sidekick."
    )
    assert doc(text).episode == 7


@pytest.mark.parametrize("label", ["Watched: all 3 so far", "Seen: all three episodes aired"])
def test_an_info_blocks_label_for_the_episodes_out_yet_is_not_the_whole_run(label: str) -> None:
    text = (
        f"Show: Notes So Far\n\nStudio: Somewhere\n{label}\n\n"
        "The third episode of the series belongs to the sidekick."
    )
    assert doc(text, anime="Show").episode == 3


def test_an_episode_that_aired_is_not_the_whole_run() -> None:
    text = (
        "Show Review: Answers at Last\n\n"
        "All the talk since episode 6 aired was about the twist.\n\n"
        "The seventh episode of the series belongs to the sidekick."
    )
    assert doc(text).episode == 7


@pytest.mark.parametrize(
    ("restated", "episode"),
    [
        ("Show Season 3, Episode 2 (Episode 27 overall)", 27),
        ("Show S03E02, overall episode 27", 27),
        ("Show Season 3 Episode 2 / Episode 27", 27),  # the README's rule, restated
        ("Show Season 3, Episode 2 (#27 overall)", 27),
        # a site's subhead labelling it among the episode's details
        ("Season 3 · Episode 2 · Series episode 27 · Aired May 4", 27),
        ("Season: 3 | Episode: 2 | Absolute episode: 27", 27),
    ],
)
def test_a_number_counted_through_the_seasons_in_the_opening_wins(
    restated: str, episode: int
) -> None:
    text = f"Show Season 3, Episode 2 Review: The Long Night\n\n{restated}\n\n{BODY}"
    assert doc(text).episode == episode


@pytest.mark.parametrize(
    "restated",
    [
        "It's back. For people who count like me: this is episode 27 overall.",
        "Unlike the others, that's episode 27 overall, by my count.",
    ],
)
def test_a_number_through_the_seasons_said_of_this_one_wins_after_words_comparing(
    restated: str,
) -> None:
    # "like me", "unlike": words that would say the number is another episode's, but "this
    # is" right before it says it of this one
    text = f"Show Season 3, Episode 2 Review: The Long Night\n\n{restated}\n\n{BODY}"
    assert doc(text).episode == 27


def test_a_number_through_the_seasons_after_a_reference_word_stays_another_episodes() -> None:
    restated = "A calmer week than episode 26 overall, which had the flood."
    text = f"Show Season 3, Episode 2 Review: The Long Night\n\n{restated}\n\n{BODY}"
    assert doc(text).episode == 2


@pytest.mark.parametrize(
    "restated",
    [
        "Season 3, Episode 2 (episodio 27 en total, the earlier seasons had 25 together).",
        "Season 3, Episode 2 — episódio 27 no total, if my count is right.",
        "Season 3, Episode 2 (27 au total), and the pace is good.",
    ],
)
def test_a_number_through_the_seasons_said_in_the_writers_own_language_wins(
    restated: str,
) -> None:
    # an English review by a non-native fan, who says the count through the seasons in their
    # own language ("en total", "no total", "au total")
    text = f"Show Season 3, Episode 2 Review: The Long Night\n\n{restated}\n\n{BODY}"
    assert doc(text).episode == 27


@pytest.mark.parametrize(
    "restated",
    [
        "Show 3기 2화 this week, which is 27화 overall by my count.",
        "Season 3 is at 2話 now (27話 overall), and the pace is good.",
    ],
)
def test_a_number_through_the_seasons_with_the_writers_own_counter_wins(restated: str) -> None:
    # a fan writing in English puts their language's episode counter on the number ("27화",
    # "27話") and says in English that it counts through the seasons
    text = f"Show Season 3, Episode 2 Review: The Long Night\n\n{restated}\n\n{BODY}"
    assert doc(text).episode == 27


@pytest.mark.parametrize(
    "card",
    [
        "- Series\n- Show\n- Series episode\n- #27 (the first seasons had 25)\n- Runtime\n- 23m",
        "* Airing\n* Season 3, Ep 2\n* Overall episode\n* 27",
    ],
)
def test_a_definition_lists_label_and_number_through_the_seasons_as_two_items_win(
    card: str,
) -> None:
    # an episode card's <dl> extracted as a list: the label one item, its number the next
    text = f"Show Season 3, Episode 2 Review: The Long Night\n\n{card}\n\n{BODY}"
    assert doc(text).episode == 27


@pytest.mark.parametrize(
    "note",
    [
        "Counting Show straight through (10 + 11), it's episode 23, the end of the run.",
        "Counted across both seasons, this is episode 23.",
        "Counting from the very start, this is episode 23.",
        "Counting from the very first episode back in spring 2020, this is episode 23.",
        "Counted from episode one, this is episode 23 of the saga.",
    ],
)
def test_a_counting_clause_before_the_number_through_the_seasons_wins(note: str) -> None:
    # the clause saying the count runs through the seasons comes first, then the number
    text = f"Show Season 2, Episode 2 Review: The Long Night\n\nA note: {note}\n\n{BODY}"
    assert doc(text).episode == 23


@pytest.mark.parametrize(
    ("note", "episode"),
    [
        # the sentence restates the title's number as the arc's own
        (
            "Counting from the start of the show this is episode 23; the arc restarts its "
            "numbering at 1, so the app lists it as Episode 4.",
            23,
        ),
        # no restatement: the title's unmarked number stands
        ("Counting from the start of the show this is episode 23.", 4),
    ],
)
def test_a_counting_clause_restating_an_unmarked_titles_number_wins(
    note: str, episode: int
) -> None:
    # "<Show> – <Arc>, Episode 4": no season marker in the title; the opening's second season
    # counts the show through, and says the title's number restarts with the arc
    text = (
        "Show – The Tower Trial Arc, Episode 4 Review\n\n"
        f"The second season of Show finally clicks. {note}\n\n{BODY}"
    )
    assert doc(text).episode == episode


def test_a_counting_clause_with_no_number_through_the_seasons_leaves_the_title() -> None:
    text = (
        "Show Season 2, Episode 2 Review: The Long Night\n\n"
        "Counting the days until the finale. This is episode 23 of my diary.\n\n"
        f"{BODY}"
    )
    assert doc(text).episode == 2


@pytest.mark.parametrize(
    "title",
    ["Show S3: Four Episodes In, and Still Sharp", "Show Season 3 — four episodes in: a check-in"],
)
def test_a_later_seasons_title_counting_its_episodes_yields_to_the_number_overall(
    title: str,
) -> None:
    # the title names a later season and how far into it the writer is, in words; the opening
    # gives the number through the seasons, which wins
    text = (
        f"{title}\n\nWe're a third of the way into the third season: episodes 1 to 4, which "
        f"is episode 28 overall by my streaming app's count.\n\n{BODY}"
    )
    assert doc(text).episode == 28


@pytest.mark.parametrize(
    ("heading", "episode"),
    [
        # the heading counts how far into a later season the writer is: within that season,
        # so the opening's number through the seasons wins
        ("Show Season 3: four episodes in", 28),
        ("Four episodes in, the third season of Show still holds up", 28),
        # how far, with no season named beside it: the count of episodes watched stands
        ("Show: four episodes in", 4),
    ],
)
def test_a_reach_into_a_later_season_under_a_letters_masthead_yields_to_the_number_overall(
    heading: str, episode: int
) -> None:
    # a letter's masthead was taken for the title; its section's heading says how far it has
    # watched, and the paragraph under it gives the number counted from the show's start
    text = (
        "THE WEEKLY WATCH — Issue #12\n\nHello again,\n\n"
        f"## {heading}\n\nA promised check-in, then (that's episode 28 if you count from the "
        f"very start of the show, as my tracker does).\n\n{BODY}"
    )
    assert doc(text, anime="Show").episode == episode


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        # a later season's first half, its range restated as counted through the seasons:
        # that range's last
        ("Show S2 check-in – episodes 1-10 (14-23 overall)", 23),
        ("Show: the first half of season two, eps 1 to 6 [20 to 25 in total]", 25),
        # a bracket not as wide as the range: not the same episodes, the range's last stands
        ("Show S2 check-in – episodes 1-10 (4-23 overall)", 10),
        # no range restated: the range's last
        ("Show S2 check-in – episodes 1-10 (season 2)", 10),
    ],
)
def test_a_titles_range_restated_beside_it_as_wide_through_the_seasons_gives_that_ranges_last(
    title: str, episode: int
) -> None:
    assert episode_in(title) == episode


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        # a season's pair, restated as wide through the seasons: that range's last
        ("[Review] Show Season 2 Episodes 16–17 (40–41 overall) — a long night", 41),
        ("Show S2 Eps 4 & 5 [28-29 in total]", 29),
        ("Show Season 2, Episodes 4-5 (28-29 if you count season one)", 29),
        # not as wide, or not later: not the same pair, the season's last stands
        ("Show Season 2 Episodes 4 & 5 (28-30 overall)", 5),
        ("Show Season 2 Episodes 4 & 5 (3-4 overall)", 5),
    ],
)
def test_a_season_markers_range_restated_through_the_seasons_gives_that_ranges_last(
    title: str, episode: int
) -> None:
    assert episode_in(title) == episode


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        # the reach restated as a range, and again as counted through the seasons: its last
        ("I'm five episodes into the new season (episodes 1-5, or 18-22 if you count from the "
         "very start).", 22),
        ("Five episodes into the new season now, i.e. episodes 1 to 5 (18 to 22 overall).", 22),
        # a range counted otherwise, not restating the reach: the title's count within the
        # season stands
        ("I'm five episodes into the new season (episodes 2-4, or 19-21 if you count from the "
         "very start).", 5),
    ],
)  # fmt: skip
def test_a_later_seasons_reach_restated_as_a_range_through_the_seasons_gives_its_last(
    opening: str, episode: int
) -> None:
    text = f"Show Season 2 — five episodes in, how is it holding up?\n\n{opening}\n\n{BODY}"
    assert doc(text).episode == episode


def test_an_ordinal_through_the_seasons_restating_the_openings_number_wins() -> None:
    # a headline naming no episode; the opening numbers it within its season (no season
    # marker: a sequel's numeral after the name) and restates it as an ordinal counted
    # through the seasons in the same sentence
    text = (
        "Show, One Last Time: Why I Cried Again\n\n"
        "It all ends here, with the second season and the story as a whole: episode 11 of "
        "Show II, which makes it the 24th episode if you count both seasons (13 + 11).\n\n"
        f"{BODY}"
    )
    assert doc(text, anime="Show").episode == 24


def test_a_season_marker_with_a_dot_counts_within_its_season() -> None:
    # an episode database's "S3.E2", then the number through the seasons in the opening
    text = f"Show S3.E2 Review: The Long Night\n\nEpisode 27 overall.\n\n{BODY}"
    assert doc(text).episode == 27


@pytest.mark.parametrize(
    ("keys", "opening", "episode"),
    [
        # a static site's season and episode within it; the opening counts through the seasons
        ("season: 3\nepisode: 2", "Counting straight through all three seasons, this is "
         "**episode 27**.", 27),
        ("season: 3\nepisode: 2", "Episode 27 overall, and the pace is good.", 27),
        # nothing counted through, another episode's number, or a season that is no number:
        # the front matter's episode stands
        ("season: 3\nepisode: 2", "The pace is good this week.", 2),
        ("season: 3\nepisode: 2", "Last week's episode (episode 26 overall) was slow.", 2),
        ('season: "Fall 2023"\nepisode: 2', "Episode 27 overall, and the pace is good.", 2),
    ],
)  # fmt: skip
def test_the_openings_number_through_the_seasons_wins_over_the_front_matters_season(
    keys: str, opening: str, episode: int
) -> None:
    text = f"---\nanime: Show\ntitle: Show: The Long Night\n{keys}\n---\n\n{opening}\n\n{BODY}"
    assert doc(text).episode == episode


@pytest.mark.parametrize(
    "title",
    [
        "Show S3E2 (#27 overall) Review",
        "Show Season 3, Episode 2 (27 overall): The Long Night",
        "Show S3 Ep 2 [27th overall] Review",
    ],
)
def test_a_number_said_overall_beside_the_titles_season_marker_wins(title: str) -> None:
    assert doc(f"{title}\n\n{BODY}").episode == 27


@pytest.mark.parametrize(
    "title",
    [
        "show IV ep 2 (27 overall!!) my thoughts",
        "Show Season 3, Episode 2 (27th overall?!) Review",
        "Show S3E2 (27 overall!) — what a week",
        "Show Episode 2 review (27 overall!!)",
    ],
)
def test_a_number_said_overall_with_a_fans_marks_before_its_bracket_closes_wins(
    title: str,
) -> None:
    # a fan's "!!" or "?!" after "overall" still closes the same bracket
    assert episode_in(title) == 27
    assert doc(f"{title}\n\n{BODY}").episode == 27


@pytest.mark.parametrize(
    "title",
    [
        # a later season named by its subtitle, with no season's marker
        "Show: The Second Voyage – Episode 2 (#27)",
        "Show Episode 2 [27th overall] Review",
        "[Spoilers] Show III – Episode 2 (season finale, ep 27 overall) – my long review",
        "Show Episode 2 (overall episode 27): The Long Night",
        # the post's kind word between the number and its bracket
        "Show Harbor Arc ep 2 review (ep 27 overall), spoilers",
        "Show Episode 2 Thoughts (#27)",
        # an arc counting its episodes afresh, the bracket restating it as a plain later one
        "Show Harbor Arc Episode 2 Review (Episode 27)",
        "Show: Harbor Arc ep 2 (Ep. 27)",
        # a later number alone in brackets right after the episode's
        "Show VS. Rivals Episode 2 (27) review, plus quick hits",
    ],
)
def test_a_number_through_the_seasons_in_a_bracket_after_a_plain_episode_wins(
    title: str,
) -> None:
    assert episode_in(title) == 27
    assert doc(f"{title}\n\n{BODY}").episode == 27


@pytest.mark.parametrize(
    "title",
    [
        "Show Episode 2 (#1)",  # no later number
        "Show Episode 2 (issue #27)",  # the bracket numbers something else
        "Show Episode 2 (spoilers, 27 minutes long)",  # not said to count overall
        "Show Episode 2 Review (Top 27 overall)",  # not right after the episode
        "Show Episode 2 Review (Episode 1)",  # an earlier episode, not the same counted on
        "Show Episode 2 Review (Episode 3 preview)",  # not a plain episode alone
        "Show Episode 2 (2024)",  # a year, not an episode
        "Show Episode 2 Review (27)",  # not right after the episode's number
    ],
)
def test_a_bracket_after_a_plain_episode_that_counts_no_later_episode_is_not_taken(
    title: str,
) -> None:
    assert episode_in(title) == 2


@pytest.mark.parametrize(
    "title",
    ["Show S3E2 (2 overall) Review", "Show S3E2 Review (Top 27 overall)"],
)
def test_a_number_said_overall_that_is_no_later_or_not_beside_is_not_taken(title: str) -> None:
    assert doc(f"{title}\n\n{BODY}").episode == 2


@pytest.mark.parametrize(
    "opening",
    [
        "This is the 27th episode of the series, and it shows.",
        "By now this is the 27th episode of the show.",
        "This is episode 27 if you count season one, and it shows.",
        "It is episode 27, counting the first two seasons, and it shows.",
        "Episode: 2 of 12, and number 27 if you count all three seasons.",
        "The second of this season, or episode 27 if you're counting from the start.",
        "Week two here (episode 27, if we are counting every season) keeps it up.",
    ],
)
def test_the_opening_counting_through_the_series_or_with_earlier_seasons_wins(
    opening: str,
) -> None:
    text = f"Show S3E2 Review: The Long Night\n\n{opening}\n\n{BODY}"
    assert doc(text).episode == 27


@pytest.mark.parametrize(
    "opening",
    [
        "Both aired the same night. By the show's running count these are episodes 27 and 28.",
        "Reviewing the pair together (episodes 27-28 overall), as they aired as one.",
        "The double bill, or episodes 27 & 28 if you count both earlier seasons, is quiet.",
    ],
)
def test_a_titles_range_restated_as_counted_through_the_seasons_gives_its_last(
    opening: str,
) -> None:
    # a later season's double episode reviewed together: the title's range within the season,
    # the opening's as wide through the seasons, whose last wins
    text = f"Show Season 3 – Episodes 3 & 4 Review: The Mill\n\n{opening}\n\n{BODY}"
    assert doc(text).episode == 28
    # a range of another width, one said of another week's, or one not said to count through
    # the seasons, is not the title's
    for other in (
        "By the show's running count these are episodes 26 to 28.",
        "Next week: episodes 5 and 6, counting the days already.",
        "I rewatched episodes 27 and 28 of another show.",
    ):
        assert doc(f"Show Season 3 – Episodes 3 & 4 Review\n\n{other}\n\n{BODY}").episode == 4


@pytest.mark.parametrize(
    "title",
    [
        "Show III Episode 2 Review: The Long Night",
        "Show IV - Ep 2: The Long Night",
        "Show VII, episode 2 review",
    ],
)
def test_a_sequels_roman_numeral_marks_the_titles_episode_as_its_seasons(title: str) -> None:
    # a later season named by its numeral, as Japanese titles name sequels: the title counts
    # within that season, and the opening's number through the seasons wins
    text = f"{title}\n\nThis is episode 27 overall, and it shows.\n\n{BODY}"
    assert doc(text).episode == 27
    # ...with no number through the seasons said, the title's stands
    assert doc(f"{title}\n\n{BODY}").episode == 2
    # a numeral in lower case, or "X" (a name's own: "Word X Word"), marks no season
    for plain in ("Show iii Episode 2 Review", "Show X Episode 2 Review"):
        assert doc(f"{plain}\n\nThis is episode 27 overall.\n\n{BODY}").episode == 2


@pytest.mark.parametrize(
    "title",
    [
        "Show IV – Episode 41 (Season 4, Episode 3) – notes from the couch",
        "Show IV Ep 41 [S4E3] thoughts",
    ],
)
def test_a_sequels_numeral_glossed_within_its_season_counts_through_the_seasons(
    title: str,
) -> None:
    # the numeral's episode glossed in brackets with a lower number within its season: the
    # numeral's counts through the seasons, as "Episode 19 (Season 2, Episode 7)" does
    assert doc(f"{title}\n\n{BODY}").episode == 41
    # ...a gloss giving the same number adds nothing: that number stands
    assert doc(f"Show IV – Episode 3 (Season 4, Episode 3)\n\n{BODY}").episode == 3


@pytest.mark.parametrize(
    "opening",
    [
        "Last week's episode (episode 26 overall) ended on the burned field.",
        "The previous one, episode 26 overall, ended on the burned field.",
        "Elsewhere this week, Other Show reached its 26th episode overall.",
        "Other Show hit episode 26 overall this week, which is a long run.",
    ],
)
def test_a_number_through_the_seasons_of_another_episode_or_show_is_not_taken(
    opening: str,
) -> None:
    catalogs = [Catalog(title="Show", slug="show"), Catalog(title="Other Show", slug="other")]
    text = f"Show S3E2 Review: The Long Night\n\n{opening}\n\n{BODY}"
    assert doc(text, catalogs=catalogs).episode == 2


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        ("Show season 3 episode 2 (episode 27) is a quiet one at the lighthouse.", 27),
        ("Show S3E2 / Episode 27 is a quiet one at the lighthouse.", 27),
        ("Show S3E2 (#27 overall) is a quiet one at the lighthouse.", 27),
        ("Show S3E2 (episode 27 overall) is a quiet one at the lighthouse.", 27),
        ("Show S3E2, the 27th episode overall, is a quiet one at the lighthouse.", 27),
        ("Show episode 27 / S3E2 is a quiet one at the lighthouse.", 27),
        ("Show ep. 27 (S3E2) is a quiet one at the lighthouse.", 27),
        ("Show S3.E2 is a quiet one at the lighthouse.", 2),
        # the in-season number alone, or another episode's number beside it
        ("Show season 3 episode 2 is quieter than last week's episode 26 overall.", 2),
    ],
)
def test_with_no_title_the_first_sentences_number_through_the_seasons_wins(
    opening: str, episode: int
) -> None:
    catalogs = [Catalog(title="Show", slug="show")]
    assert doc(f"{opening}\n\n{BODY}", catalogs=catalogs).episode == episode


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        # a show that numbers its episodes in a word of its own, in the title, and the lead
        # glossing it within its season: the label's number counts through the seasons
        ("Show OPERATION:27 thoughts", 27),
        ("Show Lesson #27 review", 27),
        # a subtitle's count, a score, a stretch of the show, or a lower number: no such label
        ("Show: 27 things I loved", 4),
        ("Show thoughts, score:9", 4),
        ("Show Part:3 thoughts", 4),
        ("Show OPERATION:3 thoughts", 4),
        ("The Show Letter — Issue #27", 4),
    ],
)
def test_a_titles_own_label_glossed_within_its_season_in_the_lead_counts_through_them(
    title: str, episode: int
) -> None:
    catalogs = [Catalog(title="Show", slug="show")]
    lead = "(s2 ep 4 for people who count per season. the show numbers them its own way)"
    assert doc(f"{title}\n\n{lead}\n\n{BODY}", catalogs=catalogs).episode == episode


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Show 2nd Season – 05 Review", 5),
        ("Show Second Season - 05 [Review]", 5),
        ("Show Season 2 – 05: The Long Night", 5),
        ("Show 2nd Season – 05 (17) Review", 17),
        ("Show 2nd Season – 05 (Episode 17)", 17),
    ],
)
def test_a_later_seasons_number_after_a_dash_counts_within_it(title: str, episode: int) -> None:
    assert episode_in(title) == episode


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        # a blog numbering its posts on a later season with a "#": within the season, unless
        # a bracket after it counts through the seasons
        ("Show 2nd Season #4 (16) — The Long Night", 16),
        ("Show Season 2 #4 (16)", 16),
        ("Show 2nd Season #4 Review", 4),
        ("Show 2nd Season #4 — The Long Night", 4),
    ],
)
def test_a_later_seasons_hash_number_counts_within_it_and_its_bracket_through_them(
    title: str, episode: int
) -> None:
    assert episode_in(title) == episode


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Show — first impressions (after 4 eps)", 4),
        ("Show: my thoughts on the first two eps", 2),
    ],
)
def test_how_far_first_impressions_went_in_short_eps(title: str, episode: int) -> None:
    # notes and headlines write "eps" for "episodes": up to the last of them, as the long form
    assert episode_in(title) == episode


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        # a show that numbers its episodes in a word of its own ("MISSION:30", "Lesson #30"),
        # the season's own number glossing it in brackets: the number through the seasons
        ("SHOW — OPERATION:27 (S2 ep 4) — quick review", 27),
        ("Show Lesson #41 [S3E2] thoughts", 41),
        ("Show, Night: 15 (Season 2 Episode 3)", 15),
        # a name's own number, or one of something else, is no such label
        ("Mob Psycho 100 (S3 ep 5) review", 5),
        ("Show Chapter: 45 (S2E5) thoughts", 5),
        ("Show Vol:2 (S2 ep 5)", 5),
    ],
)
def test_a_shows_own_label_glossed_by_its_season_counts_through_them(
    title: str, episode: int
) -> None:
    assert episode_in(title) == episode


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        # the other way round: the season's marker first, the show's own label in a bracket
        # after it, alone or said to be the same episode
        ("Show Season 3, Episode 2 (Operation 41) review", 41),
        ("Show S3E2 [Lesson #41] thoughts", 41),
        ("Show S3E2 (aka Night 41), a quiet one", 41),
        ("Show S3E2 (that's Night 41 by the studio's count) review", 41),
        # a stretch of the show, a source's chapter, an earlier number or a remark: no gloss
        ("Show S3E2 (Part 2) review", 2),
        ("Show S3E2 (Chapter 41) review", 2),
        ("Show S3E5 (Operation 2) review", 5),
        ("Show S3E2 (Operation 41 was better) review", 2),
    ],
)
def test_a_shows_own_label_in_a_bracket_after_its_season_counts_through_them(
    title: str, episode: int
) -> None:
    assert episode_in(title) == episode


def test_an_openings_gloss_of_the_titles_season_marker_gives_the_number_through_them() -> None:
    # the title counts within the season; the opening restates it and glosses it with the
    # show's own numbering, which keeps counting from the first season
    text = (
        "Show S3E02 Recap: The Lantern Test\n\n"
        "Show Season 3, Episode 2 (that's Operation 41 if you follow the studio's count) "
        "spends its whole running time on one long exam.\n\n"
        f"{BODY}"
    )
    assert doc(text, catalogs=[Catalog(title="Show", slug="show")]).episode == 41


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        # a blog's or a forum thread's number through the seasons in brackets right after
        # the season's own marker wins
        ("Show Season 4 – Episode 6 (46): Lanterns on the Pier", 46),
        ("Show S4 - Episode 6 [46] - discussion", 46),
        ("Show S04E06 (46) Review", 46),
        ("Show Season 4, Ep. 6 [46]", 46),
        # not a later number, a year, a resolution or a word: the season's own stays
        ("Show S4E6 (4) Review", 6),
        ("Show S4E6 (2023) Review", 6),
        ("Show S4E6 [720p] Review", 6),
        ("Show Season 4 – Episode 6 (Review)", 6),
    ],
)
def test_a_bare_number_in_brackets_after_a_season_marker_counts_through_the_seasons(
    title: str, episode: int
) -> None:
    assert episode_in(title) == episode
    assert doc(f"{title}\n\n{BODY}", anime="Show").episode == episode


@pytest.mark.parametrize(
    "title",
    ["Show Season 2 – 12 Things I Loved", "Show Season 2 - 24 episodes of farming"],
)
def test_a_number_after_a_seasons_dash_that_goes_on_is_not_an_episode(title: str) -> None:
    assert episode_in(title) is None


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        ("The Show season 2 premiere is a quiet return to the lighthouse.", 1),
        ("The Show S2 premiere is a quiet return to the lighthouse.", 1),
        ("The Show second season premiere is a quiet return to the lighthouse.", 1),
        ("Since the Show season 2 premiere, the lighthouse has been quiet.", None),
        ("The Show season 2 premiere (episode 13) is a quiet return to the lighthouse.", 13),
    ],
)
def test_with_no_title_a_later_seasons_premiere_named_in_the_opening_is_its_episode_1(
    opening: str, episode: int | None
) -> None:
    catalogs = [Catalog(title="Show", slug="show")]
    assert doc(f"{opening}\n\n{BODY}", catalogs=catalogs).episode == episode


def test_a_number_through_the_seasons_opening_an_italic_line_wins() -> None:
    # a blog exported to Markdown: the aside in italics, underscores round it
    text = (
        "Show Season 3, Episode 2 Review: The Long Night\n\n"
        "_Episode 27 overall, if you count from the very start._\n\n"
        f"{BODY}"
    )
    assert doc(text).episode == 27


def test_a_programmes_number_restated_as_the_seasons_beside_the_one_through_them() -> None:
    # a rewatch newsletter numbers its weeks like the season's episodes; the line under its
    # subject gives both the season's number and the one through the seasons
    text = (
        "Rewatch week 5: the long night at the lighthouse\n\n"
        "Show, Episode 29 (Season 3, Episode 5)\n\n"
        f"{BODY}"
    )
    assert doc(text, catalogs=[Catalog(title="Show", slug="show")]).episode == 29


@pytest.mark.parametrize(
    "line",
    [
        "Show, Episode 29 (Season 3, Episode 6)",  # another number within the season
        "Show, Season 3, Episode 5",  # the season's number alone
        "Show, Episode 3 (Season 2, Episode 5)",  # not a later number
    ],
)
def test_a_programmes_number_stays_without_a_restated_season_number(line: str) -> None:
    text = f"Rewatch week 5: the long night at the lighthouse\n\n{line}\n\n{BODY}"
    assert doc(text, catalogs=[Catalog(title="Show", slug="show")]).episode == 5


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        # a premiere of three episodes in the column's first week
        ("The show opened with three episodes at once, so Week 3 here is episode 5.", 5),
        ("A note on numbering: our week 3 covers episodes 5 and 6, aired back to back.", 6),
        # the sentence names another week, or two episodes apart
        ("The show opened with three episodes at once. Week 4 will be episode 6.", 3),
        ("Week 3 sits between episode 5 and episode 7, a breather.", 3),
    ],
)
def test_a_weekly_columns_week_said_to_cover_a_later_episode(opening: str, episode: int) -> None:
    # the column counts its weeks, the show premiered with several episodes: the opening's
    # sentence naming the title's week gives the one episode it covers
    text = f"Lantern Road Week 3: the bridge at night\n\n{opening}\n\n{BODY}"
    assert doc(text, anime="Lantern Road").episode == episode


def test_a_short_season_marker_in_the_title_yields_to_the_number_through_the_seasons() -> None:
    # a newsletter's subject says "S3 Ep 2"; its headline in the body counts on
    text = f"Show S3 Ep 2 — a quiet one\n\nShow Season 3, Episode 2 (Episode 27) Review\n\n{BODY}"
    assert doc(text).episode == 27


@pytest.mark.parametrize(
    "opening",
    [
        "Show Season 3, Episode 2 is a quiet one.",  # only the season's number again
        "The 2 overall stars of the week are the leads.",  # no episode counted overall
        "Season 1 had 24 episodes; this one has 12.",
        "Show Season 3, Episode 2 (Episode 1 overall)",  # not a later number: a misprint
    ],
)
def test_the_titles_number_within_its_season_stays_without_one_through_the_seasons(
    opening: str,
) -> None:
    text = f"Show Season 3, Episode 2 Review: The Long Night\n\n{opening}\n\n{BODY}"
    assert doc(text).episode == 2


@pytest.mark.parametrize(
    ("title", "opening", "episode"),
    [
        (
            "Show Season 2 Premiere: First Impressions",
            "Episode 13, the first of the second season, picks up a week later.",
            13,
        ),
        (
            "Show S2 Premiere Review",
            "Episode 13 kicks off season two with a wedding that goes wrong.",
            13,
        ),
        (
            "Show: Second Season Premiere Thoughts",
            "The second season's premiere, episode 13, has the crew back on the ship.",
            13,
        ),
        (
            "Show Season Two Premiere Review",
            "Episode 13, the season two premiere, is patient to a fault.",
            13,
        ),
        ("Show Season 3 Premiere Review", "This is episode 27 overall, and it shows.", 27),
        # the season's first episode restated beside the number through the seasons
        ("Show Season 2 Premiere Review", "Show Episode 13 (Season 2, Episode 1)", 13),
        ("Show Season 2 Premiere Review", "Show Episode 13 (S2E1) is a quiet return.", 13),
        ("Show Season 2 Premiere Review", "Episode 13 marks the start of season two.", 13),
        ("Show Season 2 Premiere Review", "Episode 13 (Season 2 Premiere) wastes no time.", 13),
        ("Show Cour 2 Premiere Review", "Episode 13 kicks off the second cour.", 13),
        ("Show Season 2, Episode 1 Review", "Episode 13, the first of the second season.", 13),
        # an infobox copied with the text, its label and its number apart
        ("Show Season 2 Premiere Review", "Episode: 13 (Season 2, Episode 1)\nStudio: Tide", 13),
        ("Show Season 2, Episode 4 Review", "Episode: 16 (Season 2, Episode 4)\nStudio: Tide", 16),
        ("Show Season 2 Premiere Review", "Show Episode 13 (S2E2) is next week.", 1),
    ],
)
def test_a_later_seasons_premiere_takes_the_number_through_the_seasons(
    title: str, opening: str, episode: int
) -> None:
    assert doc(f"{title}\n\n{opening}\n\n{BODY}").episode == episode


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        # another episode named beside the first season
        ("Show Season 2 Premiere Review", "Episode 12, the first season's finale, was a mess."),
        ("Show Season 2 Premiere Review", "Episode 12 opens with a flashback to season one."),
        ("Show Season 2 Premiere Review", "Episode 12 started the season's best running gag."),
        ("Show Season 2 Premiere Review", "Episode 12 starts the part I skipped on rewatch."),
        # the first season's premiere counts from 1 anyway
        ("Show Season 1 Premiere Review", "Episode 13, the first of the second season, waits."),
        # a premiere of the show, not of a later season
        ("Show Premiere Review", "Episode 13, the first of the second season, is far off."),
    ],
)
def test_a_premiere_keeps_its_number_without_a_season_opened_by_another(
    title: str, opening: str
) -> None:
    assert doc(f"{title}\n\n{opening}\n\n{BODY}").episode == 1


def test_a_number_through_the_seasons_above_the_anime_count_is_not_taken() -> None:
    catalog = Catalog(title="Show", slug="show", episode_count=12)
    text = f"Show Season 2, Episode 6 Review\n\nEpisode 18 overall.\n\n{BODY}"
    assert doc(text, catalogs=[catalog]).episode == 6


def test_a_programmes_own_number_above_the_anime_count_gives_way_to_the_text() -> None:
    # a podcast's show notes: its own episode number in the title, the anime's in the text
    catalog = Catalog(title="Show", slug="show", episode_count=12)
    text = (
        "Ep. 87 – Salt and Iron\n\n"
        "This week on the pod we review episode 9 of Show, the one with the lighthouse.\n\n"
        f"{BODY}"
    )
    parsed = doc(text, catalogs=[catalog])
    assert parsed.episode == 9
    assert parsed.kind.value == "episode-review"


@pytest.mark.parametrize(
    ("title", "opening", "episode"),
    [
        # the programme's number after its name, the anime's name and its finale after it
        (
            "Frame Talk #48: Show Finale — Worth It?",
            "This week we sit down with the Show finale (episode 12).",
            12,
        ),
        # the programme's number opening the title, above the anime's count
        (
            "Ep. 48 – Salt and Iron",
            "This week on the pod we review episode 9 of Show.",
            9,
        ),
    ],
)
def test_a_programmes_number_in_the_front_matter_gives_way_to_the_text(
    title: str, opening: str, episode: int
) -> None:
    # a podcast's site writes its own episode as `episode:`, the one its title numbers the
    # programme with; the anime's episode is the one its words name
    catalog = Catalog(title="Show", slug="show", episode_count=12)
    front = f'---\ntitle: "{title}"\nshow: Frame Talk\nepisode: 48\n---\n\n'
    parsed = doc(f"{front}{title}\n\n{opening}\n\n{BODY}", catalogs=[catalog])
    assert parsed.episode == episode


@pytest.mark.parametrize(
    ("keys", "title"),
    [
        # the anime's own name before its number: the anime's episode
        ("episode: 7", "Show #7: The Fight Finally Happens"),
        # another number than the title's programme number: the front matter's stands
        ("episode: 7", "Frame Talk #48: Show Goes Big"),
    ],
)
def test_a_front_matter_episode_stays_unless_the_title_numbers_a_programme_with_it(
    keys: str, title: str
) -> None:
    catalog = Catalog(title="Show", slug="show", episode_count=12)
    text = f"---\n{keys}\n---\n\n{title}\n\nThis week we look at episode 4 of Show.\n\n{BODY}"
    assert doc(text, catalogs=[catalog]).episode == 7


def test_a_title_number_within_the_anime_count_is_still_the_episode() -> None:
    catalog = Catalog(title="Show", slug="show", episode_count=12)
    text = "Ep. 7 – Salt and Iron\n\nWe review episode 9 of Show next week.\n\n" + BODY
    assert doc(text, catalogs=[catalog]).episode == 7


def test_a_number_above_the_count_stays_without_a_programmes_numbering_or_text() -> None:
    # kept, so that the store rejects it with its clear reason, not silently re-filed
    catalog = Catalog(title="Show", slug="show", episode_count=12)
    silent = f"Ep. 87 – Salt and Iron\n\n{BODY}"
    assert doc(silent, catalogs=[catalog]).episode == 87
    typo = "Show Episode 87 Review\n\nThis week we review episode 9 of Show.\n\n" + BODY
    assert doc(typo, catalogs=[catalog]).episode == 87


def test_a_season_review_headline_under_a_page_header_names_no_episode() -> None:
    # a newsletter page: its header was taken for the title; the review's own headline opens
    # the text, which then speaks of one of the episodes
    text = (
        "AUTUMN ROUNDUP  //  issue 12 of the newsletter\n\n"
        "Show Season 2 Review\nby A. Writer\n\n"
        "The second half, from episode 3 on, is where it finds its feet."
    )
    parsed = doc(text, anime="Show")
    assert parsed.episode is None
    assert parsed.kind.value == "season-review"


@pytest.mark.parametrize(
    ("first_line", "then", "episode"),
    [
        ("My season 1 review is still the most read post here.", "Episode 5 is calm.", 5),
        ("Show Episode 4 Review", "It is calm.", 4),  # an episode's headline
        ("Show Season 2, Episode 4 Review", "It is calm.", 4),
    ],
)
def test_an_opening_line_that_is_no_season_headline_leaves_the_episode(
    first_line: str, then: str, episode: int
) -> None:
    text = f"AUTUMN ROUNDUP  //  issue 12\n\n{first_line}\n\n{then}"
    assert doc(text, anime="Show").episode == episode


@pytest.mark.parametrize(
    "entries",
    [
        "Ep 1 .... 6/10\nEp 2 .... 8/10\nEp 3 .... 7/10\nEp 4 .... 9/10",
        "- Episode 1: slow\n- Episode 2: better\n- Episode 3: the big one\n- Episode 4: calm",
    ],
)
def test_an_opening_that_lists_the_episodes_one_per_line_names_none(entries: str) -> None:
    # a season wrap-up whose title says nothing of the season, its episodes listed
    text = f"Spring wrap-up: Show\n\nWeek by week, then a few words.\n\n{entries}\n\n{BODY}"
    parsed = doc(text, anime="Show")
    assert parsed.episode is None
    assert parsed.kind.value == "season-review"


def test_a_short_list_of_other_episodes_leaves_this_weeks() -> None:
    text = (
        "Friday notes: Show\n\nEarlier reviews:\nEpisode 8\nEpisode 9\n\n"
        "This week's episode 10 is the calmest yet.\n\n" + BODY
    )
    assert doc(text, anime="Show").episode == 10


@pytest.mark.parametrize(
    "title", ["The Dispatch #14 — mid-season check-in on Show", "Show: mid-season check-in"]
)
def test_a_list_entry_on_another_shows_episode_names_none(title: str) -> None:
    # a newsletter's check-in naming no episode of its own, then its other news: the episode
    # in an entry led by another show's name is that show's
    text = (
        f"{title}\n\nWe're about halfway through the run, so here's where I'm at.\n\n{BODY}\n\n"
        "== ALSO THIS WEEK ==\n- Other Thing ep 5: 7/10, getting better\n- Mailbag next week"
    )
    parsed = doc(text, anime="Show")
    assert parsed.episode is None
    assert parsed.kind.value == "season-review"


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        ("Three weeks in, I trust it. Episode 3 adds a rival who steals every scene.", 3),
        ("I went in knowing nothing and came out charmed.", 1),
    ],
)
def test_a_letters_numbered_name_closing_the_subject_is_not_the_episode(
    opening: str, episode: int
) -> None:
    # an e-mail's subject closing with the letter's name and its issue, the show named before
    # it: the issue is no episode; the text says which one it is (first impressions naming
    # none: the premiere)
    text = (
        "Show first impressions + what else I'm watching | Two Screens Weekly #58\n\n"
        f"Hi friends,\n\n{opening}\n\n{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.episode == episode
    assert parsed.kind.value == "first-impressions"


@pytest.mark.parametrize(
    "title", ["Show thoughts | Rewatch Week #5", "Show — Show #5", "Weekly Notes | Show #5"]
)
def test_a_closing_number_of_a_name_counting_the_shows_episodes_is_the_episode(
    title: str,
) -> None:
    # the name before the closing "#5" counts the show's own weeks, or is the show's
    text = f"{title}\n\nA calm one this time.\n\n{BODY}"
    assert doc(text, anime="Show").episode == 5


def test_a_list_entry_numbering_another_thing_above_the_count_is_not_the_pages() -> None:
    # first impressions naming no episode, then the letter's other news: the podcast's own
    # episode 58 in a list entry led by its name is no episode of a 13-episode show, nor a
    # mislabel of this page's to be rejected; the premiere is the one reviewed
    catalog = Catalog(title="Show", slug="show", episode_count=13)
    text = (
        "Winter Letter — Show First Impressions\n\nI went in knowing nothing and came out "
        f"charmed.\n\n{BODY}\n\n— Dana\n\nALSO THIS WEEK\n"
        "- Our forum thread passed 300 replies.\n- Podcast ep. 58 is up: we rank the openings."
    )
    parsed = doc(text, catalogs=[catalog])
    assert parsed.episode == 1
    assert parsed.kind.value == "first-impressions"


@pytest.mark.parametrize(
    "entry", ["- Show ep 5: the calmest yet", "- Show Returns ep 5: calm", "- ep 5: calm"]
)
def test_a_list_entry_on_the_shows_own_episode_names_it(entry: str) -> None:
    # the entry's name is the anime's (a word of it is enough), or there is none
    text = f"Show Returns: notes\n\nThis week, briefly.\n\n{entry}\n\n{BODY}"
    assert doc(text, anime="Show Returns").episode == 5


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        ("That makes it the 27th episode if you count both cours of the first season.", 27),
        ("By my count this is the twenty-seventh episode of the show overall.", 27),
        ("It is Show's 27th episode counting the first season, and it feels like it.", 27),
    ],
)
def test_an_ordinal_counted_through_the_seasons_in_the_opening_wins(
    opening: str, episode: int
) -> None:
    text = f"Show S03E02 — The Long Night\n\n{opening}\n\n{BODY}"
    assert doc(text).episode == episode


@pytest.mark.parametrize(
    "opening",
    [
        "This is the fifth episode I have reviewed for the site, and the calmest.",
        "The 27th episode of the franchise aired last year. Overall, this one is calm.",
        "It is the second episode of the season, if you count the special.",  # its own number
    ],
)
def test_an_ordinal_that_counts_nothing_through_the_seasons_leaves_the_title(
    opening: str,
) -> None:
    text = f"Show S03E02 — The Long Night\n\n{opening}\n\n{BODY}"
    assert doc(text).episode == 2


def test_a_programmes_number_after_its_name_gives_way_to_the_text() -> None:
    # a channel's video notes: its series' name and number, then the anime's name; the
    # anime's episode count is unknown, so only the order of the title's words tells
    text = (
        "Frame Talk #77: Show Goes Big\n\n"
        "This week we look at episode 4 of Show, where the fight finally happens.\n\n"
        f"{BODY}"
    )
    assert doc(text, known_anime=["Show"]).episode == 4


@pytest.mark.parametrize(
    ("title", "opening", "episode"),
    [
        (
            "Frame Talk #77: Harbur Lights Goes Big",
            "This week we look at episode 4 of Harbour Lights, where the fight happens.",
            4,
        ),
        # a newsletter's issue on the whole run, the anime's name misspelt after its number
        (
            "Rerun Society #31 — Harbour Lites, the whole thing",
            "This is a full-season review of Harbour Lights, all twelve episodes.",
            None,
        ),
    ],
)
def test_a_programmes_number_before_the_anime_misspelt_gives_way_to_the_text(
    title: str, opening: str, episode: int | None
) -> None:
    # the anime was found from its near spelling after the number; the number is still the
    # programme's, not an episode of the anime's
    parsed = doc(f"{title}\n\n{opening}\n\n{BODY}", known_anime=["Harbour Lights"])
    assert (parsed.anime_title, parsed.episode) == ("Harbour Lights", episode)


@pytest.mark.parametrize(
    ("opening", "episode", "kind"),
    [
        # a newsletter's issue on a whole season: no episode, a season review
        (
            "Every issue I watch one older show from start to finish. This week, Show's "
            "second season, which I got through over two long weekends.",
            None,
            DocumentKind.SEASON_REVIEW,
        ),
        # its issue on a show's first impressions, naming no episode: the premiere
        (
            "My first impressions of Show, which started on Sunday.",
            1,
            DocumentKind.FIRST_IMPRESSIONS,
        ),
    ],
)
def test_a_programmes_number_over_an_opening_naming_no_episode_is_none_of_the_anime_s(
    opening: str, episode: int | None, kind: DocumentKind
) -> None:
    # the issue's number follows the newsletter's name, the anime's name after it; the
    # opening names no episode, so what the text is about is read as without the number
    text = f"Rerun Society #58: Show's quiet farm season\n\n{opening}\n\n{BODY}"
    parsed = doc(text, known_anime=["Show"])
    assert (parsed.episode, parsed.kind) == (episode, kind)


@pytest.mark.parametrize(
    "title",
    [
        "Show #7: The Fight Finally Happens",  # the anime's own name before its number
        "#7: Show Goes Big",  # nothing before the number: no programme's name
        "Frame Talk #7 Show Goes Big",  # no separator after the number
    ],
)
def test_a_number_that_numbers_no_programme_stays_the_episode(title: str) -> None:
    text = f"{title}\n\nThis week we look at episode 4 of Show, a quiet one.\n\n{BODY}"
    assert doc(text, known_anime=["Show"]).episode == 7


@pytest.mark.parametrize(
    "header",
    ["The Rooftop Reader, issue #9", "Club newsletter, Vol. #9", "Zine — page #9"],
)
def test_a_zines_issue_or_page_number_is_no_episode(header: str) -> None:
    # a zine's running header taken for the title: its number is the issue's, the review's
    # own headline under it names the episode
    text = f"{header}\n\nSHOW — EPISODE 5\n\nreviewed by A. Writer\n\n{BODY}"
    assert doc(text, known_anime=["Show"]).episode == 5


@pytest.mark.parametrize(("title", "episode"), [("Show #9 Review", 9), ("Show, issue 2: #9", 9)])
def test_a_hash_number_of_the_anime_is_still_its_episode(title: str, episode: int) -> None:
    assert episode_in(title) == episode


def test_a_season_review_headline_under_a_notice_and_a_menu_names_no_episode() -> None:
    # a saved copy: the saver's notice and the site's menu come first (one was taken for the
    # title); the review's headline is a later line, and the text then lists some episodes
    text = (
        "Saved copy. The live page may have changed since.\n"
        "Full page   Plain text\n\n"
        "Rally Reviews — racket sports on screen\nHome  Reviews  Columns\n\n"
        "Show Season 2 Review: Slower, Kinder, Better\nby A. Writer · May 2, 2025\n\n"
        "Episode 1 is the weakest and episode 12 the best, but the whole is what counts."
    )
    parsed = doc(text, anime="Show")
    assert parsed.episode is None
    assert parsed.kind.value == "season-review"


def test_a_season_headline_past_the_openings_first_lines_is_not_looked_for() -> None:
    menu = "\n".join(f"Menu item {n}" for n in range(12))
    text = f"Saved copy\n\n{menu}\n\nShow Season 2 Review\n\nEpisode 4 is the calmest yet."
    assert doc(text, anime="Show").episode == 4


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Primeiras impressões: Show (episódios 1 a 4)", 4),
        ("Show, episodio 7: la tormenta", 7),
        ("Show – épisode 5 : critique", 5),
        ("Show (episodios 2 al 3)", 3),
    ],
)
def test_an_episode_marker_in_a_romance_language_names_the_episode(
    title: str, expected: int
) -> None:
    assert episode_in(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Gastkritik: Show, Folge 6 – Der lange Zug", 6),
        ("Show Folgen 2 bis 3 im Rückblick", 3),
        ("Show – folge 11", 11),
    ],
)
def test_an_episode_marker_in_german_names_the_episode(title: str, expected: int) -> None:
    assert episode_in(title) == expected


def test_a_german_title_s_episode_beats_the_episodes_the_body_mentions() -> None:
    text = (
        "Show, Folge 3 – Stille\n\nAfter two loud episodes the third one slows down. The "
        "budget was clearly saved for episode 4, and episode 2 already did the lecture."
        "\n\nThe train scene is the best of the show."
    )
    assert doc(text, anime="Show").episode == 3


@pytest.mark.parametrize(
    "title",
    [
        "Show — finished it, full season thoughts (spoilers)",
        "My whole-season take on Show",
        "Show: the entire series, looked back on",
    ],
)
def test_a_title_about_the_full_season_names_no_episode(title: str) -> None:
    # the opening mentions the finale (the catalog's 12th episode) and a count of episodes
    # without saying "episodes": a season review all the same
    text = (
        f"{title}\n\nFinished all 12 last night. The finale only ties up the family drama, "
        "and the middle third forgets its mystery.\n\nOverall grade for the season: B-"
    )
    catalog = Catalog(title="Show", slug="show", episode_count=12)
    parsed = doc(text, catalogs=[catalog])
    assert parsed.episode is None
    assert parsed.kind.value == "season-review"


@pytest.mark.parametrize(("marker", "episode"), [("S2E7", 7), ("s01e04", 4), ("S1 E12", 12)])
def test_a_season_and_episode_code_in_the_opening_is_the_episode(marker: str, episode: int) -> None:
    # the title names no episode; the opening's code does, and other episodes named after it
    # for context do not win over it
    text = (
        "A Quiet Night in the Hangar\n\n"
        f"Blue Lock {marker} is the week the striker loses. If you are catching up, the last "
        "letter was episode 2.\n\nThe striker sulks, and it works."
    )
    assert doc(text, known_anime=["Blue Lock"]).episode == episode


@pytest.mark.parametrize(("marker", "episode"), [("1x05", 5), ("2x11", 11)])
def test_a_season_by_episode_code_in_the_opening_is_the_episode(marker: str, episode: int) -> None:
    # "1x05": season 1, episode 5; earlier episodes named afterwards for context do not win
    text = (
        "Chat log, saved\n\n"
        f"my notes on Blue Lock {marker} go here so the main channel stays quiet. ep 1 had "
        "set the whole match up and ep 2 said it again.\n\nThe striker sulks, and it works."
    )
    assert doc(text, known_anime=["Blue Lock"]).episode == episode


def test_a_size_or_a_speed_is_no_season_by_episode_code() -> None:
    # "2x speed", "a 3x3 grid": a number times another, no episode
    text = (
        "Chat log, saved\n\n"
        "watched Blue Lock episode 6 at 2x speed, then drew a 3x3 grid of the goals.\n\n"
        "The striker sulks, and it works."
    )
    assert doc(text, known_anime=["Blue Lock"]).episode == 6


def test_a_programmes_number_in_the_opening_above_the_count_gives_way_to_the_anime_episode() -> (
    None
):
    # a podcast transcript: its own episode number on a line of the opening, then the anime's
    catalog = Catalog(title="Show", slug="show", episode_count=12)
    text = (
        "POD NAME: a podcast about cartoons\nEpisode 141 - Two Episodes of Show\n"
        "Hosts: Ann and Bo.\n\n"
        "Today we talk about Show up to and including episode two, nothing past that.\n\n"
        f"{BODY}"
    )
    assert doc(text, catalogs=[catalog]).episode == 2


def test_an_opening_naming_only_a_number_above_the_count_keeps_it_for_the_store_to_refuse() -> None:
    catalog = Catalog(title="Show", slug="show", episode_count=12)
    text = f"Pod Name Weekly\n\nToday: Show episode 41, the long one.\n\n{BODY}"
    assert doc(text, catalogs=[catalog]).episode == 41


# --------------------------------------------------------------------------- round 14


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Four episodes in: Show first impressions", 4),
        ("Show, 6 episodes in", 6),
        ("Show first impressions — two episodes in — and a surprise", 2),
        # "into" the show: as far as it went
        ("five episodes into Show and I have some thoughts", 5),
        ("Three Episodes Into Show: What Works So Far", 3),
    ],
)
def test_n_episodes_in_a_title_is_up_to_the_nth(title: str, episode: int) -> None:
    # first impressions written after a few episodes cover (and may spoil) up to the last
    parsed = doc(f"{title}\n\n{BODY}", anime="Show")
    assert parsed.episode == episode


def test_episodes_in_one_sitting_is_not_how_far_a_title_is() -> None:
    assert episode_in("Show review: all 10 episodes in one sitting") is None


@pytest.mark.parametrize(
    ("said", "episode"),
    [
        ("So, first impressions, three episodes in.", 3),
        ("Here are my first impressions after two episodes, spoilers and all.", 2),
        ("First thoughts (4 episodes in): the pace is glacial.", 4),
    ],
)
def test_a_title_naming_only_the_season_over_a_first_look_that_says_how_far(
    said: str, episode: int
) -> None:
    # a diary site titles every entry "<user>'s review of <Show> — Season 1", the season it
    # files the entry under; the writer's opening says it is a first look, and how far
    text = (
        "gullwing's review of Show — Season 1\n\n"
        "I put this off for a year and I regret every day of it.\n\n"
        f"Everyone told me to start it, and I finally did. {said} The lighthouse keeper "
        "barely speaks and it works better than it has any right to.\n\n"
        f"{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.episode == episode
    assert parsed.kind is DocumentKind.FIRST_IMPRESSIONS


@pytest.mark.parametrize(
    "title",
    [
        "gullwing's review of Show — Season 1",  # said of the past: a season review
        "Show Season 1 Review",  # the title's own words review the season
    ],
)
def test_a_season_review_recalling_its_first_impressions_keeps_no_episode(title: str) -> None:
    said = (
        "My first impressions after three episodes were lukewarm."
        if "gullwing" in title
        else "So, first impressions, three episodes in, were lukewarm; all of it changed me."
    )
    text = f"{title}\n\nI finally finished it. {said} By the end I was a wreck.\n\n{BODY}"
    parsed = doc(text, anime="Show")
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


def test_a_seasons_first_impressions_take_the_episode_the_opening_gives() -> None:
    # "first impressions after the first two episodes" of a second season: up to its second
    text = (
        "Show Season 2: First Impressions\n\n"
        "Three episodes in, the new season already has its hooks in me. The cast is back "
        "and the new villain is a delight.\n\n"
        f"{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.episode == 3
    assert parsed.kind.value == "first-impressions"


def test_n_episodes_later_with_the_anime_count_is_the_whole_run() -> None:
    # a database site's user review: no episode in its title, and as many episodes behind
    # it as the anime has; what it then says of its first episode is a part of the run
    catalog = Catalog(title="Show", slug="show", episode_count=12)
    text = (
        "Review of Show by a_user\n\n"
        "I wanted to like this one. Twelve episodes later I mostly feel tired of it.\n\n"
        "The story loses its way. The first episode is still the best thing in it."
    )
    parsed = doc(text, catalogs=[catalog])
    assert parsed.episode is None
    assert parsed.kind.value == "season-review"


def test_n_episodes_later_short_of_the_anime_count_is_not_the_whole_run() -> None:
    catalog = Catalog(title="Show", slug="show", episode_count=24)
    text = (
        "Show Review: Answers at Last\n\n"
        "Twelve episodes later, the show finally remembers its premise, and this week's "
        "episode 13 is the payoff.\n\n"
        f"{BODY}"
    )
    assert doc(text, catalogs=[catalog]).episode == 13


def test_an_opening_sentence_summing_up_the_runs_n_episodes_is_the_whole_run() -> None:
    # a season review with no episode in its title opens by listing what the run held,
    # as many episodes as the anime has; "the finale" it then speaks of is a part of the run
    catalog = Catalog(title="Show", slug="show", episode_count=12)
    text = (
        "Show Review: Pretty, Loud and Unfinished\n\n"
        "Twelve episodes, two rival schools, and a soundtrack better than the script. "
        "Show wants to be everything at once.\n\n"
        "The middle stretch drags, and the finale rushes through the tournament it spent "
        "weeks promising. The lead is still fun to watch."
    )
    parsed = doc(text, catalogs=[catalog])
    assert parsed.episode is None
    assert parsed.kind.value == "season-review"


def test_an_opening_sentence_of_n_episodes_short_of_the_count_is_not_the_whole_run() -> None:
    catalog = Catalog(title="Show", slug="show", episode_count=24)
    text = (
        "Show Review: The Tournament Begins\n\n"
        "Twelve episodes, two rival schools, and this week's episode 13 finally puts them "
        "in the same arena.\n\n"
        f"{BODY}"
    )
    assert doc(text, catalogs=[catalog]).episode == 13


def test_a_spoiler_warning_for_all_the_episodes_is_not_the_whole_run() -> None:
    # a finale's review warning that it spoils the whole run: the finale is its episode
    catalog = Catalog(title="Show", slug="show", episode_count=13)
    text = (
        "Show ends, and I have feelings\n\nShow wrapped up last night, and this whole issue "
        "is about the finale. Spoilers for all thirteen episodes from here on.\n\n"
        f"{BODY}"
    )
    parsed = doc(text, catalogs=[catalog])
    assert parsed.episode == 13
    assert parsed.kind.value == "episode-review"


@pytest.mark.parametrize(
    "opening",
    [
        "After four seasons and 48 episodes, Show is done. This is Season 4, Episode 12.",
        "Across all 48 episodes the show never once blinked, and it does not now.",
        "All of its 48 episodes led here, and the landing is soft.",
    ],
)
def test_a_finale_of_an_anime_without_a_count_is_the_run_its_opening_sums_up(
    opening: str,
) -> None:
    # a recap site's series finale of an anime the store has no episode count for; the URL
    # and the labels number it within its season, the opening gives the whole run's length
    meta = PageMeta(
        title="Show Series Finale Recap: The Lights Go Out",
        url="https://recaps.example/tv/show/season-4-episode-12-recap-finale",
    )
    text = f"Show Series Finale Recap: The Lights Go Out\n\n{opening}\n\n{BODY}"
    parsed = doc(text, meta=meta, known_anime=["Show"])
    assert parsed.episode == 48
    assert parsed.kind is DocumentKind.RECAP


@pytest.mark.parametrize(
    ("title", "opening", "episode"),
    [
        # episodes before the finale, or "more than", is not the run's length
        ("Show Finale Review", "After 11 episodes of setup, the finale pays off.", None),
        ("Show Finale Review", "With over 100 episodes behind it, the show bows out.", None),
        # another show's run
        ("Show Finale Review", "Unlike Other Show, over all 50 episodes, it never rests.", None),
        # a finale still to come, a penultimate episode
        ("Show: on the road to the finale", "Across all 48 episodes it never blinked.", None),
        ("Show Second-to-Last Episode Review", "After four seasons and 48 episodes, "
         "one more to go.", None),
    ],
)  # fmt: skip
def test_a_finale_without_the_runs_length_said_keeps_no_number(
    title: str, opening: str, episode: int | None
) -> None:
    parsed = doc(f"{title}\n\n{opening}\n\n{BODY}", known_anime=["Show", "Other Show"])
    assert parsed.episode == episode


def test_getting_through_all_the_episodes_is_the_whole_run() -> None:
    text = (
        "Why I stuck with Show\n\nIt took me a month to get through all 24 episodes, and "
        "I'm glad I did.\n\nThe premiere is slow, and the finale is worth it."
    )
    parsed = doc(text, anime="Show")
    assert parsed.episode is None
    assert parsed.kind.value == "season-review"


@pytest.mark.parametrize(
    "said",
    [
        "Seeing all ten half-hour episodes in one sitting, I could not stop thinking about it.",
        "It took a decade to adapt, and watching all 8 feature-length episodes on a Sunday, "
        "I see why.",
        "After bingeing all twelve episodes over two nights, I have a lot to say.",
        "I spent the holiday finishing all nine episodes, and my feelings are mixed.",
    ],
)
def test_the_whole_run_watched_as_it_went_is_no_episode(said: str) -> None:
    # a critic's review of a streamed show under a headline naming none: the binge told in
    # a participle, the episodes' length between; "the first episode" it then praises is a
    # part of the run
    text = (
        f"Show review: a quiet, crushing detective story\n\n{said}\n\n"
        "The first episode spends half its hour on a pianist, and it is the best of them."
    )
    parsed = doc(text, anime="Show")
    assert parsed.episode is None
    assert parsed.kind.value == "season-review"


@pytest.mark.parametrize(
    "said",
    [
        "I'll be watching all twelve episodes as they air, one a week.",
        "Watching all three subbed episodes so far, the first stands out.",
    ],
)
def test_the_run_still_to_watch_or_the_episodes_out_yet_are_no_whole_run(said: str) -> None:
    text = (
        f"Show review: a quiet, crushing detective story\n\n{said}\n\n"
        "The first episode spends half its hour on a pianist, and it is the best of them."
    )
    assert doc(text, anime="Show").episode == 1


def test_a_title_episode_got_past_with_the_whole_run_watched_is_no_episode() -> None:
    # a forum post titled after the episode the writer nearly quit at, about the whole run
    title = "Finally finished Show, a long review from someone who nearly quit after episode 3"
    whole = f"{title}\n\nI made it through all 24 episodes and loved it.\n\n{BODY}"
    parsed = doc(whole, anime="Show")
    assert parsed.episode is None
    assert parsed.kind.value == "season-review"
    # without the opening saying so, the title's episode stays the document's
    assert doc(f"{title}\n\nI loved it.\n\n{BODY}", anime="Show").episode == 3
    # and an episode reviewed "after" nothing else is that episode
    assert doc(f"Show Episode 5 review\n\n{BODY}", anime="Show").episode == 5


def test_a_newsletters_issue_number_before_a_season_review_is_no_episode() -> None:
    text = (
        "Second Look #9 — Lantern Street Season 2 Review\n\n"
        "Hi all! I rewatched the whole season this fortnight. The festival in episode 10 is "
        "still the high point.\n\n" + BODY
    )
    parsed = doc(text)
    assert parsed.anime_title == "Lantern Street"
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


@pytest.mark.parametrize("said", ["the finished series", "its completed run"])
def test_an_opening_that_judges_the_finished_series_is_a_season_review(said: str) -> None:
    # a big outlet's "<Anime> Review: …" of the whole show names its first episode early on
    text = (
        "Lantern Street Review: A Pretty Town With Nobody Home\n\n"
        f"On paper it is a lovely idea; in practice {said} is less than its parts. "
        "The first episode is a strong little ghost story. After that it wanders.\n\n" + BODY
    )
    parsed = doc(text, known_anime=["Lantern Street"])
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


@pytest.mark.parametrize(
    "opening",
    [
        "For about half of its run, Lantern Street is two kids fixing lamps. The ferryman "
        "who shows up in the first episode is the one to watch.",
        "I wanted to love it, and for most of the show's 12-episode run I did. The mystery "
        "set up from the premiere never pays off, though.",
        # "half its run", the "of" left out
        "Lantern Street builds a lovely town, then spends half its run on lamp-of-the-week "
        "errands. The chase in the premiere is still its best scene.",
    ],
)
def test_the_first_episode_in_an_opening_telling_a_share_of_the_run_is_no_episode(
    opening: str,
) -> None:
    # a review of the whole show with no episode in its headline: what it says happens in
    # the first episode is a point in the run it looks over
    text = f"Review of Lantern Street by a_user\n\n{opening}\n\n{BODY}"
    parsed = doc(text, known_anime=["Lantern Street"])
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


def test_an_episode_a_users_review_names_as_where_something_happens_is_no_episode() -> None:
    # a user-review site's heading over a review of the whole show: the episode its text
    # names as where something happens is a point in the run it looks over
    opening = (
        "I skipped Lantern Street for a year and regret it. The old ferryman, who the kids "
        "run into in episode 2, quietly steals every scene he is in, and the back half of the "
        "show turns its small town into something much stranger."
    )
    text = f"Review of Lantern Street by lamp_lighter\n\n{opening}\n\n{BODY}"
    parsed = doc(text, known_anime=["Lantern Street"])
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


@pytest.mark.parametrize(
    ("heading", "opening", "episode"),
    [
        # the user's review keeps to one episode, named as the one it is about
        (
            "Review of Lantern Street by lamp_lighter",
            "I'll keep this to episode 12, since the rest is covered elsewhere.",
            12,
        ),
        # a weekly post's heading: the episode it names is the one reviewed
        (
            "Lantern Street, my weekly notes",
            "The old ferryman finally shows up in episode 4, and he is wonderful.",
            4,
        ),
    ],
)
def test_an_episode_named_outside_a_users_point_in_the_run_stays(
    heading: str, opening: str, episode: int
) -> None:
    text = f"{heading}\n\n{opening}\n\n{BODY}"
    assert doc(text, known_anime=["Lantern Street"]).episode == episode


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        # a number said outright is still the episode
        ("For half of its run Lantern Street dragged, and episode 10 is where it wakes up.", 10),
        # and so is the first episode said of this one, or with the run not yet over
        ("Half of its run is still ahead, but this first episode already earns the hype.", 1),
        ("For most of its run so far it has been slow, and the first episode is the best.", 1),
    ],
)
def test_an_episode_said_outright_beside_a_share_of_the_run_stays(
    opening: str, episode: int
) -> None:
    text = f"Lantern Street, my weekly notes\n\n{opening}\n\n{BODY}"
    assert doc(text, known_anime=["Lantern Street"]).episode == episode


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        ("After four episodes, Show has settled into a comfortable rhythm of heists.", 4),
        ("I have now seen the first 2 episodes and the heists are clever.", 2),
    ],
)
def test_first_impressions_say_how_many_episodes_they_have_watched(
    opening: str, episode: int
) -> None:
    # the README's rule: first impressions after several episodes are of the last one
    parsed = doc(f"Show first impressions: a quiet heist\n\n{opening}\n\n{BODY}", anime="Show")
    assert parsed.kind is DocumentKind.FIRST_IMPRESSIONS
    assert parsed.episode == episode


@pytest.mark.parametrize(
    "opening",
    [
        # how far they have watched, then each episode of it gone through in turn
        "Three episodes in, this little show is the oddest caper of the spring. The first episode "
        "is all setup; the second episode is where the crew meets and plans its first job.",
        "We're two episodes in: the premiere is a slow burn and the second episode is better.",
    ],
)
def test_first_impressions_going_through_the_episodes_watched_are_of_the_last(
    opening: str,
) -> None:
    parsed = doc(f"Show first impressions: a quiet heist\n\n{opening}\n\n{BODY}", anime="Show")
    assert parsed.kind is DocumentKind.FIRST_IMPRESSIONS
    assert parsed.episode == (3 if opening.startswith("Three") else 2)


def test_episodes_watched_in_one_go_are_no_reach() -> None:
    # "two episodes in one sitting" says how they were watched, not how far: the episode
    # named as this one stays
    opening = "I watched two episodes in one sitting. The first episode is the one I review here."
    parsed = doc(f"Show first impressions: a quiet heist\n\n{opening}\n\n{BODY}", anime="Show")
    assert parsed.episode == 1


def test_first_impressions_planning_to_decide_after_episodes_are_of_the_premiere() -> None:
    opening = "I usually decide after three episodes, but the premiere already won me over."
    parsed = doc(f"Show first impressions\n\n{opening}\n\n{BODY}", anime="Show")
    assert parsed.episode == 1


@pytest.mark.parametrize(
    "title",
    ["Show — finished, series thoughts", "Show: season retrospective", "Show series wrap-up"],
)
def test_a_title_speaking_of_the_series_as_a_whole_names_no_episode(title: str) -> None:
    # the notes then name an episode in passing ("ep 1 was great"): not the document's
    text = f"{title}\n\nWatched the last two episodes today.\n\nThe duel in ep 1 was great.\n"
    parsed = doc(text, anime="Show")
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


def test_mid_season_thoughts_still_name_their_episode() -> None:
    parsed = doc(f"Show mid-season thoughts (episode 6)\n\n{BODY}", anime="Show")
    assert parsed.episode == 6


def test_the_n_episodes_of_the_anime_count_is_the_whole_run() -> None:
    # a newspaper's review of a whole series: no episode in its title; it speaks of the run
    # as "the 12 episodes of Show" before it mentions the finale
    catalog = Catalog(title="Show", slug="show", episode_count=12)
    text = (
        "Show review – handsome, and hollow at the core\n\n"
        "Somewhere in the middle of the 12 episodes of Show, it nearly becomes great. "
        "Then the finale arrives and ties up the heroine's story and little else.\n\n"
        "The animation is lovely throughout, and the music carries the quieter scenes."
    )
    parsed = doc(text, catalogs=[catalog])
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW
    # as many episodes as are not the anime's count: not the run
    parsed = doc(text, catalogs=[Catalog(title="Show", slug="show", episode_count=24)])
    assert parsed.episode == 24


def test_for_all_the_anime_count_of_episodes_is_the_whole_run() -> None:
    # a reader's review of a whole show on a database site, its title only the show's name:
    # "for all ten episodes" is the run spoken of as one, whatever it says of the premiere
    # (the site's reviews tab, "Show - Reviews", says so by itself)
    catalog = Catalog(title="Show", slug="show", episode_count=10)
    text = (
        "Show\n\n"
        "A pretty show. For all ten episodes it teases a mystery it never solves.\n\n"
        "The cast carries it, and the premiere is still its best hour."
    )
    parsed = doc(text, catalogs=[catalog])
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW
    # a plan to watch them all is not the run watched: the premiere is the one reviewed
    planned = text.replace("For all ten", "I will stay for all ten")
    assert doc(planned, catalogs=[catalog]).episode == 1
    # as many episodes as are not the anime's count: not the run
    assert doc(text, catalogs=[Catalog(title="Show", slug="show", episode_count=12)]).episode == 1


def test_giving_the_show_all_its_count_of_episodes_is_the_whole_run() -> None:
    # a critic's season review, no episode in its title: the time given to the show was all
    # of its episodes, whatever its opening then says of "its first episode"
    catalog = Catalog(title="Show", slug="show", episode_count=12)
    text = (
        "Show review: lovely to look at, hard to love\n\n"
        "I gave Show all twelve episodes to earn the hype its first episode built, and it "
        "never quite did.\n\nThe leads are charming. The villain is a cipher."
    )
    parsed = doc(text, catalogs=[catalog])
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW
    # as many episodes as are not the anime's count: not the run
    assert doc(text, catalogs=[Catalog(title="Show", slug="show", episode_count=24)]).episode == 1


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        # "the <anime> finale": the article before the anime's name is the finale's
        ("This week I am writing about the Show finale, and it mostly lands.", 13),
        ("Today: the SHOW finale. It is loud and it is short.", 13),
        # still an episode to come when the sentence heads towards it
        ("Everything now builds towards the Show finale. Episode 11 is quiet.", 11),
        # a finale not said of with "the": a bare label names nothing
        ("Show finale predictions are everywhere. Nothing else to say yet.", None),
    ],
)
def test_the_anime_s_finale_is_this_document_s(opening: str, episode: int | None) -> None:
    parsed = doc(f"Show Review: A Title\n\n{opening}\n\n{BODY}", catalogs=[_short_catalog()])
    assert parsed.episode == episode


def test_the_opening_calling_itself_a_season_review_names_no_episode() -> None:
    # "this post is my full-season review": the document says what it is, though its
    # sentence also speaks of last week; the finale it then mentions is part of the season
    opening = (
        "Show ended last week, so this post is my full-season review. Light spoilers only.\n\n"
        "The premise held and the finale is rushed."
    )
    parsed = doc(f"Show: Some Thoughts\n\n{opening}\n\n{BODY}", catalogs=[_short_catalog()])
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW
    # another review, linked or to come, is still not this one
    later = opening.replace("so this post is my", "and next week brings my")
    assert doc(f"Show: Some Thoughts\n\n{later}\n\n{BODY}", catalogs=[_short_catalog()]).episode


@pytest.mark.parametrize(
    "says",
    [
        "So here we are: a full-season review, with spoilers but nothing that will spoil the end.",
        "Here it is, my whole season review, which will be long.",
        "Here goes: a complete series review, and it will run long.",
    ],
)
def test_here_we_are_a_season_review_names_no_episode(says: str) -> None:
    # "so here we are: a full-season review": the document presenting itself as one, though
    # the rest of its sentence says what will or won't come ("nothing that will spoil …");
    # the first episode it then mentions is a point in the season
    opening = f"The show finished last week. {says}\n\nYou can see it in the first episode, a lot."
    parsed = doc(f"Show: Some Thoughts\n\n{opening}\n\n{BODY}", catalogs=[_short_catalog()])
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


def test_a_programme_number_in_the_title_over_a_season_review_names_no_episode() -> None:
    # the letter's own number, then the anime; the opening says the whole season is reviewed
    title = "Weekly Letter #40 — Show, the whole thing"
    opening = "This issue is a full season review. The finale is rushed, the premiere is fine."
    parsed = doc(f"{title}\n\n{opening}\n\n{BODY}", catalogs=[_short_catalog()])
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


# --------------------------------------------------------------- the page's structured data


def _reviews(series: str, episode: int | None) -> object:
    from bot.ingest.page import PageMeta
    from bot.ingest.structured import Reviewed

    return PageMeta(title=None, reviewed=Reviewed(series, episode))


def test_a_structured_episode_number_when_the_text_names_none() -> None:
    text = f"Lantern Road Review: The Greenhouse Burns\n\n{BODY}"
    parsed = doc(text, meta=_reviews("Lantern Road", 4))
    assert parsed.episode == 4
    assert "4: the page's structured data reviews this episode" in dict(parsed.evidence)["episode"]
    assert doc(text).episode is None  # nothing else says which episode


def test_the_texts_episode_wins_over_a_structured_one() -> None:
    text = f"Lantern Road Episode 5 Review\n\n{BODY}"
    assert doc(text, meta=_reviews("Lantern Road", 4)).episode == 5
    body = f"Lantern Road Review: A Quiet Week\n\nEpisode 6 of Lantern Road slows down.\n\n{BODY}"
    assert doc(body, meta=_reviews("Lantern Road", 4)).episode == 6


@pytest.mark.parametrize(
    ("title", "stated", "episode"),
    [
        ("Lantern Road Season 2 Episode 5 Review", 29, 29),  # later: counted through
        ("Lantern Road S2E5 Review: Night Market", 29, 29),
        ("Lantern Road Season 2 Episode 5 Review", 5, 5),  # the season's own number
        ("Lantern Road Season 2 Episode 5 Review", 3, 5),  # earlier: not this episode's
    ],
)
def test_a_structured_number_later_than_the_titles_within_its_season_counts_through(
    title: str, stated: int, episode: int
) -> None:
    # a review site's headline numbers the episode within its season, its JSON-LD through
    # the seasons: the same episode cannot have a later number within its season
    text = f"{title}\n\n{BODY}"
    assert doc(text, meta=_reviews("Lantern Road", stated)).episode == episode


def test_no_structured_episode_for_a_season_level_page() -> None:
    text = f"Lantern Road Season 1 Review\n\n{BODY}"
    assert doc(text, meta=_reviews("Lantern Road", 4)).episode is None


def test_no_structured_episode_of_another_anime() -> None:
    # --anime filed the page under another anime than its structured data reviews
    text = f"A Quiet Week in the City\n\n{BODY}"
    forced = doc(text, meta=_reviews("Lantern Road", 4), anime="Blue Box")
    assert forced.anime_title == "Blue Box"
    assert forced.episode is None


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Show 04 – notes + thoughts", 4),  # a notes app's page, the number zero-padded
        ("Show 11 [thoughts]", 11),
        ("Show 07", 7),
    ],
)
def test_a_number_written_right_after_the_animes_name_is_the_episode(
    title: str, episode: int
) -> None:
    text = (
        f"---\nanime: Show\ntitle: {title}\n---\n"
        "My notes on episode 3 are in the previous page; this one picks up after it.\n\n"
        f"{BODY}"
    )
    assert doc(text).episode == episode


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Show 10 & 11: Two Weeks of Rain", 11),  # a double post: the last one it reaches
        ("Show 10 and 11 – catching up", 11),
        ("Show 9-10 [thoughts]", 10),
        ("Show 14 – 10 things I loved", 14),  # a list's count after the dash, not a pair
    ],
)
def test_two_numbers_written_right_after_the_animes_name_reach_the_last(
    title: str, episode: int
) -> None:
    text = f"---\nanime: Show\ntitle: {title}\n---\nA busy fortnight for everyone.\n\n{BODY}"
    assert doc(text).episode == episode


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("kimi no show 25 — notes", 25),  # a longer, romanised form ending in the name known
        ("Rewatching Show 08 [thoughts]", 8),
    ],
)
def test_a_number_right_after_the_animes_name_after_words_alone_is_the_episode(
    title: str, episode: int
) -> None:
    text = f"---\nanime: Show\ntitle: {title}\n---\nShort notes tonight, tidy up later.\n\n{BODY}"
    parsed = doc(text)
    assert parsed.episode == episode
    assert parsed.kind is DocumentKind.EPISODE_REVIEW


def test_one_digit_after_the_animes_name_may_be_a_sequels_and_is_not_the_episode() -> None:
    text = f"---\nanime: Show\ntitle: Show 2: First Impressions\n---\n{BODY}"
    assert doc(text).episode == 1  # first impressions naming no episode: the premiere


def test_a_titles_hash_number_that_the_masthead_gives_as_the_issue_is_not_the_episode() -> None:
    text = (
        "Porch Light #7 — a quiet one\n\nIssue 7 · 120 readers\n\n"
        f"Episode 3 finally slows down, and it is better for it.\n\n{BODY}"
    )
    assert doc(text, anime="Show").episode == 3
    # without the masthead's "Issue 7", "#7" is the episode, as a title numbers it
    assert doc(text.replace("Issue 7 · ", ""), anime="Show").episode == 7


def test_a_titles_issue_number_above_the_animes_count_is_dropped_not_kept_as_an_error() -> None:
    # a long-running letter's subject opens with its issue number, far above the anime's
    # episodes; the masthead says it is the issue's, so it is no mistake of the page to reject
    catalog = Catalog(title="Show", slug="show", episode_count=12)
    text = (
        "#87 — Show, the whole run, and what I made of it\n\n"
        "THE PORCH LIGHT\nIssue #87 · a letter about shows I caught up with\n\n"
        "Hello again,\n\nSHOW — SEASON REVIEW\n\n"
        f"{BODY}"
    )
    parsed = doc(text, catalogs=[catalog])
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


def test_an_emails_masthead_above_its_greeting_gives_the_subjects_hash_as_the_issue() -> None:
    # an e-mail saved with its headers: the masthead's "Issue #40" sits between the headers and
    # the greeting (furniture before the body), the feature's heading names the episode
    text = (
        "From: Dana Cole <dana@harbour.example>\nDate: Mon, 4 Mar 2024 09:00:00 +0000\n"
        "Subject: Harbour Notes #40: rain on the tin roof\n\n"
        "View this email in your browser\n\n~~~~~~~~~~~~~~~~~~~~\nHARBOUR NOTES | Issue #40\n"
        "~~~~~~~~~~~~~~~~~~~~\n\nMorning, everyone,\n\n"
        "A short letter, the week ran away from me.\n\nSHOW, EPISODE 6\n\n"
        f"{BODY}"
    )
    assert doc(text, anime="Show").episode == 6


@pytest.mark.parametrize("number", ["Ep. 112", "Episode 7", "#58"])
def test_a_podcasts_number_opening_a_season_reviews_title_names_no_episode(number: str) -> None:
    # a podcast's own numbering, then the title of a season review of an anime not known yet
    parsed = doc(f"{number} – Quiet Harbour Season 1 Review\n\n{BODY}")
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


def test_a_number_opening_an_episode_reviews_title_stays_the_episode() -> None:
    parsed = doc(f"Ep. 7 – Quiet Harbour Season 1 Episode 7 Review\n\n{BODY}")
    assert parsed.episode == 7
    assert parsed.kind is DocumentKind.EPISODE_REVIEW


def test_an_opening_saying_the_review_covers_the_whole_season_names_no_episode() -> None:
    opening = (
        "Spoiler policy: this review covers the whole season in broad strokes. The first "
        "episode opens on a chase, and the finale ties up the family story."
    )
    parsed = doc(f"Show Review: Bright Paint, Thin Plot\n\n{opening}\n\n{BODY}", anime="Show")
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


@pytest.mark.parametrize(
    "plan",
    [
        "will watch ep 2 before deciding",
        "I'll see episode 2 next week",
        "gonna check out ep 2 tomorrow",
    ],
)
def test_an_episode_still_to_watch_is_not_the_one_first_impressions_are_of(plan: str) -> None:
    opening = f"the premiere was a lot of fun but messy. score: 6/10, {plan}"
    parsed = doc(f"Show first impressions\n\n{opening}\n\n{BODY}", anime="Show")
    assert parsed.episode == 1


# ------------------------------------------------ round 31: numbers within a season or a part


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Show S3 Ep 4 (#28): The Long Night", 28),
        ("Show S3E4 [#28] Review", 28),
        ("Show Season 3, Episode 4 / #28", 28),
        ("Show #28 (S3E4): The Long Night", 28),
        ("Show S1 Ep 4 (#4): The Long Night", 4),  # the same number: nothing counted on
        ("Show S3 Ep 4 (#2): The Long Night", 4),  # an earlier number is no count through
        ("Show S3 Ep 4 – Letter #28", 4),  # a "#N" not beside the season's marker
        ("Show Issue #28 (S3E4)", 4),  # an issue's number beside it
    ],
)
def test_a_hash_number_beside_a_season_marker_counts_through_the_seasons(
    title: str, episode: int
) -> None:
    assert episode_in(title) == episode
    assert doc(f"{title}\n\n{BODY}").episode == episode


@pytest.mark.parametrize(
    ("title", "opening", "episode"),
    [
        ("Show Part 2 Episode 3 Review", "Episode 16 of the series, and the best yet.", 16),
        ("Show Cour 2, Ep 3 Review", "This is episode 16 overall.", 16),
        ("Show Part 2 Episode 3 Review", "It is calm.", 3),  # nothing counted through
    ],
)
def test_a_parts_own_episode_number_yields_to_the_one_through_the_series(
    title: str, opening: str, episode: int
) -> None:
    assert doc(f"{title}\n\n{opening}\n\n{BODY}").episode == episode


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Show — 2nd cour, episode 3 (ep 15) impressions", 15),
        ("Show Second Season Episode 4 (Episode 17) Review", 17),
        ("Show 3rd Part, Ep 2 (ep 26) thoughts", 26),
        ("Show — 2nd cour, episode 3 impressions", 3),  # nothing counted through
    ],
)
def test_an_ordinal_seasons_own_episode_yields_to_the_one_beside_it(
    title: str, episode: int
) -> None:
    # a split-cour show's thread titled by its cour's ordinal and the episode within it, the
    # number through the series in brackets beside it
    assert episode_in(title) == episode
    assert doc(f"{title}\n\n{BODY}").episode == episode


def test_first_impressions_after_some_episodes_reach_the_last_one_watched() -> None:
    opening = (
        "I give new shows two episodes before deciding, so these are first impressions "
        "after three episodes.\n\n"
        "Episode one is slow but pretty. The second episode picks up."
    )
    parsed = doc(f"Show First Impressions: Quiet Start\n\n{opening}\n\n{BODY}")
    assert parsed.episode == 3
    assert parsed.kind is DocumentKind.FIRST_IMPRESSIONS
    # not first impressions: the episode it names stays
    review = doc(f"Show Review: Quiet Start\n\n{opening.replace('first impressions', 'notes')}")
    assert review.episode == 1


def test_first_impressions_name_an_episode_past_the_ones_counted_as_watched() -> None:
    opening = "First impressions after two episodes. Episode 2 is where it clicked."
    assert doc(f"Show First Impressions\n\n{opening}\n\n{BODY}").episode == 2


def test_a_season_headline_naming_a_catalog_episode_title_is_about_that_episode() -> None:
    # a newsletter's page: its headline (the page's title) names nothing; its subtitle names
    # the episode by its title, under a kind word that alone would speak of the season
    text = (
        "Red Sky, Red Armour\n\n"
        'Recap and review: Show opens with "Crimson Is The Sound of Dawn"\n\n'
        "Hello all, the recap comes first this week, and my opinions after it.\n\n"
        f"{BODY}"
    )
    meta = PageMeta(title="Red Sky, Red Armour")
    parsed = doc(text, catalogs=[_short_catalog()], meta=meta)
    assert parsed.title == "Red Sky, Red Armour"
    assert parsed.episode == 1
    assert parsed.kind is DocumentKind.RECAP


def test_a_season_review_headline_run_into_the_first_sentence_names_no_episode() -> None:
    opening = (
        "Show Season 1 Review, spoiler-light (one mild spoiler about the premise, which "
        "the first episode gives away anyway).\n\n"
        "It is a slow, sad show and a lovely one. By episode 12 nothing is resolved."
    )
    parsed = doc(f"A Review of Show by someone\n\n{opening}\n\n{BODY}", anime="Show")
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


@pytest.mark.parametrize(
    "opening",
    [
        # another review: one to come, or the writer's own linked one
        "My Season 1 Review is linked below, and the first episode of season 2 is calmer.",
        # in the middle of a paragraph, not its opening headline
        "I wrote a lot of words about this show before, and my notes for the Season 1 "
        "Review were long. The first episode of this season is calmer.",
    ],
)
def test_a_season_review_named_in_passing_is_not_this_document(opening: str) -> None:
    parsed = doc(f"Show: Calm Waters\n\n{opening}\n\n{BODY}", anime="Show")
    assert parsed.episode == 1


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        (
            "After three episodes, this little show is the oddest caper of the spring.\n\n"
            "The first episode is all setup, and the crew only meets at the very end.",
            3,
        ),
        (
            "Having seen the first 2 episodes, I am in. The first episode is all setup.",
            2,
        ),
    ],
)
def test_first_impressions_after_n_episodes_going_through_an_earlier_one_are_of_the_last(
    opening: str, episode: int
) -> None:
    # "after three episodes" says how far they have watched; "the first episode" after it is
    # one of those episodes, not the one they stop at
    parsed = doc(f"Show First Impressions: A Quiet Heist\n\n{opening}\n\n{BODY}", anime="Show")
    assert parsed.episode == episode


def test_first_impressions_after_n_episodes_naming_a_later_one_keep_it() -> None:
    # a later episode named in the opening is no earlier one of those watched
    opening = "After three episodes I was unsure. Episode 4 is where it clicked."
    parsed = doc(f"Show First Impressions\n\n{opening}\n\n{BODY}", anime="Show")
    assert parsed.episode == 4


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        # a blog's "<Name> 2nd Season – 05 (17)": the bracketed number counts through the
        # seasons and wins over the one within the season
        ("Hoshi no Uta 2nd Season – 05 (17)", 17),
        ("Hoshi no Uta S2 - 05 (17) [Review]", 17),
        # the bare number alone, or with a word in brackets, stays the episode
        ("Hoshi no Uta – 05", 5),
        ("Hoshi no Uta – 05 (Review)", 5),
    ],
)
def test_a_blog_s_number_through_the_seasons_in_brackets_wins(title: str, episode: int) -> None:
    assert episode_in(title) == episode
    text = f"{title}\n\nThe choir sings again, and it lands.\n\nA lovely week."
    assert doc(text, known_anime=["Hoshi no Uta"]).episode == episode


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Show closed out its first part with episode 58 (the eighth episode of season 3).", 58),
        ("This week brings Episode 58, the 8th of season three, and a quiet one.", 58),
        # another ordinal than the title's: another episode, so the title's number stays
        ("Unlike episode 57 (the seventh episode of season 3), this one breathes.", 8),
    ],
)
def test_the_opening_restating_the_titles_number_as_an_ordinal_of_its_season(
    opening: str, expected: int
) -> None:
    text = f"Show Season 3 Episode 8 Recap: The Microphone\n\n{opening}\n\n{BODY}"
    assert doc(text, anime="Show").episode == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Episode 58 of Show, the eighth of the lighthouse season, starts at dawn.", 58),
        ("This week brings episode 58 (the 8th in this new season) and a storm.", 58),
        # another ordinal than the title's: another episode, so the title's number stays
        ("Episode 57 of Show, the seventh of the lighthouse season, was louder.", 8),
    ],
)
def test_the_opening_restating_the_titles_number_as_an_ordinal_of_a_season_it_names_in_words(
    opening: str, expected: int
) -> None:
    text = f"Show Season 3 Episode 8 Recap: The Microphone\n\n{opening}\n\n{BODY}"
    assert doc(text, anime="Show").episode == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Three seasons in, Show ends with its 58th episode, the eighth of the third season.", 58),
        ("This is the 58th episode (the 8th in this new season), and a storm.", 58),
        # another ordinal than the title's: another episode, so the title's number stays
        ("Show's 57th episode, the seventh of the third season, was louder.", 8),
    ],
)
def test_the_opening_saying_the_number_through_the_seasons_as_an_ordinal_of_its_season(
    opening: str, expected: int
) -> None:
    # the number through the seasons said as an ordinal ("its 58th episode"), then restated
    # as the title's ordinal within its season
    text = f"Show Season 3 Episode 8 Review: The Microphone\n\n{opening}\n\n{BODY}"
    assert doc(text, anime="Show").episode == expected


@pytest.mark.parametrize(
    "restated",
    [
        "So this premiere is **episode 27** overall, by my count.",
        "So this premiere is __episode 27__ in total, by my count.",
        "So this premiere is *episode 27* overall, by my count.",
    ],
)
def test_a_number_through_the_seasons_set_in_markdown_emphasis_wins(restated: str) -> None:
    # markdown sets the episode and its number in bold or italics, the word saying it counts
    # through the seasons after the closing marks
    text = f"Show Season 3, Episode 1 — First Impressions\n\n{restated}\n\n{BODY}"
    assert doc(text).episode == 27


@pytest.mark.parametrize(
    "note",
    [
        "The broadcaster calls it episode 41, counting straight through from the first cour.",
        "On the broadcast it is episode 41, counted right through from the very first part.",
        "Officially this is episode 41, counting on from the first part's opener.",
    ],
)
def test_a_note_on_numbering_after_a_long_first_paragraph_counts_through_the_parts(
    note: str,
) -> None:
    # the note on numbering comes after a first paragraph of some length, and says the number
    # counts straight through the parts
    first = (
        "Four weeks into the second half of the tournament arc, the show has found its feet. "
        "The matches are shorter and meaner, the crowd scenes finally look like crowds, and "
        "the quiet bits between fights have started to matter. This week gives almost all of "
        "its running time to one bout, a swordsman against a boy who can redraw the arena at "
        "will, and it is the most fun the show has been since it came back this autumn. The "
        "staging is clear, the music is restrained, and the fight has a shape to it."
    )
    assert len(first) > 450
    text = f"Kiri no Tsurugi Part 2 Episode 5 Review\n\n{first}\n\n{note}\n\n{BODY}"
    assert doc(text, anime="Kiri no Tsurugi").episode == 41


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        # a pair reviewed together, numbered within its season, then through the seasons
        ("Show Season 3 Episodes 7 & 8 Review (Episodes 31-32): Two Funerals", 32),
        ("Show S3 Eps 7-8 (Episodes 31 & 32) Review", 32),
        ("Show Season 3 Episodes 7 and 8 (Episode 32) Review", 32),
        # the pair alone, within its season: its last
        ("Show Season 3 Episodes 7 & 8 Review", 8),
        # a score after a dash is no pair's end
        ("Show S3 Episodes 7 - 8/10", None),
    ],
)
def test_a_pair_numbered_within_its_season_and_through_the_seasons(
    title: str, episode: int | None
) -> None:
    assert episode_in(title) == episode


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        # a premiere of two or three episodes, reviewed to the last of them
        ("It premiered this week with its first two episodes back to back.", 2),
        ("The show arrived with a double bill; having seen the first 3 episodes, I'm hooked.", 3),
        # a plan, not how far the review has watched: the premiere stays
        ("I usually decide after three episodes, but this one grabbed me.", 1),
        ("The premiere is one long episode, and a slow one.", 1),
    ],
)
def test_a_premiere_review_of_the_episodes_it_aired_with_is_of_the_last(
    opening: str, episode: int
) -> None:
    parsed = doc(f"Lantern Hill Premiere Review: Quiet Lights\n\n{opening}\n\n{BODY}")
    assert (parsed.episode, parsed.kind) == (episode, DocumentKind.FIRST_IMPRESSIONS)


@pytest.mark.parametrize(
    ("title", "episode", "kind"),
    [
        # a later season's premiere with its number through the seasons in brackets, bare or
        # under its own label (a show's word for its episodes)
        ("Harbour Lights Season 3 Premiere (37)", 37, DocumentKind.EPISODE_REVIEW),
        ("Harbour Lights S3 Premiere Review (#37)", 37, DocumentKind.EPISODE_REVIEW),
        ("Harbour Lights Season 3 Premiere [Episode 37]", 37, DocumentKind.EPISODE_REVIEW),
        ("Harbour Lights Season 3 Premiere Review (VOYAGE:37)", 37, DocumentKind.EPISODE_REVIEW),
        # a season, a part or a year in brackets: the season's episode 1
        ("Harbour Lights Season 3 Premiere Review (Part 2)", 1, DocumentKind.FIRST_IMPRESSIONS),
        ("Harbour Lights Season 3 Premiere Review (2025)", 1, DocumentKind.FIRST_IMPRESSIONS),
        # no later season: the show's own premiere
        ("Harbour Lights Premiere Review (37)", 1, DocumentKind.FIRST_IMPRESSIONS),
    ],
)
def test_a_later_season_s_premiere_numbered_through_the_seasons_in_brackets(
    title: str, episode: int, kind: DocumentKind
) -> None:
    parsed = doc(f"{title}\n\nThe crew is back on the pier.\n\n{BODY}", anime="Harbour Lights")
    assert (parsed.episode, parsed.kind) == (episode, kind)


_LETTER_OPENING = (
    "THE LANTERN LETTER — Issue #31\n"
    "Three links and a farewell\n\n"
    "Hello again,\n\n"
    "This week is mostly about Harbor Lights, which wrapped up on Sunday.\n\n"
)
_LETTER_FEATURE = (
    "The finale pays off the lighthouse keeper's arc, and her voice barely wavers across "
    "twelve episodes, yet you hear how far she has come.\n\nElsewhere: two links."
)


@pytest.mark.parametrize(
    "heading",
    [
        "HARBOR LIGHTS, EPISODE 12 — THE LAST LAMP",
        "Harbor Lights Episode 12 Review: The Last Lamp",
        "## Harbor Lights – Ep. 12",
    ],
)
def test_a_letters_feature_heading_under_its_masthead_names_the_episode(heading: str) -> None:
    # a newsletter's masthead is its title; the feature it is about is headed further down,
    # and its text may look back over the whole run as a finale's does
    catalogs = [Catalog(title="Harbor Lights", slug="harbor-lights", episode_count=12)]
    parsed = doc(f"{_LETTER_OPENING}{heading}\n\n{_LETTER_FEATURE}", catalogs=catalogs)
    assert (parsed.episode, parsed.kind) == (12, DocumentKind.EPISODE_REVIEW)


@pytest.mark.parametrize(
    "heading",
    [
        "- Harbor Lights Episode 11 Review (last week's issue)",  # a list's link
        "Quiet Fields, Episode 12 — Another Show",  # another show's
        "Harbor Lights, all twelve episodes",  # no episode by number
    ],
)
def test_a_line_that_is_no_feature_heading_of_the_anime_leaves_the_letter_without_episode(
    heading: str,
) -> None:
    catalogs = [Catalog(title="Harbor Lights", slug="harbor-lights", episode_count=12)]
    parsed = doc(f"{_LETTER_OPENING}{heading}\n\n{_LETTER_FEATURE}", catalogs=catalogs)
    assert parsed.episode is None


# ------------------------------------ round 41: a note on how a service numbers the episode

_A_LONG_HELLO = (
    "Hello again, and welcome to the new readers who arrived this month. Every week I pick "
    "one episode of something airing and write about it at some length, and for the rest "
    "of the winter that is going to be the harbour show, whether you like it or not. The "
    "archive is free; the podcast feed is for supporters, and thank you to all of them."
)


@pytest.mark.parametrize(
    "note",
    [
        "A word on numbering: the streaming app lists this week's episode as Episode 17, as "
        "the first season had fifteen.",
        "The app numbers it as episode 17, carrying on from the first season.",
        # the service names it so: "calls it", "calls this"
        "Heads up: my tracker calls it episode 17, as it counts on from the first season.",
        'Numbering is a mess: my tracker calls this "Episode 17" since it counts on.',
    ],
)
def test_a_note_on_how_a_service_numbers_a_later_seasons_episode_counts_through(
    note: str,
) -> None:
    # a newsletter's post titled by the episode within its season; after a long hello, a
    # note says how the streaming service numbers it through the seasons, which wins
    text = f"Harbour Lights Season 2, Episode 2: Fog\n\n{_A_LONG_HELLO}\n\n{note}\n\n{BODY}"
    assert doc(text, anime="Harbour Lights").episode == 17
    # a note naming the season's own number changes nothing
    same = text.replace("17", "2")
    assert doc(same, anime="Harbour Lights").episode == 2


@pytest.mark.parametrize(
    "note",
    [
        "Quick note: the stream calls this Season 2, Episode 3, while the broadcast is listed as\n"
        "episode 15, since the count runs on from the first season.",
        "Quick note: the stream calls this Season 2, Episode 3, while the broadcast is listed\n"
        "as episode 15, since the count runs on from the first season.",
    ],
)
def test_a_note_on_how_a_service_numbers_the_episode_wrapped_by_hand_counts_through(
    note: str,
) -> None:
    # a text wrapped by hand splits the note's "listed as episode 15" over two lines: the
    # number through the seasons still wins over the title's within its season
    text = f"Harbour Lights Season 2 Episode 3 Recap: Low Tide\n\n{note}\n\n{BODY}"
    assert doc(text, anime="Harbour Lights").episode == 15
    # a note naming the season's own number changes nothing
    same = text.replace("15", "3")
    assert doc(same, anime="Harbour Lights").episode == 3


def test_a_late_note_naming_a_season_marker_and_a_trackers_number_counts_through() -> None:
    # a notes app's headline naming no episode, a list of thoughts, then a note: the season's
    # own "Season 2 Episode 2" and the number a tracker calls it, through the seasons, wins
    text = (
        "harbour lights thoughts (for the group chat)\n\n"
        f"{_A_LONG_HELLO}\n\n{_A_LONG_HELLO}\n\n"
        'ep counts are confusing: the stream calls this "Season 2 Episode 2" and my tracker '
        "calls it episode 17. whatever.\n\n"
        f"{BODY}"
    )
    assert doc(text, anime="Harbour Lights").episode == 17
    # a tracker naming no number through the seasons: the season's own stands
    within = text.replace("calls it episode 17", "has it too")
    assert doc(within, anime="Harbour Lights").episode == 2


def test_first_impressions_of_a_later_season_take_the_premieres_number_as_listed() -> None:
    # first impressions titled by the season; the opening calls it the premiere, and says
    # how the service numbers that premiere, through the seasons
    text = (
        "First Impressions: Harbour Lights Season 2\n\n"
        "It has been two years since the first season ended.\n\n"
        "Judging by the premiere, which the streaming app lists as episode 16 since it "
        "carries on the first season's numbering, the crew has not lost a step.\n\n"
        f"{BODY}"
    )
    parsed = doc(text, anime="Harbour Lights")
    assert (parsed.episode, parsed.kind) == (16, DocumentKind.FIRST_IMPRESSIONS)
    # a first season's first impressions: no later season, the premiere is episode 1
    first = text.replace("Season 2", "Season 1")
    assert doc(first, anime="Harbour Lights").episode == 1


def test_first_impressions_of_a_later_cour_take_the_number_through_the_seasons() -> None:
    # first impressions titled by a later season's second cour; the opening numbers its
    # episode within the season, and then through the seasons, which wins
    text = (
        "Harbour Lights Season 2 Part 2 First Impressions\n\n"
        "This looks at Season 2 Episode 11, which is episode 23 of the series overall, since "
        "the first season ran twelve.\n\n"
        f"{BODY}"
    )
    parsed = doc(text, anime="Harbour Lights")
    assert (parsed.episode, parsed.kind) == (23, DocumentKind.FIRST_IMPRESSIONS)
    # with no number through the seasons, the season's own stands
    within = text.replace(", which is episode 23 of the series overall,", ",")
    assert doc(within, anime="Harbour Lights").episode == 11


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        # a chat export's message under its header and date line
        ("Exported 2024-05-04 21:10\n\n[2024-05-04 20:02] gull: SHOW S3E2 (ep 27 overall) — my "
         "review, spoilers", 27),
        ("Saved on 4 May 2024.\n\nMy take on Show S3E2 / Episode 27, spoilers ahead.", 27),
        ("Saved on 4 May 2024.\n\nNotes first. Then Show S3E2 (#27 overall) is quiet.", 27),
        # the bracket going on to say how it counts
        ("Exported 2024-05-04 21:10\n\n[2024-05-04 20:02] gull: ok. Show s3e2 (27 overall if "
         "you count from the start like I do)", 27),
        ("Saved on 4 May 2024.\n\nNotes first. Then Show S3E2 (27 overall, counting both "
         "earlier seasons) is quiet.", 27),
        # the in-season number alone stands
        ("Exported 2024-05-04 21:10\n\n[2024-05-04 20:02] gull: SHOW S3E2 — my review", 2),
    ],
)  # fmt: skip
def test_under_a_date_line_the_sentence_with_the_season_marker_gives_the_number_through_seasons(
    opening: str, episode: int
) -> None:
    catalogs = [Catalog(title="Show", slug="show")]
    text = f"Weekly reviews channel (export)\n\n{opening}\n\n{BODY}"
    assert doc(text, catalogs=catalogs).episode == episode


@pytest.mark.parametrize(
    "opening",
    [
        "The third episode of the new season, the 27th of the series overall, slows right down.",
        "Week three of season two, and the twenty-seventh of the whole show, slows right down.",
    ],
)
def test_an_ordinal_of_the_series_in_the_opening_counts_through_the_seasons(opening: str) -> None:
    # the word "episode" is in the clause before the ordinal, not after it
    text = f"Show Season 2 Episode 3 Review\n\n{opening}\n\n{BODY}"
    assert doc(text).episode == 27


@pytest.mark.parametrize(
    "opening",
    [
        "Episode 3, the show's twenty-seventh overall, slows right down.",
        "This week (its 27th overall) slows right down after the battle.",
        "The new arc's third chapter, the series' 27th overall episode, slows right down.",
    ],
)
def test_an_ordinal_said_only_to_count_overall_counts_through_the_seasons(opening: str) -> None:
    # neither "episode" nor "of the series" after the ordinal: "overall" alone says the run
    text = f"Show Season 2 Episode 3 Review\n\n{opening}\n\n{BODY}"
    assert doc(text).episode == 27


@pytest.mark.parametrize(
    "opening",
    [
        "The season closes on its third outing, also the 27th and final episode of the whole "
        "show, and it slows right down.",
        "Week three wraps it all up: the show's 27th and last episode overall slows right down.",
    ],
)
def test_an_ordinal_with_the_runs_end_said_beside_it_counts_through_the_seasons(
    opening: str,
) -> None:
    # "and final" between the ordinal and "episode": still the number through the seasons
    text = f"Show III – Episode 3 Review\n\n{opening}\n\n{BODY}"
    assert doc(text).episode == 27


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        # the show named "as a whole": its run, through the seasons
        ("Episode 3 of the third season, and the 27th and final episode of Show as a whole.", 27),
        ("It is the 27th episode of this odd little show as a whole, and it slows down.", 27),
        # the season "as a whole": its own count, the title's number stands
        ("It is the third episode, and the best of the season as a whole.", 3),
        ("The 27th episode of the third season as a whole? No, just the third.", 3),
    ],
)
def test_an_ordinal_of_the_show_as_a_whole_counts_through_the_seasons(
    opening: str, episode: int
) -> None:
    text = f"Show III Episode 3 Review: The End\n\n{opening}\n\n{BODY}"
    assert doc(text, anime="Show").episode == episode


@pytest.mark.parametrize(
    "opening",
    [
        "Episode 3 of the new season, and with it the 27th and last episode of the\n"
        "entire show. Two seasons before this one, and now it is done.",
        "So here it is: the 27th episode of the\nwhole series, and the last we get.",
    ],
)
def test_an_ordinal_counting_overall_over_a_hand_wrapped_line_counts_through_the_seasons(
    opening: str,
) -> None:
    # a text wrapped by hand splits the words saying it counts through the seasons over two
    # lines: the next line goes on in lowercase, the same sentence
    text = f"Show 2x03: the last harvest\n\n{opening}\n\n{BODY}"
    assert doc(text).episode == 27


@pytest.mark.parametrize(
    "opening",
    [
        "Here we go: episode 3 of the second season (27 overall if you count season one) "
        "slows right down.",
        "Ep 3 this season [27th overall] slows right down after the battle.",
        "This time episode 3 (27 in total) slows right down after the battle.",
    ],
)
def test_a_bare_number_said_overall_in_a_bracket_after_the_episode_counts_through(
    opening: str,
) -> None:
    # the bracket holds only the number and "overall", the episode's own number before it
    text = f"Show Season 2 Episode 3 Review\n\n{opening}\n\n{BODY}"
    assert doc(text).episode == 27


def test_a_bracketed_number_said_overall_far_from_an_episode_is_not_taken() -> None:
    text = (
        "Show Season 2 Episode 3 Review\n\nEpisode 3 is fine, though the pacing of this long "
        f"middle stretch (8 overall is my guess) drags.\n\n{BODY}"
    )
    assert doc(text).episode == 3


def test_an_ordinal_of_the_month_is_no_episode_through_the_seasons() -> None:
    text = (
        "Show Season 2 Episode 3 Review\n\nIt aired on the 27th of the month, the season's "
        f"third episode overall in a run of twelve.\n\n{BODY}"
    )
    assert doc(text).episode == 3


@pytest.mark.parametrize(
    "opening",
    [
        "Spoilers ahead for Show Episode 13, the first episode of Part 2.",
        "Show Episode 13 kicks off part two with a quiet morning at the docks.",
    ],
)
def test_a_later_parts_premiere_the_opening_numbers_through_the_run_is_an_episode_review(
    opening: str,
) -> None:
    # a split-cour show's "Part 2 Premiere" headline, no number in it: the opening gives the
    # premiere's number through the run, and a later part's premiere is reviewed as an episode
    parsed = doc(f"Show Part 2 Premiere Review\n\n{opening}\n\n{BODY}")
    assert parsed.episode == 13
    assert parsed.kind is DocumentKind.EPISODE_REVIEW


# a database site's user review, its heading naming the show and the reviewer only; its text
# tells how the season went, a point of it by number
_USER_REVIEW_TITLE = "A review of Lantern Road by quietowl"
_USER_REVIEW = (
    f"{_USER_REVIEW_TITLE}\n\n"
    "I came in expecting a gimmick. By episode 4 it had turned into the warmest show I saw "
    "all year, and by the end I was cheering at my screen.\n\n"
    "The two leads carry it, and the town they walk through every night is drawn with care.\n"
)


@pytest.mark.parametrize(
    "summary",
    [
        "A lamplighter and a runaway walk the same street for a season. Season 1 review.",
        "Full season review, light spoilers: the warmest show of the year",
        "Lantern Road Season 1 Review",
    ],
)
def test_a_summary_saying_it_reviews_a_season_makes_the_texts_episodes_parts_of_it(
    summary: str,
) -> None:
    meta = PageMeta(title=_USER_REVIEW_TITLE, description=summary)
    parsed = doc(_USER_REVIEW, meta=meta, anime="Lantern Road")
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW
    # a static site's front matter summary says it as the page's description does
    front = f'---\ntitle: "{_USER_REVIEW_TITLE}"\nsummary: "{summary}"\n---\n\n{_USER_REVIEW}'
    assert doc(front, anime="Lantern Road").episode is None


@pytest.mark.parametrize(
    "summary",
    [
        None,
        "My season 1 review comes later; this is about the night market.",
        "Lantern Road Season 1 Review next week. Tonight: the night market.",
        "The night market episode, with a word on the season so far.",
    ],
)
def test_a_summary_speaking_of_another_review_or_none_leaves_the_texts_episode(
    summary: str | None,
) -> None:
    meta = PageMeta(title=_USER_REVIEW_TITLE, description=summary)
    parsed = doc(_USER_REVIEW, meta=meta, anime="Lantern Road")
    assert parsed.episode == 4
    assert parsed.kind is DocumentKind.EPISODE_REVIEW


# a diary site's log of a show, its heading naming the show and the member only; the tag the
# summary gives it ("first impressions") is lost from its text with the log's header
_LOG_TITLE = "quietowl's log of Lantern Road"
_LOG = (
    f"{_LOG_TITLE}\n\n"
    "The lamplighter walks the same street every night, and the runaway who follows him "
    "steals every scene she is in.\n\n"
    "The town is drawn with care and the music hums under everything. I'm in.\n"
)


@pytest.mark.parametrize(
    "summary",
    [
        "★★★★ — first impressions. The lamplighter walks the same street every night.",
        "First look only | The lamplighter walks the same street every night.",
    ],
)
def test_a_summary_tagging_first_impressions_makes_a_log_naming_no_episode_the_premieres(
    summary: str,
) -> None:
    meta = PageMeta(title=_LOG_TITLE, description=summary)
    parsed = doc(_LOG, meta=meta, anime="Lantern Road")
    assert parsed.episode == 1
    assert parsed.kind is DocumentKind.FIRST_IMPRESSIONS


@pytest.mark.parametrize(
    "summary",
    [
        "★★★★ — First impressions were wrong. The lamplighter walks the same street.",
        "★★★★ — my first impressions post was kinder to the middle stretch.",
        "★★★★ — not first impressions. The lamplighter walks the same street.",
    ],
)
def test_a_summary_speaking_of_first_impressions_in_a_sentence_tags_nothing(summary: str) -> None:
    meta = PageMeta(title=_LOG_TITLE, description=summary)
    parsed = doc(_LOG, meta=meta, anime="Lantern Road")
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


@pytest.mark.parametrize(
    "opening",
    [
        "With the eighth one out this week, a check-in. Spoilers for episodes 1-8.\n\n"
        "Episode 7 is the big fight, and it is gorgeous.",
        "This covers episodes 1 to 8 of the season so far.\n\n"
        "Episode 6 is where it turns, and the heist after it is the best thing in it.",
    ],
)
def test_a_check_in_over_a_range_reaches_its_last_episode(opening: str) -> None:
    # a mid-season check-in says which episodes it covers, then dwells on one of them in the
    # present tense: it may spoil all of them, so it is of the last
    parsed = doc(f"Show at the halfway point: a check-in\n\n{opening}\n\n{BODY}", anime="Show")
    assert parsed.episode == 8


def test_an_episode_past_a_range_named_stays_this_one() -> None:
    # a weekly review names the pair before it in passing: its own episode is later
    opening = "Episodes 3-4 set the table, and episode 5 is where the heist starts."
    assert doc(f"Show weekly notes\n\n{opening}\n\n{BODY}", anime="Show").episode == 5


@pytest.mark.parametrize(
    "stats",
    [
        "Mean 7.41 (from 12,003 votes)   Ranked #412   Popularity #1500",
        "Ranking #88 | Popularity #903 | Members 55,120",
    ],
)
def test_a_databases_rank_and_popularity_numbers_no_episode(stats: str) -> None:
    # a user review copied from a database site: its stats line ranks the show among all
    # shows; the review itself is of the whole season
    assert episode_in(stats) is None
    text = f"Show\n\n{stats}\n\nA user's review of the whole season, all of it watched.\n\n{BODY}"
    assert doc(text, known_anime=["Show"]).episode is None


@pytest.mark.parametrize(
    "note",
    [
        "My streaming app keeps counting from the first season's 12 episodes, making this "
        "episode 16 there.",
        "The broadcast restarts at 1, but the service continues the numbering, so this is "
        "**episode 16** in its list.",
    ],
)
def test_a_note_that_the_numbering_carries_on_through_the_seasons_wins(note: str) -> None:
    # the headline numbers the episode within its season; the opening notes that a service
    # numbers it through the seasons, which wins
    text = f"Show Season 2 Episode 4 Review\n\n{note} Same episode either way.\n\n{BODY}"
    assert doc(text, known_anime=["Show"]).episode == 16


@pytest.mark.parametrize(
    "title", ["Show, thirteen episodes later", "Show: I finished all 13 episodes, so here goes"]
)
def test_a_headline_saying_the_whole_run_was_watched_names_no_finale(title: str) -> None:
    # a newsletter's season review: the headline (the page's own, not in the text) says the
    # whole run is behind it; the opening's "the final episode" is where the run ended
    text = (
        "Hello again. A follow-up is due now that the final episode has aired. In short: "
        f"glad I watched it, hard to recommend.\n\n{BODY}"
    )
    parsed = parse_document(text, catalogs=[_short_catalog()], meta=PageMeta(title=title))
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


@pytest.mark.parametrize(
    ("title", "episode", "kind"),
    [
        # a later season's finale is one episode, its number in the text
        ("Paper Kite's Season 2 finale crowns a king", 25, DocumentKind.EPISODE_REVIEW),
        ("Paper Kite Season 2 finale: the long way home", 25, DocumentKind.EPISODE_REVIEW),
        # ...while a season's own words still speak of it whole
        ("Paper Kite Season 2 review: the long way home", None, DocumentKind.SEASON_REVIEW),
    ],
)
def test_a_later_seasons_finale_in_the_title_is_one_episode(
    title: str, episode: int | None, kind: DocumentKind
) -> None:
    opening = (
        "Episode 25, the thirteenth and last of this season, ends on the rooftop where "
        "episode 24 left the two of them, and it is the best the show has looked."
    )
    parsed = doc(f"{title}\n\n{opening}\n\n{BODY}", anime="Paper Kite")
    assert (parsed.episode, parsed.kind) == (episode, kind)


@pytest.mark.parametrize("title", ["Paper Kite - Reviews", "Paper Kite | User Reviews"])
def test_a_databases_reviews_tab_reviews_the_whole_show(title: str) -> None:
    # a database site's reviews tab for a show (its name cut off the headline): a user's
    # review there goes through the run, the episodes it names are parts of it
    opening = (
        "I came in for the kites and stayed for the family drama. The middle stretch sags, "
        "and episodes 7 to 9 nearly lost me, but the ending earns every tear."
    )
    parsed = doc(f"{title}\n\n{opening}\n\n{BODY}", anime="Paper Kite")
    assert (parsed.episode, parsed.kind) == (None, DocumentKind.SEASON_REVIEW)
    # ...while a headline naming its episode before the tab's word still has that episode
    parsed = doc(f"Paper Kite Episode 9 - Reviews\n\n{opening}\n\n{BODY}", anime="Paper Kite")
    assert parsed.episode == 9


@pytest.mark.parametrize(
    "lead",
    [
        "ok, writing this up now. harbor town 7. I was not ready for the quiet one.",
        "Harbor Town 7: I was not ready for the quiet one.",
        "Harbor Town 7 - I was not ready for the quiet one.",
        "Notes to self.\nHarbor Town 7\nI was not ready for the quiet one.",
    ],
)
def test_the_anime_and_a_number_as_a_sentence_of_their_own_name_the_episode(lead: str) -> None:
    # a chat message or a note without a headline names its episode so ("show 7."); the
    # episodes named later are the ones before it, looked back on
    text = (
        f"{lead} The leftover jokes from ep 6 sit oddly next to the rest, and ep 5 is still "
        f"the most fun one, but this is the best.\n\n{BODY}"
    )
    assert doc(text, known_anime=["Harbor Town"]).episode == 7


@pytest.mark.parametrize(
    "lead",
    ["harbor town 7. I was not ready for the quiet one.", "Harbor Town 7: what a quiet one."],
)
def test_the_anime_shortened_to_its_name_before_the_colon_and_a_number_name_the_episode(
    lead: str,
) -> None:
    # fans write an anime with a subtitle by its first part alone, then the episode's number
    text = f"{lead} The leftover jokes from ep 6 sit oddly next to the rest.\n\n{BODY}"
    parsed = doc(text, known_anime=["Harbor Town: The Long Tide"])
    assert parsed.anime_title == "Harbor Town: The Long Tide"
    assert parsed.episode == 7


@pytest.mark.parametrize(
    "lead",
    [
        "Harbor Town 17 hit me harder than I expected.",
        "Finally caught up. harbor town 17 is the quiet one everyone warned me about.",
        "Harbor Town 17 absolutely wrecked me, no notes.",
    ],
)
def test_the_anime_and_a_two_digit_number_as_a_sentences_subject_name_the_episode(
    lead: str,
) -> None:
    # a social post opens on the episode as its subject, the sentence going on: two digits
    # are no sequel's number; the episode named later is looked back on
    text = f"{lead} The leftover jokes from ep 16 sit oddly next to the rest.\n\n{BODY}"
    assert doc(text, known_anime=["Harbor Town"]).episode == 17


@pytest.mark.parametrize(
    "lead",
    [
        "Harbor Town 45 minutes of pure mood, and episode 5 is where I am.",
        "Harbor Town 12 and 13 were a blur, and episode 5 is where I am.",
    ],
)
def test_a_two_digit_count_or_pair_after_the_anime_names_no_episode(lead: str) -> None:
    text = f"{lead} It is quiet and lovely.\n\n{BODY}"
    assert doc(text, known_anime=["Harbor Town"]).episode == 5


@pytest.mark.parametrize(
    "lead",
    [
        "Harbor Town 2 was announced this morning, and episode 5 is where I am.",
        "Harbor Town 2 weeks ago was a different show, and episode 5 is where I am.",
    ],
)
def test_the_anime_and_a_number_going_on_in_a_sentence_name_no_episode(lead: str) -> None:
    # a sequel's name ("Show 2 was announced") or a number the sentence goes on from: the
    # episode is the one the opening names
    text = f"{lead} It is quiet and lovely.\n\n{BODY}"
    assert doc(text, known_anime=["Harbor Town"]).episode == 5


@pytest.mark.parametrize(
    ("lead", "episode"),
    [
        (
            "This is the first episode of the second cour, episode 14 overall if you count "
            "from the autumn premiere.",
            14,
        ),
        (
            "Back after the break. It is the opening episode of season 2, episode 26 in total, "
            "and a strong one.",
            26,
        ),
    ],
)
def test_a_later_seasons_first_episode_said_in_words_is_counted_through_the_seasons(
    lead: str, episode: int
) -> None:
    # a headline with no number over an opening that calls its episode the first of a later
    # season and gives the number through the seasons beside it
    text = f"Lantern Street Returns With a Bang\n\nWelcome back, everyone. {lead}\n\n{BODY}"
    assert doc(text, anime="Lantern Street").episode == episode


@pytest.mark.parametrize(
    "said",
    [
        "finally caught up, did eps 4 5 and 6 tonight in one go",
        "finally caught up: watched episodes 4, 5 and 6 tonight",
        "finally caught up with episodes 4, 5, and 6 tonight",
    ],
)
def test_a_catch_up_listing_the_episodes_it_watched_reaches_the_last(said: str) -> None:
    # a chat's catch-up names three episodes watched together, then goes through them one
    # by one: it may spoil up to the last of them
    text = (
        "[5/2/2025 9:58 PM] rin_o\n"
        f"ok {said}, long thoughts incoming\n\n"
        "[5/2/2025 9:59 PM] rin_o\n"
        "ep 4: the exam ends and the lead flunks everything but the physical\n\n"
        "[5/2/2025 10:00 PM] rin_o\n"
        "ep 5: the big fight, really well animated\n\n"
        "[5/2/2025 10:01 PM] rin_o\n"
        "ep 6: slower, aftermath. overall 7/10 for the three\n"
    )
    assert doc(text, anime="Show").episode == 6


def test_a_bare_short_range_of_episodes_is_still_not_read_as_one() -> None:
    # "eps 5-8" in a schedule's line is left as before: only a list of three reaches its last
    text = (
        "Show Club notes\n\nThis week we start Show. Episode 1 is a strong opener and I liked "
        "it a lot.\n\nSchedule: next week, Other Show eps 5-8.\n"
    )
    assert doc(text, anime="Show").episode == 1


@pytest.mark.parametrize("bracket", ["(16 overall)", "(#16)", "(16th overall)"])
def test_a_subhead_restating_the_titles_episode_with_its_number_through_the_seasons(
    bracket: str,
) -> None:
    # a forum post's subhead under its headline: the romanised title, then the episode
    # within its season with the number through the seasons beside it
    text = (
        "Show Season 2 - Episode 4 discussion\n\n"
        f"*Sho no Hanashi 2nd Season*, Episode 4 {bracket}\n\n"
        "This week slows down and it is the best episode of the season so far.\n\n"
        f"{BODY}"
    )
    assert doc(text, anime="Show").episode == 16


def test_a_title_with_no_season_marker_counts_within_when_the_opening_restates_it_overall() -> None:
    # a later season's subtitle as the headline's name: the opening restates the title's
    # number with the ordinal counted through the seasons beside it, which wins
    text = (
        "The Long Winter Episode 4 Review\n\n"
        "The new season has been slow. Episode 4 (the 28th episode of Show overall, if you "
        "count from the start) is where it wakes up.\n\n"
        f"{BODY}"
    )
    assert doc(text).episode == 28


@pytest.mark.parametrize("ordinal", ["**15th episode**", "*15th episode*", "**fifteenth episode**"])
def test_an_ordinal_through_the_seasons_in_markdown_emphasis(ordinal: str) -> None:
    # a note on the numbering under a sequel's title: the ordinal counted through the seasons
    # set in bold or italics, the emphasis between "the" and the number
    text = (
        "Lantern Hill II Episode 3 Review\n\n"
        "> A note on numbering: this is the third episode of the new season. Counting the "
        f"first season's twelve, it is the {ordinal} of Lantern Hill overall.\n\n"
        f"{BODY}"
    )
    assert doc(text).episode == 15


def test_an_ordinal_overall_in_another_sentence_leaves_an_unmarked_titles_number() -> None:
    # no season marker and the title's number not restated beside the ordinal: the ordinal
    # may be anything's ("the show's 28th episode overall, a milestone last month")
    text = (
        "Show Episode 4 Review\n\n"
        "The new season has been slow. Last month the show aired its 28th episode overall.\n\n"
        f"{BODY}"
    )
    assert doc(text).episode == 4


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        # a special aired between two episodes, numbered with a half: it may spoil up to the
        # whole number before it
        ("Harbor Lights Episode 6.5 Review: the clip show", 6),
        ("Harbor Lights ep 24.5 — worth watching?", 24),
        ("Harbor Lights Episode 9 thoughts", 9),
    ],
)
def test_a_half_numbered_special_is_the_episode_before_it(title: str, episode: int) -> None:
    assert episode_in(title) == episode


@pytest.mark.parametrize(
    "title",
    [
        "Harbor Lights episode 7.5/10",
        "Harbor Lights Ep 3.25",
    ],
)
def test_an_episode_number_is_read_whole_not_its_first_digit(title: str) -> None:
    # "7.5/10" (a score), "3.25": no episode "7" or "3" in them ("11/24", a run's progress, is
    # episode 11 whole: test_a_titles_episode_of_a_run_is_its_number)
    assert episode_in(title) is None


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Harbor Lights S3, Ep. 5/13: The Tide Turns", 5),
        ("Harbor Lights Season 3 Episode 9/26 Review", 9),
        ("Harbor Lights S3 Ep 8/10", None),  # a score out of 10, not the season's count
    ],
)
def test_a_seasons_episode_out_of_the_seasons_count(title: str, episode: int | None) -> None:
    # the season's episode with how many the season has after a slash
    assert episode_in(title) == episode


def test_a_seasons_episode_out_of_its_count_yields_to_the_number_through_the_seasons() -> None:
    text = (
        "Harbor Lights S3, Ep. 5/13: The Tide Turns\n\n"
        "Season episode\n\n5 of 13\n\nSeries episode\n\n#29 overall\n\n"
        f"{BODY}"
    )
    assert doc(text).episode == 29


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        # a past perfect after "until": the episodes were watched before writing
        ("I held off writing until I'd seen the first two episodes, and the wait paid off.", 2),
        ("I waited until I had actually watched the first three episodes. Worth it.", 3),
        # still a plan: the premiere is the one reviewed
        ("I'll wait until I've seen the first three episodes to decide. The premiere is slow.", 1),
    ],
)
def test_first_impressions_held_until_episodes_were_seen_are_of_the_last(
    opening: str, episode: int
) -> None:
    parsed = doc(f"First Impressions: Lantern Hill\n\n{opening}\n\n{BODY}")
    assert (parsed.episode, parsed.kind) == (episode, DocumentKind.FIRST_IMPRESSIONS)


def test_a_pages_title_naming_a_season_review_over_a_headline_naming_none() -> None:
    # the headline names no kind; the page's whole <title> says it is the season's review:
    # the episodes its text goes through, one by one, are parts of the season
    text = (
        "Harbor Lights: Every Episode, Rated\n\n"
        "Episode 1 sets up the lighthouse and the keeper's daughter, and it is lovely.\n\n"
        "Ep | Note | Score\n1 | The storm | 8\n2 | The town | 6\n3 | The fog | 7\n\n"
        "Season score: 7/10"
    )
    meta = PageMeta(
        title="Harbor Lights: Every Episode, Rated",
        page_title="Harbor Lights – Season Review & Episode Ratings – Tidesite",
    )
    parsed = doc(text, meta=meta, anime="Harbor Lights")
    assert (parsed.episode, parsed.kind) == (None, DocumentKind.SEASON_REVIEW)
    # a <title> naming the same headline's episode review keeps the episode
    meta = replace(meta, page_title="Harbor Lights: Every Episode, Rated – Tidesite")
    assert doc(text, meta=meta, anime="Harbor Lights").episode == 1


def test_a_number_opening_the_next_line_after_the_shows_name_numbers_a_list_item() -> None:
    # a letter's contents: the show's name ends one item, the next item's number opens the
    # following line; the feature's text gives the episode
    text = (
        "---\nanime: Paper Kites\n---\n\nThe Lantern Post\n\n"
        "IN THIS ISSUE\n1. Club news\n2. First Impressions: Paper Kites\n5. Odds and ends\n\n"
        "Episode 1 opens on a rooftop in the rain, and the girl with the kites never speaks.\n\n"
        "Grade: B+\n"
    )
    assert doc(text).episode == 1


# ------------------------------- round 66: breadcrumbs filing a page under its episode


_HOW_FAR_FIRST = (
    "Rain on the pier\n\n"
    "Three episodes in, the pattern is clear: a stranger comes to town, the keeper's daughter "
    "learns their story, and the lighthouse goes dark for a night. Episode 4 breaks it.\n\n"
    f"{BODY}"
)


@pytest.mark.parametrize(
    "crumbs",
    [("Home", "Reviews", "Harbor Lights", "Episode 4"), ("Shows", "Harbor Lights", "Ep. 4")],
)
def test_breadcrumbs_filing_a_page_under_an_episode_outweigh_a_count_so_far(
    crumbs: tuple[str, ...],
) -> None:
    # the headline names no episode; the trail files the page under episode 4, and the
    # opening's "three episodes in" is how far the show had gone before it
    meta = PageMeta(title="Rain on the pier", breadcrumbs=crumbs)
    parsed = doc(_HOW_FAR_FIRST, meta=meta, anime="Harbor Lights")
    assert (parsed.episode, parsed.kind) == (4, DocumentKind.EPISODE_REVIEW)


@pytest.mark.parametrize(
    "crumbs",
    [
        ("Home", "Reviews", "Harbor Lights"),  # no episode's crumb
        ("Harbor Lights", "Episode 4", "Episode 5"),  # two episodes: no one filing
        ("Home", "Harbor Lights", "Episode 4 and the lighthouse"),  # more than a label
    ],
)
def test_breadcrumbs_naming_no_one_episode_leave_the_opening_to_say(
    crumbs: tuple[str, ...],
) -> None:
    # (the opening alone decides, as for a page with no trail: its first look, three episodes in)
    meta = PageMeta(title="Rain on the pier", breadcrumbs=crumbs)
    parsed = doc(_HOW_FAR_FIRST, meta=meta, anime="Harbor Lights")
    alone = doc(_HOW_FAR_FIRST, meta=PageMeta(title="Rain on the pier"), anime="Harbor Lights")
    assert (
        (parsed.episode, parsed.kind)
        == (alone.episode, alone.kind)
        == (
            3,
            DocumentKind.FIRST_IMPRESSIONS,
        )
    )


# ------------------------------- round 66: a mid-season check-in saying how far it has watched


_CHECK_IN = (
    "{title}\n\n"
    "Hello again, readers.\n\n"
    "{reach}, the short version: the keeper's daughter has left the lighthouse, the town has "
    "noticed, and the storms are getting worse every week.\n\n"
    f"{BODY}"
)


@pytest.mark.parametrize(
    ("title", "reach", "episode"),
    [
        ("Harbor Lights Season 2 at the Halfway Point", "Six episodes in", 6),
        ("Mid-Season Check-In: Harbor Lights Season 2", "Seven episodes in", 7),
        ("Harbor Lights Season 2, halfway there", "Covering episodes 1-6", 6),
        # the season's own number restated beside the one the streaming app counts through
        (
            "Harbor Lights Season 2 at the Midpoint",
            "This week was season 2, episode 6, which the app lists as Episode 18. Six episodes in",
            18,
        ),
        # how far into the season, the clause going on ("episodes into season two, which …")
        ("Harbor Lights Season 2 at the Halfway Point", "We are six episodes into the season", 6),
        (
            "Halfway Home: A Harbor Lights Season 2 Check-In",
            "Six episodes into season two, which makes this week's episode the 18th of the "
            "series overall",
            18,
        ),
    ],
)
def test_a_mid_season_check_in_saying_how_far_it_has_watched_is_of_that_episode(
    title: str, reach: str, episode: int
) -> None:
    parsed = doc(_CHECK_IN.format(title=title, reach=reach), anime="Harbor Lights")
    assert (parsed.episode, parsed.kind) == (episode, DocumentKind.EPISODE_REVIEW)


@pytest.mark.parametrize(
    "reach",
    [
        "We're six episodes into Season 2 (that's episode 31 overall, counting season one)",
        "We're six episodes into the new season (episodes 26-31 overall)",
    ],
)
def test_a_check_in_under_no_season_counts_how_far_into_one_through_the_seasons(
    reach: str,
) -> None:
    # the title names no season; "six episodes into Season 2" counts within the season, so
    # the number the opening counts through the seasons wins
    title = "Harbor Lights at the halfway mark"
    parsed = doc(_CHECK_IN.format(title=title, reach=reach), anime="Harbor Lights")
    assert (parsed.episode, parsed.kind) == (31, DocumentKind.EPISODE_REVIEW)


@pytest.mark.parametrize(
    ("title", "reach", "episode"),
    [
        (
            "Harbor Lights II, six episodes in",
            "I'm six episodes into the second season, which makes it episode 18 of the show "
            "overall",
            18,
        ),
        # the opening's count is of another number than the title's: the title's stands
        (
            "Harbor Lights II, six episodes in",
            "I'm five episodes into the second season, which makes it episode 17 of the show "
            "overall",
            6,
        ),
    ],
)
def test_a_title_saying_how_far_in_counts_within_the_season_the_opening_says_it_is(
    title: str, reach: str, episode: int
) -> None:
    # the title's "six episodes in" restated as how far into a season the writer has watched:
    # the season's sixth, so the number the opening counts through the seasons wins
    parsed = doc(_CHECK_IN.format(title=title, reach=reach), anime="Harbor Lights")
    assert parsed.episode == episode


def test_first_impressions_of_a_later_season_count_the_episodes_watched_through_seasons() -> None:
    # a chat's message, its first line the headline: the two episodes watched of season 2,
    # restated as counted through the seasons; the last of them
    text = (
        "[02/03/2025, 21:00:00] Mina: Harbor Lights Season 2 First Impressions (after two "
        "episodes, so eps 13-14 overall)\n\nThe keeper's daughter is back and the storms are "
        f"worse.\n\n{BODY}"
    )
    parsed = doc(text, anime="Harbor Lights")
    assert (parsed.episode, parsed.kind) == (14, DocumentKind.FIRST_IMPRESSIONS)
    # a range not as wide as the episodes watched is not them
    parsed = doc(text.replace("13-14", "12-14"), anime="Harbor Lights")
    assert parsed.episode == 2


@pytest.mark.parametrize(
    "reach",
    [
        "Here is where the show stands after eleven episodes",
        "Through 11 episodes, and with episodes 4 and 7 the weak ones",
    ],
)
def test_a_check_in_naming_no_season_is_of_how_far_it_says_it_has_watched(reach: str) -> None:
    # "<Show> at the halfway point" names no season: the opening says how far it has watched
    # in words, further than the episodes it names in passing
    title = "Harbor Lights at the halfway point: the storms get worse"
    text = _CHECK_IN.format(title=title, reach=reach).replace(
        "Hello again, readers.", "The cour runs twenty-two, and episodes 4 and 7 were rough."
    )
    parsed = doc(text, anime="Harbor Lights")
    assert (parsed.episode, parsed.kind) == (11, DocumentKind.EPISODE_REVIEW)


@pytest.mark.parametrize(
    ("title", "reach"),
    [
        # a review of the season, written at its middle
        ("Harbor Lights Season 2 Review (Mid-Season Check-In)", "Six episodes in"),
        # a check-in that names no episode
        ("Mid-Season Check-In: Harbor Lights Season 2", "Halfway through the cour"),
        # a season named with no word for its middle
        ("Harbor Lights Season 2: the storms get worse", "Six episodes in"),
        # how far into the season it will be, not how far it is
        ("Mid-Season Check-In: Harbor Lights Season 2", "I'll decide six episodes into the season"),
    ],
)
def test_a_season_review_or_a_check_in_naming_no_episode_stays_a_season_review(
    title: str, reach: str
) -> None:
    parsed = doc(_CHECK_IN.format(title=title, reach=reach), anime="Harbor Lights")
    assert (parsed.episode, parsed.kind) == (None, DocumentKind.SEASON_REVIEW)


def test_a_headline_naming_no_episode_takes_the_pages_info_line_through_the_seasons() -> None:
    # a blog post's info line ("<Show> Season 3, Episode 6 (episode 31 overall)") dropped by
    # text extraction with the byline: the page's own count, through the seasons, is the
    # episode a headline of pure wordplay never names
    text = "Salt in the Furrows: A Slow Week at the Mill\n\nThe mill scenes breathe.\n\n"
    meta = PageMeta(
        title="Salt in the Furrows: A Slow Week at the Mill",
        through_seasons=(6, 31, "Season 3, Episode 6 (episode 31 overall)"),
    )
    parsed = doc(text + BODY, meta=meta, known_anime=["Lighthouse"], anime="Lighthouse")
    assert parsed.episode == 31
    assert parsed.kind.value == "episode-review"
    assert (
        doc(text + BODY, meta=replace(meta, through_seasons=None), anime="Lighthouse").episode
        is None
    )


@pytest.mark.parametrize(
    ("through", "episode"),
    [
        ((5, 17, "Episode 17 (Season 2, Episode 5)"), 17),
        ((4, 16, "Episode 16 (Season 2, Episode 4)"), 5),  # another episode's line
        (None, 5),
    ],
)
def test_a_subtitle_between_the_titles_later_season_and_episode_takes_the_pages_line(
    through: tuple[int, int, str] | None, episode: int
) -> None:
    # a sequel's own name between its season and its episode ("Season 2 -Tides Apart-
    # Episode 5") is no season marker, but the title names a later season, and the meta line
    # under it, dropped by text extraction, numbers the same episode within it and through
    # the seasons
    title = "Harbor Lights Season 2 -Tides Apart- Episode 5 Review"
    meta = PageMeta(title=title, through_seasons=through)
    parsed = doc(f"{title}\n\nThe mill scenes breathe.\n\n{BODY}", meta=meta, anime="Harbor Lights")
    assert parsed.episode == episode


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Show II – First Impressions (Episode 1 / #14 overall)", 14),
        ("Show II Ep 3 · ep 16 overall: a long week", 16),
        ("Show: The Second Act – Episode 4, 17th overall", 17),
        # a separator then a number that says nothing of counting overall: the episode's own
        ("Show II Episode 4 / 17 minutes of fights", 4),
    ],
)
def test_a_number_said_overall_after_a_separator_beside_a_plain_episode_wins(
    title: str, expected: int
) -> None:
    assert episode_in(title) == expected


@pytest.mark.parametrize("row", ["Episode | 7", "Episode: 7", "Ep. # | 7"])
def test_an_info_rows_episode_files_a_headline_naming_none(row: str) -> None:
    # a wordplay headline over the page's info table: the table's row names the episode
    text = (
        "Harbor Lights Weekly: The Tide Turns\n\n"
        f"Show | Harbor Lights\n{row}\nAired | Tuesday, 22:30\n\n{BODY}"
    )
    parsed = doc(text, anime="Harbor Lights")
    assert (parsed.episode, parsed.kind) == (7, DocumentKind.EPISODE_REVIEW)


@pytest.mark.parametrize(
    "row",
    ["Episode | 19 (cour 2, no. 7)", "Episode: 19 (Season 2, Episode 7)", "Ep. | 19 (Part 2)"],
)
def test_an_info_rows_episode_glossed_by_its_place_in_a_later_cour_is_counted_through(
    row: str,
) -> None:
    # the bracket counts the episode afresh within its cour or season: the row's own number
    # is the one through the seasons, and files the review
    text = (
        "Harbor Lights Weekly: The Tide Turns\n\n"
        f"Show | Harbor Lights\n{row}\nAired | Tuesday, 22:30\n\n{BODY}"
    )
    parsed = doc(text, anime="Harbor Lights")
    assert (parsed.episode, parsed.kind) == (19, DocumentKind.EPISODE_REVIEW)


def test_an_info_rows_count_of_episodes_files_no_episode() -> None:
    # "Episodes | 12" counts the show's episodes: not the one reviewed
    text = (
        "Harbor Lights Weekly: The Tide Turns\n\n"
        f"Show | Harbor Lights\nEpisodes | 12\nAired | Tuesday, 22:30\n\n{BODY}"
    )
    assert doc(text, anime="Harbor Lights").episode is None


@pytest.mark.parametrize(
    ("anime", "title", "episode"),
    [
        ("Hollow Lantern Road", "Not Just for Racing Fans: HLR 31 Recap & Thoughts", 31),
        ("Yomigaeri Kaido", "YGK 31 - thoughts", 31),  # a word's later syllable's start too
        ("Hollow Lantern Road", "HLR 31", 31),
    ],
)
def test_a_number_after_the_animes_name_shortened_to_capitals_is_the_episode(
    anime: str, title: str, episode: int
) -> None:
    # a community's post heads itself with the show's capitals and its count through the
    # seasons; the opening restates it within the season
    text = (
        f"---\nanime: {anime}\ntitle: {title}\n---\n"
        f"Housekeeping: this is {anime} Season 2, Episode 7, counted the long way.\n\n"
        f"{BODY}"
    )
    assert doc(text).episode == episode


@pytest.mark.parametrize(
    "title",
    [
        "TV 31 Recap & Thoughts",  # capitals that are not the anime's
        "HLR 3 Recap & Thoughts",  # one digit: perhaps a season
    ],
)
def test_capitals_not_the_animes_or_one_digit_name_no_episode(title: str) -> None:
    text = (
        f"---\nanime: Hollow Lantern Road\ntitle: {title}\n---\n"
        "Housekeeping: this is Hollow Lantern Road Season 2, Episode 7, counted the long way.\n\n"
        f"{BODY}"
    )
    assert doc(text).episode == 7


# ------------------------------- round 78: a crumb, a newsletter's "this", a column's week


@pytest.mark.parametrize(
    ("through", "episode"),
    [
        ((12, 24, "Episode 12 of 12 (episode 24 overall)"), 24),
        ((11, 23, "Episode 11 of 12 (episode 23 overall)"), 12),  # another episode's
        (None, 12),
    ],
)
def test_an_episode_crumb_beside_the_pages_number_through_the_seasons_takes_it(
    through: tuple[int, int, str] | None, episode: int
) -> None:
    # "… › Season 2 › Episode 12" over a headline naming no episode, and a series box
    # counting the same episode through the seasons
    meta = PageMeta(
        title="Rain on the pier",
        breadcrumbs=("Home", "Harbor Lights", "Season 2", "Episode 12"),
        through_seasons=through,
    )
    assert doc(_HOW_FAR_FIRST, meta=meta, anime="Harbor Lights").episode == episode


def test_this_said_of_the_letter_before_since_does_not_make_an_episode_this_ones() -> None:
    # "this newsletter since the third episode" points back to the third; the finale the
    # opening numbers outright is the one the issue is about
    text = (
        "Subject: [Lamp Post #40] The finale, at last\n\n"
        "Hello again,\n\n"
        "The last episode of Harbor Lights aired on Friday, and it is episode 12 for those "
        "counting.\n\n"
        "I have kept this newsletter since the third episode, and never felt this nervous.\n\n"
        f"{BODY}"
    )
    assert doc(text, anime="Harbor Lights").episode == 12


@pytest.mark.parametrize(
    ("opening", "episode"),
    [
        # the column says which episode its week covers: the show began a week late
        ("Our Week 6 entry looks at episode 5. Episode 5 is a quiet one.", 5),
        ("Episode 3 is the calmest yet.", 3),
        ("Episode 7 is the calmest yet.", 6),  # a later episode than the week: not the column's
        ("Nothing much about numbers here.", 6),  # the opening names none: the week's
    ],
)
def test_a_weekly_columns_week_yields_to_an_earlier_episode_the_opening_names(
    opening: str, episode: int
) -> None:
    meta = PageMeta(title="Pier Notes, Week 6: The Keeper's Daughter")
    parsed = doc(f"{opening}\n\n{BODY}", meta=meta, anime="Harbor Lights")
    assert parsed.episode == episode


def test_a_columns_week_beside_an_episode_marker_in_the_title_is_not_weighed() -> None:
    meta = PageMeta(title="Pier Notes, Week 6: Harbor Lights Episode 6")
    parsed = doc(f"Episode 3 is the calmest yet.\n\n{BODY}", meta=meta, anime="Harbor Lights")
    assert parsed.episode == 6


def test_a_columns_week_stays_over_a_premiere_the_opening_names_only_in_words() -> None:
    # "last week's note on the premiere" is the column's earlier letter, no number for this one
    meta = PageMeta(title="Pier Notes, Week 6: The Keeper's Daughter")
    text = f"Welcome, readers of last week's note on the premiere.\n\n{BODY}"
    assert doc(text, meta=meta, anime="Harbor Lights").episode == 6


def test_a_roundups_full_review_heading_below_long_quick_takes_gives_the_episode() -> None:
    # a weekly "what I watched" post whose quick takes run past the opening's first lines
    # (each saying an episode of another show) before the label over its one full review
    takes = "\n\n".join(
        f"{show} - Episode {n} was fine.\nNothing much to say about it this week."
        for show, n in (("Spy x Family", 3), ("Blue Lock", 8), ("Dandadan", 2), ("Vinland Saga", 5))
    )
    text = (
        "Sunday Screen Log (week 11)\n\n"
        "Short notes first, then the one that earned a proper write-up.\n\n"
        f"{takes}\n\n--- FULL REVIEW ---\n\nKaiju Diner - Episode 6\n\n"
        "Kaiju Diner saved its best for this one: the cook finally talks back to the monster.\n\n"
        f"{BODY}"
    )
    parsed = doc(text, known_anime=["Spy x Family", "Blue Lock", "Dandadan", "Vinland Saga"])
    assert parsed.anime_title == "Kaiju Diner"
    assert parsed.episode == 6
    assert parsed.kind is DocumentKind.EPISODE_REVIEW


def test_a_programmes_number_over_a_title_naming_no_anime_yields_to_the_episode_beside_it() -> None:
    # a weekly digest's issue number, its title calling the show after its lead, its opening
    # listing the week's shows (another show's episodes first), then the anime with its episode
    text = (
        "Weekly Digest #44 — the lighthouse girl finds her nerve\n\n"
        "- Other Show (rewatch, episodes 1-3). Still lovely.\n"
        "- Harbour Lights Season 2 Episode 2, episode 14 overall. Review below.\n\n"
        f"{BODY}"
    )
    assert doc(text, known_anime=["Harbour Lights"]).episode == 14


def test_a_programmes_number_stays_without_the_anime_named_beside_an_episode() -> None:
    # the opening names the anime but no episode beside it: the title's number is kept
    text = (
        "Weekly Digest #4 — the lighthouse girl finds her nerve\n\n"
        "Harbour Lights had its best week yet, and I have a lot to say.\n\n"
        f"{BODY}"
    )
    assert doc(text, known_anime=["Harbour Lights"]).episode == 4


@pytest.mark.parametrize(
    ("sign_off", "episode"),
    [
        # a weekly post numbering "this week's episode" only in its sign-off
        ("Admin note: that was episode 6 of Lighthouse Keepers. See you Friday.", 6),
        ("And that's ep 6 done. Back next week.", 6),
        # a comparison, not the post's episode: no number
        ("The storm felt like that was episode 2's problem all over again.", None),
    ],
)
def test_this_weeks_episode_numbered_only_in_the_sign_off(
    sign_off: str, episode: int | None
) -> None:
    text = (
        "Lighthouse Keepers weekly: the lamp finally goes out\n\n"
        "Right. This week's episode. I need a minute before I can write about it.\n\n"
        + "The keeper argues with the harbour master and the gulls heckle both. " * 30
        + f"\n\n{BODY}\n\n{sign_off}\n"
    )
    parsed = doc(text, known_anime=["Lighthouse Keepers"])
    assert parsed.episode == episode
    if episode is not None:
        assert parsed.kind is DocumentKind.EPISODE_REVIEW


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Lantern Street Episodes 2,047–2,048 Review: The Clocktower Ransom", 2048),
        ("Lantern Street Episode 1,305, the Harbour Case: Review", 1305),
        ("Lantern Street Ep. 3,002 Thoughts", 3002),
    ],
)
def test_a_long_running_shows_episode_written_with_a_thousands_comma(
    title: str, episode: int
) -> None:
    """A long-running show's four-digit episode (or the last of a two-parter) as pages write
    it, with a thousands comma."""
    parsed = doc(f"{title}\n\n{BODY}")
    assert parsed.episode == episode
    assert parsed.kind is DocumentKind.EPISODE_REVIEW
    assert episode_in(title) == episode


@pytest.mark.parametrize("title", ["Lantern Street Episodes 3,4 Review", "Show Eps 100,101"])
def test_numbers_in_a_list_are_no_thousands(title: str) -> None:
    assert episode_in(title) != 3004
    assert episode_in(title) != 100101


def test_a_podcasts_own_episode_number_yields_to_the_one_beside_the_anime() -> None:
    # a podcast transcript: its title numbers the programme, the line under it the anime
    text = (
        "The Kettle Hour — Episode 41 transcript\n"
        "Dandadan Season 2, Episode 3 (episode 15 overall)\n\n"
        "[00:00] HOST: Welcome back. Today it's Dandadan, and this one is a wild ride.\n\n"
        "[00:20] HOST: It keeps topping itself, honestly."
    )
    assert doc(text, known_anime=["Dandadan"]).episode == 15


@pytest.mark.parametrize(
    "label", ["SEASON REVIEW", "Series review · full spoilers", "SEASON REVIEW | 9 min read"]
)
@pytest.mark.parametrize("from_markup", [False, True])
def test_a_finale_in_the_title_under_a_season_review_label_is_no_episode(
    catalogs: list[Catalog], label: str, from_markup: bool
) -> None:
    # a site's label above the headline files the page as a review of the whole run; the
    # headline opens on the finale it ends with, the text then goes over the whole season
    headline = "Metallic Rouge Review: The Finale Lands, the Rest Drifts"
    text = (
        f"{label}\n\n{headline}\n\n"
        "I waited a week after the finale to write this, to see if it held up.\n\n"
        f"{BODY}"
    )
    meta = PageMeta(title=headline) if from_markup else None
    parsed = doc(text, meta=meta, catalogs=catalogs)
    assert parsed.episode is None
    assert parsed.kind.value == "season-review"
    # under an episode's label, or a section's ("ANIME REVIEW", its episode reviews too), the
    # finale is the episode reviewed
    for other in ("EPISODE REVIEW", "ANIME REVIEW"):
        episode = doc(text.replace(label, other), meta=meta, catalogs=catalogs)
        assert episode.episode == 13
        assert episode.kind.value == "episode-review"


@pytest.mark.parametrize(
    ("title", "episode"),
    [
        ("Lighthouse Keepers Episode Guide — Entry #9", 9),
        ("Episode Guide, Entry 9: Lighthouse Keepers", 9),
        ("Episode Guide #9 | Lighthouse Keepers", 9),
    ],
)
def test_an_episode_guides_numbered_entry_is_that_episode(title: str, episode: int) -> None:
    # a guide numbers its entries through the run, one episode each; the cour's own count
    # under it ("part two, episode 1") and the neighbours' numbers are not the entry's
    text = (
        f"{title}\n"
        "(part two, episode 1)\n\n"
        "Previous: #8 | Next: #10\n\n"
        "The keeper rows out to the reef at dawn and finds the lamp already lit. Nobody on "
        "the island admits to lighting it.\n\n"
        f"{BODY}"
    )
    parsed = doc(text, anime="Lighthouse Keepers")
    assert parsed.episode == episode


def test_an_episode_guide_of_the_whole_run_keeps_no_episode() -> None:
    text = (
        "Lighthouse Keepers Episode Guide: all twelve episodes, summed up\n\n"
        "Our guide goes through the run from the first storm to the last.\n\n"
        f"{BODY}"
    )
    assert doc(text, anime="Lighthouse Keepers").episode is None


def test_an_episode_guides_page_heading_one_episode_is_that_episode() -> None:
    # a fan wiki's guide exported as Markdown: the title names only the guide, the page heads
    # one episode (with its number in its season); links to its neighbours are no headings
    text = (
        "# Lighthouse Keepers — Episode Guide (wiki copy)\n\n"
        "| Part | Episodes |\n|---|---|\n| One | 1–10 |\n| Two | 11–20 |\n\n"
        "## Episode 14 [P2 E4]\n\n"
        "The keeper rows out to the reef at dawn and finds the lamp already lit.\n\n"
        "### Editor's take — Episode 14 (Part 2, Episode 4)\n\n"
        f"{BODY}\n\n"
        "[Episode 13](/wiki/13) · [Episode 15](/wiki/15)"
    )
    assert doc(text, anime="Lighthouse Keepers").episode == 14
    # a guide of the whole run heads each of its episodes: none is the page's
    whole = text.replace("## Episode 14 [P2 E4]", "## Episode 13\n\nA storm.\n\n## Episode 14")
    assert doc(whole, anime="Lighthouse Keepers").episode is None


@pytest.mark.parametrize(
    ("under", "episode"),
    [
        ("Entry #7 (Episode 7)", 7),
        ("Night 3 — Episode 4", 4),
        ("Episode 6: The Lamp Goes Out", 6),
        ("**Ep. 2 · Salt in the Gears**", 2),
    ],
)
def test_a_line_under_a_season_labelled_title_names_the_entrys_episode(
    under: str, episode: int
) -> None:
    # a rewatch log titles every entry by its season only; the line under the title says
    # which episode tonight's entry is about
    text = (
        "REWATCH LOG — Lighthouse Keepers, Season 1\n"
        f"{under}\n"
        "Thursday, late\n\n"
        "Second time through and I still forget how quiet the middle of this show is. The "
        "keeper barely speaks and it works.\n\n"
        f"{BODY}"
    )
    parsed = doc(text, anime="Lighthouse Keepers")
    assert parsed.episode == episode
    assert parsed.kind is DocumentKind.EPISODE_REVIEW


@pytest.mark.parametrize(
    ("title", "under"),
    [
        ("Lighthouse Keepers Season 1 Review", "Episode 12: The Long Night"),  # reviews it
        ("Lighthouse Keepers, Season 1", "Episodes 1-12"),  # the whole run's range
        ("Lighthouse Keepers, Season 1", "Spoilers through episode 12"),  # a warning
    ],
)
def test_a_season_review_over_a_line_naming_episodes_keeps_no_episode(
    title: str, under: str
) -> None:
    text = (
        f"{title}\n{under}\n\n"
        "Twelve episodes later, I can say the whole season holds together from start to "
        "finish.\n\n"
        f"{BODY}"
    )
    assert doc(text, anime="Lighthouse Keepers").episode is None


@pytest.mark.parametrize(
    ("heading", "episode"),
    [
        ("## Paper Kite — season wrap-up", None),
        ("PAPER KITE: SERIES WRAP-UP", None),
        # a heading naming the episode is that episode's, whatever else it says
        ("## Paper Kite episode 12 — season wrap-up", 12),
    ],
)
def test_a_letters_season_wrap_up_heading_names_no_episode(
    heading: str, episode: int | None
) -> None:
    # a newsletter's feature headed as a season's wrap-up: the episode its text says where
    # the writer's notes turned ("by episode 6 they were …") is a point in the season
    text = (
        "Harbour Notes — Issue #12\n\nHello again,\n\n"
        f"{heading}\n\n"
        "I went back and forth on Paper Kite all autumn. My notes were cheerful early on; by "
        "episode 6 they were mostly worried. Now that the finale is out, here is the verdict.\n\n"
        f"{BODY}"
    )
    parsed = doc(text, known_anime=["Paper Kite"])
    assert parsed.episode == episode
    if episode is None:
        assert parsed.kind is DocumentKind.SEASON_REVIEW


# --------------------------------------------------------------------------- round 93


@pytest.mark.parametrize(
    ("marker", "episode"),
    [
        # how far a run has got, "N/M": episode N
        ("**Ep 14/26**", 14),
        ("ep 7/13", 7),
        # a score's scale after the slash is a score, and a decimal is no episode of its own
        ("episode 7/10", None),
        ("episode 12.5", None),
    ],
)
def test_an_episode_counted_out_of_the_run_in_an_info_row_is_that_episode(
    marker: str, episode: int | None
) -> None:
    text = (
        "# Chapter Twelve Arrives: the Harbour Arc Settles In\n\n"
        f"**Show:** Marble Harbour · {marker} · **Writer:** A. Writer\n\n"
        f"{BODY}"
    )
    assert doc(text, known_anime=["Marble Harbour"]).episode == episode


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Show Ep. 5/24 — diary", 5),  # how far a run of 24 has got
        ("Show Episode 11/12: notes", 11),
        ("Harbor Lights Episode 11/24 at last", 11),  # whole, not its first digit
        ("Show Episode 7/10", None),  # a score out of ten, not a run's progress
        ("Show Ep 14/12", None),  # past the run's end: no progress
    ],
)
def test_a_titles_episode_of_a_run_is_its_number(title: str, expected: int | None) -> None:
    assert episode_in(title) == expected


def test_a_whole_run_review_disowning_the_finale_names_no_episode() -> None:
    # the blog numbers its posts on the show, the last as many as the episodes; the title
    # calls it a whole-run review and the opening says it is no write-up of the finale
    text = (
        "Marble Harbour #24 - Full Series Review\n\n"
        "Twenty-four posts on this one, so this gets the next number, but to be clear it isn't "
        "a review of the final episode: I want to look back on the whole show.\n\n"
        f"{BODY}"
    )
    parsed = doc(text, known_anime=["Marble Harbour"])
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


_DIARY_LOG = (
    "HARBOUR NOTES: THE WHOLE RUN SO FAR\n"
    "  Mar 2, 2025 ... Episode 3 ... 6/10\n"
    "  Mar 9, 2025 ... Episode 4 ... 8/10\n"
    "  Mar 16, 2025 ... Episode 5 ... 7/10\n"
)
_DIARY_TABLE = (
    "| Date | This cour | Overall ep. | Score |\n"
    "|---|---|---|---|\n"
    "| 9 March 2025 | Cour 2, Episode 3 | 15 | 8/10 |\n"
    "| 16 March 2025 | Cour 2, Episode 4 | 16 | 7/10 |\n"
)


@pytest.mark.parametrize(
    ("dateline", "log", "episode"),
    [
        # the post's date finds its row in the season's log
        ("Written on Sunday, March 9, 2025 by gullwatch", _DIARY_LOG, 4),
        # a table's column counting through the seasons wins over the cour's own number
        ("Sunday 16 March 2025, from the harbour desk", _DIARY_TABLE, 16),
        # no row of the post's day: no number
        ("Written on Sunday, March 23, 2025 by gullwatch", _DIARY_LOG, None),
    ],
)
def test_this_weeks_episode_numbered_by_the_dated_log_row_of_the_posts_day(
    dateline: str, log: str, episode: int | None
) -> None:
    text = (
        "Marble Harbour: the ferry finally sails\n"
        f"{dateline}\n\n"
        "Okay. This week's episode, at last, and it was worth the wait for the ferry scene.\n\n"
        + "The captain and the harbour master trade insults over the tide tables. " * 20
        + f"\n\n{BODY}\n\n{log}"
    )
    parsed = doc(text, known_anime=["Marble Harbour"])
    assert parsed.episode == episode
    if episode is not None:
        assert parsed.kind is DocumentKind.EPISODE_REVIEW


def test_show_notes_number_the_programmes_own_episode_whatever_its_name() -> None:
    # a podcast's show notes: the title numbers the programme's episode (its name has no
    # "Podcast" or "Hour" in it), the line under it says which of the anime's it covers
    catalog = Catalog(title="Lantern Street", slug="lantern-street", episode_count=12)
    text = (
        "Night Shift Club — Episode 64 show notes\n"
        "Lantern Street finale: was it worth the wait?\n\n"
        "[00:00] Intro and mail\n[05:10] The finale, spoilers from here\n\n"
        f"{BODY}"
    )
    parsed = doc(text, catalogs=[catalog])
    assert parsed.episode == 12
    assert parsed.kind is DocumentKind.EPISODE_REVIEW


def test_show_notes_under_the_animes_own_name_keep_the_titles_episode() -> None:
    # the title names the anime: its number is the anime's episode
    catalog = Catalog(title="Lantern Street", slug="lantern-street", episode_count=12)
    text = (
        "Lantern Street Episode 5 show notes\n\nLantern Street finale talk comes next month.\n\n"
        + BODY
    )
    assert doc(text, catalogs=[catalog]).episode == 5


def test_a_letters_season_review_heading_over_its_issue_number_is_no_episode() -> None:
    # the subject's number is the issue's; the feature's heading under the greeting announces
    # a season review, so the episodes its text goes through ("episodes 3 and 4 drag") are
    # parts of the season, not the episode the page is about
    text = (
        "Subject: Lamp & Ink #12 — Copper Moth, plus the winter line-up\n"
        "From: Lamp & Ink <letters@lampink.example>\n\n"
        "LAMP & INK\nA letter about anime.\nIssue #12\n\n"
        "Hello again,\n\n"
        "A short hello, the review ran long.\n\n"
        "COPPER MOTH SEASON 1 REVIEW: A QUIET MACHINE\n\n"
        "Copper Moth follows a repair robot through a city that has forgotten it, and "
        "episodes 3 and 4 drag under too much errand-running.\n\n"
        "Score: 8/10"
    )
    parsed = doc(text)
    assert (parsed.anime_title, parsed.episode, parsed.kind) == (
        "Copper Moth",
        None,
        DocumentKind.SEASON_REVIEW,
    )


# --------------------------------------------------------------------------- round 126


@pytest.mark.parametrize("number", ["Ep 112 prep", "Episode 58 notes", "#212 draft"])
def test_a_podcasts_number_and_its_preps_word_opening_the_title_is_not_the_animes(
    number: str,
) -> None:
    # a podcast's notes for one of its episodes: its own number, a word for what the page is
    # (its prep, its notes), then the anime's finale, which is the episode the notes are on
    catalog = Catalog(title="Show", slug="show", episode_count=13)
    text = (
        f"{number} — Show finale\n(notes for the co-host, don't publish as is)\n\n"
        f"MAIN: SHOW FINALE REVIEW\n\nmy take: the finale is all spectacle.\n\n{BODY}"
    )
    parsed = doc(text, catalogs=[catalog])
    assert parsed.episode == 13
