# generated from the Golden Shop spec by the openai-connector generator; do not edit
"""Operations of Golden Shop (version 2024-01-01), reached as `client.golden_shop`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._views import ResourceView, StreamingResourceView

if TYPE_CHECKING:
    from .resources.orders import (
        AsyncOrders,
        AsyncOrdersWithRawResponse,
        AsyncOrdersWithStreamingResponse,
        Orders,
        OrdersWithRawResponse,
        OrdersWithStreamingResponse,
    )

__all__ = [
    "AsyncGoldenShop",
    "AsyncGoldenShopWithRawResponse",
    "AsyncGoldenShopWithStreamingResponse",
    "GoldenShop",
    "GoldenShopWithRawResponse",
    "GoldenShopWithStreamingResponse",
]


class GoldenShop(SyncAPIResource):
    """Golden Shop"""

    @cached_property
    def with_raw_response(self) -> GoldenShopWithRawResponse:
        """The namespace's resources, their methods returning the HTTP response."""
        return GoldenShopWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> GoldenShopWithStreamingResponse:
        """The namespace's resources, their methods as context managers over the unread HTTP response."""
        return GoldenShopWithStreamingResponse(self)

    @cached_property
    def orders(self) -> Orders:
        from .resources.orders import Orders

        return Orders(self._client)


class AsyncGoldenShop(AsyncAPIResource):
    """Golden Shop"""

    @cached_property
    def with_raw_response(self) -> AsyncGoldenShopWithRawResponse:
        """The namespace's resources, their methods returning the HTTP response."""
        return AsyncGoldenShopWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncGoldenShopWithStreamingResponse:
        """The namespace's resources, their methods as context managers over the unread HTTP response."""
        return AsyncGoldenShopWithStreamingResponse(self)

    @cached_property
    def orders(self) -> AsyncOrders:
        from .resources.orders import AsyncOrders

        return AsyncOrders(self._client)


class GoldenShopWithRawResponse(ResourceView):
    _resource: GoldenShop

    @property
    def orders(self) -> OrdersWithRawResponse:
        return self._resource.orders.with_raw_response


class GoldenShopWithStreamingResponse(StreamingResourceView):
    _resource: GoldenShop

    @property
    def orders(self) -> OrdersWithStreamingResponse:
        return self._resource.orders.with_streaming_response


class AsyncGoldenShopWithRawResponse(ResourceView):
    _resource: AsyncGoldenShop

    @property
    def orders(self) -> AsyncOrdersWithRawResponse:
        return self._resource.orders.with_raw_response


class AsyncGoldenShopWithStreamingResponse(StreamingResourceView):
    _resource: AsyncGoldenShop

    @property
    def orders(self) -> AsyncOrdersWithStreamingResponse:
        return self._resource.orders.with_streaming_response
