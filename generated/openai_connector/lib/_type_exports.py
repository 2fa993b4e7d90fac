# copied from generator/runtime/core/_type_exports.py by the openai-connector generator; edit the source
"""Lazy re-exports for the generated type modules laid out as openai-python's (`types.chat`, ...)."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any, Union

Target = tuple[tuple[str, str], ...]  # (module, class name): one, or the variants of a union


def load_export(namespace: str, depth: int, exports: Mapping[str, Target], name: str) -> Any:
    """The class (or union of classes) `name` stands for in the module `namespace`, `depth` packages below
    the flat `types` package; AttributeError if none."""
    target = exports.get(name)
    if target is None:
        raise AttributeError(f"module {namespace!r} has no attribute {name!r}")
    types_package = namespace.rsplit(".", depth)[0] if depth else namespace
    values = tuple(getattr(importlib.import_module(f"{types_package}.{module}"), attr) for module, attr in target)
    return values[0] if len(values) == 1 else Union[values]  # noqa: UP007 (a union built at run time)
