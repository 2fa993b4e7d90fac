"""The answer of audio transcriptions and translations is typed by `response_format` (x-connector-answer-by).

Each call is checked twice: `assert_type` by mypy (tests/ is type-checked), `isinstance` at run time
against a loopback server answering as the service does for that format.
"""

from __future__ import annotations

from typing import Literal, assert_type

from openai_connector.azure.types import AudioResponse, AudioVerboseResponse
from openai_connector.types import (
    CreateTranscriptionResponseDiarizedJson,
    Transcription,
    TranscriptionVerbose,
    Translation,
    TranslationVerbose,
)

from tests.runtime._helpers import DEPLOYMENT, async_client, sync_client
from tests.support.loopback import LoopbackServer, Reply

AUDIO = ("speech.mp3", b"ID3-fake-audio", "audio/mpeg")
PLAIN = Reply(body={"text": "hello"})
SEGMENT = {
    "id": 0,
    "seek": 0,
    "start": 0.0,
    "end": 1.5,
    "text": "hello",
    "tokens": [50364, 2425],
    "temperature": 0.0,
    "avg_logprob": -0.2,
    "compression_ratio": 0.6,
    "no_speech_prob": 0.01,
}
VERBOSE = Reply(
    body={"task": "transcribe", "language": "english", "duration": 1.5, "text": "hello", "segments": [SEGMENT]}
)
TEXT = Reply(body="1\n00:00:00,000 --> 00:00:01,500\nhello\n", headers={"Content-Type": "text/plain"})


def _formats(server: LoopbackServer) -> list[str | None]:
    """The `response_format` each request sent (None: not sent)."""
    found: list[str | None] = []
    for request in server.requests:
        marker = b'name="response_format"\r\n\r\n'
        at = request.body.find(marker)
        found.append(None if at < 0 else request.body[at + len(marker) :].split(b"\r\n", 1)[0].decode())
    return found


def test_transcription_answers_by_format(server: LoopbackServer) -> None:
    server.script(PLAIN, VERBOSE, TEXT)
    with sync_client(server.url, "openai") as client:
        plain = client.audio.transcriptions.create(file=AUDIO, model="whisper-1")
        verbose = client.audio.transcriptions.create(file=AUDIO, model="whisper-1", response_format="verbose_json")
        text = client.audio.transcriptions.create(file=AUDIO, model="whisper-1", response_format="srt")
    assert_type(plain, Transcription)
    assert_type(verbose, TranscriptionVerbose)
    assert_type(text, str)
    assert isinstance(plain, Transcription)
    assert plain.text == "hello"  # no narrowing needed for the default format
    assert isinstance(verbose, TranscriptionVerbose)
    assert verbose.duration == 1.5
    assert text.startswith("1\n00:00:00,000")
    assert _formats(server) == [None, "verbose_json", "srt"]


async def test_transcription_answers_by_format_async(server: LoopbackServer) -> None:
    server.script(PLAIN, VERBOSE, TEXT)
    async with async_client(server.url, "openai") as client:
        plain = await client.audio.transcriptions.create(file=AUDIO, model="whisper-1", response_format="json")
        verbose = await client.audio.transcriptions.create(
            file=AUDIO, model="whisper-1", response_format="verbose_json", stream=False
        )
        text = await client.audio.transcriptions.create(file=AUDIO, model="whisper-1", response_format="text")
    assert_type(plain, Transcription)
    assert_type(verbose, TranscriptionVerbose)
    assert_type(text, str)
    assert isinstance(plain, Transcription)
    assert isinstance(verbose, TranscriptionVerbose)
    assert isinstance(text, str)


def test_translation_answers_by_format(server: LoopbackServer) -> None:
    server.script(PLAIN, VERBOSE, TEXT)
    with sync_client(server.url, "openai") as client:
        plain = client.audio.translations.create(file=AUDIO, model="whisper-1")
        verbose = client.audio.translations.create(file=AUDIO, model="whisper-1", response_format="verbose_json")
        text = client.audio.translations.create(file=AUDIO, model="whisper-1", response_format="vtt")
    assert_type(plain, Translation)
    assert_type(verbose, TranslationVerbose)
    assert_type(text, str)
    assert isinstance(plain, Translation)
    assert isinstance(verbose, TranslationVerbose)
    assert isinstance(text, str)


async def test_translation_answers_by_format_async(server: LoopbackServer) -> None:
    server.script(PLAIN, VERBOSE, TEXT)
    async with async_client(server.url, "openai") as client:
        plain = await client.audio.translations.create(file=AUDIO, model="whisper-1")
        verbose = await client.audio.translations.create(file=AUDIO, model="whisper-1", response_format="verbose_json")
        text = await client.audio.translations.create(file=AUDIO, model="whisper-1", response_format="text")
    assert_type(plain, Translation)
    assert_type(verbose, TranslationVerbose)
    assert_type(text, str)
    assert isinstance(plain, Translation)
    assert isinstance(verbose, TranslationVerbose)
    assert isinstance(text, str)


def test_a_format_known_only_at_run_time_gets_the_whole_union(server: LoopbackServer) -> None:
    server.script(PLAIN)
    chosen: Literal["json", "text", "srt", "verbose_json", "vtt"] = _chosen("json")
    with sync_client(server.url, "openai") as client:
        reply = client.audio.translations.create(file=AUDIO, model="whisper-1", response_format=chosen)
    assert_type(reply, Translation | TranslationVerbose | str)  # the catch-all overload
    assert isinstance(reply, Translation)


def _chosen(
    value: Literal["json", "text", "srt", "verbose_json", "vtt"],
) -> Literal["json", "text", "srt", "verbose_json", "vtt"]:
    """The format as a program would hold it: any of them, not one literal."""
    return value


def test_azure_transcription_answers_by_format(server: LoopbackServer) -> None:
    server.script(PLAIN, VERBOSE, TEXT)
    with sync_client(server.url, "azure") as client:
        audio = client.azure.audio.transcriptions
        plain = audio.create(deployment_id=DEPLOYMENT, file=AUDIO)
        verbose = audio.create(deployment_id=DEPLOYMENT, file=AUDIO, response_format="verbose_json")
        text = audio.create(deployment_id=DEPLOYMENT, file=AUDIO, response_format="srt")
    assert_type(plain, AudioResponse)
    assert_type(verbose, AudioVerboseResponse)
    assert_type(text, str)
    assert isinstance(plain, AudioResponse)
    assert isinstance(verbose, AudioVerboseResponse)
    assert isinstance(text, str)


def test_a_verbose_answer_without_segments_is_the_verbose_model(server: LoopbackServer) -> None:
    """Silence: no segments, so the body fits the diarized model too; the format says which it is."""
    silent = {"task": "transcribe", "language": "english", "duration": 1.5, "text": "", "segments": []}
    server.script(Reply(body=silent))
    with sync_client(server.url, "openai") as client:
        verbose = client.audio.transcriptions.create(file=AUDIO, model="whisper-1", response_format="verbose_json")
    assert isinstance(verbose, TranscriptionVerbose)
    assert verbose.segments == []


def test_the_views_take_every_format_and_answer_the_whole_union(server: LoopbackServer) -> None:
    """mypy reads an overloaded method's first overload for a view: the views read the catch-all instead."""
    server.script(TEXT)
    with sync_client(server.url, "openai") as client:
        raw = client.audio.transcriptions.with_raw_response.create(file=AUDIO, model="whisper-1", response_format="vtt")
    reply = raw.parse()
    assert_type(reply, Transcription | CreateTranscriptionResponseDiarizedJson | TranscriptionVerbose | str)
    assert isinstance(reply, str)
    assert _formats(server) == ["vtt"]


async def test_the_async_views_take_every_format(server: LoopbackServer) -> None:
    server.script(TEXT)
    async with async_client(server.url, "openai") as client:
        streamed = client.audio.translations.with_streaming_response.create(
            file=AUDIO, model="whisper-1", response_format="srt"
        )
        async with streamed as response:
            reply = await response.parse()
    assert_type(reply, Translation | TranslationVerbose | str)
    assert isinstance(reply, str)
