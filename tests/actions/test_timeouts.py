"""A per-call `timeout=` on every action, sync and async (the chat family takes it in `ChatParams`)."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from openai_connector.lib import APITimeoutError
from openai_connector.lib.actions import Actions, AsyncActions, BatchOptions, ChatParams

from tests.actions.conftest import make_async_client, make_client
from tests.support.loopback import LoopbackServer, Reply

NOT_API_CALLS = {"save_images"}  # a static helper: its own download timeout, tested below


def _public_methods(cls: type) -> list[str]:
    return sorted(name for name, _ in inspect.getmembers(cls, callable) if not name.startswith("_"))


def _takes_timeout(function: Any) -> bool:
    signature = inspect.signature(function)
    if "timeout" in signature.parameters:
        return True
    params = signature.parameters.get("params")  # `**params: Unpack[ChatParams]` (annotations are strings here)
    return params is not None and params.annotation == "Unpack[ChatParams]" and "timeout" in ChatParams.__annotations__


@pytest.mark.parametrize("cls", [Actions, AsyncActions])
def test_every_action_takes_a_timeout(cls: type[Actions] | type[AsyncActions]) -> None:
    methods = _public_methods(cls)
    assert len(methods) >= 30
    missing = [name for name in methods if name not in NOT_API_CALLS and not _takes_timeout(getattr(cls, name))]
    assert missing == []
    assert "timeout" in inspect.signature(cls.save_images).parameters


def test_sync_and_async_actions_are_the_same_set() -> None:
    assert _public_methods(Actions) == _public_methods(AsyncActions)


@pytest.mark.parametrize(
    "call",
    [
        lambda a: a.get_model("gpt-4o", timeout=0.2),
        lambda a: a.list_models(timeout=0.2),
        lambda a: a.moderate("x", timeout=0.2),
        lambda a: a.request("GET", "/anything", timeout=0.2),
        lambda a: a.resume_batch("batch_1", timeout=0.2, options=BatchOptions(poll_interval=0.01)),
        lambda a: a.chat("hi", model="m", timeout=0.2),
    ],
    ids=["get_model", "list_models", "moderate", "request", "resume_batch", "chat"],
)
def test_the_timeout_reaches_the_request(server: LoopbackServer, call: Any) -> None:
    server.fallback = Reply(stall=True)
    actions = Actions(make_client(server.url, "openai", timeout=30.0))
    with pytest.raises(APITimeoutError):
        call(actions)
    assert server.count == 1  # max_retries=0: one attempt, ended by the per-call timeout, not the client's 30 s


async def test_async_get_model_and_list_models_take_a_timeout(server: LoopbackServer) -> None:
    server.fallback = Reply(stall=True)
    actions = AsyncActions(make_async_client(server.url, "openai", timeout=30.0))
    with pytest.raises(APITimeoutError):
        await actions.get_model("gpt-4o", timeout=0.2)
    with pytest.raises(APITimeoutError):
        await actions.list_models(timeout=0.2)
    assert server.count == 2


def test_no_timeout_given_keeps_the_clients(server: LoopbackServer) -> None:
    model = {"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}
    server.script(Reply(body=model, delay=0.3))
    actions = Actions(make_client(server.url, "openai", timeout=10.0))
    assert actions.get_model("gpt-4o").id == "gpt-4o"
