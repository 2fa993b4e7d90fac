"""Canned response bodies the loopback server serves (deterministic, stdlib only)."""

from __future__ import annotations

import json
import random

__all__ = ["CHAT_REQUEST", "EMBEDDINGS_REQUEST", "chat_body", "embeddings_body", "sse_body"]

MODEL = "gpt-4o-mini"
CHAT_REQUEST: dict[str, object] = {"model": MODEL, "messages": [{"role": "user", "content": "Say hello."}]}
EMBEDDINGS_REQUEST: dict[str, object] = {
    "model": "text-embedding-3-small",
    "input": ["first text", "second text", "third text", "fourth text"],
    "encoding_format": "float",
}
_TARGET_CHAT_BYTES = 1024


def _dumps(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def chat_body() -> bytes:
    """A `chat.completion` of about 1 KB, shaped like a real answer (usage details included)."""
    body: dict[str, object] = {
        "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
        "object": "chat.completion",
        "created": 1741569952,
        "model": "gpt-4o-mini-2024-07-18",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "", "refusal": None, "annotations": []},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": 19,
            "completion_tokens": 120,
            "total_tokens": 139,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {
                "reasoning_tokens": 0,
                "audio_tokens": 0,
                "accepted_prediction_tokens": 0,
                "rejected_prediction_tokens": 0,
            },
        },
        "service_tier": "default",
        "system_fingerprint": "fp_06737a9306",
    }
    base = len(_dumps(body))
    words = "Hello! This is a canned answer from the loopback benchmark server, padded to one kilobyte. "
    text = (words * (_TARGET_CHAT_BYTES // len(words) + 1))[: max(0, _TARGET_CHAT_BYTES - base)]
    body["choices"][0]["message"]["content"] = text  # type: ignore[index]
    return _dumps(body)


def embeddings_body(count: int = 4, dimensions: int = 1536) -> bytes:
    """A `list` of `count` embeddings of `dimensions` floats each (as the API writes them, 9-10 digits)."""
    rng = random.Random(1536)
    data = [
        {
            "object": "embedding",
            "index": i,
            "embedding": [round(rng.uniform(-0.08, 0.08), 10) for _ in range(dimensions)],
        }
        for i in range(count)
    ]
    return _dumps(
        {
            "object": "list",
            "data": data,
            "model": "text-embedding-3-small",
            "usage": {"prompt_tokens": 8, "total_tokens": 8},
        }
    )


def sse_events(chunks: int) -> list[bytes]:
    """`chunks` `chat.completion.chunk` events (one word each, then a final one), then `data: [DONE]`."""
    head = {
        "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
        "object": "chat.completion.chunk",
        "created": 1741569952,
        "model": "gpt-4o-mini-2024-07-18",
        "service_tier": "default",
        "system_fingerprint": "fp_06737a9306",
    }
    events: list[bytes] = []
    for i in range(chunks):
        last = i == chunks - 1
        delta: dict[str, object] = {} if last else {"content": f"word{i % 100} "}
        if i == 0:
            delta = {"role": "assistant", "content": "", "refusal": None}
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": "stop" if last else None}
        events.append(b"data: " + _dumps({**head, "choices": [choice]}) + b"\n\n")
    events.append(b"data: [DONE]\n\n")
    return events


def sse_body(chunks: int) -> bytes:
    """The SSE stream as a chunked HTTP body: one HTTP chunk per event, then the last-chunk marker."""
    parts = [b"%x\r\n%s\r\n" % (len(event), event) for event in sse_events(chunks)]
    return b"".join(parts) + b"0\r\n\r\n"
