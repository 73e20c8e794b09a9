"""bot/ingest/detect/title.py: the title is the front matter's, or the first line that is
short enough to be one."""

from __future__ import annotations

from tests.bot.ingest.helpers import BODY, doc


def test_the_first_non_empty_line_is_the_title_once_boilerplate_is_gone() -> None:
    parsed = doc(f"\n\n•\n\nShow Episode 1 Review\n\n{BODY}")
    assert parsed.title == "Show Episode 1 Review"
    assert parsed.text == BODY


def test_a_long_first_line_is_body_text_and_there_is_no_title() -> None:
    words = " ".join(["word"] * 60)  # 299 characters: longer than a title line may be
    parsed = doc(f"---\nanime: Show\n---\n{words}\n\n{BODY}")
    assert parsed.title == ""  # issue 11: a document may have no title at all
    assert parsed.display_title == "Show (season-review)"  # what the store keeps instead
    assert parsed.text == f"{words}\n\n{BODY}"


def test_a_first_line_repeating_the_front_matter_title_is_not_body_text() -> None:
    parsed = doc(f"---\ntitle: Show Episode 1 Review\n---\nshow  episode 1 REVIEW\n\n{BODY}")
    assert parsed.title == "Show Episode 1 Review"
    assert parsed.text == BODY


# --------------------------------------------------------------------------- issue 11 traps

import pytest  # noqa: E402

from bot.ingest.detect.furniture import not_a_title  # noqa: E402
from bot.ingest.detect.title import without_site_name  # noqa: E402
from bot.models import Catalog  # noqa: E402

HEADLINE = "Show Episode 4 Review: Glass Houses"


@pytest.mark.parametrize(
    "furniture",
    [
        "Home › Reviews › Show",
        "Home » Anime » Reviews » Show",
        "Updated: 12 May 2023",
        "Last updated on March 3, 2024",
        "Published: January 5, 2024",
        "Saved 2024-08-28",  # when a copy of the page was made
        "Archived on 3 May 2024, 10:12",
        "Accessed: March 4, 2024",
        "October 2023",
        "By Hana Mori and Leo Tran",
        "By Sam Okafor, Lee Park & Ana Ruiz",
        "Posted by Idris Bello on 1 February 2024",
        "A review by Felix Adebayo · March 2024",
        "Spoiler warning: this review covers everything up to episode 6.",
        "Minor spoilers ahead!",
        "Spoilers for episode 3 below",
        "![Rouge on a rooftop at night](/images/mr-ep3.jpg)",
        "*Image: Bones / Production Committee*",
        "Skip to content",
    ],
)
def test_furniture_before_the_headline_is_never_the_title(furniture: str) -> None:
    parsed = doc(f"{furniture}\n{HEADLINE}\n\n{BODY}")
    assert parsed.title == HEADLINE
    assert parsed.episode == 4
    assert parsed.anime_title == "Show"


@pytest.mark.parametrize(
    ("title", "sitename", "url", "expected"),
    [
        ("Show Episode 18 Review | Anime Orbit", "Anime Orbit", None, "Show Episode 18 Review"),
        ("Anime Orbit – Show Episode 18 Review", "Anime Orbit", None, "Show Episode 18 Review"),
        (
            "Show Episode 18 Review - Anime Orbit",
            None,
            "https://animeorbit.example/x",
            "Show Episode 18 Review",
        ),
        ("Anime Orbit", "Anime Orbit", None, ""),
        ("Show – The Review", None, "https://blog.example/x", "Show – The Review"),
        ("Show Episode 18 Review", "Anime Orbit", None, "Show Episode 18 Review"),
    ],
)
def test_the_sites_name_is_not_part_of_the_pages_title(
    title: str, sitename: str | None, url: str | None, expected: str
) -> None:
    assert without_site_name(title, sitename, url) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Show Ep 4 Thoughts - Print View - Otaku Den Boards", "Show Ep 4 Thoughts"),
        ("Otaku Den Boards - Printable Version - Show Ep 4 Thoughts", "Show Ep 4 Thoughts"),
        ("Show – Episode 4 – Good Stuff - Print View", "Show – Episode 4 – Good Stuff"),
        ("Printer-friendly page | Show Ep 4 Thoughts", "Show Ep 4 Thoughts"),
        ("Print Versions of Show Ep 4 - Den", "Print Versions of Show Ep 4 - Den"),
        ("Print View", "Print View"),
    ],
)
def test_a_print_views_label_and_the_site_beyond_it_are_not_the_title(
    title: str, expected: str
) -> None:
    assert without_site_name(title, None, None) == expected


@pytest.mark.parametrize(
    "furniture",
    [
        "Published 2 days ago",
        "an hour ago",
        "Marta Kowalski · Staff Writer",
        "Sam Okafor | Senior Editor",
        "Remind me when Episode 9 airs — Fri 11:30 PM JST",
        "Add to calendar: Show Episode 9, Friday",
        "Rouge and Naomi on the monorail in episode 5 of Show (Image: Crunchyroll)",
        "Rouge on a rooftop | Photo: Bones",
        "The cast of Show, episode 2 — Screenshot via Crunchyroll",
        "Naomi at her desk [Credit: Bones]",
    ],
)
def test_widgets_captions_and_role_bylines_are_never_the_title(furniture: str) -> None:
    parsed = doc(f"{furniture}\n{HEADLINE}\n\n{BODY}")
    assert parsed.title == HEADLINE
    assert parsed.episode == 4


@pytest.mark.parametrize(
    "headline",
    [
        "Show Episode 5 Review – Art and Violence",
        "Show Episode 5 Review (Art Direction Deep Dive)",
        "Follow the Leader: Show Episode 5 Review",
        "Show Episode 5: A Picture of Grief",
    ],
)
def test_headlines_with_credit_like_words_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)
    assert doc(f"{headline}\n\n{BODY}").title == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Who Is the Real Hero? Show Episode 12 Review",
        "Show Episode 13 Review: What Do Elves Dream About? Mostly Their Friends",
        "Dr. Stone Episode 5 Review: Science Wins",
        "Wow! Show Episode 5 Review",
    ],
)
def test_a_title_cased_headline_with_inner_punctuation_is_a_headline(headline: str) -> None:
    assert doc(f"{headline}\n\n{BODY}", anime="Show").title == headline


def test_a_long_name_ending_in_a_question_mark_before_its_numbers_is_one_headline() -> None:
    # a new show's long name is its own question; only its season, episode and kind follow
    name = "Would You Really Want to Open a Small Bakery on the Far Side of the Moon?"
    headline = f"{name} Season 3 Episode 2 Review"
    assert doc(f"# {headline}\n\n{BODY}").title == headline


@pytest.mark.parametrize(
    "subtitle",
    ["— primeras impresiones", "- first look, light spoilers", "| quick thoughts, no spoilers"],
)
def test_a_name_ending_in_a_bang_then_its_episode_and_a_subtitle_is_one_headline(
    subtitle: str,
) -> None:
    # a new show's name with its own "!", its episode and kind, then a subtitle set apart in
    # the writer's lower case (their own language's label): the heading is the headline
    headline = f"Hanabi! Episode 2 Review {subtitle}"
    parsed = doc(f"# {headline}\n\n{BODY}")
    assert parsed.title == headline
    assert parsed.anime_title == "Hanabi!"


@pytest.mark.parametrize(
    "headline",
    [
        "Hanabi! Season 1 Review — one year and two rewatches later",
        "Hanabi! Season 1 Final Thoughts: still humming it in the car",
    ],
)
def test_a_name_ending_in_a_bang_then_its_season_review_and_a_subtitle_is_one_headline(
    headline: str,
) -> None:
    # a season review's heading: the show's own "!", its season's number and what the text
    # is, then a subtitle in the writer's lower case: one headline, whose pattern names the show
    parsed = doc(f"# {headline}\n\n{BODY}")
    assert parsed.title == headline
    assert parsed.anime_title == "Hanabi!"


@pytest.mark.parametrize(
    "opener",
    [
        "Well, that escalated quickly.",
        "Episode 5 of Show is here.",
        "I loved it. Rouge is back.",
        "Loved it! Season 2 when? I need to know",
    ],
)
def test_a_one_line_sentence_opening_is_not_a_title(opener: str) -> None:
    assert doc(f"{opener}\n\n{BODY}", anime="Show").title == ""


def test_a_metadata_title_that_only_names_the_site_gives_way_to_the_articles_headline() -> None:
    from bot.ingest.page import PageMeta

    text = f"Show Episode 10 Review: Ghosts of the Colony\n\n{BODY}"
    site = doc(text, meta=PageMeta(title="Signal Flare"), anime="Show")
    assert site.title == "Show Episode 10 Review: Ghosts of the Colony"
    assert site.episode == 10
    short = doc(text, meta=PageMeta(title="Show Ep 10"), anime="Show")
    assert short.title == "Show Ep 10"  # a short og:title sharing the headline's words stays


def test_a_short_metadata_title_the_text_repeats_under_a_kicker_stays_the_title() -> None:
    # "<Show> · Episode 6" over the pun headline the page's og:title says: the kicker is the
    # line above the headline, not a headline the og:title (a site's name?) gives way to
    from bot.ingest.page import PageMeta

    text = f"Show · Episode 6\n\nTea for Two\n\n{BODY}"
    parsed = doc(text, meta=PageMeta(title="Tea for Two"), anime="Show")
    assert parsed.title == "Tea for Two"


def test_a_generic_document_title_sharing_only_a_kind_word_gives_way_to_the_headline() -> None:
    # a word processor's "<title>Review notes</title>" over the document's own title line
    from bot.ingest.page import PageMeta

    text = f"Show: The Glass Orchard – Episode Review\n\n{BODY}"
    parsed = doc(text, meta=PageMeta(title="Review notes"), anime="Show")
    assert parsed.title == "Show: The Glass Orchard – Episode Review"


@pytest.mark.parametrize(
    ("tab_title", "title"),
    [
        ("(14) Show Episode 5 Review", "Show Episode 5 Review"),  # a feed reader's unread items
        ("(99+) Show Episode 5 Review", "Show Episode 5 Review"),
        ("(1,204) Show Episode 5 Review", "Show Episode 5 Review"),
        ("(2023) Show Season Review", "(2023) Show Season Review"),  # a year, not a count
        ("(Spoilers) Show Episode 5 Review", "(Spoilers) Show Episode 5 Review"),
    ],
)
def test_an_apps_unread_count_before_a_metadata_title_is_not_the_title(
    tab_title: str, title: str
) -> None:
    # a web app saved as a page puts its count of unread items or notifications before the
    # <title> of the item open in it: the count is the reader's, not the article's
    from bot.ingest.page import PageMeta

    parsed = doc(BODY, meta=PageMeta(title=tab_title), anime="Show")
    assert parsed.title == title


@pytest.mark.parametrize(
    "widget",
    [
        "Show Episode 8 airs Friday at 11:30 PM JST · Set reminder",
        "Next episode: Episode 20 · airs in 3 days 4 hours · Notify me",
        "Episode 9 streams tomorrow on Crunchyroll",
        "Show Episode 5 premieres Sat 10 pm — add to my list",
    ],
)
def test_air_time_widgets_are_never_the_title(widget: str) -> None:
    parsed = doc(f"{widget}\n{HEADLINE}\n\n{BODY}")
    assert parsed.title == HEADLINE
    assert parsed.episode == 4


@pytest.mark.parametrize(
    "headline",
    [
        "Show Episode 8 Airs Its Dirty Laundry",
        "Show Episode 8 Review: The Countdown Begins",
        "Show Episode 8 Review: Streaming Hearts",
    ],
)
def test_headlines_with_air_time_words_stay_headlines(headline: str) -> None:
    assert doc(f"{headline}\n\n{BODY}").title == headline


@pytest.mark.parametrize(
    "furniture",
    [
        "rougewatch.example",  # reader mode: the site's host name first
        "rouge-in-the-machine",  # a Tumblr blog's handle
        "REVIEW",  # a news site's kicker
        "TV Review",
        "Anime · TV review",
        "EPISODE WATCH",  # a magazine's section label
        "Season Guide",
        "Anime · 12 min ago · 4 min read",  # a line made only of furniture parts
        "Member-only story",  # Medium
    ],
)
def test_site_names_kickers_and_labels_are_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)
    parsed = doc(f"{furniture}\n{HEADLINE}\n\n{BODY}")
    assert parsed.title == HEADLINE


@pytest.mark.parametrize(
    "widgets", ["Subscribe\nSign in", "Follow", "52.3K subscribers\nSubscribe"]
)
def test_a_site_name_above_its_widgets_is_not_the_title(widgets: str) -> None:
    parsed = doc(f"The Slow Magic Letter\n{widgets}\n\n{HEADLINE}\n\n{BODY}")
    assert parsed.title == HEADLINE


@pytest.mark.parametrize("quote", ['"Hold fast!"', "“Hold fast!”"])
def test_a_quote_set_as_the_headline_over_a_wrapped_standfirst_is_the_title(quote: str) -> None:
    # a catchphrase in quotation marks under the breadcrumbs; the standfirst under it, a
    # sentence wrapped at its first line, reads like a headline naming the episode
    text = (
        f"Home > Reviews > Show > Episode 3\n\n{quote}\n\n"
        "Show episode 3 sends the whole crew to a night market, and it is the warmest\n"
        "episode the show has made yet.\n\n"
        f"{BODY}"
    )
    assert doc(text, anime="Show").title == quote


def test_a_markdown_heading_under_a_newsletters_name_is_the_title() -> None:
    parsed = doc(
        f"**Palace Notes** · a newsletter about historical anime\n\n# {HEADLINE}\n\n{BODY}"
    )
    assert parsed.title == HEADLINE


def test_a_run_on_lower_case_opening_is_a_paragraph_not_a_title() -> None:
    opener = (
        "ok so i finally watched show episode 4 and i have FEELINGS. first impressions "
        "under the cut because this got long"
    )
    parsed = doc(f"{opener}\n\n{BODY}", anime="Show")
    assert parsed.title == ""


def test_a_greeting_is_not_a_title() -> None:
    parsed = doc(f"View this email in your browser\n\nHi friends,\n\n{BODY}", anime="Show")
    assert parsed.title == ""


def test_an_authors_name_above_their_handle_is_not_the_title() -> None:
    parsed = doc(f"Okarun Fan\n@okarun_fan\nDec 13, 2024\n{HEADLINE}\n\n{BODY}")
    assert parsed.title == HEADLINE


@pytest.mark.parametrize("handle", ["@okarun_fan · 2h", "@okarun_fan • Dec 13, 2024"])
def test_an_authors_name_above_their_handle_and_the_post_s_age_is_not_the_title(
    handle: str,
) -> None:
    parsed = doc(f"Okarun Fan\n{handle}\n{HEADLINE}\n\n{BODY}")
    assert parsed.title == HEADLINE


@pytest.mark.parametrize(
    "tagline", ["thoughts on anime, one episode at a time", "Anime reviews, mostly weekly"]
)
def test_a_blog_s_name_and_tagline_above_the_headline_are_not_the_title(tagline: str) -> None:
    parsed = doc(f"Pixel Lanterns\n{tagline}\n{HEADLINE}\n\n{BODY}")
    assert parsed.title == HEADLINE


def test_a_lower_case_headline_under_a_site_s_name_stays_the_title() -> None:
    headline = "show ep 4 was actually good??"
    parsed = doc(f"Pixel Lanterns\n{headline}\n\n{BODY}", anime="Show")
    assert parsed.title == headline


def test_a_site_name_right_above_the_headline_is_not_the_title() -> None:
    parsed = doc(f"47 captures\nAnime Orbit\n{HEADLINE}\nBy Ellis Grant\n\n{BODY}")
    assert parsed.title == HEADLINE


def test_a_headline_after_many_furniture_lines() -> None:
    furniture = "THE KEYFRAME · ISSUE 14\nInside this issue:\n" + "".join(
        f"Other Show {n} Notes ........ {n}\n" for n in range(2, 6)
    )
    parsed = doc(f"{furniture}\n{HEADLINE}\n\n{BODY}")
    assert parsed.title == HEADLINE


def test_the_stars_on_a_byline_before_the_title_are_the_reviewers_score() -> None:
    parsed = doc(f"Review by Ines Duarte ★★★★½\nShow — Season 1\n\n{BODY}", anime="Show")
    assert parsed.title == "Show — Season 1"
    assert parsed.score is not None and parsed.score.raw == "★★★★½"
    assert parsed.score.score_100 == 90


@pytest.mark.parametrize(
    "header",
    ["Mika 🌙 @mikareads@anime.social", "Ken Ichi @ken_ichi", "Okarun Fan @okarun_fan · 2h"],
)
def test_a_social_posts_display_name_and_handle_is_not_the_title(header: str) -> None:
    # a microblog post saved as text opens with its poster, and has no headline at all
    assert not_a_title(header)
    opener = "Show Episode 10 review, short version: the fight is great and the rest is thin."
    parsed = doc(f"{header}\n{opener}\n\n{BODY}", anime="Show")
    assert parsed.title == ""


@pytest.mark.parametrize(
    "header",
    [
        "**juno 🌱 rewatching everything slowly this winter** @junowatches.bsky.social · Jan 4",
        "__Pip, who is far too online about cartoons again__ @pip@anime.social · 3h",
    ],
)
def test_a_long_display_name_set_in_bold_before_the_handle_is_not_the_title(header: str) -> None:
    # a thread copied as Markdown bolds its poster's display name, which may run long
    headline = "Show ep 10 thoughts, a thread because one post will not do"
    parsed = doc(f"{header}\n\n{headline}\n\n{BODY}", anime="Show")
    assert parsed.title == headline


def test_a_long_plain_line_before_a_handle_is_still_read_as_words() -> None:
    # unmarked, six words and more before a handle are no display name
    line = "you will not believe how good this one was @someone"
    assert not not_a_title(line)


@pytest.mark.parametrize(
    "banner",
    [
        "---------- Forwarded message ---------",
        "-----Original Message-----",
        "Begin forwarded message:",
    ],
)
def test_a_forwarded_emails_banner_is_furniture_above_its_headers(banner: str) -> None:
    parsed = doc(
        f"{banner}\nFrom: Ana <ana@club.example>\nSubject: {HEADLINE}\n"
        f"To: Club <club@list.example>\n\nHi all,\n\n{BODY}"
    )
    assert parsed.title == HEADLINE
    assert "essage" not in parsed.text


def test_an_emails_headers_are_furniture_and_its_subject_is_the_title() -> None:
    headers = (
        "From: Rouge Report <hello@rougereport.example>\n"
        f"Subject: {HEADLINE}\n"
        "Date: Fri, 9 Feb 2024 18:02:11 +0000\n\n"
        "View this email in your browser\n\n"
    )
    parsed = doc(f"{headers}{HEADLINE}\n\nHi all,\n\n{BODY}")
    assert parsed.title == HEADLINE
    assert "From:" not in parsed.text and "Subject:" not in parsed.text
    # without the headline repeated under the headers, the subject is still the title
    parsed = doc(f"{headers}Hi all,\n\n{BODY}")
    assert parsed.title == HEADLINE
    assert parsed.text.startswith("Hi all,")


@pytest.mark.parametrize(
    "subject",
    [f"**Subject: {HEADLINE}**", f"__Subject: {HEADLINE}__", f"**Subject:** {HEADLINE}"],
)
def test_an_emails_subject_set_in_bold_by_a_markdown_copy_is_still_its_title(
    subject: str,
) -> None:
    # a newsletter pasted as Markdown bolds its subject header: the marks are the copy's
    parsed = doc(f"{subject}\n\nHi all,\n\n{BODY}")
    assert parsed.title == HEADLINE
    assert "Subject" not in parsed.text and parsed.text.startswith("Hi all,")


def test_an_emails_headers_with_bold_names_are_furniture_above_the_subject() -> None:
    parsed = doc(
        f"**From:** Weekly <hi@weekly.example>\n**Subject:** {HEADLINE}\n"
        f"**Date:** Thu, 8 Feb 2024 07:30:00 +0000\n\nHi friends,\n\n{BODY}"
    )
    assert parsed.title == HEADLINE
    assert "From" not in parsed.text and "Subject" not in parsed.text


@pytest.mark.parametrize("recipient", ["To: you", "To: Members of the club", "Cc: the list"])
def test_a_header_field_without_an_address_stays_in_the_emails_header_block(
    recipient: str,
) -> None:
    # a newsletter's "To: you": no address, but a header inside the block all the same
    parsed = doc(
        f"From: Weekly <hi@weekly.example>\n{recipient}\nSubject: {HEADLINE}\n"
        f"Date: Thu, 8 Feb 2024 07:30:00 +0000\n\nHi friends,\n\n{BODY}"
    )
    assert parsed.title == HEADLINE


def test_a_to_line_opening_a_text_is_no_email() -> None:
    # without an e-mail's first header, "To: …" is a headline like any other
    parsed = doc(f"To: The Stars, Again\n\n{BODY}\n\n{BODY}", anime="Show")
    assert parsed.title == "To: The Stars, Again"


def test_a_site_name_above_its_navigation_bar_is_not_the_title() -> None:
    nav = "Reviews · Episode Guides · Merch · About"
    parsed = doc(f"Skip to content\nForger Files\n{nav}\n\n{HEADLINE}\n\n{BODY}")
    assert parsed.title == HEADLINE


def test_a_headline_above_a_share_bar_stays_the_title() -> None:
    parsed = doc(f"{HEADLINE}\nShare · Tweet · Print\n\n{BODY}")
    assert parsed.title == HEADLINE


def test_a_chat_message_under_its_header_is_not_a_title() -> None:
    text = (
        "#anime-reviews\nSakura Watch Club · Discord\n\nhana — 01/12/2024 9:14 PM\n"
        "ok show episode 27 thoughts, since nobody else posted yet\n\n"
        f"hana — 01/12/2024 9:15 PM\n{BODY}"
    )
    assert doc(text, anime="Show").title == ""


def test_a_headline_under_a_one_word_byline_and_date_stays_the_title() -> None:
    assert doc(f"admin — March 3, 2024\n{HEADLINE}\n\n{BODY}").title == HEADLINE


def test_a_bluesky_handle_with_hyphens_is_a_handle() -> None:
    assert not_a_title("@okarun-appreciator.bsky.social")
    parsed = doc(f"Okarun Appreciator\n@okarun-appreciator.bsky.social\n\n{HEADLINE}\n\n{BODY}")
    assert parsed.title == HEADLINE


@pytest.mark.parametrize("crumbs", ["Anime / Reviews / Winter 2024", "Home / TV / Anime / Reviews"])
def test_slash_breadcrumbs_are_never_the_title(crumbs: str) -> None:
    assert not_a_title(crumbs)
    assert doc(f"{crumbs}\n{HEADLINE}\n\n{BODY}").title == HEADLINE


@pytest.mark.parametrize(
    "menu",
    [
        "NEWS   ANIME   MANGA   EVENTS   CONTACT",
        "Home\tBrowse\tMy Watchlist\tSettings",
        "Start  Shows  Top Rated  Write a review",
    ],
)
def test_a_navigation_menu_with_spaced_items_is_not_the_title(menu: str) -> None:
    # copied pages keep a menu as one line, its items apart by runs of spaces or tabs
    assert doc(f"{menu}\n\n{HEADLINE}\n\n{BODY}").title == HEADLINE


def test_a_site_name_above_its_spaced_navigation_menu_is_not_the_title() -> None:
    text = f"Kitsune Log\nHome   Browse   Lists   Sign up\n\n{HEADLINE}\n\n{BODY}"
    assert doc(text).title == HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        "Show Episode 4 Review:  Glass Houses",  # a double space typed once
        "Show Episode 4 Review  |  Glass Houses  |  Kitsune Log",  # parts too long for a menu
        "Show  Ep. 4/12  — club notes",  # padded short parts, the dash leading the last
    ],
)
def test_a_headline_with_double_spaces_stays_the_title(headline: str) -> None:
    assert doc(f"{headline}\n\n{BODY}").title == " ".join(headline.split())


def test_a_headline_in_a_text_whose_every_space_is_doubled_stays_the_title() -> None:
    text = f"{HEADLINE}\n\n{BODY}".replace(" ", "  ")
    assert doc(text).title == HEADLINE


@pytest.mark.parametrize(
    "header",
    [
        "WINTER ISSUE  //  page 7 of the society newsletter",
        "Club Bulletin // Page 2",
        "page 12 of 40",
    ],
)
def test_a_printed_pages_running_header_is_not_the_title(header: str) -> None:
    assert not_a_title(header)
    assert doc(f"{header}\n---------\n\n{HEADLINE}\n\n{BODY}").title == HEADLINE


CHAT_EXPORT = (
    "Server: Lantern Hall\n"
    "Channel: Reviews / #episode-posts\n"
    "Topic: post your review, talk in threads\n"
    "Before: 05/03/2024 00:00\n\n"
    "[04/03/2024 18:02] kumo\n"
    "heads up: episode 9 posts in here, memes elsewhere\n\n"
    "[04/03/2024 19:40] Tallow Reed\n"
    "{headline}\n"
    "ok here goes. the show finally slowed down and let the cast breathe\n\n"
    "[04/03/2024 19:45] kumo\n"
    "good post\n"
)


@pytest.mark.parametrize("marked", ["**{0}**", "# {0}", "__{0}__"])
def test_a_chat_exports_header_is_furniture_and_a_marked_post_headline_is_the_title(
    marked: str,
) -> None:
    headline = "Show Episode 9 – the quiet one"
    parsed = doc(CHAT_EXPORT.format(headline=marked.format(headline)), anime="Show")
    assert parsed.title == headline
    assert "Lantern Hall" not in parsed.text
    assert "the show finally slowed down" in parsed.text


def test_a_chat_export_whose_posts_have_no_marked_headline_has_no_title() -> None:
    text = CHAT_EXPORT.format(headline="Show Episode 9 – the quiet one")
    parsed = doc(text, anime="Show")
    assert parsed.title == ""
    assert "Guild" not in parsed.text and "Lantern Hall" not in parsed.text


def test_topic_and_channel_lines_alone_are_not_an_export_header() -> None:
    text = f"Topic: Show Episode 9 Review\n\n{BODY}"
    assert doc(text).title == "Topic: Show Episode 9 Review"


@pytest.mark.parametrize(
    "furniture",
    [
        "letters.example/p/week-nine",
        "www.kitsune-log.example.org/reviews/show-9?ref=home",
        "Reader view",
        "Readable view",
        "Reading mode",
        # a reader view's label with the host the page was read from
        "Reader view — kitsune-log.example",
        "Reading mode | letters.example.org",
    ],
)
def test_a_bare_address_and_a_reader_view_label_are_not_titles(furniture: str) -> None:
    assert not_a_title(furniture)
    assert doc(f"{furniture}\n{HEADLINE}\n\n{BODY}").title == HEADLINE


NEWSLETTER = (
    "Paper Lanterns\n"
    "Weekly notes on whatever anime I cannot stop thinking about\n\n"
    "{title}\n"
    "This week's episode finally lets everyone breathe. Mostly it works.\n\n"
    "Ines Okoro\n"
    "Apr 2, 2024\n\n"
    f"{BODY}\n\n"
    "Subscribe to Paper Lanterns\n"
    "A free weekly letter.\n"
)


def test_a_publications_name_and_tagline_above_the_post_title_are_not_the_title() -> None:
    # the name a "Subscribe to <name>" line gives is the publication's, not the post's
    parsed = doc(NEWSLETTER.format(title="A slower week"), anime="Show")
    assert parsed.title == "A slower week"
    assert not parsed.text.startswith("Paper Lanterns")
    assert "Weekly notes" not in parsed.text


def test_a_post_title_right_under_the_publications_name_is_kept() -> None:
    text = NEWSLETTER.replace("\n\n{title}\n", "\n{title}\n").replace(
        "Weekly notes on whatever anime I cannot stop thinking about\n", ""
    )
    assert doc(text.format(title="A slower week"), anime="Show").title == "A slower week"


def test_a_thanks_for_reading_foot_names_the_publication_too() -> None:
    # a newsletter platform's foot: "Thanks for reading <name>! Subscribe for free…"
    text = NEWSLETTER.format(title="A slower week").replace(
        "Subscribe to Paper Lanterns\n",
        "Thanks for reading Paper Lanterns! Subscribe for free to get new posts.\n",
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == "A slower week"
    assert "Weekly notes" not in parsed.text


def test_thanks_for_reading_another_name_leaves_the_first_headline() -> None:
    text = NEWSLETTER.format(title="A slower week").replace(
        "Subscribe to Paper Lanterns\n", "Thanks for reading, everyone! See you next week.\n"
    )
    assert doc(text, anime="Show").title == "Paper Lanterns"


def test_without_a_subscribe_line_the_first_headline_stays_the_title() -> None:
    text = NEWSLETTER.format(title="A slower week").replace("Subscribe to ", "")
    assert doc(text, anime="Show").title == "Paper Lanterns"


# --------------------------------------------------------------------------- round 5 kinds


@pytest.mark.parametrize(
    "stamp",
    [
        "Exported by ChatSaver on 14/03/2024 22:05",
        "Saved from social.example — thread view — 2024-03-15 07:40 UTC (saved with Keeper 2.0)",
        "Archived with PageKeeper on 9 March 2024",
        "Clipped from blog.example.org",
    ],
)
def test_a_stamp_saying_how_a_copy_was_made_is_not_the_title(stamp: str) -> None:
    assert not_a_title(stamp)
    assert doc(f"{stamp}\n\n{HEADLINE}\n\n{BODY}").title == HEADLINE


def test_a_chat_header_with_a_day_month_year_date_is_furniture() -> None:
    # "14-Mar-24": the day, the month's abbreviation and a short year, hyphenated
    text = (
        "Guild: Lantern Hall\nChannel: #reviews\nExported by ChatSaver on 14/03/2024 22:05\n\n"
        "[14-Mar-24 20:01] kumo\nanyone seen the new one yet\n\n"
        "[14-Mar-24 20:30] Tallow Reed\n**Show Episode 9 – the quiet one**\n"
        "ok here goes. the show finally slowed down and let the cast breathe\n"
    )
    assert not_a_title("[14-Mar-24 20:01] kumo")
    assert doc(text, anime="Show").title == "Show Episode 9 – the quiet one"


@pytest.mark.parametrize(
    "note",
    [
        "DRAFT v2 — for the weekend column — do not publish yet",
        "Draft: second pass, tighten the middle",
        "WIP #3 (needs screenshots)",
        "Not for publication until Friday",
        "Please don't share this outside the team",
    ],
)
def test_an_editors_note_on_a_draft_is_not_the_title(note: str) -> None:
    assert not_a_title(note)
    assert doc(f"{note}\n\n{HEADLINE}\n\n{BODY}").title == HEADLINE


@pytest.mark.parametrize(
    "crumbs",
    [
        "You are here: Home / Reviews / Anime",
        "You are here: Home › Anime Reviews › Show",
        "Breadcrumbs: Home » TV",
    ],
)
def test_breadcrumbs_introduced_as_such_are_not_the_title(crumbs: str) -> None:
    assert not_a_title(crumbs)
    assert doc(f"{crumbs}\n\n{HEADLINE}\n\n{BODY}").title == HEADLINE


@pytest.mark.parametrize(
    "header",
    [
        "- 5 -          T H E   L O W   O R B I T          issue #2 | autumn '23",
        "— 12 —   Gazette Issue 4",
        "MOON PRESS // Spring Issue No. 2 // Page 3 of 16 // Film Club",
        "T H E   L O W   O R B I T",
    ],
)
def test_a_zines_running_header_is_not_the_title(header: str) -> None:
    assert not_a_title(" ".join(header.split()))
    parsed = doc(f"{header}\n\n{HEADLINE}\n\n{BODY}\n\n{header}\n")
    assert parsed.title == HEADLINE


def test_a_fanzines_tagline_is_not_the_title() -> None:
    assert not_a_title("a fanzine of the Friday Film Circle")
    assert doc(f"a fanzine of the Friday Film Circle\n\n{HEADLINE}\n\n{BODY}").title == HEADLINE


@pytest.mark.parametrize(
    "legend",
    [
        "Our grades: A (essential) · B (good) · C (fine) · D (skip)",
        "How we score: 10 = essential, 8 = great, 6 = fine, 4 = skip",
        "Rating key: ★★★★★ (classic) | ★★★ (decent) | ★ (avoid)",
    ],
)
def test_a_grading_scales_legend_is_not_the_title(legend: str) -> None:
    assert not_a_title(legend)
    assert doc(f"{legend}\n\n{HEADLINE}\n\n{BODY}").title == HEADLINE


CACHED = (
    "This is Example Search's cache of https://site.example/show-review/. It is a snapshot of "
    "the page as it appeared on 3 Mar 2025 10:00:00 GMT. The current page could have changed.\n"
    "Full version   Text-only version   View source\n"
    "Tip: To find your search term quickly on this page, use your browser's find bar.\n\n"
    "{headline}\n\n{body}"
)


def test_a_web_caches_banner_is_not_the_title_nor_body_text() -> None:
    parsed = doc(CACHED.format(headline=HEADLINE, body=BODY))
    assert parsed.title == HEADLINE
    assert "find bar" not in parsed.text and "Text-only" not in parsed.text
    assert parsed.text == BODY


def test_a_bar_of_several_word_items_apart_by_spaces_is_a_navigation_menu() -> None:
    text = f"Full version   Text-only version   View source\n{HEADLINE}\n\n{BODY}"
    assert doc(text).title == HEADLINE


def test_a_site_name_with_its_tagline_above_a_navigation_menu_is_not_the_title() -> None:
    text = (
        "Net Gains — racket sports anime, one point at a time\n"
        "Home  Reviews  Season reviews  Features  About\n\n"
        f"{HEADLINE}\n\n{BODY}"
    )
    assert doc(text).title == HEADLINE


def test_a_headline_above_a_navigation_menu_stays_the_title() -> None:
    text = f"{HEADLINE}\nHome  Reviews  Season reviews  Features  About\n\n{BODY}"
    assert doc(text).title == HEADLINE


def test_a_threads_opening_post_marked_as_one_is_the_title_though_it_holds_sentences() -> None:
    opener = "Show, episode four. Some thoughts in a thread 🧵"
    parsed = doc(f"@someone.example\n\n{opener}\n\n1/ {BODY}", anime="Show")
    assert parsed.title == opener
    # without the mark, two sentences opening a post are its text
    assert doc(f"Show, episode four. Some thoughts\n\n{BODY}", anime="Show").title == ""


@pytest.mark.parametrize("count", ["(1/9)", "1/12", "1/", "(1/n)"])
def test_a_threads_opening_post_numbered_after_its_mark_is_the_title(count: str) -> None:
    # the post's place in the thread after the mark: still the thread's opener, which
    # may run on in lower-case sentences, and the count is no part of its headline
    opener = "ok so show is out. a thread on the new lead because nobody else will listen 🧵"
    parsed = doc(f"Some One @someone.example\n{opener} {count}\n\n{BODY}", anime="Show")
    # (nor the mark before it: the mark alone left would be half the thread's frame)
    assert parsed.title == opener.removesuffix(" 🧵")
    # a count without the mark opens no thread: sentences in lower case are its text
    plain = opener.removesuffix(" 🧵")
    assert doc(f"{plain} (1/9)\n\n{BODY}", anime="Show").title == ""


def test_a_pdfs_page_number_and_running_header_are_not_the_title() -> None:
    text = f"  7\n\nTHE CEL GAZETTE · WINTER ISSUE\n\n{HEADLINE}\n\n{BODY}"
    assert doc(text, anime="Show").title == HEADLINE
    assert not_a_title("Issue 12") and not_a_title("Autumn 2023 issue")
    assert not not_a_title("The Issue With Episode 5")


def test_a_headline_wrapped_onto_a_second_line_is_joined() -> None:
    text = f"Show Season 1 Review: The Long Walk Through\nWinter\n\nby A. Writer\n\n{BODY}"
    parsed = doc(text, anime="Show")
    assert parsed.title == "Show Season 1 Review: The Long Walk Through Winter"
    assert not parsed.text.startswith("Winter")
    # a name right under a headline is its byline, not its end
    text = f"Show Season 1 Review: The Long Walk Through\nMara Quill\n\n{BODY}"
    assert doc(text, anime="Show").title == "Show Season 1 Review: The Long Walk Through"


def test_a_publications_masthead_on_one_line_with_its_issue_is_not_the_title() -> None:
    # a club's printed newsletter copied out of its PDF: its name, its title and its issue on
    # one line in capitals over the feature's headline
    masthead = "RIVERSIDE COLLEGE FILM CLUB · THE REEL · ISSUE 12 · MARCH 2025"
    text = f"{masthead}\n\nShow Episode 4 Review\n\n{BODY}"
    parsed = doc(text, anime="Show")
    assert parsed.title == "Show Episode 4 Review"
    assert masthead not in parsed.text
    for other in ("The Reel | No. 14 | Spring", "The Reel · Issue #3"):
        assert doc(f"{other}\n\nShow Episode 4 Review\n\n{BODY}", anime="Show").title == (
            "Show Episode 4 Review"
        )
    # a headline naming a review, with an issue among its parts, stays the title
    headline = "Show Episode 4 Review · Issue 12"
    assert doc(f"{headline}\n\nA Deck Under It\n\n{BODY}", anime="Show").title == headline


@pytest.mark.parametrize(
    "masthead", ["THE NIGHT POST — a club zine, Issue 9 (Autumn 2025)", "Night Post, Issue 9"]
)
def test_a_zines_masthead_giving_its_issue_in_a_clause_is_not_the_title(masthead: str) -> None:
    # the zine's name, then its issue in a clause after a comma, over a rule: the feature's
    # headline under it is the title
    text = f"{masthead}\n-----\n\nSHOW: THE LAST ONE, RATED\n\n{BODY}"
    assert doc(text, anime="Show").title == "SHOW: THE LAST ONE, RATED"


def test_a_headlines_subtitle_wrapped_after_its_colon_is_joined() -> None:
    # a PDF's text, no blank line anywhere: a headline never ends on its colon, so the short
    # title-cased line under it is its subtitle, the byline under that is not
    text = (
        "Show Episode 10 Review:\nThe Keeper Finally Speaks\nWords: A. Writer · Layout: B. Other"
        "\nThe show looks great and the music is loud, and this week it pays off at last."
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == "Show Episode 10 Review: The Keeper Finally Speaks"
    assert not parsed.text.startswith("The Keeper")
    # a sentence under it is the text, not the headline's end
    text = (
        "Show Episode 10 Review:\nthe keeper finally speaks, and it is worth the wait.\n\n" + BODY
    )
    assert doc(text, anime="Show").title == "Show Episode 10 Review:"


@pytest.mark.parametrize("cut", ["Review: The", "Review: A Tale of", "Review: Storms and"])
def test_a_headline_a_phone_copy_cut_on_an_article_goes_on_the_next_line(cut: str) -> None:
    # a phone's narrow copy breaks the headline mid-phrase, and the byline follows at once:
    # a headline never ends on "The", "of" or "and", so the line under it is its end
    text = (
        f"Lighthouse Episode 8 {cut}\nKeeper Who Forgot the Tide\nBy A. Writer · 5 min read\n"
        "Share\n\nLighthouse episode 8 is the quietest the show has been, and\nit works.\n\n" + BODY
    )
    parsed = doc(text, anime="Lighthouse")
    assert parsed.title == f"Lighthouse Episode 8 {cut} Keeper Who Forgot the Tide"
    assert not parsed.text.startswith("Keeper Who")


def test_an_accounts_name_above_a_posts_date_line_is_not_the_title() -> None:
    text = f"Cel Club 赛璐璐\n2024-11-03 21:15  Chengdu\n\n[Reposted]\n\n{HEADLINE}\n\n{BODY}"
    parsed = doc(text, anime="Show")
    assert parsed.title == HEADLINE
    assert "2024-11-03" not in parsed.text
    # a headline over its date stays the title
    text = f"Glass Houses\n2024-11-03 21:15\n\n{BODY}"
    assert doc(text, anime="Show").title == "Glass Houses"


def test_a_platforms_name_above_a_handle_and_date_line_is_not_the_title() -> None:
    # a blog platform's post copied as text: the site's name, the author's handle and the
    # post's date, then the post's own (lower-case) headline
    text = (
        "blogsite!\n\n@paper-lantern  ·  Mar 3, 2024, 9:05 PM\n\n"
        f"show episode 4 recap + my take\n\n{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == "show episode 4 recap + my take"
    assert parsed.kind.value == "recap"
    assert "@paper-lantern" not in parsed.text
    # a headline over its author's handle and date stays the title
    text = f"Glass Houses\n@paper-lantern · Mar 3, 2024\n\n{BODY}"
    assert doc(text, anime="Show").title == "Glass Houses"


@pytest.mark.parametrize(
    "stamp",
    ["tea-and-static reblogged this from kettle-blog", "Reblogged from kettle-blog"],
)
def test_a_reblog_stamp_is_not_the_title(stamp: str) -> None:
    assert not_a_title(stamp)
    parsed = doc(f"{stamp}\n\nShow Episode 4 Thoughts\n\n{BODY}", anime="Show")
    assert parsed.title == "Show Episode 4 Thoughts"


LONG_POST = (
    "Kato finally gets a quiet scene with his sister, and the episode lets it breathe for "
    "a full minute without music. It is the best thing the show has done so far."
)


def test_a_messenger_exports_banner_and_header_are_not_the_title() -> None:
    # a messenger's text export: banner, header lines, then messages under "Name, date time"
    text = (
        "Kettle Messenger — Chat export\nGroup: Tuesday Watch Club (58 members)\n"
        "Exported: 2025-03-02 22:10 (UTC)\nMessages: 9 of 9\n\n"
        "Rin T., 02.03.2025 21:40\nreview time, sorry it's long\n\n"
        f"Show Episode 5 review: the quiet one\n\n{LONG_POST}\n\n{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == "Show Episode 5 review: the quiet one"
    assert "Kettle Messenger" not in parsed.text and "58 members" not in parsed.text
    assert parsed.text.startswith(LONG_POST)


def test_a_chat_export_without_a_headline_in_a_message_has_no_title() -> None:
    text = (
        "Kettle Messenger — Chat export\nGroup: Tuesday Watch Club\n\n"
        "Rin T., 02.03.2025 21:40\nhonestly the episode was fine, kato is fun\n\n"
        f"{LONG_POST}"
    )
    assert doc(text, anime="Show").title == ""


def test_a_channels_name_pinned_notice_and_photo_are_not_the_title() -> None:
    text = (
        "Late Cel Club 🌙\nchannel · 12 345 subscribers\n\n"
        "[📌 Pinned] Rules are in the post above. No spoilers in the comments please.\n\n"
        "───────────\n\n"
        "Late Cel Club 🌙, [04.03.2025 02:14]\n[Photo]\nSHOW — EPISODE 5 🔴\n\n"
        f"{LONG_POST}\n\n{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == "SHOW — EPISODE 5 🔴"
    assert "Pinned" not in parsed.text and "subscribers" not in parsed.text
    assert "───" not in parsed.text


# --------------------------------------------------------------------------- round 8


def test_an_outliners_bulleted_heading_and_its_block_properties_are_not_in_the_title() -> None:
    # an outliner's export: every block a bullet, the page's heading one of them, with the
    # block's "key:: value" properties under it
    text = (
        "- # Show Season 2 — my season review\n  id:: 0f3c2a9e-11b2-4c5d-9e8f-aa11bb22cc33\n\n"
        f"  created:: [[Mar 3rd, 2025]]\n- {BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == "Show Season 2 — my season review"
    assert not_a_title("id:: 0f3c2a9e-11b2-4c5d-9e8f-aa11bb22cc33")
    assert not_a_title("tags:: [[reviews]], [[show]]")


def test_a_saved_threads_stamp_and_its_readers_note_are_not_the_title() -> None:
    text = (
        "Archived post — social.example/@kettle/114023\n"
        "Saved with Unroll Tool · 9 posts\n\n"
        "Kettle 🫖 @kettle@social.example · Mar 2, 2025\n"
        f"show ep 7 notes 🧵 (light spoilers for 1-7)\n\n{BODY}"
    )
    parsed = doc(text, anime="Show")
    # the thread's opening post, without the aside after its thread mark, nor the mark: the
    # mark alone left would be half the thread's frame
    assert parsed.title == "show ep 7 notes"
    assert not_a_title("Saved thread — site.example/post/3k2j")
    # a slash in a headline is no address
    assert not not_a_title("Show Episode 7 Review: Fate/Zero Vibes")


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Rain Town ep 4 thoughts 🧵 (spoilers for the flood, which is basically the finale)",
            "Rain Town ep 4 thoughts",
        ),
        ("Rain Town ep 4 thoughts 🧵 (1/6)", "Rain Town ep 4 thoughts"),
        # no aside after the mark: the mark is the headline's as typed
        ("Rain Town ep 4 thoughts 🧵", "Rain Town ep 4 thoughts 🧵"),
    ],
)
def test_a_threads_mark_goes_with_the_aside_after_it(line: str, title: str) -> None:
    # the mark and the aside (or the place) after it frame the thread's opening post
    assert doc(f"{line}\n\n{BODY}", anime="Rain Town").title == title


def test_why_a_thread_is_threaded_is_no_part_of_its_headline() -> None:
    # the headline, then the writer's reason for a thread, the mark and an aside
    line = (
        "rain town ep 4 thoughts, a thread because 300 characters is not enough for this one 🧵 "
        "(spoilers for ep 4 only)"
    )
    assert doc(f"{line}\n\n{BODY}", anime="Rain Town").title == "rain town ep 4 thoughts"


def test_a_lower_case_vs_in_a_headline_ends_no_sentence() -> None:
    # "vs." abbreviates "versus" before a name, as "Vs." does: the headline is one phrase
    headline = "Rain Town Episode 3 Review — Granny vs. Granny, and the show finds its heart"
    assert doc(f"{headline}\n\n{BODY}", anime="Rain Town").title == headline


@pytest.mark.parametrize("label", ["Thread", "THREAD", "🧵 Thread"])
def test_a_forum_exports_thread_label_is_not_part_of_the_title(label: str) -> None:
    # a forum thread copied as text: its breadcrumb, then the topic's title after a label
    text = (
        "Boards › Anime › Autumn 2025 › Show\n"
        f"{label}: Show Episode 4 Review — the quiet one\n\n{BODY}"
    )
    parsed = doc(text)
    assert parsed.title == "Show Episode 4 Review — the quiet one"
    assert parsed.anime_title == "Show"


def test_a_forum_posts_channel_banner_and_labelled_title() -> None:
    text = (
        "#weekly-watch — Forum post\n"
        "Exported by SomeExporter · 2025-02-01 20:00 (UTC)\n\n"
        "📌 Post title: Show 2x05 — the long night\n\n"
        f"[01-Feb-25 19:02] kettle\n{LONG_POST}\n\n{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == "Show 2x05 — the long night"
    assert not_a_title("#weekly-watch — Forum post")
    assert not_a_title("r/anime · Discussion")
    # a channel's name before a headline naming a review is not a banner
    assert not not_a_title("#reviews — Show Episode 5 Review")
    # "Episode title: …" names the episode, not the page
    text = f"Show Episode 5 Review\n\nEpisode title: The Long Night\n\n{BODY}"
    assert doc(text, anime="Show").title == "Show Episode 5 Review"


# --------------------------------------------------------------------------- round 9

TEAM_CHAT = (
    "#watch-party  |  Thread  |  saved 2025-03-01\n\n"
    "Mara Solis  9:41 AM\n"
    "here's my draft before it goes up, tell me what you think\n\n"
    "Mara Solis  9:42 AM\n"
    "{headline}\n\n"
    "The show took its time and the ending paid for all of it, quietly and well.\n\n"
    f"{BODY}\n\n"
    "    Joel Park  9:50 AM\n"
    "    nice one, ship it\n"
)


@pytest.mark.parametrize("marked", ["*{0}*", "_{0}_", "**{0}**"])
def test_a_team_chats_emphasised_post_headline_is_the_title(marked: str) -> None:
    headline = "Show Season 1 Review: Slow and Sure"
    parsed = doc(TEAM_CHAT.format(headline=marked.format(headline)), anime="Show")
    assert parsed.title == headline
    assert "Mara Solis" not in parsed.title


@pytest.mark.parametrize("heading", ["#3. the one in the rain.", "12. a quiet week"])
def test_a_short_numbered_heading_opening_a_post_is_its_title(heading: str) -> None:
    parsed = doc(f"some-blog-name\nFollow\n\n{heading}\n\n{BODY}", anime="Show")
    assert parsed.title == heading
    assert parsed.text == BODY


def test_a_numbered_list_opening_the_text_is_not_a_title() -> None:
    text = "1. the animation is lovely.\n\n2. the music is loud.\n\n" + BODY
    assert doc(text, anime="Show").title == ""
    # nor is a numbered point running on in the same paragraph
    text = "1. the animation is lovely.\nit keeps going for a while.\n\n" + BODY
    assert doc(text, anime="Show").title == ""


# --------------------------------------------------------------------------- round 11


@pytest.mark.parametrize(
    "header",
    [
        "17  THE CEL GAZETTE · SPRING ISSUE          FEATURES / REVIEWS",  # folio first
        "THE CEL GAZETTE — Issue No. 9 — Features  88",  # folio last
        "3 Vol. 2 · The Frame Weekly",
    ],
)
def test_a_scanned_magazines_folio_and_issue_header_is_not_the_title(header: str) -> None:
    # a printed page's running header, its page number at one end and the issue named
    headline = "A CITY OF GLASS"
    parsed = doc(f"{header}\n\n{headline}\nShow returns with two episodes.\n\n{BODY}", anime="Show")
    assert parsed.title == headline


@pytest.mark.parametrize(
    "masthead",
    ["THE LANTERN LETTER — Issue 12", "The Lantern Letter – Vol. 3", "Lantern Letter — No. 27"],
)
def test_a_newsletters_masthead_ending_with_its_issues_number_is_its_title(masthead: str) -> None:
    # the number after "Issue" is the issue's own, not a printed page's folio: the line is
    # the newsletter's masthead, its headline, not a running header
    text = f"{masthead}\nOakfield College Film & Anime Club\n\nHello again, members.\n\n{BODY}"
    assert doc(text, anime="Show").title == masthead


@pytest.mark.parametrize(
    "note",
    [
        "[saved from the video site, transcript panel + description]",
        "(archived from the app, chapters panel)",
        "[clipped with a reader extension]",
    ],
)
def test_a_savers_bracketed_note_on_the_copy_is_not_the_title(note: str) -> None:
    headline = "Show Episode 1 First Impressions | is this the one??"
    parsed = doc(f"{note}\n\n{headline}\nSome Channel\n\n{BODY}", anime="Show")
    assert parsed.title == headline


@pytest.mark.parametrize(
    "banner",
    [
        "r/some-forum blog mirror — saved 2025-06-01",
        "Kumo's anime notes — archived on 3 May 2024",
        "forum export - mirrored March 4, 2024",
    ],
)
def test_a_copys_source_and_save_date_banner_is_not_the_title(banner: str) -> None:
    headline = "Show Episode 2 Review — First Impressions"
    parsed = doc(f"{banner}\n\n{headline}\n\n{BODY}", anime="Show")
    assert parsed.title == headline


def test_a_site_name_above_its_breadcrumbs_is_not_the_title() -> None:
    text = (
        "Updated: March 2, 2024\n"
        "Lantern Reviews\n"
        "Anime › Spring 2024 › Show\n\n"
        '"The Long Way Home" Is a Quiet, Generous Start\n\n'
        f"{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == '"The Long Way Home" Is a Quiet, Generous Start'
    assert "Lantern Reviews" not in parsed.text


def test_a_short_headline_above_breadcrumbs_and_a_paragraph_stays_the_title() -> None:
    # the breadcrumbs come after the headline here, and the body follows them: no headline
    # under the crumbs, so the line above them is the title
    text = f"Show Finale Review\nAnime › Reviews › Show\n\n{BODY}"
    assert doc(text, anime="Show").title == "Show Finale Review"


def test_an_original_title_with_its_reading_above_the_headline_is_not_the_title() -> None:
    headline = "Show Episode 2 Review — First Impressions"
    text = f"夜明けの街 (Yoake no Machi)\n{headline}\n\nposted by someone\n\n{BODY}"
    assert doc(text, anime="Show").title == headline


def test_an_original_title_alone_over_the_text_stays_the_title() -> None:
    # nothing under it names a review: it is the page's only headline
    line = "夜明けの街 (Yoake no Machi)"
    assert doc(f"{line}\n\n{BODY}", anime="Show").title == line


def test_a_community_posts_title_under_its_chrome_and_over_its_flair() -> None:
    # a community site's post copied as text: the community's name and picture, the post's
    # age and author, then its title, then its flair on a line of its own
    text = (
        "r/animeclub\n\nr/animeclub icon\n•\n2 mo. ago\nlantern_fish\n\n"
        "Show Episode 4 - my thoughts after four weeks of it\nDiscussion\n\n"
        f"{BODY}\n"
    )
    parsed = doc(text)
    assert parsed.title == "Show Episode 4 - my thoughts after four weeks of it"
    assert parsed.anime_title == "Show"


def test_a_headline_wrapped_onto_a_word_that_is_no_flair_is_still_joined() -> None:
    text = f"Show Season 2 Review: The Long and Quiet Farm\nYears\n\n{BODY}\n"
    assert doc(text).title == "Show Season 2 Review: The Long and Quiet Farm Years"


def test_a_forum_posts_community_age_and_poster_above_its_title_are_not_the_title() -> None:
    text = (
        "r/someshow\n• 3y\nsome_weekly_poster\n\n"
        "My weekly review: Show Episode 6 - a slow burn pays off\n\nDiscussion\n\n"
        f"{BODY}"
    )
    assert doc(text).title == "My weekly review: Show Episode 6 - a slow burn pays off"


def test_a_sites_account_buttons_above_a_post_are_not_the_title() -> None:
    text = (
        "r/anime\nSearch in r/anime\n\nCreate   Log In\n\nr/anime • 1 yr. ago\nposter_name\n\n"
        f"Show Episode 2 Review - the pacing finally works\n\n{BODY}"
    )
    assert doc(text).title == "Show Episode 2 Review - the pacing finally works"


@pytest.mark.parametrize("separator", ["—", "|", "-", ":"])
def test_a_review_pages_header_above_a_users_headline_is_not_the_title(separator: str) -> None:
    text = (
        f"Some Show: The Long Road {separator} User Reviews\n\n"
        f"A patient, funny show that earns every tear\n\n{BODY}"
    )
    assert doc(text, anime="Some Show").title == "A patient, funny show that earns every tear"


def test_a_shows_reviews_header_alone_stays_the_title() -> None:
    parsed = doc(f"Some Show — Reviews\n\n{BODY}", anime="Some Show")
    assert parsed.title == "Some Show — Reviews"


def test_a_sites_name_above_its_menu_copied_an_item_a_line_is_not_the_title() -> None:
    text = (
        "Orbit Weekly\nNews\nReviews\nColumns\nSpring 2025 Guide\nAbout\n"
        "Home › Reviews › Some Show\n"
        "Some Show Episode 3 Review: A Quiet Heist\n"
        "By A. Writer · March 3, 2025\n\n"
        f"{BODY}"
    )
    parsed = doc(text, anime="Some Show")
    assert parsed.title == "Some Show Episode 3 Review: A Quiet Heist"
    assert "Columns" not in parsed.text


def test_a_short_headline_over_a_short_list_stays_the_title() -> None:
    # three short lines under a headline are a list, not a site's menu
    text = f"Some Show Review\nPros\nCons\nVerdict\n\n{BODY}"
    assert doc(text, anime="Some Show").title == "Some Show Review"


def test_a_forum_posts_flair_under_its_title_is_not_its_opening_line() -> None:
    text = f"Show Episode 6 Review - a slow burn pays off\n\nDiscussion\n\n{BODY}"
    parsed = doc(text, anime="Show")
    assert parsed.title == "Show Episode 6 Review - a slow burn pays off"
    assert parsed.episode_title is None
    assert "Discussion" not in parsed.text


@pytest.mark.parametrize(
    "flair",
    [
        "Flair: Review",
        "**Flair:** Discussion",
        "Post flair: Episode Review | Spoilers",
        "flair: `First Impressions`",
    ],
)
@pytest.mark.parametrize(
    "headline",
    [
        "Show Episode 4 Review - the quiet one finally speaks",
        # a note to the community's moderators between the flair and the Markdown heading
        "please don't remove, this is a review and not a discussion thread\n\n---\n\n"
        "# Show Episode 4 Review - the quiet one finally speaks",
    ],
)
def test_a_posts_labelled_flair_above_its_headline_is_not_the_title(
    flair: str, headline: str
) -> None:
    # a copied community post: its community and poster, then its flair labelled on a line of
    # its own, then (perhaps under a note) the post's headline
    text = f"r/someshow • 4 hr. ago\nposted by u/quiet_reader\n\n{flair}\n\n{headline}\n\n{BODY}"
    parsed = doc(text)
    assert parsed.title == "Show Episode 4 Review - the quiet one finally speaks"
    assert parsed.anime_title == "Show"


def test_a_headline_opening_with_the_word_flair_stays_the_title() -> None:
    headline = "Flair and Fury: Show Episode 4 Review"
    assert doc(f"{headline}\n\n{BODY}", anime="Show").title == headline


@pytest.mark.parametrize(
    "menu",
    [
        "Menu",
        "News  Columns  Podcast  About",
        "Menu\nNews  About",
        # the menu's items a line each, its sections naming reviews
        "Home\nEpisode Reviews\nSeasonal Guides\nAbout\nTip Jar",
        "Home\nReviews\nFirst Impressions\nContact",
    ],
)
def test_a_sites_name_and_tagline_above_a_blank_line_and_its_menu_are_not_the_title(
    menu: str,
) -> None:
    # a blog theme's header copied as text: the site's name, its tagline, then its menu
    text = (
        "Skip to content\nPaper Lanterns\nnotes on cartoons and other distractions\n\n"
        f"{menu}\n\nSome Show Episode 3 Review: A Quiet Heist\n\n{BODY}"
    )
    parsed = doc(text, anime="Some Show")
    assert parsed.title == "Some Show Episode 3 Review: A Quiet Heist"
    assert "distractions" not in parsed.text


def test_a_headline_and_its_deck_above_a_blank_line_and_a_paragraph_stay_the_title() -> None:
    text = f"Some Show Is Back\nand the wait was worth it\n\n{BODY}"
    assert doc(text, anime="Some Show").title == "Some Show Is Back"


def test_an_apps_navigation_under_its_name_and_a_post_header_are_not_the_title() -> None:
    # a federated post copied from the web app: the app's name and its menu, an item a line,
    # then the poster's name above their handle on a federated server
    parsed = doc(
        f"Mastodon\nExplore\nLive feeds\nBack\n\nAmi Sato\n@ami_reads@social.example\n\n"
        f"{HEADLINE}\n\n{BODY}"
    )
    assert parsed.title == HEADLINE


def test_a_communitys_search_box_buttons_and_post_header_are_not_the_title() -> None:
    header = (
        "r/someshow\nSearch in r/someshow\nCreate\nOpen inbox\n\n"
        "Go to someshow\nr/someshow\n•\n3 mo. ago\nsome_user\n\n"
    )
    parsed = doc(f"{header}{HEADLINE}\n\n{BODY}")
    assert parsed.title == HEADLINE


def test_a_navigation_control_over_a_headline_leaves_the_headline() -> None:
    # only a block of short menu items under the control is navigation
    parsed = doc(f"Menu\n{HEADLINE}\nAna Reyes\n\n{BODY}")
    assert parsed.title == HEADLINE


def test_a_printed_copys_banner_stamp_and_section_line_are_not_the_title() -> None:
    header = (
        "THE EVENING CEL — PRINT VERSION\nhttps://cel.example/tv/show-episode-4\n"
        "Printed 12 Mar 2024\n\nARTS | TELEVISION\n\n"
    )
    parsed = doc(f"{header}{HEADLINE}\n\nBy Ana Reyes\n\n{BODY}")
    assert parsed.title == HEADLINE


def test_a_printed_copys_banner_naming_a_publication_called_review_is_not_the_title() -> None:
    header = (
        "The Harbour Review — Printer-friendly version\nhttps://harbour.example/show-4/\n"
        "Printed Tue, 12 Mar 2024 09:15\n----------\n\n"
    )
    parsed = doc(f"{header}{HEADLINE}\n\nby Ana Reyes | March 10, 2024\n\n{BODY}")
    assert parsed.title == HEADLINE


def test_a_threads_marked_opening_post_is_the_title_however_many_words_it_has() -> None:
    # a thread's first post is its headline, and a post may run past a headline's word count
    opener = (
        "🧵 Show, episode 14 (or S2 E2 if you count by season) — my weekly notes thread,"
        " with spoilers for this one and nothing beyond it"
    )
    assert len(opener.split()) > 24
    parsed = doc(f"Some Poster\n@someposter.example\n\n{opener}\n\n2/5 {BODY}", anime="Show")
    assert parsed.title == opener
    # without the mark, as many words are a paragraph, not a title
    plain = opener.removeprefix("🧵 ")
    assert doc(f"{plain}\n\n{BODY}", anime="Show").title == ""


def test_a_threads_marked_opening_post_is_the_title_however_long_a_post_may_be() -> None:
    # a thread's first post may run past a headline's length (a post holds up to 300
    # characters), its count after it
    opener = (
        "🧵 Show S3 ep 5 (#41 overall) thread, because the bakery subplot finally paid off and "
        "I have a lot to say about the sister. Spoilers for Show up to this week only. 1/7"
    )
    assert 160 < len(opener) <= 300
    parsed = doc(
        f"Some Poster @someposter.example\nMay 2, 2025\n\n{opener}\n\n{BODY}", anime="Show"
    )
    assert parsed.title == opener
    # without the mark, as long a line is a paragraph, not a title
    plain = opener.removeprefix("🧵 ")
    assert doc(f"{plain}\n\n{BODY}", anime="Show").title == ""
    # under an unroller's heading, a post longer than a headline leaves the page untitled
    unrolled = f"Thread by @someposter.example\nUnrolled · 7 posts\n\n{opener}\n\n{BODY}"
    assert doc(unrolled, anime="Show").title == ""


def test_a_boards_name_and_section_above_backward_breadcrumbs_is_not_the_title() -> None:
    # forum software writes its name with the section's ("Name — Forums") and points its
    # breadcrumbs back to the index ("Board index ‹ Section ‹ Forum")
    headline = "Show Episode 6 Review (spoilers through 6)"
    text = (
        "Harbor Night Owls — Discussion Board\n"
        "Board index ‹ Shows ‹ Weekly episodes\n"
        f"{headline}\n\n"
        f"{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == headline
    assert "Harbor Night Owls" not in parsed.text
    assert "Board index" not in parsed.text


def test_a_short_two_part_headline_above_a_menu_path_and_a_paragraph_stays_the_title() -> None:
    # no headline under the path: the line above it is the title, parts or not
    headline = "Show Finale Review — Worth It"
    assert doc(f"{headline}\nAnime ‹ Reviews ‹ Show\n\n{BODY}", anime="Show").title == headline


@pytest.mark.parametrize("stamp", ["3/7/25, 9:05 AM", "07.03.2025, 21:05", "2025-03-07 21:05"])
def test_a_browsers_print_header_is_not_the_title(stamp: str) -> None:
    # printed from a browser: the date and time, then the page's <title> with the site's name
    headline = "Show Episode 9 review: The Lantern Festival"
    text = f"{stamp}        {headline} - Some Outlet\n\nSOME OUTLET\n\n{headline}\n\n{BODY}"
    parsed = doc(text, anime="Show")
    assert parsed.title == headline
    assert stamp not in parsed.text


def test_a_print_headers_page_title_stands_when_no_headline_follows() -> None:
    title = "Show Episode 9 review: The Lantern Festival"
    parsed = doc(f"3/7/25, 9:05 AM   {title}\n\n{BODY}", anime="Show")
    assert parsed.title == title
    assert "9:05" not in parsed.text


def test_a_blogs_name_above_its_menu_is_dropped_with_the_menu_when_its_footer_names_it() -> None:
    # a select-all copy: the blog's name (which its "Subscribe to <name>" footer names) with
    # its menu under it, an item a line: no menu item is the title
    text = (
        "Skip to content\nKettle & Cel\nMenu\nHome\nEssays\nSeasonal\nContact Us\nSearch for:\n\n"
        f"Rain Town Episodes 5–6 Recap\n\n{BODY}\n\nSubscribe to Kettle & Cel\nEmail Address\n"
    )
    parsed = doc(text, anime="Rain Town")
    assert parsed.title == "Rain Town Episodes 5–6 Recap"
    assert "Contact Us" not in parsed.text


def test_a_reader_views_site_name_above_the_pages_address_is_not_the_title() -> None:
    text = (
        "Paper Moon Reviews\nhttps://www.papermoonreviews.example/2025/05/01/rain-town-ep-2/\n\n"
        f"Rain Town Episode 2 Review\nPaper Moon Reviews\n5–7 minutes\n\n{BODY}"
    )
    assert doc(text, anime="Rain Town").title == "Rain Town Episode 2 Review"


def test_a_sites_name_and_its_desk_above_the_headline_are_not_the_title() -> None:
    # a print view's masthead: the site's name and its section, set apart by a dash
    text = f"PAPER MOON — CULTURE DESK\n\nRAIN TOWN EPISODE 2 REVIEW\nThe flood arrives\n\n{BODY}"
    assert doc(text, anime="Rain Town").title == "RAIN TOWN EPISODE 2 REVIEW"


def test_a_newsletters_name_and_issue_over_its_headline_stay_the_title() -> None:
    text = f"THE PAPER LANTERN — Issue #12\nOne finale and two premieres\n\n{BODY}"
    assert doc(text, anime="Rain Town").title == "THE PAPER LANTERN — Issue #12"


def test_a_dashed_headline_over_a_shorter_line_stays_the_title() -> None:
    text = f"Rain Town — A Quiet Flood\nEpisode 2 Review\n\n{BODY}"
    assert doc(text, anime="Rain Town").title == "Rain Town — A Quiet Flood"


def test_a_short_line_above_an_address_of_another_site_stays_the_title() -> None:
    text = f"Rain Town Finale Thoughts\nhttps://videos.example/watch/12345\n\n{BODY}"
    assert doc(text, anime="Rain Town").title == "Rain Town Finale Thoughts"


MESSENGER_EXPORT = (
    "12/05/2024, 20:01 - Messages to this group are end-to-end encrypted. Tap for details.\n"
    "12/05/2024, 20:02 - Ada: did anyone watch rain town yet\n"
    "12/05/2024, 20:05 - Ben: tonight\n"
    "12/05/2024, 20:30 - Ada: {headline}\n\n"
    "The town finally floods and the episode takes its time getting there, which is the point: "
    "every scene before it is a goodbye to a street we will not see again.\n\n"
    "7/10\n"
    "12/05/2024, 20:31 - Ben: nice\n"
)


def test_a_messenger_exports_message_opening_with_a_headline_over_a_long_post_is_the_title() -> (
    None
):
    parsed = doc(MESSENGER_EXPORT.format(headline="Rain Town ep 3 thoughts (spoilers)"))
    assert parsed.title == "Rain Town ep 3 thoughts (spoilers)"
    assert parsed.anime_title == "Rain Town"


def test_a_messenger_export_whose_messages_hold_no_headline_has_no_title() -> None:
    text = MESSENGER_EXPORT.format(headline="ok here is what I thought")
    assert doc(text, anime="Rain Town").title == ""


def test_a_messenger_exports_headline_over_its_messages_next_line_is_the_title() -> None:
    # a message's later lines carry no header: the headline is its first line, the pasted
    # review right under it, no blank line between
    text = MESSENGER_EXPORT.format(headline="Rain Town Episode 3 Review – The Flood").replace(
        "The Flood\n\n", "The Flood\n"
    )
    parsed = doc(text)
    assert parsed.title == "Rain Town Episode 3 Review – The Flood"
    assert parsed.anime_title == "Rain Town"


def test_a_messenger_exports_forwarded_posts_headline_is_the_title() -> None:
    # a message forwarding a post: the messenger's stamp on its header's line, the post's
    # lines under it on no header of their own, its headline first
    text = MESSENGER_EXPORT.format(headline="Forwarded\nRain Town Episode 3 Review: The Flood")
    parsed = doc(text)
    assert parsed.title == "Rain Town Episode 3 Review: The Flood"
    assert parsed.anime_title == "Rain Town"


def test_a_messenger_exports_forwarded_chatter_over_anothers_message_is_no_title() -> None:
    # the forwarded message is one short line; the long line under it is the next message's
    text = (
        "12/05/2024, 20:01 - Messages to this group are end-to-end encrypted. Tap for details.\n"
        "12/05/2024, 20:02 - Ada: Forwarded\n"
        "Rain Town Episode 3 Review is up on the blog\n"
        "12/05/2024, 20:05 - Ben: I read it and I think the flood scene was the best thing the "
        "show has done so far, every street it had built up just washing away in one long take.\n"
    )
    assert doc(text, anime="Rain Town").title == ""


def test_a_messenger_exports_headline_alone_over_anothers_long_message_is_no_title() -> None:
    # the long line under it is the next message, on its own header: no post of the headline's
    text = (
        "12/05/2024, 20:01 - Messages to this group are end-to-end encrypted. Tap for details.\n"
        "12/05/2024, 20:02 - Ada: Rain Town Episode 3 Review is up on the blog\n"
        "12/05/2024, 20:05 - Ben: I read it and I think the flood scene was the best thing the "
        "show has done so far, every street it had built up just washing away in one long take.\n"
    )
    assert doc(text, anime="Rain Town").title == ""


def test_a_messenger_exports_headline_over_a_short_remark_then_its_post_is_the_title() -> None:
    # the writer's remark on the message's next line ("sorry, it's long"), then the pasted
    # review after a blank line: all one message, no header of its own under the headline
    text = MESSENGER_EXPORT.format(headline="Rain Town Episode 3 Review").replace(
        "Review\n\n", "Review\nright, here it is, sorry it's long\n\n"
    )
    parsed = doc(text)
    assert parsed.title == "Rain Town Episode 3 Review"
    assert parsed.anime_title == "Rain Town"


def test_a_messenger_exports_headline_over_a_remark_then_anothers_long_message_is_no_title() -> (
    None
):
    # the long line after the remark is the next message, on its own header: not the post
    text = (
        "12/05/2024, 20:01 - Messages to this group are end-to-end encrypted. Tap for details.\n"
        "12/05/2024, 20:02 - Ada: Rain Town Episode 3 Review\n"
        "is up on the blog tonight\n\n"
        "12/05/2024, 20:05 - Ben: I read it and I think the flood scene was the best thing the "
        "show has done so far, every street it had built up just washing away in one long take.\n"
    )
    assert doc(text, anime="Rain Town").title == ""


# --------------------------------------------------------------------------- round 21

SLACK_CHAT = (
    "#watch-club  |  Slack export  |  Mar 2, 2025\n\n"
    "Ana Ruiz  9:02 AM\n"
    "new season starts friday, post your episode thoughts in here\n\n"
    "Tomas Berg  8:30 PM\n"
    "{first}\n"
    "The opening minutes set up the whole premise and the rest of the episode just lets it "
    "sit there, quiet and uneasy, which is exactly the right call for a show like this.\n"
    f"{BODY}\n\n"
    "Ana Ruiz  8:41 PM\n"
    "agreed, great start\n"
)


def test_a_chat_messages_unmarked_headline_over_its_text_is_the_title() -> None:
    headline = "Show Episode 1 first impressions"
    parsed = doc(SLACK_CHAT.format(first=headline), anime="Show")
    assert parsed.title == headline
    assert "Tomas Berg" not in parsed.title


def test_a_chat_messages_headline_over_a_short_remark_then_its_text_is_the_title() -> None:
    # a channel's messages copied from the client: the post's headline, a short remark on
    # the next line, then the long text; a headline whose next message's text is long is not
    # this message's post
    text = (
        "tide — 03/02/2025 8:30 PM\n"
        "Harbor Lights ep 2 thoughts\n"
        "sorry this is late, long week\n\n"
        "The second episode slows right down and spends most of its time in the lighthouse "
        "kitchen, which sounds dull on paper and turns out to be the best scene of the season.\n"
        f"{BODY}\n\n"
        "ana — 03/02/2025 8:41 PM\n"
        "agreed, great one\n"
    )
    assert doc(text).title == "Harbor Lights ep 2 thoughts"
    chatter = (
        "tide — 03/02/2025 8:30 PM\n"
        "Harbor Lights ep 2 thoughts\n"
        "later tonight maybe\n\n"
        "ana — 03/02/2025 8:41 PM\n"
        "The second episode slows right down and spends most of its time in the lighthouse "
        "kitchen, which sounds dull on paper and turns out to be the best scene of the season.\n"
    )
    assert doc(chatter, anime="Harbor Lights").title == ""


@pytest.mark.parametrize(
    "first",
    [
        "ok so episode 1 was a lot, here are my first impressions.",
        "Episode 1 thoughts:",
    ],
)
def test_a_chat_messages_opening_sentence_over_its_text_is_not_a_title(first: str) -> None:
    assert doc(SLACK_CHAT.format(first=first), anime="Show").title == ""


def test_a_metadata_title_taken_for_the_sites_name_for_its_ep_dot_stays_the_title() -> None:
    # text extraction takes a <title>'s part holding a dot for a domain: "Ep. 31: …" comes
    # as the site's name as well as the title; no site is named for an episode
    from bot.ingest.page import PageMeta

    title = "Ep. 14: Show Episode 3 Review"
    assert without_site_name(title, title, None) == title
    parsed = doc(f"Mar 1, 2025 · 52:10\n\n{BODY}", meta=PageMeta(title=title, sitename=title))
    assert parsed.title == title
    # a site's name for a title is still no title
    assert without_site_name("Anime.Orbit", "Anime.Orbit", None) == ""


def test_a_metadata_title_taken_for_the_sites_name_for_an_abbreviations_dot_stays() -> None:
    # "Vol. 3" holds a dot, so text extraction takes the whole headline for a domain and
    # the site's name; an abbreviation's dot (a space after it) names no domain
    from bot.ingest.page import PageMeta

    title = "First Impressions: Show Vol. 3 — Giants Make a Mess"
    assert without_site_name(title, title, None) == title
    parsed = doc(f"Mar 1, 2025\n\n{BODY}", meta=PageMeta(title=title, sitename=title))
    assert parsed.title == title
    assert parsed.kind.value == "first-impressions"
    # a short site's name with a dot, or a domain, is still no title
    assert without_site_name("Mr. Anime Blog", "Mr. Anime Blog", None) == ""
    assert (
        without_site_name(
            "otaku.example Show Vol. 3 reviews", "otaku.example Show Vol. 3 reviews", None
        )
        == ""
    )


def test_a_podcast_episodes_headline_names_its_new_anime_over_a_known_one_in_passing() -> None:
    from bot.ingest.page import PageMeta

    title = "Ep. 14: Night Harbor Episode 3 Review"
    text = f"Mar 1, 2025 · 52:10\n\n{BODY}\n\nAlso: listener mail about Other Show season 2."
    parsed = doc(text, meta=PageMeta(title=title, sitename=title), known_anime=["Other Show"])
    assert (parsed.anime_title, parsed.title) == ("Night Harbor", title)


@pytest.mark.parametrize(
    "headline",
    [
        "Dr. Stone Ep 3 review",
        "Dr. Stone first impressions",
        "Kaiju No. 8 ep 3 thoughts, no spoilers",
        "Mrs. Brown's Cafe episode 2 discussion",
    ],
)
def test_a_lower_case_headline_with_a_title_abbreviation_is_a_headline(headline: str) -> None:
    # the stop of "Dr." or "No." before a name or a number ends no sentence
    assert doc(f"{headline}\n\n{BODY}", anime="Show").title == headline


@pytest.mark.parametrize(
    "label",
    [
        "ROUND 2 · AUTUMN 2024 SPOOKY CLUB",  # a section's label, in capitals
        "Reviews » Show",  # breadcrumbs of two steps
        "Reviews › Show",
    ],
)
def test_a_label_or_short_breadcrumbs_above_the_headline_are_not_the_title(label: str) -> None:
    headline = "Show Episode 4 Review: The Long Night at the Pier"
    parsed = doc(f"{label}\n\n{headline}\n\nby Someone\n\n{BODY}", anime="Show")
    assert parsed.title == headline


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a headline in capitals over a deck that names no review: the headline stays
        ("NIGHT HARBOR · A QUIET START", "A slow, lovely premiere with a lot of fog"),
        # the line under it shouts too: no headline under a label there
        ("ROUND 2 · AUTUMN CLUB", "SHOW EPISODE 4 REVIEW: THE LONG NIGHT AT THE PIER"),
    ],
)
def test_a_capitals_line_over_no_headline_naming_a_review_stays_the_title(
    first: str, second: str
) -> None:
    parsed = doc(f"{first}\n\n{second}\n\n{BODY}", anime="Show")
    assert parsed.title == first


@pytest.mark.parametrize(
    ("banner", "channel"),
    [
        ("Chatterly export — workspace: night-owls", "#watch-club   (messages from Mar 3, 2025)"),
        ("Teamtalk export | team: the-den", "#reviews"),
    ],
)
def test_a_team_chats_export_banner_and_channel_line_are_not_the_title(
    banner: str, channel: str
) -> None:
    # the app's banner and the channel's name over the messages; the post's emphasised
    # headline is the title
    text = (
        f"{banner}\n{channel}\n\n"
        "Rin Okada  9:02 PM\nfinally caught up, dumping my notes here\n\n"
        "Rin Okada  9:05 PM\n*Show Episode 6 Review*\n\n"
        "The show takes a breath this week, and the quieter pacing lets the leads talk about "
        "what they actually want from the tournament, which the earlier episodes never did.\n"
    )
    assert doc(text, anime="Show").title == "Show Episode 6 Review"


_LONG_POST = (
    "The show takes a breath this week, and the quieter pacing lets the leads talk about "
    "what they actually want from the tournament, which the earlier episodes never did."
)


@pytest.mark.parametrize(
    "banner",
    [
        # the banner naming the channel too, or the app's name then the chat's quoted name
        "Chatterly export · workspace: night-owls · channel: #watch-club",
        'Pigeonpost chat export — "Late Night Watch Club 🌙"',
        # the channel's name, and when it was exported
        "#watch-club, exported 2025-03-05",
        # ...with the workspace's name between, each part set apart
        "#watch-club  |  Harbour Freight workspace  |  exported from Chatterly, Mar 2025",
        "#watch-club — Night Owls — exported 2025-03-05",
        # ...or the app that exported it, perhaps then the days it covers, and the channel's
        # purpose under it
        "#watch-club  |  Chatterly export  |  Mar 3, 2025 – Mar 4, 2025",
        "#watch-club — Chatterly export\nChannel purpose: Friday show talk. Be kind.",
    ],
)
def test_a_chat_exports_banner_naming_its_channel_is_not_the_title(banner: str) -> None:
    text = (
        f"{banner}\n------------------------------\n\n"
        "Rin Okada  9:05 PM\n*Show Episode 6 Review*\n\n"
        f"{_LONG_POST}\n"
    )
    assert doc(text, anime="Show").title == "Show Episode 6 Review"


@pytest.mark.parametrize(
    "banner",
    [
        # the exporter's tag in brackets, then the server's and the channel's names on its line
        "[Chatterly export] Server: Late Night Lantern Club · Channel: #show-talk",
        "[Chat export] Group: Tuesday Watch Club (58 members)",
        # ...or the tag alone, the header's labelled lines under it
        "[Pigeonpost export]\nChannel: #show-talk",
    ],
)
def test_a_chat_exports_bracketed_tag_and_header_are_not_the_title(banner: str) -> None:
    text = (
        f"{banner}\nExported 2025-03-05 01:12 · 14 messages\n\n"
        "[2025-03-04 22:01] rin_o\nwriting my notes now, no spoilers pls\n\n"
        "[2025-03-04 22:15] rin_o\n**Show – Episode 6 – short review**\n\n"
        f"{_LONG_POST}\n\n"
        "[2025-03-04 22:20] tom\n8/10 from me\n"
    )
    assert doc(text, anime="Show").title == "Show – Episode 6 – short review"


@pytest.mark.parametrize(
    ("banner", "details"),
    [
        # the banner and the line under it set in frames of rule characters
        ("=== Exported from #show-talk (Lantern Club server) ===", "=== Chat export ==="),
        ("~~~ Exported from #show-talk ~~~", "~~~ Channel export · 31 messages · text ~~~"),
        # ...or bare
        ("Exported from #show-talk (Lantern Club server)", "Channel export · 31 messages"),
    ],
)
def test_a_chat_exports_framed_banner_and_details_are_not_the_title(
    banner: str, details: str
) -> None:
    text = (
        f"{banner}\n{details}\n\n"
        "[2025-03-04 22:01] rin_o:\nwriting my notes now, no spoilers pls\n\n"
        "[2025-03-04 22:15] rin_o:\n**Show Episode 6 Review: the long night**\n\n"
        f"{_LONG_POST}\n\n"
        "[2025-03-04 22:20] tom:\n8/10 from me\n"
    )
    assert doc(text, anime="Show").title == "Show Episode 6 Review: the long night"


def test_a_bracketed_tag_before_a_headline_leaves_the_headline() -> None:
    # a tag in brackets before words that are no header's labelled fields stays the headline
    headline = "[Chatterly export] Show Episode 6 Review: the long night"
    assert doc(f"{headline}\n\n{BODY}", anime="Show").title == headline


@pytest.mark.parametrize(
    "details",
    [
        "channel · 12,406 subscribers",
        "Public channel · 1.2K subscribers",
        "group | 830 members",
    ],
)
def test_a_messenger_channels_header_and_its_name_over_the_post_are_not_the_title(
    details: str,
) -> None:
    # a channel's post copied as text: the channel's name over its kind and count, a pinned
    # post's line, a rule, then the post under the channel's name and its time
    text = (
        f"Lantern Recaps 🏮 | anime talk\n{details}\nPinned: watch order guide ↗\n\n"
        "--------------------------------\n\n"
        "Lantern Recaps 🏮 | anime talk\n02.03.2025 20:47\n\n"
        "Show — Episode 4 review\n\n"
        f"{_LONG_POST}\n"
    )
    assert doc(text, anime="Show").title == "Show — Episode 4 review"


def test_a_thread_exports_banner_and_workspace_line_are_not_the_title() -> None:
    # "#channel · <App> thread export" over "Workspace: … · exported by @name": the export's
    # header; the post's heading under its author's line is the title
    text = (
        "#watch-club · Chatterly thread export\n"
        "Workspace: Night Owls (private) · exported by @rin.o · 3 replies\n\n---\n\n"
        "**Rin Okada** — Friday, 21:05\nnotes from last night, as promised\n\n"
        "### Show Episode 6 recap — The Long Pier\n\n"
        f"{_LONG_POST}\n\n---\n\n"
        "**Tom Ito** — Friday, 21:10\nnice\n"
    )
    assert doc(text, anime="Show").title == "Show Episode 6 recap — The Long Pier"


def test_a_marked_headline_under_a_line_of_chatter_in_the_same_message_is_the_title() -> None:
    # one message: a line of chatter, then the pasted post
    text = (
        "Chatterly export — workspace: night-owls\n#watch-club\n\n"
        "Rin Okada  9:05 PM\nok, my notes from last night:\n"
        "*Show Episode 6 Review*\n"
        f"{_LONG_POST}\n\n"
        "Tom Ito  9:10 PM\nnice\n"
    )
    assert doc(text, anime="Show").title == "Show Episode 6 Review"


def test_a_channel_exports_messages_stamped_with_the_time_alone_give_the_pasted_headline() -> None:
    # "[time] name: text" messages (no date): the message pasting a headline over its post
    text = (
        "#watch-party — exported 2025-03-09\n\n"
        "[21:14] rin: ok here are my thoughts, pasting them in\n"
        "[21:16] rin: Lantern Street Episode 5 Review\n\n"
        f"{_LONG_POST}\n\n"
        "[21:20] tom: agreed\n"
    )
    parsed = doc(text)
    assert (parsed.title, parsed.anime_title) == (
        "Lantern Street Episode 5 Review",
        "Lantern Street",
    )


def test_a_messengers_export_opening_with_its_own_notice_gives_the_pasted_headline() -> None:
    # "[date, time] name: text" messages under the export's own notices, which no one sent
    # ("Messages and calls are end-to-end encrypted…", "… created group …"); chatter names
    # another show before the message pasting a headline over its post
    text = (
        "[02/03/2024, 20:58:12] Messages and calls are end-to-end encrypted. No one outside "
        "of this chat can read them.\n"
        '[02/03/2024, 20:58:12] Ana created group "watch club"\n'
        "[02/03/2024, 21:04:15] Ben: Harbor Lights isn't out till next year\n"
        "[02/03/2024, 21:52:09] Cai: Lantern Street – First Impressions\n\n"
        f"{_LONG_POST}\n\n"
        "[02/03/2024, 21:53:10] Ben: agreed\n"
    )
    parsed = doc(text, known_anime=["Harbor Lights"])
    assert (parsed.title, parsed.anime_title) == (
        "Lantern Street – First Impressions",
        "Lantern Street",
    )


def test_a_messengers_headline_over_a_short_line_then_its_post_is_the_title() -> None:
    # the message's headline set apart over a short line of the same message (a who's-who),
    # then its long text, on no header of their own: the post the export is for
    text = (
        "[02/03/2024, 20:58:12] Messages and calls are end-to-end encrypted. No one outside "
        "of this chat can read them.\n"
        "[02/03/2024, 21:04:15] Ben: ok writing mine up now\n"
        "[02/03/2024, 21:52:09] Cai: Lantern Street Season 2 First Impressions (two eps in)\n\n"
        "Who's who for Ben: Mira Sato (Aya Endo) and Jun Okada (Ken Ito).\n\n"
        f"{_LONG_POST}\n\n"
        "[02/03/2024, 21:53:10] Ben: agreed\n"
    )
    parsed = doc(text)
    assert (parsed.title, parsed.anime_title) == (
        "Lantern Street Season 2 First Impressions (two eps in)",
        "Lantern Street",
    )


def test_a_messengers_headline_over_the_next_message_is_not_the_title() -> None:
    # ...but a short next line on its own header is another message: the headline was posted
    # alone, its post nowhere under it
    text = (
        "[02/03/2024, 21:52:09] Cai: Lantern Street Season 2 First Impressions coming soon\n\n"
        "[02/03/2024, 21:53:10] Ben: cool, can't wait\n\n"
        f"{_LONG_POST}\n"
    )
    parsed = doc(text, known_anime=["Lantern Street"])
    assert parsed.title != "Lantern Street Season 2 First Impressions coming soon"


def test_a_channel_exports_pasted_post_headline_is_the_title_not_its_chatter() -> None:
    # "[date time] name: text" messages; one pastes a post whose headline is set apart over
    # its long first paragraph, after chatter that names another show
    post = (
        "This premiere is all mood and no jump scares, and it works. The boy at its centre "
        "keeps company with the thing that took his friend's face, and the show lets it sit."
    )
    text = (
        "#weekly-watch — Spring server\nExported 04/06/2025\n\n"
        "[04/05/2025 09:14 PM] host_bot: thread is up, post your takes\n"
        "[04/05/2025 09:16 PM] rin: writing mine now\n"
        "[04/05/2025 09:20 PM] rin: ok here:\n\n"
        "Cicada Summer — Episode 1 first impressions\n\n"
        f"{post}\n\n"
        "[04/05/2025 09:25 PM] host_bot: nice\n"
    )
    parsed = doc(text)
    assert parsed.title == "Cicada Summer — Episode 1 first impressions"
    assert parsed.anime_title == "Cicada Summer"


def test_a_reader_views_header_with_its_reading_time_is_not_the_title() -> None:
    headline = "Show Episodes 7 & 8 Review: Twice the Trouble"
    parsed = doc(f"somesite.example/show-episodes-7-8\nReader mode · 9 min\n\n{headline}\n\n{BODY}")
    assert parsed.title == headline
    assert parsed.episode == 8  # a review of two episodes: the last


def test_a_buttons_text_and_a_section_label_over_the_headline_are_not_the_title() -> None:
    # a news page copied as text: its masthead, its menu, a button to the streaming app, the
    # section's label, then the headline
    text = (
        "SOME NEWS SITE\nHome  News  Reviews  Features\nWatch on Some Streaming App >\n\n"
        "FEATURE: Review\n\nREVIEW: Show's Finale Keeps Its Promises\n\nA. Writer\n\n"
        f"{BODY}"
    )
    assert doc(text, anime="Show").title == "REVIEW: Show's Finale Keeps Its Promises"


def test_a_tab_titles_site_name_is_dropped_when_the_pages_address_follows() -> None:
    # a page copied with its browser tab's title and its address first
    text = (
        "Show Season 1 Review - Some Vault\nhttps://www.somevault.example/articles/show-review\n\n"
        f"Show Season 1 Review\n\nBy A. Writer\n\n{BODY}"
    )
    assert doc(text, anime="Show").title == "Show Season 1 Review"


def test_a_tab_titles_last_part_stays_when_the_address_is_another_sites() -> None:
    text = (
        f"Show Season 1 Review - Quiet Rooms\nhttps://www.somevault.example/articles/show\n\n{BODY}"
    )
    assert doc(text, anime="Show").title == "Show Season 1 Review - Quiet Rooms"


# --------------------------------------------------------------------------- round 29

_NOTE_THEN_POST = (
    "Spoilers up to this week.\n\n"
    "The two leads finally argue out loud about the move, and the quiet scene on the pier "
    "afterwards is the best thing the show has done so far, even if the music swells early.\n\n"
    "*What I thought*\n\n"
    "A solid week, held back only by a rushed final minute and a very loud soundtrack. 7/10\n"
)


@pytest.mark.parametrize(
    ("name", "details"),
    [
        ("# watch-club", "⭐ 41 members · Topic: Thursday viewings, spoilers tagged"),
        ("#watch-club", "1,204 members"),
        ("# watch-club", "Topic: we watch one show a season"),
    ],
)
def test_a_copied_channels_name_and_details_are_not_the_title(name: str, details: str) -> None:
    # a team chat's channel copied as text: its name and what the app shows under it (member
    # count, topic), then the messages; a message pastes a post under a marked headline
    text = (
        f"{name}\n{details}\n\n"
        "Rin Okada  6:01 PM\nhere is the writeup for anyone who missed it\n\n"
        "*Lantern Street Episode 4 Recap*\n\n"
        f"{_NOTE_THEN_POST}"
    )
    parsed = doc(text)
    assert parsed.title == "Lantern Street Episode 4 Recap"
    assert (parsed.anime_title, parsed.episode, parsed.kind.value) == (
        "Lantern Street",
        4,
        "recap",
    )


@pytest.mark.parametrize(
    "chrome",
    [
        "Where the office talks anime. Screenings Fridays 5:30, the big meeting room.",
        "Where the office talks anime. Screenings Fridays 5:30, the big meeting room.\n\nToday",
        "18 members\nWhere the office talks anime. Screenings Fridays 5:30, the big meeting room.",
        "Weekly anime chat",
    ],
)
def test_a_copied_channels_description_over_its_first_message_is_not_the_title(
    chrome: str,
) -> None:
    # a team chat's channel copied as text: its name, then its description with no label
    # (perhaps its members, a day's divider), then the messages: chatter about another show
    # first, then the post under its marked headline, the next line counting the episode
    # through the seasons
    text = (
        f"#watch-club\n{chrome}\n\n"
        "Ada Brook  9:02 AM\nanyone else still behind on Pale Orchard? no spoilers pls\n\n"
        "Rin Okada  9:15 AM\n"
        "*Lantern Street Season 2 Episode 3 Review: the long rehearsal*\n"
        "(episode 15 overall, counting the first season)\n\n"
        f"{_NOTE_THEN_POST}"
    )
    parsed = doc(text)
    assert parsed.title == "Lantern Street Season 2 Episode 3 Review: the long rehearsal"
    assert (parsed.anime_title, parsed.episode, parsed.kind.value) == (
        "Lantern Street",
        15,
        "episode-review",
    )


def test_a_channels_name_with_its_server_over_a_pinned_notice_is_not_the_title() -> None:
    # a chat channel copied as text: its name with its server's on one line, a rule, a pinned
    # notice naming other shows (a line reading like a headline), then the messages: chatter
    # about another show first, then the post opening with its unmarked headline over its
    # paragraphs, wrapped as a plain-text copy wraps them
    text = (
        "#weekly-watch | Harbour Lights Club\n"
        "--------------------------------\n"
        "pinned: Spring watchlist vote → Pale Orchard talk lives in #orchard, spoilers in"
        " #spoilers\n\n"
        "Ada Brook — 03/04/2025 8:02 PM\n"
        "anyone else still behind on Pale Orchard? giving every ep a 9/10 so far\n\n"
        "Rin Okada — 03/04/2025 8:40 PM\n"
        "Lantern Street first impressions, as I said I would\n"
        "The opening episode spends its first ten minutes on the harbour at night, the lamps\n"
        "coming on one by one while the lighthouse keeper walks his round, and it earns the\n"
        "quiet: by the time the storm arrives you know every street it is going to flood.\n"
    )
    parsed = doc(text)
    assert parsed.title == "Lantern Street first impressions, as I said I would"
    assert parsed.anime_title == "Lantern Street"


def test_a_marked_headline_over_a_note_then_its_post_is_the_title() -> None:
    # the marked headline, set apart in a message, a spoiler note, then the long post
    text = (
        "Rin Okada  6:01 PM\nhere is the writeup for anyone who missed it\n\n"
        "**Lantern Street Episode 4 Recap**\n\n"
        f"{_NOTE_THEN_POST}"
    )
    assert doc(text, anime="Lantern Street").title == "Lantern Street Episode 4 Recap"


@pytest.mark.parametrize(
    "marked",
    [
        "*My big recap*",  # names no episode or season: a heading, not a headline
        "*Lantern Street Episode 4 Recap*\nSpoilers up to this week.",  # not set apart
    ],
)
def test_a_marked_line_naming_no_episode_or_not_set_apart_is_not_the_title(
    marked: str,
) -> None:
    text = (
        "Rin Okada  6:01 PM\nhere is the writeup for anyone who missed it\n\n"
        f"{marked}\n\nShort note.\n\n"
        "The two leads finally argue out loud about the move, and the quiet scene on the pier "
        "afterwards is the best thing the show has done so far, even if the music swells.\n"
    )
    assert doc(text, anime="Lantern Street").title == ""


def test_a_translation_banner_in_brackets_over_the_headline_is_not_the_title() -> None:
    banner = (
        "[Translated from Korean · Original: blog.example.kr · Automatic translation, may"
        " contain errors]"
    )
    assert doc(f"{banner}\n\n{HEADLINE}\n\n{BODY}").title == HEADLINE


@pytest.mark.parametrize(
    "label", ["Export range: 02-Mar-25 to 03-Mar-25", "Date range: 2025-03-02 – 2025-03-03"]
)
def test_a_chat_export_s_date_range_in_its_header_is_not_the_title(label: str) -> None:
    text = (
        f"Guild: Paper Lantern\nChannel: #show-talk\n{label}\n\n"
        "[02-Mar-25 20:01] kumo\nthis week's writeup incoming\n\n"
        "[02-Mar-25 20:02] kumo\n**Show Episode 9 Review – the quiet one**\n"
        "ok here goes. the show finally slowed down and let the cast breathe for a bit\n"
    )
    assert doc(text, anime="Show").title == "Show Episode 9 Review – the quiet one"


@pytest.mark.parametrize(
    "stamp",
    ["Exported 2025-03-03 from ChatSaver", "Exported on 3 March 2025", "Exported with LogKeeper 2"],
)
def test_a_chat_export_s_unlabelled_export_stamp_in_its_header_is_not_the_title(stamp: str) -> None:
    # the exporter's own line in the header, no colon after "Exported", and rules around it
    text = (
        f"==========\nGuild: Paper Lantern\nChannel: #show-talk\n{stamp}\n==========\n\n"
        "[02-Mar-25 20:01] kumo\nmy writeup, as promised\n\n"
        "[02-Mar-25 20:02] kumo\n**Show — first thoughts after two episodes**\n"
        "ok here goes. the show finally slowed down and let the cast breathe for a bit\n"
    )
    assert doc(text, anime="Show").title == "Show — first thoughts after two episodes"


def test_a_channel_s_banner_with_its_server_and_export_date_and_only_chatter_has_no_title() -> None:
    text = (
        "#show-chat — Paper Lantern Lounge (exported 2025-03-03)\n\n"
        "[2025-03-02 20:01] kumo: anyone seen the new one yet\n"
        "[2025-03-02 20:04] reed: yeah, the premiere was loud and a bit messy, 6/10 for now\n"
        "[2025-03-02 20:05] kumo: fair\n"
    )
    assert doc(text, anime="Show").title == ""


def test_a_later_message_s_bold_headline_under_chatter_on_message_lines_is_the_title() -> None:
    text = (
        "#show-chat — exported 2025-03-03\n\n"
        "[2025-03-02 20:01] kumo: anyone seen the new one yet\n"
        "[2025-03-02 20:04] reed: me, posting my writeup here first:\n\n"
        "[2025-03-02 20:05] reed:\n"
        "**Show Episode 9 Review – the quiet one**\n"
        "The show finally slowed down and let the cast breathe for a whole episode. It worked.\n"
        "[2025-03-02 20:06] kumo: nice\n"
    )
    assert doc(text, anime="Show").title == "Show Episode 9 Review – the quiet one"


@pytest.mark.parametrize("day", ["Today 20:05", "Yesterday at 8:05 PM", "today, 20:05"])
def test_a_bold_headline_under_a_header_stamped_with_a_chats_day_is_the_title(day: str) -> None:
    # a channel's copy dating its recent messages by the day a chat's divider names ("[Today
    # 20:05] reed:"), the post on the lines under its header, opening with a bold headline
    text = (
        "#show-chat — chat export\n\n"
        "[Today 20:01] kumo: this week's pick is the new one, post your takes below\n"
        "[Today 20:04] reed: ok, long post incoming\n\n"
        f"[{day}] reed:\n"
        "**Show ep 9 — the quiet one, my review**\n\n"
        "The show finally slowed down and let the cast breathe for a whole episode, and it "
        "worked better than any of the loud ones did.\n\n"
        "[Today 20:06] kumo: nice\n"
    )
    assert doc(text, anime="Show").title == "Show ep 9 — the quiet one, my review"


def test_a_headline_after_a_bracketed_time_stamp_stays_the_title() -> None:
    # "[date time] Show Episode 5 Review: …": a stamp, then a headline, not a sender's message
    headline = "[2025-03-02 14:00] Show Episode 5 Review: Glass Houses"
    assert doc(f"{headline}\n\n{BODY}", anime="Show").title == headline


# --------------------------------------------------------------------------- round 31

_WRAPPED_POST = (
    "The quiet episode everyone needed: the two leads spend it mending a boat, and\n"
    "the show trusts the silence between them more than it ever has. The last scene\n"
    "on the pier lands because nothing before it was rushed.\n"
    "Verdict: 8/10\n"
)


@pytest.mark.parametrize(
    "widget",
    [
        "Now reading: Lantern Street ep 5 review",
        "You're reading: Lantern Street, episode 5",
        "Up next: Lantern Street Episode 6 Review",
    ],
)
def test_a_sticky_headers_now_reading_line_is_not_the_title(widget: str) -> None:
    # a review site copied as text: its masthead and menu, the sticky header's "Now reading:"
    # note of the article, the section's label, then the headline
    text = (
        "MOONWATCH\nReviews\nNews\nGuides\nPodcast\n"
        f"{widget}\nANIME REVIEWS\n"
        "Lantern Street Episode 5 Review: Mending the Boat\n"
        f"By A. Writer\n\n{BODY}"
    )
    parsed = doc(text)
    assert parsed.title == "Lantern Street Episode 5 Review: Mending the Boat"
    assert parsed.anime_title == "Lantern Street"


def test_a_list_of_links_above_the_headline_is_not_the_title() -> None:
    # a site copied as text: its tags (other shows, one a line) before the section's label,
    # the byline and the headline
    text = (
        "Fall 2025 coverage\nHarbor Lights\nCopper Sky S2\nLantern Street\nGlass Orchard\n"
        "First Impressions\nPosted 10/04/2025 · by A. Writer\n"
        "Lantern Street First Impressions: A Boat and a Promise\n"
        f"{BODY}"
    )
    parsed = doc(text)
    assert parsed.title == "Lantern Street First Impressions: A Boat and a Promise"
    assert parsed.anime_title == "Lantern Street"


def test_a_list_of_longer_links_after_the_menu_is_not_the_title() -> None:
    # the trending shows' names run past a menu's short items: still a list, not a headline
    text = (
        "Moonwatch\nLatest\nReviews\nFeatures\nVideos\n"
        "Harbor Lights\nThe Copper Sky S2\nLantern Street\nThe Glass Orchard Girls\n"
        "Posted 10/04/2025 · by A. Writer\n"
        "Lantern Street Episode 3 Review: A Boat and a Promise\n"
        f"{BODY}"
    )
    parsed = doc(text)
    assert parsed.title == "Lantern Street Episode 3 Review: A Boat and a Promise"
    assert (parsed.anime_title, parsed.episode) == ("Lantern Street", 3)


def test_a_section_label_over_a_byline_and_the_headline_saying_it_too_is_not_the_title() -> None:
    text = (
        "First Impressions\nBy A. Writer · 5 min read\n"
        "Lantern Street First Impressions: A Boat and a Promise\n"
        f"{BODY}"
    )
    parsed = doc(text)
    assert parsed.title == "Lantern Street First Impressions: A Boat and a Promise"
    assert parsed.anime_title == "Lantern Street"


@pytest.mark.parametrize(
    "opening",
    [
        # two short lines: no list (a title and its deck)
        "Copper Sky\nA quiet week on the coast\n\n",
        # a list, but what follows names no review: the first line is the title
        "Copper Sky\nHarbor Lights\nGlass Orchard\n\n",
    ],
)
def test_short_lines_without_a_review_headline_under_them_keep_the_first_as_title(
    opening: str,
) -> None:
    parsed = doc(f"{opening}{BODY}", anime="Copper Sky")
    assert parsed.title == "Copper Sky"


def test_a_channel_exports_header_only_message_gives_its_marked_headline() -> None:
    # "[date time] name:" alone on its line, the message under it: a marked headline over
    # the (hard-wrapped) post it pastes; chatter before it is no title
    text = (
        "#watch-club — exported 2025-10-12\n\n"
        "[2025-10-11 20:02] rin: posting my take here, mods can move it:\n\n"
        "[2025-10-11 20:02] rin:\n"
        "**Lantern Street Episode 5 Review**\n"
        f"{_WRAPPED_POST}\n"
        "[2025-10-11 20:05] tom: agreed\n"
    )
    parsed = doc(text)
    assert parsed.title == "Lantern Street Episode 5 Review"
    assert (parsed.anime_title, parsed.episode) == ("Lantern Street", 5)


def test_a_team_chats_one_line_channel_header_and_day_divider_are_not_the_title() -> None:
    # a team chat copied as text: "#channel | N members | Topic: …" on one line, a "Today"
    # divider, a sender's header, then the message opening with an emphasised headline and
    # an aside in brackets
    text = (
        "#watch-club  |  23 members  |  Topic: friday viewings. spoilers tagged please.\n\n"
        "Today\n\n"
        "Rin Okada  6:01 PM\n"
        "*Lantern Street Episode 1 First Impressions* (nothing past ep 1)\n\n"
        f"{_WRAPPED_POST}"
    )
    parsed = doc(text)
    assert parsed.title == "Lantern Street Episode 1 First Impressions (nothing past ep 1)"
    assert (parsed.anime_title, parsed.kind.value) == ("Lantern Street", "first-impressions")


@pytest.mark.parametrize(
    "note", ["(pinned by mods as this week's review)", "(edited)", "[stickied by the admins]"]
)
def test_a_note_on_the_message_after_its_emphasised_headline_is_no_part_of_the_title(
    note: str,
) -> None:
    # the aside says what was done to the message (pinned, edited), not what the writer says
    # of the headline, as "(nothing past ep 1)" above does
    text = (
        "Guild: A Watch Club\nChannel: #reviews\n\n"
        "[03-May-24 09:12 PM] Rin Okada\n"
        f"**Lantern Street — Episode 3 Review** {note}\n"
        f"{_WRAPPED_POST}"
    )
    assert doc(text).title == "Lantern Street — Episode 3 Review"


def test_a_database_sites_user_review_page_takes_the_reviews_own_headline() -> None:
    # a show's entry (its name, details and community stats), the page's trail, a sort
    # control, then one user's review: handle and progress, rating, badge, headline
    text = (
        "Lantern Street\n"
        "TV · 12 episodes · Spring 2025\n"
        "Fan rating: 7.9 ★ · #310 Top Rated · 84,002 members\n\n"
        "Sort by: Newest first ▾\n\n"
        "lantern_fan · 3 of 12 episodes watched · Mar 2, 2025\n"
        "Rating: 8/10\n"
        "Recommended ✔\n\n"
        "Lantern Street Episode 3 Review - the lamps finally go out\n\n"
        f"{BODY}"
    )
    parsed = doc(text)
    assert parsed.title == "Lantern Street Episode 3 Review - the lamps finally go out"
    assert (parsed.anime_title, parsed.episode) == ("Lantern Street", 3)
    assert parsed.score is not None and parsed.score.raw == "8/10"  # kept as the review's text


def test_a_forums_breadcrumbs_are_cut_off_the_thread_title_on_their_line() -> None:
    # a forum copied as text: its trail and the thread's title on one line, the title again
    # under it, then the thread's header and first post
    headline = "Lantern Street Season Review — twelve quiet episodes and one very loud finale"
    text = (
        f"Lamp Club Forums › Completed Shows › {headline}\n\n"
        f"{headline}\n"
        "Thread started by nightowl · Apr 2, 2025 · 3 replies\n\n"
        f"{BODY}"
    )
    parsed = doc(text)
    assert parsed.title == headline
    assert parsed.anime_title == "Lantern Street"
    assert headline not in parsed.text  # the repeat under the trail is no body text


def test_a_forum_threads_trail_over_its_first_posts_poster_line_gives_the_title() -> None:
    # a thread copied from a board that prints no heading under its trail: the trail ends at
    # the thread's name, then the first post's poster line, then the post, whose first
    # sentence is no headline
    headline = "Lantern Street Season 2 Episode 3 (ep 15) — my review"
    text = (
        f"Lamp Club Forums › Airing Now › {headline}\n\n"
        "Posted by night_owl » Sat Mar 8, 2025 10:12 pm\n\n"
        "Copying this over from my blog because the episode thread is all memes (fair).\n\n"
        f"{BODY}"
    )
    parsed = doc(text)
    assert parsed.title == headline
    assert parsed.anime_title == "Lantern Street"
    assert "night_owl" not in parsed.text  # the poster's line is furniture
    assert parsed.text.startswith("Copying this over")


def test_a_headline_with_a_chevron_in_it_is_not_cut() -> None:
    headline = "Lantern Street Episode 2 Review: Light » Dark, and Back Again"
    assert doc(f"{headline}\n\n{BODY}").title == headline


def test_a_forums_plain_arrow_trail_before_a_long_thread_title_gives_the_title() -> None:
    # a forum copied as plain text writes its arrows as ">", and the trail with the thread's
    # long name runs past a headline's words on its line: the name is the title
    headline = (
        "[SPOILERS] Lantern Street Episode 12 Review - "
        '"so that is what the show was about all along, and I never saw it coming"'
    )
    text = (
        f"Lamp Club Forums > Current Season > Slice of Life > {headline}\n\n"
        "Page 1 of 2   [1] 2 Next >\n\n"
        "night_owl\nPosted: Sun Jan 08, 2023 11:48 pm\n\n"
        f"{BODY}"
    )
    parsed = doc(text)
    assert parsed.title == headline
    assert (parsed.anime_title, parsed.episode) == ("Lantern Street", 12)


def test_a_headline_comparing_with_one_plain_arrow_is_not_cut() -> None:
    # one ">" between two things is no trail: a trail so written has two steps at least
    headline = "Subs > Dubs: Lantern Street Episode 2 Review"
    assert doc(f"{headline}\n\n{BODY}").title == headline


def test_a_site_named_for_its_recaps_above_its_menu_is_not_the_title() -> None:
    # a recap site copied whole as text: its name says "Recaps" too, then its menu an item a
    # line, a trending line naming a known show and the breadcrumbs before the headline
    text = (
        "Skip to content\nLampwatch Recaps\nRecaps\nReviews\nSeasonal Chart\nSpring 2025\nSearch\n"
        "Trending: Harbor Lights Episode 5 Recap · Copper Sky Season 2 Episode 5 Recap\n\n"
        "Home » Recaps » Lantern Street\n\n"
        "Lantern Street Episode 5 Recap & Review: The Boat That Wouldn't Float\n\n"
        f"{BODY}"
    )
    parsed = doc(text, catalogs=[Catalog(title="Harbor Lights", slug="harbor-lights")])
    assert parsed.title == "Lantern Street Episode 5 Recap & Review: The Boat That Wouldn't Float"
    assert (parsed.anime_title, parsed.episode) == ("Lantern Street", 5)


def test_a_short_review_headline_over_its_section_names_stays_the_title() -> None:
    # no longer headline under the short lines: they are the review's own list, not a menu
    text = f"Lantern Street Review\nStory\nCharacters\nAnimation\nMusic\n\n{BODY}"
    assert doc(text).title == "Lantern Street Review"


@pytest.mark.parametrize("date", ["Monday, March 3, 2025", "3 March 2025", "2025-03-03"])
def test_a_blogs_name_tagline_and_date_header_above_the_posts_headline(date: str) -> None:
    # a blog theme's header copied as text: its name, its tagline (a phrase), the date
    # header, then the post's own headline
    text = (
        "Late Night Panels\nsmall notes on loud shows and quiet characters\n\n"
        f"{date}\n\nNight Bus Season 2 Episode 4 Review\n\n{BODY}"
    )
    assert doc(text).title == "Night Bus Season 2 Episode 4 Review"


def test_a_markdown_documents_heading_is_the_title_however_many_words_it_has() -> None:
    # a community post's long title, set as the document's heading under its board's line
    headline = (
        "[Spoilers] Show – Episode 12 (season finale) – a long review from someone who has "
        "written one of these for every single week since the very first season"
    )
    parsed = doc(f"r/someboard · Posted by u/someone · 2y\n\n# {headline}\n\n{BODY}", anime="Show")
    assert parsed.title == headline
    # unmarked, or a section's heading a level down, so many words are a paragraph
    assert doc(f"{headline}\n\n{BODY}", anime="Show").title == ""
    assert doc(f"## {headline}\n\n{BODY}", anime="Show").title == ""


def test_a_note_saying_where_a_thread_was_copied_from_is_not_the_title() -> None:
    text = (
        "Copied from Bluesky (thread view) — kept for my watch notes\n\n"
        "Kettle 🫖 @kettle.bsky.social · Mar 2, 2025\n"
        f"Show ep 7 notes 🧵\n\n{BODY}"
    )
    assert doc(text, anime="Show").title == "Show ep 7 notes 🧵"


def test_a_chat_message_that_is_a_headline_alone_over_the_writers_next_message_is_the_title() -> (
    None
):
    # a channel's export: the writer posts the headline as a message of its own, then the post
    # under its own header; the headline (lower-case words, a comma aside) is the title
    headline = "Show Harbor Arc ep 4 review (ep 28 overall), spoilers obv"
    text = (
        "Guild: A Watch Club\nChannel: #reviews\n\n"
        f"[05/06/2025 20:02] owl.tea\n{headline}\n\n"
        "[05/06/2025 20:04] owl.tea\n"
        "Kato finally gets the spotlight and the heist plan falls apart in a fun way. The "
        "middle drags a little, but the last fight is the best the season has managed.\n\n"
        "verdict: 7/10\n"
    )
    assert doc(text, anime="Show").title == headline


@pytest.mark.parametrize(
    ("opened", "title"),
    [
        ("↳ Thread (4 replies)", "Show ep 6 — my take (spoilers in the thread)"),
        ("↳ 4 replies", "Show ep 6 — my take (spoilers in the thread)"),
        ("View thread", "Show ep 6 — my take (spoilers in the thread)"),
        # a message between is no thread's line: the headline is no message's of its own
        ("Tom Berg  9:03 PM\nok", ""),
    ],
)
def test_a_team_chats_headline_message_opening_a_thread_of_the_post_is_the_title(
    opened: str, title: str
) -> None:
    # a team chat's copy: the headline posted alone, the line the app shows under a message
    # opening a thread, then the writer's post as the thread's first reply under its header
    text = (
        "#watch-club  |  Chatterly export\n\n"
        "Rin Okada  9:01 PM\nShow ep 6 — my take (spoilers in the thread)\n\n"
        f"{opened}\n\n"
        "Rin Okada  9:04 PM\n"
        "Kato finally gets the spotlight and the heist plan falls apart in a fun way. The "
        "middle drags a little, but the last fight is the best the season has managed.\n\n"
        "verdict: 7/10\n"
    )
    assert doc(text, anime="Show").title == title


def test_a_team_chats_marked_headline_in_a_threaded_reply_is_the_title() -> None:
    # a team chat's copy: a line of chatter pointing at the thread, then the writer's reply
    # under the app's arrow, its first line the post's headline in the chat's bold
    text = (
        "Chatterly export — workspace: tea-club · channel: #weekly\n\n"
        "rin.o  8:58\nevening! my write-up for this week is in the thread, spoilers inside\n\n"
        "  ↳ rin.o  9:01\n"
        "    *Show Season 3 Episode 2 (ep 26 overall) — my review*\n\n"
        "    Kato finally gets the spotlight and the heist plan falls apart in a fun way. The "
        "middle drags a little, but the last fight is the best the season has managed.\n\n"
        "    verdict: 7/10\n\n"
        "  ↳ pete_w  9:12\n    nice, agreed on the heist\n"
    )
    assert doc(text, anime="Show").title == "Show Season 3 Episode 2 (ep 26 overall) — my review"


def test_a_chat_messages_short_sentence_over_the_writers_next_message_is_no_title() -> None:
    text = (
        "Guild: A Watch Club\nChannel: #reviews\n\n"
        "[05/06/2025 20:02] owl.tea\nok writing my thoughts now.\n\n"
        "[05/06/2025 20:04] owl.tea\n"
        "Kato finally gets the spotlight and the heist plan falls apart in a fun way. The "
        "middle drags a little, but the last fight is the best the season has managed.\n\n"
        "verdict: 7/10\n"
    )
    assert doc(text, anime="Show").title == ""


def test_a_chat_message_alone_opening_in_lower_case_over_the_writers_next_message_is_no_title() -> (
    None
):
    text = (
        "Guild: A Watch Club\nChannel: #reviews\n\n"
        "[05/06/2025 20:02] owl.tea\nok show episode 4 thoughts, since nobody posted yet\n\n"
        "[05/06/2025 20:04] owl.tea\n"
        "Kato finally gets the spotlight and the heist plan falls apart in a fun way. The "
        "middle drags a little, but the last fight is the best the season has managed.\n\n"
        "verdict: 7/10\n"
    )
    assert doc(text, anime="Show").title == ""


def test_a_notes_apps_nested_tags_under_its_heading_are_no_part_of_the_title() -> None:
    # a note copied from a notes app: its heading, then its tags on the next line, one of
    # them nested under another ("#anime/watchlog")
    text = (
        "# Paper Kite ep 9 (finale) – notes\n#anime/watchlog #spring-2024 #paper-kite\n\n"
        "watched it late, sub. raw notes for the blog post.\n\n- the harbour scene, finally\n"
    )
    assert doc(text).title == "Paper Kite ep 9 (finale) – notes"


@pytest.mark.parametrize(
    "masthead",
    [
        "THE MIDSEASON MEMO\nnotes on the shows I keep rewatching\nIssue #37 · Friday, March 7",
        "Rewatch Ledger\nIssue 9 — Spring 2024",
        "Cour Notes\na letter for people who finish things\nNo. 14, June 2023",
    ],
)
def test_a_newsletters_name_over_its_issue_line_is_not_the_title(masthead: str) -> None:
    # a letter's masthead: its name, perhaps a tagline, then the issue's number and date;
    # the headline comes under it (after a rule, as a plain-text letter draws one)
    parsed = doc(f"{masthead}\n\n{'-' * 40}\n\nSHOW EPISODE 2: A QUIET START\n\n{BODY}")
    assert parsed.title == "SHOW EPISODE 2: A QUIET START"
    assert "Issue" not in parsed.text[:40] and "No. 14" not in parsed.text[:40]


def test_a_shows_name_above_breadcrumbs_naming_it_is_the_title() -> None:
    # a database site's show page copied as text: the show's name heads it, the crumbs name
    # it again, and a stats line follows (no headline of its own)
    text = (
        "Lighthouse Keeper\n"
        "Anime > Lighthouse Keeper > Reviews\n\n"
        "Mean 7.02 (from 9,114 votes)   Ranked #812   Popularity #1703   Members 40,220\n\n"
        f"{BODY}"
    )
    assert doc(text, anime="Lighthouse Keeper").title == "Lighthouse Keeper"


def _chat_headline_title(line: str) -> str:
    # a channel's export: one message opening with `line` over its review and verdict
    text = (
        "Guild: A Watch Club\nChannel: #reviews\n\n"
        f"[05/06/2025 20:02] owl.tea\n{line}\n\n"
        "Kato finally gets the spotlight and the heist plan falls apart in a fun way. The "
        "middle drags a little, but the last fight is the best the season has managed.\n\n"
        "verdict: 7/10\n"
    )
    return doc(text, anime="Show").title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("**Show Harbor Arc ep 4 (ep 28 overall)** — review, spoilers tagged",
         "Show Harbor Arc ep 4 (ep 28 overall) — review, spoilers tagged"),
        ("__Show ep 4__: the heist falls apart", "Show ep 4: the heist falls apart"),
        ("**Show episode 4 review** | spoilers up to ep 4",
         "Show episode 4 review | spoilers up to ep 4"),
    ],
)  # fmt: skip
def test_a_chat_headline_emphasising_its_first_part_only_has_no_marks_left(
    line: str, title: str
) -> None:
    # the writer bolds the show and the episode, and writes the rest of the headline after
    # it: the emphasis's closing marks are no part of the title
    assert _chat_headline_title(line) == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("**Show episode 4 review** 🦊", "Show episode 4 review 🦊"),
        ("__Show ep 4 thoughts__ 🔥🔥", "Show ep 4 thoughts 🔥🔥"),
        ("**Show episode 4 review**!", "Show episode 4 review!"),
    ],
)  # fmt: skip
def test_a_chat_headline_decorated_after_its_emphasis_has_no_marks_left(
    line: str, title: str
) -> None:
    # the writer bolds the whole headline and puts an emoji (or a mark) after it, no word:
    # the emphasis's closing marks are no part of the title, the decoration is
    assert _chat_headline_title(line) == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ('📝 **Show Episode 4 Review — "The Heist"**', 'Show Episode 4 Review — "The Heist"'),
        ("🎬 __Show ep 4 thoughts__", "Show ep 4 thoughts"),
        ("✍️ **Show episode 4 review** 🔥", "Show episode 4 review 🔥"),
    ],
)  # fmt: skip
def test_an_emoji_before_a_chat_headlines_emphasis_is_no_part_of_the_title(
    line: str, title: str
) -> None:
    # the writer marks the message with an emoji, then bolds the whole headline: the
    # emphasis says where the headline's words are; the emoji before it and the marks are
    # no part of the title (a decoration after it is, as above)
    assert _chat_headline_title(line) == title


def test_a_chat_posts_bold_channel_before_a_dot_leaves_no_marks_in_the_title() -> None:
    # a chat message copied as Markdown: the channel's name in bold, a middle dot, then the
    # post's headline; the bold's closing marks are no part of the title
    text = (
        "**#watch-night** · Lighthouse ep 6 impressions (mild spoilers)\n\n"
        "**gullwing** — Yesterday at 9:02 PM\n"
        "The keeper's brother finally shows up and the storm episode pays off the whole "
        "first half. The middle drags a little, but the ending lands.\n\n"
        "verdict: 7/10\n"
    )
    assert doc(text, anime="Lighthouse").title in {
        "#watch-night · Lighthouse ep 6 impressions (mild spoilers)",
        "Lighthouse ep 6 impressions (mild spoilers)",
    }


def test_a_communitys_join_button_beside_its_name_is_no_headline() -> None:
    # a Reddit post copied from its page: the community's name and its "Join" button, the
    # poster's line and the flair, then the post's headline
    text = (
        "r/LighthouseAnime\nJoin\n\nPosted by u/gullwing · 3 hr. ago\nDiscussion\n\n"
        "Lighthouse Episode 4 Review — the keeper climbs again\n\n"
        "The storm finally arrives and the keeper has to choose.\n\n"
        f"{BODY}"
    )
    parsed = doc(text, anime="Lighthouse")
    assert parsed.title == "Lighthouse Episode 4 Review — the keeper climbs again"
    assert not_a_title("Join")
    assert not not_a_title("Join the Keeper Episode 4 Review: A Storm Over the Harbour")


# --------------------------------------------------------------------------- round 51

CHAT_POST = (
    "Guild: A Watch Club\nChannel: #weekly-reviews\n\n"
    "[05/06/2025 20:02] owl.tea\n{first}\n\n"
    "Kato finally gets the spotlight and the heist plan falls apart in a fun way. The "
    "middle drags a little, but the last fight is the best the season has managed.\n\n"
    "⭐⭐⭐⭐\n\n"
    "[05/06/2025 20:09] kite\nagreed\n"
)


@pytest.mark.parametrize(
    "first",
    [
        "Show ep 4 review (spoilers obv)",
        "Show episode 4 thoughts [no spoilers past ep 4]",
        "Show ep 4 review",
    ],
)
def test_a_chat_messages_headline_over_its_text_after_a_blank_line_is_the_title(
    first: str,
) -> None:
    # a channel's export: the message opens with its headline, unmarked, perhaps with an aside
    # in brackets after it, and sets its text apart under it as a paragraph of its own
    assert doc(CHAT_POST.format(first=first), anime="Show").title == first


@pytest.mark.parametrize(
    "first",
    [
        "ok my ep 4 review is below. (long one)",
        "Episode 4 thoughts: (spoilers)",
        "honestly the episode was fine (kato is fun)",
    ],
)
def test_a_chat_messages_sentence_with_an_aside_over_its_text_is_no_title(first: str) -> None:
    assert doc(CHAT_POST.format(first=first), anime="Show").title == ""


@pytest.mark.parametrize(
    ("poster", "headline"),
    [
        ("r/showclub\nPosted by u/harbor_watcher · 2 days ago",
         "[Spoilers] Show is over. A full-season review from a weekly defender"),
        ("r/showclub • Posted by u/harbor_watcher • 3d",
         "Four episodes into Show and i have FEELINGS. thoughts so far"),
        ("r/showclub\n•\nPosted by u/harbor_watcher\n2y ago",
         "Show finished. Was it worth the wait?"),
    ],
)  # fmt: skip
def test_a_community_posts_title_under_its_poster_line_is_the_title_though_sentences(
    poster: str, headline: str
) -> None:
    # a Reddit post copied from its page: the community, the poster's line, then the post's
    # title as its writer typed it, sentences and all
    text = f"{poster}\n\n{headline}\n\nReview | Discussion\n\nLong post, sorry.\n\n{BODY}"
    assert doc(text, anime="Show").title == headline


@pytest.mark.parametrize("marked", ["", "# "])
def test_a_community_posts_long_title_under_its_poster_line_is_the_title(marked: str) -> None:
    # a post's title as long as its community lets it be (past a headline's 160 characters),
    # sentences and all, under the poster's line
    headline = (
        "Four episodes into Show (Its Original Name Here) and I think it is the quiet surprise "
        "of the whole season. Early thoughts, nothing spoiled past the fourth episode, promise."
    )
    assert len(headline) > 160
    text = f"r/showclub · Posted by u/harbor_watcher · 1y ago\n\n{marked}{headline}\n\n{BODY}"
    assert doc(text, anime="Show").title == headline
    # under no poster line, so long a line of sentences is a paragraph
    assert doc(f"{marked}{headline}\n\n{BODY}", anime="Show").title == ""


def test_a_paragraph_of_sentences_under_no_poster_line_is_still_no_title() -> None:
    text = f"r/showclub\n\nShow is over. A full-season review from a weekly defender\n\n{BODY}"
    assert doc(text, anime="Show").title == ""


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # a column's headline setting the other show's name apart in emphasis
        (
            "# Show's Finale Is the Most *Other Show* Thing Its Studio Has Done",
            "Show's Finale Is the Most Other Show Thing Its Studio Has Done",
        ),
        (
            "## Why **Show** Episode 4 Works: a _quiet_ review",
            "Why Show Episode 4 Works: a quiet review",
        ),
        # a mark inside a name's word is no emphasis
        ("# Show SAC_2045 Episode 4 Review", "Show SAC_2045 Episode 4 Review"),
    ],
)
def test_a_markdown_headings_emphasis_is_no_part_of_the_title(heading: str, title: str) -> None:
    # Markdown renders the marks: the headline shown has none
    assert doc(f"{heading}\n\n{BODY}", anime="Show").title == title


def test_emphasis_marks_in_a_plain_texts_headline_are_kept() -> None:
    # no Markdown heading: a forum's title copied as text writes its asterisks as they are
    assert doc(f"Show Episode 4 Review: the *real* finale\n\n{BODY}", anime="Show").title == (
        "Show Episode 4 Review: the *real* finale"
    )


@pytest.mark.parametrize("poster", ["(Mara Quill)", "(unrolled)"])
def test_an_unrolled_threads_heading_naming_its_poster_is_no_sites_name(poster: str) -> None:
    # an unroller's heading names the thread's account over the thread's date and count, a
    # bar of parts as a site's menu is: the heading is the title, not a masthead dropped
    heading = f"Thread by @lanternfox {poster}"
    text = f"{heading}\nMar 2, 2025 · 7 posts · unrolled\n\n1/\n{BODY}"
    assert doc(text, anime="Show").title == heading
    # a site's name over its menu is still no title
    menu = f"Lantern Fox\nReviews · Guides · About\n\n{HEADLINE}\n\n{BODY}"
    assert doc(menu, anime="Show").title == HEADLINE


def test_a_shows_original_title_under_its_name_over_a_menu_is_no_sites_tagline() -> None:
    # a review database's show page: the show's name, its title in Japanese under it, then
    # the page's tabs; the name is the page's title, not a site's name over its tagline
    text = f"Lantern Fox\nランタンフォックス\n\nOverview   Reviews   Stats   Characters\n\n{BODY}"
    assert doc(text, anime="Lantern Fox").title == "Lantern Fox"
    # a blog's tagline written in the blog's language is still its tagline
    blog = (
        "Lantern Fox\nnotes on cartoons and other distractions\n\n"
        f"Home  Reviews  About\n\n{HEADLINE}\n\n{BODY}"
    )
    assert doc(blog, anime="Show").title == HEADLINE


def test_a_saved_threads_stamp_and_board_over_its_labelled_title_are_furniture() -> None:
    # a forum thread saved from the browser: the saver's stamp naming what was copied and
    # where from, the board the thread is filed in, then the thread's labelled title
    text = (
        "Saved thread — boards.fan-site.example (printed 2 Mar 2025)\n"
        "Board: Airing Now › Spring 2025\n"
        "Thread: Show Season 2 — early thoughts on the premiere\n\n"
        f"#1  some_poster  |  Joined 2019\n\n{BODY}"
    )
    assert doc(text, anime="Show").title == "Show Season 2 — early thoughts on the premiere"


def test_an_unrollers_heading_over_an_opening_post_of_sentences_is_the_title() -> None:
    # an unroller's page copied as text: its name and menu, its heading naming the thread's
    # account, the poster, then the posts; an opening post of sentences is a headline only
    # for its thread mark, so the heading over it is the title and the post the text
    opener = (
        "right. Show ep 9. I have to talk about the rooftop scene. spoilers for all of it, "
        "mute me if you're behind 🧵"
    )
    header = "Unroll Hub\nHome · Help · Log in\n\nThread by @lanternfox on Unroll Hub\n\n"
    poster = "Mara ✦\n@lanternfox\nMar 2, 2025 · 7 posts\n\n"
    parsed = doc(f"{header}{poster}{opener} 1/7\n\n{BODY}", anime="Show")
    assert parsed.title == "Thread by @lanternfox on Unroll Hub"
    assert parsed.text.startswith("right. Show ep 9.")
    # an opening post that reads as a headline is the title over the unroller's heading
    headline = "Show Episode 9 Review 🧵 spoilers, obviously"
    parsed = doc(f"{header}{poster}{headline}\n\n{BODY}", anime="Show")
    assert parsed.title == headline


def test_an_unrolled_threads_markdown_heading_naming_its_account_is_the_title() -> None:
    # an unroller's copy in Markdown: its level-one heading names the thread's account, over
    # the unroller's line and the posts; the heading is the title, not a byline dropped for
    # the opening post under it
    posts = "**1/** Right. Show ep 12, the last one. Spoilers for all of it, a thread 🧵"
    text = (
        "# Thread by @moth-and-lamp.bsky.social\n\n"
        "*Unrolled from Bluesky · 8 posts · 2 Mar 2025*\n\n---\n\n"
        f"{posts}\n\n{BODY}"
    )
    assert doc(text, anime="Show").title == "Thread by @moth-and-lamp.bsky.social"
    # the same words on a plain line are the poster's byline over the thread's headline
    plain = f"Thread by @moth-and-lamp.bsky.social\n\nShow ep 12 thoughts, a thread 🧵\n\n{BODY}"
    assert doc(plain, anime="Show").title == "Show ep 12 thoughts, a thread 🧵"
    # a level-one heading that is a byline without an account stays one
    byline = f"# Thread by Moth Lamp\n\nShow ep 12 thoughts, a thread 🧵\n\n{BODY}"
    assert doc(byline, anime="Show").title == "Show ep 12 thoughts, a thread 🧵"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("# Review of Lantern Street by **mossy_owl**", "Review of Lantern Street by mossy_owl"),
        ("# A long look back at *Lantern Street*", "A long look back at Lantern Street"),
        (
            "## Lantern Street, ten weeks on: _still great_",
            "Lantern Street, ten weeks on: still great",
        ),
    ],
)
def test_a_markdown_headings_emphasis_closing_its_line_is_shown_without_its_marks(
    heading: str, title: str
) -> None:
    # the last mark closes the emphasis on the heading's last words, opened after other words:
    # both marks go when the title is shown, not the closing one alone
    assert doc(f"{heading}\n\n{BODY}", anime="Show").title == title


def test_a_forum_channels_post_gives_its_bold_labelled_title_under_the_chats_path() -> None:
    # a chat app's forum post copied as Markdown: the path to the post (its channel, after
    # the channel's icon, then the post's name in the list), then its fields in bold labels
    text = (
        "# 📁 #show-forum › Show\n\n"
        "**Post title:** Ep 2 recap + thoughts (spoilers obviously)\n"
        "**Tags:** `Winter 2024` `Recap`\n\n"
        f"{BODY}"
    )
    assert doc(text, anime="Show").title == "Ep 2 recap + thoughts (spoilers obviously)"


@pytest.mark.parametrize(
    "value",
    [
        "Sho. ep 4 thoughts — this is the one I waited all year for",
        "Finished it. Honestly the best ending this season. No notes",
    ],
)
def test_a_labelled_thread_title_is_taken_as_its_poster_typed_it(value: str) -> None:
    # a forum thread copied as text: the board's crumbs, then the thread's labelled title as
    # its poster typed it, a short name with its own stop ("Sho.") or a sentence in it
    text = (
        "Forum: Currently Airing › Spring 2025 › Show\n"
        f"Thread: {value}\n"
        "Posted by some_poster · Mar 2, 2025, 9:12 PM · 412 views · 8 replies\n\n"
        f"{BODY}"
    )
    assert doc(text, anime="Show").title == value


@pytest.mark.parametrize(
    "pages",
    [
        "Page 2 of 6 « First < 1 2 3 >",
        "Page 4 of 4 - < Prev",
        "Pages (3): « 1 [2] 3 »",
        "Page 1 of 9, 1, 2, 3 … 9 Next ›",
        "| page 12 of 30",
    ],
)
def test_a_threads_pagination_after_its_title_on_the_line_is_no_part_of_it(pages: str) -> None:
    # a forum thread's page saved as text: the thread's title, then on the same line the
    # board's pagination, labelled as the title or not
    for label in ("Thread: ", ""):
        text = (
            f"Forum: Currently Airing › Spring 2025 › Show\n{label}Show – Episode 5 [spoilers] "
            f"{pages}\n\n#21  some_poster  |  Joined 2019\n\n{BODY}"
        )
        assert doc(text, anime="Show").title == "Show – Episode 5 [spoilers]"


@pytest.mark.parametrize(
    "title",
    [
        "Show Episode 5: the page of the diary",  # a page named, no pagination
        "Show Episode 5 Review — page 3 of the manga, adapted",
    ],
)
def test_a_title_naming_a_page_but_no_pagination_keeps_it(title: str) -> None:
    assert doc(f"Thread: {title}\n\n{BODY}", anime="Show").title == title


@pytest.mark.parametrize(
    "stamp", ["Mar 9, 2025 8:12 PM", "03/09/2025 8:12 PM", "Sept. 9, 2025 20:12"]
)
def test_a_draft_pasted_under_its_header_with_an_unmarked_headline_gives_the_title(
    stamp: str,
) -> None:
    # a channel's export: the writer says they will paste their draft, then pastes it under a
    # header of its own, its headline typed plain on the first line, right over the long post
    # (the date may open with its month's name); the chatter before it is no title
    text = (
        "#watch-club — exported 2025-03-10\n\n"
        f"[{stamp}] rin: ok posting my draft for the blog here first\n"
        f"[{stamp}] rin:\n"
        "LANTERN STREET SEASON 2 – EP. 4 — the harbour night\n"
        "The harbour episode is the quietest the show has been and the best looking, the "
        "lanterns doing most of the talking while Mina and Kato wait out the storm together.\n"
        "Score: 8/10\n"
        f"[{stamp}] ash: 8 is low\n"
    )
    parsed = doc(text, known_anime=["Lantern Street"])
    assert parsed.title == "LANTERN STREET SEASON 2 – EP. 4 — the harbour night"
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_a_chatty_first_line_under_a_header_over_a_long_message_is_no_title() -> None:
    # a message's first line that names no review stays chatter, however long what follows
    text = (
        "#watch-club — exported 2025-03-10\n\n"
        "[Mar 9, 2025 8:10 PM] rin: back from the cinema\n"
        "[Mar 9, 2025 8:12 PM] rin:\n"
        "ok so that was a lot honestly\n"
        "The harbour episode is the quietest the show has been and the best looking, the "
        "lanterns doing most of the talking while Mina and Kato wait out the storm together.\n"
        "[Mar 9, 2025 8:14 PM] ash: same\n"
    )
    assert doc(text, anime="Lantern Street").title == ""


@pytest.mark.parametrize(
    "banner",
    [
        # the group's name and app, then "exported chat" and the days it covers, the words the
        # other way round from "Chat export", and what the export kept on a labelled line
        "Night Owl Club 🌙 (Pigeonpost group) — exported chat, 3 Mar 2025 – 9 Mar 2025\n"
        "Messages filtered to: pinned only",
        "Night Owl Club | exported messages (Mar 3, 2025 – Mar 9, 2025)\nFilter: replies",
    ],
)
def test_an_exported_chat_banner_and_its_filter_line_are_not_the_title(banner: str) -> None:
    text = (
        f"{banner}\n\n----------\n"
        "09.03.2025 21:40  Rin T.\n"
        "Show Episode 6 review: the long night\n\n"
        f"{_LONG_POST}\n"
    )
    assert doc(text, anime="Show").title == "Show Episode 6 review: the long night"


@pytest.mark.parametrize(
    "marked",
    [
        "[b]{0}[/b]",
        "[size=140][b]{0}[/b][/size]",
        "[color=#2a6f97][i]{0}[/i][/color]",
        "[U]{0}[/U]",
    ],
)
def test_a_forum_posts_bbcode_around_its_headline_is_formatting_not_the_title(marked: str) -> None:
    headline = "Re: Winter Simulcast Chat — Week 3"
    text = (
        f"{marked.format(headline)}\n\n"
        "Lantern Boards » Airing Now » Show\n\n"
        "Posted by [b]mossfern[/b] » Tue Feb 4, 2025 9:10 pm\n\n"
        f"{BODY}"
    )
    assert doc(text, anime="Show").title == headline


@pytest.mark.parametrize(
    "byline",
    [
        "Posted March 4, 2025 by Ollie Brandt | Weekly | 6 comments",
        "Published 2025-03-04 by Ollie Brandt · Notes · 2 comments",
    ],
)
def test_a_short_headline_over_its_posts_dated_byline_is_no_sites_name(byline: str) -> None:
    # a blog's post headed by the show's name and a bare episode number, its date and author
    # in a bar under it: a post's byline stands under its headline, not a site's menu under
    # its name
    text = f"Lantern Fox – 07\n\n{byline}\n\n{BODY}"
    assert doc(text, anime="Lantern Fox").title == "Lantern Fox – 07"
    # a site's name over its menu is still no title
    menu = f"Lantern Fox\nReviews · Guides · About\n\n{HEADLINE}\n\n{BODY}"
    assert doc(menu, anime="Show").title == HEADLINE


def test_a_pinned_messages_poster_line_is_not_the_title() -> None:
    # a channel's pinned message copied as text: its channel, its poster and date, then the
    # post's headline over its text
    text = (
        "#weekly-shows — pinned message\n"
        "posted by moss_lantern — Feb 3, 2025\n\n"
        f"{HEADLINE}\n\n{_LONG_POST}\n"
    )
    assert doc(text, anime="Show").title == HEADLINE


def test_a_messages_underlined_headline_under_its_chatter_is_the_title() -> None:
    # a chat message: a line of chatter, then the post's headline underlined with dashes (a
    # Markdown heading, the underline dropped as a rule), then the post
    text = (
        "moss_lantern — 03/02/2025 21:40\n"
        "ok here's the writeup a few of you wanted, no spoilers past the first episode.\n\n"
        "Show – first impressions\n"
        "------------------------\n\n"
        f"{_LONG_POST}\n"
    )
    assert doc(text, anime="Show").title == "Show – first impressions"


def test_a_forwarded_emails_subject_gives_way_to_the_headline_it_carries() -> None:
    # the forwarder's subject is about the mail; the review it carries has its own headline
    headline = "Lantern Street Episode 6 Review – The Long Way Home"
    headers = (
        "---------- Forwarded message ---------\n"
        "From: Joss <joss@club.example>\n"
        "Subject: Fwd: my post for the club (Lantern Street ep 6)\n"
        "To: editors@club.example\n\n"
    )
    parsed = doc(f"{headers}Hi both, here it is.\n\nJoss\n\n{headline}\n\n{BODY}")
    assert parsed.title == headline
    # with no headline in the forwarded text, the subject stays the title
    parsed = doc(f"{headers}Hi both, here it is.\n\n{BODY}")
    assert parsed.title == "Fwd: my post for the club (Lantern Street ep 6)"


def test_a_markdown_chat_export_with_a_bold_channel_and_a_pinned_note_gives_the_posts_heading() -> (
    None
):
    # a chat export pasted as Markdown: the channel's name bolded in its banner, a pinned
    # message with who pinned it, a sender of two words, then the post under its own heading
    text = (
        "**#show-talk** — Lantern Lounge (exported 2025-03-05)\n\n"
        "**pinned by host_bot:** One post per show per week, please. Replies go in #chatter.\n\n"
        "---\n\n"
        "**Rin O.** — 03/04/2025 8:12 PM\n\n"
        "## Show — Episode 3 review\n\n"
        f"{_LONG_POST}\n\n"
        "**kumo** — 03/04/2025 8:30 PM\n\n"
        "agreed, 7/10 from me\n"
    )
    assert doc(text, anime="Show").title == "Show — Episode 3 review"


def test_a_feed_readers_item_dump_gives_its_labelled_title_not_its_item_stamp() -> None:
    text = (
        "Feed: Lantern Notes (RSS)  |  https://lantern.example/feed/\n"
        'Item 7 of 45  ·  fetched 2025-03-04 09:10 UTC  ·  ★ starred by mod "kumo"\n\n'
        "TITLE:    Show Episode 3 Review – The Long Way Round\n"
        "LINK:     https://lantern.example/show-episode-3-review/\n\n"
        f"CONTENT:\n\n{_LONG_POST}\n"
    )
    assert doc(text, anime="Show").title == "Show Episode 3 Review – The Long Way Round"


def test_a_feed_readers_banner_over_the_feeds_line_gives_the_items_labelled_title() -> None:
    # a feed reader's notification copied as text: its banner naming the feed, the feed's
    # address and fetch time, then the item's labelled fields: the item's title is the title
    text = (
        "[Feed] Lantern Notes: new post\n"
        "Feed: https://lantern.example/rss.xml\n"
        "Fetched: 2025-03-04 09:10 UTC\n\n"
        "Title: Show Episode 3 Review – The Long Way Round\n"
        "Link: https://lantern.example/show-episode-3-review/\n\n"
        f"Content:\n\n{_LONG_POST}\n"
    )
    assert doc(text, anime="Show").title == "Show Episode 3 Review – The Long Way Round"


def test_an_aside_in_brackets_on_the_line_under_a_headline_is_not_its_wrapped_end() -> None:
    # a headline with the writer's note on a line of its own under it, in brackets: an aside
    # (the episode's number counted from the first season), not the headline's last words
    for aside in ("(Episode 40 overall)", "(spoilers ahead)"):
        text = f"Show Season 2 Episode 3 Review – A Quiet Kind of Plan\n{aside}\n\n{BODY}"
        assert doc(text, anime="Show").title == (
            "Show Season 2 Episode 3 Review – A Quiet Kind of Plan"
        )


def test_a_second_header_in_kanji_under_a_latin_headline_is_not_its_wrapped_end() -> None:
    # a watch log's headline, then the same in the show's own script on the next line
    text = f"Show Ep. 4 of 12 — one quiet week\nショー 4話 感想\n\n{BODY}"
    assert doc(text).title == "Show Ep. 4 of 12 — one quiet week"


@pytest.mark.parametrize(
    "score", ["reviewer's rating: ★★★★½", "critic's score: 8/10", "my grade: B+"]
)
def test_a_lower_case_score_line_under_a_headline_is_not_its_wrapped_end(score: str) -> None:
    # a chat post's headline, then the reviewer's score on the next line under a label in
    # lower case (a few words, as a wrapped headline's last words may be): the review's
    # score, which its text keeps, not the end of its title
    text = f'Show Episode 7 Review — "A Long Way Home"\n{score}\n\n{BODY}'
    parsed = doc(text, anime="Show")
    assert parsed.title == 'Show Episode 7 Review — "A Long Way Home"'
    assert parsed.text.startswith(score)


# a plain-text export's paragraphs, wrapped at a fixed width (no line of 120 characters)
_WRAPPED_POST = (
    "Alright, this week the lantern keeper finally climbs the north tower, and the whole\n"
    "episode slows right down to let her do it. The staging of the stairwell is lovely and\n"
    "the score stays out of the way until the very last shot."
)


def test_a_plain_text_exports_bracketed_banner_and_topic_are_not_the_title() -> None:
    # the export's banner and the channel's topic, each in square brackets: its header; the
    # first message's headline, over its own aside and verdict, then its wrapped post
    text = (
        "[Exported from #show-corner — Lantern Lounge (Chatterly)]\n"
        "[Channel topic: spoiler tags for anything past the newest episode]\n\n"
        "=========================================\n"
        "pip.lantern — Today at 19:02\n"
        "Show ep 7 — a few notes ✨\n"
        "(= its dub calls it Lantern Tales)\n\n"
        "Short version: 3/5\n\n"
        f"{_WRAPPED_POST}\n\n"
        "=========================================\n"
        "tom — 19:10   fair, 4/5 for me\n"
    )
    assert doc(text, anime="Show").title == "Show ep 7 — a few notes ✨"


def test_a_chat_messages_first_line_over_another_messages_wrapped_text_is_not_its_headline() -> (
    None
):
    # the long text is the next message's, under its own header: the line is chatter
    text = (
        "[Exported from #show-corner — Lantern Lounge (Chatterly)]\n\n"
        "pip.lantern — Today at 19:02\n"
        "Show ep 7 tonight\n\n"
        "tom — Today at 19:10\n"
        f"{_WRAPPED_POST}\n"
    )
    assert doc(text, anime="Show").title == ""


def test_a_chat_line_naming_a_recap_over_a_marked_headline_leaves_the_headline_the_title() -> None:
    # chatter naming what it pastes ("here's the recap"), then the post's own marked headline
    text = (
        "[Exported from #show-corner — Lantern Lounge (Chatterly)]\n\n"
        "pip.lantern — Today at 19:02\n"
        "Running late, so here's the recap I owe you all\n\n"
        "*Show Episode 7 Recap*\n\n"
        f"{_LONG_POST}\n"
    )
    assert doc(text, anime="Show").title == "Show Episode 7 Recap"


def test_a_wiki_pages_source_is_titled_by_the_subject_its_lead_sets_in_bold() -> None:
    # a MediaWiki page's raw source: an opening template ("{{Name" … "}}"), then the lead
    # naming the article in bold
    text = (
        "{{Episode write-up\n"
        "|show = Tidewatch Brigade\n"
        "|number = 6\n"
        "}}\n"
        "'''Tidewatch Brigade Episode 6 Review''' is the society's review of the sixth episode "
        "of ''[[Tidewatch Brigade]]''.\n\n"
        f"{BODY}\n"
    )
    parsed = doc(text)
    assert parsed.title == "Tidewatch Brigade Episode 6 Review"
    assert parsed.anime_title == "Tidewatch Brigade"


@pytest.mark.parametrize(
    "details",
    [
        "Pinned posts · exported via rook-export 1.4 · 9 messages",
        "exported by archivebot, 9 messages",
        "Saved thread | exported with rook-export",
    ],
)
def test_a_channels_name_over_a_line_saying_what_exported_it_is_not_the_title(
    details: str,
) -> None:
    # a channel's name with its server's, a rule, the line saying what exported its messages,
    # a rule, then a post under its sender's handle and time opening with its headline
    text = (
        "#show-talk | Lantern Club\n"
        "----------------------------------------\n"
        f"{details}\n"
        "----------------------------------------\n\n"
        "rin_o — 03/04/2025 10:01 PM\n"
        "Tide Lantern Episode 6 Review (short one)\n\n"
        f"{_LONG_POST}\n\n"
        "tom — 03/04/2025 10:05 PM\n"
        "8/10 from me\n"
    )
    parsed = doc(text)
    assert parsed.title == "Tide Lantern Episode 6 Review (short one)"
    assert parsed.anime_title == "Tide Lantern"


# --------------------------------------------------------------------------- round 92


@pytest.mark.parametrize(
    ("masthead", "address"),
    [
        # the site's name as its host shortens it, beside the column's name
        ("Lantern Weekly Magazine — Pick of the Week", "https://lanternweeklymag.example/c/1/"),
        # the site's name beside its tagline, over an address without its scheme
        ("KESTREL — notes on anime and film", "kestrel-notes.example/show-episode-4/?print=1"),
    ],
)
def test_a_sites_name_and_section_above_the_pages_address_is_not_the_title(
    masthead: str, address: str
) -> None:
    text = f"{masthead}\n{address}\n\nSTEADY HANDS\n\nBy A. Writer\n\n{BODY}"
    assert doc(text, anime="Show").title == "STEADY HANDS"


def test_a_tab_title_naming_the_site_first_stays_when_no_headline_follows_the_address() -> None:
    text = f"Lantern Weekly — Show Finale\nhttps://lanternweekly.example/show-finale/\n\n{BODY}"
    # (the tab's title without the site's name, as before)
    assert doc(text, anime="Show").title == "Show Finale"


# --------------------------------------------------------------------------- round 93


@pytest.mark.parametrize(
    "headline",
    [
        "# paper kite ep 3 reactions!!! (9 outta 10)",
        "paper kite ep 3 reactions?! (spoilers, obviously)",
    ],
)
def test_a_casual_headline_closing_with_an_aside_in_brackets_is_the_title(
    headline: str,
) -> None:
    text = f"{headline}\n\nok so this week was a lot. the kite scene!!!\n\n{BODY}"
    assert doc(text, known_anime=["Paper Kite"]).title == headline.removeprefix("# ")


def test_a_sentence_then_an_aside_in_brackets_is_still_no_headline() -> None:
    opening = "Okay so I finally watched the whole thing last night. (Spoilers ahead)"
    text = f"{opening}\n\n{BODY}"
    assert doc(text, anime="Paper Kite").title == ""


# --------------------------------------------------------------------------- round 94


def test_a_tab_titles_site_name_is_dropped_when_the_headline_repeats_below() -> None:
    # a saved page opening on its tab's title ("<Headline> | <Site>"), then the site's banner
    # and menu, then the headline again in capitals
    text = (
        "Show Season 3 Episode 2 Review - A Door Left Open | Paperlantern\n\n"
        "Paperlantern uses cookies to remember you. Accept >\n\n"
        "NEWS | REVIEWS | FEATURES\n\n"
        "SHOW SEASON 3 EPISODE 2 REVIEW: A DOOR LEFT OPEN\n\n"
        f"By A. Writer\n\n{BODY}"
    )
    assert doc(text, anime="Show").title == "Show Season 3 Episode 2 Review - A Door Left Open"


def test_a_tab_titles_last_part_stays_when_no_line_repeats_the_rest() -> None:
    text = f"Show Season 3 Episode 2 Review | A Door Left Open\n\nBy A. Writer\n\n{BODY}"
    assert doc(text, anime="Show").title == "Show Season 3 Episode 2 Review | A Door Left Open"


# --------------------------------------------------------------------------- round 96


def test_a_wrapped_trending_lines_rest_is_not_the_headline() -> None:
    # a text copy wrapped at its width: the trending label's links run on two more lines,
    # with no blank line between, before the headline
    text = (
        "LOOKOUT ANIME | News | Reviews | Features | Podcast\n\n"
        "POPULAR: Harbor Lights Episode 3 review (7/10) - Tin Soldier Episode 8 review\n"
        "(6/10) - Ten shows to watch this spring - Paper Kite: should you start\n"
        "now? (8/10)\n\n"
        "Show Episode 4 Review: The Long Way Round\n\n"
        f"By A. Writer\n\n{BODY}"
    )
    assert doc(text, anime="Show").title == "Show Episode 4 Review: The Long Way Round"


def test_a_wrapped_cookie_notice_and_arrowed_trending_links_are_not_the_headline() -> None:
    text = (
        "Cookie banner: this website keeps little files in your browser so it can\n"
        "remember you. OK | Options\n\n"
        "TRENDING NOW >> Harbor Lights Episode 3 review (7/10) >> Tin Soldier vs.\n"
        "Paper Kite: who wins >> Ten shows to watch this spring (8/10) >> The\n"
        "Quiet Garden ep 5 (9/10)\n\n"
        "Show Season Review: Lanterns in the Fog\n\n"
        f"By A. Writer\n\n{BODY}"
    )
    assert doc(text, anime="Show").title == "Show Season Review: Lanterns in the Fog"


def test_a_long_byline_over_a_headline_with_no_blank_line_keeps_the_headline() -> None:
    text = (
        "Posted on March 3, 2024 by A. Writer with Another Writer | 12 comments\n"
        "Show Episode 4 Review: The Long Way Round\n\n"
        f"{BODY}"
    )
    assert doc(text, anime="Show").title == "Show Episode 4 Review: The Long Way Round"


def test_a_labelled_bar_of_other_pages_above_a_markdown_heading_is_not_the_text() -> None:
    # a page copied as Markdown: the site's "Popular now:" bar of other reviews on one line,
    # a rule, then the article's heading; the heading is the title, the bar no body text
    text = (
        "**Hot this week:** Copper Sky Ep 4 (7/10) · Harbor Lights S2 premiere (9/10) · "
        "Paper Kite finale (6/10)\n\n---\n\n"
        "## Lantern Drift Episode 3 Review – The Long Night\n\n"
        f"{BODY}"
    )
    parsed = doc(text, known_anime=["Harbor Lights"])
    assert parsed.title == "Lantern Drift Episode 3 Review – The Long Night"
    assert parsed.anime_title == "Lantern Drift"


# --------------------------------------------------------------------------- round 97


@pytest.mark.parametrize(
    "stamp",
    [
        "Crossposted from r/harborclub by u/lantern_keeper · 3 years ago",
        "**Reposted by u/gull_wing_7 in r/LighthouseTalk · 2h**",
        "Cross-posted to r/seasonalwatch",
    ],
)
def test_a_repost_stamp_over_a_shared_review_is_not_the_title(stamp: str) -> None:
    # a community post sharing someone's review: the stamp saying who reposted it, and from
    # where, then the reposter's quoted comment, then the review under its own headline
    headline = "Lighthouse Episode 6 Review: The Keeper's Last Storm"
    text = (
        f"{stamp}\n\n> Sharing this one, I'd go lower myself, 4/10 at most, but it's a "
        f"great read so here it is in full.\n\n---\n\n## {headline}\n\n{BODY}"
    )
    assert doc(text, anime="Lighthouse").title == headline
    assert not_a_title(stamp.strip("*"))
    assert not not_a_title("Reposted by Popular Demand: Lighthouse Episode 6 Review")


def test_a_newsletters_mail_links_and_a_restack_with_its_quoted_comment_are_not_the_title() -> None:
    # a newsletter copied as text: its name and issue line, its e-mail's links, then a
    # restack's stamp naming who shared it and their comment in quotation marks, then the
    # issue's headline
    headline = "Lighthouse Season 1 Review: the best storm you can watch indoors"
    text = (
        "The Harbour Letter\nIssue #12 · by Ines Roe\nView in browser | Unsubscribe\n\n"
        "--------------------\nRestacked by Theo Vance:\n"
        '"Ines is right about this one and you should all watch it before someone spoils it"\n'
        f"--------------------\n\n{headline}\n\n{BODY}"
    )
    assert doc(text, anime="Lighthouse").title == headline


def test_a_feed_dumps_item_title_under_its_channels_fields_is_the_title() -> None:
    # a feed copied as text: the feed's line, its channel's labelled fields, the item's
    # marker, then the item's fields, its title labelled among them
    headline = "Lighthouse Episode 9 Review – A Lamp for the Drowned"
    text = (
        "Feed: Harbour Notes – Reviews (https://harbournotes.example/feed/)\n"
        "Channel description: Short reviews every week.\n"
        "Last build date: Mon, 4 Mar 2024 10:00:00 +0000\n\n"
        "===== ITEM =====\n"
        f"title: {headline}\n"
        "link: https://harbournotes.example/lighthouse-9/\n\n"
        f"{BODY}"
    )
    assert doc(text, anime="Lighthouse").title == headline


def test_a_list_of_other_scored_reviews_above_the_headline_is_not_the_title() -> None:
    # a site's trending reviews copied above the page's headline, each with its score, a line
    # each, then the breadcrumbs: the page's own headline is the title
    headline = "Lighthouse Season 2 Review: The Keeper Grows Up"
    text = (
        "HARBOUR DESK\n"
        "Other Show episode 9 review - 6/10\n"
        "Some Film review - 8.5/10\n\n"
        "Reviews / Season reviews\n\n"
        f"{headline}\n\n{BODY}"
    )
    parsed = doc(text, anime="Lighthouse")
    assert parsed.title == headline
    assert parsed.episode is None


def test_a_markdown_heading_under_a_copys_note_and_fields_is_the_title() -> None:
    # a review copied from the writer's own notes page as Markdown: a sentence saying so,
    # the show's fields in bold labels, then the document's heading
    headline = "Lighthouse Episode 5 Review — The Lamp Goes Out"
    text = (
        "Copied over from my old watch-notes page. Some links may be broken.\n\n"
        "**Series:** Lighthouse\n**Format:** TV, 13 episodes\n\n"
        f"# {headline}\n\n{BODY}"
    )
    assert doc(text, anime="Lighthouse").title == headline
    # a heading naming no review under a paragraph is a section's, not the title
    assert doc(f"{BODY}\n\n# Notes\n\n{BODY}", anime="Lighthouse").title == ""


def test_a_database_entrys_work_name_with_its_original_script_is_no_sites_masthead() -> None:
    # a catalog site's entry copied as text: the work's name with its title in kana over a
    # line of its facts (which reads like a site's menu bar), then a note about the copy
    text = (
        "Harbor Lights (ハーバーライツ)\n"
        "TV series · Spring 2023 · 12 episodes · Studio Kite\n"
        'Catalog page, saved from ShowBase.example — "Editor\'s picks" section\n\n'
        f"{BODY}"
    )
    assert doc(text, anime="Harbor Lights").title == "Harbor Lights (ハーバーライツ)"


def test_a_pasted_writers_byline_over_a_written_date_is_not_the_title() -> None:
    # an article pasted as text: the writer's name alone, the date written out, a share bar
    # and a listening widget, then the headline
    headline = "[Year in Review] Lighthouse Season 3: The Keeper's Last Watch"
    text = (
        "Marisol Okonkwo-Hale\n"
        "November 4, 2024\n"
        "Share: Bluesky | Mastodon | Email\n"
        "Listen to this article (8 min)\n\n"
        f"{headline}\n\n{BODY}"
    )
    assert doc(text, anime="Lighthouse").title == headline
    # a short headline over a date line stays the title
    assert doc(f"Keeper Nights\nNovember 4, 2024\n\n{BODY}", anime="Lighthouse").title == (
        "Keeper Nights"
    )


def test_an_emoji_bullet_opening_every_heading_of_notes_is_no_part_of_the_title() -> None:
    # notes whose headings all open with an emoji: the headline's is the same bullet
    text = (
        "🌊 Lighthouse — ep 9 scribbles\nwatched Sat night, dub\n\n"
        "🔦 the plot bits\n👉 the keeper's brother is back\n👉 the storm finally hits\n\n"
        "⭐ liked\n💙 the lamp-room fight, all in silhouette\n\n"
        "verdict: 7/10\n"
    )
    assert doc(text, anime="Lighthouse").title == "Lighthouse — ep 9 scribbles"
    # an emoji opening a headline over plain paragraphs is the writer's, kept
    text = "🌊 Lighthouse — ep 9 scribbles\n\n" + BODY
    assert doc(text, anime="Lighthouse").title == "🌊 Lighthouse — ep 9 scribbles"


def test_a_fansites_header_over_its_markdown_heading_is_no_title() -> None:
    # a fan site's page copied as Markdown: its name with a tagline after a dash, its menu
    # from "Home" on (a section naming recaps), crumbs apart by "▸", a row of links to every
    # episode, then the recap's own heading
    episodes = " ".join(f"[{n}](/s1/{n})" for n in range(1, 13))
    text = (
        "Beacon — a Lighthouse fan wiki\n"
        "Home | Episode Guides | Cast | Lore | Forum\n\n"
        "Guides ▸ Season 1 ▸ Episode 7\n\n"
        f"Episodes — Season 1: {episodes}\n\n"
        "# Lighthouse Season 1 Episode 7 Recap: The Long Night\n\n"
        f"{BODY}"
    )
    assert doc(text, anime="Lighthouse").title == (
        "Lighthouse Season 1 Episode 7 Recap: The Long Night"
    )


def test_a_bold_headline_inside_a_message_over_a_spoiler_note_and_its_post_is_the_title() -> None:
    # a message opens with chatter, then pastes a write-up: its bold headline, a short spoiler
    # note under it, then the post's long paragraphs
    text = (
        "Guild: Paper Lantern\nChannel: #show-talk\nExported: 03/03/2025 23:10\n\n"
        "[02/03/2025 20:01] kumo\n"
        "ok here's my write-up, pasted from my notes:\n\n"
        "**Cicada Summer, the third episode — review**\n"
        "||Spoilers below.||\n"
        f"{LONG_POST}\n"
        "**7/10**\n\n"
        "[02/03/2025 20:09] reed\n"
        "fair, 6 from me\n"
    )
    assert doc(text, anime="Cicada Summer").title == "Cicada Summer, the third episode — review"


def test_a_message_lines_bold_headline_over_a_short_remark_then_its_post_is_the_title() -> None:
    # "[date time] name: **headline**", then the post: a short opening remark set apart,
    # then its long paragraphs
    text = (
        "#show-reviews — exported 2025-03-03\n\n"
        "[2025-03-02 20:01] kumo (admin): reminder: reviews here, chat in #show-chat\n"
        "[2025-03-02 20:05] reed: **Cicada Summer — first impressions**\n\n"
        "ok I waited a long time for this one and it did not let me down.\n\n"
        f"{LONG_POST}\n\n"
        "Score: 8/10\n\n"
        "[2025-03-02 20:07] kumo (admin): 8 is low\n"
    )
    assert doc(text, anime="Cicada Summer").title == "Cicada Summer — first impressions"


@pytest.mark.parametrize(
    "stamp", ["March 2 at 8:40 PM · 🌏", "2 March at 20:40 · Public", "Mar 2 at 8:40 PM"]
)
def test_a_social_pages_long_name_above_its_posts_stamp_is_not_the_title(stamp: str) -> None:
    # a social network's page post copied as text: the page's name (longer than a site's
    # name runs), its post's stamp (the day without its year, the time, who sees it), then
    # the post's headline
    headline = "📌 CICADA SUMMER EPISODE 6 REVIEW (no spoilers)"
    text = f"Cicada Summer Fans PH 🌻 — Anime Fan Page\n{stamp}\n\n{headline}\n\n{BODY}"
    assert doc(text, anime="Cicada Summer").title.endswith(
        "CICADA SUMMER EPISODE 6 REVIEW (no spoilers)"
    )


def test_a_headline_above_a_social_posts_stamp_stays_the_title() -> None:
    # the line above the stamp names a review itself: it is the headline, not a page's name
    headline = "Cicada Summer Episode 6 Review"
    text = (
        f"{headline}\nMarch 2 at 8:40 PM · 🌏\n\n"
        f"Cicada Summer Episode 6 review thread below\n\n{BODY}"
    )
    assert doc(text, anime="Cicada Summer").title == headline


# --------------------------------------------------------------------------- round 108


@pytest.mark.parametrize(
    ("channel", "details"),
    [
        # the channel's name, its topic after a dash, over the line saying what exported it
        ("#show-talk — Cicada Summer thread", "Exported from Chatterly (server: Lantern Club)"),
        ("#show-talk – weekly reviews", "exported via rook-export 1.4 · 9 messages"),
    ],
)
def test_a_channels_name_and_topic_over_what_exported_it_are_not_the_title(
    channel: str, details: str
) -> None:
    text = (
        f"{channel}\n{details}\n\n"
        "[2025-03-02 20:01] tom: anyone seen the new one yet\n"
        "[2025-03-02 20:05] reed: **Cicada Summer — episode 6, quick review**\n\n"
        f"{_LONG_POST}\n\n"
        "[2025-03-02 20:07] tom: nice\n"
    )
    assert doc(text, anime="Cicada Summer").title == "Cicada Summer — episode 6, quick review"


def test_a_message_lines_bold_headline_right_over_its_quoted_post_is_the_title() -> None:
    # "[date time] name: **headline**", the post's lines right under it (a chat's quote block,
    # no blank line between), then the others' messages
    text = (
        "#show-reviews — exported 2025-03-03\n\n"
        "[2025-03-02 20:01] tom: ok who has seen it\n"
        "[2025-03-02 20:05] reed: **Cicada Summer — episode 6, quick review**\n"
        f"> {_LONG_POST}\n"
        "> the ending alone is worth the wait\n"
        "> **my rating: 8/10**\n"
        "[2025-03-02 20:07] tom: 8 is low\n"
    )
    parsed = doc(text, anime="Cicada Summer")
    assert parsed.title == "Cicada Summer — episode 6, quick review"
    assert "the ending alone is worth the wait" in parsed.text


def test_a_message_lines_bold_remark_over_the_next_message_is_no_headline() -> None:
    # the bold line's message ends on its line, the next message's header under it: no post
    # of its own under it, so no headline
    text = (
        "#show-reviews — exported 2025-03-03\n\n"
        "[2025-03-02 20:01] tom: ok who has seen it\n"
        "[2025-03-02 20:05] reed: **Cicada Summer — episode 6 review soon**\n"
        f"[2025-03-02 20:06] tom: {_LONG_POST}\n"
    )
    assert doc(text, anime="Cicada Summer").title != "Cicada Summer — episode 6 review soon"


# --------------------------------------------------------------------------- round 117

# a channel's export: the message opens with its headline, an aside in lower case closing it,
# then a short remark and the cast's names under their label, a line each, before its text
CAST_LISTED_POST = (
    "==========\nGuild: A Watch Club\nChannel: #weekly-reviews\nExported: 2025-06-06\n"
    "==========\n\n"
    "[06-Jun-25 20:02] owl.tea\n"
    "Lighthouse: The Long Night ep 6 review (no novel spoilers pls)\n\n"
    "ok so this is the storm episode and I was not ready for how quiet it would be\n\n"
    "{lead}\n\n"
    "the keeper's brother finally shows up and the storm pays off the whole first half, which "
    "is a lot for one episode that mostly happens in a single room with two people in it\n\n"
    "4/5\n\n"
    "[06-Jun-25 20:09] kite\nagreed\n"
)
HEADLINE_WITH_ASIDE = "Lighthouse: The Long Night ep 6 review (no novel spoilers pls)"


@pytest.mark.parametrize(
    "lead",
    [
        "cast for the newcomers:\nIo (Ana Reyes)\nMarek (Leo Tran)\nSela (Hana Mori)",
        "who's who:\n- Io, the keeper\n- Marek, his brother\n- Sela\n- the cat",
    ],
)
def test_a_chat_headline_over_a_remark_and_a_labelled_list_before_its_text_is_the_title(
    lead: str,
) -> None:
    # the list under its label is one of the message's short lines before its text, however
    # many items it has, not a line each
    text = CAST_LISTED_POST.format(lead=lead)
    assert doc(text, anime="Lighthouse: The Long Night").title == HEADLINE_WITH_ASIDE


def test_a_chat_headline_over_many_short_unlabelled_lines_is_still_no_title() -> None:
    # short lines of chat, no list's label over them: more than a message's lead before its
    # text, as before
    lead = "ok\nthe cast is great\nIo is great\nMarek is great\nthe cat is great"
    text = CAST_LISTED_POST.format(lead=lead)
    assert doc(text, anime="Lighthouse: The Long Night").title == ""


# --------------------------------------------------------------------------- round 118


@pytest.mark.parametrize(
    "stamp",
    ["Copied thread, Thursday, July 18th", "Thursday, July 18th", "Saved thread, Tue, Mar 4"],
)
def test_a_copied_team_chat_threads_day_stamp_under_its_banner_is_not_the_title(
    stamp: str,
) -> None:
    # a team chat's thread copied as text: the channel's banner, the copy's note giving the
    # day as the chat dates it (no year), then the post's header and its headline
    headline = "Show Season 2 Episode 3 Review (ep 15 overall)"
    text = (
        "#show-club | Harbour Lane Slack\n"
        f"{stamp}\n\n"
        "Dana Kim  10:14 AM\n"
        f"{headline}\n"
        f"{_LONG_POST}\n\n"
        "Score: 8/10\n\n"
        "Joel Park  10:31 AM\n"
        "6/10 for me\n"
    )
    assert doc(text, anime="Show").title == headline


# --------------------------------------------------------------------------- round 119


@pytest.mark.parametrize("label", ["Pinned message", "📌 Pinned Message #2", "Pinned post"])
def test_a_channels_pinned_bar_and_its_message_are_not_the_title(label: str) -> None:
    # a messenger channel copied as text: its name, its subscribers, the pinned bar (its label
    # over the pinned message, a schedule naming another show's episode), then the post
    headline = "Show Episode 1 — First Impressions"
    text = (
        "Harbour Anime Notes\n1 204 subscribers\n\n"
        f"{label}\n"
        "Harbour Anime Notes: this week — Mon: Other Show S2 ep 4, Wed: Show, Fri: mailbag\n\n"
        "Harbour Anime Notes, [03.03.2025 21:40]\n"
        f"{headline}\n\n"
        f"{_LONG_POST}\n"
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == headline
    assert "Other Show" not in parsed.text


@pytest.mark.parametrize("mark", ["[pinned] ", "[📌 Pinned] ", "📌 "])
def test_a_chat_exports_pinned_message_above_its_messages_is_not_the_title(mark: str) -> None:
    # a channel's export: its header, a pinned message (its mark before the message's header,
    # the rules as its text), chatter, then the review's message opening with its headline
    headline = "Show Episode 3 Review: Lies and a Very Tired Bird"
    text = (
        "Guild: A Watch Club\nChannel: #reviews\n\n"
        f"{mark}[2024-01-02 09:14] modbot\n"
        "📌 READ BEFORE POSTING: open your post with a headline, put your score at the bottom. "
        "Reactions only, no replies in this channel.\n\n"
        "[2024-01-24 21:02] kit\nanyone else's stream dying rn\n\n"
        f"[2024-01-24 21:07] owl.tea\n{headline}\n\n{_LONG_POST}\n\nScore: 7/10\n"
    )
    assert doc(text, anime="Show").title == headline


def test_a_later_channel_posts_unmarked_headline_under_an_earlier_message_is_the_title() -> None:
    # an earlier message about another show, then the post: its first line a headline, a
    # short line, then its text
    headline = "Show Episode 1 — First Impressions"
    text = (
        "Harbour Anime Notes\n1 204 subscribers\n\n"
        "Harbour Anime Notes, [01.03.2025 19:02]\n"
        "Other Show S2 ep 4 notes are up in the discussion group, 8/10 from me\n\n"
        "Harbour Anime Notes, [03.03.2025 21:40]\n"
        f"{headline}\n\n"
        "Before anything: yes, it was delayed, and yes, I waited.\n\n"
        f"{_LONG_POST}\n"
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == headline
    assert "Other Show" not in parsed.text


def test_a_later_channel_posts_opening_sentence_under_an_earlier_message_is_no_title() -> None:
    # the later message opens with a sentence of chat, not a headline: no title, as before
    text = (
        "Harbour Anime Notes\n1 204 subscribers\n\n"
        "Harbour Anime Notes, [01.03.2025 19:02]\n"
        "Other Show S2 ep 4 notes are up in the discussion group, 8/10 from me\n\n"
        "Harbour Anime Notes, [03.03.2025 21:40]\n"
        "ok so my first impressions of the new one, finally.\n\n"
        f"{_LONG_POST}\n"
    )
    assert doc(text, anime="Show").title == ""


# a fediverse thread or profile copied as text: each post under its poster's line
_POSTER = "Fen 🦊 @fen@anime.social"


@pytest.mark.parametrize(
    ("pinned", "boosted"),
    [
        # the marks under the poster's line, as a copy of the posts' text gives them...
        (f"{_POSTER}\nPinned\n", f"{_POSTER}\nboosted by Hoshi @hoshi@social.example\n"),
        # ...or above it, as the profile shows them
        (f"📌 Pinned\n{_POSTER}\n", f"Hoshi boosted\n{_POSTER}\n"),
    ],
)
def test_a_profiles_pinned_and_boosted_posts_above_the_review_are_not_the_title(
    pinned: str, boosted: str
) -> None:
    headline = "Show Season 2 Review (1/4)"
    text = (
        f"{pinned}Hi! I'm Fen. I post episode thoughts and too many screenshots.\n"
        "Jun 3, 2023 · 🌐 · 12 boosts\n\n"
        f"{boosted}ok the laundry episode of Other Show is a 9/10 i don't make the rules\n"
        "Dec 23, 2023 · 🌐\n\n"
        f"{_POSTER}\n{headline}\n\n{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == headline
    assert "Other Show" not in parsed.text


@pytest.mark.parametrize("mark", ["📌 PINNED: ", "Pinned: ", "pinned post — "])
def test_a_pinned_post_whose_text_opens_with_its_mark_is_not_the_title(mark: str) -> None:
    # a thread copied as text from the app's header down: the account's pinned introduction,
    # its mark opening its text under the poster's line, above the thread the copy is for
    headline = "Show – episodes 2 & 3 catch-up review"
    text = (
        "Bluesky · Thread\n\n"
        f"{_POSTER}\n{mark}i review one show a week, scores out of 10. current show: show.\n"
        "#anime\nApr 2, 2024 at 8:12 PM · 14 reposts · 61 likes\n\n— — —\n\n"
        f"{_POSTER}\n{headline}\n\n{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == headline
    assert "one show a week" not in parsed.text


def test_a_pinned_review_opening_with_its_mark_is_kept() -> None:
    # a pinned post whose text is a review's headline is the post the copy is for
    text = (
        f"{_POSTER}\n📌 Pinned: Show Season 2 Review\n\n{BODY}\n\n"
        f"{_POSTER}\nok the laundry episode of Other Show is a 9/10\n"
    )
    assert "The show looks great" in doc(text, anime="Show").text


def test_a_pinned_review_and_a_lone_boosted_post_keep_their_headlines() -> None:
    # a pinned post opening with a review's headline is the post the copy is for...
    text = (
        f"{_POSTER}\nPinned\nShow Season 2 Review\n\n{BODY}\n\n"
        f"{_POSTER}\nok the laundry episode of Other Show is a 9/10\n"
    )
    assert doc(text, anime="Show").title == "Show Season 2 Review"
    # ...and so is a boosted post copied alone; the marks are no title either way
    text = f"Hoshi boosted\n{_POSTER}\nShow Episode 5 Review\n\n{BODY}"
    assert doc(text, anime="Show").title == "Show Episode 5 Review"


def test_a_reposted_threads_opening_post_is_the_post_the_copy_is_for() -> None:
    # a thread reposted into someone's feed: the repost's mark above the thread's opening post
    # (marked as a thread), the same poster's posts under it: its headline is the title
    poster = "**Ines Roe** @ines.social.example · Mar 2"
    headline = "show ep 9 review because you all asked (🧵)"
    text = (
        f"🔁 Reposted by Theo Vance\n\n{poster}\n\n{headline}\n\nthe one with the storm.\n\n"
        f"---\n\n{poster}\n\n{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == headline
    # ...not a post of another poster boosted above the account's own, nor one not a thread's
    for shared in (
        f"🔁 Reposted by Theo Vance\n\n**Kit** @kit.social.example\n\n{headline}\n\n",
        f"🔁 Reposted by Theo Vance\n\n{poster}\n\nshow ep 9 review because you all asked\n\n",
    ):
        parsed = doc(f"{shared}---\n\n{poster}\n\nShow Episode 9 Review\n\n{BODY}", anime="Show")
        assert parsed.title == "Show Episode 9 Review"


def test_a_reposted_posts_headline_under_its_stamp_and_split_poster_lines_is_the_title() -> None:
    # a social post reposted into someone's feed and copied as text: the repost's stamp behind
    # its icon, the poster's name, handle and date each on a line, then the thread's opening
    # post, its mark followed by a dash and the writer's comment (a headline longer than a
    # headline's words, as the post's writer typed it)
    headline = (
        "Show Episode 6 (Season 2, Episode 1) review 🧵 — the one with the storm at the "
        "lighthouse, and honestly it's the best the whole season has been so far"
    )
    text = (
        f"↻ Reposted by Theo Vance\n\nInes Roe\n@ines.social.example\n· Mar 2, 2024\n\n"
        f"{headline}\n\n1/ {BODY}\n\n2/ Score: 7/10\n"
    )
    assert doc(text, anime="Show").title == headline
    # a post's sentences after a thread mark and a dash stay sentences, not its headline
    opening = (
        "ok 🧵 — so the storm finally hits and the keeper's brother shows up, and I have "
        "thoughts about all of it, more than fit in one post"
    )
    assert doc(f"{opening}\n\n{BODY}", anime="Show").title == ""


@pytest.mark.parametrize(
    ("name", "handle", "counts", "tabs"),
    [
        # a fediverse profile: its bio, then the date it joined and its counts
        (
            "Fen 🦊",
            "@fen@anime.social",
            "Joined May 2023 · 310 Posts · 52 Following · 1,2K Followers",
            "",
        ),
        # a profile on a network whose handles are domain names: counts, bio, then its tabs
        (
            "Fen 🦊",
            "@fen.example.social",
            "2.4K followers · 301 following · 980 posts",
            "Posts   Replies   Media\n",
        ),
    ],
)
def test_a_profiles_header_and_pinned_post_above_a_thread_are_not_the_title(
    name: str, handle: str, counts: str, tabs: str
) -> None:
    # the profile's copy: its name over its handle alone, its bio and counts, its pinned
    # post (another show's 9/10), then the thread the copy is for, opening with its headline
    headline = "Show Episode 4 Recap 🧵"
    bio = "anime every week, sometimes bread. reviews are tagged, scores are vibes."
    text = (
        f"{name}\n{handle}\n\n{bio}\n{counts}\n\n{tabs}\n📌 Pinned\n"
        f"{name} {handle} · Apr 2\nmy spring plan, updated on sundays:\n"
        "Other Show — 9/10 so far\n\n"
        f"{name} {handle} · 3h\n{headline} (1/3)\n\n{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == headline.removesuffix(" 🧵")  # the mark goes with the place
    assert parsed.kind.value == "recap"
    assert "bread" not in parsed.text
    assert "Other Show" not in parsed.text


def test_a_profiles_header_under_the_networks_name_is_not_the_title() -> None:
    # the app's name atop the copied profile, over the display name and its handle alone,
    # its bio and counts, its pinned post, a post of chatter, then the thread's headline
    headline = "Show Episode 1 First Impressions 🧵"
    text = (
        "Mastodon\n\nFen 🦊\n@fen@anime.social\n"
        "anime every week, sometimes bread. reviews in threads.\n"
        "2.4K followers · 301 following · 980 posts\n\nPinned\n"
        "Fen 🦊 @fen@anime.social · Apr 2\nmy spring plan: Show, Other Show, Third Show\n\n"
        "Fen 🦊 @fen@anime.social · Apr 9\nwell that was not what I expected\n\n"
        f"Fen 🦊 @fen@anime.social · Apr 9\n{headline}\n\n{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == headline
    assert parsed.kind.value == "first-impressions"
    assert "bread" not in parsed.text


def test_a_handle_alone_over_a_headline_without_a_profiles_counts_keeps_it() -> None:
    # no counts under the handle: a byline over the headline, not a profile's header
    text = f"Fen 🦊\n@fen@anime.social\n\n{HEADLINE}\n\n{BODY}\n\nFen 🦊 @fen.example.social · 3h"
    assert doc(text, anime="Show").title == HEADLINE


def test_a_dashboards_reblog_header_and_the_rebloggers_comment_are_not_the_title() -> None:
    # "kit-blog reblogged ines-blog", then the chain: the reblogger's comment under its
    # name, the reblogged blog's part holding the post and its headline
    headline = "Show Episode 4 Review (yes, weekly now)"
    text = (
        "kit-blog reblogged ines-blog\n\nkit-blog:\nthis is exactly how I felt, forever\n\n"
        f"ines-blog:\n\n{headline}\n\n{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == headline
    assert "exactly how I felt" not in parsed.text
    # the header alone over the post: the post's headline still
    assert doc(f"kit-blog reblogged ines-blog\n\n{headline}\n\n{BODY}").title == headline


def test_a_threads_opening_chatter_yields_to_the_headline_opening_its_next_post() -> None:
    # the opening post under its date, edit stamp and content warning is chatter; the same
    # poster's next post, after its count, opens with the headline
    headline = "Show Season 2 Episode 5 review (ep 17 overall)"
    text = (
        f"{_POSTER}\nJul 31, 2025, 23:08 · 🌐 Public\nEdited Aug 1\n\nCW: Show spoilers\n\n"
        "weekly anime thread time, sorry to everyone who followed me for the knitting 🧶\n\n"
        f"🧵 1/4\n\n--\n\n{_POSTER}\n2/4\n\n{headline}\n\n{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == headline
    assert "knitting" not in parsed.text


@pytest.mark.parametrize(
    "next_post",
    [
        "Hoshi @hoshi@social.example\nShow Episode 5 review",  # another poster's reply
        f"{_POSTER}\nokay so this one was good",  # no headline
    ],
)
def test_a_threads_opening_line_stays_the_title_without_its_own_headline_below(
    next_post: str,
) -> None:
    text = f"{_POSTER}\nweekly anime thread time 🧶\n\n{next_post}\n\n{BODY}"
    assert doc(text, anime="Show").title == "weekly anime thread time 🧶"


# --------------------------------------------------------------------------- round 122


@pytest.mark.parametrize(
    "header",
    [
        "Weekend Anime Reviews & Chat (Public group) · 12.4K members",
        "Seasonal Watchers (Private group) · 2,310 members",
        "Some Show Fans Page · 8.1K followers",
    ],
)
@pytest.mark.parametrize("label", ["Featured · Admin post", "Announcement · Moderator post"])
def test_a_groups_header_and_featured_post_are_not_the_title(header: str, label: str) -> None:
    # a social group's page copied as text: its name and its size, the featured post its admin
    # set above the feed (the group's rules, another show's review quoted), then the poster's
    # line and the post, its headline first
    headline = "SHOW – EPISODE 6 REVIEW (halfway there!)"
    text = (
        f"{header}\n\n{label}\n"
        "  Rule 2: spoilers go behind a line of dots, episode number up front.\n"
        '  Most-liked review this week: "Other Show ep 30, 9/10" by Some One\n\n'
        f"Ana Ruiz · 3h · Public\n\n{headline}\n.\n.\n\n{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == headline
    assert "Other Show" not in parsed.text


def test_a_headline_with_its_posts_counts_stays_the_title() -> None:
    # a post's own counts (its likes, its comments) are no group's size
    headline = "Show Episode 6 Review · 214 comments"
    assert doc(f"{headline}\n\n{BODY}", anime="Show").title == headline


# --------------------------------------------------------------------------- round 126


@pytest.mark.parametrize(
    "stamp",
    ["Forwarded from Pia watches everything", "↪️ Forwarded from @harbour_notes", "Forwarded"],
)
def test_a_channels_name_over_a_forwarded_posts_stamp_is_not_the_title(stamp: str) -> None:
    # a messenger's channel copied as text: the channel's name, the stamp of the post
    # forwarded into it, then the post, its headline first
    headline = "Lighthouse First Impressions — a storm in the first ten minutes"
    parsed = doc(f"Weekly Watch 🌊\n{stamp}\n{headline}\n\n{BODY}", anime="Lighthouse")
    assert parsed.title == headline
    assert not_a_title(stamp)


def test_a_forwarded_line_naming_a_review_is_no_stamp() -> None:
    # "forwarded from" in a headline, naming a review, is the headline's own wording
    assert not not_a_title("Forwarded from Lighthouse Episode 6 Review: the storm returns")


@pytest.mark.parametrize(
    "header",
    [
        "Some Reader — Saved for later\n\nLantern Notes\n",
        "Lantern Notes — feed item (exported from Some Reader)\n"
        "Source: Lantern Notes (https://lantern.example/feed/)\n"
        "Starred: yes   Tags: show, to-share\n\nLantern Notes\n",
    ],
)
def test_a_feed_readers_banner_and_the_feeds_name_are_not_the_title(header: str) -> None:
    # a feed reader's item copied as text: its banner (and its fields), the feed's name, then
    # the item's headline and byline
    text = f"{header}{HEADLINE}\nby Ada Whitlock · Jan 27, 2024\n\n{BODY}"
    assert doc(text, anime="Show").title == HEADLINE


def test_an_emails_subject_with_vs_in_capitals_is_still_its_title() -> None:
    subject = "Issue #4 — Show VS. Rivals Episode 3 review, plus quick hits"
    headers = (
        "From: The Sideline <hello@sideline.example>\n"
        "To: you\n"
        "Date: Sun, 20 Oct 2024 08:00:03 +0000\n"
        f"Subject: {subject}\n\n"
    )
    assert doc(f"{headers}Morning, everyone.\n\n{BODY}", anime="Show").title == subject


def test_a_post_heading_under_a_federated_communitys_heading_and_sidebar_is_the_title() -> None:
    # a copy of a forum post's page: the community's address as its heading, its counts, its
    # description and a moderator's pinned note, then the post's own title a level down
    text = (
        "# !mecha@forum.example\n\n"
        "**Mecha** · 1.2K subscribers · 30 users/day\n"
        "Robots of every size. Episode threads every week, reviews as their own posts.\n\n"
        "---\n\n"
        "> 📌 **[Pinned] Weekly schedule** — posted by a_mod\n"
        "> Show threads go up on Fridays.\n\n"
        "---\n\n"
        "## Show finale — a quiet ending that works\n\n"
        "*submitted 2 days ago by* **a_writer@forum.example** · 40 comments\n\n"
        f"{BODY}"
    )
    parsed = doc(text, anime="Show")
    assert parsed.title == "Show finale — a quiet ending that works"
    # a heading naming no community stays the title
    assert doc(f"# Mecha Club Notes\n\n{BODY}", anime="Show").title == "Mecha Club Notes"


# --------------------------------------------------------------------------- round 130


@pytest.mark.parametrize(
    "header",
    [
        # a Matrix client's export names its room, and perhaps its topic, under its banner
        'Lantern chat export\nRoom: #show-talk:chat.example ("Show Talk 📺")',
        "#show-talk:chat.example — exported 2025-03-05\nRoom topic: Weekly show chat. Be kind.",
    ],
)
def test_a_chat_exports_room_and_its_topic_are_not_the_title(header: str) -> None:
    text = (
        f"{header}\n------------------------------\n\n"
        "Rin Okada  9:05 PM\n*Show Episode 6 Review*\n\n"
        f"{_LONG_POST}\n"
    )
    assert doc(text, anime="Show").title == "Show Episode 6 Review"


def test_a_chat_messages_headline_over_a_post_opening_with_its_sections_heading_is_the_title() -> (
    None
):
    # the post a message pastes opens with its first section's heading ("RECAP"), its long
    # text under it: the headline is still over the post, not chatter
    text = (
        "[2025-03-04 21:58] <rin_o> writing mine up now\n"
        "[2025-03-04 22:01] <rin_o> Show Episode 6 Recap & Review\n\n"
        "RECAP\n"
        f"{_LONG_POST}\n\n"
        "[2025-03-04 22:05] <tomas> nice\n"
    )
    assert doc(text, anime="Show").title == "Show Episode 6 Recap & Review"
    # a short line under it that heads no section is chatter, no post's
    chatter = text.replace("RECAP\n", "ok wait\n\n")
    assert doc(chatter, anime="Show").title == ""


DATED_LOG = (
    '2025-03-04 21:50  * @tide:chat.example changed the room topic to "Spring 2025 · spoilers '
    'behind tags · reviews pinned weekly"\n'
    '2025-03-04 21:52  * @tide:chat.example pinned a message: "Week 6 reviews thread"\n'
    "2025-03-04 21:58  <rin> anyone done with episode 6 yet\n"
    "2025-03-04 21:59  <kit> about to, no spoilers\n"
    "2025-03-04 22:00  <rin> ok I finished. I have Thoughts\n"
    "2025-03-04 22:00  <kit> post them in the pinned thread pls\n"
    "2025-03-04 22:01  <tide> {first}\n"
    "                  {second}\n\n"
    f"                  {_LONG_POST}\n\n"
    "2025-03-04 22:05  <rin> 4/5 sounds right\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a note on the message's header line (where the post was forwarded from), the post's
        # headline on its next line
        ("(forwarded from #reviews:chat.example)", "Show Episode 6 Review: The Long Night"),
        # ...or the headline on the header's line, a remark under it in the same paragraph
        ("Show Episode 6 Review: The Long Night", ""),
    ],
)
def test_a_dated_chat_logs_message_headline_over_its_post_is_the_title(
    first: str, second: str
) -> None:
    # a dated log ("date time  <name> text"): not a browser's print header, its title after
    # the stamp; a message's headline over the post it pastes is the title
    text = DATED_LOG.format(first=first, second=second).replace("\n                  \n", "\n")
    assert doc(text, anime="Show").title == "Show Episode 6 Review: The Long Night"


def test_a_dated_chat_log_of_chatter_has_no_title() -> None:
    text = DATED_LOG.format(first="my thoughts, long one", second="sorry")
    assert doc(text, anime="Show").title == ""


@pytest.mark.parametrize(
    "links",
    [
        "=> gemini://capsule.example/~wren/ home\n=> gemini://capsule.example/~wren/log/ posts\n",
        # (the links set apart from each other)
        "=> gemini://capsule.example/~wren/ home\n\n=> atom.xml subscribe\n",
    ],
)
def test_a_gemlogs_capsule_heading_over_its_links_yields_to_the_entrys_heading(
    links: str,
) -> None:
    # gemtext: the capsule names itself in its "# " heading, links home and to its feed, then
    # heads the entry with "## ": the entry's heading is the title
    text = f"# wren's little capsule\n\n{links}\n## Show, episode 3 (a slow one)\n\n{BODY}"
    parsed = doc(text, anime="Show")
    assert parsed.title == "Show, episode 3 (a slow one)"
    assert "capsule" not in parsed.text


def test_a_level_one_heading_over_a_subheading_without_links_stays_the_title() -> None:
    # no link lines between: the "# " heading is the document's own, its "## " a section
    text = f"# Show Episode 3 Review: Slow Burn\n\n## The plot\n\n{BODY}"
    assert doc(text, anime="Show").title == "Show Episode 3 Review: Slow Burn"
