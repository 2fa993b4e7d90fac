"""An operation's request body: which media type it is sent as, and its fields as keyword arguments."""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

from generator.diagnostics import Diagnostics
from generator.naming import hints
from generator.parser.kinds import AnyKind, Field, Kind, Ref
from generator.parser.schemas import SchemaParser
from generator.spec.loader import as_list, as_mapping, pointer_join

RequestKind = Literal["none", "json", "multipart", "form", "binary"]


@dataclasses.dataclass(frozen=True)
class Body:
    media: RequestKind
    content_type: str
    kind: Kind
    fields: list[Field] | None  # the body object's fields, passed as keyword arguments
    required: bool


class BodyParser:
    """Types the request bodies of the operations of one document."""

    def __init__(self, schemas: SchemaParser, diagnostics: Diagnostics) -> None:
        self.schemas = schemas
        self.diagnostics = diagnostics
        self.file = schemas.file

    def body(self, spec: dict[str, Any], pointer: str, owner: str) -> Body | None:
        """The body an operation sends; an upload form over JSON when both are offered and it has files."""
        if "requestBody" not in spec:
            return None
        here = pointer_join(pointer, "requestBody")
        request_body = self.schemas.resolve_object(spec["requestBody"], here)
        content = request_body.get("content")
        if not isinstance(content, dict) or not content:
            self.diagnostics.warn(self.file, here, "request body without content", "no body generated")
            return None
        content_type, media = _choose_request_media(list(content))
        uploads = [c for c in content if c.lower().startswith("multipart/") and self._has_files(content[c])]
        if media == "json" and uploads:
            # Both offered: the multipart form takes uploads (a JSON body can only point at files);
            # the JSON form becomes a `_json` twin (see json_twin).
            content_type, media = uploads[0], "multipart"
        required = request_body.get("required") is True
        return self._body_for(content, (content_type, media), here, owner, required)

    def json_twin(self, spec: dict[str, Any], pointer: str, owner: str) -> Body | None:
        """The JSON body (files by reference) an upload operation also takes, for its `_json` twin method;
        None when it offers none, or when a JSON body cannot carry the files its schema requires."""
        here = pointer_join(pointer, "requestBody")
        content = as_mapping(self.schemas.resolve_object(spec.get("requestBody"), here).get("content"))
        json_types = [c for c in content if "json" in c.lower()]
        if not json_types or self._requires_files(content[json_types[0]]):
            return None
        return self._body_for(content, (json_types[0], "json"), here, owner, False)

    def _body_for(
        self, content: dict[str, Any], chosen: tuple[str, RequestKind], here: str, owner: str, required: bool
    ) -> Body:
        content_type, media = chosen
        schema = (content[content_type] or {}).get("schema") or {}
        schema_pointer = pointer_join(here, "content", content_type, "schema")
        kind = self.schemas.kind(schema, schema_pointer, hints.suffixed(hints.root(owner), "Body"), owner)
        fields = None
        if media in ("json", "multipart", "form") and isinstance(kind, Ref):
            definition = self.schemas.definitions.get(kind.key)
            if definition is not None and definition.fields is not None:
                fields = definition.fields
        if media == "binary":
            kind = AnyKind()
        return Body(media, content_type, kind, fields, required)

    def _requires_files(self, media: Any) -> bool:
        schema = self.schemas.deref_quietly(as_mapping(as_mapping(media).get("schema"))) or {}
        properties = as_mapping(schema.get("properties"))
        required = {name: properties[name] for name in as_list(schema.get("required")) if name in properties}
        return self._has_files({"schema": {"properties": required}})

    def _has_files(self, media: Any) -> bool:
        """Whether a request schema has a binary property (directly, in a union, or as array items)."""
        schema = self.schemas.deref_quietly(as_mapping(as_mapping(media).get("schema"))) or {}
        for prop in as_mapping(schema.get("properties")).values():
            pending = [as_mapping(prop)]
            for _ in range(3):  # the property, its branches or items, and their items
                nodes = [self.schemas.deref_quietly(n) or {} for n in pending]
                if any(n.get("format") == "binary" for n in nodes):
                    return True
                pending = [as_mapping(n.get("items")) for n in nodes] + [
                    as_mapping(b) for n in nodes for k in ("anyOf", "oneOf") for b in n.get(k) or []
                ]
        return False


def _choose_request_media(content_types: list[str]) -> tuple[str, RequestKind]:
    ranked: list[tuple[int, str, RequestKind]] = []
    for content_type in content_types:
        lowered = content_type.lower()
        if "json" in lowered:
            ranked.append((0, content_type, "json"))
        elif lowered.startswith("multipart/"):
            ranked.append((1, content_type, "multipart"))
        elif lowered == "application/x-www-form-urlencoded":
            ranked.append((2, content_type, "form"))
        else:
            ranked.append((3, content_type, "binary"))
    _, content_type, media = min(ranked, key=lambda r: r[0])
    return content_type, media
