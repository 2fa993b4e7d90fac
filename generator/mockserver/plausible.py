"""Plausible data where the examples and schemas give none: what makes the README's examples work.

A schema-made answer is the smallest valid value (no embeddings, no models) and upstream examples
carry placeholders (`"b64_json": "..."`, a URL on a host that is not there). For the operations
below the answer (chosen as usual) is completed from the request, deterministically:

- embeddings: one unit vector per input (`dimensions` long, else 8), floats or base64 as asked;
- models: a short list of well-known models; retrieving one answers with the id asked for;
- images (generations, edits, variations): `n` images, each a real 1x1 PNG, as `b64_json` or as a
  `url` the server itself serves (`IMAGE_PATH`, no credentials needed), as asked.
"""

from __future__ import annotations

import base64
import hashlib
import struct
import zlib
from collections.abc import Mapping
from typing import Any

__all__ = ["IMAGE_PATH", "TINY_PNG", "refine"]

IMAGE_PATH = "/_mock/image.png"
DEFAULT_DIMENSIONS = 8
MAX_DIMENSIONS = 3072
MAX_IMAGES = 10
MODELS = ("gpt-4o-mini", "gpt-4o", "text-embedding-3-small", "dall-e-3", "whisper-1", "tts-1")
_CREATED = 1_700_000_000


def _png(width: int, height: int, rgba: tuple[int, int, int, int]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + bytes(rgba) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    pixels = zlib.compress(row * height, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


TINY_PNG = _png(1, 1, (66, 133, 244, 255))
"""A real PNG: one opaque blue pixel."""


def refine(operation_path: str, request_path: str, fields: Mapping[str, Any], value: Any, base_url: str) -> Any:
    """`value` (a successful JSON answer) completed with plausible data, or `value` itself if nothing applies."""
    if not isinstance(value, dict):
        return value
    if operation_path == "/embeddings" or operation_path.endswith("}/embeddings"):  # OpenAI's, a deployment's
        return _embeddings(fields, value)
    if operation_path == "/models" and not value.get("data"):
        return {**value, "object": "list", "data": [_model(name) for name in MODELS]}
    if operation_path == "/models/{model}":
        return {**value, "id": request_path.rstrip("/").rsplit("/", 1)[-1]}
    if operation_path.endswith(("/images/generations", "/images/edits", "/images/variations")):
        return _images(fields, value, base_url)
    return value


def _model(name: str) -> dict[str, Any]:
    return {"id": name, "object": "model", "created": _CREATED, "owned_by": "openai" if "-" in name else "system"}


def _inputs(fields: Mapping[str, Any]) -> list[Any]:
    value = fields.get("input")
    if isinstance(value, list) and value and not all(isinstance(v, int) for v in value):
        return value  # a list of texts (or of token lists)
    return [value if value is not None else ""]


def _vector(text: Any, dimensions: int) -> list[float]:
    """A deterministic unit vector made from `text`."""
    seed = repr(text).encode()
    raw: list[float] = []
    counter = 0
    while len(raw) < dimensions:
        digest = hashlib.sha256(seed + counter.to_bytes(4, "big")).digest()
        raw.extend((b - 127.5) / 127.5 for b in digest)
        counter += 1
    vector = raw[:dimensions]
    norm = sum(x * x for x in vector) ** 0.5 or 1.0
    return [round(x / norm, 6) for x in vector]


def _embeddings(fields: Mapping[str, Any], value: dict[str, Any]) -> dict[str, Any]:
    wanted = fields.get("dimensions")
    dimensions = wanted if isinstance(wanted, int) and 1 <= wanted <= MAX_DIMENSIONS else DEFAULT_DIMENSIONS
    as_base64 = fields.get("encoding_format") == "base64"
    inputs = _inputs(fields)
    data = []
    for index, text in enumerate(inputs):
        vector = _vector(text, dimensions)
        embedding: Any = base64.b64encode(struct.pack(f"<{dimensions}f", *vector)).decode() if as_base64 else vector
        data.append({"object": "embedding", "index": index, "embedding": embedding})
    tokens = sum(max(1, len(str(text)) // 4) for text in inputs)
    model = fields.get("model") if isinstance(fields.get("model"), str) else value.get("model")
    return {
        **value,
        "object": "list",
        "data": data,
        "model": model or "text-embedding-3-small",
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }


def _images(fields: Mapping[str, Any], value: dict[str, Any], base_url: str) -> dict[str, Any]:
    count = _int(fields.get("n"), 1)
    model = str(fields.get("model") or "")
    wanted = fields.get("response_format")
    as_b64 = wanted == "b64_json" or (wanted is None and model.startswith("gpt-image"))
    examples = value.get("data")
    template = next((item for item in examples if isinstance(item, dict)), {}) if isinstance(examples, list) else {}
    data = []
    for _ in range(max(1, min(count, MAX_IMAGES))):
        item = {k: v for k, v in template.items() if k not in ("b64_json", "url")}
        if as_b64:
            item["b64_json"] = base64.b64encode(TINY_PNG).decode()
        else:
            item["url"] = base_url.rstrip("/") + IMAGE_PATH
        data.append(item)
    return {**value, "data": data}


def _int(value: Any, default: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():  # a multipart field
        return int(value)
    return default
