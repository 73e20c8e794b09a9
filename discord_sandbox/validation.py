"""Discord's documented request limits, checked the way Discord checks them.

Pure functions: each ``validate_*`` returns a list of :class:`Problem` (empty when the body is
acceptable). :func:`error_response` turns problems into the status and JSON body Discord answers
with (``400 Invalid Form Body`` / ``50035`` with a nested ``errors`` object, or
``50006 Cannot send an empty message``).

Limits (Discord API reference, "Message", "Embed Limits", "Message Components",
"Application Commands", "Interactions"):

* content 2000 characters; at most 10 embeds;
* embed title 256, description 4096, at most 25 fields, field name 1-256, field value 1-1024,
  footer text 2048, author name 256, and 6000 characters across every embed of a message;
* at most 5 action rows; a row holds up to 5 buttons or one select; ``custom_id`` 1-100
  characters and unique within a message; button label at most 80; link buttons need a ``url``
  and may not have a ``custom_id``; premium buttons need a ``sku_id`` and nothing else;
* autocomplete: at most 25 choices, name and value 1-100 characters;
* commands: names 1-32 (lowercase for chat input), descriptions 1-100, at most 25 options and 25
  choices per option, 4000 characters per command in total.

Error ``code`` strings follow Discord's style (``BASE_TYPE_MAX_LENGTH`` ...); where Discord's own
string for a rule is not documented, a descriptive one of the same style is used.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

CONTENT_MAX = 2000
EMBEDS_MAX = 10
EMBED_TITLE_MAX = 256
EMBED_DESCRIPTION_MAX = 4096
EMBED_FIELDS_MAX = 25
EMBED_FIELD_NAME_MAX = 256
EMBED_FIELD_VALUE_MAX = 1024
EMBED_FOOTER_MAX = 2048
EMBED_AUTHOR_NAME_MAX = 256
EMBED_TOTAL_MAX = 6000
ACTION_ROWS_MAX = 5
ROW_WIDTH_MAX = 5
V2_COMPONENTS_MAX = 40
CUSTOM_ID_MAX = 100
BUTTON_LABEL_MAX = 80
SELECT_PLACEHOLDER_MAX = 150
SELECT_OPTIONS_MAX = 25
AUTOCOMPLETE_CHOICES_MAX = 25
CHOICE_TEXT_MAX = 100
MODAL_TITLE_MAX = 45
COMMAND_NAME_MAX = 32
COMMAND_DESCRIPTION_MAX = 100
COMMAND_OPTIONS_MAX = 25
COMMAND_TOTAL_MAX = 4000
CHAT_INPUT_COMMANDS_MAX = 100
CONTEXT_MENU_COMMANDS_MAX = 15
ALLOWED_MENTIONS_IDS_MAX = 100
# Uploading files (https://discord.com/developers/docs/reference#uploading-files): up to 10
# files per message, each a multipart part named files[n] with a filename; the JSON body goes in
# payload_json, and its `attachments` array describes them by id = n.
UPLOADS_MAX = 10
ATTACHMENT_FILENAME_MAX = 1024
ATTACHMENT_DESCRIPTION_MAX = 1024
SAFE_INTEGER = 2**53

EPHEMERAL = 1 << 6
SUPPRESS_EMBEDS = 1 << 2
LOADING = 1 << 7
SUPPRESS_NOTIFICATIONS = 1 << 12
IS_COMPONENTS_V2 = 1 << 15
CREATE_FLAGS = SUPPRESS_EMBEDS | EPHEMERAL | SUPPRESS_NOTIFICATIONS | IS_COMPONENTS_V2
EDIT_FLAGS = SUPPRESS_EMBEDS | IS_COMPONENTS_V2

EMPTY_MESSAGE = "EMPTY_MESSAGE"  # a Problem code that maps to 50006, not 50035

SELECT_TYPES = frozenset({3, 5, 6, 7, 8})
V2_TYPES = frozenset({9, 10, 11, 12, 13, 14, 17})
BUTTON_STYLES = frozenset({1, 2, 3, 4, 5, 6})
LINK_STYLE = 5
PREMIUM_STYLE = 6

# interaction type -> the callback types Discord accepts for it
ALLOWED_CALLBACKS: dict[int, frozenset[int]] = {
    1: frozenset({1}),
    2: frozenset({4, 5, 9, 10, 12}),
    3: frozenset({4, 5, 6, 7, 9, 10, 12}),
    4: frozenset({8}),
    5: frozenset({4, 5, 6, 7, 10, 12}),
}

# chat-input names: letters, numbers, - _ ' (Discord's regex uses \p{L}\p{N} plus Devanagari/Thai)
_CHAT_INPUT_NAME = re.compile(r"^[-_'\w\u0900-\u097F\u0E00-\u0E7F]{1,32}$")


@dataclass(frozen=True, slots=True)
class Problem:
    path: tuple[str | int, ...]
    code: str
    message: str

    @property
    def field(self) -> str:
        return ".".join(str(p) for p in self.path) or "<body>"


def _max_len(path: tuple[str | int, ...], limit: int) -> Problem:
    return Problem(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")


def _bad_len(path: tuple[str | int, ...], low: int, high: int) -> Problem:
    return Problem(path, "BASE_TYPE_BAD_LENGTH", f"Must be between {low} and {high} in length.")


def _required(path: tuple[str | int, ...]) -> Problem:
    return Problem(path, "BASE_TYPE_REQUIRED", "This field is required")


def _type(path: tuple[str | int, ...], kind: str, value: Any) -> Problem:
    code = {
        "string": "BASE_TYPE_STRING",
        "integer": "NUMBER_TYPE_COERCE",
        "number": "NUMBER_TYPE_COERCE",
        "boolean": "BASE_TYPE_BOOLEAN",
        "array": "BASE_TYPE_LIST",
        "object": "DICT_TYPE_CONVERT",
    }.get(kind, "BASE_TYPE_INVALID")
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return Problem(path, code, f"Could not interpret {shown} as {kind}.")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_text(
    obj: Mapping[str, Any],
    key: str,
    path: tuple[str | int, ...],
    *,
    high: int,
    low: int = 0,
    required: bool = False,
) -> list[Problem]:
    value = obj.get(key)
    here = (*path, key)
    if value is None:
        return [_required(here)] if required else []
    if not isinstance(value, str):
        return [_type(here, "string", value)]
    if low > 0 and not (low <= len(value) <= high):
        if len(value) == 0 and required:
            return [_required(here)]
        return [_bad_len(here, low, high)]
    if len(value) > high:
        return [_max_len(here, high)]
    return []


# --------------------------------------------------------------------------- uploads

_FILE_FIELD = re.compile(r"files\[(\d+)\]")


def file_index(field_name: str | None) -> int | None:
    """n of a multipart part named ``files[n]``; None for any other name."""
    match = _FILE_FIELD.fullmatch(field_name or "")
    return int(match.group(1)) if match else None


def validate_uploads(
    message: Any,
    files: Sequence[Mapping[str, Any]],
    *,
    path: tuple[str | int, ...] = (),
    existing: Collection[str] = (),
) -> list[Problem]:
    """The files of a multipart request and the ``attachments`` of its message body.

    ``files``: one mapping per file part (``field``: the part's name, ``filename``);
    ``existing``: ids of attachments the edited message already has (an edit may keep them).
    Every file part is named files[n] (n unique) and has a filename; at most 10 files; each
    ``attachments`` entry has an id naming a file of this request (or, on an edit, an attachment
    the message has), a filename of 1-1024 and a description of at most 1024 characters.
    """
    problems: list[Problem] = []
    indices: set[int] = set()
    if len(files) > UPLOADS_MAX:
        problems.append(_max_len((*path, "attachments"), UPLOADS_MAX))
    for f in files:
        name = f.get("field")
        index = file_index(name if isinstance(name, str) else None)
        where = (*path, "files", str(name))
        if index is None:
            problems.append(
                Problem(
                    where, "UPLOAD_FIELD_NAME", f"A file part must be named files[n], not {name!r}"
                )
            )
        elif index in indices:
            problems.append(Problem(where, "UPLOAD_DUPLICATE", f"files[{index}] is sent twice"))
        else:
            indices.add(index)
        if not f.get("filename"):
            problems.append(Problem(where, "BASE_TYPE_REQUIRED", "A file part needs a filename"))
    if not isinstance(message, Mapping):
        return problems
    described = message.get("attachments")
    here = (*path, "attachments")
    if described is None:
        return problems
    if not isinstance(described, list):
        return [*problems, _type(here, "array", described)]
    for i, item in enumerate(described):
        ipath = (*here, i)
        if not isinstance(item, Mapping):
            problems.append(_type(ipath, "object", item))
            continue
        ident = item.get("id")
        if ident is None:
            problems.append(_required((*ipath, "id")))
        elif str(ident) not in {str(n) for n in indices} | {str(e) for e in existing}:
            problems.append(
                Problem(
                    (*ipath, "id"),
                    "ATTACHMENT_NOT_FOUND",
                    f"Attachment {ident!r} is neither a file of this request nor of the message",
                )
            )
        problems += _check_text(item, "filename", ipath, low=1, high=ATTACHMENT_FILENAME_MAX)
        problems += _check_text(item, "description", ipath, high=ATTACHMENT_DESCRIPTION_MAX)
    return problems


# --------------------------------------------------------------------------- responses


def discord_errors(problems: Iterable[Problem]) -> dict[str, Any]:
    """Nest problems the way Discord does: ``{"embeds": {"0": {"title": {"_errors": [...]}}}}``."""
    root: dict[str, Any] = {}
    for problem in problems:
        node = root
        for part in problem.path:
            node = node.setdefault(str(part), {})
        node.setdefault("_errors", []).append({"code": problem.code, "message": problem.message})
    return root


def error_response(problems: Sequence[Problem]) -> tuple[int, dict[str, Any]]:
    """The status and body Discord answers with for these problems (``problems`` non-empty)."""
    if problems and all(p.code == EMPTY_MESSAGE for p in problems):
        return 400, {"message": "Cannot send an empty message", "code": 50006}
    real = [p for p in problems if p.code != EMPTY_MESSAGE]
    return 400, {"message": "Invalid Form Body", "code": 50035, "errors": discord_errors(real)}


# --------------------------------------------------------------------------- embeds


def embed_length(embed: Mapping[str, Any]) -> int:
    """Characters Discord counts towards the 6000 limit for one embed."""
    total = 0
    for key in ("title", "description"):
        value = embed.get(key)
        if isinstance(value, str):
            total += len(value)
    for sub, key in (("footer", "text"), ("author", "name")):
        part = embed.get(sub)
        if isinstance(part, Mapping) and isinstance(part.get(key), str):
            total += len(part[key])
    fields = embed.get("fields")
    if isinstance(fields, list):
        for f in fields:
            if isinstance(f, Mapping):
                for key in ("name", "value"):
                    if isinstance(f.get(key), str):
                        total += len(f[key])
    return total


def validate_embed(embed: Any, path: tuple[str | int, ...]) -> list[Problem]:
    if not isinstance(embed, Mapping):
        return [_type(path, "object", embed)]
    problems: list[Problem] = []
    problems += _check_text(embed, "title", path, high=EMBED_TITLE_MAX)
    problems += _check_text(embed, "description", path, high=EMBED_DESCRIPTION_MAX)
    problems += _check_text(embed, "url", path, high=2048)
    color = embed.get("color")
    if color is not None and (not _is_int(color) or not 0 <= color <= 0xFFFFFF):
        problems.append(
            Problem(
                (*path, "color"), "NUMBER_TYPE_MAX", "int value should be <= 16777215 and >= 0."
            )
        )
    fields = embed.get("fields")
    if fields is not None:
        if not isinstance(fields, list):
            problems.append(_type((*path, "fields"), "array", fields))
        else:
            if len(fields) > EMBED_FIELDS_MAX:
                problems.append(_max_len((*path, "fields"), EMBED_FIELDS_MAX))
            for i, f in enumerate(fields):
                fpath = (*path, "fields", i)
                if not isinstance(f, Mapping):
                    problems.append(_type(fpath, "object", f))
                    continue
                problems += _check_text(
                    f, "name", fpath, low=1, high=EMBED_FIELD_NAME_MAX, required=True
                )
                problems += _check_text(
                    f, "value", fpath, low=1, high=EMBED_FIELD_VALUE_MAX, required=True
                )
                inline = f.get("inline")
                if inline is not None and not isinstance(inline, bool):
                    problems.append(_type((*fpath, "inline"), "boolean", inline))
    footer = embed.get("footer")
    if footer is not None:
        if not isinstance(footer, Mapping):
            problems.append(_type((*path, "footer"), "object", footer))
        else:
            problems += _check_text(
                footer, "text", (*path, "footer"), high=EMBED_FOOTER_MAX, required=True
            )
    author = embed.get("author")
    if author is not None:
        if not isinstance(author, Mapping):
            problems.append(_type((*path, "author"), "object", author))
        else:
            problems += _check_text(
                author, "name", (*path, "author"), high=EMBED_AUTHOR_NAME_MAX, required=True
            )
    return problems


def validate_embeds(embeds: Any, path: tuple[str | int, ...]) -> list[Problem]:
    if embeds is None:
        return []
    if not isinstance(embeds, list):
        return [_type(path, "array", embeds)]
    problems: list[Problem] = []
    if len(embeds) > EMBEDS_MAX:
        problems.append(_max_len(path, EMBEDS_MAX))
    for i, embed in enumerate(embeds):
        problems += validate_embed(embed, (*path, i))
    total = sum(embed_length(e) for e in embeds if isinstance(e, Mapping))
    if total > EMBED_TOTAL_MAX:
        problems.append(
            Problem(
                path,
                "MAX_EMBED_SIZE_EXCEEDED",
                f"Embed size exceeds maximum size of {EMBED_TOTAL_MAX}",
            )
        )
    return problems


# --------------------------------------------------------------------------- components


class _ComponentWalk:
    def __init__(self, v2: bool) -> None:
        self.v2 = v2
        self.problems: list[Problem] = []
        self.custom_ids: dict[str, tuple[str | int, ...]] = {}
        self.count = 0

    def custom_id(
        self, comp: Mapping[str, Any], path: tuple[str | int, ...], *, required: bool
    ) -> None:
        found = _check_text(comp, "custom_id", path, low=1, high=CUSTOM_ID_MAX, required=required)
        self.problems += found
        cid = comp.get("custom_id")
        if not found and isinstance(cid, str):
            if cid in self.custom_ids:
                self.problems.append(
                    Problem(
                        (*path, "custom_id"),
                        "COMPONENT_CUSTOM_ID_DUPLICATED",
                        "Component custom id cannot be duplicated",
                    )
                )
            else:
                self.custom_ids[cid] = path

    def button(self, comp: Mapping[str, Any], path: tuple[str | int, ...]) -> None:
        style = comp.get("style")
        if style not in BUTTON_STYLES or not _is_int(style):
            self.problems.append(
                Problem(
                    (*path, "style"),
                    "BASE_TYPE_CHOICES",
                    f"Value must be one of {sorted(BUTTON_STYLES)}.",
                )
            )
            return
        self.problems += _check_text(comp, "label", path, high=BUTTON_LABEL_MAX)
        if style == LINK_STYLE:
            if comp.get("custom_id") is not None:
                self.problems.append(
                    Problem(
                        (*path, "custom_id"),
                        "BUTTON_COMPONENT_LINK_CUSTOM_ID",
                        "A link button cannot have a custom_id",
                    )
                )
            if not comp.get("url"):
                self.problems.append(
                    Problem(
                        (*path, "url"),
                        "BUTTON_COMPONENT_URL_REQUIRED",
                        "A link button requires a url",
                    )
                )
            else:
                self.problems += _check_text(comp, "url", path, high=512)
        elif style == PREMIUM_STYLE:
            if not comp.get("sku_id"):
                self.problems.append(
                    Problem(
                        (*path, "sku_id"),
                        "BUTTON_COMPONENT_SKU_ID_REQUIRED",
                        "A premium button requires a sku_id",
                    )
                )
            for key in ("custom_id", "url", "label", "emoji"):
                if comp.get(key) is not None:
                    self.problems.append(
                        Problem(
                            (*path, key),
                            "BUTTON_COMPONENT_PREMIUM_FIELD",
                            f"A premium button cannot have a {key}",
                        )
                    )
        else:
            if comp.get("url") is not None:
                self.problems.append(
                    Problem(
                        (*path, "url"),
                        "BUTTON_COMPONENT_URL_NOT_ALLOWED",
                        "Only link buttons can have a url",
                    )
                )
            self.custom_id(comp, path, required=True)
            if not comp.get("label") and not comp.get("emoji"):
                self.problems.append(
                    Problem(
                        (*path, "label"),
                        "BUTTON_COMPONENT_LABEL_REQUIRED",
                        "A button needs a label or an emoji",
                    )
                )

    def select(self, comp: Mapping[str, Any], path: tuple[str | int, ...]) -> None:
        self.custom_id(comp, path, required=True)
        self.problems += _check_text(comp, "placeholder", path, high=SELECT_PLACEHOLDER_MAX)
        lo, hi = comp.get("min_values", 1), comp.get("max_values", 1)
        if lo is not None and (not _is_int(lo) or not 0 <= lo <= 25):
            self.problems.append(
                Problem((*path, "min_values"), "NUMBER_TYPE_MAX", "Must be between 0 and 25.")
            )
        if hi is not None and (not _is_int(hi) or not 1 <= hi <= 25):
            self.problems.append(
                Problem((*path, "max_values"), "NUMBER_TYPE_MAX", "Must be between 1 and 25.")
            )
        if comp.get("type") == 3:
            options = comp.get("options")
            if not isinstance(options, list) or not options:
                self.problems.append(_required((*path, "options")))
                return
            if len(options) > SELECT_OPTIONS_MAX:
                self.problems.append(_bad_len((*path, "options"), 1, SELECT_OPTIONS_MAX))
            values: set[str] = set()
            for i, opt in enumerate(options):
                opath = (*path, "options", i)
                if not isinstance(opt, Mapping):
                    self.problems.append(_type(opath, "object", opt))
                    continue
                self.problems += _check_text(opt, "label", opath, low=1, high=100, required=True)
                self.problems += _check_text(opt, "value", opath, low=1, high=100, required=True)
                self.problems += _check_text(opt, "description", opath, high=100)
                value = opt.get("value")
                if isinstance(value, str):
                    if value in values:
                        self.problems.append(
                            Problem(
                                (*opath, "value"),
                                "SELECT_COMPONENT_OPTION_VALUE_DUPLICATED",
                                "Option values must be unique",
                            )
                        )
                    values.add(value)
            if _is_int(hi) and hi > len(options):
                self.problems.append(
                    Problem(
                        (*path, "max_values"),
                        "SELECT_COMPONENT_MAX_VALUES",
                        "max_values exceeds the number of options",
                    )
                )

    def row(self, comp: Mapping[str, Any], path: tuple[str | int, ...]) -> None:
        children = comp.get("components")
        if not isinstance(children, list) or not children:
            self.problems.append(_bad_len((*path, "components"), 1, ROW_WIDTH_MAX))
            return
        selects = [c for c in children if isinstance(c, Mapping) and c.get("type") in SELECT_TYPES]
        if len(children) > ROW_WIDTH_MAX or (selects and len(children) > 1):
            self.problems.append(
                Problem(
                    (*path, "components"),
                    "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
                    "The specified component exceeds the maximum width",
                )
            )
        for i, child in enumerate(children):
            cpath = (*path, "components", i)
            if not isinstance(child, Mapping):
                self.problems.append(_type(cpath, "object", child))
                continue
            kind = child.get("type")
            self.count += 1
            if kind == 2:
                self.button(child, cpath)
            elif kind in SELECT_TYPES:
                self.select(child, cpath)
            else:
                self.problems.append(
                    Problem(
                        (*cpath, "type"),
                        "UNION_TYPE_CHOICES",
                        f"Component type {kind!r} cannot be placed in a message action row",
                    )
                )

    def component(self, comp: Any, path: tuple[str | int, ...], *, top: bool) -> None:
        if not isinstance(comp, Mapping):
            self.problems.append(_type(path, "object", comp))
            return
        self.count += 1
        kind = comp.get("type")
        if kind == 1:
            self.row(comp, path)
        elif kind in V2_TYPES:
            if not self.v2:
                self.problems.append(
                    Problem(
                        (*path, "type"),
                        "COMPONENT_TYPE_REQUIRES_COMPONENTS_V2",
                        f"Component type {kind} requires the IS_COMPONENTS_V2 message flag",
                    )
                )
                return
            if kind == 17:  # container
                for i, child in enumerate(comp.get("components") or []):
                    self.component(child, (*path, "components", i), top=False)
            elif kind == 9:  # section
                for i, child in enumerate(comp.get("components") or []):
                    self.component(child, (*path, "components", i), top=False)
                accessory = comp.get("accessory")
                if isinstance(accessory, Mapping):
                    self.count += 1
                    if accessory.get("type") == 2:
                        self.button(accessory, (*path, "accessory"))
        elif kind == 2 and not top:
            self.button(comp, path)
        else:
            self.problems.append(
                Problem(
                    (*path, "type"),
                    "UNION_TYPE_CHOICES",
                    f"Component type {kind!r} is not valid here",
                )
            )


def validate_components(
    components: Any, path: tuple[str | int, ...], *, v2: bool = False
) -> list[Problem]:
    if components is None:
        return []
    if not isinstance(components, list):
        return [_type(path, "array", components)]
    walk = _ComponentWalk(v2)
    if not v2 and len(components) > ACTION_ROWS_MAX:
        walk.problems.append(_max_len(path, ACTION_ROWS_MAX))
    for i, comp in enumerate(components):
        walk.component(comp, (*path, i), top=True)
    if v2 and walk.count > V2_COMPONENTS_MAX:
        walk.problems.append(
            Problem(
                path,
                "COMPONENTS_V2_TOTAL_EXCEEDED",
                f"A message can hold at most {V2_COMPONENTS_MAX} components",
            )
        )
    return walk.problems


# --------------------------------------------------------------------------- messages


def validate_allowed_mentions(value: Any, path: tuple[str | int, ...]) -> list[Problem]:
    if value is None:
        return []
    if not isinstance(value, Mapping):
        return [_type(path, "object", value)]
    problems: list[Problem] = []
    parse = value.get("parse") or []
    if not isinstance(parse, list):
        return [_type((*path, "parse"), "array", parse)]
    for i, item in enumerate(parse):
        if item not in ("users", "roles", "everyone"):
            problems.append(
                Problem(
                    (*path, "parse", i),
                    "BASE_TYPE_CHOICES",
                    "Value must be one of ('roles', 'users', 'everyone').",
                )
            )
    for key in ("users", "roles"):
        ids = value.get(key)
        if ids is None:
            continue
        if not isinstance(ids, list):
            problems.append(_type((*path, key), "array", ids))
            continue
        if len(ids) > ALLOWED_MENTIONS_IDS_MAX:
            problems.append(_max_len((*path, key), ALLOWED_MENTIONS_IDS_MAX))
        if ids and key in parse:
            problems.append(
                Problem(
                    (*path, key),
                    "ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                    f'parse:["{key}"] and {key}: [ids...] are mutually exclusive.',
                )
            )
    return problems


def validate_message(
    body: Any,
    *,
    create: bool,
    path: tuple[str | int, ...] = (),
    has_files: bool = False,
) -> list[Problem]:
    """A message body for create (``create=True``) or edit (partial) routes."""
    if body is None:
        return [Problem(path, EMPTY_MESSAGE, "Cannot send an empty message")] if create else []
    if not isinstance(body, Mapping):
        return [_type(path, "object", body)]
    problems: list[Problem] = []
    content = body.get("content")
    if content is not None:
        if not isinstance(content, str):
            problems.append(_type((*path, "content"), "string", content))
        elif len(content) > CONTENT_MAX:
            problems.append(_max_len((*path, "content"), CONTENT_MAX))
    problems += validate_embeds(body.get("embeds"), (*path, "embeds"))
    flags = body.get("flags")
    flag_value = 0
    if flags is not None:
        if not _is_int(flags):
            problems.append(_type((*path, "flags"), "integer", flags))
        else:
            flag_value = flags
            # EPHEMERAL on an edit, or on a channel message, is ignored by Discord
            allowed = CREATE_FLAGS if create else EDIT_FLAGS | EPHEMERAL
            bad = flags & ~allowed
            if bad:
                problems.append(
                    Problem(
                        (*path, "flags"),
                        "MESSAGE_FLAGS_INVALID",
                        f"Flags {bad} cannot be set on this message",
                    )
                )
    v2 = bool(flag_value & IS_COMPONENTS_V2)
    problems += validate_components(body.get("components"), (*path, "components"), v2=v2)
    if v2:
        for key in ("content", "embeds"):
            if body.get(key):
                problems.append(
                    Problem(
                        (*path, key),
                        "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
                        "The 'content' and 'embeds' fields cannot be used when using components v2",
                    )
                )
    problems += validate_allowed_mentions(body.get("allowed_mentions"), (*path, "allowed_mentions"))
    tts = body.get("tts")
    if tts is not None and not isinstance(tts, bool):
        problems.append(_type((*path, "tts"), "boolean", tts))
    if create and not problems and is_empty_message(body, has_files=has_files):
        problems.append(Problem(path, EMPTY_MESSAGE, "Cannot send an empty message"))
    return problems


def is_empty_message(body: Mapping[str, Any], *, has_files: bool = False) -> bool:
    content = body.get("content")
    return not (
        (isinstance(content, str) and content.strip())
        or body.get("embeds")
        or body.get("components")
        or body.get("attachments")
        or body.get("sticker_ids")
        or body.get("poll")
        or has_files
    )


# --------------------------------------------------------------------------- interactions


def validate_autocomplete(
    data: Any, option_type: int | None, path: tuple[str | int, ...]
) -> list[Problem]:
    if not isinstance(data, Mapping):
        return [_required(path)] if data is None else [_type(path, "object", data)]
    choices = data.get("choices")
    here = (*path, "choices")
    if choices is None:
        return [_required(here)]
    if not isinstance(choices, list):
        return [_type(here, "array", choices)]
    problems: list[Problem] = []
    if len(choices) > AUTOCOMPLETE_CHOICES_MAX:
        problems.append(_max_len(here, AUTOCOMPLETE_CHOICES_MAX))
    for i, choice in enumerate(choices):
        cpath = (*here, i)
        if not isinstance(choice, Mapping):
            problems.append(_type(cpath, "object", choice))
            continue
        problems += _check_text(choice, "name", cpath, low=1, high=CHOICE_TEXT_MAX, required=True)
        value = choice.get("value")
        vpath = (*cpath, "value")
        if value is None:
            problems.append(_required(vpath))
        elif option_type in (None, 3):
            if not isinstance(value, str):
                problems.append(_type(vpath, "string", value))
            elif not 1 <= len(value) <= CHOICE_TEXT_MAX:
                problems.append(_bad_len(vpath, 1, CHOICE_TEXT_MAX))
        elif option_type == 4:
            if not _is_int(value):
                problems.append(_type(vpath, "integer", value))
            elif not -SAFE_INTEGER <= value <= SAFE_INTEGER:
                problems.append(Problem(vpath, "NUMBER_TYPE_MAX", "Value out of range"))
        elif option_type == 10 and not _is_number(value):
            problems.append(_type(vpath, "number", value))
    return problems


def validate_modal(data: Any, path: tuple[str | int, ...]) -> list[Problem]:
    if not isinstance(data, Mapping):
        return [_required(path)] if data is None else [_type(path, "object", data)]
    problems: list[Problem] = []
    problems += _check_text(data, "custom_id", path, low=1, high=CUSTOM_ID_MAX, required=True)
    problems += _check_text(data, "title", path, low=1, high=MODAL_TITLE_MAX, required=True)
    components = data.get("components")
    if not isinstance(components, list) or not 1 <= len(components) <= 5:
        problems.append(_bad_len((*path, "components"), 1, 5))
    return problems


def validate_callback(
    interaction_type: int, body: Any, *, option_type: int | None = None, has_files: bool = False
) -> list[Problem]:
    """An interaction callback body for an interaction of ``interaction_type``.

    ``option_type`` is the type of the focused option (autocomplete only).
    """
    if not isinstance(body, Mapping):
        return [_type((), "object", body)]
    kind = body.get("type")
    if not _is_int(kind):
        return [_required(("type",))] if kind is None else [_type(("type",), "integer", kind)]
    if kind == 1 and interaction_type != 1:
        return [
            Problem(
                ("type",),
                "INTERACTION_CALLBACK_PONG_INVALID",
                "PONG (1) only answers an HTTP-endpoint PING; a gateway bot never sends it",
            )
        ]
    allowed = ALLOWED_CALLBACKS.get(interaction_type, frozenset())
    if kind not in allowed:
        return [
            Problem(
                ("type",),
                "INTERACTION_RESPONSE_TYPE_INVALID",
                f"Callback type {kind} is not valid for interaction type {interaction_type} "
                f"(allowed: {sorted(allowed)})",
            )
        ]
    data = body.get("data")
    if kind == 4:
        return validate_message(data, create=True, path=("data",), has_files=has_files)
    if kind == 5:
        if data is not None and not isinstance(data, Mapping):
            return [_type(("data",), "object", data)]
        return []
    if kind == 7:
        return validate_message(data, create=False, path=("data",), has_files=has_files)
    if kind == 8:
        return validate_autocomplete(data, option_type, ("data",))
    if kind == 9:
        return validate_modal(data, ("data",))
    return []


# --------------------------------------------------------------------------- commands


def _option_chars(option: Mapping[str, Any]) -> int:
    total = 0
    for key in ("name", "description"):
        if isinstance(option.get(key), str):
            total += len(option[key])
    for choice in option.get("choices") or []:
        if isinstance(choice, Mapping):
            total += len(str(choice.get("name", ""))) + len(str(choice.get("value", "")))
    for sub in option.get("options") or []:
        if isinstance(sub, Mapping):
            total += _option_chars(sub)
    return total


def _validate_name(name: Any, path: tuple[str | int, ...], *, chat_input: bool) -> list[Problem]:
    here = (*path, "name")
    if name is None:
        return [_required(here)]
    if not isinstance(name, str):
        return [_type(here, "string", name)]
    if not 1 <= len(name) <= COMMAND_NAME_MAX:
        return [_bad_len(here, 1, COMMAND_NAME_MAX)]
    if chat_input:
        if not _CHAT_INPUT_NAME.match(name):
            return [Problem(here, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")]
        if name != name.lower():
            return [
                Problem(here, "APPLICATION_COMMAND_INVALID_NAME", "Command name must be lowercase")
            ]
    return []


def _validate_description(desc: Any, path: tuple[str | int, ...]) -> list[Problem]:
    here = (*path, "description")
    if desc is None or desc == "":
        return [_required(here)]
    if not isinstance(desc, str):
        return [_type(here, "string", desc)]
    if not 1 <= len(desc) <= COMMAND_DESCRIPTION_MAX:
        return [_bad_len(here, 1, COMMAND_DESCRIPTION_MAX)]
    return []


def _validate_choices(option: Mapping[str, Any], path: tuple[str | int, ...]) -> list[Problem]:
    choices = option.get("choices")
    if not choices:
        return []
    here = (*path, "choices")
    kind = option.get("type")
    if kind not in (3, 4, 10):
        return [
            Problem(
                here,
                "APPLICATION_COMMAND_OPTION_CHOICES_INVALID",
                "Only string, integer and number options can have choices",
            )
        ]
    if not isinstance(choices, list):
        return [_type(here, "array", choices)]
    problems: list[Problem] = []
    if len(choices) > 25:
        problems.append(_max_len(here, 25))
    if option.get("autocomplete"):
        problems.append(
            Problem(
                (*path, "autocomplete"),
                "APPLICATION_COMMAND_AUTOCOMPLETE_WITH_CHOICES",
                "Autocomplete cannot be used with choices",
            )
        )
    for i, choice in enumerate(choices):
        cpath = (*here, i)
        if not isinstance(choice, Mapping):
            problems.append(_type(cpath, "object", choice))
            continue
        problems += _check_text(choice, "name", cpath, low=1, high=CHOICE_TEXT_MAX, required=True)
        value = choice.get("value")
        if kind == 3:
            if not isinstance(value, str):
                problems.append(_type((*cpath, "value"), "string", value))
            elif not 1 <= len(value) <= CHOICE_TEXT_MAX:
                problems.append(_bad_len((*cpath, "value"), 1, CHOICE_TEXT_MAX))
        elif kind == 4 and not _is_int(value):
            problems.append(_type((*cpath, "value"), "integer", value))
        elif kind == 10 and not _is_number(value):
            problems.append(_type((*cpath, "value"), "number", value))
    return problems


def _validate_options(options: Any, path: tuple[str | int, ...], *, depth: int) -> list[Problem]:
    """``depth`` 0 = directly under a command, 1 = under a group, 2 = under a subcommand."""
    if options is None:
        return []
    here = (*path, "options")
    if not isinstance(options, list):
        return [_type(here, "array", options)]
    problems: list[Problem] = []
    if len(options) > COMMAND_OPTIONS_MAX:
        problems.append(_max_len(here, COMMAND_OPTIONS_MAX))
    names: set[str] = set()
    seen_optional = False
    kinds: set[str] = set()
    for i, option in enumerate(options):
        opath = (*here, i)
        if not isinstance(option, Mapping):
            problems.append(_type(opath, "object", option))
            continue
        kind = option.get("type")
        if not isinstance(kind, int) or isinstance(kind, bool) or not 1 <= kind <= 11:
            problems.append(
                Problem((*opath, "type"), "BASE_TYPE_CHOICES", "Value must be one of 1..11.")
            )
            continue
        problems += _validate_name(option.get("name"), opath, chat_input=True)
        problems += _validate_description(option.get("description"), opath)
        name = option.get("name")
        if isinstance(name, str):
            if name in names:
                problems.append(
                    Problem(
                        (*opath, "name"),
                        "APPLICATION_COMMAND_OPTION_NAME_ALREADY_EXISTS",
                        "Option names must be unique",
                    )
                )
            names.add(name)
        if kind in (1, 2):
            kinds.add("sub")
            if kind == 2 and depth != 0:
                problems.append(
                    Problem(
                        (*opath, "type"),
                        "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                        "Subcommand groups can only be top-level options",
                    )
                )
            if kind == 1 and depth > 1:
                problems.append(
                    Problem(
                        (*opath, "type"),
                        "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                        "Subcommands cannot be nested in subcommands",
                    )
                )
            sub = option.get("options") or []
            if kind == 2:
                if not sub:
                    problems.append(_required((*opath, "options")))
                for j, child in enumerate(sub if isinstance(sub, list) else []):
                    if isinstance(child, Mapping) and child.get("type") != 1:
                        problems.append(
                            Problem(
                                (*opath, "options", j, "type"),
                                "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                                "A subcommand group can only contain subcommands",
                            )
                        )
            problems += _validate_options(sub, opath, depth=1 if kind == 2 else 2)
        else:
            kinds.add("value")
            if option.get("required"):
                if seen_optional:
                    problems.append(
                        Problem(
                            (*opath, "required"),
                            "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                            "Required options must be placed before non-required options",
                        )
                    )
            else:
                seen_optional = True
            problems += _validate_choices(option, opath)
            if option.get("autocomplete") and kind not in (3, 4, 10):
                problems.append(
                    Problem(
                        (*opath, "autocomplete"),
                        "APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_INVALID",
                        "Only string, integer and number options support autocomplete",
                    )
                )
            for key, low, high in (("min_length", 0, 6000), ("max_length", 1, 6000)):
                value = option.get(key)
                if value is not None and (not _is_int(value) or not low <= value <= high):
                    problems.append(
                        Problem(
                            (*opath, key), "NUMBER_TYPE_MAX", f"Must be between {low} and {high}."
                        )
                    )
            if option.get("channel_types") and kind != 7:
                problems.append(
                    Problem(
                        (*opath, "channel_types"),
                        "APPLICATION_COMMAND_OPTION_CHANNEL_TYPES_INVALID",
                        "Only channel options take channel_types",
                    )
                )
    if len(kinds) > 1:
        problems.append(
            Problem(
                here,
                "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                "Subcommands and subcommand groups cannot be mixed with other options",
            )
        )
    return problems


def validate_command(command: Any, path: tuple[str | int, ...] = ()) -> list[Problem]:
    if not isinstance(command, Mapping):
        return [_type(path, "object", command)]
    kind = command.get("type", 1)
    if kind is None:
        kind = 1
    if kind not in (1, 2, 3, 4):
        return [Problem((*path, "type"), "BASE_TYPE_CHOICES", "Value must be one of (1, 2, 3, 4).")]
    problems: list[Problem] = []
    chat_input = kind == 1
    problems += _validate_name(command.get("name"), path, chat_input=chat_input)
    if chat_input:
        problems += _validate_description(command.get("description"), path)
        problems += _validate_options(command.get("options"), path, depth=0)
        if _option_chars(command) > COMMAND_TOTAL_MAX:
            problems.append(
                Problem(
                    path,
                    "APPLICATION_COMMAND_TOO_LARGE",
                    f"Command exceeds maximum size ({COMMAND_TOTAL_MAX})",
                )
            )
    else:
        if command.get("description"):
            problems.append(
                Problem(
                    (*path, "description"),
                    "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION",
                    "Context menu commands cannot have a description",
                )
            )
        if command.get("options"):
            problems.append(
                Problem(
                    (*path, "options"),
                    "APPLICATION_COMMAND_CONTEXT_MENU_OPTIONS",
                    "Context menu commands cannot have options",
                )
            )
    return problems


def validate_commands(commands: Any) -> list[Problem]:
    """A bulk-overwrite body: a list of commands, names unique per type, per-type counts."""
    if not isinstance(commands, list):
        return [_type((), "array", commands)]
    problems: list[Problem] = []
    seen: dict[tuple[int, str], int] = {}
    counts: dict[int, int] = {}
    for i, command in enumerate(commands):
        problems += validate_command(command, (i,))
        if not isinstance(command, Mapping):
            continue
        kind = command.get("type") or 1
        name = command.get("name")
        counts[kind] = counts.get(kind, 0) + 1
        if isinstance(name, str):
            if (kind, name) in seen:
                problems.append(
                    Problem(
                        (i, "name"),
                        "APPLICATION_COMMANDS_DUPLICATE_NAME",
                        f"Application command names must be unique ({name})",
                    )
                )
            seen[(kind, name)] = i
    if counts.get(1, 0) > CHAT_INPUT_COMMANDS_MAX:
        problems.append(_max_len((), CHAT_INPUT_COMMANDS_MAX))
    for kind in (2, 3):
        if counts.get(kind, 0) > CONTEXT_MENU_COMMANDS_MAX:
            problems.append(
                Problem(
                    (),
                    "APPLICATION_COMMANDS_TOO_MANY",
                    f"At most {CONTEXT_MENU_COMMANDS_MAX} commands of type {kind}",
                )
            )
    return problems
