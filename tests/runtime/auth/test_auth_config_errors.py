"""Configuration errors and warnings name the setting and never quote the key; reprs hide the secrets."""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from openai_connector.lib import (
    ConfigurationError,
    ConfigurationWarning,
    SyncAPIClient,
)

from tests.support.clients import (
    FAKE_AZURE_KEY,
    FAKE_OPENAI_KEY,
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


def test_repr_hides_secrets() -> None:
    openai = SyncAPIClient(FAKE_OPENAI_KEY, organization="org-secret", project="proj-secret")
    azure = SyncAPIClient(FAKE_AZURE_KEY, azure_endpoint="https://contoso.openai.azure.com", api_version="2024-10-21")
    for client in (openai, azure):
        text = repr(client) + repr(client.config) + str(client.config)
        for secret in (FAKE_OPENAI_KEY, FAKE_AZURE_KEY, "org-secret", "proj-secret", "contoso"):
            assert secret not in text
        client.close()
    assert "provider='azure'" in repr(azure)
