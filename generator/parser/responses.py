"""An operation's answer: how it is read (JSON, text, bytes, an event stream) and whether it is a page."""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

from generator.diagnostics import Diagnostics
from generator.naming import hints
from generator.naming.hints import Hint
from generator.parser import pages
from generator.parser.kinds import AnyKind, ArrayKind, FileKind, Kind, Primitive, Ref
from generator.parser.parameters import Parameter
from generator.parser.schemas import SchemaParser
from generator.spec.loader import as_mapping, pointer_join

ResponseKind = Literal["json", "text", "binary", "none", "json_or_text"]


@dataclasses.dataclass(frozen=True)
class Response:
    kind: ResponseKind
    content_type: str = ""
    json: Kind | None = None
    stream: Kind | None = None  # chunk type of a text/event-stream answer
    page_item: Kind | None = None  # item type of a cursor-paginated list (parser/pages.py)
    list_like: bool = False  # an object whose `data` is an array (a list, paginated or not)
    single_page_item: Kind | None = None  # item type of a list answered as one page (parser/pages.py)
    accept: tuple[str, ...] = ()  # the content types of a non-streamed answer, for the Accept header


class ResponseParser:
    """Types the answers of the operations of one document."""

    def __init__(self, schemas: SchemaParser, diagnostics: Diagnostics) -> None:
        self.schemas = schemas
        self.diagnostics = diagnostics
        self.file = schemas.file

    def response(self, spec: dict[str, Any], pointer: str, owner: str) -> Response:
        """The first success answer an operation declares (else its default), read by its media types."""
        responses = as_mapping(spec.get("responses"))
        success = sorted(s for s in responses if str(s).startswith("2"))
        if not success:
            if "default" not in responses:
                self.diagnostics.warn(self.file, pointer, "no success response declared", "returns None")
                return Response("none")
            success = ["default"]
        status = success[0]
        here = pointer_join(pointer, "responses", status)
        response = self.schemas.resolve_object(responses[status], here)
        content = as_mapping(response.get("content"))
        if not content:
            return Response("none")
        json_kind = stream_kind = None
        kind: ResponseKind = "binary"
        chosen = binary = ""
        has_text = False
        for content_type in content:
            schema = (content[content_type] or {}).get("schema")
            schema_pointer = pointer_join(here, "content", content_type, "schema")
            lowered = content_type.lower()
            if lowered.startswith("text/event-stream"):
                stream_kind = self._typed(
                    schema, schema_pointer, hints.suffixed(hints.root(owner), "StreamEvent"), owner
                )
            elif "json" in lowered and json_kind is None:
                json_kind = self._typed(schema, schema_pointer, hints.suffixed(hints.root(owner), "Response"), owner)
                kind, chosen = "json", content_type
            elif (lowered.startswith("text/") or lowered == "application/sdp") and not self._binary_format(schema):
                has_text = True
                if kind == "binary":
                    kind, chosen = "text", content_type
            else:
                binary = binary or content_type
                chosen = chosen or content_type
        if kind == "json" and ((binary and isinstance(json_kind, Primitive)) or isinstance(json_kind, FileKind)):
            # A JSON string beside media types (`video/mp4`, `application/zip`) stands for the bytes,
            # as does `format: binary`: the bytes are what the server sends.
            kind, chosen, json_kind = "binary", binary or chosen, None
        if json_kind is None and stream_kind is not None and kind == "binary" and chosen == "":
            kind = "none"
        if kind == "json" and has_text:
            kind = "json_or_text"  # the caller chooses with a format argument; the runtime reads Content-Type
        accept = tuple(t for t in content if not t.lower().startswith("text/event-stream"))
        return Response(
            kind,
            chosen,
            json_kind,
            stream_kind,
            list_like=self._list_like(json_kind),
            accept=accept,
        )

    def paged(self, response: Response, method: str, parameters: list[Parameter], spec: dict[str, Any]) -> Response:
        """`response` with its page items set when its answer is a page (`pages.page_items`)."""
        kind = response.json
        definition = self.schemas.definitions.get(kind.key) if isinstance(kind, Ref) else None
        if definition is None or definition.fields is None:
            return response
        query = [p.wire_name for p in parameters if p.location == "query" and p.client_setting is None]
        cursor, single = pages.page_items(definition.fields, method.upper(), query, pages.declared_page(spec))
        return dataclasses.replace(response, page_item=cursor, single_page_item=single)

    def _binary_format(self, schema: object) -> bool:
        """Whether a media type's schema says `format: binary`: its bytes are the answer, whatever the media type."""
        target = self.schemas.deref_quietly(schema) if isinstance(schema, dict) else None
        return target is not None and target.get("format") == "binary"

    def field_names(self, kind: Kind | None) -> list[str]:
        """The wire names of the fields of the object a JSON answer is ([] when it is no object)."""
        definition = self.schemas.definitions.get(kind.key) if isinstance(kind, Ref) else None
        return [f.wire_name for f in definition.fields or []] if definition else []

    def _list_like(self, kind: Kind | None) -> bool:
        if self._is_array(kind):
            return True
        definition = self.schemas.definitions.get(kind.key) if isinstance(kind, Ref) else None
        fields = {f.wire_name: f for f in definition.fields or []} if definition else {}
        return "data" in fields and isinstance(fields["data"].kind, ArrayKind)

    def _is_array(self, kind: Kind | None) -> bool:
        while isinstance(kind, Ref):
            definition = self.schemas.definitions.get(kind.key)
            kind = definition.alias if definition is not None else None
        return isinstance(kind, ArrayKind)

    def _typed(self, schema: Any, pointer: str, hint: Hint, owner: str) -> Kind:
        if not isinstance(schema, dict) or not schema:
            self.diagnostics.warn(self.file, pointer, "response without a schema", "typed as Any (untyped)")
            return AnyKind()
        return self.schemas.kind(schema, pointer, hint, owner)
