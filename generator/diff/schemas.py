"""Structural comparison of two schemas, each difference classified for a client.

The direction says who produces the value: in a `request` the client writes it, so the new
schema must accept everything the old one did; in a `response` the client reads it, so the
new schema must not produce anything the old one could not.

Named schemas (`$ref: '#/components/schemas/X'`) are compared once per pair of names and
direction, and their changes are reported at the field path where they are reached. A
reference back to a schema that is being compared (a cycle) is not followed again.
"""

from __future__ import annotations

from typing import Any

from generator.diff.keywords import change, constraints_changes, enum_changes, format_changes, nullable_changes
from generator.diff.model import Change, Direction, join_path
from generator.diff.resolve import Document, changed_closure, iter_schema_refs, schema_name
from generator.diff.schema_nodes import as_schema, is_union, type_of, type_text, without_null

_WRAPPERS = frozenset({"anyOf", "oneOf", "allOf", "nullable"})
_ANNOTATIONS = frozenset(
    {"description", "title", "default", "example", "examples", "deprecated", "readOnly", "writeOnly", "$comment"}
)


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
        old, new = self._unwrap(as_schema(old)), self._unwrap(as_schema(new))
        if old == new and (not self.follow_refs or not any(n in self._changed for n in iter_schema_refs(old))):
            return []
        nullability = nullable_changes(old, new, direction, path)
        old, new = without_null(old), without_null(new)
        return nullability + self._core(old, new, direction, path)

    def _core(self, old: dict[str, Any], new: dict[str, Any], direction: Direction, path: str) -> list[Change]:
        old_name, new_name = schema_name(old), schema_name(new)
        if old_name is not None and old_name == new_name:
            if not self.follow_refs:
                return []
            return [c.at(c.where, c.location, path) for c in self._named(old_name, new_name, direction)]
        old_target, new_target = self._target(self.old, old), self._target(self.new, new)
        if is_union(old_target) != is_union(new_target):
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
            branch = as_schema(branches[0])
            if schema_name(branch) is not None:
                return {"allOf": [branch], "nullable": True} if nullable else branch
            if key != "allOf":
                return {**branch, "nullable": True} if nullable else branch
        return node

    @staticmethod
    def _target(doc: Document, node: dict[str, Any]) -> dict[str, Any]:
        name = schema_name(node)
        return as_schema(doc.schemas.get(name)) if name is not None else node

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
        if is_union(old) or is_union(new):
            changes = self._union(old, new, old, new, direction=direction, path=path)
            old, new = self._flatten(old, self.old, new), self._flatten(new, self.new, old)
            changes += nullable_changes(old, new, direction, path)
            return changes + self._object(old, new, direction, path)
        old, new = self._flatten(old, self.old, new), self._flatten(new, self.new, old)
        old_type, new_type = type_of(old), type_of(new)
        if old_type != new_type:
            widened = direction == "request" and (new_type is None or (old_type, new_type) == ("integer", "number"))
            narrowed = direction == "response" and (old_type is None or (old_type, new_type) == ("number", "integer"))
            return [
                change(
                    path,
                    "type-changed",
                    not (widened or narrowed),
                    f"type changed from {type_text(old)} to {type_text(new)}",
                )
            ]
        changes = format_changes(old, new, direction, path)
        changes += nullable_changes(old, new, direction, path)
        changes += enum_changes(old, new, direction, path)
        changes += constraints_changes(old, new, direction, path)
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
        properties = dict(as_schema(merged.get("properties")))
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
        if not is_union(node):
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
        branch = as_schema(branch)
        title = branch.get("title")
        if isinstance(title, str) and title:
            base = title
        else:
            tag = as_schema(as_schema(branch.get("properties")).get("type")).get("enum")
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
        was_union, now_union = is_union(old_target), is_union(new_target)
        if was_union != now_union and not set(old_variants) & set(new_variants):
            shown_old, shown_new = " | ".join(old_variants), " | ".join(new_variants)
            return [change(path, "type-changed", True, f"type changed from {shown_old} to {shown_new}")]
        for key in new_variants.keys() - old_variants.keys():
            if not was_union:
                message = f"type widened: now also {'accepts' if request else 'may be'} {key}"
                changes.append(change(path, "type-changed", not request, message))
            else:
                changes.append(
                    change(path, "variant-added", False, f"new variant {key}", "" if request else "new variant")
                )
        for key in old_variants.keys() - new_variants.keys():
            if not now_union:
                message = f"type narrowed: no longer {'accepts' if request else 'may be'} {key}"
            else:
                message = f"variant {key} removed"
            changes.append(change(path, "type-changed" if not now_union else "variant-removed", request, message))
        both_unions = was_union and now_union
        for key in sorted(old_variants.keys() & new_variants.keys()):
            sub = join_path(path, f"<{key}>") if both_unions else path
            changes += self._node(old_variants[key], new_variants[key], direction, sub)
        return changes

    def _object(self, old: dict[str, Any], new: dict[str, Any], direction: Direction, path: str) -> list[Change]:
        hidden = "readOnly" if direction == "request" else "writeOnly"
        old_props = {k: v for k, v in as_schema(old.get("properties")).items() if not as_schema(v).get(hidden)}
        new_props = {k: v for k, v in as_schema(new.get("properties")).items() if not as_schema(v).get(hidden)}
        old_required, new_required = set(old.get("required") or ()), set(new.get("required") or ())
        request = direction == "request"
        changes: list[Change] = []
        for name in sorted(new_props.keys() - old_props.keys()):
            field = join_path(path, name)
            if request and name in new_required:
                changes.append(change(field, "field-added", True, "new required field"))
            else:
                changes.append(change(field, "field-added", False, "new field"))
        for name in sorted(old_props.keys() - new_props.keys()):
            why = "clients that send it may be rejected" if request else "clients that read it will miss it"
            changes.append(change(join_path(path, name), "field-removed", True, f"field removed ({why})"))
        for name in sorted(old_props.keys() & new_props.keys()):
            field = join_path(path, name)
            was, now = name in old_required, name in new_required
            if now and not was:
                changes.append(change(field, "made-required", request, "optional -> required"))
            elif was and not now:
                changes.append(change(field, "made-optional", not request, "required -> optional"))
            changes += self._node(old_props[name], new_props[name], direction, field)
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            changes += self._node(old_extra, new_extra, direction, join_path(path, "{}"))
        return changes
