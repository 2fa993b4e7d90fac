"""Fault injection, multi-prompt family: many prompts at once, each meeting a different fault.

Every item must end as exactly one result or one error: none lost, none duplicated, no answer given to
the wrong prompt, the retry policy followed per item (attempts counted at the server, and the waits
between them as the sleeps the flow drivers performed), bounded concurrency, every stalled attempt ended
by the client's timeout (the server sees it hang up), nothing leaked. No test reads a clock.

Two paths meet the same faults: the action (`Actions.chat_many` / `AsyncActions.chat_many`, `run_action`
below), and a hand-made `asyncio.gather` / thread pool over the generated method (`run_async` /
`run_sync`, which also covers streams). An interrupted run (Ctrl-C, cancellation) keeps exactly the
items that finished, each with its own answer or error.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import pytest
from openai_connector import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncClient,
    BadRequestError,
    Client,
    InternalServerError,
    InvalidRequestError,
    StreamInterruptedError,
)
from openai_connector.lib.actions import Actions, AsyncActions, InterruptedRun, ItemResult, partial_results

from tests.runtime._helpers import (
    DEPLOYMENT,
    PROVIDERS,
    Provider,
    achat,
    async_client,
    chat,
    chunk,
    completion,
    no_leaks,
    record_sleeps,
    sync_client,
)
from tests.support.loopback import LoopbackServer, Recorded, Reply, sse_event

pytestmark = pytest.mark.parametrize("provider", PROVIDERS)

MAX_RETRIES = 2
TIMEOUT = 0.25
CONCURRENCY = 4

# kind -> (attempts the server must see, error type or None for a result)
KINDS: dict[str, tuple[int, type[Exception] | None]] = {
    "ok": (1, None),
    "flaky": (2, None),  # reset once, then answered
    "limited": (2, None),  # 429 once, then answered
    "down": (MAX_RETRIES + 1, InternalServerError),
    "stall": (MAX_RETRIES + 1, APITimeoutError),
    "garbage": (1, APIResponseValidationError),
    "bad": (1, BadRequestError),
    "invalid": (0, InvalidRequestError),  # rejected before sending: the server never sees it
}
PROMPTS = [f"p{i:02d}-{kind}" for i, kind in enumerate(list(KINDS) * 3)]
RETRY_DELAY = 0.01  # the clients' own (FAST); "limited" asks for 0.02 s (`retry-after-ms: 20`)


def expected_sleeps() -> Counter[float]:
    """One wait before each retry of each prompt: the server's 20 ms for a 429, the client's own otherwise."""
    waits: Counter[float] = Counter()
    for prompt in PROMPTS:
        kind = prompt.split("-", 1)[1]
        waits[0.02 if kind == "limited" else RETRY_DELAY] += max(KINDS[kind][0] - 1, 0)
    return +waits


@dataclass
class Outcome:
    index: int
    result: str | None = None
    error: Exception | None = None


class Faults:
    """The server side: answers each prompt per its kind, counting attempts per prompt."""

    def __init__(self, *, stream: bool = False) -> None:
        self.attempts: Counter[str] = Counter()
        self.stream = stream
        self._lock = threading.Lock()

    def __call__(self, request: Recorded) -> Reply:
        prompt = json.loads(request.body)["messages"][0]["content"]
        with self._lock:
            self.attempts[prompt] += 1
            attempt = self.attempts[prompt]
        kind = prompt.split("-", 1)[1]
        if kind == "flaky" and attempt == 1:
            return Reply(reset=True)
        if kind == "limited" and attempt == 1:
            return Reply(status=429, body={"error": {"message": "slow down"}}, headers={"retry-after-ms": "20"})
        if kind == "down":
            return Reply(status=503, body={"error": {"message": f"down for {prompt}"}})
        if kind == "stall":
            return Reply(stall=True)
        if kind == "garbage":
            return Reply(body=b"{not json")
        if kind == "bad":
            return Reply(status=400, body={"error": {"message": f"bad {prompt}"}})
        if self.stream:
            return Reply(sse=[sse_event(chunk("echo:")), sse_event(chunk(prompt)), "data: [DONE]\n\n"])
        return Reply(body=completion(f"echo:{prompt}"))


def arguments(prompt: str) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"messages": [{"role": "user", "content": prompt}]}
    if prompt.endswith("-invalid"):
        kwargs["temperature"] = 5
    return kwargs


async def run_async(
    client: AsyncClient, provider: Provider, prompts: list[str], *, stream: bool = False
) -> list[Outcome]:
    semaphore = asyncio.Semaphore(CONCURRENCY)
    in_flight = peak = 0

    async def one(index: int, prompt: str) -> Outcome:
        nonlocal in_flight, peak
        async with semaphore:
            in_flight += 1
            peak = max(peak, in_flight)
            try:
                if stream:
                    parts = [
                        c.choices[0].delta.content
                        async for c in await achat(client, provider, stream=True, **arguments(prompt))
                    ]
                    return Outcome(index, result="".join(parts))
                answer = await achat(client, provider, **arguments(prompt))
                return Outcome(index, result=answer.choices[0].message.content)
            except (
                APIConnectionError,
                APIResponseValidationError,
                BadRequestError,
                InternalServerError,
                InvalidRequestError,
            ) as exc:
                return Outcome(index, error=exc)
            finally:
                in_flight -= 1

    outcomes = await asyncio.gather(*(one(i, p) for i, p in enumerate(prompts)))
    assert peak <= CONCURRENCY
    return list(outcomes)


def run_sync(client: Client, provider: Provider, prompts: list[str]) -> list[Outcome]:
    def one(index: int) -> Outcome:
        try:
            answer = chat(client, provider, **arguments(prompts[index]))
            return Outcome(index, result=answer.choices[0].message.content)
        except (
            APIConnectionError,
            APIResponseValidationError,
            BadRequestError,
            InternalServerError,
            InvalidRequestError,
        ) as exc:
            return Outcome(index, error=exc)

    with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
        return list(pool.map(one, range(len(prompts))))


def check(outcomes: list[Outcome], faults: Faults, server: LoopbackServer, sleeps: list[float]) -> None:
    assert sorted(o.index for o in outcomes) == list(range(len(PROMPTS)))  # none lost, none duplicated
    for outcome in outcomes:
        prompt = PROMPTS[outcome.index]
        attempts, error = KINDS[prompt.split("-", 1)[1]]
        assert faults.attempts[prompt] == attempts, prompt
        if error is None:
            assert outcome.error is None, f"{prompt}: {outcome.error!r}"
            assert outcome.result == f"echo:{prompt}"  # its own answer, not another prompt's
        else:
            assert outcome.result is None
            assert type(outcome.error) is error, f"{prompt}: {outcome.error!r}"
            if error in (InternalServerError, BadRequestError):
                assert prompt in str(outcome.error)  # the error of this prompt's own request
            if error is InvalidRequestError:
                assert any(name in str(outcome.error) for name in ("temperature", "messages"))
    assert server.count == sum(faults.attempts.values())
    assert Counter(sleeps) == expected_sleeps()
    # every stalled attempt was ended by the client's timeout (not by the server's lifetime)
    assert server.hangups == sum(n for prompt, n in faults.attempts.items() if prompt.endswith("-stall"))


def action_prompt(prompt: str) -> Any:
    """The prompt as `chat_many` takes it; an "invalid" one is refused by the client (unpaired surrogate)."""
    if prompt.endswith("-invalid"):
        return [{"role": "user", "content": prompt + "\udc80"}]
    return prompt


def outcomes_of(results: list[ItemResult[Any]]) -> list[Outcome]:
    return [
        Outcome(item.index, error=item.error)
        if item.error is not None
        else Outcome(item.index, result=item.response.choices[0].message.content)  # type: ignore[union-attr]
        for item in results
    ]


async def test_many_prompts_through_the_async_action(
    server: LoopbackServer, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleeps = record_sleeps(monkeypatch, wait=False)
    server.responder = faults = Faults()
    with no_leaks(server):
        async with async_client(server.url, provider, max_retries=MAX_RETRIES, timeout=TIMEOUT) as client:
            results = await AsyncActions(client).chat_many(
                [action_prompt(p) for p in PROMPTS], model=model_of(provider), max_concurrency=CONCURRENCY
            )
    check(outcomes_of(results), faults, server, sleeps)


def test_many_prompts_through_the_sync_action(
    server: LoopbackServer, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleeps = record_sleeps(monkeypatch, wait=False)
    server.responder = faults = Faults()
    with no_leaks(server):
        with sync_client(server.url, provider, max_retries=MAX_RETRIES, timeout=TIMEOUT) as client:
            results = Actions(client).chat_many(
                [action_prompt(p) for p in PROMPTS], model=model_of(provider), max_concurrency=CONCURRENCY
            )
    check(outcomes_of(results), faults, server, sleeps)


def model_of(provider: Provider) -> str:
    return "gpt-4o-mini" if provider == "openai" else DEPLOYMENT


def check_finished(finished: list[ItemResult[Any]], faults: Faults) -> None:
    """Each finished item of an interrupted run holds its own answer or error; none is duplicated."""
    assert len({item.index for item in finished}) == len(finished)
    for outcome in outcomes_of(finished):
        prompt = PROMPTS[outcome.index]
        attempts, error = KINDS[prompt.split("-", 1)[1]]
        assert faults.attempts[prompt] == attempts, prompt
        if error is None:
            assert outcome.result == f"echo:{prompt}"
        else:
            assert type(outcome.error) is error, f"{prompt}: {outcome.error!r}"


def test_ctrl_c_mid_run_keeps_the_finished_items(server: LoopbackServer, provider: Provider) -> None:
    import _thread

    faults = Faults()
    stop_at = 6

    arrivals = itertools.count(1)

    def respond(request: Recorded) -> Reply:
        if next(arrivals) == stop_at:
            _thread.interrupt_main()
        return faults(request)

    server.responder = respond
    with sync_client(server.url, provider, max_retries=MAX_RETRIES, timeout=TIMEOUT) as client:
        with pytest.raises(InterruptedRun) as info:
            Actions(client).chat_many([action_prompt(p) for p in PROMPTS], model=model_of(provider), max_concurrency=2)
    every_attempt = sum(KINDS[p.split("-", 1)[1]][0] for p in PROMPTS)
    assert server.count < every_attempt  # it stopped sending
    assert len(info.value.results) < len(PROMPTS)
    check_finished(info.value.results, faults)


async def test_cancelled_run_keeps_the_finished_items(server: LoopbackServer, provider: Provider) -> None:
    server.responder = faults = Faults()
    async with async_client(server.url, provider, max_retries=MAX_RETRIES, timeout=TIMEOUT) as client:
        task = asyncio.ensure_future(
            AsyncActions(client).chat_many(
                [action_prompt(p) for p in PROMPTS], model=model_of(provider), max_concurrency=CONCURRENCY
            )
        )
        while server.count < len(PROMPTS) // 2:
            await asyncio.sleep(0.005)
        task.cancel()
        with pytest.raises(asyncio.CancelledError) as info:
            await task
    finished = partial_results(info.value)
    assert finished is not None and 0 < len(finished) < len(PROMPTS)
    check_finished(finished, faults)


async def test_many_prompts_async(server: LoopbackServer, provider: Provider, monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps = record_sleeps(monkeypatch, wait=False)
    server.responder = faults = Faults()
    with no_leaks(server):
        async with async_client(server.url, provider, max_retries=MAX_RETRIES, timeout=TIMEOUT) as client:
            outcomes = await run_async(client, provider, PROMPTS)
    check(outcomes, faults, server, sleeps)


def test_many_prompts_sync_threads(server: LoopbackServer, provider: Provider, monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps = record_sleeps(monkeypatch, wait=False)
    server.responder = faults = Faults()
    with no_leaks(server):
        with sync_client(server.url, provider, max_retries=MAX_RETRIES, timeout=TIMEOUT) as client:
            outcomes = run_sync(client, provider, PROMPTS)
    check(outcomes, faults, server, sleeps)


async def test_many_streamed_prompts_async(
    server: LoopbackServer, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleeps = record_sleeps(monkeypatch, wait=False)
    server.responder = faults = Faults(stream=True)
    with no_leaks(server):
        async with async_client(server.url, provider, max_retries=MAX_RETRIES, timeout=TIMEOUT) as client:
            outcomes = await run_async(client, provider, PROMPTS, stream=True)
    check(outcomes, faults, server, sleeps)


async def test_streams_cut_in_a_batch_each_end_once(
    server: LoopbackServer, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleeps = record_sleeps(monkeypatch, wait=False)
    prompts = [f"s{i:02d}" for i in range(12)]

    def respond(request: Recorded) -> Reply:
        prompt = json.loads(request.body)["messages"][0]["content"]
        events = [sse_event(chunk(prompt))]
        if int(prompt[1:]) % 3 == 0:
            return Reply(sse=events, cut=True)
        if int(prompt[1:]) % 3 == 1:
            return Reply(sse=events)  # ends without [DONE]
        return Reply(sse=[*events, "data: [DONE]\n\n"])

    server.responder = respond
    seen: dict[str, list[str]] = {p: [] for p in prompts}

    async def one(client: AsyncClient, prompt: str) -> Exception | None:
        try:
            async for c in await achat(client, provider, stream=True, messages=[{"role": "user", "content": prompt}]):
                seen[prompt].append(c.choices[0].delta.content)
        except StreamInterruptedError as exc:
            return exc
        return None

    with no_leaks(server):
        async with async_client(server.url, provider) as client:
            errors = await asyncio.gather(*(one(client, p) for p in prompts))
    for prompt, error in zip(prompts, errors, strict=True):
        assert seen[prompt] == [prompt]
        assert (error is None) == (int(prompt[1:]) % 3 == 2), prompt
    assert server.count == len(prompts)  # a stream that started is never sent again
    assert sleeps == []  # nor waited for
