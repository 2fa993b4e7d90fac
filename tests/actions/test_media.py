"""Images, audio and embeddings on OpenAI, Azure classic (where Azure's spec has them) and Azure v1 (loopback)."""

from __future__ import annotations

import base64
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import pytest
from openai_connector.lib.actions import Actions, AsyncActions, NotOfferedError, decode_base64_embedding

from tests.actions.conftest import PLATFORMS, make_async_client, make_client
from tests.support.fake_openai import FakeOpenAI
from tests.support.loopback import LoopbackServer, Reply

PNG = b"\x89PNG\r\n\x1a\nfake"
IMAGES = {"created": 1, "data": [{"b64_json": base64.b64encode(PNG).decode()}, {"url": "URL"}]}
PREFIX = {"openai": "/v1", "azure": "/openai/deployments/dep", "azure_v1": "/openai/v1"}


@pytest.mark.parametrize("platform", PLATFORMS)
def test_generate_image_and_save(server: LoopbackServer, platform: str, tmp_path: Path) -> None:
    body = {"created": 1, "data": [{"b64_json": base64.b64encode(PNG).decode()}]}
    server.script(Reply(body=body))
    actions = Actions(make_client(server.url, platform))
    answer = actions.generate_image(
        "a cat", model="dep", n=1, size="1024x1024", quality="hd", style="vivid", response_format="b64_json", user="u"
    )
    sent = server.requests[-1]
    assert sent.path == f"{PREFIX[platform]}/images/generations"
    assert sent.json() == {
        "prompt": "a cat",
        "model": "dep",
        "n": 1,
        "size": "1024x1024",
        "quality": "hd",
        "style": "vivid",
        "response_format": "b64_json",
        "user": "u",
    }
    paths = actions.save_images(answer.data or [], tmp_path / "out")
    assert [p.read_bytes() for p in paths] == [PNG]


def test_image_count_is_checked(server: LoopbackServer) -> None:
    with pytest.raises(ValueError, match="between 1 and 10"):
        Actions(make_client(server.url, "openai")).generate_image("x", n=11)
    assert server.requests == []


@pytest.mark.parametrize("platform", ["openai", "azure_v1"])
def test_edit_image_multipart_with_mask(server: LoopbackServer, platform: str, tmp_path: Path) -> None:
    image, mask = tmp_path / "in.png", tmp_path / "mask.png"
    image.write_bytes(PNG)
    mask.write_bytes(b"MASK")
    server.script(Reply(body=IMAGES))
    answer = Actions(make_client(server.url, platform)).edit_image(image, "add a hat", mask=mask, n=2, size="512x512")
    assert len(answer.data or []) == 2
    sent = server.requests[-1]
    assert sent.path == f"{PREFIX[platform]}/images/edits"
    assert sent.headers["content-type"].startswith("multipart/form-data")
    assert b'name="image"; filename="in.png"' in sent.body
    assert b'name="mask"; filename="mask.png"' in sent.body
    assert b"MASK" in sent.body
    assert b'name="prompt"\r\n\r\nadd a hat' in sent.body


@pytest.mark.parametrize("platform", ["openai", "azure_v1"])
async def test_image_variation_async(server: LoopbackServer, platform: str) -> None:
    server.script(Reply(body=IMAGES))
    answer = await AsyncActions(make_async_client(server.url, platform)).image_variation(("a.png", PNG), n=2)
    assert answer.data is not None and answer.data[1].url == "URL"
    assert server.requests[-1].path == f"{PREFIX[platform]}/images/variations"
    assert PNG in server.requests[-1].body


@pytest.mark.parametrize("action", ["edit", "variation", "speech", "moderation"])
def test_not_offered_by_azure_classic(server: LoopbackServer, action: str) -> None:
    actions = Actions(make_client(server.url, "azure"))
    calls: dict[str, Callable[[], object]] = {
        "edit": lambda: actions.edit_image(PNG, "x", model="dep"),
        "variation": lambda: actions.image_variation(PNG, model="dep"),
        "speech": lambda: actions.speech("hi", model="dep"),
        "moderation": lambda: actions.moderate("hi"),
    }
    with pytest.raises(NotOfferedError, match="not offered by Azure OpenAI api-version 2024-10-21"):
        calls[action]()
    assert server.requests == []


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("translate", [False, True])
def test_transcribe_and_translate_json(server: LoopbackServer, platform: str, translate: bool) -> None:
    server.script(Reply(body={"text": "hello"}))
    actions = Actions(make_client(server.url, platform))
    file = ("a.mp3", b"ID3audio")
    if translate:
        answer = actions.translate(file, model="dep", prompt="p", temperature=0.1, response_format="json")
    else:
        answer = actions.transcribe(
            file, model="dep", prompt="p", temperature=0.1, response_format="json", language="en"
        )
    assert answer.text == "hello"
    sent = server.requests[-1]
    assert sent.path == f"{PREFIX[platform]}/audio/{'translations' if translate else 'transcriptions'}"
    assert b"ID3audio" in sent.body
    assert b'name="temperature"\r\n\r\n0.1' in sent.body
    assert (b'name="language"' in sent.body) is (not translate)


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("fmt", ["text", "srt", "vtt"])
def test_transcribe_text_formats(server: LoopbackServer, platform: str, fmt: str) -> None:
    server.script(Reply(body="1\n00:00:00,000 --> 00:00:01,000\nhello\n", headers={"Content-Type": "text/plain"}))
    answer = Actions(make_client(server.url, platform)).transcribe(b"audio", model="dep", response_format=fmt)
    assert answer.endswith("hello\n")
    sent = server.requests[-1]
    assert sent.path == f"{PREFIX[platform]}/audio/transcriptions"
    assert f'name="response_format"\r\n\r\n{fmt}'.encode() in sent.body
    assert sent.query.get("api-version") == (["2024-10-21"] if platform == "azure" else None)


@pytest.mark.parametrize("platform", ["openai", "azure_v1"])
def test_speech_to_bytes_and_file(server: LoopbackServer, platform: str, tmp_path: Path) -> None:
    server.script(Reply(body=b"MP3DATA", headers={"Content-Type": "audio/mpeg"}))
    out = tmp_path / "a.mp3"
    audio = Actions(make_client(server.url, platform)).speech(
        "hi", model="tts-1", voice="nova", response_format="mp3", speed=1.5, to=out
    )
    assert audio == b"MP3DATA" == out.read_bytes()
    assert server.requests[-1].json() == {
        "model": "tts-1",
        "input": "hi",
        "voice": "nova",
        "response_format": "mp3",
        "speed": 1.5,
    }


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("encoding", ["float", "base64"])
def test_embeddings(fake: FakeOpenAI, platform: str, encoding: Literal["float", "base64"]) -> None:
    result = Actions(make_client(fake.url, platform)).embed(
        ["ab", "abc"], model="dep", dimensions=3, encoding_format=encoding
    )
    assert result.vectors == [[2.0, 0.5, -1.0], [3.0, 0.5, -1.0]]
    seen = fake.requests[-1]
    assert seen.path.endswith("/embeddings")
    assert (seen.path == "/openai/deployments/dep/embeddings") is (platform == "azure")
    assert ("api-version=2024-10-21" in seen.query) is (platform == "azure")


async def test_async_embeddings_single_string(fake: FakeOpenAI) -> None:
    result = await AsyncActions(make_async_client(fake.url, "azure")).embed(
        "abcd", model="dep", encoding_format="base64"
    )
    assert result.vectors == [[4.0, 0.5, -1.0]]


def test_decode_base64_embedding() -> None:
    assert decode_base64_embedding(base64.b64encode(struct.pack("<2f", 1.5, -2.0)).decode()) == [1.5, -2.0]
