"""The poll helpers' policy without I/O (`_polling.Poll`), its statuses against the spec's enums, and `_waiting`."""

from __future__ import annotations

import asyncio
import functools
import os
import signal
import threading
import typing
from typing import Any

import openai_connector
import pytest
from openai_connector.lib.helpers._polling import PENDING, Poll, PollTimeoutError, batch_pending
from openai_connector.lib.helpers._waiting import arun_all, run_all
from openai_connector.types.file_object import FileObject
from openai_connector.types.run import Run
from openai_connector.types.vector_store_file import VectorStoreFile
from openai_connector.types.vector_store_file_batch import VectorStoreFileBatch
from openai_connector.types.video import Video

# The statuses that end openai-python's waits (its `terminal_states`, or what its loops return on).
OPENAI_PYTHON_TERMINAL = {
    "run": ({"requires_action", "cancelled", "completed", "failed", "expired", "incomplete"}, Run),
    "vector store file": ({"completed", "failed", "cancelled"}, VectorStoreFile),
    "vector store file batch": ({"completed", "failed", "cancelled"}, VectorStoreFileBatch),
    "video": ({"completed", "failed"}, Video),
    "file": ({"processed", "error"}, FileObject),  # and "deleted", which the spec's enum no longer has
}


def _status_enum(model: type[Any]) -> set[str]:
    """The values of the model's `status` enum, as the spec has them (`Open[...]` is an `Annotated` Literal)."""
    status = typing.get_type_hints(model)["status"]
    assert typing.get_origin(status) is typing.Literal
    return set(typing.get_args(status))


@pytest.mark.parametrize("what", sorted(PENDING))
def test_pending_statuses_and_the_terminal_ones_follow_the_spec_enum(what: str) -> None:
    terminal, model = OPENAI_PYTHON_TERMINAL[what]
    enum = _status_enum(model)
    assert PENDING[what] <= enum, "a pending status the spec no longer has"
    assert enum - PENDING[what] == terminal, "the spec's enum changed: decide which new statuses are pending"


class _Model:
    def __init__(self, status: str) -> None:
        self.status = status


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_poll_waits_by_interval_then_hint_then_default_and_stops_at_a_terminal_status() -> None:
    clock = _Clock()
    hinted = Poll("video", "video_1", interval_ms=None, timeout=None, clock=clock)
    assert hinted.after(_Model("queued"), {"openai-poll-after-ms": "1500"}) == 1.5
    assert hinted.after(_Model("queued"), {}) == 1.0
    assert hinted.after(_Model("completed"), {"openai-poll-after-ms": "1500"}) is None
    assert hinted.after(_Model("a status of tomorrow"), {}) is None  # not pending: returned, as openai-python does
    fixed = Poll("video", "video_1", interval_ms=30, timeout=None, clock=clock, default_ms=5000)
    assert fixed.after(_Model("in_progress"), {"openai-poll-after-ms": "1500"}) == 0.03
    assert (
        Poll("file", "f", interval_ms=None, timeout=None, clock=clock, default_ms=5000).after(_Model("uploaded"), {})
        == 5
    )


def test_poll_cuts_the_last_wait_to_the_deadline_then_gives_up() -> None:
    clock = _Clock()
    poll = Poll("run", "run_1", interval_ms=None, timeout=10, clock=clock)
    hint = {"openai-poll-after-ms": "4000"}
    waits = []
    with pytest.raises(PollTimeoutError) as caught:
        while True:
            delay = poll.after(_Model("in_progress"), hint)
            waits.append(delay)
            clock.now += delay or 0
    assert waits == [4.0, 4.0, 2.0]
    assert str(caught.value) == "gave up waiting for run run_1 after 10 s: its status is still 'in_progress'"


def test_a_batch_is_pending_while_it_or_any_of_its_files_is_in_progress() -> None:
    class Counts:
        def __init__(self, in_progress: int) -> None:
            self.in_progress = in_progress

    class Batch:
        def __init__(self, status: str, in_progress: int) -> None:
            self.status, self.file_counts = status, Counts(in_progress)

    assert batch_pending(Batch("in_progress", 0))
    assert batch_pending(Batch("cancelled", 2))  # openai-python waits on the counts
    assert not batch_pending(Batch("completed", 0))


def test_poll_timeout_error_is_exported_and_an_openai_error() -> None:
    assert openai_connector.PollTimeoutError is PollTimeoutError
    assert issubclass(PollTimeoutError, openai_connector.OpenAIError)


# -- running calls side by side ---------------------------------------------------------------------


def test_run_all_keeps_the_order_of_the_calls() -> None:
    def square(n: int) -> int:
        return n * n

    assert run_all([functools.partial(square, n) for n in range(7)], max_concurrency=3) == [n * n for n in range(7)]


def test_run_all_starts_nothing_after_an_interruption() -> None:
    started: list[int] = []

    def call(n: int) -> int:
        started.append(n)
        if n == 0:
            raise KeyboardInterrupt
        return n

    with pytest.raises(KeyboardInterrupt):
        run_all([functools.partial(call, n) for n in range(4)], max_concurrency=1)
    assert started == [0]
    assert not [t for t in threading.enumerate() if t.name == "openai-connector-helper"]


def test_ctrl_c_while_run_all_waits_starts_nothing_more() -> None:
    if threading.current_thread() is not threading.main_thread():
        pytest.skip("a SIGINT interrupts the main thread only")
    started: list[int] = []
    release = threading.Event()

    def call(n: int) -> int:
        started.append(n)
        if n == 0:
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C while the caller's thread waits for the calls
            release.wait(5)
        return n

    with pytest.raises(KeyboardInterrupt):
        run_all([functools.partial(call, n) for n in range(3)], max_concurrency=1)
    release.set()
    for thread in threading.enumerate():
        if thread.name == "openai-connector-helper":
            thread.join(5)
    assert started == [0]


async def test_arun_all_cancels_the_others_on_the_first_failure() -> None:
    cancelled: list[int] = []

    async def call(n: int) -> int:
        if n == 0:
            await asyncio.sleep(0)
            raise ValueError("first")
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.append(n)
            raise
        return n

    with pytest.raises(ValueError, match="first"):
        await arun_all([functools.partial(call, n) for n in range(3)], max_concurrency=3)
    assert sorted(cancelled) == [1, 2]
    assert asyncio.all_tasks() == {asyncio.current_task()}


async def test_arun_all_keeps_the_order_and_the_limit() -> None:
    running, most = 0, 0

    async def call(n: int) -> int:
        nonlocal running, most
        running += 1
        most = max(most, running)
        await asyncio.sleep(0)
        running -= 1
        return n

    assert await arun_all([functools.partial(call, n) for n in range(6)], max_concurrency=2) == list(range(6))
    assert most == 2
