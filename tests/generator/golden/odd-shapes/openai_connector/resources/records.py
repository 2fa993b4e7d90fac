# generated from the Odd Shapes spec by the openai-connector generator; do not edit
from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, cast

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
    pass

_PERFORM_SEARCH = Operation(
    api="openai",
    operation_id="perform search",
    method="POST",
    path="/{dataset}/{version}/records",
    request_kind="form",
    response_kind="json",
    checks={
        "path": {"dataset": {"type": "string"}, "version": {"type": "string"}},
        "body": {"criteria": {"type": "string"}, "rows": {"type": "integer"}},
    },
)


class Records(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> RecordsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return RecordsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RecordsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return RecordsWithStreamingResponse(self)

    def create(
        self,
        version: str,
        *,
        dataset: str,
        criteria: str,
        rows: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> list[dict[str, dict[str, builtins.object]]]:
        """POST /{dataset}/{version}/records"""

        return cast(
            "list[dict[str, dict[str, builtins.object]]]",
            self._client.call(
                _PERFORM_SEARCH,
                path_params={"dataset": dataset, "version": version},
                body={"criteria": criteria, "rows": rows},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=list[dict[str, dict[str, builtins.object]]],
            ),
        )


class AsyncRecords(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncRecordsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncRecordsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRecordsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncRecordsWithStreamingResponse(self)

    async def create(
        self,
        version: str,
        *,
        dataset: str,
        criteria: str,
        rows: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> list[dict[str, dict[str, builtins.object]]]:
        """POST /{dataset}/{version}/records"""

        return cast(
            "list[dict[str, dict[str, builtins.object]]]",
            await self._client.call(
                _PERFORM_SEARCH,
                path_params={"dataset": dataset, "version": version},
                body={"criteria": criteria, "rows": rows},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=list[dict[str, dict[str, builtins.object]]],
            ),
        )


class RecordsWithRawResponse(ResourceView):
    _resource: Records

    create = raw_method(Records.create)


class RecordsWithStreamingResponse(StreamingResourceView):
    _resource: Records

    create = streamed_method(Records.create)


class AsyncRecordsWithRawResponse(ResourceView):
    _resource: AsyncRecords

    create = async_raw_method(AsyncRecords.create)


class AsyncRecordsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncRecords

    create = async_streamed_method(AsyncRecords.create)
