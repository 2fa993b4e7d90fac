"""The poll helpers (`poll`, `wait_for_processing`) against a loopback server walking a status sequence.

Time is fake (`FakeTime`: the helpers' `_sleep` and `_clock` on the resource), so nothing really waits:
the tests count polls and read the waits the helpers asked for.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from openai_connector import InvalidRequestError, PollTimeoutError

from tests.support.loopback import LoopbackServer, Reply

from ._cases import BY_NAME, CASES, ENDINGS, HINT, PollCase
from ._fakes import FakeTime, async_client, client

# The Videos API is deprecated: each call of it warns, as openai-python's does.
# videos and the Assistants API (runs) are deprecated: every call says so, polls included
pytestmark = pytest.mark.filterwarnings("ignore:.* is deprecated by the API:DeprecationWarning")


def _ids(value: Any) -> str:
    return value.name if isinstance(value, PollCase) else str(value)


def _script(server: LoopbackServer, case: PollCase, end: str, hint_ms: int | None) -> None:
    server.script(*(case.reply(status, hint_ms) for status in case.pending), case.reply(end, hint_ms))


@pytest.mark.parametrize(("case", "end"), ENDINGS, ids=_ids)
def test_poll_asks_until_a_terminal_status_waiting_as_the_server_hints(
    server: LoopbackServer, case: PollCase, end: str
) -> None:
    time = FakeTime()
    _script(server, case, end, hint_ms=250)
    with client(server) as c:
        result = case.poll(time.install(case.resource(c), is_async=False))
    assert result.status == end
    assert [(r.method, r.path) for r in server.requests] == [("GET", "/v1" + case.path)] * (len(case.pending) + 1)
    assert time.sleeps == [0.25] * len(case.pending)


@pytest.mark.parametrize("case", CASES, ids=_ids)
async def test_async_poll_asks_until_a_terminal_status_waiting_as_the_server_hints(
    server: LoopbackServer, case: PollCase
) -> None:
    time, end = FakeTime(), case.terminal[-1]
    _script(server, case, end, hint_ms=250)
    async with async_client(server) as c:
        result = await case.poll(time.install(case.resource(c), is_async=True))
    assert result.status == end
    assert [(r.method, r.path) for r in server.requests] == [("GET", "/v1" + case.path)] * (len(case.pending) + 1)
    assert time.sleeps == [0.25] * len(case.pending)


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_without_a_hint_the_wait_is_openai_pythons_default(server: LoopbackServer, case: PollCase) -> None:
    time = FakeTime()
    _script(server, case, case.terminal[0], hint_ms=None)
    with client(server) as c:
        case.poll(time.install(case.resource(c), is_async=False))
    assert time.sleeps == [case.default_wait] * len(case.pending)


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_the_callers_interval_wins_over_the_hint(server: LoopbackServer, case: PollCase) -> None:
    time = FakeTime()
    _script(server, case, case.terminal[0], hint_ms=250)
    with client(server) as c:
        case.poll(time.install(case.resource(c), is_async=False), **case.interval(40))
    assert time.sleeps == [0.04] * len(case.pending)


@pytest.mark.parametrize("hint", ["soon", "-5", "nan", ""])
def test_a_hint_that_makes_no_sense_falls_back_to_the_default(server: LoopbackServer, hint: str) -> None:
    case, time = BY_NAME["video"], FakeTime()
    server.script(Reply(body=case.body("queued"), headers={HINT: hint}), case.reply("completed"))
    with client(server) as c:
        case.poll(time.install(case.resource(c), is_async=False))
    assert time.sleeps == [1.0]


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_the_timeout_names_the_resource_and_its_last_status(server: LoopbackServer, case: PollCase) -> None:
    time = FakeTime()
    server.fallback = case.reply(case.pending[-1], hint_ms=1000)
    with client(server) as c, pytest.raises(PollTimeoutError) as caught:
        case.poll(time.install(case.resource(c), is_async=False), **case.timeout(2.5))
    # polls at 0, 1, 2 and 2.5 s (the last wait cut to the time left), then gives up
    assert server.count == 4
    assert time.sleeps == [1.0, 1.0, 0.5]
    error = caught.value
    assert (error.resource_id, error.status) == (case.resource_id, case.pending[-1])
    assert case.resource_id in str(error) and repr(case.pending[-1]) in str(error) and "2.5 s" in str(error)
    assert isinstance(error, TimeoutError) and isinstance(error, RuntimeError)


async def test_async_timeout(server: LoopbackServer) -> None:
    case, time = BY_NAME["run"], FakeTime()
    server.fallback = case.reply("in_progress", hint_ms=400)
    async with async_client(server) as c:
        with pytest.raises(PollTimeoutError, match="run run_1 after 1 s: its status is still 'in_progress'"):
            await case.poll(time.install(case.resource(c), is_async=True), poll_timeout=1)
    assert server.count == 4  # at 0, 0.4, 0.8 and 1 s
    assert time.sleeps == pytest.approx([0.4, 0.4, 0.2])


def test_ctrl_c_during_a_wait_stops_polling_and_leaves_no_thread(server: LoopbackServer) -> None:
    case = BY_NAME["vector store file"]
    server.fallback = case.reply("in_progress", hint_ms=10)

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    before = set(threading.enumerate())  # other tests' worker threads may still be winding down
    with client(server) as c:
        resource = case.resource(c)
        resource._sleep = interrupted
        with pytest.raises(KeyboardInterrupt):
            case.poll(resource)
    assert server.count == 1
    assert not [t for t in set(threading.enumerate()) - before if t.name.startswith("openai-connector")]


async def test_cancelling_the_task_stops_polling_at_once(server: LoopbackServer) -> None:
    case = BY_NAME["video"]
    server.fallback = case.reply("in_progress", hint_ms=10)
    waiting = asyncio.Event()

    async def sleep_forever(seconds: float) -> None:
        waiting.set()
        await asyncio.Event().wait()

    async with async_client(server) as c:
        resource = case.resource(c)
        resource._sleep = sleep_forever
        task = asyncio.create_task(case.poll(resource))
        await waiting.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        for _ in range(5):
            await asyncio.sleep(0)
    assert server.count == 1
    assert asyncio.all_tasks() == {asyncio.current_task()}


def test_without_fakes_the_helpers_wait_for_real(server: LoopbackServer) -> None:
    case = BY_NAME["run"]
    _script(server, case, "completed", hint_ms=0)
    with client(server) as c:
        assert case.poll(case.resource(c)).status == "completed"


async def test_async_without_fakes_the_helpers_wait_for_real(server: LoopbackServer) -> None:
    case = BY_NAME["run"]
    _script(server, case, "completed", hint_ms=0)
    async with async_client(server) as c:
        assert (await case.poll(case.resource(c))).status == "completed"


@pytest.mark.parametrize(
    ("options", "param"),
    [
        ({"poll_interval_ms": -1}, "poll_interval_ms"),
        ({"poll_interval_ms": "1000"}, "poll_interval_ms"),
        ({"poll_interval_ms": True}, "poll_interval_ms"),
        ({"poll_timeout": 0}, "poll_timeout"),
        ({"poll_timeout": float("nan")}, "poll_timeout"),
        ({"poll_timeout": "60"}, "poll_timeout"),
    ],
)
def test_bad_poll_options_are_refused_before_anything_is_sent(
    server: LoopbackServer, options: dict[str, Any], param: str
) -> None:
    with client(server) as c:
        with pytest.raises(InvalidRequestError) as caught:
            c.videos.poll("video_1", **options)
        assert caught.value.param == param and param in str(caught.value)
        with pytest.raises(InvalidRequestError):
            c.videos.create_and_poll(prompt="a cat", **options)
        with pytest.raises(InvalidRequestError):
            c.beta.threads.runs.create_and_poll(thread_id="thread_1", assistant_id="asst_1", **options)
    assert server.count == 0


@pytest.mark.parametrize(
    ("options", "param"),
    [
        ({"poll_interval": -1.0}, "poll_interval"),
        ({"poll_interval": float("nan")}, "poll_interval"),
        ({"max_wait_seconds": 0}, "max_wait_seconds"),
    ],
)
def test_bad_wait_for_processing_options_are_refused(
    server: LoopbackServer, options: dict[str, Any], param: str
) -> None:
    with client(server) as c, pytest.raises(InvalidRequestError) as caught:
        c.files.wait_for_processing("file-1", **options)
    assert caught.value.param == param
    assert server.count == 0


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_azure_routing(server: LoopbackServer, case: PollCase) -> None:
    time = FakeTime()
    _script(server, case, case.terminal[0], hint_ms=300)
    with client(server, azure=True) as c:
        assert case.poll(time.install(case.resource(c), is_async=False)).status == case.terminal[0]
    assert {(r.path, r.query["api-version"][0]) for r in server.requests} == {("/openai" + case.path, "2024-10-21")}
    assert all("api-key" in r.headers for r in server.requests)
    assert time.sleeps == [0.3] * len(case.pending)


async def test_async_azure_routing(server: LoopbackServer) -> None:
    case, time = BY_NAME["vector store file batch"], FakeTime()
    _script(server, case, "completed", hint_ms=300)
    async with async_client(server, azure=True) as c:
        assert (await case.poll(time.install(case.resource(c), is_async=True))).status == "completed"
    assert {r.path for r in server.requests} == {"/openai" + case.path}
