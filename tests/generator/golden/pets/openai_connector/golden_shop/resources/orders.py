# generated from the Golden Shop spec by the openai-connector generator; do not edit
from __future__ import annotations

from functools import cached_property
from types import NoneType
from typing import TYPE_CHECKING, cast

from ...lib._operation import Operation
from ...lib._resource import AsyncAPIResource, SyncAPIResource
from ...lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ...lib._views import (
    ResourceView,
    StreamingResourceView,
    async_raw_method,
    async_streamed_method,
    raw_method,
    streamed_method,
)

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
    def with_raw_response(self) -> OrdersWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return OrdersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OrdersWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return OrdersWithStreamingResponse(self)

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
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncOrdersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOrdersWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncOrdersWithStreamingResponse(self)

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
    @cached_property
    def with_raw_response(self) -> OrdersInvoiceWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return OrdersInvoiceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OrdersInvoiceWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return OrdersInvoiceWithStreamingResponse(self)

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
    @cached_property
    def with_raw_response(self) -> AsyncOrdersInvoiceWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncOrdersInvoiceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOrdersInvoiceWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncOrdersInvoiceWithStreamingResponse(self)

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


class OrdersWithRawResponse(ResourceView):
    _resource: Orders

    @property
    def invoice(self) -> OrdersInvoiceWithRawResponse:
        return self._resource.invoice.with_raw_response

    retrieve = raw_method(Orders.retrieve)


class OrdersWithStreamingResponse(StreamingResourceView):
    _resource: Orders

    @property
    def invoice(self) -> OrdersInvoiceWithStreamingResponse:
        return self._resource.invoice.with_streaming_response

    retrieve = streamed_method(Orders.retrieve)


class AsyncOrdersWithRawResponse(ResourceView):
    _resource: AsyncOrders

    @property
    def invoice(self) -> AsyncOrdersInvoiceWithRawResponse:
        return self._resource.invoice.with_raw_response

    retrieve = async_raw_method(AsyncOrders.retrieve)


class AsyncOrdersWithStreamingResponse(StreamingResourceView):
    _resource: AsyncOrders

    @property
    def invoice(self) -> AsyncOrdersInvoiceWithStreamingResponse:
        return self._resource.invoice.with_streaming_response

    retrieve = async_streamed_method(AsyncOrders.retrieve)


class OrdersInvoiceWithRawResponse(ResourceView):
    _resource: OrdersInvoice

    update = raw_method(OrdersInvoice.update)


class OrdersInvoiceWithStreamingResponse(StreamingResourceView):
    _resource: OrdersInvoice

    update = streamed_method(OrdersInvoice.update)


class AsyncOrdersInvoiceWithRawResponse(ResourceView):
    _resource: AsyncOrdersInvoice

    update = async_raw_method(AsyncOrdersInvoice.update)


class AsyncOrdersInvoiceWithStreamingResponse(StreamingResourceView):
    _resource: AsyncOrdersInvoice

    update = async_streamed_method(AsyncOrdersInvoice.update)
