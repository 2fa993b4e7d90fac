"""Sans-I/O flows: the logic of a call is written once, as a generator, and driven by a sync or an async driver.

A flow (`Flow[T]`) yields effects (send a request, close or read a response, sleep, call a user's
function) and receives each one's outcome; an effect that raises has its exception thrown into the
flow at the `yield`. `run_sync` performs the effects with blocking I/O, `run_async` with `await`;
everything else (auth, retries, redirects, decoding) is the same code for both clients.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable, Generator
from typing import Any, Generic, TypeVar

import httpx2

__all__ = ["Call", "Close", "Effect", "Flow", "Notify", "Read", "Send", "Sleep", "run_async", "run_sync"]

_T = TypeVar("_T")


class Effect:
    """One piece of I/O a flow asks its driver for; its outcome is sent back into the flow."""

    __slots__ = ()

    def perform(self, http: httpx2.Client) -> Any:
        raise NotImplementedError

    async def perform_async(self, http: httpx2.AsyncClient) -> Any:
        raise NotImplementedError


Flow = Generator[Effect, Any, _T]


class Send(Effect):
    """Send `request` (redirects are the flow's to follow); the outcome is the `httpx2.Response`."""

    __slots__ = ("request", "stream")

    def __init__(self, request: httpx2.Request, stream: bool) -> None:
        self.request = request
        self.stream = stream

    def perform(self, http: httpx2.Client) -> httpx2.Response:
        return http.send(self.request, stream=self.stream, follow_redirects=False)

    async def perform_async(self, http: httpx2.AsyncClient) -> httpx2.Response:
        return await http.send(self.request, stream=self.stream, follow_redirects=False)


class Close(Effect):
    """Close `response` (releases its connection)."""

    __slots__ = ("response",)

    def __init__(self, response: httpx2.Response) -> None:
        self.response = response

    def perform(self, http: httpx2.Client) -> None:
        self.response.close()

    async def perform_async(self, http: httpx2.AsyncClient) -> None:
        await self.response.aclose()


class Read(Close):
    """Read the whole body of a streamed `response`, then close it."""

    __slots__ = ()

    def perform(self, http: httpx2.Client) -> None:
        self.response.read()
        self.response.close()

    async def perform_async(self, http: httpx2.AsyncClient) -> None:
        await self.response.aread()
        await self.response.aclose()


class Sleep(Effect):
    """Wait `seconds` (`time.sleep`, or `asyncio.sleep` without blocking the event loop)."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def perform(self, http: httpx2.Client) -> None:
        time.sleep(self.seconds)

    async def perform_async(self, http: httpx2.AsyncClient) -> None:
        import asyncio  # here, not at the top: the sync client never pays for importing it

        await asyncio.sleep(self.seconds)


class Call(Effect):
    """Call a user's function (a token provider, a credential); the outcome is its result.

    The async driver awaits `func` when `is_async`, and otherwise runs it in a worker thread, so a
    blocking function never blocks the event loop; an awaitable result is awaited.
    """

    __slots__ = ("func", "is_async")

    def __init__(self, func: Callable[[], object], *, is_async: bool = False) -> None:
        self.func = func
        self.is_async = is_async

    def perform(self, http: httpx2.Client) -> object:
        return self.func()

    async def perform_async(self, http: httpx2.AsyncClient) -> object:
        import asyncio  # here, not at the top: the sync client never pays for importing it

        result = self.func() if self.is_async else await asyncio.to_thread(self.func)
        return await result if inspect.isawaitable(result) else result


class Notify(Effect):
    """Call each of the user's `hooks` with `arg`, in order (`_hooks`); the async driver awaits a hook's
    awaitable result before the next hook runs. A hook that raises: its exception is thrown into the flow."""

    __slots__ = ("arg", "hooks")

    def __init__(self, hooks: tuple[Callable[[Any], object], ...], arg: object) -> None:
        self.hooks = hooks
        self.arg = arg

    def perform(self, http: httpx2.Client) -> None:
        for hook in self.hooks:
            result = hook(self.arg)
            if inspect.isawaitable(result):  # an object whose __call__ is async: not caught when it was given
                getattr(result, "close", lambda: None)()
                raise TypeError(f"a sync client cannot await the result of the hook {hook!r}")

    async def perform_async(self, http: httpx2.AsyncClient) -> None:
        for hook in self.hooks:
            result = hook(self.arg)
            if inspect.isawaitable(result):
                await result


class _Stepper(Generic[_T]):
    """Moves a flow on: sends it the last outcome (or throws the last error) and returns its next effect."""

    __slots__ = ("error", "flow", "outcome", "value")

    def __init__(self, flow: Flow[_T]) -> None:
        self.flow = flow
        self.outcome: Any = None
        self.error: Exception | None = None

    def next_effect(self) -> Effect | None:
        """The next effect, or `None` once the flow has returned (its result is then in `value`)."""
        try:
            error = self.error
            if error is None:
                return self.flow.send(self.outcome)
            self.error = None
            return self.flow.throw(error)
        except StopIteration as done:
            self.value: _T = done.value
            return None


def run_sync(flow: Flow[_T], http: httpx2.Client) -> _T:
    """Drive `flow` to its result with blocking I/O on `http`.

    An interruption (`KeyboardInterrupt`) closes the flow at once, so it can give back what it holds.
    """
    stepper = _Stepper(flow)
    try:
        while (effect := stepper.next_effect()) is not None:
            try:
                stepper.outcome = effect.perform(http)
            except Exception as exc:  # handed to the flow, which decides (a transport error may be retried)
                stepper.error = exc
    except BaseException:
        flow.close()
        raise
    return stepper.value


async def run_async(flow: Flow[_T], http: httpx2.AsyncClient) -> _T:
    """Drive `flow` to its result with async I/O on `http`.

    A cancellation closes the flow at once, so it can give back what it holds (a rate limit slot).
    """
    stepper = _Stepper(flow)
    try:
        while (effect := stepper.next_effect()) is not None:
            try:
                stepper.outcome = await effect.perform_async(http)
            except Exception as exc:  # handed to the flow, which decides (a transport error may be retried)
                stepper.error = exc
    except BaseException:
        flow.close()
        raise
    return stepper.value
