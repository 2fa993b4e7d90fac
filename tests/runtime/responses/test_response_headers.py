"""The typed headers of an answer (`ResponseMeta`, `parse_duration`), from OpenAI and Azure, for plain and
raw calls."""

from __future__ import annotations

import httpx2
import pytest
from openai_connector.lib._response import ResponseInfo
from openai_connector.lib._response_meta import ResponseMeta, parse_duration

from tests.runtime.responses._raw_clients import HEADERS, MODEL, make_client
from tests.support.loopback import LoopbackServer, Reply

# -- typed headers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("6m0s", 360.0),
        ("1s", 1.0),
        ("20ms", 0.02),
        ("1h2m3.5s", 3723.5),
        ("0s", 0.0),
        ("17.28s", 17.28),
        ("2", 2.0),
        ("500us", 0.0005),
        (None, None),
        ("", None),
        ("soon", None),
        ("1x", None),
        ("1m 2s", None),
    ],
)
def test_parse_duration(text: str | None, seconds: float | None) -> None:
    result = parse_duration(text)
    if seconds is None:
        assert result is None
    else:
        assert result == pytest.approx(seconds)


def test_response_meta_reads_openai_headers() -> None:
    meta = ResponseMeta.from_headers(httpx2.Headers({**HEADERS, "openai-processing-ms": "87"}))
    assert meta == ResponseMeta(
        request_id="req_1",
        apim_request_id=None,
        limit_requests=500,
        limit_tokens=30000,
        remaining_requests=499,
        remaining_tokens=29000,
        reset_requests=0.12,
        reset_tokens=360.0,
        region=None,
        model="gpt-x-2026",
        processing_ms=87.0,
    )


def test_response_meta_reads_azure_headers() -> None:
    headers = httpx2.Headers(
        {
            "apim-request-id": "apim-1",
            "x-ms-region": "Sweden Central",
            "x-ms-served-model": "gpt-4o-2024-11-20",
            "x-ratelimit-remaining-requests": "9",
            "x-ratelimit-remaining-tokens": "not a number",
        }
    )
    meta = ResponseMeta.from_headers(headers)
    assert meta.request_id == "apim-1"
    assert meta.apim_request_id == "apim-1"
    assert meta.region == "Sweden Central"
    assert meta.model == "gpt-4o-2024-11-20"
    assert meta.remaining_requests == 9
    assert meta.remaining_tokens is None
    assert meta.limit_requests is None
    assert meta.reset_tokens is None


def test_plain_call_gets_the_typed_headers_from_on_response(server: LoopbackServer) -> None:
    server.script(Reply(body=MODEL, headers=HEADERS))
    seen: list[ResponseInfo] = []
    with make_client(server, False) as client:
        model = client.with_options(on_response=seen.append).models.retrieve("gpt-x")
    assert model.id == "gpt-x"
    assert seen[0].meta.remaining_tokens == 29000
    assert seen[0].meta.reset_requests == pytest.approx(0.12)


def test_raw_call_still_tells_the_on_response_hook(server: LoopbackServer) -> None:
    server.script(Reply(body=MODEL, headers=HEADERS))
    seen: list[ResponseInfo] = []
    with make_client(server, False) as client:
        raw = client.with_options(on_response=seen.append).models.with_raw_response.retrieve("gpt-x")
    assert [info.request_id for info in seen] == ["req_1"]
    assert raw.request_id == "req_1"
