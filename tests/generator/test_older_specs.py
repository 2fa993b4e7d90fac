"""Generating from older or other specs: what the spec requires stays required, the copied runtime
needs no Azure namespace, and a further spec's namespace is only sent where its server is."""

from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from openai_connector.lib.actions._support import NotOfferedError, azure_namespace

from generator.runtime_source import EXTRAS_SOURCE
from tests.generator.inline import api, imported
from tests.support.loopback import LoopbackServer, Reply

CHAT_BODY = {
    # As Azure's 2024-06-01 spec writes it: `required` beside `allOf`, the property in a part.
    "type": "object",
    "allOf": [
        {"$ref": "#/components/schemas/Common"},
        {"properties": {"messages": {"type": "array", "items": {"type": "object"}}}},
    ],
    "required": ["messages"],
}
SCHEMAS = {
    "Common": {"type": "object", "properties": {"temperature": {"type": "number"}}},
    "ChatRequest": CHAT_BODY,
    "Chat": {"type": "object", "properties": {"id": {"type": "string"}}},
}


def _chat(operation_id: str) -> dict[str, Any]:
    return {
        "post": {
            "operationId": operation_id,
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ChatRequest"}}},
            },
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Chat"}}},
                }
            },
        }
    }


ROOT = api({"/chat/completions": _chat("createChatCompletion")}, SCHEMAS)
V1 = {
    **api({"/chat/completions": _chat("createChatCompletionV1")}, SCHEMAS),
    "info": {"title": "Azure v1", "version": "v1", "x-connector-namespace": "azure_v1"},
    "servers": [
        {"url": "https://{endpoint}/openai/v1", "variables": {"endpoint": {"default": "res.openai.azure.com"}}}
    ],
}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with imported(tmp_path_factory.mktemp("older"), [ROOT, V1], "older_pkg") as module:
        yield module


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv


def _client(package: ModuleType, server: LoopbackServer, **settings: Any) -> Any:
    client_module = importlib.import_module(package.__name__ + "._client")
    return client_module.Client(api_key="0123456789abcdef" * 2, azure_endpoint=server.url, max_retries=0, **settings)


def test_required_beside_all_of_stays_required(package: ModuleType, server: LoopbackServer) -> None:
    with _client(package, server, api_version="2024-10-21") as client:
        parameter = inspect.signature(client.chat.completions.create).parameters["messages"]
        assert parameter.default is inspect.Parameter.empty


def test_a_v1_namespace_on_a_classic_azure_client_raises_before_sending(
    package: ModuleType, server: LoopbackServer
) -> None:
    with _client(package, server, api_version="2024-10-21") as client:
        with pytest.raises(Exception, match=r"served under /openai/v1 .* use azure_api='v1'") as raised:
            client.azure_v1.chat.completions.create(messages=[{"role": "user", "content": "hi"}])
    assert type(raised.value).__name__ == "ConfigurationError"
    assert server.requests == []


def test_a_v1_namespace_on_a_v1_azure_client_goes_to_openai_v1(package: ModuleType, server: LoopbackServer) -> None:
    server.script(Reply(body={"id": "chatcmpl-1"}))
    with _client(package, server, azure_api="v1") as client:
        client.azure_v1.chat.completions.create(messages=[{"role": "user", "content": "hi"}])
    assert server.requests[0].path == "/openai/v1/chat/completions"


def test_the_actions_reach_the_azure_namespace_only_at_run_time() -> None:
    # A package generated without Azure's spec has no `client.azure`: a static use fails mypy --strict there.
    for path in sorted((EXTRAS_SOURCE / "actions").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        uses = [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr == "azure"]
        assert uses == [], f"{path.name}: `.azure` at lines {uses}"


def test_the_azure_action_without_the_namespace_says_what_is_missing() -> None:
    with pytest.raises(NotOfferedError, match="generate the package with Azure's inference spec"):
        azure_namespace(object())
    namespace = object()
    assert azure_namespace(type("C", (), {"azure": namespace})()) is namespace
