# copied from generator/runtime/core/_operation.py by the openai-connector generator; edit the source
"""`Operation`: the static description of one HTTP operation, emitted by the generator."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

from ._record import Record

RequestKind = Literal["none", "json", "multipart", "form", "binary"]
ResponseKind = Literal["json", "text", "binary", "none", "json_or_text"]

_EMPTY: Mapping[str, object] = MappingProxyType({})


class Operation(Record):
    """One operation of a spec.

    `api` names the spec (`"openai"`, `"azure"`, or another namespace); `path` is the template as
    written in the spec; `client_params` maps a spec parameter name to the client setting that
    fills it when the caller passes `NOT_GIVEN` (e.g. `{"api-version": "api_version"}`).
    `checks` holds, per location (`"path"`, `"query"`, `"header"`, `"body"`) and wire name, what can
    be checked about an argument before sending it: a shallow JSON Schema subset (`type`, or
    `anyOf` of such; `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, `minLength`,
    `maxLength`, `minItems`, `maxItems`; `nullable`). Enums are deliberately not included.
    `accept` is the Accept header of a call that is not streamed: the answer's content types.
    `server_path` is the path of the spec's server (`/openai/v1`) for a namespace the runtime does
    not route itself (neither `"openai"` nor `"azure"`): an Azure client checks it serves that path.

    The rest are facts the generator derives from the specs and overlays, so the runtime lists no path:
    `deprecated` (calling it warns; `deprecation` says what instead of the API's word, for a method that is
    deprecated, such as a second name kept for compatibility); `security`, the credentials it accepts
    (`"api_key"`, `"admin_key"`, `"azure_api_key"`, `"entra_token"`); `deployment_scoped`, whether Azure
    OpenAI's classic API serves it under `/deployments/{deployment}`, and `version_param`, the api-version
    query parameter it takes there; `stream_done`, whether its event stream ends with `data: [DONE]`;
    `stream_enveloped`, whether each of its events is read as `{"event": <the SSE event name>, "data": <its
    data>}`; `upload_formats`, per file field, the file name extensions the API takes; `pagination` of a
    cursor-paginated list
    (`cursor_param`, `has_more`, `next_cursor`: the field with the next cursor, "" for the last item's `id`);
    `genai_operation`, the GenAI semantic conventions' operation name of an inference operation (`"chat"`,
    `"embeddings"`, `"text_completion"`), which names its OpenTelemetry span (`_tracing`).
    `query_styles`, per query parameter not in OpenAPI's default style, how its array or object is written
    (`deepObject`, `commaDelimited`, `spaceDelimited`, `pipeDelimited`; see `_query_styles`).
    """

    api: str
    operation_id: str
    method: str
    path: str
    request_kind: RequestKind = "none"
    response_kind: ResponseKind = "json"
    client_params: Mapping[str, str] = _EMPTY  # type: ignore[assignment]
    checks: Mapping[str, Mapping[str, Mapping[str, object]]] = _EMPTY  # type: ignore[assignment]
    accept: str = "application/json"
    server_path: str = ""
    deprecated: bool = False
    deprecation: str = ""
    security: tuple[str, ...] = ()
    deployment_scoped: bool = False
    version_param: str = ""
    stream_done: bool = False
    stream_enveloped: bool = False
    upload_formats: Mapping[str, tuple[str, ...]] = _EMPTY  # type: ignore[assignment]
    pagination: Mapping[str, str] = _EMPTY  # type: ignore[assignment]
    genai_operation: str = ""
    query_styles: Mapping[str, str] = _EMPTY  # type: ignore[assignment]
