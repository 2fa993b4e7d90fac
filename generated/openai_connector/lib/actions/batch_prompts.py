# copied from generator/runtime/extras/actions/batch_prompts.py by the openai-connector generator; edit the source
"""Many chat completions at once: bounded concurrency (or the Batch API), results in input order.

Each item ends as an `ItemResult` holding either the response or the error it raised; one failure
never loses the others. An interruption (Ctrl-C in the sync form, cancellation in the async one)
stops sending at once and keeps what finished: `partial_results(exc)` gives those items.
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

__all__ = ["MODES", "InterruptedRun", "ItemResult", "Mode", "arun_each", "check_many", "partial_results", "run_each"]

_T = TypeVar("_T")
_R = TypeVar("_R")
Mode = Literal["concurrent", "batch"]
MODES: tuple[Mode, ...] = ("concurrent", "batch")
_RESULTS_ATTR = "results"


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


class InterruptedRun(KeyboardInterrupt):
    """A sync multi-item run stopped by Ctrl-C: nothing more was sent; `results` holds the items that finished.

    `results` is in input order, each item with its `index`; items that had not finished are left out.
    """

    def __init__(self, results: list[ItemResult[Any]], total: int) -> None:
        super().__init__(f"interrupted after {len(results)} of {total} items finished")
        self.results = results
        self.total = total


def partial_results(exc: BaseException) -> list[ItemResult[Any]] | None:
    """The finished items of an interrupted or cancelled run, found on `exc` or the exceptions it came from.

    Works for `InterruptedRun` (sync Ctrl-C), the `CancelledError` of a cancelled async run, and the
    `TimeoutError` that `asyncio.wait_for` raises from it. None when `exc` is not about such a run.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        results = getattr(current, _RESULTS_ATTR, None)
        if isinstance(results, list):
            return results
        current = current.__cause__ or current.__context__
    return None


def check_many(prompts: object, mode: object = "concurrent") -> None:
    """Refuse a `prompts` that is not a list of prompts (a str would send one request per character) or a bad `mode`."""
    from .._errors import InvalidRequestError

    if isinstance(prompts, str | bytes) or not isinstance(prompts, Sequence):
        raise InvalidRequestError(
            f"prompts must be a list of prompts (each a string or a message list), got {type(prompts).__name__}",
            param="prompts",
        )
    if mode not in MODES:
        raise InvalidRequestError(f"mode must be one of {', '.join(MODES)}; got {mode!r}", param="mode")


def _check(inputs: object, max_concurrency: object) -> None:
    from .._errors import InvalidRequestError

    check_many(inputs)
    if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int) or max_concurrency < 1:
        raise InvalidRequestError(
            f"max_concurrency must be 1 or more, got {max_concurrency!r}", param="max_concurrency"
        )


def _finished(results: list[ItemResult[_R]], done: set[int]) -> list[ItemResult[_R]]:
    return [slot for slot in results if slot.index in done]


def run_each(
    inputs: Sequence[_T],
    call: Callable[[_T], _R],
    *,
    max_concurrency: int = 8,
    progress: ProgressOption = None,
) -> list[ItemResult[_R]]:
    """`call(item)` for every item on at most `max_concurrency` threads; results in input order.

    Ctrl-C (`KeyboardInterrupt`, here or raised by a call) cancels every item not yet started, returns
    without waiting for the ones in flight and raises `InterruptedRun` with the finished items.
    """
    _check(inputs, max_concurrency)
    results: list[ItemResult[_R]] = [ItemResult(i, item) for i, item in enumerate(inputs)]
    done: set[int] = set()
    bar = open_progress(progress, len(inputs))
    pool = ThreadPoolExecutor(max_workers=max_concurrency, thread_name_prefix="openai-connector")
    try:
        futures = {pool.submit(call, item): i for i, item in enumerate(inputs)}
        for future in as_completed(futures):
            slot = results[futures[future]]
            try:
                slot.response = future.result()
            except Exception as exc:
                slot.error = exc
            done.add(slot.index)
            bar.advance()
    except KeyboardInterrupt as exc:
        pool.shutdown(wait=False, cancel_futures=True)
        raise InterruptedRun(_finished(results, done), len(results)) from exc
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    else:
        pool.shutdown(wait=True)
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
    """`await call(item)` for every item, at most `max_concurrency` at a time; results in input order.

    Cancelled, it cancels the items in flight and re-raises the `CancelledError` carrying the finished
    items (`partial_results(exc)`).
    """
    _check(inputs, max_concurrency)
    results: list[ItemResult[_R]] = [ItemResult(i, item) for i, item in enumerate(inputs)]
    done: set[int] = set()
    limit = asyncio.Semaphore(max_concurrency)
    bar = open_progress(progress, len(inputs))

    async def one(slot: ItemResult[_R]) -> None:
        async with limit:
            try:
                slot.response = await call(slot.input)
            except Exception as exc:
                slot.error = exc
        done.add(slot.index)
        bar.advance()

    try:
        await asyncio.gather(*(one(slot) for slot in results))
    except asyncio.CancelledError as exc:
        # Kept on the exception itself (not a subclass): `asyncio.timeout` recognises only CancelledError.
        setattr(exc, _RESULTS_ATTR, _finished(results, done))
        raise
    finally:
        bar.close()
    return results
