"""bot/render.py: pages and embeds built from the seed documents, always within Discord's limits.

Expected values come from the seed documents (data/seeds) and Discord's documented limits. The
markdown checks use a small reference reader written here: a backslash escapes the next
character and ``||`` opens or closes a spoiler.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import discord
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.ingest.detect.verdict import document_facts
from bot.models import (
    Alias,
    Anime,
    Character,
    Document,
    DocumentKind,
    Fact,
    Mention,
    Score,
    SearchHit,
    Section,
    SectionKind,
)
from bot.render import (
    Page,
    anime_list_message,
    character_card,
    did_you_mean,
    episodes_with,
    help_embed,
    limit_violations,
    recap_pages,
    review_book,
    search_embed,
)
from bot.spoilers import Gate
from tests.discord_text import unescape
from tests.discord_text import unescaped_delimiters as delimiters
from tests.seed_texts import (
    EPISODE_REVIEW_TEXT,
    FIRST_IMPRESSIONS_TEXT,
    RECAP_TEXT,
    SEASON_REVIEW_TEXT,
)

SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ------------------------------------------------------------------ the builders, unwrapped
# Each builder returns `Rendered` (its pages and whether the gate hid anything); these give the
# pages or the embed the assertions read.


def book(doc: Document, **kwargs: Any) -> list[Page]:
    return list(review_book(doc, **kwargs).books[0])


def card_embed(ch: Character, mentions: Sequence[Mention], **kwargs: Any) -> discord.Embed:
    return character_card(ch, mentions, **kwargs).books[0][0].embeds[0]


def recap(*args: Any, **kwargs: Any) -> list[Page]:
    return recap_pages(*args, **kwargs).pages


def search_result(query: str, hits: Sequence[SearchHit], **kwargs: Any) -> discord.Embed:
    return search_embed(query, hits, **kwargs).books[0][0].embeds[0]


# --------------------------------------------------------------------------- markdown reader


def live(text: str, token: str) -> bool:
    """True when ``token`` occurs in ``text`` at a position no backslash escapes."""
    i = 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text.startswith(token, i):
            return True
        i += 1
    return False


def spans_of(text: str) -> list[str]:
    """The spoiler spans of ``text`` (delimiters must pair up); their visible inner text."""
    marks = delimiters(text)
    assert len(marks) % 2 == 0, text[:300]
    inners = []
    for k in range(0, len(marks), 2):
        inner = text[marks[k] + 2 : marks[k + 1]]
        assert "||" not in inner  # Discord's lazy regex would close the span here
        assert not inner.endswith("|")
        inners.append(unescape(inner))
    return inners


def only_spans(text: str) -> list[str]:
    """``text`` is nothing but whole spans separated by " " or a blank line."""
    marks = delimiters(text)
    assert marks
    assert marks[0] == 0
    assert marks[-1] == len(text) - 2
    for k in range(1, len(marks) - 1, 2):
        assert text[marks[k] + 2 : marks[k + 1]] in (" ", "\n\n")
    return spans_of(text)


def words(text: str) -> list[str]:
    return text.split()


def markdown_texts(embed: discord.Embed) -> list[str]:
    """Every part of an embed Discord renders as markdown."""
    texts = [embed.title or "", embed.description or ""]
    for field in embed.fields:
        texts += [field.name or "", field.value or ""]
    return texts


def assert_sendable(page: Page) -> None:
    """Within every limit; spans pair up; no live mention or markup from the data."""
    assert limit_violations(page) == []
    texts = [page.content or ""] + [t for e in page.embeds for t in markdown_texts(e)]
    for text in texts:
        spans_of(text)
        for token in ("<@", "<#", "@everyone", "@here", "~~", "__"):
            assert not live(text, token), (token, text[:200])
    for text in texts[1:]:  # embeds never use code spans (content may quote `anime:`)
        assert not live(text, "`"), text[:200]


# --------------------------------------------------------------------------- the seeds as models


def with_facts(doc: Document) -> Document:
    """`doc` with its verdict and opening as ingest works them out (the store returns them)."""
    return replace(doc, facts=document_facts(doc.sections))


FIRST_IMPRESSIONS = with_facts(
    Document(
        id=1,
        anime_id=1,
        anime_title="Metallic Rouge",
        title="Metallic Rouge – Ep. 1 (First Impressions)",
        kind=DocumentKind.FIRST_IMPRESSIONS,
        episode=1,
        episode_title=None,
        score=None,
        url=None,
        author=None,
        published=None,
        source_name="000_795f6227bf50d81c.txt",
        sections=(Section(1, 1, 0, SectionKind.REVIEW, None, FIRST_IMPRESSIONS_TEXT, False, 1),),
    )
)
SEASON_REVIEW = with_facts(
    Document(
        id=2,
        anime_id=1,
        anime_title="Metallic Rouge",
        title="Metallic Rouge: Anime Review",
        kind=DocumentKind.SEASON_REVIEW,
        episode=None,
        episode_title=None,
        score=Score(raw="70 out of 100", value=70, scale=100),
        url="https://example.com/metallic-rouge-anime-review",
        author=None,
        published=None,
        source_name="002_05acd5367272322e.txt",
        sections=(Section(2, 2, 0, SectionKind.REVIEW, None, SEASON_REVIEW_TEXT, True, 13),),
    )
)
RECAP_AND_REVIEW = with_facts(
    Document(
        id=3,
        anime_id=1,
        anime_title="Metallic Rouge",
        title="Metallic Rouge – Season 1 Episode 1 Recap & Review",
        kind=DocumentKind.EPISODE_REVIEW,
        episode=1,
        episode_title="Crimson Is The Sound of Dawn",
        score=None,
        url=None,
        author=None,
        published=None,
        source_name="003_26f864859a59a1b2.txt",
        sections=(
            Section(
                3, 3, 0, SectionKind.RECAP, "Crimson Is The Sound of Dawn", RECAP_TEXT, True, 1
            ),
            Section(
                4, 3, 1, SectionKind.REVIEW, "The Episode Review", EPISODE_REVIEW_TEXT, False, 1
            ),
        ),
    )
)


def fields(embed: discord.Embed) -> dict[str, str]:
    return {f.name or "": f.value or "" for f in embed.fields}


# --------------------------------------------------------------------------- Page / limits


def test_page_kwargs_always_set_content_and_embeds() -> None:
    embed = discord.Embed(title="Rouge")
    assert Page(embeds=(embed,)).kwargs() == {"content": None, "embeds": [embed]}
    assert Page(content="Naomi").kwargs() == {"content": "Naomi", "embeds": []}


@pytest.mark.parametrize(
    ("page", "problem"),
    [
        (Page(content="x" * 2001), "content"),
        (Page(embeds=tuple(discord.Embed(title="t") for _ in range(11))), "embeds"),
        (Page(embeds=(discord.Embed(title="t" * 257),)), "title"),
        (Page(embeds=(discord.Embed(description="d" * 4097),)), "description"),
        (Page(embeds=(discord.Embed(title="t").set_footer(text="f" * 2049),)), "footer"),
        (Page(embeds=(discord.Embed(title="t").set_author(name="a" * 257),)), "author"),
        (Page(embeds=(discord.Embed(title="t").add_field(name="n" * 257, value="v"),)), "name"),
        (Page(embeds=(discord.Embed(title="t").add_field(name="n", value="v" * 1025),)), "value"),
        (Page(embeds=(discord.Embed(title="t").add_field(name=" ", value="v"),)), "empty"),
        (Page(embeds=(discord.Embed(title="t").add_field(name="n", value=""),)), "empty"),
        (Page(embeds=(discord.Embed(title="t", url="not a url"),)), "url"),
        (Page(), "empty"),
        (Page(content="   "), "empty"),
        (Page(embeds=(discord.Embed(),)), "empty"),
        (
            Page(
                embeds=(
                    discord.Embed(description="d" * 3000),
                    discord.Embed(description="d" * 3001),
                )
            ),
            "6000",
        ),
    ],
)
def test_limit_violations_finds_each_broken_limit(page: Page, problem: str) -> None:
    found = limit_violations(page)
    assert found
    assert any(problem in p for p in found), found


def test_limit_violations_accepts_a_page_at_the_limits() -> None:
    embed = discord.Embed(title="t" * 256, description="d" * 4096, url="https://example.com/a_b")
    embed.add_field(name="n" * 256, value="v" * 1024)
    embed.set_footer(text="f" * 368)  # 256 + 4096 + 256 + 1024 + 368 = 6000
    assert limit_violations(Page(content="c" * 2000, embeds=(embed,))) == []
    fields25 = discord.Embed(title="t")
    for _ in range(25):
        fields25.add_field(name="n", value="v")
    assert limit_violations(Page(embeds=(fields25,))) == []
    fields25.add_field(name="n", value="v")
    assert limit_violations(Page(embeds=(fields25,)))


# --------------------------------------------------------------------------- /review


def test_review_book_summary_of_the_recap_and_review() -> None:
    pages = book(RECAP_AND_REVIEW, index=1, total=3, gate=Gate(progress=1))
    for page in pages:
        assert_sendable(page)
    summary = pages[0].embeds[0]
    assert summary.title == "Metallic Rouge – Season 1 Episode 1 Recap & Review"
    values = fields(summary)
    assert values["Kind"] == "Episode review"
    assert values["Episode"] == "1 — Crimson Is The Sound of Dawn"
    assert "Score" not in values
    assert values["Verdict"].startswith("Overall, this introductory chapter wasn’t solid.")
    assert values["Opening"].startswith("Studio Bones, the studio responsible")
    assert "||" not in values["Verdict"]  # episode 1 is watched, and it is no spoiler


def test_review_book_without_progress_wraps_what_is_about_an_episode() -> None:
    rendered = review_book(RECAP_AND_REVIEW, index=1, total=1, gate=Gate())
    assert rendered.hidden
    pages = rendered.books[0]
    summary = pages[0].embeds[0]
    # the title is about episode 1, beyond a reader who watched nothing: an embed title cannot
    # hold a spoiler, so it is neutral and the real one is wrapped in the description
    assert summary.title == "Review of episode 1"
    assert only_spans(summary.description or "") == [
        "Metallic Rouge – Season 1 Episode 1 Recap & Review"
    ]
    values = fields(summary)
    assert only_spans(values["Episode"].removeprefix("1 — ")) == ["Crimson Is The Sound of Dawn"]
    assert only_spans(values["Verdict"])[0].startswith(
        "Overall, this introductory chapter wasn’t solid."
    )
    # one notice for the whole answer, on its first page only
    assert (summary.footer.text or "").endswith(Gate().notice())
    for page in pages[1:]:
        assert Gate().notice() not in (page.embeds[0].footer.text or "")
    for page in pages:
        assert_sendable(page)


def test_review_book_pages_hold_the_review_but_not_the_recap() -> None:
    pages = book(RECAP_AND_REVIEW, index=2, total=3, gate=Gate(progress=1))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert page.embeds[0].footer.text == f"Review 2 of 3 · page {number} of {len(pages)}"
    body = "\n\n".join(p.embeds[0].description or "" for p in pages[1:])
    assert words(unescape(body)) == words(EPISODE_REVIEW_TEXT)
    assert "Naomi Orthmann sending her bird" not in body
    assert all(len(p.embeds[0].description or "") <= 1800 for p in pages[1:])


def test_review_book_hides_a_spoiler_review_whole() -> None:
    pages = book(SEASON_REVIEW, index=1, total=1, gate=Gate(progress=12))
    for page in pages:
        assert_sendable(page)
    summary = pages[0].embeds[0]
    values = fields(summary)
    assert "70 out of 100" in values["Score"]  # scores are no spoilers
    assert "70/100" in values["Score"]
    # about episode 13: the title (and the page address, which carries it) stay wrapped
    assert summary.title == "Season review"
    assert summary.url is None
    (source,) = only_spans(values["Source"])
    assert source == "https://example.com/metallic-rouge-anime-review"
    (verdict_shown,) = only_spans(values["Verdict"])
    assert verdict_shown.startswith("So in the final assessment")
    assert "70 out of 100" in verdict_shown
    (opening_shown,) = only_spans(values["Opening"])
    assert opening_shown.startswith("This review contains a Discord mod’s favourite kind")
    bodies = [p.embeds[0].description or "" for p in pages[1:]]
    seen = [w for body in bodies for inner in only_spans(body) for w in inner.split()]
    assert seen == words(SEASON_REVIEW_TEXT)


def test_review_book_follows_the_readers_progress() -> None:
    watched = book(SEASON_REVIEW, index=1, total=1, gate=Gate(progress=13, last_episode=13))
    assert "||" not in fields(watched[0].embeds[0])["Verdict"]
    assert watched[0].embeds[0].title == "Metallic Rouge: Anime Review"
    behind = book(SEASON_REVIEW, index=1, total=1, gate=Gate(progress=3))
    assert only_spans(fields(behind[0].embeds[0])["Verdict"])[0].startswith(
        "So in the final assessment"
    )
    assert (behind[0].embeds[0].footer.text or "").endswith(Gate(progress=3).notice())
    for page in behind[1:]:
        only_spans(page.embeds[0].description or "")
        assert_sendable(page)


def test_review_book_scores_on_other_scales() -> None:
    stars = Score(raw="3.5/5 stars", value=3.5, scale=5)
    pages = book(replace(SEASON_REVIEW, score=stars), index=1, total=1, gate=Gate())
    assert fields(pages[0].embeds[0])["Score"] == "3.5/5 stars (70/100)"
    broken = Score(raw="10 out of 0", value=10, scale=0)
    pages = book(replace(SEASON_REVIEW, score=broken), index=1, total=1, gate=Gate())
    assert fields(pages[0].embeds[0])["Score"] == "10 out of 0"


def test_review_book_footer_counts_reviews_and_pages() -> None:
    pages = book(FIRST_IMPRESSIONS, index=1, total=2, gate=Gate(progress=1))
    assert pages[0].embeds[0].footer.text == f"Review 1 of 2 · page 1 of {len(pages)}"
    assert pages[0].embeds[0].url is None
    assert fields(pages[0].embeds[0])["Verdict"].startswith("For now, I’m cautiously optimistic")


# --------------------------------------------------------------------------- /recap


def test_recap_pages_hide_every_word() -> None:
    pages = recap(
        "Metallic Rouge",
        1,
        "Crimson Is The Sound of Dawn",
        [(RECAP_AND_REVIEW, RECAP_AND_REVIEW.sections[0])],
        gate=Gate(progress=1),  # watched, but a public recap stays wrapped
    )
    assert len(pages) >= -(-len(RECAP_TEXT) // 1800)
    seen = []
    for number, page in enumerate(pages, start=1):
        assert_sendable(page)
        embed = page.embeds[0]
        assert embed.title == "Recap — Metallic Rouge episode 1: Crimson Is The Sound of Dawn"
        source = (
            "Source: Metallic Rouge – Season 1 Episode 1 Recap & Review"
            f" · page {number} of {len(pages)}"
        )
        notice = f" · {Gate(progress=1).notice()}" if number == 1 else ""
        assert embed.footer.text == source + notice
        seen += [w for inner in only_spans(embed.description or "") for w in inner.split()]
    assert seen == words(RECAP_TEXT)


def test_a_recap_beyond_the_readers_keeps_its_titles_out_of_title_and_footer() -> None:
    rendered = recap_pages(
        "Metallic Rouge",
        1,
        "Crimson Is The Sound of Dawn",
        [(RECAP_AND_REVIEW, RECAP_AND_REVIEW.sections[0])],
        gate=Gate(),
    )
    assert rendered.hidden
    for _number, page in enumerate(rendered.pages, start=1):
        embed = page.embeds[0]
        assert embed.title == "Recap — Metallic Rouge episode 1"
        assert (embed.footer.text or "").startswith("Source: a recap of episode 1 · page")
        assert "Recap & Review" not in (embed.footer.text or "")
    lead, _ = (rendered.pages[0].embeds[0].description or "").split("\n\n", 1)
    assert lead.startswith("Episode title: ")
    assert only_spans(lead.removeprefix("Episode title: ")) == ["Crimson Is The Sound of Dawn"]


@pytest.mark.parametrize(
    ("gate", "hidden"),
    [
        (Gate(), True),
        (Gate(reveal_recaps=True), True),  # no progress known: still hidden
        (Gate(progress=1), True),  # server policy keeps recaps hidden
        (Gate(progress=1, reveal_recaps=True), False),
        (Gate(progress=0, reveal_recaps=True), True),  # not watched yet
    ],
)
def test_recap_pages_reveal_only_when_policy_and_progress_allow(gate: Gate, hidden: bool) -> None:
    pages = recap(
        "Metallic Rouge", 1, None, [(RECAP_AND_REVIEW, RECAP_AND_REVIEW.sections[0])], gate=gate
    )
    first = pages[0].embeds[0]
    assert first.title == "Recap — Metallic Rouge episode 1"
    assert ("||" in (first.description or "")) is hidden
    assert (first.description or "").startswith("||Episode 1" if hidden else "Episode 1")


# --------------------------------------------------------------------------- /character

VIOLA = Character(
    id=7,
    anime_id=1,
    anime_title="Metallic Rouge",
    name="Viola Keane",
    aliases=(Alias("Sara", None), Alias("Sara Fitzgerald", None), Alias("Purgatory Viola", 1)),
    voice_actor="Yu Shimamura",
    description="A singer at Club Canal.",
    first_episode=1,
    facts=(Fact("One of the Immortal Nine.", 1),),
)
SPOILER_SENTENCE = (
    "In this episode, she investigates her third target: a singer named Sara Fitzgerald, who "
    "Rogue discovers to be one of the Immortal Nine named Viola (Yu Shimamura)."
)
PLAIN_SENTENCE = (
    "The duel between Rouge and Viola is fun but it’s a bit lacking in fight choreography."
)


def mention(sentence: str, *, spoiler: bool, about: int | None = 1) -> Mention:
    return Mention(
        character_id=7,
        section_id=1,
        document_id=1,
        document_title="Metallic Rouge – Ep. 1 (First Impressions)",
        document_kind=DocumentKind.FIRST_IMPRESSIONS,
        url=None,
        episode=1,
        sentence=sentence,
        spoiler=spoiler,
        about_episode=about,
    )


def test_character_card_hides_revealed_details_without_progress() -> None:
    mentions = [
        mention(SPOILER_SENTENCE, spoiler=True),
        mention(PLAIN_SENTENCE, spoiler=False, about=None),
    ]
    card = card_embed(VIOLA, mentions, gate=Gate())
    assert_sendable(Page(embeds=(card,)))
    assert card.title == "Viola Keane"
    values = fields(card)
    assert values["Aliases"] == "Sara, Sara Fitzgerald, ||Purgatory Viola||"
    assert values["Voice actor"] == "Yu Shimamura"
    assert values["Anime"] == "Metallic Rouge"
    # she first appears in episode 1, beyond a reader who watched nothing: her first episode
    # and description are wrapped too
    assert values["First episode"] == "||Episode 1||"
    assert spans_of(card.description or "") == [
        "A singer at Club Canal.",
        "One of the Immortal Nine.",
    ]
    said = values["What reviewers said"]
    title = "Metallic Rouge – Ep. 1 (First Impressions)"
    # each quote whole in one span; the unknown episode of the second is the last one, so it is
    # wrapped too; the source title is about episode 1, beyond the reader
    assert spans_of(said) == [SPOILER_SENTENCE, title, PLAIN_SENTENCE, title]
    assert (card.footer.text or "") == Gate().notice()


def test_a_quote_naming_an_alias_still_hidden_is_wrapped_whatever_its_episode() -> None:
    mentions = [mention(PLAIN_SENTENCE, spoiler=False, about=1)]  # names "Viola"
    secrets = (("Viola", 3),)
    before = card_embed(VIOLA, mentions, gate=Gate(progress=1, secrets=secrets))
    assert PLAIN_SENTENCE in spans_of(fields(before)["What reviewers said"])
    after = card_embed(VIOLA, mentions, gate=Gate(progress=3, secrets=secrets))
    assert "||" not in fields(after)["What reviewers said"]


def test_character_card_reveals_what_the_reader_has_watched() -> None:
    mentions = [mention(SPOILER_SENTENCE, spoiler=True, about=1)]
    card = card_embed(VIOLA, mentions, gate=Gate(progress=1))
    assert fields(card)["Aliases"] == "Sara, Sara Fitzgerald, Purgatory Viola"
    assert "||" not in (card.description or "")
    assert "||" not in fields(card)["What reviewers said"]
    behind = character_card(VIOLA, mentions, gate=Gate(progress=0))
    assert behind.hidden
    embed = behind.books[0][0].embeds[0]
    assert fields(embed)["Aliases"].endswith("||Purgatory Viola||")
    assert embed.footer.text == Gate(progress=0).notice()  # said once, not under each quote
    assert "Beyond" not in fields(embed)["What reviewers said"]


def test_character_card_drops_quotes_rather_than_cutting_one() -> None:
    long = "Rouge " * 160  # 960 chars: too long for a quote, so it is truncated before wrapping
    mentions = [mention(long, spoiler=True) for _ in range(40)]
    card = card_embed(VIOLA, mentions, gate=Gate())
    assert_sendable(Page(embeds=(card,)))
    quotes = [
        v
        for f in card.fields
        if f.name and f.name.startswith("What reviewers said")
        for v in spans_of(f.value or "")
        if v != "Metallic Rouge – Ep. 1 (First Impressions)"  # each quote's source, wrapped
    ]
    assert 0 < len(quotes) < 40
    assert all(q.endswith("…") and q.startswith("Rouge Rouge") for q in quotes)


def test_character_card_without_mentions() -> None:
    card = card_embed(VIOLA, [], gate=Gate())
    assert fields(card)["What reviewers said"] == "No reviewer has mentioned them yet."


# --------------------------------------------------------------------------- /search


def hit(kind: SectionKind, snippet: str, *, spoiler: bool, about: int | None = 1) -> SearchHit:
    return SearchHit(
        section_id=1,
        document_id=3,
        document_title="Metallic Rouge – Season 1 Episode 1 Recap & Review",
        anime_title="Metallic Rouge",
        kind=kind,
        episode=1,
        snippet=snippet,
        spoiler=spoiler,
        about_episode=about,
        rank=1.0,
    )


def test_search_embed_hides_recap_snippets() -> None:
    recap = "Scar Head refuses the Nectar because he knows the woman will cease to function"
    review = "the android characters in this anime evoke a similar aura"
    embed = search_result(
        "Nectar",
        [
            hit(SectionKind.RECAP, recap, spoiler=True),
            hit(SectionKind.REVIEW, review, spoiler=False, about=None),
        ],
        gate=Gate(progress=1, last_episode=13),
    )
    assert_sendable(Page(embeds=(embed,)))
    assert "Nectar" in (embed.title or "")
    first, second = embed.fields
    assert first.name == "Metallic Rouge – Season 1 Episode 1 Recap & Review — episode 1"
    assert spans_of(first.value or "") == [recap]  # a recap stays wrapped even within progress
    # a passage of unknown episode is about the last one (13): wrapped at progress 1
    assert spans_of(second.value or "") == [review]


def test_search_hits_beyond_the_readers_get_neutral_names_and_wrapped_titles() -> None:
    review = "the android characters in this anime evoke a similar aura"
    rendered = search_embed("aura", [hit(SectionKind.REVIEW, review, spoiler=False)], gate=Gate())
    assert rendered.hidden
    embed = rendered.books[0][0].embeds[0]
    (field,) = embed.fields
    assert field.name == "Metallic Rouge — a review of episode 1"  # names cannot hold spoilers
    assert spans_of(field.value or "") == [
        "Metallic Rouge – Season 1 Episode 1 Recap & Review",
        review,
    ]
    assert embed.footer.text == Gate().notice()


def test_search_embed_escapes_the_query_and_handles_no_hits() -> None:
    embed = search_result("||Viola|| <@1> **x**", [], gate=Gate())
    assert_sendable(Page(embeds=(embed,)))
    assert "\\|\\|Viola\\|\\|" in (embed.title or "")
    assert "nothing stored matches" in (embed.description or "")
    assert not embed.fields


# --------------------------------------------------------------------------- small messages


def test_help_embed_lists_commands() -> None:
    commands = [
        (
            "/review [episode:] [anime:]",
            "What reviewers thought of an episode, or of the whole season",
        ),
        ("/recap episode: [anime:]", "What happened in an episode (spoiler-tagged)"),
    ]
    embed = help_embed(commands)
    assert_sendable(Page(embeds=(embed,)))
    assert [unescape(f.name or "") for f in embed.fields] == [c[0] for c in commands]
    assert [f.value for f in embed.fields] == [c[1] for c in commands]


def test_help_embed_fits_even_too_many_commands() -> None:
    embed = help_embed([(f"/c{i} " + "x" * 300, "y" * 2000) for i in range(40)])
    assert_sendable(Page(embeds=(embed,)))


def test_anime_list_message() -> None:
    assert anime_list_message([]) == "No anime are stored yet."
    one = anime_list_message([Anime(1, "metallic-rouge", "Metallic Rouge", 13)])
    assert one == "I know **Metallic Rouge**."
    two = anime_list_message(
        [Anime(1, "metallic-rouge", "Metallic Rouge", 13), Anime(2, "x", "Bo*cchi", None)]
    )
    assert two == "I know **Metallic Rouge** and **Bo\\*cchi**. Pick one with `anime:`."
    many = anime_list_message([Anime(i, f"a{i}", "A" * 500, None) for i in range(200)])
    assert len(many) < 2000
    assert many.endswith("Pick one with `anime:`.")


def test_did_you_mean() -> None:
    assert did_you_mean("Rogue", ["Rouge", "Rouge Redstar", "Naomi Orthmann", "Jaron"]) == (
        "I couldn't find **Rogue**. "
        "Did you mean **Rouge**, **Rouge Redstar** or **Naomi Orthmann**?"
    )
    assert did_you_mean("Rogue", ["Rouge"]) == "I couldn't find **Rogue**. Did you mean **Rouge**?"
    nothing = did_you_mean("<@1> ||x||", [])
    assert nothing.startswith("I couldn't find **\\<@1> \\|\\|x\\|\\|**.")
    assert len(did_you_mean("x" * 5000, ["y" * 5000] * 3)) < 2000


def test_episodes_with() -> None:
    assert episodes_with("Recaps", [1, 2, 5]) == "Recaps exist for episodes 1, 2 and 5."
    assert episodes_with("Recaps", []) == "No recaps stored yet."
    assert episodes_with("Episode reviews", []) == "No episode reviews stored yet."
    assert episodes_with("Reviews", [1]) == "Reviews exist for episode 1."
    assert episodes_with("Reviews", [5, 3, 1, 2, 3]) == "Reviews exist for episodes 1–3 and 5."
    assert len(episodes_with("Recaps", range(1, 10000, 2))) < 1000


# ------------------------------------------------------------------- every builder, hostile text

FRAGMENTS = [
    "||",
    "|",
    "\\",
    "`",
    "```",
    "**",
    "__",
    "~~",
    "> ",
    "# ",
    "- ",
    "1. ",
    "[a](b)",
    "@everyone",
    "@here",
    "<@123>",
    "<#9>",
    " ",
    "\n",
    "\n\n",
    "Rouge",
    "Naomi",
    "🟥",
]
hostile = st.one_of(
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=30).map("".join),
    st.builds(
        lambda parts, size: ("".join(parts) * (size // len("".join(parts)) + 1))[:size],
        st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8),
        st.integers(min_value=1, max_value=20_000),
    ),
)
nonblank = hostile.filter(lambda s: bool(s.strip()))
gates = st.builds(
    Gate,
    progress=st.one_of(st.none(), st.integers(min_value=0, max_value=20)),
    reveal_recaps=st.booleans(),
)
episodes = st.one_of(st.none(), st.integers(min_value=1, max_value=30))


@st.composite
def documents(draw: st.DrawFn) -> Document:
    sections = tuple(
        Section(
            id=i,
            document_id=1,
            position=i,
            kind=draw(st.sampled_from(SectionKind)),
            heading=draw(st.one_of(st.none(), hostile)),
            text=draw(hostile),
            spoiler=draw(st.booleans()),
            about_episode=draw(episodes),
        )
        for i in range(draw(st.integers(min_value=0, max_value=3)))
    )
    score = draw(
        st.one_of(st.none(), st.builds(Score, raw=hostile, value=st.just(7.5), scale=st.just(10.0)))
    )
    return with_facts(
        Document(
            id=1,
            anime_id=1,
            anime_title=draw(hostile),
            title=draw(hostile),
            kind=draw(st.sampled_from(DocumentKind)),
            episode=draw(episodes),
            episode_title=draw(st.one_of(st.none(), hostile)),
            score=score,
            url=draw(st.one_of(st.none(), hostile, st.just("https://example.com/review_1"))),
            author=draw(st.one_of(st.none(), hostile)),
            published=None,
            source_name=None,
            sections=sections,
        )
    )


@SLOW
@given(documents(), gates, st.integers(min_value=1, max_value=99))
def test_review_book_always_fits(doc: Document, gate: Gate, total: int) -> None:
    rendered = review_book(doc, index=1, total=total, gate=gate)
    pages = rendered.books[0]
    for page in pages:
        assert_sendable(page)
    reviews = [s for s in doc.sections if s.kind is SectionKind.REVIEW]
    hidden = [gate.hides(about_episode=s.about_episode, text=s.text) for s in reviews]
    if reviews and all(hidden):
        # nothing of a hidden review is readable outside a spoiler span
        for page in pages[1:]:
            only_spans(page.embeds[0].description or "")
    if any(hidden) and any(s.text.strip() for s in reviews):
        assert rendered.hidden  # it says what it hid


@SLOW
@given(
    hostile,
    episodes.filter(lambda e: e is not None),
    st.one_of(st.none(), hostile),
    st.lists(documents().filter(lambda d: bool(d.sections)), max_size=3),
    gates,
)
def test_recap_pages_always_fit(
    anime: str, episode: int, title: str | None, docs: list[Document], gate: Gate
) -> None:
    recaps = [(d, d.sections[0]) for d in docs]
    pages = recap(anime, episode, title, recaps, gate=gate)
    assert pages
    for page in pages:
        assert_sendable(page)
    if gate.progress is None or not gate.reveal_recaps:
        for page in pages:
            description = page.embeds[0].description or ""
            if description.startswith("Episode title: "):  # a title beyond, wrapped on its own
                lead, _, description = description.partition("\n\n")
                only_spans(lead.removeprefix("Episode title: "))
            if description != "This recap has no text.":
                only_spans(description)


@st.composite
def characters(draw: st.DrawFn) -> Character:
    return Character(
        id=1,
        anime_id=1,
        anime_title=draw(hostile),
        name=draw(hostile),
        aliases=tuple(
            draw(st.lists(st.builds(Alias, name=hostile, revealed_in=episodes), max_size=30))
        ),
        voice_actor=draw(st.one_of(st.none(), hostile)),
        description=draw(st.one_of(st.none(), hostile)),
        first_episode=draw(episodes),
        facts=tuple(
            draw(st.lists(st.builds(Fact, text=hostile, revealed_in=episodes), max_size=20))
        ),
    )


mentions_ = st.builds(
    Mention,
    character_id=st.just(1),
    section_id=st.just(1),
    document_id=st.just(1),
    document_title=hostile,
    document_kind=st.sampled_from(DocumentKind),
    url=st.none(),
    episode=episodes,
    sentence=hostile,
    spoiler=st.booleans(),
    about_episode=episodes,
)


@SLOW
@given(characters(), st.lists(mentions_, max_size=12), gates)
def test_character_card_always_fits(ch: Character, mentions: list[Mention], gate: Gate) -> None:
    card = card_embed(ch, mentions, gate=gate)
    assert_sendable(Page(embeds=(card,)))
    assert card.title


hits_ = st.builds(
    SearchHit,
    section_id=st.just(1),
    document_id=st.just(1),
    document_title=hostile,
    anime_title=hostile,
    kind=st.sampled_from(SectionKind),
    episode=episodes,
    snippet=hostile,
    spoiler=st.booleans(),
    about_episode=episodes,
    rank=st.just(1.0),
)


@SLOW
@given(hostile, st.lists(hits_, max_size=30), gates)
def test_search_embed_always_fits(query: str, hits: list[SearchHit], gate: Gate) -> None:
    embed = search_result(query, hits, gate=gate)
    assert_sendable(Page(embeds=(embed,)))
    for field, found in zip(embed.fields, hits, strict=False):
        recap = found.kind is SectionKind.RECAP
        hidden = gate.hides(about_episode=found.about_episode, recap=recap, text=found.snippet)
        if hidden and found.snippet.strip():
            assert delimiters(field.value or "")  # the snippet is inside a span


@SLOW
@given(hostile, st.lists(nonblank, max_size=10))
def test_messages_always_fit(query: str, suggestions: list[str]) -> None:
    for text in (
        did_you_mean(query, suggestions),
        anime_list_message([Anime(i, "s", s, None) for i, s in enumerate(suggestions)]),
    ):
        assert 0 < len(text) <= 2000
        assert_sendable(Page(content=text))
