# copied from generator/runtime/core/helpers/chat_completions.py by the openai-connector generator; edit the source
"""The helper methods of `chat.completions` (the mixins `_helpers_index` names): one base per feature."""

from __future__ import annotations

from ._async_parse import AsyncChatCompletionsParse
from ._sync_parse import ChatCompletionsParse

__all__ = ["AsyncChatCompletionsHelpers", "ChatCompletionsHelpers"]


class ChatCompletionsHelpers(ChatCompletionsParse):
    """What `ChatCompletions` adds to its generated methods: `parse`."""


class AsyncChatCompletionsHelpers(AsyncChatCompletionsParse):
    """What `AsyncChatCompletions` adds to its generated methods: `parse`."""
