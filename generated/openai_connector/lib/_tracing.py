# copied from generator/runtime/core/_tracing.py by the openai-connector generator; edit the source
"""OpenTelemetry spans per the GenAI semantic conventions, for a client made with `instrument=` (`_hooks.tracer_from`).

One CLIENT span per call, over every attempt and retry wait: named `{gen_ai.operation.name} {gen_ai.request.model}`
(`chat gpt-4o`) for inference calls (those whose `Operation.genai_operation` the generator set from the
overlays: chat and legacy completions, responses, embeddings), `{METHOD} {path}` for the others. Attributes:
`gen_ai.provider.name` (`openai` / `azure.ai.openai`), `gen_ai.operation.name`, `gen_ai.request.model` and a
few request settings, `gen_ai.response.model` / `.id` / `.finish_reasons`, `gen_ai.usage.input_tokens` /
`output_tokens` (a non-streamed JSON answer), `server.address` / `server.port` (OpenAI only: an Azure host
names the resource, which stays secret), `error.type`. Never a header, a key, message content, or an
exception's text. A stream's span ends when its answer starts (no usage).

Imported only when spans are asked for; `opentelemetry` is imported here, never elsewhere.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import httpx2

from ._errors import APIStatusError, ConfigurationError

if TYPE_CHECKING:
    from ._flow import Flow
    from ._request import PreparedRequest
    from ._send import Connection

__all__ = ["Tracer", "tracer_for"]

# Request fields recorded as `gen_ai.request.*` (numbers and the model only: never content).
_REQUEST_FIELDS = {
    "max_tokens": "gen_ai.request.max_tokens",
    "max_completion_tokens": "gen_ai.request.max_tokens",
    "max_output_tokens": "gen_ai.request.max_tokens",
    "temperature": "gen_ai.request.temperature",
    "top_p": "gen_ai.request.top_p",
    "frequency_penalty": "gen_ai.request.frequency_penalty",
    "presence_penalty": "gen_ai.request.presence_penalty",
    "seed": "gen_ai.request.seed",
}


def tracer_for(instrument: object, *, required: bool) -> Tracer | None:
    """A `Tracer` from `instrument` (True: the global tracer provider; else a `TracerProvider`).

    Without `opentelemetry-api` installed: `ConfigurationError` if `required`, else `None`.
    """
    try:
        from opentelemetry import trace
    except ImportError:
        if not required:
            return None
        raise ConfigurationError(
            "instrument= needs the opentelemetry-api package (pip install opentelemetry-api)"
        ) from None
    provider = None if instrument is True else instrument
    if provider is not None and not hasattr(provider, "get_tracer"):
        raise ConfigurationError(
            f"instrument must be True, False or an OpenTelemetry TracerProvider, not {type(instrument).__name__}"
        )
    return Tracer(trace.get_tracer("openai_connector", tracer_provider=provider))  # type: ignore[arg-type]


class Tracer:
    """Wraps a call's attempt loop (`_send.send`) in a span."""

    __slots__ = ("_tracer",)

    def __init__(self, tracer: Any) -> None:
        self._tracer = tracer

    def traced(
        self, flow: Flow[httpx2.Response], conn: Connection, prep: PreparedRequest, *, stream: bool
    ) -> Flow[httpx2.Response]:
        from opentelemetry.trace import SpanKind, Status, StatusCode

        operation = prep.genai_operation
        attributes: dict[str, Any] = {"gen_ai.provider.name": "azure.ai.openai" if conn.hide_host else "openai"}
        name = f"{prep.method} {prep.path}"
        if operation:
            attributes["gen_ai.operation.name"] = operation
            request = _request_fields(prep)
            model = request.get("model")
            if isinstance(model, str) and model:
                attributes["gen_ai.request.model"] = model
            name = f"{operation} {model}" if isinstance(model, str) and model else operation
            for field, key in _REQUEST_FIELDS.items():
                value = request.get(field)
                if isinstance(value, int | float) and not isinstance(value, bool):
                    attributes[key] = value
        if not conn.hide_host:
            url = httpx2.URL(prep.url)
            attributes["server.address"] = url.host
            if url.port is not None and url.port != 443:
                attributes["server.port"] = url.port
        span = self._tracer.start_span(name, kind=SpanKind.CLIENT, attributes=attributes)
        try:
            response = yield from flow
        except GeneratorExit:  # cancelled or interrupted
            span.set_attribute("error.type", "cancelled")
            span.end()
            raise
        except BaseException as exc:
            error_type = str(exc.status_code) if isinstance(exc, APIStatusError) else type(exc).__name__
            span.set_attribute("error.type", error_type)
            span.set_status(Status(StatusCode.ERROR, error_type))
            span.end()
            raise
        if operation and not stream:
            span.set_attributes(_response_fields(response))
        span.end()
        return response


def _request_fields(prep: PreparedRequest) -> dict[str, Any]:
    """The top-level fields of a JSON or form request body; `{}` for other bodies."""
    if prep.data is not None:
        return dict(prep.data)
    if isinstance(prep.content, bytes) and prep.headers.get("Content-Type") == "application/json":
        try:
            body = json.loads(prep.content)
        except ValueError:
            return {}
        return body if isinstance(body, dict) else {}
    return {}


def _response_fields(response: httpx2.Response) -> dict[str, Any]:
    """`gen_ai.response.*` and `gen_ai.usage.*` of a JSON answer already read."""
    if "json" not in response.headers.get("content-type", ""):
        return {}
    try:
        body = json.loads(response.content)
    except (ValueError, httpx2.ResponseNotRead):
        return {}
    if not isinstance(body, dict):
        return {}
    found: dict[str, Any] = {}
    if isinstance(body.get("model"), str):
        found["gen_ai.response.model"] = body["model"]
    if isinstance(body.get("id"), str):
        found["gen_ai.response.id"] = body["id"]
    choices = body.get("choices")
    if isinstance(choices, list):
        reasons = [c.get("finish_reason") for c in choices if isinstance(c, dict)]
        reasons = [reason for reason in reasons if isinstance(reason, str)]
        if reasons:
            found["gen_ai.response.finish_reasons"] = reasons
    usage = body.get("usage")
    if isinstance(usage, dict):
        for key, names in (
            ("gen_ai.usage.input_tokens", ("input_tokens", "prompt_tokens")),
            ("gen_ai.usage.output_tokens", ("output_tokens", "completion_tokens")),
        ):
            for usage_name in names:
                value = usage.get(usage_name)
                if isinstance(value, int) and not isinstance(value, bool):
                    found[key] = value
                    break
    return found
