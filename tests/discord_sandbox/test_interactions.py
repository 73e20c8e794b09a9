"""Building interaction options the way a user's Discord client allows, and waiting on results."""

from __future__ import annotations

from typing import Any

import pytest

from discord_sandbox.interactions import (
    OptionBuilder,
    PendingInteraction,
    SandboxError,
    SandboxTimeout,
    nest_options,
    walk_to_subcommand,
)
from discord_sandbox.messages import StoredMessage
from discord_sandbox.world import World

EPISODE = {
    "name": "episode",
    "description": "Episode",
    "type": 4,
    "min_value": 1,
    "max_value": 13,
    "required": True,
}
KIND = {
    "name": "kind",
    "description": "Kind",
    "type": 3,
    "choices": [{"name": "Review", "value": "review"}, {"name": "Recap", "value": "recap"}],
}
WHO = {"name": "who", "description": "Who", "type": 6}


def build(values: dict[str, Any], world: World | None = None) -> Any:
    world = world or World()
    builder = OptionBuilder(world, world.guild, "review")
    return builder, builder.build([EPISODE, KIND, WHO], values)


def test_values_get_their_registered_types() -> None:
    world = World()
    builder, options = build({"episode": 1, "kind": "recap", "who": world.other_user}, world)
    assert options == [
        {"name": "episode", "type": 4, "value": 1},
        {"name": "kind", "type": 3, "value": "recap"},
        {"name": "who", "type": 6, "value": str(world.other_user.id)},
    ]
    assert set(builder.resolved["users"]) == {str(world.other_user.id)}
    assert builder.resolved["members"][str(world.other_user.id)]["permissions"]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"episode": 0}, "below its minimum 1"),
        ({"episode": 14}, "above its maximum 13"),
        ({"episode": True}, "takes an integer"),
        ({"episode": 1, "kind": "opinion"}, "not one of its choices"),
        ({"kind": "review"}, "needs option 'episode'"),
        ({"episode": 1, "who": 42}, "not a sandbox user"),
    ],
)
def test_what_a_discord_client_would_not_send_is_refused(
    values: dict[str, Any], message: str
) -> None:
    with pytest.raises(SandboxError, match=message):
        build(values)


def test_subcommand_paths_nest_like_discord() -> None:
    command = {
        "name": "fan",
        "options": [
            {
                "name": "club",
                "type": 2,
                "options": [{"name": "join", "type": 1, "options": [WHO]}],
            }
        ],
    }
    path, definitions = walk_to_subcommand(command, "club join")
    assert path == [("club", 2), ("join", 1)] and definitions == [WHO]
    leaf = [{"name": "who", "type": 6, "value": "1"}]
    assert nest_options(path, leaf) == [
        {"name": "club", "type": 2, "options": [{"name": "join", "type": 1, "options": leaf}]}
    ]
    with pytest.raises(SandboxError, match="needs a subcommand"):
        walk_to_subcommand(command, None)
    with pytest.raises(SandboxError, match="no subcommand 'leave'"):
        walk_to_subcommand(command, "club leave")


def test_autocomplete_marks_the_focused_option_and_allows_partial_input() -> None:
    world = World()
    builder = OptionBuilder(world, world.guild, "review", partial=True)
    focused = {**KIND, "choices": None, "autocomplete": True}
    options = builder.build([EPISODE, focused], {"kind": "re"}, focused="kind")
    assert options == [{"name": "kind", "type": 3, "value": "re", "focused": True}]
    with pytest.raises(SandboxError, match="no autocomplete"):
        builder.build([EPISODE, KIND], {}, focused="kind")


def pending(world: World) -> PendingInteraction:
    return PendingInteraction(
        id=world.snowflakes.next(),
        token="t",
        type=2,
        payload={},
        user=world.user,
        guild=world.guild,
        channel=world.channels[world.channel_id],
        deadline=3.0,
        command_name="later",
    )


async def test_updates_that_happen_before_waiting_are_not_missed() -> None:
    world = World()
    record = pending(world)
    message = StoredMessage(world.snowflakes.next(), world.channel_id, world.guild_id, world.bot)
    result = record.result
    result._accept(5, None, message, at=record.dispatched + 0.25)
    message.apply({"content": "ready now"}, world=world, create=False)
    message.notify()  # the edit lands before the test gets to wait for it
    await result.wait()
    assert result.latency == pytest.approx(0.25)
    await result.wait_for_update(timeout=0)  # already there: returns at once
    with pytest.raises(SandboxTimeout):
        await result.wait_for_update(timeout=0)  # nothing newer
