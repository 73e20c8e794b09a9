"""bot/ingest/boilerplate.py: site furniture is dropped, prose is kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.ingest import (
    is_boilerplate,
    parse_document,
)
from tests.bot.ingest.helpers import (
    BODY,
    BOILERPLATE_LINES,
    LINES,
    doc,
    stored_lines,
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


@pytest.mark.parametrize(
    "line",
    [
        "Reply to this email to let Dana know your pick for best episode.",
        "Reply to this newsletter with your questions, Dana reads them all.",
        "You're receiving this because you subscribed at example.org.",
        "You are receiving this email as a paid member.",
    ],
)
def test_a_newsletters_footer_lines_are_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


def test_a_reply_in_prose_is_not_a_newsletters_footer() -> None:
    assert not is_boilerplate("Reply to this scene: Naomi would never say that.")


def test_boilerplate_between_paragraphs_is_dropped_and_prose_kept() -> None:
    parsed = doc(
        "Show Episode 4 Review\n\nFirst paragraph.\n\n•\n\nWatch Show on HIDIVE\n\n"
        "Second paragraph.\n\nShare this:\n\nLeave a Reply\n"
    )
    assert parsed.text == "First paragraph.\n\nSecond paragraph."


@settings(max_examples=200, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=12))
def test_boilerplate_is_dropped_under_a_real_title(lines: list[str]) -> None:
    text = "Show Episode 3 Review\n\nIt was good.\n\n" + "\n".join(lines)
    parsed = parse_document(text)
    assert not any(is_boilerplate(line) for line in stored_lines(parsed))


@pytest.mark.parametrize(
    "header",
    [
        "1.4k comments · Share · Save",
        "Comments (12)",
        "37 Comments",
        "Comments",
        "Replies",
        "3 replies",
        "Responses (4)",
        "1,204 notes",
        "── Replies ──",
        "▼ 1,024 Comments",
        "== Comments (3) ==",
        "▲ 212 ▼    💬 31 Comments    Share",  # a forum post's vote and comment counts
        "↑ 2.4k   💬 98   ⤴ Share",
        "▲ 812 ▼ · 143 comments · Share · Save",  # a copied post's bar, its counts in words
        "⇧ 41 ⇩ 2 · 9 comments",  # a federated forum's bar, its down-votes counted too
        "Conversation (57)",  # a news site's comments widget under its own word, counted
        "Discussions 14",
    ],
)
def test_the_comments_section_of_a_saved_page_is_dropped(header: str) -> None:
    from bot.ingest import parse_document

    text = (
        "Show Episode 26 discussion\n\nRate this episode here.\n\nStreams: a service\n\n"
        f"A bot made this post.\n\n{header}\n\nsomeone · 9 days ago\nHonestly flat for me, 7/10."
    )
    parsed = parse_document(text)
    assert parsed.score is None
    assert "7/10" not in parsed.text and "flat for me" not in parsed.text


def test_a_comments_section_under_a_few_long_paragraphs_is_dropped() -> None:
    # the article in a few long lines, each comment in three short ones (its writer, its date,
    # its words): the header comes before half the lines but after most of the text
    from bot.ingest import parse_document

    paragraph = (
        "The episode spends its first half in the lower districts and its second on the "
        "rooftops, and both halves look better than anything the show managed before. "
    )
    comments = "".join(
        f"\n\n{who}\nFebruary 1, 2024 at 9:12 pm\n{words}"
        for who, words in [
            ("kit", "Loved it."),
            ("maru_chan", "@kit: 10/10 for me."),
            ("ines", "Too slow."),
            ("bo", "Agreed."),
        ]
    )
    text = (
        f"Show Episode 4 Review\n\n{paragraph * 3}\n\n{paragraph * 3}\n\n{paragraph * 2}"
        f"\n\n4 Comments{comments}\n\nLeave a Reply"
    )
    parsed = parse_document(text)
    assert parsed.score is None
    assert "10/10" not in parsed.text and "Too slow" not in parsed.text


def test_comments_a_closing_note_announces_below_it_are_dropped_without_a_header() -> None:
    # the writer's note says the comments follow; they come under their posters' names in
    # bold, quoted, with no "N comments" header: readers' grades and names are not the review
    paragraph = (
        "The finale keeps its fights short and its quiet scenes long, and the harbour "
        "scene between the two sisters is the best thing the show has done all season. "
    )
    text = (
        f"Show finale thoughts\n\n{paragraph * 2}\n\n{paragraph}\n\n**Grade: B**\n\n"
        "*Comments are open below. Keep it civil.*\n\n"
        "> **kestrel_9** — D+ honestly, they forgot Lorvane entirely.\n>\n"
        "> **pamplemousse** — agreed about Lorvane."
    )
    parsed = parse_document(text)
    assert "Lorvane" not in parsed.text and "D+" not in parsed.text
    assert "harbour scene" in parsed.text and parsed.score is not None
    assert parsed.score.raw == "B"


def test_a_comments_below_note_without_labelled_comments_after_it_drops_nothing() -> None:
    text = (
        "Show Episode 3 Review\n\nThe episode is fine and the ending lands well enough.\n\n"
        "Comments are open below.\n\n"
        "Update: a reader pointed out that Lorvane was in the opening too."
    )
    assert "Lorvane" in parse_document(text).text


def test_a_conversation_or_discussion_heading_without_a_count_is_not_the_comments() -> None:
    # an article's own section may be headed so: only the counted widget opens the comments
    assert not is_boilerplate("Discussion")
    assert not is_boilerplate("The conversation")


def test_a_comments_vote_count_is_not_a_posts_vote_bar() -> None:
    assert not is_boilerplate("▲ 96")
    assert not is_boilerplate("↑ 3 points and a lot to say about episode 4")


def test_a_comment_count_at_the_top_is_a_posts_metadata_not_its_comments() -> None:
    from bot.ingest import parse_document

    text = (
        "Show Episode 5 Review\n\n14 Comments\n\nThe episode is great.\n\nThe music is loud."
        "\n\nThe ending lands.\n\nScore: 8/10"
    )
    parsed = parse_document(text)
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_a_related_posts_list_and_its_scores_are_dropped() -> None:
    from tests.bot.ingest.helpers import doc

    text = (
        "Show Episode 7 Review: Ego's Sermon\n\nThe final goal is silly and earned.\n\n"
        "The middle match leans on still frames.\n\nGrade: B+\n\n"
        "Related posts\nShow Episode 6 Review: Grade A-\nShow Episode 8 Review: Grade B\n"
        "Spring Preview\n\nThanks for reading this far, and see you next week for more."
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "B+"
    assert "Grade A-" not in parsed.text and "Grade B\n" not in parsed.text
    assert "Thanks for reading this far" in parsed.text  # the list ends at the empty line


@pytest.mark.parametrize("heading", ["Suggested Topics", "Similar threads"])
def test_a_forums_suggested_topics_and_their_scores_are_dropped(heading: str) -> None:
    from tests.bot.ingest.helpers import doc

    # a forum's other threads under the one read, one a row (title, category, replies): a
    # title's score is that thread's, whatever episode it names
    text = (
        "Show Episode 4 Review\n\nThe fourth episode slows down and it works.\n\n"
        "The harbour scene is the best of the season.\n\n7.5/10, a quiet one.\n\n"
        f"{heading}\n\nShow Episode 3 Review | Reviews | 21\n"
        "Other Show Episode 4 — 5/10 and sinking | Reviews | 9\n"
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "7.5/10"
    assert "sinking" not in parsed.text


def test_a_threads_replies_are_not_the_post() -> None:
    text = (
        "Show Episode 2 Review\n\nposter @poster.example\n\n1/ The heist plot finally moves.\n\n"
        "2/ Kato steals the film, and the score swells.\n\n3/ Three stars from me. ★★★\n\n"
        "Replies\n\nreader @reader.example\nhard disagree, Mina carried it. ★★★★★\n\n"
        "other @other.example\n@reader.example exactly\n"
    )
    parsed = doc(text)
    assert "Kato steals the film" in parsed.text
    assert "Mina" not in parsed.text and "disagree" not in parsed.text
    # (the thread's places dropped, its last post opens with its score in words, the stars
    # restating it: either is the reviewer's three out of five, not the reply's five)
    assert parsed.score is not None and parsed.score.raw in ("★★★", "Three stars")
    assert parsed.score.score_100 == 60


def test_a_fediverse_posts_replies_from_other_handles_are_not_the_post() -> None:
    text = (
        "Mika @mika@social.example\nMar 2, 2025, 20:01 · Public\n\n"
        "Show Episode 2 Review: the heist\n\n"
        "Kato steals the heist and the last chase is lovely.\n\n"
        "the middle drags a little, so not higher\n\n7/10 from me\n\n---\n"
        "@reader@other.example · Mar 2, 2025\nnah Mina carried it, 10/10\n\n"
        "@mika@social.example · Mar 2, 2025\nfair, Mina was great too\n"
    )
    parsed = doc(text)
    assert "Kato steals the heist" in parsed.text
    assert "carried it" not in parsed.text
    assert "Mina was great too" in parsed.text  # the author's own reply stays
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize(
    "poster",
    ["Harbour Lights @lights@other.example", "Pebble :bird: @pebble@other.example"],
)
def test_a_fediverse_reply_under_its_posters_name_and_handle_is_not_the_post(poster: str) -> None:
    # a post's page copied with its replies: each under its poster's display name and handle,
    # its text opening with the handle it answers
    text = (
        "Mika Aoyama\n@mika@social.example\n\n"
        "Show Episode 2 Review: the heist\n\n"
        "Kato steals the heist and the last chase is lovely.\n\n"
        "the middle drags a little. My score: 7/10\n\n#Show #anime\n\n"
        f"{poster}\n@mika I'd give it a full 10/10, Mina carried it\n\n"
        "Mika Aoyama @mika@social.example\n@pebble fair, Mina was great too\n"
    )
    parsed = doc(text)
    assert "Kato steals the heist" in parsed.text
    assert "carried it" not in parsed.text
    assert "Mina was great too" in parsed.text  # the author's own reply stays
    assert parsed.score is not None and parsed.score.raw == "7/10"


def test_a_name_and_handle_in_a_fediverse_posts_own_text_is_no_reply() -> None:
    # the author credits someone by handle in the post's text: no reply's header, the post
    # goes on
    text = (
        "Mika Aoyama\n@mika@social.example\n\n"
        "Show Episode 2 Review: the heist\n\n"
        "Art by my friend Pebble @pebble@other.example\n\n"
        "Kato steals the heist and the last chase is lovely.\n\n"
        "the middle drags a little. My score: 7/10\n"
    )
    parsed = doc(text)
    assert "Kato steals the heist" in parsed.text
    assert parsed.score is not None and parsed.score.raw == "7/10"


_CHAT = (
    "Guild: A Watch Club\nChannel: #reviews\n\n"
    "[03/04/2025 20:01] host_bot\nreviews for ep 7 below please\n\n"
    "[03/04/2025 21:30] reviewer\n**Show Episode 7 Review: the long night**\n"
    "Kato finally gets the spotlight and the heist plan falls apart in a fun way.\n"
    "The middle drags, but the last fight is the best of the season so far.\n\n"
    "[03/04/2025 21:31] reviewer\nalso the ending song is great. **7/10**\n\n"
    "[03/04/2025 21:40] lurker\nMina was better in ep 6 tbh, 9/10 from me\n\n"
    "[03/04/2025 21:45] reviewer\n@lurker Mina who\n\n"
    "Exported 5 message(s)\n"
)


def test_a_chat_exports_review_is_its_longest_post_without_the_replies() -> None:
    parsed = doc(_CHAT, anime="Show")  # (the title is not the point here)
    assert "Kato finally gets the spotlight" in parsed.text
    assert "ending song is great" in parsed.text  # the same author's next message: kept
    assert "Mina" not in parsed.text and "reviews for ep 7" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "7/10"


def test_a_chat_exports_headers_closed_by_a_colon_are_headers() -> None:
    # "[date time] Name:" over each message: a friend's reply recalling the writer's score
    # for another season is not kept as the review's
    text = (
        "[14/06/2025 19:02] Juniper (they/them):\n"
        "writing up Show season 3 now, brace yourselves\n\n"
        "[14/06/2025 19:05] Juniper (they/them):\n**Show Season 3 Review: the quiet one**\n\n"
        + "Kato spends most of the season rebuilding the workshop, and it is lovely. "
        * 4
        + "\n\n[14/06/2025 19:06] Juniper (they/them):\nmy score for the season: 8/10\n\n"
        "[14/06/2025 19:08] pollux:\nwasn't season 2 a 6/10 from you?\n\n"
        "[14/06/2025 19:09] Juniper (they/them):\nit was, this one is better\n\n"
        "[14/06/2025 19:15] pollux:\nfair, Mina was the best part anyway\n"
    )
    parsed = doc(text, anime="Show")
    assert "rebuilding the workshop" in parsed.text
    assert "season 2 a 6/10" not in parsed.text and "Mina" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "8/10"


@pytest.mark.parametrize(
    "stamp", ["03/02/2025, 20:41", "2025-02-03 20:41", "2/3/25, 8:41 PM", "03.02.2025, 20:41:07"]
)
def test_a_messenger_exports_review_is_its_longest_message_without_the_chatter(
    stamp: str,
) -> None:
    # a messenger's text export: each message on its header's line ("date, time - Name: …");
    # the friends' scores after the pasted review are theirs
    review = (
        f"{stamp} - Noor: Show ep 5, my proper take\n\n"
        + "Kato's long walk home is the quietest the show has been and it works. " * 5
        + "\n\nthe middle drags a bit.\n\n8.5/10, the walk alone earns it"
    )
    text = (
        f"{stamp} - Messages and calls are end-to-end encrypted. Tap to learn more.\n"
        f"{stamp} - Sam: did everyone watch it\n"
        f"{stamp} - Noor: yes, writing my thing now\n"
        f"{review}\n"
        f"{stamp} - Sam: 10/10 for me, Mina stole it\n"
        f"{stamp} - Lee: nah 6/10, too slow\n"
        f"{stamp} - Noor: <Media omitted>\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato's long walk home" in parsed.text
    assert "Mina" not in parsed.text and "too slow" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "8.5/10"


def test_a_messenger_exports_review_typed_as_a_run_of_messages_drops_the_replies() -> None:
    # the writer types the review as several messages a minute apart, none longer than the
    # friends' chatter together, but the run is: it is the post, and the friends' scores
    # under it are theirs
    def said(minute: int, name: str, text: str) -> str:
        return f"04/03/2025, 21:{minute:02d} - {name}: {text}"

    text = "\n".join(
        [
            "04/03/2025, 20:00 - Messages and calls are end-to-end encrypted. Tap to learn more.",
            '04/03/2025, 20:00 - Noor created group "watch night"',
            said(1, "Sam", "who has seen it already"),
            said(2, "Lee", "me!! no spoilers for Ana though, she is still on the bus home"),
            said(3, "Ana", "I am, I will catch up tonight after dinner, don't you dare"),
            said(
                10,
                "Noor",
                "ok here goes. Kato finally gets his own episode and it is "
                "quiet, slow and lovely: the walk along the harbour, the letter, the rain.",
            ),
            said(
                11,
                "Noor",
                "the fight at the end is short but it lands, and the music "
                "under it is the best cue the show has used so far. the director holds on "
                "faces for once instead of cutting away, and it pays off every time.",
            ),
            said(12, "Noor", "the only miss: Mina is wasted again, one line all week."),
            said(13, "Noor", "8/10, the harbour walk alone earns it"),
            said(15, "Sam", "10/10 for me, no notes at all, best thing this season"),
            said(16, "Lee", "6/10 honestly, too slow for me, I nearly fell asleep"),
            said(17, "Ana", "stop talking about it I am still on the bus!!"),
            said(18, "Sam", "Mina deserved more though, agreed on that one"),
        ]
    )
    parsed = doc(text, anime="Show")
    assert "harbour walk" in parsed.text and "Mina is wasted again" in parsed.text
    assert "no notes" not in parsed.text and "too slow" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_bracketed_lines_that_are_no_chat_headers_are_kept() -> None:
    text = (
        "Show Episode 7 Review\n\n[Spoilers below]\nKato wins.\n\n[03/04/2025] aired\n"
        "Mina loses.\n\n[note] Kato again.\n\nScore: 6/10"
    )
    parsed = doc(text)
    assert all(w in parsed.text for w in ("Kato wins.", "Mina loses.", "[note] Kato again."))
    # "[date time] Name: text" lines are another format, whose lines are all its text
    said = "\n".join(f"[03/04/2025, 21:3{i}] Dana: Kato scene {i}." for i in range(4))
    parsed = doc(f"Show Episode 7 Review\n\nKato wins.\n\n{said}\n\nScore: 6/10")
    assert all(f"Kato scene {i}." in parsed.text for i in range(4))


@pytest.mark.parametrize(
    "stamp", ["[21:04]", "[03/04/2025 9:04 PM]", "[03/04/2025, 21:04]"], ids=["time", "us", "eu"]
)
@pytest.mark.parametrize("irc", [False, True], ids=["name-colon", "irc-nick"])
def test_a_channel_copied_one_message_per_line_keeps_the_post_not_the_replies(
    stamp: str, irc: bool
) -> None:
    def said(name: str, text: str, minute: int = 4) -> str:
        at = stamp.replace("04", f"{minute:02d}")
        return f"{at} <{name}> {text}" if irc else f"{at} {name}: {text}"

    text = (
        "#anime-talk, exported 2025-03-05\n\n"
        f"{said('lu', 'weekly thread is up, 9/10 for last week btw', 1)}\n"
        f"{said('dana', 'ok pasting my write-up')}\n\n"
        "Show Episode 7 Review\n\n"
        "Kato finally gets the spotlight: a long night at the docks, a quiet talk with his "
        "sister and a fight that is short but lands every hit. The best episode so far.\n\n"
        "Score: 7/10\n"
        f"{said('rey', 'Mina carried it, 10/10 from me', 9)}\n"
        f"{said('lu', 'agreed', 9)}\n"
    )
    parsed = doc(text)
    assert parsed.title == "Show Episode 7 Review"
    assert "Kato finally gets the spotlight" in parsed.text
    assert "Mina" not in parsed.text and "weekly thread" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "7/10"


def test_a_transcripts_turns_on_their_stamps_lines_are_all_kept() -> None:
    # a podcast's transcript has the chat's shape, but every turn is the review's: no turn
    # outweighs the others, so none is read as the post and the rest as replies
    turns = [
        ("AIKO", "Welcome back. This week it is Show episode 7, and it is a big one."),
        ("SAM", "It is. Kato finally gets the spotlight at the docks."),
        ("AIKO", "And the quiet scene with his sister is the best thing the show has done."),
        ("SAM", "Scores? I don't score single episodes, you know that."),
        ("AIKO", "Then I'll say it: I'm at a 7 out of 10 for this one."),
    ]
    lines = "\n\n".join(f"[00:0{i}:1{i}] {who}: {words}" for i, (who, words) in enumerate(turns))
    parsed = doc(f"Show Episode 7 Review (podcast transcript)\n\n{lines}\n")
    assert all(words in parsed.text for _, words in turns)
    assert parsed.score is not None and parsed.score.raw == "7 out of 10"


def test_comments_exported_as_footnotes_are_not_the_article() -> None:
    text = (
        "**Show Episode 3 Review: Smoke**\n\nKato lights the fuse and runs.[^a] It works.[^1]\n\n"
        "**Score: 7/10**\n\n---\n\n"
        "[^a]: **Dana Holt** (Mar 20, 2024, 10:12 AM): Mention Mina here? Feels like a 9/10.\n\n"
        "[^1]: The fuse scene was storyboarded by the director (Mar 2024).\n"
    )
    parsed = doc(text)
    assert "Mina" not in parsed.text and "Dana Holt" not in parsed.text
    assert "storyboarded by the director" in parsed.text  # the writer's own footnote: kept
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize(
    "headers",
    [
        ["[04-Mar-25 20:01] dana", "[04-Mar-25 21:30] rey", "[04-Mar-25 21:40] lu"],
        ["dana, 04.03.2025 20:01", "rey, 04.03.2025 21:30", "Lu M., 04.03.2025 21:40"],
        ["Dana 🌙, [04.03.2025 20:01]", "Rey, [04.03.2025 21:30]", "Lu, [04.03.2025 21:40]"],
        # Discord's client, messages selected and copied: the author, a dash, the date or day
        ["dana — 03/04/2025 8:01 PM", "rey — 03/04/2025 9:30 PM", "Lu M. 🌙 — 03/04/2025 9:40 PM"],
        ["dana — Today at 8:01 PM", "rey – Today at 9:30 PM", "lu — Yesterday at 9:40 PM"],
    ],
    ids=["month-name", "author-first", "author-first-bracketed", "dashed", "dashed-day"],
)
def test_chat_exports_with_month_names_or_the_author_first_keep_only_the_review(
    headers: list[str],
) -> None:
    first, review, reply = headers
    text = (
        f"Chat export\n\n{first}\nreviews for ep 5 go here\n\n{review}\n"
        "**Show Episode 5 Review: Ashes**\n"
        "Kato finally gets a quiet scene with his sister and it is the best thing so far.\n"
        "The fight at the docks is short but every hit lands.\n\nScore: 7/10\n\n"
        f"{reply}\nMina was the best part, 9/10 from me\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato finally gets a quiet scene" in parsed.text
    assert "Mina" not in parsed.text and "reviews for ep 5" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "7/10"


def test_messages_quoted_inside_a_chat_post_are_part_of_the_post_not_messages_of_its_own() -> None:
    # a chat client's copied messages: the writer's long post quotes others' messages ("> "
    # before their header and words) and answers each below; its verdict comes after them
    text = (
        "**#shows** · Show ep 5 chat\n\n"
        "**dana** — Today at 9:10 PM\nShow ep 5 writeup, bear with me\n\n"
        "> **rey** — Today at 8:02 PM\n> the docks fight was the best yet\n\n"
        "rey no, the docks fight was too short. Kato finally gets a quiet scene with his "
        "sister and it is the best thing the show has done so far.\n"
        "The heist plan is clever and the music under it is great.\n\n"
        "> **lu** — Today at 8:40 PM\n> is this the one with the boat?\n\n"
        "lu that one is next week. The ending drags and the villain does nothing at all.\n\n"
        "**verdict: 6/10**\n\n"
        "**rey** — Today at 9:15 PM\nthanks, watching now\n\n"
        "**lu** — Today at 9:16 PM\nMina carried it though, 9/10\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato finally gets a quiet scene" in parsed.text
    assert "villain does nothing" in parsed.text and "Mina" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "6/10"


def test_a_saved_threads_posts_are_the_post_and_the_others_replies_are_not() -> None:
    text = (
        "Thread view, saved 2025-03-05\n\n"
        "@dana@host.example · Mar 4, 2025, 20:01\nShow ep 5 thoughts: the heist lands\n\n"
        "Short version: ★★★\n\n"
        "@dana@host.example · Mar 4, 2025, 20:03\n"
        "2/ Kato finally gets a quiet scene with his sister, and it is the best thing so far.\n\n"
        "@dana@host.example · Mar 4, 2025, 20:05\n3/ The docks fight is short. /end\n\n"
        "@rey@other.example · Mar 4, 2025, 21:30\n@dana Mina carried it, ★★★★★\n\n"
        "@dana@host.example · Mar 4, 2025, 21:45\n@rey fair, Riku too\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato finally gets a quiet scene" in parsed.text and "docks fight" in parsed.text
    assert "Mina" not in parsed.text and "Riku" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "★★★"


def test_a_channels_other_posts_are_not_the_review_though_one_author_wrote_all() -> None:
    text = (
        "Night Channel\n\nNight Channel, [04.03.2025 20:01]\nnew review below\n\n"
        "Night Channel, [04.03.2025 20:30]\nSHOW — EPISODE 5\n\n"
        "Kato finally gets a quiet scene with his sister and it is the best thing so far.\n\n"
        "My score: 7/10\n\n"
        "Night Channel, [04.03.2025 20:32]\n(and the ending song is great)\n\n"
        "Night Channel, [04.03.2025 20:40]\nPOLL: your score? 9/10 — 40%\n\n"
        "Night Channel, [05.03.2025 09:00]\nTomorrow: Mina's spin-off, first impressions\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato finally gets a quiet scene" in parsed.text
    assert "ending song is great" in parsed.text  # two minutes later: the same post, split
    assert "POLL" not in parsed.text and "Mina" not in parsed.text
    assert "new review below" not in parsed.text


def test_lines_ending_in_a_time_that_are_no_chat_headers_are_kept() -> None:
    said = "\n\n".join(f"Kato scene {i} airs at 2{i}:30" for i in range(4))
    parsed = doc(f"Show Episode 7 Review\n\nKato wins.\n\n{said}\n\nScore: 6/10")
    assert all(f"Kato scene {i} airs" in parsed.text for i in range(4))


@pytest.mark.parametrize("header", ["── Replies ──", "=== 3 Comments ===", "--- comments (2) ---"])
def test_a_comments_header_framed_with_rules_starts_the_comments(header: str) -> None:
    text = (
        "Show Episode 2 Review\n\n1/ The heist plot finally moves.\n\n"
        "2/ Kato steals the film, and the score swells.\n\n3/ Three stars from me. ★★★\n\n"
        f"{header}\n\n@reader · 2h\nhard disagree, Mina carried it. ★★★★★\n"
    )
    parsed = doc(text)
    assert "Kato steals the film" in parsed.text
    assert "Mina" not in parsed.text and "disagree" not in parsed.text
    # (the thread's places dropped, its last post opens with its score in words, the stars
    # restating it: either is the reviewer's three out of five, not the reply's five)
    assert parsed.score is not None and parsed.score.raw in ("★★★", "Three stars")
    assert parsed.score.score_100 == 60


def test_a_sidebar_and_its_most_read_list_are_not_the_article() -> None:
    text = (
        "Show Episode 9 Review: Smoke\n\nKato lights the fuse and runs.\n\n"
        "The last scene is the best of the season so far.\n\nOur score: 8/10\n\n"
        "------\nSIDEBAR\nReader poll: 6.2 from 90 votes\nMost read this week\n"
        " • Other Show Episode 3 Review\n • Why Mina deserved better (opinion)\n------\n\n"
        "A note from the editor: we publish new reviews every Tuesday and Friday.\n\n"
        "Most popular\nOther Show Episode 4 Review\nRiku's best moments, ranked\n"
    )
    parsed = doc(text)
    assert "Mina" not in parsed.text and "Riku" not in parsed.text
    assert "6.2" not in parsed.text
    assert "we publish new reviews" in parsed.text  # after the sidebar's rule: kept
    assert parsed.score is not None and parsed.score.raw == "8/10"


def test_a_related_list_stops_before_the_comments_section() -> None:
    text = (
        "Show Episode 9 Review\n\nKato lights the fuse.\n\nThe last scene works.\n\n"
        "Kato again, and more Kato.\n\nScore: 8/10\n\n"
        "Related posts\nOther Show Episode 3 Review\n3 comments\n\nMina fan: 10/10 obviously\n"
    )
    parsed = doc(text)
    assert "Mina" not in parsed.text and "10/10" not in parsed.text


def test_a_reblog_chains_additions_under_the_post_are_not_the_review() -> None:
    post = (
        "show episode 4 thoughts\n\n"
        "the rooftop scene with Kato is the best thing the show has done so far and i keep "
        "rewatching it. the quiet middle drags a little but the ending lands hard.\n\n"
        "7/10. the director deserves a raise\n\n#show #kato"
    )
    additions = (
        "paper-lantern-blog:\n\nMina carried this one tbh, i'd say 9/10\n\n"
        "night_owl_22:\n\nwatching this tonight\n\n1,204 notes"
    )
    text = f"night_owl_22 reblogged this from small-kettle\n\nsmall-kettle\n\n{post}\n\n{additions}"
    parsed = doc(text, anime="Show")
    assert "rooftop scene with Kato" in parsed.text
    assert "Mina" not in parsed.text and "watching this tonight" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "7/10"
    assert parsed.title == "show episode 4 thoughts"


@pytest.mark.parametrize(
    "header",
    [
        "paper-lantern-blog reblogged this from small-kettle and added:",
        "paper-lantern-blog reblogged this and added:",
    ],
)
def test_a_reblogs_addition_under_the_notes_line_saying_who_added_it_is_dropped(
    header: str,
) -> None:
    post = (
        "show ep 6: the lighthouse one\n\n"
        "i waited a full day before writing this and i am still thinking about the lighthouse "
        "keeper's last scene with Kato. the show never explains him and it doesn't need to. "
        "the quiet middle drags, but the last shot makes up for it.\n\n#show #ep 6"
    )
    additions = (
        f"{header}\n\n> Mina is the best part of this show, easy 10/10 for me\n\n"
        "small-kettle reblogged this from paper-lantern-blog and added:\n\n> fair!!"
    )
    parsed = doc(f"small-kettle\n\n{post}\n\n---\n\n\u2665 214 notes\n\n{additions}", anime="Show")
    assert "lighthouse keeper" in parsed.text
    assert "Mina" not in parsed.text and "fair!!" not in parsed.text
    assert parsed.score is None


@pytest.mark.parametrize("header", ["reblogs with comments:", "Reblogs (3)", "── Reblogs ──"])
def test_a_blog_posts_reblogs_tab_under_it_is_its_readers_words(header: str) -> None:
    # a blog post copied with its notes' tab of reblogs with comments: each reblogger's handle
    # and words on one line, no line saying who reblogged it from whom
    post = (
        "show ep 2, quick thoughts\n\n"
        "the second episode slows right down and spends most of its time at the harbour with "
        "Kato and his sister, which i did not expect to love as much as i did. the storm at the "
        "end is the best-looking thing the show has done.\n\n"
        "my score: 3/5 (for now, the pacing worries me)\n\n#show #anime"
    )
    readers = (
        "tidal-sketches: Mina deserves her own show. 5/5 from me\n\n"
        "lamp-post-diary: the storm!! the storm!!"
    )
    parsed = doc(f"{post}\n\n—\n\n{header}\n\n{readers}", anime="Show")
    assert "harbour with Kato" in parsed.text
    assert "Mina" not in parsed.text and "the storm!!" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "3/5"


def test_a_handle_line_in_a_text_that_was_not_reblogged_is_kept() -> None:
    text = f"Show Episode 4 Review\n\n{BODY}\n\n{BODY}\n\nmy-notes-2024:\n\nKato was great."
    assert "Kato was great." in doc(text, anime="Show").text


def test_a_copied_team_chats_replies_under_name_and_time_headers_are_dropped() -> None:
    text = (
        "#watch-party  |  Thread\n\n"
        "Mara Solis  9:41 AM\nmy write-up, before it goes on the blog\n\n"
        "Mara Solis  9:42 AM\n*Show Season 1 Review: Slow and Sure*\n\n"
        "Kato finally gets a quiet scene with his sister and it is the best thing so far.\n\n"
        "Overall grade: B+\n\n"
        "    Joel Park  9:50 AM\n    nice, but more like a C for me\n\n"
        "    Mara Solis  9:51 AM\n    @Joel Park fair\n\n"
        "    Ana Ruiz  10:02 a.m.\n    typo in para 2, Mina not Mena\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato finally gets a quiet scene" in parsed.text
    assert "more like a C" not in parsed.text and "Mina" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "B+"


def test_sentences_ending_with_a_time_of_day_are_no_chat_headers() -> None:
    said = "\n\n".join(
        f"Kato {verb} at 8:3{i} PM" for i, verb in enumerate(("airs", "ends", "wins"))
    )
    parsed = doc(f"Show Episode 7 Review\n\nKato wins.\n\n{said}\n\nScore: 6/10")
    assert all(f"Kato {verb} at" in parsed.text for verb in ("airs", "ends", "wins"))


_RULE = "-" * 50


def _forum_thread(second_poster: str) -> str:
    return (
        "Anime Talk › Spring 2025 › Show Episode 6 Review: the long night\n\n"
        f"{_RULE}\nlantern_fish   Posted May 2, 2025   Member · 88 posts\n{_RULE}\n"
        "Kato finally gets the spotlight and the heist plan falls apart in a fun way.\n\n"
        "Final score: 7/10\n\n"
        "____________________\nNow watching: Other Show (10/10!!) | Rank: Gold Critic\n\n"
        f"{_RULE}\n{second_poster}\nSenior Member · Posts: 2,301 · Joined: Jan 2019\n{_RULE}\n"
        "> Final score: 7/10\nToo low. Mina carried it, 9/10 from me.\n\n"
        f"{_RULE}\nPage 1 of 2   [1] 2   Next ›\n"
    )


def test_a_forum_threads_replies_and_signatures_copied_as_text_are_not_the_post() -> None:
    # posts under headers framed by rules: the topic's first post is the review; the other
    # posters' replies and the signature under its rule of underscores are not
    parsed = doc(_forum_thread("harbour_seal"), anime="Show")
    assert "Kato finally gets the spotlight" in parsed.text
    assert "Mina" not in parsed.text and "Too low" not in parsed.text
    assert "Now watching" not in parsed.text and "Gold Critic" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "7/10"


def test_the_topic_authors_own_later_post_in_a_forum_thread_is_kept() -> None:
    parsed = doc(_forum_thread("lantern_fish"), anime="Show")
    assert "Kato finally gets the spotlight" in parsed.text
    assert "Mina carried it" in parsed.text  # the author's own words, a follow-up
    assert "Now watching" not in parsed.text  # (the signature still is not)


def _opened_thread(opener: str) -> str:
    return (
        "Anime Talk › Airing › Show\n\nThread: Show Episode 6 — weekly discussion\n\n"
        f"{_RULE}\n#1  harbour_mod (Moderator)   Posted: Mon 5 May 2025, 8:00 pm\n{_RULE}\n"
        f"{opener}\n\n"
        f"{_RULE}\n#2  lantern_fish   Posted: Mon 5 May 2025, 9:12 pm\n{_RULE}\n"
        "Kato finally gets the spotlight and the heist plan falls apart in a fun way.\n\n"
        "7/10 from me.\n\n"
        f"{_RULE}\n#3  harbour_seal   Posted: Tue 6 May 2025, 7:40 am\n{_RULE}\n"
        "> 7/10 from me.\nToo low. Mina carried it, 9/10.\n"
    )


def test_a_thread_opened_for_others_reviews_keeps_the_first_replys_review() -> None:
    # the first post only opens the thread ("Post your mini-reviews below"): the review is
    # the first reply's; the later replies (a quote of its score, their own) still are not
    parsed = doc(
        _opened_thread("Weekly thread for Show Episode 6. Post your mini-reviews below."),
        anime="Show",
    )
    assert "Kato finally gets the spotlight" in parsed.text
    assert "Mina" not in parsed.text and "Too low" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "7/10"


def test_a_first_post_that_reviews_keeps_the_thread_to_its_author() -> None:
    # a first post of the author's own words, inviting no reviews: the replies are not it
    parsed = doc(
        _opened_thread("Show Episode 6 was a slow one, the heist is still being set up. 6/10."),
        anime="Show",
    )
    assert "Kato finally gets the spotlight" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "6/10"


def test_forum_replies_each_under_one_rule_with_a_reply_subject_are_not_the_post() -> None:
    # each post opens under a single rule: a reply's subject line ("Re: <thread>"), the poster
    # and a line about them, a blank line, the text; the first post is the review
    subject = "Show Episode 4 — some thoughts"
    text = (
        f"Anime Talk › Airing › {subject}\n\n{subject}\nStarted by lantern_fish · 12 replies\n\n"
        f"{_RULE}\nlantern_fish\nMember · Posts: 88 · Joined: Feb 2019\n\n"
        "Kato finally gets the spotlight and the heist plan falls apart in a fun way.\n\n"
        "The second half drags, with too many far-off shots of the burning city.\n\n"
        "The last scene on the rooftop lands hard, and the music under it is lovely.\n\n"
        "Mina gets less to do this week, which is a shame after how good she was in 3.\n\n"
        "The villain's plan still makes no sense, but the show knows it and moves fast.\n\n"
        "so yeah 7/10 from me, best one since the premiere\n"
        f"{_RULE}\n\nRe: {subject}\nharbour_seal · Posts: 2,301\n\n"
        "Mina carried it though. 9/10.\n\n"
        f"{_RULE}\n\nRe: {subject}\nlantern_fish · Posts: 88\n\n"
        "@harbour_seal fair, she did.\n\n"
        f"{_RULE}\nPage 1 of 2   [1] 2   Next ›\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato finally gets the spotlight" in parsed.text
    assert "she did" in parsed.text  # the author's own follow-up
    assert "Mina carried it" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "7/10"


def test_rules_around_lines_that_are_no_post_headers_keep_the_text() -> None:
    # a thread of posts by one account, each framed by rules, with no forum header in it
    text = (
        "Show Episode 6 Review\n\n"
        f"{_RULE}\n@lantern_fish · May 2, 2025, 22:10\n(1/2) Kato finally gets the spotlight.\n"
        f"{_RULE}\n@harbour_seal · May 2, 2025, 22:40\n(2/2) Mina carried it, and so on.\n"
        f"{_RULE}\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato finally gets the spotlight" in parsed.text
    assert "Mina carried it" in parsed.text


def test_a_video_pages_comment_count_with_its_sort_control_ends_the_text() -> None:
    parsed = doc(
        "Show Episode 12 Review\n\nThe last fight was worth the wait. I give it 6/10.\n\n"
        "Comments 3,120   Sort by\n@some_viewer  2/10 for me, and Tavi was wasted\n"
    )
    assert "Tavi" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "6/10"


def test_forum_posts_headed_by_their_number_are_posts_and_the_others_replies() -> None:
    # a forum's post headers with no "Posted" or "Member": the post's number, the poster, the
    # time; the first poster's post is the review, another's a reply
    text = (
        "Show - weekly thread (ep 7 up)\n\n"
        f"{_RULE}\n#1  lantern_fish   Jun 3, 2025, 9:40 PM\n{_RULE}\n"
        "Kato finally gets the spotlight this week.\n\n7/10 this week.\n\n"
        f"{_RULE}\n#2  harbour_seal   Jun 3, 2025, 10:02 PM\n{_RULE}\n"
        "Mina carried it. 9/10 honestly.\n\n"
        f"{_RULE}\n#3  lantern_fish   Jun 3, 2025, 10:30 PM\n{_RULE}\n"
        "@harbour_seal fair enough.\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato finally gets the spotlight" in parsed.text
    assert "Mina" not in parsed.text
    assert "fair enough" in parsed.text  # the topic's author's own later post


@pytest.mark.parametrize(
    "reply",
    ["Reply #{n}  |  {name}", "Post #{n} — {name}", "#{n} | {name}", "Reply #{n} by {name}"],
)
def test_forum_replies_headed_by_a_word_and_their_number_are_replies(reply: str) -> None:
    # the topic's post under its poster's header ("Posts: 812"), then each reply under a
    # header naming it by its number and its poster, a separator between them
    text = (
        "Show - weekly thread (ep 7 up)\n\n"
        f"{_RULE}\nlantern_fish      Join Date: May 2014\n      Posts: 812\n{_RULE}\n"
        "Kato finally gets the spotlight this week.\n\nMy grade: B+\n\n"
        f"{_RULE}\n{reply.format(n=1, name='harbour_seal')}\n{_RULE}\n"
        "Mina carried it. 9/10 honestly.\n\n"
        f"{_RULE}\n{reply.format(n=2, name='lantern_fish')}\n{_RULE}\n"
        "@harbour_seal fair enough.\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato finally gets the spotlight" in parsed.text
    assert "Mina" not in parsed.text
    assert "fair enough" in parsed.text  # the topic's author's own later reply
    assert parsed.score is not None and parsed.score.raw == "B+"


@pytest.mark.parametrize(
    "header",
    ["68 comments  share  save  hide  report", "top comments:", "Best Comments", "All replies"],
)
def test_a_posts_action_bar_or_a_sorted_comments_heading_ends_the_text(header: str) -> None:
    parsed = doc(
        "Show Episode 5 recap\n\nKato steals the film. Mina loses the map.\n\n"
        "Next week should be the heist itself, and I cannot wait to see it go wrong.\n\n"
        f"{header}\n\nsome_reader 112 points\nepisode was a 10/10 for me, Tavi too\n"
    )
    assert "Tavi" not in parsed.text and "10/10" not in parsed.text
    assert parsed.score is None


def test_a_comment_box_over_the_comments_ends_the_text() -> None:
    parsed = doc(
        "Show Episode 5 first impressions\n\nKato steals the film. Mina loses the map.\n\n"
        "Next week should be the heist itself, and I cannot wait to see it go wrong.\n\n"
        "Current score: 7/10.\n\nComment as guest\n\nsome_reader\n"
        "Tavi deserved better. I'd say 9/10 myself.\n"
    )
    assert "Tavi" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "7/10"


_RECAP_CHAT = (
    "Guild: A Watch Club\nChannel: #show\n\n"
    "[03/04/2025 9:00 PM] reviewer\nmy turn on the recap again, episode 7 of Show, bear with me\n\n"
    "[03/04/2025 9:01 PM] reviewer\n"
    "Kato wakes up in the lighthouse with no memory of the docks and a map in his pocket.\n"
    "Mina spends the first half looking for him and the second half wishing she hadn't.\n\n"
    "[03/04/2025 9:03 PM] reviewer\n"
    "The smugglers come back, the keeper turns out to be their old boss, and the map burns.\n\n"
    "[03/04/2025 {later} PM] reviewer\n{opens}\n"
    "The lighthouse scenes are lovely, the smugglers are dull. Grade: B-\n\n"
    "[03/04/2025 9:20 PM] lurker\nB+ from me\n\n"
    "Exported 5 message(s)\n"
)


def test_the_writers_take_under_its_heading_minutes_after_the_recap_is_the_same_post() -> None:
    parsed = doc(_RECAP_CHAT.format(later="9:12", opens="**My take**"), anime="Show")
    assert "the map burns" in parsed.text and "smugglers are dull" in parsed.text
    assert "B+ from me" not in parsed.text
    assert parsed.title == ""  # "My take" heads the post's review: it is no headline
    assert parsed.score is not None and parsed.score.raw == "B-"


@pytest.mark.parametrize(
    ("later", "opens"),
    [
        ("9:12", "and another thing:"),  # no heading: a later message of its own
        ("9:45", "**My take**"),  # far later: another post
    ],
)
def test_a_later_message_by_the_same_author_stays_apart_without_a_heading_soon_after(
    later: str, opens: str
) -> None:
    parsed = doc(_RECAP_CHAT.format(later=later, opens=opens), anime="Show")
    assert "Kato wakes up" in parsed.text or "smugglers are dull" in parsed.text
    assert not ("the map burns" in parsed.text and "smugglers are dull" in parsed.text)


@pytest.mark.parametrize("heading", ["More from Lamp Post Recaps:", "MORE IN ANIME", "More recaps"])
def test_a_more_from_the_site_list_is_dropped(heading: str) -> None:
    # a reader view keeps the site's links to its other posts under the article: a character
    # named only in one of their headlines is not one this page names
    text = (
        "Show Finale Recap: The Long Way Home\n\nMina walks home at last.\n\n"
        f"{heading}\nShow Episode 12 Recap: The Tower\nShow Episode 11 Recap: Kato's Gambit\n"
        "Best Anime of Spring, Ranked\n\nThanks for reading this far, see you next season."
    )
    parsed = doc(text)
    assert "Kato" not in parsed.text and "Ranked" not in parsed.text
    assert "Thanks for reading this far" in parsed.text  # the list ends at the empty line


@pytest.mark.parametrize(
    "heading", ["More from Ines Marlow and Lantern Notes", "Recommended from Quillpad"]
)
def test_a_platforms_cards_of_other_posts_are_dropped_with_their_scores(heading: str) -> None:
    # a blogging platform copied as text lists the writer's other posts as cards: writer,
    # headline, a blurb that is a sentence, reading time, counts, an empty line between cards;
    # a score in a later card's blurb is that post's, not this review's
    text = (
        "Show Episode 5: The Harbour Burns\n\nKato finally makes his move.\n\n"
        "Rating: 6.5/10\n\nWritten by Ines Marlow\n\n"
        f"{heading}\n\nInes Marlow\nin\nLantern Notes\nShow Episode 4: Smoke on the Water\n"
        "The slow one before the storm, and it knows it.\n3 min read·Mar 2, 2024\n40\n2\n\n"
        "Ines Marlow\nOther Show Episode 9 Review: Mina Wins at Last\n"
        "The duel everyone waited for. Score: 9/10\n5 min read·Mar 3, 2024\n88\n\n"
        "Thanks for reading this far, and see you next week for more."
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "6.5/10"
    assert "9/10" not in parsed.text and "Mina" not in parsed.text
    assert "Smoke on the Water" not in parsed.text
    assert "Thanks for reading this far" in parsed.text  # no card: the list has ended


@pytest.mark.parametrize(
    "heading",
    ["More reviews of Lantern Road", "Other reviews", "Other user reviews for “Lantern Road”:"],
)
def test_a_database_sites_list_of_other_users_reviews_is_dropped_with_their_scores(
    heading: str,
) -> None:
    # a user's review copied from a database site: under it, the show's other reviews, each
    # a quoted summary, its writer and score; the lower later score is another user's
    text = (
        "Review of Lantern Road by quietowl\n\nThe lamplighter and the runaway carry it.\n\n"
        "Overall: 80/100\n\n12 out of 15 users liked this review\n\n"
        f'{heading}\n- "Pretty, and nothing else" by harbour_seal, 55/100\n'
        '- "Best show of the year, fight me" by kato_fan, 95/100\n'
    )
    parsed = doc(text, anime="Lantern Road")
    assert parsed.score is not None and parsed.score.raw == "80/100"
    assert "55/100" not in parsed.text and "harbour_seal" not in parsed.text


@pytest.mark.parametrize(
    "line",
    [
        "Other reviews of Lantern Road call it slow, and they are wrong",
        "More reviews of this kind would help",
        "Other reviewers disagree",
    ],
)
def test_a_line_opening_with_other_reviews_in_a_sentence_is_kept_as_text(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_related_list_does_not_run_past_its_empty_line_into_a_short_block() -> None:
    # without a card's reading time, the block after the list's empty line is the page's own
    text = (
        "Show Episode 5: The Harbour Burns\n\nKato finally makes his move.\n\n"
        "More from Ines Marlow and Lantern Notes\nShow Episode 4: Smoke on the Water\n\n"
        "Final verdict\nRating: 6.5/10\n"
    )
    parsed = doc(text)
    assert parsed.score is not None and parsed.score.raw == "6.5/10"


@pytest.mark.parametrize(
    "line", ["More in common than they think", "More from the studio, please.", "More from Ami: ok"]
)
def test_a_line_opening_with_more_is_kept_as_text(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_forum_post_header_with_its_number_and_date_above_the_poster_names_the_poster() -> None:
    # vBulletin-style headers: "#1  12-05-2025, 20:40", the poster on the next line, the
    # rank under it; the first poster's post is the review, another poster's is a reply
    text = (
        "Show - Episode 7 review thread\n\n"
        f"{_RULE}\n#1  12-05-2025, 20:40\nlantern_fish\nMember · Posts: 88\n{_RULE}\n"
        "Kato finally gets the spotlight this week.\n\nMy rating: 7/10\n\n"
        f"{_RULE}\n#2  12-05-2025, 21:02\nharbour_seal\nSenior Member · Posts: 2,301\n{_RULE}\n"
        "Still no Mina payoff. 3/10 from me.\n\n"
        f"{_RULE}\n#3  12-05-2025, 21:30\nlantern_fish\nMember · Posts: 88\n{_RULE}\n"
        "@harbour_seal fair, there's time yet.\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato finally gets the spotlight" in parsed.text
    assert "Mina" not in parsed.text and "3/10" not in parsed.text
    assert "there's time yet" in parsed.text  # the topic's author, following up
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize("control", ["Sort by:", "Sort by: Best", "Sorted by top", "SORT BY"])
def test_a_comment_sorting_control_starts_the_comments_of_a_copied_post(control: str) -> None:
    # a community post copied as text: the writer gives no score, the commenters under the
    # sorting control do; their scores and names are not the post's
    text = (
        "Show Episode 9 review: the convenience store arc finally clicks\n\n"
        + "Kato carries the whole back half of this one and the fight staging is great. " * 6
        + "\n\nNo score from me this week, just watch it.\n\n"
        + f"Upvote\n412\nShare\n\n{control}\nBest\n\n"
        "u/some_reader\n2d ago\nGreat write up. I'd give it a 9/10, Mina stole the show\n\n"
        "u/another_one\n1d ago\n7/10 for me\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato carries the whole back half" in parsed.text
    assert "Mina" not in parsed.text and "9/10" not in parsed.text
    assert parsed.score is None


@pytest.mark.parametrize("line", ["Sort by what matters to you", "Sorted by the end, mostly."])
def test_a_sentence_opening_with_sort_is_no_comments_control(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_chat_post_goes_on_across_a_short_reaction_between_its_messages() -> None:
    # a review posted in several messages a minute or two apart, a friend's one-line
    # reaction between two of them; the replies after the post are still dropped
    text = (
        "Guild: A Watch Club\nChannel: #reviews\n\n"
        "[03/04/2025 21:30] reviewer\nShow Episode 7 Review, in a few parts.\n"
        "Kato finally gets the spotlight and the heist plan falls apart in a fun way.\n"
        "The middle drags, but the last fight is the best of the season so far.\n\n"
        "[03/04/2025 21:31] friend\nthat fight!!\n\n"
        "[03/04/2025 21:33] reviewer\nthe bad part: Mina is wasted again, one line all "
        "episode after carrying the last arc.\n\n"
        "[03/04/2025 21:34] reviewer\noverall for this one: 7/10\n\n"
        "[03/04/2025 21:35] friend\nhard disagree, 4/10 from me, the middle was a slog\n\n"
        "[03/04/2025 21:50] reviewer\nok fair\n"
    )
    parsed = doc(text, anime="Show")
    assert "Mina is wasted again" in parsed.text
    assert "that fight!!" not in parsed.text and "hard disagree" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "7/10"


def test_a_chat_posters_answer_to_a_reaction_under_the_post_is_no_part_of_it() -> None:
    # the review, a friend's one-line reaction, then the reviewer answering them by name
    # ("@friend …") minutes later: a reply in the talk under the post, not the post going on,
    # its names and score not the review's; a message of theirs with no "@" still goes on
    text = (
        "Guild: A Watch Club\nChannel: #reviews\n\n"
        "[03/04/2025 21:30] reviewer\n**Show Episode 7 Review: the long night**\n"
        "Kato finally gets the spotlight and the heist plan falls apart in a fun way.\n"
        "The middle drags, but the last fight is the best of the season so far.\n"
        "Score: 7/10\n\n"
        "[03/04/2025 21:32] friend\nthe middle was a slog, 5/10 for me\n\n"
        "[03/04/2025 21:34] reviewer\n@friend fair, but ep 6 had Mina's big scene, that one "
        "was a 9/10\n\n"
        "[03/04/2025 21:50] lurker\nwatching it tonight\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato finally gets the spotlight" in parsed.text
    assert "Mina" not in parsed.text and "slog" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "7/10"
    went_on = text.replace("@friend fair, but", "one more thing:")
    assert "Mina" in doc(went_on, anime="Show").text


def test_a_forum_threads_numbered_replies_without_rules_are_dropped() -> None:
    # a forum thread copied as text: each post under its poster's name, a line about them
    # and the post's date with its number; the readers' replies are not the review
    text = (
        "Show Episode 7 Review - the long night\n\n"
        "owlcat\nMember · Joined Jan 2020 · Messages 2,001\nMar 4, 2025 #1\n\n"
        "Kato finally gets the spotlight and the heist plan falls apart in a fun way. The "
        "middle drags, but the last fight is the best of the season so far.\n\n"
        "My score: 7/10\n\n"
        "pebble\nMember · Messages 40\nMar 4, 2025 #2\n\n"
        "Mina was the best part for me, 9/10.\n\n"
        "owlcat\nMember · Messages 2,001\nMar 5, 2025 #3\n\n"
        "@pebble fair, the rooftop scene was good.\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato finally gets the spotlight" in parsed.text
    assert "rooftop scene" in parsed.text  # the first poster's own later post stays
    assert "Mina was the best part" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "7/10"


def test_a_forum_threads_replies_under_stacked_numbered_headers_are_dropped() -> None:
    # the topic's post unnumbered, then each reply under its number alone on a line, its
    # poster's name and "Posted <date>" under it; the readers' replies, and their scores, are
    # not the review, the topic's author answering is kept
    text = (
        "Show Episode 7 Review - the long night\n\n"
        "Started by owlcat, March 4, 2025\n\nowlcat\nMember · 2,001 posts\nPosted March 4, 2025\n\n"
        "Kato finally gets the spotlight and the heist plan falls apart in a fun way. The "
        "middle drags, but the last fight is the best of the season so far.\n\n"
        "My score: 7/10. Two episodes left and I can't call the ending.\n\n---\n\n"
        "Reply #1\npebble\nPosted March 4, 2025\n\nMina was the best part for me, 9/10.\n\n---\n\n"
        "Reply #2\nowlcat\nPosted March 5, 2025\n\n@pebble fair, the rooftop scene was good.\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato finally gets the spotlight" in parsed.text
    assert "rooftop scene" in parsed.text  # the topic's author's own reply stays
    assert "Mina was the best part" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "7/10"


def test_a_reply_number_over_a_line_that_is_no_posters_is_kept() -> None:
    # "Reply #1" over a sentence, no post's date or poster's line under it: a review's own
    # words (a list of the replies it answers), not a thread's header
    text = (
        "Show Episode 7 Review\n\nKato finally gets the spotlight this week.\n\n"
        "Reply #1\nMina fans were right about the rooftop scene\nand I said so in the stream.\n"
    )
    parsed = doc(text, anime="Show")
    assert "Mina fans were right" in parsed.text


def test_dates_with_numbers_in_a_review_are_no_forum_posts() -> None:
    # a date and a number under two short lines that say nothing about a poster
    text = (
        "Show Episode 7 Review\n\nKato\nthe heist\nMar 4, 2025 #1\n\n"
        "Kato finally gets the spotlight.\n\nMina\nthe rooftop\nMar 5, 2025 #2\n\n"
        "Mina steals the episode.\n"
    )
    parsed = doc(text, anime="Show")
    assert "Mina steals the episode" in parsed.text


@pytest.mark.parametrize(
    "stamp", ["12-05-2025, 08:40 PM", "May 12, 2025, 8:40 pm", "Today, 20:40", "Yesterday 8:40 AM"]
)
def test_a_post_header_whose_date_says_am_or_a_month_still_names_the_poster_under_it(
    stamp: str,
) -> None:
    # "#1  12-05-2025, 08:40 PM" over the poster's name: the letters of "PM" or of a month's
    # name are the date's, not a poster's; another poster's reply is still a reply
    text = (
        "Show - Episode 7 review thread\n\n"
        f"{_RULE}\n#1  {stamp}\nlantern_fish   (Member · Posts: 88)\n{_RULE}\n"
        "Kato finally gets the spotlight this week. No number from me this time.\n\n"
        f"{_RULE}\n#2  {stamp}\nharbour_seal   (Senior Member · Posts: 2,301)\n{_RULE}\n"
        "Still no Mina payoff. 3/10 from me.\n\n"
        f"{_RULE}\n#3  {stamp}\nlantern_fish   (Member · Posts: 89)\n{_RULE}\n"
        "@harbour_seal fair, there's time yet.\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato finally gets the spotlight" in parsed.text
    assert "there's time yet" in parsed.text
    assert "Mina" not in parsed.text and parsed.score is None


def test_a_post_numbered_over_its_posters_name_and_details_is_a_post() -> None:
    # an older forum theme: the post's date and number first, then the poster's name, rank,
    # join date and post count; the replies under other posters' names are dropped
    text = (
        "Show - Episode 7 review thread\n\n"
        "Old 2025-05-12, 20:40   #1\nlantern_fish\nCasual Viewer\n\n"
        "Join Date: Jan 2020\nLocation: Porto\nPosts: 88\n\n"
        "Kato finally gets the spotlight this week.\n\nMy rating: 3/5\n\n"
        "Old 2025-05-12, 21:02   #2\nharbour_seal\nMember\n\nJoin Date: Feb 2022\nPosts: 12\n\n"
        "Nice write-up. Mina was robbed though, I'd say 9/10.\n\n"
        "Old 2025-05-12, 21:30   #3\nlantern_fish\nCasual Viewer\n\nJoin Date: Jan 2020\n"
        "Posts: 89\n\nFair, the rooftop scene was good.\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato finally gets the spotlight" in parsed.text
    assert "rooftop scene" in parsed.text  # the first poster's own later post stays
    assert "Mina" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "3/5"


def test_a_post_numbered_before_its_date_over_its_posters_name_is_a_post() -> None:
    # another forum theme: each post framed by rules, its number before its date ("#2   Jun 3,
    # 2025"), a blank line, then the poster's name, rank and counts; a reply's score is theirs
    text = (
        "Show - Episode 9 [FINAL] - my thoughts\n\n"
        f"{_RULE}\n#1   Jun 3, 2025\n\nlantern_fish\nRegular\nJoined: Jan 2020\nPosts: 88\n\n"
        "Kato finally gets the spotlight this week and the ending lands.\n\n"
        "Episode score: 8/10\n\n"
        f"{_RULE}\n#2   Jun 3, 2025\n\nharbour_seal\nMember\nJoined: Feb 2022\nPosts: 12\n\n"
        "Nice write-up. Mina was robbed though, I'd give it a 10/10.\n\n"
        f"{_RULE}\n#3   Jun 4, 2025\n\nlantern_fish\nRegular\nJoined: Jan 2020\nPosts: 89\n\n"
        "Fair, the rooftop scene was good.\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato finally gets the spotlight" in parsed.text
    assert "rooftop scene" in parsed.text  # the first poster's own later post stays
    assert "Mina" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "8/10"


@pytest.mark.parametrize(
    "quote",
    [
        "Quote:\nOriginally Posted by harbour_seal\nMina carried it, 9/10 from me.\n",
        "Originally Posted by harbour_seal\nMina carried it, 9/10 from me.\n",
        "harbour_seal said:\nMina carried it.\n9/10 from me.\nClick to expand...\n",
    ],
)
def test_a_quote_of_another_post_in_the_authors_own_post_is_not_theirs(quote: str) -> None:
    # a forum's quote box copied as text (vBulletin's header over the quoted line, XenForo's
    # "… said:" down to "Click to expand..."): the quoted poster's score and names are theirs
    text = (
        "Show Episode 7 Review - no score this week\n\n"
        "Kato finally gets the spotlight this week, and the heist plan falls apart in a fun "
        "way. I'm not giving this one a number; argue about it below.\n\n"
        f"{quote}Ha, fair. The rooftop scene was good.\n"
    )
    parsed = doc(text, anime="Show")
    assert "Kato finally gets the spotlight" in parsed.text
    assert "rooftop scene" in parsed.text  # the author's words under the quote
    assert "Mina" not in parsed.text and parsed.score is None


@pytest.mark.parametrize(
    "credit",
    ["My friend said:", "Originally posted by me", "Originally posted by Dana on her blog"],
)
def test_a_review_that_says_someone_said_something_keeps_it(credit: str) -> None:
    # "… said:" with no "Click to expand..." after it is the writer's prose, and a cross-post's
    # credit line is no quote box's header
    text = (
        f"Show Episode 7 Review\n\n{credit}\nMina carried it.\n\n"
        "I agree, and the last fight holds up. 7/10\n"
    )
    parsed = doc(text, anime="Show")
    assert "Mina carried it" in parsed.text


@pytest.mark.parametrize(
    "header",
    ["**38 comments** · sorted by: top", "__Comments (38)__ | Sort by: new", "**Top comments**"],
)
def test_a_comments_header_with_markdown_emphasis_inside_ends_the_text(header: str) -> None:
    # a community post saved as Markdown: the comment count in bold, then the sorting control;
    # the commenters' quoted replies under it are theirs, names and scores
    text = (
        "# Show ep 6 finally made it work for me\n\n"
        + "Kato stops being a plot device this week and the quiet train scene lands. " * 5
        + "\n\n**Score**\n\nEpisode 6: **8/10**. Up from my 6 last week.\n\n---\n\n"
        f"{header}\n\n> **u/some_reader** · 90 points\n"
        "> Same. I'd have given the first few a 3/10, and Tavi deserves more time.\n"
    )
    parsed = doc(text, anime="Show")
    assert "Tavi" not in parsed.text and "3/10" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "8/10"


@pytest.mark.parametrize(
    "header",
    [
        "**312 points · 94% upvoted · 47 comments**",
        "1.2k upvotes · 143 comments",
        "88 points (97% upvoted) | 12 comments",
    ],
)
def test_a_posts_score_bar_with_its_comment_count_ends_the_text(header: str) -> None:
    # a community post copied from its page: the post's points and its comment count under
    # it, then the comments, one of them with a higher score than the writer's
    text = (
        "# Show ep 6 finally made it work for me\n\n"
        + "Kato stops being a plot device this week and the quiet train scene lands. " * 5
        + "\n\n## Score\n\nLast season was a 9/10 for me. This one is an **8/10**.\n\n---\n\n"
        f"{header}\n\n**u/some_reader** · 9h\nTavi carried it. 10/10 episode, no notes.\n"
    )
    parsed = doc(text, anime="Show")
    assert "Tavi" not in parsed.text and "10/10" not in parsed.text
    assert parsed.score is not None and parsed.score.raw == "8/10"


@pytest.mark.parametrize("line", ["312 points · 94% upvoted", "1.2k upvotes · Share"])
def test_a_posts_score_bar_without_a_comment_count_is_no_comments_header(line: str) -> None:
    assert not is_boilerplate(line)


_HEADLINE_FIRST_CHAT = (
    "Guild: A Watch Club\nChannel: #reviews\n\n"
    "[05/06/2025 20:02] owl.tea\n{headline}\n\n"
    "[05/06/2025 20:11] owl.tea\n"
    "Kato finally gets the spotlight and the heist plan falls apart in a fun way. The middle "
    "drags a little, but the last fight is the best the season has managed so far.\n\n"
    "Mina barely gets a line, which stings after last week.\n\n"
    "verdict: 7/10\n\n"
    "[05/06/2025 20:14] lurker\nsolid, I'd say 9/10 honestly\n\n"
    "[05/06/2025 20:30] owl.tea\n@lurker fair\n"
)


def test_a_chat_posts_headline_posted_alone_minutes_before_the_post_is_kept() -> None:
    # the writer posts the headline, then types the post out under it nine minutes later:
    # the headline (naming the show and the episode) is the post's, not chatter
    headline = "Show Harbor Arc ep 4 review, spoilers"
    parsed = doc(_HEADLINE_FIRST_CHAT.format(headline=headline), known_anime=["Show"])
    assert parsed.anime_title == "Show"
    assert "Show Harbor Arc ep 4 review" in parsed.text or parsed.title == headline
    assert "9/10" not in parsed.text and parsed.score is not None
    assert parsed.score.raw == "7/10"


def test_a_short_message_before_the_post_that_names_no_review_is_still_chatter() -> None:
    # the same writer's earlier aside, naming no review, stays dropped with the replies
    parsed = doc(_HEADLINE_FIRST_CHAT.format(headline="brb grabbing snacks"), anime="Show")
    assert "snacks" not in parsed.text
    assert "Kato finally gets the spotlight" in parsed.text


# a channel's members talking an episode over, each a line or two: no one's post stands out
_DISCUSSION_CHAT = (
    "Channel: #show-weekly\n\n"
    "[14-Mar-25 08:00 PM] AiringBot (BOT)\nShow Episode 6 is out now! Talk about it here.\n\n"
    "[14-Mar-25 08:31 PM] harbourlights\njust watched ep 6, the lighthouse scene with Mina wow\n\n"
    "[14-Mar-25 08:33 PM] pebble\nMina carried the whole thing honestly\n\n"
    "[14-Mar-25 08:40 PM] harbourlights\nKato finally telling the crew about the map was overdue\n"
    "and the music in that bit was something else\n\n"
    "[14-Mar-25 08:52 PM] oddsock\nstill a bit slow for me, 6/10, but the ending was great\n\n"
    "[14-Mar-25 08:55 PM] pebble\n9/10 easy, best one since the premiere\n\n"
    "[14-Mar-25 09:02 PM] oddsock\nfair, maybe Kato's speech will land better on a rewatch\n\n"
    "[14-Mar-25 09:10 PM] quill\ncaught up at last. Toma in the rain, that's all I'll say\n"
)


def test_a_chat_where_no_post_stands_out_is_kept_whole_and_has_no_reviewers_score() -> None:
    # members trade a line or two each about the episode: the chat is the document, every
    # member's words kept (not one short message as "the post"), and their scores are theirs
    parsed = doc(_DISCUSSION_CHAT, known_anime=["Show"])
    assert "lighthouse scene" in parsed.text and "Toma in the rain" in parsed.text
    assert "Kato finally telling the crew" in parsed.text
    assert parsed.episode == 6
    assert parsed.score is None


@pytest.mark.parametrize("signoff", ["-- Kato", "--Kato", "-- Kato M."])
def test_a_letters_sign_off_under_the_signature_mark_is_dropped(signoff: str) -> None:
    # a newsletter's writer signs off as e-mail does ("-- " opens a signature): the name is
    # the writer's, even when a character of the show is called so
    text = (
        "Show Episode 5 Review\n\nMina finally takes the ferry, and Kato waves her off.\n\n"
        f"Score: 8/10\n\nThanks for reading. Hit reply and tell me what you're watching.\n\n"
        f"{signoff}\n\nYou're receiving this because you subscribed."
    )
    parsed = doc(text)
    assert signoff not in parsed.text
    assert "Kato waves her off" in parsed.text


@pytest.mark.parametrize(
    "line", ["-- kato", "— Kato", "-- Kato was the best thing in it.", "--- Kato ---x"]
)
def test_a_dash_before_words_that_are_no_sign_off_is_kept(line: str) -> None:
    # a lower-case word, a quote's attribution with an em dash, a sentence: the writing
    assert not is_boilerplate(line)


def _counted_thread(posts: int, last: str) -> str:
    # a social thread copied as text, each post ending in its place in the thread
    lines = [f"Lantern Road ep 7, the harbour one. thoughts below, spoilers 🧵 1/{posts}"]
    lines += [
        f"Kato and Mina finally share a scene and the whole thing clicks here. {place}/{posts}"
        for place in range(2, posts)
    ]
    return "\n\n".join([*lines, f"{last} {posts}/{posts}"])


@pytest.mark.parametrize("posts", [5, 10])
def test_what_follows_a_counted_threads_last_post_is_dropped_with_the_posts_places(
    posts: int,
) -> None:
    # an unroller's page under the thread: its furniture, then the account's other posts; the
    # score in the last post is the thread's (not a later card's, nor "10/10", the place of
    # the last of ten posts)
    text = _counted_thread(posts, "anyway. 8/10. the ending alone earns it, see you next week")
    text += (
        "\n\nMissing a post in this thread? Try to force a refresh\n\n"
        "Keep current with Lantern Fan\n\nMore posts from this account\n\n"
        "Lantern Fan\nMar 3\nOther Show ep 2 is a masterpiece, no notes. 10/10\n\n"
        "Follow us!\nHelp | About | Privacy"
    )
    parsed = doc(text, anime="Lantern Road")
    assert parsed.score is not None and parsed.score.raw == "8/10"
    assert "masterpiece" not in parsed.text and "Follow us" not in parsed.text
    assert "the ending alone earns it" in parsed.text


def test_a_counted_threads_opening_mark_goes_with_its_place() -> None:
    # the opening post framed by the thread's mark and its place ("🧵 <headline> 1/4"): the
    # place is dropped as the thread's furniture, and the mark before the headline with it
    headline = "Lantern Road season 2, episode 3 (ep 15 overall) — weekly notes, light spoilers"
    posts = [
        "Kato and Mina finally share a scene and the whole thing clicks here.",
        "The lighthouse scene is the quietest thing the show has done and the best.",
        "Verdict: a calm, confident episode that trusts its audience. 8/10 from me",
    ]
    text = f"**Lantern Fan** @lanternfan.bsky.example\n\n🧵 {headline} 1/4\n\n" + "".join(
        f"---\n\n{post} {place}/4\n\n" for place, post in enumerate(posts, 2)
    )
    parsed = doc(text + "**replies**\n\nsomeone: 10/10 for me", anime="Lantern Road")
    assert parsed.title == headline
    assert parsed.score is not None and parsed.score.raw == "8/10"


@pytest.mark.parametrize("handle", ["@lanternfan@anime.example", "@lanternfan.bsky.example"])
def test_a_thread_counted_in_its_posts_headers_keeps_its_last_posts_text(handle: str) -> None:
    # a platform's copy of a thread: each post under a header that holds its place ("Name
    # @handle · 3/3"), its text below; the last header is no end of the thread, whose last
    # post, and its score, run on under it
    header = f"**Lantern Fan** {handle}"
    text = (
        f"{header}\n\nLantern Road, Episode 7 — my weekly notes, 1/3\n\n---\n\n"
        f"{header} · 2/3\n\nKato and Mina finally share a scene and the whole thing clicks.\n\n"
        f"---\n\n{header} · 3/3\n\nVerdict: ★★★½\n\n"
        "The lighthouse scene is the quietest thing the show has done and the best."
    )
    parsed = doc(text, anime="Lantern Road")
    assert parsed.score is not None and parsed.score.raw == "★★★½"
    assert "The lighthouse scene" in parsed.text
    assert parsed.title == "Lantern Road, Episode 7 — my weekly notes, 1/3"


def test_the_places_in_a_threads_posts_headers_are_no_score() -> None:
    # a thread of five counted in its posts' headers, with no score of its own: the last
    # header's "5/5" is its place, as the opening post's "1/5" closing its headline is
    header = "**Lantern Fan** @lanternfan@anime.example"
    posts = [
        "Kato and Mina finally share a scene and the whole thing clicks.",
        "The lighthouse scene is the quietest thing the show has done and the best.",
        "Also the OST, which keeps getting better every single week.",
        "See you all next week for episode 8, same time as always.",
    ]
    text = f"{header}\n\n🧵 Lantern Road, Episode 7 — my weekly notes, 1/5\n\n" + "".join(
        f"---\n\n{header} · {place}/5\n\n{post}\n\n" for place, post in enumerate(posts, 2)
    )
    parsed = doc(text, anime="Lantern Road")
    assert parsed.score is None
    assert "See you all next week" in parsed.text


def _thread_counted_at_its_posts_openings(
    mark: str, posts: int, last: int, end: str, first: str | None = None
) -> str:
    # a social thread as a post's page shows it: the first post counts itself at its end, the
    # others open with their places ("2/4 …"), written as `mark` writes "{place}/{count}";
    # `first`: the first post's whole line, when a test frames it itself
    opening = (
        f"Lantern Road ep 7, the harbour one. a few thoughts {mark.format(place=1, count=posts)}"
    )
    lines = [
        first or opening,
        "Went in expecting filler and got the best episode of the season instead, honestly.",
    ]
    bodies = [
        "the lighthouse scene is the quietest thing the show has done and the best",
        "also the OST, which keeps getting better every week",
        "Kato finally says what everyone was thinking about the harbour master",
        "anyway that is all from me, see you all next week for episode 8",
    ]
    lines += [
        f"{mark.format(place=place, count=posts)} {bodies[place - 2]}"
        for place in range(2, last + 1)
    ]
    lines[-1] += end
    return "\n\n".join(lines)


@pytest.mark.parametrize(
    ("mark", "posts", "last"),
    [
        ("{place}/{count}", 4, 4),  # the last post opens with "4/4"
        ("{place}/{count}", 5, 3),  # copied up to its third post: "3/5 also the OST"
        ("({place}/{count})", 4, 4),
        ("[{place}/{count}]", 5, 4),
        ("{place}/{count}:", 4, 4),
    ],
)
def test_a_threads_places_opening_its_posts_are_no_score(mark: str, posts: int, last: int) -> None:
    # the places are the thread's furniture: a thread with no score of its own gets none
    parsed = doc(_thread_counted_at_its_posts_openings(mark, posts, last, ""), anime="Lantern Road")
    assert parsed.score is None
    assert "the lighthouse scene" in parsed.text


def test_a_score_in_a_thread_counted_at_its_posts_openings_is_kept() -> None:
    text = _thread_counted_at_its_posts_openings("{place}/{count}", 4, 4, ". 7/10 from me")
    parsed = doc(text, anime="Lantern Road")
    assert parsed.score is not None and parsed.score.raw == "7/10"


@pytest.mark.parametrize("label", ["— thread 🧵", "– a thread 🧵"])
def test_a_threads_label_after_its_headline_goes_with_its_place(label: str) -> None:
    # the first post's headline, then the thread's label and its place ("<headline> — thread
    # 🧵 1/4"): the place is dropped as the thread's furniture, and the label before it with
    # it, which alone would be half the frame
    headline = "Lantern Road, Episode 19 (Season 2, Episode 7)"
    text = _thread_counted_at_its_posts_openings(
        "{place}/{count}", 4, 4, "", f"{headline} {label} 1/4"
    )
    parsed = doc(text, anime="Lantern Road")
    assert parsed.title == headline


def test_a_threads_mark_opening_its_headline_goes_with_its_place() -> None:
    # the first post framed by the thread's mark and its place ("🧵 <headline>. (1/4)"), the
    # posts under it opening with theirs: mark and place are the frame, the headline the words
    # between, its one sentence's stop the post's ("Hana vs. Kato" is no sentence's end)
    headline = "Lantern Road Episode 7 Review — Hana vs. Kato, and the show finds its nerve"
    text = _thread_counted_at_its_posts_openings(
        "({place}/{count})", 4, 4, "", f"🧵 {headline}. (1/4)"
    )
    parsed = doc(text, anime="Lantern Road")
    assert parsed.title == headline


def test_a_threads_framed_opening_post_of_sentences_keeps_its_stop() -> None:
    # a post of sentences, no one-sentence headline: its last stop is its own
    post = "Lantern Road Episode 7 review. Spoilers for the whole harbour arc below."
    text = _thread_counted_at_its_posts_openings("({place}/{count})", 4, 4, "", f"🧵 {post} (1/4)")
    parsed = doc(text, anime="Lantern Road")
    assert post in parsed.text
    assert "🧵" not in parsed.text


def test_a_headline_ending_in_thread_with_its_mark_keeps_it_without_a_place() -> None:
    # no place after the mark: the label is the headline's as typed (a thread's own words)
    headline = "Lantern Road, Episode 19 — thread 🧵"
    parsed = doc(f"{headline}\n\n{BODY}", anime="Lantern Road")
    assert parsed.title == headline


@pytest.mark.parametrize("mark", ["{place}/", "{place}/n"])
def test_an_uncounted_threads_places_opening_its_posts_are_dropped(mark: str) -> None:
    # a thread that never counts its posts ("1/ …", "2/ …" or "2/n …"), its first post the
    # headline: the places are furniture, in the title as in the text
    bodies = [
        "Lantern Road ep 7 thoughts 🧵 the harbour one, spoilers below",
        "Kato and Mina finally share a scene and the whole thing clicks for once",
        "the lighthouse scene is the quietest thing the show has done and the best",
        "anyway that is all from me, see you all next week for episode 8",
    ]
    text = "\n\n".join(f"{mark.format(place=place)} {body}" for place, body in enumerate(bodies, 1))
    parsed = doc(text, anime="Lantern Road")
    assert parsed.title == bodies[0]
    assert "Kato and Mina finally" in parsed.text
    assert not any(line[:1].isdigit() for line in parsed.text.splitlines())


def test_two_posts_opening_with_an_uncounted_place_are_no_thread() -> None:
    # "1/ …" and "2/ …" alone: with no count to bear them out, too few to be a thread's places
    text = (
        "Lantern Road Episode 7 Review\n\nKato and Mina finally share a scene.\n\n"
        "1/ the lighthouse scene is the quietest thing the show has done\n\n"
        "2/ the harbour theme is stuck in my head all week long"
    )
    parsed = doc(text, anime="Lantern Road")
    assert "1/ the lighthouse" in parsed.text and "2/ the harbour" in parsed.text


def test_a_breakdown_opening_its_lines_with_scores_counting_up_is_no_thread() -> None:
    # "3/5 Story …", "4/5 Music …": counting up from neither the first place nor the second
    text = (
        "Lantern Road Episode 7 Review\n\nKato and Mina finally share a scene.\n\n"
        "3/5 Story, which still drags in the middle of every episode\n\n"
        "4/5 Music, the harbour theme is stuck in my head all week\n\n"
        "5/5 Animation, the lighthouse scene alone is worth the watch"
    )
    parsed = doc(text, anime="Lantern Road")
    assert parsed.score is not None and parsed.score.raw in ("3/5", "4/5", "5/5")
    assert "3/5 Story" in parsed.text


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_list_of_subscores_counting_up_is_no_thread(between: str) -> None:
    # "Story: 2/5 … Animation: 5/5" counts up to its scale, but no post's sentence ends in it
    scores = between.join(("Story: 2/5", "Characters: 3/5", "Music: 4/5", "Animation: 5/5"))
    text = (
        "Lantern Road Episode 7 Review\n\nKato and Mina finally share a scene.\n\n"
        f"{scores}\n\nOverall: 4/5, the best week so far."
    )
    parsed = doc(text, anime="Lantern Road")
    assert parsed.score is not None and parsed.score.raw == "4/5"


def _labelled_replies_thread(replies: str) -> str:
    return (
        "Lantern Road Season 1 Review: a quiet harbour show that earns its ending\n"
        "posted by tidewatcher in Season Reviews · 9 replies\n\n"
        "I kept a note of every week and I am not putting one number on the whole run: the "
        "first half and the second half are different shows, and an average would hide it.\n\n"
        "Kato carries the early episodes on charm alone, and Mina grows into the lead once the "
        "lighthouse arc starts. The harbour festival episode is the best thing it did, the "
        "ferry strike two-parter the weakest.\n\n"
        "Worth a watch for the second half alone.\n\n"
        "-- tidewatcher\n\n"
        "------------------------------------------------------------\n"
        f"{replies}"
    )


@pytest.mark.parametrize(
    "replies",
    [
        # a header line naming the poster and when, the reply under it
        "REPLY from gull_song · 2 days ago\n  Nice one. I'd give it a 6/10 overall myself, "
        "Ines was wasted.\n\nREPLY from mooring_line · yesterday\n  agreed, Ines deserved more.",
        "Reply by gull_song — 2024-03-02 21:14\nNice one. 6/10 overall for me, Ines was wasted.",
        # the reply on the header's line, quoted as Markdown copies a thread
        "> **re: by gull_song** — Nice one. Ines was wasted though, 6/10 overall.\n>\n"
        "> **re: by mooring_line** — 4/10 series for me.",
        # numbered, the poster after a dash and the time beside, no blank line between replies
        "Reply #1 - gull_song                                  21:14\n"
        "Nice one. 6/10 overall for me, Ines was wasted.\n"
        "Reply #2 - mooring_line                               21:40\n"
        "agreed, Ines deserved more.",
        # a community site's comments, each headed by its poster's handle and votes, quoted
        "> **u/gull_song** · 12 points\n> Nice one. 6/10 overall for me, Ines was wasted.\n\n"
        "> **u/mooring_line** · 2 points\n> agreed, Ines deserved more.",
        "u/gull_song · 12 points · 2y\nNice one. 6/10 overall for me, Ines was wasted.",
        # ...the votes abbreviated, or named upvotes, as an app copies them
        "> **u/gull_song** · 12 pts\n> Nice one. 6/10 overall for me, Ines was wasted.\n\n"
        "> **u/mooring_line** · 2 pts\n> agreed, Ines deserved more.",
        "u/gull_song · 87 upvotes\nNice one. 6/10 overall for me, Ines was wasted.",
    ],
)
def test_replies_under_labels_naming_their_posters_are_dropped(replies: str) -> None:
    # the readers' scores and names are not the review's: a season review that gives no
    # overall number of its own has none
    parsed = doc(_labelled_replies_thread(replies), anime="Lantern Road")
    assert parsed.score is None
    assert "Ines" not in parsed.text
    assert "harbour festival" in parsed.text


def test_a_reply_from_the_posts_own_writer_is_kept() -> None:
    replies = (
        "Reply from gull_song · 2 days ago\nWhat about Ines?\n\n"
        "Reply from tidewatcher · yesterday\nIf I had to: the second half is an 8/10."
    )
    parsed = doc(_labelled_replies_thread(replies), anime="Lantern Road")
    assert "What about Ines" not in parsed.text
    assert "the second half is an 8/10" in parsed.text


def test_a_reply_label_in_the_opening_half_of_the_text_is_kept() -> None:
    # quoting a reader's reply early on, with the review running on after it, is the review
    text = (
        "Lantern Road Episode 4 Review\n\n"
        "Reply from gull_song: you undersold the ferry episode last week.\n\n"
        "Fair. Kato and Mina finally share a scene this week, and the lighthouse keeper gets "
        "the best monologue of the season so far. The animation holds up in the storm.\n\n"
        "The harbour theme is stuck in my head all week, and the ending lands.\n\n"
        "Score: 8/10"
    )
    parsed = doc(text, anime="Lantern Road")
    assert "you undersold the ferry episode" in parsed.text


def test_a_comments_header_naming_the_crosspost_they_were_posted_on_ends_the_review() -> None:
    # a crossposted review's page: the readers' comments on the crosspost, under a header
    # saying so; a reader's own score there is not the review's
    text = (
        f"# Lighthouse First Impressions\n\n{BODY}\n\n"
        "**My score for the premiere: 8/10.** I'll be back next week.\n\n---\n\n"
        "**Comments (crosspost)**\n\n"
        "> **u/gull_wing** · I'd say 5/10, it dragged. Nice lighthouse though.\n"
    )
    parsed = doc(text, anime="Lighthouse")
    assert parsed.score is not None and parsed.score.raw == "8/10"
    assert is_boilerplate("Comments (crosspost)")
    assert is_boilerplate("Replies (on the original post)")
    assert not is_boilerplate("Comments (and Corrections) on Lighthouse Episode 4")
