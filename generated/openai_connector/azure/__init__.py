# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
"""Operations of Azure OpenAI Service API (version 2024-10-21), reached as `client.azure`."""

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
    "AsyncAzure",
    "AsyncAzureWithRawResponse",
    "AsyncAzureWithStreamingResponse",
    "Azure",
    "AzureWithRawResponse",
    "AzureWithStreamingResponse",
]


class Azure(SyncAPIResource):
    """Azure OpenAI Service API"""

    @cached_property
    def with_raw_response(self) -> AzureWithRawResponse:
        """The namespace's resources, their methods returning the HTTP response."""
        return AzureWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AzureWithStreamingResponse:
        """The namespace's resources, their methods as context managers over the unread HTTP response."""
        return AzureWithStreamingResponse(self)

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


class AsyncAzure(AsyncAPIResource):
    """Azure OpenAI Service API"""

    @cached_property
    def with_raw_response(self) -> AsyncAzureWithRawResponse:
        """The namespace's resources, their methods returning the HTTP response."""
        return AsyncAzureWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAzureWithStreamingResponse:
        """The namespace's resources, their methods as context managers over the unread HTTP response."""
        return AsyncAzureWithStreamingResponse(self)

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


class AzureWithRawResponse(ResourceView):
    _resource: Azure

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


class AzureWithStreamingResponse(StreamingResourceView):
    _resource: Azure

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


class AsyncAzureWithRawResponse(ResourceView):
    _resource: AsyncAzure

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


class AsyncAzureWithStreamingResponse(StreamingResourceView):
    _resource: AsyncAzure

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
