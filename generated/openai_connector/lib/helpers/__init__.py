# copied from generator/runtime/core/helpers/__init__.py by the openai-connector generator; edit the source
"""Hand-written helper methods of the generated resources (listed in `lib/_helpers_index.py`).

The typed results of `parse` import from here (`from openai_connector.lib.helpers import
ParsedChatCompletion`), loaded on first use so that importing a resource defines none of their models.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._parsed_chat import (
        ParsedChatCompletion,
        ParsedChatCompletionMessage,
        ParsedChoice,
        ParsedFunction,
        ParsedFunctionToolCall,
    )
    from ._parsed_responses import (
        ParsedResponse,
        ParsedResponseFunctionToolCall,
        ParsedResponseOutputMessage,
        ParsedResponseOutputText,
    )

# public name -> its module in this package
_LAZY: dict[str, str] = {
    "ParsedChatCompletion": "_parsed_chat",
    "ParsedChatCompletionMessage": "_parsed_chat",
    "ParsedChoice": "_parsed_chat",
    "ParsedFunction": "_parsed_chat",
    "ParsedFunctionToolCall": "_parsed_chat",
    "ParsedResponse": "_parsed_responses",
    "ParsedResponseFunctionToolCall": "_parsed_responses",
    "ParsedResponseOutputMessage": "_parsed_responses",
    "ParsedResponseOutputText": "_parsed_responses",
}
__all__ = [
    "ParsedChatCompletion",
    "ParsedChatCompletionMessage",
    "ParsedChoice",
    "ParsedFunction",
    "ParsedFunctionToolCall",
    "ParsedResponse",
    "ParsedResponseFunctionToolCall",
    "ParsedResponseOutputMessage",
    "ParsedResponseOutputText",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
