"""What `Actions` and `AsyncActions` share: argument checks, batch request bodies, answer casts, citations."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import httpx2

from .._errors import InvalidRequestError
from .._types import NotGiven, Timeout
from ._support import Prompt, given, to_messages
from .embeddings import EmbeddingResult, embedding_result

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client

__all__ = ["TRANSCRIPT_TEXT_FORMATS", "ChatKind", "citations"]

TRANSCRIPT_TEXT_FORMATS = frozenset({"text", "srt", "vtt"})
ChatKind = Literal["chat", "embeddings"]

_T = TypeVar("_T", "Client", "AsyncClient")
_NOT_IN_A_BATCH = frozenset({"timeout", "extra_headers", "extra_body"})


def chat_kwargs(params: Mapping[str, Any]) -> dict[str, Any]:
    return dict(params)


def timed(client: _T, timeout: Timeout | NotGiven) -> _T:
    """`client`, or a copy sharing its connections whose calls use `timeout` (for actions made of several calls)."""
    return client if isinstance(timeout, NotGiven) else client.with_options(timeout=timeout)


def raw_timeout(timeout: Timeout | NotGiven) -> float | httpx2.Timeout | None:
    """An actions `timeout` for `client.request`, where None means the client's default."""
    if isinstance(timeout, NotGiven):
        return None
    return httpx2.Timeout(None) if timeout is None else timeout


def chat_bodies(
    prompts: Sequence[Prompt], model: str, system: str | None, params: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """One chat request body per prompt for a batch; `extra_body` merged, per-call options left out."""
    if "extra_headers" in params:
        raise InvalidRequestError("extra_headers cannot be sent with each request of a batch", param="extra_headers")
    fields = {k: v for k, v in params.items() if k not in _NOT_IN_A_BATCH}
    extra = dict(params.get("extra_body") or {})
    return [{"model": model, "messages": to_messages(p, system), **fields, **extra} for p in prompts]


def check_n(n: int | None) -> None:
    if n is not None and not 1 <= n <= 10:
        raise ValueError("n must be between 1 and 10")


def embedding_body(input: str | Sequence[str], model: str, dimensions: int | None, user: str | None) -> dict[str, Any]:
    return given({"input": input, "model": model, "dimensions": dimensions, "user": user})


def chat_cast(body: Any) -> Any:
    from ...types.chat_completion import ChatCompletion

    return ChatCompletion.model_validate(body)


def embedding_cast(body: Any) -> EmbeddingResult:
    return embedding_result(body)


def cast_for(kind: ChatKind) -> Any:
    return chat_cast if kind == "chat" else embedding_cast


def citations(response: Any) -> list[Any]:
    """The typed citations of an Azure on-your-data answer (first choice; [] when there are none)."""
    choices = getattr(response, "choices", None) or []
    context = getattr(getattr(choices[0], "message", None), "context", None) if choices else None
    return list(getattr(context, "citations", None) or [])
