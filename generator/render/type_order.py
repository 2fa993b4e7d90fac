"""The order and quoting of the classes of one types module, so that it imports without errors."""

from __future__ import annotations

import dataclasses
import re
from typing import Any


def in_import_order(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The module's items, what each uses defined first and the annotations Python cannot yet evaluate quoted."""
    return _evaluable(_hard_order(_with_field_deps(items)))


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _with_field_deps(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Classes depend on the names of this module their field annotations use (annotations evaluate at import)."""
    local = {item["name"] for item in items}
    for item in items:
        if item["form"] in ("model", "typeddict"):
            used = set().union(*(_IDENTIFIER.findall(f.annotation) for f in item["fields"]))
            item["deps"] = (used & local) - {item["name"]}
    return items


def _evaluable(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Quote the field annotations Python could not evaluate where they stand.

    Types modules do not use `from __future__ import annotations`: an annotation Python evaluates when
    the class is defined costs pydantic far less than a string it must compile (a fifth of a cold
    start's model cost). Left as strings, for pydantic to resolve on first use: annotations that
    name a class of this module defined later (cycles, self-references), and annotations of a
    model that use one of its own field names (a field's default rebinds that name in the class body).
    """
    defined: set[str] = set()
    local = {item["name"] for item in items}
    for item in items:
        if item["form"] in ("model", "typeddict"):
            pending = local - defined
            shadowing = {f.name for f in item["fields"]} if item["form"] == "model" else set()
            item["fields"] = [
                dataclasses.replace(f, annotation=_quoted(f.annotation))
                if set(_IDENTIFIER.findall(f.annotation)) & (pending | shadowing)
                else f
                for f in item["fields"]
            ]
        defined.add(item["name"])
    return items


def _quoted(annotation: str) -> str:
    return f"'{annotation}'" if '"' in annotation else f'"{annotation}"'


def _hard_order(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Annotations, aliases and functional TypedDicts evaluate at import: define what they use first."""
    by_name = {item["name"]: item for item in items}
    placed: set[str] = set()
    out: list[dict[str, Any]] = []

    def place(item: dict[str, Any], stack: frozenset[str]) -> None:
        if item["name"] in placed or item["name"] in stack:
            return
        for dep in sorted(item["deps"]):
            if dep in by_name:
                place(by_name[dep], stack | {item["name"]})
        placed.add(item["name"])
        out.append(item)

    for item in items:
        place(item, frozenset())
    return out
