"""Provider switching, routing and auth headers (OpenAI and Azure OpenAI), and Entra ID token providers."""

from __future__ import annotations

import asyncio
import threading

import pytest
from openai_connector.lib import (
    NOT_GIVEN,
    ConfigurationError,
    SyncAPIClient,
)

from tests.runtime.auth._models import Anything
from tests.support.clients import (
    API_VERSION,
    AZURE_CHAT,
    CHAT,
    FAKE_AZURE_KEY,
    FAKE_OPENAI_KEY,
    GET_MODEL,
    LIST_FILES,
    async_azure_client,
    azure_client,
    openai_client,
)
from tests.support.loopback import LoopbackServer, Reply


def test_openai_sends_bearer_org_and_project(server: LoopbackServer) -> None:
    server.script(Reply(body={"id": "x"}))
    with openai_client(server, organization="org-fake", project="proj-fake") as client:
        client.call(CHAT, body={"model": "gpt-4o", "messages": []}, cast_to=Anything)
    (req,) = server.requests
    assert req.path == "/v1/chat/completions"
    assert req.headers["authorization"] == f"Bearer {FAKE_OPENAI_KEY}"
    assert req.headers["openai-organization"] == "org-fake"
    assert req.headers["openai-project"] == "proj-fake"
    assert "api-key" not in req.headers
    assert req.query == {}
    assert req.json() == {"model": "gpt-4o", "messages": []}


def test_not_given_is_dropped_and_none_is_null(server: LoopbackServer) -> None:
    server.script(Reply(body={}))
    with openai_client(server) as client:
        client.call(CHAT, body={"model": "m", "user": NOT_GIVEN, "stop": None}, cast_to=Anything)
    assert server.requests[0].json() == {"model": "m", "stop": None}


def test_azure_classic_routes_deployment_paths_by_model(server: LoopbackServer) -> None:
    server.script(Reply(body={}), Reply(body={"data": []}))
    with azure_client(server) as client:
        client.call(CHAT, body={"model": "my-gpt4o-deployment", "messages": []}, cast_to=Anything)
        client.call(LIST_FILES, cast_to=Anything)
    chat, files = server.requests
    assert chat.path == "/openai/deployments/my-gpt4o-deployment/chat/completions"
    assert chat.query == {"api-version": [API_VERSION]}
    assert chat.headers["api-key"] == FAKE_AZURE_KEY
    assert "authorization" not in chat.headers
    assert files.path == "/openai/files"
    assert files.query == {"api-version": [API_VERSION]}


def test_azure_fixed_deployment_wins_over_model(server: LoopbackServer) -> None:
    server.script(Reply(body={}))
    with azure_client(server, azure_deployment="fixed-dep") as client:
        client.call(CHAT, body={"model": "gpt-4o"}, cast_to=Anything)
    assert server.requests[0].path == "/openai/deployments/fixed-dep/chat/completions"


def test_azure_classic_deployment_path_without_model_is_a_clear_error(server: LoopbackServer) -> None:
    with azure_client(server) as client, pytest.raises(ConfigurationError, match="azure_deployment"):
        client.call(CHAT, body={"messages": []}, cast_to=Anything)
    assert server.requests == []


def test_azure_v1_uses_openai_paths_without_api_version(server: LoopbackServer) -> None:
    server.script(Reply(body={}), Reply(body={}))
    with SyncAPIClient(FAKE_AZURE_KEY, is_openai_key=False, azure_endpoint=server.url, azure_api="v1") as client:
        client.call(CHAT, body={"model": "dep"}, cast_to=Anything)
        client.call(GET_MODEL, path_params={"model": "gpt-4o"}, cast_to=Anything)
    chat, model = server.requests
    assert chat.path == "/openai/v1/chat/completions"
    assert model.path == "/openai/v1/models/gpt-4o"
    assert chat.query == {} and model.query == {}
    assert chat.headers["api-key"] == FAKE_AZURE_KEY


def test_azure_spec_operation_fills_client_params(server: LoopbackServer) -> None:
    server.script(Reply(body={}), Reply(body={}), Reply(body={}))
    with azure_client(server) as client:
        client.call(
            AZURE_CHAT,
            path_params={"deployment-id": NOT_GIVEN},
            query={"api-version": NOT_GIVEN},
            body={"model": "from-model"},
            cast_to=Anything,
        )
        client.call(
            AZURE_CHAT,
            path_params={"deployment-id": "explicit"},
            query={"api-version": "2024-06-01"},
            body={},
            cast_to=Anything,
        )
    with azure_client(server, azure_deployment="configured") as client:
        client.call(AZURE_CHAT, path_params={"deployment-id": NOT_GIVEN}, body={"model": "ignored"}, cast_to=Anything)
    first, second, third = server.requests
    assert first.path == "/openai/deployments/from-model/chat/completions"
    assert first.query == {"api-version": [API_VERSION]}
    assert second.path == "/openai/deployments/explicit/chat/completions"
    assert second.query == {"api-version": ["2024-06-01"]}
    assert third.path == "/openai/deployments/configured/chat/completions"


def test_azure_operation_on_openai_client_is_refused(server: LoopbackServer) -> None:
    with openai_client(server) as client, pytest.raises(ConfigurationError, match="Azure OpenAI operation"):
        client.call(AZURE_CHAT, path_params={"deployment-id": "d"}, body={}, cast_to=Anything)


def test_azure_resource_name_builds_endpoint() -> None:
    client = SyncAPIClient(FAKE_AZURE_KEY, azure_resource="contoso-res", api_version=API_VERSION)
    assert client.config.base_url == "https://contoso-res.openai.azure.com"
    assert client.config.is_azure
    assert "contoso" not in repr(client)
    client.close()


def test_azure_endpoint_with_openai_suffix_is_normalised() -> None:
    client = SyncAPIClient(
        FAKE_AZURE_KEY, azure_endpoint="https://contoso.openai.azure.com/openai/", api_version="2024-10-21"
    )
    assert client.config.base_url == "https://contoso.openai.azure.com"
    client.close()


def test_static_ad_token_is_a_bearer(server: LoopbackServer) -> None:
    server.script(Reply(body={}))
    with azure_client(server, azure_ad_token="Bearer eyFAKE.token") as client:
        client.call(LIST_FILES, cast_to=Anything)
    assert server.requests[0].headers["authorization"] == "Bearer eyFAKE.token"
    assert "api-key" not in server.requests[0].headers


def test_sync_token_provider_is_called_for_every_attempt(server: LoopbackServer) -> None:
    server.script(Reply(status=500, body={}), Reply(status=503, body={}), Reply(body={}))
    tokens = iter(["tok-1", "tok-2", "tok-3", "tok-4"])
    with azure_client(server, azure_ad_token_provider=lambda: next(tokens)) as client:
        client.call(LIST_FILES, cast_to=Anything)
    assert [r.headers["authorization"] for r in server.requests] == ["Bearer tok-1", "Bearer tok-2", "Bearer tok-3"]


async def test_async_client_runs_sync_provider_off_the_event_loop(server: LoopbackServer) -> None:
    server.script(Reply(status=429, headers={"retry-after-ms": "1"}, body={}), Reply(body={}))
    loop_thread = threading.get_ident()
    seen_threads: list[int] = []

    def provider() -> str:
        seen_threads.append(threading.get_ident())
        return f"tok-{len(seen_threads)}"

    async with async_azure_client(server, azure_ad_token_provider=provider) as client:
        await client.call(LIST_FILES, cast_to=Anything)
    assert [r.headers["authorization"] for r in server.requests] == ["Bearer tok-1", "Bearer tok-2"]
    assert seen_threads and loop_thread not in seen_threads


async def test_async_token_provider_is_awaited_per_attempt(server: LoopbackServer) -> None:
    server.script(Reply(status=500, body={}), Reply(body={}))
    calls = 0

    async def provider() -> str:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0)
        return f"atok-{calls}"

    async with async_azure_client(server, azure_ad_token_provider=provider) as client:
        await client.call(LIST_FILES, cast_to=Anything)
    assert [r.headers["authorization"] for r in server.requests] == ["Bearer atok-1", "Bearer atok-2"]


def test_sync_client_refuses_async_provider() -> None:
    async def provider() -> str:
        return "t"

    with pytest.raises(ConfigurationError, match="azure_ad_token_provider is async"):
        SyncAPIClient(
            azure_endpoint="https://x.openai.azure.com", api_version="2024-10-21", azure_ad_token_provider=provider
        )


def test_bearer_prefix_is_stripped_from_a_pasted_key(server: LoopbackServer) -> None:
    server.script(Reply(body={}))
    with SyncAPIClient(f"Bearer {FAKE_OPENAI_KEY}", base_url=server.url) as client:
        client.call(LIST_FILES, cast_to=Anything)
    assert server.requests[0].headers["authorization"] == f"Bearer {FAKE_OPENAI_KEY}"
