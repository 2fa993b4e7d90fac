# generated from the Golden Shop spec by the openai-connector generator; do not edit
from __future__ import annotations

from functools import cached_property
from types import NoneType
from typing import TYPE_CHECKING, cast

from ...lib._operation import Operation
from ...lib._resource import AsyncAPIResource, SyncAPIResource
from ...lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from ..types.order import Order

_ORDERS_GET = Operation(
    api="golden_shop",
    operation_id="Orders_Get",
    method="GET",
    path="/orders/{order-id}",
    request_kind="none",
    response_kind="json",
    server_path="/api",
    checks={"path": {"order-id": {"type": "string"}}, "query": {"api-version": {"type": "string"}}},
)

_ORDERS_PUT_INVOICE = Operation(
    api="golden_shop",
    operation_id="Orders_PutInvoice",
    method="PUT",
    path="/orders/{order-id}/invoice",
    request_kind="binary",
    response_kind="none",
    server_path="/api",
    checks={"path": {"order-id": {"type": "string"}}},
)


class Orders(SyncAPIResource):
    @cached_property
    def invoice(self) -> OrdersInvoice:
        return OrdersInvoice(self._client)

    def retrieve(
        self,
        order_id: str,
        *,
        api_version: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Order:
        """GET /orders/{order-id}"""

        from ..types.order import Order

        return cast(
            "Order",
            self._client.call(
                _ORDERS_GET,
                path_params={"order-id": order_id},
                query={"api-version": api_version},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Order,
            ),
        )


class AsyncOrders(AsyncAPIResource):
    @cached_property
    def invoice(self) -> AsyncOrdersInvoice:
        return AsyncOrdersInvoice(self._client)

    async def retrieve(
        self,
        order_id: str,
        *,
        api_version: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Order:
        """GET /orders/{order-id}"""

        from ..types.order import Order

        return cast(
            "Order",
            await self._client.call(
                _ORDERS_GET,
                path_params={"order-id": order_id},
                query={"api-version": api_version},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Order,
            ),
        )


class OrdersInvoice(SyncAPIResource):
    def update(
        self,
        order_id: str,
        *,
        body: bytes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """PUT /orders/{order-id}/invoice"""

        return cast(
            "None",
            self._client.call(
                _ORDERS_PUT_INVOICE,
                path_params={"order-id": order_id},
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=NoneType,
            ),
        )


class AsyncOrdersInvoice(AsyncAPIResource):
    async def update(
        self,
        order_id: str,
        *,
        body: bytes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """PUT /orders/{order-id}/invoice"""

        return cast(
            "None",
            await self._client.call(
                _ORDERS_PUT_INVOICE,
                path_params={"order-id": order_id},
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=NoneType,
            ),
        )
