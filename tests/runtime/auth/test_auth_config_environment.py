"""Settings from the environment: `from_env`, and the order of precedence of settings and variables
(`_environment.with_environment`)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from openai_connector.lib import (
    AsyncAPIClient,
    ConfigurationError,
    SyncAPIClient,
)

from tests.runtime.auth._models import Anything
from tests.support.clients import (
    API_VERSION,
    FAKE_AZURE_KEY,
    FAKE_OPENAI_KEY,
    LIST_FILES,
)
from tests.support.loopback import LoopbackServer, Reply


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
