# copied from generator/runtime/core/_models.py by the openai-connector generator; edit the source
"""`BaseModel` of every generated model, and `Open[T]` for values a newer API may extend."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias, TypeVar, cast

import pydantic
from pydantic import ConfigDict, ValidationError, ValidatorFunctionWrapHandler, WrapValidator
from pydantic_core import core_schema

from ._strictness import is_strict

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler

__all__ = ["BaseModel", "Open", "missing", "shaped", "tag_of"]

_T = TypeVar("_T")


class BaseModel(pydantic.BaseModel):
    """Base of every generated model.

    Unknown fields are kept (`extra="allow"`), fields can be filled by name or alias, `model_*`
    field names are allowed, and schemas are built on first use (`defer_build`) to keep imports cheap.
    A field sent in an unexpected form is kept as sent when the model can do without it, which is
    why the generator gives required fields `Field(default_factory=missing)`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        defer_build=True,
    )

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> dict[str, object]:
        """This model as a dict, keyed as the API sends it (`use_api_names`), with only the fields it set
        (`exclude_unset`); `mode="json"` gives JSON values only. openai-python's `to_dict`."""
        return self.model_dump(
            mode=mode,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def to_json(
        self,
        *,
        indent: int | None = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """This model as JSON text (indented by `indent`, compact with `None`), with `to_dict`'s options."""
        return self.model_dump_json(
            indent=indent,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    # Tolerant reader. Real responses (and the specs' own published examples) leave out fields the
    # spec calls required, send null where it says string, or a number where it says object. A
    # client that refused such answers would fail its users for the server's drift, so a field the
    # server sent in an unexpected form keeps the value as sent (below), and a required field the
    # server left out reads as None (the generator gives it `Field(default_factory=missing)`). Type
    # checkers still see the spec's types. What is not tolerated: an answer that has none of the
    # model's fields at all, which is not this model (a wrong shape: see `shaped`).
    #
    # One wrapper per model rather than per field: an answer that fits costs one Python call per
    # object, and the schema is smaller to build. Nested models settle their own odd fields first.

    @pydantic.model_validator(mode="wrap")
    @classmethod
    def _tolerate_unexpected(cls, value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        try:
            return handler(value)
        except ValidationError as error:
            if not isinstance(value, dict) or is_strict():
                raise
            odd = {e["loc"][0] for e in error.errors(include_url=False, include_input=False) if e["loc"]}
            if not odd or not odd <= value.keys():
                raise
            try:  # a required field without a default (not a generated model's) cannot be left out
                model = handler({key: item for key, item in value.items() if key not in odd})
            except ValidationError:
                raise error from None
            names = {field.alias or name: name for name, field in cls.__pydantic_fields__.items()}
            for key in odd:
                name = names.get(str(key), str(key))
                model.__dict__[name] = value[key]
                model.__pydantic_fields_set__.add(name)
            return model


def missing() -> Any:
    """The default of a required response field: a field the server left out reads as None."""
    return None


def shaped(model: type[pydantic.BaseModel]) -> Callable[[str | bytes], Any]:
    """`model.model_validate_json`, refusing an answer that sets none of the model's fields: one with other
    keys only, or an empty object where the model requires fields (where it requires none, `{}` is one)."""
    validate = model.model_validate_json
    declared = model.model_fields.keys()
    if not declared:
        return validate
    requires = any(f.default_factory is missing or f.is_required() for f in model.model_fields.values())

    def validate_shaped(data: str | bytes) -> Any:
        value = validate(data)
        if declared.isdisjoint(value.model_fields_set) and (requires or value.model_extra):
            message = f"none of the fields of {model.__name__} is present: not a {model.__name__}"
            raise ValidationError.from_exception_data(
                model.__name__, [{"type": "value_error", "loc": (), "input": None, "ctx": {"error": message}}]
            )
        return value

    return validate_shaped


def _keep_unknown(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    try:
        return handler(value)
    except ValidationError:
        if is_strict():
            raise
        return value


def _dump_as_is(value: Any) -> Any:
    return value


class _DumpAsIs:
    """`PlainSerializer(_dump_as_is, return_type=Any)`, without importing `pydantic.functional_serializers`.

    That module defines three dataclasses when imported: a tenth of the client's cold start.
    """

    __slots__ = ()

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        schema = handler(source)
        cast(dict[str, Any], schema)["serialization"] = core_schema.plain_serializer_function_ser_schema(
            _dump_as_is, info_arg=False, return_schema=core_schema.any_schema()
        )
        return schema


Open: TypeAlias = Annotated[_T, WrapValidator(_keep_unknown), _DumpAsIs()]
"""`Open[T]` validates as `T`, but keeps a value `T` does not accept (a new enum member, a new
union variant) as the raw decoded value instead of failing. Type checkers see plain `T`."""


_JSON_TYPES: tuple[tuple[type, str], ...] = (
    (bool, "<bool>"),  # before int: a bool is an int to Python
    (int, "<int>"),
    (float, "<float>"),
    (str, "<str>"),
    (list, "<list>"),
)


def tag_of(key: str | None, aliases: Mapping[str, str] | None = None) -> Callable[[Any], str | None]:
    """A discriminator for `Annotated[A | B, Discriminator(tag_of("type"))]`: which variant a value is.

    An object's tag is the value of `key` (`<dict>` when `key` is None: the union has one object
    variant); any other value's is its JSON type (`<str>`, `<int>`, `<float>`, `<bool>`, `<list>`).
    `aliases` maps further values to the tag of their variant (`<untagged>`: an object without
    `key`). A value no variant claims fails the
    union, which `Open` then keeps as it came. Pydantic's own `Field(discriminator=...)` inspects the
    variants' fields and refuses tolerant ones; reading the tag from the data leaves them as they are.
    """
    renamed = dict(aliases or {})

    def tag(value: Any) -> str | None:
        if isinstance(value, dict | pydantic.BaseModel):
            if key is None:
                return "<dict>"
            found = value.get(key) if isinstance(value, dict) else getattr(value, key, None)
            if isinstance(found, str):
                return renamed.get(found, found)
            return renamed.get("<untagged>") if found is None else None
        for python_type, json_type in _JSON_TYPES:
            if isinstance(value, python_type):
                return renamed.get(json_type, json_type)
        return None

    return tag
