# copied from generator/runtime/core/helpers/chat_completions.py by the openai-connector generator; edit the source
"""The helper methods of `chat.completions`: one mixin per feature, combined here."""

from __future__ import annotations

from ._async_chat_stream import AsyncChatCompletionsStream
from ._sync_chat_stream import ChatCompletionsStream

__all__ = ["AsyncChatCompletionsHelpers", "ChatCompletionsHelpers"]


class ChatCompletionsHelpers(ChatCompletionsStream):
    """`stream`."""

    __slots__ = ()


class AsyncChatCompletionsHelpers(AsyncChatCompletionsStream):
    """`stream`."""

    __slots__ = ()
