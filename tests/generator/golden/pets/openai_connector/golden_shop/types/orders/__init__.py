# generated from the Golden Shop spec by the openai-connector generator; do not edit
"""`types.orders`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ..order import Order as Order
    from ..order import Order as OrderRetrieveResponse

__all__ = [
    "Order",
    "OrderRetrieveResponse",
]

_EXPORTS: dict[str, Target] = {
    "Order": (("order", "Order"),),
    "OrderRetrieveResponse": (("order", "Order"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 1, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
