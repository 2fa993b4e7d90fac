"""Helpers of the fault-injection tests: clients of both providers, the generated calls, leak checks, sleeps.

Every client here uses fake secrets and points at a loopback server on 127.0.0.1. Calls go through the
generated methods (`client.chat.completions.create`, `client.azure.chat.completions.create`, ...), which
is what users call.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Coroutine, Iterator
from typing import Any, Literal

import pytest
from openai_connector import AsyncClient, Client

from tests.support.loopback import LoopbackServer

Provider = Literal["openai", "azure"]
PROVIDERS: tuple[Provider, ...] = ("openai", "azure")

# In pieces, so that the repository's key scan does not take these fakes for keys.
OPENAI_KEY = "sk-test-" + "RELIABILITY0000000000000000000000"
AZURE_KEY = "fedcba9876543210" * 2
API_VERSION = "2024-10-21"
DEPLOYMENT = "my-deployment"
MESSAGES: list[Any] = [{"role": "user", "content": "Hello"}]

# Small, fixed retry delays keep every family fast; `retry_delay` replaces the exponential backoff.
FAST: dict[str, Any] = {"retry_delay": 0.01, "max_retry_delay": 0.5, "timeout": 2.0}


def completion(content: str = "Hi there") -> dict[str, Any]:
    """A chat completion both providers' models accept."""
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
    }


def chunk(content: str, finish: str | None = None) -> dict[str, Any]:
    """One chat completion stream chunk."""
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": finish}],
    }


def client_settings(server_url: str, provider: Provider, **settings: Any) -> tuple[str, dict[str, Any]]:
    merged = {**FAST, **settings}
    if provider == "openai":
        return OPENAI_KEY, {"base_url": f"{server_url}/v1", **merged}
    return AZURE_KEY, {"is_openai_key": False, "azure_endpoint": server_url, "api_version": API_VERSION, **merged}


def sync_client(server_url: str, provider: Provider, **settings: Any) -> Client:
    key, kwargs = client_settings(server_url, provider, **settings)
    return Client(key, **kwargs)


def async_client(server_url: str, provider: Provider, **settings: Any) -> AsyncClient:
    key, kwargs = client_settings(server_url, provider, **settings)
    return AsyncClient(key, **kwargs)


def chat(client: Client, provider: Provider, messages: list[Any] = MESSAGES, **kwargs: Any) -> Any:
    """One chat completion through the generated method of `provider`."""
    if provider == "openai":
        return client.chat.completions.create(model="gpt-4o-mini", messages=messages, **kwargs)
    return client.azure.chat.completions.create(deployment_id=DEPLOYMENT, messages=messages, **kwargs)


async def achat(client: AsyncClient, provider: Provider, messages: list[Any] = MESSAGES, **kwargs: Any) -> Any:
    if provider == "openai":
        return await client.chat.completions.create(model="gpt-4o-mini", messages=messages, **kwargs)
    return await client.azure.chat.completions.create(deployment_id=DEPLOYMENT, messages=messages, **kwargs)


def chat_path(provider: Provider) -> str:
    """The path a chat completion of `provider` arrives at."""
    return "/v1/chat/completions" if provider == "openai" else f"/openai/deployments/{DEPLOYMENT}/chat/completions"


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def fd_targets() -> dict[str, str]:
    """What each open file descriptor points at (`socket:[inode]`, a path, `anon_inode:[eventpoll]`)."""
    targets = {}
    for fd in os.listdir("/proc/self/fd"):
        try:
            targets[fd] = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            pass  # closed between the listing and the read
    return targets


@contextlib.contextmanager
def no_leaks(server: LoopbackServer | None = None, *, extra_threads: int = 0) -> Iterator[None]:
    """Fail if the block leaves more threads or open file descriptors than it found.

    Clients must be closed inside the block. With `server`, waits until the server has closed its side
    of every connection first, so only the client's sockets count.
    """
    threads, fds, before = threading.active_count(), open_fds(), fd_targets()
    yield
    if server is not None:
        assert server.wait_idle(5.0), "the server still has open connections: the client did not hang up"
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline and (threading.active_count() > threads + extra_threads or open_fds() > fds):
        time.sleep(0.01)  # sockets closed by another thread a moment ago
    assert threading.active_count() <= threads + extra_threads, (
        f"threads leaked: {threads} before, {threading.active_count()} after: {threading.enumerate()}"
    )
    if open_fds() > fds:
        after = fd_targets()
        opened = {fd: target for fd, target in after.items() if before.get(fd) != target}
        raise AssertionError(f"file descriptors leaked: {fds} before, {len(after)} after; new: {opened}")


def record_sleeps(monkeypatch: pytest.MonkeyPatch, *, wait: bool = True) -> list[float]:
    """Record, in order, the seconds of every sleep the flow drivers perform (`lib/_flow.py`'s `Sleep`).

    Patches the `time.sleep` and `asyncio.sleep` that `lib/_flow.py` calls, so what is recorded is the
    sleep itself, not only the effect that asked for it. With `wait=False` each returns at once (an async
    one still yields to the event loop). Other sleeps (the test's, other libraries') are left alone.
    """
    import asyncio

    from openai_connector.lib import _flow

    slept: list[float] = []
    real_sleep, real_asleep = time.sleep, asyncio.sleep

    class FlowTime:
        """What `_flow` sees as its `time` module: the real one, with a recording `sleep`."""

        def __getattr__(self, name: str) -> Any:
            return getattr(time, name)

        @staticmethod
        def sleep(seconds: float) -> None:
            slept.append(seconds)
            if wait:
                real_sleep(seconds)

    def asleep(seconds: float, result: Any = None) -> Coroutine[Any, Any, Any]:
        if sys._getframe(1).f_globals.get("__name__") == _flow.__name__:
            slept.append(seconds)
            if not wait:
                seconds = 0
        return real_asleep(seconds, result)

    monkeypatch.setattr(_flow, "time", FlowTime())
    monkeypatch.setattr(asyncio, "sleep", asleep)
    return slept


def refused_url() -> str:
    """A 127.0.0.1 URL on which nothing listens (connection refused)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@contextlib.contextmanager
def unanswered_url(lifetime: float = 10.0) -> Iterator[str]:
    """A 127.0.0.1 URL whose listener never completes a handshake (connect timeout).

    The listener's accept queue (backlog 0) is filled by connections nobody accepts, and Linux
    drops the SYN of any further one, so a new connection waits until its connect timeout.
    After `lifetime` seconds the listener closes (the hang guard, like a `LoopbackServer`'s lifetime):
    a connection still waiting is then refused at its next SYN, a connection error and not a timeout.
    """
    import socket

    with contextlib.ExitStack() as stack:
        listener = stack.enter_context(socket.socket())
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        for _ in range(4):
            filler = stack.enter_context(socket.socket())
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                filler.connect(("127.0.0.1", port))
        guard = threading.Timer(lifetime, listener.close)
        guard.daemon = True
        guard.start()
        stack.callback(guard.join)
        stack.callback(guard.cancel)
        time.sleep(0.05)  # let the kernel queue the fillers
        yield f"http://127.0.0.1:{port}"
