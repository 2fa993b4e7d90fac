"""Entra ID through azure-identity's `get_bearer_token_provider`, as users wire it (a fake credential)."""

from __future__ import annotations

import itertools
import time
from typing import Any

import pytest
from openai_connector import AsyncClient, Client

from tests.support.loopback import LoopbackServer, Reply

identity = pytest.importorskip("azure.identity")
from azure.core.credentials import AccessToken, AccessTokenInfo  # noqa: E402

SCOPE = "https://cognitiveservices.azure.com/.default"
CHAT = {"id": "c1", "object": "chat.completion", "created": 1, "model": "m", "choices": []}
MESSAGES: list[Any] = [{"role": "user", "content": "hi"}]


class CountingCredential:
    """A TokenCredential that hands out a new, already expiring token on every request."""

    def __init__(self) -> None:
        self.scopes: list[tuple[str, ...]] = []
        self._serial = itertools.count(1)

    def get_token(self, *scopes: str, **_: Any) -> AccessToken:
        self.scopes.append(scopes)
        return AccessToken(f"entra-token-{next(self._serial)}", int(time.time()))

    def get_token_info(self, *scopes: str, options: Any = None) -> AccessTokenInfo:
        token = self.get_token(*scopes)
        return AccessTokenInfo(token.token, token.expires_on)


def test_sync_client_asks_for_a_token_on_every_attempt(server: LoopbackServer) -> None:
    credential = CountingCredential()
    provider = identity.get_bearer_token_provider(credential, SCOPE)
    server.script(Reply(status=500, body={"error": {"message": "busy"}}), Reply(body=CHAT), Reply(body=CHAT))
    with Client(
        azure_endpoint=server.url, azure_ad_token_provider=provider, api_version="2024-10-21", retry_delay=0.01
    ) as client:
        client.chat.completions.create(model="dep", messages=MESSAGES)
        client.chat.completions.create(model="dep", messages=MESSAGES)
    tokens = [r.headers["authorization"] for r in server.requests]
    assert tokens == ["Bearer entra-token-1", "Bearer entra-token-2", "Bearer entra-token-3"]
    assert all("api-key" not in r.headers for r in server.requests)
    assert set(credential.scopes) == {(SCOPE,)}


async def test_async_client_takes_the_sync_provider_without_blocking(server: LoopbackServer) -> None:
    provider = identity.get_bearer_token_provider(CountingCredential(), SCOPE)
    server.script(Reply(body=CHAT))
    async with AsyncClient(azure_endpoint=server.url, azure_ad_token_provider=provider, api_version="2024-10-21") as c:
        await c.azure.chat.completions.create(deployment_id="dep", messages=MESSAGES)
    assert server.requests[0].headers["authorization"] == "Bearer entra-token-1"
    assert server.requests[0].path == "/openai/deployments/dep/chat/completions"
