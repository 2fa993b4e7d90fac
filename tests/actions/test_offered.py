"""Which actions Azure OpenAI's classic API offers follows the generated operations' facts, not a list."""

from __future__ import annotations

import pytest
from openai_connector.lib.actions import Actions, NotOfferedError
from openai_connector.lib.actions._support import ACTION_OPERATIONS, _operation, operation_of, require
from openai_connector.resources import audio, chat

from tests.actions.conftest import make_client
from tests.support.loopback import LoopbackServer

# What Azure's classic spec (2024-10-21) serves per deployment, as the generator derived it.
SERVED = {"chat", "completion", "embeddings", "image_generate", "transcribe", "translate"}


def test_each_action_finds_the_generated_operation_it_calls(server: LoopbackServer) -> None:
    client = make_client(server.url, "azure")
    for action, (_, operation_id) in ACTION_OPERATIONS.items():
        op = operation_of(client, action)
        assert op is not None and op.operation_id == operation_id, action
    offered = {a for a in ACTION_OPERATIONS if a != "azure_chat" and operation_of(client, a).deployment_scoped}  # type: ignore[union-attr]
    assert offered == SERVED


def test_an_action_is_offered_on_azure_classic_when_its_operation_is_deployment_scoped(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = make_client(server.url, "azure")
    require(client, "chat")
    with pytest.raises(NotOfferedError, match=r"its spec serves no POST /audio/speech per deployment"):
        require(client, "speech")
    # Flip the facts: the runtime follows them.
    monkeypatch.setattr(chat, "_CREATE_CHAT_COMPLETION", chat._CREATE_CHAT_COMPLETION._replace(deployment_scoped=False))
    monkeypatch.setattr(audio, "_CREATE_SPEECH", audio._CREATE_SPEECH._replace(deployment_scoped=True))
    _operation.cache_clear()
    try:
        require(client, "speech")
        with pytest.raises(NotOfferedError, match="chat is not offered"):
            Actions(client).chat("hi", model="dep")
    finally:
        _operation.cache_clear()
    assert server.requests == []


def test_openai_and_azure_v1_offer_every_openai_action(server: LoopbackServer) -> None:
    for platform in ("openai", "azure_v1"):
        client = make_client(server.url, platform)
        for action in ACTION_OPERATIONS.keys() - {"azure_chat"}:
            require(client, action)
