"""Each `openai-connector` subcommand as a subprocess against loopback servers (fake keys only): its help,
its output, the requests it sends."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from openai_connector.lib.cli import main

from tests.cli._subprocess import azure_env, openai_env, run
from tests.support.clients import FAKE_OPENAI_KEY
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


def test_speech_checks_the_output_path_before_calling_the_api(server: LoopbackServer, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "a.mp3"
    result = run(["speech", "hi", "--out", str(out), "--model", "tts-1"], openai_env(server.url))
    assert result.returncode == 2
    assert str(out) in result.stderr and "does not exist" in result.stderr and "Traceback" not in result.stderr
    assert server.count == 0  # nothing generated, nothing paid
