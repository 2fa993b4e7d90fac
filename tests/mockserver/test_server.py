"""The reference server over real HTTP on 127.0.0.1: routing, auth, validation, answers, faults."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import httpx2 as httpx
import pytest

from generator.mockserver import ReferenceServer
from generator.mockserver.sse import DONE, parse_stream
from tests._specs import AZURE_SPEC, OPENAI_SPEC, ROOT, spec

AUTH = {"Authorization": "Bearer test-key"}
CHAT = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hello!"}]}
AZURE_CHAT = "/openai/deployments/my-deployment/chat/completions?api-version=2024-10-21"


@pytest.fixture
def client(server: ReferenceServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=10) as client:
        yield client


def test_a_server_on_the_full_openai_spec_answers() -> None:
    with ReferenceServer([OPENAI_SPEC]) as server:
        response = httpx.get(server.url + "/v1/models", headers=AUTH)
    assert response.status_code == 200


def test_every_operation_is_routed(server: ReferenceServer) -> None:
    openai = spec(OPENAI_SPEC)
    assert len(openai.operations) == 288
    for operation in openai.operations:
        path = operation.path.replace("{", "").replace("}", "")  # parameters become literal values
        query = dict(operation.fixed_query)
        found = openai.match(operation.method, path, {k: [v] for k, v in query.items()})
        assert found is not None and found.operation == operation, operation


def test_without_auth_is_401_with_an_openai_error(client: httpx.Client) -> None:
    response = client.post("/v1/chat/completions", json=CHAT)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_api_key"
    empty = client.post("/v1/chat/completions", json=CHAT, headers={"Authorization": "Basic abc"})
    assert empty.status_code == 401


def test_chat_completion_answers_the_published_example(client: httpx.Client) -> None:
    response = client.post("/v1/chat/completions", json=CHAT, headers=AUTH)
    assert response.status_code == 200
    body = response.json()
    assert body["object"] == "chat.completion"
    assert body["choices"][0]["message"]["content"] == "Hello! How can I assist you today?"
    assert spec(OPENAI_SPEC).schemas.errors("/components/schemas/CreateChatCompletionResponse", body) == []


def test_invalid_body_is_400_naming_the_json_path(client: httpx.Client) -> None:
    bad = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}], "temperature": "hot"}
    response = client.post("/v1/chat/completions", json=bad, headers=AUTH)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["param"] == "temperature"
    assert "$.temperature" in error["message"]
    missing = client.post("/v1/chat/completions", json={"model": "gpt-4o-mini"}, headers=AUTH)
    assert missing.status_code == 400
    assert "'messages' is a required property" in missing.json()["error"]["message"]


def test_unparseable_json_and_wrong_content_type_are_400(client: httpx.Client) -> None:
    response = client.post(
        "/v1/chat/completions", content=b"{nope", headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_json"
    response = client.post("/v1/chat/completions", content=b"x", headers={**AUTH, "Content-Type": "text/plain"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "unsupported_content_type"


def test_unknown_path_is_404_and_wrong_method_405(client: httpx.Client) -> None:
    assert client.get("/v1/no/such/thing", headers=AUTH).status_code == 404
    assert client.delete("/v1/chat/completions", headers=AUTH).status_code == 405


def test_chat_stream_is_sse_ending_with_done(client: httpx.Client) -> None:
    response = client.post("/v1/chat/completions", json={**CHAT, "stream": True}, headers=AUTH)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/event-stream"
    events = parse_stream(response.text)
    assert events[-1].data == DONE
    chunks = [json.loads(e.data) for e in events[:-1]]
    assert len(chunks) >= 2
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"


def test_responses_stream_ends_without_done_and_names_events(client: httpx.Client) -> None:
    response = client.post("/v1/responses", json={"model": "gpt-4o-mini", "input": "hi", "stream": True}, headers=AUTH)
    assert response.status_code == 200
    events = parse_stream(response.text)
    assert events and events[-1].data != DONE
    stream_schema = "/paths/~1responses/post/responses/200/content/text~1event-stream/schema"
    for event in events:
        value = json.loads(event.data)
        assert event.event == value["type"]
        assert spec(OPENAI_SPEC).schemas.errors(stream_schema, value) == []


def test_speech_is_binary_with_the_declared_content_type(client: httpx.Client) -> None:
    body = {"model": "tts-1", "input": "hi", "voice": "alloy"}
    mp3 = client.post("/v1/audio/speech", json=body, headers=AUTH)
    assert mp3.status_code == 200
    assert mp3.headers["content-type"] == "application/octet-stream"
    assert mp3.content.startswith(b"ID3")
    wav = client.post("/v1/audio/speech", json={**body, "response_format": "wav"}, headers=AUTH)
    assert wav.content.startswith(b"RIFF") and b"WAVE" in wav.content[:12]


@pytest.mark.parametrize(
    ("response_format", "start"), [("text", "Hello"), ("srt", "1\n00:00:00,000"), ("vtt", "WEBVTT")]
)
def test_transcription_text_formats_are_plain_text(client: httpx.Client, response_format: str, start: str) -> None:
    response = client.post(
        "/v1/audio/transcriptions",
        headers=AUTH,
        files={"file": ("a.wav", b"RIFF....WAVE")},
        data={"model": "whisper-1", "response_format": response_format},
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text.startswith(start)


def test_multipart_without_a_required_part_is_400(client: httpx.Client) -> None:
    response = client.post(
        "/v1/audio/transcriptions", headers=AUTH, data={"model": "whisper-1"}, files={"other": ("a", b"1")}
    )
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "file"


def test_answers_are_deterministic(client: httpx.Client) -> None:
    for path, body in (
        ("/v1/chat/completions", {**CHAT, "stream": True}),
        ("/v1/embeddings", {"model": "m", "input": "x"}),
    ):
        first = client.post(path, json=body, headers=AUTH)
        second = client.post(path, json=body, headers=AUTH)
        assert first.status_code == 200
        assert first.content == second.content
        assert first.headers["date"] == second.headers["date"]


def test_azure_deployment_route_auth_and_api_version(client: httpx.Client) -> None:
    chat = {"messages": [{"role": "user", "content": "Hello!"}]}
    assert client.post(AZURE_CHAT, json=chat).status_code == 401
    by_key = client.post(AZURE_CHAT, json=chat, headers={"api-key": "k"})
    by_token = client.post(AZURE_CHAT, json=chat, headers=AUTH)
    assert by_key.status_code == by_token.status_code == 200
    assert by_key.json()["object"] == "chat.completion"
    no_version = client.post(AZURE_CHAT.split("?", maxsplit=1)[0], json=chat, headers={"api-key": "k"})
    assert no_version.status_code == 400
    assert no_version.json()["error"]["param"] == "api-version"


def test_azure_text_transcription_uses_the_published_example(client: httpx.Client) -> None:
    response = client.post(
        "/openai/deployments/whisper/audio/transcriptions?api-version=2024-10-21",
        headers={"api-key": "k"},
        files={"file": ("a.wav", b"RIFF")},
        data={"response_format": "text"},
    )
    assert response.status_code == 200
    assert response.text == "plain text when requesting text, srt, or vtt"


def test_azure_v1_path_serves_the_openai_spec(client: httpx.Client) -> None:
    response = client.post("/openai/v1/chat/completions", json=CHAT, headers={"api-key": "k"})
    assert response.status_code == 200
    assert client.post("/openai/v1/chat/completions", json=CHAT).status_code == 401


def test_fault_injection_answers_once_then_recovers(client: httpx.Client) -> None:
    headers = {**AUTH, "x-mock-status": "429", "x-mock-retry-after-ms": "1500"}
    first = client.get("/v1/models", headers=headers)
    assert first.status_code == 429
    assert first.headers["retry-after-ms"] == "1500"
    assert first.headers["retry-after"] == "2"
    assert first.json()["error"]["code"] == "rate_limit_exceeded"
    assert client.get("/v1/models", headers=headers).status_code == 200


def test_fault_injection_times_and_ids(client: httpx.Client) -> None:
    headers = {**AUTH, "x-mock-status": "503", "x-mock-fail-times": "2", "x-mock-fault-id": "t1"}
    statuses = [client.get("/v1/models", headers=headers).status_code for _ in range(3)]
    assert statuses == [503, 503, 200]
    other = client.get("/v1/models", headers={**headers, "x-mock-fault-id": "t2"})
    assert other.status_code == 503
    bad = client.get("/v1/models", headers={**AUTH, "x-mock-status": "soon"})
    assert bad.status_code == 400


def test_cli_serve_reports_bad_input_without_traceback() -> None:
    broken = ROOT / "README-does-not-exist.yaml"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "serve", str(broken)], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 2
    assert "no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_serve_starts_and_answers() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", str(AZURE_SPEC)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert process.stdout is not None
        line = ""
        while "listening on" not in line:
            line = process.stdout.readline()
            assert line, "the server exited before listening"
        url = line.split("listening on ")[1].split()[0]
        response = httpx.post(
            url + AZURE_CHAT, json={"messages": [{"role": "user", "content": "x"}]}, headers={"api-key": "k"}
        )
        assert response.status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def test_azure_examples_lacking_required_fields_are_repaired_not_replaced() -> None:
    """Azure's chat example lacks `message.refusal`, `logprobs`, `object` and `model`: they are filled in."""
    from generator.mockserver.examples import operation_examples
    from generator.mockserver.repair import repair_example
    from generator.mockserver.server import default_examples_dir

    azure = spec(AZURE_SPEC)
    found = azure.match("POST", "/deployments/d/chat/completions", {"api-version": ["2024-10-21"]})
    assert found is not None
    example = operation_examples(found.operation, default_examples_dir(AZURE_SPEC))[0]
    pointer = found.operation.responses[0].media[0].schema_pointer
    assert pointer is not None
    assert not azure.schemas.validator(pointer).is_valid(example.response)
    repaired = repair_example(azure, pointer, example.response)
    assert repaired is not None
    assert azure.schemas.validator(pointer).is_valid(repaired)
    assert repaired["object"] == "chat.completion"
    assert repaired["choices"][0]["message"]["refusal"] is None
    assert repaired["choices"][0]["message"]["content"] == example.response["choices"][0]["message"]["content"]
    assert repair_example(azure, pointer, {"id": 1}) is None  # a wrong type is not repaired
