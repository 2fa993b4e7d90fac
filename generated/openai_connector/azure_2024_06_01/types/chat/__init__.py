# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
"""`types.chat`, laid out as openai-python's: names of the flat `types` package, loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....lib._type_exports import Target, load_export

if TYPE_CHECKING:
    from ..create_chat_completion_response import CreateChatCompletionResponse as CompletionCreateResponse
    from ..create_chat_completion_response import CreateChatCompletionResponse as CreateChatCompletionResponse

__all__ = [
    "CompletionCreateResponse",
    "CreateChatCompletionResponse",
]

_EXPORTS: dict[str, Target] = {
    "CompletionCreateResponse": (("create_chat_completion_response", "CreateChatCompletionResponse"),),
    "CreateChatCompletionResponse": (("create_chat_completion_response", "CreateChatCompletionResponse"),),
}


def __getattr__(name: str) -> Any:
    value = load_export(__name__, 1, _EXPORTS, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_EXPORTS)
