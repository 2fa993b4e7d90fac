# copied from generator/runtime/core/_pagination.py by the openai-connector generator; edit the source
"""List answers as pages (openai-python's classes): iterating one yields its items, and those of the
following pages for a cursor list (`after` cursor, `has_more`, `last_id` or the last item's `id`).

A page wraps the decoded list answer (`.model`): `.data` is its items, other attributes (`object`,
`has_more`, `first_id`, `to_dict()`, ...) are the answer's. An async list method returns an
`AsyncPaginator`: `await` it for the first page, or `async for` over it for the items of every page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

__all__ = [
    "AsyncConversationCursorPage",
    "AsyncCursorPage",
    "AsyncPage",
    "AsyncPaginator",
    "PageInfo",
    "SyncConversationCursorPage",
    "SyncCursorPage",
    "SyncPage",
    "page_class",
]

_T = TypeVar("_T")
_Page = TypeVar("_Page", bound="AsyncCursorPage[Any]")


def _field(obj: object, name: str) -> Any:
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


class PageInfo:
    """What the next page's request changes: `params`, its query (`{"after": cursor}`)."""

    __slots__ = ("params",)

    def __init__(self, *, params: dict[str, str]) -> None:
        self.params = params

    def __repr__(self) -> str:
        return f"PageInfo(params={self.params!r})"


class _PageBase(Generic[_T]):
    """One page: `.data` (its items), `.has_more`, `.model` (the whole decoded list answer)."""

    __slots__ = ("data", "has_more", "model")

    def __init__(self, model: object) -> None:
        self.model = model
        data = _field(model, "data")
        self.data: list[_T] = list(data) if data is not None else []
        self.has_more: bool = bool(_field(model, "has_more"))

    def __getattr__(self, name: str) -> Any:
        if name in _PageBase.__slots__:  # not set yet (e.g. while unpickling): no delegation
            raise AttributeError(name)
        return getattr(self.model, name)

    def next_cursor(self) -> str | None:
        """The cursor of the next page: `last_id`, else the last item's `id`; `None` on the last page."""
        if not self.has_more or not self.data:
            return None
        cursor = _field(self.model, "last_id") or _field(self.data[-1], "id")
        return cursor if isinstance(cursor, str) and cursor else None

    def next_page_info(self) -> PageInfo | None:
        """The query of the next page's request, or `None` on the last page."""
        cursor = self.next_cursor()
        return None if cursor is None else PageInfo(params={"after": cursor})

    def has_next_page(self) -> bool:
        return self.next_cursor() is not None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.data)}, has_more={self.has_more})"


class SyncCursorPage(_PageBase[_T]):
    """A page of a cursor-paginated list; iterating it yields every item of this and the following pages."""

    __slots__ = ("_fetch",)

    def __init__(self, model: object, fetch: Callable[[str], SyncCursorPage[_T]]) -> None:
        super().__init__(model)
        self._fetch = fetch

    def get_next_page(self) -> SyncCursorPage[_T] | None:
        """The next page (fetched now), or `None` on the last page."""
        cursor = self.next_cursor()
        return None if cursor is None else self._fetch(cursor)

    def iter_pages(self) -> Iterator[SyncCursorPage[_T]]:
        """This page, then each following page, fetched as needed."""
        page: SyncCursorPage[_T] | None = self
        while page is not None:
            yield page
            page = page.get_next_page()

    def __iter__(self) -> Iterator[_T]:
        for page in self.iter_pages():
            yield from page.data


class SyncConversationCursorPage(SyncCursorPage[_T]):
    """A cursor page whose answer names the next cursor (`last_id`), as conversation items do."""

    __slots__ = ()


class SyncPage(SyncCursorPage[_T]):
    """A list answered whole (no cursor): iterating it yields its items; there is never a next page."""

    __slots__ = ()

    def next_cursor(self) -> str | None:
        return None


class AsyncCursorPage(_PageBase[_T]):
    """A page of a cursor-paginated list; `async for` yields every item of this and the following pages."""

    __slots__ = ("_fetch",)

    def __init__(self, model: object, fetch: Callable[[str], Awaitable[AsyncCursorPage[_T]]]) -> None:
        super().__init__(model)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncCursorPage[_T] | None:
        """The next page (fetched now), or `None` on the last page."""
        cursor = self.next_cursor()
        return None if cursor is None else await self._fetch(cursor)

    async def iter_pages(self) -> AsyncIterator[AsyncCursorPage[_T]]:
        page: AsyncCursorPage[_T] | None = self
        while page is not None:
            yield page
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncConversationCursorPage(AsyncCursorPage[_T]):
    """The async `SyncConversationCursorPage`."""

    __slots__ = ()


class AsyncPage(AsyncCursorPage[_T]):
    """The async `SyncPage`: one answer, no next page."""

    __slots__ = ()

    def next_cursor(self) -> str | None:
        return None


def page_class(model: object, cursor_param: str | None, *, sync: bool) -> type[Any]:
    """The page class of a list answer: one page without a cursor, a conversation page if it has `last_id`."""
    if cursor_param is None:
        return SyncPage if sync else AsyncPage
    fields = getattr(type(model), "model_fields", None) or (model if isinstance(model, dict) else {})
    if "last_id" in fields:
        return SyncConversationCursorPage if sync else AsyncConversationCursorPage
    return SyncCursorPage if sync else AsyncCursorPage


class AsyncPaginator(Generic[_T, _Page]):
    """What an async list method returns: `await` it for the first page, or `async for` its items."""

    __slots__ = ("_first",)

    def __init__(self, first: Callable[[], Awaitable[_Page]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, _Page]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = await self._first()
        async for item in page:
            yield item
