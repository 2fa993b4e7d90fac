"""The Batch API end to end against the stateful fake: completed, failed part-way, expired, resume, embeddings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openai_connector.lib.actions import (
    Actions,
    AsyncActions,
    BatchItemError,
    BatchOptions,
    BatchTimeoutError,
    EmbeddingResult,
    NotOfferedError,
)

from tests.actions.conftest import make_async_client, make_client
from tests.support.fake_openai import FakeOpenAI

FAST = BatchOptions(poll_interval=0.001, max_poll_interval=0.002)


@pytest.mark.parametrize("platform", ["openai", "azure_v1"])
def test_completed_batch_maps_results_by_custom_id(platform: str, tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    seen: list[str] = []
    options = BatchOptions(poll_interval=0.001, state_path=state, on_status=lambda b: seen.append(str(b.status)))
    with FakeOpenAI() as fake:
        outcome = Actions(make_client(fake.url, platform)).batch_chat(["a", "b", "FAIL c"], model="m", options=options)
        assert outcome.batch.status == "completed"
        assert [r.text for r in outcome.results] == ["echo: a", "echo: b", ""]
        assert isinstance(outcome.results[2].error, BatchItemError)
        assert seen == ["in_progress", "finalizing", "completed"]
        lines = [json.loads(x) for x in fake.files["file-1"].decode().splitlines()]
        url = "/v1/chat/completions" if platform == "openai" else "/chat/completions"
        assert [x["custom_id"] for x in lines] == ["item-0", "item-1", "item-2"]
        assert {x["url"] for x in lines} == {url}
        create = next(r for r in fake.requests if r.route == "/batches")
        assert json.loads(create.body)["endpoint"] == url
    saved = json.loads(state.read_text())
    assert saved["batch_id"] == outcome.batch.id
    assert saved["count"] == 3


def test_batch_that_fails_part_way_accounts_for_every_item() -> None:
    with FakeOpenAI(batch_outcome="failed") as fake:
        outcome = Actions(make_client(fake.url, "openai")).batch_chat(
            [f"p{i}" for i in range(6)], model="m", options=FAST
        )
    assert outcome.batch.status == "failed"
    assert [r.ok for r in outcome.results] == [True, True, True, False, False, False]
    error = outcome.results[4].error
    assert isinstance(error, BatchItemError)
    assert error.code == "batch_failed"
    assert "the batch failed" in str(error)


def test_expired_batch_reports_expired_items() -> None:
    with FakeOpenAI(batch_outcome="expired") as fake:
        outcome = Actions(make_client(fake.url, "azure_v1")).batch_chat(["a", "b", "c", "d"], model="dep", options=FAST)
    assert outcome.batch.status == "expired"
    assert [r.text for r in outcome.results[:2]] == ["echo: a", "echo: b"]
    for item in outcome.results[2:]:
        assert isinstance(item.error, BatchItemError)
        assert item.error.code == "batch_expired"


def test_resume_from_saved_batch_id() -> None:
    with FakeOpenAI() as fake:
        client = make_client(fake.url, "openai")
        from openai_connector.lib.actions._sync_batch import submit

        batch = submit(
            client, "/chat/completions", [{"model": "m", "messages": [{"role": "user", "content": "r"}]}], FAST
        )
        outcome = Actions(client).resume_batch(batch.id, 1, options=FAST)
        assert outcome.results[0].text == "echo: r"


def test_wait_timeout_raises_with_batch_id() -> None:
    with FakeOpenAI() as fake:
        options = BatchOptions(poll_interval=0.05, timeout=0.01)
        with pytest.raises(BatchTimeoutError) as info:
            Actions(make_client(fake.url, "openai")).batch_chat(["a"], model="m", options=options)
        assert info.value.batch_id == "batch_1"


async def test_async_embeddings_batch() -> None:
    with FakeOpenAI() as fake:
        outcome = await AsyncActions(make_async_client(fake.url, "openai")).batch_embeddings(
            ["ab", "abcd"], model="e", options=FAST
        )
    assert all(isinstance(r.response, EmbeddingResult) for r in outcome.results)
    assert [r.response.vectors[0][0] for r in outcome.results] == [2.0, 4.0]  # type: ignore[union-attr]


def test_batch_not_offered_by_azure_classic() -> None:
    with FakeOpenAI() as fake, pytest.raises(NotOfferedError, match="api-version 2024-10-21"):
        Actions(make_client(fake.url, "azure")).batch_chat(["a"], model="m", options=FAST)
    assert fake.requests == []
