"""Schemas to kinds and definitions: the schema half of the intermediate representation."""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Diagnostics
from generator.naming import hints
from generator.naming.hints import Hint
from generator.parser import facts
from generator.parser.constraints import shallow_schema
from generator.parser.kinds import (
    AnyKind,
    ArrayKind,
    Definition,
    Enum,
    Field,
    FileKind,
    Kind,
    MapKind,
    Nullable,
    NullKind,
    Primitive,
    Ref,
    UnionKind,
)
from generator.parser.object_shapes import ANNOTATIONS, has_variants_with_base, object_shape
from generator.parser.polymorphism import Polymorphism, with_tag
from generator.parser.unions import Unions
from generator.spec.document import decode_token, lookup
from generator.spec.loader import pointer_join

COMPONENTS = "#/components/schemas/"
_PRIMITIVES: dict[str, Kind] = {
    "string": Primitive("str"),
    "integer": Primitive("int"),
    "number": Primitive("float"),
    "boolean": Primitive("bool"),
    "null": NullKind(),
}


class SchemaParser:
    """Turns the schemas of one normalised document into kinds, collecting named definitions."""

    def __init__(self, document: dict[str, Any], file: str, diagnostics: Diagnostics) -> None:
        self.document = document
        self.file = file
        self.diagnostics = diagnostics
        self.definitions: dict[str, Definition] = {}
        self.unions = Unions(self.definitions)
        self._components: dict[str, Any] = document.get("components", {}).get("schemas", {}) or {}
        self.polymorphism = Polymorphism(self._components, file, diagnostics)

    # -- references -------------------------------------------------------------------------

    def resolve(self, ref: str, pointer: str, *, report: bool = True) -> tuple[dict[str, Any] | None, str]:
        """Follow a local `$ref`; return None (and report, unless told not to) when it does not resolve."""
        warn = self.diagnostics.warn if report else _ignore
        if not ref.startswith("#"):
            warn(self.file, pointer, f"external reference {ref!r} is not supported", "typed as Any")
            return None, ref
        node = lookup(self.document, ref)
        if node is None:
            warn(self.file, pointer, f"reference {ref!r} does not resolve", "typed as Any")
            return None, ref
        if not isinstance(node, dict):
            warn(self.file, pointer, f"reference {ref!r} is not a schema", "typed as Any")
            return None, ref
        return node, ref[1:]

    def resolve_object(self, node: Any, pointer: str) -> dict[str, Any]:
        """A parameter, request body or response object with its `$ref` followed once ({} when none resolves)."""
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            target, _ = self.resolve(node["$ref"], pointer)
            return target or {}
        return node if isinstance(node, dict) else {}

    def deref(
        self, node: dict[str, Any], pointer: str, seen: frozenset[str] = frozenset(), *, report: bool = True
    ) -> dict[str, Any] | None:
        """The schema a node stands for, following `$ref` chains (with cycle protection)."""
        while "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or ref in seen:
                return None
            seen = seen | {ref}
            target, _ = self.resolve(ref, pointer, report=report)
            if target is None:
                return None
            node = target
        return node

    def deref_quietly(self, node: dict[str, Any]) -> dict[str, Any] | None:
        """`deref` for a second look at a schema `kind()` reads (and reports on) with its pointer."""
        return self.deref(node, "", report=False)

    def describe(self, node: dict[str, Any]) -> str:
        """A schema's description: its own, else its `$ref` target's, else that of the one non-null
        variant of a nullable `anyOf`/`oneOf` (where OpenAPI 3.1 specs often put it)."""
        seen: set[int] = set()
        current: dict[str, Any] | None = node
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            text = current.get("description")
            if isinstance(text, str) and text.strip():
                return text
            if "$ref" in current:
                current = self.deref_quietly(current)
                continue
            variants = current.get("anyOf") or current.get("oneOf")
            if not isinstance(variants, list):
                break
            # Normalised already: a bare null branch is gone, one with more keys reads `type: null`.
            kept = [v for v in variants if isinstance(v, dict) and v.get("type") != "null"]
            current = kept[0] if len(kept) == 1 else None
        return ""

    # -- entry points -----------------------------------------------------------------------

    def component(self, name: str) -> Ref:
        """The definition of `#/components/schemas/<name>`, built on first use."""
        key = COMPONENTS[1:] + name.replace("~", "~0").replace("/", "~1")
        if key not in self.definitions:
            node = self._components.get(name)
            chosen = node.get("x-connector-name") if isinstance(node, dict) else None
            hint = str(chosen) if isinstance(chosen, str) and chosen else name
            definition = Definition(key=key, name_hint=hints.root(hint), owner=hint)
            self.definitions[key] = definition
            if not self._base_of_subtypes(definition, node, name):
                self._fill(definition, node if isinstance(node, dict) else {}, key)
                self._narrow_tag(definition, name)
        return Ref(key)

    @property
    def component_count(self) -> int:
        return len(self._components)

    def all_components(self) -> None:
        for name in self._components:
            self.component(name)

    def kind(self, node: Any, pointer: str, hint: Hint, owner: str) -> Kind:
        """The kind of an inline schema; object shapes become definitions of their own."""
        if isinstance(node, bool) or not isinstance(node, dict):
            return AnyKind()
        nullable = node.get("nullable") is True
        kind = self._kind(node, pointer, hint, owner)
        if nullable and not isinstance(kind, Nullable | AnyKind | NullKind):
            return Nullable(kind)
        return kind

    # -- internals --------------------------------------------------------------------------

    def _kind(self, node: dict[str, Any], pointer: str, hint: Hint, owner: str) -> Kind:
        parts = node.get("allOf")
        if isinstance(parts, list):
            meaningful = [p for p in parts if isinstance(p, dict) and not set(p) <= ANNOTATIONS]
            own = {k for k in node if k != "allOf" and k not in ANNOTATIONS and not k.startswith("x-")}
            if len(meaningful) == 1 and not own:
                index = parts.index(meaningful[0])
                kind = self.kind(meaningful[0], pointer_join(pointer, "allOf", index), hint, owner)
                nullable = any(isinstance(p, dict) and p.get("nullable") is True for p in parts)
                return Nullable(kind) if nullable and not isinstance(kind, Nullable | AnyKind | NullKind) else kind
        ref = node.get("$ref")
        if isinstance(ref, str):
            extra = {k for k in node if k not in ("$ref", "type") and k not in ANNOTATIONS and not k.startswith("x-")}
            if not extra:
                return self._ref_kind(ref, pointer, hint, owner)
            # 3.1 allows siblings beside $ref: they narrow the referenced schema (an implicit allOf).
            merged = {k: v for k, v in node.items() if k not in ("$ref", "type")}
            merged["allOf"] = [{"$ref": ref}, *node.get("allOf", [])]
            return self._kind(merged, pointer, hint, owner)
        if object_shape(node, pointer, self.resolve) is not None or has_variants_with_base(node):
            key = pointer
            if key not in self.definitions:
                definition = Definition(key=key, name_hint=hint, owner=owner)
                self.definitions[key] = definition
                self._fill(definition, node, pointer)
            return Ref(key)
        return self._structural(node, pointer, hint, owner)

    def _ref_kind(self, ref: str, pointer: str, hint: Hint, owner: str) -> Kind:
        if ref.startswith(COMPONENTS) and "/" not in ref[len(COMPONENTS) :]:
            name = decode_token(ref[len(COMPONENTS) :])
            if name in self._components:
                return self.component(name)
        target, target_pointer = self.resolve(ref, pointer)
        if target is None:
            return AnyKind()
        tokens = [decode_token(t) for t in target_pointer.split("/")[1:]]
        target_owner = tokens[2] if tokens[:2] == ["components", "schemas"] and len(tokens) > 2 else owner
        target_hint = hints.referenced(tokens, hint)
        return self.kind(target, target_pointer, target_hint, target_owner)

    def _structural(self, node: dict[str, Any], pointer: str, hint: Hint, owner: str) -> Kind:
        if "allOf" in node:
            return self._all_of(node, pointer, hint, owner)
        for key in ("oneOf", "anyOf"):
            if isinstance(node.get(key), list) and node[key]:
                return self._union(node, key, pointer, hint, owner)
        if "enum" in node:
            values = tuple(v for v in node["enum"] if isinstance(v, str | int | bool) and v is not None)
            if len(values) == len(node["enum"]):
                return Enum(values)
            self.diagnostics.warn(self.file, pointer, "enum with values Literal cannot hold", "typed by `type`")
        kind = node.get("type")
        if kind == "array" or (kind is None and "items" in node):
            items = node.get("items")
            item_hint = hints.item(hint)
            return ArrayKind(self.kind(items, pointer_join(pointer, "items"), item_hint, owner) if items else AnyKind())
        if kind == "object" or "additionalProperties" in node:
            extra = node.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return MapKind(
                    self.kind(extra, pointer_join(pointer, "additionalProperties"), hints.value(hint), owner)
                )
            return MapKind(AnyKind())
        if kind == "string" and node.get("format") == "binary":
            return FileKind()
        if isinstance(kind, str) and kind in _PRIMITIVES:
            return _PRIMITIVES[kind]
        return AnyKind()

    def _all_of(self, node: dict[str, Any], pointer: str, hint: Hint, owner: str) -> Kind:
        parts = [p for p in node["allOf"] if isinstance(p, dict)]
        rest = {k: v for k, v in node.items() if k != "allOf" and k not in ANNOTATIONS}
        if rest:
            parts = [*parts, rest]
        if len(parts) == 1:
            return self.kind(parts[0], pointer_join(pointer, "allOf", 0), hint, owner)
        # Not every part is an object (else object_shape would have taken it): keep the first
        # part that carries a type and say so.
        self.diagnostics.warn(self.file, pointer, "allOf mixes object and non-object parts", "typed by the first part")
        return self.kind(parts[0], pointer_join(pointer, "allOf", 0), hint, owner)

    def _union(self, node: dict[str, Any], key: str, pointer: str, hint: Hint, owner: str) -> Kind:
        variants: list[Kind] = []
        for index, branch in enumerate(node[key]):
            resolved = self.deref(branch, pointer) if isinstance(branch, dict) else None
            branch_hint = hints.branch(hint, branch, resolved, len(node[key]))
            kind = self.kind(branch, pointer_join(pointer, key, index), branch_hint, owner)
            if kind not in variants:
                variants.append(kind)
        explicit = (
            node.get("discriminator", {}).get("propertyName") if isinstance(node.get("discriminator"), dict) else None
        )
        return self.union_of(variants, explicit)

    def union_of(self, variants: list[Kind], explicit: str | None = None) -> Kind:
        """The union of these kinds, tagged when something tells them apart (`Unions.union_of`)."""
        return self.unions.union_of(variants, explicit)

    def _fill(self, definition: Definition, node: dict[str, Any], pointer: str) -> None:
        definition.description = self.describe(node) or str(node.get("title") or "")
        definition.sdk_aliases = _sdk_aliases(node.get("x-connector-alias"))
        hint, owner = definition.name_hint, definition.owner
        if has_variants_with_base(node):
            definition.alias = self._variants_with_base(node, pointer, hint, owner)
            return
        shape = object_shape(node, pointer, self.resolve)
        if shape is None:
            kind = (
                self._structural(node, pointer, hint, owner)
                if "$ref" not in node
                else self._kind(node, pointer, hint, owner)
            )
            if node.get("nullable") is True and not isinstance(kind, Nullable | AnyKind | NullKind):
                kind = Nullable(kind)
            definition.alias = kind
            return
        properties, required, closed = shape
        definition.closed = closed
        definition.fields = []
        for name, (schema, prop_pointer) in properties.items():
            prop = schema if isinstance(schema, dict) else {}
            definition.fields.append(
                Field(
                    wire_name=name,
                    kind=self.kind(prop, prop_pointer, hints.child(hint, name), owner),
                    required=name in required,
                    description=self.describe(prop),
                    deprecated=bool(prop.get("deprecated")),
                    checks=shallow_schema(prop, self.deref_quietly),
                    computed=facts.computed_by_sdks(prop),
                )
            )

    def _base_of_subtypes(self, definition: Definition, node: Any, name: str) -> bool:
        """A base with mapped subtypes is their union, tagged on its discriminator property
        (`polymorphism.py`); False when the component is no such base."""
        base = self.polymorphism.subtypes(name)
        if base is None or not isinstance(node, dict):
            return False
        definition.description = self.describe(node) or str(node.get("title") or "")
        definition.sdk_aliases = _sdk_aliases(node.get("x-connector-alias"))
        prop, subtypes = base
        definition.alias = self.union_of([self.component(sub) for sub in subtypes], prop)
        if isinstance(definition.alias, UnionKind) and not definition.alias.tags:
            pointer = pointer_join("/components/schemas", name, "discriminator")
            self.diagnostics.warn(self.file, pointer, f"subtypes not told apart by {prop!r}", "an untagged union")
        return True

    def _narrow_tag(self, definition: Definition, name: str) -> None:
        """A mapped subtype's tag property: the values that select it."""
        tag = self.polymorphism.tag(name)
        if tag is None or definition.fields is None:
            return
        fields = with_tag(definition.fields, *tag)
        if fields is None:
            pointer = pointer_join("/components/schemas", name)
            self.diagnostics.warn(self.file, pointer, f"mapped subtype has no {tag[0]!r} property", "left untagged")
            return
        definition.fields = fields

    def _variants_with_base(self, node: dict[str, Any], pointer: str, hint: Hint, owner: str) -> Kind:
        """`properties` beside `oneOf`: each variant is the base object merged with one branch."""
        key = "oneOf" if "oneOf" in node else "anyOf"
        base = {k: v for k, v in node.items() if k not in ("oneOf", "anyOf", "discriminator")}
        merged = [{"allOf": [base, branch]} for branch in node[key]]
        return self._union({key: merged}, key, pointer, hint, owner)


def _ignore(*_: str) -> None:
    """A `Diagnostics.warn` that reports nothing."""


def _sdk_aliases(value: Any) -> tuple[str, ...]:
    """An overlay's `x-connector-alias` (one name or a list of names)."""
    names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return tuple(name for name in names if isinstance(name, str) and name.isidentifier())
