"""Long CLI runs as subprocesses: `batch` submits and resumes to every outcome, and an interrupted `chat-many`
prints the items it finished and exits 130."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli._subprocess import openai_env, run
from tests.support.clients import FAKE_AZURE_KEY
from tests.support.fake_openai import FakeOpenAI
from tests.support.loopback import LoopbackServer, Reply


@pytest.mark.parametrize("outcome", ["completed", "failed", "expired"])
def test_batch_submit_and_resume(tmp_path: Path, outcome: str) -> None:
    inputs = tmp_path / "in.txt"
    inputs.write_text("a\nb\n")
    state = tmp_path / "state.json"
    with FakeOpenAI(batch_outcome=outcome) as fake:
        env = {"AZURE_OPENAI_ENDPOINT": fake.url, "AZURE_OPENAI_API_KEY": FAKE_AZURE_KEY}
        args = [
            "batch",
            "--inputs",
            str(inputs),
            "--model",
            "dep",
            "--poll-interval",
            "0.01",
            "--state",
            str(state),
            "--azure-api",
            "v1",
        ]
        result = run(args, env)
        report = json.loads(result.stdout)
        assert report["status"] == outcome
        assert result.returncode == (0 if outcome == "completed" else 3)
        assert report["results"][0]["ok"] is True
        resumed = run(
            [
                "batch",
                "--resume",
                report["batch_id"],
                "--state",
                str(state),
                "--poll-interval",
                "0.01",
                "--azure-api",
                "v1",
            ],
            env,
        )
        assert json.loads(resumed.stdout)["results"] == report["results"]
        missing = run(["batch", "--resume", "batch_1", "--azure-api", "v1"], env)
        assert missing.returncode == 2 and "--count" in missing.stderr


def test_chat_many_interrupted_prints_finished_items_and_exits_130(server: LoopbackServer, tmp_path: Path) -> None:
    import itertools
    import signal

    from tests.runtime._helpers import completion
    from tests.support.loopback import Recorded

    total, stop_at = 200, 8
    prompts = tmp_path / "p.txt"
    prompts.write_text("".join(f"p{i}\n" for i in range(total)))
    base = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_OPENAI_"))}
    command = [sys.executable, "-c", "from openai_connector.lib.cli import main; raise SystemExit(main())"]
    args = ["chat-many", str(prompts), "--model", "m", "--max-concurrency", "2", "--max-retries", "0"]
    process = subprocess.Popen(
        [*command, *args],
        env={**base, **openai_env(server.url)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    arrivals = itertools.count(1)

    def respond(request: Recorded) -> Reply:
        if next(arrivals) == stop_at:
            process.send_signal(signal.SIGINT)
        return Reply(body=completion(f"echo:{json.loads(request.body)['messages'][-1]['content']}"))

    server.responder = respond
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    items = json.loads(stdout)
    assert 0 < len(items) < total
    assert server.count <= stop_at + 4
    for item in items:
        assert item["ok"] is True
        assert item["response"]["choices"][0]["message"]["content"] == f"echo:p{item['index']}"
