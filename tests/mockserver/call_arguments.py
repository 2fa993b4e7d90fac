"""Calling the generated client from the spec: the parsed spec, a method's keyword arguments synthesized
from its schemas (a small upload for file fields), and the method an operation maps to."""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostics
from generator.mockserver.synth import synthesize
from generator.naming import argument_identifier, snake_identifier
from generator.parser import Api, parse_api
from generator.parser.kinds import ArrayKind, Kind, Nullable, holds_file
from generator.parser.operations import Operation
from generator.pipeline import load_inputs
from generator.spec.api import ApiSpec, SpecOperation
from generator.spec.loader import pointer_join

UPLOAD = ("sample.mp3", b"ID3\x03\x00\x00\x00\x00\x00\x00", "audio/mpeg")


def arguments(
    op: Operation, spec_op: SpecOperation, spec: ApiSpec, method: Callable[..., Any], *, every: bool = False
) -> dict[str, Any]:
    """Keyword arguments for `method`: every required parameter and body field (with `every`, the optional
    ones too), synthesized from the spec."""
    accepted = inspect.signature(method).parameters
    found: dict[str, Any] = {}

    def put(wire: str, location: str, value: Any, chosen: str = "") -> None:
        name = argument_identifier(wire)
        for candidate in (chosen, name, f"{location}_{name}"):
            if candidate in accepted:
                found[candidate] = value
                return

    for parameter in spec_op.parameters:
        parsed = next((p for p in op.parameters if p.wire_name == parameter.name), None)
        if (parameter.required or every) and parameter.schema_pointer and not (parsed and parsed.client_setting):
            value = synthesize(spec, parameter.schema_pointer)
            value = str(value) if parameter.location == "path" else value
            put(parameter.name, parameter.location, value, parsed.argument if parsed else "")
    body = op.body
    if body is None:
        return found
    media = next((m for m in spec_op.request_media if m.media_type == body.content_type), None)
    if media is None or media.schema_pointer is None:
        return found
    value = synthesize(spec, media.schema_pointer)
    if every and isinstance(value, dict):
        optional = _properties(spec, media.schema_pointer)
        value = {**{name: synthesize(spec, pointer) for name, pointer in optional.items()}, **value}
    if body.fields is None:
        found["body"] = value if body.media != "binary" else b"\x00" * 8
        return found
    kinds = {f.wire_name: f.kind for f in body.fields}
    for wire, item in (value if isinstance(value, dict) else {}).items():
        kind = kinds.get(wire)
        if kind is not None and holds_file(kind) and body.media == "multipart":  # a JSON twin takes the spec's text
            put(wire, "body", [UPLOAD] if isinstance(_unwrap(kind), ArrayKind) else UPLOAD)
        else:
            put(wire, "body", item)
    return found


def _properties(spec: ApiSpec, pointer: str) -> dict[str, str]:
    """The object schema's properties (its `allOf` parts' too), each with its schema's pointer."""
    pointer = spec.resolve_pointer(pointer)
    schema = spec.at(pointer)
    found: dict[str, str] = {}
    if not isinstance(schema, dict):
        return found
    for index in range(len(schema.get("allOf") or [])):
        found.update(_properties(spec, pointer_join(pointer, "allOf", index)))
    for name in schema.get("properties") or {}:
        found[name] = pointer_join(pointer, "properties", name)
    return found


def _unwrap(kind: Kind) -> Kind:
    return kind.inner if isinstance(kind, Nullable) else kind


def method_of(client: Any, op: Operation) -> Callable[..., Any]:
    target = client
    for segment in op.resource:
        target = getattr(target, snake_identifier(segment))
    return typing.cast("Callable[..., Any]", getattr(target, op.name))


def parsed(path: Path, overlays: Sequence[Path]) -> tuple[Api, ApiSpec]:
    """The spec with its overlays as the generator parses it, and the same document for schema look-ups."""
    diagnostics = Diagnostics()
    (loaded,) = load_inputs([path], list(overlays), diagnostics)
    api = parse_api(loaded.document, loaded.label, "", diagnostics)
    return api, ApiSpec(loaded.document, path)  # the document the parser read, not a second reading
