"""The one place names are made: identifiers, class names, reserved words, collisions."""

from __future__ import annotations

import builtins
import keyword
import re

# Names generated modules import or define themselves, and our own public names.
RESERVED_CLASS_NAMES = frozenset(
    {
        "Annotated",
        "Any",
        "AsyncClient",
        "AsyncStream",
        "BaseModel",
        "Body",
        "BinaryResponse",
        "Client",
        "Field",
        "FileTypes",
        "Headers",
        "Iterable",
        "Literal",
        "Mapping",
        "NOT_GIVEN",
        "NotGiven",
        "Open",
        "Operation",
        "Query",
        "Required",
        "Response",
        "Sequence",
        "Stream",
        "SyncAPIResource",
        "AsyncAPIResource",
        "Timeout",
        "TypeAlias",
        "TypedDict",
        "Union",
        "Optional",
        "List",
        "Dict",
        "SyncCursorPage",
        "AsyncCursorPage",
        "cast",
        "Tag",
        "Discriminator",
        "tag_of",
        "NoneType",
        "overload",
        "annotations",
    }
    | {name for name in dir(builtins) if name[:1].isupper()}
)
# Attributes of pydantic's BaseModel a field must not shadow.
MODEL_ATTRIBUTES = frozenset(
    {
        "copy",
        "dict",
        "json",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "schema",
        "schema_json",
        "construct",
        "validate",
        "update_forward_refs",
        "fields",
        "from_orm",
    }
)
# Keyword arguments every generated method has.
METHOD_RESERVED = frozenset(
    {"self", "extra_headers", "extra_query", "extra_body", "timeout", "cast", "NoneType", "Field", "Annotated"}
)

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def words(text: str) -> list[str]:
    """Split any spelling (camelCase, snake_case, kebab-case, spaces, dots) into lowercase words."""
    text = _CAMEL_BOUNDARY.sub(" ", text)
    return [w.lower() for w in re.split(r"[^0-9A-Za-z]+", text) if w]


def snake_identifier(text: str) -> str:
    """A valid snake_case identifier; keywords get a trailing underscore."""
    name = "_".join(words(text)) or "value"
    if name[0].isdigit():
        name = "n" + name
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        name += "_"
    return name


def pascal(parts: tuple[str, ...] | list[str]) -> str:
    """A PascalCase class name from hint parts, repeated words removed (ChatChat -> Chat)."""
    out: list[str] = []
    for part in parts:
        for word in words(part):
            capitalised = word[:1].upper() + word[1:]
            if not out or out[-1] != capitalised:
                out.append(capitalised)
    name = "".join(out) or "Value"
    if name[0].isdigit():
        name = "N" + name
    return name


def argument_identifier(wire_name: str) -> str:
    """The wire name itself when it is a usable, public identifier; else its snake_case form."""
    if wire_name.isidentifier() and not keyword.iskeyword(wire_name) and not wire_name.startswith("_"):
        return wire_name
    return snake_identifier(wire_name)


def field_identifier(wire_name: str) -> str:
    """A model field identifier for a JSON property name (never a pydantic attribute)."""
    name = argument_identifier(wire_name)
    if name in MODEL_ATTRIBUTES or name.startswith("model_"):
        name += "_"
    return name


def is_plain_key(wire_name: str) -> bool:
    """Whether a TypedDict can use class syntax for this key."""
    return wire_name.isidentifier() and not keyword.iskeyword(wire_name)


def isort_key(name: str) -> tuple[int, str]:
    """The order linters expect in `__all__`: CONSTANTS, then Classes, then functions."""
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name)


def module_name(name: str) -> str:
    return snake_identifier(name)


class ClassNames:
    """Hands out class names, unique in one generated package, never numbered."""

    def __init__(self) -> None:
        self._taken: set[str] = set(RESERVED_CLASS_NAMES)

    def claim(self, candidates: list[str]) -> str:
        """The first free candidate; candidates run from shortest to most qualified."""
        for candidate in candidates:
            if candidate not in self._taken:
                self._taken.add(candidate)
                return candidate
        base = candidates[-1]
        for suffix in ("Object", "Schema", "Type", "Definition", "Shape", "Spec"):
            if base + suffix not in self._taken:
                self._taken.add(base + suffix)
                return base + suffix
        raise ValueError(f"cannot find a free class name for {candidates!r}")

    def reserve(self, name: str) -> bool:
        if name in self._taken:
            return False
        self._taken.add(name)
        return True
