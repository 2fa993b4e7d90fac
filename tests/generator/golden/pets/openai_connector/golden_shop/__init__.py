# generated from the Golden Shop spec by the openai-connector generator; do not edit
"""Operations of Golden Shop (version 2024-01-01), reached as `client.golden_shop`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..lib._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from .resources.orders import AsyncOrders, Orders

__all__ = ["AsyncGoldenShop", "GoldenShop"]


class GoldenShop(SyncAPIResource):
    """Golden Shop"""

    @cached_property
    def orders(self) -> Orders:
        from .resources.orders import Orders

        return Orders(self._client)


class AsyncGoldenShop(AsyncAPIResource):
    """Golden Shop"""

    @cached_property
    def orders(self) -> AsyncOrders:
        from .resources.orders import AsyncOrders

        return AsyncOrders(self._client)
