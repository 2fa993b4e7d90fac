"""What a generated client sends and reads follows the spec's media types.

Binary answers stay bytes; the Accept header names the answer's content types; a multipart
operation goes out multipart even without a file. Generate-and-run on a small spec, against a
loopback server.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from tests.generator.inline import api, imported
from tests.support.loopback import LoopbackServer, Reply

BINARY = {"type": "string", "format": "binary"}
VIDEO = {"type": "object", "properties": {"id": {"type": "string"}, "status": {"type": "string"}}}
FORM = {
    "type": "object",
    "properties": {"prompt": {"type": "string"}, "seconds": {"type": "string"}, "input_reference": BINARY},
    "required": ["prompt"],
}


def _ok(content: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": content}}


SKILL = {"type": "object", "properties": {"files": {"type": "array", "items": BINARY}}, "required": ["files"]}
CONTAINER_FILE = {"type": "object", "properties": {"file_id": {"type": "string"}, "file": BINARY}}

PATHS = {
    "/skills": {
        "post": {
            "operationId": "createSkill",
            "requestBody": {
                "content": {"multipart/form-data": {"schema": SKILL}, "application/json": {"schema": SKILL}}
            },
            "responses": _ok({"application/json": {"schema": VIDEO}}),
        }
    },
    "/containers/{id}/files": {
        "post": {
            "operationId": "createContainerFile",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "requestBody": {
                "required": True,
                "content": {
                    "multipart/form-data": {"schema": CONTAINER_FILE},
                    "application/json": {"schema": CONTAINER_FILE},
                },
            },
            "responses": _ok({"application/json": {"schema": VIDEO}}),
        }
    },
    "/videos": {
        "post": {
            "operationId": "createVideo",
            "requestBody": {
                "required": True,
                "content": {
                    "multipart/form-data": {"schema": FORM},
                    "application/json": {"schema": {"type": "object", "properties": {"prompt": {"type": "string"}}}},
                },
            },
            "responses": _ok({"application/json": {"schema": VIDEO}}),
        }
    },
    "/videos/{video_id}/content": {
        "get": {
            "operationId": "retrieveVideoContent",
            "parameters": [{"name": "video_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": _ok(
                {
                    "video/mp4": {"schema": BINARY},
                    "image/webp": {"schema": BINARY},
                    "application/json": {"schema": {"type": "string"}},
                }
            ),
        }
    },
    "/audio/speech": {
        "post": {
            "operationId": "createSpeech",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"type": "object", "properties": {"input": {"type": "string"}}}}
                },
            },
            "responses": _ok(
                {"application/octet-stream": {"schema": BINARY}, "text/event-stream": {"schema": {"type": "object"}}}
            ),
        }
    },
    "/exports/{id}": {
        "get": {
            "operationId": "getExport",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": _ok({"application/json": {"schema": BINARY}}),
        }
    },
}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with imported(tmp_path_factory.mktemp("media"), [api(PATHS, {})], "media_pkg") as module:
        yield module


@pytest.fixture
def client(package: ModuleType, server: LoopbackServer) -> Iterator[Any]:
    client_module = importlib.import_module(package.__name__ + "._client")
    with client_module.Client(api_key="sk-test", base_url=server.url, max_retries=0) as client:
        yield client


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv


def test_a_binary_answer_stays_bytes(client: Any, server: LoopbackServer) -> None:
    payload = bytes(range(256))  # not UTF-8: read as text, it would come back with U+FFFD
    server.script(Reply(body=payload, headers={"Content-Type": "video/mp4"}))
    answer = client.videos.content.retrieve("video_1")
    assert type(answer).__name__ == "HttpxBinaryResponseContent"  # openai-python's name; BinaryResponse here
    assert answer.content == payload
    assert server.requests[0].headers["accept"] == "video/mp4, image/webp, application/json"


def test_a_format_binary_json_answer_is_bytes_too(client: Any, server: LoopbackServer) -> None:
    server.script(Reply(body=b"\xff\x00", headers={"Content-Type": "application/json"}))
    assert client.exports.retrieve("e").content == b"\xff\x00"


def test_the_accept_header_names_the_answer_s_content_types(client: Any, server: LoopbackServer) -> None:
    server.script(Reply(body=b"ID3", headers={"Content-Type": "application/octet-stream"}))
    assert client.audio.speech.create(input="hi").content == b"ID3"
    assert server.requests[0].headers["accept"] == "application/octet-stream"


def test_a_multipart_operation_without_a_file_still_sends_multipart(client: Any, server: LoopbackServer) -> None:
    server.script(Reply(body={"id": "video_1"}))
    client.videos.create(prompt="a cat", seconds="4")
    request = server.requests[0]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    boundary = request.headers["content-type"].split("boundary=", 1)[1]
    assert (
        request.body
        == (
            f'--{boundary}\r\nContent-Disposition: form-data; name="prompt"\r\n\r\na cat\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="seconds"\r\n\r\n4\r\n'
            f"--{boundary}--\r\n"
        ).encode()
    )
    assert server.requests[0].headers["accept"] == "application/json"


def test_a_multipart_operation_with_a_file_sends_it(client: Any, server: LoopbackServer) -> None:
    server.script(Reply(body={"id": "video_1"}))
    client.videos.create(prompt="a cat", input_reference=("ref.png", b"PNG"))
    request = server.requests[0]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="input_reference"; filename="ref.png"' in request.body


def test_an_upload_without_its_file_still_sends_a_body(client: Any, server: LoopbackServer) -> None:
    server.script(Reply(body={"id": "cfile_1"}), Reply(body={"id": "cfile_2"}))
    client.containers.files("c1", file_id="file_1")
    client.containers.files_json("c1", file_id="file_1")
    multipart, as_json = server.requests
    assert multipart.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file_id"\r\n\r\nfile_1\r\n' in multipart.body
    assert as_json.json() == {"file_id": "file_1"}


def test_no_json_twin_for_an_upload_whose_json_form_requires_the_files(client: Any) -> None:
    assert hasattr(client.skills, "create")
    assert not hasattr(client.skills, "create_json")  # `files` cannot travel in JSON: it could never work
