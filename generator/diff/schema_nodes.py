"""Reading one schema node for the diff: its type, whether it is a union, its nullability."""

from __future__ import annotations

import json
from typing import Any


def show(value: Any) -> str:
    """A value as it is written in a change message (JSON, keys sorted)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def type_of(node: dict[str, Any]) -> str | None:
    """The JSON type of a (normalised, non-union) schema, inferred from its keywords if not written."""
    kind = node.get("type")
    if isinstance(kind, str):
        return kind
    if "properties" in node or "additionalProperties" in node:
        return "object"
    if "items" in node:
        return "array"
    enum = node.get("enum")
    if isinstance(enum, list) and enum:
        kinds = {_json_type(value) for value in enum}
        return kinds.pop() if len(kinds) == 1 else None
    return None


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def type_text(node: dict[str, Any]) -> str:
    """The type as a change message names it, with its format: `string (date-time)`."""
    kind = type_of(node) or "any"
    fmt = node.get("format")
    return f"{kind} ({fmt})" if isinstance(fmt, str) else kind


def is_union(node: Any) -> bool:
    """Whether the node is a `oneOf` or `anyOf` with branches."""
    return isinstance(node, dict) and any(isinstance(node.get(key), list) and node[key] for key in ("oneOf", "anyOf"))


def without_null(node: dict[str, Any]) -> dict[str, Any]:
    """The schema apart from its nullability (a nullable reference becomes the reference)."""
    if "nullable" not in node:
        return node
    rest = {key: value for key, value in node.items() if key != "nullable"}
    branches = rest.get("allOf")
    if set(rest) == {"allOf"} and isinstance(branches, list) and len(branches) == 1:
        return as_schema(branches[0])
    return rest


def as_schema(node: Any) -> dict[str, Any]:
    """Boolean schemas and junk read as 'any value' (the normaliser has reported junk already)."""
    return node if isinstance(node, dict) else {}
