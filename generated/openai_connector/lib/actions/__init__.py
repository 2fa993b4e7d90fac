# copied from generator/runtime/extras/actions/__init__.py by the openai-connector generator; edit the source
"""Connector actions over the generated client (handwritten: the generator never writes this folder).

`Actions(client)` / `AsyncActions(client)` offer every action of the low-code OpenAI and Azure OpenAI
connectors as one method each (chat, chat_many, summarize, images, audio, embeddings, moderation,
fine-tuning, models, responses, batch, raw request), the same call on OpenAI and Azure. Names load on
first use, so importing `openai_connector` stays cheap. `AsyncActions` is written by hand; `Actions` is
generated from it (generator/unasync.py).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._async_actions import AsyncActions
    from ._shared import citations
    from ._support import NotOfferedError
    from ._sync_actions import Actions
    from .batch import BatchItemError, BatchOptions, BatchOutcome, BatchTimeoutError
    from .batch_prompts import InterruptedRun, ItemResult, partial_results
    from .chat import ChatParams, FullResponse, completion_text, first_content
    from .embeddings import EmbeddingResult, decode_base64_embedding
    from .summarize import SummarizeError, estimate_tokens, split_text

_SOURCES: dict[str, str] = {
    "Actions": "_sync_actions",
    "AsyncActions": "_async_actions",
    "BatchItemError": "batch",
    "BatchOptions": "batch",
    "BatchOutcome": "batch",
    "BatchTimeoutError": "batch",
    "ChatParams": "chat",
    "EmbeddingResult": "embeddings",
    "FullResponse": "chat",
    "InterruptedRun": "batch_prompts",
    "ItemResult": "batch_prompts",
    "NotOfferedError": "_support",
    "SummarizeError": "summarize",
    "citations": "_shared",
    "completion_text": "chat",
    "decode_base64_embedding": "embeddings",
    "estimate_tokens": "summarize",
    "first_content": "chat",
    "partial_results": "batch_prompts",
    "split_text": "summarize",
}

__all__ = [
    "Actions",
    "AsyncActions",
    "BatchItemError",
    "BatchOptions",
    "BatchOutcome",
    "BatchTimeoutError",
    "ChatParams",
    "EmbeddingResult",
    "FullResponse",
    "InterruptedRun",
    "ItemResult",
    "NotOfferedError",
    "SummarizeError",
    "citations",
    "completion_text",
    "decode_base64_embedding",
    "estimate_tokens",
    "first_content",
    "partial_results",
    "split_text",
]


def __getattr__(name: str) -> Any:
    module = _SOURCES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
