"""bot/ingest/detect/furniture.py: a page's furniture (dates, credits, bylines, widgets,
labels, menus and breadcrumbs, the headers of a mail, a chat or a printed page, a copy's
stamp, an editor's note, a grading legend...) is never a title, and a headline that only looks
a little like it stays a headline."""

from __future__ import annotations

import pytest

from bot.ingest.detect.furniture import breadcrumb_steps, chat_header, is_breadcrumb, not_a_title

HEADLINE = "Show Episode 4 Review: Glass Houses"


@pytest.mark.parametrize(
    "headline",
    [
        "Spoiler-Free Review: Show",
        "Show Episode 5 Review (Spoilers)",
        "By the Book: Show Episode 5 Review",
        "Saved by the Bell: Show Episode 5 Review",
        "Show Episode 5 Review > Expectations",
    ],
)
def test_headlines_that_look_a_little_like_furniture(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "headline", ["Show Review", "Review: Show", "Show Season 1 Review (ish)", HEADLINE]
)
def test_headlines_with_kicker_words_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        "The Wayback Machine - https://web.archive.org/web/2024/https://site.example/show-7/",
        "47 captures",
        "1.4k comments · Share · Save",
        "8 tweets · 2 min read",
        "Anime Orbit · 3h",  # a feed reader: the source and its age
        "THE KEYFRAME · ISSUE 14 · SPRING 2024",  # a zine's masthead
        "The newsletter of the Riverside University Anime Society",  # a tagline
        "Inside this issue:",
        "Show Season 1 Review ........ 2",  # a contents entry
        "View this email in your browser",
        "Trending: Solo Leveling · Dandadan · Frieren",
        "Unroll · Save as PDF · Subscribe",  # a bar of widgets
        "Thread by @okarun_fan on Thread Reader App",
        "Posted by u/AutoLovepon · 9 days ago · Bot",
        "r/anime",
        "@okarun_fan",
    ],
)
def test_archive_feed_newsletter_and_thread_furniture_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "furniture",
    [
        # a bar of widgets, each button's icon before its label, a label longer than a word
        "🔔 Subscribe to the newsletter | ↗ Share | ☆ Save for later | 🖨 Print",
        "📌 Bookmark · 🔗 Share · 🖨 Print",
    ],
)
def test_a_bar_of_widgets_behind_their_icons_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline",
    [
        "🔥 Show Episode 4 Review | ↗ Share",
        "Show Episode 4 Review · 🖨 Print · ↗ Share",
        # a user review's byline, its score and its reactions' counts behind their icons
        "Review by **quiet_lantern** · Rated **81**/100 · 💬 40 · ❤ 12",
    ],
)
def test_a_headline_beside_widgets_behind_their_icons_stays_a_headline(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        "Reader mode · 9 min",  # a browser's reader view, its reading time without "read"
        "Reader View | 12 mins",
        "4–6 minutes",  # a reader view's estimate, a line of its own
        "11 min",
    ],
)
def test_a_reading_time_without_read_is_furniture(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline",
    [
        "Show Episode 4 Review · 5 min read",  # a headline with its read time stays one
        "Frieren Review · 5 min read",
        "Show Review: Glass Houses",
    ],
)
def test_headlines_with_a_furniture_part_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        "#anime-reviews",  # a chat channel's name
        "Sakura Watch Club · Discord",  # a server's or blog's name and its platform
        "hana — 01/12/2024 9:14 PM",  # a chat export's message header
        "Review by Ines Duarte ★★★★½",  # a byline with the reviewer's stars
    ],
)
def test_chat_exports_and_rated_bylines_are_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize("headline", ["#5", "Frieren — Season 1", "Show – 06 [Review]"])
def test_episode_labels_and_dashed_headlines_are_not_chat_furniture(headline: str) -> None:
    assert not not_a_title(headline)


def test_a_headline_naming_its_author_by_handle_stays_a_headline() -> None:
    assert not not_a_title("Show Episode 5 Review by @grimoire")


@pytest.mark.parametrize(
    "headline", ["Show Episode 4 Review / 7/10", "Show / Other Show: Which Premiere Was Better?"]
)
def test_headlines_with_a_slash_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "headline", ["Show Episode 4 Review // Glass Houses", "Page 7: Show Episode 4 Review"]
)
def test_headlines_with_a_double_slash_or_a_page_number_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "header", ["[04/03/2024 18:02] kumo", "[3/4/2024 6:02 PM] Tallow Reed", "[March 4, 2024] kumo"]
)
def test_a_bracketed_chat_message_header_is_not_a_title(header: str) -> None:
    assert not_a_title(header)


@pytest.mark.parametrize("headline", ["[Review] Show Episode 9", "[2024] Show Season 1 Review"])
def test_a_headline_opening_with_a_bracketed_tag_stays_a_headline(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize("headline", ["Vol.2/Ep.3", "24/7"])
def test_short_slashed_headlines_are_not_bare_addresses(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "headline", ["Saved by the Bell: Show Episode 4 Review", "Exported From Home: Show Season 1"]
)
def test_headlines_opening_with_a_copy_verb_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "headline", ["Draft Day: Show Episode 4 Review", "Draft — Show Episode 4 Review"]
)
def test_headlines_with_the_word_draft_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "Show Episode 4 Review — Page 2 of 3",
        "Show, Episode 12 — A Rough One",
        "Q & A with a Director",
    ],
)
def test_headlines_with_a_page_number_or_short_words_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


def test_a_headline_with_a_parenthesis_stays_a_headline() -> None:
    assert not not_a_title("Show Episode 4 Review (Spoilers): A, B and C (Sort Of)")


@pytest.mark.parametrize("season", ["Spring '24", "winter ’25 anime", "Fall 2023"])
def test_a_season_with_a_short_year_is_a_label(season: str) -> None:
    assert not_a_title(season)


@pytest.mark.parametrize(
    "sentence",
    [
        "The manga covers this arc on page 40 of volume 2.",
        "Please don't share spoilers for the manga in the comments, and thank you for reading "
        "all of this; it has been a long season and the replies have been lovely every week.",
    ],
)
def test_a_sentence_naming_a_page_or_asking_not_to_share_is_body_text(sentence: str) -> None:
    assert not not_a_title(sentence)


@pytest.mark.parametrize(
    "line",
    ["Some Channel, [04.03.2025 02:14]", "Rin T., 02.03.2025 21:40", "[Photo]", "[Video 0:32]"],
)
def test_a_chat_messages_header_or_media_placeholder_is_not_a_title(line: str) -> None:
    assert not_a_title(line)


@pytest.mark.parametrize(
    "line",
    [
        "Frieren, 20 Years Later",
        "Show, Episode 5: The Quiet One",
        "Photo Finish: Show Review",
        "Show Episode 5 Review, 10.01.2024",
    ],
)
def test_a_headline_with_a_comma_or_a_media_word_is_still_a_title(line: str) -> None:
    assert not not_a_title(line)


@pytest.mark.parametrize("header", ["Mara Solis  9:41 AM", "Mara Solis 9:41 am", "kumo 21:14"])
def test_a_team_chats_name_and_time_header_is_not_a_title(header: str) -> None:
    assert not_a_title(header)


@pytest.mark.parametrize(
    "header", ["[Today 20:33] kumo:", "[Yesterday at 9:14 PM] Mara Solis", "[today, 21:02] reed"]
)
def test_a_bracketed_header_stamped_with_a_chats_day_is_not_a_title(header: str) -> None:
    # a message's header dated by the day a chat's divider names, its text on the next line
    assert chat_header(header)
    assert not_a_title(header)


@pytest.mark.parametrize("header", ["↳ Mara Solis  9:44 AM", "↪ kumo 21:17", "↳  reed.k  8:05"])
def test_a_team_chats_reply_header_under_its_thread_arrow_is_a_chat_header(header: str) -> None:
    # a reply copied from a thread, its header set under the app's arrow, its text below
    assert chat_header(header)
    assert not_a_title(header)


@pytest.mark.parametrize("line", ["↳", "↳ Thread (3 replies)", "↳ Show Episode 10:30"])
def test_a_thread_arrow_before_no_name_and_time_is_no_chat_header(line: str) -> None:
    assert not chat_header(line)


@pytest.mark.parametrize("line", ["[Today 20:33] Show Episode 5 Review is up", "[Today] kumo"])
def test_a_bracketed_day_before_a_headline_or_alone_is_no_chat_header(line: str) -> None:
    assert not chat_header(line)


@pytest.mark.parametrize("headline", ["Show Episode 10:30", "Season Review 10:30 PM"])
def test_a_headline_ending_with_a_time_is_not_a_chat_header(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "10 Things the Winter Issue Got Wrong",  # a number, but no folio: words follow it
        "2 Episodes In, the Show Has an Issue",
        "Show Season 2 Review: Volume Up 10",
        "Volume 3 Review 12",  # no issue or volume number: "Volume 3" is the show's
    ],
)
def test_a_headline_with_a_number_and_an_issue_word_stays_a_title(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "headline", ["[Saved by the Bell] Show Episode 3 Review", "(Saved by Love) Show Review"]
)
def test_a_bracketed_pun_opening_a_headline_stays_a_title(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "Show Episode 2 Review — saved 2025-06-01",  # names a review: a headline, stamp or not
        "Everything Is Saved — Mirrored Worlds",  # no date after the verb
        "The Day the Town Was Saved — Saved by Friends",
    ],
)
def test_a_headline_with_a_save_word_after_a_dash_stays_a_title(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "masthead",
    [
        "SIGNAL LOSS: an anime podcast",
        "Night Shift — a weekly newsletter about anime",
        "Cel Shaded | The Fanzine of the Tuesday Club",
    ],
)
def test_a_shows_or_publications_name_and_tagline_is_never_the_title(masthead: str) -> None:
    assert not_a_title(masthead)


@pytest.mark.parametrize(
    "headline",
    [
        "Show Episode 5: A Quiet Show",
        "Show Review: a love letter to badminton",
        "Show Episode 3 Review: a podcast",  # names a review
        "Show Season 1: The Magazine Cover Story",
    ],
)
def test_headlines_ending_like_a_tagline_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture", ["r/animeclub icon", "u/lantern_fish avatar", "@lantern_fish profile picture"]
)
def test_the_alt_text_of_an_accounts_or_a_communitys_picture_is_furniture(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize("age", ["4 mo. ago", "2 yr. ago", "3 wk ago", "10 hr. ago", "5 mos ago"])
def test_a_posts_age_with_an_abbreviated_unit_is_furniture(age: str) -> None:
    assert not_a_title(age)


@pytest.mark.parametrize("headline", ["Show Review: A Fashion Icon", "The Icon", "Lantern Logo"])
def test_a_headline_ending_with_a_picture_word_stays_a_headline(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        "All times are GMT",
        "All times are UTC - 5 hours",
        "Powered by phpBB © 2001, 2005 phpBB Group",
    ],
)
def test_a_forums_clock_notice_and_platform_credit_are_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "furniture",
    [
        "• 5h",  # a post's age, its separator first, under the community's name
        "· 3d",
        "Create   Log In",  # a site's account buttons side by side
        "Create Sign up",
    ],
)
def test_a_posts_age_and_account_buttons_are_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline",
    ["• Dandadan Episode 3 Review", "Create Something New: A Mecha Retrospective", "Create"],
)
def test_bulleted_headlines_and_create_headlines_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        "Posts: 6 · Unrolled Feb 22, 2024",  # a thread unroller's counts and date
        "Started by ghostlight_ferry, July 6, 2025 · 23 replies · 1,940 views",
        "Replies: 23",
        "Thread starter: ghostlight_ferry    Posted: Jul 6, 2025, 21:02",
        "Thread starter: ghostlight_ferry",
    ],
)
def test_a_threads_starter_counts_and_unrolling_date_are_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


def test_a_separator_alone_on_a_line_is_furniture() -> None:
    # a post's header copied a part a line leaves its dot alone ("r/show" / "•" / "2 yr. ago")
    assert not_a_title("•")
    assert not_a_title("·")


@pytest.mark.parametrize(
    "handle", ["@ami_reads@social.example", "@kit.morrow@fedi.anime.example", "@ami_reads"]
)
def test_an_account_handle_alone_is_furniture_even_on_a_federated_server(handle: str) -> None:
    assert not_a_title(handle)


@pytest.mark.parametrize("link", ["Go to comments", "Go to r/someshow", "go to Some Show"])
def test_a_links_go_to_label_is_furniture(link: str) -> None:
    assert not_a_title(link)


@pytest.mark.parametrize(
    "furniture",
    [
        "THE EVENING CEL — PRINT VERSION",  # a printed copy's banner
        "Cel Times | Printer-friendly version",
        "Some Paper: print edition",
        "Printed 12 Mar 2024",  # when the copy was printed
        "Printed on 2024-03-12",
        "ARTS | TELEVISION",  # a newspaper's section line
        "Television",
    ],
)
def test_a_printed_copys_banner_date_and_section_are_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline",
    [
        "Go to Sleep, Demon King: Show Episode 4 Review",
        "Show Episode 3 Review — print version",
        "Printed Matter: Show Season 1 Review",
        "Television Is Back: Show Episode 2 Review",
    ],
)
def test_headlines_opening_with_go_to_print_or_television_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "banner",
    [
        "The Harbour Review — Printer-friendly version",  # a publication named "… Review"
        "Cel Reviews | print version",
    ],
)
def test_a_print_banner_of_a_publication_named_review_is_furniture(banner: str) -> None:
    assert not_a_title(banner)


@pytest.mark.parametrize(
    "headline",
    ["Show 2 Review — print version", "Show Finale Review | Printer-friendly version"],
)
def test_a_print_banner_whose_review_names_an_episode_stays_a_headline(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "crumbs", ["Board index ‹ Anime ‹ Episode talk", "Forum ‹ Shows ‹ Winter 2025 ‹ Show"]
)
def test_breadcrumbs_pointing_back_to_the_index_are_furniture(crumbs: str) -> None:
    assert not_a_title(crumbs)


@pytest.mark.parametrize(
    "stamp",
    [
        "Saved from: toots.example (Mastodon) — thread view",
        "Archived from: forum.example.org, 2025-02-01",
        "Clipped with: Some Clipper — 3 March 2025",
    ],
)
def test_a_copy_stamp_with_a_colon_after_its_verb_is_not_a_title(stamp: str) -> None:
    assert not_a_title(stamp)


@pytest.mark.parametrize(
    "stamp",
    [
        "Saved thread — boards.fan-site.example (printed 2 Mar 2025)",
        "Archived page: some-blog.example, 2024-11-30",
        "Printed copy of post from forum.example.org",
        "Saved topic | 14 February 2025",
    ],
)
def test_a_copy_stamp_naming_what_was_copied_then_its_source_is_not_a_title(stamp: str) -> None:
    assert not_a_title(stamp)


@pytest.mark.parametrize(
    "headline",
    [
        "Saved thread — Show Episode 4 review (2 Mar 2025)",
        "Saved post: the week the Show made me cry",
        "Printed Page Blues: a Show retrospective",
    ],
)
def test_a_headline_opening_with_a_copied_page_that_names_a_review_stays_a_headline(
    headline: str,
) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "headline", ["Saved From: Show Episode 4 Review", "Saved from: the Show finale, recapped"]
)
def test_a_headline_after_saved_from_colon_without_a_host_stays_a_headline(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    ["Wed 5 Mar 2025", "Sun. 3 Mar 2024", "Thu, Mar 6, 2025", "Saturday 8 March 2025"],
)
def test_a_date_opening_with_a_weekday_abbreviated_or_not_is_never_the_title(
    furniture: str,
) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize("headline", ["Sun 3: Show Episode 3 Review", "Wed to the Night"])
def test_a_headline_opening_with_a_weekdays_abbreviation_stays_a_headline(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    ["Watch on Some Streaming App >", "Read the full review →", "Listen now ›", "Subscribe »"],
)
def test_a_link_or_buttons_text_ending_with_its_arrow_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "furniture",
    [
        "Posted on March 3rd, 2024 by Sam Carter",
        "March 3, 2024 by Sam Carter",
        "Published 2024-03-03 by @samwatches",
    ],
)
def test_a_date_then_its_author_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline", ["Show Episode 5 Review > Expectations", "Show Episode 5: Hope -> Despair"]
)
def test_a_headline_with_an_arrow_inside_stays_a_headline(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize("kicker", ["FEATURE: Review", "Anime: Episode Review", "TV: Recap"])
def test_a_section_label_joined_by_a_colon_is_never_the_title(kicker: str) -> None:
    assert not_a_title(kicker)


@pytest.mark.parametrize(
    "headline",
    ["Stand by Me: Show Episode 3 Review", "Show Episode 5 Review by a First-Time Viewer"],
)
def test_headlines_with_by_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        "Content warning: violence, brief mention of self-harm",
        "Trigger warning: blood",
        "CW: gore, death",
        "TW // self-harm",
        "Content warnings",
    ],
)
def test_a_content_warning_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "furniture",
    [
        "CW: Lantern Street ep 5 spoilers",
        "CW: spoilers for Lantern Street episode 5",
        "Content warning: season 2 spoilers",
    ],
)
def test_a_warning_of_an_episodes_spoilers_is_never_the_title(furniture: str) -> None:
    # the spoilers are what it warns of; the episode named is theirs, no review's
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline",
    [
        "Content Warning: Show Episode 6 Review",
        "TW Show Episode 3 Review",
        "CW: Show Episode 6 review, spoilers",
    ],
)
def test_headlines_opening_like_a_warning_label_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        "We use cookies to improve your experience on our site. By continuing to browse, you "
        "agree to our use of cookies.",
        "This website uses cookies to ensure you get the best experience.",
        "We and our partners store and access information on your device, such as cookies.",
        "By clicking “Accept all”, you consent to our use of cookies.",
        "Accept all   Manage preferences",
        "Reject all Accept all",
        "Accept cookies",
        "Cookie settings",
        "Cookie banner: this website keeps little files in your browser so it can",
        "Cookie consent - small files help us remember you",
    ],
)
def test_a_cookie_banner_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline",
    [
        "Accepting the Chaos: Show Episode 5 Review",
        "Accept the Fall: Show Episode 5 Review",
        "Show Episode 5 Review: Milk and Cookies",
        "Fortune Cookies and Bad Omens",
        "Cookie Notice Given: Show Episode 5 Review",
    ],
)
def test_headlines_near_a_cookie_banner_s_words_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize("furniture", ["Facebook", "X", "Pinterest", "WhatsApp", "Email"])
def test_a_share_button_s_label_alone_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize("headline", ["Facebook Drama: Show Episode 5 Review", "X Marks the Spot"])
def test_headlines_opening_with_a_platform_s_name_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize("furniture", ["▶ 0:00 / 6:42", "0:00 / 12:05", "⏸ 1:02:10 / 1:30:00 🔊"])
def test_a_player_s_clock_is_furniture(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "furniture",
    [
        "This page has been translated from Japanese. Show original",
        "Translated from Japanese · Show original",
        "Automatically translated from French",
        "This article was machine-translated from Spanish to English.",
    ],
)
def test_a_translated_page_s_banner_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline",
    ["Lost in Translation: Show Episode 5 Review", "Translated from Silence: Show Season 1 Review"],
)
def test_headlines_about_translation_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize("furniture", ["☰", "≡", "🔍", "☰  🔍", "✕"])
def test_a_site_s_buttons_drawn_as_glyphs_are_furniture(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize("line", ["★★★★½", "→ Show Episode 5 Review"])
def test_stars_and_arrowed_headlines_are_not_glyph_buttons(line: str) -> None:
    assert not not_a_title(line)


@pytest.mark.parametrize(
    "furniture",
    [
        "⏱ 6 min read",
        "🕒 March 3, 2024",
        "💬 12",
        "📅 2024-03-03",
        "✍️ By Sam Carter",
        "👁 1.2k views",
    ],
)
def test_furniture_behind_its_icon_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "line", ["★ 8/10", "⭐ Show Episode 5 Review", "🔥 Show Episode 5 Review: Glass Hearts"]
)
def test_a_score_or_a_headline_behind_an_icon_is_not_furniture(line: str) -> None:
    assert not not_a_title(line)


@pytest.mark.parametrize(
    "furniture", ["← Back to all reviews", "Back to Reviews", "« Back to blog", "Back to top"]
)
def test_a_link_back_to_the_listing_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline", ["Back to School: Show Episode 5 Review", "Back to the Old Ways: Show Season 2"]
)
def test_headlines_opening_with_back_to_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        "This post may contain affiliate links.",
        "This post contains affiliate links. We may earn a commission if you buy through them.",
        "Disclosure: Crunchyroll provided a screener for this review.",
        "Affiliate disclosure",
        "As an Amazon Associate I earn from qualifying purchases.",
    ],
)
def test_a_disclosure_above_the_post_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline", ["Full Disclosure: Show Episode 5 Review", "The Associate: Show Episode 5 Review"]
)
def test_headlines_with_a_disclosure_s_words_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        "Posted in Anime Reviews",
        "Posted in Anime, Episode Reviews, Winter Season",
        "Filed under: Anime · Reviews",
        "Categories: Anime Reviews",
    ],
)
def test_a_post_s_categories_are_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline",
    ["Posted in Anime Reviews: Show Episode 5 Review Is Here", "Section 9 Returns: Show Review"],
)
def test_headlines_opening_like_a_category_line_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture", ["Est. reading time: 4 min", "Estimated reading time: 6 minutes"]
)
def test_an_estimated_reading_time_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize("furniture", ["Written on March 3, 2024", "Written: 2024-03-03"])
def test_the_date_a_post_was_written_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "furniture",
    [
        "Advertisement - Scroll to continue",
        "ADVERTISEMENT · Continue reading below",
        "Advertisement: Story continues below",
    ],
)
def test_an_ad_slot_s_label_with_its_note_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "furniture",
    [
        "#anime #metallicrouge #review",
        "#anime #アニメ",
        # a notes app's nested tags
        "#anime/watchlog #winter-2024 #some-show",
        "#watching/weekly/2024 #anime",
    ],
)
def test_a_line_of_hashtags_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize("headline", ["#1 Show Episode 5 Review", "#Show Episode 5 Review"])
def test_headlines_opening_with_a_hash_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        "[Translated from Korean · Original: blog.example.kr · Automatic translation, may contain"
        " errors]",
        "(Translated from Italian | Original: site.example.it | Machine translation)",
        "Translated from German. Original article: zeitung.example. It may contain mistakes.",
    ],
)
def test_a_translation_banner_with_the_original_s_address_and_a_warning_is_furniture(
    furniture: str,
) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "furniture",
    [
        "[This article was translated automatically from Korean. Some phrases may sound odd.]",
        "(This post is translated automatically from Chinese; some sentences may read awkward)",
        "Translated automatically from Thai.",
    ],
)
def test_a_banner_translated_automatically_with_a_warning_on_its_wording_is_furniture(
    furniture: str,
) -> None:
    # the adverb after the verb, and a warning that the wording may be unnatural
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "furniture",
    [
        "Now reading: Show episode 7 review",  # a sticky header's note of the article
        "Currently reading: Show Episode 7 Review",
        "You are reading: Show, episode 7",
        "Up next: Show Episode 8 Review",
        "Read next: Show Season 1 Review",
        "Today",  # a chat's day divider
        "Yesterday at 9:14 PM",
    ],
)
def test_now_reading_notes_and_a_chats_day_divider_are_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline",
    [
        "Translated from Spanish · Original: Show Episode 5 Review",
        "[Translated from Silence] Show Episode 5 Review",
    ],
)
def test_a_headline_after_a_translation_banner_s_words_stays_a_headline(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "headline",
    ["Today in Anime: Show Episode 7 Review", "Now Reading the Manga: Show Season 1 Review"],
)
def test_headlines_opening_with_today_or_now_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        "List update: Some Show · Watching · 3/12",
        "Another Show • Completed • 24/24 eps",
        "Plan to Watch · Ep 0/13 · A Third Show",
    ],
)
def test_a_tracker_s_list_entry_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline",
    ["Watching Some Show · Episode 3 Review", "Some Show · Completed · my season review"],
)
def test_a_watch_status_without_progress_stays_a_headline(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        # a database site's statistics of a show, on one line under its name
        "Fan rating: 7.9 ★ · #310 Top Rated · 84,002 members",
        "Average score 4.1/5 · 2,310 ratings",
        "Ranked #57 · Popularity #1,204 · 12k members",
        # a list's sorting control and a user review's badge and progress
        "Sort by: Newest first ▾",
        "Recommended ✔",
        "Not recommended",
        "2 of 12 episodes watched",
        "Episodes seen: 12/12",
        "lantern_fan · 3 of 12 episodes watched · Mar 2, 2025",
    ],
)
def test_a_database_sites_stats_sorting_and_user_review_header_are_furniture(
    furniture: str,
) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline",
    [
        "Score: 8/10 · My verdict on the finale",
        "Lantern Street Episode 4 Review · 310 members of the cast, it seems",
        "Recommended Viewing: Lantern Street Episode 2 Review",
        "Sorted by Fate: Lantern Street Episode 6 Review",
    ],
)
def test_headlines_near_stats_and_badges_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        "Previous post",
        "Next post",
        "Next Article »",
        "Older entry",
        "Most popular",
        "Most Read",
        "Trending now",
        "Popular posts",
        "Related:",
        "Related Posts",
    ],
)
def test_section_and_pager_labels_are_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline",
    [
        "Most Popular Anime of 2024, Ranked",
        "Previous Post-Apocalyptic Anime Review",
        "Trending Now: Dandadan Episode 5 Review",
        "Related Anime Picks for Fall",
        "Popular Kids Anime Review",
    ],
)
def test_headlines_opening_with_a_label_word_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        "Originally published on Medium",
        "Originally posted at my blog, March 3, 2024.",
        "This post originally appeared on Anime Feminist.",
        "This article is more than 1 year old",
        "This article is over 2 years old",
        "Part of the series: Spring 2024 Episode Reviews",
        "Part 3 of the series: Winter Watch",
    ],
)
def test_notes_of_where_a_post_first_ran_or_its_series_are_never_the_title(
    furniture: str,
) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline",
    [
        "Originally Published in 1999, Trigun Still Holds Up",
        "Originally Posted Episode 5 Review",
        "Part of the Series That Changed Anime",
        "The Series Is More Than 1 Year Old and Still Great",
    ],
)
def test_headlines_about_a_series_or_its_first_run_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        "We may earn a commission from links on this page.",
        "We may earn a small commission if you buy through our links.",
        "I may receive compensation for purchases made through links.",
    ],
)
def test_a_commission_disclosure_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "furniture",
    [
        "Image 1 of 12",
        "Photo 3/20",
        "Slide 2 of 8",
        "4.5 ★ (128 ratings)",
        "★★★★☆ 4.2 (1,024 reviews)",
        "4.5/5 (2,310 votes)",
        "Rated 4.8 out of 5 (96 reviews)",
    ],
)
def test_gallery_counters_and_reader_rating_widgets_are_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline",
    [
        "Image 1 of 12: Rouge Fights Back",
        "Slide 3 Review",
        "Frieren Season 1 Review (4.5 ★)",
        "We Might Earn Something: Frieren Episode 5 Review",
    ],
)
def test_headlines_with_a_counter_or_a_rating_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "note",
    [
        "Copied from Bluesky (thread view) — saved for my notes",
        "Pasted from a friend's Discord",
        "copied from the app | reader mode",
    ],
)
def test_a_note_saying_where_a_copy_was_copied_from_is_not_a_title(note: str) -> None:
    # the source named short, then a bracket, a dash or the end: no date or host needed
    assert not_a_title(note)


@pytest.mark.parametrize(
    "note",
    [
        '<entry> text as copied from my reader app (Some Reader → "Copy")',
        "Newsletter item body, as exported via the mail tool",
        "[post] as pasted from the forum's print view",
    ],
)
def test_a_note_saying_what_the_text_is_as_copied_from_is_not_a_title(note: str) -> None:
    # what the text is, then "as copied from" how it was had: a saver's note, not a headline
    assert not_a_title(note)


@pytest.mark.parametrize(
    "headline",
    [
        "Show Episode 3 Review, as Saved from the Archive",  # names its review
        "A Hero as Saved by Friends: Show Finale",
        "Life as Copied: the Show's Copycat Arc",
    ],
)
def test_a_headline_with_as_copied_words_stays_a_headline(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "Copied From the Manga? Show Episode 3 Review",
        "Copied from the manga, beat for beat: Show Episode 3",
        "Copied from Episode 2 — Show Episode 3 Review",
    ],
)
def test_a_headline_opening_copied_from_stays_a_headline(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    ("line", "crumbs"),
    [
        (
            "Our Forum › Anime › Airing Now (Spring) › Some Show",
            ("Our Forum", "Anime", "Airing Now (Spring)", "Some Show"),
        ),
        ("Board index ‹ Some Show ‹ Season 2", ("Board index", "Some Show", "Season 2")),
        ("You are here: Home » Reviews » Some Show", ("Home", "Reviews", "Some Show")),
        ("Board: Airing Now › Spring 2025", ("Airing Now", "Spring 2025")),
        ("Forum: Anime › Some Show", ("Anime", "Some Show")),
        ("Anime / TV Reviews / Some Show", ("Anime", "TV Reviews", "Some Show")),
    ],
)
def test_breadcrumbs_on_a_line_read_crumb_by_crumb(line: str, crumbs: tuple[str, ...]) -> None:
    assert is_breadcrumb(line)
    assert breadcrumb_steps(line) == crumbs


@pytest.mark.parametrize(
    "header", ["posted by moss_lantern — Feb 3, 2025", "Posted by tide.reader – 03/02/2025 21:40"]
)
def test_a_pinned_messages_poster_line_with_its_date_is_a_chat_header(header: str) -> None:
    # a channel's pinned message copied as text: the poster's handle and the post's date
    assert chat_header(header)
    assert not_a_title(header)


@pytest.mark.parametrize(
    "line",
    [
        "Posted by harbor_owl » Sun Oct 12, 2025 9:41 pm",
        "by Nadia Reyes » 12 Oct 2025, 21:41",
        "Posted by tide.reader » March 3, 2025",
    ],
)
def test_a_forum_posts_poster_line_with_its_date_is_furniture(line: str) -> None:
    # board software prints each post's poster and date so, a guillemet between them
    assert not_a_title(line)


@pytest.mark.parametrize(
    "headline", ["By Lantern Street » Episode 5 Review", "Posted by you » The Best Finale Yet"]
)
def test_a_headline_with_by_and_a_guillemet_but_no_date_stays_a_headline(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "line", ["Posted by Moss Lantern — Feb 3, 2025 Review", "Posted by popular demand — Part 2"]
)
def test_a_headline_opening_with_posted_by_is_no_chat_header(line: str) -> None:
    assert not chat_header(line)


@pytest.mark.parametrize("header", ["Rin O. — 03/04/2025 8:12 PM", "Tomo Akane — 2025-03-04 20:12"])
def test_a_chat_exports_header_with_a_display_name_of_words_is_a_chat_header(header: str) -> None:
    # a display name of a few words, then the date and the time the export gives each message
    assert chat_header(header)
    assert not_a_title(header)


@pytest.mark.parametrize(
    "line", ["Paper Lantern — Mar 4, 2025", "Show Episode 5 Review — 03/04/2025 8:12 PM"]
)
def test_a_name_of_words_over_a_date_alone_or_a_headline_is_no_chat_header(line: str) -> None:
    assert not chat_header(line)


@pytest.mark.parametrize(
    "line",
    [
        'Item 7 of 45  ·  fetched 2025-03-04 09:10 UTC  ·  ★ starred by mod "kumo"',
        "Item 2 of 9 · Bookmarked by you",
    ],
)
def test_a_feed_readers_item_stamp_is_not_a_title(line: str) -> None:
    # a feed reader's dump of one item: its place in the feed, when fetched, who starred it
    assert not_a_title(line)


@pytest.mark.parametrize("line", ["[Print] [Close window]", "[Share] [Save] [Report]"])
def test_a_row_of_bracketed_buttons_is_furniture(line: str) -> None:
    assert not_a_title(line)


@pytest.mark.parametrize("line", ["[10:32] [Ada]", "[Review] Show Episode 4"])
def test_bracketed_stamps_and_tagged_headlines_are_no_row_of_buttons(line: str) -> None:
    assert not not_a_title(line)


@pytest.mark.parametrize(
    "furniture",
    [
        "TRENDING NOW >> Harbor Lights Episode 3 review (7/10) >> Tin Soldier",
        "Trending today » Paper Kite season review » The Quiet Garden ep 5",
        "Popular >> Ten shows to watch this spring",
    ],
)
def test_a_trending_label_s_links_after_arrows_are_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize("buttons", ["Print this page | Close window", "Print | Close this window"])
def test_a_print_views_buttons_are_never_the_title(buttons: str) -> None:
    assert not_a_title(buttons)


@pytest.mark.parametrize(
    "furniture",
    [
        # a team chat's day divider: the weekday and the date of this year, no year given
        "Thursday, July 18th",
        "Tue, Mar 4",
        "Wednesday, September 18th at 12:30 p.m.",
        # ...and a copied thread's stamp giving that day, after a comma
        "Copied thread, Thursday, July 18th",
        "Saved conversation, Mon, Mar 3",
        "Exported thread, 4 March 2025",
    ],
)
def test_a_chats_day_without_its_year_and_a_copy_stamp_giving_it_are_never_the_title(
    furniture: str,
) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline",
    [
        "Monday, March 3rd — Show Episode 5 Review",  # the day, then the headline
        "Sunday, March 3rd: Show Episode 5 Review",
        "Copied thread, Show Episode 5 Review, Thursday, July 18th",  # names a review
        "Copied thread, a Show retrospective",  # no day: not a stamp
    ],
)
def test_a_headline_with_a_day_without_its_year_stays_a_headline(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        # a social post's edit stamp beside its date, this year's post dated without its year
        "Edited Aug 1",
        "Edited · 1 Aug at 09:12",
        "Last edited Aug 1st, 11:02 pm",
        "Edited",
    ],
)
def test_a_posts_edit_stamp_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline", ["Edited for Time: Show Episode 5 Review", "Edited by Sam", "Edited Highlights"]
)
def test_a_headline_opening_with_edited_stays_a_headline(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        # a newsletter's row of its e-mail's links, in its masthead or at its foot
        "View in browser | Unsubscribe",
        "Unsubscribe · View this email in your browser · Forward to a friend",
        "Read online | Manage your subscription",
        # ...forwarded to whoever the letter calls its readers
        "View this email in your browser | Forward to a teammate",
        "Forward this issue to a fellow fan · Unsubscribe",
    ],
)
def test_a_newsletters_row_of_mail_links_is_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "furniture", ["Restacked by Theo Vance:", "Reposted by Dara Quill:", "Shared by ines:"]
)
def test_a_restacks_stamp_naming_its_sharer_before_their_comment_is_never_the_title(
    furniture: str,
) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "furniture", ["↻ Reposted by Hana Loves Cels", "🔁 Reposted by kit", "🔄 Boosted by Dara Quill"]
)
def test_a_feeds_repost_stamp_behind_its_icon_is_never_the_title(furniture: str) -> None:
    # a social feed's copy: the repost icon, then who reposted the post under it
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline",
    [
        "Reposted by Popular Demand",  # no icon: a pun's headline may read so
        "🔁 Reposted by Popular Demand: Why Show Episode 5 Is the Best of the Season So Far",
    ],
)
def test_a_repost_headline_without_the_feeds_stamp_stays_a_headline(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "Subscribe | Show Episode 5 Review",  # one link, then the headline
        "Reposted by Popular Demand: Show Episode 5 Review",
        "Shared by Three Friends Who Loved It Too Much:",  # not a name of a few words
    ],
)
def test_headlines_near_a_mail_link_or_a_restack_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    [
        "Lantern Notes — feed item (exported from Some Reader)",
        "Some Reader — Saved for later",
        "Lantern Notes | Read later",
        "Starred: yes   Tags: show, to-share",
        "Tags: show, weekly",
        "Folder: Anime",
        'Saved from Some Reader — "Anime" folder',  # the reader's folder it was filed in
        "Some Reader · Weekly folder",
        "Saved from Some Reader — starred items export",  # the reader's export of its list
        "Lantern Notes | Read later export",
    ],
)
def test_a_feed_readers_banner_and_item_fields_are_never_the_title(furniture: str) -> None:
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline",
    [
        "Show Episode 3 Review — Saved for Later",  # names a review: the headline's own words
        "Read Later: Show Episode 4 Review",
        "Tags: Show Episode 4 Review: Glass Houses",  # a value with a colon is no field's
        "Show Episode 4 Review — The Anime Folder",  # names a review before the folder
        "Show Episode 4 Review — Starred Items Export",  # names a review before the export
    ],
)
def test_headlines_with_a_feed_readers_words_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture", ["Bluesky · Thread", "Mastodon — Post", "Bluesky | Conversation"]
)
def test_a_platforms_name_over_the_kind_of_its_page_is_furniture(furniture: str) -> None:
    # a thread copied as text opens with the app's header: its name, then what the page is
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline", ["Bluesky Thread Etiquette: Show Episode 5 Review", "Thread · Show Episode 5"]
)
def test_headlines_naming_a_platform_and_a_thread_stay_headlines(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "furniture",
    ["📁 #show-forum › Some Show", "💬 #weekly-watch › Spring picks", "#show-forum › Show"],
)
def test_a_chats_path_to_a_forum_channels_post_is_furniture(furniture: str) -> None:
    # a forum channel's post copied from a chat app: the channel (after its icon), then the
    # post's name in its list; the post's own title is labelled under it
    assert not_a_title(furniture)


@pytest.mark.parametrize(
    "headline", ["📁 #show-forum › Show Episode 2 Recap", "🔥 Hot take › Show is back"]
)
def test_a_forum_post_path_naming_a_recap_or_no_channel_stays_a_headline(headline: str) -> None:
    assert not not_a_title(headline)


@pytest.mark.parametrize(
    "header",
    [
        "**Nori 🐙 Reviews Things** @norireviews.bsky.social",
        "Ren Recaps Anime** @renrecaps@anime.social · 2h",  # (its opening marks stripped)
        "__Weekly Thoughts Club__ @weeklythoughts.bsky.social",
    ],
)
def test_a_display_name_set_in_bold_is_furniture_whatever_its_words(header: str) -> None:
    # an account may call itself "… Reviews Things": bold whole before the handle, it is the
    # poster's name, not a headline
    assert not_a_title(header)


@pytest.mark.parametrize(
    "headline",
    [
        "**Show Episode 5 Review** @norireviews.bsky.social",
        "Show Episode 5 Review by **Nori Reviews** @norireviews.bsky.social",
    ],
)
def test_a_bold_headline_numbering_its_episode_before_a_handle_stays_a_headline(
    headline: str,
) -> None:
    assert not not_a_title(headline)
