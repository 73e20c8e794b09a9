"""Optional validation of request bodies against Discord's own OpenAPI description.

The document (``discord/discord-api-spec``, OpenAPI 3.1) is read from disk when present; it is
never copied into the project. Its schemas are JSON Schema 2020-12: nullability is written as
``"type": ["string", "null"]`` or ``oneOf: [{"type": "null"}, {"$ref": ...}]``, and unions of
request shapes as ``anyOf`` (tagged ``x-discord-union: oneOf``), so a stock
``Draft202012Validator`` applies. One :class:`referencing.Registry` holds the whole document under
a private URI, so every ``$ref: "#/components/schemas/..."`` resolves; a compiled validator is
cached per operation (path template + method).
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

_DOC_URI = "urn:discord-api-spec:openapi"


@dataclass(frozen=True, slots=True)
class SchemaProblem:
    path: tuple[str | int, ...]
    message: str
    keyword: str

    @property
    def field(self) -> str:
        return ".".join(str(p) for p in self.path) or "<body>"


def _pointer(*parts: str) -> str:
    return "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _score(errors: list[Any]) -> tuple[int, int]:
    return (max(len(e.absolute_path) for e in errors), -len(errors))


def _tag_mismatch(errors: list[Any], depth: int) -> bool:
    """Whether a union branch failed on its discriminator: the ``type`` property right below
    the union (``enum``/``const``), as in "callback type 4 is not one of [9]"."""
    for e in errors:
        path = tuple(e.absolute_path)
        if len(path) == depth + 1 and path[-1] == "type" and e.validator in ("enum", "const"):
            return True
    return False


def _leaf_errors(error: Any) -> list[Any]:
    """Descend into ``anyOf``/``oneOf`` failures, following the branch that got furthest.

    For a union such as "any of the seven callback request shapes", the branches whose ``type``
    tag does not match are ignored; among the rest, the branch that failed deepest in the
    instance carries the useful errors.
    """
    if not error.context:
        return [error]
    branches: dict[Any, list[Any]] = defaultdict(list)
    for sub in error.context:
        key = sub.relative_schema_path[0] if sub.relative_schema_path else None
        branches[key].append(sub)
    depth = len(error.absolute_path)
    candidates = [b for b in branches.values() if not _tag_mismatch(b, depth)]
    best = max(candidates or list(branches.values()), key=_score)
    if not candidates and _score(best)[0] <= depth:
        return [error]  # no branch got past this level: the union itself is the problem
    out: list[Any] = []
    for sub in best:
        out.extend(_leaf_errors(sub))
    return out


_LENGTH_KEYWORDS = {
    "maxLength": "at most {} characters",
    "minLength": "at least {} characters",
    "maxItems": "at most {} items",
    "minItems": "at least {} items",
}


def _describe(error: Any) -> str:
    """jsonschema's message, without echoing a 6000-character instance back for length rules."""
    template = _LENGTH_KEYWORDS.get(str(error.validator))
    if template is not None and isinstance(error.instance, str | list):
        return f"length {len(error.instance)}; must be " + template.format(error.validator_value)
    return str(error.message)


def _integer_snowflake(error: Any) -> bool:
    """A snowflake sent as a JSON integer: the spec types snowflakes as strings, but Discord
    accepts integers too (its own upload docs send ``"attachments": [{"id": 0, ...}]``, and
    discord.py sends the index as a number)."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    instance = error.instance
    return (
        error.validator == "type"
        and schema.get("format") == "snowflake"
        and isinstance(instance, int)
        and not isinstance(instance, bool)
        and instance >= 0
    )


class OpenAPIValidator:
    """Validates JSON request bodies against the spec's ``requestBody`` schema for an operation."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._doc: dict[str, Any] | None = None
        self._registry: Any = None
        self._validators: dict[tuple[str, str], Any] = {}
        self._error: str | None = None

    @classmethod
    def load(cls, path: Path | None) -> OpenAPIValidator | None:
        """A validator when the file exists and jsonschema imports; ``None`` otherwise."""
        if path is None or not path.is_file():
            log.info("OpenAPI validation disabled: %s not found", path)
            return None
        try:
            import jsonschema  # noqa: F401
            import referencing  # noqa: F401
        except ImportError:
            log.info("OpenAPI validation disabled: jsonschema/referencing not installed")
            return None
        validator = cls(path)
        validator._ensure_loaded()
        return validator if validator._doc is not None else None

    def _ensure_loaded(self) -> None:
        if self._doc is not None or self._error is not None:
            return
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            self._error = str(exc)
            log.warning("OpenAPI document %s unreadable: %s", self.path, exc)
            return
        resource = Resource.from_contents(doc, default_specification=DRAFT202012)
        self._registry = Registry().with_resource(_DOC_URI, resource)
        self._doc = doc

    def has_operation(self, template: str, method: str) -> bool:
        return self._schema_for(template, method) is not None

    def _schema_for(self, template: str, method: str) -> dict[str, Any] | None:
        if self._doc is None:
            return None
        op = self._doc.get("paths", {}).get(template, {}).get(method.lower())
        if not isinstance(op, dict):
            return None
        content = op.get("requestBody", {}).get("content", {})
        schema = content.get("application/json", {}).get("schema")
        return schema if isinstance(schema, dict) else None

    def _validator(self, template: str, method: str) -> Any:
        key = (template, method.lower())
        if key in self._validators:
            return self._validators[key]
        validator = None
        if self._schema_for(template, method) is not None:
            from jsonschema import Draft202012Validator

            ref = _pointer(
                "paths",
                template,
                method.lower(),
                "requestBody",
                "content",
                "application/json",
                "schema",
            )
            validator = Draft202012Validator({"$ref": f"{_DOC_URI}#{ref}"}, registry=self._registry)
        self._validators[key] = validator
        return validator

    def validate(self, template: str, method: str, body: Any) -> list[SchemaProblem] | None:
        """Problems with ``body`` for that operation; ``None`` when the spec has no JSON body
        schema for it (nothing was checked)."""
        validator = self._validator(template, method)
        if validator is None:
            return None
        problems: list[SchemaProblem] = []
        seen: set[tuple[tuple[str | int, ...], str]] = set()
        for error in validator.iter_errors(body):
            for leaf in _leaf_errors(error):
                if _integer_snowflake(leaf):
                    continue
                path = tuple(leaf.absolute_path)
                message = _describe(leaf)
                if len(message) > 300:
                    message = message[:297] + "..."
                if (path, message) in seen:
                    continue
                seen.add((path, message))
                problems.append(SchemaProblem(path, message, str(leaf.validator)))
        return problems
