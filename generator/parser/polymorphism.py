"""OpenAPI's `allOf` polymorphism: a base schema whose `discriminator` names its subtypes.

A component with `discriminator: {propertyName, mapping}` and no `oneOf`/`anyOf` of its own is a
base: wherever it is referenced, any of its mapped subtypes may appear, told apart by the value of
`propertyName` (each subtype is `allOf: [{$ref: base}, {its own properties}]`). The parser reads such
a base as the union of its subtypes, tagged on that property, and each subtype's tag property as
the values that select it. Mapping values may be references or bare schema names; without a
`mapping`, the subtypes are the components whose `allOf` references the base, each selected by its
own name (the implicit mapping).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from generator.diagnostics import Diagnostics
from generator.parser.kinds import Enum, Field
from generator.spec.document import decode_token
from generator.spec.loader import pointer_join

_COMPONENTS = "#/components/schemas/"


class Polymorphism:
    """The bases and subtypes among one document's component schemas (found on first use)."""

    def __init__(self, components: dict[str, Any], file: str, diagnostics: Diagnostics) -> None:
        self._components = components
        self._file = file
        self._diagnostics = diagnostics
        self._bases: dict[str, tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]] | None = None
        self._tags: dict[str, tuple[str, tuple[str, ...]]] = {}

    def subtypes(self, name: str) -> tuple[str, tuple[str, ...]] | None:
        """(the tag property, the subtypes' component names) when component `name` is a base."""
        found = self._found().get(name)
        return (found[0], tuple(sub for sub, _ in found[1])) if found else None

    def tag(self, name: str) -> tuple[str, tuple[str, ...]] | None:
        """(the tag property, the values that select it) when component `name` is a mapped subtype."""
        self._found()
        return self._tags.get(name)

    def _found(self) -> dict[str, tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]]:
        if self._bases is None:
            self._bases = {}
            for name, node in self._components.items():
                discriminator = node.get("discriminator") if isinstance(node, dict) else None
                if not isinstance(discriminator, dict) or any(k in node for k in ("oneOf", "anyOf")):
                    continue  # a oneOf's discriminator is read with its union
                prop = discriminator.get("propertyName")
                if not isinstance(prop, str) or not prop:
                    continue
                pointer = pointer_join("/components/schemas", name, "discriminator")
                mapping = discriminator.get("mapping")
                values = self._explicit(mapping, pointer) if mapping else self._implicit(name)
                if not values:
                    continue
                subs = _grouped(values, exclude=name)
                if len(subs) != len({v for _, v in values}):
                    self._warn(pointer, f"the base {name!r} maps a value to itself", "left that value out")
                if subs:
                    self._bases[name] = (prop, subs)
                    for sub, tags in subs:
                        self._tags.setdefault(sub, (prop, tags))
        return self._bases

    def _explicit(self, mapping: Any, pointer: str) -> list[tuple[str, str]]:
        """(tag value, subtype name) for each usable entry of a `mapping`; the others reported."""
        if not isinstance(mapping, dict):
            self._warn(pointer_join(pointer, "mapping"), "`mapping` is not a mapping", "ignored it")
            return []
        values: list[tuple[str, str]] = []
        for value, target in mapping.items():
            name = self._schema_name(target)
            if name is None:
                self._warn(
                    pointer_join(pointer, "mapping", value),
                    f"mapping target {target!r} is not a component schema",
                    "left that value out of the union",
                )
                continue
            values.append((str(value), name))
        return values

    def _implicit(self, base: str) -> list[tuple[str, str]]:
        """Without a `mapping`: each component whose `allOf` references the base, by its own name."""
        ref = "#" + pointer_join("/components/schemas", base)
        return [
            (name, name)
            for name, node in self._components.items()
            if isinstance(node, dict)
            and isinstance(node.get("allOf"), list)
            and any(isinstance(part, dict) and part.get("$ref") == ref for part in node["allOf"])
        ]

    def _schema_name(self, target: Any) -> str | None:
        if not isinstance(target, str):
            return None
        if target.startswith(_COMPONENTS) and "/" not in target[len(_COMPONENTS) :]:
            target = decode_token(target[len(_COMPONENTS) :])
        elif "#" in target or "/" in target:
            return None
        return target if isinstance(self._components.get(target), dict) else None

    def _warn(self, pointer: str, message: str, action: str) -> None:
        self._diagnostics.warn(self._file, pointer, message, action)


def _grouped(values: list[tuple[str, str]], exclude: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each subtype (in first-mapped order) with every value that selects it; `exclude` left out."""
    grouped: dict[str, list[str]] = {}
    for value, name in values:
        if name != exclude and value not in grouped.setdefault(name, []):
            grouped[name].append(value)
    return tuple((name, tuple(tags)) for name, tags in grouped.items() if tags)


def with_tag(fields: list[Field], prop: str, values: tuple[str, ...]) -> list[Field] | None:
    """A subtype's fields with its tag property narrowed to the values that select it (None: no such property)."""
    if not any(field.wire_name == prop for field in fields):
        return None
    return [dataclasses.replace(field, kind=Enum(values)) if field.wire_name == prop else field for field in fields]
