"""Structural comparison of two schemas, each difference classified for a client.

The direction says who produces the value: in a `request` the client writes it, so the new
schema must accept everything the old one did; in a `response` the client reads it, so the
new schema must not produce anything the old one could not.

Named schemas (`$ref: '#/components/schemas/X'`) are compared once per pair of names and
direction, and their changes are reported at the field path where they are reached. A
reference back to a schema that is being compared (a cycle) is not followed again.
"""

from __future__ import annotations

import json
from typing import Any

from generator.diff.model import Change, Direction, join_path
from generator.diff.resolve import Document, changed_closure, iter_schema_refs, schema_name

_LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
_WRAPPERS = frozenset({"anyOf", "oneOf", "allOf", "nullable"})
_ANNOTATIONS = frozenset(
    {"description", "title", "default", "example", "examples", "deprecated", "readOnly", "writeOnly", "$comment"}
)


def _show(value: Any) -> str:
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


def _type_text(node: dict[str, Any]) -> str:
    kind = type_of(node) or "any"
    fmt = node.get("format")
    return f"{kind} ({fmt})" if isinstance(fmt, str) else kind


def _is_union(node: Any) -> bool:
    return isinstance(node, dict) and any(isinstance(node.get(key), list) and node[key] for key in ("oneOf", "anyOf"))


def _without_null(node: dict[str, Any]) -> dict[str, Any]:
    """The schema apart from its nullability (a nullable reference becomes the reference)."""
    if "nullable" not in node:
        return node
    rest = {key: value for key, value in node.items() if key != "nullable"}
    branches = rest.get("allOf")
    if set(rest) == {"allOf"} and isinstance(branches, list) and len(branches) == 1:
        return _as_schema(branches[0])
    return rest


def _as_schema(node: Any) -> dict[str, Any]:
    """Boolean schemas and junk read as 'any value' (the normaliser has reported junk already)."""
    return node if isinstance(node, dict) else {}


class SchemaComparer:
    """Compares schemas of an old and a new document.

    With `follow_refs`, a reference to the same name on both sides is compared through (the
    view of an operation: every change that reaches its payload). Without it, such a reference
    is where the comparison stops (the view of one component schema: only its own definition).
    """

    def __init__(self, old: Document, new: Document, *, follow_refs: bool) -> None:
        self.old = old
        self.new = new
        self.follow_refs = follow_refs
        self._changed = changed_closure(old, new)
        self._memo: dict[tuple[str, str, Direction], list[Change]] = {}
        self._active: set[tuple[str, str, Direction]] = set()

    def compare(self, old: Any, new: Any, direction: Direction, path: str = "") -> list[Change]:
        """Differences from `old` to `new` (schema nodes), with field paths below `path`."""
        return self._node(old, new, direction, path)

    def compare_component(self, name: str, direction: Direction) -> list[Change]:
        """Differences in the definition of the component schema `name`, present in both documents."""
        key = (name, name, direction)
        self._active.add(key)
        try:
            return self._node(self.old.schemas[name], self.new.schemas[name], direction, "")
        finally:
            self._active.discard(key)

    # -- nodes and references

    def _node(self, old: Any, new: Any, direction: Direction, path: str) -> list[Change]:
        old, new = self._unwrap(_as_schema(old)), self._unwrap(_as_schema(new))
        if old == new and (not self.follow_refs or not any(n in self._changed for n in iter_schema_refs(old))):
            return []
        nullability = self._nullable(old, new, direction, path)
        old, new = _without_null(old), _without_null(new)
        return nullability + self._core(old, new, direction, path)

    def _core(self, old: dict[str, Any], new: dict[str, Any], direction: Direction, path: str) -> list[Change]:
        old_name, new_name = schema_name(old), schema_name(new)
        if old_name is not None and old_name == new_name:
            if not self.follow_refs:
                return []
            return [c.at(c.where, c.location, path) for c in self._named(old_name, new_name, direction)]
        old_target, new_target = self._target(self.old, old), self._target(self.new, new)
        if _is_union(old_target) != _is_union(new_target):
            return self._union(old, new, old_target, new_target, direction=direction, path=path)
        if old_name is not None and new_name is not None:
            return [c.at(c.where, c.location, path) for c in self._named(old_name, new_name, direction)]
        return self._structure(old_target, new_target, direction, path)

    @staticmethod
    def _unwrap(node: dict[str, Any]) -> dict[str, Any]:
        """Bring one-branch wrappers to one form, so that equal meanings compare equal.

        `anyOf: [X]` (what is left of 3.1's `anyOf: [X, {type: null}]`) is X, nullable if the
        wrapper was; `allOf: [{$ref: X}]` beside annotations only is X; a nullable reference
        is `allOf: [{$ref: X}], nullable: true` (as 3.0 writes it).
        """
        if not all(key in _ANNOTATIONS or key.startswith("x-") or key in _WRAPPERS for key in node):
            return node
        nullable = node.get("nullable") is True
        for key in ("anyOf", "oneOf", "allOf"):
            branches = node.get(key)
            if not isinstance(branches, list) or len(branches) != 1 or len(set(node) & _WRAPPERS) != 1 + nullable:
                continue
            branch = _as_schema(branches[0])
            if schema_name(branch) is not None:
                return {"allOf": [branch], "nullable": True} if nullable else branch
            if key != "allOf":
                return {**branch, "nullable": True} if nullable else branch
        return node

    @staticmethod
    def _target(doc: Document, node: dict[str, Any]) -> dict[str, Any]:
        name = schema_name(node)
        return _as_schema(doc.schemas.get(name)) if name is not None else node

    def _named(self, old_name: str, new_name: str, direction: Direction) -> list[Change]:
        key = (old_name, new_name, direction)
        if key in self._memo:
            return self._memo[key]
        if key in self._active or (old_name == new_name and old_name not in self._changed):
            return []
        old, new = self.old.schemas.get(old_name), self.new.schemas.get(new_name)
        if not isinstance(old, dict) or not isinstance(new, dict):
            return []  # a dangling reference: nothing to compare
        self._active.add(key)
        try:
            found = self._structure(old, new, direction, "")
        finally:
            self._active.discard(key)
        self._memo[key] = found
        return found

    # -- one level of structure

    def _structure(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: Direction,
        path: str,
    ) -> list[Change]:
        if _is_union(old) or _is_union(new):
            changes = self._union(old, new, old, new, direction=direction, path=path)
            old, new = self._flatten(old, self.old, new), self._flatten(new, self.new, old)
            changes += self._nullable(old, new, direction, path)
            return changes + self._object(old, new, direction, path)
        old, new = self._flatten(old, self.old, new), self._flatten(new, self.new, old)
        old_type, new_type = type_of(old), type_of(new)
        if old_type != new_type:
            widened = direction == "request" and (new_type is None or (old_type, new_type) == ("integer", "number"))
            narrowed = direction == "response" and (old_type is None or (old_type, new_type) == ("number", "integer"))
            return [
                self._change(
                    path,
                    "type-changed",
                    not (widened or narrowed),
                    f"type changed from {_type_text(old)} to {_type_text(new)}",
                )
            ]
        changes = self._format(old, new, direction, path)
        changes += self._nullable(old, new, direction, path)
        changes += self._enum(old, new, direction, path)
        changes += self._constraints(old, new, direction, path)
        changes += self._object(old, new, direction, path)
        if isinstance(old.get("items"), dict) or isinstance(new.get("items"), dict):
            changes += self._node(old.get("items"), new.get("items"), direction, join_path(path, "[]"))
        return changes

    def _flatten(self, node: dict[str, Any], doc: Document, other: dict[str, Any], depth: int = 0) -> dict[str, Any]:
        """Merge `allOf` branches into one object view (properties and required united).

        Without `follow_refs`, a referenced branch that the other side references too is left
        out: its changes belong to that schema's own entry.
        """
        branches = node.get("allOf")
        if not isinstance(branches, list) or not branches or depth > 16:
            return node
        shared: set[str] = set()
        if not self.follow_refs and isinstance(other.get("allOf"), list):
            shared = {name for name in map(schema_name, other["allOf"]) if name is not None}
        merged = {key: value for key, value in node.items() if key != "allOf"}
        properties = dict(_as_schema(merged.get("properties")))
        required = set(merged.get("required") or ())
        for branch in branches:
            name = schema_name(branch)
            if name in shared:
                continue
            target = doc.schemas.get(name) if name is not None else branch
            if not isinstance(target, dict):
                continue
            for key, value in self._flatten(target, doc, {}, depth + 1).items():
                if key == "properties" and isinstance(value, dict):
                    for prop, schema in value.items():
                        properties.setdefault(prop, schema)
                elif key == "required" and isinstance(value, list):
                    required.update(value)
                elif key not in _ANNOTATIONS:
                    merged.setdefault(key, value)
        if properties:
            merged["properties"] = properties
            merged.setdefault("type", "object")
        if required:
            merged["required"] = sorted(required)
        return merged

    # -- unions

    def _variants(self, node: dict[str, Any], original: dict[str, Any], doc: Document) -> dict[str, Any]:
        """The branches of a union by a stable key; a non-union is a union of itself."""
        if not _is_union(node):
            return {self._variant_key(original, doc, {}): original}
        counts: dict[str, int] = {}
        variants: dict[str, Any] = {}
        for key in ("oneOf", "anyOf"):
            for branch in node.get(key) or ():
                variants[self._variant_key(branch, doc, counts)] = branch
        return variants

    @staticmethod
    def _variant_key(branch: Any, doc: Document, counts: dict[str, int]) -> str:
        name = schema_name(branch)
        if name is not None:
            return name
        branch = _as_schema(branch)
        title = branch.get("title")
        if isinstance(title, str) and title:
            base = title
        else:
            tag = _as_schema(_as_schema(branch.get("properties")).get("type")).get("enum")
            if isinstance(tag, list) and len(tag) == 1:
                base = f"type={tag[0]}"
            else:
                base = type_of(branch) or "any"
                base += " enum" if "enum" in branch else ""
        counts[base] = counts.get(base, 0) + 1
        return base if counts[base] == 1 else f"{base}#{counts[base]}"

    def _union(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        old_target: dict[str, Any],
        new_target: dict[str, Any],
        *,
        direction: Direction,
        path: str,
    ) -> list[Change]:
        old_variants = self._variants(old_target, old, self.old)
        new_variants = self._variants(new_target, new, self.new)
        request = direction == "request"
        changes: list[Change] = []
        was_union, is_union = _is_union(old_target), _is_union(new_target)
        if was_union != is_union and not set(old_variants) & set(new_variants):
            shown_old, shown_new = " | ".join(old_variants), " | ".join(new_variants)
            return [self._change(path, "type-changed", True, f"type changed from {shown_old} to {shown_new}")]
        for key in new_variants.keys() - old_variants.keys():
            if not was_union:
                message = f"type widened: now also {'accepts' if request else 'may be'} {key}"
                changes.append(self._change(path, "type-changed", not request, message))
            else:
                changes.append(
                    self._change(path, "variant-added", False, f"new variant {key}", "" if request else "new variant")
                )
        for key in old_variants.keys() - new_variants.keys():
            if not is_union:
                message = f"type narrowed: no longer {'accepts' if request else 'may be'} {key}"
            else:
                message = f"variant {key} removed"
            changes.append(self._change(path, "type-changed" if not is_union else "variant-removed", request, message))
        both_unions = was_union and is_union
        for key in sorted(old_variants.keys() & new_variants.keys()):
            sub = join_path(path, f"<{key}>") if both_unions else path
            changes += self._node(old_variants[key], new_variants[key], direction, sub)
        return changes

    # -- keywords

    def _format(self, old: dict[str, Any], new: dict[str, Any], direction: Direction, path: str) -> list[Change]:
        old_format, new_format = old.get("format"), new.get("format")
        if old_format == new_format:
            return []
        relaxed = direction == "request" and new_format is None
        return [
            self._change(
                path,
                "format-changed",
                not relaxed,
                f"format changed from {old_format or 'none'} to {new_format or 'none'}",
            )
        ]

    def _nullable(self, old: dict[str, Any], new: dict[str, Any], direction: Direction, path: str) -> list[Change]:
        was, now = bool(old.get("nullable")), bool(new.get("nullable"))
        if was == now:
            return []
        if now:
            return [self._change(path, "nullable-added", direction == "response", "may now be null")]
        return [self._change(path, "nullable-removed", direction == "request", "may no longer be null")]

    def _enum(self, old: dict[str, Any], new: dict[str, Any], direction: Direction, path: str) -> list[Change]:
        old_enum, new_enum = old.get("enum"), new.get("enum")
        request = direction == "request"
        if isinstance(old_enum, list) and isinstance(new_enum, list):
            old_keys, new_keys = {_show(v) for v in old_enum}, {_show(v) for v in new_enum}
            changes = [
                self._change(path, "enum-value-removed", request, f"enum value {_show(v)} removed")
                for v in old_enum
                if _show(v) not in new_keys
            ]
            changes += [
                self._change(
                    path, "enum-value-added", False, f"enum value {_show(v)} added", "" if request else "new value"
                )
                for v in new_enum
                if _show(v) not in old_keys
            ]
            return changes
        if isinstance(old_enum, list) and new_enum is None:
            return [
                self._change(
                    path, "enum-removed", False, "no longer limited to a list of values", "" if request else "new value"
                )
            ]
        if old_enum is None and isinstance(new_enum, list):
            shown = ", ".join(_show(v) for v in new_enum)
            return [self._change(path, "enum-added", request, f"now limited to the values {shown}")]
        return []

    def _constraints(self, old: dict[str, Any], new: dict[str, Any], direction: Direction, path: str) -> list[Change]:
        changes: list[Change] = []
        for keys, stricter in ((_LOWER_BOUNDS, 1), (_UPPER_BOUNDS, -1)):
            for key in keys:
                before, after = old.get(key), new.get(key)
                if before == after:
                    continue
                numeric = isinstance(before, int | float) and isinstance(after, int | float)
                tightened = after is not None and (before is None or not numeric or (after - before) * stricter > 0)
                message = f"{key} changed from {_show(before) if before is not None else 'none'} to " + (
                    _show(after) if after is not None else "none"
                )
                changes.append(self._change(path, "constraint-changed", direction == "request" and tightened, message))
        if old.get("pattern") != new.get("pattern"):
            message = f"pattern changed from {_show(old.get('pattern'))} to {_show(new.get('pattern'))}"
            tightened = new.get("pattern") is not None
            changes.append(self._change(path, "constraint-changed", direction == "request" and tightened, message))
        if "default" in old and "default" in new and old["default"] != new["default"]:
            message = f"default changed from {_show(old['default'])} to {_show(new['default'])}"
            changes.append(self._change(path, "default-changed", False, message))
        return changes

    def _object(self, old: dict[str, Any], new: dict[str, Any], direction: Direction, path: str) -> list[Change]:
        hidden = "readOnly" if direction == "request" else "writeOnly"
        old_props = {k: v for k, v in _as_schema(old.get("properties")).items() if not _as_schema(v).get(hidden)}
        new_props = {k: v for k, v in _as_schema(new.get("properties")).items() if not _as_schema(v).get(hidden)}
        old_required, new_required = set(old.get("required") or ()), set(new.get("required") or ())
        request = direction == "request"
        changes: list[Change] = []
        for name in sorted(new_props.keys() - old_props.keys()):
            field = join_path(path, name)
            if request and name in new_required:
                changes.append(self._change(field, "field-added", True, "new required field"))
            else:
                changes.append(self._change(field, "field-added", False, "new field"))
        for name in sorted(old_props.keys() - new_props.keys()):
            why = "clients that send it may be rejected" if request else "clients that read it will miss it"
            changes.append(self._change(join_path(path, name), "field-removed", True, f"field removed ({why})"))
        for name in sorted(old_props.keys() & new_props.keys()):
            field = join_path(path, name)
            was, now = name in old_required, name in new_required
            if now and not was:
                changes.append(self._change(field, "made-required", request, "optional -> required"))
            elif was and not now:
                changes.append(self._change(field, "made-optional", not request, "required -> optional"))
            changes += self._node(old_props[name], new_props[name], direction, field)
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            changes += self._node(old_extra, new_extra, direction, join_path(path, "{}"))
        return changes

    @staticmethod
    def _change(path: str, kind: str, breaking: bool, message: str, flag: str = "") -> Change:
        return Change("", "", path, kind, breaking, message, flag)
