"""`diff_specs`: the whole comparison of two OpenAPI documents."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from generator.diagnostics import Diagnostics
from generator.diff.access import api_changes
from generator.diff.model import Change, Direction, SchemaChanges, SpecDiff, SpecInfo
from generator.diff.operations import OperationComparer, iter_operations
from generator.diff.resolve import Document, reachable, schema_name
from generator.diff.schemas import SchemaComparer
from generator.spec.normalize import normalize


class DiffError(Exception):
    """An input that is not an OpenAPI document the diff can compare."""


def _prepare(spec: Any, label: str) -> dict[str, Any]:
    if not isinstance(spec, dict):
        raise DiffError(f"{label}: expected an OpenAPI document (a mapping), found {type(spec).__name__}")
    if not str(spec.get("openapi", "")).startswith("3."):
        raise DiffError(f"{label}: not an OpenAPI 3.x document (missing `openapi: 3.x`)")
    if not isinstance(spec.get("paths"), dict):
        raise DiffError(f"{label}: an OpenAPI document needs a `paths` mapping")
    # The one normaliser (`spec/read.py` reads specs with it too), on a copy: it works in place, and is
    # idempotent, so a document already in the normal form is fine too.
    return normalize(copy.deepcopy(spec), label, Diagnostics())


def _info(spec: dict[str, Any], label: str) -> SpecInfo:
    info = spec["info"] if isinstance(spec.get("info"), dict) else {}
    return SpecInfo(label, str(info.get("title", "")), str(info.get("version", "")), str(spec.get("openapi", "")))


def schema_usage(doc: Document) -> dict[str, set[Direction]]:
    """For each named schema, whether requests, responses or both reach it."""
    roots: dict[Direction, set[str]] = {"request": set(), "response": set()}
    for _, item, operation in iter_operations(doc):
        for source in (item.get("parameters"), operation.get("parameters"), operation.get("requestBody")):
            roots["request"].update(_refs_through(doc, source))
        roots["response"].update(_refs_through(doc, operation.get("responses")))
    usage: dict[str, set[Direction]] = {}
    for direction, names in roots.items():
        for name in reachable(doc, names):
            usage.setdefault(name, set()).add(direction)
    return usage


def _refs_through(doc: Document, node: Any) -> set[str]:
    """Schema names referred to inside `node`, also through referenced parameters, bodies and responses."""
    names: set[str] = set()
    seen: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            name = schema_name(item)
            if name is not None:
                names.add(name)
            elif isinstance(ref, str) and ref not in seen:
                seen.add(ref)
                stack.append(doc.lookup(ref))
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return names


def _component_changes(comparer: SchemaComparer, name: str, directions: set[Direction]) -> tuple[Change, ...]:
    """Changes to one schema's definition; breaking if breaking in any direction it is used in."""
    merged: dict[tuple[str, str, str], Change] = {}
    for direction in sorted(directions):
        for change in comparer.compare_component(name, direction):
            key = (change.path, change.kind, change.message.split(" (")[0])
            known = merged.get(key)
            if known is None or (change.breaking and not known.breaking):
                merged[key] = change.at(f"schema {name}", "", "")
            if known is not None:
                merged[key] = dataclasses.replace(merged[key], flag=known.flag or change.flag)
    return tuple(merged.values())


def diff_specs(old_spec: Any, new_spec: Any, old_label: str = "old", new_label: str = "new") -> SpecDiff:
    """Compare two OpenAPI 3.0/3.1 documents (as loaded; they are normalised on a copy).

    Raises DiffError if either is not an OpenAPI 3.x document with `paths`.
    """
    old = Document(_prepare(old_spec, old_label))
    new = Document(_prepare(new_spec, new_label))
    added, removed, changed = OperationComparer(old, new).compare()

    usage = schema_usage(new)
    old_usage = schema_usage(old)
    comparer = SchemaComparer(old, new, follow_refs=False)
    both: set[Direction] = {"request", "response"}
    schemas_changed = []
    for name, schema in new.schemas.items():
        if name in old.schemas and old.schemas[name] != schema:
            directions = usage.get(name, set()) | old_usage.get(name, set()) or both
            schemas_changed.append(SchemaChanges(name, _component_changes(comparer, name, directions)))
    schemas_removed = [
        Change(f"schema {name}", "", "", "schema-removed", True, "schema removed (the generated type disappears)")
        for name in old.schemas
        if name not in new.schemas
    ]
    return SpecDiff(
        old=_info(old.spec, old_label),
        new=_info(new.spec, new_label),
        operations_added=tuple(added),
        operations_removed=tuple(removed),
        operations_changed=tuple(changed),
        schemas_added=tuple(name for name in new.schemas if name not in old.schemas),
        schemas_removed=tuple(schemas_removed),
        schemas_changed=tuple(schemas_changed),
        api_changes=tuple(api_changes(old, new)),
    )
