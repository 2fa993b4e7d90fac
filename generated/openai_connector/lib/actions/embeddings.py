# copied from generator/runtime/extras/actions/embeddings.py by the openai-connector generator; edit the source
"""Embeddings: base64 vectors decoded to floats."""

from __future__ import annotations

import array
import base64
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["EmbeddingResult", "decode_base64_embedding", "embedding_result"]


def decode_base64_embedding(value: str) -> list[float]:
    """A vector sent as `encoding_format="base64"`: little-endian float32s, base64-encoded."""
    floats = array.array("f")
    floats.frombytes(base64.b64decode(value))
    if sys.byteorder != "little":
        floats.byteswap()
    return floats.tolist()


@dataclass(frozen=True, slots=True)
class EmbeddingResult:
    """The vectors of one embeddings call, in input order, with the model and usage reported."""

    vectors: list[list[float]]
    model: str
    usage: Mapping[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"model": self.model, "usage": dict(self.usage), "vectors": self.vectors}


def embedding_result(body: Mapping[str, Any]) -> EmbeddingResult:
    """An `EmbeddingResult` from an embeddings answer (float or base64 vectors)."""
    items = sorted(body.get("data") or [], key=lambda item: int(item.get("index", 0)))
    vectors = [
        decode_base64_embedding(v) if isinstance(v := item.get("embedding"), str) else [float(x) for x in v or []]
        for item in items
    ]
    return EmbeddingResult(vectors, str(body.get("model", "")), dict(body.get("usage") or {}))
