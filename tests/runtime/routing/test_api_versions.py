"""The Azure `api_version` policy: any well-formed version works; one that none of the generated specs has
(specs/config.toml) gives exactly one warning, or an error with `strict_api_version=True`."""

from __future__ import annotations

import warnings

import pytest
from openai_connector import AsyncClient, Client
from openai_connector.lib import ConfigurationError, ConfigurationWarning
from openai_connector.types import ChatCompletionRequestMessageParam

from tests.support.loopback import LoopbackServer, Reply

AZURE_KEY = "0123456789abcdef0123456789abcdef"
ENDPOINT = "https://example-resource.openai.azure.com"
MESSAGES: list[ChatCompletionRequestMessageParam] = [{"role": "user", "content": "Hi"}]
COMPLETION = {
    "id": "c",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}],
}


def test_generated_versions_are_known() -> None:
    assert Client.known_api_versions == ("2024-06-01", "2024-10-21")


@pytest.mark.parametrize("version", ["2024-06-01", "2024-10-21"])
def test_known_versions_are_accepted_silently(version: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with Client(azure_endpoint=ENDPOINT, api_key=AZURE_KEY, api_version=version) as client:
            assert client.azure.chat is not None


@pytest.mark.parametrize("version", ["2024-02-01", "2025-01-01-preview"])
def test_an_unknown_well_formed_version_is_sent_with_exactly_one_warning(version: str, server: LoopbackServer) -> None:
    server.script(Reply(body=COMPLETION), Reply(body=COMPLETION))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with Client(azure_endpoint=server.url, api_key=AZURE_KEY, api_version=version) as client:
            client.chat.completions.create(model="dep", messages=MESSAGES)
            client.with_options(timeout=5).chat.completions.create(model="dep", messages=MESSAGES)
    assert [w.category for w in caught] == [ConfigurationWarning]
    message = str(caught[0].message)
    assert f"api_version {version!r}" in message and "2024-06-01, 2024-10-21" in message
    assert "strict_api_version=True" in message
    assert caught[0].filename == __file__  # points at the caller's line
    assert [r.query["api-version"] for r in server.requests] == [[version], [version]]


async def test_the_async_client_follows_the_same_policy() -> None:
    with pytest.warns(ConfigurationWarning, match="2024-02-01"):
        client = AsyncClient(azure_endpoint=ENDPOINT, api_key=AZURE_KEY, api_version="2024-02-01")
    await client.close()
    with pytest.raises(ConfigurationError, match="strict_api_version"):
        AsyncClient(azure_endpoint=ENDPOINT, api_key=AZURE_KEY, api_version="2024-02-01", strict_api_version=True)


def test_strict_makes_an_unknown_version_an_error_naming_the_known_ones(server: LoopbackServer) -> None:
    with pytest.raises(
        ConfigurationError, match=r"api_version '2024-02-01'.*2024-06-01, 2024-10-21.*strict_api_version"
    ):
        Client(azure_endpoint=server.url, api_key=AZURE_KEY, api_version="2024-02-01", strict_api_version=True)
    assert server.requests == []
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Client(azure_endpoint=ENDPOINT, api_key=AZURE_KEY, api_version="2024-10-21", strict_api_version=True).close()


def test_allow_unknown_api_version_is_kept_and_silences_the_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Client(
            azure_endpoint=ENDPOINT, api_key=AZURE_KEY, api_version="2025-01-01-preview", allow_unknown_api_version=True
        ).close()
    with pytest.raises(ConfigurationError, match="only one of strict_api_version"):
        Client(
            azure_endpoint=ENDPOINT,
            api_key=AZURE_KEY,
            api_version="2025-01-01-preview",
            allow_unknown_api_version=True,
            strict_api_version=True,
        )


@pytest.mark.parametrize("version", ["2024-10", "v2", "latest", "2024-02-01-beta"])
def test_a_malformed_version_is_still_an_error(version: str) -> None:
    with pytest.raises(ConfigurationError, match="is not an Azure OpenAI API version"):
        Client(azure_endpoint=ENDPOINT, api_key=AZURE_KEY, api_version=version)


def test_azure_v1_takes_no_api_version_check() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Client(azure_endpoint=ENDPOINT, api_key=AZURE_KEY, azure_api="v1").close()
