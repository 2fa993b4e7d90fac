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
    from ..types.data_set_list import DataSetList

_LIST_DATA_SETS = Operation(
    api="openai",
    operation_id="list-data-sets",
    method="GET",
    path="/",
    request_kind="none",
    response_kind="json",
)


class Root(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> RootWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return RootWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RootWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return RootWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DataSetList:
        """GET /"""

        from ..types.data_set_list import DataSetList

        return cast(
            "DataSetList",
            self._client.call(
                _LIST_DATA_SETS,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DataSetList,
            ),
        )


class AsyncRoot(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncRootWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncRootWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRootWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncRootWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DataSetList:
        """GET /"""

        from ..types.data_set_list import DataSetList

        return cast(
            "DataSetList",
            await self._client.call(
                _LIST_DATA_SETS,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DataSetList,
            ),
        )


class RootWithRawResponse(ResourceView):
    _resource: Root

    list = raw_method(Root.list)


class RootWithStreamingResponse(StreamingResourceView):
    _resource: Root

    list = streamed_method(Root.list)


class AsyncRootWithRawResponse(ResourceView):
    _resource: AsyncRoot

    list = async_raw_method(AsyncRoot.list)


class AsyncRootWithStreamingResponse(StreamingResourceView):
    _resource: AsyncRoot

    list = async_streamed_method(AsyncRoot.list)
