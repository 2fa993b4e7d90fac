# copied from generator/runtime/core/_strictness.py by the openai-connector generator; edit the source
"""openai-python's `_strict_response_validation=True`: answers must fit their types, or the call fails.

By default this client reads answers tolerantly (`_models`: a field in an unexpected form is kept as sent,
a required field left out reads as None, an unknown enum member or union variant is kept). A client made
with `_strict_response_validation=True` reads inside `strict_reading()`, which turns those tolerances
off, and then checks that every required field was sent (`missing_required`). The default path pays
nothing for it: the flag is read only where a tolerance would apply.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pydantic

__all__ = ["is_strict", "missing_required", "strict_reading"]

_STRICT: contextvars.ContextVar[bool] = contextvars.ContextVar("openai_connector_strict_reading", default=False)


@contextmanager
def strict_reading() -> Iterator[None]:
    """Validate strictly inside this block (this thread or task only)."""
    token = _STRICT.set(True)
    try:
        yield
    finally:
        _STRICT.reset(token)


def is_strict() -> bool:
    return _STRICT.get()


def missing_required(value: Any, path: str = "") -> str | None:
    """The path of the first required field a decoded answer lacks (None if it has them all)."""
    from ._models import missing  # the default of a required response field

    if isinstance(value, pydantic.BaseModel):
        fields = type(value).model_fields
        for name, field in fields.items():
            here = f"{path}.{field.alias or name}" if path else (field.alias or name)
            if field.default_factory is missing and name not in value.model_fields_set:
                return here
            found = missing_required(value.__dict__.get(name), here)
            if found is not None:
                return found
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = missing_required(item, f"{path}[{index}]")
            if found is not None:
                return found
    elif isinstance(value, dict):
        for key, item in value.items():
            found = missing_required(item, f"{path}.{key}" if path else str(key))
            if found is not None:
                return found
    return None
