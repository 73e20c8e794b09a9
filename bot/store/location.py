"""Where a store lives: an SQLite file path, or a PostgreSQL URL (needs no driver to tell)."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit, urlunsplit

log = logging.getLogger(__name__)

DSN_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_dsn(location: str) -> bool:
    """Whether `location` names a PostgreSQL database (postgresql:// or postgres://)."""
    return location.startswith(DSN_SCHEMES)


def redact(location: str) -> str:
    """`location` fit for a log line: a URL's password replaced by ***."""
    if not is_postgres_dsn(location):
        return location
    parts = urlsplit(location)
    if parts.password is None:
        return location
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{parts.username or ''}:***@{host}"
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))
