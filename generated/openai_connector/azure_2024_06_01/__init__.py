# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
"""Operations of Azure OpenAI Service API (version 2024-06-01), reached as `client.azure_2024_06_01`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._views import ResourceView, StreamingResourceView

if TYPE_CHECKING:
    from .resources.audio import (
        AsyncAudio,
        AsyncAudioWithRawResponse,
        AsyncAudioWithStreamingResponse,
        Audio,
        AudioWithRawResponse,
        AudioWithStreamingResponse,
    )
    from .resources.chat import (
        AsyncChat,
        AsyncChatWithRawResponse,
        AsyncChatWithStreamingResponse,
        Chat,
        ChatWithRawResponse,
        ChatWithStreamingResponse,
    )
    from .resources.completions import (
        AsyncCompletions,
        AsyncCompletionsWithRawResponse,
        AsyncCompletionsWithStreamingResponse,
        Completions,
        CompletionsWithRawResponse,
        CompletionsWithStreamingResponse,
    )
    from .resources.embeddings import (
        AsyncEmbeddings,
        AsyncEmbeddingsWithRawResponse,
        AsyncEmbeddingsWithStreamingResponse,
        Embeddings,
        EmbeddingsWithRawResponse,
        EmbeddingsWithStreamingResponse,
    )
    from .resources.images import (
        AsyncImages,
        AsyncImagesWithRawResponse,
        AsyncImagesWithStreamingResponse,
        Images,
        ImagesWithRawResponse,
        ImagesWithStreamingResponse,
    )

__all__ = [
    "AsyncAzure20240601",
    "AsyncAzure20240601WithRawResponse",
    "AsyncAzure20240601WithStreamingResponse",
    "Azure20240601",
    "Azure20240601WithRawResponse",
    "Azure20240601WithStreamingResponse",
]


class Azure20240601(SyncAPIResource):
    """Azure OpenAI Service API"""

    @cached_property
    def with_raw_response(self) -> Azure20240601WithRawResponse:
        """The namespace's resources, their methods returning the HTTP response."""
        return Azure20240601WithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> Azure20240601WithStreamingResponse:
        """The namespace's resources, their methods as context managers over the unread HTTP response."""
        return Azure20240601WithStreamingResponse(self)

    @cached_property
    def completions(self) -> Completions:
        from .resources.completions import Completions

        return Completions(self._client)

    @cached_property
    def embeddings(self) -> Embeddings:
        from .resources.embeddings import Embeddings

        return Embeddings(self._client)

    @cached_property
    def chat(self) -> Chat:
        from .resources.chat import Chat

        return Chat(self._client)

    @cached_property
    def audio(self) -> Audio:
        from .resources.audio import Audio

        return Audio(self._client)

    @cached_property
    def images(self) -> Images:
        from .resources.images import Images

        return Images(self._client)


class AsyncAzure20240601(AsyncAPIResource):
    """Azure OpenAI Service API"""

    @cached_property
    def with_raw_response(self) -> AsyncAzure20240601WithRawResponse:
        """The namespace's resources, their methods returning the HTTP response."""
        return AsyncAzure20240601WithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAzure20240601WithStreamingResponse:
        """The namespace's resources, their methods as context managers over the unread HTTP response."""
        return AsyncAzure20240601WithStreamingResponse(self)

    @cached_property
    def completions(self) -> AsyncCompletions:
        from .resources.completions import AsyncCompletions

        return AsyncCompletions(self._client)

    @cached_property
    def embeddings(self) -> AsyncEmbeddings:
        from .resources.embeddings import AsyncEmbeddings

        return AsyncEmbeddings(self._client)

    @cached_property
    def chat(self) -> AsyncChat:
        from .resources.chat import AsyncChat

        return AsyncChat(self._client)

    @cached_property
    def audio(self) -> AsyncAudio:
        from .resources.audio import AsyncAudio

        return AsyncAudio(self._client)

    @cached_property
    def images(self) -> AsyncImages:
        from .resources.images import AsyncImages

        return AsyncImages(self._client)


class Azure20240601WithRawResponse(ResourceView):
    _resource: Azure20240601

    @property
    def completions(self) -> CompletionsWithRawResponse:
        return self._resource.completions.with_raw_response

    @property
    def embeddings(self) -> EmbeddingsWithRawResponse:
        return self._resource.embeddings.with_raw_response

    @property
    def chat(self) -> ChatWithRawResponse:
        return self._resource.chat.with_raw_response

    @property
    def audio(self) -> AudioWithRawResponse:
        return self._resource.audio.with_raw_response

    @property
    def images(self) -> ImagesWithRawResponse:
        return self._resource.images.with_raw_response


class Azure20240601WithStreamingResponse(StreamingResourceView):
    _resource: Azure20240601

    @property
    def completions(self) -> CompletionsWithStreamingResponse:
        return self._resource.completions.with_streaming_response

    @property
    def embeddings(self) -> EmbeddingsWithStreamingResponse:
        return self._resource.embeddings.with_streaming_response

    @property
    def chat(self) -> ChatWithStreamingResponse:
        return self._resource.chat.with_streaming_response

    @property
    def audio(self) -> AudioWithStreamingResponse:
        return self._resource.audio.with_streaming_response

    @property
    def images(self) -> ImagesWithStreamingResponse:
        return self._resource.images.with_streaming_response


class AsyncAzure20240601WithRawResponse(ResourceView):
    _resource: AsyncAzure20240601

    @property
    def completions(self) -> AsyncCompletionsWithRawResponse:
        return self._resource.completions.with_raw_response

    @property
    def embeddings(self) -> AsyncEmbeddingsWithRawResponse:
        return self._resource.embeddings.with_raw_response

    @property
    def chat(self) -> AsyncChatWithRawResponse:
        return self._resource.chat.with_raw_response

    @property
    def audio(self) -> AsyncAudioWithRawResponse:
        return self._resource.audio.with_raw_response

    @property
    def images(self) -> AsyncImagesWithRawResponse:
        return self._resource.images.with_raw_response


class AsyncAzure20240601WithStreamingResponse(StreamingResourceView):
    _resource: AsyncAzure20240601

    @property
    def completions(self) -> AsyncCompletionsWithStreamingResponse:
        return self._resource.completions.with_streaming_response

    @property
    def embeddings(self) -> AsyncEmbeddingsWithStreamingResponse:
        return self._resource.embeddings.with_streaming_response

    @property
    def chat(self) -> AsyncChatWithStreamingResponse:
        return self._resource.chat.with_streaming_response

    @property
    def audio(self) -> AsyncAudioWithStreamingResponse:
        return self._resource.audio.with_streaming_response

    @property
    def images(self) -> AsyncImagesWithStreamingResponse:
        return self._resource.images.with_streaming_response
