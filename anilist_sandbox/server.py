"""The :class:`AniListSandbox`: AniList's GraphQL endpoint emulated on one loopback port.

``POST /`` with ``{"query": ..., "variables": ...}`` is answered from the fixtures as AniList
answers: ``{"data": ...}``, or ``{"data": ..., "errors": [{"message", "status", "locations"}]}``
with the error's HTTP status. Every answer carries ``X-RateLimit-Limit`` and
``X-RateLimit-Remaining``. The rate limit is emulated as AniList documents its degraded state:
the headers count down from 90, but a 31st request within a minute gets ``429 Too Many
Requests`` with ``Retry-After``, ``X-RateLimit-Remaining: 0`` and ``X-RateLimit-Reset``.

Tests inject faults (:meth:`AniListSandbox.inject`): a 429 with a chosen ``Retry-After``, a
5xx, or a slow answer. Every request is counted and recorded.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import socket
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from aiohttp import web

from anilist_sandbox.fixtures import all_media
from anilist_sandbox.graphql import GraphQLSyntaxError, parse
from anilist_sandbox.schema import GraphQLError, execute

log = logging.getLogger(__name__)

__all__ = ["AniListSandbox", "Fault", "RecordedRequest"]

HEADER_LIMIT = 90  # what AniList's headers advertise
DEGRADED_LIMIT = 30  # what AniList actually serves per minute (its docs' warning)
WINDOW = 60.0
MAX_BODY = 64 * 1024


@dataclass(frozen=True, slots=True)
class Fault:
    """What the next request gets instead of (or before) its answer."""

    status: int | None = None  # 429, 500, 502, ...: answer with this status
    retry_after: int | None = None  # for 429: the Retry-After header, seconds
    delay: float = 0.0  # seconds to wait before answering (a slow response)


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    query: str
    variables: dict[str, Any]
    status: int
    at: float


@dataclass
class AniListSandbox:
    host: str = "127.0.0.1"
    port: int = 0
    enforced_limit: int = DEGRADED_LIMIT
    clock: Callable[[], float] = time.monotonic
    media: list[dict[str, Any]] = field(default_factory=all_media)
    requests: list[RecordedRequest] = field(default_factory=list)
    _faults: deque[Fault] = field(default_factory=deque)
    _always: Fault | None = None
    _window: deque[float] = field(default_factory=deque)
    _runner: web.AppRunner | None = None

    # ----------------------------------------------------------------- control

    def inject(self, *faults: Fault) -> None:
        """The next requests get these faults, one each, in order."""
        self._faults.extend(faults)

    def fail_always(self, fault: Fault | None) -> None:
        """Every request gets ``fault`` (None: back to normal)."""
        self._always = fault

    @property
    def request_count(self) -> int:
        return len(self.requests)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # ----------------------------------------------------------------- lifecycle

    def app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post("/", self._handle)
        return app

    async def start(self) -> None:
        self._runner = web.AppRunner(self.app(), access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        await web.SockSite(self._runner, sock).start()
        self.port = int(sock.getsockname()[1])
        log.info("AniList sandbox on %s", self.url)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> AniListSandbox:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # ----------------------------------------------------------------- serving

    def _rate_headers(self, now: float) -> dict[str, str]:
        while self._window and now - self._window[0] >= WINDOW:
            self._window.popleft()
        return {
            "X-RateLimit-Limit": str(HEADER_LIMIT),
            "X-RateLimit-Remaining": str(max(0, HEADER_LIMIT - len(self._window))),
        }

    def _too_many(self, now: float, retry_after: int) -> web.Response:
        body = {"data": None, "errors": [{"message": "Too Many Requests.", "status": 429}]}
        headers = {
            "Retry-After": str(retry_after),
            "X-RateLimit-Limit": str(HEADER_LIMIT),
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": str(int(time.time()) + retry_after),
        }
        return web.json_response(body, status=429, headers=headers)

    async def _handle(self, request: web.Request) -> web.Response:
        now = self.clock()
        try:
            payload = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            payload = None
        query = payload.get("query") if isinstance(payload, dict) else None
        variables = payload.get("variables") if isinstance(payload, dict) else None
        response = await self._answer(now, query, variables)
        self.requests.append(
            RecordedRequest(
                query=query if isinstance(query, str) else "",
                variables=variables if isinstance(variables, dict) else {},
                status=response.status,
                at=now,
            )
        )
        return response

    async def _answer(self, now: float, query: Any, variables: Any) -> web.Response:
        fault = self._faults.popleft() if self._faults else self._always
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault is not None and fault.status == 429:
            return self._too_many(now, fault.retry_after if fault.retry_after is not None else 60)
        if fault is not None and fault.status is not None:
            body = {"data": None, "errors": [{"message": "Internal Server Error", "status": 500}]}
            return web.json_response(body, status=fault.status)

        headers = self._rate_headers(now)
        if len(self._window) >= self.enforced_limit:
            retry = max(1, math.ceil(WINDOW - (now - self._window[0])))
            return self._too_many(now, retry)
        self._window.append(now)
        headers = self._rate_headers(now)

        if not isinstance(query, str) or (
            variables is not None and not isinstance(variables, dict)
        ):
            error = GraphQLError("Invalid request: expected a JSON object with a query.", 400)
            return web.json_response(error.as_json(), status=400, headers=headers)
        try:
            operation = parse(query)
            result = execute(operation, variables, self.media)
        except GraphQLSyntaxError as exc:
            error = GraphQLError(exc.message, 400, exc.line, exc.column)
            return web.json_response(error.as_json(), status=400, headers=headers)
        except GraphQLError as error:
            return web.json_response(error.as_json(), status=error.status, headers=headers)
        return web.json_response(result, headers=headers)
