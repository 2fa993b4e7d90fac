# generated from the Odd Shapes spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from ..lib._operation import Operation
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

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
