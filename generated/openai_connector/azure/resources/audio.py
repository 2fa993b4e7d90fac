# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast, overload

from ...lib._operation import Operation
from ...lib._resource import AsyncAPIResource, SyncAPIResource
from ...lib._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query, Timeout
from ...lib._views import (
    ResourceView,
    StreamingResourceView,
    async_raw_method,
    async_streamed_method,
    raw_method,
    streamed_method,
)

if TYPE_CHECKING:
    from ..types.audio_response import AudioResponse
    from ..types.audio_response_format import AudioResponseFormat
    from ..types.audio_verbose_response import AudioVerboseResponse

_TRANSCRIPTIONS_CREATE = Operation(
    api="azure",
    operation_id="Transcriptions_Create",
    method="POST",
    path="/deployments/{deployment-id}/audio/transcriptions",
    request_kind="multipart",
    response_kind="json_or_text",
    accept="application/json, text/plain",
    client_params={"deployment-id": "azure_deployment", "api-version": "api_version"},
    checks={
        "path": {"deployment-id": {"type": "string"}},
        "query": {"api-version": {"type": "string"}},
        "body": {
            "prompt": {"type": "string"},
            "response_format": {"type": "string"},
            "temperature": {"type": "number"},
            "language": {"type": "string"},
        },
    },
    security=("entra_token", "azure_api_key"),
    upload_formats={"file": ("flac", "m4a", "mp3", "mp4", "mpeg", "mpga", "ogg", "wav", "webm")},
)

_TRANSLATIONS_CREATE = Operation(
    api="azure",
    operation_id="Translations_Create",
    method="POST",
    path="/deployments/{deployment-id}/audio/translations",
    request_kind="multipart",
    response_kind="json_or_text",
    accept="application/json, text/plain",
    client_params={"deployment-id": "azure_deployment", "api-version": "api_version"},
    checks={
        "path": {"deployment-id": {"type": "string"}},
        "query": {"api-version": {"type": "string"}},
        "body": {
            "prompt": {"type": "string"},
            "response_format": {"type": "string"},
            "temperature": {"type": "number"},
        },
    },
    security=("entra_token", "azure_api_key"),
    upload_formats={"file": ("flac", "m4a", "mp3", "mp4", "mpeg", "mpga", "ogg", "wav", "webm")},
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
    def transcriptions(self) -> AudioTranscriptions:
        return AudioTranscriptions(self._client)

    @cached_property
    def translations(self) -> AudioTranslations:
        return AudioTranslations(self._client)


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
    def transcriptions(self) -> AsyncAudioTranscriptions:
        return AsyncAudioTranscriptions(self._client)

    @cached_property
    def translations(self) -> AsyncAudioTranslations:
        return AsyncAudioTranslations(self._client)


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
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AudioResponse: ...

    @overload
    def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["verbose_json"],
        temperature: float | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AudioVerboseResponse: ...

    @overload
    def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["text", "srt", "vtt"],
        temperature: float | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str: ...

    @overload
    def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AudioResponse | AudioVerboseResponse | str: ...

    def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AudioResponse | AudioVerboseResponse | str:
        """Transcribes audio into the input language.

        Args:
          deployment_id: Deployment id of the whisper model.
          api_version: api version
          file: The audio file object to transcribe.
          prompt: An optional text to guide the model's style or continue a previous audio segment. The prompt should match the audio language.
          response_format: Defines the format of the output.
          temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use log probability to automatically increase the temperature until certain thresholds are hit.
          language: The language of the input audio. Supplying the input language in ISO-639-1 format will improve accuracy and latency.
        """

        from ..types.audio_response import AudioResponse
        from ..types.audio_verbose_response import AudioVerboseResponse

        return cast(
            "AudioResponse | AudioVerboseResponse | str",
            self._client.call(
                _TRANSCRIPTIONS_CREATE,
                path_params={"deployment-id": deployment_id},
                query={"api-version": api_version},
                body={
                    "prompt": prompt,
                    "response_format": response_format,
                    "temperature": temperature,
                    "language": language,
                },
                files={"file": file},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to={"json": AudioResponse, "verbose_json": AudioVerboseResponse}.get(
                    response_format if isinstance(response_format, str) else "json",
                    AudioResponse | AudioVerboseResponse,
                ),
            ),
        )

    if TYPE_CHECKING:  # what `with_raw_response` / `with_streaming_response` read: all answers

        def _create_any(
            self,
            *,
            deployment_id: str | NotGiven = NOT_GIVEN,
            api_version: str | NotGiven = NOT_GIVEN,
            file: FileTypes,
            prompt: str | NotGiven = NOT_GIVEN,
            response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
            temperature: float | NotGiven = NOT_GIVEN,
            language: str | NotGiven = NOT_GIVEN,
            extra_headers: Headers | None = None,
            extra_query: Query | None = None,
            extra_body: Body | None = None,
            timeout: Timeout | NotGiven = NOT_GIVEN,
        ) -> AudioResponse | AudioVerboseResponse | str: ...


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
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AudioResponse: ...

    @overload
    async def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["verbose_json"],
        temperature: float | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AudioVerboseResponse: ...

    @overload
    async def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["text", "srt", "vtt"],
        temperature: float | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str: ...

    @overload
    async def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AudioResponse | AudioVerboseResponse | str: ...

    async def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AudioResponse | AudioVerboseResponse | str:
        """Transcribes audio into the input language.

        Args:
          deployment_id: Deployment id of the whisper model.
          api_version: api version
          file: The audio file object to transcribe.
          prompt: An optional text to guide the model's style or continue a previous audio segment. The prompt should match the audio language.
          response_format: Defines the format of the output.
          temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use log probability to automatically increase the temperature until certain thresholds are hit.
          language: The language of the input audio. Supplying the input language in ISO-639-1 format will improve accuracy and latency.
        """

        from ..types.audio_response import AudioResponse
        from ..types.audio_verbose_response import AudioVerboseResponse

        return cast(
            "AudioResponse | AudioVerboseResponse | str",
            await self._client.call(
                _TRANSCRIPTIONS_CREATE,
                path_params={"deployment-id": deployment_id},
                query={"api-version": api_version},
                body={
                    "prompt": prompt,
                    "response_format": response_format,
                    "temperature": temperature,
                    "language": language,
                },
                files={"file": file},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to={"json": AudioResponse, "verbose_json": AudioVerboseResponse}.get(
                    response_format if isinstance(response_format, str) else "json",
                    AudioResponse | AudioVerboseResponse,
                ),
            ),
        )

    if TYPE_CHECKING:  # what `with_raw_response` / `with_streaming_response` read: all answers

        async def _create_any(
            self,
            *,
            deployment_id: str | NotGiven = NOT_GIVEN,
            api_version: str | NotGiven = NOT_GIVEN,
            file: FileTypes,
            prompt: str | NotGiven = NOT_GIVEN,
            response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
            temperature: float | NotGiven = NOT_GIVEN,
            language: str | NotGiven = NOT_GIVEN,
            extra_headers: Headers | None = None,
            extra_query: Query | None = None,
            extra_body: Body | None = None,
            timeout: Timeout | NotGiven = NOT_GIVEN,
        ) -> AudioResponse | AudioVerboseResponse | str: ...


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
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AudioResponse: ...

    @overload
    def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["verbose_json"],
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AudioVerboseResponse: ...

    @overload
    def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
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
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AudioResponse | AudioVerboseResponse | str: ...

    def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AudioResponse | AudioVerboseResponse | str:
        """Transcribes and translates input audio into English text.

        Args:
          deployment_id: Deployment id of the whisper model which was deployed.
          api_version: api version
          file: The audio file to translate.
          prompt: An optional text to guide the model's style or continue a previous audio segment. The prompt should be in English.
          response_format: Defines the format of the output.
          temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use log probability to automatically increase the temperature until certain thresholds are hit.
        """

        from ..types.audio_response import AudioResponse
        from ..types.audio_verbose_response import AudioVerboseResponse

        return cast(
            "AudioResponse | AudioVerboseResponse | str",
            self._client.call(
                _TRANSLATIONS_CREATE,
                path_params={"deployment-id": deployment_id},
                query={"api-version": api_version},
                body={"prompt": prompt, "response_format": response_format, "temperature": temperature},
                files={"file": file},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to={"json": AudioResponse, "verbose_json": AudioVerboseResponse}.get(
                    response_format if isinstance(response_format, str) else "json",
                    AudioResponse | AudioVerboseResponse,
                ),
            ),
        )

    if TYPE_CHECKING:  # what `with_raw_response` / `with_streaming_response` read: all answers

        def _create_any(
            self,
            *,
            deployment_id: str | NotGiven = NOT_GIVEN,
            api_version: str | NotGiven = NOT_GIVEN,
            file: FileTypes,
            prompt: str | NotGiven = NOT_GIVEN,
            response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
            temperature: float | NotGiven = NOT_GIVEN,
            extra_headers: Headers | None = None,
            extra_query: Query | None = None,
            extra_body: Body | None = None,
            timeout: Timeout | NotGiven = NOT_GIVEN,
        ) -> AudioResponse | AudioVerboseResponse | str: ...


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
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AudioResponse: ...

    @overload
    async def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["verbose_json"],
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AudioVerboseResponse: ...

    @overload
    async def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
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
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AudioResponse | AudioVerboseResponse | str: ...

    async def create(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        file: FileTypes,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AudioResponse | AudioVerboseResponse | str:
        """Transcribes and translates input audio into English text.

        Args:
          deployment_id: Deployment id of the whisper model which was deployed.
          api_version: api version
          file: The audio file to translate.
          prompt: An optional text to guide the model's style or continue a previous audio segment. The prompt should be in English.
          response_format: Defines the format of the output.
          temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use log probability to automatically increase the temperature until certain thresholds are hit.
        """

        from ..types.audio_response import AudioResponse
        from ..types.audio_verbose_response import AudioVerboseResponse

        return cast(
            "AudioResponse | AudioVerboseResponse | str",
            await self._client.call(
                _TRANSLATIONS_CREATE,
                path_params={"deployment-id": deployment_id},
                query={"api-version": api_version},
                body={"prompt": prompt, "response_format": response_format, "temperature": temperature},
                files={"file": file},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to={"json": AudioResponse, "verbose_json": AudioVerboseResponse}.get(
                    response_format if isinstance(response_format, str) else "json",
                    AudioResponse | AudioVerboseResponse,
                ),
            ),
        )

    if TYPE_CHECKING:  # what `with_raw_response` / `with_streaming_response` read: all answers

        async def _create_any(
            self,
            *,
            deployment_id: str | NotGiven = NOT_GIVEN,
            api_version: str | NotGiven = NOT_GIVEN,
            file: FileTypes,
            prompt: str | NotGiven = NOT_GIVEN,
            response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
            temperature: float | NotGiven = NOT_GIVEN,
            extra_headers: Headers | None = None,
            extra_query: Query | None = None,
            extra_body: Body | None = None,
            timeout: Timeout | NotGiven = NOT_GIVEN,
        ) -> AudioResponse | AudioVerboseResponse | str: ...


class AudioWithRawResponse(ResourceView):
    _resource: Audio

    @property
    def transcriptions(self) -> AudioTranscriptionsWithRawResponse:
        return self._resource.transcriptions.with_raw_response

    @property
    def translations(self) -> AudioTranslationsWithRawResponse:
        return self._resource.translations.with_raw_response


class AudioWithStreamingResponse(StreamingResourceView):
    _resource: Audio

    @property
    def transcriptions(self) -> AudioTranscriptionsWithStreamingResponse:
        return self._resource.transcriptions.with_streaming_response

    @property
    def translations(self) -> AudioTranslationsWithStreamingResponse:
        return self._resource.translations.with_streaming_response


class AsyncAudioWithRawResponse(ResourceView):
    _resource: AsyncAudio

    @property
    def transcriptions(self) -> AsyncAudioTranscriptionsWithRawResponse:
        return self._resource.transcriptions.with_raw_response

    @property
    def translations(self) -> AsyncAudioTranslationsWithRawResponse:
        return self._resource.translations.with_raw_response


class AsyncAudioWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAudio

    @property
    def transcriptions(self) -> AsyncAudioTranscriptionsWithStreamingResponse:
        return self._resource.transcriptions.with_streaming_response

    @property
    def translations(self) -> AsyncAudioTranslationsWithStreamingResponse:
        return self._resource.translations.with_streaming_response


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
