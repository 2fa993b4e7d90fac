"""Every `openai-connector` subcommand as a subprocess against loopback servers (fake keys only)."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from openai_connector.lib.cli import main

from tests.support.clients import API_VERSION, FAKE_AZURE_KEY, FAKE_OPENAI_KEY
from tests.support.fake_openai import FakeOpenAI
from tests.support.loopback import LoopbackServer, Reply, sse_event

SUBCOMMANDS = [
    "chat",
    "chat-many",
    "summarize",
    "complete",
    "azure-chat",
    "image-generate",
    "image-edit",
    "image-variation",
    "transcribe",
    "translate",
    "speech",
    "embed",
    "moderate",
    "fine-tuning",
    "models",
    "responses",
    "request",
    "batch",
]


def run(args: list[str], env: dict[str, str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_OPENAI_"))}
    return subprocess.run(
        [sys.executable, "-c", "from openai_connector.lib.cli import main; raise SystemExit(main())", *args],
        env={**base, **env},
        check=False,
        capture_output=True,
        text=True,
        input=stdin,
        timeout=60,
    )


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv


def openai_env(url: str) -> dict[str, str]:
    return {"OPENAI_API_KEY": FAKE_OPENAI_KEY, "OPENAI_BASE_URL": f"{url}/v1"}


def azure_env(url: str) -> dict[str, str]:
    return {"AZURE_OPENAI_ENDPOINT": url, "AZURE_OPENAI_API_KEY": FAKE_AZURE_KEY, "OPENAI_API_VERSION": API_VERSION}


@pytest.mark.parametrize("sub", SUBCOMMANDS)
def test_help_of_every_subcommand(sub: str, capsys: pytest.CaptureFixture[str]) -> None:
    # In-process: the parser is what differs per subcommand (the other tests run the command itself).
    with pytest.raises(SystemExit) as exited:
        main([sub, "--help"])
    assert exited.value.code == 0
    assert f"openai-connector {sub}" in capsys.readouterr().out


def test_help_as_a_subprocess() -> None:
    result = run(["chat", "--help"], {})
    assert result.returncode == 0
    assert "openai-connector chat" in result.stdout


def test_chat_json_text_and_azure(fake: FakeOpenAI) -> None:
    result = run(["chat", "hello", "--model", "m", "--temperature", "0.5", "--stop", "X"], openai_env(fake.url))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["choices"][0]["message"]["content"] == "echo: hello"
    assert json.loads(fake.requests[-1].body)["stop"] == ["X"]
    result = run(["chat", "-", "--model", "dep", "--output", "text"], azure_env(fake.url), stdin="from stdin")
    assert result.stdout == "echo: from stdin\n"
    assert fake.requests[-1].path == "/openai/deployments/dep/chat/completions"


def test_chat_full_response(fake: FakeOpenAI) -> None:
    result = run(["chat", "x", "--model", "m", "--full"], openai_env(fake.url))
    full = json.loads(result.stdout)
    assert full["status_code"] == 200 and full["headers"]["x-request-id"] == "req-fake"


def test_chat_stream_prints_tokens(server: LoopbackServer) -> None:
    chunk = {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": "tok"}, "finish_reason": None}],
    }
    server.script(Reply(sse=[sse_event(chunk), sse_event(chunk), "data: [DONE]\n\n"]))
    result = run(["chat", "hi", "--model", "m", "--stream"], openai_env(server.url))
    assert result.stdout == "toktok\n"


def test_errors_are_one_line_without_key(fake: FakeOpenAI) -> None:
    result = run(["chat", "FAIL", "--model", "m", "--max-retries", "0"], openai_env(fake.url))
    assert result.returncode == 1
    assert result.stderr.startswith("error: the API answered 500")
    assert "Traceback" not in result.stderr and FAKE_OPENAI_KEY not in result.stderr
    result = run(["chat", "x", "--model", "m"], {})
    assert result.returncode == 2
    assert "No API key" in result.stderr and "Traceback" not in result.stderr
    result = run(["models"], azure_env(fake.url))
    assert result.returncode == 2 and "not offered by Azure OpenAI api-version" in result.stderr
    result = run(
        [
            "chat",
            "x",
            "--model",
            "m",
            "--api-key",
            FAKE_OPENAI_KEY,
            "--base-url",
            "http://127.0.0.1:9/v1",
            "--max-retries",
            "0",
        ],
        {},
    )
    assert result.returncode == 1 and "Connection error" in result.stderr and FAKE_OPENAI_KEY not in result.stderr


def test_chat_many_keeps_order_and_reports_failures(fake: FakeOpenAI, tmp_path: Path) -> None:
    prompts = tmp_path / "p.jsonl"
    prompts.write_text('"a"\n[{"role": "user", "content": "b"}]\nFAIL c\n')
    result = run(["chat-many", str(prompts), "--model", "m", "--max-concurrency", "2"], openai_env(fake.url))
    assert result.returncode == 3
    items = json.loads(result.stdout)
    assert [i["ok"] for i in items] == [True, True, False]
    assert items[1]["response"]["choices"][0]["message"]["content"] == "echo: b"
    result = run(
        ["chat-many", str(prompts), "--model", "m", "--mode", "batch", "--poll-interval", "0.01", "--output", "text"],
        openai_env(fake.url),
    )
    assert result.stdout.splitlines()[:2] == ["[0] echo: a", "[1] echo: b"]


def test_summarize(fake: FakeOpenAI, tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("Some text.")
    result = run(["summarize", str(doc), "--model", "m", "--output", "text"], openai_env(fake.url))
    assert result.stdout.startswith("echo: Summarize the following text")


def test_complete(server: LoopbackServer) -> None:
    server.script(
        Reply(
            body={
                "id": "c",
                "object": "text_completion",
                "created": 1,
                "model": "m",
                "choices": [{"text": "ok", "index": 0, "finish_reason": "stop", "logprobs": None}],
            }
        )
    )
    result = run(["complete", "say", "--model", "dep", "--max-tokens", "3", "--output", "text"], azure_env(server.url))
    assert result.stdout == "ok\n"
    assert server.requests[-1].path == "/openai/deployments/dep/completions"


def test_azure_chat_prints_citations(server: LoopbackServer, tmp_path: Path) -> None:
    from tests.actions.test_chat import ON_YOUR_DATA

    server.script(Reply(body=ON_YOUR_DATA))
    sources = tmp_path / "ds.json"
    sources.write_text(json.dumps([{"type": "azure_search", "parameters": {"endpoint": "https://s"}}]))
    result = run(
        ["azure-chat", "q", "--data-sources", f"@{sources}", "--model", "dep", "--output", "text"],
        azure_env(server.url),
    )
    assert result.stdout == "Grounded [doc1].\n[1] Doc 1\n"


def test_images(server: LoopbackServer, tmp_path: Path) -> None:
    png = b"\x89PNGfake"
    body = {"created": 1, "data": [{"b64_json": base64.b64encode(png).decode()}]}
    server.script(Reply(body=body), Reply(body=body), Reply(body=body))
    src = tmp_path / "in.png"
    src.write_bytes(png)
    env = openai_env(server.url)
    out = tmp_path / "out"
    result = run(["image-generate", "cat", "--n", "1", "--size", "256x256", "--save-dir", str(out)], env)
    assert json.loads(result.stdout) == {"files": [str(out / "image-1.png")]}
    assert (out / "image-1.png").read_bytes() == png
    assert run(["image-edit", "hat", "--image", str(src), "--mask", str(src)], env).returncode == 0
    assert b'name="mask"' in server.requests[-1].body
    assert run(["image-variation", "--image", str(src)], env).returncode == 0
    assert [r.path for r in server.requests] == ["/v1/images/generations", "/v1/images/edits", "/v1/images/variations"]


def test_audio(server: LoopbackServer, tmp_path: Path) -> None:
    audio = tmp_path / "a.mp3"
    audio.write_bytes(b"ID3")
    server.script(
        Reply(body={"text": "hello"}),
        Reply(body="WEBVTT\n", headers={"Content-Type": "text/plain"}),
        Reply(body=b"MP3", headers={"Content-Type": "audio/mpeg"}),
    )
    env = openai_env(server.url)
    result = run(["transcribe", str(audio), "--model", "whisper-1", "--language", "en", "--output", "text"], env)
    assert result.stdout == "hello\n"
    result = run(["translate", str(audio), "--model", "whisper-1", "--response-format", "vtt"], env)
    assert result.stdout == "WEBVTT\n"
    out = tmp_path / "s.mp3"
    result = run(["speech", "hi", "--out", str(out), "--model", "tts-1", "--voice", "nova", "--speed", "1.2"], env)
    assert out.read_bytes() == b"MP3" and json.loads(result.stdout)["bytes"] == 3


def test_embed_and_moderate(fake: FakeOpenAI, server: LoopbackServer) -> None:
    result = run(["embed", "ab", "abc", "--model", "e", "--encoding-format", "base64"], openai_env(fake.url))
    assert json.loads(result.stdout)["vectors"] == [[2.0, 0.5, -1.0], [3.0, 0.5, -1.0]]
    server.script(
        Reply(
            body={"id": "m", "model": "omni", "results": [{"flagged": False, "categories": {}, "category_scores": {}}]}
        )
    )
    result = run(["moderate", "hello", "--output", "text"], openai_env(server.url))
    assert result.stdout == "flagged=False\n"


def test_responses_prints_the_output_text(server: LoopbackServer) -> None:
    from tests.actions.test_platform import RESPONSE

    server.script(Reply(body=RESPONSE), Reply(body={**RESPONSE, "output": []}))
    result = run(["responses", "hello", "--model", "gpt-4o", "--output", "text"], openai_env(server.url))
    assert result.stdout == "hi there\n"
    result = run(["responses", "--get", "resp_1", "--output", "text"], openai_env(server.url))
    assert result.stdout == "resp_1\n"  # no text (only tool calls, say): its id


def test_fine_tuning_models_responses_request(server: LoopbackServer) -> None:
    from tests.actions.test_platform import JOB, RESPONSE, _event

    model = {"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}
    server.script(
        Reply(body=JOB),
        Reply(body=JOB),
        Reply(body=JOB),
        Reply(body={"object": "list", "data": [_event(1)], "has_more": False}),
        Reply(body={"object": "list", "data": [JOB], "has_more": False}),
        Reply(body={"object": "list", "data": [model]}),
        Reply(body=model),
        Reply(body=RESPONSE),
        Reply(body=RESPONSE),
        Reply(body={"raw": 1}),
    )
    env = openai_env(server.url)
    commands = [
        ["fine-tuning", "create", "--model", "gpt-4o-mini", "--training-file", "file-1"],
        ["fine-tuning", "get", "ftjob-1"],
        ["fine-tuning", "cancel", "ftjob-1"],
        ["fine-tuning", "events", "ftjob-1", "--limit", "5"],
        ["fine-tuning", "list"],
        ["models"],
        ["models", "gpt-4o"],
        ["responses", "hello", "--model", "gpt-4o"],
        ["responses", "--get", "resp_1"],
        ["request", "POST", "/custom", "--json", '{"a": 1}'],
    ]
    outputs = []
    for command in commands:
        result = run(command, env)
        assert result.returncode == 0, (command, result.stderr)
        outputs.append(json.loads(result.stdout))
    assert outputs[3][0]["message"] == "m1"
    assert outputs[5][0]["id"] == "gpt-4o"
    assert outputs[9]["body"] == {"raw": 1}
    assert [(r.method, r.path) for r in server.requests][-1] == ("POST", "/v1/custom")


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


def test_speech_checks_the_output_path_before_calling_the_api(server: LoopbackServer, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "a.mp3"
    result = run(["speech", "hi", "--out", str(out), "--model", "tts-1"], openai_env(server.url))
    assert result.returncode == 2
    assert str(out) in result.stderr and "does not exist" in result.stderr and "Traceback" not in result.stderr
    assert server.count == 0  # nothing generated, nothing paid


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
