"""Request-body validation against an OpenAPI 3.1 document, on a small document shaped like
Discord's (a union of callback shapes tagged by ``type``, nullable unions, $refs)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from discord_sandbox.openapi import OpenAPIValidator

PATH = "/interactions/{interaction_id}/{interaction_token}/callback"

SPEC = {
    "openapi": "3.1.0",
    "paths": {
        PATH: {
            "post": {
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "anyOf": [
                                    {"$ref": "#/components/schemas/MessageCallback"},
                                    {"$ref": "#/components/schemas/ModalCallback"},
                                ],
                                "x-discord-union": "oneOf",
                            }
                        }
                    }
                }
            }
        },
        "/users/@me": {"get": {}},
    },
    "components": {
        "schemas": {
            "MessageCallback": {
                "type": "object",
                "properties": {
                    "type": {"type": "integer", "enum": [4, 5]},
                    "data": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Message"}]},
                },
                "required": ["type"],
            },
            "ModalCallback": {
                "type": "object",
                "properties": {
                    "type": {"type": "integer", "enum": [9]},
                    "data": {"$ref": "#/components/schemas/Modal"},
                },
                "required": ["type", "data"],
            },
            "Message": {
                "type": "object",
                "properties": {"content": {"type": ["string", "null"], "maxLength": 2000}},
            },
            "Modal": {
                "type": "object",
                "properties": {"custom_id": {"type": "string"}, "title": {"type": "string"}},
                "required": ["custom_id", "title"],
            },
        }
    },
}


@pytest.fixture
def validator(tmp_path: Path) -> OpenAPIValidator:
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(SPEC), encoding="utf-8")
    loaded = OpenAPIValidator.load(path)
    assert loaded is not None
    return loaded


def test_a_valid_body_has_no_problems(validator: OpenAPIValidator) -> None:
    assert validator.validate(PATH, "POST", {"type": 4, "data": {"content": "pong"}}) == []
    assert validator.validate(PATH, "post", {"type": 5, "data": None}) == []


def test_problems_come_from_the_branch_whose_type_tag_matches(
    validator: OpenAPIValidator,
) -> None:
    problems = validator.validate(PATH, "POST", {"type": 4, "data": {"content": "x" * 2001}})
    assert problems is not None
    assert [(p.path, p.keyword) for p in problems] == [(("data", "content"), "maxLength")]
    assert problems[0].field == "data.content"
    assert problems[0].message == "length 2001; must be at most 2000 characters"
    modal = validator.validate(PATH, "POST", {"type": 9, "data": {"title": "t"}})
    assert modal is not None
    assert [(p.path, p.keyword) for p in modal] == [(("data",), "required")]


def test_a_body_matching_no_tag_reports_the_tag(validator: OpenAPIValidator) -> None:
    problems = validator.validate(PATH, "POST", {"type": 99})
    assert problems is not None
    assert {p.field for p in problems} == {"type"}


def test_operations_without_a_json_body_are_not_checked(validator: OpenAPIValidator) -> None:
    assert validator.validate("/users/@me", "GET", None) is None
    assert validator.validate("/nowhere", "POST", {}) is None
    assert validator.has_operation(PATH, "post")
    assert not validator.has_operation("/users/@me", "get")


def test_missing_or_unreadable_documents_disable_validation(tmp_path: Path) -> None:
    assert OpenAPIValidator.load(tmp_path / "absent.json") is None
    assert OpenAPIValidator.load(None) is None
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert OpenAPIValidator.load(broken) is None
