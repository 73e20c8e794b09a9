"""Stored messages: mentions as Discord decides them, edits, what a reader sees."""

from __future__ import annotations

from discord_sandbox.messages import EPHEMERAL, LOADING, StoredMessage
from discord_sandbox.world import World


def new_message(world: World, body: dict) -> StoredMessage:
    message = StoredMessage(world.snowflakes.next(), world.channel_id, world.guild_id, world.bot)
    message.apply(body, world=world, create=True)
    return message


def test_mentions_follow_allowed_mentions() -> None:
    world = World()
    role = world.moderator_role.id
    content = f"hi <@{world.user.id}> <@!{world.other_user.id}> <@&{role}> @everyone"
    everything = new_message(world, {"content": content})
    assert everything.mention_ids == [world.user.id, world.other_user.id]
    assert everything.mention_role_ids == [role] and everything.mention_everyone
    nothing = new_message(world, {"content": content, "allowed_mentions": {"parse": []}})
    assert (nothing.mention_ids, nothing.mention_role_ids, nothing.mention_everyone) == (
        [],
        [],
        False,
    )
    one = new_message(
        world, {"content": content, "allowed_mentions": {"users": [str(world.user.id)]}}
    )
    assert one.mention_ids == [world.user.id] and not one.mention_everyone
    assert one.payload(world)["mentions"][0]["id"] == str(world.user.id)


def test_an_edit_changes_only_the_given_fields_and_keeps_the_old_state() -> None:
    world = World()
    message = new_message(
        world, {"content": "page 1", "embeds": [{"title": "Metallic Rouge"}], "flags": 64}
    )
    message.visible_to = world.user.id
    message.apply({"content": "page 2", "flags": 0}, world=world, create=False)
    assert message.content == "page 2"
    assert message.embeds == [{"title": "Metallic Rouge"}]
    assert message.flags & EPHEMERAL  # an edit cannot make an ephemeral message public
    assert message.revisions[0]["content"] == "page 1"
    assert message.edited_timestamp is not None


def test_an_edit_ends_the_loading_state() -> None:
    world = World()
    message = StoredMessage(world.snowflakes.next(), world.channel_id, world.guild_id, world.bot)
    message.flags = LOADING
    message.apply({"content": "ready"}, world=world, create=False)
    assert not message.loading and message.content == "ready"


def test_text_and_components_as_a_reader_finds_them() -> None:
    world = World()
    message = new_message(
        world,
        {
            "content": "Review 1 of 2",
            "embeds": [
                {
                    "author": {"name": "Anime Feminist"},
                    "title": "Metallic Rouge – Ep. 1",
                    "description": "cautiously optimistic",
                    "fields": [{"name": "Score", "value": "70/100"}],
                    "footer": {"text": "page 1"},
                }
            ],
            "components": [
                {
                    "type": 17,
                    "components": [
                        {
                            "type": 9,
                            "components": [{"type": 10, "content": "x"}],
                            "accessory": {
                                "type": 2,
                                "style": 1,
                                "custom_id": "deep",
                                "label": "Go",
                            },
                        }
                    ],
                }
            ],
        },
    )
    assert message.text() == (
        "Review 1 of 2\nAnime Feminist\nMetallic Rouge – Ep. 1\ncautiously optimistic\n"
        "Score\n70/100\npage 1"
    )
    found = message.find_component("deep")
    assert found is not None and found["label"] == "Go"
    assert message.custom_ids() == ["deep"]


def test_ephemeral_visibility() -> None:
    world = World()
    message = new_message(world, {"content": "only you", "flags": EPHEMERAL})
    message.visible_to = world.user.id
    assert message.is_visible_to(world.user) and not message.is_visible_to(world.other_user)
    message.deleted = True
    assert not message.is_visible_to(world.user)
