"""A local HTTP server on 127.0.0.1 for tests of fetching, feeds and web ingestion.

    async with WebServer() as server:
        server.page("/review", "<html>…</html>")
        server.feed("/feed.xml", rss_bytes)
        server.redirect("/old", "/review")
        server.robots("User-agent: *\\nDisallow: /private/\\n")
        url = server.url("/review")

Every request is recorded in `server.requests` (path, headers), so a test can assert what the
client sent (User-Agent, If-None-Match) and how often a path was asked for. Nothing here touches
the network beyond 127.0.0.1. `FakeResolver` maps host names to addresses without DNS.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import TracebackType

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    method: str
    path: str
    headers: Mapping[str, str]


@dataclass
class WebServer:
    """Canned routes by path; unknown paths are 404 (robots.txt too, unless set)."""

    host: str = "127.0.0.1"
    routes: dict[str, Handler] = field(default_factory=dict)
    requests: list[RecordedRequest] = field(default_factory=list)
    _runner: web.AppRunner | None = None
    port: int = 0

    async def __aenter__(self) -> WebServer:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
        await self._runner.setup()
        # Bind first, so the port is known without reaching into the site.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, 0))
        self.port = int(sock.getsockname()[1])
        await web.SockSite(self._runner, sock).start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def url(self, path: str = "/", host: str | None = None) -> str:
        """The URL of `path`; `host` replaces 127.0.0.1 (to pair with a FakeResolver)."""
        return f"http://{host or self.host}:{self.port}{path}"

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(RecordedRequest(request.method, request.path, dict(request.headers)))
        handler = self.routes.get(request.path)
        if handler is None:
            return web.Response(status=404, text="not found", content_type="text/plain")
        return await handler(request)

    # -- route builders -------------------------------------------------------------------

    def route(self, path: str, handler: Handler) -> None:
        self.routes[path] = handler

    def page(
        self,
        path: str,
        body: str | bytes,
        *,
        content_type: str = HTML,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        data = body.encode() if isinstance(body, str) else body

        async def handler(request: web.Request) -> web.StreamResponse:
            extra = dict(headers or {})
            extra["Content-Type"] = content_type
            return web.Response(status=status, body=data, headers=extra)

        self.route(path, handler)

    def feed(self, path: str, body: str | bytes, *, content_type: str = RSS) -> None:
        self.page(path, body, content_type=content_type)

    def status(self, path: str, code: int, *, headers: Mapping[str, str] | None = None) -> None:
        self.page(path, f"status {code}", content_type="text/plain", status=code, headers=headers)

    def redirect(self, path: str, location: str, *, code: int = 302) -> None:
        async def handler(request: web.Request) -> web.StreamResponse:
            return web.Response(status=code, headers={"Location": location})

        self.route(path, handler)

    def redirect_chain(self, prefix: str, hops: int, target: str) -> str:
        """`prefix`0 -> `prefix`1 -> … -> `target`; returns the first path."""
        for index in range(hops):
            following = f"{prefix}{index + 1}" if index + 1 < hops else target
            self.redirect(f"{prefix}{index}", following)
        return f"{prefix}0"

    def slow(self, path: str, delay: float, body: str = "<p>late</p>") -> None:
        async def handler(request: web.Request) -> web.StreamResponse:
            await asyncio.sleep(delay)
            return web.Response(body=body.encode(), headers={"Content-Type": HTML})

        self.route(path, handler)

    def huge(self, path: str, size: int, *, declare_length: bool = True) -> None:
        """`size` bytes of HTML, streamed; with declare_length=False, chunked (no length)."""
        chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"

        async def handler(request: web.Request) -> web.StreamResponse:
            response = web.StreamResponse(headers={"Content-Type": HTML})
            if declare_length:
                response.content_length = size
            else:
                response.enable_chunked_encoding()
            await response.prepare(request)
            sent = 0
            try:
                while sent < size:
                    piece = chunk[: size - sent]
                    await response.write(piece)
                    sent += len(piece)
                await response.write_eof()
            except (ConnectionResetError, ConnectionError):
                pass  # the client stopped reading, as it should
            return response

        self.route(path, handler)

    def conditional(self, path: str, body: str | bytes, *, etag: str, last_modified: str) -> None:
        """200 with ETag/Last-Modified; 304 when the request's validators match."""
        data = body.encode() if isinstance(body, str) else body

        async def handler(request: web.Request) -> web.StreamResponse:
            validators = {"ETag": etag, "Last-Modified": last_modified}
            if (
                request.headers.get("If-None-Match") == etag
                or request.headers.get("If-Modified-Since") == last_modified
            ):
                return web.Response(status=304, headers=validators)
            return web.Response(body=data, headers={**validators, "Content-Type": HTML})

        self.route(path, handler)

    def sequence(self, path: str, responses: Iterable[Handler]) -> None:
        """Answer the n-th request with the n-th handler (the last one repeats)."""
        handlers = list(responses)

        async def handler(request: web.Request) -> web.StreamResponse:
            index = min(self.hits(path) - 1, len(handlers) - 1)
            return await handlers[index](request)

        self.route(path, handler)

    def robots(self, text: str, *, status: int = 200) -> None:
        self.page("/robots.txt", text, content_type="text/plain", status=status)


def respond(
    status: int = 200,
    body: str = "<p>ok</p>",
    *,
    content_type: str = HTML,
    headers: Mapping[str, str] | None = None,
) -> Handler:
    """A handler for `WebServer.sequence`."""

    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(
            status=status,
            body=body.encode(),
            headers={**(headers or {}), "Content-Type": content_type},
        )

    return handler


class FakeResolver:
    """A host resolver from a table: {"reviews.example": ["93.184.216.34"]}. Unknown names fail
    as DNS does. `calls` records what was asked."""

    def __init__(self, table: Mapping[str, Sequence[str]]) -> None:
        self.table = {host: list(addresses) for host, addresses in table.items()}
        self.calls: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append(host)
        try:
            return list(self.table[host])
        except KeyError:
            raise OSError(f"unknown host {host}") from None
