"""Fixtures of the action tests: the stateful fake API, a scriptable loopback server, and clients per platform."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from openai_connector import AsyncClient, Client

from tests.support.clients import API_VERSION, FAKE_AZURE_KEY, FAKE_OPENAI_KEY
from tests.support.fake_openai import FakeOpenAI
from tests.support.loopback import LoopbackServer

PLATFORMS = ("openai", "azure", "azure_v1")
_OPEN: list[Client | AsyncClient] = []


def make_client(url: str, platform: str, **settings: object) -> Client:
    settings.setdefault("retry_delay", 0.01)
    settings.setdefault("max_retries", 0)
    if platform == "openai":
        client = Client(FAKE_OPENAI_KEY, base_url=f"{url}/v1", **settings)  # type: ignore[arg-type]
    else:
        api = {"azure_api": "v1"} if platform == "azure_v1" else {"api_version": API_VERSION}
        client = Client(FAKE_AZURE_KEY, azure_endpoint=url, **api, **settings)  # type: ignore[arg-type]
    _OPEN.append(client)
    return client


def make_async_client(url: str, platform: str, **settings: object) -> AsyncClient:
    settings.setdefault("retry_delay", 0.01)
    settings.setdefault("max_retries", 0)
    if platform == "openai":
        client = AsyncClient(FAKE_OPENAI_KEY, base_url=f"{url}/v1", **settings)  # type: ignore[arg-type]
    else:
        api = {"azure_api": "v1"} if platform == "azure_v1" else {"api_version": API_VERSION}
        client = AsyncClient(FAKE_AZURE_KEY, azure_endpoint=url, **api, **settings)  # type: ignore[arg-type]
    _OPEN.append(client)
    return client


@pytest.fixture(autouse=True)
async def _close_clients() -> AsyncIterator[None]:
    yield
    while _OPEN:
        client = _OPEN.pop()
        if isinstance(client, AsyncClient):
            await client.close()
        else:
            client.close()


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv
