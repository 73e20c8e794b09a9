"""/rate, /scores and the /review scores line, end to end through the sandbox.

Expected values: the seed documents (one scored document: the season review, "70 out of 100";
episode 1 is titled "Crimson Is The Sound of Dawn"), hand-computed means, Discord's upload rules
and the PNG specification (an 8-byte signature, then an IHDR chunk with width and height).
"""

from __future__ import annotations

import io
import struct

from PIL import Image

from bot.charts import WIDTH
from discord_sandbox import SandboxUser, StoredMessage
from tests.e2e.conftest import Running, set_server_progress

EPISODE_1_TITLE = "Crimson Is The Sound of Dawn"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHART_BYTES_MAX = 200 * 1024


async def progress(running: Running, episode: int, user: SandboxUser) -> None:
    result = await running.sandbox.command("progress", {"episode": episode}, user=user)
    assert result.ephemeral and f"episode {episode}" in result.content


async def rate(running: Running, user: SandboxUser, **options: object) -> str:
    result = await running.sandbox.command("rate", dict(options), user=user)
    assert result.ephemeral, "every /rate answer is for the rater alone"
    assert result.content is not None
    return result.content


async def anime_id(running: Running) -> int:
    return (await running.bot.store.list_anime())[0].id


# ---------------------------------------------------------------------------------- /rate


async def test_only_a_member_whose_own_progress_covers_the_episode_may_rate_it(
    running: Running,
) -> None:
    sandbox, store = running.sandbox, running.bot.store
    show, user = await anime_id(running), sandbox.user

    refused = await rate(running, user, episode=1, score=8)
    assert "/progress" in refused
    await set_server_progress(running, 13)  # the server's default doesn't count for ratings
    refused = await rate(running, user, episode=1, score=8)
    assert "/progress" in refused and "default progress doesn't count" in refused
    await progress(running, 1, user)
    refused = await rate(running, user, episode=2, score=8)  # watched 1, not 2
    assert "your progress is episode 1" in refused
    assert await store.member_aggregates(sandbox.guild_id, show) == {}

    saved = await rate(running, user, episode=1, score=8)
    assert "8/10" in saved
    assert await store.get_rating(sandbox.guild_id, show, 1, user.id) == 8
    again = await rate(running, user, episode=1, score=6)  # rating again replaces
    assert "6/10" in again and "was 8/10" in again
    agg = await store.member_aggregate(sandbox.guild_id, show, 1)
    assert agg is not None and (agg.count, agg.total) == (1, 6)

    both = await rate(running, user, episode=1, score=5, clear=True)
    assert "not both" in both
    assert await store.get_rating(sandbox.guild_id, show, 1, user.id) == 6
    neither = await rate(running, user, episode=1)
    assert "score" in neither
    cleared = await rate(running, user, episode=1, clear=True)
    assert cleared.startswith("Removed")
    assert await store.get_rating(sandbox.guild_id, show, 1, user.id) is None


async def test_forgetme_deletes_the_members_ratings(running: Running) -> None:
    sandbox, store = running.sandbox, running.bot.store
    show = await anime_id(running)
    await progress(running, 1, sandbox.user)
    await rate(running, sandbox.user, episode=1, score=9)
    await progress(running, 1, sandbox.other_user)
    await rate(running, sandbox.other_user, episode=1, score=4)
    prompt = await sandbox.command("forgetme")
    assert prompt.message is not None and "ratings" in prompt.message.content
    (delete_id,) = [c["custom_id"] for c in prompt.message.iter_components() if c.get("style") == 4]
    assert (await sandbox.click(prompt.message, delete_id)).ok
    assert "(1 progress record and 1 rating)" in prompt.message.content
    assert await store.get_rating(sandbox.guild_id, show, 1, sandbox.user.id) is None
    assert await store.get_rating(sandbox.guild_id, show, 1, sandbox.other_user.id) == 4


async def test_leaving_a_server_deletes_its_ratings(running: Running) -> None:
    sandbox, bot = running.sandbox, running.bot
    show = await anime_id(running)
    await progress(running, 1, sandbox.user)
    await rate(running, sandbox.user, episode=1, score=7)
    deleted = bot.wait_for("guild_data_deleted")
    sandbox.remove_guild(sandbox.guild_id)
    assert await deleted == sandbox.guild_id
    assert await bot.store.member_aggregates(sandbox.guild_id, show) == {}
    assert await bot.store.get_progress(sandbox.user.id, show) == 1  # a member's own, kept


# ------------------------------------------------------------------- /review's scores line


async def three_ratings(running: Running, scores: tuple[int, int, int]) -> None:
    sandbox = running.sandbox
    for user, score in zip((sandbox.user, sandbox.other_user, sandbox.owner), scores, strict=True):
        await progress(running, 1, user)
        await rate(running, user, episode=1, score=score)


async def test_review_shows_the_episodes_scores_line(running: Running) -> None:
    sandbox = running.sandbox
    await progress(running, 1, sandbox.user)
    await rate(running, sandbox.user, episode=1, score=9)
    few = await sandbox.command("review", {"episode": 1})
    assert few.message is not None
    assert "This server: 1 member, too few to show" in few.message.text()

    await three_ratings(running, (6, 7, 9))  # 22 / 3 = 7.33 -> 7.3
    result = await sandbox.command("review", {"episode": 1})
    assert result.message is not None
    text = result.message.text()
    assert "This server: 7.3/10 from 3 members" in text
    assert "Critics:" not in text  # no episode-1 document carries a score

    season = await sandbox.command("review")
    assert season.message is not None
    assert "Critics: 70/100 from 1 review (100% positive)" in season.message.text()


# ---------------------------------------------------------------------------------- /scores


def chart_of(running: Running, message: StoredMessage) -> tuple[dict[str, object], bytes]:
    (attachment,) = message.attachments
    return attachment, running.sandbox.uploads[int(attachment["id"])].data


async def test_scores_answers_with_the_table_and_the_chart_as_an_upload(
    running: Running,
) -> None:
    sandbox = running.sandbox
    await three_ratings(running, (6, 8, 8))  # 22 / 3 = 7.33 -> 7.3
    result = await sandbox.command("scores")
    message = result.message
    assert message is not None and not result.ephemeral
    text = message.text()
    assert "**Ep. 1** · Server 7.3/10 from 3 members" in text
    assert "Season reviews (critics)\n70/100 from 1 review (100% positive)" in text
    assert "**Ep. 13** · no scores yet" in text  # every episode of the 13 is listed

    attachment, png = chart_of(running, message)
    assert attachment["filename"] == "scores.png"
    assert png[:8] == PNG_SIGNATURE and png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    assert width <= 1200 and width == WIDTH and height > 0
    assert len(png) < CHART_BYTES_MAX and attachment["size"] == len(png)
    with Image.open(io.BytesIO(png)) as image:
        image.verify()  # every chunk's CRC checks out
    description = str(attachment["description"])
    assert "episodes 1-13" in description and 0 < len(description) <= 1024

    upload = next(r for r in sandbox.requests if r.files)
    assert upload.template == "/interactions/{interaction_id}/{interaction_token}/callback"
    assert 200 <= upload.status < 300 and upload.files == 1
    (described,) = upload.json["data"]["attachments"]  # payload_json beside files[0]
    assert described["description"] == description
    # running's teardown asserts no violation: the multipart upload is one Discord accepts


async def test_the_public_scores_never_name_an_episode_beyond_the_servers_progress(
    running: Running,
) -> None:
    sandbox = running.sandbox
    await progress(
        running, 13, sandbox.user
    )  # the asker's own progress doesn't open a public answer
    hidden = await sandbox.command("scores")
    assert hidden.message is not None
    assert EPISODE_1_TITLE not in hidden.message.text()
    attachment, _ = chart_of(running, hidden.message)
    assert EPISODE_1_TITLE not in str(attachment.get("description"))
    assert "titles beyond this channel's progress are left out" in hidden.message.text()

    await set_server_progress(running, 1)
    shown = await sandbox.command("scores")
    assert shown.message is not None
    assert f"**Ep. 1** {EPISODE_1_TITLE}" in shown.message.text()
