"""The kinds of type a schema can become: the vocabulary of the intermediate representation.

Each kind is a small frozen dataclass. A `Ref` points at a `Definition` (a named class or
alias) by key; everything else is structural. Rendering them as Python is render.py's job.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

from generator.naming.hints import Hint

Scalar = str | int | float | bool


@dataclasses.dataclass(frozen=True)
class Kind:
    """Base of every type kind."""


@dataclasses.dataclass(frozen=True)
class AnyKind(Kind):
    """Any JSON value (a schema that constrains nothing)."""


@dataclasses.dataclass(frozen=True)
class NullKind(Kind):
    """JSON null."""


@dataclasses.dataclass(frozen=True)
class Primitive(Kind):
    name: Literal["str", "int", "float", "bool"]


@dataclasses.dataclass(frozen=True)
class FileKind(Kind):
    """An uploaded file (`format: binary` in a request)."""


@dataclasses.dataclass(frozen=True)
class Enum(Kind):
    """A closed set of JSON values, rendered as `Literal[...]`."""

    values: tuple[Scalar, ...]


@dataclasses.dataclass(frozen=True)
class ArrayKind(Kind):
    item: Kind


@dataclasses.dataclass(frozen=True)
class MapKind(Kind):
    """An object with arbitrary keys whose values share one type."""

    value: Kind


@dataclasses.dataclass(frozen=True)
class UnionKind(Kind):
    variants: tuple[Kind, ...]
    discriminator: str | None = None  # the property whose value tells the variants apart
    tags: tuple[str, ...] = ()  # that property's value in each variant, in order


@dataclasses.dataclass(frozen=True)
class Nullable(Kind):
    inner: Kind


@dataclasses.dataclass(frozen=True)
class Ref(Kind):
    """A named definition, by key (the JSON pointer of the schema that defines it)."""

    key: str


@dataclasses.dataclass(frozen=True)
class Field:
    wire_name: str
    kind: Kind
    required: bool
    description: str = ""
    deprecated: bool = False
    checks: dict[str, Any] | None = None  # what the client checks before sending (parser/constraints.py)


@dataclasses.dataclass
class Definition:
    """A named thing in the generated types: an object model, or an alias of any other kind."""

    key: str
    name_hint: Hint  # where it sits in the spec, for naming/ to name it
    owner: str
    description: str = ""
    fields: list[Field] | None = None  # an object model when not None
    alias: Kind | None = None  # otherwise an alias of this kind
    closed: bool = False  # additionalProperties: false

    @property
    def is_object(self) -> bool:
        return self.fields is not None
