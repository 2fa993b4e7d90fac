"""Kinds as Python type annotations, for response models ("model") and request params ("param")."""

from __future__ import annotations

import json
from typing import Literal

from generator.layout import Layout
from generator.parser.kinds import (
    AnyKind,
    ArrayKind,
    Enum,
    FileKind,
    Kind,
    MapKind,
    Nullable,
    NullKind,
    Primitive,
    Ref,
    Scalar,
    UnionKind,
)

Mode = Literal["model", "param"]


def literal(values: tuple[Scalar, ...]) -> str:
    return "Literal[" + ", ".join(json.dumps(v) if isinstance(v, str) else repr(v) for v in values) + "]"


class Annotator:
    """Renders kinds for one layout, recording which definitions each rendering needs imported."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.used: set[str] = set()  # names of definitions referenced since the last reset

    def render(self, kind: Kind, mode: Mode, *, open_values: bool = True, annotated: bool = True) -> str:
        """`open_values`: in models, accept unknown enum values and union variants (forward compatible).

        `annotated`: attach pydantic metadata (discriminators); off for plain return annotations.
        """
        wrap_open = mode == "model" and open_values
        if isinstance(kind, AnyKind):  # an answer's free-form value: `object`, as openai-python types it
            return "builtins.object" if mode == "model" else "Any"
        if isinstance(kind, NullKind):
            return "None"
        if isinstance(kind, Primitive):
            return kind.name
        if isinstance(kind, FileKind):
            return "FileTypes" if mode == "param" else "str"
        if isinstance(kind, Enum):
            text = literal(kind.values)
            return f"Open[{text}]" if wrap_open and len(kind.values) > 1 else text
        if isinstance(kind, ArrayKind):
            item = self.render(kind.item, mode, open_values=open_values)
            return f"Sequence[{item}]" if mode == "param" else f"list[{item}]"
        if isinstance(kind, MapKind):
            value = self.render(kind.value, mode, open_values=open_values)
            return f"Mapping[str, {value}]" if mode == "param" else f"dict[str, {value}]"
        if isinstance(kind, Nullable):
            inner = self.render(kind.inner, mode, open_values=open_values)
            return (
                inner if inner in ("Any", "builtins.object", "None") or inner.endswith(" | None") else f"{inner} | None"
            )
        if isinstance(kind, UnionKind):
            # The union as a whole keeps an unknown value; its variants need no wrapper of their own.
            # A nullable variant makes the whole union nullable, with None written last.
            parts: list[str] = []
            groups: dict[str, list[str]] = {}  # tag -> its variants (several when they share a tag)
            nullable = False
            members = [v for v in kind.variants if not isinstance(v, NullKind)]
            tagged = mode == "model" and annotated and bool(kind.tags) and len(members) > 1
            for index, variant in enumerate(kind.variants):
                if isinstance(variant, NullKind):
                    nullable = True
                    continue
                member = variant.inner if isinstance(variant, Nullable) else variant
                nullable = nullable or member is not variant
                text = self.render(member, mode, open_values=False)
                group = groups.setdefault(kind.tags[index], []) if tagged else parts
                if text not in group:
                    group.append(text)
            if tagged:
                parts = [f"Annotated[{' | '.join(texts)}, Tag({json.dumps(tag)})]" for tag, texts in groups.items()]
            variants = " | ".join(parts)
            if tagged:
                # A callable discriminator reads the tag itself, so the variants' fields stay tolerant.
                arguments = "None" if kind.discriminator is None else json.dumps(kind.discriminator)
                if kind.aliases:
                    arguments += ", " + json.dumps(dict(kind.aliases))
                variants = f"Annotated[{variants}, Discriminator(tag_of({arguments}))]"
            text = f"Open[{variants}]" if wrap_open else variants
            return f"{text} | None" if nullable else text
        if isinstance(kind, Ref):
            return self._ref(kind, mode)
        raise TypeError(f"unknown kind {kind!r}")

    def _ref(self, kind: Ref, mode: Mode) -> str:
        layout = self.layout
        if mode == "param" and kind.key in layout.param_names:
            name = layout.param_names[kind.key]
        else:
            name = layout.class_names[kind.key]
        self.used.add(kind.key + ("#param" if mode == "param" and kind.key in layout.param_names else ""))
        return name
