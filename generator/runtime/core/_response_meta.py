"""The response headers worth reading, typed: rate limits, request ids, Azure's region and serving model."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["ResponseMeta", "parse_duration"]

# A Go-style duration as OpenAI writes its reset headers: "6m0s", "1s", "20ms", "1h2m3.5s".
_DURATION_PART = re.compile(r"(\d+(?:\.\d*)?|\.\d+)(h|ms|us|µs|ns|m|s)")
_SECONDS_PER_UNIT = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 1e-3, "us": 1e-6, "µs": 1e-6, "ns": 1e-9}


def parse_duration(text: str | None) -> float | None:
    """Seconds of a duration header (`6m0s`, `1s`, `20ms`, or a bare number of seconds); `None` if unreadable."""
    if text is None:
        return None
    text = text.strip()
    try:
        return float(text)
    except ValueError:
        pass
    total, position = 0.0, 0
    for match in _DURATION_PART.finditer(text):
        if match.start() != position:
            return None
        total += float(match[1]) * _SECONDS_PER_UNIT[match[2]]
        position = match.end()
    return total if position == len(text) and position > 0 else None


def _int(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text.strip())
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class ResponseMeta:
    """What a response's headers say about the call: ids, rate limits (resets in seconds), where it ran.

    Every field is `None` when its header is absent or unreadable (Azure sends fewer rate-limit headers).
    """

    request_id: str | None  # x-request-id (Azure: apim-request-id when there is no x-request-id)
    apim_request_id: str | None  # Azure API Management's id
    limit_requests: int | None
    limit_tokens: int | None
    remaining_requests: int | None
    remaining_tokens: int | None
    reset_requests: float | None  # seconds until the request budget is full again
    reset_tokens: float | None  # seconds until the token budget is full again
    region: str | None  # Azure: x-ms-region
    model: str | None  # the model that served: x-ms-served-model (Azure) or openai-model
    processing_ms: float | None  # openai-processing-ms

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> ResponseMeta:
        """Read `headers` (an `httpx2.Headers` or any mapping with lower-case names)."""
        get = headers.get
        apim = get("apim-request-id")
        processing = get("openai-processing-ms")
        try:
            processing_ms = float(processing) if processing is not None else None
        except ValueError:
            processing_ms = None
        return cls(
            request_id=get("x-request-id") or apim,
            apim_request_id=apim,
            limit_requests=_int(get("x-ratelimit-limit-requests")),
            limit_tokens=_int(get("x-ratelimit-limit-tokens")),
            remaining_requests=_int(get("x-ratelimit-remaining-requests")),
            remaining_tokens=_int(get("x-ratelimit-remaining-tokens")),
            reset_requests=parse_duration(get("x-ratelimit-reset-requests")),
            reset_tokens=parse_duration(get("x-ratelimit-reset-tokens")),
            region=get("x-ms-region"),
            model=get("x-ms-served-model") or get("openai-model"),
            processing_ms=processing_ms,
        )
