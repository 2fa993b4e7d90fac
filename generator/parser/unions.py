"""Unions of kinds: flattened, and tagged by what tells their variants apart."""

from __future__ import annotations

from collections.abc import Iterator

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


class Unions:
    """Builds unions over one API's definitions (shared with its `SchemaParser`, which fills them)."""

    def __init__(self, definitions: dict[str, Definition]) -> None:
        self.definitions = definitions

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
                literal = self._literal_of(field.kind) if field else None
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

    def _literal_of(self, kind: Kind) -> Enum | None:
        """The enum a kind stands for, through names and `Nullable`; None when it is no enum."""
        while isinstance(kind, Ref | Nullable):
            if isinstance(kind, Nullable):
                kind = kind.inner
                continue
            definition = self.definitions.get(kind.key)
            if definition is None or definition.alias is None:
                return None
            kind = definition.alias
        return kind if isinstance(kind, Enum) else None
