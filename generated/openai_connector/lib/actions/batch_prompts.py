"""Many chat completions at once: bounded concurrency (or the Batch API), results in input order.

Each item ends as an `ItemResult` holding either the response or the error it raised; one failure
never loses the others.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from ._progress import ProgressOption, open_progress
from .chat import first_content

if TYPE_CHECKING:
    from collections.abc import Awaitable

__all__ = ["ItemResult", "Mode", "arun_each", "run_each"]

_T = TypeVar("_T")
_R = TypeVar("_R")
Mode = Literal["concurrent", "batch"]


@dataclass(slots=True)
class ItemResult(Generic[_T]):
    """The outcome of one input: `response` on success, else `error` (the exception, or the batch's error)."""

    index: int
    input: Any
    response: _T | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def text(self) -> str:
        """The first choice's text of a chat completion ("" on error)."""
        return first_content(self.response) if self.response is not None else ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: index, ok, and the response (as JSON) or the error (type and message)."""
        out: dict[str, Any] = {"index": self.index, "ok": self.ok}
        if self.error is not None:
            out["error"] = {"type": type(self.error).__name__, "message": str(self.error)}
        else:
            response: Any = self.response
            if hasattr(response, "model_dump"):
                response = response.model_dump(mode="json", exclude_unset=True, by_alias=True)
            out["response"] = response
        return out


def _check(max_concurrency: int) -> None:
    if max_concurrency < 1:
        raise ValueError("max_concurrency must be 1 or more")


def run_each(
    inputs: Sequence[_T],
    call: Callable[[_T], _R],
    *,
    max_concurrency: int = 8,
    progress: ProgressOption = None,
) -> list[ItemResult[_R]]:
    """`call(item)` for every item on at most `max_concurrency` threads; results in input order."""
    _check(max_concurrency)
    results: list[ItemResult[_R]] = [ItemResult(i, item) for i, item in enumerate(inputs)]
    bar = open_progress(progress, len(inputs))
    try:
        with ThreadPoolExecutor(max_workers=max_concurrency, thread_name_prefix="openai-connector") as pool:
            futures = {pool.submit(call, item): i for i, item in enumerate(inputs)}
            for future in as_completed(futures):
                slot = results[futures[future]]
                try:
                    slot.response = future.result()
                except Exception as exc:
                    slot.error = exc
                bar.advance()
    finally:
        bar.close()
    return results


async def arun_each(
    inputs: Sequence[_T],
    call: Callable[[_T], Awaitable[_R]],
    *,
    max_concurrency: int = 8,
    progress: ProgressOption = None,
) -> list[ItemResult[_R]]:
    """`await call(item)` for every item, at most `max_concurrency` at a time; results in input order."""
    _check(max_concurrency)
    results: list[ItemResult[_R]] = [ItemResult(i, item) for i, item in enumerate(inputs)]
    limit = asyncio.Semaphore(max_concurrency)
    bar = open_progress(progress, len(inputs))

    async def one(slot: ItemResult[_R]) -> None:
        async with limit:
            try:
                slot.response = await call(slot.input)
            except Exception as exc:
                slot.error = exc
        bar.advance()

    try:
        await asyncio.gather(*(one(slot) for slot in results))
    finally:
        bar.close()
    return results
