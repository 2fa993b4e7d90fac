# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from ..lib._operation import Operation
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..lib._views import (
    ResourceView,
    StreamingResourceView,
    async_raw_method,
    async_streamed_method,
    raw_method,
    streamed_method,
)

if TYPE_CHECKING:
    from ..types.create_embedding_response import CreateEmbeddingResponse

_CREATE_EMBEDDING = Operation(
    api="openai",
    operation_id="createEmbedding",
    method="POST",
    path="/embeddings",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "input": {"anyOf": [{"type": "string"}, {"type": "array", "minItems": 1, "maxItems": 2048}]},
            "model": {"type": "string"},
            "encoding_format": {"type": "string"},
            "dimensions": {"type": "integer", "minimum": 1},
            "user": {"type": "string"},
        }
    },
    security=("api_key",),
    deployment_scoped=True,
    version_param="api-version",
    genai_operation="embeddings",
)


class Embeddings(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> EmbeddingsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return EmbeddingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EmbeddingsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return EmbeddingsWithStreamingResponse(self)

    def create(
        self,
        *,
        input: str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]],
        model: str | Literal["text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large"],
        encoding_format: Literal["float", "base64"] | NotGiven = NOT_GIVEN,
        dimensions: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CreateEmbeddingResponse:
        """Creates an embedding vector representing the input text.

        Args:
          input: Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single request, pass an array of strings or array of token arrays. The input must not exceed the max input tokens for the model (8192 tokens for all embedding models), cannot be an empty string, and any array must be 2048 dimensions or less. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens. In addition to the per-input token limit, all embedding models enforce a maximum of 300,000 tokens summed across all inputs in a single request.
          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.
          encoding_format: The format to return the embeddings in. Can be either `float` or [`base64`](https://pypi.org/project/pybase64/).
          dimensions: The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3` and later models.
          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).
        """

        from ..types.create_embedding_response import CreateEmbeddingResponse

        return cast(
            "CreateEmbeddingResponse",
            self._client.call(
                _CREATE_EMBEDDING,
                body={
                    "input": input,
                    "model": model,
                    "encoding_format": encoding_format,
                    "dimensions": dimensions,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=CreateEmbeddingResponse,
            ),
        )


class AsyncEmbeddings(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncEmbeddingsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncEmbeddingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEmbeddingsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncEmbeddingsWithStreamingResponse(self)

    async def create(
        self,
        *,
        input: str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]],
        model: str | Literal["text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large"],
        encoding_format: Literal["float", "base64"] | NotGiven = NOT_GIVEN,
        dimensions: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> CreateEmbeddingResponse:
        """Creates an embedding vector representing the input text.

        Args:
          input: Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single request, pass an array of strings or array of token arrays. The input must not exceed the max input tokens for the model (8192 tokens for all embedding models), cannot be an empty string, and any array must be 2048 dimensions or less. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens. In addition to the per-input token limit, all embedding models enforce a maximum of 300,000 tokens summed across all inputs in a single request.
          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.
          encoding_format: The format to return the embeddings in. Can be either `float` or [`base64`](https://pypi.org/project/pybase64/).
          dimensions: The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3` and later models.
          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).
        """

        from ..types.create_embedding_response import CreateEmbeddingResponse

        return cast(
            "CreateEmbeddingResponse",
            await self._client.call(
                _CREATE_EMBEDDING,
                body={
                    "input": input,
                    "model": model,
                    "encoding_format": encoding_format,
                    "dimensions": dimensions,
                    "user": user,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=CreateEmbeddingResponse,
            ),
        )


class EmbeddingsWithRawResponse(ResourceView):
    _resource: Embeddings

    create = raw_method(Embeddings.create)


class EmbeddingsWithStreamingResponse(StreamingResourceView):
    _resource: Embeddings

    create = streamed_method(Embeddings.create)


class AsyncEmbeddingsWithRawResponse(ResourceView):
    _resource: AsyncEmbeddings

    create = async_raw_method(AsyncEmbeddings.create)


class AsyncEmbeddingsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncEmbeddings

    create = async_streamed_method(AsyncEmbeddings.create)
