"""A request checked against its operation: required parameters, content type, body schema, form fields."""

from __future__ import annotations

import json
from typing import Any

from generator.mockserver.messages import MockRequest, MockResponse, error, is_json
from generator.mockserver.multipart import multipart_fields
from generator.spec.api import ApiSpec, Media, SpecOperation


def check_request(spec: ApiSpec, operation: SpecOperation, request: MockRequest) -> MockResponse | dict[str, Any]:
    """OpenAI's 400 for the first problem found; else the body's fields (JSON object or form), `{}` if none."""
    problem = _check_parameters(operation, request)
    if problem is not None:
        return problem
    return _check_body(spec, operation, request)


def _check_parameters(operation: SpecOperation, request: MockRequest) -> MockResponse | None:
    for parameter in operation.parameters:
        if not parameter.required:
            continue
        if parameter.location == "query" and not request.query.get(parameter.name):
            return error(
                400,
                f"Missing required query parameter: '{parameter.name}'.",
                param=parameter.name,
                code="missing_required_parameter",
            )
        if parameter.location == "header" and parameter.name.lower() not in request.headers:
            return error(
                400,
                f"Missing required header: '{parameter.name}'.",
                param=parameter.name,
                code="missing_required_parameter",
            )
    return None


def _check_body(spec: ApiSpec, operation: SpecOperation, request: MockRequest) -> MockResponse | dict[str, Any]:
    body = request.body
    content_type = request.headers.get("content-type", "")
    if not operation.request_media:
        return {}
    if not body:
        if operation.request_required:
            return error(400, "This operation needs a request body.", code="missing_body")
        return {}
    media = operation.request_find(content_type)
    if media is None:
        declared = ", ".join(m.media_type for m in operation.request_media)
        return error(
            400,
            f"Unsupported Content-Type {content_type or '(none)'!r}; expected one of: {declared}.",
            code="unsupported_content_type",
        )
    if is_json(media.media_type):
        try:
            value = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return error(
                400,
                "We could not parse the JSON body of your request. (HINT: This likely means you "
                "aren't using your HTTP library correctly.)",
                code="invalid_json",
            )
        problem = _validate(spec, media, value)
        if problem is not None:
            return problem
        return value if isinstance(value, dict) else {}
    if media.media_type.startswith("multipart/form-data"):
        parsed = multipart_fields(content_type, body)
        if parsed is None:
            return error(400, "Could not parse the multipart/form-data body.", code="invalid_multipart")
        problem = _check_form(spec, media, parsed)
        return problem if problem is not None else parsed
    return {}


def _validate(spec: ApiSpec, media: Media, value: Any) -> MockResponse | None:
    if media.schema_pointer is None:
        return None
    problems = spec.schemas.errors(media.schema_pointer, value)
    if not problems:
        return None
    first = problems[0]
    param = first.path[2:] if first.path.startswith("$.") else None
    return error(400, f"Invalid request body: {first.path}: {first.message}", param=param, code="invalid_request_body")


def _check_form(spec: ApiSpec, media: Media, fields: dict[str, Any]) -> MockResponse | None:
    schema = spec.resolve(spec.at(media.schema_pointer)) if media.schema_pointer else None
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
