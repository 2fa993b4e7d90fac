# generated from the Golden Pets spec by the openai-connector generator; do not edit
"""Every model and request type, imported lazily: `from types import Name` loads one module.

The name -> module map lives in `_index.py` and loads on first use; type checkers read `__init__.pyi`.
"""

from __future__ import annotations

import importlib
from typing import Any


def __getattr__(name: str) -> Any:
    from ._index import ALL, MODULE_OF

    if name == "__all__":
        return list(ALL)
    module = MODULE_OF.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    else:
        from ..lib._type_exports import load_export
        from ._index import ALIASES

        value = load_export(__name__, 0, ALIASES, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    from ._index import ALL

    return list(ALL)
