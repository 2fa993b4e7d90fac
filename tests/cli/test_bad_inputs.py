"""Bad command lines: each one clear `error: ...` line naming the flag (or file and line), exit 2, no
traceback, nothing sent. One row per bad input; `{tmp}` is a folder holding the files of `FILES`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openai_connector.lib.cli import main

from tests.support.clients import FAKE_OPENAI_KEY
from tests.support.loopback import LoopbackServer

FILES: dict[str, bytes] = {
    "no-count.json": b'{"batch_id": "batch_1"}',
    "list.json": b'[{"count": 2}]',
    "bool-count.json": b'{"batch_id": "batch_1", "count": true}',
    "broken-state.json": b'{"batch_id": ',
    "bad-line.jsonl": b'"first prompt"\n{"role": "user", "content": "unterminated"\n',
    "object-line.jsonl": b'"first"\n{"role": "user", "content": "a message, not a prompt"}\n',
    "list-of-numbers.json": b"[1, 2]",
    "empty.txt": b"\n\n",
    "prompts.txt": b"first\nsecond\n",
    "latin1.json": '["caf\u00e9"]'.encode("latin-1"),
}

ROWS: list[tuple[str, list[str], str]] = [
    ("chat without a prompt", ["chat", "--model", "m"], "chat needs a PROMPT"),
    ("--messages @missing", ["chat", "--messages", "@{tmp}/missing.json"], "argument --messages: cannot read"),
    ("--messages @directory", ["chat", "--messages", "@{tmp}"], "argument --messages: cannot read"),
    ("--messages @file not UTF-8", ["chat", "--messages", "@{tmp}/latin1.json"], "--messages: cannot read"),
    ("--messages 42", ["chat", "--messages", "42"], "argument --messages: must be a JSON list of messages"),
    ("--messages one object", ["chat", "--messages", '{"role":"user"}'], "argument --messages: must be a JSON list"),
    ("--messages []", ["chat", "--messages", "[]"], "argument --messages: must be a JSON list of messages"),
    ("--messages not JSON", ["chat", "--messages", "[{"], "argument --messages: not valid JSON"),
    ("PROMPT and --messages", ["chat", "hi", "--messages", '[{"role": "user"}]'], "either PROMPT or --messages"),
    ("misspelt flag", ["chat", "hi", "--modle", "m"], "unrecognized arguments: --modle"),
    ("--temperature not a number", ["chat", "hi", "--temperature", "hot"], "argument --temperature: invalid float"),
    ("no action", [], "the following arguments are required: ACTION"),
    ("--state without count", ["batch", "--resume", "b", "--state", "{tmp}/no-count.json"], "--state {tmp}/no-count"),
    ("--state a JSON list", ["batch", "--resume", "b", "--state", "{tmp}/list.json"], '"count" (the number of inputs)'),
    ("--state count not a number", ["batch", "--resume", "b", "--state", "{tmp}/bool-count.json"], '"count"'),
    ("--state not JSON", ["batch", "--resume", "b", "--state", "{tmp}/broken-state.json"], "not valid JSON"),
    ("--state missing", ["batch", "--resume", "b", "--state", "{tmp}/missing.json"], "--state: cannot read"),
    ("--resume without count", ["batch", "--resume", "b"], "--resume needs --count N"),
    ("chat-many bad JSONL line", ["chat-many", "{tmp}/bad-line.jsonl"], "{tmp}/bad-line.jsonl line 2: not valid JSON"),
    ("chat-many object line", ["chat-many", "{tmp}/object-line.jsonl"], "object-line.jsonl line 2: a prompt must be"),
    ("chat-many JSON list item", ["chat-many", "{tmp}/list-of-numbers.json"], "list-of-numbers.json item 0"),
    ("chat-many missing file", ["chat-many", "{tmp}/missing.txt"], "PROMPTS: cannot read {tmp}/missing.txt"),
    ("chat-many directory", ["chat-many", "{tmp}"], "PROMPTS: cannot read"),
    ("chat-many no prompt", ["chat-many", "{tmp}/empty.txt"], "empty.txt holds no prompt"),
    # Errors of the client and the actions name this command's flags, not the Python parameters.
    ("no model", ["chat", "hi"], "error: --model is required"),
    ("a spec bound", ["embed", "x", "--model", "m", "--dimensions", "0"], "--dimensions must be >= 1"),
    ("another spec bound", ["complete", "x", "--model", "m", "--logprobs", "9"], "--logprobs must be <= 5"),
    (
        "an action's bound",
        ["chat-many", "{tmp}/prompts.txt", "--max-concurrency", "0"],
        "error: --max-concurrency",
    ),
    ("Azure without endpoint", ["chat", "hi", "--api-version", "2024-10-21"], "needs --azure-endpoint"),
    ("batch bad JSONL line", ["batch", "--inputs", "{tmp}/bad-line.jsonl"], "bad-line.jsonl line 2: not valid JSON"),
]


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LoopbackServer]:
    for name in ("AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_API_KEY", "OPENAI_API_VERSION", "AZURE_OPENAI_AD_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    with LoopbackServer() as srv:
        monkeypatch.setenv("OPENAI_API_KEY", FAKE_OPENAI_KEY)
        monkeypatch.setenv("OPENAI_BASE_URL", f"{srv.url}/v1")
        yield srv


@pytest.mark.parametrize(("argv", "expected"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_bad_input_is_one_clear_line_and_sends_nothing(
    argv: list[str], expected: str, server: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, content in FILES.items():
        (tmp_path / name).write_bytes(content)
    code = main([arg.replace("{tmp}", str(tmp_path)) for arg in argv])
    out, err = capsys.readouterr()
    assert code == 2, err
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert expected.replace("{tmp}", str(tmp_path)) in err
    assert "Traceback" not in err and out == ""
    assert server.requests == []
