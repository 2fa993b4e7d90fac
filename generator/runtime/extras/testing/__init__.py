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

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ._matcher import match_body
from ._scrubber import AZURE_HOST_PLACEHOLDER, FIXED_BOUNDARY, LOCAL_ORIGIN, CassetteScrubber
from ._secrets import ALLOWED_FAKE_SECRETS, REDACTED, SecretHit, find_secrets
from ._serializer import serializer

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

BODY_MATCHER = "openai_body"
# Host, scheme and port are not matched: a cassette replays whatever the client points at
# (a cassette recorded from a local server replays for a client of the real API, and back).
MATCH_ON = ("method", "path", "query", BODY_MATCHER)


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
