# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, cast

from ...lib._operation import Operation
from ...lib._resource import AsyncAPIResource, SyncAPIResource
from ...lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ...lib._views import (
    ResourceView,
    StreamingResourceView,
    async_raw_method,
    async_streamed_method,
    raw_method,
    streamed_method,
)

if TYPE_CHECKING:
    from ..types.embeddings_create import EmbeddingsCreateResponse

_EMBEDDINGS_CREATE = Operation(
    api="azure",
    operation_id="embeddings_create",
    method="POST",
    path="/deployments/{deployment-id}/embeddings",
    request_kind="json",
    response_kind="json",
    client_params={"deployment-id": "azure_deployment", "api-version": "api_version"},
    checks={
        "path": {"deployment-id": {"type": "string"}},
        "query": {"api-version": {"type": "string"}},
        "body": {
            "input": {
                "anyOf": [{"type": "string"}, {"type": "array", "minItems": 1, "maxItems": 2048}],
                "nullable": True,
            },
            "user": {"type": "string"},
            "input_type": {"type": "string"},
            "encoding_format": {"type": "string", "nullable": True},
            "dimensions": {"type": "integer", "nullable": True},
        },
    },
    security=("entra_token", "azure_api_key"),
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
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        input: str | Sequence[str] | None,
        user: str | NotGiven = NOT_GIVEN,
        input_type: str | NotGiven = NOT_GIVEN,
        encoding_format: str | NotGiven | None = NOT_GIVEN,
        dimensions: int | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EmbeddingsCreateResponse:
        """Get a vector representation of a given input that can be easily consumed by machine learning models and algorithms.

        Args:
          deployment_id: The deployment id of the model which was deployed.
          api_version: api version
          input: Input text to get embeddings for, encoded as a string. To get embeddings for multiple inputs in a single request, pass an array of strings. Each input must not exceed 2048 tokens in length. Unless you are embedding code, we suggest replacing newlines (\\n) in your input with a single space, as we have observed inferior results when newlines are present.
          user: A unique identifier representing your end-user, which can help monitoring and detecting abuse.
          input_type: input type of embedding search to use
          encoding_format: The format to return the embeddings in. Can be either `float` or `base64`. Defaults to `float`.
          dimensions: The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3` and later models.
        """

        from ..types.embeddings_create import EmbeddingsCreateResponse

        return cast(
            "EmbeddingsCreateResponse",
            self._client.call(
                _EMBEDDINGS_CREATE,
                path_params={"deployment-id": deployment_id},
                query={"api-version": api_version},
                body={
                    "input": input,
                    "user": user,
                    "input_type": input_type,
                    "encoding_format": encoding_format,
                    "dimensions": dimensions,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=EmbeddingsCreateResponse,
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
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        input: str | Sequence[str] | None,
        user: str | NotGiven = NOT_GIVEN,
        input_type: str | NotGiven = NOT_GIVEN,
        encoding_format: str | NotGiven | None = NOT_GIVEN,
        dimensions: int | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EmbeddingsCreateResponse:
        """Get a vector representation of a given input that can be easily consumed by machine learning models and algorithms.

        Args:
          deployment_id: The deployment id of the model which was deployed.
          api_version: api version
          input: Input text to get embeddings for, encoded as a string. To get embeddings for multiple inputs in a single request, pass an array of strings. Each input must not exceed 2048 tokens in length. Unless you are embedding code, we suggest replacing newlines (\\n) in your input with a single space, as we have observed inferior results when newlines are present.
          user: A unique identifier representing your end-user, which can help monitoring and detecting abuse.
          input_type: input type of embedding search to use
          encoding_format: The format to return the embeddings in. Can be either `float` or `base64`. Defaults to `float`.
          dimensions: The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3` and later models.
        """

        from ..types.embeddings_create import EmbeddingsCreateResponse

        return cast(
            "EmbeddingsCreateResponse",
            await self._client.call(
                _EMBEDDINGS_CREATE,
                path_params={"deployment-id": deployment_id},
                query={"api-version": api_version},
                body={
                    "input": input,
                    "user": user,
                    "input_type": input_type,
                    "encoding_format": encoding_format,
                    "dimensions": dimensions,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=EmbeddingsCreateResponse,
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
