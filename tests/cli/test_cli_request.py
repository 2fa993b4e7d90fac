"""The CLI's raw `request` subcommand as a subprocess: every raw-request input, the retry rules, and bad
inputs refused before anything is sent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli._subprocess import openai_env, run
from tests.support.clients import FAKE_OPENAI_KEY
from tests.support.loopback import LoopbackServer, Reply


def test_request_takes_every_raw_request_input(server: LoopbackServer, tmp_path: Path) -> None:
    upload = tmp_path / "in.jsonl"
    upload.write_bytes(b'{"a":1}\n')
    server.script(Reply(status=429, body={"error": {"message": "slow"}}), Reply(body="done", headers={"X-R": "1"}))
    args = [
        "request",
        "POST",
        "/uploads",
        "--form",
        "purpose=batch",
        "--form",
        "tag=x=y",
        "--file",
        f"file={upload}",
        "--file-name",
        "file=renamed.jsonl",
        "--query",
        "a=1",
        "--query",
        "a=2",
        "--header",
        "X-Extra=yes",
        "--response-type",
        "text",
        "--max-retries",
        "1",
        "--retry-delay",
        "0",
        "--retry-on-all-errors",
        "--debug",
        "--timeout",
        "20",
    ]
    result = run(args, openai_env(server.url))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["body"] == "done"
    assert server.count == 2  # the 429 was retried: --retry-on-all-errors
    sent = server.requests[-1]
    assert sent.query == {"a": ["1", "2"]} and sent.headers["x-extra"] == "yes"
    assert sent.headers["content-type"].startswith("multipart/form-data")
    assert b'name="purpose"\r\n\r\nbatch' in sent.body and b'name="tag"\r\n\r\nx=y' in sent.body
    assert b'filename="renamed.jsonl"' in sent.body and b'{"a":1}' in sent.body
    assert "request: POST" in result.stderr and "response: 200" in result.stderr  # --debug
    assert FAKE_OPENAI_KEY not in result.stderr


def test_request_body_and_connector_retry_rules(server: LoopbackServer) -> None:
    env = openai_env(server.url)
    server.script(Reply(body={"ok": 1}))
    result = run(["request", "POST", "/things", "--data", '{"a": [1, 2]}'], env)
    assert result.returncode == 0 and server.requests[-1].json() == {"a": [1, 2]}
    server.script(Reply(status=429, body={"error": {"message": "slow"}}))
    result = run(["request", "GET", "/limited", "--max-retries", "2", "--exponential-backoff"], env)
    assert result.returncode == 1 and "429" in result.stderr
    assert server.count == 2  # a retry option given, no --retry-on-all-errors: the 429 is not retried
    server.script(Reply(stall=True))
    result = run(["request", "GET", "/slow", "--timeout", "0.3", "--max-retries", "0"], env)
    assert result.returncode == 1 and "timed out" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--query", "novalue"], "expected NAME=VALUE"),
        (["--data", "{oops"], "not valid JSON"),
        (["--data", "1", "--json", "2"], "--data or --json"),
        (["--file", "file=/no/such/file.bin"], "cannot read"),
    ],
)
def test_request_bad_inputs_fail_before_sending(server: LoopbackServer, args: list[str], message: str) -> None:
    result = run(["request", "POST", "/x", *args], openai_env(server.url))
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert server.count == 0
