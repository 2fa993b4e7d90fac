"""The routing policy, without a server: one `Routing` per platform (OpenAI, Azure classic, Azure v1)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from openai_connector.lib import NOT_GIVEN, ConfigurationError, InvalidRequestError
from openai_connector.lib._config import ClientConfig
from openai_connector.lib._routing import AzureClassicRouting, Routing, routing_for

from tests.support.clients import API_VERSION, AZURE_CHAT, CHAT, GET_MODEL, LIST_FILES

OPENAI = ClientConfig(provider="openai", azure_api="classic", base_url="https://api.openai.com/v1", api_key="sk-x")
CLASSIC = ClientConfig(
    provider="azure", azure_api="classic", base_url="https://res.openai.azure.com", api_key="k", api_version=API_VERSION
)
V1 = ClientConfig(provider="azure", azure_api="v1", base_url="https://res.openai.azure.com", api_key="k")


def _query(routing: Routing, op: Any, query: dict[str, object] | None = None) -> list[tuple[str, str]]:
    params: list[tuple[str, str]] = []
    routing.add_query(op, query or {}, params)
    return params


def test_each_platform_has_its_routing() -> None:
    assert type(routing_for(OPENAI)) is Routing
    assert type(routing_for(V1)) is Routing
    assert type(routing_for(CLASSIC)) is AzureClassicRouting


def test_openai_and_azure_v1_differ_only_in_their_base() -> None:
    for config, base in ((OPENAI, "https://api.openai.com/v1"), (V1, "https://res.openai.azure.com/openai/v1")):
        routing = routing_for(config)
        assert routing.url(CHAT, {}, {"model": "m"}) == f"{base}/chat/completions"
        assert routing.url(GET_MODEL, {"model": "gpt-4o"}, NOT_GIVEN) == f"{base}/models/gpt-4o"
        assert _query(routing, CHAT) == []


def test_azure_classic_routes_deployment_paths_and_adds_the_api_version() -> None:
    routing = routing_for(CLASSIC)
    chat = routing.url(CHAT, {}, {"model": "my dep"})
    assert chat == "https://res.openai.azure.com/openai/deployments/my%20dep/chat/completions"
    assert routing.url(LIST_FILES, {}, NOT_GIVEN) == "https://res.openai.azure.com/openai/files"
    assert _query(routing, CHAT) == [("api-version", API_VERSION)]
    with pytest.raises(ConfigurationError, match="pass model=<deployment name>"):
        routing.url(CHAT, {}, {"messages": []})


def test_azure_operations_fill_client_params_and_need_an_azure_client() -> None:
    routing = routing_for(CLASSIC)
    url = routing.url(AZURE_CHAT, {"deployment-id": NOT_GIVEN}, {"model": "dep"})
    assert url == "https://res.openai.azure.com/openai/deployments/dep/chat/completions"
    assert _query(routing, AZURE_CHAT, {"api-version": NOT_GIVEN}) == [("api-version", API_VERSION)]
    assert _query(routing, AZURE_CHAT, {"api-version": "2024-06-01"}) == []  # given by the caller: left alone
    with pytest.raises(ConfigurationError, match="Azure OpenAI operation"):
        routing_for(OPENAI).url(AZURE_CHAT, {"deployment-id": "d"}, {})


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("", "Expected a non-empty value for `model` but received ''"),  # openai-python's words
        (None, "path parameter 'model'"),
        (NOT_GIVEN, "path parameter 'model'"),
        (".", "path parameter 'model'"),
        ("..", "path parameter 'model'"),
    ],
)
def test_a_path_parameter_that_cannot_be_sent_is_refused(value: object, says: str) -> None:
    with pytest.raises(InvalidRequestError, match=re.escape(says)) as info:
        routing_for(OPENAI).url(GET_MODEL, {"model": value}, NOT_GIVEN)
    assert info.value.param == "model"


def test_raw_paths_and_query() -> None:
    openai, classic = routing_for(OPENAI), routing_for(CLASSIC)
    assert openai.raw_path("/v1/models") == "/models"
    assert openai.raw_path("models") == "/models"
    assert classic.raw_path("/v1/models") == "/v1/models"  # the classic base has no /v1 to duplicate
    with pytest.raises(ValueError, match="relative to the client's base URL"):
        openai.raw_path("https://elsewhere.example/models")
    params: list[tuple[str, str]] = []
    classic.add_raw_query(params)
    assert params == [("api-version", API_VERSION)]
    given = [("api-version", "2024-06-01")]
    classic.add_raw_query(given)
    assert given == [("api-version", "2024-06-01")]
