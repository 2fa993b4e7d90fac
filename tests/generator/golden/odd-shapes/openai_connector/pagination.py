# generated from the Odd Shapes spec by the openai-connector generator; do not edit
"""The page classes of list answers, where openai-python has them (`openai.pagination`)."""

from .lib._pagination import (
    AsyncConversationCursorPage,
    AsyncCursorPage,
    AsyncNextCursorPage,
    AsyncPage,
    AsyncPaginator,
    PageInfo,
    SyncConversationCursorPage,
    SyncCursorPage,
    SyncNextCursorPage,
    SyncPage,
)

__all__ = [
    "AsyncConversationCursorPage",
    "AsyncCursorPage",
    "AsyncNextCursorPage",
    "AsyncPage",
    "AsyncPaginator",
    "PageInfo",
    "SyncConversationCursorPage",
    "SyncCursorPage",
    "SyncNextCursorPage",
    "SyncPage",
]
