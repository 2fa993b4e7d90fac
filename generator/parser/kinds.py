"""The kinds of type a schema can become: the vocabulary of the intermediate representation.

Each kind is a small frozen dataclass. A `Ref` points at a `Definition` (a named class or
alias) by key; everything else is structural. Rendering them as Python is render/'s job.
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
    """`tags` set: the union dispatches on what the value is, never on which variant happens to accept it.

    Each variant's tag is its `discriminator` value (an object variant) or its JSON type in angle
    brackets (`<str>`, `<int>`, `<float>`, `<bool>`, `<list>`, and `<dict>` for the one object
    variant of a union that needs no discriminator). `aliases` maps any further value (a variant
    whose tag property allows several values, or `<int>` read as `<float>`) to its variant's tag.
    """

    variants: tuple[Kind, ...]
    discriminator: str | None = None  # the property whose value tells the object variants apart
    tags: tuple[str, ...] = ()  # each variant's tag, in order; empty when the variants cannot be told apart
    aliases: tuple[tuple[str, str], ...] = ()  # further values -> the tag of the variant they select


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
    computed: bool = False  # computed by SDKs from other fields, never sent (`output_text`)


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
    sdk_aliases: tuple[str, ...] = ()  # overlay `x-connector-alias`: also importable so where its answers are

    @property
    def is_object(self) -> bool:
        return self.fields is not None


def holds_file(kind: Kind) -> bool:
    """Whether a value of `kind` is or holds a file upload (a file, a list of files, a union with one)."""
    if isinstance(kind, Nullable):
        return holds_file(kind.inner)
    if isinstance(kind, ArrayKind):
        return holds_file(kind.item)
    if isinstance(kind, UnionKind):
        return any(holds_file(variant) for variant in kind.variants)
    return isinstance(kind, FileKind)
