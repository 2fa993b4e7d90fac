"""Provider switching, routing, auth headers, token providers and configuration errors."""

from __future__ import annotations

import asyncio
import threading
import warnings
from typing import Any

import pytest
from openai_connector.lib import (
    NOT_GIVEN,
    AsyncAPIClient,
    BaseModel,
    ConfigurationError,
    ConfigurationWarning,
    SyncAPIClient,
)

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


class Anything(BaseModel):
    pass


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


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "No API key"),
        ({"api_key": "   "}, "No API key"),
        ({"is_openai_key": False, "api_key": FAKE_AZURE_KEY, "api_version": "2024-10-21"}, "azure_endpoint"),
        ({"azure_endpoint": "https://r.openai.azure.com", "api_key": FAKE_AZURE_KEY}, "api_version"),
        ({"azure_endpoint": "https://r.openai.azure.com", "api_version": "2024-10-21"}, "No credentials for Azure"),
        (
            {"azure_endpoint": "r.openai.azure.com", "api_key": FAKE_AZURE_KEY, "api_version": "2024-10-21"},
            "azure_endpoint must",
        ),
        (
            {"azure_resource": "https://r.openai.azure.com", "api_key": FAKE_AZURE_KEY, "api_version": "2024-10-21"},
            "azure_resource",
        ),
        (
            {"is_openai_key": True, "api_key": FAKE_OPENAI_KEY, "azure_endpoint": "https://r.openai.azure.com"},
            "is_openai_key=True",
        ),
        # api_version chooses Azure OpenAI (`_environment.PRECEDENCE`), which then needs an endpoint
        ({"api_key": FAKE_OPENAI_KEY, "api_version": "2024-10-21"}, "Azure OpenAI needs azure_endpoint"),
        ({"is_openai_key": True, "api_key": FAKE_OPENAI_KEY, "api_version": "2024-10-21"}, "api_version is an Azure"),
        (
            {
                "azure_endpoint": "https://r.openai.azure.com",
                "api_version": "2024-10-21",
                "api_key": FAKE_AZURE_KEY,
                "azure_ad_token": "t",
            },
            "only one of api_key, azure_ad_token",
        ),
        ({"api_key": FAKE_OPENAI_KEY, "max_retries": -1}, "max_retries"),
    ],
)
def test_bad_configuration_names_the_setting(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message) as info:
        SyncAPIClient(**kwargs)
    text = str(info.value)
    assert FAKE_AZURE_KEY not in text and FAKE_OPENAI_KEY not in text and "r.openai.azure.com" not in text


def test_bearer_prefix_is_stripped_from_a_pasted_key(server: LoopbackServer) -> None:
    server.script(Reply(body={}))
    with SyncAPIClient(f"Bearer {FAKE_OPENAI_KEY}", base_url=server.url) as client:
        client.call(LIST_FILES, cast_to=Anything)
    assert server.requests[0].headers["authorization"] == f"Bearer {FAKE_OPENAI_KEY}"


def test_azure_key_given_to_openai_warns() -> None:
    with pytest.warns(ConfigurationWarning, match="is_openai_key=False") as record:
        SyncAPIClient(FAKE_AZURE_KEY).close()
    assert FAKE_AZURE_KEY not in str(record[0].message)


def test_openai_key_given_to_azure_warns() -> None:
    with pytest.warns(ConfigurationWarning, match="is_openai_key=True"):
        SyncAPIClient(
            FAKE_OPENAI_KEY, is_openai_key=False, azure_endpoint="https://r.openai.azure.com", api_version="2024-10-21"
        ).close()


def test_malformed_azure_key_warns() -> None:
    with pytest.warns(ConfigurationWarning, match="32 hexadecimal"):
        SyncAPIClient("not-a-key", azure_endpoint="https://r.openai.azure.com", api_version="2024-10-21").close()


def test_well_formed_keys_do_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        SyncAPIClient(FAKE_OPENAI_KEY).close()
        SyncAPIClient(FAKE_AZURE_KEY, azure_endpoint="https://r.openai.azure.com", api_version="2024-10-21").close()
        SyncAPIClient("local-server-key", base_url="http://127.0.0.1:1/v1").close()


def test_from_env_openai(monkeypatch: pytest.MonkeyPatch, server: LoopbackServer) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_OPENAI_KEY)
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-env")
    monkeypatch.setenv("OPENAI_BASE_URL", f"{server.url}/v1")
    server.script(Reply(body={}))
    with SyncAPIClient.from_env() as client:
        client.call(LIST_FILES, cast_to=Anything)
    req = server.requests[0]
    assert req.path == "/v1/files"
    assert req.headers["authorization"] == f"Bearer {FAKE_OPENAI_KEY}"
    assert req.headers["openai-organization"] == "org-env"
    assert req.headers["openai-project"] == "proj-env"


def test_from_env_azure(monkeypatch: pytest.MonkeyPatch, server: LoopbackServer) -> None:
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", server.url)
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", FAKE_AZURE_KEY)
    monkeypatch.setenv("OPENAI_API_VERSION", API_VERSION)
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_OPENAI_KEY)
    server.script(Reply(body={}))

    class GeneratedLike(AsyncAPIClient):
        pass

    async def run() -> None:
        async with GeneratedLike.from_env(max_retries=0) as client:
            assert isinstance(client, GeneratedLike)
            assert client.max_retries == 0
            await client.call(LIST_FILES, cast_to=Anything)

    asyncio.run(run())
    req = server.requests[0]
    assert req.path == "/openai/files"
    assert req.headers["api-key"] == FAKE_AZURE_KEY


def test_from_env_azure_with_ad_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://r.openai.azure.com")
    monkeypatch.setenv("AZURE_OPENAI_AD_TOKEN", "eyFAKE")
    monkeypatch.setenv("OPENAI_API_VERSION", API_VERSION)
    client = SyncAPIClient.from_env()
    assert client.config.azure_ad_token == "eyFAKE"
    client.close()


def test_from_env_without_key_fails_clearly() -> None:
    with pytest.raises(ConfigurationError, match="OPENAI_API_KEY"):
        SyncAPIClient.from_env()


def test_repr_hides_secrets() -> None:
    openai = SyncAPIClient(FAKE_OPENAI_KEY, organization="org-secret", project="proj-secret")
    azure = SyncAPIClient(FAKE_AZURE_KEY, azure_endpoint="https://contoso.openai.azure.com", api_version="2024-10-21")
    for client in (openai, azure):
        text = repr(client) + repr(client.config) + str(client.config)
        for secret in (FAKE_OPENAI_KEY, FAKE_AZURE_KEY, "org-secret", "proj-secret", "contoso"):
            assert secret not in text
        client.close()
    assert "provider='azure'" in repr(azure)


# -- the order of precedence of settings and environment (`_environment.with_environment`) ----------------

_OPENAI_VARS = {
    "OPENAI_API_KEY": "sk-env",
    "OPENAI_ORG_ID": "org-env",
    "OPENAI_PROJECT_ID": "proj-env",
    "OPENAI_BASE_URL": "http://openai.env/v1",
}
_AZURE_VARS = {
    "AZURE_OPENAI_API_KEY": "azure-env-key",
    "AZURE_OPENAI_AD_TOKEN": "azure-env-token",
    "AZURE_OPENAI_ENDPOINT": "https://env.openai.azure.com",
    "OPENAI_API_VERSION": "2024-10-21",
}


def _provider() -> str:
    return "provider-token"


@pytest.mark.parametrize(
    ("explicit", "environ", "expected"),
    [
        ({}, {}, {"is_openai_key": True}),
        (
            {},
            _OPENAI_VARS,
            {
                "is_openai_key": True,
                "api_key": "sk-env",
                "organization": "org-env",
                "project": "proj-env",
                "base_url": "http://openai.env/v1",
            },
        ),
        # Azure's variables win when no setting decides; OpenAI's are then not read at all.
        (
            {},
            {**_OPENAI_VARS, **_AZURE_VARS},
            {
                "is_openai_key": False,
                "api_key": "azure-env-key",
                "azure_endpoint": "https://env.openai.azure.com",
                "api_version": "2024-10-21",
            },
        ),
        # An OpenAI-only setting chooses OpenAI: Azure's variables are not read.
        (
            {"project": "p"},
            {**_OPENAI_VARS, **_AZURE_VARS},
            {
                "is_openai_key": True,
                "project": "p",
                "api_key": "sk-env",
                "organization": "org-env",
                "base_url": "http://openai.env/v1",
            },
        ),
        ({"base_url": "http://x/v1"}, _AZURE_VARS, {"is_openai_key": True, "base_url": "http://x/v1"}),
        # An Azure-only setting chooses Azure: OpenAI's key is never taken.
        ({"azure_deployment": "d"}, _OPENAI_VARS, {"is_openai_key": False, "azure_deployment": "d"}),
        (
            {"azure_api": "v1"},
            {**_OPENAI_VARS, "AZURE_OPENAI_ENDPOINT": "https://e"},
            {"is_openai_key": False, "azure_api": "v1", "azure_endpoint": "https://e"},
        ),
        # Without an Azure key, the Entra ID token of the environment; an explicit credential takes neither.
        (
            {"azure_endpoint": "https://e"},
            {"AZURE_OPENAI_AD_TOKEN": "t"},
            {"is_openai_key": False, "azure_endpoint": "https://e", "azure_ad_token": "t"},
        ),
        (
            {"azure_ad_token_provider": _provider},
            _AZURE_VARS,
            {
                "is_openai_key": False,
                "azure_ad_token_provider": _provider,
                "azure_endpoint": "https://env.openai.azure.com",
                "api_version": "2024-10-21",
            },
        ),
        (
            {"api_key": "k"},
            _AZURE_VARS,
            {
                "is_openai_key": False,
                "api_key": "k",
                "azure_endpoint": "https://env.openai.azure.com",
                "api_version": "2024-10-21",
            },
        ),
        # azure_resource replaces the endpoint variable (passing both would be a conflict).
        (
            {"azure_resource": "r"},
            _AZURE_VARS,
            {"is_openai_key": False, "azure_resource": "r", "api_key": "azure-env-key", "api_version": "2024-10-21"},
        ),
        # is_openai_key decides over everything.
        (
            {"is_openai_key": True},
            {**_OPENAI_VARS, **_AZURE_VARS},
            {
                "is_openai_key": True,
                "api_key": "sk-env",
                "organization": "org-env",
                "project": "proj-env",
                "base_url": "http://openai.env/v1",
            },
        ),
        # A connection setting given as None is not given; other settings keep None (timeout=None: no timeout).
        (
            {"api_key": None, "timeout": None},
            {"OPENAI_API_KEY": "sk-env"},
            {"is_openai_key": True, "api_key": "sk-env", "timeout": None},
        ),
        # Blank variables are unset.
        ({}, {"AZURE_OPENAI_ENDPOINT": "  ", "OPENAI_API_KEY": "sk-env"}, {"is_openai_key": True, "api_key": "sk-env"}),
    ],
)
def test_settings_are_completed_from_the_chosen_providers_variables_only(
    explicit: dict[str, Any], environ: dict[str, str], expected: dict[str, Any]
) -> None:
    from openai_connector.lib._environment import with_environment

    assert with_environment(explicit, environ) == expected
