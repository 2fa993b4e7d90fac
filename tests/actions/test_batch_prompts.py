"""Many chat completions: 1,000 prompts with injected failures, order, concurrency bound (measured by the server)."""

from __future__ import annotations

from typing import Literal

import pytest
from openai_connector.lib import InternalServerError
from openai_connector.lib.actions import Actions, AsyncActions, BatchItemError, BatchOptions, ItemResult
from openai_connector.types import ChatCompletion

from tests.actions.conftest import make_async_client, make_client
from tests.support.fake_openai import FakeOpenAI

PROMPTS = [f"FAIL {i}" if i % 97 == 0 else f"prompt {i}" for i in range(1000)]


def _check(results: list[ItemResult[ChatCompletion]], prompts: list[str]) -> None:
    assert len(results) == len(prompts)
    for i, (item, prompt) in enumerate(zip(results, prompts, strict=True)):
        assert item.index == i
        assert item.input == prompt
        if prompt.startswith("FAIL"):
            assert not item.ok
            assert item.response is None
        else:
            assert item.ok, item.error
            assert item.text == f"echo: {prompt}"


def test_thousand_prompts_sync_bound_and_failures() -> None:
    with FakeOpenAI(delay=0.002) as fake:
        actions = Actions(make_client(fake.url, "openai"))
        results = actions.chat_many(PROMPTS, model="m", max_concurrency=5, progress=False)
        _check(results, PROMPTS)
        assert all(isinstance(r.error, InternalServerError) for r in results if not r.ok)
        assert sum(not r.ok for r in results) == 11
        assert 1 < fake.max_in_flight <= 5
        assert len(fake.requests) == 1000


async def test_thousand_prompts_async_bound_and_failures() -> None:
    with FakeOpenAI(delay=0.002) as fake:
        actions = AsyncActions(make_async_client(fake.url, "azure"))
        results = await actions.chat_many(PROMPTS, model="dep", max_concurrency=7)
        _check(results, PROMPTS)
        assert 1 < fake.max_in_flight <= 7
        assert {r.path for r in fake.requests} == {"/openai/deployments/dep/chat/completions"}


def test_message_list_prompts_and_params() -> None:
    with FakeOpenAI() as fake:
        prompts: list[str | list[dict[str, str]]] = [[{"role": "user", "content": "a"}], "b"]
        results = Actions(make_client(fake.url, "azure_v1")).chat_many(prompts, model="m", temperature=0.5)
        assert [r.text for r in results] == ["echo: a", "echo: b"]


def test_bad_concurrency_is_refused() -> None:
    with FakeOpenAI() as fake, pytest.raises(ValueError, match="max_concurrency"):
        Actions(make_client(fake.url, "openai")).chat_many(["a"], model="m", max_concurrency=0)


@pytest.mark.parametrize("platform", ["openai", "azure_v1"])
def test_same_call_in_batch_mode(platform: str) -> None:
    prompts = ["a", "FAIL b", "c"]
    with FakeOpenAI() as fake:
        actions = Actions(make_client(fake.url, platform))
        results = actions.chat_many(prompts, model="m", mode="batch", batch_options=BatchOptions(poll_interval=0.001))
        assert [r.text for r in results] == ["echo: a", "", "echo: c"]
        assert isinstance(results[1].error, BatchItemError)
        assert results[1].error.status_code == 500


async def test_async_batch_mode() -> None:
    with FakeOpenAI() as fake:
        actions = AsyncActions(make_async_client(fake.url, "openai"))
        results = await actions.chat_many(
            ["x", "y"], model="m", mode="batch", batch_options=BatchOptions(poll_interval=0.001)
        )
        assert [r.text for r in results] == ["echo: x", "echo: y"]


def test_progress_true_without_backend_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from openai_connector.lib.actions import _progress

    monkeypatch.setattr(_progress, "_installed", lambda name: False)
    with FakeOpenAI() as fake, pytest.raises(ValueError, match="tqdm or rich"):
        Actions(make_client(fake.url, "openai")).chat_many(["a"], model="m", progress=True)


@pytest.mark.parametrize("backend", ["tqdm", "rich"])
def test_progress_bar_counts_every_prompt_on_stderr(
    backend: Literal["tqdm", "rich"], capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip(backend)
    prompts = [f"prompt {i}" for i in range(7)]
    with FakeOpenAI() as fake:
        results = Actions(make_client(fake.url, "openai")).chat_many(prompts, model="m", progress=backend)
    assert [r.text for r in results] == [f"echo: {p}" for p in prompts]
    drawn = capsys.readouterr()
    assert drawn.out == ""
    assert "prompts" in drawn.err
    assert "7/7" in drawn.err if backend == "tqdm" else "100%" in drawn.err


async def test_async_progress_bar_with_tqdm(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    with FakeOpenAI() as fake:
        actions = AsyncActions(make_async_client(fake.url, "openai"))
        results = await actions.chat_many(["a", "b", "c"], model="m", progress=True)
    assert [r.ok for r in results] == [True, True, True]
    assert "3/3" in capsys.readouterr().err
