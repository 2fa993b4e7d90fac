# generated from the Odd Shapes spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..lib._operation import Operation
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

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
