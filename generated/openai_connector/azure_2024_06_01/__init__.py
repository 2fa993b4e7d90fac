# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
"""Operations of Azure OpenAI Service API (version 2024-06-01), reached as `client.azure_2024_06_01`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..lib._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from .resources.audio import AsyncAudio, Audio
    from .resources.chat import AsyncChat, Chat
    from .resources.completions import AsyncCompletions, Completions
    from .resources.embeddings import AsyncEmbeddings, Embeddings
    from .resources.images import AsyncImages, Images

__all__ = ["AsyncAzure20240601", "Azure20240601"]


class Azure20240601(SyncAPIResource):
    """Azure OpenAI Service API"""

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
