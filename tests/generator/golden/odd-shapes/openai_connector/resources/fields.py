# generated from the Odd Shapes spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import cast

from ..lib._operation import Operation
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

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
    def list(
        self,
        dataset: str,
        version: str,
        *,
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
    async def list(
        self,
        dataset: str,
        version: str,
        *,
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
