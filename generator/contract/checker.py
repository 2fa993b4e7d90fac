"""Check recorded HTTP exchanges (vcrpy cassettes) against the specs.

For each interaction: the operation exists (method + path template, after the server base path
is removed, whatever the host); required path/query/header parameters are present; the request
body matches its schema (JSON) or has its required parts (multipart); the response status is
declared (or `default`/`4XX`); the response content type is declared; the response body matches
that status's schema; for `text/event-stream`, every `data:` chunk matches the stream schema.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import zlib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import yaml

from generator.mockserver.multipart import multipart_fields
from generator.mockserver.sse import DONE, parse_stream
from generator.spec.api import ApiSpec, Match, Media

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 10x faster


@dataclasses.dataclass(frozen=True, order=True)
class Violation:
    cassette: str
    index: int  # the interaction's position in the cassette; -1 for the cassette as a whole
    where: str  # "operation", "request.query", "request.body", "response.status", "response.body", ...
    path: str  # JSONPath into the body ("$.choices[0]"), a parameter name, or ""
    message: str
    request: str = ""  # "POST /v1/chat/completions"

    def __str__(self) -> str:
        place = f"{self.cassette}#{self.index}" if self.index >= 0 else self.cassette
        request = f" {self.request}" if self.request else ""
        path = f" {self.path}" if self.path else ""
        return f"{place}{request}: {self.where}{path}: {self.message}"


class CassetteError(Exception):
    """A cassette that cannot be read as a vcrpy cassette."""


def load_cassette(path: Path) -> list[dict[str, Any]]:
    """The interactions of a vcrpy YAML cassette (`{interactions: [...], version: 1}`)."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError) as exc:
        raise CassetteError(f"cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        raise CassetteError(f"invalid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("interactions"), list):
        raise CassetteError("not a vcrpy cassette (no `interactions` list at the top level)")
    interactions: list[dict[str, Any]] = data["interactions"]
    for index, item in enumerate(interactions):
        if not (
            isinstance(item, dict) and isinstance(item.get("request"), dict) and isinstance(item.get("response"), dict)
        ):
            raise CassetteError(f"interaction {index} lacks a `request` or `response` mapping")
    return interactions


def find_cassettes(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


class ContractChecker:
    def __init__(
        self, specs: Sequence[ApiSpec], extra_base_paths: Iterable[str] = (), allow_undeclared_errors: bool = False
    ) -> None:
        self.specs = list(specs)
        self.extra_base_paths = [b.rstrip("/") for b in extra_base_paths]
        # Upstream specs declare few error statuses (OpenAI's: none but 200 on most operations), yet every
        # operation can answer 401, 404, 429, ...: with this set, an undeclared 4xx/5xx passes if its body
        # is the usual `{"error": {...}}` object.
        self.allow_undeclared_errors = allow_undeclared_errors

    def check_paths(self, root: Path) -> tuple[int, list[Violation]]:
        """Check every cassette under `root`; return the number of interactions seen and the violations."""
        seen = 0
        violations: list[Violation] = []
        for cassette in find_cassettes(root):
            try:
                interactions = load_cassette(cassette)
            except CassetteError as exc:
                violations.append(Violation(str(cassette), -1, "cassette", "", str(exc)))
                continue
            for index, interaction in enumerate(interactions):
                seen += 1
                violations.extend(self.check_interaction(interaction, str(cassette), index))
        return seen, violations

    def check_interaction(self, interaction: Mapping[str, Any], cassette: str, index: int) -> list[Violation]:
        return _Check(self, interaction, cassette, index).run()

    def match(self, method: str, path: str, query: Mapping[str, list[str]]) -> tuple[ApiSpec, Match] | str:
        """The operation of a request, or why there is none."""
        path_known = False
        for spec in self.specs:
            for base in dict.fromkeys([spec.base_path, *self.extra_base_paths]):
                relative = _strip(base, path)
                if relative is None:
                    continue
                found = spec.match(method, relative, query)
                if found is not None:
                    return spec, found
                path_known = path_known or spec.path_exists(relative)
        if path_known:
            return f"method {method} is not declared for path {path}"
        bases = sorted({b for s in self.specs for b in [s.base_path, *self.extra_base_paths]})
        return f"unknown path {path} (no operation matches it under base path(s) {', '.join(bases) or '/'})"


def _strip(base: str, path: str) -> str | None:
    if not base:
        return path
    if path == base or path.startswith(base + "/"):
        return path[len(base) :] or "/"
    return None


def _headers(raw: Any) -> dict[str, str]:
    """vcrpy stores headers as `{name: [value, ...]}`; accept plain strings too."""
    result: dict[str, str] = {}
    if isinstance(raw, dict):
        for name, value in raw.items():
            first = (value[0] if value else "") if isinstance(value, list) else value
            result[str(name).lower()] = str(first)
    return result


def _body_bytes(raw: Any) -> bytes:
    if isinstance(raw, dict):  # the response form: {string: ...}
        raw = raw.get("string")
    if raw is None:
        return b""
    if isinstance(raw, bytes):
        return raw
    return str(raw).encode("utf-8")


class _Check:
    def __init__(self, checker: ContractChecker, interaction: Mapping[str, Any], cassette: str, index: int) -> None:
        self.checker = checker
        self.cassette = cassette
        self.index = index
        self.request = interaction["request"]
        self.response = interaction["response"]
        self.method = str(self.request.get("method", "GET")).upper()
        url = urlsplit(str(self.request.get("uri", "")))
        self.path = url.path or "/"
        self.query = parse_qs(url.query, keep_blank_values=True)
        self.found: list[Violation] = []

    def add(self, where: str, path: str, message: str) -> None:
        label = f"{self.method} {self.path}"
        self.found.append(Violation(self.cassette, self.index, where, path, message, label))

    def run(self) -> list[Violation]:
        matched = self.checker.match(self.method, self.path, self.query)
        if isinstance(matched, str):
            self.add("operation", "", matched)
            return self.found
        spec, match = matched
        self._parameters(match)
        self._request_body(spec, match)
        self._response(spec, match)
        return self.found

    def _parameters(self, match: Match) -> None:
        headers = _headers(self.request.get("headers"))
        for parameter in match.operation.parameters:
            if not parameter.required:
                continue
            if parameter.location == "query" and parameter.name not in self.query:
                self.add("request.query", parameter.name, "required query parameter missing")
            elif parameter.location == "header" and parameter.name.lower() not in headers:
                self.add("request.headers", parameter.name, "required header missing")

    def _request_body(self, spec: ApiSpec, match: Match) -> None:
        operation = match.operation
        body = _body_bytes(self.request.get("body"))
        if not body:
            if operation.request_required:
                self.add("request.body", "", "the operation requires a body; the request has none")
            return
        if not operation.request_media:
            self.add("request.body", "", "the operation declares no request body; the request has one")
            return
        content_type = _headers(self.request.get("headers")).get("content-type", "")
        media = operation.request_find(content_type) if content_type else operation.request_media[0]
        if media is None:
            declared = ", ".join(m.media_type for m in operation.request_media)
            self.add("request.headers", "content-type", f"{content_type!r} is not declared (declared: {declared})")
            return
        if "json" in media.media_type:
            self._json("request.body", spec, media, body)
        elif media.media_type.startswith("multipart/form-data"):
            fields = multipart_fields(content_type, body)
            if fields is None:
                self.add("request.body", "", "cannot read the multipart/form-data body")
                return
            schema = spec.resolve(spec.at(media.schema_pointer)) if media.schema_pointer else None
            required = schema.get("required", []) if isinstance(schema, dict) else []
            for name in required if isinstance(required, list) else []:
                if name not in fields and f"{name}[]" not in fields:
                    self.add("request.body", f"$.{name}", "required multipart field missing")

    def _response(self, spec: ApiSpec, match: Match) -> None:
        operation = match.operation
        status_info = self.response.get("status")
        code = status_info.get("code") if isinstance(status_info, dict) else status_info
        if not isinstance(code, int):
            self.add("response.status", "", f"no status code recorded ({status_info!r})")
            return
        declared = operation.response_for(code)
        if declared is None and code >= 400 and self.checker.allow_undeclared_errors:
            self._error_body()
            return
        if declared is None:
            statuses = ", ".join(r.status for r in operation.responses) or "none"
            self.add("response.status", "", f"status {code} is not declared (declared: {statuses})")
            return
        headers = _headers(self.response.get("headers"))
        body = _decode(_body_bytes(self.response.get("body")), headers.get("content-encoding", ""))
        if not body:
            return
        content_type = headers.get("content-type", "")
        if not declared.media:
            self.add(
                "response.headers",
                "content-type",
                f"status {declared.status} declares no body; got {content_type or 'a body'!r}",
            )
            return
        media = declared.find(content_type) if content_type else None
        if media is None:
            options = ", ".join(m.media_type for m in declared.media)
            self.add(
                "response.headers",
                "content-type",
                f"{content_type or '(none)'!r} is not declared for status {declared.status} (declared: {options})",
            )
            return
        if media.media_type.startswith("text/event-stream"):
            self._stream(spec, media, body)
        elif "json" in media.media_type:
            self._json("response.body", spec, media, body)

    def _error_body(self) -> None:
        headers = _headers(self.response.get("headers"))
        body = _decode(_body_bytes(self.response.get("body")), headers.get("content-encoding", ""))
        try:
            value = json.loads(body) if body else None
        except (json.JSONDecodeError, UnicodeDecodeError):
            value = None
        if not (isinstance(value, dict) and isinstance(value.get("error"), dict)):
            self.add("response.body", "$", 'an undeclared error status without an {"error": {...}} object')

    def _json(self, where: str, spec: ApiSpec, media: Media, body: bytes) -> None:
        try:
            value = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            self.add(where, "", f"not valid JSON: {exc}")
            return
        if media.schema_pointer is not None:
            for error in spec.schemas.errors(media.schema_pointer, value, limit=3):
                self.add(where, error.path, error.message)

    def _stream(self, spec: ApiSpec, media: Media, body: bytes) -> None:
        events = parse_stream(body.decode("utf-8", "replace"))
        if not events:
            self.add("response.body", "", "an event stream with no `data:` event")
        for number, event in enumerate(events):
            if event.data.strip() == DONE:
                continue
            try:
                value = json.loads(event.data)
            except json.JSONDecodeError as exc:
                self.add("response.body", f"event {number}", f"data is not JSON: {exc}")
                continue
            if media.schema_pointer is not None:
                for error in spec.schemas.errors(media.schema_pointer, value, limit=2):
                    self.add("response.body", f"event {number} {error.path}", error.message)


def _decode(body: bytes, encoding: str) -> bytes:
    encoding = encoding.strip().lower()
    try:
        if encoding == "gzip":
            return gzip.decompress(body)
        if encoding == "deflate":
            return zlib.decompress(body)
    except (OSError, zlib.error, EOFError):
        return body  # already decoded by the recorder (decode_compressed_response)
    return body
