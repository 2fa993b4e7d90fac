"""A transport or decoding failure ends the CLI with one line on stderr (exit 1), never a traceback."""

from __future__ import annotations

import pytest

from tests.cli._subprocess import openai_env, run
from tests.support.clients import FAKE_OPENAI_KEY
from tests.support.loopback import LoopbackServer, Reply, sse_event

CHUNK = {
    "id": "c",
    "object": "chat.completion.chunk",
    "created": 1,
    "model": "m",
    "choices": [{"index": 0, "delta": {"content": "tok"}, "finish_reason": None}],
}
BROKEN = [
    pytest.param(
        Reply(body=b"not gzip", headers={"Content-Encoding": "gzip"}), [], "could not be decoded", id="corrupt-gzip"
    ),
    pytest.param(
        Reply(raw=b"zz\r\n{}\r\n", headers={"Transfer-Encoding": "chunked"}), [], "Connection error", id="bad-chunked"
    ),
    pytest.param(Reply(body=b'{"id": "c", "choi'), [], "not valid JSON", id="invalid-json-200"),
    pytest.param(
        Reply(sse=[sse_event(CHUNK), 'data: {"id": "c", "ch'], cut=True), ["--stream"], "interrupted", id="stream-cut"
    ),
    pytest.param(Reply(reset_after_headers=True, body=b"{}"), [], "Connection error", id="reset-mid-answer"),
]


@pytest.mark.parametrize(("reply", "flags", "message"), BROKEN)
def test_a_broken_answer_is_one_line(reply: Reply, flags: list[str], message: str) -> None:
    with LoopbackServer(lifetime=30.0) as server:
        server.fallback = reply
        result = run(["chat", "hi", "--model", "m", "--max-retries", "0", *flags], openai_env(server.url))
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    assert message in lines[0] and "Traceback" not in result.stderr and FAKE_OPENAI_KEY not in result.stderr
