"""The contract checker on small hand-made cassettes: passes good exchanges, catches each kind of drift."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest
import yaml

from generator.contract import ContractChecker, Violation
from generator.mockserver import ReferenceServer
from tests._specs import AZURE_SPEC, OPENAI_PREVIOUS_SPEC, OPENAI_SPEC, ROOT, spec

CHAT_REQUEST = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hello!"}]}
CHAT_RESPONSE: dict[str, Any] = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1700000000,
    "model": "gpt-4o-mini",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Hi", "refusal": None},
            "finish_reason": "stop",
            "logprobs": None,
        }
    ],
}


def interaction(
    method: str,
    uri: str,
    request_body: Any,
    status: int,
    response_body: Any,
    *,
    content_type: str = "application/json",
    request_type: str = "application/json",
) -> dict[str, Any]:
    def text(body: Any) -> Any:
        return body if isinstance(body, str | bytes) or body is None else json.dumps(body)

    return {
        "request": {
            "method": method,
            "uri": uri,
            "body": text(request_body),
            "headers": {"Content-Type": [request_type]},
        },
        "response": {
            "status": {"code": status, "message": "x"},
            "headers": {"Content-Type": [content_type]},
            "body": {"string": text(response_body)},
        },
    }


def write_cassette(folder: Path, name: str, *interactions: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump({"interactions": list(interactions), "version": 1}), encoding="utf-8")
    return path


def check(tmp_path: Path, *interactions: dict[str, Any]) -> list[Violation]:
    write_cassette(tmp_path, "case", *interactions)
    _, violations = ContractChecker([spec(OPENAI_SPEC), spec(AZURE_SPEC)]).check_paths(tmp_path)
    return violations


def chat(response: Any, status: int = 200, host: str = "https://api.openai.com") -> dict[str, Any]:
    return interaction("POST", f"{host}/v1/chat/completions", CHAT_REQUEST, status, response)


def test_a_good_cassette_passes(tmp_path: Path) -> None:
    azure = interaction(
        "POST",
        "https://res.openai.azure.com/openai/deployments/d/embeddings?api-version=2024-10-21",
        {"input": "x"},
        200,
        {
            "object": "list",
            "model": "m",
            "data": [{"index": 0, "object": "embedding", "embedding": [0.1]}],
            "usage": {"prompt_tokens": 1, "total_tokens": 1},
        },
    )
    assert check(tmp_path, chat(CHAT_RESPONSE), chat(CHAT_RESPONSE, host="http://127.0.0.1:9"), azure) == []


def test_a_response_lacking_a_required_field_fails(tmp_path: Path) -> None:
    (violation,) = check(tmp_path, chat({k: v for k, v in CHAT_RESPONSE.items() if k != "id"}))
    assert violation.where == "response.body"
    assert violation.path == "$"
    assert violation.message == "'id' is a required property"
    assert str(violation).endswith(
        "case.yaml#0 POST /v1/chat/completions: response.body $: 'id' is a required property"
    )


def test_a_wrong_type_fails_with_its_json_path(tmp_path: Path) -> None:
    (violation,) = check(tmp_path, chat({**CHAT_RESPONSE, "created": "yesterday"}))
    assert (violation.path, violation.message) == ("$.created", "'yesterday' is not of type 'integer'")


def test_an_unknown_path_fails(tmp_path: Path) -> None:
    (violation,) = check(tmp_path, interaction("GET", "https://api.openai.com/v1/chat/complete", None, 200, {}))
    assert violation.where == "operation"
    assert violation.message.startswith("unknown path /v1/chat/complete")


def test_an_undeclared_method_fails(tmp_path: Path) -> None:
    (violation,) = check(tmp_path, interaction("PUT", "https://api.openai.com/v1/models", None, 200, {}))
    assert violation.message == "method PUT is not declared for path /v1/models"


def test_an_undeclared_status_fails(tmp_path: Path) -> None:
    (violation,) = check(tmp_path, chat({"error": {"message": "no"}}, status=418))
    assert violation.where == "response.status"
    assert violation.message == "status 418 is not declared (declared: 200, 429)"


def test_an_undeclared_content_type_fails(tmp_path: Path) -> None:
    bad = interaction(
        "POST", "https://api.openai.com/v1/chat/completions", CHAT_REQUEST, 200, "hi", content_type="text/html"
    )
    (violation,) = check(tmp_path, bad)
    assert violation.path == "content-type"
    assert "'text/html' is not declared for status 200" in violation.message


def test_an_invalid_request_body_and_a_missing_query_parameter_fail(tmp_path: Path) -> None:
    request = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}], "n": "two"}
    azure = interaction("POST", "https://res.openai.azure.com/openai/deployments/d/embeddings", {"input": "x"}, 200, {})
    found = check(
        tmp_path, interaction("POST", "https://api.openai.com/v1/chat/completions", request, 200, CHAT_RESPONSE), azure
    )
    assert [(v.index, v.where, v.path) for v in found][:2] == [
        (0, "request.body", "$.n"),
        (1, "request.query", "api-version"),
    ]


def test_multipart_requests_need_their_required_parts(tmp_path: Path) -> None:
    boundary = "xyz"
    body = f'--{boundary}\r\nContent-Disposition: form-data; name="model"\r\n\r\nwhisper-1\r\n--{boundary}--\r\n'
    found = check(
        tmp_path,
        interaction(
            "POST",
            "https://api.openai.com/v1/audio/transcriptions",
            body,
            200,
            {"text": "hi"},
            request_type=f"multipart/form-data; boundary={boundary}",
        ),
    )
    assert [(v.where, v.path, v.message) for v in found] == [
        ("request.body", "$.file", "required multipart field missing")
    ]


def test_stream_chunks_are_checked_one_by_one(tmp_path: Path) -> None:
    chunk = {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": "Hi"}, "finish_reason": None}],
    }
    broken = {**chunk, "object": "chat.completion"}
    stream = f"data: {json.dumps(chunk)}\n\ndata: {json.dumps(broken)}\n\ndata: [DONE]\n\n"
    request = {**CHAT_REQUEST, "stream": True}
    found = check(
        tmp_path,
        interaction(
            "POST",
            "https://api.openai.com/v1/chat/completions",
            request,
            200,
            stream,
            content_type="text/event-stream; charset=utf-8",
        ),
    )
    assert [(v.path, v.message) for v in found] == [
        ("event 1 $.object", "'chat.completion' is not one of ['chat.completion.chunk']")
    ]


def test_binary_bodies_and_unreadable_cassettes(tmp_path: Path) -> None:
    speech = interaction(
        "POST",
        "https://api.openai.com/v1/audio/speech",
        {"model": "tts-1", "input": "hi", "voice": "alloy"},
        200,
        b"ID3\x04\x00\xff",
        content_type="application/octet-stream",
    )
    assert check(tmp_path, speech) == []
    (tmp_path / "broken.yaml").write_text("interactions: {nope", encoding="utf-8")
    _, found = ContractChecker([spec(OPENAI_SPEC)]).check_paths(tmp_path)
    assert [(Path(v.cassette).name, v.index, v.message.split(":")[0]) for v in found] == [
        ("broken.yaml", -1, "invalid YAML")
    ]


def test_recordings_from_the_reference_server_pass(tmp_path: Path) -> None:
    with ReferenceServer([spec(OPENAI_SPEC)]) as server, httpx.Client(base_url=server.url) as client:
        recorded = []
        for path, body in (
            ("/v1/chat/completions", CHAT_REQUEST),
            ("/v1/chat/completions", {**CHAT_REQUEST, "stream": True}),
            ("/v1/responses", {"model": "m", "input": "hi", "stream": True}),
            ("/v1/embeddings", {"model": "m", "input": "hi"}),
        ):
            response = client.post(path, json=body, headers={"Authorization": "Bearer k"})
            recorded.append(
                interaction(
                    "POST",
                    server.url + path,
                    body,
                    response.status_code,
                    response.text,
                    content_type=response.headers["content-type"],
                )
            )
    assert check(tmp_path, *recorded) == []


def test_a_new_spec_version_shows_what_breaks(tmp_path: Path) -> None:
    """Cassettes recorded against 2026-08-21 use an operation that 2026-07-22 does not have."""
    newer, older = spec(OPENAI_SPEC), spec(OPENAI_PREVIOUS_SPEC)
    with ReferenceServer([newer]) as server, httpx.Client(base_url=server.url) as client:
        answer = client.get("/v1/organization/spend_limit", headers={"Authorization": "Bearer k"})
        models = client.get("/v1/models", headers={"Authorization": "Bearer k"})
    assert answer.status_code == 200
    write_cassette(
        tmp_path,
        "spend",
        interaction("GET", server.url + "/v1/organization/spend_limit", None, 200, answer.text),
        interaction("GET", server.url + "/v1/models", None, 200, models.text),
    )
    assert ContractChecker([newer]).check_paths(tmp_path)[1] == []
    seen, found = ContractChecker([older]).check_paths(tmp_path)
    assert seen == 2
    assert [(v.index, v.where, v.message.split(" (")[0]) for v in found] == [
        (0, "operation", "unknown path /v1/organization/spend_limit")
    ]


def test_a_schema_change_between_versions_is_caught(tmp_path: Path) -> None:
    """Hand-made pair: v2 makes `name` required and `size` an integer."""

    def make(version: str, properties: dict[str, Any], required: list[str]) -> Path:
        document = {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": version},
            "servers": [{"url": "https://example.com/v1"}],
            "paths": {
                "/things": {
                    "get": {
                        "responses": {
                            "200": {
                                "description": "ok",
                                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                            }
                        }
                    }
                }
            },
            "components": {"schemas": {"Thing": {"type": "object", "properties": properties, "required": required}}},
        }
        path = tmp_path / f"{version}.yaml"
        path.write_text(yaml.safe_dump(document), encoding="utf-8")
        return path

    v1 = make("1", {"name": {"type": "string"}, "size": {"type": "string"}}, [])
    v2 = make("2", {"name": {"type": "string"}, "size": {"type": "integer"}}, ["name"])
    write_cassette(
        tmp_path / "cassettes", "things", interaction("GET", "https://example.com/v1/things", None, 200, {"size": "10"})
    )
    from generator.spec.api import load_api

    assert ContractChecker([load_api(v1)]).check_paths(tmp_path / "cassettes")[1] == []
    found = ContractChecker([load_api(v2)]).check_paths(tmp_path / "cassettes")[1]
    assert sorted((v.path, v.message) for v in found) == [
        ("$", "'name' is a required property"),
        ("$.size", "'10' is not of type 'integer'"),
    ]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "contract", *args], capture_output=True, text=True, cwd=ROOT, check=False
    )


def test_cli_exit_codes_and_report(tmp_path: Path) -> None:
    write_cassette(
        tmp_path / "good",
        "ok",
        interaction(
            "POST",
            "https://res.openai.azure.com/openai/deployments/d/embeddings?api-version=2024-10-21",
            {"input": "x"},
            200,
            {"object": "list", "model": "m", "data": [], "usage": {"prompt_tokens": 1, "total_tokens": 1}},
        ),
    )
    write_cassette(
        tmp_path / "bad",
        "drift",
        interaction(
            "POST",
            "https://res.openai.azure.com/openai/deployments/d/embeddings?api-version=2024-10-21",
            {"input": "x"},
            200,
            {"object": "list", "data": []},
        ),
    )
    good = run_cli(str(tmp_path / "good"), "--spec", str(AZURE_SPEC))
    assert (good.returncode, good.stdout.strip()) == (0, "1 interaction(s) in 1 cassette(s): 0 violation(s)")
    bad = run_cli(str(tmp_path / "bad"), "--spec", str(AZURE_SPEC))
    assert bad.returncode == 1
    assert "drift.yaml#0 POST /openai/deployments/d/embeddings: response.body $: 'model' is a required property" in (
        bad.stdout
    )
    for args, message in (
        ((str(tmp_path / "none"), "--spec", str(AZURE_SPEC)), "no such file or folder"),
        ((str(tmp_path / "good"), "--spec", "nope.json"), "no such file"),
        ((str(tmp_path / "good"), "--spec", str(AZURE_SPEC), "--base-path", "v1"), "must start"),
    ):
        result = run_cli(*args)
        assert result.returncode == 2, args
        assert message in result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize("extra", [[], ["--base-path", "/openai/v1"]])
def test_cli_base_path_for_the_azure_v1_api(tmp_path: Path, extra: list[str]) -> None:
    write_cassette(
        tmp_path,
        "v1",
        interaction(
            "POST", "https://res.openai.azure.com/openai/v1/chat/completions", CHAT_REQUEST, 200, CHAT_RESPONSE
        ),
    )
    result = run_cli(str(tmp_path), "--spec", str(OPENAI_SPEC), *extra)
    assert result.returncode == (0 if extra else 1)


def test_undeclared_error_statuses_pass_only_when_allowed_and_shaped_like_errors(tmp_path: Path) -> None:
    models = "https://api.openai.com/v1/models/nope"
    write_cassette(
        tmp_path,
        "errors",
        interaction("GET", models, None, 404, {"error": {"message": "no such model", "type": "invalid_request_error"}}),
        interaction("GET", models, None, 404, {"detail": "not found"}),
    )
    strict = ContractChecker([spec(OPENAI_SPEC)]).check_paths(tmp_path)[1]
    assert [(v.index, v.where) for v in strict] == [(0, "response.status"), (1, "response.status")]
    lenient = ContractChecker([spec(OPENAI_SPEC)], allow_undeclared_errors=True).check_paths(tmp_path)[1]
    assert [(v.index, v.where, v.message) for v in lenient] == [
        (1, "response.body", 'an undeclared error status without an {"error": {...}} object')
    ]
