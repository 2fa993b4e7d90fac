# copied from generator/runtime/core/_logging.py by the openai-connector generator; edit the source
"""Debug logging with secrets redacted. Enable with `OPENAI_CONNECTOR_LOG=debug` or `log_level="debug"`."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ._constants import LOG_ENV_VAR, LOGGER_NAME, SECRET_HEADERS, SECRET_QUERY_KEYS

__all__ = ["REDACTED", "logger", "redact_headers", "redact_url", "setup_logging"]

REDACTED = "<redacted>"
HIDDEN_HOST = "<azure-endpoint>"

logger = logging.getLogger(LOGGER_NAME)
_handler_installed = False


def setup_logging(level: str | int | None = None) -> None:
    """Set the level of the `openai_connector` logger from `level` or the environment.

    Installs one stderr handler the first time (only when a level is asked for), so the flag
    works without any `logging.basicConfig`. Without a level this does nothing.
    """
    global _handler_installed  # noqa: PLW0603 - one handler per process, installed once
    if level is None:
        level = os.environ.get(LOG_ENV_VAR) or None
        if level is None:
            return
    resolved = logging.getLevelName(level.upper()) if isinstance(level, str) else level
    if not isinstance(resolved, int):
        raise ValueError(f"log_level must be one of debug, info, warning, error; got {level!r}")
    logger.setLevel(resolved)
    if not _handler_installed and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)
        _handler_installed = True


def redact_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """A copy of `headers` with every secret value replaced by `<redacted>`."""
    return {name: (REDACTED if name.lower() in SECRET_HEADERS else value) for name, value in headers}


def redact_url(url: str, *, hide_host: bool = False) -> str:
    """`url` with secret query values redacted, and the host hidden if `hide_host` (Azure resource names)."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        netloc = f"{REDACTED}@{netloc.rsplit('@', 1)[1]}"
    if hide_host:
        netloc = HIDDEN_HOST
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, REDACTED if k.lower() in SECRET_QUERY_KEYS else v) for k, v in pairs], safe="<>")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
