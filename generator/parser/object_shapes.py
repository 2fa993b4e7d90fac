"""Whether a schema is one object, and if so its properties (with `allOf` parts merged)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.spec.loader import pointer_join

# Keywords that describe a schema without narrowing what it accepts.
ANNOTATIONS = frozenset(
    {"description", "title", "default", "example", "examples", "deprecated", "readOnly", "writeOnly", "nullable"}
)

Resolve = Callable[[str, str], tuple[dict[str, Any] | None, str]]
"""`SchemaParser.resolve`: a `$ref` and the pointer to report at, to its target and the target's pointer."""

ObjectShape = tuple[dict[str, tuple[Any, str]], set[str], bool]
"""Properties with their pointers, the required names, and whether other properties are closed out."""


def object_shape(
    node: dict[str, Any], pointer: str, resolve: Resolve, seen: frozenset[str] = frozenset()
) -> ObjectShape | None:
    """(properties with their pointers, required names, closed) when the node is one object."""
    if "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or ref in seen:
            return None
        target, target_pointer = resolve(ref, pointer)
        if target is None:
            return None
        return object_shape(target, target_pointer, resolve, seen | {ref})
    if "allOf" in node:
        return _merged_parts(node, pointer, resolve, seen)
    if any(k in node for k in ("oneOf", "anyOf")) and not _only_required_branches(node):
        return None
    props = node.get("properties")
    if not isinstance(props, dict) or not props:
        return None
    found = {name: (schema, pointer_join(pointer, "properties", name)) for name, schema in props.items()}
    return found, set(node.get("required", [])), node.get("additionalProperties") is False


def has_variants_with_base(node: dict[str, Any]) -> bool:
    """Whether the node has `properties` beside a `oneOf`/`anyOf` of object branches."""
    return isinstance(node.get("properties"), dict) and any(
        isinstance(node.get(k), list)
        and any(isinstance(b, dict) and ("properties" in b or "$ref" in b) for b in node[k])
        for k in ("oneOf", "anyOf")
    )


def _merged_parts(node: dict[str, Any], pointer: str, resolve: Resolve, seen: frozenset[str]) -> ObjectShape | None:
    """The shape of an `allOf` whose parts are all objects (or annotations only), merged in order."""
    properties: dict[str, tuple[Any, str]] = {}
    required: set[str] = set()
    closed = False
    parts = [p for p in node["allOf"] if isinstance(p, dict)]
    own = {k: v for k, v in node.items() if k != "allOf"}
    for index, part in enumerate([*parts, own]):
        if part is own and not any(k in own for k in ("properties", "required")):
            continue
        shape = object_shape(part, pointer_join(pointer, "allOf", index), resolve, seen)
        if shape is None:
            if part is own or set(part) <= ANNOTATIONS | {"type"}:
                continue
            return None
        properties.update(shape[0])
        required |= shape[1]
        closed = closed or shape[2]
    # `required` beside `allOf` (older Azure specs) names properties the parts declare.
    own_required = node.get("required")
    if isinstance(own_required, list):
        required |= {name for name in own_required if isinstance(name, str)}
    return (properties, required, closed) if properties else None


def _only_required_branches(node: dict[str, Any]) -> bool:
    branches = [b for k in ("oneOf", "anyOf") for b in node.get(k, []) or []]
    return all(isinstance(b, dict) and set(b) <= {"required", "description", "title"} for b in branches)
