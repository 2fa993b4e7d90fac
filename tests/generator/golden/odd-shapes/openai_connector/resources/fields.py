# generated from the Odd Shapes spec by the openai-connector generator; do not edit
from __future__ import annotations

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

_LIST_SEARCHABLE_FIELDS = Operation(
    api="openai",
    operation_id="list-searchable-fields",
    method="GET",
    path="/{dataset}/{version}/fields",
    request_kind="none",
    response_kind="json",
    checks={"path": {"dataset": {"type": "string"}, "version": {"type": "string"}}},
)


class Fields(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FieldsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return FieldsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FieldsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return FieldsWithStreamingResponse(self)

    def list(
        self,
        version: str,
        *,
        dataset: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str:
        """GET /{dataset}/{version}/fields"""

        return cast(
            "str",
            self._client.call(
                _LIST_SEARCHABLE_FIELDS,
                path_params={"dataset": dataset, "version": version},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=str,
            ),
        )


class AsyncFields(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncFieldsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncFieldsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFieldsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncFieldsWithStreamingResponse(self)

    async def list(
        self,
        version: str,
        *,
        dataset: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> str:
        """GET /{dataset}/{version}/fields"""

        return cast(
            "str",
            await self._client.call(
                _LIST_SEARCHABLE_FIELDS,
                path_params={"dataset": dataset, "version": version},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=str,
            ),
        )


class FieldsWithRawResponse(ResourceView):
    _resource: Fields

    list = raw_method(Fields.list)


class FieldsWithStreamingResponse(StreamingResourceView):
    _resource: Fields

    list = streamed_method(Fields.list)


class AsyncFieldsWithRawResponse(ResourceView):
    _resource: AsyncFields

    list = async_raw_method(AsyncFields.list)


class AsyncFieldsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncFields

    list = async_streamed_method(AsyncFields.list)
