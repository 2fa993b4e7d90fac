"""`BaseModel` of every generated model, and `Open[T]` for values a newer API may extend."""

from __future__ import annotations

from typing import Annotated, Any, TypeAlias, TypeVar

import pydantic
from pydantic import ConfigDict, PlainSerializer, ValidationError, ValidatorFunctionWrapHandler, WrapValidator

__all__ = ["BaseModel", "Open"]

_T = TypeVar("_T")


class BaseModel(pydantic.BaseModel):
    """Base of every generated model.

    Unknown fields are kept (`extra="allow"`), fields can be filled by name or alias, `model_*`
    field names are allowed, and schemas are built on first use (`defer_build`) to keep imports cheap.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        defer_build=True,
    )


def _keep_unknown(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    try:
        return handler(value)
    except ValidationError:
        return value


def _dump_as_is(value: Any) -> Any:
    return value


Open: TypeAlias = Annotated[
    _T,
    WrapValidator(_keep_unknown),
    PlainSerializer(_dump_as_is, return_type=Any),
]
"""`Open[T]` validates as `T`, but keeps a value `T` does not accept (a new enum member, a new
union variant) as the raw decoded value instead of failing. Type checkers see plain `T`."""
