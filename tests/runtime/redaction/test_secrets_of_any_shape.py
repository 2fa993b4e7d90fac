"""Secrets of any shape never show: opaque tokens a provider mints per attempt, quoted back by the server
in every way it can (401, an error echoing the headers, an SSE error event, a retry), and a key with a
control character that httpx refuses and quotes."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from openai_connector import APIError, AsyncClient, Client

from tests.runtime._helpers import DEPLOYMENT, MESSAGES, completion
from tests.runtime.redaction._secrets import (
    AZURE_KEY,
    OPAQUE_TOKEN,
    Collected,
    capture,
    leaked,
    provider_settings,
)
from tests.support.loopback import LoopbackServer, Reply, sse_event

QUOTED_KINDS = ("401", "400-echoing-headers", "sse-error-event", "500-then-401")


def _quoting(kind: str, tokens: list[str]) -> Any:
    """A responder quoting back every token it has been sent, in the shape of `kind`."""

    def respond(request: Any) -> Reply:
        tokens.append(request.headers.get("authorization", "").removeprefix("Bearer "))
        quoted = " ".join(tokens)
        if kind == "sse-error-event":
            return Reply(sse=[sse_event({"error": {"message": f"token {quoted} expired", "type": "auth"}})])
        if kind == "400-echoing-headers":
            headers = dict(request.headers)
            return Reply(status=400, body={"error": {"message": f"bad headers: {headers}", "headers": headers}})
        if kind == "500-then-401" and len(tokens) == 1:
            return Reply(status=500, body={"error": {"message": f"token {quoted} failed"}})
        return Reply(status=401, body={"error": {"message": f"Invalid tokens: {quoted}", "code": "invalid_token"}})

    return respond


def _check_quoted(collected: Collected, tokens: list[str], kind: str) -> None:
    assert collected.texts, "no error was raised"
    assert tokens and all(t.startswith(OPAQUE_TOKEN) for t in tokens), "the tokens did reach the server"
    assert len(set(tokens)) == (2 if kind == "500-then-401" else 1), "a new token per attempt"
    for text in collected.texts:
        assert OPAQUE_TOKEN not in text and "SECRETPROVIDERTOKEN" not in text, f"leaked in: {text[:400]}"


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
@pytest.mark.parametrize("kind", QUOTED_KINDS)
def test_provider_token_of_any_shape_never_shows_sync(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture, kind: str, stream: bool
) -> None:
    tokens: list[str] = []
    server.responder = _quoting(kind, tokens)
    minted = iter(range(1, 100))
    with capture(caplog) as collected:
        client = Client(azure_ad_token_provider=lambda: f"{OPAQUE_TOKEN}-{next(minted)}", **provider_settings(server))
        with client:
            try:
                answer = client.chat.completions.create(model=DEPLOYMENT, messages=MESSAGES, stream=stream)
                collected.add(*(list(answer) if stream else [answer]))
            except APIError as exc:
                collected.error(exc)
    _check_quoted(collected, tokens, kind)


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
@pytest.mark.parametrize("kind", QUOTED_KINDS)
async def test_provider_token_of_any_shape_never_shows_async(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture, kind: str, stream: bool
) -> None:
    tokens: list[str] = []
    server.responder = _quoting(kind, tokens)
    minted = iter(range(1, 100))

    async def provider() -> str:
        return f"{OPAQUE_TOKEN}-{next(minted)}"

    with capture(caplog) as collected:
        async with AsyncClient(azure_ad_token_provider=provider, **provider_settings(server)) as client:
            try:
                answer = await client.chat.completions.create(model=DEPLOYMENT, messages=MESSAGES, stream=stream)
                collected.add(*([item async for item in answer] if stream else [answer]))  # type: ignore[union-attr]
            except APIError as exc:
                collected.error(exc)
    _check_quoted(collected, tokens, kind)


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_key_with_a_control_character_is_never_printed(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture, is_async: bool
) -> None:
    """httpx refuses the header and quotes its bytes (`b'...\\x00'`): not the key as given, still the key."""
    server.fallback = Reply(body=completion())
    settings: dict[str, Any] = {**provider_settings(server), "max_retries": 0}
    with capture(caplog) as collected:
        logging.getLogger("openai_connector").debug("capture check")
        try:
            if is_async:
                async with AsyncClient(AZURE_KEY + "\x00", **settings) as async_client:
                    await async_client.chat.completions.create(model=DEPLOYMENT, messages=MESSAGES)
            else:
                with Client(AZURE_KEY + "\x00", **settings) as client:
                    client.chat.completions.create(model=DEPLOYMENT, messages=MESSAGES)
        except (APIError, ValueError) as exc:
            collected.error(exc)
    assert any("Traceback" in text for text in collected.texts), "no error was raised"
    for text in collected.texts:
        assert not leaked(text), f"{leaked(text)} leaked in: {text[:400]}"
