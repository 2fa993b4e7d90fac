"""The generated client accepts exactly the Azure api-versions it was generated for (specs/config.toml)."""

from __future__ import annotations

import pytest
from openai_connector import Client
from openai_connector.lib import ConfigurationError

AZURE_KEY = "0123456789abcdef0123456789abcdef"
ENDPOINT = "https://example-resource.openai.azure.com"


def test_generated_versions_are_known() -> None:
    assert Client.known_api_versions == ("2024-06-01", "2024-10-21")


@pytest.mark.parametrize("version", ["2024-06-01", "2024-10-21"])
def test_known_versions_are_accepted(version: str) -> None:
    with Client(azure_endpoint=ENDPOINT, api_key=AZURE_KEY, api_version=version) as client:
        assert client.azure.chat is not None


def test_unknown_version_fails_at_construction_naming_the_known_ones() -> None:
    with pytest.raises(ConfigurationError, match=r"api_version '2025-01-01-preview'.*2024-06-01, 2024-10-21"):
        Client(azure_endpoint=ENDPOINT, api_key=AZURE_KEY, api_version="2025-01-01-preview")


def test_unknown_version_is_allowed_on_request() -> None:
    client = Client(
        azure_endpoint=ENDPOINT, api_key=AZURE_KEY, api_version="2025-01-01-preview", allow_unknown_api_version=True
    )
    client.close()


def test_azure_v1_takes_no_api_version_check() -> None:
    Client(azure_endpoint=ENDPOINT, api_key=AZURE_KEY, azure_api="v1").close()
