"""`Record`: the base of the runtime's small immutable value classes, cheap to define at import time.

A `@dataclass(frozen=True)` writes and compiles six methods per class, about 1 ms each class when a
process starts; a `Record` subclass costs what a plain class costs. Subclasses read as frozen
dataclasses to type checkers: fields are the class annotations, a class attribute is a default.
"""

from __future__ import annotations

import inspect
from dataclasses import FrozenInstanceError
from typing import Any, ClassVar, Self

from typing_extensions import dataclass_transform, override

__all__ = ["Record"]

_NO_DEFAULT: Any = object()


@dataclass_transform(frozen_default=True)
class Record:
    """Fields in annotation order; keyword or positional arguments; equality, hash and repr by value."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, Any]] = {}

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        annotations = inspect.get_annotations(cls)
        own = tuple(name for name, annotation in annotations.items() if not _is_class_var(annotation))
        cls._fields = cls._fields + own
        cls._defaults = {**cls._defaults, **{n: cls.__dict__[n] for n in own if n in cls.__dict__}}
        setattr(cls, "__match_args__", cls._fields)  # noqa: B010 (for `match` statements, as a dataclass has)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError(
                f"{type(self).__name__}() takes {len(fields)} positional arguments but {len(args)} were given"
            )
        values = dict(zip(fields, args, strict=False))
        for name, value in kwargs.items():
            if name in values or name not in fields:
                problem = "got multiple values for argument" if name in values else "got an unexpected keyword argument"
                raise TypeError(f"{type(self).__name__}() {problem} {name!r}")
            values[name] = value
        for name in fields:
            value = values.get(name, self._defaults.get(name, _NO_DEFAULT))
            if value is _NO_DEFAULT:
                raise TypeError(f"{type(self).__name__}() missing required argument: {name!r}")
            object.__setattr__(self, name, value)

    @override
    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    @override
    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def _replace(self, **changes: Any) -> Self:
        """A copy with `changes` (as `NamedTuple._replace` and `dataclasses.replace` give)."""
        return type(self)(**{name: changes.pop(name, getattr(self, name)) for name in self._fields}, **changes)

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    @override
    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    @override
    def __hash__(self) -> int:
        return hash(self._values())

    @override
    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"


def _is_class_var(annotation: object) -> bool:
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith(("ClassVar", "typing.ClassVar"))
