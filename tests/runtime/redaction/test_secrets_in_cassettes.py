"""Secrets never reach cassettes: the repository's cassettes hold no key or credential header value, and
cassettes recorded with `testing`'s default helpers keep none, while `find_secrets` flags what is left."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any

import pytest
from openai_connector import APIError, Client

from tests.runtime._helpers import DEPLOYMENT, MESSAGES
from tests.runtime.redaction._secrets import (
    OPAQUE_TOKEN,
    OPENAI_KEY,
    REPO_TESTS,
    leaked,
)
from tests.support.loopback import LoopbackServer, Reply

_SK_PATTERN = re.compile(r"sk-[A-Za-z0-9_\-]{20,}")
# A header value inline (`api-key: X`, `"api-key": ["X"]`) or as vcrpy's YAML list (`api-key:\n  - X`).
_AUTH_VALUE = re.compile(r"(?i)(authorization|api-key)['\"]?\s*[:=]\s*(?:-\s+)?\[?\s*['\"]?(Bearer\s+)?([^'\"\s,\]]+)")


def test_cassettes_hold_no_secret() -> None:
    cassettes = [
        p
        for p in REPO_TESTS.rglob("*")
        if p.is_file() and "cassettes" in p.parts and p.suffix in {".yaml", ".yml", ".json"}
    ]
    assert cassettes, "no cassettes found under tests/: this check would check nothing"
    for path in cassettes:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert not leaked(text), f"{path}: {leaked(text)}"
        assert not _SK_PATTERN.search(text), f"{path}: an OpenAI-shaped key"
        for match in _AUTH_VALUE.finditer(text):
            value = match.group(3)
            assert "redacted" in value.lower() or value.strip("<>").upper() in {"REDACTED", "DUMMY", "X"}, (
                f"{path}: {match.group(1)} header recorded with a value"
            )


# Real organization and project ids are `org-` / `proj_` and 24 characters: shaped so, these fakes are found
# by `find_secrets` even where the scrubber never saw them in a header.
LONG_ORGANIZATION = "org-" + "SECRETORGANIZATION42abcd"
LONG_PROJECT = "proj_" + "SECRETPROJECT42abcdefghij"


def _record(server: LoopbackServer, path: Path, **config: Any) -> str:
    """Record one OpenAI call (organization, project) and one Azure call (a provider's opaque token), each
    answered by an error quoting the credentials back, into a cassette made with `testing`'s helpers."""
    vcr = pytest.importorskip("vcr")
    from openai_connector.lib import testing

    recorder = testing.configure_vcr(vcr.VCR(**testing.vcr_config(**config)))

    def quote_credentials(request: Any) -> Reply:
        sent = [request.headers.get(h, "") for h in ("authorization", "openai-organization", "openai-project")]
        quoted = " ".join(v.removeprefix("Bearer ") for v in sent if v)
        return Reply(status=401, body={"error": {"message": f"rejected {quoted}", "code": "invalid"}})

    server.responder = quote_credentials
    with recorder.use_cassette(str(path), record_mode="all"):
        openai = Client(
            OPENAI_KEY, organization=LONG_ORGANIZATION, project=LONG_PROJECT, base_url=f"{server.url}/v1", max_retries=0
        )
        azure = Client(
            is_openai_key=False,
            azure_endpoint=server.url,
            api_version="2024-10-21",
            azure_ad_token_provider=lambda: f"{OPAQUE_TOKEN}-1",
            max_retries=0,
        )
        for client in (openai, azure):
            with client, contextlib.suppress(APIError):
                client.chat.completions.create(model=DEPLOYMENT, messages=MESSAGES)
    return path.read_text()


def test_cassettes_recorded_with_the_default_helpers_keep_no_credential(server: LoopbackServer, tmp_path: Path) -> None:
    from openai_connector.lib import testing

    text = _record(server, tmp_path / "scrubbed.yaml")
    assert "Bearer REDACTED" in text and "rejected" in text  # both calls were recorded
    for secret in (OPENAI_KEY, LONG_ORGANIZATION, LONG_PROJECT, OPAQUE_TOKEN, "SECRETORGANIZATION", "SECRETPROJECT"):
        assert secret not in text
    assert testing.find_secrets(text, secrets=[f"{OPAQUE_TOKEN}-1"]) == []


def test_find_secrets_flags_provider_tokens_organization_and_project_ids(
    server: LoopbackServer, tmp_path: Path
) -> None:
    from openai_connector.lib import testing

    raw = _record(server, tmp_path / "raw.yaml", before_record_request=None, before_record_response=None)
    kinds = {hit.kind for hit in testing.find_secrets(raw)}
    assert {"OpenAI key", "organization id", "project id", "bearer token"} <= kinds
    # Quoted back in a body, an opaque token has no shape: it is found when it is named.
    body_only = raw.replace(f"Bearer {OPAQUE_TOKEN}-1", "Bearer REDACTED")
    assert "bearer token" not in {hit.kind for hit in testing.find_secrets(body_only)}
    hits = testing.find_secrets(body_only, secrets=[f"{OPAQUE_TOKEN}-1"])
    assert "given secret" in {hit.kind for hit in hits}
