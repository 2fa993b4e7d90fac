# generated from the Odd Shapes spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Any, cast

from ..lib._operation import Operation
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

_PERFORM_SEARCH = Operation(
    api="openai",
    operation_id="perform search",
    method="POST",
    path="/{dataset}/{version}/records",
    request_kind="form",
    response_kind="json",
    checks={
        "path": {"version": {"type": "string"}, "dataset": {"type": "string"}},
        "body": {"criteria": {"type": "string"}, "rows": {"type": "integer"}},
    },
)


class Records(SyncAPIResource):
    def create(
        self,
        version: str,
        dataset: str,
        *,
        criteria: str,
        rows: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> list[dict[str, dict[str, Any]]]:
        """POST /{dataset}/{version}/records"""

        return cast(
            "list[dict[str, dict[str, Any]]]",
            self._client.call(
                _PERFORM_SEARCH,
                path_params={"version": version, "dataset": dataset},
                body={"criteria": criteria, "rows": rows},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=list[dict[str, dict[str, Any]]],
            ),
        )


class AsyncRecords(AsyncAPIResource):
    async def create(
        self,
        version: str,
        dataset: str,
        *,
        criteria: str,
        rows: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> list[dict[str, dict[str, Any]]]:
        """POST /{dataset}/{version}/records"""

        return cast(
            "list[dict[str, dict[str, Any]]]",
            await self._client.call(
                _PERFORM_SEARCH,
                path_params={"version": version, "dataset": dataset},
                body={"criteria": criteria, "rows": rows},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=list[dict[str, dict[str, Any]]],
            ),
        )
