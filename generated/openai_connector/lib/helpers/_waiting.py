# copied from generator/runtime/core/helpers/_waiting.py by the openai-connector generator; edit the source
"""What really differs between the sync and async helpers: waiting, reading a file, running calls side by side.

The async helpers call `asleep`, `aread_part` and `arun_all`; generator/unasync.py turns those into
`sleep`, `read_part` and `run_all` in their sync twins. Threads and asyncio are imported on first use.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from time import monotonic, sleep
from typing import IO, Any, TypeVar

__all__ = ["aread_part", "arun_all", "asleep", "monotonic", "read_part", "run_all", "sleep"]

_R = TypeVar("_R")


async def asleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


def read_part(file: IO[bytes], size: int) -> bytes:
    return file.read(size)


async def aread_part(file: IO[bytes], size: int) -> bytes:
    """The next `size` bytes of `file`, read in a worker thread so the event loop never waits on the disk."""
    import asyncio

    return await asyncio.to_thread(file.read, size)


def run_all(calls: Sequence[Callable[[], _R]], max_concurrency: int) -> list[_R]:
    """Every call's result, in order, at most `max_concurrency` at a time on threads.

    The first failure stops the rest: nothing new starts, the calls in flight finish, then it is raised.
    Interrupted (Ctrl-C), nothing new starts either and the interruption is raised at once.
    """
    import threading

    results: list[Any] = [None] * len(calls)
    failures: list[BaseException] = []
    order = iter(range(len(calls)))
    lock = threading.Lock()
    stop = threading.Event()

    def worker() -> None:
        while not stop.is_set():
            with lock:
                index = next(order, None)
            if index is None:
                return
            try:
                results[index] = calls[index]()
            except BaseException as exc:  # handed to the caller's thread, which raises it
                failures.append(exc)
                stop.set()

    threads = [
        threading.Thread(target=worker, name="openai-connector-helper", daemon=True)
        for _ in range(min(max_concurrency, len(calls)))
    ]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    except BaseException:  # Ctrl-C: the calls in flight end on their own, no other starts
        stop.set()
        raise
    if failures:
        raise failures[0]
    return results


async def arun_all(calls: Sequence[Callable[[], Awaitable[_R]]], max_concurrency: int) -> list[_R]:
    """Every call's result, in order, at most `max_concurrency` at a time as tasks.

    The first failure cancels the others; so does cancelling the caller. Either way every task has
    ended before this returns or raises: nothing is left running.
    """
    import asyncio

    limit = asyncio.Semaphore(max_concurrency)
    failed = False

    async def one(call: Callable[[], Awaitable[_R]]) -> _R:
        nonlocal failed
        async with limit:
            if failed:  # a call waiting for its turn when another failed: it never starts
                raise asyncio.CancelledError
            try:
                return await call()
            except BaseException:
                failed = True  # before the slot is given back to the next call
                raise

    tasks = [asyncio.ensure_future(one(call)) for call in calls]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
