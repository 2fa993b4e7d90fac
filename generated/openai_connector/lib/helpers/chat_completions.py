# copied from generator/runtime/core/helpers/chat_completions.py by the openai-connector generator; edit the source
"""The helper methods of `chat.completions`: one mixin per feature, combined here."""

from __future__ import annotations

from ._async_chat_stream import AsyncChatCompletionsStream
from ._async_parse import AsyncChatCompletionsParse
from ._sync_chat_stream import ChatCompletionsStream
from ._sync_parse import ChatCompletionsParse

__all__ = ["AsyncChatCompletionsHelpers", "ChatCompletionsHelpers"]


class ChatCompletionsHelpers(ChatCompletionsParse, ChatCompletionsStream):
    """`parse` and `stream`."""


class AsyncChatCompletionsHelpers(AsyncChatCompletionsParse, AsyncChatCompletionsStream):
    """`parse` and `stream`."""
