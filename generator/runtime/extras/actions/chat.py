"""Chat completions: the parameters the connectors offer, text accessors (also of streamed chunks), full responses."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypedDict, TypeVar

import httpx2

__all__ = ["ChatParams", "FullResponse", "completion_text", "delta_text", "first_content"]

_T = TypeVar("_T")


class ChatParams(TypedDict, total=False):
    """Parameters of a chat completion (both specs carry them); each is sent only when given.

    Anything else the API takes goes in `extra_body`.
    """

    temperature: float
    top_p: float
    n: int
    max_tokens: int
    max_completion_tokens: int
    stop: str | Sequence[str]
    presence_penalty: float
    frequency_penalty: float
    logit_bias: Mapping[str, int]
    response_format: Mapping[
        str, Any
    ]  # {"type": "text" | "json_object"} or {"type": "json_schema", "json_schema": ...}
    tools: Sequence[Mapping[str, Any]]
    tool_choice: str | Mapping[str, Any]
    parallel_tool_calls: bool
    functions: Sequence[Mapping[str, Any]]  # legacy function calling
    function_call: str | Mapping[str, Any]
    seed: int
    user: str
    logprobs: bool
    top_logprobs: int
    stream_options: Mapping[str, Any]
    extra_headers: Mapping[str, str]
    extra_body: Mapping[str, object]
    timeout: float | httpx2.Timeout | None  # this call's; None: no timeout


def first_content(response: Any) -> str:
    """The text of the first choice of a chat completion ("" when it has none, e.g. a tool call)."""
    choices = getattr(response, "choices", None) or []
    if not choices:
        return ""
    message = getattr(choices[0], "message", None)
    content = getattr(message, "content", None)
    if isinstance(content, str):
        return content
    return ""


def completion_text(response: Any) -> str:
    """The text of the first choice of a legacy completion, or of a chat completion."""
    choices = getattr(response, "choices", None) or []
    if choices and isinstance(getattr(choices[0], "text", None), str):
        return str(choices[0].text)
    return first_content(response)


def delta_text(chunk: Any) -> str:
    """The text of a streamed chat (or legacy) completion chunk ("" when it has none)."""
    choices = getattr(chunk, "choices", None) or []
    if not choices:
        return ""
    delta = getattr(choices[0], "delta", None)
    text = getattr(delta, "content", None) if delta is not None else getattr(choices[0], "text", None)
    return text if isinstance(text, str) else ""


@dataclass(frozen=True, slots=True)
class FullResponse(Generic[_T]):
    """A typed answer with its HTTP status and headers (what the connectors call "full response")."""

    status_code: int
    headers: httpx2.Headers
    request_id: str | None
    body: _T

    def to_dict(self) -> dict[str, Any]:
        """Status, headers and the body as JSON-ready values."""
        body: Any = self.body
        if hasattr(body, "model_dump"):
            body = body.model_dump(mode="json", exclude_unset=True, by_alias=True)
        return {"status_code": self.status_code, "headers": dict(self.headers), "body": body}
