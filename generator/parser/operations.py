"""Paths to operations: the operation half of the intermediate representation.

Each operation's parts are read by their own modules: `parameters.py`, `request_bodies.py`, `responses.py`.
"""

from __future__ import annotations

import dataclasses
import re
import urllib.parse
from typing import Any

from generator.diagnostics import Diagnostics
from generator.parser import facts, pages
from generator.parser.aliases import aliases
from generator.parser.answers import AnswerBy, answer_by
from generator.parser.parameters import Parameter, ParameterParser
from generator.parser.request_bodies import Body, BodyParser, RequestKind
from generator.parser.responses import Response, ResponseKind, ResponseParser
from generator.parser.schemas import SchemaParser
from generator.spec.document import HTTP_METHODS
from generator.spec.loader import pointer_join

# The parts of an `Operation`, importable from here with it.
__all__ = [
    "Body",
    "Operation",
    "OperationParser",
    "Parameter",
    "RequestKind",
    "Response",
    "ResponseKind",
]


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
    answer_by: AnswerBy | None = None  # which answer each value of an argument selects (parser/answers.py)

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
        self._parameters = ParameterParser(schemas, diagnostics)
        self._bodies = BodyParser(schemas, diagnostics)
        self._responses = ResponseParser(schemas, diagnostics)

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
        body = self._bodies.json_twin(spec, operation.pointer, operation.operation_id + "Json")
        return None if body is None else dataclasses.replace(operation, body=body, variant="json")

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
        request_body = self.schemas.resolve_object(spec.get("requestBody"), pointer_join(pointer, "requestBody"))
        response = self._responses.response(spec, pointer, operation_id)
        parameters = self._parameters.parameters(path, (written_path, item), spec, pointer, operation_id)
        response = self._responses.paged(response, method, parameters, spec)
        body = self._bodies.body(spec, pointer, operation_id)
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
            body=body,
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
                pages.pagination(self._responses.field_names(response.json), pages.declared_page(spec))
                if response.page_item is not None
                else {}
            ),
            answer_by=answer_by(
                spec,
                response,
                parameters=parameters,
                body_fields=body.fields if body else None,
                schemas=self.schemas,
                diagnostics=self.diagnostics,
                pointer=pointer,
            ),
        )
