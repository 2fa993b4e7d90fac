"""An OpenAPI document seen as a set of HTTP operations: routing, parameters, bodies, responses.

Shared by the reference server (`generator.mockserver`) and the contract checker
(`generator.contract`). Paths are matched after the server base path (`/v1` for
`https://api.openai.com/v1`, `/openai` for `https://{endpoint}/openai`) has been removed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from generator.spec.document import HTTP_METHODS, follow, lookup, merge_parameters
from generator.spec.loader import SpecError, pointer_join
from generator.spec.read import read_overlays, read_spec
from generator.spec.validation import SchemaSet

_PARAM = re.compile(r"\{([^}/]+)\}")


@dataclasses.dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # "path" | "query" | "header" | "cookie"
    required: bool
    schema_pointer: str | None


@dataclasses.dataclass(frozen=True)
class Media:
    """One declared media type of a body; `schema_pointer` is None when no schema is given."""

    media_type: str
    schema_pointer: str | None


@dataclasses.dataclass(frozen=True)
class ResponseSpec:
    status: str  # "200", "4XX" or "default"
    media: tuple[Media, ...]

    def find(self, content_type: str) -> Media | None:
        """The declared media type matching a Content-Type header value (parameters ignored)."""
        wanted = content_type.split(";", 1)[0].strip().lower()
        for media in self.media:
            if _media_matches(media.media_type.lower(), wanted):
                return media
        return None


def _media_matches(declared: str, actual: str) -> bool:
    if declared in (actual, "*/*"):
        return True
    major, _, minor = declared.partition("/")
    return minor == "*" and actual.startswith(major + "/")


@dataclasses.dataclass(frozen=True)
class SpecOperation:
    api: str
    method: str  # upper case
    template: str  # as written in the spec, e.g. "/responses?beta=true"
    path: str  # the template without its query part
    fixed_query: tuple[tuple[str, str], ...]
    operation_id: str
    pointer: str  # JSON pointer of the operation object
    node: dict[str, Any] = dataclasses.field(repr=False, compare=False)
    parameters: tuple[Parameter, ...] = dataclasses.field(repr=False, compare=False)
    request_required: bool = False
    request_media: tuple[Media, ...] = ()
    responses: tuple[ResponseSpec, ...] = dataclasses.field(default=(), repr=False, compare=False)

    def __str__(self) -> str:
        return f"{self.method} {self.template} ({self.operation_id})"

    def request_find(self, content_type: str) -> Media | None:
        return ResponseSpec("request", self.request_media).find(content_type)

    def response_for(self, status: int) -> ResponseSpec | None:
        """The declared response for a status: exact code, then `4XX`-style range, then `default`."""
        by_status = {r.status.upper(): r for r in self.responses}
        return by_status.get(str(status)) or by_status.get(f"{str(status)[0]}XX") or by_status.get("DEFAULT")


@dataclasses.dataclass(frozen=True)
class Match:
    operation: SpecOperation
    path_params: dict[str, str]


class ApiSpec:
    """One document in the normal form (`read.read_spec`, the parser's input too; not changed here):
    its operations, their routes, and validators for its schemas."""

    def __init__(
        self, document: dict[str, Any], file: str | Path, name: str | None = None, base_path: str | None = None
    ) -> None:
        self.document = document
        self.file = str(file)
        self.name = name or api_name(document, file)
        self.version = str(document.get("openapi", ""))
        self.base_path = (base_path if base_path is not None else server_base_path(document)).rstrip("/")
        self.schemas = SchemaSet(document, f"urn:openapi:{self.name}")
        self.operations = tuple(self._operations())
        self._routes = sorted(
            ((_route_regex(op.path), op) for op in self.operations),
            key=lambda item: (-len(item[1].fixed_query), item[1].path.count("{"), item[1].path),
        )

    # -- documents --------------------------------------------------------------------------------

    def resolve(self, node: Any) -> Any:
        """Follow local `$ref`s (`#/...`) until a node that is not a reference (None if one points nowhere)."""
        return follow(self.document, node)[0]

    def resolve_pointer(self, pointer: str) -> str:
        """The pointer reached from `pointer` after following its `$ref`s."""
        return follow(self.document, self.at(pointer), pointer)[1]

    def at(self, pointer: str) -> Any:
        return lookup(self.document, pointer)

    # -- routing ----------------------------------------------------------------------------------

    def strip_base(self, path: str) -> str | None:
        """The path relative to the base path, or None if it is not under it."""
        if not self.base_path:
            return path
        if path == self.base_path or path.startswith(self.base_path + "/"):
            return path[len(self.base_path) :] or "/"
        return None

    def match(self, method: str, path: str, query: Mapping[str, list[str]] | None = None) -> Match | None:
        """The operation for a method and a path relative to the base path."""
        query = query or {}
        for regex, op in self._routes:
            found = regex.fullmatch(path)
            if not found or op.method != method.upper():
                continue
            if any(value not in query.get(key, []) for key, value in op.fixed_query):
                continue
            names = _PARAM.findall(op.path)
            return Match(op, {name: found.group(index + 1) for index, name in enumerate(names)})
        return None

    def path_exists(self, path: str) -> bool:
        return any(regex.fullmatch(path) for regex, _ in self._routes)

    # -- security ---------------------------------------------------------------------------------

    def security(self, operation: SpecOperation) -> list[dict[str, dict[str, Any]]]:
        """The security requirements of an operation, each a mapping of scheme name -> scheme."""
        requirements = operation.node.get("security", self.document.get("security", []))
        schemes = self.document.get("components", {}).get("securitySchemes", {})
        result: list[dict[str, dict[str, Any]]] = []
        for requirement in requirements if isinstance(requirements, list) else []:
            if isinstance(requirement, dict):
                result.append({name: self.resolve(schemes.get(name, {})) for name in requirement})
        return result

    # -- building ---------------------------------------------------------------------------------

    def _operations(self) -> list[SpecOperation]:
        paths = self.document.get("paths")
        if not isinstance(paths, dict):
            raise SpecError(f"{self.file}: no `paths` mapping")
        found = []
        for template, raw_item in paths.items():
            item = self.resolve(raw_item)
            if not isinstance(item, dict):
                continue
            item_pointer = pointer_join("/paths", template)
            shared = self._parameters(item.get("parameters"), pointer_join(item_pointer, "parameters"))
            for method in HTTP_METHODS:
                node = item.get(method)
                if not isinstance(node, dict):
                    continue
                pointer = pointer_join(item_pointer, method)
                own = self._parameters(node.get("parameters"), pointer_join(pointer, "parameters"))
                merged = merge_parameters(shared, own)
                path, _, query = template.partition("?")
                required, media = self._request_body(node, pointer)
                found.append(
                    SpecOperation(
                        api=self.name,
                        method=method.upper(),
                        template=template,
                        path=path,
                        fixed_query=tuple(parse_qsl(query)),
                        operation_id=str(node.get("operationId", f"{method} {template}")),
                        pointer=pointer,
                        node=node,
                        parameters=tuple(parameter for _, parameter in merged.values()),
                        request_required=required,
                        request_media=media,
                        responses=self._responses(node, pointer),
                    )
                )
        return found

    def _parameters(self, items: Any, pointer: str) -> list[tuple[dict[str, Any], Parameter]]:
        """Each declared parameter (resolved) with what the server and checker read of it."""
        result = []
        for index in range(len(items) if isinstance(items, list) else 0):
            item_pointer = self.resolve_pointer(pointer_join(pointer, index))
            node = self.at(item_pointer)
            if not isinstance(node, dict) or "name" not in node:
                continue
            location = str(node.get("in", ""))
            schema = pointer_join(item_pointer, "schema") if isinstance(node.get("schema"), dict) else None
            required = bool(node.get("required")) or location == "path"
            result.append((node, Parameter(str(node["name"]), location, required, schema)))
        return result

    def _media(self, pointer: str) -> tuple[Media, ...]:
        node = self.at(pointer)
        content = node.get("content") if isinstance(node, dict) else None
        if not isinstance(content, dict):
            return ()
        return tuple(
            Media(
                media_type,
                pointer_join(pointer, "content", media_type, "schema")
                if isinstance(value, dict) and isinstance(value.get("schema"), dict)
                else None,
            )
            for media_type, value in content.items()
        )

    def _request_body(self, node: dict[str, Any], pointer: str) -> tuple[bool, tuple[Media, ...]]:
        if "requestBody" not in node:
            return False, ()
        body_pointer = self.resolve_pointer(pointer_join(pointer, "requestBody"))
        body = self.at(body_pointer)
        return bool(isinstance(body, dict) and body.get("required")), self._media(body_pointer)

    def _responses(self, node: dict[str, Any], pointer: str) -> tuple[ResponseSpec, ...]:
        responses = node.get("responses")
        if not isinstance(responses, dict):
            return ()
        return tuple(
            ResponseSpec(str(status), self._media(self.resolve_pointer(pointer_join(pointer, "responses", status))))
            for status in responses
        )


def _route_regex(path: str) -> re.Pattern[str]:
    parts = _PARAM.split(path)
    # split() alternates literal text and parameter names
    pattern = "".join(re.escape(part) if index % 2 == 0 else "([^/]+)" for index, part in enumerate(parts))
    return re.compile(pattern)


def server_base_path(document: dict[str, Any]) -> str:
    """The path of the first server URL, with its variables at their defaults: `/v1`, `/openai`."""
    servers = document.get("servers")
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return ""
    url = str(servers[0].get("url", ""))
    variables = servers[0].get("variables") if isinstance(servers[0].get("variables"), dict) else {}
    for name, variable in (variables or {}).items():
        if isinstance(variable, dict):
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
    if "://" not in url:
        url = "http://host" + (url if url.startswith("/") else "/" + url)
    return urlsplit(url).path.rstrip("/")


def api_name(document: dict[str, Any], file: str | Path) -> str:
    """A short name for a document: `azure` for Azure OpenAI documents, `openai` for OpenAI's, else the stem."""
    title = str(document.get("info", {}).get("title", "")).lower() if isinstance(document.get("info"), dict) else ""
    servers = str(document.get("servers", "")).lower()
    if "azure" in title or "azure" in servers or "azure" in str(file).lower():
        return "azure"
    if "openai" in title or "api.openai.com" in servers:
        return "openai"
    return re.sub(r"\W+", "_", Path(file).stem).strip("_") or "api"


def load_api(
    path: str | Path,
    name: str | None = None,
    base_path: str | None = None,
    overlays: Sequence[str | Path] = (),
) -> ApiSpec:
    """Load a document for routing and validation; raise SpecError if it cannot be used.

    Read as the generator reads it (`read.read_spec`: the `overlays` that apply to it by `extends`,
    then the normal form), so the server and the checker see the spec the client was generated from.
    """
    document = read_spec(path, read_overlays(overlays))
    if not str(document.get("openapi", "")).startswith("3."):
        raise SpecError(f"{path}: not an OpenAPI 3.x document (no `openapi: 3.x` field)")
    return ApiSpec(document, path, name, base_path)
