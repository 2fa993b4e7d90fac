"""Hooks: `on_request` before each attempt, `on_response` when each attempt's answer arrives, `on_retry` before
each wait, set on the client (constructor, `with_options`) and per call (the generated methods' keywords).

A call runs its client's hooks, then its own; the async client awaits async hooks and calls plain ones; a
sync client refuses an `async def` hook before sending anything; a hook that raises ends the call with
its exception, and nothing is left open.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx2
import pytest
from openai_connector import NOT_GIVEN, APIConnectionError, Client
from openai_connector.lib import ResponseInfo, RetryEvent
from openai_connector.lib._hooks import RequestInfo

from tests.runtime._helpers import (
    AZURE_KEY,
    OPENAI_KEY,
    PROVIDERS,
    Provider,
    achat,
    async_client,
    chat,
    chat_path,
    completion,
    no_leaks,
    refused_url,
    sync_client,
)
from tests.support.loopback import LoopbackServer, Reply, sse_event

RATE_LIMITED = {"error": {"message": "Rate limit reached", "type": "requests", "code": "rate_limit"}}


class Journal:
    """Records every hook call in order, as `(kind, detail)`."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []
        self.requests: list[RequestInfo] = []
        self.responses: list[ResponseInfo] = []
        self.retries: list[RetryEvent] = []

    def on_request(self, info: RequestInfo) -> None:
        self.requests.append(info)
        self.events.append(("request", info.attempt))

    def on_response(self, info: ResponseInfo) -> None:
        self.responses.append(info)
        self.events.append(("response", info.status_code))

    def on_retry(self, event: RetryEvent) -> None:
        self.retries.append(event)
        self.events.append(("retry", event.attempt))

    def hooks(self) -> dict[str, Any]:
        return {"on_request": self.on_request, "on_response": self.on_response, "on_retry": self.on_retry}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_429_with_retry_after_runs_every_hook_in_order_sync(server: LoopbackServer, provider: Provider) -> None:
    server.script(
        Reply(status=429, body=RATE_LIMITED, headers={"retry-after-ms": "30"}),
        Reply(body=completion("after wait"), headers={"x-request-id": "req_2"}),
    )
    journal = Journal()
    with no_leaks(server), sync_client(server.url, provider, **journal.hooks()) as client:
        assert chat(client, provider).choices[0].message.content == "after wait"
    assert journal.events == [("request", 1), ("response", 429), ("retry", 1), ("request", 2), ("response", 200)]
    (retry,) = journal.retries
    assert (retry.attempt, retry.status_code, retry.error_type) == (1, 429, None)
    assert retry.delay == pytest.approx(0.03)  # the server's hint, not the client's 0.01
    assert "429" in retry.reason
    first, second = journal.responses
    assert (first.retries_taken, second.retries_taken, second.request_id) == (0, 1, "req_2")
    assert isinstance(second.response, httpx2.Response) and second.response.status_code == 200
    assert all(isinstance(info.request, httpx2.Request) for info in journal.requests)
    assert journal.requests[0].request.url.path == chat_path(provider)


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_429_with_retry_after_runs_every_hook_in_order_async(server: LoopbackServer, provider: Provider) -> None:
    server.script(Reply(status=429, body=RATE_LIMITED, headers={"retry-after-ms": "30"}), Reply(body=completion()))
    journal = Journal()
    with no_leaks(server):
        async with async_client(server.url, provider, **journal.hooks()) as client:
            await achat(client, provider)
    assert journal.events == [("request", 1), ("response", 429), ("retry", 1), ("request", 2), ("response", 200)]
    assert journal.retries[0].delay == pytest.approx(0.03)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_connection_error_gives_on_retry_the_exception_class_sync(provider: Provider) -> None:
    journal = Journal()
    with no_leaks(), sync_client(refused_url(), provider, max_retries=1, **journal.hooks()) as client:
        with pytest.raises(APIConnectionError):
            chat(client, provider)
    assert journal.events == [("request", 1), ("retry", 1), ("request", 2)]  # no answer: no on_response
    (retry,) = journal.retries
    assert (retry.status_code, retry.error_type, retry.delay) == (None, "ConnectError", 0.01)
    assert retry.reason.startswith("connection error")


async def test_connection_error_gives_on_retry_the_exception_class_async() -> None:
    journal = Journal()
    async with async_client(refused_url(), "openai", max_retries=1, **journal.hooks()) as client:
        with pytest.raises(APIConnectionError):
            await achat(client, "openai")
    assert [(e.attempt, e.error_type) for e in journal.retries] == [(1, "ConnectError")]


async def test_async_client_awaits_async_hooks_and_calls_plain_ones(server: LoopbackServer) -> None:
    server.script(Reply(status=500), Reply(body=completion()))
    order: list[str] = []

    async def on_request(info: RequestInfo) -> None:
        await asyncio.sleep(0)
        order.append(f"async request {info.attempt}")

    async def on_retry(event: RetryEvent) -> None:
        await asyncio.sleep(0)
        order.append(f"async retry {event.attempt}")

    def on_response(info: ResponseInfo) -> None:
        order.append(f"plain response {info.status_code}")

    async with async_client(server.url, "openai", on_request=on_request, on_retry=on_retry) as client:
        await achat(client.with_options(on_response=on_response), "openai")
    assert order == [
        "async request 1",
        "plain response 500",
        "async retry 1",
        "async request 2",
        "plain response 200",
    ]


def test_a_hook_for_one_call_comes_through_with_options_and_replaces_the_clients(server: LoopbackServer) -> None:
    server.fallback = Reply(body=completion())
    order: list[str] = []
    with sync_client(server.url, "openai", on_request=lambda info: order.append("client")) as client:
        client.with_options(on_request=lambda info: order.append("call")).chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}]
        )
        chat(client, "openai")
    assert order == ["call", "client"]  # the derived client's hook, for its calls only


def test_on_request_sees_the_request_as_sent_and_may_add_headers(server: LoopbackServer) -> None:
    server.script(Reply(body=completion()))

    def tag(info: RequestInfo) -> None:
        assert info.request.headers["authorization"] == f"Bearer {OPENAI_KEY}"  # the real request object
        info.request.headers["x-trace-id"] = f"attempt-{info.attempt}"

    with sync_client(server.url, "openai", on_request=tag) as client:
        chat(client, "openai")
    assert server.requests[0].headers["x-trace-id"] == "attempt-1"


@pytest.mark.parametrize(("provider", "key"), [("openai", OPENAI_KEY), ("azure", AZURE_KEY)])
def test_request_info_repr_hides_the_credentials(server: LoopbackServer, provider: Provider, key: str) -> None:
    server.script(Reply(body=completion()))
    journal = Journal()
    with sync_client(server.url, provider, on_request=journal.on_request) as client:
        chat(client, provider)
    shown = repr(journal.requests[0])
    assert key not in shown and "<redacted>" in shown
    assert ("127.0.0.1" in shown) is (provider == "openai")  # an Azure host names the resource


def test_sync_client_refuses_async_hooks_before_sending(server: LoopbackServer) -> None:
    async def hook(info: object) -> None:
        pass

    with pytest.raises(TypeError, match="on_retry"):
        sync_client(server.url, "openai", on_retry=hook)
    with sync_client(server.url, "openai") as client:
        with pytest.raises(TypeError, match="on_request"):
            client.with_options(on_request=hook)
        with pytest.raises(TypeError, match="on_response"):
            client.with_options(on_response=hook)
    assert server.count == 0


def test_a_hook_that_is_not_callable_is_refused_naming_it(server: LoopbackServer) -> None:
    with pytest.raises(TypeError, match="on_response must be a callable"):
        sync_client(server.url, "openai", on_response="print")


class HookFailed(Exception):
    pass


def _fail(info: object) -> None:
    raise HookFailed("from the hook")


def test_a_raising_on_request_propagates_and_sends_nothing(server: LoopbackServer) -> None:
    with no_leaks(server), sync_client(server.url, "openai") as client:
        with pytest.raises(HookFailed):
            chat(client.with_options(on_request=_fail), "openai")
    assert server.count == 0


@pytest.mark.parametrize("stream", [False, True])
def test_a_raising_on_response_propagates_and_closes_the_response(server: LoopbackServer, stream: bool) -> None:
    reply = Reply(sse=[sse_event({"choices": []}), "data: [DONE]\n\n"]) if stream else Reply(body=completion())
    server.script(reply)
    with no_leaks(server), sync_client(server.url, "openai") as client:
        with pytest.raises(HookFailed):
            chat(client.with_options(on_response=_fail), "openai", stream=stream)
    assert server.count == 1


async def test_a_raising_async_on_retry_propagates_without_retrying(server: LoopbackServer) -> None:
    server.fallback = Reply(status=503)

    async def fail(event: RetryEvent) -> None:
        raise HookFailed(event.reason)

    with no_leaks(server):
        async with async_client(server.url, "azure", on_retry=fail) as client:
            with pytest.raises(HookFailed, match="503"):
                await achat(client, "azure")
    assert server.count == 1


def test_raw_response_calls_run_the_hooks(server: LoopbackServer) -> None:
    server.script(Reply(body=completion(), headers={"x-request-id": "req_raw"}))
    journal = Journal()
    with sync_client(server.url, "openai") as client:
        raw = client.with_options(on_response=journal.on_response).chat.completions.with_raw_response.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}]
        )
    assert raw.request_id == "req_raw"
    assert [info.request_id for info in journal.responses] == ["req_raw"]


def test_with_options_none_drops_a_hook_and_not_given_keeps_it(server: LoopbackServer) -> None:
    server.fallback = Reply(body=completion())
    seen: list[str] = []
    with sync_client(server.url, "openai", on_request=lambda info: seen.append("request")) as client:
        chat(client.with_options(on_request=NOT_GIVEN, on_retry=lambda event: None), "openai")
        chat(client.with_options(on_request=None), "openai")
    assert seen == ["request"]


def test_the_constructor_takes_not_given_as_left_out(server: LoopbackServer) -> None:
    server.script(Reply(body=completion()))
    journal = Journal()
    with Client(
        OPENAI_KEY,
        base_url=f"{server.url}/v1",
        max_retries=NOT_GIVEN,
        timeout=NOT_GIVEN,
        on_response=journal.on_response,
    ) as client:
        assert client.max_retries == 2
        chat(client, "openai")
    assert [info.status_code for info in journal.responses] == [200]


async def test_client_request_takes_per_call_hooks_async(server: LoopbackServer) -> None:
    server.script(Reply(status=502), Reply(body={"ok": True}))
    journal = Journal()
    async with async_client(server.url, "openai", on_response=journal.on_response) as client:
        result = await client.request("GET", "/things", on_retry=journal.on_retry)
    assert result.body == {"ok": True}
    assert journal.events == [("response", 502), ("retry", 1), ("response", 200)]
