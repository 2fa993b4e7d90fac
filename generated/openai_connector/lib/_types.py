# copied from generator/runtime/core/_types.py by the openai-connector generator; edit the source
"""Type aliases shared by the runtime and the generated code, and the "not given" sentinel."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import IO, TYPE_CHECKING, Final, Literal, TypeAlias

import httpx2
from typing_extensions import override

if TYPE_CHECKING:
    from ._hooks import RequestInfo
    from ._response import ResponseInfo
    from ._retry import RetryEvent

__all__ = [
    "NOT_GIVEN",
    "Body",
    "FileContent",
    "FileTypes",
    "Headers",
    "NotGiven",
    "Query",
    "RequestHook",
    "ResponseHook",
    "RetryHook",
    "Timeout",
]


class NotGiven:
    """The type of `NOT_GIVEN`: "the caller did not pass this argument".

    It differs from `None`: an argument left as `NOT_GIVEN` is not sent at all, while `None`
    in a JSON body is sent as `null`. (`None` in query parameters and headers is dropped, as
    neither can express null.) It is falsy so `value or default` reads naturally.
    """

    __slots__ = ()
    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

FileContent: TypeAlias = bytes | IO[bytes] | os.PathLike[str] | str
"""The content of a file argument: bytes, a binary file object, or a path (str or PathLike)."""

FileTypes: TypeAlias = FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
"""A file argument: its content, or `(filename, content)`, or `(filename, content, content_type)`."""

Headers: TypeAlias = Mapping[str, str]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = Mapping[str, object]
Timeout: TypeAlias = float | httpx2.Timeout | None

# Hooks (`_hooks`): what each returns is ignored, or awaited first by an async client.
RequestHook: TypeAlias = Callable[["RequestInfo"], object]
ResponseHook: TypeAlias = Callable[["ResponseInfo"], object]
RetryHook: TypeAlias = Callable[["RetryEvent"], object]
