"""The Batch runner never orphans or duplicates a paid batch: state before each step, lookups before creates.

Against the stateful fake: a run killed between upload and create, or after the create was sent, is
re-run with the same state file; a create whose answer is lost is not sent again blindly; options and
the state file are checked before anything is uploaded; a resume with the wrong count is refused.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openai_connector.lib import InvalidRequestError
from openai_connector.lib.actions import Actions, AsyncActions, BatchOptions
from openai_connector.resources.batches import AsyncBatches, Batches

from tests.actions.conftest import make_async_client, make_client
from tests.support.fake_openai import FakeOpenAI

PROMPTS = ["a", "b", "c"]


def _options(state: Path | None = None) -> BatchOptions:
    return BatchOptions(poll_interval=0.001, max_poll_interval=0.002, state_path=state)


def _uploads(fake: FakeOpenAI) -> int:
    return sum(1 for r in fake.requests if r.method == "POST" and r.route == "/files")


def _creates(fake: FakeOpenAI) -> int:
    return sum(1 for r in fake.requests if r.method == "POST" and r.route == "/batches")


def _kill_create(monkeypatch: pytest.MonkeyPatch, *, after_sending: bool, is_async: bool = False) -> None:
    """The next `batches.create` is "killed": before it is sent, or once the server has made the batch."""
    cls: Any = AsyncBatches if is_async else Batches
    original = cls.create
    if is_async:

        async def acreate(self: Any, **kwargs: Any) -> Any:
            monkeypatch.setattr(cls, "create", original)
            if after_sending:
                await original(self, **kwargs)
            raise KeyboardInterrupt

        monkeypatch.setattr(cls, "create", acreate)
        return

    def create(self: Any, **kwargs: Any) -> Any:
        monkeypatch.setattr(cls, "create", original)
        if after_sending:
            original(self, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(cls, "create", create)


@pytest.mark.parametrize("after_sending", [False, True], ids=["before-create", "after-create-sent"])
def test_killed_run_is_picked_up_without_a_second_upload_or_batch(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, after_sending: bool
) -> None:
    state = tmp_path / "state.json"
    with FakeOpenAI() as fake:
        actions = Actions(make_client(fake.url, "openai"))
        _kill_create(monkeypatch, after_sending=after_sending)
        with pytest.raises(KeyboardInterrupt):
            actions.batch_chat(PROMPTS, model="m", options=_options(state))
        saved = json.loads(state.read_text())
        assert saved["input_file_id"] == "file-1" and saved["batch_id"] is None  # written before the create
        outcome = actions.batch_chat(PROMPTS, model="m", options=_options(state))
        assert [r.text for r in outcome.results] == ["echo: a", "echo: b", "echo: c"]
        assert _uploads(fake) == 1
        assert len(fake.batches) == 1
        assert _creates(fake) == 1
    assert json.loads(state.read_text())["batch_id"] == outcome.batch.id


async def test_async_killed_run_is_picked_up(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    with FakeOpenAI() as fake:
        actions = AsyncActions(make_async_client(fake.url, "azure_v1"))
        _kill_create(monkeypatch, after_sending=True, is_async=True)
        with pytest.raises(KeyboardInterrupt):
            await actions.batch_chat(PROMPTS, model="m", options=_options(state))
        outcome = await actions.batch_chat(PROMPTS, model="m", options=_options(state))
        assert [r.ok for r in outcome.results] == [True, True, True]
        assert (_uploads(fake), len(fake.batches)) == (1, 1)


def test_rerun_of_a_finished_run_collects_again_without_paying_again(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    with FakeOpenAI() as fake:
        actions = Actions(make_client(fake.url, "openai"))
        first = actions.batch_chat(PROMPTS, model="m", options=_options(state))
        again = actions.batch_chat(PROMPTS, model="m", options=_options(state))
        assert again.batch.id == first.batch.id
        assert [r.text for r in again.results] == [r.text for r in first.results]
        assert (_uploads(fake), _creates(fake)) == (1, 1)


def test_a_state_file_of_other_requests_is_refused_before_sending(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    with FakeOpenAI() as fake:
        actions = Actions(make_client(fake.url, "openai"))
        actions.batch_chat(PROMPTS, model="m", options=_options(state))
        sent = len(fake.requests)
        with pytest.raises(InvalidRequestError, match="belongs to another batch") as info:
            actions.batch_chat(["other"], model="m", options=_options(state))
        assert info.value.param == "state_path"
        state.write_text("[1, 2]")
        with pytest.raises(InvalidRequestError, match="not a batch state file"):
            actions.batch_chat(PROMPTS, model="m", options=_options(state))
        assert len(fake.requests) == sent


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_create_whose_answer_is_lost_is_not_duplicated(is_async: bool) -> None:
    """The create reached the server but its answer did not come back (a timeout looks the same)."""
    with FakeOpenAI(lose_create_answers=2) as fake:
        if is_async:
            actions: Any = AsyncActions(make_async_client(fake.url, "openai", max_retries=3))
            outcome = await actions.batch_chat(PROMPTS, model="m", options=_options())
        else:
            outcome = Actions(make_client(fake.url, "openai", max_retries=3)).batch_chat(
                PROMPTS, model="m", options=_options()
            )
        assert len(fake.batches) == 1  # before: one batch per attempt
        assert _creates(fake) == 1  # the lookup found it: no second create
        assert any(r.method == "GET" and r.route == "/batches" for r in fake.requests)
        assert [r.text for r in outcome.results] == ["echo: a", "echo: b", "echo: c"]
        batch = next(iter(fake.batches.values()))
        assert set(batch["metadata"]) == {"openai_connector_run"}


@pytest.mark.parametrize(
    ("make", "param"),
    [
        (lambda tmp: BatchOptions(poll_interval=-1), "poll_interval"),
        (lambda tmp: BatchOptions(poll_interval=0), "poll_interval"),
        (lambda tmp: BatchOptions(poll_interval=float("nan")), "poll_interval"),
        (lambda tmp: BatchOptions(max_poll_interval=float("inf")), "max_poll_interval"),
        (lambda tmp: BatchOptions(backoff=0.5), "backoff"),
        (lambda tmp: BatchOptions(timeout=-5), "timeout"),
        (lambda tmp: BatchOptions(completion_window=""), "completion_window"),
        (lambda tmp: BatchOptions(metadata={"k": 1}), "metadata"),  # type: ignore[dict-item]
        (lambda tmp: BatchOptions(state_path=""), "state_path"),
        (lambda tmp: BatchOptions(state_path=tmp), "state_path"),
        (lambda tmp: BatchOptions(state_path=tmp / "missing" / "s.json"), "state_path"),
    ],
)
def test_bad_options_fail_at_construction(make: Callable[[Path], BatchOptions], param: str, tmp_path: Path) -> None:
    with pytest.raises(InvalidRequestError) as info:
        make(tmp_path)
    assert info.value.param == param and param in str(info.value)


def test_a_state_folder_removed_after_construction_fails_before_the_upload(tmp_path: Path) -> None:
    folder = tmp_path / "gone"
    folder.mkdir()
    options = _options(folder / "state.json")
    folder.rmdir()
    with FakeOpenAI() as fake:
        with pytest.raises(InvalidRequestError, match="does not exist"):
            Actions(make_client(fake.url, "openai")).batch_chat(PROMPTS, model="m", options=options)
        assert fake.requests == []


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_resume_with_a_wrong_count_is_refused_and_none_reads_it(is_async: bool) -> None:
    prompts = [f"p{i}" for i in range(50)]
    with FakeOpenAI() as fake:
        if is_async:
            actions: Any = AsyncActions(make_async_client(fake.url, "openai"))
            first = await actions.batch_chat(prompts, model="m", options=_options())
            with pytest.raises(InvalidRequestError, match="count=10 but batch batch_1 has 50 requests"):
                await actions.resume_batch(first.batch.id, 10, options=_options())
            resumed = await actions.resume_batch(first.batch.id, options=_options())
        else:
            actions = Actions(make_client(fake.url, "openai"))
            first = actions.batch_chat(prompts, model="m", options=_options())
            with pytest.raises(InvalidRequestError, match="count=10 but batch batch_1 has 50 requests"):
                actions.resume_batch(first.batch.id, 10, options=_options())
            resumed = actions.resume_batch(first.batch.id, options=_options())
    assert [r.text for r in resumed.results] == [f"echo: p{i}" for i in range(50)]


def test_answers_beyond_count_are_an_error_not_dropped() -> None:
    from openai_connector.lib.actions.batch import parse_results

    class FakeBatch:
        id = "batch_x"
        status = "completed"
        errors = None

    line = json.dumps({"custom_id": "item-7", "response": {"status_code": 200, "body": {}}})
    with pytest.raises(InvalidRequestError, match="item-7 but count=3"):
        parse_results(line, "", 3, lambda body: body, FakeBatch())  # type: ignore[arg-type]


def test_per_call_options_stay_out_of_the_batch_requests() -> None:
    with FakeOpenAI() as fake:
        actions = Actions(make_client(fake.url, "openai"))
        outcome = actions.batch_chat(
            ["a"], model="m", temperature=0.5, timeout=30.0, extra_body={"store": True}, options=_options()
        )
        assert outcome.results[0].ok
        (line,) = [json.loads(x) for x in fake.files["file-1"].decode().splitlines()]
        messages = [{"role": "user", "content": "a"}]
        assert line["body"] == {"model": "m", "messages": messages, "temperature": 0.5, "store": True}
        with pytest.raises(InvalidRequestError, match="extra_headers"):
            actions.batch_chat(["a"], model="m", extra_headers={"X-A": "1"}, options=_options())
