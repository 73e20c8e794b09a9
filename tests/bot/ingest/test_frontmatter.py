"""bot/ingest/frontmatter.py: front matter overrides detection, and is validated."""

from __future__ import annotations

import pytest

from bot.ingest.frontmatter import split_front_matter
from bot.models import (
    Catalog,
    DocumentKind,
    ParsedCharacter,
    SectionKind,
)
from tests.bot.ingest.helpers import (
    BODY,
    doc,
    reason,
)


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


@pytest.mark.parametrize(
    ("value", "body_score", "expected"),
    [
        # a theme's bare number: the page states the score with its scale, which is read
        ("7.5", "All told, a solid week. Verdict: 7.5/10", "7.5/10"),
        ("4", "Stars from me: 4 out of 5.", "4 out of 5"),
        ("8", "", None),  # no score in the text either: none, and no rejection
    ],
)
def test_a_bare_number_as_score_is_read_from_the_text_with_a_warning(
    value: str, body_score: str, expected: str | None, caplog: pytest.LogCaptureFixture
) -> None:
    text = f"---\ntitle: Show Episode 5 Review\nscore: {value}\n---\n\n{BODY}\n\n{body_score}"
    parsed = doc(text, source_name="week-5.md")
    assert (parsed.score.raw if parsed.score is not None else None) == expected
    # one line for the operator, naming the file and the value it could not place on a scale
    [warning] = [r.getMessage() for r in caplog.records if "has no scale" in r.getMessage()]
    assert warning.startswith("week-5.md: ") and repr(value) in warning


@pytest.mark.parametrize("path", ["/reviews/2023/some-show-ep-3/", "/posts/ep3.html", "/"])
def test_a_site_relative_url_is_no_address_and_no_error(path: str) -> None:
    # Hugo's `url:` and Jekyll's permalink are the post's path on its own site
    parsed = doc(f"---\ntitle: Week three\nurl: {path}\n---\nSome Show Episode 3 Review\n\n{BODY}")
    assert (parsed.title, parsed.anime_title) == ("Week three", "Some Show")
    assert parsed.url is None


@pytest.mark.parametrize("value", ["//example.com/review", "example.com/review", "/ spaced path"])
def test_a_url_without_its_scheme_is_still_an_error(value: str) -> None:
    expected = "front matter: url must be an http(s) address"
    assert reason(f"---\nurl: {value}\n---\nShow Episode 1\n\n{BODY}").startswith(expected)


@pytest.mark.parametrize(
    ("value", "spoiler"),
    [
        ("yes", True),
        ("no", False),
        # a site's own word for how many: there are some (BODY declares none of its own)
        ("light", True),
        ("major", True),
        ("none", False),
    ],
)
def test_front_matter_spoilers(value: str, spoiler: bool) -> None:
    parsed = doc(f"---\nspoilers: {value}\n---\nShow Episode 1 Review\n\n{BODY}")
    assert [section.spoiler for section in parsed.sections] == [spoiler]


def test_unclosed_front_matter() -> None:
    assert reason(f"---\ntitle: x\nShow Episode 1\n\n{BODY}").startswith(
        "front matter: no closing '---' line"
    )


def test_a_leading_rule_that_is_not_front_matter_is_just_a_separator() -> None:
    parsed = doc(f"---\nShow Episode 1 Review\n---\n\n{BODY}")
    assert (parsed.title, parsed.episode, parsed.text) == ("Show Episode 1 Review", 1, BODY)


def test_toml_front_matter_between_plus_lines_is_read(catalogs: list[Catalog]) -> None:
    # Hugo and Zola write TOML front matter: `key = value` between `+++` lines
    parsed = doc(
        "+++\n"
        'title = "Show: The Sequel Episode 2 Review — A Colon in the Name"\n'
        "date = 2024-03-02T10:00:00+01:00\n"
        "episode = 2\n"
        'kind = "episode-review"\n'
        'characters = ["Taro (Ken Sato)", "Hanako"]\n'
        "spoilers = false\n"
        'tags = ["reviews", "spring"]\n'
        "[params]\n"
        "title = \"a table's key, not the page's\"\n"
        "+++\n\n"
        f"{BODY}",
        catalogs=catalogs,
    )
    assert parsed.title == "Show: The Sequel Episode 2 Review — A Colon in the Name"
    assert parsed.episode == 2
    assert parsed.kind is DocumentKind.EPISODE_REVIEW
    assert parsed.characters == (ParsedCharacter("Taro", "Ken Sato"), ParsedCharacter("Hanako"))
    assert parsed.text == BODY  # none of the block is body text


def test_a_leading_plus_rule_that_is_not_toml_is_just_a_separator() -> None:
    parsed = doc(f"+++\nShow Episode 1 Review\n+++\n\n{BODY}")
    assert (parsed.title, parsed.episode) == ("Show Episode 1 Review", 1)


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ('title = "Show\n+++', "front matter: not valid TOML (Unterminated string"),
        ('title = "Show"\nnot toml\n+++', "front matter: not valid TOML"),
        ("title = \"Show\"\nepisode = 'three'\n+++", "front matter: episode must be a whole"),
        ('title = "Show Episode 1"\n\nShow Episode 1', "front matter: no closing '+++' line"),
    ],
)
def test_invalid_toml_front_matter(block: str, expected: str) -> None:
    assert reason(f"+++\n{block}\n\n{BODY}").startswith(expected)


def test_yaml_lists_blocks_and_note_links_in_front_matter_are_read() -> None:
    # as a static site generator or a notes app's web clipper writes them
    parsed = doc(
        "---\n"
        'title: "Show Episode 3 Review: The Rain"\n'
        "author:\n"
        '  - "[[Rafael Moreno]]"\n'
        "description: >\n"
        "  A long summary that runs\n"
        "  over two lines.\n"
        "tags:\n"
        "  - clippings\n"
        "  - anime\n"
        "characters:\n"
        "  - Taro (Ken Sato)\n"
        "  - Hanako\n"
        "---\n"
        f"{BODY}"
    )
    assert parsed.title == "Show Episode 3 Review: The Rain"
    assert parsed.author == "Rafael Moreno"
    assert parsed.characters == (ParsedCharacter("Taro", "Ken Sato"), ParsedCharacter("Hanako"))
    assert parsed.episode == 3


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a double-quoted value's escapes stand for what they escape
        (
            'title: "Show Episodes 2 & 3 \u2013 Taro Says \\"Thanks\\" at Last"',
            'Show Episodes 2 & 3 – Taro Says "Thanks" at Last',
        ),
        (
            'title: "Show Episode 3: Back\\\\Slash \\u2014 and a Dash"',
            "Show Episode 3: Back\\Slash — and a Dash",
        ),
        # a single-quoted value's doubled quote is one quote
        ("title: 'Show Episode 3: Hanako''s Promise'", "Show Episode 3: Hanako's Promise"),
        # a quote inside a value that is not quoted as a whole is kept as written
        ('title: Show Episode 3: The \\"Real\\" Ending', 'Show Episode 3: The \\"Real\\" Ending'),
    ],
)
def test_a_quoted_front_matter_value_is_read_as_yaml_reads_it(line: str, title: str) -> None:
    assert doc(f"---\n{line}\n---\n{BODY}").title == title


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # a list's item under a key that has a value, and a stray line
        ("title: x\n- item", "front matter: line 3 is not `key: value`"),
        ("tags:\n- a\nnot a key value line", "front matter: line 4 is not `key: value`"),
        # an empty list is an empty value
        ("title:\nanime: Show", "front matter: title must not be empty"),
    ],
)
def test_yaml_shapes_out_of_place_are_still_errors(block: str, expected: str) -> None:
    assert reason(f"---\n{block}\n---\nShow Episode 1\n\n{BODY}").startswith(expected)


@pytest.mark.parametrize(
    ("block", "raw", "value", "scale"),
    [
        # a theme's nested review block (its keys read flat), the scale in its own key
        ("review:\n  rating: 7.5\n  max: 10\n  label: Good", "7.5/10", 7.5, 10),
        ("rating: 4\nout_of: 5", "4/5", 4, 5),
        ("rating: 3.5\nbestRating: 5", "3.5/5", 3.5, 5),
        ("reviewRating: 8\nmaxRating: 10", "8/10", 8, 10),  # camelCase keys
        # the rating's own scale key over a bare one of something else ("toc: max: 3")
        ("toc:\n  max: 3\nrating: 2.5\nrating_max: 5", "2.5/5", 2.5, 5),
        ('rating: "6/10"', "6/10", 6, 10),
        # this format's own key, a bare number with the scale beside it
        ("score: 72\nscore_max: 100", "72/100", 72, 100),
    ],
)
def test_a_sites_rating_with_its_scale_in_front_matter_is_the_score(
    block: str, raw: str, value: float, scale: float
) -> None:
    parsed = doc(f"---\ntitle: Show Episode 2 Review\n{block}\n---\n\n{BODY}")
    assert parsed.score is not None
    assert (parsed.score.raw, parsed.score.value, parsed.score.scale) == (raw, value, scale)


@pytest.mark.parametrize(
    ("block", "value", "scale"),
    [
        # a film diary's or a notes app's rating: a row of stars, a half as a glyph or "1/2"
        ('rating: "★★★½"', 3.5, 5),
        ("rating: ★★", 2, 5),
        ("rating: ⭐⭐⭐⭐ 1/2", 4.5, 5),
        ("rating: ★★★★☆", 4, 5),  # the empty stars complete the row: out of 5
        ("rating: ★★★★★★★☆☆☆", 7, 10),
        ("score: ★★★★", 4, 5),  # this format's own key, written as stars
    ],
)
def test_a_row_of_stars_in_front_matter_is_the_score_as_written(
    block: str, value: float, scale: float
) -> None:
    parsed = doc(f"---\ntitle: Show Episode 2 Review\n{block}\n---\n\n{BODY}")
    raw = block.rpartition(": ")[2].strip('"')
    assert parsed.score is not None
    assert (parsed.score.raw, parsed.score.value, parsed.score.scale) == (raw, value, scale)


@pytest.mark.parametrize("block", ["rating: ★★★ maybe", "rating: ★★★★★★★★★★★"])
def test_stars_with_words_or_past_any_row_in_front_matter_are_no_score(block: str) -> None:
    parsed = doc(f"---\ntitle: Show Episode 2 Review\n{block}\n---\n\n{BODY}")
    assert parsed.score is None


def test_a_sites_rating_in_a_toml_table_with_its_scale_is_the_score() -> None:
    # Hugo keeps a page's own fields in [params]; a review theme in a table of its own
    for table in ("[params]\nrating = 8.5\nmax = 10", "[review]\nscore = 8.5\nout_of = 10"):
        parsed = doc(f'+++\ntitle = "Show Episode 2 Review"\n{table}\n+++\n\n{BODY}')
        assert parsed.score is not None
        assert (parsed.score.raw, parsed.score.value, parsed.score.scale) == ("8.5/10", 8.5, 10)


@pytest.mark.parametrize(
    "block",
    [
        "rating: TV-14",  # the show's content rating
        "rating: 8",  # a bare number: on which scale?
        "rating: 12\nmax: 10",  # above its scale
        "rating: 8\nmax: 7",  # no scale a score is given on
        "max: 10",  # a scale without a rating
    ],
)
def test_a_sites_rating_that_is_no_score_with_a_scale_gives_none_and_is_no_error(
    block: str,
) -> None:
    parsed = doc(f"---\ntitle: Show Episode 2 Review\n{block}\n---\n\n{BODY}")
    assert parsed.score is None


def test_a_rating_in_a_yaml_flow_mapping_with_its_scale_is_the_score() -> None:
    block = "title: Show Episode 2 Review\nreview: {rating: 6.5, max: 10}"
    parsed = doc(f"---\n{block}\n---\n{BODY}")
    assert parsed.score is not None
    assert (parsed.score.raw, parsed.score.value, parsed.score.scale) == ("6.5/10", 6.5, 10)


@pytest.mark.parametrize("block", ["grade: B+", "letter_grade: C-", "score: A"])
def test_a_letter_grade_in_front_matter_is_the_score_on_no_scale(block: str) -> None:
    parsed = doc(f"---\ntitle: Show Episode 2 Review\n{block}\n---\n{BODY}")
    assert parsed.score is not None
    grade = block.split(": ")[1]
    assert (parsed.score.raw, parsed.score.value, parsed.score.scale) == (grade, None, None)


@pytest.mark.parametrize("block", ["rating: G", "rating: A", "grade: B++", "grade: 7th"])
def test_a_content_rating_or_no_grade_in_front_matter_is_no_score(block: str) -> None:
    parsed = doc(f"---\ntitle: Show Episode 2 Review\n{block}\n---\n{BODY}")
    assert parsed.score is None


def test_a_key_repeated_under_another_in_yaml_front_matter_does_not_replace_the_pages() -> None:
    # a theme's SEO block repeats the title with the site's name; the page's own came first
    parsed = doc(
        "---\n"
        'title: "Show Episode 2 Review"\n'
        "seo:\n"
        '  title: "Show Episode 2 Review | The Site"\n'
        "---\n"
        f"{BODY}"
    )
    assert parsed.title == "Show Episode 2 Review"


@pytest.mark.parametrize(
    ("keys", "episode"),
    [
        ("season: 2\nepisode: 5\noverall_episode: 29", 29),
        ("season: 2\nepisode: 5\nepisode-overall: 29", 29),
        ("season: 2\nepisode: 5", 5),
        ("season: 2\nepisode: 5\noverall_episode: unknown", 5),
    ],
)
def test_front_matters_number_through_the_seasons_wins(keys: str, episode: int) -> None:
    text = f"---\ntitle: Show Season 2 Episode 5 Review\nanime: Show\n{keys}\n---\n\n{BODY}"
    assert doc(text).episode == episode


@pytest.mark.parametrize(
    ("keys", "season"),
    [
        ("season: 3\nepisode: 12", 3),
        # the episode already counted through the seasons: no season it counts within
        ("season: 3\nepisode: 12\noverall_episode: 37", None),
        # a notes app's airing season, no number: not read, and no error
        ('season: "[[Fall 2023 - Winter 2024]]"\nepisode: 12', None),
    ],
)
def test_a_sites_season_beside_its_episode_is_kept(keys: str, season: int | None) -> None:
    front_matter, _ = split_front_matter(["---", "title: Show", *keys.split("\n"), "---", "Text"])
    assert front_matter.season == season


@pytest.mark.parametrize(
    ("keys", "summary"),
    [
        ("summary: Two episodes in, a verdict", "Two episodes in, a verdict"),
        ("description: >\nA block of text\nover two lines", "A block of text over two lines"),
        ('excerpt: "The excerpt"\nsubtitle: The subtitle', "The excerpt"),
        # a site's key: empty or too long is no summary, and no error
        ("summary: ''", None),
        ("description: " + "x" * 1001, None),
    ],
)
def test_a_sites_summary_under_the_title_is_read_from_front_matter(
    keys: str, summary: str | None
) -> None:
    front_matter, rest = split_front_matter(
        ["---", "title: Show", *keys.split("\n"), "---", "Text"]
    )
    assert (front_matter.summary, rest) == (summary, ["Text"])


@pytest.mark.parametrize(
    ("keys", "kind"),
    [
        ("categories: [blog, season-reviews]", DocumentKind.SEASON_REVIEW),
        ('categories: ["Series Reviews"]', DocumentKind.SEASON_REVIEW),
        ("categories:\n- notes\n- first_impressions", DocumentKind.FIRST_IMPRESSIONS),
        ("category: Recaps", DocumentKind.RECAP),
        ("categories: [Episode Reviews, spring]", DocumentKind.EPISODE_REVIEW),
        # a category every kind of post is filed under, or none, or two kinds: no kind
        ("categories: [reviews, anime]", None),
        ("categories: [season]", None),
        ("categories: [recaps, season-reviews]", None),
        ("categories: [recapitulations]", None),
    ],
)
def test_a_sites_categories_may_file_the_post_under_a_kind(
    keys: str, kind: DocumentKind | None
) -> None:
    front_matter, rest = split_front_matter(
        ["---", "title: Show", *keys.split("\n"), "---", "Text"]
    )
    assert (front_matter.filed_as, front_matter.kind, rest) == (kind, None, ["Text"])


@pytest.mark.parametrize(
    "front_matter",
    [
        "---\ntitle: Show Two Review: Growing Up Quietly\ncategories: [blog, season-reviews]\n---",
        '+++\ntitle = "Show Two Review: Growing Up Quietly"\ncategories = ["Series Reviews"]\n+++',
    ],
)
def test_a_post_filed_under_season_reviews_goes_through_episodes_of_its_season(
    front_matter: str,
) -> None:
    # the title names no episode; the text walks through the season's episodes in order
    text = (
        f"{front_matter}\n\nEpisodes 1 to 3 are small and patient, almost nothing happens.\n\n"
        "Episode 6 is the one people will remember, and the ending lands.\n\n"
        "Season score: 9/10"
    )
    parsed = doc(text, anime="Show")
    assert parsed.episode is None
    assert parsed.kind is DocumentKind.SEASON_REVIEW


def test_a_sites_category_gives_way_to_the_titles_episode() -> None:
    text = (
        "---\ntitle: Show Episode 6 Review\ncategories: [season-reviews]\n---\n\n"
        "Episode 6 is the one people will remember.\n\nScore: 9/10"
    )
    parsed = doc(text, anime="Show")
    assert (parsed.episode, parsed.kind) == (6, DocumentKind.EPISODE_REVIEW)


def test_a_post_filed_under_recaps_with_an_episode_is_a_recap() -> None:
    text = (
        "---\ntitle: Show Episode 4\ncategories: [anime, recaps]\n---\n\n"
        "The crew reaches the harbour and splits up to search the ships.\n\n"
        "By the end of it the captain is gone, and nobody says where."
    )
    parsed = doc(text, anime="Show")
    assert (parsed.episode, parsed.kind) == (4, DocumentKind.RECAP)
