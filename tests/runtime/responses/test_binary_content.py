"""Binary answers are openai-python's `HttpxBinaryResponseContent` (our `BinaryResponse`): bytes, text, JSON."""

from __future__ import annotations

from pathlib import Path

from openai_connector import AsyncOpenAI, OpenAI, _legacy_response
from openai_connector.lib import BinaryResponse

from tests.support.loopback import LoopbackServer, Reply

JSONL = '{"id": 1}\n{"id": "\u00e9"}\r\n'.encode()


def test_a_file_s_content_is_bytes_with_openai_python_s_readers(server: LoopbackServer, tmp_path: Path) -> None:
    server.script(Reply(body=JSONL, headers={"Content-Type": "application/octet-stream"}))
    with OpenAI(api_key="sk-test", base_url=server.url) as client:
        content = client.files.content("file-1")
    assert isinstance(content, _legacy_response.HttpxBinaryResponseContent)
    assert _legacy_response.HttpxBinaryResponseContent is BinaryResponse
    assert (content.content, content.read()) == (JSONL, JSONL)
    assert content.text == JSONL.decode()
    assert list(content.iter_lines()) == ['{"id": 1}', '{"id": "\u00e9"}']
    content.stream_to_file(tmp_path / "out.jsonl")
    assert (tmp_path / "out.jsonl").read_bytes() == JSONL
    assert server.requests[0].path.endswith("/files/file-1/content")


async def test_json_of_a_binary_answer_and_a_container_file(server: LoopbackServer) -> None:
    server.script(Reply(body={"foo": "bar"}), Reply(body=b"\x00\x01", headers={"Content-Type": "image/png"}))
    async with AsyncOpenAI(api_key="sk-test", base_url=server.url) as client:
        speech = await client.audio.speech.create(input="hi", model="tts-1", voice="alloy")
        blob = await client.containers.files.content.retrieve(file_id="file-1", container_id="cntr-1")
    assert speech.json() == {"foo": "bar"}
    assert isinstance(blob, BinaryResponse) and await blob.aread() == b"\x00\x01"


def test_a_webrtc_call_s_sdp_answer_is_bytes_asked_for_as_sdp(server: LoopbackServer) -> None:
    answer = b"v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\n"
    server.script(Reply(status=201, body=answer, headers={"Content-Type": "application/sdp"}))
    with OpenAI(api_key="sk-test", base_url=server.url) as client:
        call = client.realtime.calls.create(sdp="v=0\r\n")
    assert isinstance(call, BinaryResponse)
    assert (call.content, call.text) == (answer, answer.decode())
    assert server.requests[0].headers["accept"] == "application/sdp"


def test_a_streamed_binary_answer_parses_to_its_bytes(server: LoopbackServer, tmp_path: Path) -> None:
    server.script(*[Reply(body=JSONL, headers={"Content-Type": "application/octet-stream"})] * 2)
    with OpenAI(api_key="sk-test", base_url=server.url) as client:
        with client.files.with_streaming_response.content("file-1") as response:
            assert not response.is_closed  # nothing read yet
            assert response.parse() == JSONL
        with client.files.with_streaming_response.content("file-1") as response:
            response.stream_to_file(tmp_path / "out.jsonl", chunk_size=4)
    assert response.is_closed
    assert (tmp_path / "out.jsonl").read_bytes() == JSONL


async def test_a_streamed_binary_answer_parses_to_its_bytes_async(server: LoopbackServer, tmp_path: Path) -> None:
    server.script(*[Reply(body=JSONL, headers={"Content-Type": "application/octet-stream"})] * 3)
    async with AsyncOpenAI(api_key="sk-test", base_url=server.url) as client:
        async with client.files.with_streaming_response.content("file-1") as response:
            assert await response.parse() == JSONL
        async with client.files.with_streaming_response.content("file-1") as response:
            await response.stream_to_file(tmp_path / "out.jsonl")
        raw = await client.files.with_raw_response.content("file-1")
    assert (tmp_path / "out.jsonl").read_bytes() == JSONL
    assert isinstance(raw.parse(), BinaryResponse)  # the raw view keeps openai-python's legacy object
