"""What the client can check about an argument before sending it: a shallow JSON Schema subset.

Kept per parameter and top-level body field: the JSON type(s) and the numeric, length and item
bounds the spec states. Enums are not included on purpose: a server may accept new values before
the spec says so, and the client must not refuse them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_BOUNDS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
)
_TYPES = ("string", "integer", "number", "boolean", "array", "object", "null")

Deref = Callable[[dict[str, Any]], dict[str, Any] | None]


def shallow_schema(node: Any, deref: Deref, depth: int = 0) -> dict[str, Any] | None:
    """The checkable part of a schema, or None when nothing can be checked."""
    if not isinstance(node, dict) or depth > 4:
        return None
    resolved = deref(node)
    if resolved is None:
        return None
    # `{"$ref": ..., "nullable": true}`: the null is admitted beside the reference, not in its target.
    nullable = resolved.get("nullable") is True or node.get("nullable") is True
    alternatives: list[dict[str, Any]] = []
    for key in ("anyOf", "oneOf"):
        for branch in resolved.get(key) or []:
            inner = shallow_schema(branch, deref, depth + 1)
            if inner is None:
                return None  # a branch that admits anything admits everything
            alternatives.extend(inner.get("anyOf", [inner]))
            nullable = nullable or inner.get("nullable", False)
    parts = [p for p in resolved.get("allOf") or [] if isinstance(p, dict)]
    own = _own(resolved)
    for part in parts:
        inner = shallow_schema(part, deref, depth + 1)
        if inner is not None and "anyOf" not in inner:
            own = {**inner, **own} if own else inner
    if alternatives:
        distinct: list[dict[str, Any]] = []
        for alternative in alternatives:
            cleaned = _without_null(alternative)
            if cleaned.get("type") != "null" and cleaned not in distinct:
                distinct.append(cleaned)
        if not distinct:
            return None
        result: dict[str, Any] = distinct[0] if len(distinct) == 1 else {"anyOf": distinct}
    elif own:
        result = _without_null(own)
    else:
        return None
    if nullable:
        result["nullable"] = True
    return result


def _own(node: dict[str, Any]) -> dict[str, Any]:
    own: dict[str, Any] = {}
    kind = node.get("type")
    if kind in _TYPES:
        own["type"] = kind
    elif "properties" in node or "additionalProperties" in node:
        own["type"] = "object"
    if own.get("type") == "string" and node.get("format") == "binary":
        return {}  # a file: the runtime takes many forms of it
    for bound in _BOUNDS:
        value = node.get(bound)
        if isinstance(value, int | float) and not isinstance(value, bool):
            own[bound] = value
    return own


def _without_null(schema: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k != "nullable"}
