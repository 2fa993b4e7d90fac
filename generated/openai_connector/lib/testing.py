# copied from generator/runtime/extras/testing.py by the openai-connector generator; edit the source
"""Record and replay this client's HTTP traffic as vcrpy cassettes, with secrets scrubbed.

vcrpy (and pytest-recording) are optional: this module never imports them, it only provides the
functions a VCR takes. With pytest-recording, in a `conftest.py`:

    import pytest
    from openai_connector.lib import testing

    @pytest.fixture(scope="module")
    def vcr_config() -> dict[str, object]:
        return testing.vcr_config()             # scrubbing, stable headers, boundary-free matching

    def pytest_recording_configure(config, vcr):  # pytest-recording's hook
        testing.configure_vcr(vcr)              # the `openai_body` matcher and a readable YAML serializer

Before anything is written (and before each live request is matched against a cassette), the
scrubber replaces `Authorization`, `api-key`, `OpenAI-Organization`, `OpenAI-Project`, cookies and
`Set-Cookie` by fixed placeholders, and so every key-like value in a query string or body (OpenAI
keys, JWTs, 32-hex Azure keys, fields named like `api_key`/`key`/`access_token`/`connection_string`,
and any secret you pass). The Azure resource host becomes `RESOURCE.openai.azure.com` and a local
server's `http://127.0.0.1:<port>` becomes `http://local-server.test`, in requests and responses,
so re-recording does not churn. Volatile response headers (`Date`, `cf-ray`, processing times,
...) are dropped and `x-request-id` is fixed. Multipart boundaries are fixed on record and ignored
when matching.

The credentials the scrubber sees in a request's headers (a token provider's token, whatever its
shape, the organization and project ids, keys) are learnt and replaced wherever they appear
afterwards: a server quoting them back in a body or a header.

`find_secrets(text, secrets=...)` finds what looks like a real key (see `ALLOWED_FAKE_SECRETS`),
organization or project id, any token after `Bearer `, and each of your own secrets whatever
their shape: run it over your cassettes in a test.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable, Mapping
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = [
    "ALLOWED_FAKE_SECRETS",
    "AZURE_HOST_PLACEHOLDER",
    "BODY_MATCHER",
    "FIXED_BOUNDARY",
    "LOCAL_ORIGIN",
    "MATCH_ON",
    "REDACTED",
    "CassetteScrubber",
    "SecretHit",
    "configure_vcr",
    "find_secrets",
    "match_body",
    "serializer",
    "vcr_config",
]

REDACTED = "REDACTED"
AZURE_HOST_PLACEHOLDER = "RESOURCE.openai.azure.com"
LOCAL_ORIGIN = "http://local-server.test"
FIXED_BOUNDARY = "cassette-boundary"
FIXED_REQUEST_ID = "req_cassette"
BODY_MATCHER = "openai_body"
# Host, scheme and port are not matched: a cassette replays whatever the client points at
# (a cassette recorded from a local server replays for a client of the real API, and back).
MATCH_ON = ("method", "path", "query", BODY_MATCHER)

# Obviously fake keys that may appear anywhere (test fixtures, docs). Every entry must say it is
# fake (FAKE, REDACTED, test, placeholder, example) or be a trivial run of one or a few characters.
ALLOWED_FAKE_SECRETS = frozenset(
    {
        "sk-test-FAKEKEY0000000000000000000000000000",
        "0123456789abcdef0123456789abcdef",
        "00000000000000000000000000000000",
        "ffffffffffffffffffffffffffffffff",
    }
)

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
    {"user-agent", "content-length", "accept-encoding", "connection", "host", "x-stainless-retry-count"}
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

_OPENAI_KEY = r"sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_\-]{20,}"
_JWT = r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}"
_HEX32 = r"(?<![0-9A-Za-z_\-])[0-9a-fA-F]{32}(?![0-9A-Za-z_\-])"  # standalone: `req_<hex>` ids are not keys
_ORGANIZATION = r"(?<![A-Za-z0-9_\-])org-[A-Za-z0-9]{20,}"  # real ones: `org-` and 24 characters
_PROJECT = r"(?<![A-Za-z0-9_\-])proj_[A-Za-z0-9]{20,}"
_BEARER = r"(?<=[Bb]earer )(?!REDACTED)[A-Za-z0-9._~+/\-]{16,}=*"  # any token shape, after `Bearer `
_SECRET_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("OpenAI key", re.compile(_OPENAI_KEY)),
    ("JWT", re.compile(_JWT)),
    ("32-hex Azure key", re.compile(_HEX32)),
    ("organization id", re.compile(_ORGANIZATION)),
    ("project id", re.compile(_PROJECT)),
    ("bearer token", re.compile(_BEARER)),
)
_BINARY_PATTERNS = _SECRET_PATTERNS[:2]  # in binary data a 32-hex run or an id-like run is too likely to be data
_PLACEHOLDER_PREFIXES = ("sk-", "org-", "proj_")
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


# -- finding secrets ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class SecretHit:
    """A key-like value found in a text: what kind, where (1-based line), and a shortened excerpt."""

    kind: str
    line: int
    excerpt: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.kind} {self.excerpt}"


def find_secrets(
    text: str, allowed: Iterable[str] = ALLOWED_FAKE_SECRETS, secrets: Iterable[str] = ()
) -> list[SecretHit]:
    """Secret-looking values in `text` other than the `allowed` fakes: OpenAI keys, JWTs, 32-hex Azure keys,
    organization and project ids, any token after `Bearer `, and each of your own `secrets` (whatever its
    shape: a token provider's opaque token, say). A value is reported once, as the first kind that matches."""
    allow = set(allowed)
    hits = []
    taken: list[tuple[int, int]] = []
    literal = [("given secret", re.compile(re.escape(s))) for s in secrets if s and len(s) >= 4]
    for kind, pattern in (*literal, *_SECRET_PATTERNS):
        for match in pattern.finditer(text):
            value = match.group()
            start, end = match.span()
            if value in allow or REDACTED in value or any(a < end and start < b for a, b in taken):
                continue
            taken.append((start, end))
            line = text.count("\n", 0, start) + 1
            hits.append(SecretHit(kind, line, value[:10] + "..." if len(value) > 10 else value))
    return sorted(hits, key=lambda h: (h.line, h.kind))


# -- scrubbing ---------------------------------------------------------------------------------------


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
            old = _boundary(content_type)
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
        for _, pattern in _SECRET_PATTERNS:
            text = pattern.sub(_placeholder_for, text)
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
        for _, pattern in _BINARY_PATTERNS:
            body = re.sub(pattern.pattern.encode(), lambda m: _placeholder_bytes(m.group()), body)
        return body


def _placeholder_bytes(value: bytes) -> bytes:
    return _placeholder(value.decode("ascii", "replace")).encode()


def _placeholder_for(match: re.Match[str]) -> str:
    return _placeholder(match.group())


def _placeholder(value: str) -> str:
    if value in ALLOWED_FAKE_SECRETS or REDACTED in value:
        return value
    for prefix in _PLACEHOLDER_PREFIXES:
        if value.startswith(prefix):
            return f"{prefix}REDACTED"
    return REDACTED


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


def _boundary(content_type: str) -> str | None:
    if not content_type.lower().startswith("multipart/"):
        return None
    found = _BOUNDARY.search(content_type)
    return found.group(1) if found else None


# -- matching ----------------------------------------------------------------------------------------


def _content_type(request: Any) -> str:
    for name, value in request.headers.items():
        if str(name).lower() == "content-type":
            return str(value)
    return ""


def _body_bytes(request: Any) -> bytes:
    body = request.body
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, bytes):
        return body
    read = getattr(body, "read", None)
    if callable(read):
        data = read()
        return data if isinstance(data, bytes) else str(data).encode()
    return b"".join(part if isinstance(part, bytes) else str(part).encode() for part in body)


def _multipart_parts(content_type: str, body: bytes) -> list[tuple[str, str | None, str, bytes]] | None:
    if _boundary(content_type) is None:
        return None
    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    if not message.is_multipart():
        return None
    parts = []
    for part in message.iter_parts():
        if not isinstance(part, Message):
            return None
        payload = part.get_payload(decode=True)
        name = part.get_param("name", header="content-disposition")
        parts.append(
            (
                str(name),
                part.get_filename(),
                part.get_content_type() if part.get("content-type") else "",
                payload if isinstance(payload, bytes) else b"",
            )
        )
    return parts


def _describe(body: bytes) -> str:
    return repr(body[:200]) + ("..." if len(body) > 200 else "")


def match_body(r1: Any, r2: Any) -> None:
    """vcrpy matcher: JSON bodies compare as values, multipart as parts (any boundary), others as bytes.

    Raises `AssertionError` saying what differs (vcrpy shows it in its "no match" report).
    """
    a, b = _body_bytes(r1), _body_bytes(r2)
    if a == b:
        return
    type_a, type_b = _content_type(r1), _content_type(r2)
    parts_a, parts_b = _multipart_parts(type_a, a), _multipart_parts(type_b, b)
    if parts_a is not None and parts_b is not None:
        if parts_a != parts_b:
            names_a = [(p[0], p[1]) for p in parts_a]
            names_b = [(p[0], p[1]) for p in parts_b]
            if names_a != names_b:
                raise AssertionError(f"multipart parts differ: {names_a} != {names_b}")
            differing = [pa[0] for pa, pb in zip(parts_a, parts_b, strict=True) if pa != pb]
            raise AssertionError(f"multipart parts differ in {differing}")
        return
    try:
        json_a, json_b = json.loads(a), json.loads(b)
    except ValueError:
        raise AssertionError(f"bodies differ: {_describe(a)} != {_describe(b)}") from None
    if json_a != json_b:
        raise AssertionError(f"JSON bodies differ: {_describe(a)} != {_describe(b)}")


# -- serializing -------------------------------------------------------------------------------------


class _Serializer:
    """vcrpy's YAML format, written readably: multi-line bodies (JSON, SSE) as block literals, keys sorted."""

    @staticmethod
    def serialize(cassette_dict: Mapping[str, Any]) -> str:
        import yaml

        class Dumper(yaml.SafeDumper):
            pass

        def text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
            style = "|" if "\n" in value and "\r" not in value else None
            return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

        Dumper.add_representer(str, text)
        dumped: str = yaml.dump(dict(cassette_dict), Dumper=Dumper, sort_keys=True, allow_unicode=True, width=4096)
        return dumped

    @staticmethod
    def deserialize(cassette_string: str) -> Any:
        import yaml

        return yaml.load(cassette_string, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


serializer = _Serializer()


# -- wiring ------------------------------------------------------------------------------------------


def vcr_config(
    secrets: Iterable[str] = (),
    replacements: Mapping[str, str] | None = None,
    **overrides: Any,
) -> dict[str, Any]:
    """Keyword arguments for `vcr.VCR(...)` / `use_cassette(...)` / pytest-recording's `vcr_config` fixture.

    Needs `configure_vcr(vcr)` on the VCR (it registers the `openai_body` matcher and serializer).
    """
    scrubber = CassetteScrubber(secrets, replacements)
    config: dict[str, Any] = {
        "before_record_request": scrubber.request,
        "before_record_response": scrubber.response,
        "decode_compressed_response": True,
        "match_on": MATCH_ON,
        "serializer": "yaml",
        "record_on_exception": False,
    }
    config.update(overrides)
    return config


def configure_vcr(vcr: Any) -> Any:
    """Register the `openai_body` matcher and the readable YAML serializer (named `yaml`) on a `vcr.VCR`."""
    register_matcher: Callable[[str, Any], None] = vcr.register_matcher
    register_matcher(BODY_MATCHER, match_body)
    vcr.register_serializer("yaml", serializer)
    return vcr
