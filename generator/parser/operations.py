"""Paths to operations: the operation half of the intermediate representation."""

from __future__ import annotations

import dataclasses
import re
import urllib.parse
from typing import Any, Literal

from generator.diagnostics import Diagnostics
from generator.naming import hints
from generator.naming.hints import Hint
from generator.parser import facts, pages
from generator.parser.aliases import aliases
from generator.parser.constraints import shallow_schema
from generator.parser.kinds import AnyKind, ArrayKind, Field, FileKind, Kind, Primitive, Ref
from generator.parser.schemas import SchemaParser
from generator.spec.document import HTTP_METHODS, merge_parameters
from generator.spec.loader import as_list, as_mapping, pointer_join

RequestKind = Literal["none", "json", "multipart", "form", "binary"]
ResponseKind = Literal["json", "text", "binary", "none", "json_or_text"]


@dataclasses.dataclass(frozen=True)
class Parameter:
    wire_name: str
    location: Literal["path", "query", "header"]
    kind: Kind
    required: bool
    description: str = ""
    client_setting: str | None = None  # filled by the runtime from this client setting when not given
    deprecated: bool = False
    checks: dict[str, Any] | None = None
    style: str = ""  # a query parameter's non-default style (`facts.query_style`)
    argument: str = ""  # the argument's name when the spec gives one (`x-stainless-param`), else from `wire_name`


@dataclasses.dataclass(frozen=True)
class Body:
    media: RequestKind
    content_type: str
    kind: Kind
    fields: list[Field] | None  # the body object's fields, passed as keyword arguments
    required: bool


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


@dataclasses.dataclass
class Operation:
    api: str
    operation_id: str
    method: str
    path: str
    pointer: str
    summary: str
    description: str
    deprecated: bool
    parameters: list[Parameter]
    body: Body | None
    response: Response
    extensions: dict[str, Any]
    fixed_query: dict[str, str] = dataclasses.field(default_factory=dict)  # from a `?k=v` written into the path
    variant: str = ""  # "json" for the JSON twin of an upload operation; an alias's name (parser/aliases.py)
    alias: str = ""  # the method's name when this is a second name of the operation's method
    deprecation: str = ""  # what a call's DeprecationWarning says, when not the API's own deprecation
    resource: tuple[str, ...] = ()
    name: str = ""
    # Facts the runtime acts on (parser/facts.py); the Azure classic ones are set by facts.link_azure_classic.
    security: tuple[str, ...] = ()  # the credentials it accepts: "api_key", "admin_key", "azure_api_key", ...
    stream_done: bool = False  # its event stream ends with `data: [DONE]`
    stream_enveloped: bool = False  # its events are `{"event": <SSE event name>, "data": <data>}`
    genai_operation: str = ""  # `gen_ai.operation.name` of an inference operation ("chat", ...), for spans
    upload_formats: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    pagination: dict[str, str] = dataclasses.field(default_factory=dict)
    deployment_scoped: bool = False  # Azure classic serves it under /deployments/{deployment}{path}
    version_param: str = ""  # the api-version query parameter Azure classic takes for it

    @property
    def query_styles(self) -> dict[str, str]:
        """Query parameter -> its style, where it is not the default (`facts.query_style`)."""
        return {p.wire_name: p.style for p in self.parameters if p.style}


class OperationParser:
    def __init__(self, schemas: SchemaParser, api: str, diagnostics: Diagnostics) -> None:
        self.schemas = schemas
        self.api = api
        self.diagnostics = diagnostics
        self.file = schemas.file

    def all(self) -> list[Operation]:
        operations: list[Operation] = []
        paths = self.schemas.document.get("paths") or {}
        for path, item in paths.items():
            if not isinstance(item, dict):
                self.diagnostics.warn(self.file, pointer_join("/paths", path), "path item is not an object", "skipped")
                continue
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    operation = self.operation(path, method, item, item[method])
                    operations.append(operation)
                    alternative = self._json_alternative(item[method], operation)
                    if alternative is not None:
                        operations.append(alternative)
                    operations.extend(aliases(operation, item[method], self.diagnostics, self.file))
        return operations

    def _json_alternative(self, spec: dict[str, Any], operation: Operation) -> Operation | None:
        """An upload operation that also takes JSON (files by reference) gets a `_json` twin method."""
        if operation.body is None or operation.body.media != "multipart":
            return None
        here = pointer_join(operation.pointer, "requestBody")
        content = as_mapping(self._deref(spec.get("requestBody"), here).get("content"))
        json_types = [c for c in content if "json" in c.lower()]
        if not json_types or self._requires_files(content[json_types[0]]):
            return None  # a JSON body cannot carry the files its schema requires: no twin that could never work
        body = self._body_for(content, (json_types[0], "json"), here, operation.operation_id + "Json", False)
        return dataclasses.replace(operation, body=body, variant="json")

    def _deref(self, node: Any, pointer: str) -> dict[str, Any]:
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            target, _ = self.schemas.resolve(node["$ref"], pointer)
            return target or {}
        return node if isinstance(node, dict) else {}

    def operation(self, path: str, method: str, item: dict[str, Any], spec: dict[str, Any]) -> Operation:
        pointer = pointer_join("/paths", path, method)
        written_path = path
        fixed_query: dict[str, str] = {}
        if "?" in path:
            path, _, query = path.partition("?")
            fixed_query = dict(urllib.parse.parse_qsl(query, keep_blank_values=True))
            self.diagnostics.warn(
                self.file, pointer, "query string inside a path key", f"sent {query!r} as fixed query parameters"
            )
        operation_id = spec.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            operation_id = method + "_" + re.sub(r"[^0-9A-Za-z]+", "_", path).strip("_")
            self.diagnostics.warn(self.file, pointer, "operation without operationId", f"named it {operation_id!r}")
        request_body = self._deref(spec.get("requestBody"), pointer_join(pointer, "requestBody"))
        response = self._response(spec, pointer, operation_id)
        parameters = self._parameters(path, (written_path, item), spec, pointer, operation_id)
        response = self._paged(response, method, parameters, spec)
        return Operation(
            api=self.api,
            operation_id=operation_id,
            method=method.upper(),
            path=path,
            pointer=pointer,
            summary=str(spec.get("summary") or ""),
            description=str(spec.get("description") or ""),
            deprecated=bool(spec.get("deprecated")),
            parameters=parameters,
            body=self._body(spec, pointer, operation_id),
            response=response,
            extensions={k: v for k, v in spec.items() if k.startswith("x-connector-")},
            fixed_query=fixed_query,
            security=facts.security(self.schemas.document, spec),
            stream_done=response.stream is not None
            and facts.stream_done(spec, request_body, self.schemas.deref_quietly),
            stream_enveloped=response.stream is not None and facts.stream_enveloped(spec, self.schemas.deref_quietly),
            upload_formats=facts.upload_formats(request_body, self.schemas.deref_quietly),
            genai_operation=facts.genai_operation(spec),
            pagination=(
                facts.pagination(self._field_names(response.json), spec.get("x-connector-page"))
                if response.page_item is not None
                else {}
            ),
        )

    def _declared(self, source: dict[str, Any], source_pointer: str) -> list[tuple[dict[str, Any], str]]:
        """The parameters a path item or operation declares (resolved, with their pointers) that can be
        generated; the others are reported."""
        declared = []
        for index, raw in enumerate(source.get("parameters") or []):
            here = pointer_join(source_pointer, "parameters", index)
            param = self._deref(raw, here)
            name, location = param.get("name"), param.get("in")
            if not isinstance(name, str) or location not in ("path", "query", "header", "cookie"):
                self.diagnostics.warn(self.file, here, "parameter without a name or location", "skipped it")
            elif location == "cookie":
                self.diagnostics.warn(self.file, here, "cookie parameter", "not generated; send it via headers")
            else:
                declared.append((param, here))
        return declared

    def _parameters(
        self, path: str, path_item: tuple[str, dict[str, Any]], spec: dict[str, Any], pointer: str, owner: str
    ) -> list[Parameter]:
        """Path-level and operation-level parameters merged (the operation wins), all declared ones typed."""
        written_path, item = path_item
        levels = (self._declared(item, pointer_join("/paths", written_path)), self._declared(spec, pointer))
        merged = merge_parameters(*levels)
        for name in re.findall(r"{([^}]+)}", path):
            if ("path", name) not in merged:
                self.diagnostics.warn(self.file, pointer, f"path parameter {name!r} is not declared", "typed it as str")
                merged[("path", name)] = (
                    {"name": name, "in": "path", "required": True, "schema": {"type": "string"}},
                    pointer,
                )
        parameters = []
        locations: dict[str, Literal["path", "query", "header"]] = {
            "path": "path",
            "query": "query",
            "header": "header",
        }
        for (location_name, _), (param, here) in merged.items():
            location, name = locations[location_name], str(param["name"])
            schema = as_mapping(param.get("schema"))
            if not schema:
                content = as_mapping(param.get("content"))
                schema = as_mapping(as_mapping(next(iter(content.values()), {})).get("schema"))
            required = location == "path" or param.get("required") is True
            if location == "path" and param.get("required") is not True:
                self.diagnostics.warn(self.file, here, "path parameter not marked required", "treated as required")
            parameters.append(
                Parameter(
                    wire_name=name,
                    location=location,
                    kind=self.schemas.kind(
                        schema, pointer_join(here, "schema"), hints.child(hints.root(owner), name), owner
                    ),
                    required=required,
                    description=str(param.get("description") or self.schemas.describe(schema)),
                    client_setting=param.get("x-connector-client-setting"),
                    deprecated=bool(param.get("deprecated")),
                    checks=shallow_schema(schema, self.schemas.deref_quietly),
                    style=facts.query_style(param) if location == "query" else "",
                    argument=_argument_name(param, schema),
                )
            )
        return parameters

    def _body(self, spec: dict[str, Any], pointer: str, owner: str) -> Body | None:
        if "requestBody" not in spec:
            return None
        here = pointer_join(pointer, "requestBody")
        request_body = self._deref(spec["requestBody"], here)
        content = request_body.get("content")
        if not isinstance(content, dict) or not content:
            self.diagnostics.warn(self.file, here, "request body without content", "no body generated")
            return None
        content_type, media = _choose_request_media(list(content))
        uploads = [c for c in content if c.lower().startswith("multipart/") and self._has_files(content[c])]
        if media == "json" and uploads:
            # Both offered: the multipart form takes uploads (a JSON body can only point at files);
            # the JSON form becomes a `_json` twin (see _json_alternative).
            content_type, media = uploads[0], "multipart"
        required = request_body.get("required") is True
        return self._body_for(content, (content_type, media), here, owner, required)

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

    def _response(self, spec: dict[str, Any], pointer: str, owner: str) -> Response:
        responses = as_mapping(spec.get("responses"))
        success = sorted(s for s in responses if str(s).startswith("2"))
        if not success:
            if "default" not in responses:
                self.diagnostics.warn(self.file, pointer, "no success response declared", "returns None")
                return Response("none")
            success = ["default"]
        status = success[0]
        here = pointer_join(pointer, "responses", status)
        response = self._deref(responses[status], here)
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
            elif lowered.startswith("text/") or lowered == "application/sdp":
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

    def _field_names(self, kind: Kind | None) -> list[str]:
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

    def _paged(self, response: Response, method: str, parameters: list[Parameter], spec: dict[str, Any]) -> Response:
        """`response` with its page items set when its answer is a page (`pages.page_items`)."""
        kind = response.json
        definition = self.schemas.definitions.get(kind.key) if isinstance(kind, Ref) else None
        if definition is None or definition.fields is None:
            return response
        query = [p.wire_name for p in parameters if p.location == "query" and p.client_setting is None]
        cursor, single = pages.page_items(definition.fields, method.upper(), query, spec.get("x-connector-page"))
        return dataclasses.replace(response, page_item=cursor, single_page_item=single)


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


def _argument_name(param: dict[str, Any], schema: dict[str, Any]) -> str:
    """The argument name the spec gives a parameter: `x-stainless-param` (the name openai-python's generator
    uses, e.g. `betas` for the `openai-beta` header), on the parameter or on its schema; "" when none."""
    name = param.get("x-stainless-param") or schema.get("x-stainless-param")
    return name if isinstance(name, str) and name.isidentifier() else ""
