"""Schemas to kinds and definitions: the schema half of the intermediate representation."""

from __future__ import annotations

from collections.abc import Iterator
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
from generator.spec.document import decode_token, lookup
from generator.spec.loader import pointer_join

COMPONENTS = "#/components/schemas/"
_ANNOTATIONS = frozenset(
    {"description", "title", "default", "example", "examples", "deprecated", "readOnly", "writeOnly", "nullable"}
)
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
        self._components: dict[str, Any] = document.get("components", {}).get("schemas", {}) or {}

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
            self._fill(definition, node if isinstance(node, dict) else {}, key)
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
            meaningful = [p for p in parts if isinstance(p, dict) and not set(p) <= _ANNOTATIONS]
            own = {k for k in node if k != "allOf" and k not in _ANNOTATIONS and not k.startswith("x-")}
            if len(meaningful) == 1 and not own:
                index = parts.index(meaningful[0])
                kind = self.kind(meaningful[0], pointer_join(pointer, "allOf", index), hint, owner)
                nullable = any(isinstance(p, dict) and p.get("nullable") is True for p in parts)
                return Nullable(kind) if nullable and not isinstance(kind, Nullable | AnyKind | NullKind) else kind
        ref = node.get("$ref")
        if isinstance(ref, str):
            extra = {k for k in node if k not in ("$ref", "type") and k not in _ANNOTATIONS and not k.startswith("x-")}
            if not extra:
                return self._ref_kind(ref, pointer, hint, owner)
            # 3.1 allows siblings beside $ref: they narrow the referenced schema (an implicit allOf).
            merged = {k: v for k, v in node.items() if k not in ("$ref", "type")}
            merged["allOf"] = [{"$ref": ref}, *node.get("allOf", [])]
            return self._kind(merged, pointer, hint, owner)
        if self._object_shape(node, pointer) is not None or self._has_variants_with_base(node):
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
        rest = {k: v for k, v in node.items() if k != "allOf" and k not in _ANNOTATIONS}
        if rest:
            parts = [*parts, rest]
        if len(parts) == 1:
            return self.kind(parts[0], pointer_join(pointer, "allOf", 0), hint, owner)
        # Not every part is an object (else _object_shape would have taken it): keep the first
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
        """The union of these kinds, tagged when something tells them apart (`explicit`: the spec's
        discriminator property); one kind is itself, and a variant that accepts anything makes it Any."""
        if len(variants) == 1:
            return variants[0]
        if any(isinstance(v, AnyKind) for v in variants):
            return AnyKind()
        flat = tuple(self._flatten(variants))
        found = self._dispatch(tuple(variants), explicit)
        if found is None and len(flat) > len(variants):
            found = self._dispatch(flat, explicit)
        return found or UnionKind(tuple(variants))

    def _flatten(self, variants: list[Kind], seen: frozenset[str] = frozenset()) -> Iterator[Kind]:
        """The variants with each named union among them replaced by its own variants (and a name
        for one other definition, a `oneOf` of one branch, by that definition)."""
        for variant in variants:
            definition = self.definitions.get(variant.key) if isinstance(variant, Ref) else None
            inner = definition.alias if definition is not None and definition.key not in seen else None
            if isinstance(inner, UnionKind | Ref) and definition is not None:
                named = inner.variants if isinstance(inner, UnionKind) else (inner,)
                yield from self._flatten(list(named), seen | {definition.key})
            else:
                yield variant

    def _dispatch(self, variants: tuple[Kind, ...], explicit: str | None) -> UnionKind | None:
        """The union tagged by what tells its variants apart, or None when nothing does.

        Values that are not objects are told apart by their JSON type (variants of one type form a
        group, told apart among themselves); objects by a property
        (the spec's `discriminator`, else one every object variant has) whose values, a `const`
        or an enum, select one variant, or a few that share them (those few then form a smaller
        union of their own). A variant that accepts anything by mistake (a forward-compatible
        enum, a tolerant model) can then never take a value meant for another.
        """
        json_types: list[str | None] = [self._json_type(v) for v in variants if not isinstance(v, NullKind)]
        if None in json_types:
            return None
        objects = [v for v in variants if self._json_type(v) == "<dict>"]
        others = [t for t in json_types if t != "<dict>"]  # variants of one JSON type form a group
        key: str | None = None
        object_tags: dict[Kind, tuple[str, ...]] = {}
        aliases: list[tuple[str, str]] = []
        if len(objects) > 1:
            found = self._object_tags(objects, explicit)
            if found is None:
                return None
            key, object_tags, untagged = found
            if untagged is not None:
                aliases.append(("<untagged>", untagged))
        tags: list[str] = []
        for variant in variants:
            if isinstance(variant, NullKind):
                tags.append("<null>")
            elif variant in object_tags:
                first, *rest = object_tags[variant]
                tags.append(first)
                aliases.extend((value, first) for value in rest if (value, first) not in aliases)
            else:
                tags.append(str(self._json_type(variant)))
        if set(others) & {value for values in object_tags.values() for value in values}:
            return None
        if len(set(tags) - {"<null>"}) < 2:
            return None  # one group: nothing to dispatch
        if "<float>" in tags and "<int>" not in tags:
            aliases.append(("<int>", "<float>"))
        return UnionKind(variants, key, tuple(tags), tuple(aliases))

    def _json_type(self, kind: Kind) -> str | None:
        """What a variant accepts, as a JSON type tag; None for anything or for a nested union."""
        while isinstance(kind, Nullable):
            kind = kind.inner
        if isinstance(kind, Ref):
            definition = self.definitions.get(kind.key)
            if definition is None:
                return None
            if definition.is_object:
                return "<dict>"
            if definition.alias is None:
                return None
            return self._json_type(definition.alias)
        if isinstance(kind, Primitive):
            return f"<{kind.name}>"
        if isinstance(kind, FileKind):
            return "<str>"
        if isinstance(kind, Enum):
            types = {"<bool>" if isinstance(v, bool) else f"<{type(v).__name__}>" for v in kind.values}
            return types.pop() if len(types) == 1 else None
        if isinstance(kind, ArrayKind):
            return "<list>"
        if isinstance(kind, MapKind):
            return "<dict>"
        return None

    def _object_tags(
        self, variants: list[Kind], explicit: str | None
    ) -> tuple[str, dict[Kind, tuple[str, ...]], str | None] | None:
        """A property whose string values tell the object variants apart: its name, each variant's
        values (variants with the same values form a group), and the tag of the group a value
        without the property goes to (the first that may leave it out), if any."""
        fields_of: list[dict[str, Field]] = []
        for variant in variants:
            target = variant.inner if isinstance(variant, Nullable) else variant
            definition = self.definitions.get(target.key) if isinstance(target, Ref) else None
            if definition is None or definition.fields is None:
                return None
            fields_of.append({f.wire_name: f for f in definition.fields})
        candidates = [explicit] if explicit else sorted(set.intersection(*(set(f) for f in fields_of)))
        for name in candidates:
            found: dict[Kind, tuple[str, ...]] = {}
            claimed: dict[str, tuple[str, ...]] = {}
            optional: list[str] = []
            for variant, fields in zip(variants, fields_of, strict=True):
                field = fields.get(name)
                literal = self.literal_of(field.kind) if field else None
                every = literal.values if literal is not None else ()
                values = tuple(v for v in every if isinstance(v, str))
                if not values or len(values) != len(every):
                    break
                if any(claimed.get(v, values) != values for v in values):
                    break  # values shared only in part: no group to send them to
                claimed.update(dict.fromkeys(values, values))
                found[variant] = values
                if field is not None and not field.required and values[0] not in optional:
                    optional.append(values[0])
            else:
                # Without the spec's word for it, a property every variant may leave out is no tag.
                groups = set(found.values())
                if len(groups) < 2 or (not explicit and len(optional) == len(groups)):
                    continue
                return name, found, optional[0] if optional else None
        return None

    def literal_of(self, kind: Kind) -> Enum | None:
        while isinstance(kind, Ref | Nullable):
            if isinstance(kind, Nullable):
                kind = kind.inner
                continue
            definition = self.definitions.get(kind.key)
            if definition is None or definition.alias is None:
                return None
            kind = definition.alias
        return kind if isinstance(kind, Enum) else None

    def _has_variants_with_base(self, node: dict[str, Any]) -> bool:
        return isinstance(node.get("properties"), dict) and any(
            isinstance(node.get(k), list)
            and any(isinstance(b, dict) and ("properties" in b or "$ref" in b) for b in node[k])
            for k in ("oneOf", "anyOf")
        )

    def _object_shape(
        self, node: dict[str, Any], pointer: str, seen: frozenset[str] = frozenset()
    ) -> tuple[dict[str, tuple[Any, str]], set[str], bool] | None:
        """(properties with their pointers, required names, closed) when the node is one object."""
        if "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or ref in seen:
                return None
            target, target_pointer = self.resolve(ref, pointer)
            if target is None:
                return None
            return self._object_shape(target, target_pointer, seen | {ref})
        if "allOf" in node:
            properties: dict[str, tuple[Any, str]] = {}
            required: set[str] = set()
            closed = False
            parts = [p for p in node["allOf"] if isinstance(p, dict)]
            own = {k: v for k, v in node.items() if k != "allOf"}
            for index, part in enumerate([*parts, own]):
                if part is own and not any(k in own for k in ("properties", "required")):
                    continue
                shape = self._object_shape(part, pointer_join(pointer, "allOf", index), seen)
                if shape is None:
                    if part is own or set(part) <= _ANNOTATIONS | {"type"}:
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
        if any(k in node for k in ("oneOf", "anyOf")) and not self._only_required_branches(node):
            return None
        props = node.get("properties")
        if not isinstance(props, dict) or not props:
            return None
        found = {name: (schema, pointer_join(pointer, "properties", name)) for name, schema in props.items()}
        return found, set(node.get("required", [])), node.get("additionalProperties") is False

    @staticmethod
    def _only_required_branches(node: dict[str, Any]) -> bool:
        branches = [b for k in ("oneOf", "anyOf") for b in node.get(k, []) or []]
        return all(isinstance(b, dict) and set(b) <= {"required", "description", "title"} for b in branches)

    def _fill(self, definition: Definition, node: dict[str, Any], pointer: str) -> None:
        definition.description = self.describe(node) or str(node.get("title") or "")
        definition.sdk_aliases = _sdk_aliases(node.get("x-connector-alias"))
        hint, owner = definition.name_hint, definition.owner
        if self._has_variants_with_base(node):
            definition.alias = self._variants_with_base(node, pointer, hint, owner)
            return
        shape = self._object_shape(node, pointer)
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
