"""`BaseModel` of every generated model, and `Open[T]` for values a newer API may extend."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeAlias, TypeVar

import pydantic
from pydantic import ConfigDict, PlainSerializer, ValidationError, ValidatorFunctionWrapHandler, WrapValidator

__all__ = ["BaseModel", "Open", "tag_of"]

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

    # Tolerant reader. Real responses (and the specs' own published examples) leave out fields the
    # spec calls required, send null where it says string, or a number where it says object. A
    # client that refused such answers would fail its users for the server's drift, so a field the
    # server sent in an unexpected form keeps the value as sent, and a required field the server
    # left out reads as None. Type checkers still see the spec's types. What is not tolerated: an
    # answer that has none of the model's fields at all, which is not this model (a wrong shape).

    @pydantic.model_validator(mode="wrap")
    @classmethod
    def _tolerate_missing(cls, data: Any, handler: pydantic.ModelWrapValidatorHandler[Any]) -> Any:
        if isinstance(data, dict):
            required = _REQUIRED.get(cls)
            if required is None:
                required = _required_keys(cls)
            for name, alias in required:  # the common case: every required key is there; no list built
                if alias not in data and name not in data:
                    break
            else:
                return handler(data)
            missing = [(name, alias) for name, alias in required if alias not in data and name not in data]
            if len(missing) == len(required) and not any(key in data for key in _all_keys(cls)):
                raise ValueError(f"none of the fields of {cls.__name__} is present: not a {cls.__name__}")
            data = {**data, **{alias: None for _, alias in missing}}
        return handler(data)

    @pydantic.field_validator("*", mode="wrap")
    @classmethod
    def _tolerate_unexpected(cls, value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        try:
            return handler(value)
        except ValidationError:
            return value


_REQUIRED: dict[type[pydantic.BaseModel], tuple[tuple[str, str], ...]] = {}
_KEYS: dict[type[pydantic.BaseModel], frozenset[str]] = {}


def _required_keys(model: type[pydantic.BaseModel]) -> tuple[tuple[str, str], ...]:
    keys = _REQUIRED.get(model)
    if keys is None:
        keys = tuple((name, field.alias or name) for name, field in model.model_fields.items() if field.is_required())
        _REQUIRED[model] = keys
    return keys


def _all_keys(model: type[pydantic.BaseModel]) -> frozenset[str]:
    keys = _KEYS.get(model)
    if keys is None:
        keys = frozenset(k for name, field in model.model_fields.items() for k in (name, field.alias or name))
        _KEYS[model] = keys
    return keys


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


def tag_of(key: str) -> Callable[[Any], str | None]:
    """A discriminator for `Annotated[A | B, Discriminator(tag_of("type"))]`: the value of `key`.

    Pydantic's own `Field(discriminator=...)` inspects the variants' fields and refuses tolerant
    ones; reading the tag from the data leaves the variants as they are.
    """

    def tag(value: Any) -> str | None:
        if isinstance(value, dict):
            found = value.get(key)
        else:
            found = getattr(value, key, None)
        return found if isinstance(found, str) else None

    return tag
