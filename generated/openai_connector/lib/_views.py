# copied from generator/runtime/core/_views.py by the openai-connector generator; edit the source
"""`resource.with_raw_response` and `resource.with_streaming_response`: views of a resource, typed per method.

A generated view class lists its resource's methods as descriptors (`list = raw_method(Models.list)`): mypy
reads each method's parameters and result from the resource's own method (for an overloaded method,
from its first overload), and at run time the descriptor hands out that method of a copy of the
resource bound to a `RawCaller`, so the generated method bodies serve both modes.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

if TYPE_CHECKING:  # imported on first use: loading a resource module loads neither
    from ._api_response import (
        APIResponse,
        AsyncAPIResponse,
        AsyncResponseContextManager,
        AsyncStreamedBinaryAPIResponse,
        LegacyAPIResponse,
        ResponseContextManager,
        StreamedBinaryAPIResponse,
    )
    from ._response import BinaryResponse

__all__ = [
    "ResourceView",
    "StreamingResourceView",
    "async_raw_method",
    "async_streamed_method",
    "raw_method",
    "streamed_method",
]

_P = ParamSpec("_P")
_R = TypeVar("_R")
_Bound = TypeVar("_Bound")


class ResourceView:
    """The raw or streaming-response view of `resource` (`_streaming` tells which).

    A generated view annotates `_resource` with its resource class (cheaper to define than a generic base).
    """

    __slots__ = ("_bound", "_resource")
    _streaming: bool = False
    _resource: Any

    def __init__(self, resource: Any) -> None:
        self._resource = resource
        self._bound: Any = None

    def _rebound(self) -> Any:
        """The resource's copy whose calls return responses (made on first use)."""
        if self._bound is None:
            from ._raw_mode import raw_caller

            resource = self._resource
            self._bound = type(resource)(raw_caller(resource._client, streaming=self._streaming))
        return self._bound


class StreamingResourceView(ResourceView):
    """The streaming-response view of `resource`: its calls leave the body unread."""

    __slots__ = ()
    _streaming = True


class _Method(Generic[_Bound]):
    """A view's method: the resource's method of the same name, on the rebound copy."""

    __slots__ = ("_name",)

    def __init__(self, method: Callable[..., Any]) -> None:
        self._name = method.__name__

    def _method(self, view: ResourceView) -> Any:
        return getattr(view._rebound(), self._name)

    @overload
    def __get__(self, view: None, owner: type[Any]) -> _Method[_Bound]: ...

    @overload
    def __get__(self, view: ResourceView, owner: type[Any]) -> _Bound: ...

    def __get__(self, view: ResourceView | None, owner: type[Any]) -> _Method[_Bound] | _Bound:
        if view is None:
            return self
        return self._bind(self._method(view))  # type: ignore[no-any-return]

    def _bind(self, method: Any) -> Any:
        return method


class _Streamed(_Method[_Bound]):
    __slots__ = ()

    def _bind(self, method: Any) -> Any:
        from ._api_response import ResponseContextManager

        return lambda *args, **kwargs: ResponseContextManager(functools.partial(method, *args, **kwargs))


class _AsyncStreamed(_Method[_Bound]):
    __slots__ = ()

    def _bind(self, method: Any) -> Any:
        from ._api_response import AsyncResponseContextManager

        return lambda *args, **kwargs: AsyncResponseContextManager(functools.partial(method, *args, **kwargs))


def raw_method(method: Callable[Concatenate[Any, _P], _R]) -> _Method[Callable[_P, LegacyAPIResponse[_R]]]:
    """A `with_raw_response` method of a sync resource."""
    return _Method(method)


def async_raw_method(
    method: Callable[Concatenate[Any, _P], Awaitable[_R]],
) -> _Method[Callable[_P, Awaitable[LegacyAPIResponse[_R]]]]:
    """A `with_raw_response` method of an async resource."""
    return _Method(method)


@overload
def streamed_method(  # bytes, where the other answers are parsed
    method: Callable[Concatenate[Any, _P], BinaryResponse],
) -> _Method[Callable[_P, ResponseContextManager[StreamedBinaryAPIResponse]]]: ...


@overload
def streamed_method(
    method: Callable[Concatenate[Any, _P], _R],
) -> _Method[Callable[_P, ResponseContextManager[APIResponse[_R]]]]: ...


def streamed_method(method: Callable[..., Any]) -> _Method[Any]:
    """A `with_streaming_response` method of a sync resource."""
    return _Streamed(method)


@overload
def async_streamed_method(  # bytes, where the other answers are parsed
    method: Callable[Concatenate[Any, _P], Awaitable[BinaryResponse]],
) -> _Method[Callable[_P, AsyncResponseContextManager[AsyncStreamedBinaryAPIResponse]]]: ...


@overload
def async_streamed_method(
    method: Callable[Concatenate[Any, _P], Awaitable[_R]],
) -> _Method[Callable[_P, AsyncResponseContextManager[AsyncAPIResponse[_R]]]]: ...


def async_streamed_method(method: Callable[..., Any]) -> _Method[Any]:
    """A `with_streaming_response` method of an async resource."""
    return _AsyncStreamed(method)
