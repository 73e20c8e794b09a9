"""Every command of the bot, through discord.py's real client and the sandbox.

Expected values come from the seed documents in data/seeds/ and from Discord's rules.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from discord_sandbox import SandboxError
from tests.e2e.conftest import Running, set_server_progress, split_visible

SEEDS = Path(__file__).resolve().parents[2] / "data" / "seeds"
EPHEMERAL = 64
NEXT_PAGE, NEXT_REVIEW = "paginator:page:next", "paginator:review:next"


def seed_text(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def recap_of_episode_1() -> str:
    """The 003 page's recap part: after the episode title line, before "The Episode Review"."""
    text = seed_text("003")
    start = text.index("Episode 1 of Metallic Rouge starts with")
    return text[start : text.index("The Episode Review")]


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


# ---------------------------------------------------------------------------------- /review


async def test_review_of_episode_1_pages_through_both_reviews(running: Running) -> None:
    sandbox = running.sandbox
    await set_server_progress(running, 1)  # the channel has watched episode 1: titles are plain
    result = await sandbox.command("review", {"episode": 1})
    message = result.message
    assert message is not None and not result.ephemeral
    first = message.embeds[0]
    assert first["title"] == "Metallic Rouge – Ep. 1 (First Impressions)"
    assert "cautiously optimistic" in message.text()  # the 000 review's closing paragraph
    assert "Review 1 of 2" in first["footer"]["text"]
    assert message.allowed_mentions == {"parse": []}

    click = await sandbox.click(message, NEXT_REVIEW)
    assert click.callback_type == 7  # UPDATE_MESSAGE: the page turned in place
    second = message.embeds[0]
    assert second["title"] == "Metallic Rouge – Season 1 Episode 1 Recap & Review"
    assert "Crimson Is The Sound of Dawn" in message.text()
    assert "Review 2 of 2" in second["footer"]["text"]
    # /review shows the review part of a "Recap & Review" page, never its recap part.
    assert "Episode 1 of Metallic Rouge starts with" not in message.text()


async def test_review_full_text_pages_cover_the_review_without_the_recap(running: Running) -> None:
    sandbox = running.sandbox
    result = await sandbox.command("review", {"episode": 1})
    message = result.message
    assert message is not None
    await sandbox.click(message, NEXT_REVIEW)
    seen: list[str] = []
    while message.find_component(NEXT_PAGE) and not message.find_component(NEXT_PAGE).get(
        "disabled"
    ):
        await sandbox.click(message, NEXT_PAGE)
        seen.append(message.embeds[0].get("description", ""))
    text = seed_text("003")
    review = text[text.index("Studio Bones, the studio responsible") :]
    review = review[: review.index("We’ll have to wait and see on that front though.") + 48]
    # with no progress set, nothing counts as watched: the review of episode 1 is all wrapped
    shown = " ".join(split_visible(page)[1] for page in seen)
    assert words(review) == words(shown)[: len(words(review))]
    for page in seen:
        assert "Studio Bones" not in split_visible(page)[0]


async def test_season_review_shows_its_score_and_wraps_its_declared_spoilers(
    running: Running,
) -> None:
    result = await running.sandbox.command("review")
    message = result.message
    assert message is not None
    embed = message.embeds[0]
    # about all 13 episodes, and the channel has watched none: a neutral title, the real one
    # wrapped in the description (embed titles cannot hold spoiler tags)
    assert embed["title"] == "Season review"
    assert split_visible(embed["description"])[1] == "Metallic Rouge: Anime Review"
    text = message.text()
    assert "70 out of 100" in text
    plain, hidden = split_visible(text)
    # 002 declares minor spoilers: its verdict is shown only inside a spoiler span.
    assert "respectable 70 out of 100" in hidden
    assert "deserves a lot more love" not in plain


async def test_review_of_an_episode_without_reviews_says_which_have_one(running: Running) -> None:
    result = await running.sandbox.command("review", {"episode": 5})
    assert result.ephemeral
    assert "episode 5" in result.content
    assert re.search(r"\b1\b", result.content)  # reviews exist for episode 1


async def test_review_of_an_episode_past_the_last_is_refused_politely(running: Running) -> None:
    result = await running.sandbox.command("review", {"episode": 14})
    assert result.ephemeral
    assert "13 episodes" in result.content  # 002: "the full 13 episodes"


async def test_discord_refuses_an_episode_below_the_minimum(running: Running) -> None:
    with pytest.raises(SandboxError, match="minimum"):
        await running.sandbox.command("review", {"episode": 0})


async def test_unknown_anime_lists_the_stored_ones(running: Running) -> None:
    result = await running.sandbox.command("review", {"episode": 1, "anime": "Frieren"})
    assert result.ephemeral
    assert "Frieren" in result.content
    assert "Metallic Rouge" in result.content


# ------------------------------------------------------------------------------- /character


async def test_character_card_from_a_first_name(running: Running) -> None:
    result = await running.sandbox.command("character", {"name": "Rouge"})
    message = result.message
    assert message is not None and not result.ephemeral
    embed = message.embeds[0]
    assert embed["title"] == "Rouge Redstar"  # 003: "our female protagonist Rouge Redstar"
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Voice actor"] == "Yume Miyamoto"  # 000: "Rouge (Yume Miyamoto)"
    assert "1" in fields["First episode"]
    assert "“" in message.text()  # reviewers' sentences are quoted


@pytest.mark.parametrize(
    ("name", "private"),
    # Viola and Purgatory Viola are revealed in episode 1, beyond a channel that has watched
    # nothing: a public card found by them would tell everyone who they are.
    [("Viola", True), ("Sara", False), ("sara fitzgerald", False), ("Purgatory Viola", True)],
)
async def test_aliases_resolve_to_the_same_person(
    running: Running, name: str, private: bool
) -> None:
    result = await running.sandbox.command("character", {"name": name})
    assert result.message is not None and result.ephemeral is private
    assert result.message.embeds[0]["title"] == "Sara Fitzgerald"
    fields = {f["name"]: f["value"] for f in result.message.embeds[0]["fields"]}
    assert fields["Voice actor"] == "Yu Shimamura"  # 000: "Viola (Yu Shimamura)"


async def test_joker_is_jaron(running: Running) -> None:
    result = await running.sandbox.command("character", {"name": "Joker"})
    assert result.message is not None
    assert "Jaron" in result.message.embeds[0]["title"]
    fields = {f["name"]: f["value"] for f in result.message.embeds[0]["fields"]}
    assert fields["Voice actor"] == "Hiroyuki Yoshino"


async def test_a_near_miss_still_finds_the_character(running: Running) -> None:
    result = await running.sandbox.command("character", {"name": "Naomy"})
    assert result.message is not None
    assert result.message.embeds[0]["title"] == "Naomi Orthmann"


async def test_a_miss_is_ephemeral_with_escaped_input(running: Running) -> None:
    name = "||@everyone|| **Zorglub**"
    result = await running.sandbox.command("character", {"name": name})
    assert result.ephemeral
    content = result.content
    plain, hidden = split_visible(content)
    assert hidden == ""  # the user's `||` did not open a spoiler
    assert "@everyone" in plain
    assert "\\*\\*Zorglub\\*\\*" in content  # markdown escaped
    assert result.message.allowed_mentions == {"parse": []}


async def test_a_miss_with_candidates_suggests_up_to_three(running: Running) -> None:
    result = await running.sandbox.command("character", {"name": "Ro"})
    assert result.message is not None
    if result.ephemeral:  # "Ro" may resolve by prefix; if not, it must suggest
        assert "Rouge Redstar" in result.content


# -------------------------------------------------------------------------------- /recap


async def test_recap_is_wholly_spoiler_wrapped_and_complete(running: Running) -> None:
    sandbox = running.sandbox
    result = await sandbox.command("recap", {"episode": 1})
    message = result.message
    assert message is not None and not result.ephemeral
    # the channel has watched nothing: the episode's title leaves the embed title, wrapped
    assert "Crimson Is The Sound of Dawn" not in message.embeds[0]["title"]
    lead, first = message.embeds[0]["description"].split("\n\n", 1)
    plain, hidden = split_visible(lead)
    assert (plain.strip(), hidden) == ("Episode title:", "Crimson Is The Sound of Dawn")
    pages = [first]
    while message.find_component(NEXT_PAGE) and not message.find_component(NEXT_PAGE).get(
        "disabled"
    ):
        await sandbox.click(message, NEXT_PAGE)
        pages.append(message.embeds[0]["description"])
    hidden_words: list[str] = []
    for page in pages:
        plain, hidden = split_visible(page)
        assert words(plain) == [], f"recap text shown unwrapped: {plain[:200]!r}"
        hidden_words += words(hidden)
    assert hidden_words == words(recap_of_episode_1())


async def test_recap_of_an_episode_without_one_says_which_have_one(running: Running) -> None:
    result = await running.sandbox.command("recap", {"episode": 2})
    assert result.ephemeral
    assert "episode 2" in result.content
    assert re.search(r"\b1\b", result.content)


# -------------------------------------------------------------------------------- /search


async def test_search_ranks_hits_and_wraps_recap_snippets(running: Running) -> None:
    result = await running.sandbox.command("search", {"query": "Nectar"})
    message = result.message
    assert message is not None
    fields = message.embeds[0]["fields"]
    assert fields
    for f in fields:
        plain, hidden = split_visible(f["value"])
        if "Recap" in f["value"]:
            assert "Nectar" not in plain and "Nectar" in hidden
    assert any("Nectar" in split_visible(f["value"])[1] for f in fields)


async def test_search_with_fts_syntax_is_answered(running: Running) -> None:
    result = await running.sandbox.command("search", {"query": 'NEAR("Rouge" * -) OR:'})
    assert result.message is not None  # answered, not an error


async def test_search_without_hits_says_so(running: Running) -> None:
    result = await running.sandbox.command("search", {"query": "zzzzqqq"})
    assert result.message is not None
    assert "zzzzqqq" in result.message.text()


# ---------------------------------------------------------------------------------- /help


async def test_help_lists_every_command(running: Running) -> None:
    result = await running.sandbox.command("help")
    assert result.ephemeral
    text = result.message.text()
    for name in ("/review", "/character", "/recap", "/search", "/help"):
        assert name in text


# ---------------------------------------------------------------------------- autocomplete


async def test_character_autocomplete_prefix_alias_and_fuzzy(running: Running) -> None:
    sandbox = running.sandbox
    naomi = await sandbox.autocomplete("character", {"name": "Nao"}, "name")
    assert naomi.callback_type == 8
    assert naomi.choices and naomi.choices[0]["value"] == "Naomi Orthmann"
    fuzzy = await sandbox.autocomplete("character", {"name": "Rogue"}, "name")
    assert "Rouge Redstar" in [c["value"] for c in fuzzy.choices]
    everyone = await sandbox.autocomplete("character", {"name": ""}, "name")
    assert 1 <= len(everyone.choices) <= 25
    for choice in everyone.choices:
        assert 1 <= len(choice["name"]) <= 100 and 1 <= len(choice["value"]) <= 100


async def test_anime_autocomplete(running: Running) -> None:
    result = await running.sandbox.autocomplete("review", {"anime": "metal"}, "anime")
    assert [c["value"] for c in result.choices] == ["Metallic Rouge"]


# ---------------------------------------------------------------------------------- paging


async def test_only_the_caller_can_turn_pages(running: Running) -> None:
    sandbox = running.sandbox
    result = await sandbox.command("review", {"episode": 1})
    message = result.message
    before = message.embeds[0]["title"]
    refused = await sandbox.click(message, NEXT_REVIEW, user=sandbox.other_user)
    assert refused.ephemeral
    assert "Only the person who ran this command" in refused.content
    assert message.embeds[0]["title"] == before


async def test_paging_view_disables_itself_on_timeout(start_bot) -> None:
    async with start_bot(view_timeout=0.2) as (sandbox, _bot):
        result = await sandbox.command("recap", {"episode": 1})
        message = result.message
        assert message.find_component(NEXT_PAGE)["disabled"] is False
        while message.find_component(NEXT_PAGE).get("disabled") is not True:
            await result.wait_for_update(timeout=5.0)
        assert all(c.get("disabled") for c in message.iter_components() if c.get("type") == 2)
        with pytest.raises(SandboxError, match="disabled"):
            await sandbox.click(message, NEXT_PAGE)
        assert sandbox.violations == []


# ------------------------------------------------------------------------ errors and limits


async def test_cooldown_answers_ephemerally(start_bot) -> None:
    async with start_bot(cooldown=(2, 60.0)) as (sandbox, _bot):
        for _ in range(2):
            ok = await sandbox.command("search", {"query": "Rouge"})
            assert "Slow down" not in ok.message.text()
        limited = await sandbox.command("search", {"query": "Rouge"})
        assert limited.ephemeral
        assert "Slow down" in limited.content
        other = await sandbox.command("search", {"query": "Rouge"}, user=sandbox.other_user)
        assert "Slow down" not in other.message.text()  # per user, not per channel


async def test_unexpected_error_is_logged_and_answered_generically(
    running: Running, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("database on fire")

    monkeypatch.setattr(running.bot.store, "resolve_character", broken)
    with caplog.at_level(logging.ERROR):
        result = await running.sandbox.command("character", {"name": "Rouge"})
    assert result.ephemeral
    assert "database on fire" not in result.content
    assert "Traceback" not in result.content
    assert any(r.exc_info and "database on fire" in str(r.exc_info[1]) for r in caplog.records), (
        "the unexpected error was not logged with its traceback"
    )
