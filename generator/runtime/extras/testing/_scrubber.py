"""`CassetteScrubber`: what vcrpy records, with secrets out and the volatile parts fixed (see the package docs)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ._secrets import BINARY_PATTERNS, REDACTED, SECRET_PATTERNS, placeholder_bytes, placeholder_for

__all__ = ["AZURE_HOST_PLACEHOLDER", "FIXED_BOUNDARY", "LOCAL_ORIGIN", "CassetteScrubber", "boundary"]

AZURE_HOST_PLACEHOLDER = "RESOURCE.openai.azure.com"
LOCAL_ORIGIN = "http://local-server.test"
FIXED_BOUNDARY = "cassette-boundary"
FIXED_REQUEST_ID = "req_cassette"

_SECRET_HEADERS = {
    "authorization": None,  # "Bearer REDACTED" or "REDACTED", below
    "api-key": REDACTED,
    "openai-organization": "org-REDACTED",
    "openai-project": "proj_REDACTED",
    "cookie": REDACTED,
    "set-cookie": REDACTED,
    "ocp-apim-subscription-key": REDACTED,
    "x-api-key": REDACTED,
}
_VOLATILE_REQUEST_HEADERS = frozenset(
    {
        "user-agent",
        "content-length",
        "accept-encoding",
        "connection",
        "host",
        "x-stainless-lang",
        "x-stainless-retry-count",
    }
)
_VOLATILE_RESPONSE_HEADERS = frozenset(
    {
        "date",
        "content-length",
        "transfer-encoding",
        "connection",
        "keep-alive",
        "server",
        "cf-ray",
        "cf-cache-status",
        "alt-svc",
        "strict-transport-security",
        "x-content-type-options",
        "openai-processing-ms",
        "openai-version",
        "x-envoy-upstream-service-time",
        "apim-request-id",
        "x-ms-region",
        "x-ms-client-request-id",
        "x-ms-rai-invoked",
        "x-ms-deployment-name",
        "azureml-model-session",
        "via",
        "x-ratelimit-reset-requests",
        "x-ratelimit-reset-tokens",
        "x-ratelimit-remaining-requests",
        "x-ratelimit-remaining-tokens",
    }
)
_FIXED_RESPONSE_HEADERS = {"x-request-id": FIXED_REQUEST_ID}
_SECRET_QUERY = frozenset(
    {"api-key", "api_key", "apikey", "key", "subscription-key", "sig", "code", "token", "access_token"}
)
_SECRET_FIELDS = frozenset(
    {
        "api_key",
        "apikey",
        "api-key",
        "key",
        "access_token",
        "connection_string",
        "password",
        "secret",
        "client_secret",
        "encoded_api_key",
        "authorization",
    }
)
# Request headers whose values are secrets learnt by the scrubber, to be replaced wherever they appear later
# (a server quoting the token back, an organization id in a body): name -> scheme prefix to strip.
_LEARNT_HEADERS = {
    "authorization": True,
    "api-key": False,
    "openai-organization": False,
    "openai-project": False,
    "ocp-apim-subscription-key": False,
    "x-api-key": False,
}
_AZURE_HOST = re.compile(r"(?<![A-Za-z0-9.\-])[A-Za-z0-9][A-Za-z0-9\-]*\.(openai|cognitiveservices)\.azure\.com")
_LOCAL_ORIGIN = re.compile(r"https?://(?:127\.0\.0\.1|localhost|\[::1\]|0\.0\.0\.0)(?::\d+)?")
_BOUNDARY = re.compile(r"boundary=\"?([^\";,\s]+)\"?", re.IGNORECASE)


class CassetteScrubber:
    """`before_record_request` / `before_record_response` for vcrpy: secrets out, volatile parts fixed.

    `secrets`: literal values (your keys, tokens, endpoints' resource names) replaced by `REDACTED`
    wherever they appear. `replacements`: further literal `old -> new` rewrites (e.g. your Azure
    deployment name -> the one the cassettes use).
    """

    def __init__(self, secrets: Iterable[str] = (), replacements: Mapping[str, str] | None = None) -> None:
        self.replacements: dict[str, str] = {s: REDACTED for s in secrets if s and len(s) >= 4}
        self.replacements.update(replacements or {})

    # vcrpy calls these with a `vcr.request.Request` (already copied) and a response dict.

    def learn(self, secret: str) -> None:
        """Replace `secret` wherever it appears from now on (the scrubber learns the credentials it sees)."""
        if len(secret) >= 4 and secret not in self.replacements and REDACTED not in secret:
            self.replacements[secret] = REDACTED

    def request(self, request: Any) -> Any:
        headers = {str(k): str(v) for k, v in request.headers.items()}
        for name, value in headers.items():
            strip_scheme = _LEARNT_HEADERS.get(name.lower())
            if strip_scheme is not None:
                self.learn(value.split(" ", 1)[-1].strip() if strip_scheme else value.strip())
        request.uri = self._scrub_uri(request.uri)
        content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
        body = request.body
        if isinstance(body, str):
            body = body.encode("utf-8")
        if isinstance(body, bytes) and body:
            old = boundary(content_type)
            if old is not None and old != FIXED_BOUNDARY:
                body = body.replace(b"--" + old.encode(), b"--" + FIXED_BOUNDARY.encode())
                content_type = content_type.replace(old, FIXED_BOUNDARY)
            request.body = self._scrub_body(body, content_type)
        cleaned: dict[str, str] = {}
        for name, value in headers.items():
            lower = name.lower()
            if lower in _VOLATILE_REQUEST_HEADERS:
                continue
            cleaned[lower] = self._scrub_header(lower, content_type if lower == "content-type" else value)
        request.headers = cleaned
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        headers: dict[str, list[str]] = {}
        for name, values in (response.get("headers") or {}).items():
            lower = str(name).lower()
            if lower in _VOLATILE_RESPONSE_HEADERS:
                continue
            items = values if isinstance(values, list) else [values]
            fixed = _FIXED_RESPONSE_HEADERS.get(lower)
            headers[lower] = [fixed if fixed is not None else self._scrub_header(lower, str(v)) for v in items]
        response["headers"] = headers
        body = response.get("body")
        if isinstance(body, dict):
            raw = body.get("string")
            if isinstance(raw, str):
                raw = raw.encode("utf-8")
            if isinstance(raw, bytes) and raw:
                content_type = (headers.get("content-type") or [""])[0]
                body["string"] = self._scrub_body(raw, content_type)
        return response

    # -- parts -----------------------------------------------------------------------------------------

    def _scrub_text(self, text: str) -> str:
        for old, new in self.replacements.items():
            text = text.replace(old, new)
        text = _LOCAL_ORIGIN.sub(LOCAL_ORIGIN, text)
        text = _AZURE_HOST.sub(lambda m: AZURE_HOST_PLACEHOLDER.replace("openai", m.group(1)), text)
        for _, pattern in SECRET_PATTERNS:
            text = pattern.sub(placeholder_for, text)
        return text

    def _scrub_uri(self, uri: str) -> str:
        parts = urlsplit(self._scrub_text(uri))
        if not parts.query:
            return urlunsplit(parts)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        query = urlencode([(k, REDACTED if k.lower() in _SECRET_QUERY else v) for k, v in pairs])
        return urlunsplit(parts._replace(query=query))

    def _scrub_header(self, name: str, value: str) -> str:
        if name in _SECRET_HEADERS:
            fixed = _SECRET_HEADERS[name]
            if fixed is not None:
                return fixed
            scheme = value.split(" ", 1)[0] if " " in value else ""
            return f"{scheme} {REDACTED}" if scheme else REDACTED
        return self._scrub_text(value)

    def _scrub_body(self, body: bytes, content_type: str) -> bytes:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return self._scrub_binary(body)
        if "json" in content_type.lower():
            text = _scrub_json_fields(text)
        return self._scrub_text(text).encode("utf-8")

    def _scrub_binary(self, body: bytes) -> bytes:
        """Binary bodies (audio, images, multipart with files): only literal secrets and key patterns."""
        for old, new in self.replacements.items():
            body = body.replace(old.encode(), new.encode())
        for _, pattern in BINARY_PATTERNS:
            body = re.sub(pattern.pattern.encode(), lambda m: placeholder_bytes(m.group()), body)
        return body


def _scrub_json_fields(text: str) -> str:
    """Replace values of secret-named fields (`api_key`, `key`, ...); the text is untouched if none."""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    changed = False

    def walk(node: Any) -> Any:
        nonlocal changed
        if isinstance(node, dict):
            out = {}
            for k, v in node.items():
                if str(k).lower() in _SECRET_FIELDS and isinstance(v, str) and v != REDACTED:
                    changed = True
                    out[k] = REDACTED
                else:
                    out[k] = walk(v)
            return out
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    scrubbed = walk(value)
    return json.dumps(scrubbed) if changed else text


def boundary(content_type: str) -> str | None:
    if not content_type.lower().startswith("multipart/"):
        return None
    found = _BOUNDARY.search(content_type)
    return found.group(1) if found else None
