"""One measurement in a fresh process: `python -m bench.worker FIGURE IMPL URL [options]`.

Runs in the peers' venv (where `openai`, `httpx`, `httpx2` and `openai_connector` are all
installed), sends its requests to the loopback server at URL (another process, so only this
process's CPU is counted), and prints one JSON object. Implementations:

- `bare`: `httpx2` (our transport) and `json`: the floor every figure is compared with;
- `bare-httpx`: `httpx` and `json`, for reference;
- `ours`: `openai_connector.Client` / `AsyncClient`;
- `openai`: the official SDK, `openai.OpenAI` / `openai.AsyncOpenAI`.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

from .payloads import CHAT_REQUEST, EMBEDDINGS_REQUEST

__all__ = ["IMPLS", "main"]

IMPLS = ("bare", "bare-httpx", "ours", "openai")
API_KEY = "sk-bench-0000000000"
_HEADERS = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json", "Accept": "application/json"}
# The pool our client and the official SDK use by default; the bare clients get the same.
_MAX_CONNECTIONS = 1000
_MAX_KEEPALIVE = 100

Call = Callable[[], object]


# -- sync: one call per figure and implementation ----------------------------------------------------


def _bare_module(impl: str) -> Any:
    return importlib.import_module("httpx" if impl == "bare-httpx" else "httpx2")


def _openai() -> Any:
    """The official SDK (only in the peers' venv, hence untyped here)."""
    return importlib.import_module("openai")


def _sync_call(figure: str, impl: str, url: str) -> tuple[Call, Callable[[], None]]:
    """A function doing one request of `figure` (its result fully decoded), and a closer."""
    if impl in ("bare", "bare-httpx"):
        http = _bare_module(impl)
        client = http.Client(
            limits=http.Limits(max_connections=_MAX_CONNECTIONS, max_keepalive_connections=_MAX_KEEPALIVE)
        )
        if figure == "sse":
            body = json.dumps({**CHAT_REQUEST, "stream": True}).encode()
            headers = {**_HEADERS, "Accept": "text/event-stream"}

            def stream() -> object:
                count = 0
                with client.stream("POST", f"{url}/v1/chat/completions", content=body, headers=headers) as r:
                    if r.status_code >= 400:
                        raise RuntimeError(r.status_code)
                    for line in r.iter_lines():
                        if line.startswith("data: "):
                            data = line[6:]
                            if data == "[DONE]":
                                break
                            json.loads(data)
                            count += 1
                return count

            return stream, client.close
        path, payload = (
            ("/v1/embeddings", EMBEDDINGS_REQUEST) if figure == "embeddings" else ("/v1/chat/completions", CHAT_REQUEST)
        )
        target = f"{url}{path}"

        def call() -> object:
            r = client.post(target, content=json.dumps(payload).encode(), headers=_HEADERS)
            if r.status_code >= 400:
                raise RuntimeError(r.status_code)
            return json.loads(r.content)

        return call, client.close

    if impl == "ours":
        from openai_connector import Client

        ours = Client(api_key=API_KEY, base_url=f"{url}/v1")
        return _sdk_call(ours, figure), ours.close
    if impl == "openai":
        official = _openai().OpenAI(api_key=API_KEY, base_url=f"{url}/v1")
        return _sdk_call(official, figure), official.close
    raise SystemExit(f"unknown implementation {impl!r}")


def _sdk_call(client: Any, figure: str) -> Call:
    """The same call through either SDK (their surfaces agree for these three operations)."""
    if figure == "embeddings":
        return lambda: client.embeddings.create(**EMBEDDINGS_REQUEST)
    if figure == "sse":

        def stream() -> object:
            count = 0
            with client.chat.completions.create(**CHAT_REQUEST, stream=True) as chunks:
                for _ in chunks:
                    count += 1
            return count

        return stream
    return lambda: client.chat.completions.create(**CHAT_REQUEST)


def run_sync(figure: str, impl: str, url: str, requests: int, warmup: int) -> dict[str, float]:
    call, close = _sync_call(figure, impl, url)
    try:
        units = 0
        for _ in range(warmup):
            call()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        for _ in range(requests):
            result = call()
            units += result if figure == "sse" and isinstance(result, int) else 1
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    finally:
        close()
    return {"cpu_us": cpu / units * 1e6, "wall_us": wall / units * 1e6, "units": units, "per_s": units / wall}


# -- async: throughput at a given concurrency, and many prompts at once ---------------------------------

Send = Callable[[dict[str, Any]], Awaitable[object]]


async def _async_sender(impl: str, url: str) -> tuple[Send, Callable[[], Awaitable[None]]]:
    """A coroutine function sending one chat completion request (decoded in full), and a closer."""
    if impl in ("bare", "bare-httpx"):
        http = _bare_module(impl)
        client = http.AsyncClient(
            limits=http.Limits(max_connections=_MAX_CONNECTIONS, max_keepalive_connections=_MAX_KEEPALIVE)
        )
        target = f"{url}/v1/chat/completions"

        async def send(request: dict[str, Any]) -> object:
            r = await client.post(target, content=json.dumps(request).encode(), headers=_HEADERS)
            if r.status_code >= 400:
                raise RuntimeError(r.status_code)
            return json.loads(r.content)

        return send, client.aclose
    sdk: Any
    if impl == "ours":
        from openai_connector import AsyncClient

        sdk = AsyncClient(api_key=API_KEY, base_url=f"{url}/v1")
        return (lambda request: sdk.chat.completions.create(**request)), sdk.close
    if impl == "openai":
        sdk = _openai().AsyncOpenAI(api_key=API_KEY, base_url=f"{url}/v1")
        return (lambda request: sdk.chat.completions.create(**request)), sdk.close
    raise SystemExit(f"unknown implementation {impl!r}")


async def _throughput(impl: str, url: str, requests: int, concurrency: int, warmup: int) -> dict[str, float]:
    """`requests` requests from `concurrency` lanes, each sending its next one when the last is answered."""
    send, close = await _async_sender(impl, url)
    try:
        await asyncio.gather(*(send(CHAT_REQUEST) for _ in range(min(warmup, concurrency))))
        remaining = requests

        async def lane() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                await send(CHAT_REQUEST)

        cpu0, wall0 = time.process_time(), time.perf_counter()
        await asyncio.gather(*(lane() for _ in range(concurrency)))
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    finally:
        await close()
    return {"per_s": requests / wall, "cpu_us": cpu / requests * 1e6, "wall_s": wall, "units": requests}


async def _multi_prompt(impl: str, url: str, prompts: int, concurrency: int) -> dict[str, float]:
    """`prompts` different prompts, at most `concurrency` in flight: ours through its multi-prompt action,
    the peers through `asyncio.gather` and a semaphore."""
    texts = [f"Prompt number {i}: say hello." for i in range(prompts)]
    if impl == "ours":
        return await _multi_prompt_action(url, texts, concurrency)
    send, close = await _async_sender(impl, url)
    requests = [{**CHAT_REQUEST, "messages": [{"role": "user", "content": text}]} for text in texts]
    gate = asyncio.Semaphore(concurrency)

    async def one(request: dict[str, Any]) -> object:
        async with gate:
            return await send(request)

    try:
        cpu0, wall0 = time.process_time(), time.perf_counter()
        answers = await asyncio.gather(*(one(r) for r in requests))
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    finally:
        await close()
    if len(answers) != prompts:
        raise RuntimeError("lost answers")
    return {"per_s": prompts / wall, "wall_s": wall, "cpu_us": cpu / prompts * 1e6, "units": prompts}


async def _multi_prompt_action(url: str, texts: list[str], concurrency: int) -> dict[str, float]:
    from openai_connector import AsyncClient
    from openai_connector.lib.actions import AsyncActions

    async with AsyncClient(api_key=API_KEY, base_url=f"{url}/v1") as client:
        cpu0, wall0 = time.process_time(), time.perf_counter()
        results = await AsyncActions(client).chat_many(
            texts, model=str(CHAT_REQUEST["model"]), max_concurrency=concurrency
        )
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    if len(results) != len(texts) or not all(result.ok for result in results):
        raise RuntimeError("lost or failed answers")
    n = len(texts)
    return {"per_s": n / wall, "wall_s": wall, "cpu_us": cpu / n * 1e6, "units": n}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.worker")
    parser.add_argument("figure", choices=["chat", "embeddings", "sse", "async", "multi"])
    parser.add_argument("impl", choices=IMPLS)
    parser.add_argument("url")
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args(argv)
    if args.figure == "async":
        result = asyncio.run(_throughput(args.impl, args.url, args.requests, args.concurrency, args.warmup))
    elif args.figure == "multi":
        result = asyncio.run(_multi_prompt(args.impl, args.url, args.requests, args.concurrency))
    else:
        result = run_sync(args.figure, args.impl, args.url, args.requests, args.warmup)
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
