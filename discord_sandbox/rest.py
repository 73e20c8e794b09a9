"""The sandbox's REST API (``/api/v10/...``): the routes discord.py uses, answered as Discord
does, with Discord's error shapes, rate-limit headers, injected faults, and validation of every
body the bot sends (Discord's documented limits, plus the OpenAPI schema when available).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web

from discord_sandbox import validation
from discord_sandbox.gateway import DIRECT_MESSAGES, GUILD_MESSAGES
from discord_sandbox.interactions import APPLICATION_COMMAND, PendingInteraction, Rejection
from discord_sandbox.messages import (
    CHAT_INPUT_COMMAND,
    CONTEXT_MENU_COMMAND,
    DEFAULT,
    EPHEMERAL,
    LOADING,
    REPLY,
    StoredMessage,
)
from discord_sandbox.world import (
    CREATE_PRIVATE_THREADS,
    CREATE_PUBLIC_THREADS,
    DM,
    GUILD_TEXT,
    MANAGE_MESSAGES,
    PRIVATE_THREAD,
    PUBLIC_THREAD,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    SEND_MESSAGES_IN_THREADS,
    VIEW_CHANNEL,
    SandboxChannel,
)

if TYPE_CHECKING:
    from discord_sandbox.server import Sandbox

log = logging.getLogger(__name__)

API_VERSIONS = frozenset({"9", "10"})

UNAUTHORIZED = {"message": "401: Unauthorized", "code": 0}
NOT_FOUND = {"message": "404: Not Found", "code": 0}
UNKNOWN_CHANNEL = {"message": "Unknown Channel", "code": 10003}
UNKNOWN_MESSAGE = {"message": "Unknown Message", "code": 10008}
UNKNOWN_WEBHOOK = {"message": "Unknown Webhook", "code": 10015}
UNKNOWN_COMMAND = {"message": "Unknown application command", "code": 10063}
UNKNOWN_INTERACTION = {"message": "Unknown interaction", "code": 10062}
UNKNOWN_USER = {"message": "Unknown User", "code": 10013}
MISSING_ACCESS = {"message": "Missing Access", "code": 50001}
MISSING_PERMISSIONS = {"message": "Missing Permissions", "code": 50013}
CANNOT_EDIT_OTHERS = {"message": "Cannot edit a message authored by another user", "code": 50005}
WRONG_CHANNEL_TYPE = {"message": "Cannot execute action on this channel type", "code": 50024}
THREAD_EXISTS = {"message": "A thread has already been created for this message", "code": 160004}
THREAD_LOCKED = {"message": "Thread is locked", "code": 160005}
ALREADY_ACKNOWLEDGED = {"message": "Interaction has already been acknowledged.", "code": 40060}
INVALID_JSON = {"message": "The request body contains invalid JSON.", "code": 50109}
SERVER_ERROR = {"message": "500: Internal Server Error", "code": 0}

THREAD_NAME_MAX = 100
ARCHIVE_DURATIONS = frozenset({60, 1440, 4320, 10080})
SLOWMODE_MAX = 21600
ATTACHMENT_CDN = "https://cdn.sandbox.invalid/attachments"
ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024  # a bot's upload limit per file (no boosts)
ENTITY_TOO_LARGE = {"message": "Request entity too large", "code": 40005}


@dataclass(frozen=True, slots=True)
class Upload:
    """One file the bot uploaded (a multipart ``files[n]`` part), as its attachment became."""

    attachment_id: int
    filename: str
    content_type: str
    description: str | None
    data: bytes


class ApiError(Exception):
    """An error response, in Discord's shape."""

    def __init__(
        self, status: int, body: Mapping[str, Any], headers: Mapping[str, str] | None = None
    ):
        super().__init__(f"{status} {body.get('message')}")
        self.status = status
        self.body = dict(body)
        self.headers = dict(headers or {})


@dataclass(slots=True)
class RequestRecord:
    """One REST call the sandbox received. ``time`` is ``time.monotonic()`` at arrival."""

    method: str
    path: str  # relative to the API base, e.g. "/interactions/1/tok/callback"
    query: dict[str, str]
    json: Any
    status: int = 0
    time: float = 0.0
    template: str | None = None  # the OpenAPI path template of the route, when known
    injected: bool = False  # the status came from fail_next
    duration: float = 0.0
    files: int = 0


@dataclass(frozen=True, slots=True)
class Violation:
    """Something the bot sent that Discord would refuse (or a protocol mistake).

    ``kind``: "limits" (Discord's documented limits), "openapi" (the OpenAPI request schema),
    or "protocol" (acknowledging twice, answering late, unknown tokens...).
    """

    kind: str
    method: str
    path: str
    template: str | None
    field: str
    code: str
    message: str


@dataclass
class Fault:
    method: str
    pattern: re.Pattern[str]
    status: int
    retry_after: float
    remaining: int


@dataclass
class Call:
    request: web.Request
    method: str
    path: str
    params: dict[str, str]
    body: Any
    files: list[dict[str, Any]]
    template: str | None
    arrived: float  # time.perf_counter() when the request arrived
    record: RequestRecord
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def query(self) -> Mapping[str, str]:
        return self.request.query

    def flag(self, name: str) -> bool:
        return self.request.query.get(name, "").lower() in ("1", "true")


Handler = Callable[[Call], Awaitable[web.StreamResponse]]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    pattern: re.Pattern[str]
    handler: Handler
    auth: bool


def _compile(template: str) -> re.Pattern[str]:
    out = ""
    for part in re.split(r"(\{[a-z_]+\})", template):
        if part.startswith("{"):
            out += f"(?P<{part[1:-1]}>[^/]+)"
        else:
            out += re.escape(part)
    return re.compile(out + "/?$")


def _json(data: Any, status: int = 200) -> web.Response:
    # exactly "application/json": discord.py parses JSON only for that content type (no charset)
    return web.Response(
        body=_dumps(data).encode("utf-8"),
        status=status,
        headers={"Content-Type": "application/json"},
    )


def _dumps(data: Any) -> str:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def _no_content() -> web.Response:
    return web.Response(status=204)


def _snowflake(value: str) -> int | None:
    return int(value) if value.isdigit() and len(value) < 21 else None


class RestApi:
    """The route table and the handlers; state lives on the :class:`Sandbox`."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.routes: list[Route] = []
        cb = "/interactions/{interaction_id}/{interaction_token}/callback"
        wh = "/webhooks/{webhook_id}/{webhook_token}"
        apps = "/applications/{application_id}"
        guild_cmds = apps + "/guilds/{guild_id}/commands"
        table: list[tuple[str, str, Handler, bool]] = [
            ("GET", "/users/@me", self.get_me, True),
            ("GET", "/users/{user_id}", self.get_user, True),
            ("POST", "/users/@me/channels", self.create_dm, True),
            ("GET", "/oauth2/applications/@me", self.get_application, True),
            ("GET", "/applications/@me", self.get_application, True),
            ("GET", "/gateway", self.get_gateway, False),
            ("GET", "/gateway/bot", self.get_gateway_bot, True),
            ("GET", apps + "/commands", self.list_commands, True),
            ("PUT", apps + "/commands", self.overwrite_commands, True),
            ("POST", apps + "/commands", self.upsert_command, True),
            ("GET", apps + "/commands/{command_id}", self.get_command, True),
            ("PATCH", apps + "/commands/{command_id}", self.edit_command, True),
            ("DELETE", apps + "/commands/{command_id}", self.delete_command, True),
            ("GET", guild_cmds, self.list_commands, True),
            ("PUT", guild_cmds, self.overwrite_commands, True),
            ("POST", guild_cmds, self.upsert_command, True),
            ("GET", guild_cmds + "/{command_id}", self.get_command, True),
            ("PATCH", guild_cmds + "/{command_id}", self.edit_command, True),
            ("DELETE", guild_cmds + "/{command_id}", self.delete_command, True),
            ("POST", cb, self.interaction_callback, False),
            ("POST", wh, self.create_followup, False),
            ("GET", wh + "/messages/@original", self.get_webhook_message, False),
            ("PATCH", wh + "/messages/@original", self.edit_webhook_message, False),
            ("DELETE", wh + "/messages/@original", self.delete_webhook_message, False),
            ("GET", wh + "/messages/{message_id}", self.get_webhook_message, False),
            ("PATCH", wh + "/messages/{message_id}", self.edit_webhook_message, False),
            ("DELETE", wh + "/messages/{message_id}", self.delete_webhook_message, False),
            ("GET", "/channels/{channel_id}", self.get_channel, True),
            ("GET", "/channels/{channel_id}/messages", self.list_channel_messages, True),
            ("POST", "/channels/{channel_id}/messages", self.create_channel_message, True),
            ("GET", "/channels/{channel_id}/messages/{message_id}", self.get_channel_message, True),
            (
                "PATCH",
                "/channels/{channel_id}/messages/{message_id}",
                self.edit_channel_message,
                True,
            ),
            (
                "DELETE",
                "/channels/{channel_id}/messages/{message_id}",
                self.delete_channel_message,
                True,
            ),
            ("POST", "/channels/{channel_id}/threads", self.start_thread, True),
            (
                "POST",
                "/channels/{channel_id}/messages/{message_id}/threads",
                self.start_thread_from_message,
                True,
            ),
        ]
        # literal segments (@me, @original) must win over {parameters}: try them first
        table.sort(key=lambda r: "{" in r[1].rsplit("/", 1)[-1])
        for method, template, handler, auth in table:
            self.routes.append(Route(method, template, _compile(template), handler, auth))

    # ----------------------------------------------------------------- plumbing

    def match(self, method: str, path: str) -> tuple[Route | None, dict[str, str]]:
        for route in self.routes:
            if route.method != method:
                continue
            m = route.pattern.match(path)
            if m:
                return route, m.groupdict()
        return None, {}

    async def handle(self, request: web.Request) -> web.StreamResponse:
        arrived = time.perf_counter()
        started = time.monotonic()
        sandbox = self.sandbox
        version = request.match_info.get("version", "10")
        path = "/" + request.match_info.get("tail", "")
        method = request.method.upper()
        record = RequestRecord(method, path, dict(request.query), None, time=started)
        sandbox.requests.append(record)
        try:
            body, files = await self._read_body(request)
        except ApiError as error:
            return self._finish(record, error.status, _json(error.body, error.status), started)
        record.json = body
        record.files = len(files)
        route, params = self.match(method, path) if version in API_VERSIONS else (None, {})
        record.template = route.template if route else None
        call = Call(request, method, path, params, body, files, record.template, arrived, record)
        try:
            needs_auth = (
                route.auth if route else not path.startswith(("/webhooks/", "/interactions/"))
            )
            if needs_auth and request.headers.get("Authorization") != f"Bot {sandbox.token}":
                raise ApiError(401, UNAUTHORIZED)
            fault = self._fault(method, path)
            if fault is not None:
                record.injected = True
                return self._finish(record, fault.status, self._fault_response(fault), started)
            if route is None:
                raise ApiError(404, NOT_FOUND)
            response = await route.handler(call)
        except ApiError as error:
            response = _json(error.body, error.status)
            response.headers.update(error.headers)
        self._rate_limit_headers(response, record.template or path)
        return self._finish(record, response.status, response, started)

    @staticmethod
    def _finish(
        record: RequestRecord, status: int, response: web.StreamResponse, started: float
    ) -> web.StreamResponse:
        record.status = status
        record.duration = time.monotonic() - started
        return response

    async def _read_body(self, request: web.Request) -> tuple[Any, list[dict[str, Any]]]:
        if not request.can_read_body:
            return None, []
        ctype = request.content_type
        if ctype == "multipart/form-data":
            return await self._read_multipart(request)
        raw = await request.read()
        if not raw:
            return None, []
        try:
            return json.loads(raw), []
        except ValueError:
            raise ApiError(400, INVALID_JSON) from None

    async def _read_multipart(self, request: web.Request) -> tuple[Any, list[dict[str, Any]]]:
        body: Any = None
        files: list[dict[str, Any]] = []
        reader = await request.multipart()
        while True:
            part = await reader.next()
            if part is None:
                break
            name = getattr(part, "name", None)
            filename = getattr(part, "filename", None)
            data = await part.read()  # type: ignore[union-attr]
            if name == "payload_json":
                try:
                    body = json.loads(bytes(data))
                except ValueError:
                    raise ApiError(400, INVALID_JSON) from None
            elif filename is not None or validation.file_index(name) is not None:
                index = validation.file_index(name)
                if len(data) > ATTACHMENT_SIZE_LIMIT:
                    raise ApiError(413, ENTITY_TOO_LARGE)
                files.append(
                    {
                        "index": index if index is not None else len(files),
                        "field": name,
                        "filename": filename,
                        "size": len(data),
                        "content_type": part.headers.get(
                            "Content-Type", "application/octet-stream"
                        ),
                        "data": bytes(data),
                    }
                )
        return body, files

    def _attachments(
        self, call: Call, message: Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """Attachment objects for the files of a multipart request; ``message`` is the message
        body describing them (default: the request body; an interaction callback's ``data``).
        Each file's bytes are kept in ``sandbox.uploads`` under its attachment id."""
        out: list[dict[str, Any]] = []
        described = {}
        body = message if message is not None else call.body
        if isinstance(body, Mapping):
            for item in body.get("attachments") or []:
                if isinstance(item, Mapping):
                    described[str(item.get("id"))] = item
        for f in call.files:
            attachment_id = self.sandbox.world.snowflakes.next()
            meta = described.get(str(f["index"]), {})
            filename = str(meta.get("filename") or f["filename"])
            url = f"{ATTACHMENT_CDN}/{call.params.get('channel_id', 0)}/{attachment_id}/{filename}"
            data: dict[str, Any] = {
                "id": str(attachment_id),
                "filename": filename,
                "size": f["size"],
                "url": url,
                "proxy_url": url,
                "content_type": f["content_type"],
            }
            if meta.get("description"):
                data["description"] = meta["description"]
            out.append(data)
            self.sandbox.uploads[attachment_id] = Upload(
                attachment_id,
                filename,
                str(f["content_type"]),
                data.get("description"),
                f["data"],
            )
        return out

    def _check_uploads(
        self,
        call: Call,
        message: Any,
        *,
        path: tuple[str | int, ...] = (),
        existing: StoredMessage | None = None,
    ) -> list[validation.Problem]:
        """Discord's rules for the files of a multipart request (none: nothing to check)."""
        if not call.files and not (isinstance(message, Mapping) and message.get("attachments")):
            return []
        kept = [str(a.get("id")) for a in existing.attachments] if existing is not None else []
        return validation.validate_uploads(message, call.files, path=path, existing=kept)

    # ----------------------------------------------------------------- faults & headers

    def _fault(self, method: str, path: str) -> Fault | None:
        for fault in self.sandbox.faults:
            if fault.remaining <= 0:
                continue
            if fault.method not in ("*", method):
                continue
            if fault.pattern.search(path):
                fault.remaining -= 1
                return fault
        return None

    def _fault_response(self, fault: Fault) -> web.Response:
        if fault.status == 429:
            now = time.time()
            response = _json(
                {
                    "message": "You are being rate limited.",
                    "retry_after": fault.retry_after,
                    "global": False,
                },
                429,
            )
            response.headers.update(
                {
                    "Retry-After": f"{max(fault.retry_after, 0.0):.3f}",
                    "X-RateLimit-Limit": "5",
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": f"{now + fault.retry_after:.3f}",
                    "X-RateLimit-Reset-After": f"{fault.retry_after:.3f}",
                    "X-RateLimit-Bucket": "sandbox-fault",
                    "X-RateLimit-Scope": "user",
                    # Discord's 429s come through its proxy; discord.py treats a 429 without
                    # Via as a Cloudflare ban and gives up
                    "Via": "1.1 google",
                }
            )
            return response
        if fault.status >= 500:
            body = dict(SERVER_ERROR)
            body["message"] = f"{fault.status}: {_reason(fault.status)}"
            return _json(body, fault.status)
        return _json(
            {"message": f"{fault.status}: {_reason(fault.status)}", "code": 0}, fault.status
        )

    @staticmethod
    def _rate_limit_headers(response: web.StreamResponse, bucket_key: str) -> None:
        if response.status == 429:
            return
        bucket = hashlib.sha1(bucket_key.encode(), usedforsecurity=False).hexdigest()[:16]
        response.headers.update(
            {
                "X-RateLimit-Limit": "50",
                "X-RateLimit-Remaining": "49",
                "X-RateLimit-Reset": f"{time.time() + 1:.3f}",
                "X-RateLimit-Reset-After": "1.000",
                "X-RateLimit-Bucket": bucket,
            }
        )

    # ----------------------------------------------------------------- validation

    def _validate(self, call: Call, problems: list[validation.Problem]) -> None:
        """Record problems with the body, and its OpenAPI schema problems when the spec is
        loaded; raise the 400 Discord would send (schema problems alone: only when
        ``strict_openapi``)."""
        sandbox = self.sandbox
        for problem in problems:
            sandbox.record_violation(
                "limits",
                call.method,
                call.path,
                call.template,
                problem.field,
                problem.code,
                problem.message,
            )
        schema: list[validation.Problem] = []
        if sandbox.openapi is not None and call.template is not None:
            for sp in sandbox.openapi.validate(call.template, call.method, call.body) or []:
                schema.append(
                    validation.Problem(sp.path, f"SCHEMA_{sp.keyword.upper()}", sp.message)
                )
                sandbox.record_violation(
                    "openapi",
                    call.method,
                    call.path,
                    call.template,
                    sp.field,
                    sp.keyword,
                    sp.message,
                )
        if problems:
            status, body = validation.error_response(problems)
            raise ApiError(status, body)
        if schema and sandbox.strict_openapi:
            status, body = validation.error_response(schema)
            raise ApiError(status, body)

    def _protocol(self, call: Call, code: int, message: str, field_name: str = "<request>") -> None:
        self.sandbox.record_violation(
            "protocol", call.method, call.path, call.template, field_name, str(code), message
        )

    # ----------------------------------------------------------------- users & app

    async def get_me(self, call: Call) -> web.Response:
        return _json(self.sandbox.world.user_payload())

    async def get_user(self, call: Call) -> web.Response:
        uid = _snowflake(call.params["user_id"])
        user = self.sandbox.world.users.get(uid) if uid is not None else None
        if user is None:
            raise ApiError(404, UNKNOWN_USER)
        return _json(user.payload())

    async def create_dm(self, call: Call) -> web.Response:
        body = call.body if isinstance(call.body, Mapping) else {}
        uid = _snowflake(str(body.get("recipient_id", "")))
        user = self.sandbox.world.users.get(uid) if uid is not None else None
        if user is None:
            raise ApiError(400, {"message": "Invalid Recipient(s)", "code": 50033})
        return _json(self.sandbox.world.dm_channel(user).payload())

    async def get_application(self, call: Call) -> web.Response:
        return _json(self.sandbox.world.application_payload())

    async def get_gateway(self, call: Call) -> web.Response:
        return _json({"url": self.sandbox.gateway_url})

    async def get_gateway_bot(self, call: Call) -> web.Response:
        return _json(
            {
                "url": self.sandbox.gateway_url,
                "shards": self.sandbox.recommended_shards,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 999,
                    "reset_after": 14_400_000,
                    "max_concurrency": 1,
                },
            }
        )

    # ----------------------------------------------------------------- commands

    def _command_scope(self, call: Call) -> dict[int, dict[str, Any]]:
        sandbox = self.sandbox
        if call.params.get("application_id") != str(sandbox.application_id):
            raise ApiError(403, MISSING_ACCESS)
        guild_param = call.params.get("guild_id")
        if guild_param is None:
            return sandbox.global_commands
        gid = _snowflake(guild_param)
        guild = sandbox.world.guilds.get(gid) if gid is not None else None
        if guild is None or not guild.present:
            raise ApiError(403, MISSING_ACCESS)
        return sandbox.guild_commands.setdefault(guild.id, {})

    def _stored_command(
        self, body: Mapping[str, Any], guild_id: str | None, previous: dict[str, Any] | None
    ) -> dict[str, Any]:
        world = self.sandbox.world
        kind = body.get("type") or 1
        command: dict[str, Any] = {
            "id": previous["id"] if previous else str(world.snowflakes.next()),
            "application_id": str(world.application_id),
            "version": "",
            "type": kind,
            "name": body.get("name"),
            "name_localizations": body.get("name_localizations"),
            "description": body.get("description") or "",
            "description_localizations": body.get("description_localizations"),
            "default_member_permissions": _perm_string(body.get("default_member_permissions")),
            "nsfw": bool(body.get("nsfw") or False),
            "contexts": body.get("contexts"),
            "integration_types": body.get("integration_types") or [0],
        }
        options = [_strip_none(o) for o in body.get("options") or [] if isinstance(o, Mapping)]
        if options:
            command["options"] = options
        if guild_id is not None:
            command["guild_id"] = guild_id
        else:
            dm = body.get("dm_permission")
            command["dm_permission"] = True if dm is None else bool(dm)
        unchanged = previous is not None and _command_key(previous) == _command_key(command)
        command["version"] = (
            previous["version"] if unchanged and previous else str(world.snowflakes.next())
        )
        return command

    async def list_commands(self, call: Call) -> web.Response:
        return _json(list(self._command_scope(call).values()))

    async def overwrite_commands(self, call: Call) -> web.Response:
        scope = self._command_scope(call)
        self._validate(call, validation.validate_commands(call.body))
        by_key = {(c["type"], c["name"]): c for c in scope.values()}
        fresh: dict[int, dict[str, Any]] = {}
        for body in call.body:
            previous = by_key.get((body.get("type") or 1, body.get("name")))
            command = self._stored_command(body, call.params.get("guild_id"), previous)
            fresh[int(command["id"])] = command
        scope.clear()
        scope.update(fresh)
        self.sandbox.commands_changed()
        return _json(list(scope.values()))

    async def upsert_command(self, call: Call) -> web.Response:
        scope = self._command_scope(call)
        self._validate(call, validation.validate_command(call.body))
        body = call.body
        previous = next(
            (
                c
                for c in scope.values()
                if c["type"] == (body.get("type") or 1) and c["name"] == body.get("name")
            ),
            None,
        )
        command = self._stored_command(body, call.params.get("guild_id"), previous)
        scope[int(command["id"])] = command
        self.sandbox.commands_changed()
        return _json(command, 200 if previous else 201)

    def _command(self, call: Call) -> tuple[dict[int, dict[str, Any]], dict[str, Any]]:
        scope = self._command_scope(call)
        cid = _snowflake(call.params["command_id"])
        command = scope.get(cid) if cid is not None else None
        if command is None:
            raise ApiError(404, UNKNOWN_COMMAND)
        return scope, command

    async def get_command(self, call: Call) -> web.Response:
        return _json(self._command(call)[1])

    async def edit_command(self, call: Call) -> web.Response:
        scope, command = self._command(call)
        body = call.body if isinstance(call.body, Mapping) else {}
        merged = {k: v for k, v in command.items() if k not in ("id", "version")}
        merged.update(body)
        self._validate(call, validation.validate_command(merged))
        updated = self._stored_command(merged, call.params.get("guild_id"), command)
        scope[int(updated["id"])] = updated
        self.sandbox.commands_changed()
        return _json(updated)

    async def delete_command(self, call: Call) -> web.Response:
        scope, command = self._command(call)
        del scope[int(command["id"])]
        self.sandbox.commands_changed()
        return _no_content()

    # ----------------------------------------------------------------- interaction callback

    async def interaction_callback(self, call: Call) -> web.Response:
        sandbox = self.sandbox
        iid = _snowflake(call.params["interaction_id"])
        pending = sandbox.interactions.get(iid) if iid is not None else None
        if (
            pending is None
            or pending.token != call.params["interaction_token"]
            or pending.expired()
        ):
            self._protocol(call, 10062, "callback for an unknown or expired interaction")
            raise ApiError(404, UNKNOWN_INTERACTION)
        result = pending.result
        if pending.acknowledged:
            self._protocol(call, 40060, "interaction acknowledged twice")
            result.rejections.append(Rejection(400, dict(ALREADY_ACKNOWLEDGED)))
            raise ApiError(400, ALREADY_ACKNOWLEDGED)
        if pending.late(call.arrived):
            elapsed = call.arrived - pending.dispatched
            self._protocol(
                call,
                10062,
                f"first callback {elapsed:.3f} s after the interaction "
                f"(deadline {pending.deadline:g} s)",
            )
            result._reject(404, dict(UNKNOWN_INTERACTION), at=call.arrived)
            raise ApiError(404, UNKNOWN_INTERACTION)
        body = call.body
        problems = validation.validate_callback(
            pending.type, body, option_type=pending.focused_type, has_files=bool(call.files)
        )
        if isinstance(body, Mapping) and body.get("type") in (4, 7):
            edited = pending.source_message if body.get("type") == 7 else None
            problems += self._check_uploads(call, body.get("data"), path=("data",), existing=edited)
        try:
            self._validate(call, problems)
        except ApiError as error:
            result._reject(error.status, error.body, at=call.arrived)
            raise
        kind = int(body["type"])
        data = body.get("data") if isinstance(body.get("data"), Mapping) else None
        message = self._apply_callback(pending, kind, data, call)
        pending.acknowledged = True
        pending.callback_type = kind
        result._accept(kind, data, message, at=call.arrived)
        if not call.flag("with_response"):
            return _no_content()
        interaction: dict[str, Any] = {"id": str(pending.id), "type": pending.type}
        resource: dict[str, Any] = {"type": kind}
        if message is not None:
            interaction["response_message_id"] = str(message.id)
            interaction["response_message_loading"] = message.loading
            interaction["response_message_ephemeral"] = message.ephemeral
            if kind in (4, 5, 7):
                resource["message"] = message.payload(sandbox.world)
        return _json({"interaction": interaction, "resource": resource})

    def _apply_callback(
        self,
        pending: PendingInteraction,
        kind: int,
        data: Mapping[str, Any] | None,
        call: Call,
    ) -> StoredMessage | None:
        sandbox = self.sandbox
        if kind == 4:
            message = self._interaction_message(pending, data or {}, call)
            pending.original = message
            return message
        if kind == 5:
            flags = int((data or {}).get("flags") or 0)
            message = self._interaction_message(
                pending, {}, call, loading_flags=LOADING | (flags & EPHEMERAL)
            )
            pending.original = message
            return message
        if kind in (6, 7):
            source = pending.source_message
            pending.original = source
            if source is not None and kind == 7 and data is not None:
                source.apply(
                    data,
                    world=sandbox.world,
                    create=False,
                    attachments=self._attachments(call, data),
                )
                source.notify()
                if not source.ephemeral:
                    sandbox.dispatch_message("MESSAGE_UPDATE", source)
            return source
        return None

    def _interaction_message(
        self,
        pending: PendingInteraction,
        data: Mapping[str, Any],
        call: Call,
        *,
        loading_flags: int | None = None,
        followup_of: StoredMessage | None = None,
    ) -> StoredMessage:
        """A new message created by an interaction response or follow-up."""
        sandbox = self.sandbox
        world = sandbox.world
        if pending.type == APPLICATION_COMMAND:
            kind = CHAT_INPUT_COMMAND if pending.command_type in (None, 1) else CONTEXT_MENU_COMMAND
        else:
            kind = DEFAULT
        metadata: dict[str, Any] = {
            "id": str(pending.id),
            "type": pending.type,
            "user": pending.user.payload(),
            "authorizing_integration_owners": (
                {"0": str(pending.guild.id)} if pending.guild else {"1": str(pending.user.id)}
            ),
        }
        if pending.command_name:
            metadata["name"] = pending.command_name
            metadata["command_type"] = pending.command_type or 1
        if pending.source_message is not None:
            metadata["interacted_message_id"] = str(pending.source_message.id)
        if followup_of is not None:
            metadata["original_response_message_id"] = str(followup_of.id)
        legacy: dict[str, Any] = {
            "id": str(pending.id),
            "type": pending.type,
            "name": pending.command_name or "",
            "user": pending.user.payload(),
        }
        if pending.guild is not None:
            legacy["member"] = world.member_payload(pending.user, pending.guild, with_user=False)
        message = StoredMessage(
            id=world.snowflakes.next(),
            channel_id=pending.channel.id,
            guild_id=pending.guild.id if pending.guild else None,
            author=world.bot,
            type=kind,
            webhook_id=world.application_id,
            application_id=world.application_id,
            interaction_metadata=metadata,
            interaction=legacy,
        )
        if loading_flags is None:
            message.apply(data, world=world, create=True, attachments=self._attachments(call, data))
        else:
            message.flags = loading_flags
        if message.ephemeral:
            message.visible_to = pending.user.id
        sandbox.messages.add(message)
        self._count_message(pending.channel, message)
        if not message.ephemeral:
            sandbox.dispatch_message("MESSAGE_CREATE", message)
        return message

    @staticmethod
    def _count_message(channel: SandboxChannel, message: StoredMessage) -> None:
        if message.ephemeral:
            return
        channel.last_message_id = message.id
        if channel.is_thread:
            channel.message_count += 1
            channel.total_message_sent += 1

    # ----------------------------------------------------------------- webhooks (follow-ups)

    def _webhook_pending(self, call: Call) -> PendingInteraction:
        sandbox = self.sandbox
        pending = None
        if call.params["webhook_id"] == str(sandbox.application_id):
            pending = sandbox.interaction_by_token(call.params["webhook_token"])
        if pending is None or pending.expired():
            self._protocol(call, 10015, "webhook token unknown or expired (15 minutes)")
            raise ApiError(404, UNKNOWN_WEBHOOK)
        if not pending.acknowledged:
            self._protocol(call, 10015, "follow-up or edit before the interaction was answered")
            raise ApiError(404, UNKNOWN_WEBHOOK)
        return pending

    def _webhook_message(self, call: Call, pending: PendingInteraction) -> StoredMessage:
        wanted = call.params.get("message_id")
        if wanted is None:  # @original
            message = pending.original
        else:
            mid = _snowflake(wanted)
            message = next((m for m in pending.messages() if m.id == mid), None)
        if message is None or message.deleted:
            raise ApiError(404, UNKNOWN_MESSAGE)
        return message

    async def create_followup(self, call: Call) -> web.Response:
        sandbox = self.sandbox
        pending = self._webhook_pending(call)
        body = call.body if call.body is not None else {}
        self._validate(
            call,
            validation.validate_message(body, create=True, has_files=bool(call.files))
            + self._check_uploads(call, body),
        )
        original = pending.original
        if original is not None and original.loading and pending.callback_type == 5:
            # the first follow-up after a "thinking" deferral replaces the loading message
            ephemeral = original.flags & EPHEMERAL
            original.flags = 0
            original.apply(
                body, world=sandbox.world, create=True, attachments=self._attachments(call)
            )
            original.flags = (original.flags & ~(EPHEMERAL | LOADING)) | ephemeral
            message = original
            if not message.ephemeral:
                sandbox.dispatch_message("MESSAGE_UPDATE", message)
            message.notify()
        else:
            message = self._interaction_message(pending, body, call, followup_of=original)
        pending.result._add_followup(message)
        if call.flag("wait"):
            return _json(message.payload(sandbox.world))
        return _no_content()

    async def get_webhook_message(self, call: Call) -> web.Response:
        pending = self._webhook_pending(call)
        return _json(self._webhook_message(call, pending).payload(self.sandbox.world))

    async def edit_webhook_message(self, call: Call) -> web.Response:
        sandbox = self.sandbox
        pending = self._webhook_pending(call)
        message = self._webhook_message(call, pending)
        body = call.body if call.body is not None else {}
        self._validate(
            call,
            validation.validate_message(body, create=False, has_files=bool(call.files))
            + self._check_uploads(call, body, existing=message),
        )
        message.apply(body, world=sandbox.world, create=False, attachments=self._attachments(call))
        if not message.ephemeral:
            sandbox.dispatch_message("MESSAGE_UPDATE", message)
        message.notify()
        return _json(message.payload(sandbox.world))

    async def delete_webhook_message(self, call: Call) -> web.Response:
        pending = self._webhook_pending(call)
        message = self._webhook_message(call, pending)
        self._delete(message)
        return _no_content()

    def _delete(self, message: StoredMessage) -> None:
        message.deleted = True
        if not message.ephemeral:
            data: dict[str, Any] = {"id": str(message.id), "channel_id": str(message.channel_id)}
            if message.guild_id is not None:
                data["guild_id"] = str(message.guild_id)
            intent = GUILD_MESSAGES if message.guild_id is not None else DIRECT_MESSAGES
            self.sandbox.gateway.dispatch("MESSAGE_DELETE", data, intent=intent)
        message.notify()

    # ----------------------------------------------------------------- channels

    def _channel(self, call: Call) -> SandboxChannel:
        world = self.sandbox.world
        cid = _snowflake(call.params["channel_id"])
        channel = world.channels.get(cid) if cid is not None else None
        if channel is None:
            raise ApiError(404, UNKNOWN_CHANNEL)
        if channel.guild_id is not None and not world.guilds[channel.guild_id].present:
            raise ApiError(403, MISSING_ACCESS)
        return channel

    def _require(self, channel: SandboxChannel, needed: int) -> None:
        """403 Missing Permissions unless the bot has every bit of ``needed`` there."""
        world = self.sandbox.world
        if channel.guild_id is None:
            return
        guild = world.guilds[channel.guild_id]
        perms = world.permissions_for(world.bot, guild, channel)
        if not perms & VIEW_CHANNEL:
            raise ApiError(403, MISSING_ACCESS)
        if perms & needed != needed:
            raise ApiError(403, MISSING_PERMISSIONS)

    def _channel_message(self, call: Call, channel: SandboxChannel) -> StoredMessage:
        mid = _snowflake(call.params["message_id"])
        message = self.sandbox.messages.get(mid) if mid is not None else None
        if (
            message is None
            or message.channel_id != channel.id
            or message.deleted
            or message.ephemeral
        ):
            raise ApiError(404, UNKNOWN_MESSAGE)
        return message

    async def get_channel(self, call: Call) -> web.Response:
        channel = self._channel(call)
        return _json(channel.payload(member_id=self.sandbox.bot_user_id))

    async def list_channel_messages(self, call: Call) -> web.Response:
        channel = self._channel(call)
        self._require(channel, READ_MESSAGE_HISTORY)
        try:
            limit = min(max(int(call.query.get("limit", "50")), 1), 100)
        except ValueError:
            limit = 50
        before = _snowflake(call.query.get("before", ""))
        after = _snowflake(call.query.get("after", ""))
        found = [
            m
            for m in self.sandbox.messages.in_channel(channel.id)
            if not m.ephemeral
            and (before is None or m.id < before)
            and (after is None or m.id > after)
        ]
        found.sort(key=lambda m: m.id, reverse=True)
        return _json([m.payload(self.sandbox.world) for m in found[:limit]])

    async def get_channel_message(self, call: Call) -> web.Response:
        channel = self._channel(call)
        self._require(channel, READ_MESSAGE_HISTORY)
        return _json(self._channel_message(call, channel).payload(self.sandbox.world))

    async def create_channel_message(self, call: Call) -> web.Response:
        sandbox = self.sandbox
        world = sandbox.world
        channel = self._channel(call)
        if channel.is_thread:
            self._require(channel, SEND_MESSAGES_IN_THREADS)
            if channel.locked:
                raise ApiError(403, THREAD_LOCKED)
        else:
            self._require(channel, SEND_MESSAGES)
        body = call.body if call.body is not None else {}
        self._validate(
            call,
            validation.validate_message(body, create=True, has_files=bool(call.files))
            + self._check_uploads(call, body),
        )
        kind = DEFAULT
        reference = body.get("message_reference") if isinstance(body, Mapping) else None
        if isinstance(reference, Mapping) and reference.get("message_id") is not None:
            target = sandbox.messages.get(_snowflake(str(reference["message_id"])) or 0)
            if target is None or target.channel_id != channel.id:
                if reference.get("fail_if_not_exists", True):
                    status, error = validation.error_response(
                        [
                            validation.Problem(
                                ("message_reference",),
                                "REPLIES_UNKNOWN_MESSAGE",
                                "Unknown message",
                            )
                        ]
                    )
                    raise ApiError(status, error)
                reference = None
            else:
                kind = REPLY
        message = StoredMessage(
            id=world.snowflakes.next(),
            channel_id=channel.id,
            guild_id=channel.guild_id,
            author=world.bot,
            type=kind,
            message_reference=(
                {
                    "type": 0,
                    "message_id": str(reference["message_id"]),
                    "channel_id": str(channel.id),
                    **({"guild_id": str(channel.guild_id)} if channel.guild_id else {}),
                }
                if kind == REPLY and isinstance(reference, Mapping)
                else None
            ),
        )
        message.apply(body, world=world, create=True, attachments=self._attachments(call))
        message.flags &= ~EPHEMERAL  # only interaction responses can be ephemeral
        sandbox.messages.add(message)
        if channel.is_thread and channel.archived:
            channel.archived = False
        self._count_message(channel, message)
        sandbox.dispatch_message("MESSAGE_CREATE", message)
        return _json(message.payload(world))

    async def edit_channel_message(self, call: Call) -> web.Response:
        sandbox = self.sandbox
        channel = self._channel(call)
        message = self._channel_message(call, channel)
        if message.author.id != sandbox.bot_user_id:
            raise ApiError(403, CANNOT_EDIT_OTHERS)
        body = call.body if call.body is not None else {}
        self._validate(
            call,
            validation.validate_message(body, create=False, has_files=bool(call.files))
            + self._check_uploads(call, body, existing=message),
        )
        message.apply(body, world=sandbox.world, create=False, attachments=self._attachments(call))
        sandbox.dispatch_message("MESSAGE_UPDATE", message)
        message.notify()
        return _json(message.payload(sandbox.world))

    async def delete_channel_message(self, call: Call) -> web.Response:
        sandbox = self.sandbox
        channel = self._channel(call)
        message = self._channel_message(call, channel)
        if message.author.id != sandbox.bot_user_id:
            self._require(channel, MANAGE_MESSAGES)
        self._delete(message)
        return _no_content()

    def _thread_options(self, call: Call, *, default_type: int) -> dict[str, Any]:
        body = call.body if isinstance(call.body, Mapping) else {}
        problems: list[validation.Problem] = []
        name = body.get("name")
        if name is None or name == "":
            problems.append(
                validation.Problem(("name",), "BASE_TYPE_REQUIRED", "This field is required")
            )
        elif not isinstance(name, str):
            problems.append(validation.Problem(("name",), "BASE_TYPE_STRING", "Must be a string."))
        elif not 1 <= len(name) <= THREAD_NAME_MAX:
            problems.append(
                validation.Problem(
                    ("name",),
                    "BASE_TYPE_BAD_LENGTH",
                    f"Must be between 1 and {THREAD_NAME_MAX} in length.",
                )
            )
        kind = body.get("type")
        if kind is None:
            kind = default_type
        if kind not in (PUBLIC_THREAD, PRIVATE_THREAD):
            problems.append(
                validation.Problem(
                    ("type",),
                    "BASE_TYPE_CHOICES",
                    "Value must be one of {11, 12} in a text channel.",
                )
            )
        archive = body.get("auto_archive_duration")
        if archive is not None and archive not in ARCHIVE_DURATIONS:
            problems.append(
                validation.Problem(
                    ("auto_archive_duration",),
                    "BASE_TYPE_CHOICES",
                    f"Value must be one of {sorted(ARCHIVE_DURATIONS)}.",
                )
            )
        slowmode = body.get("rate_limit_per_user")
        if slowmode is not None and (
            isinstance(slowmode, bool)
            or not isinstance(slowmode, int)
            or not 0 <= slowmode <= SLOWMODE_MAX
        ):
            problems.append(
                validation.Problem(
                    ("rate_limit_per_user",),
                    "NUMBER_TYPE_MAX",
                    f"Must be between 0 and {SLOWMODE_MAX}.",
                )
            )
        invitable = body.get("invitable")
        if invitable is not None and not isinstance(invitable, bool):
            problems.append(
                validation.Problem(("invitable",), "BASE_TYPE_BOOLEAN", "Must be a boolean.")
            )
        self._validate(call, problems)
        return {
            "name": name,
            "type": kind,
            "auto_archive_duration": archive or 1440,
            "rate_limit_per_user": slowmode or 0,
            "invitable": True if invitable is None else invitable,
        }

    def _create_thread(
        self,
        call: Call,
        channel: SandboxChannel,
        options: dict[str, Any],
        *,
        thread_id: int | None = None,
    ) -> SandboxChannel:
        sandbox = self.sandbox
        if channel.type != GUILD_TEXT:
            raise ApiError(400, WRONG_CHANNEL_TYPE)
        needed = (
            CREATE_PUBLIC_THREADS if options["type"] == PUBLIC_THREAD else CREATE_PRIVATE_THREADS
        )
        self._require(channel, needed)
        thread = sandbox.world.add_thread(
            channel,
            options["name"],
            type=options["type"],
            owner_id=sandbox.bot_user_id,
            auto_archive_duration=options["auto_archive_duration"],
            rate_limit_per_user=options["rate_limit_per_user"],
            invitable=options["invitable"],
            thread_id=thread_id,
        )
        event = thread.payload(member_id=sandbox.bot_user_id)
        event["newly_created"] = True
        sandbox.gateway.dispatch("THREAD_CREATE", event)
        return thread

    async def start_thread(self, call: Call) -> web.Response:
        channel = self._channel(call)
        if channel.type == DM or channel.is_thread:
            raise ApiError(400, WRONG_CHANNEL_TYPE)
        # Discord's default for a thread without a message is a private thread
        options = self._thread_options(call, default_type=PRIVATE_THREAD)
        thread = self._create_thread(call, channel, options)
        return _json(thread.payload(member_id=self.sandbox.bot_user_id), 201)

    async def start_thread_from_message(self, call: Call) -> web.Response:
        channel = self._channel(call)
        message = self._channel_message(call, channel)
        options = self._thread_options(call, default_type=PUBLIC_THREAD)
        options["type"] = PUBLIC_THREAD
        if message.id in self.sandbox.world.channels:
            raise ApiError(
                400,
                {"message": "A thread has already been created for this message", "code": 160004},
            )
        # a thread started from a message takes the message's id
        thread = self._create_thread(call, channel, options, thread_id=message.id)
        return _json(thread.payload(member_id=self.sandbox.bot_user_id), 201)


# --------------------------------------------------------------------------- helpers


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _perm_string(value: Any) -> str | None:
    if value is None:
        return None
    return str(value)


def _strip_none(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _strip_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_strip_none(v) for v in value]
    return value


def _command_key(command: Mapping[str, Any]) -> str:
    return _dumps({k: v for k, v in command.items() if k not in ("id", "version")})
