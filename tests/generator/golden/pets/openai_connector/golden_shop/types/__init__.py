# generated from tests/generator/specs/shop-3.0.json by the openai-connector generator; do not edit
"""Every model and request type, imported lazily: `from types import Name` loads one module."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .discount import Discount
    from .error import Error
    from .line import Line
    from .order import Order

_MODULE_OF: dict[str, str] = {
    "Discount": "discount",
    "Error": "error",
    "Line": "line",
    "Order": "order",
}

__all__ = [
    "Discount",
    "Error",
    "Line",
    "Order",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
