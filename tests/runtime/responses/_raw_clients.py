"""Shared by the raw- and streaming-response tests: canned answers and headers, and the OpenAI or Azure
client (sync or async) on the loopback server."""

from __future__ import annotations

from typing import Any

from openai_connector import AsyncClient, Client

from tests.support.clients import API_VERSION, FAKE_AZURE_KEY, FAKE_OPENAI_KEY
from tests.support.loopback import LoopbackServer

MODEL = {"id": "gpt-x", "object": "model", "created": 1, "owned_by": "me"}
COMPLETION = {
    "id": "c1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-x",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}],
}
CHUNK = {
    "id": "c1",
    "object": "chat.completion.chunk",
    "created": 1,
    "model": "gpt-x",
    "choices": [{"index": 0, "delta": {"content": "hi"}}],
}
HEADERS = {
    "x-request-id": "req_1",
    "x-ratelimit-limit-requests": "500",
    "x-ratelimit-limit-tokens": "30000",
    "x-ratelimit-remaining-requests": "499",
    "x-ratelimit-remaining-tokens": "29000",
    "x-ratelimit-reset-requests": "120ms",
    "x-ratelimit-reset-tokens": "6m0s",
    "openai-model": "gpt-x-2026",
}
MESSAGES: list[Any] = [{"role": "user", "content": "hi"}]


def make_client(server: LoopbackServer, azure: bool) -> Client:
    if azure:
        return Client(
            FAKE_AZURE_KEY,
            is_openai_key=False,
            azure_endpoint=server.url,
            api_version=API_VERSION,
            max_retries=0,
            azure_deployment="gpt-x",
        )
    return Client(FAKE_OPENAI_KEY, base_url=f"{server.url}/v1", max_retries=0)


def make_async_client(server: LoopbackServer, azure: bool) -> AsyncClient:
    if azure:
        return AsyncClient(
            FAKE_AZURE_KEY,
            is_openai_key=False,
            azure_endpoint=server.url,
            api_version=API_VERSION,
            max_retries=0,
            azure_deployment="gpt-x",
        )
    return AsyncClient(FAKE_OPENAI_KEY, base_url=f"{server.url}/v1", max_retries=0)
