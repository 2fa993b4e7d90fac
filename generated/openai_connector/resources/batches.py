# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

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
    from ..lib._pagination import (
        AsyncCursorPage,
        AsyncPaginator,
        SyncCursorPage,
    )
    from ..types.batch import Batch
    from ..types.batch_file_expiration_after import BatchFileExpirationAfterParam
    from ..types.metadata import Metadata

_LIST_BATCHES = Operation(
    api="openai",
    operation_id="listBatches",
    method="GET",
    path="/batches",
    request_kind="none",
    response_kind="json",
    checks={"query": {"after": {"type": "string"}, "limit": {"type": "integer"}}},
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_CREATE_BATCH = Operation(
    api="openai",
    operation_id="createBatch",
    method="POST",
    path="/batches",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "input_file_id": {"type": "string"},
            "endpoint": {"type": "string"},
            "completion_window": {"type": "string"},
            "metadata": {"type": "object", "nullable": True},
            "output_expires_after": {"type": "object"},
        }
    },
    security=("api_key",),
    version_param="api-version",
)

_RETRIEVE_BATCH = Operation(
    api="openai",
    operation_id="retrieveBatch",
    method="GET",
    path="/batches/{batch_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"batch_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_CANCEL_BATCH = Operation(
    api="openai",
    operation_id="cancelBatch",
    method="POST",
    path="/batches/{batch_id}/cancel",
    request_kind="none",
    response_kind="json",
    checks={"path": {"batch_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)


class Batches(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BatchesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return BatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BatchesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return BatchesWithStreamingResponse(self)

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[Batch]:
        """List your organization's batches.

        Args:
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
        """

        from ..types.batch import Batch
        from ..types.list_batches_response import ListBatchesResponse

        return cast(
            "SyncCursorPage[Batch]",
            self._client.call_page(
                _LIST_BATCHES,
                query={"after": after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListBatchesResponse,
                item_type=Batch,
                cursor_param="after",
            ),
        )

    def create(
        self,
        *,
        input_file_id: str,
        endpoint: Literal[
            "/v1/responses",
            "/v1/chat/completions",
            "/v1/embeddings",
            "/v1/completions",
            "/v1/moderations",
            "/v1/images/generations",
            "/v1/images/edits",
            "/v1/videos",
        ],
        completion_window: Literal["24h"],
        metadata: Metadata | NotGiven = NOT_GIVEN,
        output_expires_after: BatchFileExpirationAfterParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Creates and executes a batch from an uploaded file of requests

        Args:
          input_file_id: The ID of an uploaded file that contains requests for the new batch. See [upload file](/docs/api-reference/files/create) for how to upload a file. Your input file must be formatted as a [JSONL file](/docs/api-reference/batch/request-input), and must be uploaded with the purpose `batch`. The file can contain up to 50,000 requests, and can be up to 200 MB in size.
          endpoint: The endpoint to be used for all requests in the batch. Currently `/v1/responses`, `/v1/chat/completions`, `/v1/embeddings`, `/v1/completions`, `/v1/moderations`, `/v1/images/generations`, `/v1/images/edits`, and `/v1/videos` are supported. Note that `/v1/embeddings` batches are also restricted to a maximum of 50,000 embedding inputs across all requests in the batch.
          completion_window: The time frame within which the batch should be processed. Currently only `24h` is supported.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          output_expires_after: The expiration policy for the output and/or error file that are generated for a batch.
        """

        from ..types.batch import Batch

        return cast(
            "Batch",
            self._client.call(
                _CREATE_BATCH,
                body={
                    "input_file_id": input_file_id,
                    "endpoint": endpoint,
                    "completion_window": completion_window,
                    "metadata": metadata,
                    "output_expires_after": output_expires_after,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Batch,
            ),
        )

    def retrieve(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Retrieves a batch.

        Args:
          batch_id: The ID of the batch to retrieve.
        """

        from ..types.batch import Batch

        return cast(
            "Batch",
            self._client.call(
                _RETRIEVE_BATCH,
                path_params={"batch_id": batch_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Batch,
            ),
        )

    def cancel(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Cancels an in-progress batch. The batch will be in status `cancelling` for up to 10 minutes, before changing to `cancelled`, where it will have partial results (if any) available in the output file.

        Args:
          batch_id: The ID of the batch to cancel.
        """

        from ..types.batch import Batch

        return cast(
            "Batch",
            self._client.call(
                _CANCEL_BATCH,
                path_params={"batch_id": batch_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Batch,
            ),
        )


class AsyncBatches(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBatchesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBatchesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncBatchesWithStreamingResponse(self)

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Batch, AsyncCursorPage[Batch]]:
        """List your organization's batches.

        Args:
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
        """

        from ..types.batch import Batch
        from ..types.list_batches_response import ListBatchesResponse

        return cast(
            "AsyncPaginator[Batch, AsyncCursorPage[Batch]]",
            self._client.call_page(
                _LIST_BATCHES,
                query={"after": after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListBatchesResponse,
                item_type=Batch,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        *,
        input_file_id: str,
        endpoint: Literal[
            "/v1/responses",
            "/v1/chat/completions",
            "/v1/embeddings",
            "/v1/completions",
            "/v1/moderations",
            "/v1/images/generations",
            "/v1/images/edits",
            "/v1/videos",
        ],
        completion_window: Literal["24h"],
        metadata: Metadata | NotGiven = NOT_GIVEN,
        output_expires_after: BatchFileExpirationAfterParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Creates and executes a batch from an uploaded file of requests

        Args:
          input_file_id: The ID of an uploaded file that contains requests for the new batch. See [upload file](/docs/api-reference/files/create) for how to upload a file. Your input file must be formatted as a [JSONL file](/docs/api-reference/batch/request-input), and must be uploaded with the purpose `batch`. The file can contain up to 50,000 requests, and can be up to 200 MB in size.
          endpoint: The endpoint to be used for all requests in the batch. Currently `/v1/responses`, `/v1/chat/completions`, `/v1/embeddings`, `/v1/completions`, `/v1/moderations`, `/v1/images/generations`, `/v1/images/edits`, and `/v1/videos` are supported. Note that `/v1/embeddings` batches are also restricted to a maximum of 50,000 embedding inputs across all requests in the batch.
          completion_window: The time frame within which the batch should be processed. Currently only `24h` is supported.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          output_expires_after: The expiration policy for the output and/or error file that are generated for a batch.
        """

        from ..types.batch import Batch

        return cast(
            "Batch",
            await self._client.call(
                _CREATE_BATCH,
                body={
                    "input_file_id": input_file_id,
                    "endpoint": endpoint,
                    "completion_window": completion_window,
                    "metadata": metadata,
                    "output_expires_after": output_expires_after,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Batch,
            ),
        )

    async def retrieve(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Retrieves a batch.

        Args:
          batch_id: The ID of the batch to retrieve.
        """

        from ..types.batch import Batch

        return cast(
            "Batch",
            await self._client.call(
                _RETRIEVE_BATCH,
                path_params={"batch_id": batch_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Batch,
            ),
        )

    async def cancel(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Cancels an in-progress batch. The batch will be in status `cancelling` for up to 10 minutes, before changing to `cancelled`, where it will have partial results (if any) available in the output file.

        Args:
          batch_id: The ID of the batch to cancel.
        """

        from ..types.batch import Batch

        return cast(
            "Batch",
            await self._client.call(
                _CANCEL_BATCH,
                path_params={"batch_id": batch_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Batch,
            ),
        )


class BatchesWithRawResponse(ResourceView):
    _resource: Batches

    list = raw_method(Batches.list)
    create = raw_method(Batches.create)
    retrieve = raw_method(Batches.retrieve)
    cancel = raw_method(Batches.cancel)


class BatchesWithStreamingResponse(StreamingResourceView):
    _resource: Batches

    list = streamed_method(Batches.list)
    create = streamed_method(Batches.create)
    retrieve = streamed_method(Batches.retrieve)
    cancel = streamed_method(Batches.cancel)


class AsyncBatchesWithRawResponse(ResourceView):
    _resource: AsyncBatches

    list = async_raw_method(AsyncBatches.list)
    create = async_raw_method(AsyncBatches.create)
    retrieve = async_raw_method(AsyncBatches.retrieve)
    cancel = async_raw_method(AsyncBatches.cancel)


class AsyncBatchesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncBatches

    list = async_streamed_method(AsyncBatches.list)
    create = async_streamed_method(AsyncBatches.create)
    retrieve = async_streamed_method(AsyncBatches.retrieve)
    cancel = async_streamed_method(AsyncBatches.cancel)
