"""What the reference server answers to one request: routing, auth, validation, examples, faults.

Kept apart from the HTTP plumbing (`server.py`) so that it can be tested and reasoned about as
a function from `MockRequest` to `MockResponse`.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import math
import threading
from collections.abc import Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

from generator.mockserver.examples import Example, operation_examples, rank_examples
from generator.mockserver.multipart import multipart_fields
from generator.mockserver.plausible import IMAGE_PATH, TINY_PNG, refine
from generator.mockserver.sse import DONE, Event, format_events, parse_events
from generator.mockserver.synth import synthesize
from generator.spec.api import ApiSpec, Match, Media, ResponseSpec, SpecOperation

FAULT_STATUS = "x-mock-status"
FAULT_RETRY_AFTER_MS = "x-mock-retry-after-ms"
FAULT_TIMES = "x-mock-fail-times"
FAULT_ID = "x-mock-fault-id"
CHOOSE_EXAMPLE = "x-mock-example"

_TEXT_FORMATS = {
    "text": "Hello, world.\n",
    "srt": "1\n00:00:00,000 --> 00:00:01,000\nHello, world.\n",
    "vtt": "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHello, world.\n",
}
# The first bytes of each kind of binary answer: enough for a client (or `file`) to recognise it.
_MAGIC = {
    "audio/mpeg": b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" + b"\x00" * 32,
    "audio/wav": b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x80>\x00\x00\x00}\x00\x00\x02\x00"
    b"\x10\x00data\x00\x00\x00\x00",
    "audio/ogg": b"OggS\x00\x02" + b"\x00" * 20 + b"OpusHead",
    "audio/flac": b"fLaC\x00\x00\x00\x22" + b"\x00" * 34,
    "audio/aac": b"\xff\xf1\x50\x80\x02\x1f\xfc",
    "audio/pcm": b"\x00\x00" * 32,
    "video/mp4": b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom",
    "image/webp": b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00/\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00",
    "image/png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15"
    b"\xc4\x89\x00\x00\x00\x0bIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82",
    "application/zip": b"PK\x05\x06" + b"\x00" * 18,
}
_SPEECH_FORMATS = {
    "mp3": "audio/mpeg",
    "wav": "audio/wav",
    "opus": "audio/ogg",
    "flac": "audio/flac",
    "aac": "audio/aac",
    "pcm": "audio/pcm",
}


@dataclasses.dataclass(frozen=True)
class MockRequest:
    method: str
    path: str
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]  # lower-case names
    body: bytes = b""


@dataclasses.dataclass
class MockResponse:
    status: int
    body: bytes = b""
    content_type: str | None = "application/json"
    headers: dict[str, str] = dataclasses.field(default_factory=dict)

    @classmethod
    def json(cls, status: int, value: Any, headers: dict[str, str] | None = None) -> MockResponse:
        return cls(status, json.dumps(value, indent=2).encode() + b"\n", "application/json", headers or {})


def error(
    status: int,
    message: str,
    *,
    kind: str = "invalid_request_error",
    param: str | None = None,
    code: str | None = None,
    headers: dict[str, str] | None = None,
) -> MockResponse:
    """An error in the shape OpenAI uses: `{"error": {"message", "type", "param", "code"}}`."""
    body = {"error": {"message": message, "type": kind, "param": param, "code": code}}
    return MockResponse.json(status, body, headers)


@dataclasses.dataclass(frozen=True)
class Mount:
    """A spec served under a base path; `azure_auth` accepts an `api-key` header as well as a bearer token."""

    base_path: str
    spec: ApiSpec
    examples_dir: Path | None = None
    azure_auth: bool = False


class MockApp:
    def __init__(self, mounts: Sequence[Mount]) -> None:
        # the longest base path first, so that `/openai/v1` wins over `/openai`
        self.mounts = sorted(mounts, key=lambda m: -len(m.base_path))
        self._faults: dict[tuple[str, ...], int] = {}
        self._lock = threading.Lock()
        self._examples: dict[tuple[str, str], list[Example]] = {}

    def reset_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def examples(self, mount: Mount, operation: SpecOperation) -> list[Example]:
        key = (mount.spec.file, operation.pointer)
        if key not in self._examples:
            self._examples[key] = operation_examples(operation, mount.examples_dir)
        return self._examples[key]

    # -- the pipeline -----------------------------------------------------------------------------

    def handle(self, request: MockRequest) -> MockResponse:
        if request.method == "GET" and request.path == IMAGE_PATH:  # where image answers' `url`s point
            return MockResponse(200, TINY_PNG, "image/png")
        found = self._route(request)
        if isinstance(found, MockResponse):
            return found
        mount, match = found
        refused = self._check_auth(mount, match.operation, request)
        if refused is not None:
            return refused
        fault = self._fault(request)
        if fault is not None:
            return fault
        checked = _Exchange(self, mount, match, request)
        return checked.answer()

    def _route(self, request: MockRequest) -> tuple[Mount, Match] | MockResponse:
        path_known = False
        for mount in self.mounts:
            relative = _strip(mount.base_path, request.path)
            if relative is None:
                continue
            match = mount.spec.match(request.method, relative, request.query)
            if match is not None:
                return mount, match
            path_known = path_known or mount.spec.path_exists(relative)
        if path_known:
            return error(405, f"Method {request.method} is not allowed on {request.path}.", code="method_not_allowed")
        return error(404, f"Invalid URL ({request.method} {request.path})", code="unknown_url")

    @staticmethod
    def _check_auth(mount: Mount, operation: SpecOperation, request: MockRequest) -> MockResponse | None:
        bearer = request.headers.get("authorization", "")
        has_bearer = bearer.lower().startswith("bearer ") and bool(bearer[7:].strip())
        if mount.azure_auth and (has_bearer or request.headers.get("api-key", "").strip()):
            return None
        requirements = mount.spec.security(operation)
        if not requirements or any(_satisfied(r, request, has_bearer) for r in requirements):
            return None
        return error(
            401,
            "You didn't provide an API key. You need to provide your API key in an Authorization header using "
            "Bearer auth (i.e. Authorization: Bearer YOUR_KEY)"
            + (", or in an api-key header." if _wants_api_key(requirements) or mount.azure_auth else "."),
            code="invalid_api_key",
        )

    def _fault(self, request: MockRequest) -> MockResponse | None:
        wanted = request.headers.get(FAULT_STATUS)
        if wanted is None:
            return None
        if not wanted.strip().isdigit() or not 100 <= int(wanted) <= 599:
            return error(400, f"{FAULT_STATUS} must be an HTTP status code, got {wanted!r}", param=FAULT_STATUS)
        times_text = request.headers.get(FAULT_TIMES, "1").strip()
        delay_text = request.headers.get(FAULT_RETRY_AFTER_MS)
        if not times_text.isdigit() or (delay_text is not None and not delay_text.strip().isdigit()):
            return error(400, f"{FAULT_TIMES} and {FAULT_RETRY_AFTER_MS} must be whole numbers")
        key = (request.headers.get(FAULT_ID, ""), request.method, request.path, wanted.strip(), times_text)
        with self._lock:
            remaining = self._faults.setdefault(key, int(times_text))
            if remaining <= 0:
                return None
            self._faults[key] = remaining - 1
        status = int(wanted)
        headers = {}
        if delay_text is not None:
            headers["retry-after-ms"] = delay_text.strip()
            headers["retry-after"] = str(math.ceil(int(delay_text) / 1000))
        if status == 429:
            return error(
                429,
                "Rate limit reached (injected by the reference server).",
                kind="requests",
                code="rate_limit_exceeded",
                headers=headers,
            )
        kind = "server_error" if status >= 500 else "invalid_request_error"
        return error(
            status, f"Injected failure with status {status}.", kind=kind, code="injected_fault", headers=headers
        )


def _strip(base: str, path: str) -> str | None:
    if not base:
        return path
    if path == base or path.startswith(base + "/"):
        return path[len(base) :] or "/"
    return None


def _wants_api_key(requirements: list[dict[str, dict[str, Any]]]) -> bool:
    return any(s.get("type") == "apiKey" for r in requirements for s in r.values())


def _satisfied(requirement: dict[str, dict[str, Any]], request: MockRequest, has_bearer: bool) -> bool:
    for scheme in requirement.values():
        kind = scheme.get("type")
        if kind == "apiKey":
            name = str(scheme.get("name", "")).lower()
            where = scheme.get("in")
            present = request.headers.get(name, "") if where == "header" else (request.query.get(name) or [""])[0]
            if not present.strip():
                return False
        elif kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            if not request.headers.get("authorization", "").lower().startswith("basic "):
                return False
        elif not has_bearer:  # http bearer, oauth2, openIdConnect: a bearer token
            return False
    return True


class _Exchange:
    """One request to one operation: checked against the spec, then answered."""

    def __init__(self, app: MockApp, mount: Mount, match: Match, request: MockRequest) -> None:
        self.app = app
        self.mount = mount
        self.spec = mount.spec
        self.operation = match.operation
        self.request = request
        self.fields: dict[str, Any] = {}

    def answer(self) -> MockResponse:
        problem = self._check_parameters() or self._check_body()
        if problem is not None:
            return problem
        success = _success(self.operation)
        status = int(success.status) if success is not None and success.status.isdigit() else 200
        media = success.media if success is not None else ()
        if self.streams and (any(m.media_type == "text/event-stream" for m in media) or self._stream_example()):
            return self._stream(status, media)
        response_format = str(self.fields.get("response_format", ""))
        if response_format in _TEXT_FORMATS and self.operation.path.endswith(("transcriptions", "translations")):
            return self._text(status, response_format)
        json_media = next((m for m in media if _is_json(m.media_type)), None)
        if json_media is not None:
            return self._plausible(self._json(status, json_media))
        binary = next((m for m in media if m.media_type not in ("text/event-stream",)), None)
        if binary is not None:
            return self._binary(status, binary.media_type)
        if self.operation.path.endswith("/content"):
            return self._binary(status, "application/octet-stream")
        return MockResponse(status, b"", None)

    # -- checks -----------------------------------------------------------------------------------

    def _check_parameters(self) -> MockResponse | None:
        for parameter in self.operation.parameters:
            if not parameter.required:
                continue
            if parameter.location == "query" and not self.request.query.get(parameter.name):
                return error(
                    400,
                    f"Missing required query parameter: '{parameter.name}'.",
                    param=parameter.name,
                    code="missing_required_parameter",
                )
            if parameter.location == "header" and parameter.name.lower() not in self.request.headers:
                return error(
                    400,
                    f"Missing required header: '{parameter.name}'.",
                    param=parameter.name,
                    code="missing_required_parameter",
                )
        return None

    def _check_body(self) -> MockResponse | None:
        body = self.request.body
        content_type = self.request.headers.get("content-type", "")
        if not self.operation.request_media:
            return None
        if not body:
            if self.operation.request_required:
                return error(400, "This operation needs a request body.", code="missing_body")
            return None
        media = self.operation.request_find(content_type)
        if media is None:
            declared = ", ".join(m.media_type for m in self.operation.request_media)
            return error(
                400,
                f"Unsupported Content-Type {content_type or '(none)'!r}; expected one of: {declared}.",
                code="unsupported_content_type",
            )
        if _is_json(media.media_type):
            try:
                value = json.loads(body)
            except (json.JSONDecodeError, UnicodeDecodeError):
                return error(
                    400,
                    "We could not parse the JSON body of your request. (HINT: This likely means you "
                    "aren't using your HTTP library correctly.)",
                    code="invalid_json",
                )
            self.fields = value if isinstance(value, dict) else {}
            return self._validate(media, value)
        if media.media_type.startswith("multipart/form-data"):
            parsed = multipart_fields(content_type, body)
            if parsed is None:
                return error(400, "Could not parse the multipart/form-data body.", code="invalid_multipart")
            self.fields = parsed
            return self._check_form(media, parsed)
        return None

    def _validate(self, media: Media, value: Any) -> MockResponse | None:
        if media.schema_pointer is None:
            return None
        problems = self.spec.schemas.errors(media.schema_pointer, value)
        if not problems:
            return None
        first = problems[0]
        param = first.path[2:] if first.path.startswith("$.") else None
        return error(
            400, f"Invalid request body: {first.path}: {first.message}", param=param, code="invalid_request_body"
        )

    def _check_form(self, media: Media, fields: dict[str, Any]) -> MockResponse | None:
        schema = self.spec.resolve(self.spec.at(media.schema_pointer)) if media.schema_pointer else None
        required = schema.get("required", []) if isinstance(schema, dict) else []
        missing = [name for name in required if name not in fields and f"{name}[]" not in fields]
        if missing:
            return error(
                400,
                f"Missing required form field(s): {', '.join(map(repr, missing))}.",
                param=missing[0],
                code="missing_required_parameter",
            )
        return None

    # -- answers ----------------------------------------------------------------------------------

    @cached_property
    def streams(self) -> bool:
        return self.fields.get("stream") in (True, "true") or self.fields.get("stream_format") == "sse"

    def _examples(self, streams: bool, wants_text: bool) -> list[Example]:
        """The fitting examples, best first; an `x-mock-example: <title>` header puts that one first."""
        examples = self.app.examples(self.mount, self.operation)
        ranked = rank_examples(examples, self.fields, streams, wants_text)
        chosen = self.request.headers.get(CHOOSE_EXAMPLE)
        if chosen is not None:
            ranked = [e for e in examples if e.title == chosen] + [e for e in ranked if e.title != chosen]
        return ranked

    def _stream_example(self) -> Example | None:
        return next((e for e in self._examples(True, False) if isinstance(e.response, str)), None)

    def _stream(self, status: int, media: tuple[Media, ...]) -> MockResponse:
        stream_media = next((m for m in media if m.media_type == "text/event-stream"), None)
        pointer = stream_media.schema_pointer if stream_media else None
        example = self._stream_example()
        events = parse_events(example.response) if example is not None else []
        if pointer is not None and not all(_event_valid(self.spec, pointer, e) for e in events):
            events = []
        ends_with_done = self.operation.path.endswith("completions")
        if not events:
            if pointer is None:
                json_media = next((m for m in media if _is_json(m.media_type)), None)
                pointer = json_media.schema_pointer if json_media else None
            value = synthesize(self.spec, pointer) if pointer else {}
            name = value.get("type") if isinstance(value, dict) and not ends_with_done else None
            events = [Event(json.dumps(value, separators=(",", ":")), name if isinstance(name, str) else None)]
        if ends_with_done and events[-1].data != DONE:
            events.append(Event(DONE))
        return MockResponse(status, format_events(events), "text/event-stream", {"cache-control": "no-cache"})

    def _text(self, status: int, response_format: str) -> MockResponse:
        example = next(iter(self._examples(False, True)), None)
        text = example.response if example is not None else _TEXT_FORMATS[response_format]
        if response_format != "text" and example is not None:
            text = _TEXT_FORMATS[response_format]
        return MockResponse(status, str(text).encode(), "text/plain; charset=utf-8")

    def _json(self, status: int, media: Media) -> MockResponse:
        """The best fitting example that matches the schema; else a value made from the schema."""
        for example in self._examples(False, False):
            value: Any = example.response
            if isinstance(value, str):
                try:
                    value = json.loads(value)
                except json.JSONDecodeError:
                    continue
            if media.schema_pointer is None or self.spec.schemas.validator(media.schema_pointer).is_valid(value):
                return MockResponse.json(example.status, value)
        if media.schema_pointer is not None:
            for example in self._examples(False, False):
                repaired = repair_example(self.spec, media.schema_pointer, example.response)
                if repaired is not None:
                    return MockResponse.json(example.status, repaired)
        value = synthesize(self.spec, media.schema_pointer) if media.schema_pointer else {}
        return MockResponse.json(status, value)

    def _plausible(self, response: MockResponse) -> MockResponse:
        """`response` completed with plausible data where the example or schema has none (`plausible.py`)."""
        if not 200 <= response.status < 300 or CHOOSE_EXAMPLE in self.request.headers:
            return response
        value = json.loads(response.body)
        base_url = f"http://{self.request.headers.get('host', '127.0.0.1')}"
        refined = refine(self.operation.path, self.request.path, self.fields, value, base_url)
        return response if refined is value else MockResponse.json(response.status, refined, response.headers)

    def _binary(self, status: int, media_type: str) -> MockResponse:
        kind = media_type
        if media_type == "application/octet-stream" and self.operation.path.endswith("/speech"):
            kind = _SPEECH_FORMATS.get(str(self.fields.get("response_format", "mp3")), "audio/mpeg")
        payload = _MAGIC.get(kind, b"mock binary content\n")
        return MockResponse(status, payload, media_type)


_FILLERS: tuple[Any, ...] = (None, "", 0, [], {}, False)


def repair_example(spec: ApiSpec, pointer: str, response: Any, rounds: int = 20) -> Any | None:
    """A published example that lacks only required fields, made valid by filling them; else None.

    Upstream examples often predate a field made required later (Azure's chat examples lack
    `message.refusal`, its completions and embeddings examples `object`). Each missing field gets the
    property's `const`, first `enum` value, `default` or `example` if it has one, else the first of null, "", 0,
    [], {}, false that the schema accepts there. Any other kind of mismatch is not repaired.
    """
    if isinstance(response, str):
        try:
            response = json.loads(response)
        except json.JSONDecodeError:
            return None
    value = copy.deepcopy(response)
    validator = spec.schemas.validator(pointer)
    for _ in range(rounds):
        missing = _all_missing(validator, value)
        if missing is None:
            return None
        if not missing:
            return value
        error = missing[0]
        name = next((n for n in error.validator_value if n not in error.instance), None)
        if name is None:
            return None
        prop = spec.resolve(error.schema.get("properties", {}).get(name, {}))
        candidates: list[Any] = []
        if isinstance(prop, dict):
            candidates.extend(prop[key] for key in ("const", "default", "example") if key in prop)
            if isinstance(prop.get("enum"), list) and prop["enum"]:
                candidates.insert(0, prop["enum"][0])
        for candidate in [*candidates, *_FILLERS]:
            error.instance[name] = copy.deepcopy(candidate)
            after = _all_missing(validator, value)
            if after is not None and len(after) < len(missing):
                break
        else:
            return None
    return None


def _all_missing(validator: Any, value: Any) -> list[Any] | None:
    """Every missing required field of `value` (through `oneOf`/`anyOf`), or None if anything else is wrong."""
    missing: list[Any] = []
    for error in validator.iter_errors(value):
        fixable = _missing_fields(error)
        if fixable is None:
            return None
        missing.extend(fixable)
    return missing


def _missing_fields(error: Any) -> list[Any] | None:
    """The `required` errors that explain `error` (through the closest `oneOf`/`anyOf` branch), or None."""
    if error.validator == "required" and isinstance(error.instance, dict):
        return [error]
    if error.validator in ("oneOf", "anyOf") and error.context:
        branches: dict[Any, list[Any]] = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        for _, branch in sorted(branches.items(), key=lambda item: str(item[0])):  # in the spec's order
            found: list[Any] = []
            for sub in branch:
                fixable = _missing_fields(sub)
                if fixable is None:
                    break
                found.extend(fixable)
            else:
                return found
    return None


def _success(operation: SpecOperation) -> ResponseSpec | None:
    for response in operation.responses:
        if response.status.startswith("2"):
            return response
    return next((r for r in operation.responses if r.status == "default"), None)


def _is_json(media_type: str) -> bool:
    base = media_type.split(";", 1)[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _event_valid(spec: ApiSpec, pointer: str, event: Event) -> bool:
    if event.data == DONE:
        return True
    try:
        value = json.loads(event.data)
    except json.JSONDecodeError:
        return False
    return bool(spec.schemas.validator(pointer).is_valid(value))
