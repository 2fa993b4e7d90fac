"""Interrupting `chat_many`: Ctrl-C (sync) and cancellation (async) stop sending and keep what finished.

The interrupt is raised the way a real Ctrl-C arrives: `_thread.interrupt_main()` from the loopback
server's handler once it has seen `STOP_AT` requests, while the main thread waits for results.
"""

from __future__ import annotations

import _thread
import asyncio
import itertools
import json
import threading

import pytest
from openai_connector.lib.actions import Actions, AsyncActions, InterruptedRun, partial_results

from tests.actions.conftest import make_async_client, make_client
from tests.runtime._helpers import completion
from tests.support.loopback import LoopbackServer, Recorded, Reply

TOTAL = 200
STOP_AT = 10
CONCURRENCY = 2
PROMPTS = [f"p{i}" for i in range(TOTAL)]


def _echo(request: Recorded) -> Reply:
    prompt = json.loads(request.body)["messages"][-1]["content"]
    return Reply(body=completion(f"echo:{prompt}"))


def test_ctrl_c_stops_sending_and_keeps_finished_items(server: LoopbackServer) -> None:
    arrivals = itertools.count(1)  # one number per request, atomically (server.count can skip a value)

    def respond(request: Recorded) -> Reply:
        if next(arrivals) == STOP_AT:
            _thread.interrupt_main()
        return _echo(request)

    server.responder = respond
    actions = Actions(make_client(server.url, "openai"))
    with pytest.raises(KeyboardInterrupt) as info:
        actions.chat_many(PROMPTS, model="m", max_concurrency=CONCURRENCY, progress=False)
    error = info.value
    assert isinstance(error, InterruptedRun)
    assert error.total == TOTAL
    # nothing new after the interrupt: at most the requests already in flight (one per worker) get through
    assert server.count <= STOP_AT + 2 * CONCURRENCY
    finished = error.results
    assert partial_results(error) is finished
    # how many of the answers sent before the interrupt the workers had recorded depends on scheduling;
    # some were (the interrupt comes with the tenth request), and none that was not answered
    assert 1 <= len(finished) <= server.count
    assert [item.index for item in finished] == sorted(item.index for item in finished)
    for item in finished:
        assert item.ok, item.error
        assert item.text == f"echo:{PROMPTS[item.index]}"


def test_keyboard_interrupt_raised_by_a_call_stops_the_run(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A KeyboardInterrupt surfacing in a worker (e.g. from a hook) ends the run the same way."""
    server.responder = _echo
    calls = 0
    lock = threading.Lock()
    client = make_client(server.url, "openai")
    actions = Actions(client)
    original = actions.chat

    def chat(prompt: object, **kwargs: object) -> object:
        nonlocal calls
        with lock:
            calls += 1
            if calls == STOP_AT:
                raise KeyboardInterrupt
        return original(prompt, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(actions, "chat", chat)
    with pytest.raises(InterruptedRun) as info:
        actions.chat_many(PROMPTS, model="m", max_concurrency=CONCURRENCY, progress=False)
    assert server.count <= STOP_AT + 2 * CONCURRENCY
    assert all(item.ok for item in info.value.results)
    assert len(info.value.results) >= STOP_AT - CONCURRENCY - 1


async def test_cancelled_async_run_keeps_finished_items(server: LoopbackServer) -> None:
    release = threading.Event()

    def respond(request: Recorded) -> Reply:
        prompt = json.loads(request.body)["messages"][-1]["content"]
        if int(prompt[1:]) >= STOP_AT:
            release.wait(10)  # hold every later request until the run is cancelled
        return _echo(request)

    server.responder = respond
    actions = AsyncActions(make_async_client(server.url, "openai"))
    task = asyncio.ensure_future(actions.chat_many(PROMPTS, model="m", max_concurrency=CONCURRENCY))
    while server.count < STOP_AT + CONCURRENCY:
        await asyncio.sleep(0.005)
    task.cancel()
    try:
        with pytest.raises(asyncio.CancelledError) as info:
            await task
    finally:
        release.set()
    finished = partial_results(info.value)
    assert finished is not None
    assert [item.index for item in finished] == list(range(STOP_AT))
    assert [item.text for item in finished] == [f"echo:p{i}" for i in range(STOP_AT)]
    assert server.count == STOP_AT + CONCURRENCY


async def test_wait_for_timeout_still_gives_the_finished_items(server: LoopbackServer) -> None:
    release = threading.Event()

    def respond(request: Recorded) -> Reply:
        if json.loads(request.body)["messages"][-1]["content"] != "p0":
            release.wait(10)
        return _echo(request)

    server.responder = respond
    actions = AsyncActions(make_async_client(server.url, "openai"))
    try:
        with pytest.raises(TimeoutError) as info:  # p0 answers at once; p1 and p2 are held past the timeout
            await asyncio.wait_for(actions.chat_many(["p0", "p1", "p2"], model="m", max_concurrency=3), 1.0)
    finally:
        release.set()
    finished = partial_results(info.value)
    assert finished is not None and [item.text for item in finished] == ["echo:p0"]
