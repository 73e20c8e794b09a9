"""Issue 10, item 10: /settings stays within Discord's limits with many long anime titles."""

from __future__ import annotations

from bot.models import Catalog
from bot.render.limits import CONTENT_LIMIT
from discord_sandbox import InteractionResult
from tests.e2e.conftest import Running, unescape


def long_title(i: int) -> str:
    # markdown characters make the escaped title longer than the 100 characters typed
    head = f"Anime_{i:02d} *the* very_long [title] "
    return (head + "of_a_show_" * 10)[:100]


TITLES = [long_title(i) for i in range(12)]


async def settings_reply(
    running: Running, options: dict[str, object], expect: list[str]
) -> list[str]:
    """Every message of one /settings answer (the reply and its follow-ups), as shown, once
    all the `expect`ed lines have arrived."""
    sandbox = running.sandbox
    result: InteractionResult = await sandbox.command("settings", options, user=sandbox.owner)
    assert result.ok, result.error
    assert result.ephemeral
    assert result.message is not None

    def shown() -> list[str]:
        messages = [result.message, *result.followups]
        return [m.payload().get("content") or "" for m in messages if m is not None]

    while not all(line in unescape("\n".join(shown())) for line in expect):
        await result.wait_for_update(timeout=5.0)
    for content in shown():
        assert 0 < len(content) <= CONTENT_LIMIT
    return [unescape(c) for c in shown()]


async def test_settings_with_a_dozen_long_titled_anime_answers_within_limits(
    running: Running,
) -> None:
    store, guild = running.bot.store, running.sandbox.guild_id
    for i, title in enumerate(TITLES):
        show = await store.upsert_catalog(
            Catalog(title=title, slug=f"long-anime-{i}", episode_count=12)
        )
        await store.set_guild_progress(guild, show.id, i + 1)
    expected = [f"Default progress for {t}: episode {i + 1}" for i, t in enumerate(TITLES)]

    # everything changed at once, with the longest possible summary of changes
    expected[7] = f"Default progress for {TITLES[7]}: episode 3"
    options = {"policy": "ephemeral", "default_anime": TITLES[5], "default_progress": 3}
    pages = await settings_reply(
        running,
        {**options, "anime": TITLES[7]},
        [f"Default anime: {TITLES[5]}", *expected],
    )
    assert len(pages) > 1, "a dozen long titles need more than one message"
    assert pages[0].startswith("Saved:")

    # and a bare /settings lists every default progress, none lost
    await settings_reply(running, {}, expected)
    assert running.sandbox.violations == []
