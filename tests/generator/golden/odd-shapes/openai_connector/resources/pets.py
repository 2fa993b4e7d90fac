# generated from the Odd Shapes spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

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
    from ..types.error import Error
    from ..types.pet import Pet

_FIND_PETS = Operation(
    api="openai",
    operation_id="findPets",
    method="GET",
    path="/pets",
    request_kind="none",
    response_kind="json",
    checks={"query": {"ids": {"type": "array"}}},
)

_FIND_PET_BY_ID = Operation(
    api="openai",
    operation_id="find pet by id",
    method="GET",
    path="/pets/{id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"id": {"type": "integer"}}},
)


class Pets(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> PetsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return PetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PetsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return PetsWithStreamingResponse(self)

    def list(
        self,
        *,
        ids: Sequence[Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> list[Pet]:
        """GET /pets"""

        from ..types.pet import Pet

        return cast(
            "list[Pet]",
            self._client.call(
                _FIND_PETS,
                query={"ids": ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=list[Pet],
            ),
        )

    def retrieve(
        self,
        id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Error:
        """GET /pets/{id}"""

        from ..types.error import Error

        return cast(
            "Error",
            self._client.call(
                _FIND_PET_BY_ID,
                path_params={"id": id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Error,
            ),
        )


class AsyncPets(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncPetsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncPetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPetsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncPetsWithStreamingResponse(self)

    async def list(
        self,
        *,
        ids: Sequence[Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> list[Pet]:
        """GET /pets"""

        from ..types.pet import Pet

        return cast(
            "list[Pet]",
            await self._client.call(
                _FIND_PETS,
                query={"ids": ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=list[Pet],
            ),
        )

    async def retrieve(
        self,
        id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Error:
        """GET /pets/{id}"""

        from ..types.error import Error

        return cast(
            "Error",
            await self._client.call(
                _FIND_PET_BY_ID,
                path_params={"id": id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Error,
            ),
        )


class PetsWithRawResponse(ResourceView):
    _resource: Pets

    list = raw_method(Pets.list)
    retrieve = raw_method(Pets.retrieve)


class PetsWithStreamingResponse(StreamingResourceView):
    _resource: Pets

    list = streamed_method(Pets.list)
    retrieve = streamed_method(Pets.retrieve)


class AsyncPetsWithRawResponse(ResourceView):
    _resource: AsyncPets

    list = async_raw_method(AsyncPets.list)
    retrieve = async_raw_method(AsyncPets.retrieve)


class AsyncPetsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncPets

    list = async_streamed_method(AsyncPets.list)
    retrieve = async_streamed_method(AsyncPets.retrieve)
