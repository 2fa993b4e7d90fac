# generated from tests/generator/specs/odd-shapes.yaml by the openai-connector generator; do not edit
"""Every model and request type, imported lazily: `from types import Name` loads one module."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .data_set_list import DataSetList, DataSetListApisItem
    from .error import Error
    from .new_pet import NewPet
    from .perform_search import PerformSearchBody, PerformSearchBodyParam
    from .pet import Pet

_MODULE_OF: dict[str, str] = {
    "DataSetList": "data_set_list",
    "DataSetListApisItem": "data_set_list",
    "Error": "error",
    "NewPet": "new_pet",
    "PerformSearchBody": "perform_search",
    "PerformSearchBodyParam": "perform_search",
    "Pet": "pet",
}

__all__ = [
    "DataSetList",
    "DataSetListApisItem",
    "Error",
    "NewPet",
    "PerformSearchBody",
    "PerformSearchBodyParam",
    "Pet",
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
