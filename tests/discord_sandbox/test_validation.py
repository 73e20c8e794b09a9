"""Discord's documented limits, as the sandbox checks them (expected values: Discord's API
reference: Message, Embed Limits, Message Components, Application Commands, Interactions)."""

from __future__ import annotations

from typing import Any

from discord_sandbox import validation as v


def codes(problems: list[v.Problem]) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in problems]


def embed(**fields: Any) -> dict[str, Any]:
    return {"title": "Metallic Rouge", **fields}


# ------------------------------------------------------------------------ content and embeds


def test_content_of_2000_is_fine_and_2001_is_not() -> None:
    assert v.validate_message({"content": "x" * 2000}, create=True) == []
    assert codes(v.validate_message({"content": "x" * 2001}, create=True)) == [
        ("content", "BASE_TYPE_MAX_LENGTH")
    ]


def test_an_empty_message_is_refused_with_50006() -> None:
    problems = v.validate_message({"content": "   "}, create=True)
    assert v.error_response(problems) == (
        400,
        {"message": "Cannot send an empty message", "code": 50006},
    )
    assert v.validate_message({"content": ""}, create=False) == []  # an edit may clear it


def test_embed_field_limits() -> None:
    ok = embed(
        description="d" * 4096,
        fields=[{"name": "n" * 256, "value": "v" * 1024}],
        footer={"text": "f" * 2048},
        author={"name": "a" * 256},
    )
    ok["title"] = "t" * 256
    assert v.validate_embed(ok, ("embeds", 0)) == []
    bad = embed(
        title="t" * 257,
        description="d" * 4097,
        fields=[{"name": "", "value": "v" * 1025}],
        footer={"text": "f" * 2049},
        author={"name": "a" * 257},
    )
    assert codes(v.validate_embed(bad, ("embeds", 0))) == [
        ("embeds.0.title", "BASE_TYPE_MAX_LENGTH"),
        ("embeds.0.description", "BASE_TYPE_MAX_LENGTH"),
        ("embeds.0.fields.0.name", "BASE_TYPE_REQUIRED"),
        ("embeds.0.fields.0.value", "BASE_TYPE_BAD_LENGTH"),
        ("embeds.0.footer.text", "BASE_TYPE_MAX_LENGTH"),
        ("embeds.0.author.name", "BASE_TYPE_MAX_LENGTH"),
    ]


def test_at_most_25_fields_and_10_embeds() -> None:
    fields = [{"name": "n", "value": "v"}] * 26
    assert ("embeds.0.fields", "BASE_TYPE_MAX_LENGTH") in codes(
        v.validate_embeds([embed(fields=fields)], ("embeds",))
    )
    assert codes(v.validate_embeds([embed()] * 11, ("embeds",))) == [
        ("embeds", "BASE_TYPE_MAX_LENGTH")
    ]


def test_6000_characters_across_all_embeds() -> None:
    # two embeds of 3000 characters each: exactly 6000 is allowed, one more is not
    half = embed(description="d" * (3000 - len("Metallic Rouge")))
    assert v.embed_length(half) == 3000
    assert v.validate_embeds([half, half], ("embeds",)) == []
    over = embed(description="d" * (3001 - len("Metallic Rouge")))
    assert codes(v.validate_embeds([half, over], ("embeds",))) == [
        ("embeds", "MAX_EMBED_SIZE_EXCEEDED")
    ]


def test_errors_nest_like_discords() -> None:
    problems = v.validate_message({"embeds": [embed(title="t" * 257)]}, create=True)
    status, body = v.error_response(problems)
    assert status == 400 and body["code"] == 50035 and body["message"] == "Invalid Form Body"
    assert body["errors"]["embeds"]["0"]["title"]["_errors"][0]["code"] == "BASE_TYPE_MAX_LENGTH"


# ------------------------------------------------------------------------ components


def button(custom_id: str, **extra: Any) -> dict[str, Any]:
    return {"type": 2, "style": 1, "label": "Next", "custom_id": custom_id, **extra}


def row(*children: dict[str, Any]) -> dict[str, Any]:
    return {"type": 1, "components": list(children)}


def test_a_row_holds_five_buttons() -> None:
    five = [button(f"b{i}") for i in range(5)]
    assert v.validate_components([row(*five)], ("components",)) == []
    six = [*five, button("b5")]
    assert codes(v.validate_components([row(*six)], ("components",))) == [
        ("components.0.components", "COMPONENT_LAYOUT_WIDTH_EXCEEDED")
    ]


def test_custom_ids_are_1_to_100_and_unique_in_a_message() -> None:
    problems = v.validate_components(
        [row(button("same"), button("same"), button("x" * 101))], ("components",)
    )
    assert codes(problems) == [
        ("components.0.components.1.custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED"),
        ("components.0.components.2.custom_id", "BASE_TYPE_BAD_LENGTH"),
    ]


def test_labels_styles_and_link_buttons() -> None:
    link_ok = {"type": 2, "style": 5, "label": "Crunchyroll", "url": "https://example.com"}
    assert v.validate_components([row(link_ok)], ("c",)) == []
    link_bad = {"type": 2, "style": 5, "label": "x", "custom_id": "no"}
    assert codes(v.validate_components([row(link_bad)], ("c",))) == [
        ("c.0.components.0.custom_id", "BUTTON_COMPONENT_LINK_CUSTOM_ID"),
        ("c.0.components.0.url", "BUTTON_COMPONENT_URL_REQUIRED"),
    ]
    assert codes(v.validate_components([row(button("a", label="l" * 81))], ("c",))) == [
        ("c.0.components.0.label", "BASE_TYPE_MAX_LENGTH")
    ]
    assert codes(v.validate_components([row(button("a", style=9))], ("c",))) == [
        ("c.0.components.0.style", "BASE_TYPE_CHOICES")
    ]


# ------------------------------------------------------------------------ interactions


def test_callback_types_allowed_per_interaction_type() -> None:
    message = {"type": 4, "data": {"content": "pong"}}
    assert v.validate_callback(2, message) == []  # command -> message
    assert v.validate_callback(3, {"type": 7, "data": {"content": "x"}}) == []  # component
    assert v.validate_callback(3, {"type": 6}) == []
    assert codes(v.validate_callback(2, {"type": 7, "data": {}})) == [
        ("type", "INTERACTION_RESPONSE_TYPE_INVALID")
    ]
    assert codes(v.validate_callback(2, {"type": 8, "data": {"choices": []}})) == [
        ("type", "INTERACTION_RESPONSE_TYPE_INVALID")
    ]
    assert codes(v.validate_callback(2, {"type": 1})) == [
        ("type", "INTERACTION_CALLBACK_PONG_INVALID")
    ]
    assert codes(v.validate_callback(4, message)) == [("type", "INTERACTION_RESPONSE_TYPE_INVALID")]


def test_autocomplete_choices() -> None:
    choice = {"name": "Rouge Redstar", "value": "Rouge Redstar"}
    assert v.validate_callback(4, {"type": 8, "data": {"choices": [choice] * 25}}) == []
    too_many = v.validate_callback(4, {"type": 8, "data": {"choices": [choice] * 26}})
    assert codes(too_many) == [("data.choices", "BASE_TYPE_MAX_LENGTH")]
    long = {"name": "n" * 101, "value": ""}
    assert codes(v.validate_callback(4, {"type": 8, "data": {"choices": [long]}})) == [
        ("data.choices.0.name", "BASE_TYPE_BAD_LENGTH"),
        ("data.choices.0.value", "BASE_TYPE_BAD_LENGTH"),
    ]
    wrong_type = {"type": 8, "data": {"choices": [{"name": "one", "value": "1"}]}}
    assert codes(v.validate_callback(4, wrong_type, option_type=4)) == [
        ("data.choices.0.value", "NUMBER_TYPE_COERCE")
    ]


# ------------------------------------------------------------------------ commands


def command(**fields: Any) -> dict[str, Any]:
    return {"name": "review", "description": "Read a review", "type": 1, **fields}


def test_command_names_descriptions_and_options() -> None:
    assert v.validate_commands([command()]) == []
    assert codes(v.validate_command(command(name="Review"))) == [
        ("name", "APPLICATION_COMMAND_INVALID_NAME")
    ]
    assert codes(v.validate_command(command(name="r" * 33))) == [("name", "BASE_TYPE_BAD_LENGTH")]
    assert codes(v.validate_command(command(description="d" * 101))) == [
        ("description", "BASE_TYPE_BAD_LENGTH")
    ]
    options = [{"name": f"o{i}", "description": "d", "type": 3} for i in range(26)]
    assert ("options", "BASE_TYPE_MAX_LENGTH") in codes(
        v.validate_command(command(options=options))
    )
    assert codes(
        v.validate_command(command(options=[{"name": "x", "description": "d", "type": 12}]))
    ) == [("options.0.type", "BASE_TYPE_CHOICES")]


def test_option_choices_and_duplicate_names() -> None:
    choices = [{"name": str(i), "value": i} for i in range(26)]
    option = {"name": "episode", "description": "d", "type": 4, "choices": choices}
    assert codes(v.validate_command(command(options=[option]))) == [
        ("options.0.choices", "BASE_TYPE_MAX_LENGTH")
    ]
    wrong = {
        "name": "episode",
        "description": "d",
        "type": 4,
        "choices": [{"name": "a", "value": "1"}],
    }
    assert codes(v.validate_command(command(options=[wrong]))) == [
        ("options.0.choices.0.value", "NUMBER_TYPE_COERCE")
    ]
    assert codes(v.validate_commands([command(), command()])) == [
        ("1.name", "APPLICATION_COMMANDS_DUPLICATE_NAME")
    ]
