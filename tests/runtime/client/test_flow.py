"""The sans-I/O drivers: one flow, run by `run_sync` and by `run_async`, performs the same effects."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx2
import pytest
from openai_connector.lib._flow import Call, Close, Flow, Read, Send, Sleep, run_async, run_sync


def _answer(request: httpx2.Request) -> httpx2.Response:
    if request.url.path == "/fail":
        raise httpx2.ConnectError("refused", request=request)
    return httpx2.Response(200, content=b"body of " + request.url.path.encode())


def sample_flow(log: list[str]) -> Flow[str]:
    """Sends, reads, sleeps, calls a function, and recovers from a transport error thrown into it."""
    response: httpx2.Response = yield Send(httpx2.Request("GET", "http://test/one"), True)
    yield Read(response)
    log.append(response.content.decode())
    yield Sleep(0)
    value = yield Call(lambda: "called")
    log.append(str(value))
    try:
        yield Send(httpx2.Request("GET", "http://test/fail"), False)
    except httpx2.ConnectError as exc:
        log.append(f"caught {type(exc).__name__}")
    second: httpx2.Response = yield Send(httpx2.Request("GET", "http://test/two"), False)
    yield Close(second)
    return second.text


def test_both_drivers_perform_the_same_flow() -> None:
    sync_log: list[str] = []
    with httpx2.Client(transport=httpx2.MockTransport(_answer)) as http:
        assert run_sync(sample_flow(sync_log), http) == "body of /two"

    async def main() -> tuple[str, list[str]]:
        log: list[str] = []
        async with httpx2.AsyncClient(transport=httpx2.MockTransport(_answer)) as http:
            return await run_async(sample_flow(log), http), log

    result, async_log = asyncio.run(main())
    assert result == "body of /two"
    assert sync_log == async_log == ["body of /one", "called", "caught ConnectError"]


def test_an_error_the_flow_does_not_catch_reaches_the_caller() -> None:
    def flow() -> Flow[None]:
        yield Send(httpx2.Request("GET", "http://test/fail"), False)

    with httpx2.Client(transport=httpx2.MockTransport(_answer)) as http, pytest.raises(httpx2.ConnectError):
        run_sync(flow(), http)


def test_a_flow_without_effects_returns_at_once() -> None:
    def flow() -> Flow[int]:
        return 7
        yield  # a flow, with nothing to do

    with httpx2.Client(transport=httpx2.MockTransport(_answer)) as http:
        assert run_sync(flow(), http) == 7


def _calls(call: Call) -> Flow[Any]:
    return (yield call)


async def test_async_driver_runs_a_blocking_call_in_a_worker_thread_and_awaits_an_async_one() -> None:
    threads: list[int] = []

    def blocking() -> str:
        threads.append(threading.get_ident())
        return "from a thread"

    async def awaited() -> str:
        threads.append(threading.get_ident())
        return "awaited"

    async with httpx2.AsyncClient(transport=httpx2.MockTransport(_answer)) as http:
        assert await run_async(_calls(Call(blocking)), http) == "from a thread"
        assert await run_async(_calls(Call(awaited, is_async=True)), http) == "awaited"
        assert await run_async(_calls(Call(awaited)), http) == "awaited"  # an awaitable result is awaited too
    loop_thread = threading.get_ident()
    assert threads[0] != loop_thread and threads[1] == loop_thread
