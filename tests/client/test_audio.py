# Re-record: `make record` (TARGET=reference|prism|live), or alone:
# OPENAI_CONNECTOR_RECORD_TARGET=reference pytest tests/client/test_audio.py --record-mode=rewrite
"""Audio: speech (binary answer), transcription and translation (multipart; json and text formats)."""

from __future__ import annotations

import pytest
from openai_connector import AsyncClient, Client
from openai_connector.azure.types import AudioResponse
from openai_connector.types import Transcription, Translation

from tests.client.conftest import DEPLOYMENT, MP3

pytestmark = pytest.mark.vcr

AUDIO = ("speech.mp3", MP3, "audio/mpeg")


def test_speech_binary(openai: Client) -> None:
    audio = openai.audio.speech.create(model="gpt-4o-mini-tts", input="Hello!", voice="alloy")
    assert audio.status_code == 200
    assert audio.content[:3] == b"ID3" or audio.content[:2] == b"\xff\xfb"


async def test_speech_binary_async(async_openai: AsyncClient) -> None:
    audio = await async_openai.audio.speech.create(model="gpt-4o-mini-tts", input="Hello!", voice="alloy")
    assert len(audio.content) > 16


def test_transcription_json(openai: Client) -> None:
    reply = openai.audio.transcriptions.create(file=AUDIO, model="whisper-1")
    assert isinstance(reply, Transcription)  # the default response_format, json
    assert isinstance(reply.text, str)


def test_transcription_text(openai: Client) -> None:
    """`response_format=text`: the typed method expects JSON, so plain text goes through `client.request`."""
    reply = openai.request(
        "POST",
        "/audio/transcriptions",
        data={"model": "whisper-1", "response_format": "text"},
        files={"file": AUDIO},
        response_type="text",
    )
    assert isinstance(reply.body, str)
    assert reply.body.strip()


def test_translation_json(openai: Client) -> None:
    reply = openai.audio.translations.create(file=AUDIO, model="whisper-1")
    assert isinstance(reply, Translation)
    assert isinstance(reply.text, str)


def test_azure_transcription_json(azure: Client) -> None:
    reply = azure.audio.transcriptions.create(file=AUDIO, model=DEPLOYMENT)
    assert isinstance(reply, Transcription)
    assert isinstance(reply.text, str)


def test_azure_typed_translation_json(azure: Client) -> None:
    reply = azure.azure.audio.translations.create(deployment_id=DEPLOYMENT, file=AUDIO, response_format="json")
    assert isinstance(reply, AudioResponse)
    assert isinstance(reply.text, str)


def test_azure_translation_text(azure: Client) -> None:
    reply = azure.request(
        "POST",
        f"/deployments/{DEPLOYMENT}/audio/translations",
        data={"response_format": "text"},
        files={"file": AUDIO},
        response_type="text",
    )
    assert isinstance(reply.body, str)
