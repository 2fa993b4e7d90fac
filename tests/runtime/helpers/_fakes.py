"""Fake time for the poll helpers (a clock that only the fake sleeps move) and the clients the tests use."""

from __future__ import annotations

from typing import Any

from openai_connector import AsyncClient, Client

from tests.support.clients import API_VERSION, FAKE_AZURE_KEY, FAKE_OPENAI_KEY
from tests.support.loopback import LoopbackServer


class FakeTime:
    """`clock()` starts at 0 and moves only by the fake sleeps, which record each wait."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def install(self, resource: Any, *, is_async: bool) -> Any:
        """Give `resource` this clock and these sleeps; returns it."""
        resource._clock = self.clock
        resource._sleep = self.asleep if is_async else self.sleep
        return resource


def client(server: LoopbackServer, *, azure: bool = False) -> Client:
    if azure:
        return Client(
            FAKE_AZURE_KEY, is_openai_key=False, azure_endpoint=server.url, api_version=API_VERSION, max_retries=0
        )
    return Client(FAKE_OPENAI_KEY, base_url=f"{server.url}/v1", max_retries=0)


def async_client(server: LoopbackServer, *, azure: bool = False) -> AsyncClient:
    if azure:
        return AsyncClient(
            FAKE_AZURE_KEY, is_openai_key=False, azure_endpoint=server.url, api_version=API_VERSION, max_retries=0
        )
    return AsyncClient(FAKE_OPENAI_KEY, base_url=f"{server.url}/v1", max_retries=0)
