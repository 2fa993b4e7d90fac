"""`client.request(...)`: the raw escape hatch, with the same base URL, auth and retries."""

from __future__ import annotations

import dataclasses

import httpx2
import pytest
from openai_connector.lib import APIResponseValidationError, NotFoundError, RawResponse

from tests.support.clients import (
    API_VERSION,
    FAKE_AZURE_KEY,
    FAKE_OPENAI_KEY,
    async_openai_client,
    azure_client,
    openai_client,
)
from tests.support.loopback import LoopbackServer, Reply


def test_json_request_and_result(server: LoopbackServer) -> None:
    server.script(Reply(status=201, body={"id": "m"}, headers={"x-request-id": "req_9"}))
    with openai_client(server) as client:
        result = client.request(
            "POST", "models", json={"a": 1}, params={"limit": 2, "flag": True}, headers={"X-Extra": "1"}
        )
    assert isinstance(result, RawResponse)
    assert (result.status_code, result.body, result.request_id) == (201, {"id": "m"}, "req_9")
    assert isinstance(result.headers, httpx2.Headers)
    req = server.requests[0]
    assert (req.method, req.path) == ("POST", "/v1/models")
    assert req.query == {"limit": ["2"], "flag": ["true"]}
    assert req.json() == {"a": 1}
    assert req.headers["x-extra"] == "1"
    assert req.headers["authorization"] == f"Bearer {FAKE_OPENAI_KEY}"
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.status_code = 1  # type: ignore[misc]


def test_duplicated_v1_prefix_is_dropped(server: LoopbackServer) -> None:
    server.script(Reply(body={}), Reply(body={}))
    with openai_client(server) as client:
        client.request("GET", "/v1/models")
        client.request("GET", "/models")
    assert [r.path for r in server.requests] == ["/v1/models", "/v1/models"]


def test_text_and_binary_responses(server: LoopbackServer) -> None:
    server.script(Reply(body="plain text", headers={"Content-Type": "text/plain"}), Reply(body=b"\x00\x01"))
    with openai_client(server) as client:
        assert client.request("GET", "/a", response_type="text").body == "plain text"
        assert client.request("GET", "/b", response_type="binary").body == b"\x00\x01"


def test_empty_json_body_is_none_and_bad_json_raises(server: LoopbackServer) -> None:
    server.script(Reply(status=204), Reply(body="oops"))
    with openai_client(server) as client:
        assert client.request("DELETE", "/x").body is None
        with pytest.raises(APIResponseValidationError, match="response_type"):
            client.request("GET", "/y")


def test_azure_raw_request_adds_api_version_and_key(server: LoopbackServer) -> None:
    server.script(Reply(body={}), Reply(body={}))
    with azure_client(server) as client:
        client.request("GET", "/deployments/d/extensions/x")
        client.request("GET", "/files", params={"api-version": "preview"})
    first, second = server.requests
    assert first.path == "/openai/deployments/d/extensions/x"
    assert first.query == {"api-version": [API_VERSION]}
    assert first.headers["api-key"] == FAKE_AZURE_KEY
    assert second.query == {"api-version": ["preview"]}


def test_raw_request_retry_settings(server: LoopbackServer) -> None:
    server.script(Reply(status=500, body={}), Reply(status=500, body={}), Reply(status=404, body={}))
    with openai_client(server, max_retries=0) as client:
        with pytest.raises(NotFoundError):
            client.request("GET", "/x", max_retries=3, retry_delay=0.01)
    assert len(server.requests) == 3


def test_raw_multipart_with_file_names(server: LoopbackServer) -> None:
    server.script(Reply(body={}))
    with openai_client(server) as client:
        client.request(
            "POST",
            "/files",
            data={"purpose": "batch"},
            files={"file": b'{"a":1}\n'},
            file_names={"file": "input.jsonl"},
        )
    body = server.requests[0].body
    assert b'name="purpose"' in body and b"batch" in body
    assert b'filename="input.jsonl"' in body and b'{"a":1}' in body


def test_full_urls_are_refused(server: LoopbackServer) -> None:
    with openai_client(server) as client, pytest.raises(ValueError, match="relative"):
        client.request("GET", "https://elsewhere.example/v1/models")


async def test_async_raw_request(server: LoopbackServer) -> None:
    server.script(Reply(status=500, body={}), Reply(body=[1, 2]))
    async with async_openai_client(server) as client:
        result = await client.request("GET", "/v1/things")
    assert result.body == [1, 2]
    assert len(server.requests) == 2
