"""Per-operation facts the runtime acts on, read from the spec (and the overlays' `x-connector-*` additions),
and one per property: whether SDKs compute it (`computed_by_sdks`).

Each function answers one question about one operation; `link_azure_classic` answers the one question
that needs two specs: which OpenAI operations Azure OpenAI's classic API serves per deployment.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from generator.spec.loader import as_list, as_mapping

Deref = Callable[[dict[str, Any]], dict[str, Any] | None]

# What an OpenAPI security scheme asks for, by its type; an overlay's `x-connector-credential` on the
# scheme says it when the type alone cannot (OpenAI's admin key is a bearer key like any other).
_CREDENTIAL_OF_TYPE = {
    "http": "api_key",
    "apiKey": "azure_api_key",
    "oauth2": "entra_token",
    "openIdConnect": "entra_token",
}
_DELIMITED = ("form", "spaceDelimited", "pipeDelimited")  # their unexploded forms join the items
_DONE = re.compile(r"data: \[DONE\]")
# "... in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm."
_FORMATS = re.compile(r"formats?:\s*((?:`?[a-z0-9]+`?,?\s*(?:or\s+|and\s+)?)+)", re.IGNORECASE)


def security(document: dict[str, Any], spec: dict[str, Any]) -> tuple[str, ...]:
    """The credentials `spec` accepts (any one of them), from its `security` or the document's."""
    requirements = spec["security"] if "security" in spec else document.get("security")
    schemes = as_mapping(as_mapping(document.get("components")).get("securitySchemes"))
    credentials: list[str] = []
    for requirement in as_list(requirements):
        for name in as_mapping(requirement):
            scheme = as_mapping(schemes.get(name))
            credential = scheme.get("x-connector-credential") or _CREDENTIAL_OF_TYPE.get(str(scheme.get("type")))
            if isinstance(credential, str) and credential not in credentials:
                credentials.append(credential)
    return tuple(credentials)


def stream_done(spec: dict[str, Any], body: dict[str, Any], deref: Deref) -> bool:
    """Whether the operation's event stream ends with `data: [DONE]`: the overlay's
    `x-connector-stream-done`, else whether the request's `stream` field says so."""
    stated = spec.get("x-connector-stream-done")
    if isinstance(stated, bool):
        return stated
    stream = _properties(body, deref).get("stream")
    return stream is not None and _DONE.search(_texts(stream, deref)) is not None


def stream_enveloped(spec: dict[str, Any], deref: Deref) -> bool:
    """Whether each event of the operation's stream is an envelope of the SSE `event:` name and its
    `data:` (the Assistants API's `{"event": "thread.run.created", "data": <Run>}`): the overlay's
    `x-connector-stream-enveloped`, else whether every variant of the stream's schema has an `event` and a
    `data` property."""
    stated = spec.get("x-connector-stream-enveloped")
    if isinstance(stated, bool):
        return stated
    for status, response in as_mapping(spec.get("responses")).items():
        if not str(status).startswith("2"):
            continue
        for media_type, media in as_mapping((deref(as_mapping(response)) or {}).get("content")).items():
            if str(media_type).lower().startswith("text/event-stream"):
                return _enveloped(as_mapping(as_mapping(media).get("schema")), deref, 0)
    return False


def _enveloped(node: dict[str, Any], deref: Deref, depth: int) -> bool:
    schema = deref(node) or {}
    branches = [as_mapping(b) for key in ("oneOf", "anyOf") for b in as_list(schema.get(key))]
    if branches:
        return depth < 8 and all(_enveloped(branch, deref, depth + 1) for branch in branches)
    properties = as_mapping(schema.get("properties"))
    return "event" in properties and "data" in properties


def computed_by_sdks(prop: dict[str, Any]) -> bool:
    """Whether a response property is computed by SDKs, never sent by the API: an overlay's
    `x-connector-computed`, else upstream's `x-oaiSupportedSDKs` (on the property or one of its branches)."""
    stated = prop.get("x-connector-computed")
    if isinstance(stated, bool):
        return stated
    branches = [as_mapping(b) for key in ("anyOf", "oneOf") for b in as_list(prop.get(key))]
    return any("x-oaiSupportedSDKs" in node for node in (prop, *branches))


def genai_operation(spec: dict[str, Any]) -> str:
    """The GenAI semantic conventions' `gen_ai.operation.name` of an inference operation (`chat`, `embeddings`,
    `text_completion`), as the overlay's `x-connector-genai-operation` says; "" for the others."""
    stated = spec.get("x-connector-genai-operation")
    return stated if isinstance(stated, str) else ""


def upload_formats(body: dict[str, Any], deref: Deref) -> dict[str, tuple[str, ...]]:
    """File field -> the file name extensions the API takes: an overlay's `x-connector-formats` on the
    field, else the `enum` or the list of formats its description gives."""
    formats: dict[str, tuple[str, ...]] = {}
    for name, node in _properties(body, deref).items():
        schema = deref(as_mapping(node)) or {}
        if not _is_file(schema, deref):
            continue
        stated = schema.get("x-connector-formats") or as_mapping(node).get("x-connector-formats")
        if isinstance(stated, list):
            formats[name] = tuple(sorted({str(f).lower() for f in stated}))
            continue
        match = _FORMATS.search(_texts(node, deref))
        if match:
            words = re.findall(r"[a-z0-9]+", match.group(1).lower())
            formats[name] = tuple(sorted({w for w in words if w not in ("or", "and")}))
    return formats


def query_style(param: dict[str, Any]) -> str:
    """How a query parameter's array or object is written when not OpenAPI's default (`form`, exploded: an array
    repeats its name, an object's properties are parameters of their own): `deepObject` (`name[key]=value`),
    `commaDelimited` (`form` unexploded: `name=a,b`, `name=key,value`), `spaceDelimited`, `pipeDelimited`."""
    style = str(param.get("style", "form"))
    explode = param.get("explode", style == "form")
    if style == "deepObject":
        return style
    if explode or style not in _DELIMITED:
        return ""
    return "commaDelimited" if style == "form" else style


def _properties(body: dict[str, Any], deref: Deref) -> dict[str, Any]:
    """The properties of a request body's schemas (every media type, `allOf` parts included)."""
    found: dict[str, Any] = {}
    for media in as_mapping(body.get("content")).values():
        pending = [as_mapping(as_mapping(media).get("schema"))]
        while pending:
            schema = deref(pending.pop()) or {}
            pending.extend(as_mapping(part) for part in as_list(schema.get("allOf")))
            for name, node in as_mapping(schema.get("properties")).items():
                found.setdefault(name, node)
    return found


def _texts(node: Any, deref: Deref) -> str:
    """The descriptions of a schema, its `$ref` target and its `anyOf`/`oneOf` branches, joined."""
    schema = deref(as_mapping(node)) or {}
    parts = [str(as_mapping(node).get("description") or ""), str(schema.get("description") or "")]
    for key in ("anyOf", "oneOf"):
        parts += [str((deref(as_mapping(b)) or {}).get("description") or "") for b in as_list(schema.get(key))]
    return "\n".join(parts)


def _is_file(schema: dict[str, Any], deref: Deref) -> bool:
    branches = [schema, *(deref(as_mapping(b)) or {} for k in ("anyOf", "oneOf") for b in as_list(schema.get(k)))]
    return any(b.get("format") == "binary" for b in branches)


def link_azure_classic(apis: Sequence[Any]) -> None:
    """Mark the OpenAI operations Azure OpenAI's classic API serves per deployment, and its api-version parameter.

    An operation of the `"openai"` family is deployment-scoped when an `"azure"` family spec of the same
    generation serves the same method at `/deployments/{deployment}` + its path (the deployment being
    the parameter the client fills from `azure_deployment`). Every OpenAI operation takes the
    api-version parameter those specs fill from the client's `api_version`.
    """
    served: dict[tuple[str, str], str] = {}
    version_params: list[str] = []
    for api in apis:
        for op in api.operations:
            if op.api != "azure":
                continue
            settings = {p.client_setting: p.wire_name for p in op.parameters if p.client_setting}
            if "api_version" in settings:
                version_params.append(settings["api_version"])
            prefix = f"/deployments/{{{settings.get('azure_deployment', '')}}}"
            if "azure_deployment" in settings and op.path.startswith(prefix + "/"):
                served.setdefault((op.method, op.path.removeprefix(prefix)), settings.get("api_version", ""))
    version = min(version_params) if version_params else ""
    for api in apis:
        for op in api.operations:
            if op.api == "openai":
                op.deployment_scoped = (op.method, op.path) in served
                op.version_param = served.get((op.method, op.path)) or version
