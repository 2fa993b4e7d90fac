# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast, overload

from ..lib._operation import Operation
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._response import BinaryResponse
from ..lib._streaming import AsyncStream, Stream
from ..lib._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query, Timeout
from ..lib._views import (
    ResourceView,
    StreamingResourceView,
    async_raw_method,
    async_streamed_method,
    raw_method,
    streamed_method,
)

if TYPE_CHECKING:
    from ..lib._pagination import (
        AsyncCursorPage,
        AsyncPaginator,
        SyncCursorPage,
    )
    from ..types.audio_response_format import AudioResponseFormat
    from ..types.create_transcription_response_diarized_json import CreateTranscriptionResponseDiarizedJson
    from ..types.create_transcription_response_stream_event import CreateTranscriptionResponseStreamEvent
    from ..types.transcription import Transcription
    from ..types.transcription_include import TranscriptionInclude
    from ..types.transcription_verbose import TranscriptionVerbose
    from ..types.translation import Translation
    from ..types.translation_verbose import TranslationVerbose
    from ..types.vad_config import VadConfigParam
    from ..types.voice_consent_deleted_resource import VoiceConsentDeletedResource
    from ..types.voice_consent_resource import VoiceConsentResource
    from ..types.voice_ids_or_custom_voice import VoiceIdsOrCustomVoiceParam
    from ..types.voice_resource import VoiceResource

_CREATE_SPEECH = Operation(
    api="openai",
    operation_id="createSpeech",
    method="POST",
    path="/audio/speech",
    request_kind="json",
    response_kind="binary",
    accept="application/octet-stream",
    checks={
        "body": {
            "model": {"type": "string"},
            "input": {"type": "string", "maxLength": 4096},
            "instructions": {"type": "string", "maxLength": 4096},
            "voice": {"anyOf": [{"type": "string"}, {"type": "object"}]},
            "response_format": {"type": "string"},
            "speed": {"type": "number", "minimum": 0.25, "maximum": 4},
            "stream_format": {"type": "string"},
        }
    },
    security=("api_key",),
    version_param="api-version",
)

_CREATE_TRANSCRIPTION = Operation(
    api="openai",
    operation_id="createTranscription",
    method="POST",
    path="/audio/transcriptions",
    request_kind="multipart",
    response_kind="json_or_text",
    accept="application/json, text/plain",
    checks={
        "body": {
            "model": {"type": "string"},
            "language": {"type": "string"},
            "languages": {"type": "array", "minItems": 1},
            "keywords": {"type": "array"},
            "prompt": {"type": "string"},
            "response_format": {"type": "string"},
            "temperature": {"type": "number"},
            "include": {"type": "array"},
            "timestamp_granularities": {"type": "array"},
            "stream": {"type": "boolean", "nullable": True},
            "chunking_strategy": {"anyOf": [{"type": "string"}, {"type": "object"}], "nullable": True},
            "known_speaker_names": {"type": "array", "maxItems": 4},
            "known_speaker_references": {"type": "array", "maxItems": 4},
        }
    },
    security=("api_key",),
    deployment_scoped=True,
    version_param="api-version",
    upload_formats={"file": ("flac", "m4a", "mp3", "mp4", "mpeg", "mpga", "ogg", "wav", "webm")},
)

_CREATE_TRANSLATION = Operation(
    api="openai",
    operation_id="createTranslation",
    method="POST",
    path="/audio/translations",
    request_kind="multipart",
    response_kind="json_or_text",
    accept="application/json, text/plain",
    checks={
        "body": {
            "model": {"type": "string"},
            "prompt": {"type": "string"},
            "response_format": {"type": "string"},
            "temperature": {"type": "number"},
        }
    },
    security=("api_key",),
    deployment_scoped=True,
    version_param="api-version",
    upload_formats={"file": ("flac", "m4a", "mp3", "mp4", "mpeg", "mpga", "ogg", "wav", "webm")},
)

_LIST_VOICE_CONSENTS = Operation(
    api="openai",
    operation_id="listVoiceConsents",
    method="GET",
    path="/audio/voice_consents",
    request_kind="none",
    response_kind="json",
    checks={"query": {"after": {"type": "string"}, "limit": {"type": "integer"}}},
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_CREATE_VOICE_CONSENT = Operation(
    api="openai",
    operation_id="createVoiceConsent",
    method="POST",
    path="/audio/voice_consents",
    request_kind="multipart",
    response_kind="json",
    checks={"body": {"name": {"type": "string"}, "language": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_GET_VOICE_CONSENT = Operation(
    api="openai",
    operation_id="getVoiceConsent",
    method="GET",
    path="/audio/voice_consents/{consent_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"consent_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_UPDATE_VOICE_CONSENT = Operation(
    api="openai",
    operation_id="updateVoiceConsent",
    method="POST",
    path="/audio/voice_consents/{consent_id}",
    request_kind="json",
    response_kind="json",
    checks={"path": {"consent_id": {"type": "string"}}, "body": {"name": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_DELETE_VOICE_CONSENT = Operation(
    api="openai",
    operation_id="deleteVoiceConsent",
    method="DELETE",
    path="/audio/voice_consents/{consent_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"consent_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_CREATE_VOICE = Operation(
    api="openai",
    operation_id="createVoice",
    method="POST",
    path="/audio/voices",
    request_kind="multipart",
    response_kind="json",
    checks={"body": {"name": {"type": "string"}, "consent": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)


class Audio(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AudioWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AudioWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AudioWithStreamingResponse(self)

    @cached_property
    def speech(self) -> AudioSpeech:
        return AudioSpeech(self._client)

    @cached_property
    def transcriptions(self) -> AudioTranscriptions:
        return AudioTranscriptions(self._client)

    @cached_property
    def translations(self) -> AudioTranslations:
        return AudioTranslations(self._client)

    @cached_property
    def voice_consents(self) -> AudioVoiceConsents:
        return AudioVoiceConsents(self._client)

    @cached_property
    def voices(self) -> AudioVoices:
        return AudioVoices(self._client)


class AsyncAudio(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAudioWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAudioWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAudioWithStreamingResponse(self)

    @cached_property
    def speech(self) -> AsyncAudioSpeech:
        return AsyncAudioSpeech(self._client)

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptions:
        return AsyncAudioTranscriptions(self._client)

    @cached_property
    def translations(self) -> AsyncAudioTranslations:
        return AsyncAudioTranslations(self._client)

    @cached_property
    def voice_consents(self) -> AsyncAudioVoiceConsents:
        return AsyncAudioVoiceConsents(self._client)

    @cached_property
    def voices(self) -> AsyncAudioVoices:
        return AsyncAudioVoices(self._client)


class AudioSpeech(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AudioSpeechWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AudioSpeechWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioSpeechWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AudioSpeechWithStreamingResponse(self)

    def create(
        self,
        *,
        model: str | Literal["tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"],
        input: str,
        instructions: str | NotGiven = NOT_GIVEN,
        voice: VoiceIdsOrCustomVoiceParam,
        response_format: Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | NotGiven = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        stream_format: Literal["sse", "audio"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Generates audio from the input text.

        Returns the audio file content, or a stream of audio events.

        Args:
          model: One of the available [TTS models](/docs/models#tts): `tts-1`, `tts-1-hd`, `gpt-4o-mini-tts`, or `gpt-4o-mini-tts-2025-12-15`.
          input: The text to generate audio for. The maximum length is 4096 characters.
          instructions: Control the voice of your generated audio with additional instructions. Does not work with `tts-1` or `tts-1-hd`.
          voice: The voice to use when generating the audio. Supported built-in voices are `alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `onyx`, `nova`, `sage`, `shimmer`, `verse`, `marin`, and `cedar`. You may also provide a custom voice object with an `id`, for example `{ "id": "voice_1234" }`. Previews of the voices are available in the [Text to speech guide](/docs/guides/text-to-speech#voice-options).
          response_format: The format to audio in. Supported formats are `mp3`, `opus`, `aac`, `flac`, `wav`, and `pcm`.
          speed: The speed of the generated audio. Select a value from `0.25` to `4.0`. `1.0` is the default.
          stream_format: The format to stream the audio in. Supported formats are `sse` and `audio`. `sse` is not supported for `tts-1` or `tts-1-hd`.
        """

        return cast(
            "BinaryResponse",
            self._client.call(
                _CREATE_SPEECH,
                body={
                    "model": model,
                    "input": input,
                    "instructions": instructions,
                    "voice": voice,
                    "response_format": response_format,
                    "speed": speed,
                    "stream_format": stream_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BinaryResponse,
            ),
        )


class AsyncAudioSpeech(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAudioSpeechWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAudioSpeechWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioSpeechWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAudioSpeechWithStreamingResponse(self)

    async def create(
        self,
        *,
        model: str | Literal["tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"],
        input: str,
        instructions: str | NotGiven = NOT_GIVEN,
        voice: VoiceIdsOrCustomVoiceParam,
        response_format: Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | NotGiven = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        stream_format: Literal["sse", "audio"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Generates audio from the input text.

        Returns the audio file content, or a stream of audio events.

        Args:
          model: One of the available [TTS models](/docs/models#tts): `tts-1`, `tts-1-hd`, `gpt-4o-mini-tts`, or `gpt-4o-mini-tts-2025-12-15`.
          input: The text to generate audio for. The maximum length is 4096 characters.
          instructions: Control the voice of your generated audio with additional instructions. Does not work with `tts-1` or `tts-1-hd`.
          voice: The voice to use when generating the audio. Supported built-in voices are `alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `onyx`, `nova`, `sage`, `shimmer`, `verse`, `marin`, and `cedar`. You may also provide a custom voice object with an `id`, for example `{ "id": "voice_1234" }`. Previews of the voices are available in the [Text to speech guide](/docs/guides/text-to-speech#voice-options).
          response_format: The format to audio in. Supported formats are `mp3`, `opus`, `aac`, `flac`, `wav`, and `pcm`.
          speed: The speed of the generated audio. Select a value from `0.25` to `4.0`. `1.0` is the default.
          stream_format: The format to stream the audio in. Supported formats are `sse` and `audio`. `sse` is not supported for `tts-1` or `tts-1-hd`.
        """

        return cast(
            "BinaryResponse",
            await self._client.call(
                _CREATE_SPEECH,
                body={
                    "model": model,
                    "input": input,
                    "instructions": instructions,
                    "voice": voice,
                    "response_format": response_format,
                    "speed": speed,
                    "stream_format": stream_format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BinaryResponse,
            ),
        )


class AudioTranscriptions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AudioTranscriptionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AudioTranscriptionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioTranscriptionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AudioTranscriptionsWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: str
        | Literal[
            "whisper-1",
            "gpt-transcribe",
            "gpt-4o-transcribe",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe-diarize",
        ],
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[TranscriptionInclude] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfigParam | NotGiven | None = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Transcription: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: str
        | Literal[
            "whisper-1",
            "gpt-transcribe",
            "gpt-4o-transcribe",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe-diarize",
        ],
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["verbose_json"],
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[TranscriptionInclude] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfigParam | NotGiven | None = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> TranscriptionVerbose: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: str
        | Literal[
            "whisper-1",
            "gpt-transcribe",
            "gpt-4o-transcribe",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe-diarize",
        ],
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["diarized_json"],
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[TranscriptionInclude] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfigParam | NotGiven | None = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CreateTranscriptionResponseDiarizedJson: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: str
        | Literal[
            "whisper-1",
            "gpt-transcribe",
            "gpt-4o-transcribe",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe-diarize",
        ],
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["text", "srt", "vtt"],
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[TranscriptionInclude] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfigParam | NotGiven | None = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: str
        | Literal[
            "whisper-1",
            "gpt-transcribe",
            "gpt-4o-transcribe",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe-diarize",
        ],
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[TranscriptionInclude] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfigParam | NotGiven | None = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Transcription | CreateTranscriptionResponseDiarizedJson | TranscriptionVerbose | str: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: str
        | Literal[
            "whisper-1",
            "gpt-transcribe",
            "gpt-4o-transcribe",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe-diarize",
        ],
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[TranscriptionInclude] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfigParam | NotGiven | None = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[CreateTranscriptionResponseStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: str
        | Literal[
            "whisper-1",
            "gpt-transcribe",
            "gpt-4o-transcribe",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe-diarize",
        ],
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[TranscriptionInclude] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfigParam | NotGiven | None = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> (
        Transcription
        | CreateTranscriptionResponseDiarizedJson
        | TranscriptionVerbose
        | str
        | Stream[CreateTranscriptionResponseStreamEvent]
    ): ...

    def create(
        self,
        *,
        file: FileTypes,
        model: str
        | Literal[
            "whisper-1",
            "gpt-transcribe",
            "gpt-4o-transcribe",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe-diarize",
        ],
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[TranscriptionInclude] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfigParam | NotGiven | None = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> (
        Transcription
        | CreateTranscriptionResponseDiarizedJson
        | TranscriptionVerbose
        | str
        | Stream[CreateTranscriptionResponseStreamEvent]
    ):
        """Transcribes audio into the input language.

        Returns a transcription object in `json`, `diarized_json`, or `verbose_json`
        format, or a stream of transcript events.

        Args:
          file: The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm. The request must include enough format metadata for the file to be identified. We recommend an extension-bearing filename and an appropriate content type.
          model: ID of the model to use. The options are `gpt-transcribe`, `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `whisper-1` (which is powered by our open source Whisper V2 model), and `gpt-4o-transcribe-diarize`.
          language: The language of the input audio. Supplying the input language in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format will improve accuracy and latency.
          languages: Possible languages of the input audio, in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format. Supported by `gpt-transcribe`.
          keywords: Words or phrases to guide transcription of the input audio. Supported by `gpt-transcribe`.
          prompt: An optional text to guide the model's style or continue a previous audio segment. The [prompt](/docs/guides/speech-to-text#prompting) should match the audio language. This field is not supported when using `gpt-4o-transcribe-diarize`.
          response_format: The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, `vtt`, or `diarized_json`. For `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`, the only supported format is `json`. For `gpt-4o-transcribe-diarize`, the supported formats are `json`, `text`, and `diarized_json`, with `diarized_json` required to receive speaker annotations.
          temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.
          include: Additional information to include in the transcription response. `logprobs` will return the log probabilities of the tokens in the response to understand the model's confidence in the transcription. `logprobs` only works with response_format set to `json` and only with the models `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and `gpt-4o-mini-transcribe-2025-12-15`. This field is not supported when using `gpt-4o-transcribe-diarize`.
          timestamp_granularities: The timestamp granularities to populate for this transcription. `response_format` must be set `verbose_json` to use timestamp granularities. Either or both of these options are supported: `word`, or `segment`. Note: There is no additional latency for segment timestamps, but generating word timestamps incurs additional latency. This option is not available for `gpt-4o-transcribe-diarize`.
          stream: If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section of the Speech-to-Text guide](/docs/guides/speech-to-text?lang=curl#streaming-transcriptions) for more information. Note: Streaming is not supported for the `whisper-1` model and will be ignored.
          chunking_strategy: Controls how the audio is cut into chunks. When set to `"auto"`, the server first normalizes loudness and then uses voice activity detection (VAD) to choose boundaries. `server_vad` object can be provided to tweak VAD detection parameters manually. If unset, the audio is transcribed as a single block. Required when using `gpt-4o-transcribe-diarize` for inputs longer than 30 seconds.
          known_speaker_names: Optional list of speaker names that correspond to the audio samples provided in `known_speaker_references[]`. Each entry should be a short identifier (for example `customer` or `agent`). Up to 4 speakers are supported.
          known_speaker_references: Optional list of audio samples (as [data URLs](https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs)) that contain known speaker references matching `known_speaker_names[]`. Each sample must be between 2 and 10 seconds, and can use any of the same input audio formats supported by `file`.
        """

        from ..types.create_transcription_response_diarized_json import CreateTranscriptionResponseDiarizedJson
        from ..types.transcription import Transcription
        from ..types.transcription_verbose import TranscriptionVerbose

        if stream is True:
            from ..types.create_transcription_response_stream_event import CreateTranscriptionResponseStreamEvent

            return cast(
                "Stream[CreateTranscriptionResponseStreamEvent]",
                self._client.call_stream(
                    _CREATE_TRANSCRIPTION,
                    body={
                        "model": model,
                        "language": language,
                        "languages": languages,
                        "keywords": keywords,
                        "prompt": prompt,
                        "response_format": response_format,
                        "temperature": temperature,
                        "include": include,
                        "timestamp_granularities": timestamp_granularities,
                        "stream": stream,
                        "chunking_strategy": chunking_strategy,
                        "known_speaker_names": known_speaker_names,
                        "known_speaker_references": known_speaker_references,
                    },
                    files={"file": file},
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=CreateTranscriptionResponseStreamEvent,
                ),
            )
        return cast(
            "Transcription | CreateTranscriptionResponseDiarizedJson | TranscriptionVerbose | str | Stream[CreateTranscriptionResponseStreamEvent]",
            self._client.call(
                _CREATE_TRANSCRIPTION,
                body={
                    "model": model,
                    "language": language,
                    "languages": languages,
                    "keywords": keywords,
                    "prompt": prompt,
                    "response_format": response_format,
                    "temperature": temperature,
                    "include": include,
                    "timestamp_granularities": timestamp_granularities,
                    "stream": stream,
                    "chunking_strategy": chunking_strategy,
                    "known_speaker_names": known_speaker_names,
                    "known_speaker_references": known_speaker_references,
                },
                files={"file": file},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to={
                    "json": Transcription,
                    "verbose_json": TranscriptionVerbose,
                    "diarized_json": CreateTranscriptionResponseDiarizedJson,
                }.get(
                    response_format if isinstance(response_format, str) else "json",
                    Transcription | CreateTranscriptionResponseDiarizedJson | TranscriptionVerbose,
                ),
            ),
        )

    if TYPE_CHECKING:  # what `with_raw_response` / `with_streaming_response` read: all answers

        def _create_any(
            self,
            *,
            file: FileTypes,
            model: str
            | Literal[
                "whisper-1",
                "gpt-transcribe",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ],
            language: str | NotGiven = NOT_GIVEN,
            languages: Sequence[str] | NotGiven = NOT_GIVEN,
            keywords: Sequence[str] | NotGiven = NOT_GIVEN,
            prompt: str | NotGiven = NOT_GIVEN,
            response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
            temperature: float | NotGiven = NOT_GIVEN,
            include: Sequence[TranscriptionInclude] | NotGiven = NOT_GIVEN,
            timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
            chunking_strategy: Literal["auto"] | VadConfigParam | NotGiven | None = NOT_GIVEN,
            known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
            known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
            stream: Literal[False] | NotGiven | None = NOT_GIVEN,
            extra_headers: Headers | None = None,
            extra_query: Query | None = None,
            extra_body: Body | None = None,
            timeout: Timeout | NotGiven = NOT_GIVEN,
        ) -> Transcription | CreateTranscriptionResponseDiarizedJson | TranscriptionVerbose | str: ...


class AsyncAudioTranscriptions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAudioTranscriptionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAudioTranscriptionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioTranscriptionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAudioTranscriptionsWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: str
        | Literal[
            "whisper-1",
            "gpt-transcribe",
            "gpt-4o-transcribe",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe-diarize",
        ],
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[TranscriptionInclude] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfigParam | NotGiven | None = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Transcription: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: str
        | Literal[
            "whisper-1",
            "gpt-transcribe",
            "gpt-4o-transcribe",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe-diarize",
        ],
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["verbose_json"],
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[TranscriptionInclude] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfigParam | NotGiven | None = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> TranscriptionVerbose: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: str
        | Literal[
            "whisper-1",
            "gpt-transcribe",
            "gpt-4o-transcribe",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe-diarize",
        ],
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["diarized_json"],
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[TranscriptionInclude] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfigParam | NotGiven | None = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CreateTranscriptionResponseDiarizedJson: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: str
        | Literal[
            "whisper-1",
            "gpt-transcribe",
            "gpt-4o-transcribe",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe-diarize",
        ],
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["text", "srt", "vtt"],
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[TranscriptionInclude] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfigParam | NotGiven | None = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: str
        | Literal[
            "whisper-1",
            "gpt-transcribe",
            "gpt-4o-transcribe",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe-diarize",
        ],
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[TranscriptionInclude] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfigParam | NotGiven | None = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Transcription | CreateTranscriptionResponseDiarizedJson | TranscriptionVerbose | str: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: str
        | Literal[
            "whisper-1",
            "gpt-transcribe",
            "gpt-4o-transcribe",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe-diarize",
        ],
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[TranscriptionInclude] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfigParam | NotGiven | None = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[CreateTranscriptionResponseStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: str
        | Literal[
            "whisper-1",
            "gpt-transcribe",
            "gpt-4o-transcribe",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe-diarize",
        ],
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[TranscriptionInclude] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfigParam | NotGiven | None = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> (
        Transcription
        | CreateTranscriptionResponseDiarizedJson
        | TranscriptionVerbose
        | str
        | AsyncStream[CreateTranscriptionResponseStreamEvent]
    ): ...

    async def create(
        self,
        *,
        file: FileTypes,
        model: str
        | Literal[
            "whisper-1",
            "gpt-transcribe",
            "gpt-4o-transcribe",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe-diarize",
        ],
        language: str | NotGiven = NOT_GIVEN,
        languages: Sequence[str] | NotGiven = NOT_GIVEN,
        keywords: Sequence[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: Sequence[TranscriptionInclude] | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfigParam | NotGiven | None = NOT_GIVEN,
        known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> (
        Transcription
        | CreateTranscriptionResponseDiarizedJson
        | TranscriptionVerbose
        | str
        | AsyncStream[CreateTranscriptionResponseStreamEvent]
    ):
        """Transcribes audio into the input language.

        Returns a transcription object in `json`, `diarized_json`, or `verbose_json`
        format, or a stream of transcript events.

        Args:
          file: The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm. The request must include enough format metadata for the file to be identified. We recommend an extension-bearing filename and an appropriate content type.
          model: ID of the model to use. The options are `gpt-transcribe`, `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `whisper-1` (which is powered by our open source Whisper V2 model), and `gpt-4o-transcribe-diarize`.
          language: The language of the input audio. Supplying the input language in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format will improve accuracy and latency.
          languages: Possible languages of the input audio, in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format. Supported by `gpt-transcribe`.
          keywords: Words or phrases to guide transcription of the input audio. Supported by `gpt-transcribe`.
          prompt: An optional text to guide the model's style or continue a previous audio segment. The [prompt](/docs/guides/speech-to-text#prompting) should match the audio language. This field is not supported when using `gpt-4o-transcribe-diarize`.
          response_format: The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, `vtt`, or `diarized_json`. For `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`, the only supported format is `json`. For `gpt-4o-transcribe-diarize`, the supported formats are `json`, `text`, and `diarized_json`, with `diarized_json` required to receive speaker annotations.
          temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.
          include: Additional information to include in the transcription response. `logprobs` will return the log probabilities of the tokens in the response to understand the model's confidence in the transcription. `logprobs` only works with response_format set to `json` and only with the models `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and `gpt-4o-mini-transcribe-2025-12-15`. This field is not supported when using `gpt-4o-transcribe-diarize`.
          timestamp_granularities: The timestamp granularities to populate for this transcription. `response_format` must be set `verbose_json` to use timestamp granularities. Either or both of these options are supported: `word`, or `segment`. Note: There is no additional latency for segment timestamps, but generating word timestamps incurs additional latency. This option is not available for `gpt-4o-transcribe-diarize`.
          stream: If set to true, the model response data will be streamed to the client as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format). See the [Streaming section of the Speech-to-Text guide](/docs/guides/speech-to-text?lang=curl#streaming-transcriptions) for more information. Note: Streaming is not supported for the `whisper-1` model and will be ignored.
          chunking_strategy: Controls how the audio is cut into chunks. When set to `"auto"`, the server first normalizes loudness and then uses voice activity detection (VAD) to choose boundaries. `server_vad` object can be provided to tweak VAD detection parameters manually. If unset, the audio is transcribed as a single block. Required when using `gpt-4o-transcribe-diarize` for inputs longer than 30 seconds.
          known_speaker_names: Optional list of speaker names that correspond to the audio samples provided in `known_speaker_references[]`. Each entry should be a short identifier (for example `customer` or `agent`). Up to 4 speakers are supported.
          known_speaker_references: Optional list of audio samples (as [data URLs](https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs)) that contain known speaker references matching `known_speaker_names[]`. Each sample must be between 2 and 10 seconds, and can use any of the same input audio formats supported by `file`.
        """

        from ..types.create_transcription_response_diarized_json import CreateTranscriptionResponseDiarizedJson
        from ..types.transcription import Transcription
        from ..types.transcription_verbose import TranscriptionVerbose

        if stream is True:
            from ..types.create_transcription_response_stream_event import CreateTranscriptionResponseStreamEvent

            return cast(
                "AsyncStream[CreateTranscriptionResponseStreamEvent]",
                await self._client.call_stream(
                    _CREATE_TRANSCRIPTION,
                    body={
                        "model": model,
                        "language": language,
                        "languages": languages,
                        "keywords": keywords,
                        "prompt": prompt,
                        "response_format": response_format,
                        "temperature": temperature,
                        "include": include,
                        "timestamp_granularities": timestamp_granularities,
                        "stream": stream,
                        "chunking_strategy": chunking_strategy,
                        "known_speaker_names": known_speaker_names,
                        "known_speaker_references": known_speaker_references,
                    },
                    files={"file": file},
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    chunk_type=CreateTranscriptionResponseStreamEvent,
                ),
            )
        return cast(
            "Transcription | CreateTranscriptionResponseDiarizedJson | TranscriptionVerbose | str | AsyncStream[CreateTranscriptionResponseStreamEvent]",
            await self._client.call(
                _CREATE_TRANSCRIPTION,
                body={
                    "model": model,
                    "language": language,
                    "languages": languages,
                    "keywords": keywords,
                    "prompt": prompt,
                    "response_format": response_format,
                    "temperature": temperature,
                    "include": include,
                    "timestamp_granularities": timestamp_granularities,
                    "stream": stream,
                    "chunking_strategy": chunking_strategy,
                    "known_speaker_names": known_speaker_names,
                    "known_speaker_references": known_speaker_references,
                },
                files={"file": file},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to={
                    "json": Transcription,
                    "verbose_json": TranscriptionVerbose,
                    "diarized_json": CreateTranscriptionResponseDiarizedJson,
                }.get(
                    response_format if isinstance(response_format, str) else "json",
                    Transcription | CreateTranscriptionResponseDiarizedJson | TranscriptionVerbose,
                ),
            ),
        )

    if TYPE_CHECKING:  # what `with_raw_response` / `with_streaming_response` read: all answers

        async def _create_any(
            self,
            *,
            file: FileTypes,
            model: str
            | Literal[
                "whisper-1",
                "gpt-transcribe",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ],
            language: str | NotGiven = NOT_GIVEN,
            languages: Sequence[str] | NotGiven = NOT_GIVEN,
            keywords: Sequence[str] | NotGiven = NOT_GIVEN,
            prompt: str | NotGiven = NOT_GIVEN,
            response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
            temperature: float | NotGiven = NOT_GIVEN,
            include: Sequence[TranscriptionInclude] | NotGiven = NOT_GIVEN,
            timestamp_granularities: Sequence[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
            chunking_strategy: Literal["auto"] | VadConfigParam | NotGiven | None = NOT_GIVEN,
            known_speaker_names: Sequence[str] | NotGiven = NOT_GIVEN,
            known_speaker_references: Sequence[str] | NotGiven = NOT_GIVEN,
            stream: Literal[False] | NotGiven | None = NOT_GIVEN,
            extra_headers: Headers | None = None,
            extra_query: Query | None = None,
            extra_body: Body | None = None,
            timeout: Timeout | NotGiven = NOT_GIVEN,
        ) -> Transcription | CreateTranscriptionResponseDiarizedJson | TranscriptionVerbose | str: ...


class AudioTranslations(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AudioTranslationsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AudioTranslationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioTranslationsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AudioTranslationsWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: str | Literal["whisper-1"],
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Translation: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: str | Literal["whisper-1"],
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["verbose_json"],
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> TranslationVerbose: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: str | Literal["whisper-1"],
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["text", "srt", "vtt"],
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: str | Literal["whisper-1"],
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Translation | TranslationVerbose | str: ...

    def create(
        self,
        *,
        file: FileTypes,
        model: str | Literal["whisper-1"],
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Translation | TranslationVerbose | str:
        """Translates audio into English.

        Args:
          file: The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm. The request must include enough format metadata for the file to be identified. We recommend an extension-bearing filename and an appropriate content type.
          model: ID of the model to use. Only `whisper-1` (which is powered by our open source Whisper V2 model) is currently available.
          prompt: An optional text to guide the model's style or continue a previous audio segment. The [prompt](/docs/guides/speech-to-text#prompting) should be in English.
          response_format: The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.
          temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.
        """

        from ..types.translation import Translation
        from ..types.translation_verbose import TranslationVerbose

        return cast(
            "Translation | TranslationVerbose | str",
            self._client.call(
                _CREATE_TRANSLATION,
                body={"model": model, "prompt": prompt, "response_format": response_format, "temperature": temperature},
                files={"file": file},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to={"json": Translation, "verbose_json": TranslationVerbose}.get(
                    response_format if isinstance(response_format, str) else "json", Translation | TranslationVerbose
                ),
            ),
        )

    if TYPE_CHECKING:  # what `with_raw_response` / `with_streaming_response` read: all answers

        def _create_any(
            self,
            *,
            file: FileTypes,
            model: str | Literal["whisper-1"],
            prompt: str | NotGiven = NOT_GIVEN,
            response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven = NOT_GIVEN,
            temperature: float | NotGiven = NOT_GIVEN,
            extra_headers: Headers | None = None,
            extra_query: Query | None = None,
            extra_body: Body | None = None,
            timeout: Timeout | NotGiven = NOT_GIVEN,
        ) -> Translation | TranslationVerbose | str: ...


class AsyncAudioTranslations(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAudioTranslationsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAudioTranslationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioTranslationsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAudioTranslationsWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: str | Literal["whisper-1"],
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Translation: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: str | Literal["whisper-1"],
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["verbose_json"],
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> TranslationVerbose: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: str | Literal["whisper-1"],
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["text", "srt", "vtt"],
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: str | Literal["whisper-1"],
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Translation | TranslationVerbose | str: ...

    async def create(
        self,
        *,
        file: FileTypes,
        model: str | Literal["whisper-1"],
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Translation | TranslationVerbose | str:
        """Translates audio into English.

        Args:
          file: The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm. The request must include enough format metadata for the file to be identified. We recommend an extension-bearing filename and an appropriate content type.
          model: ID of the model to use. Only `whisper-1` (which is powered by our open source Whisper V2 model) is currently available.
          prompt: An optional text to guide the model's style or continue a previous audio segment. The [prompt](/docs/guides/speech-to-text#prompting) should be in English.
          response_format: The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.
          temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.
        """

        from ..types.translation import Translation
        from ..types.translation_verbose import TranslationVerbose

        return cast(
            "Translation | TranslationVerbose | str",
            await self._client.call(
                _CREATE_TRANSLATION,
                body={"model": model, "prompt": prompt, "response_format": response_format, "temperature": temperature},
                files={"file": file},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to={"json": Translation, "verbose_json": TranslationVerbose}.get(
                    response_format if isinstance(response_format, str) else "json", Translation | TranslationVerbose
                ),
            ),
        )

    if TYPE_CHECKING:  # what `with_raw_response` / `with_streaming_response` read: all answers

        async def _create_any(
            self,
            *,
            file: FileTypes,
            model: str | Literal["whisper-1"],
            prompt: str | NotGiven = NOT_GIVEN,
            response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven = NOT_GIVEN,
            temperature: float | NotGiven = NOT_GIVEN,
            extra_headers: Headers | None = None,
            extra_query: Query | None = None,
            extra_body: Body | None = None,
            timeout: Timeout | NotGiven = NOT_GIVEN,
        ) -> Translation | TranslationVerbose | str: ...


class AudioVoiceConsents(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AudioVoiceConsentsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AudioVoiceConsentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioVoiceConsentsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AudioVoiceConsentsWithStreamingResponse(self)

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[VoiceConsentResource]:
        """Returns a list of voice consent recordings.

        List consent recordings available to your organization for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
        """

        from ..types.voice_consent_list_resource import VoiceConsentListResource
        from ..types.voice_consent_resource import VoiceConsentResource

        return cast(
            "SyncCursorPage[VoiceConsentResource]",
            self._client.call_page(
                _LIST_VOICE_CONSENTS,
                query={"after": after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VoiceConsentListResource,
                item_type=VoiceConsentResource,
                cursor_param="after",
            ),
        )

    def create(
        self,
        *,
        name: str,
        recording: FileTypes,
        language: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VoiceConsentResource:
        """Upload a voice consent recording.

        Upload a consent recording that authorizes creation of a custom voice.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices) for requirements and best practices. Custom voices are limited to eligible customers.

        Args:
          name: The label to use for this consent recording.
          recording: The consent audio recording file. Maximum size is 10 MiB. Supported MIME types: `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
          language: The BCP 47 language tag for the consent phrase (for example, `en-US`).
        """

        from ..types.voice_consent_resource import VoiceConsentResource

        return cast(
            "VoiceConsentResource",
            self._client.call(
                _CREATE_VOICE_CONSENT,
                body={"name": name, "language": language},
                files={"recording": recording},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VoiceConsentResource,
            ),
        )

    def retrieve(
        self,
        consent_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VoiceConsentResource:
        """Retrieves a voice consent recording.

        Retrieve consent recording metadata used for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
          consent_id: The ID of the consent recording to retrieve.
        """

        from ..types.voice_consent_resource import VoiceConsentResource

        return cast(
            "VoiceConsentResource",
            self._client.call(
                _GET_VOICE_CONSENT,
                path_params={"consent_id": consent_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VoiceConsentResource,
            ),
        )

    def update(
        self,
        consent_id: str,
        *,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VoiceConsentResource:
        """Updates a voice consent recording (metadata only).

        Update consent recording metadata used for creating custom voices. This endpoint updates metadata only and does not replace the underlying audio.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
          consent_id: The ID of the consent recording to update.
          name: The updated label for this consent recording.
        """

        from ..types.voice_consent_resource import VoiceConsentResource

        return cast(
            "VoiceConsentResource",
            self._client.call(
                _UPDATE_VOICE_CONSENT,
                path_params={"consent_id": consent_id},
                body={"name": name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VoiceConsentResource,
            ),
        )

    def delete(
        self,
        consent_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VoiceConsentDeletedResource:
        """Deletes a voice consent recording.

        Delete a consent recording that was uploaded for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
          consent_id: The ID of the consent recording to delete.
        """

        from ..types.voice_consent_deleted_resource import VoiceConsentDeletedResource

        return cast(
            "VoiceConsentDeletedResource",
            self._client.call(
                _DELETE_VOICE_CONSENT,
                path_params={"consent_id": consent_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VoiceConsentDeletedResource,
            ),
        )


class AsyncAudioVoiceConsents(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAudioVoiceConsentsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAudioVoiceConsentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioVoiceConsentsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAudioVoiceConsentsWithStreamingResponse(self)

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[VoiceConsentResource, AsyncCursorPage[VoiceConsentResource]]:
        """Returns a list of voice consent recordings.

        List consent recordings available to your organization for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
        """

        from ..types.voice_consent_list_resource import VoiceConsentListResource
        from ..types.voice_consent_resource import VoiceConsentResource

        return cast(
            "AsyncPaginator[VoiceConsentResource, AsyncCursorPage[VoiceConsentResource]]",
            self._client.call_page(
                _LIST_VOICE_CONSENTS,
                query={"after": after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VoiceConsentListResource,
                item_type=VoiceConsentResource,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        *,
        name: str,
        recording: FileTypes,
        language: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VoiceConsentResource:
        """Upload a voice consent recording.

        Upload a consent recording that authorizes creation of a custom voice.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices) for requirements and best practices. Custom voices are limited to eligible customers.

        Args:
          name: The label to use for this consent recording.
          recording: The consent audio recording file. Maximum size is 10 MiB. Supported MIME types: `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
          language: The BCP 47 language tag for the consent phrase (for example, `en-US`).
        """

        from ..types.voice_consent_resource import VoiceConsentResource

        return cast(
            "VoiceConsentResource",
            await self._client.call(
                _CREATE_VOICE_CONSENT,
                body={"name": name, "language": language},
                files={"recording": recording},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VoiceConsentResource,
            ),
        )

    async def retrieve(
        self,
        consent_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VoiceConsentResource:
        """Retrieves a voice consent recording.

        Retrieve consent recording metadata used for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
          consent_id: The ID of the consent recording to retrieve.
        """

        from ..types.voice_consent_resource import VoiceConsentResource

        return cast(
            "VoiceConsentResource",
            await self._client.call(
                _GET_VOICE_CONSENT,
                path_params={"consent_id": consent_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VoiceConsentResource,
            ),
        )

    async def update(
        self,
        consent_id: str,
        *,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VoiceConsentResource:
        """Updates a voice consent recording (metadata only).

        Update consent recording metadata used for creating custom voices. This endpoint updates metadata only and does not replace the underlying audio.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
          consent_id: The ID of the consent recording to update.
          name: The updated label for this consent recording.
        """

        from ..types.voice_consent_resource import VoiceConsentResource

        return cast(
            "VoiceConsentResource",
            await self._client.call(
                _UPDATE_VOICE_CONSENT,
                path_params={"consent_id": consent_id},
                body={"name": name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VoiceConsentResource,
            ),
        )

    async def delete(
        self,
        consent_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VoiceConsentDeletedResource:
        """Deletes a voice consent recording.

        Delete a consent recording that was uploaded for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.

        Args:
          consent_id: The ID of the consent recording to delete.
        """

        from ..types.voice_consent_deleted_resource import VoiceConsentDeletedResource

        return cast(
            "VoiceConsentDeletedResource",
            await self._client.call(
                _DELETE_VOICE_CONSENT,
                path_params={"consent_id": consent_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VoiceConsentDeletedResource,
            ),
        )


class AudioVoices(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AudioVoicesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AudioVoicesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioVoicesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AudioVoicesWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        audio_sample: FileTypes,
        consent: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VoiceResource:
        """Creates a custom voice.

        Create a custom voice you can use for audio output (for example, in Text-to-Speech and the Realtime API). This requires an audio sample and a previously uploaded consent recording.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices) for requirements and best practices. Custom voices are limited to eligible customers.

        Args:
          name: The name of the new voice.
          audio_sample: The sample audio recording file. Maximum size is 10 MiB. Supported MIME types: `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
          consent: The consent recording ID (for example, `cons_1234`).
        """

        from ..types.voice_resource import VoiceResource

        return cast(
            "VoiceResource",
            self._client.call(
                _CREATE_VOICE,
                body={"name": name, "consent": consent},
                files={"audio_sample": audio_sample},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VoiceResource,
            ),
        )


class AsyncAudioVoices(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAudioVoicesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncAudioVoicesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioVoicesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncAudioVoicesWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        audio_sample: FileTypes,
        consent: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VoiceResource:
        """Creates a custom voice.

        Create a custom voice you can use for audio output (for example, in Text-to-Speech and the Realtime API). This requires an audio sample and a previously uploaded consent recording.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices) for requirements and best practices. Custom voices are limited to eligible customers.

        Args:
          name: The name of the new voice.
          audio_sample: The sample audio recording file. Maximum size is 10 MiB. Supported MIME types: `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
          consent: The consent recording ID (for example, `cons_1234`).
        """

        from ..types.voice_resource import VoiceResource

        return cast(
            "VoiceResource",
            await self._client.call(
                _CREATE_VOICE,
                body={"name": name, "consent": consent},
                files={"audio_sample": audio_sample},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VoiceResource,
            ),
        )


class AudioWithRawResponse(ResourceView):
    _resource: Audio

    @property
    def speech(self) -> AudioSpeechWithRawResponse:
        return self._resource.speech.with_raw_response

    @property
    def transcriptions(self) -> AudioTranscriptionsWithRawResponse:
        return self._resource.transcriptions.with_raw_response

    @property
    def translations(self) -> AudioTranslationsWithRawResponse:
        return self._resource.translations.with_raw_response

    @property
    def voice_consents(self) -> AudioVoiceConsentsWithRawResponse:
        return self._resource.voice_consents.with_raw_response

    @property
    def voices(self) -> AudioVoicesWithRawResponse:
        return self._resource.voices.with_raw_response


class AudioWithStreamingResponse(StreamingResourceView):
    _resource: Audio

    @property
    def speech(self) -> AudioSpeechWithStreamingResponse:
        return self._resource.speech.with_streaming_response

    @property
    def transcriptions(self) -> AudioTranscriptionsWithStreamingResponse:
        return self._resource.transcriptions.with_streaming_response

    @property
    def translations(self) -> AudioTranslationsWithStreamingResponse:
        return self._resource.translations.with_streaming_response

    @property
    def voice_consents(self) -> AudioVoiceConsentsWithStreamingResponse:
        return self._resource.voice_consents.with_streaming_response

    @property
    def voices(self) -> AudioVoicesWithStreamingResponse:
        return self._resource.voices.with_streaming_response


class AsyncAudioWithRawResponse(ResourceView):
    _resource: AsyncAudio

    @property
    def speech(self) -> AsyncAudioSpeechWithRawResponse:
        return self._resource.speech.with_raw_response

    @property
    def transcriptions(self) -> AsyncAudioTranscriptionsWithRawResponse:
        return self._resource.transcriptions.with_raw_response

    @property
    def translations(self) -> AsyncAudioTranslationsWithRawResponse:
        return self._resource.translations.with_raw_response

    @property
    def voice_consents(self) -> AsyncAudioVoiceConsentsWithRawResponse:
        return self._resource.voice_consents.with_raw_response

    @property
    def voices(self) -> AsyncAudioVoicesWithRawResponse:
        return self._resource.voices.with_raw_response


class AsyncAudioWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAudio

    @property
    def speech(self) -> AsyncAudioSpeechWithStreamingResponse:
        return self._resource.speech.with_streaming_response

    @property
    def transcriptions(self) -> AsyncAudioTranscriptionsWithStreamingResponse:
        return self._resource.transcriptions.with_streaming_response

    @property
    def translations(self) -> AsyncAudioTranslationsWithStreamingResponse:
        return self._resource.translations.with_streaming_response

    @property
    def voice_consents(self) -> AsyncAudioVoiceConsentsWithStreamingResponse:
        return self._resource.voice_consents.with_streaming_response

    @property
    def voices(self) -> AsyncAudioVoicesWithStreamingResponse:
        return self._resource.voices.with_streaming_response


class AudioSpeechWithRawResponse(ResourceView):
    _resource: AudioSpeech

    create = raw_method(AudioSpeech.create)


class AudioSpeechWithStreamingResponse(StreamingResourceView):
    _resource: AudioSpeech

    create = streamed_method(AudioSpeech.create)


class AsyncAudioSpeechWithRawResponse(ResourceView):
    _resource: AsyncAudioSpeech

    create = async_raw_method(AsyncAudioSpeech.create)


class AsyncAudioSpeechWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAudioSpeech

    create = async_streamed_method(AsyncAudioSpeech.create)


class AudioTranscriptionsWithRawResponse(ResourceView):
    _resource: AudioTranscriptions

    create = raw_method(AudioTranscriptions._create_any if TYPE_CHECKING else AudioTranscriptions.create)


class AudioTranscriptionsWithStreamingResponse(StreamingResourceView):
    _resource: AudioTranscriptions

    create = streamed_method(AudioTranscriptions._create_any if TYPE_CHECKING else AudioTranscriptions.create)


class AsyncAudioTranscriptionsWithRawResponse(ResourceView):
    _resource: AsyncAudioTranscriptions

    create = async_raw_method(
        AsyncAudioTranscriptions._create_any if TYPE_CHECKING else AsyncAudioTranscriptions.create
    )


class AsyncAudioTranscriptionsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAudioTranscriptions

    create = async_streamed_method(
        AsyncAudioTranscriptions._create_any if TYPE_CHECKING else AsyncAudioTranscriptions.create
    )


class AudioTranslationsWithRawResponse(ResourceView):
    _resource: AudioTranslations

    create = raw_method(AudioTranslations._create_any if TYPE_CHECKING else AudioTranslations.create)


class AudioTranslationsWithStreamingResponse(StreamingResourceView):
    _resource: AudioTranslations

    create = streamed_method(AudioTranslations._create_any if TYPE_CHECKING else AudioTranslations.create)


class AsyncAudioTranslationsWithRawResponse(ResourceView):
    _resource: AsyncAudioTranslations

    create = async_raw_method(AsyncAudioTranslations._create_any if TYPE_CHECKING else AsyncAudioTranslations.create)


class AsyncAudioTranslationsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAudioTranslations

    create = async_streamed_method(
        AsyncAudioTranslations._create_any if TYPE_CHECKING else AsyncAudioTranslations.create
    )


class AudioVoiceConsentsWithRawResponse(ResourceView):
    _resource: AudioVoiceConsents

    list = raw_method(AudioVoiceConsents.list)
    create = raw_method(AudioVoiceConsents.create)
    retrieve = raw_method(AudioVoiceConsents.retrieve)
    update = raw_method(AudioVoiceConsents.update)
    delete = raw_method(AudioVoiceConsents.delete)


class AudioVoiceConsentsWithStreamingResponse(StreamingResourceView):
    _resource: AudioVoiceConsents

    list = streamed_method(AudioVoiceConsents.list)
    create = streamed_method(AudioVoiceConsents.create)
    retrieve = streamed_method(AudioVoiceConsents.retrieve)
    update = streamed_method(AudioVoiceConsents.update)
    delete = streamed_method(AudioVoiceConsents.delete)


class AsyncAudioVoiceConsentsWithRawResponse(ResourceView):
    _resource: AsyncAudioVoiceConsents

    list = async_raw_method(AsyncAudioVoiceConsents.list)
    create = async_raw_method(AsyncAudioVoiceConsents.create)
    retrieve = async_raw_method(AsyncAudioVoiceConsents.retrieve)
    update = async_raw_method(AsyncAudioVoiceConsents.update)
    delete = async_raw_method(AsyncAudioVoiceConsents.delete)


class AsyncAudioVoiceConsentsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAudioVoiceConsents

    list = async_streamed_method(AsyncAudioVoiceConsents.list)
    create = async_streamed_method(AsyncAudioVoiceConsents.create)
    retrieve = async_streamed_method(AsyncAudioVoiceConsents.retrieve)
    update = async_streamed_method(AsyncAudioVoiceConsents.update)
    delete = async_streamed_method(AsyncAudioVoiceConsents.delete)


class AudioVoicesWithRawResponse(ResourceView):
    _resource: AudioVoices

    create = raw_method(AudioVoices.create)


class AudioVoicesWithStreamingResponse(StreamingResourceView):
    _resource: AudioVoices

    create = streamed_method(AudioVoices.create)


class AsyncAudioVoicesWithRawResponse(ResourceView):
    _resource: AsyncAudioVoices

    create = async_raw_method(AsyncAudioVoices.create)


class AsyncAudioVoicesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAudioVoices

    create = async_streamed_method(AsyncAudioVoices.create)
