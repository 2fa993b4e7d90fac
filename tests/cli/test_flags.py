"""The connector's flags on the command line: `complete` and `fine-tuning` options, batch progress and the
batch timeout's own exit code (in-process `main([...])` against loopback servers, fake keys only)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from openai_connector.lib import cli

from tests.support.clients import FAKE_OPENAI_KEY
from tests.support.fake_openai import FakeOpenAI
from tests.support.loopback import LoopbackServer, Reply

COMPLETION = {
    "id": "c",
    "object": "text_completion",
    "created": 1,
    "model": "m",
    "choices": [{"text": "ok", "index": 0, "finish_reason": "stop", "logprobs": None}],
}
JOB = {
    "id": "ftjob-1",
    "object": "fine_tuning.job",
    "created_at": 1,
    "model": "gpt-4o-mini",
    "status": "queued",
    "training_file": "file-1",
}


@pytest.fixture
def openai_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_API_KEY", "OPENAI_API_VERSION", "AZURE_OPENAI_AD_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_OPENAI_KEY)
    yield


def _run(url: str, monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    monkeypatch.setenv("OPENAI_BASE_URL", f"{url}/v1")
    return cli.main(list(argv))


@pytest.mark.usefixtures("openai_env")
def test_complete_sends_top_p_n_logprobs_and_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    with LoopbackServer() as server:
        server.script(Reply(body=COMPLETION))
        argv = ["complete", "say", "--model", "m", "--top-p", "0.5", "--n", "2", "--logprobs", "3"]
        assert _run(server.url, monkeypatch, *argv, "--stop", "X", "--stop", "Y") == 0
    assert server.requests[0].json() == {
        "model": "m",
        "prompt": "say",
        "top_p": 0.5,
        "n": 2,
        "logprobs": 3,
        "stop": ["X", "Y"],
    }


@pytest.mark.usefixtures("openai_env")
def test_fine_tuning_n_epochs_and_after(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    page = {"object": "list", "data": [JOB], "has_more": False}
    events = {"object": "list", "data": [], "has_more": False}
    with LoopbackServer() as server:
        server.script(Reply(body=JOB), Reply(body=page), Reply(body=events), Reply(body=page))
        create = ["fine-tuning", "create", "--model", "gpt-4o-mini", "--training-file", "file-1", "--n-epochs", "3"]
        assert _run(server.url, monkeypatch, *create) == 0
        assert _run(server.url, monkeypatch, "fine-tuning", "list", "--after", "ftjob-0", "--limit", "5") == 0
        assert _run(server.url, monkeypatch, "fine-tuning", "events", "ftjob-1", "--after", "ftevent-9") == 0
        assert _run(server.url, monkeypatch, "fine-tuning", "list") == 0
    created, listed, listed_events, listed_plain = server.requests
    assert created.json()["method"] == {"type": "supervised", "supervised": {"hyperparameters": {"n_epochs": 3}}}
    assert listed.path == "/v1/fine_tuning/jobs" and listed.query == {"after": ["ftjob-0"], "limit": ["5"]}
    assert listed_events.path == "/v1/fine_tuning/jobs/ftjob-1/events"
    assert listed_events.query == {"after": ["ftevent-9"]}
    assert listed_plain.query == {}
    capsys.readouterr()


@pytest.mark.usefixtures("openai_env")
@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["fine-tuning", "create", "--model", "m", "--training-file", "f", "--n-epochs", "0"], "--n-epochs: must be 1"),
        (["fine-tuning", "create", "--model", "m", "--training-file", "f", "--n-epochs", "x"], "--n-epochs: expected"),
        (["fine-tuning", "list", "--limit", "0"], "argument --limit: must be 1 or more"),
        (["complete", "x", "--n", "0"], "argument --n: must be 1 or more"),
    ],
)
def test_bad_flag_values_name_the_flag(
    argv: list[str], message: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with LoopbackServer() as server:
        assert _run(server.url, monkeypatch, *argv) == 2
    assert message in capsys.readouterr().err
    assert server.requests == []


@pytest.mark.usefixtures("openai_env")
def test_batch_shows_progress_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in.txt"
    inputs.write_text("a\nb\n")
    with FakeOpenAI() as fake:
        code = _run(fake.url, monkeypatch, "batch", "--inputs", str(inputs), "--model", "m", "--poll-interval", "0.01")
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out)["status"] == "completed"
    # The fake server reports counts only once the batch has completed.
    assert err.splitlines() == [
        "batch batch_1 in_progress",
        "batch batch_1 finalizing",
        "batch batch_1 completed: 2/2 done, 0 failed",
    ]


def test_batch_progress_shows_counts_once_per_change(capsys: pytest.CaptureFixture[str]) -> None:
    from openai_connector.lib.cli._handlers import batch_progress

    show = batch_progress()
    for completed in (0, 0, 1, 2):
        counts = SimpleNamespace(total=2, completed=completed, failed=0)
        show(SimpleNamespace(id="batch_1", status="in_progress", request_counts=counts))
    assert capsys.readouterr().err.splitlines() == [
        "batch batch_1 in_progress: 0/2 done, 0 failed",
        "batch batch_1 in_progress: 1/2 done, 0 failed",
        "batch batch_1 in_progress: 2/2 done, 0 failed",
    ]


@pytest.mark.usefixtures("openai_env")
def test_batch_timeout_has_its_own_exit_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in.txt"
    inputs.write_text("a\n")
    state = tmp_path / "state.json"
    # The first poll already sees the batch running, and the next one would come after the timeout.
    argv = ["batch", "--inputs", str(inputs), "--model", "m", "--poll-interval", "5", "--wait-timeout", "1"]
    with FakeOpenAI() as fake:
        code = _run(fake.url, monkeypatch, *argv, "--state", str(state))
    _, err = capsys.readouterr()
    assert code == cli.EXIT_BATCH_TIMEOUT == 4, err
    assert err.splitlines()[-1].startswith("error: batch batch_1 still in_progress")
    assert "openai-connector batch --resume batch_1" in err
    assert json.loads(state.read_text())["batch_id"] == "batch_1"
