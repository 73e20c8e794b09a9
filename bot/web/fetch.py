"""The one HTTP fetcher: bounded, polite, and (for member-triggered fetches) SSRF-guarded.

Every fetch the bot makes goes through `Fetcher.fetch`. Limits: a total and a connect timeout,
at most 5 redirects (followed here, hop by hop, so each hop's scheme and address are checked),
at most 5 MB of body (streamed, refused early by Content-Length), only web page types (or feed
types when asked), only http and https. A refused fetch raises `FetchError` whose `reason` is a
short sentence meant for a person ("404 Not Found", "timed out after 20 s").

With `guard=True` the host of every hop is resolved by the injectable resolver and refused when
any of its addresses is not public; the connection then goes to the address that was checked
(the check lives in the connector's resolver, so a second DNS answer cannot slip in).
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import socket
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from types import TracebackType
from typing import Protocol

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

from bot.web.addresses import IPAddress, ip_literal, is_public

log = logging.getLogger(__name__)

USER_AGENT = (
    "RougeReviewsBot/0.1 (+https://github.com/rouge-reviews/rouge-reviews-bot; review ingestion)"
)

PAGE_TYPES: frozenset[str] = frozenset({"text/html", "text/plain", "application/xhtml+xml"})
FEED_TYPES: frozenset[str] = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/xml", "text/xml"}
)
ANY_TYPE: frozenset[str] = frozenset({"*/*"})  # robots.txt: served with all sorts of types
FEED_OR_PAGE_TYPES: frozenset[str] = FEED_TYPES | PAGE_TYPES  # feeds served as text/html exist

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRYABLE = frozenset({429, 500, 502, 503, 504})
_MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class FetchLimits:
    total_timeout: float = 20.0  # seconds for one attempt, redirects included
    connect_timeout: float = 10.0
    max_bytes: int = 5 * _MB
    max_redirects: int = 5
    retries: int = 2  # extra attempts after a 429 or a 5xx
    backoff_base: float = 1.0  # seconds before the first retry; doubles each time
    max_retry_wait: float = 60.0  # a longer Retry-After is not waited for: the fetch fails


class FetchError(Exception):
    """A refused or failed fetch. `reason` is short and readable; `str(error)` is the reason."""

    def __init__(
        self,
        reason: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        transient: bool = False,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        # Seconds the server asked us to wait (429/503 Retry-After), for a caller's backoff.
        self.retry_after = retry_after
        # True when trying again later may work (429, 5xx, timeouts, connection failures).
        self.transient = transient


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str  # the final URL, after redirects
    status: int  # 200-ish, or 304 for a conditional GET that found nothing new
    content_type: str  # lower-case MIME type without parameters ("" on a 304)
    charset: str | None
    body: bytes
    etag: str | None
    last_modified: str | None
    redirects: tuple[str, ...] = field(default=())  # the URLs that redirected, in order

    @property
    def not_modified(self) -> bool:
        return self.status == HTTPStatus.NOT_MODIFIED

    def text(self) -> str:
        """The body decoded with the declared charset (UTF-8 when none; bad bytes replaced)."""
        encoding = self.charset or "utf-8"
        try:
            return self.body.decode(encoding, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


class HostResolver(Protocol):
    """Resolve a host name to IP address strings (both families)."""

    def __call__(self, host: str, port: int) -> Awaitable[Sequence[str]]: ...


async def system_resolver(host: str, port: int) -> list[str]:
    """The operating system's resolver, without blocking the event loop."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        address = str(sockaddr[0])
        if address not in addresses:
            addresses.append(address)
    return addresses


AddressPolicy = Callable[[IPAddress], bool]


class BlockedAddressError(OSError):
    """Raised inside the connector when a host resolves to a non-public address."""

    def __init__(self, host: str, address: str) -> None:
        super().__init__(f"{host} resolves to {address}")
        self.host = host
        self.address = address


class CheckedResolver(AbstractResolver):
    """aiohttp resolver: resolves with `resolve`, refuses non-public addresses when guarding,
    and hands the connector exactly the addresses it checked."""

    def __init__(
        self, resolve: HostResolver, *, guard: bool, allowed: AddressPolicy = is_public
    ) -> None:
        self._resolve = resolve
        self._guard = guard
        self._allowed = allowed

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        addresses = list(await self._resolve(host, port))
        if not addresses:
            raise OSError(f"{host} has no address")
        if self._guard:
            for address in addresses:
                ip = ip_literal(address)
                if ip is None or not self._allowed(ip):
                    raise BlockedAddressError(host, address)
        results: list[ResolveResult] = []
        for address in addresses:
            ip = ip_literal(address)
            if ip is None:
                continue
            results.append(
                {
                    "hostname": host,
                    "host": str(ip),
                    "port": port,
                    "family": socket.AF_INET6 if ip.version == 6 else socket.AF_INET,
                    "proto": 0,
                    "flags": socket.AI_NUMERICHOST,
                }
            )
        if not results:
            raise OSError(f"{host} has no usable address")
        return results

    async def close(self) -> None:
        return None


def retry_after_seconds(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def retry_delay(attempt: int, retry_after: float | None, *, base: float) -> float:
    """The wait before retry number `attempt` (0-based): the server's Retry-After when it gave
    one, else `base` doubled per attempt."""
    if retry_after is not None:
        return retry_after
    return float(base * (2**attempt))


def _status_reason(status: int) -> str:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "HTTP error"
    return f"{status} {phrase}"


def _format_seconds(seconds: float) -> str:
    return f"{seconds:g} s"


def _format_size(limit: int) -> str:
    if limit % _MB == 0:
        return f"{limit // _MB} MB"
    return f"{limit} bytes"


Sleep = Callable[[float], Awaitable[None]]


class Fetcher:
    """Owns one aiohttp session; use as `async with Fetcher(...) as fetcher:`.

    `guard=True` for fetches Discord members can trigger: hosts resolving to private,
    loopback, link-local and other non-public addresses are refused, on every hop, unless
    `allow_private=True` (the FETCH_ALLOW_PRIVATE=1 setting). The operator's CLI uses
    guard=False. `resolver` replaces DNS (tests); `sleep` replaces the backoff wait (tests);
    `allowed` replaces the address policy (tests: to let 127.0.0.1 stand in for a public host).
    """

    def __init__(
        self,
        *,
        guard: bool = False,
        allow_private: bool = False,
        resolver: HostResolver | None = None,
        limits: FetchLimits | None = None,
        user_agent: str = USER_AGENT,
        sleep: Sleep = asyncio.sleep,
        allowed: AddressPolicy = is_public,
    ) -> None:
        self.guard = guard and not allow_private
        self._allowed = allowed
        self.limits = limits or FetchLimits()
        self.user_agent = user_agent
        self._resolver = resolver or system_resolver
        self._sleep = sleep
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Fetcher:
        await self.open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def open(self) -> None:
        if self._session is not None:
            return
        connector = aiohttp.TCPConnector(
            resolver=CheckedResolver(self._resolver, guard=self.guard, allowed=self._allowed),
            use_dns_cache=False,  # every connection is resolved (and checked) afresh
            limit_per_host=4,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            timeout=aiohttp.ClientTimeout(
                total=self.limits.total_timeout, sock_connect=self.limits.connect_timeout
            ),
            headers={"User-Agent": self.user_agent},
            trust_env=False,  # no proxy from the environment: the guard must see the real host
            auto_decompress=True,
        )

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def fetch(
        self,
        url: str,
        *,
        accept: frozenset[str] = PAGE_TYPES,
        etag: str | None = None,
        last_modified: str | None = None,
        retries: int | None = None,
    ) -> FetchResult:
        """GET `url`, retrying 429/5xx up to `retries` times (default: the limits').

        `etag` / `last_modified` make it conditional: a 304 comes back as a result whose
        `not_modified` is True and whose body is empty. Raises FetchError when refused.
        """
        attempts = (self.limits.retries if retries is None else retries) + 1
        for attempt in range(attempts):
            try:
                return await self._fetch_once(url, accept, etag, last_modified)
            except FetchError as error:
                last = attempt == attempts - 1
                retryable = error.status in _RETRYABLE
                if last or not retryable:
                    raise
                wait = retry_delay(attempt, error.retry_after, base=self.limits.backoff_base)
                if wait > self.limits.max_retry_wait:
                    raise
                log.info("fetch %s: %s; retrying in %s", url, error.reason, _format_seconds(wait))
                await self._sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _fetch_once(
        self, url: str, accept: frozenset[str], etag: str | None, last_modified: str | None
    ) -> FetchResult:
        total = self.limits.total_timeout
        try:
            async with asyncio.timeout(total):
                return await self._follow(url, accept, etag, last_modified)
        except TimeoutError:
            raise FetchError(f"timed out after {_format_seconds(total)}", transient=True) from None

    async def _follow(
        self, url: str, accept: frozenset[str], etag: str | None, last_modified: str | None
    ) -> FetchResult:
        session = self._session
        if session is None:
            raise RuntimeError("Fetcher is not open: use `async with Fetcher() as fetcher`")
        listed = "*/*" if accept == ANY_TYPE else ", ".join(sorted(accept)) + ", */*;q=0.1"
        headers: dict[str, str] = {"Accept": listed}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = self._checked_url(url)
        redirects: list[str] = []
        while True:
            try:
                async with session.get(current, headers=headers, allow_redirects=False) as response:
                    if response.status in _REDIRECTS:
                        location = response.headers.get("Location")
                        if not location:
                            raise FetchError(
                                f"{_status_reason(response.status)} without a Location"
                            )
                        if len(redirects) >= self.limits.max_redirects:
                            raise FetchError("too many redirects")
                        redirects.append(str(current))
                        current = self._checked_url(str(current.join(URL(location))))
                        continue
                    return await self._result(response, str(current), accept, tuple(redirects))
            except aiohttp.ClientConnectorError as error:
                raise self._connect_error(current, error) from None
            except aiohttp.InvalidURL as error:
                raise FetchError(f"invalid address {error.url}") from None
            except aiohttp.TooManyRedirects:  # pragma: no cover - allow_redirects=False
                raise FetchError("too many redirects") from None
            except aiohttp.ClientPayloadError as error:
                raise FetchError(f"broken response: {_short(error)}", transient=True) from None
            except aiohttp.ClientError as error:
                raise FetchError(f"connection failed: {_short(error)}", transient=True) from None
            except ssl.SSLError as error:
                raise FetchError(f"TLS error: {_short(error)}", transient=True) from None

    def _checked_url(self, raw: str) -> URL:
        try:
            url = URL(raw)
        except (ValueError, TypeError):
            raise FetchError(f"invalid address {raw}") from None
        if url.scheme not in ("http", "https"):
            scheme = url.scheme or "no scheme"
            raise FetchError(f"only http and https addresses are fetched, not {scheme}")
        if not url.host:
            raise FetchError(f"invalid address {raw}")
        ip = ip_literal(url.host)
        if self.guard and ip is not None and not self._allowed(ip):
            raise FetchError(f"private address {url.host.strip('[]')} refused")
        return url

    def _connect_error(self, url: URL, error: aiohttp.ClientConnectorError) -> FetchError:
        cause = error.os_error
        if isinstance(cause, BlockedAddressError):
            return FetchError(f"private address {cause.address} refused")
        if isinstance(error, aiohttp.ClientConnectorCertificateError):
            return FetchError(f"TLS error: {_short(error.certificate_error)}")
        if isinstance(error, aiohttp.ClientConnectorSSLError) or isinstance(cause, ssl.SSLError):
            return FetchError(f"TLS error: {_short(cause)}", transient=True)
        if isinstance(error, aiohttp.ClientConnectorDNSError):
            return FetchError(f"could not resolve {url.host}", transient=True)
        return FetchError(f"could not connect to {url.host}", transient=True)

    async def _result(
        self,
        response: aiohttp.ClientResponse,
        url: str,
        accept: frozenset[str],
        redirects: tuple[str, ...],
    ) -> FetchResult:
        status = response.status
        etag = response.headers.get("ETag")
        modified = response.headers.get("Last-Modified")
        if status == HTTPStatus.NOT_MODIFIED:
            return FetchResult(url, status, "", None, b"", etag, modified, redirects)
        if status >= 400:
            raise FetchError(
                _status_reason(status),
                status=status,
                retry_after=retry_after_seconds(response.headers.get("Retry-After")),
                transient=status in _RETRYABLE,
            )
        if status != HTTPStatus.OK and status >= 300:
            raise FetchError(_status_reason(status), status=status)
        content_type = _content_type(response.headers)
        if content_type not in accept and accept != ANY_TYPE:
            raise FetchError(f"not {_kind(accept)} ({content_type or 'no content type'})")
        limit = self.limits.max_bytes
        too_big = FetchError(f"larger than {_format_size(limit)}")
        declared = response.content_length
        if declared is not None and declared > limit:
            raise too_big
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.content.iter_chunked(64 * 1024):
            size += len(chunk)
            if size > limit:
                raise too_big
            chunks.append(chunk)
        return FetchResult(
            url, status, content_type, response.charset, b"".join(chunks), etag, modified, redirects
        )


def _kind(accept: frozenset[str]) -> str:
    feeds, pages = bool(accept & FEED_TYPES), bool(accept & PAGE_TYPES)
    if feeds and pages:
        return "a web page or feed"
    return "a feed" if feeds else "a web page"


def _content_type(headers: Mapping[str, str]) -> str:
    raw = headers.get("Content-Type", "")
    return raw.split(";", 1)[0].strip().lower()


def _short(error: BaseException | None) -> str:
    """One line from an exception, for a reason."""
    if error is None:
        return "unknown"
    text = str(error) or type(error).__name__
    if isinstance(error, ssl.SSLError) and error.reason:
        text = str(error.reason).replace("_", " ").lower()
    return text.splitlines()[0][:160]
