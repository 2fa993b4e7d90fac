"""Multipart uploads (paths, bytes, file objects, tuples, list fields) and binary responses."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openai_connector import Client
from openai_connector.lib import BaseModel, BinaryResponse, InternalServerError, InvalidRequestError

from tests.support.clients import (
    FAKE_OPENAI_KEY,
    IMAGE_EDIT,
    SPEECH,
    TRANSCRIBE,
    async_openai_client,
    azure_client,
    openai_client,
)
from tests.support.loopback import LoopbackServer, Recorded, Reply


class Anything(BaseModel):
    pass


def parts(req: Recorded) -> list[tuple[str, str | None, str | None, bytes]]:
    """(field name, filename, content type, content) of each multipart part, in order."""
    boundary = req.headers["content-type"].split("boundary=", 1)[1].encode()
    found = []
    for raw in req.body.split(b"--" + boundary)[1:-1]:
        head, _, content = raw.strip(b"\r\n").partition(b"\r\n\r\n")
        lines = head.decode().split("\r\n")
        disposition = next(line for line in lines if line.lower().startswith("content-disposition"))
        attrs = dict(item.strip().split("=", 1) for item in disposition.split(";")[1:])
        ctype = next((line.split(":", 1)[1].strip() for line in lines if line.lower().startswith("content-type")), None)
        filename = attrs.get("filename")
        found.append((attrs["name"].strip('"'), filename.strip('"') if filename else None, ctype, content))
    return found


def test_path_upload_with_fields_routes_to_azure_deployment(server: LoopbackServer, tmp_path: Path) -> None:
    audio = tmp_path / "meeting.mp3"
    audio.write_bytes(b"ID3-fake-audio")
    server.script(Reply(body={"text": "hi"}))
    with azure_client(server) as client:
        client.call(
            TRANSCRIBE,
            body={
                "model": "whisper-dep",
                "temperature": 0.5,
                "timestamp_granularities": ["word", "segment"],
                "prompt": None,
            },
            files={"file": audio},
            cast_to=Anything,
        )
    req = server.requests[0]
    assert req.path == "/openai/deployments/whisper-dep/audio/transcriptions"
    got = parts(req)
    assert ("model", None, None, b"whisper-dep") in got
    assert ("temperature", None, None, b"0.5") in got
    assert [p[3] for p in got if p[0] == "timestamp_granularities[]"] == [b"word", b"segment"]
    assert ("file", "meeting.mp3", "audio/mpeg", b"ID3-fake-audio") in got
    assert not any(p[0] == "prompt" for p in got)


def test_bytes_file_object_and_tuples(server: LoopbackServer) -> None:
    server.script(Reply(body={}))
    named = io.BytesIO(b"PNG-1")
    named.name = "/some/dir/first.png"
    with openai_client(server) as client:
        client.call(
            IMAGE_EDIT,
            body={"prompt": "a cat"},
            files={
                "image": [named, ("second.png", b"PNG-2"), ("third.bin", b"X", "image/webp")],
                "mask": b"MASK",
            },
            cast_to=Anything,
        )
    got = parts(server.requests[0])
    assert ("image[]", "first.png", "image/png", b"PNG-1") in got
    assert ("image[]", "second.png", "image/png", b"PNG-2") in got
    assert ("image[]", "third.bin", "image/webp", b"X") in got
    assert ("mask", "mask", "application/octet-stream", b"MASK") in got


def test_seekable_file_is_rewound_for_a_retry(server: LoopbackServer) -> None:
    server.script(Reply(status=500, body={}), Reply(body={}))
    with openai_client(server) as client:
        client.call(
            TRANSCRIBE, body={"model": "m"}, files={"file": ("a.wav", io.BytesIO(b"RIFF-data"))}, cast_to=Anything
        )
    assert len(server.requests) == 2
    assert [p[3] for p in parts(server.requests[1]) if p[0] == "file"] == [b"RIFF-data"]


class OneShot(io.RawIOBase):
    def __init__(self, data: bytes) -> None:
        self._data = data

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def read(self, size: int = -1) -> bytes:
        data, self._data = self._data, b""
        return data


def test_non_seekable_file_is_not_retried(server: LoopbackServer) -> None:
    server.script(Reply(status=500, body={}), Reply(body={}))
    with openai_client(server) as client, pytest.raises(InternalServerError):
        client.call(TRANSCRIBE, body={"model": "m"}, files={"file": ("a.wav", OneShot(b"once"))}, cast_to=Anything)
    assert len(server.requests) == 1


def test_bad_file_argument_is_a_type_error(server: LoopbackServer) -> None:
    with openai_client(server) as client, pytest.raises(TypeError, match="file field 'file'"):
        client.call(TRANSCRIBE, body={}, files={"file": 123}, cast_to=Anything)


def test_an_empty_multipart_body_is_refused_before_sending(server: LoopbackServer) -> None:
    """RFC 2046 gives a multipart body at least one part; one with none is a 400 at best."""
    with Client(api_key=FAKE_OPENAI_KEY, base_url=f"{server.url}/v1") as client:
        with pytest.raises(
            InvalidRequestError, match=r"CreateContainerFile: nothing to send: .* at least one field or file"
        ):
            client.containers.files.create(container_id="cntr_1")
    assert server.requests == []


def test_binary_response_buffered(server: LoopbackServer, tmp_path: Path) -> None:
    audio = bytes(range(256)) * 40
    server.script(Reply(body=audio, headers={"Content-Type": "audio/mpeg"}))
    with openai_client(server) as client:
        result = client.call(SPEECH, body={"model": "tts-1", "input": "hi", "voice": "alloy"}, cast_to=BinaryResponse)
    assert isinstance(result, BinaryResponse)
    assert result.content == audio
    assert result.headers["content-type"] == "audio/mpeg"
    result.write_to_file(tmp_path / "out.mp3")
    assert (tmp_path / "out.mp3").read_bytes() == audio
    assert b"".join(result.iter_bytes(100)) == audio


def test_binary_response_streamed_to_file(server: LoopbackServer, tmp_path: Path) -> None:
    audio = b"A" * 100_000
    server.script(Reply(body=audio))
    with openai_client(server) as client:
        result = client.with_options(stream_binary=True).call(SPEECH, body={"model": "tts-1"}, cast_to=BinaryResponse)
        assert not result._response.is_closed
        result.write_to_file(tmp_path / "speech.mp3")
        assert result._response.is_closed
    assert (tmp_path / "speech.mp3").read_bytes() == audio


async def test_async_binary_streamed(server: LoopbackServer, tmp_path: Path) -> None:
    server.script(Reply(body=b"B" * 5000), Reply(body=b"C" * 10))
    async with async_openai_client(server) as client:
        lazy = await client.with_options(stream_binary=True).call(SPEECH, body={}, cast_to=BinaryResponse)
        async with lazy:
            await lazy.awrite_to_file(tmp_path / "a.mp3")
        eager = await client.call(SPEECH, body={}, cast_to=BinaryResponse)
    assert (tmp_path / "a.mp3").read_bytes() == b"B" * 5000
    assert eager.content == b"C" * 10
